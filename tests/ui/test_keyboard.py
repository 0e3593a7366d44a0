"""Keyboard use: Tab leaves read-only tables, F6 between panes, Ctrl+F, Ctrl+C as TSV."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QItemSelectionModel, QModelIndex, Qt
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QApplication, QLineEdit, QTableView, QVBoxLayout, QWidget

from perfdesk.ui.main_window import TAB_ACTIONS, TAB_GOALS, TAB_MEETING
from perfdesk.ui.widgets.views import selection_tsv, setup_view


class _Texts(QAbstractTableModel):
    """Fixed texts in a grid (the app's models hold rows the same way, no items)."""

    def __init__(self, rows: list[list[str]], parent: QWidget) -> None:
        super().__init__(parent)
        self.rows = rows

    def rowCount(self, parent: Any = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: Any = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.rows[0])

    def data(self, index: Any, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role == Qt.ItemDataRole.DisplayRole and index.isValid():
            return self.rows[index.row()][index.column()]
        return None


def _table_in_a_window(qtbot, rows: list[list[str]]):  # type: ignore[no-untyped-def]
    holder = QWidget()
    model = _Texts(rows, holder)
    table = QTableView()
    table.setModel(model)
    setup_view(table)
    after = QLineEdit()
    layout = QVBoxLayout(holder)
    layout.addWidget(table)
    layout.addWidget(after)
    qtbot.addWidget(holder)
    with qtbot.waitExposed(holder):
        holder.show()
    with qtbot.waitActive(holder):
        holder.activateWindow()
    return table, after, holder


def test_tab_leaves_a_read_only_table(qtbot) -> None:  # type: ignore[no-untyped-def]
    table, after, _holder = _table_in_a_window(qtbot, [["a", "b"], ["c", "d"]])
    table.setFocus()
    table.setCurrentIndex(table.model().index(0, 0))
    qtbot.keyClick(table, Qt.Key.Key_Tab)
    qtbot.waitUntil(after.hasFocus)


def test_ctrl_c_copies_the_selected_block_as_tab_separated_text(qtbot) -> None:  # type: ignore[no-untyped-def]
    rows = [["名称", "值", "备注"], ["销售\t部", "1,234", "多\n行"], ["x", "y", "z"]]
    table, _after, _holder = _table_in_a_window(qtbot, rows)
    model, selection = table.model(), table.selectionModel()
    flags = QItemSelectionModel.SelectionFlag.Select
    for r, c in ((0, 0), (0, 1), (1, 0), (1, 1), (1, 2)):
        selection.select(model.index(r, c), flags)
    table.setFocus()
    qtbot.keyClick(table, Qt.Key.Key_C, Qt.KeyboardModifier.ControlModifier)
    assert QApplication.clipboard().text() == "名称\t值\t\n销售 部\t1,234\t多 行"
    assert selection_tsv(table) == QApplication.clipboard().text()


def test_f6_moves_between_panes_and_ctrl_f_goes_to_the_filter(
    make_window, demo_zh: Path, qtbot
) -> None:  # type: ignore[no-untyped-def]
    window = make_window(demo_zh, language="en")
    window.tabs.setCurrentIndex(TAB_MEETING)
    tab = window.meeting_tab
    tab.meeting_table.setFocus()
    qtbot.keyClick(window, Qt.Key.Key_F6)
    qtbot.waitUntil(tab.agenda_table.hasFocus)
    qtbot.keyClick(window, Qt.Key.Key_F6)
    qtbot.waitUntil(tab.issue_table.hasFocus)
    qtbot.keyClick(window, Qt.Key.Key_F6)
    qtbot.waitUntil(tab.meeting_table.hasFocus)
    qtbot.keyClick(window, Qt.Key.Key_F6, Qt.KeyboardModifier.ShiftModifier)
    qtbot.waitUntil(tab.issue_table.hasFocus)

    window.tabs.setCurrentIndex(TAB_ACTIONS)
    window.actions_tab.table.setFocus()
    qtbot.keyClick(window, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(window.actions_tab.search.hasFocus)
    window.tabs.setCurrentIndex(TAB_GOALS)
    qtbot.keyClick(window, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(window.goals_tab.navigator.search.hasFocus)


def test_ctrl_c_in_the_actions_table_copies_whole_rows(make_window, demo_zh: Path, qtbot) -> None:  # type: ignore[no-untyped-def]
    window = make_window(demo_zh, language="en")
    window.tabs.setCurrentIndex(TAB_ACTIONS)
    table = window.actions_tab.table
    table.setFocus()
    table.selectRow(0)
    qtbot.keyClick(table, Qt.Key.Key_C, Qt.KeyboardModifier.ControlModifier)
    copied = QApplication.clipboard().text()
    model = table.model()
    assert copied.split("\t") == [
        model.index(0, c).data() or "" for c in range(model.columnCount())
    ]
    qtbot.keyClick(table, Qt.Key.Key_Tab)  # and Tab goes on to the next control
    qtbot.waitUntil(lambda: not table.hasFocus())


def test_every_menu_command_shows_its_shortcut(make_window) -> None:  # type: ignore[no-untyped-def]
    window = make_window(None, language="en")
    assert not QApplication.testAttribute(
        Qt.ApplicationAttribute.AA_DontShowShortcutsInContextMenus
    )
    missing = []
    for menu_action in window.menuBar().actions():
        menu = menu_action.menu()
        if menu is None or menu.title() == "&Help":
            continue  # Help holds rare commands: the demo and About
        for action in menu.actions():
            if action.isSeparator() or action.menu() is not None:
                continue  # submenus (Open Recent, Language) list files and choices
            if action.shortcut().isEmpty() or not action.isShortcutVisibleInContextMenu():
                missing.append(action.text())
    assert not missing
    texts = {a.text(): a.shortcut() for a in window.findChildren(type(window.copy_action))}
    assert texts["&Copy"] == QKeySequence(QKeySequence.StandardKey.Copy)
    assert texts["Next &Pane"] == QKeySequence("F6")


def test_no_two_window_commands_share_a_shortcut(make_window, demo_zh) -> None:  # type: ignore[no-untyped-def]
    """Menus filled by several features: a key that two commands claim does neither."""
    window = make_window(demo_zh, language="en")
    for menu_action in window.menuBar().actions():  # menus filled when shown, filled now
        if menu_action.menu() is not None:
            menu_action.menu().aboutToShow.emit()
    owners: dict[str, set[str]] = {}
    for menu_action in window.menuBar().actions():
        menu = menu_action.menu()
        if menu is None:
            continue
        for action in menu.actions():
            if action.shortcutContext() == Qt.ShortcutContext.WidgetWithChildrenShortcut:
                continue  # a pane's own keys (Insert in the org tree and in the goal tree)
            for key in action.shortcuts():
                owners.setdefault(key.toString(), set()).add(action.text())
    shared = {key: names for key, names in owners.items() if key and len(names) > 1}
    assert not shared
