"""Table models of the merge preview: the rows a package would change, and its mappings.

`ChangeTableModel` shows one kind of change (new, updated, deleted, conflicts or
refused) of one package: the table, what the row is about, the columns that differ,
our value and theirs side by side, both stamps as local date-times, and for conflicts
two radio-like check columns, "Keep mine" and "Take theirs" (a click or Space on a
cell picks it; picking one clears the other). `MappingTableModel` lists the matches
proposed beyond ids (a KPI by code, a person by staff number) with a check box each.

Everything in a package is hostile input: every value goes through `plain` and
tooltips through `tooltip`. Ids in reference columns are shown by name when this
document knows them (`names`).
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any

from PySide6.QtCore import QCoreApplication, Qt, Signal

from perfdesk.core.kpi import Kpi
from perfdesk.core.numbers import format_kpi_value
from perfdesk.store.exchange.merge import Mapping, RowChange
from perfdesk.ui.exchange_labels import (
    column_name,
    local_stamp,
    matched_by,
    reason_text,
    table_name,
)
from perfdesk.ui.guard import guarded
from perfdesk.ui.models.rows import DISPLAY, RAW_ROLE, TOOLTIP, RowsModel
from perfdesk.ui.models.rows import Index as _Index
from perfdesk.ui.text import CELL_LIMIT, as_text, fill, plain, tooltip

CHECK = int(Qt.ItemDataRole.CheckStateRole)
_FLAGS = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
_CHECKABLE = _FLAGS | Qt.ItemFlag.ItemIsUserCheckable
_FLAG_COLUMNS = frozenset({"archived", "deleted", "locked", "invited", "related"})
_SHOWN_OF_NEW = 4  # a new row shows this many of its filled columns (all in the tooltip)

# The numbers of a goal that are in its KPI's unit (shown as the KPI grid shows them).
_KPI_NUMBERS = {
    "goals": frozenset({"target", "target_max"}),
    "goal_values": frozenset({"target", "target_max", "actual"}),
}


class Lookup:
    """What this document knows to show a package's rows: names of ids, and the KPI
    whose unit and decimals a goal's numbers are in. This base knows nothing."""

    def name(self, ident: str) -> str:
        return ""

    def kpi(self, change: RowChange) -> Kpi | None:
        return None


Names = Callable[[str], str]


def _no_names(ident: str) -> str:
    return ""


def value_text(column: str, value: Any, names: Names = _no_names) -> str:
    """One stored value for people: numbers trimmed, flags as yes/no, ids by name."""
    if value is None or value == "":
        return "—"
    if column in _FLAG_COLUMNS and value in (0, 1):
        return (
            QCoreApplication.translate("Exchange", "yes")
            if value
            else QCoreApplication.translate("Exchange", "no")
        )
    if isinstance(value, float):
        return (
            str(int(value)) if value.is_integer() and abs(value) < 1e15 else format(value, ".10g")
        )
    if isinstance(value, int):
        return str(value)
    text = as_text(value)
    if column.endswith("_id") or column == "id":
        named = names(text)
        if named:
            return plain(named, CELL_LIMIT)
        return text[:8] + "…" if len(text) > 12 else text
    return plain(text, CELL_LIMIT)


def _is_reference(column: str) -> bool:
    return column == "id" or column.endswith("_id")


