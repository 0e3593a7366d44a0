"""Opening a file of actuals (CSV, XLSX, XLS) as rows of cells, within stated bounds.

Bounds (refused before reading the rows, each with its own reason):
- any file above MAX_FILE_BYTES (50 MB) on disk: a 1 GB CSV is refused from its size,
  never read;
- XLSX: a ZIP whose members unpack to more than MAX_UNPACKED (200 MB) in total, or
  any member packed more than MAX_RATIO (100×) — a zip bomb is refused from the ZIP
  directory alone, before anything is inflated; XML that declares a DOCTYPE or an
  entity (an entity bomb) is refused by reading the first 64 KB of each XML member;
- more than MAX_ROWS (1,000,000) rows or MAX_COLUMNS (500) columns, or a sheet whose
  rectangle holds more than MAX_CELLS (5,000,000) cells. For XLSX these are read from
  the cell references in the sheet's XML before calamine sees it: calamine lays a sheet
  out as one dense rectangle, so a 1 KB file with cells A1 and XFD1048576 would ask for
  17 billion cells and abort the whole process (a Rust allocation failure is no
  exception). Cells without a reference are placed after the previous one, as calamine
  does; the scan trusts the references it finds, a sheet without any is bounded by its
  unpacked size.
A file whose bytes are not what its extension says, a password-protected XLSX (an OLE
compound file holding an EncryptedPackage), a damaged one, text in no known encoding:
each is an ImportFileError with a code the window translates.

CSV: UTF-8 with or without BOM, else GB18030 (a superset of GBK and GB2312), decided
from the bytes; comma, semicolon or tab, sniffed from the first lines. XLSX/XLS/ODS:
python-calamine (imported here, never at start-up), dates as dates, merged cells
filled from their top-left cell.
"""

from __future__ import annotations

import csv
import io
import re
import zipfile
import zlib
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import IO, Any, cast

from perfdesk.core.import_mapping import Cell

MAX_FILE_BYTES = 50 * 1024 * 1024
MAX_UNPACKED = 200 * 1024 * 1024
MAX_RATIO = 100
MAX_ROWS = 1_000_000
MAX_COLUMNS = 500
MAX_CELLS = 5_000_000  # about 100 bytes each once read: 500 MB
_XML_HEAD = 64 * 1024
_OLE = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"
SPREADSHEETS = (".xlsx", ".xlsm", ".xls", ".ods")


class ImportFileError(Exception):
    """A file that cannot be read as a table. Codes: missing, too_big, not_xlsx,
    not_xls, not_text, encrypted, damaged, bomb, entities, encoding, too_many_rows,
    too_many_columns, no_sheet, unsupported, empty."""

    def __init__(self, code: str, path: Path, detail: str = "") -> None:
        self.code = code
        self.path = path
        self.detail = detail
        super().__init__(f"{path.name}: {code}{': ' + detail if detail else ''}")


@dataclass
class Table:
    """A sheet's rows (as the user sees them: row i is Excel's row i + 1)."""

    rows: list[list[Cell]]
    sheet: str
    sheets: list[str]
    encoding: str = ""
    delimiter: str = ""


def read_table(
    path: Path,
    sheet: str = "",
    encoding: str = "",
    cancelled: Callable[[], bool] | None = None,
) -> Table:
    """The rows of `path` (a CSV, or one sheet of a workbook: `sheet` or the first)."""
    path = Path(path)
    try:
        size = path.stat().st_size
    except OSError as error:
        raise ImportFileError("missing", path, str(error)) from None
    if size > MAX_FILE_BYTES:
        raise ImportFileError("too_big", path, f"{size:,} bytes; at most {MAX_FILE_BYTES:,}")
    if size == 0:
        raise ImportFileError("empty", path)
    with path.open("rb") as handle:
        head = handle.read(8)
    suffix = path.suffix.lower()
    if suffix in SPREADSHEETS:
        return _read_workbook(path, suffix, head, sheet, cancelled)
    if suffix not in (".csv", ".txt", ".tsv", ""):
        raise ImportFileError("unsupported", path, suffix)
    if head.startswith(b"PK\x03\x04") or head.startswith(_OLE):
        raise ImportFileError("not_text", path, "a spreadsheet or archive named .csv")
    return _read_csv(path, encoding)


