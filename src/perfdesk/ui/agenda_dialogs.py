"""Small dialogs of the agenda builder: one agenda item (kind, title, speaker and the
department they speak for, minutes, note) and the parking lot (what earlier meetings
did not settle, offered to this one)."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QDoubleSpinBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from perfdesk.core.agenda import MAX_ITEM_MINUTES, PlanItem
from perfdesk.core.meeting import AgendaKind
from perfdesk.core.org import OrgUnit, Person, UnitKind
from perfdesk.store.repo_meeting_plan import BacklogEntry
from perfdesk.ui.labels import label
from perfdesk.ui.text import fill, plain


class AgendaItemDialog(QDialog):
    def __init__(
        self,
        parent: QWidget | None,
        units: dict[str, OrgUnit],
        people: dict[str, Person],
        item: PlanItem | None = None,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Agenda item"))
        self.setMinimumWidth(460)
        self.item = item
        self.people = people
        self.kind = QComboBox()
        for kind in AgendaKind:
            self.kind.addItem(label(kind), kind.value)
        self.title = QLineEdit()
        self.speaker = QComboBox()
        self.speaker.addItem(self.tr("(nobody)"), None)
        for person in sorted(people.values(), key=lambda p: p.name):
            self.speaker.addItem(plain(person.name), person.id)
        self.speaker.setEditable(True)
        self.speaker.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.unit = QComboBox()
        self.unit.addItem(self.tr("(none)"), None)
        for unit in sorted(units.values(), key=lambda u: (u.sort_order, u.name)):
            if unit.kind is not UnitKind.COMPANY:
                self.unit.addItem(plain(unit.name), unit.id)
        self.minutes = QDoubleSpinBox()
        self.minutes.setDecimals(0)
        self.minutes.setRange(0, MAX_ITEM_MINUTES)
        self.minutes.setSuffix(self.tr(" min"))
        self.note = QPlainTextEdit()
        self.note.setTabChangesFocus(True)
        self.note.setMaximumHeight(90)
        current = item or PlanItem(AgendaKind.SPEAKER, "", 10)
        self.kind.setCurrentIndex(max(0, self.kind.findData(current.kind.value)))
        self.title.setText(current.title)
        self.speaker.setCurrentIndex(max(0, self.speaker.findData(current.speaker_id)))
        self.unit.setCurrentIndex(max(0, self.unit.findData(current.unit_id)))
        self.minutes.setValue(current.minutes)
        self.note.setPlainText(current.note)
        self.speaker.activated.connect(self._speaker_chosen)
        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        form.addRow(self.tr("&Kind:"), self.kind)
        form.addRow(self.tr("&Title:"), self.title)
        form.addRow(self.tr("&Speaker:"), self.speaker)
        form.addRow(self.tr("On behalf of:"), self.unit)
        form.addRow(self.tr("&Minutes:"), self.minutes)
        form.addRow(self.tr("&Note:"), self.note)
        self.error = QLabel()
        self.error.setTextFormat(Qt.TextFormat.PlainText)
        self.error.setStyleSheet("color: #b3261e")
        self.error.hide()
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self._try_accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.error)
        layout.addWidget(buttons)

    def _speaker_chosen(self, _index: int) -> None:
        """A speaker speaks for their own department unless another is chosen."""
        person = self.people.get(self.speaker.currentData() or "")
        if person is not None and self.unit.currentData() is None:
            self.unit.setCurrentIndex(max(0, self.unit.findData(person.unit_id)))

    def _try_accept(self) -> None:
        if self.minutes.value() <= 0:
            self.error.setText(self.tr("Give the item more than 0 minutes."))
            self.error.show()
            self.minutes.setFocus()
            return
        self.accept()

    def plan_item(self) -> PlanItem:
        speaker = self.speaker.itemData(self.speaker.findText(self.speaker.currentText()))
        return PlanItem(
            AgendaKind(self.kind.currentData()),
            self.title.text().strip(),
            self.minutes.value(),
            self.note.toPlainText().strip(),
            speaker,
            self.unit.currentData(),
            self.item.id if self.item else None,
        )


class BacklogDialog(QDialog):
    """Pick what the parking lot offers: each becomes a discussion item of this meeting."""

    def __init__(self, parent: QWidget | None, entries: list[BacklogEntry]) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Parking lot"))
        self.setMinimumWidth(560)
        self.entries = entries
        self.list = QListWidget()
        for number, entry in enumerate(entries):
            template = (
                self.tr("Parked issue: %1 (%2, %3)")
                if entry.kind == "issue"
                else self.tr("Not reached: %1 (%2, %3)")
            )
            shown = QListWidgetItem(
                fill(template, plain(entry.text), plain(entry.meeting_title), entry.meeting_date)
            )
            shown.setData(Qt.ItemDataRole.UserRole, number)
            shown.setFlags(shown.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            shown.setCheckState(Qt.CheckState.Checked)
            self.list.addItem(shown)
        intro = QLabel(
            self.tr(
                "Issues parked and agenda items not reached in earlier meetings. The checked ones "
                "are added to this agenda as discussion items."
            )
        )
        intro.setWordWrap(True)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.list)
        layout.addWidget(buttons)

    def chosen(self) -> list[BacklogEntry]:
        return [
            self.entries[self.list.item(i).data(Qt.ItemDataRole.UserRole)]
            for i in range(self.list.count())
            if self.list.item(i).checkState() == Qt.CheckState.Checked
        ]
