"""What every operation module shares: errors with codes, results, the write, input checks.

Private to store/ops. Errors carry a `code` and parameters so the window can say
them in the user's language (ui/op_errors.py); the English text built here is for
logs and the details pane only. `write` is the one way an operation enters its
transaction: the write lock first, SQLite's refusals turned into NotSaved, and a
rollback that makes "nothing was saved" true even when COMMIT itself failed.
"""

from __future__ import annotations

import contextlib
import sqlite3
import unicodedata
import weakref
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from typing import Any

from perfdesk.core.fields import FieldFault, stored_number, stored_period, stored_text
from perfdesk.core.split import ERRORS as SPLIT_ERRORS
from perfdesk.store.document import Document
from perfdesk.store.schema_v4 import MAX_NAME

# What each field is called in English messages; the codes are what the UI translates.
FIELDS: dict[str, str] = {
    "unit_name": "unit name",
    "unit_kind": "unit kind",
    "unit_code": "unit code",
    "parent_unit": "parent unit",
    "org_unit": "unit",
    "person": "person",
    "person_name": "name",
    "job_title": "title",
    "email": "email",
    "committee_role": "committee role",
    "employee_no": "employee number",
    "kpi": "KPI",
    "kpi_code": "KPI code",
    "kpi_name": "KPI name",
    "kpi_name_en": "English name",
    "measure_unit": "unit of measure",
    "description": "description",
    "direction": "direction",
    "aggregation": "aggregation",
    "perspective": "perspective",
    "amber_threshold": "amber threshold",
    "red_threshold": "red threshold",
    "numerator_kpi": "numerator KPI",
    "denominator_kpi": "denominator KPI",
    "decimals": "decimals",
    "min_value": "lower bound",
    "max_value": "upper bound",
    "goal": "goal",
    "parent_goal": "parent goal",
    "goal_title": "goal description",
    "weight": "weight",
    "target": "target",
    "upper_target": "upper target",
    "yearly_target": "yearly target",
    "value": "value",
    "value_field": "kind of value",
    "granularity": "granularity",
    "record": "kind of record",
    "deviation_note": "deviation note",
    "gap": "deviation",
    "internal_cause": "internal cause",
    "external_cause": "external cause",
    "internal_measures": "improvement measures",
    "external_needs": "resources needed",
    "action": "action",
    "responsible_unit": "responsible department",
    "co_unit": "co-department",
    "unit_plan": "department's part of the plan",
    "owner": "owner",
    "owner_reason": "reason for the owner",
    "issue": "issue",
    "measures": "measures",
    "baseline": "baseline",
    "expected": "expected result",
    "reason": "reason",
    "result_value": "measured result",
    "result_note": "verification note",
    "measured_value": "measured value",
    "progress": "progress",
    "report_note": "report note",
    "meeting": "meeting",
    "meeting_title": "meeting title",
    "meeting_kind": "type of meeting",
    "meeting_date": "meeting date",
    "meeting_length": "planned length",
    "place": "place",
    "chair": "chair",
    "secretary": "secretary",
    "minute_taker": "minute-taker",
    "attendee": "attendee",
    "attendance": "attendance",
    "agenda_item": "agenda item",
    "agenda_kind": "kind of agenda item",
    "agenda_title": "agenda item title",
    "agenda_minutes": "minutes of an agenda item",
    "agenda_note": "agenda item note",
    "speaker": "speaker",
    "template": "agenda template",
    "template_name": "template name",
    "issue_owner": "owner",
    "cause": "cause",
    "related_unit": "related department",
    "solution": "solution",
    "resource_request": "resource request",
    "due_date": "due date",
    "action_title": "action title",
    "minute_kind": "kind of minute entry",
    "minute_text": "minute entry",
    "minute_entry": "minute entry",
    "reopen_reason": "reason for reopening",
    "share": "share",
    "profile": "seasonal profile",
    "profile_name": "profile name",
    "evaluation": "evaluation",
    "evaluation_rules": "evaluation rules",
    "appeal": "appeal",
    "appeal_reason": "reason for the appeal",
    "appeal_outcome": "outcome of the review",
    "revised_score": "revised score",
}

