"""The one validation that opening a document and `perfdesk check` share.

Owns what makes a file a sound document beyond its header: the schema is the one
perfdesk writes (every table, index and trigger, compared statement by statement with
the current schema, so a file made by another tool without our CHECK constraints is caught),
the rows satisfy their constraints (`quick_check` verifies CHECK and NOT NULL, so
storage types and enums are covered), references resolve (`foreign_key_check`) and
text decodes as UTF-8. Reading never raises on bad text: connections decode with
replacement (`decode_text`) and this module reports where the bad bytes are.
"""

from __future__ import annotations

import functools
import re
import sqlite3
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from perfdesk.store import schema
from perfdesk.store.errors import FileBusy, NeedsRecovery, NewerFile
from perfdesk.store.fileinfo import WriterState, read_header, writer_state


def decode_text(raw: bytes) -> str:
    """Text factory for every connection: invalid UTF-8 shows as U+FFFD, never raises."""
    try:
        return raw.decode("utf-8")
    except UnicodeDecodeError:
        return raw.decode("utf-8", "replace")


def fetch_rows(conn: sqlite3.Connection, sql: str, params: Sequence[Any] = ()) -> list[Any]:
    """All rows of a query whose text is decoded in C, for the big reads (the company's
    goals, people): a Python text factory costs ~0.4 µs a value, 30 % of such a read.

    SQLite's decoder refuses invalid UTF-8; then the query runs again with `decode_text`,
    so damaged text still shows as U+FFFD. The factory is swapped on the connection for
    the call, so a connection must not be shared between threads (none is).
    """
    if conn.text_factory is not decode_text:
        return conn.execute(sql, params).fetchall()
    conn.text_factory = str
    try:
        return conn.execute(sql, params).fetchall()
    except sqlite3.OperationalError as error:
        if "decode" not in str(error):
            raise
    finally:
        conn.text_factory = decode_text
    return conn.execute(sql, params).fetchall()


def normal_sql(sql: str) -> str:
    return re.sub(r"\s+", " ", sql).strip()


def schema_problems(conn: sqlite3.Connection, version: int) -> list[str]:
    """What differs between the file's schema and the one perfdesk writes for `version`."""
    rows = conn.execute(
        "SELECT type, name, sql FROM sqlite_master WHERE name NOT LIKE 'sqlite_%'"
    ).fetchall()
    problems: list[str] = []
    if version == schema.SCHEMA_VERSION:
        # Most files hold the very text perfdesk wrote (SQLite keeps it as given): when
        # every statement is that text, nothing needs normalising (~3 ms of each open).
        as_written = _current_texts()
        if len(rows) == len(as_written) and all(as_written.get(sql) == n for _k, n, sql in rows):
            return []
        expected = _current_statements()
        found = {name: normal_sql(sql or "") for _kind, name, sql in rows}
        for name, sql in expected.items():
            if name not in found:
                problems.append(f"missing from the schema: {name}")
            elif found[name] != sql:
                problems.append(f"not as perfdesk makes it: {name}{_column_difference(conn, name)}")
        problems += [f"not part of a perfdesk document: {n}" for n in found if n not in expected]
        return problems
    # An older version: its tables and columns must all be there before an upgrade.
    for table, columns in schema.expected_columns(version).items():
        present = {row[1] for row in conn.execute(f"PRAGMA table_info({_quote(table)})")}
        if not present:
            problems.append(f"missing table: {table}")
            continue
        problems += [f"missing column: {table}.{c}" for c in columns if c not in present]
    return problems


def _column_difference(conn: sqlite3.Connection, table: str) -> str:
    """ " (missing column weight; unknown column share)" when a table's columns differ."""
    wanted = schema.expected_columns().get(table)
    if wanted is None:
        return ""  # an index or trigger
    present = [row[1] for row in conn.execute(f"PRAGMA table_info({_quote(table)})")]
    parts = [f"missing column {c}" for c in wanted if c not in present]
    parts += [f"unknown column {c}" for c in present if c not in wanted]
    return f" ({'; '.join(parts)})" if parts else ""


@functools.cache
def _current_statements() -> dict[str, str]:
    """Name -> normalised CREATE statement of the current schema (every open compares)."""
    return {_create_name(sql): normal_sql(sql) for sql in schema.CURRENT_SQL}


@functools.cache
def _current_texts() -> dict[str, str]:
    """CREATE statement as perfdesk writes it (and SQLite keeps it) -> its name."""
    return {sql: _create_name(sql) for sql in schema.CURRENT_SQL}


def _create_name(sql: str) -> str:
    match = re.match(r"CREATE (?:UNIQUE )?(?:TABLE|INDEX|TRIGGER) (\w+)", sql)
    if match is None:
        raise ValueError(f"not a CREATE statement: {sql[:40]}")
    return match.group(1)


def _quote(name: str) -> str:
    return '"' + name.replace('"', '""') + '"'


