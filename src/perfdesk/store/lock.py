"""The lock file beside a document open for writing: who has it open, since when.

One writer per file. Opening a document for writing first claims it with a lock
file beside it, the way office suites do (LibreOffice's ``.~lock.NAME#``); a
second window, a second process or a colleague on another computer finds the
claim, is told who holds the file since when, and opens it read-only (or takes a
stale claim over after confirming). Read-only opens and ``perfdesk check`` never
make one.

File format
-----------
``.~lock.<document name>#`` in the document's folder (the folder of the resolved
path, so two spellings of one file find the same lock), UTF-8, one CSV line
(RFC 4180 quoting, so a comma in a name survives) ending in a newline::

    Zhang San,zhangsan,PC-0412,2026-03-05T10:21:07+08:00,48213,perfdesk 0.4.0

The first four fields are LibreOffice's (full name — may be empty —, login name,
host name, time), with the time in ISO 8601 with its UTC offset instead of
LibreOffice's ``DD.MM.YYYY HH:MM``; LibreOffice's fifth field (its profile
folder) is replaced by the process id, and the program and its version follow.
The file is created with ``O_CREAT | O_EXCL``, so of two openers racing for it
exactly one wins; the other reads the winner's line. A line that does not parse
(empty, garbage, another program's lock, unreadable) is a claim by "someone
unknown" that may be taken over after confirmation.

When a claim is stale
---------------------
- the host is this computer and the process is gone (``os.kill(pid, 0)`` on
  POSIX, where a zombie counts as gone; on Windows ``OpenProcess`` and
  ``GetExitCodeProcess`` — never ``os.kill``, which terminates the process
  there);
- the host is this computer, the process is this one, yet no open document of
  this process holds it (left by an earlier process that had the same id, common
  in containers);
- or it is older than ``stale_after`` (12 hours by default; the window reads it
  from the ``files/lock_stale_hours`` setting), whoever holds it — someone on
  another computer may simply have left the app open overnight, so taking over is
  offered, never automatic.
A live claim by another document in this same process is never stale: a second
window on the same file gets the same question as a second process.

Taking over renames the old lock aside, checks it is still the one judged stale
(if a fresh claim slipped in, it is put back and the open refused) and then
makes a new one exclusively. Releasing removes the lock only if it still holds
this process's line, so a claim taken over by someone else is never deleted by
the old holder. Locks are released when the document closes and, as a backstop,
at interpreter exit (``atexit``, which also runs after an unhandled exception);
a process killed outright leaves its lock, which the next opener on the same
computer finds stale because the process is gone.

Network shares
--------------
SQLite guarantees one writer at a time through file locks (POSIX advisory
``fcntl`` locks, ``LockFileEx`` on Windows). On many NFS and SMB/CIFS setups
those locks are broken or silently ignored — the SQLite documentation warns
about exactly this ("How To Corrupt An SQLite Database File", §2.1) — so two
computers may both believe they hold the write lock, which can corrupt the file.
SQLite's locks also last only for one transaction and say nothing about who is
editing. The lock file adds a claim that needs no lock manager (only an exclusive
create, which SMB and NFSv3+ implement), is visible and readable by people in a
file browser, names the person, computer and time, and is checked before SQLite
opens the file for writing, so a second computer opens read-only instead of
writing beside the first. It is a convention, not an enforcement: a program that
ignores it (or a copy of perfdesk opened read-write on a file someone forced
open) is still only held back by SQLite's own locks.
"""

from __future__ import annotations

import atexit
import contextlib
import csv
import datetime
import enum
import io
import os
import socket
import sys
import threading
import time
from dataclasses import dataclass
from pathlib import Path

from perfdesk.store.errors import LockedFile

PREFIX = ".~lock."
SUFFIX = "#"
STALE_AFTER = datetime.timedelta(hours=12)
FIELDS = 6


class Stale(enum.Enum):
    """Why a claim may be taken over (NO: it may not)."""

    NO = ""
    GONE = "gone"  # this computer, and the process that made it is gone
    OLD = "old"  # older than the stale age
    UNKNOWN = "unknown"  # unreadable or not a perfdesk lock line


