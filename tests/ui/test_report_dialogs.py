"""File → Export PDF… and File → Print… from the window, and printing through QPrinter."""

from __future__ import annotations

import re
import shutil
import subprocess
from io import BytesIO
from pathlib import Path

import pytest

from perfdesk.ui.report_dialogs import (
    TAB_ACTIONS,
    TAB_MEETING,
    ReportJob,
    ReportRunner,
    current_job,
    make_pdf,
    render_pdf,
)


def _text(path: Path) -> str:
    tool = shutil.which("pdftotext")
    if tool is None:
        pytest.fail("pdftotext is not installed: the README's test command installs poppler-utils")
    out = subprocess.run([tool, str(path), "-"], capture_output=True, check=True)
    return re.sub(r"\s+", "", out.stdout.decode())


def _unit(window, code: str) -> str:  # type: ignore[no-untyped-def]
    return next(u.id for u in window.context.units.values() if u.code == code)


def test_export_pdf_writes_the_selected_units_report_off_the_ui_thread(
    make_window, demo_zh: Path, tmp_path: Path, qtbot
) -> None:  # type: ignore[no-untyped-def]
    window = make_window(demo_zh)
    window.select_holder(_unit(window, "MKT"))
    out = tmp_path / "marketing.pdf"
    window.dialogs.pdf_export = lambda _title, _name, lang: (out, lang)
    window.export_pdf_action.trigger()
    qtbot.waitUntil(out.exists, timeout=60000)
    text = _text(out)
    assert "月度业绩跟踪报告" in text and "市场部" in text
    assert not list(tmp_path.glob(".marketing.pdf.part-*"))  # written beside, then moved


def test_the_actions_tab_prints_the_selected_actions_form(
    make_window, demo_zh: Path, tmp_path: Path, qtbot
) -> None:  # type: ignore[no-untyped-def]
    window = make_window(demo_zh)
    window.tabs.setCurrentIndex(TAB_ACTIONS)
    tab = window.actions_tab
    qtbot.waitUntil(lambda: tab.proxy.rowCount() > 0, timeout=10000)
    tab.table.setCurrentIndex(tab.proxy.index(0, 0))
    job = current_job(window)
    assert job is not None and job.kind == "action"
    title = tab.model.rows()[tab.proxy.mapToSource(tab.proxy.index(0, 0)).row()].title
    window.print_action.trigger()
    qtbot.waitUntil(lambda: window.property("print_preview") is not None, timeout=60000)
    preview = window.property("print_preview")
    preview.close()
    out = tmp_path / "form.pdf"
    make_pdf(job, out)
    assert re.sub(r"\s+", "", title) in _text(out)


def test_printing_to_a_pdf_printer_gives_every_page(demo_zh: Path, tmp_path: Path, qapp) -> None:  # type: ignore[no-untyped-def]
    import sqlite3

    from PySide6.QtPrintSupport import QPrinter

    with sqlite3.connect(demo_zh) as conn:
        unit = conn.execute("SELECT id FROM org_units WHERE code = 'SAL'").fetchone()[0]
    buffer = BytesIO()
    pages = make_pdf(ReportJob("department", demo_zh, "zh", unit, "2026-10"), buffer)
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printed = tmp_path / "printed.pdf"
    printer.setOutputFileName(str(printed))
    assert render_pdf(buffer.getvalue(), printer, dpi=100) == pages
    info = shutil.which("pdfinfo")
    if info is None:
        pytest.fail("pdfinfo is not installed: the README's test command installs poppler-utils")
    shown = subprocess.run([info, str(printed)], capture_output=True, text=True, check=True)
    assert re.search(rf"^Pages:\s+{pages}$", shown.stdout, re.M)
    assert printed.stat().st_size > 20000  # pictures of the pages, not blank ones


def test_cancel_stops_the_runner(demo_zh: Path, qtbot) -> None:  # type: ignore[no-untyped-def]
    import sqlite3

    with sqlite3.connect(demo_zh) as conn:
        unit = conn.execute("SELECT id FROM org_units WHERE code = 'SAL'").fetchone()[0]
    runner = ReportRunner()
    runner.stop.set()
    with qtbot.waitSignal(runner.cancelled, timeout=60000):
        runner.start(ReportJob("department", demo_zh, "zh", unit, "2026-10"), BytesIO())


