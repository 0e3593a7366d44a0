"""What the reports print, read from a document into plain dataclasses (no reportlab).

`department_report` gathers the monthly performance-tracking report of one unit
(月度业绩跟踪报告): its goals' scorecard for the month with the year to date, the
year's monthly series for the trend charts, the alerts, its people ranked by weighted
achievement, its open actions with their latest 10-day report and the deviation notes.
`action_forms` gathers improvement actions (改进行动表) as forms. Numbers are judged by
core (kpi, progress, report_facts); reports/ lays the result out, and tests can assert
on it without a PDF.
"""

from __future__ import annotations

import datetime
import sqlite3
from collections.abc import Sequence
from dataclasses import dataclass, field

from perfdesk.core.kpi import Kpi
from perfdesk.core.periods import Granularity, parse_period
from perfdesk.core.report_facts import (
    Alert,
    MonthFacts,
    RankedPerson,
    goal_alerts,
    month_facts,
    rank_people,
)
from perfdesk.store.repo_goals import (
    DeviationNote,
    deviation_notes,
    goals_of_owners,
    period_values,
)
from perfdesk.store.repo_kpi import load_kpis

# Stored statuses of an action still to be worked on ('overdue' is derived from dates).
OPEN_ACTION_STATUSES = ("draft", "submitted", "returned", "open")


class ReportError(Exception):
    """A report cannot be made: an unknown action, a period that is not a month, …"""


@dataclass(frozen=True)
class Source:
    """The document a report came from, for the footer and the PDF's metadata."""

    path_name: str
    document_id: str
    name: str
    company: str


@dataclass(frozen=True)
class ScoreRow:
    goal_id: str
    kpi: Kpi
    title: str
    weight: float
    year_target: float | None
    target_max: float | None
    facts: MonthFacts
    targets: tuple[float | None, ...]  # the year's twelve months, for the trend chart
    actuals: tuple[float | None, ...]


@dataclass(frozen=True)
class ActionReportRow:
    period: str
    report_date: datetime.date
    progress: float | None
    measured_value: float | None
    note: str


@dataclass(frozen=True)
class ActionSummary:
    id: str
    title: str
    status: str
    overdue: bool
    responsible_unit: str
    owner: str
    start_date: datetime.date | None
    due_date: datetime.date | None
    kpi_name: str
    kpi_unit: str
    kpi_decimals: int
    baseline: float | None
    expected: float | None
    latest: ActionReportRow | None


@dataclass(frozen=True)
class NoteRow:
    kpi_name: str
    note: DeviationNote


@dataclass(frozen=True)
class DepartmentReport:
    source: Source
    unit_id: str
    unit_name: str
    unit_code: str
    manager: str
    period: str  # 'YYYY-MM'
    months: tuple[str, ...]  # the year's months up to `period`
    rows: tuple[ScoreRow, ...]
    alerts: tuple[Alert, ...]
    people: tuple[RankedPerson, ...]
    actions: tuple[ActionSummary, ...]
    notes: tuple[NoteRow, ...]
    today: datetime.date


@dataclass(frozen=True)
class ActionForm:
    source: Source
    id: str
    title: str
    status: str
    overdue: bool
    status_reason: str
    start_date: datetime.date | None
    due_date: datetime.date | None
    responsible_unit: str
    owner: str
    owner_reason: str
    co_units: tuple[tuple[str, str], ...]  # (unit name, its part of the plan)
    kpi_name: str
    kpi_unit: str
    kpi_decimals: int
    baseline: float | None
    expected: float | None
    measures: str
    meeting_title: str
    meeting_date: str
    issue: str
    reports: tuple[ActionReportRow, ...] = field(default_factory=tuple)


def document_source(conn: sqlite3.Connection, path_name: str) -> Source:
    meta = dict(conn.execute("SELECT key, value FROM meta WHERE key IN ('document_id', 'name')"))
    company = conn.execute(
        "SELECT name FROM org_units WHERE kind = 'company' AND deleted = 0 ORDER BY sort_order "
        "LIMIT 1"
    ).fetchone()
    return Source(
        path_name=path_name,
        document_id=meta.get("document_id") or "",
        name=meta.get("name") or "",
        company=company[0] if company else "",
    )


