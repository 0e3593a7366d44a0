"""Reading improvement actions and their 10-day reports (writes are in store/ops)."""

from __future__ import annotations

import datetime
import sqlite3
from dataclasses import dataclass, field

from perfdesk.core.actions import ActionStatus, ReviewedAction, stored_status, ten_day
from perfdesk.core.kpi import Direction
from perfdesk.core.periods import PeriodError, parse_period
from perfdesk.store.validate import fetch_rows


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
    issue_title: str = ""
    issue_id: str | None = None
    meeting_id: str | None = None
    co_units: str = ""  # the co-departments' names, "、"-joined
    co_unit_ids: tuple[str, ...] = ()
    last_period: str | None = None  # the 旬 of the latest report


def list_actions(conn: sqlite3.Connection, english: bool = False) -> list[ActionRow]:
    """Every action with the names a register shows, due soonest first."""
    first, second = ("en", "zh") if english else ("zh", "en")
    units = _co_units(conn)
    rows = fetch_rows(  # text decoded by SQLite, not per value in Python (3,000 actions)
        conn,
        f"""
        SELECT a.id, a.title, a.status, coalesce(u.name, ''), coalesce(p.name, ''),
               a.start_date, a.due_date,
               coalesce(nullif(k.name_{first}, ''), k.name_{second}, ''),
               a.baseline, a.expected, coalesce(m.title, ''),
               coalesce(n.reports, 0), n.progress,
               coalesce(nullif(k.unit_{first}, ''), k.unit_{second}, ''),
               coalesce(k.decimals, 0), a.responsible_unit_id, a.owner_id,
               coalesce(i.description, ''), a.issue_id, i.meeting_id, n.period
        FROM actions a
        LEFT JOIN org_units u ON u.id = a.responsible_unit_id
        LEFT JOIN people p ON p.id = a.owner_id
        LEFT JOIN kpis k ON k.id = a.kpi_id
        LEFT JOIN issues i ON i.id = a.issue_id
        LEFT JOIN meetings m ON m.id = i.meeting_id
        -- Each action's report count and latest progress in one pass, not two lookups
        -- per action: with max(), SQLite takes progress from the row with the latest date.
        LEFT JOIN (
            SELECT action_id, count(*) AS reports, progress, period, max(report_date)
            FROM action_reports WHERE deleted = 0 GROUP BY action_id
        ) n ON n.action_id = a.id
        WHERE a.archived = 0 AND a.deleted = 0
        ORDER BY a.due_date IS NULL, a.due_date, a.rowid
        """,
    )
    result = []
    for r in rows:
        co = units.get(r[0], ())
        result.append(
            ActionRow(
                r[0],
                r[1],
                stored_status(r[2]),
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
                r[17],
                r[18],
                r[19],
                "、".join(name for _id, name in co),
                tuple(unit_id for unit_id, _name in co),
                r[20],
            )
        )
    return result


def _co_units(conn: sqlite3.Connection) -> dict[str, tuple[tuple[str, str], ...]]:
    found: dict[str, list[tuple[str, str]]] = {}
    for action_id, unit_id, name in fetch_rows(
        conn,
        "SELECT au.action_id, au.unit_id, coalesce(u.name, '') FROM action_units au "
        "LEFT JOIN org_units u ON u.id = au.unit_id WHERE au.removed = 0 "
        "ORDER BY au.action_id, u.sort_order, u.name",
    ):
        found.setdefault(action_id, []).append((unit_id, name))
    return {k: tuple(v) for k, v in found.items()}


@dataclass(frozen=True)
class Report:
    period: str
    day: datetime.date | None
    measured_value: float | None
    progress: float | None
    note: str


@dataclass(frozen=True)
class HistoryEntry:
    seq: int
    at: datetime.datetime  # UTC
    actor: str
    from_status: ActionStatus | None
    to_status: ActionStatus | None
    owner: str  # the new owner's name when the owner changed
    reason: str


