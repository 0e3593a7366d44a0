"""Actions tab (改进行动): the register of improvement actions, the detail of the selected
one, and every step of its life (add/edit, submit, accept or return with a reason, 10-day
reports, done, verification, cancel).

The register is a RowsModel behind ActionFilter (ui/action_register.py: department,
owner, status, due window, meeting, "my departments", text), with counts per status
that filter when clicked. Grouped by department or owner, each group gets a header row
(its counts of the rows shown) that collapses and expands; every mapping between the
lines shown and the actions is ActionFilter's. Header rows are not actions: no detail,
no commands, and Ctrl+C copies their text as the first cell of a row. Reminders
(due within 7 days, overdue, missing this 旬's report) sit above the register. The
writes go through store.ops via the window's `run_op` (one undo step each).
"""

from __future__ import annotations

import datetime
from collections import Counter
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import (
    QEvent,
    QItemSelectionModel,
    QModelIndex,
    QObject,
    QSize,
    Qt,
)
from PySide6.QtGui import QAction, QKeyEvent, QMouseEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QSplitter,
    QTableView,
    QToolBar,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from perfdesk.core.actions import (
    STATUS_ORDER,
    ActionStatus,
    reminders,
    verify,
)
from perfdesk.core.kpi import Direction
from perfdesk.core.org import Scope, ordered_children, scope_of, tree_order
from perfdesk.store.repo_actions import (
    ActionRow,
    action_detail,
    action_goals,
    goal_actual,
    goal_choices,
    list_actions,
    my_units,
    reported_this_period,
    result_after_due,
    stored_plan,
)
from perfdesk.ui.action_register import (
    ALL,
    GROUPINGS,
    MONTH,
    NO_DUE,
    OVERDUE,
    WEEK,
    ActionFilter,
    span_headers,
)
from perfdesk.ui.context import DocumentContext
from perfdesk.ui.guard import guarded
from perfdesk.ui.labels import label
from perfdesk.ui.models.action_table import ActionTableModel
from perfdesk.ui.text import fill, plain
from perfdesk.ui.widgets.document_tab import DocumentTab
from perfdesk.ui.widgets.filter_chip import FilterChip
from perfdesk.ui.widgets.panels import EmptyState
from perfdesk.ui.widgets.views import WidthKeeper, fit_columns, setup_view

# The grouping setting's value for each group column (ui/settings.ACTIONS_GROUP).
_GROUP_NAMES = {ActionTableModel.COL_UNIT: "unit", ActionTableModel.COL_OWNER: "owner"}
assert set(_GROUP_NAMES) == set(GROUPINGS)

