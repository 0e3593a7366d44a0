"""Editing the organisation in the org tree: keys, forms, Cut/Paste, archive and restore."""

from __future__ import annotations

import os
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtWidgets import QApplication, QLabel, QLineEdit

from perfdesk.store import ops
from perfdesk.store.document import Document
from perfdesk.store.repo_org import load_people, load_units
from perfdesk.ui import op_errors, org_editing
from perfdesk.ui.main_window import TAB_GOALS
from perfdesk.ui.text import FSI, PDI
from perfdesk.ui.widgets.org_tree import ARCHIVED_ROLE, OrgTree

CTRL = Qt.KeyboardModifier.ControlModifier


@pytest.fixture
def small_org(tmp_path: Path) -> tuple[Path, dict[str, str]]:
    """华信科技 → 销售部 → 一组 (with 王芳, who holds two goals), 市场部 (with 李雷)."""
    path = tmp_path / "org.perfdesk"
    with Document.create(path) as doc:
        company = ops.add_org_unit(doc, "华信科技", "company").row_id or ""
        sales = ops.add_org_unit(doc, "销售部", "department", company).row_id or ""
        market = ops.add_org_unit(doc, "市场部", "department", company).row_id or ""
        team = ops.add_org_unit(doc, "一组", "team", sales).row_id or ""
        wang = ops.add_person(doc, "王芳", team, title="销售代表").row_id or ""
        li = ops.add_person(doc, "李雷", market).row_id or ""
        kpi = ops.add_kpi(doc, "sales", "销售额").row_id or ""
        ops.add_goal(doc, kpi, "2026", 100, 60, person_id=wang)
        ops.add_goal(doc, kpi, "2026", 50, 40, person_id=wang)
    ids = {"company": company, "sales": sales, "market": market, "team": team}
    return path, {**ids, "wang": wang, "li": li}