@dataclass(frozen=True)
class Holder:
    """Who made a lock file: the fields of its line."""

    name: str
    user: str
    host: str
    since: datetime.datetime  # aware
    pid: int
    app: str

    @classmethod
    def here(cls) -> Holder:
        from perfdesk import __version__

        return cls(
            _full_name(),
            _user(),
            socket.gethostname(),
            datetime.datetime.now().astimezone().replace(microsecond=0),
            os.getpid(),
            f"perfdesk {__version__}",
        )

    def line(self) -> str:
        out = io.StringIO()
        csv.writer(out, lineterminator="\n").writerow(
            [self.name, self.user, self.host, self.since.isoformat(), self.pid, self.app]
        )
        return out.getvalue()

    @classmethod
    def parse(cls, raw: bytes) -> Holder | None:
        """The holder named by a lock file's bytes, or None when they are not a lock line."""
        try:
            rows = list(csv.reader(io.StringIO(raw.decode("utf-8"), newline="")))
        except (UnicodeDecodeError, csv.Error):
            return None
        if len(rows) != 1 or len(rows[0]) != FIELDS:
            return None
        name, user, host, since_text, pid_text, app = rows[0]
        try:
            since = datetime.datetime.fromisoformat(since_text)
            pid = int(pid_text)
        except ValueError:
            return None
        if since.tzinfo is None or not 0 < pid < 2**31 or not host:
            return None
        return cls(name, user, host, since, pid, app)

    @property
    def on_this_computer(self) -> bool:
        return self.host.casefold() == socket.gethostname().casefold()


def lock_path(document: Path | str) -> Path:
    """Where the lock file of `document` is: ``.~lock.NAME#`` beside the real file."""
    real = Path(document).resolve()
    return real.with_name(f"{PREFIX}{real.name}{SUFFIX}")


@dataclass(frozen=True)
class Claim:
    """A lock file as found: its holder (None: unknown) and whether it is stale."""

    holder: Holder | None
    stale: Stale
    in_this_process: bool  # held by another open document of this same process
    raw: bytes | None


def read_claim(document: Path | str, stale_after: datetime.timedelta = STALE_AFTER) -> Claim | None:
    """The claim on `document`, or None when nobody has it open for writing."""
    path = lock_path(document)
    raw: bytes | None = None
    for _attempt in range(10):
        try:
            raw = path.read_bytes()
        except FileNotFoundError:
            return None
        except OSError:
            raw = None
            break
        if raw:
            break
        # Empty: its maker is between the exclusive create and the write; give it a moment.
        time.sleep(0.05)
    holder = Holder.parse(raw) if raw else None
    return Claim(holder, *_staleness(path, holder, stale_after), raw)


def _staleness(
    path: Path, holder: Holder | None, stale_after: datetime.timedelta
) -> tuple[Stale, bool]:
    if holder is None:
        return Stale.UNKNOWN, False
    if holder.on_this_computer:
        if holder.pid == os.getpid():
            held = _HELD.get(path)
            if held is not None and held.pid == os.getpid():
                return Stale.NO, True
            return Stale.GONE, False
        if not process_alive(holder.pid):
            return Stale.GONE, False
    age = datetime.datetime.now(datetime.UTC) - holder.since
    if age > stale_after:
        return Stale.OLD, False
    return Stale.NO, False


class DocumentLock:
    """This process's claim on one document (made by `acquire`, removed by `release`)."""

    def __init__(self, document: Path | str) -> None:
        self.document = Path(document)
        self.path = lock_path(document)
        self.pid = 0  # the process that holds it; 0 while not held
        self.holder: Holder | None = None
        self._line = b""

    @property
    def held(self) -> bool:
        return self.pid == os.getpid()

    def acquire(
        self, take_over: bool = False, stale_after: datetime.timedelta = STALE_AFTER
    ) -> None:
        """Claim the document, or raise LockedFile naming who has it.

        With `take_over`, a stale claim (see the module docstring) is replaced; a live
        one never is. OSError other than "exists" means no lock file can be made here
        (a write-protected folder): the caller opens read-only and says why.
        """
        with _GUARD:  # threads of this process: one judges and creates at a time
            self._acquire(take_over, stale_after)

    def _acquire(self, take_over: bool, stale_after: datetime.timedelta) -> None:
        if self.held:
            return
        for _attempt in range(5):
            holder = Holder.here()
            line = holder.line().encode("utf-8")
            try:
                _create_exclusive(self.path, line)
            except FileExistsError:
                pass
            else:
                self.pid, self.holder, self._line = os.getpid(), holder, line
                _hold(self)
                return
            claim = read_claim(self.document, stale_after)
            if claim is None:
                continue  # released meanwhile: try again
            if not (take_over and claim.stale is not Stale.NO):
                raise LockedFile(
                    self.document, claim.holder, claim.stale.value, claim.in_this_process
                )
            _remove_if_unchanged(self.path, claim.raw)
        # Still contended after a few rounds (claims coming and going): report the latest.
        claim = read_claim(self.document, stale_after)
        if claim is None:
            raise LockedFile(self.document, None, Stale.NO.value, False)
        raise LockedFile(self.document, claim.holder, claim.stale.value, claim.in_this_process)

    def still_held(self) -> bool:
        """Whether the lock file still holds this process's line (nobody took it over)."""
        if not self.held:
            return False
        try:
            return self.path.read_bytes() == self._line
        except OSError:
            return False

    def release(self) -> None:
        """Remove the lock file if it is still this process's claim; safe to call twice."""
        if not self.held:
            return
        self.pid = 0
        if _HELD.get(self.path) is self:
            del _HELD[self.path]
        with contextlib.suppress(OSError):
            if self.path.read_bytes() == self._line:
                self.path.unlink()


