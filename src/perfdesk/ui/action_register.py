"""The register's rows as shown: the actions that pass the filters, optionally grouped by
department or owner under header rows that can be collapsed.

`ActionFilter` is a flat proxy over the ActionTableModel and the one place that maps
between the rows shown ("lines") and the actions: a line is either an action (its row in
the model behind) or a group's header row. It filters and groups in Python, in one pass,
and tells the view with one layout change per filter (persistent indexes, so the
selection, follow their action or header). A QSortFilterProxyModel called
filterAcceptsRow through Qt once per action and announced the rows it removed and
inserted range by range; the header rows would have needed a second proxy on top.

Sorting is passed to the model behind, which sorts in Python once; groups keep the order
of their members, so sorting sorts within groups. The view spans each header row over
every column (`span_headers`).
"""

from __future__ import annotations

import datetime
from typing import Any

from PySide6.QtCore import (
    QAbstractItemModel,
    QAbstractProxyModel,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    Signal,
)
from PySide6.QtGui import QFont, QIcon, QPainter, QPixmap, QPolygonF
from PySide6.QtWidgets import QApplication, QTableView, QWidget

from perfdesk.core.actions import (
    DUE_ANY,
    DUE_MONTH,
    DUE_NONE,
    DUE_OVERDUE,
    DUE_WEEK,
    STATUS_ORDER,
    ActionGroup,
    ActionStatus,
    due_window_fits,
    group_actions,
)
from perfdesk.core.org import Scope
from perfdesk.ui.guard import guarded, report
from perfdesk.ui.labels import label
from perfdesk.ui.models.action_table import ActionTableModel
from perfdesk.ui.models.rows import DECORATION, DISPLAY, TOOLTIP
from perfdesk.ui.text import CELL_LIMIT, as_text, fill, plain, tooltip

# Due windows the filter offers.
ALL, OVERDUE, WEEK, MONTH, NO_DUE = DUE_ANY, DUE_OVERDUE, DUE_WEEK, DUE_MONTH, DUE_NONE
# What the register can be grouped by: the model's column of the group's name.
GROUPINGS = (ActionTableModel.COL_UNIT, ActionTableModel.COL_OWNER)

_FONT = int(Qt.ItemDataRole.FontRole)
# Roles a delegate asks of every cell that no line has (headers have a font, actions
# not): answered at once.
_UNASKED = frozenset({int(Qt.ItemDataRole.ForegroundRole), int(Qt.ItemDataRole.CheckStateRole)})
_FLAGS = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
_NO_FLAGS = Qt.ItemFlag.NoItemFlags
_Index = QModelIndex | QPersistentModelIndex
# A line's key, stable across filters and sorts: ("a", action id) or ("g", group key).
_Key = tuple[str, str | None]


