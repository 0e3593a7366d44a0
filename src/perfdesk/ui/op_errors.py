"""Saying why a change was refused or not saved, in the user's language.

Operations raise errors with a code and parameters (store/ops); this module owns
the translated sentence for each code and for each field a message can name.
The English text the store builds goes to logs only. A test keeps these tables
in step with the store's codes.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication
from PySide6.QtWidgets import QMessageBox, QWidget

from perfdesk.core.periods import PeriodError, format_period, parse_period
from perfdesk.ui.errors import show_message
from perfdesk.ui.text import fill

_CONTEXT = "OpErrors"

# What a message calls each field (the store's FIELDS codes).
FIELD_LABELS: dict[str, Any] = {
    "unit_name": QT_TRANSLATE_NOOP("OpErrors", "unit name"),
    "unit_kind": QT_TRANSLATE_NOOP("OpErrors", "unit kind"),
    "unit_code": QT_TRANSLATE_NOOP("OpErrors", "unit code"),
    "parent_unit": QT_TRANSLATE_NOOP("OpErrors", "parent unit"),
    "org_unit": QT_TRANSLATE_NOOP("OpErrors", "unit"),
    "person": QT_TRANSLATE_NOOP("OpErrors", "person"),
    "person_name": QT_TRANSLATE_NOOP("OpErrors", "name"),
    "job_title": QT_TRANSLATE_NOOP("OpErrors", "title"),
    "email": QT_TRANSLATE_NOOP("OpErrors", "email"),
    "committee_role": QT_TRANSLATE_NOOP("OpErrors", "committee role"),
    "employee_no": QT_TRANSLATE_NOOP("OpErrors", "employee number"),
    "kpi": QT_TRANSLATE_NOOP("OpErrors", "KPI"),
    "kpi_code": QT_TRANSLATE_NOOP("OpErrors", "KPI code"),
    "kpi_name": QT_TRANSLATE_NOOP("OpErrors", "KPI name"),
    "kpi_name_en": QT_TRANSLATE_NOOP("OpErrors", "English name"),
    "measure_unit": QT_TRANSLATE_NOOP("OpErrors", "unit of measure"),
    "description": QT_TRANSLATE_NOOP("OpErrors", "description"),
    "direction": QT_TRANSLATE_NOOP("OpErrors", "direction"),
    "aggregation": QT_TRANSLATE_NOOP("OpErrors", "aggregation"),
    "perspective": QT_TRANSLATE_NOOP("OpErrors", "perspective"),
    "amber_threshold": QT_TRANSLATE_NOOP("OpErrors", "amber threshold"),
    "red_threshold": QT_TRANSLATE_NOOP("OpErrors", "red threshold"),
    "numerator_kpi": QT_TRANSLATE_NOOP("OpErrors", "numerator KPI"),
    "denominator_kpi": QT_TRANSLATE_NOOP("OpErrors", "denominator KPI"),
    "decimals": QT_TRANSLATE_NOOP("OpErrors", "decimals"),
    "min_value": QT_TRANSLATE_NOOP("OpErrors", "lower bound"),
    "max_value": QT_TRANSLATE_NOOP("OpErrors", "upper bound"),
    "goal": QT_TRANSLATE_NOOP("OpErrors", "goal"),
    "parent_goal": QT_TRANSLATE_NOOP("OpErrors", "parent goal"),
    "goal_title": QT_TRANSLATE_NOOP("OpErrors", "goal description"),
    "weight": QT_TRANSLATE_NOOP("OpErrors", "weight"),
    "target": QT_TRANSLATE_NOOP("OpErrors", "target"),
    "upper_target": QT_TRANSLATE_NOOP("OpErrors", "upper target"),
    "yearly_target": QT_TRANSLATE_NOOP("OpErrors", "yearly target"),
    "value": QT_TRANSLATE_NOOP("OpErrors", "value"),
    "value_field": QT_TRANSLATE_NOOP("OpErrors", "kind of value"),
    "granularity": QT_TRANSLATE_NOOP("OpErrors", "granularity"),
    "record": QT_TRANSLATE_NOOP("OpErrors", "kind of record"),
    "deviation_note": QT_TRANSLATE_NOOP("OpErrors", "deviation note"),
    "gap": QT_TRANSLATE_NOOP("OpErrors", "deviation"),
    "internal_cause": QT_TRANSLATE_NOOP("OpErrors", "internal cause"),
    "external_cause": QT_TRANSLATE_NOOP("OpErrors", "external cause"),
    "internal_measures": QT_TRANSLATE_NOOP("OpErrors", "improvement measures"),
    "external_needs": QT_TRANSLATE_NOOP("OpErrors", "resources needed"),
    "action": QT_TRANSLATE_NOOP("OpErrors", "action"),
    "responsible_unit": QT_TRANSLATE_NOOP("OpErrors", "responsible department"),
    "co_unit": QT_TRANSLATE_NOOP("OpErrors", "co-department"),
    "unit_plan": QT_TRANSLATE_NOOP("OpErrors", "department's part of the plan"),
    "owner": QT_TRANSLATE_NOOP("OpErrors", "owner"),
    "owner_reason": QT_TRANSLATE_NOOP("OpErrors", "reason for the owner"),
    "issue": QT_TRANSLATE_NOOP("OpErrors", "issue"),
    "measures": QT_TRANSLATE_NOOP("OpErrors", "measures"),
    "baseline": QT_TRANSLATE_NOOP("OpErrors", "baseline"),
    "expected": QT_TRANSLATE_NOOP("OpErrors", "expected result"),
    "reason": QT_TRANSLATE_NOOP("OpErrors", "reason"),
    "result_value": QT_TRANSLATE_NOOP("OpErrors", "measured result"),
    "result_note": QT_TRANSLATE_NOOP("OpErrors", "verification note"),
    "measured_value": QT_TRANSLATE_NOOP("OpErrors", "measured value"),
    "progress": QT_TRANSLATE_NOOP("OpErrors", "progress"),
    "report_note": QT_TRANSLATE_NOOP("OpErrors", "report note"),
    "meeting": QT_TRANSLATE_NOOP("OpErrors", "meeting"),
    "meeting_title": QT_TRANSLATE_NOOP("OpErrors", "meeting title"),
    "meeting_kind": QT_TRANSLATE_NOOP("OpErrors", "type of meeting"),
    "meeting_date": QT_TRANSLATE_NOOP("OpErrors", "meeting date"),
    "meeting_length": QT_TRANSLATE_NOOP("OpErrors", "planned length"),
    "place": QT_TRANSLATE_NOOP("OpErrors", "place"),
    "chair": QT_TRANSLATE_NOOP("OpErrors", "chair"),
    "secretary": QT_TRANSLATE_NOOP("OpErrors", "secretary"),
    "minute_taker": QT_TRANSLATE_NOOP("OpErrors", "minute-taker"),
    "attendee": QT_TRANSLATE_NOOP("OpErrors", "attendee"),
    "attendance": QT_TRANSLATE_NOOP("OpErrors", "attendance"),
    "agenda_item": QT_TRANSLATE_NOOP("OpErrors", "agenda item"),
    "agenda_kind": QT_TRANSLATE_NOOP("OpErrors", "kind of agenda item"),
    "agenda_title": QT_TRANSLATE_NOOP("OpErrors", "agenda item title"),
    "agenda_minutes": QT_TRANSLATE_NOOP("OpErrors", "minutes of an agenda item"),
    "agenda_note": QT_TRANSLATE_NOOP("OpErrors", "agenda item note"),
    "speaker": QT_TRANSLATE_NOOP("OpErrors", "speaker"),
    "template": QT_TRANSLATE_NOOP("OpErrors", "agenda template"),
    "template_name": QT_TRANSLATE_NOOP("OpErrors", "template name"),
    "issue_owner": QT_TRANSLATE_NOOP("OpErrors", "owner"),
    "cause": QT_TRANSLATE_NOOP("OpErrors", "cause"),
    "related_unit": QT_TRANSLATE_NOOP("OpErrors", "related department"),
    "solution": QT_TRANSLATE_NOOP("OpErrors", "solution"),
    "resource_request": QT_TRANSLATE_NOOP("OpErrors", "resource request"),
    "due_date": QT_TRANSLATE_NOOP("OpErrors", "due date"),
    "action_title": QT_TRANSLATE_NOOP("OpErrors", "action title"),
    "minute_kind": QT_TRANSLATE_NOOP("OpErrors", "kind of minute entry"),
    "minute_text": QT_TRANSLATE_NOOP("OpErrors", "minute entry"),
    "minute_entry": QT_TRANSLATE_NOOP("OpErrors", "minute entry"),
    "reopen_reason": QT_TRANSLATE_NOOP("OpErrors", "reason for reopening"),
    "share": QT_TRANSLATE_NOOP("OpErrors", "share"),
    "profile": QT_TRANSLATE_NOOP("OpErrors", "seasonal profile"),
    "profile_name": QT_TRANSLATE_NOOP("OpErrors", "profile name"),
    "evaluation": QT_TRANSLATE_NOOP("OpErrors", "evaluation"),
    "evaluation_rules": QT_TRANSLATE_NOOP("OpErrors", "evaluation rules"),
    "appeal": QT_TRANSLATE_NOOP("OpErrors", "appeal"),
    "appeal_reason": QT_TRANSLATE_NOOP("OpErrors", "reason for the appeal"),
    "appeal_outcome": QT_TRANSLATE_NOOP("OpErrors", "outcome of the review"),
    "revised_score": QT_TRANSLATE_NOOP("OpErrors", "revised score"),
}

# Why a status change was refused (core.actions.refusal codes).
_TRANSITIONS = {
    "overdue_derived": QT_TRANSLATE_NOOP(
        "OpErrors", "overdue follows from the due date and is never set"
    ),
    "same_status": QT_TRANSLATE_NOOP("OpErrors", "the action already has this status"),
    "final": QT_TRANSLATE_NOOP("OpErrors", "a verified, not achieved or cancelled action is final"),
    "needs_review": QT_TRANSLATE_NOOP(
        "OpErrors", "a draft must be submitted and accepted before it opens"
    ),
    "not_done": QT_TRANSLATE_NOOP(
        "OpErrors", "only a done action is verified or found not achieved"
    ),
    "not_open": QT_TRANSLATE_NOOP("OpErrors", "only an open action can be marked done"),
    "not_submitted": QT_TRANSLATE_NOOP("OpErrors", "only a submitted action can be returned"),
    "not_draft": QT_TRANSLATE_NOOP("OpErrors", "only a draft can be submitted"),
    "not_allowed": QT_TRANSLATE_NOOP("OpErrors", "this change of status is not allowed"),
}

# What each failed SMART verdict of an action means (core.actions.SMART_REASONS).
_SMART = {
    "no_description": QT_TRANSLATE_NOOP("OpErrors", "S: the improvement item is empty"),
    "copy_of_kpi": QT_TRANSLATE_NOOP("OpErrors", "S: the item only repeats the KPI's name"),
    "no_measures": QT_TRANSLATE_NOOP("OpErrors", "S: no measures are written"),
    "no_kpi": QT_TRANSLATE_NOOP("OpErrors", "M: no KPI measures the result"),
    "no_expected": QT_TRANSLATE_NOOP("OpErrors", "M: no expected value"),
    "wrong_side": QT_TRANSLATE_NOOP(
        "OpErrors", "A: the expected value does not improve on the baseline"
    ),
    "stretch": QT_TRANSLATE_NOOP(
        "OpErrors", "A: the expected value is more than 1.5 times the baseline's level"
    ),
    "not_linked": QT_TRANSLATE_NOOP("OpErrors", "R: linked to no meeting issue and no goal"),
    "no_due": QT_TRANSLATE_NOOP("OpErrors", "T: no due date"),
    "due_before_start": QT_TRANSLATE_NOOP("OpErrors", "T: the due date is before the start"),
}

_GRANULARITIES = {
    "month": QT_TRANSLATE_NOOP("OpErrors", "month"),
    "ten_day": QT_TRANSLATE_NOOP("OpErrors", "10-day period"),
    "week": QT_TRANSLATE_NOOP("OpErrors", "week"),
    "quarter": QT_TRANSLATE_NOOP("OpErrors", "quarter"),
    "half": QT_TRANSLATE_NOOP("OpErrors", "half-year"),
    "year": QT_TRANSLATE_NOOP("OpErrors", "year"),
}

# code -> (sentence, the parameters that fill %1, %2, ...)
MESSAGES: dict[str, tuple[Any, tuple[str, ...]]] = {
    "empty": (QT_TRANSLATE_NOOP("OpErrors", "The %1 cannot be empty."), ("field",)),
    "control_characters": (
        QT_TRANSLATE_NOOP("OpErrors", "The %1 contains control characters."),
        ("field",),
    ),
    "too_long": (
        QT_TRANSLATE_NOOP("OpErrors", "The %1 is %2 characters long; at most %3 are allowed."),
        ("field", "length", "limit"),
    ),
    "not_a_number": (
        QT_TRANSLATE_NOOP("OpErrors", "The %1 must be a number, not “%2”."),
        ("field", "value"),
    ),
    "not_finite": (QT_TRANSLATE_NOOP("OpErrors", "The %1 must be a finite number."), ("field",)),
    "too_large": (
        QT_TRANSLATE_NOOP("OpErrors", "The %1 is too large (at most %2 either way)."),
        ("field", "limit"),
    ),
    "bad_period": (
        QT_TRANSLATE_NOOP(
            "OpErrors",
            "“%1” is not a valid period. Write it like 2026, 2026-Q3, 2026-10 or 2026-W41.",
        ),
        ("text",),
    ),
    "bad_choice": (QT_TRANSLATE_NOOP("OpErrors", "“%1” is not a valid %2."), ("value", "field")),
    "missing": (
        QT_TRANSLATE_NOOP(
            "OpErrors", "The %1 no longer exists (it may have been removed meanwhile)."
        ),
        ("field",),
    ),
    "archived": (
        QT_TRANSLATE_NOOP("OpErrors", "The %1 is archived; restore it first."),
        ("field",),
    ),
    "due_before_start": (
        QT_TRANSLATE_NOOP("OpErrors", "The due date %1 is before the start date %2."),
        ("due", "start"),
    ),
    "expected_wrong_side": (
        QT_TRANSLATE_NOOP(
            "OpErrors",
            "The expected result %1 is not an improvement on the baseline %2 for this KPI (%3).",
        ),
        ("expected", "baseline", "direction"),
    ),
    "expected_same": (
        QT_TRANSLATE_NOOP(
            "OpErrors",
            "The expected result is the same as the baseline; an action must improve it.",
        ),
        (),
    ),
    "goal_kpi": (
        QT_TRANSLATE_NOOP("OpErrors", "The linked goal is on another KPI than the action."),
        (),
    ),
    "owner_reason_needed": (
        QT_TRANSLATE_NOOP(
            "OpErrors",
            "The owner differs from the rule (a department's manager, the general manager "
            "across departments); say why.",
        ),
        (),
    ),
    "action_final": (
        QT_TRANSLATE_NOOP("OpErrors", "The action is %1; it can no longer be changed."),
        ("status",),
    ),
    "bad_transition": (
        QT_TRANSLATE_NOOP("OpErrors", "An action cannot go from %1 to %2: %3."),
        ("old", "new", "why"),
    ),
    "reason_needed": (QT_TRANSLATE_NOOP("OpErrors", "Returning an action needs a reason."), ()),
    "smart_failed": (
        QT_TRANSLATE_NOOP(
            "OpErrors", "The action fails the SMART check and was not submitted: %1."
        ),
        ("reasons",),
    ),
    "no_result": (
        QT_TRANSLATE_NOOP("OpErrors", "Closing an action needs the measured value of its KPI."),
        (),
    ),
    "report_not_open": (
        QT_TRANSLATE_NOOP("OpErrors", "Only an open action gets 10-day reports (this one is %1)."),
        ("status",),
    ),
    "report_future": (
        QT_TRANSLATE_NOOP("OpErrors", "The report date %1 is in the future."),
        ("date",),
    ),
    "progress_range": (
        QT_TRANSLATE_NOOP("OpErrors", "The progress must be between 0 and 100 %."),
        (),
    ),
    "period_reported": (
        QT_TRANSLATE_NOOP("OpErrors", "%1 already has its report."),
        ("period",),
    ),
    "company_parent": (
        QT_TRANSLATE_NOOP(
            "OpErrors", "A company is the top of the tree and cannot have a parent unit."
        ),
        (),
    ),
    "unit_needs_parent": (
        QT_TRANSLATE_NOOP("OpErrors", "A department or team needs the unit it belongs to."),
        (),
    ),
    "unit_name_taken": (
        QT_TRANSLATE_NOOP("OpErrors", "There is already a unit named “%1” at this level."),
        ("name",),
    ),
    "company_move": (
        QT_TRANSLATE_NOOP("OpErrors", "The company is the top of the tree and cannot be moved."),
        (),
    ),
    "unit_loop": (
        QT_TRANSLATE_NOOP(
            "OpErrors",
            "“%1” cannot move into “%2”: that unit is inside it (or is it), "
            "so the tree would make a loop.",
        ),
        ("name", "parent"),
    ),
    "unit_not_empty": (
        QT_TRANSLATE_NOOP(
            "OpErrors",
            "The unit still has %1 active people and %2 active units; move or archive them first.",
        ),
        ("people", "units"),
    ),
    "employee_no_taken": (
        QT_TRANSLATE_NOOP("OpErrors", "The employee number “%1” is already someone else's."),
        ("number",),
    ),
    "decimals_range": (QT_TRANSLATE_NOOP("OpErrors", "Decimals must be between 0 and 6."), ()),
    "thresholds": (
        QT_TRANSLATE_NOOP(
            "OpErrors", "The red threshold must be above 0 and not above the amber threshold."
        ),
        (),
    ),
    "ratio_parts": (
        QT_TRANSLATE_NOOP("OpErrors", "A ratio KPI needs a numerator KPI and a denominator KPI."),
        (),
    ),
    "kpi_code_taken": (
        QT_TRANSLATE_NOOP("OpErrors", "A KPI with the code “%1” already exists."),
        ("code",),
    ),
    "bounds": (
        QT_TRANSLATE_NOOP("OpErrors", "The lower bound must not be above the upper bound."),
        (),
    ),
    "ratio_loop": (
        QT_TRANSLATE_NOOP(
            "OpErrors", "A ratio KPI cannot be divided by itself, nor by a KPI built from it."
        ),
        (),
    ),
    "kpi_in_use": (
        QT_TRANSLATE_NOOP(
            "OpErrors", "The KPI is used by %1 goals and %2 actions; archive it instead."
        ),
        ("goals", "actions"),
    ),
    "goal_other_year": (
        QT_TRANSLATE_NOOP(
            "OpErrors",
            "The parent goal is for %1, this goal for %2: a goal contributes to a goal of the "
            "same year.",
        ),
        ("parent", "period"),
    ),
    "target_bounds": (
        QT_TRANSLATE_NOOP("OpErrors", "The %1 %2 is outside the KPI's allowed range %3 to %4."),
        ("field", "value", "low", "high"),
    ),
    "range_order": (
        QT_TRANSLATE_NOOP("OpErrors", "The upper target must not be below the target."),
        (),
    ),
    "kpi_code_active": (
        QT_TRANSLATE_NOOP(
            "OpErrors",
            "Another active KPI has the code “%1”; archive it or change its code before "
            "restoring this one.",
        ),
        ("code",),
    ),
    "goal_owner": (
        QT_TRANSLATE_NOOP("OpErrors", "A goal belongs to exactly one unit or one person."),
        (),
    ),
    "weight_range": (QT_TRANSLATE_NOOP("OpErrors", "The weight must be between 0 and 100 %."), ()),
    "entry_granularity": (
        QT_TRANSLATE_NOOP("OpErrors", "Values are entered by month, 10-day period or week."),
        (),
    ),
    "goal_loop": (
        QT_TRANSLATE_NOOP(
            "OpErrors",
            "That parent goal already depends on this goal; the link would make a loop.",
        ),
        (),
    ),
    "wrong_granularity": (
        QT_TRANSLATE_NOOP("OpErrors", "This goal's values are entered by %1, not as %2."),
        ("granularity", "period"),
    ),
    "outside_goal": (
        QT_TRANSLATE_NOOP("OpErrors", "%1 lies outside the goal's period %2."),
        ("period", "goal_period"),
    ),
    "out_of_range": (
        QT_TRANSLATE_NOOP("OpErrors", "%1 for %2 is outside the KPI's allowed range %3 to %4."),
        ("value", "period", "low", "high"),
    ),
    "value_locked": (QT_TRANSLATE_NOOP("OpErrors", "The values for %1 are locked."), ("period",)),
    "no_values": (QT_TRANSLATE_NOOP("OpErrors", "There are no values to enter."), ()),
    "bad_date": (
        QT_TRANSLATE_NOOP("OpErrors", "“%1” is not a valid date; write it like 2026-03-05."),
        ("value",),
    ),
    "bad_time": (
        QT_TRANSLATE_NOOP("OpErrors", "“%1” is not a valid time; write it like 09:30."),
        ("value",),
    ),
    "meeting_length": (
        QT_TRANSLATE_NOOP("OpErrors", "A meeting lasts more than 0 and at most 1,440 minutes."),
        (),
    ),
    "minutes_range": (
        QT_TRANSLATE_NOOP(
            "OpErrors", "Agenda item %1 has %2 minutes; give it more than 0 and at most %3."
        ),
        ("item", "value", "limit"),
    ),
    "no_agenda_items": (QT_TRANSLATE_NOOP("OpErrors", "The agenda has no items."), ()),
    "issue_has_action": (
        QT_TRANSLATE_NOOP("OpErrors", "This issue already has an improvement action."),
        (),
    ),
    "meeting_running": (
        QT_TRANSLATE_NOOP(
            "OpErrors", "The meeting “%1” is running; end it before starting another one."
        ),
        ("title",),
    ),
    "meeting_not_planned": (
        QT_TRANSLATE_NOOP("OpErrors", "The meeting “%1” has already been started."),
        ("title",),
    ),
    "meeting_not_running": (
        QT_TRANSLATE_NOOP("OpErrors", "The meeting “%1” is not running."),
        ("title",),
    ),
    "meeting_not_ended": (
        QT_TRANSLATE_NOOP(
            "OpErrors", "The meeting “%1” has not ended, so there is nothing to reopen."
        ),
        ("title",),
    ),
    "agenda_empty": (
        QT_TRANSLATE_NOOP(
            "OpErrors",
            "The agenda has no items. Add at least one item before starting the meeting.",
        ),
        (),
    ),
    "meeting_frozen": (
        QT_TRANSLATE_NOOP(
            "OpErrors",
            "The meeting has ended and its record is locked, so the change was NOT saved. "
            "Reopen the meeting to correct it.",
        ),
        (),
    ),
    "profile_name_taken": (
        QT_TRANSLATE_NOOP("OpErrors", "There is already a seasonal profile named “%1”."),
        ("name",),
    ),
    # splitting a target over periods and cascading a goal (core/split.py)
    "no_kpi": (
        QT_TRANSLATE_NOOP(
            "OpErrors",
            "The goal has no KPI (it may have been removed); there is nothing to split by.",
        ),
        (),
    ),
    "no_target": (QT_TRANSLATE_NOOP("OpErrors", "The goal has no target to split."), ()),
    "bad_number": (QT_TRANSLATE_NOOP("OpErrors", "The %1 must be a finite number."), ("field",)),
    "bad_decimals": (QT_TRANSLATE_NOOP("OpErrors", "Decimals must be between 0 and 6."), ()),
    "whole_precision": (
        QT_TRANSLATE_NOOP("OpErrors", "The target %1 has more decimals than the KPI's %2."),
        ("value", "decimals"),
    ),
    "lock_precision": (
        QT_TRANSLATE_NOOP("OpErrors", "%1 for %2 has more decimals than the KPI's %3."),
        ("value", "period", "decimals"),
    ),
    "bad_granularity": (
        QT_TRANSLATE_NOOP("OpErrors", "A %1 target cannot be split by %2."),
        ("period", "granularity"),
    ),
    "profile_length": (
        QT_TRANSLATE_NOOP("OpErrors", "A seasonal profile has 12 month weights, not %1."),
        ("count",),
    ),
    "profile_negative": (
        QT_TRANSLATE_NOOP("OpErrors", "Month %1's weight is negative; weights are 0 or more."),
        ("month",),
    ),
    "profile_zero": (
        QT_TRANSLATE_NOOP(
            "OpErrors", "All month weights are zero; at least one must be above zero."
        ),
        (),
    ),
    "no_weight_left": (
        QT_TRANSLATE_NOOP(
            "OpErrors", "The unlocked periods all have a weight of zero, so %1 has nowhere to go."
        ),
        ("rest",),
    ),
    "locked_exceed": (
        QT_TRANSLATE_NOOP("OpErrors", "The locked parts add up to %1, more than the whole %2."),
        ("locked", "whole"),
    ),
    "nothing_unlocked": (
        QT_TRANSLATE_NOOP(
            "OpErrors", "Every period is locked; unlock at least one to take the rest."
        ),
        (),
    ),
    "unknown_period": (
        QT_TRANSLATE_NOOP("OpErrors", "%1 is not one of the periods being split."),
        ("period",),
    ),
    "bad_method": (QT_TRANSLATE_NOOP("OpErrors", "“%1” is not a split method."), ("value",)),
    "no_holders": (
        QT_TRANSLATE_NOOP("OpErrors", "Choose at least one holder to cascade to."),
        (),
    ),
    "share_negative": (QT_TRANSLATE_NOOP("OpErrors", "A share cannot be negative."), ()),
    "share_over": (QT_TRANSLATE_NOOP("OpErrors", "A share cannot be above 100 %."), ()),
    "shares_total": (
        QT_TRANSLATE_NOOP("OpErrors", "The shares add up to %1 %, not 100 %."),
        ("total",),
    ),
    "pinned_over": (
        QT_TRANSLATE_NOOP("OpErrors", "The shares you set add up to %1 %, more than 100 %."),
        ("total",),
    ),
    "nothing_to_share": (
        QT_TRANSLATE_NOOP("OpErrors", "Every share is set by hand; leave one to take the rest."),
        (),
    ),
    "bad_rules": (
        QT_TRANSLATE_NOOP("OpErrors", "These evaluation rules are not usable; check the numbers."),
        (),
    ),
    "rules_unchanged": (
        QT_TRANSLATE_NOOP(
            "OpErrors", "The evaluation rules are the same as the current version; nothing to save."
        ),
        (),
    ),
    "evaluation_period": (
        QT_TRANSLATE_NOOP(
            "OpErrors", "Evaluations are made for a month, a quarter or a year, not for %1."
        ),
        ("period",),
    ),
    "period_evaluated": (
        QT_TRANSLATE_NOOP(
            "OpErrors", "%1 has already been evaluated and frozen; view that evaluation instead."
        ),
        ("period",),
    ),
    "nothing_to_evaluate": (
        QT_TRANSLATE_NOOP("OpErrors", "Nobody has goals for %1; there is nothing to evaluate."),
        ("period",),
    ),
    "evaluation_not_frozen": (
        QT_TRANSLATE_NOOP("OpErrors", "Only a frozen evaluation can be appealed."),
        (),
    ),
    "appeal_open": (
        QT_TRANSLATE_NOOP(
            "OpErrors", "This evaluation already has an open appeal; decide it first."
        ),
        (),
    ),
    "appeal_before_freeze": (
        QT_TRANSLATE_NOOP(
            "OpErrors", "An appeal cannot be dated before the evaluation was frozen (%1)."
        ),
        ("frozen",),
    ),
    "appeal_too_late": (
        QT_TRANSLATE_NOOP(
            "OpErrors",
            "The appeal window of %1 days after the evaluation was frozen ended on %2; "
            "the appeal cannot be filed.",
        ),
        ("days", "deadline"),
    ),
    "appeal_future": (QT_TRANSLATE_NOOP("OpErrors", "The date %1 is in the future."), ("date",)),
    "appeal_decided": (
        QT_TRANSLATE_NOOP("OpErrors", "This appeal has already been decided."),
        (),
    ),
    "bad_decision": (
        QT_TRANSLATE_NOOP("OpErrors", "“%1” is not a decision (upheld, rejected or revised)."),
        ("value",),
    ),
    "revised_needs_score": (
        QT_TRANSLATE_NOOP("OpErrors", "A revised evaluation needs the revised score."),
        (),
    ),
    "score_only_when_revised": (
        QT_TRANSLATE_NOOP(
            "OpErrors", "A revised score is given only when the evaluation is revised."
        ),
        (),
    ),
    "decided_before_filed": (
        QT_TRANSLATE_NOOP("OpErrors", "The decision date %1 is before the appeal was filed (%2)."),
        ("decided", "filed"),
    ),
    "busy": (
        QT_TRANSLATE_NOOP(
            "OpErrors",
            "Another window or program is writing to this document, so the change was NOT "
            "saved. Wait a moment and try again.",
        ),
        (),
    ),
    "integrity": (
        QT_TRANSLATE_NOOP(
            "OpErrors",
            "The change clashes with what is now in the document (another window or program "
            "may have changed it), so it was NOT saved. Reopen the document and try again.",
        ),
        (),
    ),
    "disk_full": (
        QT_TRANSLATE_NOOP(
            "OpErrors",
            "The disk is full, so the change was NOT saved. Free some space and try again.",
        ),
        (),
    ),
    "file_read_only": (
        QT_TRANSLATE_NOOP(
            "OpErrors",
            "The file has become write-protected, so the change was NOT saved. Ask for write "
            "access, or save a copy elsewhere to keep working.",
        ),
        (),
    ),
    "io_error": (
        QT_TRANSLATE_NOOP(
            "OpErrors",
            "The file could not be written (a disk or network error), so the change was NOT "
            "saved. Check the drive or network share and try again.",
        ),
        (),
    ),
    "undo_conflict": (
        QT_TRANSLATE_NOOP(
            "OpErrors",
            "This step cannot be undone: the %1 was changed by another window or program "
            "since. Nothing was changed.",
        ),
        ("field",),
    ),
    "redo_conflict": (
        QT_TRANSLATE_NOOP(
            "OpErrors",
            "This step cannot be redone: the %1 was changed by another window or program "
            "since. Nothing was changed.",
        ),
        ("field",),
    ),
}
_DIRECTIONS = {
    "higher": QT_TRANSLATE_NOOP("OpErrors", "higher is better"),
    "lower": QT_TRANSLATE_NOOP("OpErrors", "lower is better"),
    "range": QT_TRANSLATE_NOOP("OpErrors", "within a range"),
}
_UNKNOWN = QT_TRANSLATE_NOOP("OpErrors", "The change could not be made.")
_CLEARED = QT_TRANSLATE_NOOP("OpErrors", "The undo history has been cleared.")
_ANY = QT_TRANSLATE_NOOP("OpErrors", "any")


def _tr(text: object) -> str:
    # QT_TRANSLATE_NOOP hands back its text typed as object.
    return QCoreApplication.translate(_CONTEXT, str(text))


def op_error_text(error: Any, language: str = "zh") -> str:
    """The translated sentence for an operation's error (an ops.OpError)."""
    entry = MESSAGES.get(getattr(error, "code", ""))
    if entry is None:
        return _tr(_UNKNOWN)
    template, names = entry
    params = getattr(error, "params", {})
    return fill(_tr(template), *(_param(n, params.get(n), language) for n in names))


