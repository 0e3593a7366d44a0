"""Operations: the changes a user makes, each one transaction with its inverse.

Every function takes the write lock first (one transaction, BEGIN IMMEDIATE),
validates inside it (bad input raises OpError with a message for the user and the
transaction rolls back: nothing is written), writes with the transaction's stamp and
this document's source, and returns an OpResult: which tables and rows changed (so
the window refreshes only those) and the inverse operation (so the undo stack stores
an operation, not a copy of the database). Nothing is hard-deleted: the undo of an
add marks the row deleted (a tombstone a merge can carry), and a cleared value stays
a row with no value.

Single-row writes use plain SQL on the document's connection; sqlite-utils (and
the pandas it pulls in) is kept for schema work and bulk inserts.
"""

from __future__ import annotations

import math
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from perfdesk.core.goals import would_create_cycle
from perfdesk.core.ids import new_id
from perfdesk.core.kpi import Aggregation, Direction, Perspective
from perfdesk.core.org import CommitteeRole, UnitKind
from perfdesk.core.periods import (
    Granularity,
    PeriodError,
    belongs_to,
    granularity_of,
    parse_period,
)
from perfdesk.store.document import Document
from perfdesk.store.schema_v3 import MAX_MAGNITUDE, MAX_NAME, MAX_TEXT

# Entity tables the generic helpers may touch (names are never taken from input).
_TABLES = frozenset({"org_units", "people", "kpis", "goals"})
_MONTH = "[0-9][0-9][0-9][0-9]-[01][0-9]"


class OpError(ValueError):
    """Input a user can correct; the message says what is wrong. Nothing was written."""


@dataclass(frozen=True)
class Changes:
    tables: frozenset[str] = frozenset()
    ids: frozenset[str] = frozenset()

    def __or__(self, other: Changes) -> Changes:
        return Changes(self.tables | other.tables, self.ids | other.ids)


@dataclass(frozen=True)
class OpResult:
    changes: Changes
    undo: Callable[[Document], OpResult] = field(repr=False)
    row_id: str | None = None  # the row an add_* operation created


# -- organisation -------------------------------------------------------------
def add_org_unit(
    doc: Document, name: str, kind: UnitKind | str, parent_id: str | None = None, code: str = ""
) -> OpResult:
    name = _name(name, "unit name")
    unit_kind = _enum(UnitKind, kind, "unit kind")
    if unit_kind is UnitKind.COMPANY and parent_id is not None:
        raise OpError("A company is the top of the tree and cannot have a parent unit.")
    if unit_kind is not UnitKind.COMPANY and parent_id is None:
        raise OpError("A department or team needs the unit it belongs to.")
    with doc.transaction() as conn:
        if parent_id is not None:
            _require(doc, "org_units", parent_id, "parent unit")
        clash = conn.execute(
            "SELECT 1 FROM org_units WHERE archived = 0 AND deleted = 0 AND name = ? "
            "AND parent_id IS ?",
            (name, parent_id),
        ).fetchone()
        if clash:
            raise OpError(f"There is already a unit named “{name}” at this level.")
        return _insert(
            doc,
            "org_units",
            {
                "parent_id": parent_id,
                "kind": unit_kind.value,
                "name": name,
                "code": _text(code, 40, "unit code"),
            },
        )


def add_person(
    doc: Document,
    name: str,
    unit_id: str,
    title: str = "",
    email: str = "",
    committee_role: CommitteeRole | str | None = None,
    employee_no: str = "",
) -> OpResult:
    name = _name(name, "name")
    role = (
        None
        if committee_role in (None, "")
        else _enum(CommitteeRole, committee_role, "committee role")
    )
    number = _text(employee_no, 40, "employee number") or None
    with doc.transaction() as conn:
        _require(doc, "org_units", unit_id, "unit")
        if (
            number
            and conn.execute(
                "SELECT 1 FROM people WHERE employee_no = ? AND deleted = 0", (number,)
            ).fetchone()
        ):
            raise OpError(f"The employee number “{number}” is already someone else's.")
        return _insert(
            doc,
            "people",
            {
                "unit_id": unit_id,
                "name": name,
                "title": _text(title, MAX_NAME, "title"),
                "employee_no": number,
                "email": _text(email, MAX_NAME, "email"),
                "committee_role": role.value if role else None,
            },
        )


