"""Checking an opened document's rows in the background, after the first paint.

Opening reads only the header and the schema, so a large file opens at once; damage in
a page that opening did not read (a bad sector, a value written past our CHECKs by
another tool, a broken reference) would show only when a view reads it. So once the
window has painted, `store.validate.verify` runs on a worker thread with a connection of
its own, and a document with problems gets a warning before the user works in it. A
file found sound is remembered by its state (place, size and change counter), so the
same unchanged file is not checked again at every start.
"""

from __future__ import annotations

import contextlib
import threading
from pathlib import Path

from PySide6.QtCore import QObject, QTimer, Signal
from PySide6.QtWidgets import QWidget

from perfdesk.store.validate import file_state, verify
from perfdesk.ui.errors import message_box
from perfdesk.ui.guard import guarded
from perfdesk.ui.settings import VERIFIED_FILES, Settings
from perfdesk.ui.text import fill, plain

MAX_REMEMBERED = 20
# A timer of 0 fired before the first paint, and the check (reading the whole file on a
# thread, 0.8 s for a company file) then slowed that paint by 30-80 ms.
START_DELAY_MS = 500


class Verifier(QObject):
    """Verifies each document the window opens, once per file state."""

    finished = Signal(str, str, list)  # path, state, problems (from the worker thread)

    def __init__(self, window: QWidget, settings: Settings) -> None:
        super().__init__(window)
        self.window = window
        self.settings = settings
        self.running: set[str] = set()
        self.finished.connect(self._report)  # queued: emitted on the worker thread

    def schedule(self, path: Path) -> None:
        """Verify `path` after the window has painted, unless this state was found sound."""
        QTimer.singleShot(START_DELAY_MS, lambda: self._start(path))

    @guarded
    def _start(self, path: Path) -> None:
        try:
            state = file_state(path)
        except Exception:
            return
        if state in self._remembered() or state in self.running:
            return
        self.running.add(state)
        worker = threading.Thread(
            target=self._work, args=(path, state), name="perfdesk-verify", daemon=True
        )
        worker.start()

    def _work(self, path: Path, state: str) -> None:
        try:
            problems = verify(path)
        except Exception as exc:
            problems = [f"{type(exc).__name__}: {exc}"]
        with contextlib.suppress(RuntimeError):  # the window closed meanwhile: nobody to warn
            self.finished.emit(str(path), state, problems)

    @guarded
    def _report(self, path: str, state: str, problems: list[str]) -> None:
        self.running.discard(state)
        if not problems:
            remembered = [state, *(s for s in self._remembered() if s != state)]
            self.settings.set(VERIFIED_FILES, remembered[:MAX_REMEMBERED])
            return
        self.show_problems(Path(path), problems)

    def show_problems(self, path: Path, problems: list[str]) -> None:
        from PySide6.QtWidgets import QMessageBox  # not at start-up: its enum types cost

        box = message_box(
            self.window,
            QMessageBox.Icon.Warning,
            self.tr("Damaged document"),
            fill(self.tr("“%1” is damaged in places."), plain(path.name)),
            self.tr(
                "Views may fail where the damage is, and changes there may be lost. Restore "
                "the file from a backup copy, or save a copy of what you need first; "
                "`perfdesk check FILE` lists the damage."
            ),
        )
        box.setDetailedText(plain("\n".join(problems[:50]), multiline=True))
        box.open()
        self.last_box = box  # kept for tests and so it is not collected while open

    def _remembered(self) -> list[str]:
        return [str(s) for s in self.settings.get(VERIFIED_FILES)]
