"""Many cells at once: one transaction, one undo step, all or nothing, sums kept."""

from __future__ import annotations

from pathlib import Path

import pytest

from perfdesk.store import ops
from perfdesk.store.document import Document
from perfdesk.store.ops import OpError
from perfdesk.store.repo_goals import latest_actual_period, period_values


@pytest.fixture
def doc(tmp_path: Path):  # type: ignore[no-untyped-def]
    with Document.create(tmp_path / "values.perfdesk") as document:
        yield document


@pytest.fixture
def plan(doc: Document) -> dict[str, str]:
    company = ops.add_org_unit(doc, "华信科技", "company").row_id or ""
    sales = ops.add_kpi(doc, "sales", "销售额", aggregation="sum").row_id or ""
    rate = ops.add_kpi(doc, "rate", "转化率", aggregation="average").row_id or ""
    return {
        "company": company,
        "sum": ops.add_goal(doc, sales, "2026", 1200, 50, unit_id=company).row_id or "",
        "avg": ops.add_goal(doc, rate, "2026", 30, 50, unit_id=company).row_id or "",
    }


def _months(n: int) -> list[str]:
    return [f"2026-{m:02d}" for m in range(1, n + 1)]


def _values(doc: Document) -> list[tuple[object, ...]]:
    return doc.conn.execute(
        "SELECT goal, period, target, target_max, actual, note, locked, stamp "
        "FROM goal_values ORDER BY goal, period"
    ).fetchall()


def _target(doc: Document, goal: str) -> float | None:
    return doc.conn.execute("SELECT target FROM goals WHERE id = ?", (goal,)).fetchone()[0]


def test_a_paste_is_one_transaction_and_one_undo_step(doc: Document, plan) -> None:  # type: ignore[no-untyped-def]
    cells = [(plan[g], m, f, 10.0 + i) for g in ("sum", "avg") for i, m in enumerate(_months(12))
             for f in ("target", "actual")]  # fmt: skip
    clock = int(doc.meta("clock"))
    result = ops.set_values(doc, cells)
    stamps = {row[-1] for row in _values(doc)}
    assert len(stamps) == 1 and stamps.pop() == int(doc.meta("clock")) > clock  # one transaction
    assert doc.conn.execute("SELECT count(*) FROM goal_values").fetchone() == (24,)
    assert result.changes.cells == {(plan[g], m) for g in ("sum", "avg") for m in _months(12)}
    assert result.changes.ids == {plan["sum"], plan["avg"]}
    assert result.changes.tables == {"goal_values", "goals"}  # the yearly sum moved
    redo = result.undo(doc)  # one call undoes all 48 cells
    assert {row[2:5] for row in _values(doc)} == {(None, None, None)}
    redo.undo(doc)
    targets, actuals = period_values(doc.conn, [plan["avg"]], _months(12))
    assert actuals[(plan["avg"], "2026-12")] == 21.0 and len(targets) == 12


def test_one_bad_cell_refuses_the_whole_paste(doc: Document, plan) -> None:  # type: ignore[no-untyped-def]
    ops.set_values(doc, [(plan["avg"], "2026-01", "actual", 5)])
    before, clock = _values(doc), doc.meta("clock")
    cells = [(plan["avg"], m, "actual", 1) for m in _months(11)] + [
        (plan["avg"], "2027-01", "actual", 1)  # outside the goal's year
    ]
    with pytest.raises(OpError) as refused:
        ops.set_values(doc, cells)
    assert refused.value.code == "outside_goal"
    assert refused.value.params == {"period": "2027-01", "goal_period": "2026"}
    assert _values(doc) == before and doc.meta("clock") == clock


@pytest.mark.parametrize(
    ("cell", "code"),
    [
        (("avg", "2026-01", "note", 1), "bad_choice"),
        (("avg", "2026-01", "actual", "lots"), "not_a_number"),
        (("avg", "2026-13", "actual", 1), "bad_period"),
        (("avg", "2026-W05", "actual", 1), "wrong_granularity"),
        (("nope", "2026-01", "actual", 1), "missing"),
    ],
)
def test_each_kind_of_bad_cell_has_its_code(doc: Document, plan, cell, code) -> None:  # type: ignore[no-untyped-def]
    goal = plan.get(cell[0], cell[0])
    with pytest.raises(OpError) as refused:
        ops.set_values(doc, [(goal, *cell[1:])])
    assert refused.value.code == code


