"""The alerts a run of monthly values raises, in one place for every reader.

The department report (core/report_facts, store/report_data) and the KPI tab's
alerts pane (ui/alerts_pane.py) both ask `goal_alerts`, so a month the PDF flags is
the month the pane flags:

- a month that has ended has a target and no actual (MISSING);
- this month and the one before are both off target (TWICE_OFF);
- the last month is red and has no deviation note (RED_NO_NOTE);
- an actual lies outside the KPI's bounds (OUT_OF_BOUNDS: possible when the bounds
  were narrowed after the value was entered, or the value came from an old file).
  The report does not list this kind yet (its words are the report's), so it is
  asked for explicitly.

Pure Python: the callers read the numbers; the holders and who answers for them are
the caller's business.
"""

from __future__ import annotations

import enum
import math
from collections.abc import Collection, Mapping, Sequence
from dataclasses import dataclass

from perfdesk.core.deviation import OFF_TARGET
from perfdesk.core.kpi import Kpi, Status, kpi_status
from perfdesk.core.org import OrgUnit, Person


class AlertKind(enum.StrEnum):
    OUT_OF_BOUNDS = "out_of_bounds"  # an actual outside the KPI's min/max
    MISSING = "missing"  # a month that has ended has a target and no actual
    TWICE_OFF = "twice_off"  # this month and the one before both off target
    RED_NO_NOTE = "red_no_note"  # below target (red) and no deviation note


# What the department report lists (it has words for these three).
REPORT_KINDS = frozenset({AlertKind.MISSING, AlertKind.TWICE_OFF, AlertKind.RED_NO_NOTE})
ALL_KINDS = frozenset(AlertKind)


@dataclass(frozen=True)
class Alert:
    kind: AlertKind
    goal_id: str
    kpi_name: str
    periods: tuple[str, ...]  # the months it is about, oldest first


def out_of_bounds(kpi: Kpi, value: float) -> bool:
    """The value lies outside the KPI's bounds (a bound not set does not count)."""
    if math.isnan(value):
        return True
    if kpi.min_value is not None and value < kpi.min_value:
        return True
    return kpi.max_value is not None and value > kpi.max_value


def goal_alerts(
    goal_id: str,
    kpi: Kpi,
    months: Sequence[str],
    targets: Mapping[str, float],
    actuals: Mapping[str, float],
    noted: Collection[str],
    target_max: float | None = None,
    kinds: Collection[AlertKind] = REPORT_KINDS,
) -> list[Alert]:
    """The alerts of one goal over `months` (ended months, oldest first; the last one is
    the month judged). `noted` holds the months that have a deviation note; `kinds`
    which alerts to look for."""
    found: list[Alert] = []
    if AlertKind.OUT_OF_BOUNDS in kinds:
        outside = tuple(m for m in months if m in actuals and out_of_bounds(kpi, actuals[m]))
        if outside:
            found.append(Alert(AlertKind.OUT_OF_BOUNDS, goal_id, kpi.name, outside))
    if AlertKind.MISSING in kinds:
        missing = tuple(m for m in months if m in targets and m not in actuals)
        if missing:
            found.append(Alert(AlertKind.MISSING, goal_id, kpi.name, missing))
    statuses = [kpi_status(kpi, targets.get(m), actuals.get(m), target_max) for m in months]
    if (
        AlertKind.TWICE_OFF in kinds
        and len(months) >= 2
        and statuses[-1] in OFF_TARGET
        and statuses[-2] in OFF_TARGET
    ):
        found.append(Alert(AlertKind.TWICE_OFF, goal_id, kpi.name, tuple(months[-2:])))
    if (
        AlertKind.RED_NO_NOTE in kinds
        and statuses
        and statuses[-1] is Status.RED
        and months[-1] not in noted
    ):
        found.append(Alert(AlertKind.RED_NO_NOTE, goal_id, kpi.name, (months[-1],)))
    return found


def count_by_kind(alerts: Sequence[Alert]) -> dict[AlertKind, int]:
    """How many alerts of each kind, every kind present (0 when none)."""
    counts = dict.fromkeys(AlertKind, 0)
    for alert in alerts:
        counts[alert.kind] += 1
    return counts


def responsible(
    holder_id: str,
    units: Mapping[str, OrgUnit],
    people: Mapping[str, Person],
) -> str | None:
    """Who answers for a holder's missing entries: a unit's manager; a person's unit
    manager (the unit above's when the person manages their own unit). None when no
    manager is set up the chain."""
    person = people.get(holder_id)
    unit_id: str | None = person.unit_id if person is not None else holder_id
    seen: set[str] = set()
    while unit_id is not None and unit_id not in seen:
        seen.add(unit_id)
        unit = units.get(unit_id)
        if unit is None:
            return None
        if unit.manager_id is not None and unit.manager_id != holder_id:
            return unit.manager_id
        unit_id = unit.parent_id
    return None
