"""The exact period split: parts add up to the whole at the KPI's decimals, locks hold."""

from __future__ import annotations

from decimal import Decimal

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from perfdesk.core.periods import Granularity, Period
from perfdesk.core.split import (
    Method,
    Mode,
    SplitError,
    allocate,
    from_minor,
    split_periods,
    split_target,
    to_minor,
)

GRANULARITIES = ["quarter", "month", "ten_day", "week"]


def _sum(split) -> Decimal:  # type: ignore[no-untyped-def]
    return sum((Decimal(repr(p.value)) for p in split.parts), Decimal(0))


@pytest.mark.parametrize("granularity", GRANULARITIES)
@pytest.mark.parametrize("method", ["even", "profile", "last_year"])
@pytest.mark.parametrize("year", [2024, 2026, 2027])
def test_every_method_and_granularity_adds_up_exactly(granularity, method, year) -> None:  # type: ignore[no-untyped-def]
    profile = [5, 4, 8, 9, 10, 12, 7, 6, 9, 11, 13, 20]
    history = {f"{year - 1}-{m:02d}": float(m * 3.7) for m in range(1, 13)}
    split = split_target(
        "1234567.89",
        str(year),
        granularity,
        aggregation="sum",
        decimals=2,
        method=method,
        profile=profile,
        history=history,
    )
    assert split.mode is Mode.AMOUNT
    assert split.total_minor == 123456789
    assert _sum(split) == Decimal("1234567.89")
    assert all(to_minor(p.value, 2) == p.minor for p in split.parts)


def test_even_months_are_equal_and_ten_days_follow_days() -> None:
    months = split_target(1200, "2026", "month", aggregation="sum", decimals=0)
    assert [p.value for p in months.parts] == [100.0] * 12
    xun = split_target(365, "2026", "ten_day", aggregation="sum", decimals=0)
    assert [p.value for p in xun.parts] == [p.days for p in xun.parts]
    # 1 unit over three equal weights: the rounding unit goes to the earliest period.
    assert split_target(1, "2026-Q1", "month", aggregation="sum", decimals=0).values() == {
        "2026-01": 1.0,
        "2026-02": 0.0,
        "2026-03": 0.0,
    }


@pytest.mark.parametrize(("year", "days"), [(2024, 9), (2026, 8), (2100, 8), (2000, 9)])
def test_february_third_xun_has_eight_or_nine_days(year: int, days: int) -> None:
    split = split_target(
        Period(Granularity.YEAR, year).days * 10,
        str(year),
        "ten_day",
        aggregation="sum",
        decimals=0,
    )
    parts = {p.period.key: p for p in split.parts}
    third = parts[f"{year}-02-D3"]
    assert third.days == days
    assert third.value == days * 10  # 10 a day, exactly
    assert len(split.parts) == 36


def test_2026_has_53_iso_weeks_and_edge_weeks_take_only_their_days() -> None:
    weeks = split_periods(Period(Granularity.YEAR, 2026), Granularity.WEEK)
    assert len(weeks) == 53
    assert weeks[0].key == "2026-W01" and weeks[-1].key == "2026-W53"
    split = split_target(365, "2026", "week", aggregation="sum", decimals=0)
    days = [p.days for p in split.parts]
    assert days[0] == 4 and days[-1] == 4 and set(days[1:-1]) == {7}
    assert sum(days) == 365
    assert [p.value for p in split.parts] == days  # one a day
    # 2027: 52 weeks; 1-3 Jan 2027 lie in 2026-W53, so 2027's weeks hold 362 days.
    later = split_target(3620, "2027", "week", aggregation="sum", decimals=0)
    assert len(later.parts) == 52 and sum(p.days for p in later.parts) == 362
    assert sum(p.minor or 0 for p in later.parts) == 3620


def test_profile_shares_by_month_weight_and_finer_periods_by_days() -> None:
    profile = [0] * 11 + [1]  # everything in December
    months = split_target(
        1000, "2026", "month", aggregation="sum", decimals=0, method="profile", profile=profile
    )
    assert months.values()["2026-12"] == 1000 and sum(months.values().values()) == 1000
    xun = split_target(
        310, "2026", "ten_day", aggregation="sum", decimals=0, method="profile", profile=profile
    )
    assert xun.values()["2026-12-D1"] == 100 and xun.values()["2026-12-D3"] == 110
    # Weeks straddling November/December get only their December days' share.
    weeks = split_target(
        31, "2026", "week", aggregation="sum", decimals=0, method="profile", profile=profile
    )
    assert weeks.values()["2026-W49"] == 6  # Mon 30 Nov - Sun 6 Dec: 6 days in December
    assert weeks.values()["2026-W53"] == 4