@dataclass(frozen=True)
class ActionDetail:
    id: str
    title: str
    status: ActionStatus
    measures: str
    status_reason: str
    owner_reason: str
    kpi_id: str | None
    goal_id: str | None
    direction: Direction | None
    band: tuple[float, float] | None  # the linked goal's range (range KPIs)
    baseline: float | None
    expected: float | None
    result_value: float | None
    result_note: str
    verified_on: datetime.date | None
    start_date: datetime.date | None
    due_date: datetime.date | None
    issue_id: str | None
    meeting_id: str | None
    units: list[tuple[str, str, str]] = field(default_factory=list)  # (id, name, plan)
    reports: list[Report] = field(default_factory=list)
    history: list[HistoryEntry] = field(default_factory=list)


def action_detail(conn: sqlite3.Connection, action_id: str) -> ActionDetail | None:
    """One action with its co-departments' plans, reports (oldest first) and history."""
    row = conn.execute(
        """
        SELECT a.id, a.title, a.status, a.measures, a.status_reason, a.owner_reason,
               a.kpi_id, a.goal_id, k.direction, g.target, g.target_max, a.baseline,
               a.expected, a.result_value, a.result_note, a.verified_on, a.start_date,
               a.due_date, a.issue_id, i.meeting_id
        FROM actions a
        LEFT JOIN kpis k ON k.id = a.kpi_id
        LEFT JOIN goals g ON g.id = a.goal_id
        LEFT JOIN issues i ON i.id = a.issue_id
        WHERE a.id = ? AND a.deleted = 0
        """,
        (action_id,),
    ).fetchone()
    if row is None:
        return None
    band = None
    if row[9] is not None and row[10] is not None:
        band = (float(row[9]), float(row[10]))
    units = [
        (str(r[0]), str(r[1]), str(r[2]))
        for r in conn.execute(
            "SELECT au.unit_id, coalesce(u.name, ''), au.plan FROM action_units au "
            "LEFT JOIN org_units u ON u.id = au.unit_id "
            "WHERE au.action_id = ? AND au.removed = 0 ORDER BY u.sort_order, u.name",
            (action_id,),
        )
    ]
    return ActionDetail(
        id=row[0],
        title=row[1],
        status=stored_status(row[2]),
        measures=row[3] or "",
        status_reason=row[4] or "",
        owner_reason=row[5] or "",
        kpi_id=row[6],
        goal_id=row[7],
        direction=Direction(row[8]) if row[8] else None,
        band=band,
        baseline=row[11],
        expected=row[12],
        result_value=row[13],
        result_note=row[14] or "",
        verified_on=_date(row[15]),
        start_date=_date(row[16]),
        due_date=_date(row[17]),
        issue_id=row[18],
        meeting_id=row[19],
        units=units,
        reports=reports(conn, action_id),
        history=history(conn, action_id),
    )


def reports(conn: sqlite3.Connection, action_id: str) -> list[Report]:
    return [
        Report(r[0], _date(r[1]), r[2], r[3], r[4] or "")
        for r in conn.execute(
            "SELECT period, report_date, measured_value, progress, note FROM action_reports "
            "WHERE action_id = ? AND deleted = 0 ORDER BY period",
            (action_id,),
        )
    ]


def history(conn: sqlite3.Connection, action_id: str) -> list[HistoryEntry]:
    return [
        HistoryEntry(
            int(r[0]),
            datetime.datetime.fromtimestamp(int(r[1]) / 1000, datetime.UTC),
            r[2] or "",
            ActionStatus(r[3]) if r[3] else None,
            ActionStatus(r[4]) if r[4] else None,
            r[5] or "",
            r[6] or "",
        )
        for r in conn.execute(
            "SELECT h.seq, h.at, h.actor, h.from_status, h.to_status, coalesce(p.name, ''), "
            "h.reason FROM action_history h LEFT JOIN people p ON p.id = h.owner_id "
            "WHERE h.action_id = ? ORDER BY h.seq",
            (action_id,),
        )
    ]


