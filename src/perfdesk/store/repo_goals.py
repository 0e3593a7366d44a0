"""Reading goals and their period values (writes are in store/ops)."""

from __future__ import annotations

import sqlite3
from collections.abc import Iterable, Sequence
from typing import Any, NamedTuple

from perfdesk.core.goals import Goal
from perfdesk.store.validate import fetch_rows

_GOAL_COLUMNS = (
    "id, kpi_id, period, target, weight, title, unit_id, person_id, parent_id, target_max, archived"
)
# Stay well under SQLite's bound-parameter limit for IN (...) lists.
_CHUNK = 500


def _goal(row: tuple[Any, ...]) -> Goal:
    return Goal(
        id=row[0],
        kpi_id=row[1],
        period=row[2],
        target=row[3],
        weight=row[4] or 0.0,
        title=row[5] or "",
        unit_id=row[6],
        person_id=row[7],
        parent_id=row[8],
        target_max=row[9],
        archived=bool(row[10]),
    )


def goals_of_owner(conn: sqlite3.Connection, owner_id: str, period: str) -> list[Goal]:
    """The goals a unit or person holds for `period` (e.g. the year '2026')."""
    return goals_of_owners(conn, [owner_id], period)


def goals_of_owners(conn: sqlite3.Connection, owner_ids: Sequence[str], period: str) -> list[Goal]:
    """The goals of several holders for `period`, grouped by holder in the order given."""
    rank = {owner: i for i, owner in enumerate(owner_ids)}
    found: list[Goal] = []
    for chunk in _chunks(list(owner_ids)):
        marks = ",".join("?" * len(chunk))
        found += [
            _goal(row)
            for row in conn.execute(
                f"SELECT {_GOAL_COLUMNS} FROM goals WHERE (unit_id IN ({marks}) "
                f"OR person_id IN ({marks})) AND period = ? AND archived = 0 AND deleted = 0 "
                "ORDER BY sort_order, rowid",
                (*chunk, *chunk, period),
            )
        ]
    return sorted(found, key=lambda goal: rank[goal.owner_id])


class GoalHead(NamedTuple):
    """What a grid row needs before its values: enough to name and order the goal.

    A named tuple, made straight from the query's rows: the whole company lists ~9,500
    of them, and a frozen dataclass cost ~1.5 µs each to build (~15 ms).
    """

    id: str
    kpi_id: str
    owner_id: str
    target: float | None


def goal_heads(conn: sqlite3.Connection, owner_ids: Sequence[str], period: str) -> list[GoalHead]:
    """The goals of several holders for `period`, grouped by holder in the order given.

    One scan of the period's goals, filtered here: for the whole company (~2,000
    holders, ~9,000 goals) that is a few milliseconds where IN (...) OR IN (...)
    lists took ~0.4 s, and only four columns are read.
    """
    rank = {owner: i for i, owner in enumerate(owner_ids)}
    columns = "id, kpi_id, coalesce(person_id, unit_id), target"  # three texts to decode
    live = "period = ? AND archived = 0 AND deleted = 0"
    if len(rank) <= _CHUNK:  # a few holders: their indexes
        marks = ",".join("?" * len(rank))
        sql = (
            f"SELECT {columns} FROM goals WHERE key IN (SELECT key FROM goals WHERE {live} "
            f"AND unit_id IN ({marks}) UNION ALL SELECT key FROM goals WHERE {live} "
            f"AND person_id IN ({marks})) ORDER BY sort_order, rowid"
        )
        params: tuple[Any, ...] = (period, *rank, period, *rank)
    else:
        sql = f"SELECT {columns} FROM goals WHERE {live} ORDER BY sort_order, rowid"
        params = (period,)
    # Grouped by holder in the order given (each keeps the query's order), without a sort.
    order = sorted(rank, key=rank.__getitem__)
    by_owner: dict[str, list[GoalHead]] = {owner: [] for owner in order}
    for row in fetch_rows(conn, sql, params):
        group = by_owner.get(row[2])
        if group is not None:
            group.append(GoalHead._make(row))
    return [head for group in by_owner.values() for head in group]


def goals_by_id(conn: sqlite3.Connection, goal_ids: Iterable[str]) -> dict[str, Goal]:
    found: dict[str, Goal] = {}
    for chunk in _chunks(list(goal_ids)):
        marks = ",".join("?" * len(chunk))
        sql = f"SELECT {_GOAL_COLUMNS} FROM goals WHERE id IN ({marks}) AND deleted = 0"
        for row in fetch_rows(conn, sql, chunk):
            found[row[0]] = _goal(row)
    return found


