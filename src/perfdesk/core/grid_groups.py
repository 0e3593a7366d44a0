"""The rows of a unit's KPI grid with its teams and people: grouped, collapsible, subtotalled.

A unit shown with everyone inside it lists, in org-tree order (`core.org`), one
group per unit: a header line, the unit's own goals, its people's goals, its
sub-units' groups (depth first), then its subtotal lines. Collapsing a unit
hides its people and sub-units but keeps its own goals and subtotals, so a
collapsed unit reads "the unit's target against the sum of its parts".

A subtotal adds up, per KPI, what the unit's members hold of it: the goals of
its people, and for each sub-unit that sub-unit's own goal on the KPI (or,
where it has none, what its members hold, and so on down). Goals are
decomposed company → department → team → person, so a team's goal already
contains its people's: counting only the top-most goal under each branch
adds nothing twice. Only KPIs whose values add up get a subtotal (aggregation
SUM: amounts, counts, hours); rates, averages, period-end stocks and ratios do
not, since adding them up means nothing (`additive`).

Pure Python (no Qt): the grid model renders these lines, the tests check them
without a window.
"""

from __future__ import annotations

import enum
import math
from collections.abc import Callable, Iterable, Mapping, Sequence
from typing import NamedTuple

from perfdesk.core.kpi import Aggregation, Kpi
from perfdesk.core.org import OrgUnit, Person, ordered_children


class LineKind(enum.Enum):
    UNIT = "unit"  # a unit's header: its name, collapsible
    GOAL = "goal"  # one goal of the unit or of one of its people
    SUBTOTAL = "subtotal"  # the sum of a KPI over the unit's members


class GridLine(NamedTuple):  # a tuple: the whole company makes ~10,000 of them
    kind: LineKind
    unit_id: str  # the group the line belongs to
    depth: int  # 0 for the unit asked about, 1 for its sub-units and people, ...
    goal: int = -1  # GOAL: the index of its goal in the goals given
    kpi_id: str = ""  # SUBTOTAL: the KPI added up
    members: tuple[int, ...] = ()  # SUBTOTAL: the indices of the goals added up
    # UNIT: where its members' lines start and end (its subtotals follow them) and where
    # its group ends, as line indices; collapsing hides [members_start, members_end).
    members_start: int = 0
    members_end: int = 0
    end: int = 0


def additive(kpi: Kpi) -> bool:
    """Whether the values of different holders add up to a meaningful total."""
    return kpi.aggregation is Aggregation.SUM


