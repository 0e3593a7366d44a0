"""Deviation notes in the KPI tab: the side pane, Save as one undo step, the marker."""

from __future__ import annotations

import shutil
from pathlib import Path

from kpi_window import open_kpi as _kpi
from PySide6.QtWidgets import QApplication

from perfdesk.core.deviation import note_wanted
from perfdesk.store.repo_goals import deviation_notes
from perfdesk.ui.main_window import TAB_KPI
from perfdesk.ui.models.actual_grid import NOTE_ROLE


def _off_target(tab):  # type: ignore[no-untyped-def]
    """An editable month off target without a note yet."""
    model = tab.model
    for row in range(model.rowCount()):
        for column in range(model.FIRST_PERIOD, model.col_to_date):
            cell = model.entry_cell(row, column)
            if (
                cell is not None
                and model.editable_cell(cell)
                and cell.note is None
                and note_wanted(cell.kpi, cell.target, cell.actual, cell.target_max)
            ):
                return row, column
    raise AssertionError("no month off target")


def _open_notes(tab, row: int, column: int):  # type: ignore[no-untyped-def]
    tab.table.setCurrentIndex(tab.model.index(row, column))
    if not tab.notes_action.isChecked():
        tab.notes_action.trigger()
    QApplication.processEvents()
    return tab.note_panel


def test_write_a_note_see_the_marker_and_undo_it(make_window, demo_zh, zh, qtbot) -> None:  # type: ignore[no-untyped-def]
    window, tab = _kpi(make_window, demo_zh)
    table_width = tab.table.viewport().width()
    row, column = _off_target(tab)
    panel = _open_notes(tab, row, column)
    assert panel.isVisible()
    assert tab.table.viewport().width() < table_width  # the pane took room: only on demand
    cell = tab.model.entry_cell(row, column)
    assert "实际" in panel.gap.toPlainText() and "目标" in panel.gap.toPlainText()
    assert "偏差说明" in panel.heading.full_text()
    assert tab.model.index(row, column).data(NOTE_ROLE) is None
    panel.internal_cause.setPlainText("排产冲突")
    panel.external_cause.setPlainText("供应商延期交货")
    panel.internal_measures.setPlainText("每周排产会")
    panel.external_needs.setPlainText("备选供应商预算 5 万元")
    count = window.undo_stack.count()
    panel.save_button.click()
    assert window.undo_stack.count() == count + 1  # one step
    assert not panel.message.isVisible()
    notes = deviation_notes(window.context.doc.conn, [cell.goal_id], [cell.period])
    note = notes[(cell.goal_id, cell.period)]
    assert note.internal_cause == "排产冲突" and note.gap.startswith("实际")
    index = tab.model.index(row, column)
    assert index.data(NOTE_ROLE) == note  # the marker
    assert note.gap.split("\n")[0] in index.data(0x03)  # the tooltip starts with it
    assert panel.internal_cause.toPlainText() == "排产冲突"
    assert panel.cell.note == note  # the pane shows the note as stored
    window.undo_stack.undo()  # Ctrl+Z
    assert tab.model.index(row, column).data(NOTE_ROLE) is None
    assert deviation_notes(window.context.doc.conn, [cell.goal_id], [cell.period]) == {}
    assert panel.internal_cause.toPlainText() == ""  # the pane follows the undo
    window.undo_stack.redo()
    assert tab.model.index(row, column).data(NOTE_ROLE) == note


def test_a_closed_month_shows_its_note_read_only(make_window, demo_zh, zh, qtbot) -> None:  # type: ignore[no-untyped-def]
    _window, tab = _kpi(make_window, demo_zh)
    column = tab.model.focus_column
    row = next(r for r in range(tab.model.rowCount()) if tab.model.editable(r, column))
    tab.close_month_action.trigger()
    panel = _open_notes(tab, row, column)
    assert panel.gap.isReadOnly() and not panel.save_button.isEnabled()
    assert "关闭" in panel.reason.text()