def test_nothing_to_enter_is_refused(doc: Document) -> None:
    with pytest.raises(OpError) as refused:
        ops.set_values(doc, [])
    assert refused.value.code == "no_values"


def test_archived_goal_and_locked_month_refuse_values(doc: Document, plan) -> None:  # type: ignore[no-untyped-def]
    ops.set_values(doc, [(plan["avg"], "2026-01", "actual", 5)])
    with doc.transaction() as conn:  # a closed month (no operation locks months yet)
        conn.execute("UPDATE goal_values SET locked = 1")
    with pytest.raises(OpError) as refused:
        ops.set_values(doc, [(plan["avg"], "2026-01", "actual", 6)])
    assert refused.value.code == "value_locked"
    ops.set_archived(doc, "goals", plan["avg"], True)
    with pytest.raises(OpError) as refused:
        ops.set_values(doc, [(plan["avg"], "2026-02", "actual", 6)])
    assert refused.value.code == "archived"


def test_a_cell_named_twice_takes_its_last_value(doc: Document, plan) -> None:  # type: ignore[no-untyped-def]
    ops.set_values(
        doc, [(plan["avg"], "2026-01", "actual", 1), (plan["avg"], "2026-01", "actual", 2)]
    )
    assert period_values(doc.conn, [plan["avg"]], ["2026-01"])[1] == {(plan["avg"], "2026-01"): 2}


def test_additive_goal_target_is_the_sum_of_its_period_targets(doc: Document, plan) -> None:  # type: ignore[no-untyped-def]
    goal = plan["sum"]
    assert _target(doc, goal) == 1200  # as entered, until a period target exists
    ops.set_values(doc, [(goal, "2026-01", "target", 0.1), (goal, "2026-02", "target", 0.2)])
    assert _target(doc, goal) == 0.3  # decimal, as typed: not 0.30000000000000004
    ops.set_values(doc, [(goal, m, "target", 100) for m in _months(12)])
    assert _target(doc, goal) == 1200
    ops.set_values(doc, [(goal, "2026-03", "target", None)])
    assert _target(doc, goal) == 1100
    only_actuals = ops.set_values(doc, [(goal, "2026-03", "actual", 5)])
    assert "goals" not in only_actuals.changes.tables
    ops.set_values(doc, [(goal, m, "target", None) for m in _months(12)])
    assert _target(doc, goal) is None  # no period targets left: no yearly target either


def test_undo_of_period_targets_restores_the_yearly_target(doc: Document, plan) -> None:  # type: ignore[no-untyped-def]
    goal = plan["sum"]
    step = ops.set_values(doc, [(goal, m, "target", 50) for m in _months(12)])
    assert _target(doc, goal) == 600
    redo = step.undo(doc)
    assert _target(doc, goal) == 1200  # the target as entered, exactly
    redo.undo(doc)
    assert _target(doc, goal) == 600


def test_non_additive_goal_keeps_its_target(doc: Document, plan) -> None:  # type: ignore[no-untyped-def]
    result = ops.set_values(doc, [(plan["avg"], m, "target", 20) for m in _months(12)])
    assert _target(doc, plan["avg"]) == 30
    assert result.changes.tables == {"goal_values"}


def test_the_latest_month_follows_pastes_and_their_undo(doc: Document, plan) -> None:  # type: ignore[no-untyped-def]
    goal = plan["avg"]
    ops.set_values(doc, [(goal, "2026-02", "actual", 1)])
    paste = ops.set_values(doc, [(goal, m, "actual", 1) for m in _months(6)])
    assert latest_actual_period(doc.conn) == "2026-06"
    redo = paste.undo(doc)
    assert latest_actual_period(doc.conn) == "2026-02"  # the earlier value is still there
    redo.undo(doc)
    assert latest_actual_period(doc.conn) == "2026-06"
    clear = ops.set_values(doc, [(goal, m, "actual", None) for m in _months(6)])
    assert latest_actual_period(doc.conn) is None
    clear.undo(doc)
    assert latest_actual_period(doc.conn) == "2026-06"


