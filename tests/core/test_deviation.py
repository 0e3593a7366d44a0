"""The deviation note's prefilled gap and which values want a note (no Qt)."""

from __future__ import annotations

import pytest

from perfdesk.core.deviation import Gap, Side, gap, note_wanted
from perfdesk.core.kpi import Direction, Kpi

RATE = Kpi("k1", "otd", "准时交付率", unit="%", decimals=1, amber_below=1.0, red_below=0.9)
COST = Kpi("k2", "cost", "成本", unit="万元", decimals=2, direction=Direction.LOWER)
HOURS = Kpi("k3", "hours", "停机", unit="小时", direction=Direction.RANGE)


def test_a_percentage_gap_is_in_points() -> None:
    assert gap(RATE, 95, 87.5) == Gap("87.5%", "95.0%", "7.5", Side.BELOW, True)


def test_money_goes_through_numbers() -> None:
    found = gap(COST, 3.0, 3.8)
    assert found == Gap("3.8 万元", "3 万元", "8,000 元", Side.ABOVE, False)
    english = gap(COST, 3.0, 3.8, lang="en")
    assert english is not None and english.difference == "CNY 8,000"


def test_a_range_names_its_bounds() -> None:
    assert gap(HOURS, 10, 25, target_max=20) == Gap("25 小时", "10 小时–20 小时", "5 小时",
                                                    Side.ABOVE, False)  # fmt: skip
    assert gap(HOURS, 10, 15, target_max=20) is None  # inside the range


@pytest.mark.parametrize(("target", "actual"), [(95, 95), (95, 99), (None, 80), (95, None)])
def test_no_gap_on_or_above_target_or_without_numbers(target, actual) -> None:  # type: ignore[no-untyped-def]
    assert gap(RATE, target, actual) is None


@pytest.mark.parametrize(
    ("actual", "wanted"), [(99, False), (95, False), (90, True), (80, True), (None, False)]
)
def test_amber_and_red_want_a_note(actual, wanted) -> None:  # type: ignore[no-untyped-def]
    assert note_wanted(RATE, 95, actual) is wanted
