"""Operations: every change a user makes to a document, one transaction each, with its undo.

Reading and writing are apart: `store/repo_*.py` read, these modules write, and
nothing else in the program changes a document's rows. One module per subject
(`org`, `kpis`, `goals` for goals and their values, `cascade` for cascading
goals and splitting targets over periods, `profiles` for seasonal profiles,
`meetings` for planning meetings, issues and minutes, `meeting_run` for the running
meeting's clock, `actions` for improvement actions and their 10-day reports,
`evaluations` for the rules, frozen evaluations and appeals, `archive` for any
entity);
`_base` (errors with codes, results, the write, input checks) and `_images`
(before-images and restoring them) are theirs alone. Callers use the package:
`from perfdesk.store import ops; ops.set_values(doc, cells)`.

How an operation runs. It takes the write lock first (`BEGIN IMMEDIATE`, through
`_base.write`), so what it reads is what its writes are based on; it checks the
input inside that transaction, reading the rows it depends on; it reads the
before-image of every row it is about to touch (all columns but stamp and
source); it writes — entities by insert or update, values by upsert on their
natural key — with the transaction's one stamp and this document's source; and it
commits. Refused input raises OpError with a code and parameters, and nothing is
written. When SQLite refuses (another writer holds the lock past the busy timeout,
a constraint fails, the disk is full) the transaction is rolled back, even a
failed COMMIT's, and NotSaved says the change was not saved.

How undo works. An operation returns an OpResult: the Changes it made (tables,
row ids and the (goal, period) cells, so the window refreshes only that) and its
undo, a function of the document. The undo does not run the operation again with
old arguments; it writes the stored before-images back, exactly (NULLs included),
in one transaction and without the user-facing checks, so a rule that changed
since cannot refuse it halfway. Its result's undo is the redo, writing the
after-images (built from what the operation wrote, not read back, except rows
SQLite fills in itself such as a new entity's key; see _images). Nothing is
deleted on the way: undoing an added entity marks it
deleted (a tombstone a merge can carry) and its redo clears the mark, keeping the
id; undoing the first value of a cell leaves the row with nothing in it. Stamps
only move forward, so the restored rows get a new stamp, not their old one.

Before writing, an undo (or redo) compares each row with what the step left: the
same values, this document's source and a stamp this Document object itself
wrote. Anything else means another window or process changed the row since, and
the undo raises UndoConflict without writing anything; the window then says so
and clears its undo history, so the history never points at a state the file is
not in. A paste of many cells is one operation, so one undo step: one transaction
and one list of before-images, never one inverse per cell.
"""

from __future__ import annotations

from perfdesk.store.ops._base import (
    FIELDS,
    MESSAGES,
    Changes,
    NotSaved,
    OpError,
    OpResult,
    UndoConflict,
    format_param,
)
from perfdesk.store.ops.actions import (
    ActionInput,
    accept_action,
    add_action,
    add_report,
    cancel_action,
    edit_action,
    mark_done,
    owner_by_rule,
    return_action,
    revise_action,
    set_action_status,
    submit_action,
    verify_action,
)
from perfdesk.store.ops.archive import set_archived
from perfdesk.store.ops.cascade import (
    cascade_goal,
    cascade_goals,
    cascade_two_levels,
    plan_split,
    split_goal_target,
    split_goal_targets,
)
from perfdesk.store.ops.evaluations import (
    decide_appeal,
    evaluate_period,
    file_appeal,
    save_rules,
)
from perfdesk.store.ops.goals import (
    NOTE_FIELDS,
    VALUE_FIELDS,
    Cell,
    add_goal,
    check_deviation_note,
    check_goal,
    check_values,
    edit_goal,
    latest_actual_month,
    move_goal,
    set_actual,
    set_deviation_note,
    set_goal_parent,
    set_period_closed,
    set_values,
    write_checked_actuals,
    write_values,
)
from perfdesk.store.ops.kpis import (
    add_kpi,
    add_library_kpis,
    check_kpi,
    delete_kpi,
    edit_kpi,
    kpi_fields,
)
from perfdesk.store.ops.meeting_run import (
    end_meeting,
    record_event,
    reopen_meeting,
    start_meeting,
)
from perfdesk.store.ops.meetings import (
    MINUTE_KINDS,
    IssueDraft,
    MeetingForm,
    add_issue,
    add_meeting,
    edit_meeting,
    issue_to_action,
    save_agenda_template,
    save_minute_entry,
    set_agenda,
    set_issue_parked,
)
from perfdesk.store.ops.org import (
    add_org_unit,
    add_person,
    edit_org_unit,
    edit_person,
    move_org_unit,
    move_person,
    rename_org_unit,
    set_unit_details,
    set_unit_manager,
)
from perfdesk.store.ops.profiles import archive_profile, save_profile

__all__ = [
    "FIELDS",
    "MESSAGES",
    "MINUTE_KINDS",
    "NOTE_FIELDS",
    "VALUE_FIELDS",
    "ActionInput",
    "Cell",
    "Changes",
    "IssueDraft",
    "MeetingForm",
    "NotSaved",
    "OpError",
    "OpResult",
    "UndoConflict",
    "accept_action",
    "add_action",
    "add_goal",
    "add_issue",
    "add_kpi",
    "add_library_kpis",
    "add_meeting",
    "add_org_unit",
    "add_person",
    "add_report",
    "archive_profile",
    "cancel_action",
    "cascade_goal",
    "cascade_goals",
    "cascade_two_levels",
    "check_deviation_note",
    "check_goal",
    "check_kpi",
    "check_values",
    "decide_appeal",
    "delete_kpi",
    "edit_action",
    "edit_goal",
    "edit_kpi",
    "edit_meeting",
    "edit_org_unit",
    "edit_person",
    "end_meeting",
    "evaluate_period",
    "file_appeal",
    "format_param",
    "issue_to_action",
    "kpi_fields",
    "latest_actual_month",
    "mark_done",
    "move_goal",
    "move_org_unit",
    "move_person",
    "owner_by_rule",
    "plan_split",
    "record_event",
    "rename_org_unit",
    "reopen_meeting",
    "return_action",
    "revise_action",
    "save_agenda_template",
    "save_minute_entry",
    "save_profile",
    "save_rules",
    "set_action_status",
    "set_actual",
    "set_agenda",
    "set_archived",
    "set_deviation_note",
    "set_goal_parent",
    "set_issue_parked",
    "set_period_closed",
    "set_unit_details",
    "set_unit_manager",
    "set_values",
    "split_goal_target",
    "split_goal_targets",
    "start_meeting",
    "submit_action",
    "verify_action",
    "write_checked_actuals",
    "write_values",
]
