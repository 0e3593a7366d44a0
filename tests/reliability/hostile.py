"""The one hostile-input corpus every entry point is put through (issue #23, item 4).

Texts (names, descriptions, headers, file contents) and numbers, each with the
outcome it must get, so every test agrees on one answer:

- `TEXTS`: markup and `<img src=…>`, links, SQL fragments, spreadsheet formulas,
  control characters, bidi overrides, emoji with ZWJ sequences, zero-width-only
  names, 100,000-character strings. Each names what an operation does with it as a
  name (`name`) and as a longer text (`text`): None when it is stored as typed
  (trimmed of surrounding white space, as every text field is), else the refusal's
  code. The window-level test (`tests/ui/test_text_safety.py`) draws its list from
  here too (`WINDOW_TEXTS`).
- `NUMBERS`: what people type or paste into a KPI cell, each with the value a careful
  reader means, or the code of its refusal.
- `FILE_NAMES`: names a package or a document may be given on disk.
"""

from __future__ import annotations

from dataclasses import dataclass

IMAGE = "/tmp/perfdesk-test-should-never-load.png"
LONG = 100_000


@dataclass(frozen=True)
class Hostile:
    id: str
    text: str
    name: str | None = None  # refusal code as a name (≤ 200 characters), None: stored
    text_code: str | None = None  # refusal code as a long text (≤ 20,000), None: stored

    @property
    def stored(self) -> str:
        """What a field that accepts it holds: the text trimmed, as text_field keeps it."""
        return self.text.strip()


TEXTS: tuple[Hostile, ...] = (
    # Markup: shown and stored as typed, never loaded or applied.
    Hostile("bold", "<b>粗体</b>部门"),
    Hostile("img", f'<img src="{IMAGE}">'),
    Hostile("img_onerror", "<img src=x onerror=alert(1)>销售"),
    Hostile("img_passwd", '<img src="/etc/passwd"/>'),
    Hostile("link", '<a href="https://example.com">链接</a>'),
    Hostile("font", "<font color=red size=7>红</font>"),
    Hostile("cdata", "]]><![CDATA[x]]>&amp;&lt;"),
    Hostile("qt_args", "%1 %2 %n %L1"),
    # SQL fragments: parameters, never statements.
    Hostile("sql_drop", "'); DROP TABLE goals;--"),
    Hostile("sql_or", "x' OR '1'='1"),
    Hostile("sql_quote", "a\"b'c`d"),
    # Formulas: stored as typed; exports keep them text.
    Hostile("hyperlink", '=HYPERLINK("http://x","y")'),
    Hostile("cmd", "+cmd|' /C calc'!A0"),
    Hostile("minus", "-1+1"),
    Hostile("at_sum", "@SUM(1)"),
    Hostile("eq", "=1+1"),
    Hostile("spaces_eq", "   =1+1"),
    Hostile("tab_eq", "\t=1+1"),
    Hostile("fullwidth_eq", "＝1+1"),
    # Control characters: refused as names and texts (line breaks and tabs inside a text
    # are kept: a description may have lines).
    Hostile("nul", "名\x00字", "control_characters", "control_characters"),
    Hostile(
        "c0",
        "名" + "".join(chr(i) for i in range(32)) + "字",
        "control_characters",
        "control_characters",
    ),
    Hostile("escape", "\x1b[31m红\x1b[0m", "control_characters", "control_characters"),
    Hostile("cr_eq", "\r=1+1", None, None),  # leading: trimmed like a space
    Hostile("inner_cr", "上\r下", "control_characters", "control_characters"),
    Hostile("del", "删\x7f除", "control_characters", "control_characters"),
    Hostile("nel", "下\x85行", "control_characters", "control_characters"),
    Hostile("newline_tab", "第一行\n\t第二行"),
    Hostile("line_separator", "行\u2028分\u2029段"),
    # Bidi overrides and isolates: stored; shown isolated (ui/text.py).
    Hostile("rlo", "abc\u202edcba 之后"),
    Hostile("isolates", "\u2066左\u2067右\u2068先\u2069"),
    Hostile("rlo_exe", "invoice\u202egpj.exe"),
    # Emoji, with skin tones and ZWJ sequences.
    Hostile("emoji", "表情 😀👍🏽"),
    Hostile("zwj", "家庭👨\u200d👩\u200d👧\u200d👦 团队👩🏽\u200d💻"),
    Hostile("flags", "🇨🇳🏳️\u200d🌈"),
    # Zero-width-only: nothing visible, so no name; kept as a text.
    Hostile("zwsp", "\u200b", "empty", None),
    Hostile("bom", "\ufeff\u200b\ufeff", "empty", None),
    Hostile("zwj_only", "\u200d\u200c\u2060", "empty", None),
    # Long: refused by length, naming the limit.
    Hostile("long", "W" * LONG, "too_long", "too_long"),
    Hostile("long_cjk", "长" * LONG, "too_long", "too_long"),
    Hostile("long_markup", "<h1>" + "长" * 10_000 + "</h1>", "too_long", None),
)
BY_ID = {h.id: h for h in TEXTS}
# The stored ones: what a document full of hostile names holds (exports, PDFs, forms).
STORABLE = tuple(h for h in TEXTS if h.name is None)
# The window-level list (tests/ui/test_text_safety.py): markup, bidi, controls in
# stored text (a hand-made file: written past the checks), emoji, long.
WINDOW_TEXTS: tuple[str, ...] = (
    BY_ID["bold"].text,
    BY_ID["img"].text,
    BY_ID["link"].text,
    BY_ID["font"].text,
    BY_ID["long_markup"].text,
    BY_ID["rlo"].text,
    "控制\x00\x07\x1b[31m字符\x85\u2028换行\n\t制表",
    BY_ID["qt_args"].text,
    BY_ID["emoji"].text,
    BY_ID["long"].text,
)
FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")


