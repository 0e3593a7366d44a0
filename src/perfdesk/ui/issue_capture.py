"""Capturing an issue in a meeting (I or Ctrl+I): the questioning three steps as fields.

What the issue is; during which agenda item (prefilled); internal or external cause;
the related departments; the responsible department and its solution; the owner,
prefilled by the seeds' rule (core.actions.proposed_owner: the department's manager,
or the general manager when several departments are responsible) and changeable; the
due date; the resource request for an external cause. "Make an action now" also turns
it into a draft improvement action. A refusal is said in the form and nothing typed is
lost. `capture_issue` is what the Meeting tab and run mode call.
"""

from __future__ import annotations

import datetime
from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, QDate, Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QButtonGroup,
    QCheckBox,
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from perfdesk.core.actions import proposed_owner
from perfdesk.core.meeting import Cause
from perfdesk.core.org import UnitKind
from perfdesk.store.document import Document, ReadOnlyError
from perfdesk.store.ops import IssueDraft, OpError, OpResult
from perfdesk.store.repo_meeting_plan import owner_rule_inputs, plan_items
from perfdesk.store.repo_org import load_people, load_units
from perfdesk.ui.guard import guarded
from perfdesk.ui.labels import label
from perfdesk.ui.op_errors import op_error_text
from perfdesk.ui.text import plain

SEVERAL = "__several__"  # the responsible-department choice "several departments"
DUE_DAYS = 30  # the due date offered: a month from the meeting


def apply_op(
    widget: QWidget,
    doc: Document,
    text: str,
    operation: Callable[[Document], OpResult],
    refused: Callable[[str], None],
) -> OpResult | None:
    """Run one operation as one undo step of the window holding `widget` (when there is
    one); a refusal goes to `refused` as the sentence to show, nothing is written."""
    try:
        result = operation(doc)
    except OpError as error:
        refused(op_error_text(error))
        return None
    except ReadOnlyError:
        refused(
            QCoreApplication.translate(
                "IssueCapture", "This document is open read-only; nothing was changed."
            )
        )
        return None
    window = widget.window()
    parent = window.parentWidget()
    while not hasattr(window, "undo_stack") and parent is not None:
        window = parent.window()
        parent = window.parentWidget()
    stack = getattr(window, "undo_stack", None)
    apply_changes = getattr(window, "apply_changes", None)
    if stack is not None and apply_changes is not None:
        from perfdesk.ui.undo import OpCommand

        stack.push(OpCommand(text, doc, result, apply_changes))
        apply_changes(result.changes)
    return result


