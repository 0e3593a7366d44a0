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
    """What a user can see: live rows of every table, without stamps and sources."""
    rows = []
    for table in ("org_units", "people", "kpis", "goals", "goal_values"):
        columns = [r[1] for r in doc.conn.execute(f"PRAGMA table_info({table})")]
        keep = [c for c in columns if c not in ("created", "stamp", "source", "deleted")]
        live = "deleted = 0" if "deleted" in columns else "coalesce(target, actual) IS NOT NULL"
        sql = f"SELECT {', '.join(keep)} FROM {table} WHERE {live}"
        rows += sorted((table, *row) for row in doc.conn.execute(sql))
    return rows


def _everything(doc: Document) -> list[tuple[object, ...]]:
    """Every row of every table, tombstones and cleared values included."""
    return [
        (table, *row)
        for table in ("org_units", "people", "kpis", "goals", "goal_values")
        for row in sorted(doc.conn.execute(f"SELECT * FROM {table}"))
    ]


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
    ("call", "code", "params", "message"),
    [
        (
            lambda d, c: ops.add_org_unit(d, "   ", "department", c),
            "empty",
            {"field": "unit_name"},
            "cannot be empty",
        ),
        (
            lambda d, c: ops.add_org_unit(d, "销售部", "department", None),
            "unit_needs_parent",
            {},
            "belongs to",
        ),
        (
            lambda d, c: ops.add_org_unit(d, "X", "planet", c),
            "bad_choice",
            {"field": "unit_kind", "value": "planet"},
            "not a valid unit kind",
        ),
        (
            lambda d, c: ops.add_org_unit(d, "X" * 500, "department", c),
            "too_long",
            {"field": "unit_name", "length": 500, "limit": 200},
            "at most 200",
        ),
        (
            lambda d, c: ops.add_org_unit(d, "a\x00b", "department", c),
            "control_characters",
            {"field": "unit_name"},
            "control characters",
        ),
        (
            lambda d, c: ops.add_person(d, "王磊", "no-such-unit"),
            "missing",
            {"field": "org_unit"},
            "no longer exists",
        ),
        (lambda d, c: ops.add_kpi(d, "k", "K", decimals=9), "decimals_range", {}, "Decimals"),
        (lambda d, c: ops.add_kpi(d, "k", "K", red_below=1.2), "thresholds", {}, "red threshold"),
        (
            lambda d, c: ops.add_kpi(d, "k", "K", aggregation=Aggregation.RATIO),
            "ratio_parts",
            {},
            "numerator",
        ),
    ],
)
def test_bad_input_is_refused_and_nothing_is_written(
    doc: Document, call, code, params, message
) -> None:  # type: ignore[no-untyped-def]
    company = _company(doc)
    before, clock = _everything(doc), doc.meta("clock")
    with pytest.raises(OpError, match=message) as refused:
        call(doc, company)
    # The code and parameters are what the window translates; the English is for logs.
    assert refused.value.code == code
    assert params.items() <= refused.value.params.items()
    assert _everything(doc) == before
    assert doc.meta("clock") == clock  # the whole transaction rolled back


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
    assert first.changes.tables == {"goal_values"}
    cleared = ops.set_actual(doc, goal, "2026-01", None)
    assert doc.conn.execute("SELECT count(*), max(actual) FROM goal_values").fetchone() == (1, None)
    cleared.undo(doc)  # the row came back with its value, never deleted and re-inserted
    assert _dump(doc) == after_edit


def test_undo_of_an_addition_leaves_a_tombstone_and_redo_revives_the_same_row(
    doc: Document,
) -> None:
    company = _company(doc)
    before = _dump(doc)
    added = ops.add_org_unit(doc, "质量部", "department", company)
    with_unit = _dump(doc)
    redo = added.undo(doc)
    assert _dump(doc) == before
    assert [u.name for u in load_units(doc.conn, include_archived=True)] == ["华信科技"]
    tomb = doc.conn.execute("SELECT deleted FROM org_units WHERE id = ?", (added.row_id,))
    assert tomb.fetchone() == (1,)  # still in the file, so a merge can carry the removal
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


