"""The literal SQL of schema version 3, the current one: tables, indexes and triggers.

The rules every table follows (ARCHITECTURE.md, "Data"):
- Entities (org units, people, KPIs, goals, meetings, agenda items, issues, actions)
  have a text `id` (a UUID) that never changes and crosses files; `goals` also has a
  local INTEGER `key`, which the one hot table (`goal_values`, ~1 M rows in a company
  file) uses instead of the 36-character id: measured 42.8 MB against 61.8 MB.
- Values are keyed by what they are about — (goal, period), (meeting, person),
  (issue, unit), (action, 10-day period) — WITHOUT ROWID and with no surrogate id.
- Nothing is hard-deleted: entities have `archived` (the user's, restorable) and
  `deleted` (a tombstone: the undo of an add, a removal a merge must carry); a cleared
  value is a row whose value is NULL; a removed attendee or related unit is a flag.
- Every row has `stamp` (integer milliseconds, never backwards within a document) and
  `source` (who last changed it, into `sources`); entities also keep `created`.
- CHECK constraints hold every enum, sign, magnitude and text length, so a file made
  by another tool cannot carry what the app would choke on; every reference is a
  foreign key (deferred, so merges and bulk writes may insert in any order).
- An ended meeting is frozen by triggers: its agenda, attendance and the meeting row
  itself refuse changes (archiving and tombstones aside).
Fragments below are shared only inside this version; a released version never changes.
"""

from __future__ import annotations

# |value| bound for every stored number: beyond it sums of a year's values could
# overflow float precision that matters (and 1e300 overflowed averaging in v2).
MAX_MAGNITUDE = 1e12
MAX_NAME = 200
MAX_TEXT = 20_000

_ID = "id TEXT PRIMARY KEY NOT NULL CHECK (typeof(id) = 'text' AND length(id) BETWEEN 1 AND 64)"


def _name(column: str, low: int = 1, high: int = MAX_NAME) -> str:
    return (
        f"{column} TEXT NOT NULL CHECK (typeof({column}) = 'text' "
        f"AND length({column}) BETWEEN {low} AND {high})"
    )


def _text(column: str, high: int = MAX_TEXT) -> str:
    return _name(column, 0, high) + " DEFAULT ''"


def _optional_text(column: str, high: int) -> str:
    return (
        f"{column} TEXT CHECK ({column} IS NULL OR (typeof({column}) = 'text' "
        f"AND length({column}) BETWEEN 1 AND {high}))"
    )


def _number(column: str, not_null: bool = False) -> str:
    bound = f"typeof({column}) IN ('integer', 'real') AND abs({column}) <= {MAX_MAGNITUDE:.0e}"
    if not_null:
        return f"{column} REAL NOT NULL CHECK ({bound})"
    return f"{column} REAL CHECK ({column} IS NULL OR ({bound}))"


def _ref(column: str, table: str, target: str = "id", not_null: bool = False) -> str:
    kind = "INTEGER" if target == "key" else "TEXT"
    null = " NOT NULL" if not_null else ""
    return f"{column} {kind}{null} REFERENCES {table}({target}) DEFERRABLE INITIALLY DEFERRED"


def _enum(column: str, values: tuple[str, ...], nullable: bool = False) -> str:
    choices = ", ".join(f"'{v}'" for v in values)
    if nullable:
        return f"{column} TEXT CHECK ({column} IS NULL OR {column} IN ({choices}))"
    return f"{column} TEXT NOT NULL CHECK ({column} IN ({choices}))"


def _flag(column: str, default: int = 0) -> str:
    return f"{column} INTEGER NOT NULL DEFAULT {default} CHECK ({column} IN (0, 1))"


_DATE = "'[0-9][0-9][0-9][0-9]-[01][0-9]-[0-3][0-9]'"


def _date(column: str, not_null: bool = False) -> str:
    if not_null:
        return f"{column} TEXT NOT NULL CHECK ({column} GLOB {_DATE})"
    return f"{column} TEXT CHECK ({column} IS NULL OR {column} GLOB {_DATE})"


def _time(column: str) -> str:
    """An instant as UTC ISO-8601 text ('2026-10-05T01:00:00.000000Z')."""
    return (
        f"{column} TEXT CHECK ({column} IS NULL OR ({column} GLOB "
        f"'[0-9][0-9][0-9][0-9]-[01][0-9]-[0-3][0-9]T*' AND length({column}) <= 40))"
    )


