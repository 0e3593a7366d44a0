"""Review periods: the canonical period keys stored in SQLite and the calendar maths behind them.

This module owns the period vocabulary of perfdesk: years, halves, quarters, months, ten-day
periods (旬) and ISO weeks; their canonical text keys (``2026``, ``2026-H1``, ``2026-Q3``,
``2026-10``, ``2026-10-D2``, ``2026-W41``); their date ranges; navigation and nesting; and
parsing and display of the forms users type in Chinese and English. Standard library only.
"""

from __future__ import annotations

import datetime
import enum
import functools
import re
from dataclasses import dataclass

MIN_YEAR = 1900
MAX_YEAR = 2999


class PeriodError(ValueError):
    """Raised for text or values that do not describe a valid period."""


class Granularity(enum.StrEnum):
    YEAR = "year"
    HALF = "half"
    QUARTER = "quarter"
    MONTH = "month"
    TEN_DAY = "ten_day"
    WEEK = "week"

    @property
    def rank(self) -> int:
        """0 for YEAR, larger is finer; TEN_DAY and WEEK share the finest rank."""
        return _RANKS[self]


_G = Granularity
# TEN_DAY and WEEK share a rank because neither nests inside the other.
_RANKS = {_G.YEAR: 0, _G.HALF: 1, _G.QUARTER: 2, _G.MONTH: 3, _G.TEN_DAY: 4, _G.WEEK: 4}
_ORDER = {g: i for i, g in enumerate(Granularity)}
# Periods per year for the granularities that are a fixed subdivision of the calendar year.
_PER_YEAR = {_G.YEAR: 1, _G.HALF: 2, _G.QUARTER: 4, _G.MONTH: 12}
_NUMBER_NAMES = {_G.HALF: "half", _G.QUARTER: "quarter", _G.MONTH: "month", _G.TEN_DAY: "month"}
_KEY_FORMATS = {
    _G.YEAR: "{y:04d}",
    _G.HALF: "{y:04d}-H{n}",
    _G.QUARTER: "{y:04d}-Q{n}",
    _G.MONTH: "{y:04d}-{n:02d}",
    _G.TEN_DAY: "{y:04d}-{n:02d}-D{p}",
    _G.WEEK: "{y:04d}-W{n:02d}",
}


