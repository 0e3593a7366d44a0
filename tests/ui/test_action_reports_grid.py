"""The 10-day report grid is keyboard-only: type, Enter moves down the same column; rows
missing this 旬's report come first; Save hands over only the rows typed into."""

from __future__ import annotations

import datetime

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QLineEdit, QWidget

from perfdesk.ui.action_reports import ReportEntry, ReportGrid, ReportLine

TODAY = datetime.date(2026, 11, 15)


def _type(qtbot, table, text: str) -> None:
    """Keys as a user types them: each to the focused widget (the cell's editor once the
    first key opened it), then Enter."""

    def target() -> QWidget:
        editors = [e for e in table.viewport().findChildren(QLineEdit) if e.isVisible()]
        return editors[0] if editors else table

    for char in text:
        qtbot.keyClick(target(), char)
        QApplication.processEvents()  # the editor commits and closes through the event loop
    qtbot.keyClick(target(), Qt.Key.Key_Return)
    QApplication.processEvents()


def test_type_and_enter_down_then_save(qtbot) -> None:
    saved: list[list[ReportEntry]] = []
    lines = [
        ReportLine("a", "已报的行动", "销售部", "天", 1, 18.0, missing=False),
        ReportLine("b", "未报的行动", "质量部", "%", 1, None, missing=True),
    ]
    grid = ReportGrid(lines, TODAY, lambda _day, entries: saved.append(entries) or [], "en")
    qtbot.addWidget(grid)
    grid.show()
    qtbot.waitExposed(grid)
    assert [line.action_id for line in grid.lines()] == ["b", "a"]  # missing first
    assert "Nov 2026 (11-20)" in grid.heading.text() and "1 of 2" in grid.heading.text()
    assert grid.table.item(1, grid.COL_VALUE).text() == "18.0"  # prefilled from actuals
    grid.table.setFocus()
    grid.table.setCurrentCell(0, grid.COL_PROGRESS)
    _type(qtbot, grid.table, "40")
    assert grid.table.currentRow() == 1 and grid.table.currentColumn() == grid.COL_PROGRESS
    _type(qtbot, grid.table, "75")
    assert grid.table.item(0, grid.COL_PROGRESS).text() == "40"
    assert grid.table.item(1, grid.COL_PROGRESS).text() == "75"
    grid._save_clicked()
    assert saved == [[ReportEntry("b", None, 40.0, ""), ReportEntry("a", 18.0, 75.0, "")]]


def test_nothing_typed_is_not_saved_and_says_so(qtbot) -> None:
    calls: list[object] = []
    grid = ReportGrid(
        [ReportLine("a", "行动", "销售部", "", 0, None, True)],
        TODAY,
        lambda *args: calls.append(args) or [],
        "en",
    )
    qtbot.addWidget(grid)
    grid._save_clicked()
    assert calls == [] and "Nothing typed" in grid.problem.text()
    grid.table.item(0, grid.COL_PROGRESS).setText("abc")
    grid._save_clicked()
    assert calls == [] and "must be numbers" in grid.problem.text()
