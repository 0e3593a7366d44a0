"""The tables that travel between documents, their keys, and which rows a unit owns.

A package and a merge both need to know, per table: the key that identifies a row in
every file (an entity's UUID, a value's natural key with the goal named by its id, not
its local integer key), the columns that are bookkeeping rather than content (stamp,
source, created), and which rows fall in a unit's scope — its subtree of the org tree,
the people in it, the goals they hold, the meetings they chair, the issues of those
meetings and the actions their units answer for. The scope is computed in SQL into
temporary tables, once per package, so a 50-department merge never walks rows in Python.
"""

from __future__ import annotations

import sqlite3
from dataclasses import dataclass


@dataclass(frozen=True)
class Table:
    name: str
    key: tuple[str, ...]  # as it is compared across files (goal values: goal_id, period)
    goal_keyed: bool = False  # stored with the local goals.key in column `goal`


# In the order a merge applies them (references are deferred, so order is for triggers:
# an ended meeting freezes its agenda, attendance, events, snapshot, minutes and issues,
# so those come before meetings; a reopening is allowed by its event, so events first).
TABLES: tuple[Table, ...] = (
    Table("org_units", ("id",)),
    Table("people", ("id",)),
    Table("kpis", ("id",)),
    Table("goals", ("id",)),
    Table("goal_values", ("goal_id", "period"), goal_keyed=True),
    Table("deviation_notes", ("goal_id", "period"), goal_keyed=True),
    Table("period_profiles", ("id",)),
    Table("agenda_templates", ("id",)),
    Table("evaluation_rules", ("id",)),
    Table("evaluations", ("id",)),
    Table("appeals", ("id",)),
    Table("meeting_events", ("meeting_id", "seq")),
    Table("agenda_items", ("id",)),
    Table("meeting_attendees", ("meeting_id", "person_id")),
    Table("meeting_snapshots", ("meeting_id", "goal_id")),
    Table("minute_entries", ("id",)),
    Table("issues", ("id",)),
    Table("issue_units", ("issue_id", "unit_id")),
    Table("meetings", ("id",)),
    Table("actions", ("id",)),
    Table("action_units", ("action_id", "unit_id")),
    Table("action_history", ("action_id", "seq")),
    Table("action_reports", ("action_id", "period")),
)
BY_NAME = {table.name: table for table in TABLES}
# Bookkeeping, not content: two rows that differ only here are the same row.
BOOKKEEPING = frozenset({"stamp", "source", "created", "key", "goal"})


def columns(conn: sqlite3.Connection, table: str, db: str = "main") -> list[str]:
    return [row[1] for row in conn.execute(f"PRAGMA {db}.table_info({table})")]


def content_columns(conn: sqlite3.Connection, table: Table) -> list[str]:
    """The columns compared between files (the key included, bookkeeping left out)."""
    found = [c for c in columns(conn, table.name) if c not in BOOKKEEPING]
    return ["goal_id", *found] if table.goal_keyed else found


def reference_columns(conn: sqlite3.Connection, table: str) -> list[str]:
    """Columns holding another entity's id (the goal key of values excluded)."""
    return [
        row[3] for row in conn.execute(f"PRAGMA main.foreign_key_list({table})") if row[4] == "id"
    ]


