"""Disk full and permission denied (issue #23 item 7) while saving, exporting and
merging: the message says what happened, with the path; the document stays sound and
byte for byte as it was when the write failed; no partial file is left under the final
name (writers build NAME beside it and move it in place); the command line exits
non-zero with one line on stderr and no traceback.

A full disk is a tmpfs just big enough for the inputs (crashkit.on_small_disk: a mount
namespace of its own, so no root is needed and nothing stays mounted): writes fail with
ENOSPC, as on a real disk, for SQLite's journal and pages as well as for exports. A
folder that refuses writes is `chmod 555` for a normal user; root writes through mode
bits, so as root the folder is made immutable (`chattr +i`), or the test is skipped.
"""

from __future__ import annotations

import os
import shutil
import stat
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest
from crashkit import CHILD, SmallDisk, cli, on_small_disk, sha, value_cells, write_cells

from perfdesk.store import ops
from perfdesk.store.document import Document, check_document
from perfdesk.store.exchange.department import make_department_file
from perfdesk.store.exchange.package import export_package

pytestmark = pytest.mark.skipif(sys.platform != "linux", reason="tmpfs and chattr are Linux")

PERFDESK = [sys.executable, "-m", "perfdesk"]
FULL = ("No space left on device", "disk is full")
# Refused before the backup: the folder lacks the file's size plus the margin (store/backups).
NO_ROOM = (*FULL, "free some space there")


