"""What a report states about a run of monthly values: the facts, not the page.

Pure Python, shared by the department monthly report and (next) the meeting record:
one goal's row for a month (target, actual, achievement, status, gap, year to date),
the alerts a month raises (core/alerts.py, shared with the KPI tab's alerts pane:
values missing for an ended month, two months in a row off target, a red value
without a deviation note) and a ranking of people by weighted
achievement. The store gathers the numbers (store/report_data.py); reports/ lays
them out.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass

from perfdesk.core.alerts import Alert, AlertKind, goal_alerts
from perfdesk.core.kpi import Kpi, Status, achievement, kpi_status, score_rate, variance
from perfdesk.core.progress import Progress, progress_to_date

__all__ = [
    "Alert",
    "AlertKind",
    "MonthFacts",
    "RankedPerson",
    "goal_alerts",
    "goal_rate",
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


def rank_people(
    people: Sequence[tuple[str, str, str, Sequence[tuple[float, float | None]]]],
) -> list[RankedPerson]:
    """People ranked by weighted achievement. Each entry is (id, name, unit name,
    [(weight, rate)]), rates from `score_rate`; a person with an unjudged goal or no
    weight has no score and no rank (an empty month would otherwise lift them).
    Equal scores share a rank (1, 2, 2, 4)."""
    from perfdesk.core.kpi import weighted_score

    scored = [
        (person_id, name, unit, len(items), weighted_score(items) if items else None)
        for person_id, name, unit, items in people
    ]
    scored.sort(key=lambda row: (row[4] is None, -(row[4] or 0.0), row[1]))
    ranked: list[RankedPerson] = []
    previous: float | None = None
    rank = 0
    for position, (person_id, name, unit, count, score) in enumerate(scored, start=1):
        if score is not None and (previous is None or abs(score - previous) > 1e-9):
            rank, previous = position, score
        ranked.append(
            RankedPerson(person_id, name, unit, count, score, rank if score is not None else None)
        )
    return ranked


def goal_rate(
    kpi: Kpi, target: float | None, actual: float | None, target_max: float | None = None
) -> float | None:
    """The capped rate one goal counts for in a person's weighted score."""
    return score_rate(kpi.direction, target, actual, target_max)