def goal_actual(conn: sqlite3.Connection, goal_id: str | None, day: datetime.date) -> float | None:
    """The linked goal's latest actual for a period that started by `day` (prefills a
    10-day report's measured value), or None."""
    if goal_id is None:
        return None
    rows = conn.execute(
        "SELECT v.period, v.actual FROM goal_values v JOIN goals g ON g.key = v.goal "
        "WHERE g.id = ? AND v.actual IS NOT NULL ORDER BY v.period DESC",
        (goal_id,),
    ).fetchall()

    for period, actual in rows:
        try:
            if parse_period(period).start <= day:
                return float(actual)
        except PeriodError:
            continue
    return None


def result_after_due(conn: sqlite3.Connection, detail: ActionDetail) -> float | None:
    """The KPI's value after the due date: the goal's actual for the first period that
    starts after it, else the latest 10-day report's measured value."""
    if detail.goal_id is not None and detail.due_date is not None:
        rows = conn.execute(
            "SELECT v.period, v.actual FROM goal_values v JOIN goals g ON g.key = v.goal "
            "WHERE g.id = ? AND v.actual IS NOT NULL ORDER BY v.period",
            (detail.goal_id,),
        ).fetchall()
        for period, actual in rows:
            try:
                if parse_period(period).start > detail.due_date:
                    return float(actual)
            except PeriodError:
                continue
    measured = [r.measured_value for r in detail.reports if r.measured_value is not None]
    return measured[-1] if measured else None


def reported_this_period(conn: sqlite3.Connection, today: datetime.date) -> set[str]:
    """The actions with a 10-day report for today's 旬."""
    key = ten_day(today).key
    return {
        str(r[0])
        for r in conn.execute(
            "SELECT action_id FROM action_reports WHERE period = ? AND deleted = 0", (key,)
        )
    }


def my_units(conn: sqlite3.Connection) -> str | None:
    """The unit a department document belongs to (meta 'unit_id'), None for a company
    document."""
    meta = dict(conn.execute("SELECT key, value FROM meta WHERE key IN ('role', 'unit_id')"))
    if meta.get("role") != "department":
        return None
    return str(meta["unit_id"]) if meta.get("unit_id") else None


def _date(text: str | None) -> datetime.date | None:
    try:
        return datetime.date.fromisoformat(text) if text else None
    except ValueError:
        return None


def goal_choices(
    conn: sqlite3.Connection,
) -> list[tuple[str, str, str | None, str | None, str, str]]:
    """Live goals an action may link to: (id, kpi id, unit id, person id, period, title),
    newest period first."""
    return [
        (str(r[0]), str(r[1]), r[2], r[3], str(r[4]), str(r[5] or ""))
        for r in conn.execute(
            "SELECT id, kpi_id, unit_id, person_id, period, title FROM goals "
            "WHERE deleted = 0 AND archived = 0 ORDER BY period DESC"
        )
    ]


@dataclass(frozen=True)
class StoredPlan:
    """An action's plan as stored (the form's starting point for an edit)."""

    title: str
    responsible_unit_id: str | None
    owner_id: str | None
    owner_reason: str
    start: datetime.date | None
    due: datetime.date | None
    measures: str
    kpi_id: str | None
    goal_id: str | None
    baseline: float | None
    expected: float | None
    issue_id: str | None
    units: dict[str, str]


def stored_plan(conn: sqlite3.Connection, action_id: str) -> StoredPlan | None:
    row = conn.execute(
        "SELECT title, responsible_unit_id, owner_id, owner_reason, start_date, due_date, "
        "measures, kpi_id, goal_id, baseline, expected, issue_id FROM actions WHERE id = ?",
        (action_id,),
    ).fetchone()
    if row is None:
        return None
    units = {
        str(r[0]): str(r[1])
        for r in conn.execute(
            "SELECT unit_id, plan FROM action_units WHERE action_id = ? AND removed = 0",
            (action_id,),
        )
    }
    return StoredPlan(
        row[0],
        row[1],
        row[2],
        row[3] or "",
        _date(row[4]),
        _date(row[5]),
        row[6] or "",
        row[7],
        row[8],
        row[9],
        row[10],
        row[11],
        units,
    )