def _create_exclusive(path: Path, line: bytes) -> None:
    flags = os.O_WRONLY | os.O_CREAT | os.O_EXCL | getattr(os, "O_BINARY", 0)
    fd = os.open(path, flags, 0o644)
    try:
        os.write(fd, line)
        os.fsync(fd)
    except BaseException:
        os.close(fd)
        with contextlib.suppress(OSError):
            path.unlink()
        raise
    os.close(fd)


def _remove_if_unchanged(path: Path, raw: bytes | None) -> None:
    """Take a stale lock away, unless it changed since it was judged stale."""
    import uuid  # only here: uuid imports platform, a cost at every start

    aside = path.with_name(f"{path.name}.{os.getpid()}-{uuid.uuid4().hex[:8]}.stale")
    try:
        os.rename(path, aside)
    except FileNotFoundError:
        return
    except OSError:
        # Cannot rename (some shares): fall back to deleting what was judged stale.
        with contextlib.suppress(OSError):
            if raw is not None and path.read_bytes() == raw:
                path.unlink()
        return
    try:
        now: bytes | None = aside.read_bytes()
    except OSError:
        now = None
    if now != raw and not path.exists():
        # A fresh claim slipped in between reading and renaming: put it back.
        with contextlib.suppress(OSError):
            os.rename(aside, path)
    with contextlib.suppress(OSError):
        aside.unlink()


# -- locks this process holds, released at exit ------------------------------------------------
_HELD: dict[Path, DocumentLock] = {}
_GUARD = threading.Lock()
_ATEXIT = False


def _hold(lock: DocumentLock) -> None:
    global _ATEXIT
    _HELD[lock.path] = lock
    if not _ATEXIT:
        atexit.register(release_all)
        _ATEXIT = True


def release_all() -> None:
    """Remove every lock this process holds (at exit; documents left open included)."""
    for lock in list(_HELD.values()):
        lock.release()


# -- who and whether alive -----------------------------------------------------------------------
def process_alive(pid: int) -> bool:
    """Whether process `pid` on this computer runs; unsure means alive."""
    if pid <= 0:
        return False
    if sys.platform == "win32":
        return _windows_process_alive(pid)
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except (PermissionError, OverflowError):
        return True  # exists, owned by someone else (or an id we cannot ask about)
    except OSError:
        return True
    return not _zombie(pid)


def _zombie(pid: int) -> bool:
    # A killed process whose parent has not collected it yet still answers kill(pid, 0).
    try:
        stat = Path(f"/proc/{pid}/stat").read_text()
    except OSError:
        return False
    return stat.rpartition(")")[2].split()[:1] == ["Z"]


def _windows_process_alive(pid: int) -> bool:
    if sys.platform != "win32":
        raise AssertionError("Windows only")
    import ctypes
    from ctypes import wintypes

    kernel32 = ctypes.WinDLL("kernel32", use_last_error=True)
    query_limited_information, still_active, invalid_parameter = 0x1000, 259, 87
    handle = kernel32.OpenProcess(query_limited_information, False, pid)
    if not handle:
        # No such process; "access denied" and the rest mean it exists.
        return ctypes.get_last_error() != invalid_parameter
    try:
        code = wintypes.DWORD()
        if not kernel32.GetExitCodeProcess(handle, ctypes.byref(code)):
            return True
        return code.value == still_active
    finally:
        kernel32.CloseHandle(handle)


def _user() -> str:
    import getpass

    try:
        return getpass.getuser()
    except Exception:  # no login name in this environment (some containers)
        return str(os.getuid()) if hasattr(os, "getuid") else "unknown"


def _full_name() -> str:
    if sys.platform == "win32":
        return ""
    try:
        import pwd

        return pwd.getpwuid(os.getuid()).pw_gecos.split(",")[0].strip()
    except (ImportError, KeyError, OSError):
        return ""
