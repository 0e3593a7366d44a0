"""The meeting review record (业绩跟踪会议记录) and the person archive (业绩跟踪档案), made
from the demo and from a meeting held through the ops layer, read back with pdftotext."""

from __future__ import annotations

import datetime
import re
import shutil
import sqlite3
import subprocess
from collections.abc import Callable
from pathlib import Path

import pytest
from held_meeting import hold_meeting

from perfdesk.cli import main
from perfdesk.core.kpi import Status
from perfdesk.reports.meeting import write_meeting_record
from perfdesk.store import ops
from perfdesk.store.document import Document
from perfdesk.store.report_meeting import find_meetings, meeting_record

Pages = Callable[[Path], list[str]]
HOSTILE = '<b>粗</b>&amp; <font size=40>大</font> <img src="/etc/passwd"/> ]]>'


def _flat(pages: list[str]) -> str:
    return re.sub(r"\s+", "", "".join(pages))


def test_the_demos_ended_meeting_from_the_cli(
    demo_zh: Path, tmp_path: Path, pages_of: Pages, fonts_of: Callable[[Path], str]
) -> None:
    out = tmp_path / "meeting.pdf"
    assert main(["report", "meeting", str(demo_zh), "-o", str(out)]) == 0  # latest ended
    pages = pages_of(out)
    text = _flat(pages)
    assert "业绩跟踪会议记录" in text and "2026年10月业绩跟踪会议" in text
    assert "应到10人，实到9人" in text
    assert "迟到刘宁敏" in text and "请假杨凯帅" in text
    # The free discussion ran 17:30 of its 15:00: the overrun is written out.
    assert "自由讨论—15:0017:30▲超时2:30" in text
    assert "余明梦" in text and "建立客诉分级响应机制" in text  # an issue owner, an action
    # The demo's ended meetings carry the KPI figures frozen for them (demo/context.py),
    # as run mode freezes them at the start: 财务部's 毛利率 for October, amber.
    assert "本次会议没有冻结的业绩数据" not in text
    assert "毛利率32.0%30.7%95.9%▲预警" in text
    for number, page in enumerate(pages, start=1):
        assert f"第{number}页/共{len(pages)}页" in re.sub(r"\s+", "", page)
    fonts = [line for line in fonts_of(out).splitlines() if "WenQuanYi" in line]
    assert fonts and all(" yes yes yes " in line for line in fonts)


def test_a_held_meeting_prints_its_frozen_kpis_timing_issues_and_minutes(
    demo_zh: Path, tmp_path: Path, pages_of: Pages
) -> None:
    with Document.open(demo_zh) as doc:
        held = hold_meeting(doc)
        record = meeting_record(doc.conn, demo_zh.name, held.meeting_id)
    assert record.ended and record.ended_ms == held.end_ms
    sales = next(g for g in record.snapshot if g.unit == "销售部")
    revenue = next(line for line in sales.lines if line.kpi.name == "销售额")
    assert revenue.period == "2026-09" and revenue.target is not None
    assert revenue.status in (Status.GREEN, Status.AMBER, Status.RED)
    timing = {line.title: line for line in record.agenda}
    assert timing["销售部业绩汇报"].difference_seconds == 150  # 7:30 of a 5:00 plan
    assert timing["销售部业绩汇报"].allotted_seconds == 420  # extended by 2:00
    assert timing["生产部业绩汇报"].skipped
    assert timing["总结"].actual_seconds is None  # never reached
    assert record.present == 4 and len(record.attendees) == 6
    assert [i.owner for i in record.issues] == ["苏鹏欣"]
    assert record.issues[0].related_units == ("销售部", "财务部")
    assert [a.issue_number for a in record.actions] == [1]
    assert [m.kind for m in record.minutes] == ["decision", "information"]

    out = tmp_path / "held.pdf"
    write_meeting_record(record, out, "zh")
    text = _flat(pages_of(out))
    assert "应到6人，实到4人" in text and "缺席马春" in text
    assert "记录人刘宁敏" in text and "秘书长曹睿" in text
    assert "销售部业绩汇报苏鹏欣（销售部）5:007:30▲超时2:30（延长至7:00）" in text
    assert "跳过" in text and "未进行" in text
    # A KPI row as frozen at the start: name, target, actual, achievement, status.
    target = f"{revenue.target:,.0f}"
    assert re.search(
        rf"销售额{re.escape(target)}万元[\d,.]+万元[\d.]+%[●▲◆](达标|预警|未达标)", text
    )
    # The issue's row (pdftotext -layout prints the responsible unit's "→ 销售部" line after).
    assert "销售额未达目标：大客户回款延迟外部销售部、财务部苏鹏欣2026-10-15" in text
    assert "→销售部需财务部提供账龄数据" in text
    assert "决定决定：下周起每周一复盘大客户回款。" in text
    assert "主任签字" in text and "秘书长签字" in text
    assert "草稿" not in text


