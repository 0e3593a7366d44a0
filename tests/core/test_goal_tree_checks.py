"""The goal tree's checks: weights against 100 %, children against their parent."""

from __future__ import annotations

import pytest

from perfdesk.core.goals import Goal, decomposition_checks, weight_checks, weight_difference
from perfdesk.core.kpi import ratio_loop


def _goal(goal_id: str, target: float | None, kpi: str = "sales", **kw: object) -> Goal:
    return Goal(goal_id, kpi, "2026", target, unit_id=str(kw.pop("unit", "u")), **kw)  # type: ignore[arg-type]


def test_weights_off_100_give_the_difference() -> None:
    (check,) = weight_checks([_goal("a", 1, weight=60), _goal("b", 1, weight=30)])
    assert not check.ok and check.total == 90
    assert weight_difference(check) == pytest.approx(-10)
    (over,) = weight_checks([_goal("a", 1, weight=70.5), _goal("b", 1, weight=30)])
    assert weight_difference(over) == pytest.approx(0.5)
    (exact,) = weight_checks([_goal("a", 1, weight=33.3), _goal("b", 1, weight=66.7)])
    assert exact.ok


def test_children_of_an_additive_goal_must_add_up_and_the_gap_is_reported() -> None:
    parent = _goal("p", 1000)
    children = [
        _goal("c1", 400, unit="east", parent_id="p"),
        _goal("c2", 350, unit="west", parent_id="p"),
        _goal("c3", 20, kpi="orders", unit="west", parent_id="p"),  # a mapped KPI: left out
    ]
    (check,) = decomposition_checks([parent], children, {"sales", "orders"})
    assert (check.children_total, check.parent_target) == (750, 1000)
    assert check.difference == -250 and not check.ok
    fixed = [*children, _goal("c4", 250, unit="north", parent_id="p")]
    (ok,) = decomposition_checks([parent], fixed, {"sales"})
    assert ok.ok and ok.difference == 0


def test_rates_and_goals_without_children_are_not_summed() -> None:
    parent = _goal("p", 30, kpi="rate")
    children = [
        _goal("c1", 30, kpi="rate", parent_id="p"),
        _goal("c2", 30, kpi="rate", parent_id="p"),
    ]
    assert decomposition_checks([parent], children, {"sales"}) == []
    assert decomposition_checks([_goal("q", 100)], [], {"sales"}) == []


def test_exact_decimal_sums_are_not_a_mismatch() -> None:
    parent = _goal("p", 0.3)
    children = [_goal("a", 0.1, parent_id="p"), _goal("b", 0.2, parent_id="p")]
    (check,) = decomposition_checks([parent], children, {"sales"})
    assert check.ok


def test_a_ratio_kpi_never_divides_itself() -> None:
    parts = {"aov": ("sales", "orders")}
    assert ratio_loop("aov", "aov", "orders", parts)
    assert ratio_loop("orders", "sales", "aov", parts)  # orders = sales / (sales / orders)
    assert not ratio_loop("margin", "profit", "sales", parts)
    assert not ratio_loop(None, "aov", "aov", parts)  # a new KPI has no id to loop back to
