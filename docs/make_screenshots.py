"""Make the screenshots in docs/screenshots from fresh demo documents (offscreen).

    python docs/make_screenshots.py            # writes docs/screenshots/*.png

At the two meeting-room sizes of issue 16 (1366×768 laptop, 1280×720 projector):
- every tab of the company demo, in Chinese and in English: `{tab}-{lang}.png`
  (1366×768; the README shows these) and `{tab}-{lang}-1280.png` (1280×720);
- the small demo's Goals and KPI tabs in Chinese: `small-{tab}-zh.png` (1366×768);
- the KPI tab as someone with deuteranopia sees it (Machado et al. 2009, severity
  1.0, applied to linear RGB): `kpi-zh-deuteranopia.png`, with the ΔE00 of every
  pair of status colours printed (ui/colour_vision.py);
- the KPI tab with a quarter in focus: `kpi-zh-quarter.png`;
- the KPI tab's side panes, in Chinese and in English at 1366×768 and 1280×720: a goal's
  month with its deviation note (`kpi-notes-{lang}{size}.png`), the goal's year as a
  chart with its forecast and numbers (`kpi-detail-{lang}{size}.png`) and the alerts
  (`kpi-alerts-{lang}{size}.png`) (`python docs/make_screenshots.py kpi` makes only these);
- the merge preview in Chinese (File → Import Package…) with a conflict and refused rows,
  at 1280×720: `exchange-preview-zh.png`, its refused rows `exchange-preview-refused-zh.png`
  (`python docs/make_screenshots.py exchange` makes only these).
The KPI tab is shown with its teams' and people's goals included.
"""

from __future__ import annotations

import os
import sys
import tempfile
from pathlib import Path
from typing import Any

from perfdesk.ui.colour_vision import DEUTERANOPIA, encoded, linear

OUT = Path(__file__).resolve().parent / "screenshots"
TABS = ("goals", "kpi", "meeting", "actions")
SIZES = {"": (1366, 768), "-1280": (1280, 720)}


def main() -> int:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    with tempfile.TemporaryDirectory() as tmp:
        # Private settings, so a saved window size, zoom or language does not leak in.
        os.environ["XDG_CONFIG_HOME"] = str(Path(tmp) / "config")
        from perfdesk.demo import build_demo
        from perfdesk.ui.app import create_application

        app, _ = create_application("zh")
        OUT.mkdir(parents=True, exist_ok=True)
        only_kpi = sys.argv[1:] == ["kpi"]
        if not only_kpi:
            exchange_preview(app, Path(tmp))
        if sys.argv[1:] == ["exchange"]:
            return 0
        # Chinese first: English removes the translators for the rest of the run.
        for lang in ("zh", "en"):
            company = build_demo(Path(tmp) / f"company-{lang}.perfdesk", lang=lang, size="company")
            window = _window(lang, company)
            for suffix, size in SIZES.items():
                kpi_panes(app, window, size, f"{lang}{suffix}")
            if only_kpi:
                window.close()
                continue
            for suffix, size in SIZES.items():
                for index, name in enumerate(TABS):
                    _save(app, window, index, size, f"{name}-{lang}{suffix}.png")
            if lang == "zh":
                _save(app, window, TABS.index("kpi"), SIZES[""], "kpi-zh-deuteranopia.png")
                simulate(OUT / "kpi-zh-deuteranopia.png", DEUTERANOPIA)
                print_palette_check()
                # A quarter in focus: its three months are marked in the grid's header.
                from perfdesk.core.periods import Granularity

                combo = window.granularity_combo
                row = combo.findData(Granularity.QUARTER.value)
                combo.setCurrentIndex(row)
                combo.activated.emit(row)
                _save(app, window, TABS.index("kpi"), SIZES[""], "kpi-zh-quarter.png")
                row = combo.findData(Granularity.MONTH.value)
                combo.setCurrentIndex(row)
                combo.activated.emit(row)
            window.close()
            if lang == "zh":
                small = build_demo(Path(tmp) / "small-zh.perfdesk", lang="zh")
                window = _window(lang, small)
                for name in ("goals", "kpi"):
                    _save(app, window, TABS.index(name), SIZES[""], f"small-{name}-zh.png")
                window.close()
    return 0