def test_an_ended_meetings_record_is_the_same_twice_and_keeps_the_frozen_figures(
    demo_zh: Path, tmp_path: Path
) -> None:
    with Document.open(demo_zh) as doc:
        held = hold_meeting(doc)
        first = meeting_record(doc.conn, demo_zh.name, held.meeting_id)
        goal = next(line for g in first.snapshot for line in g.lines if line.actual is not None)
        # Today's data changes after the meeting: the record still shows what the room saw.
        ops.set_actual(doc, goal.goal_id, "2026-09", 12345.0)
        again = meeting_record(doc.conn, demo_zh.name, held.meeting_id)
    assert again == first
    a, b = tmp_path / "a.pdf", tmp_path / "b.pdf"
    write_meeting_record(first, a, "zh")
    write_meeting_record(again, b, "zh")
    assert a.read_bytes() == b.read_bytes()
    info = shutil.which("pdfinfo")
    if info is None:
        pytest.fail("pdfinfo is not installed: the README's test command installs poppler-utils")
    shown = subprocess.run([info, str(a)], capture_output=True, text=True, check=True).stdout
    assert re.search(r"CreationDate:\s+Thu Sep 10 09:31:30 2026 UTC", shown)  # its end
    # Another meeting's record has another file id.
    ids = re.findall(rb"/ID\s*\[<(\w+)>", a.read_bytes())
    with Document.open(demo_zh, read_only=True) as doc:
        demo_meeting = find_meetings(doc.conn, "2026年10月业绩跟踪会议")[0].id
        older = meeting_record(doc.conn, demo_zh.name, demo_meeting)
    c = tmp_path / "c.pdf"
    write_meeting_record(older, c, "zh")
    assert ids and ids != re.findall(rb"/ID\s*\[<(\w+)>", c.read_bytes())


def test_hostile_minutes_and_issues_print_as_typed(
    demo_zh: Path, tmp_path: Path, pages_of: Pages, monkeypatch: pytest.MonkeyPatch
) -> None:
    long_text = "长" * 5000
    with Document.open(demo_zh) as doc:
        held = hold_meeting(doc, issue_text=HOSTILE + "\n问题", minute_text=HOSTILE + long_text)
        record = meeting_record(doc.conn, demo_zh.name, held.meeting_id)
    opened: list[str] = []
    real_open = open

    def spy(file: object, *args: object, **kwargs: object) -> object:
        opened.append(str(file))
        return real_open(file, *args, **kwargs)  # type: ignore[call-overload]

    monkeypatch.setattr("builtins.open", spy)
    out = tmp_path / "hostile.pdf"
    write_meeting_record(record, out, "zh")
    monkeypatch.undo()
    text = _flat(pages_of(out))
    # The issue wraps in its narrow column (pdftotext -layout interleaves the columns).
    assert "1<b>粗</b>&amp;<fontsize=40>大外部" in text
    assert '</font><imgsrc="/etc/passwd"/>]]>→销售部' in text
    assert HOSTILE.replace(" ", "") + "长" * 40 in text
    assert text.count("长") >= 5000  # all of it, over pages
    assert not any("passwd" in path for path in opened)


def test_a_meeting_not_ended_prints_as_a_draft(
    demo_zh: Path, tmp_path: Path, pages_of: Pages
) -> None:
    with Document.open(demo_zh) as doc:
        held = hold_meeting(doc, end=False)
        record = meeting_record(doc.conn, demo_zh.name, held.meeting_id, now_ms=held.end_ms)
    assert not record.ended and record.ended_ms is None
    assert record.snapshot_taken  # frozen at the start already
    out = tmp_path / "draft.pdf"
    write_meeting_record(record, out, "en")
    pages = pages_of(out)
    assert "Performance review meeting record (draft)" in pages[0]
    assert "Draft — the meeting has not ended" in pages[0]
    assert all("(draft)" in page for page in pages)  # in every page's header


