"""Grid model of actual values: rows are goals, columns are owner, KPI, year target, the
months and the total to date.

Rows load lazily: `set_rows` takes the goals only (one query, fast even for the
whole company's ~9,000 goals); a row's monthly targets and actuals are fetched
through `loader`, a chunk of rows at a time, when a view first asks for them
(when the row is first painted). Each month cell shows the actual, is coloured
by its status against the month's target (respecting the KPI's direction) and,
with `show_targets`, shows the target on a second line; the tooltip names both.
What a painted cell shows (text, icon, tint) is worked out once per cell and kept
until the grid changes: a view asks data() several times per cell on every paint.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, Qt, Signal
from PySide6.QtGui import QFont

from perfdesk.core.goals import Goal
from perfdesk.core.kpi import Kpi, Status, achievement, kpi_status
from perfdesk.core.numbers import format_bare, format_kpi_value
from perfdesk.core.progress import Progress, goal_progress
from perfdesk.store.repo_goals import GoalHead
from perfdesk.ui.guard import guarded
from perfdesk.ui.models.rows import ALIGNMENT, BACKGROUND, DECORATION, DISPLAY, RAW_ROLE, TOOLTIP
from perfdesk.ui.models.rows import Index as _Index
from perfdesk.ui.text import CELL_LIMIT, fill, plain, tooltip
from perfdesk.ui.widgets import status as look

STATUS_ROLE = Qt.ItemDataRole.UserRole + 2
CHUNK = 64  # rows fetched together: a screenful and a bit, one query

Values = Mapping[tuple[str, str], float]
# goal ids -> (their goals, targets, actuals keyed by (goal id, period))
Loader = Callable[[Sequence[str]], tuple[Mapping[str, Goal], Values, Values]]


@dataclass(frozen=True)
class GridRow:
    goal: GoalHead
    kpi: Kpi
    owner: str


@dataclass(frozen=True)
class _RowValues:
    targets: tuple[float | None, ...]  # one per period column
    actuals: tuple[float | None, ...]
    to_date: Progress
    target_max: float | None


_UNKNOWN = Progress(None, None, None, Status.MISSING)


def _no_values(_ids: Sequence[str]) -> tuple[Mapping[str, Goal], Values, Values]:
    return {}, {}, {}


class ActualGridModel(QAbstractTableModel):
    COL_OWNER, COL_KPI, COL_TARGET = range(3)
    FIRST_PERIOD = 3
    FROZEN = 3  # owner, KPI and year target stay in view while the months scroll
    failed = Signal(object)  # data() failed: the tab shows its error state

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._rows: list[GridRow] = []
        self._period_labels: list[str] = []
        self._period_keys: list[str] = []
        self._judged = 0
        self._focus: int | None = None
        self._loader: Loader = _no_values
        self._values: dict[int, _RowValues] = {}
        self._cells: dict[tuple[int, int], _Cell] = {}
        self._by_owner: dict[str, list[str]] = {}
        self.show_targets = False
        self.fetches = 0  # loader calls since the last set_rows (tests, benchmarks)

    def set_rows(
        self,
        period_labels: list[str],
        rows: list[GridRow],
        judged: int | None = None,
        *,
        period_keys: Sequence[str] = (),
        loader: Loader = _no_values,
        focus: int | None = None,
    ) -> None:
        """Replace the grid; values come from `loader` when first shown.

        Only the first `judged` periods (default all) show a status, so months still
        to come are not flagged as incomplete; the total covers those periods.
        `focus` is the index of the period in focus (highlighted in its header).
        """
        self.beginResetModel()
        self._period_labels = list(period_labels)
        self._period_keys = list(period_keys) or list(period_labels)
        self._rows = list(rows)
        self._judged = len(self._period_labels) if judged is None else judged
        self._focus = focus
        self._loader = loader
        self._values = {}
        self._cells = {}
        self._by_owner = {}
        for row in self._rows:
            self._by_owner.setdefault(row.goal.owner_id, []).append(row.goal.id)
        self.fetches = 0
        self.endResetModel()

    def set_show_targets(self, show: bool) -> None:
        self.show_targets = show
        self._cells = {}
        if self._rows:
            self.dataChanged.emit(
                self.index(0, self.FIRST_PERIOD),
                self.index(len(self._rows) - 1, self.col_to_date),
                [Qt.ItemDataRole.DisplayRole],
            )

    @property
    def col_to_date(self) -> int:
        return self.FIRST_PERIOD + len(self._period_labels)

    @property
    def focus_column(self) -> int | None:
        return None if self._focus is None else self.FIRST_PERIOD + self._focus

    def loaded(self, row: int) -> bool:
        return row in self._values

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._period_labels) + self.FIRST_PERIOD + 1

    def guard_failed(self, error: BaseException) -> None:
        self.failed.emit(error)

    def _fetch(self, row: int) -> _RowValues:
        """The values of `row`, fetching its whole chunk of rows on first use."""
        found = self._values.get(row)
        if found is not None:
            return found
        start = row - row % CHUNK
        chunk = range(start, min(start + CHUNK, len(self._rows)))
        # A ratio KPI is judged from the same holder's numerator and denominator goals.
        holders = {self._rows[r].goal.owner_id for r in chunk}
        goals, targets, actuals = self._loader(
            [goal_id for owner in holders for goal_id in self._by_owner[owner]]
        )
        self.fetches += 1
        keys, judged = self._period_keys, self._period_keys[: self._judged]
        siblings = list(goals.values())
        for r in chunk:
            grid_row = self._rows[r]
            goal_id = grid_row.goal.id
            goal = goals.get(goal_id)
            self._values[r] = _RowValues(
                tuple(targets.get((goal_id, k)) for k in keys),
                tuple(actuals.get((goal_id, k)) for k in keys),
                goal_progress(goal, grid_row.kpi, siblings, targets, actuals, judged)
                if goal is not None
                else _UNKNOWN,
                goal.target_max if goal is not None else None,
            )
        return self._values[row]

    @guarded
    def headerData(self, section: int, orientation: Qt.Orientation, role: int = DISPLAY) -> Any:
        if orientation == Qt.Orientation.Vertical:
            return None
        if role == _FONT and section == self.focus_column:
            font = QFont()
            font.setBold(True)
            font.setUnderline(True)
            return font
        if role == TOOLTIP and section == self.focus_column:
            return self.tr("The month in focus")
        if role != DISPLAY:
            return None
        if section == self.COL_OWNER:
            return self.tr("Owner")
        if section == self.COL_KPI:
            return self.tr("KPI")
        if section == self.COL_TARGET:
            return self.tr("Year target")
        if section == self.col_to_date:
            return self.tr("To date")
        return self._period_labels[section - self.FIRST_PERIOD]

    @guarded
    def data(self, index: _Index, role: int = DISPLAY) -> Any:
        if role not in _ROLES or not index.isValid():
            return None
        if role == ALIGNMENT:  # without fetching values
            return None if index.column() < self.COL_TARGET else _RIGHT
        slot = _SLOTS.get(role)
        if slot is not None:  # what painting asks: kept per cell
            key = (index.row(), index.column())
            cell = self._cells.get(key)
            if cell is None:
                cell = self._cells[key] = self._cell(*key)
            return cell[slot]
        row = self._rows[index.row()]
        column = index.column()
        if column < self.FIRST_PERIOD:
            return self._fixed(row, column, role)
        if role not in (TOOLTIP, _ACCESSIBLE):
            return None
        target, actual, status, judged, values = self._value(index.row(), column)
        if role == TOOLTIP:
            return self._tooltip(row.kpi, target, actual, status, values.target_max)
        value = format_kpi_value(actual, row.kpi.decimals, row.kpi.unit)
        return fill(self.tr("%1 %2"), value, look.word(status)) if judged else value

    def _value(
        self, r: int, column: int
    ) -> tuple[float | None, float | None, Status, bool, _RowValues]:
        """Target, actual, status and whether it is judged, of a month or the total."""
        row = self._rows[r]
        values = self._fetch(r)
        if column == self.col_to_date:
            to_date = values.to_date
            return to_date.target, to_date.actual, to_date.status, True, values
        i = column - self.FIRST_PERIOD
        target, actual = values.targets[i], values.actuals[i]
        status = kpi_status(row.kpi, target, actual, values.target_max)
        # A month to come, or one nobody set a target for, has nothing to flag.
        judged = i < self._judged and (target is not None or actual is not None)
        return target, actual, status, judged, values

    def _cell(self, r: int, column: int) -> _Cell:
        """(display, decoration, raw, status, background) of a cell."""
        row = self._rows[r]
        if column < self.FIRST_PERIOD:
            role = Qt.ItemDataRole
            return (
                self._fixed(row, column, role.DisplayRole),
                None,
                self._fixed(row, column, RAW_ROLE),
                None,
                None,
            )
        target, actual, status, judged, _values = self._value(r, column)
        text = format_bare(actual, row.kpi.decimals, row.kpi.unit)
        if column == self.col_to_date:  # the word too, where the row's verdict is
            text = fill(self.tr("%1 %2"), text, look.word(status)).strip()
        if self.show_targets and target is not None:
            text = fill(
                self.tr("%1\n/ %2"), text, format_bare(target, row.kpi.decimals, row.kpi.unit)
            )
        return (
            text,
            look.icon(status) if judged else None,
            actual,
            status.value,
            look.tint(status) if judged else None,
        )

    def _fixed(self, row: GridRow, column: int, role: int) -> Any:
        """Owner, KPI and year target: known from the goal, no values needed."""
        if column == self.COL_OWNER:
            if role == DISPLAY:
                return plain(row.owner, CELL_LIMIT)
            if role == TOOLTIP:
                return tooltip(row.owner)
            return None
        if column == self.COL_KPI:
            if role == DISPLAY:
                name = plain(row.kpi.name, CELL_LIMIT)
                unit = plain(row.kpi.unit, 40)
                return fill(self.tr("%1 (%2)"), name, unit) if unit else name
            if role == TOOLTIP:
                return tooltip(row.kpi.description or row.kpi.name)
            return None
        if role == DISPLAY:
            return format_bare(row.goal.target, row.kpi.decimals, row.kpi.unit)
        if role == RAW_ROLE:
            return row.goal.target
        if role == ALIGNMENT:
            return _RIGHT
        return None

    def _tooltip(
        self,
        kpi: Kpi,
        target: float | None,
        actual: float | None,
        status: Status,
        target_max: float | None,
    ) -> str:
        rate = achievement(kpi.direction, target, actual, target_max)
        lines = [
            fill(self.tr("Target: %1"), format_kpi_value(target, kpi.decimals, kpi.unit) or "—"),
            fill(self.tr("Actual: %1"), format_kpi_value(actual, kpi.decimals, kpi.unit) or "—"),
        ]
        if rate is not None:
            lines.append(fill(self.tr("Achievement: %1"), f"{rate * 100:.1f}%"))
        amber, red = look.thresholds(kpi)
        lines.append(
            fill(
                self.tr("%1 (on target from %2, warning from %3)"),
                look.word(status),
                f"{amber * 100:g}%",
                f"{red * 100:g}%",
            )
        )
        return "\n".join(lines)


_RIGHT = int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
_Cell = tuple[Any, Any, Any, Any, Any]
# The roles a cell keeps, and where in its _Cell.
_SLOTS = {
    DISPLAY: 0,
    DECORATION: 1,
    RAW_ROLE: 2,
    STATUS_ROLE: 3,
    BACKGROUND: 4,
}
_FONT = int(Qt.ItemDataRole.FontRole)
_ACCESSIBLE = int(Qt.ItemDataRole.AccessibleTextRole)
_ROLES = frozenset({*_SLOTS, ALIGNMENT, TOOLTIP, _ACCESSIBLE})  # the roles it answers