@dataclass(frozen=True)
class HostileNumber:
    text: str
    unit: str
    value: float | None = None  # what a careful reader means
    code: str | None = None  # else why it is refused
    empty: bool = False  # it clears the cell


NUMBERS: tuple[HostileNumber, ...] = (
    HostileNumber("1e309", "次", code="too_large"),
    HostileNumber("-1e309", "次", code="too_large"),
    HostileNumber("1e-400", "次", value=0.0),
    HostileNumber("NaN", "次", code="not_finite"),
    HostileNumber("nan", "万元", code="not_finite"),
    HostileNumber("inf", "次", code="not_finite"),
    HostileNumber("-Infinity", "次", code="not_finite"),
    HostileNumber("∞", "次", code="not_finite"),
    HostileNumber("-0", "次", value=0.0),
    HostileNumber("-0.0", "%", value=0.0),
    HostileNumber("1,2,3", "次", code="ambiguous_separators"),
    HostileNumber("1,234", "次", value=1234.0),
    HostileNumber("１２３", "次", value=123.0),
    HostileNumber("－１２．５", "次", value=-12.5),
    HostileNumber("（１２３）", "次", value=-123.0),
    HostileNumber("一百二十三", "次", code="not_a_number"),
    HostileNumber("三", "次", code="not_a_number"),
    HostileNumber("壹佰", "次", code="not_a_number"),
    HostileNumber("=1+1", "次", code="formula"),
    HostileNumber("  =1+1", "次", code="formula"),
    HostileNumber("@SUM(1)", "次", code="formula"),
    HostileNumber('=HYPERLINK("http://x","y")', "次", code="formula"),
    HostileNumber("+cmd|' /C calc'!A0", "次", code="not_a_number"),
    HostileNumber("-1+1", "次", code="not_a_number"),
    HostileNumber("'); DROP TABLE goals;--", "次", code="not_a_number"),
    HostileNumber("<img src=x>", "次", code="not_a_number"),
    HostileNumber("1\x002", "次", code="control_characters"),
    HostileNumber("\t=1+1", "次", code="control_characters"),
    HostileNumber("12\u202e3", "次", code="not_a_number"),
    HostileNumber("\u200b", "次", code="not_a_number"),
    HostileNumber("😀", "次", code="not_a_number"),
    HostileNumber("1" * LONG, "次", code="too_long"),
    HostileNumber("9" * 199, "次", code="too_large"),
    HostileNumber("", "次", empty=True),
    HostileNumber("—", "次", empty=True),
)


