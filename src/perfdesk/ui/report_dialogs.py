"""File → Export PDF… and File → Print…: the report of what the window shows.

The current context decides the report: in the Actions tab with an action selected,
that action's form (改进行动表); in the Meeting tab with a meeting selected, its review
record (业绩跟踪会议记录; a draft until the meeting has ended); anywhere else the monthly
report of the selected unit (a person's unit) for the month in focus. The person
archive window exports and prints its person's archive (业绩跟踪档案) the same way.
Reports follow the UI language; Export PDF's save dialog offers the other one.

The PDF is made on a worker thread with a connection of its own (`ReportRunner`),
with a progress dialog whose Cancel stops it, so the window never freezes. Printing
makes the same PDF, then shows it in Qt's print preview: the pages are rendered by
pdfium (`render_pdf`), because QtPdf is not part of PySide6-Essentials and
reportlab's own rasteriser needs Cairo.
"""

from __future__ import annotations

import os
import threading
from collections.abc import Callable
from dataclasses import dataclass, replace
from io import BytesIO
from pathlib import Path
from typing import IO, Any

from PySide6.QtCore import QCoreApplication, QObject, Qt, Signal
from PySide6.QtWidgets import QMessageBox, QProgressDialog, QWidget

from perfdesk.core.periods import Granularity, Period
from perfdesk.ui.errors import show_message
from perfdesk.ui.guard import guarded
from perfdesk.ui.text import fill, plain

TAB_MEETING, TAB_ACTIONS = 2, 3  # ui/main_window.py's tab order
_previews: dict[Any, Any] = {}  # open print previews -> their printers


@dataclass(frozen=True)
class ReportJob:
    """Which report to make, from what the window shows."""

    kind: str  # 'department', 'action', 'meeting' or 'person'
    path: Path
    lang: str
    unit_id: str = ""
    period: str = ""  # 'YYYY-MM'
    action_id: str = ""
    meeting_id: str = ""
    person_id: str = ""

    def suggested_name(self) -> str:
        if self.kind == "action":
            return f"action-{self.action_id[:8]}.pdf"
        if self.kind == "meeting":
            return f"meeting-{self.meeting_id[:8]}.pdf"
        if self.kind == "person":
            return f"archive-{self.person_id[:8]}.pdf"
        return f"{self.path.stem}-{self.period}.pdf"


def selected_action(window: Any) -> str | None:
    """The id of the action selected in the Actions tab, if that tab is built and shown."""
    slot = window.slots[TAB_ACTIONS]
    if window.tabs.currentIndex() != TAB_ACTIONS or not slot.built:
        return None
    tab = slot.tab()
    index = tab.table.currentIndex()
    if not index.isValid():
        return None
    row = tab.proxy.mapToSource(index).row()
    rows = tab.model.rows()
    return str(rows[row].id) if 0 <= row < len(rows) else None


def selected_meeting(window: Any) -> str | None:
    """The id of the meeting selected in the Meeting tab, if that tab is built and shown."""
    slot = window.slots[TAB_MEETING]
    if window.tabs.currentIndex() != TAB_MEETING or not slot.built:
        return None
    meeting_id = slot.tab().selected_meeting_id()
    return str(meeting_id) if meeting_id else None


def ui_language(window: Any) -> str:
    return "en" if window.language == "en" else "zh"


def current_job(window: Any) -> ReportJob | None:
    """The report for the window's current context, or None without a document."""
    context = window.context
    if context is None:
        return None
    lang = ui_language(window)
    action = selected_action(window)
    if action is not None:
        return ReportJob("action", context.doc.path, lang, action_id=action)
    meeting = selected_meeting(window)
    if meeting is not None:
        return ReportJob("meeting", context.doc.path, lang, meeting_id=meeting)
    unit_id = context.holder
    if unit_id in context.people:
        unit_id = context.people[unit_id].unit_id
    if unit_id not in context.units:
        unit_id = next(
            (u.id for u in context.units.values() if u.parent_id is None),
            next(iter(context.units), None),
        )
    if unit_id is None:
        return None
    focus: Period = context.focus
    if focus.granularity is not Granularity.MONTH:
        months = context.months_to_focus() or focus.children(Granularity.MONTH)
        focus = months[-1]
    return ReportJob("department", context.doc.path, lang, unit_id=unit_id, period=focus.key)


