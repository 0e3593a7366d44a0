"""Actions tab (改进行动): the register of improvement actions and where each stands.

This first version shows the register read-only: counts per status, a status
and a text filter, and a table sortable by any column. Creating, editing,
returning actions, 10-day reports and verification arrive with the actions
feature.
"""

from __future__ import annotations

import datetime
from collections.abc import Callable

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QSortFilterProxyModel, Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from perfdesk.core.actions import STATUS_ORDER, ActionStatus, status_counts
from perfdesk.core.org import Scope, scope_of
from perfdesk.store.repo_actions import list_actions
from perfdesk.ui.context import DocumentContext
from perfdesk.ui.guard import guarded
from perfdesk.ui.labels import label
from perfdesk.ui.models.action_table import ActionTableModel
from perfdesk.ui.models.rows import RAW_ROLE
from perfdesk.ui.text import as_text, fill
from perfdesk.ui.widgets.document_tab import DocumentTab
from perfdesk.ui.widgets.filter_chip import FilterChip
from perfdesk.ui.widgets.panels import EmptyState, read_only_notice
from perfdesk.ui.widgets.views import WidthKeeper, fit_columns, setup_view


class ActionFilter(QSortFilterProxyModel):
    """Keeps the actions of one status (as shown today) whose title, unit or owner match,
    and that concern the unit or person selected (`set_scope`: its responsible unit or
    owner is inside it).

    It only filters: sorting is passed to the ActionTableModel behind it, which sorts
    in Python once instead of the proxy comparing rows through data() (3,000 actions
    made ~70 k calls per load).
    """

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._status: ActionStatus | None = None
        self._text = ""
        self._scope = Scope(everything=True)
        self.setSortRole(RAW_ROLE)
        self.setSortCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)

    @guarded
    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        model = self.sourceModel()
        if isinstance(model, ActionTableModel):
            model.sort(column, order)
        else:
            super().sort(column, order)

    def set_status(self, status: ActionStatus | None) -> None:
        self.beginFilterChange()
        self._status = status
        self.endFilterChange()

    def set_scope(self, scope: Scope) -> None:
        self.beginFilterChange()
        self._scope = scope
        self.endFilterChange()

    def set_text(self, text: str) -> None:
        self.beginFilterChange()
        self._text = text.strip().casefold()
        self.endFilterChange()

    @guarded(default=True)
    def filterAcceptsRow(
        self, source_row: int, source_parent: QModelIndex | QPersistentModelIndex
    ) -> bool:
        if self._status is None and not self._text and self._scope.everything:
            return True
        model = self.sourceModel()
        if not isinstance(model, ActionTableModel):
            return True
        if not self._scope.everything:
            action = model.row(source_row)
            if not self._scope.concerns([action.responsible_unit_id], [action.owner_id]):
                return False
        if self._status is not None and model.status(source_row) is not self._status:
            return False
        if not self._text:
            return True
        row = model.row(source_row)
        return any(
            self._text in as_text(field).casefold()
            for field in (row.title, row.responsible_unit, row.owner)
        )


_FLEXIBLE = (ActionTableModel.COL_MEETING, ActionTableModel.COL_TITLE)  # first gives first


