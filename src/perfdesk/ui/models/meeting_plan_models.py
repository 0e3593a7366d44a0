"""Table models of the Meeting tab's planning: the agenda being built (reordered by drag),
the issues with their actions, and an agenda item's minute entries."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import QByteArray, QMimeData, QModelIndex, Qt, QTimer, Signal

from perfdesk.core.meeting import AgendaItem
from perfdesk.store.repo_meeting_plan import IssueLine, MinuteEntry
from perfdesk.ui.guard import guarded
from perfdesk.ui.labels import label
from perfdesk.ui.models.meeting_models import AgendaModel
from perfdesk.ui.models.rows import DISPLAY, RAW_ROLE, TOOLTIP, RowsModel
from perfdesk.ui.models.rows import Index as _Index
from perfdesk.ui.text import CELL_LIMIT, plain, tooltip

_MIME = "application/x-perfdesk-agenda-row"


class PlanAgendaModel(AgendaModel):
    """The agenda with each item's start time and note; rows move by drag and drop
    (`moved` says from where to where; the tab writes it as one undo step)."""

    COL_START, COL_NOTE = 7, 8
    COLUMNS = 9
    moved = Signal(int, int)  # the row dragged, the row it lands before

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._notes: dict[str, str] = {}
        self._starts: dict[str, str] = {}

    def set_plan(
        self,
        rows: Sequence[tuple[AgendaItem, str, str]],
        notes: dict[str, str],
        starts: dict[str, str],
    ) -> None:
        self._notes, self._starts = notes, starts
        self.set_rows(rows)

    def same_plan(
        self,
        rows: Sequence[tuple[AgendaItem, str, str]],
        notes: dict[str, str],
        starts: dict[str, str],
    ) -> bool:
        return notes == self._notes and starts == self._starts and self.same_rows(rows)

    def _headers(self) -> tuple[str, ...]:
        return (*super()._headers(), self.tr("Starts"), self.tr("Note"))

    def _display(self, item: AgendaItem, speaker: str, unit: str, column: int) -> str:
        if column == self.COL_POSITION:
            return str(item.position + 1)  # as people count items, and as the warnings do
        if column == self.COL_START:
            return self._starts.get(item.id, "")
        if column == self.COL_NOTE:
            return self._notes.get(item.id, "").replace("\n", " · ")
        return super()._display(item, speaker, unit, column)

    @guarded
    def data(self, index: _Index, role: int = DISPLAY) -> Any:
        if index.isValid() and index.column() >= self.COL_START and role not in (DISPLAY,):
            item = self._rows[index.row()][0]
            if role == TOOLTIP and index.column() == self.COL_NOTE:
                return tooltip(self._notes.get(item.id, ""))
            if role == RAW_ROLE:
                values = (self._starts.get(item.id, ""), self._notes.get(item.id, ""))
                return values[index.column() - self.COL_START]
            return None
        return super().data(index, role)

    # -- drag and drop: a move, written by the tab --------------------------------------
    def flags(self, index: _Index) -> Qt.ItemFlag:
        base = super().flags(index)
        if index.isValid():
            return base | Qt.ItemFlag.ItemIsDragEnabled
        return base | Qt.ItemFlag.ItemIsDropEnabled

    def supportedDropActions(self) -> Qt.DropAction:
        return Qt.DropAction.MoveAction

    def supportedDragActions(self) -> Qt.DropAction:
        return Qt.DropAction.MoveAction

    def mimeTypes(self) -> list[str]:
        return [_MIME]

    @guarded
    def mimeData(self, indexes: Sequence[QModelIndex]) -> QMimeData:
        data = QMimeData()
        rows = sorted({i.row() for i in indexes if i.isValid()})
        data.setData(_MIME, QByteArray(str(rows[0] if rows else -1).encode()))
        return data

    @guarded
    def dropMimeData(
        self, data: QMimeData, action: Qt.DropAction, row: int, column: int, parent: _Index
    ) -> bool:
        if not data.hasFormat(_MIME):
            return False
        source = int(bytes(data.data(_MIME).data()).decode() or -1)
        target = row if row >= 0 else (parent.row() if parent.isValid() else self.rowCount())
        if 0 <= source < self.rowCount() and target not in (source, source + 1):
            # After the drop has finished: the write reloads this model.
            QTimer.singleShot(0, lambda: self.moved.emit(source, target))
        return False  # nothing for the view to remove: the reload shows the new order


class IssueLineModel(RowsModel):
    (
        COL_DESCRIPTION,
        COL_CAUSE,
        COL_UNIT,
        COL_OWNER,
        COL_DUE,
        COL_SOLUTION,
        COL_RESOURCES,
        COL_ACTION,
    ) = range(8)
    COLUMNS = 8

    def row(self, index: int) -> IssueLine:
        row: IssueLine = self._rows[index]
        return row

    def _headers(self) -> tuple[str, ...]:
        return (
            self.tr("Issue"),
            self.tr("Cause"),
            self.tr("Responsible unit"),
            self.tr("Owner"),
            self.tr("Due"),
            self.tr("Solution"),
            self.tr("Resource request"),
            self.tr("Action"),
        )

    @guarded
    def data(self, index: _Index, role: int = DISPLAY) -> Any:
        if not index.isValid():
            return None
        if role == DISPLAY:
            return self.text(index.row(), index.column())
        row: IssueLine = self._rows[index.row()]
        if role == TOOLTIP:
            full = {
                self.COL_DESCRIPTION: row.description,
                self.COL_SOLUTION: row.solution,
                self.COL_RESOURCES: row.resource_request,
                self.COL_ACTION: row.action_title,
            }.get(index.column())
            return tooltip(full) if full else None
        if role == RAW_ROLE:
            return (
                row.description,
                row.cause.value,
                row.responsible_unit,
                row.owner,
                row.due_date,
                row.solution,
                row.resource_request,
                row.action_id,
            )[index.column()]
        return None

    def _row_texts(self, row: IssueLine) -> tuple[str, ...]:
        description = row.description
        if row.parked:
            description = self.tr("[Parked] %1").replace("%1", description)
        action = ""
        if row.action_id:
            status = row.action_status
            shown = _status_label(status)
            action = self.tr("%1 (%2)").replace("%1", row.action_title).replace("%2", shown)
        return tuple(
            plain(value, CELL_LIMIT)
            for value in (
                description,
                label(row.cause),
                row.responsible_unit,
                row.owner,
                row.due_date,
                row.solution,
                row.resource_request,
                action or "—",
            )
        )


def _status_label(status: str) -> str:
    from perfdesk.core.actions import ActionStatus

    try:
        return label(ActionStatus(status))
    except (ValueError, KeyError):
        return status


class MinuteModel(RowsModel):
    COL_KIND, COL_TEXT = range(2)
    COLUMNS = 2

    def row(self, index: int) -> MinuteEntry:
        row: MinuteEntry = self._rows[index]
        return row

    def _headers(self) -> tuple[str, ...]:
        return (self.tr("Kind"), self.tr("Minute entry"))

    @guarded
    def data(self, index: _Index, role: int = DISPLAY) -> Any:
        if not index.isValid():
            return None
        if role == DISPLAY:
            return self.text(index.row(), index.column())
        row: MinuteEntry = self._rows[index.row()]
        if role == TOOLTIP and index.column() == self.COL_TEXT:
            return tooltip(row.text)
        if role == RAW_ROLE:
            return (row.kind, row.text)[index.column()]
        return None

    def _row_texts(self, row: MinuteEntry) -> tuple[str, ...]:
        return (minute_kind_label(row.kind), plain(row.text.replace("\n", " "), CELL_LIMIT))


def minute_kind_label(kind: str) -> str:
    from PySide6.QtCore import QCoreApplication

    names = {
        "information": QCoreApplication.translate("MinuteModel", "Information"),
        "decision": QCoreApplication.translate("MinuteModel", "Decision"),
        "action": QCoreApplication.translate("MinuteModel", "Action"),
    }
    return names.get(kind, kind)
