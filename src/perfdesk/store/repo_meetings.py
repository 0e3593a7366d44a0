"""Reading review meetings, their agendas, attendees and issues (writes: store/ops)."""

from __future__ import annotations

import sqlite3
from dataclasses import dataclass

from perfdesk.core.meeting import (
    AgendaItem,
    AgendaKind,
    Attendance,
    Cause,
    MeetingKind,
    MeetingStatus,
)


@dataclass(frozen=True)
class MeetingRow:
    id: str
    title: str
    kind: MeetingKind
    date: str
    planned_minutes: float
    place: str
    period: str
    status: MeetingStatus
    chair: str
    secretary: str
    attendees: int
    present: int
    issues: int


@dataclass(frozen=True)
class IssueRow:
    id: str
    description: str
    cause: Cause
    responsible_unit: str
    owner: str
    due_date: str
    agenda_item_id: str | None
    related_unit_ids: list[str]
    resource_request: str


def list_meetings(conn: sqlite3.Connection) -> list[MeetingRow]:
    """Meetings newest first, with chair/secretary names and attendance counts."""
    rows = conn.execute(
        """
        SELECT m.id, m.title, m.kind, m.date, m.planned_minutes, m.place, m.period, m.status,
               coalesce(c.name, ''), coalesce(s.name, ''),
               (SELECT count(*) FROM meeting_attendees a WHERE a.meeting_id = m.id
                  AND a.invited = 1),
               (SELECT count(*) FROM meeting_attendees a WHERE a.meeting_id = m.id
                  AND a.invited = 1 AND a.attendance IN ('present', 'late')),
               (SELECT count(*) FROM issues i WHERE i.meeting_id = m.id AND i.archived = 0
                  AND i.deleted = 0)
        FROM meetings m
        LEFT JOIN people c ON c.id = m.chair_id
        LEFT JOIN people s ON s.id = m.secretary_id
        WHERE m.archived = 0 AND m.deleted = 0
        ORDER BY m.date DESC, m.rowid DESC
        """
    ).fetchall()
    return [
        MeetingRow(
            r[0],
            r[1],
            MeetingKind(r[2]),
            r[3],
            r[4] or 0.0,
            r[5] or "",
            r[6] or "",
            MeetingStatus(r[7]),
            r[8],
            r[9],
            r[10],
            r[11],
            r[12],
        )
        for r in rows
    ]


def meeting_links(conn: sqlite3.Connection) -> dict[str, tuple[set[str], set[str]]]:
    """Per meeting, the units and people it concerns: its agenda items' units and
    speakers, its attendees, its issues' responsible and related units and owners."""
    links: dict[str, tuple[set[str], set[str]]] = {}
    rows = conn.execute(
        """
        SELECT meeting_id, unit_id, speaker_id FROM agenda_items WHERE deleted = 0
        UNION ALL
        SELECT meeting_id, NULL, person_id FROM meeting_attendees WHERE invited = 1
        UNION ALL
        SELECT meeting_id, responsible_unit_id, owner_id FROM issues
         WHERE meeting_id IS NOT NULL AND archived = 0 AND deleted = 0
        UNION ALL
        SELECT i.meeting_id, r.unit_id, NULL FROM issue_units r JOIN issues i ON i.id = r.issue_id
         WHERE i.meeting_id IS NOT NULL AND i.archived = 0 AND i.deleted = 0
        """
    )
    for meeting_id, unit_id, person_id in rows:
        units, people = links.setdefault(meeting_id, (set(), set()))
        if unit_id:
            units.add(unit_id)
        if person_id:
            people.add(person_id)
    return links


def agenda(conn: sqlite3.Connection, meeting_id: str) -> list[tuple[AgendaItem, str, str]]:
    """Agenda items in order, each with its speaker's and unit's names."""
    rows = conn.execute(
        """
        SELECT a.id, a.meeting_id, a.position, a.kind, a.planned_minutes, a.title,
               a.speaker_id, a.unit_id, a.actual_seconds,
               coalesce(p.name, ''), coalesce(u.name, '')
        FROM agenda_items a
        LEFT JOIN people p ON p.id = a.speaker_id
        LEFT JOIN org_units u ON u.id = a.unit_id
        WHERE a.meeting_id = ? AND a.deleted = 0 ORDER BY a.position
        """,
        (meeting_id,),
    ).fetchall()
    return [
        (
            AgendaItem(r[0], r[1], r[2], AgendaKind(r[3]), r[4], r[5] or "", r[6], r[7], r[8]),
            r[9],
            r[10],
        )
        for r in rows
    ]


def attendees(conn: sqlite3.Connection, meeting_id: str) -> list[tuple[str, Attendance | None]]:
    """Each invited person's name and attendance (None: not recorded yet), in order."""
    rows = conn.execute(
        """
        SELECT coalesce(p.name, ''), a.attendance
        FROM meeting_attendees a
        LEFT JOIN people p ON p.id = a.person_id
        WHERE a.meeting_id = ? AND a.invited = 1 ORDER BY a.position
        """,
        (meeting_id,),
    ).fetchall()
    return [(r[0], Attendance(r[1]) if r[1] else None) for r in rows]


def meeting_issues(conn: sqlite3.Connection, meeting_id: str) -> list[IssueRow]:
    rows = conn.execute(
        """
        SELECT i.id, i.description, i.cause, coalesce(u.name, ''), coalesce(p.name, ''),
               coalesce(i.due_date, ''), i.agenda_item_id,
               (SELECT group_concat(r.unit_id, char(31)) FROM issue_units r
                 WHERE r.issue_id = i.id AND r.related = 1),
               i.resource_request
        FROM issues i
        LEFT JOIN org_units u ON u.id = i.responsible_unit_id
        LEFT JOIN people p ON p.id = i.owner_id
        WHERE i.meeting_id = ? AND i.archived = 0 AND i.deleted = 0 ORDER BY i.created, i.rowid
        """,
        (meeting_id,),
    ).fetchall()
    return [
        IssueRow(r[0], r[1], Cause(r[2]), r[3], r[4], r[5], r[6], _id_list(r[7]), r[8] or "")
        for r in rows
    ]


def _id_list(text: str | None) -> list[str]:
    """The ids group_concat joined with the unit separator (U+001F, never in an id)."""
    return sorted(text.split("\x1f")) if text else []