@pytest.fixture
def warnings(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    shown: list[str] = []
    monkeypatch.setattr(op_errors, "show_message", lambda _p, _i, _t, text: shown.append(text))
    return shown


def _open(make_window: Callable[..., Any], path: Path, **kwargs: Any) -> tuple[Any, OrgTree]:
    window = make_window(path, language="en", **kwargs)
    window.tabs.setCurrentIndex(TAB_GOALS)
    tree = window.goals_tab.org_tree
    tree.setFocus()
    return window, tree


def _select(tree: OrgTree, holder: str) -> None:
    assert tree.select_holder(holder)
    tree.setFocus()


def _names(path_or_doc: Any) -> tuple[set[str], set[str]]:
    with Document.open(path_or_doc, read_only=True) as doc:
        return {u.name for u in load_units(doc.conn)}, {p.name for p in load_people(doc.conn)}


def _shown(tree: OrgTree) -> dict[str, str]:
    """Every row the tree has: its text by id."""
    rows: dict[str, str] = {}
    model = tree.model()

    def walk(parent: QModelIndex) -> None:
        for row in range(model.rowCount(parent)):
            index = model.index(row, 0, parent)
            rows[index.data(Qt.ItemDataRole.UserRole + 1)] = index.data()
            walk(index)

    walk(QModelIndex())
    return rows


def _fill_forms(monkeypatch: pytest.MonkeyPatch, *answers: dict[str, str]) -> list[str]:
    """Answer the next forms with these field values (OK pressed); errors shown are kept."""
    pending = list(answers)
    errors: list[str] = []

    def answer(dialog: org_editing.FormDialog) -> None:
        for field, value in pending.pop(0).items():
            widget = dialog.fields[field]
            if isinstance(widget, QLineEdit):
                widget.setText(value)
            else:
                widget.setCurrentIndex(widget.findData(value))
        dialog.try_accept()
        if not dialog.error.isHidden():
            errors.append(dialog.error.text())

    monkeypatch.setattr(org_editing, "run_dialog", answer)
    return errors


def test_rename_in_place_with_f2_and_undo(make_window, small_org, qtbot) -> None:
    path, ids = small_org
    window, tree = _open(make_window, path)
    _select(tree, ids["team"])
    tree.expand(tree.model().index_of(ids["team"]))
    qtbot.keyClick(tree, Qt.Key.Key_F2)
    editor = QApplication.focusWidget()
    assert isinstance(editor, QLineEdit) and editor.text() == "一组"
    editor.setText("华东一组")
    qtbot.keyClick(editor, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: "华东一组" in _names(path)[0])
    assert tree.current_holder() == ids["team"]  # the selection stays on the renamed team
    assert _shown(tree)[ids["team"]] == "华东一组"
    assert tree.isExpanded(tree.model().index_of(ids["team"]))  # and its branch stays open
    assert window.undo_action.text() == "&Undo Rename"
    qtbot.keyClick(window, Qt.Key.Key_Z, CTRL)
    assert "一组" in _names(path)[0] and _shown(tree)[ids["team"]] == "一组"
    qtbot.keyClick(window, Qt.Key.Key_Y, CTRL)
    assert _shown(tree)[ids["team"]] == "华东一组"


def test_add_a_team_and_a_person_under_it(make_window, small_org, qtbot, monkeypatch) -> None:
    path, ids = small_org
    window, tree = _open(make_window, path)
    errors = _fill_forms(
        monkeypatch,
        {"unit_name": "  ", "unit_kind": "team"},  # refused in the form, which stays open
    )
    _select(tree, ids["market"])
    qtbot.keyClick(tree, Qt.Key.Key_Insert)
    assert errors == ["The unit name cannot be empty."]
    assert window.undo_stack.count() == 0
    _fill_forms(monkeypatch, {"unit_name": "品牌组", "unit_kind": "team", "unit_code": "BR"})
    qtbot.keyClick(tree, Qt.Key.Key_Insert)
    units = {u.name: u for u in load_units(window.context.doc.conn)}
    assert units["品牌组"].parent_id == ids["market"] and units["品牌组"].code == "BR"
    assert tree.current_holder() == units["品牌组"].id  # the new team is selected
    _fill_forms(
        monkeypatch,
        {"person_name": "韩梅梅", "job_title": "品牌经理", "committee_role": "representative"},
    )
    qtbot.keyClick(tree, Qt.Key.Key_N, CTRL | Qt.KeyboardModifier.ShiftModifier)
    people = {p.name: p for p in load_people(window.context.doc.conn)}
    assert people["韩梅梅"].unit_id == units["品牌组"].id
    assert people["韩梅梅"].committee_role == "representative"
    assert _shown(tree)[people["韩梅梅"].id] == "韩梅梅  · 品牌经理"
    assert window.undo_stack.count() == 2
    window.undo_stack.undo_step()
    window.undo_stack.undo_step()
    assert _names(path) == ({"华信科技", "销售部", "市场部", "一组"}, {"王芳", "李雷"})


def test_move_a_team_by_cut_and_paste_and_never_into_its_own_child(
    make_window, small_org, qtbot, warnings
) -> None:
    path, ids = small_org
    window, tree = _open(make_window, path)
    _select(tree, ids["sales"])
    qtbot.keyClick(tree, Qt.Key.Key_X, CTRL)
    _select(tree, ids["team"])  # 一组 is inside 销售部
    qtbot.keyClick(tree, Qt.Key.Key_V, CTRL)
    assert warnings and "cannot move into “一组”" in warnings[-1]
    assert window.undo_stack.count() == 0
    _select(tree, ids["team"])
    qtbot.keyClick(tree, Qt.Key.Key_X, CTRL)
    _select(tree, ids["market"])
    qtbot.keyClick(tree, Qt.Key.Key_V, CTRL)
    units = {u.id: u for u in load_units(window.context.doc.conn)}
    assert units[ids["team"]].parent_id == ids["market"]
    assert tree.model().parent(tree.model().index_of(ids["team"])) == tree.model().index_of(
        ids["market"]
    )
    assert tree.current_holder() == ids["team"]
    qtbot.keyClick(window, Qt.Key.Key_Z, CTRL)
    units = {u.id: u for u in load_units(window.context.doc.conn)}
    assert units[ids["team"]].parent_id == ids["sales"]


def test_archive_a_person_with_goals_then_show_archived_and_restore(
    make_window, small_org, qtbot, monkeypatch
) -> None:
    path, ids = small_org
    window, tree = _open(make_window, path)
    asked: list[tuple[str, str]] = []
    monkeypatch.setattr(
        org_editing, "confirm", lambda _p, _t, text, more: asked.append((text, more)) or True
    )
    _select(tree, ids["wang"])
    qtbot.keyClick(tree, Qt.Key.Key_Delete)
    assert asked[0][0] == "Archive “王芳”?"
    assert "Goals held: 2" in asked[0][1] and "can be restored" in asked[0][1]
    assert ids["wang"] not in _shown(tree)
    assert "王芳" not in _names(path)[1]
    window.show_archived_action.trigger()
    assert window.show_archived_action.isChecked()
    shown = _shown(tree)
    assert shown[ids["wang"]] == "王芳  · 销售代表 (archived)"
    index = tree.model().index_of(ids["wang"])
    assert index.data(ARCHIVED_ROLE) is True
    assert not tree.model().flags(index) & Qt.ItemFlag.ItemIsEditable  # greyed, not editable
    assert index.data(Qt.ItemDataRole.ForegroundRole) is not None
    _select(tree, ids["wang"])
    window.org_editor().update_actions()
    assert window.org_actions["restore"].isEnabled()
    assert not window.org_actions["archive"].isEnabled()
    window.org_actions["restore"].trigger()
    assert "王芳" in _names(path)[1]
    assert _shown(tree)[ids["wang"]] == "王芳  · 销售代表"
    window.show_archived_action.trigger()
    assert ids["wang"] in _shown(tree)


def test_a_unit_with_people_is_not_archived_and_says_why(
    make_window, small_org, qtbot, warnings
) -> None:
    path, ids = small_org
    _window, tree = _open(make_window, path)
    _select(tree, ids["market"])
    qtbot.keyClick(tree, Qt.Key.Key_Delete)
    assert warnings == [
        "The unit still has 1 active people and 0 active units; move or archive them first."
    ]
    assert "市场部" in _names(path)[0]


def test_hostile_names_stay_plain_text_and_long_ones_are_refused(
    make_window, small_org, qtbot, warnings, monkeypatch
) -> None:
    path, ids = small_org
    window, tree = _open(make_window, path)
    editor = window.org_editor()
    editor.rename_to(ids["market"], "<b>市场</b><img src=x>")
    assert _shown(tree)[ids["market"]] == "<b>市场</b><img src=x>"  # shown as typed
    editor.rename_to(ids["market"], "\u202e部场市")
    text = _shown(tree)[ids["market"]]
    # Isolated: the override cannot reach past the name (and turn the title around).
    assert text == f"{FSI}\u202e部场市{PDI}"
    before = window.undo_stack.count()
    editor.rename_to(ids["market"], "长" * 10_000)
    assert warnings[-1] == "The unit name is 10,000 characters long; at most 200 are allowed."
    assert window.undo_stack.count() == before
    errors = _fill_forms(monkeypatch, {"person_name": "李雷", "job_title": "x" * 300})
    _select(tree, ids["li"])
    window.org_actions["properties"].trigger()
    assert errors == ["The title is 300 characters long; at most 200 are allowed."]


def test_read_only_document_disables_editing_with_the_reason(make_window, small_org) -> None:
    path, ids = small_org
    window, tree = _open(make_window, path, read_only=True)
    action = window.org_actions["rename"]
    assert not action.isEnabled()
    assert "not available" in action.toolTip()
    assert not tree.model().flags(tree.model().index_of(ids["sales"])) & Qt.ItemFlag.ItemIsEditable


def test_archive_dialog_and_menu_in_chinese(make_window, small_org, qtbot, monkeypatch, zh) -> None:
    path, ids = small_org
    window = make_window(path, language="zh")
    window.tabs.setCurrentIndex(TAB_GOALS)
    tree = window.goals_tab.org_tree
    asked: list[str] = []
    monkeypatch.setattr(org_editing, "confirm", lambda _p, _t, text, more: asked.append(more))
    _select(tree, ids["wang"])
    qtbot.keyClick(tree, Qt.Key.Key_Delete)
    assert "承担的目标：2 个" in asked[0] and "随时可以恢复" in asked[0]
    assert "王芳" in _names(path)[1]  # not confirmed: nothing archived
    assert window.org_menu.title() == "组织(&O)"
    assert window.org_actions["archive"].text() == "归档(&A)…"


def test_drag_a_person_onto_a_unit_and_a_unit_never_into_its_own_child(
    make_window, small_org, qtbot, warnings
) -> None:
    path, ids = small_org
    window, tree = _open(make_window, path)
    model = tree.model()
    dragged = model.mimeData([model.index_of(ids["li"])])
    target = model.index_of(ids["team"])
    assert model.canDropMimeData(dragged, Qt.DropAction.MoveAction, -1, 0, target)
    assert not model.canDropMimeData(  # onto a person: no
        dragged, Qt.DropAction.MoveAction, -1, 0, model.index_of(ids["wang"])
    )
    model.dropMimeData(dragged, Qt.DropAction.MoveAction, -1, 0, target)
    qtbot.waitUntil(lambda: window.undo_stack.count() == 1)
    people = {p.id: p for p in load_people(window.context.doc.conn)}
    assert people[ids["li"]].unit_id == ids["team"]
    assert tree.current_holder() == ids["li"]
    model.dropMimeData(
        model.mimeData([model.index_of(ids["sales"])]),
        Qt.DropAction.MoveAction,
        -1,
        0,
        model.index_of(ids["team"]),
    )
    qtbot.waitUntil(lambda: bool(warnings))
    assert "the tree would make a loop" in warnings[-1]
    assert window.undo_stack.count() == 1


def test_keys_act_on_the_selection_after_the_menu_was_shown(
    make_window, small_org, qtbot, monkeypatch
) -> None:
    path, ids = small_org
    window, tree = _open(make_window, path)
    monkeypatch.setattr(org_editing, "confirm", lambda *_args: True)
    _select(tree, ids["wang"])
    qtbot.keyClick(tree, Qt.Key.Key_Delete)
    window.show_archived_action.trigger()
    _select(tree, ids["li"])
    window.org_menu.aboutToShow.emit()  # the menu looked at a live person: Restore off
    assert not window.org_actions["restore"].isEnabled()
    window.org_menu.aboutToHide.emit()
    _select(tree, ids["wang"])
    qtbot.keyClick(tree, Qt.Key.Key_R, CTRL | Qt.KeyboardModifier.ShiftModifier)
    assert "王芳" in _names(path)[1]


def test_the_editor_is_not_loaded_at_start_up(small_org) -> None:
    """Start-up pays nothing for the editor: it is imported with the first edit."""
    path, _ids = small_org
    code = (
        "import sys\n"
        "from PySide6.QtWidgets import QApplication\n"
        "from perfdesk.ui.main_window import MainWindow\n"
        "app = QApplication([])\n"
        "window = MainWindow(language='en')\n"
        "window.show()\n"
        f"assert window.open_path(__import__('pathlib').Path({str(path)!r}))\n"
        "app.processEvents()\n"
        "print('perfdesk.ui.org_editing' in sys.modules)\n"
        "window.close()\n"
    )
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    done = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, env=env, timeout=60
    )
    assert done.stdout.strip().splitlines()[-1] == "False", done.stderr


