"""Department files and value lookups for the exchange tests."""

from __future__ import annotations

from pathlib import Path

from perfdesk.store.document import Document
from perfdesk.store.stamps import source_number


def fork_department(company: Document, unit_id: str, out: Path) -> Document:
    """A department file made from `company` for `unit_id`, opened for writing.

    The whole company copied, then marked: role, unit, and the fork in `imports`
    (the company's clock at the copy, ours right after) that the merge takes as base.
    """
    company.save_copy(out)
    doc = Document.open(out)
    with doc.transaction() as conn:
        conn.execute("UPDATE meta SET value = 'department' WHERE key = 'role'")
        conn.execute("UPDATE meta SET value = ? WHERE key = 'unit_id'", (unit_id,))
        n = source_number(conn, company.document_id)
        conn.execute(
            "INSERT INTO imports VALUES (?, ?, ?, ?, 0, '')",
            (n, f"fork:{company.document_id}", int(company.meta("clock")), doc.stamp),
        )
    return doc


def value(doc: Document, goal_id: str, period: str, column: str = "actual") -> float | None:
    row = doc.conn.execute(
        f"SELECT v.{column} FROM goal_values v JOIN goals g ON g.key = v.goal "
        "WHERE g.id = ? AND v.period = ?",
        (goal_id, period),
    ).fetchone()
    return None if row is None else row[0]
