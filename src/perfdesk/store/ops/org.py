"""Operations on the organisation: org units and people (reads: store/repo_org.py)."""

from __future__ import annotations

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
from perfdesk.store.schema_v3 import MAX_NAME


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
    person_name = name_text(name, "person_name")
    role = (
        None
        if committee_role in (None, "")
        else choice(CommitteeRole, committee_role, "committee_role")
    )
    number = text_field(employee_no, 40, "employee_no") or None
    values = {
        "unit_id": unit_id,
        "name": person_name,
        "title": text_field(title, MAX_NAME, "job_title"),
        "employee_no": number,
        "email": text_field(email, MAX_NAME, "email"),
        "committee_role": role.value if role else None,
    }
    with write(doc) as conn:
        require(doc, "org_units", unit_id, "org_unit")
        if (
            number
            and conn.execute(
                "SELECT 1 FROM people WHERE employee_no = ? AND deleted = 0", (number,)
            ).fetchone()
        ):
            raise OpError("employee_no_taken", number=number)
        record = Recorder(doc)
        row_id = record.insert("people", values)
        return record.result(Changes(frozenset({"people"}), frozenset({row_id})), row_id)