# Columns whose CHECK is a GLOB of digits: bytes that are not UTF-8 cannot pass it.
_ASCII_BY_CHECK = frozenset(
    {
        "period",
        "date",
        "start_date",
        "due_date",
        "report_date",
        "start_time",
        "started_at",
        "ended_at",
    }
)


def text_problems(conn: sqlite3.Connection, version: int = schema.SCHEMA_VERSION) -> list[str]:
    """Text columns holding bytes that are not UTF-8, by table and column.

    Each column is fetched as one joined blob and decoded once (C speed); only a column
    that fails is read row by row to count the bad rows.
    """
    problems = []
    previous = conn.text_factory
    conn.text_factory = bytes
    try:
        for table, columns in schema.text_columns(version).items():
            for column in columns:
                if column in _ASCII_BY_CHECK:
                    continue
                text = f"typeof({_quote(column)}) = 'text'"
                joined = conn.execute(
                    f"SELECT group_concat(CAST({_quote(column)} AS BLOB), x'0a') "
                    f"FROM {_quote(table)} WHERE {text}"
                ).fetchone()[0]
                try:
                    (joined or b"").decode("utf-8")
                except UnicodeDecodeError:
                    bad = sum(
                        not _decodes(value)
                        for (value,) in conn.execute(
                            f"SELECT {_quote(column)} FROM {_quote(table)} WHERE {text}"
                        )
                    )
                    problems.append(f"text that is not UTF-8: {table}.{column} ({bad:,} rows)")
    finally:
        conn.text_factory = previous
    return problems


def _decodes(raw: bytes) -> bool:
    try:
        raw.decode("utf-8")
    except UnicodeDecodeError:
        return False
    return True


def row_problems(
    conn: sqlite3.Connection, full: bool = False, version: int = schema.SCHEMA_VERSION
) -> list[str]:
    """Page, constraint and reference damage (`full` adds the slow index check).

    SQLite's quick_check skips CHECK constraints on a read-only connection (measured,
    3.40), which is how check and the background verification read: so the rows are
    also tested against every CHECK and NOT NULL of the current schema by plain queries.
    """
    pragma = "integrity_check" if full else "quick_check"
    problems = [row[0] for row in conn.execute(f"PRAGMA {pragma}") if row[0] != "ok"]
    if not problems and version == schema.SCHEMA_VERSION:
        problems = constraint_problems(conn)
    problems += [
        f"broken reference: {row[0]} row {row[1]} -> {row[2]}"
        for row in conn.execute("PRAGMA foreign_key_check")
    ]
    return problems


def upgrade_problems(conn: sqlite3.Connection, version: int) -> list[str]:
    """Rehearse the upgrade on a copy in memory: what opening for writing would refuse."""
    rehearsal = sqlite3.connect(":memory:", isolation_level=None)
    try:
        conn.backup(rehearsal)
        rehearsal.execute("PRAGMA foreign_keys = OFF")
        rehearsal.execute("BEGIN")
        try:
            schema.migrate(rehearsal, version)
        except (sqlite3.Error, ValueError) as exc:
            return [f"cannot be upgraded: {exc}"]
        broken = rehearsal.execute("PRAGMA foreign_key_check").fetchall()
        if broken:
            return [unresolved_references(broken)]
        return []
    finally:
        rehearsal.close()


def unresolved_references(broken: list[tuple[object, ...]]) -> str:
    table, _row, target, _n = broken[0]
    return (
        f"cannot be upgraded: {len(broken):,} references do not resolve "
        f"(first: {table} -> {target})"
    )


@functools.cache  # the same few statements, parsed for every package a merge stages
def check_expressions(create_table: str) -> tuple[str, ...]:
    """The expressions of every CHECK (...) in a CREATE TABLE statement."""
    found, start = [], 0
    while (at := create_table.find("CHECK (", start)) >= 0:
        depth, end = 0, at + len("CHECK ")
        for end in range(at + len("CHECK "), len(create_table)):
            depth += {"(": 1, ")": -1}.get(create_table[end], 0)
            if depth == 0:
                break
        found.append(create_table[at + len("CHECK (") : end])
        start = end
    return tuple(found)


def constraint_problems(conn: sqlite3.Connection) -> list[str]:
    """Rows that break a CHECK or NOT NULL of the current schema, counted per table."""
    problems = []
    for statement in schema.CURRENT_SQL:
        if not statement.startswith("CREATE TABLE"):
            continue
        table = statement.split()[2]
        count = rule_breaks(conn, statement)
        if count:
            example = _first_break(conn, statement)
            problems.append(f"CHECK constraint failed in {table} ({count:,} rows){example}")
    return problems


