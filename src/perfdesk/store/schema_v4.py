"""The literal SQL of schema version 4, the current one: version 3 plus what the review
meeting, the improvement actions, evaluations and seasonal profiles store.

Version 3's rules hold unchanged (its docstring: entities with UUIDs and tombstones,
values keyed by what they are about, a stamp and a source on every row, CHECKs on
every enum and bound, deferred foreign keys). Its column fragments are reused from
`schema_v3`, which is frozen, so this text is as fixed as if it were written out.

What version 4 changes:
- `agenda_items` gains the planner's `note`; `issues` gain the responsible
  department's `solution` and `parked` (the parking lot: carried to the next meeting);
  `actions` lose the stored status 'overdue' (it is derived from the due date), gain
  'submitted' and 'not_achieved', and keep why the owner differs from the seeds' rule
  and the verified result. These three tables are rebuilt by `upgrade_v4`.
- New: `meeting_events` (the running meeting's append-only event log, replayed by
  core.meeting_clock), `meeting_snapshots` (the KPI figures frozen at meeting start),
  `minute_entries` (minutes marked information / decision / action),
  `agenda_templates`, `action_units` (co-departments, each with its part of the
  plan), `action_history` (append-only status and owner changes), `evaluation_rules`,
  `evaluations` (frozen with the rule version used), `appeals`, `period_profiles`
  (named seasonal profiles of 12 month weights).
- Only one meeting runs at a time (a unique partial index). An ended meeting now also
  freezes its issues, minutes and snapshot; it may leave 'ended' only after a 'reopen'
  event later than its last 'end' event, so every reopening is logged.
"""

from __future__ import annotations

from perfdesk.store import schema_v3
from perfdesk.store.schema_v3 import (
    _ID,
    _STAMP,
    _date,
    _enum,
    _flag,
    _name,
    _number,
    _period,
    _ref,
    _table,
    _text,
)
from perfdesk.store.schema_v3 import (
    ACTION_STATUSES as V3_ACTION_STATUSES,
)

MAX_MAGNITUDE = schema_v3.MAX_MAGNITUDE
MAX_NAME = schema_v3.MAX_NAME
MAX_TEXT = schema_v3.MAX_TEXT

UNIT_KINDS = schema_v3.UNIT_KINDS
COMMITTEE_ROLES = schema_v3.COMMITTEE_ROLES
DIRECTIONS = schema_v3.DIRECTIONS
AGGREGATIONS = schema_v3.AGGREGATIONS
PERSPECTIVES = schema_v3.PERSPECTIVES
GRANULARITIES = schema_v3.GRANULARITIES
MEETING_KINDS = schema_v3.MEETING_KINDS
MEETING_STATUSES = schema_v3.MEETING_STATUSES
AGENDA_KINDS = schema_v3.AGENDA_KINDS
ATTENDANCE = schema_v3.ATTENDANCE
CAUSES = schema_v3.CAUSES
ROLES = schema_v3.ROLES
MEETING_RECORD = schema_v3.MEETING_RECORD

ACTION_STATUSES = (
    "draft",
    "submitted",
    "returned",
    "open",
    "done",
    "verified",
    "not_achieved",
    "cancelled",
)
assert set(V3_ACTION_STATUSES) - set(ACTION_STATUSES) == {"overdue"}
MEETING_EVENTS = (
    "start",
    "pause",
    "resume",
    "next",
    "previous",
    "goto",
    "skip",
    "extend",
    "shorten",
    "move",
    "end",
    "reopen",
)
SNAPSHOT_STATUSES = ("green", "amber", "red", "missing", "incomplete")
MINUTE_KINDS = ("information", "decision", "action")
APPEAL_STATUSES = ("open", "upheld", "rejected", "revised")

_MS = "CHECK (typeof({0}) = 'integer' AND {0} >= 0)"


def _ms(column: str) -> str:
    """An instant as integer milliseconds since the Unix epoch (UTC)."""
    return f"{column} INTEGER NOT NULL {_MS.format(column)}"


def _json(column: str, kind: str, high: int = MAX_TEXT) -> str:
    """JSON text of one `kind` ('array' or 'object'), valid and bounded."""
    return (
        f"{column} TEXT NOT NULL CHECK (typeof({column}) = 'text' AND length({column}) <= {high} "
        f"AND json_valid({column}) AND json_type({column}) = '{kind}')"
    )