def make_pdf(
    job: ReportJob,
    out: Path | IO[bytes],
    progress: Callable[[int], None] | None = None,
    cancel: Callable[[], bool] | None = None,
) -> int:
    """Make the report of `job` into `out` with a read-only connection of its own."""
    from perfdesk.store.document import Document
    from perfdesk.store.report_data import action_forms, department_report

    english = job.lang == "en"
    with Document.open(job.path, read_only=True) as doc:
        if job.kind == "meeting":
            import time

            from perfdesk.reports.meeting import write_meeting_record
            from perfdesk.store.report_meeting import meeting_record

            now = time.time_ns() // 1_000_000  # a running meeting is timed up to now
            record = meeting_record(doc.conn, job.path.name, job.meeting_id, english, now)
            return write_meeting_record(record, out, job.lang, progress=progress, cancel=cancel)
        if job.kind == "person":
            from perfdesk.reports.person import write_person_archive
            from perfdesk.store.report_meeting import person_report

            archive = person_report(doc.conn, job.path.name, job.person_id)
            return write_person_archive(archive, out, job.lang, progress=progress, cancel=cancel)
        if job.kind == "action":
            from perfdesk.reports.action_form import write_action_forms

            forms = action_forms(doc.conn, job.path.name, [job.action_id], english)
            return write_action_forms(forms, out, job.lang, progress=progress, cancel=cancel)
        from perfdesk.reports.department import write_department_report

        report = department_report(doc.conn, job.path.name, job.unit_id, job.period, english)
    return write_department_report(report, out, job.lang, progress=progress, cancel=cancel)


class ReportRunner(QObject):
    """Makes one report on a worker thread; its signals arrive on the UI thread."""

    progressed = Signal(int)  # pages laid out so far
    finished = Signal(int)  # pages
    failed = Signal(str)
    cancelled = Signal()

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.stop = threading.Event()
        self.worker: threading.Thread | None = None

    def start(self, job: ReportJob, out: Path | IO[bytes]) -> None:
        self.worker = threading.Thread(
            target=self._work, args=(job, out), name="perfdesk-report", daemon=True
        )
        self.worker.start()

    def _work(self, job: ReportJob, out: Path | IO[bytes]) -> None:
        from perfdesk.reports.pdf import Cancelled

        try:
            pages = make_pdf(job, out, self.progressed.emit, self.stop.is_set)
        except Cancelled:
            self.cancelled.emit()
        except Exception as error:  # reported to the user, never raised into Qt
            self.failed.emit(f"{type(error).__name__}: {error}")
        else:
            self.finished.emit(pages)


def _run_with_progress(
    window: QWidget, job: ReportJob, out: Path | IO[bytes], done: Callable[[int], None]
) -> ReportRunner:
    """Start the runner with a progress dialog (Cancel stops it); `done(pages)` on success."""
    dialog = QProgressDialog(
        QCoreApplication.translate("Reports", "Making the report…"),
        QCoreApplication.translate("Reports", "Cancel"),
        0,
        0,
        window,
    )
    dialog.setWindowTitle(QCoreApplication.translate("Reports", "Report"))
    dialog.setWindowModality(Qt.WindowModality.WindowModal)
    dialog.setMinimumDuration(300)
    runner = ReportRunner(window)

    def progressed(pages: int) -> None:
        dialog.setLabelText(
            fill(QCoreApplication.translate("Reports", "Making the report… %1 pages"), str(pages))
        )

    def finish() -> None:
        dialog.reset()
        dialog.deleteLater()
        runner.deleteLater()

    def succeeded(pages: int) -> None:
        finish()
        done(pages)

    def failed(message: str) -> None:
        finish()
        show_message(
            window,
            QMessageBox.Icon.Critical,
            QCoreApplication.translate("Reports", "Report"),
            fill(
                QCoreApplication.translate("Reports", "The report could not be made:\n%1"),
                plain(message),
            ),
        )

    runner.progressed.connect(guarded(progressed))
    runner.finished.connect(guarded(succeeded))
    runner.failed.connect(guarded(failed))
    runner.cancelled.connect(guarded(finish))
    dialog.canceled.connect(runner.stop.set)
    window.setProperty("report_runner", runner)  # tests wait on it
    runner.start(job, out)
    return runner


