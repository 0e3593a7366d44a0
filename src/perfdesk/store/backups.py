"""The backups of a document beside it: taking, listing, keeping at most N, restoring.

A backup is a byte-for-byte copy `NAME.<label>-<YYYYmmddTHHMMSS>[-n].bak` in the
document's folder, taken under the write lock before every change that cannot be
undone step by step: an upgrade (label `v<old version>`), an import of actuals
(`import`), a merge of packages (`merge`) and a restore of another backup (`restore`,
so a restore is itself undone by restoring that copy).

- **Never a partial copy, never a full disk.** Before copying, the folder must have
  the file's size plus a margin free (`space_needed`); otherwise the whole operation is
  refused (`NoBackup`) with how much is needed and where. The copy is written to a
  hidden `.NAME….bak.part`, synced, and only then renamed to its final name; a copy cut
  off by a full disk, a file-size limit or a write-protected folder leaves nothing
  under a backup's name and refuses the operation the same way.
- **Retention.** After a successful operation the oldest backups beyond `keep` (a
  setting, `DEFAULT_KEEP`) are deleted — never the one just taken, nor the one "Undo
  Import" puts back (the newest import's). Unlimited is not offered: a company file is
  hundreds of MB and a copy a day would fill a laptop's disk within a year; the space
  check would then refuse every import, which is worse than losing the oldest copies.
- **Restore** replaces the open document's file by a backup of the same document (its
  id) that passes `perfdesk check`, atomically (a synced copy beside it, `os.replace`),
  after a backup of the current bytes, while this process keeps its claim on the file.
  It is refused while a meeting is running: the meeting's clock, minutes and issues
  since the backup would vanish under the people watching it on the projector.
  A document that cannot be opened at all (damaged, emptied) is restored by
  `restore_unopened`, which claims its lock file, keeps the damaged bytes as the
  `restore` backup and moves its journal aside.
"""

from __future__ import annotations

import datetime
import errno
import os
import re
import shutil
import sqlite3
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING

from perfdesk.store.errors import DocumentError

if TYPE_CHECKING:
    from perfdesk.store.document import Document

DEFAULT_KEEP = 20
MIN_KEEP = 2  # the one just taken and the one Undo Import needs
MAX_KEEP = 999
MARGIN_MIN = 16 * 1024 * 1024  # room for the operation's own journal and growth
_STAMP = "%Y%m%dT%H%M%S"
_NAME = re.compile(r"(?P<label>[A-Za-z0-9_]+)-(?P<time>\d{8}T\d{6})(?:-(?P<n>\d+))?\.bak")
_OUT_OF_SPACE = {errno.ENOSPC, errno.EFBIG, getattr(errno, "EDQUOT", errno.ENOSPC)}

_keep = DEFAULT_KEEP


def set_keep(count: int) -> int:
    """How many backups per document this process keeps (the window's setting); clamped."""
    global _keep
    _keep = max(MIN_KEEP, min(MAX_KEEP, int(count)))
    return _keep


def keep() -> int:
    return _keep


class NoBackup(DocumentError):
    """The backup an operation needs could not be made, so the operation was refused.

    `kind` is "space" (too little free space: `needed` and `free` bytes in `folder`)
    or "write" (the copy failed: `reason` is the system's word for it)."""

    def __init__(
        self, path: Path, kind: str, folder: Path, needed: int = 0, free: int = 0, reason: str = ""
    ) -> None:
        if kind == "space":
            message = (
                f"a backup copy needs {size_text(needed)} free in {folder}, but only "
                f"{size_text(free)} is free; free some space there and try again (nothing "
                "was changed)"
            )
        else:
            message = (
                f"the backup copy could not be written in {folder} ({reason}); nothing was changed"
            )
        super().__init__(path, message)
        self.kind, self.folder, self.needed, self.free, self.reason = (
            kind,
            folder,
            needed,
            free,
            reason,
        )


class BackupRefused(DocumentError):
    """A restore refused before anything changed (the document stays open as it was)."""


class RestoreFailed(DocumentError):
    """A restore that failed after the document was closed for the replacement; the
    file is as `message` says, and the document must be opened again."""


def size_text(size: int) -> str:
    """1,234 bytes as '1.2 MB' (decimal units, as file managers show them)."""
    value = float(size)
    for unit in ("bytes", "KB", "MB", "GB"):
        if value < 1000 or unit == "GB":
            return f"{int(value)} {unit}" if unit == "bytes" else f"{value:.1f} {unit}"
        value /= 1000
    raise AssertionError("unreachable")


