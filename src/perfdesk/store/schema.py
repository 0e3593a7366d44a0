"""Tables of the .perfdesk document and the numbered migrations that build them.

Owns the schema. A document's PRAGMA user_version is the number of migrations
applied to it; `migrate` applies the missing ones in order inside the caller's
transaction. A migration, once released, never changes: a new schema change is a
new function appended to MIGRATIONS, and tests open a fixture of every older
version (tests/fixtures/v*.perfdesk).

Every row has a UUID4 `id`, `created_at` and `updated_at` (UTC ISO-8601), so
departments' files merge by identity; rows with history are `archived`, not deleted.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Callable
from typing import Any

# "PDSK": marks a SQLite file as a perfdesk document (PRAGMA application_id).
APPLICATION_ID = 0x5044534B


def _create(
    db: Any,
    name: str,
    columns: dict[str, Any],
    *,
    archived: bool = False,
    foreign_keys: list[tuple[str, str, str]] | None = None,
    not_null: set[str] | None = None,
    defaults: dict[str, Any] | None = None,
) -> None:
    cols = {
        "id": str,
        **columns,
        **({"archived": int} if archived else {}),
        "created_at": str,
        "updated_at": str,
    }
    db.create_table(
        name,
        cols,
        pk="id",
        foreign_keys=foreign_keys or [],
        not_null={"id", "created_at", "updated_at", *(not_null or set())},
        defaults={**({"archived": 0} if archived else {}), **(defaults or {})},
    )


def _v1_planning(db: Any) -> None:
    """Version 1: the planning data — organisation, people, KPI library, goals, actuals."""
    db.execute(f"PRAGMA application_id = {APPLICATION_ID}")
    db.create_table("meta", {"key": str, "value": str}, pk="key")
    _create(
        db,
        "org_units",
        {
            "parent_id": str,
            "kind": str,
            "name": str,
            "code": str,
            "manager_id": str,
            "sort_order": int,
        },
        archived=True,
        foreign_keys=[("parent_id", "org_units", "id")],
        not_null={"kind", "name"},
        defaults={"code": "", "sort_order": 0},
    )
    _create(
        db,
        "people",
        {
            "unit_id": str,
            "name": str,
            "title": str,
            "email": str,
            "committee_role": str,
        },
        archived=True,
        foreign_keys=[("unit_id", "org_units", "id")],
        not_null={"unit_id", "name"},
        defaults={"title": "", "email": ""},
    )
    _create(
        db,
        "kpis",
        {
            "code": str,
            "name": str,
            "name_en": str,
            "unit": str,
            "direction": str,
            "aggregation": str,
            "decimals": int,
            "perspective": str,
            "amber_below": float,
            "red_below": float,
            "min_value": float,
            "max_value": float,
            "numerator_id": str,
            "denominator_id": str,
            "description": str,
        },
        archived=True,
        not_null={"code", "name", "direction", "aggregation"},
        defaults={
            "name_en": "",
            "unit": "",
            "decimals": 0,
            "perspective": "financial",
            "amber_below": 1.0,
            "red_below": 0.9,
            "description": "",
        },
    )
    _create(
        db,
        "goals",
        {
            "parent_id": str,
            "kpi_id": str,
            "unit_id": str,
            "person_id": str,
            "period": str,
            "title": str,
            "weight": float,
            "target": float,
            "target_max": float,
            "sort_order": int,
        },
        archived=True,
        foreign_keys=[
            ("parent_id", "goals", "id"),
            ("kpi_id", "kpis", "id"),
            ("unit_id", "org_units", "id"),
            ("person_id", "people", "id"),
        ],
        not_null={"kpi_id", "period"},
        defaults={"title": "", "weight": 0.0, "sort_order": 0},
    )
    _create(
        db,
        "goal_targets",
        {"goal_id": str, "period": str, "target": float, "locked": int},
        foreign_keys=[("goal_id", "goals", "id")],
        not_null={"goal_id", "period"},
        defaults={"locked": 0},
    )
    _create(
        db,
        "actuals",
        {"goal_id": str, "period": str, "value": float, "note": str},
        foreign_keys=[("goal_id", "goals", "id")],
        not_null={"goal_id", "period"},
        defaults={"note": ""},
    )
    db["goals"].create_index(["unit_id", "period"])
    db["goals"].create_index(["person_id", "period"])
    db["goals"].create_index(["parent_id"])
    db["people"].create_index(["unit_id"])
    db["org_units"].create_index(["parent_id"])
    db["goal_targets"].create_index(["goal_id", "period"], unique=True)
    db["actuals"].create_index(["goal_id", "period"], unique=True)


def _v2_meetings_actions(db: Any) -> None:
    """Version 2: review meetings, issues, improvement actions, 10-day reports, notes."""
    _create(
        db,
        "meetings",
        {
            "title": str,
            "kind": str,
            "date": str,
            "start_time": str,
            "planned_minutes": float,
            "place": str,
            "period": str,
            "chair_id": str,
            "secretary_id": str,
            "status": str,
            "started_at": str,
            "ended_at": str,
            "notes": str,
        },
        archived=True,
        foreign_keys=[("chair_id", "people", "id"), ("secretary_id", "people", "id")],
        not_null={"title", "kind", "date", "status"},
        defaults={"place": "", "notes": "", "status": "planned", "planned_minutes": 120.0},
    )
    _create(
        db,
        "meeting_attendees",
        {"meeting_id": str, "person_id": str, "attendance": str},
        foreign_keys=[("meeting_id", "meetings", "id"), ("person_id", "people", "id")],
        not_null={"meeting_id", "person_id", "attendance"},
    )
    _create(
        db,
        "agenda_items",
        {
            "meeting_id": str,
            "position": int,
            "kind": str,
            "title": str,
            "speaker_id": str,
            "unit_id": str,
            "planned_minutes": float,
            "actual_seconds": float,
            "started_at": str,
            "ended_at": str,
            "minutes": str,
        },
        foreign_keys=[
            ("meeting_id", "meetings", "id"),
            ("speaker_id", "people", "id"),
            ("unit_id", "org_units", "id"),
        ],
        not_null={"meeting_id", "position", "kind", "planned_minutes"},
        defaults={"title": "", "minutes": ""},
    )
    _create(
        db,
        "issues",
        {
            "meeting_id": str,
            "agenda_item_id": str,
            "description": str,
            "cause": str,
            "related_unit_ids": str,
            "responsible_unit_id": str,
            "owner_id": str,
            "due_date": str,
            "resource_request": str,
        },
        archived=True,
        foreign_keys=[
            ("meeting_id", "meetings", "id"),
            ("agenda_item_id", "agenda_items", "id"),
            ("responsible_unit_id", "org_units", "id"),
            ("owner_id", "people", "id"),
        ],
        not_null={"description", "cause"},
        defaults={"related_unit_ids": "[]", "resource_request": ""},
    )
    _create(
        db,
        "actions",
        {
            "issue_id": str,
            "title": str,
            "responsible_unit_id": str,
            "owner_id": str,
            "start_date": str,
            "due_date": str,
            "measures": str,
            "kpi_id": str,
            "goal_id": str,
            "baseline": float,
            "expected": float,
            "status": str,
            "status_reason": str,
        },
        archived=True,
        foreign_keys=[
            ("issue_id", "issues", "id"),
            ("responsible_unit_id", "org_units", "id"),
            ("owner_id", "people", "id"),
            ("kpi_id", "kpis", "id"),
            ("goal_id", "goals", "id"),
        ],
        not_null={"title", "status"},
        defaults={"measures": "", "status_reason": "", "status": "draft"},
    )
    _create(
        db,
        "action_reports",
        {
            "action_id": str,
            "report_date": str,
            "period": str,
            "measured_value": float,
            "progress": float,
            "note": str,
        },
        foreign_keys=[("action_id", "actions", "id")],
        not_null={"action_id", "report_date", "period"},
        defaults={"note": ""},
    )
    _create(
        db,
        "deviation_notes",
        {
            "goal_id": str,
            "period": str,
            "gap": str,
            "internal_cause": str,
            "external_cause": str,
            "internal_measures": str,
            "external_needs": str,
        },
        foreign_keys=[("goal_id", "goals", "id")],
        not_null={"goal_id", "period"},
        defaults={
            "gap": "",
            "internal_cause": "",
            "external_cause": "",
            "internal_measures": "",
            "external_needs": "",
        },
    )
    db["meeting_attendees"].create_index(["meeting_id", "person_id"], unique=True)
    db["agenda_items"].create_index(["meeting_id", "position"])
    db["issues"].create_index(["meeting_id"])
    db["actions"].create_index(["responsible_unit_id", "status"])
    db["actions"].create_index(["issue_id"])
    db["action_reports"].create_index(["action_id", "report_date"])
    db["deviation_notes"].create_index(["goal_id", "period"], unique=True)


MIGRATIONS: list[Callable[[Any], None]] = [_v1_planning, _v2_meetings_actions]
SCHEMA_VERSION = len(MIGRATIONS)

# The tables a document of the current version must have; a file that lacks one is damaged.
TABLES = (
    "meta",
    "org_units",
    "people",
    "kpis",
    "goals",
    "goal_targets",
    "actuals",
    "meetings",
    "meeting_attendees",
    "agenda_items",
    "issues",
    "actions",
    "action_reports",
    "deviation_notes",
)


def migrate(conn: sqlite3.Connection, from_version: int, to_version: int = SCHEMA_VERSION) -> None:
    """Apply migrations from_version+1 .. to_version. The caller holds the transaction."""
    import sqlite_utils  # loaded only when a document is created or upgraded

    if not conn.in_transaction:
        raise RuntimeError("migrate() must run inside a transaction")
    db = sqlite_utils.Database(conn, recursive_triggers=False, execute_plugins=False)
    for version in range(from_version + 1, to_version + 1):
        MIGRATIONS[version - 1](db)
        conn.execute(f"PRAGMA user_version = {version}")
