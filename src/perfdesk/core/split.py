"""Exact period split: a goal's target shared over its quarters, months, 旬 or ISO weeks.

Pure Python. An amount is split in integer minor units at the KPI's decimals (a KPI
with 2 decimals splits in hundredths), by largest remainder: every part gets the
floor of its exact quota, and the units left over go one each to the parts with
the largest remainders (ties: the larger weight, then the earlier period). So the
parts add up exactly to the whole: nothing is lost or invented by rounding. A whole
(or a locked part) with more decimals than the KPI allows is refused rather than
rounded, for the same reason.

What is split depends on the KPI's aggregation:

- sum (additive amounts): by amount, as above;
- average and ratio (rates): by value, every period gets the whole's rate, since a
  rate does not add up over periods;
- last (stocks such as headcount): every period gets the target too: the stock
  wanted at the end of each period.

Methods (by amount):

- EVEN: months, quarters and halves get equal parts: a department head reads
  "1,200 a year" as "100 a month", not February's 92; 旬 and weeks are shared by
  their days, since a 旬 has 8 to 11 days and a week at the edge of the year only
  some of its 7;
- PROFILE: twelve month weights (a seasonal profile); a month gets its weight, a
  quarter the sum of its months', and a 旬 or a week its months' weights in
  proportion to its days in each month;
- LAST_YEAR: the shape of last year's actuals (any granularity, turned into month
  weights by their days), used as a profile; empty, all-zero or negative history
  falls back to EVEN with a reason (`Split.fallback`);
- any method with locks: chosen periods keep the amount given to them, and the
  remainder is shared over the unlocked ones by the method's weights; refused when
  the locked parts exceed the whole or nothing is left unlocked.

Weeks. A year's weeks are its ISO weeks (the Thursday rule of core/periods, which is
also what the store accepts for a yearly goal: 2026 has 53, W01 to W53), counted by
days, never from months. A week straddling the year takes weight only for its days
inside the year: 2026-W01 (29 Dec 2025 - 4 Jan 2026) counts 4 days, 2026-W53 (28 Dec
2026 - 3 Jan 2027) counts 4. Days of the calendar year that lie in the previous ISO
year's last week (1-3 Jan 2027 belong to 2026-W53) have no week in this year, so the
whole is shared over the weeks that are: the weights are relative.

Errors are SplitError with a `code` (the UI says it in Chinese or English) and
parameters.
"""

from __future__ import annotations

import datetime
import enum
import functools
import math
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from decimal import Decimal, InvalidOperation
from fractions import Fraction
from typing import NamedTuple

from perfdesk.core.kpi import Aggregation
from perfdesk.core.periods import Granularity, Period, PeriodError, belongs_to, granularity_of

MONTHS = 12
MAX_DECIMALS = 6
# Granularities a target can be split to (stored are only month, ten_day and week).
SPLIT_GRANULARITIES = (
    Granularity.HALF,
    Granularity.QUARTER,
    Granularity.MONTH,
    Granularity.TEN_DAY,
    Granularity.WEEK,
)
_BY_DAYS = (Granularity.TEN_DAY, Granularity.WEEK)

