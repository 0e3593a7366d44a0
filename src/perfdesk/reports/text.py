"""User text made safe for reportlab's Paragraph markup: printed as typed.

Names, notes and measures come from people (and from other files): `<b>`, `&`,
`<font>`, `<img src=/etc/passwd>` or `]]>` must print literally and never format the
page or load a file. `escape` turns every markup character into an entity, keeps
line breaks as `<br/>` and drops control characters (which have no glyph and could
end the XML parser's input).
"""

from __future__ import annotations

import re
from xml.sax.saxutils import escape as _xml_escape

# C0 and C1 controls (tab, line feed and carriage return handled first), lone
# surrogates and the non-characters U+FFFE/U+FFFF.
_CONTROL = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f\ud800-\udfff\ufffe\uffff]")


def clean(text: str) -> str:
    """The text without characters a PDF cannot show (tabs become spaces)."""
    return _CONTROL.sub("", text.replace("\t", " "))


def escape(text: str | None) -> str:
    """Paragraph markup that prints `text` exactly (line breaks kept)."""
    if not text:
        return ""
    lines = clean(text.replace("\r\n", "\n").replace("\r", "\n")).split("\n")
    return "<br/>".join(_xml_escape(line, {'"': "&quot;", "'": "&#39;"}) for line in lines)
