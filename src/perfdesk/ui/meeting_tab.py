"""Meeting tab (质询会议): the review meetings of the document and what each recorded.

This first version shows meetings read-only: the list of meetings, and for the
selected one its header (date, type, place, period reviewed, chair, secretary,
attendance), the timed agenda with planned against actual minutes, and the
issues raised. Planning, the meeting clock, issue capture and minutes arrive
with the meeting feature.
"""

from __future__ import annotations

from PySide6.QtCore import QAbstractItemModel, QItemSelectionModel, Qt
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QGridLayout,
    QHeaderView,
    QLabel,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from perfdesk.core.kpi import Status
from perfdesk.core.meeting import (
    AgendaItem,
    Attendance,
    MeetingStatus,
    actual_minutes,
    agenda_plan,
)
from perfdesk.core.org import scope_of
from perfdesk.core.periods import PeriodError, belongs_to
from perfdesk.store.repo_meetings import (
    MeetingRow,
    agenda,
    attendees,
    list_meetings,
    meeting_issues,
    meeting_links,
)
from perfdesk.ui.context import DocumentContext
from perfdesk.ui.guard import guarded
from perfdesk.ui.labels import label
from perfdesk.ui.models.meeting_models import (
    AgendaModel,
    IssueModel,
    MeetingListModel,
    period_text,
)
from perfdesk.ui.text import fill, plain
from perfdesk.ui.widgets.document_tab import DocumentTab
from perfdesk.ui.widgets.filter_chip import FilterChip
from perfdesk.ui.widgets.panels import read_only_notice
from perfdesk.ui.widgets.status import StatusLine
from perfdesk.ui.widgets.text_label import TextLabel, wrapping_label
from perfdesk.ui.widgets.views import fit_columns, setup_view

_LIST_SHARE = 0.5


def _reviews(period: str, focus: str) -> bool:
    """Whether a meeting reviewing `period` reviewed (part of) the period in focus."""
    try:
        return bool(period) and (belongs_to(period, focus) or belongs_to(focus, period))
    except PeriodError:  # a free-form period in an old or hand-made file
        return False  # the meeting list never takes more of the width than this at first


def _table(model: QAbstractItemModel) -> QTableView:
    table = QTableView()
    table.setModel(model)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    setup_view(table)
    table.verticalHeader().setVisible(False)
    table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
    table.horizontalHeader().setStretchLastSection(True)
    # One text line per row: more agenda fits on a projector without scrolling.
    table.verticalHeader().setDefaultSectionSize(table.fontMetrics().height() + 10)
    return table


