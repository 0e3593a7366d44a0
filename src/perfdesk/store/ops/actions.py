"""Operations on improvement actions, their co-departments, status history and 10-day
reports (reads: store/repo_actions.py).

Each operation is one transaction and one undo step. A status change writes the
action row and appends a row to `action_history` (who, when, from, to, why).
The history is append-only (triggers refuse an update or delete of it), so it is
not restored by an undo like the other rows: the undo (and the redo) appends a row
of its own saying what it put back, inside the same transaction (the Recorder's
refresh hook). The history therefore shows every step, undone ones included.
"""

from __future__ import annotations

import datetime
import functools
import time
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any

from perfdesk.core.actions import (
    FINAL,
    ActionPlan,
    ActionStatus,
    plan_problem,
    proposed_owner,
    refusal,
    report_problem,
    smart_check,
    smart_failures,
    stored_status,
    ten_day,
)
from perfdesk.core.kpi import Direction
from perfdesk.store.document import Document
from perfdesk.store.ops._base import (
    Changes,
    OpError,
    OpResult,
    name_text,
    number,
    require,
    text_field,
    write,
)
from perfdesk.store.ops._images import Recorder
from perfdesk.store.schema_v4 import MAX_TEXT

_TITLE_LIMIT = 2000
_REASON_LIMIT = 2000
_TABLES = frozenset({"actions", "action_units", "action_history"})


@dataclass(frozen=True)
class ActionInput:
    """What the action form gives: the plan of one improvement action.

    `units` are the co-departments, each with its own part of the plan (unit id → plan);
    the responsible department is not among them. An owner other than the seeds' rule
    (`core.actions.proposed_owner`) needs `owner_reason`.
    """

    title: str
    responsible_unit_id: str | None
    owner_id: str | None = None
    owner_reason: str = ""
    units: Mapping[str, str] = field(default_factory=dict)
    start: datetime.date | None = None
    due: datetime.date | None = None
    measures: str = ""
    kpi_id: str | None = None
    goal_id: str | None = None
    baseline: float | None = None
    expected: float | None = None
    issue_id: str | None = None


def owner_by_rule(doc: Document, unit_ids: Sequence[str]) -> str | None:
    """The seeds' owner for these departments: one → its manager, several → the general
    manager (the company unit's manager, else the committee chair)."""
    conn = doc.conn
    managers = {
        str(r[0]): r[1]
        for r in conn.execute(
            "SELECT id, manager_id FROM org_units WHERE deleted = 0 AND archived = 0"
        )
    }
    return proposed_owner(list(unit_ids), managers, general_manager(doc))


def general_manager(doc: Document) -> str | None:
    row = doc.conn.execute(
        "SELECT manager_id FROM org_units WHERE kind = 'company' AND deleted = 0 "
        "AND manager_id IS NOT NULL ORDER BY archived, sort_order LIMIT 1"
    ).fetchone()
    if row is not None:
        return str(row[0])
    row = doc.conn.execute(
        "SELECT id FROM people WHERE committee_role = 'chair' AND deleted = 0 AND archived = 0 "
        "ORDER BY rowid LIMIT 1"
    ).fetchone()
    return None if row is None else str(row[0])


def add_action(doc: Document, plan: ActionInput, actor: str) -> OpResult:
    """A new draft action (from a meeting issue when `plan.issue_id` is set)."""
    values = _checked(plan)
    with write(doc):
        _check_refs(doc, plan)
        owner_reason = _owner_reason(doc, plan)
        record = Recorder(doc)
        row_id = record.insert(
            "actions", {**values, "owner_reason": owner_reason, "status": ActionStatus.DRAFT.value}
        )
        _write_units(record, row_id, plan.units, {})
        _log(doc, row_id, actor, None, ActionStatus.DRAFT, "", plan.owner_id)
        return _result(record, row_id, actor, row_id)


