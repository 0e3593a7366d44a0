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
    BY_ID["qt_args"].text[:8],
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
