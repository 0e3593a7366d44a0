"""How a typed number, text or period is taken into a document, or why it is not.

One set of refusals for the store's operations (store/ops/_base: `number`,
`text_field`, `period_key` raise them as OpErrors naming the field) and for the
forms that check every field before they write (core/goals.goal_faults), so a
form can never pass what the store refuses, nor word a refusal differently.
"""

from __future__ import annotations

import math
import unicodedata
from typing import Any

from perfdesk.core.periods import PeriodError, parse_period

# The document's limits (store/schema_v4.MAX_TEXT, MAX_MAGNITUDE; a test keeps them equal).
MAX_TEXT = 20_000
MAX_MAGNITUDE = 1e12


class FieldFault(ValueError):
    """A value the document does not take: `code` and `params` as the store's OpError
    has them, without the field (the caller knows which field it checked)."""

    def __init__(self, code: str, **params: Any) -> None:
        super().__init__(code)
        self.code = code
        self.params = params


def stored_number(value: Any) -> float:
    """`value` as the document stores a number: finite, at most MAX_MAGNITUDE, no -0."""
    try:
        result = float(value)
    except (TypeError, ValueError):
        raise FieldFault("not_a_number", value=str(value)[:50]) from None
    if not math.isfinite(result):
        raise FieldFault("not_finite")
    if abs(result) > MAX_MAGNITUDE:
        raise FieldFault("too_large", limit=MAX_MAGNITUDE)
    return 0.0 if result == 0 else result


def stored_text(text: str | None, limit: int) -> str:
    """`text` trimmed; refused with control characters (C0, DEL and C1 such as U+0085;
    a tab or line break inside is kept) or over `limit` characters."""
    cleaned = (text or "").strip()
    if any(unicodedata.category(ch) == "Cc" and ch not in "\n\t" for ch in cleaned):
        raise FieldFault("control_characters")
    if len(cleaned) > limit:
        raise FieldFault("too_long", length=len(cleaned), limit=limit)
    return cleaned


def stored_period(text: str) -> str:
    """The period key of `text` ('2026', '2026-Q3', '2026-10', ...)."""
    try:
        return parse_period(text).key
    except PeriodError as error:
        reason = str(error).split(": ", 1)[-1]  # drop core's "'x' is not a valid period"
        raise FieldFault("bad_period", text=str(text)[:50], reason=reason) from None
