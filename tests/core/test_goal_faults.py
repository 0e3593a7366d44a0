"""The goal form's checks: every fault of a goal's fields at once, each with its field and
the store's reason code (core/goals.goal_faults)."""

from __future__ import annotations

import pytest

from perfdesk.core.goals import goal_faults
from perfdesk.core.kpi import Kpi

RATE = Kpi(id="k", code="CSAT", name="客户满意度", unit="%", min_value=0, max_value=100)
GOOD = {
    "kpi_id": "k",
    "kpi": RATE,
    "period": "2026",
    "title": "满意度提升到 92 %",
    "weight": 20.0,
    "target": 92.0,
}


def _faults(**changes: object) -> list[tuple[str, str]]:
    found = goal_faults(**{**GOOD, **changes})  # type: ignore[arg-type]
    return [(f.field, f.code) for f in found]


def test_a_good_goal_has_no_faults() -> None:
    assert _faults() == []
    assert _faults(target_max=95.0, parent_period="2026-Q1") == []


def test_three_faults_give_three_reasons_in_the_form_order() -> None:
    faults = goal_faults(**{**GOOD, "period": "2026-13", "weight": 150.0, "target": "很多"})  # type: ignore[arg-type]
    assert [(f.field, f.code) for f in faults] == [
        ("period", "bad_period"),
        ("weight", "weight_range"),
        ("target", "not_a_number"),
    ]
    assert faults[0].params["text"] == "2026-13" and faults[0].params["field"] == "period"
    assert faults[2].params == {"field": "target", "value": "很多"}


@pytest.mark.parametrize(
    ("changes", "expected"),
    [
        ({"kpi_id": ""}, [("kpi", "empty")]),
        ({"kpi": None}, [("kpi", "missing")]),
        ({"kpi": Kpi(id="k", code="X", name="旧", archived=True)}, [("kpi", "archived")]),
        ({"title": "a\x07b"}, [("goal_title", "control_characters")]),
        ({"title": "长" * 20_001}, [("goal_title", "too_long")]),
        ({"weight": float("nan")}, [("weight", "not_finite")]),
        ({"weight": -1.0}, [("weight", "weight_range")]),
        ({"target": 1e13}, [("target", "too_large")]),
        ({"target": 120.0}, [("target", "target_bounds")]),
        ({"target_max": 90.0}, [("upper_target", "range_order")]),
        ({"target_max": 101.0}, [("upper_target", "target_bounds")]),
        ({"parent_period": "2025"}, [("parent_goal", "goal_other_year")]),
        # every field at once, one reason each
        (
            {
                "kpi": None,
                "period": "明年",
                "title": "\x00",
                "weight": "一些",
                "target": -5.0,
                "target_max": "x",
            },
            [
                ("kpi", "missing"),
                ("period", "bad_period"),
                ("goal_title", "control_characters"),
                ("weight", "not_a_number"),
                ("upper_target", "not_a_number"),
            ],
        ),
    ],
)
def test_each_fault_names_its_field(changes, expected) -> None:  # type: ignore[no-untyped-def]
    assert _faults(**changes) == expected


def test_a_bad_period_does_not_also_blame_the_goal_above() -> None:
    assert _faults(period="13月", parent_period="2025") == [("period", "bad_period")]
