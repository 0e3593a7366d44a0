"""File → Export Package…, Import Package…, Undo Import: the window's side of exchange.

Loaded when one of those actions is first used (never at start-up). The store does
the work (store/exchange); this module asks where, shows the preview, reloads every
tab after a merge or an undo (the document's content changed wholesale, so the undo
history is cleared too), and says what happened in the user's language. A refused
package gets a sentence by the kind of refusal and the store's English detail.
"""

from __future__ import annotations

import datetime
import re
import sys
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt
from PySide6.QtWidgets import QDialog, QMessageBox, QWidget

from perfdesk.store.document import Document, DocumentError
from perfdesk.store.exchange.merge import MergeRefused, PreviewOutdated
from perfdesk.store.exchange.package import (
    SUFFIX,
    DamagedPackage,
    NewerPackage,
    NotAPackage,
    PackageError,
)
from perfdesk.ui.context import DocumentContext
from perfdesk.ui.errors import message_box
from perfdesk.ui.exchange_labels import counts_text, local_stamp
from perfdesk.ui.models.merge_preview import Lookup
from perfdesk.ui.text import fill, plain
from perfdesk.ui.widgets.views import busy

if TYPE_CHECKING:
    from perfdesk.core.kpi import Kpi
    from perfdesk.store.exchange.apply import MergeResult
    from perfdesk.store.exchange.merge import MergePlan, RowChange
    from perfdesk.ui.exchange_dialogs import MergePreviewDialog
    from perfdesk.ui.main_window import MainWindow

_CONTEXT = "Exchange"

# (what happened, what to do) per kind of refusal; %1 is the package's file name.
_ERRORS: list[tuple[type[DocumentError], Any, Any]] = [
    (
        NotAPackage,
        QT_TRANSLATE_NOOP("Exchange", "“%1” is not a perfdesk package."),
        QT_TRANSLATE_NOOP(
            "Exchange",
            "Choose a .pdpkg file made with File → Export Package. This document was not changed.",
        ),
    ),
    (
        NewerPackage,
        QT_TRANSLATE_NOOP("Exchange", "“%1” was made by a newer version of perfdesk."),
        QT_TRANSLATE_NOOP(
            "Exchange", "Update perfdesk to import it. This document was not changed."
        ),
    ),
    (
        DamagedPackage,
        QT_TRANSLATE_NOOP("Exchange", "“%1” is damaged or incomplete and cannot be imported."),
        QT_TRANSLATE_NOOP(
            "Exchange",
            "Ask the sender to export the package again. This document was not changed.",
        ),
    ),
    (
        PreviewOutdated,
        QT_TRANSLATE_NOOP("Exchange", "This document changed since the preview of “%1”."),
        QT_TRANSLATE_NOOP(
            "Exchange",
            "Nothing was merged. The preview has been made again: look at it and merge again.",
        ),
    ),
    (
        MergeRefused,
        QT_TRANSLATE_NOOP("Exchange", "“%1” cannot be merged into this document."),
        QT_TRANSLATE_NOOP("Exchange", "This document was not changed. The details say why."),
    ),
    (
        PackageError,
        QT_TRANSLATE_NOOP("Exchange", "“%1” cannot be imported."),
        QT_TRANSLATE_NOOP(
            "Exchange",
            "Check that the file exists and that you may read it. This document was not changed.",
        ),
    ),
    (
        DocumentError,
        QT_TRANSLATE_NOOP("Exchange", "“%1” could not be written or read."),
        QT_TRANSLATE_NOOP("Exchange", "The details say why. Nothing was changed."),
    ),
]
_UNSAFE_IN_NAMES = re.compile(r'[\\/:*?"<>|\x00-\x1f]+')


def tr(text: str) -> str:
    return QCoreApplication.translate(_CONTEXT, text)


def error_text(error: DocumentError) -> tuple[str, str]:
    """(what happened, what to do) for a package that was refused."""
    from perfdesk.store.backups import NoBackup
    from perfdesk.ui.errors import no_backup_text

    if isinstance(error, NoBackup):  # the merge's backup could not be made
        return no_backup_text(error)
    for kind, what, todo in _ERRORS:
        if isinstance(error, kind):
            return fill(tr(str(what)), plain(error.path.name, 120)), tr(str(todo))
    raise AssertionError("DocumentError is the last entry")


