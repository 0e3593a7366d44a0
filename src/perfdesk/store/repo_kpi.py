"""Reading KPI definitions in the UI language (writes are in store/ops)."""

from __future__ import annotations

import sqlite3
from typing import Any

from perfdesk.core.kpi import Aggregation, Direction, Kpi, Perspective


def _columns(english: bool) -> str:
    """Each text in the UI language, falling back to the other where a KPI has only one."""
    first, second = ("en", "zh") if english else ("zh", "en")
    name, unit, description = (
        f"coalesce(nullif({text}_{first}, ''), {text}_{second})"
        for text in ("name", "unit", "description")
    )
    return (
        f"id, code, {name}, {unit}, direction, aggregation, decimals, perspective, "
        "amber_below, red_below, min_value, max_value, numerator_id, denominator_id, "
        f"{description}, archived"
    )


def _kpi(row: tuple[Any, ...]) -> Kpi:
    (
        id_,
        code,
        name,
        unit,
        direction,
        aggregation,
        decimals,
        perspective,
        amber,
        red,
        low,
        high,
        numerator,
        denominator,
        description,
        archived,
    ) = row
    return Kpi(
        id=id_,
        code=code,
        name=name or code,
        unit=unit or "",
        direction=Direction(direction),
        aggregation=Aggregation(aggregation),
        decimals=int(decimals or 0),
        perspective=Perspective(perspective or "financial"),
        amber_below=1.0 if amber is None else float(amber),
        red_below=0.9 if red is None else float(red),
        min_value=low,
        max_value=high,
        numerator_id=numerator,
        denominator_id=denominator,
        description=description or "",
        archived=bool(archived),
    )


def load_kpis(
    conn: sqlite3.Connection, english: bool = False, include_archived: bool = True
) -> dict[str, Kpi]:
    """All KPI definitions by id, named in English when `english` (else Chinese)."""
    rows = conn.execute(
        f"SELECT {_columns(english)} FROM kpis WHERE deleted = 0 AND (archived = 0 OR ?) "
        "ORDER BY perspective, code",
        (include_archived,),
    ).fetchall()
    return {str(r[0]): _kpi(r) for r in rows}
