"""Progress to date as a department head reads it: only months with both a target and an
actual count, gaps are reported instead of coloured, and ratios are total over total."""

from __future__ import annotations

import dataclasses
import math

import pytest
from hypothesis import given
from hypothesis import strategies as st

from perfdesk.core.kpi import Aggregation, Direction, Kpi, Status
from perfdesk.core.progress import Progress, progress_to_date, ratio_progress_to_date

SALES = Kpi("k-sales", "sales", "Sales", aggregation=Aggregation.SUM)
SCORE = Kpi("k-score", "score", "Satisfaction", aggregation=Aggregation.AVERAGE)
HEADCOUNT = Kpi("k-head", "headcount", "Headcount", aggregation=Aggregation.LAST)
DAYS = Kpi(
    "k-days", "cycle", "Deal cycle", direction=Direction.LOWER, aggregation=Aggregation.AVERAGE
)
INVENTORY = Kpi(
    "k-inv", "inv", "Inventory days", direction=Direction.RANGE, aggregation=Aggregation.LAST
)
ORDER_VALUE = Kpi("k-aov", "aov", "Average order value", aggregation=Aggregation.RATIO)


def test_a_bad_month_reads_red() -> None:
    progress = progress_to_date(SALES, [10, 10, 10], [10, 0, 10])
    assert progress.achievement == pytest.approx(0.67, abs=0.005)
    assert progress.status is Status.RED
    assert progress.missing_periods == 0 and progress.complete


def test_leaving_the_bad_month_empty_is_incomplete_not_green() -> None:
    progress = progress_to_date(SALES, [10, 10, 10], [10, None, 10])
    # The two reported months are on target (1.0), but February is owed: no colour.
    assert progress.achievement == 1.0
    assert (progress.actual, progress.target) == (20, 20)
    assert progress.status is Status.INCOMPLETE
    assert progress.status is not Status.GREEN
    assert progress.missing_periods == 1
    assert not progress.complete


def test_an_actual_without_a_target_does_not_double_the_result() -> None:
    # Used to give 20 against 10: 2.0.
    progress = progress_to_date(SALES, [10, None], [10, 10])
    assert progress.achievement != 2.0
    assert progress.achievement == 1.0
    assert (progress.actual, progress.target) == (10, 10)
    assert progress.status is Status.GREEN
    assert progress.complete


def test_last_compares_an_actual_with_its_own_periods_target() -> None:
    # March has an actual but no target: February's 20 against February's 20.
    progress = progress_to_date(HEADCOUNT, [10, 20, None], [10, 20, 25])
    assert (progress.actual, progress.target) == (20, 20)
    assert progress.achievement == 1.0
    # It used to compare March's 25 with February's 20 (1.25).
    assert progress.achievement != 1.25
    progress = progress_to_date(HEADCOUNT, [10, 20, 30], [10, 20, 27])
    assert (progress.actual, progress.target) == (27, 30)
    assert progress.achievement == pytest.approx(0.9)
    assert progress.status is Status.AMBER


def test_last_with_the_latest_month_missing_is_incomplete() -> None:
    progress = progress_to_date(HEADCOUNT, [10, 20, 30], [10, 20, None])
    assert (progress.actual, progress.target) == (20, 20)
    assert progress.status is Status.INCOMPLETE
    assert progress.missing_periods == 1


def test_range_last_uses_the_paired_period() -> None:
    progress = progress_to_date(INVENTORY, [30, 30, None], [40, 50, 35], target_max=45)
    assert progress.actual == 50
    assert progress.achievement == pytest.approx(0.9)


def test_lower_is_better_with_a_gap() -> None:
    assert progress_to_date(DAYS, [10, 10, 10], [8, 8, 8]).status is Status.GREEN
    gap = progress_to_date(DAYS, [10, 10, 10], [8, None, 12])
    assert gap.status is Status.INCOMPLETE
    assert gap.missing_periods == 1
    assert gap.achievement == pytest.approx(1.0)