def error_box(parent: QWidget | None, error: DocumentError) -> QMessageBox:
    """A message box (not yet shown) saying why, with the store's detail."""
    print(f"perfdesk: {error}", file=sys.stderr)  # English, for logs
    what, todo = error_text(error)
    box = message_box(
        parent,
        QMessageBox.Icon.Warning,
        QCoreApplication.translate("Exchange", "Import Package"),
        what,
        todo,
    )
    box.setDetailedText(plain(f"{error.path}\n{error.message}", 4000, multiline=True))
    box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    return box


def _tell(window: MainWindow, box: QMessageBox) -> None:
    """Show a message without blocking; the window keeps it for tests to read."""
    box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    window.exchange_message = box
    box.open()


def file_name(name: str, day: datetime.date | None = None) -> str:
    """`<name>-<YYYY-MM-DD>.pdpkg`, with characters file systems refuse left out."""
    safe = _UNSAFE_IN_NAMES.sub("", name).strip(" .") or "perfdesk"
    return f"{safe[:80]}-{(day or datetime.date.today()).isoformat()}{SUFFIX}"


# -- export --------------------------------------------------------------------------


def export_package(window: MainWindow, unit_id: str | None = None) -> Path | None:
    """Write a package of the open document; the path written, or None.

    A department file sends its own unit; a company file sends one unit's rows or the
    whole company (`unit_id` "" ), asked for when `unit_id` is None.
    """
    context = window.context
    if context is None:
        return None
    doc = context.doc
    title = QCoreApplication.translate("Exchange", "Export Package")
    if (doc.meta("role") or "company") == "department":
        unit_id = ""
        own = context.units.get(doc.meta("unit_id"))
        name = own.name if own is not None else doc.meta("name")
    else:
        if unit_id is None:
            from perfdesk.ui.exchange_dialogs import ExportUnitDialog

            selected = context.holder if context.holder in context.units else None
            dialog = ExportUnitDialog(context.units, selected, window)
            if dialog.exec() != QDialog.DialogCode.Accepted:
                return None
            unit_id = dialog.unit_id()
        unit = context.units.get(unit_id) if unit_id else None
        name = unit.name if unit is not None else (doc.meta("name") or doc.path.stem)
    path = window.dialogs.package_save_path(title, file_name(name))
    if path is None:
        return None
    from perfdesk.store.exchange.package import export_package as write_package

    try:
        with busy():
            window.statusBar().showMessage(
                QCoreApplication.translate("Exchange", "Writing the package…")
            )
            result = write_package(doc.path, path, unit_id, force=True)
    except (DocumentError, OSError) as error:
        print(f"perfdesk: export: {error}", file=sys.stderr)
        window.statusBar().clearMessage()
        box = message_box(
            window,
            QMessageBox.Icon.Critical,
            title,
            fill(
                QCoreApplication.translate("Exchange", "The package could not be written:\n%1"),
                plain(path, 400),
            ),
            plain(getattr(error, "message", None) or str(error), 2000, multiline=True),
        )
        _tell(window, box)
        return None
    rows = result.manifest.rows
    window.statusBar().showMessage(
        fill(
            QCoreApplication.translate("Exchange", "Package written: %1 rows to %2"),
            rows,
            plain(result.path, 400),
        ),
        10000,
    )
    box = message_box(
        window,
        QMessageBox.Icon.Information,
        title,
        fill(
            QCoreApplication.translate("Exchange", "The package holds %1 rows:\n%2"),
            rows,
            counts_text(result.manifest.counts),
        ),
        fill(
            QCoreApplication.translate(
                "Exchange",
                "Saved as %1\n"
                "Send this file to the recipient; they import it with File → Import Package.",
            ),
            plain(result.path, 400),
        ),
    )
    _tell(window, box)
    return result.path


# -- import --------------------------------------------------------------------------


