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

With `lines` (core.grid_groups) the rows are a unit's groups: a header per unit
(click to fold its people and sub-units), the goals, and subtotal rows that add
up a KPI over the unit's members. Money is shown in one scale per row (亿元,
万元, 元 or CNY bn/M/k, from the row's year target) named in the KPI column, so
a row's months compare and the figures read as the Goals tab says them.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence, Set
from dataclasses import dataclass, field
from typing import Any, NamedTuple

from PySide6.QtCore import QAbstractTableModel, QModelIndex, Qt, Signal
from PySide6.QtGui import QColor, QFont

from perfdesk.core.goals import Goal
from perfdesk.core.grid_groups import GridLine, LineKind, add_up, sum_of, visible_lines
from perfdesk.core.kpi import Kpi, Status, achievement, kpi_status
from perfdesk.core.numbers import RowScale, format_kpi_value, row_scale
from perfdesk.core.progress import Progress, goal_progress, progress_to_date
from perfdesk.store.repo_goals import DeviationNote, GoalHead
from perfdesk.ui.guard import guarded
from perfdesk.ui.models.rows import ALIGNMENT, BACKGROUND, DECORATION, DISPLAY, RAW_ROLE, TOOLTIP
from perfdesk.ui.models.rows import Index as _Index
from perfdesk.ui.text import CELL_LIMIT, fill, plain, tooltip
from perfdesk.ui.widgets import status as look

STATUS_ROLE = Qt.ItemDataRole.UserRole + 2
NOTE_ROLE = Qt.ItemDataRole.UserRole + 3  # a goal's month: its DeviationNote, or None
CHUNK = 64  # rows fetched together: a screenful and a bit, one query

Values = Mapping[tuple[str, str], float]
# What entering needs: each goal's entry granularity, and the locked (goal id, period)s.
EntryState = tuple[Mapping[str, str], Set[tuple[str, str]]]
Notes = Mapping[tuple[str, str], DeviationNote]
# goal ids -> (their goals, targets, actuals keyed by (goal id, period)[, entry state
# [, deviation notes]])
Loader = Callable[
    [Sequence[str]],
    tuple[Mapping[str, Goal], Values, Values]
    | tuple[Mapping[str, Goal], Values, Values, EntryState]
    | tuple[Mapping[str, Goal], Values, Values, EntryState, Notes],
]
LAYERS = ("actual", "target")  # what the month cells show and take: set_values' columns


class GridRow(NamedTuple):
    """A goal's line: a named tuple, since the whole company makes ~10,000 of them
    per load and a frozen dataclass cost ~5 µs each to build."""

    goal: GoalHead
    kpi: Kpi
    owner: str


@dataclass(frozen=True)
class EntryCell:
    """A month cell of a goal: the value it holds and what entering one needs."""

    goal_id: str
    period: str  # the period key ('2026-03')
    column: str  # "actual" or "target" (set_values' column)
    kpi: Kpi
    scale: RowScale  # the row's unit as shown; a bare number typed is in it
    value: float | None  # in the stored unit
    monthly: bool  # entered by month (else its months are derived: read-only)
    locked: bool  # a closed period
    target: float | None = None  # the period's target and actual, whatever the layer
    actual: float | None = None
    target_max: float | None = None
    note: DeviationNote | None = None  # the period's deviation note


