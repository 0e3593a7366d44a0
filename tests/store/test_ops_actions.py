"""Action operations: one transaction each, refused input leaves the file untouched, the
status history logs every step with who and why, and undo is exact."""

from __future__ import annotations

import datetime
from dataclasses import replace
from pathlib import Path
from typing import Any

import pytest

from perfdesk.core.actions import ActionStatus
from perfdesk.store import ops
from perfdesk.store.document import Document
from perfdesk.store.ops import ActionInput, OpError
from perfdesk.store.repo_actions import action_detail, goal_actual, list_actions

D = datetime.date
S = ActionStatus
TODAY = D(2026, 11, 15)


@pytest.fixture
def doc(tmp_path: Path):  # type: ignore[no-untyped-def]
    with Document.create(tmp_path / "actions.perfdesk") as document:
        yield document


@pytest.fixture
def org(doc: Document) -> dict[str, Any]:
    company = ops.add_org_unit(doc, "华信科技", "company").row_id or ""
    sales = ops.add_org_unit(doc, "销售部", "department", company).row_id or ""
    quality = ops.add_org_unit(doc, "质量部", "department", company).row_id or ""
    gm = ops.add_person(doc, "赵总", company, committee_role="chair").row_id or ""
    ops.set_unit_manager(doc, company, gm)
    wang = ops.add_person(doc, "王磊", sales).row_id or ""
    ops.set_unit_manager(doc, sales, wang)
    li = ops.add_person(doc, "李娜", quality).row_id or ""
    ops.set_unit_manager(doc, quality, li)
    cycle = ops.add_kpi(doc, "cycle", "交货周期", direction="lower", aggregation="average")
    amount = ops.add_kpi(doc, "amount", "销售额")
    goal = ops.add_goal(doc, cycle.row_id or "", "2026", 15, 100, unit_id=sales)
    doc.conn.execute(
        "INSERT INTO meetings (id, title, kind, date, created, stamp, source) "
        "VALUES ('m1', '十月业绩跟踪会', 'monthly', '2026-10-30', 1, 1, ?)",
        (doc.source,),
    )
    doc.conn.execute(
        "INSERT INTO issues (id, meeting_id, description, cause, responsible_unit_id, "
        "created, stamp, source) VALUES ('i1', 'm1', '交货慢', 'internal', ?, 1, 1, ?)",
        (sales, doc.source),
    )
    doc.conn.commit()
    return {
        "company": company,
        "sales": sales,
        "quality": quality,
        "gm": gm,
        "wang": wang,
        "li": li,
        "cycle": cycle.row_id,
        "amount": amount.row_id,
        "goal": goal.row_id,
    }


def _plan(org: dict[str, Any], **changes: Any) -> ActionInput:
    plan = ActionInput(
        title="缩短交货周期",
        responsible_unit_id=org["sales"],
        owner_id=org["wang"],
        start=D(2026, 11, 1),
        due=D(2026, 12, 31),
        measures="每周跟踪在途订单",
        kpi_id=org["cycle"],
        goal_id=org["goal"],
        baseline=20.0,
        expected=15.0,
        issue_id="i1",
    )
    return replace(plan, **changes)


def _everything(doc: Document) -> list[tuple[object, ...]]:
    return [
        (table, *row)
        for table in ("actions", "action_units", "action_history", "action_reports")
        for row in sorted(doc.conn.execute(f"SELECT * FROM {table}"), key=repr)
    ]


def _statuses(doc: Document, action_id: str) -> list[tuple[str | None, str | None, str]]:
    detail = action_detail(doc.conn, action_id)
    assert detail is not None
    return [
        (
            None if h.from_status is None else h.from_status.value,
            None if h.to_status is None else h.to_status.value,
            h.reason,
        )
        for h in detail.history
    ]


def test_the_whole_lifecycle_is_logged_with_reasons(doc: Document, org: dict[str, Any]) -> None:
    action = ops.add_action(doc, _plan(org), "王磊").row_id or ""
    ops.submit_action(doc, action, "王磊")
    ops.return_action(doc, action, "秘书长", "措施不够具体")
    ops.edit_action(doc, action, _plan(org, measures="每周一核对在途订单并通报"), "王磊")
    ops.submit_action(doc, action, "王磊")
    ops.accept_action(doc, action, "秘书长")
    ops.add_report(doc, action, D(2026, 11, 5), 19, 30, "开始跟踪", today=TODAY)
    ops.add_report(doc, action, D(2026, 11, 12), 17.5, 60, today=TODAY)
    ops.mark_done(doc, action, "王磊")
    ops.verify_action(doc, action, "秘书长", True, 14.8, "周期降到14.8天")
    assert _statuses(doc, action) == [
        (None, "draft", ""),
        ("draft", "submitted", ""),
        ("submitted", "returned", "措施不够具体"),
        ("returned", "draft", ""),
        ("draft", "submitted", ""),
        ("submitted", "open", ""),
        ("open", "done", ""),
        ("done", "verified", "周期降到14.8天"),
    ]
    detail = action_detail(doc.conn, action)
    assert detail is not None
    assert detail.status is S.VERIFIED and detail.result_value == 14.8
    assert [(r.period, r.measured_value, r.progress) for r in detail.reports] == [
        ("2026-11-D1", 19, 30),
        ("2026-11-D2", 17.5, 60),
    ]
    assert {h.actor for h in detail.history} == {"王磊", "秘书长"}
    row = list_actions(doc.conn)[0]
    assert (row.meeting_title, row.issue_title, row.reports) == ("十月业绩跟踪会", "交货慢", 2)


