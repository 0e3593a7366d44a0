"""Before-images and exact undo: what an operation's rows were, and putting them back.

Private to store/ops. An operation writes through a Recorder, which reads each
row's before-image (every column but stamp and source) the first time the row is
touched, inside the operation's transaction, and returns an OpResult whose `undo`
is `restore` over the (before, after) pairs. Restoring writes images as they are,
never through the operation's input checks, so an undo cannot be refused for a
rule that changed since; it refuses only when a row is no longer what the step
left (see `restore`).

After-images are built from what the operation wrote, not read back: an update or
upsert through the Recorder leaves the row as its before-image (or, for a row the
upsert inserts, the table's column defaults) with the written columns replaced,
each value as SQLite stores it by the column's type affinity (an int in a REAL
column reads back as a float). Only what cannot be known that way is read back
after the writes, in one query per table and 500 keys: rows inserted as new
entities (their INTEGER PRIMARY KEY and defaults come from SQLite), rows whose
value SQLite would convert in a way not modelled here (text into a number column,
a number into a text column, a non-finite float), and rows whose before-image was
taken without a write through the Recorder. With the environment variable
PERFDESK_CHECK_IMAGES=1 (the test suite sets it) every built after-image is also
read back and compared, type for type, so a write the model misses fails a test.
"""

from __future__ import annotations

import functools
import itertools
import math
import operator
import os
import sqlite3
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from typing import Any

from perfdesk.core.ids import new_id
from perfdesk.store.document import Document
from perfdesk.store.ops._base import (
    ENTITY_TABLES,
    Changes,
    OpResult,
    UndoConflict,
    write,
    written_here,
)
from perfdesk.store.validate import fetch_rows

# The natural key of each value table; entities are found by their UUID.
_KEYS = {
    "goal_values": ("goal", "period"),
    "deviation_notes": ("goal", "period"),
    "meeting_attendees": ("meeting_id", "person_id"),
    "issue_units": ("issue_id", "unit_id"),
    "action_units": ("action_id", "unit_id"),
    "action_reports": ("action_id", "period"),
}
# Value tables whose rows say "not there" with a flag rather than empty values.
_GONE = {"action_reports": "deleted", "action_units": "removed"}
# The field named when an undo of a row in this table is refused.
_WHAT = {
    **ENTITY_TABLES,
    "goal_values": "value",
    "deviation_notes": "deviation_note",
    "meeting_attendees": "attendee",
    "issue_units": "related_unit",
    "action_units": "co_unit",
    "action_reports": "progress",
}
# What "no row" is in a value table whose flag defaults to on: an attendee not invited,
# a department no longer related.
_ABSENT = {"meeting_attendees": {"invited": 0}, "issue_units": {"related": 0}}

Image = tuple[Any, ...]
Refresh = Callable[[Document, Sequence[tuple[str, dict[str, Any]]]], None]

# Compare every after-image built from the writes with the row read back (tests).
CHECK_IMAGES = os.environ.get("PERFDESK_CHECK_IMAGES") == "1"
_CHUNK = 500  # key heads per IN (...) list, well under SQLite's parameter limit


class _Unknown(Exception):
    """A value whose stored form is not modelled here: its row is read back instead."""


def _affinity(declared: str) -> str:
    """SQLite's type affinity of a declared column type (its section 3.1 rules)."""
    kind = declared.upper()
    if "INT" in kind:
        return "INTEGER"
    if "CHAR" in kind or "CLOB" in kind or "TEXT" in kind:
        return "TEXT"
    if "BLOB" in kind or not kind:
        return "BLOB"
    if "REAL" in kind or "FLOA" in kind or "DOUB" in kind:
        return "REAL"
    return "NUMERIC"


_BIG = 2**53  # beyond this an int and a float do not convert into each other exactly