def subtree(conn: sqlite3.Connection, unit_id: str) -> list[str]:
    """The unit and every unit below it (live ones), the unit first."""
    rows = conn.execute(
        "WITH RECURSIVE sub(id, depth) AS (SELECT ?, 0 UNION ALL SELECT u.id, sub.depth + 1 "
        "FROM org_units u JOIN sub ON u.parent_id = sub.id WHERE u.deleted = 0) "
        "SELECT id FROM sub ORDER BY depth",
        (unit_id,),
    ).fetchall()
    return [row[0] for row in rows]


def department_report(
    conn: sqlite3.Connection,
    path_name: str,
    unit_id: str,
    period: str,
    english: bool = False,
    today: datetime.date | None = None,
) -> DepartmentReport:
    """The monthly report of `unit_id` for the month `period` ('2026-10')."""
    try:
        month = parse_period(period)
    except ValueError as exc:
        raise ReportError(f"{period!r} is not a month: {exc}") from None
    if month.granularity is not Granularity.MONTH:
        raise ReportError(f"{period!r} is not a month (give it as YYYY-MM)")
    today = today or datetime.date.today()
    unit = conn.execute(
        "SELECT u.name, u.code, coalesce(p.name, '') FROM org_units u "
        "LEFT JOIN people p ON p.id = u.manager_id WHERE u.id = ? AND u.deleted = 0",
        (unit_id,),
    ).fetchone()
    if unit is None:
        raise ReportError(f"no unit {unit_id!r} in this document")
    year = str(month.year)
    months = tuple(f"{year}-{m:02d}" for m in range(1, month.number + 1))
    all_months = [f"{year}-{m:02d}" for m in range(1, 13)]
    kpis = load_kpis(conn, english=english)

    goals = [g for g in goals_of_owners(conn, [unit_id], year) if g.kpi_id in kpis]
    targets, actuals = period_values(conn, [g.id for g in goals], all_months)
    notes = deviation_notes(conn, [g.id for g in goals], list(months))
    rows: list[ScoreRow] = []
    alerts: list[Alert] = []
    note_rows: list[NoteRow] = []
    for goal in goals:
        kpi = kpis[goal.kpi_id]
        t = {m: v for (g, m), v in targets.items() if g == goal.id}
        a = {m: v for (g, m), v in actuals.items() if g == goal.id}
        rows.append(
            ScoreRow(
                goal_id=goal.id,
                kpi=kpi,
                title=goal.title,
                weight=goal.weight,
                year_target=goal.target,
                target_max=goal.target_max,
                facts=month_facts(kpi, months, t, a, goal.target_max),
                targets=tuple(t.get(m) for m in all_months),
                actuals=tuple(a.get(m) for m in all_months),
            )
        )
        noted = {m for (g, m) in notes if g == goal.id}
        alerts += goal_alerts(goal.id, kpi, months, t, a, noted, goal.target_max)
        note = notes.get((goal.id, period))
        if note is not None:
            note_rows.append(NoteRow(kpi.name, note))

    units = subtree(conn, unit_id)
    return DepartmentReport(
        source=document_source(conn, path_name),
        unit_id=unit_id,
        unit_name=unit[0],
        unit_code=unit[1] or "",
        manager=unit[2],
        period=period,
        months=months,
        rows=tuple(rows),
        alerts=tuple(alerts),
        people=tuple(_ranked_people(conn, units, period, kpis)),
        actions=tuple(open_actions(conn, units, english, today)),
        notes=tuple(note_rows),
        today=today,
    )


def _ranked_people(
    conn: sqlite3.Connection, units: Sequence[str], period: str, kpis: dict[str, Kpi]
) -> list[RankedPerson]:
    """The people of the units with goals for the month, ranked by their month score.

    The score is the Rankings window's (repo_evaluations.period_scores under the current
    evaluation rules' cap: every goal covering the month, weighted capped achievement to
    date), ranked with core.scoring's competition ranks, so the report and the window
    never disagree about who is ahead of whom.
    """
    from perfdesk.store.repo_evaluations import current_rules, period_scores

    marks = ",".join("?" * len(units))
    people = conn.execute(
        f"SELECT p.id, p.name, coalesce(u.name, '') FROM people p "
        f"LEFT JOIN org_units u ON u.id = p.unit_id WHERE p.unit_id IN ({marks}) "
        "AND p.archived = 0 AND p.deleted = 0 ORDER BY p.name",
        list(units),
    ).fetchall()
    cap = current_rules(conn).rules.cap
    scores = period_scores(
        conn, [parse_period(period)], cap, owner_ids=[p[0] for p in people], kpis=kpis
    )[period]
    return rank_people([(p[0], p[1], p[2], scores[p[0]]) for p in people if p[0] in scores])


