"""A paste of many cells: ops.set_values, its undo and redo, against a bare executemany.

The row "grid paste" is the whole path Ctrl+V in the KPI grid takes below Qt: the
tab-separated text split (core.number_input.split_block), every cell read as typed
("1,234.56", parse_value), all of them checked (ops.check_values, the list a
refused paste shows) and then one set_values.

    python benchmarks/paste.py [--cells 500] [--runs 9] [--file DEMO.perfdesk]

Each run starts from a fresh copy of the document (the demo by default) and pastes
`--cells` values into the month columns of its goals, in one operation (one
transaction, one undo step): once as actuals, once as period targets (which also
keeps additive goals' yearly targets equal to their sums). The floor is the least
any paste of those rows can cost here: one `executemany` upsert of the same rows
into goal_values on a connection set up like the document's writer (rollback
journal, synchronous=FULL), inside BEGIN IMMEDIATE ... COMMIT, with no checks and
no before-images. Prints a table of medians and each one's ratio to the floor, in
wall time and in the process's CPU time (on a shared, loaded machine the wall time
is mostly waiting for the disk and the CPU); goal: a 500-cell paste <= 0.2 s.
"""

from __future__ import annotations

import argparse
import shutil
import sqlite3
import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

from perfdesk.core.number_input import parse_value, split_block
from perfdesk.core.numbers import number
from perfdesk.store import ops
from perfdesk.store.document import Document, connect


def cells_of(path: Path, count: int, column: str) -> list[ops.Cell]:
    """`count` cells over the month goals of the document's latest year, goal by goal.

    Each value is 1 % above what the cell holds (kept inside the KPI's range), so the
    paste is accepted and every row really changes.
    """
    conn = sqlite3.connect(path)
    try:
        year = conn.execute("SELECT max(period) FROM goals WHERE length(period) = 4").fetchone()[0]
        rows = conn.execute(
            f"SELECT g.id, v.period, v.{column}, k.min_value, k.max_value FROM goals g "
            "JOIN kpis k ON k.id = g.kpi_id JOIN goal_values v ON v.goal = g.key "
            "WHERE g.period = ? AND g.granularity = 'month' AND g.archived = 0 "
            "AND g.deleted = 0 AND v.period GLOB ? ORDER BY g.key, v.period",
            (year, f"{year}-[01][0-9]"),
        ).fetchall()
    finally:
        conn.close()
    cells: list[ops.Cell] = []
    for goal_id, period, old, low, high in rows:
        value = (old or 1.0) * 1.01
        value = min(value, high) if high is not None else value
        value = max(value, low) if low is not None else value
        cells.append((goal_id, period, column, round(value, 2)))
    if len(cells) < count:
        sys.exit(f"{path.name} has only {len(cells)} month cells in {year}")
    return cells[:count]


def floor_once(path: Path, cells: list[ops.Cell]) -> tuple[float, float]:
    """One executemany of the same rows, as bare as SQLite allows."""
    conn = connect(path, read_only=False)
    conn.execute("PRAGMA journal_mode = DELETE")
    conn.execute("PRAGMA synchronous = FULL")
    keys = dict(conn.execute("SELECT id, key FROM goals").fetchall())
    column = cells[0][2]
    rows = [(keys[g], period, value, 1, 1) for g, period, _c, value in cells]
    started, cpu = time.perf_counter(), time.process_time()
    conn.execute("BEGIN IMMEDIATE")
    conn.executemany(
        f"INSERT INTO goal_values (goal, period, {column}, stamp, source) VALUES (?, ?, ?, ?, ?) "
        f"ON CONFLICT (goal, period) DO UPDATE SET {column} = excluded.{column}, "
        "stamp = excluded.stamp, source = excluded.source",
        rows,
    )
    conn.execute("COMMIT")
    seconds, used = time.perf_counter() - started, time.process_time() - cpu
    conn.close()
    return seconds, used


