"""The action lifecycle, overdue by date, the plan and report checks, the SMART check on
submission and the verification of a done action (core.actions)."""

from __future__ import annotations

import datetime

import pytest

from perfdesk.core.actions import (
    FINAL,
    STORED,
    ActionPlan,
    ActionStatus,
    can_move,
    days_overdue,
    effective_status,
    missing_report,
    plan_problem,
    refusal,
    reminders,
    report_problem,
    smart_check,
    smart_failures,
    stored_status,
    ten_day,
    verify,
)
from perfdesk.core.kpi import Direction
from perfdesk.core.smart import Verdict

S = ActionStatus
D = datetime.date
LEGAL = [
    (S.DRAFT, S.SUBMITTED),
    (S.DRAFT, S.CANCELLED),
    (S.SUBMITTED, S.OPEN),
    (S.SUBMITTED, S.RETURNED),
    (S.SUBMITTED, S.CANCELLED),
    (S.RETURNED, S.DRAFT),
    (S.RETURNED, S.CANCELLED),
    (S.OPEN, S.DONE),
    (S.OPEN, S.CANCELLED),
    (S.DONE, S.VERIFIED),
    (S.DONE, S.NOT_ACHIEVED),
    (S.DONE, S.OPEN),
    (S.DONE, S.CANCELLED),
]


@pytest.mark.parametrize(("old", "new"), LEGAL)
def test_legal_transitions(old: ActionStatus, new: ActionStatus) -> None:
    assert can_move(old, new)
    assert refusal(old, new) is None


@pytest.mark.parametrize(
    ("old", "new"),
    [(o, n) for o in STORED for n in ActionStatus if (o, n) not in LEGAL],
)
def test_every_other_transition_is_refused_with_a_reason(
    old: ActionStatus, new: ActionStatus
) -> None:
    assert not can_move(old, new)
    assert refusal(old, new) is not None


@pytest.mark.parametrize(
    ("old", "new", "code"),
    [
        (S.VERIFIED, S.DRAFT, "final"),
        (S.CANCELLED, S.OPEN, "final"),
        (S.NOT_ACHIEVED, S.VERIFIED, "final"),
        (S.DRAFT, S.OPEN, "needs_review"),
        (S.RETURNED, S.OPEN, "needs_review"),
        (S.OPEN, S.VERIFIED, "not_done"),
        (S.SUBMITTED, S.DONE, "not_open"),
        (S.DRAFT, S.RETURNED, "not_submitted"),
        (S.RETURNED, S.SUBMITTED, "not_draft"),
        (S.OPEN, S.OVERDUE, "overdue_derived"),
        (S.OPEN, S.OPEN, "same_status"),
    ],
)
def test_refusals_say_why(old: ActionStatus, new: ActionStatus, code: str) -> None:
    assert refusal(old, new) == code


def test_cancelled_from_every_status_that_is_not_final() -> None:
    for status in STORED:
        assert can_move(status, S.CANCELLED) is (status not in FINAL)


def test_overdue_is_never_stored() -> None:
    assert S.OVERDUE not in STORED
    assert stored_status("overdue") is S.OPEN  # an older file's row
    assert stored_status("not_achieved") is S.NOT_ACHIEVED


def test_overdue_by_date_from_the_day_after_due() -> None:
    due = datetime.date(2026, 10, 31)
    assert effective_status(S.OPEN, due, due) is S.OPEN
    assert effective_status(S.OPEN, due, due + datetime.timedelta(days=1)) is S.OVERDUE
    assert days_overdue(S.OPEN, due, datetime.date(2026, 11, 10)) == 10
    assert days_overdue(S.OPEN, due, due) == 0
    assert days_overdue(S.DONE, due, datetime.date(2026, 11, 10)) == 0
    assert effective_status(S.DONE, due, datetime.date(2027, 1, 1)) is S.DONE
    assert effective_status(S.OPEN, None, datetime.date(2027, 1, 1)) is S.OPEN


