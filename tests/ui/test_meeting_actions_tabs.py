"""The Meeting and Actions tabs and their table models, on the Chinese demo document."""

from __future__ import annotations

import datetime
import sqlite3
from pathlib import Path

import pytest
from PySide6.QtCore import Qt

from perfdesk.core.actions import ActionStatus
from perfdesk.core.kpi import Status
from perfdesk.core.meeting import AgendaItem, AgendaKind, Cause, MeetingKind, MeetingStatus
from perfdesk.core.numbers import format_minutes
from perfdesk.store.document import Document
from perfdesk.store.repo_actions import ActionRow, list_actions
from perfdesk.store.repo_meeting_plan import IssueLine
from perfdesk.store.repo_meetings import MeetingRow, agenda, list_meetings
from perfdesk.ui.actions_tab import ActionFilter, ActionsTab
from perfdesk.ui.context import DocumentContext
from perfdesk.ui.labels import label
from perfdesk.ui.meeting_tab import MeetingTab
from perfdesk.ui.models.action_table import SHAPES, ActionTableModel
from perfdesk.ui.models.meeting_models import (
    OVERRUN_COLOR,
    AgendaModel,
    MeetingListModel,
)
from perfdesk.ui.models.meeting_plan_models import IssueLineModel
from perfdesk.ui.models.rows import RAW_ROLE
from perfdesk.ui.widgets import status as look

DISPLAY = Qt.ItemDataRole.DisplayRole
TODAY = datetime.date(2026, 10, 20)


# -- models without a window ------------------------------------------------------------------


def _action(
    title: str, status: ActionStatus, due: datetime.date | None, **extra: object
) -> ActionRow:
    fields: dict[str, object] = dict(
        id=title,
        title=title,
        status=status,
        responsible_unit="生产部",
        owner="王强",
        start_date=None,
        due_date=due,
        kpi_name="一次合格率",
        baseline=92.5,
        expected=95.0,
        meeting_title="十月质询会议",
        reports=2,
        last_progress=40.0,
        kpi_unit="%",
        kpi_decimals=1,
    )
    fields.update(extra)
    return ActionRow(**fields)  # type: ignore[arg-type]


def test_action_model_shows_overdue_by_date(qtmodeltester, qapp) -> None:  # qapp: icons drawn
    model = ActionTableModel()
    model.set_rows(
        [
            _action("A", ActionStatus.OPEN, datetime.date(2026, 10, 1)),
            _action("B", ActionStatus.OPEN, datetime.date(2026, 11, 1)),
            _action(
                "C",
                ActionStatus.DONE,
                datetime.date(2026, 10, 1),
                baseline=None,
                expected=None,
                last_progress=None,
                kpi_name="",
            ),
        ],
        TODAY,
    )
    qtmodeltester.check(model)
    status = [model.index(r, model.COL_STATUS).data() for r in range(3)]
    # Overdue says by how much, in words, with the below-target shape: not colour alone.
    late = (TODAY - model.row(0).due_date).days
    assert status == [f"Overdue {late} days", label(ActionStatus.OPEN), label(ActionStatus.DONE)]
    decoration = Qt.ItemDataRole.DecorationRole
    assert (
        model.index(0, model.COL_STATUS).data(decoration).cacheKey()
        == look.icon(Status.RED).cacheKey()
    )
    # Every status has its shape beside the word; open is not the overdue one.
    assert (
        model.index(1, model.COL_STATUS).data(decoration).cacheKey()
        == look.icon(SHAPES[ActionStatus.OPEN]).cacheKey()
        != look.icon(Status.RED).cacheKey()
    )
    red = look.tint(Status.RED)
    assert model.index(0, model.COL_TITLE).data(Qt.ItemDataRole.BackgroundRole) == red
    assert model.index(1, model.COL_TITLE).data(Qt.ItemDataRole.BackgroundRole) is None
    assert model.index(0, model.COL_TARGET).data() == "92.5 → 95.0%"
    assert model.index(2, model.COL_TARGET).data() == ""
    assert model.index(0, model.COL_PROGRESS).data() == "40%"
    assert model.index(0, model.COL_DUE).data(RAW_ROLE) == "2026-10-01"
    assert model.index(0, model.COL_STATUS).data(RAW_ROLE) == "overdue"


