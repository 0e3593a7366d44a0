"""The improvement-action form (改进行动表): one action per page, to sign."""

from __future__ import annotations

import re
import sqlite3
from collections.abc import Callable
from pathlib import Path

import pytest

from perfdesk.cli import main

Pages = Callable[[Path], list[str]]


def _action(path: Path, status: str = "open") -> tuple[str, str]:
    with sqlite3.connect(path) as conn:
        row = conn.execute(
            "SELECT a.id, p.name FROM actions a JOIN people p ON p.id = a.owner_id "
            "WHERE a.status = ? ORDER BY a.id LIMIT 1",
            (status,),
        ).fetchone()
    return row[0], row[1]


def test_one_action_one_page_with_signature_lines(
    demo_zh: Path, tmp_path: Path, pages_of: Pages
) -> None:
    action_id, owner = _action(demo_zh)
    out = tmp_path / "form.pdf"
    assert main(["report", "action", str(demo_zh), "--action", action_id[:8], "-o", str(out)]) == 0
    pages = pages_of(out)
    assert len(pages) == 1
    text = pages[0]
    flat = re.sub(r"\s+", "", text)
    for label in ("改进行动表", "改进事项", "改进时间", "负责部门", "预期结果", "改进措施"):
        assert label in flat
    assert owner in flat
    assert "责任人签字" in flat and "秘书长签字" in flat
    assert "第1页/共1页" in flat


def test_all_open_actions_of_a_unit_each_on_its_own_page(
    demo_en: Path, tmp_path: Path, pages_of: Pages
) -> None:
    out = tmp_path / "forms.pdf"
    with sqlite3.connect(demo_en) as conn:
        unit, expected = conn.execute(
            "SELECT u.code, count(*) FROM actions a JOIN org_units u "
            "ON u.id = a.responsible_unit_id WHERE a.status IN ('draft','submitted','returned',"
            "'open') GROUP BY u.id ORDER BY count(*) DESC LIMIT 1"
        ).fetchone()
    code = main(
        ["report", "action", str(demo_en), "--unit", unit, "--open", "--lang", "en", "-o", str(out)]
    )
    assert code == 0
    pages = pages_of(out)
    starts = [page for page in pages if "Improvement action form" in page.split("\n", 3)[-1]]
    assert len(starts) >= expected
    assert all("Owner's signature" in "".join(pages) for _ in [0])
    assert f"Page {len(pages)} of {len(pages)}" in pages[-1]


def test_hostile_measures_print_literally_and_long_text_continues(
    demo_zh: Path, tmp_path: Path, pages_of: Pages
) -> None:
    action_id, _owner = _action(demo_zh)
    hostile = '<b>粗</b> & <font color=red>红</font> <img src="/etc/passwd"/> ]]>\x07'
    long_text = "鑫" * 5000
    with sqlite3.connect(demo_zh) as conn:
        conn.execute(
            "UPDATE actions SET measures = ?, title = ? WHERE id = ?",
            (hostile + "\n" + long_text, "<i>标题</i>" + "W" * 300, action_id),
        )
    out = tmp_path / "form.pdf"
    assert main(["report", "action", str(demo_zh), "--action", action_id, "-o", str(out)]) == 0
    pages = pages_of(out)
    flat = re.sub(r"\s+", "", "".join(pages))
    assert '<b>粗</b>&<fontcolor=red>红</font><imgsrc="/etc/passwd"/>]]>' in flat
    assert flat.count("鑫") == 5000  # all of it, over more than one page
    assert len(pages) >= 2
    assert "<i>标题</i>" + "W" * 300 in flat  # a long word wraps instead of being cut


def test_unknown_action_is_refused(
    demo_zh: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    out = tmp_path / "x.pdf"
    assert main(["report", "action", str(demo_zh), "--action", "nope", "-o", str(out)]) == 1
    assert "no action matches 'nope'" in capsys.readouterr().err
    assert main(["report", "action", str(demo_zh), "-o", str(out)]) == 1
    assert not out.exists()
