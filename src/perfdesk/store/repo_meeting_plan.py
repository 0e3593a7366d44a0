"""Reading what planning a meeting needs: the meeting's form, its agenda as a plan, the
committee, the departments' standing for the prefill, actions due for review, the issues
with their actions, the parking lot, agenda templates and minute entries
(writes: store/ops/meetings.py)."""

from __future__ import annotations

import datetime
import json
import sqlite3
from collections.abc import Mapping, Sequence
from dataclasses import dataclass

from perfdesk.core.agenda import DueAction, PlanItem, Representative, Standing
from perfdesk.core.kpi import Kpi, Status
from perfdesk.core.meeting import AgendaKind, Attendance, Cause, MeetingKind, MeetingStatus
from perfdesk.core.periods import Granularity, Period, PeriodError, parse_period
from perfdesk.core.progress import goal_progress
from perfdesk.store.repo_goals import goals_of_owners, period_values


@dataclass(frozen=True)
class MeetingForm:
    id: str
    title: str
    kind: MeetingKind
    date: str
    start_time: str
    planned_minutes: float
    place: str
    period: str
    chair_id: str | None
    secretary_id: str | None
    minute_taker_id: str | None
    status: MeetingStatus
    attendees: tuple[tuple[str, Attendance | None], ...]  # invited, in order


def meeting_form(conn: sqlite3.Connection, meeting_id: str) -> MeetingForm | None:
    row = conn.execute(
        "SELECT id, title, kind, date, coalesce(start_time, ''), planned_minutes, place, "
        "coalesce(period, ''), chair_id, secretary_id, minute_taker_id, status "
        "FROM meetings WHERE id = ? AND deleted = 0",
        (meeting_id,),
    ).fetchone()
    if row is None:
        return None
    people = conn.execute(
        "SELECT person_id, attendance FROM meeting_attendees "
        "WHERE meeting_id = ? AND invited = 1 ORDER BY position",
        (meeting_id,),
    ).fetchall()
    return MeetingForm(
        row[0],
        row[1],
        MeetingKind(row[2]),
        row[3],
        row[4],
        row[5],
        row[6] or "",
        row[7],
        row[8],
        row[9],
        row[10],
        MeetingStatus(row[11]),
        tuple((p, Attendance(a) if a else None) for p, a in people),
    )


def plan_items(conn: sqlite3.Connection, meeting_id: str) -> list[PlanItem]:
    """The meeting's agenda as a plan, in order (with each item's note)."""
    rows = conn.execute(
        "SELECT id, kind, title, planned_minutes, note, speaker_id, unit_id FROM agenda_items "
        "WHERE meeting_id = ? AND deleted = 0 ORDER BY position",
        (meeting_id,),
    ).fetchall()
    return [
        PlanItem(AgendaKind(r[1]), r[2] or "", r[3], r[4] or "", r[5], r[6], r[0]) for r in rows
    ]


def committee(conn: sqlite3.Connection) -> dict[str, list[str]]:
    """The people of each committee role (chair, vice_chair, secretary, representative)."""
    found: dict[str, list[str]] = {}
    for person_id, role in conn.execute(
        "SELECT id, committee_role FROM people WHERE committee_role IS NOT NULL "
        "AND archived = 0 AND deleted = 0 ORDER BY name"
    ):
        found.setdefault(role, []).append(person_id)
    return found


def representatives(conn: sqlite3.Connection) -> list[Representative]:
    """Who speaks for each department, in the organisation's order: the departments with
    a committee representative (the committee reviews them); when nobody holds that role,
    every department with a manager, who speaks for it."""
    rows = conn.execute(
        """
        SELECT u.id, u.name,
               (SELECT p.id FROM people p WHERE p.unit_id = u.id
                 AND p.committee_role = 'representative' AND p.archived = 0
                 AND p.deleted = 0 ORDER BY p.name LIMIT 1),
               u.manager_id
        FROM org_units u
        WHERE u.kind = 'department' AND u.archived = 0 AND u.deleted = 0
        ORDER BY u.sort_order, u.name
        """
    ).fetchall()
    names = dict(conn.execute("SELECT id, name FROM people WHERE deleted = 0").fetchall())
    committee_seats = any(rep for _u, _n, rep, _m in rows)
    return [
        Representative(rep or manager, unit_id, names.get(rep or manager, ""), unit_name)
        for unit_id, unit_name, rep, manager in rows
        if (rep if committee_seats else manager)
    ]


