"""Cascading a goal to child holders: exact amounts, shares that stay at 100 %, by value."""

from __future__ import annotations

from decimal import Decimal
from fractions import Fraction

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from perfdesk.core.cascade import (
    Decision,
    Holder,
    ShareMethod,
    check_shares,
    plan_cascade,
    rebalance,
)
from perfdesk.core.split import Mode, SplitError

THREE = [
    Holder("a", "销售部", last_year=600.0, headcount=30),
    Holder("b", "市场部", last_year=300.0, headcount=10),
    Holder("c", "生产部", last_year=100.0, headcount=0),
]


def test_even_by_amount_adds_up_exactly() -> None:
    plan = plan_cascade(100, THREE, aggregation="sum", decimals=2)
    assert [r.target for r in plan.rows] == [33.34, 33.33, 33.33]
    assert plan.children_total == 100 and plan.difference == 0
    assert [r.decision for r in plan.rows] == [Decision.CREATE] * 3


def test_shares_last_year_and_headcount() -> None:
    shares = plan_cascade(
        1000, THREE, aggregation="sum", decimals=0, method="shares", shares=["50", "30", "20"]
    )
    assert [r.target for r in shares.rows] == [500, 300, 200]
    last = plan_cascade(1000, THREE, aggregation="sum", decimals=0, method="last_year")
    assert [r.target for r in last.rows] == [600, 300, 100] and last.method is ShareMethod.LAST_YEAR
    heads = plan_cascade(1000, THREE, aggregation="sum", decimals=0, method="headcount")
    assert [r.target for r in heads.rows] == [750, 250, 0]


def test_nothing_to_share_by_falls_back_to_even_with_a_reason() -> None:
    empty = [Holder("a", "A"), Holder("b", "B")]
    plan = plan_cascade(10, empty, aggregation="sum", decimals=0, method="last_year")
    assert plan.method is ShareMethod.EVEN and plan.fallback == "last_year_empty"
    assert [r.target for r in plan.rows] == [5, 5]
    plan = plan_cascade(10, empty, aggregation="sum", decimals=0, method="headcount")
    assert plan.fallback == "no_headcount"


def test_rates_cascade_by_value() -> None:
    plan = plan_cascade(32.5, THREE, aggregation="average", decimals=1, method="headcount")
    assert plan.mode is Mode.VALUE
    assert [r.target for r in plan.rows] == [32.5] * 3
    assert plan.children_total is None
    ratio = plan_cascade(0.2, THREE, aggregation="ratio", decimals=2)
    assert [r.target for r in ratio.rows] == [0.2] * 3


def test_existing_goals_are_skipped_until_update_is_chosen() -> None:
    holders = [Holder("a", "A"), Holder("b", "B", existing_goal_id="g-b")]
    plan = plan_cascade(100, holders, aggregation="sum", decimals=0)
    assert [r.decision for r in plan.rows] == [Decision.CREATE, Decision.SKIP]
    assert plan.rows[1].target is None and plan.difference == -50  # shown, not moved
    updated = plan.decide("b", "update")
    assert updated.rows[1].decision is Decision.UPDATE and updated.difference == 0
    # A holder without a goal cannot be "updated": it stays a new goal.
    assert updated.decide("a", "update").rows[0].decision is Decision.CREATE


def test_editing_one_share_recomputes_the_rest_to_100() -> None:
    shares = [Fraction(50), Fraction(30), Fraction(20)]
    after = rebalance(shares, {0: "60"})
    assert after == [60, 24, 16] and sum(after) == 100
    after = rebalance(after, {0: 60, 1: "40"})
    assert after == [60, 40, 0]
    assert rebalance([Fraction(0)] * 3, {0: 10}) == [10, 45, 45]


@pytest.mark.parametrize(
    ("pins", "code"),
    [({0: 70, 1: 40}, "pinned_over"), ({0: -1}, "share_negative"), ({0: 101}, "share_over")],
)
def test_bad_share_edits_are_refused(pins, code) -> None:  # type: ignore[no-untyped-def]
    with pytest.raises(SplitError) as error:
        rebalance([Fraction(50), Fraction(30), Fraction(20)], pins)
    assert error.value.code == code


def test_all_pinned_must_make_100() -> None:
    with pytest.raises(SplitError) as error:
        rebalance([Fraction(50), Fraction(50)], {0: 50, 1: 40})
    assert error.value.code == "nothing_to_share"
    assert rebalance([Fraction(50), Fraction(50)], {0: 60, 1: 40}) == [60, 40]


@pytest.mark.parametrize(
    ("shares", "code"),
    [
        (["50", "40", "5"], "shares_total"),
        (["120", "-10", "-10"], "share_over"),
        (["110", "-10", "0"], "share_over"),
        (["50", "-10", "60"], "share_negative"),
        (["x", "0", "100"], "bad_number"),
    ],
)
def test_bad_shares_are_refused(shares, code) -> None:  # type: ignore[no-untyped-def]
    with pytest.raises(SplitError) as error:
        check_shares(shares)
    assert error.value.code == code