# -- KPI library --------------------------------------------------------------
def add_kpi(
    doc: Document,
    code: str,
    name_zh: str = "",
    *,
    name_en: str = "",
    unit: str = "",
    unit_en: str | None = None,
    direction: Direction | str = Direction.HIGHER,
    aggregation: Aggregation | str = Aggregation.SUM,
    decimals: int = 0,
    perspective: Perspective | str = Perspective.FINANCIAL,
    amber_below: float = 1.0,
    red_below: float = 0.9,
    numerator_id: str | None = None,
    denominator_id: str | None = None,
    description: str = "",
    description_en: str = "",
) -> OpResult:
    """A KPI of the user's own; `name_zh`/`unit`/`description` are the Chinese texts."""
    code = _name(code, "KPI code")
    names = (_text(name_zh, MAX_NAME, "KPI name"), _text(name_en, MAX_NAME, "English name"))
    if not any(names):
        raise OpError("The KPI name cannot be empty.")
    rule = _enum(Aggregation, aggregation, "aggregation")
    if not 0 <= decimals <= 6:
        raise OpError("Decimals must be between 0 and 6.")
    amber, red = _number(amber_below, "amber threshold"), _number(red_below, "red threshold")
    if not 0 < red <= amber <= 10:
        raise OpError("The red threshold must be above 0 and not above the amber threshold.")
    if rule is Aggregation.RATIO and (not numerator_id or not denominator_id):
        raise OpError("A ratio KPI needs a numerator KPI and a denominator KPI.")
    unit_zh = _text(unit, 40, "unit")
    with doc.transaction() as conn:
        if conn.execute(
            "SELECT 1 FROM kpis WHERE code = ? AND archived = 0 AND deleted = 0", (code,)
        ).fetchone():
            raise OpError(f"A KPI with the code “{code}” already exists.")
        if rule is Aggregation.RATIO:
            _require(doc, "kpis", str(numerator_id), "numerator KPI")
            _require(doc, "kpis", str(denominator_id), "denominator KPI")
        return _insert(
            doc,
            "kpis",
            {
                "code": code,
                "name_zh": names[0],
                "name_en": names[1],
                "unit_zh": unit_zh,
                "unit_en": unit_zh if unit_en is None else _text(unit_en, 40, "unit"),
                "description_zh": _text(description, MAX_TEXT, "description"),
                "description_en": _text(description_en, MAX_TEXT, "description"),
                "direction": _enum(Direction, direction, "direction").value,
                "aggregation": rule.value,
                "decimals": int(decimals),
                "perspective": _enum(Perspective, perspective, "perspective").value,
                "amber_below": amber,
                "red_below": red,
                "numerator_id": numerator_id,
                "denominator_id": denominator_id,
            },
        )


# -- goals and their values -----------------------------------------------------
def add_goal(
    doc: Document,
    kpi_id: str,
    period: str,
    target: float | None,
    weight: float,
    *,
    unit_id: str | None = None,
    person_id: str | None = None,
    parent_id: str | None = None,
    title: str = "",
    target_max: float | None = None,
    granularity: Granularity | str = Granularity.MONTH,
) -> OpResult:
    if (unit_id is None) == (person_id is None):
        raise OpError("A goal belongs to exactly one unit or one person.")
    key = _period_key(period)
    weight = _number(weight, "weight")
    if not 0 <= weight <= 100:
        raise OpError("The weight must be between 0 and 100 %.")
    entry = _enum(Granularity, granularity, "granularity")
    if entry not in (Granularity.MONTH, Granularity.TEN_DAY, Granularity.WEEK):
        raise OpError("Values are entered by month, 10-day period or week.")
    with doc.transaction():
        if unit_id is not None:
            _require(doc, "org_units", unit_id, "unit")
        if person_id is not None:
            _require(doc, "people", person_id, "person")
        _require(doc, "kpis", kpi_id, "KPI")
        if parent_id is not None:
            _require(doc, "goals", parent_id, "parent goal")
        return _insert(
            doc,
            "goals",
            {
                "parent_id": parent_id,
                "kpi_id": kpi_id,
                "unit_id": unit_id,
                "person_id": person_id,
                "period": key,
                "granularity": entry.value,
                "title": _text(title, MAX_TEXT, "goal description"),
                "weight": weight,
                "target": None if target is None else _number(target, "target"),
                "target_max": None if target_max is None else _number(target_max, "upper target"),
            },
        )


