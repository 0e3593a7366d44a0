"""Department files and value lookups for the exchange tests."""

from __future__ import annotations

from pathlib import Path

from perfdesk.store.document import Document
from perfdesk.store.exchange.department import make_department_file


def fork_department(company: Document, unit_id: str, out: Path) -> Document:
    """The department file of `unit_id` made from `company`, opened for writing."""
    make_department_file(company.path, unit_id, out)
    return Document.open(out)


def value(doc: Document, goal_id: str, period: str, column: str = "actual") -> float | None:
    row = doc.conn.execute(
        f"SELECT v.{column} FROM goal_values v JOIN goals g ON g.key = v.goal "
        "WHERE g.id = ? AND v.period = ?",
        (goal_id, period),
    ).fetchone()
    return None if row is None else row[0]
