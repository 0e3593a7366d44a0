"""Run mode on the projector: the weekly 5/5/5/5/5/60/5 meeting run with key presses on a
fake clock, ended and locked; the countdown's size, colour and words; crash-resume."""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QItemSelectionModel, Qt
from PySide6.QtWidgets import QMessageBox

from meeting_docs import add_weekly_meeting
from perfdesk.core.meeting_clock import EventKind
from perfdesk.store import ops
from perfdesk.store.ops import Changes
from perfdesk.store.ops._base import write
from perfdesk.store.repo_meeting_run import meeting_events, snapshot
from perfdesk.ui import meeting_end, meeting_flow, run_mode
from perfdesk.ui.run_mode import LOOKS, RunWindow, open_run_mode

T0 = 1_794_000_000_000
MIN = 60_000


class FakeClock:
    def __init__(self, now: int = T0) -> None:
        self.t = now

    def now(self) -> int:
        return self.t

    def not_before(self, at: int) -> None:
        self.t = max(self.t, at)

    def wait(self, minutes: float) -> None:
        self.t += round(minutes * MIN)


def _select(window: Any, meeting_id: str) -> None:
    window.tabs.setCurrentIndex(2)  # the Review Meeting tab
    tab = window.meeting_tab
    window.apply_changes(Changes(frozenset({"meetings"}), frozenset({meeting_id})))
    model = tab.meetings_model
    row = next(i for i in range(model.rowCount()) if model.row(i).id == meeting_id)
    tab.meeting_table.selectionModel().setCurrentIndex(
        model.index(row, 0),
        QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows,
    )
    assert tab.current_meeting().id == meeting_id