def _kpi_text(english: bool) -> tuple[str, str]:
    first, second = ("en", "zh") if english else ("zh", "en")
    return (
        f"coalesce(nullif(k.name_{first}, ''), k.name_{second}, '')",
        f"coalesce(nullif(k.unit_{first}, ''), k.unit_{second}, '')",
    )


def open_actions(
    conn: sqlite3.Connection, units: Sequence[str], english: bool, today: datetime.date
) -> list[ActionSummary]:
    """Actions still to be worked on that the units are responsible for or take part in,
    due soonest first, each with its latest 10-day report."""
    name, unit = _kpi_text(english)
    marks = ",".join("?" * len(units))
    states = ",".join("?" * len(OPEN_ACTION_STATUSES))
    rows = conn.execute(
        f"""
        SELECT a.id, a.title, a.status, coalesce(u.name, ''), coalesce(p.name, ''),
               a.start_date, a.due_date, {name}, {unit}, coalesce(k.decimals, 0),
               a.baseline, a.expected
        FROM actions a
        LEFT JOIN org_units u ON u.id = a.responsible_unit_id
        LEFT JOIN people p ON p.id = a.owner_id
        LEFT JOIN kpis k ON k.id = a.kpi_id
        WHERE a.archived = 0 AND a.deleted = 0 AND a.status IN ({states})
          AND (a.responsible_unit_id IN ({marks}) OR a.id IN (
               SELECT action_id FROM action_units WHERE removed = 0 AND unit_id IN ({marks})))
        ORDER BY a.due_date IS NULL, a.due_date, a.rowid
        """,
        (*OPEN_ACTION_STATUSES, *units, *units),
    ).fetchall()
    latest = _latest_reports(conn, [r[0] for r in rows])
    found = []
    for r in rows:
        due = _date(r[6])
        found.append(
            ActionSummary(
                id=r[0],
                title=r[1],
                status=r[2],
                overdue=due is not None and today > due,
                responsible_unit=r[3],
                owner=r[4],
                start_date=_date(r[5]),
                due_date=due,
                kpi_name=r[7],
                kpi_unit=r[8],
                kpi_decimals=int(r[9] or 0),
                baseline=r[10],
                expected=r[11],
                latest=latest.get(r[0]),
            )
        )
    return found


def _reports(
    conn: sqlite3.Connection, action_ids: Sequence[str]
) -> dict[str, list[ActionReportRow]]:
    found: dict[str, list[ActionReportRow]] = {}
    for start in range(0, len(action_ids), 500):
        chunk = list(action_ids[start : start + 500])
        marks = ",".join("?" * len(chunk))
        for action_id, period, day, progress, measured, note in conn.execute(
            "SELECT action_id, period, report_date, progress, measured_value, note "
            f"FROM action_reports WHERE deleted = 0 AND action_id IN ({marks}) "
            "ORDER BY action_id, report_date, period",
            chunk,
        ):
            reported = _date(day)
            if reported is not None:
                found.setdefault(action_id, []).append(
                    ActionReportRow(period, reported, progress, measured, note or "")
                )
    return found


def _latest_reports(
    conn: sqlite3.Connection, action_ids: Sequence[str]
) -> dict[str, ActionReportRow]:
    return {action: rows[-1] for action, rows in _reports(conn, action_ids).items() if rows}


