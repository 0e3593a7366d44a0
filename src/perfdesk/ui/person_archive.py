"""Evaluation → Person Archive… (业绩跟踪档案): one person's record on one scrollable page.

Pick a person with the org navigator (search by name, pinyin, title or staff number);
the page shows every period's score and rank with its flags, the evaluations with
their appeals and outcomes, the issues raised against the person's unit at review
meetings and the actions the person owns with their outcome. The data is
`repo_evaluations.person_archive` (a plain dataclass, which reports/person.py prints:
Export PDF… and Print… below the page); this module only lays it out, and files and
decides appeals through `ops`.
"""

from __future__ import annotations

import datetime
import functools
from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import QDate, Qt
from PySide6.QtGui import QStandardItem, QStandardItemModel
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QDoubleSpinBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from perfdesk.core.periods import format_period, parse_period
from perfdesk.store import repo_evaluations
from perfdesk.store.repo_evaluations import EvaluationRow, PersonArchive
from perfdesk.ui.guard import guarded
from perfdesk.ui.rankings import flag_text, percent
from perfdesk.ui.text import fill, plain, tooltip
from perfdesk.ui.widgets.org_navigator import OrgNavigator
from perfdesk.ui.widgets.text_label import TextLabel
from perfdesk.ui.widgets.views import fit_columns_to_texts, setup_view

_WIDEST_COLUMN_EM = 60  # about 420 px: a long text is cut, whole in its tooltip
_LONG_TEXT = 40  # characters from which a cell may be cut: its whole text on hover


def _section_view(headers: Sequence[str], name: str) -> QTableView:
    """A read-only table as tall as its rows: the page scrolls, not the table. Its model
    is a QStandardItemModel, filled again for each person: the page paints every
    visible cell twice per person, and a model answering in C++ paints in less than
    half the time of one answering data() in Python."""
    model = QStandardItemModel(0, len(headers))
    model.setHorizontalHeaderLabels(list(headers))
    view = QTableView()
    view.setObjectName(name)
    view.setModel(model)
    model.setParent(view)
    setup_view(view)
    view.verticalHeader().setVisible(False)
    view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    view.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
    view.horizontalHeader().setStretchLastSection(True)
    return view


def _fill_view(view: QTableView, rows: Sequence[Sequence[str]]) -> None:
    """`rows` (display texts) in the table: columns sized to their texts (each at most
    ~420 px, a longer text whole in its tooltip), the table as tall as its rows."""
    model = view.model()
    assert isinstance(model, QStandardItemModel)
    # The same model, emptied and refilled: a new model per person would keep every
    # item's Python wrapper alive (PySide6), ~0.2 MB a person.
    model.setRowCount(0)
    model.setRowCount(len(rows))
    # One dataChanged for the whole table, not one per cell (each made the view work).
    model.blockSignals(True)
    try:
        for r, row in enumerate(rows):
            for c, text in enumerate(row):
                item = QStandardItem(text)
                if len(text) > _LONG_TEXT:
                    item.setToolTip(tooltip(text) or "")
                model.setItem(r, c, item)
    finally:
        model.blockSignals(False)
    if rows:
        model.dataChanged.emit(model.index(0, 0), model.index(len(rows) - 1, len(rows[0]) - 1))
    fit_columns_to_texts(view, list(zip(*rows, strict=True)), max_em=_WIDEST_COLUMN_EM)
    height = view.horizontalHeader().sizeHint().height() + 2 * view.frameWidth() + 2
    height += view.verticalHeader().length()
    height += view.horizontalScrollBar().sizeHint().height()  # a wide table scrolls sideways
    view.setFixedHeight(max(height, 40))


