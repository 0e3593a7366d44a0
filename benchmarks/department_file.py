"""Starting a department file from the company demo (issue 17, item 1).

Measures, on the company demo (50 departments, ~2,000 people, 5 years of actuals):

- `make_department_file` for a few departments (the largest and the smallest by goals,
  and a sales department), next to a floor taken in the same run: the same rows copied
  by bare SQL (`CREATE TABLE … AS SELECT` from the attached company file, with the same
  selection, no constraints, no indexes, no fsync, no check). Goal: well under 1 s.
- `department_plan`, what the dialog counts on each pick (goal: a moment, < 0.1 s).
- every department once (the company split into its ~50 files), total.

    python benchmarks/department_file.py [--runs 5] [--company PATH]

Prints a table of medians (seconds) and ratios to the floor.
"""

from __future__ import annotations

import argparse
import datetime
import sqlite3
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "src"))

from demo_build import median_time  # the shared timing helper

from perfdesk.demo import build_demo
from perfdesk.store.exchange.department import (
    COPY,
    department_plan,
    make_department_file,
    select_concerning,
)

TODAY = datetime.date(2026, 11, 23)


def bare_copy(company: Path, unit_id: str, target: Path) -> int:
    """The floor: the same rows, copied by SQL alone into unconstrained tables."""
    target.unlink(missing_ok=True)
    conn = sqlite3.connect(target, isolation_level=None)
    try:
        conn.execute("PRAGMA synchronous = OFF")
        conn.execute("ATTACH ? AS company", (f"{company.resolve().as_uri()}?mode=ro",))
        conn.execute("BEGIN")
        select_concerning(conn, "company", unit_id)
        rows = 0
        for table, where in COPY:
            conn.execute(
                f"CREATE TABLE main.{table} AS SELECT * FROM company.{table}"
                + (f" WHERE {where}" if where else "")
            )
            rows += conn.execute(f"SELECT count(*) FROM main.{table}").fetchone()[0]
        conn.execute("COMMIT")
    finally:
        conn.close()
    return rows


def departments(company: Path) -> list[tuple[str, str, int]]:
    """(id, name, goals held in its subtree) of every department, most goals first."""
    conn = sqlite3.connect(company)
    try:
        found = conn.execute(
            "WITH RECURSIVE sub(top, id) AS (SELECT id, id FROM org_units WHERE kind = "
            "'department' UNION SELECT sub.top, u.id FROM org_units u JOIN sub "
            "ON u.parent_id = sub.id) "
            "SELECT d.id, d.name, (SELECT count(*) FROM goals g LEFT JOIN people p "
            "ON p.id = g.person_id WHERE coalesce(g.unit_id, p.unit_id) IN "
            "(SELECT id FROM sub WHERE top = d.id)) AS n "
            "FROM org_units d WHERE d.kind = 'department' ORDER BY n DESC, d.name"
        ).fetchall()
    finally:
        conn.close()
    return [(str(a), str(b), int(c)) for a, b, c in found]


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--company", type=Path, help="an existing company demo (else built)")
    args = parser.parse_args()
    rows: list[tuple[str, str, str, str]] = []
    with tempfile.TemporaryDirectory(prefix="perfdesk-bench-") as tmp:
        folder = Path(tmp)
        company = args.company
        if company is None:
            company = folder / "company.perfdesk"
            build_demo(company, size="company", today=TODAY)
        every = departments(company)
        sales = next((d for d in every if "销售" in d[1] or "Sales" in d[1]), every[0])
        picked = {"largest": every[0], "smallest": every[-1], "sales": sales}
        for label, (unit_id, name, _goals) in picked.items():
            out = folder / f"{label}.perfdesk"

            def make(_run: int, unit_id: str = unit_id, out: Path = out) -> None:
                make_department_file(company, unit_id, out, force=True)

            def floor(_run: int, unit_id: str = unit_id) -> None:
                bare_copy(company, unit_id, folder / "bare.db")

            make(0)  # warm the page cache for both
            copied = bare_copy(company, unit_id, folder / "bare.db")
            ours = median_time(args.runs, make)
            bare = median_time(args.runs, floor)
            what = f"department file, {label} ({name}, {copied:,} rows)"
            rows.append((what, f"{ours:.3f}", f"{bare:.3f}", f"{ours / bare:.2f}"))
            plan = median_time(args.runs, lambda _r, u=unit_id: department_plan(company, u))
            rows.append((f"  plan (dialog counts), {label}", f"{plan:.3f}", "", ""))
        started = time.perf_counter()
        for unit_id, _name, _goals in every:
            make_department_file(company, unit_id, folder / "each.perfdesk", force=True)
        total = time.perf_counter() - started
        rows.append((f"all {len(every)} departments, one after another", f"{total:.2f}", "", ""))
        size_mb = company.stat().st_size / 1e6
        print(f"company file: {size_mb:.1f} MB, {len(every)} departments, medians of {args.runs}")

    width = max(len(r[0]) for r in rows)
    print(f"{'what':<{width}}  {'perfdesk':>9}  {'floor':>7}  {'ratio':>6}")
    for what, ours_text, floor_text, ratio in rows:
        print(f"{what:<{width}}  {ours_text:>9}  {floor_text:>7}  {ratio:>6}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
