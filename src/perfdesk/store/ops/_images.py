"""Before-images and exact undo: what an operation's rows were, and putting them back.

Private to store/ops. An operation writes through a Recorder, which reads each
row's before-image (every column but stamp and source) the first time the row is
touched, inside the operation's transaction; at the end it reads the after-images
and returns an OpResult whose `undo` is `restore` over those pairs. Restoring
writes images as they are, never through the operation's input checks, so an undo
cannot be refused for a rule that changed since; it refuses only when a row is no
longer what the step left (see `restore`).
"""

from __future__ import annotations

import functools
import operator
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

    @classmethod
    def read(cls, conn: sqlite3.Connection, name: str) -> Table:
        info = conn.execute(f"PRAGMA table_info({quote(name)})").fetchall()
        rows = [r for r in info if r[1] not in ("stamp", "source")]
        columns = tuple(str(r[1]) for r in rows)
        keys = tuple(columns.index(k) for k in _KEYS.get(name, ("id",)))
        blank = tuple(_literal(r[4]) if r[3] else None for r in rows)
        return cls(name, columns, keys, blank)

    def key_of(self, image: Image) -> Image:
        return self._key_getter(image)

    @functools.cached_property
    def _key_getter(self) -> Callable[[Image], Image]:
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


@dataclass(frozen=True)
class _Edit:
    table: Table
    key: Image
    before: Image
    after: Image


@dataclass(frozen=True)
class _Step:
    edits: tuple[_Edit, ...]
    changes: Changes
    row_id: str | None
    refresh: Refresh | None


