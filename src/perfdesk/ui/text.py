"""Text for display: filling translated sentences, and showing document text safely.

`fill(self.tr("%1 of %2 present"), 9, 10)` replaces placeholders in one pass,
so a value that itself contains "%2" (a name someone typed) is shown as typed,
not substituted again the way a chain of str.replace calls would.

`plain(value)` is what any user or file text goes through before it reaches a
widget: bytes (a BLOB where text belongs) are decoded, control characters are
neutralised, length is bounded, and text that can change the direction of what
follows is wrapped in a bidi isolate so it cannot reverse the app's own words.
`tooltip(value)` does the same and escapes it, because Qt guesses whether a
tooltip is rich text and document text must never be markup.
Pure Python (no Qt) so the rules are tested in milliseconds.
"""

from __future__ import annotations

import re

_PLACEHOLDER = re.compile(r"%(\d)")

FSI, PDI = "\u2068", "\u2069"  # FIRST STRONG ISOLATE … POP DIRECTIONAL ISOLATE
ELLIPSIS = "…"
LABEL_LIMIT = 300  # a label never needs more; it is elided to its width anyway
CELL_LIMIT = 500
TOOLTIP_LIMIT = 600

# Characters that may reorder text around them: right-to-left letters and the
# explicit bidi controls (LRE RLE PDF LRO RLO, LRI RLI FSI PDI, LRM RLM ALM).
_BIDI = re.compile(
    "[\u0590-\u08ff\ufb1d-\ufdff\ufe70-\ufefc\U00010800-\U00010fff\U0001e800-\U0001efff"
    "\u202a-\u202e\u2066-\u2069\u200e\u200f\u061c]"
)
# C0 and C1 controls, DEL, lone surrogates, and the Unicode line/paragraph separators.
_LINE_BREAKS = re.compile("\r\n|[\r\n\u0085\u2028\u2029]")
_CONTROLS = re.compile("[\x00-\x08\x0b-\x1f\x7f-\x9f\ud800-\udfff]")


def fill(template: str, *values: object) -> str:
    def value(match: re.Match[str]) -> str:
        index = int(match.group(1)) - 1
        return str(values[index]) if 0 <= index < len(values) else match.group(0)

    return _PLACEHOLDER.sub(value, template)


def as_text(value: object) -> str:
    """Any stored value as text: None is empty, bytes are decoded with replacement."""
    if value is None:
        return ""
    if isinstance(value, bytes | bytearray | memoryview):
        return bytes(value).decode("utf-8", errors="replace")
    return value if isinstance(value, str) else str(value)


def plain(value: object, limit: int = LABEL_LIMIT, multiline: bool = False) -> str:
    """Document text made safe to show: controls neutralised, bounded, bidi isolated.

    Single-line text has its tabs and line breaks turned into spaces; multiline
    text keeps line breaks as "\\n". Text longer than `limit` ends in "…".
    """
    text = as_text(value)
    if len(text) > limit:
        text = text[: max(limit - 1, 0)] + ELLIPSIS
    if not text.isprintable():  # fast path: most names have nothing to neutralise
        text = _LINE_BREAKS.sub("\n" if multiline else " ", text)
        if not multiline:
            text = text.replace("\n", " ")
        text = text.replace("\t", " ")
        text = _CONTROLS.sub("", text)
    return isolate(text)


def isolate(text: str) -> str:
    """Wrap text that could reorder its neighbours in FSI … PDI.

    Only such text is wrapped: plain Chinese or Latin cannot reorder the app's
    left-to-right sentences, and unneeded invisible characters would travel
    into copies and pastes.
    """
    return f"{FSI}{text}{PDI}" if _BIDI.search(text) else text


# What html.escape(quote=False) replaces; the html module costs ~2 ms at every start.
_ESCAPES = str.maketrans({"&": "&amp;", "<": "&lt;", ">": "&gt;"})


def tooltip(value: object, limit: int = TOOLTIP_LIMIT) -> str | None:
    """A tooltip showing document text as typed (escaped), or None when empty."""
    text = plain(value, limit, multiline=True)
    if not text:
        return None
    # "<qt>" makes Qt treat it as rich text on purpose; everything inside is escaped.
    return "<qt>" + text.translate(_ESCAPES).replace("\n", "<br>") + "</qt>"


def strip_isolates(text: str) -> str:
    """Text without the isolates `plain` added (for the clipboard and spreadsheets)."""
    return text.replace(FSI, "").replace(PDI, "")
