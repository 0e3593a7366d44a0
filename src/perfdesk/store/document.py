"""The .perfdesk document: one SQLite file per department.

Owns opening, creating, validating, migrating, backing up and closing the file,
and the one writer connection with its transactions. Files are judged from
their 100-byte header before SQLite touches them, so a foreign, truncated or
newer file is refused without a single byte being written.

The start-up path uses only the standard sqlite3 module; sqlite-utils (which
pulls in pandas) loads when a document is created, upgraded, or bulk-written
through `Document.db`.
"""

from __future__ import annotations

import contextlib
import datetime
import os
import sqlite3
import struct
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from perfdesk.core.ids import new_id, utc_now
from perfdesk.store.schema import APPLICATION_ID, SCHEMA_VERSION, TABLES, migrate

SUFFIX = ".perfdesk"
_SQLITE_MAGIC = b"SQLite format 3\x00"


class DocumentError(Exception):
    """A file that cannot be used as a document; `message` says why and what to do."""

    def __init__(self, path: Path, message: str) -> None:
        super().__init__(f"{path}: {message}")
        self.path = path
        self.message = message


class NotPerfdeskFile(DocumentError):
    pass


class DamagedFile(DocumentError):
    pass


class NewerFile(DocumentError):
    def __init__(self, path: Path, version: int) -> None:
        super().__init__(
            path,
            f"it was made by a newer perfdesk (schema version {version}, "
            f"this app reads up to {SCHEMA_VERSION}); update perfdesk to "
            "open it",
        )
        self.version = version


class NeedsUpgrade(DocumentError):
    """An older file opened read-only: upgrading would write, so it cannot be shown."""


class NeedsRecovery(DocumentError):
    """A change was cut off (crash, power loss); finishing the repair needs write access."""


class ReadOnlyError(Exception):
    """A write was attempted on a document opened read-only."""


@dataclass(frozen=True)
class Header:
    application_id: int
    user_version: int
    page_size: int
    page_count: int
    file_size: int


def has_hot_journal(path: Path) -> bool:
    """True when a rollback journal beside the file holds an interrupted change."""
    journal = path.with_name(path.name + "-journal")
    try:
        return journal.stat().st_size > 0
    except OSError:
        return False


def read_header(path: Path) -> Header:
    """Check the SQLite header of `path` without opening it as a database."""
    try:
        size = path.stat().st_size
        with path.open("rb") as handle:
            raw = handle.read(100)
    except FileNotFoundError:
        raise DocumentError(path, "the file does not exist") from None
    except IsADirectoryError:
        raise NotPerfdeskFile(path, "it is a folder, not a perfdesk file") from None
    except OSError as exc:
        raise DocumentError(path, f"the file cannot be read ({exc.strerror})") from None
    if size == 0:
        raise DamagedFile(path, "the file is empty (0 bytes); restore it from a backup")
    if not raw.startswith(_SQLITE_MAGIC):
        raise NotPerfdeskFile(path, "it is not a perfdesk file (not an SQLite database)")
    if len(raw) < 100:
        raise DamagedFile(path, "the file is truncated (shorter than its header)")
    page_size = struct.unpack(">H", raw[16:18])[0]
    page_size = 65536 if page_size == 1 else page_size
    (page_count,) = struct.unpack(">I", raw[28:32])
    change_counter = raw[24:28]
    (user_version,) = struct.unpack(">i", raw[60:64])
    (application_id,) = struct.unpack(">i", raw[68:72])
    if application_id != APPLICATION_ID:
        raise NotPerfdeskFile(
            path, "it is an SQLite database of another application, not a perfdesk file"
        )
    if page_size < 512 or page_size & (page_size - 1):
        raise DamagedFile(path, "the file header is damaged (bad page size)")
    if has_hot_journal(path):
        # A change was cut off mid-write; SQLite restores the file from the journal,
        # so its size and page count say nothing yet.
        return Header(application_id, user_version, page_size, page_count, size)
    # The in-header page count is only trustworthy when its version stamp matches.
    if raw[92:96] == change_counter and size < page_size * page_count:
        raise DamagedFile(
            path,
            f"the file is truncated ({size:,} of "
            f"{page_size * page_count:,} bytes); restore it from a backup",
        )
    if size % page_size:
        raise DamagedFile(path, "the file is truncated (not a whole number of pages)")
    return Header(application_id, user_version, page_size, page_count, size)