def _refused(doc: Document, call: Any, code: str) -> OpError:
    before = _everything(doc)
    with pytest.raises(OpError) as caught:
        call()
    assert caught.value.code == code
    assert _everything(doc) == before  # nothing written
    return caught.value


def test_bad_plans_are_refused_untouched(doc: Document, org: dict[str, Any]) -> None:
    _refused(
        doc, lambda: ops.add_action(doc, _plan(org, due=D(2026, 10, 1)), "x"), "due_before_start"
    )
    _refused(
        doc, lambda: ops.add_action(doc, _plan(org, expected=25.0), "x"), "expected_wrong_side"
    )  # lower is better: 20 -> 25 is worse
    _refused(
        doc, lambda: ops.add_action(doc, _plan(org, owner_id=org["li"]), "x"), "owner_reason_needed"
    )
    _refused(doc, lambda: ops.add_action(doc, _plan(org, kpi_id=org["amount"]), "x"), "goal_kpi")


def test_owner_rule_and_a_different_owner_with_its_reason(
    doc: Document, org: dict[str, Any]
) -> None:
    assert ops.owner_by_rule(doc, [org["sales"]]) == org["wang"]
    assert ops.owner_by_rule(doc, [org["sales"], org["quality"]]) == org["gm"]
    plan = _plan(org, units={org["quality"]: "质检提速"}, owner_id=org["gm"])
    action = ops.add_action(doc, plan, "x").row_id or ""  # several departments: the GM, no reason
    detail = action_detail(doc.conn, action)
    assert detail is not None and detail.units[0][1:] == ("质量部", "质检提速")
    other = ops.add_action(doc, _plan(org, owner_id=org["li"], owner_reason="李娜熟悉流程"), "x")
    row = doc.conn.execute(
        "SELECT owner_reason FROM actions WHERE id = ?", (other.row_id,)
    ).fetchone()
    assert row[0] == "李娜熟悉流程"


def test_illegal_status_changes_are_refused_with_why(doc: Document, org: dict[str, Any]) -> None:
    action = ops.add_action(doc, _plan(org), "x").row_id or ""
    error = _refused(doc, lambda: ops.accept_action(doc, action, "x"), "bad_transition")
    assert error.params["why"] == "needs_review"
    _refused(doc, lambda: ops.return_action(doc, action, "x", ""), "reason_needed")
    _refused(doc, lambda: ops.mark_done(doc, action, "x"), "bad_transition")
    ops.submit_action(doc, action, "x")
    ops.accept_action(doc, action, "x")
    ops.mark_done(doc, action, "x")
    _refused(doc, lambda: ops.verify_action(doc, action, "x", True, None), "no_result")
    ops.verify_action(doc, action, "x", False, 19.0, "未达预期")
    error = _refused(
        doc, lambda: ops.set_action_status(doc, action, S.DRAFT, "x"), "bad_transition"
    )
    assert error.params["why"] == "final"
    _refused(doc, lambda: ops.cancel_action(doc, action, "x"), "bad_transition")


def test_submission_runs_the_smart_check(doc: Document, org: dict[str, Any]) -> None:
    action = ops.add_action(doc, _plan(org, measures="", due=None), "x").row_id or ""
    error = _refused(doc, lambda: ops.submit_action(doc, action, "x"), "smart_failed")
    assert error.params["letters"] == "S, T"


