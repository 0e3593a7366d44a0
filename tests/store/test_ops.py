"""Operations write one transaction, refuse bad input untouched, and undo exactly."""

from __future__ import annotations

import hashlib
from pathlib import Path

import pytest

from perfdesk.core.kpi import Aggregation, Direction
from perfdesk.store import ops
from perfdesk.store.document import Document, ReadOnlyError
from perfdesk.store.ops import OpError
from perfdesk.store.repo_goals import goals_of_owner, period_values
from perfdesk.store.repo_org import load_people, load_units


@pytest.fixture
def doc(tmp_path: Path):  # type: ignore[no-untyped-def]
    with Document.create(tmp_path / "ops.perfdesk") as document:
        yield document


def _company(doc: Document) -> str:
    return ops.add_org_unit(doc, "华信科技", "company").row_id or ""


def _dump(doc: Document) -> list[tuple[object, ...]]:
    rows = []
    for table in ("org_units", "people", "kpis", "goals", "actuals"):
        for row in doc.conn.execute(f"SELECT * FROM {table} ORDER BY id"):
            rows.append((table, *row[:-2]))  # all but created_at/updated_at
    return rows


def test_build_a_small_plan_and_read_it_back(doc: Document) -> None:
    company = _company(doc)
    sales = ops.add_org_unit(doc, "销售部", "department", company).row_id
    person = ops.add_person(doc, "王磊", sales, title="经理", committee_role="representative")
    kpi = ops.add_kpi(doc, "sales_amount", "销售额", unit="万元", decimals=1)
    goal = ops.add_goal(doc, kpi.row_id, "2026", 1200, 100, unit_id=sales)
    ops.set_actual(doc, goal.row_id, "2026-03", 95.5)
    assert {u.name for u in load_units(doc.conn)} == {"华信科技", "销售部"}
    assert load_people(doc.conn)[0].id == person.row_id
    assert goals_of_owner(doc.conn, sales, "2026")[0].target == 1200
    _targets, actuals = period_values(doc.conn, [goal.row_id], ["2026-03"])
    assert actuals == {(goal.row_id, "2026-03"): 95.5}


@pytest.mark.parametrize(
    ("call", "message"),
    [
        (lambda d, c: ops.add_org_unit(d, "   ", "department", c), "cannot be empty"),
        (lambda d, c: ops.add_org_unit(d, "销售部", "department", None), "belongs to"),
        (lambda d, c: ops.add_org_unit(d, "X", "planet", c), "not a valid unit kind"),
        (lambda d, c: ops.add_org_unit(d, "X" * 500, "department", c), "at most 200"),
        (lambda d, c: ops.add_org_unit(d, "a\x00b", "department", c), "control characters"),
        (lambda d, c: ops.add_person(d, "王磊", "no-such-unit"), "no longer exists"),
        (lambda d, c: ops.add_kpi(d, "k", "K", decimals=9), "Decimals"),
        (lambda d, c: ops.add_kpi(d, "k", "K", red_below=1.2), "red threshold"),
        (lambda d, c: ops.add_kpi(d, "k", "K", aggregation=Aggregation.RATIO), "numerator"),
    ],
)
def test_bad_input_is_refused_and_nothing_is_written(doc: Document, call, message) -> None:  # type: ignore[no-untyped-def]
    company = _company(doc)
    before = _dump(doc)
    with pytest.raises(OpError, match=message):
        call(doc, company)
    assert _dump(doc) == before


def test_duplicate_unit_name_at_the_same_level(doc: Document) -> None:
    company = _company(doc)
    ops.add_org_unit(doc, "销售部", "department", company)
    with pytest.raises(OpError, match="already a unit named"):
        ops.add_org_unit(doc, "销售部", "department", company)


def test_goal_validation(doc: Document) -> None:
    company = _company(doc)
    kpi = ops.add_kpi(doc, "k", "K").row_id
    with pytest.raises(OpError, match="exactly one"):
        ops.add_goal(doc, kpi, "2026", 1, 10)
    with pytest.raises(OpError, match="not a valid period"):
        ops.add_goal(doc, kpi, "2026-13", 1, 10, unit_id=company)
    with pytest.raises(OpError, match="must be a number"):
        ops.add_goal(doc, kpi, "2026", "一千", 10, unit_id=company)  # type: ignore[arg-type]
    with pytest.raises(OpError, match="between 0 and 100"):
        ops.add_goal(doc, kpi, "2026", 1, 120, unit_id=company)
    with pytest.raises(OpError, match="finite"):
        ops.add_goal(doc, kpi, "2026", float("nan"), 10, unit_id=company)


def test_actual_must_lie_in_the_goal_period_and_kpi_range(doc: Document) -> None:
    company = _company(doc)
    kpi = ops.add_kpi(doc, "rate", "转化率", unit="%", direction=Direction.HIGHER).row_id
    doc.conn.execute("UPDATE kpis SET min_value = 0, max_value = 100 WHERE id = ?", (kpi,))
    goal = ops.add_goal(doc, kpi, "2026", 25, 100, unit_id=company).row_id
    with pytest.raises(OpError, match="outside the goal's period"):
        ops.set_actual(doc, goal, "2025-12", 20)
    with pytest.raises(OpError, match="allowed range"):
        ops.set_actual(doc, goal, "2026-01", 140)
    ops.set_actual(doc, goal, "2026年1月", 24.5)  # the forms people type are accepted
    assert period_values(doc.conn, [goal], ["2026-01"])[1] == {(goal, "2026-01"): 24.5}


