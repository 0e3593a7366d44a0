"""Hostile input through packages and the command line.

- A department's package whose people and units are named by every storable hostile
  text merges into the company file with the names exactly as typed.
- Packages with hostile file names (markup, a climbing-looking name, CON, 255 bytes,
  Chinese, %, ?, #, a line break, a bidi override, a leading dash) are written and read
  back; a name over 255 bytes gets a message, never a traceback.
- `perfdesk check` and `perfdesk merge` with such names: a clear message, no traceback.
"""

from __future__ import annotations

import hashlib
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from hostile import FILE_NAMES, STORABLE

from perfdesk.store import ops
from perfdesk.store.document import Document
from perfdesk.store.exchange.apply import merge_packages
from perfdesk.store.exchange.department import make_department_file
from perfdesk.store.exchange.merge import plan_merge
from perfdesk.store.exchange.package import export_package, opened

SRC = str(Path(__file__).resolve().parents[2] / "src")


def perfdesk(*args: str) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "PYTHONPATH": SRC, "QT_QPA_PLATFORM": "offscreen"}
    return subprocess.run(
        [sys.executable, "-m", "perfdesk", *args],
        capture_output=True,
        text=True,
        env=env,
        timeout=180,
    )


def digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


@pytest.fixture
def department(demo_zh: Path, tmp_path: Path) -> Path:
    """The sales department's file, its people and units named by the hostile texts."""
    with Document.open(demo_zh) as company:
        sales = company.conn.execute("SELECT id FROM org_units WHERE code = 'SAL'").fetchone()[0]
    out = tmp_path / "sales.perfdesk"
    make_department_file(demo_zh, sales, out)
    with Document.open(out) as doc:
        for hostile in {h.stored: h for h in STORABLE}.values():
            ops.add_person(doc, hostile.text, sales)
            ops.add_org_unit(doc, hostile.text, "team", sales)
    return out


def test_a_package_of_hostile_names_merges_them_as_typed(
    department: Path, demo_zh: Path, tmp_path: Path
) -> None:
    package = tmp_path / "sales.pdpkg"
    export_package(department, package)
    with opened(package) as read, Document.open(demo_zh) as company:
        plan = plan_merge(company, read)
        merge_packages(company, [plan])
        people = {r[0] for r in company.conn.execute("SELECT name FROM people")}
        units = {r[0] for r in company.conn.execute("SELECT name FROM org_units")}
        tables = {r[0] for r in company.conn.execute("SELECT name FROM sqlite_master")}
    for hostile in STORABLE:
        assert hostile.stored in people, hostile.id
        assert hostile.stored in units, hostile.id
    assert "goals" in tables


@pytest.mark.parametrize("name", list(FILE_NAMES))
def test_packages_with_hostile_file_names_are_written_and_read(
    name: str, department: Path, tmp_path: Path
) -> None:
    folder = tmp_path / "out"
    folder.mkdir()
    package = folder / FILE_NAMES[name]
    export_package(department, package)
    assert sorted(p.name for p in folder.iterdir()) == [FILE_NAMES[name]]  # nothing else
    with opened(package) as read:
        assert read.manifest.rows > 0
    assert not (tmp_path.parent / "x.pdpkg").exists()


def test_a_file_name_over_255_bytes_is_a_message(department: Path, tmp_path: Path) -> None:
    out = tmp_path / ("包" * 90 + ".pdpkg")  # 276 bytes
    done = perfdesk("package", str(department), "-o", str(out))
    assert done.returncode != 0
    assert "Traceback" not in done.stderr and done.stderr.startswith("perfdesk: "), done.stderr
    assert out.name not in os.listdir(tmp_path)


@pytest.mark.parametrize(
    "name",
    [
        "<img src=x>.perfdesk",
        "100% 完成.perfdesk",
        "what?.perfdesk",
        "#1.perfdesk",
        "a\nb.perfdesk",
    ],
)
def test_check_and_merge_with_hostile_names_give_a_message(
    name: str, demo_zh: Path, department: Path, tmp_path: Path
) -> None:
    document = Path(shutil.copy(demo_zh, tmp_path / name))
    before = digest(document)
    done = perfdesk("check", str(document))
    assert done.returncode == 0, done.stdout + done.stderr
    assert "Traceback" not in done.stderr
    package = tmp_path / name.replace(".perfdesk", ".pdpkg")
    export_package(department, package)
    done = perfdesk("merge", str(document), str(package), "--dry-run")
    assert "Traceback" not in done.stderr, done.stderr
    assert done.returncode in (0, 1), done.stdout + done.stderr
    assert digest(document) == before
    missing = tmp_path / ("missing " + name)
    done = perfdesk("check", str(missing))
    assert done.returncode != 0 and "Traceback" not in done.stderr
    assert done.stderr.strip(), "a refusal says why"


@pytest.mark.parametrize(
    "args",
    [
        ["check", "<img src=x>.perfdesk"],
        ["check", "'); DROP TABLE goals;--"],
        ["check", '=HYPERLINK("http://x","y").perfdesk'],
        ["check", "\u202eknil.perfdesk"],
        ["check", "x" * 5000],
        ["import", "<img>.perfdesk", "a%n?.csv"],
        ["merge", "%s%s%n.perfdesk", "#.pdpkg"],
        [
            "report",
            "department",
            "a\nb.perfdesk",
            "--unit",
            "<b>",
            "--period",
            "1e309",
            "-o",
            "x.pdf",
        ],
        ["export", "nothing.perfdesk", "--period", "NaN", "-o", "out.csv"],
    ],
)
def test_hostile_command_lines_get_a_message_not_a_traceback(
    args: list[str], tmp_path: Path
) -> None:
    done = subprocess.run(
        [sys.executable, "-m", "perfdesk", *args],
        capture_output=True,
        text=True,
        env={**os.environ, "PYTHONPATH": SRC, "QT_QPA_PLATFORM": "offscreen"},
        timeout=180,
        cwd=tmp_path,
    )
    assert done.returncode != 0
    assert "Traceback" not in done.stderr, done.stderr[-1500:]
    assert done.stderr.strip()
    assert list(tmp_path.iterdir()) == []  # nothing written
