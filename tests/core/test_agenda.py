"""Agenda planning: the built-in templates, the prefill's weighting and a plan's warnings."""

from __future__ import annotations

import datetime

import pytest

from perfdesk.core.agenda import (
    COMMITTEE_REVIEW,
    NOTE_LIMIT,
    SPEAKER_FLOOR,
    WEEKLY_90,
    DueAction,
    PlanItem,
    Representative,
    Standing,
    action_note,
    allot,
    check_plan,
    end_time,
    planned_total,
    prefill,
    template_items,
)
from perfdesk.core.meeting import AgendaKind


def _rep(name: str) -> Representative:
    return Representative(f"p-{name}", f"u-{name}", f"{name}经理", name)


def test_weekly_template_is_5_5_5_5_5_60_5_in_both_languages() -> None:
    zh = template_items(WEEKLY_90, "zh")
    en = template_items(WEEKLY_90, "en")
    assert [i.minutes for i in zh] == [5, 5, 5, 5, 5, 60, 5]
    assert planned_total(zh) == 90
    assert [i.title for i in en] == [
        "Check-in",
        "Scorecard",
        "Goals",
        "Headlines",
        "To-do list",
        "Issue solving",
        "Conclude",
    ]
    assert zh[5].title == "问题解决" and zh[0].kind is AgendaKind.OPENING


def test_committee_review_gives_each_representative_a_turn_then_discussion_and_buffer() -> None:
    reps = [_rep("销售部"), _rep("生产部"), _rep("财务部")]
    items = template_items(COMMITTEE_REVIEW, "zh", reps)
    kinds = [i.kind for i in items]
    assert kinds == [
        AgendaKind.OPENING,
        AgendaKind.ACTION_REVIEW,
        AgendaKind.SPEAKER,
        AgendaKind.SPEAKER,
        AgendaKind.SPEAKER,
        AgendaKind.DISCUSSION,
        AgendaKind.BUFFER,
        AgendaKind.CLOSING,
    ]
    assert [i.speaker_id for i in items if i.speaker_id] == ["p-销售部", "p-生产部", "p-财务部"]
    assert items[2].title == "销售部 – 销售部经理"
    assert items[6].title == "机动时间"


@pytest.mark.parametrize("total", [30, 47, 61, 100, 123])
def test_allot_sums_to_the_total_gives_the_floor_and_more_to_heavier(total: int) -> None:
    weights = [7.0, 1.0, 3.0, 3.0, 1.0]
    minutes = allot(weights, total, 5)
    assert sum(minutes) == total
    assert all(isinstance(m, int) and m >= 5 for m in minutes)
    for i, wi in enumerate(weights):
        for j, wj in enumerate(weights):
            if wi > wj:
                assert minutes[i] >= minutes[j]
    assert minutes[0] > minutes[1]


def test_allot_lowers_the_floor_when_the_time_cannot_hold_it() -> None:
    assert allot([1, 1, 1], 9, 5) == [3, 3, 3]
    assert allot([], 60) == []
    assert allot([0, 0], 10, 0) == [5, 5]


def test_prefill_more_red_gets_more_minutes_first_and_within_the_length() -> None:
    standings = [
        Standing(_rep("人力资源部"), red=0, amber=0, judged=4, worst=1.1),
        Standing(_rep("销售部"), red=3, amber=1, judged=6, worst=0.7),
        Standing(_rep("生产部"), red=1, amber=2, judged=5, worst=0.85),
        Standing(_rep("行政部"), judged=0),  # no KPI in the period: no turn
    ]
    actions = [
        DueAction("缩短交付周期", "王磊", datetime.date(2026, 3, 10), True),
        DueAction("回款提醒", "李娜", datetime.date(2026, 4, 30), False),
    ]
    items = prefill(standings, 120, "zh", actions)
    speakers = [i for i in items if i.kind is AgendaKind.SPEAKER]
    assert [i.unit_id for i in speakers] == ["u-销售部", "u-生产部", "u-人力资源部"]
    minutes = [i.minutes for i in speakers]
    assert minutes[0] > minutes[1] > minutes[2] >= SPEAKER_FLOOR
    assert all(m == int(m) for m in minutes)
    assert planned_total(items) == 120
    review = next(i for i in items if i.kind is AgendaKind.ACTION_REVIEW)
    assert review.note.splitlines()[0].startswith("• 缩短交付周期")
    assert "已逾期" in review.note and "回款提醒" in review.note
    assert [i.kind for i in items][-3:] == [
        AgendaKind.DISCUSSION,
        AgendaKind.BUFFER,
        AgendaKind.CLOSING,
    ]
    assert "红灯 3 项" in speakers[0].note


def test_prefill_of_a_short_meeting_shortens_the_segments_and_keeps_the_floor() -> None:
    standings = [Standing(_rep(f"部门{i}"), red=i, judged=3) for i in range(6)]
    items = prefill(standings, 45, "en")
    speakers = [i for i in items if i.kind is AgendaKind.SPEAKER]
    assert len(speakers) == 6 and all(i.minutes >= SPEAKER_FLOOR for i in speakers)
    assert planned_total(items) <= 45
    assert not any(i.kind is AgendaKind.BUFFER for i in items)
    assert items[1].note == "No open or due actions."


def test_check_plan_says_what_is_wrong() -> None:
    assert [w.code for w in check_plan([], 60, set())] == ["no_items"]
    items = [
        PlanItem(AgendaKind.OPENING, "开场", 0),
        PlanItem(AgendaKind.SPEAKER, "销售部", 50, speaker_id="p1"),
        PlanItem(AgendaKind.CLOSING, "结束", -5),
        PlanItem(AgendaKind.DISCUSSION, "讨论", 30),
    ]
    warnings = check_plan(items, 60, {"p2"}, {"p1": "王磊"})
    assert [(w.code, w.params) for w in warnings] == [
        ("bad_minutes", ("1", "0")),
        ("bad_minutes", ("3", "-5")),
        ("speaker_absent", ("王磊",)),
        ("over", ("15",)),
    ]
    assert check_plan(items[1:2], 60, {"p1"}) == []


def test_end_time() -> None:
    assert end_time("09:00", 150) == "11:30"
    assert end_time("23:30", 45) == "00:15 +1"
    assert end_time(None, 30) is None
    assert end_time("9h", 30) is None


def test_a_long_list_of_actions_fits_the_note_and_says_how_many_more() -> None:
    actions = [DueAction(f"改进行动 {i} " * 5, "王磊", None, False) for i in range(200)]
    note = action_note(actions, "zh")
    assert len(note) <= NOTE_LIMIT
    assert note.splitlines()[-1].startswith("……另有 ")