def test_target_range_and_weekly_goals(doc: Document, plan) -> None:  # type: ignore[no-untyped-def]
    kpi = ops.add_kpi(doc, "pct", "比例", aggregation="average").row_id or ""
    doc.conn.execute("UPDATE kpis SET min_value = 0, max_value = 100 WHERE id = ?", (kpi,))
    weekly = ops.add_goal(doc, kpi, "2026", 50, 0, unit_id=plan["company"], granularity="week")
    with pytest.raises(OpError) as refused:
        ops.set_values(doc, [(weekly.row_id, "2026-W10", "target", 140)])
    assert refused.value.code == "out_of_range"
    assert refused.value.params["period"] == "2026-W10"
    result = ops.set_values(doc, [(weekly.row_id, "2026-W10", "target", 60)])
    assert result.changes.cells == {(weekly.row_id, "2026-W10")}


def test_check_values_names_every_bad_cell_and_writes_nothing(doc: Document, plan) -> None:  # type: ignore[no-untyped-def]
    ops.set_values(doc, [(plan["avg"], "2026-03", "actual", 5)])
    with doc.transaction() as conn:
        conn.execute("UPDATE goal_values SET locked = 1")
    before, clock = _values(doc), doc.meta("clock")
    cells = [
        (plan["avg"], "2026-01", "actual", 1.0),  # fine
        (plan["avg"], "2027-01", "actual", 1.0),  # outside the goal's year
        (plan["avg"], "2026-03", "actual", 6.0),  # locked
        (plan["sum"], "2026-02", "actual", float("nan")),  # not a finite number
        ("no-such-goal", "2026-02", "actual", 1.0),  # gone
        (plan["sum"], "2026-02", "actual", 3.0),  # fine
    ]
    found = ops.check_values(doc, cells)
    assert [(i, e.code) for i, e in found] == [
        (1, "outside_goal"),
        (2, "value_locked"),
        (3, "not_finite"),
        (4, "missing"),
    ]
    assert _values(doc) == before and doc.meta("clock") == clock
    assert ops.check_values(doc, [cells[0], cells[5]]) == []


def test_a_percentage_without_bounds_stays_within_0_to_100(doc: Document, plan) -> None:  # type: ignore[no-untyped-def]
    company = plan["company"]
    share = ops.add_kpi(doc, "share", "占比", unit="%", aggregation="average").row_id or ""
    goal = ops.add_goal(doc, share, "2026", 30, 0, unit_id=company).row_id or ""
    ops.set_values(doc, [(goal, "2026-01", "actual", 100.0)])
    with pytest.raises(OpError) as refused:
        ops.set_values(doc, [(goal, "2026-01", "actual", 100.5)])
    assert refused.value.code == "out_of_range"
    assert [e.code for _i, e in ops.check_values(doc, [(goal, "2026-02", "actual", -1.0)])] == [
        "out_of_range"
    ]


def test_closing_a_month_makes_its_values_read_only_and_undo_reopens_it(
    doc: Document, plan
) -> None:  # type: ignore[no-untyped-def]
    goals = [plan["sum"], plan["avg"]]
    ops.set_values(doc, [(plan["sum"], "2026-03", "actual", 100)])
    closed = ops.set_period_closed(doc, goals, "2026-03", True)
    assert closed.changes.cells == {(plan["sum"], "2026-03"), (plan["avg"], "2026-03")}
    for goal in goals:  # the month with a value and the one without are both closed
        with pytest.raises(OpError) as refused:
            ops.set_values(doc, [(goal, "2026-03", "actual", 7)])
        assert refused.value.code == "value_locked"
    ops.set_values(doc, [(plan["sum"], "2026-04", "actual", 7)])  # other months stay open
    closed.undo(doc)
    ops.set_values(doc, [(plan["avg"], "2026-03", "actual", 7)])
    assert [r[4] for r in _values(doc) if r[1] == "2026-03"] == [100, 7]


def test_reopening_a_closed_month_lets_values_in_again(doc: Document, plan) -> None:  # type: ignore[no-untyped-def]
    ops.set_period_closed(doc, [plan["sum"]], "2026-05", True)
    ops.set_period_closed(doc, [plan["sum"]], "2026-05", False)
    ops.set_values(doc, [(plan["sum"], "2026-05", "actual", 9)])
    assert [r[4] for r in _values(doc) if r[1] == "2026-05"] == [9]


def test_closing_a_period_no_goal_is_entered_at_is_refused(doc: Document, plan) -> None:  # type: ignore[no-untyped-def]
    before = _values(doc)
    for period in ("2027-01", "2026-Q1"):  # another year; a quarter is derived, not entered
        with pytest.raises(OpError) as refused:
            ops.set_period_closed(doc, [plan["sum"]], period, True)
        assert refused.value.code == "no_values"
    assert _values(doc) == before


