"""Version 4: a version-3 file upgrades keeping every row, an action stored as overdue
becomes open (overdue is derived from its date), and the new rules hold in the file
itself: one running meeting, an ended meeting's issues and minutes frozen, a reopening
only after its logged event, append-only logs, frozen evaluations."""

from __future__ import annotations

import shutil
import sqlite3
from pathlib import Path

import pytest

from perfdesk.store.document import Document, check_document
from perfdesk.store.schema import SCHEMA_VERSION, tables

FIXTURES = Path(__file__).parents[1] / "fixtures"
V3_TABLES = (
    "org_units",
    "people",
    "kpis",
    "goals",
    "goal_values",
    "deviation_notes",
    "meetings",
    "meeting_attendees",
    "agenda_items",
    "issues",
    "issue_units",
    "actions",
    "action_reports",
)


def read_all(path: Path) -> dict[str, list[tuple[object, ...]]]:
    """Every v3 column of every v3 table, sorted; actions without status and stamp."""
    conn = sqlite3.connect(path)
    try:
        found = {}
        for table in V3_TABLES:
            columns = [r[1] for r in conn.execute(f"PRAGMA table_info({table})")]
            if table == "actions":
                columns = [c for c in columns if c not in ("status", "stamp", "source")]
            columns = [c for c in columns if c in V3_COLUMNS[table]]
            found[table] = sorted(
                conn.execute(f"SELECT {', '.join(columns)} FROM {table}").fetchall(), key=repr
            )
        return found
    finally:
        conn.close()


def v3_columns() -> dict[str, set[str]]:
    conn = sqlite3.connect(FIXTURES / "v3.perfdesk")
    try:
        return {t: {r[1] for r in conn.execute(f"PRAGMA table_info({t})")} for t in V3_TABLES}
    finally:
        conn.close()


V3_COLUMNS = v3_columns()


@pytest.fixture
def upgraded(tmp_path: Path) -> tuple[Path, dict[str, list[tuple[object, ...]]], dict]:
    path = Path(shutil.copy(FIXTURES / "v3.perfdesk", tmp_path / "old.perfdesk"))
    before = read_all(path)
    conn = sqlite3.connect(path)
    statuses = dict(conn.execute("SELECT id, status FROM actions").fetchall())
    conn.close()
    Document.open(path).close()
    return path, before, statuses


def test_every_v3_row_survives_and_overdue_becomes_open(upgraded) -> None:
    path, before, statuses = upgraded
    assert "overdue" in statuses.values()  # the fixture has one to move
    assert read_all(path) == before
    conn = sqlite3.connect(path)
    after = dict(conn.execute("SELECT id, status FROM actions").fetchall())
    assert conn.execute("PRAGMA user_version").fetchone()[0] == SCHEMA_VERSION
    conn.close()
    assert after == {k: "open" if v == "overdue" else v for k, v in statuses.items()}
    assert check_document(path).ok
    assert list(FIXTURES.glob("*.bak")) == []
    backups = list(path.parent.glob("old.perfdesk.v3-*.bak"))
    assert len(backups) == 1  # the untouched version-3 file beside it


def test_new_tables_exist_and_are_empty_after_the_upgrade(upgraded) -> None:
    path = upgraded[0]
    conn = sqlite3.connect(path)
    for table in ("meeting_events", "meeting_snapshots", "minute_entries", "action_history"):
        assert table in tables()
        assert conn.execute(f"SELECT count(*) FROM {table}").fetchone()[0] == 0
    conn.close()


def _conn(path: Path) -> sqlite3.Connection:
    conn = sqlite3.connect(path, isolation_level=None)
    conn.execute("PRAGMA foreign_keys = ON")
    return conn


def _ended_meeting(conn: sqlite3.Connection) -> str:
    return conn.execute("SELECT id FROM meetings WHERE status = 'ended' LIMIT 1").fetchone()[0]


def test_an_ended_meetings_issues_refuse_changes_but_not_archiving(upgraded) -> None:
    conn = _conn(upgraded[0])
    meeting = _ended_meeting(conn)
    issue = conn.execute("SELECT id FROM issues WHERE meeting_id = ?", (meeting,)).fetchone()[0]
    with pytest.raises(sqlite3.IntegrityError, match="frozen"):
        conn.execute("UPDATE issues SET description = 'changed' WHERE id = ?", (issue,))
    with pytest.raises(sqlite3.IntegrityError, match="frozen"):
        conn.execute(
            "INSERT INTO issues (id, meeting_id, description, cause, created, stamp, source) "
            "VALUES ('late', ?, 'late issue', 'internal', 1, 1, 1)",
            (meeting,),
        )
    conn.execute("UPDATE issues SET archived = 1, stamp = stamp + 1 WHERE id = ?", (issue,))


