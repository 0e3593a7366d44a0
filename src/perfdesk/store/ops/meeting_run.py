"""Operations of a running meeting: start (freezing the KPI figures), clock events, end
(writing the actual times and locking the record) and an explicit reopen.

These are not undo steps. A clock event records that time passed — undoing "next"
cannot give the room its minutes back; a wrong press is corrected by another press
(previous, extend). Starting and ending are confirmed by a dialog instead, and an
ended meeting is changed again only through `reopen_meeting`, which is logged.
So these return `Changes` (what to refresh), not an OpResult with an undo.

Events are appended to `meeting_events` (append-only; triggers refuse a DELETE or an
UPDATE of their content) with the next `seq` and a wall time in ms that is never
earlier than the event before it (the app's clock already sees to that; a clock set
back between two runs of the app is clamped here too), so the replay in
core/meeting_clock.py never sees a negative gap and "the latest reopen is after the
latest end" — the rule a reopened meeting's status change is checked against — holds.
"""

from __future__ import annotations

import datetime
import sqlite3
from collections.abc import Sequence
from typing import Any

from perfdesk.core.goals import Goal
from perfdesk.core.meeting import AgendaItem
from perfdesk.core.meeting_clock import ClockState, EventKind, replay
from perfdesk.core.periods import Granularity, Period, PeriodError, parse_period
from perfdesk.core.progress import goal_progress
from perfdesk.store.document import Document
from perfdesk.store.ops._base import Changes, OpError, text_field, write
from perfdesk.store.repo_goals import deviation_notes, goals_of_owners, period_values
from perfdesk.store.repo_kpi import load_kpis
from perfdesk.store.repo_meeting_run import meeting_events, running_meeting
from perfdesk.store.repo_meetings import agenda

# Kinds record_event writes; start, end and reopen have their own operations.
CLOCK_KINDS = frozenset(EventKind) - {EventKind.START, EventKind.END, EventKind.REOPEN}
MAX_REASON = 2000
_NOTES_LIMIT = 20_000  # meetings.notes


def iso(at: int) -> str:
    """ms since the epoch as the schema's UTC instant text."""
    moment = datetime.datetime.fromtimestamp(at / 1000, tz=datetime.UTC)
    return moment.strftime("%Y-%m-%dT%H:%M:%S.%fZ")


def start_meeting(doc: Document, meeting_id: str, at: int) -> Changes:
    """Start a planned meeting at `at` (ms): status running, the start event, and the KPI
    figures of every speaker's department frozen into meeting_snapshots.

    Refused while another meeting is running (named in the error), for an agenda with
    no items, and for a meeting that is not planned (running or ended)."""
    with write(doc) as conn:
        meeting = _meeting(conn, meeting_id)
        if meeting["status"] != "planned":
            raise OpError("meeting_not_planned", title=meeting["title"])
        other = running_meeting(conn)
        if other is not None:
            raise OpError("meeting_running", title=other.title)
        items = [item for item, _speaker, _unit in agenda(conn, meeting_id)]
        if not items:
            raise OpError("agenda_empty")
        conn.execute(
            "UPDATE meetings SET status = 'running', started_at = ?, stamp = ?, source = ? "
            "WHERE id = ?",
            (iso(at), doc.stamp, doc.source, meeting_id),
        )
        _append(doc, meeting_id, EventKind.START, at, items[0].id)
        frozen = freeze_kpis(doc, meeting_id, meeting["period"], items)
        return Changes(
            frozenset({"meetings", "meeting_events", *(["meeting_snapshots"] if frozen else [])}),
            frozenset({meeting_id}),
        )


def record_event(
    doc: Document,
    meeting_id: str,
    kind: EventKind | str,
    at: int,
    agenda_item_id: str | None = None,
    amount: float | None = None,
) -> int:
    """Append one clock event (pause, next, extend, ...) to a running meeting; its seq."""
    kind = EventKind(kind)
    if kind not in CLOCK_KINDS:
        raise ValueError(f"{kind} has its own operation")
    with write(doc) as conn:
        meeting = _meeting(conn, meeting_id)
        if meeting["status"] != "running":
            raise OpError("meeting_not_running", title=meeting["title"])
        return _append(doc, meeting_id, kind, at, agenda_item_id, amount)