def edit_action(doc: Document, action_id: str, plan: ActionInput, actor: str) -> OpResult:
    """Change an action's plan. A returned action goes back to draft (revised); a final
    one (verified, not achieved, cancelled) is refused."""
    values = _checked(plan)
    with write(doc) as conn:
        action = _action(doc, action_id)
        status = stored_status(action["status"])
        if status in FINAL:
            raise OpError("action_final", status=status.value)
        _check_refs(doc, plan)
        owner_reason = _owner_reason(doc, plan)
        record = Recorder(doc)
        update = {**values, "owner_reason": owner_reason}
        update.pop("issue_id", None)  # where an action came from does not change
        new_status = ActionStatus.DRAFT if status is ActionStatus.RETURNED else status
        update["status"] = new_status.value
        record.update("actions", (action_id,), update)
        existing = {
            str(r[0]): (str(r[1]), int(r[2]))
            for r in conn.execute(
                "SELECT unit_id, plan, removed FROM action_units WHERE action_id = ?",
                (action_id,),
            )
        }
        _write_units(record, action_id, plan.units, existing)
        owner_changed = plan.owner_id != action["owner_id"]
        if new_status is not status or owner_changed:
            _log(
                doc,
                action_id,
                actor,
                status,
                new_status,
                owner_reason if owner_changed else "",
                plan.owner_id if owner_changed else None,
            )
        return _result(record, action_id, actor)


def set_action_status(
    doc: Document,
    action_id: str,
    new: ActionStatus | str,
    actor: str,
    reason: str = "",
    *,
    result_value: float | None = None,
    result_note: str = "",
    on: datetime.date | None = None,
) -> OpResult:
    """Move an action to `new` and log it (who, when, from, to, why).

    Refused: an illegal change (`bad_transition`, with why); returning without a reason;
    submitting a plan that fails the SMART check (`smart_failed`, the letters); verifying
    or closing as not achieved without the measured value (`no_result`).
    """
    target = ActionStatus(new)
    why = text_field(reason, _REASON_LIMIT, "reason")
    note = text_field(result_note, _REASON_LIMIT, "result_note")
    value = None if result_value is None else number(result_value, "result_value")
    closing = target in (ActionStatus.VERIFIED, ActionStatus.NOT_ACHIEVED)
    if target is ActionStatus.RETURNED and not why:
        raise OpError("reason_needed")
    if closing and value is None:
        raise OpError("no_result")
    with write(doc) as conn:
        action = _action(doc, action_id)
        current = stored_status(action["status"])
        code = refusal(current, target)
        if code is not None:
            raise OpError("bad_transition", old=current.value, new=target.value, why=code)
        if target is ActionStatus.SUBMITTED:
            failed = smart_failures(smart_check(action_plan(conn, action)))
            if failed:
                raise OpError(
                    "smart_failed",
                    letters=", ".join(i.letter for i in failed),
                    reasons=", ".join(i.reason for i in failed),
                )
        update: dict[str, Any] = {"status": target.value}
        if target is ActionStatus.RETURNED:
            update["status_reason"] = why
        if closing:
            update |= {
                "result_value": value,
                "result_note": note,
                "verified_on": (on or datetime.date.today()).isoformat(),
            }
        record = Recorder(doc)
        record.update("actions", (action_id,), update)
        _log(doc, action_id, actor, current, target, why, None)
        return _result(record, action_id, actor)


def submit_action(doc: Document, action_id: str, actor: str) -> OpResult:
    return set_action_status(doc, action_id, ActionStatus.SUBMITTED, actor)


def accept_action(doc: Document, action_id: str, actor: str, reason: str = "") -> OpResult:
    return set_action_status(doc, action_id, ActionStatus.OPEN, actor, reason)


def return_action(doc: Document, action_id: str, actor: str, reason: str) -> OpResult:
    return set_action_status(doc, action_id, ActionStatus.RETURNED, actor, reason)


def revise_action(doc: Document, action_id: str, actor: str, reason: str = "") -> OpResult:
    return set_action_status(doc, action_id, ActionStatus.DRAFT, actor, reason)


def mark_done(doc: Document, action_id: str, actor: str, reason: str = "") -> OpResult:
    return set_action_status(doc, action_id, ActionStatus.DONE, actor, reason)


def verify_action(
    doc: Document,
    action_id: str,
    actor: str,
    achieved: bool,
    result_value: float | None,
    note: str = "",
    on: datetime.date | None = None,
) -> OpResult:
    """Close a done action as verified or not achieved, with the measured value."""
    target = ActionStatus.VERIFIED if achieved else ActionStatus.NOT_ACHIEVED
    return set_action_status(
        doc, action_id, target, actor, note, result_value=result_value, result_note=note, on=on
    )


def cancel_action(doc: Document, action_id: str, actor: str, reason: str = "") -> OpResult:
    return set_action_status(doc, action_id, ActionStatus.CANCELLED, actor, reason)


