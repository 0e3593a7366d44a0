"""Editing the organisation from the org tree: add, rename, properties, move, archive.

The window's Organisation menu, the tree's context menu and their keys (Insert, F2,
Ctrl+Shift+N, Ctrl+X/Ctrl+V, Delete) come here; loaded with the first use, never at
start-up. Every edit is one store operation (store/ops/org.py, archive.py), so one
undo step on the window's stack; the window then refreshes what it changed. A form
keeps itself open on a refusal and says why under its fields, with nothing written.
"""

from __future__ import annotations

import sys
from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, QObject, QPoint, Qt
from PySide6.QtWidgets import (
    QApplication,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QMenu,
    QMessageBox,
    QVBoxLayout,
    QWidget,
)

from perfdesk.core.org import CommitteeRole, OrgUnit, Person, UnitKind
from perfdesk.store import ops
from perfdesk.store.document import Document, ReadOnlyError
from perfdesk.store.ops import OpError, OpResult
from perfdesk.store.repo_org import dependents
from perfdesk.ui.errors import message_box, show_message
from perfdesk.ui.labels import label
from perfdesk.ui.op_errors import op_error_text, show_op_error
from perfdesk.ui.text import fill, plain
from perfdesk.ui.undo import OpCommand
from perfdesk.ui.widgets.text_label import TextLabel

if TYPE_CHECKING:
    from perfdesk.ui.main_window import MainWindow
    from perfdesk.ui.widgets.org_tree import OrgTree

_NAME_SHOWN = 60  # a name inside a sentence
# The kind a new unit gets below a unit of this kind.
_CHILD_KIND = {
    UnitKind.COMPANY: UnitKind.DEPARTMENT,
    UnitKind.DIVISION: UnitKind.DEPARTMENT,
    UnitKind.DEPARTMENT: UnitKind.TEAM,
    UnitKind.REGION: UnitKind.TEAM,
    UnitKind.TEAM: UnitKind.TEAM,
}


def run_dialog(dialog: QDialog) -> None:
    """Show a form until it is accepted or cancelled (tests fill and accept it instead)."""
    dialog.exec()


def confirm(parent: QWidget, title: str, text: str, informative: str) -> bool:
    """A Yes/No question in plain text (tests answer it instead)."""
    box = message_box(parent, QMessageBox.Icon.Question, title, text, informative)
    box.setStandardButtons(QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel)
    box.setDefaultButton(QMessageBox.StandardButton.Cancel)
    return box.exec() == QMessageBox.StandardButton.Yes


class FormDialog(QDialog):
    """A small form; OK runs `submit`, which returns the refusal to show, or None."""

    def __init__(self, parent: QWidget, title: str) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        self.setMinimumWidth(420)  # an email address or a long unit name fits as typed
        self.form = QFormLayout()
        self.form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.fields: dict[str, QWidget] = {}  # the store's field codes → their widgets
        self.error = QLabel()
        self.error.setTextFormat(Qt.TextFormat.PlainText)
        self.error.setWordWrap(True)
        self.error.setObjectName("formError")
        self.error.setStyleSheet("color: #b3261e")
        self.error.hide()
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.try_accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(self.form)
        layout.addWidget(self.error)
        layout.addWidget(buttons)
        self.submit: Callable[[], OpError | None] = lambda: None

    def line(self, field: str, text: str, value: str = "") -> QLineEdit:
        edit = QLineEdit(value)
        self.form.addRow(text, edit)
        self.fields[field] = edit
        return edit

    def combo(self, field: str, text: str, choices: list[tuple[str, Any]], value: Any) -> QComboBox:
        box = QComboBox()
        for shown, data in choices:
            box.addItem(shown, data)
        box.setCurrentIndex(max(0, box.findData(value)))
        self.form.addRow(text, box)
        self.fields[field] = box
        return box

    def value(self, field: str) -> Any:
        widget = self.fields[field]
        if isinstance(widget, QComboBox):
            return widget.currentData()
        assert isinstance(widget, QLineEdit)
        return widget.text()

    def try_accept(self) -> None:
        refused = self.submit()
        if refused is None:
            self.accept()
            return
        self.error.setText(op_error_text(refused))
        self.error.show()
        widget = self.fields.get(str(refused.params.get("field", "")))
        if widget is None and refused.code in ("unit_name_taken", "unit_loop"):
            widget = self.fields.get("unit_name")
        if widget is None and refused.code == "employee_no_taken":
            widget = self.fields.get("employee_no")
        if widget is not None:
            widget.setFocus()


