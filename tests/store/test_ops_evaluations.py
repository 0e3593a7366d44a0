"""Freezing an evaluation, versioned rules, appeals in and out of their window, and undo.

A department with three people and one sales goal each for 2025 and 2026, monthly
targets of 100: their achievement is what each test sets as actuals.
"""

from __future__ import annotations

import dataclasses
import datetime
import sqlite3
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from perfdesk.core.evaluation import DEFAULT_RULES
from perfdesk.core.periods import parse_period
from perfdesk.store import ops, repo_evaluations
from perfdesk.store.document import Document
from perfdesk.store.ops import OpError

MONTHS_2025 = [f"2025-{m:02d}" for m in range(1, 13)]
MONTHS_2026 = [f"2026-{m:02d}" for m in range(1, 4)]


@dataclasses.dataclass
class Team:
    doc: Document
    people: dict[str, str]  # name -> id
    goals: dict[tuple[str, str], str]  # (name, year) -> goal id


@pytest.fixture
def team(tmp_path: Path) -> Iterator[Team]:
    with Document.create(tmp_path / "evals.perfdesk") as doc:
        company = ops.add_org_unit(doc, "华信科技", "company").row_id or ""
        dept = ops.add_org_unit(doc, "销售部", "department", company).row_id or ""
        kpi = ops.add_kpi(doc, "sales", "销售额").row_id or ""
        people = {name: ops.add_person(doc, name, dept).row_id or "" for name in ("甲", "乙", "丙")}
        goals = {}
        for name, person in people.items():
            for year in ("2025", "2026"):
                goals[(name, year)] = (
                    ops.add_goal(doc, kpi, year, 1200, 100, person_id=person).row_id or ""
                )
        ops.set_values(
            doc,
            [
                (goals[(name, month[:4])], month, "target", 100.0)
                for name in people
                for month in MONTHS_2025 + MONTHS_2026
            ],
        )
        with doc.transaction() as conn:
            conn.execute("UPDATE meta SET value = '2026-03' WHERE key = 'latest_actual_month'")
            conn.execute(
                "INSERT OR IGNORE INTO meta(key, value) VALUES ('latest_actual_month', '2026-03')"
            )
        yield Team(doc, people, goals)


def _actuals(team: Team, by_name: dict[str, float], months: list[str]) -> None:
    ops.set_values(
        team.doc,
        [(team.goals[(n, m[:4])], m, "actual", v) for n, v in by_name.items() for m in months],
    )


def _dump(doc: Document) -> list[tuple[Any, ...]]:
    rows: list[tuple[Any, ...]] = []
    for table in ("evaluation_rules", "evaluations", "appeals"):
        columns = [r[1] for r in doc.conn.execute(f"PRAGMA table_info({table})")]
        keep = ", ".join(c for c in columns if c not in ("stamp", "source", "created"))
        rows += sorted(doc.conn.execute(f"SELECT {keep} FROM {table} WHERE deleted = 0"))
    return rows


def _evaluation(team: Team, period: str, name: str) -> repo_evaluations.EvaluationRow:
    found = repo_evaluations.evaluations(team.doc.conn, period, team.people[name])
    assert len(found) == 1
    return found[0]


def test_evaluating_a_quarter_freezes_scores_ranks_and_flags(team: Team) -> None:
    _actuals(team, {"甲": 110, "乙": 110, "丙": 90}, MONTHS_2026)
    start = _dump(team.doc)
    step = ops.evaluate_period(team.doc, "2026-Q1")
    first, second, third = (_evaluation(team, "2026-Q1", n) for n in ("甲", "乙", "丙"))
    assert (first.rank, second.rank, third.rank) == (1, 1, 3)  # tied at the top
    assert first.flags == second.flags == ("top",)  # 10 % of 3 is at least one place
    assert first.score == pytest.approx(1.1) and first.frozen and first.rule_version == 1
    assert third.ranked == 3 and third.flags == ()  # one quarter below target: no flag yet
    # the seeds' defaults were stored as version 1
    stored = repo_evaluations.current_rules(team.doc.conn)
    assert (stored.version, stored.rules) == (1, DEFAULT_RULES)

    step.undo(team.doc)
    assert _dump(team.doc) == start


def test_a_frozen_evaluation_refuses_changes_and_a_second_evaluation(team: Team) -> None:
    _actuals(team, {"甲": 110, "乙": 100, "丙": 90}, MONTHS_2026)
    ops.evaluate_period(team.doc, "2026-Q1")
    frozen = _evaluation(team, "2026-Q1", "丙")
    with pytest.raises(sqlite3.IntegrityError, match="frozen"), team.doc.transaction() as conn:
        conn.execute("UPDATE evaluations SET score = 1.5 WHERE id = ?", (frozen.id,))
    with pytest.raises(OpError) as caught:
        ops.evaluate_period(team.doc, "2026-Q1")
    assert caught.value.code == "period_evaluated"
    # a later actual does not rewrite the frozen record
    _actuals(team, {"丙": 150}, MONTHS_2026)
    assert _evaluation(team, "2026-Q1", "丙").score == pytest.approx(0.9)


