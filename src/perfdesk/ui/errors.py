"""Telling the user what went wrong: document errors and unexpected crashes.

Errors a user can cause get a translated explanation and what to do; the
technical detail (English, from the store) goes in the dialog's details.
Unexpected exceptions get a crash dialog that offers to copy the details; the
document stays consistent because every write is a transaction.
"""

from __future__ import annotations

import sqlite3
import sys
import traceback
from types import TracebackType
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication
from PySide6.QtWidgets import QApplication, QMessageBox, QWidget

from perfdesk import __version__
from perfdesk.store.document import (
    DamagedFile,
    DocumentError,
    NeedsRecovery,
    NeedsUpgrade,
    NewerFile,
    NotPerfdeskFile,
)
from perfdesk.ui.text import fill

# (what happened, what to do) per kind of refused file; %1 is the file name.
_OPEN_ERRORS: list[tuple[type[DocumentError], Any, Any]] = [
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
    for kind, what, todo in _OPEN_ERRORS:
        if isinstance(error, kind):
            return fill(_tr(str(what)), error.path.name), _tr(str(todo))
    raise AssertionError("DocumentError is the last entry")


def show_document_error(parent: QWidget | None, error: DocumentError) -> None:
    what, todo = document_error_text(error)
    box = QMessageBox(
        QMessageBox.Icon.Critical,
        QCoreApplication.translate("Errors", "Cannot open file"),
        what,
        QMessageBox.StandardButton.Ok,
        parent,
    )
    box.setInformativeText(todo)
    box.setDetailedText(f"{error.path}\n{error.message}")
    box.exec()


def crash_box(parent: QWidget | None, error: BaseException, details: str) -> QMessageBox:
    """The dialog for an exception nobody handled: what happened, what to do, the details."""
    if isinstance(error, sqlite3.DatabaseError) and _looks_damaged(error):
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
    box = QMessageBox(QMessageBox.Icon.Critical, title, what, parent=parent)
    box.setInformativeText(todo)
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
    """Route unexpected exceptions to a dialog instead of a silent stderr trace."""

    def handle(kind: type[BaseException], value: BaseException, tb: TracebackType | None) -> None:
        details = "".join(traceback.format_exception(kind, value, tb))
        print(details, file=sys.stderr)
        if issubclass(kind, KeyboardInterrupt):
            QApplication.quit()
            return
        crash_box(parent, value, details).exec()

    sys.excepthook = handle


def _looks_damaged(error: sqlite3.DatabaseError) -> bool:
    text = str(error).lower()
    return any(sign in text for sign in ("malformed", "not a database", "disk i/o", "corrupt"))
