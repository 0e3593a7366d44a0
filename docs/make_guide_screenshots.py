"""The user guide's screenshots and shortcut tables, made from the small demo (offscreen).

    python docs/make_guide_screenshots.py      # writes resources/guide/images/<lang>/*.png

For each language (zh_CN first, then en) it builds the small demo in a temporary
folder, opens the window at 1280×800 and drives it to each state the guide shows:
the welcome, the four tabs, the deviation note pane, the KPI library, the
decompose preview, the import preview, the action register with its detail and
the 10-day reports, and run mode. Each grab is scaled to at most 1000 px wide and
stored as a 256-colour PNG (the guide ships in the bundle: the total is printed at
the end). It also rewrites the keyboard table of each guide page (between the
`keys:begin` / `keys:end` comments) from the window's real menu actions, so the
table cannot drift from the keys (tests/ui/test_help_guide.py checks it too).
"""

from __future__ import annotations

import html
import os
import shutil
import sys
import tempfile
import uuid
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
GUIDE = ROOT / "resources" / "guide"
SIZE = (1280, 800)
MAX_WIDTH = 1000
FOLDERS = {"zh": "zh_CN", "en": "en"}


def main() -> int:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    # A fixed folder, so the path the status bar shows reads the same in every run.
    folder = Path(tempfile.gettempdir()) / "perfdesk-guide"
    shutil.rmtree(folder, ignore_errors=True)
    folder.mkdir()
    try:
        return _make(folder)
    finally:
        shutil.rmtree(folder, ignore_errors=True)


def _make(tmp: Path) -> int:
    # Private settings and data folder: no saved size, zoom, recent file or demo leaks in.
    os.environ["XDG_CONFIG_HOME"] = str(tmp / "config")
    os.environ["XDG_DATA_HOME"] = str(tmp / "data")
    from perfdesk.ui.app import create_application

    app, _ = create_application("zh")
    failed: list[str] = []
    for lang in ("zh", "en"):  # Chinese first: English removes the translators
        shots = Shots(app, lang, tmp)
        shots.run(failed)
        write_keys_table(shots.window, GUIDE / FOLDERS[lang] / "index.html")
        shots.window.close()
    total = sum(p.stat().st_size for p in (GUIDE / "images").rglob("*.png"))
    print(f"images: {total / 1e6:.2f} MB in {GUIDE / 'images'}")
    if failed:
        print("FAILED: " + ", ".join(failed), file=sys.stderr)
        return 1
    return 0


