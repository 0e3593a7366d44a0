"""Help → User Guide… (F1): the guide shipped in resources/guide, in a window of its own.

Local files only. The browser follows no link by itself (`setOpenLinks(False)`):
`follow` takes a link into the guide folder (another page, an anchor) and refuses
everything else — http, mailto, a file outside the guide — with a line in the
window, and `loadResource` reads nothing outside the guide either, so a page can
never make perfdesk touch the network. Back/Forward (Alt+←/→), a search box
(Ctrl+F; Enter or F3 finds the next match, Shift+Enter or Shift+F3 the previous),
and the text follows the window's zoom (the application font).

Imported on first use (main_window.show_guide), so start-up does not pay for it.
"""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt, QUrl
from PySide6.QtGui import QAction, QKeySequence, QTextCursor, QTextDocument
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QTextBrowser,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from perfdesk.paths import guide_dir
from perfdesk.ui.guard import guarded

LANGUAGE_FOLDERS = {"zh": "zh_CN", "en": "en"}
# Keys a person presses: modifiers+key, F-keys, Insert, Delete (not a keyboard's "Redo" key).
PRESSABLE = re.compile(r"F\d+|Ins|Del|\S+\+\S+")


def guide_page(language: str, root: Path | None = None) -> Path | None:
    """The guide's first page in `language`, else in the other language; None if neither."""
    root = root or guide_dir()
    first = LANGUAGE_FOLDERS.get(language, "en")
    order = [first] + [folder for folder in LANGUAGE_FOLDERS.values() if folder != first]
    for folder in order:
        page = root / folder / "index.html"
        if page.is_file():
            return page
    return None


def inside(path: Path, root: Path) -> bool:
    """Whether `path` (resolved: no way out through ../ or a link) lies in `root`."""
    try:
        path.resolve().relative_to(root.resolve())
    except (OSError, ValueError):
        return False
    return True