def test_nothing_reported_yet_is_missing_with_a_count() -> None:
    progress = progress_to_date(SALES, [10, 10], [None, None])
    assert progress.status is Status.MISSING
    assert progress.missing_periods == 2
    assert progress.actual is None and progress.achievement is None
    assert not progress.complete


def test_no_targets_is_nothing_to_judge() -> None:
    progress = progress_to_date(SALES, [None, None], [5, 6])
    assert progress == Progress(None, None, None, Status.MISSING, 0)


def test_not_a_number_counts_as_no_value() -> None:
    progress = progress_to_date(SCORE, [80, math.nan, 80], [math.nan, 90, 80])
    assert progress.missing_periods == 1
    assert (progress.actual, progress.target) == (80, 80)
    assert progress.status is Status.INCOMPLETE


def test_targets_and_actuals_must_match() -> None:
    with pytest.raises(ValueError, match="same periods"):
        progress_to_date(SALES, [10, 10], [10])


def test_ratio_kpi_without_its_sides_is_not_a_mean_of_monthly_ratios() -> None:
    # Monthly order values 0.5 and 0.99 average 0.745; that number must not appear.
    progress = progress_to_date(ORDER_VALUE, [0.5, 0.5], [0.5, 0.99])
    assert progress.achievement is None
    assert progress.actual is None and progress.target is None
    assert progress.status is Status.INCOMPLETE
    assert not progress.complete


def test_ratio_is_total_numerator_over_total_denominator() -> None:
    progress = ratio_progress_to_date(
        ORDER_VALUE,
        target_numerators=[1, 50],
        target_denominators=[2, 100],
        actual_numerators=[1, 99],
        actual_denominators=[2, 100],
    )
    assert progress.target == pytest.approx(0.5)
    assert progress.actual == pytest.approx(100 / 102)
    assert progress.achievement == pytest.approx((100 / 102) / 0.5)
    assert progress.status is Status.GREEN
    assert progress.complete


def test_ratio_pairs_periods_and_counts_the_missing() -> None:
    progress = ratio_progress_to_date(
        ORDER_VALUE,
        [10, 10, 10, None],
        [2, 2, 2, 2],
        [10, 4, None, 50],
        [2, 2, 2, 5],
    )
    # Only the first two months are paired: 14 / 4 against 20 / 4.
    assert progress.actual == pytest.approx(3.5)
    assert progress.target == pytest.approx(5)
    assert progress.missing_periods == 1
    assert progress.status is Status.INCOMPLETE


def test_ratio_checks_its_inputs() -> None:
    with pytest.raises(ValueError, match="not a ratio KPI"):
        ratio_progress_to_date(SALES, [1], [1], [1], [1])
    with pytest.raises(ValueError, match="same periods"):
        ratio_progress_to_date(ORDER_VALUE, [1, 1], [1], [1], [1])


# --- Properties -------------------------------------------------------------------------------

value = st.one_of(st.none(), st.floats(min_value=0, max_value=1e6))
months = st.lists(st.tuples(value, value), min_size=1, max_size=12)
plain_kpis = st.sampled_from([SALES, SCORE, HEADCOUNT, DAYS])


Row = tuple[float | None, float | None]


def _split(rows: list[Row]) -> tuple[list[float | None], list[float | None]]:
    return [t for t, _ in rows], [a for _, a in rows]


@given(plain_kpis, months)
def test_only_paired_periods_count(kpi: Kpi, rows: list[Row]) -> None:
    targets, actuals = _split(rows)
    full = progress_to_date(kpi, targets, actuals)
    paired = [(t, a) for t, a in rows if t is not None and a is not None]
    alone = progress_to_date(kpi, *_split(paired))
    assert dataclasses.replace(full, status=alone.status, missing_periods=0) == alone
    assert full.missing_periods == sum(1 for t, a in rows if t is not None and a is None)