def action_goals(conn: sqlite3.Connection) -> dict[str, str | None]:
    """Each live action's linked goal (prefilling 10-day reports)."""
    return {
        str(r[0]): r[1] for r in conn.execute("SELECT id, goal_id FROM actions WHERE deleted = 0")
    }


def closed_between(
    conn: sqlite3.Connection, after: datetime.date | None, until: datetime.date
) -> list[tuple[str, str, ActionStatus]]:
    """Actions verified or found not achieved after `after` (the previous meeting; None:
    from the start) up to `until` (this meeting): (department, title, status), for
    core.actions.review_by_department."""
    return [
        (str(r[0]), str(r[1]), ActionStatus(r[2]))
        for r in conn.execute(
            "SELECT coalesce(u.name, ''), a.title, a.status FROM actions a "
            "LEFT JOIN org_units u ON u.id = a.responsible_unit_id "
            "WHERE a.deleted = 0 AND a.archived = 0 AND a.status IN ('verified', 'not_achieved') "
            "AND a.verified_on <= ? AND (? IS NULL OR a.verified_on > ?) ORDER BY a.verified_on",
            (until.isoformat(), after and after.isoformat(), after and after.isoformat()),
        )
    ]


def review_window(
    conn: sqlite3.Connection, meeting_id: str
) -> tuple[datetime.date | None, datetime.date] | None:
    """The days a meeting's review of last meeting's actions covers: after the previous
    meeting's date (None: from the start) up to its own; None for an unknown meeting."""
    row = conn.execute("SELECT date FROM meetings WHERE id = ?", (meeting_id,)).fetchone()
    if row is None:
        return None
    before = conn.execute(
        "SELECT max(date) FROM meetings WHERE deleted = 0 AND archived = 0 AND id != ? "
        "AND date < ?",
        (meeting_id, row[0]),
    ).fetchone()
    return _date(before[0]), datetime.date.fromisoformat(row[0])


def actions_for_review(
    conn: sqlite3.Connection,
    after: datetime.date | None,
    until: datetime.date,
    english: bool = False,
) -> list[ReviewedAction]:
    """What the review item lists: actions verified or found not achieved after `after`
    up to `until`, actions still open past their due date at `until`, and actions marked
    done but not yet verified; with owner, KPI and figures, for
    core.actions.review_by_department."""
    first, second = ("en", "zh") if english else ("zh", "en")
    since = after.isoformat() if after else None
    rows = conn.execute(
        f"""
        SELECT coalesce(u.name, ''), a.title, a.status, coalesce(p.name, ''), a.baseline,
               a.expected, a.result_value,
               coalesce(nullif(k.name_{first}, ''), k.name_{second}, ''),
               coalesce(k.decimals, 2),
               coalesce(nullif(k.unit_{first}, ''), k.unit_{second}, ''), a.due_date
        FROM actions a
        LEFT JOIN org_units u ON u.id = a.responsible_unit_id
        LEFT JOIN people p ON p.id = a.owner_id
        LEFT JOIN kpis k ON k.id = a.kpi_id
        WHERE a.deleted = 0 AND a.archived = 0 AND (
            (a.status IN ('verified', 'not_achieved') AND a.verified_on <= :until
             AND (:since IS NULL OR a.verified_on > :since))
            OR (a.status = 'open' AND a.due_date < :until)
            OR a.status = 'done')
        ORDER BY a.due_date IS NULL, a.due_date, a.title
        """,
        {"until": until.isoformat(), "since": since},
    ).fetchall()
    result = []
    for r in rows:
        due = _date(r[10])
        status = ActionStatus(r[2])
        late = (until - due).days if status is ActionStatus.OPEN and due else 0
        result.append(
            ReviewedAction(
                r[0], r[1], status, r[3], r[4], r[5], r[6], r[7], int(r[8]), r[9], due, late
            )
        )
    return result
