"""The KPI grid at meeting-room sizes: frozen owner/KPI/target columns, short month
headers with the focus month highlighted and in view, targets without hovering,
lazy loading of the whole company, and zoom for the whole window."""

from __future__ import annotations

from kpi_window import open_kpi as _kpi
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from perfdesk.ui.main_window import TAB_GOALS, TAB_KPI
from perfdesk.ui.models.actual_grid import CHUNK, ActualGridModel
from perfdesk.ui.settings import ZOOM, Settings

H = Qt.Orientation.Horizontal


def test_month_headers_are_short_and_the_year_is_in_the_title(make_window, demo_zh, zh) -> None:  # type: ignore[no-untyped-def]
    _window, tab = _kpi(make_window, demo_zh)
    model = tab.model
    first = model.FIRST_PERIOD
    assert [model.headerData(first + i, H) for i in range(12)] == [f"{m}月" for m in range(1, 13)]
    assert model.headerData(model.COL_OWNER, H) == "责任人"
    assert model.headerData(model.COL_TARGET, H) == "年度目标"
    assert tab.title.full_text().count("2026") == 1


def test_english_month_headers(make_window, demo_en_master) -> None:  # type: ignore[no-untyped-def]
    _window, tab = _kpi(make_window, demo_en_master, "en")
    model = tab.model
    labels = [model.headerData(model.FIRST_PERIOD + i, H) for i in range(12)]
    assert labels[0] == "Jan" and labels[11] == "Dec"


def test_owner_kpi_and_target_stay_while_months_scroll(make_window, demo_zh, zh) -> None:  # type: ignore[no-untyped-def]
    _window, tab = _kpi(make_window, demo_zh)
    tab.include_members.setChecked(True)
    table = tab.table
    frozen = table.frozen
    assert frozen.isVisible()
    assert frozen.model() is table.model()
    assert frozen.selectionModel() is table.selectionModel()
    shown = [c for c in range(table.model().columnCount()) if not frozen.isColumnHidden(c)]
    assert shown == [ActualGridModel.COL_OWNER, ActualGridModel.COL_KPI, ActualGridModel.COL_TARGET]
    assert frozen.width() == sum(table.columnWidth(c) for c in shown)
    bar = table.horizontalScrollBar()
    bar.setValue(bar.maximum())
    QApplication.processEvents()
    # The frozen view did not move: its first column still starts at its left edge.
    assert frozen.columnViewportPosition(ActualGridModel.COL_OWNER) == 0
    table.verticalScrollBar().setValue(table.verticalScrollBar().maximum())
    QApplication.processEvents()
    assert frozen.verticalScrollBar().value() == table.verticalScrollBar().value()
    assert frozen.rowAt(0) == table.rowAt(0)
    # The last column (the total) is in view to the right of the frozen part.
    total = table.model().columnCount() - 1
    assert table.columnViewportPosition(total) + table.columnWidth(total) <= (
        table.viewport().width()
    )


def test_the_focus_month_is_highlighted_and_in_view(make_window, demo_zh, zh) -> None:  # type: ignore[no-untyped-def]
    window, tab = _kpi(make_window, demo_zh)
    model = tab.model
    focus = model.focus_column
    assert focus == model.FIRST_PERIOD + window.context.focus.number - 1
    assert model.headerData(focus, H, Qt.ItemDataRole.FontRole).bold()
    assert model.headerData(focus - 1, H, Qt.ItemDataRole.FontRole) is None
    table = tab.table
    left = table.columnViewportPosition(focus)
    assert left >= table.frozen.width()
    assert left + table.columnWidth(focus) <= table.viewport().width()


def test_months_and_total_fit_at_1280_for_a_department(make_window, demo_zh, zh) -> None:  # type: ignore[no-untyped-def]
    window, tab = _kpi(make_window, demo_zh)
    context = window.context
    department = next(u.id for u in context.units.values() if u.kind.value == "department")
    tab.org_tree.select_holder(department)
    QApplication.processEvents()
    table = tab.table
    needed = sum(table.columnWidth(c) for c in range(table.model().columnCount()))
    widths = [table.columnWidth(c) for c in range(table.model().columnCount())]
    assert needed <= table.viewport().width(), (widths, table.viewport().width())


def test_targets_show_without_hovering(make_window, demo_zh, zh) -> None:  # type: ignore[no-untyped-def]
    _window, tab = _kpi(make_window, demo_zh)
    model = tab.model
    row = next(
        r for r in range(model.rowCount()) if model.index(r, model.FIRST_PERIOD).data() != ""
    )
    assert model.index(row, model.COL_TARGET).data()  # the year target, always shown
    one_line = tab.table.rowHeight(row)
    tab.show_targets.setChecked(True)
    text = model.index(row, model.FIRST_PERIOD).data()
    assert "\n/ " in text
    assert tab.table.rowHeight(row) > one_line
    assert tab.table.frozen.rowHeight(row) == tab.table.rowHeight(row)


