"""Operations: the changes a user makes, each one transaction with its inverse.

Every function validates its input first (bad input raises OpError with a
message for the user, and nothing is written), then writes in one transaction,
stamps updated_at, and returns an OpResult: which tables and rows changed (so
the window refreshes only those) and the inverse operation (so the undo stack
stores an operation, not a copy of the database).

Single-row writes use plain SQL on the document's connection; sqlite-utils (and
the pandas it pulls in) is kept for schema work and bulk inserts.
"""

from __future__ import annotations

import math
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from perfdesk.core.goals import would_create_cycle
from perfdesk.core.ids import new_id, utc_now
from perfdesk.core.kpi import Aggregation, Direction, Perspective
from perfdesk.core.org import CommitteeRole, UnitKind
from perfdesk.core.periods import PeriodError, parse_period
from perfdesk.store.document import Document

MAX_NAME = 200
MAX_TEXT = 20_000
# Tables whose rows the generic helpers may touch (names are never taken from input).
_TABLES = frozenset({"org_units", "people", "kpis", "goals", "goal_targets", "actuals"})


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
    if parent_id is not None:
        _require(doc, "org_units", parent_id, "parent unit")
    clash = doc.conn.execute(
        "SELECT 1 FROM org_units WHERE archived = 0 AND name = ? AND parent_id IS ?",
        (name, parent_id),
    ).fetchone()
    if clash:
        raise OpError(f"There is already a unit named “{name}” at this level.")
    return _insert(
        doc,
        "org_units",
        {"parent_id": parent_id, "kind": unit_kind.value, "name": name, "code": code.strip()},
    )


def add_person(
    doc: Document,
    name: str,
    unit_id: str,
    title: str = "",
    email: str = "",
    committee_role: CommitteeRole | str | None = None,
) -> OpResult:
    name = _name(name, "name")
    _require(doc, "org_units", unit_id, "unit")
    role = (
        None
        if committee_role in (None, "")
        else _enum(CommitteeRole, committee_role, "committee role")
    )
    return _insert(
        doc,
        "people",
        {
            "unit_id": unit_id,
            "name": name,
            "title": _text(title, MAX_NAME, "title"),
            "email": _text(email, MAX_NAME, "email"),
            "committee_role": role.value if role else None,
        },
    )


# -- KPI library --------------------------------------------------------------
def add_kpi(
    doc: Document,
    code: str,
    name: str,
    *,
    unit: str = "",
    direction: Direction | str = Direction.HIGHER,
    aggregation: Aggregation | str = Aggregation.SUM,
    decimals: int = 0,
    perspective: Perspective | str = Perspective.FINANCIAL,
    amber_below: float = 1.0,
    red_below: float = 0.9,
    name_en: str = "",
    numerator_id: str | None = None,
    denominator_id: str | None = None,
    description: str = "",
) -> OpResult:
    code = _name(code, "KPI code")
    name = _name(name, "KPI name")
    rule = _enum(Aggregation, aggregation, "aggregation")
    if doc.conn.execute("SELECT 1 FROM kpis WHERE code = ? AND archived = 0", (code,)).fetchone():
        raise OpError(f"A KPI with the code “{code}” already exists.")
    if not 0 <= decimals <= 6:
        raise OpError("Decimals must be between 0 and 6.")
    amber, red = _number(amber_below, "amber threshold"), _number(red_below, "red threshold")
    if not 0 < red <= amber:
        raise OpError("The red threshold must be above 0 and not above the amber threshold.")
    if rule is Aggregation.RATIO:
        if not numerator_id or not denominator_id:
            raise OpError("A ratio KPI needs a numerator KPI and a denominator KPI.")
        _require(doc, "kpis", numerator_id, "numerator KPI")
        _require(doc, "kpis", denominator_id, "denominator KPI")
    return _insert(
        doc,
        "kpis",
        {
            "code": code,
            "name": name,
            "name_en": _text(name_en, MAX_NAME, "English name"),
            "unit": _text(unit, 40, "unit"),
            "direction": _enum(Direction, direction, "direction").value,
            "aggregation": rule.value,
            "decimals": int(decimals),
            "perspective": _enum(Perspective, perspective, "perspective").value,
            "amber_below": amber,
            "red_below": red,
            "numerator_id": numerator_id,
            "denominator_id": denominator_id,
            "description": _text(description, MAX_TEXT, "description"),
        },
    )


# -- goals and actuals ----------------------------------------------------------
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
) -> OpResult:
    if (unit_id is None) == (person_id is None):
        raise OpError("A goal belongs to exactly one unit or one person.")
    if unit_id is not None:
        _require(doc, "org_units", unit_id, "unit")
    if person_id is not None:
        _require(doc, "people", person_id, "person")
    _require(doc, "kpis", kpi_id, "KPI")
    key = _period_key(period)
    weight = _number(weight, "weight")
    if not 0 <= weight <= 100:
        raise OpError("The weight must be between 0 and 100 %.")
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
            "title": _text(title, MAX_TEXT, "goal description"),
            "weight": weight,
            "target": None if target is None else _number(target, "target"),
            "target_max": None if target_max is None else _number(target_max, "upper target"),
        },
    )


