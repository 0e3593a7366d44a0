"""Reading scores, rankings, evaluation rules, evaluations, appeals and a person's archive.

Writes are in store/ops/evaluations.py. The arithmetic is core's (`core.scoring`,
`core.evaluation`); this module gathers goals and values for it in a few queries and
returns plain dataclasses, so the rankings view, the evaluation op and the printed
archive (the reports issue) all see the same numbers.
"""

from __future__ import annotations

import datetime
import functools
import math
import sqlite3
from collections import defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from typing import Any

from perfdesk.core.evaluation import (
    DEFAULT_RULES,
    DEFAULT_RULES_NAME,
    Rules,
    RulesError,
    effective_score,
    judge,
    parse_flags,
    rules_from_json,
)
from perfdesk.core.goals import Goal
from perfdesk.core.kpi import Aggregation, Kpi, capped_achievement
from perfdesk.core.periods import Granularity, Period, parse_period
from perfdesk.core.scoring import (
    NO_GOALS,
    Score,
    competition_ranks,
    entry_periods,
    goal_rate,
    holder_score,
    previous_periods,
    rate_from_sums,
)
from perfdesk.store.repo_goals import latest_actual_period
from perfdesk.store.repo_kpi import load_kpis
from perfdesk.store.validate import fetch_rows

PERSON = "person"  # the ranking group of people; units rank by their kind
_CHUNK = 500


# -- rules ---------------------------------------------------------------------------------
@dataclass(frozen=True)
class StoredRules:
    """A version of the evaluation rules; `id` None: the built-in defaults, never saved."""

    id: str | None
    name: str
    version: int
    rules: Rules
    created: int = 0  # stamp (ms) of the row


DEFAULT_STORED = StoredRules(None, DEFAULT_RULES_NAME, 0, DEFAULT_RULES)


def rule_versions(conn: sqlite3.Connection) -> list[StoredRules]:
    """Every stored version, newest first; unreadable JSON is skipped (never shown as
    rules it does not hold)."""
    found = []
    for row_id, name, version, text, created in conn.execute(
        "SELECT id, name, version, rules, created FROM evaluation_rules WHERE deleted = 0 "
        "ORDER BY version DESC, created DESC"
    ):
        try:
            found.append(StoredRules(row_id, name, version, rules_from_json(text), created))
        except RulesError:
            continue
    return found


def current_rules(conn: sqlite3.Connection) -> StoredRules:
    """The newest stored version, or the seeds' defaults when none is stored."""
    versions = rule_versions(conn)
    return versions[0] if versions else DEFAULT_STORED


def rules_by_id(conn: sqlite3.Connection, rule_id: str) -> StoredRules | None:
    row = conn.execute(
        "SELECT id, name, version, rules, created FROM evaluation_rules WHERE id = ?",
        (rule_id,),
    ).fetchone()
    if row is None:
        return None
    try:
        return StoredRules(row[0], row[1], row[2], rules_from_json(row[3]), row[4])
    except RulesError:
        return None


# -- holders and scores ------------------------------------------------------------------------
@dataclass(frozen=True)
class Holder:
    id: str
    name: str
    group: str  # PERSON or the unit's kind ('department', 'team', ...)
    unit_id: str  # the person's unit, or the unit itself


def holders(conn: sqlite3.Connection) -> dict[str, Holder]:
    """Every active person and unit below the company, by id."""
    found: dict[str, Holder] = {}
    for row in fetch_rows(
        conn,
        "SELECT id, name, kind, id FROM org_units WHERE deleted = 0 AND archived = 0 "
        "AND kind <> 'company' ORDER BY sort_order, name",
    ):
        found[row[0]] = Holder(row[0], row[1], row[2], row[3])
    for row in fetch_rows(
        conn,
        "SELECT id, name, unit_id FROM people WHERE deleted = 0 AND archived = 0 ORDER BY name",
    ):
        found[row[0]] = Holder(row[0], row[1], PERSON, row[2])
    return found


_GOAL_COLUMNS = (
    "id, kpi_id, period, target, weight, title, unit_id, person_id, parent_id, target_max, "
    "granularity"
)


