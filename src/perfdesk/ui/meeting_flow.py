"""Starting, ending, reopening and resuming a meeting from the window: the confirmations,
the end summary, the reopen offer and the offer to resume after a crash (run mode itself
is ui/run_mode.py; the writes are store/ops/meeting_run.py)."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QMessageBox, QWidget

from perfdesk.core.meeting_clock import EventClock, countdown
from perfdesk.store import ops
from perfdesk.store.ops import Changes, OpError
from perfdesk.store.repo_meeting_run import (
    actions_per_issue,
    meeting_status,
    meeting_title,
    running_meeting,
)
from perfdesk.store.repo_meetings import meeting_issues
from perfdesk.ui.guard import guarded
from perfdesk.ui.run_mode import RunSession, RunWindow
from perfdesk.ui.text import fill, plain


def _confirm(parent: QWidget, title: str, text: str, informative: str, yes: str) -> bool:
    """A question with a named button; tests replace this function."""
    box = QMessageBox(parent)
    box.setIcon(QMessageBox.Icon.Question)
    box.setWindowTitle(title)
    box.setTextFormat(Qt.TextFormat.PlainText)
    box.setText(text)
    box.setInformativeText(informative)
    accept = box.addButton(yes, QMessageBox.ButtonRole.AcceptRole)
    box.addButton(QMessageBox.StandardButton.Cancel)
    box.exec()
    return box.clickedButton() is accept


def _run_dialog(dialog: Any) -> bool:
    """exec() a dialog: True when accepted. Tests replace this function."""
    return bool(dialog.exec())


def open_meeting(
    window: Any, meeting_id: str, clock: Any = None, full_screen: bool = True
) -> RunWindow | None:
    """Start (after confirming) or resume the meeting and show it in run mode; an ended
    meeting gets the offer to reopen it instead."""
    context = window.context
    if context is None:
        return None
    doc = context.doc
    shown = getattr(window, "run_window", None)
    if shown is not None and shown.session.meeting_id == meeting_id and shown.isVisible():
        shown.raise_()
        shown.activateWindow()
        return shown  # type: ignore[no-any-return]
    title = meeting_title(doc.conn, meeting_id)
    status = meeting_status(doc.conn, meeting_id)
    if doc.read_only:
        _say(
            window,
            QCoreApplication.translate(
                "RunMode", "This document is open read-only, so the meeting cannot be run here."
            ),
        )
        return None
    if status == "ended":
        reopen_meeting(window, meeting_id)
        return None
    if status == "planned":
        if not _confirm(
            window,
            QCoreApplication.translate("MeetingFlow", "Start Meeting"),
            fill(QCoreApplication.translate("MeetingFlow", "Start “%1” now?"), plain(title)),
            QCoreApplication.translate(
                "RunMode",
                "The clock starts and the KPI figures of the speaking departments are frozen "
                "into the meeting record. Clock steps cannot be undone: time passes.",
            ),
            QCoreApplication.translate("MeetingFlow", "Start Meeting"),
        ):
            return None
        starter = clock if clock is not None else EventClock()
        try:
            changes = ops.start_meeting(doc, meeting_id, starter.now())
        except OpError as error:
            from perfdesk.ui.op_errors import show_op_error

            show_op_error(
                window,
                QCoreApplication.translate("MeetingFlow", "Start Meeting"),
                error,
                window.language,
            )
            return None
        window.apply_changes(changes)
    elif status != "running":
        return None
    if shown is not None:
        shown.close()
    run = RunWindow(window, RunSession(doc, meeting_id, clock))
    window.run_window = run
    _place(window, run, full_screen)
    return run


def _place(window: QWidget, run: RunWindow, full_screen: bool) -> None:
    """On another screen than the main window's when there is one, full screen."""
    screens = QGuiApplication.screens()
    here = window.screen()
    others = [screen for screen in screens if screen is not here]
    target = others[0] if others else here
    if target is not None:
        run.move(target.geometry().topLeft())
    if full_screen:
        run.showFullScreen()
    else:
        run.show()
    run.raise_()
    run.activateWindow()


