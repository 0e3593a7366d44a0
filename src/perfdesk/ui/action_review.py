"""The review of last meeting's actions (上次会议改进行动回顾), as a meeting shows it.

When the agenda's "review of last meeting's actions" item is selected in the Meeting tab,
or is the current item in run mode, this panel lists the departments with clear
improvement (有改进: their actions verified, the KPI moved the expected way, with the
figures) and those without (无改进: not achieved, overdue at the meeting, or done without
a verified result), each with its actions, owners and results. The grouping is
core.actions.review_by_department over store.repo_actions.actions_for_review.
"""

from __future__ import annotations

import datetime
import sqlite3
from collections.abc import Sequence

from PySide6.QtCore import Qt
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QFrame, QLabel, QScrollArea, QVBoxLayout, QWidget

from perfdesk.core.actions import (
    DepartmentReview,
    ReviewedAction,
    ReviewOutcome,
    review_by_department,
)
from perfdesk.store.repo_actions import actions_for_review, review_window
from perfdesk.ui.action_form import exact
from perfdesk.ui.text import fill, plain

IMPROVED_COLOR = "#1b5e20"
NOT_IMPROVED_COLOR = "#8c1d18"


class ActionReviewPanel(QFrame):
    """Departments with and without clear improvement since the previous meeting."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("actionReview")
        self.title = QLabel()
        self.title.setTextFormat(Qt.TextFormat.PlainText)
        self.title.setWordWrap(True)
        self.title.setStyleSheet("font-weight: bold;")
        self.body = QWidget()
        self.rows_layout = QVBoxLayout(self.body)
        self.rows_layout.setContentsMargins(0, 0, 0, 0)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setWidget(self.body)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addWidget(self.title)
        layout.addWidget(scroll, 1)
        self._font = QFont()
        self.improved: list[DepartmentReview] = []
        self.not_improved: list[DepartmentReview] = []
        self.shown_meeting: str | None = None

    def set_pixel_size(self, size: int) -> None:
        """Run mode sizes the text from the screen's height."""
        self._font.setPixelSize(max(10, size))
        title = QFont(self._font)
        title.setBold(True)
        title.setPixelSize(max(12, int(size * 1.25)))
        self.title.setFont(title)
        for label in self.body.findChildren(QLabel):
            bold = label.font().bold()
            label.setFont(self._font)
            if bold:
                font = label.font()
                font.setBold(True)
                label.setFont(font)

    def show_meeting(self, conn: sqlite3.Connection, meeting_id: str, english: bool) -> None:
        """Read and show the review for the meeting `meeting_id`."""
        self.shown_meeting = meeting_id
        window = review_window(conn, meeting_id)
        if window is None:
            self.show_review([], None, None)
            return
        after, until = window
        self.show_review(actions_for_review(conn, after, until, english), after, until)

    def show_review(
        self,
        actions: Sequence[ReviewedAction],
        after: datetime.date | None,
        until: datetime.date | None,
    ) -> None:
        self.improved, self.not_improved = review_by_department(actions)
        self._clear()
        if until is None:
            self.title.setText(self.tr("Review of last meeting's actions"))
        elif after is None:
            self.title.setText(fill(self.tr("Review of actions: up to %1"), until.isoformat()))
        else:
            self.title.setText(
                fill(
                    self.tr("Review of actions: after %1 up to %2"),
                    after.isoformat(),
                    until.isoformat(),
                )
            )
        self._section(
            self.tr("▲ Clear improvement: %1 departments"),
            self.improved,
            IMPROVED_COLOR,
        )
        self._section(
            self.tr("▼ No improvement: %1 departments"),
            self.not_improved,
            NOT_IMPROVED_COLOR,
        )
        self.rows_layout.addStretch(1)

    def lines(self) -> list[str]:
        """The text shown, one label a line (what a reader of the panel sees)."""
        return [label.text() for label in self.body.findChildren(QLabel) if label.isVisibleTo(self)]

    # -- building ------------------------------------------------------------------------
    def _clear(self) -> None:
        while self.rows_layout.count():
            item = self.rows_layout.takeAt(0)
            widget = item.widget() if item is not None else None
            if widget is not None:
                widget.hide()  # at once: deleteLater waits for the event loop
                widget.setParent(None)
                widget.deleteLater()

    def _add(self, text: str, bold: bool = False, color: str = "", indent: int = 0) -> QLabel:
        label = QLabel()
        label.setTextFormat(Qt.TextFormat.PlainText)
        label.setWordWrap(True)
        label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        font = QFont(self._font)
        font.setBold(bold)
        label.setFont(font)
        label.setText(text)
        style = f"color: {color};" if color else ""
        if indent:
            style += f" margin-left: {indent}px;"
        if style:
            label.setStyleSheet(style)
        self.rows_layout.addWidget(label)
        return label

    def _section(self, heading: str, reviews: list[DepartmentReview], color: str) -> None:
        self._add(fill(heading, len(reviews)), bold=True, color=color)
        if not reviews:
            self._add(self.tr("None."), color="#595959", indent=12)
        for review in reviews:
            self._add(plain(review.unit) or self.tr("(no department)"), bold=True, indent=12)
            for action in review.actions:
                self._add(self._action_line(action), indent=24)

    def _action_line(self, action: ReviewedAction) -> str:
        def value(number: float | None) -> str:
            # As measured (14.5 on a whole-number KPI is not 14 when it decided the outcome).
            text = exact(number, action.decimals)
            unit = plain(action.kpi_unit).strip()
            if not text:
                return "—"
            if not unit or unit == "%":
                return text + unit
            return fill(self.tr("%1 %2"), text, unit)

        owner = plain(action.owner) or "—"
        title = plain(action.title)
        outcome = action.outcome
        if outcome is ReviewOutcome.OVERDUE:
            return fill(
                self.tr("• %1 — %2: overdue by %3 days (due %4), no result"),
                title,
                owner,
                action.days_overdue,
                action.due.isoformat() if action.due else "—",
            )
        if outcome is ReviewOutcome.NO_RESULT:
            return fill(self.tr("• %1 — %2: done, result not verified yet"), title, owner)
        word = self.tr("verified") if outcome is ReviewOutcome.IMPROVED else self.tr("not achieved")
        return fill(
            self.tr("• %1 — %2: %3 %4 → %5 (expected %6), %7"),
            title,
            owner,
            plain(action.kpi) or self.tr("KPI"),
            value(action.baseline),
            value(action.result),
            value(action.expected),
            word,
        )
