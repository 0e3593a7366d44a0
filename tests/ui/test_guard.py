"""Nothing kills the window: bad files, failing tabs and failing models end in an error state."""

from __future__ import annotations

import os
import shutil
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QMessageBox

from perfdesk.store.document import DamagedFile, DocumentError
from perfdesk.ui import goals_tab as goals_tab_module
from perfdesk.ui import main_window as main_window_module
from perfdesk.ui.errors import install_crash_handler
from perfdesk.ui.main_window import TAB_ACTIONS, TAB_GOALS, TAB_KPI, TAB_MEETING
from perfdesk.ui.models.action_table import ActionTableModel

# A status this version does not know, written by another tool past the CHECK.
BAD_STATUS = "UPDATE actions SET status = 'paused' WHERE rowid = (SELECT min(rowid) FROM actions)"
BAD_TITLE = (
    "UPDATE actions SET title = CAST(x'e6b58bff41' AS TEXT) "
    "WHERE rowid = (SELECT min(rowid) FROM actions)"
)


def _visit_every_tab(window, qtbot) -> None:  # type: ignore[no-untyped-def]
    for index in (TAB_GOALS, TAB_KPI, TAB_MEETING, TAB_ACTIONS, TAB_GOALS, TAB_ACTIONS):
        window.tabs.setCurrentIndex(index)
        window.grab()  # paints every visible view, which runs the models' data()


def test_an_unknown_action_status_gives_the_actions_tab_an_error_state(
    spoil, make_window, demo_zh: Path, qtbot, crash_reports, zh
) -> None:
    window = make_window(spoil(demo_zh, BAD_STATUS))
    _visit_every_tab(window, qtbot)
    tab = window.actions_tab
    assert tab.error_state.isVisible()
    assert "已损坏" in tab.error_state.headline.text()
    assert "paused" in tab.error_state.detail.text()
    qtbot.waitUntil(lambda: len(crash_reports) == 1)
    assert isinstance(crash_reports[0], ValueError)
    # The other tabs and the window go on.
    window.tabs.setCurrentIndex(TAB_GOALS)
    assert window.goals_tab.model.rowCount() > 0
    assert not window.goals_tab.error_state.isVisible()


def test_a_failing_tab_shows_what_happened_and_can_try_again(
    make_window, demo_zh: Path, qtbot, crash_reports, monkeypatch: pytest.MonkeyPatch
) -> None:
    window = make_window(demo_zh, language="en")
    real = goals_tab_module.goals_of_owner

    def broken(*_args):  # type: ignore[no-untyped-def]
        raise RuntimeError("goal store unavailable")

    monkeypatch.setattr(goals_tab_module, "goals_of_owner", broken)
    window.goals_tab.refresh()
    tab = window.goals_tab
    assert tab.error_state.isVisible() and not tab.org_tree.isVisible()
    assert "could not be shown" in tab.error_state.headline.text()
    assert "goal store unavailable" in tab.error_state.detail.text()
    qtbot.waitUntil(lambda: len(crash_reports) == 1)
    monkeypatch.setattr(goals_tab_module, "goals_of_owner", real)
    tab.error_state.retry.click()
    assert not tab.error_state.isVisible() and tab.model.rowCount() > 0


def test_a_model_failing_inside_data_shows_the_error_state_after_the_paint(
    make_window, demo_zh: Path, qtbot, crash_reports, monkeypatch: pytest.MonkeyPatch
) -> None:
    def broken(*_args):  # type: ignore[no-untyped-def]
        raise ValueError("bad cell")

    monkeypatch.setattr(ActionTableModel, "_display", broken)
    window = make_window(demo_zh, language="en")
    window.tabs.setCurrentIndex(TAB_ACTIONS)
    window.grab()
    qtbot.waitUntil(lambda: window.actions_tab.error_state.isVisible())
    qtbot.waitUntil(lambda: len(crash_reports) == 1)  # one dialog, not one per cell
    assert isinstance(crash_reports[0], ValueError)


def test_failed_open_keeps_the_current_document_open(
    spoil, make_window, demo_zh: Path, tmp_path: Path, qtbot, monkeypatch: pytest.MonkeyPatch
) -> None:
    window = make_window(demo_zh, language="en")
    refused: list[DocumentError] = []
    monkeypatch.setattr(main_window_module, "show_document_error", lambda _p, e: refused.append(e))
    bad = spoil(
        Path(shutil.copy(demo_zh, tmp_path / "bad.perfdesk")),
        "UPDATE kpis SET direction = 'sideways' WHERE code = 'sales_amount'",
    )
    assert not window.open_path(bad)
    assert isinstance(refused[0], DamagedFile)
    assert window.context is not None and window.context.doc.path == demo_zh
    window.context.doc.conn.execute("SELECT count(*) FROM goals").fetchone()  # still open
    _visit_every_tab(window, qtbot)
    assert window.actions_tab.model.rowCount() > 0
    assert not any(window.slots[i].tab().error_state.isVisible() for i in range(4))


def test_crash_dialog_opens_from_the_event_loop_once(make_window, qtbot) -> None:
    window = make_window(None, language="en")
    install_crash_handler(window)
    try:
        from perfdesk.ui.guard import guarded

        @guarded
        def fails() -> None:
            raise KeyError("goal-1")

        fails()
        fails()  # a second error while the first dialog is up gets no second dialog
        assert not _message_boxes()  # nothing modal inside the failing call
        qtbot.waitUntil(lambda: len(_message_boxes()) == 1)
        box = _message_boxes()[0]
        assert "KeyError" in box.detailedText()
        box.close()
        qtbot.waitUntil(lambda: not _message_boxes())
    finally:
        sys.excepthook = sys.__excepthook__


