"""The goal form: KPI, period, description, weight, target (and upper target for a
range KPI), and the goal above it. Opened by Insert (a new goal of the selected
holder), Enter or a double click (the selected goal), F2 (the same, on the
description). OK is one store operation (ops.add_goal or ops.edit_goal), so one undo
step; a refusal stays in the form with nothing written. Every fault of the fields is
found at once (core/goals.goal_faults) and each is said under the field it is about (the
field's caption marked with ⚠, not by colour only), the focus moved to the first; what
is about no one field is said under the form.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QComboBox, QDialog, QLabel, QLineEdit, QVBoxLayout, QWidget

from perfdesk.core.goals import goal_faults
from perfdesk.core.kpi import Direction
from perfdesk.core.numbers import format_kpi_value
from perfdesk.store import ops
from perfdesk.store.ops import OpError
from perfdesk.store.repo_goals import goals_of_owners
from perfdesk.ui.guard import guarded
from perfdesk.ui.models.goal_table import GoalRow
from perfdesk.ui.op_errors import op_error_text
from perfdesk.ui.op_runner import run_op
from perfdesk.ui.org_editing import FormDialog
from perfdesk.ui.text import fill, plain

# Refusals that name no field but are about one.
_FIELD_OF_CODE = {"bad_period": "period"}


class GoalFormDialog(FormDialog):
    """The goal form: FormDialog with a message line under every field."""

    def __init__(self, parent: QWidget, title: str) -> None:
        super().__init__(parent, title)
        self.messages: dict[str, QLabel] = {}  # field code → the message under it
        self.captions: dict[str, tuple[QLabel, str]] = {}  # field code → caption, its text
        # OK: every refusal of the fields at once (empty when saved).
        self.submit_all: Callable[[], list[Any]] = lambda: []

    def line(self, field: str, text: str, value: str = "") -> QLineEdit:
        edit = QLineEdit(value)
        self._row(field, text, edit)
        return edit

    def combo(self, field: str, text: str, choices: list[tuple[str, Any]], value: Any) -> QComboBox:
        box = QComboBox()
        for shown, data in choices:
            box.addItem(shown, data)
        box.setCurrentIndex(max(0, box.findData(value)))
        self._row(field, text, box)
        return box

    def _row(self, field: str, text: str, widget: QWidget) -> None:
        caption = QLabel(text)
        caption.setBuddy(widget)
        message = QLabel()
        message.setObjectName("fieldError")
        message.setTextFormat(Qt.TextFormat.PlainText)
        message.setWordWrap(True)
        message.setStyleSheet("color: #b3261e")
        message.hide()
        box = QWidget()
        layout = QVBoxLayout(box)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(2)
        layout.addWidget(widget)
        layout.addWidget(message)
        self.form.addRow(caption, box)
        self.fields[field] = widget
        self.messages[field] = message
        self.captions[field] = (caption, text)

    def field_message(self, field: str) -> str:
        """The message shown under `field` ('' when none)."""
        message = self.messages[field]
        return "" if message.isHidden() else message.text()

    def marked_fields(self) -> list[str]:
        return [f for f, (caption, text) in self.captions.items() if caption.text() != text]

    def _clear_marks(self) -> None:
        self.error.hide()
        for field, message in self.messages.items():
            message.hide()
            caption, text = self.captions[field]
            caption.setText(text)
            self.fields[field].setStyleSheet("")
            self.fields[field].setAccessibleDescription("")

    @guarded
    def try_accept(self) -> None:
        self._clear_marks()
        refusals = self.submit_all()
        if not refusals:
            self.accept()
            return
        general: list[str] = []
        marked: list[str] = []
        for refused in refusals:
            text = op_error_text(refused)
            field = str(refused.params.get("field", "")) or _FIELD_OF_CODE.get(refused.code, "")
            widget = self.fields.get(field)
            if widget is None or field in marked:
                general.append(text)
                continue
            marked.append(field)
            message = self.messages[field]
            message.setText(fill(QCoreApplication.translate("GoalForm", "⚠ %1"), text))
            message.show()
            caption, caption_text = self.captions[field]
            caption.setText(fill(QCoreApplication.translate("GoalForm", "⚠ %1"), caption_text))
            widget.setStyleSheet("border: 1px solid #b3261e;")
            widget.setAccessibleDescription(text)
        if general:
            self.error.setText("\n".join(general))
            self.error.show()
        order = list(self.fields)
        if marked:  # the first in the form's order takes the focus
            self.fields[min(marked, key=order.index)].setFocus()
        self._fit()

    def _fit(self) -> None:
        """Grow to show every message under its field (never shrink what the user set)."""
        layout = self.layout()
        if layout is not None:
            layout.activate()
        hint = self.sizeHint()
        self.resize(max(self.width(), hint.width()), max(self.height(), hint.height()))


def run_dialog(dialog: QDialog) -> None:
    """Show the form until accepted or cancelled (tests fill and accept it instead)."""
    dialog.exec()


def _number(text: str) -> Any:
    """A typed number for the store's checks: "" is none, "1,200" is 1200, words stay
    words (refused as not a number, under their field)."""
    cleaned = text.replace(",", "").replace("，", "").strip()
    if not cleaned:
        return None
    try:
        return float(cleaned)
    except ValueError:
        return text.strip()


def _ancestors(context: Any, holder_id: str) -> list[str]:
    """The units above a holder, nearest first (a person's own unit first)."""
    found: list[str] = []
    person = context.people.get(holder_id)
    current = person.unit_id if person is not None else None
    if person is None and holder_id in context.units:
        current = context.units[holder_id].parent_id
    while current is not None and current not in found:
        found.append(current)
        unit = context.units.get(current)
        current = unit.parent_id if unit is not None else None
    return found


def edit_goal_form(
    tab: Any, holder_id: str, row: GoalRow | None, focus_title: bool = False
) -> str | None:
    """Add a goal for `holder_id` (row None) or edit `row`'s; the goal's id when saved."""
    context = tab.context
    window = tab.window()
    goal = row.goal if row is not None else None
    dialog = GoalFormDialog(
        window,
        QCoreApplication.translate("GoalForm", "Edit Goal")
        if goal
        else QCoreApplication.translate("GoalForm", "Add Goal"),
    )
    kpis = sorted(
        (k for k in context.kpis.values() if not k.archived or (goal and k.id == goal.kpi_id)),
        key=lambda k: (k.perspective.value, k.code),
    )
    kpi_box = dialog.combo(
        "kpi",
        QCoreApplication.translate("GoalForm", "KPI"),
        [
            (f"{plain(k.name, 60)} ({plain(k.unit, 20)})" if k.unit else plain(k.name, 60), k.id)
            for k in kpis
        ],
        goal.kpi_id if goal else None,
    )
    period = dialog.line(
        "period",
        QCoreApplication.translate("GoalForm", "Period"),
        goal.period if goal else context.year,
    )
    title = dialog.line(
        "goal_title",
        QCoreApplication.translate("GoalForm", "Description"),
        goal.title if goal else "",
    )
    title.setPlaceholderText(
        QCoreApplication.translate("GoalForm", "What is to be achieved, in a sentence")
    )
    weight = dialog.line(
        "weight",
        QCoreApplication.translate("GoalForm", "Weight (%)"),
        f"{goal.weight:g}" if goal else "",
    )
    target = dialog.line(
        "target",
        QCoreApplication.translate("GoalForm", "Target"),
        "" if goal is None or goal.target is None else f"{goal.target:g}",
    )
    upper = dialog.line(
        "upper_target",
        QCoreApplication.translate("GoalForm", "Upper target (range KPIs)"),
        "" if goal is None or goal.target_max is None else f"{goal.target_max:g}",
    )
    conn = context.doc.conn
    above = _ancestors(context, holder_id)
    year = (goal.period if goal else context.year)[:4]
    parents = [g for g in goals_of_owners(conn, above, year) if goal is None or g.id != goal.id]
    choices: list[tuple[str, Any]] = [
        (QCoreApplication.translate("GoalForm", "— none (a top goal) —"), None)
    ]
    for parent in parents:
        kpi = context.kpis.get(parent.kpi_id)
        shown = format_kpi_value(parent.target, kpi.decimals, kpi.unit) if kpi else ""
        choices.append(
            (
                f"{plain(context.owner_name(parent.owner_id), 30)} · "
                f"{plain(kpi.name if kpi else '', 30)} · {shown}",
                parent.id,
            )
        )
    if goal is not None and goal.parent_id and goal.parent_id not in {p.id for p in parents}:
        choices.append(
            (
                QCoreApplication.translate("GoalForm", "(the current goal above, elsewhere)"),
                goal.parent_id,
            )
        )
    dialog.combo(
        "parent_goal",
        QCoreApplication.translate("GoalForm", "Contributes to"),
        choices,
        goal.parent_id if goal else None,
    )

    def ranged(_index: int = 0) -> None:
        kpi = context.kpis.get(kpi_box.currentData())
        upper.setEnabled(kpi is not None and kpi.direction is Direction.RANGE)

    kpi_box.currentIndexChanged.connect(ranged)
    ranged()
    if row is None:  # a sensible default: the first goal above on the same KPI

        def follow(_index: int = 0) -> None:
            for parent in parents:
                if parent.kpi_id == kpi_box.currentData():
                    box = dialog.fields["parent_goal"]
                    box.setCurrentIndex(max(0, box.findData(parent.id)))  # type: ignore[attr-defined]
                    return

        kpi_box.currentIndexChanged.connect(follow)
        follow()
    saved: list[str] = []

    def submit() -> list[Any]:
        fields = {
            "kpi_id": kpi_box.currentData(),
            "period": period.text().strip(),
            "title": title.text(),
            "weight": _number(weight.text()) if weight.text().strip() else 0,
            "target": _number(target.text()),
            "target_max": _number(upper.text()) if upper.isEnabled() else None,
            "parent_id": dialog.value("parent_goal"),
        }
        parent_period = {p.id: p.period for p in parents}.get(fields["parent_id"] or "")
        faults = goal_faults(
            kpi_id=fields["kpi_id"],
            kpi=context.kpis.get(fields["kpi_id"] or ""),
            period=fields["period"],
            title=fields["title"],
            weight=fields["weight"],
            target=fields["target"],
            target_max=fields["target_max"],
            parent_period=parent_period,
        )
        if faults:
            return list(faults)
        refusals: list[OpError] = []
        try:  # the store's own checks too: what needs the file (a loop of goals)
            ops.check_goal(context.doc, goal.id if goal else None, **fields)
        except OpError as error:
            return [error]
        if goal is None:
            owner = (
                {"person_id": holder_id} if holder_id in context.people else {"unit_id": holder_id}
            )
            result = run_op(
                window,
                QCoreApplication.translate("GoalForm", "Add Goal"),
                lambda doc: ops.add_goal(
                    doc,
                    fields["kpi_id"],
                    fields["period"],
                    fields["target"],
                    fields["weight"],
                    title=fields["title"],
                    target_max=fields["target_max"],
                    parent_id=fields["parent_id"],
                    **owner,
                ),
                refusals.append,
            )
        else:
            result = run_op(
                window,
                QCoreApplication.translate("GoalForm", "Edit Goal"),
                lambda doc: ops.edit_goal(doc, goal.id, **fields),
                refusals.append,
            )
        if refusals:
            return refusals[:1]
        if result is not None:
            saved.append(result.row_id or (goal.id if goal else ""))
        return []

    dialog.submit_all = submit
    (title if focus_title else kpi_box).setFocus()
    tab.last_form = dialog  # tests reach the form through the tab
    run_dialog(dialog)
    return saved[0] if saved else None
