"""Operations on goals and their period values (reads: store/repo_goals.py).

A goal's values are entered at its granularity (month, 10-day period or week),
one `goal_values` row per (goal, period), written by upsert. Many cells — a paste,
a fill — are one `set_values`: one transaction, one list of before-images, one
undo step; `set_actual` is the one-cell case.

The yearly target of an additive goal follows its period targets: for a goal on
a SUM KPI the period targets are the source of truth, and whenever one of them is
set or cleared, `goals.target` becomes their exact sum (decimal, as typed) in the
same transaction — empty when no period target is left. Until a period target is
entered, and for goals on average, last and ratio KPIs always, `goals.target` is
the target as entered.

meta('latest_actual_month') is kept by every write of actuals (and their undo),
so opening a document needs no scan of a million values.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from decimal import Decimal
from typing import Any, NamedTuple

from perfdesk.core.goals import goal_faults, would_create_cycle
from perfdesk.core.kpi import Aggregation
from perfdesk.core.periods import (
    Granularity,
    belongs_to,
    granularity_of,
    is_month_key,
)
from perfdesk.core.split import fits_entry
from perfdesk.store.document import Document
from perfdesk.store.ops._base import (
    Changes,
    OpError,
    OpResult,
    choice,
    number,
    period_key,
    require,
    text_field,
    write,
)
from perfdesk.store.ops._images import Recorder
from perfdesk.store.schema_v4 import MAX_MAGNITUDE, MAX_TEXT
from perfdesk.store.validate import fetch_rows

_MONTH = "[0-9][0-9][0-9][0-9]-[01][0-9]"
# The value columns a cell may name (goal_values); anything else is refused.
VALUE_FIELDS = ("target", "actual")
_ENTRY = (Granularity.MONTH, Granularity.TEN_DAY, Granularity.WEEK)
_CHUNK = 500  # ids per IN (...) list, well under SQLite's parameter limit

Cell = tuple[str, str, str, float | None]  # (goal id, period, "target" | "actual", value)


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
    """A goal of one unit or one person on a KPI for a period, entered at `granularity`.

    Refused as `edit_goal` refuses (the goal form's rules), and for an owner that is
    not one live unit or person or an entry granularity goals are not entered at.
    """
    if (unit_id is None) == (person_id is None):
        raise OpError("goal_owner")
    entry = choice(Granularity, granularity, "granularity")
    if entry not in _ENTRY:
        raise OpError("entry_granularity")
    with write(doc):
        if unit_id is not None:
            require(doc, "org_units", unit_id, "org_unit")
        if person_id is not None:
            require(doc, "people", person_id, "person")
        fields = _goal_fields(
            doc, None, kpi_id, period, target, weight, title, parent_id, target_max
        )
        values = {**fields, "unit_id": unit_id, "person_id": person_id, "granularity": entry.value}
        record = Recorder(doc)
        row_id = record.insert("goals", values)
        return record.result(Changes(frozenset({"goals"}), frozenset({row_id})), row_id)


def set_goal_parent(doc: Document, goal_id: str, parent_id: str | None) -> OpResult:
    """Link a goal to the goal it contributes to (refused when it would close a loop)."""
    with write(doc) as conn:
        require(doc, "goals", goal_id, "goal")
        if parent_id is not None:
            require(doc, "goals", parent_id, "parent_goal")
            parents = dict(conn.execute("SELECT id, parent_id FROM goals").fetchall())
            if would_create_cycle(goal_id, parent_id, parents):
                raise OpError("goal_loop")
        record = Recorder(doc)
        record.update("goals", (goal_id,), {"parent_id": parent_id})
        return record.result(Changes(frozenset({"goals"}), frozenset({goal_id})))


def set_actual(doc: Document, goal_id: str, period: str, value: float | None) -> OpResult:
    """Enter (or with None, clear) a goal's actual value for one period."""
    return set_values(doc, [(goal_id, period, "actual", value)])


def set_values(doc: Document, cells: Iterable[Cell]) -> OpResult:
    """Enter or clear many targets and actuals at once: one transaction, one undo step.

    Every cell is checked before anything is written (the first bad one refuses the
    whole paste; check_values names them all); a cell named twice takes its last value.
    """
    wanted: dict[tuple[str, str], dict[str, float | None]] = {}
    # A paste names a handful of periods many times: parse each text once.
    keys: dict[str, str] = {}
    for goal_id, period, column, value in cells:
        key, checked = _checked_cell(period, column, value, keys)
        wanted.setdefault((goal_id, key), {})[column] = checked
    if not wanted:
        raise OpError("no_values")
    with write(doc) as conn:
        goals = _goals(conn, {goal_id for goal_id, _period in wanted})
        rows = _checked_rows(goals, wanted)
        record = Recorder(doc)
        at = record.table("goal_values").position
        goal_at, period_at, target_at, locked_at = (
            at["goal"],
            at["period"],
            at["target"],
            at["locked"],
        )
        # Every value of these goals in one read: the before-images of the cells written
        # (no row among them: none) and, for additive goals, the other period targets.
        images = record.rows_of("goal_values", [goal.key for goal in goals.values()])
        closed = {(image[goal_at], image[period_at]) for image in images if image[locked_at]}
        if closed:
            for row_key, _values in rows:
                if row_key in closed:
                    raise OpError("value_locked", period=row_key[1])
        record.upsert("goal_values", rows)
        tables = {"goal_values"}
        targets_of = {goal_id for (goal_id, _k), values in wanted.items() if "target" in values}
        additive = [goals[g] for g in targets_of if goals[g].aggregation == Aggregation.SUM.value]
        if additive:
            # Each additive goal's period targets after this write: the stored ones with
            # the written ones laid over them (a cleared target drops out).
            targets: dict[int, dict[str, float]] = {goal.key: {} for goal in additive}
            for image in images:
                kept = targets.get(image[goal_at])
                if kept is not None and image[target_at] is not None:
                    kept[image[period_at]] = image[target_at]
            for (goal_key, key), values in rows:
                kept = targets.get(goal_key)
                if kept is not None and "target" in values:
                    value = values["target"]
                    if value is None:
                        kept.pop(key, None)
                    else:
                        kept[key] = value
            if _follow_period_targets(doc, record, additive, targets):
                tables.add("goals")
        _track_latest_month(
            doc, [(k, v["actual"]) for (_g, k), v in wanted.items() if "actual" in v]
        )
        return record.result(
            Changes(frozenset(tables), frozenset(goals), frozenset(wanted)),
            refresh=_refresh_latest_month,
        )


def write_values(doc: Document, cells: Iterable[Cell]) -> Changes:
    """`set_values` without an undo step, for a write whose undo is a byte copy of the
    file taken first (the import of actuals: File → Undo Import puts the copy back).

    The same rules, all checked before anything is written: every number and period,
    live and not archived goals, the calendar, the KPI's bounds and closed periods;
    the same rows written (stamp and source), the yearly targets of additive goals
    kept equal to their period targets, the latest month tracked. What it leaves out
    is the before- and after-image of every row, which a 100,000-cell import does not
    need and which cost most of its time. Inside a transaction it joins it.

    Built for 100,000 cells: one pass over the cells (a float in range and a period
    seen before cost two look-ups), each goal's rules and each calendar question
    answered once, then one executemany per column written. A cell that fails a rule
    is handed to the exact check (_Goal.check), which raises why.
    """
    # column → (goal id, period key) → value; a cell named twice takes its last value.
    wanted: dict[str, dict[tuple[str, str], float | None]] = {}
    keys: dict[str, str] = {}
    for goal_id, period, column, value in cells:
        key = keys.get(period)
        if (
            key is not None
            and type(value) is float
            and -MAX_MAGNITUDE <= value <= MAX_MAGNITUDE  # NaN is not in range
            and column in VALUE_FIELDS
        ):
            checked: float | None = value or 0.0  # no -0.0 in the file
        else:
            key, checked = _checked_cell(period, column, value, keys)
        by_cell = wanted.get(column)
        if by_cell is None:
            by_cell = wanted[column] = {}
        by_cell[(goal_id, key)] = checked
    if not wanted:
        raise OpError("no_values")
    with write(doc) as conn:
        ids = {goal_id for by_cell in wanted.values() for goal_id, _key in by_cell}
        goals = _goals(conn, ids)
        locked = _locked(conn, sorted({goal.key for goal in goals.values()}))
        stamp, source = doc.stamp, doc.source
        # goal id → (goal key, low, high, the calendar's answers for its entry layout)
        rules: dict[str, tuple[int, float | None, float | None, dict[str, bool]]] = {}
        calendars: dict[tuple[str, str], dict[str, bool]] = {}
        for column, by_cell in wanted.items():
            params: list[tuple[Any, ...]] = []
            for (goal_id, key), value in by_cell.items():
                rule = rules.get(goal_id)
                if rule is None:
                    goal = _live_goal(goals, goal_id)  # raises for a missing or archived goal
                    layout = (goal.granularity, goal.period)
                    calendar = calendars.get(layout)
                    if calendar is None:
                        calendar = calendars[layout] = {}
                    rule = rules[goal_id] = (goal.key, goal.low, goal.high, calendar)
                goal_key, low, high, calendar = rule
                fits = calendar.get(key)
                if fits is None:
                    goal = goals[goal_id]
                    fits = calendar[key] = fits_entry(key, goal.granularity, goal.period)
                if not fits or (
                    value is not None
                    and ((low is not None and value < low) or (high is not None and value > high))
                ):
                    goals[goal_id].check(key, {column: value}, {})  # raises why
                if locked and (goal_key, key) in locked:
                    raise OpError("value_locked", period=key)
                params.append((goal_key, key, value, stamp, source))
            conn.executemany(
                f"INSERT INTO goal_values (goal, period, {column}, stamp, source) "
                "VALUES (?, ?, ?, ?, ?) ON CONFLICT (goal, period) DO UPDATE SET "
                f"{column} = excluded.{column}, stamp = excluded.stamp, source = excluded.source",
                params,
            )
        tables = {"goal_values"}
        targets_of = {goal_id for goal_id, _key in wanted.get("target", {})}
        if targets_of:
            record = Recorder(doc)  # only the goals' yearly targets; its images unused
            if _follow_period_targets(doc, record, [goals[g] for g in targets_of]):
                tables.add("goals")
        if "actual" in wanted:
            _track_latest_month(doc, [(key, v) for (_g, key), v in wanted["actual"].items()])
        cells_written = {cell for by_cell in wanted.values() for cell in by_cell}
        return Changes(frozenset(tables), frozenset(goals), frozenset(cells_written))


def write_checked_actuals(
    doc: Document, rows: Sequence[tuple[int, str, float | None, int | None]]
) -> int:
    """Actuals already checked against this very state of the document, written as
    they are: what write_values would write, without checking again. Only inside the
    caller's transaction (ops' write), whose stamp and source they get.

    For the import of actuals: its preview ran check_values' rules on every cell and
    read each cell's row, and the caller has made sure the file is unchanged since
    (its SQLite change counter); a 100,000-cell import then costs its writes alone.
    `rows`: (goal key, period key, value, the source of the goal_values row there now
    or None when there is no row). A row there is updated — its source set only when
    it was another document's, which saves SQLite a reference check per row — and a
    missing one inserted; the latest month is tracked. Returns the rows written; a row
    that is not where the caller said raises (the transaction is then rolled back)."""
    conn = doc.conn
    if not conn.in_transaction:
        raise RuntimeError("write_checked_actuals runs inside the caller's transaction")
    stamp, source = doc.stamp, doc.source
    own: list[tuple[Any, ...]] = []
    other: list[tuple[Any, ...]] = []
    new: list[tuple[Any, ...]] = []
    for goal_key, key, value, was in rows:
        if was is None:
            new.append((goal_key, key, value, stamp, source))
        elif was == source:
            own.append((value, stamp, goal_key, key))
        else:
            other.append((value, stamp, source, goal_key, key))
    before = conn.total_changes
    if own:
        conn.executemany(
            "UPDATE goal_values SET actual = ?, stamp = ? WHERE goal = ? AND period = ?", own
        )
    if other:
        conn.executemany(
            "UPDATE goal_values SET actual = ?, stamp = ?, source = ? "
            "WHERE goal = ? AND period = ?",
            other,
        )
    if new:
        conn.executemany(
            "INSERT INTO goal_values (goal, period, actual, stamp, source) VALUES (?, ?, ?, ?, ?)",
            new,
        )
    if conn.total_changes - before != len(own) + len(other) + len(new):
        raise RuntimeError("goal_values rows are not as checked; nothing was written")
    # What the latest month depends on: which periods got a value and which were cleared.
    filled = {key for _goal, key, value, _was in rows if value is not None}
    cleared = {key for _goal, key, value, _was in rows if value is None}
    _track_latest_month(doc, [(key, 1.0) for key in filled] + [(key, None) for key in cleared])
    return len(rows)


def set_period_closed(
    doc: Document, goal_ids: Iterable[str], period: str, closed: bool
) -> OpResult:
    """Close a period for these goals (their values for it become read-only), or reopen
    it: one transaction, one undo step. The rows keep who did it and when (their stamp
    and source). Goals not entered at that period's granularity are left out; none
    left is refused."""
    key = period_key(period)
    with write(doc) as conn:
        goals = _goals(conn, set(goal_ids))
        entered = [g for g in goals.values() if not g.archived and _entered_at(key, g)]
        if not entered:
            raise OpError("no_values")
        record = Recorder(doc)
        record.upsert("goal_values", [((g.key, key), {"locked": int(closed)}) for g in entered])
        return record.result(
            Changes(
                frozenset({"goal_values"}),
                frozenset(g.id for g in entered),
                frozenset((g.id, key) for g in entered),
            )
        )


# The three steps of a deviation note, in order (deviation_notes' text columns): the
# quantified gap; its causes, internal and external; the improvement measures for the
# internal part and the resources asked for the external part.
NOTE_FIELDS = ("gap", "internal_cause", "external_cause", "internal_measures", "external_needs")


def set_deviation_note(
    doc: Document,
    goal_id: str,
    period: str,
    gap: str,
    internal_cause: str,
    external_cause: str,
    internal_measures: str,
    external_needs: str,
) -> OpResult:
    """Write the deviation note of one goal's period (upsert): one transaction, one
    undo step. All five texts empty clears the note: the row stays, with empty texts
    (nothing is hard-deleted). Refused for a goal that is gone or archived, a period
    the goal is not entered at, a closed period, or a text past the schema's limit."""
    key = period_key(period)
    values = _note_texts((gap, internal_cause, external_cause, internal_measures, external_needs))
    with write(doc) as conn:
        goal = _note_goal(conn, goal_id, key)
        record = Recorder(doc)
        record.upsert("deviation_notes", [((goal.key, key), values)])
        return record.result(
            Changes(
                frozenset({"deviation_notes"}), frozenset({goal_id}), frozenset({(goal_id, key)})
            )
        )


def check_deviation_note(
    doc: Document, goal_id: str, period: str, texts: Sequence[str]
) -> OpError | None:
    """Why set_deviation_note would refuse these five texts (None: it would not).
    The same checks, nothing written."""
    try:
        key = period_key(period)
        _note_texts(texts)
        _note_goal(doc.conn, goal_id, key)
    except OpError as error:
        return error
    return None


def _note_texts(texts: Sequence[str]) -> dict[str, str]:
    if len(texts) != len(NOTE_FIELDS):
        raise OpError("no_values")
    return {
        name: text_field(text, MAX_TEXT, name)
        for name, text in zip(NOTE_FIELDS, texts, strict=True)
    }


def _note_goal(conn: Any, goal_id: str, key: str) -> _Goal:
    """The live goal a note for period `key` goes to: entered at it, and not closed."""
    goal = _live_goal(_goals(conn, {goal_id}), goal_id)
    goal.check(key, {}, {})
    if (goal.key, key) in _locked(conn, [goal.key]):
        raise OpError("value_locked", period=key)
    return goal


def check_values(doc: Document, cells: Sequence[Cell]) -> list[tuple[int, OpError]]:
    """Every cell set_values would refuse, by its index in `cells`, with why.

    The same checks as set_values (kind of value, number, period, goal, the KPI's
    range, a locked period), run over all cells instead of stopping at the first, so a
    paste can list everything to fix at once. Nothing is written.
    """
    errors: list[tuple[int, OpError]] = []
    keys: dict[str, str] = {}
    parsed: list[tuple[int, str, str, str, float | None]] = []
    for index, (goal_id, period, column, value) in enumerate(cells):
        try:
            key, checked = _checked_cell(period, column, value, keys)
        except OpError as error:
            errors.append((index, error))
            continue
        parsed.append((index, goal_id, key, column, checked))
    conn = doc.conn
    goals = _goals(conn, {goal_id for _i, goal_id, _k, _c, _v in parsed})
    locked = _locked(conn, [goal.key for goal in goals.values()])
    fits: dict[tuple[str, str, str], str | None] = {}
    for index, goal_id, key, column, value in parsed:
        goal = goals.get(goal_id)
        if (
            goal is not None
            and not goal.archived
            and fits_entry(key, goal.granularity, goal.period)
            and (
                value is None
                or (
                    (goal.low is None or value >= goal.low)
                    and (goal.high is None or value <= goal.high)
                )
            )
            and (goal.key, key) not in locked
        ):
            continue  # passes (the common case): no exception machinery per cell
        try:
            goal = _live_goal(goals, goal_id)
            goal.check(key, {column: value}, fits)
            if (goal.key, key) in locked:
                raise OpError("value_locked", period=key)
        except OpError as error:
            errors.append((index, error))
    return sorted(errors, key=lambda found: found[0])


def _locked(conn: Any, goal_keys: list[int]) -> set[tuple[int, str]]:
    found: set[tuple[int, str]] = set()
    for start in range(0, len(goal_keys), _CHUNK):
        chunk = goal_keys[start : start + _CHUNK]
        found.update(
            conn.execute(
                "SELECT goal, period FROM goal_values WHERE locked = 1 "
                f"AND goal IN ({','.join('?' * len(chunk))})",
                chunk,
            )
        )
    return found


def _checked_cell(
    period: str, column: str, value: float | None, keys: dict[str, str]
) -> tuple[str, float | None]:
    """A cell's period key and value, checked on their own (no goal needed)."""
    if column not in VALUE_FIELDS:
        raise OpError(
            "bad_choice", field="value_field", value=column, choices=", ".join(VALUE_FIELDS)
        )
    if value is None:
        checked = None
    elif type(value) is float and -MAX_MAGNITUDE <= value <= MAX_MAGNITUDE:
        checked = value or 0.0  # what `number` gives a float in range (NaN is not in range)
    else:
        checked = number(value, "value" if column == "actual" else column)
    key = keys.get(period) or keys.setdefault(period, period_key(period))
    return key, checked


def _checked_rows(
    goals: dict[str, _Goal], wanted: dict[tuple[str, str], dict[str, float | None]]
) -> list[tuple[tuple[int, str], dict[str, float | None]]]:
    """The goal_values rows (by goal key and period) of cells that pass their goal's
    checks; the first cell that does not (in `wanted`'s order) raises its OpError, as
    _Goal.check says it. A paste's cells pass, so this walks them once with the cached
    calendar answer and the bounds inline, and leaves the messages to the exact check."""
    rows = []
    for (goal_id, key), values in wanted.items():
        goal = goals.get(goal_id)
        passed = goal is not None and not goal.archived
        if passed and goal is not None:
            passed = fits_entry(key, goal.granularity, goal.period)
            low, high = goal.low, goal.high
            if passed and (low is not None or high is not None):
                for value in values.values():
                    if value is not None and (
                        (low is not None and value < low) or (high is not None and value > high)
                    ):
                        passed = False
        if not passed:
            _live_goal(goals, goal_id).check(key, values, {})  # raises why
        rows.append(((goals[goal_id].key, key), values))
    return rows


def _live_goal(goals: dict[str, _Goal], goal_id: str) -> _Goal:
    goal = goals.get(goal_id)
    if goal is None:
        raise OpError("missing", field="goal")
    if goal.archived:
        raise OpError("archived", field="goal")
    return goal


@dataclass(frozen=True)
class _Goal:
    """What checking a goal's cells needs: the goal and its KPI's rules."""

    id: str
    key: int
    period: str
    granularity: str
    archived: bool
    target: float | None
    aggregation: str
    low: float | None
    high: float | None

    def check(
        self,
        key: str,
        values: dict[str, float | None],
        fits: dict[tuple[str, str, str], str | None],
    ) -> None:
        """Refuse a cell this goal cannot hold; `fits` remembers calendar answers."""
        question = (key, self.granularity, self.period)
        if question not in fits:
            if granularity_of(key).value != self.granularity:
                fits[question] = "wrong_granularity"
            elif not belongs_to(key, self.period):
                fits[question] = "outside_goal"
            else:
                fits[question] = None
        if fits[question] == "wrong_granularity":
            raise OpError("wrong_granularity", granularity=self.granularity, period=key)
        if fits[question] == "outside_goal":
            raise OpError("outside_goal", period=key, goal_period=self.period)
        for value in values.values():
            if value is not None and (
                (self.low is not None and value < self.low)
                or (self.high is not None and value > self.high)
            ):
                raise OpError("out_of_range", value=value, period=key, low=self.low, high=self.high)


def _goals(conn: Any, goal_ids: set[str]) -> dict[str, _Goal]:
    ids = sorted(goal_ids)
    found: dict[str, _Goal] = {}
    for start in range(0, len(ids), _CHUNK):
        chunk = ids[start : start + _CHUNK]
        for row in fetch_rows(
            conn,
            "SELECT g.id, g.key, g.period, g.granularity, g.archived, g.target, k.aggregation, "
            "k.min_value, k.max_value, k.unit_zh, k.unit_en FROM goals g "
            "JOIN kpis k ON k.id = g.kpi_id "
            f"WHERE g.deleted = 0 AND g.id IN ({','.join('?' * len(chunk))})",
            chunk,
        ):
            goal_id, key, period, entry, archived, target, aggregation, low, high = row[:9]
            if low is None and high is None and "%" in (row[9], row[10]):
                low, high = 0.0, 100.0  # a percentage, unless the KPI allows more
            found[goal_id] = _Goal(
                goal_id, key, period, entry, bool(archived), target, aggregation, low, high
            )
    return found


def _follow_period_targets(
    doc: Document,
    record: Recorder,
    goals: Sequence[_Goal],
    known: dict[int, dict[str, float]] | None = None,
) -> bool:
    """Make each additive goal's yearly target the sum of its period targets (`known`:
    each goal's period targets as they now are, by goal key, when the caller has them;
    else they are read)."""
    additive = [goal for goal in goals if goal.aggregation == Aggregation.SUM.value]
    targets: dict[int, dict[str, float]]
    if known is not None:
        targets = known
    else:
        # The period targets of every additive goal, in one query per chunk of goals.
        targets = {goal.key: {} for goal in additive}
        keys = sorted(targets)
        for start in range(0, len(keys), _CHUNK):
            chunk = keys[start : start + _CHUNK]
            for goal_key, period, target in doc.conn.execute(
                "SELECT goal, period, target FROM goal_values WHERE target IS NOT NULL "
                f"AND goal IN ({','.join('?' * len(chunk))})",
                chunk,
            ):
                targets[goal_key][period] = target
    changed: list[tuple[tuple[str], dict[str, float | None]]] = []
    for goal in additive:
        # Decimal of the shortest repr: 0.1 + 0.2 is 0.3, as the person who typed them
        # expects, not 0.30000000000000004.
        parts = [
            Decimal(repr(target))
            for period, target in sorted(targets[goal.key].items())
            if _entered_at(period, goal)
        ]
        total = float(sum(parts)) if parts else None
        if total is not None and abs(total) > MAX_MAGNITUDE:
            raise OpError("too_large", field="yearly_target", limit=MAX_MAGNITUDE)
        if total != goal.target:
            changed.append(((goal.id,), {"target": total}))
    if changed:
        record.update_many("goals", changed)
    return bool(changed)


def _entered_at(period: str, goal: _Goal) -> bool:
    # Cached per key: a key the schema's GLOB lets through but no calendar has is False.
    return fits_entry(period, goal.granularity, goal.period)


def _track_latest_month(doc: Document, actuals: Iterable[tuple[str, float | None]]) -> None:
    """Keep meta('latest_actual_month') equal to the newest month holding an actual.

    It stays exact without a scan except when the latest month itself is cleared.
    """
    filled: set[str] = set()
    cleared: set[str] = set()
    for key, value in actuals:
        (cleared if value is None else filled).add(key)
    filled = {key for key in filled if is_month_key(key)}
    cleared = {key for key in cleared if is_month_key(key)}
    if not filled and not cleared:
        return
    latest = doc.meta("latest_actual_month")
    if latest in cleared:
        newest = latest_actual_month(doc)
    else:
        newest = max(latest, *filled) if filled else latest
    if newest != latest:
        doc.conn.execute(
            "INSERT INTO meta(key, value) VALUES ('latest_actual_month', ?) "
            "ON CONFLICT(key) DO UPDATE SET value = excluded.value",
            (newest,),
        )


def _refresh_latest_month(doc: Document, written: Sequence[tuple[str, dict[str, Any]]]) -> None:
    """After an undo or redo restored value rows: the same bookkeeping as a write."""
    _track_latest_month(
        doc, [(row["period"], row["actual"]) for table, row in written if table == "goal_values"]
    )


def latest_actual_month(doc: Document) -> str:
    """The newest 'YYYY-MM' with an actual, found by a scan (only after clearing one).

    Year by year from the newest goals down: a month's values belong to goals whose
    period lies in the month's year, so the first year with an actual has the answer.
    CROSS JOIN keeps SQLite walking goals first and each goal's run of values by the
    primary key: 0.07 s instead of 0.23 s for a whole-table scan on the company demo.
    """
    first, last = doc.conn.execute("SELECT min(period), max(period) FROM goals").fetchone()
    if first is None:
        return ""
    for year in range(int(last[:4]), int(first[:4]) - 1, -1):
        row = doc.conn.execute(
            "SELECT max(v.period) FROM goals g CROSS JOIN goal_values v ON v.goal = g.key "
            "WHERE g.period >= ? AND g.period < ? AND v.actual IS NOT NULL AND v.period GLOB ?",
            (str(year), str(year + 1), _MONTH),
        ).fetchone()
        if row[0]:
            return str(row[0])
    return ""


def edit_goal(
    doc: Document,
    goal_id: str,
    *,
    kpi_id: str,
    period: str,
    target: float | None,
    weight: float,
    title: str = "",
    parent_id: str | None = None,
    target_max: float | None = None,
) -> OpResult:
    """What the goal form shows, written at once: one undo step.

    Refused with the first of the goal form's faults (core.goals.goal_faults: a KPI
    that is gone or archived, a bad period, description, weight outside 0-100 % or
    target, a target outside the KPI's bounds, an upper target below the target, a
    goal above of another year), and for a goal above that is gone or would close a
    loop. The holder and the entry granularity stay.
    """
    with write(doc):
        require(doc, "goals", goal_id, "goal")
        fields = _goal_fields(
            doc, goal_id, kpi_id, period, target, weight, title, parent_id, target_max
        )
        record = Recorder(doc)
        record.update("goals", (goal_id,), fields)
        return record.result(Changes(frozenset({"goals"}), frozenset({goal_id})))


def check_goal(doc: Document, goal_id: str | None, **fields: Any) -> None:
    """Raise the OpError `add_goal` (goal_id None) or `edit_goal` would; writes nothing."""
    _goal_fields(
        doc,
        goal_id,
        fields["kpi_id"],
        fields["period"],
        fields.get("target"),
        fields.get("weight", 0),
        fields.get("title", ""),
        fields.get("parent_id"),
        fields.get("target_max"),
    )


class _KpiLimits(NamedTuple):
    archived: bool
    min_value: float | None
    max_value: float | None


def _goal_fields(
    doc: Document,
    goal_id: str | None,
    kpi_id: str,
    period: str,
    target: float | None,
    weight: float,
    title: str,
    parent_id: str | None,
    target_max: float | None,
) -> dict[str, Any]:
    """A goal's fields as stored, or the OpError that refuses them: the goal form's
    rules (core.goals.goal_faults, the first fault), then what needs the file — the
    goal above is live and, for a goal already stored, not below it."""
    conn = doc.conn
    row = conn.execute(
        "SELECT archived, min_value, max_value FROM kpis WHERE id = ? AND deleted = 0", (kpi_id,)
    ).fetchone()
    parent = None if parent_id is None else require(doc, "goals", parent_id, "parent_goal")
    faults = goal_faults(
        kpi_id=kpi_id,
        kpi=None if row is None else _KpiLimits(bool(row[0]), row[1], row[2]),
        period=period,
        title=title,
        weight=weight,
        target=target,
        target_max=target_max,
        parent_period=None if parent is None else parent["period"],
    )
    if faults:
        raise OpError(faults[0].code, **faults[0].params)
    if goal_id is not None and parent_id is not None:
        parents = dict(conn.execute("SELECT id, parent_id FROM goals WHERE deleted = 0").fetchall())
        if would_create_cycle(goal_id, parent_id, parents):
            raise OpError("goal_loop", field="parent_goal")
    return {  # what goal_faults passed, converted as the store keeps it
        "kpi_id": kpi_id,
        "period": period_key(period),
        "title": text_field(title, MAX_TEXT, "goal_title"),
        "weight": number(weight, "weight"),
        "target": None if target is None else number(target, "target"),
        "target_max": None if target_max is None else number(target_max, "upper_target"),
        "parent_id": parent_id,
    }


def move_goal(doc: Document, goal_id: str, step: int) -> OpResult:
    """Move a goal `step` places up (-1) or down (+1) among its holder's goals of the
    same period: the holder's goals are numbered 0, 1, 2, ... in the new order."""
    with write(doc) as conn:
        goal = require(doc, "goals", goal_id, "goal")
        owner = "unit_id" if goal["unit_id"] is not None else "person_id"
        siblings = [
            row[0]
            for row in conn.execute(
                f"SELECT id FROM goals WHERE {owner} = ? AND period = ? AND archived = 0 "
                "AND deleted = 0 ORDER BY sort_order, rowid",
                (goal[owner], goal["period"]),
            )
        ]
        place = siblings.index(goal_id)
        new_place = max(0, min(len(siblings) - 1, place + step))
        siblings.insert(new_place, siblings.pop(place))
        record = Recorder(doc)
        current = dict(
            conn.execute(
                f"SELECT id, sort_order FROM goals WHERE id IN ({','.join('?' * len(siblings))})",
                siblings,
            ).fetchall()
        )
        moved = set()
        for order, sibling in enumerate(siblings):
            if current[sibling] != order:
                record.update("goals", (sibling,), {"sort_order": order})
                moved.add(sibling)
        return record.result(Changes(frozenset({"goals"}), frozenset(moved | {goal_id})))
