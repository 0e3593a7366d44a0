"""goal_heads: the light rows the KPI grid lists before fetching values."""

from __future__ import annotations

from pathlib import Path

from perfdesk.store import repo_goals
from perfdesk.store.document import Document


def test_goal_heads_match_the_full_goals_for_few_and_many_holders(
    demo_zh: Path, monkeypatch
) -> None:  # type: ignore[no-untyped-def]
    doc = Document.open(demo_zh, read_only=True)
    try:
        conn = doc.conn
        year = conn.execute("SELECT max(period) FROM goals WHERE length(period) = 4").fetchone()[0]
        owners = [
            r[0]
            for r in conn.execute(
                "SELECT DISTINCT coalesce(person_id, unit_id) FROM goals WHERE period = ?", (year,)
            )
        ][::-1]
        full = repo_goals.goals_of_owners(conn, owners, year)
        want = [(g.id, g.kpi_id, g.owner_id, g.target) for g in full]
        for chunk in (500, 3):  # indexed lookups, then the one-scan path
            monkeypatch.setattr(repo_goals, "_CHUNK", chunk)
            heads = repo_goals.goal_heads(conn, owners, year)
            assert [(h.id, h.kpi_id, h.owner_id, h.target) for h in heads] == want
        assert repo_goals.goal_heads(conn, owners[:1], year) == [
            h for h in heads if h.owner_id == owners[0]
        ]
    finally:
        doc.close()


def test_first_goal_year_is_the_earliest_live_goal_of_a_unit_or_a_person(
    demo_zh: Path, tmp_path: Path
) -> None:
    import shutil
    import sqlite3

    path = tmp_path / "years.perfdesk"
    shutil.copy(demo_zh, path)
    conn = sqlite3.connect(path)
    try:
        assert repo_goals.first_goal_year(conn) == 2026
        person_goal, unit_goal, other_unit_goal = (
            conn.execute("SELECT key FROM goals WHERE person_id IS NOT NULL").fetchone()[0],
            *(r[0] for r in conn.execute("SELECT key FROM goals WHERE unit_id IS NOT NULL")),
        )[:3]
        conn.execute("UPDATE goals SET period = '2019' WHERE key = ?", (person_goal,))
        conn.execute("UPDATE goals SET period = '2018', deleted = 1 WHERE key = ?", (unit_goal,))
        assert repo_goals.first_goal_year(conn) == 2019  # a deleted goal does not count
        conn.execute("UPDATE goals SET period = '2017-Q3' WHERE key = ?", (other_unit_goal,))
        assert repo_goals.first_goal_year(conn) == 2017
        conn.execute("UPDATE goals SET deleted = 1")
        assert repo_goals.first_goal_year(conn) is None
    finally:
        conn.close()
