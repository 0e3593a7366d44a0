"""Achievement rate, status and aggregation, as a department head would judge them."""

from __future__ import annotations

import math

import pytest
from hypothesis import given
from hypothesis import strategies as st

from perfdesk.core.kpi import (
    DEFAULT_SCORE_CAP,
    Aggregation,
    Direction,
    Kpi,
    Status,
    achievement,
    aggregate,
    aggregate_ratio,
    capped_achievement,
    kpi_status,
    rate_and_status,
    score_rate,
    status,
    variance,
    weighted_score,
)

H, L, R = Direction.HIGHER, Direction.LOWER, Direction.RANGE


@pytest.mark.parametrize(
    ("target", "actual", "rate", "expected"),
    [
        (100, 120, 1.2, Status.GREEN),
        (100, 100, 1.0, Status.GREEN),
        (100, 95, 0.95, Status.AMBER),
        (100, 90, 0.9, Status.AMBER),
        (100, 89.9, 0.899, Status.RED),
        (100, 0, 0.0, Status.RED),
    ],
)
def test_higher_is_better(target: float, actual: float, rate: float, expected: Status) -> None:
    assert achievement(H, target, actual) == pytest.approx(rate)
    assert status(H, target, actual) is expected


@pytest.mark.parametrize(
    ("target", "actual", "expected"),
    [
        (10, 8, Status.GREEN),  # 8 days against a 10-day target is better
        (10, 10, Status.GREEN),
        (10, 10.5, Status.AMBER),  # 95 %
        (10, 12, Status.RED),  # 83 %
    ],
)
def test_lower_is_better_beats_target_below_it(
    target: float, actual: float, expected: Status
) -> None:
    assert status(L, target, actual) is expected


def test_lower_is_better_rate_is_target_over_actual() -> None:
    assert achievement(L, 10, 8) == pytest.approx(1.25)
    assert achievement(L, 24, 60) == pytest.approx(0.4)


def test_lower_is_better_zero_actual_has_no_rate_but_is_green() -> None:
    # 5 / 0 is no number; it used to read 200 % while one complaint read 500 %.
    assert achievement(L, 5, 0) is None
    assert achievement(L, 5, -1) is None
    assert status(L, 5, 0) is Status.GREEN


def test_achievement_is_uncapped_in_both_directions() -> None:
    # Lower-is-better used to stop at 2.0 while higher-is-better ran free.
    assert achievement(H, 10, 100) == pytest.approx(10.0)
    assert achievement(L, 10, 1) == pytest.approx(10.0)
    assert achievement(L, 10, 4) == pytest.approx(2.5)


def test_zero_target_has_no_rate_but_a_status() -> None:
    # "Zero complaints" targets and "break even" targets are common.
    assert achievement(H, 0, 5) is None
    assert status(H, 0, 5) is Status.GREEN
    assert status(H, 0, -1) is Status.RED
    assert achievement(L, 0, 0) is None
    assert status(L, 0, 0) is Status.GREEN
    assert status(L, 0, 2) is Status.RED


def test_missing_values_are_missing_not_red() -> None:
    assert status(H, None, 5) is Status.MISSING
    assert status(H, 100, None) is Status.MISSING
    assert status(H, 100, math.nan) is Status.MISSING
    assert achievement(H, None, 5) is None


def test_negative_target_higher_is_better() -> None:
    # Plan a loss of 100; a loss of 50 is better than plan.
    assert achievement(H, -100, -50) == pytest.approx(1.5)
    assert status(H, -100, -150) is Status.RED


def test_range_inside_and_outside() -> None:
    assert achievement(R, 30, 40, target_max=45) == 1.0
    assert achievement(R, 30, 27, target_max=45) == pytest.approx(0.9)
    assert achievement(R, 30, 50, target_max=45) == pytest.approx(0.9)
    assert status(R, 30, 20, target_max=45) is Status.RED


