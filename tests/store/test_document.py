"""Opening, creating, upgrading and refusing documents — never changing what we refuse."""

from __future__ import annotations

import hashlib
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

from perfdesk.store import document as document_module
from perfdesk.store.document import (
    DamagedFile,
    Document,
    DocumentError,
    NeedsRecovery,
    NeedsUpgrade,
    NewerFile,
    NotPerfdeskFile,
    ReadOnlyError,
    check_document,
    read_header,
)
from perfdesk.store.schema import APPLICATION_ID, SCHEMA_VERSION, tables


def digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def test_create_sets_application_id_version_and_identity(tmp_path: Path) -> None:
    path = tmp_path / "sales.perfdesk"
    with Document.create(path, name="销售部") as doc:
        assert doc.schema_version == SCHEMA_VERSION
        assert len(doc.document_id) == 36
        assert doc.meta("name") == "销售部"
    header = read_header(path)
    assert header.application_id == APPLICATION_ID
    assert header.user_version == SCHEMA_VERSION
    with Document.open(path) as doc:
        tables_found = {r[0] for r in doc.conn.execute("SELECT name FROM sqlite_master")}
        assert set(tables()) <= tables_found


def test_create_refuses_existing_file(tmp_path: Path) -> None:
    path = tmp_path / "x.perfdesk"
    path.write_text("keep me")
    with pytest.raises(DocumentError, match="already exists"):
        Document.create(path)
    assert path.read_text() == "keep me"


# Values are keyed by what they are about; entities by an id that never changes.
VALUE_KEYS = {
    "goal_values": ["goal", "period"],
    "deviation_notes": ["goal", "period"],
    "meeting_attendees": ["meeting_id", "person_id"],
    "issue_units": ["issue_id", "unit_id"],
    "action_reports": ["action_id", "period"],
    # Logs are keyed by their entity and a sequence number: appended, never rewritten.
    "meeting_events": ["meeting_id", "seq"],
    "meeting_snapshots": ["meeting_id", "goal_id"],
    "action_units": ["action_id", "unit_id"],
    "action_history": ["action_id", "seq"],
}


def test_entities_have_ids_values_natural_keys_and_every_row_a_stamp(tmp_path: Path) -> None:
    with Document.create(tmp_path / "a.perfdesk") as doc:
        for table in tables():
            if table in ("meta", "sources", "imports"):
                continue
            columns = {r[1]: r for r in doc.conn.execute(f"PRAGMA table_info({table})")}
            assert {"stamp", "source"} <= set(columns), table
            if table in VALUE_KEYS:
                key = sorted(columns, key=lambda c: columns[c][5])
                assert [c for c in key if columns[c][5]] == VALUE_KEYS[table], table
                assert "id" not in columns, f"{table} has a surrogate id"
                sql = doc.conn.execute(
                    "SELECT sql FROM sqlite_master WHERE name = ?", (table,)
                ).fetchone()[0]
                assert sql.endswith("WITHOUT ROWID"), table
            else:
                assert "id" in columns and {"created", "archived", "deleted"} <= set(columns)


def test_v1_file_is_upgraded_after_a_backup_and_keeps_its_data(v1_file: Path) -> None:
    original = digest(v1_file)
    with Document.open(v1_file) as doc:
        assert doc.schema_version == SCHEMA_VERSION
        goals = doc.conn.execute("SELECT count(*) FROM goals").fetchone()[0]
        actuals = doc.conn.execute("SELECT sum(actual) FROM goal_values").fetchone()[0]
        assert goals == 3
        assert actuals == pytest.approx(sum(90.0 + m for m in range(1, 12)))
        assert doc.conn.execute("SELECT count(*) FROM meetings").fetchone()[0] == 0
        assert doc.meta("name") == "销售部"
    backups = list(v1_file.parent.glob("old.perfdesk.v1-*.bak"))
    assert len(backups) == 1
    assert read_header(backups[0]).user_version == 1
    assert digest(backups[0]) == original


