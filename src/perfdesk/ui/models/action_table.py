"""Table model of the improvement-action register (改进行动), one row per action.

Shows each action's status as it reads today (an open action past its due
date is overdue, by core.actions.effective_status) and tints overdue rows.

The model sorts itself (`sort`, from a key per row computed in Python once),
so a filter proxy in front of it only filters: a proxy sorting 3,000 rows
through data() made ~70 k Python calls per load. A row's display texts are
made once, when the row is first shown, and kept until the next `set_rows`.
"""

from __future__ import annotations

import datetime
from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import QModelIndex, QPointF, Qt

from perfdesk.core.actions import ActionStatus, days_overdue, effective_status
from perfdesk.core.kpi import Status
from perfdesk.core.numbers import format_change
from perfdesk.store.repo_actions import ActionRow
from perfdesk.ui.guard import guarded
from perfdesk.ui.labels import label
from perfdesk.ui.models.rows import (
    ALIGNMENT,
    BACKGROUND,
    DECORATION,
    DISPLAY,
    RAW_ROLE,
    TOOLTIP,
    RowsModel,
)
from perfdesk.ui.models.rows import RIGHT as _RIGHT
from perfdesk.ui.models.rows import Index as _Index
from perfdesk.ui.text import CELL_LIMIT, as_text, fill, plain, tooltip
from perfdesk.ui.widgets import status as look


