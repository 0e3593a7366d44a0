"""Two reports of the company demo, each next to a floor measured in the same run.

1. The department monthly report of the department with the most people in the
   company demo (`perfdesk demo --size company`): gathering its data
   (store/report_data.py, no PDF), the PDF with its vector trend charts, and without.
2. The meeting review record of a company-size meeting: no demo meeting is that
   large, so one is held on a copy of the file through the ops layer, as run mode
   holds it — every department speaking (its KPIs frozen at the start), three issues
   raised per department, each made an action, three minutes (information, decision,
   action) per item — then ended. Gathering the record (store/report_meeting.py) and its PDF.

For each: the median CPU time of the process (time.process_time: the machine is
shared, and wall time counts the other jobs' turns; runs without tracemalloc) and the
peak Python memory (one more run under tracemalloc), and the floor:
reportlab building a plain table document of the same rows (as plain strings in one
LongTable with a repeated header) in the same font, no Paragraphs, no charts, no page
frame. The goal is a report within 1.5 × its floor.

    python benchmarks/reports.py [--file company.perfdesk] [--runs 5]

Without --file the company demo is built first (about a minute).
"""

from __future__ import annotations

import argparse
import datetime
import io
import re
import shutil
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
from perfdesk.reports.meeting import write_meeting_record
from perfdesk.reports.pdf import FONT, register_font
from perfdesk.store.document import Document
from perfdesk.store.report_data import DepartmentReport, department_report
from perfdesk.store.report_meeting import MeetingRecord, meeting_record

PERIOD = "2026-10"
TODAY = datetime.date(2026, 11, 23)
MADE = datetime.datetime(2026, 11, 23, 9, 0)


def measure(runs: int, job: Callable[[], object]) -> tuple[float, float, object]:
    """(median CPU seconds, peak MB of Python allocations, the last result).

    The times are taken without tracemalloc (which slows allocation-heavy Python ten
    times over, and unevenly), then one more run under it gives the peak."""
    times, result = [], None
    for _ in range(runs):
        started = time.process_time()
        result = job()
        times.append(time.process_time() - started)
    tracemalloc.start()
    job()
    peak = tracemalloc.get_traced_memory()[1] / 1e6
    tracemalloc.stop()
    return statistics.median(times), peak, result


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


def hold_company_meeting(path: Path) -> str:
    """A meeting with every department speaking, held and ended through the ops layer on
    `path` (a copy); its id."""
    from perfdesk.core.agenda import PlanItem
    from perfdesk.core.meeting import AgendaKind
    from perfdesk.core.meeting_clock import EventKind
    from perfdesk.store import ops
    from perfdesk.store.ops.meetings import IssueDraft, MeetingForm

    start = 1_793_700_000_000  # 2026-11-03, a morning
    with Document.open(path) as doc:
        departments = doc.conn.execute(
            "SELECT id, name, manager_id FROM org_units WHERE kind = 'department' "
            "AND deleted = 0 AND archived = 0 AND manager_id IS NOT NULL "
            "ORDER BY sort_order, name"
        ).fetchall()
        chair = departments[0][2]
        made = ops.add_meeting(
            doc,
            MeetingForm(
                title="2026年10月公司业绩跟踪会议（全体部门）",
                kind="monthly",
                date="2026-11-03",
                planned_minutes=600,
                start_time="08:30",
                place="总部报告厅",
                period=PERIOD,
                chair_id=chair,
                secretary_id=departments[1][2],
                minute_taker_id=departments[2][2],
                attendees=[(d[2], "present") for d in departments],
            ),
        )
        meeting = str(made.row_id)
        items = [PlanItem(AgendaKind.OPENING, "开场", 5)]
        items += [
            PlanItem(AgendaKind.SPEAKER, f"{name}业绩汇报", 8, "", manager, unit)
            for unit, name, manager in departments
        ]
        items += [PlanItem(AgendaKind.DISCUSSION, "问题解决", 60)]
        ops.set_agenda(doc, meeting, items)
        ops.start_meeting(doc, meeting, start)
        stored = [
            row[0]
            for row in doc.conn.execute(
                "SELECT id FROM agenda_items WHERE meeting_id = ? AND deleted = 0 "
                "ORDER BY position",
                (meeting,),
            )
        ]
        at = start
        for index, item in enumerate(stored):
            at += (7 + index % 4) * 60_000  # some over their 8 minutes, some under
            for kind, text in (
                ("information", "汇报本月指标完成情况，说明偏差及内外部原因。"),
                ("decision", f"第{index + 1}项：改进计划按期推进，下次会议复核。"),
                ("action", "责任人于三个工作日内提交改进行动表。"),
            ):
                ops.save_minute_entry(doc, meeting, item, kind, text)
            if 0 < index <= len(departments):
                unit, name, manager = departments[index - 1]
                for number in range(3):
                    issue = ops.add_issue(
                        doc,
                        IssueDraft(
                            meeting_id=meeting,
                            description=f"{name}问题{number + 1}：指标未达目标，原因待查",
                            cause="external" if number == 2 else "internal",
                            agenda_item_id=item,
                            related_unit_ids=[unit],
                            responsible_unit_id=unit,
                            owner_id=manager,
                            due_date="2026-12-15",
                            solution="制定改进计划，每旬报告进度",
                        ),
                    )
                    ops.issue_to_action(doc, str(issue.row_id))
            ops.record_event(doc, meeting, EventKind.NEXT, at)
        ops.end_meeting(doc, meeting, at + 60_000)
    return meeting


