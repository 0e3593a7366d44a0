"""The second level of Goal → Decompose…: each child holder's share passed on to its own
units (company → departments → their teams) in the same undo step.

A check box turns it on; a method (evenly, by last year's actuals, by headcount) shares
each first-level target among that holder's units; a collapsible tree shows every
first-level holder with its units, their shares and targets (archived or locked units
take no share and say why), and a line gives the sum at each level against the level
above. A unit's share or target can be typed in the tree, as in the first level's
table: the typed one is pinned and the other units of the same holder are recomputed
to make 100 % (core/cascade.typed_shares); each holder's row gives its units' sum
against its own target with the difference, and typed shares that cannot make 100 %
are refused with their numbers, nothing adjusted. The plan is
core/cascade.plan_two_levels; the dialog writes it with ops.cascade_two_levels.
"""

from __future__ import annotations

from collections.abc import Mapping
from fractions import Fraction

from PySide6.QtCore import QModelIndex, QObject, QPersistentModelIndex, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from perfdesk.core.cascade import Decision, Plan, ShareMethod, TwoLevelPlan
from perfdesk.core.number_input import NumberInputError, parse_value
from perfdesk.core.numbers import format_bare
from perfdesk.core.split import Mode
from perfdesk.ui.entry import input_error_text
from perfdesk.ui.guard import guarded
from perfdesk.ui.split_dialog import error_label, say
from perfdesk.ui.text import fill, plain

COL_NAME, COL_SHARE, COL_TARGET, COL_NOTE = range(4)