def _param(name: str, value: Any, language: str) -> str:
    from perfdesk.store.ops import format_param

    if name == "field":
        return _tr(FIELD_LABELS.get(str(value), str(value)))
    if name in ("status", "old", "new"):
        from perfdesk.core.actions import ActionStatus
        from perfdesk.ui.labels import label

        try:
            return label(ActionStatus(str(value)))
        except ValueError:
            return str(value)
    if name == "why":
        return _tr(_TRANSITIONS.get(str(value), str(value)))
    if name == "reasons":
        return "; ".join(_tr(_SMART.get(code, code)) for code in str(value).split(", "))
    if name == "direction":
        return _tr(_DIRECTIONS.get(str(value), str(value)))
    if name == "granularity":
        return _tr(_GRANULARITIES.get(str(value), str(value)))
    if name in ("period", "goal_period"):
        try:
            return format_period(parse_period(str(value)), language)
        except PeriodError:
            return str(value)
    if value is None:
        return _tr(_ANY)
    return format_param(value)


def show_op_error(parent: QWidget | None, title: str, error: Any, language: str = "zh") -> None:
    """A warning with what went wrong; the English detail is for logs, not the user."""
    show_message(parent, QMessageBox.Icon.Warning, title, op_error_text(error, language))


def show_undo_failure(
    parent: QWidget | None, title: str, error: Any, cleared: bool, language: str = "zh"
) -> None:
    """An undo or redo that could not apply: why, and that the history is gone."""
    text = op_error_text(error, language)
    if cleared:
        text = f"{text}\n\n{_tr(_CLEARED)}"
    show_message(parent, QMessageBox.Icon.Warning, title, text)
