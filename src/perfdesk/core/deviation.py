"""Deviation notes in three steps (业绩汇报"三步曲"): what a note starts from.

1. 偏差: the quantified gap between actual and plan (prefilled from the numbers);
2. 原因: split into internal and external causes;
3. 改进措施 for the internal part, 资源要求 for the external part.

Pure Python: which values want a note (off target: amber or red), and the parts of
the prefilled gap sentence — the actual, the target and the difference formatted
as the KPI's numbers are everywhere (core/numbers.py), and on which side of the
target the actual lies. The window puts the parts into its translated sentence.
"""

from __future__ import annotations

import enum
from dataclasses import dataclass

from perfdesk.core.kpi import Direction, Kpi, Status, kpi_status, variance
from perfdesk.core.numbers import format_kpi_value, number

# The statuses of a value off target: a note is wanted for them.
OFF_TARGET = frozenset({Status.AMBER, Status.RED})


class Side(enum.StrEnum):
    BELOW = "below"  # the actual is under the target (or the range)
    ABOVE = "above"  # the actual is over the target (or the range)


@dataclass(frozen=True)
class Gap:
    """The quantified deviation of one value from its target."""

    actual: str  # '87.5%', '3.2 万元'
    target: str  # '95.0%', or a range '90.0%–95.0%'
    difference: str  # '7.5' (percentage points: see `points`), '0.8 万元'
    side: Side
    points: bool  # a percentage KPI: the difference is in percentage points


def note_wanted(
    kpi: Kpi, target: float | None, actual: float | None, target_max: float | None = None
) -> bool:
    """A value off target (预警 amber or 未达标 red) wants a deviation note."""
    return kpi_status(kpi, target, actual, target_max) in OFF_TARGET


def gap(
    kpi: Kpi,
    target: float | None,
    actual: float | None,
    target_max: float | None = None,
    lang: str | None = None,
) -> Gap | None:
    """The parts of the gap sentence, or None when there is no gap to state (a value
    or the target missing, or the actual on or better than target)."""
    signed = variance(kpi.direction, target, actual, target_max)
    if signed is None or signed >= 0 or target is None or actual is None:
        return None
    unit = kpi.unit.strip()
    points = unit == "%"
    if kpi.direction is Direction.RANGE:
        high = target if target_max is None else target_max
        low, high = min(target, high), max(target, high)
        side = Side.BELOW if actual < low else Side.ABOVE
        shown = (
            _value(low, kpi, lang)
            if low == high
            else f"{_value(low, kpi, lang)}–{_value(high, kpi, lang)}"
        )
    else:
        side = Side.BELOW if actual < target else Side.ABOVE
        shown = _value(target, kpi, lang)
    amount = abs(signed)
    difference = number(amount, kpi.decimals) if points else _value(amount, kpi, lang)
    return Gap(_value(actual, kpi, lang), shown, difference, side, points)


def _value(value: float, kpi: Kpi, lang: str | None) -> str:
    # trim=False: '95.0%' beside '87.5%', as the KPI's decimals say.
    return format_kpi_value(value, kpi.decimals, kpi.unit, lang, trim=False)
