"""What the meeting review record (业绩跟踪会议记录) and the person archive print, read into
plain dataclasses (no reportlab; reports/meeting.py and reports/person.py lay them out).

`meeting_record` gathers one meeting from what it stored: the meeting's form and
attendance, its agenda timed by replaying `meeting_events` (core.meeting_clock; a
meeting written before the event log existed, such as the demo's, keeps its actual
seconds on the agenda items and is read from those), the KPI figures **frozen at the
meeting's start** (`meeting_snapshots`, never today's values), the issues with their
questioning steps, the improvement actions made from them, the minutes per agenda
item and the effectiveness figures (core.meeting_figures). An ended meeting's record
carries the time of its end (the last 'end' event, else `meetings.ended_at`), from
which the PDF takes its date, so the same record gives the same file.

`find_meetings` and `find_people` resolve what a user typed (the command line).
"""

from __future__ import annotations

import datetime
import sqlite3
from dataclasses import dataclass

from perfdesk.core.kpi import Kpi, Status, variance
from perfdesk.core.meeting import AgendaItem
from perfdesk.core.meeting_clock import ClockState, ItemTiming, Phase, replay
from perfdesk.core.meeting_figures import Effectiveness, effectiveness
from perfdesk.store.repo_evaluations import (
    PersonArchive,
    StoredRules,
    current_rules,
    person_archive,
)
from perfdesk.store.repo_kpi import load_kpis
from perfdesk.store.repo_meeting_run import meeting_events, snapshot
from perfdesk.store.repo_meetings import agenda
from perfdesk.store.report_data import ReportError, Source, document_source


@dataclass(frozen=True)
class AttendeeLine:
    name: str
    unit: str
    attendance: str  # 'present', 'late', 'absent', 'excused' or '' (not recorded)


@dataclass(frozen=True)
class AgendaLine:
    id: str
    number: int  # 1-based, in the order the meeting ran
    kind: str
    title: str
    speaker: str
    unit: str
    planned_seconds: float
    allotted_seconds: float  # after the chair's extensions and shortenings
    actual_seconds: float | None  # None: never reached
    skipped: bool

    @property
    def difference_seconds(self) -> float | None:
        """Actual minus planned: positive is an overrun."""
        if self.actual_seconds is None:
            return None
        return self.actual_seconds - self.planned_seconds


@dataclass(frozen=True)
class SnapshotLine:
    """One goal's figures as the room saw them at the meeting's start."""

    goal_id: str
    kpi: Kpi
    holder: str  # the unit (or person) the goal belongs to
    period: str
    target: float | None
    actual: float | None
    achievement: float | None
    status: Status
    gap: float | None  # signed, in the KPI's unit (negative: worse than target)
    gap_note: str
    internal_cause: str
    external_cause: str
    internal_measures: str
    external_needs: str


@dataclass(frozen=True)
class SnapshotGroup:
    unit_id: str
    unit: str
    lines: tuple[SnapshotLine, ...]


@dataclass(frozen=True)
class IssueRecord:
    id: str
    number: int
    description: str
    cause: str  # 'internal' or 'external'
    agenda_item_id: str | None
    related_units: tuple[str, ...]
    responsible_unit: str
    owner: str
    due_date: str
    solution: str
    resource_request: str
    parked: bool


@dataclass(frozen=True)
class ActionRecord:
    """An improvement action made from one of the meeting's issues (the 改进行动表 row)."""

    id: str
    issue_number: int
    title: str
    start_date: str
    due_date: str
    responsible_unit: str
    owner: str
    measures: str
    kpi_name: str
    kpi_unit: str
    kpi_decimals: int
    baseline: float | None
    expected: float | None


@dataclass(frozen=True)
class MinuteLine:
    agenda_item_id: str | None
    kind: str  # 'information', 'decision', 'action', or 'note' (the item's free minutes)
    text: str


