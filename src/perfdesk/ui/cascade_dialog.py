"""Goal → Decompose…: share a goal's target among the units or people below its holder.

The shares and amounts are core/cascade's (exact in the KPI's minor units for
additive KPIs, the same rate for each child for rates); the write is
`ops.cascade_goal`, one undo step. The dialog picks the child holders (the units
directly under the goal's holder, every department, or the people of the holder's
unit), the KPI (the same one or a mapped one) and how to share; the preview table
shows each holder's share and target, both editable: typing one pins it and the
others are recomputed to make 100 %. Holders that already have a goal on the KPI
are asked about: update it or skip it. The sum against the parent is always shown;
a refusal is said next to its field and nothing is written. Enter applies, Esc cancels.
"""

from __future__ import annotations

from collections.abc import Callable
from fractions import Fraction
from typing import Any

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QFormLayout,
    QLineEdit,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from perfdesk.core.cascade import (
    Decision,
    Holder,
    Plan,
    ShareMethod,
    TwoLevelPlan,
    plan_cascade,
    plan_two_levels,
    typed_shares,
)
from perfdesk.core.number_input import NumberInputError, parse_value
from perfdesk.core.numbers import format_bare
from perfdesk.core.periods import format_period, parse_period
from perfdesk.core.split import Mode, SplitError
from perfdesk.store import ops
from perfdesk.store.repo_cascade import (
    Candidate,
    candidates,
    child_units,
    goal_info,
    unit_people,
)
from perfdesk.ui.cascade_levels import SecondLevel
from perfdesk.ui.context import DocumentContext
from perfdesk.ui.entry import input_error_text
from perfdesk.ui.guard import guarded
from perfdesk.ui.op_errors import op_error_text
from perfdesk.ui.preview_dialog import apply_buttons, preview_layout, preview_table, sum_label
from perfdesk.ui.split_dialog import error_label, say
from perfdesk.ui.text import fill, plain
from perfdesk.ui.widgets.text_label import TextLabel, wrapping_label

COL_INCLUDE, COL_HOLDER, COL_SHARE, COL_TARGET, COL_EXISTING = range(5)
SCOPE_CHILDREN, SCOPE_DEPARTMENTS, SCOPE_PEOPLE = "children", "departments", "people"


def run_dialog(dialog: QDialog) -> None:
    """Show the dialog until applied or cancelled (tests drive it instead)."""
    dialog.exec()


