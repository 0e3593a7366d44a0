"""Cascading and splitting goals on the company demo, against a bare executemany.

    python benchmarks/goals_cascade.py [--runs 3] [--file COMPANY.perfdesk]

On a fresh copy of the company demo (built with `perfdesk demo --size company` when
no file is given) each run times:

- cascade to departments: the company's sales goal shared among every department
  (`ops.cascade_goal`, one undo step; departments that already hold a sales goal are
  updated), with each child's 12 month targets;
- cascade to their units: every department's goal from that step shared among the
  units directly below it (`ops.cascade_goals`, one undo step for the whole level);
- cascade two levels (one step): the same two cascades as one operation
  (`ops.cascade_two_levels`, company → departments → their units, one undo step),
  after the two steps above were undone; its floor is the rows both levels left;
- split to months: every department goal of the year split evenly over its months
  (`ops.split_goal_targets`, one undo step);
- split to 旬: the same goals entered by 10-day period (switched by raw SQL before the
  run, untimed), split over their 36 旬;
- each step's undo, and the preview the dialog shows before a cascade (the holders'
  candidates read and `plan_cascade`), an interactive step.

Each write's floor is one `executemany` of the same rows (the goals and goal_values
rows the operation left, read back from its result) on a connection set up like the
document's writer, in BEGIN IMMEDIATE ... COMMIT, without checks or before-images.
Prints medians of wall and CPU time (the process's: on a shared, loaded machine the
wall time is mostly waiting for the disk and the CPU), and each write's ratio to its
floor in both (goal <= 1.5x).
"""

from __future__ import annotations

import argparse
import functools
import os
import shutil
import sqlite3
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

from perfdesk.core.cascade import Decision, Holder, plan_cascade, plan_two_levels
from perfdesk.store import ops
from perfdesk.store.document import Document, connect
from perfdesk.store.repo_cascade import candidates, child_units, goal_info

YEAR = "2026"


def _copy(source: Path, target: Path) -> None:
    """A fresh copy, flushed to disk first, so no timed commit pays for the copy's pages."""
    shutil.copyfile(source, target)
    with open(target, "rb+") as written:
        os.fsync(written.fileno())


def _rows(path: Path, goal_ids: set[str]) -> tuple[list[tuple[Any, ...]], list[tuple[Any, ...]]]:
    """The goals rows and goal_values rows (with targets) of these goals, as stored."""
    conn = sqlite3.connect(path)
    try:
        goal_columns = [r[1] for r in conn.execute("PRAGMA table_info(goals)")]
        marks = ",".join("?" * len(goal_ids))
        goals = conn.execute(
            f"SELECT {', '.join(goal_columns)} FROM goals WHERE id IN ({marks})", list(goal_ids)
        ).fetchall()
        keys = [row[goal_columns.index("key")] for row in goals]
        values = conn.execute(
            f"SELECT goal, period, target FROM goal_values WHERE goal IN "
            f"({','.join('?' * len(keys))}) AND target IS NOT NULL",
            keys,
        ).fetchall()
    finally:
        conn.close()
    return [tuple(r) for r in goals], [tuple(r) for r in values]


def floor_once(
    path: Path, goals: list[tuple[Any, ...]], values: list[tuple[Any, ...]]
) -> tuple[float, float]:
    """The same goals and values rows written by one executemany each, nothing else:
    (wall, CPU) seconds."""
    conn = connect(path, read_only=False)
    conn.execute("PRAGMA journal_mode = DELETE")
    conn.execute("PRAGMA synchronous = FULL")
    columns = [r[1] for r in conn.execute("PRAGMA table_info(goals)")]
    started, cpu = time.perf_counter(), time.process_time()
    conn.execute("BEGIN IMMEDIATE")
    if goals:
        sets = ", ".join(f"{c} = excluded.{c}" for c in columns if c not in ("key", "id"))
        conn.executemany(
            f"INSERT INTO goals ({', '.join(columns)}) VALUES ({', '.join('?' * len(columns))}) "
            f"ON CONFLICT (id) DO UPDATE SET {sets}",
            goals,
        )
    conn.executemany(
        "INSERT INTO goal_values (goal, period, target, stamp, source) VALUES (?, ?, ?, 1, 1) "
        "ON CONFLICT (goal, period) DO UPDATE SET target = excluded.target, "
        "stamp = excluded.stamp, source = excluded.source",
        values,
    )
    conn.execute("COMMIT")
    seconds, used = time.perf_counter() - started, time.process_time() - cpu
    conn.close()
    return seconds, used


