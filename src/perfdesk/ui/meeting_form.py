"""The meeting form (new or edit): title, type, date, start, length, place, the period
reviewed, chair, secretary(-general), minute-taker, and attendees with their attendance
("应到 N 人，实到 M 人"). A new meeting is prefilled from the committee roles of people
(people.committee_role): the chair, the secretary and every member as attendees."""

from __future__ import annotations

import datetime
from collections.abc import Sequence

from PySide6.QtCore import QCoreApplication, QDate, Qt, QTime
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QCompleter,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QTableWidget,
    QTableWidgetItem,
    QTimeEdit,
    QVBoxLayout,
    QWidget,
)

from perfdesk.core.meeting import Attendance, MeetingKind
from perfdesk.core.org import Person
from perfdesk.store.document import Document
from perfdesk.store.ops import MeetingForm
from perfdesk.store.repo_meeting_plan import MeetingForm as StoredForm
from perfdesk.store.repo_meeting_plan import committee
from perfdesk.ui.guard import guarded
from perfdesk.ui.issue_capture import apply_op
from perfdesk.ui.labels import label
from perfdesk.ui.text import fill, plain


def attendance_summary(attendances: Sequence[Attendance | None]) -> str:
    """ "应到 N 人，实到 M 人": invited, and present or late."""
    present = sum(1 for a in attendances if a in (Attendance.PRESENT, Attendance.LATE))
    template = QCoreApplication.translate("MeetingForm", "%1 expected, %2 present")
    return fill(template, str(len(attendances)), str(present))


