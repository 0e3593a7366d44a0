"""Operations on review meetings while they are planned: the meeting and its attendance,
the agenda, agenda templates, issues (with the parking lot), turning an issue into a draft
improvement action, and the minutes' entries (reads: store/repo_meetings.py,
store/repo_meeting_plan.py).

Each is one transaction and one undo step. An ended meeting is locked: these refuse
it with the code `meeting_frozen` before writing (the schema's triggers refuse it too,
and `_base.write` says the same when they do). Running the meeting (its clock, start
and end) is store/ops/meeting_run.py's.
"""

from __future__ import annotations

import datetime
import json
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from perfdesk.core.agenda import MAX_ITEM_MINUTES, NOTE_LIMIT, PlanItem
from perfdesk.core.meeting import AgendaKind, Attendance, Cause, MeetingKind
from perfdesk.store.document import Document
from perfdesk.store.ops._base import (
    Changes,
    OpError,
    OpResult,
    choice,
    name_text,
    number,
    period_key,
    require,
    text_field,
    write,
)
from perfdesk.store.ops._images import Recorder
from perfdesk.store.schema_v3 import MAX_NAME, MAX_TEXT

MINUTE_KINDS = ("information", "decision", "action")
_TEMPLATE_LIMIT = 20_000  # the schema's limit on a template's JSON text


@dataclass(frozen=True)
class MeetingForm:
    """What the meeting form holds; `attendees` are (person id, attendance or None)."""

    title: str
    kind: MeetingKind | str
    date: str  # YYYY-MM-DD
    planned_minutes: float = 120
    start_time: str | None = None  # HH:MM
    place: str = ""
    period: str | None = None
    chair_id: str | None = None
    secretary_id: str | None = None
    minute_taker_id: str | None = None
    attendees: Sequence[tuple[str, Attendance | str | None]] = ()


@dataclass(frozen=True)
class IssueDraft:
    """An issue as the capture form holds it (the questioning three steps)."""

    meeting_id: str | None
    description: str
    cause: Cause | str = Cause.INTERNAL
    agenda_item_id: str | None = None
    related_unit_ids: Sequence[str] = ()
    responsible_unit_id: str | None = None
    solution: str = ""
    owner_id: str | None = None
    due_date: str | None = None
    resource_request: str = ""


# -- checks ---------------------------------------------------------------------------
def _date(text: str | None, what: str, required: bool = False) -> str | None:
    cleaned = (text or "").strip()
    if not cleaned:
        if required:
            raise OpError("empty", field=what)
        return None
    try:
        return datetime.date.fromisoformat(cleaned).isoformat()
    except ValueError:
        raise OpError("bad_date", value=cleaned[:50]) from None


def _clock(text: str | None) -> str | None:
    cleaned = (text or "").strip()
    if not cleaned:
        return None
    try:
        parsed = datetime.time.fromisoformat(cleaned)
    except ValueError:
        raise OpError("bad_time", value=cleaned[:50]) from None
    return f"{parsed.hour:02d}:{parsed.minute:02d}"


def _person(doc: Document, person_id: str | None, what: str) -> str | None:
    if not person_id:
        return None
    require(doc, "people", person_id, what, include_archived=True)
    return person_id


def _unit(doc: Document, unit_id: str | None, what: str) -> str | None:
    if not unit_id:
        return None
    require(doc, "org_units", unit_id, what, include_archived=True)
    return unit_id


def _open_meeting(doc: Document, meeting_id: str) -> dict[str, Any]:
    """The meeting, live and not ended (an ended meeting's record is locked)."""
    row = require(doc, "meetings", meeting_id, "meeting", include_archived=True)
    if row["status"] == "ended":
        raise OpError("meeting_frozen")
    return row


def _minutes(value: Any, number_of: int) -> float:
    minutes = number(value, "agenda_minutes")
    if not 0 < minutes <= MAX_ITEM_MINUTES:
        raise OpError("minutes_range", item=number_of, value=minutes, limit=MAX_ITEM_MINUTES)
    return minutes


