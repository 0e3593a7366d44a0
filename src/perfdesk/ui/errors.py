"""Telling the user what went wrong: document errors and unexpected crashes.

Errors a user can cause get a translated explanation and what to do; the
technical detail (English, from the store) goes in the dialog's details.
Unexpected exceptions get a crash dialog that offers to copy the details; the
document stays consistent because every write is a transaction.
"""

from __future__ import annotations

import sqlite3
import sys
from pathlib import Path
from types import TracebackType
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt
from PySide6.QtWidgets import QApplication, QWidget

from perfdesk import __version__
from perfdesk.store.document import (
    DamagedFile,
    DocumentError,
    FileBusy,
    NeedsRecovery,
    NeedsUpgrade,
    NewerFile,
    NotPerfdeskFile,
)
from perfdesk.store.errors import PackageNotDocument
from perfdesk.ui import guard
from perfdesk.ui.text import fill, plain

if TYPE_CHECKING:  # QMessageBox is imported when a message is shown, not at start-up
    from PySide6.QtWidgets import QMessageBox

    from perfdesk.store.backups import NoBackup

# (what happened, what to do) per kind of refused file; %1 is the file name.
_OPEN_ERRORS: list[tuple[type[DocumentError], Any, Any]] = [
    (  # before NotPerfdeskFile, its base: a double-clicked package lands here
        PackageNotDocument,
        QT_TRANSLATE_NOOP("Errors", "“%1” is a perfdesk package, not a document."),
        QT_TRANSLATE_NOOP(
            "Errors",
            "Open the document it belongs to, then choose File → Import Package… and pick "
            "this file. The package was not changed.",
        ),
    ),
    (
        NotPerfdeskFile,
        QT_TRANSLATE_NOOP("Errors", "“%1” is not a perfdesk document."),
        QT_TRANSLATE_NOOP(
            "Errors", "Choose a file with the .perfdesk extension. The file was not changed."
        ),
    ),
    (
        NewerFile,
        QT_TRANSLATE_NOOP("Errors", "“%1” was saved by a newer version of perfdesk."),
        QT_TRANSLATE_NOOP("Errors", "Update perfdesk to open it. The file was not changed."),
    ),
    (
        NeedsUpgrade,
        QT_TRANSLATE_NOOP(
            "Errors", "“%1” was made by an older version of perfdesk and must be upgraded."
        ),
        QT_TRANSLATE_NOOP(
            "Errors", "Open it with write access to upgrade it; a backup copy is made first."
        ),
    ),
    (
        NeedsRecovery,
        QT_TRANSLATE_NOOP("Errors", "“%1” was left in the middle of a change."),
        QT_TRANSLATE_NOOP(
            "Errors",
            "The program writing it stopped before it finished. Open it once with write "
            "access and the unfinished change is undone; nothing saved before it is lost.",
        ),
    ),
    (
        FileBusy,
        QT_TRANSLATE_NOOP("Errors", "“%1” is being saved by another program right now."),
        QT_TRANSLATE_NOOP("Errors", "Try again in a moment. The file was not changed."),
    ),
    (
        DamagedFile,
        QT_TRANSLATE_NOOP("Errors", "“%1” is damaged and cannot be opened."),
        QT_TRANSLATE_NOOP("Errors", "Restore it from a backup copy. The file was not changed."),
    ),
    (
        DocumentError,
        QT_TRANSLATE_NOOP("Errors", "“%1” cannot be opened."),
        QT_TRANSLATE_NOOP("Errors", "Check that the file exists and that you may read it."),
    ),
]


def _tr(text: str) -> str:
    return QCoreApplication.translate("Errors", text)


def document_error_text(error: DocumentError) -> tuple[str, str]:
    """(what happened, what to do) for a file that could not be opened."""
    from perfdesk.store.backups import NoBackup

    if isinstance(error, NoBackup):  # an upgrade refused: its backup could not be made
        return no_backup_text(error)
    for kind, what, todo in _OPEN_ERRORS:
        if isinstance(error, kind):
            return fill(_tr(str(what)), error.path.name), _tr(str(todo))
    raise AssertionError("DocumentError is the last entry")


def size_text(size: int) -> str:
    """A byte count as the system shows it (e.g. 16.8 MB)."""
    from PySide6.QtCore import QLocale

    return QLocale().formattedDataSize(size, 1, QLocale.DataSizeFormat.DataSizeSIFormat)


def no_backup_text(error: NoBackup) -> tuple[str, str]:
    """(what happened, what to do) for an operation refused for want of its backup."""
    if error.kind == "space":
        return (
            fill(
                QCoreApplication.translate(
                    "Errors", "There is not enough free space for the backup copy of “%1”."
                ),
                plain(error.path.name, 120),
            ),
            fill(
                QCoreApplication.translate(
                    "Errors",
                    "It needs %1 free in %2; %3 is free there. Free some space and try again. "
                    "Nothing was changed.",
                ),
                size_text(error.needed),
                plain(error.folder, 300),
                size_text(error.free),
            ),
        )
    return (
        fill(
            QCoreApplication.translate("Errors", "The backup copy of “%1” could not be written."),
            plain(error.path.name, 120),
        ),
        fill(
            QCoreApplication.translate(
                "Errors", "The folder %1 refused it (%2). Nothing was changed."
            ),
            plain(error.folder, 300),
            plain(error.reason, 200),
        ),
    )


