"""Dialogs of the Actions tab: the action form (add/edit, the owner rule proposed), return
with a reason, and verification (the proposed outcome with its numbers).

Thin: they collect input and hand back plain data (`ops.ActionInput`, a reason, an
outcome); the tab runs the operation, which checks everything again.
"""

from __future__ import annotations

import datetime
from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, QDate, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QButtonGroup,
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QRadioButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from perfdesk.core.actions import ActionStatus, Verification
from perfdesk.core.kpi import Direction
from perfdesk.core.number_input import NumberInputError, parse_value
from perfdesk.core.numbers import format_bare, number
from perfdesk.core.org import UnitKind
from perfdesk.store.ops import ActionInput
from perfdesk.ui.context import DocumentContext
from perfdesk.ui.guard import guarded
from perfdesk.ui.labels import label
from perfdesk.ui.text import fill, plain

OwnerRule = Callable[[list[str]], str | None]


def exact(value: float | None, decimals: int) -> str:
    """A measured value as typed: the KPI's decimals, more when it has more (14.5 for a
    whole-number KPI is not 14 when it decides verification)."""
    if value is None:
        return ""
    if round(value, decimals) == value:
        return number(value, decimals)
    return number(value, 4).rstrip("0").rstrip(".")


def _qdate(day: datetime.date) -> QDate:
    return QDate(day.year, day.month, day.day)


def _pydate(value: QDate) -> datetime.date:
    return datetime.date(value.year(), value.month(), value.day())


