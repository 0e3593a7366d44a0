"""month_actual_totals: a year of actuals added up by one query (last year's, for SMART's A)."""

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