# The source, the co-departments and the KPI give up width first (first gives first);
# the title keeps up to 260 px and the register scrolls sideways past that.
_FLEXIBLE = (
    ActionTableModel.COL_MEETING,
    ActionTableModel.COL_CO_UNITS,
    ActionTableModel.COL_KPI,
)


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
        self._org_order_of: tuple[Any, Any] = (None, None)  # the units and people it follows
        self.proxy.setSourceModel(self.model)
        self.table = QTableView()
        self.table.setModel(self.proxy)
        self.table.setSortingEnabled(True)
        self.table.sortByColumn(ActionTableModel.COL_DUE, Qt.SortOrder.AscendingOrder)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        setup_view(self.table)
        self.table.verticalHeader().setVisible(False)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.installEventFilter(self)
        self.table.doubleClicked.connect(self._double_clicked)

        from perfdesk.ui.action_detail import ActionDetailPane
        from perfdesk.ui.action_reminders import RemindersBar

        self.detail = ActionDetailPane()
        self.detail.open_source.connect(self._open_source)
        self.reminders = RemindersBar()
        self.reminders.chosen.connect(self.select_action)

        self.title = QLabel(self.tr("Improvement actions"))
        self.title.setObjectName("tabTitle")
        self.title.setStyleSheet("QLabel#tabTitle { font-size: 15pt; font-weight: bold; }")
        self.counts_label = QLabel()
        # A toolbar: the counts that do not fit go behind its extension arrow, so a long
        # list of statuses never widens the window.
        self.count_bar = QToolBar()
        self.count_bar.addWidget(self.counts_label)
        self.count_buttons: dict[ActionStatus, QAction] = {}
        for status in STATUS_ORDER:
            button = QAction(self)
            button.setCheckable(True)
            button.setToolTip(self.tr("Show only the actions with this status"))
            button.triggered.connect(guarded(lambda _c=False, s=status: self._count_clicked(s)))
            self.count_buttons[status] = button
            self.count_bar.addAction(button)

        self.status_combo = QComboBox()
        self.status_combo.addItem(self.tr("All"), None)
        for status in STATUS_ORDER:
            self.status_combo.addItem(label(status), status.value)
        self.status_combo.setToolTip(self.tr("Show only the actions with this status"))
        self.unit_combo = QComboBox()
        self.unit_combo.setToolTip(self.tr("Responsible or co-department"))
        self.owner_combo = QComboBox()
        self.meeting_combo = QComboBox()
        self.due_combo = QComboBox()
        for key, text in (
            (ALL, self.tr("Any due date")),
            (OVERDUE, self.tr("Overdue")),
            (WEEK, self.tr("Due within 7 days")),
            (MONTH, self.tr("Due within 30 days")),
            (NO_DUE, self.tr("No due date")),
        ):
            self.due_combo.addItem(text, key)
        for combo in (
            self.status_combo,
            self.unit_combo,
            self.owner_combo,
            self.meeting_combo,
            self.due_combo,
        ):
            # Names from the file never widen the window: the combo shows what fits.
            combo.setSizeAdjustPolicy(
                QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
            )
            combo.setMinimumContentsLength(8)
        self.mine = QCheckBox(self.tr("My departments"))
        self.mine.setToolTip(self.tr("Only the actions of this document's department"))
        self.group_combo = QComboBox()
        self.group_combo.addItem(self.tr("No grouping"), None)
        self.group_combo.addItem(self.tr("Group by department"), ActionTableModel.COL_UNIT)
        self.group_combo.addItem(self.tr("Group by owner"), ActionTableModel.COL_OWNER)
        self.group_combo.setToolTip(
            self.tr(
                "Actions under a header row per department or owner; Left and Right (or "
                "Enter) on a header collapse and expand it"
            )
        )
        self.expand_all = QAction(self.tr("Expand All"), self)
        self.expand_all.setToolTip(self.tr("Show the actions of every group"))
        self.expand_all.triggered.connect(
            guarded(lambda _c=False: self.proxy.set_all_expanded(True))
        )
        self.collapse_all = QAction(self.tr("Collapse All"), self)
        self.collapse_all.setToolTip(self.tr("Show only the group header rows"))
        self.collapse_all.triggered.connect(
            guarded(lambda _c=False: self.proxy.set_all_expanded(False))
        )
        group_buttons = []
        for command in (self.expand_all, self.collapse_all):
            command.setEnabled(False)
            group_button = QToolButton()
            group_button.setDefaultAction(command)
            group_buttons.append(group_button)
        self.search = QLineEdit()
        self.search.setPlaceholderText(self.tr("Filter by action, unit or owner (Ctrl+F)"))
        self.search.setClearButtonEnabled(True)
        self.search.setMinimumWidth(120)
        self.search.returnPressed.connect(self._search_enter)
        self.shown_label = QLabel()
        self.chip = FilterChip()
        self.chip.cleared.connect(self._clear_scope)
        self._cleared_for: str | None = None  # the selection the user chose to see past
        self._my_units: frozenset[str] = frozenset()  # the document's own department
        self._reminded: tuple[Any, ...] | None = None  # what the reminders were made for
        self._detail_shown: Any = None  # what the detail pane shows now
        self.widths = WidthKeeper(self.table, _FLEXIBLE)

        self.toolbar = QToolBar()
        self.new_action = self._tool(self.tr("New Action…"), self.new_clicked)
        self.edit_action = self._tool(self.tr("Edit…"), self.edit_clicked)
        self.submit_action = self._tool(self.tr("Submit"), self.submit_clicked)
        self.accept_action = self._tool(self.tr("Accept"), self.accept_clicked)
        self.return_action = self._tool(self.tr("Return…"), self.return_clicked)
        self.done_action = self._tool(self.tr("Mark Done"), self.done_clicked)
        self.verify_action = self._tool(self.tr("Verify…"), self.verify_clicked)
        self.cancel_action = self._tool(self.tr("Cancel Action…"), self.cancel_clicked)
        self.toolbar.addSeparator()
        self.reports_action = self._tool(self.tr("10-Day Reports…"), self.reports_clicked)

        filters = QHBoxLayout()
        filters.addWidget(self.chip)
        filters.addWidget(QLabel(self.tr("Status:")))
        filters.addWidget(self.status_combo)
        filters.addWidget(self.unit_combo)
        filters.addWidget(self.owner_combo)
        filters.addWidget(self.due_combo)
        bar = QHBoxLayout()
        bar.addWidget(self.meeting_combo)
        bar.addWidget(self.mine)
        bar.addWidget(self.group_combo)
        for group_button in group_buttons:
            bar.addWidget(group_button)
        bar.addWidget(self.search, 1)
        bar.addWidget(self.shown_label)

        register = QWidget()
        register_layout = QVBoxLayout(register)
        register_layout.setContentsMargins(0, 0, 0, 0)
        register_layout.addWidget(self.table, 1)
        # A filter that hides every action says so, with the way back.
        self.show_all = QAction(self.tr("Show All Actions"), self)
        self.show_all.triggered.connect(self._show_all)
        self.no_match = EmptyState()
        self.no_match.set_actions([self.show_all])
        self.no_match.setVisible(False)
        register_layout.addWidget(self.no_match, 1)
        self.splitter = QSplitter(Qt.Orientation.Horizontal)
        self.splitter.addWidget(register)
        self.splitter.addWidget(self.detail)
        self.splitter.setStretchFactor(0, 3)
        self.splitter.setStretchFactor(1, 2)
        self.splitter.setSizes([900, 420])

        content = QWidget()
        layout = QVBoxLayout(content)
        layout.addWidget(self.title)
        layout.addWidget(self.reminders)
        layout.addWidget(self.count_bar)
        layout.addWidget(self.toolbar)
        layout.addLayout(filters)
        layout.addLayout(bar)
        layout.addWidget(self.splitter, 1)
        self.set_content(content)
        self.status_combo.currentIndexChanged.connect(self._status_chosen)
        self.search.textChanged.connect(self._text_changed)
        for combo, setter in (
            (self.unit_combo, self.proxy.set_unit),
            (self.owner_combo, self.proxy.set_owner),
            (self.meeting_combo, self.proxy.set_meeting),
            (self.due_combo, self.proxy.set_due),
        ):
            combo.currentIndexChanged.connect(
                guarded(lambda _i=0, c=combo, s=setter: self._combo_chosen(c, s))
            )
        self.mine.toggled.connect(self._mine_toggled)
        self.group_combo.currentIndexChanged.connect(self._group_chosen)
        self.proxy.regrouped.connect(guarded(lambda: span_headers(self.table, self.proxy)))
        self.table.viewport().installEventFilter(self)
        self._restore_grouping()
        self.table.selectionModel().currentRowChanged.connect(self._current_changed)
        self.watch(self.model)
        self.watch(self.proxy)  # the view asks the proxy, which asks the model in Python
        self._update_buttons()

    def _tool(self, text: str, slot: Callable[[], object]) -> QAction:
        action = QAction(text, self)
        action.triggered.connect(guarded(lambda _checked=False: slot()))
        self.toolbar.addAction(action)
        return action

    # -- DocumentTab ------------------------------------------------------------------
    def panes(self) -> list[QWidget]:
        return [self.search, self.table, self.detail]

    def find_target(self) -> QWidget | None:
        return self.search

    def clear(self) -> None:
        self.model.set_rows([], self._today())
        self._detail_shown = None
        self._reminded = None
        self.detail.show_action(None, None)
        self._update_counts()

    def load(self, context: DocumentContext) -> None:
        rows = list_actions(context.doc.conn, english=context.english)
        today = self._today()
        self.proxy.today = today
        current = self.current_id()
        changed = not rows or not self.model.same_rows(rows, today)
        if changed:  # else nothing to redo
            self.model.set_rows(rows, today)
            fit_columns(self.table)
            title = ActionTableModel.COL_TITLE
            self.table.setColumnWidth(title, min(self.table.columnWidth(title), 260))
            self.widths.fitted()
        self._fill_filters(context, rows)
        self._follow_org_order(context)
        self._apply_scope(context)
        self._update_counts()
        self._update_reminders(context, rows, today, changed)
        if current is not None:
            self.select_action(current)
        self._show_current()
        if not rows:
            self.show_nothing(
                self.tr("No improvement actions yet"),
                self.tr(
                    "Actions agreed in review meetings are followed up here with their 10-day "
                    "reports. Add one with New Action…; the demo company has actions in every "
                    "state."
                ),
            )

    def _follow_org_order(self, context: DocumentContext) -> None:
        """Groups come as the organisation lists its units and people (the tree's order:
        the general manager and each unit's head first), not by character code."""
        units, people = self._org_order_of
        if units is context.units and people is context.people:  # not reloaded since
            return
        self._org_order_of = (context.units, context.people)
        nodes = tree_order(ordered_children(context.units.values(), context.people.values()))
        self.proxy.set_org_order({node.id: place for place, node in enumerate(nodes)})

    def holder_moved(self) -> None:
        if self.context is not None:
            self._apply_scope(self.context)
            self._update_shown()

    # -- filters ------------------------------------------------------------------------
    def _fill_filters(self, context: DocumentContext, rows: list[ActionRow]) -> None:
        units: dict[str, str] = {}
        owners: dict[str, str] = {}
        meetings: dict[str, str] = {}
        for row in rows:
            if row.responsible_unit_id:
                units[row.responsible_unit_id] = row.responsible_unit
            for unit_id in row.co_unit_ids:
                unit = context.units.get(unit_id)
                units.setdefault(unit_id, unit.name if unit else unit_id)
            if row.owner_id:
                owners[row.owner_id] = row.owner
            if row.meeting_id:
                meetings[row.meeting_id] = row.meeting_title
        for combo, everything, choices in (
            (self.unit_combo, self.tr("Every department"), units),
            (self.owner_combo, self.tr("Every owner"), owners),
            (self.meeting_combo, self.tr("Every meeting"), meetings),
        ):
            chosen = combo.currentData()
            combo.blockSignals(True)
            combo.clear()
            combo.addItem(everything, None)
            for key, name in sorted(choices.items(), key=lambda kv: kv[1]):
                combo.addItem(plain(name, 60), key)
            index = combo.findData(chosen)
            combo.setCurrentIndex(max(index, 0))
            combo.blockSignals(False)
        own = my_units(context.doc.conn)
        self.mine.setEnabled(own is not None)
        if own is None:
            self.mine.setToolTip(
                self.tr("A company document has no department of its own: every action shows.")
            )
        self._my_units = frozenset({own}) if own else frozenset()

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

    def _combo_chosen(self, combo: QComboBox, setter: Callable[[Any], None]) -> None:
        setter(combo.currentData())
        self._update_shown()

    @guarded
    def _mine_toggled(self, checked: bool) -> None:
        self.proxy.set_mine(self._my_units if checked else None)
        self._update_shown()

    @guarded
    def _group_chosen(self, _index: int) -> None:
        from perfdesk.ui.settings import ACTIONS_GROUP, Settings

        column = self.group_combo.currentData()
        self.proxy.set_group(column)
        grouped = self.proxy.grouping() is not None
        self.expand_all.setEnabled(grouped)
        self.collapse_all.setEnabled(grouped)
        Settings().set(ACTIONS_GROUP, _GROUP_NAMES.get(column, ""))
        self._update_shown()

    def _restore_grouping(self) -> None:
        """The grouping chosen last time (a user setting, like the other view choices)."""
        from perfdesk.ui.settings import ACTIONS_GROUP, Settings

        name = str(Settings().get(ACTIONS_GROUP) or "")
        column = next((c for c, n in _GROUP_NAMES.items() if n == name), None)
        self.group_combo.setCurrentIndex(max(self.group_combo.findData(column), 0))

    def _update_counts(self) -> None:
        model = self.model
        # The statuses the model judged for today (overdue by date): not judged again.
        shown = Counter(model.statuses())
        counts = {status: shown[status] for status in STATUS_ORDER if shown[status]}
        if not counts:
            self.counts_label.setText(self.tr("No improvement actions yet."))
        else:
            self.counts_label.setText(fill(self.tr("%1 actions:"), str(model.rowCount())))
        chosen = self.status_combo.currentData()
        for status, button in self.count_buttons.items():
            n = counts.get(status, 0)
            button.setText(fill(self.tr("%1 %2"), label(status), str(n)))
            button.setVisible(n > 0)
            button.setChecked(chosen == status.value)
        self._update_shown()

    def _fix_shown_size(self) -> None:
        """The "N of M shown" label keeps one size, room for M's digits: a label that
        changed width with each filter re-laid out and repainted the whole window (about
        half the time of a filter change on the company demo)."""
        digits = "8" * max(4, len(str(self.model.rowCount())))
        widest = fill(self.tr("%1 of %2 shown"), digits, digits)
        metrics = self.shown_label.fontMetrics()
        size = QSize(metrics.horizontalAdvance(widest) + 6, metrics.height() + 4)
        if self.shown_label.minimumSize() != size or self.shown_label.maximumSize() != size:
            self.shown_label.setFixedSize(size)

    def counts_text(self) -> str:
        """The counts as they read: "9 actions: Open 3 · Overdue 2 ..." (shown ones only)."""
        shown = [b.text() for b in self.count_buttons.values() if b.isVisible()]
        return " ".join([self.counts_label.text(), " · ".join(shown)]).strip()

    def _update_shown(self) -> None:
        self._fix_shown_size()
        shown = self.proxy.actions_shown()
        self.shown_label.setText(
            fill(self.tr("%1 of %2 shown"), str(shown), str(self.model.rowCount()))
        )
        hidden_all = shown == 0 and self.model.rowCount() > 0
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

    def _update_reminders(
        self,
        context: DocumentContext,
        rows: list[ActionRow],
        today: datetime.date,
        changed: bool = True,
    ) -> None:
        mine = my_units(context.doc.conn)
        # The same rows (their report count and latest 旬 included), day and department
        # remind of the same actions: 3,000 actions cost ~8 ms to sort and list again.
        key = (context.doc, context.language, today, mine)
        if not changed and key == self._reminded:
            return
        self._reminded = key
        reported = reported_this_period(context.doc.conn, today)
        concerned = [
            r for r in rows if mine is None or mine in (r.responsible_unit_id, *r.co_unit_ids)
        ]
        found = reminders(
            ((r.id, r.status, r.start_date, r.due_date, r.id in reported) for r in concerned),
            today,
        )
        self.reminders.show_reminders(found, {r.id: r for r in concerned}, today)

    @guarded
    def _count_clicked(self, status: ActionStatus) -> None:
        chosen = self.status_combo.currentData()
        index = 0 if chosen == status.value else self.status_combo.findData(status.value)
        self.status_combo.setCurrentIndex(index)

    @guarded
    def _show_all(self, _checked: bool = False) -> None:
        self.status_combo.setCurrentIndex(0)
        for combo in (self.unit_combo, self.owner_combo, self.meeting_combo, self.due_combo):
            combo.setCurrentIndex(0)
        self.mine.setChecked(False)
        self.search.clear()
        if self.chip.isVisibleTo(self):
            self._clear_scope()

    @guarded
    def _status_chosen(self, _index: int) -> None:
        value = self.status_combo.currentData()
        self.proxy.set_status(ActionStatus(value) if value else None)
        for status, button in self.count_buttons.items():
            button.setChecked(value == status.value)
        self._update_shown()

    @guarded
    def _text_changed(self, text: str) -> None:
        self.proxy.set_text(text)
        self._update_shown()

    @guarded
    def _search_enter(self) -> None:
        first = self.proxy.first_action_line()
        if self.proxy.rowCount():
            self.table.setFocus()
            if not self.table.currentIndex().isValid():
                self.table.setCurrentIndex(self.proxy.index(first or 0, 0))

    # -- selection and detail -------------------------------------------------------------
    def current_row(self) -> ActionRow | None:
        index = self.table.currentIndex()
        if not index.isValid():
            return None
        r = self.proxy.action_row(index.row())
        return None if r is None else self.model.row(r)

    def current_id(self) -> str | None:
        row = self.current_row()
        return row.id if row else None

    def select_action(self, action_id: str) -> bool:
        """Select an action in the register (clearing filters that hide it)."""
        for attempt in range(2):
            line = self.proxy.line_of_action(action_id)  # its group is expanded if need be
            if line is not None:
                self._go_to(line)
                return True
            if attempt == 0:
                self._show_all()
        return False

    def _go_to(self, line: int) -> None:
        index = self.proxy.index(line, ActionTableModel.COL_TITLE)
        self.table.selectionModel().setCurrentIndex(
            index,
            QItemSelectionModel.SelectionFlag.ClearAndSelect
            | QItemSelectionModel.SelectionFlag.Rows,
        )
        self.table.scrollTo(index)

    @guarded
    def _current_changed(self, *_args: object) -> None:
        self._show_current()

    def _show_current(self) -> None:
        row = self.current_row()
        detail = None
        if row is not None and self.context is not None:
            detail = action_detail(self.context.doc.conn, row.id)
        language = self.context.language if self.context else "zh"
        shown = (row, detail, self._today(), language)
        if shown != self._detail_shown:  # a reload that changed nothing leaves it be
            self._detail_shown = shown
            self.detail.show_action(row, detail, self._today(), language)
        self._update_buttons()

    def _update_buttons(self) -> None:
        row = self.current_row()
        status = row.status if row else None
        writable = self.context is not None and not self.context.doc.read_only
        S = ActionStatus
        self.new_action.setEnabled(writable)
        self.reports_action.setEnabled(writable and self.model.rowCount() > 0)
        for action, allowed in (
            (self.edit_action, status in (S.DRAFT, S.RETURNED, S.SUBMITTED, S.OPEN, S.DONE)),
            (self.submit_action, status in (S.DRAFT, S.RETURNED)),
            (self.accept_action, status is S.SUBMITTED),
            (self.return_action, status is S.SUBMITTED),
            (self.done_action, status is S.OPEN),
            (self.verify_action, status is S.DONE),
            (
                self.cancel_action,
                status is not None and status not in (S.VERIFIED, S.NOT_ACHIEVED, S.CANCELLED),
            ),
        ):
            action.setEnabled(writable and allowed)

    @guarded
    def _double_clicked(self, _index: QModelIndex) -> None:
        self.edit_clicked()

    @guarded
    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        kind = event.type()
        if watched is self.table and kind == QEvent.Type.KeyPress and isinstance(event, QKeyEvent):
            if self._key_pressed(event.key()):
                return True
        elif (
            watched is self.table.viewport()
            and kind in (QEvent.Type.MouseButtonPress, QEvent.Type.MouseButtonDblClick)
            and isinstance(event, QMouseEvent)
            and event.button() == Qt.MouseButton.LeftButton
        ):
            self._header_clicked(event, double=kind == QEvent.Type.MouseButtonDblClick)
        return super().eventFilter(watched, event)

    def _key_pressed(self, key: int) -> bool:
        """Enter opens an action. On a group header (grouped register): Enter toggles it,
        Left collapses it, Right expands it (then goes to its first action); Left on an
        action goes up to its header, as in a tree. True when the key was used."""
        line = self.table.currentIndex().row()
        group = self.proxy.group_at(line) if line >= 0 else None
        expanded = self.proxy.is_expanded(line)
        if key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            if group is not None:
                self.proxy.set_expanded(line, not expanded)
                return True
            if self.current_row() is not None:
                self.edit_clicked()
                return True
            return False
        if group is not None and key == Qt.Key.Key_Left and expanded:
            self.proxy.set_expanded(line, False)
            return True
        if group is not None and key == Qt.Key.Key_Right:
            if not expanded:
                self.proxy.set_expanded(line, True)
            elif self.proxy.action_row(line + 1) is not None:
                self._go_to(line + 1)
            return True
        if group is None and key == Qt.Key.Key_Left and line >= 0:
            header = self.proxy.header_of(line)
            if header is not None:
                self._go_to(header)
                return True
        return False

    def _header_clicked(self, event: QMouseEvent, double: bool) -> None:
        """A click on a header's arrow, or a double-click anywhere on the header, collapses
        or expands its group."""
        pos = event.position().toPoint()
        index = self.table.indexAt(pos)
        if not index.isValid() or self.proxy.group_at(index.row()) is None:
            return
        rect = self.table.visualRect(index)
        on_arrow = pos.x() - rect.left() < self.table.iconSize().width() + 12
        if on_arrow != double:  # a double-click on the arrow: its first click toggled already
            self.proxy.set_expanded(index.row(), not self.proxy.is_expanded(index.row()))

    @guarded
    def _open_source(self, meeting_id: str, issue_id: str) -> None:
        show = getattr(self.window(), "show_meeting_issue", None)
        if show is not None:
            show(meeting_id, issue_id)

    # -- writes -------------------------------------------------------------------------
    def actor(self) -> str:
        """Who the history records: the name in the settings, else the OS login name."""
        from perfdesk.ui.settings import USER_NAME, Settings

        settings = getattr(self.window(), "settings", None) or Settings()
        name = str(settings.get(USER_NAME) or "").strip()
        if name:
            return name
        import getpass

        try:
            return getpass.getuser()
        except Exception:  # no login name in this environment
            return "?"

    def _run(self, text: str, operation: Callable[[Any], Any]) -> Any:
        run = getattr(self.window(), "run_op", None)
        if run is None:
            return None
        return run(text, operation)

    def _goals(self) -> list[tuple[str, str, str]]:
        if self.context is None:
            return []
        context = self.context
        result = []
        for goal_id, kpi_id, unit_id, person_id, period, title in goal_choices(context.doc.conn):
            owner = context.owner_name(unit_id or person_id)
            text = f"{period} · {owner}" + (f" · {title}" if title else "")
            result.append((goal_id, kpi_id, text))
        return result

    def _form(self, initial: Any = None) -> Any:
        from perfdesk.store import ops
        from perfdesk.ui.action_form import ActionForm

        assert self.context is not None
        doc = self.context.doc
        return ActionForm(
            self.context,
            lambda units: ops.owner_by_rule(doc, units),
            self._goals(),
            initial,
            self._today(),
            self,
        )

    def new_clicked(self, initial: Any = None) -> str | None:
        """Open the form for a new action; returns the new action's id when saved."""
        from perfdesk.store import ops

        if self.context is None:
            return None
        form = self._form(initial)
        if not form.exec():
            return None
        plan, actor = form.plan(), self.actor()
        result = self._run(self.tr("New action"), lambda d: ops.add_action(d, plan, actor))
        if result is not None and result.row_id:
            self.select_action(result.row_id)
            return str(result.row_id)
        return None

    def plan_of(self, action_id: str) -> Any:
        """The stored action as the form's input (edit)."""
        from perfdesk.store.ops import ActionInput

        assert self.context is not None
        plan = stored_plan(self.context.doc.conn, action_id)
        if plan is None:
            return None
        return ActionInput(
            title=plan.title,
            responsible_unit_id=plan.responsible_unit_id,
            owner_id=plan.owner_id,
            owner_reason=plan.owner_reason,
            units=plan.units,
            start=plan.start,
            due=plan.due,
            measures=plan.measures,
            kpi_id=plan.kpi_id,
            goal_id=plan.goal_id,
            baseline=plan.baseline,
            expected=plan.expected,
            issue_id=plan.issue_id,
        )

    def edit_clicked(self) -> None:
        from perfdesk.store import ops

        row = self.current_row()
        if row is None or self.context is None or not self.edit_action.isEnabled():
            return
        form = self._form(self.plan_of(row.id))
        if not form.exec():
            return
        plan, actor, action_id = form.plan(), self.actor(), row.id
        self._run(self.tr("Edit action"), lambda d: ops.edit_action(d, action_id, plan, actor))
        self.select_action(action_id)

    def _status_op(self, text: str, call: Callable[[Any, str, str], Any]) -> None:
        row = self.current_row()
        if row is None:
            return
        action_id, actor = row.id, self.actor()
        self._run(text, lambda d: call(d, action_id, actor))
        self.select_action(action_id)

    def submit_clicked(self) -> None:
        from perfdesk.store import ops

        row = self.current_row()
        if row is not None and row.status is ActionStatus.RETURNED:
            self._status_op(self.tr("Revise action"), ops.revise_action)
        self._status_op(self.tr("Submit action"), ops.submit_action)

    def accept_clicked(self) -> None:
        from perfdesk.store import ops

        self._status_op(self.tr("Accept action"), ops.accept_action)

    def done_clicked(self) -> None:
        from perfdesk.store import ops

        self._status_op(self.tr("Mark action done"), ops.mark_done)

    def return_clicked(self, reason: str | None = None) -> None:
        from perfdesk.store import ops
        from perfdesk.ui.action_form import ReasonDialog

        row = self.current_row()
        if row is None:
            return
        if reason is None:
            dialog = ReasonDialog(
                self.tr("Return action"),
                self.tr("Why is the action returned for revision? The owner will see this."),
                parent=self,
            )
            if not dialog.exec():
                return
            reason = dialog.reason()
        why = reason
        self._status_op(self.tr("Return action"), lambda d, i, a: ops.return_action(d, i, a, why))

    def cancel_clicked(self, reason: str | None = None) -> None:
        from perfdesk.store import ops
        from perfdesk.ui.action_form import ReasonDialog

        if self.current_row() is None:
            return
        if reason is None:
            dialog = ReasonDialog(
                self.tr("Cancel action"),
                self.tr("Why is the action cancelled?"),
                required=False,
                parent=self,
            )
            if not dialog.exec():
                return
            reason = dialog.reason()
        why = reason
        self._status_op(self.tr("Cancel action"), lambda d, i, a: ops.cancel_action(d, i, a, why))

    def verify_dialog(self) -> Any:
        """The verification dialog of the selected done action (None if there is none)."""
        from perfdesk.ui.action_form import VerifyDialog

        row = self.current_row()
        if row is None or self.context is None:
            return None
        conn = self.context.doc.conn
        detail = action_detail(conn, row.id)
        if detail is None:
            return None
        direction = detail.direction or Direction.HIGHER
        return VerifyDialog(
            row.title,
            direction,
            detail.baseline,
            detail.expected,
            result_after_due(conn, detail),
            lambda value: verify(direction, detail.baseline, detail.expected, value, detail.band),
            row.kpi_decimals,
            row.kpi_unit,
            self,
        )

    def verify_clicked(self, dialog: Any = None) -> None:
        from perfdesk.store import ops

        dialog = dialog or self.verify_dialog()
        if dialog is None:
            return
        if not dialog.isVisible() and not dialog.result() and not dialog.exec():
            return
        achieved, value, note = dialog.achieved(), dialog.result_value(), dialog.note_text()
        self._status_op(
            self.tr("Verify action"),
            lambda d, i, a: ops.verify_action(d, i, a, achieved, value, note, self._today()),
        )

    def report_grid(self) -> Any:
        """The 10-day report grid for every open action (None without a document)."""
        from perfdesk.ui.action_reports import ReportGrid, ReportLine

        if self.context is None:
            return None
        conn = self.context.doc.conn
        today = self._today()
        reported = reported_this_period(conn, today)
        goals = action_goals(conn)
        lines = [
            ReportLine(
                r.id,
                r.title,
                r.responsible_unit,
                r.kpi_unit,
                r.kpi_decimals,
                goal_actual(conn, goals.get(r.id), today),
                r.id not in reported,
            )
            for r in self.model.rows()
            if r.status is ActionStatus.OPEN
            and (r.start_date is None or r.start_date <= today)
            and r.id not in reported
        ]
        return ReportGrid(lines, today, self._save_reports, self.context.language, self)

    def reports_clicked(self) -> None:
        grid = self.report_grid()
        if grid is not None:
            grid.exec()

    def _save_reports(self, day: datetime.date, entries: list[Any]) -> list[str]:
        """Each report is its own operation (one undo step each); refusals are said."""
        from perfdesk.store import ops
        from perfdesk.ui.op_errors import op_error_text

        problems: list[str] = []
        language = self.context.language if self.context else "zh"
        titles = {r.id: r.title for r in self.model.rows()}
        for entry in entries:
            try:
                result = self._report(ops, entry, day)
            except ops.OpError as error:
                problems.append(
                    fill(
                        self.tr("%1: %2"),
                        titles.get(entry.action_id, ""),
                        op_error_text(error, language),
                    )
                )
                continue
            if result is None:
                problems.append(fill(self.tr("%1: not saved."), titles.get(entry.action_id, "")))
        return problems

    def _report(self, ops: Any, entry: Any, day: datetime.date) -> Any:
        """Run one report through the window (its undo step); errors come back raised."""
        window: Any = self.window()
        stack = getattr(window, "undo_stack", None)
        if self.context is None:
            return None
        doc = self.context.doc
        result = ops.add_report(
            doc, entry.action_id, day, entry.measured_value, entry.progress, entry.note, day
        )
        if stack is not None:
            from perfdesk.ui.undo import OpCommand

            stack.push(OpCommand(self.tr("10-day report"), doc, result, window.apply_changes))
            window.apply_changes(result.changes)
        return result
