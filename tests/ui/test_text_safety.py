"""Document text is shown as typed: never markup, never reordering our text, never widening."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QLabel, QMessageBox

from perfdesk.ui.errors import message_box
from perfdesk.ui.main_window import TAB_ACTIONS, TAB_GOALS, TAB_KPI, TAB_MEETING
from perfdesk.ui.text import FSI, PDI, plain, tooltip
from perfdesk.ui.widgets.text_label import TextLabel


def _corpus():  # type: ignore[no-untyped-def]
    """The one hostile-input corpus (tests/reliability/hostile.py), shared by every test."""
    import importlib.util
    import sys

    if "hostile" in sys.modules:  # already imported by tests/reliability
        return sys.modules["hostile"]
    file = Path(__file__).resolve().parents[1] / "reliability" / "hostile.py"
    spec = importlib.util.spec_from_file_location("hostile", file)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules["hostile"] = module  # its dataclasses look their module up
    spec.loader.exec_module(module)
    return module


_HOSTILE = _corpus()
IMAGE = _HOSTILE.IMAGE
HOSTILE = list(_HOSTILE.WINDOW_TEXTS)
TARGETS = [
    ("org_units", "name"),
    ("people", "name"),
    ("actions", "title"),
    ("meetings", "title"),
    ("issues", "description"),
]


@pytest.fixture
def hostile_doc(demo_zh: Path, spoil) -> Path:  # type: ignore[no-untyped-def]
    """Every hostile text in every named column, round-robin over the rows."""
    import sqlite3

    conn = sqlite3.connect(demo_zh)
    conn.execute("PRAGMA ignore_check_constraints = ON")  # a hand-made file: no limits
    # Ended meetings' titles and issues too: a hand-made file has no triggers in the way.
    frozen = conn.execute(
        "SELECT name, sql FROM sqlite_master WHERE type = 'trigger' AND name LIKE '%frozen%'"
    ).fetchall()
    for name, _sql in frozen:
        conn.execute(f"DROP TRIGGER {name}")
    try:
        for table, column in TARGETS:
            rowids = [r[0] for r in conn.execute(f"SELECT rowid FROM {table} ORDER BY rowid")]
            for number, rowid in enumerate(rowids):
                text = HOSTILE[number % len(HOSTILE)]
                conn.execute(f"UPDATE {table} SET {column} = ? WHERE rowid = ?", (text, rowid))
        for _name, sql in frozen:
            conn.execute(sql)
        conn.commit()
    finally:
        conn.close()
    return demo_zh


def test_plain_neutralises_controls_bounds_length_and_isolates_bidi() -> None:
    assert plain("销售部") == "销售部"
    assert plain("a\x00b\x07c\nd\te") == "abc d e"
    assert plain("line\nbreak", multiline=True) == "line\nbreak"
    assert plain("x" * 1000, 10) == "x" * 9 + "…"
    assert plain(b"\xff\xfeA") == "\ufffd\ufffdA"
    assert plain(None) == ""
    shown = plain("abc\u202edcba")
    assert shown.startswith(FSI) and shown.endswith(PDI)
    assert plain("שלום") == f"{FSI}שלום{PDI}"


def test_tooltips_escape_markup() -> None:
    tip = tooltip('<img src="x.png"> & <b>b</b>')
    assert tip is not None and "<img" not in tip and "&lt;img" in tip and "<b>" not in tip
    assert tooltip("") is None
    assert len(tooltip("y" * 100_000) or "") < 700


def test_message_boxes_show_file_names_as_typed(qtbot) -> None:  # type: ignore[no-untyped-def]
    box = message_box(None, QMessageBox.Icon.Warning, "<b>t</b>", "<b>bold</b>", "<i>x</i>")
    qtbot.addWidget(box)
    labels = [w for w in box.findChildren(QLabel) if w.text()]
    assert labels and all(w.textFormat() == Qt.TextFormat.PlainText for w in labels)


def test_label_elides_long_text_and_keeps_it_in_a_bounded_tooltip(qtbot) -> None:  # type: ignore[no-untyped-def]
    label = TextLabel("名" * 10_000)
    qtbot.addWidget(label)
    label.resize(200, 30)
    label.show()
    assert label.textFormat() == Qt.TextFormat.PlainText
    assert label.text().endswith("…") and len(label.text()) < 50
    assert label.minimumSizeHint().width() == 0
    assert 0 < len(label.toolTip()) < 700


def test_hostile_names_render_as_plain_text_and_never_widen_the_window(
    make_window, hostile_doc: Path, qtbot
) -> None:  # type: ignore[no-untyped-def]
    window = make_window(None)
    screen = window.screen().availableGeometry().width()
    window.resize(screen - 50, 500)
    assert window.open_path(hostile_doc)
    goals = window.goals_tab
    # Walk the org tree through every unit and person, and every meeting.
    tree = goals.org_tree
    model = tree.model()
    stack = [model.index(r, 0) for r in range(model.rowCount())]
    while stack:
        index = stack.pop()
        tree.setCurrentIndex(index)
        stack.extend(model.index(r, 0, index) for r in range(model.rowCount(index)))
    for index in (TAB_GOALS, TAB_KPI, TAB_MEETING, TAB_ACTIONS):
        window.tabs.setCurrentIndex(index)
        window.grab()
    meetings = window.meeting_tab
    for row in range(meetings.meetings_model.rowCount()):
        meetings.meeting_table.selectRow(row)
        window.grab()
    assert not Path(IMAGE).exists()  # nothing tried to write it, and nothing loaded it either
    assert window.width() <= screen
    assert window.minimumSizeHint().width() <= screen
    for slot in window.slots:
        assert not slot.tab().error_state.isVisible()
    # Every label that shows text is plain, so "<b>" is shown, not applied.
    for label in window.findChildren(QLabel):
        if any(h[:6] in label.text() for h in HOSTILE[:4]):
            assert label.textFormat() == Qt.TextFormat.PlainText, label.text()
    titles = [meetings.title.text(), goals.title.text(), window.kpi_tab.title.text()]
    assert any("<" in t for t in titles)
    # The right-to-left override stays inside the name it was typed in.
    shown = [
        meetings.meetings_model.index(r, 1).data()
        for r in range(meetings.meetings_model.rowCount())
    ]
    for text in shown:
        if "\u202e" in text:
            assert text.startswith(FSI) and text.endswith(PDI)
    # Tooltips of long cells are escaped and bounded.
    actions = window.actions_tab.model
    tips = [
        actions.index(r, 0).data(Qt.ItemDataRole.ToolTipRole) for r in range(actions.rowCount())
    ]
    assert all(t is None or (len(t) < 700 and "<img" not in t) for t in tips)
    QApplication.processEvents()
