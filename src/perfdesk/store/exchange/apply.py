"""Applying previewed merge plans, and undoing an import (docs/package-format.md).

The merge takes the write lock, copies the target byte for byte beside it (the backup
"Undo import" puts back), and applies each package in one transaction: the plan is
made again inside it and must list what the preview listed, every accepted row is
written with this document's stamp and the row's original source, the references of
the rows written are checked, and the import is recorded in `imports`.
"""

from __future__ import annotations

import os
import sqlite3
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from perfdesk.store.document import Document, backup_file
from perfdesk.store.errors import DocumentError
from perfdesk.store.exchange.merge import (
    MergePlan,
    MergeRefused,
    PreviewOutdated,
    attach,
    cleanup,
    detach,
    plan_attached,
)
from perfdesk.store.exchange.rows import BY_NAME, TABLES, Table, columns
from perfdesk.store.stamps import source_number


@dataclass
class MergeResult:
    applied: dict[str, int]  # per package path: rows written
    refused: int
    backup: Path | None
    plans: list[MergePlan]

    @property
    def rows(self) -> int:
        return sum(self.applied.values())


def merge_packages(
    doc: Document,
    plans: Sequence[MergePlan],
    progress: Callable[[int, int], None] | None = None,
) -> MergeResult:
    """Apply previewed plans (conflicts decided), each package in one transaction,
    after one backup of the document taken before the first.

    Each plan is made again inside its transaction and must list the same changes as
    the preview (PreviewOutdated otherwise); a conflict left undecided refuses the
    merge before anything is written. Nothing is written when there is nothing to do.
    """
    for plan in plans:
        if plan.undecided:
            raise MergeRefused(
                plan.package.path,
                f"{len(plan.undecided)} conflicts are not decided: choose mine or theirs "
                "for each, or a rule (--prefer newer|mine|theirs)",
            )
    applied = {str(plan.package.path): 0 for plan in plans}
    if all(plan.nothing_to_do for plan in plans):
        return MergeResult(applied, _refused(plans), None, list(plans))
    backup, version = _backup(doc)
    merged_any = False
    try:
        for number, plan in enumerate(plans):
            if progress is not None:
                progress(number, len(plans))
            if plan.nothing_to_do:
                continue
            attach(doc.conn, plan.package)
            try:
                with doc.transaction():
                    _unchanged_since_backup(doc, version, plan.package.path, merged_any)
                    fresh = plan_attached(doc, plan.package, plan.mappings, preview=False)
                    _carry_decisions(plan, fresh)
                    applied[str(plan.package.path)] = _apply(doc, fresh, backup)
                    _refresh_latest_month(doc)
            finally:
                cleanup(doc.conn)
                detach(doc.conn)
            merged_any = True
    except BaseException:
        if not merged_any:
            backup.unlink(missing_ok=True)  # the document is as it was: no stray copy
        raise
    from perfdesk.store.backups import prune

    prune(doc.path, doc.conn, just_taken=[backup])  # keep at most N; never Undo Import's
    if progress is not None:
        progress(len(plans), len(plans))
    return MergeResult(applied, _refused(plans), backup, list(plans))


def _refused(plans: Sequence[MergePlan]) -> int:
    return sum(len(p.of_kind("refused")) for p in plans)


def _carry_decisions(preview: MergePlan, fresh: MergePlan) -> None:
    # Our stamp too: a row changed again since the preview may show the user a value
    # their decision was not about.
    before = {(c.ident, c.kind, c.reason, c.our_stamp) for c in preview.changes}
    after = {(c.ident, c.kind, c.reason, c.our_stamp) for c in fresh.changes}
    if before != after:
        raise PreviewOutdated(
            preview.package.path,
            "the document changed since the preview; look at the preview again",
        )
    fresh.changes = preview.changes  # the preview's rows carry the user's decisions


