"""`perfdesk report`: PDF reports without a window.

    perfdesk report department FILE --unit NAME --period 2026-10 -o OUT.pdf
    perfdesk report action FILE --action ID -o OUT.pdf
    perfdesk report action FILE --unit NAME --open -o OUT.pdf
    perfdesk report meeting FILE [--meeting ID|latest|TITLE] -o OUT.pdf
    perfdesk report person FILE --person NAME|EMPLOYEE_NO -o OUT.pdf

Every kind takes --lang zh|en (default zh). Exit status: 0 written, 1 refused (an
unknown or ambiguous unit, action, meeting or person, listed with the candidates;
OUT exists), 2 FILE is not a usable perfdesk document.
"""

from __future__ import annotations

import argparse
import datetime
import os
import sys
from pathlib import Path
from typing import Any

EXIT_OK, EXIT_FAILED, EXIT_UNUSABLE = 0, 1, 2
_SHOWN = 20  # candidates listed before "… and N more"


def add_parsers(commands: Any) -> None:
    report = commands.add_parser(
        "report",
        help="make a PDF report (department monthly report, improvement-action form, "
        "meeting review record, person archive)",
        description="Exit status: 0 written, 1 unknown or ambiguous unit, action, meeting "
        "or person (the candidates are listed), 2 FILE is not a usable perfdesk document.",
    )
    kinds = report.add_subparsers(dest="report_kind", metavar="KIND", required=True)
    department = kinds.add_parser(
        "department",
        help="the monthly performance-tracking report of a unit (月度业绩跟踪报告)",
    )
    department.add_argument("file", type=Path, metavar="FILE.perfdesk")
    department.add_argument(
        "--unit", required=True, metavar="NAME", help="the unit: its exact name, code or id"
    )
    department.add_argument(
        "--period", required=True, metavar="YYYY-MM", help="the month, e.g. 2026-10"
    )
    department.add_argument("--no-charts", action="store_true", help="leave out the trend charts")
    action = kinds.add_parser(
        "action",
        help="improvement-action forms to hand out and sign (改进行动表), one per page",
    )
    action.add_argument("file", type=Path, metavar="FILE.perfdesk")
    action.add_argument(
        "--action", metavar="ID", help="one action: its id (or the first 4+ characters)"
    )
    action.add_argument("--unit", metavar="NAME", help="the open actions of this unit")
    action.add_argument(
        "--open",
        action="store_true",
        help="with --unit: every open action of the unit (the default with --unit)",
    )
    meeting = kinds.add_parser(
        "meeting",
        help="the review record of a meeting (业绩跟踪会议记录); a meeting not ended prints as "
        "a draft",
    )
    meeting.add_argument("file", type=Path, metavar="FILE.perfdesk")
    meeting.add_argument(
        "--meeting",
        metavar="ID|latest|TITLE",
        default="latest",
        help="the meeting: its id (or first 4+ characters), 'latest' (the newest ended "
        "meeting, the default) or a part of its title",
    )
    person = kinds.add_parser("person", help="the performance archive of a person (业绩跟踪档案)")
    person.add_argument("file", type=Path, metavar="FILE.perfdesk")
    person.add_argument(
        "--person", required=True, metavar="NAME|EMPLOYEE_NO", help="the person's name or number"
    )
    for parser in (department, action, meeting, person):
        parser.add_argument("-o", "--out", required=True, type=Path, metavar="OUT.pdf")
        parser.add_argument(
            "--lang", choices=["zh", "en"], default="zh", help="report language (default zh)"
        )
        parser.add_argument("--force", action="store_true", help="replace OUT if it exists")


def run_report(args: argparse.Namespace) -> int:
    from perfdesk.store.document import Document, DocumentError

    if args.out.exists() and not args.force:
        print(f"perfdesk: {args.out} already exists; use --force to replace it", file=sys.stderr)
        return EXIT_FAILED
    try:
        doc = Document.open(args.file, read_only=True)
    except DocumentError as exc:
        print(f"perfdesk: {exc.path}: {exc.message}", file=sys.stderr)
        return EXIT_UNUSABLE
    try:
        if args.report_kind == "department":
            return _department(doc, args)
        if args.report_kind == "meeting":
            return _meeting(doc, args)
        if args.report_kind == "person":
            return _person(doc, args)
        return _actions(doc, args)
    finally:
        doc.close()


def _unit(doc: Any, file: Path, query: str) -> tuple[str, str] | None:
    from perfdesk.store.exchange.department import UnknownUnit, resolve_unit

    try:
        unit_id, name, _path = resolve_unit(doc.conn, file, query)
        return unit_id, name
    except UnknownUnit as exc:  # AmbiguousUnit too; the message lists the candidates
        print(f"perfdesk: {exc.path}: {exc.message}", file=sys.stderr)
        return None


