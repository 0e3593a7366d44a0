"""What every perfdesk report shares: A4 pages, the font, styles, tables, the frame.

- The bundled CJK font (resources/fonts/wqy-microhei.ttc, TrueType outlines, so
  reportlab subset-embeds it and pdftotext returns the Chinese) is registered once;
  it has no bold face, so bold maps to regular (emphasis is size and colour).
- Every page has a header (the report's title and what it is about) and a footer
  "第 X 页 / 共 Y 页" / "Page X of Y" with the document the report came from: the
  canvas keeps its pages until the end, when the count is known.
- `table` makes a table whose header repeats on every page and whose rows split
  between pages, of wrapped paragraphs that never run past the right margin; user
  text goes through reports/text.escape on the way in.
- `build` runs reportlab, reporting progress per page and stopping when `cancel`
  says so (the window's export runs it off the UI thread).

reportlab is imported inside the functions: importing this module costs nothing.
"""

from __future__ import annotations

import datetime
import threading
import weakref
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from functools import cache, lru_cache
from pathlib import Path
from typing import IO, Any

from perfdesk.core.kpi import Status
from perfdesk.reports.text import escape
from perfdesk.reports.words import COLOURS, SHAPES, status_word, word

FONT = "PerfdeskCJK"
PAGE_WIDTH_MM, PAGE_HEIGHT_MM = 210.0, 297.0
MARGIN_MM = 15.0
CONTENT_WIDTH_MM = PAGE_WIDTH_MM - 2 * MARGIN_MM  # 180 mm
INK = "#1A1A1A"
MUTED = "#5A5A5A"
RULE = "#9AA5B1"
HEAD_FILL = "#E6ECF2"
BAND_FILL = "#F3F5F7"
HEAD_INK = "#1F3A5F"  # table headers and headings


_SAVING = threading.Lock()


class Cancelled(Exception):
    """The user stopped the report before it was finished."""


class Markup(str):
    """Paragraph markup made here (escaped user text inside): used as is by `table`."""


class Coloured(str):
    """Plain text that `table` draws in its own colour (a status: shape and word)."""

    colour: str = INK

    def __new__(cls, text: str, colour: str) -> Coloured:
        made = super().__new__(cls, text)
        made.colour = colour
        return made


@dataclass(frozen=True)
class Frame:
    """What every page of a report shows around its content."""

    title: str  # the header's left: the report's title
    subject: str  # the header's right: the unit, the meeting, the action
    file_name: str
    document_id: str
    made: datetime.datetime
    lang: str
    author: str = ""
    # The same input gives the same PDF bytes (no creation time, a fixed file id).
    reproducible: bool = False
    # With reproducible: the PDF's creation date (UTC, e.g. the meeting's end) and what
    # its file id is derived from (e.g. the meeting's id and end), instead of reportlab's
    # fixed 2000-01-01 and anonymous id.
    fixed_time: datetime.datetime | None = None
    fingerprint: str = ""


@cache
def register_font() -> str:
    """Register the bundled CJK font once; bold and italic map to it (it has no bold)."""
    from reportlab.lib.fonts import addMapping
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont

    from perfdesk.paths import font_path

    pdfmetrics.registerFont(TTFont(FONT, str(font_path()), subfontIndex=0))
    pdfmetrics.registerFontFamily(FONT, normal=FONT, bold=FONT, italic=FONT, boldItalic=FONT)
    for bold in (0, 1):
        for italic in (0, 1):
            addMapping(FONT, bold, italic, FONT)
    return FONT