def _kinds(top: bool) -> list[tuple[str, Any]]:
    kinds = [UnitKind.COMPANY] if top else [k for k in UnitKind if k is not UnitKind.COMPANY]
    return [(label(kind), kind.value) for kind in kinds]


def _roles() -> list[tuple[str, Any]]:
    return [
        (QCoreApplication.translate("OrgEditing", "(none)"), None),
        *((label(role), role.value) for role in CommitteeRole),
    ]


class OrgEditor(QObject):
    """The organisation editing actions of one window."""

    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.window = window
        self.cut_id: str | None = None

    # -- what is selected -------------------------------------------------------------
    def tree(self) -> OrgTree | None:
        """The org tree with the focus, else the one of the tab on screen."""
        from perfdesk.ui.widgets.org_tree import OrgTree

        focus = QApplication.focusWidget()
        while focus is not None and not isinstance(focus, OrgTree):
            focus = focus.parentWidget()
        if focus is not None:
            return focus
        slot = self.window.slots[self.window.tabs.currentIndex()]
        tree = getattr(slot.tab(), "org_tree", None) if slot.built else None
        return tree if tree is not None else next(iter(self.window.org_trees()), None)

    def selected(self) -> OrgUnit | Person | None:
        tree = self.tree()
        return tree.node(tree.current_holder()) if tree is not None else None

    def _unit_of(self, node: OrgUnit | Person | None) -> OrgUnit | None:
        """The unit a new unit or person goes into: the selected unit, or a person's unit."""
        if isinstance(node, Person):
            tree = self.tree()
            found = tree.node(node.unit_id) if tree is not None else None
            return found if isinstance(found, OrgUnit) else None
        return node

    def _empty(self) -> bool:
        """A document without units: a new organisation, whose first unit is the company."""
        context = self.window.context
        return context is not None and not context.units

    @property
    def writable(self) -> bool:
        context = self.window.context
        return context is not None and not context.doc.read_only

    def update_actions(self) -> None:
        """Enable what applies to the selection (all off in a read-only document)."""
        actions = self.window.org_actions
        if not self.writable:
            return  # the window disabled them with the reason
        node = self.selected()
        live = node is not None and not node.archived
        unit = isinstance(node, OrgUnit) and live
        states = {
            "add_unit": live or self._empty(),  # an empty organisation: its company
            "add_person": live,
            "rename": live,
            "properties": live,
            "manager": unit,
            "cut": live and not (isinstance(node, OrgUnit) and node.parent_id is None),
            "paste": live and self.cut_id is not None and self.cut_id != getattr(node, "id", None),
            "archive": live,
            "restore": node is not None and node.archived,
        }
        for name, enabled in states.items():
            actions[name].setEnabled(enabled)

    def context_menu(self, tree: OrgTree, position: QPoint) -> None:
        index = tree.indexAt(position)
        if index.isValid():
            tree.setCurrentIndex(index)
        self.update_actions()
        menu = QMenu(tree)
        menu.setToolTipsVisible(True)
        for action in self.window.org_menu.actions():
            menu.addAction(action)
        menu.exec(tree.viewport().mapToGlobal(position))
        menu.deleteLater()
        self.window._enable_org_editing()  # the keys act on whatever is selected next

    # -- running an operation ---------------------------------------------------------
    def apply(
        self,
        text: str,
        operation: Callable[[Document], OpResult],
        refused: Callable[[OpError], None] | None = None,
    ) -> OpResult | None:
        """Run one operation as one undo step; a refusal goes to `refused` or a message."""
        context = self.window.context
        if context is None:
            return None
        try:
            result = operation(context.doc)
        except OpError as error:
            print(f"perfdesk: {text}: {error}", file=sys.stderr)  # English, for logs
            if refused is not None:
                refused(error)
            else:
                show_op_error(self.window, text, error, self.window.language)
            return None
        except ReadOnlyError:
            self._say(
                text,
                QCoreApplication.translate(
                    "OrgEditing", "This document is open read-only; nothing was changed."
                ),
            )
            return None
        self.window.undo_stack.push(OpCommand(text, context.doc, result, self.window.apply_changes))
        self.window.apply_changes(result.changes)
        return result

    def _form_submit(
        self, dialog: FormDialog, text: str, operation: Callable[[Document], OpResult]
    ) -> OpError | None:
        refusals: list[OpError] = []
        result = self.apply(text, operation, refusals.append)
        if result is not None and result.row_id:
            self.window.select_holder(result.row_id)
        return refusals[0] if refusals else None

    def _say(self, title: str, text: str) -> None:
        show_message(self.window, QMessageBox.Icon.Information, title, text)

    def _status(self, text: str) -> None:
        self.window.statusBar().showMessage(text, 8000)

    def run(self, name: str) -> None:
        """An Organisation action, by name, on the selection."""
        if not self.writable:
            return
        node = self.selected()
        if node is None and name == "add_unit" and self._empty():
            self.add_company()  # a new document: its first unit is the company
            return
        if node is None:
            self._status(
                QCoreApplication.translate(
                    "OrgEditing", "Select a unit or person in the organisation tree first."
                )
            )
            return
        if name == "restore":
            self.restore(node)
        elif node.archived:
            self._status(
                QCoreApplication.translate("OrgEditing", "This is archived: restore it first.")
            )
        else:
            getattr(self, name)(node)

    # -- the actions --------------------------------------------------------------------
    def rename(self, node: OrgUnit | Person) -> None:
        tree = self.tree()
        if tree is not None:
            tree.setFocus()
            tree.edit(tree.currentIndex())

    def rename_to(self, holder_id: str, name: str) -> None:
        """A name typed in the tree (F2): the unit's or person's name, one step."""
        tree = self.tree()
        node = tree.node(holder_id) if tree is not None else None
        if node is None:
            return
        title = QCoreApplication.translate("OrgEditing", "Rename")
        if isinstance(node, OrgUnit):
            self.apply(title, lambda doc: ops.rename_org_unit(doc, node.id, name))
            return
        role = node.committee_role
        self.apply(
            title,
            lambda doc: ops.edit_person(
                doc, node.id, name, node.title, node.email, role, node.employee_no
            ),
        )

    def add_unit(self, node: OrgUnit | Person) -> None:
        parent = self._unit_of(node)
        if parent is None:
            return
        title = QCoreApplication.translate("OrgEditing", "Add Unit")
        dialog = FormDialog(self.window, title)
        dialog.line("unit_name", QCoreApplication.translate("OrgEditing", "Name:"))
        dialog.combo(
            "unit_kind",
            QCoreApplication.translate("OrgEditing", "Kind:"),
            _kinds(False),
            _CHILD_KIND[parent.kind].value,
        )
        dialog.line("unit_code", QCoreApplication.translate("OrgEditing", "Code:"))
        dialog.form.insertRow(
            0,
            QCoreApplication.translate("OrgEditing", "In:"),
            TextLabel(parent.name),
        )
        dialog.submit = lambda: self._form_submit(
            dialog,
            title,
            lambda doc: ops.add_org_unit(
                doc,
                dialog.value("unit_name"),
                dialog.value("unit_kind"),
                parent.id,
                dialog.value("unit_code"),
            ),
        )
        run_dialog(dialog)

    def add_company(self) -> None:
        """The top of an empty organisation; departments and people go below it."""
        title = QCoreApplication.translate("OrgEditing", "Add Company")
        dialog = FormDialog(self.window, title)
        dialog.line("unit_name", QCoreApplication.translate("OrgEditing", "Name:"))
        dialog.combo(
            "unit_kind",
            QCoreApplication.translate("OrgEditing", "Kind:"),
            _kinds(True),
            UnitKind.COMPANY.value,
        )
        dialog.line("unit_code", QCoreApplication.translate("OrgEditing", "Code:"))
        dialog.submit = lambda: self._form_submit(
            dialog,
            title,
            lambda doc: ops.add_org_unit(
                doc, dialog.value("unit_name"), UnitKind.COMPANY, None, dialog.value("unit_code")
            ),
        )
        run_dialog(dialog)

    def add_person(self, node: OrgUnit | Person) -> None:
        unit = self._unit_of(node)
        if unit is None:
            return
        title = QCoreApplication.translate("OrgEditing", "Add Person")
        dialog = self._person_form(title, None)
        dialog.form.insertRow(
            0,
            QCoreApplication.translate("OrgEditing", "In:"),
            TextLabel(unit.name),
        )
        dialog.submit = lambda: self._form_submit(
            dialog,
            title,
            lambda doc: ops.add_person(
                doc,
                dialog.value("person_name"),
                unit.id,
                dialog.value("job_title"),
                dialog.value("email"),
                dialog.value("committee_role"),
                dialog.value("employee_no"),
            ),
        )
        run_dialog(dialog)

    def _person_form(self, title: str, person: Person | None) -> FormDialog:
        dialog = FormDialog(self.window, title)
        dialog.line(
            "person_name",
            QCoreApplication.translate("OrgEditing", "Name:"),
            person.name if person else "",
        )
        dialog.line(
            "job_title",
            QCoreApplication.translate("OrgEditing", "Title:"),
            person.title if person else "",
        )
        dialog.line(
            "employee_no",
            QCoreApplication.translate("OrgEditing", "Employee number:"),
            person.employee_no if person else "",
        )
        dialog.line(
            "email",
            QCoreApplication.translate("OrgEditing", "Email:"),
            person.email if person else "",
        )
        role = person.committee_role.value if person and person.committee_role else None
        dialog.combo(
            "committee_role",
            QCoreApplication.translate("OrgEditing", "Committee role:"),
            _roles(),
            role,
        )
        return dialog

    def properties(self, node: OrgUnit | Person) -> None:
        title = QCoreApplication.translate("OrgEditing", "Properties")
        if isinstance(node, Person):
            dialog = self._person_form(title, node)
            dialog.submit = lambda: self._form_submit(
                dialog,
                title,
                lambda doc: ops.edit_person(
                    doc,
                    node.id,
                    dialog.value("person_name"),
                    dialog.value("job_title"),
                    dialog.value("email"),
                    dialog.value("committee_role"),
                    dialog.value("employee_no"),
                ),
            )
            run_dialog(dialog)
            return
        dialog = FormDialog(self.window, title)
        dialog.line("unit_name", QCoreApplication.translate("OrgEditing", "Name:"), node.name)
        dialog.combo(
            "unit_kind",
            QCoreApplication.translate("OrgEditing", "Kind:"),
            _kinds(node.parent_id is None),
            node.kind.value,
        )
        dialog.line("unit_code", QCoreApplication.translate("OrgEditing", "Code:"), node.code)
        dialog.combo(
            "person",
            QCoreApplication.translate("OrgEditing", "Manager:"),
            self._people_choices(node),
            node.manager_id,
        )
        dialog.submit = lambda: self._form_submit(
            dialog,
            title,
            lambda doc: ops.edit_org_unit(
                doc,
                node.id,
                dialog.value("unit_name"),
                dialog.value("unit_code"),
                dialog.value("unit_kind"),
                dialog.value("person"),
            ),
        )
        run_dialog(dialog)

    def _people_choices(self, unit: OrgUnit) -> list[tuple[str, Any]]:
        """ "(none)", the unit's own people, then everyone else with their unit."""
        context = self.window.context
        people = list(context.people.values()) if context is not None else []
        units = context.units if context is not None else {}
        own = [(plain(p.name, _NAME_SHOWN), p.id) for p in people if p.unit_id == unit.id]
        others = [
            (
                fill(
                    QCoreApplication.translate("OrgEditing", "%1 (%2)"),
                    plain(p.name, _NAME_SHOWN),
                    plain(units[p.unit_id].name if p.unit_id in units else "", _NAME_SHOWN),
                ),
                p.id,
            )
            for p in people
            if p.unit_id != unit.id
        ]
        return [(QCoreApplication.translate("OrgEditing", "(none)"), None), *own, *others]

    def manager(self, node: OrgUnit | Person) -> None:
        if not isinstance(node, OrgUnit):
            return
        title = QCoreApplication.translate("OrgEditing", "Set Manager")
        dialog = FormDialog(self.window, title)
        dialog.form.addRow(QCoreApplication.translate("OrgEditing", "Unit:"), TextLabel(node.name))
        dialog.combo(
            "person",
            QCoreApplication.translate("OrgEditing", "Manager:"),
            self._people_choices(node),
            node.manager_id,
        )
        dialog.submit = lambda: self._form_submit(
            dialog, title, lambda doc: ops.set_unit_manager(doc, node.id, dialog.value("person"))
        )
        run_dialog(dialog)

    def cut(self, node: OrgUnit | Person) -> None:
        if isinstance(node, OrgUnit) and node.parent_id is None:
            show_op_error(
                self.window,
                QCoreApplication.translate("OrgEditing", "Cut"),
                OpError("company_move"),
                self.window.language,
            )
            return
        self.cut_id = node.id
        self._status(
            fill(
                QCoreApplication.translate(
                    "OrgEditing", "“%1” is cut: select the unit to move it into and paste (Ctrl+V)."
                ),
                plain(node.name, _NAME_SHOWN),
            )
        )

    def move(self, holder_id: str, unit_id: str) -> None:
        """A unit or person dragged onto a unit: moved into it, one step."""
        if not self.writable:
            return
        tree = self.tree()
        moving = tree.node(holder_id) if tree is not None else None
        target = tree.node(unit_id) if tree is not None else None
        if isinstance(target, OrgUnit) and moving is not None:
            self._move(moving, target)

    def _move(self, moving: OrgUnit | Person, target: OrgUnit) -> bool:
        title = QCoreApplication.translate("OrgEditing", "Move")
        moved_id = moving.id
        if isinstance(moving, OrgUnit):
            result = self.apply(title, lambda doc: ops.move_org_unit(doc, moved_id, target.id))
        else:
            result = self.apply(title, lambda doc: ops.move_person(doc, moved_id, target.id))
        if result is None:
            return False
        self.window.select_holder(moved_id)
        return True

    def paste(self, node: OrgUnit | Person) -> None:
        target = self._unit_of(node)
        tree = self.tree()
        moving = tree.node(self.cut_id) if tree is not None and self.cut_id else None
        if target is None or moving is None:
            self._status(
                QCoreApplication.translate(
                    "OrgEditing", "Nothing to paste: cut a unit or person first (Ctrl+X)."
                )
            )
            return
        if self._move(moving, target):
            self.cut_id = None

    def archive(self, node: OrgUnit | Person) -> None:
        context = self.window.context
        if context is None:
            return
        title = QCoreApplication.translate("OrgEditing", "Archive")
        found = dependents(context.doc.conn, node.id)
        name = plain(node.name, _NAME_SHOWN)
        if found.blocks_archive:
            refusal = OpError("unit_not_empty", people=found.people, units=found.units)
            show_op_error(self.window, title, refusal, self.window.language)
            return
        counts = [
            (found.goals, QCoreApplication.translate("OrgEditing", "Goals held: %1")),
            (found.actions_owned, QCoreApplication.translate("OrgEditing", "Actions owned: %1")),
            (
                found.actions_responsible,
                QCoreApplication.translate("OrgEditing", "Actions it is responsible for: %1"),
            ),
            (
                found.meetings_chaired,
                QCoreApplication.translate("OrgEditing", "Meetings chaired: %1"),
            ),
            (
                found.meetings_attended,
                QCoreApplication.translate("OrgEditing", "Meetings attended: %1"),
            ),
        ]
        lines = [fill(text, count) for count, text in counts if count]
        listed = (
            "\n".join(lines)
            if lines
            else QCoreApplication.translate("OrgEditing", "Nothing depends on it.")
        )
        informative = fill(
            QCoreApplication.translate(
                "OrgEditing",
                "%1\n\nArchiving hides it and keeps all of its history; nothing is deleted. "
                "It can be restored at any time (Organisation → Show Archived).",
            ),
            listed,
        )
        if not confirm(
            self.window,
            title,
            fill(QCoreApplication.translate("OrgEditing", "Archive “%1”?"), name),
            informative,
        ):
            return
        table = "org_units" if isinstance(node, OrgUnit) else "people"
        self.apply(title, lambda doc: ops.set_archived(doc, table, node.id, True))

    def restore(self, node: OrgUnit | Person) -> None:
        if not node.archived:
            self._status(QCoreApplication.translate("OrgEditing", "This is not archived."))
            return
        table = "org_units" if isinstance(node, OrgUnit) else "people"
        if self.apply(
            QCoreApplication.translate("OrgEditing", "Restore"),
            lambda doc: ops.set_archived(doc, table, node.id, False),
        ):
            self.window.select_holder(node.id)