def set_goal_parent(doc: Document, goal_id: str, parent_id: str | None) -> OpResult:
    """Link a goal to the goal it contributes to (refused when it would close a loop)."""
    old = _require(doc, "goals", goal_id, "goal")["parent_id"]
    if parent_id is not None:
        _require(doc, "goals", parent_id, "parent goal")
        parents = dict(doc.conn.execute("SELECT id, parent_id FROM goals").fetchall())
        if would_create_cycle(goal_id, parent_id, parents):
            raise OpError(
                "That parent goal already depends on this goal; the link would make a loop."
            )
    return _update(
        doc, "goals", goal_id, {"parent_id": parent_id}, lambda d: set_goal_parent(d, goal_id, old)
    )


def set_actual(doc: Document, goal_id: str, period: str, value: float | None) -> OpResult:
    """Enter (or with None, clear) a goal's actual value for one period."""
    goal = _require(doc, "goals", goal_id, "goal")
    key = _period_key(period)
    if not parse_period(goal["period"]).contains(parse_period(key)):
        raise OpError(f"{key} lies outside the goal's period {goal['period']}.")
    if value is not None:
        value = _number(value, "value")
        low, high = doc.conn.execute(
            "SELECT min_value, max_value FROM kpis WHERE id = ?", (goal["kpi_id"],)
        ).fetchone()
        if (low is not None and value < low) or (high is not None and value > high):
            raise OpError(
                f"{value:g} is outside the KPI's allowed range {_fmt(low)} to {_fmt(high)}."
            )
    row = doc.conn.execute(
        "SELECT id, value FROM actuals WHERE goal_id = ? AND period = ?", (goal_id, key)
    ).fetchone()
    old_value = None if row is None else row[1]
    now = utc_now()
    with doc.transaction() as conn:
        if value is None:
            conn.execute("DELETE FROM actuals WHERE goal_id = ? AND period = ?", (goal_id, key))
        elif row is None:
            conn.execute(
                "INSERT INTO actuals (id, goal_id, period, value, note, created_at, "
                "updated_at) VALUES (?, ?, ?, ?, '', ?, ?)",
                (new_id(), goal_id, key, value, now, now),
            )
        else:
            conn.execute(
                "UPDATE actuals SET value = ?, updated_at = ? WHERE id = ?", (value, now, row[0])
            )
    return OpResult(
        Changes(frozenset({"actuals"}), frozenset({goal_id})),
        lambda d: set_actual(d, goal_id, key, old_value),
    )


def set_archived(doc: Document, table: str, row_id: str, archived: bool) -> OpResult:
    """Archive (hide, keeping history) or restore a row; nothing with history is deleted."""
    if table not in _TABLES - {"goal_targets", "actuals"}:
        raise ValueError(f"{table} rows are not archived")
    old = bool(_require(doc, table, row_id, "row", include_archived=True)["archived"])
    return _update(
        doc,
        table,
        row_id,
        {"archived": int(archived)},
        lambda d: set_archived(d, table, row_id, old),
    )


# -- helpers --------------------------------------------------------------------
def _insert(doc: Document, table: str, values: dict[str, Any]) -> OpResult:
    row_id, now = new_id(), utc_now()
    row = {"id": row_id, **values, "created_at": now, "updated_at": now}
    columns = ", ".join(row)
    with doc.transaction() as conn:
        conn.execute(
            f"INSERT INTO {table} ({columns}) VALUES ({', '.join('?' * len(row))})",
            tuple(row.values()),
        )
    return OpResult(
        Changes(frozenset({table}), frozenset({row_id})),
        lambda d: _delete(d, table, row_id),
        row_id,
    )


def _delete(doc: Document, table: str, row_id: str) -> OpResult:
    """Undo of an insert: the row goes, and its own undo puts it back as it was."""
    row = _require(doc, table, row_id, "row", include_archived=True)
    with doc.transaction() as conn:
        conn.execute(f"DELETE FROM {table} WHERE id = ?", (row_id,))
    return OpResult(
        Changes(frozenset({table}), frozenset({row_id})), lambda d: _restore(d, table, row)
    )


def _restore(doc: Document, table: str, row: dict[str, Any]) -> OpResult:
    values = {**row, "updated_at": utc_now()}
    with doc.transaction() as conn:
        conn.execute(
            f"INSERT INTO {table} ({', '.join(values)}) VALUES ({', '.join('?' * len(values))})",
            tuple(values.values()),
        )
    return OpResult(
        Changes(frozenset({table}), frozenset({row["id"]})),
        lambda d: _delete(d, table, row["id"]),
        row["id"],
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
            f"UPDATE {table} SET {assignments}, updated_at = ? WHERE id = ?",
            (*values.values(), utc_now(), row_id),
        )
    return OpResult(Changes(frozenset({table}), frozenset({row_id})), undo)


def _require(
    doc: Document, table: str, row_id: str, what: str, include_archived: bool = False
) -> dict[str, Any]:
    assert table in _TABLES
    cursor = doc.conn.execute(f"SELECT * FROM {table} WHERE id = ?", (row_id,))
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