# code -> English text (logs); the UI translates by code.
ERRORS: dict[str, str] = {
    "no_kpi": "The goal has no KPI (it may have been removed); there is nothing to split by.",
    "no_target": "The goal has no target to split.",
    "bad_number": "The {field} must be a finite number.",
    "bad_decimals": "Decimals must be between 0 and 6.",
    "whole_precision": "The target {value} has more decimals than the KPI's {decimals}.",
    "lock_precision": "{value} for {period} has more decimals than the KPI's {decimals}.",
    "bad_granularity": "A {period} target cannot be split into {granularity} periods.",
    "profile_length": "A seasonal profile has 12 month weights, not {count}.",
    "profile_negative": "Month {month}'s weight is negative; weights are 0 or more.",
    "profile_zero": "All month weights are zero; at least one must be above zero.",
    "no_weight_left": "The unlocked periods all have a weight of zero, so {rest} has "
    "nowhere to go.",
    "locked_exceed": "The locked parts add up to {locked}, more than the whole {whole}.",
    "nothing_unlocked": "Every period is locked; unlock at least one to take the rest.",
    "unknown_period": "{period} is not one of the periods being split.",
    "bad_method": "“{value}” is not a split method.",
    # cascade (core/cascade.py)
    "no_holders": "Choose at least one holder to cascade to.",
    "share_negative": "A share cannot be negative.",
    "share_over": "A share cannot be above 100 %.",
    "shares_total": "The shares add up to {total} %, not 100 %.",
    "pinned_over": "The shares you set add up to {total} %, more than 100 %.",
    "nothing_to_share": "Every share is set by hand; leave one to take the rest.",
}
# Why a method fell back to an even split (Split.fallback, Plan.fallback).
FALLBACKS: dict[str, str] = {
    "last_year_empty": "Last year has no actuals (or only zeros): split evenly instead.",
    "last_year_negative": "Last year has negative actuals, which give no shape: split evenly "
    "instead.",
    "no_headcount": "Nobody is counted in these holders: shared evenly instead.",
}


class SplitError(ValueError):
    """A split that cannot be made; `code` names why (a key of ERRORS)."""

    def __init__(self, code: str, /, **params: object) -> None:
        self.code = code
        self.params = params
        try:
            text = ERRORS[code].format(**params)
        except (KeyError, IndexError):
            text = f"{code} {params}"
        super().__init__(text)


class Method(enum.StrEnum):
    EVEN = "even"
    PROFILE = "profile"
    LAST_YEAR = "last_year"


class Mode(enum.StrEnum):
    AMOUNT = "amount"  # sum KPIs: parts add up to the whole
    VALUE = "value"  # average and ratio KPIs: every period the same rate
    STOCK = "stock"  # last-value KPIs: every period the target stock


def mode_of(aggregation: Aggregation | str | None) -> Mode:
    """How a KPI's target is split (or cascaded): by amount, by value, or as a stock."""
    if aggregation is None:
        raise SplitError("no_kpi")
    aggregation = Aggregation(aggregation)
    if aggregation is Aggregation.SUM:
        return Mode.AMOUNT
    return Mode.STOCK if aggregation is Aggregation.LAST else Mode.VALUE


# -- minor units ----------------------------------------------------------------------


def _decimal(value: float | int | str | Decimal, field: str) -> Decimal:
    try:
        if isinstance(value, Decimal):
            number = value
        elif isinstance(value, str):
            number = Decimal(value.strip())
        elif isinstance(value, int) and not isinstance(value, bool):
            number = Decimal(value)
        else:
            number = Decimal(repr(float(value)))  # the shortest repr: 0.1 is 0.1
    except (InvalidOperation, ValueError, TypeError):
        raise SplitError("bad_number", field=field) from None
    if not number.is_finite():
        raise SplitError("bad_number", field=field)
    return number


def to_minor(value: float | int | str | Decimal, decimals: int) -> int | None:
    """`value` in integer units of 10**-decimals, or None if it has more decimals."""
    scaled = _decimal(value, "value").scaleb(decimals)
    if scaled != scaled.to_integral_value():
        return None
    return int(scaled)


def from_minor(minor: int, decimals: int) -> float:
    """The float whose shortest repr is exactly `minor` × 10**-decimals.

    Python divides ints correctly rounded, as float(Decimal) converts: both give the
    double nearest the exact quotient, without a Decimal per part."""
    return minor / _POWERS[decimals] if decimals else float(minor)


_POWERS = tuple(10**d for d in range(MAX_DECIMALS + 1))


def _check_decimals(decimals: int) -> int:
    if not isinstance(decimals, int) or not 0 <= decimals <= MAX_DECIMALS:
        raise SplitError("bad_decimals")
    return decimals


def whole_minor(total: float | int | str | Decimal, decimals: int) -> int:
    """The whole in minor units; refused when it has more decimals than the KPI."""
    minor = to_minor(total, _check_decimals(decimals))
    if minor is None:
        raise SplitError("whole_precision", value=str(total), decimals=decimals)
    return minor


def _numerator(weight: Fraction | int) -> int:
    return weight if isinstance(weight, int) else weight.numerator


