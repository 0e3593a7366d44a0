"""KPI entry tab (KPI录入): actual values of a unit's or person's goals by month.

This first version shows the grid read-only with status colours against each
month's target; typing, pasting, importing and deviation notes arrive with the
KPI entry feature.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import (
    QCheckBox,
    QHBoxLayout,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from perfdesk.core.org import descendants
from perfdesk.core.periods import format_period
from perfdesk.core.progress import goal_progress
from perfdesk.store.repo_goals import goals_of_owners, period_values
from perfdesk.ui.context import DocumentContext
from perfdesk.ui.guard import guarded
from perfdesk.ui.models.actual_grid import ActualGridModel, GridRow
from perfdesk.ui.text import fill, plain
from perfdesk.ui.widgets.document_tab import DocumentTab
from perfdesk.ui.widgets.org_tree import OrgTree
from perfdesk.ui.widgets.panels import NoGoals, read_only_notice
from perfdesk.ui.widgets.status import StatusLegend
from perfdesk.ui.widgets.text_label import TextLabel
from perfdesk.ui.widgets.views import setup_view


class KpiTab(DocumentTab):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._holder: str | None = None
        self.org_tree = OrgTree()
        self.title = TextLabel()
        self.include_members = QCheckBox(self.tr("Include the goals of its teams and people"))
        self.include_members.setToolTip(self.tr("Show every goal held inside the selected unit"))
        self.model = ActualGridModel(self)
        self.table = QTableView()
        self.table.setModel(self.model)
        setup_view(self.table)
        self.table.setAlternatingRowColors(False)
        self.table.horizontalHeader().setDefaultSectionSize(78)

        right = QWidget()
        layout = QVBoxLayout(right)
        top = QHBoxLayout()
        top.addWidget(self.title, 1)
        top.addWidget(self.include_members)
        layout.addLayout(top)
        layout.addWidget(self.table, 1)
        # No goals here: look one level up, or include the goals of its teams and people.
        self.include_action = QAction(self.include_members.text(), self)
        self.include_action.triggered.connect(
            guarded(lambda _checked=False: self.include_members.setChecked(True))
        )
        self.no_goals = NoGoals(self.org_tree.select_holder, [self.include_action])
        layout.addWidget(self.no_goals, 1)
        self.legend = StatusLegend()
        layout.addWidget(self.legend)
        layout.addWidget(
            read_only_notice(
                self.tr(
                    "Read-only view: typing and pasting values, imports, deviation notes and "
                    "charts are not available in this version yet."
                )
            )
        )
        splitter = QSplitter(Qt.Orientation.Horizontal)
        splitter.addWidget(self.org_tree)
        splitter.addWidget(right)
        splitter.setStretchFactor(1, 3)
        splitter.setSizes([260, 900])
        self.set_content(splitter)
        self.org_tree.holder_changed.connect(self._show_holder)
        self.include_members.toggled.connect(lambda _on: self._show_holder(self._holder))
        self.watch(self.model)

    def panes(self) -> list[QWidget]:
        return [self.org_tree, self.include_members, self.table]

    def load(self, context: DocumentContext) -> None:
        self.org_tree.set_org(context.units.values(), context.people.values())
        if not context.units:
            self.model.set_rows([], [])
            self.show_nothing(*self.empty.no_organisation())

    def clear(self) -> None:
        self.model.set_rows([], [])

    def _holders(self, holder_id: str) -> list[str]:
        """The holder, plus (when asked) the teams and people inside a unit."""
        context = self.context
        assert context is not None
        if not self.include_members.isChecked() or holder_id in context.people:
            return [holder_id]
        units = {holder_id} | descendants(holder_id, context.units.values())
        people = [p.id for p in context.people.values() if p.unit_id in units]
        return [holder_id, *sorted(units - {holder_id}), *people]

    @guarded
    def _show_holder(self, holder_id: str | None) -> None:
        context = self.context
        self._holder = holder_id
        if context is None or holder_id is None:
            return
        months = context.months_of_year()
        keys = [m.key for m in months]
        to_focus = len(context.months_to_focus())
        goals = goals_of_owners(context.doc.conn, self._holders(holder_id), context.year)
        targets, actuals = period_values(context.doc.conn, [g.id for g in goals], keys)
        rows = []
        for goal in goals:
            kpi = context.kpis.get(goal.kpi_id)
            if kpi is None:
                continue
            row_targets = tuple(targets.get((goal.id, k)) for k in keys)
            row_actuals = tuple(actuals.get((goal.id, k)) for k in keys)
            progress = goal_progress(goal, kpi, goals, targets, actuals, keys[:to_focus])
            rows.append(
                GridRow(
                    goal, kpi, context.owner_name(goal.owner_id), row_targets, row_actuals, progress
                )
            )
        lang = context.language
        self.model.set_rows([format_period(m, lang) for m in months], rows, judged=to_focus)
        self.table.resizeColumnToContents(ActualGridModel.COL_KPI)
        cap = self.table.fontMetrics().averageCharWidth() * 40
        if self.table.columnWidth(ActualGridModel.COL_KPI) > cap:
            self.table.setColumnWidth(ActualGridModel.COL_KPI, cap)
        self.title.setText(
            fill(self.tr("Actuals of %1, %2"), plain(context.owner_name(holder_id)), context.year)
        )
        self._show_no_goals(context, holder_id, bool(rows))

    def _show_no_goals(self, context: DocumentContext, holder_id: str, any_rows: bool) -> None:
        for widget in (self.table, self.legend):
            widget.setVisible(any_rows)
        self.no_goals.setVisible(not any_rows)
        if not any_rows:
            self.no_goals.show_for(context, holder_id)
            unit = holder_id in context.units
            self.include_action.setVisible(unit and not self.include_members.isChecked())
