"""KPI entry tab (KPI录入): actual values of a unit's or person's goals by month.

The grid shows each month's actual with its status against the month's target,
and takes values like a spreadsheet: type into a month of a goal entered by month
(or F2), Enter/Tab commit and move (Shift back), Esc cancels, Delete clears the
selection, Ctrl+V pastes a tab-separated block from Excel or LibreOffice. Every
text is read by core/number_input (in the unit the row shows) and checked by the
store's check_values before anything is written; a write is one set_values, one
undo step, and repaints only its rows. "Enter targets" (Ctrl+Shift+T) switches the
months to the targets. Closed periods, goals entered by 10-day period or week and
subtotal rows take no values. Notes (Ctrl+Shift+K) shows a pane beside the grid
with the deviation note of the selected month in three steps (deviation_panel.py);
months with a note carry a corner mark. Detail (Ctrl+Shift+F, kpi_detail.py) shows the
selected goal's year as a chart with a forecast and its numbers; Alerts (Ctrl+Shift+A,
alerts_pane.py) what needs attention in the holder's goals, a click selecting the month.
The three panes are tabs of one side pane, each shown on demand; Detail and Alerts are
remembered for the next start. Import and export are File commands (import_dialog.py,
export_dialog.py).

Owner, KPI and year target stay in view while the months scroll (FrozenTableView);
the month in focus is highlighted and scrolled into view. Only the goals are read
when a holder is picked; each row's months are fetched when the row is first
painted (ActualGridModel), so the whole company (~9,000 goals) opens at once.
A unit shown with its teams and people is grouped as the org tree orders it
(core.grid_groups): a header per unit that folds its members away on a click,
and subtotal rows for the KPIs that add up. A quarter or year in focus
highlights its months; statuses are judged up to its end (or the last month
with data).
"""

from __future__ import annotations

from collections.abc import Sequence
from decimal import Decimal
from typing import Any, NamedTuple

from PySide6.QtCore import (
    QEvent,
    QItemSelection,
    QItemSelectionModel,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QPointF,
    Qt,
)
from PySide6.QtGui import QAction, QColor, QKeyEvent, QKeySequence, QPainter, QPolygonF
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QCheckBox,
    QHBoxLayout,
    QSplitter,
    QStyle,
    QStyleOptionViewItem,
    QTabWidget,
    QToolButton,
    QToolTip,
    QVBoxLayout,
    QWidget,
)

from perfdesk.core.grid_groups import additive, group_lines
from perfdesk.core.number_input import NumberInputError, parse_value, split_block
from perfdesk.core.org import ordered_children
from perfdesk.core.periods import Granularity, format_period, parse_period
from perfdesk.store.repo_goals import (
    deviation_notes,
    entry_state,
    goal_heads,
    goals_by_id,
    period_values,
)
from perfdesk.store.schema_v4 import MAX_MAGNITUDE
from perfdesk.ui.context import DocumentContext
from perfdesk.ui.entry import BadCell, BadCellsDialog, EntryDelegate, input_error_text
from perfdesk.ui.guard import guarded
from perfdesk.ui.models.actual_grid import NOTE_ROLE, ActualGridModel, EntryCell, GridRow
from perfdesk.ui.op_errors import op_error_text
from perfdesk.ui.text import fill
from perfdesk.ui.widgets.document_tab import DocumentTab
from perfdesk.ui.widgets.frozen_table import FrozenTableView
from perfdesk.ui.widgets.org_navigator import OrgNavigator
from perfdesk.ui.widgets.panels import NoGoals, read_only_notice
from perfdesk.ui.widgets.shield import LayoutShield
from perfdesk.ui.widgets.status import StatusLegend
from perfdesk.ui.widgets.text_label import TextLabel, wrapping_label
from perfdesk.ui.widgets.views import busy, setup_view

_MONTHS_EN = ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec")


def month_label(month: int, language: str) -> str:
    """The short month header: the year is said once, in the tab's title."""
    return f"{month}月" if language == "zh" else _MONTHS_EN[month - 1]


_TOGGLE_KEYS = frozenset({Qt.Key.Key_Return, Qt.Key.Key_Enter, Qt.Key.Key_Space})
_CLEAR_KEYS = frozenset({Qt.Key.Key_Delete, Qt.Key.Key_Backspace})
Cell = tuple[str, str, str, float | None]  # set_values' (goal id, period, column, value)


_NOTE_MARK = QColor("#1F6FB2")  # the corner of a month with a deviation note
_NOTE_MARK_SELECTED = QColor("#FFFFFF")  # on the selection's blue


