"""One navigation for every tab: pinyin search, shared selection, breadcrumbs, period bar."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt

from perfdesk.ui.main_window import TAB_GOALS, TAB_KPI
from perfdesk.ui.widgets.org_tree import ID_ROLE


def _name(window, holder_id: str) -> str:  # type: ignore[no-untyped-def]
    return window.context.owner_name(holder_id)


def test_pinyin_initials_select_the_unit_and_every_tab_follows(
    make_window, demo_zh: Path, qtbot, zh
) -> None:  # type: ignore[no-untyped-def]
    window = make_window(demo_zh)
    goals = window.goals_tab
    qtbot.keyClick(window, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(goals.navigator.search.hasFocus)
    qtbot.waitUntil(lambda: goals.org_tree.search.ready)  # pinyin loads in a thread
    qtbot.keyClicks(goals.navigator.search, "xsb")
    holder = goals.org_tree.current_holder()
    assert _name(window, holder) == "销售部"
    assert "华信科技有限公司 / 销售部" in goals.title.full_text()
    assert goals.navigator.last_search_ms < 100

    window.tabs.setCurrentIndex(TAB_KPI)
    kpi = window.kpi_tab
    assert kpi.org_tree.current_holder() == holder
    qtbot.waitUntil(lambda: "华信科技有限公司 / 销售部" in kpi.title.full_text())

    # Enter goes to the next match; the other tab follows when it is shown again.
    kpi.navigator.search.setFocus()
    qtbot.keyClicks(kpi.navigator.search, "xsyz")  # 华东销售一组
    team = kpi.org_tree.current_holder()
    assert _name(window, team) == "华东销售一组"
    assert "华信科技有限公司 / 销售部 / 华东销售一组" in kpi.title.full_text()
    window.tabs.setCurrentIndex(TAB_GOALS)
    qtbot.waitUntil(lambda: "华东销售一组" in goals.title.full_text())
    assert goals.org_tree.current_holder() == team
    assert window.context.holder == team


def test_enter_and_down_move_through_matches(make_window, demo_zh: Path, qtbot, zh) -> None:  # type: ignore[no-untyped-def]
    window = make_window(demo_zh)
    navigator = window.goals_tab.navigator
    navigator.search.setText("主管")  # every team lead's title (keyClicks is ASCII only)
    first = navigator.tree.current_holder()
    assert len(navigator.matches) > 3 and navigator.matches[0] == first
    qtbot.keyClick(navigator.search, Qt.Key.Key_Return)
    assert navigator.tree.current_holder() == navigator.matches[1]
    qtbot.keyClick(navigator.search, Qt.Key.Key_Down)
    assert navigator.tree.current_holder() == navigator.matches[2]
    qtbot.keyClick(navigator.search, Qt.Key.Key_Up)
    assert navigator.tree.current_holder() == navigator.matches[1]
    assert navigator.count.text() == "2/" + str(len(navigator.matches))
    qtbot.keyClick(navigator.search, Qt.Key.Key_Escape)
    assert navigator.search.text() == ""


def test_a_person_picked_in_goals_is_shown_in_kpi_entry(
    make_window, demo_zh: Path, qtbot, zh
) -> None:  # type: ignore[no-untyped-def]
    window = make_window(demo_zh)
    goals = window.goals_tab
    person = next(p.id for p in window.context.people.values() if p.name == "方强")
    assert goals.org_tree.select_holder(person)
    assert "华信科技有限公司 / 销售部 / 华东销售一组 / 方强" in goals.title.full_text()
    window.tabs.setCurrentIndex(TAB_KPI)
    qtbot.waitUntil(lambda: "方强" in window.kpi_tab.title.full_text())
    assert window.kpi_tab.org_tree.current_holder() == person


def test_general_manager_first_and_managers_before_their_teams(
    make_window, demo_zh: Path, zh
) -> None:  # type: ignore[no-untyped-def]
    window = make_window(demo_zh)
    model = window.goals_tab.org_tree.model()
    company = model.index(0, 0)
    names = [model.index(r, 0, company).data() for r in range(model.rowCount(company))]
    assert names[0].startswith("闫娟") and "总经理" in names[0]
    sales_row = next(i for i, n in enumerate(names) if n == "销售部")
    sales = model.index(sales_row, 0, company)
    first = model.index(0, 0, sales)
    assert first.data().startswith("苏鹏欣")  # the department's manager, before its teams
    assert first.data(ID_ROLE) in window.context.people
    team = model.index(1, 0, sales)
    assert team.data(ID_ROLE) in window.context.units
    assert model.index(0, 0, team).data().startswith("吕琪子")  # the team lead first


def test_period_bar_stops_at_the_last_month_with_data(
    make_window, demo_zh: Path, qtbot, zh
) -> None:  # type: ignore[no-untyped-def]
    window = make_window(demo_zh)
    context = window.context
    assert context.focus.key == "2026-10"  # the demo's latest_actual_month
    assert window.period_bar.isVisible()
    assert window.period_combo.currentText() == "2026年10月"
    assert window.period_combo.itemText(0) == "2026年10月"  # nothing later is offered
    assert not window.next_period_action.isEnabled()
    qtbot.keyClick(window, Qt.Key.Key_Right, Qt.KeyboardModifier.AltModifier)
    window.shift_focus(1)
    assert context.focus.key == "2026-10"
    qtbot.keyClick(window, Qt.Key.Key_Left, Qt.KeyboardModifier.AltModifier)
    assert context.focus.key == "2026-09"
    assert window.period_combo.currentText() == "2026年9月"
    assert window.next_period_action.isEnabled()
    assert "进度截至9月" in window.goals_tab.title.full_text()
    row = window.period_combo.findData("2026-03")
    window.period_combo.setCurrentIndex(row)
    window.period_combo.activated.emit(row)
    assert context.focus.key == "2026-03"
    assert "进度截至3月" in window.goals_tab.title.full_text()


def test_pinyin_is_warmed_once_the_window_shows_so_the_first_search_never_waits(
    make_window, demo_zh: Path, qtbot, zh
) -> None:  # type: ignore[no-untyped-def]
    import sys
    import time

    from perfdesk.ui.widgets import org_navigator

    window = make_window(demo_zh)
    navigator = window.goals_tab.navigator
    # Nobody has typed yet: the warm-up thread started by itself after the window showed.
    qtbot.waitUntil(org_navigator.PINYIN_WARM.is_set, timeout=10_000)
    assert org_navigator._warming and org_navigator._warming[0].name == "perfdesk-pinyin-warm"
    assert "pypinyin" in sys.modules
    assert not navigator.search.text()
    navigator.search.setFocus()
    started = time.perf_counter()
    qtbot.keyClicks(navigator.search, "xsb")
    typing = time.perf_counter() - started
    qtbot.waitUntil(lambda: _name(window, navigator.tree.current_holder()) == "销售部")
    # Importing pypinyin takes 0.3-0.5 s; the keystrokes never waited for it.
    assert typing < 0.25


def test_org_tree_column_fits_its_widest_open_row(qtbot) -> None:  # type: ignore[no-untyped-def]
    """Only the widest-looking rows are measured (start-up); no name may be cut anyway:
    narrow Latin letters, wide ones, CJK, bold units and deep nesting mixed."""
    from PySide6.QtCore import QModelIndex, Qt
    from PySide6.QtGui import QFont, QFontMetrics

    from perfdesk.core.org import OrgUnit, Person, UnitKind
    from perfdesk.ui.widgets.org_tree import OrgTree

    units = [OrgUnit("c", "集团", UnitKind.COMPANY)]
    for d in range(30):
        units.append(OrgUnit(f"d{d}", f"部门{d}" + "i" * d, UnitKind.DEPARTMENT, "c"))
        units.append(OrgUnit(f"t{d}", "W" * (d % 13) + "组", UnitKind.TEAM, f"d{d}"))
    # 90 names of 40 letters: the widest (most M's) come last in the tree.
    people = [
        Person(f"p{i}", "l" * (40 - i // 6) + "M" * (i // 6), f"t{i % 30}") for i in range(90)
    ]
    tree = OrgTree()
    qtbot.addWidget(tree)
    tree.set_org(units, people)
    tree.expandAll()
    tree._fit_width()
    model = tree.model()
    bold = QFont(tree.font())
    bold.setBold(True)
    needed = 0
    pending = [(QModelIndex(), 0)]
    while pending:
        parent, depth = pending.pop()
        for row in range(model.rowCount(parent)):
            index = model.index(row, 0, parent)
            text = str(model.data(index, Qt.ItemDataRole.DisplayRole) or "")
            is_bold = model.data(index, Qt.ItemDataRole.FontRole) is not None
            metrics = QFontMetrics(bold) if is_bold else tree.fontMetrics()
            needed = max(needed, metrics.horizontalAdvance(text) + tree.indentation() * (depth + 1))
            pending.append((index, depth + 1))
    assert tree.header().sectionSize(0) >= needed


def test_picking_a_holder_in_view_leaves_the_tree_where_it_is(
    make_window, demo_zh: Path, qtbot
) -> None:  # type: ignore[no-untyped-def]
    """A holder already on screen is selected without scrolling (a scroll repaints the
    whole tree); one out of sight is brought into view."""
    window = make_window(demo_zh)
    window.resize(1280, 420)
    tree = window.goals_tab.org_tree
    tree.expandAll()
    qtbot.wait(10)
    model = tree.model()
    rows = []
    pending = [tree.rootIndex()]
    while pending:
        parent = pending.pop(0)
        for r in range(model.rowCount(parent)):
            rows.append(model.index(r, 0, parent))
            pending.append(model.index(r, 0, parent))
    tree.verticalScrollBar().setValue(0)
    inside = tree.viewport().rect()
    visible = [i for i in rows if inside.contains(tree.visualRect(i))]
    hidden = [i for i in rows if not tree.visualRect(i).intersects(inside)]
    assert len(visible) > 3 and hidden
    tree.select_holder(visible[-2].data(ID_ROLE))
    assert tree.verticalScrollBar().value() == 0
    tree.select_holder(hidden[-1].data(ID_ROLE))
    assert tree.verticalScrollBar().value() > 0
    assert inside.contains(tree.visualRect(tree.currentIndex()))
