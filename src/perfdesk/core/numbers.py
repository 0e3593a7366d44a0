"""Numbers as a Chinese (or English) office writes them: one module for every view.

Every tab, report and export formats KPI values here, so "销售额" reads the same
everywhere. Pure Python (no Qt), so the rules are tested in milliseconds.

- Decimals follow the KPI, except for units counted in whole steps (hours,
  days, points/分, minutes): a whole value drops its ".0" ("2,360 小时",
  "90 分"), a fractional one keeps the KPI's decimals ("89.5 分"). A grid row
  of months keeps them all, so its numbers line up (format_bare).
- Percentages sit on the number: "92.5%".
- Money is stored in 万元 (the library's unit) and shown scaled by its size:
  元 / 万元 / 亿元 in Chinese ("0.78 万元" → "7,800 元", "615,600 万元" →
  "61.56 亿元"), CNY / k / M / bn in English ("CNY 7,800", "CNY 130M",
  "CNY 6.16bn"). A unit per something ("万元/人") keeps its "/人".
- The language follows the unit's own words when not given (a KPI defined only
  in Chinese shows its Chinese unit in both interfaces, and reads as Chinese).
"""

from __future__ import annotations

import math
import re
from dataclasses import dataclass

# Units in whole steps: ".0" is noise on them.
WHOLE_STEP_UNITS = frozenset(
    {"小时", "天", "分", "分钟", "hours", "hour", "h", "days", "day", "points", "min", "minutes"}
)
# Money stored in 万元 (ten thousand yuan), per language, with what may follow it ("/人").
_WAN_ZH = "万元"
_WAN_EN = re.compile(r"^10k\s*(CNY|RMB|yuan)\b", re.IGNORECASE)
_YUAN_PER_WAN = 10_000


def is_finite(value: float | None) -> bool:
    return value is not None and not (math.isnan(value) or math.isinf(value))


def language_of(unit: str) -> str:
    """'zh' for a unit written in Chinese characters, else 'en'."""
    # Not a regex: compiling that character class costs ~3 ms at every start.
    cjk = any("\u3400" <= ch <= "\u9fff" or "\uf900" <= ch <= "\ufaff" for ch in unit)
    return "zh" if cjk else "en"


def number(value: float, decimals: int, trim: bool = False) -> str:
    """Grouped digits with `decimals` places; `trim` drops the decimals of a whole value."""
    decimals = max(int(decimals), 0)
    if trim and round(value, decimals) == round(value):
        decimals = 0
    text = f"{value:,.{decimals}f}"
    if text.startswith("-") and not any(c in "123456789" for c in text):
        text = text[1:]  # -0.04 at one decimal is 0.0, not -0.0
    return text


def _money_rest(unit: str) -> tuple[str, str] | None:
    """For a 万元 unit, (language, what follows the money: '' or '/人'); else None."""
    stripped = unit.strip()
    if stripped.startswith(_WAN_ZH):
        return "zh", stripped[len(_WAN_ZH) :].strip()
    match = _WAN_EN.match(stripped)
    if match:
        return "en", stripped[match.end() :].strip()
    return None


def format_money(value_wan: float, decimals: int = 2, lang: str = "zh", per: str = "") -> str:
    """An amount stored in 万元, scaled by its size for reading.

    Chinese: under 1 万元 in 元 (whole yuan), under 1 亿元 in 万元 (the KPI's
    decimals, at most 2, trailing zeros dropped), from 1 亿元 in 亿元 (two
    decimals, trailing zeros dropped). English: CNY, CNY …k (from 10,000),
    CNY …M, CNY …bn. `per` is what follows the unit ("/人", "/person").
    """
    yuan = value_wan * _YUAN_PER_WAN
    size = abs(yuan)
    if lang == "zh":
        if size >= 1e8:
            text, unit = _short(yuan / 1e8), "亿元"
        elif size >= 1e4:
            text, unit = _short(value_wan, min(max(decimals, 0), 2)), "万元"
        else:
            text, unit = number(yuan, 0), "元"
        return f"{text} {unit}{per}"
    if size >= 1e9:
        text = _short(yuan / 1e9) + "bn"
    elif size >= 1e6:
        text = _short(yuan / 1e6) + "M"
    elif size >= 1e4:
        text = _short(yuan / 1e3, 1) + "k"
    else:
        text = number(yuan, 0)
    return f"CNY {text}{per}"


def _short(value: float, decimals: int = 2) -> str:
    """Up to `decimals` places, trailing zeros dropped: 61.56, 1.3, 130."""
    text = number(value, decimals)
    if "." in text:
        text = text.rstrip("0").rstrip(".")
    return text