def _stored(value: Any, affinity: str) -> Any:
    """`value` as a column of this affinity gives it back once written (raises _Unknown
    for what is not modelled: the row is then read back)."""
    kind = type(value)
    if value is None:
        return None
    if kind is bool:
        value, kind = int(value), int
    elif kind is not int and kind is not float and kind is not str:
        if isinstance(value, str):  # a StrEnum is bound as its text
            value, kind = str.__str__(value), str
        elif isinstance(value, int):
            value, kind = int(value), int
        else:
            raise _Unknown
    if kind is str:
        if affinity in ("TEXT", "BLOB"):
            return value
        raise _Unknown  # SQLite may turn number-like text into a number
    if affinity == "TEXT":
        raise _Unknown  # a number becomes text in SQLite's own format
    if kind is int:
        if affinity == "REAL":
            if abs(value) > _BIG:
                raise _Unknown
            return float(value)
        if not -(2**63) <= value < 2**63:
            raise _Unknown
        return value
    if not math.isfinite(value):
        raise _Unknown  # NaN is stored as NULL
    if affinity in ("INTEGER", "NUMERIC"):
        if value.is_integer():
            if abs(value) >= _BIG:
                raise _Unknown
            return int(value)
        return value
    return value


def _default(sql: str | None) -> Any:
    """A column default as PRAGMA table_info gives it, when it is a plain literal
    (NULL, a number, a quoted text); anything else (an expression) raises _Unknown."""
    if sql is None or sql.upper() == "NULL":
        return None
    if len(sql) >= 2 and sql[0] == sql[-1] == "'":
        return sql[1:-1].replace("''", "'")
    for kind in (int, float):
        try:
            return kind(sql)
        except ValueError:
            pass
    raise _Unknown


def quote(identifier: str) -> str:
    """An SQL identifier, quoted: column names come from the file, not from this code."""
    return '"' + identifier.replace('"', '""') + '"'


@dataclass(frozen=True)
class Table:
    """A table as an image sees it: every column but stamp and source, and its key."""

    name: str
    columns: tuple[str, ...]
    keys: tuple[int, ...]  # positions of the key columns in `columns`
    blank: Image  # a value row holding nothing: defaults where NOT NULL, else NULL
    affinities: tuple[str, ...] = ()  # each column's type affinity
    # A row as an upsert inserts it before its own values and key go in: every column's
    # default as stored; None when a default is an expression (such rows are read back).
    inserted: Image | None = None

    @classmethod
    def read(cls, conn: sqlite3.Connection, name: str) -> Table:
        info = conn.execute(f"PRAGMA table_info({quote(name)})").fetchall()
        rows = [r for r in info if r[1] not in ("stamp", "source")]
        columns = tuple(str(r[1]) for r in rows)
        keys = tuple(columns.index(k) for k in _KEYS.get(name, ("id",)))
        blank = tuple(_literal(r[4]) if r[3] else None for r in rows)
        affinities = tuple(_affinity(str(r[2] or "")) for r in rows)
        inserted: Image | None
        try:
            inserted = tuple(
                _stored(_default(r[4]), kind) for r, kind in zip(rows, affinities, strict=True)
            )
        except _Unknown:
            inserted = None
        return cls(name, columns, keys, blank, affinities, inserted)

    @functools.cached_property
    def position(self) -> dict[str, int]:
        return {column: i for i, column in enumerate(self.columns)}

    def key_of(self, image: Image) -> Image:
        return self.key_getter(image)

    @functools.cached_property
    def key_getter(self) -> Callable[[Image], Image]:
        """`key_of` as a plain function, for loops over thousands of rows."""
        # itemgetter of one position gives the item, not a 1-tuple.
        if len(self.keys) == 1:
            position = self.keys[0]
            return lambda image: (image[position],)
        return operator.itemgetter(*self.keys)

    @functools.cached_property
    def select(self) -> str:
        names = ", ".join(quote(c) for c in (*self.columns, "stamp", "source"))
        return f"SELECT {names} FROM {quote(self.name)} WHERE {self._where}"

    @functools.cached_property
    def _where(self) -> str:
        return " AND ".join(f"{quote(self.columns[i])} = ?" for i in self.keys)

    def update(self, positions: Sequence[int]) -> str:
        sets = "".join(f"{quote(self.columns[i])} = ?, " for i in positions)
        return f'UPDATE {quote(self.name)} SET {sets}"stamp" = ?, "source" = ? WHERE {self._where}'


def _literal(sql: str | None) -> Any:
    """A column default as PRAGMA table_info gives it ('0', "'month'")."""
    if sql is None:
        return None
    for kind in (int, float):
        try:
            return kind(sql)
        except ValueError:
            pass
    return sql.strip("'")


# One row's change: its table, key, before- and after-image (a plain tuple: a paste
# of 100,000 cells makes that many).
_Edit = tuple[Table, Image, Image, Image]


@dataclass(frozen=True)
class _Step:
    edits: tuple[_Edit, ...]
    changes: Changes
    row_id: str | None
    refresh: Refresh | None


