"""The version-3 document at company size: bytes per value, build, grid read and check.

Builds the company demo (50 departments, ~2,000 people, 5 years, ~1 M period values)
and measures, each next to a floor taken in the same run:

- bytes per stored value of the VACUUMed file, next to the smallest layout that holds
  the same values: (goal INTEGER, period TEXT, value REAL) WITHOUT ROWID, one table for
  targets and one for actuals. Goal: the whole file <= 2x the floor (<= 45 B/value).
- the demo build, next to a bare `executemany` of the very rows it wrote into tables of
  the same columns with no constraints or indexes. Goal: <= 3x.
- reading the whole company's KPI grid (every goal of the year x 12 months) through
  `repo_goals.period_values`, next to the version-2 layout of the same values (UUID ids,
  text stamps, goal_targets and actuals apart) read by the version-2 query.
- `perfdesk check` on the company file (quick, and --full).

    python benchmarks/document_v3.py [--runs 3]

Prints a table of medians (seconds unless stated) and ratios.
"""

from __future__ import annotations

import argparse
import datetime
import sqlite3
import sys
import tempfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "src"))

from demo_build import bare_insert, median_time, written  # the build floor, shared

from perfdesk.demo import build_demo
from perfdesk.store.repo_goals import period_values
from perfdesk.store.validate import check_document

TODAY = datetime.date(2026, 11, 23)


def minimal_layout(source: Path, target: Path) -> int:
    """The floor of storage; returns the number of values it holds."""
    target.unlink(missing_ok=True)
    conn = sqlite3.connect(target, isolation_level=None)
    conn.execute("ATTACH ? AS v3", (str(source),))
    conn.execute("BEGIN")
    count = 0
    for table, column in (("targets", "target"), ("actuals", "actual")):
        conn.execute(
            f"CREATE TABLE {table} (goal INTEGER, period TEXT, value REAL, "
            "PRIMARY KEY (goal, period)) WITHOUT ROWID"
        )
        count += conn.execute(
            f"INSERT INTO {table} SELECT goal, period, {column} FROM v3.goal_values "
            f"WHERE {column} IS NOT NULL ORDER BY goal, period"
        ).rowcount
    conn.execute("COMMIT")
    conn.execute("DETACH v3")
    conn.execute("VACUUM")
    conn.close()
    return count


def v2_layout(source: Path, target: Path) -> None:
    """The same values as version 2 stored them, to read them the version-2 way."""
    target.unlink(missing_ok=True)
    conn = sqlite3.connect(target, isolation_level=None)
    conn.execute("ATTACH ? AS v3", (str(source),))
    conn.execute("BEGIN")
    stamp = "'2026-11-23T00:00:00.000000Z'"
    conn.execute("CREATE TABLE goals (key INTEGER PRIMARY KEY, id TEXT UNIQUE, period TEXT)")
    conn.execute("INSERT INTO goals SELECT key, id, period FROM v3.goals")
    for table, column in (("goal_targets", "target"), ("actuals", "actual")):
        conn.execute(
            f"CREATE TABLE {table} (id TEXT PRIMARY KEY NOT NULL, goal_id TEXT NOT NULL, "
            "period TEXT NOT NULL, value REAL, created_at TEXT NOT NULL, updated_at TEXT NOT NULL)"
        )
        conn.execute(
            f"INSERT INTO {table} SELECT lower(hex(randomblob(18))), g.id, v.period, "
            f"v.{column}, {stamp}, {stamp} FROM v3.goal_values v JOIN goals g ON g.key = v.goal "
            f"WHERE v.{column} IS NOT NULL"
        )
        conn.execute(f"CREATE UNIQUE INDEX {table}_key ON {table} (goal_id, period)")
    conn.execute("COMMIT")
    conn.execute("DETACH v3")
    conn.execute("VACUUM")
    conn.close()


