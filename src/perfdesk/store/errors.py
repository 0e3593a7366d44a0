"""Why a file cannot be used as a document, and why a write cannot happen.

Each error's `message` is English detail for logs and the details pane; the window
picks its translated sentence by the error's class (ui/errors.py).
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from perfdesk.store.lock import Holder


class DocumentError(Exception):
    """A file that cannot be used as a document; `message` says why and what to do."""

    def __init__(self, path: Path, message: str) -> None:
        super().__init__(f"{path}: {message}")
        self.path = path
        self.message = message


class NotPerfdeskFile(DocumentError):
    pass


class PackageNotDocument(NotPerfdeskFile):
    """A package (.pdpkg, a ZIP) given where a document was expected, e.g. double-clicked:
    it is merged into a document (File → Import Package), not opened."""


class DamagedFile(DocumentError):
    pass


class NewerFile(DocumentError):
    def __init__(self, path: Path, version: int, current: int) -> None:
        super().__init__(
            path,
            f"it was made by a newer perfdesk (schema version {version}, "
            f"this app reads up to {current}); update perfdesk to open it",
        )
        self.version = version


class NeedsUpgrade(DocumentError):
    """An older file opened read-only: upgrading would write, so it cannot be shown."""


class NeedsRecovery(DocumentError):
    """A change was cut off (crash, power loss); finishing the repair needs write access."""


class FileBusy(DocumentError):
    """Another program is saving the file right now; trying again in a moment works."""


class ReadOnlyError(Exception):
    """A write was attempted on a document opened read-only."""


class LockedFile(DocumentError):
    """Someone has the file open for writing (its lock file names them; store/lock.py).

    `holder` is who (None: the lock file is unreadable, "someone unknown"); `stale` says
    why the claim may be taken over ("gone": their process is gone, "old": older than
    the stale age, "unknown": unreadable), "" when it may not; `in_this_process` when
    another open document of this very process holds it (a second window).
    """

    def __init__(
        self, path: Path, holder: Holder | None, stale: str, in_this_process: bool
    ) -> None:
        if holder is None:
            who = "someone unknown (its lock file cannot be read)"
        else:
            who = (
                f"{holder.name or holder.user} ({holder.user}@{holder.host}, process "
                f"{holder.pid}, {holder.app}) since {holder.since.isoformat()}"
            )
        note = {
            "gone": "; that program is no longer running, so it may be taken over",
            "old": "; the claim is old, so it may be taken over after asking them",
            "unknown": "; it may be taken over after making sure nobody is editing it",
        }.get(stale, "; open it read-only or ask them to close it")
        super().__init__(path, f"it is open for editing by {who}{note}")
        self.holder = holder
        self.stale = stale
        self.in_this_process = in_this_process