@functools.lru_cache(maxsize=1024)  # the same quarters for every person an archive shows
def _covering_keys(period: Period) -> tuple[str, ...]:
    """The period and every coarser calendar period holding it (a goal set for any of
    them is scored over this period)."""
    keys = [period.key]
    for granularity in (Granularity.YEAR, Granularity.HALF, Granularity.QUARTER, Granularity.MONTH):
        if granularity.rank < period.granularity.rank:
            keys.append(period.parent(granularity).key)
    return tuple(keys)


def period_scores(
    conn: sqlite3.Connection,
    periods: Sequence[Period],
    cap: float,
    latest_month: str | None = None,
    owner_ids: Sequence[str] | None = None,
    kpis: dict[str, Kpi] | None = None,
) -> dict[str, dict[str, Score]]:
    """period key -> holder id -> Score, for every holder with goals covering the period
    (only `owner_ids`' when given).

    One query per period returns each goal with its totals over the period's entry
    periods to date (a goal's values are all at its own entry granularity, so the
    month, 旬 and week keys of the period can be asked for together); sums and averages
    are scored from those totals (`scoring.rate_from_sums`). A holder with a LAST or
    RATIO goal is judged period by period through `progress.goal_progress` instead.
    """
    if latest_month is None:
        latest_month = latest_actual_period(conn)
    kpis = load_kpis(conn) if kpis is None else kpis
    capped_achievement(1.0, cap)  # refuses a bad cap once, not per goal
    fast = (Aggregation.SUM, Aggregation.AVERAGE)
    result: dict[str, dict[str, Score]] = {}
    for period in periods:
        key = period.key
        entries = sorted(
            {
                entry
                for granularity in _ENTRY_GRANULARITIES
                for entry in entry_periods(period, granularity, latest_month)
            }
        )
        rows = _goal_totals(conn, _covering_keys(period), entries, owner_ids)
        items: dict[str, list[tuple[float, float | None]]] = defaultdict(list)
        slow: set[str] = set()
        for kpi_id, owner, weight, target_max, expected, paired, target, actual in rows:
            kpi = kpis.get(kpi_id)
            if kpi is None or kpi.aggregation not in fast:
                slow.add(owner)
                continue
            rate = rate_from_sums(kpi, expected, paired, target, actual, target_max, cap)
            items[owner].append((weight or 0.0, rate))
        if slow:
            items.update(_slow_items(conn, period, sorted(slow), entries, kpis, cap))
        result[key] = {owner: holder_score(held, cap) for owner, held in items.items()}
    return result


_ENTRY_GRANULARITIES = (Granularity.MONTH, Granularity.TEN_DAY, Granularity.WEEK)
# Per live goal of the periods: its holder and weight, the entry periods with a target,
# those with both, and the two sums over the latter. LEFT JOIN keeps goals without any
# value (unjudged) and the goals outside, each goal's few periods found in its key.
_TOTALS_SQL = """
SELECT g.kpi_id, coalesce(g.person_id, g.unit_id), g.weight, g.target_max,
       count(v.target),
       count(CASE WHEN v.target IS NOT NULL AND v.actual IS NOT NULL THEN 1 END),
       sum(CASE WHEN v.actual IS NOT NULL THEN v.target END),
       sum(CASE WHEN v.target IS NOT NULL THEN v.actual END)
FROM goals g LEFT JOIN goal_values v ON v.goal = g.key
  AND v.period BETWEEN (CASE WHEN g.granularity = 'week' THEN ? ELSE ? END)
                   AND (CASE WHEN g.granularity = 'week' THEN ? ELSE ? END)
  AND +v.period IN ({entries})
WHERE {where} AND g.deleted = 0 AND g.archived = 0
GROUP BY g.key
"""
# The BETWEEN lets each goal's run of values be found by one seek of the (goal, period)
# key: its month and 旬 keys sort together, its week keys apart. Probing the key for each
# of the ~25 entry periods (month, 旬 and week of a quarter) took twice as long. The IN
# (not used for the seek: "+") keeps exactly the entry periods.


def _bounds(entries: Sequence[str]) -> tuple[str | None, str | None, str | None, str | None]:
    """(week low, other low, week high, other high) of the entry periods, for _TOTALS_SQL."""
    weeks = [e for e in entries if "-W" in e]
    other = [e for e in entries if "-W" not in e]
    return (
        min(weeks, default=None),
        min(other, default=None),
        max(weeks, default=None),
        max(other, default=None),
    )