def _read_csv(path: Path, encoding: str) -> Table:
    data = path.read_bytes()
    if b"\x00" in data[:65536]:
        raise ImportFileError("not_text", path, "binary bytes (NUL)")
    text, used = _decode(path, data, encoding)
    sample = "\n".join(text[:65536].splitlines()[:20])
    delimiter = _sniff(sample)
    rows: list[list[Cell]] = []
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=delimiter)
    try:
        for row in reader:
            if len(row) > MAX_COLUMNS:
                raise ImportFileError("too_many_columns", path, f"{len(row)}")
            rows.append(list(row))
            if len(rows) > MAX_ROWS:
                raise ImportFileError("too_many_rows", path, f"more than {MAX_ROWS:,}")
    except csv.Error as error:
        raise ImportFileError("damaged", path, str(error)) from None
    return Table(rows, "", [], used, delimiter)


def _decode(path: Path, data: bytes, encoding: str) -> tuple[str, str]:
    if data.startswith(b"\xef\xbb\xbf"):
        return data[3:].decode("utf-8", errors="strict"), "utf-8-sig"
    wanted = (encoding or "").lower().replace("_", "-")
    if wanted in ("utf-8", "utf8"):
        try:
            return data.decode("utf-8"), "utf-8"
        except UnicodeDecodeError as error:
            hint = ""
            try:
                data.decode("gb18030")
                hint = "the text looks like GBK/GB18030"
            except UnicodeDecodeError:
                pass
            raise ImportFileError(
                "encoding", path, f"not UTF-8 at byte {error.start}; {hint}".strip("; ")
            ) from None
    if wanted and wanted not in ("gbk", "gb18030", "gb2312"):
        raise ImportFileError("encoding", path, f"unknown encoding {encoding}")
    if not wanted:
        try:
            return data.decode("utf-8"), "utf-8"
        except UnicodeDecodeError:
            pass
    try:
        return data.decode("gb18030"), "gb18030"
    except UnicodeDecodeError as error:
        raise ImportFileError(
            "encoding", path, f"neither UTF-8 nor GBK/GB18030 (byte {error.start})"
        ) from None


def _sniff(sample: str) -> str:
    try:
        return csv.Sniffer().sniff(sample, delimiters=",;\t").delimiter
    except csv.Error:
        counts = {d: sample.count(d) for d in (",", ";", "\t")}
        return max(counts, key=lambda d: counts[d]) if any(counts.values()) else ","


def _check_zip(path: Path) -> None:
    """Refuse a zip bomb or an entity bomb before calamine inflates anything."""
    try:
        with zipfile.ZipFile(path) as archive:
            members = archive.infolist()
            if len(members) > 10_000:
                raise ImportFileError("bomb", path, f"{len(members)} members")
            total = 0
            for member in members:
                total += member.file_size
                packed = max(member.compress_size, 1)
                if member.file_size > 1024 * 1024 and member.file_size / packed > MAX_RATIO:
                    raise ImportFileError(
                        "bomb",
                        path,
                        f"{member.filename} unpacks {member.file_size:,} bytes from "
                        f"{member.compress_size:,} (over {MAX_RATIO}×)",
                    )
            if total > MAX_UNPACKED:
                raise ImportFileError(
                    "bomb", path, f"unpacks to {total:,} bytes; at most {MAX_UNPACKED:,}"
                )
            names = {m.filename for m in members}
            if "[Content_Types].xml" not in names:
                raise ImportFileError("not_xlsx", path, "a ZIP without a workbook")
            for member in members:
                if not member.filename.endswith((".xml", ".rels")):
                    continue
                with archive.open(member) as handle:
                    head = handle.read(_XML_HEAD)
                    if b"<!DOCTYPE" in head or b"<!ENTITY" in head:
                        raise ImportFileError("entities", path, member.filename)
                    if _SHEET.search(member.filename):
                        _check_extent(path, member.filename, head, handle)
                    elif member.filename == "content.xml":  # ODS: repeats, not references
                        _check_ods_extent(path, head + handle.read())
    except (zipfile.BadZipFile, zlib.error, EOFError) as error:  # a damaged deflate stream
        raise ImportFileError("damaged", path, str(error)) from None
    except (OSError, RuntimeError, NotImplementedError) as error:  # encrypted member, …
        raise ImportFileError("damaged", path, str(error)) from None


_SHEET = re.compile(r"(?:^|/)worksheets/[^/]+\.xml$")
_CHUNK = 4 * 1024 * 1024
_OVERLAP = 32


