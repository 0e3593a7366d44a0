"""Reading a running or ended meeting's record: its clock events, the KPI figures frozen at
its start, and which meeting is running (writes: store/ops/meeting_run.py)."""

from __future__ import annotations

import sqlite3
from dataclasses import dataclass

from perfdesk.core.kpi import Status
from perfdesk.core.meeting_clock import ClockEvent, ClockState, EventKind, replay
from perfdesk.store.repo_meetings import agenda


@dataclass(frozen=True)
class RunningMeeting:
    id: str
    title: str


@dataclass(frozen=True)
class SnapshotRow:
    """One goal's figures as the room saw them at the meeting's start."""

    goal_id: str
    position: int
    unit_id: str | None
    person_id: str | None
    kpi_id: str
    period: str
    target: float | None
    target_max: float | None
    actual: float | None
    achievement: float | None
    status: Status
    gap: str
    internal_cause: str
    external_cause: str
    internal_measures: str
    external_needs: str


def running_meeting(conn: sqlite3.Connection) -> RunningMeeting | None:
    """The meeting that is running (at most one: a unique index sees to it)."""
    row = conn.execute(
        "SELECT id, title FROM meetings WHERE status = 'running' AND deleted = 0 "
        "ORDER BY rowid LIMIT 1"
    ).fetchone()
    return None if row is None else RunningMeeting(row[0], row[1])


def meeting_status(conn: sqlite3.Connection, meeting_id: str) -> str | None:
    row = conn.execute(
        "SELECT status FROM meetings WHERE id = ? AND deleted = 0", (meeting_id,)
    ).fetchone()
    return None if row is None else str(row[0])


def meeting_events(conn: sqlite3.Connection, meeting_id: str) -> list[ClockEvent]:
    """The meeting's clock events in the order they were written."""
    return [
        ClockEvent(seq, EventKind(kind), at, item, amount)
        for seq, kind, at, item, amount in conn.execute(
            "SELECT seq, kind, at, agenda_item_id, amount FROM meeting_events "
            "WHERE meeting_id = ? ORDER BY seq",
            (meeting_id,),
        )
    ]


def snapshot(conn: sqlite3.Connection, meeting_id: str) -> list[SnapshotRow]:
    """The KPI figures frozen at the meeting's start, in the order they were taken."""
    rows = conn.execute(
        "SELECT goal_id, position, unit_id, person_id, kpi_id, period, target, target_max, "
        "actual, achievement, status, coalesce(gap, ''), coalesce(internal_cause, ''), "
        "coalesce(external_cause, ''), coalesce(internal_measures, ''), "
        "coalesce(external_needs, '') FROM meeting_snapshots WHERE meeting_id = ? "
        "ORDER BY position, goal_id",
        (meeting_id,),
    ).fetchall()
    return [
        SnapshotRow(
            r[0],
            r[1],
            r[2],
            r[3],
            r[4],
            r[5],
            r[6],
            r[7],
            r[8],
            r[9],
            Status(r[10]),
            r[11],
            r[12],
            r[13],
            r[14],
            r[15],
        )
        for r in rows
    ]


def replay_meeting(conn: sqlite3.Connection, meeting_id: str, now: int | None) -> ClockState:
    """The meeting's clock state at `now` (ms), replayed from its stored events."""
    items = [item for item, _speaker, _unit in agenda(conn, meeting_id)]
    return replay(items, meeting_events(conn, meeting_id), now)


def actions_per_issue(conn: sqlite3.Connection, meeting_id: str) -> dict[str, int]:
    """How many live improvement actions each of the meeting's issues has become."""
    return dict(
        conn.execute(
            "SELECT a.issue_id, count(*) FROM actions a JOIN issues i ON i.id = a.issue_id "
            "WHERE i.meeting_id = ? AND a.deleted = 0 AND a.archived = 0 GROUP BY a.issue_id",
            (meeting_id,),
        ).fetchall()
    )


def meeting_title(conn: sqlite3.Connection, meeting_id: str) -> str:
    row = conn.execute("SELECT title FROM meetings WHERE id = ?", (meeting_id,)).fetchone()
    return "" if row is None else str(row[0])
