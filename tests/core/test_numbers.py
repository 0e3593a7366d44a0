"""Numbers as an office writes them (core/numbers.py): units, decimals, money by size."""

from __future__ import annotations

import math

import pytest

from perfdesk.core.kpi_library import by_code
from perfdesk.core.numbers import (
    format_bare,
    format_change,
    format_kpi_value,
    format_minutes,
    format_money,
)


def value(code: str, amount: float, lang: str = "zh") -> str:
    kpi = by_code(code)
    return format_kpi_value(amount, kpi.decimals, kpi.unit(lang))


def test_hours_and_points_drop_a_whole_values_decimals() -> None:
    assert value("training_hours", 2360.0) == "2,360 小时"
    assert value("csat", 90.0) == "90 分"
    assert value("training_hours", 2360.0, "en") == "2,360 hours"
    assert value("employee_satisfaction", 90.0, "en") == "90 points"


def test_hours_and_points_keep_decimals_a_value_has() -> None:
    assert value("csat", 89.5) == "89.5 分"
    assert value("complaint_hours", 12.25) == "12.2 小时"  # the KPI's one decimal
    assert value("ar_days", 45.0) == "45 天"


def test_percentages_sit_on_the_number() -> None:
    assert value("on_time_delivery", 92.456) == "92.5%"
    assert value("on_time_delivery", 100.0) == "100.0%"
    assert value("pass_rate", 99.5, "en") == "99.50%"


def test_money_in_chinese_is_scaled_to_yuan_wan_or_yi() -> None:
    assert value("cac", 0.78) == "7,800 元"  # 获客成本
    assert value("sales_amount", 615_600.0) == "61.56 亿元"  # company sales
    assert value("sales_amount", 13_000.0) == "1.3 亿元"
    assert value("sales_amount", 2_360.5) == "2,360.5 万元"
    assert value("sales_amount", 850.0) == "850 万元"
    assert value("clv", 1.0) == "1 万元"
    assert value("avg_order_value", 0.85) == "8,500 元/单"


def test_money_in_english_is_cny_k_m_or_bn() -> None:
    assert value("sales_amount", 13_000.0, "en") == "CNY 130M"  # was "13,000.0 10k CNY"
    assert value("sales_amount", 615_600.0, "en") == "CNY 6.16bn"
    assert value("cac", 0.78, "en") == "CNY 7,800"
    assert value("sales_amount", 2_361.0, "en") == "CNY 23.61M"
    assert value("clv", 12.5, "en") == "CNY 125k"
    assert value("output_per_capita", 35.2, "en") == "CNY 352k/person"


def test_negative_money_and_zero() -> None:
    assert format_money(-0.5, 2, "zh") == "-5,000 元"
    assert format_money(-20_000.0, 1, "en") == "CNY -200M"
    assert format_kpi_value(-0.04, 1, "分") == "0 分"
    assert format_kpi_value(0.0, 1, "万元") == "0 元"


def test_language_follows_the_unit_unless_given() -> None:
    assert format_kpi_value(0.78, 2, "万元", lang="en") == "CNY 7,800"
    assert format_kpi_value(0.78, 2, "10k CNY", lang="zh") == "7,800 元"


def test_other_units_keep_their_decimals() -> None:
    assert value("unit_cost", 12.5) == "12.50 元/件"
    assert value("order_count", 1234.0) == "1,234 单"
    assert format_kpi_value(1234.5, 1) == "1,234.5"


@pytest.mark.parametrize("missing", [None, math.nan, math.inf, -math.inf])
def test_missing_values_are_empty(missing: float | None) -> None:
    assert format_kpi_value(missing, 1, "万元") == ""
    assert format_bare(missing, 1, "小时") == ""


def test_bare_numbers_stay_in_the_stored_unit() -> None:
    assert format_bare(615_600.0, 1, "万元") == "615,600.0"
    assert format_bare(2360.0, 1, "小时") == "2,360.0"  # lines up with 2,359.5 beside it
    assert format_bare(2360.0, 1, "小时", trim=True) == "2,360"
    assert format_bare(89.5, 1, "分") == "89.5"


def test_minutes() -> None:
    assert format_minutes(5.0) == "5"
    assert format_minutes(2.5) == "2.5"


def test_small_money_and_whole_points() -> None:
    assert format_kpi_value(0.78, 2, "万元") == "7,800 元"
    assert format_kpi_value(90.0, 1, "分") == "90 分"


def test_a_change_names_a_shared_unit_once() -> None:
    assert format_change(90.0, 95.0, 1, "分") == "90 → 95 分"
    assert format_change(12_000.0, 13_000.0, 1, "万元") == "1.2 → 1.3 亿元"
    assert format_change(0.78, 1.5, 2, "万元") == "7,800 元 → 1.5 万元"
    assert format_change(None, 95.0, 1, "%") == "— → 95.0%"
    assert format_change(92.5, 95.0, 1, "%") == "92.5 → 95.0%"
    assert format_change(0.5, None, 2, "10k CNY") == "CNY 5,000 → —"


def test_a_change_keeps_one_number_of_decimals() -> None:
    assert format_change(15.0, 16.2, 1, "小时") == "15.0 → 16.2 小时"
    assert format_change(15.0, 16.0, 1, "小时") == "15 → 16 小时"


def test_a_grid_row_of_money_is_in_one_scale_named_once() -> None:
    from perfdesk.core.numbers import row_scale

    company = row_scale("万元", 1, 598_000.0)  # 59.8 亿元 a year, as the Goals tab says
    assert company.unit == "亿元"
    assert [company.format(v) for v in (30_383.6, 55_738.8)] == ["3.04", "5.57"]
    person = row_scale("万元", 1, 300.0)
    assert person.unit == "万元" and person.format(25.0) == "25.0"
    small = row_scale("万元/人", 2, 0.78)
    assert small.unit == "元/人" and small.format(0.78) == "7,800"
    english = row_scale("10k CNY", 1, 598_000.0)
    assert english.unit == "CNY bn" and english.format(55_738.8) == "0.56"
    assert row_scale("10k CNY", 1, 300.0).unit == "CNY M"


def test_a_grid_row_of_other_units_keeps_its_unit_and_drops_decimals_in_thousands() -> None:
    from perfdesk.core.numbers import row_scale

    assert row_scale("%", 1, 95.0).format(96.54) == "96.5"
    hours = row_scale("小时", 1, 77_080.0)
    assert hours.unit == "小时" and hours.format(6_817.3) == "6,817"
    assert row_scale("小时", 1, 280.3).format(25.5) == "25.5"
    assert row_scale("%", 1, None).format(None) == ""
