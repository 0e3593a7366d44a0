"""File → Restore Backup…: the open document's backups, newest first, and putting one back.

The list, the checks, retention and the restore itself are `store/backups.py`; this
module shows them. Selecting a backup shows its document id and what `perfdesk check`
says about it; a backup of another document or a damaged one cannot be restored
(the button says why). Restoring asks first (`ask`, replaced in tests), backs up the
document as it is now, puts the backup in its place, reopens it in the window and
clears the undo history. The spin box is the "keep at most N backups" setting.

An upgrade, import or merge refused because its backup could not be made (a full disk,
a write-protected folder) is explained by `ui.errors.no_backup_text`.
"""

from __future__ import annotations

import contextlib
import sqlite3
import sys
import threading
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMessageBox,
    QPushButton,
    QSpinBox,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from perfdesk.store import backups
from perfdesk.store.backups import Backup, BackupCheck, NoBackup
from perfdesk.store.document import DocumentError
from perfdesk.ui.errors import READ_ERRORS, message_box, no_backup_text, size_text
from perfdesk.ui.guard import guarded
from perfdesk.ui.settings import BACKUPS_KEEP, Settings
from perfdesk.ui.text import fill, plain, tooltip
from perfdesk.ui.widgets.text_label import TextLabel, wrapping_label
from perfdesk.ui.widgets.views import busy

if TYPE_CHECKING:
    from perfdesk.ui.main_window import MainWindow

PATH_ROLE = Qt.ItemDataRole.UserRole + 1
COL_TAKEN, COL_REASON, COL_SIZE = range(3)


def taken_text(backup: Backup) -> str:
    """When it was taken, to the second (two may be taken in one minute)."""
    return backup.taken.strftime("%Y-%m-%d %H:%M:%S")


def reason_text(backup: Backup) -> str:
    """Why the backup was taken, in the UI language, naming the import's sender."""
    who = QCoreApplication.translate("BackupsDialog", ", ").join(
        plain(name, 80) for name in backup.senders
    )
    if backup.kind == "upgrade":
        return fill(
            QCoreApplication.translate("BackupsDialog", "Before the upgrade from version %1"),
            backup.from_version,
        )
    if backup.kind == "import":
        return (
            fill(QCoreApplication.translate("BackupsDialog", "Before the import of %1"), who)
            if who
            else QCoreApplication.translate("BackupsDialog", "Before an import")
        )
    if backup.kind == "merge":
        return (
            fill(QCoreApplication.translate("BackupsDialog", "Before the merge of %1"), who)
            if who
            else QCoreApplication.translate("BackupsDialog", "Before a merge")
        )
    if backup.kind == "restore":
        return QCoreApplication.translate("BackupsDialog", "Before a restore")
    return fill(
        QCoreApplication.translate("BackupsDialog", "Labelled “%1”"), plain(backup.label, 40)
    )


def restorable(check: BackupCheck, document_id: str) -> bool:
    """A sound backup of this document; of a damaged one that names no id, any sound one."""
    return check.sound and (check.same_document or not document_id)


def check_text(check: BackupCheck, document_id: str = "") -> str:
    """What the selected backup is: its document, schema version and soundness."""
    if check.problems:
        return fill(
            QCoreApplication.translate(
                "BackupsDialog", "Cannot be restored: it is not a sound perfdesk document (%1)."
            ),
            plain(check.problems[0], 300),
        )
    if not check.same_document and document_id:
        return fill(
            QCoreApplication.translate(
                "BackupsDialog",
                "Cannot be restored: it belongs to another document (document id %1).",
            ),
            plain(check.document_id or "?", 60),
        )
    if not check.same_document:
        return fill(
            QCoreApplication.translate(
                "BackupsDialog",
                "A sound perfdesk document (id %1), schema version %2. The damaged file no "
                "longer says which document it was, so check the date before restoring.",
            ),
            plain(check.document_id, 60),
            check.schema_version,
        )
    return fill(
        QCoreApplication.translate(
            "BackupsDialog", "This document (id %1), schema version %2; the check found no damage."
        ),
        plain(check.document_id, 60),
        check.schema_version,
    )


def ask(parent: QWidget, title: str, text: str, informative: str, action: str) -> bool:
    """A yes/no question (tests replace this)."""
    from perfdesk.ui.exchange import ask as ask_yes_no

    return ask_yes_no(parent, title, text, informative, action)