def test_keys_in_the_name_editor_edit_the_name(make_window, small_org, qtbot, monkeypatch) -> None:
    """Delete, Insert and Ctrl+X while typing a name stay the editor's keys."""
    path, ids = small_org
    window, tree = _open(make_window, path)
    asked: list[str] = []
    monkeypatch.setattr(org_editing, "confirm", lambda *_args: asked.append("asked") or False)
    _select(tree, ids["market"])
    qtbot.keyClick(tree, Qt.Key.Key_F2)
    editor = QApplication.focusWidget()
    assert isinstance(editor, QLineEdit)
    editor.setCursorPosition(0)
    qtbot.keyClick(editor, Qt.Key.Key_Delete)
    assert editor.text() == "场部" and asked == []
    editor.selectAll()
    qtbot.keyClick(editor, Qt.Key.Key_X, CTRL)
    assert editor.text() == "" and window.org_editor().cut_id is None
    qtbot.keyClick(editor, Qt.Key.Key_Escape)
    assert window.undo_stack.count() == 0


def test_a_marked_up_unit_name_is_plain_text_in_the_add_forms(
    make_window, small_org, qtbot, monkeypatch
) -> None:
    path, ids = small_org
    window, tree = _open(make_window, path)
    window.org_editor().rename_to(ids["market"], "<b>市场</b>")
    seen: list[str] = []

    def look(dialog: org_editing.FormDialog) -> None:
        for label in dialog.findChildren(QLabel):
            if "市场" in label.text():
                assert label.textFormat() == Qt.TextFormat.PlainText
                seen.append(label.text())

    monkeypatch.setattr(org_editing, "run_dialog", look)
    _select(tree, ids["market"])
    qtbot.keyClick(tree, Qt.Key.Key_Insert)
    qtbot.keyClick(tree, Qt.Key.Key_N, CTRL | Qt.KeyboardModifier.ShiftModifier)
    assert seen == ["<b>市场</b>", "<b>市场</b>"]  # "In:" of both forms, as typed