class ActionTableModel(RowsModel):
    (
        COL_TITLE,
        COL_STATUS,
        COL_UNIT,
        COL_OWNER,
        COL_CO_UNITS,
        COL_START,
        COL_DUE,
        COL_LATE,
        COL_KPI,
        COL_TARGET,
        COL_REPORTS,
        COL_PROGRESS,
        COL_MEETING,
    ) = range(13)
    COLUMNS = 13

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._statuses: list[ActionStatus] = []
        self._texts: list[tuple[str, ...] | None] = []  # display texts, made when first shown
        self._today = datetime.date.today()
        self._sort: tuple[int, Qt.SortOrder] | None = None
        self._given: list[ActionRow] = []  # the rows as given, before sorting

    def set_rows(self, rows: Sequence[ActionRow], today: datetime.date | None = None) -> None:
        """Replace the rows; statuses are judged as of `today` (default: the real today)."""
        day = today or datetime.date.today()
        self.beginResetModel()
        self._today = day
        self._given = list(rows)
        pairs = [(r, effective_status(r.status, r.due_date, day)) for r in rows]
        if self._sort is not None:
            pairs = [pairs[i] for i in self._ranked(pairs, *self._sort)]
        self._rows = [row for row, _status in pairs]
        self._statuses = [status for _row, status in pairs]
        self._texts = [None] * len(pairs)
        self.endResetModel()

    def same_rows(self, rows: Sequence[Any], today: datetime.date | None = None) -> bool:
        day = today or datetime.date.today()
        return day == self._today and len(rows) == len(self._given) and list(rows) == self._given

    def row(self, index: int) -> ActionRow:
        action: ActionRow = self._rows[index]
        return action

    def rows(self) -> list[ActionRow]:
        return list(self._rows)

    def statuses(self) -> list[ActionStatus]:
        """The status each row shows today, in row order."""
        return list(self._statuses)

    @guarded
    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        """Order the rows by `column`'s raw value (text ignoring case; empty values last,
        first when descending), keeping selections on their rows."""
        if not 0 <= column < self.COLUMNS:
            self._sort = None
            return
        self._sort = (column, order)
        self.layoutAboutToBeChanged.emit()
        before = self.persistentIndexList()
        ranked = self._ranked(list(zip(self._rows, self._statuses, strict=True)), column, order)
        self._rows = [self._rows[i] for i in ranked]
        self._statuses = [self._statuses[i] for i in ranked]
        self._texts = [self._texts[i] for i in ranked]
        moved = {old: new for new, old in enumerate(ranked)}
        self.changePersistentIndexList(
            before,
            [
                self.index(moved[i.row()], i.column()) if i.row() in moved else QModelIndex()
                for i in before
            ],
        )
        self.layoutChanged.emit()

    def _ranked(
        self, pairs: list[tuple[ActionRow, ActionStatus]], column: int, order: Qt.SortOrder
    ) -> list[int]:
        """The positions of `pairs` in sorted order (stable; descending reverses the keys)."""
        if column == self.COL_DUE and not _descending(order) and _due_ordered(pairs):
            # The register's default order, which the rows usually come in already
            # (store.list_actions): checking costs ~0.5 ms for 3,000 rows, ranking ~8.
            return list(range(len(pairs)))
        keys = [self._key(row, status, column) for row, status in pairs]
        return sorted(range(len(pairs)), key=keys.__getitem__, reverse=_descending(order))

    @staticmethod
    def _key(row: ActionRow, status: ActionStatus, column: int) -> tuple[Any, ...]:
        """Sort key of a raw value: numbers, then text ignoring case, then empty values."""
        value = _raw(row, status, column)
        if value is None:
            return (2,)
        if isinstance(value, int | float) and not isinstance(value, bool):
            return (0, value)
        return (1, as_text(value).casefold())

    def status(self, index: int) -> ActionStatus:
        """The status row `index` shows today (overdue by date included)."""
        return self._statuses[index]

    def _headers(self) -> tuple[str, ...]:
        return (
            self.tr("Action"),
            self.tr("Status"),
            self.tr("Responsible unit"),
            self.tr("Owner"),
            self.tr("Co-departments"),
            self.tr("Start"),
            self.tr("Due"),
            self.tr("Days overdue"),
            self.tr("KPI"),
            self.tr("Baseline → expected"),
            self.tr("10-day reports"),
            self.tr("Progress"),
            self.tr("Source"),
        )

    @guarded
    def data(self, index: _Index, role: int = DISPLAY) -> Any:
        if not index.isValid():
            return None
        return self.value(index.row(), index.column(), role)

    def value(self, r: int, column: int, role: int) -> Any:
        """What data() gives for row `r` and `column` (asked directly by the register's
        grouping proxy, without a QModelIndex per call)."""
        if role not in _ROLES:
            return None
        if role == DISPLAY:
            return self.text(r, column)
        status = self._statuses[r]
        if role == RAW_ROLE:
            return _raw(self._rows[r], status, column)
        if role == BACKGROUND:
            return look.tint(Status.RED) if status is ActionStatus.OVERDUE else None
        if role == ALIGNMENT:
            return _RIGHT if column in _RIGHT_COLUMNS else None
        if role == DECORATION:
            if column == self.COL_STATUS:  # a shape beside the word, never colour alone
                return status_icon(status)
            return None
        if column == self.COL_TITLE:  # the tooltips
            return tooltip(self._rows[r].title)
        if column == self.COL_MEETING:
            return tooltip(self.text(r, column))
        if column == self.COL_STATUS:
            return self._status_tip(self._rows[r], status)
        return None

    def text(self, r: int, column: int) -> str:
        texts = self._texts[r]
        if texts is None:
            texts = self._texts[r] = self._action_texts(self._rows[r], self._statuses[r])
        return texts[column]

    def cell(self, r: int, column: int) -> tuple[str, bool]:
        return self.text(r, column), column == self.COL_STATUS

    def _action_texts(self, row: ActionRow, status: ActionStatus) -> tuple[str, ...]:
        return tuple(plain(self._display(row, status, c), CELL_LIMIT) for c in range(self.COLUMNS))

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
        if column == self.COL_CO_UNITS:
            return row.co_units
        if column == self.COL_START:
            return row.start_date.isoformat() if row.start_date else ""
        if column == self.COL_DUE:
            return row.due_date.isoformat() if row.due_date else ""
        if column == self.COL_LATE:
            late = days_overdue(row.status, row.due_date, self._today)
            return str(late) if late and status is ActionStatus.OVERDUE else ""
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
        if row.issue_id is None:
            return self.tr("Manual")
        return fill(self.tr("%1 · %2"), row.meeting_title, row.issue_title)

    def _status_tip(self, row: ActionRow, status: ActionStatus) -> str | None:
        if status is ActionStatus.OVERDUE and row.due_date is not None:
            return fill(self.tr("Past its due date %1 and not done"), row.due_date.isoformat())
        return None


