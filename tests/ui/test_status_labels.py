"""Every KPI status has a word; a goal with months still owed reads "incomplete", uncoloured."""

from __future__ import annotations

from PySide6.QtCore import Qt

from perfdesk.core.goals import Goal
from perfdesk.core.kpi import Aggregation, Kpi, Status
from perfdesk.core.progress import progress_to_date
from perfdesk.ui.labels import label
from perfdesk.ui.models.goal_table import GoalRow, GoalTableModel


def test_every_status_has_a_chinese_word(zh: None) -> None:
    words = {status: label(status) for status in Status}
    assert words[Status.INCOMPLETE] == "数据不全"
    assert len(set(words.values())) == len(Status)


def test_goal_with_a_missing_month_is_incomplete_not_green(zh: None) -> None:
    kpi = Kpi("k", "sales", "Sales", aggregation=Aggregation.SUM)
    goal = Goal("g", "k", "2026", 30.0, weight=100, unit_id="u")
    progress = progress_to_date(kpi, [10, 10, 10], [10, None, 10])
    model = GoalTableModel()
    model.set_rows([GoalRow(goal, kpi, progress, "")])
    status = model.index(0, GoalTableModel.COL_STATUS)
    assert status.data() == "数据不全"
    assert status.data(Qt.ItemDataRole.BackgroundRole) is None
