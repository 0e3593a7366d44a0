"""Empty states lead somewhere: a neutral message and the next steps as buttons."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt

from perfdesk.store import ops
from perfdesk.store.repo_goals import goals_of_owner
from perfdesk.ui.widgets.panels import EmptyState


def _buttons(state: EmptyState) -> list[str]:
    return [b.text() for b in state.buttons if not b.isHidden()]


def test_no_document_offers_demo_open_and_recent_in_every_tab(make_window, zh) -> None:
    window = make_window(None)
    assert window.welcome.isVisible()  # the window shows the welcome in place of the tabs
    for tab in (window.goals_tab, window.kpi_tab, window.meeting_tab, window.actions_tab):
        window.tabs.setCurrentIndex(window.tabs.indexOf(tab.parentWidget()))
        assert not tab.empty.isHidden()
        assert tab.empty.headline.text() == "没有打开的文档"
        # The menus' words without their mnemonics; no step for what does not exist yet.
        assert _buttons(tab.empty) == ["打开演示文档", "打开…", "最近打开"]
    recent = window.goals_tab.empty.buttons[2]
    assert recent.menu() is window.recent_menu


def test_open_button_opens_a_document(make_window, demo_zh: Path, qtbot) -> None:
    window = make_window(None, language="en")
    window.dialogs.open_path = lambda: demo_zh
    open_button = window.goals_tab.empty.buttons[1]
    assert open_button.text() == "Open…"
    qtbot.mouseClick(open_button, Qt.MouseButton.LeftButton)
    assert window.context is not None and window.context.doc.path == demo_zh
    assert not window.goals_tab.empty.isVisible()
    assert window.goals_tab.table.isVisible()


def test_new_document_says_what_is_missing_in_every_tab(make_window, tmp_path: Path) -> None:
    window = make_window(None, language="en")
    window.dialogs.save_path = lambda *_args: tmp_path / "new.perfdesk"
    window.new_document()
    expected = {
        window.goals_tab: "This document has no organisation yet",
        window.kpi_tab: "This document has no organisation yet",
        window.meeting_tab: "No review meetings yet",
        window.actions_tab: "No improvement actions yet",
    }
    for tab, headline in expected.items():
        window.tabs.setCurrentIndex(window.tabs.indexOf(tab.parentWidget()))
        assert tab.empty.isVisible() and not tab._content.isVisible()
        assert tab.empty.headline.text() == headline
        assert _buttons(tab.empty) == ["Open Demo Document", "Open…", "Open Recent"]
    # Closing says "no document" again, not "no meetings".
    window.close_document()
    assert window.actions_tab.empty.headline.text() == "No document open"


def _new_person(window) -> tuple[str, str]:
    """A person just added to a unit with goals (so without goals) and the unit's id."""
    context = window.context
    team = next(
        u.id
        for u in context.units.values()
        if u.parent_id and goals_of_owner(context.doc.conn, u.id, context.year)
    )
    done = window.run_op("Add person", lambda doc: ops.add_person(doc, "周新来", team))
    assert done is not None and done.row_id is not None
    return done.row_id, team


def test_a_holder_without_goals_offers_the_unit_above(make_window, demo_zh: Path, qtbot, zh):
    window = make_window(demo_zh)
    tab = window.goals_tab
    person, unit = _new_person(window)
    assert not goals_of_owner(window.context.doc.conn, person, window.context.year)
    tab.org_tree.select_holder(person)
    assert tab.no_goals.isVisible() and not tab.table.isVisible()
    assert tab.no_goals.headline.text() == f"周新来 {window.context.year}年尚无目标"
    (up,) = [b for b in tab.no_goals.buttons if not b.isHidden()]
    assert up.text() == f"查看{window.context.owner_name(unit)}"
    qtbot.mouseClick(up, Qt.MouseButton.LeftButton)
    assert tab.org_tree.current_holder() == unit
    assert tab.table.isVisible() and not tab.no_goals.isVisible()


def test_kpi_tab_without_goals_offers_the_members_goals(make_window, demo_zh: Path, qtbot) -> None:
    window = make_window(demo_zh, language="en")
    window.tabs.setCurrentIndex(1)
    tab = window.kpi_tab
    context = window.context
    team = next(
        u.id
        for u in context.units.values()
        if u.parent_id
        and not goals_of_owner(context.doc.conn, u.id, context.year)
        and any(p.unit_id == u.id for p in context.people.values())
    )
    tab.include_members.setChecked(False)
    tab.org_tree.select_holder(team)
    assert tab.no_goals.isVisible()
    shown = _buttons(tab.no_goals)
    assert shown[-1] == "Include the goals of its teams and people"
    qtbot.mouseClick(tab.no_goals.buttons[-1], Qt.MouseButton.LeftButton)
    assert tab.include_members.isChecked()


def test_a_filter_hiding_every_action_offers_to_show_all(make_window, demo_zh: Path, qtbot):
    window = make_window(demo_zh, language="en")
    window.tabs.setCurrentIndex(3)
    tab = window.actions_tab
    qtbot.keyClicks(tab.search, "no such action anywhere")
    assert tab.no_match.isVisible() and not tab.table.isVisible()
    assert tab.no_match.headline.text() == "No action matches the filter"
    assert _buttons(tab.no_match) == ["Show All Actions"]
    qtbot.mouseClick(tab.no_match.buttons[0], Qt.MouseButton.LeftButton)
    assert tab.search.text() == "" and tab.status_combo.currentIndex() == 0
    assert tab.table.isVisible() and not tab.no_match.isVisible()