class BackupsDialog(QDialog):
    # A backup's check, from the worker thread that made it (queued to the dialog's).
    checked = Signal(object)

    """The list of backups of the document at `path`; `restore` is called with the chosen
    backup. `document_id` is the document's own ("" when a damaged file no longer says
    it: then any sound backup named after it may be restored); `conn` reads it (None
    when it cannot be read) for the senders' names."""

    def __init__(
        self,
        path: Path,
        document_id: str,
        restore: Callable[[Backup, BackupCheck | None], bool],
        settings: Settings,
        parent: QWidget | None = None,
        conn: sqlite3.Connection | None = None,
    ) -> None:
        super().__init__(parent)
        self.path = path
        self.document_id = document_id
        self.conn = conn
        self._restore = restore
        self.settings = settings
        self.backups: list[Backup] = []
        self._checks: dict[Path, BackupCheck] = {}
        self._checking: set[Path] = set()
        self.setWindowTitle(self.tr("Restore Backup"))

        self.heading = TextLabel(elide=Qt.TextElideMode.ElideMiddle)
        intro = wrapping_label(
            self.tr(
                "perfdesk copies the document beside it before every upgrade, import, merge "
                "and restore. Restoring one replaces the document with that copy; the "
                "document as it is now is copied first, so a restore can be undone here too."
            )
        )
        self.tree = QTreeWidget()
        self.tree.setObjectName("backupList")
        self.tree.setHeaderLabels([self.tr("Taken"), self.tr("Reason"), self.tr("Size")])
        self.tree.setRootIsDecorated(False)
        self.tree.setUniformRowHeights(True)
        self.tree.setAllColumnsShowFocus(True)
        self.tree.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.tree.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        header = self.tree.header()
        header.setStretchLastSection(False)  # the reason gets the room, not the size
        header.setSectionResizeMode(COL_REASON, QHeaderView.ResizeMode.Stretch)
        for column in (COL_TAKEN, COL_SIZE):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        self.detail = wrapping_label()
        self.detail.setObjectName("backupCheck")
        self.detail.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.keep = QSpinBox()
        self.keep.setRange(backups.MIN_KEEP, backups.MAX_KEEP)
        self.keep.setValue(backups.keep())
        keep_label = QLabel(self.tr("&Keep at most"))
        keep_label.setBuddy(self.keep)
        keep_row = QHBoxLayout()
        keep_row.addWidget(keep_label)
        keep_row.addWidget(self.keep)
        keep_row.addWidget(
            QLabel(self.tr("backups of each document; the oldest are deleted after a new one."))
        )
        keep_row.addStretch(1)

        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.restore_button = QPushButton(self.tr("&Restore…"))
        buttons.addButton(self.restore_button, QDialogButtonBox.ButtonRole.ActionRole)
        self.restore_button.clicked.connect(guarded(self.restore_selected))
        buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.addWidget(self.heading)
        layout.addWidget(intro)
        layout.addWidget(self.tree, 1)
        layout.addWidget(self.detail)
        layout.addLayout(keep_row)
        layout.addWidget(buttons)
        self.resize(640, 440)
        # Enter restores: set once the button is inside the dialog, or QDialog ignores it.
        self.restore_button.setDefault(True)

        self.tree.currentItemChanged.connect(guarded(lambda *_: self._selected()))
        # Enter reaches the default button through the dialog; a double click restores.
        self.tree.itemDoubleClicked.connect(guarded(lambda *_: self.restore_selected()))
        self.keep.valueChanged.connect(guarded(self._keep_changed))
        self.checked.connect(guarded(self._check_done))
        self.fill()
        self.tree.setFocus()

    # -- the list ------------------------------------------------------------------
    def fill(self) -> None:
        self.backups = backups.list_backups(self.path, self.conn)
        self.heading.setText(
            fill(self.tr("Backups of “%1”, newest first: %2"), self.path.name, len(self.backups))
        )
        self.tree.clear()
        for backup in self.backups:
            item = QTreeWidgetItem(
                [
                    taken_text(backup),
                    reason_text(backup),
                    size_text(backup.size),
                ]
            )
            item.setData(COL_TAKEN, PATH_ROLE, str(backup.path))
            item.setToolTip(COL_TAKEN, tooltip(backup.path.name, 300) or "")
            item.setTextAlignment(
                COL_SIZE, Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
            )
            self.tree.addTopLevelItem(item)
        first = self.tree.topLevelItem(0)
        if first is not None:
            self.tree.setCurrentItem(first)
        else:
            self.detail.setText(
                self.tr(
                    "There are no backups of this document yet. One is taken before every "
                    "upgrade, import, merge and restore."
                )
            )
        self._selected()

    def selected(self) -> Backup | None:
        item = self.tree.currentItem()
        if item is None:
            return None
        path = item.data(COL_TAKEN, PATH_ROLE)
        return next((b for b in self.backups if str(b.path) == path), None)

    def check(self, backup: Backup) -> BackupCheck | None:
        """What `perfdesk check` says about it, or None while that is being found out:
        the check reads the whole file (seconds for a company file), so it runs on a
        worker thread with its own connection and the list stays responsive."""
        known = self._checks.get(backup.path)
        if known is not None and backups.still_valid(known, backup.path, self.document_id):
            return known
        if backup.path not in self._checking:
            self._checking.add(backup.path)
            threading.Thread(
                target=self._work, args=(backup.path,), name="perfdesk-backup-check", daemon=True
            ).start()
        return None

    def _work(self, path: Path) -> None:
        check = backups.inspect_backup(path, self.document_id)
        with contextlib.suppress(RuntimeError):  # the dialog was closed meanwhile
            self.checked.emit(check)

    def _check_done(self, check: BackupCheck) -> None:
        self._checking.discard(check.path)
        self._checks[check.path] = check
        self._selected()

    def _selected(self) -> None:
        backup = self.selected()
        if backup is None:
            self.restore_button.setEnabled(False)
            return
        check = self.check(backup)
        if check is None:
            self.detail.setText(self.tr("Checking this backup…"))
            self.restore_button.setEnabled(False)
            return
        self.detail.setText(check_text(check, self.document_id))
        self.restore_button.setEnabled(restorable(check, self.document_id))

    def _keep_changed(self, value: int) -> None:
        self.settings.set(BACKUPS_KEEP, backups.set_keep(value))

    # -- restoring -----------------------------------------------------------------
    def restore_selected(self) -> None:
        backup = self.selected()
        if backup is None or not self.restore_button.isEnabled():
            return
        title = self.tr("Restore Backup")
        text = fill(
            self.tr("Restore the backup of %1 (%2)?"),
            taken_text(backup),
            reason_text(backup),
        )
        informative = self.tr(
            "The document goes back to this copy: every change made since it was taken is "
            "replaced. The document as it is now is copied first, so you can restore it "
            "again from this list. The undo history is cleared."
        )
        if not ask(self, title, text, informative, self.tr("&Restore")):
            return
        if self._restore(backup, self._checks.get(backup.path)):
            self.accept()
        else:
            self.fill()


