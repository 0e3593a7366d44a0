"""Reading what cascading and splitting a goal need (writes are in store/ops/cascade.py).

A goal with its entry granularity and its KPI's rules, the candidates to cascade to
(with their last-year actual on the KPI, headcount and any goal they already hold on
it), a goal's stored period targets and closed periods, and last year's actuals of
the same holder on the same KPI (the shape LAST_YEAR splits by), and the document's
named seasonal profiles.
"""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from perfdesk.core.split import MONTHS, fits_entry
from perfdesk.store.validate import fetch_rows

_CHUNK = 500


@dataclass(frozen=True)
class GoalInfo:
    id: str
    key: int
    kpi_id: str
    period: str
    granularity: str
    target: float | None
    weight: float
    title: str
    unit_id: str | None
    person_id: str | None
    parent_id: str | None
    archived: bool
    aggregation: str | None  # None: the KPI is gone
    decimals: int

    @property
    def owner_id(self) -> str:
        return self.person_id or self.unit_id or ""


_INFO_SQL = (
    "SELECT g.id, g.key, g.kpi_id, g.period, g.granularity, g.target, g.weight, g.title, "
    "g.unit_id, g.person_id, g.parent_id, g.archived, k.aggregation, k.decimals "
    "FROM goals g LEFT JOIN kpis k ON k.id = g.kpi_id AND k.deleted = 0 "
)


def goal_info(conn: sqlite3.Connection, goal_id: str) -> GoalInfo | None:
    """The goal (not deleted) with its KPI's aggregation and decimals, or None."""
    row = conn.execute(_INFO_SQL + "WHERE g.id = ? AND g.deleted = 0", (goal_id,)).fetchone()
    return None if row is None else _info(row)


def goal_infos(conn: sqlite3.Connection, goal_ids: Sequence[str]) -> dict[str, GoalInfo]:
    """`goal_info` for many goals, in one query per 500."""
    found: dict[str, GoalInfo] = {}
    for chunk in _chunks(list(goal_ids)):
        marks = ",".join("?" * len(chunk))
        sql = _INFO_SQL + f"WHERE g.id IN ({marks}) AND g.deleted = 0"
        for row in fetch_rows(conn, sql, chunk):  # text decoded in C: every goal of a year
            found[str(row[0])] = _info(row)
    return found


def _info(row: tuple[object, ...]) -> GoalInfo:
    return GoalInfo(
        str(row[0]),
        int(row[1]),  # type: ignore[call-overload]
        str(row[2]),
        str(row[3]),
        str(row[4]),
        row[5],  # type: ignore[arg-type]
        float(row[6] or 0),  # type: ignore[arg-type]
        str(row[7] or ""),
        row[8],  # type: ignore[arg-type]
        row[9],  # type: ignore[arg-type]
        row[10],  # type: ignore[arg-type]
        bool(row[11]),
        row[12],  # type: ignore[arg-type]
        int(row[13] or 0),  # type: ignore[call-overload]
    )


def period_targets(
    conn: sqlite3.Connection, goal: GoalInfo
) -> tuple[dict[str, float | None], set[str]]:
    """(period -> stored target, the closed periods) of a goal at its entry granularity."""
    targets: dict[str, float | None] = {}
    closed: set[str] = set()
    for period, target, locked in conn.execute(
        "SELECT period, target, locked FROM goal_values WHERE goal = ?", (goal.key,)
    ):
        if not fits_entry(period, goal.granularity, goal.period):
            continue
        targets[period] = target
        if locked:
            closed.add(period)
    return targets, closed


def last_year_actuals(conn: sqlite3.Connection, goal: GoalInfo) -> dict[str, float | None]:
    """The actuals of the same holder on the same KPI a year before `goal`'s period
    (any granularity they were entered at), by period key. Empty without history."""
    try:
        year = int(goal.period[:4])
    except ValueError:
        return {}
    earlier = goal.period.replace(str(year), str(year - 1), 1)
    found: dict[str, float | None] = {}
    for period, actual in conn.execute(
        "SELECT v.period, v.actual FROM goals g JOIN goal_values v ON v.goal = g.key "
        "WHERE g.unit_id IS ? AND g.person_id IS ? AND g.kpi_id = ? AND g.period = ? "
        "AND g.deleted = 0 AND v.actual IS NOT NULL ORDER BY g.sort_order DESC, g.key DESC",
        (goal.unit_id, goal.person_id, goal.kpi_id, earlier),
    ):
        found[period] = actual  # the first goal's value wins (rows come last-first)
    return found


@dataclass(frozen=True)
class Candidate:
    """A unit or person a goal can be cascaded to, with what the shares need."""

    id: str
    name: str
    is_person: bool
    kind: str  # the unit's kind, or 'person'
    headcount: int
    last_year: float | None
    existing_goal_id: str | None
    locked: bool = False  # the existing goal has closed (locked) periods


def child_units(conn: sqlite3.Connection, unit_id: str) -> list[tuple[str, str, str]]:
    """(id, name, kind) of the live units directly under `unit_id`, in tree order."""
    return [
        (str(r[0]), str(r[1]), str(r[2]))
        for r in conn.execute(
            "SELECT id, name, kind FROM org_units WHERE parent_id = ? AND archived = 0 "
            "AND deleted = 0 ORDER BY sort_order, name",
            (unit_id,),
        )
    ]