FILE_NAMES: dict[str, str] = {
    "img": "<img src=x>.pdpkg",
    "dotdot": "..%2F..%2Fx.pdpkg",
    "con": "CON.pdpkg",
    "long": "包" * 60 + "x" * (255 - 60 * 3 - 6) + ".pdpkg",  # 255 bytes in UTF-8
    "chinese": "销售部 二〇二六年十月.pdpkg",
    "percent": "100% 完成.pdpkg",
    "question": "what?.pdpkg",
    "hash": "#1 部门.pdpkg",
    "newline": "第一行\n第二行.pdpkg",
    "rlo": "abc\u202egkpdp.pdpkg",
    "leading_dash": "-h.pdpkg",
    "sql": "'; DROP TABLE x;--.pdpkg",
}


# -- oversized and malicious files (test_bombs.py, benchmarks/bombs.py) ----------------
# Each builder writes its file cheaply (a deflate stream of one flushed block repeated,
# a sparse file) and returns the code or message part its refusal must carry.

_CONTENT_TYPES = (
    '<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/'
    'package/2006/content-types"><Default Extension="rels" ContentType="application/'
    'vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType='
    '"application/xml"/></Types>'
)
_RELS = (
    '<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.'
    'openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://'
    "schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument"
    '" Target="xl/workbook.xml"/></Relationships>'
)
_WORKBOOK = (
    '<?xml version="1.0" encoding="UTF-8"?><workbook xmlns="http://schemas.openxmlformats.'
    'org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/'
    'officeDocument/2006/relationships"><sheets><sheet name="S" sheetId="1" r:id="rId1"/>'
    "</sheets></workbook>"
)
_WORKBOOK_RELS = (
    '<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.'
    'openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://'
    'schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target='
    '"worksheets/sheet1.xml"/><Relationship Id="rId2" Type="http://schemas.openxmlformats'
    '.org/officeDocument/2006/relationships/sharedStrings" Target="sharedStrings.xml"/>'
    "</Relationships>"
)
_SHEET_HEAD = (
    '<?xml version="1.0" encoding="UTF-8"?><worksheet xmlns="http://schemas.openxmlformats'
    '.org/spreadsheetml/2006/main"><sheetData>'
)
_SST_HEAD = (
    '<?xml version="1.0" encoding="UTF-8"?>{pad}{doctype}<sst xmlns="http://schemas.'
    'openxmlformats.org/spreadsheetml/2006/main" count="1" uniqueCount="1">'
)
_HEADER_ROW = (
    '<row r="1"><c r="A1" t="s"><v>0</v></c><c r="B1" t="inlineStr"><is><t>x</t></is></c></row>'
)


def _repeated_deflate(prefix: bytes, unit: bytes, count: int, suffix: bytes) -> bytes:
    """A raw deflate stream of prefix + unit × count + suffix, made without compressing
    the whole: after a full flush the compressor starts afresh, so one unit's bytes
    can be repeated."""
    import zlib

    def block(data: bytes, last: bool) -> bytes:
        c = zlib.compressobj(9, zlib.DEFLATED, -15)
        return c.compress(data) + c.flush(zlib.Z_FINISH if last else zlib.Z_FULL_FLUSH)

    return block(prefix, False) + block(unit, False) * count + block(suffix, True)


