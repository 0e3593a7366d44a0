"""Numbers as people type or paste them, read into a KPI's unit (or refused, with why).

The other half of core/numbers.py: what that module writes, this one reads back,
and so does what an office types or copies out of Excel or LibreOffice:

- "1,234.5", "1 234,5" and "1.234,5" (European, when the separators can only mean
  that), "１２３４" and "（１２３）" (full-width, read through NFKC), "1.23E+05";
- "12%" and "12 %" into a % KPI (a percent sign into any other KPI is refused);
- money with its size: "¥3.2万", "3.2万元", "1.5亿", "CNY 3.2M", "12k" — converted
  into the unit wanted ("1.5亿" into 万元 is 15000, into a row shown in 亿元 1.5);
  a bare number is already in the unit wanted;
- "3万" into a count is 30,000; the KPI's own unit may follow ("12 小时");
- "(123)" and "−123" are negative; "", "-", "—" clear the cell (None).

Refused, each with a code the window translates: words (Chinese numerals too),
formulas ("=A1"), "1,2,3" and other separators that fit no convention, another
unit ("5 天" into 小时, "¥5" into 次), NaN and infinities, numbers beyond the
document's limit (1e309 included), control characters and over-long text.
Pure Python: arithmetic in Decimal, so "59.8" in a row shown in 亿元 is exactly
598,000 万元.
"""

from __future__ import annotations

import re
import unicodedata
from decimal import Decimal, InvalidOperation
from typing import Any

MAX_INPUT = 200  # characters a cell may hold; a number needs far fewer
DEFAULT_LIMIT = 1e12  # the document's MAX_MAGNITUDE; callers pass theirs

# Texts that mean "no value": clear the cell.
_EMPTY = frozenset({"", "-", "--", "—", "——", "–", "―", "−"})
# Words that name a non-finite float.
_NOT_FINITE = frozenset({"nan", "inf", "+inf", "-inf", "infinity", "-infinity", "∞", "-∞"})
# Sizes written after a number, in units of one (万 = 10,000).
_SIZES = {
    "": Decimal(1),
    "千": Decimal(10) ** 3,
    "万": Decimal(10) ** 4,
    "w": Decimal(10) ** 4,
    "十万": Decimal(10) ** 5,
    "百万": Decimal(10) ** 6,
    "千万": Decimal(10) ** 7,
    "亿": Decimal(10) ** 8,
    "k": Decimal(10) ** 3,
    "m": Decimal(10) ** 6,
    "mn": Decimal(10) ** 6,
    "mio": Decimal(10) ** 6,
    "b": Decimal(10) ** 9,
    "bn": Decimal(10) ** 9,
}
_CURRENCY_PREFIX = re.compile(r"^(?:¥|cny|rmb)\s*", re.IGNORECASE)
_CURRENCY_SUFFIX = re.compile(r"(?:元|人民币|cny|rmb|yuan)$", re.IGNORECASE)
# The number itself: digits with separators, an optional exponent; the rest is its unit.
_NUMBER = re.compile(r"^([0-9][0-9.,' \u00a0\u202f\u2009]*|\.[0-9]+)(?:[eE]([+-]?[0-9]{1,6}))?")
_GROUPED = re.compile(r"^[0-9]{1,3}(?:X[0-9]{3})+$")
_SPACES = re.compile(r"[ \u00a0\u202f\u2009]")
# What a spreadsheet copies most: "1234.5", "-1,234.50" (read without the general path).
_PLAIN = re.compile(r"-?(?:[0-9]+|[0-9]{1,3}(?:,[0-9]{3})+)(?:\.[0-9]+)?")
# Units other than money and percent a KPI may be in (a typed one must be the KPI's).
_UNIT_WORDS = frozenset(
    {
        "小时",
        "天",
        "日",
        "分",
        "分钟",
        "次",
        "人",
        "个",
        "件",
        "台",
        "项",
        "家",
        "吨",
        "km",
        "h",
        "hour",
        "hours",
        "day",
        "days",
        "min",
        "minutes",
        "points",
        "times",
        "people",
        "pcs",
    }
)


