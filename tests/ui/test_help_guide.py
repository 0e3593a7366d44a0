"""The user guide (Help → User Guide…, F1) and the first-run welcome.

The guide's pages name only images and pages that exist, every anchor resolves, its
keyboard table is the window's real keys, F1 opens it in the UI language, a link
out of the guide opens nothing; the welcome offers its four steps, and each works.
"""

from __future__ import annotations

import os
import re
import subprocess
import sys
from html.parser import HTMLParser
from pathlib import Path

import pytest
from PySide6.QtCore import Qt, QUrl
from PySide6.QtGui import QDesktopServices, QKeySequence, QTextDocument
from PySide6.QtWidgets import QApplication

from perfdesk.paths import guide_dir
from perfdesk.ui import help_window
from perfdesk.ui.help_window import HelpWindow, menu_shortcuts

PAGES = {"zh": guide_dir() / "zh_CN" / "index.html", "en": guide_dir() / "en" / "index.html"}
TITLES = {"zh": "perfdesk 用户指南", "en": "perfdesk User Guide"}


class _Page(HTMLParser):
    """The links, image sources, anchors and keyboard-table rows of one guide page."""

    def __init__(self, path: Path) -> None:
        super().__init__()
        self.links: list[str] = []
        self.images: list[str] = []
        self.ids: set[str] = set()
        self.rows: list[list[str]] = []
        self._in_keys = False
        self._cell: list[str] | None = None
        self.feed(path.read_text(encoding="utf-8"))

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        found = dict(attrs)
        if found.get("id"):
            self.ids.add(str(found["id"]))
        if tag in ("a", "link") and found.get("href"):
            self.links.append(str(found["href"]))
        if tag == "img":
            self.images.append(str(found["src"]))
        if tag == "table" and found.get("class") == "keys":
            self._in_keys = True
        if self._in_keys and tag == "tr":
            self.rows.append([])
        if self._in_keys and tag == "td":
            self._cell = []

    def handle_endtag(self, tag: str) -> None:
        if tag == "table":
            self._in_keys = False
        if tag == "td" and self._cell is not None:
            self.rows[-1].append("".join(self._cell).strip())
            self._cell = None

    def handle_data(self, data: str) -> None:
        if self._cell is not None:
            self._cell.append(data)

    def keys(self) -> list[tuple[str, str, list[str]]]:
        """(menu, command, keys) per row; the keys cell holds one <kbd> per key."""
        return [(r[0], r[1], r[2].split()) for r in self.rows if r]


def _target(page: Path, link: str) -> tuple[Path, str]:
    path, _, fragment = link.partition("#")
    return ((page.parent / path).resolve() if path else page.resolve()), fragment


@pytest.mark.parametrize("language", ["zh", "en"])
def test_every_image_the_guide_names_exists_inside_the_guide(language: str) -> None:
    page = _Page(PAGES[language])
    assert len(page.images) >= 10
    for source in page.images:
        image = (PAGES[language].parent / source).resolve()
        assert image.is_file(), source
        assert image.is_relative_to(guide_dir().resolve()), source
        assert f"/{'zh_CN' if language == 'zh' else 'en'}/" in source  # its own language


def test_the_screenshots_stay_small() -> None:
    images = list((guide_dir() / "images").rglob("*.png"))
    assert sum(p.stat().st_size for p in images) < 3_000_000
    for image in images:
        width = int.from_bytes(image.read_bytes()[16:20], "big")  # the PNG header's width
        assert width <= 1000, image


@pytest.mark.parametrize("language", ["zh", "en"])
def test_every_link_and_anchor_resolves_within_the_guide(language: str) -> None:
    page = _Page(PAGES[language])
    for link in page.links:
        assert not re.match(r"[a-z]+:", link), f"a link out of the guide: {link}"
        path, fragment = _target(PAGES[language], link)
        assert path.is_file(), link
        assert path.is_relative_to(guide_dir().resolve()), link
        if fragment:
            target = page if path == PAGES[language].resolve() else _Page(path)
            assert fragment in target.ids, link
    toc = [link for link in page.links if link.startswith("#")]
    assert len(toc) >= 12  # the contents name every section


@pytest.mark.parametrize("language", ["zh", "en"])
def test_the_keyboard_table_is_the_windows_keys(make_window, language, request) -> None:
    if language == "zh":
        request.getfixturevalue("zh")
    window = make_window(None, language=language)
    listed = _Page(PAGES[language]).keys()
    assert listed == menu_shortcuts(window)  # every menu key, no more, same words
    by_text = {}
    for action in window.findChildren(type(window.guide_action)):
        for key in action.shortcuts():
            by_text.setdefault(key.toString(QKeySequence.SequenceFormat.PortableText), []).append(
                action
            )
    for _menu, _command, keys in listed:
        for key in keys:
            assert by_text.get(key), f"{key} is on no window action"
    assert any("F1" in keys for _m, _c, keys in listed)


