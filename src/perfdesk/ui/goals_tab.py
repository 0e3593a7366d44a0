"""Goals tab (目标分解): the organisation and each holder's goals for the year.

This version shows the goal decomposition read-only: pick a unit or a person to
see their goals, weights, year targets, progress to date and the goal each
contributes to. The org tree itself is editable (ui/org_editing.py); editing goals
arrives with the goal-decomposition feature.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from perfdesk.core.goals import Goal, weight_checks
from perfdesk.core.kpi import Status
from perfdesk.core.periods import Granularity, Period, format_month_name, format_period
from perfdesk.core.progress import goal_progress
from perfdesk.core.smart import check, last_year_value
from perfdesk.store.repo_goals import (
    goals_by_id,
    goals_of_owner,
    period_values,
    previous_year_goals,
)
from perfdesk.ui.context import DocumentContext
from perfdesk.ui.guard import guarded
from perfdesk.ui.models.goal_table import GoalRow, GoalTableModel
from perfdesk.ui.text import fill, plain
from perfdesk.ui.widgets.document_tab import DocumentTab
from perfdesk.ui.widgets.org_navigator import OrgNavigator
from perfdesk.ui.widgets.panels import NoGoals, read_only_notice
from perfdesk.ui.widgets.status import StatusLegend, StatusLine
from perfdesk.ui.widgets.text_label import TextLabel
from perfdesk.ui.widgets.views import WidthKeeper, fit_columns, setup_view


class GoalsTab(DocumentTab):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.navigator = OrgNavigator()
        self.org_tree = self.navigator.tree
        self.title = TextLabel()
        self.title.setObjectName("tabTitle")
        self.model = GoalTableModel(self)
        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        setup_view(self.table)
        self.table.verticalHeader().setVisible(False)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        # No stretching column: 上级目标 (contributes to) was stretched over half the width,
        # empty at the top of the tree; it is sized to its text, and hidden when empty.
        self.table.horizontalHeader().setStretchLastSection(False)
        self.widths = WidthKeeper(self.table, (GoalTableModel.COL_PARENT, GoalTableModel.COL_KPI))
        self.weight_label = StatusLine()
        self.legend = StatusLegend()
        self.no_goals = NoGoals(self.org_tree.select_holder)

        right = QWidget()
        layout = QVBoxLayout(right)
        layout.addWidget(self.title)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.no_goals, 1)
        layout.addWidget(self.legend)
        layout.addWidget(self.weight_label)
        layout.addWidget(
            read_only_notice(
                self.tr(
                    "The organisation can be edited now (Organisation menu, or right-click the "
                    "tree); creating and editing goals, cascading and period splits are not "
                    "available in this version yet."
                )
            )
        )
        splitter = QSplitter(Qt.Orientation.Horizontal)
        splitter.addWidget(self.navigator)
        splitter.addWidget(right)
        splitter.setStretchFactor(1, 3)
        splitter.setSizes([260, 900])
        self.set_content(splitter)
        self.org_tree.holder_changed.connect(self._show_holder)
        self.watch(self.model)

    @guarded
    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() == QEvent.Type.FontChange and self.model.rowCount():  # zoomed
            fit_columns(self.table)
            self.widths.fitted()

    def panes(self) -> list[QWidget]:
        return [self.navigator.search, self.org_tree, self.table]

    def load(self, context: DocumentContext) -> None:
        self.org_tree.set_org(context.units.values(), context.people.values())
        if not context.units:
            self.model.set_rows([])
            self.show_nothing(*self.empty.no_organisation())

    def clear(self) -> None:
        self.model.set_rows([])

    def _last_years(self, goals: list[Goal]) -> dict[str, float | None]:
        """Each goal's holder's actual for its KPI over the year before (SMART's A)."""
        context = self.context
        if context is None:
            return {}
        earlier = previous_year_goals(context.doc.conn, goals)
        if not earlier:
            return {}
        year_before = Period(Granularity.YEAR, int(context.year) - 1)
        months = [month.key for month in year_before.children(Granularity.MONTH)]
        _targets, actuals = period_values(context.doc.conn, list(earlier.values()), months)
        found: dict[str, float | None] = {}
        for goal in goals:
            kpi = context.kpis.get(goal.kpi_id)
            if goal.id in earlier and kpi is not None:
                before = earlier[goal.id]
                found[goal.id] = last_year_value(kpi, [actuals.get((before, m)) for m in months])
        return found

    @guarded
    def _show_holder(self, holder_id: str) -> None:
        context = self.context
        if context is None:
            return
        goals = goals_of_owner(context.doc.conn, holder_id, context.year)
        months = [m.key for m in context.months_to_focus()]
        targets, actuals = period_values(context.doc.conn, [g.id for g in goals], months)
        parents = goals_by_id(context.doc.conn, [g.parent_id for g in goals if g.parent_id])
        last_years = self._last_years(goals)
        company = context.units.get(holder_id)
        company_goal = company is not None and company.parent_id is None
        rows = []
        for goal in goals:
            kpi = context.kpis.get(goal.kpi_id)
            if kpi is None:
                continue
            progress = goal_progress(goal, kpi, goals, targets, actuals, months)
            parent = parents.get(goal.parent_id or "")
            contributes = ""
            if parent is not None:
                parent_kpi = context.kpis.get(parent.kpi_id)
                contributes = (
                    f"{plain(context.owner_name(parent.unit_id or parent.person_id))} · "
                    f"{plain(parent_kpi.name) if parent_kpi else ''}"
                )
            smart = check(goal, kpi, company_goal, last_years.get(goal.id))
            rows.append(GoalRow(goal, kpi, progress, contributes, smart))
        self.model.elapsed = len(months) / 12
        self.model.set_rows(rows)
        column = GoalTableModel.COL_PARENT
        self.table.setColumnHidden(column, not any(row.contributes_to for row in rows))
        fit_columns(self.table)
        self.widths.fitted()
        lang = context.language
        to_date = context.months_to_focus()
        self.title.setText(
            fill(
                self.tr("Goals of %1 for %2, progress to %3"),
                context.breadcrumb(holder_id),
                format_period(Period(Granularity.YEAR, context.focus.year), lang),
                format_month_name(to_date[-1] if to_date else context.focus, lang),
            )
        )
        self._show_weights([row.goal for row in rows])
        self.legend.set_kpis({row.kpi.id: row.kpi for row in rows}.values())
        for widget in (self.table, self.legend, self.weight_label):
            widget.setVisible(bool(rows))
        self.no_goals.setVisible(not rows)
        if not rows:
            self.no_goals.show_for(context, holder_id)

    def _show_weights(self, goals: list[Goal]) -> None:
        if not goals:
            self.weight_label.setText("")
            self.weight_label.set_look(None)
            return
        checks = weight_checks(goals)
        bad = [c for c in checks if not c.ok]
        if bad:
            self.weight_label.setText(
                fill(self.tr("Weights add up to %1%, not 100%."), f"{bad[0].total:g}")
            )
            self.weight_label.set_look(Status.RED)
        else:
            self.weight_label.setText(self.tr("Weights add up to 100%."))
            self.weight_label.set_look(Status.GREEN)