@given(plain_kpis, months)
def test_a_gap_never_gets_a_colour(kpi: Kpi, rows: list[Row]) -> None:
    progress = progress_to_date(kpi, *_split(rows))
    coloured = progress.status in (Status.GREEN, Status.AMBER, Status.RED)
    if progress.missing_periods:
        assert not coloured and not progress.complete
    assert progress.complete is (
        progress.status is not Status.INCOMPLETE and not progress.missing_periods
    )


@given(plain_kpis, months, st.data())
def test_emptying_a_month_never_turns_it_green(
    kpi: Kpi, rows: list[Row], data: st.DataObject
) -> None:
    i = data.draw(st.integers(0, len(rows) - 1))
    if rows[i][0] is None or rows[i][1] is None:
        return
    emptied = [*rows[:i], (rows[i][0], None), *rows[i + 1 :]]
    assert progress_to_date(kpi, *_split(emptied)).status in (Status.INCOMPLETE, Status.MISSING)


@given(st.lists(st.tuples(value, value), min_size=1, max_size=12))
def test_ratio_over_unit_denominators_is_the_average(
    rows: list[Row],
) -> None:
    targets, actuals = _split(rows)
    ones = [1.0] * len(rows)
    ratio = ratio_progress_to_date(ORDER_VALUE, targets, ones, actuals, ones)
    average = progress_to_date(SCORE, targets, actuals)
    assert ratio.missing_periods == average.missing_periods
    assert ratio.status is average.status
    for got, expected in ((ratio.actual, average.actual), (ratio.target, average.target)):
        assert (got is None) is (expected is None)
        if got is not None:
            assert got == pytest.approx(expected)


def test_a_ratio_goal_is_judged_from_its_holders_numerator_and_denominator_goals() -> None:
    from perfdesk.core.goals import Goal
    from perfdesk.core.progress import goal_progress

    aov = Kpi(
        "k-aov",
        "avg_order_value",
        "客单价",
        aggregation=Aggregation.RATIO,
        numerator_id="k-sales",
        denominator_id="k-orders",
    )
    goals = [
        Goal("g-sales", "k-sales", "2026", 300, 40, unit_id="u"),
        Goal("g-orders", "k-orders", "2026", 30, 30, unit_id="u"),
        Goal("g-aov", "k-aov", "2026", 10, 30, unit_id="u"),
        Goal("g-other", "k-orders", "2026", 1, 100, unit_id="someone else"),
    ]
    months = ["2026-01", "2026-02"]
    targets = {
        ("g-sales", "2026-01"): 100.0,
        ("g-sales", "2026-02"): 200.0,
        ("g-orders", "2026-01"): 10.0,
        ("g-orders", "2026-02"): 20.0,
    }
    # January: 2 orders worth 40 (20 each); February: 18 orders worth 162 (9 each).
    actuals = {
        ("g-sales", "2026-01"): 40.0,
        ("g-sales", "2026-02"): 162.0,
        ("g-orders", "2026-01"): 2.0,
        ("g-orders", "2026-02"): 18.0,
    }
    progress = goal_progress(goals[2], aov, goals, targets, actuals, months)
    assert progress.actual == pytest.approx(202 / 20)  # not the mean of 20 and 9 (14.5)
    assert progress.target == pytest.approx(10.0)
    assert progress.complete
    alone = goal_progress(goals[2], aov, goals[2:], targets, actuals, months)
    assert alone.achievement is None and alone.status is Status.INCOMPLETE


def test_the_share_of_a_year_target_is_only_for_kpis_that_add_up() -> None:
    from perfdesk.core.progress import year_target_share

    assert year_target_share(SALES, 13_000, 10_108) == pytest.approx(0.7775, abs=1e-4)
    assert year_target_share(SCORE, 90, 89.5) is None  # an average is no share of a year
    assert year_target_share(SALES, 0, 5) is None
    assert year_target_share(SALES, 100, None) is None
