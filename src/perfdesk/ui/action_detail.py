"""The detail pane of the Actions tab: one action's measures, expected result on its KPI,
10-day reports (a table and a small chart against baseline and expected), status history
with reasons, verification, and links to its source issue and meeting."""

from __future__ import annotations

import datetime

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFrame,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QScrollArea,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from perfdesk.core.actions import ActionStatus, effective_status
from perfdesk.core.periods import format_period, parse_period
from perfdesk.store.repo_actions import ActionDetail, ActionRow
from perfdesk.ui.action_chart import ReportChart
from perfdesk.ui.action_form import exact
from perfdesk.ui.guard import guarded
from perfdesk.ui.labels import label
from perfdesk.ui.text import CELL_LIMIT, fill, plain, tooltip
from perfdesk.ui.widgets.text_label import TextLabel


def _caption(text: str) -> QLabel:
    caption = QLabel(text)
    caption.setStyleSheet("font-weight: bold; margin-top: 6px;")
    return caption


def _wrapped() -> QLabel:
    text = QLabel()
    text.setTextFormat(Qt.TextFormat.PlainText)
    text.setWordWrap(True)
    text.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    return text


def _table(headers: list[str]) -> QTableWidget:
    table = QTableWidget(0, len(headers))
    table.setHorizontalHeaderLabels(headers)
    table.verticalHeader().setVisible(False)
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.horizontalHeader().setStretchLastSection(True)
    table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
    table.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
    table.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
    table.setWordWrap(True)
    return table


def _fill(table: QTableWidget, rows: list[list[str]]) -> None:
    table.setRowCount(len(rows))
    for r, row in enumerate(rows):
        for c, text in enumerate(row):
            item = QTableWidgetItem(plain(text, CELL_LIMIT))
            item.setToolTip((tooltip(text, 2000) or "") if len(text) > 30 else "")
            table.setItem(r, c, item)
    for c in range(table.columnCount() - 1):  # the last column stretches
        table.resizeColumnToContents(c)
        table.setColumnWidth(c, min(table.columnWidth(c), 160))
    height = table.horizontalHeader().height() + 4
    height += sum(table.rowHeight(r) for r in range(len(rows)))
    table.setFixedHeight(max(height, table.horizontalHeader().height() + 8))