def test_the_meeting_tab_exports_the_selected_meetings_record_in_the_chosen_language(
    make_window, demo_zh: Path, tmp_path: Path, qtbot
) -> None:  # type: ignore[no-untyped-def]
    window = make_window(demo_zh)
    window.tabs.setCurrentIndex(TAB_MEETING)
    tab = window.meeting_tab
    qtbot.waitUntil(lambda: tab.meetings_model.rowCount() > 1, timeout=10000)
    tab.meeting_table.selectRow(1)  # the older of the demo's two meetings
    job = current_job(window)
    assert job is not None and job.kind == "meeting" and job.lang == "zh"
    assert job.meeting_id == tab.selected_meeting_id()
    out = tmp_path / "record.pdf"
    offered: list[str] = []

    def ask(_title: str, _name: str, lang: str) -> tuple[Path, str]:
        offered.append(lang)
        return out, "en"  # the user picks English in the save dialog

    window.dialogs.pdf_export = ask
    window.export_pdf_action.trigger()
    qtbot.waitUntil(out.exists, timeout=60000)
    assert offered == ["zh"]  # the UI's language is offered first
    text = _text(out)
    assert "Performancereviewmeetingrecord2026年9月业绩跟踪会议" in text  # English words
    assert re.search(r"Attendance:\d+invited,\d+attended", text)


def test_the_meeting_record_prints_to_a_pdf_printer(demo_zh: Path, tmp_path: Path, qapp) -> None:  # type: ignore[no-untyped-def]
    from PySide6.QtPrintSupport import QPrinter

    from perfdesk.store.document import Document
    from perfdesk.store.report_meeting import find_meetings

    with Document.open(demo_zh, read_only=True) as doc:
        meeting = find_meetings(doc.conn, "latest")[0].id
    buffer = BytesIO()
    pages = make_pdf(ReportJob("meeting", demo_zh, "zh", meeting_id=meeting), buffer)
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printed = tmp_path / "printed.pdf"
    printer.setOutputFileName(str(printed))
    assert render_pdf(buffer.getvalue(), printer, dpi=100) == pages
    info = shutil.which("pdfinfo")
    if info is None:
        pytest.fail("pdfinfo is not installed: the README's test command installs poppler-utils")
    shown = subprocess.run([info, str(printed)], capture_output=True, text=True, check=True)
    assert re.search(rf"^Pages:\s+{pages}$", shown.stdout, re.M)
    assert printed.stat().st_size > 20000  # pictures of the pages, not blank ones


def test_the_person_archive_window_exports_and_prints_its_person(
    make_window, demo_zh: Path, tmp_path: Path, qtbot
) -> None:  # type: ignore[no-untyped-def]
    window = make_window(demo_zh)
    person = next(p for p in window.context.people.values() if p.name == "闫娟")
    archive = window.show_person_archive(person.id)
    assert archive.export_button.isEnabled() and archive.print_button.isEnabled()
    out = tmp_path / "archive.pdf"
    window.dialogs.pdf_export = lambda _title, name, lang: (out, lang)
    archive.export_button.click()
    qtbot.waitUntil(out.exists, timeout=60000)
    text = _text(out)
    assert "业绩跟踪档案" in text and "闫娟" in text and "建立产销协同会议机制" in text
    archive.print_button.click()
    qtbot.waitUntil(lambda: window.property("print_preview") is not None, timeout=60000)
    window.property("print_preview").close()
    archive.show_person(None)
    assert not archive.export_button.isEnabled()
    archive.close()


def test_the_export_dialog_offers_the_report_language(
    make_window, demo_zh: Path, tmp_path: Path, qtbot
) -> None:  # type: ignore[no-untyped-def]
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication, QComboBox, QFileDialog

    from perfdesk.ui.file_dialogs import FileDialogs

    window = make_window(demo_zh)
    dialogs = FileDialogs(window, window.settings)
    seen: list[str] = []

    def answer() -> None:
        dialog = QApplication.activeModalWidget()
        assert isinstance(dialog, QFileDialog)
        combo = dialog.findChild(QComboBox, "reportLanguage")
        seen.append(str(combo.currentData()))  # the UI's language first
        combo.setCurrentIndex(combo.findData("en"))
        dialog.selectFile(str(tmp_path / "chosen"))
        dialog.accept()

    QTimer.singleShot(0, answer)
    chosen = dialogs.pdf_export("Export PDF", "meeting.pdf", "zh")
    assert seen == ["zh"]
    assert chosen == (tmp_path / "chosen.pdf", "en")
