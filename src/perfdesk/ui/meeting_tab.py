"""Meeting tab (质询会议): plan the review meetings and keep what each recorded.

The list of meetings (collapsible, so the detail gets the width) and, for the selected
one, its header (date, type, place, period reviewed, chair, secretary, attendance as
"应到 N 人，实到 M 人"), the agenda builder (ui/agenda_builder.py), the issues raised
with their actions and the parking lot, and the minutes of the selected agenda item,
each entry marked information, decision or action and saved as it is typed.
New meeting (Ctrl+N), Edit and Archive; capture an issue with I or Ctrl+I
(ui/issue_capture.py). Running the meeting is ui/run_mode.py's; `selected_meeting_id`
tells it which meeting to start. An ended meeting is locked: shown, not edited.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QItemSelectionModel, QObject, Qt, QTimer
from PySide6.QtGui import QAction, QKeyEvent, QKeySequence, QResizeEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QGridLayout,
    QHeaderView,
    QLabel,
    QSplitter,
    QTableView,
    QTabWidget,
    QToolBar,
    QVBoxLayout,
    QWidget,
)

from perfdesk.core.meeting import AgendaKind, Attendance, MeetingStatus
from perfdesk.core.org import scope_of
from perfdesk.core.periods import PeriodError, belongs_to
from perfdesk.store.repo_meeting_plan import (
    MeetingForm,
    issue_lines,
    meeting_form,
)
from perfdesk.store.repo_meetings import MeetingRow, list_meetings, meeting_links
from perfdesk.ui.action_review import ActionReviewPanel
from perfdesk.ui.agenda_builder import AgendaBuilder
from perfdesk.ui.context import DocumentContext
from perfdesk.ui.guard import guarded
from perfdesk.ui.issue_capture import apply_op, capture_issue
from perfdesk.ui.labels import label
from perfdesk.ui.meeting_form import MeetingDialog, attendance_summary
from perfdesk.ui.minutes_panel import MinutesPanel
from perfdesk.ui.models.meeting_models import MeetingListModel, period_text
from perfdesk.ui.models.meeting_plan_models import IssueLineModel
from perfdesk.ui.text import fill, plain
from perfdesk.ui.widgets.document_tab import DocumentTab
from perfdesk.ui.widgets.filter_chip import FilterChip
from perfdesk.ui.widgets.panels import read_only_notice
from perfdesk.ui.widgets.text_label import TextLabel, wrapping_label
from perfdesk.ui.widgets.views import fit_columns, setup_view

_LIST_SHARE = 0.3  # the meeting list never takes more of the width than this at first


def _reviews(period: str, focus: str) -> bool:
    """Whether a meeting reviewing `period` reviewed (part of) the period in focus."""
    try:
        return bool(period) and (belongs_to(period, focus) or belongs_to(focus, period))
    except PeriodError:  # a free-form period in an old or hand-made file
        return False


def _table(model: QObject) -> QTableView:
    table = QTableView()
    table.setModel(model)  # type: ignore[arg-type]
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    setup_view(table)
    table.verticalHeader().setVisible(False)
    table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
    table.horizontalHeader().setStretchLastSection(True)
    # One text line per row: more agenda fits on a projector without scrolling.
    table.verticalHeader().setDefaultSectionSize(table.fontMetrics().height() + 10)
    return table


def _bar(*actions: QAction) -> QToolBar:
    """Text buttons that fold into the bar's extension menu when narrow."""
    bar = QToolBar()
    bar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
    for action in actions:
        bar.addAction(action)
    return bar


