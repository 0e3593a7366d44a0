"""The window and the lock file: who has it open, read-only, take over, following saves."""

from __future__ import annotations

import datetime
import os
import socket
import subprocess
import sys
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox

from perfdesk.store import lock, ops
from perfdesk.store.document import Document
from perfdesk.store.lock import Holder, lock_path
from perfdesk.ui import main_window as main_window_module
from perfdesk.ui.settings import LOCK_STALE_HOURS, Settings
from perfdesk.ui.text import tooltip


class Answers:
    """Stands in for the user at the lock question: records it, clicks a button."""

    def __init__(self, monkeypatch: pytest.MonkeyPatch, button: str) -> None:
        self.button = button
        self.boxes: list[tuple[str, str, list[str]]] = []
        monkeypatch.setattr(QMessageBox, "exec", lambda box: self._exec(box))

    def _exec(self, box: QMessageBox) -> int:
        # The buttons the question offers (Qt adds its own "Show Details…"), in no set order.
        names = sorted(
            b.text()
            for b in box.buttons()
            if box.buttonRole(b) != QMessageBox.ButtonRole.ActionRole
        )
        self.boxes.append((box.text(), box.informativeText(), names))
        assert box.textFormat() == Qt.TextFormat.PlainText
        next(b for b in box.buttons() if b.text() == self.button).click()
        return 0


def _claim(document: Path, host: str, pid: int, hours: float = 0.1, name: str = "王芳") -> None:
    since = datetime.datetime.now().astimezone().replace(microsecond=0)
    since -= datetime.timedelta(hours=hours)
    holder = Holder(name, "wangfang", host, since, pid, "perfdesk 0.1")
    lock_path(document).write_text(holder.line(), encoding="utf-8")


def _dead_pid() -> int:
    process = subprocess.Popen([sys.executable, "-c", "pass"])
    process.wait()
    return process.pid


def _tree_names(window) -> set[str]:  # type: ignore[no-untyped-def]
    model = window.goals_tab.org_tree.model()
    names: set[str] = set()

    def walk(parent) -> None:  # type: ignore[no-untyped-def]
        for row in range(model.rowCount(parent)):
            index = model.index(row, 0, parent)
            names.add(index.data())
            walk(index)

    from PySide6.QtCore import QModelIndex

    walk(QModelIndex())
    return names


def test_second_window_is_told_who_has_it_and_opens_read_only(
    make_window, demo_zh: Path, monkeypatch: pytest.MonkeyPatch, zh
) -> None:
    first = make_window(demo_zh)
    assert not first.context.doc.read_only and lock_path(demo_zh).exists()
    answers = Answers(monkeypatch, "只读打开")
    second = make_window(demo_zh)
    (what, _todo, buttons), *more = answers.boxes
    assert not more
    assert "demo.perfdesk" in what and "另一个 perfdesk 窗口" in what
    assert buttons == sorted(["只读打开", "取消"])  # a live claim cannot be taken over
    assert "只读" in second.windowTitle()
    assert second.read_only_label.isVisible() and second.read_only_label.text() == "只读"
    assert not any(action.isEnabled() for action in second.edit_actions)
    assert second.read_only_label.toolTip() == tooltip(what)  # escaped: it names people
    # The first window keeps editing; its lock is untouched.
    assert first.context.doc.lock.still_held()


def test_other_holder_is_named_with_computer_and_time(
    make_window, demo_zh: Path, monkeypatch: pytest.MonkeyPatch, zh
) -> None:
    _claim(demo_zh, "PC-0412", 4242)
    answers = Answers(monkeypatch, "只读打开")
    window = make_window(demo_zh)
    what, todo, buttons = answers.boxes[0]
    since = (datetime.datetime.now() - datetime.timedelta(hours=0.1)).strftime("%Y-%m-%d")
    assert "王芳（wangfang）" in what and "PC-0412" in what and since in what
    assert "只读" in todo
    assert buttons == sorted(["只读打开", "取消"])
    assert "只读" in window.windowTitle()
    lock_path(demo_zh).unlink()


