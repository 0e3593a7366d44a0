"""Export of goals' targets and actuals to a formatted XLSX (XlsxWriter) or a CSV.

One row per goal (its holder, KPI code, KPI and unit), then for each period its
target, its actual and the status: the actual cell is filled in the status's tint
and its number format puts the status's shape in front of the number (● on target,
▲ warning, ◆ below target — the shapes of ui/widgets/status.py), and the status
column says it in words, so a printout in black and white still tells them apart.
Headers are Chinese (English for an English UI), the header row and the first
columns are frozen, numbers are formatted per KPI (decimals, % for percentages) and
the widths fit the texts.

Every text cell is written with write_string, so a holder named "=HYPERLINK(...)" or
"+1" stays text in Excel and LibreOffice; a text starting with =, +, -, @, a tab or
CR is also prefixed with an apostrophe, so the CSV export (UTF-8 with BOM, which
Excel opens as Chinese) is as safe when opened in a spreadsheet.

XlsxWriter is imported when an export runs (constant_memory mode: rows are written
as they come, so the company year costs no more memory than one row).
"""

from __future__ import annotations

import csv
import io
import sqlite3
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path

from perfdesk.core.kpi import Kpi, Status, rate_and_status
from perfdesk.core.periods import format_period, parse_period
from perfdesk.store.repo_kpi import load_kpis

Progress = Callable[[int, int], None]
SHAPES = {Status.GREEN: "●", Status.AMBER: "▲", Status.RED: "◆", Status.MISSING: "○"}
WORDS = {
    "zh": {
        Status.GREEN: "达标",
        Status.AMBER: "预警",
        Status.RED: "未达标",
        Status.MISSING: "缺数据",
    },
    "en": {
        Status.GREEN: "On target",
        Status.AMBER: "Warning",
        Status.RED: "Below target",
        Status.MISSING: "Missing",
    },
}
TINTS = {Status.GREEN: "#D4E8F5", Status.AMBER: "#FFEE99", Status.RED: "#E3939A"}
HEADERS = {
    "zh": ("责任主体", "指标编码", "指标", "计量单位", "目标", "实际", "达成率", "状态"),
    "en": ("Holder", "KPI code", "KPI", "Unit", "Target", "Actual", "Achievement", "Status"),
}
_DANGEROUS = ("=", "+", "-", "@", "\t", "\r")


@dataclass(frozen=True)
class ExportRow:
    holder: str
    kpi: Kpi
    values: list[tuple[float | None, float | None, float | None]]  # target, max, actual


def safe_text(text: str) -> str:
    """Text a spreadsheet would read as a formula, neutralised with an apostrophe."""
    return "'" + text if text.startswith(_DANGEROUS) else text


def export_rows(
    conn: sqlite3.Connection,
    periods: Sequence[str],
    holder_ids: Sequence[str] | None = None,
    english: bool = False,
    people: bool = False,
) -> list[ExportRow]:
    """The goals of these holders (every unit when None; people too when `people`) for
    the year of the periods, with each period's target and actual, in tree order."""
    kpis = load_kpis(conn, english)
    year = periods[0][:4]
    where = "g.deleted = 0 AND g.archived = 0 AND g.period = ?"
    params: list[object] = [year]
    if holder_ids is not None:
        conn.execute("DROP TABLE IF EXISTS temp.export_holders")
        conn.execute("CREATE TEMP TABLE export_holders (id TEXT PRIMARY KEY)")
        conn.executemany(
            "INSERT OR IGNORE INTO temp.export_holders VALUES (?)", [(h,) for h in holder_ids]
        )
        where += " AND coalesce(g.unit_id, g.person_id) IN (SELECT id FROM temp.export_holders)"
    elif not people:
        where += " AND g.unit_id IS NOT NULL"
    goals = conn.execute(
        "SELECT g.key, coalesce(u.name, p.name), g.kpi_id FROM goals g "
        "LEFT JOIN org_units u ON u.id = g.unit_id LEFT JOIN people p ON p.id = g.person_id "
        f"WHERE {where} ORDER BY u.sort_order, coalesce(u.name, p.name), g.sort_order, g.key",
        params,
    ).fetchall()
    slot = {period: i for i, period in enumerate(periods)}
    values: dict[int, list[tuple[float | None, float | None, float | None]]] = {
        key: [(None, None, None)] * len(periods) for key, _h, _k in goals
    }
    low, high = min(periods), max(periods)
    for goal, period, target, target_max, actual in conn.execute(
        "SELECT v.goal, v.period, v.target, v.target_max, v.actual FROM goal_values v "
        "JOIN goals g ON g.key = v.goal WHERE " + where + " AND v.period BETWEEN ? AND ?",
        (*params, low, high),
    ):
        row = values.get(goal)
        at = slot.get(period)
        if row is not None and at is not None:
            row[at] = (target, target_max, actual)  # each goal's list is its own
    rows = [
        ExportRow(str(holder or ""), kpis[kpi_id], values[key])
        for key, holder, kpi_id in goals
        if kpi_id in kpis
    ]
    if holder_ids is not None:
        conn.execute("DROP TABLE IF EXISTS temp.export_holders")
    return rows