def test_custom_thresholds() -> None:
    # A quality KPI: anything under 99 % of target is already red.
    assert status(H, 100, 99.5, amber_below=1.0, red_below=0.99) is Status.AMBER
    assert status(H, 100, 98.9, amber_below=1.0, red_below=0.99) is Status.RED


def test_variance_positive_when_better() -> None:
    assert variance(H, 100, 110) == 10
    assert variance(L, 10, 8) == 2
    assert variance(L, 10, 12) == -2
    assert variance(H, 100, None) is None
    assert variance(H, 100, math.nan) is None


def test_range_variance_is_zero_inside_and_distance_to_nearer_bound_outside() -> None:
    # 40 inside [30, 45] used to read +10, as if better than a target of 30.
    assert variance(R, 30, 40, target_max=45) == 0
    assert variance(R, 30, 30, target_max=45) == 0
    assert variance(R, 30, 45, target_max=45) == 0
    assert variance(R, 30, 27, target_max=45) == -3
    assert variance(R, 30, 50, target_max=45) == -5
    # Bounds given the wrong way round still mean the same range.
    assert variance(R, 45, 50, target_max=30) == -5
    # Without a maximum the range is the single value target.
    assert variance(R, 30, 30) == 0
    assert variance(R, 30, 33) == -3


@given(
    st.floats(-1e6, 1e6),
    st.floats(0, 1e6),
    st.floats(-1e6, 1e6),
)
def test_range_variance_properties(low: float, width: float, actual: float) -> None:
    high = low + width
    gap = variance(R, low, actual, target_max=high)
    assert gap is not None and gap <= 0
    assert (gap == 0) is (low <= actual <= high)
    assert gap == -min(abs(actual - low), abs(actual - high)) or gap == 0


def test_aggregation_rules() -> None:
    values = [10.0, None, 20.0, 30.0]
    assert aggregate(Aggregation.SUM, values) == 60
    assert aggregate(Aggregation.AVERAGE, values) == 20
    assert aggregate(Aggregation.LAST, [1.0, 2.0, None]) == 2.0
    assert aggregate(Aggregation.SUM, [None, None]) is None
    with pytest.raises(ValueError, match="ratio"):
        aggregate(Aggregation.RATIO, values)


def test_ratio_is_total_over_total_not_mean_of_ratios() -> None:
    # 1/2 and 99/100: the quarter's conversion is 100/102, not the mean 74.5 %.
    assert aggregate_ratio([1, 99], [2, 100]) == pytest.approx(100 / 102)
    assert aggregate_ratio([1], [0]) is None


def test_format_kpi_value() -> None:
    from perfdesk.core.numbers import format_kpi_value as format_value

    assert format_value(1234.5, 1, "万元") == "1,234.5 万元"
    assert format_value(92.456, 1, "%") == "92.5%"
    assert format_value(None, 1) == ""


# --- Scores: one cap, the same for every direction --------------------------------------------


def test_default_score_cap_is_one_cap_for_both_directions() -> None:
    assert DEFAULT_SCORE_CAP == 1.2
    higher = achievement(H, 100, 300)  # 300 %
    lower = achievement(L, 10, 1)  # 1,000 %
    assert higher is not None and lower is not None
    assert capped_achievement(higher) == DEFAULT_SCORE_CAP
    assert capped_achievement(lower) == DEFAULT_SCORE_CAP
    assert capped_achievement(0.95) == 0.95
    assert capped_achievement(-0.5) == 0.0  # a loss far beyond plan costs its weight, no more
    assert capped_achievement(higher, cap=2.0) == 2.0
    with pytest.raises(ValueError, match="cap"):
        capped_achievement(1.0, cap=0)
    with pytest.raises(ValueError, match="rate"):
        capped_achievement(math.nan)