def _denominator(weight: Fraction | int) -> int:
    return 1 if isinstance(weight, int) else weight.denominator


def allocate(
    total: int,
    weights: Sequence[Fraction | float | int],
    locked: Mapping[int, int] | None = None,
) -> list[int]:
    """Share `total` minor units over `weights` by largest remainder.

    `locked` maps positions to the minor units they keep; the rest (total minus the
    locked sum) goes to the other positions by their weights. The result always adds
    up to `total` exactly. Refused: negative weights, locks exceeding the whole, no
    unlocked position, or unlocked weights all zero while something is left to share.
    """
    if not locked and type(weights) is tuple and weights and _whole_weights(weights):
        # Whole, non-negative weights without locks (an even split, a parent's shape):
        # straight to the largest remainder, without the checks' passes below.
        total_weight = _weight_sum(weights)
        if total == 0:
            return [0] * len(weights)
        if total_weight == 0:
            raise SplitError("no_weight_left", rest=total)
        sign = 1 if total > 0 else -1
        size = abs(total)
        return [sign * part for part in _largest_remainder(size, weights, total_weight)]
    locked = dict(locked or {})
    count = len(weights)
    for position in locked:
        if not 0 <= position < count:
            raise SplitError("unknown_period", period=position)
    # Whole weights (the common case) skip Fraction: it costs ~25 us each.
    fractions: Sequence[Fraction | int] = (
        weights  # type: ignore[assignment]
        if all(type(w) is int for w in weights)
        else [Fraction(w) for w in weights]
    )
    if any(w < 0 for w in fractions):
        raise SplitError(
            "profile_negative", month=next(i for i, w in enumerate(fractions) if w < 0) + 1
        )
    locked_sum = sum(locked.values())
    rest = total - locked_sum
    if (total >= 0 and rest < 0) or (total < 0 and rest > 0):
        raise SplitError("locked_exceed", locked=locked_sum, whole=total)
    free = [i for i in range(count) if i not in locked]
    if not free:
        if rest == 0 and count:
            return [locked[i] for i in range(count)]
        raise SplitError("nothing_unlocked")
    weight_sum = sum(fractions[i] for i in free)
    parts = [locked.get(i, 0) for i in range(count)]
    if rest == 0:
        return parts
    if weight_sum == 0:
        raise SplitError("no_weight_left", rest=rest)
    sign = 1 if rest > 0 else -1
    size = abs(rest)
    # Integers throughout: the weights over their common denominator, so each quota
    # size * w / W is an exact integer division with its remainder.
    whole_weights: dict[int, int]
    if fractions is weights:  # whole weights already (even, by days, a parent's shape)
        whole_weights = {i: int(fractions[i]) for i in free}
    else:
        common = math.lcm(*(_denominator(fractions[i]) for i in free))
        whole_weights = {
            i: _numerator(fractions[i]) * (common // _denominator(fractions[i])) for i in free
        }
    total_weight = sum(whole_weights.values())
    shares = _largest_remainder(size, [whole_weights[i] for i in free], total_weight)
    for i, value in zip(free, shares, strict=True):
        parts[i] = sign * value
    return parts


def _largest_remainder(size: int, weights: Sequence[int], total_weight: int) -> list[int]:
    """`size` units over whole `weights` (summing to `total_weight` > 0): each the floor
    of its quota, the units left one each to the largest remainders (ties: the larger
    weight, then the earlier position)."""
    floors: list[int] = []
    remainders: list[tuple[int, int, int]] = []
    for i, weight in enumerate(weights):
        whole, remainder = divmod(size * weight, total_weight)
        floors.append(whole)
        remainders.append((remainder, weight, -i))
    left = size - sum(floors)
    remainders.sort(reverse=True)
    for _rem, _w, negative in remainders[:left]:
        floors[-negative] += 1
    return floors


@functools.lru_cache(maxsize=1024)
def _whole_weights(weights: tuple[Fraction | float | int, ...]) -> bool:
    """Whether every weight is an int of 0 or more (asked once per layout or shape)."""
    return all(type(w) is int and w >= 0 for w in weights)


@functools.lru_cache(maxsize=1024)
def _weight_sum(weights: tuple[int, ...]) -> int:
    return sum(weights)


def _allocate(
    total: int, weights: Sequence[Fraction | int], locked: Mapping[int, int], decimals: int
) -> list[int]:
    """`allocate`, its refusals stated in the KPI's units rather than minor units."""
    try:
        return allocate(total, weights, locked)
    except SplitError as error:
        if error.code == "locked_exceed":
            raise SplitError(
                "locked_exceed",
                locked=from_minor(sum(locked.values()), decimals),
                whole=from_minor(total, decimals),
            ) from None
        if error.code == "no_weight_left":
            rest = total - sum(locked.values())
            raise SplitError("no_weight_left", rest=from_minor(rest, decimals)) from None
        raise


# -- periods and their weights ------------------------------------------------------


def split_periods(whole: Period, granularity: Granularity | str) -> list[Period]:
    """The periods of `granularity` a target for `whole` splits into (weeks: ISO, Thursday rule)."""
    return list(_layout(whole, str(granularity))[0])


@functools.lru_cache(maxsize=512)
def _layout(
    whole: Period, granularity: str
) -> tuple[tuple[Period, ...], tuple[int, ...], tuple[str, ...], dict[str, int]]:
    """(the periods, their days inside `whole`, their keys, each key's position),
    computed once per whole and granularity. The dict is shared: never change it."""
    try:
        chosen = Granularity(granularity)
        if chosen not in SPLIT_GRANULARITIES:
            raise PeriodError(granularity)
        periods = tuple(whole.children(chosen))
    except (PeriodError, ValueError):
        raise SplitError("bad_granularity", period=whole.key, granularity=granularity) from None
    keys = tuple(p.key for p in periods)
    return (
        periods,
        tuple(days_inside(p, whole) for p in periods),
        keys,
        {key: i for i, key in enumerate(keys)},
    )


@functools.lru_cache(maxsize=256)
def _whole(key: str) -> Period:
    """A goal's period from its key, parsed once (a split of every goal asks the same)."""
    from perfdesk.core.periods import parse_period

    return parse_period(key)


@functools.lru_cache(maxsize=8192)
def fits_entry(period: str, granularity: str, whole: str) -> bool:
    """Whether the key `period` is a `granularity` period inside the goal period `whole`
    (a value the goal is entered at); answered once per key, a split asks thousands."""
    try:
        return granularity_of(period).value == granularity and belongs_to(period, whole)
    except PeriodError:
        return False


def days_inside(period: Period, whole: Period) -> int:
    """Days of `period` that lie inside `whole` (a week at the edge of the year: some)."""
    first = max(period.start, whole.start)
    last = min(period.end, whole.end)
    return max((last - first).days + 1, 0)


def _month_days(year: int, month: int) -> int:
    return Period(Granularity.MONTH, year, month).days


def _profile_weight(period: Period, whole: Period, profile: Sequence[Fraction]) -> Fraction:
    """Σ over the months `period` touches inside `whole`: month weight × days / month days."""
    first = max(period.start, whole.start)
    last = min(period.end, whole.end)
    weight = Fraction(0)
    day = first
    while day <= last:
        month_end = datetime.date(
            day.year + day.month // 12, day.month % 12 + 1, 1
        ) - datetime.timedelta(days=1)
        stop = min(month_end, last)
        days = (stop - day).days + 1
        weight += profile[day.month - 1] * Fraction(days, _month_days(day.year, day.month))
        day = stop + datetime.timedelta(days=1)
    return weight


def check_profile(weights: Sequence[float | int | str]) -> list[Fraction]:
    """Twelve non-negative month weights, not all zero, as exact fractions."""
    if len(weights) != MONTHS:
        raise SplitError("profile_length", count=len(weights))
    result = []
    for month, weight in enumerate(weights, 1):
        number = _decimal(weight, "weight")
        if number < 0:
            raise SplitError("profile_negative", month=month)
        result.append(Fraction(number))
    if not any(result):
        raise SplitError("profile_zero")
    return result


def shape_of_history(history: Mapping[str, float | None]) -> list[Fraction] | str:
    """Month weights from last year's actuals (period key -> value), or why there are none.

    Values of any granularity are spread over their months by days. 'last_year_empty'
    when nothing usable is there (no values, or all zero), 'last_year_negative' when a
    value is below zero (a shape with negative months means nothing to share by).
    """
    from perfdesk.core.periods import parse_period

    months = [Fraction(0)] * MONTHS
    seen = False
    for key, value in history.items():
        if value is None or not math.isfinite(value):
            continue
        if value < 0:
            return "last_year_negative"
        try:
            period = parse_period(key)
        except PeriodError:
            continue
        seen = True
        amount = Fraction(value)
        total_days = period.days
        day = period.start
        while day <= period.end:
            month_end = datetime.date(
                day.year + day.month // 12, day.month % 12 + 1, 1
            ) - datetime.timedelta(days=1)
            stop = min(month_end, period.end)
            months[day.month - 1] += amount * Fraction((stop - day).days + 1, total_days)
            day = stop + datetime.timedelta(days=1)
    if not seen or not any(months):
        return "last_year_empty"
    return months


@functools.lru_cache(maxsize=256)
def _even_weights(days: tuple[int, ...], granularity: Granularity) -> tuple[int, ...]:
    if granularity in _BY_DAYS:
        return days
    return (1,) * len(days)


def weights_for(
    periods: Sequence[Period],
    whole: Period,
    granularity: Granularity,
    profile: Sequence[Fraction] | None,
) -> list[Fraction]:
    """Each period's weight: by profile if given, else even (by days for 旬 and weeks)."""
    if profile is not None:
        return [_profile_weight(p, whole, profile) for p in periods]
    if granularity in _BY_DAYS:
        return [Fraction(days_inside(p, whole)) for p in periods]
    return [Fraction(1)] * len(periods)


# -- the split -----------------------------------------------------------------------


class Part(NamedTuple):
    """One period's share (a named tuple: a split of every goal makes thousands)."""

    period: Period
    value: float
    minor: int | None  # minor units (by amount), None when split by value
    locked: bool
    days: int  # days inside the whole
    key: str = ""  # the period's key (computed once per layout, not per part)


@dataclass(frozen=True)
class Split:
    whole: Period
    granularity: Granularity
    mode: Mode
    method: Method  # the method used (LAST_YEAR may have fallen back to EVEN)
    decimals: int
    total: float
    parts: tuple[Part, ...]
    fallback: str | None = None  # why LAST_YEAR fell back to EVEN ('last_year_empty', ...)

    @property
    def total_minor(self) -> int | None:
        if self.mode is not Mode.AMOUNT:
            return None
        return sum(p.minor or 0 for p in self.parts)

    def values(self) -> dict[str, float]:
        return {p.key: p.value for p in self.parts}


def split_target(
    total: float | int | str | None,
    whole: Period | str,
    granularity: Granularity | str,
    *,
    aggregation: Aggregation | str | None,
    decimals: int,
    method: Method | str = Method.EVEN,
    profile: Sequence[float | int | str] | None = None,
    history: Mapping[str, float | None] | None = None,
    locked: Mapping[str, float | int | str] | None = None,
) -> Split:
    """Split `total` (the target of period `whole`) into `granularity` periods.

    `profile`: twelve month weights (PROFILE). `history`: last year's actuals by period
    key (LAST_YEAR). `locked`: period key -> value kept as given; the rest is shared
    over the others. A total of 0 splits into zeros; a missing total is refused.
    """
    mode = mode_of(aggregation)
    decimals = _check_decimals(decimals)
    if total is None:
        raise SplitError("no_target")
    if isinstance(whole, str):
        whole = _whole(whole)
    periods_tuple, days_tuple, keys, index = _layout(whole, str(granularity))
    granularity = Granularity(granularity)
    periods, days = list(periods_tuple), list(days_tuple)
    try:
        method = Method(method)
    except ValueError:
        raise SplitError("bad_method", value=str(method)) from None
    locked = dict(locked or {})
    for key in locked:
        if key not in index:
            raise SplitError("unknown_period", period=key)
    fallback = None
    if mode is not Mode.AMOUNT:
        value = float(_decimal(total, "target"))
        if not locked:
            parts = tuple(
                Part(period, value, None, False, day, key)
                for period, day, key in zip(periods_tuple, days_tuple, keys, strict=True)
            )
            return Split(whole, granularity, mode, Method.EVEN, decimals, value, parts)
        shares = []
        for i, period in enumerate(periods):
            own = locked.get(keys[i])
            shown = value if own is None else float(_decimal(own, "value"))
            shares.append(Part(period, shown, None, own is not None, days[i], keys[i]))
        return Split(whole, granularity, mode, Method.EVEN, decimals, value, tuple(shares))
    whole_units = whole_minor(total, decimals)
    locked_units: dict[int, int] = {}
    for key, kept in locked.items():
        minor = to_minor(kept, decimals)
        if minor is None:
            raise SplitError("lock_precision", value=str(kept), period=key, decimals=decimals)
        locked_units[index[key]] = minor
    shape: Sequence[Fraction] | None = None
    if method is Method.PROFILE:
        shape = check_profile(profile or ())
    elif method is Method.LAST_YEAR:
        found = shape_of_history(history or {})
        if isinstance(found, str):
            fallback, method = found, Method.EVEN
        else:
            shape = found
    weights: Sequence[Fraction | int]
    if shape is None:
        weights = _even_weights(days_tuple, granularity)
    else:
        weights = weights_for(periods, whole, granularity, shape)
    minors = _allocate(whole_units, weights, locked_units, decimals)
    amounts = [
        Part(p, from_minor(m, decimals), m, i in locked_units, days[i], keys[i])
        for i, (p, m) in enumerate(zip(periods, minors, strict=True))
    ]
    return Split(
        whole,
        granularity,
        mode,
        method,
        decimals,
        from_minor(whole_units, decimals),
        tuple(amounts),
        fallback,
    )


@functools.lru_cache(maxsize=256)
def _shape_weights(values: tuple[float | None, ...]) -> tuple[int, ...] | None:
    """A shape's weights as whole numbers over their common denominator (None when the
    shape has nothing usable: a missing, non-finite or negative value, or all zero):
    the same for every child of one parent, so worked out once."""
    usable = all(v is not None and math.isfinite(v) and v >= 0 for v in values) and any(values)
    if not usable:
        return None
    fractions = [Fraction(_decimal(v, "value")) for v in values if v is not None]
    common = math.lcm(*(f.denominator for f in fractions))
    return tuple(f.numerator * (common // f.denominator) for f in fractions)


def split_like(
    total: float | int | str | None,
    whole: Period | str,
    granularity: Granularity | str,
    *,
    aggregation: Aggregation | str | None,
    decimals: int,
    shape: Mapping[str, float | None],
) -> Split:
    """Split `total` in the proportions of `shape` (period key -> weight, such as the
    parent goal's period targets when a goal is cascaded); evenly, with the fallback
    'shape_empty', when the shape has nothing usable (missing, zero or negative)."""
    mode = mode_of(aggregation)
    if isinstance(whole, str):
        whole = _whole(whole)
    periods_tuple, days_tuple, keys, _index = _layout(whole, str(granularity))
    weights = _shape_weights(tuple(map(shape.get, keys)))
    if mode is not Mode.AMOUNT or weights is None:
        split = split_target(total, whole, granularity, aggregation=aggregation, decimals=decimals)
        if mode is Mode.AMOUNT:
            return Split(**{**split.__dict__, "fallback": "shape_empty"})
        return split
    if total is None:
        raise SplitError("no_target")
    units = whole_minor(total, _check_decimals(decimals))
    minors = _allocate(units, weights, {}, decimals)
    parts = tuple(
        Part(p, from_minor(m, decimals), m, False, d, k)
        for p, m, d, k in zip(periods_tuple, minors, days_tuple, keys, strict=True)
    )
    return Split(
        whole,
        Granularity(granularity),
        mode,
        Method.PROFILE,
        decimals,
        from_minor(units, decimals),
        parts,
    )
