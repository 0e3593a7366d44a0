"""Planning a meeting on the company demo: the agenda prefill and its write, next to a floor.

The prefill reads every department's representative, judges each department's goals
over the reviewed month's year to date (store/repo_meeting_plan.standings), lists the
actions due, and shares the minutes (core/agenda.prefill); ops.set_agenda writes the
result as one step. The floor, taken in the same run, is a bare SELECT of the very
goal values the prefill judges (the rows it cannot avoid reading). Goal: the prefill
under 0.3 s on the company file, so the button answers at once.

    python benchmarks/meeting_plan.py [--runs 7]

Prints a table of medians (seconds) and ratios to the floor.
"""

from __future__ import annotations

import argparse
import datetime
import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "src"))

from perfdesk.core.agenda import prefill
from perfdesk.demo import build_demo
from perfdesk.store import ops
from perfdesk.store.document import Document
from perfdesk.store.repo_goals import latest_actual_period
from perfdesk.store.repo_kpi import load_kpis
from perfdesk.store.repo_meeting_plan import due_actions, representatives, standings

GOAL_SECONDS = 0.3


def median(runs: int, job: Callable[[], object]) -> float:
    times = []
    for _ in range(runs):
        started = time.perf_counter()
        job()
        times.append(time.perf_counter() - started)
    return statistics.median(times)


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--runs", type=int, default=7)
    runs = parser.parse_args().runs
    with tempfile.TemporaryDirectory() as tmp:
        path = build_demo(Path(tmp) / "company.perfdesk", lang="zh", size="company")
        doc = Document.open(path)
        try:
            conn = doc.conn
            kpis = load_kpis(conn)
            period = latest_actual_period(conn) or "2026-10"
            year, month = period[:4], int(period[5:7])
            keys = [f"{year}-{m:02d}" for m in range(1, month + 1)]
            meeting = ops.add_meeting(
                doc, ops.MeetingForm("基准会议", "monthly", f"{year}-{month:02d}-28", 180)
            ).row_id
            assert meeting is not None
            day = datetime.date(int(year), month, 28)
            reps = representatives(conn)

            def plan() -> list[object]:
                found = standings(conn, representatives(conn), kpis, period)
                return list(prefill(found, 180, "zh", due_actions(conn, day)))

            items = plan()

            def write() -> None:
                ops.set_agenda(doc, meeting, items)  # type: ignore[arg-type]

            units = [rep.unit_id for rep in reps]
            marks = ",".join("?" * len(units))
            floor_sql = (
                "SELECT v.target, v.actual FROM goals g JOIN goal_values v ON v.goal = g.key "
                f"WHERE g.unit_id IN ({marks}) AND g.period = ? AND g.deleted = 0 "
                "AND v.period BETWEEN ? AND ?"
            )

            def floor() -> None:
                conn.execute(floor_sql, (*units, year, keys[0], keys[-1])).fetchall()

            rows = len(conn.execute(floor_sql, (*units, year, keys[0], keys[-1])).fetchall())
            base = median(runs, floor)
            table = [
                ("floor: SELECT the judged goal values", base),
                ("prefill (read, judge, share minutes)", median(runs, plan)),
                ("set_agenda (write the prefill, one step)", median(runs, write)),
            ]
        finally:
            doc.close()
    print(f"company demo: {len(reps)} departments, {len(items)} agenda items, {rows} values")
    print(f"{'what':45} {'median s':>10} {'× floor':>9}")
    for name, seconds in table:
        print(f"{name:45} {seconds:10.4f} {seconds / base:9.1f}")
    prefill_seconds = table[1][1]
    verdict = "within" if prefill_seconds <= GOAL_SECONDS else "OVER"
    print(f"goal: prefill ≤ {GOAL_SECONDS} s — {verdict}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
