"""Entering 10-day reports (旬报) for many open actions at once, keyboard only.

One row per open action, those missing this 旬's report first; the measured value
is prefilled from the linked goal's actuals when there are some. Type, Enter moves
down (in the same column); Save writes every filled row, each as its own report
operation, and says which were refused and why.
"""

from __future__ import annotations

import datetime
from collections.abc import Callable
from dataclasses import dataclass

from PySide6.QtCore import QItemSelectionModel, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QAbstractItemDelegate,
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from perfdesk.core.number_input import NumberInputError, parse_value
from perfdesk.core.numbers import format_bare
from perfdesk.core.periods import format_period
from perfdesk.ui.guard import guarded
from perfdesk.ui.text import CELL_LIMIT, fill, plain


@dataclass(frozen=True)
class ReportLine:
    """One open action as the grid offers it."""

    action_id: str
    title: str
    unit: str
    kpi_unit: str
    decimals: int
    prefill: float | None  # the goal's latest actual, when there is one
    missing: bool  # no report yet in this 旬


@dataclass(frozen=True)
class ReportEntry:
    action_id: str
    measured_value: float | None
    progress: float | None
    note: str


class _EnterDownTable(QTableWidget):
    """Enter (and Return) commit the cell and move down a row, same column, whether the
    cell was being edited (the editor closes with "submit") or only selected."""

    @guarded
    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            # While editing, the editor's delegate commits and closes it (queued) and
            # closeEditor moves down; the key that reaches us here is the editor's leftover.
            if self.state() != QAbstractItemView.State.EditingState:
                self._down()
            return
        super().keyPressEvent(event)

    @guarded
    def closeEditor(self, editor: QWidget, hint: QAbstractItemDelegate.EndEditHint) -> None:
        super().closeEditor(editor, hint)
        if hint == QAbstractItemDelegate.EndEditHint.SubmitModelCache:
            self._down()

    def _down(self) -> None:
        index = self.currentIndex()
        row = min(index.row() + 1, self.rowCount() - 1)
        self.setCurrentCell(row, index.column(), QItemSelectionModel.SelectionFlag.ClearAndSelect)


class ReportGrid(QDialog):
    COL_ACTION, COL_UNIT, COL_VALUE, COL_PROGRESS, COL_NOTE = range(5)

    def __init__(
        self,
        lines: list[ReportLine],
        today: datetime.date,
        save: Callable[[datetime.date, list[ReportEntry]], list[str]],
        language: str = "zh",
        parent: QWidget | None = None,
    ) -> None:
        """`save` writes the entries and returns the refusals (one sentence each)."""
        super().__init__(parent)
        from perfdesk.core.actions import ten_day

        self.setWindowTitle(self.tr("10-day reports"))
        self._lines = sorted(lines, key=lambda line: (not line.missing, line.title))
        self._today = today
        self._save = save
        period = format_period(ten_day(today), language)
        missing = sum(line.missing for line in lines)
        self.heading = QLabel(
            fill(
                self.tr("Reports for %1: %2 of %3 open actions have none yet (listed first)."),
                period,
                str(missing),
                str(len(lines)),
            )
        )
        self.heading.setWordWrap(True)
        self.table = _EnterDownTable(len(self._lines), 5)
        self.table.setHorizontalHeaderLabels(
            [
                self.tr("Action"),
                self.tr("Department"),
                self.tr("Measured value"),
                self.tr("Progress %"),
                self.tr("Note"),
            ]
        )
        self.table.verticalHeader().setVisible(False)
        self.table.horizontalHeader().setSectionResizeMode(
            self.COL_NOTE, QHeaderView.ResizeMode.Stretch
        )
        self.table.setEditTriggers(
            QAbstractItemView.EditTrigger.AnyKeyPressed
            | QAbstractItemView.EditTrigger.DoubleClicked
            | QAbstractItemView.EditTrigger.EditKeyPressed
        )
        for row, line in enumerate(self._lines):
            title = QTableWidgetItem(plain(line.title, CELL_LIMIT))
            title.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable)
            if line.missing:
                font = title.font()
                font.setBold(True)
                title.setFont(font)
                title.setToolTip(self.tr("No report in this 10-day period yet"))
            unit = QTableWidgetItem(plain(line.unit, CELL_LIMIT))
            unit.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable)
            self.table.setItem(row, self.COL_ACTION, title)
            self.table.setItem(row, self.COL_UNIT, unit)
            value = "" if line.prefill is None else format_bare(line.prefill, line.decimals)
            self.table.setItem(row, self.COL_VALUE, QTableWidgetItem(value))
            self.table.setItem(row, self.COL_PROGRESS, QTableWidgetItem(""))
            self.table.setItem(row, self.COL_NOTE, QTableWidgetItem(""))
        self.table.resizeColumnsToContents()
        self.table.setColumnWidth(self.COL_ACTION, min(self.table.columnWidth(0), 320))
        self.problem = QLabel()
        self.problem.setWordWrap(True)
        self.problem.setStyleSheet("color: #b00020;")
        self.problem.setTextFormat(Qt.TextFormat.PlainText)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Close
        )
        buttons.accepted.connect(self._save_clicked)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.heading)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.problem)
        layout.addWidget(buttons)
        if self._lines:
            self.table.setCurrentCell(0, self.COL_PROGRESS)
        self.resize(820, 480)

    def lines(self) -> list[ReportLine]:
        return list(self._lines)

    def _text(self, row: int, column: int) -> str:
        item = self.table.item(row, column)
        return item.text().strip() if item is not None else ""

    def entries(self) -> tuple[list[ReportEntry], list[str]]:
        """The filled rows (a progress or a note typed), and the rows whose numbers are not
        numbers."""
        entries, problems = [], []
        for row, line in enumerate(self._lines):
            progress_text = self._text(row, self.COL_PROGRESS).rstrip("%％")
            note = self._text(row, self.COL_NOTE)
            value_text = self._text(row, self.COL_VALUE)
            typed_value = value_text != (
                "" if line.prefill is None else format_bare(line.prefill, line.decimals)
            )
            if not progress_text and not note and not typed_value:
                continue
            try:
                value = parse_value(value_text, line.kpi_unit)
                progress = parse_value(progress_text, "")
            except NumberInputError:
                problems.append(
                    fill(self.tr("%1: the value and the progress must be numbers."), line.title)
                )
                continue
            entries.append(ReportEntry(line.action_id, value, progress, note))
        return entries, problems

    @guarded
    def _save_clicked(self) -> None:
        entries, problems = self.entries()
        if not entries and not problems:
            self.problem.setText(self.tr("Nothing typed yet: enter a progress or a note."))
            return
        problems += self._save(self._today, entries) if entries else []
        if problems:
            self.problem.setText("\n".join(plain(p, 500) for p in problems))
            return
        self.accept()