class _NoEditor(QStyledItemDelegate):
    """The columns of the tree that cannot be typed in (name, note)."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)

    @guarded
    def createEditor(  # type: ignore[override]
        self,
        parent: QWidget,
        option: QStyleOptionViewItem,
        index: QModelIndex | QPersistentModelIndex,
    ) -> QWidget | None:
        return None


class SecondLevel(QWidget):
    """The second-level part of the Decompose dialog (hidden behind its check box)."""

    changed = Signal()
    refused = Signal()  # a typed share or target is not a number: nothing can apply

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.typed: dict[str, dict[str, Fraction]] = {}  # holder → its unit → typed %
        self.unit = ""  # the KPI's unit, for typed targets
        self._targets: dict[str, float] = {}  # first-level holder → its target
        self._shape: list[tuple[str, list[str]]] = []  # the tree's holders and units
        self._filling = False
        self.enabled = QCheckBox(self.tr("Also decompose each one to its own &units (two levels)"))
        self.method = QComboBox()
        self.method.setAccessibleName(self.tr("Second level share"))
        for method, text in (
            (ShareMethod.EVEN, self.tr("Evenly")),
            (ShareMethod.SHARES, self.tr("By the shares typed below")),
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
        # A unit's share or target is typed like a cell of the first level's table:
        # arrows move between cells, typing, F2 or a double click edits.
        self.tree.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectItems)
        self.tree.setEditTriggers(
            QAbstractItemView.EditTrigger.DoubleClicked
            | QAbstractItemView.EditTrigger.EditKeyPressed
            | QAbstractItemView.EditTrigger.AnyKeyPressed
        )
        self._no_editor = _NoEditor(self.tree)
        for column in (COL_NAME, COL_NOTE):
            self.tree.setItemDelegateForColumn(column, self._no_editor)
        self.tree.setToolTip(
            self.tr(
                "Type a unit's share or target to set it; the other units of the same "
                "holder make up the rest."
            )
        )
        self.tree.itemChanged.connect(self._item_changed)
        self.error = error_label()
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
        layout.addWidget(self.error)
        layout.addWidget(self.sum_line)
        self.enabled.toggled.connect(guarded(lambda _on: self._toggled()))
        self.method.currentIndexChanged.connect(guarded(lambda _i: self._method_changed()))
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
        if not on:
            say(self.error, "")
        if emit:
            self.changed.emit()

    def _method_changed(self) -> None:
        """Another method: the typed shares go (as at the first level)."""
        if self.below_method() is not ShareMethod.SHARES:
            self.typed = {}
        self.changed.emit()

    def forget_typed(self) -> None:
        """Other first-level holders: nothing typed below them is kept."""
        self.typed = {}
        self._shape = []

    # -- typing a unit's share or target ----------------------------------------------
    def set_share(self, holder_id: str, unit_id: str, text: str) -> None:
        """Type a unit's share (as in the tree): it is pinned, the holder's other units
        make up 100 %."""
        self._cell(holder_id, unit_id).setText(COL_SHARE, text)

    def set_target(self, holder_id: str, unit_id: str, text: str) -> None:
        self._cell(holder_id, unit_id).setText(COL_TARGET, text)

    def item_of(self, holder_id: str, unit_id: str | None = None) -> QTreeWidgetItem:
        """The tree's row of a first-level holder, or of one of its units."""
        return self._cell(holder_id, unit_id) if unit_id else self._top(holder_id)

    def _tops(self) -> list[QTreeWidgetItem]:
        found = [self.tree.topLevelItem(i) for i in range(self.tree.topLevelItemCount())]
        return [item for item in found if item is not None]

    @staticmethod
    def _units(top: QTreeWidgetItem) -> list[QTreeWidgetItem]:
        found = [top.child(i) for i in range(top.childCount())]
        return [item for item in found if item is not None]

    def _top(self, holder_id: str) -> QTreeWidgetItem:
        for item in self._tops():
            if item.data(COL_NAME, Qt.ItemDataRole.UserRole) == holder_id:
                return item
        raise KeyError(holder_id)

    def _cell(self, holder_id: str, unit_id: str) -> QTreeWidgetItem:
        for child in self._units(self._top(holder_id)):
            if child.data(COL_NAME, Qt.ItemDataRole.UserRole) == unit_id:
                return child
        raise KeyError(unit_id)

    @guarded
    def _item_changed(self, item: QTreeWidgetItem, column: int) -> None:
        parent = item.parent()
        if self._filling or parent is None or column not in (COL_SHARE, COL_TARGET):
            return
        holder_id = str(parent.data(COL_NAME, Qt.ItemDataRole.UserRole))
        unit_id = str(item.data(COL_NAME, Qt.ItemDataRole.UserRole))
        say(self.error, "")
        try:
            value = parse_value(item.text(column), "%" if column == COL_SHARE else self.unit)
        except NumberInputError as error:
            say(
                self.error,
                fill(
                    self.tr("%1 · %2: %3"),
                    plain(parent.text(COL_NAME), 80),
                    plain(item.text(COL_NAME), 80),
                    input_error_text(error),
                ),
            )
            self.refused.emit()
            return
        typed = self.typed.setdefault(holder_id, {})
        if value is None:
            typed.pop(unit_id, None)
        elif column == COL_SHARE:
            typed[unit_id] = Fraction(repr(value))
        else:
            whole = self._targets.get(holder_id) or 0
            if whole == 0:
                say(
                    self.error,
                    fill(
                        self.tr("%1's target is 0: type shares instead."),
                        plain(parent.text(COL_NAME), 80),
                    ),
                )
                self.refused.emit()
                return
            typed[unit_id] = Fraction(repr(value)) / Fraction(repr(whole)) * 100
        self.method.blockSignals(True)
        self.method.setCurrentIndex(self.method.findData(ShareMethod.SHARES.value))
        self.method.blockSignals(False)
        self.changed.emit()

    def refuse(self, holder_name: str, text: str) -> None:
        """Typed shares of one holder's units that cannot make 100 %: said with the
        holder, the tree left as typed (nothing applies until it is corrected)."""
        say(self.error, fill(self.tr("Below %1: %2"), plain(holder_name, 80), text))

    def allow(self, allowed: bool) -> None:
        """Only units have units below them: off for a cascade to people."""
        self.enabled.setEnabled(allowed)
        self._toggled(emit=False)

    def show_plan(self, plan: TwoLevelPlan | None, names: Mapping[str, str], decimals: int) -> None:
        """Fill the tree: each first-level holder (collapsed until opened) with its units
        below. The same holders and units as shown: their rows are updated in place, so
        what is opened, the current cell and an edit under way stay."""
        if plan is None:
            self.tree.clear()
            self._shape = []
            self._targets = {}
            self.sum_line.setText("")
            return
        say(self.error, "")
        below = dict(plan.below)
        why = dict(plan.no_second)
        reasons = {
            "skipped": self.tr("Kept as it is: nothing below it changes"),
            "no_children": self.tr("No units below"),
            "left_out": self.tr("Left out"),
        }
        shape = [
            (row.holder.id, [r.holder.id for r in below[row.holder.id].rows])
            if row.holder.id in below
            else (row.holder.id, [])
            for row in plan.top.rows
        ]
        self._targets = {row.holder.id: row.amount for row in plan.top.rows}
        by_amount = plan.top.mode is Mode.AMOUNT
        self._filling = True
        try:
            if shape != self._shape:
                opened = {
                    item.data(COL_NAME, Qt.ItemDataRole.UserRole)
                    for item in self._tops()
                    if item.isExpanded()
                }
                self.tree.clear()
                for row in plan.top.rows:
                    item = self._item(row.holder.id, names)
                    self.tree.addTopLevelItem(item)
                    sub = below.get(row.holder.id)
                    for child_row in sub.rows if sub is not None else ():
                        item.addChild(self._item(child_row.holder.id, names))
                    item.setExpanded(row.holder.id in opened)
                self._shape = shape
            for item, row in zip(self._tops(), plan.top.rows, strict=True):
                self._show_numbers(item, row.share, row.amount, decimals)
                sub = below.get(row.holder.id)
                if sub is None:
                    item.setText(COL_NOTE, reasons.get(why.get(row.holder.id, ""), ""))
                else:
                    self._children(item, sub, decimals, by_amount)
        finally:
            self._filling = False
        self._show_sums(plan, decimals)

    def _item(self, holder_id: str, names: Mapping[str, str]) -> QTreeWidgetItem:
        item = QTreeWidgetItem()
        item.setText(COL_NAME, plain(names.get(holder_id, ""), 80))
        item.setData(COL_NAME, Qt.ItemDataRole.UserRole, holder_id)
        for column in (COL_SHARE, COL_TARGET):
            item.setTextAlignment(column, Qt.AlignmentFlag.AlignRight)
        return item

    def _show_numbers(
        self, item: QTreeWidgetItem, share: Fraction, amount: float, decimals: int
    ) -> None:
        item.setText(COL_SHARE, format_bare(float(share), 2))
        item.setText(COL_TARGET, format_bare(amount, decimals))

    def _children(self, item: QTreeWidgetItem, sub: Plan, decimals: int, by_amount: bool) -> None:
        holder_id = str(item.data(COL_NAME, Qt.ItemDataRole.UserRole))
        typed = self.typed.get(holder_id, {})
        for child, row in zip(self._units(item), sub.rows, strict=True):
            self._show_numbers(child, row.share, row.amount, decimals)
            note = ""
            if row.why == "archived":
                note = self.tr("Archived: takes no share")
            elif row.why == "locked":
                note = self.tr("Has closed periods: takes no share")
            elif row.decision is Decision.SKIP:
                note = self.tr("Has a goal: skipped")
            elif row.decision is Decision.UPDATE:
                note = self.tr("Has a goal: updated")
            if row.holder.id in typed and row.why is None:
                set_by_hand = self.tr("share typed")
                note = fill(self.tr("%1 · %2"), note, set_by_hand) if note else set_by_hand
            child.setText(COL_NOTE, note)
            if row.decision is Decision.SKIP:
                child.setText(COL_TARGET, "—")
            flags = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
            if by_amount and row.why is None:  # by value every unit gets the rate
                flags |= Qt.ItemFlag.ItemIsEditable
            child.setFlags(flags)
        one = len(sub.rows) == 1  # English says "1 unit"; the Chinese is the same for both
        if sub.mode is Mode.AMOUNT:
            total = sub.children_total or 0.0
            text = fill(
                self.tr("%1 unit, sum %2 vs %3, difference %4")
                if one
                else self.tr("%1 units, sum %2 vs %3, difference %4"),
                len(sub.rows),
                format_bare(total, decimals),
                format_bare(sub.total, decimals),
                format_bare(total - sub.total, decimals),
            )
        else:
            text = fill(self.tr("%1 unit") if one else self.tr("%1 units"), len(sub.rows))
        item.setText(COL_NOTE, text)
        item.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable)

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
