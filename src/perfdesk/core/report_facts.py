"""What a report states about a run of monthly values: the facts, not the page.

Pure Python, used by the department monthly report: one goal's row for a month
(target, actual, achievement, status, gap, year to date), the alerts a month raises
(values missing for an ended month, two months in a row off target, a red value
without a deviation note) and the ranking of people by their period score
(core.scoring's score and competition ranks, as the Rankings window ranks). The store
gathers the numbers (store/report_data.py); reports/ lays them out.
"""

from __future__ import annotations

import enum
from collections.abc import Mapping, Sequence
from dataclasses import dataclass

from perfdesk.core.deviation import OFF_TARGET
from perfdesk.core.kpi import Kpi, Status, achievement, kpi_status, variance
from perfdesk.core.progress import Progress, progress_to_date
from perfdesk.core.scoring import Score


class AlertKind(enum.StrEnum):
    MISSING = "missing"  # a month that has ended has a target and no actual
    TWICE_OFF = "twice_off"  # this month and the one before both off target
    RED_NO_NOTE = "red_no_note"  # below target (red) and no deviation note


@dataclass(frozen=True)
class MonthFacts:
    """One goal in one month, and the year to date up to that month."""

    target: float | None
    actual: float | None
    achievement: float | None
    status: Status
    gap: float | None  # signed, in the KPI's unit: negative is worse than target
    ytd: Progress


@dataclass(frozen=True)
class Alert:
    kind: AlertKind
    goal_id: str
    kpi_name: str
    periods: tuple[str, ...]  # the months it is about, oldest first


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


def goal_alerts(
    goal_id: str,
    kpi: Kpi,
    months: Sequence[str],
    targets: Mapping[str, float],
    actuals: Mapping[str, float],
    noted: frozenset[str] | set[str],
    target_max: float | None = None,
) -> list[Alert]:
    """The alerts of one goal over `months` (ended months, oldest first; the last one is
    the report month). `noted` holds the months that have a deviation note."""
    found: list[Alert] = []
    missing = tuple(m for m in months if m in targets and m not in actuals)
    if missing:
        found.append(Alert(AlertKind.MISSING, goal_id, kpi.name, missing))
    statuses = [kpi_status(kpi, targets.get(m), actuals.get(m), target_max) for m in months]
    if len(months) >= 2 and statuses[-1] in OFF_TARGET and statuses[-2] in OFF_TARGET:
        found.append(Alert(AlertKind.TWICE_OFF, goal_id, kpi.name, tuple(months[-2:])))
    if statuses and statuses[-1] is Status.RED and months[-1] not in noted:
        found.append(Alert(AlertKind.RED_NO_NOTE, goal_id, kpi.name, (months[-1],)))
    return found


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