def test_cancel_keeps_the_current_document(
    make_window, demo_zh: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    other = tmp_path / "other.perfdesk"
    Document.create(other).close()
    window = make_window(other, language="en")
    _claim(demo_zh, "PC-0412", 4242)
    answers = Answers(monkeypatch, "Cancel")
    assert not window.open_path(demo_zh)
    assert "is open for editing by 王芳 (wangfang) on computer PC-0412" in answers.boxes[0][0]
    assert window.context.doc.path == other
    lock_path(demo_zh).unlink()


def test_stale_claim_of_a_gone_process_can_be_taken_over(
    make_window, demo_zh: Path, monkeypatch: pytest.MonkeyPatch, zh
) -> None:
    _claim(demo_zh, socket.gethostname(), _dead_pid())
    answers = Answers(monkeypatch, "接管")
    window = make_window(demo_zh)
    what, _todo, buttons = answers.boxes[0]
    assert "已不在运行" in what
    assert buttons == sorted(["只读打开", "接管", "取消"])
    assert not window.context.doc.read_only
    assert Holder.parse(lock_path(demo_zh).read_bytes()).pid == os.getpid()  # type: ignore[union-attr]
    assert "只读" not in window.windowTitle()


def test_old_claim_uses_the_stale_age_setting(
    make_window, demo_zh: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    _claim(demo_zh, "PC-0412", 4242, hours=3)
    answers = Answers(monkeypatch, "Open Read-Only")
    make_window(demo_zh, language="en")
    assert "Take Over" not in answers.boxes[-1][2]  # 3 hours: not old by the default 12
    Settings().set(LOCK_STALE_HOURS, 2)
    answers.button = "Take Over"
    window = make_window(demo_zh, language="en")
    assert "long time" in answers.boxes[-1][1]
    assert not window.context.doc.read_only


def test_garbage_lock_is_someone_unknown(
    make_window, demo_zh: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    lock_path(demo_zh).write_bytes(b"\x00garbage")
    answers = Answers(monkeypatch, "Open Read-Only")
    window = make_window(demo_zh, language="en")
    assert "cannot be read" in answers.boxes[0][0]
    assert answers.boxes[0][2] == sorted(["Open Read-Only", "Take Over", "Cancel"])
    assert window.context.doc.read_only
    lock_path(demo_zh).unlink()


def test_folder_without_a_lock_opens_read_only_and_says_why(
    make_window, demo_zh: Path, monkeypatch: pytest.MonkeyPatch, zh
) -> None:
    def refuse(path: Path, line: bytes) -> None:
        raise PermissionError(13, "Permission denied", str(path))

    monkeypatch.setattr(lock, "_create_exclusive", refuse)
    window = make_window(demo_zh)
    assert "只读" in window.windowTitle()
    box = window.read_only_box
    assert box is not None and box.isVisible()
    assert "demo.perfdesk" in box.text() and "锁文件" in box.informativeText()
    assert window.read_only_label.toolTip() == tooltip(box.informativeText())
    assert not any(action.isEnabled() for action in window.edit_actions)
    box.close()


def test_read_only_window_follows_what_the_holder_saves(
    make_window, demo_zh: Path, monkeypatch: pytest.MonkeyPatch, qtbot
) -> None:
    holder = make_window(demo_zh, language="en")
    Answers(monkeypatch, "Open Read-Only")
    reader = make_window(demo_zh, language="en")
    assert reader.watch_timer.isActive() and not holder.watch_timer.isActive()
    assert reader.watch_timer.interval() == main_window_module.WATCH_INTERVAL_MS
    reader.watch_timer.setInterval(20)  # the test need not wait two seconds
    company = next(u.id for u in holder.context.units.values() if u.parent_id is None)
    assert "Audit" not in _tree_names(reader)
    holder.run_op("Add unit", lambda doc: ops.add_org_unit(doc, "Audit", "department", company))
    qtbot.waitUntil(lambda: "Audit" in _tree_names(reader), timeout=5000)
    assert "Updated" in reader.statusBar().currentMessage()


def test_read_only_window_follows_another_process(
    make_window, demo_zh: Path, monkeypatch: pytest.MonkeyPatch, qtbot
) -> None:
    import perfdesk

    code = (
        "import sys\n"
        "from perfdesk.store import ops\n"
        "from perfdesk.store.document import Document\n"
        "doc = Document.open(sys.argv[1])\n"
        "print('ready', flush=True)\n"
        "sys.stdin.readline()\n"
        "company = doc.conn.execute('SELECT id FROM org_units WHERE parent_id IS NULL')"
        ".fetchone()[0]\n"
        "ops.add_org_unit(doc, 'Audit', 'department', company)\n"
        "print('saved', flush=True)\n"
        "sys.stdin.readline()\n"
        "doc.close()\n"
    )
    process = subprocess.Popen(
        [sys.executable, "-c", code, str(demo_zh)],
        env={**os.environ, "PYTHONPATH": str(Path(perfdesk.__file__).resolve().parents[1])},
        text=True,
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
    )
    try:
        assert process.stdout is not None and process.stdin is not None
        assert process.stdout.readline().strip() == "ready"
        answers = Answers(monkeypatch, "Open Read-Only")
        reader = make_window(demo_zh, language="en")
        assert "is open for editing by" in answers.boxes[0][0]
        assert reader.context.doc.read_only
        reader.watch_timer.setInterval(20)
        process.stdin.write("\n")
        process.stdin.flush()
        assert process.stdout.readline().strip() == "saved"
        qtbot.waitUntil(lambda: "Audit" in _tree_names(reader), timeout=5000)
        process.stdin.write("close\n")
        process.stdin.flush()
        assert process.wait(10) == 0
    finally:
        if process.poll() is None:
            process.kill()
        process.communicate()
    assert not lock_path(demo_zh).exists()


def test_command_line_file_goes_through_the_same_question(
    demo_zh: Path, monkeypatch: pytest.MonkeyPatch, qtbot
) -> None:
    from perfdesk.ui import app

    monkeypatch.setattr(sys, "excepthook", sys.excepthook)  # start_window installs its own
    answers = Answers(monkeypatch, "Open Read-Only")
    with Document.open(demo_zh):
        _app, window = app.start_window(demo_zh, lang="en")
        qtbot.addWidget(window)
        assert answers.boxes and "(read-only)" in window.windowTitle()
        window.close()


def test_closing_and_restarting_let_go_of_the_lock(
    make_window, demo_zh: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    window = make_window(demo_zh, language="en")
    seen: list[bool] = []
    from PySide6.QtCore import QProcess

    monkeypatch.setattr(
        QProcess,
        "startDetached",
        lambda program, arguments: seen.append(lock_path(demo_zh).exists()) or True,
    )
    window.restart()
    assert seen == [False]  # the new perfdesk finds the file free
    window = make_window(demo_zh, language="en")
    assert lock_path(demo_zh).exists()
    window.close()
    assert not lock_path(demo_zh).exists()


def test_screenshot_run_opens_a_held_file_read_only_without_asking(
    demo_zh: Path, monkeypatch: pytest.MonkeyPatch, qtbot
) -> None:
    from perfdesk.ui import app

    monkeypatch.setattr(sys, "excepthook", sys.excepthook)
    answers = Answers(monkeypatch, "Cancel")
    with Document.open(demo_zh):
        _app, window = app.start_window(demo_zh, lang="en", unattended=True)
        qtbot.addWidget(window)
        assert not answers.boxes  # nobody at the screen: no question
        assert "(read-only)" in window.windowTitle()
        window.close()


def test_a_file_the_system_sends_a_running_app_is_opened(make_window, demo_zh: Path, qtbot) -> None:
    """macOS hands a double-clicked .perfdesk to a running perfdesk as a FileOpen event."""
    from PySide6.QtGui import QFileOpenEvent
    from PySide6.QtWidgets import QApplication

    from perfdesk.ui import app

    window = make_window(language="en")
    assert window.context is None
    opener = app.open_files_sent_to(QApplication.instance(), window)
    try:
        QApplication.sendEvent(QApplication.instance(), QFileOpenEvent(str(demo_zh)))
        qtbot.waitUntil(lambda: window.context is not None)
        assert window.context.doc.path == demo_zh
    finally:
        QApplication.instance().removeEventFilter(opener)
        window.close()
