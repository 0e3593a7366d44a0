"""Evaluation → Evaluation Rules…: the reward and warning rules, saved as a new version.

The form edits a `core.evaluation.Rules`; Save runs `ops.save_rules`, which writes a
new row with version + 1 and leaves the older versions (and every evaluation frozen
with them) as they were. The versions so far are listed below the form. Empty
consequence labels stand for the built-in names (shown as placeholders).
"""

from __future__ import annotations

import dataclasses
from typing import Any

from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QDoubleSpinBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLineEdit,
    QListWidget,
    QPushButton,
    QSpinBox,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from perfdesk.core.evaluation import MAX_LABEL, MAX_STREAK, MissRule, Rules
from perfdesk.core.periods import Granularity
from perfdesk.store import repo_evaluations
from perfdesk.ui.guard import guarded
from perfdesk.ui.text import fill, plain
from perfdesk.ui.widgets.text_label import wrapping_label


class EvaluationRulesDialog(QDialog):
    def __init__(self, window: Any, parent: QWidget | None = None) -> None:
        super().__init__(parent or window)
        self.window_ = window
        self.setWindowTitle(self.tr("Evaluation Rules"))
        conn = window.context.doc.conn
        self.stored = repo_evaluations.current_rules(conn)
        rules = self.stored.rules

        self.name_edit = QLineEdit(self.stored.name)
        self.name_edit.setMaxLength(200)
        self.granularity_combo = QComboBox()
        for text, granularity in (
            (self.tr("Quarter"), Granularity.QUARTER),
            (self.tr("Month"), Granularity.MONTH),
            (self.tr("Year"), Granularity.YEAR),
        ):
            self.granularity_combo.addItem(text, granularity.value)
        self.granularity_combo.setCurrentIndex(
            max(self.granularity_combo.findData(rules.granularity.value), 0)
        )
        self.top_spin = _spin(0, 100, rules.top_percent, " %", 1)
        self.top_label = QLineEdit(rules.top_label)
        self.top_label.setMaxLength(MAX_LABEL)
        self.top_label.setPlaceholderText(self.tr("Reward"))
        self.threshold_spin = _spin(1, 1000, rules.threshold * 100, " %", 1)
        self.threshold_spin.setToolTip(
            self.tr(
                "A period's score below this is below target. 100 % means the goals "
                "were not met on balance (weighted achievement)."
            )
        )
        self.cap_spin = _spin(100, 1000, rules.cap * 100, " %", 0)
        self.cap_spin.setToolTip(self.tr("The most one goal's achievement counts for in a score"))
        self.appeal_spin = QSpinBox()
        self.appeal_spin.setRange(0, 366)
        self.appeal_spin.setValue(rules.appeal_days)
        self.appeal_spin.setSuffix(self.tr(" days"))

        self.misses = QTableWidget(0, 2)
        self.misses.setHorizontalHeaderLabels(
            [self.tr("Consecutive periods below target"), self.tr("Consequence")]
        )
        self.misses.horizontalHeader().setStretchLastSection(True)
        self.misses.verticalHeader().setVisible(False)
        for rule in rules.misses:
            self._add_miss(rule)
        add = QPushButton(self.tr("Add Rule"))
        remove = QPushButton(self.tr("Remove Rule"))
        add.clicked.connect(guarded(lambda: self._add_miss(MissRule(self._next_count()))))
        remove.clicked.connect(guarded(self._remove_miss))

        form = QFormLayout()
        form.addRow(self.tr("Name:"), self.name_edit)
        form.addRow(self.tr("Evaluated per:"), self.granularity_combo)
        top_row = QHBoxLayout()
        top_row.addWidget(self.top_spin)
        top_row.addWidget(self.top_label, 1)
        form.addRow(self.tr("Top of the ranking:"), top_row)
        form.addRow(self.tr("Below target under:"), self.threshold_spin)
        form.addRow(self.tr("Achievement cap:"), self.cap_spin)
        form.addRow(self.tr("Appeal window after freezing:"), self.appeal_spin)
        misses_box = QGroupBox(self.tr("Consecutive periods below target"))
        misses_layout = QVBoxLayout(misses_box)
        misses_layout.addWidget(self.misses)
        buttons_row = QHBoxLayout()
        buttons_row.addWidget(add)
        buttons_row.addWidget(remove)
        buttons_row.addStretch(1)
        misses_layout.addLayout(buttons_row)

        self.versions = QListWidget()
        self.versions.setMaximumHeight(110)
        for version in repo_evaluations.rule_versions(conn):
            self.versions.addItem(
                fill(
                    self.tr("Version %1: %2 (saved %3)"),
                    version.version,
                    plain(version.name),
                    repo_evaluations.stamp_date(version.created).isoformat(),
                )
            )
        if self.stored.id is None:
            self.versions.addItem(self.tr("None saved yet: the seeds' defaults apply."))

        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(guarded(self.save))
        buttons.rejected.connect(self.reject)
        buttons.button(QDialogButtonBox.StandardButton.Save).setEnabled(
            not window.context.doc.read_only
        )
        layout = QVBoxLayout(self)
        layout.addWidget(
            wrapping_label(
                self.tr(
                    "Saving makes a new version; evaluations already frozen keep the version "
                    "they were made with."
                )
            )
        )
        layout.addLayout(form)
        layout.addWidget(misses_box)
        layout.addWidget(wrapping_label(self.tr("Versions:")))
        layout.addWidget(self.versions)
        layout.addWidget(buttons)
        self.resize(620, 620)

    def _next_count(self) -> int:
        counts = [rule.periods for rule in self.rules().misses]
        return min(max(counts, default=1) + 1, MAX_STREAK)

    def _add_miss(self, rule: MissRule) -> None:
        row = self.misses.rowCount()
        self.misses.insertRow(row)
        spin = QSpinBox()
        spin.setRange(1, MAX_STREAK)
        spin.setValue(rule.periods)
        self.misses.setCellWidget(row, 0, spin)
        item = QTableWidgetItem(rule.label)
        item.setToolTip(self.tr("Empty: written warning for 2 periods, improvement plan for more"))
        self.misses.setItem(row, 1, item)

    def _remove_miss(self) -> None:
        row = self.misses.currentRow()
        if row < 0:
            row = self.misses.rowCount() - 1
        if row >= 0:
            self.misses.removeRow(row)

    def rules(self) -> Rules:
        """The rules as the form shows them (checked by the op when saved)."""
        misses = []
        for row in range(self.misses.rowCount()):
            spin = self.misses.cellWidget(row, 0)
            item = self.misses.item(row, 1)
            if isinstance(spin, QSpinBox):
                misses.append(MissRule(spin.value(), (item.text() if item else "").strip()))
        return dataclasses.replace(
            self.stored.rules,
            granularity=Granularity(self.granularity_combo.currentData()),
            top_percent=self.top_spin.value(),
            top_label=self.top_label.text().strip(),
            threshold=round(self.threshold_spin.value() / 100, 6),
            cap=round(self.cap_spin.value() / 100, 6),
            appeal_days=self.appeal_spin.value(),
            misses=tuple(sorted(misses, key=lambda rule: rule.periods)),
        )

    def save(self) -> None:
        from perfdesk.store import ops

        rules, name = self.rules(), self.name_edit.text()
        result = self.window_.run_op(
            self.tr("Save Evaluation Rules"), lambda doc: ops.save_rules(doc, rules, name)
        )
        if result is not None:
            self.accept()


def _spin(low: float, high: float, value: float, suffix: str, decimals: int) -> QDoubleSpinBox:
    spin = QDoubleSpinBox()
    spin.setRange(low, high)
    spin.setDecimals(decimals)
    spin.setValue(value)
    spin.setSuffix(suffix)
    return spin