def _goal_totals(
    conn: sqlite3.Connection,
    goal_periods: Sequence[str],
    entries: Sequence[str],
    owner_ids: Sequence[str] | None,
) -> list[Any]:
    entry_marks = ",".join("?" * len(entries)) or "NULL"
    period_marks = ",".join("?" * len(goal_periods))
    where = f"g.period IN ({period_marks})"
    if owner_ids is None:
        sql = _TOTALS_SQL.format(entries=entry_marks, where=where)
        return fetch_rows(conn, sql, (*_bounds(entries), *entries, *goal_periods))
    rows = []
    for chunk in _chunks(list(owner_ids)):
        owners = ",".join("?" * len(chunk))
        # Each holder column through its own index (an OR of the two scanned every goal).
        sql = _TOTALS_SQL.format(
            entries=entry_marks,
            where=f"{where} AND g.key IN (SELECT key FROM goals WHERE person_id IN ({owners}) "
            f"UNION ALL SELECT key FROM goals WHERE unit_id IN ({owners}))",
        )
        rows += fetch_rows(conn, sql, (*_bounds(entries), *entries, *goal_periods, *chunk, *chunk))
    return rows


def _slow_items(
    conn: sqlite3.Connection,
    period: Period,
    owners: Sequence[str],
    entries: Sequence[str],
    kpis: dict[str, Kpi],
    cap: float,
) -> dict[str, list[tuple[float, float | None]]]:
    """(weight, rate) per goal of holders judged period by period (LAST, RATIO goals)."""
    goals = _goals(conn, _covering_keys(period), owners)
    targets, actuals = _values(conn, [g for g, _ in goals], entries)
    held: dict[str, list[Goal]] = defaultdict(list)
    for goal, _ in goals:
        held[goal.owner_id].append(goal)
    found: dict[str, list[tuple[float, float | None]]] = defaultdict(list)
    for goal, granularity in goals:
        kpi = kpis.get(goal.kpi_id)
        own = entry_periods(period, granularity, None)
        mine = [e for e in entries if e in own]
        rate = (
            None
            if kpi is None
            else goal_rate(goal, kpi, held[goal.owner_id], targets, actuals, mine, cap)
        )
        found[goal.owner_id].append((goal.weight, rate))
    return found


def _holder_scores(
    conn: sqlite3.Connection,
    periods: Sequence[Period],
    holder_id: str,
    cap: float,
    latest_month: str | None,
    kpis: dict[str, Kpi] | None = None,
) -> dict[str, dict[str, Score]]:
    """`period_scores` of one holder over many periods: its few goals and all their
    values read once. Sums and averages are scored from their totals over the period's
    entry periods (`scoring.rate_from_sums`, as `period_scores` does); LAST and RATIO
    goals period by period (core.progress)."""
    kpis = load_kpis(conn) if kpis is None else kpis
    covering = {p.key: _covering_keys(p) for p in periods}
    goals = _goals(conn, sorted({k for keys in covering.values() for k in keys}), [holder_id])
    entries = {
        (p.key, granularity): entry_periods(p, granularity, latest_month)
        for p in periods
        for granularity in {g for _, g in goals}
    }
    keys = sorted({e for found in entries.values() for e in found})
    targets, actuals = _values(conn, [g for g, _ in goals], keys)
    result: dict[str, dict[str, Score]] = {}
    for period in periods:
        key = period.key
        within = covering[key]
        held = [(g, granularity) for g, granularity in goals if g.period in within]
        if not held:
            continue
        same = [g for g, _ in held]
        items = []
        for goal, granularity in held:
            kpi = kpis.get(goal.kpi_id)
            mine = entries[(key, granularity)]
            if kpi is None:
                rate = None
            elif kpi.aggregation in _SUMMED:
                rate = _rate_from_values(goal, kpi, targets, actuals, mine, cap)
            else:
                rate = goal_rate(goal, kpi, same, targets, actuals, mine, cap)
            items.append((goal.weight, rate))
        result[key] = {holder_id: holder_score(items, cap)}
    return result


_SUMMED = (Aggregation.SUM, Aggregation.AVERAGE)


