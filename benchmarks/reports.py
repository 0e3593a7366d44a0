"""The department monthly report of the company demo's largest department, next to a floor.

For the department with the most people in the company demo (`perfdesk demo --size
company`), the median time and the peak Python memory (tracemalloc) of:

- gathering the report's data (store/report_data.py, no PDF);
- the PDF with its vector trend charts, and without them;
- the floor, measured in the same run: reportlab building a plain table document of
  the same rows (scorecard, people, actions, as plain strings in one LongTable with a
  repeated header) in the same font, no Paragraphs, no charts, no page frame.

    python benchmarks/reports.py [--file company.perfdesk] [--runs 5]

Without --file the company demo is built first (about a minute).
"""

from __future__ import annotations

import argparse
import datetime
import io
import sqlite3
import statistics
import sys
import tempfile
import time
import tracemalloc
from collections.abc import Callable
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "src"))

from perfdesk.reports.department import write_department_report
from perfdesk.reports.pdf import FONT, register_font
from perfdesk.store.document import Document
from perfdesk.store.report_data import DepartmentReport, department_report

PERIOD = "2026-10"
TODAY = datetime.date(2026, 11, 23)
MADE = datetime.datetime(2026, 11, 23, 9, 0)


def measure(runs: int, job: Callable[[], object]) -> tuple[float, float, object]:
    """(median seconds, peak MB of Python allocations, the last result)."""
    times, peaks, result = [], [], None
    for _ in range(runs):
        tracemalloc.start()
        started = time.perf_counter()
        result = job()
        times.append(time.perf_counter() - started)
        peaks.append(tracemalloc.get_traced_memory()[1] / 1e6)
        tracemalloc.stop()
    return statistics.median(times), max(peaks), result


def largest_department(path: Path) -> tuple[str, str, int]:
    conn = sqlite3.connect(path)
    try:
        return conn.execute(
            "WITH RECURSIVE sub(top, id) AS (SELECT id, id FROM org_units "
            "WHERE kind = 'department' AND deleted = 0 UNION ALL SELECT sub.top, u.id "
            "FROM org_units u JOIN sub ON u.parent_id = sub.id) "
            "SELECT sub.top, (SELECT name FROM org_units WHERE id = sub.top), count(p.id) "
            "FROM sub JOIN people p ON p.unit_id = sub.id GROUP BY sub.top "
            "ORDER BY count(p.id) DESC LIMIT 1"
        ).fetchone()
    finally:
        conn.close()


def plain_rows(report: DepartmentReport) -> list[list[str]]:
    """The report's rows as plain strings, eight columns each."""
    rows = []
    for row in report.rows:
        facts = row.facts
        rows.append(
            [
                row.kpi.name,
                str(row.weight),
                str(facts.target),
                str(facts.actual),
                str(facts.achievement),
                facts.status.value,
                str(facts.gap),
                str(facts.ytd.actual),
            ]
        )
    for person in report.people:
        rows.append(
            [
                person.name,
                person.unit_name,
                str(person.goals),
                str(person.score),
                str(person.rank),
                "",
                "",
                "",
            ]
        )
    for action in report.actions:
        rows.append(
            [action.title, action.owner, str(action.due_date), action.status, "", "", "", ""]
        )
    return rows


def plain_document(rows: list[list[str]]) -> bytes:
    from reportlab.lib.pagesizes import A4
    from reportlab.platypus import LongTable, SimpleDocTemplate

    register_font()
    out = io.BytesIO()
    doc = SimpleDocTemplate(out, pagesize=A4)
    header = [f"c{i}" for i in range(8)]
    table = LongTable(
        [header, *rows],
        repeatRows=1,
        style=[("FONT", (0, 0), (-1, -1), FONT, 8), ("GRID", (0, 0), (-1, -1), 0.4, "grey")],
    )
    doc.build([table])
    return out.getvalue()


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--file", type=Path)
    parser.add_argument("--runs", type=int, default=5)
    args = parser.parse_args()
    path = args.file
    if path is None:
        from perfdesk.demo import build_demo

        path = Path(tempfile.mkdtemp()) / "company.perfdesk"
        build_demo(path, lang="zh", size="company")
    unit_id, name, people = largest_department(path)

    register_font()  # once per process, as in the app: not part of any measurement
    with Document.open(path, read_only=True) as doc:

        def gather() -> DepartmentReport:
            return department_report(doc.conn, path.name, unit_id, PERIOD, today=TODAY)

        gather_s, gather_mb, report = measure(args.runs, gather)
    assert isinstance(report, DepartmentReport)

    def pdf(charts: bool) -> Callable[[], object]:
        def job() -> int:
            out = io.BytesIO()
            return write_department_report(report, out, "zh", MADE, charts=charts)

        return job

    floor_rows = plain_rows(report)
    floor_s, floor_mb, floor_pdf = measure(args.runs, lambda: plain_document(floor_rows))
    charts_s, charts_mb, pages = measure(args.runs, pdf(True))
    plain_s, plain_mb, pages_plain = measure(args.runs, pdf(False))

    print(
        f"department: {name} ({people} people, {len(report.rows)} KPIs, "
        f"{len(report.people)} ranked, {len(report.actions)} open actions), {PERIOD}"
    )
    print(
        f"report: {pages} pages with charts, {pages_plain} without; "
        f"floor document: {len(floor_rows)} rows, {len(floor_pdf):,} bytes"
    )  # type: ignore[arg-type]
    print(f"{'step':<36}{'median s':>10}{'peak MB':>10}{'× floor':>10}")
    for label, seconds, mb in (
        ("floor: plain LongTable, same rows", floor_s, floor_mb),
        ("gather the data (no PDF)", gather_s, gather_mb),
        ("report PDF with vector charts", charts_s, charts_mb),
        ("report PDF without charts", plain_s, plain_mb),
    ):
        print(f"{label:<36}{seconds:>10.3f}{mb:>10.1f}{seconds / floor_s:>10.2f}")


if __name__ == "__main__":
    main()
