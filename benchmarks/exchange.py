"""Exchange at company size: 50 department packages merged into the company file.

Splits the company demo into its ~50 department files, enters a month of actuals in
each (the monthly round: every goal of the department's people, teams and itself), has
each export its package, and measures, with medians over --runs fresh copies of the
company file:

- merging all 50 packages (`merge_packages`: read and verify each, plan, back up, apply)
  next to the floor: unpack each package's rows file, attach it and upsert its rows by
  raw SQL
  (INSERT ... ON CONFLICT DO UPDATE of the rows stamped after the department file was
  made, values mapped to the company's goal keys by goal id).
  Goals: <= 1.5x the floor and < 10 s;
- the same merge again (nothing to do): goal <= 2 s;
- peak memory of the merging process (ru_maxrss of a child that does only that):
  goal < 300 MiB;
- one department's round trip, export + merge of one package: goal <= 1 s.

    python benchmarks/exchange.py [--runs 3] [--company PATH]

Prints a table of medians (seconds unless stated) and ratios.
"""

from __future__ import annotations

import argparse
import json
import shutil
import sqlite3
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

SRC = Path(__file__).resolve().parents[1] / "src"
sys.path.insert(0, str(SRC))

from perfdesk.store import ops  # noqa: E402
from perfdesk.store.document import Document  # noqa: E402
from perfdesk.store.exchange.department import make_department_file  # noqa: E402
from perfdesk.store.exchange.package import export_package  # noqa: E402

MONTH = "2026-11"
TABLES = (
    "org_units", "people", "kpis", "goals", "goal_values", "deviation_notes", "agenda_items",
    "meeting_attendees", "meetings", "issues", "issue_units", "actions", "action_reports",
)  # fmt: skip

_MERGE_CHILD = """
import json, resource, sys, time
sys.path.insert(0, sys.argv[1])
from perfdesk.store.document import Document
from perfdesk.store.exchange.merge import plan_merge
from perfdesk.store.exchange.apply import merge_packages
from perfdesk.store.exchange.package import read_package
target, packages = sys.argv[2], sys.argv[3:]
started = time.perf_counter()
doc = Document.open(target)
plans = []
read = []
for path in packages:
    package = read_package(path)
    read.append(package)
    plan = plan_merge(doc, package)
    plan.decide("theirs")
    plans.append(plan)
result = merge_packages(doc, plans)
doc.close()
for package in read:
    package.discard()
seconds = time.perf_counter() - started
peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
print(json.dumps({"seconds": seconds, "rows": result.rows, "peak_mib": peak}))
"""

_FLOOR_CHILD = """
import json, resource, sqlite3, sys, tempfile, time, zipfile
tables, target, packages = json.loads(sys.argv[1]), sys.argv[2], sys.argv[3:]
unpacked = tempfile.mkdtemp()
started = time.perf_counter()
conn = sqlite3.connect(target, isolation_level=None)
conn.execute("PRAGMA foreign_keys = ON")
conn.execute("PRAGMA journal_mode = DELETE")
conn.execute("PRAGMA synchronous = FULL")
def cols(table):
    return [r[1] for r in conn.execute(f"PRAGMA main.table_info({table})")]
def pk(table):
    info = conn.execute(f"PRAGMA main.table_info({table})").fetchall()
    return [r[1] for r in sorted(info, key=lambda r: r[5]) if r[5]]
rows = 0
for n, path in enumerate(packages):
    with zipfile.ZipFile(path) as bundle:  # a package is a ZIP: unpack its rows file
        rows_file = bundle.extract("rows.sqlite", f"{unpacked}/{n}")
    conn.execute("ATTACH ? AS pkg", (rows_file,))
    conn.execute("BEGIN IMMEDIATE")
    # only what the department changed since its file was made (older stamps are copies)
    since = int(conn.execute(
        "SELECT value FROM pkg.manifest WHERE key = 'fork_clock'").fetchone()[0] or 0)
    for table in tables:
        names = [c for c in cols(table) if c != "key"]
        key = ["id"] if table == "goals" else pk(table)
        # the company's own source number: a floor does not map the senders' numbering
        select = ", ".join(
            "g.key" if (c == "goal" and table in ("goal_values", "deviation_notes"))
            else "1" if c == "source" else f"t.{c}" for c in names
        )
        join = (" JOIN pkg.goals pg ON pg.key = t.goal JOIN main.goals g ON g.id = pg.id"
                if table in ("goal_values", "deviation_notes") else "")
        update = ", ".join(f"{c} = excluded.{c}" for c in names if c not in key)
        rows += conn.execute(
            f"INSERT INTO main.{table} ({', '.join(names)}) SELECT {select} "
            f"FROM pkg.{table} t{join} WHERE t.stamp > {since} "
            f"ON CONFLICT({', '.join(key)}) DO UPDATE SET {update}"
        ).rowcount
    conn.execute("COMMIT")
    conn.execute("DETACH pkg")
conn.close()
seconds = time.perf_counter() - started
peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
print(json.dumps({"seconds": seconds, "rows": rows, "peak_mib": peak}))
"""