def add_report(
    doc: Document,
    action_id: str,
    day: datetime.date,
    measured_value: float | None,
    progress: float | None,
    note: str = "",
    today: datetime.date | None = None,
) -> OpResult:
    """The 10-day report (旬报) of an open action for the 旬 `day` falls in.

    Refused: a day after today, progress outside 0–100 %, a 旬 that has its report
    already, an action that is not open.
    """
    value = None if measured_value is None else number(measured_value, "measured_value")
    share = None if progress is None else number(progress, "progress")
    text = text_field(note, MAX_TEXT, "report_note")
    now = today or datetime.date.today()
    with write(doc) as conn:
        action = _action(doc, action_id)
        status = stored_status(action["status"])
        if status is not ActionStatus.OPEN:
            raise OpError("report_not_open", status=status.value)
        reported = [
            str(r[0])
            for r in conn.execute(
                "SELECT period FROM action_reports WHERE action_id = ? AND deleted = 0",
                (action_id,),
            )
        ]
        code = report_problem(day, now, share, reported)
        if code == "future":
            raise OpError("report_future", date=day.isoformat())
        if code == "progress_range":
            raise OpError("progress_range")
        period = ten_day(day).key
        if code == "period_reported":
            raise OpError("period_reported", period=period)
        record = Recorder(doc)
        record.upsert(
            "action_reports",
            [
                (
                    (action_id, period),
                    {
                        "report_date": day.isoformat(),
                        "measured_value": value,
                        "progress": share,
                        "note": text,
                        "deleted": 0,
                    },
                )
            ],
        )
        return record.result(
            Changes(frozenset({"action_reports"}), frozenset({action_id})), action_id
        )


# -- helpers ------------------------------------------------------------------------------
def action_plan(conn: Any, action: Mapping[str, Any]) -> ActionPlan:
    """What the SMART check reads of a stored action."""
    kpi = None
    if action["kpi_id"]:
        kpi = conn.execute(
            "SELECT coalesce(nullif(name_zh, ''), name_en), direction FROM kpis WHERE id = ?",
            (action["kpi_id"],),
        ).fetchone()
    return ActionPlan(
        title=action["title"],
        measures=action["measures"] or "",
        kpi_name=None if kpi is None else str(kpi[0]),
        direction=None if kpi is None else Direction(kpi[1]),
        baseline=action["baseline"],
        expected=action["expected"],
        due=_day(action["due_date"]),
        start=_day(action["start_date"]),
        linked=bool(action["issue_id"] or action["goal_id"]),
    )


def _day(text: str | None) -> datetime.date | None:
    return datetime.date.fromisoformat(text) if text else None


def _checked(plan: ActionInput) -> dict[str, Any]:
    title = name_text(plan.title, "action_title")
    if len(title) > _TITLE_LIMIT:
        raise OpError("too_long", field="action_title", length=len(title), limit=_TITLE_LIMIT)
    baseline = None if plan.baseline is None else number(plan.baseline, "baseline")
    expected = None if plan.expected is None else number(plan.expected, "expected")
    if plan.start and plan.due and plan.due < plan.start:
        raise OpError("due_before_start", start=plan.start.isoformat(), due=plan.due.isoformat())
    for unit_plan in plan.units.values():
        text_field(unit_plan, MAX_TEXT, "unit_plan")
    return {
        "issue_id": plan.issue_id,
        "title": title,
        "responsible_unit_id": plan.responsible_unit_id,
        "owner_id": plan.owner_id,
        "start_date": plan.start.isoformat() if plan.start else None,
        "due_date": plan.due.isoformat() if plan.due else None,
        "measures": text_field(plan.measures, MAX_TEXT, "measures"),
        "kpi_id": plan.kpi_id,
        "goal_id": plan.goal_id,
        "baseline": baseline,
        "expected": expected,
    }