def test_agenda_model_minutes_and_overrun_colour(qtmodeltester, qapp) -> None:  # qapp: icons drawn
    items = [
        (AgendaItem("1", "m", 1, AgendaKind.OPENING, 5, actual_seconds=300), "", ""),
        (
            AgendaItem("2", "m", 2, AgendaKind.SPEAKER, 10, speaker_id="p", actual_seconds=12 * 60),
            "李娜",
            "销售部",
        ),
        (
            AgendaItem(
                "3", "m", 3, AgendaKind.SPEAKER, 10, title="质量专题", actual_seconds=9.5 * 60
            ),
            "王强",
            "生产部",
        ),
        (AgendaItem("4", "m", 4, AgendaKind.CLOSING, 5), "", ""),
    ]
    model = AgendaModel()
    model.set_rows(items)
    qtmodeltester.check(model)
    col = AgendaModel
    assert [model.index(r, col.COL_ITEM).data() for r in range(4)] == [
        label(AgendaKind.OPENING),
        label(AgendaKind.SPEAKER),
        "质量专题",
        label(AgendaKind.CLOSING),
    ]
    assert model.index(1, col.COL_SPEAKER).data() == "李娜"
    assert model.index(1, col.COL_ACTUAL).data() == "12"
    assert model.index(1, col.COL_OVERRUN).data() == "2 min over"
    assert model.index(2, col.COL_OVERRUN).data() == "0.5 min under"
    assert model.index(0, col.COL_OVERRUN).data() == "On time"
    decoration = Qt.ItemDataRole.DecorationRole
    assert (
        model.index(1, col.COL_OVERRUN).data(decoration).cacheKey()
        == look.icon(Status.RED).cacheKey()
    )
    assert model.index(2, col.COL_OVERRUN).data(decoration) is None
    assert model.index(3, col.COL_ACTUAL).data() == ""
    foreground = Qt.ItemDataRole.ForegroundRole
    assert model.index(1, col.COL_OVERRUN).data(foreground) == OVERRUN_COLOR
    assert model.index(2, col.COL_OVERRUN).data(foreground) is None
    assert model.index(1, col.COL_OVERRUN).data(RAW_ROLE) == pytest.approx(2.0)


def test_meeting_and_issue_models(qtmodeltester, qapp) -> None:  # qapp: icons drawn
    meetings = MeetingListModel()
    meetings.set_rows(
        [
            MeetingRow(
                "m",
                "十月质询会议",
                MeetingKind.MONTHLY,
                "2026-10-28",
                120,
                "三楼会议室",
                "2026-09",
                MeetingStatus.ENDED,
                "张总",
                "赵敏",
                9,
                8,
                3,
            )
        ],
        "zh",
    )
    qtmodeltester.check(meetings)
    row = [meetings.index(0, c).data() for c in range(meetings.columnCount())]
    assert row[MeetingListModel.COL_KIND] == label(MeetingKind.MONTHLY)
    assert row[MeetingListModel.COL_ATTENDANCE] == "8/9"
    assert row[MeetingListModel.COL_ISSUES] == "3"
    assert row[MeetingListModel.COL_PERIOD] not in ("", "2026-09")  # shown as a period name
    issues = IssueLineModel()
    issues.set_rows(
        [
            IssueLine(
                "i",
                "交期延误",
                Cause.EXTERNAL,
                None,
                "采购部",
                "刘洋",
                "2026-11-15",
                "",
                "增加一名质检员",
                False,
                None,
                "",
                "",
            )
        ]
    )
    qtmodeltester.check(issues)
    assert issues.index(0, IssueLineModel.COL_CAUSE).data() == label(Cause.EXTERNAL)
    assert issues.index(0, IssueLineModel.COL_OWNER).data() == "刘洋"


# -- the tabs on the demo document ------------------------------------------------------------


@pytest.fixture
def context(demo_zh: Path):
    doc = Document.open(demo_zh)
    yield DocumentContext.load(doc, "zh")
    doc.close()


def _rows(view_model, column: int, role: int = Qt.ItemDataRole.DisplayRole) -> list[str]:
    return [view_model.index(r, column).data(role) for r in range(view_model.rowCount())]


def _file_count(path: Path, sql: str) -> int:
    with sqlite3.connect(path) as conn:
        return int(conn.execute(sql).fetchone()[0])


