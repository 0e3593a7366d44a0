"""`perfdesk import` and `perfdesk export` from the command line: reports and exit codes."""

from __future__ import annotations

import hashlib
from pathlib import Path

import pytest

from perfdesk.cli import main


def sha(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def test_import_dry_run_then_apply_then_undo(
    demo_zh: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    data = tmp_path / "a.csv"
    data.write_text(
        "部门,指标,期间,实际\n销售部,销售额,2026-10,1500\n合计,,,1500\n", encoding="utf-8"
    )
    before = sha(demo_zh)
    assert main(["import", str(demo_zh), str(data), "--dry-run"]) == 0
    out = capsys.readouterr().out
    assert "changed 1" in out and "row 3: totals row" in out and "dry run" in out
    assert sha(demo_zh) == before
    assert main(["import", str(demo_zh), str(data)]) == 0
    assert "imported 1 values" in capsys.readouterr().out
    assert sha(demo_zh) != before
    assert main(["merge", str(demo_zh), "--undo"]) == 0
    assert sha(demo_zh) == before


def test_import_rejected_and_unreadable(
    demo_zh: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    data = tmp_path / "a.csv"
    data.write_text("部门,指标,期间,实际\n销售部,销售额,2026-10,abc\n", encoding="utf-8")
    before = sha(demo_zh)
    assert main(["import", str(demo_zh), str(data)]) == 1
    assert "row 2: refused" in capsys.readouterr().out
    fake = tmp_path / "b.xlsx"
    fake.write_text("no", encoding="utf-8")
    assert main(["import", str(demo_zh), str(fake)]) == 2
    assert "not an XLSX" in capsys.readouterr().err
    mapping = tmp_path / "m.json"
    mapping.write_text('{"holder": "部门", "kpi": "指标", "period": "期间", "value": "实际"}')
    assert main(["import", str(demo_zh), str(data), "--mapping", str(mapping)]) == 1
    assert sha(demo_zh) == before


def test_export(demo_zh: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    out = tmp_path / "o.xlsx"
    assert (
        main(["export", str(demo_zh), "--period", "2026-10", "--unit", "销售部", "-o", str(out)])
        == 0
    )
    assert out.stat().st_size > 0 and "goals × 1 periods" in capsys.readouterr().out
    assert (
        main(["export", str(demo_zh), "--period", "2026-10", "--unit", "无此部门", "-o", str(out)])
        == 1
    )
    assert main(["export", str(demo_zh), "--period", "x", "-o", str(out)]) == 1


def test_import_uses_the_mapping_the_dialog_remembered(
    demo_zh: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    from perfdesk.core.import_mapping import Mapping, header_signature
    from perfdesk.store.import_actuals import save_mapping
    from perfdesk.ui.settings import import_mapping_folder

    data = tmp_path / "yuan.csv"
    data.write_text("dept;metric;month;amount\nSAL;sales_amount;10月;12340000\n", encoding="utf-8")
    # Nothing remembered: the header is guessed (and these names are not guessable).
    assert main(["import", str(demo_zh), str(data), "--dry-run"]) != 0
    assert "guessed from the header" in capsys.readouterr().out
    # What the dialog writes after an import with this layout (yuan, year 2026).
    remembered = Mapping(
        holder="dept", kpi="metric", period="month", value="amount", year=2026, value_unit="元"
    )
    signature = header_signature(["dept", "metric", "month", "amount"])
    path = save_mapping(import_mapping_folder(), signature, remembered)
    assert main(["import", str(demo_zh), str(data), "--dry-run"]) == 0
    out = capsys.readouterr().out
    assert f"remembered for this layout ({path})" in out
    assert "changed 1" in out or "new 1" in out