def _company_goal(doc: Document) -> str:
    row = doc.conn.execute(
        "SELECT g.id FROM goals g JOIN org_units u ON u.id = g.unit_id "
        "JOIN kpis k ON k.id = g.kpi_id WHERE u.kind = 'company' AND g.period = ? "
        "AND k.aggregation = 'sum' AND g.deleted = 0 ORDER BY g.target DESC LIMIT 1",
        (YEAR,),
    ).fetchone()
    return str(row[0])


def _plan(doc: Document, parent_id: str, holders: list[tuple[str, str, bool, str]]) -> Any:
    goal = goal_info(doc.conn, parent_id)
    assert goal is not None
    found = candidates(doc.conn, holders, goal.kpi_id, goal.period)
    people = [
        Holder(c.id, c.name, c.is_person, c.last_year, c.headcount, c.existing_goal_id)
        for c in found
    ]
    decisions = {h.id: Decision.UPDATE for h in people if h.existing_goal_id}
    return plan_cascade(
        goal.target,
        people,
        aggregation=goal.aggregation,
        decimals=goal.decimals,
        method="last_year",
        decisions=decisions,
    )


def _two_levels(doc: Document, parent_id: str, holders: list[tuple[str, str, bool, str]]) -> Any:
    """The two-level plan of the same cascade: departments by last year, their units by
    last year, existing goals updated at both levels (as the two one-level steps)."""
    goal = goal_info(doc.conn, parent_id)
    assert goal is not None

    def holders_of(found: list[Any]) -> list[Holder]:
        return [
            Holder(c.id, c.name, c.is_person, c.last_year, c.headcount, c.existing_goal_id)
            for c in found
        ]

    top = holders_of(candidates(doc.conn, holders, goal.kpi_id, goal.period))
    below = {}
    for holder in top:
        units = [(u, n, False, k) for u, n, k in child_units(doc.conn, holder.id)]
        below[holder.id] = holders_of(candidates(doc.conn, units, goal.kpi_id, goal.period))
    update = {
        h.id: Decision.UPDATE
        for h in [*top, *(k for kids in below.values() for k in kids)]
        if h.existing_goal_id
    }
    return plan_two_levels(
        goal.target,
        top,
        below,
        aggregation=goal.aggregation,
        decimals=goal.decimals,
        method="last_year",
        decisions=update,
        below_method="last_year",
        below_decisions=update,
    )


def _departments(doc: Document) -> list[tuple[str, str, bool, str]]:
    return [
        (str(r[0]), str(r[1]), False, "department")
        for r in doc.conn.execute(
            "SELECT id, name FROM org_units WHERE kind = 'department' AND archived = 0 "
            "AND deleted = 0 ORDER BY sort_order, name"
        )
    ]


def _department_goals(doc: Document) -> list[str]:
    return [
        str(r[0])
        for r in doc.conn.execute(
            "SELECT g.id FROM goals g JOIN org_units u ON u.id = g.unit_id "
            "WHERE u.kind = 'department' AND g.period = ? AND g.archived = 0 AND g.deleted = 0 "
            "AND g.target IS NOT NULL",
            (YEAR,),
        )
    ]


Timing = tuple[float, float]  # (wall, CPU) seconds


def timed(step: Callable[[], Any]) -> tuple[Timing, Any]:
    started, cpu = time.perf_counter(), time.process_time()
    result = step()
    return (time.perf_counter() - started, time.process_time() - cpu), result


