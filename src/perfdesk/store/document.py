"""The .perfdesk document: one SQLite file per department (or for the company).

Owns opening, creating, upgrading, recovering, copying and closing the file, and the
writer connection with its transactions and stamps. Opening never makes a file
worse: the header is judged before SQLite touches it (fileinfo), the schema is
checked before an upgrade writes (validate), an upgrade is refused unchanged — no
stray backup — when it cannot finish, and an interrupted change is rolled back only
after the file and its journal were copied aside, and undone again when the result
does not pass `quick_check` (a journal lying beside the wrong file). Opening for
writing claims the file with a lock file beside it first (store/lock.py: one writer per
file, and why SQLite's own locks are not enough on network shares).

The start-up path uses only the standard sqlite3 module; sqlite-utils (which pulls in
pandas) loads when something bulk-writes through `Document.db`.
"""

from __future__ import annotations

import contextlib
import datetime
import os
import sqlite3
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from perfdesk.store.errors import (
    DamagedFile,
    DocumentError,
    FileBusy,
    LockedFile,
    NeedsRecovery,
    NeedsUpgrade,
    NewerFile,
    NotPerfdeskFile,
    ReadOnlyError,
)
from perfdesk.store.fileinfo import (
    Header,
    Journal,
    WriterState,
    journal_path,
    journal_state,
    read_header,
    writer_state,
)
from perfdesk.store.lock import STALE_AFTER, DocumentLock
from perfdesk.store.schema import SCHEMA_VERSION, create_schema, migrate
from perfdesk.store.stamps import next_stamp, now_ms, source_number
from perfdesk.store.validate import (
    CheckResult,
    check_document,
    decode_text,
    schema_problems,
    text_problems,
    unresolved_references,
)

__all__ = [
    "SUFFIX",
    "CheckResult",
    "DamagedFile",
    "Document",
    "DocumentError",
    "FileBusy",
    "Header",
    "LockedFile",
    "NeedsRecovery",
    "NeedsUpgrade",
    "NewerFile",
    "NotPerfdeskFile",
    "ReadOnlyError",
    "backup_file",
    "check_document",
    "read_header",
]

SUFFIX = ".perfdesk"
# How long a write waits for another program's transaction before it is refused as "not
# saved, try again". Another perfdesk commits in milliseconds; a longer wait only froze
# the window (5 s in the foundation) before saying the same thing.
BUSY_TIMEOUT_MS = 1500
ROLES = ("company", "department")
# Why a document asked for writing was opened read-only (Document.read_only_cause).
WRITE_PROTECTED = "write-protected"
NO_LOCK_FILE = "no-lock-file"


