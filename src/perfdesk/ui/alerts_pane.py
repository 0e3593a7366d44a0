"""The KPI tab's alerts (预警): what needs someone's attention in the holder's goals.

For the holder picked in the navigation and everyone inside it, over the months of
the focus year that have ended (up to the period in focus): values outside the KPI's
bounds, months with a target and no actual (with who answers for it: the holder's
manager), goals off target two months in a row, and red months without a deviation
note. The alerts come from core/alerts.goal_alerts, the function the department
report asks too. Each kind carries a status shape and a word, never colour alone; a
count per kind heads the list and filters it. Clicking an alert, or Enter on it,
selects its month in the grid (the tab switches the holder when the grid does not
list the goal).
"""

from __future__ import annotations

import datetime
import sqlite3
from collections.abc import Sequence
from dataclasses import dataclass

from PySide6.QtCore import QModelIndex, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHeaderView,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from perfdesk.core.alerts import (
    ALL_KINDS,
    Alert,
    AlertKind,
    count_by_kind,
    goal_alerts,
    responsible,
)
from perfdesk.core.kpi import Status
from perfdesk.core.periods import parse_period
from perfdesk.ui.context import DocumentContext
from perfdesk.ui.guard import guarded
from perfdesk.ui.text import fill, plain, tooltip
from perfdesk.ui.widgets import status as looks
from perfdesk.ui.widgets.text_label import TextLabel, wrapping_label

# The status look of each kind (shape + colour), with the kind's own word beside it.
KIND_STATUS = {
    AlertKind.OUT_OF_BOUNDS: Status.RED,
    AlertKind.MISSING: Status.MISSING,
    AlertKind.TWICE_OFF: Status.AMBER,
    AlertKind.RED_NO_NOTE: Status.RED,
}
ORDER = (AlertKind.OUT_OF_BOUNDS, AlertKind.MISSING, AlertKind.TWICE_OFF, AlertKind.RED_NO_NOTE)
GOAL_ROLE = Qt.ItemDataRole.UserRole + 1


@dataclass(frozen=True)
class AlertLine:
    alert: Alert
    owner_id: str
    owner: str  # the holder's name
    responsible: str  # who answers for it ('' when no manager is set)


def ended_months(context: DocumentContext, today: datetime.date) -> list[str]:
    """The focus year's months that have ended, up to the end of the period in focus."""
    end = context.focus.end
    return [m.key for m in context.months_of_year() if m.end < today and m.start <= end]


def collect(
    context: DocumentContext, holders: Sequence[str], today: datetime.date | None = None
) -> list[AlertLine]:
    """Every alert of the holders' goals for the focus year, in holder order."""
    from perfdesk.store.repo_goals import deviation_notes, goal_heads, period_values

    months = ended_months(context, today or datetime.date.today())
    if not months or not holders:
        return []
    conn = context.doc.conn
    goals = [g for g in goal_heads(conn, holders, context.year) if g.kpi_id in context.kpis]
    ids = [g.id for g in goals]
    targets, actuals = period_values(conn, ids, months)
    noted = set(deviation_notes(conn, ids, months))
    by_goal_t: dict[str, dict[str, float]] = {}
    by_goal_a: dict[str, dict[str, float]] = {}
    for (goal_id, month), value in targets.items():
        by_goal_t.setdefault(goal_id, {})[month] = value
    for (goal_id, month), value in actuals.items():
        by_goal_a.setdefault(goal_id, {})[month] = value
    maxima = _target_max(conn, ids)
    lines: list[AlertLine] = []
    who: dict[str, str] = {}
    for goal in goals:
        kpi = context.kpis[goal.kpi_id]
        found = goal_alerts(
            goal.id,
            kpi,
            months,
            by_goal_t.get(goal.id, {}),
            by_goal_a.get(goal.id, {}),
            {m for (g, m) in noted if g == goal.id},
            maxima.get(goal.id),
            kinds=ALL_KINDS,
        )
        if not found:
            continue
        if goal.owner_id not in who:
            manager = responsible(goal.owner_id, context.units, context.people)
            who[goal.owner_id] = context.owner_name(manager)
        owner = context.owner_name(goal.owner_id)
        lines += [AlertLine(a, goal.owner_id, owner, who[goal.owner_id]) for a in found]
    return lines


def _target_max(conn: sqlite3.Connection, goal_ids: Sequence[str]) -> dict[str, float | None]:
    """The upper target of range goals (the only ones that have one)."""
    from perfdesk.store.repo_goals import goals_by_id

    return {
        goal_id: goal.target_max
        for goal_id, goal in goals_by_id(conn, goal_ids).items()
        if goal.target_max is not None
    }