class GuideBrowser(QTextBrowser):
    """A QTextBrowser that reads resources from the guide folder and nowhere else."""

    def __init__(self, root: Path, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.root = root
        self.setOpenLinks(False)
        self.setOpenExternalLinks(False)

    def local_path(self, url: QUrl) -> Path | None:
        """The guide file `url` names (relative to the page shown), or None if it is not one."""
        if url.scheme() not in ("", "file") or url.host():
            return None
        resolved = self.source().resolved(url) if url.isRelative() else url
        if not resolved.isLocalFile():
            return None
        path = Path(resolved.toLocalFile())
        return path if inside(path, self.root) and path.is_file() else None

    @guarded
    def loadResource(self, kind: int, name: QUrl | str) -> Any:
        path = self.local_path(QUrl(name))
        if path is None:
            return None  # nothing from outside the guide, ever
        return super().loadResource(kind, QUrl.fromLocalFile(str(path)))


class HelpWindow(QWidget):
    """The user guide in a non-modal window (one per main window)."""

    def __init__(self, language: str, parent: QWidget | None = None) -> None:
        super().__init__(parent, Qt.WindowType.Window)
        self.setWindowTitle(self.tr("perfdesk User Guide"))
        self.root = guide_dir()
        self.browser = GuideBrowser(self.root)
        self.browser.anchorClicked.connect(self.follow)
        self.browser.sourceChanged.connect(self._source_changed)

        self.back_button = QToolButton()
        self.forward_button = QToolButton()
        self.home_button = QToolButton()
        self.back_action = self._action(self.tr("Back"), self.browser.backward, "Alt+Left")
        self.forward_action = self._action(self.tr("Forward"), self.browser.forward, "Alt+Right")
        self.home_action = self._action(self.tr("Contents"), self.home, "Alt+Home")
        self.back_button.setDefaultAction(self.back_action)
        self.forward_button.setDefaultAction(self.forward_action)
        self.home_button.setDefaultAction(self.home_action)
        self.browser.backwardAvailable.connect(self.back_action.setEnabled)
        self.browser.forwardAvailable.connect(self.forward_action.setEnabled)
        self.back_action.setEnabled(False)
        self.forward_action.setEnabled(False)

        self.search = QLineEdit()
        self.search.setPlaceholderText(self.tr("Find in the guide (Ctrl+F)"))
        self.search.setClearButtonEnabled(True)
        self.search.returnPressed.connect(lambda: self.find_text(backward=False))
        self.search.textEdited.connect(lambda _text: self.find_text(backward=False, again=True))
        self.find_action = self._action(self.tr("Find"), self.focus_search, "Ctrl+F")
        self.next_action = self._action(
            self.tr("Find Next"), lambda: self.find_text(backward=False), "F3"
        )
        self.previous_action = self._action(
            self.tr("Find Previous"), lambda: self.find_text(backward=True), "Shift+F3"
        )
        previous_match = QAction(self)  # Shift+Enter in the search box, like a browser
        previous_match.setShortcut(QKeySequence("Shift+Return"))
        previous_match.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)
        previous_match.triggered.connect(guarded(lambda: self.find_text(backward=True)))
        self.search.addAction(previous_match)
        next_button, previous_button = QToolButton(), QToolButton()
        next_button.setDefaultAction(self.next_action)
        previous_button.setDefaultAction(self.previous_action)
        self.close_action = self._action(self.tr("Close"), self.close, "Esc")

        self.status = QLabel()  # "not found", "not opened: outside the guide"
        self.status.setTextFormat(Qt.TextFormat.PlainText)

        bar = QHBoxLayout()
        for button in (self.back_button, self.forward_button, self.home_button):
            bar.addWidget(button)
        bar.addStretch(1)
        bar.addWidget(self.search, 2)
        bar.addWidget(previous_button)
        bar.addWidget(next_button)
        layout = QVBoxLayout(self)
        layout.addLayout(bar)
        layout.addWidget(self.browser, 1)
        layout.addWidget(self.status)
        self.resize(1060, 760)  # the screenshots are 1000 px wide: shown unscaled
        self.page = guide_page(language, self.root)
        self.home()

    def _action(self, text: str, slot: Any, key: str) -> QAction:
        action = QAction(self)
        action.setText(text)
        action.setShortcut(QKeySequence(key))
        action.setToolTip(
            f"{text} ({QKeySequence(key).toString(QKeySequence.SequenceFormat.NativeText)})"
        )
        action.setShortcutContext(Qt.ShortcutContext.WindowShortcut)
        action.triggered.connect(guarded(slot))
        self.addAction(action)
        return action

    def home(self) -> None:
        if self.page is None:
            self.browser.setPlainText(
                self.tr("The user guide is missing from this installation. Reinstall perfdesk.")
            )
            return
        self.browser.setSource(QUrl.fromLocalFile(str(self.page)))

    def show_anchor(self, anchor: str) -> None:
        """Go to a section of the guide's first page (`anchor` without the #)."""
        if self.page is None:
            return
        url = QUrl.fromLocalFile(str(self.page))
        url.setFragment(anchor)
        self.browser.setSource(url)

    @guarded
    def follow(self, url: QUrl) -> None:
        """A clicked link: within the guide it navigates, anything else is refused."""
        self.status.clear()
        if (
            url.scheme() in ("", "file")
            and not url.host()
            and url.path() == ""
            and url.hasFragment()
        ):
            target = QUrl(self.browser.source())
            target.setFragment(url.fragment())
            self.browser.setSource(target)
            return
        path = self.browser.local_path(QUrl(url.toString().partition("#")[0]))
        if path is None or path.suffix.lower() not in (".html", ".htm"):
            self.status.setText(
                self.tr("Only pages of this guide open here; that link was not followed.")
            )
            return
        target = QUrl.fromLocalFile(str(path))
        if url.hasFragment():
            target.setFragment(url.fragment())
        self.browser.setSource(target)

    def _source_changed(self, _url: QUrl) -> None:
        title = self.browser.documentTitle()
        self.setWindowTitle(title or self.tr("perfdesk User Guide"))

    def focus_search(self) -> None:
        self.search.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.search.selectAll()

    def find_text(self, backward: bool, again: bool = False) -> bool:
        """Select the next (or previous) match of the search text, wrapping round once."""
        text = self.search.text()
        self.status.clear()
        if not text:
            return False
        flags = QTextDocument.FindFlag.FindBackward if backward else QTextDocument.FindFlag(0)
        if again:  # typing refines the match under the cursor, not the one after it
            cursor = self.browser.textCursor()
            cursor.setPosition(cursor.selectionStart())
            self.browser.setTextCursor(cursor)
        if self.browser.find(text, flags):
            return True
        cursor = self.browser.textCursor()
        cursor.movePosition(
            QTextCursor.MoveOperation.End if backward else QTextCursor.MoveOperation.Start
        )
        self.browser.setTextCursor(cursor)
        if self.browser.find(text, flags):
            return True
        self.status.setText(self.tr("Not found in this page."))
        return False


def open_guide(owner: Any, language: str, anchor: str = "") -> HelpWindow:
    """Show the guide window of `owner` (made on first use), raised, at `anchor`."""
    window = getattr(owner, "_help_window", None)
    if window is None:
        window = HelpWindow(language, owner)
        owner._help_window = window
    if anchor:
        window.show_anchor(anchor)
    window.show()
    window.raise_()
    window.activateWindow()
    return window


def menu_shortcuts(window: QWidget) -> list[tuple[str, str, list[str]]]:
    """(menu, command, keys) of every menu command with a key, in menu order, as the
    guide's keyboard table lists them (docs/make_guide_screenshots.py writes it)."""
    from perfdesk.ui.widgets.panels import button_text

    rows = []
    bar = window.menuBar()  # type: ignore[attr-defined]
    for menu_action in bar.actions():
        menu = menu_action.menu()
        if menu is None:
            continue
        for action in menu.actions():
            if action.isSeparator() or action.menu() is not None:
                continue
            keys = [
                key.toString(QKeySequence.SequenceFormat.PortableText)
                for key in action.shortcuts()
                if not key.isEmpty()
            ]
            keys = [key for key in keys if PRESSABLE.fullmatch(key)]
            if keys:
                rows.append((button_text(menu_action), button_text(action), keys))
    return rows
