"""KPI definitions and what a value means against its target.

Owns the vocabulary of a KPI (direction, aggregation, balanced-scorecard
perspective), the achievement rate, the red/amber/green status, the capped
rate and weighted score that achievement feeds, and the aggregation of period
values. Pure Python: the store, the tabs and the reports
all ask this module, so a lower-is-better KPI is judged the same way everywhere.
"""

from __future__ import annotations

import enum
import math
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

# The most one goal's achievement counts for in a weighted score (120 %, a common
# ceiling in performance contracts), so one runaway KPI cannot hide the misses of the
# others. Display rates are not capped; only scoring is (`capped_achievement`).
DEFAULT_SCORE_CAP = 1.2


class Direction(enum.StrEnum):
    HIGHER = "higher"  # more is better: sales amount, conversion rate
    LOWER = "lower"  # less is better: deal cycle days, cost per unit, CAC
    RANGE = "range"  # inside [target, target_max] is right: inventory days


class Aggregation(enum.StrEnum):
    SUM = "sum"  # amounts add up over periods
    AVERAGE = "average"  # rates and scores: mean of the periods
    LAST = "last"  # stocks such as headcount: the latest value
    RATIO = "ratio"  # numerator KPI total / denominator KPI total


class Perspective(enum.StrEnum):
    FINANCIAL = "financial"
    CUSTOMER = "customer"
    PROCESS = "process"
    LEARNING = "learning"


class Status(enum.StrEnum):
    GREEN = "green"
    AMBER = "amber"
    RED = "red"
    MISSING = "missing"  # no actual (or no target) yet: nothing to judge
    # Some of it can be judged, but not all: a period with a target has no actual
    # yet, or a ratio lacks its numerator and denominator. Never a colour.
    INCOMPLETE = "incomplete"


@dataclass(frozen=True)
class Kpi:
    id: str
    code: str
    name: str
    unit: str = ""
    direction: Direction = Direction.HIGHER
    aggregation: Aggregation = Aggregation.SUM
    decimals: int = 0
    perspective: Perspective = Perspective.FINANCIAL
    # Achievement below amber_below is amber, below red_below is red.
    amber_below: float = 1.0
    red_below: float = 0.9
    min_value: float | None = None
    max_value: float | None = None
    numerator_id: str | None = None
    denominator_id: str | None = None
    description: str = ""
    archived: bool = False


def achievement(
    direction: Direction,
    target: float | None,
    actual: float | None,
    target_max: float | None = None,
) -> float | None:
    """Achievement rate (1.0 = on target) or None when it cannot be a number.

    Higher is better: actual / target. Lower is better: target / actual, so
    beating a target means a value below it (8 days against 10 is 125 %).
    Range: 1.0 inside [target, target_max], else the bound over the distance.
    The rate is never capped, in either direction: it is what is shown. Where
    it would divide by zero (a zero target; a zero or negative actual against a
    lower-is-better target, such as no complaints at all) there is no rate (None)
    and `status` compares with the target directly. Scores cap the rate with
    `capped_achievement` / `score_rate`.
    """
    if target is None or actual is None or _bad(target) or _bad(actual):
        return None
    return _rate(direction, target, actual, target_max)


def _rate(
    direction: Direction, target: float, actual: float, target_max: float | None
) -> float | None:
    """`achievement` of a finite target and actual."""
    if direction is Direction.RANGE:
        high = target if target_max is None else target_max
        low, high = min(target, high), max(target, high)
        if low <= actual <= high:
            return 1.0
        if actual < low:
            return actual / low if low > 0 else None
        return high / actual if actual > 0 else None
    if target == 0:
        return None
    if direction is Direction.HIGHER:
        if target > 0:
            return actual / target
        # Negative targets (a loss to shrink): distance measured in target units.
        return 1.0 + (actual - target) / abs(target)
    if target < 0:
        return 1.0 + (target - actual) / abs(target)
    # target / actual grows without bound as actual falls to zero and flips sign below it.
    return target / actual if actual > 0 else None


def status(
    direction: Direction,
    target: float | None,
    actual: float | None,
    target_max: float | None = None,
    amber_below: float = 1.0,
    red_below: float = 0.9,
) -> Status:
    """Red/amber/green for one value, respecting the KPI's direction."""
    if target is None or actual is None or _bad(target) or _bad(actual):
        return Status.MISSING
    rate = _rate(direction, target, actual, target_max)
    return _status_of(rate, direction, target, actual, target_max, amber_below, red_below)


def _status_of(
    rate: float | None,
    direction: Direction,
    target: float,
    actual: float,
    target_max: float | None,
    amber_below: float,
    red_below: float,
) -> Status:
    """The status of a value that has a target and an actual, given its achievement."""
    if rate is None:
        return Status.GREEN if meets_target(direction, target, actual, target_max) else Status.RED
    # Compare with a tolerance so 0.9 achieved as 0.8999999 (float division) is not red.
    if rate >= amber_below - 1e-9:
        return Status.GREEN
    if rate >= red_below - 1e-9:
        return Status.AMBER
    return Status.RED


def kpi_status(
    kpi: Kpi, target: float | None, actual: float | None, target_max: float | None = None
) -> Status:
    return status(kpi.direction, target, actual, target_max, kpi.amber_below, kpi.red_below)


def rate_and_status(
    kpi: Kpi, target: float | None, actual: float | None, target_max: float | None = None
) -> tuple[float | None, Status]:
    """(`achievement`, `kpi_status`) of one value, the rate worked out once: an export of
    the company's year judges half a million values."""
    if target is None or actual is None or _bad(target) or _bad(actual):
        return None, Status.MISSING
    rate = _rate(kpi.direction, target, actual, target_max)
    found = _status_of(
        rate, kpi.direction, target, actual, target_max, kpi.amber_below, kpi.red_below
    )
    return rate, found


