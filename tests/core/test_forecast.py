"""Year-end forecasts: run-rate and last year's shape, per aggregation."""

from __future__ import annotations

import pytest

from perfdesk.core.forecast import Forecast, Method, NoForecast, forecast, forecasts, preferred
from perfdesk.core.kpi import Aggregation, Direction, Kpi, Status

SALES = Kpi("s", "S", "Sales", aggregation=Aggregation.SUM)
RATE = Kpi("r", "R", "Rate", unit="%", aggregation=Aggregation.AVERAGE)
HEADS = Kpi("h", "H", "Headcount", aggregation=Aggregation.LAST)
DAYS = Kpi("d", "D", "Cycle days", direction=Direction.LOWER, aggregation=Aggregation.AVERAGE)
RATIO = Kpi("q", "Q", "Margin", aggregation=Aggregation.RATIO)
TARGETS = [100.0] * 12


def _months(*values: float | None) -> list[float | None]:
    return list(values) + [None] * (12 - len(values))


def test_no_data_gives_no_forecast_by_either_method() -> None:
    found = forecasts(SALES, TARGETS, [None] * 12, [50.0] * 12)
    assert found == {Method.RUN_RATE: NoForecast.NO_DATA, Method.LAST_YEAR: NoForecast.NO_DATA}
    assert preferred(found) is None


def test_one_month_of_sales_runs_on_for_eleven_more() -> None:
    result = forecast(SALES, Method.RUN_RATE, TARGETS, _months(90.0))
    assert isinstance(result, Forecast)
    assert result.through == 1
    assert result.months[0] is None and result.months[1:] == (90.0,) * 11
    assert result.projected == pytest.approx(1080.0)
    assert result.year_target == 1200.0
    assert result.achievement == pytest.approx(0.9)
    assert result.status is Status.AMBER


def test_sales_follow_last_years_shape_scaled_by_this_years_pace() -> None:
    last_year = [50.0] * 6 + [150.0] * 6  # a strong second half
    result = forecast(SALES, Method.LAST_YEAR, TARGETS, _months(60.0, 60.0, 60.0), last_year)
    assert isinstance(result, Forecast)
    # this year runs at 120 % of last year: 3 × 60 + 120 % × (3 × 50 + 6 × 150)
    assert result.months[3] == pytest.approx(60.0) and result.months[6] == pytest.approx(180.0)
    assert result.projected == pytest.approx(180.0 + 1.2 * 1050.0)
    run = forecast(SALES, Method.RUN_RATE, TARGETS, _months(60.0, 60.0, 60.0), last_year)
    assert isinstance(run, Forecast) and run.projected == pytest.approx(720.0)


def test_last_year_missing_or_incomplete_means_no_last_year_shape() -> None:
    actuals = _months(60.0, 70.0)
    assert forecast(SALES, Method.LAST_YEAR, TARGETS, actuals) is NoForecast.NO_LAST_YEAR
    gappy = [50.0] * 11 + [None]
    assert forecast(SALES, Method.LAST_YEAR, TARGETS, actuals, gappy) is NoForecast.NO_LAST_YEAR
    found = forecasts(SALES, TARGETS, actuals, gappy)
    chosen = preferred(found)
    assert chosen is not None and chosen.method is Method.RUN_RATE


def test_a_rate_keeps_its_mean_or_shifts_last_years_months() -> None:
    result = forecast(RATE, Method.RUN_RATE, [90.0] * 12, _months(80.0, 90.0))
    assert isinstance(result, Forecast)
    assert result.months[2:] == (85.0,) * 10 and result.projected == pytest.approx(85.0)
    last_year = [70.0, 80.0] + [75.0] * 10
    shaped = forecast(RATE, Method.LAST_YEAR, [90.0] * 12, _months(80.0, 90.0), last_year)
    assert isinstance(shaped, Forecast)
    assert shaped.months[2] == pytest.approx(85.0)  # last year's 75 + this year's +10
    assert shaped.projected == pytest.approx((80.0 + 90.0 + 85.0 * 10) / 12)


def test_a_period_end_figure_stays_at_its_last_value() -> None:
    result = forecast(HEADS, Method.RUN_RATE, [None] * 11 + [120.0], _months(100.0, 110.0))
    assert isinstance(result, Forecast)
    assert result.projected == 110.0 and result.year_target == 120.0
    last_year = [90.0, 95.0] + [100.0] * 9 + [105.0]
    shaped = forecast(HEADS, Method.LAST_YEAR, [None] * 11 + [120.0], _months(100, 110), last_year)
    assert isinstance(shaped, Forecast)
    assert shaped.projected == pytest.approx(110.0 + (105.0 - 95.0))


def test_lower_is_better_beats_its_target_below_it() -> None:
    result = forecast(DAYS, Method.RUN_RATE, [10.0] * 12, _months(8.0, 8.0), goal_target=10.0)
    assert isinstance(result, Forecast)
    assert result.achievement == pytest.approx(1.25) and result.status is Status.GREEN
    worse = forecast(DAYS, Method.RUN_RATE, [10.0] * 12, _months(14.0), goal_target=10.0)
    assert isinstance(worse, Forecast) and worse.status is Status.RED


def test_a_month_left_empty_counts_as_the_mean_month() -> None:
    result = forecast(SALES, Method.RUN_RATE, TARGETS, _months(100.0, None, 80.0))
    assert isinstance(result, Forecast)
    assert result.through == 3 and result.projected == pytest.approx(90.0 * 12)


def test_ratio_and_a_complete_year_are_not_forecast() -> None:
    assert forecast(RATIO, Method.RUN_RATE, TARGETS, _months(1.0)) is NoForecast.RATIO
    assert forecast(SALES, Method.RUN_RATE, TARGETS, [100.0] * 12) is NoForecast.COMPLETE


def test_not_a_number_is_no_value() -> None:
    result = forecast(SALES, Method.RUN_RATE, TARGETS, _months(100.0, float("nan")))
    assert isinstance(result, Forecast) and result.through == 1