class CascadeDialog(QDialog):
    def __init__(
        self,
        parent: QWidget,
        context: DocumentContext,
        goal_id: str,
        apply: Callable[[str, Callable[[Any], Any]], Any],
    ) -> None:
        super().__init__(parent)
        self.context = context
        self.doc = context.doc
        self.goal_id = goal_id
        self.apply_op = apply
        goal = goal_info(self.doc.conn, goal_id)
        assert goal is not None
        self.goal = goal
        self.plan: Plan | None = None
        self.candidates: list[Candidate] = []
        self.included: dict[str, bool] = {}
        self.pins: dict[str, Fraction] = {}
        self.decisions: dict[str, Decision] = {}
        self._filling = False
        self.setWindowTitle(self.tr("Decompose Goal"))
        self.setMinimumWidth(600)

        parent_kpi = context.kpis.get(goal.kpi_id)
        period = format_period(parse_period(goal.period), context.language)
        heading = TextLabel(
            fill(
                self.tr("%1 · %2 · %3: target %4"),
                context.owner_name(goal.owner_id),
                parent_kpi.name if parent_kpi else "",
                period,
                self._format(goal.target, goal.decimals),
            )
        )
        heading.setObjectName("tabTitle")
        form = QFormLayout()
        self.scope = QComboBox()
        self.scope.setAccessibleName(self.tr("Child holders"))
        if goal.unit_id is not None:
            self.scope.addItem(self.tr("The units directly below"), SCOPE_CHILDREN)
            self.scope.addItem(self.tr("All departments"), SCOPE_DEPARTMENTS)
            self.scope.addItem(self.tr("The people of this unit"), SCOPE_PEOPLE)
        form.addRow(self.tr("Child &holders:"), self.scope)
        self.kpi = QComboBox()
        self.kpi.addItem(self.tr("The same KPI"), goal.kpi_id)
        for kpi in sorted(context.kpis.values(), key=lambda k: k.code):
            if kpi.id != goal.kpi_id and not kpi.archived:
                self.kpi.addItem(fill(self.tr("Mapped to %1"), plain(kpi.name, 60)), kpi.id)
        form.addRow(self.tr("&KPI:"), self.kpi)
        self.method = QComboBox()
        for method, text in (
            (ShareMethod.EVEN, self.tr("Evenly")),
            (ShareMethod.SHARES, self.tr("By the shares in the table")),
            (ShareMethod.LAST_YEAR, self.tr("By last year's actuals")),
            (ShareMethod.HEADCOUNT, self.tr("By headcount")),
        ):
            self.method.addItem(text, method.value)
        form.addRow(self.tr("&Share:"), self.method)
        self.weight = QLineEdit(format_bare(goal.weight, 0, trim=True) if goal.weight else "")
        self.weight_error = error_label()
        weight_box = QVBoxLayout()
        weight_box.addWidget(self.weight)
        weight_box.addWidget(self.weight_error)
        form.addRow(self.tr("Weight of each new goal (%):"), weight_box)
        self.mode_note = wrapping_label()
        self.note = wrapping_label()
        self.note.hide()

        self.table = preview_table(
            [
                self.tr("Include"),
                self.tr("Holder"),
                self.tr("Share %"),
                self.tr("Target"),
                self.tr("Existing goal"),
            ],
            COL_HOLDER,
        )
        self.table.itemChanged.connect(self._item_changed)
        self.table_error = error_label()
        self.sum_line = sum_label()

        # The second level (company → departments → their teams), one undo step too.
        self.second = SecondLevel()
        self.second.changed.connect(self._second_changed)
        self.second.refused.connect(self._second_refused)
        self.children_of: dict[str, list[Candidate]] = {}
        self.two_plan: TwoLevelPlan | None = None
        tables = QWidget()
        tables_layout = QVBoxLayout(tables)
        tables_layout.setContentsMargins(0, 0, 0, 0)
        tables_layout.addWidget(self.table, 3)
        tables_layout.addWidget(self.second, 2)

        self.buttons, self.ok = apply_buttons(self, self.tr("&Apply"), self.try_apply)
        preview_layout(
            self,
            [heading, form, self.mode_note, self.note],
            tables,
            self.table_error,
            self.sum_line,
            self.buttons,
        )

        self.scope.currentIndexChanged.connect(self._load_holders)
        self.kpi.currentIndexChanged.connect(self._load_holders)
        self.method.currentIndexChanged.connect(self._method_changed)
        self.weight.textEdited.connect(self._check_weight)
        self._load_holders()
        self.resize(720, 560)

    # -- data -------------------------------------------------------------------------
    def _format(self, value: float | None, decimals: int) -> str:
        return "" if value is None else format_bare(value, decimals)

    def child_kpi(self) -> Any:
        return self.context.kpis.get(str(self.kpi.currentData()))

    def _holders(self) -> list[tuple[str, str, bool, str]]:
        conn = self.doc.conn
        scope = self.scope.currentData()
        unit = self.goal.unit_id
        if unit is None:
            return []
        if scope == SCOPE_PEOPLE:
            return [(pid, name, True, "person") for pid, name in unit_people(conn, unit)]
        if scope == SCOPE_DEPARTMENTS:
            return [
                (u.id, u.name, False, str(u.kind))
                for u in self.context.units.values()
                if str(u.kind) == "department" and u.id != unit
            ]
        return [(uid, name, False, kind) for uid, name, kind in child_units(conn, unit)]

    @guarded
    def _load_holders(self, *_args: object) -> None:
        self.candidates = candidates(
            self.doc.conn, self._holders(), str(self.kpi.currentData()), self.goal.period
        )
        self.included = {c.id: True for c in self.candidates}
        self.pins = {}
        self.decisions = {}
        self.second.forget_typed()
        self.second.allow(self.scope.currentData() != SCOPE_PEOPLE)
        self.children_of = {}
        self._load_children()
        self._recompute()

    def _load_children(self) -> None:
        """Each first-level unit's own units, with what their shares need (read once)."""
        if not self.second.is_on() or self.children_of:
            return
        conn = self.doc.conn
        below = {c.id: child_units(conn, c.id) for c in self.candidates if not c.is_person}
        found = candidates(
            conn,
            [(uid, name, False, kind) for units in below.values() for uid, name, kind in units],
            str(self.kpi.currentData()),
            self.goal.period,
        )
        by_id = {c.id: c for c in found}
        self.children_of = {
            parent: [by_id[uid] for uid, _name, _kind in units] for parent, units in below.items()
        }

    @guarded
    def _second_changed(self) -> None:
        self._load_children()
        self._recompute()

    @guarded
    def _second_refused(self) -> None:
        """A share or target typed below is not a number: nothing applies until fixed."""
        self.ok.setEnabled(False)

    @guarded
    def _method_changed(self, *_args: object) -> None:
        if self.method.currentData() != ShareMethod.SHARES.value:
            self.pins = {}
        self._recompute()

    @guarded
    def _check_weight(self, *_args: object) -> None:
        self._recompute()

    def holders(self) -> list[Holder]:
        return [
            Holder(
                c.id,
                c.name,
                c.is_person,
                c.last_year,
                c.headcount,
                c.existing_goal_id,
            )
            for c in self.candidates
            if self.included.get(c.id)
        ]

    def weight_value(self) -> float | str | None:
        text = self.weight.text().strip()
        if not text:
            return None
        try:
            value = parse_value(text, "%")
        except NumberInputError as error:
            return input_error_text(error)
        if value is None:
            return None
        if not 0 <= value <= 100:
            return op_error_text(ops.OpError("weight_range"), self.context.language)
        return value

    # -- user edits -------------------------------------------------------------------
    def set_share(self, holder_id: str, text: str) -> None:
        """Type a share (as in the table): it is pinned and the others make up 100 %."""
        item = self.table.item(self._row_of(holder_id), COL_SHARE)
        assert item is not None
        item.setText(text)

    def set_amount(self, holder_id: str, text: str) -> None:
        item = self.table.item(self._row_of(holder_id), COL_TARGET)
        assert item is not None
        item.setText(text)

    def set_decision(self, holder_id: str, decision: Decision | str) -> None:
        combo = self.table.cellWidget(self._row_of(holder_id), COL_EXISTING)
        assert isinstance(combo, QComboBox)
        combo.setCurrentIndex(combo.findData(Decision(decision).value))

    def set_included(self, holder_id: str, included: bool) -> None:
        item = self.table.item(self._row_of(holder_id), COL_INCLUDE)
        assert item is not None
        item.setCheckState(Qt.CheckState.Checked if included else Qt.CheckState.Unchecked)

    def _row_of(self, holder_id: str) -> int:
        for row in range(self.table.rowCount()):
            item = self.table.item(row, COL_HOLDER)
            if item is not None and item.data(Qt.ItemDataRole.UserRole) == holder_id:
                return row
        raise KeyError(holder_id)

    @guarded
    def _item_changed(self, item: QTableWidgetItem) -> None:
        if self._filling:
            return
        holder_item = self.table.item(item.row(), COL_HOLDER)
        if holder_item is None:
            return
        holder_id = str(holder_item.data(Qt.ItemDataRole.UserRole))
        say(self.table_error, "")
        if item.column() == COL_INCLUDE:
            self.included[holder_id] = item.checkState() == Qt.CheckState.Checked
            self.pins.pop(holder_id, None)
        elif item.column() in (COL_SHARE, COL_TARGET):
            unit = "%" if item.column() == COL_SHARE else self._unit()
            try:
                value = parse_value(item.text(), unit)
            except NumberInputError as error:
                say(self.table_error, input_error_text(error))
                self.ok.setEnabled(False)
                return
            if value is None:
                self.pins.pop(holder_id, None)
            elif item.column() == COL_SHARE:
                self.pins[holder_id] = Fraction(repr(value))
            else:
                total = self.goal.target or 0
                if total == 0:
                    say(self.table_error, self.tr("The parent's target is 0: set shares instead."))
                    return
                self.pins[holder_id] = Fraction(repr(value)) / Fraction(repr(total)) * 100
            self.method.blockSignals(True)
            self.method.setCurrentIndex(self.method.findData(ShareMethod.SHARES.value))
            self.method.blockSignals(False)
        self._recompute()

    def _unit(self) -> str:
        kpi = self.child_kpi()
        return kpi.unit if kpi is not None else ""

    # -- the preview ------------------------------------------------------------------
    @guarded
    def _recompute(self, *_args: object) -> None:
        say(self.table_error, "")
        weight = self.weight_value()
        say(self.weight_error, weight if isinstance(weight, str) else "")
        holders = self.holders()
        kpi = self.child_kpi()
        aggregation = None if kpi is None else kpi.aggregation
        decimals = self.goal.decimals if kpi is None else kpi.decimals
        method = ShareMethod(str(self.method.currentData()))
        plan = None
        try:
            if not holders:
                raise SplitError("no_holders")
            shares = typed_shares(method, holders, self.pins)
            plan = plan_cascade(
                self.goal.target,
                holders,
                aggregation=aggregation,
                decimals=decimals,
                method=ShareMethod.SHARES if shares is not None else method,
                shares=shares,
                decisions=self.decisions,
            )
        except SplitError as error:
            say(self.table_error, op_error_text(error, self.context.language))
        self.plan = plan
        self.two_plan = self._two_levels(plan, holders, aggregation, decimals)
        self._fill(plan)
        self.ok.setEnabled(
            plan is not None
            and not isinstance(weight, str)
            and (self.two_plan is not None or not self.second.is_on())
        )
        self._show_sum(plan)

    def _two_levels(
        self, plan: Plan | None, holders: list[Holder], aggregation: Any, decimals: int
    ) -> TwoLevelPlan | None:
        """The first level as previewed, each taken holder's target shared on below."""
        if plan is None or not self.second.is_on():
            self.second.show_plan(None, {}, decimals)
            return None
        children = {
            parent: [
                Holder(
                    c.id,
                    c.name,
                    c.is_person,
                    c.last_year,
                    c.headcount,
                    c.existing_goal_id,
                    locked=c.locked,
                )
                for c in kids
            ]
            for parent, kids in self.children_of.items()
        }
        names = {c.id: c.name for c in self.candidates}
        names.update({c.id: c.name for kids in self.children_of.values() for c in kids})
        self.second.unit = self._unit()
        try:
            two = plan_two_levels(
                plan.total,
                holders,
                children,
                aggregation=aggregation,
                decimals=decimals,
                method=ShareMethod.SHARES,
                shares=[row.share for row in plan.rows],
                decisions=self.decisions,
                below_method=self.second.below_method(),
                below_decisions={
                    c.id: self.second.existing_decision()
                    for kids in self.children_of.values()
                    for c in kids
                    if c.existing_goal_id is not None
                },
                below_typed=self.second.typed,
            )
        except SplitError as error:  # typed shares below one holder cannot make 100 %
            holder = str(error.params.get("holder", ""))
            self.second.refuse(names.get(holder, ""), op_error_text(error, self.context.language))
            return None
        self.second.show_plan(two, names, decimals)
        return two

    def _fill(self, plan: Plan | None) -> None:
        rows = {r.holder.id: r for r in plan.rows} if plan is not None else {}
        kpi = self.child_kpi()
        decimals = kpi.decimals if kpi is not None else self.goal.decimals
        by_value = plan is not None and plan.mode is not Mode.AMOUNT
        self._filling = True
        try:
            self.table.setRowCount(len(self.candidates))
            for row, candidate in enumerate(self.candidates):
                plan_row = rows.get(candidate.id)
                include = QTableWidgetItem()
                include.setFlags(
                    Qt.ItemFlag.ItemIsEnabled
                    | Qt.ItemFlag.ItemIsSelectable
                    | Qt.ItemFlag.ItemIsUserCheckable
                )
                include.setCheckState(
                    Qt.CheckState.Checked
                    if self.included.get(candidate.id)
                    else Qt.CheckState.Unchecked
                )
                name = QTableWidgetItem(plain(candidate.name))
                name.setData(Qt.ItemDataRole.UserRole, candidate.id)
                name.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable)
                share = QTableWidgetItem(
                    "" if plan_row is None else format_bare(float(plan_row.share), 2)
                )
                target = QTableWidgetItem(
                    "" if plan_row is None else format_bare(plan_row.amount, decimals)
                )
                editable = plan_row is not None and not by_value
                for item in (share, target):
                    flags = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
                    if editable:
                        flags |= Qt.ItemFlag.ItemIsEditable
                    item.setFlags(flags)
                    item.setTextAlignment(
                        Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
                    )
                if candidate.id in self.pins:
                    share.setToolTip(self.tr("Set by hand; the others make up the rest."))
                for column, item in enumerate((include, name, share, target)):
                    self.table.setItem(row, column, item)
                self._existing_cell(row, candidate)
        finally:
            self._filling = False

    def _existing_cell(self, row: int, candidate: Candidate) -> None:
        if candidate.existing_goal_id is None:
            item = QTableWidgetItem(self.tr("New goal"))
            item.setFlags(Qt.ItemFlag.ItemIsEnabled)
            self.table.removeCellWidget(row, COL_EXISTING)
            self.table.setItem(row, COL_EXISTING, item)
            return
        combo = QComboBox()
        combo.setAccessibleName(self.tr("Existing goal"))
        combo.addItem(self.tr("Has one: skip it"), Decision.SKIP.value)
        combo.addItem(self.tr("Has one: update it"), Decision.UPDATE.value)
        combo.setCurrentIndex(combo.findData(self.decisions.get(candidate.id, Decision.SKIP).value))
        combo.currentIndexChanged.connect(
            guarded(lambda _i, c=combo, h=candidate.id: self._decide(h, c.currentData()))
        )
        self.table.setCellWidget(row, COL_EXISTING, combo)

    def _decide(self, holder_id: str, decision: str) -> None:
        self.decisions[holder_id] = Decision(decision)
        self._recompute()

    def _show_sum(self, plan: Plan | None) -> None:
        kpi = self.child_kpi()
        if plan is None:
            self.sum_line.setText(self.tr("Nothing will be written until this is corrected."))
            return
        asked = sum(1 for r in plan.rows if r.holder.existing_goal_id is not None)
        notes = []
        if asked:
            notes.append(
                fill(
                    self.tr(
                        "%1 of these already have a goal on this KPI: choose to update or "
                        "skip each."
                    ),
                    asked,
                )
            )
        fallback = {
            "last_year_empty": self.tr("Nobody has last year's actuals: shared evenly."),
            "last_year_negative": self.tr("Last year has negative actuals: shared evenly."),
            "no_headcount": self.tr("Nobody is counted in these holders: shared evenly."),
        }.get(plan.fallback or "")
        if fallback:
            notes.append(fallback)
        say(self.note, "\n".join(notes))
        decimals = plan.decimals
        if plan.mode is Mode.AMOUNT:
            self.mode_note.setText(
                self.tr("Additive KPI: the children's targets add up exactly to the parent's.")
            )
            children = plan.children_total or 0.0
            difference = plan.difference or 0.0
            self.sum_line.setText(
                fill(
                    self.tr("Decomposed %1 vs parent %2, difference %3"),
                    format_bare(children, decimals),
                    format_bare(plan.total, decimals),
                    format_bare(difference, decimals),
                )
            )
        else:
            self.mode_note.setText(
                self.tr("A rate or a level: every child gets the parent's value.")
            )
            self.sum_line.setText(
                fill(self.tr("Each child: %1"), format_bare(plan.total, decimals))
            )
        del kpi

    # -- applying ---------------------------------------------------------------------
    @guarded
    def try_apply(self) -> None:
        if self.plan is None or not self.ok.isEnabled():
            return
        weight = self.weight_value()
        if isinstance(weight, str):
            return
        plan = self.plan
        kpi_id = str(self.kpi.currentData())
        goal_id = self.goal_id
        mapped = None if kpi_id == self.goal.kpi_id else kpi_id
        two = self.two_plan
        if two is None and self.second.is_on():
            return  # the level below is refused: said under its tree
        if two is not None:
            result = self.apply_op(
                QCoreApplication.translate("CascadeDialog", "Decompose Goal (Two Levels)"),
                lambda doc: ops.cascade_two_levels(doc, goal_id, two, kpi_id=mapped, weight=weight),
            )
        else:
            result = self.apply_op(
                QCoreApplication.translate("CascadeDialog", "Decompose Goal"),
                lambda doc: ops.cascade_goal(doc, goal_id, plan, kpi_id=mapped, weight=weight),
            )
        if result is not None:
            self.accept()