class ActionsTab(DocumentTab):
    def __init__(
        self,
        parent: QWidget | None = None,
        today: Callable[[], datetime.date] = datetime.date.today,
    ) -> None:
        super().__init__(parent)
        self._today = today
        self.model = ActionTableModel(self)
        self.proxy = ActionFilter(self)
        self.proxy.setSourceModel(self.model)
        self.table = QTableView()
        self.table.setModel(self.proxy)
        self.table.setSortingEnabled(True)
        self.table.sortByColumn(ActionTableModel.COL_DUE, Qt.SortOrder.AscendingOrder)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        setup_view(self.table)
        self.table.verticalHeader().setVisible(False)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        self.table.horizontalHeader().setStretchLastSection(True)

        self.title = QLabel(self.tr("Improvement actions"))
        self.title.setObjectName("tabTitle")
        self.title.setStyleSheet("QLabel#tabTitle { font-size: 15pt; font-weight: bold; }")
        self.counts_label = QLabel()
        self.status_combo = QComboBox()
        self.status_combo.addItem(self.tr("All"), None)
        for status in STATUS_ORDER:
            self.status_combo.addItem(label(status), status.value)
        self.status_combo.setToolTip(self.tr("Show only the actions with this status"))
        self.search = QLineEdit()
        self.search.setPlaceholderText(self.tr("Filter by action, unit or owner"))
        self.search.setClearButtonEnabled(True)
        self.search.setMinimumWidth(240)
        self.shown_label = QLabel()
        self.chip = FilterChip()
        self.chip.cleared.connect(self._clear_scope)
        self._cleared_for: str | None = None  # the selection the user chose to see past
        # The meeting, then the title, give up width so every column fits (English at
        # 1280 px cut the last column); they grow back to their texts when there is room.
        self.widths = WidthKeeper(self.table, _FLEXIBLE)

        bar = QHBoxLayout()
        bar.addWidget(self.chip)
        bar.addWidget(QLabel(self.tr("Status:")))
        bar.addWidget(self.status_combo)
        bar.addWidget(self.search, 1)
        bar.addWidget(self.shown_label)
        content = QWidget()
        layout = QVBoxLayout(content)
        layout.addWidget(self.title)
        layout.addWidget(self.counts_label)
        layout.addLayout(bar)
        layout.addWidget(self.table, 1)
        # A filter that hides every action says so, with the way back.
        self.show_all = QAction(self.tr("Show All Actions"), self)
        self.show_all.triggered.connect(self._show_all)
        self.no_match = EmptyState()
        self.no_match.set_actions([self.show_all])
        self.no_match.setVisible(False)
        layout.addWidget(self.no_match, 1)
        layout.addWidget(
            read_only_notice(
                self.tr(
                    "Read-only view: creating, editing and returning actions, 10-day reports and "
                    "verification are not available in this version yet."
                )
            )
        )
        self.set_content(content)
        self.status_combo.currentIndexChanged.connect(self._status_chosen)
        self.search.textChanged.connect(self._text_changed)
        self.watch(self.model)

    def panes(self) -> list[QWidget]:
        return [self.status_combo, self.search, self.table]

    def find_target(self) -> QWidget | None:
        return self.search

    def clear(self) -> None:
        self.model.set_rows([], self._today())
        self._update_counts()

    def load(self, context: DocumentContext) -> None:
        rows = list_actions(context.doc.conn, english=context.english)
        today = self._today()
        if not rows or not self.model.same_rows(rows, today):  # else nothing to redo
            self.model.set_rows(rows, today)
            fit_columns(self.table)
            title = ActionTableModel.COL_TITLE
            self.table.setColumnWidth(title, min(self.table.columnWidth(title), 340))
            self.widths.fitted()
        self._apply_scope(context)
        self._update_counts()
        if not rows:
            self.show_nothing(
                self.tr("No improvement actions yet"),
                self.tr(
                    "Actions agreed in review meetings are followed up here with their 10-day "
                    "reports. Creating them is not available in this version yet; the demo "
                    "company has actions in every state."
                ),
            )

    def holder_moved(self) -> None:
        if self.context is not None:
            self._apply_scope(self.context)
            self._update_shown()

    def _apply_scope(self, context: DocumentContext) -> None:
        """Show the actions of the selected unit's subtree (or person), and say so."""
        holder = context.holder
        if holder is not None and holder == self._cleared_for:
            scope = Scope(everything=True)
        else:
            self._cleared_for = None
            scope = scope_of(holder, context.units, context.people.values())
        self.proxy.set_scope(scope)
        self.chip.show_filter(None if scope.everything else context.breadcrumb(holder))

    @guarded
    def _clear_scope(self) -> None:
        if self.context is not None:
            self._cleared_for = self.context.holder
            self._apply_scope(self.context)
            self._update_shown()

    def _update_counts(self) -> None:
        model = self.model
        counts = status_counts(((r.status, r.due_date) for r in model.rows()), self._today())
        if not counts:
            self.counts_label.setText(self.tr("No improvement actions yet."))
        else:
            parts = [fill(self.tr("%1 %2"), label(status), str(n)) for status, n in counts.items()]
            self.counts_label.setText(
                fill(self.tr("%1 actions: %2"), str(model.rowCount()), " · ".join(parts))
            )
        self._update_shown()

    def _update_shown(self) -> None:
        self.shown_label.setText(
            fill(self.tr("%1 of %2 shown"), str(self.proxy.rowCount()), str(self.model.rowCount()))
        )
        hidden_all = self.proxy.rowCount() == 0 and self.model.rowCount() > 0
        self.table.setVisible(not hidden_all)
        self.no_match.setVisible(hidden_all)
        if hidden_all:
            self.no_match.set_text(
                self.tr("No action matches the filter"),
                fill(
                    self.tr(
                        "All %1 actions are hidden by the status, the text or the unit filter."
                    ),
                    str(self.model.rowCount()),
                ),
            )

    @guarded
    def _show_all(self, _checked: bool = False) -> None:
        self.status_combo.setCurrentIndex(0)
        self.search.clear()
        if self.chip.isVisibleTo(self):
            self._clear_scope()

    @guarded
    def _status_chosen(self, _index: int) -> None:
        value = self.status_combo.currentData()
        self.proxy.set_status(ActionStatus(value) if value else None)
        self._update_shown()

    @guarded
    def _text_changed(self, text: str) -> None:
        self.proxy.set_text(text)
        self._update_shown()
