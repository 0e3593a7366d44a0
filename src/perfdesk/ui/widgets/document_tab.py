"""The part every tab shares: the no-document state and loading only when seen.

A tab shows EmptyState while no document is open. When a document (or a change
to it) arrives, a visible tab reloads at once and a hidden one marks itself
stale and reloads when next shown, so work is only done for what is on screen.
Subclasses put their widgets in with `set_content` and implement `load`
(fill the views from the context) and, if they hold rows, `clear`.
"""

from __future__ import annotations

from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import QVBoxLayout, QWidget

from perfdesk.ui.context import DocumentContext
from perfdesk.ui.widgets.panels import EmptyState


class DocumentTab(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context: DocumentContext | None = None
        self._stale = True
        self._content: QWidget | None = None
        self.empty = EmptyState()
        self._outer = QVBoxLayout(self)
        self._outer.setContentsMargins(0, 0, 0, 0)
        self._outer.addWidget(self.empty)

    def set_content(self, content: QWidget) -> None:
        """The tab's own widgets, shown instead of the empty state once a document is open."""
        self._content = content
        self._outer.addWidget(content)
        self.set_context(None)

    def set_context(self, context: DocumentContext | None) -> None:
        self.context = context
        self.empty.setVisible(context is None)
        if self._content is not None:
            self._content.setVisible(context is not None)
        self._stale = True
        if context is None:
            self.clear()
        elif self.isVisible():
            self.refresh()

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if self._stale and self.context is not None:
            self.refresh()

    def refresh(self) -> None:
        """Reload from the document now."""
        if self.context is None:
            return
        self._stale = False
        self.load(self.context)

    def load(self, context: DocumentContext) -> None:
        raise TypeError(f"{type(self).__name__} must define load()")

    def clear(self) -> None:
        """Forget the rows of a closed document (tabs without rows need nothing)."""
