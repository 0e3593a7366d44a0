"""The KPI library (指标库): every KPI of the document, a list to filter and a form for
every field.

Opened from Goals → KPI Library… (Ctrl+Shift+B); loaded with the first use. The
list filters by code and both names, and shows archived KPIs on request. The form
edits every column of `kpis`; Save is one store operation (ops.add_kpi/edit_kpi),
so one undo step. A refusal is said under the field it concerns, in the UI's
language, and nothing is written. Changing the direction or aggregation of a KPI
that goals use asks first, saying how many goals and how their status changes
(one or two examples, before and after). A KPI in use is archived, never deleted;
an unused one can be deleted. "Add from Library…" brings the shipped KPIs
(core/kpi_library.py) the document lacks, with the ids every file gives them.
"""

from __future__ import annotations

import dataclasses
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from perfdesk.core import kpi_library
from perfdesk.core.kpi import Aggregation, Direction, Perspective, Status
from perfdesk.core.progress import goal_progress
from perfdesk.store import ops
from perfdesk.store.ops import OpError
from perfdesk.store.repo_goals import goals_of_owner, period_values
from perfdesk.store.repo_kpi import (
    holders_on_kpi,
    kpi_records,
    kpi_usage,
    missing_library_codes,
    usage_counts,
)
from perfdesk.ui.errors import message_box
from perfdesk.ui.guard import guarded
from perfdesk.ui.labels import label
from perfdesk.ui.op_errors import op_error_text
from perfdesk.ui.op_runner import run_op
from perfdesk.ui.text import fill, plain

_ROLE = int(Qt.ItemDataRole.UserRole)
_ERROR_STYLE = "color: #b3261e"
# Form fields (the store's field codes) in the order they are laid out.
_TEXTS = ("kpi_code", "kpi_name", "kpi_name_en", "measure_unit", "measure_unit_en")
_NUMBERS = ("decimals", "amber_threshold", "red_threshold", "min_value", "max_value")


def ask(parent: QWidget, title: str, text: str, informative: str) -> bool:
    """A Yes/Cancel question in plain text (tests answer it instead)."""
    box = message_box(parent, QMessageBox.Icon.Question, title, text, informative)
    box.setStandardButtons(QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel)
    box.setDefaultButton(QMessageBox.StandardButton.Cancel)
    return box.exec() == QMessageBox.StandardButton.Yes


def _percent(value: float | None) -> str:
    return "" if value is None else f"{value * 100:g}"


def _number_text(value: float | None) -> str:
    return "" if value is None else f"{value:g}"


