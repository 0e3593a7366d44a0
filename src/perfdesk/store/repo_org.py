"""Reading org units and people (writes are in store/ops)."""

from __future__ import annotations

import sqlite3

from perfdesk.core.org import CommitteeRole, OrgUnit, Person, UnitKind
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
