"""Small shared panels: the "no document open" state, the error state, the read-only notice."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QPushButton, QVBoxLayout, QWidget

from perfdesk.ui.text import as_text, plain
from perfdesk.ui.widgets.text_label import wrapping_label


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


class ErrorState(QWidget):
    """Shown in place of a tab's content when reading or showing it failed.

    Says what happened in the UI language; the technical line (plain, bounded)
    is below it; "Try Again" reloads once the cause may be gone.
    """

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.headline = wrapping_label()
        self.headline.setObjectName("errorHeadline")
        self.headline.setStyleSheet("QLabel#errorHeadline { font-size: 13pt; font-weight: bold; }")
        self.advice = wrapping_label()
        self.detail = wrapping_label()
        self.detail.setObjectName("errorDetail")
        self.detail.setStyleSheet("QLabel#errorDetail { color: #555555; }")
        self.detail.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.retry = QPushButton(self.tr("Try Again"))
        layout = QVBoxLayout(self)
        layout.addStretch(1)
        for widget in (self.headline, self.advice, self.detail):
            widget.setAlignment(Qt.AlignmentFlag.AlignCenter)
            layout.addWidget(widget)
        layout.addWidget(self.retry, 0, Qt.AlignmentFlag.AlignCenter)
        layout.addStretch(2)

    def show_error(self, error: BaseException) -> None:
        from perfdesk.ui.errors import looks_damaged

        if looks_damaged(error):
            self.headline.setText(
                self.tr("Part of this document is damaged and this view cannot be shown.")
            )
            self.advice.setText(
                self.tr(
                    "The other tabs may still work. Restore a backup copy; "
                    "`perfdesk check FILE` shows what is damaged."
                )
            )
        else:
            self.headline.setText(self.tr("This view could not be shown."))
            self.advice.setText(
                self.tr(
                    "perfdesk hit an unexpected error. Your document is safe; the other tabs "
                    "may still work. The details are in the error report."
                )
            )
        self.detail.setText(plain(f"{type(error).__name__}: {as_text(error)}", 300))