class KpiLibraryDialog(QDialog):
    def __init__(self, window: Any) -> None:
        super().__init__(window)
        self.main = window
        self.document = window.context.doc  # the document this window was made for
        self.setWindowTitle(self.tr("KPI Library"))
        self.resize(980, 660)
        self.records: list[dict[str, Any]] = []
        self.used: dict[str, int] = {}
        self.current: dict[str, Any] | None = None  # the KPI in the form; None: a new one

        self.search = QLineEdit()
        self.search.setPlaceholderText(self.tr("Filter by code or name (中文 / English)"))
        self.search.setClearButtonEnabled(True)
        self.show_archived = QCheckBox(self.tr("Show archived"))
        self.list = QListWidget()
        self.list.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.count = QLabel()
        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.addWidget(self.search)
        left_layout.addWidget(self.show_archived)
        left_layout.addWidget(self.list, 1)
        left_layout.addWidget(self.count)

        self.form = QFormLayout()
        self.form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.fields: dict[str, QWidget] = {}
        self.errors: dict[str, QLabel] = {}
        names = {
            "kpi_code": self.tr("Code"),
            "kpi_name": self.tr("Chinese name"),
            "kpi_name_en": self.tr("English name"),
            "measure_unit": self.tr("Unit (Chinese)"),
            "measure_unit_en": self.tr("Unit (English)"),
        }
        for field in _TEXTS:
            self._row(field, names[field], QLineEdit())
        self._row("description", self.tr("How it is measured (Chinese)"), QPlainTextEdit())
        self._row("description_en", self.tr("How it is measured (English)"), QPlainTextEdit())
        self._row("direction", self.tr("Direction"), self._combo(Direction))
        self._row("aggregation", self.tr("Over periods"), self._combo(Aggregation))
        self._row("numerator_kpi", self.tr("Numerator KPI"), QComboBox())
        self._row("denominator_kpi", self.tr("Denominator KPI"), QComboBox())
        self._row("perspective", self.tr("Scorecard perspective"), self._combo(Perspective))
        numbers = {
            "decimals": self.tr("Decimals (0–6)"),
            "amber_threshold": self.tr("Amber below (% achieved)"),
            "red_threshold": self.tr("Red below (% achieved)"),
            "min_value": self.tr("Lowest allowed value"),
            "max_value": self.tr("Highest allowed value"),
        }
        for field in _NUMBERS:
            self._row(field, numbers[field], QLineEdit())
        for box in ("description", "description_en"):
            self.fields[box].setMaximumHeight(64)
        self.usage = QLabel()
        self.usage.setTextFormat(Qt.TextFormat.PlainText)
        self.usage.setWordWrap(True)
        self.general_error = QLabel()
        self.general_error.setTextFormat(Qt.TextFormat.PlainText)
        self.general_error.setStyleSheet(_ERROR_STYLE)
        self.general_error.setWordWrap(True)
        self.general_error.hide()

        self.new_button = QPushButton(self.tr("&New KPI"))
        self.save_button = QPushButton(self.tr("&Save"))
        self.archive_button = QPushButton(self.tr("&Archive"))
        self.restore_button = QPushButton(self.tr("Res&tore"))
        self.delete_button = QPushButton(self.tr("&Delete"))
        self.library_button = QPushButton(self.tr("Add from &Library…"))
        buttons = QHBoxLayout()
        for button in (
            self.new_button,
            self.save_button,
            self.archive_button,
            self.restore_button,
            self.delete_button,
        ):
            buttons.addWidget(button)
        buttons.addStretch(1)
        buttons.addWidget(self.library_button)
        right = QWidget()
        right_layout = QVBoxLayout(right)
        right_layout.addWidget(self.usage)
        right_layout.addLayout(self.form)
        right_layout.addWidget(self.general_error)
        right_layout.addLayout(buttons)
        self.read_only = QLabel()
        self.read_only.setTextFormat(Qt.TextFormat.PlainText)
        self.read_only.setWordWrap(True)
        right_layout.addWidget(self.read_only)
        right_layout.addStretch(1)

        splitter = QSplitter(Qt.Orientation.Horizontal)
        splitter.addWidget(left)
        splitter.addWidget(right)
        splitter.setSizes([300, 680])
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        close.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(splitter, 1)
        layout.addWidget(close)

        self.search.textChanged.connect(guarded(lambda _t: self.fill_list()))
        self.show_archived.toggled.connect(guarded(lambda _c: self.reload()))
        self.list.currentItemChanged.connect(guarded(lambda item, _old: self._picked(item)))
        aggregation = self.fields["aggregation"]
        assert isinstance(aggregation, QComboBox)
        aggregation.currentIndexChanged.connect(guarded(self._ratio_parts))
        self.new_button.clicked.connect(guarded(lambda: self.show_kpi(None)))
        self.save_button.clicked.connect(guarded(self.save))
        self.archive_button.clicked.connect(guarded(lambda: self.set_archived(True)))
        self.restore_button.clicked.connect(guarded(lambda: self.set_archived(False)))
        self.delete_button.clicked.connect(guarded(self.delete))
        self.library_button.clicked.connect(guarded(self.add_from_library))
        # Ctrl+Z / Ctrl+Y work here as in the window, and any step (here or there) shows.
        self.addAction(window.undo_action)
        self.addAction(window.redo_action)
        window.undo_stack.indexChanged.connect(guarded(lambda _i: self._step_done()))
        self.reload()

    def _step_done(self) -> None:
        if self.isVisible():
            self.reload()

    # -- building ---------------------------------------------------------------------
    def _row(self, field: str, text: str, widget: QWidget) -> None:
        """A field with its own error line right under it."""
        error = QLabel()
        error.setTextFormat(Qt.TextFormat.PlainText)
        error.setWordWrap(True)
        error.setStyleSheet(_ERROR_STYLE)
        error.hide()
        holder = QWidget()
        column = QVBoxLayout(holder)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(1)
        column.addWidget(widget)
        column.addWidget(error)
        self.form.addRow(text, holder)
        self.fields[field] = widget
        self.errors[field] = error

    def _combo(self, kind: Any) -> QComboBox:
        box = QComboBox()
        for member in kind:
            box.addItem(label(member), member.value)
        return box

    # -- the list -----------------------------------------------------------------------
    @property
    def doc(self) -> Any:
        return self.main.context.doc

    def reload(self, select: str | None = None) -> None:
        """Read the KPIs again (after a change, or Show archived), keeping the selection."""
        if self.main.context is None or self.main.context.doc is not self.document:
            self.close()  # the document it was made for is closed
            return
        conn = self.doc.conn
        self.records = kpi_records(conn, include_archived=True)
        self.used = usage_counts(conn)
        keep = select or (self.current or {}).get("id")
        self._fill_parts()
        self.fill_list(keep)
        writable = not self.doc.read_only
        for button in (
            self.new_button,
            self.save_button,
            self.archive_button,
            self.restore_button,
            self.delete_button,
            self.library_button,
        ):
            button.setEnabled(writable)
        self.read_only.setText(
            ""
            if writable
            else self.tr("This document is open read-only: the library can be read, not changed.")
        )
        missing = len(missing_library_codes(conn)) if writable else 0
        self.library_button.setEnabled(writable and missing > 0)
        self.library_button.setToolTip(
            fill(self.tr("%1 shipped KPIs are not in this document yet"), missing)
        )
        if self.current is None or keep is None:
            self._update_buttons()

    def _name(self, record: dict[str, Any]) -> str:
        first, second = (
            ("name_en", "name_zh") if self.main.language == "en" else ("name_zh", "name_en")
        )
        return str(record[first] or record[second] or record["code"])

    def fill_list(self, select: str | None = None) -> None:
        words = self.search.text().strip().casefold()
        archived = self.show_archived.isChecked()
        select = select or (self.current or {}).get("id")
        self.list.blockSignals(True)
        self.list.clear()
        shown = 0
        for record in self.records:
            if record["archived"] and not archived:
                continue
            haystack = " ".join(
                str(record[k] or "") for k in ("code", "name_zh", "name_en")
            ).casefold()
            if words and words not in haystack:
                continue
            text = f"{plain(self._name(record), 80)}  ·  {plain(record['code'], 40)}"
            if record["archived"]:
                text = fill(self.tr("%1 (archived)"), text)
            item = QListWidgetItem(text)
            item.setData(_ROLE, record["id"])
            if record["archived"]:
                item.setForeground(Qt.GlobalColor.gray)
            self.list.addItem(item)
            shown += 1
            if record["id"] == select:
                self.list.setCurrentItem(item)
        self.list.blockSignals(False)
        self.count.setText(fill(self.tr("%1 of %2 KPIs"), shown, len(self.records)))
        if self.current is None and select is None and self.list.count():
            self.list.setCurrentRow(0)
            self._picked(self.list.currentItem())
        elif select is not None:
            found = self._record(select)
            if found is not None:
                self.show_kpi(found)

    def _record(self, kpi_id: str) -> dict[str, Any] | None:
        return next((r for r in self.records if r["id"] == kpi_id), None)

    def _picked(self, item: QListWidgetItem | None) -> None:
        if item is not None:
            self.show_kpi(self._record(str(item.data(_ROLE))))

    def _fill_parts(self) -> None:
        for field in ("numerator_kpi", "denominator_kpi"):
            box = self.fields[field]
            assert isinstance(box, QComboBox)
            box.blockSignals(True)
            box.clear()
            box.addItem(self.tr("— choose a KPI —"), None)
            for record in self.records:
                if not record["archived"]:
                    box.addItem(f"{plain(self._name(record), 60)} · {record['code']}", record["id"])
            box.blockSignals(False)

    # -- the form -------------------------------------------------------------------------
    def show_kpi(self, record: dict[str, Any] | None) -> None:
        """Fill the form with a KPI (None: an empty form for a new one)."""
        self.current = record
        self._clear_errors()
        values = ops.kpi_fields(record) if record is not None else _NEW
        texts = {
            "kpi_code": values["code"],
            "kpi_name": values["name_zh"],
            "kpi_name_en": values["name_en"],
            "measure_unit": values["unit"],
            "measure_unit_en": values["unit_en"],
            "decimals": str(values["decimals"]),
            "amber_threshold": _percent(values["amber_below"]),
            "red_threshold": _percent(values["red_below"]),
            "min_value": _number_text(values["min_value"]),
            "max_value": _number_text(values["max_value"]),
        }
        for field, text in texts.items():
            widget = self.fields[field]
            assert isinstance(widget, QLineEdit)
            widget.setText(str(text or ""))
        for field, key in (("description", "description"), ("description_en", "description_en")):
            box = self.fields[field]
            assert isinstance(box, QPlainTextEdit)
            box.setPlainText(str(values[key] or ""))
        for field, key in (
            ("direction", "direction"),
            ("aggregation", "aggregation"),
            ("perspective", "perspective"),
            ("numerator_kpi", "numerator_id"),
            ("denominator_kpi", "denominator_id"),
        ):
            combo = self.fields[field]
            assert isinstance(combo, QComboBox)
            combo.setCurrentIndex(max(0, combo.findData(values[key])))
        own = record["id"] if record is not None else None
        for field in ("numerator_kpi", "denominator_kpi"):
            combo = self.fields[field]
            assert isinstance(combo, QComboBox)
            model = combo.model()
            for row in range(combo.count()):  # a ratio is never divided by itself
                item = model.item(row) if hasattr(model, "item") else None
                if item is not None:
                    item.setEnabled(own is None or combo.itemData(row) != own)
        self._ratio_parts()
        self._update_buttons()

    def _update_buttons(self) -> None:
        record = self.current
        writable = self.main.context is not None and not self.doc.read_only
        if record is None:
            self.usage.setText(self.tr("New KPI: fill in the fields and Save."))
            for button in (self.archive_button, self.restore_button, self.delete_button):
                button.setEnabled(False)
            return
        usage = kpi_usage(self.doc.conn, record["id"])
        self.usage.setText(
            fill(
                self.tr("Used by %1 goals and %2 actions; %3 ratio KPIs are built from it."),
                usage.goals,
                usage.actions,
                usage.ratios,
            )
            if any(usage)
            else self.tr("Not used by any goal or action yet: it can be deleted.")
        )
        self.archive_button.setEnabled(writable and not record["archived"])
        self.restore_button.setEnabled(writable and bool(record["archived"]))
        self.delete_button.setEnabled(writable and not any(usage))
        self.delete_button.setToolTip(
            self.tr("A KPI in use can be archived, not deleted.") if any(usage) else ""
        )

    def _ratio_parts(self, _index: int = 0) -> None:
        ratio = self._value("aggregation") == Aggregation.RATIO.value
        for field in ("numerator_kpi", "denominator_kpi"):
            self.fields[field].setEnabled(ratio)

    def _value(self, field: str) -> Any:
        widget = self.fields[field]
        if isinstance(widget, QComboBox):
            return widget.currentData()
        if isinstance(widget, QPlainTextEdit):
            return widget.toPlainText()
        assert isinstance(widget, QLineEdit)
        return widget.text().strip()

    def form_values(self) -> dict[str, Any]:
        """The form as `ops.edit_kpi`'s keywords; numbers as typed go to the store's checks."""

        def number(field: str, scale: float = 1.0) -> Any:
            text = self._value(field).replace(",", "").replace("%", "").strip()
            if text == "" and field in ("min_value", "max_value"):
                return None
            try:
                return float(text) * scale
            except ValueError:
                return text  # refused by the store as not a number, under this field

        return {
            "code": self._value("kpi_code"),
            "name_zh": self._value("kpi_name"),
            "name_en": self._value("kpi_name_en"),
            "unit": self._value("measure_unit"),
            "unit_en": self._value("measure_unit_en"),
            "description": self._value("description"),
            "description_en": self._value("description_en"),
            "direction": self._value("direction"),
            "aggregation": self._value("aggregation"),
            "numerator_id": self._value("numerator_kpi"),
            "denominator_id": self._value("denominator_kpi"),
            "perspective": self._value("perspective"),
            "decimals": number("decimals"),
            "amber_below": number("amber_threshold", 0.01),
            "red_below": number("red_threshold", 0.01),
            "min_value": number("min_value"),
            "max_value": number("max_value"),
        }

    def _clear_errors(self) -> None:
        for error in self.errors.values():
            error.hide()
        self.general_error.hide()

    def show_refusal(self, error: OpError) -> None:
        """The reason under the field it concerns (or under the form), focus on the field."""
        self._clear_errors()
        field = str(error.params.get("field", ""))
        if error.code == "kpi_code_taken":
            field = "kpi_code"
        target = self.errors.get(field)
        text = op_error_text(error, self.main.language)
        if target is None:
            self.general_error.setText(text)
            self.general_error.show()
            return
        target.setText(text)
        target.show()
        self.fields[field].setFocus()

    # -- the changes --------------------------------------------------------------------
    def save(self) -> bool:
        """Add the new KPI or save the one shown; False when refused or not confirmed."""
        values = self.form_values()
        record = self.current
        refusals: list[OpError] = []
        try:
            ops.check_kpi(self.doc, record["id"] if record else None, **values)
        except OpError as error:
            self.show_refusal(error)
            return False
        if record is not None and not self._confirm_meaning(record, values):
            return False
        if record is None:
            title = self.tr("Add KPI")
            result = run_op(
                self.main, title, lambda doc: ops.add_kpi(doc, **values), refusals.append
            )
        else:
            title = self.tr("Edit KPI")
            result = run_op(
                self.main,
                title,
                lambda doc: ops.edit_kpi(doc, record["id"], **values),
                refusals.append,
            )
        if refusals:
            self.show_refusal(refusals[0])
            return False
        if result is None:
            return False
        self._clear_errors()
        self.reload(result.row_id or (record or {}).get("id"))
        return True

    def _confirm_meaning(self, record: dict[str, Any], values: dict[str, Any]) -> bool:
        """Changing how a KPI in use is judged or added up: say what changes, ask first."""
        changed = [
            key for key in ("direction", "aggregation") if str(values[key]) != str(record[key])
        ]
        if not changed:
            return True
        goals = kpi_usage(self.doc.conn, record["id"]).goals
        if not goals:
            return True
        lines = []
        if "direction" in changed:
            lines.append(
                fill(
                    self.tr("Direction: %1 → %2"),
                    label(Direction(record["direction"])),
                    label(Direction(values["direction"])),
                )
            )
        if "aggregation" in changed:
            lines.append(
                fill(
                    self.tr("Over periods: %1 → %2"),
                    label(Aggregation(record["aggregation"])),
                    label(Aggregation(values["aggregation"])),
                )
            )
        lines.append(
            self.tr(
                "The status (green, amber, red) and the achievement rate of every goal on "
                "this KPI are worked out anew, in every tab and report; stored targets and "
                "actuals stay as they are."
            )
        )
        lines += self._examples(record, values)
        return ask(
            self,
            self.tr("Change a KPI in use"),
            fill(
                self.tr("“%1” is used by %2 goals. Change how it is judged?"),
                plain(self._name(record), 60),
                goals,
            ),
            "\n".join(lines),
        )

    def _examples(self, record: dict[str, Any], values: dict[str, Any]) -> list[str]:
        """One or two goals on the KPI, their status to date before and after."""
        context = self.main.context
        kpi = context.kpis.get(record["id"]) if context is not None else None
        if context is None or kpi is None:
            return []
        after = dataclasses.replace(
            kpi,
            direction=Direction(values["direction"]),
            aggregation=Aggregation(values["aggregation"]),
            numerator_id=values["numerator_id"],
            denominator_id=values["denominator_id"],
        )
        conn = self.doc.conn
        holders = holders_on_kpi(conn, record["id"], context.year, 2)
        months = [m.key for m in context.months_to_focus()]
        found = []
        for holder in holders:
            goals = goals_of_owner(conn, holder, context.year)
            targets, actuals = period_values(conn, [g.id for g in goals], months)
            for goal in (g for g in goals if g.kpi_id == record["id"]):
                old = goal_progress(goal, kpi, goals, targets, actuals, months).status
                new = goal_progress(goal, after, goals, targets, actuals, months).status
                found.append(
                    fill(
                        self.tr("For example %1: %2 → %3"),
                        plain(context.owner_name(holder), 40),
                        _status(old),
                        _status(new),
                    )
                )
                break
        return found

    def set_archived(self, archived: bool) -> None:
        record = self.current
        if record is None:
            return
        if archived:
            goals = kpi_usage(self.doc.conn, record["id"]).goals
            if not ask(
                self,
                self.tr("Archive KPI"),
                fill(self.tr("Archive “%1”?"), plain(self._name(record), 60)),
                fill(
                    self.tr(
                        "%1 goals use it; they keep it and their history. An archived KPI "
                        "is no longer offered for new goals and can be restored at any time."
                    ),
                    goals,
                ),
            ):
                return
        title = self.tr("Archive KPI") if archived else self.tr("Restore KPI")
        refusals: list[OpError] = []
        if run_op(
            self.main,
            title,
            lambda doc: ops.set_archived(doc, "kpis", record["id"], archived),
            refusals.append,
        ):
            if archived:
                self.show_archived.setChecked(True)
            self.reload(record["id"])
        elif refusals:
            self.show_refusal(refusals[0])

    def delete(self) -> None:
        record = self.current
        if record is None:
            return
        if not ask(
            self,
            self.tr("Delete KPI"),
            fill(self.tr("Delete “%1”?"), plain(self._name(record), 60)),
            self.tr("Nothing uses it. Edit → Undo brings it back."),
        ):
            return
        refusals: list[OpError] = []
        if run_op(
            self.main,
            self.tr("Delete KPI"),
            lambda doc: ops.delete_kpi(doc, record["id"]),
            refusals.append,
        ):
            self.current = None
            self.reload()
        elif refusals:
            self.show_refusal(refusals[0])

    def add_from_library(self) -> None:
        codes = missing_library_codes(self.doc.conn)
        if not codes:
            return
        chooser = LibraryChooser(self, codes, self.main.language)
        if run_chooser(chooser) != QDialog.DialogCode.Accepted:
            return
        chosen = chooser.chosen()
        if not chosen:
            return
        refusals: list[OpError] = []
        result = run_op(
            self.main,
            self.tr("Add KPIs from the library"),
            lambda doc: ops.add_library_kpis(doc, chosen),
            refusals.append,
        )
        if refusals:
            self.show_refusal(refusals[0])
        elif result is not None:
            self.reload(kpi_library.kpi_id(chosen[0]))


