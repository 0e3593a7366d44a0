"""Ending a meeting and reopening an ended one.

The end summary shows, before anything is locked, planned against actual time per
item (as if the meeting ended now), the overrun, the share of time spent reporting
against questioning, the issues raised and the actions assigned; issues without an
owner are named and the button says "End Anyway". Ending is confirmed here rather
than undone: afterwards the triggers lock the record. `offer_reopen` turns the
trigger's refusal of an edit into a message with a Reopen button and asks why.
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QInputDialog,
    QLabel,
    QLineEdit,
    QMessageBox,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from perfdesk.core.meeting import AgendaItem
from perfdesk.core.meeting_clock import ClockState, clock_text
from perfdesk.core.meeting_figures import Effectiveness, effectiveness
from perfdesk.core.numbers import number
from perfdesk.store.repo_meetings import IssueRow
from perfdesk.ui.text import fill, plain


def _minutes(seconds: float) -> str:
    return clock_text(round(seconds))


class EndMeetingDialog(QDialog):
    """The summary shown before a meeting is ended and locked."""

    def __init__(
        self,
        parent: QWidget | None,
        title: str,
        items: Sequence[tuple[AgendaItem, str, str]],
        state: ClockState,
        issues: Sequence[IssueRow],
        actions: dict[str, int],
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("End Meeting"))
        self.figures: Effectiveness = effectiveness(
            [item for item, _s, _u in items],
            state,
            [issue.responsible_unit or None for issue in issues],
        )
        named = {item.id: (item, speaker, unit) for item, speaker, unit in items}
        heading = QLabel()
        heading.setTextFormat(Qt.TextFormat.PlainText)
        heading.setWordWrap(True)
        heading.setText(fill(self.tr("End “%1” and lock its record?"), plain(title)))
        self.table = QTableWidget(len(self.figures.items), 4)
        self.table.setHorizontalHeaderLabels(
            [self.tr("Item"), self.tr("Planned"), self.tr("Actual"), self.tr("Over")]
        )
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().setVisible(False)
        for row, figure in enumerate(self.figures.items):
            item, speaker, unit = named[figure.item_id]
            name = " · ".join(plain(t) for t in (item.title, speaker, unit) if t)
            if figure.skipped:
                name = fill(self.tr("%1 (skipped)"), name)
            cells = (
                name,
                _minutes(figure.planned_seconds),
                _minutes(figure.actual_seconds),
                _minutes(figure.overrun_seconds) if figure.overrun_seconds >= 1 else "",
            )
            for column, text in enumerate(cells):
                cell = QTableWidgetItem(text)
                if column:
                    cell.setTextAlignment(
                        Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
                    )
                self.table.setItem(row, column, cell)
        self.table.resizeColumnsToContents()
        figures = self.figures
        share = figures.reporting_share
        lines = [
            fill(
                self.tr("Planned %1, actual %2, overrun %3 minutes."),
                _minutes(figures.planned_seconds),
                _minutes(figures.actual_seconds),
                number(figures.overrun_minutes, 1, trim=True),
            ),
        ]
        if share is not None:
            lines.append(
                fill(
                    self.tr("Time reporting %1 %, questioning and solving %2 %."),
                    number(share * 100, 0),
                    number((figures.questioning_share or 0) * 100, 0),
                )
            )
        assigned = sum(1 for issue in issues if actions.get(issue.id))
        lines.append(
            fill(
                self.tr("%1 issues raised, %2 of them with an improvement action."),
                len(issues),
                assigned,
            )
        )
        per_unit = [
            fill(self.tr("%1: %2"), plain(unit) or self.tr("no department"), n)
            for unit, n in sorted(figures.issues_per_unit.items(), key=lambda kv: -kv[1])
        ]
        if per_unit:
            lines.append(fill(self.tr("Issues per department: %1"), "; ".join(per_unit)))
        summary = QLabel("\n".join(lines))
        summary.setTextFormat(Qt.TextFormat.PlainText)
        summary.setWordWrap(True)
        self.unassigned = [issue for issue in issues if not issue.owner]
        self.warning = QLabel()
        self.warning.setTextFormat(Qt.TextFormat.PlainText)
        self.warning.setWordWrap(True)
        if self.unassigned:
            names = "\n".join(f"• {plain(i.description, 120)}" for i in self.unassigned[:8])
            self.warning.setText(
                fill(
                    self.tr("%1 issues have no owner yet:\n%2\nEnd the meeting anyway?"),
                    len(self.unassigned),
                    names,
                )
            )
            self.warning.setStyleSheet("color: #B2182B; font-weight: bold;")
        self.warning.setVisible(bool(self.unassigned))
        note = QLabel(
            self.tr(
                "Ending locks the agenda, attendance and issues; corrections need an explicit, "
                "logged reopen. Clock steps cannot be undone."
            )
        )
        note.setWordWrap(True)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.end_button = buttons.addButton(
            self.tr("End Anyway") if self.unassigned else self.tr("End Meeting"),
            QDialogButtonBox.ButtonRole.AcceptRole,
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        for widget in (heading, self.table, summary, self.warning, note, buttons):
            layout.addWidget(widget)
        self.resize(720, 560)


def ask_reopen_reason(parent: QWidget | None, title: str) -> str | None:
    """The reason for reopening an ended meeting (logged in its notes), or None."""
    text, ok = QInputDialog.getText(
        parent,
        QCoreApplication.translate("MeetingEnd", "Reopen Meeting"),
        fill(
            QCoreApplication.translate(
                "MeetingEnd", "Why does “%1” need to be reopened? (kept in the meeting's notes)"
            ),
            plain(title),
        ),
        QLineEdit.EchoMode.Normal,
    )
    return text.strip() if ok and text.strip() else None


def offer_reopen(parent: QWidget | None, title: str) -> bool:
    """Say an ended meeting's record is locked and offer to reopen it: True to reopen."""
    box = QMessageBox(parent)
    box.setIcon(QMessageBox.Icon.Information)
    box.setWindowTitle(QCoreApplication.translate("MeetingEnd", "Meeting Ended"))
    box.setTextFormat(Qt.TextFormat.PlainText)
    box.setText(
        fill(
            QCoreApplication.translate(
                "MeetingEnd",
                "“%1” has ended and its record is locked, so the change was not saved.",
            ),
            plain(title),
        )
    )
    box.setInformativeText(
        QCoreApplication.translate(
            "MeetingEnd", "Reopen the meeting to correct it; the reopening is logged."
        )
    )
    reopen = box.addButton(
        QCoreApplication.translate("MeetingEnd", "Reopen…"), QMessageBox.ButtonRole.AcceptRole
    )
    box.addButton(QMessageBox.StandardButton.Cancel)
    box.exec()
    return box.clickedButton() is reopen