class ActionFilter(QAbstractProxyModel):
    """Keeps the actions that pass every filter: status (as shown today), text (title,
    unit, owner), scope (the unit or person selected: its responsible unit or owner is
    inside it), department (responsible or co-department), owner, due window, meeting and
    "my departments"; grouped (`set_group`) it puts a header row before each group's
    actions and leaves out the actions of collapsed groups.

    A line >= 0 in `_lines` is the model's row of an action; -1 - g is group g's header.
    """

    regrouped = Signal()  # the lines changed: the view spans the header rows again
    failed = Signal(object)  # a guarded override failed (the tab shows its error state)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._status: ActionStatus | None = None
        self._text = ""
        self._scope = Scope(everything=True)
        self._unit: str | None = None
        self._owner: str | None = None
        self._due = ALL
        self._meeting: str | None = None
        self._mine: frozenset[str] | None = None
        self._org_order: dict[str, int] = {}  # unit or person id -> place in the org tree
        self._group: int | None = None
        self._collapsed: set[str | None] = set()  # keys of the collapsed groups
        self.today = datetime.date.today()
        self._lines: list[int] = []
        self._groups: list[ActionGroup] = []
        self._headers: dict[int, tuple[str, str | None]] = {}  # group -> (text, tooltip), made once
        self._line_of: dict[int, int] = {}  # the model's row -> line
        self._header_lines: list[int] = []  # group -> the line of its header
        self._shown = 0  # actions passing the filters (collapsed ones included)
        self._saved: tuple[list[QModelIndex], list[_Key]] | None = None
        self._bold: QFont | None = None
        self._source: ActionTableModel | None = None

    # -- the model behind ----------------------------------------------------------------
    def setSourceModel(self, model: QAbstractItemModel) -> None:
        """Show `model` (set once: its signals are not disconnected again)."""
        self.beginResetModel()
        super().setSourceModel(model)
        self._source = model if isinstance(model, ActionTableModel) else None
        model.modelAboutToBeReset.connect(self.beginResetModel)
        model.modelReset.connect(self._source_reset)
        model.layoutAboutToBeChanged.connect(self._about_to_change)
        model.layoutChanged.connect(self._changed)
        self._build()
        self.endResetModel()
        self.regrouped.emit()

    def _model(self) -> ActionTableModel | None:
        return self._source

    def guard_failed(self, error: BaseException) -> None:
        """Told by the guard: data() (a cell's text made on first use) or another
        override failed; the tab watching `failed` shows its error state."""
        self.failed.emit(error)

    @guarded
    def _source_reset(self) -> None:
        self._build()
        self.endResetModel()
        self.regrouped.emit()

    # -- filters and grouping ------------------------------------------------------------
    def _set(self, name: str, value: Any) -> None:
        if getattr(self, name) == value:
            return
        self._about_to_change()
        setattr(self, name, value)
        self._changed()

    def set_status(self, status: ActionStatus | None) -> None:
        self._set("_status", status)

    def set_scope(self, scope: Scope) -> None:
        self._set("_scope", scope)

    def set_text(self, text: str) -> None:
        self._set("_text", text.strip().casefold())

    def set_unit(self, unit_id: str | None) -> None:
        self._set("_unit", unit_id)

    def set_owner(self, owner_id: str | None) -> None:
        self._set("_owner", owner_id)

    def set_due(self, window: str) -> None:
        self._set("_due", window)

    def set_meeting(self, meeting_id: str | None) -> None:
        self._set("_meeting", meeting_id)

    def set_mine(self, units: frozenset[str] | None) -> None:
        self._set("_mine", units)

    def set_org_order(self, order: dict[str, int]) -> None:
        """Where each unit and person comes in the organisation (groups follow it)."""
        self._set("_org_order", order)

    def set_group(self, column: int | None) -> None:
        """Group by the responsible unit or the owner (a column in GROUPINGS), or not."""
        if column not in GROUPINGS:
            column = None
        if column != self._group:
            self._about_to_change()
            self._group = column
            self._collapsed = set()
            self._changed()

    def grouping(self) -> int | None:
        return self._group

    def set_expanded(self, line: int, expanded: bool) -> None:
        """Expand or collapse the group whose header is at `line`."""
        group = self.group_at(line)
        if group is None or (group.key not in self._collapsed) == expanded:
            return
        self._about_to_change()
        if expanded:
            self._collapsed.discard(group.key)
        else:
            self._collapsed.add(group.key)
        self._changed()

    def set_all_expanded(self, expanded: bool) -> None:
        keys = set() if expanded else {g.key for g in self._groups}
        if keys != self._collapsed:
            self._about_to_change()
            self._collapsed = keys
            self._changed()

    # -- the lines -----------------------------------------------------------------------
    def _filtering(self) -> bool:
        return bool(
            self._status is not None
            or self._text
            or not self._scope.everything
            or self._unit
            or self._owner
            or self._due != ALL
            or self._meeting
            or self._mine is not None
        )

    def _build(self) -> None:
        model = self._model()
        count = model.rowCount() if model is not None else 0
        if model is None or not self._filtering():
            visible = list(range(count))
        else:
            visible = [r for r in range(count) if self._accepts(model, r)]
        self._shown = len(visible)
        self._headers = {}
        if model is None or self._group is None:
            self._groups = []
            lines = visible
        else:
            by_unit = self._group == ActionTableModel.COL_UNIT
            entries = []
            for r in visible:
                action = model.row(r)
                if by_unit:
                    key, name = action.responsible_unit_id, action.responsible_unit
                else:
                    key, name = action.owner_id, action.owner
                entries.append((key or None, name, model.status(r)))
            self._groups = group_actions(entries, self._org_order)
            lines = []
            for g, group in enumerate(self._groups):
                lines.append(-1 - g)
                if group.key not in self._collapsed:
                    lines.extend(visible[m] for m in group.members)
        self._lines = lines
        self._line_of = {r: line for line, r in enumerate(lines) if r >= 0}
        self._header_lines = [line for line, r in enumerate(lines) if r < 0]

    def _accepts(self, model: ActionTableModel, r: int) -> bool:
        action = model.row(r)
        status = model.status(r)
        if not self._scope.everything and not self._scope.concerns(
            [action.responsible_unit_id], [action.owner_id]
        ):
            return False
        if self._status is not None and status is not self._status:
            return False
        units = (action.responsible_unit_id, *action.co_unit_ids)
        if self._unit and self._unit not in units:
            return False
        if self._mine is not None and not self._mine.intersection(u for u in units if u):
            return False
        if self._owner and action.owner_id != self._owner:
            return False
        if self._meeting and action.meeting_id != self._meeting:
            return False
        if not due_window_fits(self._due, action.due_date, status, self.today):
            return False
        if not self._text:
            return True
        return any(
            self._text in as_text(field).casefold()
            for field in (action.title, action.responsible_unit, action.owner)
        )

    def _key(self, line: int) -> _Key:
        r = self._lines[line] if 0 <= line < len(self._lines) else None
        model = self._model()
        if r is None or model is None:
            return ("", None)
        if r >= 0:
            return ("a", model.row(r).id)
        return ("g", self._groups[-1 - r].key)

    @guarded
    def _about_to_change(self, *_args: object) -> None:
        """Before the lines change: remember what each persistent index points at."""
        self.layoutAboutToBeChanged.emit()
        before = self.persistentIndexList()
        self._saved = (before, [self._key(i.row()) for i in before])

    @guarded
    def _changed(self, *_args: object) -> None:
        """Rebuild the lines and move each persistent index to its action or header."""
        before, keys = self._saved or ([], [])
        self._saved = None
        self._build()
        model = self._model()
        where: dict[_Key, int] = {
            ("g", g.key): self._header_line(i) for i, g in enumerate(self._groups)
        }
        if model is not None and before:
            where.update((("a", model.row(r).id), line) for r, line in self._line_of.items())
        after = [
            self.index(where[key], i.column()) if key in where else QModelIndex()
            for i, key in zip(before, keys, strict=True)
        ]
        self.changePersistentIndexList(before, after)
        self.layoutChanged.emit()
        self.regrouped.emit()

    def _header_line(self, group: int) -> int:
        return self._header_lines[group]

    # -- what the tab asks ---------------------------------------------------------------
    def actions_shown(self) -> int:
        """How many actions pass the filters (those in collapsed groups included)."""
        return self._shown

    def action_row(self, line: int) -> int | None:
        """The model's row of the action at `line`; None for a header row (or no line)."""
        r = self._lines[line] if 0 <= line < len(self._lines) else -1
        return r if r >= 0 else None

    def group_at(self, line: int) -> ActionGroup | None:
        """The group whose header row is at `line` (None for an action's line)."""
        r = self._lines[line] if 0 <= line < len(self._lines) else 0
        return self._groups[-1 - r] if r < 0 else None

    def is_expanded(self, line: int) -> bool:
        group = self.group_at(line)
        return group is not None and group.key not in self._collapsed

    def header_lines(self) -> list[int]:
        """The lines of the header rows, group by group."""
        return list(self._header_lines)

    def header_of(self, line: int) -> int | None:
        """The line of the header above the action at `line` (None when not grouped)."""
        if not self._groups:
            return None
        for above in range(line, -1, -1):
            if self._lines[above] < 0:
                return above
        return None

    def first_action_line(self) -> int | None:
        return next((line for line, r in enumerate(self._lines) if r >= 0), None)

    def line_of_action(self, action_id: str) -> int | None:
        """The line of the action with `action_id`, expanding its group if it is collapsed;
        None when the filters hide it."""
        model = self._model()
        if model is None:
            return None
        found = next((r for r in range(model.rowCount()) if model.row(r).id == action_id), None)
        if found is None:
            return None
        line = self._line_of.get(found)
        if line is not None or (self._filtering() and not self._accepts(model, found)):
            return line
        action = model.row(found)
        key = (
            action.responsible_unit_id
            if self._group == ActionTableModel.COL_UNIT
            else action.owner_id
        )
        header = next((i for i, g in enumerate(self._groups) if g.key == (key or None)), None)
        if header is None:
            return None
        self.set_expanded(self._header_line(header), True)
        return self._line_of.get(found)

    # -- QAbstractItemModel --------------------------------------------------------------
    # rowCount, columnCount, parent and flags only compare and count: they cannot raise,
    # and Qt asks them most (like RowsModel's). The others are guarded.
    @guarded(default=QModelIndex())
    def index(self, row: int, column: int, parent: _Index = QModelIndex()) -> QModelIndex:  # noqa: B008
        if parent.isValid() or not (0 <= row < len(self._lines)):
            return QModelIndex()
        if not 0 <= column < ActionTableModel.COLUMNS:
            return QModelIndex()
        return self.createIndex(row, column)

    def parent(self, index: _Index | None = None) -> Any:
        if index is None:  # QObject.parent()
            return super().parent()
        return QModelIndex()

    @guarded(default=QModelIndex())
    def sibling(self, row: int, column: int, _index: _Index) -> QModelIndex:
        return self.index(row, column)

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._lines)

    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else ActionTableModel.COLUMNS

    @guarded(default=False)
    def hasChildren(self, parent: _Index = QModelIndex()) -> bool:  # noqa: B008
        return not parent.isValid() and bool(self._lines)

    @guarded(default=QModelIndex())
    def mapToSource(self, index: _Index) -> QModelIndex:
        model = self._model()
        r = self.action_row(index.row()) if index.isValid() else None
        if r is None or model is None:
            return QModelIndex()
        return model.index(r, index.column())

    @guarded(default=QModelIndex())
    def mapFromSource(self, index: _Index) -> QModelIndex:
        line = self._line_of.get(index.row()) if index.isValid() else None
        return QModelIndex() if line is None else self.index(line, index.column())

    # Not guarded: it cannot raise (a constant), and painting asks it for every cell.
    def flags(self, index: _Index) -> Qt.ItemFlag:
        return _FLAGS if index.isValid() else _NO_FLAGS

    @guarded
    def headerData(self, section: int, orientation: Qt.Orientation, role: int = DISPLAY) -> Any:
        model = self.sourceModel()
        if orientation != Qt.Orientation.Horizontal or model is None:
            return None
        return model.headerData(section, orientation, role)

    @guarded
    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        model = self.sourceModel()
        if model is not None:
            model.sort(column, order)

    # The hot path: a paint asks for 7 roles of every visible cell, one call from C++ each
    # (~1,300 calls for the company's register). The guard's try/except is written out
    # here instead of wrapping: the wrapper's extra Python frame, and the frames of
    # `_value` and the model's `value`, were a fifth of a call. Nothing leaves it: an
    # error is reported as @guarded reports it (and the tab shows its error state).
    def data(self, index: _Index, role: int = DISPLAY) -> Any:
        try:
            if role in _UNASKED:
                return None
            line = index.row()
            model = self._source
            if line < 0 or model is None:
                return None
            r = self._lines[line]
            if r < 0 or (self._groups and index.column() == 0):
                return self._value(line, index.column(), role)
            if role == DISPLAY:
                return model.text(r, index.column())
            return model.value(r, index.column(), role)
        except KeyboardInterrupt:
            QApplication.quit()
            return None
        except Exception as error:
            self.guard_failed(error)
            report(error)
            return None

    def _value(self, line: int, column: int, role: int) -> Any:
        model = self._source
        assert model is not None
        r = self._lines[line]
        if r >= 0:
            if role == DECORATION and column == 0 and self._groups:
                return _indent()  # children sit under their header's arrow
            return model.value(r, column, role)
        if column != 0:
            return None
        g = -1 - r
        if role == DISPLAY:
            return self._header(g)[0]
        if role == DECORATION:
            return _arrow(self._groups[g].key not in self._collapsed)
        if role == _FONT:
            if self._bold is None:
                self._bold = QFont()
                self._bold.setBold(True)
            return self._bold
        if role == TOOLTIP:
            return self._header(g)[1]
        return None

    def _header(self, g: int) -> tuple[str, str | None]:
        """A header's text ("质量部 · 12 项 · 3 逾期") and tooltip (the count per status)."""
        found = self._headers.get(g)
        if found is not None:
            return found
        group = self._groups[g]
        if group.name:
            name = plain(group.name, CELL_LIMIT)
        elif self._group == ActionTableModel.COL_UNIT:
            name = self.tr("No department")
        else:
            name = self.tr("No owner")
        count = len(group.members)
        if count == 1:
            text = fill(self.tr("%1 · 1 action"), name)
            if group.overdue:
                text = fill(self.tr("%1 · 1 action · overdue"), name)
        elif group.overdue:
            text = fill(self.tr("%1 · %2 actions · %3 overdue"), name, count, group.overdue)
        else:
            text = fill(self.tr("%1 · %2 actions"), name, count)
        counts = " · ".join(
            fill(self.tr("%1 %2"), label(s), n) for s in STATUS_ORDER if (n := group.counts.get(s))
        )
        found = self._headers[g] = (text, tooltip(counts))
        return found


