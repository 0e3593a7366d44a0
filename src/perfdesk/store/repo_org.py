"""Reading org units and people (writes are in store/ops)."""

from __future__ import annotations

import sqlite3

from perfdesk.core.org import CommitteeRole, Dependents, OrgUnit, Person, UnitKind
from perfdesk.store.validate import fetch_rows


def load_units(conn: sqlite3.Connection, include_archived: bool = False) -> list[OrgUnit]:
    rows = fetch_rows(
        conn,
        "SELECT id, name, kind, parent_id, code, manager_id, sort_order, archived "
        "FROM org_units WHERE deleted = 0 AND (archived = 0 OR ?) ORDER BY sort_order, name",
        (include_archived,),
    )
    return [
        OrgUnit(r[0], r[1], UnitKind(r[2]), r[3], r[4] or "", r[5], r[6] or 0, bool(r[7]))
        for r in rows
    ]


def load_people(conn: sqlite3.Connection, include_archived: bool = False) -> list[Person]:
    rows = fetch_rows(
        conn,
        "SELECT id, name, unit_id, title, email, committee_role, archived, employee_no "
        "FROM people WHERE deleted = 0 AND (archived = 0 OR ?) ORDER BY name",
        (include_archived,),
    )
    return [
        Person(
            r[0],
            r[1],
            r[2],
            r[3] or "",
            r[4] or "",
            CommitteeRole(r[5]) if r[5] else None,
            bool(r[6]),
            r[7] or "",
        )
        for r in rows
    ]


def dependents(conn: sqlite3.Connection, holder_id: str) -> Dependents:
    """What depends on the unit or person `holder_id` (active rows only), counted."""
    live = "archived = 0 AND deleted = 0"
    if conn.execute("SELECT 1 FROM org_units WHERE id = ?", (holder_id,)).fetchone():
        row = conn.execute(
            f"SELECT (SELECT count(*) FROM goals WHERE unit_id = ?1 AND {live}),"
            f" (SELECT count(*) FROM actions WHERE responsible_unit_id = ?1 AND {live}),"
            f" (SELECT count(*) FROM people WHERE unit_id = ?1 AND {live}),"
            f" (SELECT count(*) FROM org_units WHERE parent_id = ?1 AND {live})",
            (holder_id,),
        ).fetchone()
        return Dependents(goals=row[0], actions_responsible=row[1], people=row[2], units=row[3])
    row = conn.execute(
        f"SELECT (SELECT count(*) FROM goals WHERE person_id = ?1 AND {live}),"
        f" (SELECT count(*) FROM actions WHERE owner_id = ?1 AND {live}),"
        f" (SELECT count(*) FROM meetings WHERE chair_id = ?1 AND {live}),"
        " (SELECT count(*) FROM meeting_attendees a JOIN meetings m ON m.id = a.meeting_id"
        "  WHERE a.person_id = ?1 AND m.archived = 0 AND m.deleted = 0)",
        (holder_id,),
    ).fetchone()
    return Dependents(
        goals=row[0], actions_owned=row[1], meetings_chaired=row[2], meetings_attended=row[3]
    )
