"""Evaluation rules (奖惩规则), the flags they give a ranked period, and appeals (异议/复核).

The seeds' defaults (业绩跟踪奖罚制度): the top 10 % of a quarter are rewarded (季度排名前
10%奖励); two consecutive quarters below target get a written warning (书面警告); three
get an improvement plan (the seeds name a fine, 罚款 — the consequence is a label the
user sets); an evaluation can be appealed (员工可提出异议或申请复核) within 15 days of
being frozen.

"Below target" is a score below `threshold`, by default 1.0: a weighted achievement
under 100 %, i.e. the goals were not met on balance (不达标). It is not the amber line
of each KPI: those differ per KPI, and a score is already a mean over KPIs.

Rules are stored as a JSON object in `evaluation_rules.rules`; each change is a new
row with version + 1, so an evaluation frozen with (rule id, version) keeps meaning
what it meant. Consequence labels left empty stand for the built-in names, which the
window shows in the user's language.

Pure Python: the store reads and writes the rows; the window shows them.
"""

from __future__ import annotations

import datetime
import json
import math
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any

from perfdesk.core.kpi import DEFAULT_SCORE_CAP
from perfdesk.core.periods import Granularity
from perfdesk.core.scoring import in_top, miss_streak

TOP_FLAG = "top"
MISS_PREFIX = "miss"  # "miss2": two consecutive periods below target
DEFAULT_RULES_NAME = "业绩跟踪奖罚制度"
MAX_LABEL = 200
MAX_STREAK = 12
APPEAL_STATUSES = ("open", "upheld", "rejected", "revised")
DECISIONS = ("upheld", "rejected", "revised")


class RulesError(ValueError):
    """Rules that cannot be used; `code` names what is wrong (the window translates it)."""

    def __init__(self, code: str, /, **params: Any) -> None:
        self.code = code
        self.params = params
        super().__init__(f"{code} {params}" if params else code)


@dataclass(frozen=True)
class MissRule:
    periods: int  # consecutive periods below target
    label: str = ""  # the consequence; empty: the built-in name for this count

    @property
    def flag(self) -> str:
        return f"{MISS_PREFIX}{self.periods}"


@dataclass(frozen=True)
class Rules:
    granularity: Granularity = Granularity.QUARTER  # what one evaluation covers
    top_percent: float = 10.0
    top_label: str = ""  # empty: "reward"
    threshold: float = 1.0  # a score below this is below target
    misses: tuple[MissRule, ...] = field(default_factory=lambda: (MissRule(2), MissRule(3)))
    appeal_days: int = 15
    cap: float = DEFAULT_SCORE_CAP

    @property
    def history_needed(self) -> int:
        """Earlier periods the longest miss rule looks back over."""
        return max((rule.periods for rule in self.misses), default=1) - 1

    def to_json(self) -> str:
        return json.dumps(
            {
                "granularity": self.granularity.value,
                "top_percent": self.top_percent,
                "top_label": self.top_label,
                "threshold": self.threshold,
                "misses": [{"periods": r.periods, "label": r.label} for r in self.misses],
                "appeal_days": self.appeal_days,
                "cap": self.cap,
            },
            ensure_ascii=False,
            sort_keys=True,
        )

    def label_of(self, flag: str) -> str:
        """The user's label for a flag code ('' when the built-in name applies)."""
        if flag == TOP_FLAG:
            return self.top_label
        for rule in self.misses:
            if rule.flag == flag:
                return rule.label
        return ""


DEFAULT_RULES = Rules()


def rules_from_json(text: str) -> Rules:
    """Rules from their stored JSON; keys missing fall back to the defaults (a file
    written by an older version keeps working). RulesError when a value is unusable."""
    try:
        data = json.loads(text)
    except (TypeError, ValueError):
        raise RulesError("rules_json") from None
    if not isinstance(data, dict):
        raise RulesError("rules_json")
    base = DEFAULT_RULES
    misses = data.get("misses")
    return check_rules(
        Rules(
            granularity=_granularity(data.get("granularity", base.granularity.value)),
            top_percent=_number(data.get("top_percent", base.top_percent), "top_percent"),
            top_label=_label(data.get("top_label", "")),
            threshold=_number(data.get("threshold", base.threshold), "threshold"),
            misses=base.misses if misses is None else _misses(misses),
            appeal_days=int(_number(data.get("appeal_days", base.appeal_days), "appeal_days")),
            cap=_number(data.get("cap", base.cap), "cap"),
        )
    )


def check_rules(rules: Rules) -> Rules:
    """The rules, or RulesError naming the first value out of bounds."""
    if rules.granularity not in (Granularity.MONTH, Granularity.QUARTER, Granularity.YEAR):
        raise RulesError("rules_granularity")
    if not 0 <= rules.top_percent <= 100:
        raise RulesError("top_percent")
    if not 0 < rules.threshold <= 10:
        raise RulesError("threshold")
    if not 0 <= rules.appeal_days <= 366 or rules.appeal_days != int(rules.appeal_days):
        raise RulesError("appeal_days")
    if not 1 <= rules.cap <= 10:
        raise RulesError("cap")
    counts = [rule.periods for rule in rules.misses]
    if any(not 1 <= n <= MAX_STREAK for n in counts):
        raise RulesError("miss_periods", limit=MAX_STREAK)
    if len(set(counts)) != len(counts):
        raise RulesError("miss_twice")
    for label in (rules.top_label, *(rule.label for rule in rules.misses)):
        _label(label)
    return rules