def _check_extent(path: Path, name: str, head: bytes, handle: IO[bytes]) -> None:
    """Refuse a sheet whose cell references reach beyond MAX_ROWS or MAX_COLUMNS, or
    whose rectangle would hold more than MAX_CELLS cells. A few regular-expression
    searches over the XML (C speed, no match objects for ordinary references): first
    the widest column class present, then whether any row is beyond what that width
    allows. A reference cut by a chunk's end is seen whole in the next, which starts a
    little before it."""
    data = head + handle.read(_CHUNK)
    tail = b""
    widest = 0  # index into _WIDTHS of the widest column class seen so far
    while data:
        text = tail + data
        if b"r='" in text:
            text = text.replace(b"r='", b'r="').replace(b"'", b'"')
        # The narrowest class first: most files stay within a few columns, and each
        # class's search also finds anything wider.
        while widest + 1 < len(_WIDTHS) and _WIDTHS[widest + 1][1].search(text):
            widest += 1
        if widest == len(_WIDTHS) - 1 and _TOO_WIDE.search(text):
            raise ImportFileError("too_many_columns", path, f"{name} reaches beyond {MAX_COLUMNS}")
        columns, beyond, long_enough = _WIDTHS[widest][0], _WIDTHS[widest][2], _WIDTHS[widest][3]
        # A row beyond the bound has at least as many digits as the bound: that simpler
        # search (a third of the time on a 100,000-row sheet) goes first.
        if long_enough.search(text) and beyond.search(text):
            if _TOO_LONG.search(text):
                raise ImportFileError("too_many_rows", path, f"{name} reaches beyond {MAX_ROWS:,}")
            raise ImportFileError(
                "too_many_rows",
                path,
                f"{name} spans more than {MAX_CELLS // columns:,} rows of up to {columns} "
                f"columns; at most {MAX_CELLS:,} cells",
            )
        tail = text[-_OVERLAP:]
        data = handle.read(_CHUNK)


_ODS_TOKEN = re.compile(
    rb"<table:table-row\b([^>]*?)(/?)>|</table:table-row>|"
    rb"<table:(?:covered-)?table-cell\b([^>]*)>|<table:table\b"
)
_ROWS_REPEATED = re.compile(rb'number-rows-repeated="([0-9]+)"')
_COLUMNS_REPEATED = re.compile(rb'number-columns-repeated="([0-9]+)"')


def _check_ods_extent(path: Path, xml: bytes) -> None:
    """The ODS form of _check_extent: a row or cell may say it is repeated a million
    times, and calamine lays the repeats out. The extent of the cells that hold a value
    (office:value-type), repeats counted, must stay within the same bounds."""
    rows = columns = 0
    row = 0  # rows before the current one
    column = 0
    repeat = 1
    for found in _ODS_TOKEN.finditer(xml):
        token = found.group(0)
        if token.startswith(b"<table:table-row"):
            times = _ROWS_REPEATED.search(found.group(1) or b"")
            repeat = int(times.group(1)) if times else 1
            column = 0
            if found.group(2):  # an empty row
                row += repeat
        elif token.startswith(b"</table:table-row"):
            row += repeat
        elif token.startswith(b"<table:table-cell") or token.startswith(b"<table:covered"):
            attributes = found.group(3) or b""
            times = _COLUMNS_REPEATED.search(attributes)
            span = int(times.group(1)) if times else 1
            column += span
            if b"value-type" in attributes:
                rows = max(rows, row + repeat)
                columns = max(columns, column)
        else:  # another sheet starts
            row = column = 0
        if rows > MAX_ROWS:
            raise ImportFileError("too_many_rows", path, f"content.xml reaches row {rows:,}")
        if columns > MAX_COLUMNS:
            raise ImportFileError(
                "too_many_columns", path, f"content.xml reaches column {columns:,}"
            )
        if rows * columns > MAX_CELLS:
            raise ImportFileError(
                "too_many_rows",
                path,
                f"content.xml spans {rows:,} rows × {columns:,} columns; "
                f"at most {MAX_CELLS:,} cells",
            )


def _greater(number: int) -> str:
    """A regular expression for a whole decimal number greater than `number`."""
    digits = str(number)
    options = [f'[0-9]{{{len(digits) + 1},}}"']
    for index, digit in enumerate(digits):
        if digit != "9":
            rest = len(digits) - index - 1
            options.append(f'{digits[:index]}[{int(digit) + 1}-9][0-9]{{{rest}}}"')
    return "(?:" + "|".join(options) + ")"