# -- meetings ---------------------------------------------------------------------------
def _meeting_values(doc: Document, form: MeetingForm) -> dict[str, Any]:
    length = number(form.planned_minutes, "meeting_length")
    if not 0 < length <= 1440:
        raise OpError("meeting_length")
    return {
        "title": name_text(form.title, "meeting_title"),
        "kind": choice(MeetingKind, form.kind, "meeting_kind").value,
        "date": _date(form.date, "meeting_date", required=True),
        "start_time": _clock(form.start_time),
        "planned_minutes": length,
        "place": text_field(form.place, MAX_NAME, "place"),
        "period": period_key(form.period) if form.period and form.period.strip() else None,
        "chair_id": _person(doc, form.chair_id, "chair"),
        "secretary_id": _person(doc, form.secretary_id, "secretary"),
        "minute_taker_id": _person(doc, form.minute_taker_id, "minute_taker"),
    }


def _attendees(
    doc: Document, record: Recorder, meeting_id: str, wanted: Sequence[tuple[str, Any]]
) -> None:
    """Invite `wanted` in that order with their attendance; others invited before are
    uninvited (the row stays, invited = 0)."""
    rows = []
    seen = set()
    for position, (person_id, attendance) in enumerate(wanted):
        if person_id in seen:
            continue
        seen.add(person_id)
        _person(doc, person_id, "attendee")
        value = choice(Attendance, attendance, "attendance").value if attendance else None
        rows.append(
            ((meeting_id, person_id), {"attendance": value, "invited": 1, "position": position})
        )
    for (person_id,) in doc.conn.execute(
        "SELECT person_id FROM meeting_attendees WHERE meeting_id = ? AND invited = 1",
        (meeting_id,),
    ).fetchall():
        if person_id not in seen:
            rows.append(((meeting_id, person_id), {"invited": 0}))
    record.upsert("meeting_attendees", rows)


def add_meeting(doc: Document, form: MeetingForm) -> OpResult:
    """A new planned meeting with its invited attendees."""
    with write(doc):
        values = _meeting_values(doc, form)
        record = Recorder(doc)
        row_id = record.insert("meetings", {**values, "status": "planned", "notes": ""})
        _attendees(doc, record, row_id, form.attendees)
        changes = Changes(frozenset({"meetings", "meeting_attendees"}), frozenset({row_id}))
        return record.result(changes, row_id)


def edit_meeting(doc: Document, meeting_id: str, form: MeetingForm) -> OpResult:
    """Change a meeting's header and attendance (not once it has ended)."""
    with write(doc):
        _open_meeting(doc, meeting_id)
        values = _meeting_values(doc, form)
        record = Recorder(doc)
        record.update("meetings", (meeting_id,), values)
        _attendees(doc, record, meeting_id, form.attendees)
        changes = Changes(frozenset({"meetings", "meeting_attendees"}), frozenset({meeting_id}))
        return record.result(changes, meeting_id)


# -- the agenda ---------------------------------------------------------------------------
def set_agenda(doc: Document, meeting_id: str, items: Sequence[PlanItem]) -> OpResult:
    """Make the meeting's agenda `items`, in that order: items with an id are updated,
    new ones inserted, stored items left out are marked deleted. One step for any edit,
    reorder, template or prefill."""
    with write(doc) as conn:
        _open_meeting(doc, meeting_id)
        stored = {
            r[0]
            for r in conn.execute(
                "SELECT id FROM agenda_items WHERE meeting_id = ? AND deleted = 0", (meeting_id,)
            )
        }
        rows = []
        for number_of, item in enumerate(items, 1):
            rows.append(
                {
                    "kind": choice(AgendaKind, item.kind, "agenda_kind").value,
                    "title": text_field(item.title, MAX_NAME, "agenda_title"),
                    "speaker_id": _person(doc, item.speaker_id, "speaker"),
                    "unit_id": _unit(doc, item.unit_id, "org_unit"),
                    "planned_minutes": _minutes(item.minutes, number_of),
                    "note": text_field(item.note, NOTE_LIMIT, "agenda_note"),
                }
            )
        record = Recorder(doc)
        kept = {item.id for item in items if item.id in stored}
        ids: list[str] = []
        # Items leaving first, then positions from a free range, so no two rows ever
        # share a position mid-way (the index is not unique, but readers sort by it).
        for gone in sorted(stored - kept):
            record.update("agenda_items", (gone,), {"deleted": 1})
        for position, (item, values) in enumerate(zip(items, rows, strict=True)):
            if item.id in kept:
                assert item.id is not None
                record.update("agenda_items", (item.id,), {**values, "position": position})
                ids.append(item.id)
            else:
                new = {**values, "meeting_id": meeting_id, "position": position, "minutes": ""}
                ids.append(record.insert("agenda_items", new))
        changes = Changes(frozenset({"agenda_items"}), frozenset({meeting_id, *ids}))
        return record.result(changes, meeting_id)


