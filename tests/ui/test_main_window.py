"""The main window on a real demo document: titles, tabs with real data, menus, files."""

from __future__ import annotations

import shutil
import sqlite3
from pathlib import Path

import pytest
from PySide6.QtCore import QProcess, Qt
from PySide6.QtGui import QFont, QFontDatabase, QFontMetrics
from PySide6.QtWidgets import QLabel, QMessageBox

from perfdesk.core.kpi import Status
from perfdesk.store import ops
from perfdesk.store.document import DocumentError, check_document
from perfdesk.ui import main_window as main_window_module
from perfdesk.ui.app import APP_FONT_FAMILY
from perfdesk.ui.errors import document_error_text
from perfdesk.ui.main_window import TAB_ACTIONS, TAB_GOALS, TAB_KPI, TAB_MEETING
from perfdesk.ui.models.actual_grid import STATUS_ROLE
from perfdesk.ui.models.rows import RAW_ROLE as GRID_RAW
from perfdesk.ui.settings import Settings
from perfdesk.ui.widgets import status as look


def _query(path: Path, sql: str, *args: object) -> list[tuple]:
    """Read the file directly; `actuals` is the period values that hold an actual."""
    conn = sqlite3.connect(path)
    conn.execute(
        "CREATE TEMP VIEW actuals AS SELECT g.id AS goal_id, v.period, v.actual AS value "
        "FROM goal_values v JOIN goals g ON g.key = v.goal WHERE v.actual IS NOT NULL"
    )
    try:
        return conn.execute(sql, args).fetchall()
    finally:
        conn.close()


def test_title_status_bar_and_tab_names_in_chinese(make_window, demo_zh: Path, zh) -> None:
    window = make_window(demo_zh)
    assert window.windowTitle().startswith("demo.perfdesk")
    assert window.path_label.text() == str(demo_zh)
    latest = _query(demo_zh, "SELECT max(period) FROM actuals WHERE period GLOB '????-[01][0-9]'")[
        0
    ][0]
    year, month = latest.split("-")
    assert f"{year}年{int(month)}月" in window.period_label.text()
    names = [window.tabs.tabText(i) for i in range(4)]
    assert names == ["目标分解", "KPI录入", "质询会议", "改进行动"]


def test_goals_tab_shows_the_company_goals(make_window, demo_zh: Path, zh) -> None:
    window = make_window(demo_zh)
    window.tabs.setCurrentIndex(TAB_GOALS)
    tab = window.goals_tab
    company_kpis = {
        r[0]
        for r in _query(
            demo_zh,
            "SELECT k.name_zh FROM goals g JOIN kpis k ON k.id = g.kpi_id "
            "JOIN org_units u ON u.id = g.unit_id WHERE u.kind = 'company'",
        )
    }
    shown = {tab.model.index(r, 0).data() for r in range(tab.model.rowCount())}
    assert shown == company_kpis
    assert "100%" in tab.weight_label.text()


def test_goals_tab_follows_the_org_tree(make_window, demo_zh: Path, zh) -> None:
    window = make_window(demo_zh)
    tab = window.goals_tab
    person_id, name, goals = _query(
        demo_zh,
        "SELECT p.id, p.name, count(g.id) FROM people p JOIN goals g ON g.person_id = p.id "
        "GROUP BY p.id ORDER BY p.name LIMIT 1",
    )[0]
    assert tab.org_tree.select_holder(person_id)
    assert tab.model.rowCount() == goals
    assert name in tab.title.text()


