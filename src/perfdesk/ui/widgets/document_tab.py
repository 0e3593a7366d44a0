"""The part every tab shares: no-document and error states, and loading only when seen.

A tab shows EmptyState while no document is open, or when `load` finds nothing
to show (`show_nothing`: no organisation, no meetings, ...), with the window's
next steps as buttons (`set_next_steps`). When a document (or a change
to it) arrives, a visible tab reloads at once and a hidden one marks itself
stale and reloads when next shown, so work is only done for what is on screen.
If loading or showing fails, the tab shows ErrorState with what happened
instead of its content (ui/guard.py reports the error); the window goes on.
Subclasses put their widgets in with `set_content` and implement `load`
(fill the views from the context) and, if they hold rows, `clear`.
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QObject, Qt
from PySide6.QtGui import QAction, QShowEvent
from PySide6.QtWidgets import QVBoxLayout, QWidget

from perfdesk.ui.context import DocumentContext
from perfdesk.ui.guard import guarded
from perfdesk.ui.widgets.panels import EmptyState, ErrorState
from perfdesk.ui.widgets.views import busy


class DocumentTab(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context: DocumentContext | None = None
        self._stale = True
        self._content: QWidget | None = None
        self.failed: BaseException | None = None
        self.nothing = False  # load() found nothing to show: the empty state says so
        self.empty = EmptyState()
        self.error_state = ErrorState()
        self.error_state.setVisible(False)
        self.error_state.retry.clicked.connect(self.refresh)
        self._outer = QVBoxLayout(self)
        self._outer.setContentsMargins(0, 0, 0, 0)
        self._outer.addWidget(self.empty)
        self._outer.addWidget(self.error_state)

    def set_content(self, content: QWidget) -> None:
        """The tab's own widgets, shown instead of the empty state once a document is open."""
        self._content = content
        self._outer.addWidget(content)
        self.set_context(None)

    def set_next_steps(self, actions: Sequence[QAction]) -> None:
        """The window's actions the empty state offers (Open Demo Document, Open…, Open Recent)."""
        self.empty.set_actions(actions)

    def show_nothing(self, headline: str, detail: str = "") -> None:
        """Instead of the content: there is nothing here yet, and what to do next."""
        self.nothing = True
        self.empty.set_text(headline, detail)
        self._show_state()

    def watch(self, source: QObject) -> None:
        """Show the error state when `source` (a model) reports a failure of its own.

        Queued: a model fails inside data(), during a paint, where widgets must not change.
        """
        source.failed.connect(self.guard_failed, Qt.ConnectionType.QueuedConnection)  # type: ignore[attr-defined]

    def _show_state(self) -> None:
        has_document = self.context is not None
        if not has_document:
            self.nothing = False
            self.empty.show_no_document()
        failed = has_document and self.failed is not None
        self.empty.setVisible(not has_document or (self.nothing and not failed))
        self.error_state.setVisible(failed)
        if self._content is not None:
            self._content.setVisible(has_document and not failed and not self.nothing)

    @guarded
    def set_context(self, context: DocumentContext | None) -> None:
        self.context = context
        self.failed = None
        self._stale = True
        self._show_state()
        if context is None:
            self.clear()
        elif self.isVisible():
            self.refresh()

    @guarded
    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if self._stale and self.context is not None:
            self.refresh()

    @guarded
    def refresh(self) -> None:
        """Reload from the document now."""
        if self.context is None:
            return
        self._stale = False
        self.failed = None
        self.nothing = False
        self._show_state()
        with busy():  # a company file's tab can take more than a moment
            self.load(self.context)

    def guard_failed(self, error: BaseException) -> None:
        """Called by the guard (or a watched model): show what happened instead of content."""
        self.failed = error
        self.error_state.show_error(error)
        self._show_state()

    def panes(self) -> list[QWidget]:
        """The tab's panes in the order F6 visits them (the views and the filter box)."""
        return []

    def find_target(self) -> QWidget | None:
        """What Ctrl+F focuses: the tab's search or filter box, or the list to type in."""
        panes = self.panes()
        return panes[0] if panes else None

    def holder_moved(self) -> None:
        """The shared selection (`context.holder`) changed in another tab: tabs without
        an org tree of their own follow it here."""

    def load(self, context: DocumentContext) -> None:
        raise TypeError(f"{type(self).__name__} must define load()")

    def clear(self) -> None:
        """Forget the rows of a closed document (tabs without rows need nothing)."""