def _converter(affinity: str) -> Callable[[Any], Any]:
    """`_stored` for one affinity, with the common case (a finite float into a REAL
    column, a text into a TEXT column) first."""
    if affinity == "REAL":

        def real(value: Any) -> Any:
            if type(value) is float and value - value == 0.0:  # finite
                return value
            return _stored(value, "REAL")

        return real
    if affinity == "TEXT":

        def text(value: Any) -> Any:
            if type(value) is str or value is None:
                return value
            return _stored(value, "TEXT")

        return text
    return functools.partial(_stored, affinity=affinity)


_CONVERTERS = {kind: _converter(kind) for kind in ("INTEGER", "TEXT", "BLOB", "REAL", "NUMERIC")}


def _converted(
    base: Sequence[Any], pairs: Sequence[tuple[int, Any]], values: Sequence[Any]
) -> tuple[Any, ...]:
    """`base` with the values at their positions, each stored as the column's affinity
    stores it (raises _Unknown for a value SQLite would convert in a way not modelled)."""
    row = list(base)
    for (position, convert), value in zip(pairs, values, strict=True):
        row[position] = convert(value)
    return tuple(row)


class Recorder:
    """Writes of one operation inside its transaction, with the before-images they need
    and the after-images they leave."""

    def __init__(self, doc: Document) -> None:
        self.doc = doc
        self._tables: dict[str, Table] = {}
        self._before: dict[tuple[str, Image], Image | None] = {}
        # After-images built from the writes, and the rows to read back instead.
        self._after: dict[tuple[str, Image], Image] = {}
        self._unread: set[tuple[str, Image]] = set()
        # Rows read ahead (rows_of) that this operation may or may not touch, and the
        # key heads whose every row is among them.
        self._known: dict[tuple[str, Image], Image] = {}
        self._complete: set[tuple[str, Any]] = set()

    def table(self, name: str) -> Table:
        if name not in self._tables:
            self._tables[name] = Table.read(self.doc.conn, name)
        return self._tables[name]

    def before(self, name: str, key: Image) -> Image | None:
        """The row as it was before this operation (None: there was none)."""
        slot = (name, key)
        if slot not in self._before:
            if slot in self._known:
                self._before[slot] = self._known[slot]
            elif (name, key[0]) in self._complete:
                self._before[slot] = None  # read ahead: there is no such row
            else:
                row = self.doc.conn.execute(self.table(name).select, key).fetchone()
                self._before[slot] = None if row is None else tuple(row[:-2])
        return self._before[slot]

    def prefetch(self, name: str, keys: Sequence[Image]) -> None:
        """Read the before-images of many value rows at once (by their first key column,
        e.g. every value of a few goals), instead of one SELECT per row in `before`."""
        table = self.table(name)
        taken, known, complete = self._before, self._known, self._complete
        wanted = set()
        for key in keys:
            slot = (name, key)
            if slot in taken:
                continue
            if slot in known:  # read ahead (rows_of)
                taken[slot] = known[slot]
            elif (name, key[0]) in complete:
                taken[slot] = None
            else:
                wanted.add(key)
        for key, image in _read_many(self.doc.conn, table, wanted).items():
            taken[(name, key)] = image

    def rows_of(self, name: str, heads: Sequence[Any]) -> list[Image]:
        """Every row of a value table whose first key column is in `heads` (every value
        of these goals), read in one go, as they are now. The rows this operation then
        writes take their before-images from here (no row among them: none), without
        another read; the others stay out of the step."""
        table = self.table(name)
        ordered = sorted(set(heads))
        images = _read_heads(self.doc.conn, table, ordered)
        # Built by C-level iteration (a split reads thousands of rows). The first read
        # of a row is the row before this operation: rows read before keep that image
        # (a row written since has its before-image taken already).
        slots = zip(itertools.repeat(name), map(table.key_getter, images), strict=False)
        read = dict(zip(slots, images, strict=True))
        known = self._known
        for slot in read.keys() & known.keys():
            read[slot] = known[slot]
        known.update(read)
        self._complete.update((name, head) for head in ordered)
        return images

    def fresh(self, name: str, key: Image) -> None:
        """A row known to be absent (a value of an entity inserted by this operation):
        its before-image is "no row", without a read."""
        self.table(name)
        self._before.setdefault((name, key), None)

    def insert(self, name: str, values: dict[str, Any], row_id: str | None = None) -> str:
        """A new entity with a new UUID (or the given one: a library KPI's); its undo is
        a tombstone (deleted = 1)."""
        row_id = row_id or new_id()
        stamp = self.doc.stamp
        row = {"id": row_id, **values, "created": stamp, "stamp": stamp, "source": self.doc.source}
        self.table(name)
        self._before[(name, (row_id,))] = None
        self._unread.add((name, (row_id,)))  # its key and defaults come from SQLite
        self.doc.conn.execute(
            f"INSERT INTO {quote(name)} ({', '.join(quote(c) for c in row)}) "
            f"VALUES ({', '.join('?' * len(row))})",
            tuple(row.values()),
        )
        return row_id

    def insert_many(self, name: str, rows: Sequence[dict[str, Any]]) -> list[str]:
        """`insert` for many entities with the same columns: one executemany."""
        if not rows:
            return []
        stamp, source = self.doc.stamp, self.doc.source
        self.table(name)
        ids = [new_id() for _row in rows]
        columns = ["id", *rows[0], "created", "stamp", "source"]
        params = []
        for row_id, values in zip(ids, rows, strict=True):
            self._before[(name, (row_id,))] = None
            self._unread.add((name, (row_id,)))
            params.append((row_id, *values.values(), stamp, stamp, source))
        self.doc.conn.executemany(
            f"INSERT INTO {quote(name)} ({', '.join(quote(c) for c in columns)}) "
            f"VALUES ({', '.join('?' * len(columns))})",
            params,
        )
        return ids

    def update(self, name: str, key: Image, values: dict[str, Any]) -> None:
        table = self.table(name)
        self.before(name, key)
        positions = [table.position[c] for c in values]
        self.doc.conn.execute(
            table.update(positions), (*values.values(), self.doc.stamp, self.doc.source, *key)
        )
        self._overlay(table, [(key, tuple(values.values()))], positions)

    def update_many(self, name: str, rows: Sequence[tuple[Image, dict[str, Any]]]) -> None:
        """`update` for many rows (entities by id): their before-images in one read, and
        one executemany per set of columns."""
        table = self.table(name)
        self.prefetch(name, [key for key, _values in rows])
        groups: dict[tuple[str, ...], list[tuple[Image, tuple[Any, ...]]]] = {}
        for key, values in rows:
            groups.setdefault(tuple(values), []).append((key, tuple(values.values())))
        stamp, source = self.doc.stamp, self.doc.source
        for columns, written in groups.items():
            positions = [table.position[c] for c in columns]
            self.doc.conn.executemany(
                table.update(positions),
                [(*values, stamp, source, *key) for key, values in written],
            )
            self._overlay(table, written, positions)

    def upsert(self, name: str, rows: Iterable[tuple[Image, dict[str, Any]]]) -> None:
        """Write value rows by their natural key: inserted when absent, else updated."""
        groups: dict[tuple[str, ...], list[tuple[Image, tuple[Any, ...]]]] = {}
        for key, values in rows:
            self._take(name, key)  # every before-image first: groups are written in turn
            groups.setdefault(tuple(values), []).append((key, tuple(values.values())))
        for columns, written in groups.items():
            self.upsert_values(name, columns, written)

    def _take(self, name: str, key: Image) -> Image | None:
        slot = (name, key)
        if slot in self._before:
            return self._before[slot]
        if slot in self._known:  # read ahead (rows_of): no SELECT
            image = self._before[slot] = self._known[slot]
            return image
        return self.before(name, key)

    def upsert_values(
        self, name: str, columns: Sequence[str], written: Sequence[tuple[Image, tuple[Any, ...]]]
    ) -> None:
        """`upsert` of rows that all set `columns` (key, their values in that order): one
        pass takes each row's before-image and builds its after-image, then one
        executemany writes them. A split's or cascade's targets, a paste's actuals."""
        table = self.table(name)
        positions = [table.position[c] for c in columns]
        converters = [_CONVERTERS[table.affinities[i]] for i in positions]
        pairs = list(zip(positions, converters, strict=True))
        after, unread = self._after, self._unread
        template = table.inserted
        key_positions = table.keys
        for key, values in written:
            slot = (name, key)
            base = after.get(slot)
            if base is None:
                base = self._take(name, key)
                if slot in unread:
                    continue
            if base is None and template is not None:  # a row the upsert inserts
                row = list(template)
                for position, part in zip(key_positions, key, strict=True):
                    row[position] = part
                base = tuple(row)
            if base is None:
                unread.add(slot)
                continue
            try:
                after[slot] = _converted(base, pairs, values)
            except _Unknown:
                unread.add(slot)
                after.pop(slot, None)
        keys = [table.columns[i] for i in key_positions]
        names = [*keys, *columns, "stamp", "source"]
        sets = ", ".join(f"{quote(c)} = excluded.{quote(c)}" for c in names[len(keys) :])
        stamp, source = self.doc.stamp, self.doc.source
        self.doc.conn.executemany(
            f"INSERT INTO {quote(name)} ({', '.join(quote(c) for c in names)}) "
            f"VALUES ({', '.join('?' * len(names))}) "
            f"ON CONFLICT ({', '.join(quote(k) for k in keys)}) DO UPDATE SET {sets}",
            [(*key, *values, stamp, source) for key, values in written],
        )

    def _overlay(
        self,
        table: Table,
        written: Sequence[tuple[Image, tuple[Any, ...]]],
        positions: Sequence[int],
    ) -> None:
        """The after-images of rows just updated (in the order SQLite wrote them): the row
        as it was (this operation's earlier write, or its before-image) with `positions`
        replaced. An update of no row leaves no row: it is read back (and `result` finds
        it missing)."""
        name = table.name
        converters = [_CONVERTERS[table.affinities[i]] for i in positions]
        pairs = list(zip(positions, converters, strict=True))
        after, unread, before = self._after, self._unread, self._before
        for key, values in written:
            slot = (name, key)
            if slot in unread:
                continue
            base = after.get(slot) or before[slot]
            if base is None:
                unread.add(slot)
                continue
            try:
                after[slot] = _converted(base, pairs, values)
            except _Unknown:
                unread.add(slot)
                after.pop(slot, None)

    def result(
        self, changes: Changes, row_id: str | None = None, refresh: Refresh | None = None
    ) -> OpResult:
        """The OpResult of the operation: the (before, after) pairs and the undo that
        restores them. After-images not built from the writes are read back now."""
        built, unread = self._after, self._unread  # never both for one row
        missing: dict[str, set[Image]] = {}
        for slot in self._before:
            if CHECK_IMAGES or slot not in built:
                missing.setdefault(slot[0], set()).add(slot[1])
        read = {
            name: _read_many(self.doc.conn, self._tables[name], keys)
            for name, keys in missing.items()
        }
        edits: list[_Edit] = []
        append = edits.append
        tables = self._tables
        for slot, before in self._before.items():
            name, key = slot
            table = tables[name]
            after = built.get(slot)
            if after is None:
                after = read[name][key]
                assert after is not None  # written by this operation: it is there
            elif CHECK_IMAGES:
                assert slot not in unread
                _same_image(table, key, after, read[name][key])
            if before is None:
                before = _absent(table, key, after)
            append((table, key, before, after))
        step = _Step(tuple(edits), changes, row_id, refresh)
        return OpResult(changes, functools.partial(restore, step=step, undo=True), row_id)


