"""Table model of one holder's goals for a year, with progress to date.

Every rate says what it is against: the achievement to date is actual to date
over target to date (both shown), and the share of the year target achieved
stands beside the share of the year elapsed (年度完成进度 vs 时间进度), so no
reader divides the year target by the actual and wonders why the rate differs.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import Qt

from perfdesk.core.goals import Goal
from perfdesk.core.kpi import Kpi
from perfdesk.core.numbers import format_kpi_value
from perfdesk.core.progress import Progress, year_target_share
from perfdesk.core.smart import SmartItem, Verdict
from perfdesk.ui.guard import guarded
from perfdesk.ui.labels import label
from perfdesk.ui.models.rows import RAW_ROLE, RowsModel
from perfdesk.ui.models.rows import Index as _Index
from perfdesk.ui.text import CELL_LIMIT, fill, plain, tooltip
from perfdesk.ui.widgets import status as look

# Roles as ints (compared per cell per paint); the ones data() answers.
_DISPLAY = int(Qt.ItemDataRole.DisplayRole)
_ROLES = frozenset(
    int(role)
    for role in (
        Qt.ItemDataRole.DisplayRole,
        Qt.ItemDataRole.BackgroundRole,
        Qt.ItemDataRole.DecorationRole,
        Qt.ItemDataRole.ToolTipRole,
        Qt.ItemDataRole.TextAlignmentRole,
        RAW_ROLE,
    )
)


@dataclass(frozen=True)
class GoalRow:
    goal: Goal
    kpi: Kpi
    progress: Progress
    contributes_to: str  # "owner · KPI" of the parent goal, or ""
    smart: tuple[SmartItem, ...] = ()  # the SMART verdicts (core/smart.py)
    holder: str = ""  # the holder's name, shown before the KPI on another holder's goal


class GoalTableModel(RowsModel):
    (
        COL_KPI,
        COL_WEIGHT,
        COL_TARGET,
        COL_TARGET_TO_DATE,
        COL_ACTUAL,
        COL_RATE,
        COL_YEAR_SHARE,
        COL_TIME_SHARE,
        COL_STATUS,
        COL_SMART,
        COL_PARENT,
    ) = range(11)

    COLUMNS = 11
    # Share of the year elapsed up to the month in focus (set by the tab), e.g. 10/12.
    elapsed: float | None = None

    def year_share(self, row: GoalRow) -> float | None:
        """Actual to date as a share of the year target: only for KPIs that add up
        over the year (a rate's monthly average is not a share of its year target)."""
        return year_target_share(row.kpi, row.goal.target, row.progress.actual)

    def row(self, index: int) -> GoalRow:
        goal_row: GoalRow = self._rows[index]
        return goal_row

    def _headers(self) -> tuple[str, ...]:
        return (
            self.tr("KPI"),
            self.tr("Weight"),
            self.tr("Year target"),
            self.tr("Target to date"),
            self.tr("Actual to date"),
            self.tr("Achievement to date"),
            self.tr("Year target done"),
            self.tr("Year elapsed"),
            self.tr("Status"),
            self.tr("SMART"),
            self.tr("Contributes to"),
        )

    def _row_texts(self, row: GoalRow) -> tuple[str, ...]:
        """A row's display texts, made once (a paint asks for each cell again and again)."""
        return tuple(plain(self._display(row, c), CELL_LIMIT) for c in range(self.COLUMNS))

    @guarded
    def data(self, index: _Index, role: int = _DISPLAY) -> Any:
        if role not in _ROLES or not index.isValid():  # most of what a paint asks
            return None
        column = index.column()
        if role == _DISPLAY:
            return self.text(index.row(), column)
        return self.row_data(self._rows[index.row()], column, role)

    def row_data(self, row: GoalRow, column: int, role: int) -> Any:
        """A cell's data for any role but display (shared with the goal tree's model)."""
        if role == RAW_ROLE:
            return (
                row.kpi.name,
                row.goal.weight,
                row.goal.target,
                row.progress.target,
                row.progress.actual,
                row.progress.achievement,
                self.year_share(row),
                self.elapsed,
                row.progress.status.value,
                sum(item.verdict is Verdict.OK for item in row.smart),
                row.contributes_to,
            )[column]
        if role == Qt.ItemDataRole.BackgroundRole and column in (self.COL_RATE, self.COL_STATUS):
            return look.tint(row.progress.status)
        if role == Qt.ItemDataRole.DecorationRole and column == self.COL_STATUS:
            return look.pixmap(row.progress.status)  # as big as the icon; no QIcon at start
        if role == Qt.ItemDataRole.ToolTipRole and column in (self.COL_RATE, self.COL_STATUS):
            amber, red = look.thresholds(row.kpi)
            limits = fill(
                self.tr("On target from %1 achievement, warning from %2, below target under %2"),
                f"{amber * 100:g}%",
                f"{red * 100:g}%",
            )
            return f"{self._explain(column)}\n{limits}" if column == self.COL_RATE else limits
        if role == Qt.ItemDataRole.ToolTipRole and column in _EXPLAINED:
            return self._explain(column)
        if role == Qt.ItemDataRole.TextAlignmentRole and column in _NUMBERS:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.ToolTipRole and column == self.COL_SMART:
            return "\n".join(self._smart_line(item) for item in row.smart)
        if role == Qt.ItemDataRole.ToolTipRole and column == self.COL_KPI:
            return tooltip(row.goal.title or row.kpi.description)
        return None

    def _display(self, row: GoalRow, column: int) -> str:
        kpi, progress = row.kpi, row.progress
        if column == self.COL_KPI:
            return f"{row.holder} · {kpi.name}" if row.holder else kpi.name
        if column == self.COL_WEIGHT:
            return f"{row.goal.weight:g}%"
        if column == self.COL_TARGET:
            return format_kpi_value(row.goal.target, kpi.decimals, kpi.unit)
        if column == self.COL_TARGET_TO_DATE:
            return format_kpi_value(progress.target, kpi.decimals, kpi.unit)
        if column == self.COL_ACTUAL:
            return format_kpi_value(progress.actual, kpi.decimals, kpi.unit)
        if column == self.COL_RATE:
            return _percent(progress.achievement)
        if column == self.COL_YEAR_SHARE:  # a rate or score has no share of a year target
            return _percent(self.year_share(row)) or "—"
        if column == self.COL_TIME_SHARE:
            return _percent(self.elapsed)
        if column == self.COL_STATUS:
            return label(progress.status)
        if column == self.COL_SMART:
            return self._smart_text(row.smart)
        return row.contributes_to

    def _smart_text(self, items: tuple[SmartItem, ...]) -> str:
        """Five small badges, S M A R T: a letter alone passes, "✗" after it fails, "?"
        after it cannot be judged — told by shape and text, never by colour alone."""
        return " ".join(f"{i.letter}{_MARKS[i.verdict]}" for i in items)

    def _smart_line(self, item: SmartItem) -> str:
        mark = {Verdict.OK: "✓", Verdict.FAIL: "✗", Verdict.UNKNOWN: "?"}[item.verdict]
        name = {
            "S": self.tr("Specific"),
            "M": self.tr("Measurable"),
            "A": self.tr("Achievable"),
            "R": self.tr("Relevant"),
            "T": self.tr("Time-bound"),
        }[item.letter]
        reason = {
            "described": self.tr("it has a description of its own"),
            "no_description": self.tr("no description: say what is to be achieved"),
            "copy_of_kpi": self.tr("the description only repeats the KPI's name"),
            "measured": self.tr("a KPI and a target number"),
            "no_kpi": self.tr("no KPI"),
            "no_target": self.tr("no target number"),
            "within_history": self.tr("the target is %1 times last year's actual"),
            "stretch": self.tr("the target is %1 times last year's actual: check it can be done"),
            "below_history": self.tr(
                "the target is %1 times last year's actual: below what was done"
            ),
            "no_history": self.tr("no actual of last year to compare with"),
            "linked": self.tr("it contributes to a goal above it"),
            "company_goal": self.tr("a company goal: the top of the cascade"),
            "no_parent": self.tr("not linked to a goal above it"),
            "period": self.tr("it is set for a period"),
        }[item.reason]
        if item.ratio is not None:
            reason = fill(reason, f"{item.ratio:.1f}")
        return f"{mark} {item.letter} {name}: {reason}"

    def _explain(self, column: int) -> str:
        if column == self.COL_RATE:
            return self.tr("Actual to date ÷ target to date")
        if column == self.COL_YEAR_SHARE:
            return self.tr(
                "Actual to date ÷ year target; compare it with the share of the year elapsed"
            )
        return self.tr("Months up to the month in focus ÷ 12")


_MARKS = {Verdict.OK: "", Verdict.FAIL: "✗", Verdict.UNKNOWN: "?"}


def _percent(share: float | None) -> str:
    return "" if share is None else f"{share * 100:.1f}%"


_C = GoalTableModel
_NUMBERS = frozenset(
    {
        _C.COL_WEIGHT,
        _C.COL_TARGET,
        _C.COL_TARGET_TO_DATE,
        _C.COL_ACTUAL,
        _C.COL_RATE,
        _C.COL_YEAR_SHARE,
        _C.COL_TIME_SHARE,
    }
)
_EXPLAINED = frozenset({_C.COL_YEAR_SHARE, _C.COL_TIME_SHARE})
