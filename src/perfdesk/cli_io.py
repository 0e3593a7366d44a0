"""`perfdesk import` and `perfdesk export`: actuals from an ERP/CRM/finance export, and
the goals' targets and actuals to a formatted XLSX or a CSV, without a window.

    perfdesk import FILE.perfdesk DATA.csv|.xlsx [--mapping M.json] [--year 2026] [--dry-run]
    perfdesk export FILE.perfdesk --period 2026-10 [--unit NAME] [--lang zh|en] -o OUT.xlsx|OUT.csv

Import exit status: 0 applied (or nothing to change, or a dry run with no refused
row), 1 rejected (refused rows listed with their row numbers; nothing written), 2 a
data file or document that cannot be read.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import Any

EXIT_OK, EXIT_FAILED, EXIT_UNUSABLE = 0, 1, 2
_SHOWN = 50


def add_parsers(commands: Any) -> None:
    imp = commands.add_parser(
        "import",
        help="import actuals from a CSV/XLSX export (all or nothing, after a backup)",
        description="Exit status: 0 applied, 1 rejected with reasons, 2 unreadable.",
    )
    imp.add_argument("file", type=Path, metavar="FILE.perfdesk")
    imp.add_argument("data", type=Path, metavar="DATA")
    imp.add_argument("--mapping", type=Path, metavar="M.json", help="which column is what")
    imp.add_argument("--year", type=int, help="the year of periods written without one (10月)")
    imp.add_argument("--dry-run", action="store_true", help="report only; write nothing")
    exp = commands.add_parser(
        "export",
        help="export targets and actuals of a period to a formatted XLSX (or CSV)",
        description="A month shows that month; a year or quarter its months.",
    )
    exp.add_argument("file", type=Path, metavar="FILE.perfdesk")
    exp.add_argument("--period", required=True, help="2026-10, 2026-Q3 or 2026")
    exp.add_argument("--unit", help="one unit (id, name or code) with its teams and people")
    exp.add_argument("--lang", choices=["zh", "en"], default="zh")
    exp.add_argument("-o", "--out", type=Path, required=True, metavar="OUT.xlsx")


def run_import(args: argparse.Namespace) -> int:
    from perfdesk.core.import_mapping import Mapping
    from perfdesk.store.document import Document, DocumentError
    from perfdesk.store.import_actuals import apply_import, plan_import, read_source
    from perfdesk.store.import_files import ImportFileError
    from perfdesk.store.ops import OpError

    mapping = None
    if args.mapping is not None:
        try:
            mapping = Mapping.from_json(args.mapping.read_text(encoding="utf-8"))
        except (OSError, ValueError) as exc:
            print(f"perfdesk: {args.mapping}: not a usable mapping: {exc}", file=sys.stderr)
            return EXIT_UNUSABLE
    try:
        doc = Document.open(args.file)
    except DocumentError as exc:
        print(f"perfdesk: {exc.path}: {exc.message}", file=sys.stderr)
        return EXIT_UNUSABLE
    if doc.read_only and not args.dry_run:  # a write-protected file or folder
        print(
            f"perfdesk: {args.file}: it can only be opened read-only "
            f"({doc.read_only_reason}); nothing was imported",
            file=sys.stderr,
        )
        doc.close()
        return EXIT_FAILED
    try:
        try:
            source = read_source(args.data, mapping)
        except ImportFileError as exc:
            print(
                f"perfdesk: {exc.path}: cannot read it: {_FILE_ERRORS.get(exc.code, exc.code)}"
                f"{' (' + exc.detail + ')' if exc.detail else ''}",
                file=sys.stderr,
            )
            return EXIT_UNUSABLE
        if mapping is None:
            mapping, said = _remembered_or_guessed(args, source)
            if mapping.sheet:  # the layout remembered is on another sheet than the first
                source = read_source(args.data, mapping)
        else:
            said = f"mapping: {args.mapping} (--mapping)"
            if args.year:
                mapping.year = args.year
        print(said)
        plan = plan_import(doc, args.data, mapping, source=source)
        _print_plan(plan)
        if plan.missing_columns:
            print(
                "perfdesk: cannot map the columns: no "
                + ", ".join(plan.missing_columns)
                + " column in the header; name them with --mapping M.json. "
                "Nothing was imported",
                file=sys.stderr,
            )
            return EXIT_FAILED
        if not plan.ok:
            print(
                f"rejected: {len(plan.of_kind('refused'))} rows refused; nothing was imported",
                file=sys.stderr,
            )
            return EXIT_FAILED
        if args.dry_run:
            print("dry run: nothing was written")
            return EXIT_OK
        result = apply_import(doc, plan)
        if result.backup is None:
            print("nothing to import: every value is already in the document")
        else:
            print(f"imported {result.written:,} values; backup of the document: {result.backup}")
            print(f"  undo with: perfdesk merge {args.file} --undo")
        return EXIT_OK
    except DocumentError as exc:
        print(f"perfdesk: {exc}", file=sys.stderr)
        return EXIT_FAILED
    except OpError as exc:  # not saved (a full disk, busy) or refused by the checks
        print(f"perfdesk: {args.file}: {exc}", file=sys.stderr)
        return EXIT_FAILED
    finally:
        doc.close()


def _remembered_or_guessed(args: argparse.Namespace, source: Any) -> tuple[Any, str]:
    """The mapping File → Import Actuals… remembered for this header layout, else one
    guessed from the header; and a line saying which."""
    from perfdesk.core.import_mapping import guess_mapping, header_signature
    from perfdesk.store.import_actuals import load_mapping
    from perfdesk.ui.settings import import_mapping_folder

    folder = import_mapping_folder()
    signature = header_signature(source[1].names)
    mapping = load_mapping(folder, signature)
    if mapping is None:
        return guess_mapping(source[1].names, args.year), (
            "mapping: guessed from the header (none remembered for this layout; "
            "the dialog remembers one after an import, or give --mapping)"
        )
    if args.year:
        mapping.year = args.year
    return mapping, f"mapping: remembered for this layout ({folder / (signature + '.json')})"


_FILE_ERRORS = {
    "missing": "no such file",
    "too_big": "larger than the 50 MB an import reads",
    "not_xlsx": "not an XLSX workbook, whatever its name says",
    "not_xls": "not an XLS workbook, whatever its name says",
    "not_text": "not a text (CSV) file, whatever its name says",
    "encrypted": "the workbook is password-protected: save it without a password",
    "damaged": "the file is damaged",
    "bomb": "it unpacks to far more than a sheet of actuals (refused as a zip bomb)",
    "entities": "its XML declares entities (refused: an entity bomb)",
    "encoding": "the text is in no known encoding",
    "too_many_rows": "more than 1,000,000 rows",
    "too_many_columns": "more than 500 columns",
    "no_sheet": "no such sheet",
    "unsupported": "not a CSV, XLSX or XLS file",
    "empty": "the file is empty",
}


def _print_plan(plan: Any) -> None:
    header = plan.header
    print(
        f"{plan.path}: {len(plan.table.rows):,} rows"
        + (f", sheet {plan.table.sheet}" if plan.table.sheet else "")
        + (f", {plan.table.encoding}" if plan.table.encoding else "")
    )
    for line in header.title_lines:
        print(f"  title: {line[:100]}")
    print(
        f"  header: row {header.row + 1}"
        + (f" (two rows from {header.row})" if header.rows == 2 else "")
        + ": "
        + " | ".join(n for n in header.names if n)[:200]
    )
    m = plan.mapping
    columns = f"holder={m.holder!r} kpi={m.kpi!r}"
    columns += (
        f" months={len(m.months)} year={m.year}"
        if m.wide
        else f" period={m.period!r} value={m.value!r}"
    )
    print(f"  columns: {columns}")
    counts = plan.counts()
    print(
        "  new {}, changed {}, unchanged {}, refused {}, totals rows {}".format(
            counts.get("new", 0),
            counts.get("change", 0),
            counts.get("same", 0),
            counts.get("refused", 0),
            counts.get("total", 0),
        )
    )
    for out in plan.of_kind("total"):
        print(f"  row {out.row}: totals row, not imported")
    refused = plan.of_kind("refused")
    for out in refused[:_SHOWN]:
        where = f" [{out.column}]" if plan.mapping.wide else ""
        print(f"  row {out.row}{where}: refused: {out.reason}")
    if len(refused) > _SHOWN:
        print(f"  … and {len(refused) - _SHOWN} more refused rows")
    for out in plan.of_kind("change")[:_SHOWN]:
        print(f"  row {out.row}: {out.holder} {out.kpi} {out.period}: {out.old:g} -> {out.new:g}")


def run_export(args: argparse.Namespace) -> int:
    from perfdesk.core.periods import PeriodError
    from perfdesk.store.document import Document, DocumentError
    from perfdesk.store.export_grid import export_file, periods_of, unit_holders

    if args.out.suffix.lower() not in (".xlsx", ".csv"):
        print("perfdesk: -o must end in .xlsx or .csv", file=sys.stderr)
        return EXIT_FAILED
    try:
        periods = periods_of(args.period)
    except PeriodError as exc:
        print(f"perfdesk: {exc}", file=sys.stderr)
        return EXIT_FAILED
    try:
        doc = Document.open(args.file, read_only=True)
    except DocumentError as exc:
        print(f"perfdesk: {exc.path}: {exc.message}", file=sys.stderr)
        return EXIT_UNUSABLE
    try:
        holders = None
        title = f"{doc.meta('name')} {args.period}"
        if args.unit:
            holders = unit_holders(doc.conn, doc.path, args.unit)
            title = f"{args.unit} {args.period}"
        count = export_file(doc.conn, args.out, periods, holders, args.lang, title)
    except DocumentError as exc:
        print(f"perfdesk: {exc.path}: {exc.message}", file=sys.stderr)
        return EXIT_FAILED
    except OSError as exc:
        why = exc.strerror or str(exc)
        print(f"perfdesk: {args.out}: it could not be written ({why})", file=sys.stderr)
        return EXIT_FAILED
    finally:
        doc.close()
    print(f"wrote {count:,} goals × {len(periods)} periods to {args.out}")
    return EXIT_OK
