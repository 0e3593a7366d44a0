"""Operation errors reach the user as sentences in their language, never as a crash.

Also: an undo the file no longer allows is refused with a message and clears the
history; a busy file keeps the history so the user can try again.
"""

from __future__ import annotations

import re
import sqlite3
from pathlib import Path

import pytest

from perfdesk.store import ops
from perfdesk.store.ops import NotSaved, OpError, UndoConflict
from perfdesk.ui.op_errors import FIELD_LABELS, MESSAGES, op_error_text


def test_every_store_code_and_field_has_a_sentence() -> None:
    assert set(MESSAGES) == set(ops.MESSAGES)
    assert set(FIELD_LABELS) == set(ops.FIELDS)
    for code, (template, names) in MESSAGES.items():
        assert len(set(re.findall(r"%\d", template))) == len(names), code
        # The store's English names the same parameters the UI fills in.
        for name in names:
            assert "{" + name + "}" in ops.MESSAGES[code] or name == "text", code


def test_representative_errors_in_chinese(zh) -> None:  # type: ignore[no-untyped-def]
    assert op_error_text(OpError("empty", field="unit_name")) == "部门名称不能为空。"
    assert (
        op_error_text(OpError("out_of_range", value=140.0, period="2026-01", low=0.0, high=None))
        == "2026年1月的数值 140 超出了该 KPI 允许的范围（0 至 不限）。"
    )
    assert op_error_text(OpError("bad_period", text="2026-13", reason="month 13")).startswith(
        "“2026-13”不是有效的期间。"
    )
    assert (
        op_error_text(OpError("wrong_granularity", granularity="week", period="2026-04"))
        == "此目标的数值按周录入，不能录入为2026年4月。"
    )
    busy = op_error_text(NotSaved("busy", detail="database is locked"))
    assert "没有保存" in busy and "稍候再试" in busy
    assert op_error_text(UndoConflict("undo_conflict", field="value")).startswith(
        "无法撤销这一步：数值在此之后已被其他窗口或程序修改。"
    )


def test_english_ui_uses_the_source_texts() -> None:
    text = op_error_text(OpError("too_long", field="unit_name", length=500, limit=200), "en")
    assert text == "The unit name is 500 characters long; at most 200 are allowed."


@pytest.fixture
def warnings(monkeypatch: pytest.MonkeyPatch) -> list[tuple[str, str]]:
    shown: list[tuple[str, str]] = []
    from perfdesk.ui import op_errors

    monkeypatch.setattr(
        op_errors, "show_message", lambda _p, _icon, title, text: shown.append((title, text))
    )
    return shown


def _goal_and_month(window) -> tuple[str, str]:  # type: ignore[no-untyped-def]
    conn = window.context.doc.conn
    return conn.execute(
        "SELECT g.id, max(v.period) FROM goals g JOIN goal_values v ON v.goal = g.key "
        "WHERE g.granularity = 'month' AND g.archived = 0 AND v.actual IS NOT NULL "
        "GROUP BY g.id ORDER BY g.key LIMIT 1"
    ).fetchone()


def _actual(path: Path, goal: str, period: str) -> float:
    with sqlite3.connect(path) as conn:
        return conn.execute(
            "SELECT v.actual FROM goal_values v JOIN goals g ON g.key = v.goal "
            "WHERE g.id = ? AND v.period = ?",
            (goal, period),
        ).fetchone()[0]


def test_a_refused_operation_is_explained_in_chinese(make_window, demo_zh: Path, zh, warnings):  # type: ignore[no-untyped-def]
    window = make_window(demo_zh)
    unit = next(iter(window.context.units))
    result = window.run_op("新建部门", lambda d: ops.add_org_unit(d, "  ", "department", unit))
    assert result is None
    assert warnings == [("新建部门", "部门名称不能为空。")]
    assert window.undo_stack.count() == 0


def test_a_busy_file_says_not_saved_and_keeps_the_history(make_window, demo_zh: Path, zh, warnings):  # type: ignore[no-untyped-def]
    window = make_window(demo_zh)
    doc = window.context.doc
    doc.conn.execute("PRAGMA busy_timeout = 50")  # the test need not wait five seconds
    goal, month = _goal_and_month(window)
    old = _actual(demo_zh, goal, month)
    assert window.run_op("录入实际值", lambda d: ops.set_actual(d, goal, month, old + 1))
    other = sqlite3.connect(demo_zh, isolation_level=None)
    other.execute("BEGIN IMMEDIATE")  # another program holds the write lock
    try:
        assert window.run_op("录入实际值", lambda d: ops.set_actual(d, goal, month, 1)) is None
        window.undo_action.trigger()
        assert window.undo_stack.count() == 1 and window.undo_stack.index() == 1
    finally:
        other.execute("ROLLBACK")
        other.close()
    assert [title for title, _text in warnings] == ["录入实际值", "撤销"]
    assert all("没有保存" in text for _title, text in warnings)
    assert _actual(demo_zh, goal, month) == old + 1  # neither write happened
    window.undo_action.trigger()  # the lock is gone: the same undo now works
    assert _actual(demo_zh, goal, month) == old
    assert window.undo_stack.index() == 0


def test_undo_after_another_writer_changed_the_row_is_refused_and_clears_history(
    make_window, demo_zh: Path, zh, warnings
) -> None:  # type: ignore[no-untyped-def]
    window = make_window(demo_zh)
    goal, month = _goal_and_month(window)
    old = _actual(demo_zh, goal, month)
    window.run_op("录入实际值", lambda d: ops.set_actual(d, goal, month, old + 1))
    window.run_op("录入实际值", lambda d: ops.set_actual(d, goal, month, old + 2))
    with sqlite3.connect(demo_zh) as other:  # another program writes the same cell
        other.execute(
            "UPDATE goal_values SET actual = 40, stamp = stamp + 1 WHERE period = ? "
            "AND goal = (SELECT key FROM goals WHERE id = ?)",
            (month, goal),
        )
    window.undo_action.trigger()
    assert _actual(demo_zh, goal, month) == 40  # theirs stays: nothing was undone
    assert window.undo_stack.count() == 0  # and no history points past the file
    assert not window.undo_action.isEnabled()
    assert len(warnings) == 1 and warnings[0][0] == "撤销"
    assert warnings[0][1].startswith("无法撤销这一步：数值在此之后已被其他窗口或程序修改。")
    assert warnings[0][1].endswith("撤销历史已清除。")


def test_a_direct_stack_undo_that_fails_drops_the_step_instead_of_passing_it(
    make_window, demo_zh: Path, zh, warnings
) -> None:  # type: ignore[no-untyped-def]
    window = make_window(demo_zh)
    goal, month = _goal_and_month(window)
    old = _actual(demo_zh, goal, month)
    window.run_op("录入实际值", lambda d: ops.set_actual(d, goal, month, old + 1))
    window.run_op("录入实际值", lambda d: ops.set_actual(d, goal, month, old + 2))
    with sqlite3.connect(demo_zh) as other:
        other.execute(
            "UPDATE goal_values SET actual = 40, stamp = stamp + 1 WHERE period = ? "
            "AND goal = (SELECT key FROM goals WHERE id = ?)",
            (month, goal),
        )
    window.undo_stack.undo()  # QUndoStack's own slot, bypassing UndoHistory.undo_step
    # The failed step is dropped, not stepped past; the one below stays (its own undo
    # checks the row again when asked).
    assert window.undo_stack.count() == 1 and window.undo_stack.index() == 1
    assert _actual(demo_zh, goal, month) == 40
