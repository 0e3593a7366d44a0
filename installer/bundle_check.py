"""Inside the built bundle: is everything perfdesk loads lazily really there?

PyInstaller follows imports it can see; perfdesk loads its tabs by module name and its
heavy libraries inside the functions that need them, and a few of those fail quietly
by design (no pinyin: search matches names only; no QtMultimedia: a beep). So the
bundled program runs this when started with PERFDESK_BUNDLE_CHECK=OUT_FOLDER
(installer/launch.py; installer/smoke.py does it):

    PERFDESK_BUNDLE_CHECK=/tmp/out QT_QPA_PLATFORM=offscreen dist/perfdesk/perfdesk x.perfdesk

It imports every perfdesk module, uses each lazily loaded library once (pinyin of
销售部, a PDF page rendered by pdfium, an XLSX written and read back, the chart
canvas, sqlite-utils, a QPrinter printing to a PDF file), opens FILE in the main
window, shows every tab and saves a picture of each in OUT_FOLDER, and prints one JSON
line; exit 0 when all worked.
"""

from __future__ import annotations

import json
import os
import pkgutil
import sys
import tempfile
import traceback
from collections.abc import Callable
from pathlib import Path


def _imports() -> list[str]:
    import perfdesk

    names = [m.name for m in pkgutil.walk_packages(perfdesk.__path__, "perfdesk.")]
    return [name for name in names if name not in {"perfdesk.__main__"}]


def _pinyin() -> str:
    from perfdesk.core.org_search import readings

    found = readings("销售部")
    assert any("xsb" in r for r in found), found
    return ",".join(found)


def _pdf_and_xlsx(work: Path) -> str:
    import pypdfium2
    import xlsxwriter
    from python_calamine import CalamineWorkbook
    from reportlab.pdfgen.canvas import Canvas

    pdf = work / "page.pdf"
    canvas = Canvas(str(pdf))
    canvas.drawString(72, 720, "perfdesk")
    canvas.save()
    document = pypdfium2.PdfDocument(str(pdf))
    image = document[0].render(scale=0.5).to_pil()  # what File → Print does
    document.close()
    book = work / "sheet.xlsx"
    with xlsxwriter.Workbook(str(book)) as workbook:
        workbook.add_worksheet("s").write_string(0, 0, "销售额")
    cell = CalamineWorkbook.from_path(str(book)).get_sheet_by_name("s").to_python()[0][0]
    assert cell == "销售额", cell
    return f"pdf page {image.size}, xlsx {cell}"


def _chart(out: Path) -> str:
    from matplotlib.backends.backend_qtagg import FigureCanvasQTAgg
    from matplotlib.figure import Figure

    from perfdesk.ui.action_chart import _use_bundled_font

    _use_bundled_font()
    figure = Figure(figsize=(2, 1))
    figure.add_subplot().plot([1, 2, 3], [1, 3, 2])
    figure.axes[0].set_title("改进")
    canvas = FigureCanvasQTAgg(figure)
    canvas.draw()
    figure.savefig(out / "chart.png", dpi=150, bbox_inches="tight")  # the 改进 title
    return type(canvas).__name__


def _print(work: Path) -> str:
    """File → Print's path with an output file instead of a printer: a QPrinter (which
    loads the platform's print plugin; on Linux the CUPS one, which needs the system's
    libcups, left out of the bundle) and a PDF page painted onto it as render_pdf does.
    Says whether the CUPS plugin and libcups got loaded and from where."""
    from PySide6.QtPrintSupport import QPrinter, QPrinterInfo
    from reportlab.pdfgen.canvas import Canvas

    from perfdesk.ui.report_dialogs import render_pdf

    source = work / "print-source.pdf"
    canvas = Canvas(str(source))
    canvas.drawString(72, 720, "销售部 perfdesk")
    canvas.save()
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printers = len(QPrinterInfo.availablePrinterNames())
    printed = work / "printed.pdf"
    printer.setOutputFileName(str(printed))
    pages = render_pdf(source.read_bytes(), printer, dpi=72)
    assert pages == 1 and printed.stat().st_size > 0, (pages, printed)
    maps = Path("/proc/self/maps")
    loaded = maps.read_text() if maps.exists() else ""
    cups = sorted({line.split()[-1] for line in loaded.splitlines() if "libcups" in line})
    return f"{pages} page to PDF, {printers} printers, loaded: {', '.join(cups) or 'no CUPS'}"