def test_the_whole_company_grid_loads_lazily_in_org_tree_order(make_window, demo_zh, zh) -> None:  # type: ignore[no-untyped-def]
    window, tab = _kpi(make_window, demo_zh)
    tab.include_members.setChecked(True)
    model = tab.model
    QApplication.processEvents()
    assert model.rowCount() > CHUNK * 2
    # Only what was painted (and measured for widths) was fetched, a chunk at a time.
    assert model.loaded(1)
    goal_rows = [r for r in range(model.rowCount()) if model.line(r).goal >= 0]
    last = goal_rows[-1]
    assert not model.loaded(last)
    fetched = model.fetches
    assert 1 <= fetched <= 2
    model.index(last, model.FIRST_PERIOD).data()
    assert model.fetches == fetched + 1
    # Rows follow the tree: the company first, each unit's goals before its people's.
    context = window.context
    assert model.is_unit(0) and model.line(0).unit_id == window.context.holder
    owners = [model._rows[model.line(r).goal].goal.owner_id for r in goal_rows]
    assert context.units.get(owners[0]) is not None
    assert context.units[owners[0]].parent_id is None
    seen: list[str] = []
    for owner in owners:
        if not seen or seen[-1] != owner:
            seen.append(owner)
    assert len(seen) == len(set(seen))  # each holder's goals together
    for person in (p for p in context.people.values() if p.id in seen):
        assert (
            seen.index(person.unit_id) < seen.index(person.id) if person.unit_id in seen else True
        )


def test_goals_tab_says_what_each_rate_is_against(make_window, demo_zh, zh) -> None:  # type: ignore[no-untyped-def]
    window = make_window(demo_zh)
    window.tabs.setCurrentIndex(TAB_GOALS)
    model = window.goals_tab.model
    headers = [model.headerData(c, H) for c in range(model.columnCount())]
    for word in ("年度目标", "累计目标", "累计完成", "累计达成率", "年度完成进度", "时间进度"):
        assert word in headers
    months = window.context.focus.number
    row = next(r for r in range(model.rowCount()) if model.index(r, model.COL_YEAR_SHARE).data())
    assert model.index(row, model.COL_TIME_SHARE).data() == f"{months / 12 * 100:.1f}%"
    goal_row = model.row(row)
    share = goal_row.progress.actual / goal_row.goal.target
    assert model.index(row, model.COL_YEAR_SHARE).data() == f"{share * 100:.1f}%"
    assert model.index(row, model.COL_TARGET_TO_DATE).data()


def test_zoom_scales_the_window_and_is_remembered(make_window, demo_zh, zh) -> None:  # type: ignore[no-untyped-def]
    window, tab = _kpi(make_window, demo_zh)
    before = QApplication.font().pointSizeF()
    row_before = tab.table.rowHeight(0)
    window.zoom_in_action.trigger()
    window.zoom_in_action.trigger()
    assert QApplication.font().pointSizeF() > before * 1.2
    assert Settings().get(ZOOM) == 125
    QApplication.processEvents()
    assert tab.table.rowHeight(0) > row_before  # rows follow the font
    assert "Ctrl++" in window.zoom_in_action.shortcut().toString() or any(
        "+" in s.toString() for s in window.zoom_in_action.shortcuts()
    )
    window.zoom_out_action.trigger()
    assert Settings().get(ZOOM) == 110
    window.zoom_reset_action.trigger()
    assert QApplication.font().pointSizeF() == before
    assert Settings().get(ZOOM) == 100
    window.zoom_in_action.trigger()
    window.close()
    assert QApplication.font().pointSizeF() == before  # a closed window leaves it as it was
    again = make_window(demo_zh)
    assert again.zoom.percent == 110
    assert QApplication.font().pointSizeF() > before
    again.zoom_reset_action.trigger()


def test_zoom_before_anything_is_loaded(make_window, crash_reports) -> None:  # type: ignore[no-untyped-def]
    window = make_window()
    window.tabs.setCurrentIndex(TAB_KPI)
    window.zoom_in_action.trigger()
    QApplication.processEvents()
    window.zoom_reset_action.trigger()
    assert crash_reports == []


def test_a_wait_cursor_shows_while_the_grid_loads(make_window, demo_zh, zh, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    from perfdesk.ui import kpi_tab

    seen: list[object] = []
    real = kpi_tab.goal_heads

    def spy(*args):  # type: ignore[no-untyped-def]
        cursor = QApplication.overrideCursor()
        seen.append(cursor.shape() if cursor is not None else None)
        return real(*args)

    monkeypatch.setattr(kpi_tab, "goal_heads", spy)
    _window, tab = _kpi(make_window, demo_zh)
    tab.include_members.setChecked(True)
    assert seen and all(shape == Qt.CursorShape.WaitCursor for shape in seen)
    assert QApplication.overrideCursor() is None  # restored afterwards


def test_the_first_window_fits_the_screen(qtbot, qapp) -> None:  # type: ignore[no-untyped-def]
    from perfdesk.ui.main_window import MainWindow

    window = MainWindow(language="en")  # no saved geometry: a first run
    qtbot.addWidget(window)
    window.show()
    available = window.screen().availableGeometry()
    if available.width() <= 1366 or available.height() <= 800:
        assert window.windowState() & Qt.WindowState.WindowMaximized
    assert window.geometry().width() <= available.width()
    assert window.geometry().height() <= available.height()