class Shots:
    def __init__(self, app: Any, lang: str, tmp: Path) -> None:
        from PySide6.QtCore import QTranslator
        from PySide6.QtWidgets import QApplication

        from perfdesk.demo import build_demo
        from perfdesk.ui.main_window import MainWindow
        from perfdesk.ui.settings import Settings

        self.app, self.lang = app, lang
        self.out = GUIDE / "images" / FOLDERS[lang]
        self.out.mkdir(parents=True, exist_ok=True)
        self.demo = build_demo(tmp / f"demo-{lang}.perfdesk", lang=lang)
        self.tmp = tmp
        if lang == "en":
            for translator in QApplication.instance().findChildren(QTranslator):
                QApplication.removeTranslator(translator)
        Settings().clear_recent_files()  # each language's welcome as on a first run
        self.window = MainWindow(language=lang)
        self.window.show()
        self._size(self.window)

    def _size(self, widget: Any) -> None:
        from PySide6.QtCore import Qt

        widget.setWindowState(Qt.WindowState.WindowNoState)
        widget.resize(*SIZE)
        self.settle()

    def settle(self) -> None:
        for _ in range(4):
            self.app.processEvents()

    def save(self, widget: Any, name: str) -> None:
        from PySide6.QtCore import Qt
        from PySide6.QtGui import QImage

        self.settle()
        image = widget.grab().toImage()
        if image.width() > MAX_WIDTH:
            image = image.scaledToWidth(MAX_WIDTH, Qt.TransformationMode.SmoothTransformation)
        image = image.convertToFormat(QImage.Format.Format_RGB888)
        target = self.out / f"{name}.png"
        image.save(str(target), "PNG", 0)  # 0: the strongest compression
        quantise(target)
        print(
            f"wrote {target.relative_to(ROOT)} ({image.width()}×{image.height()}, "
            f"{target.stat().st_size // 1024} KB)"
        )

    def run(self, failed: list[str]) -> None:
        for step in (
            self.welcome,
            self.tabs,
            self.notes,
            self.library,
            self.cascade,
            self.import_preview,
            self.reports,
            self.run_mode,
        ):
            try:
                step()
            except Exception as error:  # one state that cannot be reached must be said
                print(f"{self.lang} {step.__name__}: {type(error).__name__}: {error}")
                failed.append(f"{self.lang}:{step.__name__}")

    # -- the states ------------------------------------------------------------
    def welcome(self) -> None:
        self.save(self.window, "welcome")
        self.window.open_path(self.demo)
        self._size(self.window)

    def tabs(self) -> None:
        from perfdesk.ui.main_window import TAB_ACTIONS, TAB_GOALS, TAB_KPI, TAB_MEETING

        window = self.window
        for index, name in (
            (TAB_GOALS, "goals"),
            (TAB_KPI, "kpi"),
            (TAB_MEETING, "meeting"),
            (TAB_ACTIONS, "actions"),
        ):
            window.tabs.setCurrentIndex(index)
            if index == TAB_KPI:
                window.kpi_tab.include_members.setChecked(True)
            if index == TAB_ACTIONS:
                table = window.actions_tab.table
                self.settle()
                table.setCurrentIndex(table.model().index(0, 0))
            self.save(window, name)

    def notes(self) -> None:
        """The KPI grid of the unit with the latest deviation note, that month's note open."""
        from perfdesk.ui.main_window import TAB_KPI
        from perfdesk.ui.models.actual_grid import NOTE_ROLE

        window = self.window
        unit = window.context.doc.conn.execute(
            "SELECT COALESCE(g.unit_id, p.unit_id) FROM deviation_notes n "
            "JOIN goals g ON g.key = n.goal LEFT JOIN people p ON p.id = g.person_id "
            "ORDER BY n.period DESC LIMIT 1"
        ).fetchone()[0]
        window.tabs.setCurrentIndex(TAB_KPI)
        window.select_holder(unit)
        tab = window.kpi_tab
        self.settle()
        model = tab.table.model()
        marked = [
            model.index(r, c)
            for r in range(model.rowCount())
            for c in range(model.columnCount())
            if model.index(r, c).data(NOTE_ROLE) is not None
        ]
        tab.table.setCurrentIndex(marked[-1])  # the latest month with a note
        tab.notes_action.setChecked(True)
        self.save(window, "kpi-notes")
        tab.notes_action.setChecked(False)

    def library(self) -> None:
        dialog = self.window.show_kpi_library()
        dialog.resize(1100, 700)
        self.save(dialog, "kpi-library")
        dialog.close()

    def cascade(self) -> None:
        """Goals → Decompose… on the company's first goal: the preview before Apply."""
        from perfdesk.ui import cascade_dialog
        from perfdesk.ui.main_window import TAB_GOALS

        window = self.window
        conn = window.context.doc.conn
        company, goal = conn.execute(
            "SELECT u.id, g.id FROM goals g JOIN org_units u ON u.id = g.unit_id "
            "WHERE u.kind = 'company' AND g.deleted = 0 ORDER BY g.sort_order LIMIT 1"
        ).fetchone()
        window.tabs.setCurrentIndex(TAB_GOALS)
        self.settle()
        assert window.goals_tab.select_goal(goal, company)
        shown: list[Any] = []
        original = cascade_dialog.run_dialog
        cascade_dialog.run_dialog = shown.append  # type: ignore[assignment]
        try:
            window.decompose_action.trigger()
        finally:
            cascade_dialog.run_dialog = original  # type: ignore[assignment]
        dialog = shown[0]
        dialog.show()
        self.save(dialog, "cascade")
        dialog.reject()

    def import_preview(self) -> None:
        """File → Import Actuals… with an ERP export: one row refused, a totals row skipped."""
        window = self.window
        conn = window.context.doc.conn
        year = window.context.year
        (unit, kpi, period), (unit2, kpi2) = (
            conn.execute(
                f"SELECT u.name, k.name_{self.lang}, MAX(v.period) FROM goals g "
                "JOIN org_units u ON u.id = g.unit_id JOIN kpis k ON k.id = g.kpi_id "
                "JOIN goal_values v ON v.goal = g.key WHERE u.kind = 'department' "
                "AND v.actual IS NOT NULL AND g.period = ? GROUP BY g.id "
                "ORDER BY u.sort_order, g.sort_order LIMIT 1",
                (str(year),),
            ).fetchone(),
            conn.execute(
                f"SELECT u.name, k.name_{self.lang} FROM goals g "
                "JOIN org_units u ON u.id = g.unit_id JOIN kpis k ON k.id = g.kpi_id "
                "WHERE u.kind = 'department' AND g.period = ? "
                "ORDER BY u.sort_order DESC, g.sort_order LIMIT 1",
                (str(year),),
            ).fetchone(),
        )
        head = "部门,指标,期间,实际" if self.lang == "zh" else "Unit,KPI,Period,Actual"
        total = "合计" if self.lang == "zh" else "Total"
        data = self.tmp / f"erp-{self.lang}.csv"
        data.write_text(
            f"{head}\n{unit},{kpi},{period},1500\n{unit2},{kpi2},{period},n/a\n{total},,,1500\n",
            encoding="utf-8",
        )
        window.import_actuals_action.trigger()
        dialog = window.import_dialog
        dialog.resize(1100, 640)
        assert dialog.load(data)
        dialog.preview_button.click()
        for _ in range(200):
            self.settle()
            if dialog.plan is not None and not dialog.busy():
                break
            import time

            time.sleep(0.05)
        self.save(dialog, "import-preview")
        dialog.reject()

    def reports(self) -> None:
        """Actions → 10-Day Reports…: the grid of every open action."""
        from PySide6.QtWidgets import QApplication, QDialog

        from perfdesk.ui.main_window import TAB_ACTIONS

        window = self.window
        window.tabs.setCurrentIndex(TAB_ACTIONS)
        self.settle()
        before = set(QApplication.topLevelWidgets())
        exec_ = QDialog.exec
        grabbed: list[Any] = []

        def show_instead(dialog: Any) -> int:
            dialog.resize(1100, 600)
            dialog.show()
            self.save(dialog, "reports")
            grabbed.append(dialog)
            return int(QDialog.DialogCode.Rejected)

        QDialog.exec = show_instead  # type: ignore[method-assign]
        try:
            window.actions_tab.reports_clicked()
        finally:
            QDialog.exec = exec_  # type: ignore[method-assign]
        if not grabbed:  # a non-modal window
            new = [w for w in QApplication.topLevelWidgets() if w not in before and w.isVisible()]
            assert new, "no 10-day report window"
            new[0].resize(1100, 600)
            self.save(new[0], "reports")
            new[0].close()

    def run_mode(self) -> None:
        """A planned meeting in run mode: the first speaker, 45 s left, the KPI panel open."""
        from perfdesk.ui import meeting_flow, run_mode

        window = self.window
        meeting = _planned_meeting(window.context.doc, self.lang)
        meeting_flow._confirm = lambda *_args: True  # type: ignore[assignment]
        clock = _Clock(1_794_000_000_000)
        run = run_mode.open_run_mode(window, meeting, clock=clock, full_screen=False)
        assert run is not None
        from PySide6.QtCore import QEvent, Qt
        from PySide6.QtGui import QKeyEvent

        run.keyPressEvent(  # from the opening to the first speaker
            QKeyEvent(QEvent.Type.KeyPress, Qt.Key.Key_Right, Qt.KeyboardModifier.NoModifier)
        )
        clock.t += (10 * 60 - 45) * 1000  # 45 s left: "time is almost up"
        self._size(run)
        run.refresh()
        self.save(run, "run-mode")
        run.close()