_Y = "[0-9][0-9][0-9][0-9]"
# Canonical period keys (core/periods.py): year, half, quarter, month, 10-day, ISO week.
_MONTH, _TEN_DAY, _WEEK = f"{_Y}-[01][0-9]", f"{_Y}-[01][0-9]-D[1-3]", f"{_Y}-W[0-5][0-9]"
# Any period (goals, meetings); values are entered by month, 10-day period or week only,
# most often by month, which is tested first (it is evaluated for a million rows).
_ANY_PERIOD = (_Y, f"{_Y}-H[12]", f"{_Y}-Q[1-4]", _MONTH, _TEN_DAY, _WEEK)
_ENTRY_PERIOD = (_MONTH, _TEN_DAY, _WEEK)


def _period(column: str, nullable: bool = False, entry: bool = False) -> str:
    globs = " OR ".join(f"{column} GLOB '{g}'" for g in (_ENTRY_PERIOD if entry else _ANY_PERIOD))
    if nullable:
        return f"{column} TEXT CHECK ({column} IS NULL OR {globs})"
    return f"{column} TEXT NOT NULL CHECK ({globs})"


_STAMP = (
    "stamp INTEGER NOT NULL CHECK (typeof(stamp) = 'integer' AND stamp >= 0),\n"
    "  source INTEGER NOT NULL REFERENCES sources(n) DEFERRABLE INITIALLY DEFERRED"
)
_ENTITY_TAIL = (
    f"{_flag('archived')},\n  {_flag('deleted')},\n"
    "  created INTEGER NOT NULL CHECK (typeof(created) = 'integer' AND created >= 0),\n"
    f"  {_STAMP}"
)


def _table(name: str, *parts: str, tail: str = _ENTITY_TAIL, options: str = "") -> str:
    """CREATE TABLE with the columns, then the shared tail columns, then table constraints."""
    constraints = tuple(p for p in parts if p.startswith(("CHECK", "PRIMARY KEY")))
    columns = tuple(p for p in parts if p not in constraints)
    body = ",\n  ".join((*columns, *((tail,) if tail else ()), *constraints))
    return f"CREATE TABLE {name} (\n  {body}\n){options}"


UNIT_KINDS = ("company", "division", "department", "region", "team")
COMMITTEE_ROLES = ("chair", "vice_chair", "secretary", "representative")
DIRECTIONS = ("higher", "lower", "range")
AGGREGATIONS = ("sum", "average", "last", "ratio")
PERSPECTIVES = ("financial", "customer", "process", "learning")
GRANULARITIES = ("month", "ten_day", "week")
MEETING_KINDS = ("monthly", "quarterly", "half_year", "ad_hoc")
MEETING_STATUSES = ("planned", "running", "ended")
AGENDA_KINDS = ("opening", "action_review", "speaker", "discussion", "buffer", "closing")
ATTENDANCE = ("present", "late", "absent", "excused")
CAUSES = ("internal", "external")
ACTION_STATUSES = ("draft", "returned", "open", "done", "verified", "overdue", "cancelled")
ROLES = ("company", "department")

