"""Grid model of actual values: rows are goals, columns are periods (months by default).

Each cell shows the actual, is coloured by its status against the period's
target (respecting the KPI's direction) and names the target in its tooltip.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, Qt, Signal

from perfdesk.core.goals import Goal
from perfdesk.core.kpi import Kpi, Status, achievement, kpi_status
from perfdesk.core.numbers import format_bare, format_kpi_value
from perfdesk.core.progress import Progress
from perfdesk.ui.guard import guarded
from perfdesk.ui.models.rows import RAW_ROLE
from perfdesk.ui.models.rows import Index as _Index
from perfdesk.ui.text import CELL_LIMIT, fill, plain, tooltip
from perfdesk.ui.widgets import status as look

STATUS_ROLE = Qt.ItemDataRole.UserRole + 2


@dataclass(frozen=True)
class GridRow:
    goal: Goal
    kpi: Kpi
    owner: str
    targets: tuple[float | None, ...]  # one per column period
    actuals: tuple[float | None, ...]
    to_date: Progress


class ActualGridModel(QAbstractTableModel):
    COL_KPI = 0
    FIRST_PERIOD = 1
    failed = Signal(object)  # data() failed: the tab shows its error state

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._rows: list[GridRow] = []
        self._period_labels: list[str] = []
        self._judged = 0

    def set_rows(
        self, period_labels: list[str], rows: list[GridRow], judged: int | None = None
    ) -> None:
        """Replace the grid; only the first `judged` periods (default all) show a status,
        so months still to come are not flagged as incomplete."""
        self.beginResetModel()
        self._period_labels = list(period_labels)
        self._rows = list(rows)
        self._judged = len(self._period_labels) if judged is None else judged
        self.endResetModel()

    @property
    def col_to_date(self) -> int:
        return self.FIRST_PERIOD + len(self._period_labels)

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._period_labels) + 2

    def guard_failed(self, error: BaseException) -> None:
        self.failed.emit(error)

    @guarded
    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        if orientation == Qt.Orientation.Vertical:
            # Bounded: the vertical header is as wide as its longest name.
            return plain(self._rows[section].owner, 40) if section < len(self._rows) else None
        if section == self.COL_KPI:
            return self.tr("KPI")
        if section == self.col_to_date:
            return self.tr("To date")
        return self._period_labels[section - self.FIRST_PERIOD]

    @guarded
    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        row = self._rows[index.row()]
        column = index.column()
        if column == self.COL_KPI:
            if role == Qt.ItemDataRole.DisplayRole:
                name = plain(row.kpi.name, CELL_LIMIT)
                return (
                    fill(self.tr("%1 (%2)"), name, plain(row.kpi.unit, 40))
                    if row.kpi.unit
                    else name
                )
            if role == Qt.ItemDataRole.ToolTipRole:
                return tooltip(row.kpi.description)
            return None
        judged = True
        if column == self.col_to_date:
            target, actual, status = row.to_date.target, row.to_date.actual, row.to_date.status
        else:
            i = column - self.FIRST_PERIOD
            target, actual = row.targets[i], row.actuals[i]
            status = kpi_status(row.kpi, target, actual, row.goal.target_max)
            # A month to come, or one nobody set a target for, has nothing to flag.
            judged = i < self._judged and (target is not None or actual is not None)
        if role == Qt.ItemDataRole.DisplayRole:
            value = format_bare(actual, row.kpi.decimals, row.kpi.unit)
            if column == self.col_to_date:  # the word too, where the row's verdict is
                return fill(self.tr("%1 %2"), value, look.word(status)).strip()
            return value
        if role == Qt.ItemDataRole.DecorationRole:
            return look.icon(status) if judged else None
        if role == RAW_ROLE:
            return actual
        if role == STATUS_ROLE:
            return status.value
        if role == Qt.ItemDataRole.BackgroundRole:
            return look.tint(status) if judged else None
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.ToolTipRole:
            return self._tooltip(row.kpi, target, actual, status, row.goal.target_max)
        if role == Qt.ItemDataRole.AccessibleTextRole:
            value = format_kpi_value(actual, row.kpi.decimals, row.kpi.unit)
            return fill(self.tr("%1 %2"), value, look.word(status)) if judged else value
        return None

    def _tooltip(
        self,
        kpi: Kpi,
        target: float | None,
        actual: float | None,
        status: Status,
        target_max: float | None,
    ) -> str:
        rate = achievement(kpi.direction, target, actual, target_max)
        lines = [
            fill(self.tr("Target: %1"), format_kpi_value(target, kpi.decimals, kpi.unit) or "—"),
            fill(self.tr("Actual: %1"), format_kpi_value(actual, kpi.decimals, kpi.unit) or "—"),
        ]
        if rate is not None:
            lines.append(fill(self.tr("Achievement: %1"), f"{rate * 100:.1f}%"))
        amber, red = look.thresholds(kpi)
        lines.append(
            fill(
                self.tr("%1 (on target from %2, warning from %3)"),
                look.word(status),
                f"{amber * 100:g}%",
                f"{red * 100:g}%",
            )
        )
        return "\n".join(lines)
