"""Planning operations: each writes one transaction, undoes to the start, redoes, and an
ended meeting refuses them with a clear code."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

from perfdesk.core.agenda import WEEKLY_90, PlanItem, template_items
from perfdesk.core.meeting import AgendaKind
from perfdesk.store import ops
from perfdesk.store.document import Document
from perfdesk.store.ops import IssueDraft, MeetingForm, NotSaved, OpError, OpResult
from perfdesk.store.repo_meeting_plan import (
    backlog,
    issue_lines,
    meeting_form,
    minute_entries,
    plan_items,
    templates,
)

TABLES = (
    "meetings",
    "meeting_attendees",
    "agenda_items",
    "issues",
    "issue_units",
    "actions",
    "minute_entries",
    "agenda_templates",
)


@pytest.fixture
def doc(tmp_path: Path):  # type: ignore[no-untyped-def]
    with Document.create(tmp_path / "m.perfdesk") as document:
        yield document


@pytest.fixture
def org(doc: Document) -> dict[str, str]:
    company = ops.add_org_unit(doc, "华信科技", "company").row_id or ""
    sales = ops.add_org_unit(doc, "销售部", "department", company).row_id or ""
    plant = ops.add_org_unit(doc, "生产部", "department", company).row_id or ""
    boss = ops.add_person(doc, "赵总", company, committee_role="chair").row_id or ""
    wang = ops.add_person(doc, "王磊", sales, committee_role="representative").row_id or ""
    li = ops.add_person(doc, "李娜", plant, committee_role="secretary").row_id or ""
    ops.set_unit_manager(doc, sales, wang)
    return {
        "company": company,
        "sales": sales,
        "plant": plant,
        "boss": boss,
        "wang": wang,
        "li": li,
    }


def dump(doc: Document) -> list[tuple[Any, ...]]:
    """What a user can see of the meeting tables: live rows, no stamps; an uninvited
    attendee or an unrelated department is no row."""
    rows: list[tuple[Any, ...]] = []
    for table in TABLES:
        columns = [r[1] for r in doc.conn.execute(f"PRAGMA table_info({table})")]
        keep = [c for c in columns if c not in ("created", "stamp", "source")]
        where = "deleted = 0" if "deleted" in columns else "1"
        if table == "meeting_attendees":
            where = "invited = 1"
        if table == "issue_units":
            where = "related = 1"
        sql = f"SELECT {', '.join(keep)} FROM {table} WHERE {where}"
        rows += sorted(((table, *r) for r in doc.conn.execute(sql)), key=repr)
    return rows


def _form(org: dict[str, str], **changes: Any) -> MeetingForm:
    values: dict[str, Any] = {
        "title": "三月业绩跟踪会议",
        "kind": "monthly",
        "date": "2026-04-03",
        "planned_minutes": 90,
        "start_time": "09:00",
        "place": "三楼会议室",
        "period": "2026-03",
        "chair_id": org["boss"],
        "secretary_id": org["li"],
        "attendees": [(org["boss"], "present"), (org["wang"], "late"), (org["li"], None)],
    }
    values.update(changes)
    return MeetingForm(**values)


def _undo_redo(doc: Document, step: Callable[[], OpResult]) -> OpResult:
    """Run `step`; its undo returns the dump to the start and its redo to the end."""
    start = dump(doc)
    done = step()
    end = dump(doc)
    assert end != start
    redo = done.undo(doc)
    assert dump(doc) == start
    redo.undo(doc)
    assert dump(doc) == end
    return done


def test_add_and_edit_a_meeting_with_attendance(doc: Document, org: dict[str, str]) -> None:
    meeting = _undo_redo(doc, lambda: ops.add_meeting(doc, _form(org))).row_id or ""
    form = meeting_form(doc.conn, meeting)
    assert form is not None and form.start_time == "09:00" and form.period == "2026-03"
    assert [(p, a and a.value) for p, a in form.attendees] == [
        (org["boss"], "present"),
        (org["wang"], "late"),
        (org["li"], None),
    ]
    edited = _form(
        org, title="三月质询会", attendees=[(org["wang"], "absent")], planned_minutes=120
    )
    _undo_redo(doc, lambda: ops.edit_meeting(doc, meeting, edited))
    form = meeting_form(doc.conn, meeting)
    assert form is not None and form.title == "三月质询会" and form.planned_minutes == 120
    assert [p for p, _a in form.attendees] == [org["wang"]]  # the others uninvited


@pytest.mark.parametrize(
    ("changes", "code"),
    [
        ({"title": "  "}, "empty"),
        ({"date": "2026-13-01"}, "bad_date"),
        ({"start_time": "25:00"}, "bad_time"),
        ({"planned_minutes": 0}, "meeting_length"),
        ({"period": "March"}, "bad_period"),
        ({"kind": "weekly"}, "bad_choice"),
        ({"chair_id": "nobody"}, "missing"),
        ({"attendees": [("nobody", None)]}, "missing"),
    ],
)
def test_a_bad_meeting_form_writes_nothing(
    doc: Document, org: dict[str, str], changes: dict[str, Any], code: str
) -> None:
    start = dump(doc)
    with pytest.raises(OpError) as refused:
        ops.add_meeting(doc, _form(org, **changes))
    assert refused.value.code == code
    assert dump(doc) == start


@pytest.fixture
def meeting(doc: Document, org: dict[str, str]) -> str:
    return ops.add_meeting(doc, _form(org)).row_id or ""


def test_set_agenda_inserts_reorders_and_removes_as_one_step(doc: Document, meeting: str) -> None:
    weekly = template_items(WEEKLY_90, "en")
    _undo_redo(doc, lambda: ops.set_agenda(doc, meeting, weekly))
    stored = plan_items(doc.conn, meeting)
    assert [i.minutes for i in stored] == [5, 5, 5, 5, 5, 60, 5]
    # Move the check-in down, drop the headlines, add a note: one step.
    changed = [stored[1], stored[0], *stored[2:3], *stored[4:]]
    changed[0] = PlanItem(**{**changed[0].__dict__, "note": "看本月计分卡"})
    _undo_redo(doc, lambda: ops.set_agenda(doc, meeting, changed))
    after = plan_items(doc.conn, meeting)
    assert [i.title for i in after] == [
        "Scorecard",
        "Check-in",
        "Goals",
        "To-do list",
        "Issue solving",
        "Conclude",
    ]
    assert after[0].note == "看本月计分卡" and after[0].id == stored[1].id


@pytest.mark.parametrize("minutes", [0, -5, 601])
def test_an_item_without_positive_minutes_is_refused(
    doc: Document, meeting: str, minutes: float
) -> None:
    start = dump(doc)
    with pytest.raises(OpError) as refused:
        ops.set_agenda(doc, meeting, [PlanItem(AgendaKind.OPENING, "开场", minutes)])
    assert refused.value.code == "minutes_range" and refused.value.params["item"] == 1
    assert dump(doc) == start


def test_save_an_agenda_as_a_template(doc: Document) -> None:
    items = template_items(WEEKLY_90, "zh")
    _undo_redo(doc, lambda: ops.save_agenda_template(doc, "我的周会", items))
    [(_id, name, saved)] = templates(doc.conn)
    assert name == "我的周会" and [i.minutes for i in saved] == [5, 5, 5, 5, 5, 60, 5]
    with pytest.raises(OpError, match="no items"):
        ops.save_agenda_template(doc, "空", [])


def _issue(meeting: str, org: dict[str, str], **changes: Any) -> IssueDraft:
    values: dict[str, Any] = {
        "meeting_id": meeting,
        "description": "华东区回款逾期 120 万元",
        "cause": "external",
        "related_unit_ids": [org["plant"]],
        "responsible_unit_id": org["sales"],
        "solution": "每周核对应收",
        "owner_id": org["wang"],
        "due_date": "2026-04-30",
        "resource_request": "财务部每周提供应收明细",
    }
    values.update(changes)
    return IssueDraft(**values)


def test_an_issue_its_action_and_the_parking_lot(
    doc: Document, org: dict[str, str], meeting: str
) -> None:
    issue = _undo_redo(doc, lambda: ops.add_issue(doc, _issue(meeting, org))).row_id or ""
    [line] = issue_lines(doc.conn, meeting)
    assert line.solution == "每周核对应收" and line.action_id is None
    action = _undo_redo(doc, lambda: ops.issue_to_action(doc, issue)).row_id
    [line] = issue_lines(doc.conn, meeting)
    assert line.action_id == action and line.action_status == "draft"
    row = doc.conn.execute(
        "SELECT title, responsible_unit_id, owner_id, due_date, issue_id, measures FROM actions"
    ).fetchone()
    assert row == (
        "华东区回款逾期 120 万元",
        org["sales"],
        org["wang"],
        "2026-04-30",
        issue,
        "每周核对应收",
    )
    with pytest.raises(OpError) as twice:
        ops.issue_to_action(doc, issue)
    assert twice.value.code == "issue_has_action"
    # Parked issues without an action reach the next meeting's parking lot.
    other = ops.add_issue(doc, _issue(meeting, org, description="交付周期过长")).row_id or ""
    _undo_redo(doc, lambda: ops.set_issue_parked(doc, other, True))
    nxt = ops.add_meeting(doc, _form(org, date="2026-05-05")).row_id or ""
    assert [(e.kind, e.text) for e in backlog(doc.conn, nxt)] == [("issue", "交付周期过长")]


@pytest.mark.parametrize(
    ("changes", "field"),
    [({"description": " "}, "description"), ({"owner_id": None}, "issue_owner")],
)
def test_an_issue_needs_a_description_and_an_owner(
    doc: Document, org: dict[str, str], meeting: str, changes: dict[str, Any], field: str
) -> None:
    with pytest.raises(OpError) as refused:
        ops.add_issue(doc, _issue(meeting, org, **changes))
    assert (refused.value.code, refused.value.params["field"]) == ("empty", field)


def test_minute_entries_are_added_changed_and_cleared(doc: Document, meeting: str) -> None:
    ops.set_agenda(doc, meeting, template_items(WEEKLY_90, "zh"))
    item = plan_items(doc.conn, meeting)[5].id
    entry = _undo_redo(
        doc, lambda: ops.save_minute_entry(doc, meeting, item, "decision", "四月起每周对账")
    ).row_id
    _undo_redo(doc, lambda: ops.save_minute_entry(doc, meeting, item, "action", "王磊负责", entry))
    [shown] = minute_entries(doc.conn, meeting)
    assert (shown.kind, shown.text, shown.agenda_item_id) == ("action", "王磊负责", item)
    _undo_redo(doc, lambda: ops.save_minute_entry(doc, meeting, item, "action", "", entry))
    assert minute_entries(doc.conn, meeting) == []
    with pytest.raises(OpError):
        ops.save_minute_entry(doc, meeting, item, "opinion", "x")


def test_an_ended_meeting_refuses_planning_with_a_clear_code(
    doc: Document, org: dict[str, str], meeting: str
) -> None:
    ops.set_agenda(doc, meeting, template_items(WEEKLY_90, "zh"))
    item = plan_items(doc.conn, meeting)[0].id
    with doc.transaction() as conn:
        conn.execute("UPDATE meetings SET status = 'ended' WHERE id = ?", (meeting,))
    start = dump(doc)
    refusals = [
        lambda: ops.set_agenda(doc, meeting, []),
        lambda: ops.edit_meeting(doc, meeting, _form(org)),
        lambda: ops.add_issue(doc, _issue(meeting, org)),
        lambda: ops.save_minute_entry(doc, meeting, item, "information", "补记"),
    ]
    for refused in refusals:
        with pytest.raises(OpError) as error:
            refused()
        assert error.value.code == "meeting_frozen"
    # The schema's own trigger says the same through the write.
    from perfdesk.store.ops._base import write

    with pytest.raises(NotSaved) as locked, write(doc) as conn:
        conn.execute("UPDATE agenda_items SET title = 'x' WHERE id = ?", (item,))
    assert locked.value.code == "meeting_frozen"
    assert dump(doc) == start


def test_the_committee_representatives_speak_for_their_departments(
    doc: Document, org: dict[str, str]
) -> None:
    from perfdesk.store.repo_meeting_plan import representatives

    # Only sales has a committee representative: the committee reviews sales.
    assert [(r.unit_id, r.person_id) for r in representatives(doc.conn)] == [
        (org["sales"], org["wang"])
    ]
    ops.edit_person(doc, org["wang"], "王磊", committee_role=None)
    ops.set_unit_manager(doc, org["plant"], org["li"])
    # Nobody holds the role: each department with a manager speaks through them.
    assert {(r.unit_id, r.person_id) for r in representatives(doc.conn)} == {
        (org["sales"], org["wang"]),
        (org["plant"], org["li"]),
    }