TABLES_SQL: tuple[str, ...] = (
    "CREATE TABLE meta (\n"
    "  key TEXT PRIMARY KEY NOT NULL CHECK (typeof(key) = 'text' "
    "AND length(key) BETWEEN 1 AND 64),\n"
    "  value TEXT CHECK (value IS NULL OR (typeof(value) = 'text' AND length(value) <= 1000))\n"
    ") WITHOUT ROWID",
    _table(
        "sources",
        "n INTEGER PRIMARY KEY",
        "document_id TEXT NOT NULL UNIQUE "
        "CHECK (typeof(document_id) = 'text' AND length(document_id) BETWEEN 1 AND 64)",
        _text("name", MAX_NAME),
        _enum("role", ROLES, nullable=True),
        _optional_text("unit_id", 64),
        "first_seen INTEGER NOT NULL CHECK (typeof(first_seen) = 'integer' AND first_seen >= 0)",
        tail="",
    ),
    _table(
        "imports",
        "source INTEGER PRIMARY KEY REFERENCES sources(n) DEFERRABLE INITIALLY DEFERRED",
        "package_id TEXT NOT NULL CHECK (length(package_id) BETWEEN 1 AND 64)",
        "their_stamp INTEGER NOT NULL CHECK (typeof(their_stamp) = 'integer' AND their_stamp >= 0)",
        "our_stamp INTEGER NOT NULL CHECK (typeof(our_stamp) = 'integer' AND our_stamp >= 0)",
        "rows INTEGER NOT NULL DEFAULT 0 CHECK (rows >= 0)",
        _text("backup", 4096),
        tail="",
    ),
    _table(
        "org_units",
        _ID,
        _ref("parent_id", "org_units"),
        _enum("kind", UNIT_KINDS),
        _name("name"),
        _text("code", 40),
        _ref("manager_id", "people"),
        "sort_order INTEGER NOT NULL DEFAULT 0 CHECK (typeof(sort_order) = 'integer')",
        "CHECK ((kind = 'company') = (parent_id IS NULL))",
    ),
    _table(
        "people",
        _ID,
        _ref("unit_id", "org_units", not_null=True),
        _name("name"),
        _text("title", MAX_NAME),
        _optional_text("employee_no", 40),
        _text("email", MAX_NAME),
        _enum("committee_role", COMMITTEE_ROLES, nullable=True),
    ),
    _table(
        "kpis",
        _ID,
        _name("code", 1, 64),
        _text("name_zh", MAX_NAME),
        _text("name_en", MAX_NAME),
        _text("unit_zh", 40),
        _text("unit_en", 40),
        _text("description_zh"),
        _text("description_en"),
        _enum("direction", DIRECTIONS),
        _enum("aggregation", AGGREGATIONS),
        "decimals INTEGER NOT NULL DEFAULT 0 CHECK (decimals BETWEEN 0 AND 6)",
        _enum("perspective", PERSPECTIVES),
        "amber_below REAL NOT NULL CHECK (typeof(amber_below) IN ('integer', 'real'))",
        "red_below REAL NOT NULL CHECK (typeof(red_below) IN ('integer', 'real'))",
        _number("min_value"),
        _number("max_value"),
        _ref("numerator_id", "kpis"),
        _ref("denominator_id", "kpis"),
        "CHECK (length(name_zh) + length(name_en) > 0)",
        "CHECK (0 < red_below AND red_below <= amber_below AND amber_below <= 10)",
        "CHECK (min_value IS NULL OR max_value IS NULL OR min_value <= max_value)",
        "CHECK (aggregation <> 'ratio' "
        "OR (numerator_id IS NOT NULL AND denominator_id IS NOT NULL))",
    ),
    _table(
        "goals",
        "key INTEGER PRIMARY KEY",
        "id TEXT NOT NULL UNIQUE CHECK (typeof(id) = 'text' AND length(id) BETWEEN 1 AND 64)",
        _ref("parent_id", "goals"),
        _ref("kpi_id", "kpis", not_null=True),
        _ref("unit_id", "org_units"),
        _ref("person_id", "people"),
        _period("period"),
        _enum("granularity", GRANULARITIES) + " DEFAULT 'month'",
        _text("title"),
        "weight REAL NOT NULL DEFAULT 0 CHECK (typeof(weight) IN ('integer', 'real') "
        "AND weight BETWEEN 0 AND 100)",
        _number("target"),
        _number("target_max"),
        "sort_order INTEGER NOT NULL DEFAULT 0 CHECK (typeof(sort_order) = 'integer')",
        "CHECK ((unit_id IS NULL) <> (person_id IS NULL))",
    ),
    # One row per (goal, period) at the goal's granularity: the period's target (and
    # range upper bound) and actual. A cleared value stays a row with NULL and a stamp.
    _table(
        "goal_values",
        _ref("goal", "goals", "key", not_null=True),
        _period("period", entry=True),
        _number("target"),
        _number("target_max"),
        _number("actual"),
        "note TEXT CHECK (note IS NULL OR (typeof(note) = 'text' AND length(note) <= 2000))",
        _flag("locked"),
        _STAMP,
        "PRIMARY KEY (goal, period)",
        tail="",
        options=" WITHOUT ROWID",
    ),
    _table(
        "deviation_notes",
        _ref("goal", "goals", "key", not_null=True),
        _period("period", entry=True),
        _text("gap"),
        _text("internal_cause"),
        _text("external_cause"),
        _text("internal_measures"),
        _text("external_needs"),
        _STAMP,
        "PRIMARY KEY (goal, period)",
        tail="",
        options=" WITHOUT ROWID",
    ),
    _table(
        "meetings",
        _ID,
        _name("title"),
        _enum("kind", MEETING_KINDS),
        _date("date", not_null=True),
        "start_time TEXT CHECK (start_time IS NULL OR start_time GLOB '[0-2][0-9]:[0-5][0-9]')",
        "planned_minutes REAL NOT NULL DEFAULT 120 CHECK (typeof(planned_minutes) IN "
        "('integer', 'real') AND planned_minutes > 0 AND planned_minutes <= 1440)",
        _text("place", MAX_NAME),
        _period("period", nullable=True),
        _ref("chair_id", "people"),
        _ref("secretary_id", "people"),
        _ref("minute_taker_id", "people"),
        _enum("status", MEETING_STATUSES) + " DEFAULT 'planned'",
        _time("started_at"),
        _time("ended_at"),
        _text("notes"),
    ),
    _table(
        "meeting_attendees",
        _ref("meeting_id", "meetings", not_null=True),
        _ref("person_id", "people", not_null=True),
        _enum("attendance", ATTENDANCE, nullable=True),
        _flag("invited", 1),
        "position INTEGER NOT NULL DEFAULT 0 CHECK (typeof(position) = 'integer')",
        _STAMP,
        "PRIMARY KEY (meeting_id, person_id)",
        tail="",
        options=" WITHOUT ROWID",
    ),
    _table(
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
        _time("started_at"),
        _time("ended_at"),
        _text("minutes"),
    ),
    _table(
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
    ),
    _table(
        "issue_units",
        _ref("issue_id", "issues", not_null=True),
        _ref("unit_id", "org_units", not_null=True),
        _flag("related", 1),
        _STAMP,
        "PRIMARY KEY (issue_id, unit_id)",
        tail="",
        options=" WITHOUT ROWID",
    ),
    _table(
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
        "CHECK (start_date IS NULL OR due_date IS NULL OR start_date <= due_date)",
    ),
    _table(
        "action_reports",
        _ref("action_id", "actions", not_null=True),
        _period("period", entry=True),
        _date("report_date", not_null=True),
        _number("measured_value"),
        "progress REAL CHECK (progress IS NULL OR (typeof(progress) IN ('integer', 'real') "
        "AND progress BETWEEN 0 AND 100))",
        _text("note"),
        _flag("deleted"),
        _STAMP,
        "PRIMARY KEY (action_id, period)",
        tail="",
        options=" WITHOUT ROWID",
    ),
)