def group_lines(
    root_id: str,
    units: Iterable[OrgUnit],
    people: Iterable[Person],
    goals: Sequence[tuple[str, str]],
    adds_up: Callable[[str], bool],
) -> list[GridLine]:
    """The lines of `root_id`'s grid with everything inside it.

    `goals` are (owner id, KPI id) in the order a holder's goals are listed; goals of
    holders outside the unit are left out. `adds_up(kpi_id)` says whether a KPI gets
    subtotals. Units with no goal anywhere inside get no header.
    """
    children = ordered_children(units, people)
    by_owner: dict[str, list[int]] = {}
    for index, (owner, _kpi) in enumerate(goals):
        by_owner.setdefault(owner, []).append(index)
    kpi_of = [kpi for _owner, kpi in goals]
    held: dict[tuple[str, str], list[int]] = {}  # (holder, KPI) -> its goals
    for index, (owner, kpi) in enumerate(goals):
        held.setdefault((owner, kpi), []).append(index)
    lines: list[GridLine] = []
    seen: set[str] = set()
    has_goals: dict[str, bool] = {}

    def holds_any(unit_id: str) -> bool:
        if unit_id not in has_goals:
            has_goals[unit_id] = False  # a cycle in a damaged file ends here
            has_goals[unit_id] = bool(by_owner.get(unit_id)) or any(
                bool(by_owner.get(n.id)) if isinstance(n, Person) else holds_any(n.id)
                for n in children.get(unit_id, [])
            )
        return has_goals[unit_id]

    def top_goals(unit_id: str, kpi_id: str, depth: int) -> list[int]:
        """What the members of `unit_id` hold of `kpi_id`, top-most goal per branch."""
        found: list[int] = []
        if depth > 64:
            return found
        for node in children.get(unit_id, []):
            own = held.get((node.id, kpi_id), [])
            if own or isinstance(node, Person):
                found += own
            else:
                found += top_goals(node.id, kpi_id, depth + 1)
        return found

    def visit(unit_id: str, depth: int) -> dict[str, None]:
        """Lines of `unit_id`'s group; returns the KPIs held inside it, in order."""
        if unit_id in seen or depth > 64 or not holds_any(unit_id):
            return {}
        seen.add(unit_id)
        header = len(lines)
        lines.append(GridLine(LineKind.UNIT, unit_id, depth))
        own = by_owner.get(unit_id, [])
        lines.extend(GridLine(LineKind.GOAL, unit_id, depth, g) for g in own)
        kpis = dict.fromkeys(kpi_of[g] for g in own)
        members_start = len(lines)
        for node in children.get(unit_id, []):
            if isinstance(node, Person):
                held = by_owner.get(node.id, [])
                lines.extend(GridLine(LineKind.GOAL, unit_id, depth + 1, g) for g in held)
                kpis.update(dict.fromkeys(kpi_of[g] for g in held))
            else:
                kpis.update(visit(node.id, depth + 1))
        members_end = len(lines)
        for kpi_id in kpis:
            if not adds_up(kpi_id):
                continue
            members = top_goals(unit_id, kpi_id, 0)
            if members:
                lines.append(
                    GridLine(
                        LineKind.SUBTOTAL, unit_id, depth, kpi_id=kpi_id, members=tuple(members)
                    )
                )
        lines[header] = GridLine(
            LineKind.UNIT,
            unit_id,
            depth,
            members_start=members_start,
            members_end=members_end,
            end=len(lines),
        )
        return kpis

    visit(root_id, 0)
    return lines


def visible_lines(lines: Sequence[GridLine], collapsed: Iterable[str]) -> list[int]:
    """Indices of the lines shown when the units `collapsed` are folded."""
    folded = set(collapsed)
    shown: list[int] = []
    i = 0
    while i < len(lines):
        line = lines[i]
        shown.append(i)
        if line.kind is LineKind.UNIT and line.unit_id in folded:
            shown.extend(range(i + 1, line.members_start))  # its own goals
            i = line.members_end  # its subtotals come next
            continue
        i += 1
    return shown


def _number(value: float | None) -> bool:
    return value is not None and not (math.isnan(value) or math.isinf(value))


def add_up(
    members: Sequence[int],
    targets: Mapping[int, Sequence[float | None]],
    actuals: Mapping[int, Sequence[float | None]],
    length: int,
) -> tuple[tuple[float | None, ...], tuple[float | None, ...]]:
    """The summed period targets and actuals of a subtotal's member goals.

    A period's target is the sum of the members' targets present. Its actual is the
    sum of the members' actuals only when every member with a target (or an actual)
    that period has its actual: a sum of the members who reported would read as a
    miss (or a total) it is not, so until then there is no actual (incomplete).
    """
    summed_targets: list[float | None] = []
    summed_actuals: list[float | None] = []
    for i in range(length):
        wanted = [
            g for g in members if _number(_at(targets.get(g), i)) or _number(_at(actuals.get(g), i))
        ]
        target_values = [_at(targets.get(g), i) for g in wanted]
        actual_values = [_at(actuals.get(g), i) for g in wanted]
        present = [t for t in target_values if _number(t)]
        summed_targets.append(math.fsum(present) if present else None)  # type: ignore[arg-type]
        complete = bool(wanted) and all(_number(a) for a in actual_values)
        summed_actuals.append(math.fsum(actual_values) if complete else None)  # type: ignore[arg-type]
    return tuple(summed_targets), tuple(summed_actuals)


def _at(values: Sequence[float | None] | None, i: int) -> float | None:
    return values[i] if values is not None and i < len(values) else None


def sum_of(values: Iterable[float | None]) -> float | None:
    """The sum of the numbers present (year targets of a subtotal's goals); None if none."""
    present = [v for v in values if _number(v)]
    return math.fsum(present) if present else None  # type: ignore[arg-type]
