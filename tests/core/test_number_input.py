"""Numbers as people type and paste them, read into the KPI's unit or refused with why."""

from __future__ import annotations

import math

import pytest
from hypothesis import given
from hypothesis import strategies as st

from perfdesk.core.number_input import MAX_INPUT, NumberInputError, money_scale, parse_value
from perfdesk.core.numbers import format_bare, format_kpi_value, number, row_scale


@pytest.mark.parametrize(
    ("text", "unit", "expected"),
    [
        ("1,234.5", "次", 1234.5),
        ("１２３４", "次", 1234.0),
        ("１，２３４．５", "次", 1234.5),
        ("12%", "%", 12.0),
        ("12 %", "%", 12.0),
        ("１２％", "%", 12.0),
        ("¥3.2万", "万元", 3.2),
        ("￥3.2万", "万元", 3.2),
        ("3.2万元", "万元", 3.2),
        ("1.5亿", "万元", 15000.0),
        ("1.5亿", "亿元", 1.5),
        ("59.8", "亿元", 59.8),  # a bare number is in the unit the row shows
        ("7,800 元", "万元", 0.78),
        ("3.2万元", "万元/人", 3.2),
        ("CNY 3.2M", "万元", 320.0),
        ("(123)", "次", -123.0),
        ("-123", "次", -123.0),
        ("−123", "次", -123.0),
        ("1 234,5", "", 1234.5),
        ("1.234,5", "", 1234.5),
        ("12,5", "", 12.5),
        ("1,234", "", 1234.0),
        ("1.234.567", "", 1234567.0),
        ("1 234 567", "", 1234567.0),
        ("1.23E+05", "", 123000.0),
        ("12 小时", "小时", 12.0),
        ("90分", "分", 90.0),
        ("3万", "次", 30000.0),
        ("-0", "", 0.0),
        (".5", "", 0.5),
    ],
)
def test_reads_what_people_type(text: str, unit: str, expected: float) -> None:
    value = parse_value(text, unit)
    assert value is not None
    assert value == pytest.approx(expected, rel=1e-12)
    assert math.copysign(1, value) == math.copysign(1, expected)  # no -0


@pytest.mark.parametrize("text", ["", " ", "-", "—", "——", "–", "　"])
def test_dashes_and_blanks_clear_the_cell(text: str) -> None:
    assert parse_value(text, "次") is None


@pytest.mark.parametrize(
    ("text", "unit", "code"),
    [
        ("一", "次", "not_a_number"),
        ("一百", "次", "not_a_number"),
        ("abc", "次", "not_a_number"),
        ("12 apples", "次", "not_a_number"),
        ("=A1", "次", "formula"),
        ("=SUM(A1:A3)", "次", "formula"),
        ("@A1", "次", "formula"),
        ("1e309", "次", "too_large"),
        ("2e12", "次", "too_large"),
        ("NaN", "次", "not_finite"),
        ("inf", "次", "not_finite"),
        ("-Infinity", "次", "not_finite"),
        ("1,2,3", "次", "ambiguous_separators"),
        ("1,234.5.6", "次", "ambiguous_separators"),
        ("1'234", "次", "ambiguous_separators"),
        ("1 234,567.5", "次", "ambiguous_separators"),
        ("12%", "次", "percent_not_allowed"),
        ("12%", "万元", "percent_not_allowed"),
        ("5 天", "小时", "unit_mismatch"),
        ("¥5", "次", "unit_mismatch"),
        ("5万元", "%", "unit_mismatch"),
        ("1\x002", "次", "control_characters"),
        ("12\n", "次", "control_characters"),
        ("1" * 100_000, "次", "too_long"),
    ],
)
def test_refuses_with_a_reason(text: str, unit: str, code: str) -> None:
    with pytest.raises(NumberInputError) as caught:
        parse_value(text, unit)
    assert caught.value.code == code


def test_limit_is_the_callers() -> None:
    assert parse_value("2e12", "次", limit=1e13) == 2e12
    with pytest.raises(NumberInputError):
        parse_value("100", "次", limit=99)


def test_money_scales() -> None:
    assert money_scale("万元") == 10_000
    assert money_scale("亿元") == 100_000_000
    assert money_scale("元/人") == 1
    assert money_scale("CNY bn") == 1_000_000_000
    assert money_scale("10k CNY") == 10_000
    assert money_scale("小时") is None
    assert money_scale("%") is None


# -- what core/numbers.py writes reads back ------------------------------------------
_values = st.floats(min_value=-1e9, max_value=1e9, allow_nan=False, allow_infinity=False)
_decimals = st.integers(min_value=0, max_value=4)
_units = st.sampled_from(["", "%", "小时", "次", "分", "天", "hours"])


@given(_values, _decimals, _units)
def test_bare_numbers_round_trip(value: float, decimals: int, unit: str) -> None:
    text = format_bare(value, decimals, unit)
    assert parse_value(text, unit) == pytest.approx(round(value, decimals), abs=1e-9)


@given(_values, _decimals, _units)
def test_kpi_values_with_their_unit_round_trip(value: float, decimals: int, unit: str) -> None:
    text = format_kpi_value(value, decimals, unit)
    assert parse_value(text, unit) == pytest.approx(round(value, decimals), abs=1e-9)


@given(
    st.floats(min_value=-1e7, max_value=1e7, allow_nan=False, allow_infinity=False),
    st.integers(min_value=0, max_value=2),
    st.sampled_from(["zh", "en"]),
)
def test_money_rows_round_trip(value_wan: float, decimals: int, lang: str) -> None:
    """A row shown in 亿元 / 万元 / 元 (or CNY bn/M/k): its text typed back is the value
    as shown, stored in 万元."""
    scale = row_scale("万元", decimals, value_wan, lang)
    text = scale.format(value_wan)
    shown = round(value_wan / scale.divisor, scale.decimals)
    parsed = parse_value(text, scale.unit)
    assert parsed is not None or shown == 0
    assert (parsed or 0.0) * scale.divisor == pytest.approx(shown * scale.divisor, abs=1e-6)


@given(st.floats(min_value=-1e7, max_value=1e7, allow_nan=False, allow_infinity=False))
def test_money_text_reads_into_wan(value_wan: float) -> None:
    """'61.56 亿元', '7,800 元', 'CNY 130M' read into 万元 as shown."""
    for lang in ("zh", "en"):
        text = format_kpi_value(value_wan, 2, "万元", lang)
        parsed = parse_value(text, "万元")
        assert parsed is not None
        # Shown with at most 2-3 significant decimals of its scale.
        assert parsed == pytest.approx(value_wan, rel=0.01, abs=0.5)


@given(st.text(max_size=40))
def test_anything_typed_is_a_value_or_a_reason(text: str) -> None:
    try:
        value = parse_value(text, "万元")
    except NumberInputError as error:
        assert error.code
    else:
        assert value is None or (math.isfinite(value) and abs(value) <= 1e12)


def test_input_limit_is_generous() -> None:
    assert parse_value(" " * (MAX_INPUT - 2) + "1", "") == 1.0


def test_number_helper_round_trips_negative_zero() -> None:
    assert parse_value(number(-0.04, 1), "") == 0.0
