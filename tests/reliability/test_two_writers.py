"""Two writers on one document in a shared folder (issue #23 item 3): two processes
merge packages into the same file at once, and a writer with the file open meets a
merge. Exactly one proceeds; the other gets one line naming who has the file open, on
which computer, since when (store/lock.py's claim, LockedFile's wording) and changes
nothing; once the first is done the second's retry goes through, and nothing is lost:
both packages' rows and every edit the writer reported are there, `check` ok."""

from __future__ import annotations

import shutil
import socket
import sys
from pathlib import Path

import pytest
from crashkit import actuals, cli, cli_start, reported, sha, sound, start, wait_for, write_cells

from perfdesk.store import ops
from perfdesk.store.document import Document
from perfdesk.store.exchange.department import make_department_file
from perfdesk.store.exchange.package import export_package
from perfdesk.store.lock import read_claim

pytestmark = pytest.mark.skipif(sys.platform == "win32", reason="the child uses POSIX paths")


def _package(company: Path, unit: str, value: float, folder: Path) -> tuple[Path, list]:
    """A package of `unit`'s department file with every actual of its own goals = value."""
    department = folder / f"{unit}.perfdesk"
    make_department_file(company, unit, department)
    with Document.open(department) as doc:
        cells = doc.conn.execute(
            "SELECT g.id, v.period FROM goal_values v JOIN goals g ON g.key = v.goal "
            "WHERE g.unit_id = ? AND g.deleted = 0 AND v.actual IS NOT NULL",
            (doc.meta("unit_id"),),
        ).fetchall()
        cells = [(str(g), str(p)) for g, p in cells]
        ops.set_values(doc, [(g, p, "actual", value) for g, p in cells])
    return export_package(department, folder / f"{unit}.pdpkg").path, cells


@pytest.fixture(scope="module")
def packages(
    demo_zh_master: Path, tmp_path_factory: pytest.TempPathFactory
) -> tuple[Path, list[tuple[Path, list, float]]]:
    folder = tmp_path_factory.mktemp("two-writers")
    company = folder / "company.perfdesk"
    shutil.copyfile(demo_zh_master, company)
    made = []
    for unit, value in (("销售部", 7.0), ("市场部", 8.0)):
        path, cells = _package(company, unit, value, folder)
        made.append((path, cells, value))
    return company, made


def _has(path: Path, cells: list, value: float) -> bool:
    with Document.open(path, read_only=True) as doc:
        return all(v == value for v in actuals(doc, cells))


def _one_clear_line(stderr: str, target: Path) -> None:
    lines = stderr.strip().splitlines()
    assert len(lines) == 1, stderr
    assert "Traceback" not in stderr
    line = lines[0]
    assert line.startswith(f"perfdesk: {target}: it is open for editing by "), line
    assert f"@{socket.gethostname()}" in line and " since " in line, line


def test_a_merge_meets_a_merge_in_progress_then_retries(
    packages: tuple[Path, list], tmp_path: Path
) -> None:
    company, ((first, first_cells, seven), (second, second_cells, eight)) = packages
    target = tmp_path / "shared" / "company.perfdesk"
    target.parent.mkdir()
    shutil.copyfile(company, target)
    holder = start("hold", target, write_cells([], tmp_path / "none.json"))
    wait_for(holder, "ready")  # the first merger has the file open
    untouched = sha(target)
    refused = cli("merge", target, second, "--prefer", "newer")
    assert refused.returncode == 1
    _one_clear_line(refused.stderr, target)
    assert sha(target) == untouched
    claim = read_claim(target)
    assert claim is not None and claim.holder is not None and claim.holder.pid == holder.pid
    assert holder.stdin is not None
    holder.stdin.write(f"merge {first}\n")
    holder.stdin.flush()
    assert reported(holder) == ["merged"] and holder.returncode == 0
    retried = cli("merge", target, second, "--prefer", "newer")
    assert retried.returncode == 0, retried.stderr
    assert _has(target, first_cells, seven) and _has(target, second_cells, eight)
    assert sound(target)


@pytest.mark.slow
def test_two_merges_started_at_once_one_waits_its_turn(
    packages: tuple[Path, list], tmp_path: Path
) -> None:
    company, made = packages
    target = tmp_path / "company.perfdesk"
    outcomes = {"one refused": 0, "one after the other": 0}
    for _round in range(3):
        shutil.copyfile(company, target)
        racers = [cli_start("merge", target, path, "--prefer", "newer") for path, _c, _v in made]
        results = [(racer, *racer.communicate(timeout=120)) for racer in racers]
        done = [racer for racer, _out, _err in results if racer.returncode == 0]
        assert done, [err for _r, _o, err in results]
        for racer, _out, err in results:
            if racer.returncode != 0:
                assert racer.returncode == 1
                _one_clear_line(err, target)
        outcomes["one refused" if len(done) == 1 else "one after the other"] += 1
        for (path, _cells, _value), (racer, _out, _err) in zip(made, results, strict=True):
            if racer.returncode != 0:  # the user tries again once the other is done
                again = cli("merge", target, path, "--prefer", "newer")
                assert again.returncode == 0, again.stderr
        for _path, cells, value in made:
            assert _has(target, cells, value)
        assert sound(target)
        assert read_claim(target) is None


def test_a_merge_meets_a_writer_then_retries_and_keeps_its_edits(
    packages: tuple[Path, list], tmp_path: Path
) -> None:
    company, ((package, cells, seven), _second) = packages
    target = tmp_path / "company.perfdesk"
    shutil.copyfile(company, target)
    with Document.open(target, read_only=True) as doc:
        theirs = {cell for cell in cells}
        mine = [
            (str(g), str(p))
            for g, p in doc.conn.execute(
                "SELECT g.id, v.period FROM goal_values v JOIN goals g ON g.key = v.goal "
                "WHERE g.deleted = 0 AND v.actual IS NOT NULL AND v.locked = 0 "
                "ORDER BY g.id, v.period"
            )
            if (str(g), str(p)) not in theirs
        ][:20]
    writer = start("hold", target, write_cells(mine, tmp_path / "mine.json"))
    assert writer.stdout is not None
    edits = [writer.stdout.readline().strip() for _cell in mine]
    assert edits == [f"c {i}" for i in range(len(mine))]
    wait_for(writer, "ready")
    untouched = sha(target)
    refused = cli("merge", target, package, "--prefer", "newer")
    assert refused.returncode == 1
    _one_clear_line(refused.stderr, target)
    assert sha(target) == untouched
    assert writer.stdin is not None
    writer.stdin.write("close\n")
    writer.stdin.flush()
    assert reported(writer) == [] and writer.returncode == 0
    retried = cli("merge", target, package, "--prefer", "newer")
    assert retried.returncode == 0, retried.stderr
    with Document.open(target, read_only=True) as doc:
        assert actuals(doc, mine) == [float(i + 1) for i in range(len(mine))]
    assert _has(target, cells, seven)
    assert sound(target)