def test_plan_problems() -> None:
    d = datetime.date
    assert plan_problem(d(2026, 5, 2), d(2026, 5, 1), None, None, None) == "due_before_start"
    assert plan_problem(d(2026, 5, 1), d(2026, 5, 1), None, None, None) is None  # same day
    assert plan_problem(None, None, Direction.HIGHER, 10, 9) == "expected_wrong_side"
    assert plan_problem(None, None, Direction.HIGHER, 10, 11) is None
    assert plan_problem(None, None, Direction.LOWER, 10, 11) == "expected_wrong_side"
    assert plan_problem(None, None, Direction.LOWER, 10, 9) is None
    assert plan_problem(None, None, Direction.RANGE, 10, 9) is None
    assert plan_problem(None, None, Direction.HIGHER, 10, 10) == "expected_same"


def _plan(**changes: object) -> ActionPlan:
    values: dict[str, object] = {
        "title": "缩短交货周期",
        "measures": "每周跟踪订单",
        "kpi_name": "交货周期",
        "direction": Direction.LOWER,
        "baseline": 20.0,
        "expected": 15.0,
        "due": datetime.date(2026, 12, 31),
        "start": datetime.date(2026, 11, 1),
        "linked": True,
    }
    values.update(changes)
    return ActionPlan(**values)  # type: ignore[arg-type]


def test_smart_check_passes_a_complete_plan() -> None:
    assert smart_failures(smart_check(_plan())) == []


@pytest.mark.parametrize(
    ("changes", "letter", "reason"),
    [
        ({"title": "  "}, "S", "no_description"),
        ({"title": "交货周期"}, "S", "copy_of_kpi"),
        ({"measures": ""}, "S", "no_measures"),
        ({"kpi_name": None}, "M", "no_kpi"),
        ({"expected": None}, "M", "no_expected"),
        ({"expected": 25.0}, "A", "wrong_side"),
        ({"expected": 5.0}, "A", "stretch"),  # 20 -> 5 asks four times as much
        ({"linked": False}, "R", "not_linked"),
        ({"due": None}, "T", "no_due"),
        ({"start": datetime.date(2027, 1, 5)}, "T", "due_before_start"),
    ],
)
def test_smart_check_refuses_with_the_reason(
    changes: dict[str, object], letter: str, reason: str
) -> None:
    failures = smart_failures(smart_check(_plan(**changes)))
    assert [(f.letter, f.reason) for f in failures] == [(letter, reason)]


def test_smart_without_baseline_is_unknown_not_a_failure() -> None:
    items = smart_check(_plan(baseline=None))
    assert [i.verdict for i in items if i.letter == "A"] == [Verdict.UNKNOWN]
    assert smart_failures(items) == []


def test_verify_higher_is_better_at_the_boundary() -> None:
    assert verify(Direction.HIGHER, 80, 90, 90).outcome is S.VERIFIED  # exactly expected
    short = verify(Direction.HIGHER, 80, 90, 89.9)
    assert (short.outcome, short.reason) == (S.NOT_ACHIEVED, "improved_short")
    assert short.improvement == pytest.approx(9.9)
    assert verify(Direction.HIGHER, 80, 90, 80).reason == "not_improved"
    assert verify(Direction.HIGHER, 80, 90, 70).reason == "worse"


def test_verify_lower_is_better_at_the_boundary() -> None:
    assert verify(Direction.LOWER, 20, 15, 15).outcome is S.VERIFIED
    assert verify(Direction.LOWER, 20, 15, 12).outcome is S.VERIFIED
    result = verify(Direction.LOWER, 20, 15, 15.5)
    assert (result.outcome, result.reason) == (S.NOT_ACHIEVED, "improved_short")
    assert result.improvement == pytest.approx(4.5)
    assert verify(Direction.LOWER, 20, 15, 21).reason == "worse"


def test_verify_range_by_the_goals_band_both_ends_included() -> None:
    band = (30.0, 45.0)
    for value in (30.0, 45.0, 40.0):
        assert verify(Direction.RANGE, 60, 45, value, band).outcome is S.VERIFIED
    above = verify(Direction.RANGE, 60, 45, 45.1, band)
    assert (above.outcome, above.reason) == (S.NOT_ACHIEVED, "out_of_range")
    assert above.improvement == pytest.approx(14.9)  # 15 away before, 0.1 now
    below = verify(Direction.RANGE, 60, 45, 29, band)
    assert below.outcome is S.NOT_ACHIEVED


def test_verify_range_without_band_reaches_the_expected_edge_from_the_baseline() -> None:
    assert verify(Direction.RANGE, 60, 45, 44).outcome is S.VERIFIED  # coming down
    assert verify(Direction.RANGE, 60, 45, 46).outcome is S.NOT_ACHIEVED
    assert verify(Direction.RANGE, 10, 20, 21).outcome is S.VERIFIED  # coming up


