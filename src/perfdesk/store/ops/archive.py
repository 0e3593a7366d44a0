"""Archiving and restoring any entity: hidden with its history kept, never deleted."""

from __future__ import annotations

from perfdesk.store.document import Document
from perfdesk.store.ops._base import ENTITY_TABLES, Changes, OpError, OpResult, require, write
from perfdesk.store.ops._images import Recorder


def set_archived(doc: Document, table: str, row_id: str, archived: bool) -> OpResult:
    """Archive (hide, keeping history) or restore a unit, person, KPI or goal."""
    if table not in ENTITY_TABLES:
        raise OpError("bad_choice", field="record", value=table, choices=", ".join(ENTITY_TABLES))
    with write(doc) as conn:
        row = require(doc, table, row_id, ENTITY_TABLES[table], include_archived=True)
        if table == "kpis" and not archived and row["archived"]:
            clash = conn.execute(
                "SELECT 1 FROM kpis WHERE code = ? AND archived = 0 AND deleted = 0",
                (row["code"],),
            ).fetchone()
            if clash:
                raise OpError("kpi_code_active", code=row["code"])
        if table == "org_units" and archived and not row["archived"]:
            _unit_is_empty(doc, row_id)
        if not archived and row["archived"]:
            # Back into the tree only where its place is still there.
            if table == "org_units" and row["parent_id"] is not None:
                require(doc, "org_units", row["parent_id"], "parent_unit")
            if table == "people":
                require(doc, "org_units", row["unit_id"], "org_unit")
        record = Recorder(doc)
        record.update(table, (row_id,), {"archived": int(archived)})
        return record.result(Changes(frozenset({table}), frozenset({row_id})))


def _unit_is_empty(doc: Document, unit_id: str) -> None:
    """A unit is archived once nobody and no unit is left in it (moved or archived first),
    so the tree never holds an active person or team under an archived unit."""
    people, units = doc.conn.execute(
        "SELECT (SELECT count(*) FROM people WHERE unit_id = ?1 AND archived = 0 AND deleted = 0),"
        " (SELECT count(*) FROM org_units WHERE parent_id = ?1 AND archived = 0 AND deleted = 0)",
        (unit_id,),
    ).fetchone()
    if people or units:
        raise OpError("unit_not_empty", people=people, units=units)