def test_no_holders_no_target_no_kpi() -> None:
    for kwargs, code in (
        ({"holders": []}, "no_holders"),
        ({"total": None}, "no_target"),
        ({"aggregation": None}, "no_kpi"),
        ({"total": "1.5"}, "whole_precision"),
    ):
        args = {"total": 10, "holders": THREE, "aggregation": "sum", "decimals": 0, **kwargs}
        with pytest.raises(SplitError) as error:
            plan_cascade(args.pop("total"), args.pop("holders"), **args)
        assert error.value.code == code


@settings(max_examples=200, deadline=None)
@given(
    units=st.integers(-(10**12), 10**12),
    decimals=st.integers(0, 6),
    weights=st.lists(st.integers(0, 1000), min_size=1, max_size=40).filter(any),
)
def test_any_cascade_by_amount_adds_up_exactly(units, decimals, weights) -> None:  # type: ignore[no-untyped-def]
    total = Decimal(units).scaleb(-decimals)
    holders = [Holder(str(i), str(i), last_year=float(w)) for i, w in enumerate(weights)]
    plan = plan_cascade(
        str(total), holders, aggregation="sum", decimals=decimals, method="last_year"
    )
    assert sum(r.minor or 0 for r in plan.rows) == units
    assert sum((Decimal(repr(r.target)) for r in plan.rows), Decimal(0)) == total


@settings(max_examples=200, deadline=None)
@given(
    shares=st.lists(st.integers(0, 100), min_size=2, max_size=12).filter(any),
    data=st.data(),
)
def test_rebalanced_shares_always_make_100_and_keep_the_pinned(shares, data) -> None:  # type: ignore[no-untyped-def]
    index = data.draw(st.integers(0, len(shares) - 1))
    value = data.draw(st.integers(0, 100))
    after = rebalance([Fraction(s) for s in shares], {index: value})
    assert sum(after) == 100 and after[index] == value
    assert all(s >= 0 for s in after)


# -- two levels ------------------------------------------------------------------------
def _teams(prefix: str, count: int, **flags: bool) -> list[Holder]:
    return [Holder(f"{prefix}{i}", f"{prefix} 组{i}", **flags) for i in range(count)]


def _minor_sum(plan: object, decimals: int) -> int:
    rows = plan.rows  # type: ignore[attr-defined]
    return sum(r.minor for r in rows if r.decision is not Decision.SKIP)


def test_two_levels_add_up_exactly_at_each_level() -> None:
    from perfdesk.core.cascade import plan_two_levels

    children = {"a": _teams("a", 3), "b": _teams("b", 7), "c": _teams("c", 1)}
    plan = plan_two_levels(
        1000, THREE, children, aggregation="sum", decimals=2, below_method="even"
    )
    assert plan.top.children_total == 1000
    first = {r.holder.id: r.minor for r in plan.top.rows}
    for holder_id, below in plan.below:
        assert _minor_sum(below, 2) == first[holder_id]  # each team group = its department
    assert plan.level_totals() == (1000, 1000)
    assert [h for h, _p in plan.below] == ["a", "b", "c"]


def test_two_levels_skip_archived_and_locked_children_and_skipped_parents() -> None:
    from perfdesk.core.cascade import plan_two_levels

    children = {
        "a": [*_teams("a", 2), Holder("ax", "撤销组", archived=True)],
        "b": [Holder("bl", "已结账组", locked=True), *_teams("b", 3)],
        "c": _teams("c", 2),
    }
    holders = [*THREE[:2], Holder("c", "生产部", existing_goal_id="g-c")]
    plan = plan_two_levels(
        999.99, holders, children, aggregation="sum", decimals=2, below_method="even"
    )
    below = dict(plan.below)
    left_out = {r.holder.id: r.why for p in below.values() for r in p.rows if r.why}
    assert left_out == {"ax": "archived", "bl": "locked"}
    for holder_id, sub in below.items():  # the others still add up exactly
        assert _minor_sum(sub, 2) == next(
            r.minor for r in plan.top.rows if r.holder.id == holder_id
        )
    # 生产部 has a goal already and is skipped by default: no second level below it.
    assert dict(plan.no_second) == {"c": "skipped"}
    assert plan.decomposed() == plan.level_totals()[1]


def test_two_levels_of_a_rate_give_every_team_the_rate() -> None:
    from perfdesk.core.cascade import plan_two_levels

    plan = plan_two_levels(0.95, THREE, {"a": _teams("a", 2)}, aggregation="ratio", decimals=3)
    assert plan.top.mode is Mode.VALUE
    assert [r.amount for _h, p in plan.below for r in p.rows] == [0.95, 0.95]
    assert dict(plan.no_second) == {"b": "no_children", "c": "no_children"}
    assert plan.level_totals() == (None, None)


