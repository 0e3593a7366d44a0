"""Table models of the Meeting tab: the meeting list, one meeting's agenda and its issues.

Thin views over store.repo_meetings rows; the agenda arithmetic (overrun,
tolerance) comes from core.meeting.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from perfdesk.core.kpi import Status
from perfdesk.core.meeting import AgendaItem
from perfdesk.core.numbers import format_minutes
from perfdesk.core.periods import PeriodError, format_period, parse_period
from perfdesk.store.repo_meetings import MeetingRow
from perfdesk.ui.guard import guarded
from perfdesk.ui.labels import label
from perfdesk.ui.models.rows import (
    ALIGNMENT,
    DECORATION,
    DISPLAY,
    FOREGROUND,
    RAW_ROLE,
    TOOLTIP,
    RowsModel,
)
from perfdesk.ui.models.rows import RIGHT as _RIGHT
from perfdesk.ui.models.rows import Index as _Index
from perfdesk.ui.text import CELL_LIMIT, fill, plain, tooltip
from perfdesk.ui.widgets import status as look

OVERRUN_COLOR = look.color(Status.RED).darker(130)  # text colour; the words say it too


def period_text(key: str, language: str) -> str:
    """Display text of a stored period key; the key itself if it does not parse."""
    if not key:
        return ""
    try:
        return format_period(parse_period(key), language)
    except (PeriodError, ValueError):
        return key


class MeetingListModel(RowsModel):
    (
        COL_DATE,
        COL_TITLE,
        COL_KIND,
        COL_PERIOD,
        COL_STATUS,
        COL_CHAIR,
        COL_ATTENDANCE,
        COL_ISSUES,
    ) = range(8)
    COLUMNS = 8

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._language = "zh"

    def set_rows(self, rows: Sequence[MeetingRow], language: str = "zh") -> None:
        self._language = language
        super().set_rows(rows)

    def same_rows(self, rows: Sequence[Any], language: str = "zh") -> bool:
        return language == self._language and super().same_rows(rows)

    def row(self, index: int) -> MeetingRow:
        row: MeetingRow = self._rows[index]
        return row

    def _headers(self) -> tuple[str, ...]:
        return (
            self.tr("Date"),
            self.tr("Title"),
            self.tr("Type"),
            self.tr("Period"),
            self.tr("Status"),
            self.tr("Chair"),
            self.tr("Attendance"),
            self.tr("Issues"),
        )

    @guarded
    def data(self, index: _Index, role: int = DISPLAY) -> Any:
        if not index.isValid():
            return None
        column = index.column()
        if role == DISPLAY:
            return self.text(index.row(), column)
        row: MeetingRow = self._rows[index.row()]
        if role == RAW_ROLE:
            return (
                row.date,
                row.title,
                row.kind.value,
                row.period,
                row.status.value,
                row.chair,
                row.present,
                row.issues,
            )[column]
        if role == TOOLTIP and column == self.COL_TITLE:
            return tooltip(row.title)
        if role == ALIGNMENT and column in (
            self.COL_ATTENDANCE,
            self.COL_ISSUES,
        ):
            return _RIGHT
        return None

    def _row_texts(self, row: MeetingRow) -> tuple[str, ...]:
        return tuple(
            plain(value, CELL_LIMIT)
            for value in (
                row.date,
                row.title,
                label(row.kind),
                period_text(row.period, self._language),
                label(row.status),
                row.chair,
                f"{row.present}/{row.attendees}",
                str(row.issues),
            )
        )


class AgendaModel(RowsModel):
    """Rows are (item, speaker name, unit name) as repo_meetings.agenda returns them."""

    (COL_POSITION, COL_ITEM, COL_SPEAKER, COL_UNIT, COL_PLANNED, COL_ACTUAL, COL_OVERRUN) = range(7)
    COLUMNS = 7

    def _headers(self) -> tuple[str, ...]:
        return (
            self.tr("#"),
            self.tr("Item"),
            self.tr("Speaker"),
            self.tr("Unit"),
            self.tr("Planned min"),
            self.tr("Actual min"),
            self.tr("Against plan"),
        )

    @guarded
    def data(self, index: _Index, role: int = DISPLAY) -> Any:
        if not index.isValid():
            return None
        column = index.column()
        if role == DISPLAY:
            return self.text(index.row(), column)
        item, speaker, unit = self._rows[index.row()]
        over = item.overrun_seconds
        if role == RAW_ROLE:
            actual = None if item.actual_seconds is None else item.actual_seconds / 60
            return (
                item.position,
                item.title or item.kind.value,
                speaker,
                unit,
                item.planned_minutes,
                actual,
                None if over is None else over / 60,
            )[column]
        if role == FOREGROUND and column in (self.COL_ACTUAL, self.COL_OVERRUN) and item.overran():
            return OVERRUN_COLOR
        if role == ALIGNMENT and column in (
            self.COL_POSITION,
            self.COL_PLANNED,
            self.COL_ACTUAL,
            self.COL_OVERRUN,
        ):
            return _RIGHT
        if role == DECORATION and column == self.COL_OVERRUN and over:
            if item.overran():
                return look.icon(Status.RED)
            return look.icon(Status.AMBER) if over >= 3 else None  # over, within tolerance
        if role == TOOLTIP and column == self.COL_OVERRUN and item.overran():
            return self.tr("More than 10 % over the planned time")
        return None

    def _row_texts(self, row: tuple[AgendaItem, str, str]) -> tuple[str, ...]:
        item, speaker, unit = row
        return tuple(
            plain(self._display(item, speaker, unit, c), CELL_LIMIT) for c in range(self.COLUMNS)
        )

    def _display(self, item: AgendaItem, speaker: str, unit: str, column: int) -> str:
        if column == self.COL_POSITION:
            return str(item.position)
        if column == self.COL_ITEM:
            return item.title or label(item.kind)
        if column == self.COL_SPEAKER:
            return speaker
        if column == self.COL_UNIT:
            return unit
        if column == self.COL_PLANNED:
            return f"{item.planned_minutes:g}"
        if item.actual_seconds is None:
            return ""
        if column == self.COL_ACTUAL:
            return format_minutes(item.actual_seconds / 60)
        over = (item.overrun_seconds or 0.0) / 60
        # In words, not only a sign and a colour: "超时 2.4 分钟" reads on any projector.
        if over >= 0.05:
            return fill(self.tr("%1 min over"), format_minutes(over))
        if over <= -0.05:
            return fill(self.tr("%1 min under"), format_minutes(-over))
        return self.tr("On time")