def test_a_new_document_gets_its_company_first_then_a_department(
    make_window, tmp_path, qtbot, monkeypatch
) -> None:
    """A new organisation starts empty: Insert with nothing selected enters the company."""
    path = tmp_path / "new.perfdesk"
    Document.create(path).close()
    window, tree = _open(make_window, path)
    assert "Add Unit" in window.goals_tab.empty.detail.text()  # the empty tab says how
    _fill_forms(monkeypatch, {"unit_name": "新星电子", "unit_code": "XX"})
    window.org_menu.aboutToShow.emit()  # Organisation → Add Unit…: the tree is not shown yet
    assert window.org_actions["add_unit"].isEnabled()
    window.org_actions["add_unit"].trigger()
    units = load_units(window.context.doc.conn)
    assert [(u.name, u.kind, u.parent_id) for u in units] == [("新星电子", "company", None)]
    assert tree.current_holder() == units[0].id  # selected, so the next Insert goes below it
    tree.setFocus()
    _fill_forms(monkeypatch, {"unit_name": "销售部", "unit_kind": "department"})
    qtbot.keyClick(tree, Qt.Key.Key_Insert)
    assert {u.name: u.parent_id for u in load_units(window.context.doc.conn)} == {
        "新星电子": None,
        "销售部": units[0].id,
    }
    window.undo_stack.undo_step()
    window.undo_stack.undo_step()
    assert _names(path) == (set(), set())
