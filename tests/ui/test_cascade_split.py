"""Goal → Decompose… and Split over Periods… in the window: shares, locks, bad input,
keys, and undo of everything back to the document as it was (then redo)."""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog

from perfdesk.store import ops
from perfdesk.store.document import Document
from perfdesk.ui import cascade_dialog, split_dialog
from perfdesk.ui.main_window import TAB_GOALS

DEPARTMENTS = ("销售部", "市场部", "生产部")


@pytest.fixture
def small_company(tmp_path: Path) -> tuple[Path, dict[str, str]]:
    """华信科技 (a yearly sales goal of 1,000 万元, by month) with three departments."""
    path = tmp_path / "company.perfdesk"
    with Document.create(path) as doc:
        company = ops.add_org_unit(doc, "华信科技", "company").row_id or ""
        ids = {"company": company}
        for name in DEPARTMENTS:
            ids[name] = ops.add_org_unit(doc, name, "department", company).row_id or ""
        kpi = ops.add_kpi(doc, "sales", "销售额", name_en="Sales", unit="万元", decimals=1)
        ids["kpi"] = kpi.row_id or ""
        goal = ops.add_goal(doc, ids["kpi"], "2026", 1000, 50, unit_id=company, title="全年销售")
        ids["goal"] = goal.row_id or ""
    return path, ids


def _dump(doc: Document) -> list[tuple[Any, ...]]:
    """Every live row but stamps and sources: an undone insert is a tombstone (deleted),
    an undone first value an empty row, so those are left out."""
    rows: list[tuple[Any, ...]] = []
    tables = doc.conn.execute("SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name")
    for (table,) in tables.fetchall():
        columns = [r[1] for r in doc.conn.execute(f'PRAGMA table_info("{table}")')]
        names = ", ".join(f'"{c}"' for c in columns if c not in ("stamp", "source"))
        where = "1"
        if "deleted" in columns:
            where = "deleted = 0"
        elif table == "goal_values":
            where = "NOT (target IS NULL AND actual IS NULL AND note IS NULL)"
        elif table == "meta":
            where = "key <> 'clock'"
        found = doc.conn.execute(f'SELECT {names} FROM "{table}" WHERE {where}')
        rows += sorted(((table, *row) for row in found), key=repr)
    return rows


