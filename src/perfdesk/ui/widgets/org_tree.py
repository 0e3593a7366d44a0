"""A tree of the organisation (company → departments → teams → people) to pick a holder.

The Goals and KPI entry tabs each show one; picking a unit or person emits
`holder_changed` with its id. Within a unit its people come first (the general
manager, then the unit's manager), then its sub-units. `follow` selects the
holder another tab picked: at once when the tree is on screen, otherwise
quietly, announcing it when the tree is next shown, so a hidden tab does no work.
The tree is rebuilt only when the units or people differ from what it shows.
Emptied with removeRows: under PySide6 6.11 `QStandardItemModel.clear()` keeps every
item's Python wrapper alive (+2.2 MiB per company-size rebuild).
"""

from __future__ import annotations

from collections.abc import Iterable

from PySide6.QtCore import QModelIndex, Qt, QTimer, Signal
from PySide6.QtGui import QFont, QShowEvent, QStandardItem, QStandardItemModel
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTreeView, QWidget

from perfdesk.core.org import OrgUnit, Person, UnitKind, ordered_children, tree_order
from perfdesk.core.org_search import OrgSearch
from perfdesk.ui.guard import guarded
from perfdesk.ui.labels import label
from perfdesk.ui.text import CELL_LIMIT, plain
from perfdesk.ui.widgets.views import setup_view

ID_ROLE = Qt.ItemDataRole.UserRole + 1
IS_PERSON_ROLE = Qt.ItemDataRole.UserRole + 2
_CLOSED = {UnitKind.TEAM, UnitKind.REGION}


class OrgTree(QTreeView):
    holder_changed = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._model = QStandardItemModel(self)
        self._built: tuple[tuple[OrgUnit, ...], tuple[Person, ...]] | None = None
        self.setModel(self._model)
        self.setHeaderHidden(True)
        self.setUniformRowHeights(True)
        # Never cut a name and title in a narrow pane (the KPI tab's is 170 px): the column
        # is as wide as the open rows need, and the pane scrolls sideways instead.
        self.header().setStretchLastSection(False)
        self.header().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.setIndentation(14)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        setup_view(self)
        self._shown: tuple[list[OrgUnit], list[Person]] | None = None
        self._items: dict[str, QStandardItem] = {}
        self._wanted: str | None = None  # what `follow` asked for before the tree had it
        self._owed = False  # selected quietly while hidden: announce when shown
        self.search = OrgSearch([])
        self.selectionModel().currentChanged.connect(self._current_changed)

    def set_org(self, units: Iterable[OrgUnit], people: Iterable[Person]) -> None:
        """Show these units and people, keeping the selected holder when it still exists.

        Emits `holder_changed` exactly once afterwards, so a tab loads its data once.
        """
        shown = (list(units), list(people))
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
        self._model.removeRows(0, self._model.rowCount())
        self._items = {}
        children = ordered_children(units, people)
        order = tree_order(children)
        self.search = OrgSearch(order)
        bold = QFont()
        bold.setBold(True)
        for node in order:
            if isinstance(node, OrgUnit):
                item = QStandardItem(plain(node.name, CELL_LIMIT))
                item.setData(False, IS_PERSON_ROLE)
                item.setToolTip(label(node.kind))
                if node.kind is not UnitKind.TEAM:
                    item.setFont(bold)
            else:
                name = plain(node.name, CELL_LIMIT)
                text = f"{name}  · {plain(node.title, CELL_LIMIT)}" if node.title else name
                item = QStandardItem(text)
                item.setData(True, IS_PERSON_ROLE)
                item.setToolTip(label(node.committee_role) if node.committee_role else "")
            item.setEditable(False)
            item.setData(node.id, ID_ROLE)
            self._items[node.id] = item
        root = self._model.invisibleRootItem()
        for parent_id, nodes in children.items():
            parent = root if parent_id is None else self._items.get(parent_id)
            if parent is None:
                continue
            parent.appendRows([self._items[n.id] for n in nodes if n.id in self._items])
        # Company, divisions and departments open; regions and teams (with their people)
        # closed, so a company of 2,000 people starts as one screen of departments.
        for node in order:
            if isinstance(node, OrgUnit) and node.kind not in _CLOSED:
                self.expand(self._items[node.id].index())
        if previous and self.select_holder(previous):
            return
        if order:
            self.setCurrentIndex(self._model.index(0, 0))

    def select_holder(self, holder_id: str) -> bool:
        item = self._items.get(holder_id)
        if item is None:
            return False
        index = item.index()
        self.setCurrentIndex(index)
        self.scrollTo(index, QAbstractItemView.ScrollHint.PositionAtCenter)
        self.horizontalScrollBar().setValue(0)  # names start at the left, never half shown
        return True

    def follow(self, holder_id: str) -> None:
        """Select the holder another tab picked, doing work only if this tree is seen."""
        if holder_id == self.current_holder():
            return
        if holder_id not in self._items:
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
