"""Import of a 100,000-row XLSX of actuals and export of the company year to XLSX, each
next to the bare library doing the same file work, in one run.

    python benchmarks/import_export.py [--runs 3] [--company PATH]

- import: `plan_import` (read with python-calamine, header, names, periods, numbers,
  goals, the document's checks) and `plan_import` + `apply_import` (backup, one
  transaction) against `pandas.read_excel(engine="calamine")` of the same file;
- export: `export_file` (the SQL read, statuses, formats, widths) of every goal of the
  company's year (units and people) against XlsxWriter (constant_memory) writing the same
  cell values, already in memory, without formats.
Each figure is measured in a fresh process (imports done before the clock starts, the
store's ops included, which the window has loaded long before an import; python-calamine
is imported inside the clock on both sides) and
the process's peak resident memory is printed; medians of --runs runs; goal ≤ 1.5×.
Wall time and the process's CPU time are both shown: on a shared, loaded machine the
wall time of two measurements a minute apart can differ twofold, their CPU time less.
The company demo document (`perfdesk demo --size company`) is made once if not given.
"""

from __future__ import annotations

import argparse
import json
import resource
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROWS = 100_000


def _peak_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def child(what: str, document: str, data: str, out: str) -> None:
    """One measurement in this (fresh) process; prints JSON {seconds, cpu, peak_mb}."""
    if what == "pandas":
        import pandas as pd

        start, cpu = time.perf_counter(), time.process_time()
        frame = pd.read_excel(data, engine="calamine")
        assert len(frame) == ROWS
    elif what in ("plan", "import"):
        import perfdesk.store.ops  # noqa: F401  (loaded with the window; not the import's cost)
        from perfdesk.store.document import Document
        from perfdesk.store.import_actuals import apply_import, plan_import

        with Document.open(document) as doc:
            start, cpu = time.perf_counter(), time.process_time()
            plan = plan_import(doc, Path(data))
            assert plan.ok and len(plan.writes) > ROWS * 0.9, plan.counts()
            if what == "import":
                apply_import(doc, plan)
    elif what == "xlsxwriter":
        import xlsxwriter

        cells = json.loads(Path(out + ".cells.json").read_text(encoding="utf-8"))
        start, cpu = time.perf_counter(), time.process_time()
        book = xlsxwriter.Workbook(out, {"constant_memory": True})
        sheet = book.add_worksheet()
        for r, row in enumerate(cells):
            for c, value in enumerate(row):
                if value is None:
                    continue
                if isinstance(value, str):
                    sheet.write_string(r, c, value)
                else:
                    sheet.write_number(r, c, value)
        book.close()
    elif what == "export":
        from perfdesk.store.document import Document
        from perfdesk.store.export_grid import export_file

        months = [f"2026-{m:02d}" for m in range(1, 13)]
        with Document.open(document, read_only=True) as doc:
            start, cpu = time.perf_counter(), time.process_time()
            export_file(doc.conn, Path(out), months, None, "zh", "2026", people=True)
    else:
        raise SystemExit(f"unknown measurement {what}")
    seconds = time.perf_counter() - start
    used = time.process_time() - cpu
    print(json.dumps({"seconds": seconds, "cpu": used, "peak_mb": _peak_mb()}))


def measure(what: str, document: Path, data: Path, out: Path) -> dict[str, float]:
    done = subprocess.run(
        [sys.executable, __file__, "--child", what, str(document), str(data), str(out)],
        check=True,
        capture_output=True,
        text=True,
    )
    return dict(json.loads(done.stdout.strip().splitlines()[-1]))