def _sqlite_utils(work: Path) -> str:
    import sqlite_utils

    db = sqlite_utils.Database(str(work / "t.db"))
    db["t"].insert({"a": 1})
    return str(db["t"].count)


def _qt_translations() -> str:
    from PySide6.QtCore import QLibraryInfo

    folder = Path(QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath))
    assert (folder / "qtbase_zh_CN.qm").is_file(), folder
    return str(folder)


def run(out: Path, argv: list[str]) -> int:
    out.mkdir(parents=True, exist_ok=True)
    results: dict[str, str] = {}
    failures: dict[str, str] = {}

    def step(name: str, job: Callable[[], str], quiet: bool = False) -> None:
        try:
            value = job()
            if not quiet:
                results[name] = value
        except BaseException as error:
            failures[name] = f"{type(error).__name__}: {error}"
            traceback.print_exc()

    from perfdesk.paths import font_path, resources_dir, translations_dir

    step("resources", lambda: str(resources_dir()))
    step("font", lambda: str(font_path().stat().st_size))
    step("translations", lambda: ",".join(sorted(p.name for p in translations_dir().glob("*.qm"))))
    guide = resources_dir() / "guide"
    results["guide"] = "present" if guide.is_dir() else "absent"

    import importlib

    modules = _imports()
    for name in modules:
        step(f"import {name}", lambda name=name: importlib.import_module(name).__name__, True)
    results["modules"] = str(len(modules))
    with tempfile.TemporaryDirectory() as tmp:
        step("pinyin", _pinyin)
        step("pdf+xlsx", lambda: _pdf_and_xlsx(Path(tmp)))
        step("sqlite_utils", lambda: _sqlite_utils(Path(tmp)))

    from perfdesk.ui.app import start_window

    file = Path(argv[0]) if argv else None
    app, window = start_window(file, unattended=True)
    step("qt translations", _qt_translations)
    step("chart", lambda: _chart(out))
    with tempfile.TemporaryDirectory() as tmp:
        step("print", lambda: _print(Path(tmp)))
    if file is not None and window.context is None:
        failures["open"] = f"{file} did not open"
    for index in range(window.tabs.count()):
        window.tabs.setCurrentIndex(index)
        for _ in range(5):
            app.processEvents()
        picture = out / f"tab-{index + 1}.png"
        window.grab().save(str(picture))
        results[f"tab {index + 1}"] = window.tabs.tabText(index)
    results["window title"] = window.windowTitle()
    window.close()
    print(
        json.dumps(
            {"ok": not failures, "failures": failures, "results": results}, ensure_ascii=False
        )
    )
    return 0 if not failures else 1


def startup_report(argv: list[str]) -> int:
    """`perfdesk FILE` as usual, but instead of the event loop: wait until the window
    is on screen, print when (and the CPU time, peak memory, heavy libraries loaded)
    as one JSON line, and return. benchmarks/startup.py --bundle times the bundled and
    the venv program this same way (PERFDESK_STARTUP_REPORT=1)."""
    import re
    import time

    from PySide6.QtWidgets import QApplication

    from perfdesk.cli import main as cli_main

    heavy = {"pandas", "numpy", "matplotlib", "reportlab", "sqlite_utils", "pypinyin"}

    def shown_and_return(app: QApplication) -> int:
        window = next(w for w in QApplication.topLevelWidgets() if hasattr(w, "context"))
        assert window.context is not None, "document did not open"
        while window.windowHandle() is None or not window.windowHandle().isExposed():
            app.processEvents()
        app.processEvents()
        status = Path("/proc/self/status")
        match = re.search(r"VmHWM:\s+(\d+)", status.read_text()) if status.exists() else None
        loaded = sorted({m.split(".")[0] for m in sys.modules} & heavy)
        print(
            json.dumps(
                {
                    "shown": time.time(),
                    "cpu": time.process_time(),
                    "rss_kb": int(match.group(1)) if match else 0,
                    "heavy": loaded,
                }
            )
        )
        return 0

    QApplication.exec = shown_and_return  # type: ignore[assignment,method-assign]
    return cli_main(argv)


def main() -> int:
    if os.environ.get("PERFDESK_STARTUP_REPORT"):
        return startup_report(sys.argv[1:])
    return run(Path(os.environ["PERFDESK_BUNDLE_CHECK"]), sys.argv[1:])