@cache
def styles(lang: str) -> dict[str, Any]:
    """Paragraph styles of the reports. Chinese breaks between any two characters; both
    languages split a word too long for its line (splitLongWords) rather than cut it."""
    from reportlab.lib import colors
    from reportlab.lib.enums import TA_CENTER, TA_RIGHT
    from reportlab.lib.styles import ParagraphStyle

    register_font()
    wrap = "CJK" if lang != "en" else None
    base = ParagraphStyle(
        "body",
        fontName=FONT,
        fontSize=9,
        leading=12.5,
        textColor=colors.HexColor(INK),
        wordWrap=wrap,
        splitLongWords=1,
    )

    def make(name: str, **changes: Any) -> ParagraphStyle:
        return ParagraphStyle(name, parent=base, **changes)

    return {
        "body": base,
        "title": make("title", fontSize=20, leading=26, spaceAfter=4),
        "subtitle": make("subtitle", fontSize=12.5, leading=17, textColor=colors.HexColor(MUTED)),
        "h1": make(
            "h1",
            fontSize=13,
            leading=18,
            spaceBefore=10,
            spaceAfter=5,
            textColor=colors.HexColor("#1F3A5F"),
        ),
        "h2": make("h2", fontSize=10.5, leading=14, spaceBefore=6, spaceAfter=3, keepWithNext=1),
        "muted": make("muted", fontSize=8, leading=11, textColor=colors.HexColor(MUTED)),
        "cell": make("cell", fontSize=8, leading=10.5),
        "cell_right": make("cell_right", fontSize=8, leading=10.5, alignment=TA_RIGHT),
        "cell_center": make("cell_center", fontSize=8, leading=10.5, alignment=TA_CENTER),
        "head": make("head", fontSize=8, leading=10.5, textColor=colors.HexColor("#1F3A5F")),
        "head_right": make(
            "head_right",
            fontSize=8,
            leading=10.5,
            alignment=TA_RIGHT,
            textColor=colors.HexColor("#1F3A5F"),
        ),
        "band": make("band", fontSize=8.5, leading=11, textColor=colors.HexColor("#1F3A5F")),
        "label": make("label", fontSize=9, leading=12.5, textColor=colors.HexColor(MUTED)),
        "value": make("value", fontSize=10, leading=14),
    }


def status_text(status: Status, lang: str) -> Coloured:
    """The status as its shape and word in its colour, drawn as plain text in a table
    (cheaper than `status_markup`'s paragraph; never colour alone either)."""
    return Coloured(f"{SHAPES[status]} {status_word(status, lang)}", COLOURS[status])


def status_markup(status: Status, lang: str) -> Markup:
    """The status as its shape in its colour and its word: never colour alone."""
    return Markup(
        f'<font color="{COLOURS[status]}" size="10">{SHAPES[status]}</font>&nbsp;'
        f"{escape(status_word(status, lang))}"
    )


def paragraph(text: str, style: Any) -> Any:
    """A paragraph of user text (escaped), or of Markup made here."""
    from reportlab.platypus import Paragraph

    return Paragraph(text if isinstance(text, Markup) else escape(text), style)