# -- listing -------------------------------------------------------------------------


@dataclass(frozen=True)
class Backup:
    path: Path
    label: str  # v3, import, merge, restore, …
    taken: datetime.datetime  # local time, from the name
    sequence: int  # 1, or n for the n-th taken in the same second
    size: int
    senders: tuple[str, ...] = field(default=())  # whose import or merge it came before

    @property
    def kind(self) -> str:
        """'upgrade', 'import', 'merge', 'restore' or 'other'."""
        if self.from_version is not None:
            return "upgrade"
        return self.label if self.label in ("import", "merge", "restore") else "other"

    @property
    def from_version(self) -> int | None:
        found = re.fullmatch(r"v(\d+)", self.label)
        return int(found.group(1)) if found else None

    def reason(self) -> str:
        """English, for the command line (the window translates `kind`)."""
        who = ", ".join(self.senders)
        return {
            "upgrade": f"before the upgrade from schema version {self.from_version}",
            "import": f"before the import of {who}" if who else "before an import",
            "merge": f"before the merge of {who}" if who else "before a merge",
            "restore": "before a restore of another backup",
        }.get(self.kind, f"labelled {self.label}")


def parse_name(document: Path, candidate: Path) -> tuple[str, datetime.datetime, int] | None:
    """(label, time, sequence) when `candidate` is a backup of `document`, else None.

    The name must be the document's name, a dot, and a backup tail: `a.perfdesk` never
    claims `ab.perfdesk`'s backups, nor `a.perfdesk.merge-….bak.perfdesk`."""
    prefix = document.name + "."
    if not candidate.name.startswith(prefix):
        return None
    found = _NAME.fullmatch(candidate.name[len(prefix) :])
    if found is None:
        return None
    try:
        taken = datetime.datetime.strptime(found.group("time"), _STAMP)
    except ValueError:
        return None
    return found.group("label"), taken, int(found.group("n") or 1)


def list_backups(document: Path | str, conn: sqlite3.Connection | None = None) -> list[Backup]:
    """Every backup of `document` beside it, newest first; with the document's
    connection, an import's or merge's backup names its senders (when `imports` still
    remembers them: it keeps the newest import per sender)."""
    document = Path(document)
    senders = backup_senders(conn) if conn is not None else {}
    found = []
    try:
        entries = list(os.scandir(document.parent))
    except OSError:
        return []
    for entry in entries:
        parsed = parse_name(document, Path(entry.name))
        if parsed is None:
            continue
        try:
            if not entry.is_file():
                continue
            stat = entry.stat()
        except OSError:
            continue
        label, taken, sequence = parsed
        found.append(
            (
                (taken, sequence, stat.st_mtime_ns),
                Backup(
                    document.parent / entry.name,
                    label,
                    taken,
                    sequence,
                    stat.st_size,
                    tuple(senders.get(entry.name, ())),
                ),
            )
        )
    found.sort(key=lambda pair: pair[0], reverse=True)
    return [backup for _key, backup in found]


def backup_senders(conn: sqlite3.Connection) -> dict[str, list[str]]:
    """Backup file name -> the names of the senders imported after it (from `imports`)."""
    try:
        rows = conn.execute(
            "SELECT i.backup, s.name FROM imports i JOIN sources s ON s.n = i.source "
            "WHERE i.backup <> '' ORDER BY i.our_stamp, s.name"
        ).fetchall()
    except sqlite3.Error:  # an older schema without them: no names to show
        return {}
    senders: dict[str, list[str]] = {}
    for backup, name in rows:
        senders.setdefault(Path(str(backup)).name, []).append(str(name or ""))
    return senders


def undo_import_backup(conn: sqlite3.Connection) -> Path | None:
    """The backup "Undo Import" puts back: the newest import's (store/exchange/history)."""
    try:
        row = conn.execute(
            "SELECT backup FROM imports WHERE backup <> '' ORDER BY our_stamp DESC LIMIT 1"
        ).fetchone()
    except sqlite3.Error:
        return None
    return Path(str(row[0])) if row else None


# -- taking --------------------------------------------------------------------------


