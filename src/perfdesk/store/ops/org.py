"""Operations on the organisation: org units and people (reads: store/repo_org.py)."""

from __future__ import annotations

import sqlite3
from typing import Any

from perfdesk.core.org import CommitteeRole, UnitKind
from perfdesk.store.document import Document
from perfdesk.store.ops._base import (
    Changes,
    OpError,
    OpResult,
    choice,
    name_text,
    require,
    text_field,
    write,
)
from perfdesk.store.ops._images import Recorder
from perfdesk.store.schema_v4 import MAX_NAME


def add_org_unit(
    doc: Document, name: str, kind: UnitKind | str, parent_id: str | None = None, code: str = ""
) -> OpResult:
    """A company (the top, no parent) or a unit inside one; names are unique per level."""
    unit_name = name_text(name, "unit_name")
    unit_kind = choice(UnitKind, kind, "unit_kind")
    if unit_kind is UnitKind.COMPANY and parent_id is not None:
        raise OpError("company_parent")
    if unit_kind is not UnitKind.COMPANY and parent_id is None:
        raise OpError("unit_needs_parent")
    unit_code = text_field(code, 40, "unit_code")
    with write(doc) as conn:
        if parent_id is not None:
            require(doc, "org_units", parent_id, "parent_unit")
        clash = conn.execute(
            "SELECT 1 FROM org_units WHERE archived = 0 AND deleted = 0 AND name = ? "
            "AND parent_id IS ?",
            (unit_name, parent_id),
        ).fetchone()
        if clash:
            raise OpError("unit_name_taken", name=unit_name)
        record = Recorder(doc)
        row_id = record.insert(
            "org_units",
            {"parent_id": parent_id, "kind": unit_kind.value, "name": unit_name, "code": unit_code},
        )
        return record.result(Changes(frozenset({"org_units"}), frozenset({row_id})), row_id)


def add_person(
    doc: Document,
    name: str,
    unit_id: str,
    title: str = "",
    email: str = "",
    committee_role: CommitteeRole | str | None = None,
    employee_no: str = "",
) -> OpResult:
    """A person in a unit; an employee number, where given, is nobody else's."""
    values = _person_fields(name, title, email, committee_role, employee_no)
    with write(doc) as conn:
        require(doc, "org_units", unit_id, "org_unit")
        _employee_no_free(conn, values["employee_no"], "")
        record = Recorder(doc)
        row_id = record.insert("people", {"unit_id": unit_id, **values})
        return record.result(Changes(frozenset({"people"}), frozenset({row_id})), row_id)


def _person_fields(
    name: str,
    title: str,
    email: str,
    committee_role: CommitteeRole | str | None,
    employee_no: str,
) -> dict[str, Any]:
    """A person's fields as stored, each checked (OpError naming the field)."""
    role = (
        None
        if committee_role in (None, "")
        else choice(CommitteeRole, committee_role, "committee_role")
    )
    return {
        "name": name_text(name, "person_name"),
        "title": text_field(title, MAX_NAME, "job_title"),
        "employee_no": text_field(employee_no, 40, "employee_no") or None,
        "email": text_field(email, MAX_NAME, "email"),
        "committee_role": role.value if role else None,
    }


def _employee_no_free(conn: sqlite3.Connection, number: str | None, except_id: str) -> None:
    """Refused when another (not deleted) person has employee number `number`."""
    if number and conn.execute(
        "SELECT 1 FROM people WHERE employee_no = ? AND deleted = 0 AND id <> ?",
        (number, except_id),
    ).fetchone():
        raise OpError("employee_no_taken", number=number)


# -- editing the organisation ---------------------------------------------------------
def _name_free(conn: sqlite3.Connection, name: str, parent_id: str | None, except_id: str) -> None:
    """Refused when another active unit under `parent_id` is called `name`."""
    clash = conn.execute(
        "SELECT 1 FROM org_units WHERE archived = 0 AND deleted = 0 AND name = ? "
        "AND parent_id IS ? AND id <> ?",
        (name, parent_id, except_id),
    ).fetchone()
    if clash:
        raise OpError("unit_name_taken", name=name)


def _unit_changed(record: Recorder, unit_id: str) -> OpResult:
    return record.result(Changes(frozenset({"org_units"}), frozenset({unit_id})))


def rename_org_unit(doc: Document, unit_id: str, name: str) -> OpResult:
    """A unit's new name; unique among the active units at its level."""
    unit_name = name_text(name, "unit_name")
    with write(doc) as conn:
        unit = require(doc, "org_units", unit_id, "org_unit")
        _name_free(conn, unit_name, unit["parent_id"], unit_id)
        record = Recorder(doc)
        record.update("org_units", (unit_id,), {"name": unit_name})
        return _unit_changed(record, unit_id)