def table(
    header: Sequence[str],
    rows: Sequence[Sequence[Any]],
    widths_mm: Sequence[float],
    lang: str,
    right: Sequence[int] = (),
    bands: Sequence[int] = (),
    extra: Sequence[tuple[Any, ...]] = (),
) -> Any:
    """A table over pages: the header row repeats, rows split between pages, cells wrap.

    Cells are text, Coloured text, Markup, or flowables; text (headers too) is drawn as
    plain strings wrapped by `wrap_lines`, never parsed. `right` lists columns of numbers
    (right aligned); `bands` lists row indexes (in `rows`) that are group headings
    spanning the whole width.
    """
    from reportlab.lib.units import mm

    from perfdesk.reports.text import clean

    s = styles(lang)
    right_set = set(right)
    scale = CONTENT_WIDTH_MM / sum(widths_mm)  # never wider than the text block
    widths = [w * scale * mm for w in widths_mm]
    size = s["cell"].fontSize

    coloured: list[tuple[int, int, str]] = []

    def cell(value: Any, column: int, row: int) -> Any:
        if not isinstance(value, str):
            return value
        if isinstance(value, Coloured):
            coloured.append((column, row, value.colour))
        if not isinstance(value, Markup):
            # User text is a plain string, wrapped here into lines and drawn as is: no
            # markup is parsed (most of a Paragraph's cost), so nothing in it can format
            # the page; the table splits such a cell between pages line by line.
            text = clean(value.replace("\r\n", "\n").replace("\r", "\n"))
            if "\n" not in text and _text_width(text, FONT, size) <= widths[column] - 6:
                return text
            return "\n".join(wrap_lines(text, widths[column] - 6, size, lang))
        return paragraph(value, s["cell_right"] if column in right_set else s["cell"])

    # No header: a two-column form of labels and values (nothing to repeat).
    data = [[cell(v, i, 0) for i, v in enumerate(header)]] if header else []
    first = 1 if header else 0
    columns = len(widths_mm)
    band_rows = set(bands)
    for index, row in enumerate(rows):
        if index in band_rows:
            data.append([paragraph(row[0], s["band"])] + [""] * (columns - 1))
        else:
            data.append([cell(v, i, len(data)) for i, v in enumerate(row)])
    # Every cell's style is made here with the tables' defaults (font, ink, top
    # alignment, padding), its column's alignment and its own colour: the same styles
    # reportlab's per-cell commands gave, without running seven commands over every cell.
    cell_style = _cell_style(size, s["cell"].leading)
    styled = [[cell_style() for _ in range(max(columns, len(row)))] for row in data]
    for column in right_set:
        for cells in styled:
            cells[column].alignment = "RIGHT"
    if header:
        for made in styled[0]:
            made.color = _colour(HEAD_INK)
    for column, at, colour in coloured:
        styled[at][column].color = _colour(colour)
    commands: list[tuple[Any, ...]] = [("GRID", (0, 0), (-1, -1), 0.4, _colour(RULE))]
    if header:
        commands.append(("BACKGROUND", (0, 0), (-1, 0), _colour(HEAD_FILL)))
    for index in band_rows:
        commands += [
            ("SPAN", (0, index + first), (-1, index + first)),
            ("BACKGROUND", (0, index + first), (-1, index + first), _colour(BAND_FILL)),
        ]
    commands += list(extra)
    return _text_table()(
        data,
        colWidths=widths,
        repeatRows=first,
        splitInRow=1,
        style=commands,
        hAlign="LEFT",
        cellStyles=styled,
    )


@cache
def _colour(hex_colour: str) -> Any:
    from reportlab.lib import colors

    return colors.HexColor(hex_colour)


@cache
def _cell_style(size: float, leading: float) -> type:
    """reportlab's CellStyle with the report tables' defaults."""
    from reportlab.platypus.tables import CellStyle

    class ReportCell(CellStyle):  # type: ignore[misc]
        fontname = FONT
        fontsize = size
        color = _colour(INK)
        valign = "TOP"
        leftPadding = rightPadding = 3
        topPadding = bottomPadding = 2.5

        def __init__(self) -> None:
            self.name = "cell"

    ReportCell.leading = leading
    return ReportCell


@cache
def _text_table() -> type:
    """LongTable drawing a text cell as one PDF text object, written directly.

    reportlab draws each line of a text cell with drawString: per line a text object,
    its origin, the font set again and a string width (unused when left aligned), each
    number formatted by its pure-Python fp_str. Here a cell of the TrueType report font
    is one BT…ET: its origin and leading once, the font subset only when it changes,
    then line after line (T*); a right-aligned line gets its own origin. Empty cells
    draw nothing. Numbers repeat (columns, rows, the size) and are formatted once.
    Other cells (flowables, other fonts or alignments) are drawn by reportlab. The page
    shows the same text at the same places, in the same operators reportlab uses."""
    from reportlab.pdfbase.pdfmetrics import getFont
    from reportlab.platypus import LongTable

    class TextTable(LongTable):  # type: ignore[misc]
        def _drawCell(self, cellval: Any, cellstyle: Any, pos: Any, size: Any) -> None:
            just = cellstyle.alignment
            canv = self.canv
            if (
                not isinstance(cellval, str)
                or just not in ("LEFT", "RIGHT")
                or cellstyle.valign != "TOP"
                or cellstyle.direction
                or cellstyle.shaping
                or cellstyle.href
                or cellstyle.destination
                or not canv.bottomup
                or not getFont(cellstyle.fontname)._dynamicFont
            ):
                super()._drawCell(cellval, cellstyle, pos, size)
                return
            if not cellval:
                return
            current: Any = self._curcellstyle  # type: ignore[has-type]
            if current is not cellstyle:
                if current is None or cellstyle.color != current.color:
                    canv.setFillColor(cellstyle.color)
                if (
                    current is None
                    or cellstyle.leading != current.leading
                    or cellstyle.fontname != current.fontname
                    or cellstyle.fontsize != current.fontsize
                ):
                    canv.setFont(cellstyle.fontname, cellstyle.fontsize, cellstyle.leading)
                self._curcellstyle = cellstyle
            colpos, rowpos = pos
            colwidth, rowheight = size
            lines = cellval.split("\n")
            y = rowpos + rowheight - cellstyle.topPadding - cellstyle.fontsize
            if just == "LEFT":
                draw_lines(canv, colpos + cellstyle.leftPadding, y, lines, cellstyle.leading)
            else:
                right = colpos + colwidth - cellstyle.rightPadding
                draw_lines(canv, right, y, lines, cellstyle.leading, anchor="end")

    return TextTable


