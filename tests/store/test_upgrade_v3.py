"""Upgrading version 1 and 2 files (through version 3 to the current one) keeps every
value, note and id; the schema is the checked-in dump whichever way a file got there; rows
cross files without clashes."""

from __future__ import annotations

import json
import shutil
import sqlite3
from pathlib import Path

import pytest

from perfdesk.core.kpi_library import find, kpi_id
from perfdesk.store import ops
from perfdesk.store.document import Document, check_document
from perfdesk.store.repo_org import load_units
from perfdesk.store.schema import SCHEMA_VERSION

FIXTURES = Path(__file__).parents[1] / "fixtures"
SCHEMA_DUMP = Path(__file__).with_name("schema_v4.sql")


def schema_dump(path: Path) -> str:
    """sqlite_master as text: type, name and statement of everything, sorted by name."""
    conn = sqlite3.connect(path)
    try:
        rows = conn.execute(
            "SELECT type, name, sql FROM sqlite_master WHERE sql IS NOT NULL ORDER BY type, name"
        ).fetchall()
    finally:
        conn.close()
    return "".join(f"-- {kind} {name}\n{sql};\n\n" for kind, name, sql in rows)


def read(path: Path, sql: str) -> list[tuple[object, ...]]:
    conn = sqlite3.connect(path)
    try:
        return conn.execute(sql).fetchall()
    finally:
        conn.close()


def test_a_new_document_has_the_checked_in_schema(tmp_path: Path) -> None:
    path = tmp_path / "new.perfdesk"
    Document.create(path).close()
    # To refresh after a deliberate schema change: write schema_dump(path) to SCHEMA_DUMP.
    assert schema_dump(path) == SCHEMA_DUMP.read_text(encoding="utf-8")


@pytest.mark.parametrize("version", [1, 2, 3])
def test_an_upgraded_file_has_exactly_the_schema_of_a_new_one(tmp_path: Path, version: int) -> None:
    path = Path(shutil.copy(FIXTURES / f"v{version}.perfdesk", tmp_path / "old.perfdesk"))
    Document.open(path).close()
    assert schema_dump(path) == SCHEMA_DUMP.read_text(encoding="utf-8")
    assert check_document(path).ok


# What v2 held, read straight from the old tables, keyed by what each row is about.
OLD = {
    "org_units": "SELECT id, parent_id, kind, name, code, manager_id, sort_order, archived "
    "FROM org_units",
    "people": "SELECT id, unit_id, name, title, email, committee_role, archived FROM people",
    "goals": "SELECT g.id, g.parent_id, k.code, g.unit_id, g.person_id, g.period, g.title, "
    "g.weight, g.target, g.target_max, g.sort_order, g.archived "
    "FROM goals g JOIN kpis k ON k.id = g.kpi_id",
    "targets": "SELECT goal_id, period, target, locked FROM goal_targets",
    "actuals": "SELECT goal_id, period, value, nullif(note, '') FROM actuals",
    "notes": "SELECT goal_id, period, gap, internal_cause, external_cause, internal_measures, "
    "external_needs FROM deviation_notes",
    "meetings": "SELECT id, title, kind, date, start_time, planned_minutes, place, period, "
    "chair_id, secretary_id, status, started_at, ended_at, notes FROM meetings",
    "attendees": "SELECT meeting_id, person_id, attendance FROM meeting_attendees",
    "agenda": "SELECT id, meeting_id, position, kind, title, speaker_id, unit_id, "
    "planned_minutes, actual_seconds, started_at, ended_at, minutes FROM agenda_items",
    "issues": "SELECT id, meeting_id, agenda_item_id, description, cause, responsible_unit_id, "
    "owner_id, due_date, resource_request FROM issues",
    "actions": "SELECT a.id, a.issue_id, a.title, a.responsible_unit_id, a.owner_id, "
    "a.start_date, a.due_date, a.measures, k.code, a.goal_id, a.baseline, a.expected, "
    "replace(a.status, 'overdue', 'open'), a.status_reason "
    "FROM actions a LEFT JOIN kpis k ON k.id = a.kpi_id",
    "reports": "SELECT action_id, period, report_date, measured_value, progress, note "
    "FROM action_reports",
}
# The same facts read from the current tables (version 4 stores no 'overdue': it is
# derived from the due date, so such an action is 'open').
NEW = {
    **{k: OLD[k] for k in ("org_units", "people", "goals", "meetings", "agenda", "issues")},
    "actions": OLD["actions"],
    "targets": "SELECT g.id, v.period, v.target, v.locked FROM goal_values v "
    "JOIN goals g ON g.key = v.goal WHERE v.target IS NOT NULL",
    "actuals": "SELECT g.id, v.period, v.actual, v.note FROM goal_values v "
    "JOIN goals g ON g.key = v.goal WHERE v.actual IS NOT NULL",
    "notes": "SELECT g.id, n.period, n.gap, n.internal_cause, n.external_cause, "
    "n.internal_measures, n.external_needs FROM deviation_notes n JOIN goals g ON g.key = n.goal",
    "attendees": "SELECT meeting_id, person_id, attendance FROM meeting_attendees",
    "reports": OLD["reports"],
}


