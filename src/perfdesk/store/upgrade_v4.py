"""The move of a version-3 document into version 4.

Three tables are rebuilt, because SQLite cannot change a CHECK in place and a column
added by ALTER TABLE would leave `sqlite_master` unlike a new file's: `agenda_items`
(+ note), `issues` (+ solution, parked) and `actions` (+ owner_reason, result_value,
result_note, verified_on; the status enum without 'overdue'). Each is renamed to
old_*, made again from `schema_v4`, copied column by column and dropped; the new
tables, the indexes and the triggers are made last (the ended-meeting triggers would
refuse the copy of an ended meeting's agenda and issues). The caller holds the
transaction with foreign keys off and runs `PRAGMA foreign_key_check` before it
commits.

What the move decides: an action stored as 'overdue' becomes 'open' — overdue is
derived from the due date from now on, so it still reads as overdue where it is. Its
stamp moves (the row changed), so a merge carries the new status. Nothing else
changes: ids, stamps and sources stay.
"""

from __future__ import annotations

import sqlite3

from perfdesk.store import schema_v4
from perfdesk.store.stamps import next_stamp, source_number

REBUILT = ("agenda_items", "issues", "actions")


def upgrade(conn: sqlite3.Connection) -> None:
    # Before the rebuild: the v4 actions table refuses the status 'overdue'.
    if conn.execute("SELECT 1 FROM actions WHERE status = 'overdue' LIMIT 1").fetchone():
        document_id = conn.execute("SELECT value FROM meta WHERE key = 'document_id'").fetchone()
        conn.execute(
            "UPDATE actions SET status = 'open', stamp = ?, source = ? WHERE status = 'overdue'",
            (next_stamp(conn), source_number(conn, document_id[0] if document_id else "")),
        )
    # The v3 triggers on the rebuilt tables move with their rename; drop them all (the
    # v4 set replaces them) before anything else.
    for (name,) in conn.execute("SELECT name FROM sqlite_master WHERE type = 'trigger'").fetchall():
        conn.execute(f"DROP TRIGGER {name}")
    conn.execute("PRAGMA legacy_alter_table = ON")  # rename only, touch no other table
    try:
        for table in REBUILT:
            conn.execute(f"ALTER TABLE {table} RENAME TO old_{table}")
    finally:
        conn.execute("PRAGMA legacy_alter_table = OFF")
    for table in REBUILT:
        # The old table's indexes went with it under their names; free the names.
        for (index,) in conn.execute(
            "SELECT name FROM sqlite_master WHERE type = 'index' AND tbl_name = ? "
            "AND sql IS NOT NULL",
            (f"old_{table}",),
        ).fetchall():
            conn.execute(f"DROP INDEX {index}")
        conn.execute(schema_v4.REBUILT[table])
        old = [row[1] for row in conn.execute(f"PRAGMA table_info(old_{table})")]
        columns = ", ".join(old)
        conn.execute(f"INSERT INTO {table} ({columns}) SELECT {columns} FROM old_{table}")
        conn.execute(f"DROP TABLE old_{table}")
    for statement in schema_v4.NEW_TABLES_SQL:
        conn.execute(statement)
    for statement in schema_v4.INDEXES_SQL:
        index = statement.split(" ON ")[0].split()[-1]
        exists = conn.execute(
            "SELECT 1 FROM sqlite_master WHERE type = 'index' AND name = ?", (index,)
        ).fetchone()
        if not exists:
            conn.execute(statement)
    for statement in schema_v4.TRIGGERS_SQL:
        conn.execute(statement)