def test_weighted_score_caps_a_runaway_kpi() -> None:
    # Uncapped, 300 % on one half-weight goal hides 50 % on the other: 175 %.
    assert weighted_score([(50, 3.0), (50, 0.5)]) == pytest.approx(0.85)
    assert weighted_score([(50, 3.0), (50, 0.5)], cap=2.0) == pytest.approx(1.25)
    # Same story with the runaway goal lower-is-better (1 day against 10).
    assert weighted_score([(50, achievement(L, 10, 1)), (50, 0.5)]) == pytest.approx(0.85)
    assert weighted_score([(30, 1.0), (70, 1.0)]) == pytest.approx(1.0)
    # Weights need not add up to 100.
    assert weighted_score([(1, 1.0), (3, 0.6)]) == pytest.approx(0.7)


def test_weighted_score_needs_every_goal_judged() -> None:
    assert weighted_score([(50, None), (50, 1.0)]) is None
    assert weighted_score([]) is None
    assert weighted_score([(0, 1.0)]) is None
    with pytest.raises(ValueError, match="weights"):
        weighted_score([(-10, 1.0)])
    with pytest.raises(ValueError, match="cap"):
        weighted_score([(10, 1.0)], cap=-1)


def test_score_rate_judges_goals_without_a_rate() -> None:
    assert score_rate(L, 5, 0) == DEFAULT_SCORE_CAP  # no complaints against 5
    assert score_rate(L, 5, 7) == pytest.approx(5 / 7)
    assert score_rate(H, 0, 0) == 1.0  # break-even planned and reached
    assert score_rate(H, 0, 3) == DEFAULT_SCORE_CAP
    assert score_rate(H, 0, -1) == 0.0
    assert score_rate(H, 100, 300) == DEFAULT_SCORE_CAP
    assert score_rate(H, 100, 300, cap=1.5) == 1.5
    assert score_rate(R, 30, 40, target_max=45) == 1.0
    assert score_rate(H, 100, None) is None
    assert score_rate(H, None, 5) is None


positive = st.floats(min_value=1e-3, max_value=1e6)


@given(positive, positive, st.floats(min_value=0.5, max_value=5))
def test_score_rate_is_the_same_cap_in_both_directions(a: float, b: float, cap: float) -> None:
    # Higher: b against a is b/a. Lower: a against b is also b/a. Both score the same.
    higher = score_rate(H, a, b, cap=cap)
    lower = score_rate(L, b, a, cap=cap)
    assert higher == pytest.approx(lower)
    assert higher is not None and 0 <= higher <= cap


@given(
    st.lists(
        st.tuples(st.floats(0, 100), st.floats(-10, 10)),
        min_size=1,
        max_size=8,
    ),
    st.floats(min_value=0.5, max_value=5),
)
def test_weighted_score_stays_within_zero_and_cap(
    items: list[tuple[float, float]], cap: float
) -> None:
    score = weighted_score(items, cap)
    if sum(w for w, _ in items) == 0:
        assert score is None
    else:
        assert score is not None
        assert -1e-9 <= score <= cap + 1e-9


_VALUES = st.one_of(
    st.none(), st.floats(allow_nan=True, allow_infinity=True), st.sampled_from([0.0, -1.0, 1.0])
)


@given(
    direction=st.sampled_from(list(Direction)),
    target=_VALUES,
    actual=_VALUES,
    target_max=st.one_of(st.none(), st.floats(allow_nan=False, allow_infinity=False)),
)
def test_rate_and_status_is_achievement_and_kpi_status(
    direction: Direction,
    target: float | None,
    actual: float | None,
    target_max: float | None,
) -> None:
    """The export judges each value once with rate_and_status: the same answers as asking
    achievement and kpi_status apart."""
    kpi = Kpi("k", "k", "k", direction=direction, amber_below=0.95, red_below=0.8)
    rate, found = rate_and_status(kpi, target, actual, target_max)
    expected = achievement(direction, target, actual, target_max)
    assert (
        (rate is None and expected is None)
        or rate == expected
        or (rate is not None and expected is not None and math.isnan(rate) and math.isnan(expected))
    )
    assert found is kpi_status(kpi, target, actual, target_max)
