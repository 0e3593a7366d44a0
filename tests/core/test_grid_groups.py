"""A unit's KPI grid with its teams and people: groups in org-tree order, folding, and
subtotals that add up only what adds up, without counting a team and its people twice."""

from __future__ import annotations

from perfdesk.core.grid_groups import LineKind, add_up, additive, group_lines, visible_lines
from perfdesk.core.kpi import Aggregation, Kpi
from perfdesk.core.org import OrgUnit, Person, UnitKind

UNITS = [
    OrgUnit("co", "集团", UnitKind.COMPANY),
    OrgUnit("sales", "销售部", UnitKind.DEPARTMENT, "co", manager_id="boss"),
    OrgUnit("t1", "销售一组", UnitKind.TEAM, "sales"),
    OrgUnit("t2", "销售二组", UnitKind.TEAM, "sales"),
    OrgUnit("hr", "人力部", UnitKind.DEPARTMENT, "co"),  # no goal inside: no header
]
PEOPLE = [
    Person("a", "甲", "t1"),
    Person("b", "乙", "t1"),
    Person("c", "丙", "t2"),
    Person("boss", "部长", "sales"),
]
SALES, MARGIN = "sales_amount", "margin"
GOALS = [  # (owner, KPI): the sales department decomposed to teams, team 2 to a person
    ("co", SALES),
    ("sales", SALES),
    ("sales", MARGIN),
    ("t1", SALES),
    ("a", SALES),
    ("b", SALES),
    ("c", SALES),  # team 2 holds no sales goal itself: its person counts
    ("c", MARGIN),
    ("boss", MARGIN),
]


def _lines():  # type: ignore[no-untyped-def]
    return group_lines("co", UNITS, PEOPLE, GOALS, lambda kpi: kpi == SALES)


def test_groups_follow_the_org_tree_with_people_before_sub_units() -> None:
    lines = _lines()
    headers = [line.unit_id for line in lines if line.kind is LineKind.UNIT]
    assert headers == ["co", "sales", "t1", "t2"]  # 人力部 holds nothing: no header
    goals = [GOALS[line.goal][0] for line in lines if line.kind is LineKind.GOAL]
    assert goals == ["co", "sales", "sales", "boss", "t1", "a", "b", "c", "c"]
    depth = {line.unit_id: line.depth for line in lines if line.kind is LineKind.UNIT}
    assert depth == {"co": 0, "sales": 1, "t1": 2, "t2": 2}


def test_subtotals_add_the_top_most_goal_of_each_branch_once() -> None:
    lines = _lines()
    subtotals = {
        line.unit_id: sorted(GOALS[g][0] for g in line.members)
        for line in lines
        if line.kind is LineKind.SUBTOTAL
    }
    # The department: team 1's own goal (not also its people's) and team 2's person.
    assert subtotals["sales"] == ["c", "t1"]
    assert subtotals["co"] == ["sales"]
    assert subtotals["t1"] == ["a", "b"]
    assert subtotals["t2"] == ["c"]
    # Margin (a rate) is never added up.
    assert all(line.kpi_id == SALES for line in lines if line.kind is LineKind.SUBTOTAL)
    # A unit's subtotals close its group, after its sub-units.
    sales = next(i for i, x in enumerate(lines) if x.kind is LineKind.UNIT and x.unit_id == "sales")
    end = lines[sales].end
    assert lines[end - 1].kind is LineKind.SUBTOTAL and lines[end - 1].unit_id == "sales"


def test_folding_a_unit_keeps_its_own_goals_and_subtotals() -> None:
    lines = _lines()
    shown = [lines[i] for i in visible_lines(lines, {"sales"})]
    owners = [GOALS[x.goal][0] for x in shown if x.kind is LineKind.GOAL]
    assert owners == ["co", "sales", "sales"]
    assert [x.unit_id for x in shown if x.kind is LineKind.SUBTOTAL] == ["sales", "co"]
    assert len(visible_lines(lines, ())) == len(lines)


def test_a_subtotal_has_an_actual_only_when_every_member_reported() -> None:
    targets = {0: (10.0, 10.0, 10.0), 1: (20.0, 20.0, None)}
    actuals = {0: (9.0, 11.0, None), 1: (21.0, None, None)}
    summed_targets, summed_actuals = add_up([0, 1], targets, actuals, 3)
    assert summed_targets == (30.0, 30.0, 10.0)
    assert summed_actuals == (30.0, None, None)  # month 2: one member has not reported


def test_only_kpis_whose_values_add_up_get_subtotals() -> None:
    assert additive(Kpi("k", "S", "销售额", "万元", aggregation=Aggregation.SUM))
    for rule in (Aggregation.AVERAGE, Aggregation.LAST, Aggregation.RATIO):
        assert not additive(Kpi("k", "R", "毛利率", "%", aggregation=rule))