INDEXES_SQL: tuple[str, ...] = (
    "CREATE INDEX org_units_parent ON org_units(parent_id)",
    "CREATE INDEX people_unit ON people(unit_id)",
    "CREATE UNIQUE INDEX people_employee_no ON people(employee_no) "
    "WHERE employee_no IS NOT NULL AND deleted = 0",
    "CREATE UNIQUE INDEX kpis_active_code ON kpis(code) WHERE archived = 0 AND deleted = 0",
    "CREATE INDEX goals_unit ON goals(unit_id, period)",
    "CREATE INDEX goals_person ON goals(person_id, period)",
    "CREATE INDEX goals_parent ON goals(parent_id)",
    "CREATE INDEX agenda_items_meeting ON agenda_items(meeting_id, position)",
    "CREATE INDEX issues_meeting ON issues(meeting_id)",
    "CREATE INDEX actions_unit ON actions(responsible_unit_id, status)",
    "CREATE INDEX actions_issue ON actions(issue_id)",
)

_FROZEN = "SELECT RAISE(ABORT, 'perfdesk: the meeting has ended and its record is frozen')"
_ENDED = "(SELECT status FROM meetings WHERE id = {}.meeting_id) = 'ended'"
# Meeting columns that an ended meeting keeps; archived, deleted, stamp and source may move.
MEETING_RECORD = [
    "title",
    "kind",
    "date",
    "start_time",
    "planned_minutes",
    "place",
    "period",
    "chair_id",
    "secretary_id",
    "minute_taker_id",
    "status",
    "started_at",
    "ended_at",
    "notes",
]


def _frozen_triggers() -> tuple[str, ...]:
    triggers = []
    for table in ("agenda_items", "meeting_attendees"):
        for event, row in (("INSERT", "NEW"), ("UPDATE", "OLD"), ("DELETE", "OLD")):
            triggers.append(
                f"CREATE TRIGGER {table}_frozen_{event.lower()} BEFORE {event} ON {table}\n"
                f"WHEN {_ENDED.format(row)}\nBEGIN {_FROZEN}; END"
            )
    changed = " OR ".join(f"NEW.{c} IS NOT OLD.{c}" for c in MEETING_RECORD)
    triggers.append(
        "CREATE TRIGGER meetings_frozen_update BEFORE UPDATE ON meetings\n"
        f"WHEN OLD.status = 'ended' AND ({changed})\nBEGIN {_FROZEN}; END"
    )
    triggers.append(
        "CREATE TRIGGER meetings_frozen_delete BEFORE DELETE ON meetings\n"
        f"WHEN OLD.status = 'ended'\nBEGIN {_FROZEN}; END"
    )
    return tuple(triggers)


TRIGGERS_SQL = _frozen_triggers()