def test_last_year_shape_and_its_fallback() -> None:
    history = {"2025-01": 300.0, "2025-02": 100.0, **{f"2025-{m:02d}": 0.0 for m in range(3, 13)}}
    split = split_target(
        40, "2026", "month", aggregation="sum", decimals=0, method="last_year", history=history
    )
    assert split.method is Method.LAST_YEAR and split.fallback is None
    assert split.values()["2026-01"] == 30 and split.values()["2026-02"] == 10
    empty = split_target(
        12, "2026", "month", aggregation="sum", decimals=0, method="last_year", history={}
    )
    assert empty.method is Method.EVEN and empty.fallback == "last_year_empty"
    zeros = split_target(
        12,
        "2026",
        "month",
        aggregation="sum",
        decimals=0,
        method="last_year",
        history={"2025-01": 0.0},
    )
    assert zeros.fallback == "last_year_empty"
    negative = split_target(
        12,
        "2026",
        "month",
        aggregation="sum",
        decimals=0,
        method="last_year",
        history={"2025-01": -5.0},
    )
    assert negative.fallback == "last_year_negative"


def test_locked_periods_keep_their_amount_and_the_rest_is_redistributed() -> None:
    split = split_target(
        1001, "2026", "month", aggregation="sum", decimals=0, locked={"2026-01": 340, "2026-02": 0}
    )
    values = split.values()
    assert values["2026-01"] == 340 and values["2026-02"] == 0
    assert sum(values.values()) == 1001
    assert [p.locked for p in split.parts][:3] == [True, True, False]
    assert sorted(set(list(values.values())[2:])) == [
        66.0,
        67.0,
    ]  # 661 over ten: one 67, the earliest


@pytest.mark.parametrize(
    ("locked", "code"),
    [
        ({"2026-01": 700, "2026-02": 400}, "locked_exceed"),
        ({f"2026-{m:02d}": 1 for m in range(1, 13)}, "nothing_unlocked"),
        ({"2026-01": "33.5"}, "lock_precision"),
        ({"2025-01": 1}, "unknown_period"),
    ],
)
def test_bad_locks_are_refused(locked, code) -> None:  # type: ignore[no-untyped-def]
    with pytest.raises(SplitError) as error:
        split_target(1000, "2026", "month", aggregation="sum", decimals=0, locked=locked)
    assert error.value.code == code


def test_all_locked_that_add_up_is_accepted() -> None:
    locked = {f"2026-{m:02d}": 10 for m in range(1, 13)}
    split = split_target(120, "2026", "month", aggregation="sum", decimals=0, locked=locked)
    assert all(p.locked for p in split.parts)


@pytest.mark.parametrize(
    ("kwargs", "code"),
    [
        ({"aggregation": None}, "no_kpi"),
        ({"total": None}, "no_target"),
        ({"total": "12.345"}, "whole_precision"),
        ({"method": "profile", "profile": [0] * 12}, "profile_zero"),
        ({"method": "profile", "profile": [1] * 11 + [-1]}, "profile_negative"),
        ({"method": "profile", "profile": [1] * 11}, "profile_length"),
        ({"method": "profile", "profile": [1] * 11 + ["x"]}, "bad_number"),
        ({"method": "profile", "profile": [1] * 11 + [float("nan")]}, "bad_number"),
        ({"method": "guess"}, "bad_method"),
        ({"granularity": "year"}, "bad_granularity"),
        ({"decimals": 7}, "bad_decimals"),
        (
            {"method": "profile", "profile": [1] + [0] * 11, "locked": {"2026-01": 5}},
            "no_weight_left",
        ),
    ],
)
def test_each_refusal_has_its_code(kwargs, code) -> None:  # type: ignore[no-untyped-def]
    args = {
        "total": 100,
        "whole": "2026",
        "granularity": "month",
        "aggregation": "sum",
        "decimals": 2,
        **kwargs,
    }
    with pytest.raises(SplitError) as error:
        split_target(args.pop("total"), args.pop("whole"), args.pop("granularity"), **args)
    assert error.value.code == code
    assert str(error.value)  # an English sentence for logs


def test_zero_splits_to_zeros() -> None:
    split = split_target(0, "2026", "week", aggregation="sum", decimals=1)
    assert {p.value for p in split.parts} == {0.0}


def test_rates_split_by_value_and_stocks_keep_the_target() -> None:
    rate = split_target(
        32.5, "2026", "month", aggregation="average", decimals=1, method="profile", profile=[1] * 12
    )
    assert rate.mode is Mode.VALUE and {p.value for p in rate.parts} == {32.5}
    assert rate.total_minor is None
    ratio = split_target(
        0.25, "2026", "ten_day", aggregation="ratio", decimals=2, locked={"2026-01-D1": 0.3}
    )
    assert ratio.values()["2026-01-D1"] == 0.3 and ratio.values()["2026-01-D2"] == 0.25
    stock = split_target(120, "2026", "quarter", aggregation="last", decimals=0)
    assert stock.mode is Mode.STOCK and [p.value for p in stock.parts] == [120.0] * 4


