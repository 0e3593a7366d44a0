"""Goals tab (目标分解): the organisation and each holder's goals for the year, as a tree.

Pick a unit or a person to see their goals: weight, year target, progress to date,
SMART badges and the goal each contributes to. Each goal expands to the goals that
contribute to it, any holder's, read only when expanded (ui/models/goal_tree.py);
under them, for an additive KPI, their sum against the goal ("分解合计 vs 上级目标").
Alt+Up (or a click on the 上级目标 cell) goes to the goal above: its holder and the goal
are selected. Under the tree: the weights' total against 100 % and every goal whose
breakdown does not add up, with the numbers; nothing is corrected silently.

Keys in the tree: Insert adds a goal for the selected holder, F2 edits its description,
Enter opens the whole form, Delete archives it (after a dialog listing what depends on
it), Ctrl+Up/Down move it among the holder's goals. Each change is one store operation,
so one undo step; in a read-only document they are refused with a message.
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QCoreApplication, QEvent, QModelIndex, Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QMessageBox,
    QSplitter,
    QTreeView,
    QVBoxLayout,
    QWidget,
)

from perfdesk.core.goals import (
    Goal,
    decomposition_checks,
    weight_checks,
    weight_difference,
)
from perfdesk.core.kpi import Aggregation, Kpi, Status
from perfdesk.core.numbers import format_kpi_value
from perfdesk.core.periods import Granularity, Period, format_month_name, format_period
from perfdesk.core.progress import goal_progress, progress_from_totals
from perfdesk.core.smart import check, last_year_from_totals
from perfdesk.store.repo_goals import (
    NO_VALUES,
    archived_goals_of_owner,
    child_goals,
    goal_dependents,
    goals_by_id,
    goals_of_owner,
    goals_of_owners,
    month_actual_totals,
    period_values,
    previous_year_goals,
    value_totals,
    with_children,
)
from perfdesk.ui.context import DocumentContext
from perfdesk.ui.errors import show_message
from perfdesk.ui.guard import guarded
from perfdesk.ui.models.goal_table import GoalRow
from perfdesk.ui.models.goal_tree import Children, GoalTreeModel, SumRow
from perfdesk.ui.text import fill, plain
from perfdesk.ui.widgets.document_tab import DocumentTab
from perfdesk.ui.widgets.org_navigator import OrgNavigator
from perfdesk.ui.widgets.panels import NoGoals
from perfdesk.ui.widgets.shield import LayoutShield
from perfdesk.ui.widgets.status import StatusLegend, StatusLine
from perfdesk.ui.widgets.text_label import TextLabel
from perfdesk.ui.widgets.views import setup_view

_NAME_SHOWN = 60


def _say(line: StatusLine, text: str, status: Status | None) -> None:
    """Set a status line only where it changes: each set re-lays out the tab, and a
    look's style sheet re-polishes the label (a holder's goals shown again, or another
    holder's with the same look, change nothing)."""
    if line.text() != text:
        line.setText(text)
    if line.status is not status or (status is None and line.shape.isVisible()):
        line.set_look(status)


def _show(widget: QWidget, visible: bool) -> None:
    """Show or hide only on a change (each call re-lays out the pane)."""
    if widget.isHidden() == visible:
        widget.setVisible(visible)


