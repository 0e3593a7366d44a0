"""The Actions register grouped by department or owner: header rows with counts that
collapse and expand (mouse and keyboard), follow the filters, and are not actions."""

from __future__ import annotations

import datetime
from collections import Counter
from pathlib import Path

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QApplication

from perfdesk.core.actions import ActionStatus
from perfdesk.store.document import Document
from perfdesk.store.repo_actions import ActionRow, list_actions
from perfdesk.ui.action_register import ActionFilter
from perfdesk.ui.actions_tab import ActionsTab
from perfdesk.ui.context import DocumentContext
from perfdesk.ui.models.action_table import ActionTableModel
from perfdesk.ui.models.rows import RAW_ROLE
from perfdesk.ui.text import strip_isolates

DISPLAY = Qt.ItemDataRole.DisplayRole
UNIT, OWNER = ActionTableModel.COL_UNIT, ActionTableModel.COL_OWNER


@pytest.fixture
def context(demo_zh: Path):
    doc = Document.open(demo_zh)
    yield DocumentContext.load(doc, "zh")
    doc.close()


def _tab(qtbot, context, group: int | None = UNIT) -> ActionsTab:
    # "Today": the day after the first open action fell due, so that one reads overdue.
    first_due = min(
        r.due_date
        for r in list_actions(context.doc.conn)
        if r.status is ActionStatus.OPEN and r.due_date is not None
    )
    tab = ActionsTab(today=lambda: first_due + datetime.timedelta(days=1))
    qtbot.addWidget(tab)
    tab.set_context(context)
    tab.resize(1300, 700)
    tab.show()
    qtbot.waitExposed(tab)
    tab.group_combo.setCurrentIndex(tab.group_combo.findData(group))
    return tab


def _lines(tab: ActionsTab) -> list[tuple[str, str]]:
    """What the register shows, line by line: ("group", header text) or ("action", title)."""
    proxy = tab.proxy
    return [
        (
            "group" if proxy.group_at(r) is not None else "action",
            strip_isolates(proxy.index(r, 0).data()),
        )
        for r in range(proxy.rowCount())
    ]


def _headers(tab: ActionsTab) -> list[str]:
    return [text for kind, text in _lines(tab) if kind == "group"]


def _select(tab: ActionsTab, line: int) -> None:
    tab.table.setFocus()
    tab.table.setCurrentIndex(tab.proxy.index(line, 0))


def test_a_header_row_per_department_with_its_counts(qtbot, qtmodeltester, context) -> None:
    tab = _tab(qtbot, context)
    qtmodeltester.check(tab.proxy)
    assert tab.proxy.parent() is tab  # still a QObject's parent when asked so
    rows = tab.model.rows()
    per_unit = Counter(r.responsible_unit for r in rows)
    overdue = Counter(
        r.responsible_unit
        for r, s in zip(rows, tab.model.statuses(), strict=True)
        if s is ActionStatus.OVERDUE
    )
    assert overdue  # the demo, as of "today", has an overdue action
    headers = _headers(tab)
    assert len(headers) == len(per_unit)
    for unit, count in per_unit.items():
        (header,) = [h for h in headers if h.startswith(f"{unit} · ")]
        assert f" · {count} actions" in header or (count == 1 and " · 1 action" in header)
        assert ("overdue" in header) == (unit in overdue)
    # Under each header, its own actions, indented under its arrow; headers span the row.
    unit = None
    for r in range(tab.proxy.rowCount()):
        group = tab.proxy.group_at(r)
        if group is not None:
            unit = group.name
            assert tab.table.columnSpan(r, 0) == ActionTableModel.COLUMNS
            assert tab.proxy.index(r, 0).data(Qt.ItemDataRole.DecorationRole) is not None
        else:
            assert strip_isolates(tab.proxy.index(r, UNIT).data()) == unit
    assert tab.shown_label.text().startswith(f"{len(rows)} ")
    # The status counts still count actions, not lines.
    assert tab.counts_label.text().startswith(str(len(rows)))