# -- the window's side ---------------------------------------------------------------


def open_backups(window: MainWindow) -> BackupsDialog | None:
    """File → Restore Backup…: the dialog over the open document (non-modal).

    With no document open, the user picks one; if it cannot be opened (damaged,
    emptied — its own message says why), the dialog lists its backups all the same and
    restoring puts one in its place before opening it.
    """
    context = window.context
    if context is None:
        path = window.dialogs.open_path()
        if path is None:
            return None
        if not window.open_path(path):
            return _show(window, _unopened_dialog(window, Path(path)))
        context = window.context
        if context is None:
            return None
    if context.doc.read_only:
        _tell(
            window,
            message_box(
                window,
                QMessageBox.Icon.Information,
                QCoreApplication.translate("BackupsDialog", "Restore Backup"),
                QCoreApplication.translate(
                    "BackupsDialog", "The document is open read-only, so no backup can be put back."
                ),
                QCoreApplication.translate("BackupsDialog", "Open it for editing first."),
            ),
        )
        return None
    doc = context.doc
    return _show(
        window,
        BackupsDialog(
            doc.path,
            doc.document_id,
            lambda backup, check: restore_into(window, backup, check),
            window.settings,
            window,
            doc.conn,
        ),
    )


def _show(window: MainWindow, dialog: BackupsDialog) -> BackupsDialog:
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    window.backups_dialog = dialog
    dialog.finished.connect(lambda _code: setattr(window, "backups_dialog", None))
    dialog.open()
    return dialog


def _unopened_dialog(window: MainWindow, path: Path) -> BackupsDialog:
    """The dialog for a document that could not be opened, reading what it still can."""
    conn = backups.open_reader(path)
    document_id = backups.read_document_id(path) if path.is_file() else ""
    dialog = BackupsDialog(
        path,
        document_id,
        lambda backup, _check: restore_unopened_into(window, path, backup),
        window.settings,
        window,
        conn,
    )
    if conn is not None:
        dialog.finished.connect(lambda _code: conn.close())
    return dialog


def restore_unopened_into(window: MainWindow, path: Path, backup: Backup) -> bool:
    """Put `backup` in place of a document that could not be opened, then open it."""
    from perfdesk.store.backups import BackupRefused

    try:
        with busy():
            before = backups.restore_unopened(path, backup.path)
    except NoBackup as error:
        what, todo = no_backup_text(error)
        return _refused(window, error, what, todo)
    except DocumentError as error:  # refused, or someone has it open (its lock file)
        what = QCoreApplication.translate("BackupsDialog", "The backup was not restored.")
        detail = error.message if isinstance(error, BackupRefused) else str(error)
        return _refused(window, error, what, plain(detail, 600))
    window.open_path(path)
    _restored_message(window, path, backup, before)
    return True