def test_f1_opens_the_guide_in_chinese(make_window, zh, qtbot) -> None:
    window = make_window(None)
    assert window.guide_action.shortcut() == QKeySequence("F1")
    assert window.guide_action.text() == "用户指南(&U)…"
    window.guide_action.trigger()
    guide = window._help_window
    assert guide.isVisible() and not guide.isModal()
    assert guide.browser.documentTitle() == TITLES["zh"]
    assert guide.windowTitle() == TITLES["zh"]
    assert Path(guide.browser.source().toLocalFile()) == PAGES["zh"]
    assert "目标分解" in guide.browser.toPlainText()
    window.guide_action.trigger()  # again: the same window, not a second one
    assert window._help_window is guide


def test_the_guide_opens_in_english_for_an_english_window(make_window) -> None:
    window = make_window(None, language="en")
    guide = window.show_guide()
    assert guide.browser.documentTitle() == TITLES["en"]


def test_a_missing_language_falls_back_to_the_other(tmp_path: Path) -> None:
    (tmp_path / "en").mkdir()
    (tmp_path / "en" / "index.html").write_text("<title>x</title>")
    assert help_window.guide_page("zh", tmp_path) == tmp_path / "en" / "index.html"
    assert help_window.guide_page("zh", tmp_path / "none") is None


def test_anchors_navigate_and_back_forward_return(qtbot) -> None:
    guide = HelpWindow("en")
    qtbot.addWidget(guide)
    guide.show()
    guide.browser.anchorClicked.emit(QUrl("#kpi"))
    assert guide.browser.source().fragment() == "kpi"
    assert guide.back_action.isEnabled()
    guide.back_action.trigger()
    assert guide.browser.source().fragment() == ""
    guide.forward_action.trigger()
    assert guide.browser.source().fragment() == "kpi"
    guide.browser.anchorClicked.emit(QUrl("../zh_CN/index.html#meeting"))
    assert Path(guide.browser.source().toLocalFile()) == PAGES["zh"]
    assert guide.browser.source().fragment() == "meeting"
    assert guide.browser.documentTitle() == TITLES["zh"]


def test_links_out_of_the_guide_open_nothing(qtbot, monkeypatch, tmp_path: Path) -> None:
    opened: list[QUrl] = []
    monkeypatch.setattr(QDesktopServices, "openUrl", lambda url: opened.append(url) or True)
    guide = HelpWindow("zh")
    qtbot.addWidget(guide)
    before = guide.browser.source()
    outside = tmp_path / "elsewhere.html"
    outside.write_text("<title>elsewhere</title>")
    for url in (
        QUrl("http://example.com/guide.html"),
        QUrl("https://example.com/"),
        QUrl("mailto:someone@example.com"),
        QUrl.fromLocalFile(str(outside)),
        QUrl("../../../../../../../../etc/passwd"),
        QUrl("../images/zh_CN/kpi.png"),  # in the guide, but not a page
    ):
        guide.browser.anchorClicked.emit(url)
        assert guide.browser.source() == before, url.toString()
        assert guide.status.text()  # said, not silently dropped
    assert opened == []
    # Nor does a page's resource reach outside the guide folder.
    kind = int(QTextDocument.ResourceType.ImageResource)
    assert guide.browser.loadResource(kind, QUrl("http://example.com/a.png")) is None
    assert guide.browser.loadResource(kind, QUrl.fromLocalFile(str(outside))) is None
    assert guide.browser.loadResource(kind, QUrl("../images/zh_CN/kpi.png")) is not None


def test_search_finds_next_and_previous_and_says_when_nothing_matches(qtbot) -> None:
    guide = HelpWindow("zh")
    qtbot.addWidget(guide)
    guide.show()
    guide.find_action.trigger()
    guide.search.setText("旬报")
    assert guide.find_text(backward=False)
    first = guide.browser.textCursor().selectionStart()
    assert guide.browser.textCursor().selectedText() == "旬报"
    guide.next_action.trigger()
    assert guide.browser.textCursor().selectionStart() > first
    guide.previous_action.trigger()
    assert guide.browser.textCursor().selectionStart() == first
    guide.search.setText("不存在的词语")
    assert not guide.find_text(backward=False)
    assert guide.status.text() == "Not found in this page."


def _welcome_buttons(window) -> list[str]:  # type: ignore[no-untyped-def]
    return [b.text().split("\n")[0] for b in window.welcome.buttons if not b.isHidden()]


def test_first_run_offers_four_steps_and_the_demo_opens(make_window, zh, qtbot) -> None:
    window = make_window(None)
    assert window.welcome.isVisible() and not window.tabs.isVisible()
    assert _welcome_buttons(window) == ["打开演示文档", "新建…", "打开…", "用户指南…"]
    assert not window.welcome.recent.isVisible()  # no recent files yet
    qtbot.mouseClick(window.welcome.buttons[0], Qt.MouseButton.LeftButton)
    assert window.context is not None and window.context.doc.path.name == "demo-zh.perfdesk"
    assert window.tabs.isVisible() and not window.welcome.isVisible()
    # Closed again: the welcome is back, now with the demo among the recent documents.
    window.close_document()
    assert window.welcome.isVisible() and window.welcome.recent.isVisible()
    item = window.welcome.recent.item(0)
    assert item.text().startswith("demo-zh.perfdesk")
    window.welcome.recent.setFocus()
    window.welcome.recent.setCurrentRow(0)
    qtbot.keyClick(window.welcome.recent, Qt.Key.Key_Return)
    assert window.context is not None and window.context.doc.path.name == "demo-zh.perfdesk"