def test_collapsing_hides_the_rows_from_keyboard_mouse_and_the_buttons(qtbot, context) -> None:
    tab = _tab(qtbot, context)
    everything = tab.proxy.rowCount()
    line = tab.proxy.header_lines()[0]
    members = len(tab.proxy.group_at(line).members)
    assert members > 0
    _select(tab, line)
    qtbot.keyClick(tab.table, Qt.Key.Key_Left)  # collapses
    assert tab.proxy.rowCount() == everything - members
    assert tab.proxy.group_at(tab.table.currentIndex().row()) is not None  # still on it
    qtbot.keyClick(tab.table, Qt.Key.Key_Right)  # expands
    assert tab.proxy.rowCount() == everything
    qtbot.keyClick(tab.table, Qt.Key.Key_Right)  # then goes to its first action
    assert tab.current_row() is not None
    qtbot.keyClick(tab.table, Qt.Key.Key_Left)  # and back up to the header
    assert tab.table.currentIndex().row() == line
    qtbot.keyClick(tab.table, Qt.Key.Key_Return)  # Enter toggles too
    assert tab.proxy.rowCount() == everything - members
    qtbot.keyClick(tab.table, Qt.Key.Key_Enter)
    assert tab.proxy.rowCount() == everything

    # A click on the arrow collapses; a click on the header's text does not.
    rect = tab.table.visualRect(tab.proxy.index(line, 0))
    text_point = QPoint(rect.left() + 120, rect.center().y())
    qtbot.mouseClick(tab.table.viewport(), Qt.MouseButton.LeftButton, pos=text_point)
    assert tab.proxy.rowCount() == everything
    arrow = QPoint(rect.left() + 8, rect.center().y())
    qtbot.mouseClick(tab.table.viewport(), Qt.MouseButton.LeftButton, pos=arrow)
    assert tab.proxy.rowCount() == everything - members
    qtbot.mouseClick(tab.table.viewport(), Qt.MouseButton.LeftButton, pos=arrow)
    assert tab.proxy.rowCount() == everything

    tab.collapse_all.trigger()
    assert [kind for kind, _ in _lines(tab)] == ["group"] * len(tab.proxy.header_lines())
    tab.expand_all.trigger()
    assert tab.proxy.rowCount() == everything


def test_filters_update_the_counts_and_drop_empty_groups(qtbot, context) -> None:
    tab = _tab(qtbot, context)
    before = len(_headers(tab))
    combo = tab.status_combo
    combo.setCurrentIndex(combo.findData(ActionStatus.OVERDUE.value))
    headers = _headers(tab)
    overdue = tab.model.statuses().count(ActionStatus.OVERDUE)
    assert 0 < len(headers) < before  # departments without an overdue action are gone
    assert all("overdue" in h for h in headers)
    assert tab.proxy.actions_shown() == overdue
    assert tab.shown_label.text().startswith(f"{overdue} ")
    statuses = [
        tab.proxy.index(r, ActionTableModel.COL_STATUS).data(RAW_ROLE)
        for r in range(tab.proxy.rowCount())
        if tab.proxy.group_at(r) is None
    ]
    assert statuses == [ActionStatus.OVERDUE.value] * overdue
    # The count chips filter the grouped register as well.
    combo.setCurrentIndex(0)
    tab.count_buttons[ActionStatus.OPEN].trigger()
    assert all(
        tab.proxy.index(r, ActionTableModel.COL_STATUS).data(RAW_ROLE) == "open"
        for r in range(tab.proxy.rowCount())
        if tab.proxy.group_at(r) is None
    )
    tab.search.setText("no such action 不存在")
    assert tab.proxy.rowCount() == 0 and tab.no_match.isVisibleTo(tab)


def test_enter_on_an_action_opens_it_and_a_header_is_not_an_action(
    qtbot, context, monkeypatch
) -> None:
    from perfdesk.ui.action_form import ActionForm

    opened: list[str] = []
    monkeypatch.setattr(ActionForm, "exec", lambda form: opened.append(form.title.text()) or 0)
    tab = _tab(qtbot, context)
    first = next(
        r
        for r in range(tab.proxy.rowCount())
        if tab.proxy.index(r, ActionTableModel.COL_STATUS).data(RAW_ROLE) == "open"
    )
    _select(tab, first)
    action = tab.current_row()
    assert action is not None and tab.edit_action.isEnabled()
    qtbot.keyClick(tab.table, Qt.Key.Key_Return)
    assert opened == [action.title]
    assert tab.detail.title.text() == action.title and tab.detail.title.isVisibleTo(tab)

    _select(tab, tab.proxy.header_lines()[0])
    assert tab.current_row() is None
    assert not tab.edit_action.isEnabled() and not tab.cancel_action.isEnabled()
    assert tab.detail.empty.isVisibleTo(tab) and not tab.detail.title.isVisibleTo(tab)
    tab.table.doubleClicked.emit(tab.table.currentIndex())
    assert opened == [action.title]  # a header never opens a form


def test_ctrl_c_on_a_header_copies_its_line(qtbot, context) -> None:
    tab = _tab(qtbot, context)
    line = tab.proxy.header_lines()[0]
    tab.table.setFocus()
    tab.table.selectRow(line)
    qtbot.keyClick(tab.table, Qt.Key.Key_C, Qt.KeyboardModifier.ControlModifier)
    copied = QApplication.clipboard().text().split("\t")
    assert copied[0] == tab.proxy.index(line, 0).data()
    assert copied[1:] == [""] * (ActionTableModel.COLUMNS - 1)