def _position(column: str = "position") -> str:
    return f"{column} INTEGER NOT NULL DEFAULT 0 CHECK (typeof({column}) = 'integer')"


_SEQ = "seq INTEGER NOT NULL CHECK (typeof(seq) = 'integer' AND seq >= 0)"

AGENDA_ITEMS = _table(
    "agenda_items",
    _ID,
    _ref("meeting_id", "meetings", not_null=True),
    "position INTEGER NOT NULL CHECK (typeof(position) = 'integer' AND position >= 0)",
    _enum("kind", AGENDA_KINDS),
    _text("title", MAX_NAME),
    _ref("speaker_id", "people"),
    _ref("unit_id", "org_units"),
    "planned_minutes REAL NOT NULL CHECK (typeof(planned_minutes) IN ('integer', 'real') "
    "AND planned_minutes BETWEEN 0 AND 600)",
    "actual_seconds REAL CHECK (actual_seconds IS NULL OR "
    "(typeof(actual_seconds) IN ('integer', 'real') AND actual_seconds BETWEEN 0 AND 86400))",
    schema_v3._time("started_at"),
    schema_v3._time("ended_at"),
    _text("minutes"),
    _text("note", 2000),
)
ISSUES = _table(
    "issues",
    _ID,
    _ref("meeting_id", "meetings"),
    _ref("agenda_item_id", "agenda_items"),
    _name("description", 1, MAX_TEXT),
    _enum("cause", CAUSES),
    _ref("responsible_unit_id", "org_units"),
    _ref("owner_id", "people"),
    _date("due_date"),
    _text("resource_request"),
    _text("solution"),
    _flag("parked"),
)
ACTIONS = _table(
    "actions",
    _ID,
    _ref("issue_id", "issues"),
    _name("title", 1, 2000),
    _ref("responsible_unit_id", "org_units"),
    _ref("owner_id", "people"),
    _date("start_date"),
    _date("due_date"),
    _text("measures"),
    _ref("kpi_id", "kpis"),
    _ref("goal_id", "goals"),
    _number("baseline"),
    _number("expected"),
    _enum("status", ACTION_STATUSES) + " DEFAULT 'draft'",
    _text("status_reason", 2000),
    _text("owner_reason", 2000),
    _number("result_value"),
    _text("result_note", 2000),
    _date("verified_on"),
    "CHECK (start_date IS NULL OR due_date IS NULL OR start_date <= due_date)",
)
REBUILT = {"agenda_items": AGENDA_ITEMS, "issues": ISSUES, "actions": ACTIONS}