def _same_image(table: Table, key: Image, built: Image, stored: Image | None) -> None:
    """CHECK_IMAGES: the after-image built from the writes is the row, type for type."""
    if stored is None or [(type(v), v) for v in built] != [(type(v), v) for v in stored]:
        raise AssertionError(
            f"after-image of {table.name} {key} built as {built}, but the row is {stored}"
        )


def _read_heads(
    conn: sqlite3.Connection, table: Table, heads: Sequence[Any], stamped: bool = False
) -> list[Image]:
    """Every row (all columns but stamp and source; with `stamped`, those two last)
    whose first key column is in `heads`, in one query per 500 heads. Text is decoded
    in C (validate.fetch_rows), which matters for thousands of rows."""
    first = quote(table.columns[table.keys[0]])
    names = ", ".join(quote(c) for c in (*table.columns, *(("stamp", "source") if stamped else ())))
    images: list[Image] = []
    for start in range(0, len(heads), _CHUNK):
        chunk = heads[start : start + _CHUNK]
        sql = (
            f"SELECT {names} FROM {quote(table.name)} "
            f"WHERE {first} IN ({', '.join('?' * len(chunk))})"
        )
        images += fetch_rows(conn, sql, chunk)
    return images


def _read_many(
    conn: sqlite3.Connection, table: Table, keys: set[Image]
) -> dict[Image, Image | None]:
    """The rows (all columns but stamp and source) of `keys`, None where absent."""
    found: dict[Image, Image | None] = dict.fromkeys(keys)
    if not keys:
        return found
    key_of = table.key_getter
    for row in _read_heads(conn, table, sorted({key[0] for key in keys})):
        key = key_of(row)
        if key in found:
            found[key] = row
    return found