def test_every_write_stamps_the_row_with_a_clock_that_never_goes_back(
    doc: Document, monkeypatch: pytest.MonkeyPatch
) -> None:
    from perfdesk.store import stamps

    company = _company(doc)

    def stamp_of() -> tuple[int, int]:
        sql = "SELECT stamp, source FROM org_units WHERE id = ?"
        return doc.conn.execute(sql, (company,)).fetchone()

    first, source = stamp_of()
    assert source == 1 and first == int(doc.meta("clock"))
    monkeypatch.setattr(stamps, "now_ms", lambda: first - 3_600_000)  # the clock set back
    ops.set_archived(doc, "org_units", company, True)
    assert stamp_of() == (first + 1, 1)  # later still: a later edit always wins locally
    ops.set_archived(doc, "org_units", company, False)
    assert stamp_of()[0] == first + 2


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
    for period, value in (("2026-03", 30.0), ("2026-04", 40.0), ("2026-05", 50.0)):
        ops.set_actual(doc, goal, period, value)
    _targets, actuals = period_values(doc.conn, [goal], ["2026-03", "2026-04"])
    assert actuals == {(goal, "2026-03"): 30.0, (goal, "2026-04"): 40.0}
    assert period_values(doc.conn, [goal], []) == ({}, {})


def test_values_are_entered_at_the_goal_granularity_only(doc: Document) -> None:
    company = _company(doc)
    kpi = ops.add_kpi(doc, "k", "K").row_id
    monthly = ops.add_goal(doc, kpi, "2026", 100, 50, unit_id=company).row_id
    weekly = ops.add_goal(doc, kpi, "2026", 100, 50, unit_id=company, granularity="week").row_id
    for period in ("2026-03-D1", "2026-W14", "2026-Q1", "2026"):
        with pytest.raises(OpError, match="entered by month"):
            ops.set_actual(doc, monthly, period, 1)
    ops.set_actual(doc, weekly, "2026-W14", 7.0)
    for edge in ("2026-W01", "2026-W53"):  # ISO Thursday rule, as Period.children says
        ops.set_actual(doc, weekly, edge, 1.0)
    with pytest.raises(OpError, match="outside"):
        ops.set_actual(doc, weekly, "2027-W01", 1.0)
    with pytest.raises(OpError, match="entered by week"):
        ops.set_actual(doc, weekly, "2026-04", 1)


def test_the_latest_month_is_kept_without_a_scan(doc: Document) -> None:
    from perfdesk.store.repo_goals import latest_actual_period

    company = _company(doc)
    kpi = ops.add_kpi(doc, "k", "K").row_id
    goal = ops.add_goal(doc, kpi, "2026", 100, 100, unit_id=company).row_id
    assert latest_actual_period(doc.conn) is None
    ops.set_actual(doc, goal, "2026-02", 1)
    ops.set_actual(doc, goal, "2026-05", 1)
    assert latest_actual_period(doc.conn) == "2026-05"
    ops.set_actual(doc, goal, "2026-05", None)
    assert latest_actual_period(doc.conn) == "2026-02"


def test_numbers_beyond_the_bound_are_refused_by_ops_and_by_the_database(doc: Document) -> None:
    import sqlite3

    company = _company(doc)
    kpi = ops.add_kpi(doc, "k", "K").row_id
    goal = ops.add_goal(doc, kpi, "2026", 100, 100, unit_id=company).row_id
    with pytest.raises(OpError, match="too large"):
        ops.set_actual(doc, goal, "2026-01", 1e300)
    with pytest.raises(sqlite3.IntegrityError, match="CHECK"), doc.transaction() as conn:
        conn.execute("UPDATE goal_values SET actual = 1e13 WHERE goal = (SELECT key FROM goals)")
        conn.execute(
            "INSERT INTO goal_values (goal, period, actual, stamp, source) "
            "SELECT key, '2026-02', 'lots', 1, 1 FROM goals"
        )


def test_an_archived_kpi_cannot_be_restored_beside_an_active_one_with_its_code(
    doc: Document,
) -> None:
    old = ops.add_kpi(doc, "sales", "销售额").row_id or ""
    ops.set_archived(doc, "kpis", old, True)
    ops.add_kpi(doc, "sales", "销售额（新）")
    with pytest.raises(OpError, match="Another active KPI"):
        ops.set_archived(doc, "kpis", old, False)


def test_employee_numbers_are_unique_where_given(doc: Document) -> None:
    company = _company(doc)
    ops.add_person(doc, "王磊", company, employee_no="HX0001")
    ops.add_person(doc, "李娜", company)
    ops.add_person(doc, "张伟", company)  # no number: any number of people may lack one
    with pytest.raises(OpError, match="HX0001"):
        ops.add_person(doc, "赵敏", company, employee_no="HX0001")