def split(company: Path, folder: Path) -> list[Path]:
    """One department file per department, a month of actuals entered in each (the
    goals of its people, teams and itself), and its package."""
    conn = sqlite3.connect(f"file:{company}?mode=ro", uri=True)
    units = [
        row[0]
        for row in conn.execute(
            "SELECT id FROM org_units WHERE kind = 'department' AND deleted = 0 ORDER BY sort_order"
        )
    ]
    conn.close()
    packages = []
    for n, unit in enumerate(units):
        path = folder / f"dept-{n:02}.perfdesk"
        make_department_file(company, unit, path)
        with Document.open(path) as doc:
            # November's actual: the month's target (or October's actual), so every value
            # is within its KPI's range.
            cells = doc.conn.execute(
                "WITH RECURSIVE sub(id) AS (SELECT ? UNION SELECT u.id FROM org_units u "
                "JOIN sub ON u.parent_id = sub.id) "
                "SELECT g.id, coalesce(n.target, o.actual) FROM goals g "
                "LEFT JOIN goal_values n ON n.goal = g.key AND n.period = ? "
                "LEFT JOIN goal_values o ON o.goal = g.key AND o.period = '2026-10' "
                "WHERE g.period = '2026' AND g.granularity = 'month' AND g.deleted = 0 "
                "AND (g.unit_id IN sub OR g.person_id IN "
                "(SELECT id FROM people WHERE unit_id IN sub)) "
                "AND coalesce(n.target, o.actual) IS NOT NULL",
                (unit, MONTH),
            ).fetchall()
            entered = [(goal, MONTH, "actual", amount) for goal, amount in cells]
            ops.set_values(doc, entered)
        packages.append(export_package(path, folder / f"dept-{n:02}.pdpkg").path)
    return packages


def child(code: str, *args: str) -> dict[str, float]:
    result = subprocess.run(
        [sys.executable, "-c", code, *args], capture_output=True, text=True, check=True
    )
    return json.loads(result.stdout.strip().splitlines()[-1])


def round_trip(company: Path, folder: Path, package_source: Path) -> float:
    """Export one department's package and merge it into a copy of the company file."""
    target = folder / "one.perfdesk"
    shutil.copyfile(company, target)
    started = time.perf_counter()
    package = export_package(package_source, folder / "one.pdpkg", force=True).path
    from perfdesk.store.exchange.apply import merge_packages
    from perfdesk.store.exchange.merge import plan_merge
    from perfdesk.store.exchange.package import opened

    with Document.open(target) as doc, opened(package) as pkg:
        plan = plan_merge(doc, pkg)
        merge_packages(doc, [plan])
    seconds = time.perf_counter() - started
    for leftover in folder.glob("one.perfdesk*"):
        leftover.unlink()
    return seconds


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--company", type=Path, help="an existing company demo to use")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory(prefix="perfdesk-bench-") as tmp:
        folder = Path(tmp)
        company = folder / "company.perfdesk"
        if args.company:
            shutil.copyfile(args.company, company)
        else:
            print("building the company demo…", file=sys.stderr)
            from perfdesk.demo import build_demo

            build_demo(company, lang="zh", size="company")
        started = time.perf_counter()
        packages = split(company, folder)
        print(
            f"{len(packages)} department files and packages in "
            f"{time.perf_counter() - started:.1f} s",
            file=sys.stderr,
        )
        names = [str(p) for p in packages]
        merges, floors, again, trips = [], [], [], []
        for run in range(args.runs):
            target = folder / f"target-{run}.perfdesk"
            shutil.copyfile(company, target)
            merges.append(child(_MERGE_CHILD, str(SRC), str(target), *names))
            again.append(child(_MERGE_CHILD, str(SRC), str(target), *names))
            floor_target = folder / f"floor-{run}.perfdesk"
            shutil.copyfile(company, floor_target)
            floors.append(child(_FLOOR_CHILD, json.dumps(TABLES), str(floor_target), *names))
            for leftover in folder.glob(f"*-{run}.perfdesk*"):
                leftover.unlink()
            trips.append(round_trip(company, folder, folder / "dept-00.perfdesk"))
    merge_s = statistics.median(m["seconds"] for m in merges)
    floor_s = statistics.median(f["seconds"] for f in floors)
    again_s = statistics.median(m["seconds"] for m in again)
    peak = max(m["peak_mib"] for m in merges)
    floor_peak = max(f["peak_mib"] for f in floors)
    trip = statistics.median(trips)
    rows = merges[0]["rows"]
    print(f"\nmerge of {len(packages)} packages ({rows:,} rows written), medians of {args.runs}")
    print(f"{'measure':<44}{'perfdesk':>10}{'floor':>10}{'ratio':>8}  goal")
    lines = [
        ("merge all packages (s)", merge_s, floor_s, "<= 1.5x, < 10 s"),
        ("the same merge again, nothing to do (s)", again_s, None, "<= 2 s"),
        ("peak memory of the merging process (MiB)", peak, floor_peak, "< 300 MiB"),
        ("one department: export + merge (s)", trip, None, "<= 1 s"),
    ]
    for label, ours, floor, goal in lines:
        ratio = f"{ours / floor:>8.2f}" if floor else f"{'':>8}"
        floor_text = f"{floor:>10.2f}" if floor else f"{'':>10}"
        print(f"{label:<44}{ours:>10.2f}{floor_text}{ratio}  {goal}")


if __name__ == "__main__":
    main()
