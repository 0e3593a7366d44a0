"""User settings kept by QSettings: window geometry, recent files, UI language.

Each setting is declared once here (key, type, default). Document rules such
as evaluation thresholds live in the document, never here. Tests redirect
QSettings to a temporary folder (tests/conftest.py).
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import QByteArray, QSettings

MAX_RECENT = 10


class Setting:
    """One setting: its QSettings key, the type it is read as, and its default.

    A plain class rather than a dataclass: a dataclass writes and compiles its methods
    at import, ~0.9 ms of every start for a record that is only ever read.
    """

    __slots__ = ("default", "key", "type")

    def __init__(self, key: str, type: type, default: Any) -> None:
        self.key = key
        self.type = type
        self.default = default

    def __repr__(self) -> str:
        return f"Setting({self.key!r}, {self.type.__name__}, {self.default!r})"


GEOMETRY = Setting("window/geometry", QByteArray, QByteArray())
WINDOW_STATE = Setting("window/state", QByteArray, QByteArray())
RECENT_FILES = Setting("files/recent", list, [])
LAST_FOLDER = Setting("files/last_folder", str, "")
ZOOM = Setting("ui/zoom", int, 100)  # percent of the normal font size (ui/zoom.py)
LANGUAGE = Setting("ui/language", str, "")  # "" follows the OS locale; else "zh" or "en"
# States (path|size|change counter) of documents whose rows were verified sound.
VERIFIED_FILES = Setting("files/verified", list, [])
# A claim on a document older than this may be taken over (after asking); store/lock.py.
LOCK_STALE_HOURS = Setting("files/lock_stale_hours", int, 12)
# How many backups of each document are kept beside it (store/backups.py: 2..999).
BACKUPS_KEEP = Setting("files/backups_keep", int, 20)
# The name an action's status history records as who did it ("" = the OS login name).
USER_NAME = Setting("user/name", str, "")
# The meeting clock (ui/run_mode.py): amber with this many seconds left, red at that many,
# and a tone at zero (1) or not (0).
MEETING_AMBER_SECONDS = Setting("meeting/amber_seconds", int, 60)
MEETING_RED_SECONDS = Setting("meeting/red_seconds", int, 0)
MEETING_SOUND = Setting("meeting/sound", int, 1)
# The KPI tab's side panes shown last time (1) or not (0): the goal's detail, the alerts.
KPI_DETAIL = Setting("kpi/detail", int, 0)
KPI_ALERTS = Setting("kpi/alerts", int, 0)
# The Actions register grouped by "unit" (responsible department), "owner", or not ("").
ACTIONS_GROUP = Setting("actions/group", str, "")


class Settings:
    def __init__(self, store: QSettings | None = None) -> None:
        self._store = store or QSettings()

    def get(self, setting: Setting) -> Any:
        value = self._store.value(setting.key, setting.default)
        if setting.type is list:
            # QSettings returns a bare string for a one-element list on some backends.
            if value is None:
                return []
            if isinstance(value, str):
                return [value]
            return list(value) if isinstance(value, (list, tuple)) else []
        if value is None or not isinstance(value, setting.type):
            try:
                return setting.type(value)
            except (TypeError, ValueError):
                return setting.default
        return value

    def set(self, setting: Setting, value: Any) -> None:
        self._store.setValue(setting.key, value)

    def sync(self) -> None:
        self._store.sync()

    def recent_files(self) -> list[str]:
        return [str(p) for p in self.get(RECENT_FILES)]

    def add_recent_file(self, path: str) -> None:
        files = [path, *(p for p in self.recent_files() if p != path)]
        self.set(RECENT_FILES, files[:MAX_RECENT])

    def clear_recent_files(self) -> None:
        self.set(RECENT_FILES, [])


def settings_folder() -> Path:
    """The folder of the user's settings file, known without a QApplication (the
    command line asks too): ~/.config/perfdesk on Linux, %APPDATA%\\perfdesk on Windows
    (the INI location, not the registry, so there is a folder to keep files in)."""
    ini = QSettings(QSettings.Format.IniFormat, QSettings.Scope.UserScope, "perfdesk", "perfdesk")
    return Path(ini.fileName()).parent


def import_mapping_folder() -> Path:
    """Where File → Import Actuals… remembers column mappings, one JSON file per header
    layout; `perfdesk import` looks there too."""
    return settings_folder() / "import-mappings"