def _rate_from_values(
    goal: Goal,
    kpi: Kpi,
    targets: dict[tuple[str, str], float],
    actuals: dict[tuple[str, str], float],
    periods: Sequence[str],
    cap: float,
) -> float | None:
    """`goal_rate` of a SUM or AVERAGE goal over `periods`, from the totals of its values:
    the periods with a target, those with an actual too, and the two sums over the
    latter (math.fsum, as core.kpi.aggregate adds them)."""
    found = [(goal.id, p) for p in periods if (goal.id, p) in targets]
    paired = [at for at in found if at in actuals]
    if not paired:
        return rate_from_sums(kpi, len(found), 0, None, None, goal.target_max, cap)
    target = math.fsum(targets[at] for at in paired)
    actual = math.fsum(actuals[at] for at in paired)
    return rate_from_sums(kpi, len(found), len(paired), target, actual, goal.target_max, cap)


def _goals(
    conn: sqlite3.Connection, goal_periods: Sequence[str], owner_ids: Sequence[str] | None
) -> list[tuple[Goal, str]]:
    marks = ",".join("?" * len(goal_periods))
    live = f"period IN ({marks}) AND deleted = 0 AND archived = 0"
    if owner_ids is None:
        rows = fetch_rows(
            conn, f"SELECT {_GOAL_COLUMNS} FROM goals WHERE {live} ORDER BY key", goal_periods
        )
    else:
        rows = []
        for chunk in _chunks(list(owner_ids)):
            owners = ",".join("?" * len(chunk))
            rows += fetch_rows(
                conn,
                f"SELECT {_GOAL_COLUMNS} FROM goals WHERE {live} AND key IN (SELECT key "
                f"FROM goals WHERE person_id IN ({owners}) UNION ALL SELECT key FROM goals "
                f"WHERE unit_id IN ({owners})) ORDER BY key",
                (*goal_periods, *chunk, *chunk),
            )
    return [
        (
            Goal(
                id=r[0],
                kpi_id=r[1],
                period=r[2],
                target=r[3],
                weight=r[4] or 0.0,
                title=r[5] or "",
                unit_id=r[6],
                person_id=r[7],
                parent_id=r[8],
                target_max=r[9],
            ),
            r[10],
        )
        for r in rows
    ]


def _values(
    conn: sqlite3.Connection, goals: Sequence[Goal], keys: Sequence[str]
) -> tuple[dict[tuple[str, str], float], dict[tuple[str, str], float]]:
    """(targets, actuals) by (goal id, period) of `goals` over the period keys `keys`.

    Each goal's values found by one range of the (goal, period) key, not one probe per
    key (a person's archive asks for five years of months: 1.4 -> 0.8 ms)."""
    targets: dict[tuple[str, str], float] = {}
    actuals: dict[tuple[str, str], float] = {}
    if not keys or not goals:
        return targets, actuals
    value_marks = ",".join("?" * len(keys))
    for chunk in _chunks([g.id for g in goals]):
        goal_marks = ",".join("?" * len(chunk))
        for goal_id, period, target, actual in fetch_rows(
            conn,
            "SELECT g.id, v.period, v.target, v.actual FROM goals g "
            f"CROSS JOIN goal_values v ON v.goal = g.key WHERE g.id IN ({goal_marks}) "
            f"AND v.period BETWEEN ? AND ? AND +v.period IN ({value_marks})",
            (*chunk, min(keys), max(keys), *keys),
        ):
            if target is not None:
                targets[(goal_id, period)] = target
            if actual is not None:
                actuals[(goal_id, period)] = actual
    return targets, actuals


def _chunks(items: list[str]) -> Iterable[list[str]]:
    for start in range(0, len(items), _CHUNK):
        yield items[start : start + _CHUNK]


# -- rankings ----------------------------------------------------------------------------------
@dataclass(frozen=True)
class RankRow:
    holder: Holder
    score: Score
    rank: int | None
    ranked: int  # how many of its group have a rank
    previous_score: float | None
    previous_rank: int | None
    flags: tuple[str, ...]
    streak: int  # consecutive periods below target, this one included


@dataclass(frozen=True)
class Ranking:
    period: str
    previous: str
    rules: StoredRules
    latest_month: str | None
    rows: list[RankRow] = field(default_factory=list)

    def group(self, group: str) -> list[RankRow]:
        return [row for row in self.rows if row.holder.group == group]