def damaged(path: Path, error: BaseException) -> DamagedFile:
    """A file whose first reading failed (bad text, bad values, SQLite errors) is damaged."""
    return DamagedFile(path, f"reading it failed ({type(error).__name__}: {error})")


# Errors raised while a document is opened and first read that mean its content is bad.
READ_ERRORS = (sqlite3.DatabaseError, UnicodeDecodeError, ValueError, TypeError)


def message_box(
    parent: QWidget | None,
    icon: QMessageBox.Icon,
    title: str,
    text: str,
    informative: str = "",
) -> QMessageBox:
    """A message box whose texts are plain: file names and typed text are never markup."""
    from PySide6.QtWidgets import QMessageBox

    box = QMessageBox(icon, plain(title, 200), "", QMessageBox.StandardButton.Ok, parent)
    # Set before the texts: the informative label takes the main label's format.
    box.setTextFormat(Qt.TextFormat.PlainText)
    box.setText(plain(text, 2000, multiline=True))
    if informative:
        box.setInformativeText(plain(informative, 2000, multiline=True))
    return box


def show_message(
    parent: QWidget | None, icon: QMessageBox.Icon, title: str, text: str, informative: str = ""
) -> None:
    message_box(parent, icon, title, text, informative).exec()


def show_document_error(parent: QWidget | None, error: DocumentError) -> None:
    """Say why a file was refused; the dialog does not block (start-up can go on)."""
    from PySide6.QtWidgets import QMessageBox

    what, todo = document_error_text(error)
    box = message_box(
        parent,
        QMessageBox.Icon.Critical,
        QCoreApplication.translate("Errors", "Cannot open file"),
        what,
        todo,
    )
    box.setDetailedText(f"{error.path}\n{error.message}")
    box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    box.open()


def crash_box(parent: QWidget | None, error: BaseException, details: str) -> QMessageBox:
    """The dialog for an exception nobody handled: what happened, what to do, the details."""
    from PySide6.QtWidgets import QMessageBox

    if looks_damaged(error):
        # Damage in a page that opening did not read surfaces only when it is used.
        title = QCoreApplication.translate("Errors", "Damaged document")
        what = QCoreApplication.translate(
            "Errors", "Part of the open document is damaged and could not be read."
        )
        todo = QCoreApplication.translate(
            "Errors",
            "Close it and restore a backup copy; `perfdesk check FILE` shows what is damaged.",
        )
    else:
        title = QCoreApplication.translate("Errors", "Unexpected error")
        what = QCoreApplication.translate(
            "Errors",
            "perfdesk hit an unexpected error. Your document is safe: "
            "every change is saved in a transaction.",
        )
        todo = QCoreApplication.translate(
            "Errors", "Please copy the details and send them to your support contact."
        )
    box = message_box(parent, QMessageBox.Icon.Critical, title, what, todo)
    box.removeButton(box.button(QMessageBox.StandardButton.Ok))
    box.setDetailedText(f"perfdesk {__version__}\n{details}")
    copy = box.addButton(
        QCoreApplication.translate("Errors", "Copy details"), QMessageBox.ButtonRole.ActionRole
    )
    copy.clicked.disconnect()  # copying must not close the dialog
    copy.clicked.connect(
        lambda: QApplication.clipboard().setText(f"perfdesk {__version__}\n{details}")
    )
    box.addButton(QMessageBox.StandardButton.Close)
    return box


def install_crash_handler(parent: QWidget) -> None:
    """Route unexpected exceptions to one crash dialog at a time, opened from the event loop.

    Guarded overrides and slots (ui/guard.py) report here; anything else that
    reaches sys.excepthook takes the same way.
    """

    def present(error: BaseException, details: str) -> None:
        box = crash_box(parent, error, details)
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        box.finished.connect(lambda _result: guard.presenter_done())
        box.open()

    def handle(kind: type[BaseException], value: BaseException, tb: TracebackType | None) -> None:
        if issubclass(kind, KeyboardInterrupt):
            QApplication.quit()
            return
        if value.__traceback__ is None:
            value = value.with_traceback(tb)
        guard.report(value)

    guard.set_presenter(present)
    sys.excepthook = handle


def looks_damaged(error: BaseException) -> bool:
    """Whether an error while reading means the document's content is damaged."""
    if isinstance(error, UnicodeDecodeError):
        return True
    if isinstance(error, ValueError) and " is not a valid " in str(error):
        return True  # a value this version does not know (an enum), written by another tool
    if not isinstance(error, sqlite3.DatabaseError):
        return False
    text = str(error).lower()
    signs = ("malformed", "not a database", "disk i/o", "corrupt", "could not decode")
    return any(sign in text for sign in signs)
