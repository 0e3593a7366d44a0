"""Table model of one holder's goals for a year, with progress to date."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import Qt

from perfdesk.core.goals import Goal
from perfdesk.core.kpi import Kpi
from perfdesk.core.numbers import format_kpi_value
from perfdesk.core.progress import Progress
from perfdesk.ui.guard import guarded
from perfdesk.ui.labels import label
from perfdesk.ui.models.rows import RAW_ROLE, RowsModel
from perfdesk.ui.models.rows import Index as _Index
from perfdesk.ui.text import CELL_LIMIT, fill, plain, tooltip
from perfdesk.ui.widgets import status as look


@dataclass(frozen=True)
class GoalRow:
    goal: Goal
    kpi: Kpi
    progress: Progress
    contributes_to: str  # "owner · KPI" of the parent goal, or ""


class GoalTableModel(RowsModel):
    COL_KPI, COL_WEIGHT, COL_TARGET, COL_ACTUAL, COL_RATE, COL_STATUS, COL_PARENT = range(7)

    COLUMNS = 7

    def row(self, index: int) -> GoalRow:
        goal_row: GoalRow = self._rows[index]
        return goal_row

    def _headers(self) -> tuple[str, ...]:
        return (
            self.tr("KPI"),
            self.tr("Weight"),
            self.tr("Year target"),
            self.tr("Actual to date"),
            self.tr("Achievement"),
            self.tr("Status"),
            self.tr("Contributes to"),
        )

    @guarded
    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        row = self._rows[index.row()]
        column = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            return plain(self._display(row, column), CELL_LIMIT)
        if role == RAW_ROLE:
            return (
                row.kpi.name,
                row.goal.weight,
                row.goal.target,
                row.progress.actual,
                row.progress.achievement,
                row.progress.status.value,
                row.contributes_to,
            )[column]
        if role == Qt.ItemDataRole.BackgroundRole and column in (self.COL_RATE, self.COL_STATUS):
            return look.tint(row.progress.status)
        if role == Qt.ItemDataRole.DecorationRole and column == self.COL_STATUS:
            return look.icon(row.progress.status)
        if role == Qt.ItemDataRole.ToolTipRole and column in (self.COL_RATE, self.COL_STATUS):
            amber, red = look.thresholds(row.kpi)
            return fill(
                self.tr("On target from %1 achievement, warning from %2, below target under %2"),
                f"{amber * 100:g}%",
                f"{red * 100:g}%",
            )
        if role == Qt.ItemDataRole.TextAlignmentRole and column in (
            self.COL_WEIGHT,
            self.COL_TARGET,
            self.COL_ACTUAL,
            self.COL_RATE,
        ):
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.ToolTipRole and column == self.COL_KPI:
            return tooltip(row.goal.title or row.kpi.description)
        return None

    def _display(self, row: GoalRow, column: int) -> str:
        kpi, progress = row.kpi, row.progress
        if column == self.COL_KPI:
            return kpi.name
        if column == self.COL_WEIGHT:
            return f"{row.goal.weight:g}%"
        if column == self.COL_TARGET:
            return format_kpi_value(row.goal.target, kpi.decimals, kpi.unit)
        if column == self.COL_ACTUAL:
            return format_kpi_value(progress.actual, kpi.decimals, kpi.unit)
        if column == self.COL_RATE:
            rate = progress.achievement
            return "" if rate is None else f"{rate * 100:.1f}%"
        if column == self.COL_STATUS:
            return label(progress.status)
        return row.contributes_to