class PersonArchiveDialog(QDialog):
    def __init__(self, window: Any, person_id: str | None = None) -> None:
        super().__init__(window)
        self.evaluation_rows: list[tuple[EvaluationRow, Any]] = []
        self._status_names: dict[str, str] = {}
        self.window_ = window
        self.setWindowTitle(self.tr("Person Archive"))
        self.archive: PersonArchive | None = None
        self.navigator = OrgNavigator()
        self.navigator.tree.setObjectName("archivePeople")
        context = window.context
        self.navigator.tree.set_org(list(context.units.values()), list(context.people.values()))
        self.navigator.tree.holder_changed.connect(guarded(self.show_holder))
        self.page = QWidget()
        self.page_layout = QVBoxLayout(self.page)
        self.page_scroll = QScrollArea()
        self.page_scroll.setWidgetResizable(True)
        self.page_scroll.setWidget(self.page)
        splitter = QSplitter()
        splitter.addWidget(self.navigator)
        splitter.addWidget(self.page_scroll)
        splitter.setStretchFactor(1, 1)
        splitter.setSizes([260, 900])
        self.export_button = QPushButton(self.tr("Export PDF…"))
        self.export_button.setObjectName("archiveExportPdf")
        self.print_button = QPushButton(self.tr("Print…"))
        self.print_button.setObjectName("archivePrint")
        self.export_button.clicked.connect(guarded(lambda: self.export_pdf()))
        self.print_button.clicked.connect(guarded(lambda: self.print_archive()))
        report_row = QHBoxLayout()
        report_row.addStretch(1)
        report_row.addWidget(self.export_button)
        report_row.addWidget(self.print_button)
        layout = QVBoxLayout(self)
        layout.addWidget(splitter)
        layout.addLayout(report_row)
        self.resize(1200, 720)
        self._build_page()
        self.show_person(person_id)

    @property
    def language(self) -> str:
        return str(self.window_.language)

    def show_holder(self, holder_id: str) -> None:
        if holder_id in self.window_.context.people:
            self.show_person(holder_id)

    def show_person(self, person_id: str | None) -> None:
        if person_id is not None:
            self.navigator.tree.follow(person_id)
        context = self.window_.context
        shown = self.archive.person_id if self.archive is not None else None
        self.archive = (
            repo_evaluations.person_archive(context.doc.conn, person_id, kpis=context.kpis)
            if person_id is not None
            else None
        )
        for button in (self.export_button, self.print_button):
            button.setEnabled(self.archive is not None)
        self._layout_page()
        if person_id != shown:  # another person's page starts at its top (the page is kept)
            self.page_scroll.verticalScrollBar().setValue(0)

    # -- the archive as a PDF (ui/report_dialogs.py makes it off the UI thread) --
    def report_job(self) -> Any:
        """The printed archive of the person shown, in the UI's language (or None)."""
        from perfdesk.ui.report_dialogs import ReportJob, ui_language

        if self.archive is None:
            return None
        path = self.window_.context.doc.path
        return ReportJob(
            "person", path, ui_language(self.window_), person_id=self.archive.person_id
        )

    def export_pdf(self) -> Any:
        from perfdesk.ui.report_dialogs import export_pdf

        job = self.report_job()
        return export_pdf(self.window_, job) if job is not None else None

    def print_archive(self) -> Any:
        from perfdesk.ui.report_dialogs import print_report

        job = self.report_job()
        return print_report(self.window_, job) if job is not None else None

    # -- the page: built once, filled for each person ------------------------------
    # Making the page's labels and tables anew for each person cost more than all of
    # its data (a new widget's first show polishes and lays it out), so each section's
    # heading, table and "nothing here" note are made once and only filled and shown
    # or hidden; the page is repainted once, after it is filled.
    def _build_page(self) -> None:
        self.choose_note = self._note(self.tr("Choose a person on the left."))
        self.title_heading = self._heading("")
        self.details_note = self._note("")
        self._heading(self.tr("Scores by period"))
        self.periods_table = self._section(
            [self.tr("Period"), self.tr("Score"), self.tr("Rank"), self.tr("Flags")],
            "archivePeriods",
        )
        self.frozen_note = self._note(
            self.tr("Ranks and flags are those frozen by an evaluation; scores are to date.")
        )
        self.no_goals_note = self._note(self.tr("No goals in any period."))
        self._heading(self.tr("Evaluations and appeals"))
        self.no_evaluations_note = self._note(self.tr("No evaluations yet."))
        self.evaluations_table = self._section(
            [
                self.tr("Period"),
                self.tr("Score"),
                self.tr("Rank"),
                self.tr("Flags"),
                self.tr("Rules"),
                self.tr("Appeal"),
                self.tr("Review"),
                self.tr("Outcome"),
            ],
            "archiveEvaluations",
        )
        self.appeal_button = QPushButton(self.tr("File Appeal…"))
        self.decide_button = QPushButton(self.tr("Decide Appeal…"))
        self.appeal_button.clicked.connect(guarded(lambda: self.file_appeal()))
        self.decide_button.clicked.connect(guarded(lambda: self.decide_appeal()))
        self.appeal_buttons = QWidget()
        buttons = QHBoxLayout(self.appeal_buttons)
        buttons.setContentsMargins(0, 0, 0, 0)
        buttons.addWidget(self.appeal_button)
        buttons.addWidget(self.decide_button)
        buttons.addStretch(1)
        self.page_layout.addWidget(self.appeal_buttons)
        self._heading(self.tr("Issues raised against the unit"))
        self.issues_table = self._section(
            [
                self.tr("Meeting"),
                self.tr("Date"),
                self.tr("Issue"),
                self.tr("Due"),
                self.tr("Solution"),
            ],
            "archiveIssues",
        )
        self.no_issues_note = self._note(self.tr("No issues raised against the unit."))
        self._heading(self.tr("Actions owned"))
        self.actions_table = self._section(
            [
                self.tr("Action"),
                self.tr("Status"),
                self.tr("Due"),
                self.tr("Expected"),
                self.tr("Result"),
                self.tr("Verified"),
                self.tr("Note"),
            ],
            "archiveActions",
        )
        self.no_actions_note = self._note(self.tr("No actions owned."))
        self.page_layout.addStretch(1)
        direct = Qt.FindChildOption.FindDirectChildrenOnly
        self._person_widgets = [
            w for w in self.page.findChildren(QWidget, "", direct) if w is not self.choose_note
        ]

    def _section(self, headers: Sequence[str], name: str) -> QTableView:
        view = _section_view(headers, name)
        self.page_layout.addWidget(view)
        return view

    def _heading(self, text: str) -> QLabel:
        label = QLabel()
        label.setTextFormat(Qt.TextFormat.PlainText)  # the first heading holds a name
        label.setText(text)
        font = label.font()
        font.setBold(True)
        font.setPointSizeF(font.pointSizeF() * 1.15)
        label.setFont(font)
        self.page_layout.addWidget(label)
        return label

    def _note(self, text: str) -> TextLabel:
        label = TextLabel(text)
        self.page_layout.addWidget(label)
        return label

    @staticmethod
    def _fill(view: QTableView, rows: Sequence[Sequence[str]], note: QWidget) -> bool:
        """`rows` in the section's table, shown when there are any, else its note."""
        view.setVisible(bool(rows))
        note.setVisible(not rows)
        if rows:
            _fill_view(view, rows)
        return bool(rows)

    def _period(self, key: str) -> str:
        return _period_label(key, self.language)

    def _layout_page(self) -> None:
        self.page.setUpdatesEnabled(False)  # one paint, once every section is filled
        try:
            self._fill_page()
        finally:
            self.page.setUpdatesEnabled(True)

    def _fill_page(self) -> None:
        archive = self.archive
        self.choose_note.setVisible(archive is None)
        for widget in self._person_widgets:
            widget.setVisible(archive is not None)
        self.evaluation_rows = []
        if archive is None:
            return
        self.title_heading.setText(fill(self.tr("Performance archive: %1"), plain(archive.name)))
        details = [plain(archive.unit_name)]
        if archive.title:
            details.append(plain(archive.title))
        if archive.employee_no:
            details.append(fill(self.tr("staff no. %1"), plain(archive.employee_no)))
        self.details_note.setText(" · ".join(details))

        rules = repo_evaluations.current_rules(self.window_.context.doc.conn)
        rows = []
        for line in archive.periods:
            if line.score.value is None:
                score = self.tr("no goals") if not line.score.goals else self.tr("not scored")
            else:
                score = percent(line.score.value)
            rank = (
                fill("%1 / %2", line.rank, line.ranked)
                if line.rank is not None
                else (self.tr("not ranked") if line.evaluated else self.tr("not evaluated"))
            )
            flags = "；".join(flag_text(f, rules) for f in line.flags)
            rows.append([self._period(line.period), score, rank, flags])
        self.frozen_note.setVisible(self._fill(self.periods_table, rows, self.no_goals_note))

        self._evaluations(archive)

        issues = [
            [
                plain(i.meeting_title),
                i.meeting_date,
                plain(i.description, 200),
                i.due_date,
                plain(i.solution, 200),
            ]
            for i in archive.issues
        ]
        self._fill(self.issues_table, issues, self.no_issues_note)
        actions = [
            [
                plain(a.title, 200),
                self._status(a.status),
                a.due_date.isoformat() if a.due_date else "",
                _number(a.expected),
                _number(a.result_value),
                a.verified_on.isoformat() if a.verified_on else "",
                plain(a.result_note, 200),
            ]
            for a in archive.actions
        ]
        self._fill(self.actions_table, actions, self.no_actions_note)

    def _status(self, status: str) -> str:
        if not self._status_names:  # made once: ~40 actions a page asked for them each
            self._status_names = {
                "draft": self.tr("draft"),
                "submitted": self.tr("submitted"),
                "returned": self.tr("returned"),
                "open": self.tr("open"),
                "done": self.tr("done"),
                "verified": self.tr("verified"),
                "not_achieved": self.tr("not achieved"),
                "cancelled": self.tr("cancelled"),
                "overdue": self.tr("overdue"),
            }
        return self._status_names.get(status, status)

    def _appeal_status(self, status: str) -> str:
        names = {
            "open": self.tr("open"),
            "upheld": self.tr("upheld"),
            "rejected": self.tr("rejected"),
            "revised": self.tr("revised"),
        }
        return names.get(status, status)

    def _evaluations(self, archive: PersonArchive) -> None:
        rows = []
        for e in sorted(archive.evaluations, key=lambda e: e.period, reverse=True):
            used = archive.rules.get((e.rule_id, e.rule_version))
            flags = "；".join(flag_text(f, used) for f in e.flags)
            rank = fill("%1 / %2", e.rank, e.ranked) if e.rank is not None else "—"
            base = [
                self._period(e.period),
                percent(e.score),
                rank,
                flags,
                fill(self.tr("v%1, frozen %2"), e.rule_version, e.frozen_on.isoformat()),
            ]
            if not e.appeals:
                rows.append([*base, "", "", ""])
                self.evaluation_rows.append((e, None))
            for appeal in e.appeals:
                outcome = plain(appeal.outcome, 200)
                if appeal.status == "revised" and appeal.revised_score is not None:
                    outcome = fill(
                        self.tr("revised to %1. %2"), percent(appeal.revised_score), outcome
                    )
                decided = (
                    fill(
                        self.tr("%1 on %2"),
                        self._appeal_status(appeal.status),
                        appeal.decided_on.isoformat(),
                    )
                    if appeal.decided_on
                    else self._appeal_status(appeal.status)
                )
                rows.append(
                    [
                        *base,
                        fill(
                            self.tr("%1: %2"),
                            appeal.filed_on.isoformat(),
                            plain(appeal.reason, 200),
                        ),
                        decided,
                        outcome,
                    ]
                )
                self.evaluation_rows.append((e, appeal))
        shown = self._fill(self.evaluations_table, rows, self.no_evaluations_note)
        self.appeal_buttons.setVisible(shown)
        read_only = self.window_.context.doc.read_only
        self.appeal_button.setEnabled(not read_only)
        self.decide_button.setEnabled(not read_only)
        if shown:
            self.evaluations_table.selectRow(0)

    def _selected(self) -> tuple[EvaluationRow, Any] | None:
        row = self.evaluations_table.currentIndex().row()
        if 0 <= row < len(self.evaluation_rows):
            return self.evaluation_rows[row]
        return None

    def file_appeal(self, reason: str | None = None, day: datetime.date | None = None) -> bool:
        """File an appeal against the selected evaluation (asks for the reason unless given)."""
        from perfdesk.store import ops

        chosen = self._selected()
        if chosen is None or self.archive is None:
            return False
        evaluation = chosen[0]
        if reason is None:
            dialog = AppealDialog(self)
            if dialog.exec() != QDialog.DialogCode.Accepted:
                return False
            reason, day = dialog.reason.toPlainText(), _day(dialog.date.date())
        text, filed = reason, day
        result = self.window_.run_op(
            self.tr("File Appeal"), lambda doc: ops.file_appeal(doc, evaluation.id, text, filed)
        )
        self.show_person(self.archive.person_id)
        return result is not None

    def decide_appeal(
        self,
        decision: str | None = None,
        outcome: str = "",
        revised: float | None = None,
    ) -> bool:
        """Record the review's outcome of the selected appeal (asks unless given)."""
        from perfdesk.store import ops

        chosen = self._selected()
        if chosen is None or chosen[1] is None or self.archive is None:
            return False
        appeal = chosen[1]
        day = None
        if decision is None:
            dialog = DecisionDialog(self)
            if dialog.exec() != QDialog.DialogCode.Accepted:
                return False
            decision = str(dialog.decision.currentData())
            outcome = dialog.outcome.toPlainText()
            revised = dialog.score.value() / 100 if decision == "revised" else None
            day = _day(dialog.date.date())
        chosen_decision, note, score, decided = decision, outcome, revised, day
        result = self.window_.run_op(
            self.tr("Decide Appeal"),
            lambda doc: ops.decide_appeal(doc, appeal.id, chosen_decision, note, decided, score),
        )
        self.show_person(self.archive.person_id)
        return result is not None