class AlertsPane(QWidget):
    chosen = Signal(str, str, str)  # goal id, month, holder id

    COLUMNS = 4

    def __init__(self, language: str = "zh", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("alertsPane")
        self.language = language
        self.lines: list[AlertLine] = []
        self.heading = TextLabel(self.tr("Alerts"))
        self.kind_filter = QComboBox()
        self.kind_filter.setToolTip(self.tr("Show the alerts of one kind; the counts are per kind"))
        self.kind_filter.currentIndexChanged.connect(guarded(lambda _i: self._fill()))
        self.none = wrapping_label(self.tr("No alerts for the months that have ended."))
        self.none.setStyleSheet("color: #555555;")
        self.table = QTableWidget(0, self.COLUMNS)
        self.table.setHorizontalHeaderLabels(
            [self.tr("Alert"), self.tr("Goal"), self.tr("Months"), self.tr("Responsible")]
        )
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.verticalHeader().setVisible(False)
        self.table.setWordWrap(False)
        rows = self.table.verticalHeader()
        rows.setDefaultSectionSize(self.table.fontMetrics().height() + 8)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(True)
        self.table.clicked.connect(self._activated)
        self.table.activated.connect(self._activated)  # Enter, and a double click
        note = wrapping_label(
            self.tr("Click an alert, or press Enter on it, to select its month in the grid.")
        )
        note.setStyleSheet("color: #555555;")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 0, 0, 0)
        layout.addWidget(self.heading)
        layout.addWidget(self.kind_filter)
        layout.addWidget(self.none)
        layout.addWidget(self.table, 1)
        layout.addWidget(note)

    def kind_word(self, kind: AlertKind) -> str:
        return {
            AlertKind.OUT_OF_BOUNDS: self.tr("Out of bounds"),
            AlertKind.MISSING: self.tr("No actual"),
            AlertKind.TWICE_OFF: self.tr("Off target twice"),
            AlertKind.RED_NO_NOTE: self.tr("Red, no note"),
        }[kind]

    def show_lines(self, lines: Sequence[AlertLine], holder: str, year: str) -> None:
        """The alerts of `holder` (its name, with everyone inside it) in `year`."""
        self.lines = sorted(lines, key=lambda line: ORDER.index(line.alert.kind))
        self.heading.setText(
            fill(self.tr("Alerts of %1, %2"), holder, year) if holder else self.tr("Alerts")
        )
        counts = count_by_kind([line.alert for line in self.lines])
        wanted = self.kind_filter.currentData()
        self.kind_filter.blockSignals(True)
        self.kind_filter.clear()
        self.kind_filter.addItem(fill(self.tr("All alerts (%1)"), len(self.lines)), "")
        for kind in ORDER:
            self.kind_filter.addItem(
                looks.icon(KIND_STATUS[kind]),
                fill(self.tr("%1 (%2)"), self.kind_word(kind), counts[kind]),
                kind.value,
            )
        index = self.kind_filter.findData(wanted) if wanted else 0
        self.kind_filter.setCurrentIndex(max(index, 0))
        self.kind_filter.blockSignals(False)
        self._fill()

    def counts(self) -> dict[AlertKind, int]:
        return count_by_kind([line.alert for line in self.lines])

    def shown(self) -> list[AlertLine]:
        kind = self.kind_filter.currentData()
        return [line for line in self.lines if not kind or line.alert.kind.value == kind]

    def _fill(self) -> None:
        from perfdesk.ui.kpi_tab import month_label

        lines = self.shown()
        table = self.table
        table.setRowCount(len(lines))
        for row, line in enumerate(lines):
            alert = line.alert
            status = KIND_STATUS[alert.kind]
            months = "、" if self.language == "zh" else ", "
            # The year is in the heading: the months alone keep the column narrow.
            texts = (
                self.kind_word(alert.kind),
                fill(self.tr("%1 · %2"), plain(line.owner, 40), plain(alert.kpi_name, 40)),
                months.join(
                    month_label(parse_period(m).number, self.language) for m in alert.periods
                ),
                plain(line.responsible, 40) or "—",
            )
            for column, text in enumerate(texts):
                item = QTableWidgetItem(text)
                item.setToolTip(tooltip(text) or "")
                if column == 0:
                    item.setIcon(looks.icon(status))
                    item.setData(GOAL_ROLE, row)
                table.setItem(row, column, item)
        table.resizeColumnsToContents()
        for column in range(self.COLUMNS - 1):
            table.setColumnWidth(column, min(table.columnWidth(column), 150))
        self.none.setVisible(not self.lines)
        table.setVisible(bool(self.lines))

    @guarded
    def _activated(self, index: QModelIndex) -> None:
        lines = self.shown()
        if not index.isValid() or not 0 <= index.row() < len(lines):
            return
        line = lines[index.row()]
        alert = line.alert
        # A run of missing or out-of-bounds months opens at its first; a streak at its last.
        first = alert.kind in (AlertKind.MISSING, AlertKind.OUT_OF_BOUNDS)
        month = alert.periods[0] if first else alert.periods[-1]
        self.chosen.emit(alert.goal_id, month, line.owner_id)