class ActionForm(QDialog):
    """Add or edit an action. The owner follows the seeds' rule until the user picks
    someone else; then a reason is asked for."""

    def __init__(
        self,
        context: DocumentContext,
        owner_rule: OwnerRule,
        goals: list[tuple[str, str, str]],  # (goal id, kpi id, label)
        initial: ActionInput | None = None,
        today: datetime.date | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Improvement action") if initial else self.tr("New action"))
        self._context = context
        self._rule = owner_rule
        self._goals = goals
        self._issue_id = initial.issue_id if initial else None
        day = today or datetime.date.today()
        departments = sorted(
            (
                u
                for u in context.units.values()
                if u.kind is not UnitKind.COMPANY and not u.archived
            ),
            key=lambda u: (u.sort_order, u.name),
        )
        self._departments = departments

        self.title = QLineEdit()
        self.title.setMaxLength(2000)
        self.unit = QComboBox()
        for unit in departments:
            self.unit.addItem(plain(unit.name), unit.id)
        self.co_units = QTableWidget(len(departments), 2)
        self.co_units.setHorizontalHeaderLabels([self.tr("Co-department"), self.tr("Its part")])
        self.co_units.verticalHeader().setVisible(False)
        self.co_units.horizontalHeader().setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        self.co_units.setEditTriggers(QAbstractItemView.EditTrigger.AllEditTriggers)
        self.co_units.setMinimumHeight(110)
        for row, unit in enumerate(departments):
            item = QTableWidgetItem(plain(unit.name))
            item.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Unchecked)
            item.setData(Qt.ItemDataRole.UserRole, unit.id)
            self.co_units.setItem(row, 0, item)
            self.co_units.setItem(row, 1, QTableWidgetItem(""))
        self.owner = QComboBox()
        self.owner.addItem(self.tr("(nobody)"), None)
        for person in sorted(context.people.values(), key=lambda p: p.name):
            if not person.archived:
                self.owner.addItem(plain(person.name), person.id)
        self.rule_label = QLabel()
        self.owner_reason = QLineEdit()
        self.owner_reason.setPlaceholderText(self.tr("Why someone other than the rule's owner"))
        self.start = QDateEdit(_qdate(day))
        self.start.setCalendarPopup(True)
        self.start.setDisplayFormat("yyyy-MM-dd")
        self.due = QDateEdit(_qdate(day + datetime.timedelta(days=30)))
        self.due.setCalendarPopup(True)
        self.due.setDisplayFormat("yyyy-MM-dd")
        self.measures = QPlainTextEdit()
        self.measures.setPlaceholderText(self.tr("What will be done, by whom, how often"))
        self.measures.setTabChangesFocus(True)
        self.measures.setMaximumHeight(90)
        self.kpi = QComboBox()
        self.kpi.addItem(self.tr("(no KPI)"), None)
        for kpi in sorted(context.kpis.values(), key=lambda k: k.name):
            self.kpi.addItem(plain(kpi.name), kpi.id)
        self.goal = QComboBox()
        self.baseline = QLineEdit()
        self.expected = QLineEdit()
        self.direction_label = QLabel()
        self.problem = QLabel()
        self.problem.setWordWrap(True)
        self.problem.setStyleSheet("color: #b00020;")

        form = QFormLayout()
        form.addRow(self.tr("Improvement item:"), self.title)
        form.addRow(self.tr("Responsible department:"), self.unit)
        form.addRow(self.tr("Co-departments and their parts:"), self.co_units)
        owner_row = QHBoxLayout()
        owner_row.addWidget(self.owner, 1)
        owner_row.addWidget(self.rule_label, 2)
        form.addRow(self.tr("Owner:"), owner_row)
        form.addRow(self.tr("Reason for the owner:"), self.owner_reason)
        dates = QHBoxLayout()
        dates.addWidget(self.start)
        dates.addWidget(QLabel(self.tr("to")))
        dates.addWidget(self.due)
        dates.addStretch(1)
        form.addRow(self.tr("Start and due date:"), dates)
        form.addRow(self.tr("Measures:"), self.measures)
        form.addRow(self.tr("KPI:"), self.kpi)
        form.addRow(self.tr("Goal:"), self.goal)
        values = QHBoxLayout()
        values.addWidget(self.baseline)
        values.addWidget(QLabel("→"))
        values.addWidget(self.expected)
        values.addWidget(self.direction_label)
        form.addRow(self.tr("Baseline → expected:"), values)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self._accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.problem)
        layout.addWidget(buttons)

        self._owner_touched = False
        self.unit.currentIndexChanged.connect(self._units_changed)
        self.co_units.itemChanged.connect(self._units_changed)
        self.owner.activated.connect(self._owner_chosen)
        self.kpi.currentIndexChanged.connect(self._kpi_changed)
        if initial is not None:
            self._fill(initial)
            self._owner_touched = initial.owner_id not in (None, self.rule_owner())
        self._kpi_changed()
        self._units_changed()
        self.resize(640, 620)

    # -- reading and writing the fields ------------------------------------------------
    def _fill(self, plan: ActionInput) -> None:
        self.title.setText(plan.title)
        self._select(self.unit, plan.responsible_unit_id)
        self.co_units.blockSignals(True)
        for row in range(self.co_units.rowCount()):
            unit_id = self._cell(row, 0).data(Qt.ItemDataRole.UserRole)
            if unit_id in plan.units:
                self._cell(row, 0).setCheckState(Qt.CheckState.Checked)
                self._cell(row, 1).setText(plan.units[unit_id])
        self.co_units.blockSignals(False)
        self._select(self.owner, plan.owner_id)
        self.owner_reason.setText(plan.owner_reason)
        if plan.start:
            self.start.setDate(_qdate(plan.start))
        if plan.due:
            self.due.setDate(_qdate(plan.due))
        self.measures.setPlainText(plan.measures)
        self._select(self.kpi, plan.kpi_id)
        self._kpi_changed()
        self._select(self.goal, plan.goal_id)
        self.baseline.setText(self._number(plan.baseline))
        self.expected.setText(self._number(plan.expected))

    def _cell(self, row: int, column: int) -> QTableWidgetItem:
        item = self.co_units.item(row, column)
        assert item is not None
        return item

    @staticmethod
    def _select(combo: QComboBox, value: object) -> None:
        index = combo.findData(value)
        if index >= 0:
            combo.setCurrentIndex(index)

    def _number(self, value: float | None) -> str:
        kpi = self._context.kpis.get(self.kpi.currentData() or "")
        return (
            format_bare(value, kpi.decimals if kpi else 2, trim=True) if value is not None else ""
        )

    def unit_ids(self) -> list[str]:
        """The responsible department first, then the checked co-departments."""
        units = [self.unit.currentData()] if self.unit.currentData() else []
        return units + [u for u in self.co_unit_plans() if u not in units]

    def co_unit_plans(self) -> dict[str, str]:
        plans = {}
        responsible = self.unit.currentData()
        for row in range(self.co_units.rowCount()):
            item = self._cell(row, 0)
            unit_id = item.data(Qt.ItemDataRole.UserRole)
            if item.checkState() == Qt.CheckState.Checked and unit_id != responsible:
                plans[unit_id] = self._cell(row, 1).text().strip()
        return plans

    def rule_owner(self) -> str | None:
        return self._rule(self.unit_ids())

    def plan(self) -> ActionInput:
        """The action as typed (raises ValueError with the field's message on a bad number)."""
        kpi = self._context.kpis.get(self.kpi.currentData() or "")
        unit = kpi.unit if kpi else ""
        return ActionInput(
            title=self.title.text(),
            responsible_unit_id=self.unit.currentData(),
            owner_id=self.owner.currentData(),
            owner_reason=self.owner_reason.text(),
            units=self.co_unit_plans(),
            start=_pydate(self.start.date()),
            due=_pydate(self.due.date()),
            measures=self.measures.toPlainText(),
            kpi_id=kpi.id if kpi else None,
            goal_id=self.goal.currentData(),
            baseline=parse_value(self.baseline.text(), unit),
            expected=parse_value(self.expected.text(), unit),
            issue_id=self._issue_id,
        )

    # -- reactions -------------------------------------------------------------------
    @guarded
    def _units_changed(self, *_args: object) -> None:
        rule = self.rule_owner()
        name = self._context.people[rule].name if rule in self._context.people else ""
        several = len(self.unit_ids()) > 1
        self.rule_label.setText(
            fill(
                self.tr("Rule: %1 (the general manager, several departments)")
                if several
                else self.tr("Rule: %1 (the department's manager)"),
                plain(name) or self.tr("nobody named"),
            )
        )
        if not self._owner_touched:
            self._select(self.owner, rule)
        self._owner_reason_state()

    @guarded
    def _owner_chosen(self, _index: int) -> None:
        self._owner_touched = True
        self._owner_reason_state()

    def _owner_reason_state(self) -> None:
        differs = self.owner.currentData() is not None and self.owner.currentData() != (
            self.rule_owner()
        )
        self.owner_reason.setEnabled(differs)

    @guarded
    def _kpi_changed(self, *_args: object) -> None:
        kpi_id = self.kpi.currentData()
        current = self.goal.currentData()
        self.goal.clear()
        self.goal.addItem(self.tr("(no goal)"), None)
        for goal_id, goal_kpi, text in self._goals:
            if goal_kpi == kpi_id:
                self.goal.addItem(plain(text), goal_id)
        self._select(self.goal, current)
        kpi = self._context.kpis.get(kpi_id or "")
        self.direction_label.setText(
            ""
            if kpi is None
            else _DIRECTION_WORDS[kpi.direction](self)
            + (f" ({plain(kpi.unit)})" if kpi.unit else "")
        )

    @guarded
    def _accept(self) -> None:
        if not self.title.text().strip():
            self.problem.setText(self.tr("Say what is to be improved."))
            self.title.setFocus()
            return
        if self.owner_reason.isEnabled() and not self.owner_reason.text().strip():
            self.problem.setText(
                self.tr("The owner is not the rule's; give the reason for the choice.")
            )
            self.owner_reason.setFocus()
            return
        if self.due.date() < self.start.date():
            self.problem.setText(self.tr("The due date is before the start date."))
            self.due.setFocus()
            return
        try:
            self.plan()
        except NumberInputError:
            self.problem.setText(self.tr("The baseline and the expected result must be numbers."))
            return
        self.accept()


