"""The bad-file corpus: every file gets a specific, true message from open and from check,
the two agree, and a refused file keeps every byte (sha256 before and after).

Files are made outside the app the way another tool or a hand edit would: wrong enums,
renamed columns, text in number columns, BLOB names, invalid UTF-8, missing tables,
schema version 0 or newer, broken references, stray journals, WAL leftovers.
"""

from __future__ import annotations

import hashlib
import shutil
import sqlite3
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path

import pytest

from perfdesk.store import document as document_module
from perfdesk.store.document import (
    DamagedFile,
    Document,
    DocumentError,
    NeedsRecovery,
    NewerFile,
    check_document,
)
from perfdesk.store.fileinfo import Journal, WriterState, journal_state, writer_state
from perfdesk.store.schema import APPLICATION_ID
from perfdesk.store.validate import row_problems, text_problems

FIXTURES = Path(__file__).parents[1] / "fixtures"


def digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def folder_listing(path: Path) -> list[str]:
    return sorted(p.name for p in path.parent.iterdir())


def hand_edit(path: Path, *statements: str) -> None:
    """Change a file the way a hand edit with another tool would: no checks, no stamps."""
    conn = sqlite3.connect(path, isolation_level=None)
    conn.execute("PRAGMA ignore_check_constraints = ON")
    conn.execute("PRAGMA foreign_keys = OFF")
    conn.execute("PRAGMA writable_schema = OFF")
    for statement in statements:
        conn.execute(statement)
    conn.close()


# -- version-2 files that cannot be upgraded: refused unchanged, no stray backup ------
V2_CASES: dict[str, tuple[tuple[str, ...], str]] = {
    "wrong enum": (("UPDATE kpis SET direction = 'sideways' WHERE rowid = 1",), "kpis"),
    "unknown unit kind": (
        ("UPDATE org_units SET kind = 'branch' WHERE kind = 'team' AND rowid = 3",),
        "org_units",
    ),
    "text in a number column": (
        ("UPDATE actuals SET value = 'lots' WHERE rowid = 1",),
        "goal_values",
    ),
    "BLOB name": (("UPDATE people SET name = x'00ff10' WHERE rowid = 1",), "people"),
    "broken reference": (
        ("UPDATE actions SET owner_id = 'nobody' WHERE rowid = 1",),
        "-> people",
    ),
    "invalid UTF-8": (
        ("UPDATE people SET name = CAST(x'e98080ff41' AS TEXT) WHERE rowid = 2",),
        "not UTF-8: people.name",
    ),
    "missing table": (("DROP TABLE deviation_notes",), "missing table: deviation_notes"),
    "renamed column": (
        ("ALTER TABLE actions RENAME COLUMN due_date TO deadline",),
        "missing column: actions.due_date",
    ),
}


@pytest.fixture
def v2_file(tmp_path: Path) -> Path:
    return Path(shutil.copy(FIXTURES / "v2.perfdesk", tmp_path / "dept.perfdesk"))


@pytest.mark.parametrize("case", V2_CASES, ids=list(V2_CASES))
def test_a_v2_file_that_cannot_be_upgraded_is_refused_unchanged(v2_file: Path, case: str) -> None:
    statements, said = V2_CASES[case]
    hand_edit(v2_file, *statements)
    before, listing = digest(v2_file), folder_listing(v2_file)
    result = check_document(v2_file)
    assert not result.ok and any(said in p for p in result.problems), result.problems
    with pytest.raises(DamagedFile) as refused:
        Document.open(v2_file)
    assert said in refused.value.message
    assert "not changed" in refused.value.message or "unchanged" in refused.value.message
    assert digest(v2_file) == before
    assert folder_listing(v2_file) == listing  # no .bak, no journal, nothing


# -- current files changed by hand ----------------------------------------------------
def _enum(path: Path) -> None:
    hand_edit(path, "UPDATE kpis SET direction = 'sideways' WHERE code = 'csat'")