def run_chooser(dialog: QDialog) -> int:
    """Show the library chooser (tests pick instead)."""
    return dialog.exec()


class LibraryChooser(QDialog):
    """The shipped KPIs a document lacks, to tick and add."""

    def __init__(self, parent: QWidget, codes: list[str], language: str) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Add from Library"))
        self.resize(560, 480)
        self.list = QListWidget()
        for code in codes:
            entry = kpi_library.by_code(code)
            item = QListWidgetItem(
                f"{entry.name(language)} · {entry.unit(language)} · {label(entry.perspective)}"
            )
            item.setData(_ROLE, code)
            item.setToolTip(entry.description_en if language == "en" else entry.description_zh)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Checked)
            self.list.addItem(item)
        note = QLabel(
            self.tr(
                "These KPIs ship with perfdesk and are not in this document yet. They get the "
                "same ids as in every other file, so packages between files match them."
            )
        )
        note.setWordWrap(True)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(note)
        layout.addWidget(self.list, 1)
        layout.addWidget(buttons)

    def chosen(self) -> list[str]:
        return [
            str(self.list.item(i).data(_ROLE))
            for i in range(self.list.count())
            if self.list.item(i).checkState() == Qt.CheckState.Checked
        ]


def _status(status: Status) -> str:
    return label(status)


_NEW: dict[str, Any] = {
    "code": "",
    "name_zh": "",
    "name_en": "",
    "unit": "",
    "unit_en": "",
    "direction": Direction.HIGHER.value,
    "aggregation": Aggregation.SUM.value,
    "decimals": 0,
    "perspective": Perspective.FINANCIAL.value,
    "amber_below": 1.0,
    "red_below": 0.9,
    "numerator_id": None,
    "denominator_id": None,
    "description": "",
    "description_en": "",
    "min_value": None,
    "max_value": None,
}