def _window(lang: str, path: Path) -> Any:
    from PySide6.QtCore import QTranslator
    from PySide6.QtWidgets import QApplication

    from perfdesk.ui.main_window import MainWindow

    if lang == "en":
        for translator in QApplication.instance().findChildren(QTranslator):
            QApplication.removeTranslator(translator)
    window = MainWindow(language=lang)
    window.show()
    window.open_path(path)
    QApplication.processEvents()
    return window


def _save(app: Any, window: Any, index: int, size: tuple[int, int], name: str) -> None:
    from PySide6.QtCore import Qt

    # Not maximised (the offscreen screen is small): exactly the size asked for.
    window.setWindowState(Qt.WindowState.WindowNoState)
    window.resize(*size)
    window.tabs.setCurrentIndex(index)
    if TABS[index] == "kpi":
        window.kpi_tab.include_members.setChecked(True)
    for _ in range(3):
        app.processEvents()
    target = OUT / name
    window.grab().save(str(target))
    print(f"wrote {target.relative_to(OUT.parent.parent)}")


def kpi_panes(app: Any, window: Any, size: tuple[int, int], tag: str) -> None:
    """The KPI tab with its side panes: a note written on a red month, then the same
    goal's detail (chart, forecast, numbers), then the alerts."""
    from PySide6.QtCore import Qt

    from perfdesk.core.deviation import note_wanted

    tab = window.kpi_tab
    window.setWindowState(Qt.WindowState.WindowNoState)
    window.resize(*size)
    window.tabs.setCurrentIndex(TABS.index("kpi"))
    tab.include_members.setChecked(True)
    app.processEvents()
    model = tab.model
    spot = None
    for row in range(model.rowCount()):
        for column in range(model.col_to_date - 1, model.FIRST_PERIOD - 1, -1):
            cell = model.entry_cell(row, column)
            if cell is not None and note_wanted(
                cell.kpi, cell.target, cell.actual, cell.target_max
            ):
                spot = (row, column)
                break
        if spot is not None:
            break
    if spot is None:
        return
    tab.table.setCurrentIndex(model.index(*spot))
    tab.table.scrollTo(model.index(*spot))
    for action in (tab.notes_action, tab.detail_action, tab.alerts_action):
        if not action.isChecked():
            action.trigger()
    panel = tab.note_panel
    if not panel.internal_cause.toPlainText():
        english = tag.startswith("en")
        for edit, zh, en in (
            (panel.internal_cause, "排产冲突，交付推迟", "Production clash delayed deliveries"),
            (panel.external_cause, "主要客户预算冻结", "A key customer froze its budget"),
            (
                panel.internal_measures,
                "每周排产会；重点客户周报",
                "Weekly planning; key-account reports",
            ),
            (panel.external_needs, "备选供应商预算 5 万元", "CNY 50k for a second supplier"),
        ):
            edit.setPlainText(en if english else zh)
        panel.save_button.click()
    for name, pane in (("notes", panel), ("detail", tab.detail), ("alerts", tab.alerts)):
        tab.side.setCurrentWidget(pane)
        for _ in range(3):
            app.processEvents()
        target = OUT / f"kpi-{name}-{tag}.png"
        window.grab().save(str(target))
        print(f"wrote {target.relative_to(OUT.parent.parent)}")
    for action in (tab.notes_action, tab.detail_action, tab.alerts_action):
        action.trigger()  # closed again: the other screenshots show the grid alone
    app.processEvents()


