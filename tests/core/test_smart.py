"""The SMART check of a goal: each letter's verdict and the reason a person can act on."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from perfdesk.core.goals import Goal
from perfdesk.core.kpi import Aggregation, Direction, Kpi
from perfdesk.core.smart import Band, Verdict, check, last_year_value, passed

SALES = Kpi(id="k", code="SALES", name="销售额", unit="万元")
COST = Kpi(id="c", code="COST", name="单位成本", unit="元", direction=Direction.LOWER)


def goal(
    title: str = "华东区销售额增长 10%",
    target: float | None = 1100.0,
    parent: str | None = "p",
    kpi: str = "k",
) -> Goal:
    return Goal(
        id="g", kpi_id=kpi, period="2026", target=target, title=title, unit_id="u",
        parent_id=parent,
    )  # fmt: skip


def verdicts(items: tuple) -> dict[str, tuple[Verdict, str]]:
    return {item.letter: (item.verdict, item.reason) for item in items}


def test_a_well_made_goal_passes_all_five() -> None:
    items = check(goal(), SALES, company_goal=False, last_year=1000.0)
    assert passed(items)
    assert [item.letter for item in items] == ["S", "M", "A", "R", "T"]
    assert items[2].ratio == pytest.approx(1.1)


@pytest.mark.parametrize(
    ("title", "reason"),
    [("", "no_description"), ("  ", "no_description"), (" 销售额 ", "copy_of_kpi")],
)
def test_specific_wants_a_description_of_its_own(title: str, reason: str) -> None:
    assert verdicts(check(goal(title), SALES, False, 1000.0))["S"] == (Verdict.FAIL, reason)


def test_measurable_wants_a_kpi_and_a_number() -> None:
    assert verdicts(check(goal(target=None), SALES, False, 1000.0))["M"] == (
        Verdict.FAIL, "no_target")  # fmt: skip
    assert verdicts(check(goal(), None, False, 1000.0))["M"] == (Verdict.FAIL, "no_kpi")


def test_achievable_flags_a_stretch_beyond_the_band_and_says_how_far() -> None:
    items = check(goal(target=3100.0), SALES, False, last_year=1000.0)
    assert verdicts(items)["A"] == (Verdict.FAIL, "stretch")
    assert items[2].ratio == pytest.approx(3.1)
    assert verdicts(check(goal(target=700.0), SALES, False, 1000.0))["A"] == (
        Verdict.OK, "below_history")  # fmt: skip


def test_achievable_turns_the_ratio_round_for_lower_is_better() -> None:
    # last year 100 元 a unit; a target of 50 asks for half the cost: twice as hard
    items = check(goal(target=50.0, kpi="c", title="降本"), COST, False, last_year=100.0)
    assert verdicts(items)["A"] == (Verdict.FAIL, "stretch")
    assert items[2].ratio == pytest.approx(2.0)


def test_without_history_achievable_is_unknown_not_passed() -> None:
    items = check(goal(), SALES, False, last_year=None)
    assert verdicts(items)["A"] == (Verdict.UNKNOWN, "no_history")
    assert not passed(items)


def test_relevant_wants_a_parent_unless_it_is_a_company_goal() -> None:
    assert verdicts(check(goal(parent=None), SALES, False, 1000.0))["R"] == (
        Verdict.FAIL, "no_parent")  # fmt: skip
    assert verdicts(check(goal(parent=None), SALES, True, 1000.0))["R"] == (
        Verdict.OK, "company_goal")  # fmt: skip


def test_a_band_must_contain_one() -> None:
    with pytest.raises(ValueError):
        Band(high=0.9)


@given(st.lists(st.one_of(st.none(), st.floats(0, 1e6)), max_size=12))
def test_last_year_is_the_kpis_own_aggregation(months: list[float | None]) -> None:
    present = [m for m in months if m is not None]
    total = last_year_value(SALES, months)
    assert (total is None) == (not present)
    if present:
        assert total == pytest.approx(sum(present))
    ratio = Kpi(id="r", code="R", name="率", aggregation=Aggregation.RATIO,
                numerator_id="a", denominator_id="b")  # fmt: skip
    assert last_year_value(ratio, months) is None