def test_undo_and_redo_return_the_document_exactly(doc: Document) -> None:
    company = _company(doc)
    kpi = ops.add_kpi(doc, "k", "K").row_id
    goal = ops.add_goal(doc, kpi, "2026", 100, 100, unit_id=company).row_id
    first = ops.set_actual(doc, goal, "2026-01", 10)
    before_edit = _dump(doc)
    second = ops.set_actual(doc, goal, "2026-01", 12)
    after_edit = _dump(doc)
    redo = second.undo(doc)
    assert _dump(doc) == before_edit
    redo.undo(doc)
    assert _dump(doc) == after_edit
    assert first.changes.tables == {"actuals"}


def test_undo_of_an_addition_removes_it_and_redo_restores_the_same_row(doc: Document) -> None:
    company = _company(doc)
    before = _dump(doc)
    added = ops.add_org_unit(doc, "质量部", "department", company)
    with_unit = _dump(doc)
    redo = added.undo(doc)
    assert _dump(doc) == before
    redo.undo(doc)
    assert _dump(doc) == with_unit  # same id: later edits and merges still find it


def test_parent_links_never_make_a_loop(doc: Document) -> None:
    company = _company(doc)
    kpi = ops.add_kpi(doc, "k", "K").row_id
    top = ops.add_goal(doc, kpi, "2026", 100, 100, unit_id=company).row_id
    child = ops.add_goal(doc, kpi, "2026", 50, 100, unit_id=company, parent_id=top).row_id
    with pytest.raises(OpError, match="loop"):
        ops.set_goal_parent(doc, top, child)
    undo = ops.set_goal_parent(doc, child, None)
    undo.undo(doc)
    assert doc.conn.execute("SELECT parent_id FROM goals WHERE id = ?", (child,)).fetchone() == (
        top,
    )


def test_archive_keeps_history_and_can_be_restored(doc: Document) -> None:
    company = _company(doc)
    sales = ops.add_org_unit(doc, "销售部", "department", company).row_id
    result = ops.set_archived(doc, "org_units", sales, True)
    assert [u.name for u in load_units(doc.conn)] == ["华信科技"]
    result.undo(doc)
    assert len(load_units(doc.conn)) == 2


def test_every_write_stamps_updated_at(doc: Document) -> None:
    company = _company(doc)
    stamp = doc.conn.execute(
        "SELECT updated_at FROM org_units WHERE id = ?", (company,)
    ).fetchone()[0]
    ops.set_archived(doc, "org_units", company, True)
    later = doc.conn.execute(
        "SELECT updated_at FROM org_units WHERE id = ?", (company,)
    ).fetchone()[0]
    assert later > stamp


def test_read_only_document_refuses_operations(demo_zh: Path) -> None:
    before = hashlib.sha256(demo_zh.read_bytes()).hexdigest()
    with Document.open(demo_zh, read_only=True) as doc:
        unit = load_units(doc.conn)[0].id
        with pytest.raises(ReadOnlyError):
            ops.add_org_unit(doc, "新部门", "department", unit)
    assert hashlib.sha256(demo_zh.read_bytes()).hexdigest() == before


def test_goals_of_several_holders_come_grouped_in_the_order_asked(doc: Document) -> None:
    from perfdesk.store.repo_goals import goals_of_owners

    company = _company(doc)
    sales = ops.add_org_unit(doc, "销售部", "department", company).row_id
    person = ops.add_person(doc, "王磊", sales).row_id
    kpi = ops.add_kpi(doc, "k", "K").row_id
    for owner in (dict(person_id=person), dict(unit_id=sales), dict(unit_id=company)):
        ops.add_goal(doc, kpi, "2026", 1, 100, **owner)
    ops.add_goal(doc, kpi, "2025", 1, 100, unit_id=sales)  # another year: not listed
    goals = goals_of_owners(doc.conn, [sales, person, company], "2026")
    assert [g.owner_id for g in goals] == [sales, person, company]


def test_grid_values_keep_to_the_periods_asked(doc: Document) -> None:
    company = _company(doc)
    kpi = ops.add_kpi(doc, "k", "K").row_id
    goal = ops.add_goal(doc, kpi, "2026", 100, 100, unit_id=company).row_id
    for period, value in (("2026-03", 30.0), ("2026-03-D1", 9.0), ("2026-04", 40.0)):
        ops.set_actual(doc, goal, period, value)
    ops.set_actual(doc, goal, "2026-W14", 7.0)
    _targets, actuals = period_values(doc.conn, [goal], ["2026-03", "2026-04"])
    assert actuals == {(goal, "2026-03"): 30.0, (goal, "2026-04"): 40.0}
    assert period_values(doc.conn, [goal], []) == ({}, {})
