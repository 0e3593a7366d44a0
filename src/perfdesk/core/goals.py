"""Goals: who commits to which KPI target in which period, and how goals nest.

Owns the goal value type and the checks a goal tree must pass: a holder's
weights sum to 100 %, a parent link never forms a cycle, and children of an
additive goal add up to the parent. Mismatches are reported, never fixed here.
`goal_faults` checks a goal's fields as typed in the goal form and gives every
fault at once, each with its field; the store refuses with the first of them.
"""

from __future__ import annotations

import math
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass
from dataclasses import field as _field
from typing import Any, Protocol

from perfdesk.core.fields import MAX_TEXT, FieldFault, stored_number, stored_period, stored_text

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


# -- a goal's fields, every fault at once ---------------------------------------------------


class KpiLimits(Protocol):
    """What the goal checks need of a KPI (a core.kpi.Kpi has it)."""

    @property
    def archived(self) -> bool: ...
    @property
    def min_value(self) -> float | None: ...
    @property
    def max_value(self) -> float | None: ...


@dataclass(frozen=True)
class GoalFault:
    """Why a goal cannot be saved, about one field: `code` and `params` are those of the
    store's refusal (ops.OpError), so the window words them the same way; `params`
    names the field too."""

    field: str  # kpi, period, goal_title, weight, target, upper_target, parent_goal
    code: str
    params: Mapping[str, Any] = _field(default_factory=dict)


def goal_faults(
    *,
    kpi_id: str | None,
    kpi: KpiLimits | None,
    period: str,
    title: str,
    weight: Any,
    target: Any,
    target_max: Any = None,
    parent_period: str | None = None,
) -> list[GoalFault]:
    """Every fault of a goal's fields, in the form's order (KPI, period, description,
    weight, target, upper target, goal above), at most one per field. `kpi` is the
    chosen KPI as found (None: it is gone); `weight`, `target` and `target_max` as
    typed (a number, None for none, or the text that is not a number); `parent_period`
    the period of the goal above, when one is chosen. The goal form shows them all;
    the store (ops.add_goal, edit_goal) refuses with the first, and still checks what
    needs the file (the goal above is live, no loop of goals)."""
    faults: list[GoalFault] = []

    def checked(name: str, take: Callable[..., Any], *typed: Any) -> Any:
        """`take(*typed)`, or None with its FieldFault noted against `name`."""
        try:
            return take(*typed)
        except FieldFault as error:
            faults.append(GoalFault(name, error.code, {"field": name, **error.params}))
            return None

    def fault(name: str, code: str, **params: Any) -> None:
        faults.append(GoalFault(name, code, {"field": name, **params}))

    if not kpi_id:
        fault("kpi", "empty")
    elif kpi is None:
        fault("kpi", "missing")
    elif kpi.archived:
        fault("kpi", "archived")
    key = checked("period", stored_period, period)
    checked("goal_title", stored_text, title, MAX_TEXT)
    share = None if weight is None else checked("weight", stored_number, weight)
    if share is not None and not 0 <= share <= 100:
        fault("weight", "weight_range")
    low = None if target is None else checked("target", stored_number, target)
    high = None if target_max is None else checked("upper_target", stored_number, target_max)
    bounds = (None, None) if kpi is None else (kpi.min_value, kpi.max_value)
    if low is not None and _outside(low, bounds):
        fault("target", "target_bounds", value=low, low=bounds[0], high=bounds[1])
    if low is not None and high is not None and high < low:
        fault("upper_target", "range_order")
    elif high is not None and _outside(high, bounds):
        fault("upper_target", "target_bounds", value=high, low=bounds[0], high=bounds[1])
    if parent_period is not None and key is not None and parent_period[:4] != key[:4]:
        fault("parent_goal", "goal_other_year", parent=parent_period, period=key)
    return faults


def _outside(value: float, bounds: tuple[float | None, float | None]) -> bool:
    low, high = bounds
    return (low is not None and value < low) or (high is not None and value > high)
