"""Exchange in the window: Export Package, Import Package with its preview and decided
conflicts, and Undo Import, on a company file and a department file made from it."""

from __future__ import annotations

import datetime
import hashlib
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from perfdesk.core.numbers import format_kpi_value
from perfdesk.store import ops
from perfdesk.store.document import Document
from perfdesk.store.repo_goals import goals_by_id
from perfdesk.store.stamps import source_number
from perfdesk.ui import exchange
from perfdesk.ui.exchange_dialogs import MergePreviewDialog
from perfdesk.ui.main_window import TAB_KPI
from perfdesk.ui.models.actual_grid import ActualGridModel
from perfdesk.ui.models.merge_preview import CHECK, ChangeTableModel, MappingTableModel
from perfdesk.ui.models.rows import RAW_ROLE


def make_department(company: Path, out: Path) -> dict[str, str]:
    """A department file made from `company` the way File → New Department File will:
    a copy with the role, the unit and the fork recorded (its first base)."""
    co = Document.open(company)
    try:
        unit = co.conn.execute(
            "SELECT id, name FROM org_units WHERE kind = 'department' ORDER BY sort_order LIMIT 1"
        ).fetchone()
        goal = co.conn.execute(
            "SELECT g.id, g.person_id FROM goals g JOIN people p ON p.id = g.person_id "
            "WHERE p.unit_id IN (SELECT id FROM org_units WHERE id = ?1 OR parent_id = ?1) "
            "AND g.period = ?2 ORDER BY g.sort_order LIMIT 1",
            (unit[0], str(datetime.date.today().year)),
        ).fetchone()
        co.save_copy(out)
        company_id, clock = co.document_id, int(co.meta("clock"))
    finally:
        co.close()
    dept = Document.open(out)
    try:
        with dept.transaction() as conn:
            conn.execute("UPDATE meta SET value = 'department' WHERE key = 'role'")
            conn.execute("UPDATE meta SET value = ? WHERE key = 'unit_id'", (unit[0],))
            conn.execute("UPDATE meta SET value = ? WHERE key = 'name'", (f"{unit[1]}部门文件",))
            n = source_number(conn, company_id)
            conn.execute(
                "INSERT INTO imports VALUES (?, ?, ?, ?, 0, '')",
                (n, f"fork:{company_id}", clock, dept.stamp),
            )
    finally:
        dept.close()
    return {"unit": unit[0], "unit_name": unit[1], "goal": goal[0], "person": goal[1]}


def set_actual(path: Path, goal: str, period: str, value: float) -> None:
    doc = Document.open(path)
    try:
        ops.set_values(doc, [(goal, period, "actual", value)])
    finally:
        doc.close()


