"""Table model of the improvement-action register (改进行动), one row per action.

Shows each action's status as it reads today (an open action past its due
date is overdue, by core.actions.effective_status) and tints overdue rows.
"""

from __future__ import annotations

import datetime
from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import Qt

from perfdesk.core.actions import ActionStatus, effective_status
from perfdesk.core.kpi import Status
from perfdesk.core.numbers import format_change
from perfdesk.store.repo_actions import ActionRow
from perfdesk.ui.guard import guarded
from perfdesk.ui.labels import label
from perfdesk.ui.models.rows import RAW_ROLE, RowsModel
from perfdesk.ui.models.rows import RIGHT as _RIGHT
from perfdesk.ui.models.rows import Index as _Index
from perfdesk.ui.text import CELL_LIMIT, fill, plain, tooltip
from perfdesk.ui.widgets import status as look


class ActionTableModel(RowsModel):
    (
        COL_TITLE,
        COL_STATUS,
        COL_UNIT,
        COL_OWNER,
        COL_DUE,
        COL_KPI,
        COL_TARGET,
        COL_REPORTS,
        COL_PROGRESS,
        COL_MEETING,
    ) = range(10)
    COLUMNS = 10

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._statuses: list[ActionStatus] = []
        self._today = datetime.date.today()

    def set_rows(self, rows: Sequence[ActionRow], today: datetime.date | None = None) -> None:
        """Replace the rows; statuses are judged as of `today` (default: the real today)."""
        day = today or datetime.date.today()
        self._today = day
        self._statuses = [effective_status(r.status, r.due_date, day) for r in rows]
        super().set_rows(rows)

    def row(self, index: int) -> ActionRow:
        action: ActionRow = self._rows[index]
        return action

    def status(self, index: int) -> ActionStatus:
        """The status row `index` shows today (overdue by date included)."""
        return self._statuses[index]

    def _headers(self) -> tuple[str, ...]:
        return (
            self.tr("Action"),
            self.tr("Status"),
            self.tr("Responsible unit"),
            self.tr("Owner"),
            self.tr("Due"),
            self.tr("KPI"),
            self.tr("Baseline → expected"),
            self.tr("10-day reports"),
            self.tr("Progress"),
            self.tr("From meeting"),
        )

    @guarded
    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        row = self._rows[index.row()]
        status = self._statuses[index.row()]
        column = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            return plain(self._display(row, status, column), CELL_LIMIT)
        if role == RAW_ROLE:
            due = row.due_date.isoformat() if row.due_date else None
            return (
                row.title,
                status.value,
                row.responsible_unit,
                row.owner,
                due,
                row.kpi_name,
                row.expected,
                row.reports,
                row.last_progress,
                row.meeting_title,
            )[column]
        if role == Qt.ItemDataRole.BackgroundRole and status is ActionStatus.OVERDUE:
            return look.tint(Status.RED)
        if (
            role == Qt.ItemDataRole.DecorationRole
            and column == self.COL_STATUS
            and status is ActionStatus.OVERDUE
        ):
            return look.icon(Status.RED)
        if role == Qt.ItemDataRole.TextAlignmentRole and column in (
            self.COL_TARGET,
            self.COL_REPORTS,
            self.COL_PROGRESS,
        ):
            return _RIGHT
        if role == Qt.ItemDataRole.ToolTipRole and column == self.COL_TITLE:
            return tooltip(row.title)
        if role == Qt.ItemDataRole.ToolTipRole and column == self.COL_STATUS:
            return self._status_tip(row, status)
        return None

    def _display(self, row: ActionRow, status: ActionStatus, column: int) -> str:
        if column == self.COL_TITLE:
            return row.title
        if column == self.COL_STATUS:
            if status is ActionStatus.OVERDUE and row.due_date is not None:
                # Not red alone: how late, in words.
                return fill(self.tr("Overdue %1 days"), (self._today - row.due_date).days)
            return label(status)
        if column == self.COL_UNIT:
            return row.responsible_unit
        if column == self.COL_OWNER:
            return row.owner
        if column == self.COL_DUE:
            return row.due_date.isoformat() if row.due_date else ""
        if column == self.COL_KPI:
            return row.kpi_name
        if column == self.COL_TARGET:
            if row.baseline is None and row.expected is None:
                return ""
            return format_change(row.baseline, row.expected, row.kpi_decimals, row.kpi_unit)
        if column == self.COL_REPORTS:
            return str(row.reports)
        if column == self.COL_PROGRESS:
            return "" if row.last_progress is None else f"{row.last_progress:.0f}%"
        return row.meeting_title

    def _status_tip(self, row: ActionRow, status: ActionStatus) -> str | None:
        if status is ActionStatus.OVERDUE and row.due_date is not None:
            return fill(self.tr("Past its due date %1 and not done"), row.due_date.isoformat())
        return None