def make_data(document: Path, data: Path) -> None:
    """100,000 rows of (holder code or employee number, KPI code, period, actual × 1.01)."""
    import sqlite3

    import xlsxwriter

    conn = sqlite3.connect(document)
    rows = conn.execute(
        "SELECT coalesce(p.employee_no, u.code), k.code, v.period, v.actual "
        "FROM goal_values v JOIN goals g ON g.key = v.goal JOIN kpis k ON k.id = g.kpi_id "
        "LEFT JOIN people p ON p.id = g.person_id LEFT JOIN org_units u ON u.id = g.unit_id "
        "WHERE g.period = '2026' AND g.archived = 0 AND g.deleted = 0 AND v.locked = 0 "
        "AND v.period GLOB '2026-[01][0-9]' AND coalesce(p.employee_no, u.code) <> '' "
        "ORDER BY v.goal, v.period LIMIT ?",
        (ROWS,),
    ).fetchall()
    conn.close()
    if len(rows) < ROWS:
        raise SystemExit(f"the company document has only {len(rows)} usable values")
    book = xlsxwriter.Workbook(str(data), {"constant_memory": True})
    sheet = book.add_worksheet("实际")
    sheet.write_row(0, 0, ["责任单位", "指标编码", "会计期间", "本月实际"])
    for r, (holder, kpi, period, actual) in enumerate(rows, start=1):
        sheet.write_string(r, 0, holder)
        sheet.write_string(r, 1, kpi)
        sheet.write_string(r, 2, period)
        sheet.write_number(r, 3, round((actual or 0) * 0.99, 2))
    book.close()


def export_cells(document: Path, out: Path) -> None:
    """The cell values the export writes, for the bare XlsxWriter floor."""
    from perfdesk.core.kpi import rate_and_status
    from perfdesk.store.document import Document
    from perfdesk.store.export_grid import export_rows, header_row

    months = [f"2026-{m:02d}" for m in range(1, 13)]
    with Document.open(document, read_only=True) as doc:
        rows = export_rows(doc.conn, months, None, False, True)
    cells: list[list[object]] = [["2026"], list(header_row(months, "zh"))]
    for row in rows:
        line: list[object] = [row.holder, row.kpi.code, row.kpi.name, row.kpi.unit]
        for target, target_max, actual in row.values:
            rate, status = rate_and_status(row.kpi, target, actual, target_max)
            line += [target, actual, rate, str(status)]
        cells.append(line)
    Path(str(out) + ".cells.json").write_text(json.dumps(cells, ensure_ascii=False))


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--company", type=Path)
    parser.add_argument("--child", nargs=4)
    args = parser.parse_args()
    if args.child:
        child(*args.child)
        return 0
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        master = args.company
        if master is None:
            master = folder / "company.perfdesk"
            subprocess.run(
                [sys.executable, "-m", "perfdesk", "demo", str(master), "--size", "company"],
                check=True,
                capture_output=True,
            )
        data = folder / "actuals.xlsx"
        make_data(master, data)
        out = folder / "export.xlsx"
        export_cells(master, out)
        results: dict[str, list[dict[str, float]]] = {}
        for _run in range(args.runs):
            for what in ("pandas", "plan", "import", "xlsxwriter", "export"):
                document = folder / "work.perfdesk"
                shutil.copy(master, document)
                for stale in folder.glob("work.perfdesk.*.bak"):
                    stale.unlink()
                results.setdefault(what, []).append(measure(what, document, data, out))
        med = {w: statistics.median(r["seconds"] for r in runs) for w, runs in results.items()}
        peak = {w: max(r["peak_mb"] for r in runs) for w, runs in results.items()}
        cpu = {w: statistics.median(r["cpu"] for r in runs) for w, runs in results.items()}
        goals = len(json.loads(Path(str(out) + ".cells.json").read_text())) - 2
        print(
            f"import: {ROWS:,}-row XLSX ({data.stat().st_size / 1e6:.1f} MB); "
            f"export: the company year, {goals:,} goals × 12 months"
        )
        print(
            f"{'measurement':52} {'median s':>9} {'peak MB':>8} {'ratio':>6}"
            f" {'cpu s':>7} {'cpu ratio':>9}"
        )
        lines = [
            ("pandas.read_excel(engine='calamine')  [floor]", "pandas", "pandas"),
            ("plan_import (preview: read + resolve + check)", "plan", "pandas"),
            ("plan_import + apply_import (backup, 1 transaction)", "import", "pandas"),
            ("bare XlsxWriter, same cells, no formats  [floor]", "xlsxwriter", "xlsxwriter"),
            ("export_file (SQL, statuses, formats)", "export", "xlsxwriter"),
        ]
        for label, what, floor in lines:
            print(
                f"{label:52} {med[what]:9.2f} {peak[what]:8.0f} {med[what] / med[floor]:5.2f}x"
                f" {cpu[what]:7.2f} {cpu[what] / cpu[floor]:8.2f}x"
            )
        print(f"runs: {args.runs} (medians; each in a fresh process); goal: ratio ≤ 1.5x")
    return 0


if __name__ == "__main__":
    sys.exit(main())