def _write_zip(path: object, members: list[tuple[str, bytes, int, int]]) -> None:
    """A ZIP file by hand: (name, raw deflate data, declared size, declared crc)."""
    import struct
    from pathlib import Path

    out = bytearray()
    central = bytearray()
    for name, data, size, crc in members:
        encoded = name.encode()
        offset = len(out)
        out += struct.pack(
            "<IHHHHHIIIHH", 0x04034B50, 20, 0, 8, 0, 0, crc, len(data), size, len(encoded), 0
        )
        out += encoded + data
        central += struct.pack(
            "<IHHHHHHIIIHHHHHII",
            0x02014B50,
            20,
            20,
            0,
            8,
            0,
            0,
            crc,
            len(data),
            size,
            len(encoded),
            0,
            0,
            0,
            0,
            0,
            offset,
        )
        central += encoded
    start = len(out)
    out += central
    out += struct.pack(
        "<IHHHHIIH", 0x06054B50, 0, 0, len(members), len(members), len(central), start, 0
    )
    Path(str(path)).write_bytes(bytes(out))


def _member(name: str, text: str) -> tuple[str, bytes, int, int]:
    import zlib

    data = text.encode()
    c = zlib.compressobj(9, zlib.DEFLATED, -15)
    return name, c.compress(data) + c.flush(), len(data), zlib.crc32(data)


def _workbook(path: object, sheet: str, sst: tuple[str, bytes, int, int] | None = None) -> None:
    members = [
        _member("[Content_Types].xml", _CONTENT_TYPES),
        _member("_rels/.rels", _RELS),
        _member("xl/workbook.xml", _WORKBOOK),
        _member("xl/_rels/workbook.xml.rels", _WORKBOOK_RELS),
        _member("xl/worksheets/sheet1.xml", _SHEET_HEAD + sheet + "</sheetData></worksheet>"),
        sst
        or _member(
            "xl/sharedStrings.xml",
            _SST_HEAD.format(pad="", doctype="") + "<si><t>部门</t></si></sst>",
        ),
    ]
    _write_zip(path, members)


def xlsx_zip_bomb(path: object) -> str:
    """4 GiB of shared string ("A" × 4 Gi) packed into about 4 MB, sizes declared honestly."""
    unit = b"A" * (1 << 20)
    prefix = _SST_HEAD.format(pad="", doctype="").encode() + b"<si><t>"
    data = _repeated_deflate(prefix, unit, 4096, b"</t></si></sst>")
    size = len(prefix) + 4096 * len(unit) + len(b"</t></si></sst>")
    _workbook(
        path,
        _HEADER_ROW,
        ("xl/sharedStrings.xml", data, size & 0xFFFFFFFF if size < 1 << 32 else 0xFFFFFFFE, 0),
    )
    return "bomb"


def xlsx_lying_sizes(path: object) -> str:
    """A shared-strings member that says it is 1,000 bytes and inflates to 1 GiB."""
    import zlib

    unit = b"A" * (1 << 20)
    prefix = _SST_HEAD.format(pad="", doctype="").encode() + b"<si><t>"
    data = _repeated_deflate(prefix, unit, 1024, b"</t></si></sst>")
    head = (prefix + unit)[:1000]
    _workbook(path, _HEADER_ROW, ("xl/sharedStrings.xml", data, 1000, zlib.crc32(head)))
    return "damaged"


_LAUGHS = (
    '<!DOCTYPE lolz [<!ENTITY lol "lol">'
    + "".join(
        f'<!ENTITY lol{i + 1} "' + (f"&lol{i};" if i else "&lol;") * 10 + '">' for i in range(9)
    )
    + "]>"
)


def xlsx_entity_bomb(path: object) -> str:
    """Billion laughs in sharedStrings.xml."""
    sst = _SST_HEAD.format(pad="", doctype=_LAUGHS) + "<si><t>&lol9;</t></si></sst>"
    _workbook(path, _HEADER_ROW, _member("xl/sharedStrings.xml", sst))
    return "entities"


def xlsx_entity_bomb_late(path: object) -> str:
    """The same, its DOCTYPE after a 70 KB comment (beyond the 64 KB head looked at):
    calamine does not expand entities and refuses it as damaged."""
    pad = "<!--" + "x" * 70_000 + "-->"
    sst = _SST_HEAD.format(pad=pad, doctype=_LAUGHS) + "<si><t>&lol9;</t></si></sst>"
    _workbook(path, _HEADER_ROW, _member("xl/sharedStrings.xml", sst))
    return "entities"


