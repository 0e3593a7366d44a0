"""Deviation notes in three steps: written by upsert, refused whole, undone exactly."""

from __future__ import annotations

from pathlib import Path

import pytest

from perfdesk.store import ops
from perfdesk.store.document import Document
from perfdesk.store.ops import OpError
from perfdesk.store.repo_goals import DeviationNote, deviation_notes


@pytest.fixture
def doc(tmp_path: Path):  # type: ignore[no-untyped-def]
    with Document.create(tmp_path / "notes.perfdesk") as document:
        yield document


@pytest.fixture
def goal(doc: Document) -> str:
    company = ops.add_org_unit(doc, "华信科技", "company").row_id or ""
    rate = (
        ops.add_kpi(doc, "rate", "准时交付率", unit="%", aggregation="average", decimals=1).row_id
        or ""
    )
    return ops.add_goal(doc, rate, "2026", 95, 100, unit_id=company).row_id or ""


NOTE = ("实际 87.5%，低于目标 95.0%", "排产冲突", "供应商延期", "周排产会", "备选供应商预算")


def _rows(doc: Document) -> list[tuple[object, ...]]:
    return doc.conn.execute("SELECT * FROM deviation_notes ORDER BY goal, period").fetchall()


def test_write_read_undo_redo(doc: Document, goal: str) -> None:
    clock = int(doc.meta("clock"))
    result = ops.set_deviation_note(doc, goal, "2026-03", *NOTE)
    assert result.changes.cells == {(goal, "2026-03")}
    assert result.changes.tables == {"deviation_notes"}
    stamps = {r[-2] for r in _rows(doc)}
    assert stamps == {int(doc.meta("clock"))} and clock < int(doc.meta("clock"))
    notes = deviation_notes(doc.conn, [goal], ["2026-03", "2026-04"])
    assert notes == {(goal, "2026-03"): DeviationNote(*NOTE)}
    assert notes[(goal, "2026-03")].first_line == NOTE[0]
    after = _rows(doc)
    redo = result.undo(doc)
    assert deviation_notes(doc.conn, [goal], ["2026-03"]) == {}
    assert [r[2:7] for r in _rows(doc)] == [("",) * 5]  # a row with nothing in it
    redo.undo(doc)
    assert [r[:7] for r in _rows(doc)] == [r[:7] for r in after]
    # an edit's undo brings back the previous note exactly
    edit = ops.set_deviation_note(doc, goal, "2026-03", "新偏差", "", "", "", "")
    assert deviation_notes(doc.conn, [goal], ["2026-03"])[(goal, "2026-03")].gap == "新偏差"
    edit.undo(doc)
    assert deviation_notes(doc.conn, [goal], ["2026-03"]) == {
        (goal, "2026-03"): DeviationNote(*NOTE)
    }


def test_clearing_all_five_clears_the_note(doc: Document, goal: str) -> None:
    ops.set_deviation_note(doc, goal, "2026-03", *NOTE)
    cleared = ops.set_deviation_note(doc, goal, "2026-03", " ", "", "\n", "", "")
    assert deviation_notes(doc.conn, [goal], ["2026-03"]) == {}
    assert [r[2:7] for r in _rows(doc)] == [("",) * 5]  # kept, not deleted
    cleared.undo(doc)
    assert deviation_notes(doc.conn, [goal], ["2026-03"])[(goal, "2026-03")] == DeviationNote(*NOTE)


@pytest.mark.parametrize(
    ("period", "texts", "code", "params"),
    [
        ("2027-01", NOTE, "outside_goal", {"period": "2027-01", "goal_period": "2026"}),
        ("2026-Q1", NOTE, "wrong_granularity", {"granularity": "month", "period": "2026-Q1"}),
        ("nonsense", NOTE, "bad_period", None),
        ("2026-03", ("x" * 20_001, "", "", "", ""), "too_long",
         {"field": "gap", "length": 20_001, "limit": 20_000}),
        ("2026-03", ("", "a\x00b", "", "", ""), "control_characters", {"field": "internal_cause"}),
    ],
)  # fmt: skip
def test_refused_input_leaves_the_file_unchanged(  # type: ignore[no-untyped-def]
    doc: Document, goal: str, period, texts, code, params
) -> None:
    ops.set_deviation_note(doc, goal, "2026-02", *NOTE)
    before, clock = _rows(doc), doc.meta("clock")
    checked = ops.check_deviation_note(doc, goal, period, texts)
    assert checked is not None and checked.code == code
    with pytest.raises(OpError) as refused:
        ops.set_deviation_note(doc, goal, period, *texts)
    assert refused.value.code == code
    if params is not None:
        assert refused.value.params == params
    assert _rows(doc) == before and doc.meta("clock") == clock


def test_missing_archived_goal_and_closed_month_are_refused(doc: Document, goal: str) -> None:
    with pytest.raises(OpError) as refused:
        ops.set_deviation_note(doc, "no-such-goal", "2026-03", *NOTE)
    assert refused.value.code == "missing"
    ops.set_values(doc, [(goal, "2026-03", "actual", 87.5)])
    ops.set_period_closed(doc, [goal], "2026-03", True)
    with pytest.raises(OpError) as refused:
        ops.set_deviation_note(doc, goal, "2026-03", *NOTE)
    assert refused.value.code == "value_locked" and refused.value.params == {"period": "2026-03"}
    assert ops.check_deviation_note(doc, goal, "2026-04", NOTE) is None
    ops.set_archived(doc, "goals", goal, True)
    with pytest.raises(OpError) as refused:
        ops.set_deviation_note(doc, goal, "2026-04", *NOTE)
    assert refused.value.code == "archived"
    assert _rows(doc) == []


def test_hostile_text_is_stored_as_typed(doc: Document, goal: str) -> None:
    markup = "<b>粗体</b><script>alert(1)</script>&amp;" + "长" * 10_000
    ops.set_deviation_note(doc, goal, "2026-03", markup, "", "", "", "")
    assert deviation_notes(doc.conn, [goal], ["2026-03"])[(goal, "2026-03")].gap == markup