def _granularity(value: Any) -> Granularity:
    try:
        return Granularity(value)
    except ValueError:
        raise RulesError("rules_granularity") from None


def _number(value: Any, code: str) -> float:
    if isinstance(value, bool) or not isinstance(value, int | float) or not math.isfinite(value):
        raise RulesError(code)
    return float(value)


def _label(value: Any) -> str:
    if not isinstance(value, str):
        raise RulesError("label")
    text = value.strip()
    if len(text) > MAX_LABEL or any(ord(ch) < 32 for ch in text):
        raise RulesError("label")
    return text


def _misses(value: Any) -> tuple[MissRule, ...]:
    if not isinstance(value, list):
        raise RulesError("rules_json")
    found = []
    for item in value:
        if not isinstance(item, dict):
            raise RulesError("rules_json")
        periods = _number(item.get("periods"), "miss_periods")
        if periods != int(periods):
            raise RulesError("miss_periods", limit=MAX_STREAK)
        found.append(MissRule(int(periods), _label(item.get("label", ""))))
    return tuple(sorted(found, key=lambda rule: rule.periods))


# -- flags of a ranked period ----------------------------------------------------------
@dataclass(frozen=True)
class Judged:
    """A holder's score, rank and flags for one period under one set of rules."""

    score: float | None
    rank: int | None
    ranked: int
    flags: tuple[str, ...]
    streak: int  # consecutive periods below target, ending with this one


def flags_for(
    rules: Rules, rank: int | None, ranked: int, history: Sequence[float | None]
) -> tuple[tuple[str, ...], int]:
    """(flags, streak) for one holder: `history` is its scores oldest first, ending with
    the period judged. Only the longest miss rule reached is flagged (three quarters
    below target is an improvement plan, not also a warning)."""
    flags: list[str] = []
    if in_top(rank, ranked, rules.top_percent):
        flags.append(TOP_FLAG)
    streak = miss_streak(history, rules.threshold)
    reached = [rule for rule in rules.misses if rule.periods <= streak]
    if reached:
        flags.append(reached[-1].flag)
    return tuple(flags), streak


def judge(
    rules: Rules,
    ranks: Mapping[str, int],
    histories: Mapping[str, Sequence[float | None]],
) -> dict[str, Judged]:
    """Every holder of one ranking group judged: `histories[holder]` ends with the score
    of the period judged; `ranks` holds the ranked ones (see scoring.competition_ranks)."""
    ranked = len(ranks)
    result = {}
    for holder, history in histories.items():
        rank = ranks.get(holder)
        flags, streak = flags_for(rules, rank, ranked, history)
        score = history[-1] if history else None
        result[holder] = Judged(score, rank, ranked, flags, streak)
    return result


def parse_flags(text: str) -> tuple[str, ...]:
    """Flag codes from an evaluation's stored JSON array (unknown entries skipped)."""
    try:
        data = json.loads(text or "[]")
    except ValueError:
        return ()
    return tuple(item for item in data if isinstance(item, str)) if isinstance(data, list) else ()


def miss_count(flag: str) -> int | None:
    """2 for 'miss2'; None for any other flag."""
    if flag.startswith(MISS_PREFIX) and flag[len(MISS_PREFIX) :].isdigit():
        return int(flag[len(MISS_PREFIX) :])
    return None


# -- appeals -----------------------------------------------------------------------------
def appeal_deadline(frozen_on: datetime.date, rules: Rules) -> datetime.date:
    """The last day an appeal can be filed: `appeal_days` after the day of freezing."""
    return frozen_on + datetime.timedelta(days=rules.appeal_days)


def appeal_refusal(
    frozen: bool,
    frozen_on: datetime.date,
    filed_on: datetime.date,
    rules: Rules,
    open_appeals: int,
) -> tuple[str, dict[str, Any]] | None:
    """Why an appeal filed on `filed_on` is refused (code, params), or None to accept."""
    if not frozen:
        return "evaluation_not_frozen", {}
    if open_appeals:
        return "appeal_open", {}
    if filed_on < frozen_on:
        return "appeal_before_freeze", {"frozen": frozen_on.isoformat()}
    deadline = appeal_deadline(frozen_on, rules)
    if filed_on > deadline:
        return "appeal_too_late", {"days": rules.appeal_days, "deadline": deadline.isoformat()}
    return None


def effective_score(
    score: float | None, appeals: Sequence[tuple[str, float | None]]
) -> float | None:
    """The score that stands: the last revised appeal's score, else the frozen one.
    `appeals` are (status, revised score) in the order they were filed."""
    for status, revised in reversed(appeals):
        if status == "revised" and revised is not None:
            return revised
    return score
