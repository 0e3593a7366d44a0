"""Improvement actions (改进行动) and their 10-day progress reports (旬报).

Owns the action lifecycle: which status may follow which, when an action is
overdue, and who owns it by the seeds' rule (a department's manager for a
one-department action, the general manager across departments).
"""

from __future__ import annotations

import datetime
import enum
from collections.abc import Iterable, Sequence


class ActionStatus(enum.StrEnum):
    DRAFT = "draft"
    RETURNED = "returned"  # returned for revision (failed the SMART check)
    OPEN = "open"
    DONE = "done"
    VERIFIED = "verified"
    OVERDUE = "overdue"
    CANCELLED = "cancelled"


# Which status may follow which; OVERDUE is set by date, and leaves like OPEN does.
TRANSITIONS: dict[ActionStatus, frozenset[ActionStatus]] = {
    ActionStatus.DRAFT: frozenset(
        {ActionStatus.OPEN, ActionStatus.RETURNED, ActionStatus.CANCELLED}
    ),
    ActionStatus.RETURNED: frozenset({ActionStatus.DRAFT, ActionStatus.CANCELLED}),
    ActionStatus.OPEN: frozenset({ActionStatus.DONE, ActionStatus.OVERDUE, ActionStatus.CANCELLED}),
    ActionStatus.OVERDUE: frozenset({ActionStatus.DONE, ActionStatus.OPEN, ActionStatus.CANCELLED}),
    ActionStatus.DONE: frozenset({ActionStatus.VERIFIED, ActionStatus.OPEN}),
    ActionStatus.VERIFIED: frozenset(),
    ActionStatus.CANCELLED: frozenset(),
}

OPEN_STATUSES = frozenset(
    {ActionStatus.DRAFT, ActionStatus.RETURNED, ActionStatus.OPEN, ActionStatus.OVERDUE}
)

# The order a register lists statuses in: what needs attention first.
STATUS_ORDER = (
    ActionStatus.OPEN,
    ActionStatus.OVERDUE,
    ActionStatus.DRAFT,
    ActionStatus.RETURNED,
    ActionStatus.DONE,
    ActionStatus.VERIFIED,
    ActionStatus.CANCELLED,
)


def can_move(current: ActionStatus, new: ActionStatus) -> bool:
    return new in TRANSITIONS[current]


def is_overdue(status: ActionStatus, due: datetime.date | None, today: datetime.date) -> bool:
    """An action still open after its due date is overdue."""
    return due is not None and status in OPEN_STATUSES and today > due


def effective_status(
    status: ActionStatus, due: datetime.date | None, today: datetime.date
) -> ActionStatus:
    """The status to show today: an open action past its due date reads as overdue."""
    if status is ActionStatus.OPEN and is_overdue(status, due, today):
        return ActionStatus.OVERDUE
    return status


def status_counts(
    actions: Iterable[tuple[ActionStatus, datetime.date | None]], today: datetime.date
) -> dict[ActionStatus, int]:
    """How many actions show each status today (overdue by date), in STATUS_ORDER.

    `actions` gives each action's stored status and due date; statuses no action
    has are left out.
    """
    counts = dict.fromkeys(STATUS_ORDER, 0)
    for status, due in actions:
        counts[effective_status(status, due, today)] += 1
    return {status: n for status, n in counts.items() if n}


def proposed_owner(
    responsible_unit_ids: Sequence[str],
    unit_managers: dict[str, str | None],
    general_manager_id: str | None,
) -> str | None:
    """The seeds' owner rule: one department -> its manager; several -> the general manager."""
    units = list(dict.fromkeys(responsible_unit_ids))
    if len(units) == 1:
        return unit_managers.get(units[0]) or general_manager_id
    return general_manager_id
