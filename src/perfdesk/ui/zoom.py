"""Zoom for the whole window (Ctrl + / Ctrl − / Ctrl 0), remembered between runs.

Meeting rooms project at 1366×768 or 1280×720 to readers at the back: the
application font is scaled, so every tab, header, menu and row follows. Row
heights and column widths that tabs set from font metrics are recomputed when
their font changes (QEvent.FontChange).
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QAction, QFont, QKeySequence
from PySide6.QtWidgets import QApplication, QMenu, QWidget

from perfdesk.ui.guard import guarded
from perfdesk.ui.settings import ZOOM, Settings

STEPS = (70, 80, 90, 100, 110, 125, 150, 175, 200)  # percent of the base font size


class Zoom:
    def __init__(self, settings: Settings) -> None:
        self.settings = settings
        app = QApplication.instance()
        assert isinstance(app, QApplication)
        self._app = app
        self._base = QFont(app.font())
        self.percent = 100
        saved = int(settings.get(ZOOM))
        self.set(saved if saved in STEPS else 100, save=False)

    def set(self, percent: int, save: bool = True) -> None:
        self.percent = percent
        font = QFont(self._base)
        if self._base.pointSizeF() > 0:
            font.setPointSizeF(self._base.pointSizeF() * percent / 100)
        else:
            font.setPixelSize(max(6, round(self._base.pixelSize() * percent / 100)))
        self._app.setFont(font)
        if save:
            self.settings.set(ZOOM, percent)

    def step(self, direction: int) -> None:
        index = STEPS.index(self.percent) if self.percent in STEPS else STEPS.index(100)
        self.set(STEPS[max(0, min(len(STEPS) - 1, index + direction))])

    def reset(self) -> None:
        self.set(100)

    def restore_base(self) -> None:
        """Put the application font back (a closed window must not leave it zoomed)."""
        self._app.setFont(self._base)


def zoom_actions(owner: QWidget, menu: QMenu, zoom: Zoom) -> list[QAction]:
    """View → Zoom In / Zoom Out / Actual Size, with their standard shortcuts."""
    keys = QKeySequence.StandardKey
    made = []
    for text, shortcuts, slot in (
        (
            QCoreApplication.translate("MainWindow", "Zoom &In"),
            [*QKeySequence.keyBindings(keys.ZoomIn), QKeySequence("Ctrl+=")],
            lambda: zoom.step(1),
        ),
        (
            QCoreApplication.translate("MainWindow", "Zoom &Out"),
            QKeySequence.keyBindings(keys.ZoomOut),
            lambda: zoom.step(-1),
        ),
        (
            QCoreApplication.translate("MainWindow", "&Actual Size"),
            [QKeySequence("Ctrl+0")],
            zoom.reset,
        ),
    ):
        action = QAction(owner)  # not (text, owner): that builds the QIcon type (~6 ms)
        action.setText(text)
        unique = []
        for shortcut in shortcuts:
            if shortcut not in unique:
                unique.append(shortcut)
        action.setShortcuts(unique)
        action.triggered.connect(guarded(lambda _=False, s=slot: s()))
        menu.addAction(action)
        made.append(action)
    return made
