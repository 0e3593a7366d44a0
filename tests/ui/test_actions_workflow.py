"""An action from a meeting issue through its whole life in the window: created, submitted,
returned with a reason, fixed and resubmitted, accepted, two 10-day reports, done and
verified; the detail pane's history shows every step with its reason."""

from __future__ import annotations

import datetime
from pathlib import Path
from typing import Any

import pytest

from perfdesk.core.actions import ActionStatus
from perfdesk.store import ops
from perfdesk.store.document import Document
from perfdesk.store.ops import ActionInput
from perfdesk.ui.action_form import ActionForm
from perfdesk.ui.main_window import TAB_ACTIONS

D = datetime.date
START = D(2026, 11, 2)


def _document(path: Path) -> dict[str, str]:
    with Document.create(path) as doc:
        company = ops.add_org_unit(doc, "华信科技", "company").row_id or ""
        sales = ops.add_org_unit(doc, "销售部", "department", company).row_id or ""
        gm = ops.add_person(doc, "赵总", company, committee_role="chair").row_id or ""
        ops.set_unit_manager(doc, company, gm)
        wang = ops.add_person(doc, "王磊", sales).row_id or ""
        ops.set_unit_manager(doc, sales, wang)
        cycle = ops.add_kpi(doc, "cycle", "交货周期", direction="lower", aggregation="average")
        doc.conn.execute(
            "INSERT INTO meetings (id, title, kind, date, created, stamp, source) "
            "VALUES ('m1', '十月业绩跟踪会', 'monthly', '2026-10-30', 1, 1, ?)",
            (doc.source,),
        )
        doc.conn.execute(
            "INSERT INTO issues (id, meeting_id, description, cause, responsible_unit_id, "
            "created, stamp, source) VALUES ('i1', 'm1', '交货周期过长', 'internal', ?, 1, 1, ?)",
            (sales, doc.source),
        )
        doc.conn.commit()
        return {"sales": sales, "wang": wang, "cycle": cycle.row_id or ""}


def _fill_and_accept(form: ActionForm, **fields: Any) -> int:
    """Stands in for the user: types into the form, presses OK."""
    if "title" in fields:
        form.title.setText(fields["title"])
    if "measures" in fields:
        form.measures.setPlainText(fields["measures"])
    if "kpi" in fields:
        form.kpi.setCurrentIndex(form.kpi.findData(fields["kpi"]))
    if "baseline" in fields:
        form.baseline.setText(fields["baseline"])
        form.expected.setText(fields["expected"])
    form._accept()
    return form.result()


