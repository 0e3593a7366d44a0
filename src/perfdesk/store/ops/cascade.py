"""Operations that cascade a goal to child holders and split a goal's target over periods.

`cascade_goal` creates (or, where the user said so, updates) the child goals of a
parent goal, linked to it, and writes each child's period targets; `split_goal_target`
writes one goal's period targets at its entry granularity (month, 10-day period or
week; quarters and the year are derived, never stored). Each is one transaction and
one undo step, built on core/cascade and core/split, so the amounts add up exactly.

A closed period (a locked value) keeps its target: writing another target there is
refused with `value_locked`, and a split may lock such a period at its stored target
to work around it. A split or cascade that core refuses raises OpError with core's
code (see core/split.ERRORS), so the window says it like any other refusal.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Any

from perfdesk.core.cascade import Decision, Plan, TwoLevelPlan
from perfdesk.core.periods import Granularity
from perfdesk.core.split import (
    Method,
    Mode,
    Split,
    SplitError,
    fits_entry,
    split_like,
    split_target,
)
from perfdesk.store.document import Document
from perfdesk.store.ops._base import (
    Changes,
    OpError,
    OpResult,
    choice,
    number,
    require,
    text_field,
    write,
)
from perfdesk.store.ops._images import Recorder
from perfdesk.store.repo_cascade import (
    GoalInfo,
    goal_info,
    goal_infos,
    last_year_actuals,
    period_targets,
)
from perfdesk.store.schema_v3 import MAX_TEXT

_ENTRY = ("month", "ten_day", "week")


def _refused(error: SplitError) -> OpError:
    return OpError(error.code, **error.params)


def _live(conn: Any, goal_id: str, what: str) -> GoalInfo:
    return _checked(goal_info(conn, goal_id), what)


def _checked(goal: GoalInfo | None, what: str) -> GoalInfo:
    if goal is None:
        raise OpError("missing", field=what)
    if goal.archived:
        raise OpError("archived", field=what)
    if goal.aggregation is None:
        raise OpError("no_kpi")
    return goal


def plan_split(
    doc: Document,
    goal_id: str,
    method: Method | str = Method.EVEN,
    *,
    profile: Sequence[float | int | str] | None = None,
    locked: Mapping[str, float | int | str] | None = None,
    total: float | int | str | None = None,
) -> Split:
    """The split `split_goal_target` would write (nothing written): the goal's target (or
    `total`) over its entry periods. Closed periods are locked at their stored target."""
    goal = _live(doc.conn, goal_id, "goal")
    return _plan(doc, goal, method, profile, locked, total)[0]


def _plan(
    doc: Document,
    goal: GoalInfo,
    method: Method | str,
    profile: Sequence[float | int | str] | None,
    locked: Mapping[str, float | int | str] | None,
    total: float | int | str | None,
    values: tuple[dict[str, float | None], set[str]] | None = None,
) -> tuple[Split, dict[str, float | None], set[str]]:
    """The split of one goal; `values` (its stored period targets and closed periods)
    when already read, else read here."""
    stored, closed = period_targets(doc.conn, goal) if values is None else values
    locks: dict[str, float | int | str] = dict(locked or {})
    for period in closed:
        kept = stored.get(period)
        if period in locks and kept is not None and _number_or_none(locks[period]) != kept:
            raise OpError("value_locked", period=period)
        locks[period] = 0.0 if kept is None else kept
    whole = goal.target if total is None else total
    history = None
    if str(method) == Method.LAST_YEAR.value:
        history = last_year_actuals(doc.conn, goal)
    try:
        split = split_target(
            whole,
            goal.period,
            goal.granularity,
            aggregation=goal.aggregation,
            decimals=goal.decimals,
            method=method,
            profile=profile,
            history=history,
            locked=locks,
        )
    except SplitError as error:
        raise _refused(error) from None
    return split, stored, closed


def _number_or_none(value: float | int | str) -> float | None:
    try:
        return float(value)
    except ValueError:
        return None


def split_goal_target(
    doc: Document,
    goal_id: str,
    method: Method | str = Method.EVEN,
    *,
    profile: Sequence[float | int | str] | None = None,
    locked: Mapping[str, float | int | str] | None = None,
    total: float | int | str | None = None,
) -> OpResult:
    """Write a goal's period targets split from its target (or `total`): one transaction,
    one undo step. `profile`: twelve month weights (PROFILE); `locked`: period -> target
    kept as given, the rest shared over the others. For a sum KPI the goal's yearly
    target becomes the parts' exact sum (which is the whole)."""
    return _split(doc, [goal_id], method, profile, locked or {}, total)


