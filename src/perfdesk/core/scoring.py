"""Period scores and rankings (业绩排行): Σ weight × capped achievement, ranked with ties.

A holder's (person's or unit's) score for a month, quarter or year is the weighted mean
of its goals' capped achievement over that period (`kpi.weighted_score`, the cap
`kpi.DEFAULT_SCORE_CAP` = 120 %). Each goal's achievement is its progress over the
period's entry periods (months, 旬 or weeks) that have ended by the latest month with
actuals (`progress.goal_progress`), so a quarter in progress is scored to date, the
same way every other view judges "to date".

- Weights come from `goals.weight`. When a holder's weights do not add up to 100 the
  score divides by their actual total (normalised), and `Score.normalised` says so.
- A goal whose period has a target but no actual (or no target at all) cannot be
  judged; the holder then gets no score at all (`Score.value` None, `missing_goals`
  counts them), because dropping the goal would lift the score the way an empty bad
  month turned red into green. Holders with no goals get no score either. Unscored
  holders are listed, never ranked.
- Ranks are competition ranks (1, 1, 3): equal scores (to 1e-9) share the better rank.

Pure Python; the store gathers goals and values, the evaluation rules add flags.
"""

from __future__ import annotations

import functools
import math
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass

from perfdesk.core.goals import WEIGHT_TOTAL, Goal
from perfdesk.core.kpi import (
    DEFAULT_SCORE_CAP,
    Aggregation,
    Kpi,
    Status,
    achievement,
    score_rate,
    weighted_score,
)
from perfdesk.core.periods import Granularity, Period, parse_period
from perfdesk.core.progress import goal_progress

# The period kinds a ranking is made for.
RANKING_GRANULARITIES = (Granularity.MONTH, Granularity.QUARTER, Granularity.YEAR)
# Scores this close are equal: float sums of the same rates in another order differ by ulps.
TIE_TOLERANCE = 1e-9


@dataclass(frozen=True)
class Score:
    """One holder's score for one period."""

    value: float | None  # 1.0 = every goal on target; None: not scored
    goals: int = 0  # goals that counted (or would have)
    missing_goals: int = 0  # goals without a judgeable achievement for the period
    weight_total: float = 0.0

    @property
    def normalised(self) -> bool:
        """The weights did not add up to 100, so the score divided by their total."""
        return self.goals > 0 and abs(self.weight_total - WEIGHT_TOTAL) > 1e-6


NO_GOALS = Score(None)


def entry_periods(
    period: Period, granularity: Granularity | str, latest_month: str | None
) -> list[str]:
    """The keys of `granularity` (the goals' entry periods) inside `period` that count:
    those starting no later than the end of the latest month with actuals (all of them
    when there is none), so a period in progress is scored to date."""
    return list(_entry_periods(period, Granularity(granularity), latest_month))


# Cached: an archive asks for the same periods again and again, and a quarter's weeks
# cost ~0.1 ms of calendar maths each time.
@functools.lru_cache(maxsize=1024)
def _entry_periods(
    period: Period, granularity: Granularity, latest_month: str | None
) -> tuple[str, ...]:
    if granularity is period.granularity:
        children = [period]
    elif granularity.rank > period.granularity.rank:
        children = period.children(granularity)
    else:  # a goal entered coarser than the period cannot be split into it
        return ()
    if latest_month is None:
        return tuple(child.key for child in children)
    cut = parse_period(latest_month).end
    return tuple(child.key for child in children if child.start <= cut)


def goal_rate(
    goal: Goal,
    kpi: Kpi,
    holder_goals: Iterable[Goal],
    targets: Mapping[tuple[str, str], float],
    actuals: Mapping[tuple[str, str], float],
    periods: Sequence[str],
    cap: float = DEFAULT_SCORE_CAP,
) -> float | None:
    """The capped achievement one goal counts for over `periods`; None when it cannot be
    judged (no period with a target, a target without an actual, a ratio without its
    sides)."""
    if not periods:
        return None
    progress = goal_progress(goal, kpi, holder_goals, targets, actuals, periods)
    if progress.missing_periods or progress.status in (Status.MISSING, Status.INCOMPLETE):
        return None
    return score_rate(kpi.direction, progress.target, progress.actual, goal.target_max, cap)


