"""The formatted export, read back by a second reader (python-calamine) and as XML."""

from __future__ import annotations

import csv
import re
import zipfile
from pathlib import Path

from python_calamine import CalamineWorkbook

from perfdesk.store import ops
from perfdesk.store.document import Document
from perfdesk.store.export_grid import export_file, periods_of, safe_text, unit_holders


def test_a_month_for_all_units_reads_back_with_values_and_no_formula(
    demo_zh: Path, tmp_path: Path
) -> None:
    with Document.open(demo_zh) as doc:
        unit = doc.conn.execute("SELECT id FROM org_units WHERE name = '销售部'").fetchone()[0]
        ops.rename_org_unit(doc, unit, '=HYPERLINK("http://x","点我")')
        out = tmp_path / "m.xlsx"
        count = export_file(doc.conn, out, ["2026-10"], lang="zh", title="华信科技 2026-10")
        expected = doc.conn.execute(
            "SELECT v.actual FROM goal_values v JOIN goals g ON g.key = v.goal "
            "JOIN kpis k ON k.id = g.kpi_id WHERE g.unit_id = ? AND k.code = 'sales_amount' "
            "AND v.period = '2026-10'",
            (unit,),
        ).fetchone()[0]
    rows = CalamineWorkbook.from_path(str(out)).get_sheet_by_index(0).to_python()
    assert rows[0][0] == "华信科技 2026-10"
    assert rows[1][:8] == [
        "责任主体",
        "指标编码",
        "指标",
        "计量单位",
        "2026年10月 目标",
        "2026年10月 实际",
        "2026年10月 达成率",
        "2026年10月 状态",
    ]
    assert len(rows) == count + 2
    sales = next(r for r in rows if r[1] == "sales_amount" and str(r[0]).startswith("'="))
    assert sales[0] == '\'=HYPERLINK("http://x","点我")'
    assert sales[5] == expected
    assert sales[7].split()[1] in ("达标", "预警", "未达标", "缺数据")
    with zipfile.ZipFile(out) as archive:
        sheet = archive.read("xl/worksheets/sheet1.xml").decode()
        styles = archive.read("xl/styles.xml").decode()
    assert "<f>" not in sheet and "<f " not in sheet  # no cell is a formula
    assert '<pane xSplit="3" ySplit="2"' in sheet  # header and holder/KPI columns frozen
    assert re.search(r'formatCode="&quot;● &quot;#,##0\.0', styles)  # the shape goes with it
    words = {r[7].split()[1] for r in rows[2:]}
    tints = {"达标": "D4E8F5", "预警": "FFEE99", "未达标": "E3939A"}
    assert words & set(tints)
    for word in words & set(tints):  # each status shown gets its tint
        assert tints[word] in styles.upper()


def test_english_headers_and_a_unit_with_its_people_to_csv(demo_zh: Path, tmp_path: Path) -> None:
    out = tmp_path / "y.csv"
    with Document.open(demo_zh, read_only=True) as doc:
        holders = unit_holders(doc.conn, doc.path, "SAL")
        count = export_file(doc.conn, out, periods_of("2026"), holders, lang="en")
    raw = out.read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf")
    rows = list(csv.reader(out.read_text(encoding="utf-8-sig").splitlines()))
    assert rows[0][:5] == ["Holder", "KPI code", "KPI", "Unit", "Jan 2026 Target"]
    assert len(rows[0]) == 4 + 12 * 4 and len(rows) == count + 1
    assert {r[0] for r in rows[1:]} >= {"销售部"}
    assert len({r[0] for r in rows[1:]}) > 1  # its people too


def test_formula_like_text_is_neutralised() -> None:
    for text in ("=1+1", "+1", "-1", "@SUM(A1)", "\tx", "\rx"):
        assert safe_text(text) == "'" + text
    assert safe_text("销售部") == "销售部"