def quantise(png: Path) -> None:
    """256 colours chosen for this image (median cut, no dither): a third of the bytes,
    text still crisp. Qt's own 8-bit conversion uses a fixed colour cube, which bands
    the buttons' gradients. Pillow comes with matplotlib (the reports' charts)."""
    from PIL import Image

    with Image.open(png) as image:
        reduced = image.convert("RGB").quantize(
            colors=256, method=Image.Quantize.MEDIANCUT, dither=Image.Dither.NONE
        )
    reduced.save(png, optimize=True)


class _Clock:
    def __init__(self, now: int) -> None:
        self.t = now

    def now(self) -> int:
        return self.t

    def not_before(self, at: int) -> None:
        self.t = max(self.t, at)


def _planned_meeting(doc: Any, lang: str) -> str:
    """A planned monthly review: opening, four department speakers, questioning, closing."""
    conn = doc.conn
    # The month with the latest deviation notes; the departments with notes speak first.
    period = conn.execute("SELECT MAX(period) FROM deviation_notes").fetchone()[0][:7]
    departments = conn.execute(
        "SELECT u.id, u.name, u.manager_id FROM org_units u WHERE u.kind = 'department' "
        "AND u.deleted = 0 ORDER BY (SELECT COUNT(*) FROM deviation_notes n JOIN goals g "
        "ON g.key = n.goal LEFT JOIN people p ON p.id = g.person_id WHERE n.period = ? "
        "AND COALESCE(g.unit_id, p.unit_id) = u.id) DESC, u.sort_order LIMIT 4",
        (period,),
    ).fetchall()
    zh = lang == "zh"
    items: list[tuple[str, str, int, Any, Any]] = [
        ("opening", "开场" if zh else "Opening", 5, None, None)
    ]
    for unit_id, name, manager in departments:
        items.append(
            ("speaker", f"{name}业绩汇报" if zh else f"{name} report", 10, manager, unit_id)
        )
    items.append(("discussion", "质询与问题解决" if zh else "Questions", 30, None, None))
    items.append(("closing", "总结" if zh else "Closing", 5, None, None))
    meeting_id = str(uuid.uuid4())
    title = "月度质询会议" if zh else "Monthly review meeting"
    with doc.transaction() as conn:
        stamp, source = doc.stamp, doc.source
        conn.execute(
            "INSERT INTO meetings (id, title, kind, date, planned_minutes, period, status, "
            "created, stamp, source) VALUES (?, ?, 'monthly', date('now'), 90, ?, 'planned', "
            "?, ?, ?)",
            (meeting_id, title, period, stamp, stamp, source),
        )
        for position, (kind, name, minutes, speaker, unit) in enumerate(items):
            conn.execute(
                "INSERT INTO agenda_items (id, meeting_id, position, kind, title, speaker_id, "
                "unit_id, planned_minutes, created, stamp, source) "
                "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                (
                    str(uuid.uuid4()),
                    meeting_id,
                    position,
                    kind,
                    name,
                    speaker,
                    unit,
                    minutes,
                    stamp,
                    stamp,
                    source,
                ),
            )
    return meeting_id


