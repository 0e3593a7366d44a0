"""`perfdesk package` and `perfdesk merge` from the command line."""

from __future__ import annotations

import hashlib
from pathlib import Path

import pytest
from exchange_files import fork_department, value

from perfdesk.cli import main
from perfdesk.store import ops
from perfdesk.store.document import Document


def changed_department(company_path: Path, tmp_path: Path, actual: float) -> tuple[Path, str]:
    """A department file of 销售部 with one actual changed; (its path, the goal)."""
    with Document.open(company_path) as company:
        unit = company.conn.execute("SELECT id FROM org_units WHERE name = '销售部'").fetchone()[0]
        with fork_department(company, unit, tmp_path / "sales.perfdesk") as sales:
            goal = sales.conn.execute(
                "SELECT g.id FROM goals g JOIN people p ON p.id = g.person_id "
                "WHERE p.unit_id = ? ORDER BY g.key LIMIT 1",
                (unit,),
            ).fetchone()[0]
            ops.set_values(sales, [(goal, "2026-11", "actual", actual)])
    return tmp_path / "sales.perfdesk", goal


def test_package_merge_dry_run_merge_and_undo(
    demo_zh: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    sales, goal = changed_department(demo_zh, tmp_path, 42.0)
    package = tmp_path / "sales.pdpkg"
    assert main(["package", str(sales), "-o", str(package)]) == 0
    assert "rows:" in capsys.readouterr().out

    before = hashlib.sha256(demo_zh.read_bytes()).hexdigest()
    assert main(["merge", str(demo_zh), str(package), "--dry-run"]) == 0
    assert "updated 1" in capsys.readouterr().out
    assert hashlib.sha256(demo_zh.read_bytes()).hexdigest() == before

    assert main(["merge", str(demo_zh), str(package)]) == 0
    assert "merged 1 rows" in capsys.readouterr().out
    with Document.open(demo_zh, read_only=True) as doc:
        assert value(doc, goal, "2026-11") == 42.0

    assert main(["merge", str(demo_zh), str(package)]) == 0
    assert "nothing to merge" in capsys.readouterr().out

    assert main(["merge", str(demo_zh), "--undo"]) == 0
    assert hashlib.sha256(demo_zh.read_bytes()).hexdigest() == before


def test_conflicts_without_a_rule_merge_nothing(
    demo_zh: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    sales, goal = changed_department(demo_zh, tmp_path, 300.0)
    with Document.open(demo_zh) as company:
        ops.set_values(company, [(goal, "2026-11", "actual", 200.0)])
    package = tmp_path / "sales.pdpkg"
    assert main(["package", str(sales), "-o", str(package)]) == 0
    before = hashlib.sha256(demo_zh.read_bytes()).hexdigest()

    assert main(["merge", str(demo_zh), str(package)]) == 1
    captured = capsys.readouterr()
    assert "conflict: goal_values" in captured.out and "1 conflicts" in captured.err
    assert hashlib.sha256(demo_zh.read_bytes()).hexdigest() == before

    assert main(["merge", str(demo_zh), str(package), "--prefer", "theirs"]) == 0
    with Document.open(demo_zh, read_only=True) as doc:
        assert value(doc, goal, "2026-11") == 300.0


def test_merging_a_file_that_is_not_a_package_exits_2(
    demo_zh: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    fake = tmp_path / "fake.pdpkg"
    fake.write_text("not a package")
    assert main(["merge", str(demo_zh), str(fake)]) == 2
    assert "not a perfdesk package" in capsys.readouterr().err


def test_a_company_package_for_an_unknown_unit_lists_nothing_and_exits_1(
    demo_zh: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["package", str(demo_zh), "--unit", "没有这个部门", "-o", str(tmp_path / "x")]) == 1
    assert "没有这个部门" in capsys.readouterr().err
    assert not (tmp_path / "x").exists()
