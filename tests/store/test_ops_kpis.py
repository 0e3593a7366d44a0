"""KPI library operations: every field edited as one step, refusals that write nothing,
exact undo, the shipped KPIs brought into a file with their derived ids; goal edits."""

from __future__ import annotations

import hashlib
from pathlib import Path
from typing import Any

import pytest

from perfdesk.core import kpi_library
from perfdesk.store import ops
from perfdesk.store.document import Document
from perfdesk.store.ops import OpError
from perfdesk.store.repo_goals import goal_dependents, goals_of_owner
from perfdesk.store.repo_kpi import kpi_records, kpi_usage, missing_library_codes


@pytest.fixture
def doc(tmp_path: Path):  # type: ignore[no-untyped-def]
    with Document.create(tmp_path / "kpis.perfdesk") as document:
        yield document


def _dump(doc: Document) -> list[tuple[object, ...]]:
    """Every live row the user can see, without stamps and sources."""
    rows = []
    for table in ("org_units", "kpis", "goals"):
        columns = [r[1] for r in doc.conn.execute(f"PRAGMA table_info({table})")]
        keep = [c for c in columns if c not in ("created", "stamp", "source", "deleted")]
        sql = f"SELECT {', '.join(keep)} FROM {table} WHERE deleted = 0"
        rows += sorted((table, *row) for row in doc.conn.execute(sql))
    return rows


def _digest(doc: Document) -> str:
    doc.conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    return hashlib.sha256(doc.path.read_bytes()).hexdigest()


def _fields(doc: Document, kpi_id: str, **changes: Any) -> dict[str, Any]:
    (row,) = [r for r in kpi_records(doc.conn, True) if r["id"] == kpi_id]
    return {**ops.kpi_fields(row), **changes}


def _plan(doc: Document) -> tuple[str, str, str]:
    company = ops.add_org_unit(doc, "华信科技", "company").row_id or ""
    sales = ops.add_kpi(doc, "sales", "销售额", unit="万元", decimals=1).row_id or ""
    goal = ops.add_goal(doc, sales, "2026", 1200, 100, unit_id=company).row_id or ""
    return company, sales, goal


def test_edit_every_field_is_one_step_and_undo_restores_the_dump(doc: Document) -> None:
    _company, sales, _goal = _plan(doc)
    start = _dump(doc)
    fields = _fields(
        doc,
        sales,
        name_en="Sales amount",
        unit_en="10k CNY",
        description="当期已开票销售收入",
        description_en="Invoiced sales",
        direction="lower",
        aggregation="average",
        decimals=2,
        perspective="customer",
        amber_below=0.97,
        red_below=0.8,
        min_value=0,
        max_value=5000,
    )
    step = ops.edit_kpi(doc, sales, **fields)
    (row,) = [r for r in kpi_records(doc.conn) if r["id"] == sales]
    assert (row["direction"], row["aggregation"], row["decimals"]) == ("lower", "average", 2)
    assert (row["min_value"], row["max_value"], row["name_en"]) == (0, 5000, "Sales amount")
    redo = step.undo(doc)
    assert _dump(doc) == start
    redo.undo(doc)
    assert _dump(doc) != start


@pytest.mark.parametrize(
    ("changes", "code", "field"),
    [
        ({"name_zh": " ", "name_en": ""}, "empty", "kpi_name"),
        ({"red_below": 0.99, "amber_below": 0.95}, "thresholds", "red_threshold"),
        ({"min_value": 10, "max_value": 5}, "bounds", "min_value"),
        ({"decimals": 7}, "decimals_range", "decimals"),
        ({"decimals": -1}, "decimals_range", "decimals"),
        ({"aggregation": "ratio", "numerator_id": None}, "ratio_parts", "numerator_kpi"),
        ({"code": "orders"}, "kpi_code_taken", "kpi_code"),
    ],
)
def test_bad_kpi_input_names_its_field_and_leaves_the_file_alone(
    doc: Document, changes: dict[str, Any], code: str, field: str
) -> None:
    _company, sales, _goal = _plan(doc)
    ops.add_kpi(doc, "orders", "订单数")
    before = _digest(doc)
    with pytest.raises(OpError) as refused:
        ops.edit_kpi(doc, sales, **_fields(doc, sales, **changes))
    assert (refused.value.code, refused.value.params.get("field")) == (code, field)
    assert _digest(doc) == before