class AppealDialog(QDialog):
    def __init__(self, parent: QWidget) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("File Appeal"))
        self.reason = QPlainTextEdit()
        self.date = QDateEdit(QDate.currentDate())
        self.date.setCalendarPopup(True)
        form = QFormLayout(self)
        form.addRow(self.tr("Reason:"), self.reason)
        form.addRow(self.tr("Filed on:"), self.date)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form.addRow(buttons)


class DecisionDialog(QDialog):
    def __init__(self, parent: QWidget) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Decide Appeal"))
        self.decision = QComboBox()
        for text, code in (
            (self.tr("Upheld: the evaluation stands"), "upheld"),
            (self.tr("Rejected: the appeal is refused"), "rejected"),
            (self.tr("Revised: a corrected score"), "revised"),
        ):
            self.decision.addItem(text, code)
        self.outcome = QPlainTextEdit()
        self.score = QDoubleSpinBox()
        self.score.setRange(0, 1000)
        self.score.setDecimals(1)
        self.score.setSuffix(" %")
        self.score.setValue(100)
        self.date = QDateEdit(QDate.currentDate())
        self.date.setCalendarPopup(True)
        form = QFormLayout(self)
        form.addRow(self.tr("Decision:"), self.decision)
        form.addRow(self.tr("Revised score:"), self.score)
        form.addRow(self.tr("Outcome:"), self.outcome)
        form.addRow(self.tr("Decided on:"), self.date)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form.addRow(buttons)
        self.decision.currentIndexChanged.connect(
            guarded(lambda _i: self.score.setEnabled(self.decision.currentData() == "revised"))
        )
        self.score.setEnabled(False)


@functools.lru_cache(maxsize=256)  # every person's page shows the same quarters
def _period_label(key: str, language: str) -> str:
    try:
        return format_period(parse_period(key), language)
    except ValueError:
        return key


def _day(value: QDate) -> datetime.date:
    return datetime.date(value.year(), value.month(), value.day())


def _number(value: float | None) -> str:
    return "" if value is None else f"{value:,.4g}"