def ranking(
    conn: sqlite3.Connection,
    period_key: str,
    stored: StoredRules | None = None,
    people: dict[str, Holder] | None = None,
) -> Ranking:
    """Every person and unit with goals for the period, scored, ranked within its group
    (people, departments, teams, ...) and flagged by the rules (the current ones unless
    given). Earlier periods count with their frozen evaluation's score where there is
    one (revised by an appeal where one was), else their live score."""
    stored = stored or current_rules(conn)
    rules = stored.rules
    period = parse_period(period_key)
    earlier = previous_periods(period, max(rules.history_needed, 1))
    all_periods = [*earlier, period]
    latest = latest_actual_period(conn)
    scores = period_scores(conn, all_periods, rules.cap, latest)
    frozen = frozen_scores(conn, [p.key for p in earlier])
    values = {
        p.key: {holder: score.value for holder, score in scores[p.key].items()} for p in all_periods
    }
    for (key, holder), value in frozen.items():
        values[key][holder] = value
    known = people if people is not None else holders(conn)
    current = scores[period.key]
    previous_key = earlier[-1].key
    rows: list[RankRow] = []
    groups: dict[str, list[str]] = defaultdict(list)
    for holder_id in current:
        if holder_id in known:
            groups[known[holder_id].group].append(holder_id)
    for members in groups.values():
        ranks = competition_ranks({h: current[h].value for h in members})
        previous_ranks = competition_ranks({h: values[previous_key].get(h) for h in members})
        histories = {h: [values[p.key].get(h) for p in all_periods] for h in members}
        judged = judge(rules, ranks, histories)
        for holder_id in members:
            verdict = judged[holder_id]
            rows.append(
                RankRow(
                    holder=known[holder_id],
                    score=current[holder_id],
                    rank=verdict.rank,
                    ranked=verdict.ranked,
                    previous_score=values[previous_key].get(holder_id),
                    previous_rank=previous_ranks.get(holder_id),
                    flags=verdict.flags,
                    streak=verdict.streak,
                )
            )
    rows.sort(key=lambda r: (r.holder.group, r.rank is None, r.rank or 0, r.holder.name))
    return Ranking(period.key, previous_key, stored, latest, rows)


# -- evaluations and appeals -----------------------------------------------------------------
@dataclass(frozen=True)
class AppealRow:
    id: str
    evaluation_id: str
    filed_on: datetime.date
    reason: str
    status: str
    outcome: str
    decided_on: datetime.date | None
    revised_score: float | None


@dataclass(frozen=True)
class EvaluationRow:
    id: str
    period: str
    holder_id: str
    holder_name: str
    is_person: bool
    score: float | None
    rank: int | None
    ranked: int | None
    flags: tuple[str, ...]
    rule_id: str
    rule_version: int
    frozen: bool
    frozen_on: datetime.date  # the day the row was written (its creation stamp)
    appeals: tuple[AppealRow, ...] = ()

    @property
    def effective_score(self) -> float | None:
        return effective_score(self.score, [(a.status, a.revised_score) for a in self.appeals])

    @property
    def open_appeal(self) -> AppealRow | None:
        return next((a for a in self.appeals if a.status == "open"), None)


_EVALUATION_SQL = """
SELECT e.id, e.period, coalesce(e.person_id, e.unit_id), coalesce(p.name, u.name, ''),
       e.person_id IS NOT NULL, e.score, e.rank, e.ranked, e.flags, e.rule_id,
       e.rule_version, e.frozen, e.created
FROM evaluations e
LEFT JOIN people p ON p.id = e.person_id
LEFT JOIN org_units u ON u.id = e.unit_id
WHERE e.deleted = 0 AND {where}
ORDER BY e.period, e.person_id IS NULL, e.rank IS NULL, e.rank, 4
"""


def stamp_date(stamp: int) -> datetime.date:
    """The local calendar day of a row stamp (milliseconds since the epoch)."""
    return datetime.datetime.fromtimestamp(stamp / 1000).date()


