"""A tree of the organisation (company → departments → teams → people) to pick a holder.

The Goals and KPI entry tabs each show one; picking a unit or person emits
`holder_changed` with its id. Within a unit its people come first (the general
manager, then the unit's manager), then its sub-units. `follow` selects the
holder another tab picked: at once when the tree is on screen, otherwise
quietly, announcing it when the tree is next shown, so a hidden tab does no work.
The tree is rebuilt only when the units or people differ from what it shows.
Its model (`OrgModel`) holds no item per row: it answers from the ordered nodes, and
a row's text is made when the view first asks for it (the view asks only for the
rows it shows), so a company of 2,000 people opens as fast as a department. It keeps
no Qt item wrappers either, so rebuilds do not leak (under PySide6 6.11
`QStandardItemModel.clear()` keeps every item's wrapper alive: +2.2 MiB a rebuild).
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from typing import Any
from unicodedata import east_asian_width

from PySide6.QtCore import (
    QAbstractItemModel,
    QCoreApplication,
    QEvent,
    QMimeData,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
    QTimer,
    Signal,
)
from PySide6.QtGui import QFont, QFontMetrics, QPalette, QShowEvent
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTreeView, QWidget

from perfdesk.core.org import OrgUnit, Person, UnitKind, ordered_children, tree_order
from perfdesk.core.org_search import OrgSearch
from perfdesk.ui.guard import guarded
from perfdesk.ui.labels import label
from perfdesk.ui.text import CELL_LIMIT, fill, plain
from perfdesk.ui.widgets.views import setup_view

ID_ROLE = Qt.ItemDataRole.UserRole + 1
IS_PERSON_ROLE = Qt.ItemDataRole.UserRole + 2
_CLOSED = {UnitKind.TEAM, UnitKind.REGION}
_ModelIndex = QModelIndex | QPersistentModelIndex
ARCHIVED_ROLE = Qt.ItemDataRole.UserRole + 3
_FLAGS = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable  # asked per row per paint
_EDITABLE = _FLAGS | Qt.ItemFlag.ItemIsEditable | Qt.ItemFlag.ItemIsDragEnabled
_MIME = "application/x-perfdesk-org-node"  # a dragged unit's or person's id
# Roles as ints, compared per row per paint (an enum member costs a lookup each time).
_DISPLAY = int(Qt.ItemDataRole.DisplayRole)
_FONT = int(Qt.ItemDataRole.FontRole)
_EDIT = int(Qt.ItemDataRole.EditRole)
_FOREGROUND = int(Qt.ItemDataRole.ForegroundRole)
_ROLES = frozenset(
    {
        _DISPLAY,
        _FONT,
        _EDIT,
        _FOREGROUND,
        int(Qt.ItemDataRole.ToolTipRole),
        ID_ROLE,
        IS_PERSON_ROLE,
        ARCHIVED_ROLE,
    }
)


class OrgModel(QAbstractItemModel):
    """The org tree's rows, one column; a row's internal id is its node's place in tree
    order. When `editable`, a name edited in place (F2) is not written here: the model
    emits `rename_requested` and the operation's change rebuilds the tree."""

    rename_requested = Signal(str, str)  # (unit or person id, the name typed)
    move_requested = Signal(str, str)  # (unit or person id, the unit dropped on)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._bold = QFont()
        self._bold.setBold(True)
        self.editable = False
        self.set_nodes([], {})

    def set_nodes(
        self, order: list[OrgUnit | Person], children: dict[str | None, list[OrgUnit | Person]]
    ) -> None:
        self.beginResetModel()
        self.nodes = order
        self.number = {node.id: n for n, node in enumerate(order)}
        self._kids: dict[int, list[int]] = {}  # node number (-1: the top) → its rows
        self._parent: dict[int, int] = {}
        self._row: dict[int, int] = {}
        for parent_id, nodes in children.items():
            parent = -1 if parent_id is None else self.number.get(parent_id)
            if parent is None:
                continue
            rows = self._kids.setdefault(parent, [])
            for node in nodes:
                number = self.number.get(node.id)
                if number is None or number in self._parent:
                    continue
                self._parent[number] = parent
                self._row[number] = len(rows)
                rows.append(number)
        self._texts: dict[int, str] = {}
        self.endResetModel()

    def kids(self, number: int) -> list[int]:
        """The node numbers shown under node `number` (-1: the top rows), in order."""
        return self._kids.get(number, [])

    def index_at(self, number: int) -> QModelIndex:
        return self.createIndex(self._row[number], 0, number)

    def text(self, number: int) -> str:
        """The row's shown text (computed once per set of nodes)."""
        text = self._texts.get(number)
        if text is None:
            text = self._texts[number] = _text(self.nodes[number])
        return text

    def bold(self, number: int) -> bool:
        """Whether the row is drawn bold: units above the teams."""
        node = self.nodes[number]
        return isinstance(node, OrgUnit) and node.kind is not UnitKind.TEAM

    def index_of(self, holder_id: str) -> QModelIndex:
        number = self.number.get(holder_id)
        if number is None or number not in self._row:
            return QModelIndex()
        return self.createIndex(self._row[number], 0, number)

    def index(self, row: int, column: int, parent: _ModelIndex = QModelIndex()) -> QModelIndex:  # noqa: B008
        kids = self._kids.get(parent.internalId() if parent.isValid() else -1, [])
        if column != 0 or not 0 <= row < len(kids):
            return QModelIndex()
        return self.createIndex(row, 0, kids[row])

    def parent(self, index: _ModelIndex = QModelIndex()) -> QModelIndex:  # type: ignore[override]  # noqa: B008
        if not index.isValid():
            return QModelIndex()
        parent = self._parent.get(index.internalId(), -1)
        if parent < 0:
            return QModelIndex()
        return self.createIndex(self._row[parent], 0, parent)

    def rowCount(self, parent: _ModelIndex = QModelIndex()) -> int:  # noqa: B008
        if parent.column() > 0:
            return 0
        return len(self._kids.get(parent.internalId() if parent.isValid() else -1, ()))

    def columnCount(self, parent: _ModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 1

    def hasChildren(self, parent: _ModelIndex = QModelIndex()) -> bool:  # noqa: B008
        return self.rowCount(parent) > 0

    @guarded(default=Qt.ItemFlag.NoItemFlags)
    def flags(self, index: _ModelIndex) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        node = self.nodes[index.internalId()]
        if self.editable and not node.archived:
            if isinstance(node, OrgUnit):
                return _EDITABLE | Qt.ItemFlag.ItemIsDropEnabled
            return _EDITABLE
        return _FLAGS

    # Drag and drop: like setData, a drop is not written here; `move_requested` asks.
    def mimeTypes(self) -> list[str]:
        return [_MIME]

    def supportedDropActions(self) -> Qt.DropAction:
        return Qt.DropAction.MoveAction

    @guarded(default=None)
    def mimeData(self, indexes: Any) -> QMimeData:
        valid = [index for index in indexes if index.isValid()]
        data = QMimeData()
        if len(valid) != 1:
            return data  # nothing a drop accepts
        data.setData(_MIME, self.nodes[valid[0].internalId()].id.encode())
        return data

    def _drop_target(self, data: QMimeData, parent: _ModelIndex) -> tuple[str, str] | None:
        """(what is dropped, the unit it goes into): on a unit, or between its rows."""
        if not self.editable or not data.hasFormat(_MIME) or not parent.isValid():
            return None
        target = self.nodes[parent.internalId()]
        if not isinstance(target, OrgUnit) or target.archived:
            return None
        return bytes(data.data(_MIME).data()).decode(), target.id

    @guarded(default=False)
    def canDropMimeData(
        self, data: QMimeData, action: Qt.DropAction, row: int, column: int, parent: _ModelIndex
    ) -> bool:
        return self._drop_target(data, parent) is not None

    @guarded(default=False)
    def dropMimeData(
        self, data: QMimeData, action: Qt.DropAction, row: int, column: int, parent: _ModelIndex
    ) -> bool:
        found = self._drop_target(data, parent)
        if found is not None and found[0] != found[1]:
            self.move_requested.emit(*found)
        return False  # nothing for the view to remove: the move rebuilds the tree

    @guarded(default=False)
    def setData(self, index: _ModelIndex, value: Any, role: int = _EDIT) -> bool:
        if role != _EDIT or not index.isValid() or not self.editable:
            return False
        node = self.nodes[index.internalId()]
        if str(value) != node.name:
            self.rename_requested.emit(node.id, str(value))
        return False  # the tree shows the name once the document has it

    @guarded(default=None)
    def data(self, index: _ModelIndex, role: int = _DISPLAY) -> Any:
        if role not in _ROLES or not index.isValid():  # most roles a paint asks for
            return None
        number = index.internalId()
        node = self.nodes[number]
        if role == _DISPLAY:
            return self.text(number)
        if role == ID_ROLE:
            return node.id
        if role == IS_PERSON_ROLE:
            return isinstance(node, Person)
        if role == ARCHIVED_ROLE:
            return node.archived
        if role == _EDIT:
            return node.name  # the whole name, as typed, in the in-place editor
        if role == _FOREGROUND:
            if node.archived:
                return QPalette().brush(QPalette.ColorGroup.Disabled, QPalette.ColorRole.Text)
            return None
        if role == _FONT:
            return self._bold if self.bold(number) else None
        if isinstance(node, OrgUnit):  # the tooltip
            tip = label(node.kind)
        else:
            tip = label(node.committee_role) if node.committee_role else ""
        if node.archived:
            archived = QCoreApplication.translate(
                "OrgModel", "Archived: restore it to use it again"
            )
            tip = f"{tip}\n{archived}" if tip else archived
        return tip


_MEASURED_ROWS = 32  # the org tree measures this many of its widest-looking rows


_NARROW = frozenset("iljI.,:;'!|ftr1 ")  # about half an average Latin character
_BROAD = frozenset("MWmw@%")  # about one and a half


def _width_guess(text: str, bold: bool) -> float:
    """`text`'s width in average Latin characters: wide (CJK, full-width) ones count two."""
    width = 0.0
    for char in text:
        if char in _NARROW:
            width += 0.5
        elif char in _BROAD:
            width += 1.5
        elif char.isascii():
            width += 1.0
        else:
            width += 2.0 if east_asian_width(char) in "WF" else 1.0
    return width * (1.1 if bold else 1.0)


def _text(node: OrgUnit | Person) -> str:
    name = plain(node.name, CELL_LIMIT)
    if isinstance(node, Person) and node.title:
        name = f"{name}  · {plain(node.title, CELL_LIMIT)}"
    if node.archived:
        return fill(QCoreApplication.translate("OrgModel", "%1 (archived)"), name)
    return name


class OrgTree(QTreeView):
    holder_changed = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._model = OrgModel(self)
        self._built: tuple[tuple[OrgUnit, ...], tuple[Person, ...]] | None = None
        self.setModel(self._model)
        self.setHeaderHidden(True)
        self.setUniformRowHeights(True)
        # Never cut a name and title in a narrow pane (the KPI tab's is 170 px): the column
        # is as wide as the open rows need, and the pane scrolls sideways instead.
        self.header().setStretchLastSection(False)
        # The width is measured here by font metrics over the open rows (`_fit_width`):
        # Qt's ResizeToContents asks the delegate for ~270 size hints, ~30 ms at every
        # start and rebuild of the company's tree.
        self.header().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        self.expanded.connect(guarded(self._fit_width))
        self.collapsed.connect(guarded(self._fit_width))
        self._fit_timer = QTimer(self)
        self._fit_timer.setSingleShot(True)
        self._fit_timer.setInterval(0)
        self._fit_timer.timeout.connect(guarded(self._fit_width))
        self.setIndentation(14)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        setup_view(self)
        # Dragging a unit or person onto a unit moves it (only where the model allows).
        self.setDragEnabled(True)
        self.setAcceptDrops(True)
        self.setDropIndicatorShown(True)
        self.setDragDropMode(QAbstractItemView.DragDropMode.DragDrop)
        self.setDefaultDropAction(Qt.DropAction.MoveAction)
        self._shown: tuple[list[OrgUnit], list[Person]] | None = None
        self._wanted: str | None = None  # what `follow` asked for before the tree had it
        self._owed = False  # selected quietly while hidden: announce when shown
        self.search = OrgSearch([])
        # "Show archived": the window hands over where archived units and people come from.
        self.archived_source: Callable[[], tuple[Iterable[OrgUnit], Iterable[Person]]] | None = None
        self.selectionModel().currentChanged.connect(self._current_changed)

    def node(self, holder_id: str | None) -> OrgUnit | Person | None:
        """The unit or person the tree shows with this id (archived ones included)."""
        number = self._model.number.get(holder_id or "")
        return None if number is None else self._model.nodes[number]

    def set_org(self, units: Iterable[OrgUnit], people: Iterable[Person]) -> None:
        """Show these units and people, keeping the selected holder when it still exists.

        Emits `holder_changed` exactly once afterwards, so a tab loads its data once.
        """
        shown = (list(units), list(people))
        if self.archived_source is not None:
            archived_units, archived_people = self.archived_source()
            shown[0].extend(archived_units)
            shown[1].extend(archived_people)
        wanted = self._wanted or self.current_holder()
        self._owed = False
        if shown != self._shown:
            self._shown = shown
            self.blockSignals(True)
            try:
                self._rebuild(*shown, wanted)
            finally:
                self.blockSignals(False)
        elif wanted is not None and wanted != self.current_holder():
            self.blockSignals(True)
            try:
                self.select_holder(wanted)
            finally:
                self.blockSignals(False)
        self._wanted = None
        holder = self.current_holder()
        if holder is not None:
            self.holder_changed.emit(holder)

    def _rebuild(self, units: list[OrgUnit], people: list[Person], previous: str | None) -> None:
        children = ordered_children(units, people)
        order = tree_order(children)
        self.search = OrgSearch(order)
        # After an edit the branches stay as the user left them; new ones as at the start.
        known = {node.id for node in self._model.nodes if isinstance(node, OrgUnit)}
        opened = {node_id for node_id in known if self.isExpanded(self._model.index_of(node_id))}
        self._model.set_nodes(order, children)
        # Company, divisions and departments open; regions and teams (with their people)
        # closed, so a company of 2,000 people starts as one screen of departments.
        for node in order:
            if not isinstance(node, OrgUnit):
                continue
            if node.id in opened or (node.id not in known and node.kind not in _CLOSED):
                self.expand(self._model.index_of(node.id))
        # Measured just after this event: the first screen shows without waiting on it.
        self._fit_timer.start()
        if previous and self.select_holder(previous):
            return
        if order:
            self.setCurrentIndex(self._model.index(0, 0))

    @guarded
    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() == QEvent.Type.FontChange:  # zoomed: the texts' widths changed
            self._fit_width()

    def _fit_width(self, *_index: object) -> None:
        """The column as wide as the widest open row's text, so no name is ever cut."""
        model = self._model
        plain_metrics = self.fontMetrics()
        bold = QFont(self.font())
        bold.setBold(True)
        bold_metrics = QFontMetrics(bold)
        indent = self.indentation()
        average = plain_metrics.averageCharWidth()
        # Measuring every open row's text costs ~0.1 ms each (a company's 250 rows: ~20 ms
        # at start-up). A CJK character is about two Latin ones wide in every UI font, so
        # an estimate picks the candidates and only the widest few are measured.
        # The rows are walked in the model's own lists, not through QModelIndex and data()
        # (a Python call per row and role: ~4 ms of the company's first screen).
        candidates: list[tuple[float, int, str, bool]] = []
        pending = [(-1, 0)]
        while pending:
            parent, depth = pending.pop()
            for number in model.kids(parent):
                text = model.text(number)
                bold_row = model.bold(number)
                guess = _width_guess(text, bold_row) * average + indent * (depth + 1)
                candidates.append((guess, depth, text, bold_row))
                if model.kids(number) and self.isExpanded(model.index_at(number)):
                    pending.append((number, depth + 1))
        candidates.sort(key=lambda candidate: candidate[0], reverse=True)
        widest = 0
        for _guess, depth, text, bold_row in candidates[:_MEASURED_ROWS]:
            metrics = bold_metrics if bold_row else plain_metrics
            widest = max(widest, metrics.horizontalAdvance(text) + indent * (depth + 1))
        self.header().resizeSection(0, widest + 2 * plain_metrics.averageCharWidth())

    def select_holder(self, holder_id: str) -> bool:
        index = self._model.index_of(holder_id)
        if not index.isValid():
            return False
        self.setCurrentIndex(index)
        # Centred when out of sight; left where it is when in view, since a scroll repaints
        # the whole tree (a click in it, or a holder picked nearby, moved the tree).
        if not self.viewport().rect().contains(self.visualRect(index)):
            self.scrollTo(index, QAbstractItemView.ScrollHint.PositionAtCenter)
        self.horizontalScrollBar().setValue(0)  # names start at the left, never half shown
        return True

    def follow(self, holder_id: str) -> None:
        """Select the holder another tab picked, doing work only if this tree is seen."""
        if holder_id == self.current_holder():
            return
        if not self._model.index_of(holder_id).isValid():
            self._wanted = holder_id  # the next set_org selects it
            return
        if self.isVisible():
            self.select_holder(holder_id)
            return
        self.blockSignals(True)
        try:
            self.select_holder(holder_id)
        finally:
            self.blockSignals(False)
        self._owed = True

    def current_holder(self) -> str | None:
        index = self.currentIndex()
        return index.data(ID_ROLE) if index.isValid() else None

    @guarded
    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if self._owed:
            # After the tab's own showEvent, which may reload everything (and pay the debt).
            QTimer.singleShot(0, self._announce)

    @guarded
    def _announce(self) -> None:
        if self._owed:
            self._owed = False
            holder = self.current_holder()
            if holder is not None:
                self.holder_changed.emit(holder)

    @guarded
    def _current_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        if current.isValid():
            self._owed = False
            self.holder_changed.emit(current.data(ID_ROLE))