def test_two_quarters_below_target_across_the_year_end_are_flagged(team: Team) -> None:
    _actuals(team, {"甲": 110, "乙": 100, "丙": 95}, MONTHS_2025[9:] + MONTHS_2026)
    _actuals(team, {"甲": 110, "乙": 100, "丙": 101}, MONTHS_2025[6:9])
    ops.evaluate_period(team.doc, "2026-Q1")
    assert _evaluation(team, "2026-Q1", "丙").flags == ("miss2",)  # 2025-Q4 and 2026-Q1
    assert _evaluation(team, "2026-Q1", "乙").flags == ()  # exactly on target


def test_a_rule_change_is_a_new_version_and_history_keeps_the_old_one(team: Team) -> None:
    _actuals(team, {"甲": 110, "乙": 100, "丙": 90}, MONTHS_2026)
    ops.evaluate_period(team.doc, "2026-Q1")
    old = repo_evaluations.current_rules(team.doc.conn)
    start = _dump(team.doc)
    step = ops.save_rules(team.doc, dataclasses.replace(old.rules, top_percent=50, appeal_days=30))
    versions = repo_evaluations.rule_versions(team.doc.conn)
    assert [v.version for v in versions] == [2, 1]
    assert versions[1].rules == DEFAULT_RULES  # the old row is untouched
    assert _evaluation(team, "2026-Q1", "甲").rule_version == 1
    with pytest.raises(OpError) as caught:
        ops.save_rules(team.doc, versions[0].rules)
    assert caught.value.code == "rules_unchanged"
    step.undo(team.doc)
    assert _dump(team.doc) == start


def test_bad_rules_are_refused_by_the_op(team: Team) -> None:
    with pytest.raises(OpError) as caught:
        ops.save_rules(team.doc, dataclasses.replace(DEFAULT_RULES, top_percent=-1))
    assert caught.value.code == "bad_rules"


def _freeze_days_ago(team: Team, days: int) -> None:
    """Move the evaluations' freezing back (created is no content the trigger guards)."""
    then = datetime.datetime.now() - datetime.timedelta(days=days)
    with team.doc.transaction() as conn:
        conn.execute("UPDATE evaluations SET created = ?", (int(then.timestamp() * 1000),))


def test_an_appeal_within_the_window_is_filed_and_revised(team: Team) -> None:
    _actuals(team, {"甲": 110, "乙": 100, "丙": 90}, MONTHS_2026)
    ops.evaluate_period(team.doc, "2026-Q1")
    _freeze_days_ago(team, 15)
    target = _evaluation(team, "2026-Q1", "丙")
    start = _dump(team.doc)
    filed = ops.file_appeal(team.doc, target.id, "三月回款漏记", datetime.date.today())
    with pytest.raises(OpError) as caught:
        ops.file_appeal(team.doc, target.id, "再次申请")
    assert caught.value.code == "appeal_open"
    with pytest.raises(OpError) as caught:
        ops.decide_appeal(team.doc, filed.row_id or "", "revised")
    assert caught.value.code == "revised_needs_score"
    decided = ops.decide_appeal(team.doc, filed.row_id or "", "revised", "核实后更正", None, 0.98)
    after = _evaluation(team, "2026-Q1", "丙")
    assert after.score == pytest.approx(0.9)  # the frozen row is unchanged
    assert after.effective_score == pytest.approx(0.98)
    (appeal,) = after.appeals
    assert (appeal.status, appeal.outcome, appeal.decided_on) == (
        "revised",
        "核实后更正",
        datetime.date.today(),
    )
    with pytest.raises(OpError) as caught:
        ops.decide_appeal(team.doc, appeal.id, "upheld")
    assert caught.value.code == "appeal_decided"
    decided.undo(team.doc)
    assert _evaluation(team, "2026-Q1", "丙").appeals[0].status == "open"
    filed.undo(team.doc)
    assert _dump(team.doc) == start


def test_an_appeal_after_the_window_is_refused_with_the_deadline(team: Team) -> None:
    _actuals(team, {"甲": 110, "乙": 100, "丙": 90}, MONTHS_2026)
    ops.evaluate_period(team.doc, "2026-Q1")
    _freeze_days_ago(team, 16)
    target = _evaluation(team, "2026-Q1", "丙")
    before = _dump(team.doc)
    with pytest.raises(OpError) as caught:
        ops.file_appeal(team.doc, target.id, "太晚了")
    assert caught.value.code == "appeal_too_late"
    deadline = target.frozen_on + datetime.timedelta(days=15)
    assert caught.value.params == {"days": 15, "deadline": deadline.isoformat()}
    assert _dump(team.doc) == before