def evaluations(
    conn: sqlite3.Connection, period: str | None = None, holder_id: str | None = None
) -> list[EvaluationRow]:
    """Live evaluations of a period and/or a holder, with their appeals (filed order)."""
    clauses, params = ["1"], []
    if period is not None:
        clauses.append("e.period = ?")
        params.append(period)
    if holder_id is not None:
        clauses.append("(e.person_id = ? OR e.unit_id = ?)")
        params += [holder_id, holder_id]
    rows = fetch_rows(conn, _EVALUATION_SQL.format(where=" AND ".join(clauses)), params)
    appeals = _appeals(conn, [r[0] for r in rows])
    return [
        EvaluationRow(
            id=r[0],
            period=r[1],
            holder_id=r[2],
            holder_name=r[3],
            is_person=bool(r[4]),
            score=r[5],
            rank=r[6],
            ranked=r[7],
            flags=parse_flags(r[8]),
            rule_id=r[9],
            rule_version=r[10],
            frozen=bool(r[11]),
            frozen_on=stamp_date(r[12]),
            appeals=tuple(appeals.get(r[0], ())),
        )
        for r in rows
    ]


def evaluation(conn: sqlite3.Connection, evaluation_id: str) -> EvaluationRow | None:
    rows = fetch_rows(conn, _EVALUATION_SQL.format(where="e.id = ?"), (evaluation_id,))
    if not rows:
        return None
    r = rows[0]
    return EvaluationRow(
        r[0], r[1], r[2], r[3], bool(r[4]), r[5], r[6], r[7], parse_flags(r[8]), r[9], r[10],
        bool(r[11]), stamp_date(r[12]), tuple(_appeals(conn, [r[0]]).get(r[0], ())),
    )  # fmt: skip


def _appeals(conn: sqlite3.Connection, evaluation_ids: Sequence[str]) -> dict[str, list[AppealRow]]:
    found: dict[str, list[AppealRow]] = defaultdict(list)
    for chunk in _chunks(list(evaluation_ids)):
        marks = ",".join("?" * len(chunk))
        for r in fetch_rows(
            conn,
            "SELECT id, evaluation_id, filed_on, reason, status, outcome, decided_on, "
            f"revised_score FROM appeals WHERE deleted = 0 AND evaluation_id IN ({marks}) "
            "ORDER BY filed_on, created",
            chunk,
        ):
            found[r[1]].append(
                AppealRow(
                    r[0],
                    r[1],
                    datetime.date.fromisoformat(r[2]),
                    r[3],
                    r[4],
                    r[5] or "",
                    datetime.date.fromisoformat(r[6]) if r[6] else None,
                    r[7],
                )
            )
    return found


def frozen_periods(conn: sqlite3.Connection) -> set[str]:
    """The periods that have frozen evaluations."""
    return {
        r[0]
        for r in conn.execute(
            "SELECT DISTINCT period FROM evaluations WHERE deleted = 0 AND frozen = 1"
        )
    }


def frozen_scores(
    conn: sqlite3.Connection, periods: Sequence[str]
) -> dict[tuple[str, str], float | None]:
    """(period, holder) -> the score that stands in a frozen evaluation of those periods."""
    found: dict[tuple[str, str], float | None] = {}
    if not periods:
        return found
    marks = ",".join("?" * len(periods))
    appeals: dict[str, list[tuple[str, float | None]]] = defaultdict(list)
    for evaluation_id, status, revised in conn.execute(
        "SELECT a.evaluation_id, a.status, a.revised_score FROM appeals a "
        "JOIN evaluations e ON e.id = a.evaluation_id "
        f"WHERE a.deleted = 0 AND e.deleted = 0 AND e.period IN ({marks}) "
        "ORDER BY a.filed_on, a.created",
        tuple(periods),
    ):
        appeals[evaluation_id].append((status, revised))
    for evaluation_id, period, holder, score in conn.execute(
        "SELECT id, period, coalesce(person_id, unit_id), score FROM evaluations "
        f"WHERE deleted = 0 AND frozen = 1 AND period IN ({marks})",
        tuple(periods),
    ):
        found[(period, holder)] = effective_score(score, appeals.get(evaluation_id, []))
    return found


# -- the person archive (业绩跟踪档案) -----------------------------------------------------------
@dataclass(frozen=True)
class PeriodLine:
    period: str
    score: Score
    # From the period's frozen evaluation, when there is one (ranks are official only
    # once an evaluation froze them); None otherwise.
    rank: int | None = None
    ranked: int | None = None
    flags: tuple[str, ...] = ()
    evaluated: bool = False


@dataclass(frozen=True)
class IssueLine:
    id: str
    description: str
    cause: str
    meeting_title: str
    meeting_date: str
    due_date: str
    solution: str