def draw_lines(
    canv: Any, x: float, y: float, lines: Sequence[str], leading: float, anchor: str = "start"
) -> None:
    """Draw `lines` downward from the baseline at (x, y) in the canvas's current font and
    fill colour as one PDF text object, `anchor` "start", "middle" or "end" at x.

    What canvas.drawString writes per line, written once per block: the origin (each
    line's own when not left aligned), the leading, the font subset only when it
    changes, the text (T*). Numbers repeat and are formatted once; a line's subset
    chunks are looked up once per document. A canvas in another font kind (not the
    TrueType report font) or top-down draws with drawString."""
    from reportlab.pdfbase.pdfmetrics import getFont

    name, size = canv._fontname, canv._fontsize
    font = getFont(name)
    if not font._dynamicFont or not canv.bottomup:
        draw = {"start": canv.drawString, "middle": canv.drawCentredString}.get(
            anchor, canv.drawRightString
        )
        for line in lines:
            draw(x, y, line)
            y -= leading
        return
    doc = canv._doc
    chunks = _CHUNKS.get(doc)
    if chunks is None:
        chunks = _CHUNKS[doc] = {}
    escape_pdf = canv._escape

    def start(line: str) -> float:
        if anchor == "start":
            return x
        width = _text_width(line, name, size)
        return x - width if anchor == "end" else x - width / 2

    code = [f"BT 1 0 0 1 {_fp(start(lines[0]))} {_fp(y)} Tm"]
    if len(lines) > 1 and anchor == "start":
        code.append(f"{_fp(leading)} TL")
    tf = f"{_fp(size)} Tf"
    subset_now = -1
    last = len(lines) - 1
    for index, line in enumerate(lines):
        if index and anchor != "start":
            y -= leading
            code.append(f"1 0 0 1 {_fp(start(line))} {_fp(y)} Tm")
        split = chunks.get((name, line))
        if split is None:
            split = chunks[(name, line)] = [
                (subset, f"({escape_pdf(chunk)}) Tj")
                for subset, chunk in font.splitString(line, doc)
            ]
        for subset, shown in split:
            if subset != subset_now:
                code.append(f"{font.getSubsetInternalName(subset, doc)} {tf}")
                subset_now = subset
            code.append(shown)
        if index < last and anchor == "start":
            code.append("T*")
    code.append("ET")
    canv._code.append(" ".join(code))


# Per PDF being made: a line's (subset, shown text) chunks. reportlab assigns a
# character its subset the first time the document uses it, so the chunks of a line
# never change within a document.
_CHUNKS: weakref.WeakKeyDictionary[Any, dict[tuple[str, str], list[tuple[int, str]]]] = (
    weakref.WeakKeyDictionary()
)


@lru_cache(maxsize=8192)
def _fp(value: float) -> str:
    """A number as reportlab writes it in a PDF (fp_str), formatted once."""
    from reportlab.lib.rl_accel import fp_str

    return str(fp_str(value))


