"""File → New Department File…: pick a unit of the open company file, see what its
department file will hold, choose where to write it, and open it afterwards.

The work is `store.exchange.department` (it reads the company file through its own
read-only connection, so the open document is not disturbed); this dialog only picks
the unit with the org navigator (search by name, pinyin or code), shows the plan's
counts, asks for the path through the window's FileDialogs and reports the outcome.
`confirm_open` and `show_error` are replaceable, so tests never block on a message box.
"""

from __future__ import annotations

import sys
from collections.abc import Callable, Iterable
from pathlib import Path
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt
from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from perfdesk.core.org import OrgUnit, UnitKind
from perfdesk.store.document import SUFFIX, DocumentError, FileBusy
from perfdesk.store.exchange.department import (
    DepartmentFileResult,
    DepartmentPlan,
    OutputExists,
    OutsideOwnUnit,
    department_plan,
    make_department_file,
)
from perfdesk.ui.errors import message_box
from perfdesk.ui.file_dialogs import FileDialogs
from perfdesk.ui.guard import guarded
from perfdesk.ui.text import fill, plain
from perfdesk.ui.widgets.org_navigator import OrgNavigator
from perfdesk.ui.widgets.text_label import TextLabel, wrapping_label

# (what happened, what to do) per refusal; %1 is the file the refusal is about.
_REFUSALS: list[tuple[type[DocumentError], Any, Any]] = [
    (
        OutputExists,
        QT_TRANSLATE_NOOP("DepartmentDialog", "“%1” cannot be replaced."),
        QT_TRANSLATE_NOOP(
            "DepartmentDialog",
            "It is open for editing or it is the company file itself. Choose another name.",
        ),
    ),
    (
        OutsideOwnUnit,
        QT_TRANSLATE_NOOP(
            "DepartmentDialog", "“%1” is a department file; the unit is outside its own unit."
        ),
        QT_TRANSLATE_NOOP(
            "DepartmentDialog",
            "A department file can start files only for units inside its own unit. Start "
            "this one from the company file.",
        ),
    ),
    (
        FileBusy,
        QT_TRANSLATE_NOOP("DepartmentDialog", "“%1” is being saved by another program."),
        QT_TRANSLATE_NOOP("DepartmentDialog", "Try again in a moment. Nothing was written."),
    ),
    (
        DocumentError,
        QT_TRANSLATE_NOOP("DepartmentDialog", "The department file could not be made from “%1”."),
        QT_TRANSLATE_NOOP(
            "DepartmentDialog", "Nothing was written. The details say why (in English)."
        ),
    ),
]


def _tr(text: str) -> str:
    return QCoreApplication.translate("DepartmentDialog", text)


def refusal_text(error: DocumentError) -> tuple[str, str]:
    """(what happened, what to do) for a department file that was not made."""
    for kind, what, todo in _REFUSALS:
        if isinstance(error, kind):
            return fill(_tr(str(what)), plain(error.path.name, 120)), _tr(str(todo))
    raise AssertionError("DocumentError is the last entry")