def test_failed_upgrade_leaves_the_file_as_it_was(
    v1_file: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    real_migrate = document_module.migrate

    def migrate_then_fail(conn: sqlite3.Connection, from_version: int) -> None:
        real_migrate(conn, from_version)
        raise RuntimeError("power cut")

    monkeypatch.setattr(document_module, "migrate", migrate_then_fail)
    before = digest(v1_file)
    with pytest.raises(DamagedFile, match="left unchanged"):
        Document.open(v1_file)
    assert read_header(v1_file).user_version == 1
    assert digest(v1_file) == before
    assert [p.name for p in v1_file.parent.iterdir()] == [v1_file.name]  # no stray backup
    conn = sqlite3.connect(v1_file)
    assert (
        conn.execute("SELECT count(*) FROM sqlite_master WHERE name = 'meetings'").fetchone()[0]
        == 0
    )
    conn.close()


def test_old_file_opened_read_only_is_refused_unchanged(v1_file: Path) -> None:
    before = digest(v1_file)
    with pytest.raises(NeedsUpgrade):
        Document.open(v1_file, read_only=True)
    assert digest(v1_file) == before


def test_foreign_sqlite_file_is_refused_unchanged(tmp_path: Path) -> None:
    path = tmp_path / "other.perfdesk"
    conn = sqlite3.connect(path)
    conn.execute("CREATE TABLE notes (body TEXT)")
    conn.commit()
    conn.close()
    before = digest(path)
    with pytest.raises(NotPerfdeskFile, match="another application"):
        Document.open(path)
    assert digest(path) == before


@pytest.mark.parametrize("content", [b"hello, this is text\n" * 20, b"PK\x03\x04zipfile", b"\x00"])
def test_non_sqlite_files_are_refused_unchanged(tmp_path: Path, content: bytes) -> None:
    path = tmp_path / "renamed.perfdesk"
    path.write_bytes(content)
    with pytest.raises(NotPerfdeskFile):
        Document.open(path)
    assert path.read_bytes() == content


def test_empty_file_is_damaged(tmp_path: Path) -> None:
    path = tmp_path / "empty.perfdesk"
    path.write_bytes(b"")
    with pytest.raises(DamagedFile, match="empty"):
        Document.open(path)
    assert path.read_bytes() == b""


@pytest.mark.parametrize("keep", [50, 100, 4096, 10_000, -1])
def test_truncated_file_is_refused_unchanged(demo_zh: Path, keep: int) -> None:
    data = demo_zh.read_bytes()
    cut = data[:keep] if keep > 0 else data[: len(data) // 2]
    demo_zh.write_bytes(cut)
    with pytest.raises(DamagedFile, match="truncated"):
        Document.open(demo_zh)
    assert demo_zh.read_bytes() == cut


def test_newer_file_is_refused_unchanged(tmp_path: Path) -> None:
    path = tmp_path / "future.perfdesk"
    Document.create(path).close()
    conn = sqlite3.connect(path)
    conn.execute(f"PRAGMA user_version = {SCHEMA_VERSION + 1}")
    conn.close()
    before = digest(path)
    with pytest.raises(NewerFile, match="newer perfdesk"):
        Document.open(path)
    assert digest(path) == before


def test_damaged_schema_page_is_refused(demo_zh: Path) -> None:
    data = bytearray(demo_zh.read_bytes())
    data[100:4096] = b"\xff" * (4096 - 100)  # wipe the schema table on page 1
    demo_zh.write_bytes(bytes(data))
    with pytest.raises(DamagedFile):
        Document.open(demo_zh)
    assert demo_zh.read_bytes() == bytes(data)


def test_missing_file_has_a_clear_message(tmp_path: Path) -> None:
    with pytest.raises(DocumentError, match="does not exist"):
        Document.open(tmp_path / "nowhere.perfdesk")


def test_transaction_rolls_back_on_error(tmp_path: Path) -> None:
    path = tmp_path / "t.perfdesk"
    with Document.create(path) as doc:
        with pytest.raises(RuntimeError), doc.transaction() as conn:
            conn.execute("INSERT INTO meta VALUES ('x', '1')")
            raise RuntimeError("bad input")
        assert doc.meta("x") == ""
        with doc.transaction() as conn:
            conn.execute("INSERT INTO meta VALUES ('y', '2')")
            with pytest.raises(RuntimeError), doc.transaction() as inner:
                inner.execute("INSERT INTO meta VALUES ('z', '3')")
                raise RuntimeError("inner step failed")
        assert doc.meta("y") == "2"
        assert doc.meta("z") == ""


def test_read_only_document_refuses_writes(demo_zh: Path) -> None:
    before = digest(demo_zh)
    with Document.open(demo_zh, read_only=True) as doc:
        assert doc.read_only
        with pytest.raises(ReadOnlyError), doc.transaction():
            pass
        with pytest.raises(sqlite3.OperationalError, match="readonly"):
            doc.conn.execute("DELETE FROM goal_values")
    assert digest(demo_zh) == before


def test_save_copy_is_a_consistent_document_with_its_own_identity(
    demo_zh: Path, tmp_path: Path
) -> None:
    with Document.open(demo_zh) as doc:
        original = doc.document_id
        copy = doc.save_copy(tmp_path / "copy.perfdesk")
    assert check_document(copy).ok
    counts, copied = check_document(demo_zh).counts, check_document(copy).counts
    assert {t: n for t, n in copied.items() if t not in ("sources", "meta")} == {
        t: n for t, n in counts.items() if t not in ("sources", "meta")
    }
    with Document.open(copy) as doc:
        assert doc.document_id != original
        assert doc.meta("forked_from") == original
        known = {r[0] for r in doc.conn.execute("SELECT document_id FROM sources")}
        assert known == {original, doc.document_id}
        with doc.transaction():
            assert doc.source == 2  # its edits are told apart from the original's
    assert [p.name for p in tmp_path.iterdir() if p.name.startswith(".")] == []


def test_no_journal_files_left_after_close(demo_zh: Path) -> None:
    with Document.open(demo_zh) as doc, doc.transaction() as conn:
        conn.execute("UPDATE meta SET value = 'renamed' WHERE key = 'name'")
    leftovers = [p.name for p in demo_zh.parent.iterdir() if p.name != demo_zh.name]
    assert leftovers == []


def test_check_reports_counts_and_damage(demo_zh: Path) -> None:
    result = check_document(demo_zh)
    assert result.ok and result.schema_version == SCHEMA_VERSION
    assert result.counts["people"] >= 50
    data = bytearray(demo_zh.read_bytes())
    # Scribble over the last page (actual data or index), keeping the header valid.
    data[-3000:-100] = b"\x07" * 2900
    demo_zh.write_bytes(bytes(data))
    damaged = check_document(demo_zh)
    assert not damaged.ok


def test_domain_and_store_do_not_import_qt_or_heavy_libraries(demo_zh: Path) -> None:
    code = (
        "import sys; from pathlib import Path\n"
        "import perfdesk.core.kpi, perfdesk.core.goals, perfdesk.core.periods, "
        "perfdesk.core.meeting, perfdesk.core.actions, perfdesk.core.progress\n"
        "from perfdesk.store.document import Document\n"
        "import perfdesk.store.repo_goals, perfdesk.store.repo_org, perfdesk.store.repo_kpi\n"
        "import perfdesk.store.repo_meetings, perfdesk.store.repo_actions\n"
        f"doc = Document.open(Path({str(demo_zh)!r}))\n"
        "bad = sorted({m.split('.')[0] for m in sys.modules} & "
        "{'PySide6', 'pandas', 'matplotlib', 'reportlab', 'sqlite_utils'})\n"
        "print(','.join(bad))\n"
    )
    result = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True
    )
    assert result.stdout.strip() == ""


def _crash_mid_change(path: Path) -> None:
    """A writer that dies (SIGKILL) halfway through a big change, leaving a hot journal."""
    code = (
        "import os, sqlite3, sys\n"
        "c = sqlite3.connect(sys.argv[1], isolation_level=None)\n"
        "c.execute('PRAGMA cache_size = 5')  # spill changed pages into the file\n"
        "c.execute('BEGIN')\n"
        "c.execute('UPDATE goal_values SET actual = actual + 1')\n"
        "c.execute('DELETE FROM deviation_notes')\n"
        "c.execute('UPDATE goal_values SET target = NULL')\n"
        "os.kill(os.getpid(), 9)\n"
    )
    subprocess.run([sys.executable, "-c", code, str(path)], check=False)


def _totals(path: Path) -> tuple[object, ...]:
    conn = sqlite3.connect(path)
    try:
        return conn.execute(
            "SELECT (SELECT sum(actual) FROM goal_values), (SELECT count(target) FROM goal_values)"
        ).fetchone()
    finally:
        conn.close()


def test_change_cut_off_by_a_crash_is_undone_on_open(demo_zh: Path) -> None:
    before = _totals(demo_zh)
    _crash_mid_change(demo_zh)
    journal = demo_zh.with_name(demo_zh.name + "-journal")
    assert journal.stat().st_size > 0
    with Document.open(demo_zh) as doc:
        assert doc.conn.execute("SELECT count(target) FROM goal_values").fetchone()[0] == before[1]
    assert _totals(demo_zh) == before
    assert not journal.exists()


def test_read_only_open_after_a_crash_explains_instead_of_calling_it_damaged(
    demo_zh: Path,
) -> None:
    _crash_mid_change(demo_zh)
    journal = demo_zh.with_name(demo_zh.name + "-journal")
    file_bytes, journal_bytes = digest(demo_zh), digest(journal)
    with pytest.raises(NeedsRecovery, match="cut off"):
        Document.open(demo_zh, read_only=True)
    with pytest.raises(NeedsRecovery):
        check_document(demo_zh)
    assert (digest(demo_zh), digest(journal)) == (file_bytes, journal_bytes)