def _department(doc: Any, args: argparse.Namespace) -> int:
    from perfdesk.reports.department import write_department_report
    from perfdesk.store.report_data import ReportError, department_report

    unit = _unit(doc, args.file, args.unit)
    if unit is None:
        return EXIT_FAILED
    unit_id = unit[0]
    try:
        report = department_report(
            doc.conn, args.file.name, unit_id, args.period, english=args.lang == "en"
        )
    except ReportError as exc:
        print(f"perfdesk: {exc}", file=sys.stderr)
        return EXIT_FAILED
    return _write(
        args.out,
        lambda out: write_department_report(report, out, args.lang, charts=not args.no_charts),
    )


def _actions(doc: Any, args: argparse.Namespace) -> int:
    from perfdesk.reports.action_form import write_action_forms
    from perfdesk.store.report_data import ReportError, action_forms, action_ids_of, find_actions

    if bool(args.action) == bool(args.unit):
        print("perfdesk: give --action ID, or --unit NAME (--open)", file=sys.stderr)
        return EXIT_FAILED
    subject = ""
    if args.action:
        found = find_actions(doc.conn, args.action)
        if len(found) != 1:
            what = "no action matches" if not found else "several actions match"
            print(f"perfdesk: {args.file}: {what} {args.action!r}", file=sys.stderr)
            for action_id, title in found[:_SHOWN]:
                print(f"  {action_id}  {title}", file=sys.stderr)
            return EXIT_FAILED
        ids = [found[0][0]]
    else:
        unit = _unit(doc, args.file, args.unit)
        if unit is None:
            return EXIT_FAILED
        ids = action_ids_of(doc.conn, unit_id=unit[0])
        if not ids:
            print(f"perfdesk: {unit[1]} has no open actions", file=sys.stderr)
            return EXIT_FAILED
        subject = unit[1]
    try:
        forms = action_forms(doc.conn, args.file.name, ids, english=args.lang == "en")
    except ReportError as exc:
        print(f"perfdesk: {exc}", file=sys.stderr)
        return EXIT_FAILED
    return _write(args.out, lambda out: write_action_forms(forms, out, args.lang, subject=subject))


def _meeting(doc: Any, args: argparse.Namespace) -> int:
    from perfdesk.reports.meeting import write_meeting_record
    from perfdesk.store.report_meeting import find_meetings, meeting_record

    found = find_meetings(doc.conn, args.meeting)
    if len(found) != 1:
        if not found and (args.meeting or "latest").strip().lower() == "latest":
            print(f"perfdesk: {args.file}: no meeting has ended yet", file=sys.stderr)
            return EXIT_FAILED
        what = "no meeting matches" if not found else "several meetings match"
        print(f"perfdesk: {args.file}: {what} {args.meeting!r}", file=sys.stderr)
        for choice in found[:_SHOWN]:
            print(f"  {choice.date}  {choice.title}  ({choice.id[:8]})", file=sys.stderr)
        if len(found) > _SHOWN:
            print(f"  … and {len(found) - _SHOWN} more", file=sys.stderr)
        return EXIT_FAILED
    record = meeting_record(doc.conn, args.file.name, found[0].id, english=args.lang == "en")
    return _write(args.out, lambda out: write_meeting_record(record, out, args.lang))


def _person(doc: Any, args: argparse.Namespace) -> int:
    from perfdesk.reports.person import write_person_archive
    from perfdesk.store.report_meeting import find_people, person_report

    found = find_people(doc.conn, args.person)
    if len(found) != 1:
        what = "no person matches" if not found else "several people match"
        print(f"perfdesk: {args.file}: {what} {args.person!r}", file=sys.stderr)
        for choice in found[:_SHOWN]:
            number = choice.employee_no or choice.id[:8]
            print(f"  {choice.name}  {choice.unit or '—'}  {number}", file=sys.stderr)
        if len(found) > _SHOWN:
            print(f"  … and {len(found) - _SHOWN} more", file=sys.stderr)
        return EXIT_FAILED
    report = person_report(doc.conn, args.file.name, found[0].id)
    return _write(args.out, lambda out: write_person_archive(report, out, args.lang))


def _write(out: Path, make: Any) -> int:
    """Write beside OUT and move it in place, so a failed build leaves no half PDF."""
    started = datetime.datetime.now()
    out.parent.mkdir(parents=True, exist_ok=True)
    partial = out.with_name(f".{out.name}.part-{os.getpid()}")
    try:
        pages = make(partial)
        os.replace(partial, out)
    except OSError as exc:  # a full disk, a folder that refuses writes
        why = exc.strerror or str(exc)
        print(f"perfdesk: {out}: it could not be written ({why})", file=sys.stderr)
        return EXIT_FAILED
    finally:
        partial.unlink(missing_ok=True)
    seconds = (datetime.datetime.now() - started).total_seconds()
    print(f"wrote {out} ({pages} pages) in {seconds:.1f} s")
    return EXIT_OK
