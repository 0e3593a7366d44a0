"""File → Import Actuals…: pick a file of actuals, map its columns, preview every row's
outcome, import all or nothing (store/import_actuals.py does the work).

Reading and resolving a large file runs on a QThread with its own read-only
connection to the document, reporting progress, and can be cancelled; the window
stays responsive. The write itself (one transaction) runs on the window's connection.
The mapping confirmed by an import is remembered per source layout in the settings
folder and offered again for the next file with the same header. A header that cannot
be mapped (no unit or person, KPI, period or value column found, as `perfdesk import`
says "cannot map the columns") is said with the columns the import needs and the ones
the file has; the column choices that are missing are marked with ⚠ and the first
takes the focus, so they can be chosen and previewed again.
"""

from __future__ import annotations

import sys
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
    QThread,
    Signal,
)
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QProgressBar,
    QPushButton,
    QSpinBox,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from perfdesk.ui.guard import guarded
from perfdesk.ui.text import fill, plain
from perfdesk.ui.worker import Worker, start

if TYPE_CHECKING:
    from perfdesk.core.import_mapping import Mapping
    from perfdesk.store.document import Document
    from perfdesk.store.import_actuals import ImportPlan, Outcome

_CONTEXT = "ImportDialog"

KINDS = {
    "new": QT_TRANSLATE_NOOP("ImportDialog", "new value"),
    "change": QT_TRANSLATE_NOOP("ImportDialog", "changes"),
    "same": QT_TRANSLATE_NOOP("ImportDialog", "unchanged"),
    "refused": QT_TRANSLATE_NOOP("ImportDialog", "refused"),
    "total": QT_TRANSLATE_NOOP("ImportDialog", "totals row, not imported"),
    "title": QT_TRANSLATE_NOOP("ImportDialog", "title line"),
}
# Reasons of store/import_actuals.py; ops codes go through ui/op_errors.py.
REASONS = {
    "duplicate": (QT_TRANSLATE_NOOP("ImportDialog", "the same cell as row %1"), ("first",)),
    "unknown_holder": (QT_TRANSLATE_NOOP("ImportDialog", "no unit or person “%1”"), ("name",)),
    "ambiguous_holder": (
        QT_TRANSLATE_NOOP("ImportDialog", "“%1” is ambiguous: %2"),
        ("name", "candidates"),
    ),
    "unknown_kpi": (QT_TRANSLATE_NOOP("ImportDialog", "no KPI “%1”"), ("name",)),
    "ambiguous_kpi": (
        QT_TRANSLATE_NOOP("ImportDialog", "“%1” is ambiguous: %2"),
        ("name", "candidates"),
    ),
    "no_goal": (
        QT_TRANSLATE_NOOP("ImportDialog", "%1 has no goal for %2 in %3"),
        ("holder", "kpi", "year"),
    ),
    "bad_number": (
        QT_TRANSLATE_NOOP("ImportDialog", "“%1” is not a number in %2"),
        ("text", "unit"),
    ),
    "bad_period": (QT_TRANSLATE_NOOP("ImportDialog", "“%1” is not a period"), ("text",)),
    "no_year": (
        QT_TRANSLATE_NOOP("ImportDialog", "“%1” has no year: choose the year above"),
        ("text",),
    ),
    "derived": (
        QT_TRANSLATE_NOOP(
            "ImportDialog", "“%1” is a quarter or a year: those are computed, not entered"
        ),
        ("text",),
    ),
    "no_holder": (QT_TRANSLATE_NOOP("ImportDialog", "the unit or person is empty"), ()),
    "no_kpi": (QT_TRANSLATE_NOOP("ImportDialog", "the KPI is empty"), ()),
    "no_period": (QT_TRANSLATE_NOOP("ImportDialog", "the period is empty"), ()),
}
FILE_ERRORS = {
    "missing": QT_TRANSLATE_NOOP("ImportDialog", "The file cannot be found or read."),
    "too_big": QT_TRANSLATE_NOOP(
        "ImportDialog", "The file is larger than the 50 MB an import reads."
    ),
    "not_xlsx": QT_TRANSLATE_NOOP(
        "ImportDialog", "The file is not an Excel workbook, whatever its name says."
    ),
    "not_xls": QT_TRANSLATE_NOOP(
        "ImportDialog", "The file is not an Excel 97–2003 workbook, whatever its name says."
    ),
    "not_text": QT_TRANSLATE_NOOP(
        "ImportDialog", "The file is not a CSV text file, whatever its name says."
    ),
    "encrypted": QT_TRANSLATE_NOOP(
        "ImportDialog", "The workbook is protected by a password: save it without one first."
    ),
    "damaged": QT_TRANSLATE_NOOP("ImportDialog", "The file is damaged."),
    "bomb": QT_TRANSLATE_NOOP(
        "ImportDialog",
        "The workbook unpacks to far more than a sheet of actuals (over 200 MB); it was not read.",
    ),
    "entities": QT_TRANSLATE_NOOP(
        "ImportDialog",
        "The workbook declares XML entities, which a spreadsheet never needs; it was not read.",
    ),
    "encoding": QT_TRANSLATE_NOOP("ImportDialog", "The text is neither UTF-8 nor GBK/GB18030."),
    "too_many_rows": QT_TRANSLATE_NOOP("ImportDialog", "The sheet has more than 1,000,000 rows."),
    "too_many_columns": QT_TRANSLATE_NOOP("ImportDialog", "The sheet has more than 500 columns."),
    "no_sheet": QT_TRANSLATE_NOOP("ImportDialog", "The workbook has no such sheet."),
    "unsupported": QT_TRANSLATE_NOOP("ImportDialog", "Choose a CSV, XLSX or XLS file."),
    "empty": QT_TRANSLATE_NOOP("ImportDialog", "The file is empty."),
}
_SHOWN_CAP = 200