NEW_TABLES_SQL: tuple[str, ...] = (
    _table(
        "meeting_events",
        _ref("meeting_id", "meetings", not_null=True),
        _SEQ,
        _enum("kind", MEETING_EVENTS),
        _ref("agenda_item_id", "agenda_items"),
        "amount REAL CHECK (amount IS NULL OR (typeof(amount) IN ('integer', 'real') "
        "AND abs(amount) <= 86400))",
        _ms("at"),
        _STAMP,
        "PRIMARY KEY (meeting_id, seq)",
        tail="",
        options=" WITHOUT ROWID",
    ),
    _table(
        "meeting_snapshots",
        _ref("meeting_id", "meetings", not_null=True),
        _ref("goal_id", "goals", not_null=True),
        _position(),
        _ref("unit_id", "org_units"),
        _ref("person_id", "people"),
        _ref("kpi_id", "kpis", not_null=True),
        _period("period"),
        _number("target"),
        _number("target_max"),
        _number("actual"),
        _number("achievement"),
        _enum("status", SNAPSHOT_STATUSES),
        _text("gap"),
        _text("internal_cause"),
        _text("external_cause"),
        _text("internal_measures"),
        _text("external_needs"),
        _STAMP,
        "PRIMARY KEY (meeting_id, goal_id)",
        tail="",
        options=" WITHOUT ROWID",
    ),
    _table(
        "minute_entries",
        _ID,
        _ref("meeting_id", "meetings", not_null=True),
        _ref("agenda_item_id", "agenda_items"),
        _position(),
        _enum("kind", MINUTE_KINDS),
        _name("text", 1, MAX_TEXT),
    ),
    _table(
        "agenda_templates",
        _ID,
        _name("name"),
        _json("items", "array"),
        _position("sort_order"),
    ),
    _table(
        "action_units",
        _ref("action_id", "actions", not_null=True),
        _ref("unit_id", "org_units", not_null=True),
        _text("plan"),
        _flag("removed"),
        _STAMP,
        "PRIMARY KEY (action_id, unit_id)",
        tail="",
        options=" WITHOUT ROWID",
    ),
    _table(
        "action_history",
        _ref("action_id", "actions", not_null=True),
        _SEQ,
        _ms("at"),
        _text("actor", MAX_NAME),
        _enum("from_status", ACTION_STATUSES, nullable=True),
        _enum("to_status", ACTION_STATUSES, nullable=True),
        _ref("owner_id", "people"),
        _text("reason", 2000),
        _STAMP,
        "PRIMARY KEY (action_id, seq)",
        tail="",
        options=" WITHOUT ROWID",
    ),
    _table(
        "evaluation_rules",
        _ID,
        _name("name"),
        "version INTEGER NOT NULL DEFAULT 1 CHECK (typeof(version) = 'integer' AND version >= 1)",
        _json("rules", "object"),
    ),
    _table(
        "evaluations",
        _ID,
        _period("period"),
        _ref("unit_id", "org_units"),
        _ref("person_id", "people"),
        _number("score"),
        "rank INTEGER CHECK (rank IS NULL OR (typeof(rank) = 'integer' AND rank >= 1))",
        "ranked INTEGER CHECK (ranked IS NULL OR (typeof(ranked) = 'integer' AND ranked >= 1))",
        _json("flags", "array", 2000) + " DEFAULT '[]'",
        _ref("rule_id", "evaluation_rules", not_null=True),
        "rule_version INTEGER NOT NULL CHECK (typeof(rule_version) = 'integer' "
        "AND rule_version >= 1)",
        _flag("frozen"),
        "CHECK ((unit_id IS NULL) <> (person_id IS NULL))",
    ),
    _table(
        "appeals",
        _ID,
        _ref("evaluation_id", "evaluations", not_null=True),
        _date("filed_on", not_null=True),
        _name("reason", 1, MAX_TEXT),
        _enum("status", APPEAL_STATUSES) + " DEFAULT 'open'",
        _text("outcome"),
        _date("decided_on"),
        _number("revised_score"),
    ),
    _table(
        "period_profiles",
        _ID,
        _name("name"),
        _json("weights", "array", 1000),
    ),
)

TABLES_SQL: tuple[str, ...] = (
    *(REBUILT.get(sql.split()[2], sql) for sql in schema_v3.TABLES_SQL),
    *NEW_TABLES_SQL,
)

NEW_INDEXES_SQL: tuple[str, ...] = (
    # The partial index is what refuses a second running meeting, in any writer.
    "CREATE UNIQUE INDEX meetings_one_running ON meetings(status) "
    "WHERE status = 'running' AND deleted = 0",
    "CREATE INDEX issues_parked ON issues(parked) WHERE parked = 1",
    "CREATE INDEX minute_entries_meeting ON minute_entries(meeting_id, position)",
    "CREATE INDEX evaluations_period ON evaluations(period)",
    "CREATE INDEX appeals_evaluation ON appeals(evaluation_id)",
)
INDEXES_SQL: tuple[str, ...] = (*schema_v3.INDEXES_SQL, *NEW_INDEXES_SQL)

_FROZEN = "SELECT RAISE(ABORT, 'perfdesk: the meeting has ended and its record is frozen')"
_ENDED = "(SELECT status FROM meetings WHERE id = {}.meeting_id) = 'ended'"
_APPEND_ONLY = "SELECT RAISE(ABORT, 'perfdesk: {} is an append-only log')"
_EVALUATION_FROZEN = "SELECT RAISE(ABORT, 'perfdesk: the evaluation is frozen')"
# Content columns of rows that a trigger freezes; archived, deleted, stamp, source and
# created may still move (archiving, tombstones, merges that carry the same content).
ISSUE_RECORD = [
    "meeting_id",
    "agenda_item_id",
    "description",
    "cause",
    "responsible_unit_id",
    "owner_id",
    "due_date",
    "resource_request",
    "solution",
    "parked",
]
MINUTE_RECORD = ["meeting_id", "agenda_item_id", "position", "kind", "text"]
EVENT_RECORD = ["kind", "agenda_item_id", "amount", "at"]
HISTORY_RECORD = ["at", "actor", "from_status", "to_status", "owner_id", "reason"]
EVALUATION_RECORD = [
    "period",
    "unit_id",
    "person_id",
    "score",
    "rank",
    "ranked",
    "flags",
    "rule_id",
    "rule_version",
    "frozen",
]
# The meeting may leave 'ended' only when its latest 'reopen' event is after its latest
# 'end' event: the reopening is written to the log first.
_REOPENED = (
    "coalesce((SELECT max(seq) FROM meeting_events WHERE meeting_id = OLD.id "
    "AND kind = 'reopen'), -1) > coalesce((SELECT max(seq) FROM meeting_events "
    "WHERE meeting_id = OLD.id AND kind = 'end'), -1)"
)


