"""The goal form's checks (core/goals.goal_faults) against the store's own (ops.check_goal):
whatever the store refuses first is among the form's faults, with the same field and
code, and what the form passes the store takes; the limits are the schema's."""

from __future__ import annotations

from pathlib import Path

import pytest

from perfdesk.core import fields as core_fields
from perfdesk.core import goals
from perfdesk.store import ops, schema_v4
from perfdesk.store.document import Document
from perfdesk.store.ops import OpError
from perfdesk.store.repo_kpi import load_kpis

CASES = [
    {},
    {"period": "2026-13", "weight": 150.0, "target": "很多"},
    {"kpi_id": ""},
    {"title": "a\x07b"},
    {"title": "长" * 20_001},
    {"weight": float("nan")},
    {"weight": -1.0},
    {"target": 1e13},
    {"target": 120.0},
    {"target_max": 90.0},
    {"target_max": 101.0},
    {"parent": "last_year"},
    {"period": "明年", "title": "\x00", "weight": "一些", "target": -5.0, "target_max": "x"},
]


def test_the_form_uses_the_stores_limits() -> None:
    assert core_fields.MAX_TEXT == schema_v4.MAX_TEXT
    assert core_fields.MAX_MAGNITUDE == schema_v4.MAX_MAGNITUDE


@pytest.mark.parametrize("changes", CASES)
def test_what_the_store_refuses_first_is_among_the_forms_faults(
    tmp_path: Path, changes: dict[str, object]
) -> None:
    with Document.create(tmp_path / "g.perfdesk") as doc:
        company = ops.add_org_unit(doc, "华信科技", "company").row_id or ""
        kpi = ops.add_kpi(doc, "csat", "客户满意度", unit="%", min_value=0, max_value=100)
        kpi_id = kpi.row_id or ""
        last_year = ops.add_goal(doc, kpi_id, "2025", 90, 10, unit_id=company).row_id
        fields: dict[str, object] = {
            "kpi_id": kpi_id,
            "period": "2026",
            "title": "满意度提升到 92 %",
            "weight": 20.0,
            "target": 92.0,
            "target_max": None,
            "parent_id": None,
        }
        fields.update({k: v for k, v in changes.items() if k != "parent"})
        parent_period = None
        if changes.get("parent") == "last_year":
            fields["parent_id"], parent_period = last_year, "2025"
        kpis = load_kpis(doc.conn)
        faults = goals.goal_faults(
            kpi_id=str(fields["kpi_id"]),
            kpi=kpis.get(str(fields["kpi_id"])),
            period=str(fields["period"]),
            title=str(fields["title"]),
            weight=fields["weight"],
            target=fields["target"],
            target_max=fields["target_max"],
            parent_period=parent_period,
        )
        found = {(f.field, f.code) for f in faults}
        if not fields["kpi_id"]:
            assert found == {("kpi", "empty")}  # the form asks before the store looks
            return
        try:
            ops.check_goal(doc, None, **fields)
        except OpError as error:
            field = str(error.params.get("field", "")) or "period"  # bad_period names none
            assert (field, error.code) in found
        else:
            assert found == set()


@pytest.mark.parametrize(
    ("changes", "code"),
    [
        ({"target": 120.0}, "target_bounds"),
        ({"target": 95.0, "target_max": 90.0}, "range_order"),
        ({"weight": 101.0}, "weight_range"),
        ({"kpi_id": ""}, "empty"),
        ({"period": "2026-13"}, "bad_period"),
        ({"parent": "last_year"}, "goal_other_year"),
    ],
)
def test_adding_a_goal_is_refused_as_editing_one_is(
    tmp_path: Path, changes: dict[str, object], code: str
) -> None:
    """ops.add_goal took a target outside the KPI's bounds, an upper target below the
    target and a goal above of another year, which the form and edit_goal refuse."""
    with Document.create(tmp_path / "g.perfdesk") as doc:
        company = ops.add_org_unit(doc, "华信科技", "company").row_id or ""
        kpi_id = ops.add_kpi(doc, "csat", "客户满意度", unit="%", min_value=0, max_value=100).row_id
        last_year = ops.add_goal(doc, kpi_id or "", "2025", 90, 10, unit_id=company).row_id
        goal_id = ops.add_goal(doc, kpi_id or "", "2026", 92, 20, unit_id=company).row_id or ""
        fields: dict[str, object] = {"kpi_id": kpi_id, "period": "2026", "target": 92.0}
        fields.update({k: v for k, v in changes.items() if k != "parent"})
        if changes.get("parent") == "last_year":
            fields["parent_id"] = last_year
        weight = fields.pop("weight", 20.0)
        before = doc.conn.execute("SELECT count(*), total(target) FROM goals").fetchone()
        with pytest.raises(OpError) as added:
            ops.add_goal(doc, weight=weight, unit_id=company, **fields)  # type: ignore[arg-type]
        with pytest.raises(OpError) as edited:
            ops.edit_goal(doc, goal_id, weight=weight, **fields)  # type: ignore[arg-type]
        assert added.value.code == edited.value.code == code
        assert doc.conn.execute("SELECT count(*), total(target) FROM goals").fetchone() == before
