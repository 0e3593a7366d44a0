"""A table whose first columns stay in view while the others scroll (Qt's "frozen column").

A second QTableView over the same model and selection model is laid on top of
the first columns of the main view; the two share the vertical scroll, column
widths and row heights. Keyboard movement keeps the current cell out from
under the frozen part. (The pattern of Qt's own `frozencolumn` example.)
"""

from __future__ import annotations

from PySide6.QtCore import QAbstractItemModel, QModelIndex, QPersistentModelIndex, Qt, Signal
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import QAbstractItemView, QFrame, QHeaderView, QTableView, QWidget

from perfdesk.ui.guard import guarded
from perfdesk.ui.widgets.views import setup_view

_Index = QModelIndex | QPersistentModelIndex
_VISIBLE = QAbstractItemView.ScrollHint.EnsureVisible


class FrozenTableView(QTableView):
    resized = Signal()  # the viewport changed size: widths that depend on it may follow

    def __init__(self, frozen: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.frozen_count = frozen
        self._kept: int | None = None  # the column scroll_to_column keeps in view
        self.frozen = QTableView(self)
        self.frozen.setObjectName("frozenColumns")
        self.frozen.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.frozen.verticalHeader().hide()
        self.frozen.setFrameShape(QFrame.Shape.NoFrame)
        self.frozen.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.frozen.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.frozen.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        setup_view(self.frozen)
        self.viewport().stackUnder(self.frozen)
        self.setHorizontalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        self.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        self.frozen.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        self.horizontalHeader().sectionResized.connect(self._section_resized)
        self.verticalHeader().sectionResized.connect(self._row_resized)
        self.frozen.verticalScrollBar().valueChanged.connect(self.verticalScrollBar().setValue)
        self.verticalScrollBar().valueChanged.connect(self.frozen.verticalScrollBar().setValue)
        self.horizontalScrollBar().sliderPressed.connect(self._forget_kept)

    def _forget_kept(self) -> None:
        self._kept = None

    def setModel(self, model: QAbstractItemModel | None) -> None:
        super().setModel(model)
        self.frozen.setModel(model)
        self.frozen.setSelectionModel(self.selectionModel())
        if model is not None:
            model.modelReset.connect(self._sync_columns)
            model.columnsInserted.connect(self._sync_columns)
            model.columnsRemoved.connect(self._sync_columns)
        self._sync_columns()

    def setSelectionBehavior(self, behavior: QAbstractItemView.SelectionBehavior) -> None:
        super().setSelectionBehavior(behavior)
        self.frozen.setSelectionBehavior(behavior)

    @guarded
    def _sync_columns(self) -> None:
        model = self.model()
        columns = model.columnCount() if model is not None else 0
        for column in range(columns):
            self.frozen.setColumnHidden(column, column >= self.frozen_count)
            if column < self.frozen_count:
                self.frozen.setColumnWidth(column, self.columnWidth(column))
        self.frozen.verticalHeader().setDefaultSectionSize(
            self.verticalHeader().defaultSectionSize()
        )
        self._place()

    def frozen_width(self) -> int:
        return sum(self.columnWidth(c) for c in range(self.frozen_count))

    @guarded
    def _section_resized(self, column: int, _old: int, size: int) -> None:
        if column < self.frozen_count:
            self.frozen.setColumnWidth(column, size)
            self._place()

    @guarded
    def _row_resized(self, row: int, _old: int, size: int) -> None:
        self.frozen.setRowHeight(row, size)

    def set_row_height(self, height: int) -> None:
        """One height for every row, in both views (they must stay aligned)."""
        for view in (self, self.frozen):
            header = view.verticalHeader()
            header.setMinimumSectionSize(min(height, header.minimumSectionSize()))
            header.setDefaultSectionSize(height)
            header.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)

    @guarded
    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._place()
        self.resized.emit()
        if self._kept is not None:
            self.scroll_to_column(self._kept)

    def _place(self) -> None:
        frame = self.frameWidth()
        left = self.verticalHeader().width() if self.verticalHeader().isVisible() else 0
        self.frozen.setGeometry(
            left + frame,
            frame,
            self.frozen_width(),
            self.viewport().height() + self.horizontalHeader().height(),
        )

    @guarded(default=QModelIndex())
    def moveCursor(
        self, action: QAbstractItemView.CursorAction, modifiers: Qt.KeyboardModifier
    ) -> QModelIndex:
        current = super().moveCursor(action, modifiers)
        if (
            action == QAbstractItemView.CursorAction.MoveLeft
            and current.column() >= self.frozen_count
            and self.visualRect(current).topLeft().x() < self.frozen_width()
        ):
            bar = self.horizontalScrollBar()
            bar.setValue(bar.value() + self.visualRect(current).topLeft().x() - self.frozen_width())
        return current

    @guarded
    def scrollTo(self, index: _Index, hint: QAbstractItemView.ScrollHint = _VISIBLE) -> None:
        if index.column() >= self.frozen_count:
            super().scrollTo(index, hint)
            rect = self.visualRect(self.model().index(index.row(), index.column()))
            if rect.left() < self.frozen_width():  # hidden under the frozen columns
                bar = self.horizontalScrollBar()
                bar.setValue(bar.value() + rect.left() - self.frozen_width())

    def scroll_to_column(self, column: int) -> None:
        """Bring `column` into view to the right of the frozen columns, with the first
        scrolled column starting right at the frozen edge (never half under it); kept
        in view when the table is resized, until the user scrolls."""
        model = self.model()
        self._kept = column
        if model is None or model.rowCount() == 0 or column < self.frozen_count:
            return
        self.updateGeometries()  # the scroll range after any width just set
        bar = self.horizontalScrollBar()
        edge = self.frozen_width()
        width = self.viewport().width()

        def left(c: int) -> int:  # in content coordinates
            return self.columnViewportPosition(c) + bar.value()

        target_right = left(column) + self.columnWidth(column)
        value = 0
        for first in range(self.frozen_count, column + 1):
            if self.isColumnHidden(first):
                continue
            value = max(left(first) - edge, 0)
            if target_right - value <= width:
                break
        bar.setValue(min(value, bar.maximum()))
