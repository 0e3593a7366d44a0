"""The department monthly report, made from the demo and read back with pdftotext."""

from __future__ import annotations

import datetime
import re
import sqlite3
from collections.abc import Callable
from pathlib import Path

import pytest

from perfdesk.cli import main
from perfdesk.core.kpi import Status
from perfdesk.store.document import Document
from perfdesk.store.report_data import department_report

Pages = Callable[[Path], list[str]]


def _flat(pages: list[str]) -> str:
    return re.sub(r"\s+", "", "".join(pages))


def test_chinese_report_from_the_cli(
    demo_zh: Path, tmp_path: Path, pages_of: Pages, fonts_of: Callable[[Path], str]
) -> None:
    out = tmp_path / "sales.pdf"
    code = main(
        [
            "report",
            "department",
            str(demo_zh),
            "--unit",
            "销售部",
            "--period",
            "2026-10",
            "-o",
            str(out),
        ]
    )
    assert code == 0
    pages = pages_of(out)
    text = "\n".join(pages)
    assert "月度业绩跟踪报告" in text and "销售部 · 2026年10月" in text
    # A known KPI row: the sales amount's October target, with its status as shape + word.
    sales = next(line for line in text.splitlines() if line.strip().startswith("销售额"))
    assert "万元" in sales and ("● 达标" in sales or "◆ 未达标" in sales or "▲ 预警" in sales)
    for number, page in enumerate(pages, start=1):
        # pdftotext drops the spaces between Chinese characters: the footer is
        # "第 1 页 / 共 N 页" on the page.
        assert f"第{number}页/共{len(pages)}页" in re.sub(r"\s+", "", page)
        assert "来源：demo.perfdesk" in page
    for heading in ("一、本月计分卡", "二、年度趋势", "四、人员排名", "六、偏差说明"):
        assert heading in text
    fonts = [line for line in fonts_of(out).splitlines() if "WenQuanYi" in line]
    assert fonts and all(" yes yes yes " in line for line in fonts)


def test_english_report_follows_the_language(
    demo_en: Path, tmp_path: Path, pages_of: Pages
) -> None:
    out = tmp_path / "sales.pdf"
    code = main(
        [
            "report",
            "department",
            str(demo_en),
            "--unit",
            "SAL",
            "--period",
            "2026-10",
            "--lang",
            "en",
            "-o",
            str(out),
        ]
    )
    assert code == 0
    pages = pages_of(out)
    assert "Monthly performance-tracking report" in pages[0]
    assert f"Page 1 of {len(pages)}" in pages[0]
    assert "1. Scorecard for the month" in pages[0]


def test_the_data_behind_the_report(demo_zh: Path) -> None:
    with Document.open(demo_zh, read_only=True) as doc:
        unit = doc.conn.execute("SELECT id FROM org_units WHERE code = 'SAL'").fetchone()[0]
        report = department_report(
            doc.conn, demo_zh.name, unit, "2026-10", today=datetime.date(2026, 11, 20)
        )
    assert report.months[0] == "2026-01" and report.months[-1] == "2026-10"
    assert report.rows and all(len(row.actuals) == 12 for row in report.rows)
    assert all(row.facts.status is not Status.MISSING for row in report.rows)
    scores = [p.score for p in report.people if p.score is not None]
    assert scores == sorted(scores, reverse=True)  # ranked best first
    assert [p.rank for p in report.people][:1] == [1]


def test_the_reports_ranking_agrees_with_the_rankings_window(demo_zh: Path) -> None:
    """Both rank by core.scoring: the same scores, and the same order among the unit's
    people as in the company-wide ranking the Rankings window shows."""
    from perfdesk.store.repo_evaluations import PERSON, ranking
    from perfdesk.store.report_data import subtree

    with Document.open(demo_zh, read_only=True) as doc:
        for code in ("SAL", "PRD"):
            unit = doc.conn.execute("SELECT id FROM org_units WHERE code = ?", (code,)).fetchone()
            report = department_report(doc.conn, demo_zh.name, unit[0], "2026-10")
            units = set(subtree(doc.conn, unit[0]))
            window = [
                row
                for row in ranking(doc.conn, "2026-10").group(PERSON)
                if row.holder.unit_id in units
            ]
            assert len(report.people) == len(window) > 3
            assert [p.person_id for p in report.people] == [r.holder.id for r in window]
            assert [p.score for p in report.people] == [r.score.value for r in window]
            # Ranks within the unit order people as the window's ranks do, ties included.
            pairs = list(zip(report.people, window, strict=True))
            for mine, theirs in pairs:
                for other, their_other in pairs:
                    if mine.rank is None or other.rank is None:
                        assert (mine.rank is None) == (theirs.rank is None)
                        continue
                    assert (mine.rank < other.rank) == (theirs.rank < their_other.rank)
                    assert (mine.rank == other.rank) == (theirs.rank == their_other.rank)


def test_hostile_names_and_notes_print_as_typed(
    demo_zh: Path, tmp_path: Path, pages_of: Pages, monkeypatch: pytest.MonkeyPatch
) -> None:
    hostile = '<b>销售</b>&amp; <font size=40>大</font> <img src="/etc/passwd"/> ]]>'
    with sqlite3.connect(demo_zh) as conn:
        conn.execute("UPDATE org_units SET name = ? WHERE code = 'SAL'", (hostile + "\x01部",))
    opened: list[str] = []
    real_open = open

    def spy(file: object, *args: object, **kwargs: object) -> object:
        opened.append(str(file))
        return real_open(file, *args, **kwargs)  # type: ignore[call-overload]

    monkeypatch.setattr("builtins.open", spy)
    out = tmp_path / "hostile.pdf"
    code = main(
        [
            "report",
            "department",
            str(demo_zh),
            "--unit",
            "SAL",
            "--period",
            "2026-10",
            "-o",
            str(out),
        ]
    )
    monkeypatch.undo()
    assert code == 0
    assert hostile.replace(" ", "") + "部" in _flat(pages_of(out))
    assert not any("passwd" in path for path in opened)


def test_unknown_and_ambiguous_units_are_refused(
    demo_zh: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    out = tmp_path / "x.pdf"
    args = ["report", "department", str(demo_zh), "--period", "2026-10", "-o", str(out)]
    assert main([*args, "--unit", "销售"]) == 1
    err = capsys.readouterr().err
    assert "销售" in err and "华东销售一组" in err  # the candidates are listed
    assert not out.exists()
    assert main([*args, "--unit", "SAL", "--period", "2026-13"]) == 1
    broken = tmp_path / "broken.perfdesk"
    broken.write_bytes(b"not a database")
    args[2] = str(broken)
    assert main([*args, "--unit", "SAL"]) == 2