def owner_rule_inputs(conn: sqlite3.Connection) -> tuple[dict[str, str | None], str | None]:
    """What core.actions.proposed_owner needs: each unit's manager, and the general
    manager (the company's manager, else the committee's chair)."""
    managers = dict(
        conn.execute("SELECT id, manager_id FROM org_units WHERE deleted = 0").fetchall()
    )
    row = conn.execute(
        "SELECT manager_id FROM org_units WHERE kind = 'company' AND manager_id IS NOT NULL "
        "AND deleted = 0 ORDER BY sort_order LIMIT 1"
    ).fetchone()
    if row is None:
        row = conn.execute(
            "SELECT id FROM people WHERE committee_role = 'chair' AND archived = 0 "
            "AND deleted = 0 ORDER BY name LIMIT 1"
        ).fetchone()
    return managers, (row[0] if row else None)


def standings(
    conn: sqlite3.Connection,
    reps: Sequence[Representative],
    kpis: Mapping[str, Kpi],
    period: str,
) -> list[Standing]:
    """How each department's goals stand over the months of the reviewed `period`."""
    try:
        reviewed = parse_period(period)
    except PeriodError:
        return [Standing(rep) for rep in reps]
    if reviewed.granularity is Granularity.MONTH:
        months = [reviewed]
    elif reviewed.granularity in (Granularity.QUARTER, Granularity.HALF, Granularity.YEAR):
        months = reviewed.children(Granularity.MONTH)
    else:
        months = [Period.of(reviewed.start, Granularity.MONTH)]
    year = str(months[0].year)
    units = [rep.unit_id for rep in reps]
    goals = goals_of_owners(conn, units, year)
    # Up to the reviewed period's end: the year to date, as every view judges a goal.
    keys = [m.key for m in months[0].parent(Granularity.YEAR).children(Granularity.MONTH)]
    keys = [k for k in keys if k <= months[-1].key]
    targets, actuals = period_values(conn, [g.id for g in goals], keys)
    by_unit: dict[str, list[tuple[Status, float | None]]] = {u: [] for u in units}
    for goal in goals:
        kpi = kpis.get(goal.kpi_id)
        if kpi is None or goal.unit_id is None:
            continue
        progress = goal_progress(goal, kpi, goals, targets, actuals, keys)
        by_unit[goal.unit_id].append((progress.status, progress.achievement))
    result = []
    for rep in reps:
        judged = [
            (s, a) for s, a in by_unit[rep.unit_id] if s in (Status.GREEN, Status.AMBER, Status.RED)
        ]
        rates = [a for _s, a in judged if a is not None]
        result.append(
            Standing(
                rep,
                red=sum(1 for s, _a in judged if s is Status.RED),
                amber=sum(1 for s, _a in judged if s is Status.AMBER),
                judged=len(judged),
                worst=min(rates) if rates else None,
            )
        )
    return result


_CLOSED = ("done", "verified", "cancelled", "not_achieved", "draft")


def due_actions(conn: sqlite3.Connection, on: datetime.date) -> list[DueAction]:
    """Actions still open on the meeting's date (drafts not yet agreed are left out)."""
    marks = ",".join("?" * len(_CLOSED))
    rows = conn.execute(
        f"SELECT a.title, coalesce(p.name, ''), a.due_date FROM actions a "
        f"LEFT JOIN people p ON p.id = a.owner_id "
        f"WHERE a.status NOT IN ({marks}) AND a.archived = 0 AND a.deleted = 0 "
        f"ORDER BY a.due_date, a.title",
        _CLOSED,
    ).fetchall()
    result = []
    for title, owner, due_text in rows:
        due = datetime.date.fromisoformat(due_text) if due_text else None
        result.append(DueAction(title, owner, due, due is not None and due < on))
    return result


@dataclass(frozen=True)
class IssueLine:
    id: str
    description: str
    cause: Cause
    agenda_item_id: str | None
    responsible_unit: str
    owner: str
    due_date: str
    solution: str
    resource_request: str
    parked: bool
    action_id: str | None
    action_title: str
    action_status: str