def header_row(periods: Sequence[str], lang: str) -> list[str]:
    words = HEADERS["en" if lang == "en" else "zh"]
    names = list(words[:4])
    for period in periods:
        label = format_period(parse_period(period), lang)
        names += [
            f"{label} {words[4]}",
            f"{label} {words[5]}",
            f"{label} {words[6]}",
            f"{label} {words[7]}",
        ]
    return names


def write_xlsx(
    out: Path,
    rows: Sequence[ExportRow],
    periods: Sequence[str],
    lang: str = "zh",
    title: str = "",
    progress: Progress | None = None,
) -> int:
    """The rows to a formatted workbook; the number of data rows written."""
    import xlsxwriter

    words = WORDS["en" if lang == "en" else "zh"]
    # Zipped in memory and written in one go: XlsxWriter's own zip file, when the disk
    # fills up under it, is left unclosed and prints a traceback when collected.
    buffer = io.BytesIO()
    book = xlsxwriter.Workbook(
        buffer, {"constant_memory": True, "strings_to_formulas": False, "strings_to_urls": False}
    )
    try:
        sheet = book.add_worksheet("KPI")
        head = book.add_format(
            {"bold": True, "bg_color": "#E7E6E6", "border": 1, "text_wrap": True, "valign": "top"}
        )
        text = book.add_format({"border": 1})
        formats: dict[tuple[int, bool, Status | None], object] = {}

        def number_format(decimals: int, percent: bool, status: Status | None) -> object:
            key = (decimals, percent, status)
            if key not in formats:
                body = "#,##0" + ("." + "0" * decimals if decimals else "")
                if percent:
                    body += '"%"'
                spec: dict[str, object] = {"border": 1}
                if status is not None:
                    shape = SHAPES[status]
                    spec["num_format"] = f'"{shape} "{body};"{shape} "-{body}'
                    if status in TINTS:
                        spec["bg_color"] = TINTS[status]
                else:
                    spec["num_format"] = body
                formats[key] = book.add_format(spec)
            return formats[key]

        rate_format = book.add_format({"num_format": "0.0%", "border": 1})
        names = header_row(periods, lang)
        start = 0
        if title:
            sheet.write_string(
                0, 0, safe_text(title), book.add_format({"bold": True, "font_size": 13})
            )
            start = 1
        for col, name in enumerate(names):
            sheet.write_string(start, col, name, head)
        widths = [max(len(n) * 2 if not n.isascii() else len(n), 8) for n in names[:4]]
        total = len(rows)
        labels = {status: f"{SHAPES[status]} {words[status]}" for status in SHAPES}
        write_number, write_string = sheet.write_number, sheet.write_string
        for index, row in enumerate(rows):
            r = start + 1 + index
            kpi = row.kpi
            percent = kpi.unit.strip() == "%"
            for col, value in enumerate((row.holder, kpi.code, kpi.name, kpi.unit)):
                shown = safe_text(value)
                write_string(r, col, shown, text)
                widths[col] = min(max(widths[col], _width(shown)), 50)
            col = 4
            plain_format = number_format(kpi.decimals, percent, None)
            for target, target_max, actual in row.values:
                rate, status = rate_and_status(kpi, target, actual, target_max)
                # An empty target or actual is no cell at all (a blank cell with a format
                # costs as much to write as a number).
                if target is not None:
                    write_number(r, col, target, plain_format)
                if actual is not None:
                    write_number(r, col + 1, actual, number_format(kpi.decimals, percent, status))
                    if rate is not None:
                        write_number(r, col + 2, rate, rate_format)
                write_string(r, col + 3, labels[status], text)
                col += 4
            if progress is not None and index % 2000 == 0:
                progress(index, total)
        for col, width in enumerate(widths):
            sheet.set_column(col, col, width + 2)
        sheet.set_column(4, len(names) - 1, 12)
        sheet.freeze_panes(start + 1, 3)
        sheet.autofilter(start, 0, start + max(total, 1), len(names) - 1)
    finally:
        book.close()
    with open(out, "wb") as handle:
        handle.write(buffer.getbuffer())
    return len(rows)