class MeetingTab(DocumentTab):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.meetings_model = MeetingListModel(self)
        self.meeting_table = _table(self.meetings_model)
        self.meeting_table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.meeting_table.horizontalHeader().setStretchLastSection(False)
        # The list says which meeting; the header beside it says the rest (type, period,
        # chair, attendance), so the list keeps four columns that fit half the window.
        for column in (
            MeetingListModel.COL_KIND,
            MeetingListModel.COL_PERIOD,
            MeetingListModel.COL_CHAIR,
            MeetingListModel.COL_ATTENDANCE,
        ):
            self.meeting_table.setColumnHidden(column, True)
        # The title takes the list's width left over (elided, full in the tooltip), so the
        # status and issue count beside it are never cut.
        self.meeting_table.horizontalHeader().setSectionResizeMode(
            MeetingListModel.COL_TITLE, QHeaderView.ResizeMode.Stretch
        )
        self.agenda_model = AgendaModel(self)
        self.agenda_table = _table(self.agenda_model)
        self.agenda_table.horizontalHeader().setStretchLastSection(False)
        self.agenda_table.horizontalHeader().setSectionResizeMode(
            AgendaModel.COL_ITEM, QHeaderView.ResizeMode.Stretch
        )
        self.issues_model = IssueModel(self)
        self.issue_table = _table(self.issues_model)
        self.issue_table.setWordWrap(True)
        # The two free texts share the width left over and wrap, so no column hides.
        issue_header = self.issue_table.horizontalHeader()
        issue_header.setStretchLastSection(False)
        for column in (IssueModel.COL_DESCRIPTION, IssueModel.COL_RESOURCES):
            issue_header.setSectionResizeMode(column, QHeaderView.ResizeMode.Stretch)
        # Row heights follow the wrapped text whenever a width changes (a few issues a month);
        # once after fitting the columns, not once per column fitted.
        self._fitting_issues = False
        issue_header.sectionResized.connect(self._issue_widths_changed)

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
            row, column = divmod(number, 4)  # two lines: more height left for the tables
            header.addWidget(QLabel(caption), row, column * 2, Qt.AlignmentFlag.AlignTop)
            header.addWidget(value, row, column * 2 + 1, Qt.AlignmentFlag.AlignTop)
            header.setColumnStretch(column * 2 + 1, 2 if key == "attendance" else 1)
        self.plan_label = StatusLine()
        self.actual_label = StatusLine()

        detail = QWidget()
        layout = QVBoxLayout(detail)
        layout.addWidget(self.title)
        layout.addLayout(header)
        layout.addWidget(self._caption(self.tr("Agenda")))
        layout.addWidget(self.agenda_table, 3)  # up to its rows' height, see _show_meeting
        layout.addWidget(self.plan_label)
        layout.addWidget(self.actual_label)
        layout.addWidget(self._caption(self.tr("Issues raised")))
        layout.addWidget(self.issue_table, 2)
        layout.addWidget(
            read_only_notice(
                self.tr(
                    "Read-only view: planning agendas, running a meeting with the timer, capturing "
                    "issues and writing minutes are not available in this version yet."
                )
            )
        )
        left = QWidget()
        left_layout = QVBoxLayout(left)
        self._list_layout = left_layout
        left_layout.addWidget(self._caption(self.tr("Meetings")))
        # The meetings of the unit or person picked in the org tree (any tab's).
        self.chip = FilterChip()
        self.chip.cleared.connect(self._clear_scope)
        self._cleared_for: str | None = None  # the selection the user chose to see past
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
        self._detail = detail
        self._splitter = splitter
        self.set_content(splitter)
        self._list_fitted = False  # the user moved the divider: never fit it again
        splitter.splitterMoved.connect(self._divider_moved)
        for model in (self.meetings_model, self.agenda_model, self.issues_model):
            self.watch(model)
        self.meeting_table.selectionModel().currentRowChanged.connect(
            lambda current, _previous: self._show_meeting(current.row())
        )

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
        return [row for row in rows if scope.concerns(*links.get(row.id, nothing))]

    def load(self, context: DocumentContext) -> None:
        """Reload the meetings (newest first) and select the newest one held that reviewed
        the period in focus (the month, quarter or year picked in the period bar)."""
        every = list_meetings(context.doc.conn)
        rows = self._in_scope(context, every)
        self.no_meeting.setVisible(bool(every) and not rows)
        self.meeting_table.setVisible(bool(rows) or not every)
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
                    "The review meetings of this document are listed here with their agenda, "
                    "timings and the issues raised. Planning meetings is not available in this "
                    "version yet; the demo company has a year of them."
                ),
            )
            return
        self._fit_list()
        # The newest meeting held (or running) that reviewed the period in focus, else the
        # newest held: not one only planned ahead, which has no attendance or issues yet.
        held = [i for i, r in enumerate(rows) if r.status is not MeetingStatus.PLANNED]
        focus = context.focus.key
        first = next((i for i in held if _reviews(rows[i].period, focus)), held[0] if held else 0)
        selection = self.meeting_table.selectionModel()
        unchanged = selection.currentIndex().row() == first  # then no currentRowChanged
        selection.setCurrentIndex(
            self.meetings_model.index(first, 0),
            QItemSelectionModel.SelectionFlag.ClearAndSelect
            | QItemSelectionModel.SelectionFlag.Rows,
        )
        self.meeting_table.scrollTo(self.meetings_model.index(first, 0))
        if unchanged:  # otherwise the signal has shown it: read the meeting once, not twice
            self._show_meeting(first)

    @guarded
    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        if self.meetings_model.rowCount():  # the first show comes before the final size
            self._fit_list()

    @guarded
    def _divider_moved(self, *_args: object) -> None:
        self._list_fitted = True

    def _fit_list(self) -> None:
        """Give the meeting list the width of its columns (capped), until the user moves
        the divider: from then on it stays where they put it."""
        if self._list_fitted or self.width() <= 0:
            return
        table = self.meeting_table
        margins = self._list_layout.contentsMargins()
        title = MeetingListModel.COL_TITLE  # stretched: it gets what the others leave
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
        """What the longest title needs (a Chinese one is ~18 字), at most 22 字."""
        metrics = self.meeting_table.fontMetrics()
        cap = metrics.horizontalAdvance("中") * 22
        widest = max(
            (
                metrics.horizontalAdvance(self.meetings_model.row(r).title)
                for r in range(min(self.meetings_model.rowCount(), 200))
            ),
            default=0,
        )
        return min(widest, cap) + 16  # the cell's margins

    def current_meeting(self) -> MeetingRow | None:
        row = self.meeting_table.currentIndex().row()
        return self.meetings_model.row(row) if 0 <= row < self.meetings_model.rowCount() else None

    def _clear_detail(self) -> None:
        self.agenda_model.set_rows([])
        self.issues_model.set_rows([])
        for text in (self.title, *self.fields.values()):
            text.setText("")
        for line in (self.plan_label, self.actual_label):
            line.setText("")
            line.set_look(None)

    @guarded
    def _show_meeting(self, row: int) -> None:
        context = self.context
        if context is None or not 0 <= row < self.meetings_model.rowCount():
            return
        meeting = self.meetings_model.row(row)
        conn = context.doc.conn
        self.title.setText(meeting.title)
        values = {
            "date": meeting.date,
            "kind": label(meeting.kind),
            "place": meeting.place,
            "period": period_text(meeting.period, context.language),
            "chair": meeting.chair,
            "secretary": meeting.secretary,
            "status": label(meeting.status),
            "attendance": self._attendance_text(meeting, attendees(conn, meeting.id)),
        }
        for key, text in values.items():
            self.fields[key].setText(text or "—")
        items = agenda(conn, meeting.id)
        if not self.agenda_model.same_rows(items):
            self.agenda_model.set_rows(items)
            fit_columns(self.agenda_table)
        # No empty band under the last item: the issues get the height the agenda needs not.
        table = self.agenda_table
        table.setMaximumHeight(
            table.horizontalHeader().sizeHint().height()
            + 2 * table.frameWidth()
            + table.verticalHeader().length()
        )
        self._show_plan(meeting, [item for item, _speaker, _unit in items])
        issues = meeting_issues(conn, meeting.id)
        if self.issues_model.same_rows(issues):
            return
        self.issues_model.set_rows(issues)
        self._fitting_issues = True
        try:
            fit_columns(self.issue_table)
        finally:
            self._fitting_issues = False
        self.issue_table.resizeRowsToContents()

    @guarded
    def _issue_widths_changed(self, *_args: object) -> None:
        if not self._fitting_issues:
            self.issue_table.resizeRowsToContents()

    def _attendance_text(
        self, meeting: MeetingRow, people: list[tuple[str, Attendance | None]]
    ) -> str:
        text = fill(self.tr("%1 of %2 present"), str(meeting.present), str(meeting.attendees))
        missing = [
            fill(self.tr("%1 (%2)"), plain(name), label(attendance))
            for name, attendance in people
            if attendance in (Attendance.ABSENT, Attendance.EXCUSED, Attendance.LATE)
        ]
        if missing:
            text = fill(self.tr("%1; %2"), text, ", ".join(missing))
        return text

    def _show_plan(self, meeting: MeetingRow, items: list[AgendaItem]) -> None:
        plan = agenda_plan(items, meeting.planned_minutes)
        if plan.over:
            self.plan_label.setText(
                fill(
                    self.tr(
                        "The agenda plans %1 min but the meeting lasts %2 min: %3 min too many."
                    ),
                    f"{plan.planned_minutes:g}",
                    f"{plan.meeting_minutes:g}",
                    f"{-plan.spare_minutes:g}",
                )
            )
            self.plan_label.set_look(Status.RED)
        else:
            self.plan_label.setText(
                fill(
                    self.tr("Planned %1 min of %2 min (%3 min spare)"),
                    f"{plan.planned_minutes:g}",
                    f"{plan.meeting_minutes:g}",
                    f"{plan.spare_minutes:g}",
                )
            )
            self.plan_label.set_look(Status.GREEN)
        actual = actual_minutes(items)
        self.actual_label.setVisible(actual is not None)
        if actual is None:
            self.actual_label.setText("")
            return
        over = actual - plan.planned_minutes
        if over > 0.05:
            self.actual_label.setText(
                fill(self.tr("Actual %1 min, %2 min over the plan"), f"{actual:.1f}", f"{over:.1f}")
            )
            # Past the meeting's end is below target; over the agenda only, a warning.
            self.actual_label.set_look(
                Status.RED if actual > plan.meeting_minutes else Status.AMBER
            )
        else:
            self.actual_label.setText(
                fill(self.tr("Actual %1 min, within the plan"), f"{actual:.1f}")
            )
            self.actual_label.set_look(Status.GREEN)
