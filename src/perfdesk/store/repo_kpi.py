"""Reading KPI definitions in the UI language (writes are in store/ops)."""

from __future__ import annotations

import sqlite3
from typing import Any, NamedTuple

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


def kpi_records(conn: sqlite3.Connection, include_archived: bool = False) -> list[dict[str, Any]]:
    """Every stored field of each KPI, both languages (the KPI library's list and form)."""
    cursor = conn.execute(
        "SELECT * FROM kpis WHERE deleted = 0 AND (archived = 0 OR ?) ORDER BY perspective, code",
        (include_archived,),
    )
    names = [c[0] for c in cursor.description]
    return [dict(zip(names, row, strict=True)) for row in cursor]


class KpiUsage(NamedTuple):
    goals: int  # live goals on the KPI (archived ones included: they keep their history)
    actions: int
    ratios: int  # ratio KPIs that divide by or into it


def kpi_usage(conn: sqlite3.Connection, kpi_id: str) -> KpiUsage:
    """What uses a KPI: it can be archived then, not removed."""
    row = conn.execute(
        "SELECT (SELECT count(*) FROM goals WHERE kpi_id = ?1 AND deleted = 0),"
        " (SELECT count(*) FROM actions WHERE kpi_id = ?1 AND deleted = 0),"
        " (SELECT count(*) FROM kpis WHERE deleted = 0 AND id <> ?1"
        "  AND (numerator_id = ?1 OR denominator_id = ?1))",
        (kpi_id,),
    ).fetchone()
    return KpiUsage(*row)


def usage_counts(conn: sqlite3.Connection) -> dict[str, int]:
    """Live goals per KPI id, for the library's list."""
    return dict(
        conn.execute(
            "SELECT kpi_id, count(*) FROM goals WHERE deleted = 0 GROUP BY kpi_id"
        ).fetchall()
    )


def missing_library_codes(conn: sqlite3.Connection) -> list[str]:
    """Codes of the shipped KPIs (core/kpi_library.py) this document does not have yet."""
    from perfdesk.core import kpi_library

    present = {row[0] for row in conn.execute("SELECT id FROM kpis WHERE deleted = 0")} | {
        row[0] for row in conn.execute("SELECT code FROM kpis WHERE deleted = 0")
    }
    return [
        entry.code
        for entry in kpi_library.LIBRARY
        if kpi_library.kpi_id(entry.code) not in present and entry.code not in present
    ]


def holders_on_kpi(conn: sqlite3.Connection, kpi_id: str, period: str, limit: int) -> list[str]:
    """Up to `limit` holders with a live goal on the KPI for `period` (examples to show)."""
    return [
        str(row[0])
        for row in conn.execute(
            "SELECT DISTINCT coalesce(unit_id, person_id) FROM goals WHERE kpi_id = ? "
            "AND period = ? AND archived = 0 AND deleted = 0 LIMIT ?",
            (kpi_id, period, limit),
        )
    ]