@pytest.fixture(autouse=True)
def messages(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """Message boxes said, instead of shown (a modal box would wait for ever)."""
    from perfdesk.ui import main_window, op_errors

    said: list[str] = []
    for module in (main_window, op_errors):
        monkeypatch.setattr(module, "show_message", lambda _p, _i, _t, text: said.append(text))
    return said


def _select_goal(window: Any, ids: dict[str, str]) -> None:
    tab = window.goals_tab
    assert tab.select_goal(ids["goal"], ids["company"])  # the goal tree's own selection
    assert window.current_goal_id() == ids["goal"]


def _window(make_window: Any, path: Path, ids: dict[str, str], **kwargs: Any) -> Any:
    window = make_window(path, language="en", **kwargs)
    window.tabs.setCurrentIndex(TAB_GOALS)
    _select_goal(window, ids)
    return window


def _capture(monkeypatch: pytest.MonkeyPatch, module: Any) -> list[QDialog]:
    shown: list[QDialog] = []
    monkeypatch.setattr(module, "run_dialog", shown.append)
    return shown


def _children(doc: Document, parent: str) -> dict[str, float]:
    return dict(
        doc.conn.execute(
            "SELECT unit_id, target FROM goals WHERE parent_id = ? AND deleted = 0", (parent,)
        ).fetchall()
    )


def _months(doc: Document, goal_id: str) -> dict[str, float]:
    return dict(
        doc.conn.execute(
            "SELECT v.period, v.target FROM goal_values v JOIN goals g ON g.key = v.goal "
            "WHERE g.id = ? AND v.target IS NOT NULL",
            (goal_id,),
        ).fetchall()
    )


def test_cascade_with_shares_then_split_then_undo_everything_and_redo(
    make_window, small_company, monkeypatch
) -> None:  # type: ignore[no-untyped-def]
    path, ids = small_company
    window = _window(make_window, path, ids)
    doc = window.context.doc
    start = _dump(doc)

    cascades = _capture(monkeypatch, cascade_dialog)
    window.decompose_action.trigger()
    dialog = cascades[0]
    assert dialog.table.rowCount() == 3
    dialog.set_share(ids["销售部"], "50")
    dialog.set_share(ids["市场部"], "30")  # 生产部 takes the rest: 20 %
    assert dialog.sum_line.text() == "Decomposed 1,000.0 vs parent 1,000.0, difference 0.0"
    dialog.try_apply()
    assert dialog.result() == QDialog.DialogCode.Accepted
    children = _children(doc, ids["goal"])
    assert children == {ids["销售部"]: 500, ids["市场部"]: 300, ids["生产部"]: 200}
    after_cascade = _dump(doc)

    splits = _capture(monkeypatch, split_dialog)
    _select_goal(window, ids)  # the tab reloaded its goals after the change
    window.split_action.trigger()
    split = splits[0]
    assert split.table.rowCount() == 12
    split.method.setCurrentIndex(split.method.findData("profile"))
    split.set_profile([3] + [1] * 11)  # January three times any other month
    split.set_part("2026-12", "100")  # typed: locked, the rest shared again
    assert split.table.item(11, split_dialog.COL_LOCK).checkState() == Qt.CheckState.Checked
    assert split.sum_line.text() == "Sum of the parts 1,000.0 = whole 1,000.0"
    split.try_apply()
    months = _months(doc, ids["goal"])
    assert months["2026-12"] == 100 and months["2026-01"] == pytest.approx(
        3 * months["2026-02"], abs=0.2
    )
    assert sum(Decimal(repr(v)) for v in months.values()) == 1000
    after_split = _dump(doc)

    window.undo_action.trigger()
    assert _dump(doc) == after_cascade
    window.undo_action.trigger()
    assert _dump(doc) == start
    window.redo_action.trigger()
    window.redo_action.trigger()
    assert _dump(doc) == after_split


def test_bad_input_is_said_next_to_the_field_and_nothing_is_written(
    make_window, small_company, monkeypatch
) -> None:  # type: ignore[no-untyped-def]
    path, ids = small_company
    window = _window(make_window, path, ids)
    doc = window.context.doc
    start = _dump(doc)
    splits = _capture(monkeypatch, split_dialog)
    window.split_action.trigger()
    split = splits[0]
    split.method.setCurrentIndex(split.method.findData("profile"))
    split.set_profile([0] * 12)
    assert (
        split.profile_error.text() == "All month weights are zero; at least one must be above zero."
    )
    assert not split.ok.isEnabled()
    split.set_profile([1] * 12)
    split.whole_edit.setText("abc")
    split.whole_edit.textEdited.emit("abc")
    assert split.whole_error.text() == "“abc” is not a number."
    assert not split.ok.isEnabled()
    split.whole_edit.setText("1000")
    split.whole_edit.textEdited.emit("1000")
    split.set_part("2026-01", "1200")
    assert split.table_error.text() == "The locked parts add up to 1200, more than the whole 1000."
    split.try_apply()  # refused: nothing written
    assert _dump(doc) == start

    cascades = _capture(monkeypatch, cascade_dialog)
    window.decompose_action.trigger()
    dialog = cascades[0]
    dialog.set_share(ids["销售部"], "120")
    assert dialog.table_error.text() == "A share cannot be above 100 %."
    assert not dialog.ok.isEnabled()
    dialog.weight.setText("150")
    dialog.weight.textEdited.emit("150")
    assert dialog.weight_error.text() == "The weight must be between 0 and 100 %."
    dialog.try_apply()
    assert _dump(doc) == start


def test_existing_goal_asks_update_or_skip(make_window, small_company, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    path, ids = small_company
    with Document.open(path) as doc:
        own = ops.add_goal(doc, ids["kpi"], "2026", 10, 100, unit_id=ids["市场部"]).row_id
    window = _window(make_window, path, ids)
    cascades = _capture(monkeypatch, cascade_dialog)
    window.decompose_action.trigger()
    dialog = cascades[0]
    assert "1 of these already have a goal on this KPI" in dialog.note.text()
    assert dialog.sum_line.text().endswith(
        "difference -333.4"
    )  # skipped by default (first in order: 333.4)
    dialog.set_decision(ids["市场部"], "update")
    assert dialog.sum_line.text().endswith("difference 0.0")
    dialog.try_apply()
    children = _children(window.context.doc, ids["goal"])
    assert children[ids["市场部"]] == 333.4
    row = window.context.doc.conn.execute("SELECT parent_id FROM goals WHERE id = ?", (own,))
    assert row.fetchone()[0] == ids["goal"]


def test_enter_applies_and_escape_cancels(make_window, small_company, monkeypatch, qtbot) -> None:  # type: ignore[no-untyped-def]
    path, ids = small_company
    window = _window(make_window, path, ids)
    splits = _capture(monkeypatch, split_dialog)
    window.split_action.trigger()
    split = splits[0]
    split.show()
    qtbot.keyClick(split.method, Qt.Key.Key_Escape)
    assert split.result() == QDialog.DialogCode.Rejected and not split.isVisible()
    assert _months(window.context.doc, ids["goal"]) == {}
    window.split_action.trigger()
    split = splits[1]
    split.show()
    # exec() makes the dialog the focus window; offscreen the window behind keeps the
    # focus, and its goal tree would take Enter as its own shortcut (Open Goal).
    window.goals_tab.table.clearFocus()
    split.whole_edit.setFocus()
    qtbot.keyClick(split.whole_edit, Qt.Key.Key_Return)
    assert split.result() == QDialog.DialogCode.Accepted
    assert len(_months(window.context.doc, ids["goal"])) == 12


def test_read_only_file_offers_no_goal_actions(make_window, small_company, messages) -> None:  # type: ignore[no-untyped-def]
    path, ids = small_company
    window = _window(make_window, path, ids, read_only=True)
    window.goal_menu.aboutToShow.emit()
    assert not window.split_action.isEnabled() and not window.decompose_action.isEnabled()
    assert "not available" in window.split_action.toolTip()
    window.goal_menu.aboutToHide.emit()
    window.split_action.trigger()  # the key still reaches the slot, which says why
    assert messages and "read-only" in messages[-1]


def test_no_goal_selected_says_so(make_window, small_company, messages) -> None:  # type: ignore[no-untyped-def]
    path, ids = small_company
    window = _window(make_window, path, ids)
    window.goals_tab.table.clearSelection()
    window.goals_tab.table.setCurrentIndex(window.goals_tab.model.index(-1, -1))
    window.decompose_action.trigger()
    assert messages == ["Select a goal in the Goals tab first."]


def test_a_seasonal_profile_is_saved_picked_again_and_archived(
    make_window, small_company, monkeypatch
) -> None:  # type: ignore[no-untyped-def]
    from perfdesk.store.repo_cascade import load_profiles

    path, ids = small_company
    window = _window(make_window, path, ids)
    doc = window.context.doc
    splits = _capture(monkeypatch, split_dialog)
    window.split_action.trigger()
    split = splits[0]
    split.method.setCurrentIndex(split.method.findData("profile"))
    split.save_profile()
    assert split.name_error.text() == "The profile name cannot be empty."
    split.set_profile([5, 4, 8, 9, 10, 12, 7, 6, 9, 11, 13, 20])
    split.profile_name.setText("Retail")
    split.save_profile()
    assert [p.name for p in load_profiles(doc.conn)] == ["Retail"]
    assert split.saved.currentText() == "Retail"
    split.set_profile([1] * 12)
    split.saved.setCurrentIndex(0)
    split.profile_name.setText("Retail")
    split.save_profile()  # a second profile may not take the name
    assert split.name_error.text() == "There is already a seasonal profile named “Retail”."
    split.choose_profile("Retail")
    assert [e.text() for e in split.profile_edits][:3] == ["5", "4", "8"]
    split.archive_profile()
    assert load_profiles(doc.conn) == [] and split.saved.count() == 1
    window.undo_action.trigger()  # the archive, then the save, are undo steps
    assert [p.name for p in load_profiles(doc.conn)] == ["Retail"]


def test_two_level_cascade_to_departments_and_teams_is_one_undo_step(
    make_window, small_company, monkeypatch
) -> None:  # type: ignore[no-untyped-def]
    path, ids = small_company
    teams: dict[str, list[str]] = {}
    with Document.open(path) as doc:
        for name, count in zip(DEPARTMENTS, (2, 3, 1), strict=True):
            teams[name] = [
                ops.add_org_unit(doc, f"{name}{i}组", "team", ids[name]).row_id or ""
                for i in range(1, count + 1)
            ]
        gone = ops.add_org_unit(doc, "市场部旧组", "team", ids["市场部"]).row_id or ""
        ops.set_archived(doc, "org_units", gone, True)
    window = _window(make_window, path, ids)
    doc = window.context.doc
    start = _dump(doc)

    cascades = _capture(monkeypatch, cascade_dialog)
    window.decompose_action.trigger()
    dialog = cascades[0]
    dialog.set_share(ids["销售部"], "50")
    dialog.set_share(ids["市场部"], "30")
    dialog.second.enabled.setChecked(True)
    tree = dialog.second.tree
    assert tree.topLevelItemCount() == 3
    top = {tree.topLevelItem(i).text(0): tree.topLevelItem(i) for i in range(3)}
    assert top["市场部"].childCount() == 3  # the archived team is not offered
    assert not top["市场部"].isExpanded()  # collapsible: folded until opened
    assert [top["市场部"].child(i).text(2) for i in range(3)] == ["100.0", "100.0", "100.0"]
    assert dialog.second.sum_line.text() == (
        "Level 1: 1,000.0 vs parent 1,000.0, difference 0.0 · Level 2: 1,000.0 vs the "
        "level-1 targets it decomposes 1,000.0, difference 0.0"
    )
    dialog.try_apply()
    assert dialog.result() == QDialog.DialogCode.Accepted
    departments = dict(
        doc.conn.execute(
            "SELECT unit_id, id FROM goals WHERE parent_id = ? AND deleted = 0", (ids["goal"],)
        ).fetchall()
    )
    assert _children(doc, ids["goal"]) == {
        ids["销售部"]: 500,
        ids["市场部"]: 300,
        ids["生产部"]: 200,
    }
    below = _children(doc, departments[ids["销售部"]])
    assert below == {teams["销售部"][0]: 250, teams["销售部"][1]: 250}
    assert sum(_children(doc, departments[ids["市场部"]]).values()) == 300
    after = _dump(doc)

    window.undo_action.trigger()  # one step takes both levels back
    assert _dump(doc) == start
    window.redo_action.trigger()
    assert _dump(doc) == after


def test_two_level_cascade_asks_once_about_units_below_that_have_a_goal(
    make_window, small_company, monkeypatch
) -> None:  # type: ignore[no-untyped-def]
    path, ids = small_company
    with Document.open(path) as doc:
        east = ops.add_org_unit(doc, "华东组", "team", ids["销售部"]).row_id or ""
        west = ops.add_org_unit(doc, "华西组", "team", ids["销售部"]).row_id or ""
        own = ops.add_goal(doc, ids["kpi"], "2026", 10, 100, unit_id=east).row_id or ""
    window = _window(make_window, path, ids)
    doc = window.context.doc
    cascades = _capture(monkeypatch, cascade_dialog)
    window.decompose_action.trigger()
    dialog = cascades[0]
    dialog.second.enabled.setChecked(True)
    sales = next(
        dialog.second.tree.topLevelItem(i)
        for i in range(3)
        if dialog.second.tree.topLevelItem(i).text(0) == "销售部"
    )
    first = {sales.child(i).text(0): sales.child(i) for i in range(sales.childCount())}
    assert first["华东组"].text(3) == "Has a goal: skipped" and first["华东组"].text(2) == "—"
    dialog.second.existing.setCurrentIndex(dialog.second.existing.findData("update"))
    dialog.try_apply()
    assert dialog.result() == QDialog.DialogCode.Accepted
    parent, target = doc.conn.execute(
        "SELECT parent_id, target FROM goals WHERE id = ?", (own,)
    ).fetchone()
    sales_goal = doc.conn.execute(
        "SELECT id, target FROM goals WHERE parent_id = ? AND unit_id = ?",
        (ids["goal"], ids["销售部"]),
    ).fetchone()
    assert parent == sales_goal[0]  # the team's own goal, updated and linked below
    west_target = _children(doc, sales_goal[0])[west]
    assert Decimal(repr(target)) + Decimal(repr(west_target)) == Decimal(repr(sales_goal[1]))


def test_second_level_shares_are_typed_and_the_rest_recomputed_in_one_undo_step(
    make_window, small_company, monkeypatch, qtbot
) -> None:  # type: ignore[no-untyped-def]
    from PySide6.QtWidgets import QLineEdit

    from perfdesk.ui.cascade_levels import COL_NOTE, COL_SHARE, COL_TARGET

    path, ids = small_company
    teams: dict[str, list[str]] = {}
    with Document.open(path) as doc:
        for name, count in zip(DEPARTMENTS, (2, 3, 1), strict=True):
            teams[name] = [
                ops.add_org_unit(doc, f"{name}{i}组", "team", ids[name]).row_id or ""
                for i in range(1, count + 1)
            ]
    window = _window(make_window, path, ids)
    doc = window.context.doc
    start = _dump(doc)
    cascades = _capture(monkeypatch, cascade_dialog)
    window.decompose_action.trigger()
    dialog = cascades[0]
    dialog.show()
    dialog.set_share(ids["销售部"], "50")
    dialog.set_share(ids["市场部"], "30")
    second = dialog.second
    second.enabled.setChecked(True)
    sales = second.item_of(ids["销售部"])
    sales.setExpanded(True)

    # Typed in the tree like a cell of the first level: the number, then Enter.
    first_team = second.item_of(ids["销售部"], teams["销售部"][0])
    second.tree.setCurrentItem(first_team, COL_SHARE)
    window.goals_tab.table.clearFocus()  # offscreen the window behind keeps the focus
    second.tree.setFocus()
    qtbot.keyClick(second.tree, "4")  # typing opens the cell's editor
    editor = second.tree.viewport().findChild(QLineEdit)
    assert editor is not None and editor.text() == "4"
    qtbot.keyClicks(editor, "0")
    qtbot.keyClick(editor, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: sales.child(0).text(COL_SHARE) == "40.00")
    assert dialog.isVisible()  # Enter ends the edit; it does not apply the dialog
    assert sales.isExpanded()  # the tree is updated in place, not folded again
    shown = [(sales.child(i).text(COL_SHARE), sales.child(i).text(COL_TARGET)) for i in range(2)]
    assert shown == [("40.00", "200.0"), ("60.00", "300.0")]  # the rest makes up 100 %
    assert sales.text(COL_NOTE) == "2 units, sum 500.0 vs 500.0, difference 0.0"
    alone = second.item_of(ids[DEPARTMENTS[2]])  # a department with one team
    assert alone.text(COL_NOTE).startswith("1 unit, sum ")  # not "1 units"
    assert "share typed" in sales.child(0).text(COL_NOTE)
    assert second.method.currentData() == "shares"

    # A target typed for one of 市场部's three teams: the other two share the rest.
    second.set_target(ids["市场部"], teams["市场部"][0], "120")
    market = second.item_of(ids["市场部"])
    assert [market.child(i).text(COL_TARGET) for i in range(3)] == ["120.0", "90.0", "90.0"]

    # Typed shares that cannot make 100 % are refused with the numbers, nothing adjusted.
    second.set_share(ids["销售部"], teams["销售部"][1], "70")
    assert second.error.text() == (
        "Below 销售部: The shares you set add up to 110 %, more than 100 %."
    )
    assert not dialog.ok.isEnabled()
    dialog.try_apply()
    assert dialog.result() != QDialog.DialogCode.Accepted and _dump(doc) == start
    second.set_share(ids["销售部"], teams["销售部"][1], "")  # no longer typed: takes the rest
    assert dialog.ok.isEnabled() and second.error.isHidden()
    assert second.sum_line.text() == (
        "Level 1: 1,000.0 vs parent 1,000.0, difference 0.0 · Level 2: 1,000.0 vs the "
        "level-1 targets it decomposes 1,000.0, difference 0.0"
    )

    dialog.try_apply()
    assert dialog.result() == QDialog.DialogCode.Accepted
    departments = dict(
        doc.conn.execute(
            "SELECT unit_id, id FROM goals WHERE parent_id = ? AND deleted = 0", (ids["goal"],)
        ).fetchall()
    )
    assert _children(doc, departments[ids["销售部"]]) == {
        teams["销售部"][0]: 200,
        teams["销售部"][1]: 300,
    }
    assert _children(doc, departments[ids["市场部"]]) == {
        teams["市场部"][0]: 120,
        teams["市场部"][1]: 90,
        teams["市场部"][2]: 90,
    }
    after = _dump(doc)
    window.undo_action.trigger()  # both levels, typed shares and all, in one step
    assert _dump(doc) == start
    window.redo_action.trigger()
    assert _dump(doc) == after