def _absent(table: Table, key: Image, after: Image) -> Image:
    """What stands for "no row" when undoing: nothing is ever deleted (ARCHITECTURE, Data).

    An entity becomes its own tombstone (deleted = 1, so a merge carries the removal);
    a value row stays with nothing in it (a cleared value).
    """
    if "deleted" in table.columns and table.name in ENTITY_TABLES:
        flag = table.columns.index("deleted")
        return (*after[:flag], 1, *after[flag + 1 :])
    if table.name in _GONE:  # a value row with a flag of its own: the row, flagged
        flag = table.columns.index(_GONE[table.name])
        return (*after[:flag], 1, *after[flag + 1 :])
    blank = list(table.blank)
    for position, value in zip(table.keys, key, strict=True):
        blank[position] = value
    for column, value in _ABSENT.get(table.name, {}).items():
        blank[table.columns.index(column)] = value
    return tuple(blank)


def _read_stamped(conn: sqlite3.Connection, table: Table, keys: set[Image]) -> dict[Image, Image]:
    """The rows of `keys` as `Table.select` reads them (every column, then stamp and
    source), by key; a key without a row is left out."""
    found: dict[Image, Image] = {}
    key_of = table.key_getter
    for image in _read_heads(conn, table, sorted({key[0] for key in keys}), stamped=True):
        key = key_of(image)
        if key in keys:
            found[key] = image
    return found