def import_packages(
    window: MainWindow, paths: list[Path] | None = None
) -> MergePreviewDialog | None:
    """Read and plan each package, then open the preview (nothing is written before Merge)."""
    context = window.context
    if context is None or context.doc.read_only:
        return None
    if paths is None:
        paths = window.dialogs.package_open_paths()
    if not paths:
        return None
    from perfdesk.store.exchange.history import imported_at
    from perfdesk.store.exchange.merge import plan_merge
    from perfdesk.store.exchange.package import read_package
    from perfdesk.ui.exchange_dialogs import MergePreviewDialog

    doc = context.doc
    plans: list[MergePlan] = []
    refused: list[DocumentError] = []
    with busy():
        window.statusBar().showMessage(
            QCoreApplication.translate("Exchange", "Reading the packages…")
        )
        seen: set[str] = set()
        for path in paths:
            try:
                package = read_package(path)
            except PackageError as error:
                refused.append(error)
                continue
            if package.manifest.package_id in seen:
                package.discard()  # the same package chosen twice
                continue
            seen.add(package.manifest.package_id)
            try:
                plans.append(plan_merge(doc, package))
            except PackageError as error:
                package.discard()
                refused.append(error)
        window.statusBar().clearMessage()
    dialog: MergePreviewDialog | None = None
    if plans:
        dialog = MergePreviewDialog(
            doc,
            plans,
            lookup=_DocumentLookup(context, plans),
            unit_name=lambda ident: (
                plain(context.units[ident].name, 120) if ident in context.units else ""
            ),
            imported_at=lambda sender: imported_at(doc, sender),
            parent=window,
        )
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.finished.connect(lambda _code, d=dialog: _preview_closed(window, d))
        window.merge_preview = dialog
        dialog.open()
    if refused:
        parent: QWidget = dialog if dialog is not None else window
        box = error_box(parent, refused[0])
        if len(refused) > 1:
            box.setText("\n".join(error_text(error)[0] for error in refused))
            box.setInformativeText(
                QCoreApplication.translate(
                    "Exchange", "This document was not changed. The details say why for each file."
                )
            )
            box.setDetailedText(
                plain("\n\n".join(f"{e.path}\n{e.message}" for e in refused), 8000, multiline=True)
            )
        _tell(window, box)
    return dialog


class _DocumentLookup(Lookup):
    """Names from the open document; a goal's KPI from this document, else the package."""

    def __init__(self, context: DocumentContext, plans: list[MergePlan]) -> None:
        from perfdesk.store.repo_goals import goals_by_id

        self._context = context
        wanted = {
            str(change.theirs.get("goal_id") or "")
            for plan in plans
            for change in plan.changes
            if change.table == "goal_values"
        }
        self._kpi_of_goal = {
            goal_id: goal.kpi_id for goal_id, goal in goals_by_id(context.doc.conn, wanted).items()
        }

    def name(self, ident: str) -> str:
        context = self._context
        for table in (context.units, context.people):
            found = table.get(ident)
            if found is not None:
                return str(found.name)
        kpi = context.kpis.get(ident)
        return f"{kpi.code} {kpi.name}" if kpi is not None else ""

    def kpi(self, change: RowChange) -> Kpi | None:
        if change.table == "goals":
            kpi_id = str(change.theirs.get("kpi_id") or "")
        else:
            kpi_id = self._kpi_of_goal.get(str(change.theirs.get("goal_id") or ""), "")
        return self._context.kpis.get(kpi_id)


def _preview_closed(window: MainWindow, dialog: MergePreviewDialog) -> None:
    from perfdesk.ui.guard import call_guarded

    for plan in dialog.plans:
        plan.package.discard()
    window.merge_preview = None
    if dialog.merge_result is not None:
        call_guarded(merged, window, dialog.merge_result)


def merged(window: MainWindow, result: MergeResult) -> None:
    """After a merge: every tab shows the merged document; say what was merged."""
    reload_document(window)
    if result.backup is None:
        window.statusBar().showMessage(
            QCoreApplication.translate(
                "Exchange", "Nothing was merged: the packages held nothing new."
            ),
            10000,
        )
        return
    text = (
        fill(
            QCoreApplication.translate("Exchange", "Merged %1 rows; %2 rows were refused."),
            result.rows,
            result.refused,
        )
        if result.refused
        else fill(QCoreApplication.translate("Exchange", "Merged %1 rows."), result.rows)
    )
    window.statusBar().showMessage(
        fill(
            QCoreApplication.translate("Exchange", "Merged %1 rows. Backup: %2"),
            result.rows,
            plain(result.backup, 400),
        ),
        15000,
    )
    box = message_box(
        window,
        QMessageBox.Icon.Information,
        QCoreApplication.translate("Exchange", "Import Package"),
        text,
        fill(
            QCoreApplication.translate(
                "Exchange",
                "A backup of the document before the import: %1\nFile → Undo Import puts it back.",
            ),
            plain(result.backup, 400),
        ),
    )
    _tell(window, box)


