"""What this document remembers of earlier imports: the one "Undo Import" would undo,
and when a sender's newest package was merged ("already imported on …").

Read whenever the window opens a document, so it must not load the merge code.
"""

from __future__ import annotations

from pathlib import Path

from perfdesk.store.document import Document


def imported_at(doc: Document, sender_id: str) -> int | None:
    """The stamp (ms since the epoch) of the newest merge from `sender_id`, or None."""
    row = doc.conn.execute(
        "SELECT i.our_stamp FROM imports i JOIN sources s ON s.n = i.source "
        "WHERE s.document_id = ? AND i.package_id NOT LIKE 'fork:%'",
        (sender_id,),
    ).fetchone()
    return int(row[0]) if row and row[0] else None


def last_import(doc: Document) -> tuple[str, Path, int] | None:
    """(sender name, backup, our stamp) of the newest import with a backup, or None."""
    row = doc.conn.execute(
        "SELECT s.name, i.backup, i.our_stamp FROM imports i JOIN sources s ON s.n = i.source "
        "WHERE i.backup <> '' ORDER BY i.our_stamp DESC LIMIT 1"
    ).fetchone()
    if row is None:
        return None
    return str(row[0]), Path(row[1]), int(row[2])


def undoable_import(doc: Document) -> bool:
    """Whether "Undo Import" can put a backup back: the newest import took one and its
    backup file is still there."""
    found = last_import(doc)
    return found is not None and found[1].is_file()


def senders_restored_by(doc: Document, backup: Path) -> list[str]:
    """The names of the senders whose import putting `backup` back undoes: one merge of
    several packages takes one backup, so undoing it undoes every one of them."""
    rows = doc.conn.execute(
        "SELECT s.name FROM imports i JOIN sources s ON s.n = i.source "
        "WHERE i.backup = ? ORDER BY i.our_stamp, s.name",
        (str(backup),),
    ).fetchall()
    return [str(row[0] or "") for row in rows]