class GoalsTab(DocumentTab):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.navigator = OrgNavigator()
        self.org_tree = self.navigator.tree
        self.title = TextLabel()
        self.title.setObjectName("tabTitle")
        self.model = GoalTreeModel(self)
        self.model.loader = self._children
        self.table = QTreeView()
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setUniformRowHeights(True)
        self.table.setAllColumnsShowFocus(True)
        self.table.setExpandsOnDoubleClick(False)  # a double click opens the form
        setup_view(self.table)
        self.table.header().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        self.table.header().setStretchLastSection(False)
        self.weight_label = StatusLine(one_line=True)
        self.sum_label = StatusLine(one_line=True)
        self.legend = StatusLegend()
        self.no_goals = NoGoals(self.org_tree.select_holder)
        self._select_after: str | None = None  # the goal to select once the holder is shown
        self._shown_holder: str | None = None
        self._bulk = False  # expanding a whole subtree: widen the KPI column once, after
        self._legend_for: tuple[Kpi, ...] | None = None  # the KPIs the legend states

        right = QWidget()
        layout = QVBoxLayout(right)
        layout.addWidget(self.title)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.no_goals, 1)
        layout.addWidget(self.legend)
        layout.addWidget(self.weight_label)
        layout.addWidget(self.sum_label)
        splitter = QSplitter(Qt.Orientation.Horizontal)
        splitter.addWidget(self.navigator)
        splitter.addWidget(right)
        splitter.setStretchFactor(1, 3)
        splitter.setSizes([260, 900])
        self.set_content(LayoutShield(splitter))
        self.goal_actions = self._build_actions()
        self.org_tree.holder_changed.connect(self._show_holder)
        self.table.doubleClicked.connect(guarded(lambda _index: self.open_form()))
        self.table.clicked.connect(guarded(self._clicked))
        self.table.expanded.connect(guarded(self._widen))
        self.watch(self.model)

    # -- actions ------------------------------------------------------------------------
    def _build_actions(self) -> dict[str, QAction]:
        entries = (
            ("add", self.tr("&Add Goal…"), ("Insert",), self.add_goal),
            ("rename", self.tr("&Edit Description"), ("F2",), lambda: self.open_form(title=True)),
            ("open", self.tr("&Open Goal…"), ("Return", "Enter"), self.open_form),
            ("archive", self.tr("A&rchive Goal…"), ("Delete",), self.archive_goal),
            ("up", self.tr("Move &Up"), ("Ctrl+Up",), lambda: self.move_goal(-1)),
            ("down", self.tr("Move &Down"), ("Ctrl+Down",), lambda: self.move_goal(1)),
            ("parent", self.tr("Go to &Parent Goal"), ("Alt+Up",), self.go_up),
            ("expand", self.tr("E&xpand All Below"), ("*",), self.expand_all),
            # The org tree's keys for the same pattern: Ctrl+Shift+R restores there too
            # (its action lives on the org trees only); Ctrl+Shift+H is the window's
            # Show Archived (units and people), so the goals' own toggle is Ctrl+Alt+H.
            ("show_archived", self.tr("Show Arc&hived Goals"), ("Ctrl+Alt+H",), None),
            ("restore", self.tr("Re&store Goal"), ("Ctrl+Shift+R",), self.restore_goal),
        )
        actions: dict[str, QAction] = {}
        for name, text, keys, slot in entries:
            action = QAction(self)
            action.setText(text)
            action.setShortcuts([QKeySequence(k) for k in keys])
            action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            if slot is None:  # a toggle
                action.setCheckable(True)
                action.toggled.connect(guarded(self._toggle_archived))
            else:
                action.triggered.connect(guarded(lambda _=False, s=slot: s()))
            self.table.addAction(action)
            actions[name] = action
        self.table.setContextMenuPolicy(Qt.ContextMenuPolicy.ActionsContextMenu)
        return actions

    @guarded
    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() == QEvent.Type.FontChange and self.model.rowCount():  # zoomed
            self._fit()

    def panes(self) -> list[QWidget]:
        return [self.navigator.search, self.org_tree, self.table]

    def load(self, context: DocumentContext) -> None:
        self.org_tree.set_org(context.units.values(), context.people.values())
        if not context.units:
            self.model.set_rows([])
            self.show_nothing(*self.empty.no_organisation())

    def clear(self) -> None:
        self.model.set_rows([])

    # -- rows -----------------------------------------------------------------------------
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
        totals = month_actual_totals(context.doc.conn, sorted(set(earlier.values())), months)
        found: dict[str, float | None] = {}
        for goal in goals:
            kpi = context.kpis.get(goal.kpi_id)
            if goal.id in earlier and kpi is not None:
                found[goal.id] = last_year_from_totals(kpi, totals.get(earlier[goal.id]))
        return found

    def _rows(
        self,
        goals: list[Goal],
        holder_names: bool,
        company_goal: bool,
        months: list[str] | None = None,
    ) -> list[GoalRow]:
        """Goal rows with progress to date, SMART verdicts and the goal each contributes to."""
        context = self.context
        assert context is not None
        conn = context.doc.conn
        if months is None:
            months = [m.key for m in context.months_to_focus()]
        # A ratio goal is judged from its holder's numerator and denominator goals.
        # The others from their values added up by one query (progress_from_totals).
        sides = [g for g in goals if self._aggregation(g) is Aggregation.RATIO]
        holder_goals = list(goals)
        targets: dict[tuple[str, str], float] = {}
        actuals: dict[tuple[str, str], float] = {}
        if sides:
            if holder_names:
                owners = sorted({g.owner_id for g in sides})
                holder_goals += [g for g in goals_of_owners(conn, owners, context.year)]
            targets, actuals = period_values(conn, sorted({g.id for g in holder_goals}), months)
        totals = value_totals(
            conn, [g.id for g in goals if self._aggregation(g) is not Aggregation.RATIO], months
        )
        parents = goals_by_id(conn, {g.parent_id for g in goals if g.parent_id})
        last_years = self._last_years(goals)
        rows = []
        for goal in goals:
            kpi = context.kpis.get(goal.kpi_id)
            if kpi is None:
                continue
            if kpi.aggregation is Aggregation.RATIO:
                progress = goal_progress(goal, kpi, holder_goals, targets, actuals, months)
            else:
                progress = progress_from_totals(
                    kpi, *totals.get(goal.id, NO_VALUES), goal.target_max
                )
            parent = parents.get(goal.parent_id or "")
            contributes = ""
            if parent is not None:
                parent_kpi = context.kpis.get(parent.kpi_id)
                contributes = (
                    f"{plain(context.owner_name(parent.owner_id))} · "
                    f"{plain(parent_kpi.name) if parent_kpi else ''}"
                )
            smart = check(goal, kpi, company_goal, last_years.get(goal.id))
            holder = plain(context.owner_name(goal.owner_id), _NAME_SHOWN) if holder_names else ""
            rows.append(GoalRow(goal, kpi, progress, contributes, smart, holder))
        return rows

    def _aggregation(self, goal: Goal) -> Aggregation | None:
        kpi = self.context.kpis.get(goal.kpi_id) if self.context is not None else None
        return kpi.aggregation if kpi is not None else None

    def _additive(self) -> set[str]:
        assert self.context is not None
        return {k.id for k in self.context.kpis.values() if k.aggregation is Aggregation.SUM}

    def _children(self, parents: Sequence[GoalRow]) -> dict[str, Children]:
        """The goals contributing to each of `parents` (read when expanded, one read for
        all of them), their own expand marks, and their sum against the parent for an
        additive KPI."""
        context = self.context
        if context is None:
            return {}
        conn = context.doc.conn
        goals = child_goals(conn, [p.goal.id for p in parents])
        rows = self._rows(goals, holder_names=True, company_goal=False)
        marked = with_children(conn, [g.id for g in goals])
        additive = self._additive()
        by_parent: dict[str, list[GoalRow]] = {}
        for row in rows:
            by_parent.setdefault(row.goal.parent_id or "", []).append(row)
        found = {}
        for parent in parents:
            mine = by_parent.get(parent.goal.id, [])
            checks = decomposition_checks([parent.goal], [r.goal for r in mine], additive)
            total = SumRow(checks[0], parent.kpi) if checks else None
            found[parent.goal.id] = Children(mine, marked, total)
        return found

    def expand_all(self) -> None:
        """Open the selected goal and everything below it (the * key)."""
        index = self.table.currentIndex().siblingAtColumn(0)
        if not index.isValid():
            return
        self.model.load_subtree(index)
        self._bulk = True
        try:
            self.table.expandRecursively(index)
        finally:
            self._bulk = False
        texts: list[tuple[str, int]] = []
        depth = 1
        parent = index
        while parent.isValid():
            depth += 1
            parent = parent.parent()
        level, todo = depth, [index]
        while todo:  # a level at a time, each row's first column only
            below = []
            for current in todo:
                for r in range(self.model.rowCount(current)):
                    child = self.model.index(r, 0, current)
                    texts.append((self.model.first_text(child), level))
                    below.append(child)
            todo, level = below, level + 1
        self._widen_to(texts)

    @guarded
    def _show_holder(self, holder_id: str) -> None:
        context = self.context
        if context is None:
            return
        conn = context.doc.conn
        again = holder_id == self._shown_holder  # a refresh after a change: keep the place
        current = self.selected_row() if again else None
        chosen = self._select_after or (current.goal.id if current is not None else None)
        self._select_after = None
        opened = self._expanded() if again else []
        self._shown_holder = holder_id
        goals = goals_of_owner(conn, holder_id, context.year)
        company = context.units.get(holder_id)
        company_goal = company is not None and company.parent_id is None
        to_date = context.months_to_focus()
        months = [m.key for m in to_date]
        rows = self._rows(goals, holder_names=False, company_goal=company_goal, months=months)
        # Archived goals on request: after the live ones, greyed and marked, to restore;
        # weights and sums stay those of the live goals.
        archived = []
        if self.goal_actions["show_archived"].isChecked():
            hidden = archived_goals_of_owner(conn, holder_id, context.year)
            archived = self._rows(hidden, False, company_goal, months)
        below = child_goals(conn, [row.goal.id for row in (*rows, *archived)])
        self.model.elapsed = len(to_date) / 12
        self.model.set_rows([*rows, *archived], {g.parent_id for g in below if g.parent_id})
        self.table.setColumnHidden(
            GoalTreeModel.COL_PARENT, not any(row.contributes_to for row in rows)
        )
        self._fit()
        lang = context.language
        self.title.setText(
            fill(
                self.tr("Goals of %1 for %2, progress to %3"),
                context.breadcrumb(holder_id),
                format_period(Period(Granularity.YEAR, context.focus.year), lang),
                format_month_name(to_date[-1] if to_date else context.focus, lang),
            )
        )
        self._show_weights([row.goal for row in rows])
        self._show_sums(rows, below)
        shown_kpis = {row.kpi.id: row.kpi for row in rows}
        legend_for = tuple(shown_kpis.values())
        if legend_for != self._legend_for:  # the same KPIs (as defined now): the same legend
            self._legend_for = legend_for
            self.legend.set_kpis(legend_for)
        for widget in (self.table, self.legend, self.weight_label):
            _show(widget, bool(rows or archived))
        _show(self.no_goals, not rows and not archived)
        if not rows and not archived:
            self.no_goals.show_for(context, holder_id)
        for goal_id in opened:
            found = self.model.find(goal_id)
            if found.isValid():
                self.table.expand(found)
        index = self.model.find(chosen) if chosen else QModelIndex()
        if not index.isValid() and rows:
            index = self.model.index(0, 0)
        if index.isValid():
            self.table.setCurrentIndex(index)
            self.table.scrollTo(index)

    def _expanded(self) -> list[str]:
        """The top-level goals open in the tree (opened again after a refresh)."""
        found = []
        for r in range(self.model.rowCount()):
            index = self.model.index(r, 0)
            if self.table.isExpanded(index):
                found.append(self.model.row(r).goal.id)
        return found

    def _fit(self) -> None:
        """Columns sized to their header and the holder's goals' texts, measured here
        (Qt's resizeColumnToContents asks the delegate for every cell's size hint)."""
        metrics = self.table.fontMetrics()
        header = self.table.header()
        cap = metrics.averageCharWidth() * 40
        pad = metrics.averageCharWidth() * 2
        for column in range(self.model.columnCount()):
            if self.table.isColumnHidden(column):
                continue
            texts = self.model.top_texts(column)
            if column == GoalTreeModel.COL_STATUS:  # the sum rows' words, once expanded
                texts |= set(self.model.sum_words())
            widest = max([0, *(metrics.horizontalAdvance(t) for t in texts)]) + pad
            if column == GoalTreeModel.COL_KPI:  # room for the branch marks and two levels
                widest += self.table.indentation() * 3
            if column == GoalTreeModel.COL_STATUS:  # the status mark, and its spacing
                widest += metrics.height() + metrics.averageCharWidth() * 3
            self.table.setColumnWidth(column, min(max(widest, header.sectionSizeHint(column)), cap))

    def _widen(self, index: QModelIndex) -> None:
        """An expanded goal's children name their holder before the KPI, one level further
        in: the KPI column grows to show them (up to a cap), never shrinks."""
        if self._bulk:
            return  # expand_all widens once at the end
        depth = 1
        parent = index
        while parent.isValid():
            depth += 1
            parent = parent.parent()
        self._widen_to(
            [
                (self.model.first_text(self.model.index(r, 0, index)), depth)
                for r in range(self.model.rowCount(index))
            ]
        )

    def _widen_to(self, texts: list[tuple[str, int]]) -> None:
        metrics = self.table.fontMetrics()
        step = self.table.indentation()
        widths = {(t, d): metrics.horizontalAdvance(t) + step * d for t, d in set(texts)}
        needed = max([0, *widths.values()]) + metrics.averageCharWidth() * 2
        cap = metrics.averageCharWidth() * 48
        column = GoalTreeModel.COL_KPI
        if needed > self.table.columnWidth(column):
            self.table.setColumnWidth(column, min(needed, cap))

    def _show_weights(self, goals: list[Goal]) -> None:
        if not goals:
            _say(self.weight_label, "", None)
            return
        checks = weight_checks(goals)
        bad = [c for c in checks if not c.ok]
        if bad:
            gap = weight_difference(bad[0])
            text = fill(
                self.tr("Weights add up to %1%, not 100%: %2 percentage points %3."),
                f"{bad[0].total:g}",
                f"{abs(gap):g}",
                self.tr("too many") if gap > 0 else self.tr("short"),
            )
            _say(self.weight_label, text, Status.RED)
        else:
            _say(self.weight_label, self.tr("Weights add up to 100%."), Status.GREEN)

    def _show_sums(self, rows: list[GoalRow], below: list[Goal]) -> None:
        """Every goal of the holder whose breakdown does not add up to it, with numbers."""
        checks = decomposition_checks([r.goal for r in rows], below, self._additive())
        kpis = {r.goal.id: r.kpi for r in rows}
        bad = [c for c in checks if not c.ok]
        _show(self.sum_label, bool(checks))
        if not checks:
            _say(self.sum_label, "", None)
            return
        if not bad:
            text = fill(
                self.tr("Every breakdown checked adds up to its goal (%1 goals)."), len(checks)
            )
            _say(self.sum_label, text, Status.GREEN)
            return
        lines = []
        for found in bad:
            kpi = kpis[found.parent_id]
            lines.append(
                fill(
                    self.tr("%1: breakdown %2 vs goal %3, difference %4"),
                    plain(kpi.name, _NAME_SHOWN),
                    format_kpi_value(found.children_total, kpi.decimals, kpi.unit),
                    format_kpi_value(found.parent_target, kpi.decimals, kpi.unit),
                    ("+" if found.difference > 0 else "")
                    + format_kpi_value(found.difference, kpi.decimals, kpi.unit),
                )
            )
        text = fill(self.tr("Breakdown does not add up — %1"), "; ".join(lines))
        _say(self.sum_label, text, Status.RED)

    # -- the selection ----------------------------------------------------------------
    def selected_row(self) -> GoalRow | None:
        index = self.table.currentIndex()
        return self.model.goal_row(index) if index.isValid() else None

    def select_goal(self, goal_id: str, holder_id: str) -> bool:
        """Show `holder_id`'s goals with `goal_id` selected (the tree follows)."""
        self._select_after = goal_id
        if self.org_tree.current_holder() == holder_id:
            self._show_holder(holder_id)
        elif not self.org_tree.select_holder(holder_id):
            self._select_after = None
            return False
        index = self.model.find(goal_id)
        if index.isValid():
            self.table.setCurrentIndex(index)
            self.table.setFocus()
        return index.isValid()

    @guarded
    def _clicked(self, index: QModelIndex) -> None:
        if index.column() == GoalTreeModel.COL_PARENT and self.model.goal_row(index) is not None:
            self.go_up(index)

    def go_up(self, index: QModelIndex | None = None) -> bool:
        """Select the goal the selected one contributes to, and its holder."""
        context = self.context
        row = self.model.goal_row(index) if index is not None else self.selected_row()
        if context is None or row is None or row.goal.parent_id is None:
            self._status(self.tr("This goal does not contribute to a goal above it."))
            return False
        parent = goals_by_id(context.doc.conn, [row.goal.parent_id]).get(row.goal.parent_id)
        if parent is None or parent.archived:
            self._status(self.tr("The goal above is archived or gone."))
            return False
        return self.select_goal(parent.id, parent.owner_id)

    def _status(self, text: str) -> None:
        window = self.window()
        bar = getattr(window, "statusBar", None)
        if bar is not None:
            bar().showMessage(text, 8000)

    # -- editing ------------------------------------------------------------------------
    def _writable(self, title: str) -> bool:
        context = self.context
        if context is None:
            return False
        if context.doc.read_only:
            show_message(
                self.window(),
                QMessageBox.Icon.Information,
                title,
                QCoreApplication.translate(
                    "OpRunner", "This document is open read-only; nothing was changed."
                ),
            )
            return False
        return True

    def add_goal(self) -> None:
        holder = self.org_tree.current_holder()
        title = self.tr("Add Goal")
        if not self._writable(title):
            return
        if holder is None:
            self._status(self.tr("Select a unit or person in the organisation tree first."))
            return
        from perfdesk.ui.goal_form import edit_goal_form

        done = edit_goal_form(self, holder, None)
        if done is not None:
            self._select_after = done
            self._show_holder(holder)

    def open_form(self, title: bool = False) -> None:
        row = self.selected_row()
        if row is None:
            self._status(self.tr("Select a goal first."))
            return
        if not self._writable(self.tr("Edit Goal")):
            return
        from perfdesk.ui.goal_form import edit_goal_form

        edit_goal_form(self, row.goal.owner_id, row, focus_title=title)

    def archive_goal(self) -> None:
        from perfdesk.store import ops
        from perfdesk.ui.op_runner import run_op

        row = self.selected_row()
        heading = self.tr("Archive Goal")
        if row is None or not self._writable(heading) or self.context is None:
            return
        if row.goal.archived:
            self._status(self.tr("This goal is archived already: Ctrl+Shift+R restores it."))
            return
        found = goal_dependents(self.context.doc.conn, row.goal.id)
        counts = [
            (found.children, self.tr("Goals contributing to it: %1 (they stay, still linked)")),
            (found.values, self.tr("Period targets and actuals: %1 (kept)")),
            (found.actions, self.tr("Improvement actions on it: %1")),
            (found.notes, self.tr("Deviation notes: %1 (kept)")),
        ]
        lines = [fill(text, count) for count, text in counts if count]
        listed = "\n".join(lines) if lines else self.tr("Nothing depends on it.")
        from perfdesk.ui.kpi_library import ask

        name = plain(f"{row.kpi.name} {row.goal.title}".strip(), _NAME_SHOWN)
        if not ask(
            self,
            heading,
            fill(self.tr("Archive the goal “%1”?"), name),
            fill(
                self.tr(
                    "%1\n\nArchiving hides the goal and keeps its history; nothing is "
                    "deleted. Edit → Undo brings it back."
                ),
                listed,
            ),
        ):
            return
        holder = row.goal.owner_id
        if run_op(
            self.window(), heading, lambda d: ops.set_archived(d, "goals", row.goal.id, True)
        ):
            self._show_holder_if(holder)

    def _toggle_archived(self, _on: bool) -> None:
        holder = self.org_tree.current_holder()
        if holder is not None and self.context is not None:
            self._show_holder(holder)

    def restore_goal(self) -> None:
        """Bring the selected archived goal back: one undo step."""
        from perfdesk.store import ops
        from perfdesk.ui.op_runner import run_op

        row = self.selected_row()
        heading = self.tr("Restore Goal")
        if row is None or not row.goal.archived:
            self._status(
                self.tr("Select an archived goal (Show Archived Goals, Ctrl+Alt+H) to restore.")
            )
            return
        if not self._writable(heading):
            return
        self._select_after = row.goal.id
        if run_op(
            self.window(), heading, lambda d: ops.set_archived(d, "goals", row.goal.id, False)
        ):
            self._show_holder_if(row.goal.owner_id)

    def move_goal(self, step: int) -> None:
        from perfdesk.store import ops
        from perfdesk.ui.op_runner import run_op

        row = self.selected_row()
        heading = self.tr("Move Goal")
        if row is None or not self._writable(heading):
            return
        if row.goal.archived:
            self._status(self.tr("An archived goal keeps its place: restore it first."))
            return
        if self.table.currentIndex().parent().isValid():
            self._status(self.tr("Goals are ordered among their holder's own goals."))
            return
        place = self.table.currentIndex().row()
        if not 0 <= place + step < self.model.rowCount():
            return
        self._select_after = row.goal.id
        if run_op(self.window(), heading, lambda d: ops.move_goal(d, row.goal.id, step)):
            self._show_holder_if(row.goal.owner_id)

    def _show_holder_if(self, holder: str) -> None:
        """After a change: the holder's goals again (the window's refresh may have
        already shown them; this keeps the selection on the changed goal)."""
        if self.org_tree.current_holder() == holder and self.context is not None:
            self._show_holder(holder)
