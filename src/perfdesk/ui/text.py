"""Filling translated sentences: `fill(self.tr("%1 of %2 present"), 9, 10)`.

Placeholders are replaced in one pass, so a value that itself contains "%2"
(a name someone typed) is shown as typed, not substituted again the way a
chain of str.replace calls would.
"""

from __future__ import annotations

import re

_PLACEHOLDER = re.compile(r"%(\d)")


def fill(template: str, *values: object) -> str:
    def value(match: re.Match[str]) -> str:
        index = int(match.group(1)) - 1
        return str(values[index]) if 0 <= index < len(values) else match.group(0)

    return _PLACEHOLDER.sub(value, template)