def tr(text: object) -> str:
    return QCoreApplication.translate(_CONTEXT, str(text))


def reason_text(outcome: Outcome, language: str = "zh") -> str:
    """The refusal of a row in the UI language."""
    if not outcome.code:
        return ""
    entry = REASONS.get(outcome.code)
    if entry is not None:
        template, names = entry
        return fill(tr(template), *(plain(outcome.params.get(n, ""), 120) for n in names))
    from perfdesk.store.ops import OpError
    from perfdesk.ui.op_errors import op_error_text

    return op_error_text(OpError(outcome.code, **outcome.params), language)


def mapping_folder() -> Path:
    """Where mappings are remembered: beside the settings file (ui/settings.py)."""
    from perfdesk.ui.settings import import_mapping_folder

    return import_mapping_folder()


class OutcomeModel(QAbstractTableModel):
    """One row per imported cell: row number, outcome, holder, KPI, period, was, becomes,
    why refused."""

    COL_ROW, COL_KIND, COL_HOLDER, COL_KPI, COL_PERIOD, COL_OLD, COL_NEW, COL_REASON = range(8)

    def __init__(self, parent: QObject | None = None, language: str = "zh") -> None:
        super().__init__(parent)
        self._rows: list[Outcome] = []
        self._language = language
        self._headers = [
            tr(QT_TRANSLATE_NOOP("ImportDialog", "Row")),
            tr(QT_TRANSLATE_NOOP("ImportDialog", "Outcome")),
            tr(QT_TRANSLATE_NOOP("ImportDialog", "Unit or person")),
            tr(QT_TRANSLATE_NOOP("ImportDialog", "KPI")),
            tr(QT_TRANSLATE_NOOP("ImportDialog", "Period")),
            tr(QT_TRANSLATE_NOOP("ImportDialog", "Was")),
            tr(QT_TRANSLATE_NOOP("ImportDialog", "Becomes")),
            tr(QT_TRANSLATE_NOOP("ImportDialog", "Why")),
        ]

    def set_rows(self, rows: list[Outcome]) -> None:
        self.beginResetModel()
        self._rows = rows
        self.endResetModel()

    def outcome(self, row: int) -> Outcome:
        return self._rows[row]

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._headers)

    @guarded
    def headerData(self, section: int, orientation: Qt.Orientation, role: int = 0) -> Any:
        if role == Qt.ItemDataRole.DisplayRole and orientation == Qt.Orientation.Horizontal:
            return self._headers[section]
        return None

    @guarded
    def data(self, index: QModelIndex | QPersistentModelIndex, role: int = 0) -> Any:
        if not index.isValid() or role not in (
            Qt.ItemDataRole.DisplayRole,
            Qt.ItemDataRole.ToolTipRole,
        ):
            return None
        out = self._rows[index.row()]
        col = index.column()
        if col == self.COL_ROW:
            return out.row
        if col == self.COL_KIND:
            return tr(KINDS.get(out.kind, out.kind))
        if col == self.COL_HOLDER:
            return plain(out.holder, 80)
        if col == self.COL_KPI:
            return plain(out.kpi, 80)
        if col == self.COL_PERIOD:
            return out.period
        if col == self.COL_OLD:
            return "" if out.old is None else f"{out.old:,.6g}"
        if col == self.COL_NEW:
            return "" if out.new is None else f"{out.new:,.6g}"
        return plain(reason_text(out, self._language), 300)


