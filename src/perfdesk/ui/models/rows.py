"""The shared part of the table models: a list of rows shown in fixed columns.

Subclasses set COLUMNS, name the columns in `_headers` (translated), and
implement `data` (decorated with ui.guard.guarded, like every Qt override);
`set_rows` replaces every row with one model reset. A subclass that names its
display texts in `_row_texts(row)` gets them from `text(r, column)`, made once
per row when the row is first shown (painting asks data() many times per cell,
and a period or a label is not worth formatting again each time). A failing `data` emits
`failed`, which the tab showing the model turns into its error state.
RAW_ROLE gives the unformatted value of a cell, for sorting and for tests.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt, Signal

from perfdesk.ui.guard import guarded

RAW_ROLE = Qt.ItemDataRole.UserRole + 1
# The roles as plain ints, which is how data() receives them: comparing with
# Qt.ItemDataRole.X looks the member up through Python's enum machinery each time
# (~0.25 µs), and painting calls data() ~7 times per visible cell.
DISPLAY = int(Qt.ItemDataRole.DisplayRole)
DECORATION = int(Qt.ItemDataRole.DecorationRole)
TOOLTIP = int(Qt.ItemDataRole.ToolTipRole)
ALIGNMENT = int(Qt.ItemDataRole.TextAlignmentRole)
BACKGROUND = int(Qt.ItemDataRole.BackgroundRole)
FOREGROUND = int(Qt.ItemDataRole.ForegroundRole)
Index = QModelIndex | QPersistentModelIndex
RIGHT = int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)


class RowsModel(QAbstractTableModel):
    COLUMNS = 0
    failed = Signal(object)

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._rows: list[Any] = []
        self._texts: list[tuple[str, ...] | None] = []

    def set_rows(self, rows: Sequence[Any]) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self._texts = [None] * len(self._rows)
        self.endResetModel()

    def same_rows(self, rows: Sequence[Any]) -> bool:
        """Whether `rows` are the rows shown: a reload that changed nothing need not
        reset the model (and repaint and re-measure the view)."""
        return len(rows) == len(self._rows) and list(rows) == self._rows

    def text(self, r: int, column: int) -> str:
        """The display text of a cell, from the row's texts made on first use."""
        texts = self._texts[r]
        if texts is None:
            texts = self._texts[r] = self._row_texts(self._rows[r])
        return texts[column]

    def _row_texts(self, row: Any) -> tuple[str, ...]:
        raise TypeError(f"{type(self).__name__} has no _row_texts()")

    def cell(self, r: int, column: int) -> tuple[str, bool]:
        """A cell's display text and whether it shows an icon: what fit_columns measures,
        asked in Python rather than through Qt (each of Qt's calls into data() costs)."""
        index = self.index(r, column)
        text = self.data(index, Qt.ItemDataRole.DisplayRole)
        icon = self.data(index, Qt.ItemDataRole.DecorationRole) is not None
        return ("" if text is None else str(text)), icon

    def row(self, index: int) -> Any:
        return self._rows[index]

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else self.COLUMNS

    @guarded
    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        return self._headers()[section]

    def guard_failed(self, error: BaseException) -> None:
        self.failed.emit(error)

    def _headers(self) -> tuple[str, ...]:
        raise TypeError(f"{type(self).__name__} must name its columns in _headers()")