def format_kpi_value(
    value: float | None, decimals: int, unit: str = "", lang: str | None = None, trim: bool = True
) -> str:
    """A KPI value for display with its unit: '2,360 小时', '92.5%', '61.56 亿元'.

    None, NaN and infinities give '' (the caller shows its own dash). `trim=False`
    keeps the decimals of a whole value in a whole-step unit (to match a neighbour).
    """
    if value is None or not is_finite(value):
        return ""
    money = _money_rest(unit)
    if money is not None:
        unit_lang, per = money
        return format_money(value, decimals, lang or unit_lang, per)
    unit = unit.strip()
    if unit == "%":
        return number(value, decimals) + "%"
    text = number(value, decimals, trim=trim and unit in WHOLE_STEP_UNITS)
    return f"{text} {unit}" if unit else text


def format_bare(value: float | None, decimals: int, unit: str = "", trim: bool = False) -> str:
    """The number alone, in the stored unit (a grid whose header names the unit).

    Not scaled (a column must stay in one unit), and by default with the KPI's
    decimals even when whole, so a row of months lines up ("203.0" beside "201.8");
    `trim=True` drops them for whole-step units like format_kpi_value.
    """
    if value is None or not is_finite(value):
        return ""
    return number(value, decimals, trim=trim and unit.strip() in WHOLE_STEP_UNITS)


def format_minutes(minutes: float) -> str:
    """Meeting minutes: '5', '2.5' (one decimal only when there is one)."""
    return number(minutes, 1, trim=True)


def format_change(
    before: float | None,
    after: float | None,
    decimals: int,
    unit: str = "",
    lang: str | None = None,
) -> str:
    """'90 → 95 分', '92.5 → 95.0%', '1.2 → 1.3 亿元': a unit shared by both is said once."""
    # Both with the same decimals: "15.0 → 16.2 小时", not "15 → 16.2 小时".
    trim = all(
        v is None or not is_finite(v) or round(v, decimals) == round(v) for v in (before, after)
    )
    first = format_kpi_value(before, decimals, unit, lang, trim) or "—"
    second = format_kpi_value(after, decimals, unit, lang, trim) or "—"
    head, _, tail = first.rpartition(" ")
    if head and tail and not any(c.isdigit() for c in tail) and second.endswith(" " + tail):
        first = head
    elif first.endswith("%") and second.endswith("%"):
        first = first[:-1]
    return f"{first} → {second}"


# -- a grid row in one scale ---------------------------------------------------


@dataclass(frozen=True)
class RowScale:
    """How a grid row shows its numbers: divided by `divisor` (in the stored unit) with
    `decimals` places, the unit said once in the row's header ("销售额 (亿元)")."""

    divisor: float
    decimals: int
    unit: str
    trim: bool = False  # whole-step units drop ".0" only where a whole row is whole

    def format(self, value: float | None) -> str:
        if value is None or not is_finite(value):
            return ""
        return number(value / self.divisor, self.decimals, trim=self.trim)


def row_scale(
    unit: str, decimals: int, reference: float | None, lang: str | None = None
) -> RowScale:
    """The scale of a grid row whose largest value is about `reference` (its year target).

    Money (stored in 万元) is shown in 元 / 万元 / 亿元 (CNY / CNY k / CNY M / CNY bn),
    picked from the reference, so the months of a row compare and a 7-digit 万元
    figure reads "59.80" in a row headed 亿元, as the Goals tab says "59.8 亿元".
    Other units keep their own unit and the KPI's decimals, except that a row in the
    thousands (a company's 77,080 training hours) drops them: "6,817" beside "6,744",
    four figures already say enough, and the months then fit a projector's width.
    """
    money = _money_rest(unit)
    if money is None:
        large = reference is not None and is_finite(reference) and abs(reference) >= 1000
        return RowScale(1.0, 0 if large else max(int(decimals), 0), unit.strip())
    unit_lang, per = money
    lang = lang or unit_lang
    yuan = abs(reference or 0.0) * _YUAN_PER_WAN
    if lang == "zh":
        if yuan >= 1e8:
            return RowScale(1e4, 2, f"亿元{per}")
        if yuan >= 1e4:
            return RowScale(1.0, min(max(int(decimals), 0), 2), f"万元{per}")
        return RowScale(1e-4, 0, f"元{per}")
    if yuan >= 1e9:
        return RowScale(1e5, 2, f"CNY bn{per}")
    if yuan >= 1e6:
        return RowScale(1e2, 2, f"CNY M{per}")
    if yuan >= 1e4:
        return RowScale(0.1, 1, f"CNY k{per}")
    return RowScale(1e-4, 0, f"CNY{per}")