def test_meeting_tab_shows_newest_meeting_with_agenda_and_issues(
    qtbot, qtmodeltester, context
) -> None:
    tab = MeetingTab()
    qtbot.addWidget(tab)
    tab.set_context(context)
    tab.show()
    qtbot.waitExposed(tab)

    meetings = list_meetings(context.doc.conn)
    assert tab.meetings_model.rowCount() == 2
    dates = _rows(tab.meetings_model, MeetingListModel.COL_DATE)
    assert dates == sorted(dates, reverse=True) and dates[0] > dates[1]
    assert tab.current_meeting() == meetings[0]
    assert tab.title.text() == meetings[0].title
    assert tab.fields["chair"].full_text() == meetings[0].chair
    assert tab.fields["kind"].full_text() == label(meetings[0].kind)  # elided when narrow

    speakers = [
        (item, speaker, unit)
        for item, speaker, unit in agenda(context.doc.conn, meetings[0].id)
        if item.kind is AgendaKind.SPEAKER
    ]
    assert speakers
    shown = {
        tab.agenda_model.index(r, AgendaModel.COL_SPEAKER).data(): (
            tab.agenda_model.index(r, AgendaModel.COL_UNIT).data(),
            tab.agenda_model.index(r, AgendaModel.COL_PLANNED).data(),
            tab.agenda_model.index(r, AgendaModel.COL_ACTUAL).data(),
        )
        for r in range(tab.agenda_model.rowCount())
    }
    for item, speaker, unit in speakers:
        assert shown[speaker][:2] == (unit, f"{item.planned_minutes:g}")
        if item.actual_seconds is not None:
            assert shown[speaker][2] == format_minutes(item.actual_seconds / 60)
    planned = sum(item.planned_minutes for item, _s, _u in agenda(context.doc.conn, meetings[0].id))
    assert f"{planned:g}" in tab.plan_label.text()
    assert f"{meetings[0].planned_minutes:g}" in tab.plan_label.text()

    assert tab.issues_model.rowCount() == meetings[0].issues > 0
    assert all(_rows(tab.issues_model, IssueLineModel.COL_OWNER))
    for model in (tab.meetings_model, tab.agenda_model, tab.issues_model):
        qtmodeltester.check(model)

    # choosing the older meeting shows its agenda instead
    tab.meeting_table.selectRow(1)
    assert tab.title.text() == meetings[1].title
    assert tab.agenda_model.rowCount() == len(agenda(context.doc.conn, meetings[1].id))


def test_meeting_tab_without_document_shows_how_to_open_one(qtbot) -> None:
    tab = MeetingTab()
    qtbot.addWidget(tab)
    tab.show()
    assert tab.empty.isVisible()
    assert not tab._content.isVisible()


def _open_due_dates(context) -> list[datetime.date]:
    return sorted(
        r.due_date
        for r in list_actions(context.doc.conn)
        if r.status is ActionStatus.OPEN and r.due_date is not None
    )


def _make_actions_tab(qtbot, context, today: datetime.date) -> ActionsTab:
    tab = ActionsTab(today=lambda: today)
    qtbot.addWidget(tab)
    tab.set_context(context)
    tab.show()
    qtbot.waitExposed(tab)
    return tab


@pytest.fixture
def actions_tab(qtbot, context):
    # "Today" is the day after the first open action fell due, whatever dates the demo was
    # built with: that one reads overdue (never stored, schema v4), the others open.
    dates = _open_due_dates(context)
    assert dates[0] < dates[-1]
    return _make_actions_tab(qtbot, context, dates[0] + datetime.timedelta(days=1))


def test_open_actions_read_overdue_once_past_their_due_date(qtbot, context) -> None:
    dates = _open_due_dates(context)
    tab = _make_actions_tab(qtbot, context, dates[-1] + datetime.timedelta(days=1))
    # Overdue is never stored: every open action (the file's 'overdue' rows read as open).
    assert ActionStatus.OVERDUE not in [r.status for r in list_actions(context.doc.conn)]
    statuses = _rows(tab.proxy, ActionTableModel.COL_STATUS, RAW_ROLE)
    assert ActionStatus.OPEN.value not in statuses
    assert statuses.count(ActionStatus.OVERDUE.value) == len(dates)
    shown = _rows(tab.proxy, ActionTableModel.COL_STATUS)
    assert sum(text.startswith("Overdue ") for text in shown) == len(dates)
    assert f"{label(ActionStatus.OVERDUE)} {len(dates)}" in tab.counts_text()


def test_actions_tab_lists_every_action(actions_tab, qtmodeltester, context) -> None:
    total = _file_count(context.doc.path, "SELECT count(*) FROM actions WHERE archived = 0")
    assert actions_tab.proxy.rowCount() == total > 0
    qtmodeltester.check(actions_tab.model)
    assert str(total) in actions_tab.counts_text()
    assert label(ActionStatus.OVERDUE) in actions_tab.counts_text()
    overdue = [
        r
        for r in range(actions_tab.proxy.rowCount())
        if actions_tab.proxy.index(r, ActionTableModel.COL_STATUS).data(RAW_ROLE) == "overdue"
    ]
    assert overdue
    cell = actions_tab.proxy.index(overdue[0], ActionTableModel.COL_TITLE)
    assert cell.data(Qt.ItemDataRole.BackgroundRole) == look.tint(Status.RED)
    status_cell = actions_tab.proxy.index(overdue[0], ActionTableModel.COL_STATUS)
    assert status_cell.data().startswith("Overdue ")