def save_agenda_template(doc: Document, name: str, items: Sequence[PlanItem]) -> OpResult:
    """Save an agenda as a template of the document (speakers are not kept: a template
    is reused for other meetings; the titles, kinds, minutes and notes are)."""
    title = name_text(name, "template_name")
    if not items:
        raise OpError("no_agenda_items")
    body = [
        {
            "kind": choice(AgendaKind, item.kind, "agenda_kind").value,
            "title": text_field(item.title, MAX_NAME, "agenda_title"),
            "minutes": _minutes(item.minutes, number_of),
            "note": text_field(item.note, NOTE_LIMIT, "agenda_note"),
        }
        for number_of, item in enumerate(items, 1)
    ]
    text = json.dumps(body, ensure_ascii=False)
    if len(text) > _TEMPLATE_LIMIT:
        raise OpError("too_long", field="template", length=len(text), limit=_TEMPLATE_LIMIT)
    with write(doc) as conn:
        (order,) = conn.execute(
            "SELECT coalesce(max(sort_order), -1) + 1 FROM agenda_templates WHERE deleted = 0"
        ).fetchone()
        record = Recorder(doc)
        row_id = record.insert(
            "agenda_templates", {"name": title, "items": text, "sort_order": order}
        )
        return record.result(Changes(frozenset({"agenda_templates"}), frozenset({row_id})), row_id)


# -- issues ---------------------------------------------------------------------------------
def _issue_values(doc: Document, draft: IssueDraft) -> dict[str, Any]:
    description = text_field(draft.description, MAX_TEXT, "description")
    if not description:
        raise OpError("empty", field="description")
    if not draft.owner_id:
        raise OpError("empty", field="issue_owner")
    return {
        "description": description,
        "cause": choice(Cause, draft.cause, "cause").value,
        "responsible_unit_id": _unit(doc, draft.responsible_unit_id, "responsible_unit"),
        "owner_id": _person(doc, draft.owner_id, "issue_owner"),
        "due_date": _date(draft.due_date, "due_date"),
        "resource_request": text_field(draft.resource_request, MAX_TEXT, "resource_request"),
        "solution": text_field(draft.solution, MAX_TEXT, "solution"),
    }


def add_issue(doc: Document, draft: IssueDraft) -> OpResult:
    """An issue raised in a meeting (or outside one), with its related departments."""
    with write(doc) as conn:
        values = _issue_values(doc, draft)
        item_id = draft.agenda_item_id
        if draft.meeting_id:
            _open_meeting(doc, draft.meeting_id)
        if item_id:
            found = conn.execute(
                "SELECT meeting_id FROM agenda_items WHERE id = ? AND deleted = 0", (item_id,)
            ).fetchone()
            if found is None or found[0] != draft.meeting_id:
                raise OpError("missing", field="agenda_item")
        related = list(dict.fromkeys(u for u in draft.related_unit_ids if u))
        for unit_id in related:
            _unit(doc, unit_id, "related_unit")
        record = Recorder(doc)
        row_id = record.insert(
            "issues",
            {**values, "meeting_id": draft.meeting_id, "agenda_item_id": item_id, "parked": 0},
        )
        record.upsert("issue_units", [((row_id, u), {"related": 1}) for u in related])
        changes = Changes(frozenset({"issues", "issue_units"}), frozenset({row_id}))
        return record.result(changes, row_id)


