"""What the exchange dialogs call tables, columns, kinds of change and refusals.

The store names rows by table and column (store/exchange/rows.py) and says why a row
is refused by a code (store/exchange/merge.py); people read these translated words.
A column this list lacks is shown by its stored name, never dropped. Stamps (ms since
the epoch) and the manifest's UTC time are shown as local date-times.
"""

from __future__ import annotations

import datetime
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

_CONTEXT = "Exchange"

TABLES: dict[str, Any] = {
    "sources": QT_TRANSLATE_NOOP("Exchange", "Sources"),
    "org_units": QT_TRANSLATE_NOOP("Exchange", "Units"),
    "people": QT_TRANSLATE_NOOP("Exchange", "People"),
    "kpis": QT_TRANSLATE_NOOP("Exchange", "KPIs"),
    "goals": QT_TRANSLATE_NOOP("Exchange", "Goals"),
    "goal_values": QT_TRANSLATE_NOOP("Exchange", "Goal values"),
    "deviation_notes": QT_TRANSLATE_NOOP("Exchange", "Deviation notes"),
    "agenda_items": QT_TRANSLATE_NOOP("Exchange", "Agenda items"),
    "meeting_attendees": QT_TRANSLATE_NOOP("Exchange", "Attendees"),
    "meetings": QT_TRANSLATE_NOOP("Exchange", "Meetings"),
    "issues": QT_TRANSLATE_NOOP("Exchange", "Issues"),
    "issue_units": QT_TRANSLATE_NOOP("Exchange", "Issue units"),
    "actions": QT_TRANSLATE_NOOP("Exchange", "Actions"),
    "action_reports": QT_TRANSLATE_NOOP("Exchange", "Action reports"),
    "period_profiles": QT_TRANSLATE_NOOP("Exchange", "Seasonal profiles"),
    "agenda_templates": QT_TRANSLATE_NOOP("Exchange", "Agenda templates"),
    "evaluation_rules": QT_TRANSLATE_NOOP("Exchange", "Evaluation rules"),
    "evaluations": QT_TRANSLATE_NOOP("Exchange", "Evaluations"),
    "appeals": QT_TRANSLATE_NOOP("Exchange", "Appeals"),
    "meeting_events": QT_TRANSLATE_NOOP("Exchange", "Meeting clock events"),
    "meeting_snapshots": QT_TRANSLATE_NOOP("Exchange", "Meeting KPI snapshots"),
    "minute_entries": QT_TRANSLATE_NOOP("Exchange", "Minutes"),
    "action_units": QT_TRANSLATE_NOOP("Exchange", "Action co-departments"),
    "action_history": QT_TRANSLATE_NOOP("Exchange", "Action history"),
}