def test_hostile_text_is_plain_and_too_long_is_refused(make_window, demo_zh, zh, qtbot) -> None:  # type: ignore[no-untyped-def]
    window, tab = _kpi(make_window, demo_zh)
    row, column = _off_target(tab)
    panel = _open_notes(tab, row, column)
    cell = tab.model.entry_cell(row, column)
    markup = "<b>粗体</b><img src=x onerror=alert(1)>" + "长" * 10_000
    panel.internal_cause.setPlainText(markup)
    panel.save_button.click()
    stored = deviation_notes(window.context.doc.conn, [cell.goal_id], [cell.period])
    assert stored[(cell.goal_id, cell.period)].internal_cause == markup  # as typed
    assert panel.internal_cause.toPlainText() == markup
    tip = tab.model.index(row, column).data(0x03)
    assert "<b>" not in tip  # escaped: shown as typed, never as markup
    count = window.undo_stack.count()
    panel.external_needs.setPlainText("多" * 20_001)
    panel.save_button.click()
    assert panel.message.isVisible()
    assert "20,000" in panel.message.text() and "资源要求" in panel.message.text()
    assert window.undo_stack.count() == count  # nothing written
    stored = deviation_notes(window.context.doc.conn, [cell.goal_id], [cell.period])
    assert stored[(cell.goal_id, cell.period)].external_needs == ""


def test_english_gap_sentence(make_window, demo_en_master, tmp_path, qtbot) -> None:  # type: ignore[no-untyped-def]
    path = Path(shutil.copy(demo_en_master, tmp_path / "demo-en.perfdesk"))
    _window, tab = _kpi(make_window, path, language="en")
    row, column = _off_target(tab)
    panel = _open_notes(tab, row, column)
    text = panel.gap.toPlainText()
    assert text.startswith("Actual ") and (" below the " in text or " above the " in text)
    assert "Deviation note: " in panel.heading.full_text()


def test_a_read_only_document_says_why(make_window, demo_zh, zh, qtbot) -> None:  # type: ignore[no-untyped-def]
    window = make_window(demo_zh, read_only=True)
    window.resize(1280, 720)
    window.tabs.setCurrentIndex(TAB_KPI)
    QApplication.processEvents()
    tab = window.kpi_tab
    model = tab.model
    row, column = next(
        (r, c)
        for r in range(model.rowCount())
        for c in range(model.FIRST_PERIOD, model.col_to_date)
        if (cell := model.entry_cell(r, c)) is not None and cell.monthly and not cell.locked
    )
    panel = _open_notes(tab, row, column)
    assert panel.gap.isReadOnly() and not panel.save_button.isEnabled()
    assert "只读" in panel.reason.text()


def test_a_typed_note_is_saved_on_leaving_the_cell_and_a_prefill_alone_is_not(  # type: ignore[no-untyped-def]
    make_window, demo_zh, zh, qtbot
) -> None:
    window, tab = _kpi(make_window, demo_zh)
    row, column = _off_target(tab)
    panel = _open_notes(tab, row, column)
    cell = tab.model.entry_cell(row, column)
    conn = window.context.doc.conn
    # Only the prefilled gap: moving on writes nothing.
    tab.table.setCurrentIndex(tab.model.index(row, column - 1))
    QApplication.processEvents()
    assert deviation_notes(conn, [cell.goal_id], [cell.period]) == {}
    # Typed into: moving on saves it (one undo step), nothing typed is lost.
    tab.table.setCurrentIndex(tab.model.index(row, column))
    QApplication.processEvents()
    panel.external_cause.setPlainText("原材料涨价")
    tab.table.setCurrentIndex(tab.model.index(row, column - 1))
    QApplication.processEvents()
    stored = deviation_notes(conn, [cell.goal_id], [cell.period])
    assert stored[(cell.goal_id, cell.period)].external_cause == "原材料涨价"
    window.undo_stack.undo()
    assert deviation_notes(conn, [cell.goal_id], [cell.period]) == {}
