"""The Meeting tab's agenda builder: ordered items with their minutes and notes, reordered
by drag or Ctrl+Up/Down, the planned total against the meeting's length with the end
time and what is wrong with the plan; templates (built-in and the document's own),
"Save as template…", the prefill by the departments' KPIs, and the parking lot.

Every change is one store operation (ops.set_agenda writes the whole order), so one
undo step. The widget reads the document through store/repo_meeting_plan.py.
"""

from __future__ import annotations

import dataclasses
import datetime
from collections.abc import Callable, Sequence

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QInputDialog,
    QMenu,
    QTableView,
    QToolBar,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from perfdesk.core.agenda import (
    BUILT_IN,
    PlanItem,
    Template,
    check_plan,
    end_time,
    planned_total,
    prefill,
    template_items,
)
from perfdesk.core.kpi import Status
from perfdesk.core.meeting import AgendaItem, AgendaKind
from perfdesk.store.document import Document
from perfdesk.store.ops import OpResult
from perfdesk.store.repo_meeting_plan import (
    MeetingForm,
    backlog,
    due_actions,
    plan_items,
    representatives,
    standings,
    templates,
)
from perfdesk.store.repo_meetings import agenda
from perfdesk.ui.agenda_dialogs import AgendaItemDialog, BacklogDialog
from perfdesk.ui.context import DocumentContext
from perfdesk.ui.guard import guarded
from perfdesk.ui.issue_capture import apply_op
from perfdesk.ui.labels import label
from perfdesk.ui.models.meeting_plan_models import PlanAgendaModel
from perfdesk.ui.text import fill
from perfdesk.ui.widgets.status import StatusLine
from perfdesk.ui.widgets.views import fit_columns, setup_view


