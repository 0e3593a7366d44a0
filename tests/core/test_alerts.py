"""The shared alerts: the pane's kinds and the report's."""

from __future__ import annotations

from perfdesk.core.alerts import ALL_KINDS, AlertKind, count_by_kind, goal_alerts, responsible
from perfdesk.core.kpi import Direction, Kpi

RATE = Kpi("k", "R", "Rate", unit="%", min_value=0.0, max_value=100.0)
DAYS = Kpi("d", "D", "Days", direction=Direction.LOWER)
MONTHS = ["2026-01", "2026-02", "2026-03"]


def test_out_of_bounds_only_when_asked_so_the_report_is_unchanged() -> None:
    actuals = {"2026-01": 120.0, "2026-02": -1.0, "2026-03": 95.0}
    targets = {m: 90.0 for m in MONTHS}
    assert goal_alerts("g", RATE, MONTHS, targets, actuals, set()) == []
    found = goal_alerts("g", RATE, MONTHS, targets, actuals, set(), kinds=ALL_KINDS)
    assert [(a.kind, a.periods) for a in found] == [
        (AlertKind.OUT_OF_BOUNDS, ("2026-01", "2026-02"))
    ]


def test_lower_is_better_twice_off_and_counts_per_kind() -> None:
    targets = {m: 10.0 for m in MONTHS}
    actuals = {"2026-02": 14.0, "2026-03": 15.0}
    found = goal_alerts("g", DAYS, MONTHS, targets, actuals, {"2026-03"}, kinds=ALL_KINDS)
    counts = count_by_kind(found)
    assert counts[AlertKind.MISSING] == 1 and counts[AlertKind.TWICE_OFF] == 1
    assert counts[AlertKind.RED_NO_NOTE] == 0 and counts[AlertKind.OUT_OF_BOUNDS] == 0


def test_one_month_cannot_be_twice_off_and_on_target_raises_nothing() -> None:
    assert goal_alerts("g", DAYS, MONTHS[:1], {"2026-01": 10.0}, {"2026-01": 30.0}, set()) != []
    kinds = {
        a.kind
        for a in goal_alerts("g", DAYS, MONTHS[:1], {"2026-01": 10.0}, {"2026-01": 30.0}, set())
    }
    assert AlertKind.TWICE_OFF not in kinds
    on_target = {m: 9.0 for m in MONTHS}
    assert goal_alerts("g", DAYS, MONTHS, {m: 10.0 for m in MONTHS}, on_target, set()) == []


def test_the_responsible_is_the_holders_manager_up_the_chain() -> None:
    from perfdesk.core.org import OrgUnit, Person, UnitKind

    units = {
        "co": OrgUnit("co", "Co", UnitKind.COMPANY, manager_id="boss"),
        "sales": OrgUnit("sales", "Sales", UnitKind.DEPARTMENT, parent_id="co", manager_id="li"),
        "team": OrgUnit("team", "Team", UnitKind.TEAM, parent_id="sales"),
    }
    people = {
        "li": Person("li", "Li", "sales"),
        "wang": Person("wang", "Wang", "team"),
        "boss": Person("boss", "Boss", "co"),
    }
    assert responsible("sales", units, people) == "li"
    assert responsible("wang", units, people) == "li"  # the team has no manager
    assert responsible("li", units, people) == "boss"  # not oneself
    assert responsible("boss", units, people) is None
    assert responsible("team", units, people) == "li"