def reload_document(window: MainWindow) -> None:
    """Read the open document afresh into every tab, keeping the selection and period;
    the undo history no longer matches the file, so it is cleared."""
    old = window.context
    if old is None:
        return
    with busy():
        fresh = DocumentContext.load(old.doc, window.language)
        if old.holder is not None and (old.holder in fresh.units or old.holder in fresh.people):
            fresh.holder = old.holder
        fresh.focus = fresh.clamp(old.focus)
        window._set_context(fresh)  # clears the undo stack


# -- undo ----------------------------------------------------------------------------


def ask(parent: QWidget, title: str, text: str, informative: str, action: str) -> bool:
    """A yes/no question whose yes button says what it does (tests replace this)."""
    box = message_box(parent, QMessageBox.Icon.Warning, title, text, informative)
    box.removeButton(box.button(QMessageBox.StandardButton.Ok))
    yes = box.addButton(action, QMessageBox.ButtonRole.DestructiveRole)
    box.addButton(QMessageBox.StandardButton.Cancel)
    box.setDefaultButton(QMessageBox.StandardButton.Cancel)
    box.exec()
    return box.clickedButton() is yes


def undo_import(window: MainWindow) -> bool:
    """Put back the backup taken before the newest import, after asking."""
    context = window.context
    if context is None or context.doc.read_only:
        return False
    from perfdesk.store.exchange.apply import undo_import as restore
    from perfdesk.store.exchange.history import senders_restored_by
    from perfdesk.store.exchange.merge import last_import

    doc = context.doc
    found = last_import(doc)
    title = QCoreApplication.translate("Exchange", "Undo Import")
    if found is None:
        return False
    sender, backup, our_stamp = found
    if not backup.exists():
        box = message_box(
            window,
            QMessageBox.Icon.Warning,
            title,
            QCoreApplication.translate(
                "Exchange", "The backup taken before the import is no longer there."
            ),
            plain(backup, 400),
        )
        _tell(window, box)
        return False
    later = _changed_after(doc, our_stamp)
    senders = senders_restored_by(doc, backup) or [sender]
    named = QCoreApplication.translate("Exchange", ", ").join(
        fill(QCoreApplication.translate("Exchange", "“%1”"), plain(name, 120)) for name in senders
    )
    text = fill(
        QCoreApplication.translate("Exchange", "Undo the import from %1 of %2?"),
        named,
        local_stamp(our_stamp),
    )
    informative = (
        QCoreApplication.translate(
            "Exchange",
            "This document has been changed since the import. Those later changes are "
            "lost too: the document goes back to the backup taken before the import.",
        )
        if later
        else QCoreApplication.translate(
            "Exchange", "The document goes back to the backup taken before the import."
        )
    )
    informative += "\n" + plain(backup, 400)
    if not ask(
        window, title, text, informative, QCoreApplication.translate("Exchange", "&Undo Import")
    ):
        return False
    path = doc.path
    window.close_document()  # releases the lock
    try:
        restore(path, backup)
    except (DocumentError, OSError) as error:
        print(f"perfdesk: undo import: {error}", file=sys.stderr)
        window.open_path(path)
        box = message_box(
            window,
            QMessageBox.Icon.Critical,
            title,
            QCoreApplication.translate(
                "Exchange", "The backup could not be put back; the document is as it was."
            ),
            plain(getattr(error, "message", None) or str(error), 2000, multiline=True),
        )
        _tell(window, box)
        return False
    window.open_path(path)
    window.undo_stack.clear()
    window.statusBar().showMessage(
        fill(QCoreApplication.translate("Exchange", "The import from %1 was undone."), named),
        10000,
    )
    return True


def _changed_after(doc: Document, our_stamp: int) -> bool:
    try:
        return int(doc.meta("clock") or 0) > our_stamp
    except ValueError:
        return True  # cannot tell: say so rather than promise nothing is lost