def test_status_filter_narrows_to_that_status(actions_tab) -> None:
    proxy, combo = actions_tab.proxy, actions_tab.status_combo
    total = proxy.rowCount()
    for status in (ActionStatus.OVERDUE, ActionStatus.OPEN):
        combo.setCurrentIndex(combo.findData(status.value))
        statuses = set(_rows(proxy, ActionTableModel.COL_STATUS, RAW_ROLE))
        assert statuses == {status.value}
        assert 0 < proxy.rowCount() < total
        assert actions_tab.shown_label.text().startswith(str(proxy.rowCount()))
    combo.setCurrentIndex(0)
    assert proxy.rowCount() == total


def test_text_filter_matches_title_unit_or_owner(actions_tab) -> None:
    proxy = actions_tab.proxy
    total = proxy.rowCount()
    owner = proxy.index(0, ActionTableModel.COL_OWNER).data()
    # setText, not qtbot.keyClicks: QTest aborts on keys outside ASCII (qasciikey.cpp),
    # and Chinese arrives through an input method anyway.
    actions_tab.search.setText(owner)
    assert 0 < proxy.rowCount() <= total
    assert set(_rows(proxy, ActionTableModel.COL_OWNER)) == {owner}
    actions_tab.search.setText(proxy.sourceModel().row(0).responsible_unit)
    assert proxy.rowCount() > 0
    actions_tab.search.setText("no such action 不存在")
    assert proxy.rowCount() == 0
    actions_tab.search.clear()
    assert proxy.rowCount() == total


def test_text_filter_ignores_case(qtmodeltester, qapp) -> None:  # qapp: icons drawn
    # The demo's Chinese titles have no case; an English action shows the rule.
    model = ActionTableModel()
    model.set_rows(
        [
            _action("Reduce Scrap on Line 2", ActionStatus.OPEN, None),
            _action("Shorten delivery time", ActionStatus.OPEN, None, owner="Li Na"),
        ],
        TODAY,
    )
    proxy = ActionFilter()
    proxy.setSourceModel(model)
    proxy.set_text("  SCRAP ")
    assert _rows(proxy, ActionTableModel.COL_TITLE) == ["Reduce Scrap on Line 2"]
    proxy.set_text("li na")
    assert _rows(proxy, ActionTableModel.COL_OWNER) == ["Li Na"]
    proxy.set_status(ActionStatus.DONE)
    assert proxy.rowCount() == 0
    qtmodeltester.check(proxy)


def test_sorting_by_due_date(actions_tab) -> None:
    table, proxy = actions_tab.table, actions_tab.proxy
    table.sortByColumn(ActionTableModel.COL_DUE, Qt.SortOrder.DescendingOrder)
    dates = [d for d in _rows(proxy, ActionTableModel.COL_DUE) if d]
    assert dates == sorted(dates, reverse=True) and len(set(dates)) > 1
    table.sortByColumn(ActionTableModel.COL_DUE, Qt.SortOrder.AscendingOrder)
    dates = [d for d in _rows(proxy, ActionTableModel.COL_DUE) if d]
    assert dates == sorted(dates)


def test_meeting_tab_reload_keeps_unchanged_models_and_reselects_the_newest(qtbot, context) -> None:
    tab = MeetingTab()
    qtbot.addWidget(tab)
    tab.set_context(context)
    tab.show()
    qtbot.waitExposed(tab)
    meetings = list_meetings(context.doc.conn)
    tab.meeting_table.selectRow(1)
    assert tab.title.text() == meetings[1].title
    resets: list[str] = []
    tab.meetings_model.modelReset.connect(lambda: resets.append("list"))
    tab.refresh()
    # Nothing changed in the file: the list is not rebuilt, the newest is shown again.
    assert "list" not in resets
    assert tab.current_meeting() == meetings[0]
    assert tab.title.text() == meetings[0].title
    assert tab.agenda_model.rowCount() == len(agenda(context.doc.conn, meetings[0].id))
    assert tab.issues_model.rowCount() == meetings[0].issues
    tab.refresh()  # the newest already selected: it is shown all the same
    assert tab.title.text() == meetings[0].title