def end_meeting(window: Any, run: RunWindow | None = None) -> bool:
    """The end summary, then (when confirmed) the end: actual times written, record locked."""
    from perfdesk.ui.meeting_end import EndMeetingDialog

    session = run.session if run is not None else None
    if session is None:
        return False
    conn = session.doc.conn
    state = session.state()
    issues = meeting_issues(conn, session.meeting_id)
    dialog = EndMeetingDialog(
        run,
        session.title,
        session.items,
        state,
        issues,
        actions_per_issue(conn, session.meeting_id),
    )
    if not _run_dialog(dialog):
        return False
    try:
        ops.end_meeting(session.doc, session.meeting_id, session.clock.now())
    except OpError as error:
        from perfdesk.ui.op_errors import show_op_error

        show_op_error(
            run, QCoreApplication.translate("MeetingFlow", "End Meeting"), error, window.language
        )
        return False
    window.apply_changes(
        Changes(
            frozenset({"meetings", "agenda_items", "meeting_events"}),
            frozenset({session.meeting_id}),
        )
    )
    if run is not None:
        run.close()
    window.statusBar().showMessage(
        fill(
            QCoreApplication.translate("MeetingFlow", "“%1” has ended; its record is locked."),
            plain(session.title),
        ),
        8000,
    )
    return True


def reopen_meeting(window: Any, meeting_id: str) -> bool:
    """Offer to reopen an ended meeting, ask why, and reopen it (logged)."""
    from perfdesk.ui.meeting_end import ask_reopen_reason, offer_reopen

    doc = window.context.doc
    title = meeting_title(doc.conn, meeting_id)
    if not offer_reopen(window, title):
        return False
    reason = ask_reopen_reason(window, title)
    if reason is None:
        return False
    try:
        changes = ops.reopen_meeting(
            doc,
            meeting_id,
            reason,
            EventClock().now(),
            label=QCoreApplication.translate("MeetingFlow", "Reopened, because: "),
        )
    except OpError as error:
        from perfdesk.ui.op_errors import show_op_error

        show_op_error(
            window,
            QCoreApplication.translate("MeetingFlow", "Reopen Meeting"),
            error,
            window.language,
        )
        return False
    window.apply_changes(changes)
    return True


def offer_resume(window: Any) -> QMessageBox | None:
    """On opening a document with a running meeting: offer to resume it in run mode
    (a box that does not block, kept as window.resume_box)."""
    context = window.context
    if context is None or context.doc.read_only:
        return None
    running = running_meeting(context.doc.conn)
    if running is None:
        return None
    session = RunSession(context.doc, running.id)
    state = session.state()
    where = state.position
    left = state.remaining_seconds
    detail = ""
    if where is not None and left is not None:
        text, over = countdown(left)
        detail = fill(
            QCoreApplication.translate("MeetingFlow", "It is at item %1 of %2, %3."),
            where + 1,
            len(state.order),
            fill(QCoreApplication.translate("MeetingFlow", "%1 over"), text)
            if over
            else fill(QCoreApplication.translate("MeetingFlow", "%1 left"), text),
        )
    box = QMessageBox(window)
    box.setIcon(QMessageBox.Icon.Question)
    box.setWindowTitle(QCoreApplication.translate("MeetingFlow", "Resume Meeting"))
    box.setTextFormat(Qt.TextFormat.PlainText)
    box.setText(
        fill(
            QCoreApplication.translate("MeetingFlow", "The meeting “%1” is still running."),
            plain(running.title),
        )
    )
    box.setInformativeText(
        " ".join(
            t
            for t in (
                detail,
                QCoreApplication.translate(
                    "RunMode",
                    "The time the program was closed counts as meeting time unless the clock "
                    "was paused.",
                ),
            )
            if t
        )
    )
    resume = box.addButton(
        QCoreApplication.translate("MeetingFlow", "Resume in Run Mode"),
        QMessageBox.ButtonRole.AcceptRole,
    )
    box.addButton(
        QCoreApplication.translate("MeetingFlow", "Later"), QMessageBox.ButtonRole.RejectRole
    )

    def chosen() -> None:
        if box.clickedButton() is resume and window.context is context:
            open_meeting(window, running.id)

    box.finished.connect(guarded(lambda _result: chosen()))
    window.resume_box = box
    box.open()
    return box


def _say(parent: QWidget, text: str) -> None:
    from perfdesk.ui.errors import show_message

    show_message(
        parent,
        QMessageBox.Icon.Information,
        QCoreApplication.translate("MeetingFlow", "Run Mode"),
        text,
    )