class _NoteMarkDelegate(EntryDelegate):
    """The entry delegate, plus a small triangle in the top right corner of a month
    that has a deviation note (the model answers NOTE_ROLE: one dict lookup)."""

    @guarded
    def paint(
        self,
        painter: QPainter,
        option: QStyleOptionViewItem,
        index: QModelIndex | QPersistentModelIndex,
    ) -> None:
        super().paint(painter, option, index)
        if index.data(NOTE_ROLE) is None:
            return
        rect = option.rect
        size = max(5, rect.height() // 4)
        right, top = rect.right(), rect.top()
        painter.save()
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setPen(Qt.PenStyle.NoPen)
        selected = bool(option.state & QStyle.StateFlag.State_Selected)
        painter.setBrush(_NOTE_MARK_SELECTED if selected else _NOTE_MARK)
        painter.drawPolygon(
            QPolygonF(
                [
                    QPointF(right - size, top),
                    QPointF(right + 1, top),
                    QPointF(right + 1, top + size),
                ]
            )
        )
        painter.restore()


class _Measured(NamedTuple):
    han: int  # the width of one Chinese character
    pad: int
    owner: int  # what each column's texts want
    kpi: int
    target: int
    month: int
    total: int


class KpiTab(DocumentTab):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._holder: str | None = None
        self._measured: _Measured | None = None  # the widths the grid's texts want
        self._legend_for: tuple[Any, ...] | None = None  # the KPIs the legend states
        self.navigator = OrgNavigator()
        self.org_tree = self.navigator.tree
        self.title = TextLabel()
        self.include_members = QCheckBox(self.tr("Include the goals of its teams and people"))
        self.include_members.setToolTip(self.tr("Show every goal held inside the selected unit"))
        self.show_targets = QCheckBox(self.tr("Show targets"))
        self.show_targets.setToolTip(self.tr("Show each month's target under its actual"))
        self.model = ActualGridModel(self)
        self.table = FrozenTableView(ActualGridModel.FROZEN)
        self.table.setModel(self.model)
        setup_view(self.table)
        # Typing into a month starts editing it, as in a spreadsheet; F2 and a double
        # click too. Only goal rows' months entered by month are editable (flags()).
        self.table.setEditTriggers(
            QAbstractItemView.EditTrigger.AnyKeyPressed
            | QAbstractItemView.EditTrigger.EditKeyPressed
            | QAbstractItemView.EditTrigger.DoubleClicked
        )
        self.delegate = _NoteMarkDelegate(self._commit_text, self.table)
        self.delegate.moved.connect(self._move)
        self.table.setItemDelegate(self.delegate)
        self.paste_report: BadCellsDialog | None = None  # the last refused paste's list
        self.targets_action = QAction(self.tr("Enter &Targets"), self)
        self.targets_action.setCheckable(True)
        self.targets_action.setShortcut(QKeySequence("Ctrl+Shift+T"))
        self.targets_action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        self.targets_action.setToolTip(
            self.tr("Show and enter each month's target instead of its actual (Ctrl+Shift+T)")
        )
        self.addAction(self.targets_action)
        self.targets_button = QToolButton()
        self.targets_button.setDefaultAction(self.targets_action)
        # Closing a month: its values become read-only for the goals shown (an undo step).
        self.close_month_action = QAction(self.tr("&Close the Month"), self)
        self.close_month_action.setShortcut(QKeySequence("Ctrl+Shift+L"))
        self.reopen_month_action = QAction(self.tr("Re&open the Month"), self)
        self.reopen_month_action.setShortcut(QKeySequence("Ctrl+Shift+O"))
        for action, closed in ((self.close_month_action, True), (self.reopen_month_action, False)):
            action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            action.triggered.connect(
                guarded(lambda _c=False, closed=closed: self.close_month(closed))
            )
            self.addAction(action)
        self.period_button = QToolButton()
        self.period_button.setText(self.tr("Close Period"))
        self.period_button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        self.period_button.addAction(self.close_month_action)
        self.period_button.addAction(self.reopen_month_action)
        self.targets_action.toggled.connect(self._set_layer)
        # The deviation note of the selected month, in a pane made on first use.
        self.note_panel: Any = None
        self.notes_action = QAction(self.tr("&Notes"), self)
        self.notes_action.setCheckable(True)
        self.notes_action.setShortcut(QKeySequence("Ctrl+Shift+K"))
        self.notes_action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        self.notes_action.setToolTip(
            self.tr(
                "Show the deviation note of the selected month beside the grid: the gap, "
                "its internal and external causes, measures and resources (Ctrl+Shift+K)"
            )
        )
        self.notes_action.toggled.connect(self._toggle_notes)
        self.addAction(self.notes_action)
        self.notes_button = QToolButton()
        self.notes_button.setDefaultAction(self.notes_action)
        # The selected goal's year (chart, forecast, numbers) and the alerts: with the
        # notes, tabs of one pane beside the grid, each shown on demand and remembered.
        self.side: QTabWidget | None = None
        self.detail: Any = None
        self.alerts: Any = None
        self.detail_action = QAction(self.tr("&Detail"), self)
        self.detail_action.setShortcut(QKeySequence("Ctrl+Shift+F"))
        self.detail_action.setToolTip(
            self.tr(
                "Show the selected goal's year beside the grid: actual against target, "
                "last year and a forecast to year end, with the numbers (Ctrl+Shift+F)"
            )
        )
        self.alerts_action = QAction(self.tr("&Alerts"), self)
        self.alerts_action.setShortcut(QKeySequence("Ctrl+Shift+A"))
        self.alerts_action.setToolTip(
            self.tr(
                "Show the alerts of the holder and everyone inside it: values out of "
                "bounds, missing actuals, two months off target, red months without a "
                "note (Ctrl+Shift+A)"
            )
        )
        self.detail_button = QToolButton()
        self.alerts_button = QToolButton()
        for action, button, name in (
            (self.detail_action, self.detail_button, "detail"),
            (self.alerts_action, self.alerts_button, "alerts"),
        ):
            action.setCheckable(True)
            action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            action.toggled.connect(
                guarded(lambda on, name=name: self._toggle_pane(name, on, remember=True))
            )
            self.addAction(action)
            button.setDefaultAction(action)
        self._alerts_due = False  # the alerts are recounted when next shown
        self.entry_message = wrapping_label()
        self.entry_message.setStyleSheet("color: #B3261E;")
        self.entry_message.setVisible(False)
        self.table.setAlternatingRowColors(False)
        self.table.setWordWrap(False)
        self.table.verticalHeader().setVisible(False)
        self.table.horizontalHeader().setMinimumSectionSize(24)
        for view in (self.table, self.table.frozen):
            size = view.iconSize()
            view.setIconSize(size.scaled(10, 10, Qt.AspectRatioMode.KeepAspectRatio))
        self._row_heights()

        right = QWidget()
        layout = QVBoxLayout(right)
        # The title on a line of its own: beside the buttons it was cut to a few letters
        # at 1280 px once a side pane was open.
        layout.addWidget(self.title)
        top = QHBoxLayout()
        top.addWidget(self.period_button)
        top.addWidget(self.notes_button)
        top.addWidget(self.detail_button)
        top.addWidget(self.alerts_button)
        top.addWidget(self.targets_button)
        top.addWidget(self.show_targets)
        top.addWidget(self.include_members)
        top.addStretch(1)
        layout.addLayout(top)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.entry_message)
        # No goals here: look one level up, or include the goals of its teams and people.
        self.include_action = QAction(self.include_members.text(), self)
        self.include_action.triggered.connect(
            guarded(lambda _checked=False: self.include_members.setChecked(True))
        )
        self.no_goals = NoGoals(self.org_tree.select_holder, [self.include_action])
        layout.addWidget(self.no_goals, 1)
        # One line (the whole sentence in its tooltip): wrapped beside a side pane at
        # 1280 px it took rows from the grid.
        self.subtotal_note = TextLabel(
            self.tr(
                "Click a unit's row to fold its teams and people. Subtotals add up the KPIs "
                "whose values add up (amounts, counts, hours); rates, averages, period-end "
                "figures and ratios are not added, since their sum means nothing."
            )
        )
        self.subtotal_note.setStyleSheet("color: #555555;")
        layout.addWidget(self.subtotal_note)
        self.legend = StatusLegend()
        layout.addWidget(self.legend)
        self.help_notice = read_only_notice(
            self.tr(
                "Type or paste (Ctrl+V) actuals, or targets with Enter Targets, into the "
                "months of goals entered by month; Delete clears, Ctrl+Z undoes. Closed "
                "periods, quarters, years and subtotals are read-only. Notes (Ctrl+Shift+K) "
                "shows and edits the deviation note of the selected month; a corner mark "
                "shows months with a note; Detail (Ctrl+Shift+F) the selected goal's year "
                "with a forecast; Alerts (Ctrl+Shift+A) what needs attention. Import and "
                "export are in the File menu."
            )
        )
        layout.addWidget(self.help_notice)
        splitter = QSplitter(Qt.Orientation.Horizontal)
        splitter.addWidget(self.navigator)
        splitter.addWidget(right)
        splitter.setStretchFactor(1, 3)
        splitter.setSizes([170, 1100])
        self.splitter = splitter
        self.set_content(LayoutShield(splitter))
        self.org_tree.holder_changed.connect(self._show_holder)
        self.show_targets.toggled.connect(self._toggle_targets)
        self.include_members.toggled.connect(lambda _on: self._show_holder(self._holder))
        self.table.resized.connect(self._table_resized)
        # A unit's header row spans the owner and KPI columns, so its name is not cut.
        self.model.modelReset.connect(self._span_headers)
        self.model.rowsInserted.connect(self._span_headers)
        self.model.rowsRemoved.connect(self._span_headers)
        for view in (self.table, self.table.frozen):
            view.pressed.connect(self._pressed)
            view.installEventFilter(self)
        self.watch(self.model)
        selection = self.table.selectionModel()
        if selection is not None:
            selection.currentChanged.connect(self._current_changed)
        self.model.dataChanged.connect(self._values_changed)
        self.model.modelReset.connect(self._values_changed)
        from perfdesk.ui.settings import KPI_ALERTS, KPI_DETAIL, Settings

        settings = Settings()
        self.detail_action.setChecked(bool(settings.get(KPI_DETAIL)))
        self.alerts_action.setChecked(bool(settings.get(KPI_ALERTS)))

    def panes(self) -> list[QWidget]:
        return [
            self.navigator.search,
            self.org_tree,
            self.show_targets,
            self.include_members,
            self.table,
        ]

    @guarded
    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() == QEvent.Type.FontChange:  # zoomed: rows and columns follow
            self._row_heights()
            self._fit_columns()

    def _row_heights(self) -> None:
        lines = 2 if self.show_targets.isChecked() else 1
        self.table.set_row_height(self.table.fontMetrics().lineSpacing() * lines + 6)

    @guarded
    def _toggle_targets(self, on: bool) -> None:
        self.model.set_show_targets(on)
        self.table.setWordWrap(on)
        self.table.frozen.setWordWrap(on)
        self._row_heights()
        self._fit_columns()

    def load(self, context: DocumentContext) -> None:
        self.model.read_only = context.doc.read_only
        self.org_tree.set_org(context.units.values(), context.people.values())
        if not context.units:
            self.model.set_rows([], [])
            self.show_nothing(*self.empty.no_organisation())

    def clear(self) -> None:
        self.model.set_rows([], [])
        if self.detail is not None:  # nothing of the closed document stays on screen
            self.detail.show_goal(None)
        if self.alerts is not None:
            self.alerts.show_lines([], "", "")

    def _fit_columns(self) -> None:
        """Widths set once per load, from the rows a screen shows (measuring every row
        would fetch every row's values): owner and KPI capped, so that at 1280 px
        January to December and the total fit beside them."""
        model = self.model
        if model.col_to_date == model.FIRST_PERIOD:  # nothing loaded yet
            return
        metrics = self.table.fontMetrics()
        han = metrics.horizontalAdvance("中")
        sample = range(min(model.rowCount(), 40))
        pad = 12  # the cell's margins, and bold subtotals

        def widest(column: int, floor: str = "") -> int:
            texts = [floor, str(model.headerData(column, Qt.Orientation.Horizontal) or "")]
            for r in sample:
                if model.is_unit(r):  # its name spans owner and KPI
                    continue
                for line in str(model.index(r, column).data() or "").split("\n"):
                    texts.append(line)
            return max(metrics.horizontalAdvance(t) for t in texts) + pad

        icon = self.table.iconSize().width() + 4
        self._measured = _Measured(
            han,
            pad,
            min(widest(model.COL_OWNER), han * 8 + pad),
            widest(model.COL_KPI),
            min(widest(model.COL_TARGET), han * 6 + pad),
            max(widest(c, "888.8") for c in range(model.FIRST_PERIOD, model.col_to_date)) + icon,
            widest(model.col_to_date) + icon,
        )
        self._place_columns()

    def _place_columns(self) -> None:
        """Widths from the texts measured at load, for the table's width now."""
        measured = self._measured
        model = self.model
        if measured is None or model.col_to_date == model.FIRST_PERIOD:
            return
        table = self.table
        han, pad, owner_wanted, kpi_wanted, target, month, total = measured
        months = month * (model.col_to_date - model.FIRST_PERIOD)
        # Owner and KPI share what the months and the total leave (at 1280 px all of them
        # fit beside the tree), each cut to no less than a few characters: the full text
        # is in the tooltip, a hidden month or total is not.
        room = table.viewport().width() - target - months - total
        if owner_wanted + kpi_wanted <= room:
            owner, kpi = owner_wanted, max(kpi_wanted, room - owner_wanted)
        else:
            owner = max(han * 4 + pad, min(owner_wanted, int(room * 0.4)))
            kpi = max(han * 6 + pad, min(kpi_wanted, room - owner))
        kpi = min(kpi, kpi_wanted)
        table.setColumnWidth(model.COL_OWNER, owner)
        table.setColumnWidth(model.COL_KPI, kpi)
        table.setColumnWidth(model.COL_TARGET, target)
        for column in range(model.FIRST_PERIOD, model.col_to_date):
            table.setColumnWidth(column, month)
        table.setColumnWidth(model.col_to_date, total)

    def _holders(self, holder_id: str, everyone: bool = False) -> list[str]:
        """The holder, plus (when asked, or `everyone`) everyone inside a unit, in
        org-tree order."""
        context = self.context
        assert context is not None
        if not (everyone or self.include_members.isChecked()) or holder_id in context.people:
            return [holder_id]
        units = sorted(context.units.values(), key=lambda u: (u.sort_order, u.name))
        children = ordered_children(units, context.people.values())
        inside: list[str] = []
        stack = [holder_id]
        seen: set[str] = set()
        while stack:  # the unit's subtree, as the tree lists it
            node = stack.pop()
            if node in seen:
                continue
            seen.add(node)
            inside.append(node)
            stack.extend(reversed([n.id for n in children.get(node, [])]))
        return inside

    @guarded
    def _span_headers(self, *_args: object) -> None:
        model = self.model
        for view in (self.table, self.table.frozen):
            view.clearSpans()
            for row in model.unit_rows():
                view.setSpan(row, model.COL_OWNER, 1, 2)

    @guarded
    def _table_resized(self) -> None:
        self._place_columns()  # the texts measured at load: only the room changed

    @guarded
    def _pressed(self, index: QModelIndex) -> None:
        """A left click on a unit's row folds or unfolds it. On `pressed`, which a double
        click sends once (its second press is a double-click event), not on `clicked`
        or `activated`, which it sends twice or more."""
        if QApplication.mouseButtons() & Qt.MouseButton.LeftButton:
            self._toggle(index)

    def _toggle(self, index: QModelIndex) -> None:
        if index.isValid() and self.model.is_unit(index.row()):
            self.model.toggle(index.row())

    @guarded(default=False)
    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """Enter or Space on a unit's row folds or unfolds it; Ctrl+V pastes, Delete and
        Backspace clear the selection; typing into a month that takes no value says why."""
        if not isinstance(event, QKeyEvent):
            return False
        if event.type() == QEvent.Type.ShortcutOverride and (
            event.matches(QKeySequence.StandardKey.Paste) or event.key() in _CLEAR_KEYS
        ):
            event.accept()  # the grid's, not a window shortcut's
            return True
        if event.type() == QEvent.Type.KeyPress:
            if event.matches(QKeySequence.StandardKey.Paste):
                self.paste_text(QApplication.clipboard().text())
                return True
            if event.key() in _CLEAR_KEYS and not event.modifiers():
                self.clear_selection()
                return True
            current = self.table.currentIndex()
            if event.text().strip() and event.text().isprintable() and current.isValid():
                cell = self.model.entry_cell(current.row(), current.column())
                if cell is not None and not self.model.editable_cell(cell):
                    self._say(current, self.model.read_only_reason(cell))
        if (
            event.type() == QEvent.Type.KeyPress
            and isinstance(event, QKeyEvent)
            and event.key() in _TOGGLE_KEYS
            and self.model.is_unit(self.table.currentIndex().row())
        ):
            self._toggle(self.table.currentIndex())
            return True
        return False

    @guarded
    def _show_holder(self, holder_id: str | None) -> None:
        context = self.context
        self._holder = holder_id
        if context is None or holder_id is None:
            return
        months = context.months_of_year()
        keys = [m.key for m in months]
        focus = len(context.months_to_focus())
        conn = context.doc.conn
        with busy():  # the whole company's goals: can take a moment
            goals = goal_heads(conn, self._holders(holder_id), context.year)
            names: dict[str, str] = {}
            rows = [
                GridRow(
                    goal,
                    kpi,
                    names.get(goal.owner_id)
                    or names.setdefault(goal.owner_id, context.owner_name(goal.owner_id)),
                )
                for goal in goals
                if (kpi := context.kpis.get(goal.kpi_id)) is not None
            ]

            def load(ids: Sequence[str]) -> Any:
                return (
                    goals_by_id(conn, ids),
                    *period_values(conn, ids, keys),
                    entry_state(conn, ids, keys),
                    deviation_notes(conn, ids, keys),
                )

            lines = None
            if self.include_members.isChecked() and holder_id in context.units:
                kpis = context.kpis
                lines = group_lines(
                    holder_id,
                    context.units.values(),
                    context.people.values(),
                    [(row.goal.owner_id, row.goal.kpi_id) for row in rows],
                    lambda kpi_id: kpi_id in kpis and additive(kpis[kpi_id]),
                )
            shown = {m.key for m in context.focus_months()}
            self.model.set_rows(
                [month_label(m.number, context.language) for m in months],
                rows,
                judged=focus,
                period_keys=keys,
                loader=load,
                focus=[i for i, m in enumerate(months) if m.key in shown],
                lines=lines,
                unit_names={u.id: u.name for u in context.units.values()} if lines else None,
            )
            self._fit_columns()
        if self.model.focus_column is not None:
            self.table.scroll_to_column(self.model.focus_column)
        self.title.setText(self._title(context, holder_id))
        legend_for = tuple({row.kpi.id: row.kpi for row in rows}.values())
        if legend_for != self._legend_for:  # the same KPIs (as defined now): the same legend
            self._legend_for = legend_for
            self.legend.set_kpis(legend_for)
        self._show_no_goals(context, holder_id, bool(rows))
        self._name_month_actions(context, bool(rows))
        self._alerts_due = True
        self._show_alerts()

    def _name_month_actions(self, context: DocumentContext, any_goals: bool) -> None:
        """Close/Reopen name the month in focus; off for a quarter or year, a read-only
        document, or no goals shown."""
        focus = context.focus
        month = focus.granularity is Granularity.MONTH
        name = format_period(focus, context.language)
        self.close_month_action.setText(fill(self.tr("&Close %1"), name))
        self.reopen_month_action.setText(fill(self.tr("Re&open %1"), name))
        usable = month and any_goals and not context.doc.read_only
        self.period_button.setEnabled(usable)
        for action in (self.close_month_action, self.reopen_month_action):
            action.setEnabled(usable)
        self.period_button.setToolTip(
            self.tr(
                "Close the month in focus for the goals shown: their values for it become "
                "read-only until it is reopened (Ctrl+Shift+L closes, Ctrl+Shift+O reopens; "
                "Ctrl+Z undoes)"
            )
            if month
            else self.tr("Choose a month in the period bar to close or reopen it")
        )

    def close_month(self, closed: bool) -> bool:
        """Close (or reopen) the month in focus for every goal the grid shows."""
        context = self.context
        run = getattr(self.window(), "run_op", None)
        if context is None or run is None or context.focus.granularity is not Granularity.MONTH:
            return False
        from perfdesk.store import ops

        goal_ids = self.model.goal_ids()
        key = context.focus.key
        title = self.tr("Close a month") if closed else self.tr("Reopen a month")
        return run(title, lambda doc: ops.set_period_closed(doc, goal_ids, key, closed)) is not None

    def _title(self, context: DocumentContext, holder_id: str) -> str:
        """ "Actuals of 集团 / 销售部, 2026" and, for a quarter or year, which one is marked."""
        crumb = context.breadcrumb(holder_id)
        focus = context.focus
        if self.model.layer == "target":
            return fill(self.tr("Targets of %1, %2"), crumb, context.year)
        if focus.granularity is Granularity.MONTH:
            return fill(self.tr("Actuals of %1, %2"), crumb, context.year)
        return fill(
            self.tr("Actuals of %1, %2 (the months of %3 are marked, judged to %4)"),
            crumb,
            context.year,
            format_period(focus, context.language),
            month_label(context.months_to_focus()[-1].number, context.language)
            if context.months_to_focus()
            else "—",
        )

    def _show_no_goals(self, context: DocumentContext, holder_id: str, any_rows: bool) -> None:
        self.subtotal_note.setVisible(any_rows and self.model.grouped)
        for widget in (self.table, self.legend):
            widget.setVisible(any_rows)
        self.no_goals.setVisible(not any_rows)
        if not any_rows:
            self.no_goals.show_for(context, holder_id)
            unit = holder_id in context.units
            self.include_action.setVisible(unit and not self.include_members.isChecked())

    # -- deviation notes --------------------------------------------------------------
    @guarded
    def _toggle_notes(self, on: bool) -> None:
        """Show or hide the notes pane (made on first use); the grid keeps its months."""
        self._toggle_pane("notes", on)

    _PANES = ("notes", "detail", "alerts")

    def _pane(self, name: str) -> QWidget:
        """The side pane `name`, made on first use."""
        if name == "notes":
            if self.note_panel is None:
                from perfdesk.ui.deviation_panel import DeviationPanel

                self.note_panel = DeviationPanel(self._save_note)
            return self.note_panel  # type: ignore[no-any-return]
        if name == "detail":
            if self.detail is None:
                from perfdesk.ui.kpi_detail import KpiDetail

                self.detail = KpiDetail(self._language())
            return self.detail  # type: ignore[no-any-return]
        if self.alerts is None:
            from perfdesk.ui.alerts_pane import AlertsPane

            self.alerts = AlertsPane(self._language())
            self.alerts.chosen.connect(self._alert_chosen)
        return self.alerts  # type: ignore[no-any-return]

    def _language(self) -> str:
        return self.context.language if self.context is not None else "zh"

    def _pane_title(self, name: str) -> str:
        return {
            "notes": self.tr("Deviation Note"),
            "detail": self.tr("Detail"),
            "alerts": self.tr("Alerts"),
        }[name]

    def _toggle_pane(self, name: str, on: bool, remember: bool = False) -> None:
        """Show pane `name` as a tab of the side pane (made on first use), or take it
        away; the side pane shows while it holds a tab."""
        if remember:
            from perfdesk.ui.settings import KPI_ALERTS, KPI_DETAIL, Settings

            Settings().set(KPI_DETAIL if name == "detail" else KPI_ALERTS, int(on))
        if self.side is None:
            if not on:
                return
            self.side = QTabWidget()
            self.side.setObjectName("kpiSide")
            self.side.setDocumentMode(True)
            self.side.setVisible(False)
            self.side.currentChanged.connect(self._side_changed)
            self.splitter.addWidget(self.side)
            self.splitter.setStretchFactor(2, 1)
        side = self.side
        pane = self._pane(name)
        index = side.indexOf(pane)
        if on and index < 0:
            shown = [side.widget(i) for i in range(side.count())]
            before = sum(
                1 for other in self._PANES[: self._PANES.index(name)] if self._made(other) in shown
            )
            side.insertTab(before, pane, self._pane_title(name))
        elif not on and index >= 0:
            side.removeTab(index)
        was_shown = not side.isHidden()
        side.setVisible(side.count() > 0)
        # With a pane beside it the grid is narrow and the help box tall: the grid's rows
        # get its room (the buttons' tooltips say the same).
        self.help_notice.setVisible(side.isHidden())
        if on:
            side.setCurrentWidget(pane)
            if not was_shown:
                sizes = self.splitter.sizes()
                width = 360  # the months keep what they can; the splitter moves it
                self.splitter.setSizes([sizes[0], max(sizes[1] - width, 200), width])
        self._side_changed()

    def _made(self, name: str) -> QWidget | None:
        made: QWidget | None = {
            "notes": self.note_panel,
            "detail": self.detail,
            "alerts": self.alerts,
        }[name]
        return made

    @guarded
    def _side_changed(self, *_args: object) -> None:
        """The side pane's tab in view follows the grid."""
        side = self.side
        if side is None or side.isHidden():
            return
        current = side.currentWidget()
        if current is None:
            return
        if current is self.note_panel:
            self._show_note()
        elif current is self.detail:
            self._show_detail()
        elif current is self.alerts:
            self._show_alerts()

    @guarded
    def _current_changed(self, _current: QModelIndex, _previous: QModelIndex) -> None:
        panel = self.note_panel
        if panel is not None and panel.isVisible() and panel.typed and not panel.save():
            return  # refused: the pane keeps the unsaved note and says why, nothing lost
        self._show_note()
        self._show_detail()

    @guarded
    def _values_changed(self, *_args: object) -> None:
        """The grid changed (a write, an undo, a reload): the pane follows, unless the
        user is typing into it."""
        panel = self.note_panel
        if panel is not None and panel.isVisible() and not panel.dirty:
            self._show_note()
        self._show_detail()

    def _show_note(self) -> None:
        panel = self.note_panel
        if panel is None or not panel.isVisible():
            return
        current = self.table.currentIndex()
        cell = self.model.entry_cell(current.row(), current.column()) if current.isValid() else None
        if cell is None or self.context is None:
            panel.show_cell(None, "", "")
            return
        name = fill(
            self.tr("%1, %2"),
            self._row_label(current.row()),
            format_period(parse_period(cell.period), self.context.language),
        )
        panel.show_cell(cell, name, self.model.read_only_reason(cell))

    def _save_note(self, cell: EntryCell, texts: Sequence[str]) -> str:
        """The pane's Save: one set_deviation_note through the window's undo stack;
        '' when written, else why not."""
        context = self.context
        run = getattr(self.window(), "run_op", None)
        if context is None or run is None:
            return self.tr("The note could not be saved.")
        from perfdesk.store import ops

        refused = ops.check_deviation_note(context.doc, cell.goal_id, cell.period, texts)
        if refused is not None:
            return op_error_text(refused, context.language)
        title = self.tr("Save a deviation note")
        written = run(
            title, lambda doc: ops.set_deviation_note(doc, cell.goal_id, cell.period, *texts)
        )
        return "" if written is not None else self.tr("The note was not saved.")

    # -- the goal's detail and the alerts ---------------------------------------------
    def _show_detail(self) -> None:
        detail = self.detail
        if detail is None or not detail.isVisible():
            return
        current = self.table.currentIndex()
        detail.show_goal(self._goal_year(current.row()) if current.isValid() else None)

    def _goal_year(self, row: int) -> Any:
        """The selected goal's year, last year's same goal and what has ended."""
        import datetime

        from perfdesk.ui.kpi_detail import GoalYear

        context = self.context
        grid_row = self.model.goal_row(row)
        if context is None or grid_row is None:
            return None
        conn = context.doc.conn
        months = context.months_of_year()
        keys = [m.key for m in months]
        goal = grid_row.goal
        targets, actuals = period_values(conn, [goal.id], keys)
        year = int(context.year)
        before = [
            head
            for head in goal_heads(conn, [goal.owner_id], str(year - 1))
            if head.kpi_id == goal.kpi_id
        ]
        last_year: tuple[float | None, ...] = ()
        if before:
            old_keys = [f"{year - 1}-{m.number:02d}" for m in months]
            _old_targets, old = period_values(conn, [before[0].id], old_keys)
            last_year = tuple(old.get((before[0].id, k)) for k in old_keys)
            if not any(v is not None for v in last_year):
                last_year = ()
        full = goals_by_id(conn, [goal.id]).get(goal.id)
        today = datetime.date.today()
        return GoalYear(
            title=self._row_label(row),
            year=year,
            kpi=grid_row.kpi,
            month_labels=tuple(month_label(m.number, context.language) for m in months),
            targets=tuple(targets.get((goal.id, k)) for k in keys),
            actuals=tuple(actuals.get((goal.id, k)) for k in keys),
            last_year=last_year,
            goal_target=goal.target,
            target_max=full.target_max if full is not None else None,
            judged=sum(1 for m in months if m.end < today),
        )

    def _show_alerts(self) -> None:
        alerts = self.alerts
        context = self.context
        if alerts is None or not alerts.isVisible() or context is None or not self._alerts_due:
            return
        if self._holder is None:
            return
        from perfdesk.ui.alerts_pane import collect

        self._alerts_due = False
        with busy():
            lines = collect(context, self._holders(self._holder, everyone=True))
        alerts.show_lines(lines, context.breadcrumb(self._holder), context.year)

    @guarded
    def _alert_chosen(self, goal_id: str, period: str, owner_id: str) -> None:
        """An alert was clicked: its month selected in the grid, listing the goal first
        (the holder's teams and people included, or the goal's holder picked)."""
        model = self.model
        row = model.row_of_goal(goal_id)
        if row is None and not self.include_members.isChecked():
            self.include_members.setChecked(True)
            row = model.row_of_goal(goal_id)
        if row is None:
            self.org_tree.select_holder(owner_id)
            row = model.row_of_goal(goal_id)
        column = model.period_column(period)
        if row is None or column is None:
            self._say(QModelIndex(), self.tr("The grid does not list this goal's month."))
            return
        index = model.index(row, column)
        self.table.setCurrentIndex(index)
        self.table.scrollTo(index)
        self.table.setFocus()

    # -- entering values ------------------------------------------------------------
    def patch_cells(self, changes: Any) -> bool:
        """Values were written (`changes.cells`): repaint those rows in place. False when
        the grid is not on screen (it reloads when next shown instead)."""
        if self._stale or self.context is None or not self.isVisible() or not changes.cells:
            return False
        self.model.patch(changes.cells)
        self._alerts_due = True
        self._show_alerts()
        return True

    @guarded
    def _set_layer(self, targets: bool) -> None:
        self.model.set_layer("target" if targets else "actual")
        self.show_targets.setEnabled(not targets)
        if self.context is not None and self._holder is not None:
            self.title.setText(self._title(self.context, self._holder))
        self._say(QModelIndex(), "")

    def _value(self, cell: EntryCell, text: str) -> float | None:
        """`text` read in the unit the row shows, as the value to store (raises
        NumberInputError)."""
        divisor = Decimal(repr(cell.scale.divisor))
        shown = parse_value(text, cell.scale.unit, limit=float(Decimal(MAX_MAGNITUDE) / divisor))
        if shown is None:
            return None
        value = float(Decimal(repr(shown)) * divisor)
        return 0.0 if value == 0 else value

    def _commit_text(self, row: int, column: int, text: str) -> bool:
        """The editor's text for one cell: written (True), unchanged (True) or refused
        with the reason beside the cell (False, nothing written)."""
        index = self.model.index(row, column)
        cell = self.model.entry_cell(index.row(), index.column())
        if cell is None or not self.model.editable_cell(cell):
            self._say(index, self.model.read_only_reason(cell) if cell is not None else "")
            return False
        try:
            value = self._value(cell, text)
        except NumberInputError as error:
            self._say(index, input_error_text(error))
            return False
        self._say(index, "")
        if value == cell.value:
            return True
        return self._write(
            [(cell.goal_id, cell.period, cell.column, value)],
            self.tr("Enter a target") if cell.column == "target" else self.tr("Enter a value"),
            index,
        )

    def _write(
        self, cells: list[Cell], title: str, index: QModelIndex, checked: bool = False
    ) -> bool:
        """One set_values through the window's undo stack, after the store's checks."""
        context = self.context
        run = getattr(self.window(), "run_op", None)
        if context is None or run is None:
            return False
        from perfdesk.store import ops

        if not checked:
            refused = ops.check_values(context.doc, cells)
            if refused:
                self._say(index, op_error_text(refused[0][1], context.language))
                return False
        return run(title, lambda doc: ops.set_values(doc, cells)) is not None

    def _say(self, index: QModelIndex, text: str) -> None:
        """Why a value was refused: on the status line under the grid and beside the cell."""
        self.entry_message.setText(text)
        self.entry_message.setVisible(bool(text))
        if text and index.isValid():
            rect = self.table.visualRect(index)
            viewport = self.table.viewport()
            QToolTip.showText(viewport.mapToGlobal(rect.bottomLeft()), text, viewport, rect)

    @guarded
    def _move(self, rows: int, columns: int) -> None:
        """After Enter (down) or Tab (right) the next cell, within the months."""
        model = self.model
        current = self.table.currentIndex()
        if not current.isValid():
            return
        row = min(max(current.row() + rows, 0), model.rowCount() - 1)
        column = current.column() + columns
        column = min(max(column, model.FIRST_PERIOD), model.col_to_date - 1)
        self.table.setCurrentIndex(model.index(row, column))

    def clear_selection(self) -> None:
        """Delete: empty the selected months that take values, in one undo step."""
        model = self.model
        selection = self.table.selectionModel()
        indexes = list(selection.selectedIndexes()) if selection is not None else []
        if not indexes and self.table.currentIndex().isValid():
            indexes = [self.table.currentIndex()]
        cells: list[Cell] = []
        for index in indexes:
            cell = model.entry_cell(index.row(), index.column())
            if cell is not None and model.editable_cell(cell) and cell.value is not None:
                cells.append((cell.goal_id, cell.period, cell.column, None))
        if not cells:
            self._say(
                self.table.currentIndex(),
                self.tr("Nothing to clear: the selection holds no values that can be changed."),
            )
            return
        self._say(QModelIndex(), "")
        self._write(cells, fill(self.tr("Clear %1 values"), len(cells)), QModelIndex())

    def _row_label(self, row: int) -> str:
        model = self.model
        owner = str(model.index(row, model.COL_OWNER).data() or "").strip()
        kpi = str(model.index(row, model.COL_KPI).data() or "").strip()
        return fill(self.tr("%1 · %2"), owner, kpi) if kpi else owner

    @guarded
    def paste_text(self, text: str) -> None:
        """Ctrl+V: a tab-separated block at the current cell, all cells or none."""
        model = self.model
        context = self.context
        start = self.table.currentIndex()
        if context is None or not start.isValid():
            return
        block = split_block(text)
        height, width = len(block), max((len(line) for line in block), default=0)
        if not height or not width:
            self._say(start, self.tr("The clipboard holds no cells to paste."))
            return
        if not model.FIRST_PERIOD <= start.column() < model.col_to_date:
            self._say(start, self.tr("Pick the month cell where the block's top left goes."))
            return
        rows_left = model.rowCount() - start.row()
        columns_left = model.col_to_date - start.column()
        if height > rows_left or width > columns_left:
            self._say(
                start,
                fill(
                    self.tr(
                        "The block has %1 rows and %2 columns, but from this cell there are "
                        "only %3 rows and %4 months; nothing was pasted."
                    ),
                    height,
                    width,
                    rows_left,
                    columns_left,
                ),
            )
            return
        cells: list[Cell] = []
        places: list[tuple[int, int, str]] = []  # (row, column, text) of each cell
        bad: list[BadCell] = []
        unchanged = 0

        def refuse(row: int, column: int, text: str, reason: str) -> None:
            header = str(model.headerData(column, Qt.Orientation.Horizontal) or "")
            bad.append(BadCell(self._row_label(row), header, text, reason))

        for i, line in enumerate(block):
            for j, raw in enumerate(line):
                row, column = start.row() + i, start.column() + j
                cell = model.entry_cell(row, column)
                if cell is None:
                    refuse(row, column, raw, self.tr("This row takes no values."))
                    continue
                if not model.editable_cell(cell):
                    refuse(row, column, raw, model.read_only_reason(cell))
                    continue
                try:
                    value = self._value(cell, raw)
                except NumberInputError as error:
                    refuse(row, column, raw, input_error_text(error))
                    continue
                if value == cell.value:
                    unchanged += 1
                    continue
                cells.append((cell.goal_id, cell.period, cell.column, value))
                places.append((row, column, raw))
        from perfdesk.store import ops

        for number, refused in ops.check_values(context.doc, cells) if cells else []:
            row, column, raw = places[number]
            refuse(row, column, raw, op_error_text(refused, context.language))
        total = height * width
        if bad:
            self._say(
                start, fill(self.tr("Nothing was pasted: %1 cells cannot be entered."), len(bad))
            )
            self.paste_report = BadCellsDialog(bad, total, self)
            self.paste_report.open()
            return
        self._say(QModelIndex(), "")
        if cells:
            self._write(cells, fill(self.tr("Paste %1 values"), len(cells)), start, checked=True)
        selection = self.table.selectionModel()
        if selection is not None:
            last = model.index(start.row() + height - 1, start.column() + width - 1)
            selection.select(
                QItemSelection(start, last), QItemSelectionModel.SelectionFlag.ClearAndSelect
            )