def end_meeting(doc: Document, meeting_id: str, at: int) -> ClockState:
    """End a running meeting at `at`: the end event, each agenda item's actual seconds,
    start and end from the replay (and the order it ran in), then status ended — after
    which the triggers freeze the record. Returns the replayed state."""
    with write(doc) as conn:
        meeting = _meeting(conn, meeting_id)
        if meeting["status"] != "running":
            raise OpError("meeting_not_running", title=meeting["title"])
        end_at = _append(doc, meeting_id, EventKind.END, at)
        items = [item for item, _speaker, _unit in agenda(conn, meeting_id)]
        state = replay(items, meeting_events(conn, meeting_id), end_at)
        stamp, source = doc.stamp, doc.source
        for position, item_id in enumerate(state.order):
            timing = state.items[item_id]
            ran = timing.run
            conn.execute(
                "UPDATE agenda_items SET position = ?, actual_seconds = ?, started_at = ?, "
                "ended_at = ?, stamp = ?, source = ? WHERE id = ?",
                (
                    position,
                    min(86_400.0, round(timing.elapsed_seconds, 3)) if ran else None,
                    iso(timing.started_at) if timing.started_at is not None else None,
                    iso(timing.ended_at) if ran and timing.ended_at is not None else None,
                    stamp,
                    source,
                    item_id,
                ),
            )
        conn.execute(
            "UPDATE meetings SET status = 'ended', ended_at = ?, stamp = ?, source = ? "
            "WHERE id = ?",
            (iso(end_at), stamp, source, meeting_id),
        )
        return state


def reopen_meeting(
    doc: Document, meeting_id: str, reason: str, at: int, label: str = "Reopened: "
) -> Changes:
    """Reopen an ended meeting for corrections: the reopen event first (the status may
    leave 'ended' only after it), then status running with its clock paused, and a line
    "<UTC time> <label><reason>" added to the meeting's notes as the log of it.
    The reason is required. End it again to lock it."""
    why = text_field(reason, MAX_REASON, "reopen_reason")
    if not why:
        raise OpError("empty", field="reopen_reason")
    with write(doc) as conn:
        meeting = _meeting(conn, meeting_id)
        if meeting["status"] != "ended":
            raise OpError("meeting_not_ended", title=meeting["title"])
        other = running_meeting(conn)
        if other is not None:
            raise OpError("meeting_running", title=other.title)
        when = _append(doc, meeting_id, EventKind.REOPEN, at, strictly_after=True)
        line = f"{iso(when)[:16].replace('T', ' ')} UTC {label}{why}"
        notes = "\n".join(part for part in (meeting["notes"] or "", line) if part)
        if len(notes) > _NOTES_LIMIT:
            raise OpError("too_long", field="reopen_reason", length=len(notes), limit=_NOTES_LIMIT)
        # The status first: while it is 'ended' the trigger refuses any other change.
        conn.execute(
            "UPDATE meetings SET status = 'running', ended_at = NULL, stamp = ?, source = ? "
            "WHERE id = ?",
            (doc.stamp, doc.source, meeting_id),
        )
        conn.execute("UPDATE meetings SET notes = ? WHERE id = ?", (notes, meeting_id))
        return Changes(frozenset({"meetings", "meeting_events"}), frozenset({meeting_id}))


# -- inside the transaction ---------------------------------------------------------
def _meeting(conn: sqlite3.Connection, meeting_id: str) -> dict[str, Any]:
    cursor = conn.execute(
        "SELECT id, title, status, period, notes, archived FROM meetings "
        "WHERE id = ? AND deleted = 0",
        (meeting_id,),
    )
    row = cursor.fetchone()
    if row is None:
        raise OpError("missing", field="meeting")
    meeting = dict(zip([c[0] for c in cursor.description], row, strict=True))
    if meeting["archived"]:
        raise OpError("archived", field="meeting")
    return meeting