def action_ids_of(
    conn: sqlite3.Connection, unit_id: str | None = None, meeting_id: str | None = None
) -> list[str]:
    """The open actions of a unit (responsible or co-department, the units below it
    included) or of a meeting (raised from its issues), due soonest first."""
    states = ",".join("?" * len(OPEN_ACTION_STATUSES))
    live = f"a.archived = 0 AND a.deleted = 0 AND a.status IN ({states})"
    if meeting_id is not None:
        rows = conn.execute(
            f"SELECT a.id FROM actions a JOIN issues i ON i.id = a.issue_id WHERE {live} "
            "AND i.meeting_id = ? ORDER BY a.due_date IS NULL, a.due_date, a.rowid",
            (*OPEN_ACTION_STATUSES, meeting_id),
        ).fetchall()
        return [r[0] for r in rows]
    units = subtree(conn, unit_id or "")
    marks = ",".join("?" * len(units))
    rows = conn.execute(
        f"SELECT a.id FROM actions a WHERE {live} AND (a.responsible_unit_id IN ({marks}) "
        f"OR a.id IN (SELECT action_id FROM action_units WHERE removed = 0 "
        f"AND unit_id IN ({marks}))) ORDER BY a.due_date IS NULL, a.due_date, a.rowid",
        (*OPEN_ACTION_STATUSES, *units, *units),
    ).fetchall()
    return [r[0] for r in rows]


def find_actions(conn: sqlite3.Connection, query: str) -> list[tuple[str, str]]:
    """(id, title) of the live actions `query` names: the whole id, an id prefix of at
    least 4 characters, or the exact title."""
    text = query.strip()
    if not text:
        return []
    rows = conn.execute(
        "SELECT id, title FROM actions WHERE deleted = 0 AND (id = ?1 OR title = ?1 "
        "OR (length(?1) >= 4 AND id LIKE replace(replace(?1, '%', ''), '_', '') || '%')) "
        "ORDER BY id",
        (text,),
    ).fetchall()
    exact = [(r[0], r[1]) for r in rows if r[0] == text]
    return exact or [(r[0], r[1]) for r in rows]


def action_forms(
    conn: sqlite3.Connection,
    path_name: str,
    action_ids: Sequence[str],
    english: bool = False,
    today: datetime.date | None = None,
) -> list[ActionForm]:
    """The actions as forms, in the order given; unknown ids raise ReportError."""
    today = today or datetime.date.today()
    source = document_source(conn, path_name)
    name, unit = _kpi_text(english)
    reports = _reports(conn, action_ids)
    forms = []
    for action_id in action_ids:
        r = conn.execute(
            f"""
            SELECT a.id, a.title, a.status, a.status_reason, a.start_date, a.due_date,
                   coalesce(u.name, ''), coalesce(p.name, ''), a.owner_reason,
                   {name}, {unit}, coalesce(k.decimals, 0), a.baseline, a.expected,
                   a.measures, coalesce(m.title, ''), coalesce(m.date, ''),
                   coalesce(i.description, '')
            FROM actions a
            LEFT JOIN org_units u ON u.id = a.responsible_unit_id
            LEFT JOIN people p ON p.id = a.owner_id
            LEFT JOIN kpis k ON k.id = a.kpi_id
            LEFT JOIN issues i ON i.id = a.issue_id
            LEFT JOIN meetings m ON m.id = i.meeting_id
            WHERE a.id = ? AND a.deleted = 0
            """,
            (action_id,),
        ).fetchone()
        if r is None:
            raise ReportError(f"no action {action_id!r} in this document")
        co_units = conn.execute(
            "SELECT u.name, au.plan FROM action_units au JOIN org_units u ON u.id = au.unit_id "
            "WHERE au.action_id = ? AND au.removed = 0 ORDER BY u.sort_order, u.name",
            (action_id,),
        ).fetchall()
        due = _date(r[5])
        forms.append(
            ActionForm(
                source=source,
                id=r[0],
                title=r[1],
                status=r[2],
                overdue=due is not None and r[2] in OPEN_ACTION_STATUSES and today > due,
                status_reason=r[3] or "",
                start_date=_date(r[4]),
                due_date=due,
                responsible_unit=r[6],
                owner=r[7],
                owner_reason=r[8] or "",
                co_units=tuple((c[0], c[1] or "") for c in co_units),
                kpi_name=r[9],
                kpi_unit=r[10],
                kpi_decimals=int(r[11] or 0),
                baseline=r[12],
                expected=r[13],
                measures=r[14] or "",
                meeting_title=r[15],
                meeting_date=r[16],
                issue=r[17],
                reports=tuple(reports.get(action_id, [])),
            )
        )
    return forms


def _date(text: str | None) -> datetime.date | None:
    try:
        return datetime.date.fromisoformat(text) if text else None
    except ValueError:
        return None
