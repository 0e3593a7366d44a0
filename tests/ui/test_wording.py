"""The window's Chinese reads as an office writes it (titles, attendance, agenda, numbers)."""

from __future__ import annotations

import re
from pathlib import Path

from PySide6.QtCore import Qt

from perfdesk.ui.main_window import TAB_GOALS, TAB_KPI, TAB_MEETING


def test_titles_say_the_year_once_and_without_a_spaced_de(make_window, demo_zh: Path, zh) -> None:
    window = make_window(demo_zh)
    window.tabs.setCurrentIndex(TAB_GOALS)
    company = window.context.owner_name(window.goals_tab.org_tree.current_holder())
    year = window.context.year
    title = window.goals_tab.title.full_text()
    assert re.fullmatch(rf"{company} {year}年目标（进度截至\d+月）", title), title
    window.tabs.setCurrentIndex(TAB_KPI)
    assert window.kpi_tab.title.full_text() == f"{company} {year}年实际值"
    assert " 的" not in title and "的 " not in title


def test_goals_show_money_and_hours_as_an_office_writes_them(make_window, demo_zh: Path, zh):
    window = make_window(demo_zh)
    tab = window.goals_tab
    cells = [
        tab.model.index(r, c).data()
        for r in range(tab.model.rowCount())
        for c in (tab.model.COL_TARGET, tab.model.COL_ACTUAL)
    ]
    assert any(cell.endswith(" 亿元") for cell in cells), cells
    assert not any(re.search(r"\.0 (小时|分|天)$", cell) for cell in cells), cells


def test_attendance_and_agenda_columns_in_chinese(make_window, demo_zh: Path, zh) -> None:
    window = make_window(demo_zh)
    window.tabs.setCurrentIndex(TAB_MEETING)
    tab = window.meeting_tab
    assert re.match(r"应到\d+人，实到\d+人", tab.fields["attendance"].full_text())
    model = tab.agenda_model
    headers = [
        model.headerData(c, Qt.Orientation.Horizontal, Qt.ItemDataRole.DisplayRole)
        for c in range(model.columnCount())
    ]
    assert "计划用时（分钟）" in headers and "超时/提前" in headers