def space_needed(size: int) -> int:
    """Free bytes a backup of a `size`-byte file asks for: the copy plus a margin for the
    operation that follows (its journal and new pages) and for the system."""
    return size + max(MARGIN_MIN, size // 10)


def free_space(folder: Path) -> int:
    """Bytes free for this user in `folder` (tests replace this)."""
    return shutil.disk_usage(folder).free


def ensure_space(path: Path, needed: int) -> None:
    """Refuse (NoBackup) unless the folder of `path` has `needed` bytes free."""
    folder = path.parent
    try:
        free = free_space(folder)
    except OSError as exc:
        raise NoBackup(path, "write", folder, reason=exc.strerror or str(exc)) from None
    if free < needed:
        raise NoBackup(path, "space", folder, needed, free)


def take_backup(path: Path, label: str) -> Path:
    """Copy the document to its next backup name; all or nothing (see the docstring).

    Call while holding the write lock (or with the file closed), so the copy is whole.
    Raises NoBackup when the folder lacks the space or the copy fails.
    """
    path = Path(path)
    size = path.stat().st_size
    ensure_space(path, space_needed(size))
    destination = _next_name(path, label)
    part = path.with_name(f".{destination.name}.part")
    _remove_parts(path)  # a killed copy's leftover: only the lock holder takes backups
    try:
        copy_synced(path, part)
        os.replace(part, destination)
        _sync_folder(path.parent)
    except OSError as exc:
        part.unlink(missing_ok=True)
        if exc.errno in _OUT_OF_SPACE:
            try:
                free = free_space(path.parent)
            except OSError:
                free = 0
            raise NoBackup(path, "space", path.parent, space_needed(size), free) from None
        raise NoBackup(path, "write", path.parent, reason=exc.strerror or str(exc)) from None
    return destination


def _next_name(path: Path, label: str) -> Path:
    """The next backup name: two in one second are numbered after every backup already
    taken in that second (whatever its label), so the newest always sorts first even
    when retention deleted the first of them."""
    now = datetime.datetime.now().replace(microsecond=0)
    stamp = now.strftime(_STAMP)
    n = 1 + max((b.sequence for b in list_backups(path) if b.taken == now), default=0)
    while True:
        tail = "" if n == 1 else f"-{n}"
        destination = path.with_name(f"{path.name}.{label}-{stamp}{tail}.bak")
        if not destination.exists():  # never overwrite one
            return destination
        n += 1


def _remove_parts(path: Path) -> None:
    for part in path.parent.glob(f".{glob_escape(path.name)}.*.bak.part"):
        part.unlink(missing_ok=True)


def glob_escape(name: str) -> str:
    return re.sub(r"([\[\]*?])", r"[\1]", name)


def copy_synced(source: Path, target: Path) -> None:
    """Copy `source` to a new `target` and sync it to the disk before returning."""
    with open(source, "rb") as reader, open(target, "xb") as writer:
        shutil.copyfileobj(reader, writer, 1024 * 1024)
        writer.flush()
        os.fsync(writer.fileno())


def _sync_folder(folder: Path) -> None:
    """Make a rename in `folder` durable (POSIX; Windows has no folder handles to sync)."""
    if os.name == "nt":
        return
    try:
        fd = os.open(folder, os.O_RDONLY)
    except OSError:
        return
    try:
        os.fsync(fd)
    except OSError:
        pass  # some file systems refuse to sync a folder; the rename still happened
    finally:
        os.close(fd)


# -- retention -----------------------------------------------------------------------


def prune(
    document: Path | str,
    conn: sqlite3.Connection | None = None,
    just_taken: Iterable[Path] = (),
    count: int | None = None,
) -> list[Path]:
    """Delete the oldest backups beyond `count` (default: the setting); never those in
    `just_taken` nor the one Undo Import needs (read through `conn`). Returns what was
    deleted; a backup that cannot be deleted is left and skipped."""
    document = Path(document)
    limit = max(MIN_KEEP, count if count is not None else _keep)
    protected = {Path(p).name for p in just_taken}
    if conn is not None:
        needed = undo_import_backup(conn)
        if needed is not None:
            protected.add(needed.name)
    backups = list_backups(document)
    excess = len(backups) - limit
    deleted: list[Path] = []
    for backup in reversed(backups):  # oldest first
        if excess <= 0:
            break
        if backup.path.name in protected:
            continue
        try:
            backup.path.unlink()
        except FileNotFoundError:
            pass
        except OSError:
            continue
        deleted.append(backup.path)
        excess -= 1
    return deleted


# -- checking and restoring ----------------------------------------------------------


@dataclass(frozen=True)
class BackupCheck:
    """What `perfdesk check` and the document id say about one backup."""

    path: Path
    document_id: str
    schema_version: int
    problems: tuple[str, ...]
    same_document: bool
    signature: tuple[int, int] = (-1, -1)  # (size, mtime in ns) of the bytes checked

    @property
    def sound(self) -> bool:
        return not self.problems

    @property
    def ok(self) -> bool:
        return self.sound and self.same_document

    def refusal(self) -> str:
        """English: why it may not be restored ('' when it may)."""
        if self.problems:
            return f"the backup is not a sound perfdesk document ({self.problems[0]})"
        if not self.same_document:
            return "the backup belongs to another document (its document id differs)"
        return ""


def inspect_backup(backup: Path | str, document_id: str) -> BackupCheck:
    """Check a backup as `perfdesk check` does (read-only) and read its document id."""
    from perfdesk.store.validate import check_document

    backup = Path(backup)
    signature = file_signature(backup)
    try:
        result = check_document(backup)
    except DocumentError as exc:
        return BackupCheck(backup, "", 0, (exc.message,), False, signature)
    except (OSError, sqlite3.Error) as exc:
        return BackupCheck(backup, "", 0, (str(exc),), False, signature)
    found = read_document_id(backup)
    if result.schema_version and not found:
        problems = (*result.problems, "it names no document id")
    else:
        problems = tuple(result.problems)
    same = bool(found) and found == document_id
    return BackupCheck(backup, found, result.schema_version, problems, same, signature)


def file_signature(path: Path) -> tuple[int, int]:
    """(size, mtime in ns): a backup is written once, so unchanged means already checked."""
    try:
        stat = path.stat()
    except OSError:
        return (-1, -1)
    return (stat.st_size, stat.st_mtime_ns)


def still_valid(check: BackupCheck | None, backup: Path, document_id: str) -> bool:
    """Whether `check` (made a moment ago, e.g. while the dialog showed it) still speaks
    for `backup`: the same file, the same bytes, and the same document it was held to."""
    return (
        check is not None
        and check.path == backup
        and check.signature != (-1, -1)
        and check.signature == file_signature(backup)
        and (not check.same_document or check.document_id == document_id)
    )


def open_reader(path: Path) -> sqlite3.Connection | None:
    """A read-only connection to a document that may be damaged (for the senders' names
    and the backup Undo Import needs), or None when SQLite cannot read it at all."""
    from perfdesk.store.document import connect

    if not path.is_file():
        return None
    try:
        conn = connect(path, read_only=True)
    except sqlite3.Error:
        return None
    try:
        conn.execute("SELECT 1 FROM sqlite_master LIMIT 1").fetchall()
    except sqlite3.Error:
        conn.close()
        return None
    return conn


def read_document_id(path: Path) -> str:
    from perfdesk.store.document import connect

    try:
        conn = connect(path, read_only=True)
    except sqlite3.Error:
        return ""
    try:
        row = conn.execute("SELECT value FROM meta WHERE key = 'document_id'").fetchone()
        return str(row[0]) if row and row[0] else ""
    except sqlite3.Error:
        return ""
    finally:
        conn.close()


@dataclass(frozen=True)
class Restored:
    document: Document  # the document reopened on the restored bytes (writable)
    restored: Path  # the backup put back
    before: Path  # the backup of the bytes it replaced (label "restore")


def restore_backup(
    doc: Document, backup: Path | str, checked: BackupCheck | None = None
) -> Restored:
    """Put `backup` in place of the open (writable) document and reopen it.

    Refused unchanged (BackupRefused, NoBackup) when the backup is foreign or not sound,
    a meeting is running, or the space or the safety copy is missing; the document
    stays open. After the replacement starts, `doc` is closed: the result holds the
    reopened document (an older backup is upgraded again, after its own backup), or
    RestoreFailed says what the file is and the document must be opened again.
    `checked` is the backup's check if it was just made (see `still_valid`).
    """
    from perfdesk.store.repo_meeting_run import running_meeting

    path, backup = doc.path, Path(backup)
    if doc.read_only or doc.lock is None:
        raise BackupRefused(path, "the document is open read-only; nothing was restored")
    if backup.resolve() == path.resolve():
        raise BackupRefused(backup, "this is the document itself, not one of its backups")
    # The check takes seconds on a company file: one the dialog made of these very bytes
    # (same size and time) is not made again.
    if not still_valid(checked, backup, doc.document_id):
        checked = inspect_backup(backup, doc.document_id)
    assert checked is not None
    if not checked.ok:
        raise BackupRefused(backup, checked.refusal() + "; nothing was restored")
    meeting = running_meeting(doc.conn)
    if meeting is not None:
        raise BackupRefused(
            path,
            f"the meeting “{meeting.title}” is running; restoring would throw away its "
            "clock, minutes and issues since the backup. End it first; nothing was restored",
        )
    ensure_space(path, space_needed(path.stat().st_size) + backup.stat().st_size)
    part = path.with_name(f".{path.name}.restore-part")
    part.unlink(missing_ok=True)
    conn = doc.conn
    conn.execute("BEGIN IMMEDIATE")  # SQLite's write lock: no other writer mid-change
    try:
        before = take_backup(path, "restore")
        try:
            copy_synced(backup, part)
        except OSError as exc:
            part.unlink(missing_ok=True)
            before.unlink(missing_ok=True)
            kind = "space" if exc.errno in _OUT_OF_SPACE else "write"
            raise NoBackup(
                path,
                kind,
                path.parent,
                space_needed(path.stat().st_size) + backup.stat().st_size,
                0,
                exc.strerror or str(exc),
            ) from None
    finally:
        conn.execute("ROLLBACK")  # nothing was written: this only held the lock
    lock, doc.lock = doc.lock, None  # keep this process's claim across the reopen
    doc.close()
    try:
        os.replace(part, path)
        _sync_folder(path.parent)
    except OSError as exc:
        part.unlink(missing_ok=True)
        lock.release()
        raise RestoreFailed(
            path,
            f"the file could not be replaced ({exc.strerror or exc}); it is as it was",
        ) from None
    from perfdesk.store.document import Document

    try:
        fresh = Document.reopen_claimed(path, lock)
    except DocumentError as exc:
        raise RestoreFailed(
            path,
            f"the backup was put back but could not be opened again ({exc.message}); "
            f"the document as it was before is kept as {before.name}",
        ) from None
    prune(path, fresh.conn, just_taken=[before])
    return Restored(fresh, backup, before)


def restore_unopened(path: Path | str, backup: Path | str) -> Path | None:
    """Put `backup` in place of a document nobody has open that cannot be opened (damaged,
    emptied, gone); returns the backup taken of the bytes it replaced (None: no file).

    The file is claimed with its lock file first. The backup must pass `perfdesk check`
    and, when the damaged file still names its document id, carry the same one; a
    journal or WAL file beside the damaged file is moved aside (it belongs to the old
    bytes and would be played into the restored ones). Raises BackupRefused or NoBackup
    with the file unchanged.
    """
    from perfdesk.store.fileinfo import journal_path
    from perfdesk.store.lock import DocumentLock

    path, backup = Path(path), Path(backup)
    lock = DocumentLock(path)
    lock.acquire()
    try:
        present = path.is_file()
        expected = read_document_id(path) if present else ""
        check = inspect_backup(backup, expected)
        if check.problems:
            raise BackupRefused(backup, check.refusal() + "; nothing was restored")
        if expected and not check.same_document:
            raise BackupRefused(backup, check.refusal() + "; nothing was restored")
        current = path.stat().st_size if present else 0
        ensure_space(path, space_needed(current) + backup.stat().st_size)
        before = take_backup(path, "restore") if present else None
        part = path.with_name(f".{path.name}.restore-part")
        part.unlink(missing_ok=True)
        moved: list[tuple[Path, Path]] = []
        try:
            copy_synced(backup, part)
            stamp = datetime.datetime.now().strftime(_STAMP)
            for leftover in (journal_path(path), Path(f"{path}-wal"), Path(f"{path}-shm")):
                if leftover.exists():
                    aside = path.with_name(f".{leftover.name}.rejected-{stamp}")
                    os.replace(leftover, aside)
                    moved.append((aside, leftover))
            os.replace(part, path)
            _sync_folder(path.parent)
        except OSError as exc:
            part.unlink(missing_ok=True)
            for aside, leftover in moved:  # the damaged file is as it was: so are they
                os.replace(aside, leftover)
            if before is not None:
                before.unlink(missing_ok=True)
            raise NoBackup(
                path,
                "space" if exc.errno in _OUT_OF_SPACE else "write",
                path.parent,
                space_needed(current) + backup.stat().st_size,
                0,
                exc.strerror or str(exc),
            ) from None
        _prune_closed(path, [before] if before is not None else [])
        return before
    finally:
        lock.release()


def _prune_closed(path: Path, just_taken: list[Path]) -> None:
    """Retention for a document that is not open: its Undo Import backup is read through
    a read-only connection of its own."""
    conn = open_reader(path)
    if conn is None:
        return  # keep everything rather than guess which one Undo Import needs
    try:
        prune(path, conn, just_taken=just_taken)
    finally:
        conn.close()