def export_pdf(window: Any, job: ReportJob | None = None) -> ReportRunner | None:
    """File → Export PDF…: ask where and in which language (the UI's by default), then
    make the report there off the UI thread. `job`: another report than the window's
    current one (the person archive window's)."""
    job = job or current_job(window)
    if job is None:
        return None
    chosen = window.dialogs.pdf_export(
        QCoreApplication.translate("Reports", "Export PDF"), job.suggested_name(), job.lang
    )
    if chosen is None:
        return None
    path, lang = chosen
    job = replace(job, lang=lang)
    partial = path.with_name(f".{path.name}.part-{os.getpid()}")

    def written(pages: int) -> None:
        os.replace(partial, path)
        window.statusBar().showMessage(
            fill(
                QCoreApplication.translate("Reports", "Report saved to %1 (%2 pages)"),
                plain(path),
                str(pages),
            ),
            8000,
        )

    runner = _run_with_progress(window, job, partial, written)
    runner.failed.connect(lambda _message: partial.unlink(missing_ok=True))
    runner.cancelled.connect(lambda: partial.unlink(missing_ok=True))
    return runner


def print_report(window: Any, job: ReportJob | None = None) -> ReportRunner | None:
    """File → Print…: make the report (in the UI's language), then show Qt's print dialog
    with a preview."""
    job = job or current_job(window)
    if job is None:
        return None
    buffer = BytesIO()

    def preview(_pages: int) -> None:
        from PySide6.QtPrintSupport import QPrinter, QPrintPreviewDialog

        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        printer.setDocName(job.suggested_name())
        dialog = QPrintPreviewDialog(printer, window)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        # The dialog only points at the printer: keep it alive as long as the dialog.
        _previews[dialog] = printer
        dialog.destroyed.connect(lambda: _previews.pop(dialog, None))
        dialog.setWindowTitle(QCoreApplication.translate("Reports", "Print Report"))
        data = buffer.getvalue()
        dialog.paintRequested.connect(guarded(lambda target: render_pdf(data, target)))
        window.setProperty("print_preview", dialog)
        dialog.open()

    return _run_with_progress(window, job, buffer, preview)


def render_pdf(data: bytes, printer: Any, dpi: int = 200) -> int:
    """Paint every page of the PDF `data` onto `printer` (a QPrinter), each page scaled to
    the printable area keeping its proportions; the number of pages painted."""
    import pypdfium2
    from PySide6.QtCore import QRectF
    from PySide6.QtGui import QImage, QPainter

    pdf = pypdfium2.PdfDocument(data)
    painter = QPainter()
    if not painter.begin(printer):
        pdf.close()
        raise OSError("the printer could not be started")
    try:
        resolution = min(dpi, max(printer.resolution(), 72))
        for number in range(len(pdf)):
            if number:
                printer.newPage()
            page = pdf[number]
            bitmap = page.render(scale=resolution / 72)
            image = bitmap.to_pil().convert("RGB")
            raw = image.tobytes()
            qimage = QImage(
                raw, image.width, image.height, image.width * 3, QImage.Format.Format_RGB888
            )
            area = painter.viewport()
            scale = min(area.width() / image.width, area.height() / image.height)
            width, height = image.width * scale, image.height * scale
            painter.drawImage(QRectF(0, 0, width, height), qimage)
            page.close()
        return len(pdf)
    finally:
        painter.end()
        pdf.close()