COLUMNS: dict[str, Any] = {
    "id": QT_TRANSLATE_NOOP("Exchange", "id"),
    "parent_id": QT_TRANSLATE_NOOP("Exchange", "parent"),
    "kind": QT_TRANSLATE_NOOP("Exchange", "kind"),
    "name": QT_TRANSLATE_NOOP("Exchange", "name"),
    "code": QT_TRANSLATE_NOOP("Exchange", "code"),
    "manager_id": QT_TRANSLATE_NOOP("Exchange", "manager"),
    "sort_order": QT_TRANSLATE_NOOP("Exchange", "order"),
    "archived": QT_TRANSLATE_NOOP("Exchange", "archived"),
    "deleted": QT_TRANSLATE_NOOP("Exchange", "deleted"),
    "unit_id": QT_TRANSLATE_NOOP("Exchange", "unit"),
    "title": QT_TRANSLATE_NOOP("Exchange", "title"),
    "employee_no": QT_TRANSLATE_NOOP("Exchange", "staff no."),
    "email": QT_TRANSLATE_NOOP("Exchange", "email"),
    "committee_role": QT_TRANSLATE_NOOP("Exchange", "committee role"),
    "name_zh": QT_TRANSLATE_NOOP("Exchange", "Chinese name"),
    "name_en": QT_TRANSLATE_NOOP("Exchange", "English name"),
    "unit_zh": QT_TRANSLATE_NOOP("Exchange", "unit of measure (Chinese)"),
    "unit_en": QT_TRANSLATE_NOOP("Exchange", "unit of measure (English)"),
    "description_zh": QT_TRANSLATE_NOOP("Exchange", "description (Chinese)"),
    "description_en": QT_TRANSLATE_NOOP("Exchange", "description (English)"),
    "direction": QT_TRANSLATE_NOOP("Exchange", "direction"),
    "aggregation": QT_TRANSLATE_NOOP("Exchange", "aggregation"),
    "decimals": QT_TRANSLATE_NOOP("Exchange", "decimals"),
    "perspective": QT_TRANSLATE_NOOP("Exchange", "perspective"),
    "amber_below": QT_TRANSLATE_NOOP("Exchange", "amber threshold"),
    "red_below": QT_TRANSLATE_NOOP("Exchange", "red threshold"),
    "min_value": QT_TRANSLATE_NOOP("Exchange", "minimum"),
    "max_value": QT_TRANSLATE_NOOP("Exchange", "maximum"),
    "numerator_id": QT_TRANSLATE_NOOP("Exchange", "numerator KPI"),
    "denominator_id": QT_TRANSLATE_NOOP("Exchange", "denominator KPI"),
    "kpi_id": QT_TRANSLATE_NOOP("Exchange", "KPI"),
    "person_id": QT_TRANSLATE_NOOP("Exchange", "person"),
    "period": QT_TRANSLATE_NOOP("Exchange", "period"),
    "granularity": QT_TRANSLATE_NOOP("Exchange", "granularity"),
    "weight": QT_TRANSLATE_NOOP("Exchange", "weight"),
    "target": QT_TRANSLATE_NOOP("Exchange", "target"),
    "target_max": QT_TRANSLATE_NOOP("Exchange", "upper target"),
    "goal_id": QT_TRANSLATE_NOOP("Exchange", "goal"),
    "actual": QT_TRANSLATE_NOOP("Exchange", "actual"),
    "note": QT_TRANSLATE_NOOP("Exchange", "note"),
    "locked": QT_TRANSLATE_NOOP("Exchange", "locked"),
    "gap": QT_TRANSLATE_NOOP("Exchange", "gap"),
    "internal_cause": QT_TRANSLATE_NOOP("Exchange", "internal cause"),
    "external_cause": QT_TRANSLATE_NOOP("Exchange", "external cause"),
    "internal_measures": QT_TRANSLATE_NOOP("Exchange", "internal measures"),
    "external_needs": QT_TRANSLATE_NOOP("Exchange", "external needs"),
    "meeting_id": QT_TRANSLATE_NOOP("Exchange", "meeting"),
    "position": QT_TRANSLATE_NOOP("Exchange", "position"),
    "speaker_id": QT_TRANSLATE_NOOP("Exchange", "speaker"),
    "planned_minutes": QT_TRANSLATE_NOOP("Exchange", "planned minutes"),
    "actual_seconds": QT_TRANSLATE_NOOP("Exchange", "time taken"),
    "started_at": QT_TRANSLATE_NOOP("Exchange", "started"),
    "ended_at": QT_TRANSLATE_NOOP("Exchange", "ended"),
    "minutes": QT_TRANSLATE_NOOP("Exchange", "minutes"),
    "attendance": QT_TRANSLATE_NOOP("Exchange", "attendance"),
    "invited": QT_TRANSLATE_NOOP("Exchange", "invited"),
    "date": QT_TRANSLATE_NOOP("Exchange", "date"),
    "start_time": QT_TRANSLATE_NOOP("Exchange", "start time"),
    "place": QT_TRANSLATE_NOOP("Exchange", "place"),
    "chair_id": QT_TRANSLATE_NOOP("Exchange", "chair"),
    "secretary_id": QT_TRANSLATE_NOOP("Exchange", "secretary"),
    "minute_taker_id": QT_TRANSLATE_NOOP("Exchange", "minute taker"),
    "status": QT_TRANSLATE_NOOP("Exchange", "status"),
    "notes": QT_TRANSLATE_NOOP("Exchange", "notes"),
    "agenda_item_id": QT_TRANSLATE_NOOP("Exchange", "agenda item"),
    "description": QT_TRANSLATE_NOOP("Exchange", "description"),
    "cause": QT_TRANSLATE_NOOP("Exchange", "cause"),
    "responsible_unit_id": QT_TRANSLATE_NOOP("Exchange", "responsible unit"),
    "owner_id": QT_TRANSLATE_NOOP("Exchange", "owner"),
    "due_date": QT_TRANSLATE_NOOP("Exchange", "due date"),
    "resource_request": QT_TRANSLATE_NOOP("Exchange", "resources requested"),
    "issue_id": QT_TRANSLATE_NOOP("Exchange", "issue"),
    "related": QT_TRANSLATE_NOOP("Exchange", "related"),
    "start_date": QT_TRANSLATE_NOOP("Exchange", "start date"),
    "measures": QT_TRANSLATE_NOOP("Exchange", "measures"),
    "baseline": QT_TRANSLATE_NOOP("Exchange", "baseline"),
    "expected": QT_TRANSLATE_NOOP("Exchange", "expected"),
    "status_reason": QT_TRANSLATE_NOOP("Exchange", "status reason"),
    "action_id": QT_TRANSLATE_NOOP("Exchange", "action"),
    "report_date": QT_TRANSLATE_NOOP("Exchange", "report date"),
    "measured_value": QT_TRANSLATE_NOOP("Exchange", "measured value"),
    "progress": QT_TRANSLATE_NOOP("Exchange", "progress"),
    "achievement": QT_TRANSLATE_NOOP("Exchange", "achievement"),
    "actor": QT_TRANSLATE_NOOP("Exchange", "by"),
    "amount": QT_TRANSLATE_NOOP("Exchange", "amount"),
    "at": QT_TRANSLATE_NOOP("Exchange", "time"),
    "decided_on": QT_TRANSLATE_NOOP("Exchange", "decided on"),
    "evaluation_id": QT_TRANSLATE_NOOP("Exchange", "evaluation"),
    "filed_on": QT_TRANSLATE_NOOP("Exchange", "filed on"),
    "flags": QT_TRANSLATE_NOOP("Exchange", "flags"),
    "from_status": QT_TRANSLATE_NOOP("Exchange", "from status"),
    "items": QT_TRANSLATE_NOOP("Exchange", "items"),
    "outcome": QT_TRANSLATE_NOOP("Exchange", "outcome"),
    "owner_reason": QT_TRANSLATE_NOOP("Exchange", "owner reason"),
    "parked": QT_TRANSLATE_NOOP("Exchange", "parked"),
    "plan": QT_TRANSLATE_NOOP("Exchange", "plan"),
    "rank": QT_TRANSLATE_NOOP("Exchange", "rank"),
    "ranked": QT_TRANSLATE_NOOP("Exchange", "ranked of"),
    "reason": QT_TRANSLATE_NOOP("Exchange", "reason"),
    "removed": QT_TRANSLATE_NOOP("Exchange", "removed"),
    "result_note": QT_TRANSLATE_NOOP("Exchange", "result note"),
    "result_value": QT_TRANSLATE_NOOP("Exchange", "result value"),
    "revised_score": QT_TRANSLATE_NOOP("Exchange", "revised score"),
    "rule_id": QT_TRANSLATE_NOOP("Exchange", "rule"),
    "rule_version": QT_TRANSLATE_NOOP("Exchange", "rule version"),
    "rules": QT_TRANSLATE_NOOP("Exchange", "rules"),
    "score": QT_TRANSLATE_NOOP("Exchange", "score"),
    "seq": QT_TRANSLATE_NOOP("Exchange", "sequence"),
    "solution": QT_TRANSLATE_NOOP("Exchange", "solution"),
    "text": QT_TRANSLATE_NOOP("Exchange", "text"),
    "to_status": QT_TRANSLATE_NOOP("Exchange", "to status"),
    "verified_on": QT_TRANSLATE_NOOP("Exchange", "verified on"),
    "version": QT_TRANSLATE_NOOP("Exchange", "version"),
    "weights": QT_TRANSLATE_NOOP("Exchange", "weights"),
}