def sha256(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def grid_actual(window: Any, person: str, goal: str, month: int) -> float | None:
    """The actual the KPI grid shows for `goal` in `month` of its year."""
    window.tabs.setCurrentIndex(TAB_KPI)
    window.select_holder(person)
    QApplication.processEvents()
    model = window.kpi_tab.model
    for r in range(model.rowCount()):
        if model._rows[r].goal.id == goal:
            index = model.index(r, ActualGridModel.FIRST_PERIOD + month - 1)
            value = model.data(index, RAW_ROLE)
            return None if value is None else float(value)
    raise AssertionError(f"goal {goal} is not in the grid")


@pytest.fixture
def files(demo_zh: Path, tmp_path: Path) -> dict[str, Any]:
    company = demo_zh
    department = tmp_path / "dept.perfdesk"
    found: dict[str, Any] = make_department(company, department)
    found.update(company=company, department=department, package=tmp_path / "dept.pdpkg")
    return found


@pytest.fixture
def window(make_window, monkeypatch):  # type: ignore[no-untyped-def]
    made = make_window()
    made.resize(1280, 720)
    yield made
    made.close_document()


def export_from(window: Any, path: Path, package: Path) -> None:
    assert window.open_path(path)
    window.dialogs.package_save_path = lambda _title, suggested: (
        window.__dict__.__setitem__("suggested", suggested) or package
    )
    assert exchange.export_package(window) == package
    window.close_document()


def test_a_conflict_decided_theirs_reaches_the_grid_and_undo_import_restores_it(
    window, files, zh, monkeypatch, qtbot
) -> None:  # type: ignore[no-untyped-def]
    year = datetime.date.today().year
    period, month = f"{year}-01", 1
    set_actual(files["company"], files["goal"], period, 200.0)
    set_actual(files["department"], files["goal"], period, 300.0)

    # The department exports its own unit: no question, a dated name, a message with rows.
    export_from(window, files["department"], files["package"])
    assert window.suggested == f"{files['unit_name']}-{datetime.date.today().isoformat()}.pdpkg"
    assert files["package"].exists()
    said = window.exchange_message.text()
    assert "数据包包含" in said and "目标值" in said

    assert window.open_path(files["company"])
    assert grid_actual(window, files["person"], files["goal"], month) == 200.0
    assert not window.undo_import_action.isEnabled()
    window.run_op(
        "edit", lambda doc: ops.set_values(doc, [(files["goal"], f"{year}-02", "actual", 5.0)])
    )
    assert window.undo_stack.canUndo()
    before = sha256(files["company"])
    dialog = exchange.import_packages(window, [files["package"]])
    assert isinstance(dialog, MergePreviewDialog) and dialog.isVisible()
    page = dialog.pages[0]
    assert "销售部" in page.fields["from"].full_text() or files["unit_name"] in (
        page.fields["unit"].full_text()
    )
    assert "部门文件" in page.fields["from"].full_text()
    conflicts = page.models["conflict"]
    assert conflicts.rowCount() == 1
    change = conflicts.row(0)
    assert change.table == "goal_values" and change.changed == ("actual",)
    # The values as the KPI grid shows them: in the KPI's unit.
    kpi = window.context.kpis[
        goals_by_id(window.context.doc.conn, [files["goal"]])[files["goal"]].kpi_id
    ]
    assert conflicts.data(conflicts.index(0, ChangeTableModel.COL_OURS)) == (
        format_kpi_value(200.0, kpi.decimals, kpi.unit)
    )
    assert conflicts.data(conflicts.index(0, ChangeTableModel.COL_THEIRS)) == (
        format_kpi_value(300.0, kpi.decimals, kpi.unit)
    )
    assert conflicts.data(conflicts.index(0, ChangeTableModel.COL_TABLE)) == "目标值"
    assert page.kinds.currentWidget() is page.views["conflict"]
    # Undecided: Merge is disabled and the dialog says how many are open.
    assert not dialog.merge_button.isEnabled()
    assert "1" in dialog.status.full_text() and "未决定" in dialog.status.full_text()
    assert sha256(files["company"]) == before  # a preview writes nothing

    # Keyboard: Tab reaches the table, Space on the row picks a side.
    view = page.views["conflict"]
    view.setFocus()
    view.setCurrentIndex(conflicts.index(0, ChangeTableModel.COL_ROW))
    qtbot.keyClick(view, Qt.Key.Key_Space)
    assert change.decision == "theirs"
    qtbot.keyClick(view, Qt.Key.Key_Space)
    assert change.decision == "mine"
    assert conflicts.data(conflicts.index(0, ChangeTableModel.COL_MINE), CHECK) == (
        Qt.CheckState.Checked
    )
    # The user picks "theirs" in the row: Space on its "Take theirs" check box.
    view.setCurrentIndex(conflicts.index(0, ChangeTableModel.COL_TAKE))
    qtbot.keyClick(view, Qt.Key.Key_Space)
    assert change.decision == "theirs"
    assert conflicts.data(conflicts.index(0, ChangeTableModel.COL_MINE), CHECK) == (
        Qt.CheckState.Unchecked
    )
    # Space on a checked box keeps it (radio-like: the other box changes the choice).
    qtbot.keyClick(view, Qt.Key.Key_Space)
    assert change.decision == "theirs"
    assert dialog.merge_button.isEnabled()
    qtbot.mouseClick(dialog.merge_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: window.merge_preview is None)

    assert grid_actual(window, files["person"], files["goal"], month) == 300.0
    assert not window.undo_stack.canUndo()
    backups = list(files["company"].parent.glob("demo.perfdesk.merge-*.bak"))
    assert len(backups) == 1
    assert str(backups[0]) in window.statusBar().currentMessage()
    assert "合并了 1 行" in window.exchange_message.text()

    # Importing the same package again: nothing new, said so, nothing to merge.
    dialog = exchange.import_packages(window, [files["package"]])
    assert dialog is not None
    assert "已于" in dialog.pages[0].note.full_text()
    assert not dialog.merge_button.isEnabled()
    dialog.reject()
    qtbot.waitUntil(lambda: window.merge_preview is None)

    # Undo Import: named sender, confirmed; the backup comes back and so does 200.
    window.update_exchange_actions()
    assert window.undo_import_action.isEnabled()
    asked: list[str] = []

    def answer(_parent, _title, text, informative, _action) -> bool:  # type: ignore[no-untyped-def]
        asked.append(text + "\n" + informative)
        return True

    monkeypatch.setattr(exchange, "ask", answer)
    window.undo_import_action.trigger()
    assert asked and files["unit_name"] in asked[0] and str(backups[0]) in asked[0]
    assert "之后" not in asked[0]  # nothing was changed after the import
    assert window.context is not None and not window.context.doc.read_only
    assert grid_actual(window, files["person"], files["goal"], month) == 200.0
    assert sha256(files["company"]) == sha256(backups[0])
    window.update_exchange_actions()
    assert not window.undo_import_action.isEnabled()


def test_undo_import_warns_that_later_changes_are_lost(
    window, files, zh, monkeypatch, qtbot
) -> None:  # type: ignore[no-untyped-def]
    period = f"{datetime.date.today().year}-01"
    set_actual(files["department"], files["goal"], period, 300.0)
    export_from(window, files["department"], files["package"])
    assert window.open_path(files["company"])
    dialog = exchange.import_packages(window, [files["package"]])
    assert dialog is not None and dialog.merge_button.isEnabled()
    dialog.merge()
    qtbot.waitUntil(lambda: window.merge_preview is None)
    # A change after the import.
    window.run_op("edit", lambda doc: ops.set_values(doc, [(files["goal"], period, "actual", 7.0)]))
    asked: list[str] = []
    monkeypatch.setattr(exchange, "ask", lambda _p, _t, text, info, _a: asked.append(info) or False)
    window.undo_import_action.trigger()
    assert asked and "之后" in asked[0] and "丢失" in asked[0]
    # Refused: nothing happened.
    assert grid_actual(window, files["person"], files["goal"], 1) == 7.0


def test_a_damaged_package_is_refused_and_the_document_is_unchanged(window, files, zh) -> None:  # type: ignore[no-untyped-def]
    export_from(window, files["department"], files["package"])
    data = bytearray(files["package"].read_bytes())
    damaged = files["package"].with_name("damaged.pdpkg")
    damaged.write_bytes(bytes(data[: len(data) // 2]))
    flipped = files["package"].with_name("flipped.pdpkg")
    for i in range(len(data) - 4096, len(data) - 4000):
        data[i] ^= 0xFF
    flipped.write_bytes(bytes(data))
    before = sha256(files["company"])
    assert window.open_path(files["company"])
    for bad in (damaged, flipped):
        assert exchange.import_packages(window, [bad]) is None
        box = window.exchange_message
        assert (bad.name in box.text() and "无法导入" in box.text()) or "损坏" in box.text()
        assert "未被修改" in box.informativeText()
        assert str(bad) in box.detailedText()
        box.close()
    not_a_package = files["package"].with_name("notes.pdpkg")
    not_a_package.write_text("hello")
    assert exchange.import_packages(window, [not_a_package]) is None
    assert "不是 perfdesk 数据包" in window.exchange_message.text()
    window.close_document()
    assert sha256(files["company"]) == before


def test_company_export_asks_for_the_unit_and_names_the_file(
    window, files, zh, monkeypatch
) -> None:  # type: ignore[no-untyped-def]
    from perfdesk.ui import exchange_dialogs

    assert window.open_path(files["company"])
    seen: list[Any] = []

    def choose(dialog: Any) -> int:
        seen.append(dialog)
        assert dialog.whole.isChecked() or dialog.one.isChecked()
        dialog.search.setText(files["unit_name"])
        assert len(dialog.navigator.matches) >= 1
        assert dialog.choose(files["unit"])
        return 1

    monkeypatch.setattr(exchange_dialogs.ExportUnitDialog, "exec", choose)
    out = files["package"].with_name("co.pdpkg")
    names: list[str] = []
    window.dialogs.package_save_path = lambda _t, suggested: names.append(suggested) or out
    assert exchange.export_package(window) == out
    assert seen and names == [f"{files['unit_name']}-{datetime.date.today().isoformat()}.pdpkg"]
    from perfdesk.store.exchange.package import read_package

    package = read_package(out)
    try:
        assert package.manifest.unit_id == files["unit"]
    finally:
        package.discard()


def test_preview_models_pass_the_model_tester(window, files, zh, qtmodeltester) -> None:  # type: ignore[no-untyped-def]
    period = f"{datetime.date.today().year}-01"
    set_actual(files["company"], files["goal"], period, 200.0)
    set_actual(files["department"], files["goal"], period, 300.0)
    export_from(window, files["department"], files["package"])
    assert window.open_path(files["company"])
    # The same package chosen twice is previewed once.
    dialog = exchange.import_packages(window, [files["package"], files["package"]])
    assert dialog is not None and len(dialog.pages) == 1
    assert not dialog.packages.isVisible()  # one package: no list of packages
    # It fits a 1280×720 projector with its title bar, and may shrink further.
    assert dialog.width() <= 1280 and dialog.height() <= 680
    hint = dialog.minimumSizeHint()
    assert hint.width() <= 1280 and hint.height() <= 680
    page = dialog.pages[0]
    for model in page.models.values():
        qtmodeltester.check(model)
    qtmodeltester.check(page.mapping_model)
    assert isinstance(page.mapping_model, MappingTableModel)
    # All Theirs / All Mine / Newer Wins decide every conflict.
    dialog.all_mine.click()
    assert all(c.decision == "mine" for c in dialog.plans[0].conflicts)
    dialog.newer.click()
    assert all(c.decision in ("mine", "theirs") for c in dialog.plans[0].conflicts)
    assert dialog.merge_button.isEnabled()
    dialog.reject()


def test_package_file_names_leave_out_what_file_systems_refuse() -> None:
    day = datetime.date(2026, 3, 4)
    assert exchange.file_name("销售部", day) == "销售部-2026-03-04.pdpkg"
    assert exchange.file_name('a/b:c*?"<>|', day) == "abc-2026-03-04.pdpkg"
    assert exchange.file_name("..", day) == "perfdesk-2026-03-04.pdpkg"


def add_person(path: Path, unit: str, name: str, number: str) -> None:
    doc = Document.open(path)
    try:
        ops.add_person(doc, name, unit, employee_no=number)
    finally:
        doc.close()


def test_a_refused_mapping_plans_the_package_again(window, files, zh, qtbot) -> None:  # type: ignore[no-untyped-def]
    # Both files hired the same person (staff no. E-77) separately: different ids.
    add_person(files["company"], files["unit"], "周新", "E-77")
    add_person(files["department"], files["unit"], "周新", "E-77")
    period = f"{datetime.date.today().year}-01"
    set_actual(files["company"], files["goal"], period, 200.0)
    set_actual(files["department"], files["goal"], period, 300.0)
    export_from(window, files["department"], files["package"])
    assert window.open_path(files["company"])
    dialog = exchange.import_packages(window, [files["package"]])
    assert dialog is not None
    page = dialog.pages[0]
    mappings = page.mapping_model
    assert mappings.rowCount() == 1
    assert mappings.data(mappings.index(0, MappingTableModel.COL_BY)) == "工号相同"
    assert mappings.data(mappings.index(0, MappingTableModel.COL_ACCEPT), CHECK) == (
        Qt.CheckState.Checked
    )
    assert not any(c.table == "people" for c in page.plan.of_kind("new"))
    page.models["conflict"].decide(0, "theirs")
    # Refusing the match: the person becomes a new row; the conflict keeps its choice.
    assert mappings.setData(
        mappings.index(0, MappingTableModel.COL_ACCEPT), Qt.CheckState.Unchecked, CHECK
    )
    fresh = dialog.pages[0].plan
    assert fresh.mappings[0].accepted is False
    assert any(c.table == "people" and c.label == "周新" for c in fresh.of_kind("new"))
    assert [c.decision for c in fresh.conflicts] == ["theirs"]
    assert page.kinds.tabText(1) == "新增（1）"
    # Esc cancels: nothing merged, the preview gone.
    before = window.context.doc.data_version()
    qtbot.keyClick(dialog, Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: window.merge_preview is None)
    assert window.context.doc.data_version() == before


def test_a_document_changed_after_the_preview_is_previewed_again(window, files, zh, qtbot) -> None:  # type: ignore[no-untyped-def]
    period = f"{datetime.date.today().year}-01"
    set_actual(files["department"], files["goal"], period, 300.0)
    export_from(window, files["department"], files["package"])
    assert window.open_path(files["company"])
    dialog = exchange.import_packages(window, [files["package"]])
    assert dialog is not None
    assert [c.kind for c in dialog.plans[0].changes] == ["update"]
    assert dialog.merge_button.isEnabled()
    # Meanwhile the same cell is changed here: the update became a conflict.
    window.run_op(
        "edit", lambda doc: ops.set_values(doc, [(files["goal"], period, "actual", 250.0)])
    )
    dialog.merge()
    assert dialog.isVisible() and dialog.merge_result is None
    box = dialog.message_box
    assert box is not None and "预览" in box.text()
    assert [c.kind for c in dialog.plans[0].changes] == ["conflict"]
    assert not dialog.merge_button.isEnabled()
    assert grid_actual(window, files["person"], files["goal"], 1) == 250.0
    assert not list(files["company"].parent.glob("demo.perfdesk.merge-*.bak"))
    dialog.reject()
    qtbot.waitUntil(lambda: window.merge_preview is None)


def test_a_hostile_sender_name_is_shown_as_plain_text(window, files, zh) -> None:  # type: ignore[no-untyped-def]
    hostile = "<b>销售部</b>\n\u202eevil"
    doc = Document.open(files["department"])
    try:
        with doc.transaction() as conn:
            conn.execute("UPDATE meta SET value = ? WHERE key = 'name'", (hostile,))
    finally:
        doc.close()
    set_actual(files["department"], files["goal"], f"{datetime.date.today().year}-01", 300.0)
    export_from(window, files["department"], files["package"])
    assert window.open_path(files["company"])
    dialog = exchange.import_packages(window, [files["package"]])
    assert dialog is not None
    label = dialog.pages[0].fields["from"]
    assert label.textFormat() == Qt.TextFormat.PlainText
    shown = label.full_text()
    assert "<b>销售部</b>" in shown and "\n" not in shown
    assert "\u2068" in shown  # the right-to-left override is isolated
    dialog.reject()


def test_goal_numbers_show_in_the_kpis_unit_unless_that_hides_the_difference(qapp) -> None:  # type: ignore[no-untyped-def]
    from perfdesk.core.kpi import Kpi
    from perfdesk.store.exchange.merge import RowChange
    from perfdesk.ui.models.merge_preview import Lookup

    class Percent(Lookup):
        def kpi(self, change: RowChange) -> Kpi:
            return Kpi(id="k", code="Q1", name="合格率", unit="%", decimals=1)

    def change(ours: float, theirs: float) -> RowChange:
        row = {"goal_id": "g", "period": "2026-01", "actual": ours}
        return RowChange(
            "goal_values", ("g", "2026-01"), "conflict", "合格率 · 2026-01",
            row, {**row, "actual": theirs}, ("actual",), 1, 2,
        )  # fmt: skip

    model = ChangeTableModel(Percent())
    model.set_rows([change(92.5, 93.0), change(92.51, 92.54)])
    ours, theirs = ChangeTableModel.COL_OURS, ChangeTableModel.COL_THEIRS
    assert [model.data(model.index(0, c)) for c in (ours, theirs)] == ["92.5%", "93.0%"]
    # Both would read 92.5%: shown as stored, so the conflict is visible.
    assert [model.data(model.index(1, c)) for c in (ours, theirs)] == ["92.51", "92.54"]