def _text_number(path: Path) -> None:
    hand_edit(path, "UPDATE goal_values SET actual = 'lots' WHERE goal = 1 AND period = '2026-01'")


def _blob_name(path: Path) -> None:
    hand_edit(path, "UPDATE people SET name = x'00ff10' WHERE rowid = 1")


def _broken_reference(path: Path) -> None:
    hand_edit(path, "UPDATE actions SET owner_id = 'nobody' WHERE rowid = 1")


def _bad_utf8(path: Path) -> None:
    hand_edit(path, "UPDATE org_units SET name = CAST(x'e98080ff41' AS TEXT) WHERE rowid = 2")


# (make it bad, what check says, whether opening refuses it at once)
V3_CASES: dict[str, tuple[Callable[[Path], None], str, bool]] = {
    "wrong enum": (_enum, "CHECK constraint failed in kpis", False),
    "text in a number column": (_text_number, "CHECK constraint failed", False),
    "BLOB name": (_blob_name, "CHECK constraint failed in people", False),
    "broken reference": (_broken_reference, "broken reference: actions", False),
    "invalid UTF-8": (_bad_utf8, "not UTF-8: org_units.name (1 rows)", False),
    "renamed column": (
        lambda p: hand_edit(p, "ALTER TABLE goals RENAME COLUMN weight TO share"),
        "not as perfdesk makes it: goals",
        True,
    ),
    "missing table": (
        lambda p: hand_edit(p, "DROP TABLE issue_units"),
        "missing from the schema: issue_units",
        True,
    ),
    "table without its checks": (
        lambda p: hand_edit(
            p,
            "CREATE TABLE t AS SELECT * FROM meta",
            "DROP TABLE meta",
            "ALTER TABLE t RENAME TO meta",
        ),
        "not as perfdesk makes it: meta",
        True,
    ),
    "dropped trigger": (
        lambda p: hand_edit(p, "DROP TRIGGER meetings_frozen_update"),
        "missing from the schema: meetings_frozen_update",
        True,
    ),
}


@pytest.mark.parametrize("case", V3_CASES, ids=list(V3_CASES))
def test_a_current_file_changed_by_hand_gets_a_true_message(demo_zh: Path, case: str) -> None:
    make_bad, said, refused_at_open = V3_CASES[case]
    make_bad(demo_zh)
    before, listing = digest(demo_zh), folder_listing(demo_zh)
    result = check_document(demo_zh)
    assert not result.ok and any(said in p for p in result.problems), result.problems
    if refused_at_open:
        with pytest.raises(DamagedFile, match="not the ones perfdesk writes"):
            Document.open(demo_zh)
    else:
        # Row damage shows when rows are read: the window verifies in the background
        # after the first paint (the same row and text checks), and reading never raises.
        with Document.open(demo_zh, read_only=True) as doc:
            problems = row_problems(doc.conn) + text_problems(doc.conn)
            assert any(said in p for p in problems), problems
            names = [r[0] for r in doc.conn.execute("SELECT name FROM org_units")]
            assert all(isinstance(n, str) for n in names)
    assert digest(demo_zh) == before
    assert folder_listing(demo_zh) == listing


def test_invalid_utf8_reads_as_replacement_characters(demo_zh: Path) -> None:
    _bad_utf8(demo_zh)
    with Document.open(demo_zh, read_only=True) as doc:
        from perfdesk.store.repo_org import load_units

        assert any("\ufffd" in unit.name for unit in load_units(doc.conn))


def test_schema_version_zero_and_newer_files_agree(tmp_path: Path) -> None:
    never = tmp_path / "never.perfdesk"
    conn = sqlite3.connect(never)
    conn.execute(f"PRAGMA application_id = {APPLICATION_ID}")
    conn.execute("CREATE TABLE x (y)")
    conn.close()
    before = digest(never)
    assert check_document(never).problems == ["no schema: the file was never finished"]
    with pytest.raises(DamagedFile, match="never finished"):
        Document.open(never)
    assert digest(never) == before

    newer = tmp_path / "newer.perfdesk"
    Document.create(newer).close()
    hand_edit(newer, "PRAGMA user_version = 99")
    before = digest(newer)
    for attempt in (check_document, Document.open):
        with pytest.raises(NewerFile, match="schema version 99"):
            attempt(newer)
    assert digest(newer) == before