class ChangeTableModel(RowsModel):
    (
        COL_TABLE,
        COL_ROW,
        COL_FIELDS,
        COL_OURS,
        COL_THEIRS,
        COL_OUR_STAMP,
        COL_THEIR_STAMP,
        COL_MINE,
        COL_TAKE,
        COL_REASON,
    ) = range(10)
    COLUMNS = 10
    decided = Signal()  # a conflict's decision changed

    def __init__(self, lookup: Lookup | None = None, parent: Any = None) -> None:
        super().__init__(parent)
        self._lookup = lookup or Lookup()
        self._names = self._lookup.name

    def _value(self, change: RowChange, column: str, side: dict[str, Any]) -> str:
        """A value as people read it: a goal's numbers in its KPI's unit, unless the two
        sides differ only beyond the KPI's decimals (then as stored, so they differ)."""
        value = side.get(column)
        if column in _KPI_NUMBERS.get(change.table, ()) and isinstance(value, int | float):
            kpi = self._lookup.kpi(change)
            if kpi is not None:
                text = format_kpi_value(float(value), kpi.decimals, kpi.unit)
                other_side = change.theirs if side is change.ours else change.ours
                other = other_side.get(column) if other_side is not None else None
                hidden = (
                    isinstance(other, int | float)
                    and other != value
                    and format_kpi_value(float(other), kpi.decimals, kpi.unit) == text
                )
                if text and not hidden:
                    return text
        return value_text(column, value, self._names)

    def set_rows(self, rows: Sequence[RowChange]) -> None:
        super().set_rows(rows)

    def row(self, index: int) -> RowChange:
        change: RowChange = self._rows[index]
        return change

    def rows(self) -> list[RowChange]:
        return list(self._rows)

    def _headers(self) -> tuple[str, ...]:
        return (
            self.tr("Table"),
            self.tr("Row"),
            self.tr("Changed"),
            self.tr("Ours"),
            self.tr("Theirs"),
            self.tr("Our change"),
            self.tr("Their change"),
            self.tr("Keep mine"),
            self.tr("Take theirs"),
            self.tr("Why"),
        )

    def _shown_columns(self, change: RowChange) -> list[str]:
        if change.ours is not None:
            return list(change.changed)
        filled = [
            c
            for c in change.changed
            if change.theirs.get(c) not in (None, "") and c not in ("id", "deleted")
        ]
        return filled

    def _values(self, change: RowChange, side: dict[str, Any] | None, limit: int) -> str:
        if side is None:
            return ""
        columns = self._shown_columns(change)
        if change.ours is None:
            columns = columns[:limit]
        if len(columns) == 1 and change.ours is not None:
            return self._value(change, columns[0], side)
        named = QCoreApplication.translate("Exchange", "%1: %2")
        return " · ".join(
            fill(named, column_name(c), self._value(change, c, side)) for c in columns
        )

    def _row_texts(self, change: RowChange) -> tuple[str, ...]:
        conflict = change.kind == "conflict"
        fields = (
            ""
            if change.ours is None
            else QCoreApplication.translate("Exchange", ", ").join(map(column_name, change.changed))
        )
        return (
            table_name(change.table),
            plain(change.label, CELL_LIMIT) or "—",
            fields,
            self._values(change, change.ours, _SHOWN_OF_NEW),
            self._values(change, change.theirs, _SHOWN_OF_NEW),
            local_stamp(change.our_stamp),
            local_stamp(change.their_stamp),
            "",
            "",
            reason_text(change.reason, conflict),
        )

    def _tooltip(self, change: RowChange, column: int) -> str | None:
        if column in (self.COL_OURS, self.COL_THEIRS):
            side = change.ours if column == self.COL_OURS else change.theirs
            if side is None:
                return None
            named = QCoreApplication.translate("Exchange", "%1: %2")
            lines = [
                fill(named, column_name(c), self._value(change, c, side))
                for c in self._shown_columns(change)
            ]
            return tooltip("\n".join(lines))
        if column == self.COL_ROW:
            return tooltip(change.label)
        if column == self.COL_MINE and change.kind == "conflict":
            return tooltip(self.tr("Keep this document's value (Space)"))
        if column == self.COL_TAKE and change.kind == "conflict":
            return tooltip(self.tr("Take the package's value (Space)"))
        return None

    @guarded
    def data(self, index: _Index, role: int = DISPLAY) -> Any:
        if not index.isValid():
            return None
        r, column = index.row(), index.column()
        change = self.row(r)
        if role == DISPLAY:
            return self.text(r, column)
        if role == CHECK:
            if change.kind != "conflict" or column not in (self.COL_MINE, self.COL_TAKE):
                return None
            wanted = "mine" if column == self.COL_MINE else "theirs"
            checked = change.decision == wanted
            return Qt.CheckState.Checked if checked else Qt.CheckState.Unchecked
        if role == TOOLTIP:
            return self._tooltip(change, column)
        if role == RAW_ROLE:
            return change
        return None

    @guarded(default=Qt.ItemFlag.NoItemFlags)
    def flags(self, index: _Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        conflict = self.row(index.row()).kind == "conflict"
        if conflict and index.column() in (self.COL_MINE, self.COL_TAKE):
            return _CHECKABLE
        return _FLAGS

    @guarded(default=False)
    def setData(self, index: _Index, value: Any, role: int = CHECK) -> bool:
        if role != CHECK or not index.isValid():
            return False
        if index.column() not in (self.COL_MINE, self.COL_TAKE):
            return False
        checked = value == Qt.CheckState.Checked or value == Qt.CheckState.Checked.value
        if not checked:
            return False  # radio-like: a choice is changed by picking the other one
        side = "mine" if index.column() == self.COL_MINE else "theirs"
        return self.decide(index.row(), side)

    def decide(self, r: int, side: str) -> bool:
        change = self.row(r)
        if change.kind != "conflict" or change.decision == side:
            return False
        change.decision = side
        self.dataChanged.emit(self.index(r, self.COL_MINE), self.index(r, self.COL_TAKE), [CHECK])
        self.decided.emit()
        return True

    def toggle(self, r: int) -> bool:
        """Space on a conflict row outside the check columns: undecided → theirs ↔ mine."""
        change = self.row(r)
        return self.decide(r, "mine" if change.decision == "theirs" else "theirs")

    def refresh_decisions(self) -> None:
        """Decisions changed outside (a rule for all): repaint the check columns."""
        if self._rows:
            self.dataChanged.emit(
                self.index(0, self.COL_MINE), self.index(len(self._rows) - 1, self.COL_TAKE)
            )


class MappingTableModel(RowsModel):
    COL_ACCEPT, COL_TABLE, COL_THEIRS, COL_OURS, COL_BY = range(5)
    COLUMNS = 5
    toggled = Signal(int)  # the row whose check box changed

    def row(self, index: int) -> Mapping:
        mapping: Mapping = self._rows[index]
        return mapping

    def _headers(self) -> tuple[str, ...]:
        return (
            self.tr("Use"),
            self.tr("Table"),
            self.tr("In the package"),
            self.tr("In this document"),
            self.tr("Matched by"),
        )

    def _row_texts(self, mapping: Mapping) -> tuple[str, ...]:
        return (
            "",
            table_name(mapping.table),
            plain(mapping.their_label, CELL_LIMIT),
            plain(mapping.our_label, CELL_LIMIT),
            matched_by(mapping.reason),
        )

    @guarded
    def data(self, index: _Index, role: int = DISPLAY) -> Any:
        if not index.isValid():
            return None
        r, column = index.row(), index.column()
        mapping = self.row(r)
        if role == DISPLAY:
            return self.text(r, column)
        if role == CHECK and column == self.COL_ACCEPT:
            return Qt.CheckState.Checked if mapping.accepted else Qt.CheckState.Unchecked
        if role == TOOLTIP and column in (self.COL_THEIRS, self.COL_OURS):
            return tooltip(mapping.their_label if column == self.COL_THEIRS else mapping.our_label)
        if role == RAW_ROLE:
            return mapping
        return None

    @guarded(default=Qt.ItemFlag.NoItemFlags)
    def flags(self, index: _Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return _CHECKABLE if index.column() == self.COL_ACCEPT else _FLAGS

    @guarded(default=False)
    def setData(self, index: _Index, value: Any, role: int = CHECK) -> bool:
        if role != CHECK or not index.isValid() or index.column() != self.COL_ACCEPT:
            return False
        checked = value == Qt.CheckState.Checked or value == Qt.CheckState.Checked.value
        mapping = self.row(index.row())
        if mapping.accepted == checked:
            return False
        mapping.accepted = checked
        self.dataChanged.emit(index, index, [CHECK])
        self.toggled.emit(index.row())
        return True