def restore_into(window: MainWindow, backup: Backup, check: BackupCheck | None = None) -> bool:
    """Put `backup` in place of the window's document and show it; say what happened."""
    from perfdesk.store.backups import BackupRefused, RestoreFailed, restore_backup
    from perfdesk.ui.context import DocumentContext

    context = window.context
    if context is None:
        return False
    doc, title = context.doc, QCoreApplication.translate("BackupsDialog", "Restore Backup")
    _close_document_windows(window)
    try:
        with busy():
            restored = restore_backup(doc, backup.path, check)
    except NoBackup as error:
        what, todo = no_backup_text(error)
        return _refused(window, error, what, todo)
    except BackupRefused as error:
        return _refused(
            window,
            error,
            QCoreApplication.translate("BackupsDialog", "The backup was not restored."),
            plain(error.message, 600),
        )
    except sqlite3.OperationalError as error:  # another program holds the write lock
        return _refused(
            window,
            DocumentError(doc.path, str(error)),
            QCoreApplication.translate("BackupsDialog", "The backup was not restored."),
            QCoreApplication.translate(
                "BackupsDialog",
                "Another program is writing to the document; try again in a moment.",
            ),
        )
    except (RestoreFailed, DocumentError, OSError) as error:
        # The document was closed for the replacement: open the file as it now is.
        print(f"perfdesk: restore: {error}", file=sys.stderr)
        window.close_document()
        window.open_path(doc.path)
        _tell(
            window,
            message_box(
                window,
                QMessageBox.Icon.Critical,
                title,
                QCoreApplication.translate("BackupsDialog", "The backup could not be restored."),
                plain(getattr(error, "message", None) or str(error), 2000, multiline=True),
            ),
        )
        return False
    fresh = restored.document
    try:
        new_context = DocumentContext.load(fresh, window.language)
    except READ_ERRORS as error:
        print(f"perfdesk: restore: reading the restored document: {error}", file=sys.stderr)
        fresh.close()
        window.close_document()
        window.open_path(doc.path)  # says what is wrong with it
        return False
    window._replace_context(new_context)  # closes the old document; clears the undo history
    window.undo_stack.clear()
    _restored_message(window, fresh.path, backup, restored.before)
    QTimer.singleShot(0, window, guarded(window._offer_meeting_resume))  # a backup mid-meeting
    return True


# The window's non-modal tools that hold the open document: they would read a closed
# connection after the restore, so they close first (the import's reading is cancelled).
_DOCUMENT_WINDOWS = ("import_dialog", "export_dialog", "merge_preview", "rankings_dialog")


def _close_document_windows(window: MainWindow) -> None:
    for name in _DOCUMENT_WINDOWS:
        tool = getattr(window, name, None)
        if isinstance(tool, QDialog) and tool.isVisible():
            tool.reject()
    if getattr(window, "rankings_dialog", None) is not None:
        window.rankings_dialog = None  # made again for the restored document


def _restored_message(window: MainWindow, path: Path, backup: Backup, before: Path | None) -> None:
    """Say what happened: from which backup, and where the replaced bytes are kept."""
    window.statusBar().showMessage(
        fill(
            QCoreApplication.translate("BackupsDialog", "Restored the backup of %1."),
            taken_text(backup),
        ),
        15000,
    )
    kept = (
        fill(
            QCoreApplication.translate(
                "BackupsDialog",
                "The document as it was before is kept as %1 (Restore Backup puts it "
                "back). The undo history was cleared.",
            ),
            plain(before.name, 200),
        )
        if before is not None
        else ""
    )
    _tell(
        window,
        message_box(
            window,
            QMessageBox.Icon.Information,
            QCoreApplication.translate("BackupsDialog", "Restore Backup"),
            fill(
                QCoreApplication.translate("BackupsDialog", "“%1” was restored from %2."),
                plain(path.name, 120),
                plain(backup.path.name, 200),
            ),
            kept,
        ),
    )


def _refused(window: MainWindow, error: DocumentError, what: str, todo: str) -> bool:
    print(f"perfdesk: restore: {error}", file=sys.stderr)
    box = message_box(
        window,
        QMessageBox.Icon.Warning,
        QCoreApplication.translate("BackupsDialog", "Restore Backup"),
        what,
        todo,
    )
    box.setDetailedText(plain(f"{error.path}\n{error.message}", 4000, multiline=True))
    _tell(window, box)
    return False


def _tell(window: Any, box: QMessageBox) -> None:
    """Show a message without blocking; the window keeps it for tests to read."""
    box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    window.backups_message = box
    box.open()