def run_once(source: Path, work: Path, floor_file: Path) -> dict[str, Timing]:
    times: dict[str, Timing] = {}
    _copy(source, work)
    with Document.open(work) as doc:
        parent = _company_goal(doc)
        departments = _departments(doc)
        times["preview: departments (read + plan)"], plan = timed(
            lambda: _plan(doc, parent, departments)
        )
        times["cascade to departments"], step = timed(lambda: ops.cascade_goal(doc, parent, plan))
        level1 = set(step.changes.ids)
        step_rows: dict[str, tuple[list[Any], list[Any]]] = {}
        step_rows["cascade to departments"] = _rows(work, level1)
        plans = []
        for goal_id in sorted(level1):
            info = goal_info(doc.conn, goal_id)
            assert info is not None and info.unit_id is not None
            units = [(u, n, False, k) for u, n, k in child_units(doc.conn, info.unit_id)]
            if units:
                plans.append((goal_id, _plan(doc, goal_id, units)))
        times["cascade to their units"], step2 = timed(lambda: ops.cascade_goals(doc, plans))
        step_rows["cascade to their units"] = _rows(work, set(step2.changes.ids))
        times["  undo (units)"], _ = timed(lambda: step2.undo(doc))
        times["  undo (departments)"], _ = timed(lambda: step.undo(doc))
        two = _two_levels(doc, parent, departments)
        times["cascade two levels (one step)"], step3 = timed(
            lambda: ops.cascade_two_levels(doc, parent, two)
        )
        step_rows["cascade two levels (one step)"] = _rows(work, set(step3.changes.ids))
        times["  undo (two levels)"], _ = timed(lambda: step3.undo(doc))
    # The floors: the rows each cascade left, written again into a fresh copy.
    _copy(source, floor_file)
    times["floor: cascade to departments"] = floor_once(
        floor_file, *step_rows["cascade to departments"]
    )
    times["floor: cascade to their units"] = floor_once(
        floor_file, *step_rows["cascade to their units"]
    )
    _copy(source, floor_file)
    times["floor: cascade two levels (one step)"] = floor_once(
        floor_file, *step_rows["cascade two levels (one step)"]
    )

    for granularity, name in (("month", "split to months"), ("ten_day", "split to 旬")):
        _copy(source, work)
        with Document.open(work) as doc:
            goals = _department_goals(doc)
            if granularity != "month":
                doc.conn.execute(
                    f"UPDATE goals SET granularity = ? WHERE id IN ({','.join('?' * len(goals))})",
                    (granularity, *goals),
                )
                doc.conn.commit()
            times[name], done = timed(functools.partial(ops.split_goal_targets, doc, goals, "even"))
            times[f"  undo ({name})"], _ = timed(functools.partial(done.undo, doc))
            done = ops.split_goal_targets(doc, goals, "even")
            _goals, values = _rows(work, set(goals))
        wanted = {(g, p) for g, p in done.changes.cells}
        keys = dict(sqlite3.connect(work).execute("SELECT key, id FROM goals").fetchall())
        values = [v for v in values if (keys[v[0]], v[1]) in wanted]
        _copy(work, floor_file)  # the same goals, entered at the same granularity
        times[f"floor: {name}"] = floor_once(floor_file, [], values)
        times[f"rows: {name}"] = (len(values), 0.0)
    for name in ("cascade to departments", "cascade to their units"):
        times[f"rows: {name}"] = (len(step_rows[name][1]), 0.0)
    two = "cascade two levels (one step)"
    times[f"rows: {two}"] = (len(step_rows[two][1]), 0.0)
    return times


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--file", type=Path, help="the company demo (default: build one)")
    args = parser.parse_args()
    results: dict[str, list[Timing]] = {}
    with tempfile.TemporaryDirectory() as tmp:
        source = args.file
        if source is None:
            source = Path(tmp) / "company.perfdesk"
            subprocess.run(
                [sys.executable, "-m", "perfdesk", "demo", "--size", "company", str(source)],
                check=True,
                stdout=subprocess.DEVNULL,
            )
        for _run in range(args.runs):
            for name, timing in run_once(
                source, Path(tmp) / "run.perfdesk", Path(tmp) / "floor.perfdesk"
            ).items():
                results.setdefault(name, []).append(timing)
    print(f"cascade and split on {source.name}, {args.runs} runs, medians (wall and CPU)")
    print(
        f"{'what':<38}{'rows':>7}{'median s':>10}{'floor s':>9}{'x floor':>9}"
        f"{'cpu s':>9}{'floor':>9}{'cpu x':>7}"
    )
    for name, runs in results.items():
        if name.startswith(("floor: ", "rows: ")):
            continue
        median = statistics.median(wall for wall, _cpu in runs)
        cpu = statistics.median(used for _wall, used in runs)
        floor = results.get(f"floor: {name}")
        rows = results.get(f"rows: {name}")
        shown_rows = f"{int(rows[0][0]):>7}" if rows else f"{'':>7}"
        if floor:
            floor_wall = statistics.median(wall for wall, _cpu in floor)
            floor_cpu = statistics.median(used for _wall, used in floor)
            print(
                f"{name:<38}{shown_rows}{median:>10.4f}{floor_wall:>9.4f}"
                f"{median / floor_wall:>9.2f}{cpu:>9.4f}{floor_cpu:>9.4f}{cpu / floor_cpu:>7.2f}"
            )
        else:
            print(f"{name:<38}{shown_rows}{median:>10.4f}{'':>18}{cpu:>9.4f}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