def create_scope(conn: sqlite3.Connection, prefix: str, unit_id: str, sources: list[str]) -> None:
    """Temporary tables `{prefix}_units`, `_people`, `_goals`, `_meetings`, `_issues`,
    `_actions`: the ids in the scope of `unit_id`, read from the union of `sources`
    (table name patterns such as "src.{}" or "temp.inc_{}"; a row in an earlier one
    hides the same id in a later one).

    The scope of a unit is what it may change in another file: its subtree, the people
    in it, the goals they hold (`company_set` marks the goals of the unit itself, which
    the company sets), the meetings they chair or keep the minutes of, the issues raised
    there (or, outside a meeting, assigned to its units), and the actions its units
    or people answer for or that come from those issues.
    """

    def union(table: str, cols: str) -> str:
        parts: list[str] = []
        for n, pattern in enumerate(sources):
            hide = " AND ".join(
                f"id NOT IN (SELECT id FROM {earlier.format(table)})" for earlier in sources[:n]
            )
            where = f" WHERE {hide}" if hide else ""
            parts.append(f"SELECT {cols} FROM {pattern.format(table)}{where}")
        return " UNION ALL ".join(parts)

    p = prefix
    drop_scope(conn, p)
    conn.execute(
        f"CREATE TEMP TABLE {p}_units AS WITH RECURSIVE "
        f"tree(id, parent_id) AS ({union('org_units', 'id, parent_id')}), "
        "sub(id) AS (SELECT ? UNION SELECT tree.id FROM tree JOIN sub ON tree.parent_id = sub.id) "
        "SELECT id FROM sub",
        (unit_id,),
    )
    conn.execute(f"CREATE UNIQUE INDEX temp.{p}_units_id ON {p}_units(id)")
    conn.execute(
        f"CREATE TEMP TABLE {p}_people AS SELECT id FROM ({union('people', 'id, unit_id')}) "
        f"WHERE unit_id IN (SELECT id FROM {p}_units)"
    )
    conn.execute(f"CREATE UNIQUE INDEX temp.{p}_people_id ON {p}_people(id)")
    conn.execute(
        f"CREATE TEMP TABLE {p}_goals AS SELECT id, unit_id IS ? AS company_set "
        f"FROM ({union('goals', 'id, unit_id, person_id')}) "
        f"WHERE unit_id IN (SELECT id FROM {p}_units) OR person_id IN (SELECT id FROM {p}_people)",
        (unit_id,),
    )
    conn.execute(f"CREATE UNIQUE INDEX temp.{p}_goals_id ON {p}_goals(id)")
    conn.execute(
        f"CREATE TEMP TABLE {p}_meetings AS SELECT id FROM "
        f"({union('meetings', 'id, chair_id, secretary_id, minute_taker_id')}) "
        f"WHERE chair_id IN (SELECT id FROM {p}_people) "
        f"OR secretary_id IN (SELECT id FROM {p}_people) "
        "OR (chair_id IS NULL AND secretary_id IS NULL "
        f"AND minute_taker_id IN (SELECT id FROM {p}_people))"
    )
    conn.execute(
        f"CREATE TEMP TABLE {p}_issues AS SELECT id FROM "
        f"({union('issues', 'id, meeting_id, responsible_unit_id')}) "
        f"WHERE meeting_id IN (SELECT id FROM {p}_meetings) "
        f"OR (meeting_id IS NULL AND responsible_unit_id IN (SELECT id FROM {p}_units))"
    )
    conn.execute(
        f"CREATE TEMP TABLE {p}_actions AS SELECT id FROM "
        f"({union('actions', 'id, issue_id, responsible_unit_id, owner_id')}) "
        f"WHERE responsible_unit_id IN (SELECT id FROM {p}_units) "
        f"OR owner_id IN (SELECT id FROM {p}_people) OR issue_id IN (SELECT id FROM {p}_issues)"
    )


def drop_scope(conn: sqlite3.Connection, prefix: str) -> None:
    for name in ("units", "people", "goals", "meetings", "issues", "actions"):
        conn.execute(f"DROP TABLE IF EXISTS temp.{prefix}_{name}")


# Per table: which scope table its rows belong to, through which column.
SCOPE_OF: dict[str, tuple[str, str]] = {
    "org_units": ("units", "id"),
    "people": ("people", "id"),
    "goals": ("goals", "id"),
    "goal_values": ("goals", "goal_id"),
    "deviation_notes": ("goals", "goal_id"),
    "meetings": ("meetings", "id"),
    "agenda_items": ("meetings", "meeting_id"),
    "meeting_attendees": ("meetings", "meeting_id"),
    "meeting_events": ("meetings", "meeting_id"),
    "meeting_snapshots": ("meetings", "meeting_id"),
    "minute_entries": ("meetings", "meeting_id"),
    "issues": ("issues", "id"),
    "issue_units": ("issues", "issue_id"),
    "actions": ("actions", "id"),
    "action_reports": ("actions", "action_id"),
    "action_units": ("actions", "action_id"),
    "action_history": ("actions", "action_id"),
}
# Tables the company defines for every department: sent whole, and a department's
# change to a row the company already has is refused ("definition"). Templates and
# seasonal profiles are anyone's; appeals are filed where the person is.
DEFINITIONS = frozenset({"kpis", "evaluation_rules", "evaluations"})
