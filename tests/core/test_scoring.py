"""Period scores, competition ranks and the top-10 % and consecutive-miss rules at their edges."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from perfdesk.core.evaluation import DEFAULT_RULES, MissRule, Rules, flags_for, judge
from perfdesk.core.goals import Goal
from perfdesk.core.kpi import Aggregation, Direction, Kpi
from perfdesk.core.periods import parse_period
from perfdesk.core.scoring import (
    competition_ranks,
    entry_periods,
    goal_rate,
    holder_score,
    in_top,
    miss_streak,
    previous_periods,
    rank_change,
    rate_from_sums,
    top_cut,
)

SALES = Kpi("k", "S", "sales")


def test_equal_scores_share_a_rank_and_the_next_rank_skips() -> None:
    ranks = competition_ranks({"a": 1.1, "b": 1.1, "c": 1.0, "d": None, "e": 0.9})
    assert ranks == {"a": 1, "b": 1, "c": 3, "e": 4}  # d has no score: not ranked


def test_scores_equal_but_for_float_noise_tie() -> None:
    ranks = competition_ranks({"a": 0.1 + 0.2, "b": 0.3})
    assert ranks == {"a": 1, "b": 1}


@pytest.mark.parametrize(
    ("ranked", "cut"), [(0, 0), (1, 1), (7, 1), (10, 1), (19, 1), (20, 2), (62, 6), (1930, 193)]
)
def test_top_ten_percent_is_floored_but_never_nobody(ranked: int, cut: int) -> None:
    assert top_cut(ranked, 10) == cut


def test_everyone_tied_at_the_cut_is_in_the_top() -> None:
    scores = {"a": 1.2, "b": 1.1, "c": 1.1, "d": 1.1} | {f"x{i}": 0.5 for i in range(16)}
    ranks = competition_ranks(scores)  # 20 ranked: the cut is 2 places
    top = {holder for holder, rank in ranks.items() if in_top(rank, len(ranks), 10)}
    assert top == {"a", "b", "c", "d"}  # b, c, d share rank 2


def test_a_team_of_seven_still_has_its_best_and_ties_at_it_share() -> None:
    ranks = competition_ranks({"a": 1.0, "b": 1.0} | {f"x{i}": 0.8 for i in range(5)})
    assert [h for h, r in ranks.items() if in_top(r, 7, 10)] == ["a", "b"]
    assert not in_top(None, 7, 10)  # unscored is never top


def test_weights_not_adding_to_100_are_normalised_and_said_so() -> None:
    score = holder_score([(30, 1.0), (30, 0.5)])
    assert score.value == pytest.approx(0.75)
    assert score.normalised
    assert not holder_score([(60, 1.0), (40, 0.5)]).normalised


def test_a_goal_without_a_rate_leaves_the_holder_unscored() -> None:
    score = holder_score([(50, 1.0), (50, None)])
    assert score.value is None and score.missing_goals == 1 and score.goals == 2


def test_no_goals_no_score() -> None:
    assert holder_score([]).value is None


def test_achievement_is_capped_at_120_percent_in_the_score() -> None:
    goal = Goal("g", "k", "2026", 300, 100, unit_id="u")
    targets = {("g", "2026-01"): 100.0}
    actuals = {("g", "2026-01"): 250.0}
    assert goal_rate(goal, SALES, [goal], targets, actuals, ["2026-01"]) == pytest.approx(1.2)


def test_a_month_with_a_target_and_no_actual_cannot_be_scored() -> None:
    goal = Goal("g", "k", "2026", 300, 100, unit_id="u")
    targets = {("g", "2026-01"): 100.0, ("g", "2026-02"): 100.0}
    actuals = {("g", "2026-01"): 250.0}
    assert goal_rate(goal, SALES, [goal], targets, actuals, ["2026-01", "2026-02"]) is None
    assert goal_rate(goal, SALES, [goal], targets, actuals, []) is None


def test_a_quarter_in_progress_counts_the_months_up_to_the_latest_actuals() -> None:
    quarter = parse_period("2026-Q4")
    assert entry_periods(quarter, "month", "2026-10") == ["2026-10"]
    assert entry_periods(quarter, "month", None) == ["2026-10", "2026-11", "2026-12"]
    assert entry_periods(parse_period("2026-10"), "ten_day", "2026-12") == [
        "2026-10-D1",
        "2026-10-D2",
        "2026-10-D3",
    ]
    assert entry_periods(parse_period("2026-10"), "month", "2026-12") == ["2026-10"]


def test_the_quarters_before_the_first_of_a_year_are_last_years() -> None:
    earlier = previous_periods(parse_period("2026-Q1"), 2)
    assert [p.key for p in earlier] == ["2025-Q3", "2025-Q4"]


def test_consecutive_misses_count_back_from_the_period_and_stop_at_a_gap() -> None:
    assert miss_streak([0.9, 0.8, 0.95], 1.0) == 3
    assert miss_streak([0.9, 1.0, 0.95], 1.0) == 1  # exactly on target is not a miss
    assert miss_streak([0.9, None, 0.95], 1.0) == 1  # no score: no assumed miss
    assert miss_streak([0.9, 0.9, 1.05], 1.0) == 0


def test_two_quarters_below_target_across_new_year_is_a_warning_three_a_plan() -> None:
    # history oldest first: 2025-Q3, 2025-Q4, 2026-Q1
    flags, streak = flags_for(DEFAULT_RULES, 5, 10, [1.02, 0.97, 0.93])
    assert flags == ("miss2",) and streak == 2
    flags, streak = flags_for(DEFAULT_RULES, 5, 10, [0.99, 0.97, 0.93])
    assert flags == ("miss3",) and streak == 3  # only the longest rule reached


def test_judge_flags_the_top_and_the_misses_of_a_group() -> None:
    rules = Rules(top_percent=50, misses=(MissRule(1, "谈话"),), threshold=1.0)
    ranks = competition_ranks({"a": 1.1, "b": 0.9})
    judged = judge(rules, ranks, {"a": [1.1], "b": [0.9], "c": [None]})
    assert judged["a"].flags == ("top",)
    assert judged["b"].flags == ("miss1",)
    assert judged["c"].rank is None and judged["c"].flags == ()
    assert rules.label_of("miss1") == "谈话"


def test_rank_change_is_places_gained() -> None:
    assert rank_change(2, 5) == 3
    assert rank_change(5, 2) == -3
    assert rank_change(None, 2) is None


VALUE = st.one_of(st.none(), st.floats(-1e6, 1e6, allow_nan=False).map(lambda v: round(v, 2)))


@settings(max_examples=300, deadline=None)
@given(
    direction=st.sampled_from(list(Direction)),
    aggregation=st.sampled_from([Aggregation.SUM, Aggregation.AVERAGE]),
    months=st.lists(st.tuples(VALUE, VALUE), min_size=1, max_size=3),
    target_max=st.one_of(st.none(), st.floats(0, 1e6)),
)
def test_scoring_from_totals_is_scoring_month_by_month(
    direction: Direction,
    aggregation: Aggregation,
    months: list[tuple[float | None, float | None]],
    target_max: float | None,
) -> None:
    """The totals a query adds up give the rate `progress_to_date` gives month by month."""
    kpi = Kpi("k", "K", "k", direction=direction, aggregation=aggregation)
    goal = Goal("g", "k", "2026", None, 100, unit_id="u", target_max=target_max)
    keys = [f"2026-{m:02d}" for m in range(1, len(months) + 1)]
    targets = {("g", k): t for k, (t, _a) in zip(keys, months, strict=True) if t is not None}
    actuals = {("g", k): a for k, (_t, a) in zip(keys, months, strict=True) if a is not None}
    paired = [(t, a) for t, a in months if t is not None and a is not None]
    expected = sum(1 for t, _a in months if t is not None)
    total_target = sum(t for t, _a in paired) if paired else None
    total_actual = sum(a for _t, a in paired) if paired else None
    fast = rate_from_sums(kpi, expected, len(paired), total_target, total_actual, target_max)
    slow = goal_rate(goal, kpi, [goal], targets, actuals, keys)
    assert (fast is None) == (slow is None)
    if fast is not None and slow is not None:
        assert fast == pytest.approx(slow, rel=1e-9, abs=1e-9)
