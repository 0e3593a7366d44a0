"""Agenda time arithmetic: overrun tolerance per item and actual minutes of a meeting."""

from __future__ import annotations

from perfdesk.core.meeting import AgendaItem, AgendaKind, actual_minutes, agenda_plan


def item(planned: float, actual_seconds: float | None, position: int = 1) -> AgendaItem:
    return AgendaItem(
        f"a{position}", "m", position, AgendaKind.SPEAKER, planned, actual_seconds=actual_seconds
    )


def test_overran_only_beyond_ten_percent() -> None:
    assert not item(10, 10 * 60 + 60).overran()  # exactly 10 % over: tolerated
    assert item(10, 10 * 60 + 61).overran()
    assert not item(10, 8 * 60).overran()
    assert not item(10, None).overran()


def test_overran_with_other_tolerance() -> None:
    assert item(10, 10 * 60 + 1).overran(tolerance=0.0)


def test_actual_minutes_sums_timed_items_only() -> None:
    items = [item(5, 300, 1), item(10, 690, 2), item(5, None, 3)]
    assert actual_minutes(items) == 16.5
    assert actual_minutes([item(5, None)]) is None
    assert actual_minutes([]) is None


def test_agenda_plan_spare_and_over() -> None:
    plan = agenda_plan([item(60, None, 1), item(50, None, 2)], 120)
    assert (plan.planned_minutes, plan.spare_minutes, plan.over) == (110, 10, False)
    assert agenda_plan([item(130, None)], 120).over