# The shape each status shows beside its word (ui/widgets/status: never colour alone).
SHAPES = {
    ActionStatus.DRAFT: Status.MISSING,
    ActionStatus.SUBMITTED: Status.INCOMPLETE,
    ActionStatus.RETURNED: Status.AMBER,
    ActionStatus.OPEN: Status.INCOMPLETE,
    ActionStatus.OVERDUE: Status.RED,
    ActionStatus.DONE: Status.GREEN,
    ActionStatus.VERIFIED: Status.GREEN,
    ActionStatus.NOT_ACHIEVED: Status.RED,
    ActionStatus.CANCELLED: Status.MISSING,
}

_icons: dict[ActionStatus, Any] = {}  # drawn once each (a paint asks per visible row)


def status_icon(status: ActionStatus) -> Any:
    """The shape beside an action's status word. Verified is Done's blue circle with a
    white tick inside: the two differ by shape, not by colour or word alone."""
    found = _icons.get(status)
    if found is not None:
        return found
    if status is not ActionStatus.VERIFIED:
        found = _icons[status] = look.icon(SHAPES[status])
        return found
    from PySide6.QtGui import QIcon, QPainter, QPen

    image = look.pixmap(Status.GREEN, 14).copy()
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    pen = QPen(Qt.GlobalColor.white, 2.0)
    pen.setCapStyle(Qt.PenCapStyle.RoundCap)
    painter.setPen(pen)
    painter.drawPolyline([QPointF(4.0, 7.2), QPointF(6.2, 9.6), QPointF(10.2, 4.6)])
    painter.end()
    found = _icons[status] = QIcon(image)
    return found


_ROLES = frozenset({DISPLAY, RAW_ROLE, BACKGROUND, ALIGNMENT, DECORATION, TOOLTIP})
_RIGHT_COLUMNS = frozenset(
    {
        ActionTableModel.COL_TARGET,
        ActionTableModel.COL_REPORTS,
        ActionTableModel.COL_PROGRESS,
        ActionTableModel.COL_LATE,
    }
)


def _descending(order: Qt.SortOrder) -> bool:
    return order == Qt.SortOrder.DescendingOrder


def _due_ordered(pairs: Sequence[tuple[ActionRow, ActionStatus]]) -> bool:
    """Whether the rows are by due date already, the ones without one last (as sorting by
    the due column ascending would leave them: the sort is stable)."""
    previous: datetime.date | None = None
    ended = False  # a row without a due date came: only such rows may follow
    for row, _status in pairs:
        due = row.due_date
        if due is None:
            ended = True
        elif ended or (previous is not None and due < previous):
            return False
        else:
            previous = due
    return True


def _raw(row: ActionRow, status: ActionStatus, column: int) -> Any:
    """The unformatted value of a cell (sorting, tests)."""
    if column == ActionTableModel.COL_DUE:
        return row.due_date.isoformat() if row.due_date else None
    if column == ActionTableModel.COL_START:
        return row.start_date.isoformat() if row.start_date else None
    if column == ActionTableModel.COL_LATE:
        if status is not ActionStatus.OVERDUE or row.due_date is None:
            return None
        return -row.due_date.toordinal()  # the earlier due, the later it is
    return (
        row.title,
        status.value,
        row.responsible_unit,
        row.owner,
        row.co_units,
        None,
        None,
        None,
        row.kpi_name,
        row.expected,
        row.reports,
        row.last_progress,
        f"{row.meeting_title} {row.issue_title}" if row.issue_id else None,
    )[column]