def _message_boxes() -> list[QMessageBox]:
    return [
        w for w in QApplication.topLevelWidgets() if isinstance(w, QMessageBox) and w.isVisible()
    ]


def _run(*args: str, env: dict[str, str]) -> subprocess.CompletedProcess[str]:
    src = str(Path(__file__).resolve().parents[2] / "src")
    env = {**env, "PYTHONPATH": src}
    return subprocess.run(
        [sys.executable, "-m", "perfdesk", *args],
        capture_output=True,
        text=True,
        env=env,
        timeout=120,
    )


def test_an_unreadable_title_shows_as_replacement_characters_not_an_error(
    spoil, make_window, demo_zh: Path, qtbot, crash_reports
) -> None:
    window = make_window(spoil(demo_zh, BAD_TITLE), language="en")
    _visit_every_tab(window, qtbot)
    tab = window.actions_tab
    assert not tab.error_state.isVisible()
    model = tab.table.model()
    titles = [str(model.index(r, 0).data()) for r in range(model.rowCount())]
    assert any("\ufffd" in t for t in titles), titles
    assert crash_reports == []


def test_a_sound_file_at_start_up_exits_0_after_the_window_closes(
    demo_zh: Path, tmp_path: Path
) -> None:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    result = _run(str(demo_zh), "--lang", "en", "--screenshot", str(tmp_path / "s.png"), env=env)
    assert result.returncode == 0, result.stderr  # closing the window is not a failure
    assert (tmp_path / "s.png").exists()


def test_damaged_file_at_start_up_says_so_without_a_traceback(
    spoil, demo_zh: Path, tmp_path: Path
) -> None:
    spoil(demo_zh, "UPDATE kpis SET direction = 'sideways'")
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    result = _run(str(demo_zh), "--lang", "en", "--screenshot", str(tmp_path / "s.png"), env=env)
    assert result.returncode == 1, result.stderr
    assert "Traceback" not in result.stderr
    lines = [line for line in result.stderr.splitlines() if line.startswith("perfdesk:")]
    assert len(lines) == 1 and "sideways" in lines[0]
    assert (tmp_path / "s.png").exists()  # the window came up and went on


def _dead_display() -> str:
    number = 90
    while os.path.exists(f"/tmp/.X11-unix/X{number}"):
        number += 1
    return f":{number}"


@pytest.mark.parametrize(
    ("variables", "expected"),
    [
        ({"DISPLAY": "dead"}, "DISPLAY=:"),
        ({"QT_QPA_PLATFORM": "xcb"}, "DISPLAY is not set"),
        ({"WAYLAND_DISPLAY": "perfdesk-no-such-wayland"}, "WAYLAND_DISPLAY="),
    ],
)
def test_an_unusable_display_gives_one_line_and_exit_2(
    variables: dict[str, str], expected: str, tmp_path: Path
) -> None:
    env = {
        k: v
        for k, v in os.environ.items()
        if k not in {"DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM"}
    }
    env["XDG_RUNTIME_DIR"] = str(tmp_path)
    env.update({k: _dead_display() if v == "dead" else v for k, v in variables.items()})
    result = _run("--demo", env=env)
    assert result.returncode == 2
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1, result.stderr
    assert expected in lines[0] and "xvfb-run" in lines[0]


def test_display_check_accepts_headless_platforms_and_live_sockets(tmp_path: Path) -> None:
    import socket

    from perfdesk.ui.app import display_problem

    assert display_problem({"QT_QPA_PLATFORM": "offscreen"}) is None
    assert display_problem({"QT_QPA_PLATFORM": "offscreen", "DISPLAY": ":99"}) is None
    assert display_problem({}) is not None
    with socket.socket(socket.AF_UNIX, socket.SOCK_STREAM) as server:
        server.bind(str(tmp_path / "wayland-7"))
        server.listen(1)
        env = {"WAYLAND_DISPLAY": "wayland-7", "XDG_RUNTIME_DIR": str(tmp_path)}
        assert display_problem(env) is None
        assert display_problem({**env, "QT_QPA_PLATFORM": "wayland"}) is None
        assert display_problem({**env, "QT_QPA_PLATFORM": "xcb"}) is not None


def test_blob_where_a_name_belongs_is_shown_not_fatal(
    spoil, make_window, demo_zh: Path, qtbot, crash_reports
) -> None:
    spoil(demo_zh, "UPDATE people SET name = CAST(x'fffe41' AS BLOB)")
    window = make_window(demo_zh, language="en")
    _visit_every_tab(window, qtbot)
    window.tabs.setCurrentIndex(TAB_MEETING)
    assert window.meeting_tab.fields["chair"].text().startswith("\ufffd\ufffdA")
    assert not crash_reports


def test_a_grid_failing_to_read_a_cell_for_its_flags_reports_and_keeps_running(
    make_window, demo_zh: Path, qtbot, crash_reports, monkeypatch: pytest.MonkeyPatch
) -> None:
    from perfdesk.ui.models.actual_grid import ActualGridModel

    def broken(*_args):  # type: ignore[no-untyped-def]
        raise sqlite3.DatabaseError("database disk image is malformed")

    window = make_window(demo_zh, language="en")
    window.tabs.setCurrentIndex(TAB_KPI)
    model = window.kpi_tab.model
    # The values read again (nothing kept from the first paint), and the read fails.
    model._values, model._entries = {}, {}
    monkeypatch.setattr(ActualGridModel, "_load", broken)
    flags = model.flags(model.index(0, model.FIRST_PERIOD))  # Qt asks this on every paint
    assert flags == Qt.ItemFlag.NoItemFlags
    qtbot.waitUntil(lambda: len(crash_reports) == 1)
    assert window.isVisible()
