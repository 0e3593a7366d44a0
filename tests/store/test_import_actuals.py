"""Importing actuals from real-looking ERP exports made here: outcomes per row, all or
nothing, a backup that Undo Import puts back, and bad files refused with the document
unchanged."""

from __future__ import annotations

import datetime
import hashlib
import zipfile
from pathlib import Path

import pytest

from perfdesk.core.import_mapping import Mapping
from perfdesk.store import ops
from perfdesk.store.document import Document
from perfdesk.store.exchange.apply import undo_import
from perfdesk.store.exchange.history import last_import
from perfdesk.store.import_actuals import ImportRefused, apply_import, plan_import
from perfdesk.store.import_files import MAX_FILE_BYTES, ImportFileError, read_table


def sha(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def actual(doc: Document, unit: str, kpi: str, period: str) -> float | None:
    row = doc.conn.execute(
        "SELECT v.actual FROM goal_values v JOIN goals g ON g.key = v.goal "
        "JOIN org_units u ON u.id = g.unit_id JOIN kpis k ON k.id = g.kpi_id "
        "WHERE u.name = ? AND k.code = ? AND v.period = ?",
        (unit, kpi, period),
    ).fetchone()
    return None if row is None else row[0]


GBK_WIDE = (
    "华信科技 2026年销售实际（ERP导出）\r\n"
    "单位：万元,,,\r\n"
    ",,,\r\n"
    "部门,指标,2026年,\r\n"
    ",,9月,10月\r\n"
    '销售部,销售额,"1,050.5",1234\r\n'
    ",,,\r\n"
    "市场部,转化率,12%,13.5\r\n"
    "合计,,,\r\n"
)


def test_gbk_csv_with_title_lines_and_a_merged_two_row_header(
    demo_zh: Path, tmp_path: Path
) -> None:
    data = tmp_path / "erp.csv"
    data.write_bytes(GBK_WIDE.encode("gbk"))
    with Document.open(demo_zh) as doc:
        plan = plan_import(doc, data)
        assert plan.table.encoding == "gb18030"
        assert plan.header.rows == 2 and plan.header.title_lines[0].startswith("华信科技")
        assert plan.mapping.months == {"2026年 9月": 9, "2026年 10月": 10}
        by_row = {(o.row, o.period): o for o in plan.outcomes if o.period}
        assert by_row[(6, "2026-09")].new == 1050.5
        assert by_row[(6, "2026-10")].new == 1234
        assert by_row[(8, "2026-09")].new == 12
        assert [o.row for o in plan.of_kind("total")] == [9]
        assert plan.ok, [o.reason for o in plan.of_kind("refused")]
        result = apply_import(doc, plan)
        assert result.written == 4 and result.backup is not None
        assert actual(doc, "销售部", "sales_amount", "2026-10") == 1234
        assert actual(doc, "市场部", "conversion_rate", "2026-09") == 12
        found = last_import(doc)
        assert found is not None and found[0] == "erp.csv" and found[1] == result.backup
    before = sha(result.backup)
    undo_import(demo_zh, result.backup)
    assert sha(demo_zh) == before
    with Document.open(demo_zh) as doc:
        assert actual(doc, "销售部", "sales_amount", "2026-10") == pytest.approx(1168.2)


def _xlsx(path: Path) -> None:
    import xlsxwriter

    book = xlsxwriter.Workbook(str(path))
    sheet = book.add_worksheet("实际")
    date = book.add_format({"num_format": "yyyy年m月"})
    sheet.merge_range("A1:E1", "2026年经营数据")
    sheet.write_row(1, 0, ["部门编码", "指标名称", "期间", "实际值", "备注"])
    sheet.merge_range("A3:A5", "SAL")  # one department over three rows
    sheet.write_row(2, 1, ["销售额"])
    sheet.write_datetime(2, 2, datetime.datetime(2026, 10, 1), date)
    sheet.write_number(2, 3, 1300.0)
    sheet.write_row(3, 1, ["新增客户数"])
    sheet.write_datetime(3, 2, datetime.datetime(2026, 10, 1), date)
    sheet.write_string(3, 3, "=SUM(A1:A2)")
    sheet.write_row(4, 1, ["销售额"])
    sheet.write_number(4, 2, 46266)  # a bare serial: 2026-09-01
    sheet.write_string(4, 3, "1e309")
    sheet.write_row(6, 0, ["总计", "", "", 1300])
    book.close()


def test_xlsx_with_dates_merged_cells_and_bad_cells_is_refused_whole(
    demo_zh: Path, tmp_path: Path
) -> None:
    data = tmp_path / "erp.xlsx"
    _xlsx(data)
    before = sha(demo_zh)
    with Document.open(demo_zh) as doc:
        plan = plan_import(doc, data)
        outcomes = {o.row: o for o in plan.outcomes}
        assert outcomes[3].kind == "change" and outcomes[3].period == "2026-10"
        assert outcomes[3].holder == "SAL" and outcomes[3].new == 1300
        assert outcomes[4].kind == "refused" and outcomes[4].params["reason"] == "formula"
        assert outcomes[5].period == "2026-09" and outcomes[5].params["reason"] == "too_large"
        assert outcomes[7].kind == "total"
        assert not plan.ok
        with pytest.raises(ImportRefused):
            apply_import(doc, plan)
    assert sha(demo_zh) == before
    assert not list(tmp_path.glob("*.bak"))


def test_refusals_name_the_row_and_why(demo_zh: Path, tmp_path: Path) -> None:
    lines = [
        "单位,指标,期间,实际",
        "销售部,销售额,2026-10,100",
        "销售部,销售额,2026年10月,101",  # the same cell twice
        "无此部门,销售额,2026-10,1",
        "销售部,无此指标,2026-10,1",
        "销售部,销售额,2031-10,1",  # no goal that year
        "销售部,销售额,2026-13,1",
        "销售部,转化率,2026-10,1",  # 销售部 has a goal for it: out of bounds below
        "销售部,转化率,2026-09,180%",
        "销售部,销售额,2026-09,abc",
        "销售部,销售额,2026-08," + "9" * 100_000,
        "销售部,销售额,2026-07,<b>5</b>",
        "销售部,销售额,2026-06,NaN",
        '销售部,销售额,2026-05,"1,2,3"',
        "销售部,销售额,2026-04,-0",
        "销售部,销售额,2026-02,5\x07",  # a control character
    ]
    data = tmp_path / "bad.csv"
    data.write_text("\n".join(lines), encoding="utf-8")
    with Document.open(demo_zh) as doc:
        ops.set_period_closed(doc, [_goal(doc, "销售部", "sales_amount")], "2026-03", True)
        with data.open("a", encoding="utf-8") as handle:
            handle.write("\n销售部,销售额,2026-03,5\n")
        plan = plan_import(doc, data)
        codes = {o.row: o.code for o in plan.outcomes}
        assert codes[3] == "duplicate"
        assert codes[4] == "unknown_holder" and codes[5] == "unknown_kpi"
        assert codes[6] == "no_goal" and codes[7] == "bad_period"
        assert codes[9] == "out_of_range"
        assert codes[10] == codes[11] == codes[12] == codes[13] == codes[14] == "bad_number"
        assert codes[15] == ""  # "-0" is 0, not a refusal
        assert codes[16] == "bad_number"
        assert codes[17] == "value_locked"
        reasons = {o.row: o.reason for o in plan.outcomes}
        assert "row 2" in reasons[3] and "无此部门" in reasons[4]


def _goal(doc: Document, unit: str, kpi: str) -> str:
    return str(
        doc.conn.execute(
            "SELECT g.id FROM goals g JOIN org_units u ON u.id = g.unit_id JOIN kpis k "
            "ON k.id = g.kpi_id WHERE u.name = ? AND k.code = ? AND g.period = '2026'",
            (unit, kpi),
        ).fetchone()[0]
    )


def test_an_archived_goal_and_an_ambiguous_person(demo_zh: Path, tmp_path: Path) -> None:
    with Document.open(demo_zh) as doc:
        ops.set_archived(doc, "goals", _goal(doc, "销售部", "sales_amount"), True)
        unit = doc.conn.execute("SELECT id FROM org_units WHERE name = '销售部'").fetchone()[0]
        ops.add_person(doc, "同名", unit)
        ops.add_person(doc, "同名", unit)
        data = tmp_path / "a.csv"
        data.write_text("部门,指标,期间,实际\n销售部,销售额,2026-10,1\n同名,销售额,2026-10,1\n")
        plan = plan_import(doc, data)
        codes = {o.row: o for o in plan.outcomes}
        assert codes[2].code == "archived"
        assert (
            codes[3].code == "ambiguous_holder" and codes[3].params["candidates"].count("同名") == 2
        )


def test_a_mapping_chosen_by_the_user(demo_zh: Path, tmp_path: Path) -> None:
    data = tmp_path / "yuan.csv"
    data.write_text("dept;metric;month;amount\nSAL;sales_amount;10月;12340000\n", encoding="utf-8")
    mapping = Mapping(
        holder="dept", kpi="metric", period="month", value="amount", year=2026, value_unit="元"
    )
    with Document.open(demo_zh) as doc:
        plan = plan_import(doc, data, mapping)
        assert plan.table.delimiter == ";"
        (only,) = plan.writes
        assert (only.period, only.new) == ("2026-10", 1234.0)  # 元 into 万元


# -- bad files ---------------------------------------------------------------------


def _bad_files(tmp_path: Path) -> dict[str, tuple[Path, str]]:
    files: dict[str, tuple[Path, str]] = {}
    fake = tmp_path / "fake.xlsx"
    fake.write_text("部门,指标\n", encoding="utf-8")
    files["text named .xlsx"] = (fake, "not_xlsx")
    binary = tmp_path / "binary.csv"
    binary.write_bytes(b"PK\x03\x04" + b"\x00" * 100)
    files["zip named .csv"] = (binary, "not_text")
    corrupt = tmp_path / "corrupt.xlsx"
    corrupt.write_bytes(b"PK\x03\x04" + b"\x13" * 500)
    files["corrupt xlsx"] = (corrupt, "damaged")
    encrypted = tmp_path / "locked.xlsx"
    encrypted.write_bytes(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\x00" * 2000)
    files["password-protected xlsx"] = (encrypted, "encrypted")
    bomb = tmp_path / "bomb.xlsx"
    with zipfile.ZipFile(bomb, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("[Content_Types].xml", "<Types/>")
        archive.writestr("xl/worksheets/sheet1.xml", b"<" + b" " * (20 * 1024 * 1024))
    files["zip bomb"] = (bomb, "bomb")
    entities = tmp_path / "entities.xlsx"
    with zipfile.ZipFile(entities, "w") as archive:
        archive.writestr("[Content_Types].xml", "<Types/>")
        archive.writestr(
            "xl/sharedStrings.xml",
            '<?xml version="1.0"?><!DOCTYPE lolz [<!ENTITY lol "lol">'
            '<!ENTITY lol2 "&lol;&lol;&lol;&lol;">]><sst>&lol2;</sst>',
        )
    files["entity bomb"] = (entities, "entities")
    huge = tmp_path / "huge.csv"
    with huge.open("wb") as handle:
        handle.truncate(1024 * 1024 * 1024)  # sparse: 1 GB on paper, nothing on disk
    files["1 GB csv"] = (huge, "too_big")
    latin = tmp_path / "latin.csv"
    latin.write_bytes(b"\x81\x30\xff\xfe,\x80\n")
    files["no known encoding"] = (latin, "encoding")
    return files


def test_bad_files_are_refused_with_a_reason_and_change_nothing(
    demo_zh: Path, tmp_path: Path
) -> None:
    before = sha(demo_zh)
    for name, (path, code) in _bad_files(tmp_path).items():
        with Document.open(demo_zh) as doc, pytest.raises(ImportFileError) as found:
            plan_import(doc, path)
        assert found.value.code == code, name
    assert sha(demo_zh) == before
    assert MAX_FILE_BYTES < 1024**3


def test_gbk_read_as_utf8_says_so(tmp_path: Path) -> None:
    data = tmp_path / "gbk.csv"
    data.write_bytes("部门,实际\n销售部,5\n".encode("gbk"))
    with pytest.raises(ImportFileError) as found:
        read_table(data, encoding="utf-8")
    assert found.value.code == "encoding" and "GBK" in found.value.detail
    assert read_table(data).rows[1][0] == "销售部"  # detected without being told


def test_unchanged_values_write_nothing(demo_zh: Path, tmp_path: Path) -> None:
    with Document.open(demo_zh) as doc:
        value = actual(doc, "销售部", "sales_amount", "2026-10")
    data = tmp_path / "same.csv"
    data.write_text(f"部门,指标,期间,实际\n销售部,销售额,2026-10,{value}\n", encoding="utf-8-sig")
    before = sha(demo_zh)
    with Document.open(demo_zh) as doc:
        plan = plan_import(doc, data)
        assert [o.kind for o in plan.outcomes] == ["same"]
        assert apply_import(doc, plan).backup is None
    assert sha(demo_zh) == before


def test_a_cancelled_apply_rolls_back_and_keeps_no_backup(
    demo_zh: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from perfdesk.store import import_actuals
    from perfdesk.store.import_actuals import ImportCancelled, apply_import_at

    data = tmp_path / "erp.csv"
    data.write_bytes(GBK_WIDE.encode("gbk"))
    monkeypatch.setattr(import_actuals, "APPLY_CHUNK", 1)  # a Cancel between every cell
    with Document.open(demo_zh) as doc:
        plan = plan_import(doc, data)
        before = sha(demo_zh)
        heard: list[tuple[int, int]] = []

        def progress(done: int, total: int) -> None:
            heard.append((done, total))

        # two cells written in the transaction, then Cancel: all rolled back
        with pytest.raises(ImportCancelled):
            apply_import_at(demo_zh, plan, progress, cancelled=lambda: len(heard) >= 2)
        assert heard == [(1, 4), (2, 4)]
        assert sha(demo_zh) == before
        assert actual(doc, "销售部", "sales_amount", "2026-10") == pytest.approx(1168.2)
        assert last_import(doc) is None or last_import(doc)[0] != "erp.csv"  # type: ignore[index]
    assert not list(demo_zh.parent.glob("*import*"))  # no backup left behind


def test_a_document_changed_since_the_preview_is_checked_again(
    demo_zh: Path, tmp_path: Path
) -> None:
    """The preview's checks are trusted only for the document as it saw it: a period
    closed (by another window) after the preview refuses the import, nothing written;
    an unrelated change since leaves the import to be checked again and written."""
    data = tmp_path / "october.csv"
    data.write_text("部门,指标,期间,实际\n销售部,销售额,2026-10,1500\n", encoding="utf-8")
    with Document.open(demo_zh) as doc:
        goal = _goal(doc, "销售部", "sales_amount")
        plan = plan_import(doc, data)
        assert plan.ok and plan.write_count == 1
        ops.set_period_closed(doc, [goal], "2026-10", True)
        before = sha(demo_zh)
        with pytest.raises(ops.OpError) as refused:
            apply_import(doc, plan)
        assert refused.value.code == "value_locked"
        assert sha(demo_zh) == before
        assert not list(demo_zh.parent.glob("*.import-*.bak"))

        ops.set_period_closed(doc, [goal], "2026-10", False)
        plan = plan_import(doc, data)
        ops.set_actual(doc, goal, "2026-09", 7.0)  # a change elsewhere, after the preview
        assert apply_import(doc, plan).written == 1
        assert actual(doc, "销售部", "sales_amount", "2026-10") == 1500
        assert actual(doc, "销售部", "sales_amount", "2026-09") == 7.0


def test_a_large_file_previews_every_row_in_order(demo_zh: Path, tmp_path: Path) -> None:
    """Rows the preview decides quickly and rows it hands to the exact checks come out
    in the file's order, with the right counts and what apply writes."""
    with Document.open(demo_zh) as doc:
        goal = _goal(doc, "销售部", "sales_amount")
        ops.set_period_closed(doc, [goal], "2026-03", True)
        lines = ["部门,指标,期间,实际"]
        for repeat in range(50):
            for month in range(1, 13):
                lines.append(f"销售部,销售额,2026-{month:02d},{repeat * 100 + month}")
        data = tmp_path / "many.csv"
        data.write_text("\n".join(lines), encoding="utf-8")
        plan = plan_import(doc, data)
        rows = [o.row for o in plan.outcomes]
        assert rows == sorted(rows) and len(rows) == 600
        counts = plan.counts()
        assert counts["refused"] == 600 - 11  # 2026-03 is closed; the rest repeats
        by_row = {o.row: o for o in plan.outcomes}
        assert by_row[4].code == "value_locked" and by_row[4].period == "2026-03"
        assert by_row[14].code == "duplicate" and by_row[14].params == {"first": 2}
        assert by_row[2].kind in ("new", "change") and by_row[2].new == 1.0
        assert not plan.ok and plan.of_kind("refused")[0].row == 4


def test_a_document_file_put_back_is_checked_again(
    demo_zh: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A file put in the document's place since the preview (as Undo Import or a
    restored backup does) is not trusted as the one previewed, even with the same
    SQLite change counter: every value is checked again (write_values), none is taken
    as checked; the same file left in place is written as checked."""
    import os
    import shutil

    from perfdesk.store.import_actuals import apply_import_at

    data = tmp_path / "october.csv"
    data.write_text("部门,指标,期间,实际\n销售部,销售额,2026-10,1500\n", encoding="utf-8")
    with Document.open(demo_zh, read_only=True) as doc:
        plan = plan_import(doc, data)
    twin = tmp_path / "twin.perfdesk"
    shutil.copyfile(demo_zh, twin)
    os.replace(twin, demo_zh)  # the same bytes, counter included, in a new file

    def refuse(*_args: object) -> int:
        raise AssertionError("taken as checked")

    monkeypatch.setattr(ops, "write_checked_actuals", refuse)
    assert apply_import_at(demo_zh, plan).written == 1
    with Document.open(demo_zh, read_only=True) as doc:
        assert actual(doc, "销售部", "sales_amount", "2026-10") == 1500

    monkeypatch.undo()
    taken: list[int] = []
    real = ops.write_checked_actuals

    def counted(doc: Document, rows: list[tuple[int, str, float | None, int | None]]) -> int:
        taken.append(len(rows))
        return real(doc, rows)

    monkeypatch.setattr(ops, "write_checked_actuals", counted)
    data.write_text("部门,指标,期间,实际\n销售部,销售额,2026-10,1600\n", encoding="utf-8")
    with Document.open(demo_zh, read_only=True) as doc:
        plan = plan_import(doc, data)
    assert apply_import_at(demo_zh, plan).written == 1 and taken == [1]
