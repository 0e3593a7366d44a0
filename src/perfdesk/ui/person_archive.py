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
from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import QDate, Qt
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
    QTableWidget,
    QTableWidgetItem,
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
from perfdesk.ui.widgets.views import setup_view


def _table(
    headers: Sequence[str],
    rows: Sequence[Sequence[str]],
    name: str,
    table: QTableWidget | None = None,
) -> QTableWidget:
    """A read-only table as tall as its rows: the page scrolls, not the table. Given
    `table` (the one this section showed before), it is filled again instead: a new
    table's first paint (style, metrics) cost more than all of the page's data."""
    if table is None:
        table = QTableWidget(len(rows), len(headers))
        table.setObjectName(name)
        setup_view(table)
        table.verticalHeader().setVisible(False)
        table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        table.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        table.horizontalHeader().setStretchLastSection(True)
    else:
        table.clearContents()
        table.setRowCount(len(rows))
        table.setColumnCount(len(headers))
    table.setHorizontalHeaderLabels(list(headers))
    for r, row in enumerate(rows):
        for c, text in enumerate(row):
            item = QTableWidgetItem(text)
            if len(text) > 40:  # a long text may be cut: the whole of it on hover
                item.setToolTip(tooltip(text) or "")
            table.setItem(r, c, item)
    table.resizeColumnsToContents()
    for column in range(len(headers)):
        table.setColumnWidth(column, min(table.columnWidth(column), 420))
    height = table.horizontalHeader().sizeHint().height() + 2 * table.frameWidth() + 2
    height += sum(table.rowHeight(r) for r in range(len(rows)))
    height += table.horizontalScrollBar().sizeHint().height()  # a wide table scrolls sideways
    table.setFixedHeight(max(height, 40))
    return table


class PersonArchiveDialog(QDialog):
    def __init__(self, window: Any, person_id: str | None = None) -> None:
        super().__init__(window)
        self._tables: dict[str, QTableWidget] = {}  # by page section, kept across people
        self.evaluation_rows: list[tuple[EvaluationRow, Any]] = []
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
        conn = self.window_.context.doc.conn
        self.archive = (
            repo_evaluations.person_archive(conn, person_id) if person_id is not None else None
        )
        for button in (self.export_button, self.print_button):
            button.setEnabled(self.archive is not None)
        self._layout_page()

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

    def _clear(self) -> None:
        kept = set(self._tables.values())
        while self.page_layout.count():
            item = self.page_layout.takeAt(0)
            widget = item.widget() if item is not None else None
            if widget in kept:
                widget.hide()  # shown again, refilled, when its section has rows
            elif widget is not None:
                widget.deleteLater()

    def _section_table(
        self, headers: Sequence[str], rows: Sequence[Sequence[str]], name: str
    ) -> QTableWidget:
        table = _table(headers, rows, name, self._tables.get(name))
        self._tables[name] = table
        table.show()
        return table

    def _heading(self, text: str) -> None:
        label = QLabel()
        label.setTextFormat(Qt.TextFormat.PlainText)  # the first heading holds a name
        label.setText(text)
        font = label.font()
        font.setBold(True)
        font.setPointSizeF(font.pointSizeF() * 1.15)
        label.setFont(font)
        self.page_layout.addWidget(label)

    def _note(self, text: str) -> None:
        label = TextLabel(text)
        self.page_layout.addWidget(label)

    def _period(self, key: str) -> str:
        try:
            return format_period(parse_period(key), self.language)
        except ValueError:
            return key

    def _layout_page(self) -> None:
        self._clear()
        archive = self.archive
        if archive is None:
            self._note(self.tr("Choose a person on the left."))
            self.page_layout.addStretch(1)
            return
        title = fill(self.tr("Performance archive: %1"), plain(archive.name))
        self._heading(title)
        details = [plain(archive.unit_name)]
        if archive.title:
            details.append(plain(archive.title))
        if archive.employee_no:
            details.append(fill(self.tr("staff no. %1"), plain(archive.employee_no)))
        self._note(" · ".join(details))

        self._heading(self.tr("Scores by period"))
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
        if rows:
            self.page_layout.addWidget(
                self._section_table(
                    [self.tr("Period"), self.tr("Score"), self.tr("Rank"), self.tr("Flags")],
                    rows,
                    "archivePeriods",
                )
            )
            self._note(
                self.tr("Ranks and flags are those frozen by an evaluation; scores are to date.")
            )
        else:
            self._note(self.tr("No goals in any period."))

        self._heading(self.tr("Evaluations and appeals"))
        self._evaluations(archive)

        self._heading(self.tr("Issues raised against the unit"))
        if archive.issues:
            self.page_layout.addWidget(
                self._section_table(
                    [
                        self.tr("Meeting"),
                        self.tr("Date"),
                        self.tr("Issue"),
                        self.tr("Due"),
                        self.tr("Solution"),
                    ],
                    [
                        [
                            plain(i.meeting_title),
                            i.meeting_date,
                            plain(i.description, 200),
                            i.due_date,
                            plain(i.solution, 200),
                        ]
                        for i in archive.issues
                    ],
                    "archiveIssues",
                )
            )
        else:
            self._note(self.tr("No issues raised against the unit."))

        self._heading(self.tr("Actions owned"))
        if archive.actions:
            self.page_layout.addWidget(
                self._section_table(
                    [
                        self.tr("Action"),
                        self.tr("Status"),
                        self.tr("Due"),
                        self.tr("Expected"),
                        self.tr("Result"),
                        self.tr("Verified"),
                        self.tr("Note"),
                    ],
                    [
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
                    ],
                    "archiveActions",
                )
            )
        else:
            self._note(self.tr("No actions owned."))
        self.page_layout.addStretch(1)

    def _status(self, status: str) -> str:
        names = {
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
        return names.get(status, status)

    def _appeal_status(self, status: str) -> str:
        names = {
            "open": self.tr("open"),
            "upheld": self.tr("upheld"),
            "rejected": self.tr("rejected"),
            "revised": self.tr("revised"),
        }
        return names.get(status, status)

    def _evaluations(self, archive: PersonArchive) -> None:
        self.evaluation_rows = []  # never the last person's, whose table may be kept hidden
        if not archive.evaluations:
            self._note(self.tr("No evaluations yet."))
            return
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
        self.evaluations_table = self._section_table(
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
            rows,
            "archiveEvaluations",
        )
        self.page_layout.addWidget(self.evaluations_table)
        buttons = QHBoxLayout()
        self.appeal_button = QPushButton(self.tr("File Appeal…"))
        self.decide_button = QPushButton(self.tr("Decide Appeal…"))
        read_only = self.window_.context.doc.read_only
        self.appeal_button.setEnabled(not read_only)
        self.decide_button.setEnabled(not read_only)
        self.appeal_button.clicked.connect(guarded(lambda: self.file_appeal()))
        self.decide_button.clicked.connect(guarded(lambda: self.decide_appeal()))
        buttons.addWidget(self.appeal_button)
        buttons.addWidget(self.decide_button)
        buttons.addStretch(1)
        holder = QWidget()
        holder.setLayout(buttons)
        self.page_layout.addWidget(holder)
        if rows:
            self.evaluations_table.selectRow(0)

    def _selected(self) -> tuple[EvaluationRow, Any] | None:
        table = self._tables.get("archiveEvaluations")
        row = table.currentRow() if table is not None else -1
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


def _day(value: QDate) -> datetime.date:
    return datetime.date(value.year(), value.month(), value.day())


def _number(value: float | None) -> str:
    return "" if value is None else f"{value:,.4g}"
