"""File → Import Actuals… and File → Export… through the window: preview with a refused
row, fix, import, Undo Import restores; the export dialog writes the shown grid."""

from __future__ import annotations

import hashlib
from pathlib import Path

import pytest
from python_calamine import CalamineWorkbook

from perfdesk.ui import exchange


def sha(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def _actual(window, unit: str, kpi: str, period: str):  # type: ignore[no-untyped-def]
    row = window.context.doc.conn.execute(
        "SELECT v.actual FROM goal_values v JOIN goals g ON g.key = v.goal "
        "JOIN org_units u ON u.id = g.unit_id JOIN kpis k ON k.id = g.kpi_id "
        "WHERE u.name = ? AND k.code = ? AND v.period = ?",
        (unit, kpi, period),
    ).fetchone()
    return None if row is None else row[0]


def test_import_through_the_dialog_then_undo_import(
    make_window, zh, qtbot, demo_zh: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:  # type: ignore[no-untyped-def]
    window = make_window(demo_zh)
    before = sha(demo_zh)
    data = tmp_path / "erp.csv"
    data.write_bytes(
        "2026年10月实际\n部门,指标,期间,实际\n销售部,销售额,2026-10,1500\n"
        "市场部,转化率,2026-10,abc\n合计,,,1500\n".encode("gbk")
    )
    window.import_actuals_action.trigger()
    dialog = window.import_dialog
    assert dialog is not None
    assert dialog.load(data)
    assert dialog.holder_combo.currentData() == "部门"
    dialog.preview_button.click()
    qtbot.waitUntil(lambda: dialog.plan is not None and not dialog.busy(), timeout=10000)
    model = dialog.model
    first = [model.index(0, c).data() for c in range(model.columnCount())]
    assert first[0] == 4 and first[1] == "拒绝"  # refused rows come first, by row number
    assert first[7] == "“abc”不是以 % 计的数字"
    assert "拒绝 1 个" in dialog.summary.text() and "合计行 1 行" in dialog.summary.text()
    assert not dialog.import_button.isEnabled()  # all or nothing
    dialog.grab().save("/tmp/io-import-preview.png")

    data.write_bytes(
        "2026年10月实际\n部门,指标,期间,实际\n销售部,销售额,2026-10,1500\n"
        "市场部,转化率,2026-10,13.5%\n合计,,,1500\n".encode("gbk")
    )
    dialog.load(data)
    dialog.preview_button.click()
    qtbot.waitUntil(lambda: dialog.plan is not None and not dialog.busy(), timeout=10000)
    assert dialog.plan.ok and dialog.import_button.isEnabled()
    dialog.import_button.click()
    qtbot.waitUntil(lambda: window.import_dialog is None)
    assert _actual(window, "销售部", "sales_amount", "2026-10") == 1500
    assert _actual(window, "市场部", "conversion_rate", "2026-10") == 13.5
    assert sha(demo_zh) != before

    window.update_exchange_actions()
    assert window.undo_import_action.isEnabled()
    monkeypatch.setattr(exchange, "ask", lambda *_args: True)
    window.undo_import_action.trigger()
    assert sha(demo_zh) == before
    assert _actual(window, "销售部", "sales_amount", "2026-10") == pytest.approx(1168.2)


def test_a_file_that_is_not_a_workbook_is_refused_in_the_dialog(
    make_window, zh, demo_zh: Path, tmp_path: Path
) -> None:  # type: ignore[no-untyped-def]
    window = make_window(demo_zh)
    fake = tmp_path / "fake.xlsx"
    fake.write_text("部门,实际\n", encoding="utf-8")
    window.import_actuals_action.trigger()
    dialog = window.import_dialog
    assert not dialog.load(fake)
    assert "fake.xlsx" in dialog.summary.text() and dialog.error_text
    assert not dialog.import_button.isEnabled()
    dialog.reject()


def test_export_dialog_writes_the_grid_as_shown(
    make_window, zh, qtbot, demo_zh: Path, tmp_path: Path
) -> None:  # type: ignore[no-untyped-def]
    window = make_window(demo_zh)
    unit = window.context.doc.conn.execute(
        "SELECT id FROM org_units WHERE name = '销售部'"
    ).fetchone()[0]
    window.context.holder = unit
    window.export_grid_action.trigger()
    dialog = window.export_dialog
    assert dialog.grid_radio.isChecked()
    out = tmp_path / "grid.xlsx"
    dialog.path_edit.setText(str(out))
    dialog.grab().save("/tmp/io-export-dialog.png")
    dialog.export()
    qtbot.waitUntil(lambda: window.export_dialog is None or not dialog.busy(), timeout=20000)
    rows = CalamineWorkbook.from_path(str(out)).get_sheet_by_index(0).to_python()
    assert rows[1][0] == "责任主体" and rows[1][4] == "2026年1月 目标"
    assert "销售部" in {r[0] for r in rows[2:]}
    assert "导出" in window.statusBar().currentMessage()


def _ready_import(window, qtbot, tmp_path: Path):  # type: ignore[no-untyped-def]
    """The import dialog with a good file previewed."""
    data = tmp_path / "erp.csv"
    data.write_bytes(
        "部门,指标,期间,实际\n销售部,销售额,2026-10,1500\n市场部,转化率,2026-10,13.5%\n".encode(
            "gbk"
        )
    )
    window.import_actuals_action.trigger()
    dialog = window.import_dialog
    assert dialog.load(data)
    dialog.preview_button.click()
    qtbot.waitUntil(lambda: dialog.plan is not None and not dialog.busy(), timeout=10000)
    assert dialog.import_button.isEnabled()
    return dialog


def test_cancel_while_the_import_is_written_changes_nothing(
    make_window, zh, qtbot, demo_zh: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:  # type: ignore[no-untyped-def]
    import threading

    from perfdesk.store import ops

    window = make_window(demo_zh)
    dialog = _ready_import(window, qtbot, tmp_path)
    before = sha(demo_zh)
    inside, release = threading.Event(), threading.Event()

    def slow(real):  # type: ignore[no-untyped-def]
        def held(doc, cells):  # type: ignore[no-untyped-def]
            inside.set()
            release.wait(10)
            return real(doc, cells)

        return held

    # The first chunk is held inside the transaction, whichever writer it goes through.
    for name in ("write_values", "write_checked_actuals"):
        monkeypatch.setattr(ops, name, slow(getattr(ops, name)))
    dialog.import_button.click()
    qtbot.waitUntil(inside.is_set, timeout=10000)  # written on the worker: the UI answers
    assert dialog.busy() and dialog.cancel_button.isVisible() and dialog.progress.isVisible()
    dialog.cancel_button.click()
    release.set()
    qtbot.waitUntil(lambda: not dialog.busy(), timeout=10000)
    assert "取消" in dialog.summary.text()
    assert window.import_dialog is dialog  # still open: the user may import after all
    assert sha(demo_zh) == before
    assert not list(demo_zh.parent.glob("*.import-*.bak"))
    assert _actual(window, "销售部", "sales_amount", "2026-10") == pytest.approx(1168.2)
    dialog.reject()


def test_stop_while_exporting_leaves_no_file(
    make_window, zh, qtbot, demo_zh: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:  # type: ignore[no-untyped-def]
    import threading

    from perfdesk.store import export_grid

    window = make_window(demo_zh)
    window.export_grid_action.trigger()
    dialog = window.export_dialog
    dialog.period_radio.setChecked(True)
    out = tmp_path / "year.xlsx"
    dialog.path_edit.setText(str(out))
    inside, release = threading.Event(), threading.Event()
    real = export_grid.export_file

    def slow(*args, **kwargs):  # type: ignore[no-untyped-def]
        inside.set()
        release.wait(10)
        return real(*args, **kwargs)

    monkeypatch.setattr(export_grid, "export_file", slow)
    dialog.export_button.click()
    qtbot.waitUntil(inside.is_set, timeout=10000)
    assert dialog.busy() and dialog.cancel_button.isVisible()
    dialog.cancel_button.click()
    release.set()
    qtbot.waitUntil(lambda: not dialog.busy(), timeout=20000)
    assert "停止" in dialog.message.text()
    assert not out.exists() and not list(tmp_path.glob(".*part*"))
    assert window.export_dialog is dialog and dialog.isVisible()
    dialog.reject()


def test_a_header_that_cannot_be_mapped_says_what_is_needed_and_offers_the_columns(
    make_window, zh, qtbot, demo_zh: Path, tmp_path: Path
) -> None:  # type: ignore[no-untyped-def]
    window = make_window(demo_zh)
    before = sha(demo_zh)
    data = tmp_path / "crm.csv"
    data.write_bytes("部门,指标,期间,备注\n销售部,销售额,2026-10,1500\n".encode("gbk"))
    window.import_actuals_action.trigger()
    dialog = window.import_dialog
    dialog.show()
    assert dialog.load(data)
    assert dialog.value_combo.currentData() == ""  # "备注" is not taken for the value
    dialog.preview_button.click()
    qtbot.waitUntil(lambda: dialog.plan is not None and not dialog.busy(), timeout=10000)
    text = dialog.summary.text()
    assert text.startswith("无法对应各列：")  # the reader's "cannot map the columns"
    assert "表头中没有数值列" in text  # what it needs and does not find
    assert "“部门”、“指标”、“期间”、“备注”" in text  # and what the file has
    assert dialog.marked_columns() == ["value"]
    assert dialog._captions["value"][0].text().startswith("⚠ ")  # a sign, not colour only
    assert dialog.focusWidget() is dialog.value_combo  # the mapping step, ready
    assert not dialog.import_button.isEnabled()
    dialog.grab().save("/tmp/io-import-unmapped-zh.png")

    dialog.value_combo.setCurrentIndex(dialog.value_combo.findData("备注"))  # chosen by hand
    dialog.preview_button.click()
    qtbot.waitUntil(lambda: dialog.plan is not None and not dialog.busy(), timeout=10000)
    assert dialog.marked_columns() == [] and not dialog.summary.text().startswith("无法")
    assert dialog.plan.ok and dialog.import_button.isEnabled()
    assert sha(demo_zh) == before  # nothing was written on the way
    dialog.reject()