def split_goal_targets(
    doc: Document,
    goal_ids: Sequence[str],
    method: Method | str = Method.EVEN,
    *,
    profile: Sequence[float | int | str] | None = None,
) -> OpResult:
    """`split_goal_target` for many goals at once, each by its own target (every goal of a
    department for the year): one transaction, one undo step."""
    return _split(doc, list(goal_ids), method, profile, {}, None)


def _split(
    doc: Document,
    goal_ids: list[str],
    method: Method | str,
    profile: Sequence[float | int | str] | None,
    locked: Mapping[str, float | int | str],
    total: float | int | str | None,
) -> OpResult:
    goal_ids = list(dict.fromkeys(goal_ids))  # each goal once
    if not goal_ids:
        raise OpError("no_values")
    with write(doc) as conn:
        record = Recorder(doc)
        infos = goal_infos(conn, goal_ids)
        goals = [_checked(infos.get(goal_id), "goal") for goal_id in goal_ids]
        # Every value of these goals in one read: the before-images, and what each
        # goal's split needs (its stored targets and closed periods).
        stored = _entry_values(record, goals)
        rows: list[tuple[tuple[int, str], tuple[float]]] = []
        retargeted: list[tuple[str, float]] = []
        for goal in goals:
            split, _stored, closed = _plan(
                doc, goal, method, profile, locked, total, stored[goal.key]
            )
            goal_key = goal.key
            if closed:
                rows += [
                    ((goal_key, part.key), (part.value,))
                    for part in split.parts
                    if part.key not in closed
                ]
            else:
                rows += [((goal_key, part.key), (part.value,)) for part in split.parts]
            # A sum KPI's yearly target is the exact sum of its parts (closed periods
            # included, locked at their stored target): the whole split, as
            # _follow_period_targets would make it. A rate's is the whole typed.
            whole = split.total if split.mode is Mode.AMOUNT else None
            if whole is None and total is not None:
                whole = number(total, "target")
            if whole is not None and whole != goal.target:
                retargeted.append((goal.id, whole))
        if not rows:
            raise OpError("no_values")
        record.upsert_values("goal_values", ("target",), rows)
        tables = {"goal_values"}
        if retargeted:
            record.update_many(
                "goals", [((goal_id,), {"target": whole}) for goal_id, whole in retargeted]
            )
            tables.add("goals")
        keys = {goal.key: goal.id for goal in goals}
        return record.result(
            Changes(
                frozenset(tables),
                frozenset(goal_ids),
                frozenset((keys[goal_key], period) for (goal_key, period), _v in rows),
            )
        )


def cascade_goal(
    doc: Document,
    parent_goal_id: str,
    plan: Plan,
    *,
    kpi_id: str | None = None,
    title: str | None = None,
    weight: float | None = None,
    granularity: str | None = None,
) -> OpResult:
    """Share a parent goal's target among child holders, as `plan` (core/cascade) says:
    one transaction, one undo step.

    A CREATE row makes a goal of the holder on the KPI (the parent's, or `kpi_id`
    mapped), for the parent's period, linked to the parent, with `title`, `weight` and
    entry `granularity` (the parent's by default). An UPDATE row sets the existing
    goal's target and links it to the parent; SKIP leaves it. Each child's period
    targets follow the parent's period targets in shape (evenly without them): for a
    sum KPI they add up exactly to the child's target.
    """
    return cascade_goals(
        doc,
        [(parent_goal_id, plan)],
        kpi_id=kpi_id,
        title=title,
        weight=weight,
        granularity=granularity,
    )