def test_sorting_sorts_within_groups_and_selection_survives(qtbot, context) -> None:
    tab = _tab(qtbot, context, OWNER)
    headers = _headers(tab)
    action = tab.model.row(0)
    assert tab.select_action(action.id)
    for order in (Qt.SortOrder.DescendingOrder, Qt.SortOrder.AscendingOrder):
        tab.table.sortByColumn(ActionTableModel.COL_DUE, order)
        assert _headers(tab) == headers  # groups keep their order
        for line in tab.proxy.header_lines():
            dues = []
            for r in range(line + 1, tab.proxy.rowCount()):
                if tab.proxy.group_at(r) is not None:
                    break
                dues.append(tab.proxy.index(r, ActionTableModel.COL_DUE).data(RAW_ROLE) or "")
            dues = [d for d in dues if d]
            assert dues == sorted(dues, reverse=order == Qt.SortOrder.DescendingOrder)
        assert tab.current_id() == action.id


def test_selecting_an_action_in_a_collapsed_group_expands_it(qtbot, context) -> None:
    tab = _tab(qtbot, context)
    tab.collapse_all.trigger()
    wanted = tab.model.row(0)
    assert tab.select_action(wanted.id)
    assert tab.current_id() == wanted.id
    assert tab.detail.title.text() == wanted.title


def test_the_grouping_is_remembered(qtbot, context) -> None:
    _tab(qtbot, context, OWNER)
    again = ActionsTab()
    qtbot.addWidget(again)
    assert again.group_combo.currentData() == OWNER
    assert again.proxy.grouping() == OWNER
    again.group_combo.setCurrentIndex(0)
    third = ActionsTab()
    qtbot.addWidget(third)
    assert third.proxy.grouping() is None and third.group_combo.currentIndex() == 0


def test_hostile_names_stay_plain_text_in_headers(qapp) -> None:  # qapp: icons drawn
    def action(title: str, unit: str, unit_id: str | None) -> ActionRow:
        return ActionRow(
            id=title,
            title=title,
            status=ActionStatus.OPEN,
            responsible_unit=unit,
            owner="",
            start_date=None,
            due_date=None,
            kpi_name="",
            baseline=None,
            expected=None,
            meeting_title="",
            reports=0,
            last_progress=None,
            responsible_unit_id=unit_id,
        )

    model = ActionTableModel()
    model.set_rows(
        [
            action("a", "<b>质量部</b>\n<img src=x>", "u1"),
            action("b", "<b>质量部</b>\n<img src=x>", "u1"),
            action("c", "", None),
        ]
    )
    proxy = ActionFilter()
    proxy.setSourceModel(model)
    proxy.set_group(UNIT)
    first, last = proxy.header_lines()
    text = proxy.index(first, 0).data()
    assert text.startswith("<b>质量部</b> <img src=x> · 2 actions")  # as typed, one line
    assert proxy.index(last, 0).data().startswith("No department")  # the one without, last
    assert "<b>" not in (proxy.index(first, 0).data(Qt.ItemDataRole.ToolTipRole) or "")


def test_due_sort_orders_rows_whatever_order_they_came_in(qapp) -> None:  # qapp: icons
    def action(title: str, due: datetime.date | None) -> ActionRow:
        return ActionRow(
            id=title,
            title=title,
            status=ActionStatus.DONE,
            responsible_unit="",
            owner="",
            start_date=None,
            due_date=due,
            kpi_name="",
            baseline=None,
            expected=None,
            meeting_title="",
            reports=0,
            last_progress=None,
        )

    day = datetime.date(2026, 10, 1)
    model = ActionTableModel()
    model.sort(ActionTableModel.COL_DUE, Qt.SortOrder.AscendingOrder)
    for given in (
        [action("none", None), action("b", day), action("a", day - datetime.timedelta(1))],
        [action("b", day), action("none", None), action("a", day - datetime.timedelta(1))],
        [action("a", day - datetime.timedelta(1)), action("b", day), action("none", None)],
    ):
        model.set_rows(given, day)
        assert [model.row(r).title for r in range(3)] == ["a", "b", "none"]


def test_groups_come_in_the_organisation_s_order(qtbot, context) -> None:
    """As the org tree lists the units (the company's own order), not by character code."""
    from perfdesk.core.org import ordered_children, tree_order

    tab = _tab(qtbot, context)
    place = {
        node.id: n
        for n, node in enumerate(
            tree_order(ordered_children(context.units.values(), context.people.values()))
        )
    }
    keys = [
        tab.proxy.group_at(r).key
        for r in range(tab.proxy.rowCount())
        if tab.proxy.group_at(r) is not None
    ]
    placed = [k for k in keys if k is not None]
    assert len(placed) > 2
    assert placed == sorted(placed, key=lambda k: place[k])
    names = [context.units[k].name for k in placed]
    assert names != sorted(names)  # the demo's order is not the code-point order