@lru_cache(maxsize=8192)
def _text_width(text: str, font: str, size: float) -> float:
    from reportlab.pdfbase.pdfmetrics import stringWidth

    return float(stringWidth(text, font, size))


# Characters that never begin a line (Chinese line-breaking rule), and that the wrap
# keeps on the line before even when it runs a character past the width (padding).
_NO_LINE_START = frozenset("，。、；：？！）】》」』”’,.;:?!)]}%")


@cache
def _char_width(char: str, size: float) -> float:
    from reportlab.pdfbase.pdfmetrics import stringWidth

    return float(stringWidth(char, FONT, size))


def _is_wide(char: str) -> bool:
    """A character a line may break before or after (CJK, full-width forms)."""
    return char >= "\u2e80"


def wrap_lines(text: str, width: float, size: float, lang: str = "zh") -> list[str]:
    """`text` broken into lines no wider than `width` points in the report font at
    `size`: Latin words break at spaces, CJK between any two characters (never before
    closing punctuation), and a word longer than the line is split. Line breaks in the
    text are kept. The widths are the font's own, summed per character (reportlab's
    TrueType widths have no kerning), so a line never runs past its cell."""
    lines: list[str] = []
    for part in text.split("\n"):
        lines += _wrap_part(part, width, size)
    return lines


def _wrap_part(text: str, width: float, size: float) -> list[str]:
    if not text:
        return [""]
    # Tokens: a run of spaces, a Latin word, or one wide character.
    tokens: list[str] = []
    word = ""
    for char in text:
        if char == " " or _is_wide(char):
            if word:
                tokens.append(word)
                word = ""
            if char == " " and tokens and tokens[-1].startswith(" "):
                tokens[-1] += char
            else:
                tokens.append(char)
        else:
            word += char
    if word:
        tokens.append(word)
    lines: list[str] = []
    line, used = "", 0.0
    for token in tokens:
        token_width = sum(_char_width(c, size) for c in token)
        if token.startswith(" "):
            if line:
                line, used = line + token, used + token_width
            continue
        if used + token_width <= width or (token[0] in _NO_LINE_START and len(token) == 1):
            line, used = line + token, used + token_width
            continue
        if line.strip():
            lines.append(line.rstrip())
        line, used = "", 0.0
        while token_width > width:  # a word longer than the line: split it
            cut, cut_width = "", 0.0
            for char in token:
                char_width = _char_width(char, size)
                if cut and cut_width + char_width > width:
                    break
                cut, cut_width = cut + char, cut_width + char_width
            lines.append(cut)
            token = token[len(cut) :]
            token_width -= cut_width
        line, used = token, token_width
    if line.strip() or not lines:
        lines.append(line.rstrip())
    return lines


def _canvas_class(frame: Frame) -> type:
    from reportlab.lib import colors
    from reportlab.lib.units import mm
    from reportlab.pdfgen.canvas import Canvas

    made = frame.made.strftime("%Y-%m-%d %H:%M")
    origin = word(
        "from", frame.lang, file=frame.file_name, doc=frame.document_id[:8] or "—", at=made
    )

    class FramedCanvas(Canvas):  # type: ignore[misc]
        """Keeps every page until save, then draws header and footer knowing the count."""

        def __init__(self, *args: Any, **kwargs: Any) -> None:
            super().__init__(*args, **kwargs)
            self._pages: list[dict[str, Any]] = []
            if frame.reproducible:
                _fix_identity(self._doc, frame)

        def showPage(self) -> None:
            self._pages.append(dict(self.__dict__))
            self._startPage()

        def save(self) -> None:
            total = len(self._pages)
            for state in self._pages:
                self.__dict__.update(state)
                self._decorate(total)
                super().showPage()
            # Streams are written zlib-compressed and binary, not also ASCII85-encoded
            # (reportlab's pure-Python encoder was a tenth of a long record's time; the
            # PDF is valid either way, and smaller). reportlab reads the process-wide
            # rl_config while saving: the lock keeps two reports saved at once (exports
            # run on workers) from restoring it under each other.
            from reportlab import rl_config

            with _SAVING:
                before = rl_config.useA85
                rl_config.useA85 = 0
                try:
                    super().save()
                finally:
                    rl_config.useA85 = before

        def _decorate(self, total: int) -> None:
            width, height = PAGE_WIDTH_MM * mm, PAGE_HEIGHT_MM * mm
            left, right = MARGIN_MM * mm, width - MARGIN_MM * mm
            self.saveState()
            self.setFillColor(colors.HexColor(MUTED))
            self.setStrokeColor(colors.HexColor(RULE))
            self.setLineWidth(0.5)
            self.setFont(FONT, 8.5)
            top = height - 11 * mm
            self.drawString(left, top, _fit(frame.title, 8.5, 95 * mm))
            self.drawRightString(right, top, _fit(frame.subject, 8.5, 80 * mm))
            self.line(left, top - 2.2 * mm, right, top - 2.2 * mm)
            bottom = 10 * mm
            self.line(left, bottom + 4 * mm, right, bottom + 4 * mm)
            self.setFont(FONT, 7.5)
            self.drawString(left, bottom, _fit(origin, 7.5, 135 * mm))
            page = word("page", frame.lang, page=self._pageNumber, pages=total)
            self.drawRightString(right, bottom, page)
            self.restoreState()

    return FramedCanvas


