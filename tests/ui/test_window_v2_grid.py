"""Issue 16, what was left: the KPI grid grouped by unit with folding and subtotals, the
period bar's quarters and years followed by every tab, and the Meeting and Actions tabs
filtered to the shared selection with a clearable chip."""

from __future__ import annotations

import math
from pathlib import Path

from PySide6.QtCore import Qt

from perfdesk.core.grid_groups import LineKind
from perfdesk.core.org import descendants
from perfdesk.core.periods import Granularity
from perfdesk.ui.main_window import TAB_ACTIONS, TAB_GOALS, TAB_KPI, TAB_MEETING
from perfdesk.ui.models.actual_grid import STATUS_ROLE
from perfdesk.ui.models.rows import RAW_ROLE

H = Qt.Orientation.Horizontal


def _kpi_with_members(make_window, path: Path):  # type: ignore[no-untyped-def]
    window = make_window(path)
    window.showNormal()
    window.resize(1280, 720)
    window.tabs.setCurrentIndex(TAB_KPI)
    tab = window.kpi_tab
    tab.include_members.setChecked(True)
    return window, tab


def test_a_unit_with_its_members_is_grouped_and_a_click_folds_it(
    make_window, demo_zh, qtbot, zh
) -> None:  # type: ignore[no-untyped-def]
    _window, tab = _kpi_with_members(make_window, demo_zh)
    model = tab.model
    assert model.is_unit(0)
    units = model.unit_rows()
    assert len(units) > 3
    assert "▾" in model.index(units[1], model.COL_OWNER).data()
    assert tab.table.columnSpan(units[1], model.COL_OWNER) == 2  # the name is not cut
    assert tab.subtotal_note.isVisible() and "小计" in tab.subtotal_note.text()
    department = units[1]
    unit_id = model.line(department).unit_id
    before = model.rowCount()
    width = tab.table.columnWidth(model.FIRST_PERIOD)
    rect = tab.table.frozen.visualRect(model.index(department, model.COL_OWNER))
    from PySide6.QtTest import QTest

    # The owner and KPI columns are the frozen view's: that is where the click lands.
    QTest.mouseClick(tab.table.frozen.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert model.collapsed(unit_id)
    assert model.rowCount() < before
    assert "▸" in model.index(department, model.COL_OWNER).data()
    assert tab.table.columnWidth(model.FIRST_PERIOD) == width  # widths stay
    # Folded: its own goals and its subtotals stay, its members' rows go.
    units = model.unit_rows()
    end = next((r for r in units if r > department and model.line(r).depth <= 1), None)
    below = range(department + 1, end if end is not None else model.rowCount())
    kinds = {model.line(r).kind for r in below}
    assert LineKind.UNIT not in kinds
    owners = {
        model._rows[model.line(r).goal].goal.owner_id for r in below if model.line(r).goal >= 0
    }
    assert owners == {unit_id}
    # A double click (press, release, double-click event) is one gesture: it unfolds once.
    QTest.mouseClick(tab.table.frozen.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    QTest.mouseDClick(tab.table.frozen.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert model.rowCount() == before and not model.collapsed(unit_id)
    # Enter on the header folds it again, from the keyboard.
    tab.table.setFocus()
    assert tab.table.currentIndex().row() == department
    qtbot.keyClick(tab.table, Qt.Key.Key_Return)
    assert model.collapsed(unit_id) and model.rowCount() < before


def test_subtotals_add_up_the_members_months(make_window, demo_zh, zh) -> None:  # type: ignore[no-untyped-def]
    window, tab = _kpi_with_members(make_window, demo_zh)
    model = tab.model
    kpis = window.context.kpis
    subtotals = [r for r in range(model.rowCount()) if model.is_subtotal(r)]
    assert subtotals
    for row in subtotals:
        line = model.line(row)
        assert kpis[line.kpi_id].aggregation.value == "sum"  # only what adds up
        assert "小计" in model.index(row, model.COL_OWNER).data()
    row = subtotals[0]
    line = model.line(row)
    first = model.FIRST_PERIOD
    summed = model.index(row, first).data(RAW_ROLE)
    members = [model._values.get(g) for g in line.members]
    assert all(v is not None for v in members)
    assert summed is not None
    assert math.isclose(summed, math.fsum(v.actuals[0] for v in members))  # type: ignore[union-attr]
    year = model.index(row, model.COL_TARGET).data(RAW_ROLE)
    assert math.isclose(year, math.fsum(model._rows[g].goal.target for g in line.members))
    assert model.index(row, model.col_to_date).data(STATUS_ROLE) is not None
    assert model.index(row, first).data(Qt.ItemDataRole.FontRole).bold()


def test_money_in_the_grid_is_scaled_per_row_with_the_unit_in_the_kpi_column(
    make_window, demo_zh, zh
) -> None:  # type: ignore[no-untyped-def]
    _window, tab = _kpi_with_members(make_window, demo_zh)
    model = tab.model
    money = [
        r
        for r in range(model.rowCount())
        if model.line(r).goal >= 0 and model._rows[model.line(r).goal].kpi.unit == "万元"
    ]
    assert money
    for row in money:
        header = model.index(row, model.COL_KPI).data()
        assert any(unit in header for unit in ("亿元", "万元", "元"))
        for column in range(model.FIRST_PERIOD, model.col_to_date):
            text = model.index(row, column).data() or ""
            assert len(text.replace(",", "").split(".")[0]) <= 4, text  # never 7 digits


def test_a_quarter_in_focus_marks_its_months_and_every_tab_follows(
    make_window, demo_zh, zh
) -> None:  # type: ignore[no-untyped-def]
    window, tab = _kpi_with_members(make_window, demo_zh)
    combo = window.granularity_combo
    row = combo.findData(Granularity.QUARTER.value)
    combo.setCurrentIndex(row)
    combo.activated.emit(row)
    context = window.context
    assert context.focus.granularity is Granularity.QUARTER
    assert window.period_combo.currentText().endswith("季度")
    model = tab.model
    marked = [
        c for c in range(model.columnCount()) if model.headerData(c, H, Qt.ItemDataRole.FontRole)
    ]
    months = [m.number for m in context.focus_months()]
    assert marked == [model.FIRST_PERIOD + n - 1 for n in months]
    assert "季度" in tab.title.full_text()
    # Back one quarter: the whole quarter is judged, the Goals tab shows progress to its end.
    window.previous_period_action.trigger()
    last = context.focus.children(Granularity.MONTH)[-1]
    assert context.months_to_focus()[-1] == last
    window.tabs.setCurrentIndex(TAB_GOALS)
    assert f"{last.number}月" in window.goals_tab.title.full_text()
    # The year: every month with data.
    row = combo.findData(Granularity.YEAR.value)
    combo.setCurrentIndex(row)
    combo.activated.emit(row)
    assert context.focus.granularity is Granularity.YEAR
    assert not window.next_period_action.isEnabled()  # nothing after the last data


def _pick(window, tab_index: int, holder: str) -> None:  # type: ignore[no-untyped-def]
    window.tabs.setCurrentIndex(TAB_GOALS)
    assert window.goals_tab.org_tree.select_holder(holder)
    window.tabs.setCurrentIndex(tab_index)


def test_actions_follow_the_selected_unit_with_a_clearable_chip(make_window, demo_zh, zh) -> None:  # type: ignore[no-untyped-def]
    window = make_window(demo_zh)
    context = window.context
    window.tabs.setCurrentIndex(TAB_ACTIONS)
    tab = window.actions_tab
    everything = tab.model.rowCount()
    assert tab.proxy.rowCount() == everything and not tab.chip.isVisible()
    unit = next(
        u.id
        for u in context.units.values()
        if u.parent_id is not None and any(r.responsible_unit_id == u.id for r in tab.model.rows())
    )
    _pick(window, TAB_ACTIONS, unit)
    inside = {unit} | descendants(unit, context.units.values())
    people = {p.id for p in context.people.values() if p.unit_id in inside}
    shown = [tab.proxy.index(r, 0).row() for r in range(tab.proxy.rowCount())]
    assert 0 < tab.proxy.rowCount() < everything
    for r in range(tab.proxy.rowCount()):
        action = tab.model.row(tab.proxy.mapToSource(tab.proxy.index(r, 0)).row())
        assert action.responsible_unit_id in inside or action.owner_id in people
    assert shown
    assert tab.chip.isVisible()
    assert context.units[unit].name in tab.chip.text()
    tab.chip.clear_button.click()
    assert tab.proxy.rowCount() == everything and not tab.chip.isVisible()
    # Another pick filters again; the company means everything.
    person = next(iter(people))
    _pick(window, TAB_ACTIONS, person)
    assert tab.chip.isVisible() and context.people[person].name in tab.chip.text()
    root = next(u.id for u in context.units.values() if u.parent_id is None)
    _pick(window, TAB_ACTIONS, root)
    assert tab.proxy.rowCount() == everything and not tab.chip.isVisible()


def test_the_meeting_list_shows_the_meetings_that_concern_the_selection(
    make_window, demo_zh, zh
) -> None:  # type: ignore[no-untyped-def]
    from perfdesk.store.repo_meetings import meeting_links

    window = make_window(demo_zh)
    context = window.context
    window.tabs.setCurrentIndex(TAB_MEETING)
    tab = window.meeting_tab
    everything = tab.meetings_model.rowCount()
    assert everything and not tab.chip.isVisible()
    links = meeting_links(context.doc.conn)
    from perfdesk.core.org import scope_of

    def concerned(holder: str) -> int:
        scope = scope_of(holder, context.units, context.people.values())
        return sum(scope.concerns(*link) for link in links.values())

    unit = next(u for u in context.units if 0 < concerned(u) < everything)
    _pick(window, TAB_MEETING, unit)
    inside = {unit} | descendants(unit, context.units.values())
    people = {p.id for p in context.people.values() if p.unit_id in inside}
    rows = [tab.meetings_model.row(r) for r in range(tab.meetings_model.rowCount())]
    assert 0 < len(rows) < everything
    for meeting in rows:
        units, persons = links[meeting.id]
        assert units & inside or persons & people
    assert tab.chip.isVisible() and context.units[unit].name in tab.chip.text()
    tab.chip.clear_button.click()
    assert tab.meetings_model.rowCount() == everything and not tab.chip.isVisible()


def test_the_meeting_tab_opens_on_the_meeting_that_reviewed_the_period_in_focus(
    make_window, demo_zh, zh
) -> None:  # type: ignore[no-untyped-def]
    window = make_window(demo_zh)
    window.tabs.setCurrentIndex(TAB_MEETING)
    tab = window.meeting_tab
    assert window.context.focus.key == "2026-10"
    assert tab.current_meeting().period == "2026-10"
    window.previous_period_action.trigger()  # September: the meeting held in October
    assert tab.current_meeting().period == "2026-09"
    assert "9月" in tab.fields["period"].full_text()


def test_a_departments_subtotal_matches_the_target_it_decomposed(make_window, demo_zh, zh) -> None:  # type: ignore[no-untyped-def]
    """The demo decomposes 销售部's 13,000 万元 to its people: the subtotal of their
    goals reads the department's year target again, nothing counted twice."""
    window, tab = _kpi_with_members(make_window, demo_zh)
    model = tab.model
    sales_unit = next(u.id for u in window.context.units.values() if u.name == "销售部")
    own = next(
        model._rows[model.line(r).goal]
        for r in range(model.rowCount())
        if model.line(r).goal >= 0
        and model._rows[model.line(r).goal].goal.owner_id == sales_unit
        and model._rows[model.line(r).goal].kpi.unit == "万元"
    )
    subtotal = next(
        r
        for r in range(model.rowCount())
        if model.is_subtotal(r)
        and model.line(r).unit_id == sales_unit
        and model.line(r).kpi_id == own.goal.kpi_id
    )
    assert math.isclose(model.index(subtotal, model.COL_TARGET).data(RAW_ROLE), own.goal.target)
    assert model.index(subtotal, model.COL_TARGET).data() == "1.30"  # in 亿元, as its row says
    assert "亿元" in model.index(subtotal, model.COL_KPI).data()