@dataclass(frozen=True)
class ActionLine:
    id: str
    title: str
    status: str
    due_date: datetime.date | None
    expected: float | None
    result_value: float | None
    result_note: str
    verified_on: datetime.date | None


@dataclass(frozen=True)
class PersonArchive:
    """Everything the archive page (and its printed form) shows for one person."""

    person_id: str
    name: str
    title: str
    employee_no: str
    unit_id: str
    unit_name: str
    granularity: str
    periods: list[PeriodLine]
    evaluations: list[EvaluationRow]
    issues: list[IssueLine]
    actions: list[ActionLine]
    rules: dict[tuple[str, int], StoredRules]  # (rule id, version) -> the rules used


def person_archive(
    conn: sqlite3.Connection,
    person_id: str,
    granularity: Granularity | None = None,
    kpis: dict[str, Kpi] | None = None,
) -> PersonArchive | None:
    """The person's archive, or None when there is no such person. Periods are the
    rules' evaluation periods (quarters by default) of every year the person has goals,
    up to the latest month with actuals, newest first. `kpis`: every KPI by id, when
    the caller has them (the window does), else read here."""
    person = conn.execute(
        "SELECT p.name, p.title, coalesce(p.employee_no, ''), p.unit_id, coalesce(u.name, '') "
        "FROM people p LEFT JOIN org_units u ON u.id = p.unit_id WHERE p.id = ? AND p.deleted = 0",
        (person_id,),
    ).fetchone()
    if person is None:
        return None
    stored = current_rules(conn)
    granularity = granularity or stored.rules.granularity
    latest = latest_actual_period(conn)
    years = sorted(
        {
            int(r[0][:4])
            for r in conn.execute(
                "SELECT DISTINCT period FROM goals WHERE person_id = ? AND deleted = 0 "
                "AND archived = 0",
                (person_id,),
            )
        }
    )
    cut = parse_period(latest).end if latest else None
    periods = [
        p
        for year in years
        for p in (
            [Period(Granularity.YEAR, year)]
            if granularity is Granularity.YEAR
            else Period(Granularity.YEAR, year).children(granularity)
        )
        if cut is None or p.start <= cut
    ]
    scores = _holder_scores(conn, periods, person_id, stored.rules.cap, latest, kpis)
    evaluated = evaluations(conn, holder_id=person_id)
    by_period = {e.period: e for e in evaluated if e.frozen}
    lines = []
    for p in reversed(periods):
        found = by_period.get(p.key)
        lines.append(
            PeriodLine(
                p.key,
                scores.get(p.key, {}).get(person_id, NO_GOALS),
                found.rank if found else None,
                found.ranked if found else None,
                found.flags if found else (),
                found is not None,
            )
        )
    rules = {}
    for e in evaluated:
        if (e.rule_id, e.rule_version) not in rules:
            used = rules_by_id(conn, e.rule_id)
            if used is not None:
                rules[(e.rule_id, e.rule_version)] = used
    issues = [
        IssueLine(*r)
        for r in fetch_rows(
            conn,
            "SELECT i.id, i.description, coalesce(i.cause, ''), coalesce(m.title, ''), "
            "coalesce(m.date, ''), coalesce(i.due_date, ''), coalesce(i.solution, '') "
            "FROM issues i LEFT JOIN meetings m ON m.id = i.meeting_id "
            "WHERE i.responsible_unit_id = ? AND i.deleted = 0 "
            "ORDER BY m.date DESC, i.created",
            (person[3],),
        )
    ]
    actions = [
        ActionLine(
            r[0],
            r[1],
            r[2],
            _date(r[3]),
            r[4],
            r[5],
            r[6] or "",
            _date(r[7]),
        )
        for r in fetch_rows(
            conn,
            "SELECT id, title, status, due_date, expected, result_value, result_note, "
            "verified_on FROM actions WHERE owner_id = ? AND deleted = 0 "
            "ORDER BY due_date DESC, created",
            (person_id,),
        )
    ]
    return PersonArchive(
        person_id,
        person[0],
        person[1] or "",
        person[2],
        person[3],
        person[4],
        granularity.value,
        lines,
        evaluated,
        issues,
        actions,
        rules,
    )


def _date(text: str | None) -> datetime.date | None:
    return datetime.date.fromisoformat(text) if text else None
