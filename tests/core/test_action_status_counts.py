"""Counting actions per status as a register shows them today (core.actions.status_counts)."""

from __future__ import annotations

import datetime

from perfdesk.core.actions import STATUS_ORDER, ActionStatus, status_counts

TODAY = datetime.date(2026, 10, 20)
PAST = datetime.date(2026, 10, 10)
LATER = datetime.date(2026, 11, 10)


def test_open_actions_past_due_count_as_overdue() -> None:
    counts = status_counts(
        [(ActionStatus.OPEN, PAST), (ActionStatus.OPEN, LATER), (ActionStatus.OPEN, None)], TODAY
    )
    assert counts == {ActionStatus.OPEN: 2, ActionStatus.OVERDUE: 1}


def test_done_and_draft_actions_keep_their_status_after_due_date() -> None:
    counts = status_counts(
        [(ActionStatus.DONE, PAST), (ActionStatus.DRAFT, PAST), (ActionStatus.VERIFIED, PAST)],
        TODAY,
    )
    assert counts == {ActionStatus.DRAFT: 1, ActionStatus.DONE: 1, ActionStatus.VERIFIED: 1}


def test_due_today_is_not_overdue() -> None:
    assert status_counts([(ActionStatus.OPEN, TODAY)], TODAY) == {ActionStatus.OPEN: 1}


def test_counts_follow_register_order_and_leave_out_zeros() -> None:
    counts = status_counts(
        [
            (ActionStatus.CANCELLED, None),
            (ActionStatus.DONE, None),
            (ActionStatus.OPEN, PAST),
            (ActionStatus.OPEN, LATER),
        ],
        TODAY,
    )
    assert list(counts) == [
        ActionStatus.OPEN,
        ActionStatus.OVERDUE,
        ActionStatus.DONE,
        ActionStatus.CANCELLED,
    ]
    assert status_counts([], TODAY) == {}


def test_status_order_names_every_status_once() -> None:
    assert sorted(STATUS_ORDER) == sorted(ActionStatus)