def xlsx_far_cell(path: object) -> str:
    """Two cells, A1 and XFD1048576: calamine would lay out 17 billion cells."""
    _workbook(path, _HEADER_ROW + '<row r="1048576"><c r="XFD1048576"><v>1</v></c></row>')
    return "too_many"


def xlsx_wide_and_long(path: object) -> str:
    """Cells A1 and SF100000: within 1,000,000 rows and 500 columns, but 50 M cells."""
    _workbook(path, _HEADER_ROW + '<row r="100000"><c r="SF100000"><v>1</v></c></row>')
    return "too_many_rows"


def csv_one_gigabyte(path: object) -> str:
    """A 1 GB CSV (a sparse file: no disk used)."""
    from pathlib import Path

    with open(str(path), "wb") as handle:
        handle.write("部门,指标,期间,实际\n".encode())
        handle.truncate(1024**3)
    assert Path(str(path)).stat().st_size == 1024**3
    return "too_big"


def _ods(path: object, rows: int, columns: int) -> None:
    import zipfile

    content = (
        '<?xml version="1.0" encoding="UTF-8"?><office:document-content xmlns:office="urn:'
        'oasis:names:tc:opendocument:xmlns:office:1.0" xmlns:table="urn:oasis:names:tc:'
        'opendocument:xmlns:table:1.0" xmlns:text="urn:oasis:names:tc:opendocument:xmlns:'
        'text:1.0" office:version="1.2"><office:body><office:spreadsheet><table:table '
        'table:name="S"><table:table-row><table:table-cell office:value-type="string">'
        "<text:p>部门</text:p></table:table-cell></table:table-row>"
        f'<table:table-row table:number-rows-repeated="{rows}"><table:table-cell '
        f'table:number-columns-repeated="{columns}" office:value-type="float" '
        'office:value="1"><text:p>1</text:p></table:table-cell></table:table-row>'
        "</table:table></office:spreadsheet></office:body></office:document-content>"
    )
    manifest = (
        '<?xml version="1.0" encoding="UTF-8"?><manifest:manifest xmlns:manifest="urn:oasis:'
        'names:tc:opendocument:xmlns:manifest:1.0"><manifest:file-entry manifest:full-path="/"'
        ' manifest:media-type="application/vnd.oasis.opendocument.spreadsheet"/>'
        '<manifest:file-entry manifest:full-path="content.xml" manifest:media-type="text/xml"/>'
        "</manifest:manifest>"
    )
    with zipfile.ZipFile(str(path), "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("mimetype", "application/vnd.oasis.opendocument.spreadsheet")
        archive.writestr("content.xml", content)
        archive.writestr("META-INF/manifest.xml", manifest)
        archive.writestr("[Content_Types].xml", "<Types/>")


def ods_repeated_rows(path: object) -> str:
    """An ODS row of 500 valued cells repeated 100,000 times (50 M cells) in 1 KB."""
    _ods(path, 100_000, 500)
    return "too_many_rows"


def ods_repeated_columns(path: object) -> str:
    """An ODS valued cell repeated across 16,384 columns."""
    _ods(path, 1000, 16_384)
    return "too_many_columns"


XLSX_BOMBS = {
    "xlsx zip bomb (4 GiB in 4 MB)": ("bomb.xlsx", xlsx_zip_bomb),
    "xlsx member lying about its size (1 GiB)": ("liar.xlsx", xlsx_lying_sizes),
    "xml entity bomb (billion laughs)": ("laughs.xlsx", xlsx_entity_bomb),
    "entity bomb after a 70 KB comment": ("late.xlsx", xlsx_entity_bomb_late),
    "cells A1 and XFD1048576": ("far.xlsx", xlsx_far_cell),
    "cells A1 and SF100000 (50 M cells)": ("wide.xlsx", xlsx_wide_and_long),
    "ods: 500 cells × 100,000 repeated rows": ("rows.ods", ods_repeated_rows),
    "ods: a cell repeated over 16,384 columns": ("columns.ods", ods_repeated_columns),
    "csv of 1 GB": ("big.csv", csv_one_gigabyte),
}