class Document:
    """An open .perfdesk file. Use `Document.open` or `Document.create`."""

    def __init__(
        self,
        path: Path,
        conn: sqlite3.Connection,
        read_only: bool,
        read_only_reason: str = "",
        lock: DocumentLock | None = None,
        read_only_cause: str = "",
    ) -> None:
        self.path = path
        self.conn = conn
        self.read_only = read_only
        self.read_only_reason = read_only_reason
        self.read_only_cause = read_only_cause  # "", WRITE_PROTECTED or NO_LOCK_FILE
        self.lock = lock  # this document's lock file while open for writing (store/lock.py)
        self._db: Any = None
        self._source = 0
        self._stamp: int | None = None

    # -- opening -------------------------------------------------------------
    @classmethod
    def create(
        cls, path: Path | str, name: str = "", role: str = "company", unit_id: str = ""
    ) -> Document:
        """Make a new, empty document at `path` (which must not exist yet)."""
        from perfdesk.core.ids import new_id

        path = Path(path)
        if path.exists():
            raise DocumentError(path, "a file with this name already exists")
        if role not in ROLES:
            raise ValueError(f"unknown role {role!r}")
        lock = DocumentLock(path)
        try:
            # The file does not exist, so only a live claim (someone creating it now) counts.
            lock.acquire(take_over=True)
        except OSError as exc:
            raise DocumentError(
                path, f"no lock file can be made in its folder ({exc.strerror})"
            ) from None
        # A journal left by a killed build of a file that is gone belongs to nothing;
        # SQLite would play it back into the new file.
        journal_path(path).unlink(missing_ok=True)
        try:
            conn = connect(path, read_only=False)
        except BaseException:
            lock.release()
            raise
        try:
            _configure_writer(conn)
            conn.execute("BEGIN IMMEDIATE")
            create_schema(conn)
            document_id, now = new_id(), now_ms()
            conn.executemany(
                "INSERT INTO meta(key, value) VALUES (?, ?)",
                [
                    ("document_id", document_id),
                    ("name", name),
                    ("created", str(now)),
                    ("role", role),
                    ("unit_id", unit_id),
                    ("forked_from", ""),
                    ("latest_actual_month", ""),
                ],
            )
            source_number(conn, document_id, name, role, unit_id)
            next_stamp(conn)
            conn.execute("COMMIT")
        except BaseException:
            conn.close()
            path.unlink(missing_ok=True)
            lock.release()
            raise
        return cls(path, conn, read_only=False, lock=lock)

    @classmethod
    def open(
        cls,
        path: Path | str,
        read_only: bool = False,
        take_over: bool = False,
        stale_after: datetime.timedelta = STALE_AFTER,
    ) -> Document:
        """Open an existing document, upgrading an older one after a backup.

        Raises DocumentError subclasses with a user-facing message; the file is left
        as it was unless it is ours, sound, current or older, and writable. Opening for
        writing first claims the file with a lock file beside it (store/lock.py), before
        SQLite opens it for writing: LockedFile names whoever has it open; `take_over`
        replaces a stale claim (after the user confirmed). A folder that refuses the
        lock file gives a read-only document that says why.
        """
        path = Path(path)
        lock = DocumentLock(path)
        try:
            return cls._open(path, read_only, lock, take_over, stale_after)
        except BaseException:
            lock.release()
            raise

    @classmethod
    def _open(
        cls,
        path: Path,
        read_only: bool,
        lock: DocumentLock,
        take_over: bool,
        stale_after: datetime.timedelta,
    ) -> Document:
        header = read_header(path)
        if header.user_version > SCHEMA_VERSION:
            raise NewerFile(path, header.user_version, SCHEMA_VERSION)
        if header.user_version < 1:
            raise DamagedFile(
                path, "it has no perfdesk tables (schema version 0): it was never finished"
            )
        reason, cause = "", ""
        if not read_only and not _writable(path):
            read_only, reason = True, "the file or its folder is write-protected"
            cause = WRITE_PROTECTED
        if not read_only:
            try:
                lock.acquire(take_over, stale_after)
            except OSError as exc:
                read_only, cause = True, NO_LOCK_FILE
                reason = (
                    f"no lock file could be made beside it ({exc.strerror}), so nobody else "
                    "would see that it is being edited"
                )
        state = writer_state(path)
        if state is WriterState.SAVING:
            raise FileBusy(path, "another program is saving it right now; try again in a moment")
        if state is WriterState.INTERRUPTED:
            if read_only:
                raise NeedsRecovery(
                    path,
                    "a change to it was cut off (the program writing it stopped); open it "
                    "once with write access and perfdesk puts it back as it was before",
                )
            _recover(path)
        if header.wal and read_only and not _wal_readable(path):
            raise DocumentError(
                path,
                "it was last written by another program in WAL mode and its folder is "
                "write-protected; copy it to a folder you may write to",
            )
        try:
            conn = connect(path, read_only, wal=header.wal and read_only)
        except sqlite3.Error as exc:
            raise DocumentError(path, f"SQLite cannot open it ({exc})") from None
        try:
            problems = schema_problems(conn, header.user_version)
            if problems:
                raise DamagedFile(
                    path,
                    "its tables are not the ones perfdesk writes ("
                    + "; ".join(problems[:5])
                    + "); it was not changed",
                )
            if header.user_version < SCHEMA_VERSION:
                if read_only:
                    raise NeedsUpgrade(
                        path,
                        f"it was made by an older perfdesk (schema version "
                        f"{header.user_version}) and must be upgraded, "
                        f"which needs write access ({reason or 'opened read-only'})",
                    )
                _upgrade(conn, path, header.user_version)
            if not read_only:
                _configure_writer(conn)
                _remove_stale_journal(conn, path)
        except sqlite3.OperationalError as exc:
            conn.close()
            if "locked" in str(exc) or "busy" in str(exc):
                raise FileBusy(
                    path, "another program is writing to the file; try again in a moment"
                ) from None
            raise DamagedFile(
                path, f"the file is damaged ({exc}); restore it from a backup"
            ) from None
        except sqlite3.DatabaseError as exc:
            conn.close()
            raise DamagedFile(
                path, f"the file is damaged ({exc}); restore it from a backup"
            ) from None
        except BaseException:
            conn.close()
            raise
        return cls(path, conn, read_only, reason, lock if lock.held else None, cause)

    def close(self) -> None:
        self._db = None
        self.conn.close()
        if self.lock is not None:  # after the connection: its journal is gone by now
            self.lock.release()

    def __enter__(self) -> Document:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    # -- reading helpers -----------------------------------------------------
    @property
    def schema_version(self) -> int:
        return int(self.conn.execute("PRAGMA user_version").fetchone()[0])

    def meta(self, key: str, default: str = "") -> str:
        row = self.conn.execute("SELECT value FROM meta WHERE key = ?", (key,)).fetchone()
        return default if row is None or row[0] is None else str(row[0])

    def data_version(self) -> int:
        """Changes when another connection commits (a read-only window's cue to refresh)."""
        return int(self.conn.execute("PRAGMA data_version").fetchone()[0])

    @property
    def document_id(self) -> str:
        return self.meta("document_id")

    @property
    def db(self) -> Any:
        """The same connection wrapped in sqlite_utils.Database (loaded on first use)."""
        if self._db is None:
            import sqlite_utils

            self._db = sqlite_utils.Database(
                self.conn, recursive_triggers=False, execute_plugins=False
            )
        return self._db

    # -- writing -------------------------------------------------------------
    @property
    def stamp(self) -> int:
        """The stamp of the running transaction: every row it writes carries it."""
        if self._stamp is None:
            raise RuntimeError("stamps exist only inside Document.transaction()")
        return self._stamp

    @property
    def source(self) -> int:
        """This document's number in `sources` (the `source` of every row it writes)."""
        if not self._source:
            raise RuntimeError("the source is known only inside Document.transaction()")
        return self._source

    @contextlib.contextmanager
    def transaction(self) -> Iterator[sqlite3.Connection]:
        """One user action = one transaction with one stamp; nested use is a savepoint.

        The write lock is taken first (BEGIN IMMEDIATE), so everything read inside the
        block is what the block's writes are based on.
        """
        if self.read_only:
            raise ReadOnlyError(f"{self.path.name} is open read-only")
        if self.conn.in_transaction:
            self.conn.execute("SAVEPOINT nested")
            try:
                yield self.conn
            except BaseException:
                self.conn.execute("ROLLBACK TO SAVEPOINT nested")
                self.conn.execute("RELEASE SAVEPOINT nested")
                raise
            self.conn.execute("RELEASE SAVEPOINT nested")
            return
        self.conn.execute("BEGIN IMMEDIATE")
        try:
            self._stamp = next_stamp(self.conn)
            if not self._source:
                self._source = source_number(self.conn, self.document_id, self.meta("name"))
            yield self.conn
        except BaseException:
            if self.conn.in_transaction:
                self.conn.execute("ROLLBACK")
            raise
        finally:
            self._stamp = None
        self.conn.execute("COMMIT")

    def save_copy(self, destination: Path | str) -> Path:
        """Write a consistent copy (even mid-session) to `destination` as a new document.

        The copy gets its own document id (and remembers this one as what it was forked
        from), so the two files are told apart when they are merged later.
        """
        from perfdesk.core.ids import new_id

        destination = Path(destination)
        tmp = destination.with_name(f".{destination.name}.part")
        tmp.unlink(missing_ok=True)
        target = sqlite3.connect(tmp, isolation_level=None)
        try:
            self.conn.backup(target)
            copy_id = new_id()
            target.execute("BEGIN IMMEDIATE")
            target.executemany(
                "INSERT INTO meta(key, value) VALUES (?, ?) "
                "ON CONFLICT(key) DO UPDATE SET value = excluded.value",
                [("document_id", copy_id), ("forked_from", self.document_id)],
            )
            source_number(target, copy_id, self.meta("name"), self.meta("role") or None)
            target.execute("COMMIT")
        except BaseException:
            target.close()
            tmp.unlink(missing_ok=True)
            raise
        target.close()
        os.replace(tmp, destination)
        return destination