def _changed(columns: list[str]) -> str:
    return " OR ".join(f"NEW.{c} IS NOT OLD.{c}" for c in columns)


def _frozen_by_meeting(table: str, record: list[str] | None) -> tuple[str, ...]:
    """Triggers refusing inserts, deletes and content updates of an ended meeting's rows
    (`record` None: every update is refused, as for the v3 agenda and attendance)."""
    update_when = _ENDED.format("OLD")
    if record is not None:
        update_when += f" AND ({_changed(record)})"
    return (
        f"CREATE TRIGGER {table}_frozen_insert BEFORE INSERT ON {table}\n"
        f"WHEN {_ENDED.format('NEW')}\nBEGIN {_FROZEN}; END",
        f"CREATE TRIGGER {table}_frozen_update BEFORE UPDATE ON {table}\n"
        f"WHEN {update_when}\nBEGIN {_FROZEN}; END",
        f"CREATE TRIGGER {table}_frozen_delete BEFORE DELETE ON {table}\n"
        f"WHEN {_ENDED.format('OLD')}\nBEGIN {_FROZEN}; END",
    )


def _append_only(table: str, record: list[str]) -> tuple[str, ...]:
    message = _APPEND_ONLY.format(table)
    return (
        f"CREATE TRIGGER {table}_append_only_update BEFORE UPDATE ON {table}\n"
        f"WHEN {_changed(record)}\nBEGIN {message}; END",
        f"CREATE TRIGGER {table}_append_only_delete BEFORE DELETE ON {table}\nBEGIN {message}; END",
    )


def _meeting_triggers() -> tuple[str, ...]:
    kept = [c for c in MEETING_RECORD if c not in ("status", "ended_at")]
    return (
        "CREATE TRIGGER meetings_frozen_update BEFORE UPDATE ON meetings\n"
        f"WHEN OLD.status = 'ended' AND (({_changed(kept)}) OR ((NEW.status IS NOT OLD.status "
        f"OR NEW.ended_at IS NOT OLD.ended_at) AND NOT ({_REOPENED})))\nBEGIN {_FROZEN}; END",
        "CREATE TRIGGER meetings_frozen_delete BEFORE DELETE ON meetings\n"
        f"WHEN OLD.status = 'ended'\nBEGIN {_FROZEN}; END",
    )


def _evaluation_triggers() -> tuple[str, ...]:
    return (
        "CREATE TRIGGER evaluations_frozen_update BEFORE UPDATE ON evaluations\n"
        f"WHEN OLD.frozen = 1 AND ({_changed(EVALUATION_RECORD)})\n"
        f"BEGIN {_EVALUATION_FROZEN}; END",
        "CREATE TRIGGER evaluations_frozen_delete BEFORE DELETE ON evaluations\n"
        f"WHEN OLD.frozen = 1\nBEGIN {_EVALUATION_FROZEN}; END",
    )


TRIGGERS_SQL: tuple[str, ...] = (
    *_frozen_by_meeting("agenda_items", None),
    *_frozen_by_meeting("meeting_attendees", None),
    *_meeting_triggers(),
    *_frozen_by_meeting("issues", ISSUE_RECORD),
    *_frozen_by_meeting("minute_entries", MINUTE_RECORD),
    *_frozen_by_meeting("meeting_snapshots", None),
    *_append_only("meeting_events", EVENT_RECORD),
    *_append_only("action_history", HISTORY_RECORD),
    *_evaluation_triggers(),
)
