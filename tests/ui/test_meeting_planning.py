"""Planning a meeting in the Meeting tab, as a user does it with the keyboard: a new
meeting (Ctrl+N), the 5/5/5/5/5/60/5 agenda, a reorder with Ctrl+Down, two issues
captured (one external with a resource request), an issue turned into an action,
minutes typed and saved by themselves."""

from __future__ import annotations

from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog

from perfdesk.core.agenda import COMMITTEE_REVIEW, WEEKLY_90
from perfdesk.core.meeting import AgendaKind
from perfdesk.store.repo_meeting_plan import (
    issue_lines,
    meeting_form,
    minute_entries,
    owner_rule_inputs,
    plan_items,
)
from perfdesk.ui.issue_capture import IssueCaptureDialog
from perfdesk.ui.meeting_form import MeetingDialog


@pytest.fixture
def window(make_window, demo_zh, zh):  # type: ignore[no-untyped-def]
    made = make_window(demo_zh)
    made.tabs.setCurrentIndex(2)
    return made


def _answer(monkeypatch: pytest.MonkeyPatch, cls: type[QDialog], fill: Any) -> list[Any]:
    """Replace `cls.exec` (a modal loop) with filling the form and pressing Save."""
    seen: list[Any] = []

    def run(dialog: Any) -> int:
        seen.append(dialog)
        fill(dialog)
        return int(dialog.result())

    monkeypatch.setattr(cls, "exec", run)
    return seen


