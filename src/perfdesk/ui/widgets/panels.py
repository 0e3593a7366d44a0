"""Small shared panels: the "no document open" state and the read-only notice."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget


class EmptyState(QWidget):
    """Shown in a tab while no document is open, saying how to open one."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        text = QLabel(
            self.tr(
                "<h3>No document open</h3>"
                "<p>Create one with <b>File → New</b> (Ctrl+N), open one with "
                "<b>File → Open</b> (Ctrl+O),<br>or look around in the demo company with "
                "<b>Help → Open Demo Document</b>.</p>"
            )
        )
        text.setAlignment(Qt.AlignmentFlag.AlignCenter)
        text.setTextFormat(Qt.TextFormat.RichText)
        layout = QVBoxLayout(self)
        layout.addWidget(text)


def read_only_notice(text: str) -> QLabel:
    """A visible note that a view cannot edit yet, so nobody mistakes it for a bug."""
    notice = QLabel(text)
    notice.setWordWrap(True)
    notice.setObjectName("readOnlyNotice")
    notice.setStyleSheet(
        "QLabel#readOnlyNotice { color: #5d4037; background: #fff8e1; "
        "border: 1px solid #ffe082; border-radius: 3px; padding: 4px 8px; }"
    )
    return notice
