"""The deviation note of the selected month cell, in three steps (业绩汇报"三步曲").

A pane beside the KPI grid (Notes in the KPI tab, shown on demand so January to
December keep their room): 偏差, the quantified gap (prefilled from the numbers
when the note is empty, core/deviation.py); 内部原因 and 外部原因; 改进措施 for
the internal part and 资源要求 for the external part. Save writes the five texts
as one undo step (ops.set_deviation_note); a closed month, a month a goal does
not take values for, or a read-only document shows the note read-only and says
why. Loaded on first use.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

from PySide6.QtWidgets import (
    QFormLayout,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from perfdesk.core.deviation import Gap, Side, gap, note_wanted
from perfdesk.ui.guard import guarded
from perfdesk.ui.models.actual_grid import EntryCell
from perfdesk.ui.text import fill
from perfdesk.ui.widgets.text_label import TextLabel, wrapping_label

# Save: the five texts -> '' (written, or nothing to write) or why it was refused.
Save = Callable[[EntryCell, Sequence[str]], str]


class DeviationPanel(QWidget):
    def __init__(self, save: Save, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("deviationPanel")
        self._save = save
        self._cell: EntryCell | None = None
        self._loaded: tuple[str, ...] = ()  # the texts as shown: unchanged ones aren't saved
        self._shown: tuple[str, ...] = ()  # the texts as put in the editors (prefill included)
        self.heading = TextLabel()
        self.reason = wrapping_label()
        self.reason.setStyleSheet("color: #555555;")
        self.gap = QPlainTextEdit()
        self.internal_cause = QPlainTextEdit()
        self.external_cause = QPlainTextEdit()
        self.internal_measures = QPlainTextEdit()
        self.external_needs = QPlainTextEdit()
        form = QFormLayout()
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapAllRows)
        labels = (
            self.tr("Deviation (quantified)"),
            self.tr("Internal causes"),
            self.tr("External causes"),
            self.tr("Improvement measures (internal causes)"),
            self.tr("Resources needed (external causes)"),
        )
        for label, edit in zip(labels, self.edits, strict=True):
            edit.setTabChangesFocus(True)
            edit.setMinimumHeight(edit.fontMetrics().lineSpacing() * 3)
            form.addRow(QLabel(label), edit)
        self.message = wrapping_label()
        self.message.setStyleSheet("color: #B3261E;")
        self.message.setVisible(False)
        self.save_button = QPushButton(self.tr("&Save Note"))
        self.save_button.setToolTip(
            self.tr("Save the note of this month (one step: Ctrl+Z undoes it)")
        )
        self.save_button.clicked.connect(guarded(lambda _c=False: self.save()))
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 0, 0, 0)
        layout.addWidget(self.heading)
        layout.addWidget(self.reason)
        layout.addLayout(form, 1)
        layout.addWidget(self.message)
        layout.addWidget(self.save_button)
        self.show_cell(None, "", "")

    @property
    def edits(self) -> tuple[QPlainTextEdit, ...]:
        return (
            self.gap,
            self.internal_cause,
            self.external_cause,
            self.internal_measures,
            self.external_needs,
        )

    def texts(self) -> tuple[str, ...]:
        return tuple(edit.toPlainText() for edit in self.edits)

    @property
    def dirty(self) -> bool:
        """Typed into since it was shown (a refresh would lose that)."""
        return self._cell is not None and self.texts() != self._loaded

    @property
    def typed(self) -> bool:
        """The user changed the texts since they were shown (a prefilled gap left as
        it was does not count): what leaving the cell saves rather than loses."""
        return self._cell is not None and self.texts() != self._shown

    @property
    def cell(self) -> EntryCell | None:
        return self._cell

    def show_cell(self, cell: EntryCell | None, name: str, read_only: str) -> None:
        """Show the note of `cell` (None: no goal's month is selected); `name` names
        the goal and month; `read_only` says why it cannot be edited ('' when it can)."""
        self._cell = cell
        self.message.setVisible(False)
        if cell is None:
            self.heading.setText(self.tr("Deviation note"))
            self.reason.setText(self.tr("Select a month of a goal to see or write its note."))
            self._loaded = self._shown = ("",) * 5
            for edit in self.edits:
                edit.setPlainText("")
                edit.setReadOnly(True)
            self.save_button.setEnabled(False)
            return
        self.heading.setText(fill(self.tr("Deviation note: %1"), name))
        note = cell.note
        texts = list(note) if note is not None else [""] * 5
        wanted = note_wanted(cell.kpi, cell.target, cell.actual, cell.target_max)
        found = gap(cell.kpi, cell.target, cell.actual, cell.target_max)
        if not texts[0] and found is not None and not read_only:
            texts[0] = self.gap_sentence(found)  # prefilled: the numbers say it
        if read_only:
            self.reason.setText(read_only)
        elif wanted:
            self.reason.setText(
                self.tr(
                    "Off target: state the gap, split its causes into internal and external, "
                    "then the measures for the internal ones and the resources the external "
                    "ones need."
                )
            )
        else:
            self.reason.setText(self.tr("This value is not off target; a note is optional."))
        # What was stored, so an untouched prefilled gap still counts as new text.
        self._loaded = tuple(note) if note is not None else ("",) * 5
        for edit, text in zip(self.edits, texts, strict=True):
            edit.setPlainText(text)  # plain text: markup in a note shows as typed
            edit.setReadOnly(bool(read_only))
        self._shown = tuple(texts)
        self.save_button.setEnabled(not read_only)

    def gap_sentence(self, found: Gap) -> str:
        """'实际 87.5%，低于目标 95.0%，差 7.5 个百分点' / 'Actual 87.5%, 7.5 points below
        the 95.0% target'."""
        if found.points:
            template = (
                self.tr("Actual %1, %3 percentage points below the %2 target")
                if found.side is Side.BELOW
                else self.tr("Actual %1, %3 percentage points above the %2 target")
            )
        else:
            template = (
                self.tr("Actual %1, %3 below the %2 target")
                if found.side is Side.BELOW
                else self.tr("Actual %1, %3 above the %2 target")
            )
        return fill(template, found.actual, found.target, found.difference)

    def save(self) -> bool:
        """Save: the five texts as one undo step; a refusal is said under them."""
        cell = self._cell
        if cell is None or not self.save_button.isEnabled():
            return False
        texts = self.texts()
        if tuple(t.strip() for t in texts) == tuple(t.strip() for t in self._loaded):
            return True  # nothing changed
        # Taken as shown before writing, so the refresh the write brings (the grid's
        # dataChanged) shows the note as stored; put back if the write is refused.
        before, self._loaded = self._loaded, texts
        why = self._save(cell, texts)
        if why:
            self._loaded = before
        self.message.setText(why)
        self.message.setVisible(bool(why))
        return not why
