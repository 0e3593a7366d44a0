"""Hostile input typed and pasted in the window (pytest-qt, offscreen), with the window
tests' own fixtures (tests/ui/conftest.py) and KPI-tab helper (tests/ui/kpi_window.py):

- grid paste: a block of the corpus's refused numbers pastes nothing and lists each cell
  with its reason; a block of the accepted ones stores exactly what they mean;
- grid typing: 1e309, NaN and inf typed in a cell are refused with the reason shown;
- names typed in the org tree (F2, rename): every storable hostile name is stored as
  typed and shown as plain text (bidi isolated), the refused ones say why, and no label
  shows rich text; nothing tries to load the <img> file.
"""

from __future__ import annotations

import hashlib
import importlib.util
import sqlite3
from pathlib import Path
from types import ModuleType
from typing import Any

from hostile import IMAGE, NUMBERS, STORABLE, TEXTS
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QLabel, QLineEdit

from perfdesk.store.repo_goals import period_values
from perfdesk.ui import op_errors
from perfdesk.ui.main_window import TAB_GOALS
from perfdesk.ui.text import plain

_UI = Path(__file__).resolve().parents[1] / "ui"


def _load(name: str, file: str) -> ModuleType:
    spec = importlib.util.spec_from_file_location(name, _UI / file)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


_fixtures = _load("hostile_ui_fixtures", "conftest.py")
make_window = _fixtures.make_window
zh = _fixtures.zh
crash_reports = _fixtures.crash_reports
_fresh_guard = _fixtures._fresh_guard
open_kpi = _load("hostile_kpi_window", "kpi_window.py").open_kpi


def _plain_row(tab: Any, width: int) -> tuple[int, int]:
    """A row in a plain unit (no money scale, not %) with `width` editable months."""
    model = tab.model
    for row in range(model.rowCount()):
        for column in range(model.FIRST_PERIOD, model.col_to_date - width + 1):
            cell = model.entry_cell(row, column)
            if cell is None or cell.scale.divisor != 1 or cell.kpi.unit.strip() in ("%", "万元"):
                continue
            if all(model.editable(row, column + j) for j in range(width)):
                return row, column
    raise AssertionError("no plain editable row")


def _paste(qtbot: Any, tab: Any, row: int, column: int, text: str) -> None:
    QApplication.clipboard().setText(text)
    tab.table.setFocus()
    tab.table.setCurrentIndex(tab.model.index(row, column))
    qtbot.keyClick(tab.table, Qt.Key.Key_V, Qt.KeyboardModifier.ControlModifier)


def _digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def test_pasting_hostile_numbers_refuses_each_with_its_reason_or_stores_exactly(
    make_window, demo_zh: Path, zh, qtbot, crash_reports
) -> None:  # type: ignore[no-untyped-def]
    pasteable = [n for n in NUMBERS if not any(c in n.text for c in "\t\r\n") and n.text]
    refused = [n for n in pasteable if n.code is not None][:12]
    with sqlite3.connect(demo_zh) as conn:  # no KPI bounds: every number read is stored
        conn.execute("UPDATE kpis SET min_value = NULL, max_value = NULL")
    conn.close()
    window, tab = open_kpi(make_window, demo_zh)
    row, column = _plain_row(tab, len(refused))
    before = _digest(demo_zh)
    _paste(qtbot, tab, row, column, "\t".join(n.text for n in refused))
    report = tab.paste_report
    assert report is not None and report.isVisible()
    shown = [report.table.item(r, 2).text() for r in range(report.table.rowCount())]
    reasons = [report.table.item(r, 3).text() for r in range(report.table.rowCount())]
    assert len(shown) == len(refused)
    assert all(reason.strip() for reason in reasons)
    assert window.undo_stack.count() == 0
    assert _digest(demo_zh) == before
    report.close()
    accepted = [n for n in pasteable if n.value is not None][:12]
    row, column = _plain_row(tab, len(accepted))
    _paste(qtbot, tab, row, column, "\t".join(n.text for n in accepted))
    model = tab.model
    cells = [model.entry_cell(row, column + j) for j in range(len(accepted))]
    _targets, actuals = period_values(
        window.context.doc.conn, [cells[0].goal_id], [c.period for c in cells]
    )
    stored = [actuals.get((c.goal_id, c.period)) for c in cells]
    assert tab.paste_report is None or not tab.paste_report.isVisible()
    assert stored == [n.value for n in accepted]
    assert not crash_reports


def test_typing_1e309_nan_and_inf_in_a_cell_is_refused_with_the_reason(
    make_window, demo_zh: Path, zh, qtbot, crash_reports
) -> None:  # type: ignore[no-untyped-def]
    window, tab = open_kpi(make_window, demo_zh)
    row, column = _plain_row(tab, 1)
    before = _digest(demo_zh)
    for text in ("1e309", "NaN", "inf", "=1+1", "1,2,3"):
        table = tab.table
        table.setFocus()
        table.setCurrentIndex(tab.model.index(row, column))
        qtbot.keyClick(table, text[0])
        editor = QApplication.focusWidget()
        assert isinstance(editor, QLineEdit)
        qtbot.keyClicks(editor, text[1:])
        qtbot.keyClick(editor, Qt.Key.Key_Return)
        message = tab.entry_message.text()
        assert message.strip(), text  # the reason is said next to the grid
        if isinstance(QApplication.focusWidget(), QLineEdit):
            qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Escape)
    assert window.undo_stack.count() == 0
    assert _digest(demo_zh) == before
    assert not crash_reports