@pytest.fixture(scope="module")
def files(demo_zh_master: Path, tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    """The company document, the sales department's file and a package of it."""
    folder = tmp_path_factory.mktemp("disk-full-inputs")
    company = folder / "company.perfdesk"
    shutil.copyfile(demo_zh_master, company)
    sales = folder / "sales.perfdesk"
    make_department_file(company, "销售部", sales)
    with Document.open(sales) as doc:
        cells = doc.conn.execute(
            "SELECT g.id, v.period FROM goal_values v JOIN goals g ON g.key = v.goal "
            "WHERE g.unit_id = ? AND v.actual IS NOT NULL",
            (doc.meta("unit_id"),),
        ).fetchall()
        ops.set_values(doc, [(g, p, "actual", 7.0) for g, p in cells])
    package = export_package(sales, folder / "sales.pdpkg").path
    with Document.open(company, read_only=True) as doc:
        cells_file = write_cells(value_cells(doc, 500), folder / "cells.json")
    data = folder / "erp.csv"
    data.write_text("部门,指标,期间,实际\n销售部,销售额,2026-10,1234\n", encoding="utf-8-sig")
    return {
        "company": company,
        "sales": sales,
        "package": package,
        "cells": cells_file,
        "data": data,
    }


def _refused(
    run: SmallDisk | subprocess.CompletedProcess[str],
    words: tuple[str, ...],
    path: Path,
) -> str:
    """One line on stderr (or the child's "refused" line), naming `path` and saying why."""
    assert run.returncode != 0 if isinstance(run, subprocess.CompletedProcess) else run.rc != 0
    assert "Traceback" not in run.stderr, run.stderr
    lines = run.stderr.strip().splitlines()
    line = lines[0] if lines else run.stdout.strip()
    assert len(lines) <= 1, run.stderr
    assert str(path) in line, line
    assert any(word in line for word in words), line
    return line


def _left(after: Path, inputs: list[Path]) -> set[str]:
    return {p.name for p in after.iterdir()} - {p.name for p in inputs}


def _unchanged(after: Path, document: Path) -> None:
    copy = after / document.name
    assert sha(copy) == sha(document), "the document changed although the write failed"
    assert check_document(copy).ok


# -- a full disk -------------------------------------------------------------------------
EXPORTS = {
    "export CSV": (["export", "--period", "2026", "-o", "{disk}/out.csv"], "out.csv"),
    "export XLSX": (["export", "--period", "2026", "-o", "{disk}/out.xlsx"], "out.xlsx"),
    "report PDF": (
        ["report", "department", "--unit", "销售部", "--period", "2026-09", "-o", "{disk}/r.pdf"],
        "r.pdf",
    ),
    "department file": (
        ["department", "--unit", "销售部", "-o", "{disk}/d.perfdesk"],
        "d.perfdesk",
    ),
}


@pytest.mark.parametrize("case", list(EXPORTS))
def test_exports_on_a_full_disk_leave_no_file_and_say_so(
    case: str, files: dict[str, Path], tmp_path: Path
) -> None:
    argv, name = EXPORTS[case]
    company = files["company"]
    disk = tmp_path / "disk"
    argv = [a.format(disk=disk) for a in argv]
    # The document comes after the subcommand's options (argparse takes it anywhere).
    command = [*PERFDESK, *argv, disk / company.name]
    run = on_small_disk([company], 8 * 1024, command, tmp_path)
    _refused(run, FULL, disk / name)
    assert _left(run.after, [company]) == set(), "a partial file was left"
    _unchanged(run.after, company)


def test_a_package_on_a_full_disk_leaves_no_file(files: dict[str, Path], tmp_path: Path) -> None:
    sales, disk = files["sales"], tmp_path / "disk"
    command = [*PERFDESK, "package", disk / sales.name, "-o", disk / "out.pdpkg"]
    run = on_small_disk([sales], 4 * 1024, command, tmp_path)
    _refused(run, FULL, disk / "out.pdpkg")
    assert _left(run.after, [sales]) == set()
    _unchanged(run.after, sales)


def test_a_paste_on_a_full_disk_is_not_saved_and_changes_nothing(
    files: dict[str, Path], tmp_path: Path
) -> None:
    company, cells, disk = files["company"], files["cells"], tmp_path / "disk"
    command = [sys.executable, CHILD, "save", disk / company.name, disk / cells.name]
    # Room for the lock file (opening a full disk gives a read-only document that says
    # no lock file could be made), none for the journal.
    run = on_small_disk([company, cells], 4096, command, tmp_path)
    assert run.rc == 1 and run.stdout.startswith("refused disk_full:"), run.stdout + run.stderr
    assert "database or disk is full" in run.stdout
    assert _left(run.after, [company, cells]) == set()
    _unchanged(run.after, company)


@pytest.mark.parametrize(
    "backup", [False, True], ids=["no room at all", "room for a copy but not the margin"]
)
def test_a_merge_on_a_full_disk_is_refused_and_changes_nothing(
    backup: bool, files: dict[str, Path], tmp_path: Path
) -> None:
    company, package, disk = files["company"], files["package"], tmp_path / "disk"
    room = -(-company.stat().st_size // 4096) * 4096 + 16 * 1024 if backup else 0
    command = [*PERFDESK, "merge", disk / company.name, disk / package.name, "--prefer", "newer"]
    run = on_small_disk([company, package], room, command, tmp_path)
    _refused(run, NO_ROOM, disk / company.name)
    assert _left(run.after, [company, package]) == set(), "a backup was left"
    _unchanged(run.after, company)


@pytest.mark.parametrize(
    "backup", [False, True], ids=["no room at all", "room for a copy but not the margin"]
)
def test_an_import_on_a_full_disk_is_refused_and_changes_nothing(
    backup: bool, files: dict[str, Path], tmp_path: Path
) -> None:
    company, data, disk = files["company"], files["data"], tmp_path / "disk"
    room = -(-company.stat().st_size // 4096) * 4096 + 4096 if backup else 4096
    command = [*PERFDESK, "import", disk / company.name, disk / data.name]
    run = on_small_disk([company, data], room, command, tmp_path)
    _refused(run, (*NO_ROOM, "disk full"), disk / company.name)
    assert _left(run.after, [company, data]) == set(), "a backup was left"
    _unchanged(run.after, company)


# -- a folder that refuses writes ------------------------------------------------------------
@pytest.fixture
def locked_folder(tmp_path: Path) -> Iterator[Path]:
    folder = tmp_path / "locked"
    folder.mkdir()
    if os.geteuid() != 0:
        folder.chmod(stat.S_IRUSR | stat.S_IXUSR)
        undo = ["chmod", "u+w", str(folder)]
    elif shutil.which("chattr") and subprocess.run(["chattr", "+i", str(folder)]).returncode == 0:
        undo = ["chattr", "-i", str(folder)]
    else:
        pytest.skip("as root without chattr +i no folder refuses a write")
    try:
        yield folder
    finally:
        subprocess.run(undo, check=True)


DENIED = ("Permission denied", "Operation not permitted", "write-protected", "read-only")


@pytest.mark.parametrize("case", list(EXPORTS))
def test_exports_into_a_folder_that_refuses_writes_say_so(
    case: str, files: dict[str, Path], locked_folder: Path
) -> None:
    argv, name = EXPORTS[case]
    company = files["company"]
    run = cli(*[a.format(disk=locked_folder) for a in argv], company)
    _refused(run, DENIED, locked_folder / name)
    assert list(locked_folder.iterdir()) == []


def test_a_package_into_a_folder_that_refuses_writes_says_so(
    files: dict[str, Path], locked_folder: Path
) -> None:
    run = cli("package", files["sales"], "-o", locked_folder / "out.pdpkg")
    _refused(run, DENIED, locked_folder / "out.pdpkg")
    assert list(locked_folder.iterdir()) == []


@pytest.mark.parametrize("command", ["merge", "import"])
def test_a_merge_or_import_into_a_write_protected_folder_says_so_and_changes_nothing(
    command: str, files: dict[str, Path], tmp_path: Path
) -> None:
    folder = tmp_path / "shared"
    folder.mkdir()
    target = Path(shutil.copy(files["company"], folder / "company.perfdesk"))
    before = sha(target)
    undo: list[str]
    if os.geteuid() != 0:
        folder.chmod(stat.S_IRUSR | stat.S_IXUSR)
        undo = ["chmod", "u+w", str(folder)]
    elif shutil.which("chattr") and subprocess.run(["chattr", "+i", str(folder)]).returncode == 0:
        undo = ["chattr", "-i", str(folder)]
    else:
        pytest.skip("as root without chattr +i no folder refuses a write")
    try:
        if command == "merge":
            run = cli("merge", target, files["package"], "--prefer", "newer")
        else:
            run = cli("import", target, files["data"])
        _refused(run, DENIED, target)
        assert sorted(p.name for p in folder.iterdir()) == [target.name]
        assert sha(target) == before
    finally:
        subprocess.run(undo, check=True)
