"""Progress of a goal over a run of periods: actual and target to date, rate, status.

Used by every view that summarises a goal (goal tree, KPI grid totals, meeting
deviations, reports), so "year to date" means the same thing everywhere: the
periods that have both a target and an actual, aggregated by the KPI's rule, and
a count of the periods that have a target but no actual yet. A goal with such a
gap is reported incomplete rather than coloured, because an empty bad month
would otherwise count as no month at all and turn red into green.
"""

from __future__ import annotations

import math
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass

from perfdesk.core.goals import Goal
from perfdesk.core.kpi import (
    Aggregation,
    Kpi,
    Status,
    achievement,
    aggregate,
    aggregate_ratio,
    kpi_status,
)


@dataclass(frozen=True)
class Progress:
    actual: float | None  # aggregated over the paired periods only
    target: float | None  # the same periods' targets
    achievement: float | None
    status: Status
    # Periods with a target but no actual, up to the last period asked about.
    missing_periods: int = 0

    @property
    def complete(self) -> bool:
        """Every period with a target has its actual, and the values could be judged."""
        return self.missing_periods == 0 and self.status is not Status.INCOMPLETE


def progress_to_date(
    kpi: Kpi,
    targets: Sequence[float | None],
    actuals: Sequence[float | None],
    target_max: float | None = None,
) -> Progress:
    """Progress over the periods given (the first up to the one in focus).

    `targets[i]` and `actuals[i]` belong to the same period. Only periods with both
    are aggregated, so an actual without a target does not count against nothing,
    and LAST compares the last paired actual with that same period's target. Periods
    with a target and no actual are counted in `missing_periods`; while there are
    any the status is INCOMPLETE (MISSING when no period is paired at all).

    A RATIO KPI cannot be judged from its own monthly values: the mean of monthly
    ratios weighs a month of 2 orders like a month of 200, so the honest ratio is
    total numerator / total denominator. Without those series this gives no
    achievement and the INCOMPLETE status; use `ratio_progress_to_date` instead.
    """
    if len(targets) != len(actuals):
        raise ValueError("targets and actuals must cover the same periods")
    expected = [i for i, value in enumerate(targets) if _present(value)]
    paired = [i for i in expected if _present(actuals[i])]
    missing = len(expected) - len(paired)
    if kpi.aggregation is Aggregation.RATIO:
        return Progress(None, None, None, Status.INCOMPLETE, missing)
    target = aggregate(kpi.aggregation, [targets[i] for i in paired])
    actual = aggregate(kpi.aggregation, [actuals[i] for i in paired])
    return _judged(kpi, target, actual, missing, target_max)


def progress_from_totals(
    kpi: Kpi,
    expected: int,
    paired: int,
    target_sum: float | None,
    actual_sum: float | None,
    last_target: float | None,
    last_actual: float | None,
    target_max: float | None = None,
) -> Progress:
    """`progress_to_date` from totals one query adds up, for SUM, AVERAGE and LAST KPIs.

    `expected` counts the periods with a target, `paired` those with an actual too; the
    sums are over the paired periods, `last_*` the latest paired period's values. That
    is all `progress_to_date` reads of the series, so the answer is the same (a test
    holds the two together). RATIO KPIs need their sides period by period: ValueError.
    """
    if kpi.aggregation is Aggregation.RATIO:
        raise ValueError(f"{kpi.code}: a ratio KPI is judged from its sides")
    target: float | None = None
    actual: float | None = None
    if paired:
        if kpi.aggregation is Aggregation.SUM:
            target, actual = target_sum, actual_sum
        elif kpi.aggregation is Aggregation.AVERAGE and target_sum is not None:
            target = target_sum / paired
            actual = None if actual_sum is None else actual_sum / paired
        elif kpi.aggregation is Aggregation.LAST:
            target, actual = last_target, last_actual
    return _judged(kpi, target, actual, expected - paired, target_max)


def ratio_progress_to_date(
    kpi: Kpi,
    target_numerators: Sequence[float | None],
    target_denominators: Sequence[float | None],
    actual_numerators: Sequence[float | None],
    actual_denominators: Sequence[float | None],
    target_max: float | None = None,
) -> Progress:
    """Progress of a RATIO KPI from its numerator and denominator series, period by period.

    A period is expected when both of its target sides are there and paired when
    both actual sides are too. Target and actual to date are total numerator over
    total denominator across the paired periods (`aggregate_ratio`); expected
    periods without both actual sides count in `missing_periods`, as in
    `progress_to_date`.
    """
    if kpi.aggregation is not Aggregation.RATIO:
        raise ValueError(f"{kpi.code} is not a ratio KPI: use progress_to_date")
    series = (target_numerators, target_denominators, actual_numerators, actual_denominators)
    if len({len(values) for values in series}) != 1:
        raise ValueError("numerator and denominator series must cover the same periods")
    expected = [
        i
        for i, (n, d) in enumerate(zip(target_numerators, target_denominators, strict=True))
        if _present(n) and _present(d)
    ]
    paired = [
        i for i in expected if _present(actual_numerators[i]) and _present(actual_denominators[i])
    ]
    target = aggregate_ratio(
        [target_numerators[i] for i in paired], [target_denominators[i] for i in paired]
    )
    actual = aggregate_ratio(
        [actual_numerators[i] for i in paired], [actual_denominators[i] for i in paired]
    )
    return _judged(kpi, target, actual, len(expected) - len(paired), target_max)


def _judged(
    kpi: Kpi,
    target: float | None,
    actual: float | None,
    missing: int,
    target_max: float | None,
) -> Progress:
    status = kpi_status(kpi, target, actual, target_max)
    if missing and status is not Status.MISSING:
        status = Status.INCOMPLETE
    return Progress(
        actual=actual,
        target=target,
        achievement=achievement(kpi.direction, target, actual, target_max),
        status=status,
        missing_periods=missing,
    )


def _present(value: float | None) -> bool:
    return value is not None and math.isfinite(value)


Values = Mapping[tuple[str, str], float]


def goal_progress(
    goal: Goal,
    kpi: Kpi,
    holder_goals: Iterable[Goal],
    targets: Values,
    actuals: Values,
    periods: Sequence[str],
) -> Progress:
    """Progress to date of one goal over `periods`, values keyed by (goal id, period).

    A goal on a RATIO KPI (average order value = sales / orders) is judged from the
    same holder's goals on its numerator and denominator KPIs in the same period,
    when the holder has both; otherwise it has no rate (see `progress_to_date`).
    """

    def series(of: Goal, values: Values) -> list[float | None]:
        return [values.get((of.id, p)) for p in periods]

    if kpi.aggregation is Aggregation.RATIO:
        sides = {
            other.kpi_id: other
            for other in holder_goals
            if other.owner_id == goal.owner_id and other.period == goal.period
        }
        numerator = sides.get(kpi.numerator_id or "")
        denominator = sides.get(kpi.denominator_id or "")
        if numerator is not None and denominator is not None:
            return ratio_progress_to_date(
                kpi,
                series(numerator, targets),
                series(denominator, targets),
                series(numerator, actuals),
                series(denominator, actuals),
                goal.target_max,
            )
    return progress_to_date(kpi, series(goal, targets), series(goal, actuals), goal.target_max)


def year_target_share(kpi: Kpi, year_target: float | None, actual: float | None) -> float | None:
    """Actual to date as a share of the year target (年度完成进度), for KPIs that add up
    over the year only: a rate's or score's monthly average is no share of its target."""
    if kpi.aggregation is not Aggregation.SUM or not year_target or actual is None:
        return None
    return actual / year_target
