"""Layouts and periods of ERP/CRM exports: title lines, two-row headers, period forms."""

from __future__ import annotations

import datetime

import pytest

from perfdesk.core.import_mapping import (
    BadPeriod,
    Mapping,
    find_header,
    guess_mapping,
    header_signature,
    is_total_row,
    period_key,
)


@pytest.mark.parametrize(
    ("cell", "year", "expected"),
    [
        ("2026-10", None, "2026-10"),
        ("2026/10", None, "2026-10"),
        ("2026.10", None, "2026-10"),
        ("202610", None, "2026-10"),
        (202610.0, None, "2026-10"),
        ("2026年10月", None, "2026-10"),
        ("10月", 2026, "2026-10"),
        ("会计期间 2026-10", None, "2026-10"),
        ("会计期间：2026-10", None, "2026-10"),
        ("2026-10-D1", None, "2026-10-D1"),
        ("2026-W07", None, "2026-W07"),
        ("２０２６－１０", None, "2026-10"),
        (datetime.date(2026, 10, 15), None, "2026-10"),
        (datetime.datetime(2026, 10, 1, 0, 0), None, "2026-10"),
        (46296.0, None, "2026-10"),  # Excel's serial for 2026-10-01
        ("2026/10/15", None, "2026-10"),
    ],
)
def test_period_forms(cell: object, year: int | None, expected: str) -> None:
    assert period_key(cell, year) == expected  # type: ignore[arg-type]


def test_a_date_at_the_goals_granularity() -> None:
    assert period_key(datetime.date(2026, 10, 15), None, "ten_day") == "2026-10-D2"
    assert period_key(datetime.date(2026, 2, 16), None, "week") == "2026-W08"


@pytest.mark.parametrize(
    ("cell", "year", "code"),
    [
        ("10月", None, "no_year"),
        ("2026-Q3", None, "derived"),
        ("2026", None, "derived"),
        ("2026-13", None, "bad_period"),
        ("下个月", None, "bad_period"),
        (12.5, None, "bad_period"),
        ("", None, "bad_period"),
    ],
)
def test_bad_periods(cell: object, year: int | None, code: str) -> None:
    with pytest.raises(BadPeriod) as found:
        period_key(cell, year)  # type: ignore[arg-type]
    assert found.value.code == code


def test_header_under_title_lines_and_a_merged_two_row_header() -> None:
    rows: list[list[object]] = [
        ["华信科技 2026年销售实际"],
        ["单位：万元", "", "", ""],
        [],
        ["部门", "指标", "2026年", ""],
        ["", "", "9月", "10月"],
        ["销售部", "销售额", 1000, 1200],
    ]
    header = find_header(rows)  # type: ignore[arg-type]
    assert header.row == 4 and header.rows == 2
    assert header.names == ["部门", "指标", "2026年 9月", "2026年 10月"]
    assert header.title_lines == ["华信科技 2026年销售实际", "单位：万元"]
    mapping = guess_mapping(header.names)
    assert (mapping.holder, mapping.kpi) == ("部门", "指标")
    assert mapping.months == {"2026年 9月": 9, "2026年 10月": 10}
    assert mapping.year == 2026


def test_long_layout_and_employee_numbers() -> None:
    mapping = guess_mapping(["工号", "姓名", "KPI编码", "会计期间", "本月实际"])
    assert (mapping.holder, mapping.holder_by) == ("工号", "employee_no")
    assert (mapping.kpi, mapping.period, mapping.value) == ("KPI编码", "会计期间", "本月实际")
    assert not mapping.wide


def test_totals_rows() -> None:
    assert is_total_row(["合计", None, 1200])  # type: ignore[list-item]
    assert is_total_row(["", "总计：", 5])  # type: ignore[list-item]
    assert is_total_row(["Total", 5])  # type: ignore[list-item]
    assert not is_total_row(["销售部", "销售额", 5])  # type: ignore[list-item]


def test_mapping_json_round_trip_and_bad_json() -> None:
    mapping = Mapping(holder="部门", kpi="指标", months={"10月": 10}, year=2026, value_unit="元")
    assert Mapping.from_json(mapping.to_json()) == mapping
    with pytest.raises(ValueError, match="months"):
        Mapping.from_json('{"months": {"x": 13}}')
    with pytest.raises(ValueError, match="year"):
        Mapping.from_json('{"year": "2026"}')
    with pytest.raises(ValueError):
        Mapping.from_json("[1, 2]")


def test_the_signature_ignores_width_and_case() -> None:
    assert header_signature(["部门", "KPI", "期间"]) == header_signature(
        ["部门 ", "kpi", "期间", ""]
    )
    assert header_signature(["部门", "KPI"]) != header_signature(["部门", "期间"])
