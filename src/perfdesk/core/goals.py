"""Goals: who commits to which KPI target in which period, and how goals nest.

Owns the goal value type and the checks a goal tree must pass: a holder's
weights sum to 100 %, a parent link never forms a cycle, and children of an
additive goal add up to the parent. Mismatches are reported, never fixed here.
"""

from __future__ import annotations

import math
from collections.abc import Iterable, Mapping
from dataclasses import dataclass

WEIGHT_TOTAL = 100.0
_WEIGHT_TOLERANCE = 1e-6


@dataclass(frozen=True)
class Goal:
    id: str
    kpi_id: str
    period: str
    target: float | None
    weight: float = 0.0
    title: str = ""
    unit_id: str | None = None  # owner when the goal belongs to an org unit
    person_id: str | None = None  # owner when it belongs to a person
    parent_id: str | None = None
    target_max: float | None = None  # upper bound for range KPIs
    archived: bool = False

    @property
    def owner_id(self) -> str:
        owner = self.person_id or self.unit_id
        if owner is None:
            raise ValueError(f"goal {self.id} has no owner")
        return owner


@dataclass(frozen=True)
class WeightCheck:
    owner_id: str
    period: str
    total: float

    @property
    def ok(self) -> bool:
        return abs(self.total - WEIGHT_TOTAL) <= _WEIGHT_TOLERANCE


def weight_checks(goals: Iterable[Goal]) -> list[WeightCheck]:
    """Weight total per owner and period, so the UI can show which are not 100 %."""
    totals: dict[tuple[str, str], list[float]] = {}
    for goal in goals:
        if not goal.archived:
            totals.setdefault((goal.owner_id, goal.period), []).append(goal.weight)
    return [
        WeightCheck(owner, period, math.fsum(weights))
        for (owner, period), weights in sorted(totals.items())
    ]


def would_create_cycle(
    goal_id: str, new_parent_id: str | None, parents: Mapping[str, str | None]
) -> bool:
    """True when making `new_parent_id` the parent of `goal_id` closes a loop."""
    current = new_parent_id
    seen: set[str] = set()
    while current is not None and current not in seen:
        if current == goal_id:
            return True
        seen.add(current)
        current = parents.get(current)
    return False


@dataclass(frozen=True)
class ChildSumCheck:
    parent_id: str
    parent_target: float
    children_total: float

    @property
    def difference(self) -> float:
        return self.children_total - self.parent_target

    @property
    def ok(self) -> bool:
        scale = max(abs(self.parent_target), 1.0)
        return abs(self.difference) <= 1e-9 * scale


def child_sum_check(parent: Goal, children: Iterable[Goal]) -> ChildSumCheck | None:
    """For an additive parent goal: do the children's targets add up to it?"""
    if parent.target is None:
        return None
    targets = [c.target for c in children if not c.archived and c.target is not None]
    if not targets:
        return None
    return ChildSumCheck(parent.id, parent.target, math.fsum(targets))


def weight_difference(check: WeightCheck) -> float:
    """How far a holder's weights are from 100 % (positive: over)."""
    return check.total - WEIGHT_TOTAL


def decomposition_checks(
    parents: Iterable[Goal], children: Iterable[Goal], additive_kpis: Iterable[str]
) -> list[ChildSumCheck]:
    """For each parent goal on an additive KPI: its children on the same KPI, added up.

    Children on another KPI (a mapped KPI) are not amounts of the parent's KPI and
    are left out; a parent without such children has nothing to compare. Mismatches
    are reported with their difference, never corrected here.
    """
    additive = set(additive_kpis)
    by_parent: dict[str, list[Goal]] = {}
    for child in children:
        if child.parent_id is not None:
            by_parent.setdefault(child.parent_id, []).append(child)
    found = []
    for parent in parents:
        if parent.archived or parent.kpi_id not in additive:
            continue
        same_kpi = [c for c in by_parent.get(parent.id, ()) if c.kpi_id == parent.kpi_id]
        result = child_sum_check(parent, same_kpi)
        if result is not None:
            found.append(result)
    return found