def _apply(doc: Document, plan: MergePlan, backup: Path) -> int:
    """Write the accepted rows of one plan from the staged temp tables."""
    conn = doc.conn
    write = [
        c
        for c in plan.changes
        if c.kind in ("new", "update", "delete")
        or (c.kind == "conflict" and c.decision == "theirs")
    ]
    conn.execute("DROP TABLE IF EXISTS temp.source_numbers")
    conn.execute("CREATE TEMP TABLE source_numbers (document_id TEXT PRIMARY KEY, n INTEGER)")
    for document_id, name, role, unit_id in conn.execute(
        "SELECT document_id, name, role, unit_id FROM temp.their_sources"
    ).fetchall():
        n = source_number(conn, document_id, name or "", role, unit_id)
        conn.execute("INSERT INTO temp.source_numbers VALUES (?, ?)", (document_id, n))
    sender_n = source_number(conn, plan.sender, plan.sender_name, plan.sender_role)
    conn.execute(
        "UPDATE sources SET name = ?, role = ?, unit_id = ? WHERE n = ?",
        (
            plan.sender_name[:200],
            plan.sender_role,
            plan.package.manifest.source_unit_id or None,
            sender_n,
        ),
    )
    written = 0
    tables_written: list[str] = []
    for table in TABLES:
        keys = [c.key for c in write if c.table == table.name]
        if keys:
            written += _upsert(conn, table, keys, doc.stamp, sender_n, plan.package.path)
            tables_written.append(table.name)
    for name in tables_written:  # references are deferred: checked once all are written
        _check_references(conn, name, plan.package.path)
    manifest = plan.package.manifest
    _keep_fork_clock(conn, sender_n)
    conn.execute(
        "INSERT INTO imports(source, package_id, their_stamp, our_stamp, rows, backup) "
        "VALUES (?, ?, ?, ?, ?, ?) ON CONFLICT(source) DO UPDATE SET "
        "package_id = excluded.package_id, "
        "their_stamp = max(their_stamp, excluded.their_stamp), "
        "our_stamp = excluded.our_stamp, rows = excluded.rows, backup = excluded.backup",
        (sender_n, manifest.package_id, manifest.clock, doc.stamp, written, str(backup)),
    )
    return written


def _upsert(
    conn: sqlite3.Connection,
    table: Table,
    keys: list[tuple[Any, ...]],
    stamp: int,
    sender: int,
    path: Path,
) -> int:
    name = table.name
    conn.execute(f"DROP TABLE IF EXISTS temp.apply_{name}")
    conn.execute(f"CREATE TEMP TABLE apply_{name} ({', '.join(table.key)})")
    conn.executemany(
        f"INSERT INTO temp.apply_{name} VALUES ({', '.join('?' * len(table.key))})", keys
    )
    target = [c for c in columns(conn, name) if c != "key"]
    values = []
    for column in target:
        if column == "goal" and table.goal_keyed:
            values.append("g.key")
        elif column == "stamp":
            values.append(str(int(stamp)))
        elif column == "source":
            values.append(
                f"coalesce((SELECT n FROM temp.source_numbers s WHERE s.document_id = i.source), "
                f"{int(sender)})"
            )
        else:
            values.append(f"i.{column}")
    joins = " JOIN main.goals g ON g.id = i.goal_id" if table.goal_keyed else ""
    conflict = (
        ("goal", "period") if table.goal_keyed else (("id",) if table.key == ("id",) else table.key)
    )
    updates = ", ".join(
        f"{c} = excluded.{c}" for c in target if c not in conflict and c != "created"
    )
    cursor = conn.execute(
        f"INSERT INTO main.{name} ({', '.join(target)}) SELECT {', '.join(values)} "
        f"FROM temp.inc_{name} i{joins} "
        f"WHERE ({', '.join('i.' + k for k in table.key)}) IN (SELECT * FROM temp.apply_{name}) "
        f"ON CONFLICT({', '.join(conflict)}) DO UPDATE SET {updates}"
    )
    if cursor.rowcount != len(keys):  # values of a goal neither file holds
        raise MergeRefused(
            path,
            f"{len(keys) - cursor.rowcount} rows of its {name} belong to goals neither file "
            "holds; nothing was merged",
        )
    return int(cursor.rowcount)


def _backup(doc: Document) -> tuple[Path, int]:
    """A byte-for-byte copy of the document beside it, taken under SQLite's write lock
    (so no other connection is mid-change) before the merge's own transactions; "Undo
    import" puts exactly these bytes back. With it, SQLite's data_version then: each
    package's transaction checks that no other connection has committed since
    (`_unchanged_since_backup`). A package is attached outside a transaction (SQLite
    cannot attach inside one), so the backup cannot share the merge's transaction."""
    conn = doc.conn
    conn.execute("BEGIN IMMEDIATE")
    try:
        path = backup_file(doc.path, "merge")
        return path, _data_version(conn)
    except OSError as exc:  # a full disk, a folder that refuses writes
        raise MergeRefused(
            doc.path,
            f"the backup copy needed before merging could not be written "
            f"({exc.strerror or exc}); nothing was merged",
        ) from None
    finally:
        conn.execute("ROLLBACK")  # nothing was written: this only held the lock


def _data_version(conn: sqlite3.Connection) -> int:
    """Changes only when another connection commits to the document (SQLite's rule)."""
    return int(conn.execute("PRAGMA main.data_version").fetchone()[0])


