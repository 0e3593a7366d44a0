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
    "evaluation": QT_TRANSLATE_NOOP("OpErrors", "evaluation"),
    "evaluation_rules": QT_TRANSLATE_NOOP("OpErrors", "evaluation rules"),
    "appeal": QT_TRANSLATE_NOOP("OpErrors", "appeal"),
    "appeal_reason": QT_TRANSLATE_NOOP("OpErrors", "reason for the appeal"),
    "appeal_outcome": QT_TRANSLATE_NOOP("OpErrors", "outcome of the review"),
    "revised_score": QT_TRANSLATE_NOOP("OpErrors", "revised score"),
}

_GRANULARITIES = {
    "month": QT_TRANSLATE_NOOP("OpErrors", "month"),
    "ten_day": QT_TRANSLATE_NOOP("OpErrors", "10-day period"),
    "week": QT_TRANSLATE_NOOP("OpErrors", "week"),
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
