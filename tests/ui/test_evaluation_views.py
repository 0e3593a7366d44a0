"""The rankings view flags the top of a quarter; the person archive shows an appeal's outcome."""

from __future__ import annotations

import datetime
from pathlib import Path

from perfdesk.store import ops, repo_evaluations
from perfdesk.store.document import Document
from perfdesk.ui.rankings import COLUMNS, RankingsDialog
from perfdesk.ui.widgets.text_label import TextLabel


def test_rankings_for_a_quarter_show_the_top_flag_and_filter_to_a_unit(
    make_window, demo_zh: Path, qtbot
) -> None:  # type: ignore[no-untyped-def]
    window = make_window(demo_zh, language="en")
    dialog = window.show_rankings("2026-Q3")
    assert isinstance(dialog, RankingsDialog)
    model, proxy = dialog.model, dialog.proxy
    assert model.rowCount() > 10
    flags = COLUMNS.index("flags")
    top = [
        proxy.index(r, flags).data()
        for r in range(proxy.rowCount())
        if proxy.index(r, COLUMNS.index("rank")).data().startswith("1 /")
    ]
    assert top and all("Top 10 %" in text for text in top)
    ranked = model.rows[0].ranked
    flagged = [row.rank for row in model.rows if "top" in row.flags]
    assert len(flagged) >= max(1, ranked // 10)  # more only when tied at the cut
    assert max(flagged) <= max(1, ranked // 10)
    # rank change is an arrow and a number (or "=" / "new"), not colour alone
    change = proxy.index(0, COLUMNS.index("rank_change")).data()
    assert change[0] in "▲▼=n"
    # filter to one department: only its people remain
    dept = next(u for u in window.context.units.values() if u.kind == "department")
    dialog.unit_combo.setCurrentIndex(dialog.unit_combo.findData(dept.id))
    dialog.unit_combo.activated.emit(dialog.unit_combo.currentIndex())
    assert 0 < proxy.rowCount() < model.rowCount()
    # sorting by score, worst first, puts the lowest score on top
    from PySide6.QtCore import Qt

    dialog.unit_combo.setCurrentIndex(0)
    dialog.unit_combo.activated.emit(0)
    dialog.table.sortByColumn(COLUMNS.index("score"), Qt.SortOrder.AscendingOrder)
    scored = [row.score.value for row in model.rows if row.score.value is not None]
    assert proxy.index(0, COLUMNS.index("score")).data() == f"{min(scored) * 100:.1f} %"


def test_evaluating_from_the_view_freezes_and_a_second_time_only_shows(
    make_window, demo_zh: Path
) -> None:  # type: ignore[no-untyped-def]
    window = make_window(demo_zh, language="en")
    dialog = window.show_rankings("2026-Q2")
    assert dialog.evaluate(confirm=False)
    assert dialog.frozen and not dialog.evaluate_button.isEnabled()
    assert "Frozen on" in dialog.state_label.full_text()
    assert not dialog.evaluate(confirm=False)  # shown frozen, not evaluated again
    window.undo_stack.undo()
    dialog.reload()
    assert not dialog.frozen


def test_the_archive_shows_an_appeal_and_its_outcome(make_window, demo_zh: Path) -> None:  # type: ignore[no-untyped-def]
    with Document.open(demo_zh) as doc:
        ops.evaluate_period(doc, "2026-Q3")
        person = next(e for e in repo_evaluations.evaluations(doc.conn, "2026-Q3") if e.is_person)
    window = make_window(demo_zh, language="en")
    archive = window.show_person_archive(person.holder_id)
    assert archive.archive is not None and archive.archive.person_id == person.holder_id
    assert archive.file_appeal("三季度回款漏记", datetime.date.today())
    assert archive.decide_appeal("revised", "财务核实后更正", 1.05)
    model = archive.evaluations_table.model()
    cells = [(r, c) for r in range(model.rowCount()) for c in range(model.columnCount())]
    texts = [model.index(r, c).data() for r, c in cells]
    assert any("三季度回款漏记" in t for t in texts)
    assert any(t.startswith("revised on") for t in texts)
    assert any("105.0 %" in t and "财务核实后更正" in t for t in texts)
    # once decided, the evaluation can be appealed again (one open appeal at a time)
    assert archive.file_appeal("再次申请", datetime.date.today())
    assert archive.archive is not None
    (evaluation,) = [e for e in archive.archive.evaluations if e.period == "2026-Q3"]
    assert [a.status for a in evaluation.appeals] == ["revised", "open"]


def test_the_evaluation_menu_opens_the_rankings_at_the_period_in_focus(
    make_window, demo_zh: Path
) -> None:  # type: ignore[no-untyped-def]
    window = make_window(demo_zh, language="en")
    (rankings,) = [a for a in window.evaluation_menu.actions() if a.text() == "&Rankings…"]
    rankings.trigger()
    dialog = window.rankings_dialog
    assert dialog is not None and dialog.isVisible()
    assert dialog.period == window.context.focus.key  # the month in focus
    assert dialog.model.rowCount() > 0


def test_saving_the_rules_dialog_makes_a_new_version(make_window, demo_zh: Path) -> None:  # type: ignore[no-untyped-def]
    from perfdesk.ui.evaluation_rules_dialog import EvaluationRulesDialog

    window = make_window(demo_zh, language="en")
    dialog = EvaluationRulesDialog(window)
    assert dialog.stored.id is None  # nothing saved yet: the seeds' defaults
    dialog.top_spin.setValue(20)
    dialog.misses.item(1, 1).setText("罚款")
    dialog.save()
    versions = repo_evaluations.rule_versions(window.context.doc.conn)
    assert [v.version for v in versions] == [1]
    assert versions[0].rules.top_percent == 20
    assert versions[0].rules.label_of("miss3") == "罚款"
    window.undo_stack.undo()
    assert repo_evaluations.rule_versions(window.context.doc.conn) == []


def test_the_archive_page_shows_each_person_s_own_rows(make_window, demo_zh: Path) -> None:  # type: ignore[no-untyped-def]
    """The page's tables are kept and filled again for the next person: never a row of
    the person shown before, and a section without rows shows its note, not the table."""
    from PySide6.QtWidgets import QApplication, QTableView

    window = make_window(demo_zh, language="en")
    conn = window.context.doc.conn
    owner = conn.execute(
        "SELECT owner_id FROM actions WHERE deleted = 0 AND archived = 0 "
        "GROUP BY owner_id ORDER BY count(*) DESC LIMIT 1"
    ).fetchone()[0]
    idle = conn.execute(
        "SELECT id FROM people WHERE deleted = 0 AND archived = 0 AND id NOT IN "
        "(SELECT owner_id FROM actions WHERE owner_id IS NOT NULL) LIMIT 1"
    ).fetchone()[0]
    archive = window.show_person_archive(owner)

    def shown_actions() -> list[str] | None:
        table = archive.page.findChild(QTableView, "archiveActions")
        if table is None or table.isHidden():
            return None
        model = table.model()
        return [model.index(r, 0).data() for r in range(model.rowCount())]

    assert archive.archive is not None
    owned = [a.title for a in archive.archive.actions]
    assert len(owned) > 1 and shown_actions() == owned
    archive.show_person(idle)
    QApplication.processEvents()  # the last person's notes go, the new ones show
    assert shown_actions() is None
    notes = [w.full_text() for w in archive.page.findChildren(TextLabel) if not w.isHidden()]
    assert "No actions owned." in notes
    archive.show_person(owner)
    assert shown_actions() == owned
    # The page is kept from person to person, but each starts at its top.
    archive.resize(900, 300)  # both pages taller than the view
    QApplication.processEvents()
    scroll = archive.page_scroll.verticalScrollBar()
    scroll.setValue(scroll.maximum())
    assert scroll.value() > 0
    archive.show_person(idle)
    QApplication.processEvents()
    assert scroll.value() == 0


def test_the_archive_heading_shows_a_marked_up_name_as_typed(make_window, demo_zh: Path) -> None:  # type: ignore[no-untyped-def]
    import sqlite3

    from PySide6.QtCore import Qt
    from PySide6.QtWidgets import QLabel

    name = '<img src="x.png"><b>韩梅梅</b>'
    with sqlite3.connect(demo_zh) as conn:
        (person,) = conn.execute("SELECT id FROM people WHERE deleted = 0 LIMIT 1").fetchone()
        conn.execute("UPDATE people SET name = ? WHERE id = ?", (name, person))
    conn.close()
    window = make_window(demo_zh, language="en")
    archive = window.show_person_archive(person)
    (heading,) = [
        label
        for label in archive.page.findChildren(QLabel)
        if name in label.text() and not isinstance(label, TextLabel)
    ]
    assert heading.textFormat() == Qt.TextFormat.PlainText
