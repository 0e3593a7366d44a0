"""Values added up by one query for the Goals tab: progress to date (value_totals)
and last year's actual for SMART's A (month_actual_totals)."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

from perfdesk.core.smart import last_year_from_totals, last_year_value
from perfdesk.store import repo_goals
from perfdesk.store.repo_kpi import load_kpis


def test_totals_give_every_goal_the_value_of_its_months_one_by_one(demo_zh: Path) -> None:
    conn = sqlite3.connect(demo_zh)
    try:
        # Some months unreported and one last month missing, so "last" is not December.
        conn.execute(
            "UPDATE goal_values SET actual = NULL WHERE (goal % 3 = 0 AND period LIKE '%-12') "
            "OR (goal % 5 = 0 AND period LIKE '%-04')"
        )
        # And a KPI taken as the last month reported (none in the demo is).
        conn.execute(
            "UPDATE kpis SET aggregation = 'last' WHERE id = (SELECT k.id FROM kpis k "
            "JOIN goals g ON g.kpi_id = k.id WHERE k.aggregation = 'average' LIMIT 1)"
        )
        conn.commit()
        kpis = load_kpis(conn)
        goals = repo_goals.goals_by_id(
            conn, [r[0] for r in conn.execute("SELECT id FROM goals WHERE period = '2026'")]
        )
        assert len(goals) > 50
        months = [f"2026-{m:02d}" for m in range(1, 13)]
        totals = repo_goals.month_actual_totals(conn, sorted(goals), months)
        _targets, actuals = repo_goals.period_values(conn, sorted(goals), months)
        kinds = set()
        for goal in goals.values():
            kpi = kpis[goal.kpi_id]
            expected = last_year_value(kpi, [actuals.get((goal.id, m)) for m in months])
            got = last_year_from_totals(kpi, totals.get(goal.id))
            assert got == pytest.approx(expected), (goal.id, kpi.aggregation)
            if expected is not None:
                kinds.add(kpi.aggregation)
        assert len(kinds) == 3  # sums, averages and last values were compared
    finally:
        conn.close()


def test_progress_from_totals_equals_progress_month_by_month(demo_zh: Path) -> None:
    """The Goals tab's progress to date from value_totals (one query) is the progress
    core.progress gives from the months, for sums, averages and last values, with
    unreported months, months without a target, and a goal with no values at all."""
    from perfdesk.core.kpi import Aggregation
    from perfdesk.core.progress import goal_progress, progress_from_totals

    conn = sqlite3.connect(demo_zh)
    try:
        conn.execute(
            "UPDATE goal_values SET actual = NULL WHERE (goal % 3 = 0 AND period LIKE '%-09') "
            "OR (goal % 5 = 0 AND period LIKE '%-04')"
        )
        conn.execute(
            "UPDATE goal_values SET target = NULL WHERE goal % 7 = 0 AND period LIKE '%-02'"
        )
        conn.execute("DELETE FROM goal_values WHERE goal = (SELECT min(key) FROM goals)")
        conn.execute(
            "UPDATE kpis SET aggregation = 'last' WHERE id = (SELECT k.id FROM kpis k "
            "JOIN goals g ON g.kpi_id = k.id WHERE k.aggregation = 'average' LIMIT 1)"
        )
        conn.commit()
        kpis = load_kpis(conn)
        goals = repo_goals.goals_by_id(
            conn, [r[0] for r in conn.execute("SELECT id FROM goals WHERE period = '2026'")]
        )
        months = [f"2026-{m:02d}" for m in range(1, 11)]
        targets, actuals = repo_goals.period_values(conn, sorted(goals), months)
        totals = repo_goals.value_totals(conn, sorted(goals), months)
        kinds = set()
        for goal in goals.values():
            kpi = kpis[goal.kpi_id]
            if kpi.aggregation is Aggregation.RATIO:
                continue
            kinds.add(kpi.aggregation)
            want = goal_progress(goal, kpi, [goal], targets, actuals, months)
            got = progress_from_totals(
                kpi, *totals.get(goal.id, repo_goals.NO_VALUES), goal.target_max
            )
            assert got.status == want.status, goal.id
            assert got.missing_periods == want.missing_periods, goal.id
            assert got.target == pytest.approx(want.target), goal.id
            assert got.actual == pytest.approx(want.actual), goal.id
            assert got.achievement == pytest.approx(want.achievement), goal.id
        assert len(kinds) == 3
    finally:
        conn.close()
