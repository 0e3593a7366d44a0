"""Evaluation rules: the seeds' defaults, their JSON, bad values refused, the appeal window."""

from __future__ import annotations

import datetime
import json

import pytest

from perfdesk.core.evaluation import (
    DEFAULT_RULES,
    MissRule,
    Rules,
    RulesError,
    appeal_deadline,
    appeal_refusal,
    effective_score,
    parse_flags,
    rules_from_json,
)
from perfdesk.core.periods import Granularity


def test_defaults_are_the_seeds() -> None:
    rules = DEFAULT_RULES
    assert rules.granularity is Granularity.QUARTER
    assert rules.top_percent == 10
    assert [m.periods for m in rules.misses] == [2, 3]
    assert rules.threshold == 1.0  # below 100 % weighted achievement is below target
    assert rules.appeal_days == 15
    assert rules.history_needed == 2


def test_rules_survive_their_json_and_missing_keys_take_the_defaults() -> None:
    rules = Rules(
        top_percent=5, top_label="季度奖", misses=(MissRule(2, "书面警告"), MissRule(3, "罚款"))
    )
    assert rules_from_json(rules.to_json()) == rules
    assert rules_from_json("{}") == DEFAULT_RULES
    assert rules_from_json(json.dumps({"appeal_days": 30})).appeal_days == 30


@pytest.mark.parametrize(
    ("data", "code"),
    [
        ({"top_percent": 120}, "top_percent"),
        ({"threshold": 0}, "threshold"),
        ({"threshold": "1"}, "threshold"),
        ({"appeal_days": -1}, "appeal_days"),
        ({"misses": [{"periods": 2}, {"periods": 2}]}, "miss_twice"),
        ({"misses": [{"periods": 0}]}, "miss_periods"),
        ({"misses": [{"periods": 2.5}]}, "miss_periods"),
        ({"granularity": "week"}, "rules_granularity"),
        ({"top_label": "x" * 201}, "label"),
        ({"top_percent": float("nan")}, "top_percent"),
    ],
)
def test_unusable_rules_are_refused_with_what_is_wrong(data: dict[str, object], code: str) -> None:
    with pytest.raises(RulesError) as caught:
        rules_from_json(json.dumps(data))
    assert caught.value.code == code


def test_not_an_object_is_refused() -> None:
    for text in ("[]", "nonsense", ""):
        with pytest.raises(RulesError):
            rules_from_json(text)


FROZE = datetime.date(2026, 4, 3)


def test_an_appeal_on_the_last_day_of_the_window_is_accepted_the_next_day_refused() -> None:
    assert appeal_deadline(FROZE, DEFAULT_RULES) == datetime.date(2026, 4, 18)
    assert appeal_refusal(True, FROZE, datetime.date(2026, 4, 18), DEFAULT_RULES, 0) is None
    code, params = appeal_refusal(True, FROZE, datetime.date(2026, 4, 19), DEFAULT_RULES, 0) or (
        "",
        {},
    )
    assert code == "appeal_too_late" and params == {"days": 15, "deadline": "2026-04-18"}


def test_a_second_open_appeal_and_an_unfrozen_evaluation_are_refused() -> None:
    assert appeal_refusal(True, FROZE, FROZE, DEFAULT_RULES, 1) == ("appeal_open", {})
    assert appeal_refusal(False, FROZE, FROZE, DEFAULT_RULES, 0) == ("evaluation_not_frozen", {})
    assert appeal_refusal(True, FROZE, FROZE - datetime.timedelta(days=1), DEFAULT_RULES, 0)


def test_the_last_revised_appeal_sets_the_score_that_stands() -> None:
    assert effective_score(0.8, []) == 0.8
    assert effective_score(0.8, [("rejected", None)]) == 0.8
    assert effective_score(0.8, [("revised", 0.9), ("upheld", None)]) == 0.9


def test_flags_read_back_from_their_json() -> None:
    assert parse_flags('["top", "miss2", 3]') == ("top", "miss2")
    assert parse_flags("not json") == ()