@dataclass(frozen=True)
class MeetingRecord:
    source: Source
    id: str
    title: str
    kind: str
    date: str
    start_time: str
    place: str
    period: str
    status: str  # 'planned', 'running', 'ended'
    chair: str
    secretary: str
    minute_taker: str
    ended_ms: int | None  # when it ended (ms since the epoch, UTC); None unless ended
    attendees: tuple[AttendeeLine, ...]
    agenda: tuple[AgendaLine, ...]
    snapshot_taken: bool
    snapshot: tuple[SnapshotGroup, ...]
    issues: tuple[IssueRecord, ...]
    actions: tuple[ActionRecord, ...]
    minutes: tuple[MinuteLine, ...]
    figures: Effectiveness
    notes: str

    @property
    def ended(self) -> bool:
        return self.status == "ended"

    def count(self, *attendance: str) -> int:
        return sum(1 for a in self.attendees if a.attendance in attendance)

    @property
    def present(self) -> int:
        """实到: those present, late ones included."""
        return self.count("present", "late")


def meeting_record(
    conn: sqlite3.Connection,
    path_name: str,
    meeting_id: str,
    english: bool = False,
    now_ms: int | None = None,
) -> MeetingRecord:
    """The record of one meeting; a running one is timed up to `now_ms`."""
    row = conn.execute(
        "SELECT m.id, m.title, m.kind, m.date, coalesce(m.start_time, ''), coalesce(m.place, ''), "
        "coalesce(m.period, ''), m.status, coalesce(c.name, ''), coalesce(s.name, ''), "
        "coalesce(t.name, ''), m.ended_at, coalesce(m.notes, '') FROM meetings m "
        "LEFT JOIN people c ON c.id = m.chair_id LEFT JOIN people s ON s.id = m.secretary_id "
        "LEFT JOIN people t ON t.id = m.minute_taker_id WHERE m.id = ? AND m.deleted = 0",
        (meeting_id,),
    ).fetchone()
    if row is None:
        raise ReportError(f"no meeting {meeting_id!r} in this document")
    status = row[7]
    units = dict(conn.execute("SELECT id, name FROM org_units").fetchall())
    people = dict(conn.execute("SELECT id, name FROM people").fetchall())
    kpis = load_kpis(conn, english=english)

    attendees = tuple(
        AttendeeLine(name or "", unit or "", attendance or "")
        for name, unit, attendance in conn.execute(
            "SELECT p.name, u.name, a.attendance FROM meeting_attendees a "
            "LEFT JOIN people p ON p.id = a.person_id LEFT JOIN org_units u ON u.id = p.unit_id "
            "WHERE a.meeting_id = ? AND a.invited = 1 ORDER BY a.position, p.name",
            (meeting_id,),
        )
    )
    planned = agenda(conn, meeting_id)
    items = [item for item, _speaker, _unit in planned]
    events = meeting_events(conn, meeting_id)
    state = (
        replay(items, events, now_ms if status == "running" else None)
        if events
        else _stored_timing(items, status)
    )
    by_id = {item.id: (item, speaker, unit) for item, speaker, unit in planned}
    agenda_lines = []
    for number, item_id in enumerate(state.order, start=1):
        item, speaker, unit = by_id[item_id]
        timing = state.items[item_id]
        agenda_lines.append(
            AgendaLine(
                item_id,
                number,
                str(item.kind),
                item.title,
                speaker,
                unit,
                timing.planned_seconds,
                timing.allotted_seconds,
                timing.elapsed_seconds if timing.run else None,
                timing.skipped,
            )
        )

    frozen = snapshot(conn, meeting_id)
    groups: dict[str, list[SnapshotLine]] = {}
    for s in frozen:
        kpi = kpis.get(s.kpi_id)
        if kpi is None:
            continue
        holder = units.get(s.unit_id or "", "") or people.get(s.person_id or "", "")
        groups.setdefault(s.unit_id or s.person_id or "", []).append(
            SnapshotLine(
                s.goal_id,
                kpi,
                holder,
                s.period,
                s.target,
                s.actual,
                s.achievement,
                s.status,
                variance(kpi.direction, s.target, s.actual, s.target_max),
                s.gap,
                s.internal_cause,
                s.external_cause,
                s.internal_measures,
                s.external_needs,
            )
        )
    snapshot_groups = tuple(
        SnapshotGroup(key, lines[0].holder, tuple(lines)) for key, lines in groups.items()
    )

    issues = []
    issue_units: list[str | None] = []
    for number, r in enumerate(
        conn.execute(
            "SELECT i.id, i.description, i.cause, i.agenda_item_id, coalesce(u.name, ''), "
            "coalesce(p.name, ''), coalesce(i.due_date, ''), coalesce(i.solution, ''), "
            "coalesce(i.resource_request, ''), i.parked, i.responsible_unit_id FROM issues i "
            "LEFT JOIN org_units u ON u.id = i.responsible_unit_id "
            "LEFT JOIN people p ON p.id = i.owner_id "
            "WHERE i.meeting_id = ? AND i.archived = 0 AND i.deleted = 0 "
            "ORDER BY i.created, i.rowid",
            (meeting_id,),
        ).fetchall(),
        start=1,
    ):
        related = tuple(
            name
            for (name,) in conn.execute(
                "SELECT u.name FROM issue_units r JOIN org_units u ON u.id = r.unit_id "
                "WHERE r.issue_id = ? AND r.related = 1 ORDER BY u.sort_order, u.name",
                (r[0],),
            )
        )
        issues.append(
            IssueRecord(
                id=r[0],
                number=number,
                description=r[1],
                cause=r[2] or "",
                agenda_item_id=r[3],
                related_units=related,
                responsible_unit=r[4],
                owner=r[5],
                due_date=r[6],
                solution=r[7],
                resource_request=r[8],
                parked=bool(r[9]),
            )
        )
        issue_units.append(r[4] or None)
    number_of = {issue.id: issue.number for issue in issues}
    kpi_name = "coalesce(nullif(k.name_{0}, ''), k.name_{1}, '')"
    kpi_unit = "coalesce(nullif(k.unit_{0}, ''), k.unit_{1}, '')"
    first, second = ("en", "zh") if english else ("zh", "en")
    actions = tuple(
        ActionRecord(
            r[0],
            number_of.get(r[1], 0),
            r[2],
            r[3] or "",
            r[4] or "",
            r[5],
            r[6],
            r[7] or "",
            r[8],
            r[9],
            int(r[10] or 0),
            r[11],
            r[12],
        )
        for r in conn.execute(
            f"SELECT a.id, a.issue_id, a.title, a.start_date, a.due_date, coalesce(u.name, ''), "
            f"coalesce(p.name, ''), a.measures, {kpi_name.format(first, second)}, "
            f"{kpi_unit.format(first, second)}, k.decimals, a.baseline, a.expected "
            "FROM actions a JOIN issues i ON i.id = a.issue_id "
            "LEFT JOIN org_units u ON u.id = a.responsible_unit_id "
            "LEFT JOIN people p ON p.id = a.owner_id LEFT JOIN kpis k ON k.id = a.kpi_id "
            "WHERE i.meeting_id = ? AND i.deleted = 0 AND a.deleted = 0 AND a.archived = 0 "
            "ORDER BY i.created, i.rowid, a.created, a.rowid",
            (meeting_id,),
        )
    )
    minutes = [
        MinuteLine(item_id, kind, text)
        for item_id, kind, text in conn.execute(
            "SELECT agenda_item_id, kind, text FROM minute_entries WHERE meeting_id = ? "
            "AND archived = 0 AND deleted = 0 ORDER BY position, rowid",
            (meeting_id,),
        )
    ]
    minutes += [
        MinuteLine(item_id, "note", text)
        for item_id, text in conn.execute(
            "SELECT id, minutes FROM agenda_items WHERE meeting_id = ? AND deleted = 0 "
            "AND minutes IS NOT NULL AND trim(minutes) <> '' ORDER BY position",
            (meeting_id,),
        )
    ]
    ended_ms = None
    if status == "ended":
        ends = [e.at for e in events if e.kind == "end"]
        ended_ms = ends[-1] if ends else _ms(row[11])
    return MeetingRecord(
        source=document_source(conn, path_name),
        id=row[0],
        title=row[1],
        kind=row[2],
        date=row[3],
        start_time=row[4],
        place=row[5],
        period=row[6],
        status=status,
        chair=row[8],
        secretary=row[9],
        minute_taker=row[10],
        ended_ms=ended_ms,
        attendees=attendees,
        agenda=tuple(agenda_lines),
        snapshot_taken=bool(frozen),
        snapshot=snapshot_groups,
        issues=tuple(issues),
        actions=actions,
        minutes=tuple(minutes),
        figures=effectiveness(items, state, issue_units),
        notes=row[12],
    )