def cascade_goals(
    doc: Document,
    plans: Sequence[tuple[str, Plan]],
    *,
    kpi_id: str | None = None,
    title: str | None = None,
    weight: float | None = None,
    granularity: str | None = None,
) -> OpResult:
    """`cascade_goal` for several parents at once (a whole level of the tree): one
    transaction, one undo step."""
    weight, granularity = _checked_options(weight, granularity)
    with write(doc):
        record = Recorder(doc)
        children, written = _cascade_level(doc, record, plans, kpi_id, title, weight, granularity)
        return record.result(
            Changes(
                frozenset({"goals", "goal_values"}),
                frozenset(c.id for c in children),
                written,
            )
        )


def cascade_two_levels(
    doc: Document,
    parent_goal_id: str,
    plan: TwoLevelPlan,
    *,
    kpi_id: str | None = None,
    title: str | None = None,
    weight: float | None = None,
    granularity: str | None = None,
) -> OpResult:
    """Cascade a goal to its child holders and, in the same transaction, each child's new
    (or updated) goal on to that holder's own children, as `plan` (core/cascade
    plan_two_levels) says: company → departments → their teams as one undo step. The
    second level takes the first level's KPI, title, weight and entry granularity."""
    weight, granularity = _checked_options(weight, granularity)
    with write(doc):
        record = Recorder(doc)
        first, written = _cascade_level(
            doc, record, [(parent_goal_id, plan.top)], kpi_id, title, weight, granularity
        )
        goal_of = {child.holder: child.id for child in first}
        below = [(goal_of[holder], sub) for holder, sub in plan.below if holder in goal_of]
        second, written_below = _cascade_level(
            doc, record, below, kpi_id, title, weight, granularity, same_kpi=True
        )
        return record.result(
            Changes(
                frozenset({"goals", "goal_values"}),
                frozenset(c.id for c in (*first, *second)),
                written | written_below,
            )
        )


def _checked_options(
    weight: float | None, granularity: str | None
) -> tuple[float | None, str | None]:
    if weight is not None:
        weight = number(weight, "weight")
        if not 0 <= weight <= 100:
            raise OpError("weight_range")
    entry_chosen = None if granularity is None else choice(Granularity, granularity, "granularity")
    if entry_chosen is not None and entry_chosen.value not in _ENTRY:
        raise OpError("entry_granularity")
    return weight, granularity


