"""Someone else has the document open: say who since when, and ask what to do.

The store refuses a writable open of a claimed file with LockedFile (store/lock.py);
this module turns it into a question — open read-only, take a stale claim over,
or cancel — and explains, in the user's language, why a document asked for
writing was opened read-only (a write-protected folder, no lock file possible).
"""

from __future__ import annotations

import enum
import unicodedata
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QWidget

from perfdesk.store.document import NO_LOCK_FILE, WRITE_PROTECTED, Document, LockedFile
from perfdesk.store.lock import Holder, Stale, lock_path
from perfdesk.ui.text import fill

if TYPE_CHECKING:  # imported when the question is asked, not at every start
    from PySide6.QtWidgets import QMessageBox

MAX_FIELD = 60


class LockChoice(enum.Enum):
    READ_ONLY = "read-only"
    TAKE_OVER = "take-over"
    CANCEL = "cancel"


def _plain(text: str) -> str:
    """A lock file's field as shown: no control or bidi characters, never very long."""
    text = "".join(c for c in text if unicodedata.category(c) not in {"Cc", "Cf"})
    return text if len(text) <= MAX_FIELD else text[: MAX_FIELD - 1] + "…"


def holder_name(holder: Holder) -> str:
    """The person as colleagues know them: full name and login, or the login alone."""
    name, user = _plain(holder.name), _plain(holder.user)
    if name and name != user:
        return fill(QCoreApplication.translate("Lock", "%1 (%2)"), name, user)
    return user or QCoreApplication.translate("Lock", "someone unknown")


def holder_since(holder: Holder) -> str:
    """When the claim was made, in this computer's time zone."""
    return holder.since.astimezone().strftime("%Y-%m-%d %H:%M")


def lock_texts(error: LockedFile) -> tuple[str, str]:
    """(who has it since when, what the user can do) for a claimed document."""
    name, holder = error.path.name, error.holder
    if holder is None or error.stale == Stale.UNKNOWN.value:
        what = fill(
            QCoreApplication.translate(
                "Lock", "“%1” is marked as open for editing, but its lock file cannot be read."
            ),
            name,
        )
        todo = QCoreApplication.translate(
            "Lock",
            "Take it over only if you are sure nobody is editing it now; otherwise open it "
            "read-only.",
        )
    elif error.in_this_process:
        what = fill(
            QCoreApplication.translate(
                "Lock", "“%1” is already open for editing in another perfdesk window."
            ),
            name,
        )
        todo = QCoreApplication.translate("Lock", "Edit it there, or open it here read-only.")
    elif error.stale == Stale.GONE.value:
        what = fill(
            QCoreApplication.translate(
                "Lock",
                "“%1” was opened for editing by %2 on this computer at %3, but that perfdesk "
                "is no longer running.",
            ),
            name,
            holder_name(holder),
            holder_since(holder),
        )
        todo = QCoreApplication.translate(
            "Lock",
            "You can take it over and edit it (every change was saved when it was made), "
            "or open it read-only.",
        )
    elif error.stale == Stale.OLD.value:
        what = fill(
            QCoreApplication.translate(
                "Lock", "“%1” has been open for editing by %2 on computer %3 since %4."
            ),
            name,
            holder_name(holder),
            _plain(holder.host),
            holder_since(holder),
        )
        todo = QCoreApplication.translate(
            "Lock",
            "That is a long time: perfdesk may have been left running. Take it over only if "
            "you are sure they are not editing it now; otherwise open it read-only.",
        )
    else:
        what = fill(
            QCoreApplication.translate(
                "Lock", "“%1” is open for editing by %2 on computer %3 since %4."
            ),
            name,
            holder_name(holder),
            _plain(holder.host),
            holder_since(holder),
        )
        todo = QCoreApplication.translate(
            "Lock",
            "You can open it read-only: the window shows their changes as they save them. "
            "To edit it, ask them to close it and open it again.",
        )
    return what, todo


def lock_box(
    parent: QWidget | None, error: LockedFile
) -> tuple[QMessageBox, dict[object, LockChoice]]:
    """The question for a claimed document, and which button means what (not yet shown)."""
    from PySide6.QtWidgets import QMessageBox

    what, todo = lock_texts(error)
    box = QMessageBox(
        QMessageBox.Icon.Warning,
        QCoreApplication.translate("Lock", "Document in use"),
        what,
        parent=parent,
    )
    box.setTextFormat(Qt.TextFormat.PlainText)  # names come from a file: never markup
    box.setInformativeText(todo)
    box.setDetailedText(f"{lock_path(error.path)}\n{error.message}")
    read_only = box.addButton(
        QCoreApplication.translate("Lock", "Open Read-Only"), QMessageBox.ButtonRole.AcceptRole
    )
    choices: dict[object, LockChoice] = {read_only: LockChoice.READ_ONLY}
    if error.stale:
        take_over = box.addButton(
            QCoreApplication.translate("Lock", "Take Over"), QMessageBox.ButtonRole.DestructiveRole
        )
        choices[take_over] = LockChoice.TAKE_OVER
    cancel = box.addButton(QMessageBox.StandardButton.Cancel)
    choices[cancel] = LockChoice.CANCEL
    box.setDefaultButton(read_only)
    box.setEscapeButton(cancel)
    return box, choices


def ask_about_lock(parent: QWidget | None, error: LockedFile) -> LockChoice:
    box, choices = lock_box(parent, error)
    box.exec()
    return choices.get(box.clickedButton(), LockChoice.CANCEL)


def read_only_explanation(document: Document) -> str:
    """Why a document asked for writing came out read-only ("" when it did not)."""
    if not document.read_only:
        return ""
    if document.read_only_cause == NO_LOCK_FILE:
        return QCoreApplication.translate(
            "Lock",
            "No lock file can be made in its folder, so others could not see that you are "
            "editing it. Copy it to a folder you may write to in order to edit it.",
        )
    if document.read_only_cause == WRITE_PROTECTED:
        return QCoreApplication.translate(
            "Lock",
            "The file or its folder is write-protected. Copy it to a folder you may write "
            "to in order to edit it.",
        )
    return ""


def held_by_text(error: LockedFile) -> str:
    """A short note for the status bar tooltip of a window opened read-only because of it."""
    return lock_texts(error)[0]