def period_values(
    conn: sqlite3.Connection, goal_ids: Sequence[str], periods: Sequence[str]
) -> tuple[dict[tuple[str, str], float], dict[tuple[str, str], float]]:
    """(targets, actuals) keyed by (goal_id, period) for a grid of goals × periods."""
    if not periods:
        return {}, {}
    wanted = set(periods)
    # Keys of one granularity sort as text, so a BETWEEN range walks the
    # (goal_id, period) index; keys of other granularities inside it are skipped here.
    # (Measured on the company demo: 0.11 s against 0.15-0.27 s for IN (...) lists.)
    first, last = min(periods), max(periods)
    targets: dict[tuple[str, str], float] = {}
    actuals: dict[tuple[str, str], float] = {}
    for chunk in _chunks(list(goal_ids)):
        marks = ",".join("?" * len(chunk))
        # Decoded in C (fetch_rows): an expanded subtree reads ~50,000 texts here.
        for goal_id, period, target, actual in fetch_rows(
            conn, _VALUES_SQL.format(marks=marks), (*chunk, first, last)
        ):
            if period in wanted:
                # A value another tool wrote past our CHECKs (text, a BLOB) reads as no
                # value here; the check after the first paint reports the file damaged.
                if isinstance(target, (int, float)):
                    targets[(goal_id, period)] = target
                if isinstance(actual, (int, float)):
                    actuals[(goal_id, period)] = actual
    return targets, actuals


class ValueTotals(NamedTuple):
    """A goal's values over some periods, added up (see core.progress.progress_from_totals)."""

    expected: int  # periods with a target
    paired: int  # periods with a target and an actual
    target_sum: float | None  # over the paired periods
    actual_sum: float | None
    last_target: float | None  # the latest paired period's
    last_actual: float | None


NO_VALUES = ValueTotals(0, 0, None, None, None, None)

# One row per goal with any value among the periods. With one max() aggregate, the bare
# v.target and v.actual are those of the latest paired period (SQLite's rule).
_TOTALS_SQL = (
    "SELECT g.id, count(CASE WHEN typeof(v.target) IN ('integer', 'real') THEN 1 END), "
    "count(CASE WHEN {paired} THEN 1 END), sum(CASE WHEN {paired} THEN v.target END), "
    "sum(CASE WHEN {paired} THEN v.actual END), max(CASE WHEN {paired} THEN v.period END), "
    "v.target, v.actual "
    "FROM goals g JOIN goal_values v ON v.goal = g.key "
    "WHERE g.id IN ({marks}) AND v.period BETWEEN ? AND ? AND +v.period IN ({periods}) "
    "GROUP BY g.key"
)
_PAIRED = "typeof(v.target) IN ('integer', 'real') AND typeof(v.actual) IN ('integer', 'real')"


def value_totals(
    conn: sqlite3.Connection, goal_ids: Sequence[str], periods: Sequence[str]
) -> dict[str, ValueTotals]:
    """goal id -> its values over `periods` added up by the query, for progress to date:
    an expanded company goal judges a thousand goals, and reading their months into
    Python to add them up there cost more than the rest of the tree."""
    if not periods:
        return {}
    found: dict[str, ValueTotals] = {}
    for chunk in _chunks(list(goal_ids)):
        sql = _TOTALS_SQL.format(
            paired=_PAIRED, marks=",".join("?" * len(chunk)), periods=",".join("?" * len(periods))
        )
        for row in fetch_rows(conn, sql, (*chunk, min(periods), max(periods), *periods)):
            goal_id, expected, paired, target_sum, actual_sum, _latest, target, actual = row
            if paired:
                found[goal_id] = ValueTotals(
                    expected, paired, target_sum, actual_sum, target, actual
                )
            else:
                found[goal_id] = ValueTotals(expected, 0, None, None, None, None)
    return found


def month_actual_totals(
    conn: sqlite3.Connection, goal_ids: Sequence[str], months: Sequence[str]
) -> dict[str, tuple[float, int, float]]:
    """goal id -> (sum, count, last) of its actuals over `months` (month keys), added up
    by the query: the SMART check compares a target with last year's actual, and an
    expanded company goal asks it for a thousand goals' twelve months."""
    if not months:
        return {}
    found: dict[str, tuple[float, int, float]] = {}
    marks_months = ",".join("?" * len(months))
    for chunk in _chunks(list(goal_ids)):
        marks = ",".join("?" * len(chunk))
        # With one max(), the bare v.actual is the row of the latest month (SQLite's rule).
        sql = (
            "SELECT g.id, sum(v.actual), count(v.actual), max(v.period), v.actual "
            "FROM goals g JOIN goal_values v ON v.goal = g.key "
            f"WHERE g.id IN ({marks}) AND v.period BETWEEN ? AND ? "
            f"AND +v.period IN ({marks_months}) AND typeof(v.actual) IN ('integer', 'real') "
            "GROUP BY g.key"
        )
        for goal_id, total, count, _latest, last in fetch_rows(
            conn, sql, (*chunk, min(months), max(months), *months)
        ):
            found[goal_id] = (total, count, last)
    return found


