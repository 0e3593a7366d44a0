"""Typing and pasting values into a grid: why a text is refused, the cell editor, and
the list of bad cells a refused paste shows.

The numbers themselves are read by core/number_input.py and checked by the store's
check_values (the checks set_values makes); this module only says their reasons in
the user's language and hosts the editor that Enter, Tab and Esc drive.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QAbstractItemModel,
    QCoreApplication,
    QEvent,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
    Signal,
)
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLineEdit,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from perfdesk.core.number_input import NumberInputError
from perfdesk.ui.guard import guarded
from perfdesk.ui.text import CELL_LIMIT, fill, plain
from perfdesk.ui.widgets.text_label import wrapping_label

_CONTEXT = "Entry"
_Index = QModelIndex | QPersistentModelIndex

# Why a typed or pasted text is not a number of the KPI (core/number_input codes).
INPUT_MESSAGES: dict[str, Any] = {
    "control_characters": QT_TRANSLATE_NOOP("Entry", "The text contains control characters."),
    "too_long": QT_TRANSLATE_NOOP(
        "Entry", "The text is %1 characters long; a value needs far fewer."
    ),
    "formula": QT_TRANSLATE_NOOP("Entry", "Formulas are not taken; enter the number itself."),
    "not_a_number": QT_TRANSLATE_NOOP("Entry", "“%1” is not a number."),
    "not_finite": QT_TRANSLATE_NOOP("Entry", "The value must be a finite number."),
    "ambiguous_separators": QT_TRANSLATE_NOOP(
        "Entry",
        "The separators in “%1” fit no way of writing numbers; write it as 1,234.5.",
    ),
    "unit_mismatch": QT_TRANSLATE_NOOP("Entry", "“%1” does not match the KPI's unit (%2)."),
    "percent_not_allowed": QT_TRANSLATE_NOOP(
        "Entry", "A percent sign does not fit this KPI's unit (%1)."
    ),
    "too_large": QT_TRANSLATE_NOOP("Entry", "The value is too large."),
}
_INPUT_PARAMS = {
    "too_long": ("length",),
    "not_a_number": ("text",),
    "ambiguous_separators": ("text",),
    "unit_mismatch": ("typed", "unit"),
    "percent_not_allowed": ("unit",),
}
_UNKNOWN = QT_TRANSLATE_NOOP("Entry", "This value cannot be entered.")
_NO_UNIT = QT_TRANSLATE_NOOP("Entry", "no unit")


def tr(text: object) -> str:
    return QCoreApplication.translate(_CONTEXT, str(text))


def input_error_text(error: NumberInputError) -> str:
    template = INPUT_MESSAGES.get(error.code)
    if template is None:
        return tr(_UNKNOWN)
    values = []
    for name in _INPUT_PARAMS.get(error.code, ()):
        value = error.params.get(name, "")
        if name == "unit" and not value:
            value = tr(_NO_UNIT)
        values.append(plain(value, 40))
    return fill(tr(template), *values)


# -- the cell editor ------------------------------------------------------------------
_MOVES = {
    Qt.Key.Key_Return: (1, 0),
    Qt.Key.Key_Enter: (1, 0),
    Qt.Key.Key_Tab: (0, 1),
    Qt.Key.Key_Backtab: (0, -1),
}


class EntryDelegate(QStyledItemDelegate):
    """A line editor for a value. Enter/Tab commit and move (Shift the other way),
    Esc cancels; a refused text keeps the editor open with the reason shown."""

    moved = Signal(int, int)  # (rows, columns) to move the current cell after a commit

    def __init__(
        self, commit: Callable[[int, int, str], bool], parent: QObject | None = None
    ) -> None:
        super().__init__(parent)
        self._commit = commit  # (row, column, text) -> taken
        self._editing: dict[QWidget, QPersistentModelIndex] = {}
        self._taken: set[QWidget] = set()  # committed by Enter/Tab: not again on close

    @guarded(default=None)
    def createEditor(self, parent: QWidget, option: QStyleOptionViewItem, index: _Index) -> QWidget:
        editor = QLineEdit(parent)
        editor.setFrame(False)
        editor.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        self._editing[editor] = QPersistentModelIndex(index)
        editor.destroyed.connect(lambda _obj=None, e=editor: self._forget(e))
        return editor

    def _forget(self, editor: QWidget) -> None:
        self._editing.pop(editor, None)
        self._taken.discard(editor)

    @guarded
    def setEditorData(self, editor: QWidget, index: _Index) -> None:
        if isinstance(editor, QLineEdit):
            value = index.data(Qt.ItemDataRole.EditRole)
            editor.setText("" if value is None else str(value).split("\n", 1)[0])

    @guarded
    def setModelData(self, editor: QWidget, model: QAbstractItemModel, index: _Index) -> None:
        """Leaving the editor another way (a click elsewhere): the text is entered."""
        if editor in self._taken or not isinstance(editor, QLineEdit):
            return
        self._commit(index.row(), index.column(), editor.text())

    @guarded(default=False)
    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if (
            event.type() == QEvent.Type.KeyPress
            and isinstance(event, QKeyEvent)
            and isinstance(watched, QLineEdit)
            and event.key() in _MOVES
        ):
            rows, columns = _MOVES[Qt.Key(event.key())]
            if event.modifiers() & Qt.KeyboardModifier.ShiftModifier:
                rows, columns = -rows, -columns
            index = self._editing.get(watched)
            if index is None or not index.isValid():
                return True
            if not self._commit(index.row(), index.column(), watched.text()):
                return True  # refused: the editor stays, the reason is shown
            self._taken.add(watched)
            self.closeEditor.emit(watched, QStyledItemDelegate.EndEditHint.NoHint)
            self.moved.emit(rows, columns)
            return True
        return super().eventFilter(watched, event)


# -- the cells a paste could not take ---------------------------------------------------
@dataclass(frozen=True)
class BadCell:
    row: str  # the row's owner and KPI
    column: str  # the month
    text: str  # what was pasted
    reason: str


class BadCellsDialog(QDialog):
    """A refused paste: every bad cell with where it is, what it held and why."""

    def __init__(self, cells: Sequence[BadCell], total: int, parent: QWidget | None = None):
        super().__init__(parent)
        self.setWindowTitle(self.tr("Paste refused"))
        layout = QVBoxLayout(self)
        layout.addWidget(
            wrapping_label(
                fill(
                    self.tr(
                        "Nothing was pasted: %1 of the %2 cells cannot be entered. Fix them "
                        "in the spreadsheet and paste again."
                    ),
                    len(cells),
                    total,
                )
            )
        )
        self.table = QTableWidget(len(cells), 4, self)
        self.table.setHorizontalHeaderLabels(
            [self.tr("Row"), self.tr("Column"), self.tr("Text"), self.tr("Reason")]
        )
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().setVisible(False)
        for r, cell in enumerate(cells):
            for c, text in enumerate((cell.row, cell.column, cell.text, cell.reason)):
                item = QTableWidgetItem(plain(text, CELL_LIMIT))
                item.setToolTip(plain(text, CELL_LIMIT))
                self.table.setItem(r, c, item)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setStretchLastSection(True)
        layout.addWidget(self.table, 1)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok)
        buttons.accepted.connect(self.accept)
        layout.addWidget(buttons)
        self.resize(760, 360)