def _fix_identity(document: Any, frame: Frame) -> None:
    """Date the PDF at `frame.fixed_time` and derive its file id from `frame.fingerprint`
    (reportlab's invariant mode would give every such PDF 2000-01-01 and one id)."""
    import time

    if frame.fixed_time is not None:
        moment = frame.fixed_time
        if moment.tzinfo is not None:
            moment = moment.astimezone(datetime.UTC)
        stamp = document._timeStamp
        stamp.t = moment.replace(tzinfo=datetime.UTC).timestamp()
        stamp.lt = time.gmtime(stamp.t)
        stamp.YMDhms = tuple(stamp.lt)[:6]
        stamp.dhh = stamp.dmm = 0
        stamp.tzname = "UTC"
    if frame.fingerprint:
        document.updateSignature(frame.fingerprint)


def _fit(text: str, size: float, width: float) -> str:
    """`text` on one line within `width` points, shortened with … if it must be."""
    from reportlab.pdfbase.pdfmetrics import stringWidth

    from perfdesk.reports.text import clean

    text = " ".join(clean(text).split())
    if stringWidth(text, FONT, size) <= width:
        return text
    while text and stringWidth(text + "…", FONT, size) > width:
        text = text[:-1]
    return text + "…"


def build(
    out: Path | IO[bytes],
    frame: Frame,
    story: list[Any],
    progress: Callable[[int], None] | None = None,
    cancel: Callable[[], bool] | None = None,
) -> int:
    """Lay `story` out on framed A4 pages into `out`; the number of pages made.

    `progress(pages)` is called after each page; `cancel()` is asked after each
    flowable and a True stops the build with Cancelled (nothing useful is written).
    """
    from reportlab.lib.units import mm
    from reportlab.platypus import SimpleDocTemplate

    register_font()
    target = str(out) if isinstance(out, Path) else out
    doc = SimpleDocTemplate(
        target,
        pagesize=(PAGE_WIDTH_MM * mm, PAGE_HEIGHT_MM * mm),
        leftMargin=MARGIN_MM * mm,
        rightMargin=MARGIN_MM * mm,
        topMargin=18 * mm,
        bottomMargin=18 * mm,
        title=f"{frame.title} · {frame.subject}",
        author=frame.author,
        subject=frame.subject,
        creator="perfdesk",
        lang="en" if frame.lang == "en" else "zh-CN",
        invariant=1 if frame.reproducible else 0,
    )
    pages = [0]

    def after_flowable(_flowable: Any) -> None:
        if cancel is not None and cancel():
            raise Cancelled

    def after_page() -> None:
        pages[0] += 1
        if progress is not None:
            progress(pages[0])

    doc.afterFlowable = after_flowable
    doc.afterPage = after_page
    doc.build(story, canvasmaker=_canvas_class(frame))
    return pages[0]