@pytest.fixture
def asked(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """Start confirmations answered yes; their texts collected."""
    texts: list[str] = []

    def confirm(_parent: Any, _title: str, text: str, _info: str, _yes: str) -> bool:
        texts.append(text)
        return True

    monkeypatch.setattr(meeting_flow, "_confirm", confirm)
    return texts


def _keys(qtbot: Any, run: RunWindow, *keys: Any) -> None:
    for key in keys:
        if isinstance(key, tuple):
            qtbot.keyClick(run, key[0], key[1])
        else:
            qtbot.keyClick(run, key)


def test_the_weekly_meeting_runs_on_keys_and_ends_locked(
    make_window: Any,
    demo_zh: Path,
    qtbot: Any,
    zh: None,
    asked: list[str],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    window = make_window(demo_zh)
    doc = window.context.doc
    meeting, items = add_weekly_meeting(doc)
    _select(window, meeting)
    clock = FakeClock()
    run = open_run_mode(window, meeting, clock=clock, full_screen=False)
    assert run is not None and asked == ["现在开始“2026年9月周例会”吗？"]
    qtbot.waitExposed(run)
    assert run.countdown_text() == "5:00"
    assert run.item_title.text() == "签到"
    assert "销售部业绩汇报" in run.next_line.text()

    clock.wait(4.5)
    run.refresh()
    assert run.countdown_text() == "0:30"
    assert run.clock_panel.property("look") == LOOKS[run_mode.TimeAlert.LOW][0]
    assert run.state_word.text() == "即将到时"
    clock.wait(2)  # 1:30 over
    run.refresh()
    assert run.countdown_text() == "超时 1:30"
    assert run.state_word.text() == "已超时"
    assert run.clock_panel.property("look") == LOOKS[run_mode.TimeAlert.OVER][0]

    _keys(qtbot, run, Qt.Key.Key_Right)  # 销售部 speaks
    assert run.item_title.text() == "销售部业绩汇报"
    clock.wait(3)
    _keys(qtbot, run, Qt.Key.Key_Plus)  # one more minute for them
    assert run.countdown_text() == "3:00"
    _keys(qtbot, run, Qt.Key.Key_Space)  # paused for 10 minutes: not counted
    clock.wait(10)
    run.refresh()
    assert run.countdown_text() == "3:00" and "已暂停" in run.state_word.text()
    _keys(qtbot, run, Qt.Key.Key_Space)
    clock.wait(3)
    _keys(qtbot, run, Qt.Key.Key_N)  # 市场部
    clock.wait(1)
    _keys(qtbot, run, Qt.Key.Key_S)  # skipped; 生产部 next
    assert run.item_title.text() == "生产部业绩汇报"
    # 生产部 was off target in September: the side panel shows it from the frozen figures.
    assert run.side.isVisible()
    assert run.side.shown and all(r.status.value in ("red", "amber") for r in run.side.shown)
    _keys(qtbot, run, Qt.Key.Key_K)
    assert not run.side.isVisible()
    _keys(qtbot, run, Qt.Key.Key_K)
    # Ctrl+Down: the item after next comes next (质量部 waits, 问题解决 first).
    _keys(qtbot, run, (Qt.Key.Key_Down, Qt.KeyboardModifier.ControlModifier))
    assert "问题解决" in run.next_line.text()
    clock.wait(5)
    _keys(qtbot, run, Qt.Key.Key_Right, Qt.Key.Key_Left, Qt.Key.Key_Right)
    clock.wait(62)
    _keys(qtbot, run, Qt.Key.Key_Minus)
    _keys(qtbot, run, Qt.Key.Key_Right)  # 质量部, moved after the discussion
    assert run.item_title.text() == "质量部业绩汇报"
    _keys(qtbot, run, Qt.Key.Key_I)  # issue capture comes with the planning side
    clock.wait(5)
    _keys(qtbot, run, Qt.Key.Key_Right)
    clock.wait(4)

    shown: list[Any] = []

    def accept(dialog: Any) -> bool:
        shown.append(dialog)
        return True

    monkeypatch.setattr(meeting_flow, "_run_dialog", accept)
    _keys(qtbot, run, (Qt.Key.Key_E, Qt.KeyboardModifier.ControlModifier))
    dialog = shown[0]
    assert dialog.end_button.text() == "结束会议"  # no issue without an owner
    assert dialog.table.rowCount() == 7
    assert dialog.table.item(0, 2).text() == "6:30"
    assert dialog.figures.overrun_minutes == pytest.approx(1.5 + 1 + 2)  # planned, not extended
    assert not run.isVisible()

    conn = doc.conn
    status = conn.execute("SELECT status FROM meetings WHERE id = ?", (meeting,)).fetchone()
    assert status[0] == "ended"
    actual = dict(
        conn.execute(
            "SELECT id, actual_seconds FROM agenda_items WHERE meeting_id = ?", (meeting,)
        ).fetchall()
    )
    assert actual[items[0]] == 390
    assert actual[items[1]] == 360  # paused time left out
    assert actual[items[2]] == 60  # skipped after a minute
    assert actual[items[5]] == 62 * 60  # two minutes over its hour
    assert actual[items[4]] == 300
    assert actual[items[6]] == 240
    kinds = [e.kind for e in meeting_events(conn, meeting)]
    assert kinds[0] is EventKind.START and kinds[-1] is EventKind.END
    for kind in (EventKind.PAUSE, EventKind.RESUME, EventKind.EXTEND, EventKind.SKIP):
        assert kind in kinds
    assert EventKind.MOVE in kinds and EventKind.SHORTEN in kinds
    assert snapshot(conn, meeting)
    order = [
        r[0]
        for r in conn.execute(
            "SELECT id FROM agenda_items WHERE meeting_id = ? ORDER BY position", (meeting,)
        )
    ]
    assert order.index(items[5]) < order.index(items[4])  # the order it ran in

    # The Meeting tab shows it ended; editing it is refused with the offer to reopen.
    _select(window, meeting)
    assert window.meeting_tab.current_meeting().status.value == "ended"
    offers: list[str] = []
    monkeypatch.setattr(
        meeting_end, "offer_reopen", lambda _parent, title: offers.append(title) or False
    )

    def edit(d: Any) -> Any:
        with write(d) as c:
            c.execute("UPDATE agenda_items SET title = '改' WHERE id = ?", (items[0],))
        raise AssertionError("the ended meeting took the change")

    assert window.run_op("Edit agenda", edit) is None
    assert offers == ["2026年9月周例会"]
    title = conn.execute("SELECT title FROM agenda_items WHERE id = ?", (items[0],)).fetchone()
    assert title[0] == "签到"


def test_a_second_start_is_refused_by_name(
    make_window: Any,
    demo_zh: Path,
    qtbot: Any,
    zh: None,
    asked: list[str],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    window = make_window(demo_zh)
    doc = window.context.doc
    first, _ = add_weekly_meeting(doc, "第一次会议")
    second, _ = add_weekly_meeting(doc, "第二次会议")
    ops.start_meeting(doc, first, T0)
    said: list[str] = []
    monkeypatch.setattr(
        "perfdesk.ui.op_errors.show_op_error",
        lambda _p, _t, error, language: said.append(error.code),
    )
    assert open_run_mode(window, second, clock=FakeClock(), full_screen=False) is None
    assert said == ["meeting_running"]


def test_countdown_is_over_a_fifth_of_the_screen_at_1280x720(
    make_window: Any, demo_zh: Path, qtbot: Any, zh: None, asked: list[str]
) -> None:
    window = make_window(demo_zh)
    meeting, _ = add_weekly_meeting(window.context.doc)
    clock = FakeClock()
    run = open_run_mode(window, meeting, clock=clock, full_screen=False)
    for size in ((1280, 720), (1920, 1080)):
        run.resize(*size)
        qtbot.waitUntil(lambda s=size: run.size().width() == s[0])
        run.refresh()
        assert run.countdown_share() >= 0.20, size
        clock.wait(7)  # "超时 2:00" is wider: still fits and stays large
        run.refresh()
        assert run.countdown_text().startswith("超时")
        assert run.countdown_share() >= 0.20, size
        assert run.needed_width(run.count_size) <= run.clock_panel.width()
        clock.wait(-7)
    run.close()


def test_the_tone_rings_once_at_zero_and_not_when_paused(
    make_window: Any, demo_zh: Path, qtbot: Any, zh: None, asked: list[str]
) -> None:
    window = make_window(demo_zh)
    meeting, _ = add_weekly_meeting(window.context.doc)
    clock = FakeClock()
    run = open_run_mode(window, meeting, clock=clock, full_screen=False)
    clock.wait(5.1)
    run.refresh()
    run.refresh()
    assert run.bell is not None and run.bell.rung == 1
    assert run.bell.kind in ("tone", "beep")
    run.close()


def test_escape_leaves_run_mode_and_the_meeting_keeps_running(
    make_window: Any, demo_zh: Path, qtbot: Any, zh: None, asked: list[str]
) -> None:
    window = make_window(demo_zh)
    meeting, _items = add_weekly_meeting(window.context.doc)
    _select(window, meeting)
    clock = FakeClock()
    run = open_run_mode(window, meeting, clock=clock, full_screen=False)
    qtbot.keyClick(run, Qt.Key.Key_Escape)
    assert not run.isVisible() and window.run_window is None
    clock.wait(3)
    again = open_run_mode(window, meeting, clock=clock, full_screen=False)
    assert again is not None and again.countdown_text() == "2:00"
    assert not isinstance(again, QMessageBox)
    again.close()


def test_opening_a_file_with_a_running_meeting_offers_to_resume_it(
    make_window: Any, demo_zh: Path, qtbot: Any, zh: None
) -> None:
    import time

    from perfdesk.store.document import Document

    now = int(time.time() * 1000)
    with Document.open(demo_zh) as doc:
        meeting, _items = add_weekly_meeting(doc)
        ops.start_meeting(doc, meeting, now - 7 * MIN)
        ops.record_event(doc, meeting, EventKind.NEXT, now - 2 * MIN)
    # The program was closed (or killed) two minutes into item 2, and is opened again.
    window = make_window(demo_zh)
    qtbot.waitUntil(lambda: window.resume_box is not None)
    box = window.resume_box
    assert "2026年9月周例会" in box.text()
    # Two minutes of item 2's five went before the program closed; the rest since counts.
    assert re.search(r"当前为第 2 项（共 7 项），剩余 (3:00|2:[0-5]\d)", box.informativeText())
    resume = next(b for b in box.buttons() if b.text() == "在主持模式中继续")
    resume.click()
    qtbot.waitUntil(lambda: window.run_window is not None)
    run = window.run_window
    assert run.item_title.text() == "销售部业绩汇报"
    assert re.fullmatch(r"3:00|2:[0-5]\d", run.countdown_text())
    run.close()


def test_i_calls_the_issue_capture_for_the_current_item_and_the_end_asks_about_no_owner(
    make_window: Any,
    demo_zh: Path,
    qtbot: Any,
    zh: None,
    asked: list[str],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    import sys
    import types
    import uuid

    window = make_window(demo_zh)
    doc = window.context.doc
    meeting, items = add_weekly_meeting(doc)
    clock = FakeClock()
    run = open_run_mode(window, meeting, clock=clock, full_screen=False)
    qtbot.keyClick(run, Qt.Key.Key_Right)
    calls: list[tuple[str, str | None]] = []

    def capture_issue(_parent: Any, d: Any, meeting_id: str, item_id: str | None) -> str:
        calls.append((meeting_id, item_id))
        issue = str(uuid.uuid4())
        with d.transaction() as conn:  # what the capture form saves, without an owner
            conn.execute(
                "INSERT INTO issues (id, meeting_id, agenda_item_id, description, cause, "
                "created, stamp, source) VALUES (?, ?, ?, '交付延迟', 'internal', ?, ?, ?)",
                (issue, meeting_id, item_id, d.stamp, d.stamp, d.source),
            )
        return issue

    module = types.ModuleType("perfdesk.ui.issue_capture")
    module.capture_issue = capture_issue  # type: ignore[attr-defined]
    monkeypatch.setitem(sys.modules, "perfdesk.ui.issue_capture", module)
    qtbot.keyClick(run, Qt.Key.Key_I, Qt.KeyboardModifier.ControlModifier)
    assert calls == [(meeting, items[1])]
    shown: list[Any] = []
    monkeypatch.setattr(meeting_flow, "_run_dialog", lambda dialog: shown.append(dialog) or False)
    qtbot.keyClick(run, Qt.Key.Key_E, Qt.KeyboardModifier.ControlModifier)
    dialog = shown[0]
    assert dialog.end_button.text() == "仍然结束"
    assert "1 个问题尚未指定责任人" in dialog.warning.text() and "交付延迟" in dialog.warning.text()
    # Cancelled: the meeting goes on.
    status = doc.conn.execute("SELECT status FROM meetings WHERE id = ?", (meeting,)).fetchone()
    assert status[0] == "running" and run.isVisible()
    run.close()
