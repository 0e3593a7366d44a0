"""The minutes of the selected agenda item: its entries, each marked information, decision
or action (as OpenProject marks a meeting's outcomes), and a field to type one in.

What is typed is saved by itself: on leaving the field, and a moment after the last key
(AUTOSAVE_MS), each save one store operation (ops.save_minute_entry) and one undo step.
A refusal is said by the tab and what was typed stays in the field.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt, QTimer, Signal
from PySide6.QtGui import QAction
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QPlainTextEdit,
    QTableView,
    QToolBar,
    QVBoxLayout,
    QWidget,
)

from perfdesk.store.repo_meeting_plan import minute_entries
from perfdesk.ui.context import DocumentContext
from perfdesk.ui.guard import guarded
from perfdesk.ui.issue_capture import apply_op
from perfdesk.ui.models.meeting_plan_models import MinuteModel, minute_kind_label
from perfdesk.ui.text import fill
from perfdesk.ui.widgets.text_label import TextLabel
from perfdesk.ui.widgets.views import fit_columns, setup_view

AUTOSAVE_MS = 1500  # an entry is saved this long after the last key (and on leaving)
MINUTE_KINDS = ("information", "decision", "action")


class MinutesPanel(QWidget):
    refused = Signal(str)  # why an entry was not saved
    writing = Signal()  # an entry is about to be written (the tab keeps the meeting shown)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context: DocumentContext | None = None
        self.meeting_id: str | None = None
        self.editable = False
        self.model = MinuteModel(self)
        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        setup_view(self.table)
        self.table.verticalHeader().setVisible(False)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.selectionModel().currentRowChanged.connect(
            lambda current, _previous: self._edit_entry(current.row())
        )
        self.kind = QComboBox()
        for kind in MINUTE_KINDS:
            self.kind.addItem(minute_kind_label(kind), kind)
        self.text = QPlainTextEdit()
        self.text.setTabChangesFocus(True)
        self.text.setPlaceholderText(
            self.tr("Type the outcome of this item; it is saved as you go.")
        )
        self.text.setMaximumHeight(80)
        self.text.installEventFilter(self)
        self.caption = TextLabel()
        self._entry_id: str | None = None  # the entry being typed (None: a new one)
        self._entry_saved = ""  # what is stored of it: an unchanged text writes nothing
        self._item_id: str | None = None
        self._saving = False
        self.autosave = QTimer(self)
        self.autosave.setSingleShot(True)
        self.autosave.setInterval(AUTOSAVE_MS)
        self.autosave.timeout.connect(self.save)
        self.text.textChanged.connect(self._typed)
        self.kind.activated.connect(lambda _index: self.save())
        self.new_entry_action = QAction(self)
        self.new_entry_action.setText(self.tr("New &Entry"))
        self.new_entry_action.triggered.connect(guarded(lambda _checked=False: self.new_entry()))
        bar = QToolBar()
        bar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        bar.addAction(self.new_entry_action)
        layout = QVBoxLayout(self)
        layout.addWidget(self.caption)
        layout.addWidget(self.table, 1)
        editor = QHBoxLayout()
        editor.addWidget(self.kind, 0, Qt.AlignmentFlag.AlignTop)
        editor.addWidget(self.text, 1)
        editor.addWidget(bar, 0, Qt.AlignmentFlag.AlignTop)
        layout.addLayout(editor)
        self.set_editable(False)

    def set_editable(self, editable: bool) -> None:
        self.editable = editable
        self.new_entry_action.setEnabled(editable)
        self.text.setReadOnly(not editable)
        self.kind.setEnabled(editable)

    @guarded
    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.text and event.type() == QEvent.Type.FocusOut:
            self.save()  # leaving the field saves it
        return False

    def clear(self) -> None:
        self.meeting_id = None
        self.model.set_rows([])
        self._load_entry(None)

    def show_item(
        self,
        context: DocumentContext,
        meeting_id: str,
        item_id: str | None,
        item_name: str,
        editable: bool,
    ) -> None:
        """The entries of `item_id` (None: the meeting's own); the field keeps what is
        being typed while the item stays the same."""
        self.context = context
        self.meeting_id = meeting_id
        self.set_editable(editable)
        self.caption.setText(
            fill(self.tr("Minutes of “%1”"), item_name)
            if item_name
            else self.tr("Minutes of the meeting")
        )
        entries = [
            e for e in minute_entries(context.doc.conn, meeting_id) if e.agenda_item_id == item_id
        ]
        if not self.model.same_rows(entries):
            self.model.set_rows(entries)
            fit_columns(self.table)
        if self._item_id != item_id or (
            self._entry_id is not None and all(e.id != self._entry_id for e in entries)
        ):
            self._load_entry(None)
        self._item_id = item_id

    def _load_entry(self, entry_id: str | None, kind: str = "information", text: str = "") -> None:
        self.autosave.stop()
        self._entry_id = entry_id
        self._entry_saved = text
        self.text.blockSignals(True)
        self.text.setPlainText(text)
        self.text.blockSignals(False)
        self.kind.setCurrentIndex(max(0, self.kind.findData(kind)))

    @guarded
    def _edit_entry(self, row: int) -> None:
        self.save()
        if 0 <= row < self.model.rowCount():
            entry = self.model.row(row)
            self._load_entry(entry.id, entry.kind, entry.text)

    def new_entry(self) -> None:
        self.save()
        self.table.clearSelection()
        self._load_entry(None, self.kind.currentData() or "information")
        self.text.setFocus()

    @guarded
    def _typed(self) -> None:
        if self.editable:
            self.autosave.start()

    @guarded
    def save(self) -> None:
        """Write what is typed (one undo step); nothing when it is what is stored."""
        from perfdesk.store import ops

        self.autosave.stop()
        if self._saving:  # the write's own reload comes through here again
            return
        context, meeting_id = self.context, self.meeting_id
        text = self.text.toPlainText().strip()
        kind = self.kind.currentData() or "information"
        if context is None or meeting_id is None or not self.editable:
            return
        shown = [self.model.row(r) for r in range(self.model.rowCount())]
        stored = next((e for e in shown if e.id == self._entry_id), None)
        if text == self._entry_saved.strip() and (stored is None or stored.kind == kind):
            return
        if self._entry_id is None and not text:
            return
        entry_id, item_id = self._entry_id, self._item_id
        self.writing.emit()
        self._saving = True
        try:
            done = apply_op(
                self,
                context.doc,
                self.tr("Minutes"),
                lambda d: ops.save_minute_entry(d, meeting_id, item_id, kind, text, entry_id),
                self.refused.emit,
            )
        finally:
            self._saving = False
        if done is not None:
            self._entry_id = done.row_id if text else None
            self._entry_saved = text
            self._reload()

    def _reload(self) -> None:
        if self.context is None or self.meeting_id is None:
            return
        entries = [
            e
            for e in minute_entries(self.context.doc.conn, self.meeting_id)
            if e.agenda_item_id == self._item_id
        ]
        if not self.model.same_rows(entries):
            self.model.set_rows(entries)
            fit_columns(self.table)