def issue_lines(conn: sqlite3.Connection, meeting_id: str) -> list[IssueLine]:
    """The meeting's issues in the order raised, each with its action (if any)."""
    rows = conn.execute(
        """
        SELECT i.id, i.description, i.cause, i.agenda_item_id, coalesce(u.name, ''),
               coalesce(p.name, ''), coalesce(i.due_date, ''), coalesce(i.solution, ''),
               coalesce(i.resource_request, ''), i.parked, a.id, coalesce(a.title, ''),
               coalesce(a.status, '')
        FROM issues i
        LEFT JOIN org_units u ON u.id = i.responsible_unit_id
        LEFT JOIN people p ON p.id = i.owner_id
        LEFT JOIN actions a ON a.id = (SELECT x.id FROM actions x WHERE x.issue_id = i.id
                                        AND x.deleted = 0 ORDER BY x.created LIMIT 1)
        WHERE i.meeting_id = ? AND i.archived = 0 AND i.deleted = 0
        ORDER BY i.created, i.rowid
        """,
        (meeting_id,),
    ).fetchall()
    return [
        IssueLine(
            r[0], r[1], Cause(r[2]), r[3], r[4], r[5], r[6], r[7], r[8], bool(r[9]), *r[10:13]
        )
        for r in rows
    ]


@dataclass(frozen=True)
class BacklogEntry:
    """Something the meeting did not settle, offered to the next: a parked issue or an
    agenda item a meeting did not reach."""

    kind: str  # "issue" or "item"
    id: str
    text: str
    meeting_title: str
    meeting_date: str


def backlog(conn: sqlite3.Connection, meeting_id: str) -> list[BacklogEntry]:
    """Parked issues without an action, and agenda items of ended meetings that were
    never started, from meetings before this one (newest first)."""
    issues = conn.execute(
        """
        SELECT i.id, i.description, coalesce(m.title, ''), coalesce(m.date, '')
        FROM issues i LEFT JOIN meetings m ON m.id = i.meeting_id
        WHERE i.parked = 1 AND i.archived = 0 AND i.deleted = 0
          AND coalesce(i.meeting_id, '') <> ?1
          AND NOT EXISTS (SELECT 1 FROM actions a WHERE a.issue_id = i.id AND a.deleted = 0)
        ORDER BY m.date DESC, i.created
        """,
        (meeting_id,),
    ).fetchall()
    items = conn.execute(
        """
        SELECT a.id, a.title, m.title, m.date
        FROM agenda_items a JOIN meetings m ON m.id = a.meeting_id
        WHERE m.status = 'ended' AND m.id <> ?1 AND m.deleted = 0 AND a.deleted = 0
          AND a.started_at IS NULL AND a.actual_seconds IS NULL
          AND a.kind IN ('speaker', 'discussion', 'action_review')
        ORDER BY m.date DESC, a.position
        """,
        (meeting_id,),
    ).fetchall()
    return [BacklogEntry("issue", *r) for r in issues] + [BacklogEntry("item", *r) for r in items]


def templates(conn: sqlite3.Connection) -> list[tuple[str, str, list[PlanItem]]]:
    """The document's own agenda templates: (id, name, items), in their order."""
    found = []
    for row_id, name, text in conn.execute(
        "SELECT id, name, items FROM agenda_templates WHERE archived = 0 AND deleted = 0 "
        "ORDER BY sort_order, name"
    ):
        items = []
        try:
            for entry in json.loads(text):
                items.append(
                    PlanItem(
                        AgendaKind(entry.get("kind", "discussion")),
                        str(entry.get("title", "")),
                        float(entry.get("minutes", 0)),
                        str(entry.get("note", "")),
                    )
                )
        except (ValueError, TypeError, AttributeError):
            continue  # a template damaged outside perfdesk is not offered
        found.append((row_id, name, items))
    return found


@dataclass(frozen=True)
class MinuteEntry:
    id: str
    agenda_item_id: str | None
    kind: str
    text: str


def minute_entries(conn: sqlite3.Connection, meeting_id: str) -> list[MinuteEntry]:
    rows = conn.execute(
        "SELECT id, agenda_item_id, kind, text FROM minute_entries "
        "WHERE meeting_id = ? AND archived = 0 AND deleted = 0 ORDER BY position",
        (meeting_id,),
    ).fetchall()
    return [MinuteEntry(*r) for r in rows]
