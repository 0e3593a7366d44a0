"""The schema versions of the .perfdesk document and the migrations between them.

Owns `SCHEMA_VERSION`, `create_schema` (a new document is made at the current version
directly) and `migrate` (an older file is brought up version by version inside the
caller's transaction). Every version is literal SQL: 1 and 2 in `schema_old`, 3 in
`schema_v3`, 4 in `schema_v4`; the data moves from 2 to 3 and from 3 to 4 are in
`upgrade_v3` and `upgrade_v4`. A released version never
changes; a schema change is a new version with a fixture of the one before it
(tests/fixtures/v*.perfdesk), and tests/store/schema_v4.sql is the checked-in dump
that `sqlite_master` is compared with.

`expected_columns` reads the current schema from an in-memory database built from the
same SQL, so open and `perfdesk check` validate a file's tables against the very
statements that create them.
"""

from __future__ import annotations

import functools
import sqlite3
from collections.abc import Iterable

from perfdesk.store import schema_old, schema_v4

# "PDSK": marks a SQLite file as a perfdesk document (PRAGMA application_id).
APPLICATION_ID = 0x5044534B
SCHEMA_VERSION = 4

CURRENT_SQL: tuple[str, ...] = (
    *schema_v4.TABLES_SQL,
    *schema_v4.INDEXES_SQL,
    *schema_v4.TRIGGERS_SQL,
)


def statements(script: str) -> list[str]:
    """Split a script of complete statements (triggers' inner ';' included) without
    executescript, which would COMMIT the caller's transaction."""
    found, pending = [], ""
    for line in script.splitlines(keepends=True):
        pending += line
        if sqlite3.complete_statement(pending):
            found.append(pending.strip().rstrip(";"))
            pending = ""
    if pending.strip():
        raise ValueError(f"incomplete SQL statement: {pending.strip()[:60]}")
    return found


def execute_all(conn: sqlite3.Connection, sql: Iterable[str]) -> None:
    for statement in sql:
        conn.execute(statement)


def create_schema(conn: sqlite3.Connection) -> None:
    """Make the current schema in an empty database; the caller holds the transaction."""
    if not conn.in_transaction:
        raise RuntimeError("create_schema() must run inside a transaction")
    conn.execute(f"PRAGMA application_id = {APPLICATION_ID}")
    execute_all(conn, CURRENT_SQL)
    conn.execute(f"PRAGMA user_version = {SCHEMA_VERSION}")


def migrate(conn: sqlite3.Connection, from_version: int, to_version: int = SCHEMA_VERSION) -> None:
    """Apply migrations from_version+1 .. to_version. The caller holds the transaction
    and, for versions 3 and 4 (which rebuild tables), has foreign keys switched off."""
    from perfdesk.store import upgrade_v3, upgrade_v4

    if not conn.in_transaction:
        raise RuntimeError("migrate() must run inside a transaction")
    for version in range(from_version + 1, to_version + 1):
        if version == 1:
            conn.execute(f"PRAGMA application_id = {APPLICATION_ID}")
            execute_all(conn, statements(schema_old.V1_SQL))
        elif version == 2:
            execute_all(conn, statements(schema_old.V2_SQL))
        elif version == 3:
            upgrade_v3.upgrade(conn)
        elif version == 4:
            upgrade_v4.upgrade(conn)
        else:
            raise ValueError(f"no migration to schema version {version}")
        conn.execute(f"PRAGMA user_version = {version}")


@functools.cache
def _table_info(version: int) -> dict[str, tuple[tuple[str, str], ...]]:
    """Table -> (column, declared type) of a schema version, built in memory from its SQL."""
    conn = sqlite3.connect(":memory:", isolation_level=None)
    try:
        conn.execute("BEGIN")
        if version == SCHEMA_VERSION:
            create_schema(conn)
        else:
            migrate(conn, 0, version)
        tables = [
            row[0]
            for row in conn.execute(
                "SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY rowid"
            )
        ]
        return {
            table: tuple(
                (row[1], row[2].upper()) for row in conn.execute(f"PRAGMA table_info({table})")
            )
            for table in tables
        }
    finally:
        conn.close()


def expected_columns(version: int = SCHEMA_VERSION) -> dict[str, tuple[str, ...]]:
    """Table -> column names of a schema version."""
    return {t: tuple(name for name, _ in cols) for t, cols in _table_info(version).items()}


def text_columns(version: int = SCHEMA_VERSION) -> dict[str, tuple[str, ...]]:
    """Table -> the columns declared TEXT in a schema version."""
    return {
        t: tuple(name for name, kind in cols if kind == "TEXT")
        for t, cols in _table_info(version).items()
    }


def tables(version: int = SCHEMA_VERSION) -> tuple[str, ...]:
    return tuple(expected_columns(version))
