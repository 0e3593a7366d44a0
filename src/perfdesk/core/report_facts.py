"""What a report states about a run of monthly values: the facts, not the page.

Pure Python, used by the department monthly report: one goal's row for a month
(target, actual, achievement, status, gap, year to date), the alerts a month raises
(core/alerts.py, shared with the KPI tab's alerts pane: values missing for an ended
month, two months in a row off target, a red value without a deviation note) and the
ranking of people by their period score (core.scoring's score and competition ranks,
as the Rankings window ranks). The store gathers the numbers (store/report_data.py);
reports/ lays them out.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass

from perfdesk.core.alerts import Alert, AlertKind, goal_alerts
from perfdesk.core.kpi import Kpi, Status, achievement, kpi_status, variance
from perfdesk.core.progress import Progress, progress_to_date
from perfdesk.core.scoring import Score

__all__ = [
    "Alert",
    "AlertKind",
    "MonthFacts",
    "RankedPerson",
    "goal_alerts",
    "month_facts",
    "rank_people",
]


@dataclass(frozen=True)
class MonthFacts:
    """One goal in one month, and the year to date up to that month."""

    target: float | None
    actual: float | None
    achievement: float | None
    status: Status
    gap: float | None  # signed, in the KPI's unit: negative is worse than target
    ytd: Progress


def month_facts(
    kpi: Kpi,
    months: Sequence[str],
    targets: Mapping[str, float],
    actuals: Mapping[str, float],
    target_max: float | None = None,
) -> MonthFacts:
    """The facts of the last of `months` (the year's months up to the report month)."""
    month = months[-1]
    target, actual = targets.get(month), actuals.get(month)
    ytd = progress_to_date(
        kpi, [targets.get(m) for m in months], [actuals.get(m) for m in months], target_max
    )
    return MonthFacts(
        target=target,
        actual=actual,
        achievement=achievement(kpi.direction, target, actual, target_max),
        status=kpi_status(kpi, target, actual, target_max),
        gap=variance(kpi.direction, target, actual, target_max),
        ytd=ytd,
    )


@dataclass(frozen=True)
class RankedPerson:
    person_id: str
    name: str
    unit_name: str
    goals: int
    score: float | None  # weighted capped achievement for the month (1.0 = on target)
    rank: int | None  # 1 = best; None without a score (listed last)


def rank_people(people: Sequence[tuple[str, str, str, Score]]) -> list[RankedPerson]:
    """People ranked by their period score (core.scoring: weighted capped achievement,
    the score the Rankings window ranks by), with scoring's competition ranks (1, 2, 2,
    4). Each entry is (id, name, unit name, Score); a person without a score (a goal
    that cannot be judged, or no goals) has no rank and is listed last."""
    from perfdesk.core.scoring import competition_ranks

    ranks = competition_ranks({person_id: score.value for person_id, _n, _u, score in people})
    ranked = [
        RankedPerson(person_id, name, unit, score.goals, score.value, ranks.get(person_id))
        for person_id, name, unit, score in people
    ]
    ranked.sort(key=lambda p: (p.rank is None, p.rank or 0, p.name))
    return ranked