def test_from_issue_to_verified_with_every_step_in_the_history(
    make_window, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    ids = _document(tmp_path / "actions.perfdesk")
    window = make_window(tmp_path / "actions.perfdesk", language="en")
    window.tabs.setCurrentIndex(TAB_ACTIONS)
    tab = window.actions_tab
    today = [START]
    tab._today = lambda: today[0]

    # As the meeting's issue hands it over: a draft linked to the issue.
    typed: dict[str, Any] = {
        "title": "缩短交货周期",
        "measures": "",  # forgotten: the SMART check will not let it through
        "kpi": ids["cycle"],
        "baseline": "20",
        "expected": "15",
    }
    monkeypatch.setattr(ActionForm, "exec", lambda form: _fill_and_accept(form, **typed))
    action_id = tab.new_clicked(
        ActionInput("", ids["sales"], issue_id="i1", start=START, due=D(2026, 11, 30))
    )
    assert action_id is not None
    row = tab.current_row()
    assert row is not None and row.owner == "王磊"  # the department's manager, by the rule
    assert row.status is ActionStatus.DRAFT
    assert "十月业绩跟踪会" in tab.model.text(0, tab.model.COL_MEETING)

    # Submitting runs the SMART check: no measures is refused with the reason.
    messages: list[str] = []
    monkeypatch.setattr(
        "perfdesk.ui.op_errors.show_message", lambda _p, _i, _t, text: messages.append(text)
    )
    tab.submit_clicked()
    assert tab.current_row().status is ActionStatus.DRAFT
    assert messages and "SMART" in messages[-1]
    typed = {"measures": "每周一核对在途订单"}
    tab.edit_clicked()
    tab.submit_clicked()
    assert tab.current_row().status is ActionStatus.SUBMITTED

    # The secretary-general returns it with a reason; it is fixed and resubmitted.
    tab.return_clicked("预期结果要写明到哪一天")
    assert tab.current_row().status is ActionStatus.RETURNED
    assert "预期结果要写明到哪一天" in tab.detail.status.text()
    typed = {"measures": "每周一核对在途订单；11月30日前周期降到15天"}
    tab.edit_clicked()
    assert tab.current_row().status is ActionStatus.DRAFT
    tab.submit_clicked()
    tab.accept_clicked()
    assert tab.current_row().status is ActionStatus.OPEN
    assert tab.reminders.found.missing_report == [action_id]

    # Two 10-day reports, typed into the grid, each in its own 旬.
    for day, value, progress in ((D(2026, 11, 9), "18.5", "40"), (D(2026, 11, 19), "16", "80")):
        today[0] = day
        grid = tab.report_grid()
        assert [line.action_id for line in grid.lines()] == [action_id]
        grid.table.item(0, grid.COL_VALUE).setText(value)
        grid.table.item(0, grid.COL_PROGRESS).setText(progress)
        grid._save_clicked()
        assert grid.result() == grid.DialogCode.Accepted, grid.problem.text()
    assert tab.report_grid().lines() == []  # this 旬 is reported
    assert tab.detail.reports.rowCount() == 2
    assert [value for _p, value in tab.detail.chart.points] == [18.5, 16]

    # Done, then verified: 14.5 days against the expected 15 (lower is better).
    today[0] = D(2026, 12, 3)
    tab.done_clicked()
    dialog = tab.verify_dialog()
    dialog.value.setText("14.5")
    assert dialog.verified.isChecked()
    assert "14.5" in dialog.proposal.text() and "15" in dialog.proposal.text()
    dialog.note.setPlainText("周期降到14.5天")
    dialog.accept()
    tab.verify_clicked(dialog)
    assert tab.current_row().status is ActionStatus.VERIFIED

    history = tab.detail.history
    steps = [
        (history.item(r, 2).text(), history.item(r, 3).text()) for r in range(history.rowCount())
    ]
    assert steps == [
        ("created as Draft · owner → 王磊", ""),
        ("Draft → Submitted for review", ""),
        ("Submitted for review → Returned for revision", "预期结果要写明到哪一天"),
        ("Returned for revision → Draft", ""),
        ("Draft → Submitted for review", ""),
        ("Submitted for review → Open", ""),
        ("Open → Done", ""),
        ("Done → Verified", "周期降到14.5天"),
    ]
    assert "14.5" in tab.detail.verification.text()

    # The next meeting's "review of last meeting's actions" lists it under improved, with
    # the owner and the figures: in the planned meeting's agenda and in run mode.
    conn = window.context.doc.conn
    with window.context.doc.transaction():
        conn.execute(
            "INSERT INTO meetings (id, title, kind, date, created, stamp, source) "
            "VALUES ('m2', '十二月业绩跟踪会', 'monthly', '2026-12-10', 2, 2, ?)",
            (window.context.doc.source,),
        )
        for position, (item, kind) in enumerate((("a1", "opening"), ("a2", "action_review"))):
            conn.execute(
                "INSERT INTO agenda_items (id, meeting_id, position, kind, planned_minutes, "
                "created, stamp, source) VALUES (?, 'm2', ?, ?, 5, 2, 2, ?)",
                (item, position, kind, window.context.doc.source),
            )
    _review_lists_it_under_improved(window, monkeypatch)


def _review_lists_it_under_improved(window: Any, monkeypatch: pytest.MonkeyPatch) -> None:
    from PySide6.QtCore import QItemSelectionModel, Qt
    from PySide6.QtTest import QTest

    from perfdesk.store.ops import Changes
    from perfdesk.ui import meeting_flow
    from perfdesk.ui.main_window import TAB_MEETING
    from perfdesk.ui.run_mode import open_run_mode

    window.tabs.setCurrentIndex(TAB_MEETING)
    tab = window.meeting_tab
    window.apply_changes(Changes(frozenset({"meetings"}), frozenset({"m2"})))
    model = tab.meetings_model
    row = next(i for i in range(model.rowCount()) if model.row(i).id == "m2")
    flags = QItemSelectionModel.SelectionFlag.ClearAndSelect
    flags |= QItemSelectionModel.SelectionFlag.Rows
    tab.meeting_table.selectionModel().setCurrentIndex(model.index(row, 0), flags)
    panel = tab.action_review
    assert not panel.isVisibleTo(tab)  # the opening is selected: no review shown
    tab.agenda_table.selectionModel().setCurrentIndex(tab.agenda_model.index(1, 0), flags)
    assert panel.isVisibleTo(tab)
    assert [r.unit for r in panel.improved] == ["销售部"] and panel.not_improved == []
    lines = panel.lines()
    improved_at = next(i for i, t in enumerate(lines) if t.startswith("▲"))
    not_improved_at = next(i for i, t in enumerate(lines) if t.startswith("▼"))
    assert "1" in lines[improved_at]
    listed = next(i for i, t in enumerate(lines) if "缩短交货周期" in t)
    assert improved_at < listed < not_improved_at  # under improved, not under not improved
    assert "王磊" in lines[listed] and "20" in lines[listed] and "14.5" in lines[listed]
    assert "15" in lines[listed] and "verified" in lines[listed]

    # Run mode shows the same list in its side panel while that item is current.
    class Clock:
        t = 1_796_000_000_000

        def now(self) -> int:
            return self.t

        def not_before(self, at: int) -> None:
            self.t = max(self.t, at)

    monkeypatch.setattr(meeting_flow, "_confirm", lambda *_args: True)
    run = open_run_mode(window, "m2", clock=Clock(), full_screen=False)
    assert run is not None
    assert not run.review.isVisible()  # the opening is current
    QTest.keyClick(run, Qt.Key.Key_Right)  # → next item
    run.refresh()
    assert run.review.isVisible() and not run.side.isVisible()
    assert any("缩短交货周期" in t and "王磊" in t for t in run.review.lines())
    run.close()