def backup_file(path: Path, label: str) -> Path:
    """Copy the file byte for byte to name.perfdesk.<label>-<time>.bak beside it.

    Call while holding the write lock (or with the file closed), so the copy is whole.
    """
    stamp = datetime.datetime.now().strftime("%Y%m%dT%H%M%S")
    destination = path.with_name(f"{path.name}.{label}-{stamp}.bak")
    n = 1
    while destination.exists():  # two in one second: never overwrite the first
        n += 1
        destination = path.with_name(f"{path.name}.{label}-{stamp}-{n}.bak")
    import shutil  # only upgrades need it; keeps start-up lean

    try:
        shutil.copyfile(path, destination)
    except BaseException:  # a full disk: no half copy that looks like a backup
        destination.unlink(missing_ok=True)
        raise
    return destination


def connect(path: Path, read_only: bool, wal: bool = False) -> sqlite3.Connection:
    """A connection that never raises on bad text and enforces references."""
    if read_only:
        # A WAL-mode file in a folder we may not write: immutable, since no -shm can be made.
        flags = "mode=ro&immutable=1" if wal else "mode=ro"
        conn = sqlite3.connect(
            f"{path.resolve().as_uri()}?{flags}",
            uri=True,
            isolation_level=None,
            check_same_thread=False,
        )
    else:
        conn = sqlite3.connect(path, isolation_level=None, check_same_thread=False)
    conn.text_factory = decode_text
    conn.execute("PRAGMA foreign_keys = ON")
    conn.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
    return conn