def test_kpi_tab_grid_shows_actuals_with_status(make_window, demo_zh: Path, zh) -> None:
    window = make_window(demo_zh)
    window.tabs.setCurrentIndex(TAB_KPI)
    tab = window.kpi_tab
    tab.include_members.setChecked(True)
    model = tab.model
    assert model.rowCount() > 10
    first = model.FIRST_PERIOD
    months = range(first, first + 12)
    assert model.headerData(first, Qt.Orientation.Horizontal) == "1月"
    goal_rows = [
        r for r in range(model.rowCount()) if not model.is_unit(r) and not model.is_subtotal(r)
    ]
    values = [model.index(r, c).data(GRID_RAW) for r in goal_rows for c in months]
    present = [v for v in values if v is not None]
    assert len(present) > 100
    total = _query(demo_zh, "SELECT count(*) FROM actuals")[0][0]
    assert len(present) <= total
    statuses = {
        model.index(r, c).data(STATUS_ROLE) for r in range(model.rowCount()) for c in months
    }
    assert {"green", "red"} <= statuses  # the demo has hits and misses
    red = next(
        model.index(r, c)
        for r in range(model.rowCount())
        for c in months
        if model.index(r, c).data(STATUS_ROLE) == "red"
    )
    # Shape, word and colour: the below-target diamond, "未达标" in the tooltip, dark red.
    assert red.data(Qt.ItemDataRole.BackgroundRole) == look.tint(Status.RED)
    assert red.data(Qt.ItemDataRole.DecorationRole).cacheKey() == look.icon(Status.RED).cacheKey()
    assert "目标" in red.data(Qt.ItemDataRole.ToolTipRole)
    assert "未达标" in red.data(Qt.ItemDataRole.ToolTipRole)
    to_date = model.index(red.row(), model.col_to_date).data()
    assert any(w in to_date for w in ("达标", "预警", "未达标", "数据不全"))
    assert "预警" in tab.legend.text() and "90%" in tab.legend.text()


def test_meeting_and_actions_tabs_show_the_document(make_window, demo_zh: Path, zh) -> None:
    window = make_window(demo_zh)
    window.tabs.setCurrentIndex(TAB_MEETING)
    meetings = _query(demo_zh, "SELECT count(*) FROM meetings")[0][0]
    assert window.meeting_tab.meetings_model.rowCount() == meetings
    window.tabs.setCurrentIndex(TAB_ACTIONS)
    actions = _query(demo_zh, "SELECT count(*) FROM actions")[0][0]
    assert window.actions_tab.model.rowCount() == actions


def test_read_only_is_marked_in_the_title(make_window, demo_zh: Path, zh) -> None:
    window = make_window(demo_zh, read_only=True)
    assert "只读" in window.windowTitle()


def test_foreign_file_gives_a_message_and_keeps_the_current_document(
    make_window, demo_zh: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, zh
) -> None:
    window = make_window(demo_zh)
    shown: list[DocumentError] = []
    monkeypatch.setattr(main_window_module, "show_document_error", lambda _p, e: shown.append(e))
    text = tmp_path / "notes.perfdesk"
    text.write_text("not a document")
    assert not window.open_path(text)
    assert window.context is not None and window.context.doc.path == demo_zh
    what, _todo = document_error_text(shown[0])
    assert "notes.perfdesk" in what and "不是" in what
    assert text.read_text() == "not a document"


def test_recent_files_are_remembered(make_window, demo_zh: Path) -> None:
    make_window(demo_zh)
    assert Settings().recent_files()[0] == str(demo_zh.resolve())
    window = make_window(None, language="en")
    window.recent_menu.aboutToShow.emit()
    texts = [a.text() for a in window.recent_menu.actions()]
    assert any("demo.perfdesk" in t for t in texts)


def test_new_save_copy_and_close(make_window, demo_zh: Path, tmp_path: Path) -> None:
    window = make_window(demo_zh, language="en")
    copy = tmp_path / "copy.perfdesk"
    window.dialogs.save_path = lambda *_args: copy
    window.save_copy()
    counts = check_document(demo_zh).counts
    assert check_document(copy).counts == {**counts, "sources": counts["sources"] + 1}

    new = tmp_path / "new.perfdesk"
    window.dialogs.save_path = lambda *_args: new
    window.new_document()
    assert window.context is not None and window.context.doc.path == new
    assert check_document(new).counts["goals"] == 0
    assert window.goals_tab.empty.isVisible()
    assert "no organisation yet" in window.goals_tab.empty.headline.text()
    assert window.windowTitle().startswith("new.perfdesk")

    window.close_document()
    assert window.context is None
    assert window.windowTitle() == "perfdesk"
    assert window.welcome.isVisible() and not window.tabs.isVisible()