class ImportDialog(QDialog):
    """Pick a file, check the mapping, preview, import."""

    imported = Signal(object)  # ImportResult

    def __init__(self, doc: Document, language: str = "zh", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.doc = doc
        self.language = language
        self.plan: ImportPlan | None = None
        self.result: Any = None
        self.path: Path | None = None
        self.error_text = ""
        self._thread: QThread | None = None
        self._worker: Worker | None = None
        self.applying = False  # the write runs: Cancel rolls it back
        self._names: list[str] = []
        self.setWindowTitle(self.tr("Import Actuals"))
        self.resize(900, 600)
        layout = QVBoxLayout(self)
        top = QHBoxLayout()
        self.file_label = QLabel(self.tr("No file chosen"))
        self.file_label.setTextFormat(Qt.TextFormat.PlainText)
        choose = QPushButton(self.tr("&Choose File…"))
        choose.clicked.connect(guarded(self.choose_file))
        top.addWidget(self.file_label, 1)
        top.addWidget(choose)
        layout.addLayout(top)
        form = QFormLayout()
        self.sheet_combo = QComboBox()
        self.sheet_combo.activated.connect(guarded(self._sheet_changed))
        self.holder_combo = QComboBox()
        self.holder_by_combo = QComboBox()
        for text, key in (
            (self.tr("name, code or employee number"), "auto"),
            (self.tr("name"), "name"),
            (self.tr("unit code"), "code"),
            (self.tr("employee number"), "employee_no"),
        ):
            self.holder_by_combo.addItem(text, key)
        self.kpi_combo = QComboBox()
        self.period_combo = QComboBox()
        self.value_combo = QComboBox()
        self.unit_combo = QComboBox()
        for text, key in (
            (self.tr("the KPI's own unit"), ""),
            (self.tr("元 (yuan)"), "元"),
            (self.tr("万元"), "万元"),
            (self.tr("亿元"), "亿元"),
            (self.tr("fractions (0.125 = 12.5 %)"), "ratio"),
        ):
            self.unit_combo.addItem(text, key)
        self.year_spin = QSpinBox()
        self.year_spin.setRange(1990, 2100)
        self.year_spin.setValue(int(doc.meta("latest_actual_month")[:4] or 2026))
        self.layout_label = QLabel()
        self.layout_label.setTextFormat(Qt.TextFormat.PlainText)
        self.layout_label.setWordWrap(True)
        form.addRow(self.tr("Sheet:"), self.sheet_combo)
        form.addRow(self.tr("Unit or person column:"), self.holder_combo)
        form.addRow(self.tr("Matched by:"), self.holder_by_combo)
        form.addRow(self.tr("KPI column:"), self.kpi_combo)
        form.addRow(self.tr("Period column:"), self.period_combo)
        form.addRow(self.tr("Value column:"), self.value_combo)
        form.addRow(self.tr("Numbers are in:"), self.unit_combo)
        form.addRow(self.tr("Year of periods without one:"), self.year_spin)
        form.addRow(self.layout_label)
        layout.addLayout(form)
        # The column choices a header must fill (ImportPlan.missing_columns' names),
        # with their captions to mark when a preview finds no such column.
        self.column_combos = {
            "holder": self.holder_combo,
            "kpi": self.kpi_combo,
            "period": self.period_combo,
            "value": self.value_combo,
        }
        self._captions: dict[str, tuple[QLabel, str]] = {}
        for key, combo in self.column_combos.items():
            caption = form.labelForField(combo)
            if isinstance(caption, QLabel):
                self._captions[key] = (caption, caption.text())
        preview_row = QHBoxLayout()
        self.preview_button = QPushButton(self.tr("&Preview"))
        self.preview_button.clicked.connect(guarded(self.preview))
        self.refused_only = QCheckBox(self.tr("Show only refused rows"))
        self.refused_only.toggled.connect(guarded(self._show))
        self.progress = QProgressBar()
        self.progress.setVisible(False)
        self.cancel_button = QPushButton(self.tr("Cancel"))
        self.cancel_button.setToolTip(
            self.tr("Stop reading or importing; an import stopped changes nothing")
        )
        self.cancel_button.setVisible(False)
        self.cancel_button.clicked.connect(guarded(self.cancel_reading))
        preview_row.addWidget(self.preview_button)
        preview_row.addWidget(self.refused_only)
        preview_row.addWidget(self.progress, 1)
        preview_row.addWidget(self.cancel_button)
        layout.addLayout(preview_row)
        self.summary = QLabel()
        self.summary.setTextFormat(Qt.TextFormat.PlainText)
        self.summary.setWordWrap(True)
        layout.addWidget(self.summary)
        self.model = OutcomeModel(self, language)
        self.view = QTableView()
        self.view.setModel(self.model)
        self.view.verticalHeader().setVisible(False)
        self.view.horizontalHeader().setStretchLastSection(True)
        layout.addWidget(self.view, 1)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.import_button = self.buttons.addButton(
            self.tr("&Import"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.import_button.setEnabled(False)
        self.buttons.accepted.connect(guarded(self.apply))
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)
        for combo in (self.holder_combo, self.kpi_combo, self.period_combo, self.value_combo):
            combo.setEnabled(False)

    # -- choosing and mapping ----------------------------------------------------------
    def choose_file(self) -> None:
        name, _ = QFileDialog.getOpenFileName(
            self,
            self.tr("Import Actuals"),
            "",
            self.tr("Tables (*.csv *.xlsx *.xls *.txt)"),
        )
        if name:
            self.load(Path(name))

    def _sheet_changed(self) -> None:
        if self.path is not None:
            self.load(self.path, self.sheet_combo.currentData() or "")

    def load(self, path: Path, sheet: str = "") -> bool:
        """Read the file's header and offer its columns (the remembered mapping first)."""
        from perfdesk.core.import_mapping import Mapping, guess_mapping, header_signature
        from perfdesk.store.import_actuals import load_mapping, read_source
        from perfdesk.store.import_files import ImportFileError

        self.path = path
        self.plan = None
        self.import_button.setEnabled(False)
        self.model.set_rows([])
        self.mark_columns([])
        self.file_label.setText(plain(path, 300))
        try:
            table, header = read_source(path, Mapping(sheet=sheet))
        except ImportFileError as error:
            self._file_error(error)
            return False
        self._names = [n for n in header.names if n]
        mapping = load_mapping(mapping_folder(), header_signature(header.names))
        remembered = mapping is not None
        if mapping is None:
            mapping = guess_mapping(header.names, self.year_spin.value())
        mapping.sheet = table.sheet
        self.sheet_combo.clear()
        for sheet in table.sheets:
            self.sheet_combo.addItem(plain(sheet, 80), sheet)
        self.sheet_combo.setEnabled(len(table.sheets) > 1)
        self.sheet_combo.setCurrentIndex(max(self.sheet_combo.findData(table.sheet), 0))
        self._set_mapping(mapping)
        notes = [
            fill(self.tr("One column per month (%1 months)."), len(mapping.months))
            if mapping.wide
            else self.tr("One row per value.")
        ]
        if header.title_lines:
            notes.append(
                fill(
                    self.tr("%1 title lines above the header are skipped."), len(header.title_lines)
                )
            )
        if header.rows == 2:
            notes.append(self.tr("The header has two rows."))
        if remembered:
            notes.append(self.tr("The columns chosen for this kind of file last time are used."))
        layout = notes[0]
        for note in notes[1:]:  # sentences: a space between them in English, none in Chinese
            layout = fill(self.tr("%1 %2"), layout, note)
        self.layout_label.setText(layout)
        self.summary.clear()
        return True

    def _set_mapping(self, mapping: Mapping) -> None:
        none = self.tr("(none)")
        for combo, chosen in (
            (self.holder_combo, mapping.holder),
            (self.kpi_combo, mapping.kpi),
            (self.period_combo, mapping.period),
            (self.value_combo, mapping.value),
        ):
            combo.clear()
            combo.addItem(none, "")
            for name in self._names:
                combo.addItem(plain(name, 80), name)
            combo.setCurrentIndex(max(combo.findData(chosen), 0))
            combo.setEnabled(True)
        self.period_combo.setEnabled(not mapping.wide)
        self.value_combo.setEnabled(not mapping.wide)
        self.holder_by_combo.setCurrentIndex(
            max(self.holder_by_combo.findData(mapping.holder_by), 0)
        )
        self.unit_combo.setCurrentIndex(max(self.unit_combo.findData(mapping.value_unit), 0))
        if mapping.year:
            self.year_spin.setValue(mapping.year)
        self._months = dict(mapping.months)

    def mapping(self) -> Mapping:
        from perfdesk.core.import_mapping import Mapping

        return Mapping(
            holder=self.holder_combo.currentData() or "",
            holder_by=self.holder_by_combo.currentData() or "auto",
            kpi=self.kpi_combo.currentData() or "",
            period="" if getattr(self, "_months", None) else self.period_combo.currentData() or "",
            value="" if getattr(self, "_months", None) else self.value_combo.currentData() or "",
            months=dict(getattr(self, "_months", {}) or {}),
            year=self.year_spin.value(),
            value_unit=self.unit_combo.currentData() or "",
            sheet=self.sheet_combo.currentData() or "",
        )

    # -- preview -------------------------------------------------------------------------
    def preview(self) -> None:
        """Read and resolve every row on a worker thread with its own read-only
        connection."""
        if self.path is None or self._thread is not None:
            return
        document, data, mapping = self.doc.path, self.path, self.mapping()

        def work(progress: Any, cancelled: Any) -> ImportPlan:
            from perfdesk.store.document import Document
            from perfdesk.store.import_actuals import plan_import

            with Document.open(document, read_only=True) as doc:
                plan = plan_import(doc, data, mapping, progress=progress, cancelled=cancelled)
            _rows = plan.outcomes  # the preview's rows, built here, not on the UI thread
            return plan

        self.plan = None
        self.mark_columns([])
        self.summary.setText(self.tr("Reading the file…"))
        self._run(work, self._planned, self._plan_failed)

    def _run(self, work: Any, finished: Any, failed: Any) -> None:
        """`work` on a worker thread, the progress bar and Cancel shown meanwhile."""
        self.import_button.setEnabled(False)
        self.preview_button.setEnabled(False)
        self.progress.setRange(0, 0)
        self.progress.setVisible(True)
        self.cancel_button.setVisible(True)
        self.cancel_button.setEnabled(True)
        worker = Worker(work)
        worker.progressed.connect(self._progressed)
        worker.finished.connect(finished)
        worker.failed.connect(failed)
        self._worker = worker
        self._thread = start(self, worker, self._thread_done)

    def cancel_reading(self) -> None:
        """Cancel the reading or the import under way (an import is rolled back)."""
        if self._worker is not None:
            self._worker.cancel.set()
            self.cancel_button.setEnabled(False)
            self.summary.setText(self.tr("Cancelling…"))

    def busy(self) -> bool:
        return self._thread is not None

    @guarded
    def _progressed(self, done: int, total: int) -> None:
        self.progress.setRange(0, max(total, 1))
        self.progress.setValue(done)

    @guarded
    def _thread_done(self) -> None:
        self._thread = self._worker = None  # ui.worker deletes them
        self.applying = False
        self.progress.setVisible(False)
        self.cancel_button.setVisible(False)
        self.preview_button.setEnabled(True)
        plan = self.plan
        self.import_button.setEnabled(
            plan is not None
            and plan.ok
            and plan.write_count > 0
            and not plan.missing_columns
            and not self.doc.read_only
            and self.result is None
        )

    @guarded
    def _plan_failed(self, error: object) -> None:
        from perfdesk.store.import_actuals import ImportCancelled
        from perfdesk.store.import_files import ImportFileError

        if isinstance(error, ImportCancelled):
            self.summary.setText(self.tr("Reading was cancelled; nothing was imported."))
        elif isinstance(error, ImportFileError):
            self._file_error(error)
        else:
            print(f"perfdesk: import preview: {error!r}", file=sys.stderr)
            self.summary.setText(
                fill(self.tr("The file could not be read: %1"), plain(str(error), 300))
            )

    def column_words(self) -> dict[str, str]:
        return {
            "holder": self.tr("unit or person"),
            "kpi": self.tr("KPI"),
            "period": self.tr("period"),
            "value": self.tr("value"),
        }

    def mark_columns(self, missing: list[str]) -> None:
        """⚠ on the captions of the column choices in `missing` (the others plain)."""
        for key, (caption, text) in self._captions.items():
            caption.setText(fill(self.tr("⚠ %1"), text) if key in missing else text)

    def marked_columns(self) -> list[str]:
        return [k for k, (caption, text) in self._captions.items() if caption.text() != text]

    def _unmapped(self, plan: ImportPlan) -> None:
        """The header cannot be mapped: which columns the import needs, which the file
        has, and the choices to make (marked, the first focused); nothing imports."""
        missing = plan.missing_columns
        words = self.column_words()
        separator = self.tr(", ")
        needed = separator.join(words[k] for k in missing)
        found = separator.join(fill(self.tr("“%1”"), plain(n, 40)) for n in self._names)
        self.summary.setText(
            fill(
                self.tr(
                    "Cannot map the columns: an import needs a column for the unit or "
                    "person, the KPI, the period and the value (or one column per month), "
                    "and the header has no %1 column. The file's columns are: %2. Choose "
                    "the missing ones above and preview again; nothing was imported."
                ),
                needed,
                found or self.tr("(none with a name)"),
            )
        )
        self.mark_columns(missing)
        self.import_button.setEnabled(False)
        for key in missing:
            combo = self.column_combos[key]
            if combo.isEnabled():
                combo.setFocus()
                break

    @guarded
    def _planned(self, plan: ImportPlan) -> None:
        self.plan = plan
        if plan.missing_columns:
            self._show()
            self._unmapped(plan)
            return
        counts = plan.counts()
        text = fill(
            self.tr(
                "%1 new values, %2 changed, %3 unchanged, %4 refused; %5 totals rows not imported."
            ),
            counts.get("new", 0),
            counts.get("change", 0),
            counts.get("same", 0),
            counts.get("refused", 0),
            counts.get("total", 0),
        )
        if not plan.ok:
            text = fill(
                self.tr("%1 %2"),
                text,
                self.tr(
                    "Nothing can be imported until every refused row is fixed in the file "
                    "(or its column mapping): an import is all or nothing."
                ),
            )
        elif not plan.write_count:
            text = fill(self.tr("%1 %2"), text, self.tr("There is nothing to change."))
        self.summary.setText(text)
        self._show()
        self.import_button.setEnabled(plan.ok and plan.write_count > 0 and not self.doc.read_only)

    def _show(self) -> None:
        if self.plan is None:
            return
        kinds = (
            ("refused",)
            if self.refused_only.isChecked()
            else ("refused", "new", "change", "same", "total")
        )
        rows = sorted(self.plan.of_kind(*kinds), key=lambda o: (o.kind != "refused", o.row))
        self.model.set_rows(rows)

    def _file_error(self, error: Any) -> None:
        what = tr(FILE_ERRORS.get(error.code, FILE_ERRORS["damaged"]))
        print(f"perfdesk: import: {error}", file=sys.stderr)
        self.error_text = what
        self.summary.setText(
            fill(
                self.tr("“%1” cannot be imported: %2 Nothing was changed."),
                plain(error.path.name, 120),
                what,
            )
        )

    # -- apply --------------------------------------------------------------------------
    def apply(self) -> None:
        """Write everything or nothing, after a backup, on a worker thread with a
        connection of its own; Cancel rolls the transaction back. The mapping is
        remembered once the import stands."""
        plan = self.plan
        if plan is None or not self.import_button.isEnabled() or self._thread is not None:
            return
        document = self.doc.path

        def work(progress: Any, cancelled: Any) -> Any:
            from perfdesk.store.import_actuals import apply_import_at

            return apply_import_at(document, plan, progress=progress, cancelled=cancelled)

        self.applying = True
        self.summary.setText(fill(self.tr("Importing %1 values…"), plan.write_count))
        self._run(work, self._applied, self._apply_failed)

    @guarded
    def _applied(self, result: Any) -> None:
        from perfdesk.store.import_actuals import save_mapping

        plan = self.plan
        self.result = result
        if plan is not None:
            try:
                save_mapping(mapping_folder(), plan.signature, plan.mapping)
            except OSError as error:  # remembering is a convenience: the import stands
                print(f"perfdesk: could not remember the mapping: {error}", file=sys.stderr)
        if self._thread is not None:
            # The work has returned; let its thread end before the dialog (its parent,
            # deleted on close) goes: a QThread destroyed while running aborts the app.
            self._thread.quit()
            self._thread.wait(30000)
        self.imported.emit(result)
        self.accept()

    @guarded
    def _apply_failed(self, error: object) -> None:
        from perfdesk.store.backups import NoBackup
        from perfdesk.store.errors import DocumentError
        from perfdesk.store.import_actuals import ImportCancelled, ImportRefused
        from perfdesk.store.ops import OpError
        from perfdesk.ui.op_errors import op_error_text

        if isinstance(error, ImportCancelled):
            self.summary.setText(self.tr("The import was cancelled; nothing was changed."))
        elif isinstance(error, ImportRefused):
            self.summary.setText(self.tr("Refused rows remain; nothing was imported."))
        elif isinstance(error, OpError):
            self.summary.setText(
                fill(self.tr("Nothing was imported: %1"), op_error_text(error, self.language))
            )
        elif isinstance(error, NoBackup):  # its backup could not be made: say where, how much
            from perfdesk.ui.errors import no_backup_text

            self.summary.setText(" ".join(no_backup_text(error)))
        elif isinstance(error, (DocumentError, OSError)):
            self.summary.setText(
                fill(
                    self.tr("Nothing was imported: %1"),
                    plain(getattr(error, "message", error), 300),
                )
            )
        else:
            print(f"perfdesk: import: {error!r}", file=sys.stderr)
            self.summary.setText(fill(self.tr("Nothing was imported: %1"), plain(str(error), 300)))

    @guarded
    def reject(self) -> None:
        """Close: while an import is being written, Cancel rolls it back first."""
        self.cancel_reading()
        if self._thread is not None:
            self._thread.quit()
            self._thread.wait(30000)
        super().reject()


def open_import(window: Any) -> ImportDialog | None:
    """The window's File → Import Actuals…: the dialog, non-modal; after an import every
    tab shows the new values and File → Undo Import can put the backup back."""
    context = window.context
    if context is None or context.doc.read_only:
        return None
    dialog = ImportDialog(context.doc, context.language, window)
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    dialog.imported.connect(lambda result: _imported(window, result))
    window.import_dialog = dialog
    dialog.finished.connect(lambda _code: setattr(window, "import_dialog", None))
    dialog.open()
    return dialog


@guarded
def _imported(window: Any, result: Any) -> None:
    from perfdesk.ui.exchange import reload_document

    if result.backup is None:
        return
    reload_document(window)
    window.update_exchange_actions()
    window.statusBar().showMessage(
        fill(
            QCoreApplication.translate(
                "ImportDialog", "Imported %1 values. Backup: %2 (File → Undo Import puts it back)"
            ),
            result.written,
            plain(result.backup, 400),
        ),
        15000,
    )