def set_unit_details(doc: Document, unit_id: str, code: str, kind: UnitKind | str) -> OpResult:
    """A unit's code and kind; only the top of the tree is a company."""
    unit_code = text_field(code, 40, "unit_code")
    unit_kind = choice(UnitKind, kind, "unit_kind")
    with write(doc):
        unit = require(doc, "org_units", unit_id, "org_unit")
        if unit_kind is UnitKind.COMPANY and unit["parent_id"] is not None:
            raise OpError("company_parent")
        if unit_kind is not UnitKind.COMPANY and unit["parent_id"] is None:
            raise OpError("unit_needs_parent")
        record = Recorder(doc)
        record.update("org_units", (unit_id,), {"code": unit_code, "kind": unit_kind.value})
        return _unit_changed(record, unit_id)


def move_org_unit(doc: Document, unit_id: str, parent_id: str) -> OpResult:
    """Put a unit (with everything below it) under another; never into its own subtree."""
    with write(doc) as conn:
        unit = require(doc, "org_units", unit_id, "org_unit")
        if unit["parent_id"] is None:
            raise OpError("company_move")
        parent = require(doc, "org_units", parent_id, "parent_unit")
        # Walk up from the new parent: meeting the unit itself means a loop.
        seen: set[str] = set()
        current: str | None = parent_id
        while current is not None and current not in seen:
            if current == unit_id:
                raise OpError("unit_loop", name=unit["name"], parent=parent["name"])
            seen.add(current)
            row = conn.execute("SELECT parent_id FROM org_units WHERE id = ?", (current,))
            found = row.fetchone()
            current = found[0] if found else None
        _name_free(conn, unit["name"], parent_id, unit_id)
        record = Recorder(doc)
        record.update("org_units", (unit_id,), {"parent_id": parent_id})
        return _unit_changed(record, unit_id)


def set_unit_manager(doc: Document, unit_id: str, person_id: str | None) -> OpResult:
    """A unit's manager (any active person), or none."""
    with write(doc):
        require(doc, "org_units", unit_id, "org_unit")
        if person_id is not None:
            require(doc, "people", person_id, "person")
        record = Recorder(doc)
        record.update("org_units", (unit_id,), {"manager_id": person_id})
        return _unit_changed(record, unit_id)


def edit_person(
    doc: Document,
    person_id: str,
    name: str,
    title: str = "",
    email: str = "",
    committee_role: CommitteeRole | str | None = None,
    employee_no: str = "",
) -> OpResult:
    """A person's name, title, email, committee role and employee number (unique)."""
    values = _person_fields(name, title, email, committee_role, employee_no)
    with write(doc) as conn:
        require(doc, "people", person_id, "person")
        _employee_no_free(conn, values["employee_no"], person_id)
        record = Recorder(doc)
        record.update("people", (person_id,), values)
        return record.result(Changes(frozenset({"people"}), frozenset({person_id})))


def move_person(doc: Document, person_id: str, unit_id: str) -> OpResult:
    """A person into another (active) unit."""
    with write(doc):
        require(doc, "people", person_id, "person")
        require(doc, "org_units", unit_id, "org_unit")
        record = Recorder(doc)
        record.update("people", (person_id,), {"unit_id": unit_id})
        return record.result(Changes(frozenset({"people"}), frozenset({person_id})))


def edit_org_unit(
    doc: Document,
    unit_id: str,
    name: str,
    code: str,
    kind: UnitKind | str,
    manager_id: str | None,
) -> OpResult:
    """A unit's properties form in one step: name, code, kind and manager together."""
    unit_name = name_text(name, "unit_name")
    unit_code = text_field(code, 40, "unit_code")
    unit_kind = choice(UnitKind, kind, "unit_kind")
    with write(doc) as conn:
        unit = require(doc, "org_units", unit_id, "org_unit")
        if unit_kind is UnitKind.COMPANY and unit["parent_id"] is not None:
            raise OpError("company_parent")
        if unit_kind is not UnitKind.COMPANY and unit["parent_id"] is None:
            raise OpError("unit_needs_parent")
        _name_free(conn, unit_name, unit["parent_id"], unit_id)
        if manager_id is not None and manager_id != unit["manager_id"]:
            require(doc, "people", manager_id, "person")
        record = Recorder(doc)
        record.update(
            "org_units",
            (unit_id,),
            {
                "name": unit_name,
                "code": unit_code,
                "kind": unit_kind.value,
                "manager_id": manager_id,
            },
        )
        return _unit_changed(record, unit_id)
