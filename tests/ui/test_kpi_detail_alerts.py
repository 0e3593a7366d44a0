"""The KPI tab's Detail pane (chart, forecast, numbers, export) and Alerts pane (counts,
shapes and words, a click selects the month)."""

from __future__ import annotations

from pathlib import Path

import pytest
from kpi_window import open_kpi
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QFileDialog

from perfdesk.core.alerts import AlertKind
from perfdesk.ui.settings import KPI_ALERTS, KPI_DETAIL, Settings


def _goal_with_actuals(tab):  # type: ignore[no-untyped-def]
    """A goal row with a few actuals, its first month selected."""
    model = tab.model
    for row in range(model.rowCount()):
        cell = model.entry_cell(row, model.FIRST_PERIOD)
        if cell is not None and cell.actual is not None:
            tab.table.setCurrentIndex(model.index(row, model.FIRST_PERIOD))
            return row
    raise AssertionError("no goal with actuals")


def test_detail_shows_the_goals_year_with_a_stated_forecast_and_exports_it(
    make_window, demo_zh: Path, zh, qtbot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:  # type: ignore[no-untyped-def]
    window, tab = open_kpi(make_window, demo_zh)
    width = tab.table.viewport().width()
    row = _goal_with_actuals(tab)
    tab.detail_action.trigger()
    QApplication.processEvents()
    detail = tab.detail
    assert detail.isVisible() and tab.table.viewport().width() < width
    assert detail.goal is not None and detail.goal.title == tab._row_label(row)
    assert detail.forecast is not None
    summary = detail.summary.text()
    assert "按当前进度" in summary and "预计全年" in summary  # the method, the projected year
    assert detail.table.rowCount() == 12 and detail.table.item(0, 0).text() == "1月"
    # the first month's actual carries its status word, not colour alone
    first = detail.table.item(0, 2)
    assert not first.icon().isNull()
    assert any(word in first.toolTip() for word in ("达标", "预警", "未达标"))
    png = detail.export_chart(tmp_path / "chart.png")
    svg = detail.export_chart(tmp_path / "chart.svg")
    assert png is not None and png.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"
    assert svg is not None and b"<svg" in svg.read_bytes()[:2000]
    # the button asks for a name
    chosen = tmp_path / "picked.svg"
    monkeypatch.setattr(
        QFileDialog, "getSaveFileName", lambda *_a, **_k: (str(chosen), "SVG drawing (*.svg)")
    )
    detail.export_button.click()
    assert chosen.exists()
    # another row: the pane follows the selection
    other = next(
        r for r in range(tab.model.rowCount()) if r != row and tab.model.goal_row(r) is not None
    )
    tab.table.setCurrentIndex(tab.model.index(other, tab.model.FIRST_PERIOD))
    QApplication.processEvents()
    assert detail.goal.title == tab._row_label(other)
    # remembered: the next window opens with the pane
    assert Settings().get(KPI_DETAIL) == 1
    window.close()
    _again, tab2 = open_kpi(make_window, demo_zh)
    assert tab2.detail_action.isChecked() and tab2.side is not None


def test_detail_and_notes_share_the_side_pane_as_tabs(make_window, demo_zh, zh) -> None:  # type: ignore[no-untyped-def]
    _window, tab = open_kpi(make_window, demo_zh)
    _goal_with_actuals(tab)
    tab.notes_action.trigger()
    tab.detail_action.trigger()
    side = tab.side
    assert [side.tabText(i) for i in range(side.count())] == ["偏差说明", "详情"]
    assert side.currentWidget() is tab.detail
    tab.detail_action.trigger()
    assert side.count() == 1 and side.isVisible()
    tab.notes_action.trigger()
    assert side.isHidden()


def test_alerts_count_per_kind_and_a_click_selects_the_month(
    make_window, demo_zh: Path, zh, qtbot
) -> None:  # type: ignore[no-untyped-def]
    _window, tab = open_kpi(make_window, demo_zh)
    tab.include_members.setChecked(False)
    tab.alerts_action.trigger()
    QApplication.processEvents()
    pane = tab.alerts
    assert pane.isVisible() and pane.lines, "the demo has alerts"
    counts = pane.counts()
    assert sum(counts.values()) == len(pane.lines)
    # the filter lists every kind with its count
    texts = [pane.kind_filter.itemText(i) for i in range(pane.kind_filter.count())]
    assert f"（{len(pane.lines)}）" in texts[0]
    assert any(f"缺少实际值（{counts[AlertKind.MISSING]}）" == t for t in texts)
    # shape + word in the first column
    first = pane.table.item(0, 0)
    assert first.text() and not first.icon().isNull()
    # an alert of a member's goal: the grid lists the members and selects the month
    member = next(
        (i for i, line in enumerate(pane.shown()) if line.owner_id != tab._holder),
        0,
    )
    line = pane.shown()[member]
    pane.table.setCurrentCell(member, 0)
    pane.table.setFocus()
    qtbot.keyClick(pane.table, Qt.Key.Key_Return)
    current = tab.table.currentIndex()
    assert current.isValid()
    cell = tab.model.entry_cell(current.row(), current.column())
    assert cell is not None and cell.goal_id == line.alert.goal_id
    assert cell.period in line.alert.periods
    # filtering by kind
    index = pane.kind_filter.findData(AlertKind.MISSING.value)
    pane.kind_filter.setCurrentIndex(index)
    assert {line.alert.kind for line in pane.shown()} <= {AlertKind.MISSING}
    assert pane.table.rowCount() == counts[AlertKind.MISSING]
    assert Settings().get(KPI_ALERTS) == 1


def test_a_write_recounts_the_alerts(make_window, demo_zh: Path, zh) -> None:  # type: ignore[no-untyped-def]
    _window, tab = open_kpi(make_window, demo_zh)
    tab.alerts_action.trigger()
    QApplication.processEvents()
    pane = tab.alerts
    row = _goal_with_actuals(tab)
    cell = tab.model.entry_cell(row, tab.model.FIRST_PERIOD)  # January: it has ended

    def missing() -> set[str]:
        return {
            month
            for line in pane.lines
            if line.alert.kind is AlertKind.MISSING and line.alert.goal_id == cell.goal_id
            for month in line.alert.periods
        }

    assert cell.period not in missing()
    assert tab._write(
        [(cell.goal_id, cell.period, "actual", None)], "clear", tab.table.currentIndex()
    )
    assert cell.period in missing()  # cleared: January has a target and no actual
    assert tab._commit_text(row, tab.model.FIRST_PERIOD, "1")
    assert cell.period not in missing()


def test_last_years_line_and_shape_when_there_is_last_year(qtbot, zh) -> None:  # type: ignore[no-untyped-def]
    from perfdesk.core.forecast import Method
    from perfdesk.core.kpi import Direction, Kpi
    from perfdesk.ui.kpi_detail import GoalYear, KpiDetail

    detail = KpiDetail("zh")
    qtbot.addWidget(detail)
    detail.show()
    days = Kpi("d", "D", "交付周期", unit="天", direction=Direction.LOWER)
    goal = GoalYear(
        title="生产部 · 交付周期",
        year=2026,
        kpi=days,
        month_labels=tuple(f"{m}月" for m in range(1, 13)),
        targets=(10.0,) * 12,
        actuals=(9.0, 12.0, 11.0) + (None,) * 9,
        last_year=(10.0,) * 6 + (14.0,) * 6,
        goal_target=10.0,
        judged=3,
    )
    detail.show_goal(goal)
    assert detail.forecast is not None and detail.forecast.method is Method.LAST_YEAR
    assert "按去年走势" in detail.summary.text()
    lines = detail._figure.axes[0].get_lines()
    labels = [line.get_label() for line in lines]
    assert "去年" in labels and any(label.startswith("预测：按去年走势") for label in labels)
    assert detail.table.item(0, 3).text() == "10" and detail.table.item(5, 4).text() != ""
    assert "未达标" in detail.table.item(1, 2).toolTip()  # 12 days against 10: red, said


def test_a_unit_with_dollar_signs_is_drawn_as_typed(qtbot, zh) -> None:  # type: ignore[no-untyped-def]
    """A unit like "$/$" would be math text to matplotlib (and need the math fonts the
    bundle leaves out): the axis shows it as the user typed it."""
    from perfdesk.core.kpi import Direction, Kpi
    from perfdesk.ui.kpi_detail import GoalYear, KpiDetail

    detail = KpiDetail("zh")
    qtbot.addWidget(detail)
    detail.show()
    price = Kpi("p", "P", "单价", unit="$/$k", direction=Direction.HIGHER)
    goal = GoalYear(
        title="销售部 · 单价",
        year=2026,
        kpi=price,
        month_labels=tuple(f"{m}月" for m in range(1, 13)),
        targets=(10.0,) * 12,
        actuals=(9.0, 12.0, 11.0) + (None,) * 9,
        last_year=(),
        goal_target=10.0,
        judged=3,
    )
    detail.show_goal(goal)
    label = detail._figure.axes[0].yaxis.label
    assert label.get_text() == "$/$k"
    assert label._preprocess_math(label.get_text()) == ("$/$k", False)  # not math text
    detail._canvas.draw()  # draws without the math fonts' parser