def _width(text: str) -> int:
    return sum(1 if ord(ch) < 0x1100 else 2 for ch in text[:60])


def write_csv(
    out: Path, rows: Sequence[ExportRow], periods: Sequence[str], lang: str = "zh"
) -> int:
    """The same table as CSV in UTF-8 with a BOM (so Excel reads the Chinese)."""
    words = WORDS["en" if lang == "en" else "zh"]
    with out.open("w", encoding="utf-8-sig", newline="") as handle:
        writer = csv.writer(handle)
        writer.writerow(header_row(periods, lang))
        for row in rows:
            kpi = row.kpi
            cells = [safe_text(v) for v in (row.holder, kpi.code, kpi.name, kpi.unit)]
            for target, target_max, actual in row.values:
                rate, status = rate_and_status(kpi, target, actual, target_max)
                cells += [
                    "" if target is None else f"{target:.{kpi.decimals}f}",
                    "" if actual is None else f"{actual:.{kpi.decimals}f}",
                    "" if rate is None else f"{rate * 100:.1f}%",
                    words[status],
                ]
            writer.writerow(cells)
    return len(rows)


def export_file(
    conn: sqlite3.Connection,
    out: Path,
    periods: Sequence[str],
    holder_ids: Sequence[str] | None = None,
    lang: str = "zh",
    title: str = "",
    people: bool = False,
    progress: Progress | None = None,
) -> int:
    """Export to `out` (.xlsx or .csv by its suffix); the number of goals written.

    The file is written beside `out` under a hidden part name and moved in place when
    whole, so a full disk or a refused folder never leaves half a file under the name
    the user chose (nor replaces an earlier export with one); the OSError is raised
    (XlsxWriter's own FileCreateError unwrapped)."""
    import os

    out = Path(out)
    rows = export_rows(conn, periods, holder_ids, lang == "en", people)
    part = out.with_name(f".{out.name}.part-{os.getpid()}")
    try:
        if out.suffix.lower() == ".csv":
            count = write_csv(part, rows, periods, lang)
        else:
            count = write_xlsx(part, rows, periods, lang, title, progress)
        os.replace(part, out)
    except Exception as exc:
        part.unlink(missing_ok=True)
        cause = exc.args[0] if exc.args else None
        if not isinstance(exc, OSError) and isinstance(cause, OSError):
            raise cause from None  # xlsxwriter.exceptions.FileCreateError(OSError)
        raise
    return count


def periods_of(period: str) -> list[str]:
    """The entry months an export of `period` shows: a month itself; a year, quarter or
    half its months."""
    from perfdesk.core.periods import Granularity

    parsed = parse_period(period)
    if parsed.granularity in (Granularity.MONTH, Granularity.TEN_DAY, Granularity.WEEK):
        return [parsed.key]
    return [p.key for p in parsed.children(Granularity.MONTH)]


def unit_holders(conn: sqlite3.Connection, path: Path, query: str) -> list[str]:
    """The unit `query` names (id, name or code), its units below and their people."""
    from perfdesk.store.exchange.department import resolve_unit

    unit_id, _name, _path = resolve_unit(conn, path, query)
    return holders_below(conn, unit_id)


def holders_below(conn: sqlite3.Connection, holder_id: str) -> list[str]:
    """A unit with its units below and their people (ids); a person alone."""
    if conn.execute("SELECT 1 FROM people WHERE id = ?", (holder_id,)).fetchone():
        return [holder_id]
    units = [
        str(row[0])
        for row in conn.execute(
            "WITH RECURSIVE t(id) AS (SELECT ? UNION SELECT u.id FROM org_units u JOIN t "
            "ON u.parent_id = t.id WHERE u.deleted = 0) SELECT id FROM t",
            (holder_id,),
        )
    ]
    people: list[str] = []
    for start in range(0, len(units), 500):
        chunk = units[start : start + 500]
        people += [
            str(row[0])
            for row in conn.execute(
                "SELECT id FROM people WHERE deleted = 0 AND unit_id IN "
                f"({','.join('?' * len(chunk))})",
                chunk,
            )
        ]
    return units + people
