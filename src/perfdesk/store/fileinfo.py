"""What a file is before SQLite touches it: its header, its journal, who is writing it.

Owns the checks that must not change a byte: the 100-byte SQLite header (is it
ours, which version, is it whole), the rollback journal beside it (absent, stale,
or holding an interrupted change) and whether another program is saving right now.
"Hot" means what SQLite means: a journal with a valid header whose writer is gone;
SQLite itself decides it, through a read-only connection that answers
SQLITE_READONLY_ROLLBACK for a hot journal and SQLITE_BUSY for a writer mid-commit.
"""

from __future__ import annotations

import enum
import sqlite3
import struct
from dataclasses import dataclass
from pathlib import Path

from perfdesk.store.errors import DamagedFile, DocumentError, NotPerfdeskFile, PackageNotDocument
from perfdesk.store.schema import APPLICATION_ID

_SQLITE_MAGIC = b"SQLite format 3\x00"
# The first 8 bytes of a rollback journal that holds a change (sqlite3 pager.c).
JOURNAL_MAGIC = bytes.fromhex("d9d505f920a163d7")


@dataclass(frozen=True)
class Header:
    application_id: int
    user_version: int
    page_size: int
    page_count: int
    file_size: int
    change_counter: int
    wal: bool  # the file is in WAL mode (made by another tool, or a crashed one)


class Journal(enum.Enum):
    NONE = "none"
    STALE = "stale"  # present but empty or zeroed: SQLite ignores it
    VALID = "valid"  # a valid header: hot if its writer is gone, else a save in progress


class WriterState(enum.Enum):
    IDLE = "idle"
    SAVING = "saving"  # another connection is committing right now
    INTERRUPTED = "interrupted"  # a hot journal: a change was cut off


def journal_path(path: Path) -> Path:
    return path.with_name(path.name + "-journal")


def journal_state(path: Path) -> Journal:
    try:
        with journal_path(path).open("rb") as handle:
            head = handle.read(8)
    except OSError:
        return Journal.NONE
    return Journal.VALID if head == JOURNAL_MAGIC else Journal.STALE


def writer_state(path: Path) -> WriterState:
    """Ask SQLite, without writing, whether a change is cut off or being saved now."""
    if journal_state(path) is not Journal.VALID:
        return WriterState.IDLE
    try:
        conn = sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True)
    except sqlite3.Error:
        return WriterState.IDLE
    try:
        conn.execute("PRAGMA busy_timeout = 0")
        conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
    except sqlite3.OperationalError as exc:
        name = getattr(exc, "sqlite_errorname", "")
        if name == "SQLITE_READONLY_ROLLBACK":
            return WriterState.INTERRUPTED
        if name.startswith("SQLITE_BUSY") or "locked" in str(exc):
            return WriterState.SAVING
        return WriterState.IDLE
    except sqlite3.DatabaseError:
        return WriterState.IDLE
    finally:
        conn.close()
    # Readable with a valid journal beside it: its writer holds the lock (saving).
    return WriterState.SAVING if journal_state(path) is Journal.VALID else WriterState.IDLE


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
    if raw.startswith(b"PK\x03\x04") and path.suffix.lower() == ".pdpkg":
        raise PackageNotDocument(path, "it is a perfdesk package, to import into a document")
    if not raw.startswith(_SQLITE_MAGIC):
        raise NotPerfdeskFile(path, "it is not a perfdesk file (not an SQLite database)")
    if len(raw) < 100:
        raise DamagedFile(path, "the file is truncated (shorter than its header)")
    page_size = struct.unpack(">H", raw[16:18])[0]
    page_size = 65536 if page_size == 1 else page_size
    (page_count,) = struct.unpack(">I", raw[28:32])
    (change_counter,) = struct.unpack(">I", raw[24:28])
    (user_version,) = struct.unpack(">i", raw[60:64])
    (application_id,) = struct.unpack(">i", raw[68:72])
    wal = raw[18] == 2 and raw[19] == 2
    if application_id != APPLICATION_ID:
        raise NotPerfdeskFile(
            path, "it is an SQLite database of another application, not a perfdesk file"
        )
    if page_size < 512 or page_size & (page_size - 1):
        raise DamagedFile(path, "the file header is damaged (bad page size)")
    header = Header(application_id, user_version, page_size, page_count, size, change_counter, wal)
    if journal_state(path) is Journal.VALID or wal:
        # A change was cut off mid-write (or lives in a WAL file): SQLite restores the
        # file first, so its size and page count say nothing yet.
        return header
    # The in-header page count is only trustworthy when its version stamp matches.
    if raw[92:96] == raw[24:28] and size < page_size * page_count:
        raise DamagedFile(
            path,
            f"the file is truncated ({size:,} of "
            f"{page_size * page_count:,} bytes); restore it from a backup",
        )
    if size % page_size:
        raise DamagedFile(path, "the file is truncated (not a whole number of pages)")
    return header