def previous_year_goals(conn: sqlite3.Connection, goals: Sequence[Goal]) -> dict[str, str]:
    """goal id -> the id of the same holder's goal for the same KPI a year earlier
    (yearly goals only; the first one when there are several).

    One query per year and chunk of holders, not one per goal: an expanded company
    goal asks this for a thousand goals at once."""
    wanted: dict[str, dict[tuple[str | None, str | None, str], list[str]]] = {}
    for goal in goals:
        if len(goal.period) == 4 and goal.period.isdigit():
            key = (goal.unit_id, goal.person_id, goal.kpi_id)
            wanted.setdefault(str(int(goal.period) - 1), {}).setdefault(key, []).append(goal.id)
    found: dict[str, str] = {}
    for year, keys in wanted.items():
        rows: list[tuple[Any, ...]] = []
        for column, position in (("unit_id", 0), ("person_id", 1)):  # each by its own index
            owners = sorted({str(key[position]) for key in keys if key[position] is not None})
            for chunk in _chunks(owners):
                marks = ",".join("?" * len(chunk))
                rows += fetch_rows(
                    conn,
                    f"SELECT sort_order, key, id, unit_id, person_id, kpi_id FROM goals "
                    f"WHERE {column} IN ({marks}) AND period = ? AND archived = 0 "
                    "AND deleted = 0",
                    (*chunk, year),
                )
        first: dict[tuple[str | None, str | None, str], str] = {}
        for _order, _key, row_id, unit, person, kpi in sorted(rows, key=lambda r: (r[0], r[1])):
            first.setdefault((unit, person, kpi), str(row_id))
        for key, ids in keys.items():
            if key in first:
                for goal_id in ids:
                    found[goal_id] = first[key]
    return found


def entry_state(
    conn: sqlite3.Connection, goal_ids: Sequence[str], periods: Sequence[str]
) -> tuple[dict[str, str], set[tuple[str, str]]]:
    """What a grid needs to know before letting a cell be typed into: each goal's
    entry granularity ('month', 'ten_day', 'week'), and the (goal id, period) values
    among `periods` that are locked (a closed period)."""
    granularity: dict[str, str] = {}
    locked: set[tuple[str, str]] = set()
    wanted = set(periods)
    for chunk in _chunks(list(goal_ids)):
        marks = ",".join("?" * len(chunk))
        granularity.update(
            conn.execute(f"SELECT id, granularity FROM goals WHERE id IN ({marks})", chunk)
        )
        for goal_id, period in conn.execute(
            "SELECT g.id, v.period FROM goals g JOIN goal_values v ON v.goal = g.key "
            f"WHERE g.id IN ({marks}) AND v.locked = 1",
            chunk,
        ):
            if period in wanted:
                locked.add((goal_id, period))
    return granularity, locked


class DeviationNote(NamedTuple):
    """A goal period's note in three steps (see ops.set_deviation_note)."""

    gap: str
    internal_cause: str
    external_cause: str
    internal_measures: str
    external_needs: str

    @property
    def empty(self) -> bool:
        return not any(self)

    @property
    def first_line(self) -> str:
        """The note's first non-empty line, for a tooltip."""
        for text in self:
            for line in text.splitlines():
                if line.strip():
                    return line.strip()
        return ""


def deviation_notes(
    conn: sqlite3.Connection, goal_ids: Sequence[str], periods: Sequence[str]
) -> dict[tuple[str, str], DeviationNote]:
    """The (non-empty) deviation notes of a grid of goals × periods, by (goal id, period)."""
    found: dict[tuple[str, str], DeviationNote] = {}
    if not periods:
        return found
    wanted = set(periods)
    first, last = min(periods), max(periods)
    for chunk in _chunks(list(goal_ids)):
        marks = ",".join("?" * len(chunk))
        for row in conn.execute(
            "SELECT g.id, n.period, n.gap, n.internal_cause, n.external_cause, "
            "n.internal_measures, n.external_needs FROM goals g "
            "JOIN deviation_notes n ON n.goal = g.key "
            f"WHERE g.id IN ({marks}) AND n.period BETWEEN ? AND ?",
            (*chunk, first, last),
        ):
            note = DeviationNote(*row[2:])
            if row[1] in wanted and not note.empty:
                found[(row[0], row[1])] = note
    return found


# The goals' local keys first (the id index), then each goal's run of periods in the
# (goal, period) primary key of the WITHOUT ROWID value table.
_VALUES_SQL = (
    "SELECT g.id, v.period, v.target, v.actual FROM goals g "
    "JOIN goal_values v ON v.goal = g.key "
    "WHERE g.id IN ({marks}) AND v.period BETWEEN ? AND ?"
)