class NumberInputError(ValueError):
    """A text that is not a value of the KPI; `code` names why (ui translates it).

    Codes: control_characters, too_long, formula, not_a_number, not_finite,
    ambiguous_separators, unit_mismatch, percent_not_allowed, too_large.
    """

    def __init__(self, code: str, /, **params: Any) -> None:
        self.code = code
        self.params = params
        super().__init__(f"{code}: {params}")


def money_scale(unit: str) -> Decimal | None:
    """How many yuan one of `unit` is (万元 → 10,000; "CNY M" → 1,000,000), or None.

    What follows a slash ("万元/人") is the per-something and does not change the size.
    """
    head = unicodedata.normalize("NFKC", unit).split("/", 1)[0].strip().lower()
    head = _SPACES.sub("", head)
    if not head:
        return None
    if head.startswith("10k") and head[3:] in ("cny", "rmb", "yuan"):
        return Decimal(10) ** 4
    for prefix in ("cny", "rmb"):
        if head.startswith(prefix):
            return _SIZES.get(head[len(prefix) :])
    if head.endswith("元"):
        return _SIZES.get(head[:-1])
    return None


def parse_value(text: str, unit: str, limit: float = DEFAULT_LIMIT) -> float | None:
    """`text` read as a value in `unit` (the unit the caller stores or shows it in).

    None means an empty cell (clear it). Raises NumberInputError with a code.
    """
    if len(text) > MAX_INPUT:
        raise NumberInputError("too_long", length=len(text), limit=MAX_INPUT)
    if _PLAIN.fullmatch(text):  # a bare number: already in the unit wanted
        plain = float(text.replace(",", ""))
        if abs(plain) > limit:
            raise NumberInputError("too_large", limit=limit)
        return 0.0 if plain == 0 else plain
    if any(unicodedata.category(ch) == "Cc" for ch in text):
        raise NumberInputError("control_characters")
    cleaned = unicodedata.normalize("NFKC", text).strip()
    if cleaned in _EMPTY:
        return None
    if cleaned[0] in "=@":
        raise NumberInputError("formula")
    if cleaned.lower().replace(" ", "") in _NOT_FINITE:
        raise NumberInputError("not_finite")
    negative = False
    if cleaned.startswith("(") and cleaned.endswith(")"):
        negative, cleaned = True, cleaned[1:-1].strip()
    if cleaned[:1] in ("-", "−", "+"):
        negative = negative != (cleaned[0] != "+")
        cleaned = cleaned[1:].strip()
    money = False
    prefix = _CURRENCY_PREFIX.match(cleaned)
    if prefix:
        money, cleaned = True, cleaned[prefix.end() :]
    if cleaned[:1] in ("-", "−") and not negative:  # "¥-5"
        negative, cleaned = True, cleaned[1:].strip()
    found = _NUMBER.match(cleaned)
    if found is None:
        raise NumberInputError("not_a_number", text=text[:40])
    digits = _plain_digits(found.group(1).strip())
    exponent = found.group(2)
    rest = _SPACES.sub("", cleaned[found.end() :])
    try:
        amount = Decimal(digits if exponent is None else f"{digits}e{exponent}")
    except InvalidOperation:
        raise NumberInputError("not_a_number", text=text[:40]) from None
    value = _in_unit(amount, rest, money, unit)
    if negative:
        value = -value
    if abs(value) > Decimal(repr(limit)):
        raise NumberInputError("too_large", limit=limit)
    result = float(value)
    return 0.0 if result == 0 else result  # no -0