def test_a_meeting_is_reopened_only_after_its_logged_event(upgraded) -> None:
    conn = _conn(upgraded[0])
    meeting = _ended_meeting(conn)
    with pytest.raises(sqlite3.IntegrityError, match="frozen"):
        conn.execute("UPDATE meetings SET status = 'running' WHERE id = ?", (meeting,))
    conn.execute(
        "INSERT INTO meeting_events (meeting_id, seq, kind, at, stamp, source) "
        "VALUES (?, 0, 'end', 1000, 1, 1)",
        (meeting,),
    )
    conn.execute(
        "INSERT INTO meeting_events (meeting_id, seq, kind, at, stamp, source) "
        "VALUES (?, 1, 'reopen', 2000, 1, 1)",
        (meeting,),
    )
    conn.execute("UPDATE meetings SET status = 'running' WHERE id = ?", (meeting,))
    # Running: another meeting may not run at the same time.
    other = conn.execute(
        "SELECT id FROM meetings WHERE id <> ? AND status = 'ended'", (meeting,)
    ).fetchone()[0]
    conn.execute(
        "INSERT INTO meeting_events (meeting_id, seq, kind, at, stamp, source) "
        "VALUES (?, 0, 'reopen', 3000, 1, 1)",
        (other,),
    )
    with pytest.raises(sqlite3.IntegrityError, match="UNIQUE"):
        conn.execute("UPDATE meetings SET status = 'running' WHERE id = ?", (other,))


def test_the_logs_are_append_only(upgraded) -> None:
    conn = _conn(upgraded[0])
    meeting = conn.execute("SELECT id FROM meetings LIMIT 1").fetchone()[0]
    conn.execute(
        "INSERT INTO meeting_events (meeting_id, seq, kind, at, stamp, source) "
        "VALUES (?, 0, 'start', 1000, 1, 1)",
        (meeting,),
    )
    with pytest.raises(sqlite3.IntegrityError, match="append-only"):
        conn.execute("UPDATE meeting_events SET at = 5 WHERE meeting_id = ?", (meeting,))
    with pytest.raises(sqlite3.IntegrityError, match="append-only"):
        conn.execute("DELETE FROM meeting_events WHERE meeting_id = ?", (meeting,))
    conn.execute("UPDATE meeting_events SET stamp = 2 WHERE meeting_id = ?", (meeting,))
    action = conn.execute("SELECT id FROM actions LIMIT 1").fetchone()[0]
    conn.execute(
        "INSERT INTO action_history (action_id, seq, at, actor, from_status, to_status, "
        "reason, stamp, source) VALUES (?, 0, 1, '王经理', 'draft', 'submitted', '', 1, 1)",
        (action,),
    )
    with pytest.raises(sqlite3.IntegrityError, match="append-only"):
        conn.execute(
            "UPDATE action_history SET reason = 'rewritten' WHERE action_id = ?", (action,)
        )
    with pytest.raises(sqlite3.IntegrityError, match="CHECK"):
        conn.execute("UPDATE actions SET status = 'overdue' WHERE id = ?", (action,))


def test_a_frozen_evaluation_keeps_its_score(upgraded) -> None:
    conn = _conn(upgraded[0])
    person = conn.execute("SELECT id FROM people LIMIT 1").fetchone()[0]
    conn.execute(
        "INSERT INTO evaluation_rules (id, name, version, rules, created, stamp, source) "
        "VALUES ('r1', '默认规则', 1, '{\"top_share\": 0.1}', 1, 1, 1)"
    )
    conn.execute(
        "INSERT INTO evaluations (id, period, person_id, score, rank, ranked, flags, rule_id, "
        "rule_version, frozen, created, stamp, source) "
        "VALUES ('e1', '2026-Q3', ?, 92.5, 1, 10, '[\"top\"]', 'r1', 1, 1, 1, 1, 1)",
        (person,),
    )
    with pytest.raises(sqlite3.IntegrityError, match="frozen"):
        conn.execute("UPDATE evaluations SET score = 50 WHERE id = 'e1'")
    with pytest.raises(sqlite3.IntegrityError, match="CHECK"):
        conn.execute("UPDATE evaluation_rules SET rules = 'not json' WHERE id = 'r1'")
    conn.execute("UPDATE evaluations SET archived = 1 WHERE id = 'e1'")