def test_meeting_cli_exit_codes(
    demo_zh: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    out = tmp_path / "m.pdf"
    args = ["report", "meeting", str(demo_zh), "-o", str(out)]
    assert main([*args, "--meeting", "业绩跟踪"]) == 1  # two meetings: ambiguous
    err = capsys.readouterr().err
    assert (
        "2026-11-03  2026年10月业绩跟踪会议" in err and "2026-10-05  2026年9月业绩跟踪会议" in err
    )
    assert not out.exists()
    assert main([*args, "--meeting", "没有这个会"]) == 1
    assert main([*args, "--meeting", "9月", "--lang", "en"]) == 0 and out.exists()
    broken = tmp_path / "broken.perfdesk"
    broken.write_bytes(b"not a database")
    assert main(["report", "meeting", str(broken), "-o", str(tmp_path / "x.pdf")]) == 2
    with sqlite3.connect(demo_zh) as conn:  # no meeting ended: the trigger set aside a moment
        (trigger,) = conn.execute(
            "SELECT sql FROM sqlite_master WHERE name = 'meetings_frozen_update'"
        ).fetchone()
        conn.execute("DROP TRIGGER meetings_frozen_update")
        conn.execute("UPDATE meetings SET status = 'planned'")
        conn.execute(trigger)
    assert main([*args, "--force"]) == 1  # 'latest': no meeting has ended
    assert "no meeting has ended" in capsys.readouterr().err


def test_person_archive_from_the_cli(
    demo_zh: Path, tmp_path: Path, pages_of: Pages, capsys: pytest.CaptureFixture[str]
) -> None:
    with Document.open(demo_zh) as doc:
        ops.evaluate_period(doc, "2026-Q3")
        person, number = doc.conn.execute(
            "SELECT e.person_id, p.employee_no FROM evaluations e "
            "JOIN people p ON p.id = e.person_id WHERE e.rank = 1 LIMIT 1"
        ).fetchone()
        evaluation = doc.conn.execute(
            "SELECT id FROM evaluations WHERE person_id = ?", (person,)
        ).fetchone()[0]
        ops.file_appeal(doc, evaluation, HOSTILE + "申诉理由")
        name = doc.conn.execute("SELECT name FROM people WHERE id = ?", (person,)).fetchone()[0]
    out = tmp_path / "person.pdf"
    assert main(["report", "person", str(demo_zh), "--person", number, "-o", str(out)]) == 0
    pages = pages_of(out)
    text = _flat(pages)
    assert "业绩跟踪档案" in text and name in text and number in text
    assert "2026年第3季度" in text and "1/" in text  # the frozen rank
    # Printed as typed, wrapped in its column.
    filed = datetime.date.today().isoformat()  # file_appeal's default day
    for piece in (f"{filed}：<b>粗", "</b>&amp;<fontsize=40>", '大</font><imgsrc="/etc/p'):
        assert piece in text
    assert "待复核" in text  # the appeal's state
    assert f"第1页/共{len(pages)}页" in re.sub(r"\s+", "", pages[0])

    # Two people of the same name: the candidates with their unit and number.
    with sqlite3.connect(demo_zh) as conn:
        other = conn.execute(
            "SELECT id, employee_no FROM people WHERE id <> ? AND employee_no IS NOT NULL LIMIT 1",
            (person,),
        ).fetchone()
        conn.execute("UPDATE people SET name = ? WHERE id = ?", (name, other[0]))
    again = tmp_path / "again.pdf"
    assert main(["report", "person", str(demo_zh), "--person", name, "-o", str(again)]) == 1
    err = capsys.readouterr().err
    assert number in err and other[1] in err and not again.exists()
    assert main(["report", "person", str(demo_zh), "--person", "无此人", "-o", str(again)]) == 1
    broken = tmp_path / "broken.perfdesk"
    broken.write_bytes(b"not a database")
    assert main(["report", "person", str(broken), "--person", name, "-o", str(again)]) == 2