def _plain_digits(digits: str) -> str:
    """Separators resolved: '1,234.5' and '1 234,5' and '1.234,5' all give '1234.5'.

    Spaces only ever group thousands; a lone comma not followed by exactly three
    digits ("12,5") or after space groups ("1 234,5") is a decimal comma; commas in
    threes ("1,234") group thousands, as in China and English; several dots in
    threes ("1.234.567") are European thousands.
    """
    spaced = bool(_SPACES.search(digits))
    commas, dots = digits.count(","), digits.count(".")
    fraction_after_comma = digits.rpartition(",")[2]
    group: str | None = None
    decimal: str | None = None
    if commas and dots:
        decimal, group = (".", ",") if digits.rfind(".") > digits.rfind(",") else (",", ".")
    elif commas == 1 and (spaced or len(fraction_after_comma) != 3):
        decimal = ","
    elif commas:
        group = ","
    elif dots > 1:
        group = "."
    elif dots:
        decimal = "."
    if "'" in digits or (spaced and group is not None):
        raise NumberInputError("ambiguous_separators", text=digits[:40])
    whole, fraction = digits, ""
    if decimal is not None:
        whole, _, fraction = digits.rpartition(decimal)
        if not fraction.isdigit() or (group is not None and group in fraction):
            raise NumberInputError("ambiguous_separators", text=digits[:40])
    whole = _SPACES.sub("X", whole)
    if group is not None:
        whole = whole.replace(group, "X")
    if not whole:
        whole = "0"
    if not all(ch.isdigit() or ch == "X" for ch in whole):
        raise NumberInputError("ambiguous_separators", text=digits[:40])
    whole = _grouped(whole)
    return f"{whole}.{fraction}" if fraction else whole


def _grouped(digits: str) -> str:
    """Digits grouped by X in threes after the first group, without the X's."""
    if "X" not in digits:
        return digits
    if not _GROUPED.match(digits):
        raise NumberInputError("ambiguous_separators", text=digits.replace("X", ",")[:40])
    return digits.replace("X", "")


def _in_unit(amount: Decimal, rest: str, money: bool, unit: str) -> Decimal:
    """`amount` followed by `rest` ("万元", "%", "小时", ...) as a value in `unit`."""
    wanted = unicodedata.normalize("NFKC", unit).strip()
    wanted_plain = _SPACES.sub("", wanted)
    if rest == "%":
        if wanted != "%":
            raise NumberInputError("percent_not_allowed", unit=unit)
        return amount
    target = money_scale(wanted)
    # The unit's own words may follow ("12 小时", "3.2 万元/人"): the number is in it.
    # ("¥3.2万元" into 万元 too: the ¥ only decorates.)
    if rest and rest.lower() in (wanted_plain.lower(), wanted_plain.split("/", 1)[0].lower()):
        return amount
    currency = _CURRENCY_SUFFIX.search(rest)
    if currency:
        money, rest = True, rest[: currency.start()]
    size = _SIZES.get(rest.lower())
    if size is None:
        if rest in _UNIT_WORDS or rest.lower() in _UNIT_WORDS:
            raise NumberInputError("unit_mismatch", typed=rest, unit=unit)
        raise NumberInputError("not_a_number", text=rest[:40])
    if target is None:
        if money or (wanted == "%" and size != 1):
            raise NumberInputError("unit_mismatch", typed=rest or "¥", unit=unit)
        return amount * size  # "3万" visits into a count
    if not money and size == 1:
        return amount  # a bare number: already in the unit wanted
    return amount * size / target


def split_block(text: str) -> list[list[str]]:
    """A tab-separated block as Excel and LibreOffice copy it: rows by line break
    (CRLF or LF, the last one ending the block), cells by tab. Each row as long as
    the longest (a short row's missing cells are empty)."""
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    if text.endswith("\n"):
        text = text[:-1]
    if not text:
        return []
    rows = [line.split("\t") for line in text.split("\n")]
    width = max(len(row) for row in rows)
    return [row + [""] * (width - len(row)) for row in rows]
