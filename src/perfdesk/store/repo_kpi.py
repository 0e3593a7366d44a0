"""Reading and writing KPI definitions."""

from __future__ import annotations

import sqlite3
from typing import Any

from perfdesk.core.kpi import Aggregation, Direction, Kpi, Perspective

_COLUMNS = (
    "id, code, name, name_en, unit, direction, aggregation, decimals, perspective, "
    "amber_below, red_below, min_value, max_value, numerator_id, denominator_id, "
    "description, archived"
)


def _kpi(row: tuple[Any, ...], english: bool) -> Kpi:
    (
        id_,
        code,
        name,
        name_en,
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
        name=name_en if english and name_en else name,
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
    """All KPI definitions by id; `english` picks name_en where the file has one."""
    rows = conn.execute(
        f"SELECT {_COLUMNS} FROM kpis WHERE archived = 0 OR ? ORDER BY perspective, code",
        (include_archived,),
    ).fetchall()
    return {str(r[0]): _kpi(r, english) for r in rows}