def test_verify_without_expected_takes_any_improvement() -> None:
    assert verify(Direction.HIGHER, 80, None, 81).outcome is S.VERIFIED
    assert verify(Direction.HIGHER, 80, None, 80).outcome is S.NOT_ACHIEVED


def test_ten_day_periods_and_report_checks() -> None:
    d = datetime.date
    assert ten_day(d(2026, 2, 10)).key == "2026-02-D1"
    assert ten_day(d(2026, 2, 11)).key == "2026-02-D2"
    assert ten_day(d(2026, 2, 28)).key == "2026-02-D3"
    today = d(2026, 11, 15)
    assert report_problem(d(2026, 11, 16), today, 50, []) == "future"
    assert report_problem(today, today, 100.5, []) == "progress_range"
    assert report_problem(today, today, -1, []) == "progress_range"
    assert report_problem(today, today, 0, []) is None
    assert report_problem(today, today, 100, []) is None
    assert report_problem(d(2026, 11, 11), today, 50, ["2026-11-D2"]) == "period_reported"
    assert report_problem(d(2026, 11, 10), today, 50, ["2026-11-D2"]) is None


def test_missing_reports_and_reminders() -> None:
    d = datetime.date
    today = d(2026, 11, 15)
    assert missing_report(S.OPEN, d(2026, 11, 1), ["2026-11-D1"], today)
    assert not missing_report(S.OPEN, d(2026, 11, 1), ["2026-11-D2"], today)
    assert not missing_report(S.OPEN, d(2026, 11, 20), [], today)  # not started
    assert not missing_report(S.DONE, None, [], today)
    found = reminders(
        [
            ("late", S.OPEN, None, d(2026, 11, 14), True),
            ("week", S.OPEN, None, d(2026, 11, 22), False),
            ("later", S.OPEN, None, d(2026, 11, 23), True),
            ("draft", S.DRAFT, None, d(2026, 11, 16), False),
        ],
        today,
    )
    assert found.overdue == ["late"]
    assert found.due_soon == ["week"]  # 7 days ahead is in, 8 is not
    assert found.missing_report == ["week"]


def test_review_splits_departments_into_improved_and_not() -> None:
    from perfdesk.core.actions import review_by_department

    improved, not_improved = review_by_department(
        [
            ("销售部", "缩短交货周期", S.VERIFIED),
            ("质量部", "提升合格率", S.VERIFIED),
            ("质量部", "降低返工", S.NOT_ACHIEVED),
            ("财务部", "压缩费用", S.NOT_ACHIEVED),
            ("生产部", "取消的", S.CANCELLED),
        ]
    )
    assert [(r.unit, r.verified) for r in improved] == [("销售部", ["缩短交货周期"])]
    assert [(r.unit, r.not_achieved) for r in not_improved] == [
        ("财务部", ["压缩费用"]),
        ("质量部", ["降低返工"]),  # one verified does not make up for one not achieved
    ]


def test_review_lists_overdue_and_resultless_actions_as_not_improved() -> None:
    from perfdesk.core.actions import ReviewedAction, ReviewOutcome, review_by_department

    actions = [
        ReviewedAction("销售部", "缩短交货周期", S.VERIFIED, "王磊", 20, 15, 14.5),
        ReviewedAction("生产部", "按期交付", S.OPEN, "李强", due=D(2026, 12, 1), days_overdue=9),
        ReviewedAction("生产部", "还在期限内", S.OPEN, "李强", due=D(2026, 12, 30)),
        ReviewedAction("质量部", "降低返工", S.DONE, "周敏"),
    ]
    assert [a.outcome for a in actions] == [
        ReviewOutcome.IMPROVED,
        ReviewOutcome.OVERDUE,
        None,  # still in time: not reviewed yet
        ReviewOutcome.NO_RESULT,
    ]
    improved, not_improved = review_by_department(actions)
    assert [(r.unit, [a.owner for a in r.actions]) for r in improved] == [("销售部", ["王磊"])]
    assert [(r.unit, r.not_achieved) for r in not_improved] == [
        ("生产部", ["按期交付"]),
        ("质量部", ["降低返工"]),
    ]