# -- journals ---------------------------------------------------------------------------
def _crash_mid_change(path: Path) -> None:
    """A writer killed (SIGKILL) halfway through a big change: a hot journal is left."""
    code = (
        "import os, sqlite3, sys\n"
        "c = sqlite3.connect(sys.argv[1], isolation_level=None)\n"
        "c.execute('PRAGMA cache_size = 5')  # spill changed pages into the file\n"
        "c.execute('PRAGMA ignore_check_constraints = ON')\n"
        "c.execute('BEGIN')\n"
        "c.execute('UPDATE goal_values SET actual = actual + 1, note = hex(randomblob(50))')\n"
        "os.kill(os.getpid(), 9)\n"
    )
    subprocess.run([sys.executable, "-c", code, str(path)], check=False)


def test_a_zeroed_journal_is_no_interrupted_change(demo_zh: Path) -> None:
    journal = demo_zh.with_name(demo_zh.name + "-journal")
    journal.write_bytes(b"\x00" * 4096)  # a writer killed before it wrote its header
    before = digest(demo_zh)
    assert journal_state(demo_zh) is Journal.STALE
    assert writer_state(demo_zh) is WriterState.IDLE
    assert check_document(demo_zh).ok
    with Document.open(demo_zh, read_only=True):
        pass
    assert journal.exists() and digest(demo_zh) == before
    with Document.open(demo_zh):
        assert not journal.exists()  # removed under the write lock
    assert digest(demo_zh) == before


def test_another_files_hot_journal_never_damages_this_one(
    demo_zh: Path, demo_zh_master: Path, tmp_path: Path
) -> None:
    other = Path(shutil.copy(demo_zh_master, tmp_path / "other.perfdesk"))
    hand_edit(other, "UPDATE goals SET title = 'x' || title")  # same schema, other pages
    hand_edit(other, "VACUUM")
    _crash_mid_change(other)
    stray = other.with_name(other.name + "-journal")
    assert journal_state(other) is Journal.VALID
    # The other file's journal ends up beside this file (copied together, renamed...).
    journal = demo_zh.with_name(demo_zh.name + "-journal")
    shutil.copy(stray, journal)
    before = digest(demo_zh)
    with pytest.raises(NeedsRecovery):
        check_document(demo_zh)
    try:
        doc = Document.open(demo_zh)
    except DamagedFile as refused:
        assert "does not belong to it" in refused.message
        assert digest(demo_zh) == before  # put back as it was
        assert not journal.exists()
        kept = [p for p in demo_zh.parent.iterdir() if ".rejected-" in p.name]
        assert len(kept) == 1 and digest(kept[0]) == digest(stray)
    else:
        # SQLite's rollback happened to give a sound file; it must really be sound.
        doc.close()
        assert check_document(demo_zh).ok
    assert not [p for p in demo_zh.parent.iterdir() if ".recovery-" in p.name]


def test_an_interrupted_change_is_undone_after_a_copy_aside(demo_zh: Path) -> None:
    conn = sqlite3.connect(demo_zh)
    before = conn.execute("SELECT sum(actual), count(note) FROM goal_values").fetchone()
    conn.close()
    _crash_mid_change(demo_zh)
    assert writer_state(demo_zh) is WriterState.INTERRUPTED
    with Document.open(demo_zh) as doc:
        now = doc.conn.execute("SELECT sum(actual), count(note) FROM goal_values").fetchone()
        assert now == before
    assert check_document(demo_zh).ok
    assert folder_listing(demo_zh) == [demo_zh.name]


