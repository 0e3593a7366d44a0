"""Running a meeting in the document: start with frozen KPI figures, clock events, end and
lock, logged reopen, one running meeting at a time, and crash-resume after SIGKILL."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from meeting_docs import add_weekly_meeting
from perfdesk.core.meeting_clock import EventKind, Phase
from perfdesk.store import ops
from perfdesk.store.document import Document
from perfdesk.store.ops import NotSaved, OpError
from perfdesk.store.ops._base import write
from perfdesk.store.repo_meeting_run import (
    meeting_events,
    replay_meeting,
    running_meeting,
    snapshot,
)

T0 = 1_794_000_000_000
MIN = 60_000


def test_start_freezes_the_speaking_departments_kpis(demo_zh: Path) -> None:
    with Document.open(demo_zh) as doc:
        meeting, items = add_weekly_meeting(doc)
        changes = ops.start_meeting(doc, meeting, T0)
        assert "meeting_snapshots" in changes.tables
        rows = snapshot(doc.conn, meeting)
        units = {
            name: uid for uid, name in doc.conn.execute("SELECT id, name FROM org_units").fetchall()
        }
        speakers = [units[n] for n in ("销售部", "市场部", "生产部", "质量部")]
        assert {r.unit_id for r in rows} <= set(speakers)
        assert rows and all(r.period == "2026-09" for r in rows)
        # Grouped by speaker in agenda order.
        order = [speakers.index(r.unit_id) for r in rows]
        assert order == sorted(order)
        judged = [r for r in rows if r.status.value in ("green", "amber", "red")]
        assert judged and all(r.target is not None and r.actual is not None for r in judged)
        # 生产部's completion rate was off target in September, with a deviation note.
        off = [r for r in rows if r.status.value in ("red", "amber")]
        assert any(r.unit_id == units["生产部"] and "9月任务完成率" in r.gap for r in off)
        # The figures are the room's: a later change of an actual leaves them as they were.
        goal = judged[0]
        ops.set_actual(doc, goal.goal_id, "2026-09", 12345.0)
        assert snapshot(doc.conn, meeting)[rows.index(goal)].actual == goal.actual
        events = meeting_events(doc.conn, meeting)
        assert [(e.kind, e.agenda_item_id, e.at) for e in events] == [
            (EventKind.START, items[0], T0)
        ]
        status = doc.conn.execute("SELECT status FROM meetings WHERE id = ?", (meeting,))
        assert status.fetchone()[0] == "running"


def test_only_one_meeting_runs_and_an_empty_agenda_cannot_start(demo_zh: Path) -> None:
    with Document.open(demo_zh) as doc:
        first, _ = add_weekly_meeting(doc, "第一次会议")
        second, _ = add_weekly_meeting(doc, "第二次会议")
        ops.start_meeting(doc, first, T0)
        with pytest.raises(OpError) as refused:
            ops.start_meeting(doc, second, T0)
        assert refused.value.code == "meeting_running"
        assert refused.value.params["title"] == "第一次会议"
        assert "第一次会议" in str(refused.value)
        with doc.transaction() as conn:
            conn.execute("UPDATE agenda_items SET deleted = 1 WHERE meeting_id = ?", (second,))
        ops.end_meeting(doc, first, T0 + MIN)
        with pytest.raises(OpError) as empty:
            ops.start_meeting(doc, second, T0)
        assert empty.value.code == "agenda_empty"
        assert running_meeting(doc.conn) is None


def test_end_writes_the_replayed_times_and_locks_the_record(demo_zh: Path) -> None:
    with Document.open(demo_zh) as doc:
        meeting, items = add_weekly_meeting(doc)
        ops.start_meeting(doc, meeting, T0)
        ops.record_event(doc, meeting, EventKind.NEXT, T0 + 6 * MIN)
        ops.record_event(doc, meeting, EventKind.PAUSE, T0 + 7 * MIN)
        ops.record_event(doc, meeting, EventKind.RESUME, T0 + 17 * MIN)
        ops.record_event(doc, meeting, EventKind.EXTEND, T0 + 17 * MIN, items[1], 60)
        ops.record_event(doc, meeting, EventKind.SKIP, T0 + 20 * MIN)
        ops.record_event(doc, meeting, EventKind.MOVE, T0 + 20 * MIN, items[5], 3)
        state = ops.end_meeting(doc, meeting, T0 + 30 * MIN)
        assert state.phase is Phase.ENDED
        rows = doc.conn.execute(
            "SELECT id, position, actual_seconds, started_at, ended_at FROM agenda_items "
            "WHERE meeting_id = ? ORDER BY position",
            (meeting,),
        ).fetchall()
        by_id = {r[0]: r for r in rows}
        assert by_id[items[0]][2] == 360  # 6 minutes
        assert by_id[items[1]][2] == 240  # 1 + 3 minutes, the 10-minute pause left out
        assert by_id[items[2]][2] == 600  # after the skip, up to the end
        assert by_id[items[3]][2] is None  # never reached
        assert by_id[items[0]][3].startswith("20") and by_id[items[0]][4] > by_id[items[0]][3]
        assert [r[0] for r in rows][:4] == [items[0], items[1], items[2], items[5]]
        meeting_row = doc.conn.execute(
            "SELECT status, started_at, ended_at FROM meetings WHERE id = ?", (meeting,)
        ).fetchone()
        assert meeting_row[0] == "ended" and meeting_row[2] > meeting_row[1]
        # Locked: an edit of its agenda is refused by the trigger, with its own code.
        with pytest.raises(NotSaved) as frozen, write(doc) as conn:
            conn.execute("UPDATE agenda_items SET title = 'x' WHERE id = ?", (items[0],))
        assert frozen.value.code == "meeting_frozen"
        with pytest.raises(OpError) as not_running:
            ops.record_event(doc, meeting, EventKind.NEXT, T0 + 31 * MIN)
        assert not_running.value.code == "meeting_not_running"


def test_reopen_is_logged_and_needs_a_reason(demo_zh: Path) -> None:
    with Document.open(demo_zh) as doc:
        meeting, items = add_weekly_meeting(doc)
        ops.start_meeting(doc, meeting, T0)
        ops.end_meeting(doc, meeting, T0 + 5 * MIN)
        with pytest.raises(OpError) as empty:
            ops.reopen_meeting(doc, meeting, "  ", T0 + 6 * MIN)
        assert empty.value.code == "empty"
        # A wall clock set back still puts the reopen after the end.
        ops.reopen_meeting(doc, meeting, "漏记了一个问题", T0 - 60 * MIN, label="重新打开，原因：")
        events = meeting_events(doc.conn, meeting)
        assert [e.kind for e in events] == [EventKind.START, EventKind.END, EventKind.REOPEN]
        assert events[2].at > events[1].at
        status, notes = doc.conn.execute(
            "SELECT status, notes FROM meetings WHERE id = ?", (meeting,)
        ).fetchone()
        assert status == "running"
        assert "UTC 重新打开，原因：漏记了一个问题" in notes
        state = replay_meeting(doc.conn, meeting, T0 + 60 * MIN)
        assert state.phase is Phase.PAUSED  # reopened for corrections: the clock stands
        assert state.items[items[0]].elapsed_seconds == 300
        with write(doc) as conn:
            conn.execute("UPDATE agenda_items SET title = '开场' WHERE id = ?", (items[0],))
        ops.end_meeting(doc, meeting, T0 + 61 * MIN)


_CHILD = """
import sys, time
from perfdesk.store import ops
from perfdesk.store.document import Document
doc = Document.open(sys.argv[1])
meeting = sys.argv[2]
now = int(time.time() * 1000)
ops.start_meeting(doc, meeting, now - 7 * 60_000)
ops.record_event(doc, meeting, "next", now - 60_000)
print("at item 2", flush=True)
time.sleep(60)
"""


@pytest.mark.skipif(sys.platform == "win32", reason="SIGKILL is POSIX")
def test_crash_resume_after_sigkill_counts_the_time_down(demo_zh: Path) -> None:
    with Document.open(demo_zh) as doc:
        meeting, items = add_weekly_meeting(doc)
    env = {**os.environ, "PYTHONPATH": str(Path(__file__).parents[2] / "src")}
    with subprocess.Popen(
        [sys.executable, "-c", _CHILD, str(demo_zh), meeting],
        stdout=subprocess.PIPE,
        text=True,
        env=env,
    ) as child:
        assert child.stdout is not None
        assert child.stdout.readline().strip() == "at item 2"
        child.send_signal(signal.SIGKILL)
        child.wait()
    time.sleep(1.2)  # the program is down for a while
    with Document.open(demo_zh, take_over=True) as doc:
        running = running_meeting(doc.conn)
        assert running is not None and running.id == meeting
        state = replay_meeting(doc.conn, meeting, int(time.time() * 1000))
        assert state.current_id == items[1]
        # One minute on item 2 before the kill, and the time down counts too.
        assert state.remaining_seconds is not None
        assert 300 - 60 - 1.2 - 30 < state.remaining_seconds <= 300 - 60 - 1.2