class Recorder:
    """Writes of one operation inside its transaction, with the before-images they need."""

    def __init__(self, doc: Document) -> None:
        self.doc = doc
        self._tables: dict[str, Table] = {}
        self._before: dict[tuple[str, Image], Image | None] = {}
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
        if (name, key) not in self._before:
            if (name, key) in self._known:
                self._before[(name, key)] = self._known[(name, key)]
            elif (name, key[0]) in self._complete:
                self._before[(name, key)] = None  # read ahead: there is no such row
            else:
                row = self.doc.conn.execute(self.table(name).select, key).fetchone()
                self._before[(name, key)] = None if row is None else tuple(row[:-2])
        return self._before[(name, key)]

    def prefetch(self, name: str, keys: Sequence[Image]) -> None:
        """Read the before-images of many value rows at once (by their first key column,
        e.g. every value of a few goals), instead of one SELECT per row in `before`."""
        table = self.table(name)
        wanted = {key for key in keys if (name, key) not in self._before}
        for key, image in self._read_many(table, wanted).items():
            self._before[(name, key)] = image

    def rows_of(self, name: str, heads: Sequence[Any]) -> list[Image]:
        """Every row of a value table whose first key column is in `heads` (every value
        of these goals), read in one go. The rows this operation then writes take their
        before-images from here (no row among them: none), without another read; the
        others stay out of the step."""
        table = self.table(name)
        first = quote(table.columns[table.keys[0]])
        names = ", ".join(quote(c) for c in table.columns)
        ordered = sorted(set(heads))
        images: list[Image] = []
        for start in range(0, len(ordered), 500):
            chunk = ordered[start : start + 500]
            sql = (
                f"SELECT {names} FROM {quote(table.name)} "
                f"WHERE {first} IN ({', '.join('?' * len(chunk))})"
            )
            for row in self.doc.conn.execute(sql, chunk):
                image = tuple(row)
                self._known[(name, table.key_of(image))] = image
                images.append(image)
        self._complete.update((name, head) for head in ordered)
        return images

    def _read_many(self, table: Table, keys: set[Image]) -> dict[Image, Image | None]:
        """The rows (all columns but stamp and source) of `keys`, None where absent."""
        found: dict[Image, Image | None] = dict.fromkeys(keys)
        if not keys:
            return found
        first = quote(table.columns[table.keys[0]])
        names = ", ".join(quote(c) for c in table.columns)
        heads = sorted({key[0] for key in keys})
        for start in range(0, len(heads), 500):
            chunk = heads[start : start + 500]
            sql = (
                f"SELECT {names} FROM {quote(table.name)} "
                f"WHERE {first} IN ({', '.join('?' * len(chunk))})"
            )
            for row in self.doc.conn.execute(sql, chunk):
                key = table.key_of(tuple(row))
                if key in found:
                    found[key] = tuple(row)
        return found

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
        positions = [table.columns.index(c) for c in values]
        self.doc.conn.execute(
            table.update(positions), (*values.values(), self.doc.stamp, self.doc.source, *key)
        )

    def upsert(self, name: str, rows: Iterable[tuple[Image, dict[str, Any]]]) -> None:
        """Write value rows by their natural key: inserted when absent, else updated."""
        table = self.table(name)
        keys = [table.columns[i] for i in table.keys]
        groups: dict[tuple[str, ...], list[tuple[Any, ...]]] = {}
        stamp, source = self.doc.stamp, self.doc.source
        for key, values in rows:
            self.before(name, key)
            groups.setdefault(tuple(values), []).append((*key, *values.values(), stamp, source))
        for columns, params in groups.items():
            names = [*keys, *columns, "stamp", "source"]
            sets = ", ".join(f"{quote(c)} = excluded.{quote(c)}" for c in names[len(keys) :])
            self.doc.conn.executemany(
                f"INSERT INTO {quote(name)} ({', '.join(quote(c) for c in names)}) "
                f"VALUES ({', '.join('?' * len(names))}) "
                f"ON CONFLICT ({', '.join(quote(k) for k in keys)}) DO UPDATE SET {sets}",
                params,
            )

    def result(
        self, changes: Changes, row_id: str | None = None, refresh: Refresh | None = None
    ) -> OpResult:
        """The OpResult of the operation: after-images read now, the undo that restores."""
        edits = []
        afters: dict[str, dict[Image, Image | None]] = {}
        for name in self._tables:
            keys = {key for (table_name, key), _b in self._before.items() if table_name == name}
            afters[name] = self._read_many(self._tables[name], keys)
        for (name, key), before in self._before.items():
            table = self._tables[name]
            after = afters[name][key]
            assert after is not None  # written by this operation: it is there
            if before is None:
                before = _absent(table, key, after)
            edits.append(_Edit(table, key, before, after))
        step = _Step(tuple(edits), changes, row_id, refresh)
        return OpResult(changes, functools.partial(restore, step=step, undo=True), row_id)


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
    first = quote(table.columns[table.keys[0]])
    names = ", ".join(quote(c) for c in (*table.columns, "stamp", "source"))
    heads = sorted({key[0] for key in keys})
    for start in range(0, len(heads), 500):
        chunk = heads[start : start + 500]
        sql = (
            f"SELECT {names} FROM {quote(table.name)} "
            f"WHERE {first} IN ({', '.join('?' * len(chunk))})"
        )
        for row in conn.execute(sql, chunk):
            image = tuple(row)
            key = table.key_of(image)
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
        for edit in edits:
            by_table.setdefault(edit.table.name, (edit.table, set()))[1].add(edit.key)
        for name, (table, keys) in by_table.items():
            now[name] = _read_stamped(conn, table, keys)
        plans: dict[str, tuple[Table, list[tuple[Image, Image, Image]]]] = {}
        for edit in edits:
            expected, image = (edit.after, edit.before) if undo else (edit.before, edit.after)
            row = now[edit.table.name].get(edit.key)
            if (
                row is None
                or tuple(row[:-2]) != expected
                or row[-1] != doc.source
                or not written_here(doc, row[-2])
            ):
                code = "undo_conflict" if undo else "redo_conflict"
                raise UndoConflict(code, field=_WHAT.get(edit.table.name, "record"))
            plans.setdefault(edit.table.name, (edit.table, []))[1].append(
                (edit.key, expected, image)
            )
        for table, rows in plans.values():
            # One statement per table, setting every column any of its rows changes.
            changed = [
                i
                for i in range(len(table.columns))
                if i not in table.keys and any(old[i] != new[i] for _k, old, new in rows)
            ]
            stamp, source = doc.stamp, doc.source
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