def _append(
    doc: Document,
    meeting_id: str,
    kind: EventKind,
    at: int,
    agenda_item_id: str | None = None,
    amount: float | None = None,
    strictly_after: bool = False,
) -> int:
    """Insert the next event; returns the wall time stored (never before the last one)."""
    seq, last = doc.conn.execute(
        "SELECT coalesce(max(seq) + 1, 0), max(at) FROM meeting_events WHERE meeting_id = ?",
        (meeting_id,),
    ).fetchone()
    at = int(at)
    if last is not None:
        at = max(at, int(last) + (1 if strictly_after else 0))
    doc.conn.execute(
        "INSERT INTO meeting_events (meeting_id, seq, kind, agenda_item_id, amount, at, "
        "stamp, source) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
        (meeting_id, seq, kind.value, agenda_item_id, amount, at, doc.stamp, doc.source),
    )
    return at


def _review_periods(period: Period, latest: str | None) -> list[str]:
    """The periods whose values make up `period`'s figures: the period itself when values
    are entered at it (a month, 10-day period or week), else its months up to the last
    month with any actual (an empty future month would make every goal incomplete)."""
    if period.granularity.rank >= Granularity.MONTH.rank:
        return [period.key]
    months = [m.key for m in period.children(Granularity.MONTH)]
    return [m for m in months if latest is None or m <= latest] or months[:1]


def freeze_kpis(
    doc: Document | Any, meeting_id: str, period_text: str | None, items: Sequence[AgendaItem]
) -> bool:
    """Copy each speaker department's goal figures for the reviewed period into
    meeting_snapshots, as progress.goal_progress judges them; False when there is no
    period or no speaker department (nothing to freeze)."""
    units = list(dict.fromkeys(i.unit_id for i in items if i.kind == "speaker" and i.unit_id))
    if not period_text or not units:
        return False
    try:
        period = parse_period(period_text)
    except PeriodError:
        return False
    conn = doc.conn
    year = period.key[:4]
    goals: list[Goal] = goals_of_owners(conn, units, year)
    if period.key != year:
        goals += goals_of_owners(conn, units, period.key)
    row = conn.execute("SELECT value FROM meta WHERE key = 'latest_actual_month'").fetchone()
    periods = _review_periods(period, row[0] if row and row[0] else None)
    ids = [g.id for g in goals]
    targets, actuals = period_values(conn, ids, periods)
    notes = deviation_notes(conn, ids, periods)
    kpis = load_kpis(conn)
    rows = []
    unit_rank = {unit: n for n, unit in enumerate(units)}
    goals.sort(key=lambda g: unit_rank.get(g.unit_id or "", len(units)))
    for position, goal in enumerate(goals):
        kpi = kpis.get(goal.kpi_id)
        if kpi is None:
            continue
        progress = goal_progress(goal, kpi, goals, targets, actuals, periods)
        note = next((notes[(goal.id, p)] for p in reversed(periods) if (goal.id, p) in notes), None)
        rows.append(
            (
                meeting_id,
                goal.id,
                position,
                goal.unit_id,
                goal.person_id,
                goal.kpi_id,
                period.key,
                progress.target,
                goal.target_max,
                progress.actual,
                progress.achievement,
                progress.status.value,
                *(note if note is not None else ("",) * 5),
                doc.stamp,
                doc.source,
            )
        )
    conn.executemany(
        "INSERT INTO meeting_snapshots (meeting_id, goal_id, position, unit_id, person_id, "
        "kpi_id, period, target, target_max, actual, achievement, status, gap, "
        "internal_cause, external_cause, internal_measures, external_needs, stamp, source) "
        "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) "
        "ON CONFLICT (meeting_id, goal_id) DO UPDATE SET position = excluded.position, "
        "target = excluded.target, actual = excluded.actual, "
        "achievement = excluded.achievement, status = excluded.status, gap = excluded.gap, "
        "internal_cause = excluded.internal_cause, external_cause = excluded.external_cause, "
        "internal_measures = excluded.internal_measures, "
        "external_needs = excluded.external_needs, stamp = excluded.stamp, "
        "source = excluded.source",
        rows,
    )
    return bool(rows)