_DIRECTION_WORDS: dict[Direction, Callable[[QWidget], str]] = {
    Direction.HIGHER: lambda _w: QCoreApplication.translate("ActionForm", "higher is better"),
    Direction.LOWER: lambda _w: QCoreApplication.translate("ActionForm", "lower is better"),
    Direction.RANGE: lambda _w: QCoreApplication.translate("ActionForm", "within a range"),
}


class ReasonDialog(QDialog):
    """Asks for a reason (returning an action needs one; cancelling may have one)."""

    def __init__(
        self, title: str, prompt: str, required: bool = True, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        self._required = required
        self.text = QPlainTextEdit()
        self.text.setTabChangesFocus(True)
        self.problem = QLabel()
        self.problem.setStyleSheet("color: #b00020;")
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self._accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        prompt_label = QLabel(prompt)
        prompt_label.setWordWrap(True)
        layout.addWidget(prompt_label)
        layout.addWidget(self.text)
        layout.addWidget(self.problem)
        layout.addWidget(buttons)
        self.resize(420, 220)

    def reason(self) -> str:
        return self.text.toPlainText().strip()

    @guarded
    def _accept(self) -> None:
        if self._required and not self.reason():
            self.problem.setText(self.tr("A reason is required."))
            return
        self.accept()


class VerifyDialog(QDialog):
    """Proposes verified or not achieved from the KPI's value after the due date; the user
    confirms (or overrides) with a note."""

    def __init__(
        self,
        title: str,
        direction: Direction,
        baseline: float | None,
        expected: float | None,
        result: float | None,
        propose: Callable[[float], Verification],
        decimals: int = 2,
        unit: str = "",
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Verify action"))
        self._propose = propose
        self._decimals = decimals
        self._unit = unit
        self._baseline = baseline
        self._expected = expected
        self.value = QLineEdit(exact(result, decimals))
        self.value.setPlaceholderText(self.tr("The KPI's value after the due date"))
        self.proposal = QLabel()
        self.proposal.setWordWrap(True)
        self.verified = QRadioButton(label(ActionStatus.VERIFIED))
        self.not_achieved = QRadioButton(label(ActionStatus.NOT_ACHIEVED))
        group = QButtonGroup(self)
        group.addButton(self.verified)
        group.addButton(self.not_achieved)
        self.note = QPlainTextEdit()
        self.note.setTabChangesFocus(True)
        self.note.setMaximumHeight(80)
        self.problem = QLabel()
        self.problem.setStyleSheet("color: #b00020;")
        form = QFormLayout()
        heading = QLabel(plain(title))
        heading.setTextFormat(Qt.TextFormat.PlainText)
        form.addRow(self.tr("Action:"), heading)
        form.addRow(
            self.tr("Baseline → expected:"),
            QLabel(
                fill(
                    self.tr("%1 → %2"),
                    exact(baseline, decimals) or "—",
                    exact(expected, decimals) or "—",
                )
            ),
        )
        form.addRow(self.tr("Measured result:"), self.value)
        form.addRow(self.tr("Proposed:"), self.proposal)
        outcome = QHBoxLayout()
        outcome.addWidget(self.verified)
        outcome.addWidget(self.not_achieved)
        outcome.addStretch(1)
        form.addRow(self.tr("Outcome:"), outcome)
        form.addRow(self.tr("Note:"), self.note)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self._accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.problem)
        layout.addWidget(buttons)
        self.value.textChanged.connect(self._value_changed)
        self._value_changed()
        self.resize(480, 320)

    def result_value(self) -> float | None:
        try:
            return parse_value(self.value.text(), self._unit)
        except NumberInputError:
            return None

    def achieved(self) -> bool:
        return self.verified.isChecked()

    def note_text(self) -> str:
        return self.note.toPlainText().strip()

    @guarded
    def _value_changed(self, *_args: object) -> None:
        value = self.result_value()
        if value is None:
            self.proposal.setText(self.tr("Enter the measured value to get a proposal."))
            return
        found = self._propose(value)
        self.proposal.setText(self.describe(found))
        achieved = found.outcome is ActionStatus.VERIFIED
        self.verified.setChecked(achieved)
        self.not_achieved.setChecked(not achieved)

    def describe(self, found: Verification) -> str:
        def show(value: float | None) -> str:
            return exact(value, self._decimals) or "—"

        outcome = label(found.outcome)
        if found.band is not None:
            return fill(
                self.tr("%1: %2 against the range %3 to %4 (baseline %5)."),
                outcome,
                show(found.result),
                show(found.band[0]),
                show(found.band[1]),
                show(found.baseline),
            )
        return fill(
            self.tr("%1: %2 against the expected %3 (baseline %4)."),
            outcome,
            show(found.result),
            show(found.expected),
            show(found.baseline),
        )

    @guarded
    def _accept(self) -> None:
        if self.result_value() is None:
            self.problem.setText(self.tr("Closing an action needs the measured value."))
            self.value.setFocus()
            return
        self.accept()