# English text per code ({field} is a FIELDS code, the rest are parameters).
MESSAGES: dict[str, str] = {
    # input a user can correct
    "empty": "The {field} cannot be empty.",
    "control_characters": "The {field} contains control characters.",
    "too_long": "The {field} is {length} characters long; at most {limit} are allowed.",
    "not_a_number": "The {field} must be a number, not “{value}”.",
    "not_finite": "The {field} must be a finite number.",
    "too_large": "The {field} is too large (at most {limit} either way).",
    "bad_period": "“{text}” is not a valid period ({reason}).",
    "bad_choice": "“{value}” is not a valid {field} (one of {choices}).",
    "missing": "The {field} no longer exists (it may have been removed meanwhile).",
    "archived": "The {field} is archived; restore it first.",
    "company_parent": "A company is the top of the tree and cannot have a parent unit.",
    "unit_needs_parent": "A department or team needs the unit it belongs to.",
    "unit_name_taken": "There is already a unit named “{name}” at this level.",
    "company_move": "The company is the top of the tree and cannot be moved.",
    "unit_loop": "“{name}” cannot move into “{parent}”: that unit is inside it (or is it), "
    "so the tree would make a loop.",
    "unit_not_empty": "The unit still has {people} active people and {units} active units; "
    "move or archive them first.",
    "employee_no_taken": "The employee number “{number}” is already someone else's.",
    "decimals_range": "Decimals must be between 0 and 6.",
    "thresholds": "The red threshold must be above 0 and not above the amber threshold.",
    "ratio_parts": "A ratio KPI needs a numerator KPI and a denominator KPI.",
    "kpi_code_taken": "A KPI with the code “{code}” already exists.",
    "bounds": "The lower bound must not be above the upper bound.",
    "ratio_loop": "A ratio KPI cannot be divided by itself, nor by a KPI built from it.",
    "kpi_in_use": "The KPI is used by {goals} goals and {actions} actions; archive it instead.",
    "goal_other_year": "The parent goal is for {parent}, this goal for {period}: a goal "
    "contributes to a goal of the same year.",
    "target_bounds": "The {field} {value} is outside the KPI's allowed range {low} to {high}.",
    "range_order": "The upper target must not be below the target.",
    "kpi_code_active": "Another active KPI has the code “{code}”; archive it or change "
    "its code before restoring this one.",
    "goal_owner": "A goal belongs to exactly one unit or one person.",
    "weight_range": "The weight must be between 0 and 100 %.",
    "entry_granularity": "Values are entered by month, 10-day period or week.",
    "goal_loop": "That parent goal already depends on this goal; the link would make a loop.",
    "wrong_granularity": "This goal's values are entered by {granularity}, not as {period}.",
    "outside_goal": "{period} lies outside the goal's period {goal_period}.",
    "out_of_range": "{value} for {period} is outside the KPI's allowed range {low} to {high}.",
    "value_locked": "The values for {period} are locked.",
    "no_values": "There are no values to enter.",
    "bad_date": "“{value}” is not a valid date; write it like 2026-03-05.",
    "bad_time": "“{value}” is not a valid time; write it like 09:30.",
    "meeting_length": "A meeting lasts more than 0 and at most 1,440 minutes.",
    "minutes_range": "Agenda item {item} has {value} minutes; give it more than 0 and at most "
    "{limit}.",
    "no_agenda_items": "The agenda has no items.",
    "issue_has_action": "This issue already has an improvement action.",
    "due_before_start": "The due date {due} is before the start date {start}.",
    "expected_wrong_side": "The expected result {expected} is not an improvement on the "
    "baseline {baseline} for a KPI where {direction} is better.",
    "expected_same": "The expected result is the same as the baseline; an action must improve it.",
    "goal_kpi": "The linked goal is on another KPI than the action.",
    "owner_reason_needed": "The owner differs from the rule (a department's manager, the "
    "general manager across departments); say why.",
    "action_final": "The action is {status}; it can no longer be changed.",
    "bad_transition": "An action cannot go from {old} to {new} ({why}).",
    "reason_needed": "Returning an action needs a reason.",
    "smart_failed": "The action fails the SMART check ({reasons}); it was not submitted.",
    "no_result": "Closing an action needs the measured value of its KPI.",
    "report_not_open": "Only an open action gets 10-day reports (this one is {status}).",
    "report_future": "The report date {date} is in the future.",
    "progress_range": "The progress must be between 0 and 100 %.",
    "period_reported": "The 10-day period {period} already has its report.",
    "meeting_running": "The meeting “{title}” is running; end it before starting another.",
    "meeting_not_planned": "The meeting “{title}” has already been started.",
    "meeting_not_running": "The meeting “{title}” is not running.",
    "meeting_not_ended": "The meeting “{title}” has not ended, so there is nothing to reopen.",
    "agenda_empty": "The agenda has no items; add at least one before starting the meeting.",
    "meeting_frozen": "The meeting has ended and its record is locked; reopen it to correct it.",
    "profile_name_taken": "There is already a seasonal profile named “{name}”.",
    "bad_rules": "The evaluation rules are not usable ({problem}).",
    "rules_unchanged": "The evaluation rules are the same as the current version; nothing to save.",
    "evaluation_period": "Evaluations are made for a month, a quarter or a year, not for {period}.",
    "period_evaluated": "{period} has already been evaluated and frozen; view that "
    "evaluation instead.",
    "nothing_to_evaluate": "Nobody has goals for {period}; there is nothing to evaluate.",
    "evaluation_not_frozen": "Only a frozen evaluation can be appealed.",
    "appeal_open": "This evaluation already has an open appeal; decide it first.",
    "appeal_before_freeze": "An appeal cannot be dated before the evaluation was frozen "
    "({frozen}).",
    "appeal_too_late": "The appeal window of {days} days after freezing ended on {deadline}.",
    "appeal_future": "The date {date} is in the future.",
    "appeal_decided": "This appeal was already decided ({status}).",
    "bad_decision": "“{value}” is not a decision (upheld, rejected or revised).",
    "revised_needs_score": "A revised evaluation needs the revised score.",
    "score_only_when_revised": "A revised score is given only when the evaluation is revised.",
    "decided_before_filed": "The decision date {decided} is before the appeal was filed ({filed}).",
    # the write itself failed (NotSaved)
    "busy": "Another window or program is writing to the document; the change was NOT "
    "saved. Try again in a moment.",
    "integrity": "The change clashes with what is in the document (another window or "
    "program may have changed it); the change was NOT saved.",
    "disk_full": "The disk is full; the change was NOT saved. Free some space and try again.",
    "file_read_only": "The file has become write-protected; the change was NOT saved.",
    "io_error": "The file could not be written (disk or network error); the change was NOT "
    "saved. Check the drive and try again.",
    # undo/redo found the file changed under it (UndoConflict)
    "undo_conflict": "The {field} was changed by another window or program since; the step "
    "cannot be undone and nothing was changed.",
    "redo_conflict": "The {field} was changed by another window or program since; the step "
    "cannot be redone and nothing was changed.",
}


