"""A tree of the organisation (company → departments → teams → people) to pick a holder.

The Goals and KPI entry tabs each show one; picking a unit or person emits
`holder_changed` with its id.

The tree is rebuilt only when the units or people differ from the last build,
and emptied with removeRows: under PySide6 6.11 `QStandardItemModel.clear()`
keeps every item's Python wrapper alive (+2.2 MiB per company-size rebuild).
"""

from __future__ import annotations

from collections.abc import Iterable

from PySide6.QtCore import QModelIndex, Qt, Signal
from PySide6.QtGui import QFont, QStandardItem, QStandardItemModel
from PySide6.QtWidgets import QAbstractItemView, QTreeView, QWidget

from perfdesk.core.org import OrgUnit, Person, UnitKind
from perfdesk.ui.guard import guarded
from perfdesk.ui.labels import label
from perfdesk.ui.text import CELL_LIMIT, plain
from perfdesk.ui.widgets.views import setup_view

ID_ROLE = Qt.ItemDataRole.UserRole + 1
IS_PERSON_ROLE = Qt.ItemDataRole.UserRole + 2


class OrgTree(QTreeView):
    holder_changed = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._model = QStandardItemModel(self)
        self._built: tuple[tuple[OrgUnit, ...], tuple[Person, ...]] | None = None
        self.setModel(self._model)
        self.setHeaderHidden(True)
        self.setUniformRowHeights(True)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        setup_view(self)
        self.selectionModel().currentChanged.connect(self._current_changed)

    def set_org(self, units: Iterable[OrgUnit], people: Iterable[Person]) -> None:
        """Rebuild the tree, keeping the selected holder when it still exists.

        Emits `holder_changed` exactly once afterwards, so a tab loads its data once.
        """
        previous = self.current_holder()
        org = (tuple(units), tuple(people))
        if org != self._built:  # the same organisation keeps its tree (and expansion)
            self.blockSignals(True)
            try:
                self._rebuild(*org, previous)
            finally:
                self.blockSignals(False)
            self._built = org
        holder = self.current_holder()
        if holder is not None:
            self.holder_changed.emit(holder)

    def _rebuild(
        self, units: Iterable[OrgUnit], people: Iterable[Person], previous: str | None
    ) -> None:
        self._model.removeRows(0, self._model.rowCount())
        items: dict[str, QStandardItem] = {}
        unit_list = list(units)
        for unit in unit_list:
            item = QStandardItem(plain(unit.name, CELL_LIMIT))
            item.setEditable(False)
            item.setData(unit.id, ID_ROLE)
            item.setData(False, IS_PERSON_ROLE)
            item.setToolTip(label(unit.kind))
            if unit.kind is not UnitKind.TEAM:
                font = QFont()
                font.setBold(True)
                item.setFont(font)
            items[unit.id] = item
        for unit in unit_list:
            parent = items.get(unit.parent_id) if unit.parent_id else None
            (parent or self._model.invisibleRootItem()).appendRow(items[unit.id])
        for person in people:
            owner = items.get(person.unit_id)
            if owner is None:
                continue
            name = plain(person.name, CELL_LIMIT)
            text = f"{name}  · {plain(person.title, CELL_LIMIT)}" if person.title else name
            item = QStandardItem(text)
            item.setEditable(False)
            item.setData(person.id, ID_ROLE)
            item.setData(True, IS_PERSON_ROLE)
            item.setToolTip(label(person.committee_role) if person.committee_role else "")
            owner.appendRow(item)
        # Company and departments open; teams (with their people) closed.
        for unit in unit_list:
            if unit.kind is not UnitKind.TEAM:
                self.expand(items[unit.id].index())
        if previous and self.select_holder(previous):
            return
        if unit_list:
            self.setCurrentIndex(self._model.index(0, 0))

    def select_holder(self, holder_id: str) -> bool:
        matches = self._model.match(
            self._model.index(0, 0),
            ID_ROLE,
            holder_id,
            1,
            Qt.MatchFlag.MatchRecursive | Qt.MatchFlag.MatchExactly,
        )
        if not matches:
            return False
        self.setCurrentIndex(matches[0])
        self.scrollTo(matches[0])
        return True

    def current_holder(self) -> str | None:
        index = self.currentIndex()
        return index.data(ID_ROLE) if index.isValid() else None

    @guarded
    def _current_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        if current.isValid():
            self.holder_changed.emit(current.data(ID_ROLE))
