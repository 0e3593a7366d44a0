"""The goal tree (目标分解) and the KPI library window, driven as a user would."""

from __future__ import annotations

import sqlite3
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtWidgets import QApplication, QComboBox, QLineEdit

from perfdesk.store import ops
from perfdesk.store.document import Document
from perfdesk.ui import goal_form, goals_tab, kpi_library, op_runner
from perfdesk.ui.main_window import TAB_GOALS
from perfdesk.ui.models.goal_tree import SumRow

CTRL = Qt.KeyboardModifier.ControlModifier
ALT = Qt.KeyboardModifier.AltModifier


@pytest.fixture
def plan(tmp_path: Path) -> tuple[Path, dict[str, str]]:
    """华信科技 (sales 1,000 万元 split 400 + 350 to 华东 and 华西, 王芳 120 under 华东),
    and a rate goal; weights of the company 60 + 30 = 90 %."""
    path = tmp_path / "plan.perfdesk"
    with Document.create(path) as doc:
        company = ops.add_org_unit(doc, "华信科技", "company").row_id or ""
        east = ops.add_org_unit(doc, "华东", "department", company).row_id or ""
        west = ops.add_org_unit(doc, "华西", "department", company).row_id or ""
        wang = ops.add_person(doc, "王芳", east).row_id or ""
        sales = ops.add_kpi(doc, "sales", "销售额", name_en="Sales", unit="万元").row_id or ""
        rate = (
            ops.add_kpi(
                doc, "rate", "转化率", name_en="Conversion", unit="%", aggregation="average"
            ).row_id
            or ""
        )
        top = (
            ops.add_goal(doc, sales, "2026", 1000, 60, unit_id=company, title="全年销售").row_id
            or ""
        )
        ops.add_goal(doc, rate, "2026", 30, 30, unit_id=company, title="提高转化")
        east_goal = (
            ops.add_goal(doc, sales, "2026", 400, 100, unit_id=east, parent_id=top).row_id or ""
        )
        ops.add_goal(doc, sales, "2026", 350, 100, unit_id=west, parent_id=top)
        wang_goal = (
            ops.add_goal(doc, sales, "2026", 120, 100, person_id=wang, parent_id=east_goal).row_id
            or ""
        )
    ids = {"company": company, "east": east, "west": west, "wang": wang, "sales": sales}
    return path, {**ids, "rate": rate, "top": top, "east_goal": east_goal, "wang_goal": wang_goal}