def _cascade_level(
    doc: Document,
    record: Recorder,
    plans: Sequence[tuple[str, Plan]],
    kpi_id: str | None,
    title: str | None,
    weight: float | None,
    granularity: str | None,
    same_kpi: bool = False,
) -> tuple[list[_Child], frozenset[tuple[str, str]]]:
    """Write one level of a cascade inside the caller's transaction: the child goals of
    each (parent goal, plan) and their period targets. `same_kpi`: the children take
    their parent's KPI (the second level of a mapped cascade)."""
    conn = doc.conn
    children: list[_Child] = []
    new_goals: list[dict[str, Any]] = []
    units: set[str] = set()
    people: set[str] = set()
    # What the level reads, read once for all its parents and updated children: their
    # goal rows, every value of theirs (a parent's shape, a child's closed periods; the
    # rows are the before-images if written), each KPI, each parent's chain of parents.
    updated = [
        row.holder.existing_goal_id or ""
        for _parent_id, plan in plans
        for row in plan.rows
        if row.decision is Decision.UPDATE and row.target is not None
    ]
    infos = goal_infos(conn, [parent_id for parent_id, _plan in plans] + updated)
    record.prefetch("goals", [(goal_id,) for goal_id in updated if goal_id in infos])
    values = _entry_values(record, [info for info in infos.values() if info.aggregation])
    kpis: dict[str, dict[str, Any]] = {}
    chains = _Chains(conn)
    relinks: list[tuple[tuple[str], dict[str, Any]]] = []  # written after the loop, at once
    for parent_id, plan in plans:
        parent = _checked(infos.get(parent_id), "parent_goal")
        child_kpi = parent.kpi_id if same_kpi else (kpi_id or parent.kpi_id)
        if child_kpi not in kpis:
            kpis[child_kpi] = require(doc, "kpis", child_kpi, "kpi")
        kpi = kpis[child_kpi]
        entry = granularity or parent.granularity
        shape = values[parent.key][0]
        goal_title = text_field(parent.title if title is None else title, MAX_TEXT, "goal_title")
        goal_weight = parent.weight if weight is None else weight
        for row in plan.rows:
            if row.decision is Decision.SKIP or row.target is None:
                continue
            holder = row.holder
            if row.decision is Decision.UPDATE:
                child = _checked(infos.get(holder.existing_goal_id or ""), "goal")
                if child.owner_id != holder.id or child.kpi_id != child_kpi:
                    raise OpError("missing", field="goal")
                if chains.is_above(child.id, parent_id):
                    raise OpError("goal_loop")
                relinks.append(((child.id,), {"parent_id": parent_id, "target": row.target}))
                chains.moved(child.id, parent_id)
                closed = values[child.key][1]
                children.append(_Child(child.id, child.key, child.granularity, closed, row.target))
            else:
                (people if holder.is_person else units).add(holder.id)
                new_goals.append(
                    {
                        "parent_id": parent_id,
                        "kpi_id": child_kpi,
                        "unit_id": None if holder.is_person else holder.id,
                        "person_id": holder.id if holder.is_person else None,
                        "period": parent.period,
                        "granularity": entry,
                        "title": goal_title,
                        "weight": goal_weight,
                        "target": row.target,
                    }
                )
                children.append(_Child("", None, entry, set(), row.target))
            last = children[-1]
            last.holder = holder.id
            last.period, last.kpi = parent.period, kpi
            last.shape = shape if last.entry == parent.granularity else {}
    if relinks:
        record.update_many("goals", relinks)
    _require_all(conn, "org_units", units, "org_unit")
    _require_all(conn, "people", people, "person")
    new_ids = iter(record.insert_many("goals", new_goals))
    for each in children:
        if each.key is None:
            each.id = next(new_ids)
    keys = _keys(conn, {c.id for c in children if c.key is None})
    rows = []
    for each in children:
        goal_key = keys[each.id] if each.key is None else each.key
        try:
            split = split_like(
                each.target,
                each.period,
                each.entry,
                aggregation=each.kpi["aggregation"],
                decimals=int(each.kpi["decimals"]),
                shape=each.shape,
            )
        except SplitError as error:
            raise _refused(error) from None
        for part in split.parts:
            period = part.key
            if period in each.closed:
                raise OpError("value_locked", period=period)
            if each.key is None:  # a new goal has no values: no before-image to read
                record.fresh("goal_values", (goal_key, period))
            rows.append(((goal_key, period), (part.value,)))
    if rows:
        # Updated goals' values are read in one go; a new goal's have no rows yet.
        record.prefetch("goal_values", [key for key, _v in rows])
        record.upsert_values("goal_values", ("target",), rows)
    # Every entry period of each child is written, and its parts add up exactly to
    # the target the goal row got: the yearly target already follows its parts
    # (what _follow_period_targets would make it), so no per-goal re-sum is needed.
    id_of = {c.key if c.key is not None else keys[c.id]: c.id for c in children}
    written = frozenset((id_of[goal_key], period) for (goal_key, period), _v in rows)
    return children, written


