"""File → Export…: the goals' targets and actuals to a formatted XLSX or a CSV
(store/export_grid.py writes it).

Scope: the grid as shown (the selected unit or person, with its teams and people, for
the months of the year in focus) or one period for all units. The folder last written
to is remembered in the settings.
"""

from __future__ import annotations

import sys
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QSettings, Qt, QThread
from PySide6.QtWidgets import (
    QButtonGroup,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QProgressBar,
    QPushButton,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from perfdesk.core.periods import format_period
from perfdesk.ui.guard import guarded
from perfdesk.ui.text import fill, plain
from perfdesk.ui.worker import Worker, start

if TYPE_CHECKING:
    from perfdesk.ui.context import DocumentContext

EXPORT_FOLDER = "files/export_folder"


class ExportCancelled(Exception):
    """Stop was pressed: the export's progress callback stops the writing."""


class ExportDialog(QDialog):
    """Asks what to export and where; `export()` writes it."""

    def __init__(self, context: DocumentContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.written: Path | None = None
        self.count = 0
        self.setWindowTitle(self.tr("Export"))
        layout = QVBoxLayout(self)
        holder = context.holder
        holder_name = context.owner_name(holder) if holder else ""
        self.grid_radio = QRadioButton(
            fill(
                self.tr("The grid as shown: %1, every month of %2"),
                plain(holder_name, 80),
                context.year,
            )
        )
        self.period_radio = QRadioButton(self.tr("One period for all units:"))
        group = QButtonGroup(self)
        group.addButton(self.grid_radio)
        group.addButton(self.period_radio)
        self.period_combo = QComboBox()
        for period in context.months_of_year():
            self.period_combo.addItem(format_period(period, context.language), period.key)
        self.period_combo.addItem(fill(self.tr("the whole year %1"), context.year), context.year)
        self.period_combo.setCurrentIndex(max(self.period_combo.findData(context.focus.key), 0))
        (self.grid_radio if holder else self.period_radio).setChecked(True)
        self.grid_radio.setEnabled(bool(holder))
        row = QHBoxLayout()
        row.addWidget(self.period_radio)
        row.addWidget(self.period_combo, 1)
        layout.addWidget(self.grid_radio)
        layout.addLayout(row)
        form = QFormLayout()
        self.format_combo = QComboBox()
        self.format_combo.addItem(self.tr("Excel workbook with formatting (.xlsx)"), ".xlsx")
        self.format_combo.addItem(self.tr("CSV for any program, UTF-8 (.csv)"), ".csv")
        self.format_combo.currentIndexChanged.connect(guarded(self._suffix_changed))
        path_row = QHBoxLayout()
        self.path_edit = QLineEdit(str(self._suggested()))
        browse = QPushButton(self.tr("&Browse…"))
        browse.clicked.connect(guarded(self.browse))
        path_row.addWidget(self.path_edit, 1)
        path_row.addWidget(browse)
        form.addRow(self.tr("Format:"), self.format_combo)
        form.addRow(self.tr("Save as:"), path_row)
        layout.addLayout(form)
        self.message = QLabel()
        self.message.setTextFormat(Qt.TextFormat.PlainText)
        self.message.setWordWrap(True)
        layout.addWidget(self.message)
        progress_row = QHBoxLayout()
        self.progress = QProgressBar()
        self.cancel_button = QPushButton(self.tr("Stop"))
        self.cancel_button.setToolTip(self.tr("Stop the export; no file is left behind"))
        self.cancel_button.clicked.connect(guarded(lambda _c=False: self.cancel()))
        progress_row.addWidget(self.progress, 1)
        progress_row.addWidget(self.cancel_button)
        layout.addLayout(progress_row)
        for widget in (self.progress, self.cancel_button):
            widget.setVisible(False)
        self._thread: QThread | None = None
        self._worker: Worker | None = None
        self._path = Path()  # the file being written
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.export_button = buttons.addButton(
            self.tr("&Export"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        buttons.accepted.connect(guarded(self.export))
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.resize(560, self.sizeHint().height())

    def _folder(self) -> Path:
        folder = QSettings().value(EXPORT_FOLDER, "")
        if folder and Path(str(folder)).is_dir():
            return Path(str(folder))
        return self.context.doc.path.parent

    def _suggested(self) -> Path:
        name = self.context.doc.path.stem
        return self._folder() / f"{name}-{self.context.focus.key}.xlsx"

    def _suffix_changed(self) -> None:
        path = Path(self.path_edit.text())
        self.path_edit.setText(str(path.with_suffix(self.format_combo.currentData())))

    def browse(self) -> None:
        name, _ = QFileDialog.getSaveFileName(
            self, self.tr("Export"), self.path_edit.text(), self.tr("Tables (*.xlsx *.csv)")
        )
        if name:
            self.path_edit.setText(name)

    def scope(self) -> tuple[list[str], list[str] | None]:
        """(periods, holder ids or None for every unit)."""
        from perfdesk.store.export_grid import holders_below, periods_of

        if self.grid_radio.isChecked() and self.context.holder:
            months = [p.key for p in self.context.months_of_year()]
            return months, holders_below(self.context.doc.conn, self.context.holder)
        return periods_of(str(self.period_combo.currentData())), None

    def export(self) -> None:
        """Write the file on a worker thread (its own read-only connection), with
        progress and Stop; it is written under a temporary name and renamed when
        whole, so a stopped or failed export leaves no file behind."""
        if self._thread is not None:
            return
        path = Path(self.path_edit.text().strip())
        if path.suffix.lower() not in (".xlsx", ".csv"):
            path = path.with_suffix(self.format_combo.currentData())
        periods, holders = self.scope()
        title = fill(
            self.tr("%1 — %2"),
            self.context.doc.meta("name") or self.context.doc.path.stem,
            self.period_combo.currentText() if holders is None else self.context.year,
        )
        document, language = self.context.doc.path, self.context.language

        def work(progress: Any, cancelled: Any) -> int:
            from perfdesk.store.document import Document
            from perfdesk.store.export_grid import export_file

            def step(done: int, total: int) -> None:
                if cancelled():
                    raise ExportCancelled()
                progress(done, total)

            part = path.with_name(f".{path.stem}.part{path.suffix}")
            try:
                with Document.open(document, read_only=True) as doc:
                    count = export_file(
                        doc.conn, part, periods, holders, language, title, progress=step
                    )
                if cancelled():
                    raise ExportCancelled()
                part.replace(path)
            finally:
                part.unlink(missing_ok=True)
            return count

        self.export_button.setEnabled(False)
        self.message.setText(fill(self.tr("Writing “%1”…"), plain(path.name, 120)))
        self.progress.setRange(0, 0)
        for widget in (self.progress, self.cancel_button):
            widget.setVisible(True)
        self.cancel_button.setEnabled(True)
        worker = Worker(work)
        worker.progressed.connect(self._progressed)
        # Bound methods of the dialog, not lambdas: a lambda would run on the worker's
        # thread; these are queued to the dialog's.
        self._path = path
        worker.finished.connect(self._exported)
        worker.failed.connect(self._failed)
        self._worker = worker
        self._thread = start(self, worker, self._thread_done)

    def busy(self) -> bool:
        return self._thread is not None

    def cancel(self) -> None:
        if self._worker is not None:
            self._worker.cancel.set()
            self.cancel_button.setEnabled(False)

    @guarded
    def _progressed(self, done: int, total: int) -> None:
        self.progress.setRange(0, max(total, 1))
        self.progress.setValue(done)

    @guarded
    def _thread_done(self) -> None:
        self._thread = self._worker = None  # ui.worker deletes them
        for widget in (self.progress, self.cancel_button):
            widget.setVisible(False)
        self.export_button.setEnabled(True)
        if self.written is not None:
            self.accept()

    @guarded
    def _exported(self, count: int) -> None:
        path = self._path
        self.count = count
        self.written = path
        QSettings().setValue(EXPORT_FOLDER, str(path.parent))

    @guarded
    def _failed(self, error: object) -> None:
        path = self._path
        if isinstance(error, ExportCancelled):
            self.message.setText(self.tr("The export was stopped; no file was written."))
            return
        print(f"perfdesk: export: {error!r}", file=sys.stderr)
        self.message.setText(
            fill(
                self.tr("“%1” could not be written: %2"),
                plain(path, 300),
                plain(str(error), 300),
            )
        )

    @guarded
    def reject(self) -> None:
        """Close: an export under way is stopped first (its file removed)."""
        self.cancel()
        if self._thread is not None:
            self._thread.quit()
            self._thread.wait(30000)
        super().reject()


def open_export(window: object) -> ExportDialog | None:
    """The window's File → Export…: asks, writes, says where."""
    from PySide6.QtCore import QCoreApplication

    context = getattr(window, "context", None)
    if context is None:
        return None
    dialog = ExportDialog(context, window)  # type: ignore[arg-type]
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)

    def done(code: int) -> None:
        if code == QDialog.DialogCode.Accepted and dialog.written is not None:
            window.statusBar().showMessage(  # type: ignore[attr-defined]
                fill(
                    QCoreApplication.translate("ExportDialog", "Exported %1 goals to %2"),
                    dialog.count,
                    plain(dialog.written, 400),
                ),
                15000,
            )

    dialog.finished.connect(guarded(done))
    window.export_dialog = dialog  # type: ignore[attr-defined]
    dialog.open()
    return dialog