# A split or cascade that core/split.py refuses keeps core's code and parameters.
MESSAGES.update(SPLIT_ERRORS)


def format_param(value: Any) -> str:
    """Numbers as people write them (1,000 and 95.5); shared with the UI's parameters."""
    if isinstance(value, bool) or value is None:
        return "any" if value is None else str(value)
    if isinstance(value, int):
        return f"{value:,}"
    if isinstance(value, float):
        return f"{value:,.0f}" if abs(value) >= 1e7 else f"{value:g}"
    return str(value)


class OpError(ValueError):
    """Refused input (or a refused write); nothing was written.

    `code` names the message (a key of MESSAGES), `params` fill it; str(error) is the
    English sentence for logs.
    """

    def __init__(self, code: str, /, **params: Any) -> None:
        self.code = code
        self.params = params
        shown = {
            name: FIELDS.get(value, value) if name == "field" else format_param(value)
            for name, value in params.items()
        }
        try:
            message = MESSAGES[code].format(**shown)
        except (KeyError, IndexError):
            message = f"{code} {params}"  # a code without text must still say something
        super().__init__(message)


class NotSaved(OpError):
    """SQLite refused the write (busy, a constraint, a full disk); it was rolled back.

    `params["detail"]` is SQLite's own message, kept in the English text for logs.
    """

    def __init__(self, code: str, /, **params: Any) -> None:
        super().__init__(code, **params)
        if "detail" in params:
            self.args = (f"{self.args[0]} (SQLite: {params['detail']})",)

    @property
    def retry(self) -> bool:
        """Trying again later can work (the file was only busy)."""
        return self.code == "busy"


class UndoConflict(OpError):
    """An undo or redo found a row changed by someone else since; nothing was written."""


@dataclass(frozen=True)
class Changes:
    """What an operation touched, so the window refreshes only that.

    `cells` are the (goal id, period) values written, so a grid can patch them in place.
    """

    tables: frozenset[str] = frozenset()
    ids: frozenset[str] = frozenset()
    cells: frozenset[tuple[str, str]] = frozenset()

    def __or__(self, other: Changes) -> Changes:
        return Changes(self.tables | other.tables, self.ids | other.ids, self.cells | other.cells)


@dataclass(frozen=True)
class OpResult:
    changes: Changes
    undo: Callable[[Document], OpResult] = field(repr=False)
    row_id: str | None = None  # the row an add_* operation created