class Document:
    """An open .perfdesk file. Use `Document.open` or `Document.create`."""

    def __init__(
        self, path: Path, conn: sqlite3.Connection, read_only: bool, read_only_reason: str = ""
    ) -> None:
        self.path = path
        self.conn = conn
        self.read_only = read_only
        self.read_only_reason = read_only_reason
        self._db: Any = None

    # -- opening -------------------------------------------------------------
    @classmethod
    def create(cls, path: Path | str, name: str = "") -> Document:
        """Make a new, empty document at `path` (which must not exist yet)."""
        path = Path(path)
        if path.exists():
            raise DocumentError(path, "a file with this name already exists")
        conn = _connect(path, read_only=False)
        try:
            _configure_writer(conn)
            conn.execute("BEGIN IMMEDIATE")
            migrate(conn, 0)
            now = utc_now()
            conn.executemany(
                "INSERT INTO meta(key, value) VALUES (?, ?)",
                [
                    ("document_id", new_id()),
                    ("name", name),
                    ("created_at", now),
                ],
            )
            conn.execute("COMMIT")
        except BaseException:
            conn.close()
            path.unlink(missing_ok=True)
            raise
        return cls(path, conn, read_only=False)

    @classmethod
    def open(cls, path: Path | str, read_only: bool = False) -> Document:
        """Open an existing document, upgrading an older one after a backup.

        Raises DocumentError subclasses with a user-facing message; the file is
        left as it was unless it is ours, current or older, and writable.
        """
        path = Path(path)
        header = read_header(path)
        reason = ""
        if not read_only and not _writable(path):
            read_only, reason = True, "the file or its folder is write-protected"
        if header.user_version > SCHEMA_VERSION:
            raise NewerFile(path, header.user_version)
        if header.user_version < 1:
            raise DamagedFile(path, "the file was never finished (no schema); it cannot be used")
        if read_only and has_hot_journal(path):
            raise NeedsRecovery(
                path,
                "a change to it was cut off (the program writing it stopped); open it once "
                "with write access and SQLite puts it back as it was before that change",
            )
        try:
            conn = _connect(path, read_only)
        except sqlite3.Error as exc:
            raise DocumentError(path, f"SQLite cannot open it ({exc})") from None
        try:
            if header.user_version < SCHEMA_VERSION:
                if read_only:
                    raise NeedsUpgrade(
                        path,
                        f"it was made by an older perfdesk (schema version "
                        f"{header.user_version}) and must be upgraded, "
                        f"which needs write access ({reason or 'opened read-only'})",
                    )
                _check_integrity(conn, path)
                _configure_writer(conn)
                # The write lock first, so nobody changes the file between copy and upgrade.
                conn.execute("BEGIN IMMEDIATE")
                try:
                    backup_file(path, f"v{header.user_version}")
                    migrate(conn, header.user_version)
                    conn.execute("COMMIT")
                except OSError as exc:
                    conn.execute("ROLLBACK")
                    raise DocumentError(
                        path,
                        "the backup copy needed before upgrading could "
                        f"not be written ({exc.strerror}); the file was "
                        "left unchanged",
                    ) from None
                except Exception as exc:
                    conn.execute("ROLLBACK")
                    raise DamagedFile(
                        path, f"upgrading the file failed ({exc}); it was left unchanged"
                    ) from None
            elif not read_only:
                _configure_writer(conn)
            _check_tables(conn, path)
        except sqlite3.OperationalError as exc:
            conn.close()
            if "locked" in str(exc) or "busy" in str(exc):
                raise DocumentError(
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
        return cls(path, conn, read_only, reason)

    def close(self) -> None:
        self._db = None
        self.conn.close()

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
    @contextlib.contextmanager
    def transaction(self) -> Iterator[sqlite3.Connection]:
        """One user action = one transaction; nested use becomes a savepoint."""
        if self.read_only:
            raise ReadOnlyError(f"{self.path.name} is open read-only")
        if self.conn.in_transaction:
            name = f"sp_{new_id().replace('-', '')}"
            self.conn.execute(f"SAVEPOINT {name}")
            try:
                yield self.conn
            except BaseException:
                self.conn.execute(f"ROLLBACK TO SAVEPOINT {name}")
                self.conn.execute(f"RELEASE SAVEPOINT {name}")
                raise
            self.conn.execute(f"RELEASE SAVEPOINT {name}")
            return
        self.conn.execute("BEGIN IMMEDIATE")
        try:
            yield self.conn
        except BaseException:
            if self.conn.in_transaction:
                self.conn.execute("ROLLBACK")
            raise
        self.conn.execute("COMMIT")

    def save_copy(self, destination: Path | str) -> Path:
        """Write a consistent copy of the document (even mid-session) to `destination`."""
        destination = Path(destination)
        tmp = destination.with_name(destination.name + ".part")
        tmp.unlink(missing_ok=True)
        target = sqlite3.connect(tmp)
        try:
            self.conn.backup(target)
        finally:
            target.close()
        os.replace(tmp, destination)
        return destination


def backup_file(path: Path, label: str) -> Path:
    """Copy the file byte for byte to name.perfdesk.<label>-<time>.bak beside it.

    Call while holding the write lock (or with the file closed), so the copy is whole.
    """
    stamp = datetime.datetime.now().strftime("%Y%m%dT%H%M%S")
    destination = path.with_name(f"{path.name}.{label}-{stamp}.bak")
    import shutil  # only upgrades need it; keeps start-up lean

    shutil.copyfile(path, destination)
    return destination


@dataclass(frozen=True)
class CheckResult:
    schema_version: int
    counts: dict[str, int]
    problems: list[str]

    @property
    def ok(self) -> bool:
        return not self.problems


def check_document(path: Path | str) -> CheckResult:
    """Integrity check for `perfdesk check`: read-only, never changes the file."""
    path = Path(path)
    header = read_header(path)
    if header.user_version > SCHEMA_VERSION:
        raise NewerFile(path, header.user_version)
    if has_hot_journal(path):
        raise NeedsRecovery(
            path,
            "a change to it was cut off; open it once in perfdesk (with write access) to "
            "undo that change, then check again",
        )
    conn = _connect(path, read_only=True)
    try:
        problems = [row[0] for row in conn.execute("PRAGMA integrity_check") if row[0] != "ok"]
        problems += [
            f"broken reference: {row[0]}.{row[2]} row {row[1]} -> {row[2]}"
            for row in conn.execute("PRAGMA foreign_key_check")
        ]
        existing = {
            r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'")
        }
        counts = {
            t: int(conn.execute(f"SELECT count(*) FROM {t}").fetchone()[0])
            for t in TABLES
            if t in existing
        }
        if header.user_version == SCHEMA_VERSION:
            problems += [f"missing table: {t}" for t in TABLES if t not in existing]
    except sqlite3.DatabaseError as exc:
        return CheckResult(header.user_version, {}, [f"SQLite error: {exc}"])
    finally:
        conn.close()
    return CheckResult(header.user_version, counts, problems)


def _connect(path: Path, read_only: bool) -> sqlite3.Connection:
    if read_only:
        conn = sqlite3.connect(
            f"{path.resolve().as_uri()}?mode=ro",
            uri=True,
            isolation_level=None,
            check_same_thread=False,
        )
    else:
        conn = sqlite3.connect(path, isolation_level=None, check_same_thread=False)
    conn.execute("PRAGMA foreign_keys = ON")
    conn.execute("PRAGMA busy_timeout = 5000")
    return conn


def _configure_writer(conn: sqlite3.Connection) -> None:
    # A rollback journal, not WAL: people copy .perfdesk files to shared drives and
    # mail them, and a WAL file left beside a copied file would hold lost changes.
    conn.execute("PRAGMA journal_mode = DELETE")
    conn.execute("PRAGMA synchronous = FULL")


def _check_tables(conn: sqlite3.Connection, path: Path) -> None:
    try:
        existing = {
            r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'")
        }
    except sqlite3.DatabaseError as exc:
        raise DamagedFile(path, f"the file is damaged ({exc}); restore it from a backup") from None
    missing = [t for t in TABLES if t not in existing]
    if missing:
        raise DamagedFile(path, f"the file is damaged: tables missing ({', '.join(missing)})")


def _check_integrity(conn: sqlite3.Connection, path: Path) -> None:
    try:
        result = conn.execute("PRAGMA quick_check").fetchone()[0]
    except sqlite3.DatabaseError as exc:
        raise DamagedFile(path, f"the file is damaged ({exc}); restore it from a backup") from None
    if result != "ok":
        raise DamagedFile(path, f"the file is damaged ({result}); restore it from a backup")


def _writable(path: Path) -> bool:
    # SQLite writes its rollback journal beside the file, so the folder must be writable too.
    return os.access(path, os.W_OK) and os.access(path.parent, os.W_OK)
