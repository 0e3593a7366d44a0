"""The frame the goal dialogs share (Decompose, Split over Periods): a heading and a form
over a preview table, its error line, and the sum line beside Apply / Cancel."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLayout,
    QPushButton,
    QTableWidget,
    QVBoxLayout,
    QWidget,
)


def preview_table(headers: list[str], stretch: int) -> QTableWidget:
    """The preview's table: `headers`, columns fitted to their contents except `stretch`,
    and cells edited by typing, F2 or a double click."""
    table = QTableWidget(0, len(headers))
    table.setHorizontalHeaderLabels(headers)
    table.verticalHeader().setVisible(False)
    header = table.horizontalHeader()
    header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    header.setSectionResizeMode(stretch, QHeaderView.ResizeMode.Stretch)
    table.setEditTriggers(
        QAbstractItemView.EditTrigger.DoubleClicked
        | QAbstractItemView.EditTrigger.EditKeyPressed
        | QAbstractItemView.EditTrigger.AnyKeyPressed
    )
    return table


def sum_label() -> QLabel:
    """The sum line under the table (plain text: it can name units)."""
    label = QLabel()
    label.setTextFormat(Qt.TextFormat.PlainText)
    return label


def apply_buttons(
    dialog: QDialog, text: str, apply: Callable[[], Any]
) -> tuple[QDialogButtonBox, QPushButton]:
    """`text` (the dialog's own translated "&Apply"; the default, so Enter applies) and
    Cancel (Esc), wired to `apply` and reject."""
    buttons = QDialogButtonBox(
        QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
    )
    ok = buttons.button(QDialogButtonBox.StandardButton.Ok)
    ok.setText(text)
    ok.setDefault(True)
    buttons.accepted.connect(apply)
    buttons.rejected.connect(dialog.reject)
    return buttons, ok


def preview_layout(
    dialog: QDialog,
    top: list[QWidget | QLayout],
    table: QWidget,
    below: QWidget,
    sum_line: QWidget,
    buttons: QDialogButtonBox,
) -> None:
    """`top` (heading, form, notes) over the table (which takes the height), `below` it,
    and the sum line beside the buttons at the bottom."""
    layout = QVBoxLayout(dialog)
    for part in top:
        if isinstance(part, QLayout):
            layout.addLayout(part)
        else:
            layout.addWidget(part)
    layout.addWidget(table, 1)
    layout.addWidget(below)
    bottom = QHBoxLayout()
    bottom.addWidget(sum_line, 1)
    bottom.addWidget(buttons)
    layout.addLayout(bottom)
