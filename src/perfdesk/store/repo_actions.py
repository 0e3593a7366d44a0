"""Reading improvement actions and their 10-day reports (writes are in store/ops)."""

from __future__ import annotations

import datetime
import sqlite3
from dataclasses import dataclass

from perfdesk.core.actions import ActionStatus


@dataclass(frozen=True)
class ActionRow:
    id: str
    title: str
    status: ActionStatus
    responsible_unit: str
    owner: str
    start_date: datetime.date | None
    due_date: datetime.date | None
    kpi_name: str
    baseline: float | None
    expected: float | None
    meeting_title: str
    reports: int
    last_progress: float | None
    kpi_unit: str = ""
    kpi_decimals: int = 0
    responsible_unit_id: str | None = None
    owner_id: str | None = None


def list_actions(conn: sqlite3.Connection, english: bool = False) -> list[ActionRow]:
    """Every action with the names a register shows, due soonest first."""
    first, second = ("en", "zh") if english else ("zh", "en")
    rows = conn.execute(
        f"""
        SELECT a.id, a.title, a.status, coalesce(u.name, ''), coalesce(p.name, ''),
               a.start_date, a.due_date,
               coalesce(nullif(k.name_{first}, ''), k.name_{second}, ''),
               a.baseline, a.expected, coalesce(m.title, ''),
               coalesce(n.reports, 0), n.progress,
               coalesce(nullif(k.unit_{first}, ''), k.unit_{second}, ''),
               coalesce(k.decimals, 0), a.responsible_unit_id, a.owner_id
        FROM actions a
        LEFT JOIN org_units u ON u.id = a.responsible_unit_id
        LEFT JOIN people p ON p.id = a.owner_id
        LEFT JOIN kpis k ON k.id = a.kpi_id
        LEFT JOIN issues i ON i.id = a.issue_id
        LEFT JOIN meetings m ON m.id = i.meeting_id
        -- Each action's report count and latest progress in one pass, not two lookups
        -- per action: with max(), SQLite takes progress from the row with the latest date.
        LEFT JOIN (
            SELECT action_id, count(*) AS reports, progress, max(report_date)
            FROM action_reports WHERE deleted = 0 GROUP BY action_id
        ) n ON n.action_id = a.id
        WHERE a.archived = 0 AND a.deleted = 0
        ORDER BY a.due_date IS NULL, a.due_date, a.rowid
        """
    ).fetchall()
    return [
        ActionRow(
            r[0],
            r[1],
            ActionStatus(r[2]),
            r[3],
            r[4],
            _date(r[5]),
            _date(r[6]),
            r[7],
            r[8],
            r[9],
            r[10],
            r[11],
            r[12],
            r[13],
            r[14],
            r[15],
            r[16],
        )
        for r in rows
    ]


def _date(text: str | None) -> datetime.date | None:
    try:
        return datetime.date.fromisoformat(text) if text else None
    except ValueError:
        return None