def rate_from_sums(
    kpi: Kpi,
    expected: int,
    paired: int,
    target_sum: float | None,
    actual_sum: float | None,
    target_max: float | None = None,
    cap: float = DEFAULT_SCORE_CAP,
) -> float | None:
    """`goal_rate` from totals a query can add up, for SUM and AVERAGE KPIs.

    `expected` counts the periods with a target, `paired` those with an actual too;
    the sums are over the paired periods only. That is `progress_to_date`'s rule
    (aggregate the paired periods; any expected period without an actual makes the
    goal unjudged), so the answer is the same; a test holds the two together. LAST and
    RATIO KPIs need the values period by period: ValueError.
    """
    if kpi.aggregation not in (Aggregation.SUM, Aggregation.AVERAGE):
        raise ValueError(f"{kpi.code}: only sums and averages are scored from totals")
    if paired == 0 or expected != paired or target_sum is None or actual_sum is None:
        return None
    if kpi.aggregation is Aggregation.AVERAGE:
        target_sum, actual_sum = target_sum / paired, actual_sum / paired
    rate = achievement(kpi.direction, target_sum, actual_sum, target_max)
    if rate is not None:  # score_rate's common case, without its per-call checks of the cap
        return min(max(rate, 0.0), cap)
    return score_rate(kpi.direction, target_sum, actual_sum, target_max, cap)


def holder_score(
    items: Sequence[tuple[float, float | None]], cap: float = DEFAULT_SCORE_CAP
) -> Score:
    """The score of (weight, rate) pairs, one per goal; see the module docstring."""
    if not items:
        return NO_GOALS
    weight_total = math.fsum(weight for weight, _ in items)
    missing = sum(1 for _, rate in items if rate is None)
    value = None if missing else weighted_score(items, cap)
    return Score(value, len(items), missing, weight_total)


def competition_ranks(scores: Mapping[str, float | None]) -> dict[str, int]:
    """Rank 1 for the best score; equal scores share a rank and the next rank skips
    (1, 1, 3). Holders without a score are left out."""
    ordered = sorted(
        ((value, holder) for holder, value in scores.items() if value is not None),
        key=lambda pair: -pair[0],
    )
    ranks: dict[str, int] = {}
    previous: float | None = None
    rank = 0
    for position, (value, holder) in enumerate(ordered, start=1):
        if previous is None or previous - value > TIE_TOLERANCE:
            rank = position
            previous = value
        ranks[holder] = rank
    return ranks


def top_cut(ranked: int, percent: float) -> int:
    """How many places the top `percent` % of `ranked` holders take.

    floor(ranked × percent / 100), at least 1 when anyone is ranked: the seeds reward
    the best 10 % of a quarter, and a team of 7 (10 % of 7 = 0.7) still has a best
    member; floor, not round up, keeps the share at 10 % for 11–19 people (round up
    would reward 2 of 11, 18 %). Ties at the cut are all in (`in_top`).
    """
    if ranked <= 0 or percent <= 0:
        return 0
    return max(1, math.floor(ranked * percent / 100 + 1e-9))


def in_top(rank: int | None, ranked: int, percent: float) -> bool:
    """Whether a competition rank is within the top `percent` %: everyone tied at the
    cut shares its rank number, so all of them are in."""
    return rank is not None and rank <= top_cut(ranked, percent)


def miss_streak(history: Sequence[float | None], threshold: float) -> int:
    """Consecutive periods, ending with the last one, whose score is below `threshold`.

    `history` is oldest first and ends with the period evaluated. A period without a
    score ends the streak: a miss is never assumed.
    """
    streak = 0
    for value in reversed(history):
        if value is None or value >= threshold - TIE_TOLERANCE:
            break
        streak += 1
    return streak


def previous_periods(period: Period, count: int) -> list[Period]:
    """The `count` periods before `period`, oldest first (across year ends: 2026-Q1's
    previous quarter is 2025-Q4)."""
    return [period.shift(-n) for n in range(count, 0, -1)]


def rank_change(rank: int | None, previous_rank: int | None) -> int | None:
    """Places gained since the previous period (positive = moved up)."""
    if rank is None or previous_rank is None:
        return None
    return previous_rank - rank
