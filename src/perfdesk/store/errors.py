"""Why a file cannot be used as a document, and why a write cannot happen.

Each error's `message` is English detail for logs and the details pane; the window
picks its translated sentence by the error's class (ui/errors.py).
"""

from __future__ import annotations

from pathlib import Path


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