class _Child:
    """A child goal being written: its id, key (None until a new one is read back)."""

    def __init__(
        self, goal_id: str, key: int | None, entry: str, closed: set[str], target: float
    ) -> None:
        self.id, self.key, self.entry, self.closed, self.target = (
            goal_id,
            key,
            entry,
            closed,
            target,
        )
        self.holder = ""  # the holder it was planned for
        self.period = ""
        self.kpi: dict[str, Any] = {}
        self.shape: dict[str, float | None] = {}


def _require_all(conn: Any, table: str, ids: set[str], what: str) -> None:
    """`require` for many rows at once: each live and not archived."""
    ordered = sorted(ids)
    for start in range(0, len(ordered), 500):
        chunk = ordered[start : start + 500]
        marks = ",".join("?" * len(chunk))
        found = dict(
            conn.execute(
                f"SELECT id, archived FROM {table} WHERE deleted = 0 AND id IN ({marks})", chunk
            ).fetchall()
        )
        for row_id in chunk:
            if row_id not in found:
                raise OpError("missing", field=what)
            if found[row_id]:
                raise OpError("archived", field=what)


def _keys(conn: Any, ids: set[str]) -> dict[str, int]:
    found: dict[str, int] = {}
    ordered = sorted(ids)
    for start in range(0, len(ordered), 500):
        chunk = ordered[start : start + 500]
        marks = ",".join("?" * len(chunk))
        found.update(conn.execute(f"SELECT id, key FROM goals WHERE id IN ({marks})", chunk))
    return found


def _entry_values(
    record: Recorder, goals: Sequence[GoalInfo]
) -> dict[int, tuple[dict[str, float | None], set[str]]]:
    """`period_targets` of many goals (by key) from one read of their values, which also
    gives the rows this operation then writes their before-images."""
    found: dict[int, tuple[dict[str, float | None], set[str]]] = {
        goal.key: ({}, set()) for goal in goals
    }
    entry = {goal.key: (goal.granularity, goal.period) for goal in goals}
    at = record.table("goal_values").position
    goal_at, period_at, target_at, locked_at = (
        at["goal"],
        at["period"],
        at["target"],
        at["locked"],
    )
    for image in record.rows_of("goal_values", list(found)):
        goal_key, period = image[goal_at], image[period_at]
        if fits_entry(period, *entry[goal_key]):
            targets, closed = found[goal_key]
            targets[period] = image[target_at]
            if image[locked_at]:
                closed.add(period)
    return found


class _Chains:
    """Whether linking a goal under a parent would loop: each parent's chain of parents
    read once (one query per step), with the links this level made but has not written
    yet, and read again after a goal on it was relinked."""

    def __init__(self, conn: Any) -> None:
        self.conn = conn
        self._chains: dict[str, set[str]] = {}
        self._on_chains: set[str] = set()
        self._relinked: dict[str, str | None] = {}

    def is_above(self, goal_id: str, parent_id: str) -> bool:
        """Whether `goal_id` is `parent_id` or one of its ancestors."""
        if parent_id not in self._chains:
            chain: set[str] = set()
            current: str | None = parent_id
            while current is not None and current not in chain:
                chain.add(current)
                if current in self._relinked:
                    current = self._relinked[current]
                    continue
                row = self.conn.execute(
                    "SELECT parent_id FROM goals WHERE id = ?", (current,)
                ).fetchone()
                current = row[0] if row else None
            self._chains[parent_id] = chain
            self._on_chains |= chain
        return goal_id in self._chains[parent_id]

    def moved(self, goal_id: str, parent_id: str | None) -> None:
        """`goal_id` gets `parent_id` as its parent: chains through it are read again."""
        self._relinked[goal_id] = parent_id
        if goal_id in self._on_chains:
            self._chains.clear()
            self._on_chains.clear()