@dataclass(frozen=True)
class _RowValues:
    targets: tuple[float | None, ...]  # one per period column
    actuals: tuple[float | None, ...]
    to_date: Progress
    target_max: float | None
    monthly: bool = False  # entered by month: its month cells take values
    locked: frozenset[int] = frozenset()  # period indexes of closed periods
    notes: Mapping[int, DeviationNote] = field(default_factory=dict)  # by period index


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
        self._lines: list[GridLine] = []
        self._shown: list[int] = []  # the lines on screen (folded units hide theirs)
        self._grouped = False
        self._collapsed: set[str] = set()
        self._unit_names: Mapping[str, str] = {}
        self._period_labels: list[str] = []
        self._period_keys: list[str] = []
        self._judged = 0
        self._focus: tuple[int, ...] = ()
        self._loader: Loader = _no_values
        self._values: dict[int, _RowValues] = {}  # by goal (index into the rows)
        self._subtotals: dict[int, tuple[_RowValues, float | None]] = {}  # by line
        self._scales: dict[int, RowScale] = {}  # by line
        self._cells: dict[tuple[int, int], _Cell] = {}  # by (line, column)
        # (takes a value at all, editable, closed) by (line, column): flags() and a paint
        # ask it of every cell, again and again.
        self._entries: dict[tuple[int, int], tuple[bool, bool, bool]] = {}
        self._by_owner: dict[str, list[int]] = {}
        self.show_targets = False
        self.layer = "actual"  # the month cells show and take actuals or targets
        self._read_only = True  # the document cannot be written: nothing is editable
        self.fetches = 0  # loader calls since the last set_rows (tests, benchmarks)

    @property
    def read_only(self) -> bool:
        return self._read_only

    @read_only.setter
    def read_only(self, value: bool) -> None:
        self._read_only = value
        self._entries = {}

    def _entry(self, row: int, column: int) -> tuple[bool, bool, bool]:
        """(a goal's month that takes values, editable now, closed) of a cell, kept."""
        key = (self._shown[row], column)
        found = self._entries.get(key)
        if found is None:
            cell = self.entry_cell(row, column)
            found = (
                (False, False, False)
                if cell is None
                else (True, self.editable_cell(cell), cell.locked)
            )
            self._entries[key] = found
        return found

    def set_rows(
        self,
        period_labels: list[str],
        rows: list[GridRow],
        judged: int | None = None,
        *,
        period_keys: Sequence[str] = (),
        loader: Loader = _no_values,
        focus: int | Sequence[int] | None = None,
        lines: Sequence[GridLine] | None = None,
        unit_names: Mapping[str, str] | None = None,
    ) -> None:
        """Replace the grid; values come from `loader` when first shown.

        Only the first `judged` periods (default all) show a status, so months still
        to come are not flagged as incomplete; the total covers those periods.
        `focus` is the index (or indices: a quarter's months) of the period in focus,
        highlighted in the header. `lines` groups the rows by unit (see
        core.grid_groups; `unit_names` names the units); without them every row is
        a goal, in the order given.
        """
        self.beginResetModel()
        self._period_labels = list(period_labels)
        self._period_keys = list(period_keys) or list(period_labels)
        self._rows = list(rows)
        if lines is None:
            lines = [GridLine(LineKind.GOAL, "", 0, g) for g in range(len(self._rows))]
        self._lines = list(lines)
        self._grouped = any(line.kind is LineKind.UNIT for line in self._lines)
        self._collapsed = set()
        self._shown = list(range(len(self._lines)))
        self._unit_names = dict(unit_names or {})
        self._judged = len(self._period_labels) if judged is None else judged
        if focus is None:
            self._focus = ()
        elif isinstance(focus, int):
            self._focus = (focus,)
        else:
            self._focus = tuple(focus)
        self._loader = loader
        self._values = {}
        self._subtotals = {}
        self._scales = {}
        self._cells, self._entries = {}, {}
        self._by_owner = {}
        for number, row in enumerate(self._rows):
            self._by_owner.setdefault(row.goal.owner_id, []).append(number)
        self.fetches = 0
        self.endResetModel()

    def set_show_targets(self, show: bool) -> None:
        self.show_targets = show
        self._cells, self._entries = {}, {}
        if self._shown:
            self.dataChanged.emit(
                self.index(0, self.FIRST_PERIOD),
                self.index(len(self._shown) - 1, self.col_to_date),
                [Qt.ItemDataRole.DisplayRole],
            )

    def set_layer(self, layer: str) -> None:
        """Show (and take) actuals or targets in the month cells."""
        assert layer in LAYERS
        if layer == self.layer:
            return
        self.layer = layer
        self._cells, self._entries = {}, {}
        if self._shown:
            self.dataChanged.emit(
                self.index(0, self.FIRST_PERIOD), self.index(len(self._shown) - 1, self.col_to_date)
            )

    def goal_ids(self) -> list[str]:
        """The ids of every goal the grid lists (folded units' included)."""
        return [row.goal.id for row in self._rows]

    def goal_row(self, row: int) -> GridRow | None:
        """The goal a row shows, or None for a unit's header or a subtotal."""
        if not 0 <= row < len(self._shown):
            return None
        line = self.line(row)
        return self._rows[line.goal] if line.kind is LineKind.GOAL else None

    def row_of_goal(self, goal_id: str) -> int | None:
        """The row showing `goal_id`, unfolding the units that hide it; None when the
        grid does not list it."""
        number = next(
            (
                i
                for i, line in enumerate(self._lines)
                if line.kind is LineKind.GOAL and self._rows[line.goal].goal.id == goal_id
            ),
            None,
        )
        if number is None:
            return None
        if number not in self._shown:
            for line in self._lines:
                if (
                    line.kind is LineKind.UNIT
                    and line.unit_id in self._collapsed
                    and line.members_start <= number < line.members_end
                ):
                    self.set_collapsed(line.unit_id, False)
        return self._shown.index(number) if number in self._shown else None

    def period_column(self, period: str) -> int | None:
        """The column of a period key ('2026-03'), or None when the grid has none."""
        if period not in self._period_keys:
            return None
        return self.FIRST_PERIOD + self._period_keys.index(period)

    # -- entering values ------------------------------------------------------------
    def entry_cell(self, row: int, column: int) -> EntryCell | None:
        """What a month cell of a goal row takes a value for, or None for any other cell
        (owner, KPI, year target, total, a unit's header or subtotal)."""
        if not (0 <= row < len(self._shown) and self.FIRST_PERIOD <= column < self.col_to_date):
            return None
        number = self._shown[row]
        line = self._lines[number]
        if line.kind is not LineKind.GOAL:
            return None
        values = self._fetch(line.goal, row)
        i = column - self.FIRST_PERIOD
        grid_row = self._rows[line.goal]
        current = values.targets[i] if self.layer == "target" else values.actuals[i]
        return EntryCell(
            grid_row.goal.id,
            self._period_keys[i],
            self.layer,
            grid_row.kpi,
            self._scale(number),
            current,
            values.monthly,
            i in values.locked,
            values.targets[i],
            values.actuals[i],
            values.target_max,
            values.notes.get(i),
        )

    def editable(self, row: int, column: int) -> bool:
        cell = self.entry_cell(row, column)
        return cell is not None and self.editable_cell(cell)

    def editable_cell(self, cell: EntryCell) -> bool:
        return not self.read_only and cell.monthly and not cell.locked

    def read_only_reason(self, cell: EntryCell) -> str:
        """Why a goal's month cell takes no value ('' when it does)."""
        if cell.locked:
            return self.tr("This period is closed: its values cannot be changed.")
        if not cell.monthly:
            return self.tr(
                "This goal is entered by 10-day period or week: its months add those up "
                "and cannot be typed into."
            )
        if self.read_only:
            return self.tr("The document is open read-only.")
        return ""

    @guarded(default=Qt.ItemFlag.NoItemFlags)  # reads values: a damaged file can raise
    def flags(self, index: _Index) -> Qt.ItemFlag:
        flags = super().flags(index)
        row = index.row()
        if index.isValid() and 0 <= row < len(self._shown) and self._entry(row, index.column())[1]:
            flags |= Qt.ItemFlag.ItemIsEditable
        return flags

    def patch(self, cells: Set[tuple[str, str]]) -> None:
        """Values of these (goal id, period)s were written: fetch their goals again and
        repaint their rows and the subtotals, not the whole grid."""
        touched = {goal_id for goal_id, _period in cells}
        numbers = [g for g, row in enumerate(self._rows) if row.goal.id in touched]
        owners = {self._rows[g].goal.owner_id for g in numbers}
        # A holder's goals are judged together (ratios): all of them fetched again.
        for owner in owners:
            for g in self._by_owner.get(owner, []):
                self._values.pop(g, None)
        if numbers:  # now, so the year target (a sum of period targets) is new when painted
            self._load(numbers)
        self._subtotals = {}
        self._scales = {}
        self._cells, self._entries = {}, {}
        changed = set(numbers)
        last = self.columnCount() - 1
        for row, number in enumerate(self._shown):
            line = self._lines[number]
            if line.kind is LineKind.SUBTOTAL or (
                line.kind is LineKind.GOAL and line.goal in changed
            ):
                self.dataChanged.emit(self.index(row, 0), self.index(row, last))

    # -- the lines -------------------------------------------------------------
    @property
    def grouped(self) -> bool:
        """Whether the rows are grouped by unit (set with the rows: asked per cell)."""
        return self._grouped

    def line(self, row: int) -> GridLine:
        return self._lines[self._shown[row]]

    def is_unit(self, row: int) -> bool:
        return 0 <= row < len(self._shown) and self.line(row).kind is LineKind.UNIT

    def unit_rows(self) -> list[int]:
        """The rows that are a unit's header."""
        lines = self._lines
        return [r for r, i in enumerate(self._shown) if lines[i].kind is LineKind.UNIT]

    def is_subtotal(self, row: int) -> bool:
        return 0 <= row < len(self._shown) and self.line(row).kind is LineKind.SUBTOTAL

    def collapsed(self, unit_id: str) -> bool:
        return unit_id in self._collapsed

    def toggle(self, row: int) -> None:
        """Fold or unfold the unit whose header is `row`."""
        if not self.is_unit(row):
            return
        line = self.line(row)
        self.set_collapsed(line.unit_id, line.unit_id not in self._collapsed)

    def set_collapsed(self, unit_id: str, collapsed: bool) -> None:
        """Fold (hide its people and sub-units) or unfold a unit; rows are removed or
        inserted, not reset, so column widths and the scroll position stay."""
        if (unit_id in self._collapsed) == collapsed:
            return
        header = next(
            (
                i
                for i, x in enumerate(self._lines)
                if x.kind is LineKind.UNIT and x.unit_id == unit_id
            ),
            None,
        )
        if header is None:
            return
        old = self._shown
        folded = self._collapsed | {unit_id} if collapsed else self._collapsed - {unit_id}
        new = visible_lines(self._lines, folded)
        start = 0
        while start < min(len(old), len(new)) and old[start] == new[start]:
            start += 1
        tail = 0
        while tail < min(len(old), len(new)) - start and old[-1 - tail] == new[-1 - tail]:
            tail += 1
        self._cells, self._entries = {}, {}  # kept by line, but a header's ▸/▾ changes
        if len(new) < len(old):
            self.beginRemoveRows(QModelIndex(), start, len(old) - tail - 1)
            self._collapsed, self._shown = folded, new
            self.endRemoveRows()
        elif len(new) > len(old):
            self.beginInsertRows(QModelIndex(), start, len(new) - tail - 1)
            self._collapsed, self._shown = folded, new
            self.endInsertRows()
        else:
            self._collapsed, self._shown = folded, new
        row = self._shown.index(header) if header in self._shown else -1
        if row >= 0:
            self.dataChanged.emit(self.index(row, 0), self.index(row, self.columnCount() - 1))

    @property
    def col_to_date(self) -> int:
        return self.FIRST_PERIOD + len(self._period_labels)

    @property
    def focus_column(self) -> int | None:
        """The last column of the period in focus (the one to bring into view)."""
        return None if not self._focus else self.FIRST_PERIOD + self._focus[-1]

    @property
    def focus_columns(self) -> tuple[int, ...]:
        return tuple(self.FIRST_PERIOD + i for i in self._focus)

    def loaded(self, row: int) -> bool:
        line = self.line(row)
        if line.kind is LineKind.GOAL:
            return line.goal in self._values
        return line.kind is LineKind.UNIT or self._shown[row] in self._subtotals

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._shown)

    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._period_labels) + self.FIRST_PERIOD + 1

    def guard_failed(self, error: BaseException) -> None:
        self.failed.emit(error)

    # -- values ----------------------------------------------------------------
    def _load(self, wanted: Sequence[int]) -> None:
        """Fetch the values of the goals `wanted` (and their holders' other goals: a
        ratio KPI is judged from the same holder's numerator and denominator goals)."""
        holders = dict.fromkeys(self._rows[g].goal.owner_id for g in wanted)
        numbers = [g for owner in holders for g in self._by_owner[owner]]
        loaded = self._loader([self._rows[g].goal.id for g in numbers])
        goals, targets, actuals = loaded[0], loaded[1], loaded[2]
        entry, locked = loaded[3] if len(loaded) > 3 else ({}, set())
        notes: Notes = loaded[4] if len(loaded) > 4 else {}
        self.fetches += 1
        keys, judged = self._period_keys, self._period_keys[: self._judged]
        siblings = list(goals.values())
        for g in numbers:
            if g in self._values:
                continue
            grid_row = self._rows[g]
            goal_id = grid_row.goal.id
            goal = goals.get(goal_id)
            if goal is not None and goal.target != grid_row.goal.target:
                # The yearly sum of period targets moved (a target was entered).
                grid_row = self._rows[g] = GridRow(
                    grid_row.goal._replace(target=goal.target), grid_row.kpi, grid_row.owner
                )
            self._values[g] = _RowValues(
                tuple(targets.get((goal_id, k)) for k in keys),
                tuple(actuals.get((goal_id, k)) for k in keys),
                goal_progress(goal, grid_row.kpi, siblings, targets, actuals, judged)
                if goal is not None
                else _UNKNOWN,
                goal.target_max if goal is not None else None,
                entry.get(goal_id) == "month",
                frozenset(i for i, k in enumerate(keys) if (goal_id, k) in locked),
                {i: note for i, k in enumerate(keys) if (note := notes.get((goal_id, k)))},
            )

    def _fetch(self, g: int, row: int) -> _RowValues:
        """The values of goal `g` (shown at `row`), fetching a screenful of rows at once."""
        found = self._values.get(g)
        if found is not None:
            return found
        start = row - row % CHUNK
        chunk = [
            line.goal
            for line in (self._lines[i] for i in self._shown[start : start + CHUNK])
            if line.kind is LineKind.GOAL and line.goal not in self._values
        ]
        self._load(chunk or [g])
        return self._values[g]

    def _subtotal(self, index: int) -> tuple[_RowValues, float | None]:
        """The summed values of subtotal line `index`, and its summed year target."""
        found = self._subtotals.get(index)
        if found is not None:
            return found
        line = self._lines[index]
        missing = [g for g in line.members if g not in self._values]
        for start in range(0, len(missing), 2000):  # the whole company at most: a few queries
            self._load(missing[start : start + 2000])
        kpi = self._rows[line.members[0]].kpi
        length = len(self._period_keys)
        targets, actuals = add_up(
            line.members,
            {g: self._values[g].targets for g in line.members},
            {g: self._values[g].actuals for g in line.members},
            length,
        )
        judged = self._judged
        to_date = progress_to_date(kpi, targets[:judged], actuals[:judged])
        year = sum_of(self._rows[g].goal.target for g in line.members)
        found = self._subtotals[index] = (_RowValues(targets, actuals, to_date, None), year)
        return found

    def _scale(self, index: int) -> RowScale:
        """One scale for a row's numbers, from its year target (known without values)."""
        found = self._scales.get(index)
        if found is None:
            line = self._lines[index]
            if line.kind is LineKind.SUBTOTAL:
                kpi = self._rows[line.members[0]].kpi
                reference = sum_of(self._rows[g].goal.target for g in line.members)
            else:
                kpi = self._rows[line.goal].kpi
                reference = self._rows[line.goal].goal.target
            found = self._scales[index] = row_scale(kpi.unit, kpi.decimals, reference)
        return found

    # -- Qt ----------------------------------------------------------------------
    @guarded
    def headerData(self, section: int, orientation: Qt.Orientation, role: int = DISPLAY) -> Any:
        if orientation == Qt.Orientation.Vertical:
            return None
        focused = section in self.focus_columns
        if role == _FONT and focused:
            font = QFont()
            font.setBold(True)
            font.setUnderline(True)
            return font
        if role == BACKGROUND and focused:  # the month, or a quarter's three, stand out
            return _FOCUS_BAND
        if role == TOOLTIP and focused:
            if len(self._focus) > 1:
                return self.tr("A month of the period in focus")
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
        i = section - self.FIRST_PERIOD
        return self._period_labels[i] if 0 <= i < len(self._period_labels) else None

    @guarded
    def data(self, index: _Index, role: int = DISPLAY) -> Any:
        if role not in _ROLES or not index.isValid():
            return None
        number = self._shown[index.row()]
        line = self._lines[number]
        column = index.column()
        if line.kind is LineKind.UNIT:
            return self._header_data(line, column, role)
        if role == ALIGNMENT:  # without fetching values
            return None if column < self.COL_TARGET else _RIGHT
        if role == _FONT:
            if line.kind is LineKind.SUBTOTAL:
                return _bold()
            # A closed month is italic as well as grey: not told by colour alone.
            if line.kind is LineKind.GOAL and self.FIRST_PERIOD <= column < self.col_to_date:
                return _italic() if self._entry(index.row(), column)[2] else None
            return None
        if role == _EDIT:  # what the editor starts with: the value as the row shows it
            entry = self.entry_cell(index.row(), column)
            return None if entry is None else entry.scale.format(entry.value)
        if role == NOTE_ROLE:  # a goal's month with a deviation note: marked
            if line.kind is not LineKind.GOAL or not self.FIRST_PERIOD <= column < self.col_to_date:
                return None
            return self._fetch(line.goal, index.row()).notes.get(column - self.FIRST_PERIOD)
        if role == _FOREGROUND:  # a month that takes no value looks it
            month, editable, _closed = self._entry(index.row(), column)
            return _READ_ONLY if month and not editable else None
        slot = _SLOTS.get(role)
        if slot is not None:  # what painting asks: kept per cell
            key = (number, column)
            cell = self._cells.get(key)
            if cell is None:
                cell = self._cells[key] = self._cell(index.row(), number, column)
            return cell[slot]
        kpi = self._kpi(line)
        if column < self.FIRST_PERIOD:
            return self._fixed(line, number, column, role)
        if role not in (TOOLTIP, _ACCESSIBLE):
            return None
        target, actual, status, judged, values = self._value(index.row(), number, column)
        if role == TOOLTIP:
            text = self._tooltip(kpi, target, actual, status, values.target_max)
            entry = self.entry_cell(index.row(), column)
            why = self.read_only_reason(entry) if entry is not None else ""
            text = f"{text}\n{why}" if why else text
            if entry is None or entry.note is None:
                return text
            # The note's first line first; document text, so escaped (never markup).
            first = plain(entry.note.first_line, CELL_LIMIT)
            return tooltip(fill(self.tr("Note: %1"), first) + "\n" + text)
        value = format_kpi_value(actual, kpi.decimals, kpi.unit)
        return fill(self.tr("%1 %2"), value, look.word(status)) if judged else value

    def _kpi(self, line: GridLine) -> Kpi:
        return self._rows[line.members[0] if line.kind is LineKind.SUBTOTAL else line.goal].kpi

    def _header_data(self, line: GridLine, column: int, role: int) -> Any:
        """A unit's header row: its name (▾ open, ▸ folded) in bold on a grey band."""
        if role == BACKGROUND:
            return _BAND
        if role == _FONT:
            return _bold()
        if column != self.COL_OWNER:
            return None
        name = plain(self._unit_names.get(line.unit_id, ""), CELL_LIMIT)
        folded = line.unit_id in self._collapsed
        if role == DISPLAY:
            return _INDENT * line.depth + ("▸ " if folded else "▾ ") + name
        if role in (TOOLTIP, _ACCESSIBLE):
            if folded:
                return fill(self.tr("%1: folded, click to show its teams and people"), name)
            return fill(self.tr("%1: click to fold its teams and people"), name)
        return None

    def _value(
        self, row: int, number: int, column: int
    ) -> tuple[float | None, float | None, Status, bool, _RowValues]:
        """Target, actual, status and whether it is judged, of a month or the total."""
        line = self._lines[number]
        kpi = self._kpi(line)
        if line.kind is LineKind.SUBTOTAL:
            values, _year = self._subtotal(number)
        else:
            values = self._fetch(line.goal, row)
        if column == self.col_to_date:
            to_date = values.to_date
            return to_date.target, to_date.actual, to_date.status, True, values
        i = column - self.FIRST_PERIOD
        target, actual = values.targets[i], values.actuals[i]
        status = kpi_status(kpi, target, actual, values.target_max)
        # A month to come, or one nobody set a target for, has nothing to flag.
        judged = i < self._judged and (target is not None or actual is not None)
        return target, actual, status, judged, values

    def _cell(self, row: int, number: int, column: int) -> _Cell:
        """(display, decoration, raw, status, background) of a cell."""
        line = self._lines[number]
        if column < self.FIRST_PERIOD:
            return (
                self._fixed(line, number, column, DISPLAY),
                None,
                self._fixed(line, number, column, RAW_ROLE),
                None,
                None,
            )
        target, actual, status, judged, _values = self._value(row, number, column)
        scale = self._scale(number)
        if self.layer == "target" and column != self.col_to_date:
            return (scale.format(target), None, target, status.value, None)
        text = scale.format(actual)
        if column == self.col_to_date:  # the word too, where the row's verdict is
            text = fill(self.tr("%1 %2"), text, look.word(status)).strip()
        if self.show_targets and target is not None:
            text = fill(self.tr("%1\n/ %2"), text, scale.format(target))
        return (
            text,
            look.icon(status) if judged else None,
            actual,
            status.value,
            look.tint(status) if judged else None,
        )

    def _fixed(self, line: GridLine, number: int, column: int, role: int) -> Any:
        """Owner, KPI and year target: known from the goal, no values needed."""
        kpi = self._kpi(line)
        subtotal = line.kind is LineKind.SUBTOTAL
        if column == self.COL_OWNER:
            indent = _INDENT * line.depth if self.grouped else ""
            if subtotal:
                name = plain(self._unit_names.get(line.unit_id, ""), CELL_LIMIT)
                if role == DISPLAY:
                    return indent + fill(self.tr("%1 subtotal"), name)
                if role == TOOLTIP:
                    return fill(
                        self.tr(
                            "Sum over the teams and people of %1 (each team's own goal "
                            "where it has one, so nothing is counted twice)"
                        ),
                        name,
                    )
                return None
            owner = self._rows[line.goal].owner
            if role == DISPLAY:
                return indent + plain(owner, CELL_LIMIT)
            if role == TOOLTIP:
                return tooltip(owner)
            return None
        if column == self.COL_KPI:
            if role == DISPLAY:
                name = plain(kpi.name, CELL_LIMIT)
                unit = plain(self._scale(number).unit, 40)
                return fill(self.tr("%1 (%2)"), name, unit) if unit else name
            if role == TOOLTIP:
                return tooltip(kpi.description or kpi.name)
            return None
        target = (
            sum_of(self._rows[g].goal.target for g in line.members)
            if subtotal
            else self._rows[line.goal].goal.target
        )
        if role == DISPLAY:
            return self._scale(number).format(target)
        if role == RAW_ROLE:
            return target
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
_INDENT = "  "  # per level of the org tree, in the owner column of a grouped grid
_BAND = QColor("#E4E7EB")  # a unit's header row
_FOCUS_BAND = QColor("#CFE3F3")  # the header of a month in focus
_fonts: list[QFont] = []  # made on first use: a QFont wants the application first


def _bold() -> QFont:
    if not _fonts:
        bold, italic = QFont(), QFont()
        bold.setBold(True)
        italic.setItalic(True)
        _fonts.extend((bold, italic))
    return _fonts[0]


def _italic() -> QFont:
    _bold()
    return _fonts[1]


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
_FOREGROUND = int(Qt.ItemDataRole.ForegroundRole)
_EDIT = int(Qt.ItemDataRole.EditRole)
_READ_ONLY = QColor("#7A7A7A")  # the text of a month that takes no value
_ACCESSIBLE = int(Qt.ItemDataRole.AccessibleTextRole)
_ROLES = frozenset(
    {*_SLOTS, ALIGNMENT, TOOLTIP, _ACCESSIBLE, _FONT, _FOREGROUND, _EDIT, NOTE_ROLE}
)  # the roles it answers