def test_a_ratio_cannot_divide_itself_directly_or_through_another(doc: Document) -> None:
    _company, sales, _goal = _plan(doc)
    orders = ops.add_kpi(doc, "orders", "订单数").row_id or ""
    value = (
        ops.add_kpi(
            doc,
            "aov",
            "客单价",
            aggregation="ratio",
            numerator_id=sales,
            denominator_id=orders,
        ).row_id
        or ""
    )
    with pytest.raises(OpError) as itself:
        ops.edit_kpi(doc, value, **_fields(doc, value, numerator_id=value))
    assert itself.value.code == "ratio_loop"
    with pytest.raises(OpError) as around:  # orders = sales / aov, aov = sales / orders
        ops.edit_kpi(
            doc,
            orders,
            **_fields(doc, orders, aggregation="ratio", numerator_id=sales, denominator_id=value),
        )
    assert around.value.code == "ratio_loop"


def test_a_kpi_in_use_is_archived_not_deleted(doc: Document) -> None:
    _company, sales, _goal = _plan(doc)
    assert kpi_usage(doc.conn, sales).goals == 1
    with pytest.raises(OpError) as refused:
        ops.delete_kpi(doc, sales)
    assert refused.value.code == "kpi_in_use" and refused.value.params["goals"] == 1
    archived = ops.set_archived(doc, "kpis", sales, True)
    assert [r["id"] for r in kpi_records(doc.conn)] == []
    archived.undo(doc)
    unused = ops.add_kpi(doc, "spare", "备用").row_id or ""
    start = _dump(doc)
    step = ops.delete_kpi(doc, unused)
    assert unused not in {r["id"] for r in kpi_records(doc.conn, True)}
    step.undo(doc)
    assert _dump(doc) == start


def test_library_kpis_come_with_their_derived_ids_and_undo_to_tombstones(doc: Document) -> None:
    assert len(missing_library_codes(doc.conn)) == len(kpi_library.LIBRARY)
    start = _dump(doc)
    step = ops.add_library_kpis(doc, ["avg_order_value"])  # brings its two parts along
    ids = {r["id"] for r in kpi_records(doc.conn)}
    assert ids == {
        kpi_library.kpi_id(c) for c in ("avg_order_value", "sales_amount", "order_count")
    }
    assert "avg_order_value" not in missing_library_codes(doc.conn)
    redo = step.undo(doc)
    assert _dump(doc) == start
    redo.undo(doc)  # the tombstones come back alive, same ids
    assert {r["id"] for r in kpi_records(doc.conn)} == ids
    ops.add_library_kpis(doc, [e.code for e in kpi_library.LIBRARY])
    assert missing_library_codes(doc.conn) == []


def test_a_users_kpi_under_a_library_code_is_not_replaced(doc: Document) -> None:
    ops.add_kpi(doc, "csat", "满意度（自定）")
    before = _digest(doc)
    assert "csat" not in missing_library_codes(doc.conn)
    with pytest.raises(OpError) as refused:
        ops.add_library_kpis(doc, ["csat"])
    assert refused.value.code == "kpi_code_taken"
    assert _digest(doc) == before


def test_library_ids_never_change_when_entries_are_added() -> None:
    # Derived from the code alone (uuid5): pinned, so a new entry or a reordering of the
    # library cannot move the id files already hold.
    assert kpi_library.kpi_id("sales_amount") == "94aef19d-be59-5aa1-896e-a337dd1e3ca5"
    assert kpi_library.kpi_id("csat") == "81d02b0e-2552-5fe2-b328-5cfe4ee1d8f4"
    ids = [kpi_library.kpi_id(e.code) for e in kpi_library.LIBRARY]
    assert len(set(ids)) == len(ids)