KINDS: dict[str, Any] = {
    "new": QT_TRANSLATE_NOOP("Exchange", "New"),
    "update": QT_TRANSLATE_NOOP("Exchange", "Updated"),
    "delete": QT_TRANSLATE_NOOP("Exchange", "Deleted"),
    "conflict": QT_TRANSLATE_NOOP("Exchange", "Conflicts"),
    "refused": QT_TRANSLATE_NOOP("Exchange", "Refused"),
}

REASONS: dict[str, Any] = {
    "outside": QT_TRANSLATE_NOOP("Exchange", "Outside the sender's unit"),
    "company_goal": QT_TRANSLATE_NOOP("Exchange", "A goal the company sets for the department"),
    "company_target": QT_TRANSLATE_NOOP("Exchange", "A target the company sets"),
    "definition": QT_TRANSLATE_NOOP("Exchange", "A KPI definition: the company owns it"),
    "frozen": QT_TRANSLATE_NOOP("Exchange", "The record of an ended meeting"),
}
# A conflict's reason: a KPI whose definition differs between the files.
CONFLICT_REASONS: dict[str, Any] = {
    "definition": QT_TRANSLATE_NOOP("Exchange", "The KPI's definition differs"),
}

ROLES: dict[str, Any] = {
    "company": QT_TRANSLATE_NOOP("Exchange", "company file"),
    "department": QT_TRANSLATE_NOOP("Exchange", "department file"),
}