def test_reports_refused_untouched(doc: Document, org: dict[str, Any]) -> None:
    action = ops.add_action(doc, _plan(org), "x").row_id or ""
    _refused(doc, lambda: ops.add_report(doc, action, TODAY, 1, 1, today=TODAY), "report_not_open")
    ops.submit_action(doc, action, "x")
    ops.accept_action(doc, action, "x")
    _refused(
        doc,
        lambda: ops.add_report(doc, action, D(2026, 11, 16), 1, 1, today=TODAY),
        "report_future",
    )
    _refused(doc, lambda: ops.add_report(doc, action, TODAY, 1, 101, today=TODAY), "progress_range")
    _refused(
        doc, lambda: ops.add_report(doc, action, TODAY, 1, -0.5, today=TODAY), "progress_range"
    )
    ops.add_report(doc, action, D(2026, 11, 11), 18, 100, today=TODAY)
    _refused(
        doc, lambda: ops.add_report(doc, action, TODAY, 17, 50, today=TODAY), "period_reported"
    )


def test_undo_and_redo_are_exact_and_logged(doc: Document, org: dict[str, Any]) -> None:
    action = ops.add_action(doc, _plan(org), "x").row_id or ""
    result = ops.submit_action(doc, action, "x")
    undone = result.undo(doc)
    assert doc.conn.execute("SELECT status FROM actions").fetchone()[0] == "draft"
    undone.undo(doc)  # redo
    assert doc.conn.execute("SELECT status FROM actions").fetchone()[0] == "submitted"
    assert [(a, b) for a, b, _r in _statuses(doc, action)] == [
        (None, "draft"),
        ("draft", "submitted"),
        ("submitted", "draft"),  # the undo, logged
        ("draft", "submitted"),  # the redo
    ]
    ops.accept_action(doc, action, "x")
    report = ops.add_report(doc, action, TODAY, 18, 40, today=TODAY)
    report.undo(doc)
    detail = action_detail(doc.conn, action)
    assert detail is not None and detail.reports == []  # the report is gone, not blank


def test_history_cannot_be_rewritten(doc: Document, org: dict[str, Any]) -> None:
    import sqlite3

    ops.add_action(doc, _plan(org), "x")
    with pytest.raises(sqlite3.DatabaseError):
        doc.conn.execute("DELETE FROM action_history")


def test_report_prefill_from_the_goals_actuals(doc: Document, org: dict[str, Any]) -> None:
    ops.set_actual(doc, org["goal"], "2026-10", 18.5)
    assert goal_actual(doc.conn, org["goal"], TODAY) == 18.5
    assert goal_actual(doc.conn, org["goal"], D(2026, 9, 30)) is None


def test_closed_between_meetings_feeds_the_review(doc: Document, org: dict[str, Any]) -> None:
    from perfdesk.core.actions import review_by_department
    from perfdesk.store.repo_actions import closed_between

    action = ops.add_action(doc, _plan(org), "x").row_id or ""
    ops.submit_action(doc, action, "x")
    ops.accept_action(doc, action, "x")
    ops.mark_done(doc, action, "x")
    ops.verify_action(doc, action, "x", True, 14.0, on=D(2026, 11, 20))
    closed = closed_between(doc.conn, D(2026, 10, 30), D(2026, 11, 28))
    improved, not_improved = review_by_department(closed)
    assert [r.unit for r in improved] == ["销售部"] and not_improved == []
    assert closed_between(doc.conn, D(2026, 11, 20), D(2026, 11, 28)) == []  # before: last time


def test_review_lists_figures_owner_and_overdue_actions_at_the_next_meeting(
    doc: Document, org: dict[str, Any]
) -> None:
    from perfdesk.core.actions import ReviewOutcome
    from perfdesk.store.repo_actions import actions_for_review, review_window

    done = ops.add_action(doc, _plan(org), "x").row_id or ""
    late = ops.add_action(doc, _plan(org, title="质量复盘", due=D(2026, 11, 20)), "x").row_id
    for action in (done, late or ""):
        ops.submit_action(doc, action, "x")
        ops.accept_action(doc, action, "x")
    ops.mark_done(doc, done, "x")
    ops.verify_action(doc, done, "x", True, 14.5, on=D(2026, 11, 25))
    doc.conn.execute(
        "INSERT INTO meetings (id, title, kind, date, created, stamp, source) "
        "VALUES ('m2', '十一月业绩跟踪会', 'monthly', '2026-11-30', 1, 1, ?)",
        (doc.source,),
    )
    doc.conn.commit()
    assert review_window(doc.conn, "m2") == (D(2026, 10, 30), D(2026, 11, 30))
    found = {a.title: a for a in actions_for_review(doc.conn, D(2026, 10, 30), D(2026, 11, 30))}
    verified = found["缩短交货周期"]
    assert (verified.owner, verified.baseline, verified.expected, verified.result) == (
        "王磊",
        20.0,
        15.0,
        14.5,
    )
    assert verified.outcome is ReviewOutcome.IMPROVED and verified.kpi == "交货周期"
    assert found["质量复盘"].outcome is ReviewOutcome.OVERDUE
    assert found["质量复盘"].days_overdue == 10