@settings(max_examples=60, deadline=None)
@given(
    total=st.decimals(min_value=0, max_value=10**9, places=2, allow_nan=False),
    sizes=st.lists(st.integers(min_value=0, max_value=9), min_size=1, max_size=6),
)
def test_any_two_level_cascade_adds_up_exactly(total, sizes) -> None:  # type: ignore[no-untyped-def]
    from perfdesk.core.cascade import plan_two_levels

    holders = [Holder(f"d{i}", f"部门{i}", headcount=i + 1) for i in range(len(sizes))]
    children = {f"d{i}": _teams(f"d{i}-", n) for i, n in enumerate(sizes)}
    plan = plan_two_levels(
        str(total), holders, children, aggregation="sum", decimals=2, below_method="headcount"
    )
    assert _minor_sum(plan.top, 2) == int(total * 100)
    for holder_id, below in plan.below:
        parent = next(r.minor for r in plan.top.rows if r.holder.id == holder_id)
        assert _minor_sum(below, 2) == parent


# -- typed shares in the second level ------------------------------------------------------
def test_typed_shares_keep_the_typed_and_rebalance_the_rest_like_the_first_level() -> None:
    from perfdesk.core.cascade import typed_shares

    assert typed_shares("even", THREE, {}) is None  # nothing typed: the method's own
    assert typed_shares("shares", THREE, {}) == [Fraction(100, 3)] * 3
    # The same helper the first level's preview uses: pinned 50, the rest in proportion.
    assert typed_shares("headcount", THREE, {"b": "50"}) == [
        Fraction(50),
        Fraction(50),
        Fraction(0),
    ]
    left_out = [*THREE, Holder("x", "撤销组", archived=True)]
    assert typed_shares("shares", left_out, {"a": 40, "x": 10}) == [
        Fraction(40),
        Fraction(30),
        Fraction(30),
    ]  # one share per holder taking part; a share typed for a left-out one is ignored


def test_typed_second_level_shares_add_up_exactly_to_each_first_level_target() -> None:
    from perfdesk.core.cascade import plan_two_levels

    children = {
        "a": [*_teams("a", 3), Holder("ax", "撤销组", archived=True)],
        "b": _teams("b", 2),
    }
    plan = plan_two_levels(
        1000,
        THREE,
        children,
        aggregation="sum",
        decimals=2,
        method="shares",
        shares=["50", "30", "20"],
        below_method="even",
        below_typed={"a": {"a0": "12.5", "a1": "33.33"}, "b": {"b1": "70"}},
    )
    below = dict(plan.below)
    team = {r.holder.id: r for r in below["a"].rows}
    assert team["a0"].amount == 62.5 and team["a0"].share == Fraction(25, 2)
    assert team["a1"].amount == 166.65  # 33.33 % of 500, exactly in cents
    assert team["a2"].amount == 270.85  # the rest: 500 - 62.5 - 166.65
    assert team["ax"].minor == 0 and team["ax"].why == "archived"
    assert [r.amount for r in below["b"].rows] == [90.0, 210.0]
    for holder_id, sub in plan.below:
        parent = next(r.minor for r in plan.top.rows if r.holder.id == holder_id)
        assert _minor_sum(sub, 2) == parent and sub.difference == 0
    assert plan.level_totals() == (1000, 800) and plan.decomposed() == 800  # "c" has none


@pytest.mark.parametrize(
    ("typed", "code", "total"),
    [
        ({"a0": "60", "a1": "50"}, "pinned_over", "110"),
        ({"a0": "60", "a1": "30", "a2": "5"}, "nothing_to_share", None),
        ({"a0": "-5"}, "share_negative", None),
    ],
)
def test_typed_second_level_shares_that_cannot_make_100_are_refused_naming_the_parent(
    typed, code, total
) -> None:  # type: ignore[no-untyped-def]
    from perfdesk.core.cascade import plan_two_levels

    with pytest.raises(SplitError) as refused:
        plan_two_levels(
            1000,
            THREE,
            {"a": _teams("a", 3)},
            aggregation="sum",
            decimals=2,
            below_typed={"a": typed},
        )
    assert refused.value.code == code and refused.value.params["holder"] == "a"
    if total is not None:
        assert refused.value.params["total"] == total


@settings(max_examples=60, deadline=None)
@given(
    total=st.decimals(min_value=0, max_value=10**9, places=2, allow_nan=False),
    size=st.integers(min_value=2, max_value=7),
    typed=st.lists(
        st.decimals(min_value=0, max_value=40, places=2, allow_nan=False), min_size=1, max_size=1
    ),
    data=st.data(),
)
def test_any_typed_second_level_adds_up_exactly_and_keeps_the_typed(
    total, size, typed, data
) -> None:  # type: ignore[no-untyped-def]
    from perfdesk.core.cascade import plan_two_levels

    count = data.draw(st.integers(min_value=1, max_value=size - 1))
    kids = _teams("a-", size)
    chosen = {kids[i].id: str(data.draw(st.sampled_from(typed))) for i in range(count)}
    if sum(Decimal(v) for v in chosen.values()) > 100:
        return
    plan = plan_two_levels(
        str(total), THREE, {"a": kids}, aggregation="sum", decimals=2, below_typed={"a": chosen}
    )
    sub = dict(plan.below)["a"]
    assert _minor_sum(sub, 2) == next(r.minor for r in plan.top.rows if r.holder.id == "a")
    assert sum(r.share for r in sub.rows) == 100
    for row in sub.rows:
        if row.holder.id in chosen:
            assert row.share == Fraction(chosen[row.holder.id])
