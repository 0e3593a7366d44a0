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