class DepartmentDialog(QDialog):
    """Pick the unit, see the counts, write the file; `opened` is set when the user asked
    to open the new file (the window opens it after the dialog closes)."""

    def __init__(
        self,
        company: Path,
        units: Iterable[OrgUnit],
        dialogs: FileDialogs,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.company = company
        self.dialogs = dialogs
        self.units = {unit.id: unit for unit in units}
        self.plan: DepartmentPlan | None = None
        self.written: DepartmentFileResult | None = None
        self.opened: Path | None = None
        self.confirm_open: Callable[[DepartmentFileResult], bool] = self._confirm_open
        self.show_error: Callable[[DocumentError], None] = self._show_error
        self.setWindowTitle(self.tr("New Department File"))

        intro = wrapping_label(
            self.tr(
                "A department file holds the organisation, the KPI library, the goals of the "
                "unit and everything below it (with the goals above them) and the meetings, "
                "issues and actions that name it. Ids stay the company's, so the files can "
                "be merged later. The company file is not changed."
            )
        )
        self.navigator = OrgNavigator()
        self.navigator.search.setPlaceholderText(self.tr("Find a unit: name, pinyin, code"))
        self.navigator.tree.setObjectName("departmentUnits")
        self.path_label = TextLabel(elide=Qt.TextElideMode.ElideMiddle)
        self.path_label.setObjectName("departmentPath")
        self.note = wrapping_label()
        self.counts: dict[str, QLabel] = {}
        form = QFormLayout()
        for key, text in (
            ("unit", self.tr("Unit:")),
            ("goals", self.tr("Goals:")),
            ("values", self.tr("Values and notes:")),
            ("meetings", self.tr("Meetings:")),
            ("issues", self.tr("Issues and actions:")),
            ("org", self.tr("Organisation:")),
        ):
            if key == "unit":
                form.addRow(text, self.path_label)
                continue
            value = QLabel()
            value.setTextFormat(Qt.TextFormat.PlainText)
            self.counts[key] = value
            form.addRow(text, value)

        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.create_button = QPushButton(self.tr("Create…"))
        self.create_button.setDefault(True)
        buttons.addButton(self.create_button, QDialogButtonBox.ButtonRole.ActionRole)
        self.create_button.clicked.connect(guarded(self.write_file))
        buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.navigator, 1)
        layout.addLayout(form)
        layout.addWidget(self.note)
        layout.addWidget(buttons)
        self.resize(560, 640)

        self.navigator.tree.holder_changed.connect(guarded(self.choose))
        self.navigator.tree.set_org(list(self.units.values()), [])

    # -- the unit and its plan -----------------------------------------------------
    def unit_id(self) -> str | None:
        return self.navigator.tree.current_holder()

    def choose(self, unit_id: str) -> None:
        """Show what the file for `unit_id` would hold (counted in the company file)."""
        unit = self.units.get(unit_id)
        self.plan = None
        if unit is None:
            self._show_plan(None, self.tr("Pick a unit."))
            return
        try:
            plan = department_plan(self.company, unit_id)
        except DocumentError as error:
            print(f"perfdesk: {error}", file=sys.stderr)
            what, _todo = refusal_text(error)
            self._show_plan(None, what)
            return
        self.plan = plan
        note = ""
        if unit.kind is UnitKind.COMPANY:
            note = self.tr("Pick a department or a unit below the company.")
        self._show_plan(plan, note)

    def _show_plan(self, plan: DepartmentPlan | None, note: str) -> None:
        self.note.setText(note)
        self.path_label.setText(plan.unit_path if plan is not None else "")
        unit = self.units.get(plan.unit_id) if plan is not None else None
        self.create_button.setEnabled(
            plan is not None and unit is not None and unit.kind is not UnitKind.COMPANY
        )
        if plan is None:
            for label in self.counts.values():
                label.setText("")
            return
        c = plan.counts
        self.counts["goals"].setText(
            fill(
                self.tr("%1 (%2 of the unit and below, %3 above them)"),
                f"{c['goals']:,}",
                f"{plan.own_goals:,}",
                f"{plan.ancestor_goals:,}",
            )
        )
        self.counts["values"].setText(
            fill(
                self.tr("%1 values, %2 deviation notes"),
                f"{c['goal_values']:,}",
                f"{c['deviation_notes']:,}",
            )
        )
        self.counts["meetings"].setText(
            fill(self.tr("%1 (%2 agenda items)"), f"{c['meetings']:,}", f"{c['agenda_items']:,}")
        )
        self.counts["issues"].setText(
            fill(
                self.tr("%1 issues, %2 actions, %3 reports"),
                f"{c['issues']:,}",
                f"{c['actions']:,}",
                f"{c['action_reports']:,}",
            )
        )
        self.counts["org"].setText(
            fill(
                self.tr("%1 units, %2 people, %3 KPIs (all of them)"),
                f"{c['org_units']:,}",
                f"{c['people']:,}",
                f"{c['kpis']:,}",
            )
        )

    # -- writing ---------------------------------------------------------------------
    def write_file(self) -> None:
        """Ask where, write the file (wait cursor), then offer to open it."""
        plan = self.plan
        if plan is None:
            return
        path = self.dialogs.save_path(self.tr("New Department File"), plan.unit_name + SUFFIX)
        if path is None:
            return
        if path.exists() and path.resolve() == self.company.resolve():
            self.show_error(OutputExists(path, "it is the file the department file is made from"))
            return
        # The save dialog asked before choosing an existing file: replacing it is wanted.
        force = path.exists()
        QApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        try:
            result = make_department_file(self.company, plan.unit_id, path, force=force)
        except DocumentError as error:
            failed: DocumentError | None = error
        else:
            failed = None
        finally:
            QApplication.restoreOverrideCursor()
        if failed is not None:
            print(f"perfdesk: {failed}", file=sys.stderr)
            self.show_error(failed)
            return
        self.written = result
        if self.confirm_open(result):
            self.opened = result.path
        self.accept()

    def _confirm_open(self, result: DepartmentFileResult) -> bool:
        c = result.counts
        box = message_box(
            self,
            QMessageBox.Icon.Information,
            self.tr("New Department File"),
            fill(self.tr("The department file “%1” was written."), result.path.name),
            fill(
                self.tr("%1 goals, %2 values, %3 meetings, %4 actions for %5."),
                f"{c['goals']:,}",
                f"{c['goal_values']:,}",
                f"{c['meetings']:,}",
                f"{c['actions']:,}",
                result.plan.unit_path,
            ),
        )
        box.setStandardButtons(QMessageBox.StandardButton.NoButton)
        open_it = box.addButton(self.tr("Open It"), QMessageBox.ButtonRole.AcceptRole)
        box.addButton(self.tr("Close"), QMessageBox.ButtonRole.RejectRole)
        box.setDefaultButton(open_it)
        box.exec()
        return box.clickedButton() is open_it

    def _show_error(self, error: DocumentError) -> None:
        what, todo = refusal_text(error)
        box = message_box(
            self, QMessageBox.Icon.Critical, self.tr("New Department File"), what, todo
        )
        box.setDetailedText(plain(f"{error.path}\n{error.message}", 4000, multiline=True))
        box.exec()