def _stored_timing(items: list[AgendaItem], status: str) -> ClockState:
    """The timing of a meeting without an event log: each item's stored actual seconds."""
    timings = {
        item.id: ItemTiming(
            item.id,
            item.planned_minutes * 60,
            item.planned_minutes * 60,
            item.actual_seconds or 0.0,
            0 if item.actual_seconds is not None else None,
        )
        for item in items
    }
    phase = Phase.ENDED if status == "ended" else Phase.PLANNED
    return ClockState(phase, 0, tuple(item.id for item in items), None, timings)


def _ms(text: str | None) -> int | None:
    """A schema instant ('2026-10-05T09:00:00.000Z') as ms since the epoch."""
    if not text:
        return None
    try:
        moment = datetime.datetime.fromisoformat(text.replace("Z", "+00:00"))
    except ValueError:
        return None
    if moment.tzinfo is None:
        moment = moment.replace(tzinfo=datetime.UTC)
    return int(moment.timestamp() * 1000)


# -- what the user typed --------------------------------------------------------------------
@dataclass(frozen=True)
class MeetingChoice:
    id: str
    date: str
    title: str
    status: str


def find_meetings(conn: sqlite3.Connection, query: str | None) -> list[MeetingChoice]:
    """The meetings `query` names: None or 'latest' the newest ended meeting; else the
    whole id, an id prefix of at least 4 characters, the exact title, or failing those
    every meeting whose title contains it (case-insensitive). Newest first."""
    rows = [
        MeetingChoice(*r)
        for r in conn.execute(
            "SELECT id, date, title, status FROM meetings WHERE deleted = 0 "
            "ORDER BY date DESC, coalesce(ended_at, '') DESC, rowid DESC"
        )
    ]
    text = (query or "latest").strip()
    if text.lower() == "latest":
        ended = [m for m in rows if m.status == "ended"]
        return ended[:1]
    exact = [m for m in rows if m.id == text] or [m for m in rows if m.title == text]
    if exact:
        return exact
    if len(text) >= 4:
        prefixed = [m for m in rows if m.id.startswith(text)]
        if prefixed:
            return prefixed
    folded = text.casefold()
    return [m for m in rows if folded and folded in m.title.casefold()]