def paste_once(path: Path, cells: list[ops.Cell]) -> tuple[tuple[float, float], ...]:
    """(paste, undo, redo) as (wall, CPU) seconds, each one operation on an open document."""
    with Document.open(path) as doc:

        def timed(
            step: Callable[[], ops.OpResult],
        ) -> tuple[tuple[float, float], ops.OpResult]:
            started, cpu = time.perf_counter(), time.process_time()
            result = step()
            return (time.perf_counter() - started, time.process_time() - cpu), result

        paste, done = timed(lambda: ops.set_values(doc, cells))
        undo, undone = timed(lambda: done.undo(doc))
        redo, _ = timed(lambda: undone.undo(doc))
    return paste, undo, redo


def grid_paste_once(path: Path, cells: list[ops.Cell]) -> tuple[float, float]:
    """The grid's paste from its clipboard text: split, read, check all, one write."""
    width = 10
    texts = [number(value or 0.0, 2) for _g, _p, _c, value in cells]
    text = "\r\n".join(
        "\t".join(texts[start : start + width]) for start in range(0, len(texts), width)
    )
    with Document.open(path) as doc:
        started, cpu = time.perf_counter(), time.process_time()
        block = split_block(text)
        values = [parse_value(raw, "") for line in block for raw in line]
        wanted = [(g, p, c, value) for (g, p, c, _old), value in zip(cells, values, strict=True)]
        if ops.check_values(doc, wanted):
            sys.exit("the benchmark's paste was refused")
        ops.set_values(doc, wanted)
        return time.perf_counter() - started, time.process_time() - cpu


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--cells", type=int, default=500)
    parser.add_argument("--runs", type=int, default=9)
    parser.add_argument("--file", type=Path, help="document to paste into (default: the demo)")
    args = parser.parse_args()
    results: dict[str, list[tuple[float, float]]] = {}
    with tempfile.TemporaryDirectory() as tmp:
        source = args.file
        if source is None:
            from perfdesk.demo import build_demo

            source = build_demo(Path(tmp) / "demo.perfdesk", lang="zh")
        work = Path(tmp) / "run.perfdesk"
        for column in ("actual", "target"):
            cells = cells_of(source, args.cells, column)
            for run in range(args.runs + 1):  # the first run warms caches and is dropped
                shutil.copyfile(source, work)
                bare = floor_once(work, cells)
                shutil.copyfile(source, work)
                paste, undo, redo = paste_once(work, cells)
                shutil.copyfile(source, work)
                grid = grid_paste_once(work, cells)
                if run:
                    for name, timing in (
                        (f"bare executemany ({column})", bare),
                        (f"set_values, {column}s", paste),
                        (f"  its undo ({column}s)", undo),
                        (f"  its redo ({column}s)", redo),
                        (f"grid paste, {column}s", grid),
                    ):
                        results.setdefault(name, []).append(timing)
    print(f"paste of {args.cells} cells, {args.runs} runs each, file {source.name}")
    print(
        f"{'what':<32}{'median s':>10}{'min s':>9}{'max s':>9}{'x floor':>9}"
        f"{'cpu s':>9}{'cpu x':>7}"
    )
    for name, runs in results.items():
        column = "actual" if "actual" in name else "target"
        floors = results[f"bare executemany ({column})"]
        floor = statistics.median(wall for wall, _cpu in floors)
        floor_cpu = statistics.median(cpu for _wall, cpu in floors)
        seconds = [wall for wall, _cpu in runs]
        median = statistics.median(seconds)
        cpu = statistics.median(used for _wall, used in runs)
        print(
            f"{name:<32}{median:>10.4f}{min(seconds):>9.4f}{max(seconds):>9.4f}"
            f"{median / floor:>9.2f}{cpu:>9.4f}{cpu / floor_cpu:>7.2f}"
        )
    return 0


if __name__ == "__main__":
    sys.exit(main())