def test_write_values_writes_what_set_values_writes_under_the_same_rules(
    doc: Document,
    plan,
    tmp_path: Path,  # type: ignore[no-untyped-def]
) -> None:
    """The import's write (no undo images: its undo is the backup) writes the same rows
    and refuses the same cells, writing nothing."""
    cells = [(plan[g], m, f, 10.0 + i) for g in ("sum", "avg") for i, m in enumerate(_months(6))
             for f in ("target", "actual")]  # fmt: skip
    copy = doc.save_copy(tmp_path / "copy.perfdesk")
    changes = ops.write_values(doc, cells)
    written = [row[:-1] for row in _values(doc)]  # all but the stamp
    assert changes.tables == {"goal_values", "goals"}
    assert changes.cells == {(plan[g], m) for g in ("sum", "avg") for m in _months(6)}
    with Document.open(copy) as second:
        ops.set_values(second, cells)
        assert [row[:-1] for row in _values(second)] == written
        assert _target(second, plan["sum"]) == _target(doc, plan["sum"]) == 75.0
        assert second.meta("latest_actual_month") == doc.meta("latest_actual_month")
    ops.set_period_closed(doc, [plan["avg"]], "2026-03", True)
    before = _values(doc)
    for bad, code in (
        ((plan["avg"], "2026-03", "actual", 1.0), "value_locked"),
        ((plan["sum"], "2026-W07", "actual", 1.0), "wrong_granularity"),
        (("no-such-goal", "2026-01", "actual", 1.0), "missing"),
        ((plan["sum"], "2026-01", "actual", float("nan")), None),
    ):
        with pytest.raises(OpError) as refused:
            ops.write_values(doc, [(plan["sum"], "2026-07", "actual", 5.0), bad])
        assert code is None or refused.value.code == code
        assert _values(doc) == before  # nothing written


def test_write_checked_actuals_writes_what_write_values_writes(
    doc: Document,
    plan,
    tmp_path: Path,  # type: ignore[no-untyped-def]
) -> None:
    """The import's write for values its preview checked against the same file: the
    same rows as write_values (a row of another document's gets this one's source, a
    missing row is inserted), and a row not where the caller said writes nothing."""
    from perfdesk.store.ops._base import write

    ops.set_values(doc, [(plan["sum"], m, "target", 100.0) for m in _months(3)])
    with write(doc) as conn:
        conn.execute("INSERT INTO sources(document_id, name, first_seen) VALUES ('x', 'x', 0)")
        conn.execute(
            "UPDATE goal_values SET source = (SELECT n FROM sources WHERE document_id = 'x') "
            "WHERE period = '2026-02'"
        )
    copy = doc.save_copy(tmp_path / "copy.perfdesk")
    key = doc.conn.execute("SELECT key FROM goals WHERE id = ?", (plan["sum"],)).fetchone()[0]
    rows = {
        m: doc.conn.execute(
            "SELECT source FROM goal_values WHERE goal = ? AND period = ?", (key, m)
        ).fetchone()
        for m in _months(4)
    }
    assert rows["2026-02"] != rows["2026-01"] and rows["2026-04"] is None
    with write(doc):
        written = ops.write_checked_actuals(
            doc, [(key, m, 5.0 + i, None if rows[m] is None else rows[m][0])
                  for i, m in enumerate(_months(4))],
        )  # fmt: skip
    assert written == 4
    with Document.open(copy) as second:
        ops.write_values(second, [(plan["sum"], m, "actual", 5.0 + i)
                                  for i, m in enumerate(_months(4))])  # fmt: skip
        # The same rows, each with its document's own source (the copy has its own id).
        assert _sources(doc) == _sources(second)
        assert second.meta("latest_actual_month") == doc.meta("latest_actual_month") == "2026-04"
    before = _values(doc)
    with pytest.raises(RuntimeError), write(doc):
        ops.write_checked_actuals(doc, [(key, "2026-05", 1.0, 1)])  # no such row to update
    assert _values(doc) == before


def _sources(doc: Document) -> list[tuple[object, ...]]:
    own = doc.conn.execute("SELECT n FROM sources WHERE document_id = ?", (doc.document_id,))
    n = own.fetchone()[0]
    return [
        (*row[:5], row[5] == n)
        for row in doc.conn.execute(
            "SELECT goal, period, target, actual, locked, source FROM goal_values "
            "ORDER BY goal, period"
        )
    ]