class AgendaBuilder(QWidget):
    item_changed = Signal(object)  # the selected agenda item's id (or None)
    refused = Signal(str)  # a sentence saying why a change was not made
    writing = Signal()  # a change is about to be written (the tab keeps the meeting shown)
    written = Signal()  # a change was written

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context: DocumentContext | None = None
        self.meeting: MeetingForm | None = None
        self.items: list[PlanItem] = []
        self.editable = False
        self.model = PlanAgendaModel(self)
        self.model.moved.connect(self._dropped)
        table = QTableView()
        table.setModel(self.model)
        table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        setup_view(table)
        table.verticalHeader().setVisible(False)
        table.verticalHeader().setDefaultSectionSize(table.fontMetrics().height() + 10)
        header = table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(True)  # the note takes the width left over
        table.setDragEnabled(True)
        table.setAcceptDrops(True)
        table.setDropIndicatorShown(True)
        table.setDragDropMode(QAbstractItemView.DragDropMode.InternalMove)
        table.setDefaultDropAction(Qt.DropAction.MoveAction)
        table.doubleClicked.connect(lambda _index: self.edit_item())
        self.table = table
        table.selectionModel().currentRowChanged.connect(
            lambda current, _previous: self.item_changed.emit(self.current_id())
        )
        self.plan_label = StatusLine()
        self.warning_label = StatusLine()

        def action(text: str, slot: Callable[[], object], keys: str = "", tip: str = "") -> QAction:
            made = QAction(self)
            made.setText(text)
            if keys:
                made.setShortcut(QKeySequence(keys))
                made.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            made.setToolTip(
                fill(self.tr("%1 (%2)"), tip or text.replace("&", ""), keys) if keys else tip
            )
            made.triggered.connect(guarded(lambda _checked=False: slot()))
            self.addAction(made)
            return made

        self.add_action = action(self.tr("&Add Item…"), self.add_item, "Insert")
        self.edit_action = action(self.tr("&Edit Item…"), self.edit_item, "F2")
        self.remove_action = action(self.tr("&Remove Item"), self.remove_item, "Delete")
        self.up_action = action(self.tr("Move &Up"), lambda: self.move_item(-1), "Ctrl+Up")
        self.down_action = action(self.tr("Move &Down"), lambda: self.move_item(1), "Ctrl+Down")
        self.prefill_action = action(
            self.tr("&Prefill"),
            self.prefill,
            tip=self.tr(
                "One speaker per department with KPIs in the reviewed period, more minutes for "
                "more red, plus the review of last meeting's actions"
            ),
        )
        self.backlog_action = action(
            self.tr("Parking &Lot…"),
            self.take_backlog,
            tip=self.tr("Parked issues and items earlier meetings did not reach"),
        )
        self.save_template_action = action(self.tr("&Save as Template…"), self.save_template)
        self.template_menu = QMenu(self)
        self.template_menu.aboutToShow.connect(self._fill_templates)
        template_button = QToolButton()
        template_button.setText(self.tr("&Template"))
        template_button.setMenu(self.template_menu)
        template_button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        self.template_button = template_button

        # A tool bar folds what does not fit into its extension menu: never widens the window.
        bar = QToolBar()
        bar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        for made in (
            self.add_action,
            self.edit_action,
            self.remove_action,
            self.up_action,
            self.down_action,
        ):
            bar.addAction(made)
        bar.addSeparator()
        bar.addWidget(template_button)
        for made in (self.prefill_action, self.backlog_action, self.save_template_action):
            bar.addAction(made)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(bar)
        layout.addWidget(table, 1)
        layout.addWidget(self.plan_label)
        layout.addWidget(self.warning_label)
        self.set_editable(False)

    # -- showing ----------------------------------------------------------------------------
    def current_id(self) -> str | None:
        row = self.table.currentIndex().row()
        return self.items[row].id if 0 <= row < len(self.items) else None

    def current_row(self) -> int:
        return self.table.currentIndex().row()

    def set_editable(self, editable: bool) -> None:
        self.editable = editable
        for made in (
            self.add_action,
            self.edit_action,
            self.remove_action,
            self.up_action,
            self.down_action,
            self.prefill_action,
            self.backlog_action,
        ):
            made.setEnabled(editable)
        self.template_button.setEnabled(editable)
        self.save_template_action.setEnabled(self.meeting is not None and bool(self.items))
        self.table.setDragEnabled(editable)

    def clear(self) -> None:
        self.meeting = None
        self.items = []
        self.model.set_plan([], {}, {})
        for line in (self.plan_label, self.warning_label):
            line.setText("")
            line.set_look(None)
        self.set_editable(False)

    def show_meeting(
        self, context: DocumentContext, meeting: MeetingForm, editable: bool, select: int = -1
    ) -> None:
        self.context = context
        self.meeting = meeting
        conn = context.doc.conn
        self.items = plan_items(conn, meeting.id)
        rows = agenda(conn, meeting.id)
        notes = {item.id or "": item.note for item in self.items}
        starts: dict[str, str] = {}
        elapsed = 0.0
        for item in self.items:
            start = end_time(meeting.start_time, elapsed)
            starts[item.id or ""] = start or ""
            elapsed += item.minutes
        keep = self.current_row() if select < 0 else select
        if not self.model.same_plan(rows, notes, starts):
            self.model.set_plan(rows, notes, starts)
            # Planned and actual time side by side once the meeting has been timed.
            timed = any(item.actual_seconds is not None for item, _s, _u in rows)
            for column in (PlanAgendaModel.COL_ACTUAL, PlanAgendaModel.COL_OVERRUN):
                self.table.setColumnHidden(column, not timed)
            fit_columns(self.table)
        if self.items:
            row = min(max(keep, 0), len(self.items) - 1)
            self.table.setCurrentIndex(self.model.index(row, PlanAgendaModel.COL_ITEM))
        self.set_editable(editable)
        self._show_plan(context, meeting)

    def _show_plan(self, context: DocumentContext, meeting: MeetingForm) -> None:
        total = planned_total(self.items)
        ends = end_time(meeting.start_time, total)
        spare = meeting.planned_minutes - total
        if ends:
            text = fill(
                self.tr("Planned %1 min of %2 min; the agenda ends at %3 (%4 min spare)"),
                f"{total:g}",
                f"{meeting.planned_minutes:g}",
                ends,
                f"{max(spare, 0):g}",
            )
        else:
            text = fill(
                self.tr("Planned %1 min of %2 min (%3 min spare)"),
                f"{total:g}",
                f"{meeting.planned_minutes:g}",
                f"{max(spare, 0):g}",
            )
        self.plan_label.setText(text)
        self.plan_label.set_look(Status.RED if spare < 0 else Status.GREEN)
        names = {p.id: p.name for p in context.people.values()}
        attendees = {person for person, _a in meeting.attendees}
        warnings = check_plan(self.items, meeting.planned_minutes, attendees, names)
        sentences = [self._warning_text(w.code, w.params) for w in warnings]
        self.warning_label.setText(" ".join(sentences))
        self.warning_label.set_look(Status.AMBER if sentences else None)
        self.warning_label.setVisible(bool(sentences))

    def _warning_text(self, code: str, params: Sequence[str]) -> str:
        texts = {
            "no_items": self.tr("The agenda has no items yet: add some, or start from a template."),
            "bad_minutes": self.tr("Item %1 has %2 minutes: give it more than 0."),
            "speaker_absent": self.tr("%1 speaks but is not among the attendees."),
            "over": self.tr("The agenda is %1 min longer than the meeting."),
        }
        return fill(texts[code], *params)

    # -- writing ------------------------------------------------------------------------------
    def _write(self, text: str, items: Sequence[PlanItem], select: int = -1) -> OpResult | None:
        from perfdesk.store import ops

        if self.context is None or self.meeting is None:
            return None
        meeting_id = self.meeting.id
        doc: Document = self.context.doc
        wanted = list(items)
        self.writing.emit()
        done = apply_op(
            self, doc, text, lambda d: ops.set_agenda(d, meeting_id, wanted), self.refused.emit
        )
        if done is not None and select >= 0 and self.context is not None:
            # The window reloads the tab; the item moved or added stays selected.
            self.table.setCurrentIndex(self.model.index(min(select, len(wanted) - 1), 1))
        if done is not None:
            self.written.emit()
        return done

    def move_item(self, step: int) -> None:
        row = self.current_row()
        target = row + step
        if not self.editable or not 0 <= row < len(self.items) or not 0 <= target < len(self.items):
            return
        items = list(self.items)
        items[row], items[target] = items[target], items[row]
        self._write(self.tr("Move an agenda item"), items, target)

    @guarded
    def _dropped(self, source: int, target: int) -> None:
        if not self.editable or not 0 <= source < len(self.items):
            return
        items = list(self.items)
        moving = items.pop(source)
        at = target - 1 if target > source else target
        items.insert(at, moving)
        self._write(self.tr("Move an agenda item"), items, at)

    def _dialog(self, item: PlanItem | None) -> PlanItem | None:
        if self.context is None:
            return None
        dialog = AgendaItemDialog(self, self.context.units, self.context.people, item)
        try:
            return dialog.plan_item() if dialog.exec() else None
        finally:
            dialog.deleteLater()

    def add_item(self) -> None:
        if not self.editable:
            return
        made = self._dialog(None)
        if made is None:
            return
        row = self.current_row()
        at = row + 1 if 0 <= row < len(self.items) else len(self.items)
        items = list(self.items)
        items.insert(at, made)
        self._write(self.tr("Add an agenda item"), items, at)

    def edit_item(self) -> None:
        row = self.current_row()
        if not self.editable or not 0 <= row < len(self.items):
            return
        changed = self._dialog(self.items[row])
        if changed is None or changed == self.items[row]:
            return
        items = list(self.items)
        items[row] = changed
        self._write(self.tr("Edit an agenda item"), items, row)

    def remove_item(self) -> None:
        row = self.current_row()
        if not self.editable or not 0 <= row < len(self.items):
            return
        items = [item for i, item in enumerate(self.items) if i != row]
        self._write(self.tr("Remove an agenda item"), items, row)

    def replace_with(self, text: str, items: Sequence[PlanItem]) -> OpResult | None:
        """Make the agenda `items` (a template or the prefill); what was planned goes."""
        return self._write(text, items, 0)

    # -- templates, prefill, parking lot -------------------------------------------------------
    @guarded
    def _fill_templates(self) -> None:
        self.template_menu.clear()
        if self.context is None:
            return
        for template in BUILT_IN:
            made = self.template_menu.addAction(template.name(self.context.language))
            made.triggered.connect(guarded(lambda _c=False, t=template: self.use_template(t)))
        own = templates(self.context.doc.conn)
        if own:
            self.template_menu.addSeparator()
        for _id, name, items in own:
            made = self.template_menu.addAction(name)
            made.triggered.connect(guarded(lambda _c=False, n=name, i=items: self.use_items(n, i)))

    def use_template(self, template: Template) -> OpResult | None:
        if self.context is None or not self.editable:
            return None
        reps = representatives(self.context.doc.conn) if template.speakers else []
        items = template_items(template, self.context.language, reps)
        return self.replace_with(self.tr("Agenda from a template"), items)

    def use_items(self, _name: str, items: Sequence[PlanItem]) -> OpResult | None:
        if not self.editable:
            return None
        return self.replace_with(self.tr("Agenda from a template"), items)

    def prefill(self) -> OpResult | None:
        context, meeting = self.context, self.meeting
        if context is None or meeting is None or not self.editable:
            return None
        conn = context.doc.conn
        period = meeting.period or context.focus.key
        found = standings(conn, representatives(conn), context.kpis, period)
        day = datetime.date.fromisoformat(meeting.date)
        items = prefill(found, meeting.planned_minutes, context.language, due_actions(conn, day))
        return self.replace_with(self.tr("Prefill the agenda"), items)

    def take_backlog(self) -> None:
        if self.context is None or self.meeting is None or not self.editable:
            return
        entries = backlog(self.context.doc.conn, self.meeting.id)
        if not entries:
            self.refused.emit(self.tr("The parking lot is empty: nothing earlier is left over."))
            return
        dialog = BacklogDialog(self, entries)
        try:
            if not dialog.exec():
                return
            chosen = dialog.chosen()
        finally:
            dialog.deleteLater()
        if not chosen:
            return
        added = [
            PlanItem(
                AgendaKind.DISCUSSION,
                entry.text[:200],
                5,
                fill(self.tr("From %1 (%2)"), entry.meeting_title, entry.meeting_date),
            )
            for entry in chosen
        ]
        closing = next(
            (i for i, item in enumerate(self.items) if item.kind is AgendaKind.CLOSING),
            len(self.items),
        )
        items = [*self.items[:closing], *added, *self.items[closing:]]
        self._write(self.tr("Add items from the parking lot"), items, closing)

    def save_template(self) -> OpResult | None:
        from perfdesk.store import ops

        if self.context is None or self.meeting is None or not self.items:
            return None
        name, ok = QInputDialog.getText(
            self,
            self.tr("Save as Template"),
            self.tr("Name of the template:"),
            text=self.meeting.title,
        )
        if not ok:
            return None
        # Speakers and departments belong to this meeting; the template keeps the shape.
        items = [dataclasses.replace(i, speaker_id=None, unit_id=None, id=None) for i in self.items]
        doc = self.context.doc
        self.writing.emit()
        return apply_op(
            self,
            doc,
            self.tr("Save as Template"),
            lambda d: ops.save_agenda_template(d, name, items),
            self.refused.emit,
        )


def agenda_item_label(item: AgendaItem | PlanItem) -> str:
    return item.title or label(item.kind)
