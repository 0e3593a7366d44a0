"""Building the demo documents: the company and the small demo next to their floor.

For each size, the median time of `build_demo` (the whole document in one transaction:
organisation, 5 years of goals and monthly values for the company, meetings, issues,
actions, 10-day reports), next to a floor taken in the same run: a bare `executemany`
of the very rows the build wrote into tables of the same columns with no constraints,
indexes or triggers, in one transaction with the same journal and sync settings.
Goal: the company demo within 10 s here.

    python benchmarks/demo_build.py [--runs 3]

Prints a table of medians (seconds) and ratios, and what the company file holds.
"""

from __future__ import annotations

import argparse
import datetime
import sqlite3
import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "src"))

from perfdesk.demo import build_demo

TODAY = datetime.date(2026, 11, 23)
GOAL_SECONDS = {"company": 10.0}

Rows = dict[str, tuple[list[str], list[tuple[object, ...]]]]


def median_time(runs: int, job: Callable[[int], object]) -> float:
    times = []
    for run in range(runs):
        started = time.perf_counter()
        job(run)
        times.append(time.perf_counter() - started)
    return statistics.median(times)


def written(path: Path) -> Rows:
    """Every table's columns and rows, as the build left them."""
    conn = sqlite3.connect(path)
    try:
        names = [r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type='table'")]
        found = {}
        for table in names:
            columns = [r[1] for r in conn.execute(f"PRAGMA table_info({table})")]
            found[table] = (columns, conn.execute(f"SELECT * FROM {table}").fetchall())
        return found
    finally:
        conn.close()


def bare_insert(path: Path, rows: Rows) -> None:
    """The floor: the same rows into plain tables, one executemany each."""
    path.unlink(missing_ok=True)
    conn = sqlite3.connect(path, isolation_level=None)
    conn.execute("PRAGMA journal_mode = DELETE")
    conn.execute("PRAGMA synchronous = FULL")
    conn.execute("BEGIN")
    for table, (columns, values) in rows.items():
        conn.execute(f"CREATE TABLE {table} ({', '.join(columns)})")
        marks = ", ".join("?" * len(columns))
        conn.executemany(f"INSERT INTO {table} VALUES ({marks})", values)
    conn.execute("COMMIT")
    conn.close()


def main() -> int:
    parser = argparse.ArgumentParser(description=(__doc__ or "").splitlines()[0])
    parser.add_argument("--runs", type=int, default=3)
    args = parser.parse_args()
    table: list[tuple[str, str, str, str, str]] = []
    with tempfile.TemporaryDirectory(prefix="perfdesk-bench-") as tmp:
        folder = Path(tmp)
        for size in ("company", "small"):
            kept = folder / f"{size}.perfdesk"

            def build(run: int, size: str = size, kept: Path = kept) -> None:
                path = folder / f"{size}-{run}.perfdesk"
                build_demo(path, size=size, today=TODAY)
                if run:
                    path.unlink()
                else:
                    path.rename(kept)

            built = median_time(args.runs, build)
            rows = written(kept)
            floor = median_time(
                args.runs, lambda _r, rows=rows: bare_insert(folder / "bare.db", rows)
            )
            goal = GOAL_SECONDS.get(size)
            verdict = (
                "" if goal is None else ("ok" if built <= goal else "OVER") + f" (<= {goal:g} s)"
            )
            count = sum(len(values) for _, values in rows.values())
            label = f"{size} demo build ({count:,} rows)"
            table.append((label, f"{built:.2f}", f"{floor:.2f}", f"{built / floor:.2f}", verdict))
            if size == "company":
                held = {name: len(values) for name, (_, values) in rows.items()}
                print(
                    f"company file: {kept.stat().st_size / 1e6:.1f} MB; "
                    + ", ".join(f"{n} {held[n]:,}" for n in ("org_units", "people", "goals"))
                    + f", goal_values {held['goal_values']:,}; meetings {held['meetings']}, "
                    f"issues {held['issues']}, actions {held['actions']}, "
                    f"10-day reports {held['action_reports']:,}"
                )
    print(f"medians of {args.runs} runs, seconds; floor = bare executemany of the same rows")
    width = max(len(r[0]) for r in table)
    print(f"{'what':<{width}}  {'perfdesk':>9}  {'floor':>7}  {'ratio':>6}  goal")
    for what, ours, floor_text, ratio, verdict in table:
        print(f"{what:<{width}}  {ours:>9}  {floor_text:>7}  {ratio:>6}  {verdict}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