class IssueCaptureDialog(QDialog):
    def __init__(
        self,
        parent: QWidget | None,
        doc: Document,
        meeting_id: str | None,
        agenda_item_id: str | None,
        today: datetime.date | None = None,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Capture an issue"))
        self.setMinimumWidth(560)
        self.doc = doc
        self.meeting_id = meeting_id
        self.issue_id: str | None = None
        self.action_id: str | None = None
        conn = doc.conn
        units = load_units(conn)
        self.people = {p.id: p for p in load_people(conn)}
        self.managers, self.general_manager = owner_rule_inputs(conn)
        # Departments answer in the meeting (teams speak through their department).
        departments = [u for u in units if u.kind not in (UnitKind.COMPANY, UnitKind.TEAM)]

        self.what = QPlainTextEdit()
        self.what.setPlaceholderText(self.tr("What is the problem? (quantified where possible)"))
        self.what.setTabChangesFocus(True)
        self.what.setMaximumHeight(80)
        self.item = QComboBox()
        self.item.addItem(self.tr("(no agenda item)"), None)
        item_units: dict[str | None, str | None] = {}
        for item in plan_items(conn, meeting_id) if meeting_id else []:
            self.item.addItem(plain(item.title or label(item.kind)), item.id)
            item_units[item.id] = item.unit_id
        self.item.setCurrentIndex(max(0, self.item.findData(agenda_item_id)))
        self.internal = QRadioButton(label(Cause.INTERNAL))
        self.external = QRadioButton(label(Cause.EXTERNAL))
        self.internal.setChecked(True)
        causes = QButtonGroup(self)
        causes.addButton(self.internal)
        causes.addButton(self.external)
        cause_row = QHBoxLayout()
        cause_row.addWidget(self.internal)
        cause_row.addWidget(self.external)
        cause_row.addStretch(1)
        self.related = QListWidget()
        self.related.setMaximumHeight(110)
        for unit in departments:
            entry = QListWidgetItem(plain(unit.name))
            entry.setData(Qt.ItemDataRole.UserRole, unit.id)
            entry.setFlags(entry.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            entry.setCheckState(Qt.CheckState.Unchecked)
            self.related.addItem(entry)
        self.responsible = QComboBox()
        self.responsible.addItem(self.tr("(not decided yet)"), None)
        for unit in departments:
            self.responsible.addItem(plain(unit.name), unit.id)
        self.responsible.addItem(self.tr("Several departments (cross-department)"), SEVERAL)
        # Raised while a department reports: that department is the first guess.
        speaking = item_units.get(agenda_item_id)
        self.responsible.setCurrentIndex(max(0, self.responsible.findData(speaking)))
        self.solution = QPlainTextEdit()
        self.solution.setTabChangesFocus(True)
        self.solution.setMaximumHeight(70)
        self.owner = QComboBox()
        self.owner.addItem(self.tr("(choose the owner)"), None)
        for person in sorted(self.people.values(), key=lambda p: p.name):
            self.owner.addItem(plain(person.name), person.id)
        self.owner_hint = QLabel()
        self.owner_hint.setTextFormat(Qt.TextFormat.PlainText)
        self.owner_hint.setStyleSheet("color: palette(mid);")
        self._owner_touched = False
        self.due = QDateEdit()
        self.due.setCalendarPopup(True)
        self.due.setDisplayFormat("yyyy-MM-dd")
        start = today or datetime.date.today()
        due = start + datetime.timedelta(days=DUE_DAYS)
        self.due.setDate(QDate(due.year, due.month, due.day))
        self.resources = QPlainTextEdit()
        self.resources.setTabChangesFocus(True)
        self.resources.setMaximumHeight(60)
        self.resources.setPlaceholderText(self.tr("What the department needs from others"))
        self.make_action = QCheckBox(self.tr("Make an improvement action now (a draft)"))

        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        form.addRow(self.tr("&What:"), self.what)
        form.addRow(self.tr("During &item:"), self.item)
        form.addRow(self.tr("1. Cause:"), cause_row)
        form.addRow(self.tr("2. Related departments:"), self.related)
        form.addRow(self.tr("3. &Responsible department:"), self.responsible)
        form.addRow(self.tr("   &Solution:"), self.solution)
        form.addRow(self.tr("4. &Owner:"), self.owner)
        form.addRow("", self.owner_hint)
        form.addRow(self.tr("&Due date:"), self.due)
        form.addRow(self.tr("Resource &request:"), self.resources)
        form.addRow("", self.make_action)
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

        self.external.toggled.connect(self._cause_changed)
        self.responsible.currentIndexChanged.connect(self._propose_owner)
        self.owner.activated.connect(self._owner_chosen)
        self._cause_changed(False)
        self._propose_owner()
        self.what.setFocus()

    @guarded
    def _cause_changed(self, external: bool) -> None:
        self.resources.setEnabled(external)

    @guarded
    def _owner_chosen(self, _index: int) -> None:
        self._owner_touched = True

    @guarded
    def _propose_owner(self, *_args: object) -> None:
        """The seeds' rule, until the user picks an owner themselves."""
        choice = self.responsible.currentData()
        if choice is None:
            self.owner_hint.setText("")
            return
        units = [] if choice == SEVERAL else [choice]  # none or several: the general manager
        proposed = proposed_owner(units, self.managers, self.general_manager)
        if choice == SEVERAL:
            hint = self.tr("Proposed: the general manager owns a cross-department issue.")
        else:
            hint = self.tr("Proposed: the responsible department's manager.")
        self.owner_hint.setText(hint if proposed else self.tr("No manager recorded: choose one."))
        if not self._owner_touched and proposed:
            self.owner.setCurrentIndex(max(0, self.owner.findData(proposed)))

    def related_units(self) -> list[str]:
        return [
            self.related.item(i).data(Qt.ItemDataRole.UserRole)
            for i in range(self.related.count())
            if self.related.item(i).checkState() == Qt.CheckState.Checked
        ]

    def draft(self) -> IssueDraft:
        responsible = self.responsible.currentData()
        external = self.external.isChecked()
        return IssueDraft(
            meeting_id=self.meeting_id,
            description=self.what.toPlainText(),
            cause=Cause.EXTERNAL if external else Cause.INTERNAL,
            agenda_item_id=self.item.currentData(),
            related_unit_ids=self.related_units(),
            responsible_unit_id=None if responsible in (None, SEVERAL) else responsible,
            solution=self.solution.toPlainText(),
            owner_id=self.owner.currentData(),
            due_date=self.due.date().toString("yyyy-MM-dd"),
            resource_request=self.resources.toPlainText() if external else "",
        )

    def say(self, text: str) -> None:
        self.error.setText(text)
        self.error.show()

    @guarded
    def save(self) -> None:
        from perfdesk.store import ops

        draft = self.draft()
        if not draft.description.strip():
            self.say(self.tr("Say what the issue is before saving."))
            self.what.setFocus()
            return
        if not draft.owner_id:
            self.say(self.tr("Choose who owns the issue before saving."))
            self.owner.setFocus()
            return
        if self.issue_id is None:  # not again when only its action was refused
            title = self.tr("Capture an issue")
            done = apply_op(self, self.doc, title, lambda d: ops.add_issue(d, draft), self.say)
            if done is None:
                return
            self.issue_id = done.row_id
        if self.make_action.isChecked() and self.issue_id:
            issue_id = self.issue_id
            action = apply_op(
                self,
                self.doc,
                self.tr("Make an action from an issue"),
                lambda d: ops.issue_to_action(d, issue_id),
                self.say,
            )
            if action is None:  # the issue is saved; say why the action is not
                self.make_action.setChecked(False)
                return
            self.action_id = action.row_id
        self.accept()


def capture_issue(
    parent: QWidget | None, doc: Document, meeting_id: str | None, agenda_item_id: str | None
) -> str | None:
    """Open the capture dialog prefilled with the agenda item; the new issue's id, or None
    when cancelled."""
    dialog = IssueCaptureDialog(parent, doc, meeting_id, agenda_item_id)
    try:
        dialog.exec()
        return dialog.issue_id
    finally:
        dialog.deleteLater()