def test_names_typed_in_the_org_tree_are_stored_as_typed_and_shown_plain(
    make_window, demo_zh: Path, zh, qtbot, crash_reports, monkeypatch
) -> None:  # type: ignore[no-untyped-def]
    warnings: list[str] = []
    monkeypatch.setattr(op_errors, "show_message", lambda _p, _i, _t, text: warnings.append(text))
    window = make_window(demo_zh)
    window.tabs.setCurrentIndex(TAB_GOALS)
    tree = window.goals_tab.org_tree
    doc = window.context.doc
    unit = doc.conn.execute("SELECT id FROM org_units WHERE code = 'SAL'").fetchone()[0]
    editor = window.org_editor()
    for hostile in TEXTS:
        count = len(warnings)
        editor.rename_to(unit, hostile.text)
        (stored,) = doc.conn.execute("SELECT name FROM org_units WHERE id = ?", (unit,)).fetchone()
        if hostile.name is None:
            assert stored == hostile.stored, hostile.id
            index = tree.model().index_of(unit)
            assert index.data() == plain(hostile.stored), hostile.id
            window.grab()
        else:
            assert stored != hostile.text
            assert len(warnings) == count + 1, hostile.id  # refused, and said why
    for label in window.findChildren(QLabel):
        if any(h.text[:5] in label.text() for h in STORABLE if h.text.startswith("<")):
            assert label.textFormat() == Qt.TextFormat.PlainText, label.text()[:60]
    assert not Path(IMAGE).exists()
    assert not crash_reports


def _answer(monkeypatch: Any, cls: type, fill: Any) -> list[Any]:
    """Replace `cls.exec` (a modal loop) with filling the form and pressing Save."""
    seen: list[Any] = []

    def run(dialog: Any) -> int:
        seen.append(dialog)
        fill(dialog)
        return int(dialog.result())

    monkeypatch.setattr(cls, "exec", run)
    return seen


def test_hostile_text_typed_in_the_meeting_and_issue_forms_is_shown_plain(
    make_window, demo_zh: Path, zh, qtbot, crash_reports, monkeypatch
) -> None:  # type: ignore[no-untyped-def]
    from perfdesk.ui.issue_capture import IssueCaptureDialog
    from perfdesk.ui.meeting_form import MeetingDialog

    title = '<b>四月</b><img src="' + IMAGE + '"> =HYPERLINK("http://x","y") \u202e会议'
    issue = "<i>回款</i>'); DROP TABLE issues;--\n第二行 👩\u200d💻"
    window = make_window(demo_zh)
    window.tabs.setCurrentIndex(2)
    tab = window.meeting_tab

    def meeting(dialog: Any) -> None:
        dialog.title.setText(title)  # what typing leaves in the field
        dialog.save()

    _answer(monkeypatch, MeetingDialog, meeting)
    tab.meeting_table.setFocus()
    qtbot.keyClick(tab.meeting_table, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    assert tab.form is not None and tab.form.title == title  # stored as typed
    assert tab.title.textFormat() == Qt.TextFormat.PlainText
    assert tab.title.full_text() == plain(title)
    shown = [tab.meetings_model.index(r, 1).data() for r in range(tab.meetings_model.rowCount())]
    assert plain(title) in shown

    def capture(dialog: Any) -> None:
        dialog.what.setPlainText(issue)
        if dialog.owner.currentData() is None:
            dialog.responsible.setCurrentIndex(1)
        if dialog.owner.currentData() is None:
            dialog.owner.setCurrentIndex(1)
        dialog.save()

    _answer(monkeypatch, IssueCaptureDialog, capture)
    tab.builder.table.setFocus()
    qtbot.keyClick(tab.builder.table, Qt.Key.Key_I, Qt.KeyboardModifier.ControlModifier)
    (stored,) = window.context.doc.conn.execute(
        "SELECT description FROM issues WHERE meeting_id = ?", (tab.form.id,)
    ).fetchone()
    assert stored == issue
    model = tab.issues_model
    texts = [
        str(model.index(r, c).data() or "")
        for r in range(model.rowCount())
        for c in range(model.columnCount())
    ]
    assert any("<i>回款</i>'); DROP TABLE issues;--" in t for t in texts), texts
    window.grab()
    for label in window.findChildren(QLabel):
        if "<b>四月</b>" in label.text() or "<i>回款" in label.text():
            assert label.textFormat() == Qt.TextFormat.PlainText, label.text()[:60]
    assert not Path(IMAGE).exists()
    assert not crash_reports