@pytest.fixture
def messages(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    shown: list[str] = []
    for module in (op_runner, goals_tab):
        monkeypatch.setattr(module, "show_message", lambda _p, _i, _t, text: shown.append(text))
    return shown


def _open(make_window: Any, path: Path, holder: str, **kwargs: Any) -> tuple[Any, Any]:
    window = make_window(path, language="en", **kwargs)
    window.tabs.setCurrentIndex(TAB_GOALS)
    tab = window.goals_tab
    assert tab.org_tree.select_holder(holder)
    tab.table.setFocus()
    return window, tab


def _dump(path: Path) -> list[tuple[object, ...]]:
    conn = sqlite3.connect(path)
    try:
        rows = []
        for table in ("kpis", "goals"):
            columns = [r[1] for r in conn.execute(f"PRAGMA table_info({table})")]
            keep = [c for c in columns if c not in ("created", "stamp", "source", "deleted")]
            sql = f"SELECT {', '.join(keep)} FROM {table} WHERE deleted = 0"
            rows += sorted((table, *row) for row in conn.execute(sql))
        return rows
    finally:
        conn.close()


def _texts(model: Any, parent: QModelIndex) -> list[str]:
    return [model.index(r, 0, parent).data() for r in range(model.rowCount(parent))]


def test_tree_expands_to_children_with_their_sum_and_goes_up(make_window, plan, qtbot) -> None:
    path, ids = plan
    _window, tab = _open(make_window, path, ids["company"])
    model, view = tab.model, tab.table
    assert _texts(model, QModelIndex()) == ["Sales", "Conversion"]
    assert model.hasChildren(model.index(0, 0)) and not model.hasChildren(model.index(1, 0))
    assert model.rowCount(model.index(0, 0)) == 0  # nothing read before it is expanded
    view.setCurrentIndex(model.index(0, 0))
    view.expand(model.index(0, 0))
    sales = model.index(0, 0)
    assert _texts(model, sales) == [
        "华东 · Sales",
        "华西 · Sales",
        "Sum of the breakdown vs the goal above",
    ]
    total = model.index(2, 0, sales)
    assert isinstance(model.node(total).row, SumRow)
    assert model.index(2, model.COL_TARGET, sales).data() == "750 万元"
    assert (
        model.index(2, model.COL_PARENT, sales).data()
        == "difference -250 万元: 750 万元 vs 1,000 万元"
    )
    assert model.index(2, model.COL_STATUS, sales).data().startswith("✗")
    # Under the tree: weights 90 % and the breakdown that does not add up, with numbers.
    assert "90%" in tab.weight_label.text() and "10 percentage points short" in (
        tab.weight_label.text()
    )
    assert "breakdown 750 万元 vs goal 1,000 万元, difference -250 万元" in tab.sum_label.text()
    # Down two levels (华东 → 王芳), lazily, then up again with Alt+Up.
    east = model.index(0, 0, sales)
    view.expand(east)
    assert _texts(model, east)[0] == "王芳 · Sales"
    view.setCurrentIndex(east)
    qtbot.keyClick(view, Qt.Key.Key_Up, ALT)  # the goal above 华东's: the company's
    assert tab.org_tree.current_holder() == ids["company"]
    assert tab.selected_row().goal.id == ids["top"]
    assert tab.org_tree.select_holder(ids["wang"])
    tab.table.setFocus()
    qtbot.keyClick(tab.table, Qt.Key.Key_Up, ALT)
    assert tab.org_tree.current_holder() == ids["east"]
    assert tab.selected_row().goal.id == ids["east_goal"]


def test_star_expands_every_level_below(make_window, plan, qtbot) -> None:
    path, ids = plan
    _window, tab = _open(make_window, path, ids["company"])
    model, view = tab.model, tab.table
    view.setCurrentIndex(model.index(0, 0))
    qtbot.keyClick(view, Qt.Key.Key_Asterisk)
    sales = model.index(0, 0)
    east = model.index(0, 0, sales)
    assert view.isExpanded(sales) and view.isExpanded(east)
    assert _texts(model, east) == ["王芳 · Sales", "Sum of the breakdown vs the goal above"]


def test_smart_badges_are_five_letters_with_reasons(make_window, plan) -> None:
    path, ids = plan
    _window, tab = _open(make_window, path, ids["wang"])
    badges = tab.model.index(0, tab.model.COL_SMART).data()
    assert badges.split() == ["S✗", "M", "A?", "R", "T"]  # no description of its own
    tip = tab.model.index(0, tab.model.COL_SMART).data(Qt.ItemDataRole.ToolTipRole)
    assert "✗ S Specific: no description" in tip


def _answer_goal_form(monkeypatch: pytest.MonkeyPatch, values: dict[str, str]) -> list[str]:
    errors: list[str] = []

    def answer(dialog: Any) -> None:
        for field, value in values.items():
            widget = dialog.fields[field]
            if isinstance(widget, QLineEdit):
                widget.setText(value)
            else:
                assert isinstance(widget, QComboBox)
                widget.setCurrentIndex(widget.findData(value))
        dialog.try_accept()
        if not dialog.error.isHidden():
            errors.append(dialog.error.text())
        errors.extend(f"{f}: {dialog.field_message(f)}" for f in dialog.marked_fields())

    monkeypatch.setattr(goal_form, "run_dialog", answer)
    return errors


def test_insert_f2_reorder_delete_each_one_undo_step(make_window, plan, qtbot, monkeypatch) -> None:
    path, ids = plan
    start = _dump(path)
    window, tab = _open(make_window, path, ids["company"])
    view = tab.table
    # Insert: a refused weight stays in the form with the reason, nothing written.
    errors = _answer_goal_form(monkeypatch, {"kpi": ids["sales"], "weight": "150", "target": "5"})
    qtbot.keyClick(view, Qt.Key.Key_Insert)
    assert errors == ["weight: ⚠ The weight must be between 0 and 100 %."]
    assert _dump(path) == start
    _answer_goal_form(
        monkeypatch,
        {"kpi": ids["rate"], "weight": "10", "target": "2", "goal_title": "客户复购"},
    )
    qtbot.keyClick(view, Qt.Key.Key_Insert)
    assert tab.model.rowCount() == 3
    assert tab.selected_row().goal.title == "客户复购"
    assert "100%" in tab.weight_label.text()
    # F2: the description, one step.
    _answer_goal_form(monkeypatch, {"goal_title": "复购客户数提升"})
    qtbot.keyClick(view, Qt.Key.Key_F2)
    assert tab.selected_row().goal.title == "复购客户数提升"
    # Enter: the whole form.
    _answer_goal_form(monkeypatch, {"target": "3"})
    qtbot.keyClick(view, Qt.Key.Key_Return)
    assert tab.selected_row().goal.target == 3
    # Ctrl+Up moves it above the conversion goal.
    qtbot.keyClick(view, Qt.Key.Key_Up, CTRL)
    assert [r.goal.title for r in tab.model.top_rows()] == [
        "全年销售",
        "复购客户数提升",
        "提高转化",
    ]
    # Delete archives it after the dialog listing what depends on it.
    asked: list[str] = []
    monkeypatch.setattr(
        kpi_library, "ask", lambda _p, _t, text, info: asked.append(f"{text}\n{info}") or True
    )
    view.setCurrentIndex(tab.model.index(0, 0))
    qtbot.keyClick(view, Qt.Key.Key_Delete)
    assert "Goals contributing to it: 2" in asked[0]
    assert [r.goal.title for r in tab.model.top_rows()] == ["复购客户数提升", "提高转化"]
    for _ in range(5):  # delete, move, Enter, F2, insert: five steps back to the start
        window.undo_stack.undo_step()
    assert _dump(path) == start


def test_read_only_file_refuses_goal_edits_with_a_message(
    make_window, plan, qtbot, messages
) -> None:
    path, ids = plan
    start = _dump(path)
    _window, tab = _open(make_window, path, ids["company"], read_only=True)
    for key, modifier in (
        (Qt.Key.Key_Insert, Qt.KeyboardModifier.NoModifier),
        (Qt.Key.Key_Delete, Qt.KeyboardModifier.NoModifier),
        (Qt.Key.Key_Up, CTRL),
    ):
        qtbot.keyClick(tab.table, key, modifier)
    assert len(messages) == 3
    assert all("read-only" in text for text in messages)
    assert _dump(path) == start


# -- the KPI library -------------------------------------------------------------------
def test_changing_direction_of_a_kpi_in_use_names_the_goals(make_window, plan, monkeypatch) -> None:
    path, ids = plan
    window, _tab = _open(make_window, path, ids["company"])
    start = _dump(path)
    dialog = window.show_kpi_library()
    dialog.search.setText("sales")
    assert dialog.list.count() == 1
    dialog.list.setCurrentRow(0)
    assert "Used by 4 goals" in dialog.usage.text()
    direction = dialog.fields["direction"]
    direction.setCurrentIndex(direction.findData("lower"))
    questions: list[tuple[str, str]] = []
    monkeypatch.setattr(
        kpi_library, "ask", lambda _p, _t, text, info: questions.append((text, info)) or False
    )
    assert not dialog.save()
    (text, info) = questions[0]
    assert "is used by 4 goals" in text
    assert "Higher is better → Lower is better" in info and "status" in info
    assert "For example 华信科技: " in info  # a goal's status before → after
    assert _dump(path) == start  # cancelled: nothing written
    monkeypatch.setattr(kpi_library, "ask", lambda *_a: True)
    assert dialog.save()
    assert window.context.kpis[ids["sales"]].direction.value == "lower"
    window.undo_stack.undo_step()
    assert _dump(path) == start


def test_bad_kpi_input_is_said_next_to_its_field(make_window, plan) -> None:
    path, ids = plan
    window, _tab = _open(make_window, path, ids["company"])
    start = _dump(path)
    dialog = window.show_kpi_library()
    dialog.show_kpi(None)
    cases = [
        ({"kpi_code": "x", "kpi_name": " ", "kpi_name_en": ""}, "kpi_name", "cannot be empty"),
        ({"kpi_name": "新指标", "kpi_code": "sales"}, "kpi_code", "already exists"),
        (
            {"kpi_code": "new", "amber_threshold": "90", "red_threshold": "95"},
            "red_threshold",
            "red threshold",
        ),
        ({"red_threshold": "80", "min_value": "10", "max_value": "5"}, "min_value", "lower bound"),
        ({"max_value": "", "decimals": "9"}, "decimals", "between 0 and 6"),
    ]
    for values, field, words in cases:
        for name, text in values.items():
            dialog.fields[name].setText(text)
        assert not dialog.save()
        assert dialog.errors[field].isVisibleTo(dialog), field
        assert words in dialog.errors[field].text()
    dialog.fields["decimals"].setText("1")
    aggregation = dialog.fields["aggregation"]
    aggregation.setCurrentIndex(aggregation.findData("ratio"))
    assert not dialog.save()
    assert "numerator" in dialog.errors["numerator_kpi"].text()
    assert _dump(path) == start
    aggregation.setCurrentIndex(aggregation.findData("sum"))
    assert dialog.save()
    assert any(k.code == "new" for k in window.context.kpis.values())


def test_archive_restore_and_add_from_the_library(make_window, plan, monkeypatch) -> None:
    path, ids = plan
    window, _tab = _open(make_window, path, ids["company"])
    dialog = window.show_kpi_library()
    monkeypatch.setattr(kpi_library, "ask", lambda *_a: True)
    dialog.search.setText("conversion")
    dialog.list.setCurrentRow(0)
    assert not dialog.delete_button.isEnabled()  # in use: archive only
    dialog.set_archived(True)
    assert window.context.kpis[ids["rate"]].archived
    assert "(archived)" in dialog.list.currentItem().text()
    dialog.set_archived(False)
    assert not window.context.kpis[ids["rate"]].archived
    chosen: list[list[str]] = []

    def pick(chooser: Any) -> int:
        for row in range(chooser.list.count()):
            item = chooser.list.item(row)
            if item.data(Qt.ItemDataRole.UserRole) != "csat":
                item.setCheckState(Qt.CheckState.Unchecked)
        chosen.append(chooser.chosen())
        return 1

    monkeypatch.setattr(kpi_library, "run_chooser", pick)
    dialog.add_from_library()
    assert chosen == [["csat"]]
    assert "Customer satisfaction (CSAT)" in {k.name for k in window.context.kpis.values()}
    QApplication.processEvents()


def test_a_new_document_starts_with_the_shipped_library(make_window, tmp_path: Path) -> None:
    from perfdesk.core.kpi_library import LIBRARY, kpi_id

    window = make_window(language="en")
    new = tmp_path / "new.perfdesk"
    window.dialogs.save_path = lambda *_args: new
    window.new_document()
    assert set(window.context.kpis) == {kpi_id(entry.code) for entry in LIBRARY}
    dialog = window.show_kpi_library()
    assert dialog.list.count() == len(LIBRARY)
    assert not dialog.library_button.isEnabled()  # nothing left to add
    window.close_document()
    assert not dialog.isVisible()  # the library window goes with its document


def test_the_library_window_follows_undo(make_window, plan, monkeypatch) -> None:
    path, ids = plan
    window, _tab = _open(make_window, path, ids["company"])
    dialog = window.show_kpi_library()
    monkeypatch.setattr(kpi_library, "ask", lambda *_a: True)
    dialog.search.setText("conversion")
    dialog.list.setCurrentRow(0)
    dialog.set_archived(True)
    assert "(archived)" in dialog.list.currentItem().text()
    window.undo_stack.undo_step()
    assert "(archived)" not in dialog.list.currentItem().text()
    assert dialog.archive_button.isEnabled()


def test_goal_form_says_each_refusal_under_its_field_and_focuses_it(
    make_window, plan, qtbot, monkeypatch
) -> None:  # type: ignore[no-untyped-def]
    path, ids = plan
    start = _dump(path)
    _window, tab = _open(make_window, path, ids["company"])
    seen: list[tuple[list[str], str, str, bool, str]] = []

    def answer(dialog: Any) -> None:
        dialog.show()
        steps = (
            {"kpi": ids["sales"], "weight": "很多", "target": "5"},  # not a number
            {"weight": "10", "target": "五百"},  # the weight is fixed: the target is next
            {"target": "5", "period": "2026-13"},
        )
        for values in steps:
            for field, value in values.items():
                widget = dialog.fields[field]
                if isinstance(widget, QLineEdit):
                    widget.setText(value)
                else:
                    widget.setCurrentIndex(widget.findData(value))
            dialog.try_accept()
            marked = dialog.marked_fields()
            field = marked[0] if marked else ""
            caption = dialog.captions[field][0].text() if field else ""
            focused = field != "" and dialog.focusWidget() is dialog.fields[field]
            seen.append(
                (
                    marked,
                    dialog.field_message(field) if field else "",
                    caption,
                    focused,
                    dialog.error.text() if not dialog.error.isHidden() else "",
                )
            )
        dialog.reject()

    monkeypatch.setattr(goal_form, "run_dialog", answer)
    qtbot.keyClick(tab.table, Qt.Key.Key_Insert)
    (weight, target, period) = seen
    assert weight[0] == ["weight"] and weight[1].startswith("⚠ ") and "weight" in weight[1]
    assert weight[2].startswith("⚠ ") and weight[3]  # marked by a sign, focused
    assert weight[4] == ""  # said next to the field, not under the form
    assert target[0] == ["target"] and "target" in target[1] and target[3]
    assert period[0] == ["period"] and period[3]
    assert _dump(path) == start  # nothing written


def test_archived_goals_show_greyed_with_a_word_and_restore_in_one_step(
    make_window, plan, qtbot, monkeypatch
) -> None:  # type: ignore[no-untyped-def]
    path, ids = plan
    window, tab = _open(make_window, path, ids["company"])
    monkeypatch.setattr(kpi_library, "ask", lambda *_args: True)
    view = tab.table
    view.setCurrentIndex(tab.model.find(ids["top"]))
    qtbot.keyClick(view, Qt.Key.Key_Delete)
    archived_dump = _dump(path)
    assert [r.goal.title for r in tab.model.top_rows()] == ["提高转化"]

    qtbot.keyClick(view, Qt.Key.Key_H, CTRL | ALT)  # Show Archived Goals
    assert [r.goal.title for r in tab.model.top_rows()] == ["提高转化", "全年销售"]
    shown = tab.model.find(ids["top"])
    assert shown.data().endswith("· archived")  # a word, not only the grey
    assert shown.data(Qt.ItemDataRole.ForegroundRole) is not None
    assert "30%" in tab.weight_label.text()  # the weights are the live goals' (not 90 %)

    view.setCurrentIndex(shown)
    qtbot.keyClick(view, Qt.Key.Key_R, CTRL | Qt.KeyboardModifier.ShiftModifier)  # Restore
    restored = tab.model.find(ids["top"])
    assert restored.isValid() and not restored.data().endswith("archived")
    assert not tab.selected_row().goal.archived
    window.undo_stack.undo_step()  # one step: archived again
    assert _dump(path) == archived_dump
    qtbot.keyClick(view, Qt.Key.Key_H, CTRL | ALT)  # hidden again
    assert [r.goal.title for r in tab.model.top_rows()] == ["提高转化"]


def test_goal_form_shows_every_refusal_at_once_and_focuses_the_first(
    make_window, plan, qtbot, monkeypatch
) -> None:  # type: ignore[no-untyped-def]
    path, ids = plan
    start = _dump(path)
    _window, tab = _open(make_window, path, ids["company"])
    seen: dict[str, Any] = {}

    def answer(dialog: Any) -> None:
        dialog.show()
        values = {"kpi": ids["sales"], "period": "2026-13", "weight": "150", "target": "很多"}
        for field, value in values.items():
            widget = dialog.fields[field]
            if isinstance(widget, QLineEdit):
                widget.setText(value)
            else:
                widget.setCurrentIndex(widget.findData(value))
        dialog.try_accept()
        seen["marked"] = dialog.marked_fields()
        seen["messages"] = {f: dialog.field_message(f) for f in seen["marked"]}
        seen["captions"] = {f: dialog.captions[f][0].text() for f in seen["marked"]}
        seen["focus"] = next(
            (f for f, w in dialog.fields.items() if dialog.focusWidget() is w), None
        )
        seen["form_error"] = "" if dialog.error.isHidden() else dialog.error.text()
        seen["visible"] = dialog.isVisible()
        dialog.reject()

    monkeypatch.setattr(goal_form, "run_dialog", answer)
    qtbot.keyClick(tab.table, Qt.Key.Key_Insert)
    assert seen["marked"] == ["period", "weight", "target"]  # all three, not the first
    assert seen["messages"] == {
        "period": "⚠ “2026-13” is not a valid period. Write it like 2026, 2026-Q3, 2026-10 "
        "or 2026-W41.",
        "weight": "⚠ The weight must be between 0 and 100 %.",
        "target": "⚠ The target must be a number, not “很多”.",
    }
    assert seen["captions"] == {
        "period": "⚠ Period",
        "weight": "⚠ Weight (%)",
        "target": "⚠ Target",
    }  # a sign on the caption, not colour only
    assert seen["focus"] == "period" and seen["form_error"] == "" and seen["visible"]
    assert _dump(path) == start  # nothing written
