"""Progress of a goal over a run of periods: actual and target to date, rate, status.

Used by every view that summarises a goal (goal tree, KPI grid totals, meeting
deviations, reports), so "year to date" means the same thing everywhere: the
periods that have an actual, with targets and actuals aggregated by the KPI's rule.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from perfdesk.core.kpi import Aggregation, Kpi, Status, achievement, aggregate, kpi_status


@dataclass(frozen=True)
class Progress:
    actual: float | None
    target: float | None
    achievement: float | None
    status: Status


def progress_to_date(
    kpi: Kpi,
    targets: Sequence[float | None],
    actuals: Sequence[float | None],
    target_max: float | None = None,
) -> Progress:
    """Aggregate the periods that have an actual (targets of later periods don't count yet).

    `targets[i]` and `actuals[i]` belong to the same period. A ratio KPI whose
    numerator and denominator are not at hand is averaged over its periods.
    """
    if len(targets) != len(actuals):
        raise ValueError("targets and actuals must cover the same periods")
    rule = Aggregation.AVERAGE if kpi.aggregation is Aggregation.RATIO else kpi.aggregation
    reported = [i for i, value in enumerate(actuals) if value is not None]
    actual = aggregate(rule, [actuals[i] for i in reported])
    target = aggregate(rule, [targets[i] for i in reported])
    return Progress(
        actual=actual,
        target=target,
        achievement=achievement(kpi.direction, target, actual, target_max),
        status=kpi_status(kpi, target, actual, target_max),
    )