def _check_refs(doc: Document, plan: ActionInput) -> None:
    if plan.responsible_unit_id is None:
        raise OpError("empty", field="responsible_unit")
    require(doc, "org_units", plan.responsible_unit_id, "responsible_unit")
    for unit_id in plan.units:
        require(doc, "org_units", unit_id, "co_unit")
    if plan.owner_id is not None:
        require(doc, "people", plan.owner_id, "owner")
    if plan.goal_id is not None:
        goal = require(doc, "goals", plan.goal_id, "goal")
        if plan.kpi_id is None:
            raise OpError("empty", field="kpi")
        if goal["kpi_id"] != plan.kpi_id:
            raise OpError("goal_kpi")
    if plan.issue_id is not None:
        found = doc.conn.execute(
            "SELECT 1 FROM issues WHERE id = ? AND deleted = 0", (plan.issue_id,)
        ).fetchone()
        if found is None:
            raise OpError("missing", field="issue")
    if plan.kpi_id is not None:
        kpi = require(doc, "kpis", plan.kpi_id, "kpi")
        direction = Direction(kpi["direction"])
        code = plan_problem(plan.start, plan.due, direction, plan.baseline, plan.expected)
        if code == "expected_wrong_side":
            raise OpError(
                "expected_wrong_side",
                baseline=plan.baseline,
                expected=plan.expected,
                direction=direction.value,
            )
        if code == "expected_same":
            raise OpError("expected_same")


def _owner_reason(doc: Document, plan: ActionInput) -> str:
    """The reason kept for an owner other than the seeds' rule; required then."""
    reason = text_field(plan.owner_reason, _REASON_LIMIT, "owner_reason")
    units = [u for u in (plan.responsible_unit_id, *plan.units) if u]
    rule = owner_by_rule(doc, units)
    if plan.owner_id is None or plan.owner_id == rule:
        return ""
    if not reason:
        raise OpError("owner_reason_needed")
    return reason


def _action(doc: Document, action_id: str) -> dict[str, Any]:
    cursor = doc.conn.execute("SELECT * FROM actions WHERE id = ? AND deleted = 0", (action_id,))
    values = cursor.fetchone()
    if values is None:
        raise OpError("missing", field="action")
    row = dict(zip([c[0] for c in cursor.description], values, strict=True))
    if row["archived"]:
        raise OpError("archived", field="action")
    return row


def _write_units(
    record: Recorder,
    action_id: str,
    wanted: Mapping[str, str],
    existing: Mapping[str, tuple[str, int]],
) -> None:
    rows = []
    for unit_id, plan in wanted.items():
        text = text_field(plan, MAX_TEXT, "unit_plan")
        if existing.get(unit_id) != (text, 0):
            rows.append(((action_id, unit_id), {"plan": text, "removed": 0}))
    for unit_id, (_plan, removed) in existing.items():
        if unit_id not in wanted and not removed:
            rows.append(((action_id, unit_id), {"removed": 1}))
    if rows:
        record.upsert("action_units", rows)


def _now_ms() -> int:
    return int(time.time() * 1000)


def _log(
    doc: Document,
    action_id: str,
    actor: str,
    old: ActionStatus | None,
    new: ActionStatus | None,
    reason: str,
    owner_id: str | None,
) -> None:
    """Append one row to the action's history (never updated, never deleted)."""
    conn = doc.conn
    seq = conn.execute(
        "SELECT coalesce(max(seq) + 1, 0) FROM action_history WHERE action_id = ?", (action_id,)
    ).fetchone()[0]
    conn.execute(
        "INSERT INTO action_history (action_id, seq, at, actor, from_status, to_status, "
        "owner_id, reason, stamp, source) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
        (
            action_id,
            seq,
            _now_ms(),
            (actor or "").strip()[:200],
            None if old is None else old.value,
            None if new is None else new.value,
            owner_id,
            reason,
            doc.stamp,
            doc.source,
        ),
    )


def _result(record: Recorder, action_id: str, actor: str, row_id: str | None = None) -> OpResult:
    return record.result(
        Changes(_TABLES, frozenset({action_id})),
        row_id,
        refresh=functools.partial(_log_restored, actor=actor),
    )


def _log_restored(doc: Document, written: Sequence[tuple[str, dict[str, Any]]], actor: str) -> None:
    """An undo or redo put actions back: their history says so (from, to, 'undo')."""
    for table, row in written:
        if table != "actions":
            continue
        last = doc.conn.execute(
            "SELECT to_status FROM action_history WHERE action_id = ? ORDER BY seq DESC LIMIT 1",
            (row["id"],),
        ).fetchone()
        before = None if last is None or last[0] is None else ActionStatus(last[0])
        after = None if row["deleted"] else ActionStatus(row["status"])
        if before is not after:
            _log(doc, row["id"], actor, before, after, "", None)