def set_goal_parent(doc: Document, goal_id: str, parent_id: str | None) -> OpResult:
    """Link a goal to the goal it contributes to (refused when it would close a loop)."""
    with doc.transaction() as conn:
        old = _require(doc, "goals", goal_id, "goal")["parent_id"]
        if parent_id is not None:
            _require(doc, "goals", parent_id, "parent goal")
            parents = dict(conn.execute("SELECT id, parent_id FROM goals").fetchall())
            if would_create_cycle(goal_id, parent_id, parents):
                raise OpError(
                    "That parent goal already depends on this goal; the link would make a loop."
                )
        return _update(
            doc,
            "goals",
            goal_id,
            {"parent_id": parent_id},
            lambda d: set_goal_parent(d, goal_id, old),
        )


def set_actual(doc: Document, goal_id: str, period: str, value: float | None) -> OpResult:
    """Enter (or with None, clear) a goal's actual value for one period."""
    key = _period_key(period)
    with doc.transaction() as conn:
        goal = _require(doc, "goals", goal_id, "goal")
        if granularity_of(key) is not Granularity(goal["granularity"]):
            raise OpError(
                f"This goal's values are entered by {goal['granularity'].replace('_', '-')}, "
                f"not as {key}."
            )
        if not belongs_to(key, goal["period"]):
            raise OpError(f"{key} lies outside the goal's period {goal['period']}.")
        if value is not None:
            value = _number(value, "value")
            low, high = conn.execute(
                "SELECT min_value, max_value FROM kpis WHERE id = ?", (goal["kpi_id"],)
            ).fetchone()
            if (low is not None and value < low) or (high is not None and value > high):
                raise OpError(
                    f"{value:g} is outside the KPI's allowed range {_fmt(low)} to {_fmt(high)}."
                )
        row = conn.execute(
            "SELECT actual FROM goal_values WHERE goal = ? AND period = ?", (goal["key"], key)
        ).fetchone()
        old_value = None if row is None else row[0]
        conn.execute(
            "INSERT INTO goal_values (goal, period, actual, stamp, source) "
            "VALUES (?, ?, ?, ?, ?) ON CONFLICT (goal, period) DO UPDATE SET "
            "actual = excluded.actual, stamp = excluded.stamp, source = excluded.source",
            (goal["key"], key, value, doc.stamp, doc.source),
        )
        _track_latest_month(doc, key, value)
    return OpResult(
        Changes(frozenset({"goal_values"}), frozenset({goal_id})),
        lambda d: set_actual(d, goal_id, key, old_value),
    )


def _track_latest_month(doc: Document, key: str, value: float | None) -> None:
    """Keep meta('latest_actual_month') so opening needs no scan of a million values."""
    if granularity_of(key) is not Granularity.MONTH:
        return
    latest = doc.meta("latest_actual_month")
    if value is not None and key > latest:
        _set_meta(doc, "latest_actual_month", key)
    elif value is None and key == latest:
        _set_meta(doc, "latest_actual_month", latest_actual_month(doc))


def latest_actual_month(doc: Document) -> str:
    """The newest 'YYYY-MM' with an actual, found by a scan (only after clearing one)."""
    row = doc.conn.execute(
        f"SELECT max(period) FROM goal_values WHERE actual IS NOT NULL AND period GLOB '{_MONTH}'"
    ).fetchone()
    return str(row[0]) if row and row[0] else ""


def _set_meta(doc: Document, key: str, value: str) -> None:
    doc.conn.execute(
        "INSERT INTO meta(key, value) VALUES (?, ?) "
        "ON CONFLICT(key) DO UPDATE SET value = excluded.value",
        (key, value),
    )


def set_archived(doc: Document, table: str, row_id: str, archived: bool) -> OpResult:
    """Archive (hide, keeping history) or restore a row; nothing with history is deleted."""
    if table not in _TABLES:
        raise ValueError(f"{table} rows are not archived")
    with doc.transaction() as conn:
        row = _require(doc, table, row_id, "row", include_archived=True)
        if table == "kpis" and not archived and row["archived"]:
            clash = conn.execute(
                "SELECT 1 FROM kpis WHERE code = ? AND archived = 0 AND deleted = 0",
                (row["code"],),
            ).fetchone()
            if clash:
                raise OpError(
                    f"Another active KPI has the code “{row['code']}”; archive it or change "
                    "its code before restoring this one."
                )
        old = bool(row["archived"])
        return _update(
            doc,
            table,
            row_id,
            {"archived": int(archived)},
            lambda d: set_archived(d, table, row_id, old),
        )