def _ref(letters: str, number: str) -> re.Pattern[bytes]:
    # A literal start keeps the search at C speed; single quotes are made double first.
    letters = re.sub("[A-Z]-[A-Z]", lambda m: m[0] + m[0].lower(), letters)
    return re.compile(f'r="{letters}{number}'.encode())


_ANY_COLUMN = "[A-Za-z]{0,3}"
_TOO_WIDE = _ref("(?:[A-Z]{3,}|[T-Z][A-Z]|[Ss][G-Z])", "[0-9]")  # beyond SF = 500
_TOO_LONG = _ref(_ANY_COLUMN, _greater(MAX_ROWS))
# (columns at most, a reference beyond the class before, a row beyond what it allows,
# a row with as many digits as that bound)
_WIDTHS = [
    (
        columns,
        _ref(wider, "[0-9]"),
        _ref(_ANY_COLUMN, _greater(min(MAX_CELLS // columns, MAX_ROWS))),
        _ref(_ANY_COLUMN, f"[0-9]{{{len(str(min(MAX_CELLS // columns, MAX_ROWS)))}}}"),
    )
    for columns, wider in (
        (4, ""),  # A-D
        (8, "(?:[E-Z]|[A-Z]{2,})"),  # E-H
        (12, "(?:[I-Z]|[A-Z]{2,})"),  # I-L
        (16, "(?:[M-Z]|[A-Z]{2,})"),  # M-P
        (20, "(?:[Q-Z]|[A-Z]{2,})"),  # Q-T
        (26, "(?:[U-Z]|[A-Z]{2,})"),  # U-Z
        (39, "[A-Z]{2,}"),  # AA-AM
        (52, "(?:[Aa][N-Z]|[B-Z][A-Z]|[A-Z]{3,})"),  # AN-AZ
        (100, "(?:[B-Z][A-Z]|[A-Z]{3,})"),  # BA-CV
        (200, "(?:[Cc][W-Z]|[D-Z][A-Z]|[A-Z]{3,})"),  # CW-GR
        (MAX_COLUMNS, "(?:[Gg][S-Z]|[H-Z][A-Z]|[A-Z]{3,})"),  # GS-SF (beyond: _TOO_WIDE)
    )
]


def _read_workbook(
    path: Path, suffix: str, head: bytes, sheet: str, cancelled: Callable[[], bool] | None
) -> Table:
    if suffix in (".xlsx", ".xlsm", ".ods"):
        if head.startswith(_OLE):
            raise ImportFileError("encrypted", path, "an encrypted (password) workbook")
        if not head.startswith(b"PK\x03\x04"):
            raise ImportFileError("not_xlsx", path, f"starts with {head[:4]!r}")
        _check_zip(path)
    elif not head.startswith(_OLE):
        raise ImportFileError("not_xls", path, f"starts with {head[:4]!r}")
    from python_calamine import CalamineWorkbook

    try:
        book = CalamineWorkbook.from_path(str(path))
        sheets = list(book.sheet_names)
        if not sheets:
            raise ImportFileError("no_sheet", path)
        name = sheet or sheets[0]
        if name not in sheets:
            raise ImportFileError("no_sheet", path, name)
        data = book.get_sheet_by_name(name)
        if data.total_height > MAX_ROWS:
            raise ImportFileError("too_many_rows", path, f"{data.total_height:,}")
        if data.total_width > MAX_COLUMNS:
            raise ImportFileError("too_many_columns", path, f"{data.total_width:,}")
        # calamine gives '' for an empty cell (kept: cell_text reads it as empty), a time
        # or a duration as such (cell_text shows it as text).
        rows = cast(list[list[Cell]], data.to_python(skip_empty_area=False))
        merged: Any = data.merged_cell_ranges
    except ImportFileError:
        raise
    except Exception as error:  # calamine's own errors: damaged, password, unsupported
        text = str(error)
        code = "encrypted" if "password" in text.lower() or "encrypt" in text.lower() else "damaged"
        if "entity" in text.lower():  # a DOCTYPE beyond the head looked at: never expanded
            code = "entities"
        raise ImportFileError(code, path, text[:300]) from None
    for (top, left), (bottom, right) in merged or ():
        if top >= len(rows) or left >= len(rows[top]):
            continue
        value = rows[top][left]
        for r in range(top, min(bottom, len(rows) - 1) + 1):
            for c in range(left, min(right, len(rows[r]) - 1) + 1):
                if rows[r][c] is None or rows[r][c] == "":
                    rows[r][c] = value
    return Table(rows, name, sheets)
