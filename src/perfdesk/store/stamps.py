"""Row stamps and sources: when a row last changed, and which document changed it.

Every row carries `stamp`, integer milliseconds from a clock that never goes
backwards within a document: each transaction takes max(now, last + 1) and keeps it
in meta('clock'), so a later edit always wins locally even if the laptop's clock was
set back, and a merge sees two documents' clocks side by side instead of trusting
either. `source` is a small integer into `sources`, which numbers every document
(by its document id) that has changed rows of this one.
"""

from __future__ import annotations

import sqlite3
import time


def now_ms() -> int:
    return int(time.time() * 1000)


def next_stamp(conn: sqlite3.Connection) -> int:
    """The stamp of the transaction `conn` is in; advances meta('clock')."""
    row = conn.execute("SELECT value FROM meta WHERE key = 'clock'").fetchone()
    try:
        last = int(row[0]) if row and row[0] else 0
    except ValueError:
        last = 0
    stamp = max(now_ms(), last + 1)
    conn.execute(
        "INSERT INTO meta(key, value) VALUES ('clock', ?) "
        "ON CONFLICT(key) DO UPDATE SET value = excluded.value",
        (str(stamp),),
    )
    return stamp


def source_number(
    conn: sqlite3.Connection,
    document_id: str,
    name: str = "",
    role: str | None = None,
    unit_id: str | None = None,
) -> int:
    """The `sources` number of a document, added (inside the caller's transaction) if new."""
    row = conn.execute("SELECT n FROM sources WHERE document_id = ?", (document_id,)).fetchone()
    if row:
        return int(row[0])
    cursor = conn.execute(
        "INSERT INTO sources(document_id, name, role, unit_id, first_seen) VALUES (?, ?, ?, ?, ?)",
        (document_id, name[:200], role, unit_id or None, now_ms()),
    )
    return int(cursor.lastrowid or 0)
