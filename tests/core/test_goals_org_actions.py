"""Goal weights, cycles and child sums; org paths; action lifecycle and owner rule."""

from __future__ import annotations

import datetime

from perfdesk.core.actions import (
    ActionStatus,
    can_move,
    effective_status,
    is_overdue,
    proposed_owner,
)
from perfdesk.core.goals import Goal, child_sum_check, weight_checks, would_create_cycle
from perfdesk.core.meeting import AgendaItem, AgendaKind, agenda_plan
from perfdesk.core.org import OrgUnit, UnitKind, descendants, unit_path


def _goal(
    id_: str,
    weight: float = 0,
    target: float | None = 10,
    owner: str = "u1",
    parent: str | None = None,
) -> Goal:
    return Goal(
        id=id_,
        kpi_id="k",
        period="2026",
        target=target,
        weight=weight,
        unit_id=owner,
        parent_id=parent,
    )


def test_weights_must_sum_to_100_per_holder() -> None:
    checks = weight_checks([_goal("a", 60), _goal("b", 40), _goal("c", 50, owner="u2")])
    by_owner = {c.owner_id: c for c in checks}
    assert by_owner["u1"].ok
    assert not by_owner["u2"].ok
    assert by_owner["u2"].total == 50


def test_weights_tolerate_float_noise() -> None:
    assert weight_checks([_goal("a", 33.3), _goal("b", 33.3), _goal("c", 33.4)])[0].ok


def test_cycle_detection() -> None:
    parents = {"a": None, "b": "a", "c": "b"}
    assert would_create_cycle("a", "c", parents)
    assert would_create_cycle("a", "a", parents)
    assert not would_create_cycle("c", "a", parents)
    assert not would_create_cycle("b", None, parents)


def test_children_sum_shows_the_difference() -> None:
    parent = _goal("p", target=1000)
    check = child_sum_check(parent, [_goal("a", target=600), _goal("b", target=350)])
    assert check is not None and not check.ok
    assert check.difference == -50
    assert child_sum_check(parent, [_goal("a", target=600), _goal("b", target=400)]).ok


def test_unit_path_and_descendants() -> None:
    units = [
        OrgUnit("c", "公司", UnitKind.COMPANY),
        OrgUnit("d", "销售部", UnitKind.DEPARTMENT, "c"),
        OrgUnit("t", "华东组", UnitKind.TEAM, "d"),
    ]
    by_id = {u.id: u for u in units}
    assert [u.name for u in unit_path("t", by_id)] == ["公司", "销售部", "华东组"]
    assert descendants("c", units) == {"d", "t"}


def test_action_transitions() -> None:
    assert can_move(ActionStatus.SUBMITTED, ActionStatus.OPEN)
    assert not can_move(ActionStatus.DRAFT, ActionStatus.OPEN)  # review first
    assert can_move(ActionStatus.DONE, ActionStatus.VERIFIED)
    assert not can_move(ActionStatus.VERIFIED, ActionStatus.OPEN)
    assert not can_move(ActionStatus.DRAFT, ActionStatus.VERIFIED)


def test_overdue_by_date() -> None:
    due = datetime.date(2026, 10, 31)
    assert not is_overdue(ActionStatus.OPEN, due, datetime.date(2026, 10, 31))
    assert is_overdue(ActionStatus.OPEN, due, datetime.date(2026, 11, 1))
    assert not is_overdue(ActionStatus.DONE, due, datetime.date(2026, 11, 1))
    assert (
        effective_status(ActionStatus.OPEN, due, datetime.date(2026, 11, 2)) is ActionStatus.OVERDUE
    )


def test_owner_rule_from_the_seeds() -> None:
    managers = {"sales": "p-sales-mgr", "quality": "p-q-mgr"}
    assert proposed_owner(["sales"], managers, "p-gm") == "p-sales-mgr"
    assert proposed_owner(["sales", "quality"], managers, "p-gm") == "p-gm"


def test_agenda_plan_against_meeting_length() -> None:
    items = [
        AgendaItem(str(i), "m", i, AgendaKind.SPEAKER, minutes)
        for i, minutes in enumerate([5, 5, 5, 5, 5, 60, 5])
    ]
    plan = agenda_plan(items, 90)
    assert plan.planned_minutes == 90 and not plan.over
    assert agenda_plan(items, 80).over
