"""The person archive scores each period from its own read of the person's goals and
values (sums and averages from their totals); the rankings score the same periods with
one query per period. A person's archive must show the score the rankings rank."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

from perfdesk.core.periods import Granularity, Period, parse_period
from perfdesk.store import repo_evaluations


def test_every_persons_archive_scores_are_the_rankings_scores(demo_zh: Path) -> None:
    conn = sqlite3.connect(demo_zh)
    try:
        rules = repo_evaluations.current_rules(conn).rules
        people = [row[0] for row in conn.execute("SELECT id FROM people WHERE deleted = 0")]
        checked = 0
        for person in people:
            archive = repo_evaluations.person_archive(conn, person)
            assert archive is not None
            periods = [parse_period(line.period) for line in archive.periods]
            ranked = repo_evaluations.period_scores(conn, periods, rules.cap, owner_ids=[person])
            for line in archive.periods:
                expected = ranked.get(line.period, {}).get(person)
                if expected is None:  # no goal covers the period
                    assert line.score.goals == 0
                    continue
                # The query adds in SQLite, the archive with math.fsum: the last bit may differ.
                if expected.value is None:
                    assert line.score.value is None, (person, line.period)
                else:
                    assert line.score.value == pytest.approx(expected.value, rel=1e-12)
                assert line.score.goals == expected.goals, (person, line.period)
                assert line.score.missing_goals == expected.missing_goals
                checked += line.score.value is not None
        assert checked > 20  # scored periods, not only empty ones
    finally:
        conn.close()


def test_a_quarter_half_entered_is_not_scored(demo_zh: Path) -> None:
    """A target without its actual leaves the goal unjudged, as in the rankings."""
    conn = sqlite3.connect(demo_zh)
    try:
        person, goal_key, month = conn.execute(
            "SELECT g.person_id, g.key, max(v.period) FROM goals g JOIN goal_values v "
            "ON v.goal = g.key WHERE g.person_id IS NOT NULL AND v.actual IS NOT NULL "
            "AND v.target IS NOT NULL AND length(v.period) = 7 GROUP BY g.key LIMIT 1"
        ).fetchone()
        conn.execute(
            "UPDATE goal_values SET actual = NULL WHERE goal = ? AND period = ?", (goal_key, month)
        )
        quarter = Period.of(parse_period(month).start, Granularity.QUARTER).key
        archive = repo_evaluations.person_archive(conn, person)
        assert archive is not None
        (line,) = [p for p in archive.periods if p.period == quarter]
        assert line.score.value is None and line.score.missing_goals >= 1
    finally:
        conn.close()