class ActionDetailPane(QScrollArea):
    """Shows one action; `open_source` asks the window to select its meeting and issue."""

    open_source = Signal(str, str)  # meeting id, issue id

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWidgetResizable(True)
        # Long texts wrap or elide: the pane never scrolls sideways.
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setFrameShape(QFrame.Shape.NoFrame)
        self._detail: ActionDetail | None = None
        body = QWidget()
        layout = QVBoxLayout(body)
        self.title = _wrapped()
        self.title.setStyleSheet("font-size: 12pt; font-weight: bold;")
        self.status = _wrapped()
        # Where the action came from (an elided plain label: meeting titles are the
        # file's text) and the way to it.
        self.source_text = TextLabel()
        self.show_source = QPushButton(self.tr("Show in Meeting"))
        self.show_source.clicked.connect(self._source_clicked)
        self.source = QWidget()
        source_row = QHBoxLayout(self.source)
        source_row.setContentsMargins(0, 0, 0, 0)
        source_row.addWidget(self.source_text, 1)
        source_row.addWidget(self.show_source)
        self.owner = _wrapped()
        self.measures = _wrapped()
        self.units = _wrapped()
        self.expected = _wrapped()
        self.reports = _table(
            [self.tr("10-day period"), self.tr("Value"), self.tr("Progress"), self.tr("Note")]
        )
        self.chart = ReportChart()
        self.verification = _wrapped()
        self.history = _table(
            [self.tr("When"), self.tr("Who"), self.tr("Change"), self.tr("Reason")]
        )
        self.empty = QLabel(self.tr("Select an action to see its details."))
        self.empty.setWordWrap(True)
        self._parts: list[QWidget] = []
        for widget in (
            self.empty,
            self.title,
            self.status,
            self.source,
            self.owner,
            _caption(self.tr("Measures")),
            self.measures,
            self.units,
            _caption(self.tr("Expected result")),
            self.expected,
            _caption(self.tr("10-day reports")),
            self.reports,
            self.chart,
            _caption(self.tr("Verification")),
            self.verification,
            _caption(self.tr("Status history")),
            self.history,
        ):
            layout.addWidget(widget)
            if widget is not self.empty:
                self._parts.append(widget)
        layout.addStretch(1)
        self.setWidget(body)
        self.show_action(None, None)

    def detail(self) -> ActionDetail | None:
        return self._detail

    def show_action(
        self,
        row: ActionRow | None,
        detail: ActionDetail | None,
        today: datetime.date | None = None,
        language: str = "zh",
    ) -> None:
        self._detail = detail
        shown = row is not None and detail is not None
        self.empty.setVisible(not shown)
        for part in self._parts:
            part.setVisible(shown)
        if row is None or detail is None:
            return
        day = today or datetime.date.today()
        decimals = row.kpi_decimals

        def show(value: float | None) -> str:
            return exact(value, decimals) or "—"

        self.title.setText(plain(row.title, 2000))
        status = effective_status(detail.status, detail.due_date, day)
        words = [label(status)]
        if status is ActionStatus.OVERDUE and detail.due_date is not None:
            words = [fill(self.tr("Overdue %1 days"), (day - detail.due_date).days)]
        if detail.status is ActionStatus.RETURNED and detail.status_reason:
            words.append(fill(self.tr("returned: %1"), detail.status_reason))
        self.status.setText(" · ".join(words))
        if detail.issue_id and detail.meeting_id:
            self.source_text.setText(
                fill(self.tr("From %1: %2"), row.meeting_title, row.issue_title)
            )
            self.show_source.setVisible(True)
        else:
            self.source_text.setText(self.tr("Entered by hand (no meeting issue)"))
            self.show_source.setVisible(False)
        owner = fill(
            self.tr("%1 · owner %2 · %3 to %4"),
            row.responsible_unit or "—",
            row.owner or "—",
            detail.start_date.isoformat() if detail.start_date else "—",
            detail.due_date.isoformat() if detail.due_date else "—",
        )
        if detail.owner_reason:
            owner += " · " + fill(self.tr("owner chosen because: %1"), detail.owner_reason)
        self.owner.setText(owner)
        self.measures.setText(detail.measures or self.tr("No measures written yet."))
        self.units.setText(
            "\n".join(
                fill(self.tr("%1: %2"), name, plan or self.tr("(no part written)"))
                for _id, name, plan in detail.units
            )
        )
        self.units.setVisible(bool(detail.units))
        if row.kpi_name:
            self.expected.setText(
                fill(
                    self.tr("%1: from %2 to %3"),
                    row.kpi_name,
                    show(detail.baseline),
                    show(detail.expected),
                )
            )
        else:
            self.expected.setText(self.tr("No KPI linked."))
        _fill(
            self.reports,
            [
                [
                    _period_name(r.period, language),
                    exact(r.measured_value, decimals),
                    "" if r.progress is None else f"{r.progress:.0f}%",
                    r.note,
                ]
                for r in detail.reports
            ],
        )
        self.chart.show_reports(
            [(r.period, r.measured_value) for r in detail.reports],
            detail.baseline,
            detail.expected,
            labels=(self.tr("Baseline"), self.tr("Expected"), self.tr("Measured")),
        )
        if detail.status in (ActionStatus.VERIFIED, ActionStatus.NOT_ACHIEVED):
            self.verification.setText(
                fill(
                    self.tr("%1 on %2: measured %3 against expected %4. %5"),
                    label(detail.status),
                    detail.verified_on.isoformat() if detail.verified_on else "—",
                    show(detail.result_value),
                    show(detail.expected),
                    detail.result_note,
                )
            )
        elif detail.status is ActionStatus.DONE:
            self.verification.setText(self.tr("Done; waiting for verification."))
        else:
            self.verification.setText(self.tr("Not verified yet."))
        _fill(
            self.history,
            [
                [
                    h.at.astimezone().strftime("%Y-%m-%d %H:%M"),
                    h.actor,
                    _change(h.from_status, h.to_status, h.owner),
                    h.reason,
                ]
                for h in detail.history
            ],
        )

    @guarded
    def _source_clicked(self, _checked: bool = False) -> None:
        if self._detail is not None and self._detail.meeting_id and self._detail.issue_id:
            self.open_source.emit(self._detail.meeting_id, self._detail.issue_id)


def _period_name(key: str, language: str) -> str:
    try:
        return format_period(parse_period(key), language)
    except ValueError:
        return key


def _tr(text: str) -> str:
    return QCoreApplication.translate("ActionDetailPane", text)


def _change(old: ActionStatus | None, new: ActionStatus | None, owner: str) -> str:
    if owner:
        moved = fill(_tr("owner → %1"), owner)
        if old is new:
            return moved
    else:
        moved = ""
    if old is None and new is not None:
        text = fill(_tr("created as %1"), label(new))
    elif new is None:
        text = _tr("removed")
    else:
        text = fill(_tr("%1 → %2"), label(old), label(new)) if old else label(new)
    return f"{text} · {moved}" if moved else text