def test_welcome_new_open_and_guide_work(make_window, demo_zh: Path, tmp_path: Path, qtbot):  # type: ignore[no-untyped-def]
    window = make_window(None, language="en")
    assert _welcome_buttons(window) == ["Open Demo Document", "New…", "Open…", "User Guide…"]
    new, open_, guide = window.welcome.buttons[1:]
    window.dialogs.save_path = lambda *_args: tmp_path / "ours.perfdesk"
    qtbot.mouseClick(new, Qt.MouseButton.LeftButton)
    assert window.context is not None and window.context.doc.path.name == "ours.perfdesk"
    assert window.goals_tab.empty.headline.text() == "This document has no organisation yet"
    window.close_document()
    window.dialogs.open_path = lambda: demo_zh
    qtbot.mouseClick(open_, Qt.MouseButton.LeftButton)
    assert window.context is not None and window.context.doc.path == demo_zh
    window.close_document()
    qtbot.mouseClick(guide, Qt.MouseButton.LeftButton)
    assert window._help_window.isVisible()
    assert window._help_window.browser.documentTitle() == TITLES["en"]


def test_welcome_is_reached_by_keyboard(make_window, qtbot) -> None:
    window = make_window(None, language="en")
    for button in window.welcome.buttons:
        assert button.focusPolicy() & Qt.FocusPolicy.TabFocus
        assert button.autoDefault()  # Enter presses the one with the focus
    assert window.welcome.buttons[0].isDefault()


def test_alt_left_goes_back_in_the_guide_not_a_period_in_the_window(
    make_window, demo_zh: Path, qtbot
) -> None:
    window = make_window(demo_zh, language="en")
    focus = window.context.focus
    guide = window.show_guide("kpi")
    guide.browser.anchorClicked.emit(QUrl("#meeting"))
    guide.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is guide)
    guide.browser.setFocus()
    qtbot.keyClick(guide.browser, Qt.Key.Key_Left, Qt.KeyboardModifier.AltModifier)
    assert guide.browser.source().fragment() == "kpi"
    assert window.context.focus == focus  # the main window's Alt+Left did not fire
    qtbot.keyClick(guide.browser, Qt.Key.Key_Escape)
    assert not guide.isVisible()


def test_the_guide_follows_the_windows_zoom(make_window, qtbot) -> None:
    window = make_window(None, language="en")
    guide = window.show_guide()
    before = guide.browser.document().defaultFont().pointSizeF()
    try:
        window.zoom_in_action.trigger()
        qtbot.waitUntil(lambda: guide.browser.document().defaultFont().pointSizeF() > before)
    finally:
        window.zoom.reset()
    qtbot.waitUntil(lambda: guide.browser.document().defaultFont().pointSizeF() == before)


def test_start_up_on_a_file_loads_neither_the_guide_nor_the_welcome(demo_zh: Path) -> None:
    """`perfdesk FILE` pays nothing for them: both are imported when first shown."""
    code = (
        "import sys\n"
        "from pathlib import Path\n"
        "from PySide6.QtWidgets import QApplication\n"
        "from perfdesk.ui.main_window import MainWindow\n"
        "app = QApplication([])\n"
        "window = MainWindow(language='en')\n"
        "window.show()  # as ui/app.py does: shown, then the file opened\n"
        f"assert window.open_path(Path({str(demo_zh)!r}))\n"
        "app.processEvents()\n"
        "lazy = ('perfdesk.ui.help_window', 'perfdesk.ui.welcome')\n"
        "print([m for m in lazy if m in sys.modules])\n"
        "print(window.welcome, window.tabs.isVisible())\n"
        "window.close()\n"
    )
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    done = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, env=env, timeout=60
    )
    assert done.stdout.strip().splitlines()[-2:] == ["[]", "None True"], done.stderr


def test_a_recent_file_named_with_markup_shows_its_name_as_typed(qtbot, tmp_path: Path) -> None:
    """Tooltips are rich text when they look like it: a file name with markup is escaped."""
    from perfdesk.ui.welcome import WelcomePanel

    panel = WelcomePanel([], lambda _path: None)
    qtbot.addWidget(panel)
    name = tmp_path / '<img src="x.png"><b>bold.perfdesk'
    name.write_bytes(b"")
    panel.set_recent([str(name)])
    tip = panel.recent.item(0).toolTip()
    assert "&lt;img" in tip and "<img" not in tip and "&lt;b&gt;bold" in tip