def test_ranking_lists_change_since_the_previous_quarter(team: Team) -> None:
    _actuals(team, {"甲": 90, "乙": 100, "丙": 110}, MONTHS_2025[9:])
    _actuals(team, {"甲": 110, "乙": 100, "丙": 90}, MONTHS_2026)
    ranking = repo_evaluations.ranking(team.doc.conn, "2026-Q1")
    by_name = {row.holder.name: row for row in ranking.rows}
    assert ranking.previous == "2025-Q4"
    assert (by_name["甲"].rank, by_name["甲"].previous_rank) == (1, 3)
    assert by_name["丙"].previous_score == pytest.approx(1.1)
    assert parse_period(ranking.period).key == "2026-Q1"


def test_scores_from_query_totals_equal_scores_month_by_month(demo_zh: Path) -> None:
    """On the demo: the totals path gives every holder the score core.progress gives."""
    from perfdesk.core.scoring import holder_score
    from perfdesk.store.repo_kpi import load_kpis

    conn = sqlite3.connect(demo_zh)
    try:
        kpis = load_kpis(conn)
        for key in ("2026-Q3", "2026-10", "2026"):
            period = parse_period(key)
            fast = repo_evaluations.period_scores(conn, [period], 1.2, "2026-10")[key]
            entries = sorted(
                e
                for g in ("month", "ten_day", "week")
                for e in repo_evaluations.entry_periods(period, g, "2026-10")
            )
            slow = repo_evaluations._slow_items(conn, period, sorted(fast), entries, kpis, 1.2)
            assert set(slow) == set(fast)
            for holder, items in slow.items():
                expected = holder_score(items, 1.2)
                assert fast[holder].missing_goals == expected.missing_goals
                assert fast[holder].value == pytest.approx(expected.value)
    finally:
        conn.close()


def test_scores_of_goals_entered_by_ten_day_and_week_match_month_by_month(
    demo_zh: Path,
) -> None:
    """The totals query seeks each goal's 旬 or week keys by range (repo_evaluations
    _TOTALS_SQL): goals entered by 旬 and by week score as core.progress scores them."""
    from perfdesk.core.periods import Granularity, Period
    from perfdesk.core.scoring import holder_score
    from perfdesk.store.repo_kpi import load_kpis

    conn = sqlite3.connect(demo_zh)
    try:
        goals = conn.execute(
            "SELECT g.key FROM goals g JOIN kpis k ON k.id = g.kpi_id "
            "WHERE g.period = '2026' AND k.aggregation = 'sum' ORDER BY g.key LIMIT 6"
        ).fetchall()
        for number, (key,) in enumerate(goals):
            kind = "ten_day" if number % 2 else "week"
            conn.execute("UPDATE goals SET granularity = ? WHERE key = ?", (kind, key))
            months = conn.execute(
                "SELECT period, target, actual, stamp, source FROM goal_values WHERE goal = ?",
                (key,),
            ).fetchall()
            conn.execute("DELETE FROM goal_values WHERE goal = ?", (key,))
            for month, target, actual, stamp, source in months:
                parts = Period(Granularity.MONTH, int(month[:4]), int(month[5:])).children(
                    Granularity.TEN_DAY if kind == "ten_day" else Granularity.WEEK
                )
                for part in parts:
                    conn.execute(
                        "INSERT OR IGNORE INTO goal_values (goal, period, target, actual, "
                        "stamp, source) VALUES (?, ?, ?, ?, ?, ?)",
                        (
                            key,
                            part.key,
                            None if target is None else target / len(parts),
                            None if actual is None else actual / len(parts),
                            stamp,
                            source,
                        ),
                    )
        conn.commit()
        kpis = load_kpis(conn)
        for period_key in ("2026-Q3", "2026-10", "2026-Q1", "2026"):
            period = parse_period(period_key)
            fast = repo_evaluations.period_scores(conn, [period], 1.2, "2026-10")[period_key]
            entries = sorted(
                e
                for g in ("month", "ten_day", "week")
                for e in repo_evaluations.entry_periods(period, g, "2026-10")
            )
            slow = repo_evaluations._slow_items(conn, period, sorted(fast), entries, kpis, 1.2)
            assert set(slow) == set(fast)
            for holder, items in slow.items():
                expected = holder_score(items, 1.2)
                assert fast[holder].missing_goals == expected.missing_goals
                assert fast[holder].value == pytest.approx(expected.value)
    finally:
        conn.close()