def test_a_writer_saving_right_now_is_not_an_interrupted_change(demo_zh: Path) -> None:
    writer = sqlite3.connect(demo_zh, isolation_level=None)
    writer.execute("BEGIN IMMEDIATE")
    writer.execute("UPDATE meta SET value = 'renamed' WHERE key = 'name'")
    try:  # a change not yet written into the file: reading sees the last saved state
        assert writer_state(demo_zh) is WriterState.IDLE
        assert check_document(demo_zh).ok
        writer.execute("PRAGMA cache_size = 5")  # now it spills pages: it holds the file
        writer.execute("UPDATE goal_values SET note = hex(randomblob(40))")
        assert journal_state(demo_zh) is Journal.VALID
        assert writer_state(demo_zh) is WriterState.SAVING
        with pytest.raises(DocumentError, match="saving it right now"):
            check_document(demo_zh)
        with pytest.raises(DocumentError, match="saving it right now"):
            Document.open(demo_zh, read_only=True)
    finally:
        writer.execute("ROLLBACK")
        writer.close()
    assert check_document(demo_zh).ok


# -- WAL files from other tools -----------------------------------------------------------
def test_a_wal_file_in_a_write_protected_folder_opens_read_only(
    demo_zh: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    conn = sqlite3.connect(demo_zh)
    conn.execute("PRAGMA journal_mode = WAL")
    conn.close()  # a clean close checkpoints and removes -wal and -shm
    before = digest(demo_zh)
    monkeypatch.setattr(document_module, "_writable", lambda _path: False)
    with Document.open(demo_zh) as doc:
        assert doc.read_only and "write-protected" in doc.read_only_reason
        assert doc.conn.execute("SELECT count(*) FROM people").fetchone()[0] > 0
    assert digest(demo_zh) == before
    assert check_document(demo_zh).ok

    # With committed changes still in a -wal file, reading needs a -shm it cannot make.
    wal = demo_zh.with_name(demo_zh.name + "-wal")
    wal.write_bytes(b"\x37\x7f\x06\x82" + b"\x00" * 28)
    with pytest.raises(DocumentError, match="WAL mode"):
        Document.open(demo_zh)
    assert digest(demo_zh) == before


def test_a_wal_file_opened_for_writing_is_turned_back_to_a_rollback_journal(
    demo_zh: Path,
) -> None:
    conn = sqlite3.connect(demo_zh)
    conn.execute("PRAGMA journal_mode = WAL")
    conn.execute("UPDATE meta SET value = 'from another tool' WHERE key = 'name'")
    conn.commit()
    conn.close()
    with Document.open(demo_zh) as doc:
        assert doc.meta("name") == "from another tool"
        assert doc.conn.execute("PRAGMA journal_mode").fetchone()[0] == "delete"
    assert folder_listing(demo_zh) == [demo_zh.name]


def test_a_killed_builds_journal_never_reaches_a_new_document(
    demo_zh: Path, tmp_path: Path
) -> None:
    _crash_mid_change(demo_zh)
    target = tmp_path / "new.perfdesk"
    # The file is gone (a build killed and cleaned up), its hot journal is not.
    shutil.move(
        demo_zh.with_name(demo_zh.name + "-journal"), target.with_name(target.name + "-journal")
    )
    with Document.create(target, name="新文档") as doc:
        assert doc.meta("name") == "新文档"
    assert check_document(target).ok
    assert folder_listing(target) == ["demo.perfdesk", "new.perfdesk"]


def test_verification_after_opening_finds_row_damage_and_names_the_state(demo_zh: Path) -> None:
    from perfdesk.store.validate import file_state, verify

    sound = file_state(demo_zh)
    assert verify(demo_zh) == []
    _enum(demo_zh)
    assert file_state(demo_zh) != sound  # another change counter: verify again
    assert any("CHECK constraint failed in kpis" in p for p in verify(demo_zh))