# -- the keyboard table ----------------------------------------------------------
KEYS_BEGIN, KEYS_END = "<!-- keys:begin -->", "<!-- keys:end -->"


def keys_table(window: Any) -> str:
    from perfdesk.ui.help_window import menu_shortcuts

    lines = [KEYS_BEGIN, '<table class="keys">']
    head = ("菜单", "命令", "快捷键") if window.language == "zh" else ("Menu", "Command", "Keys")
    lines.append("<tr>" + "".join(f"<th>{h}</th>" for h in head) + "</tr>")
    for menu, command, keys in menu_shortcuts(window):
        shown = " ".join(f"<kbd>{html.escape(k)}</kbd>" for k in keys)
        lines.append(
            f"<tr><td>{html.escape(menu)}</td><td>{html.escape(command)}</td><td>{shown}</td></tr>"
        )
    lines.append("</table>")
    lines.append(KEYS_END)
    return "\n".join(lines)


def write_keys_table(window: Any, page: Path) -> None:
    text = page.read_text(encoding="utf-8")
    start, end = text.index(KEYS_BEGIN), text.index(KEYS_END) + len(KEYS_END)
    page.write_text(text[:start] + keys_table(window) + text[end:], encoding="utf-8")
    print(f"wrote the keyboard table of {page.relative_to(ROOT)}")


if __name__ == "__main__":
    sys.exit(main())
