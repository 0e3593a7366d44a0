"""What every read-only table and tree shares: keyboard behaviour, copying, column widths.

`setup_view(view)` is called once per view: Tab leaves it (a read-only table
has nothing to tab between, and trapping Tab strands keyboard users), Ctrl+C
copies the selected block as tab-separated text that Excel and LibreOffice
paste as cells, and nothing is editable. `fit_columns(table)` sizes columns
to their contents but never wider than a cap, so one long name cannot push
the other columns out of sight. `move_focus` is F6 between a tab's panes.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator, Sequence
from contextlib import contextmanager

from PySide6.QtCore import (
    QAbstractItemModel,
    QAbstractProxyModel,
    QEvent,
    QModelIndex,
    QObject,
    Qt,
)
from PySide6.QtGui import QKeyEvent, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QHeaderView,
    QLineEdit,
    QTableView,
    QTreeView,
    QWidget,
)

from perfdesk.ui.guard import guarded
from perfdesk.ui.models.rows import RowsModel
from perfdesk.ui.text import strip_isolates

_MAX_COLUMN_EM = 30  # widest a column sizes itself, in average character widths
_CELL_BREAKS = str.maketrans({"\t": " ", "\n": " ", "\r": " ", "\u2028": " ", "\u2029": " "})


_SAMPLE = 100  # rows measured when sizing a column: a screenful and more
_QT_SIZED = 20  # up to this many rows, Qt sizes the columns (a few data() calls a cell)


def fit_columns(table: QTableView, max_em: int = _MAX_COLUMN_EM, sample: int = _SAMPLE) -> None:
    """Size each shown column to its header and the display text (and icon) of its first
    `sample` rows, never wider than `max_em` average characters.

    Measured here rather than by resizeColumnsToContents: Qt asks the delegate for a
    size hint per cell, ~9 data() calls each, which for 3,000 actions cost a third of
    a second even when bounded to 200 rows. A RowsModel (or a proxy over one) gives
    its cells in Python (`cell`), and each distinct text is measured once.
    """
    model = table.model()
    if model is None:
        return
    header = table.horizontalHeader()
    metrics = table.fontMetrics()
    cap = metrics.averageCharWidth() * max_em
    if model.rowCount() <= _QT_SIZED:
        # A few rows (the Goals tab at start-up): Qt's own sizing costs less than the
        # style's metrics, whose ~20 enum types PySide builds on first use (~20 ms).
        for column in range(model.columnCount()):
            if not header.isSectionHidden(column):
                table.resizeColumnToContents(column)
                table.setColumnWidth(column, min(table.columnWidth(column), cap))
        return
    fit = _ColumnFit(table, max_em)
    cell = _cells(model, min(model.rowCount(), sample))
    for column in range(model.columnCount()):
        if not header.isSectionHidden(column):
            fit.fit(column, cell(column))


def fit_columns_to_texts(
    table: QTableView, texts: Sequence[Iterable[str]], max_em: int = _MAX_COLUMN_EM
) -> None:
    """`fit_columns` for a table whose display texts the caller has, column by column
    (no icons): nothing is asked of the model."""
    fit = _ColumnFit(table, max_em)
    for column, column_texts in enumerate(texts):
        fit.fit(column, ((text, False) for text in column_texts))


class _ColumnFit:
    """Sizes columns as the item delegate draws their texts, at most `max_em` wide."""

    def __init__(self, table: QTableView, max_em: int) -> None:
        from PySide6.QtWidgets import QStyle

        self._table = table
        self._header = table.horizontalHeader()
        self._metrics = table.fontMetrics()
        self._cap = self._metrics.averageCharWidth() * max_em
        style = table.style()
        margin = style.pixelMetric(QStyle.PixelMetric.PM_FocusFrameHMargin, None, table) + 1
        size = table.iconSize()
        small = style.pixelMetric(QStyle.PixelMetric.PM_SmallIconSize, None, table)
        self._icon = (size.width() if size.isValid() else small) + 2 * margin + 1
        # +4: mixed Chinese and Latin text draws a few pixels wider than it measures.
        self._pad = 2 * margin + 4 + (1 if table.showGrid() else 0)

    def fit(self, column: int, cells: Iterable[tuple[str, bool]]) -> None:
        """Each distinct (text, has an icon) measured once, the longest first, until one
        reaches the cap."""
        widest = self._header.sectionSizeHint(column)
        for text, decorated in sorted(set(cells), key=lambda found: -len(found[0])):
            width = self._pad + (self._icon if decorated else 0)
            if text:
                width += max(self._metrics.horizontalAdvance(line) for line in text.split("\n"))
            widest = max(widest, width)
            if widest >= self._cap:  # capped: no other text can change the width
                break
        self._table.setColumnWidth(column, min(widest, self._cap))


def fit_to_width(table: QTableView, flexible: Sequence[int], floor_em: int = 10) -> None:
    """Narrow the `flexible` columns (long free texts: a title, a meeting), in the order
    given, so that every column fits the table's width: the first gives up what it can
    down to `floor_em` average characters, then the next; their texts are elided, full
    in the tooltip. Nothing changes when everything already fits."""
    header = table.horizontalHeader()
    shown = [c for c in range(header.count()) if not header.isSectionHidden(c)]
    available = table.viewport().width()
    if available <= 0 or not shown:
        return
    excess = sum(table.columnWidth(c) for c in shown) - available
    floor = table.fontMetrics().averageCharWidth() * floor_em
    for column in flexible:
        if excess <= 0:
            return
        if column not in shown:
            continue
        width = table.columnWidth(column)
        given = min(max(width - floor, 0), excess)
        table.setColumnWidth(column, width - given)
        excess -= given


class WidthKeeper(QObject):
    """Keeps a table's columns within its width as it is resized: after `fitted()` (call
    it once the columns are sized to their texts), the `flexible` columns give up width
    (fit_to_width) whenever the table is narrower than its columns, and grow back to
    their texts when it widens again."""

    def __init__(self, table: QTableView, flexible: Sequence[int]) -> None:
        super().__init__(table)
        self._table = table
        self._flexible = tuple(flexible)
        self._natural: dict[int, int] = {}
        table.viewport().installEventFilter(self)

    def fitted(self) -> None:
        self._natural = {c: self._table.columnWidth(c) for c in self._flexible}
        self.fit()

    def fit(self) -> None:
        for column, width in self._natural.items():
            self._table.setColumnWidth(column, width)
        if self._natural:
            fit_to_width(self._table, self._flexible)

    @guarded(default=False)
    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Resize and self._natural:
            self.fit()
        return False


def _cells(model: QAbstractItemModel, rows: int) -> Callable[[int], Iterator[tuple[str, bool]]]:
    """For a column, the (display text, has an icon) of the first `rows` rows shown."""
    source = model.sourceModel() if isinstance(model, QAbstractProxyModel) else model
    if isinstance(source, RowsModel):
        if source is model:
            shown = list(range(rows))
        else:
            assert isinstance(model, QAbstractProxyModel)
            mapped = (model.mapToSource(model.index(r, 0)) for r in range(rows))
            shown = [index.row() for index in mapped if index.isValid()]  # not header rows

        def python(column: int) -> Iterator[tuple[str, bool]]:
            return (source.cell(r, column) for r in shown)

        return python

    def qt(column: int) -> Iterator[tuple[str, bool]]:
        for r in range(rows):
            index = model.index(r, column)
            text = index.data(Qt.ItemDataRole.DisplayRole)
            icon = index.data(Qt.ItemDataRole.DecorationRole) is not None
            yield ("" if text is None else str(text)), icon

    return qt


def setup_view(view: QAbstractItemView) -> None:
    view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    view.setTabKeyNavigation(False)
    view.installEventFilter(_CopyKey(view))


class _CopyKey(QObject):
    """Ctrl+C (the platform's Copy keys) on a view copies its selection as TSV.

    Accepting the ShortcutOverride keeps the key for the view, so the window's
    Edit → Copy shortcut does not fire as well.
    """

    @guarded(default=False)
    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        kind = event.type()
        if kind not in (QEvent.Type.ShortcutOverride, QEvent.Type.KeyPress):
            return False
        if not isinstance(event, QKeyEvent) or not event.matches(QKeySequence.StandardKey.Copy):
            return False
        if kind == QEvent.Type.ShortcutOverride:
            event.accept()
            return True
        if isinstance(watched, QAbstractItemView):
            copy_selection(watched)
        return True


def _header(view: QAbstractItemView) -> QHeaderView | None:
    if isinstance(view, QTableView):
        return view.horizontalHeader()
    if isinstance(view, QTreeView):
        return view.header()
    return None


def _row_key(index: QModelIndex) -> tuple[int, ...]:
    """Where a row sits in the model's tree (top-level rows are (row,)), for ordering."""
    key: list[int] = []
    while index.isValid():
        key.insert(0, index.row())
        index = index.parent()
    return tuple(key)


def selection_tsv(view: QAbstractItemView) -> str:
    """The selected block as tab-separated text: rows by newline, cells by tab.

    The block spans every selected row and column in the order shown; a cell
    inside it that is not selected is empty. A cell's own tabs and line breaks
    become spaces so the shape survives a paste.
    """
    selection = view.selectionModel()
    indexes = list(selection.selectedIndexes()) if selection is not None else []
    if not indexes and view.currentIndex().isValid():
        indexes = [view.currentIndex()]
    if not indexes:
        return ""
    header = _header(view)

    def visual(column: int) -> int:
        return header.visualIndex(column) if header is not None else column

    columns = sorted(
        {i.column() for i in indexes if header is None or not header.isSectionHidden(i.column())},
        key=visual,
    )
    rows: dict[tuple[int, ...], dict[int, QModelIndex]] = {}
    for index in indexes:
        rows.setdefault(_row_key(index), {})[index.column()] = index
    lines = []
    for key in sorted(rows):
        cells = rows[key]
        lines.append("\t".join(_cell_text(cells.get(c)) for c in columns))
    return "\n".join(lines)


def _cell_text(index: QModelIndex | None) -> str:
    if index is None:
        return ""
    value = index.data(Qt.ItemDataRole.DisplayRole)
    return "" if value is None else strip_isolates(str(value)).translate(_CELL_BREAKS).strip()


def copy_selection(view: QAbstractItemView) -> bool:
    """Put the view's selected block on the clipboard; False when nothing is selected."""
    text = selection_tsv(view)
    if text:
        QApplication.clipboard().setText(text)
    return bool(text)


def move_focus(panes: Sequence[QWidget], step: int) -> QWidget | None:
    """Focus the next (step 1) or previous (-1) visible pane after the one holding focus."""
    shown = [p for p in panes if p.isVisible() and p.isEnabled()]
    if not shown:
        return None
    focus = QApplication.focusWidget()
    current = next(
        (i for i, pane in enumerate(shown) if focus is not None and pane.isAncestorOf(focus)),
        next((i for i, pane in enumerate(shown) if pane is focus), None),
    )
    if current is None:
        target = shown[0] if step > 0 else shown[-1]
    else:
        target = shown[(current + step) % len(shown)]
    target.setFocus(Qt.FocusReason.ShortcutFocusReason)
    if isinstance(target, QLineEdit):
        target.selectAll()
    return target


@contextmanager
def busy() -> Iterator[None]:
    """A wait cursor over the whole application while the block runs (work that can
    take more than ~100 ms: a whole company's rows)."""
    QApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
    try:
        yield
    finally:
        QApplication.restoreOverrideCursor()
