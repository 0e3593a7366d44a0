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
        record = Recorder(doc)
        record.update(table, (row_id,), {"archived": int(archived)})
        return record.result(Changes(frozenset({table}), frozenset({row_id})))