def span_headers(table: QTableView, model: ActionFilter) -> None:
    """Span each header row of `model` over every column of `table`."""
    table.clearSpans()
    for line in model.header_lines():
        table.setSpan(line, 0, 1, ActionTableModel.COLUMNS)


_arrows: dict[bool, QIcon] = {}
_blank: list[QIcon] = []


def _arrow(expanded: bool) -> QIcon:
    """The triangle before a group's name: pointing down when expanded, right when not."""
    found = _arrows.get(expanded)
    if found is None:
        from PySide6.QtCore import QPointF
        from PySide6.QtGui import QColor, QGuiApplication

        image = QPixmap(16, 16)
        image.fill(Qt.GlobalColor.transparent)
        painter = QPainter(image)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(QColor(QGuiApplication.palette().text().color()))
        points = (
            [(3.5, 5.5), (12.5, 5.5), (8.0, 11.0)]
            if expanded
            else [(5.5, 3.5), (11.0, 8.0), (5.5, 12.5)]
        )
        painter.drawPolygon(QPolygonF([QPointF(x, y) for x, y in points]))
        painter.end()
        found = _arrows[expanded] = QIcon(image)
    return found


def _indent() -> QIcon:
    """An empty icon as wide as the arrow: a group's actions are indented under it."""
    if not _blank:
        image = QPixmap(16, 16)
        image.fill(Qt.GlobalColor.transparent)
        _blank.append(QIcon(image))
    return _blank[0]