def _new_meeting(window: Any, qtbot: Any, monkeypatch: pytest.MonkeyPatch) -> str:
    tab = window.meeting_tab

    def fill(dialog: MeetingDialog) -> None:
        dialog.title.setText("四月业绩跟踪会议")
        dialog.length.setValue(90)
        dialog.save()

    dialogs = _answer(monkeypatch, MeetingDialog, fill)
    tab.meeting_table.setFocus()
    qtbot.keyClick(tab.meeting_table, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    assert len(dialogs) == 1
    # The committee prefills the form: the chair, the secretary, every member invited.
    assert dialogs[0].chair.currentText() and dialogs[0].secretary.currentText()
    assert dialogs[0].attendees.rowCount() >= 3
    form = tab.form
    assert form is not None and form.title == "四月业绩跟踪会议"
    assert tab.title.text() == "四月业绩跟踪会议"
    assert "应到" in tab.fields["attendance"].text()
    return str(form.id)


def test_plan_a_meeting_by_keyboard(window, qtbot, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    tab = window.meeting_tab
    conn = window.context.doc.conn
    meeting = _new_meeting(window, qtbot, monkeypatch)
    builder = tab.builder
    assert "还没有议程" in builder.warning_label.text() or builder.warning_label.text()

    builder.use_template(WEEKLY_90)
    items = plan_items(conn, meeting)
    assert [i.minutes for i in items] == [5, 5, 5, 5, 5, 60, 5]
    assert "90" in builder.plan_label.text() and "10:30" in builder.plan_label.text()

    # Ctrl+Down moves the selected item one down, one undo step.
    builder.table.setFocus()
    builder.table.setCurrentIndex(builder.model.index(0, 1))
    qtbot.keyClick(builder.table, Qt.Key.Key_Down, Qt.KeyboardModifier.ControlModifier)
    moved = plan_items(conn, meeting)
    assert [i.title for i in moved[:2]] == [items[1].title, items[0].title]
    assert builder.current_row() == 1
    window.undo_stack.undo_step()
    assert [i.id for i in plan_items(conn, meeting)] == [i.id for i in items]
    window.undo_stack.redo_step()

    # Capture an issue during the issue-solving item with I: nothing typed is lost when
    # the form is incomplete.
    solving = next(i for i, item in enumerate(moved) if item.minutes == 60)
    builder.table.setCurrentIndex(builder.model.index(solving, 1))

    def first(dialog: IssueCaptureDialog) -> None:
        assert dialog.item.currentData() == moved[solving].id  # the item, prefilled
        dialog.solution.setPlainText("每周核对应收")
        dialog.save()
        assert dialog.error.isVisibleTo(dialog) and "说明" in dialog.error.text()
        assert dialog.solution.toPlainText() == "每周核对应收"
        dialog.what.setPlainText("华东区回款逾期 120 万元")
        dialog.responsible.setCurrentIndex(1)  # a department: its manager is proposed
        assert dialog.owner.currentData() is not None
        dialog.save()

    def second(dialog: IssueCaptureDialog) -> None:
        dialog.what.setPlainText("原材料到货延迟影响交付")
        dialog.external.setChecked(True)
        assert dialog.resources.isEnabled()
        dialog.resources.setPlainText("采购部提前两周下单")
        dialog.related.item(0).setCheckState(Qt.CheckState.Checked)
        dialog.responsible.setCurrentIndex(dialog.responsible.count() - 1)  # several
        if dialog.owner.currentData() is None:
            dialog.owner.setCurrentIndex(1)
        dialog.make_action.setChecked(True)
        dialog.save()

    fills = iter([first, second])
    _answer(monkeypatch, IssueCaptureDialog, lambda d: next(fills)(d))
    qtbot.keyClick(builder.table, Qt.Key.Key_I)
    qtbot.keyClick(builder.table, Qt.Key.Key_I, Qt.KeyboardModifier.ControlModifier)
    lines = issue_lines(conn, meeting)
    assert [line.description for line in lines] == [
        "华东区回款逾期 120 万元",
        "原材料到货延迟影响交付",
    ]
    assert lines[0].agenda_item_id == moved[solving].id
    assert lines[1].cause.value == "external" and lines[1].resource_request == "采购部提前两周下单"
    assert lines[1].action_id is not None and lines[0].action_id is None

    # The first becomes an action from the issue list; the list shows each issue's action.
    tab.issue_table.selectRow(0)
    action = tab.issue_to_action()
    assert action is not None
    column = tab.issues_model.COL_ACTION
    shown = [tab.issues_model.index(r, column).data() for r in range(2)]
    assert all("草稿" in text for text in shown), shown

    # Minutes of the selected item, typed and saved by the timer, marked a decision.
    builder.table.setCurrentIndex(builder.model.index(solving, 1))
    tab.lower_tabs.setCurrentIndex(1)
    tab.minute_kind.setCurrentIndex(tab.minute_kind.findData("decision"))
    tab.minute_text.setFocus()
    qtbot.keyClicks(tab.minute_text, "Reconcile weekly")
    qtbot.waitUntil(lambda: bool(minute_entries(conn, meeting)), timeout=5000)
    [entry] = minute_entries(conn, meeting)
    assert (entry.kind, entry.text, entry.agenda_item_id) == (
        "decision",
        "Reconcile weekly",
        moved[solving].id,
    )
    qtbot.keyClicks(tab.minute_text, ", Wang Lei owns it")
    tab.issue_table.setFocus()  # leaving the field saves it
    assert minute_entries(conn, meeting)[0].text == "Reconcile weekly, Wang Lei owns it"
    assert tab.minutes_model.rowCount() == 1


def test_prefill_and_the_committee_template(window, qtbot, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    tab = window.meeting_tab
    conn = window.context.doc.conn
    meeting = _new_meeting(window, qtbot, monkeypatch)
    form = meeting_form(conn, meeting)
    assert form is not None
    tab.builder.prefill()
    items = plan_items(conn, meeting)
    speakers = [i for i in items if i.kind is AgendaKind.SPEAKER]
    assert speakers and sum(i.minutes for i in items) <= 90
    assert [i.minutes for i in speakers] == sorted((i.minutes for i in speakers), reverse=True)
    assert items[1].kind is AgendaKind.ACTION_REVIEW and items[1].note
    # An issue raised while a department reports: that department and its manager first.
    first = speakers[0]
    dialog = IssueCaptureDialog(tab, window.context.doc, meeting, first.id)
    managers, general = owner_rule_inputs(conn)
    assert dialog.item.currentData() == first.id
    assert dialog.responsible.currentData() == first.unit_id
    assert dialog.owner.currentData() == (managers.get(first.unit_id) or general)
    dialog.responsible.setCurrentIndex(dialog.responsible.count() - 1)  # several departments
    assert dialog.owner.currentData() == general is not None
    dialog.deleteLater()
    tab.builder.use_template(COMMITTEE_REVIEW)
    kinds = [i.kind for i in plan_items(conn, meeting)]
    assert kinds[-3:] == [AgendaKind.DISCUSSION, AgendaKind.BUFFER, AgendaKind.CLOSING]
    assert kinds.count(AgendaKind.SPEAKER) >= 3


def test_an_ended_meeting_is_shown_locked_and_reopens_on_purpose(window, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    from perfdesk.ui import meeting_end

    tab = window.meeting_tab
    assert tab.form is not None and tab.form.status.value == "ended"
    assert tab.locked_notice.isVisibleTo(tab)
    assert not tab.builder.add_action.isEnabled() and not tab.capture_action.isEnabled()
    assert tab.selected_meeting_id() == tab.form.id
    assert tab.reopen_action.isEnabled()
    monkeypatch.setattr(meeting_end, "offer_reopen", lambda *_a: True)
    monkeypatch.setattr(meeting_end, "ask_reopen_reason", lambda *_a: "补记一项决定")
    meeting = tab.form.id
    tab.reopen_action.trigger()
    assert tab.form.id == meeting and tab.form.status.value != "ended"
    assert tab.builder.add_action.isEnabled() and not tab.locked_notice.isVisibleTo(tab)


def test_the_list_folds_away_for_the_agenda(window) -> None:  # type: ignore[no-untyped-def]
    tab = window.meeting_tab
    width = tab.builder.width()
    tab.list_action.trigger()
    assert not tab._left.isVisibleTo(tab)
    tab.resize(tab.size())
    assert tab.builder.width() >= width
    tab.list_action.trigger()
    assert tab._left.isVisibleTo(tab)


def test_drag_templates_and_the_parking_lot(window, qtbot, monkeypatch, qtmodeltester) -> None:  # type: ignore[no-untyped-def]
    from PySide6.QtCore import QModelIndex
    from PySide6.QtWidgets import QInputDialog

    from perfdesk.store import ops
    from perfdesk.store.repo_meeting_plan import templates
    from perfdesk.ui.agenda_dialogs import BacklogDialog

    tab = window.meeting_tab
    conn = window.context.doc.conn
    meeting = _new_meeting(window, qtbot, monkeypatch)
    builder = tab.builder
    builder.use_template(WEEKLY_90)
    before = plan_items(conn, meeting)
    model = builder.model
    qtmodeltester.check(model)
    # Dropping the first row below the fourth moves it there, as one write.
    model.dropMimeData(
        model.mimeData([model.index(0, 1)]), Qt.DropAction.MoveAction, 4, 0, QModelIndex()
    )
    qtbot.waitUntil(lambda: plan_items(conn, meeting)[3].id == before[0].id, timeout=3000)
    assert [i.id for i in plan_items(conn, meeting)[:3]] == [i.id for i in before[1:4]]
    assert model.index(0, model.COL_POSITION).data() == "1"

    # Save as template, then find it in the Template menu.
    monkeypatch.setattr(QInputDialog, "getText", lambda *_a, **_k: ("我们的周会", True))
    builder.save_template()
    assert [name for _id, name, _items in templates(conn)] == ["我们的周会"]
    builder._fill_templates()
    assert "我们的周会" in [a.text() for a in builder.template_menu.actions()]

    # A parked issue of an earlier meeting is offered to the next one.
    speaker = window.context.people
    owner = next(iter(speaker))
    issue = ops.add_issue(
        window.context.doc, ops.IssueDraft(meeting, "交付周期过长", owner_id=owner)
    )
    ops.set_issue_parked(window.context.doc, issue.row_id or "", True)
    tab.refresh()
    assert tab.issues_model.index(0, 0).data().startswith("【搁置】")
    later = _new_meeting(window, qtbot, monkeypatch)
    assert later != meeting
    tab.builder.use_template(WEEKLY_90)
    _answer(monkeypatch, BacklogDialog, lambda d: d.accept())
    tab.builder.take_backlog()
    titles = [i.title for i in plan_items(conn, later)]
    assert "交付周期过长" in titles and titles[-1] == "总结"  # before the closing
    for table_model in (tab.issues_model, tab.minutes_model):
        qtmodeltester.check(table_model)


def test_issue_rows_stay_readable_at_projector_size(window, qtbot) -> None:  # type: ignore[no-untyped-def]
    """Rows are fitted to the widths the columns end up with, at most six lines each:
    measured while the tab was hidden, one row once grew taller than the whole view."""
    window.resize(1280, 720)
    table = window.meeting_tab.issue_table
    rows = table.model().rowCount()
    assert rows > 0
    cap = table.verticalHeader().maximumSectionSize()
    qtbot.waitUntil(lambda: all(table.rowHeight(r) <= cap for r in range(rows)))
    assert table.rowHeight(0) < table.viewport().height()  # the first issue shows whole
    assert table.rowViewportPosition(0) == 0
