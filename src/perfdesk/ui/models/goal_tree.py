"""Tree model of a holder's goals: each goal expands to the goals that contribute to it.

The top level is the selected holder's goals, in their order (sort_order), with
the columns of the goal table (ui/models/goal_table.py formats every cell). A goal
with child goals shows an expand mark; its children — any holder's, named before
the KPI — are read only when it is expanded (`fetchMore`, through the tab's
loader), so a company goal with hundreds of descendants costs nothing until
opened, and each level costs one read. Under the children of a goal on an
additive KPI comes one more row, "分解合计 vs 上级目标": the children's targets
on the same KPI added up against the parent's, with the difference; a mismatch
is shown with its numbers and never corrected.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from typing import Any

from PySide6.QtCore import QAbstractItemModel, QModelIndex, QPersistentModelIndex, Qt, Signal
from PySide6.QtGui import QColor

from perfdesk.core.goals import ChildSumCheck
from perfdesk.core.kpi import Kpi
from perfdesk.core.numbers import format_kpi_value
from perfdesk.ui.guard import guarded
from perfdesk.ui.models.goal_table import GoalRow, GoalTableModel
from perfdesk.ui.models.rows import RAW_ROLE
from perfdesk.ui.text import CELL_LIMIT, fill, plain

Index = QModelIndex | QPersistentModelIndex
_DISPLAY = int(Qt.ItemDataRole.DisplayRole)
_TOOLTIP = int(Qt.ItemDataRole.ToolTipRole)
_FONT = int(Qt.ItemDataRole.FontRole)
_ALIGN = int(Qt.ItemDataRole.TextAlignmentRole)
_FOREGROUND = int(Qt.ItemDataRole.ForegroundRole)
_RIGHT = int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
# The roles data() answers, as ints (a paint asks ~7 roles per visible cell).
_ROLES = frozenset(
    int(role)
    for role in (
        Qt.ItemDataRole.DisplayRole,
        Qt.ItemDataRole.BackgroundRole,
        Qt.ItemDataRole.DecorationRole,
        Qt.ItemDataRole.ToolTipRole,
        Qt.ItemDataRole.TextAlignmentRole,
        Qt.ItemDataRole.FontRole,
        Qt.ItemDataRole.ForegroundRole,
        RAW_ROLE,
    )
)
_GREY = QColor("#767676")
_FLAGS = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable  # made once: | costs


@dataclass(frozen=True)
class SumRow:
    """The children of a goal added up against it (additive KPIs only)."""

    check: ChildSumCheck
    kpi: Kpi


@dataclass
class Children:
    """What the loader gives for an expanded goal."""

    rows: list[GoalRow]
    with_children: set[str]  # ids among `rows` that have child goals themselves
    total: SumRow | None = None


@dataclass(eq=False)
class Node:
    row: GoalRow | SumRow | None  # None: the invisible root
    parent: Node | None
    position: int = 0
    has_children: bool = False
    children: list[Node] | None = None  # None: not read yet
    texts: tuple[str, ...] | None = field(default=None, repr=False)
    # A goal row's other roles, each made for the whole row on first ask: a paint asks
    # every cell for ~10 roles, twice per row shown.
    roles: dict[int, tuple[Any, ...]] | None = field(default=None, repr=False)


# Reads the children of several expanded goals at once: goal id -> its Children.
Loader = Callable[[Sequence[GoalRow]], dict[str, Children]]


class GoalTreeModel(QAbstractItemModel):
    COL_KPI = GoalTableModel.COL_KPI
    COL_WEIGHT = GoalTableModel.COL_WEIGHT
    COL_TARGET = GoalTableModel.COL_TARGET
    COL_TARGET_TO_DATE = GoalTableModel.COL_TARGET_TO_DATE
    COL_ACTUAL = GoalTableModel.COL_ACTUAL
    COL_RATE = GoalTableModel.COL_RATE
    COL_YEAR_SHARE = GoalTableModel.COL_YEAR_SHARE
    COL_TIME_SHARE = GoalTableModel.COL_TIME_SHARE
    COL_STATUS = GoalTableModel.COL_STATUS
    COL_SMART = GoalTableModel.COL_SMART
    COL_PARENT = GoalTableModel.COL_PARENT
    COLUMNS = GoalTableModel.COLUMNS
    failed = Signal(object)

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self.cells = GoalTableModel(self)  # formats a goal's cells, holds no rows
        self.root = Node(None, None, children=[])
        self.loader: Loader | None = None
        self._header_texts: tuple[str, ...] | None = None

    # -- what the tab sets ------------------------------------------------------------
    @property
    def elapsed(self) -> float | None:
        return self.cells.elapsed

    @elapsed.setter
    def elapsed(self, value: float | None) -> None:
        self.cells.elapsed = value

    def set_rows(self, rows: Sequence[GoalRow], with_children: set[str] | None = None) -> None:
        """The holder's goals as the top level; `with_children` get an expand mark."""
        marked = with_children or set()
        self.beginResetModel()
        self.root = Node(None, None, children=[])
        self.root.children = [
            Node(row, self.root, i, row.goal.id in marked) for i, row in enumerate(rows)
        ]
        self.endResetModel()

    # -- reading the tree -------------------------------------------------------------
    def node(self, index: Index) -> Node:
        if not index.isValid():
            return self.root
        parent: Node = index.internalPointer()
        assert parent.children is not None
        return parent.children[index.row()]

    def row(self, r: int) -> GoalRow:
        """The top-level goal row `r` (as the goal table's `row`)."""
        assert self.root.children is not None
        found = self.root.children[r].row
        assert isinstance(found, GoalRow)
        return found

    def goal_row(self, index: Index) -> GoalRow | None:
        row = self.node(index).row
        return row if isinstance(row, GoalRow) else None

    def top_rows(self) -> list[GoalRow]:
        return [n.row for n in self.root.children or [] if isinstance(n.row, GoalRow)]

    def find(self, goal_id: str, parent: Index = QModelIndex()) -> QModelIndex:  # noqa: B008
        """The index of a goal among the loaded rows under `parent` (top level by default)."""
        node = self.node(parent)
        for child in node.children or []:
            if isinstance(child.row, GoalRow) and child.row.goal.id == goal_id:
                return self.createIndex(child.position, 0, node)
        return QModelIndex()

    # -- QAbstractItemModel -----------------------------------------------------------
    def index(self, row: int, column: int, parent: Index = QModelIndex()) -> QModelIndex:  # noqa: B008
        node = parent.internalPointer().children[parent.row()] if parent.isValid() else self.root
        children = node.children
        if children is None or not 0 <= row < len(children) or not 0 <= column < self.COLUMNS:
            return QModelIndex()
        return self.createIndex(row, column, node)

    def parent(self, index: Index = QModelIndex()) -> QModelIndex:  # type: ignore[override]  # noqa: B008
        if not index.isValid():
            return QModelIndex()
        holder: Node = index.internalPointer()
        if holder.parent is None:  # the root
            return QModelIndex()
        return self.createIndex(holder.position, 0, holder.parent)

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        if parent.isValid() and parent.column() != 0:
            return 0
        node = self.node(parent)
        return len(node.children) if node.children is not None else 0

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return self.COLUMNS

    def hasChildren(self, parent: Index = QModelIndex()) -> bool:  # noqa: B008
        node = self.node(parent)
        if node is self.root:
            return bool(node.children)
        if node.children is not None:
            return bool(node.children)
        return node.has_children

    def canFetchMore(self, parent: Index) -> bool:
        node = self.node(parent)
        return node is not self.root and node.children is None and node.has_children

    @guarded
    def fetchMore(self, parent: Index) -> None:
        node = self.node(parent)
        if node.children is None and isinstance(node.row, GoalRow) and self.loader is not None:
            found = self.loader([node.row])
            self._insert(parent, node, found.get(node.row.goal.id, Children([], set())))

    def load_subtree(self, index: Index) -> int:
        """Read every goal below `index`, a level at a time (one read per level, not per
        goal), so the whole subtree can be expanded at once; returns the rows below."""
        if self.loader is None:
            return 0
        level = [QPersistentModelIndex(index)]
        shown = 0
        while level:
            waiting = [
                (i, self.node(i))
                for i in level
                if self.node(i).children is None
                and self.node(i).has_children
                and isinstance(self.node(i).row, GoalRow)
            ]
            rows = [node.row for _i, node in waiting if isinstance(node.row, GoalRow)]
            found = self.loader(rows) if rows else {}
            for persistent, node in waiting:
                assert isinstance(node.row, GoalRow)
                self._insert(persistent, node, found.get(node.row.goal.id, Children([], set())))
            below: list[QPersistentModelIndex] = []
            for parent in level:
                for r in range(self.rowCount(parent)):
                    child = self.index(r, 0, parent)
                    shown += 1
                    if self.hasChildren(child):
                        below.append(QPersistentModelIndex(child))
            level = below
        return shown

    def _insert(self, parent: Index, node: Node, found: Children) -> None:
        rows: list[GoalRow | SumRow] = list(found.rows)
        if found.total is not None:
            rows.append(found.total)
        if not rows:
            node.children = []
            node.has_children = False
            return
        self.beginInsertRows(parent, 0, len(rows) - 1)
        node.children = [
            Node(row, node, i, isinstance(row, GoalRow) and row.goal.id in found.with_children)
            for i, row in enumerate(rows)
        ]
        self.endInsertRows()

    def flags(self, index: Index) -> Qt.ItemFlag:
        return _FLAGS if index.isValid() else Qt.ItemFlag.NoItemFlags

    @guarded
    def headerData(self, section: int, orientation: Qt.Orientation, role: int = _DISPLAY) -> Any:
        if orientation != Qt.Orientation.Horizontal or role != _DISPLAY:
            return None
        if self._header_texts is None:  # translated once (a language change restarts)
            self._header_texts = self.cells._headers()
        return self._header_texts[section]

    @guarded
    def data(self, index: Index, role: int = _DISPLAY) -> Any:
        if role not in _ROLES or not index.isValid():  # most of what a paint asks
            return None
        node = index.internalPointer().children[index.row()]
        column = index.column()
        row = node.row
        if role == _DISPLAY:
            texts = node.texts
            if texts is None:
                texts = node.texts = self._texts(row)
            return texts[column]
        if type(row) is SumRow:
            return self._sum_data(row, column, role)
        if role == _FOREGROUND:
            # An archived goal is greyed; the word in its KPI cell says why (not colour only).
            return _GREY if row.goal.archived else None
        roles = node.roles
        if roles is None:
            roles = node.roles = {}
        found = roles.get(role)
        if found is None:
            cells = self.cells
            found = roles[role] = tuple(cells.row_data(row, c, role) for c in range(self.COLUMNS))
        return found[column]

    def _texts(self, row: GoalRow | SumRow) -> tuple[str, ...]:
        if isinstance(row, SumRow):
            return self._sum_texts(row.check, row.kpi)
        texts = [plain(self.cells._display(row, c), CELL_LIMIT) for c in range(self.COLUMNS)]
        if row.goal.archived:
            texts[self.COL_KPI] = fill(self.tr("%1 · archived"), texts[self.COL_KPI])
        return tuple(texts)

    def _sum_data(self, row: SumRow, column: int, role: int) -> Any:
        check = row.check
        if role == _TOOLTIP:
            explain = self.tr(
                "The targets of the goals below on the same KPI, added up, against the goal "
                "they contribute to. A difference is shown, never corrected."
            )
            return f"{self._sum_texts(check, row.kpi)[self.COL_PARENT]}\n{explain}"
        if role == _ALIGN and column != self.COL_KPI:
            return _RIGHT
        if role == _FONT:
            from PySide6.QtGui import QFont

            font = QFont()
            font.setItalic(True)
            return font
        if role == RAW_ROLE:
            return check.difference if column == self.COL_TARGET else None
        return None

    def _sum_texts(self, check: ChildSumCheck, kpi: Kpi) -> tuple[str, ...]:
        texts = [""] * self.COLUMNS
        total = format_kpi_value(check.children_total, kpi.decimals, kpi.unit)
        parent = format_kpi_value(check.parent_target, kpi.decimals, kpi.unit)
        texts[self.COL_KPI] = self.tr("Sum of the breakdown vs the goal above")
        texts[self.COL_TARGET] = total
        if check.ok:
            texts[self.COL_STATUS] = self.tr("✓ adds up")
            texts[self.COL_PARENT] = fill(self.tr("%1 = %2"), total, parent)
        else:
            difference = format_kpi_value(check.difference, kpi.decimals, kpi.unit)
            if check.difference > 0:
                difference = "+" + difference
            texts[self.COL_STATUS] = self.tr("✗ does not add up")
            texts[self.COL_PARENT] = fill(
                self.tr("difference %3: %1 vs %2"), total, parent, difference
            )
        return tuple(plain(t, CELL_LIMIT) for t in texts)

    def top_texts(self, column: int) -> set[str]:
        """The texts of `column` in the top-level rows (made once, as a paint makes them)."""
        found = set()
        for node in self.root.children or []:
            if node.texts is None:
                assert node.row is not None  # only the root has no row
                node.texts = self._texts(node.row)
            found.add(node.texts[column])
        return found

    def first_text(self, index: Index) -> str:
        """The first column's text of a row, without formatting the other columns."""
        node = self.node(index)
        if node.texts is not None:
            return node.texts[0]
        row = node.row
        if isinstance(row, GoalRow) and not row.goal.archived:
            return plain(self.cells._display(row, self.COL_KPI), CELL_LIMIT)
        return self._texts(row)[0] if row is not None else ""

    def sum_words(self) -> tuple[str, str]:
        """What a sum row's status cell can say (the tab sizes the column for them)."""
        return self.tr("✓ adds up"), self.tr("✗ does not add up")

    def guard_failed(self, error: BaseException) -> None:
        self.failed.emit(error)