# -- the write ------------------------------------------------------------------
@contextlib.contextmanager
def write(doc: Document) -> Iterator[sqlite3.Connection]:
    """doc.transaction() (BEGIN IMMEDIATE: the write lock first) for an operation.

    Everything an operation reads to decide (the before-images included) is read
    inside, so no other writer can change it between the check and the write.
    """
    outer = not doc.conn.in_transaction
    try:
        with doc.transaction() as conn:
            stamp = doc.stamp
            yield conn
    except sqlite3.OperationalError as exc:
        _rollback(doc, outer)
        code = _operational_code(str(exc).lower())
        if code is None:
            raise
        raise NotSaved(code, detail=str(exc)) from exc
    except sqlite3.IntegrityError as exc:
        _rollback(doc, outer)
        if _FROZEN_MEETING in str(exc):  # the ended-meeting triggers' RAISE(ABORT, ...)
            raise NotSaved("meeting_frozen", detail=str(exc)) from exc
        raise NotSaved("integrity", detail=str(exc)) from exc
    except BaseException:
        _rollback(doc, outer)
        raise
    if outer:
        # Only once committed: a rolled-back transaction's stamp is handed out again.
        _written_here.setdefault(doc, set()).add(stamp)


# The stamps of the transactions this Document object committed. Undo checks that a
# row still carries one of them: any other stamp means another writer (another window,
# process or program, even on the same document) changed the row since. One int per
# transaction, not per row, so a session of bulk pastes stays small.
_written_here: weakref.WeakKeyDictionary[Document, set[int]] = weakref.WeakKeyDictionary()


def written_here(doc: Document, stamp: int) -> bool:
    return stamp in _written_here.get(doc, ())


_FROZEN_MEETING = "the meeting has ended"


def _rollback(doc: Document, outer: bool) -> None:
    # A COMMIT refused as busy leaves the transaction open; end it so nothing of the
    # refused change can ride along with the next one.
    if outer and doc.conn.in_transaction:
        doc.conn.execute("ROLLBACK")


def _operational_code(text: str) -> str | None:
    if "locked" in text or "busy" in text:
        return "busy"
    if "full" in text:
        return "disk_full"
    if "readonly" in text or "read-only" in text:
        return "file_read_only"
    if "disk i/o" in text or "unable to open" in text:  # e.g. no journal could be made
        return "io_error"
    return None  # anything else is a bug or damage: the crash dialog's business


# -- reading rows the operation depends on -----------------------------------------
# Entity tables the generic helpers may touch (names are never taken from input).
ENTITY_TABLES = {
    "org_units": "org_unit",
    "people": "person",
    "kpis": "kpi",
    "goals": "goal",
    "period_profiles": "profile",
    "meetings": "meeting",
    "agenda_items": "agenda_item",
    "issues": "issue",
    "actions": "action",
    "minute_entries": "minute_entry",
    "agenda_templates": "template",
    "evaluation_rules": "evaluation_rules",
    "evaluations": "evaluation",
    "appeals": "appeal",
}


def require(
    doc: Document, table: str, row_id: str, what: str, include_archived: bool = False
) -> dict[str, Any]:
    """The live row `row_id` of `table`, or OpError(missing/archived, field=what)."""
    assert table in ENTITY_TABLES
    cursor = doc.conn.execute(f'SELECT * FROM "{table}" WHERE id = ? AND deleted = 0', (row_id,))
    values = cursor.fetchone()
    if values is None:
        raise OpError("missing", field=what)
    row = dict(zip([c[0] for c in cursor.description], values, strict=True))
    if not include_archived and row.get("archived"):
        raise OpError("archived", field=what)
    return row


# -- input checks -------------------------------------------------------------------
_INVISIBLE = frozenset({"Cf", "Zs", "Zl", "Zp"})  # format characters and separators


def name_text(text: str, what: str) -> str:
    """A name: a text with at least one visible character. Zero-width and other format
    characters alone (U+200B, U+FEFF, U+2060, a lone U+202E) would name nothing anyone
    can see or pick, so they are refused as empty."""
    cleaned = text_field(text, MAX_NAME, what)
    if all(ch.isspace() or unicodedata.category(ch) in _INVISIBLE for ch in cleaned):
        raise OpError("empty", field=what)
    return cleaned


def text_field(text: str, limit: int, what: str) -> str:
    """`text` trimmed (core.fields.stored_text), or OpError naming `what`."""
    try:
        return stored_text(text, limit)
    except FieldFault as fault:
        raise OpError(fault.code, field=what, **fault.params) from None


def number(value: Any, what: str) -> float:
    """`value` as stored (core.fields.stored_number), or OpError naming `what`."""
    try:
        return stored_number(value)
    except FieldFault as fault:
        raise OpError(fault.code, field=what, **fault.params) from None


def period_key(text: str) -> str:
    """The period key of `text` (core.fields.stored_period), or OpError."""
    try:
        return stored_period(text)
    except FieldFault as fault:
        raise OpError(fault.code, **fault.params) from None


def choice(kind: Any, value: Any, what: str) -> Any:
    try:
        return kind(value)
    except ValueError:
        choices = ", ".join(member.value for member in kind)
        raise OpError("bad_choice", field=what, value=str(value)[:50], choices=choices) from None
