"""What the window shows while no document is open: the first-run welcome.

Four big buttons — Open Demo Document, New…, Open…, User Guide — are the
window's own actions (the same ones every tab's empty state offers as next
steps, see widgets/panels.EmptyState), so they say and do what the menus do.
Below them, the recent documents when there are some (Enter or a double-click
opens one). Everything is reachable with Tab and Enter.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QColor, QFont, QPalette
from PySide6.QtWidgets import (
    QGridLayout,
    QHBoxLayout,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from perfdesk.ui.guard import guarded
from perfdesk.ui.text import plain, tooltip
from perfdesk.ui.widgets.panels import button_text
from perfdesk.ui.widgets.text_label import wrapping_label

PATH_ROLE = Qt.ItemDataRole.UserRole


class WelcomePanel(QWidget):
    def __init__(
        self,
        actions: Sequence[QAction],
        open_path: Callable[[Path], object],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._open_path = open_path
        # Fonts and palettes, not style sheets: this panel is built at start-up.
        self.headline = wrapping_label(self.tr("Welcome to perfdesk"))
        self.headline.setFont(_scaled(self.font(), 1.6, bold=True))
        self.detail = wrapping_label(
            self.tr(
                "Goals, KPI entry, review meetings and improvement actions for your "
                "department. Look around in the demo company, start a document of your own, "
                "open a file you were sent, or read the guide first."
            )
        )
        grey = self.detail.palette()
        grey.setColor(QPalette.ColorRole.WindowText, QColor("#555555"))
        self.detail.setPalette(grey)
        for label in (self.headline, self.detail):
            label.setAlignment(Qt.AlignmentFlag.AlignCenter)

        self.buttons: list[QPushButton] = []
        grid = QGridLayout()
        grid.setSpacing(12)
        big = _scaled(self.font(), 1.2)
        for number, action in enumerate(actions):
            # The command in the menus' words, and what it does below it.
            button = QPushButton(f"{button_text(action)}\n{action.statusTip()}".strip())
            button.setToolTip(action.statusTip())
            button.setMinimumHeight(self.fontMetrics().height() * 4)
            button.setMinimumWidth(self.fontMetrics().averageCharWidth() * 28)
            button.setFont(big)
            button.clicked.connect(action.trigger)
            button.setDefault(number == 0)
            button.setAutoDefault(True)  # Enter presses the button with the focus
            grid.addWidget(button, number // 2, number % 2)
            self.buttons.append(button)

        self.recent_title = wrapping_label(self.tr("Recent documents"))
        self.recent_title.setFont(_scaled(self.font(), 1.0, bold=True))
        self.recent = QListWidget()
        self.recent.setAccessibleName(self.tr("Recent documents"))
        self.recent.itemActivated.connect(self._open_item)

        column = QWidget()
        column.setMaximumWidth(self.fontMetrics().averageCharWidth() * 90)
        inner = QVBoxLayout(column)
        inner.setContentsMargins(0, 0, 0, 0)
        inner.addWidget(self.headline)
        inner.addWidget(self.detail)
        inner.addSpacing(16)
        inner.addLayout(grid)
        inner.addSpacing(16)
        inner.addWidget(self.recent_title)
        inner.addWidget(self.recent)
        centred = QHBoxLayout()
        centred.addStretch(1)
        centred.addWidget(column, 8)
        centred.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addStretch(1)
        layout.addLayout(centred)
        layout.addStretch(2)
        self.set_recent([])

    def set_recent(self, files: Sequence[str]) -> None:
        """The recent documents (newest first); the list is hidden when there are none."""
        self.recent.clear()
        for name in files:
            path = Path(name)
            item = QListWidgetItem(plain(f"{path.name}  —  {path.parent}", 200))
            item.setData(PATH_ROLE, str(path))
            item.setToolTip(tooltip(str(path), 600) or "")
            if not path.exists():
                item.setFlags(item.flags() & ~Qt.ItemFlag.ItemIsEnabled)
            self.recent.addItem(item)
        shown = bool(files)
        self.recent_title.setVisible(shown)
        self.recent.setVisible(shown)
        if shown:
            rows = min(len(files), 8)
            self.recent.setMaximumHeight(
                self.recent.sizeHintForRow(0) * rows + 2 * self.recent.frameWidth() + 4
            )
            self.recent.setCurrentRow(0)

    @guarded
    def _open_item(self, item: QListWidgetItem) -> None:
        if item.flags() & Qt.ItemFlag.ItemIsEnabled:
            self._open_path(Path(item.data(PATH_ROLE)))


def _scaled(font: QFont, factor: float, bold: bool = False) -> QFont:
    scaled = QFont(font)
    if font.pointSizeF() > 0:
        scaled.setPointSizeF(font.pointSizeF() * factor)
    scaled.setBold(bold)
    return scaled
