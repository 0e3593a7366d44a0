"""Goals: who commits to which KPI target in which period, and how goals nest.

Owns the goal value type and the checks a goal tree must pass: a holder's
weights sum to 100 %, a parent link never forms a cycle, and children of an
additive goal add up to the parent. Mismatches are reported, never fixed here.
`goal_faults` checks a goal's fields as typed in the goal form and gives every
fault at once, each with its field (the store's checks stop at the first).
"""

from __future__ import annotations

import math
import unicodedata
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from dataclasses import field as _field
from typing import Any

from perfdesk.core.kpi import Kpi
from perfdesk.core.periods import PeriodError, parse_period

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


# -- the goal form's fields, every fault at once -------------------------------------------
# The store's limits (store/schema_v4.MAX_TEXT, MAX_MAGNITUDE; a test keeps them equal).
MAX_TEXT = 20_000
MAX_MAGNITUDE = 1e12


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
    kpi: Kpi | None,
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
    the period of the goal above, when one is chosen. The same rules as the store's
    (ops.check_goal), which still checks what needs the file (a loop of goals)."""
    faults: list[GoalFault] = []

    def fault(name: str, code: str, **params: Any) -> None:
        faults.append(GoalFault(name, code, {"field": name, **params}))

    if not kpi_id:
        fault("kpi", "empty")
    elif kpi is None:
        fault("kpi", "missing")
    elif kpi.archived:
        fault("kpi", "archived")
    key = None
    try:
        key = parse_period(period).key
    except PeriodError as error:
        reason = str(error).split(": ", 1)[-1]
        fault("period", "bad_period", text=str(period)[:50], reason=reason)
    cleaned = (title or "").strip()
    if any(unicodedata.category(ch) == "Cc" and ch not in "\n\t" for ch in cleaned):
        fault("goal_title", "control_characters")
    elif len(cleaned) > MAX_TEXT:
        fault("goal_title", "too_long", length=len(cleaned), limit=MAX_TEXT)
    share = _number(weight, "weight", fault)
    if share is not None and not 0 <= share <= 100:
        fault("weight", "weight_range")
    low = _number(target, "target", fault)
    high = _number(target_max, "upper_target", fault)
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


def _number(value: Any, name: str, fault: Any) -> float | None:
    """`value` as the store takes a number; a fault for `name` (and None) otherwise."""
    if value is None:
        return None
    try:
        result = float(value)
    except (TypeError, ValueError):
        fault(name, "not_a_number", value=str(value)[:50])
        return None
    if not math.isfinite(result):
        fault(name, "not_finite")
        return None
    if abs(result) > MAX_MAGNITUDE:
        fault(name, "too_large", limit=MAX_MAGNITUDE)
        return None
    return result


def _outside(value: float, bounds: tuple[float | None, float | None]) -> bool:
    low, high = bounds
    return (low is not None and value < low) or (high is not None and value > high)