def meeting_rows(record: MeetingRecord) -> list[list[str]]:
    """The record's rows as plain strings, eight columns each."""
    rows = [
        [str(a.number), a.title, a.speaker, str(a.planned_seconds), str(a.actual_seconds)]
        + [""] * 3
        for a in record.agenda
    ]
    for group in record.snapshot:
        for line in group.lines:
            rows.append(
                [
                    line.kpi.name,
                    str(line.target),
                    str(line.actual),
                    str(line.achievement),
                    line.status.value,
                    str(line.gap),
                    line.internal_cause,
                    line.internal_measures,
                ]
            )
    for issue in record.issues:
        rows.append(
            [
                issue.description,
                issue.cause,
                issue.responsible_unit,
                issue.owner,
                issue.due_date,
                issue.solution,
                "",
                "",
            ]
        )
    for action in record.actions:
        rows.append(
            [
                action.title,
                action.start_date,
                action.due_date,
                action.responsible_unit,
                str(action.expected),
                action.measures,
                action.owner,
                "",
            ]
        )
    rows += [[m.kind, m.text] + [""] * 6 for m in record.minutes]
    return rows


def wrapped(rows: list[list[str]]) -> list[list[str]]:
    """The rows with each cell wrapped to an eighth of the text width, as the report's
    cells wrap: the same text on about as many pages as the report (the plain floor
    runs long text past its cell on one line, so it has half the pages)."""
    from reportlab.lib.units import mm

    from perfdesk.reports.pdf import CONTENT_WIDTH_MM, wrap_lines

    width = CONTENT_WIDTH_MM / 8 * mm - 6
    return [["\n".join(wrap_lines(cell, width, 8)) for cell in row] for row in rows]


def plain_document(rows: list[list[str]]) -> bytes:
    from reportlab.lib.pagesizes import A4
    from reportlab.platypus import LongTable, SimpleDocTemplate

    register_font()
    out = io.BytesIO()
    doc = SimpleDocTemplate(out, pagesize=A4)
    header = [f"c{i}" for i in range(8)]
    table = LongTable(
        [header, *rows],
        colWidths=[doc.width / 8] * 8,
        repeatRows=1,
        splitInRow=1,
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
    table(
        [
            ("floor: plain LongTable, same rows", floor_s, floor_mb),
            ("gather the data (no PDF)", gather_s, gather_mb),
            ("report PDF with vector charts", charts_s, charts_mb),
            ("report PDF without charts", plain_s, plain_mb),
        ],
        floor_s,
        floor_mb,
    )

    # -- the meeting review record of a company-size meeting ---------------------------
    copy = Path(tempfile.mkdtemp()) / "meeting.perfdesk"
    shutil.copy(path, copy)
    held = time.perf_counter()
    meeting = hold_company_meeting(copy)
    held_s = time.perf_counter() - held
    with Document.open(copy, read_only=True) as doc:

        def gather_record() -> MeetingRecord:
            return meeting_record(doc.conn, copy.name, meeting)

        record_s, record_mb, record = measure(args.runs, gather_record)
    assert isinstance(record, MeetingRecord)

    def record_pdf() -> int:
        return write_meeting_record(record, io.BytesIO(), "zh")

    rows = meeting_rows(record)
    lines = wrapped(rows)
    mfloor_s, mfloor_mb, mfloor_pdf = measure(args.runs, lambda: plain_document(rows))
    wfloor_s, wfloor_mb, wfloor_pdf = measure(args.runs, lambda: plain_document(lines))
    mpdf_s, mpdf_mb, mpages = measure(args.runs, record_pdf)
    print()
    print(
        f"meeting: {len(record.agenda)} agenda items, {len(record.snapshot)} departments "
        f"with {sum(len(g.lines) for g in record.snapshot)} frozen KPI rows, "
        f"{len(record.issues)} issues, {len(record.actions)} actions, "
        f"{len(record.minutes)} minutes (held through ops in {held_s:.0f} s)"
    )
    print(
        f"record: {mpages} pages; floor document: {len(rows)} rows, {pages_of(mfloor_pdf)} "
        f"pages; wrapped floor: {pages_of(wfloor_pdf)} pages"
    )
    table(
        [
            ("floor: plain LongTable, same rows", mfloor_s, mfloor_mb),
            ("wrapped floor: same rows and lines", wfloor_s, wfloor_mb),
            ("gather the record (no PDF)", record_s, record_mb),
            ("record PDF (charts included)", mpdf_s, mpdf_mb),
        ],
        mfloor_s,
        mfloor_mb,
    )
    print(f"record PDF × wrapped floor: {mpdf_s / wfloor_s:.2f}")


def pages_of(pdf: object) -> int:
    """Pages of a PDF made in memory (its page objects counted)."""
    assert isinstance(pdf, bytes)
    return len(re.findall(rb"/Type /Page\b(?!s)", pdf))


def table(lines: list[tuple[str, float, float]], floor_s: float, floor_mb: float) -> None:
    print(f"{'step':<36}{'median s':>10}{'peak MB':>10}{'× floor':>10}{'MB × floor':>12}")
    for label, seconds, mb in lines:
        print(
            f"{label:<36}{seconds:>10.3f}{mb:>10.1f}{seconds / floor_s:>10.2f}"
            f"{mb / floor_mb:>12.2f}"
        )


if __name__ == "__main__":
    main()