def latest_actual_period(conn: sqlite3.Connection) -> str | None:
    """The newest month ('YYYY-MM') with any actual, kept in meta by the writers."""
    row = conn.execute("SELECT value FROM meta WHERE key = 'latest_actual_month'").fetchone()
    return row[0] if row and row[0] else None


# Each holder's earliest goal, from the goals_unit(unit_id, period) and
# goals_person(person_id, period) indexes alone (every goal has a unit or a person, and
# they reference org_units and people): no table page is read, deleted goals included.
_FIRST_PERIOD_SEEN = """
SELECT min(first) FROM (
  SELECT (SELECT min(period) FROM goals WHERE unit_id = u.id) AS first FROM org_units u
  UNION ALL
  SELECT (SELECT min(period) FROM goals WHERE person_id = p.id) FROM people p)
"""


def first_goal_year(conn: sqlite3.Connection) -> int | None:
    """The earliest year any goal is set for (None without goals).

    Read from the holders' index entries, then confirmed by one live goal of that period;
    only if every goal of it was deleted are all goals read. On the company file (five
    years, 47,000 goals, a cold cache) 6 ms against 16 ms for reading every goal.
    """
    seen = conn.execute(_FIRST_PERIOD_SEEN).fetchone()[0]
    if seen is None:
        return None
    live = conn.execute(
        "SELECT 1 FROM goals WHERE period = ? AND deleted = 0 LIMIT 1", (seen,)
    ).fetchone()
    if live is not None:
        value = seen[:4]
    else:  # deleted goals came first: look at all of them
        row = conn.execute(
            "SELECT MIN(substr(period, 1, 4)) FROM goals WHERE deleted = 0"
        ).fetchone()
        value = row[0] if row else None
    return int(value) if isinstance(value, str) and value.isdigit() else None


def _chunks(items: list[str]) -> Iterable[list[str]]:
    for start in range(0, len(items), _CHUNK):
        yield items[start : start + _CHUNK]


def child_goals(conn: sqlite3.Connection, parent_ids: Sequence[str]) -> list[Goal]:
    """The live goals that contribute to these goals, any holder, in their order."""
    found: list[Goal] = []
    for chunk in _chunks(list(parent_ids)):
        marks = ",".join("?" * len(chunk))
        found += [
            _goal(row)
            for row in fetch_rows(
                conn,
                f"SELECT {_GOAL_COLUMNS} FROM goals WHERE parent_id IN ({marks}) "
                "AND archived = 0 AND deleted = 0 ORDER BY sort_order, rowid",
                chunk,
            )
        ]
    return found


def with_children(conn: sqlite3.Connection, goal_ids: Sequence[str]) -> set[str]:
    """Which of these goals have live child goals (the tree's expand marks)."""
    found: set[str] = set()
    for chunk in _chunks(list(goal_ids)):
        marks = ",".join("?" * len(chunk))
        found.update(
            row[0]
            for row in fetch_rows(
                conn,
                f"SELECT DISTINCT parent_id FROM goals WHERE parent_id IN ({marks}) "
                "AND archived = 0 AND deleted = 0",
                chunk,
            )
        )
    return found


class GoalDependents(NamedTuple):
    children: int  # live goals contributing to it
    values: int  # period values holding a target or an actual
    actions: int  # live improvement actions on it
    notes: int  # deviation notes


def goal_dependents(conn: sqlite3.Connection, goal_id: str) -> GoalDependents:
    """What depends on a goal: the archive dialog lists it."""
    row = conn.execute(
        "SELECT (SELECT count(*) FROM goals WHERE parent_id = ?1 AND archived = 0 AND deleted = 0),"
        " (SELECT count(*) FROM goal_values WHERE goal = (SELECT key FROM goals WHERE id = ?1)"
        "  AND (target IS NOT NULL OR actual IS NOT NULL)),"
        " (SELECT count(*) FROM actions WHERE goal_id = ?1 AND archived = 0 AND deleted = 0),"
        " (SELECT count(*) FROM deviation_notes"
        "  WHERE goal = (SELECT key FROM goals WHERE id = ?1))",
        (goal_id,),
    ).fetchone()
    return GoalDependents(*row)


def archived_goals_of_owner(conn: sqlite3.Connection, owner_id: str, period: str) -> list[Goal]:
    """The archived (not deleted) goals a unit or person holds for `period`, to restore."""
    return [
        _goal(row)
        for row in conn.execute(
            f"SELECT {_GOAL_COLUMNS} FROM goals WHERE (unit_id = ? OR person_id = ?) "
            "AND period = ? AND archived = 1 AND deleted = 0 ORDER BY sort_order, rowid",
            (owner_id, owner_id, period),
        )
    ]
