"""The SMART check of a goal: 具体 Specific, 可衡量 Measurable, 可实现 Achievable,
相关 Relevant, 有时限 Time-bound — each a verdict with a reason people can act on.

- S: a description of its own (not empty, not just the KPI's name again).
- M: a KPI and a target number.
- A: the target compared with last year's actual for the same holder and KPI; beyond
  the band (by default more than 1.5 times last year, or for lower-is-better KPIs a
  cut to less than 1/1.5 of it) it is flagged as a stretch; without history the
  verdict is "unknown", never a pass made up.
- R: linked to a goal above it, unless it is a company goal (the top of the cascade).
- T: a period (every goal has one; actions will be checked by their due date).
"""

from __future__ import annotations

import enum
from collections.abc import Sequence
from dataclasses import dataclass

from perfdesk.core.goals import Goal
from perfdesk.core.kpi import Aggregation, Direction, Kpi, aggregate


class Verdict(enum.StrEnum):
    OK = "ok"
    FAIL = "fail"
    UNKNOWN = "unknown"


@dataclass(frozen=True)
class SmartItem:
    letter: str  # S, M, A, R or T
    verdict: Verdict
    reason: str  # a code the window words: see REASONS
    ratio: float | None = None  # A: the target over last year's actual


# Reason codes, by letter.
REASONS = {
    "S": ("described", "no_description", "copy_of_kpi"),
    "M": ("measured", "no_kpi", "no_target"),
    "A": ("within_history", "stretch", "below_history", "no_history"),
    "R": ("linked", "company_goal", "no_parent"),
    "T": ("period",),
}


@dataclass(frozen=True)
class Band:
    """How far a target may move from last year's actual before it is flagged."""

    high: float = 1.5  # more than this times last year: a stretch to question
    low: float = 0.8  # less than this times last year: below what was already done

    def __post_init__(self) -> None:
        if not 0 < self.low <= 1 <= self.high:
            raise ValueError(f"a band needs 0 < low <= 1 <= high, not {self.low}..{self.high}")


def check(
    goal: Goal,
    kpi: Kpi | None,
    company_goal: bool,
    last_year: float | None,
    band: Band | None = None,
) -> tuple[SmartItem, ...]:
    """The five verdicts of `goal`; `last_year` is the same holder's actual for the
    same KPI over the year before, aggregated as the KPI aggregates (None: no history)."""
    band = band or Band()
    return (
        _specific(goal, kpi),
        _measurable(goal, kpi),
        _achievable(goal, kpi, last_year, band),
        _relevant(goal, company_goal),
        SmartItem("T", Verdict.OK, "period"),
    )


def passed(items: tuple[SmartItem, ...]) -> bool:
    return all(item.verdict is Verdict.OK for item in items)


def _specific(goal: Goal, kpi: Kpi | None) -> SmartItem:
    title = " ".join(goal.title.split())
    if not title:
        return SmartItem("S", Verdict.FAIL, "no_description")
    if kpi is not None and title.casefold() == " ".join(kpi.name.split()).casefold():
        return SmartItem("S", Verdict.FAIL, "copy_of_kpi")
    return SmartItem("S", Verdict.OK, "described")


def _measurable(goal: Goal, kpi: Kpi | None) -> SmartItem:
    if kpi is None:
        return SmartItem("M", Verdict.FAIL, "no_kpi")
    if goal.target is None:
        return SmartItem("M", Verdict.FAIL, "no_target")
    return SmartItem("M", Verdict.OK, "measured")


def _achievable(goal: Goal, kpi: Kpi | None, last_year: float | None, band: Band) -> SmartItem:
    target = goal.target
    if kpi is None or target is None or last_year is None or last_year <= 0 or target <= 0:
        return SmartItem("A", Verdict.UNKNOWN, "no_history")
    # How much more is asked than was done: for lower-is-better KPIs (costs, days) the
    # ask grows as the target falls, so the ratio is turned round.
    ratio = last_year / target if kpi.direction is Direction.LOWER else target / last_year
    if ratio > band.high:
        return SmartItem("A", Verdict.FAIL, "stretch", ratio)
    if ratio < band.low:
        return SmartItem("A", Verdict.OK, "below_history", ratio)
    return SmartItem("A", Verdict.OK, "within_history", ratio)


def _relevant(goal: Goal, company_goal: bool) -> SmartItem:
    if goal.parent_id:
        return SmartItem("R", Verdict.OK, "linked")
    if company_goal:
        return SmartItem("R", Verdict.OK, "company_goal")
    return SmartItem("R", Verdict.FAIL, "no_parent")


def last_year_from_totals(kpi: Kpi, totals: tuple[float, int, float] | None) -> float | None:
    """`last_year_value` from the year's (sum, count, last) of the months reported, as
    one query adds them up (store.repo_goals.month_actual_totals)."""
    if kpi.aggregation is Aggregation.RATIO or totals is None:
        return None
    total, count, last = totals
    if count == 0:
        return None
    if kpi.aggregation is Aggregation.SUM:
        return total
    if kpi.aggregation is Aggregation.AVERAGE:
        return total / count
    return last


def last_year_value(kpi: Kpi, monthly_actuals: Sequence[float | None]) -> float | None:
    """Last year's actual as the KPI aggregates its months (None for ratio KPIs, whose
    year comes from their numerator and denominator, and without any month reported)."""
    if kpi.aggregation is Aggregation.RATIO:
        return None
    return aggregate(kpi.aggregation, monthly_actuals)
