"""A visible, clearable "filtered to …" chip above a list that follows the shared selection.

The Meeting and Actions tabs show what concerns the unit or person picked in
the org tree (any tab's). The chip says so, with the selection's breadcrumb,
and its ✕ shows everything again in that tab until another unit or person is
picked. Hidden when nothing is filtered (the company selected).
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QFrame, QHBoxLayout, QToolButton, QWidget

from perfdesk.ui.guard import guarded
from perfdesk.ui.text import fill
from perfdesk.ui.widgets.text_label import TextLabel


class FilterChip(QFrame):
    cleared = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("filterChip")
        self.setStyleSheet(
            "QFrame#filterChip { background: #E8F1F8; border: 1px solid #0072B2;"
            " border-radius: 10px; }"
        )
        self.label = TextLabel(elide=Qt.TextElideMode.ElideMiddle)
        self.clear_button = QToolButton()
        self.clear_button.setText("✕")
        self.clear_button.setAutoRaise(True)
        self.clear_button.setToolTip(self.tr("Show everything (clear the filter)"))
        self.clear_button.setAccessibleName(self.tr("Clear the filter"))
        self.clear_button.clicked.connect(self._clear)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(8, 1, 2, 1)
        layout.addWidget(self.label, 1)
        layout.addWidget(self.clear_button)
        self.setVisible(False)

    def show_filter(self, crumb: str | None) -> None:
        """Say what the list is filtered to (None: not filtered, the chip hides)."""
        self.setVisible(crumb is not None)
        self.label.setText(fill(self.tr("Filtered to %1"), crumb) if crumb is not None else "")

    def text(self) -> str:
        return self.label.full_text()

    @guarded
    def _clear(self, _checked: bool = False) -> None:
        self.cleared.emit()