def test_edit_goal_and_move_goal_are_steps_with_exact_undo(doc: Document) -> None:
    company, sales, goal = _plan(doc)
    second = ops.add_goal(doc, sales, "2026", 300, 0, unit_id=company, title="新品").row_id or ""
    start = _dump(doc)
    step = ops.edit_goal(
        doc, second, kpi_id=sales, period="2026", target=400, weight=20, title="新品线"
    )
    assert [(g.title, g.target) for g in goals_of_owner(doc.conn, company, "2026")][1] == (
        "新品线",
        400,
    )
    step.undo(doc)
    assert _dump(doc) == start
    moved = ops.move_goal(doc, second, -1)
    assert [g.id for g in goals_of_owner(doc.conn, company, "2026")] == [second, goal]
    moved.undo(doc)
    assert _dump(doc) == start


@pytest.mark.parametrize(
    ("changes", "code"),
    [
        ({"weight": 120}, "weight_range"),
        ({"weight": "abc"}, "not_a_number"),
        ({"target": -5}, "target_bounds"),
        ({"target": 10, "target_max": 5}, "range_order"),
        ({"period": "2025"}, "goal_other_year"),
    ],
)
def test_bad_goal_input_is_refused_untouched(
    doc: Document, changes: dict[str, Any], code: str
) -> None:
    company, sales, goal = _plan(doc)
    ops.edit_kpi(doc, sales, **_fields(doc, sales, min_value=0))
    team = ops.add_org_unit(doc, "华东", "department", company).row_id
    child = ops.add_goal(doc, sales, "2026", 300, 100, unit_id=team, parent_id=goal).row_id or ""
    before = _digest(doc)
    fields: dict[str, Any] = {
        "kpi_id": sales,
        "period": "2026",
        "target": 300,
        "weight": 100,
        "parent_id": goal,
        **changes,
    }
    with pytest.raises(OpError) as refused:
        ops.edit_goal(doc, child, **fields)
    assert refused.value.code == code
    assert _digest(doc) == before


def test_a_goal_cannot_contribute_to_its_own_child(doc: Document) -> None:
    company, sales, goal = _plan(doc)
    team = ops.add_org_unit(doc, "华东", "department", company).row_id
    child = ops.add_goal(doc, sales, "2026", 300, 100, unit_id=team, parent_id=goal).row_id or ""
    with pytest.raises(OpError) as refused:
        ops.edit_goal(
            doc, goal, kpi_id=sales, period="2026", target=1200, weight=100, parent_id=child
        )
    assert refused.value.code == "goal_loop"
    assert goal_dependents(doc.conn, goal).children == 1


def test_previous_year_goal_is_the_holders_first_on_the_same_kpi(doc: Document) -> None:
    from perfdesk.store.repo_goals import previous_year_goals

    company, sales, goal = _plan(doc)
    team = ops.add_org_unit(doc, "华东", "department", company).row_id or ""
    person = ops.add_person(doc, "王芳", team).row_id or ""
    rate = ops.add_kpi(doc, "rate", "转化率", aggregation="average").row_id or ""
    second = ops.add_goal(doc, sales, "2025", 800, 50, unit_id=company).row_id or ""
    first = ops.add_goal(doc, sales, "2025", 900, 50, unit_id=company).row_id or ""
    ops.move_goal(doc, first, -1)  # now first in the company's 2025 order
    ops.add_goal(doc, rate, "2025", 30, 100, unit_id=company)  # another KPI
    ops.add_goal(doc, sales, "2025", 100, 100, person_id=person)  # another holder
    mine = ops.add_goal(doc, sales, "2026", 120, 100, person_id=person).row_id or ""
    goals = goals_of_owner(doc.conn, company, "2026") + goals_of_owner(doc.conn, person, "2026")
    found = previous_year_goals(doc.conn, goals)
    assert found[goal] == first and second not in found.values()
    assert found[mine] != first and mine in found
