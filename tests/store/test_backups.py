"""Backups beside a document: the list with reasons, restoring one (itself undoable),
refusing foreign or damaged ones, keeping at most N, and never filling the disk."""

from __future__ import annotations

import datetime
import errno
import hashlib
import os
import shutil
import sqlite3
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

from meeting_docs import add_weekly_meeting
from perfdesk.store import backups, ops
from perfdesk.store.backups import (
    BackupRefused,
    NoBackup,
    inspect_backup,
    list_backups,
    prune,
    restore_backup,
    take_backup,
)
from perfdesk.store.document import Document
from perfdesk.store.exchange.history import last_import
from perfdesk.store.import_actuals import apply_import, plan_import
from perfdesk.store.schema import SCHEMA_VERSION
from perfdesk.store.stamps import source_number


def sha(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def unit_names(doc: Document) -> set[str]:
    return {str(row[0]) for row in doc.conn.execute("SELECT name FROM org_units")}


@pytest.fixture
def doc(tmp_path: Path):  # type: ignore[no-untyped-def]
    document = Document.create(tmp_path / "a.perfdesk", name="销售部")
    ops.add_org_unit(document, "华信科技", "company")
    yield document
    document.close()


def fake_backup(document: Path, label: str, when: str, body: bytes | None = None) -> Path:
    path = document.with_name(f"{document.name}.{label}-{when}.bak")
    path.write_bytes(body if body is not None else document.read_bytes())
    return path


def record_import(doc: Document, sender: str, backup: Path) -> None:
    with doc.transaction() as conn:
        n = source_number(conn, f"file:{sender}", sender)
        conn.execute(
            "INSERT INTO imports(source, package_id, their_stamp, our_stamp, rows, backup) "
            "VALUES (?, ?, 0, ?, 1, ?)",
            (n, f"actuals:{sender}", doc.stamp, str(backup)),
        )


# -- the list ------------------------------------------------------------------------


def test_the_list_names_reasons_dates_and_sizes_newest_first(doc: Document) -> None:
    path = doc.path
    upgrade = fake_backup(path, "v3", "20260301T080000")
    merge = fake_backup(path, "merge", "20260302T090000")
    first = fake_backup(path, "import", "20260303T100000")
    second = fake_backup(path, "import", "20260303T100000-2", b"x" * 10)
    restore = fake_backup(path, "restore", "20260304T110000")
    record_import(doc, "erp-2026-10.xlsx", second)
    # Neither another document's backups nor leftovers and look-alikes are listed.
    other = path.with_name("ab.perfdesk")
    fake_backup(other, "merge", "20260305T120000", b"other")
    path.with_name(f".{path.name}.merge-20260306T000000.bak.part").write_bytes(b"partial")
    path.with_name(f"{path.name}.notes-of-mine.txt").write_bytes(b"")
    path.with_name(f"{path.name}.merge-2026.bak").write_bytes(b"")

    found = list_backups(path, doc.conn)

    assert [b.path for b in found] == [restore, second, first, merge, upgrade]
    assert [b.kind for b in found] == ["restore", "import", "import", "merge", "upgrade"]
    assert found[1].senders == ("erp-2026-10.xlsx",)
    assert found[1].reason() == "before the import of erp-2026-10.xlsx"
    assert found[2].reason() == "before an import"  # imports keeps one row per sender
    assert found[4].from_version == 3
    assert found[4].reason() == "before the upgrade from schema version 3"
    assert found[0].taken == datetime.datetime(2026, 3, 4, 11, 0, 0)
    assert found[1].size == 10 and found[0].size == path.stat().st_size
    assert [b.path.name for b in list_backups(other)] == ["ab.perfdesk.merge-20260305T120000.bak"]


def test_two_backups_in_one_second_are_both_kept_and_ordered(doc: Document) -> None:
    taken = [take_backup(doc.path, "merge") for _ in range(3)]
    assert len(set(taken)) == 3
    assert [b.path for b in list_backups(doc.path)][:3] == taken[::-1]


def test_an_import_backup_names_its_file(demo_zh: Path, tmp_path: Path) -> None:
    data = tmp_path / "erp.csv"
    data.write_text("部门,指标,2026-09\n销售部,销售额,1050.5\n", encoding="utf-8")
    with Document.open(demo_zh) as doc:
        result = apply_import(doc, plan_import(doc, data))
        assert result.backup is not None
        (listed,) = list_backups(doc.path, doc.conn)
    assert listed.path == result.backup
    assert listed.kind == "import" and listed.senders == ("erp.csv",)


# -- restoring -----------------------------------------------------------------------


def test_restore_puts_the_bytes_back_and_is_itself_undone_by_a_backup(doc: Document) -> None:
    with doc.transaction():
        pass
    backup = take_backup(doc.path, "merge")
    saved = sha(backup)
    ops.add_org_unit(doc, "后来的部门", "company")
    edited = sha(doc.path)

    restored = restore_backup(doc, backup)
    fresh = restored.document
    try:
        assert sha(fresh.path) == saved
        assert "后来的部门" not in unit_names(fresh)
        assert restored.before.name.startswith("a.perfdesk.restore-")
        assert sha(restored.before) == edited
        assert list_backups(fresh.path)[0].kind == "restore"
        assert fresh.lock is not None and fresh.lock.still_held()
        # Restoring the copy taken before the restore brings the edit back.
        again = restore_backup(fresh, restored.before)
    finally:
        fresh.close()  # closing twice is harmless
    with again.document as final:
        assert "后来的部门" in unit_names(final)
        assert sha(final.path) == edited


def test_an_older_backup_is_upgraded_again_when_restored(v1_file: Path) -> None:
    doc = Document.open(v1_file)  # upgrades, after a v1 backup
    (upgrade,) = list_backups(v1_file)
    assert upgrade.kind == "upgrade" and upgrade.from_version == 1
    ops.add_org_unit(doc, "新部门", "company")
    restored = restore_backup(doc, upgrade.path)
    with restored.document as fresh:
        assert fresh.schema_version == SCHEMA_VERSION
        assert "新部门" not in unit_names(fresh)
    kinds = sorted(b.kind for b in list_backups(v1_file))
    assert kinds == ["restore", "upgrade", "upgrade"]  # the restored v1 bytes upgraded again


@pytest.mark.parametrize("kind", ["foreign", "truncated", "text", "the document itself"])
def test_a_foreign_or_damaged_backup_is_refused_and_nothing_changes(
    doc: Document, tmp_path: Path, kind: str
) -> None:
    if kind == "foreign":
        with Document.create(tmp_path / "other.perfdesk") as other:
            ops.add_org_unit(other, "别人的公司", "company")
        bad = fake_backup(
            doc.path, "merge", "20260101T000000", (tmp_path / "other.perfdesk").read_bytes()
        )
        expected = "another document"
    elif kind == "truncated":
        body = doc.path.read_bytes()
        bad = fake_backup(doc.path, "merge", "20260101T000000", body[: len(body) // 2])
        expected = "not a sound perfdesk document"
    elif kind == "text":
        bad = fake_backup(doc.path, "merge", "20260101T000000", b"hello, not a database\n" * 10)
        expected = "not a sound perfdesk document"
    else:
        bad, expected = doc.path, "the document itself"
    before = sha(doc.path)
    listed = {b.path.name for b in list_backups(doc.path)}
    with pytest.raises(BackupRefused, match=expected):
        restore_backup(doc, bad)
    assert sha(doc.path) == before
    assert {b.path.name for b in list_backups(doc.path)} == listed  # no restore backup
    ops.add_org_unit(doc, "还能写", "company")  # the document is still open for writing


def test_the_check_of_a_backup_shows_its_document_and_problems(doc: Document) -> None:
    good = take_backup(doc.path, "merge")
    check = inspect_backup(good, doc.document_id)
    assert check.ok and check.document_id == doc.document_id and check.schema_version >= 4
    assert inspect_backup(good, "someone-else").refusal().startswith("the backup belongs")


def test_a_check_made_earlier_is_reused_only_for_the_same_bytes(doc: Document) -> None:
    backup = take_backup(doc.path, "merge")
    check = inspect_backup(backup, doc.document_id)
    assert backups.still_valid(check, backup, doc.document_id)
    assert not backups.still_valid(check, backup, "another-document")
    body = backup.read_bytes()
    backup.write_bytes(body[: len(body) // 2])  # damaged after the dialog checked it
    assert not backups.still_valid(check, backup, doc.document_id)
    before = sha(doc.path)
    with pytest.raises(BackupRefused, match="not a sound"):
        restore_backup(doc, backup, check)  # checked again, and refused
    assert sha(doc.path) == before


def test_restore_is_refused_while_a_meeting_runs(demo_zh: Path) -> None:
    with Document.open(demo_zh) as doc:
        backup = take_backup(doc.path, "merge")
        meeting, _items = add_weekly_meeting(doc, title="十月质询会")
        ops.start_meeting(doc, meeting, 1_794_000_000_000)
        before = sha(doc.path)
        with pytest.raises(BackupRefused, match="十月质询会"):
            restore_backup(doc, backup)
        assert sha(doc.path) == before


def test_a_read_only_document_cannot_restore(doc: Document) -> None:
    backup = take_backup(doc.path, "merge")
    with Document.open(doc.path, read_only=True) as viewer, pytest.raises(BackupRefused):
        restore_backup(viewer, backup)


def test_a_document_that_cannot_be_opened_is_restored_and_kept_aside(
    doc: Document, tmp_path: Path
) -> None:
    from perfdesk.store.backups import restore_unopened
    from perfdesk.store.errors import DamagedFile

    backup = take_backup(doc.path, "merge")
    path = doc.path
    doc.close()
    conn = sqlite3.connect(path)  # a change by another tool: opening refuses it
    conn.execute("DROP INDEX meetings_one_running")
    conn.commit()
    conn.close()
    damaged = path.read_bytes()
    journal = path.with_name(path.name + "-journal")
    journal.write_bytes(b"\0" * 512)  # not ours to play into the restored bytes
    with pytest.raises(DamagedFile):
        Document.open(path)

    # Another document's backup is refused when the damaged file still names its id.
    other = tmp_path / "other.perfdesk"
    Document.create(other).close()
    foreign = fake_backup(path, "merge", "20240101T000000", other.read_bytes())
    with pytest.raises(BackupRefused, match="another document"):
        restore_unopened(path, foreign)
    assert path.read_bytes() == damaged and journal.exists()

    before = restore_unopened(path, backup)
    assert before is not None and before.read_bytes() == damaged  # kept, not lost
    assert sha(path) == sha(backup)
    assert not journal.exists()
    with Document.open(path) as reopened:
        assert "华信科技" in unit_names(reopened)


def test_an_emptied_document_is_restored_too(doc: Document) -> None:
    from perfdesk.store.backups import restore_unopened

    backup = take_backup(doc.path, "merge")
    doc.close()
    doc.path.write_bytes(b"")  # a copy cut off at 0 bytes: no id left to compare
    before = restore_unopened(doc.path, backup)
    assert before is not None and before.stat().st_size == 0
    assert sha(doc.path) == sha(backup)


# -- retention -----------------------------------------------------------------------


def test_retention_keeps_n_and_never_the_ones_still_needed(doc: Document) -> None:
    names = [f"202601{day:02d}T000000" for day in range(1, 8)]
    made = [fake_backup(doc.path, "merge", when) for when in names]  # oldest first
    record_import(doc, "erp.xlsx", made[0])  # the backup Undo Import puts back: the oldest
    just = take_backup(doc.path, "import")
    deleted = prune(doc.path, doc.conn, just_taken=[just], count=4)
    kept = [b.path for b in list_backups(doc.path)]
    assert len(kept) == 4
    assert just in kept and made[0] in kept  # both protected
    assert kept == [just, made[6], made[5], made[0]]
    assert sorted(deleted) == sorted(made[1:5])
    last = last_import(doc)
    assert last is not None and last[1].exists()


def test_retention_runs_after_every_merge_and_import(demo_zh: Path, tmp_path: Path) -> None:
    backups.set_keep(2)
    try:
        data = tmp_path / "erp.csv"
        with Document.open(demo_zh) as doc:
            for month in range(1, 5):
                data.write_text(
                    f"部门,指标,2026-0{month}\n销售部,销售额,{month}00\n", encoding="utf-8"
                )
                apply_import(doc, plan_import(doc, data))
            found = list_backups(doc.path, doc.conn)
            needed = last_import(doc)
    finally:
        backups.set_keep(backups.DEFAULT_KEEP)
    assert len(found) == 2
    assert needed is not None and needed[1] == found[0].path


def test_keep_is_at_least_two_and_bounded() -> None:
    try:
        assert backups.set_keep(0) == backups.MIN_KEEP
        assert backups.set_keep(10**6) == backups.MAX_KEEP
        assert backups.set_keep(7) == 7
    finally:
        backups.set_keep(backups.DEFAULT_KEEP)


# -- never filling the disk ----------------------------------------------------------


def test_too_little_space_refuses_the_backup_saying_how_much_and_where(
    doc: Document, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(backups, "free_space", lambda folder: 1_000_000)
    with pytest.raises(NoBackup) as raised:
        take_backup(doc.path, "merge")
    error = raised.value
    assert error.kind == "space" and error.folder == doc.path.parent
    assert error.needed >= doc.path.stat().st_size + backups.MARGIN_MIN
    assert "16.8 MB" in error.message or "MB" in error.message
    assert str(doc.path.parent) in error.message
    assert list_backups(doc.path) == []


def test_too_little_space_refuses_an_upgrade_unchanged(
    v1_file: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    before = sha(v1_file)
    monkeypatch.setattr(backups, "free_space", lambda folder: 0)
    with pytest.raises(NoBackup, match="free in"):
        Document.open(v1_file)
    assert sha(v1_file) == before
    assert sorted(p.name for p in v1_file.parent.iterdir()) == [v1_file.name]


def test_too_little_space_refuses_an_import_and_a_restore_unchanged(
    demo_zh: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    data = tmp_path / "erp.csv"
    data.write_text("部门,指标,2026-09\n销售部,销售额,1050.5\n", encoding="utf-8")
    with Document.open(demo_zh) as doc:
        backup = take_backup(doc.path, "merge")
        plan = plan_import(doc, data)
        before = sha(doc.path)
        monkeypatch.setattr(backups, "free_space", lambda folder: 4096)
        with pytest.raises(NoBackup):
            apply_import(doc, plan)
        with pytest.raises(NoBackup):
            restore_backup(doc, backup)
        assert sha(doc.path) == before
        assert [b.path for b in list_backups(doc.path)] == [backup]
        assert last_import(doc) is None


@pytest.mark.parametrize("code", [errno.ENOSPC, errno.EFBIG])
def test_a_copy_cut_off_by_a_full_disk_leaves_nothing_and_refuses_the_merge(
    doc: Document, monkeypatch: pytest.MonkeyPatch, code: int
) -> None:
    def write_half_then_fail(reader, writer, _size=0):  # type: ignore[no-untyped-def]
        writer.write(reader.read(1000))
        raise OSError(code, os.strerror(code))

    monkeypatch.setattr(shutil, "copyfileobj", write_half_then_fail)
    with pytest.raises(NoBackup) as raised:
        take_backup(doc.path, "merge")
    assert raised.value.kind == "space"
    leftovers = [p.name for p in doc.path.parent.iterdir() if ".bak" in p.name]
    assert leftovers == []


def test_a_file_size_limit_in_a_child_process_leaves_no_partial_backup(
    demo_zh: Path,
) -> None:
    """A real EFBIG: the child may write files of at most half the document's size."""
    limit = demo_zh.stat().st_size // 2
    code = textwrap.dedent(
        f"""
        import resource, signal, sys
        from pathlib import Path
        signal.signal(signal.SIGXFSZ, signal.SIG_IGN)
        resource.setrlimit(resource.RLIMIT_FSIZE, ({limit}, {limit}))
        from perfdesk.store.backups import NoBackup, take_backup
        try:
            take_backup(Path({str(demo_zh)!r}), "merge")
        except NoBackup as error:
            print(error.kind, error.message)
            sys.exit(3)
        """
    )
    before = sha(demo_zh)
    child = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True)
    assert child.returncode == 3, child.stderr
    assert child.stdout.startswith("space a backup copy needs")
    assert sha(demo_zh) == before
    assert [p.name for p in demo_zh.parent.iterdir() if ".bak" in p.name] == []


def test_a_refused_write_refuses_the_import_with_the_reason(
    demo_zh: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The write-protected folder as root sees it (the real one is below, skipped as root)."""

    def refuse(_source: Path, _target: Path) -> None:
        raise PermissionError(errno.EACCES, os.strerror(errno.EACCES))

    data = tmp_path / "erp.csv"
    data.write_text("部门,指标,2026-09\n销售部,销售额,1050.5\n", encoding="utf-8")
    with Document.open(demo_zh) as doc:
        plan = plan_import(doc, data)
        before = sha(doc.path)
        monkeypatch.setattr(backups, "copy_synced", refuse)
        with pytest.raises(NoBackup) as raised:
            apply_import(doc, plan)
        assert raised.value.kind == "write"
        assert os.strerror(errno.EACCES) in raised.value.message
        assert sha(doc.path) == before and last_import(doc) is None
    assert [p.name for p in demo_zh.parent.iterdir() if ".bak" in p.name] == []


@pytest.mark.skipif(os.name != "posix" or os.geteuid() == 0, reason="root may write anywhere")
def test_a_write_protected_folder_refuses_the_backup(tmp_path: Path) -> None:
    folder = tmp_path / "shared"
    folder.mkdir()
    Document.create(folder / "a.perfdesk").close()
    folder.chmod(0o555)
    try:
        with pytest.raises(NoBackup) as raised:
            take_backup(folder / "a.perfdesk", "merge")
        assert raised.value.kind == "write"
        assert "could not be written" in raised.value.message
    finally:
        folder.chmod(0o755)


# -- the command line ----------------------------------------------------------------


def test_the_command_lists_restores_and_keeps_n(
    doc: Document, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    from perfdesk.cli import main

    path = doc.path
    backup = take_backup(path, "merge")
    saved = sha(backup)
    fake_backup(path, "v3", "20250101T000000")
    ops.add_org_unit(doc, "后来的部门", "company")
    doc.close()  # the command claims the file itself

    assert main(["backups", str(path)]) == 0
    listed = capsys.readouterr().out
    assert listed.index(backup.name) < listed.index("a.perfdesk.v3-20250101T000000.bak")
    assert "before the upgrade from schema version 3" in listed

    other = tmp_path / "other.perfdesk"
    Document.create(other).close()
    foreign = fake_backup(path, "merge", "20240101T000000", other.read_bytes())
    before = sha(path)
    assert main(["backups", str(path), "--restore", foreign.name]) == 1
    assert "another document" in capsys.readouterr().err
    assert sha(path) == before

    assert main(["backups", str(path), "--restore", backup.name]) == 0
    assert sha(path) == saved
    assert "kept as a.perfdesk.restore-" in capsys.readouterr().out

    path.write_bytes(b"SQLite format 3\0" + b"\xff" * 200)  # damaged: restored all the same
    assert main(["backups", str(path), "--restore", backup.name]) == 0
    assert sha(path) == saved
    capsys.readouterr()

    newest = [b.path for b in list_backups(path)][:2]
    assert main(["backups", str(path), "--keep", "2"]) == 0
    assert [b.path for b in list_backups(path)] == newest