def meets_target(
    direction: Direction, target: float, actual: float, target_max: float | None = None
) -> bool:
    if direction is Direction.HIGHER:
        return actual >= target
    if direction is Direction.LOWER:
        return actual <= target
    high = target if target_max is None else target_max
    return min(target, high) <= actual <= max(target, high)


def variance(
    direction: Direction,
    target: float | None,
    actual: float | None,
    target_max: float | None = None,
) -> float | None:
    """Signed gap in the KPI's unit, positive when better than target, negative when worse.

    Range: 0 anywhere inside [target, target_max] and, outside, minus the distance to
    the nearer bound, because neither side of a range is better than being in it.
    """
    if target is None or actual is None or _bad(target) or _bad(actual):
        return None
    if direction is Direction.RANGE:
        high = target if target_max is None else target_max
        low, high = min(target, high), max(target, high)
        if actual < low:
            return actual - low
        if actual > high:
            return high - actual
        return 0.0
    gap = actual - target
    return -gap if direction is Direction.LOWER else gap


def capped_achievement(rate: float, cap: float = DEFAULT_SCORE_CAP) -> float:
    """The rate a score counts: limited to [0, cap], the same for every direction.

    The floor keeps a disastrous KPI (a rate below zero, possible against a negative
    target) from costing more than its whole weight, as the cap keeps a runaway one
    from earning more than `cap` times it.
    """
    _check_cap(cap)
    if math.isnan(rate):
        raise ValueError("a rate to score must be a number")
    return min(max(rate, 0.0), cap)


def score_rate(
    direction: Direction,
    target: float | None,
    actual: float | None,
    target_max: float | None = None,
    cap: float = DEFAULT_SCORE_CAP,
) -> float | None:
    """The capped achievement a score counts for one goal; None when target or actual is missing.

    Where the rate has no number (see `achievement`), the target is judged directly:
    exactly on it counts 1.0, beating it the cap (no complaints against a target of 5),
    missing it 0.
    """
    if target is None or actual is None or _bad(target) or _bad(actual):
        return None
    rate = achievement(direction, target, actual, target_max)
    if rate is not None:
        return capped_achievement(rate, cap)
    _check_cap(cap)
    if actual == target:
        return 1.0
    return cap if meets_target(direction, target, actual, target_max) else 0.0


def weighted_score(
    items: Iterable[tuple[float, float | None]], cap: float = DEFAULT_SCORE_CAP
) -> float | None:
    """Weighted mean of capped rates over (weight, rate) pairs: 1.0 = every goal on target.

    Weights need not add up to 100. None when the weights add up to nothing or any
    goal has no rate: dropping a goal would lift the score the way leaving a bad
    month empty used to turn red into green, so an unjudged goal makes no score.
    """
    _check_cap(cap)
    total_weight = 0.0
    total = 0.0
    for weight, rate in items:
        if weight < 0 or _bad(weight):
            raise ValueError("weights must be non-negative numbers")
        if rate is None:
            return None
        if math.isnan(rate):  # capped_achievement's check, the cap checked once above
            raise ValueError("a rate to score must be a number")
        total_weight += weight
        total += weight * min(max(rate, 0.0), cap)
    if total_weight == 0:
        return None
    # A mean of values in [0, cap], kept there: with subnormal weights the rounding of
    # weight × rate alone gave 2.0 for a cap of 1.5 (found by the property test).
    return min(max(total / total_weight, 0.0), cap)


def aggregate(aggregation: Aggregation, values: Sequence[float | None]) -> float | None:
    """Combine period values into one (a quarter from months, a year from quarters).

    Missing values are skipped; no values at all gives None. RATIO KPIs are
    aggregated from their numerator and denominator with `aggregate_ratio`.
    """
    present = [v for v in values if v is not None and not _bad(v)]
    if not present:
        return None
    if aggregation is Aggregation.SUM:
        return math.fsum(present)
    if aggregation is Aggregation.AVERAGE:
        return math.fsum(present) / len(present)
    if aggregation is Aggregation.LAST:
        last = next(v for v in reversed(values) if v is not None and not _bad(v))
        return last
    raise ValueError("ratio KPIs aggregate from their numerator and denominator")


def aggregate_ratio(
    numerators: Sequence[float | None], denominators: Sequence[float | None]
) -> float | None:
    """Total numerator / total denominator over the same periods (not a mean of ratios)."""
    pairs = [
        (n, d)
        for n, d in zip(numerators, denominators, strict=True)
        if n is not None and d is not None
    ]
    total_denominator = math.fsum(d for _, d in pairs)
    if not pairs or total_denominator == 0:
        return None
    return math.fsum(n for n, _ in pairs) / total_denominator


def _check_cap(cap: float) -> None:
    if not cap > 0 or _bad(cap):
        raise ValueError("the score cap must be a positive number")


def _bad(value: float) -> bool:
    return math.isnan(value) or math.isinf(value)


def ratio_loop(
    kpi_id: str | None,
    numerator_id: str | None,
    denominator_id: str | None,
    parts: dict[str, tuple[str | None, str | None]],
) -> bool:
    """True when a ratio KPI would divide itself: its numerator or denominator is the
    KPI itself, or is (through other ratio KPIs' parts, `parts` by id) built from it."""
    if kpi_id is None:
        return False
    todo = [p for p in (numerator_id, denominator_id) if p is not None]
    seen: set[str] = set()
    while todo:
        current = todo.pop()
        if current == kpi_id:
            return True
        if current in seen:
            continue
        seen.add(current)
        todo += [p for p in parts.get(current, (None, None)) if p is not None]
    return False
