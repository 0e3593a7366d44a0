"""A label for document text: plain, one line, elided to its width, never widening a window.

Names come from files other people typed: `<img src=…>`, a 10,000-character
heading or a right-to-left override must show as typed without loading
anything, growing the window or reversing the app's own text. The full text
(bounded) is in the tooltip when the label has to elide it.
"""

from __future__ import annotations

from PySide6.QtCore import QSize, Qt
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import QLabel, QSizePolicy, QWidget

from perfdesk.ui.guard import guarded
from perfdesk.ui.text import LABEL_LIMIT, plain, tooltip

_MAX_HINT_EM = 40  # the width a label asks for at most, in character widths


class TextLabel(QLabel):
    def __init__(
        self,
        text: object = "",
        parent: QWidget | None = None,
        elide: Qt.TextElideMode = Qt.TextElideMode.ElideRight,
        limit: int = LABEL_LIMIT,
    ) -> None:
        super().__init__(parent)
        self._full = ""
        self._tip = ""
        self._elide = elide
        self._limit = limit
        self.setTextFormat(Qt.TextFormat.PlainText)
        self.setWordWrap(False)
        # Its size hint is bounded and its minimum width is 0 (below), so the layout gives
        # it the room there is and its text never pushes the window wider.
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Preferred)
        self.setText(text)

    def setText(self, text: object) -> None:  # every caller goes through here
        self._full = plain(text, self._limit)
        self._show()

    def full_text(self) -> str:
        return self._full

    def set_tip(self, text: object) -> None:
        """A tooltip (document text allowed) for when the label is not elided."""
        self._tip = tooltip(text) or ""
        self._show()

    @guarded
    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._show()

    def _show(self) -> None:
        width = self.contentsRect().width()
        shown = self._full
        if width > 0:
            shown = self.fontMetrics().elidedText(self._full, self._elide, width)
        if shown != super().text():
            super().setText(shown)
        self.setToolTip((tooltip(self._full) or "") if shown != self._full else self._tip)

    @guarded(default=QSize())
    def sizeHint(self) -> QSize:
        hint = super().sizeHint()
        metrics = self.fontMetrics()
        wanted = metrics.horizontalAdvance(self._full) + 2 * self.margin() + 4
        return QSize(min(wanted, metrics.averageCharWidth() * _MAX_HINT_EM), hint.height())

    @guarded(default=QSize())
    def minimumSizeHint(self) -> QSize:
        return QSize(0, super().minimumSizeHint().height())


def wrapping_label(text: str = "") -> QLabel:
    """A word-wrapped plain label for the app's own sentences that may quote document text.

    Ignored width, so an unbreakable name inside cannot set the window's minimum width.
    """
    label = QLabel()
    label.setTextFormat(Qt.TextFormat.PlainText)
    label.setWordWrap(True)
    label.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
    label.setText(text)
    return label
