"""What every read-only table and tree shares: keyboard behaviour, copying, column widths.

`setup_view(view)` is called once per view: Tab leaves it (a read-only table
has nothing to tab between), Ctrl+C copies the selected block as tab-separated
text that Excel and LibreOffice paste as cells, and nothing is editable.
`fit_columns(table)` sizes columns to their contents but never wider than a
cap, so one long name cannot push the other columns out of sight.
"""

from __future__ import annotations

from PySide6.QtWidgets import QAbstractItemView, QTableView

_MAX_COLUMN_EM = 30  # widest a column sizes itself, in average character widths


def fit_columns(table: QTableView, max_em: int = _MAX_COLUMN_EM) -> None:
    table.resizeColumnsToContents()
    cap = table.fontMetrics().averageCharWidth() * max_em
    model = table.model()
    for column in range(model.columnCount() if model is not None else 0):
        if table.columnWidth(column) > cap:
            table.setColumnWidth(column, cap)


def setup_view(view: QAbstractItemView) -> None:
    view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    view.setTabKeyNavigation(False)
