"""KPI entry: typing, pasting, clearing and undoing values in the grid, as a user would."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest
from kpi_window import open_kpi as _kpi
from PySide6.QtCore import QItemSelection, QItemSelectionModel, Qt
from PySide6.QtWidgets import QApplication, QLineEdit

from perfdesk.store.repo_goals import period_values


def _editable_block(tab, height: int, width: int) -> tuple[int, int]:  # type: ignore[no-untyped-def]
    """The top left of a height × width block of month cells that all take values."""
    model = tab.model
    for row in range(model.rowCount() - height + 1):
        for column in range(model.FIRST_PERIOD, model.col_to_date - width + 1):
            if all(
                model.editable(row + i, column + j) for i in range(height) for j in range(width)
            ):
                return row, column
    raise AssertionError("no editable block")


def _stored(window, cell) -> tuple[float | None, float | None]:  # type: ignore[no-untyped-def]
    targets, actuals = period_values(window.context.doc.conn, [cell.goal_id], [cell.period])
    key = (cell.goal_id, cell.period)
    return targets.get(key), actuals.get(key)


def _type(qtbot, tab, row: int, column: int, text: str, key=Qt.Key.Key_Return):  # type: ignore[no-untyped-def]
    table = tab.table
    table.setFocus()
    table.setCurrentIndex(tab.model.index(row, column))
    qtbot.keyClick(table, text[0])  # typing starts the editor, as in a spreadsheet
    editor = QApplication.focusWidget()
    assert isinstance(editor, QLineEdit)
    qtbot.keyClicks(editor, text[1:])
    qtbot.keyClick(editor, key)
    return editor


def test_type_a_value_see_it_stored_and_shown(make_window, demo_zh, zh, qtbot) -> None:  # type: ignore[no-untyped-def]
    window, tab = _kpi(make_window, demo_zh)
    model = tab.model
    row, column = _editable_block(tab, 2, 1)
    cell = model.entry_cell(row, column)
    resets: list[int] = []
    model.modelReset.connect(lambda: resets.append(1))
    _type(qtbot, tab, row, column, "1,234.5")
    _target, actual = _stored(window, cell)
    assert actual == float(round(1234.5 * cell.scale.divisor, 6))
    assert model.index(row, column).data().split("\n")[0] == cell.scale.format(actual)
    assert tab.table.currentIndex().row() == row + 1  # Enter moved down
    assert window.undo_stack.count() == 1
    assert resets == []  # repainted in place, not reloaded
    assert not tab.entry_message.isVisible()


def test_a_bad_value_says_why_and_stores_nothing(make_window, demo_zh, zh, qtbot) -> None:  # type: ignore[no-untyped-def]
    window, tab = _kpi(make_window, demo_zh)
    row, column = _editable_block(tab, 1, 1)
    cell = tab.model.entry_cell(row, column)
    before = _stored(window, cell)
    editor = _type(qtbot, tab, row, column, "12abc")
    assert tab.entry_message.isVisible()
    assert "不是数字" in tab.entry_message.text()
    assert editor.isVisible()  # still editing: fix it or press Esc
    qtbot.keyClick(editor, Qt.Key.Key_Escape)
    assert _stored(window, cell) == before
    assert window.undo_stack.count() == 0


def test_out_of_range_is_refused_by_the_store(make_window, demo_zh, zh, qtbot) -> None:  # type: ignore[no-untyped-def]
    window, tab = _kpi(make_window, demo_zh)
    model = tab.model
    low = next(
        (r, c)
        for r in range(model.rowCount())
        for c in range(model.FIRST_PERIOD, model.col_to_date)
        if model.editable(r, c) and model.entry_cell(r, c).kpi.min_value == 0
    )
    cell = model.entry_cell(*low)
    before = _stored(window, cell)
    _type(qtbot, tab, *low, "-5")
    assert "允许的范围" in tab.entry_message.text() or "范围" in tab.entry_message.text()
    assert _stored(window, cell) == before


def test_tab_moves_right_and_targets_layer_takes_targets(make_window, demo_zh, zh, qtbot) -> None:  # type: ignore[no-untyped-def]
    window, tab = _kpi(make_window, demo_zh)
    tab.targets_action.trigger()
    assert tab.model.layer == "target"
    assert "目标" in tab.title.full_text()
    row, column = _editable_block(tab, 1, 2)
    cell = tab.model.entry_cell(row, column)
    assert cell.column == "target"
    _type(qtbot, tab, row, column, "77", key=Qt.Key.Key_Tab)
    target, _actual = _stored(window, cell)
    assert target == float(round(77 * cell.scale.divisor, 6))
    assert tab.table.currentIndex().column() == column + 1


def test_a_closed_period_takes_no_value_and_says_so(make_window, demo_zh, zh, qtbot) -> None:  # type: ignore[no-untyped-def]
    conn = sqlite3.connect(demo_zh)
    conn.execute("UPDATE goal_values SET locked = 1 WHERE period = '2026-01'")
    conn.commit()
    conn.close()
    window, tab = _kpi(make_window, demo_zh)
    model = tab.model
    row = next(r for r in range(model.rowCount()) if model.editable(r, model.FIRST_PERIOD + 1))
    cell = model.entry_cell(row, model.FIRST_PERIOD)
    assert cell.locked and not model.editable(row, model.FIRST_PERIOD)
    assert model.index(row, model.FIRST_PERIOD).data(Qt.ItemDataRole.ForegroundRole) is not None
    table = tab.table
    table.setFocus()
    table.setCurrentIndex(model.index(row, model.FIRST_PERIOD))
    qtbot.keyClick(table, "5")
    assert not isinstance(QApplication.focusWidget(), QLineEdit)
    assert "已关闭" in tab.entry_message.text()
    assert window.undo_stack.count() == 0


def _paste(qtbot, tab, row: int, column: int, text: str) -> None:  # type: ignore[no-untyped-def]
    QApplication.clipboard().setText(text)
    tab.table.setFocus()
    tab.table.setCurrentIndex(tab.model.index(row, column))
    qtbot.keyClick(tab.table, Qt.Key.Key_V, Qt.KeyboardModifier.ControlModifier)


def _block_values(window, tab, row: int, column: int, h: int, w: int):  # type: ignore[no-untyped-def]
    return [
        _stored(window, tab.model.entry_cell(row + i, column + j))
        for i in range(h)
        for j in range(w)
    ]


def test_paste_with_a_bad_cell_applies_nothing(make_window, demo_zh, zh, qtbot) -> None:  # type: ignore[no-untyped-def]
    window, tab = _kpi(make_window, demo_zh)
    row, column = _editable_block(tab, 3, 4)
    before = _block_values(window, tab, row, column, 3, 4)
    text = "1\t2\t3\t4\r\n5\t=A1\t7\t8\r\n9\t10\t11\t12\r\n"
    _paste(qtbot, tab, row, column, text)
    assert _block_values(window, tab, row, column, 3, 4) == before
    assert window.undo_stack.count() == 0
    report = tab.paste_report
    assert report is not None and report.isVisible()
    table = report.table
    assert table.rowCount() == 1
    assert table.item(0, 2).text() == "=A1"
    assert "公式" in table.item(0, 3).text()
    assert table.item(0, 1).text() == tab.model.headerData(column + 1, Qt.Orientation.Horizontal)
    report.close()


def test_a_good_paste_is_one_undo_step(make_window, demo_zh, zh, qtbot) -> None:  # type: ignore[no-untyped-def]
    window, tab = _kpi(make_window, demo_zh)
    row, column = _editable_block(tab, 3, 4)
    before = _block_values(window, tab, row, column, 3, 4)
    _paste(qtbot, tab, row, column, "1\t2\t3\t4\n5\t6\t7\t8\n9\t10\t11\t12\n")
    after = _block_values(window, tab, row, column, 3, 4)
    divisors = [tab.model.entry_cell(row + i, column).scale.divisor for i in range(3)]
    assert [a for _t, a in after] == [
        float(round((4 * i + j + 1) * divisors[i], 6)) for i in range(3) for j in range(4)
    ]
    assert window.undo_stack.count() == 1
    model = tab.model
    shown_before = model.entry_cell(row, column).scale.format(before[0][1])
    assert model.index(row, column).data().split("\n")[0] == model.entry_cell(
        row, column
    ).scale.format(after[0][1])
    qtbot.keyClick(tab.table, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert _block_values(window, tab, row, column, 3, 4) == before
    assert window.undo_stack.index() == 0
    assert model.index(row, column).data().split("\n")[0] == shown_before  # repainted
    qtbot.keyClick(tab.table, Qt.Key.Key_Y, Qt.KeyboardModifier.ControlModifier)
    assert _block_values(window, tab, row, column, 3, 4) == after


def test_a_block_larger_than_the_grid_is_refused(make_window, demo_zh, zh, qtbot) -> None:  # type: ignore[no-untyped-def]
    window, tab = _kpi(make_window, demo_zh)
    model = tab.model
    _paste(qtbot, tab, 0, model.col_to_date - 2, "1\t2\t3")
    assert window.undo_stack.count() == 0
    assert "没有粘贴" in tab.entry_message.text()


def test_delete_clears_the_selection_in_one_step(make_window, demo_zh, zh, qtbot) -> None:  # type: ignore[no-untyped-def]
    window, tab = _kpi(make_window, demo_zh)
    row, column = _editable_block(tab, 2, 3)
    _paste(qtbot, tab, row, column, "1\t2\t3\n4\t5\t6")
    assert window.undo_stack.count() == 1
    model = tab.model
    tab.table.selectionModel().select(
        QItemSelection(model.index(row, column), model.index(row + 1, column + 2)),
        QItemSelectionModel.SelectionFlag.ClearAndSelect,
    )
    qtbot.keyClick(tab.table, Qt.Key.Key_Delete)
    assert [a for _t, a in _block_values(window, tab, row, column, 2, 3)] == [None] * 6
    assert window.undo_stack.count() == 2
    assert model.index(row, column).data().split("\n")[0] == ""
    window.undo_stack.undo_step()
    assert _block_values(window, tab, row, column, 2, 3)[0][1] is not None


def test_grouped_company_view_renders(make_window, demo_zh, zh, qtbot) -> None:  # type: ignore[no-untyped-def]
    _window, tab = _kpi(make_window, demo_zh)
    tab.include_members.setChecked(True)
    model = tab.model
    QApplication.processEvents()
    assert model.grouped and model.is_unit(0)
    subtotal = next(r for r in range(model.rowCount()) if model.is_subtotal(r))
    assert model.index(subtotal, model.FIRST_PERIOD).data() is not None
    assert not model.editable(subtotal, model.FIRST_PERIOD)
    assert not model.editable(0, model.FIRST_PERIOD)
    assert not model.editable(1, model.col_to_date)  # the total to date is derived


def test_english_reason_and_shift_enter(make_window, demo_en_master, tmp_path, qtbot) -> None:  # type: ignore[no-untyped-def]
    import shutil

    path = Path(shutil.copy(demo_en_master, tmp_path / "en.perfdesk"))
    window, tab = _kpi(make_window, path, "en")
    model = tab.model
    column = model.FIRST_PERIOD
    row = next(
        r
        for r in range(1, model.rowCount())
        if model.editable(r - 1, column)
        and model.editable(r, column)
        and model.entry_cell(r, column).scale.unit != "%"
    )
    cell = model.entry_cell(row, column)
    _type(qtbot, tab, row, column, "12%")
    assert "percent sign" in tab.entry_message.text()
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Escape)
    table = tab.table
    table.setFocus()
    table.setCurrentIndex(model.index(row, column))
    qtbot.keyClick(table, "4")
    editor = QApplication.focusWidget()
    assert isinstance(editor, QLineEdit)
    qtbot.keyClick(editor, Qt.Key.Key_Return, Qt.KeyboardModifier.ShiftModifier)
    assert table.currentIndex().row() == row - 1
    _target, actual = _stored(window, cell)
    assert actual == float(round(4 * cell.scale.divisor, 6))


def test_period_targets_move_the_year_target(make_window, demo_zh, zh, qtbot) -> None:  # type: ignore[no-untyped-def]
    _window, tab = _kpi(make_window, demo_zh)
    model = tab.model
    tab.targets_action.trigger()
    row = next(
        r
        for r in range(model.rowCount())
        if model.editable(r, model.FIRST_PERIOD)
        and model.entry_cell(r, model.FIRST_PERIOD).kpi.aggregation.value == "sum"
    )
    cell = model.entry_cell(row, model.FIRST_PERIOD)
    year = model.index(row, model.COL_TARGET).data(Qt.ItemDataRole.UserRole + 1)
    old = cell.value or 0.0
    _type(qtbot, tab, row, model.FIRST_PERIOD, cell.scale.format(old + 10 * cell.scale.divisor))
    new, _actual = _stored(_window, cell)
    assert new is not None and new != old
    now = model.index(row, model.COL_TARGET).data(Qt.ItemDataRole.UserRole + 1)
    assert now == pytest.approx(year - old + new)  # the yearly sum, shown at once


def test_closing_the_month_in_focus_makes_it_read_only_until_undone(  # type: ignore[no-untyped-def]
    make_window, demo_zh, zh, qtbot
) -> None:
    window, tab = _kpi(make_window, demo_zh)
    model = tab.model
    column = model.focus_column
    assert column is not None
    rows = [r for r in range(model.rowCount()) if model.editable(r, column)]
    assert rows, "the month in focus takes values before it is closed"
    assert "10月" in tab.close_month_action.text()

    tab.close_month_action.trigger()

    assert not any(model.editable(r, column) for r in rows)
    cell = model.entry_cell(rows[0], column)
    assert cell is not None and cell.locked
    assert "closed" in model.read_only_reason(cell) or "关闭" in model.read_only_reason(cell)
    font = model.index(rows[0], column).data(Qt.ItemDataRole.FontRole)
    assert font is not None and font.italic()  # closed is told by more than grey
    # The month before stays open, and Ctrl+Z (the window's undo) reopens the month.
    assert any(model.editable(r, column - 1) for r in rows)
    window.undo_stack.undo()
    assert all(model.editable(r, column) for r in rows)
    tab.close_month_action.trigger()
    tab.reopen_month_action.trigger()
    assert all(model.editable(r, column) for r in rows)