def set_issue_parked(doc: Document, issue_id: str, parked: bool) -> OpResult:
    """Put an issue in the parking lot (carried to the next meeting) or take it out."""
    with write(doc):
        issue = require(doc, "issues", issue_id, "issue", include_archived=True)
        if issue["meeting_id"]:
            _open_meeting(doc, issue["meeting_id"])
        record = Recorder(doc)
        record.update("issues", (issue_id,), {"parked": int(parked)})
        return record.result(Changes(frozenset({"issues"}), frozenset({issue_id})), issue_id)


def issue_to_action(doc: Document, issue_id: str, title: str | None = None) -> OpResult:
    """A draft improvement action made from an issue: its title, responsible department,
    owner and due date, linked to the issue. The action's lifecycle is store/ops/actions.py's."""
    with write(doc) as conn:
        issue = require(doc, "issues", issue_id, "issue", include_archived=True)
        if conn.execute(
            "SELECT 1 FROM actions WHERE issue_id = ? AND deleted = 0", (issue_id,)
        ).fetchone():
            raise OpError("issue_has_action")
        text = name_text(
            title if title is not None else issue["description"][:2000], "action_title"
        )
        values = {
            "issue_id": issue_id,
            "title": text[:2000],
            "responsible_unit_id": issue["responsible_unit_id"],
            "owner_id": issue["owner_id"],
            "due_date": issue["due_date"],
            "measures": issue.get("solution") or "",
            "status": "draft",
            "status_reason": "",
        }
        record = Recorder(doc)
        row_id = record.insert("actions", values)
        changes = Changes(frozenset({"actions"}), frozenset({row_id, issue_id}))
        return record.result(changes, row_id)


# -- minutes ---------------------------------------------------------------------------------
def save_minute_entry(
    doc: Document,
    meeting_id: str,
    agenda_item_id: str | None,
    kind: str,
    text: str,
    entry_id: str | None = None,
) -> OpResult:
    """Add an outcome to an agenda item's minutes (information, decision or action), or
    change one (`entry_id`). Emptying an entry's text marks it deleted."""
    if kind not in MINUTE_KINDS:
        raise OpError(
            "bad_choice", field="minute_kind", value=kind, choices=", ".join(MINUTE_KINDS)
        )
    body = text_field(text, MAX_TEXT, "minute_text")
    with write(doc) as conn:
        _open_meeting(doc, meeting_id)
        record = Recorder(doc)
        if entry_id is not None:
            found = conn.execute(
                "SELECT meeting_id FROM minute_entries WHERE id = ? AND deleted = 0", (entry_id,)
            ).fetchone()
            if found is None or found[0] != meeting_id:
                raise OpError("missing", field="minute_entry")
            values: dict[str, Any] = {"kind": kind}
            values.update({"text": body} if body else {"deleted": 1})
            record.update("minute_entries", (entry_id,), values)
            row_id = entry_id
        else:
            if not body:
                raise OpError("empty", field="minute_text")
            if (
                agenda_item_id
                and conn.execute(
                    "SELECT 1 FROM agenda_items WHERE id = ? AND meeting_id = ? AND deleted = 0",
                    (agenda_item_id, meeting_id),
                ).fetchone()
                is None
            ):
                raise OpError("missing", field="agenda_item")
            (position,) = conn.execute(
                "SELECT coalesce(max(position), -1) + 1 FROM minute_entries WHERE meeting_id = ?",
                (meeting_id,),
            ).fetchone()
            row_id = record.insert(
                "minute_entries",
                {
                    "meeting_id": meeting_id,
                    "agenda_item_id": agenda_item_id,
                    "position": position,
                    "kind": kind,
                    "text": body,
                },
            )
        return record.result(Changes(frozenset({"minute_entries"}), frozenset({row_id})), row_id)