def read_v2_grid(path: Path, goal_ids: list[str], months: list[str]) -> int:
    conn = sqlite3.connect(path)
    found = 0
    for start in range(0, len(goal_ids), 500):
        chunk = goal_ids[start : start + 500]
        marks = ",".join("?" * len(chunk))
        for table in ("goal_targets", "actuals"):
            found += len(
                conn.execute(
                    f"SELECT goal_id, period, value FROM {table} WHERE goal_id IN ({marks}) "
                    "AND period BETWEEN ? AND ?",
                    (*chunk, months[0], months[-1]),
                ).fetchall()
            )
    conn.close()
    return found


def read_v3_grid(path: Path, goal_ids: list[str], months: list[str]) -> int:
    conn = sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True)
    targets, actuals = period_values(conn, goal_ids, months)
    conn.close()
    return len(targets) + len(actuals)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=3)
    args = parser.parse_args()
    rows: list[tuple[str, str, str, str]] = []
    with tempfile.TemporaryDirectory(prefix="perfdesk-bench-") as tmp:
        folder = Path(tmp)
        company = folder / "company.perfdesk"

        def build(run: int) -> None:
            path = folder / f"build{run}.perfdesk"
            build_demo(path, size="company", today=TODAY)
            if run:
                path.unlink()
            else:
                path.rename(company)

        built = median_time(args.runs, build)
        rows_written = written(company)
        floor = median_time(args.runs, lambda _r: bare_insert(folder / "bare.db", rows_written))
        rows.append(("company demo build", f"{built:.2f}", f"{floor:.2f}", f"{built / floor:.2f}"))

        vacuumed = folder / "vacuumed.perfdesk"
        conn = sqlite3.connect(company)
        conn.execute("VACUUM INTO ?", (str(vacuumed),))
        per_table = dict(
            conn.execute("SELECT name, SUM(pgsize) FROM dbstat GROUP BY name").fetchall()
        )
        year_goals = [
            r[0] for r in conn.execute("SELECT id FROM goals WHERE period = '2026' ORDER BY key")
        ]
        conn.close()
        values = minimal_layout(company, folder / "minimal.db")
        floor_bytes = (folder / "minimal.db").stat().st_size / values
        whole = vacuumed.stat().st_size / values
        table_only = per_table["goal_values"] / values
        rows.append(
            (
                "bytes/value, whole file",
                f"{whole:.1f}",
                f"{floor_bytes:.1f}",
                f"{whole / floor_bytes:.2f}",
            )
        )
        rows.append(
            (
                "bytes/value, goal_values",
                f"{table_only:.1f}",
                f"{floor_bytes:.1f}",
                f"{table_only / floor_bytes:.2f}",
            )
        )
        v2 = folder / "v2.db"
        v2_layout(company, v2)
        v2_bytes = v2.stat().st_size / values
        rows.append(
            (
                "bytes/value, v2 layout",
                f"{v2_bytes:.1f}",
                f"{floor_bytes:.1f}",
                f"{v2_bytes / floor_bytes:.2f}",
            )
        )

        months = [f"2026-{m:02d}" for m in range(1, 13)]
        read_v3_grid(company, year_goals, months)  # warm the page cache for both
        read_v2_grid(v2, year_goals, months)
        v3_read = median_time(args.runs * 3, lambda _r: read_v3_grid(company, year_goals, months))
        v2_read = median_time(args.runs * 3, lambda _r: read_v2_grid(v2, year_goals, months))
        label = f"company grid read ({len(year_goals):,} goals x 12)"
        rows.append((label, f"{v3_read:.3f}", f"{v2_read:.3f} (v2)", f"{v3_read / v2_read:.2f}"))

        quick = median_time(args.runs, lambda _r: check_document(company))
        full = median_time(args.runs, lambda _r: check_document(company, full=True))
        rows.append(("perfdesk check (company)", f"{quick:.2f}", "", ""))
        rows.append(("perfdesk check --full (company)", f"{full:.2f}", "", ""))
        size_mb = company.stat().st_size / 1e6
        print(f"company file: {size_mb:.1f} MB, {values:,} stored values, medians of {args.runs}")

    width = max(len(r[0]) for r in rows)
    print(f"{'what':<{width}}  {'perfdesk':>10}  {'floor':>12}  {'ratio':>6}")
    for what, ours, floor_text, ratio in rows:
        print(f"{what:<{width}}  {ours:>10}  {floor_text:>12}  {ratio:>6}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