@pytest.mark.parametrize("version", [1, 2])
def test_every_value_note_and_id_survives_the_upgrade(tmp_path: Path, version: int) -> None:
    path = Path(shutil.copy(FIXTURES / f"v{version}.perfdesk", tmp_path / "old.perfdesk"))
    tables = {row[0] for row in read(path, "SELECT name FROM sqlite_master")}
    before = {
        what: sorted(read(path, sql), key=repr)
        for what, sql in OLD.items()
        if sql.split(" FROM ")[1].split()[0] in tables
    }
    old_meta = dict(read(path, "SELECT key, value FROM meta"))
    related = {
        issue: sorted(json.loads(ids))
        for issue, ids in (
            read(path, "SELECT id, related_unit_ids FROM issues") if "issues" in tables else []
        )
    }
    with Document.open(path) as doc:
        assert doc.document_id == old_meta["document_id"]
        assert doc.meta("name") == old_meta["name"]
    for what, rows in before.items():
        assert sorted(read(path, NEW[what]), key=repr) == rows, what
    assert sum(len(rows) for rows in before.values()) > 0
    after = {issue: [] for issue in related}
    for issue, unit in read(path, "SELECT issue_id, unit_id FROM issue_units"):
        after[issue].append(unit)
    assert {i: sorted(u) for i, u in after.items()} == related
    # Library KPIs now have the id of their code (the same in every file) and both languages.
    for kpi, code, name_zh, name_en in read(path, "SELECT id, code, name_zh, name_en FROM kpis"):
        if find(str(code)):
            assert kpi == kpi_id(str(code))
            assert name_zh and name_en
    assert read(path, "SELECT n, document_id FROM sources") == [(1, old_meta["document_id"])]


def test_stamps_become_milliseconds_of_the_old_times(tmp_path: Path) -> None:
    path = Path(shutil.copy(FIXTURES / "v2.perfdesk", tmp_path / "old.perfdesk"))
    old = dict(read(path, "SELECT id, updated_at FROM people"))
    Document.open(path).close()
    for person, stamp, source in read(path, "SELECT id, stamp, source FROM people"):
        assert source == 1
        assert stamp == 1794700800000 and old[person] == "2026-11-15T00:00:00.000000Z"
    clock = int(dict(read(path, "SELECT key, value FROM meta"))["clock"])
    assert clock >= max(r[0] for r in read(path, "SELECT stamp FROM goal_values"))


