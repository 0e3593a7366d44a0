"""The second level of Goal → Decompose…: each child holder's share passed on to its own
units (company → departments → their teams) in the same undo step.

A check box turns it on; a method (evenly, by last year's actuals, by headcount) shares
each first-level target among that holder's units; a collapsible tree shows every
first-level holder with its units, their shares and targets (archived or locked units
take no share and say why), and a line gives the sum at each level against the level
above. The plan is core/cascade.plan_two_levels; the dialog writes it with
ops.cascade_two_levels.
"""

from __future__ import annotations

from collections.abc import Mapping

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from perfdesk.core.cascade import Decision, Plan, ShareMethod, TwoLevelPlan
from perfdesk.core.numbers import format_bare
from perfdesk.core.split import Mode
from perfdesk.ui.guard import guarded
from perfdesk.ui.text import fill, plain

COL_NAME, COL_SHARE, COL_TARGET, COL_NOTE = range(4)


class SecondLevel(QWidget):
    """The second-level part of the Decompose dialog (hidden behind its check box)."""

    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.enabled = QCheckBox(self.tr("Also decompose each one to its own &units (two levels)"))
        self.method = QComboBox()
        self.method.setAccessibleName(self.tr("Second level share"))
        for method, text in (
            (ShareMethod.EVEN, self.tr("Evenly")),
            (ShareMethod.LAST_YEAR, self.tr("By last year's actuals")),
            (ShareMethod.HEADCOUNT, self.tr("By headcount")),
        ):
            self.method.addItem(text, method.value)
        self.existing = QComboBox()
        self.existing.setAccessibleName(self.tr("Units below that already have a goal"))
        self.existing.addItem(self.tr("Has one: skip it"), Decision.SKIP.value)
        self.existing.addItem(self.tr("Has one: update it"), Decision.UPDATE.value)
        self.tree = QTreeWidget()
        self.tree.setColumnCount(4)
        self.tree.setHeaderLabels(
            [self.tr("Holder"), self.tr("Share %"), self.tr("Target"), self.tr("Note")]
        )
        header = self.tree.header()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(COL_NAME, QHeaderView.ResizeMode.Stretch)
        self.sum_line = QLabel()
        self.sum_line.setTextFormat(Qt.TextFormat.PlainText)
        self.sum_line.setWordWrap(True)
        top = QHBoxLayout()
        top.addWidget(self.enabled, 1)
        top.addWidget(QLabel(self.tr("Share below:")))
        top.addWidget(self.method)
        top.addWidget(self.existing)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(top)
        layout.addWidget(self.tree, 1)
        layout.addWidget(self.sum_line)
        self.enabled.toggled.connect(guarded(lambda _on: self._toggled()))
        self.method.currentIndexChanged.connect(guarded(lambda _i: self.changed.emit()))
        self.existing.currentIndexChanged.connect(guarded(lambda _i: self.changed.emit()))
        self._toggled(emit=False)

    def is_on(self) -> bool:
        return self.enabled.isEnabled() and self.enabled.isChecked()

    def below_method(self) -> ShareMethod:
        return ShareMethod(str(self.method.currentData()))

    def existing_decision(self) -> Decision:
        """What happens to units below that already hold a goal on the KPI (asked once
        for the whole second level)."""
        return Decision(str(self.existing.currentData()))

    def _toggled(self, emit: bool = True) -> None:
        on = self.is_on()
        for widget in (self.method, self.existing, self.tree, self.sum_line):
            widget.setVisible(on)
        if emit:
            self.changed.emit()

    def allow(self, allowed: bool) -> None:
        """Only units have units below them: off for a cascade to people."""
        self.enabled.setEnabled(allowed)
        self._toggled(emit=False)

    def show_plan(self, plan: TwoLevelPlan | None, names: Mapping[str, str], decimals: int) -> None:
        """Fill the tree: each first-level holder (collapsed) with its units below."""
        self.tree.clear()
        if plan is None:
            self.sum_line.setText("")
            return
        below = dict(plan.below)
        why = dict(plan.no_second)
        reasons = {
            "skipped": self.tr("Kept as it is: nothing below it changes"),
            "no_children": self.tr("No units below"),
            "left_out": self.tr("Left out"),
        }
        for row in plan.top.rows:
            item = self._item(row.holder.id, names, row.share, row.amount, decimals)
            sub = below.get(row.holder.id)
            if sub is None:
                item.setText(COL_NOTE, reasons.get(why.get(row.holder.id, ""), ""))
            else:
                self._children(item, sub, names, decimals)
            self.tree.addTopLevelItem(item)
        self._show_sums(plan, decimals)

    def _item(
        self,
        holder_id: str,
        names: Mapping[str, str],
        share: object,
        amount: float,
        decimals: int,
    ) -> QTreeWidgetItem:
        item = QTreeWidgetItem()
        item.setText(COL_NAME, plain(names.get(holder_id, ""), 80))
        item.setData(COL_NAME, Qt.ItemDataRole.UserRole, holder_id)
        item.setText(COL_SHARE, format_bare(float(share), 2))  # type: ignore[arg-type]
        item.setText(COL_TARGET, format_bare(amount, decimals))
        for column in (COL_SHARE, COL_TARGET):
            item.setTextAlignment(column, Qt.AlignmentFlag.AlignRight)
        return item

    def _children(
        self, item: QTreeWidgetItem, sub: Plan, names: Mapping[str, str], decimals: int
    ) -> None:
        for row in sub.rows:
            child = self._item(row.holder.id, names, row.share, row.amount, decimals)
            if row.why == "archived":
                child.setText(COL_NOTE, self.tr("Archived: takes no share"))
            elif row.why == "locked":
                child.setText(COL_NOTE, self.tr("Has closed periods: takes no share"))
            elif row.decision is Decision.SKIP:
                child.setText(COL_NOTE, self.tr("Has a goal: skipped"))
            elif row.decision is Decision.UPDATE:
                child.setText(COL_NOTE, self.tr("Has a goal: updated"))
            if row.decision is Decision.SKIP:
                child.setText(COL_TARGET, "—")
            item.addChild(child)
        if sub.mode is Mode.AMOUNT:
            item.setText(
                COL_NOTE,
                fill(
                    self.tr("%1 units, sum %2"),
                    len(sub.rows),
                    format_bare(sub.children_total or 0.0, decimals),
                ),
            )
        else:
            item.setText(COL_NOTE, fill(self.tr("%1 units"), len(sub.rows)))

    def _show_sums(self, plan: TwoLevelPlan, decimals: int) -> None:
        first, second = plan.level_totals()
        if first is None or second is None:
            self.sum_line.setText(
                self.tr("A rate or a level: every unit at both levels gets the parent's value.")
            )
            return
        above = plan.decomposed() or 0.0
        self.sum_line.setText(
            fill(
                self.tr(
                    "Level 1: %1 vs parent %2, difference %3 · Level 2: %4 vs the level-1 "
                    "targets it decomposes %5, difference %6"
                ),
                format_bare(first, decimals),
                format_bare(plan.top.total, decimals),
                format_bare(first - plan.top.total, decimals),
                format_bare(second, decimals),
                format_bare(above, decimals),
                format_bare(second - above, decimals),
            )
        )