class MeetingTab(DocumentTab):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.meetings_model = MeetingListModel(self)
        self.meeting_table = _table(self.meetings_model)
        self.meeting_table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.meeting_table.horizontalHeader().setStretchLastSection(False)
        # The list says which meeting; the header beside it says the rest.
        for column in (
            MeetingListModel.COL_KIND,
            MeetingListModel.COL_PERIOD,
            MeetingListModel.COL_CHAIR,
            MeetingListModel.COL_ATTENDANCE,
        ):
            self.meeting_table.setColumnHidden(column, True)
        self.meeting_table.horizontalHeader().setSectionResizeMode(
            MeetingListModel.COL_TITLE, QHeaderView.ResizeMode.Stretch
        )
        self.form: MeetingForm | None = None
        self._pinned: str | None = None  # the meeting this tab just edited: shown again

        # -- actions (the tab's own keys, while the focus is in it) ---------------------------
        self.new_action = self._action(self.tr("&New Meeting…"), self.new_meeting, "Ctrl+N")
        self.edit_action = self._action(self.tr("&Edit Meeting…"), self.edit_meeting, "Ctrl+E")
        self.archive_action = self._action(self.tr("&Archive Meeting"), self.archive_meeting)
        self.reopen_action = self._action(self.tr("&Reopen Meeting…"), self.reopen_meeting)
        self.reopen_action.setToolTip(
            self.tr("Correct an ended meeting: reopen it, with the reason logged")
        )
        # Ctrl+I while the focus is in the tab; plain I too (see eventFilter).
        self.capture_action = self._action(self.tr("Capture &Issue…"), self.capture, "Ctrl+I")
        self.capture_action.setToolTip(self.tr("Capture an issue (I or Ctrl+I)"))
        self.to_action_action = self._action(self.tr("Make &Action"), self.issue_to_action)
        self.park_action = self._action(self.tr("&Park / Unpark"), self.toggle_parked)
        self.list_action = self._action(self.tr("Meeting &List"), self.toggle_list, "Ctrl+L")
        self.list_action.setCheckable(True)
        self.list_action.setChecked(True)

        # -- the header ------------------------------------------------
        self.title = TextLabel()
        self.title.setObjectName("tabTitle")
        self.title.setStyleSheet("QLabel#tabTitle { font-size: 15pt; font-weight: bold; }")
        self.fields: dict[str, TextLabel] = {}
        header = QGridLayout()
        names = (
            ("date", self.tr("Date:")),
            ("kind", self.tr("Type:")),
            ("place", self.tr("Place:")),
            ("period", self.tr("Period reviewed:")),
            ("chair", self.tr("Chair:")),
            ("secretary", self.tr("Secretary:")),
            ("status", self.tr("Status:")),
            ("attendance", self.tr("Attendance:")),
        )
        for number, (key, caption) in enumerate(names):
            value = TextLabel()
            value.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            self.fields[key] = value
            row, column = divmod(number, 4)
            header.addWidget(QLabel(caption), row, column * 2, Qt.AlignmentFlag.AlignTop)
            header.addWidget(value, row, column * 2 + 1, Qt.AlignmentFlag.AlignTop)
            header.setColumnStretch(column * 2 + 1, 2 if key == "attendance" else 1)
        self.locked_notice = read_only_notice(
            self.tr(
                "This meeting has ended and its record is locked: the agenda, attendance, issues "
                "and minutes are shown as recorded."
            )
        )
        self.locked_notice.hide()
        self.message = wrapping_label()
        self.message.setStyleSheet("color: #b3261e")
        self.message.hide()

        # -- agenda, issues, minutes ------------------------------------------------
        self.builder = AgendaBuilder()
        self.builder.refused.connect(self._say)
        self.builder.writing.connect(self._pin)
        self.builder.written.connect(self.refresh)
        self.builder.item_changed.connect(self._item_changed)
        self.agenda_model = self.builder.model  # the models the tests and other tabs read
        self.agenda_table = self.builder.table
        self.plan_label = self.builder.plan_label

        self.issues_model = IssueLineModel(self)
        self.issue_table = _table(self.issues_model)
        self.issue_table.setWordWrap(True)
        issue_header = self.issue_table.horizontalHeader()
        issue_header.setStretchLastSection(False)
        # The free texts share the width left over and wrap, so no column hides.
        for column in (
            IssueLineModel.COL_DESCRIPTION,
            IssueLineModel.COL_SOLUTION,
            IssueLineModel.COL_RESOURCES,
            IssueLineModel.COL_ACTION,
        ):
            issue_header.setSectionResizeMode(column, QHeaderView.ResizeMode.Stretch)
        # Rows fit their wrapped text at the widths the columns end up with: measured
        # while the tab was hidden (columns a few pixels wide) a row grew taller than the
        # view and the issues seemed missing. Re-fit when the widths settle; never more
        # than six lines a row (the tooltip and the capture form show the rest).
        lines = self.issue_table.fontMetrics().lineSpacing()
        self.issue_table.verticalHeader().setMaximumSectionSize(lines * 6 + 8)
        self._refit_issue_rows = QTimer(self)
        self._refit_issue_rows.setSingleShot(True)
        self._refit_issue_rows.setInterval(0)
        self._refit_issue_rows.timeout.connect(guarded(self.issue_table.resizeRowsToContents))
        issue_header.sectionResized.connect(lambda *_: self._refit_issue_rows.start())
        issues = QWidget()
        issue_layout = QVBoxLayout(issues)
        issue_layout.addWidget(_bar(self.capture_action, self.to_action_action, self.park_action))
        issue_layout.addWidget(self.issue_table, 1)

        self.minutes = MinutesPanel()
        self.minutes.refused.connect(self._say)
        self.minutes.writing.connect(self._pin)
        # The parts the tests (and the keys) reach directly.
        self.minutes_model = self.minutes.model
        self.minute_table = self.minutes.table
        self.minute_kind = self.minutes.kind
        self.minute_text = self.minutes.text

        self.lower_tabs = QTabWidget()
        self.lower_tabs.addTab(issues, self.tr("Issues raised"))
        self.lower_tabs.addTab(self.minutes, self.tr("Minutes"))

        top_bar = _bar(
            self.list_action,
            self.new_action,
            self.edit_action,
            self.archive_action,
            self.reopen_action,
        )
        detail = QWidget()
        layout = QVBoxLayout(detail)
        layout.addWidget(top_bar)
        layout.addWidget(self.title)
        layout.addLayout(header)
        layout.addWidget(self.locked_notice)
        layout.addWidget(self.message)
        work = QSplitter(Qt.Orientation.Vertical)
        agenda_box = QWidget()
        agenda_layout = QVBoxLayout(agenda_box)
        agenda_layout.setContentsMargins(0, 0, 0, 0)
        agenda_layout.addWidget(self._caption(self.tr("Agenda")))
        agenda_layout.addWidget(self.builder, 1)
        # The review of last meeting's actions (有改进/无改进), when that item is selected.
        self.action_review = ActionReviewPanel()
        self.action_review.hide()
        agenda_layout.addWidget(self.action_review, 1)
        work.addWidget(agenda_box)
        work.addWidget(self.lower_tabs)
        work.setStretchFactor(0, 3)
        work.setStretchFactor(1, 2)
        layout.addWidget(work, 1)

        left = QWidget()
        left_layout = QVBoxLayout(left)
        self._list_layout = left_layout
        left_layout.addWidget(self._caption(self.tr("Meetings")))
        self.chip = FilterChip()
        self.chip.cleared.connect(self._clear_scope)
        self._cleared_for: str | None = None
        left_layout.addWidget(self.chip)
        self.no_meeting = wrapping_label()
        self.no_meeting.setVisible(False)
        left_layout.addWidget(self.no_meeting)
        left_layout.addWidget(self.meeting_table, 1)
        splitter = QSplitter(Qt.Orientation.Horizontal)
        splitter.addWidget(left)
        splitter.addWidget(detail)
        splitter.setStretchFactor(1, 3)
        splitter.setSizes([420, 860])
        self._left = left
        self._detail = detail
        self._splitter = splitter
        self.set_content(splitter)
        self._list_fitted = False
        splitter.splitterMoved.connect(self._divider_moved)
        for model in (self.meetings_model, self.agenda_model, self.issues_model):
            self.watch(model)
        self.watch(self.minutes_model)
        self.meeting_table.selectionModel().currentRowChanged.connect(
            lambda current, _previous: self._show_meeting(current.row())
        )
        # Plain I and the tab's Ctrl+N (the window's is New Document) reach the tab first.
        for view in (self.meeting_table, self.agenda_table, self.issue_table, self.minute_table):
            view.installEventFilter(self)
        self.installEventFilter(self)
        self._sync_actions()

    def _action(self, text: str, slot: object, keys: str = "") -> QAction:
        made = QAction(self)
        made.setText(text)
        if keys:
            made.setShortcut(QKeySequence(keys))
            made.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            made.setToolTip(fill(self.tr("%1 (%2)"), text.replace("&", "").rstrip("…"), keys))
        made.triggered.connect(guarded(lambda _checked=False: slot()))  # type: ignore[operator]
        self.addAction(made)
        return made

    @staticmethod
    def _caption(text: str) -> QLabel:
        caption = QLabel(text)
        caption.setStyleSheet("font-weight: bold; margin-top: 6px;")
        return caption

    def panes(self) -> list[QWidget]:
        return [self.meeting_table, self.agenda_table, self.issue_table]

    def clear(self) -> None:
        self.meetings_model.set_rows([])
        self._clear_detail()

    def holder_moved(self) -> None:
        self._stale = True  # the list follows the selection: reload when seen
        if self.isVisible():
            self.refresh()

    # -- keys -------------------------------------------------------------------------------
    @guarded
    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        kind = event.type()
        if not isinstance(event, QKeyEvent):
            return False
        key, mods = event.key(), event.modifiers()
        ctrl = mods == Qt.KeyboardModifier.ControlModifier
        new = ctrl and key == Qt.Key.Key_N
        plain_i = key == Qt.Key.Key_I and mods == Qt.KeyboardModifier.NoModifier
        if kind == QEvent.Type.ShortcutOverride and (new or plain_i):
            event.accept()  # the window's Ctrl+N (New Document) must not take it here
            return True
        if kind == QEvent.Type.KeyPress and new:
            self.new_meeting()
            return True
        if kind == QEvent.Type.KeyPress and plain_i:
            self.capture()
            return True
        return False

    # -- the list ------------------------------------------------------------------------------
    @guarded
    def _clear_scope(self) -> None:
        if self.context is not None:
            self._cleared_for = self.context.holder
            self.refresh()

    def _in_scope(self, context: DocumentContext, rows: list[MeetingRow]) -> list[MeetingRow]:
        """The meetings that concern the selected unit (its agenda, attendees or issues
        name the unit, a unit below it or their people) or person; all for the company."""
        holder = context.holder
        if holder is not None and holder == self._cleared_for:
            self.chip.show_filter(None)
            return rows
        self._cleared_for = None
        scope = scope_of(holder, context.units, context.people.values())
        self.chip.show_filter(None if scope.everything else context.breadcrumb(holder))
        if scope.everything:
            return rows
        links = meeting_links(context.doc.conn)
        nothing: tuple[set[str], set[str]] = (set(), set())
        return [
            row
            for row in rows
            if row.id == self._pinned or scope.concerns(*links.get(row.id, nothing))
        ]

    def load(self, context: DocumentContext) -> None:
        """Reload the meetings (newest first) and select the one this tab last edited, else
        the newest one held that reviewed the period in focus."""
        every = list_meetings(context.doc.conn)
        rows = self._in_scope(context, every)
        self.no_meeting.setVisible(bool(every) and not rows)
        self.meeting_table.setVisible(bool(rows) or not every)
        self._sync_actions()
        if every and not rows:
            self.meetings_model.set_rows([], context.language)
            self._clear_detail()
            self.no_meeting.setText(
                fill(self.tr("No meeting concerns %1."), context.breadcrumb(context.holder))
            )
            return
        if not rows or not self.meetings_model.same_rows(rows, context.language):
            self.meetings_model.set_rows(rows, context.language)
            fit_columns(self.meeting_table)
        if not every:
            self._clear_detail()
            self.show_nothing(
                self.tr("No review meetings yet"),
                self.tr(
                    "Plan the first review meeting with Meeting → New Meeting (Ctrl+Shift+M): its "
                    "attendees come from the committee roles, its agenda from a template or the "
                    "prefill by the departments' KPIs."
                ),
            )
            return
        self._fit_list()
        held = [i for i, r in enumerate(rows) if r.status is not MeetingStatus.PLANNED]
        focus = context.focus.key
        first = next((i for i in held if _reviews(rows[i].period, focus)), held[0] if held else 0)
        first = next((i for i, r in enumerate(rows) if r.id == self._pinned), first)
        selection = self.meeting_table.selectionModel()
        unchanged = selection.currentIndex().row() == first
        selection.setCurrentIndex(
            self.meetings_model.index(first, 0),
            QItemSelectionModel.SelectionFlag.ClearAndSelect
            | QItemSelectionModel.SelectionFlag.Rows,
        )
        self.meeting_table.scrollTo(self.meetings_model.index(first, 0))
        if unchanged:
            self._show_meeting(first)

    @guarded
    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        if self.meetings_model.rowCount():
            self._fit_list()

    @guarded
    def _divider_moved(self, *_args: object) -> None:
        self._list_fitted = True

    def _fit_list(self) -> None:
        """Give the meeting list the width of its columns (capped), until the user moves
        the divider: from then on it stays where they put it."""
        if self._list_fitted or self.width() <= 0 or not self._left.isVisible():
            return
        table = self.meeting_table
        margins = self._list_layout.contentsMargins()
        title = MeetingListModel.COL_TITLE
        shown = [c for c in range(self.meetings_model.columnCount()) if not table.isColumnHidden(c)]
        needed = (
            sum(table.columnWidth(c) for c in shown if c != title)
            + self._title_width()
            + 2 * table.frameWidth()
            + table.verticalScrollBar().sizeHint().width()
            + margins.left()
            + margins.right()
        )
        total = max(self._splitter.width(), self.width())
        left = min(needed, int(total * _LIST_SHARE))
        self._splitter.setSizes([left, total - left])

    def _title_width(self) -> int:
        metrics = self.meeting_table.fontMetrics()
        cap = metrics.horizontalAdvance("中") * 22
        widest = max(
            (
                metrics.horizontalAdvance(self.meetings_model.row(r).title)
                for r in range(min(self.meetings_model.rowCount(), 200))
            ),
            default=0,
        )
        return min(widest, cap) + 16

    def toggle_list(self) -> None:
        """Hide the meeting list so the agenda gets the whole width (or show it again)."""
        shown = not self._left.isVisible()
        self._left.setVisible(shown)
        self.list_action.setChecked(shown)

    # -- the selected meeting -------------------------------------------------------------------
    def current_meeting(self) -> MeetingRow | None:
        row = self.meeting_table.currentIndex().row()
        return self.meetings_model.row(row) if 0 <= row < self.meetings_model.rowCount() else None

    def selected_meeting_id(self) -> str | None:
        """The meeting selected in the list (run mode starts this one)."""
        meeting = self.current_meeting()
        return meeting.id if meeting is not None else None

    def _writable(self) -> bool:
        return self.context is not None and not self.context.doc.read_only

    def _editable(self) -> bool:
        return (
            self._writable()
            and self.form is not None
            and self.form.status is not MeetingStatus.ENDED
        )

    def _sync_actions(self) -> None:
        editable = self._editable()
        self.new_action.setEnabled(self._writable())
        self.edit_action.setEnabled(editable)
        self.archive_action.setEnabled(self._writable() and self.form is not None)
        ended = self.form is not None and self.form.status is MeetingStatus.ENDED
        self.reopen_action.setEnabled(self._writable() and ended)
        for made in (self.capture_action, self.to_action_action, self.park_action):
            made.setEnabled(editable)
        self.minutes.set_editable(editable)

    def _clear_detail(self) -> None:
        self.form = None
        self.builder.clear()
        self.issues_model.set_rows([])
        self.minutes.clear()
        for text in (self.title, *self.fields.values()):
            text.setText("")
        self.locked_notice.hide()
        self._sync_actions()

    @guarded
    def _show_meeting(self, row: int) -> None:
        context = self.context
        if context is None or not 0 <= row < self.meetings_model.rowCount():
            return
        self.minutes.save()  # what is typed belongs to the meeting shown until now
        meeting = self.meetings_model.row(row)
        conn = context.doc.conn
        form = meeting_form(conn, meeting.id)
        if form is None:
            return
        changed_meeting = self.form is None or self.form.id != form.id
        self.form = form
        self.message.hide()
        self.title.setText(meeting.title)
        values = {
            "date": " ".join(v for v in (form.date, form.start_time) if v),
            "kind": label(meeting.kind),
            "place": meeting.place,
            "period": period_text(meeting.period, context.language),
            "chair": meeting.chair,
            "secretary": meeting.secretary,
            "status": label(meeting.status),
            "attendance": self._attendance_text(form, context),
        }
        for key, text in values.items():
            field = self.fields[key]
            field.setText(text or "—")
            # Room for a short value (a name, a date), elided past 7 characters' width.
            metrics = field.fontMetrics()
            cap = metrics.horizontalAdvance("中") * 7
            field.setMinimumWidth(min(metrics.horizontalAdvance(field.full_text()) + 4, cap))
        self.locked_notice.setVisible(form.status is MeetingStatus.ENDED)
        self._sync_actions()
        self.builder.show_meeting(context, form, self._editable(), 0 if changed_meeting else -1)
        issues = issue_lines(conn, meeting.id)
        if not self.issues_model.same_rows(issues):
            self.issues_model.set_rows(issues)
            fit_columns(self.issue_table)
            self.issue_table.resizeRowsToContents()
        self._show_minutes()

    def _attendance_text(self, form: MeetingForm, context: DocumentContext) -> str:
        text = attendance_summary([a for _p, a in form.attendees])
        missing = [
            fill(
                self.tr("%1 (%2)"),
                plain(context.people[p].name if p in context.people else "?"),
                label(a),
            )
            for p, a in form.attendees
            if a in (Attendance.ABSENT, Attendance.EXCUSED, Attendance.LATE)
        ]
        if missing:
            text = fill(self.tr("%1; %2"), text, ", ".join(missing))
        return text

    def _say(self, text: str) -> None:
        self.message.setText(text)
        self.message.show()

    @guarded
    def _pin(self) -> None:
        """Show this meeting again after the write's reload (not the newest one held)."""
        self._pinned = self.form.id if self.form is not None else None

    # -- meetings ---------------------------------------------------------------------------------
    def new_meeting(self) -> str | None:
        context = self.context
        if context is None or not self._writable():
            return None
        period = context.focus.key
        dialog = MeetingDialog(self, context.doc, context.people, None, period)
        try:
            if not dialog.exec():
                return None
            self._pinned = dialog.meeting_id
        finally:
            dialog.deleteLater()
        self.refresh()
        return self._pinned

    def edit_meeting(self) -> None:
        context = self.context
        if context is None or self.form is None or not self._editable():
            return
        dialog = MeetingDialog(self, context.doc, context.people, self.form)
        try:
            if dialog.exec():
                self._pinned = self.form.id
        finally:
            dialog.deleteLater()
        self.refresh()

    def reopen_meeting(self) -> None:
        """The explicit, logged reopening of an ended meeting (ui/meeting_flow.py's)."""
        from perfdesk.ui.meeting_flow import reopen_meeting

        window = self.window()
        if self.form is None or getattr(window, "context", None) is None:
            return
        self._pinned = self.form.id
        if reopen_meeting(window, self.form.id):
            self.refresh()

    def archive_meeting(self) -> None:
        from perfdesk.store import ops

        context = self.context
        if context is None or self.form is None:
            return
        meeting_id = self.form.id
        done = apply_op(
            self,
            context.doc,
            self.tr("Archive a meeting"),
            lambda d: ops.set_archived(d, "meetings", meeting_id, True),
            self._say,
        )
        if done is not None:
            self._pinned = None
            self.refresh()

    # -- issues ------------------------------------------------------------------------------------
    def capture(self) -> str | None:
        context = self.context
        if context is None or self.form is None:
            return None
        if not self._editable():
            self._say(self.tr("This meeting has ended; its issues are locked."))
            return None
        self._pinned = self.form.id
        issue_id = capture_issue(self, context.doc, self.form.id, self.builder.current_id())
        if issue_id is not None:
            self.lower_tabs.setCurrentIndex(0)
            self.refresh()
        return issue_id

    def _current_issue(self) -> str | None:
        row = self.issue_table.currentIndex().row()
        if 0 <= row < self.issues_model.rowCount():
            return self.issues_model.row(row).id
        return None

    def issue_to_action(self) -> str | None:
        from perfdesk.store import ops

        context = self.context
        issue_id = self._current_issue()
        if context is None or issue_id is None or not self._editable():
            return None
        self._pinned = self.form.id if self.form else None
        done = apply_op(
            self,
            context.doc,
            self.tr("Make an action from an issue"),
            lambda d: ops.issue_to_action(d, issue_id),
            self._say,
        )
        if done is None:
            return None
        self.refresh()
        return done.row_id

    def toggle_parked(self) -> None:
        from perfdesk.store import ops

        context = self.context
        row = self.issue_table.currentIndex().row()
        if context is None or not 0 <= row < self.issues_model.rowCount() or not self._editable():
            return
        line = self.issues_model.row(row)
        self._pinned = self.form.id if self.form else None
        apply_op(
            self,
            context.doc,
            self.tr("Park an issue") if not line.parked else self.tr("Unpark an issue"),
            lambda d: ops.set_issue_parked(d, line.id, not line.parked),
            self._say,
        )
        self.refresh()

    # -- minutes -----------------------------------------------------------------------
    @guarded
    def _item_changed(self, item_id: object) -> None:
        self.minutes.save()
        self._show_minutes()

    def _show_minutes(self) -> None:
        context, form = self.context, self.form
        if context is None or form is None:
            return
        row = self.builder.current_row()
        items = self.builder.items
        name = (items[row].title or label(items[row].kind)) if 0 <= row < len(items) else ""
        reviewing = 0 <= row < len(items) and items[row].kind is AgendaKind.ACTION_REVIEW
        if reviewing:
            self.action_review.show_meeting(context.doc.conn, form.id, context.language == "en")
        self.action_review.setVisible(reviewing)
        self.minutes.show_item(context, form.id, self.builder.current_id(), name, self._editable())

    def save_minute(self) -> None:
        self.minutes.save()