def restore(doc: Document, step: _Step, undo: bool) -> OpResult:
    """Undo (or redo) a step: write its before- (after-) images in one transaction.

    Refused with UndoConflict, writing nothing, when any row is not exactly what the
    step left: other values, or a stamp this Document did not write (another window or
    process, even one on the same document, changed it since). The restored rows get
    a new stamp: stamps only move forward, so a merge sees the undo as the latest edit.
    """
    with write(doc) as conn:
        edits = list(reversed(step.edits) if undo else step.edits)
        # The rows as they are now, with their stamp and source: one query per table and
        # 500 key heads, not one SELECT per row (a 100,000-cell paste's undo).
        now: dict[str, dict[Image, Image]] = {}
        by_table: dict[str, tuple[Table, set[Image]]] = {}
        for table, key, _before, _after in edits:
            by_table.setdefault(table.name, (table, set()))[1].add(key)
        for name, (table, keys) in by_table.items():
            now[name] = _read_stamped(conn, table, keys)
        plans: dict[str, tuple[Table, list[tuple[Image, Image, Image]]]] = {}
        source = doc.source
        stamps_ok: dict[int, bool] = {}  # one transaction's stamp on many rows: asked once
        for table, key, before, after in edits:
            expected, image = (after, before) if undo else (before, after)
            row = now[table.name].get(key)
            if row is not None and row[-2] not in stamps_ok:
                stamps_ok[row[-2]] = written_here(doc, row[-2])
            if row is None or row[:-2] != expected or row[-1] != source or not stamps_ok[row[-2]]:
                code = "undo_conflict" if undo else "redo_conflict"
                raise UndoConflict(code, field=_WHAT.get(table.name, "record"))
            plans.setdefault(table.name, (table, []))[1].append((key, expected, image))
        for table, rows in plans.values():
            # One statement per table, setting every column any of its rows changes.
            changed = [
                i
                for i in range(len(table.columns))
                if i not in table.keys and any(old[i] != new[i] for _k, old, new in rows)
            ]
            stamp = doc.stamp
            conn.executemany(
                table.update(changed),
                [(*(new[i] for i in changed), stamp, source, *key) for key, _old, new in rows],
            )
        if step.refresh is not None:
            written = [
                (table.name, dict(zip(table.columns, new, strict=True)))
                for table, rows in plans.values()
                for _k, _old, new in rows
            ]
            step.refresh(doc, written)
    return OpResult(step.changes, functools.partial(restore, step=step, undo=not undo), step.row_id)