MATCHED_BY: dict[str, Any] = {
    "code": QT_TRANSLATE_NOOP("Exchange", "same code"),
    "name": QT_TRANSLATE_NOOP("Exchange", "same name"),
    "employee_no": QT_TRANSLATE_NOOP("Exchange", "same staff number"),
}


def tr(text: str) -> str:
    return QCoreApplication.translate(_CONTEXT, text)


def _word(table: dict[str, Any], key: str) -> str:
    found = table.get(key)
    return tr(str(found)) if found is not None else key


def table_name(table: str) -> str:
    return _word(TABLES, table)


def column_name(column: str) -> str:
    return _word(COLUMNS, column)


def kind_name(kind: str) -> str:
    return _word(KINDS, kind)


def reason_text(reason: str, conflict: bool = False) -> str:
    if not reason:
        return ""
    return _word(CONFLICT_REASONS if conflict else REASONS, reason)


def role_name(role: str) -> str:
    return _word(ROLES, role)


def matched_by(reason: str) -> str:
    return _word(MATCHED_BY, reason)


def local_stamp(ms: int | None) -> str:
    """A stamp (ms since the epoch) as a local date and time; empty when there is none."""
    if not ms:
        return ""
    try:
        return datetime.datetime.fromtimestamp(ms / 1000).strftime("%Y-%m-%d %H:%M")
    except (OverflowError, OSError, ValueError):
        return str(ms)


def local_time(iso: str) -> str:
    """The manifest's creation time (ISO 8601, UTC) as a local date and time."""
    try:
        moment = datetime.datetime.fromisoformat(iso)
    except (TypeError, ValueError):
        return iso
    if moment.tzinfo is None:
        moment = moment.replace(tzinfo=datetime.UTC)
    return moment.astimezone().strftime("%Y-%m-%d %H:%M")


def counts_text(counts: dict[str, int]) -> str:
    """Row counts per table, the tables with rows only: "Goals 12, Goal values 340"."""
    parts = [f"{table_name(table)} {n}" for table, n in counts.items() if n and table != "sources"]
    return QCoreApplication.translate("Exchange", ", ").join(parts)