def _unchanged_since_backup(doc: Document, version: int, package: Path, merged_any: bool) -> None:
    """Refuse to go on when another connection committed after the backup was taken:
    Undo Import, which puts the backup back, would lose that change without a word (it
    warns only of changes after the import)."""
    if _data_version(doc.conn) == version:
        return
    done = "the packages before it were merged; " if merged_any else "nothing was merged; "
    raise PreviewOutdated(  # the window says so and makes the preview again
        package,
        "the document was changed by another window or program while merging; "
        f"{done}preview the import again",
    )


def _check_references(conn: sqlite3.Connection, table: str, path: Path) -> None:
    """Every reference of the rows just written resolves (only those rows are read, not
    the whole table as PRAGMA foreign_key_check would: a million goal values)."""
    key = ", ".join(BY_NAME[table].key)
    for _id, _seq, target, column, to, *_rest in conn.execute(
        f"PRAGMA main.foreign_key_list({table})"
    ).fetchall():
        if to != "id":  # the goal key (joined on write) and the source (ours, just made)
            continue
        broken = conn.execute(
            f"SELECT i.{column} FROM temp.inc_{table} i WHERE ({key}) IN "
            f"(SELECT * FROM temp.apply_{table}) AND i.{column} IS NOT NULL "
            f"AND NOT EXISTS (SELECT 1 FROM main.{target} t WHERE t.id = i.{column})"
        ).fetchone()
        if broken:
            raise MergeRefused(
                path,
                f"rows of its {table} refer to {target} rows that neither file holds "
                f"(first: {broken[0]}); nothing was merged",
            )


def _keep_fork_clock(conn: sqlite3.Connection, sender: int) -> None:
    """A department file's base for its first package is its clock when it was made,
    kept in `imports` as the fork; the first merge from the company replaces that row,
    so the clock moves to meta('fork_clock') first."""
    row = conn.execute(
        "SELECT package_id, our_stamp FROM imports WHERE source = ?", (sender,)
    ).fetchone()
    if row and str(row[0]).startswith("fork:"):
        conn.execute(
            "INSERT INTO meta(key, value) VALUES ('fork_clock', ?) ON CONFLICT(key) DO NOTHING",
            (str(row[1]),),
        )


def _refresh_latest_month(doc: Document) -> None:
    """meta('latest_actual_month') after a merge: the newest month with an actual among
    the values just written, when newer (a merge that clears the latest month rescans)."""
    from perfdesk.store.ops.goals import latest_actual_month

    conn = doc.conn
    if not conn.execute(
        "SELECT 1 FROM temp.sqlite_master WHERE name = 'apply_goal_values'"
    ).fetchone():
        return
    current = doc.meta("latest_actual_month")
    newest, cleared = conn.execute(
        "SELECT max(CASE WHEN actual IS NOT NULL THEN period END), "
        "max(actual IS NULL AND period = ?) FROM temp.inc_goal_values "
        "WHERE (goal_id, period) IN (SELECT * FROM temp.apply_goal_values) "
        "AND period GLOB '[0-9][0-9][0-9][0-9]-[01][0-9]'",
        (current,),
    ).fetchone()
    latest = latest_actual_month(doc) if cleared else max(current, newest or "")
    if latest != current:
        conn.execute(
            "INSERT INTO meta(key, value) VALUES ('latest_actual_month', ?) "
            "ON CONFLICT(key) DO UPDATE SET value = excluded.value",
            (latest,),
        )


# -- undo ----------------------------------------------------------------------------


def undo_import(path: Path, backup: Path) -> None:
    """Put the backup taken before an import back in place of the (closed) document.

    The document is claimed with its lock file meanwhile, and the backup must be a
    sound copy of this very document (the same document id), or nothing happens.
    """
    from perfdesk.store.backups import copy_synced
    from perfdesk.store.lock import DocumentLock
    from perfdesk.store.validate import check_document

    path, backup = Path(path), Path(backup)
    result = check_document(backup)
    if not result.ok:
        raise DocumentError(backup, f"the backup is not sound ({result.problems[0]})")
    if _document_id(backup) != _document_id(path):
        raise DocumentError(backup, "the backup belongs to another document")
    lock = DocumentLock(path)
    lock.acquire()
    try:
        part = path.with_name(f".{path.name}.restore")
        part.unlink(missing_ok=True)
        try:  # a disk filling up mid-copy leaves no partial file beside it
            copy_synced(backup, part)
            os.replace(part, path)
        except BaseException:
            part.unlink(missing_ok=True)
            raise
    finally:
        lock.release()


def _document_id(path: Path) -> str:
    conn = sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True)
    try:
        row = conn.execute("SELECT value FROM meta WHERE key = 'document_id'").fetchone()
        return str(row[0]) if row else ""
    finally:
        conn.close()