def test_period_navigation_moves_the_focus(make_window, demo_zh: Path, qtbot) -> None:
    window = make_window(demo_zh, language="en")
    before = window.context.focus
    qtbot.keyClick(window, Qt.Key.Key_Left, Qt.KeyboardModifier.AltModifier)
    assert window.context.focus == before.previous()
    assert "Period in focus" in window.period_label.text()


def test_operations_undo_and_redo_from_the_edit_menu(make_window, demo_zh: Path, qtbot) -> None:
    window = make_window(demo_zh, language="en")
    goal, period, old = _query(
        demo_zh, "SELECT goal_id, period, value FROM actuals ORDER BY period DESC LIMIT 1"
    )[0]
    assert not window.undo_action.isEnabled()
    done = window.run_op("Enter actual", lambda doc: ops.set_actual(doc, goal, period, old + 1))
    assert done is not None and done.changes.tables == {"goal_values"}

    def value() -> float:
        return window.context.doc.conn.execute(
            "SELECT v.actual FROM goal_values v JOIN goals g ON g.key = v.goal "
            "WHERE g.id = ? AND v.period = ?",
            (goal, period),
        ).fetchone()[0]

    assert value() == old + 1
    assert window.undo_action.text() == "&Undo Enter actual"
    qtbot.keyClick(window, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert value() == old
    qtbot.keyClick(window, Qt.Key.Key_Y, Qt.KeyboardModifier.ControlModifier)
    assert value() == old + 1


def test_refused_operation_changes_nothing_and_is_not_undoable(
    make_window, demo_zh: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    window = make_window(demo_zh, language="en")
    warnings: list[str] = []
    from perfdesk.ui import op_errors

    monkeypatch.setattr(op_errors, "show_message", lambda _p, _i, _t, text: warnings.append(text))
    goal = _query(demo_zh, "SELECT id FROM goals LIMIT 1")[0][0]
    result = window.run_op("Enter actual", lambda doc: ops.set_actual(doc, goal, "2026-13", 1))
    assert result is None
    assert "not a valid period" in warnings[0]
    assert window.undo_stack.count() == 0


def test_chinese_renders_with_the_bundled_font(make_window) -> None:
    make_window(None)
    assert APP_FONT_FAMILY in QFontDatabase.families()
    assert QFontMetrics(QFont(APP_FONT_FAMILY)).inFontUcs4(ord("目"))
    # Every widget falls back to it for characters its own font lacks.
    assert APP_FONT_FAMILY in QLabel().font().families()


def test_empty_window_says_how_to_start(make_window) -> None:
    window = make_window(None, language="en")
    assert window.welcome.isVisible()  # its four first steps: tests/ui/test_help_guide.py
    assert not window.save_copy_action.isEnabled()


def test_old_document_is_upgraded_when_opened(make_window, v1_file: Path) -> None:
    window = make_window(v1_file, language="en")
    assert window.context is not None
    assert window.goals_tab.org_tree.select_holder("u-sales")
    assert window.goals_tab.model.rowCount() == 2  # the v1 department's two goals
    assert list(v1_file.parent.glob("*.bak"))


def test_copy_of_demo_is_not_modified_by_viewing(make_window, demo_zh: Path, tmp_path) -> None:
    pristine = Path(shutil.copy(demo_zh, tmp_path / "pristine.perfdesk"))
    window = make_window(demo_zh, language="en")
    for index in range(4):
        window.tabs.setCurrentIndex(index)
    window.close_document()
    assert demo_zh.read_bytes() == pristine.read_bytes()


def test_language_switch_offers_a_restart_on_the_same_document(
    make_window, demo_zh: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    window = make_window(demo_zh, language="zh")
    started: list[tuple[str, list[str]]] = []
    monkeypatch.setattr(
        QProcess,
        "startDetached",
        lambda program, arguments: started.append((program, arguments)) or True,
    )
    monkeypatch.setattr(
        main_window_module.sys, "orig_argv", ["python", "-m", "perfdesk", "--lang", "zh", "--demo"]
    )
    monkeypatch.setattr(main_window_module.sys, "argv", ["__main__.py", "--lang", "zh", "--demo"])
    monkeypatch.setattr(QMessageBox, "exec", lambda box: box.buttons()[0].click())
    window.choose_language("en")
    assert Settings().get(main_window_module.LANGUAGE) == "en"
    assert started == [("python", ["-m", "perfdesk", str(demo_zh)])]
    assert not window.isVisible()


def test_window_size_is_remembered(make_window) -> None:
    window = make_window(None, language="en")
    window.resize(700, 500)  # inside the offscreen screen, which clamps restored sizes
    window.close()
    again = make_window(None, language="en")
    assert (again.width(), again.height()) == (700, 500)


def test_demo_document_is_made_once_in_the_data_folder(make_window) -> None:
    window = make_window(None, language="en")
    assert window.open_demo()
    path = window.context.doc.path
    assert path.name == "demo-en.perfdesk" and "data" in path.parts
    made = path.stat().st_mtime_ns
    window.close_document()
    assert window.open_demo()
    assert path.stat().st_mtime_ns == made  # reopened, not rebuilt
    assert window.goals_tab.model.rowCount() > 0


def test_pseudo_translation_stretches_texts_for_layout_checks(make_window, demo_zh: Path, qapp):
    from PySide6.QtCore import QCoreApplication

    from perfdesk.ui.i18n import install_translators

    translators = install_translators(qapp, "pseudo")
    try:
        window = make_window(demo_zh, language="en")
        assert window.tabs.tabText(0).startswith("[Goals~")
        assert window.goals_tab.model.rowCount() > 0
    finally:
        for translator in translators:
            QCoreApplication.removeTranslator(translator)


def test_new_document_replaces_an_existing_file_only_once_it_is_made(
    make_window, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    window = make_window(None, language="en")
    target = tmp_path / "sales.perfdesk"
    target.write_text("an older file the user chose to replace")
    window.dialogs.save_path = lambda *_args: target
    errors: list[str] = []
    monkeypatch.setattr(
        main_window_module, "show_message", lambda _p, _i, _t, text: errors.append(text)
    )

    def disk_full(*_args, **_kwargs):  # type: ignore[no-untyped-def]
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(main_window_module.Document, "create", disk_full)
    window.new_document()
    assert "No space left" in errors[0]
    assert target.read_text() == "an older file the user chose to replace"
    assert [p.name for p in tmp_path.iterdir()] == ["sales.perfdesk"]
    monkeypatch.undo()
    window.dialogs.save_path = lambda *_args: target
    window.new_document()
    assert window.context is not None and window.context.doc.path == target
    assert check_document(target).ok


def test_goals_tab_checks_every_goal_against_smart(make_window, demo_zh: Path) -> None:
    window = make_window(demo_zh, language="en")
    window.tabs.setCurrentIndex(TAB_GOALS)
    model = window.goals_tab.model
    column = model.COL_SMART
    assert model.headerData(column, Qt.Orientation.Horizontal) == "SMART"
    # The small demo holds one year: nothing to compare a target with, so A is unknown,
    # and the company's own goals are the top of the cascade.
    texts = {model.index(r, column).data() for r in range(model.rowCount())}
    assert texts == {"S M A? R T"}  # five badges: A cannot be judged
    tip = model.index(0, column).data(Qt.ItemDataRole.ToolTipRole)
    assert "? A Achievable: no actual of last year to compare with" in tip
    assert "✓ R Relevant: a company goal" in tip
