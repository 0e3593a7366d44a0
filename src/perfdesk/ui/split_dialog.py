"""Goal → Split over Periods…: a goal's target shared over its months, 旬 or weeks.

The split itself is core/split (exact, in the KPI's minor units) through
`ops.plan_split` for the preview and `ops.split_goal_target` to write it, so what the
preview shows is what is written. The goal's entry granularity decides the periods;
closed periods are locked at their stored target. Typing a part locks it and the rest
is shared again; the sum against the whole is always shown. A refusal is said next to
the field it is about, and nothing is written. Enter applies, Esc cancels.

The twelve weights of a seasonal profile can be saved under a name (the document's
period_profiles, `ops.save_profile`, an undo step of its own), picked again from the
list, or archived.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QFormLayout,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from perfdesk.core.kpi import Kpi
from perfdesk.core.number_input import NumberInputError, parse_value
from perfdesk.core.numbers import format_bare
from perfdesk.core.periods import format_period, parse_period
from perfdesk.core.split import Method, Mode, Split
from perfdesk.store import ops
from perfdesk.store.repo_cascade import GoalInfo, goal_info, load_profiles, period_targets
from perfdesk.ui.entry import input_error_text
from perfdesk.ui.guard import guarded
from perfdesk.ui.op_errors import op_error_text
from perfdesk.ui.preview_dialog import apply_buttons, preview_layout, preview_table, sum_label
from perfdesk.ui.text import fill, plain
from perfdesk.ui.widgets.text_label import TextLabel, wrapping_label

COL_PERIOD, COL_DAYS, COL_LOCK, COL_TARGET = range(4)
_PROFILE_CODES = ("profile_length", "profile_negative", "profile_zero")
_WHOLE_CODES = ("no_target", "whole_precision", "bad_number", "no_kpi")


def run_dialog(dialog: QDialog) -> None:
    """Show the dialog until applied or cancelled (tests drive it instead)."""
    dialog.exec()


def error_label() -> QLabel:
    """A red line under a field saying what is wrong with it (hidden when nothing is)."""
    label = wrapping_label()
    label.setTextFormat(Qt.TextFormat.PlainText)
    label.setStyleSheet("color: #b00020;")
    label.hide()
    return label


def say(label: QLabel, text: str) -> None:
    label.setText(text)
    label.setVisible(bool(text))


class SplitDialog(QDialog):
    def __init__(
        self,
        parent: QWidget,
        doc: Any,
        goal_id: str,
        kpi: Kpi,
        holder: str,
        language: str,
        apply: Callable[[str, Callable[[Any], Any]], Any],
    ) -> None:
        super().__init__(parent)
        self.doc, self.goal_id, self.kpi, self.language = doc, goal_id, kpi, language
        self.apply_op = apply
        goal = goal_info(doc.conn, goal_id)
        assert goal is not None
        self.goal: GoalInfo = goal
        self.split: Split | None = None
        self.locks: dict[str, float] = {}
        self.whole: float | None = goal.target
        _stored, self.closed = period_targets(doc.conn, goal)
        self.setWindowTitle(self.tr("Split over Periods"))
        self.setMinimumWidth(560)

        period = format_period(parse_period(goal.period), language)
        heading = TextLabel(fill(self.tr("%1 · %2 · %3"), holder, kpi.name, period))
        heading.setObjectName("tabTitle")
        form = QFormLayout()
        self.whole_edit = QLineEdit(self._shown(goal.target))
        self.whole_edit.setAccessibleName(self.tr("Whole"))
        self.whole_error = error_label()
        whole_box = QVBoxLayout()
        whole_box.addWidget(self.whole_edit)
        whole_box.addWidget(self.whole_error)
        unit = plain(kpi.unit) if kpi.unit else ""
        form.addRow(fill(self.tr("Whole (%1):"), unit) if unit else self.tr("Whole:"), whole_box)
        self.granularity = QLabel(self._granularity_text(goal.granularity))
        form.addRow(self.tr("Entered by:"), self.granularity)
        self.method = QComboBox()
        for method, text in (
            (Method.EVEN, self.tr("Evenly (months equal; 10-day periods and weeks by days)")),
            (Method.PROFILE, self.tr("By a seasonal profile")),
            (Method.LAST_YEAR, self.tr("By last year's actual shape")),
        ):
            self.method.addItem(text, method.value)
        form.addRow(self.tr("&Method:"), self.method)
        self.mode_note = wrapping_label()
        self.profile_box = QWidget()
        grid = QGridLayout(self.profile_box)
        grid.setContentsMargins(0, 0, 0, 0)
        self.profile_edits: list[QLineEdit] = []
        for month in range(12):
            edit = QLineEdit("1")
            edit.setAccessibleName(fill(self.tr("Weight of month %1"), month + 1))
            edit.setMaximumWidth(64)
            label = QLabel(self._month_name(month + 1))
            label.setBuddy(edit)
            grid.addWidget(label, (month // 6) * 2, month % 6)
            grid.addWidget(edit, (month // 6) * 2 + 1, month % 6)
            edit.textEdited.connect(self._recompute)
            self.profile_edits.append(edit)
        self.profile_error = error_label()
        saved_row = QHBoxLayout()
        self.saved = QComboBox()
        self.saved.setAccessibleName(self.tr("Saved profile"))
        saved_label = QLabel(self.tr("Sa&ved profile:"))
        saved_label.setBuddy(self.saved)
        self.archive_button = QPushButton(self.tr("A&rchive Profile"))
        self.archive_button.setAutoDefault(False)
        self.profile_name = QLineEdit()
        self.profile_name.setAccessibleName(self.tr("Profile name"))
        self.profile_name.setPlaceholderText(self.tr("Name to save these weights under"))
        self.save_button = QPushButton(self.tr("Save Pro&file"))
        self.save_button.setAutoDefault(False)
        for widget in (saved_label, self.saved, self.archive_button, self.profile_name):
            saved_row.addWidget(widget)
        saved_row.addWidget(self.save_button)
        self.name_error = error_label()
        profile_column = QVBoxLayout()
        profile_column.addLayout(saved_row)
        profile_column.addWidget(self.name_error)
        profile_column.addWidget(self.profile_box)
        profile_column.addWidget(self.profile_error)
        self.profile_label = QLabel(self.tr("Month weights:"))
        form.addRow(self.profile_label, profile_column)

        self.table = preview_table(
            [self.tr("Period"), self.tr("Days"), self.tr("Locked"), self.tr("Target")],
            COL_TARGET,
        )
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectItems)
        self.table.itemChanged.connect(self._item_changed)
        self.table_error = error_label()
        self.sum_line = sum_label()
        self.fallback_note = wrapping_label()
        self.fallback_note.hide()

        self.buttons, self.ok = apply_buttons(self, self.tr("&Apply"), self.try_apply)
        preview_layout(
            self,
            [heading, form, self.mode_note, self.fallback_note],
            self.table,
            self.table_error,
            self.sum_line,
            self.buttons,
        )

        self.whole_edit.textEdited.connect(self._recompute)
        self.method.currentIndexChanged.connect(self._recompute)
        self.saved.activated.connect(self._profile_chosen)
        self.save_button.clicked.connect(self.save_profile)
        self.archive_button.clicked.connect(self.archive_profile)
        self._fill_profiles()
        self._recompute()
        self.resize(640, 640)

    # -- texts ------------------------------------------------------------------------
    def _granularity_text(self, granularity: str) -> str:
        return {
            "month": self.tr("month (quarters and the year add up from the months)"),
            "ten_day": self.tr("10-day period (旬: 1-10, 11-20, 21 to the month's end)"),
            "week": self.tr("ISO week (weeks at the year's edge count their days in it)"),
        }.get(granularity, granularity)

    def _month_name(self, month: int) -> str:
        period = parse_period(f"2000-{month:02d}")
        from perfdesk.core.periods import format_month_name

        return format_month_name(period, self.language)

    def _shown(self, value: float | None) -> str:
        return "" if value is None else format_bare(value, self.kpi.decimals)

    # -- state ------------------------------------------------------------------------
    def method_value(self) -> str:
        return str(self.method.currentData())

    def profile(self) -> list[str]:
        return [edit.text().strip() or "0" for edit in self.profile_edits]

    def set_profile(self, weights: list[float]) -> None:
        for edit, weight in zip(self.profile_edits, weights, strict=True):
            edit.setText(f"{weight:g}")
        self._recompute()

    def set_part(self, period: str, text: str) -> None:
        """Type a part (as in the table): it is locked and the rest shared again."""
        row = self._row_of(period)
        item = self.table.item(row, COL_TARGET)
        assert item is not None
        item.setText(text)

    def set_locked(self, period: str, locked: bool) -> None:
        row = self._row_of(period)
        item = self.table.item(row, COL_LOCK)
        assert item is not None
        item.setCheckState(Qt.CheckState.Checked if locked else Qt.CheckState.Unchecked)

    def _row_of(self, period: str) -> int:
        for row in range(self.table.rowCount()):
            item = self.table.item(row, COL_PERIOD)
            if item is not None and item.data(Qt.ItemDataRole.UserRole) == period:
                return row
        raise KeyError(period)

    def _read_whole(self) -> float | str | None:
        """The whole as typed, or the refusal's text."""
        try:
            return parse_value(self.whole_edit.text(), self.kpi.unit)
        except NumberInputError as error:
            return input_error_text(error)

    @guarded
    def _item_changed(self, item: QTableWidgetItem) -> None:
        if self._filling:
            return
        period = self.table.item(item.row(), COL_PERIOD)
        if period is None:
            return
        key = str(period.data(Qt.ItemDataRole.UserRole))
        if item.column() == COL_LOCK:
            if item.checkState() == Qt.CheckState.Checked and self.split is not None:
                part = next(p for p in self.split.parts if p.key == key)
                self.locks[key] = part.value
            else:
                self.locks.pop(key, None)
        elif item.column() == COL_TARGET:
            try:
                value = parse_value(item.text(), self.kpi.unit)
            except NumberInputError as error:
                say(self.table_error, input_error_text(error))
                self.ok.setEnabled(False)
                return
            if value is None:
                self.locks.pop(key, None)
            else:
                self.locks[key] = value
        self._recompute()

    _filling = False

    @guarded
    def _recompute(self, *_args: object) -> None:
        for label in (self.whole_error, self.profile_error, self.table_error):
            say(label, "")
        method = self.method_value()
        profile_shown = method == Method.PROFILE.value
        self.profile_box.setVisible(profile_shown)
        self.profile_label.setVisible(profile_shown)
        whole = self._read_whole()
        if isinstance(whole, str) or whole is None:
            say(self.whole_error, whole or op_error_text(ops.OpError("no_target"), self.language))
            return self._refused()
        self.whole = whole
        try:
            split = ops.plan_split(
                self.doc,
                self.goal_id,
                method,
                profile=self.profile() if profile_shown else None,
                locked=self.locks,
                total=whole,
            )
        except ops.OpError as error:
            code = error.code
            where = self.table_error
            if code in _PROFILE_CODES or (code == "bad_number" and profile_shown):
                where = self.profile_error
            elif code in _WHOLE_CODES:
                where = self.whole_error
            say(where, op_error_text(error, self.language))
            return self._refused()
        self.split = split
        self._fill(split)
        self.ok.setEnabled(True)
        return None

    def _refused(self) -> None:
        self.ok.setEnabled(False)
        self.sum_line.setText(self.tr("Nothing will be written until this is corrected."))

    def _fill(self, split: Split) -> None:
        self._filling = True
        try:
            self.table.setRowCount(len(split.parts))
            for row, part in enumerate(split.parts):
                key = part.key
                name = QTableWidgetItem(format_period(part.period, self.language))
                name.setData(Qt.ItemDataRole.UserRole, key)
                name.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable)
                days = QTableWidgetItem(str(part.days))
                days.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable)
                days.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
                lock = QTableWidgetItem()
                closed = key in self.closed
                flags = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
                if not closed:
                    flags |= Qt.ItemFlag.ItemIsUserCheckable
                lock.setFlags(flags)
                lock.setCheckState(
                    Qt.CheckState.Checked if part.locked else Qt.CheckState.Unchecked
                )
                if closed:
                    lock.setToolTip(self.tr("This period is closed; its target stays."))
                target = QTableWidgetItem(self._shown(part.value))
                target.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
                target_flags = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
                if not closed:
                    target_flags |= Qt.ItemFlag.ItemIsEditable
                target.setFlags(target_flags)
                for column, item in enumerate((name, days, lock, target)):
                    self.table.setItem(row, column, item)
        finally:
            self._filling = False
        self._show_sum(split)

    def _show_sum(self, split: Split) -> None:
        if split.mode is Mode.AMOUNT:
            self.mode_note.setText(self.tr("Additive KPI: the parts add up exactly to the whole."))
            parts = format_bare(
                sum(p.minor or 0 for p in split.parts) / 10**split.decimals, split.decimals
            )
            whole = format_bare(split.total, split.decimals)
            self.sum_line.setText(fill(self.tr("Sum of the parts %1 = whole %2"), parts, whole))
        elif split.mode is Mode.VALUE:
            self.mode_note.setText(
                self.tr("A rate: every period gets the same value, it does not add up.")
            )
            self.sum_line.setText(
                fill(self.tr("Each period: %1"), format_bare(split.total, split.decimals))
            )
        else:
            self.mode_note.setText(
                self.tr("A stock (last value): every period gets the target level.")
            )
            self.sum_line.setText(
                fill(self.tr("Each period: %1"), format_bare(split.total, split.decimals))
            )
        note = {
            "last_year_empty": self.tr(
                "Last year has no actuals (or only zeros), so the split is even."
            ),
            "last_year_negative": self.tr(
                "Last year has negative actuals, which give no shape, so the split is even."
            ),
        }.get(split.fallback or "", "")
        say(self.fallback_note, note)

    # -- named profiles (period_profiles) ----------------------------------------------
    def _fill_profiles(self, chosen: str | None = None) -> None:
        self.profiles = {p.id: p for p in load_profiles(self.doc.conn)}
        self.saved.clear()
        self.saved.addItem(self.tr("(not saved)"), "")
        for profile in self.profiles.values():
            self.saved.addItem(plain(profile.name, 60), profile.id)
        if chosen:
            self.saved.setCurrentIndex(self.saved.findData(chosen))
        self.archive_button.setEnabled(bool(chosen))

    @guarded
    def _profile_chosen(self, index: int) -> None:
        profile = self.profiles.get(str(self.saved.itemData(index) or ""))
        self.archive_button.setEnabled(profile is not None)
        if profile is not None:
            self.profile_name.setText(profile.name)
            self.set_profile(list(profile.weights))

    def choose_profile(self, name: str) -> None:
        """Pick a saved profile by name (as from the list)."""
        index = self.saved.findText(name)
        self.saved.setCurrentIndex(index)
        self._profile_chosen(index)

    @guarded
    def save_profile(self, *_args: object) -> None:
        """Save the twelve weights under the typed name (an undo step of its own)."""
        say(self.name_error, "")
        name = self.profile_name.text().strip()
        current = str(self.saved.currentData() or "")
        taken = {p.name: p.id for p in self.profiles.values()}
        refusal = None
        if not name:
            refusal = ops.OpError("empty", field="profile_name")
        elif name in taken and taken[name] != current:
            refusal = ops.OpError("profile_name_taken", name=name)
        if refusal is not None:
            say(self.name_error, op_error_text(refusal, self.language))
            return
        if not self.profile_error.isHidden():
            return  # the weights themselves are refused, said under them
        weights = self.profile()
        profile_id = current if current and taken.get(name, current) == current else None
        result = self.apply_op(
            QCoreApplication.translate("SplitDialog", "Save Seasonal Profile"),
            lambda doc: ops.save_profile(doc, name, weights, profile_id),
        )
        if result is not None:
            self._fill_profiles(result.row_id)

    @guarded
    def archive_profile(self, *_args: object) -> None:
        profile_id = str(self.saved.currentData() or "")
        if not profile_id:
            return
        result = self.apply_op(
            QCoreApplication.translate("SplitDialog", "Archive Seasonal Profile"),
            lambda doc: ops.archive_profile(doc, profile_id),
        )
        if result is not None:
            self._fill_profiles()

    # -- applying ---------------------------------------------------------------------
    @guarded
    def try_apply(self) -> None:
        if self.split is None or not self.ok.isEnabled():
            return
        method = self.method_value()
        profile = self.profile() if method == Method.PROFILE.value else None
        locks = dict(self.locks)
        whole = self.whole
        goal_id = self.goal_id
        result = self.apply_op(
            QCoreApplication.translate("SplitDialog", "Split over Periods"),
            lambda doc: ops.split_goal_target(
                doc, goal_id, method, profile=profile, locked=locks, total=whole
            ),
        )
        if result is not None:
            self.accept()