@dataclass(frozen=True)
class PersonChoice:
    id: str
    name: str
    unit: str
    employee_no: str


def find_people(conn: sqlite3.Connection, query: str) -> list[PersonChoice]:
    """The live people `query` names: the id, the employee number or the exact name."""
    text = query.strip()
    if not text:
        return []
    rows = [
        PersonChoice(*r)
        for r in conn.execute(
            "SELECT p.id, p.name, coalesce(u.name, ''), coalesce(p.employee_no, '') "
            "FROM people p LEFT JOIN org_units u ON u.id = p.unit_id "
            "WHERE p.deleted = 0 AND (p.id = ?1 OR p.employee_no = ?1 OR p.name = ?1) "
            "ORDER BY p.name, u.name, p.employee_no",
            (text,),
        )
    ]
    return [p for p in rows if p.id == text or p.employee_no == text] or rows


@dataclass(frozen=True)
class PersonReport:
    source: Source
    archive: PersonArchive
    rules: StoredRules  # the current rules, which name the flags of the periods' lines


def person_report(conn: sqlite3.Connection, path_name: str, person_id: str) -> PersonReport:
    """The person archive (repo_evaluations.person_archive) with the document it came from."""
    archive = person_archive(conn, person_id)
    if archive is None:
        raise ReportError(f"no person {person_id!r} in this document")
    return PersonReport(document_source(conn, path_name), archive, current_rules(conn))