def test_negative_whole_splits_exactly() -> None:
    split = split_target(
        -100, "2026", "month", aggregation="sum", decimals=0, locked={"2026-01": -50}
    )
    assert sum(split.values().values()) == -100 and split.values()["2026-01"] == -50
    with pytest.raises(SplitError) as error:
        split_target(-100, "2026", "month", aggregation="sum", decimals=0, locked={"2026-01": -150})
    assert error.value.code == "locked_exceed"


# -- properties ------------------------------------------------------------------------

_weights = st.lists(
    st.one_of(st.just(0), st.integers(0, 1000), st.floats(0, 1e6, allow_nan=False)),
    min_size=12,
    max_size=12,
).filter(any)


@settings(max_examples=150, deadline=None)
@given(
    units=st.integers(-(10**12), 10**12),
    decimals=st.integers(0, 6),
    profile=_weights,
    granularity=st.sampled_from(GRANULARITIES),
    year=st.integers(2000, 2040),
)
def test_any_target_and_profile_add_up_exactly(units, decimals, profile, granularity, year) -> None:  # type: ignore[no-untyped-def]
    total = Decimal(units).scaleb(-decimals)
    split = split_target(
        str(total),
        str(year),
        granularity,
        aggregation="sum",
        decimals=decimals,
        method="profile",
        profile=profile,
    )
    assert sum(p.minor or 0 for p in split.parts) == units
    assert sum((Decimal(repr(p.value)) for p in split.parts), Decimal(0)) == total


@settings(max_examples=150, deadline=None)
@given(
    units=st.integers(0, 10**9),
    decimals=st.integers(0, 4),
    granularity=st.sampled_from(GRANULARITIES),
    data=st.data(),
)
def test_locked_parts_are_untouched_and_the_rest_fills_the_whole(
    units, decimals, granularity, data
) -> None:  # type: ignore[no-untyped-def]
    periods = split_periods(Period(Granularity.YEAR, 2026), Granularity(granularity))
    chosen = data.draw(
        st.sets(st.sampled_from([p.key for p in periods]), max_size=len(periods) - 1)
    )
    budget = units
    locked: dict[str, str] = {}
    for key in sorted(chosen):
        amount = data.draw(st.integers(0, budget))
        budget -= amount
        locked[key] = str(Decimal(amount).scaleb(-decimals))
    total = str(Decimal(units).scaleb(-decimals))
    split = split_target(
        total, "2026", granularity, aggregation="sum", decimals=decimals, locked=locked
    )
    for part in split.parts:
        if part.period.key in locked:
            assert part.locked and Decimal(repr(part.value)) == Decimal(locked[part.period.key])
    assert sum(p.minor or 0 for p in split.parts) == units


@settings(max_examples=200, deadline=None)
@given(
    total=st.integers(-(10**9), 10**9),
    weights=st.lists(st.integers(0, 50), min_size=1, max_size=60).filter(any),
)
def test_allocate_is_exact_and_never_off_by_more_than_one(total, weights) -> None:  # type: ignore[no-untyped-def]
    parts = allocate(total, weights)
    assert sum(parts) == total
    whole = sum(weights)
    for part, weight in zip(parts, weights, strict=True):
        assert abs(part - total * weight / whole) < 1 + 1e-6


@given(st.integers(min_value=-(10**15), max_value=10**15), st.integers(min_value=0, max_value=6))
def test_a_part_is_the_float_nearest_its_exact_minor_units(minor: int, decimals: int) -> None:
    # from_minor divides ints instead of going through Decimal (a split of every goal of
    # a year makes thousands of parts); both must give the same float, whose shortest
    # repr is the amount as the KPI's decimals write it.
    value = from_minor(minor, decimals)
    assert value == float(Decimal(minor).scaleb(-decimals))
    assert Decimal(repr(value)) == Decimal(minor).scaleb(-decimals)


@given(
    st.integers(min_value=-(10**12), max_value=10**12),
    st.lists(st.integers(min_value=0, max_value=1000), min_size=1, max_size=60),
)
def test_whole_weights_without_locks_share_as_the_general_path_does(
    total: int, weights: list[int]
) -> None:
    # A tuple of whole weights takes a shorter path (every even split and every cascaded
    # child); a list takes the general one. Same parts, same refusals.
    def outcome(shaped: tuple[int, ...] | list[int]) -> object:
        try:
            return allocate(total, shaped)
        except SplitError as error:
            return (error.code, error.params)

    assert outcome(tuple(weights)) == outcome(list(weights))
    if sum(weights):
        assert sum(allocate(total, tuple(weights))) == total