def _days_in_month(year: int, month: int) -> int:
    # datetime instead of the calendar module, which imports locale: start-up time.
    following = datetime.date(year + month // 12, month % 12 + 1, 1)
    return (following - datetime.timedelta(days=1)).day


def _iso_weeks(year: int) -> int:
    # 28 December always lies in the last ISO week of its year.
    return datetime.date(year, 12, 28).isocalendar().week


def _problem(g: Granularity, year: int, number: int, part: int) -> str | None:
    """Why these fields are not a valid period, or None if they are."""
    if not MIN_YEAR <= year <= MAX_YEAR:
        return f"year must be {MIN_YEAR}-{MAX_YEAR}"
    if g is _G.YEAR:
        if number != 0:
            return "a year has no number"
    elif g is _G.WEEK:
        weeks = _iso_weeks(year)
        if not 1 <= number <= weeks:
            return f"week must be 1-{weeks} in ISO year {year}"
    else:
        high = 12 if g is _G.TEN_DAY else _PER_YEAR[g]
        if not 1 <= number <= high:
            return f"{_NUMBER_NAMES[g]} must be 1-{high}"
    if g is _G.TEN_DAY:
        return None if 1 <= part <= 3 else "ten-day part must be 1-3"
    return None if part == 0 else "only ten-day periods have a part"


def _as_date(day: datetime.date) -> datetime.date:
    # datetime is a date subclass but refuses to compare with a plain date.
    return day.date() if isinstance(day, datetime.datetime) else day


@functools.total_ordering
@dataclass(frozen=True)
class Period:
    """One period; equal by value, ordered chronologically by ``sort_key``."""

    granularity: Granularity
    year: int
    number: int = 0
    part: int = 0

    def __post_init__(self) -> None:
        try:
            object.__setattr__(self, "granularity", Granularity(self.granularity))
        except ValueError:
            raise PeriodError(f"{self.granularity!r} is not a granularity") from None
        problem = _problem(self.granularity, self.year, self.number, self.part)
        if problem:
            raise PeriodError(f"{self.key!r} is not a valid period: {problem}")

    @functools.cached_property  # asked for again and again when periods are grouped
    def key(self) -> str:
        return _KEY_FORMATS[self.granularity].format(y=self.year, n=self.number, p=self.part)

    def __str__(self) -> str:
        return self.key

    def _months(self) -> tuple[int, int]:
        """First and last calendar month covered (not meaningful for weeks)."""
        span = 12 // _PER_YEAR.get(self.granularity, 12)
        first = (max(self.number, 1) - 1) * span + 1
        return first, first + span - 1

    @property
    def start(self) -> datetime.date:
        if self.granularity is _G.WEEK:
            return datetime.date.fromisocalendar(self.year, self.number, 1)
        day = 1 + 10 * (self.part - 1) if self.granularity is _G.TEN_DAY else 1
        return datetime.date(self.year, self._months()[0], day)

    @property
    def end(self) -> datetime.date:
        """The last day, inclusive."""
        if self.granularity is _G.WEEK:
            return datetime.date.fromisocalendar(self.year, self.number, 7)
        month = self._months()[1]
        if self.granularity is _G.TEN_DAY and self.part < 3:
            return datetime.date(self.year, month, 10 * self.part)
        return datetime.date(self.year, month, _days_in_month(self.year, month))

    @property
    def days(self) -> int:
        return (self.end - self.start).days + 1

    @property
    def sort_key(self) -> tuple[datetime.date, int, int]:
        # The third element only separates a ten-day period and a week starting the same day.
        return self.start, self.granularity.rank, _ORDER[self.granularity]

    def __lt__(self, other: Period) -> bool:
        if not isinstance(other, Period):
            return NotImplemented
        return self.sort_key < other.sort_key

    def next(self) -> Period:
        return self.shift(1)

    def previous(self) -> Period:
        return self.shift(-1)

    def shift(self, n: int) -> Period:
        """The period ``n`` steps later (earlier if negative) at the same granularity."""
        g = self.granularity
        if g is _G.WEEK:
            # ISO years have 52 or 53 weeks, so step by days rather than by index.
            try:
                return Period.of(self.start + datetime.timedelta(weeks=n), g)
            except OverflowError:
                raise PeriodError(f"cannot shift {self.key!r} by {n} weeks") from None
        if g is _G.TEN_DAY:
            index = (self.year * 12 + self.number - 1) * 3 + self.part - 1 + n
            months, part = divmod(index, 3)
            return Period(g, months // 12, months % 12 + 1, part + 1)
        per_year = _PER_YEAR[g]
        index = self.year * per_year + max(self.number, 1) - 1 + n
        return Period(g, index // per_year, index % per_year + 1 if per_year > 1 else 0)

    def contains(self, other: Period | datetime.date) -> bool:
        """Whether a date lies in this period's range, or a period belongs to this one.

        A date is compared with the range. A period follows `belongs_to`, the same rule as
        `children` and `parent`: a week belongs to the year, half, quarter or month holding its
        Thursday, even where its first or last days spill into the neighbour.
        """
        if isinstance(other, Period):
            return _belongs(other, self)
        return self.start <= _as_date(other) <= self.end

    def children(self, granularity: Granularity) -> list[Period]:
        """The periods of a finer granularity inside this one, in order.

        Weeks are assigned by their Thursday (the ISO rule), so a year's weeks are exactly its
        ISO weeks and a month's weeks may start before or end after the month.
        """
        granularity = Granularity(granularity)
        if granularity.rank <= self.granularity.rank:
            raise PeriodError(
                f"{granularity} is not finer than {self.granularity}, "
                f"so {self.key!r} has no {granularity} children"
            )
        result: list[Period] = []
        if granularity is _G.WEEK:
            thursday = self.start + datetime.timedelta(days=(3 - self.start.weekday()) % 7)
            while thursday <= self.end:
                result.append(Period.of(thursday, granularity))
                thursday += datetime.timedelta(weeks=1)
            return result
        # Calendar-based granularities nest exactly, so children tile the range.
        day = self.start
        while day <= self.end:
            child = Period.of(day, granularity)
            result.append(child)
            day = child.end + datetime.timedelta(days=1)
        return result

    def parent(self, granularity: Granularity) -> Period:
        """The coarser period containing this one (for a week, the one containing its Thursday)."""
        granularity = Granularity(granularity)
        if granularity.rank >= self.granularity.rank:
            raise PeriodError(
                f"{granularity} is not coarser than {self.granularity}, "
                f"so {self.key!r} has no {granularity} parent"
            )
        day = self.start
        if self.granularity is _G.WEEK:
            day += datetime.timedelta(days=3)
        return Period.of(day, granularity)

    @classmethod
    def of(cls, day: datetime.date, granularity: Granularity) -> Period:
        """The period of ``granularity`` containing ``day``."""
        day, g = _as_date(day), Granularity(granularity)
        if g is _G.WEEK:
            iso = day.isocalendar()
            if not MIN_YEAR <= iso.year <= MAX_YEAR:
                raise PeriodError(f"{day} is in ISO year {iso.year}, outside {MIN_YEAR}-{MAX_YEAR}")
            return cls(g, iso.year, iso.week)
        if not MIN_YEAR <= day.year <= MAX_YEAR:
            raise PeriodError(f"{day} is outside the supported years {MIN_YEAR}-{MAX_YEAR}")
        if g is _G.YEAR:
            return cls(g, day.year)
        if g is _G.TEN_DAY:
            return cls(g, day.year, day.month, min((day.day - 1) // 10 + 1, 3))
        months_per_period = 12 // _PER_YEAR[g]
        return cls(g, day.year, (day.month - 1) // months_per_period + 1)


# Hard-coded rather than calendar.month_name, which follows the process locale (Chinese on
# most of our users' machines) and would break English parsing and formatting.
_MONTH_NAMES = [
    *("January", "February", "March", "April", "May", "June"),
    *("July", "August", "September", "October", "November", "December"),
]
_MONTHS_BY_NAME = {name.upper(): i for i, name in enumerate(_MONTH_NAMES, 1)}
_MONTHS_BY_NAME.update({name[:3].upper(): i for i, name in enumerate(_MONTH_NAMES, 1)})
_MONTHS_BY_NAME["SEPT"] = 9
_ZH_NUMERALS = {"一": 1, "二": 2, "三": 3, "四": 4}
_XUN = ("上", "中", "下")

# Chinese input methods often produce full-width digits, letters and spaces.
_FULL_WIDTH = {0xFF01 + i: 0x21 + i for i in range(94)} | {0x3000: 0x20}

_Y = r"(?P<y>\d{4})"
_NAME = r"(?P<name>[A-Z]+)\.?\s*,?\s*"
_DAYS = r"\s*\(\s*(?P<d1>\d{1,2})\s*[-\u2013~]\s*(?P<d2>\d{1,2})\s*\)"
# Compiled on the first typed period, not at import (start-up pays ~4 ms otherwise).
_PATTERN_TEXTS = [
    ("YEAR", _Y + r"\s*年?"),
    ("HALF", _Y + r"\s*[-年]?\s*H(?P<n>\d{1,2})"),
    ("HALF", _Y + r"\s*年?\s*(?P<zh>[上下])半年"),
    ("HALF", r"H(?P<n>\d{1,2})\s*[-/,]?\s*" + _Y),
    ("QUARTER", _Y + r"\s*[-年]?\s*Q(?P<n>\d{1,2})"),
    ("QUARTER", _Y + r"\s*年\s*第?\s*(?P<n>\d{1,2}|[一二三四])\s*季度?"),
    ("QUARTER", r"Q(?P<n>\d{1,2})\s*[-/,]?\s*" + _Y),
    ("MONTH", _Y + r"\s*[-/.]\s*(?P<n>\d{1,2})"),
    ("MONTH", _Y + r"\s*年\s*(?P<n>\d{1,2})\s*月份?"),
    ("MONTH", _NAME + _Y),
    ("TEN_DAY", _Y + r"\s*[-/.]\s*(?P<n>\d{1,2})\s*[-/.]?\s*D(?P<p>\d{1,2})"),
    ("TEN_DAY", _Y + r"\s*年\s*(?P<n>\d{1,2})\s*月\s*(?P<zh>[上中下])旬"),
    ("TEN_DAY", _NAME + _Y + _DAYS),
    ("WEEK", _Y + r"\s*[-年]?\s*W(?P<n>\d{1,2})"),
    ("WEEK", _Y + r"\s*年\s*第?\s*(?P<n>\d{1,2})\s*[周週]"),
    ("WEEK", r"W(?P<n>\d{1,2})\s*[-/,]?\s*" + _Y),
]
_YEAR_OR_MONTH = re.compile(r"(?P<y>\d{4})(?:-(?P<n>\d{2}))?", re.ASCII)
_patterns_compiled: list[tuple[Granularity, re.Pattern[str]]] | None = None


def _patterns() -> list[tuple[Granularity, re.Pattern[str]]]:
    global _patterns_compiled
    if _patterns_compiled is None:  # two threads at once compile twice: harmless
        _patterns_compiled = [(Granularity[g], re.compile(p, re.ASCII)) for g, p in _PATTERN_TEXTS]
    return _patterns_compiled


_ACCEPTED = (
    "expected a period such as 2026, 2026-H1, 2026-Q3, 2026-10, 2026-10-D2, 2026-W41, "
    "2026年上半年, 2026年第3季度, 2026年10月, 2026年10月中旬, 2026年第41周, "
    "H1 2026, Q3 2026, Oct 2026, Oct 2026 (11-20) or 2026 W41"
)


def _fields(g: Granularity, m: re.Match[str]) -> tuple[int, int, int] | str:
    """(year, number, part) from a pattern match, or the reason the match is unusable."""
    groups = m.groupdict()
    year = int(groups["y"])
    number, part = 0, 0
    if groups.get("name") is not None:
        number = _MONTHS_BY_NAME.get(groups["name"], 0)
        if not number:
            return f"unknown month name {groups['name'].title()!r}"
    elif groups.get("n") is not None:
        number = _ZH_NUMERALS.get(groups["n"]) or int(groups["n"])
    if g is _G.HALF and groups.get("zh"):
        number = 1 if groups["zh"] == "上" else 2
    if g is _G.TEN_DAY:
        if groups.get("zh"):
            part = _XUN.index(groups["zh"]) + 1
        elif groups.get("p") is not None:
            part = int(groups["p"])
        else:
            if not MIN_YEAR <= year <= MAX_YEAR:
                return f"year must be {MIN_YEAR}-{MAX_YEAR}"
            last = _days_in_month(year, number)
            ranges = [(1, 10), (11, 20), (21, last)]
            span = (int(groups["d1"]), int(groups["d2"]))
            if span not in ranges:
                return f"day range must be 1-10, 11-20 or 21-{last}"
            part = ranges.index(span) + 1
    return year, number, part


def parse_period(text: str) -> Period:
    """Parse a canonical key or a common Chinese or English period form typed by a user.

    Case, surrounding and repeated whitespace, and full-width characters are all tolerated.
    """
    normal = " ".join(text.translate(_FULL_WIDTH).split()).upper()
    if not normal:
        raise PeriodError(f"{text!r} is not a valid period: the text is empty; {_ACCEPTED}")
    canonical = _YEAR_OR_MONTH.fullmatch(normal)  # the common case, without _patterns()
    if canonical is not None:
        g = _G.MONTH if canonical["n"] else _G.YEAR
        year, number = int(canonical["y"]), int(canonical["n"] or 0)
        problem = _problem(g, year, number, 0)
        if problem:
            raise PeriodError(f"{text!r} is not a valid period: {problem}")
        return Period(g, year, number, 0)
    for g, pattern in _patterns():
        match = pattern.fullmatch(normal)
        if match is None:
            continue
        fields = _fields(g, match)
        if isinstance(fields, str):
            raise PeriodError(f"{text!r} is not a valid period: {fields}")
        problem = _problem(g, *fields)
        if problem:
            raise PeriodError(f"{text!r} is not a valid period: {problem}")
        return Period(g, *fields)
    raise PeriodError(f"{text!r} is not a valid period: {_ACCEPTED}")


_DISPLAY_FORMATS = {
    "zh": {
        _G.YEAR: "{y}年",
        _G.HALF: "{y}年{half}半年",
        _G.QUARTER: "{y}年第{n}季度",
        _G.MONTH: "{y}年{n}月",
        _G.TEN_DAY: "{y}年{n}月{xun}旬",
        _G.WEEK: "{y}年第{n}周",
    },
    "en": {
        _G.YEAR: "{y}",
        _G.HALF: "H{n} {y}",
        _G.QUARTER: "Q{n} {y}",
        _G.MONTH: "{mon} {y}",
        _G.TEN_DAY: "{mon} {y} ({first}-{last})",
        _G.WEEK: "{y} W{n:02d}",
    },
}


def format_period(period: Period, lang: str = "zh") -> str:
    """Display text for a period; ``lang`` is 'zh' or 'en' (a locale such as 'zh_CN' also works)."""
    language = re.split(r"[-_]", lang.lower())[0]
    formats = _DISPLAY_FORMATS.get(language)
    if formats is None:
        raise ValueError(f"unsupported language {lang!r}: use 'zh' or 'en'")
    g, n = period.granularity, period.number
    calendar_month = g in (_G.MONTH, _G.TEN_DAY)
    return formats[g].format(
        y=period.year,
        n=n,
        half="上下"[n - 1] if g is _G.HALF else "",
        xun=_XUN[period.part - 1] if g is _G.TEN_DAY else "",
        mon=_MONTH_NAMES[n - 1][:3] if calendar_month else "",
        first=period.start.day,
        last=period.end.day,
    )


def periods_between(first: Period, last: Period) -> list[Period]:
    """Every period from ``first`` to ``last`` inclusive; empty if ``last`` is before ``first``."""
    if first.granularity is not last.granularity:
        raise PeriodError(
            f"cannot list periods between {first.key!r} ({first.granularity}) "
            f"and {last.key!r} ({last.granularity}): granularities differ"
        )
    result: list[Period] = []
    current = first
    while current <= last:
        result.append(current)
        if current == last:
            break
        current = current.next()
    return result


_KEY = re.compile(
    r"(?:19\d\d|2\d\d\d)"
    r"(?:-(?:H[12]|Q[1-4]|W(?P<w>0[1-9]|[1-4]\d|5[0-3])|(?:0[1-9]|1[0-2])(?:-D[1-3])?))?",
    re.ASCII,
)
_KEY_LETTERS = {"H": _G.HALF, "Q": _G.QUARTER, "W": _G.WEEK}


def granularity_of(key: str) -> Granularity:
    """The granularity of a canonical key, checked by shape without building a Period."""
    match = _KEY.fullmatch(key)
    if match is None or (match["w"] == "53" and _iso_weeks(int(key[:4])) != 53):
        raise PeriodError(f"{key!r} is not a canonical period key")
    if len(key) == 4:
        return _G.YEAR
    return _G.TEN_DAY if len(key) == 10 else _KEY_LETTERS.get(key[5], _G.MONTH)


def is_month_key(key: str) -> bool:
    """Whether ``key`` is a canonical month key ('2026-10'), not a half or quarter.

    '2026-H1' and '2026-Q1' are seven characters long too, so a length test is not enough.
    """
    try:
        return granularity_of(key) is _G.MONTH
    except PeriodError:
        return False


def belongs_to(child_key: str, parent_key: str) -> bool:
    """Whether the period ``child_key`` is ``parent_key`` or nests inside it.

    Weeks follow the ISO Thursday rule of `Period.children` and `Period.parent`: 2026-W01
    (29 Dec 2025 - 4 Jan 2026) belongs to 2026 and to 2026-01, not to 2025. A ten-day period
    and a week never nest in each other. Raises PeriodError for a key that is not canonical.
    """
    return _belongs(_from_key(child_key), _from_key(parent_key))


def _from_key(key: str) -> Period:
    granularity_of(key)  # refuses the free forms parse_period accepts
    return parse_period(key)


def _belongs(child: Period, parent: Period) -> bool:
    if child == parent:
        return True
    if child.granularity.rank <= parent.granularity.rank:
        return False
    return child.parent(parent.granularity) == parent


def format_month_name(period: Period, lang: str = "zh") -> str:
    """The month a period falls in, without its year ('10月', 'October'): for text whose
    year is already said ("2026年目标（进度截至10月）")."""
    month = period.start.month
    return _MONTH_NAMES[month - 1] if lang.lower().startswith("en") else f"{month}月"