def _configure_writer(conn: sqlite3.Connection) -> None:
    # A rollback journal, not WAL: people copy .perfdesk files to shared drives and
    # mail them, and a WAL file left beside a copied file would hold lost changes.
    conn.execute("PRAGMA journal_mode = DELETE")
    conn.execute("PRAGMA synchronous = FULL")


def _upgrade(conn: sqlite3.Connection, path: Path, version: int) -> None:
    """Migrate to the current version after a backup; refused unchanged on any failure."""
    result = conn.execute("PRAGMA quick_check").fetchone()[0]
    if result != "ok":
        raise DamagedFile(path, f"the file is damaged ({result}); restore it from a backup")
    # Bad bytes would be carried into the new tables as if they were text: refuse instead.
    bad_text = text_problems(conn, version)
    if bad_text:
        raise DamagedFile(path, f"cannot be upgraded: {bad_text[0]}; it was not changed")
    # Version 3 rebuilds every table; references are checked once, before the commit.
    conn.execute("PRAGMA foreign_keys = OFF")
    _configure_writer(conn)
    conn.execute("BEGIN IMMEDIATE")  # the write lock first: nobody changes it meanwhile
    backup: Path | None = None
    try:
        backup = backup_file(path, f"v{version}")
        migrate(conn, version)
        broken = conn.execute("PRAGMA foreign_key_check").fetchall()
        if broken:
            raise DamagedFile(path, f"{unresolved_references(broken)}; it was left unchanged")
        conn.execute("COMMIT")
    except OSError as exc:
        _abandon(conn, backup)
        raise DocumentError(
            path,
            "the backup copy needed before upgrading could not be written "
            f"({exc.strerror}); the file was left unchanged",
        ) from None
    except DocumentError:
        _abandon(conn, backup)
        raise
    except Exception as exc:
        _abandon(conn, backup)
        raise DamagedFile(path, f"cannot be upgraded: {exc}; it was left unchanged") from None
    finally:
        conn.execute("PRAGMA foreign_keys = ON")


def _abandon(conn: sqlite3.Connection, backup: Path | None) -> None:
    if conn.in_transaction:
        conn.execute("ROLLBACK")
    if backup is not None:
        backup.unlink(missing_ok=True)  # the file is as it was: no stray copy beside it


def _recover(path: Path) -> None:
    """Roll back an interrupted change, keeping the file as it was if that goes wrong."""
    import shutil
    import tempfile

    journal = journal_path(path)
    aside = Path(tempfile.mkdtemp(prefix=f".{path.name}.recovery-", dir=path.parent))
    try:
        shutil.copyfile(path, aside / "file")
        shutil.copyfile(journal, aside / "journal")
        conn = sqlite3.connect(path, isolation_level=None)
        try:
            conn.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
            result = conn.execute("PRAGMA quick_check").fetchone()[0]  # rolls back first
        except sqlite3.DatabaseError as exc:
            result = str(exc)
        finally:
            conn.close()
        try:
            ours = read_header(path).application_id
        except DocumentError:
            ours = 0
        if result == "ok" and ours:
            return
        os.replace(aside / "file", path)
        kept = path.with_name(f".{path.name}-journal.rejected-{now_ms()}")
        os.replace(aside / "journal", kept)
        journal.unlink(missing_ok=True)
        raise DamagedFile(
            path,
            "undoing the interrupted change did not give a sound file, so the journal "
            f"beside it does not belong to it; the file was left as it was and the "
            f"journal kept as {kept.name}",
        )
    except OSError as exc:
        raise DocumentError(
            path,
            f"the copy needed before undoing an interrupted change could not be made "
            f"({exc.strerror}); the file was not changed",
        ) from None
    finally:
        shutil.rmtree(aside, ignore_errors=True)


def _remove_stale_journal(conn: sqlite3.Connection, path: Path) -> None:
    """A zeroed journal (a writer killed before it wrote one) means nothing: remove it
    while holding the write lock, so it cannot be a journal being written right now."""
    if journal_state(path) is not Journal.STALE:
        return
    conn.execute("PRAGMA busy_timeout = 0")
    try:
        conn.execute("BEGIN IMMEDIATE")
    except sqlite3.OperationalError:
        return  # a live writer's journal (its header is written when it syncs): leave it
    finally:
        conn.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
    try:
        if journal_state(path) is Journal.STALE:
            journal_path(path).unlink(missing_ok=True)
    finally:
        conn.execute("ROLLBACK")


def _wal_readable(path: Path) -> bool:
    wal = path.with_name(path.name + "-wal")
    try:
        return wal.stat().st_size == 0
    except FileNotFoundError:
        return True


def _writable(path: Path) -> bool:
    # SQLite writes its rollback journal beside the file, so the folder must be writable too.
    return os.access(path, os.W_OK) and os.access(path.parent, os.W_OK)