def rule_breaks(conn: sqlite3.Connection, create_table: str, rows_in: str = "") -> int:
    """How many rows of the table `create_table` makes break one of its CHECKs or NOT
    NULLs; `rows_in` names another table holding such rows (e.g. rows staged for a
    merge), whose columns missing from the statement's table are not tested."""
    table = create_table.split()[2]
    info = conn.execute(f"PRAGMA table_info({_quote(table)})").fetchall()
    required = [row[1] for row in info if row[3]]
    tests = [f"NOT ({check})" for check in check_expressions(create_table)]
    tests += [f"{_quote(column)} IS NULL" for column in required]
    if rows_in:
        schema_name, _, name = rows_in.rpartition(".")
        pragma = f"PRAGMA {schema_name + '.' if schema_name else ''}table_info({name})"
        present = {row[1] for row in conn.execute(pragma)}
        tests = [t for t in tests if not _names_missing(t, {row[1] for row in info} - present)]
    where = " OR ".join(tests) or "0"
    source = rows_in or _quote(table)
    return int(conn.execute(f"SELECT count(*) FROM {source} WHERE {where}").fetchone()[0])


def _first_break(conn: sqlite3.Connection, create_table: str) -> str:
    """ ": direction = 'sideways'": the column and value of the first broken rule, so the
    message says what to fix (the rule's first column of the table is the one named)."""
    table = create_table.split()[2]
    columns = [row[1] for row in conn.execute(f"PRAGMA table_info({_quote(table)})")]
    tests = [(f"NOT ({check})", check) for check in check_expressions(create_table)]
    tests += [(f"{_quote(c)} IS NULL", c) for c in columns]
    for test, text in tests:
        named = [c for c in columns if re.search(rf"\b{re.escape(c)}\b", text)]
        if not named:
            continue
        row = conn.execute(
            f"SELECT {_quote(named[0])} FROM {_quote(table)} WHERE {test} LIMIT 1"
        ).fetchone()
        if row is not None:
            value = row[0]
            shown = "a BLOB" if isinstance(value, bytes) else repr(value)[:60]
            return f": {named[0]} = {shown}"
    return ""


def _names_missing(test: str, missing: set[str]) -> bool:
    return any(re.search(rf"\b{re.escape(column)}\b", test) for column in missing)


@dataclass(frozen=True)
class CheckResult:
    schema_version: int
    counts: dict[str, int] = field(default_factory=dict)
    problems: list[str] = field(default_factory=list)

    @property
    def ok(self) -> bool:
        return not self.problems

    @property
    def current(self) -> bool:
        return self.schema_version == schema.SCHEMA_VERSION


def check_document(path: Path | str, full: bool = False) -> CheckResult:
    """`perfdesk check`: the open path's validation, read-only; never changes the file."""
    from perfdesk.store.document import connect

    path = Path(path)
    header = read_header(path)
    if header.user_version > schema.SCHEMA_VERSION:
        raise NewerFile(path, header.user_version, schema.SCHEMA_VERSION)
    state = writer_state(path)
    if state is WriterState.INTERRUPTED:
        raise NeedsRecovery(
            path,
            "a change to it was cut off; open it once in perfdesk (with write access) to "
            "undo that change, then check again",
        )
    if state is WriterState.SAVING:
        raise FileBusy(path, "another program is saving it right now; check again in a moment")
    if header.user_version < 1:
        return CheckResult(0, {}, ["no schema: the file was never finished"])
    conn = connect(path, read_only=True, wal=header.wal)
    try:
        problems = schema_problems(conn, header.user_version)
        if problems:
            return CheckResult(header.user_version, {}, problems)
        problems = row_problems(conn, full, header.user_version)
        counts = {
            table: int(conn.execute(f"SELECT count(*) FROM {_quote(table)}").fetchone()[0])
            for table in schema.expected_columns(header.user_version)
        }
        problems += text_problems(conn, header.user_version)
        if header.user_version < schema.SCHEMA_VERSION and not problems:
            problems += upgrade_problems(conn, header.user_version)
    except sqlite3.DatabaseError as exc:
        return CheckResult(header.user_version, {}, [f"SQLite error: {exc}"])
    finally:
        conn.close()
    return CheckResult(header.user_version, counts, problems)


def file_state(path: Path | str) -> str:
    """What a verification result is valid for: the file's place, size and change
    counter. A file seen in this state and found sound need not be verified again."""
    path = Path(path)
    header = read_header(path)
    return f"{path.resolve()}|{header.file_size}|{header.change_counter}"


def verify(path: Path | str) -> list[str]:
    """The row checks that opening leaves for later (pages, CHECKs, references, text),
    on a connection of its own: safe to run on a worker thread after the first paint.
    An empty list means sound."""
    from perfdesk.store.document import connect

    path = Path(path)
    try:
        conn = connect(path, read_only=True, wal=read_header(path).wal)
    except sqlite3.Error as exc:
        return [f"SQLite error: {exc}"]
    try:
        return row_problems(conn) + text_problems(conn)
    except sqlite3.DatabaseError as exc:
        return [f"SQLite error: {exc}"]
    finally:
        conn.close()