class MeetingDialog(QDialog):
    COL_NAME, COL_ATTENDANCE = range(2)

    def __init__(
        self,
        parent: QWidget | None,
        doc: Document,
        people: dict[str, Person],
        stored: StoredForm | None = None,
        period: str = "",
        today: datetime.date | None = None,
    ) -> None:
        super().__init__(parent)
        self.doc = doc
        self.people = people
        self.stored = stored
        self.meeting_id: str | None = stored.id if stored else None
        self.setWindowTitle(self.tr("Edit meeting") if stored else self.tr("New meeting"))
        self.setMinimumWidth(600)
        day = today or datetime.date.today()
        self.title = QLineEdit(stored.title if stored else self.tr("Monthly performance review"))
        self.kind = QComboBox()
        for kind in MeetingKind:
            self.kind.addItem(label(kind), kind.value)
        self.kind.setCurrentIndex(
            self.kind.findData((stored.kind if stored else MeetingKind.MONTHLY).value)
        )
        self.date = QDateEdit()
        self.date.setCalendarPopup(True)
        self.date.setDisplayFormat("yyyy-MM-dd")
        self.date.setDate(
            QDate.fromString(stored.date, "yyyy-MM-dd")
            if stored
            else QDate(day.year, day.month, day.day)
        )
        self.start = QTimeEdit()
        self.start.setDisplayFormat("HH:mm")
        self.start.setTime(
            QTime.fromString(stored.start_time, "HH:mm")
            if stored and stored.start_time
            else QTime(9, 0)
        )
        self.length = QSpinBox()
        self.length.setRange(1, 1440)
        self.length.setSuffix(self.tr(" min"))
        self.length.setValue(round(stored.planned_minutes) if stored else 120)
        self.place = QLineEdit(stored.place if stored else "")
        self.period = QLineEdit(stored.period if stored else period)
        self.period.setPlaceholderText(self.tr("e.g. 2026-03 or 2026-Q1"))
        members = committee(doc.conn)
        self.chair = self._person_box(stored.chair_id if stored else _first(members, "chair"))
        self.secretary = self._person_box(
            stored.secretary_id if stored else _first(members, "secretary")
        )
        self.minute_taker = self._person_box(stored.minute_taker_id if stored else None)

        self.attendees = QTableWidget(0, 2)
        self.attendees.setHorizontalHeaderLabels([self.tr("Attendee"), self.tr("Attendance")])
        self.attendees.verticalHeader().setVisible(False)
        self.attendees.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.attendees.horizontalHeader().setSectionResizeMode(
            self.COL_NAME, QHeaderView.ResizeMode.Stretch
        )
        self.attendees.setMinimumHeight(180)
        if stored:
            wanted: list[tuple[str, Attendance | None]] = list(stored.attendees)
        else:
            order = ("chair", "vice_chair", "secretary", "representative")
            wanted = [(p, None) for role in order for p in members.get(role, [])]
        for person_id, attendance in wanted:
            self._add_row(person_id, attendance)
        self.add_person = self._person_box(None)
        add = QPushButton(self.tr("&Add"))
        add.clicked.connect(self._add_chosen)
        remove = QPushButton(self.tr("&Remove"))
        remove.clicked.connect(self._remove_selected)
        picker = QHBoxLayout()
        picker.addWidget(self.add_person, 1)
        picker.addWidget(add)
        picker.addWidget(remove)
        self.summary = QLabel()
        self.summary.setTextFormat(Qt.TextFormat.PlainText)

        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        form.addRow(self.tr("&Title:"), self.title)
        form.addRow(self.tr("T&ype:"), self.kind)
        when = QHBoxLayout()
        when.addWidget(self.date)
        when.addWidget(QLabel(self.tr("Start:")))
        when.addWidget(self.start)
        when.addWidget(QLabel(self.tr("Length:")))
        when.addWidget(self.length)
        when.addStretch(1)
        form.addRow(self.tr("&Date:"), when)
        form.addRow(self.tr("&Place:"), self.place)
        form.addRow(self.tr("Period re&viewed:"), self.period)
        form.addRow(self.tr("&Chair:"), self.chair)
        form.addRow(self.tr("&Secretary(-general):"), self.secretary)
        form.addRow(self.tr("&Minute-taker:"), self.minute_taker)
        form.addRow(self.tr("Attendees:"), self.attendees)
        form.addRow("", picker)
        form.addRow("", self.summary)
        self.error = QLabel()
        self.error.setObjectName("formError")
        self.error.setTextFormat(Qt.TextFormat.PlainText)
        self.error.setWordWrap(True)
        self.error.setStyleSheet("color: #b3261e")
        self.error.hide()
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.error)
        layout.addWidget(buttons)
        QShortcut(QKeySequence("Ctrl+Return"), self, self.save)
        self._update_summary()

    def _person_box(self, person_id: str | None) -> QComboBox:
        box = QComboBox()
        box.setEditable(True)
        box.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        box.addItem("", None)
        for person in sorted(self.people.values(), key=lambda p: p.name):
            box.addItem(plain(person.name), person.id)
        completer = box.completer()
        if completer is not None:
            completer.setFilterMode(Qt.MatchFlag.MatchContains)
            completer.setCompletionMode(QCompleter.CompletionMode.PopupCompletion)
        box.setCurrentIndex(max(0, box.findData(person_id)))
        return box

    @staticmethod
    def _chosen(box: QComboBox) -> str | None:
        """The person picked; typed text that names nobody counts as nobody."""
        index = box.findText(box.currentText())
        return box.itemData(index) if index >= 0 else None

    def _add_row(self, person_id: str, attendance: Attendance | None) -> None:
        if person_id in self.attendee_ids():
            return
        person = self.people.get(person_id)
        row = self.attendees.rowCount()
        self.attendees.insertRow(row)
        name = QTableWidgetItem(plain(person.name if person else person_id))
        name.setData(Qt.ItemDataRole.UserRole, person_id)
        name.setFlags(name.flags() & ~Qt.ItemFlag.ItemIsEditable)
        self.attendees.setItem(row, self.COL_NAME, name)
        box = QComboBox()
        box.addItem(self.tr("(not recorded)"), None)
        for value in Attendance:
            box.addItem(label(value), value.value)
        box.setCurrentIndex(max(0, box.findData(attendance.value if attendance else None)))
        box.currentIndexChanged.connect(self._update_summary)
        self.attendees.setCellWidget(row, self.COL_ATTENDANCE, box)

    def attendee_ids(self) -> list[str]:
        ids = []
        for r in range(self.attendees.rowCount()):
            item = self.attendees.item(r, self.COL_NAME)
            if item is not None:
                ids.append(item.data(Qt.ItemDataRole.UserRole))
        return ids

    def attendance(self) -> list[tuple[str, str | None]]:
        result = []
        for row, person_id in enumerate(self.attendee_ids()):
            box = self.attendees.cellWidget(row, self.COL_ATTENDANCE)
            assert isinstance(box, QComboBox)
            result.append((person_id, box.currentData()))
        return result

    @guarded
    def _add_chosen(self) -> None:
        person_id = self._chosen(self.add_person)
        if person_id:
            self._add_row(person_id, None)
            self._update_summary()

    @guarded
    def _remove_selected(self) -> None:
        rows = sorted({i.row() for i in self.attendees.selectedIndexes()}, reverse=True)
        for row in rows:
            self.attendees.removeRow(row)
        self._update_summary()

    @guarded
    def _update_summary(self, *_args: object) -> None:
        values = [Attendance(a) if a else None for _p, a in self.attendance()]
        self.summary.setText(attendance_summary(values))

    def form(self) -> MeetingForm:
        return MeetingForm(
            title=self.title.text(),
            kind=self.kind.currentData(),
            date=self.date.date().toString("yyyy-MM-dd"),
            planned_minutes=self.length.value(),
            start_time=self.start.time().toString("HH:mm"),
            place=self.place.text(),
            period=self.period.text(),
            chair_id=self._chosen(self.chair),
            secretary_id=self._chosen(self.secretary),
            minute_taker_id=self._chosen(self.minute_taker),
            attendees=self.attendance(),
        )

    def say(self, text: str) -> None:
        self.error.setText(text)
        self.error.show()

    @guarded
    def save(self) -> None:
        from perfdesk.store import ops

        form = self.form()
        meeting_id = self.meeting_id
        if meeting_id is None:
            done = apply_op(
                self, self.doc, self.tr("New meeting"), lambda d: ops.add_meeting(d, form), self.say
            )
        else:
            done = apply_op(
                self,
                self.doc,
                self.tr("Edit meeting"),
                lambda d: ops.edit_meeting(d, meeting_id, form),
                self.say,
            )
        if done is not None:
            self.meeting_id = done.row_id
            self.accept()


def _first(members: dict[str, list[str]], role: str) -> str | None:
    found = members.get(role)
    return found[0] if found else None
