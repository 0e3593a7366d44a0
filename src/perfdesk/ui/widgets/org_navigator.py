"""The org tree with a search box above it: the way to pick a unit or person.

Typing selects the first unit or person whose name, pinyin initials or full
pinyin ("xsb" → 销售部), title or employee number contains the text; Enter or
Down goes to the next match, Shift+Enter or Up to the previous one, Escape
clears the box. The pinyin dictionary is loaded in a thread the first time the
box gets the focus (never at start-up); until it is there, names, titles and
numbers match as typed and the search runs again once pinyin is ready.
Importing pypinyin holds the interpreter for 0.3-0.5 s even in a thread (its
dictionaries are built in one go), which froze the window the first time the
box was used; so once the window has shown, `warm_pinyin` imports it in a
plain thread while nobody is typing yet.
"""

from __future__ import annotations

import threading
import time

from PySide6.QtCore import QEvent, QObject, Qt, QTimer
from PySide6.QtGui import QKeyEvent, QShowEvent
from PySide6.QtWidgets import QHBoxLayout, QLabel, QLineEdit, QVBoxLayout, QWidget

from perfdesk.core.org_search import OrgSearch
from perfdesk.ui.guard import guarded
from perfdesk.ui.text import fill
from perfdesk.ui.widgets.org_tree import OrgTree

_POLL_MS = 40  # how often to look whether pinyin has arrived
WARM_DELAY_MS = 400  # after the window first shows: its first paint is done by then
PINYIN_WARM = threading.Event()  # set once pypinyin is imported and its tables read
_warming: list[threading.Thread] = []


def warm_pinyin() -> None:
    """Import pypinyin (and read its tables once) in a thread, once per process.

    The thread touches no Qt object; it only fills Python's module cache, so the
    first search finds pypinyin there instead of importing it under the typist.
    """
    if _warming:
        return

    def warm() -> None:
        try:
            from perfdesk.core.org_search import readings

            readings("销售部")  # imports pypinyin (core.org_search.load_pinyin) and reads once
        except Exception:  # no pinyin (a broken install): names still match as typed
            pass
        finally:
            PINYIN_WARM.set()

    thread = threading.Thread(target=warm, name="perfdesk-pinyin-warm", daemon=True)
    _warming.append(thread)
    thread.start()


class OrgNavigator(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.search = QLineEdit()
        self.search.setObjectName("orgSearch")
        self.search.setClearButtonEnabled(True)
        self.search.setPlaceholderText(self.tr("Find: name, pinyin (xsb), title, staff no."))
        self.search.setToolTip(
            self.tr(
                "Type a name, its pinyin initials or full pinyin, a title or a staff number. "
                "Enter or Down: next match; Shift+Enter or Up: previous; Esc: clear."
            )
        )
        self.count = QLabel()
        self.tree = OrgTree()
        self.matches: list[str] = []
        self.position = -1
        self.last_search_ms = 0.0  # how long the last keystroke's search took (measured in tests)
        self._preparing: OrgSearch | None = None
        self._prepare_failed = False
        self._poll = QTimer(self)
        self._poll.setInterval(_POLL_MS)
        self._poll.timeout.connect(self._pinyin_arrived)

        row = QHBoxLayout()
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.search, 1)
        row.addWidget(self.count)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(row)
        layout.addWidget(self.tree, 1)
        self.search.textChanged.connect(self._text_changed)
        self.search.installEventFilter(self)

    @guarded
    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if not _warming:  # the first navigator shown: warm pinyin once the window is up
            QTimer.singleShot(WARM_DELAY_MS, guarded(warm_pinyin))

    def prepare_pinyin(self) -> None:
        """Start reading the pinyin of every name in a thread (once per tree contents)."""
        search = self.tree.search
        if search.ready or self._preparing is search:
            return
        self._preparing = search
        self._prepare_failed = False
        threading.Thread(
            target=self._prepare, args=(search,), name="perfdesk-pinyin", daemon=True
        ).start()
        self._poll.start()

    def _prepare(self, search: OrgSearch) -> None:
        try:
            search.prepare()
        except Exception:  # no pinyin (a broken install): names still match as typed
            self._prepare_failed = True

    @guarded
    def _pinyin_arrived(self) -> None:
        search = self._preparing
        if search is None or search.ready or self._prepare_failed:
            self._poll.stop()
            self._preparing = None
            if search is self.tree.search and self.search.text():
                self._find(keep_position=True)

    @guarded
    def _text_changed(self, _text: str) -> None:
        self.prepare_pinyin()
        self._find(keep_position=False)

    def _find(self, keep_position: bool) -> None:
        text = self.search.text()
        started = time.perf_counter()
        current = self.tree.current_holder()
        self.matches = self.tree.search.find(text)
        self.last_search_ms = (time.perf_counter() - started) * 1000
        if keep_position and current in self.matches:
            self.position = self.matches.index(current)
        else:
            self.position = 0 if self.matches else -1
            if self.matches:
                self.tree.select_holder(self.matches[0])
        self._show_count()

    def step(self, direction: int) -> None:
        """Go to the next (1) or previous (-1) match, round the end."""
        if not self.matches:
            return
        self.position = (self.position + direction) % len(self.matches)
        self.tree.select_holder(self.matches[self.position])
        self._show_count()

    def _show_count(self) -> None:
        if not self.search.text():
            self.count.setText("")
        elif not self.matches:
            self.count.setText(self.tr("none"))
        else:
            self.count.setText(fill(self.tr("%1/%2"), self.position + 1, len(self.matches)))

    @guarded(default=False)
    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is not self.search:
            return False
        if event.type() == QEvent.Type.FocusIn:
            self.prepare_pinyin()
            return False
        if event.type() != QEvent.Type.KeyPress or not isinstance(event, QKeyEvent):
            return False
        key = event.key()
        shift = bool(event.modifiers() & Qt.KeyboardModifier.ShiftModifier)
        if key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            self.step(-1 if shift else 1)
            return True
        if key == Qt.Key.Key_Down:
            self.step(1)
            return True
        if key == Qt.Key.Key_Up:
            self.step(-1)
            return True
        if key == Qt.Key.Key_Escape and self.search.text():
            self.search.clear()
            return True
        return False