# -- helpers --------------------------------------------------------------------
def _insert(doc: Document, table: str, values: dict[str, Any]) -> OpResult:
    """Insert an entity inside the caller's transaction; its undo marks it deleted."""
    row_id = new_id()
    row = {
        "id": row_id,
        **values,
        "created": doc.stamp,
        "stamp": doc.stamp,
        "source": doc.source,
    }
    doc.conn.execute(
        f"INSERT INTO {table} ({', '.join(row)}) VALUES ({', '.join('?' * len(row))})",
        tuple(row.values()),
    )
    return OpResult(
        Changes(frozenset({table}), frozenset({row_id})),
        lambda d: _set_deleted(d, table, row_id, True),
        row_id,
    )


def _set_deleted(doc: Document, table: str, row_id: str, deleted: bool) -> OpResult:
    """The undo of an add (a tombstone a merge can carry) and its redo."""
    with doc.transaction() as conn:
        found = conn.execute(f"SELECT 1 FROM {table} WHERE id = ?", (row_id,)).fetchone()
        if found is None:
            raise OpError("The row no longer exists (it may have been removed meanwhile).")
        conn.execute(
            f"UPDATE {table} SET deleted = ?, stamp = ?, source = ? WHERE id = ?",
            (int(deleted), doc.stamp, doc.source, row_id),
        )
    return OpResult(
        Changes(frozenset({table}), frozenset({row_id})),
        lambda d: _set_deleted(d, table, row_id, not deleted),
        row_id,
    )


def _update(
    doc: Document,
    table: str,
    row_id: str,
    values: dict[str, Any],
    undo: Callable[[Document], OpResult],
) -> OpResult:
    assignments = ", ".join(f"{column} = ?" for column in values)
    with doc.transaction() as conn:
        conn.execute(
            f"UPDATE {table} SET {assignments}, stamp = ?, source = ? WHERE id = ?",
            (*values.values(), doc.stamp, doc.source, row_id),
        )
    return OpResult(Changes(frozenset({table}), frozenset({row_id})), undo)


def _require(
    doc: Document, table: str, row_id: str, what: str, include_archived: bool = False
) -> dict[str, Any]:
    assert table in _TABLES
    cursor = doc.conn.execute(f"SELECT * FROM {table} WHERE id = ? AND deleted = 0", (row_id,))
    values = cursor.fetchone()
    if values is None:
        raise OpError(f"The {what} no longer exists (it may have been removed meanwhile).")
    row = dict(zip([c[0] for c in cursor.description], values, strict=True))
    if not include_archived and row.get("archived"):
        raise OpError(f"The {what} is archived; restore it first.")
    return row


def _name(text: str, what: str) -> str:
    cleaned = _text(text, MAX_NAME, what)
    if not cleaned:
        raise OpError(f"The {what} cannot be empty.")
    return cleaned


def _text(text: str, limit: int, what: str) -> str:
    cleaned = (text or "").strip()
    if any(ord(ch) < 32 and ch not in "\n\t" for ch in cleaned):
        raise OpError(f"The {what} contains control characters.")
    if len(cleaned) > limit:
        raise OpError(
            f"The {what} is {len(cleaned):,} characters long; at most {limit:,} are allowed."
        )
    return cleaned


def _number(value: float, what: str) -> float:
    try:
        number = float(value)
    except (TypeError, ValueError):
        raise OpError(f"The {what} must be a number, not “{value}”.") from None
    if not math.isfinite(number):
        raise OpError(f"The {what} must be a finite number.")
    if abs(number) > MAX_MAGNITUDE:
        raise OpError(f"The {what} is too large (at most {MAX_MAGNITUDE:,.0f} either way).")
    return 0.0 if number == 0 else number  # no -0.0 in the file


def _period_key(text: str) -> str:
    try:
        return parse_period(text).key
    except PeriodError as error:
        raise OpError(str(error)) from None


def _enum(kind: Any, value: Any, what: str) -> Any:
    try:
        return kind(value)
    except ValueError:
        choices = ", ".join(member.value for member in kind)
        raise OpError(f"“{value}” is not a valid {what} (one of {choices}).") from None


def _fmt(value: float | None) -> str:
    return "any" if value is None else f"{value:g}"