def test_actions_reload_rebuilds_only_when_something_changed(qtbot, context) -> None:
    day = _open_due_dates(context)[0]
    tab = _make_actions_tab(qtbot, context, day)
    resets: list[int] = []
    tab.model.modelReset.connect(lambda: resets.append(1))
    tab.refresh()
    assert resets == []  # same rows, same day
    tab._today = lambda: day + datetime.timedelta(days=1)  # the open action is now late
    tab.refresh()
    assert resets == [1]
    statuses = _rows(tab.proxy, ActionTableModel.COL_STATUS, RAW_ROLE)
    assert ActionStatus.OVERDUE.value in statuses


def test_the_meeting_tab_opens_on_the_newest_meeting_held_not_one_planned(
    make_window, demo_zh, qtbot
) -> None:  # type: ignore[no-untyped-def]
    import sqlite3

    from perfdesk.core.meeting import MeetingStatus

    conn = sqlite3.connect(demo_zh)
    conn.execute(
        "INSERT INTO meetings (id, title, kind, date, planned_minutes, status, archived, "
        "deleted, created, stamp, source) VALUES ('future', '12月业绩跟踪会议', 'monthly', "
        "'2099-12-07', 120, 'planned', 0, 0, 1, 1, 1)"
    )
    conn.commit()
    conn.close()
    window = make_window(demo_zh)
    window.tabs.setCurrentIndex(2)
    tab = window.meeting_tab
    row = tab.meeting_table.currentIndex().row()
    assert row == 1  # the planned one is listed first (newest), the held one is shown
    assert tab.meetings_model.row(row).status is MeetingStatus.ENDED


def test_enter_on_an_action_opens_its_form(actions_tab, qtbot, monkeypatch) -> None:
    from perfdesk.ui.action_form import ActionForm

    opened: list[str] = []
    monkeypatch.setattr(ActionForm, "exec", lambda form: opened.append(form.title.text()) or 0)
    row = next(
        r
        for r in range(actions_tab.proxy.rowCount())
        if actions_tab.proxy.index(r, ActionTableModel.COL_STATUS).data(RAW_ROLE) == "open"
    )
    actions_tab.table.setFocus()
    actions_tab.table.setCurrentIndex(actions_tab.proxy.index(row, 0))
    qtbot.keyClick(actions_tab.table, Qt.Key.Key_Return)
    assert opened == [actions_tab.current_row().title]


def test_a_reminder_selects_its_action_and_the_detail_follows(actions_tab) -> None:
    found = actions_tab.reminders.found
    wanted = (found.overdue + found.due_soon + found.missing_report)[0]
    actions_tab.status_combo.setCurrentIndex(actions_tab.status_combo.findData("draft"))
    actions_tab.reminders.chosen.emit(wanted)  # a filter hiding it is cleared
    assert actions_tab.current_id() == wanted
    assert actions_tab.detail.title.text() == actions_tab.current_row().title


def test_the_source_link_selects_the_meeting_and_issue(make_window, demo_zh: Path) -> None:
    from perfdesk.ui.main_window import TAB_ACTIONS, TAB_MEETING

    window = make_window(demo_zh)
    window.tabs.setCurrentIndex(TAB_ACTIONS)
    tab = window.actions_tab
    row = next(r for r in tab.model.rows() if r.issue_id and r.meeting_id)
    assert tab.select_action(row.id)
    assert tab.detail.show_source.isVisibleTo(tab.detail)
    tab.detail.show_source.click()
    assert window.tabs.currentIndex() == TAB_MEETING
    meeting = window.meeting_tab
    assert meeting.current_meeting() is not None and meeting.current_meeting().id == row.meeting_id
    issue = meeting.issue_table.currentIndex()
    assert issue.isValid() and meeting.issues_model.row(issue.row()).id == row.issue_id


def test_refreshing_keeps_one_reminder_menu_per_button(actions_tab) -> None:
    """Each refresh refills the reminders; their menus are reused, not piled up (a new
    QMenu per refresh kept ~140 KB alive each time on the company demo)."""
    from PySide6.QtWidgets import QMenu

    bar = actions_tab.reminders
    for _ in range(20):
        actions_tab.refresh()
    for button in (bar.overdue, bar.due_soon, bar.missing):
        assert len(button.findChildren(QMenu)) == 1
    # And each menu lists this refresh's actions once, not those of every refresh.
    listed = [a for a in bar.overdue.menu().actions() if a.isEnabled()]
    assert len(listed) == min(len(bar.found.overdue), 15)