def unit_people(conn: sqlite3.Connection, unit_id: str) -> list[tuple[str, str]]:
    """(id, name) of the live people of a unit."""
    return [
        (str(r[0]), str(r[1]))
        for r in conn.execute(
            "SELECT id, name FROM people WHERE unit_id = ? AND archived = 0 AND deleted = 0 "
            "ORDER BY name",
            (unit_id,),
        )
    ]


def headcounts(conn: sqlite3.Connection) -> dict[str, int]:
    """Live people per unit, each counted in their unit and every unit above it."""
    parents = dict(conn.execute("SELECT id, parent_id FROM org_units WHERE deleted = 0").fetchall())
    counts: dict[str, int] = {}
    for (unit_id,) in conn.execute("SELECT unit_id FROM people WHERE archived = 0 AND deleted = 0"):
        seen = set()
        while unit_id is not None and unit_id not in seen:
            seen.add(unit_id)
            counts[unit_id] = counts.get(unit_id, 0) + 1
            unit_id = parents.get(unit_id)
    return counts


def candidates(
    conn: sqlite3.Connection,
    holders: Sequence[tuple[str, str, bool, str]],
    kpi_id: str,
    period: str,
) -> list[Candidate]:
    """The holders (id, name, is_person, kind) with their headcount, their actual on the
    KPI a year before `period` (summed over its values) and their live goal on the KPI
    for `period` (the first one, if several)."""
    ids = [h[0] for h in holders]
    counts = headcounts(conn)
    try:
        year = int(period[:4])
    except ValueError:
        year = 0
    earlier = period.replace(str(year), str(year - 1), 1)
    existing = _goals_on(conn, ids, kpi_id, period)
    last = _totals(conn, ids, kpi_id, earlier)
    closed = _with_closed_periods(conn, list(existing.values()))
    return [
        Candidate(
            holder_id,
            name,
            is_person,
            kind,
            1 if is_person else counts.get(holder_id, 0),
            last.get(holder_id),
            existing.get(holder_id),
            existing.get(holder_id) in closed,
        )
        for holder_id, name, is_person, kind in holders
    ]


def _with_closed_periods(conn: sqlite3.Connection, goal_ids: Sequence[str]) -> set[str]:
    """The goals among `goal_ids` that have a closed (locked) period value."""
    found: set[str] = set()
    for chunk in _chunks(goal_ids):
        marks = ",".join("?" * len(chunk))
        found.update(
            str(r[0])
            for r in conn.execute(
                f"SELECT DISTINCT g.id FROM goals g JOIN goal_values v ON v.goal = g.key "
                f"WHERE v.locked = 1 AND g.id IN ({marks})",
                tuple(chunk),
            )
        )
    return found


def _goals_on(
    conn: sqlite3.Connection, ids: Sequence[str], kpi_id: str, period: str
) -> dict[str, str]:
    found: dict[str, str] = {}
    for chunk in _chunks(ids):
        marks = ",".join("?" * len(chunk))
        for owner, goal_id in conn.execute(
            "SELECT coalesce(person_id, unit_id), id FROM goals WHERE kpi_id = ? AND period = ? "
            f"AND deleted = 0 AND archived = 0 AND (unit_id IN ({marks}) OR person_id IN "
            f"({marks})) ORDER BY sort_order DESC, key DESC",
            (kpi_id, period, *chunk, *chunk),
        ):
            found[owner] = goal_id
    return found


def _totals(
    conn: sqlite3.Connection, ids: Sequence[str], kpi_id: str, period: str
) -> dict[str, float]:
    found: dict[str, float] = {}
    for chunk in _chunks(ids):
        marks = ",".join("?" * len(chunk))
        for owner, total in conn.execute(
            "SELECT coalesce(g.person_id, g.unit_id), sum(v.actual) FROM goals g "
            "JOIN goal_values v ON v.goal = g.key WHERE g.kpi_id = ? AND g.period = ? "
            f"AND g.deleted = 0 AND (g.unit_id IN ({marks}) OR g.person_id IN ({marks})) "
            "AND v.actual IS NOT NULL GROUP BY 1",
            (kpi_id, period, *chunk, *chunk),
        ):
            found[owner] = total
    return found


def _chunks(items: Sequence[str]) -> Iterable[Sequence[str]]:
    for start in range(0, len(items), _CHUNK):
        yield items[start : start + _CHUNK]


@dataclass(frozen=True)
class Profile:
    """A named seasonal profile: twelve month weights."""

    id: str
    name: str
    weights: tuple[float, ...]


def load_profiles(conn: sqlite3.Connection) -> list[Profile]:
    """The live seasonal profiles by name; a row whose weights are not twelve numbers
    (a hand-edited file) is left out rather than offered."""
    found = []
    for profile_id, name, text in conn.execute(
        "SELECT id, name, weights FROM period_profiles WHERE archived = 0 AND deleted = 0 "
        "ORDER BY name"
    ):
        try:
            weights = tuple(float(w) for w in json.loads(text))
        except (TypeError, ValueError):
            continue
        if len(weights) == MONTHS and all(w >= 0 for w in weights) and any(weights):
            found.append(Profile(str(profile_id), str(name), weights))
    return found