def test_rows_from_a_copy_go_into_the_original_without_a_clash(
    demo_zh: Path, tmp_path: Path
) -> None:
    """The exchange issue builds the real merge; this shows the v3 identity allows it."""
    copy = tmp_path / "dept.perfdesk"
    with Document.open(demo_zh) as original:
        original.save_copy(copy)
        goal = original.conn.execute("SELECT id FROM goals ORDER BY key LIMIT 1").fetchone()[0]
        sales = next(u.id for u in load_units(original.conn) if u.name == "销售部")
        kpi = kpi_id("sales_amount")
        ops.add_goal(original, kpi, "2027", 10, 100, unit_id=sales)  # takes the next key here
    with Document.open(copy) as dept:
        ops.add_org_unit(dept, "华东区", "region", sales)
        ops.set_actual(dept, goal, "2026-12", 123.0)
        new_goal = ops.add_goal(dept, kpi, "2027", 20, 100, unit_id=sales).row_id  # same key
        ops.set_actual(dept, str(new_goal), "2027-01", 5.0)
    conn = sqlite3.connect(demo_zh, isolation_level=None)
    conn.execute("PRAGMA foreign_keys = ON")
    conn.execute("ATTACH ? AS dept", (str(copy),))
    conn.execute("BEGIN IMMEDIATE")
    conn.execute(
        "INSERT OR IGNORE INTO sources (document_id, name, role, unit_id, first_seen) "
        "SELECT document_id, name, role, unit_id, first_seen FROM dept.sources"
    )
    conn.execute(
        "CREATE TEMP TABLE source_map AS SELECT d.n AS theirs, m.n AS ours "
        "FROM dept.sources d JOIN main.sources m ON m.document_id = d.document_id"
    )
    mapped = "(SELECT ours FROM source_map WHERE theirs = t.source)"
    conn.execute(
        "INSERT INTO org_units SELECT t.id, t.parent_id, t.kind, t.name, t.code, t.manager_id, "
        f"t.sort_order, t.archived, t.deleted, t.created, t.stamp, {mapped} "
        "FROM dept.org_units t WHERE true ON CONFLICT (id) DO UPDATE SET "
        "name = excluded.name, stamp = excluded.stamp, source = excluded.source"
    )
    conn.execute(
        "INSERT INTO goals (id, parent_id, kpi_id, unit_id, person_id, period, granularity, "
        "title, weight, target, target_max, sort_order, archived, deleted, created, stamp, "
        "source) SELECT t.id, t.parent_id, t.kpi_id, t.unit_id, t.person_id, t.period, "
        "t.granularity, t.title, t.weight, t.target, t.target_max, t.sort_order, t.archived, "
        f"t.deleted, t.created, t.stamp, {mapped} FROM dept.goals t "
        "WHERE t.id NOT IN (SELECT id FROM main.goals)"
    )
    conn.execute(
        "INSERT INTO goal_values (goal, period, target, target_max, actual, note, locked, "
        "stamp, source) SELECT g.key, t.period, t.target, t.target_max, t.actual, t.note, "
        f"t.locked, t.stamp, {mapped} FROM dept.goal_values t "
        "JOIN dept.goals d ON d.key = t.goal JOIN main.goals g ON g.id = d.id "
        "WHERE true ON CONFLICT (goal, period) DO UPDATE SET actual = excluded.actual, "
        "stamp = excluded.stamp, source = excluded.source WHERE excluded.stamp > stamp"
    )
    conn.execute("COMMIT")
    conn.close()
    assert check_document(demo_zh).ok
    with Document.open(demo_zh) as doc:
        values = dict(
            doc.conn.execute(
                "SELECT g.id || ' ' || v.period, v.actual FROM goal_values v "
                "JOIN goals g ON g.key = v.goal WHERE v.period IN ('2026-12', '2027-01') "
                "AND v.actual IS NOT NULL"
            ).fetchall()
        )
        assert values == {f"{goal} 2026-12": 123.0, f"{new_goal} 2027-01": 5.0}
        assert "华东区" in {u.name for u in load_units(doc.conn)}
        goals_2027 = doc.conn.execute("SELECT count(*) FROM goals WHERE period = '2027'")
        assert goals_2027.fetchone()[0] == 2  # both new goals, each under its own id


def test_an_upgrade_killed_halfway_leaves_the_old_file_and_finishes_next_time(
    tmp_path: Path,
) -> None:
    import subprocess
    import sys

    path = Path(shutil.copy(FIXTURES / "v2.perfdesk", tmp_path / "old.perfdesk"))
    old = read(path, "SELECT count(*), sum(value) FROM actuals")
    code = (
        "import os, sys\n"
        "from perfdesk.store import upgrade_v3\n"
        "from perfdesk.store.document import Document\n"
        "def die(*_args):\n"
        "    os.kill(os.getpid(), 9)  # power cut with most tables rebuilt\n"
        "upgrade_v3._issue_units = die\n"
        "Document.open(sys.argv[1])\n"
    )
    subprocess.run([sys.executable, "-c", code, str(path)], check=False, timeout=60)
    journal = path.with_name(path.name + "-journal")
    assert journal.exists()
    # The killed process left its claim: stale (it is gone), so it may be taken over.
    with Document.open(path, take_over=True) as doc:
        assert doc.schema_version == SCHEMA_VERSION
        new = doc.conn.execute("SELECT count(actual), sum(actual) FROM goal_values").fetchone()
    assert new == old[0]
    assert check_document(path).ok
    backups = sorted(p.name for p in tmp_path.iterdir() if p.name.endswith(".bak"))
    assert len(backups) <= 2  # one per attempt, each the untouched version-2 file
    for backup in backups:
        assert read(tmp_path / backup, "PRAGMA user_version") == [(2,)]
    assert not journal.exists()