def exchange_preview(app: Any, tmp: Path) -> None:
    """The merge preview of a department's package in the company file: the same
    value changed on both sides (a conflict) and targets the company set (refused)."""
    import datetime

    from PySide6.QtCore import Qt

    from perfdesk.demo import build_demo
    from perfdesk.store import ops
    from perfdesk.store.document import Document
    from perfdesk.store.exchange.package import export_package
    from perfdesk.store.stamps import source_number
    from perfdesk.ui import exchange

    company = build_demo(tmp / "exchange-company.perfdesk", lang="zh")
    department = tmp / "exchange-department.perfdesk"
    year = datetime.date.today().year
    doc = Document.open(company)
    try:
        unit, unit_name = doc.conn.execute(
            "SELECT id, name FROM org_units WHERE kind = 'department' ORDER BY sort_order LIMIT 1"
        ).fetchone()
        person_goal = doc.conn.execute(
            "SELECT g.id FROM goals g JOIN people p ON p.id = g.person_id WHERE p.unit_id IN "
            "(SELECT id FROM org_units WHERE id = ?1 OR parent_id = ?1) AND g.period = ?2 "
            "ORDER BY g.sort_order LIMIT 1",
            (unit, str(year)),
        ).fetchone()[0]
        unit_goal = doc.conn.execute(
            "SELECT id FROM goals WHERE unit_id = ? AND period = ? ORDER BY sort_order LIMIT 1",
            (unit, str(year)),
        ).fetchone()[0]
        doc.save_copy(department)
        company_id, clock = doc.document_id, int(doc.meta("clock"))
        ops.set_values(doc, [(person_goal, f"{year}-01", "actual", 212.0)])
    finally:
        doc.close()
    doc = Document.open(department)
    try:
        with doc.transaction() as conn:
            conn.execute("UPDATE meta SET value = 'department' WHERE key = 'role'")
            conn.execute("UPDATE meta SET value = ? WHERE key = 'unit_id'", (unit,))
            conn.execute("UPDATE meta SET value = ? WHERE key = 'name'", (f"{unit_name}部门文件",))
            n = source_number(conn, company_id)
            conn.execute(
                "INSERT INTO imports VALUES (?, ?, ?, ?, 0, '')",
                (n, f"fork:{company_id}", clock, doc.stamp),
            )
        ops.set_values(
            doc,
            [
                (person_goal, f"{year}-01", "actual", 236.0),
                (unit_goal, f"{year}-01", "actual", 1180.0),
                (unit_goal, f"{year}-01", "target", 999.0),
            ],
        )
    finally:
        doc.close()
    package = export_package(department, tmp / "exchange.pdpkg").path
    window = _window("zh", company)
    window.setWindowState(Qt.WindowState.WindowNoState)
    window.resize(1280, 720)
    dialog = exchange.import_packages(window, [package])
    for _ in range(3):
        app.processEvents()
    target = OUT / "exchange-preview-zh.png"
    dialog.grab().save(str(target))
    print(f"wrote {target.relative_to(OUT.parent.parent)} ({dialog.width()}×{dialog.height()})")
    page = dialog.pages[0]
    page.kinds.setCurrentWidget(page.views["refused"])
    for _ in range(3):
        app.processEvents()
    target = OUT / "exchange-preview-refused-zh.png"
    dialog.grab().save(str(target))
    print(f"wrote {target.relative_to(OUT.parent.parent)}")
    dialog.reject()
    window.close()


def print_palette_check() -> None:
    """ΔE00 between the status colours and tints, in normal vision and as simulated."""
    from itertools import combinations

    from perfdesk.ui.colour_vision import delta_e, parse, seen_apart
    from perfdesk.ui.widgets.status import COLORS, TINTS

    for name, palette in (("tint", TINTS), ("shape", COLORS)):
        for (a, first), (b, second) in combinations(palette.items(), 2):
            if first.name() == second.name():
                continue
            normal = delta_e(parse(first.name()), parse(second.name()))
            seen = seen_apart(first.name(), second.name())
            print(f"{name} {a}/{b}: ΔE00 {normal:.1f} normal, {seen:.1f} deuteranopia")


def simulate(png: Path, matrix: tuple[tuple[float, float, float], ...]) -> None:
    """Rewrite `png` as seen through a colour-vision deficiency `matrix` (linear RGB)."""
    from PySide6.QtGui import QImage

    image = QImage(str(png)).convertToFormat(QImage.Format.Format_RGB888)
    to_linear = [linear(v / 255) for v in range(256)]
    seen: dict[bytes, bytes] = {}  # a screenshot has few distinct colours
    width, height, stride = image.width(), image.height(), image.bytesPerLine()
    data = bytearray(image.constBits().tobytes())
    for y in range(height):
        row = y * stride
        for x in range(row, row + 3 * width, 3):
            pixel = bytes(data[x : x + 3])
            out = seen.get(pixel)
            if out is None:
                rgb = [to_linear[c] for c in pixel]
                out = bytes(
                    encoded(sum(m * c for m, c in zip(line, rgb, strict=True))) for line in matrix
                )
                seen[pixel] = out
            data[x : x + 3] = out
    result = QImage(bytes(data), width, height, stride, QImage.Format.Format_RGB888)
    result.save(str(png))


if __name__ == "__main__":
    sys.exit(main())
