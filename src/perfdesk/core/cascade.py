"""Cascading a goal: sharing a parent goal's target among child holders.

Pure Python. A company goal goes to its departments, a department's to its teams,
a team's to its people. How the target is shared:

- EVEN: equal shares;
- SHARES: given percentages (editing one recomputes the others, see `rebalance`);
- LAST_YEAR: in proportion to each holder's actual on the KPI last year;
- HEADCOUNT: in proportion to each holder's people.

LAST_YEAR and HEADCOUNT fall back to EVEN, with the reason in `Plan.fallback`, when
there is nothing to share by (no history, or nobody counted).

Additive (sum) KPIs cascade by amount, exactly: the children's targets add up to
the parent's in integer minor units at the KPI's decimals (core/split's largest
remainder). Average and ratio KPIs cascade by value: every child gets the parent's
rate; last-value KPIs (stocks) likewise get the parent's target. Shares then only
say who takes part.

A holder who already has a goal on the KPI for the period is asked about: the plan
row carries the existing goal and a decision, UPDATE (its target is replaced and it
is linked to the parent) or SKIP (left as it is). Errors are SplitError codes.
"""

from __future__ import annotations

import enum
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, replace
from fractions import Fraction

from perfdesk.core.kpi import Aggregation
from perfdesk.core.split import (
    Mode,
    SplitError,
    _decimal,
    allocate,
    from_minor,
    mode_of,
    whole_minor,
)

HUNDRED = Fraction(100)


class ShareMethod(enum.StrEnum):
    EVEN = "even"
    SHARES = "shares"
    LAST_YEAR = "last_year"
    HEADCOUNT = "headcount"


class Decision(enum.StrEnum):
    CREATE = "create"  # no goal yet: a new child goal
    UPDATE = "update"  # has a goal on the KPI: replace its target, link it
    SKIP = "skip"  # has one: leave it


@dataclass(frozen=True)
class Holder:
    """A unit or a person a goal can be cascaded to."""

    id: str
    name: str
    is_person: bool = False
    last_year: float | None = None  # actual on the KPI last year
    headcount: int = 0
    existing_goal_id: str | None = None  # their goal on the KPI for the period, if any
    archived: bool = False  # takes no share: an archived unit or person
    locked: bool = False  # takes no share: their goal on the KPI has closed periods


@dataclass(frozen=True)
class Row:
    holder: Holder
    share: Fraction  # percent of the whole (0-100)
    amount: float  # the child's share of the target (by value: the target itself)
    minor: int | None  # minor units when by amount
    decision: Decision
    why: str | None = None  # 'archived' or 'locked' when left out of the sharing

    @property
    def target(self) -> float | None:
        """What the child's goal gets: None when skipped."""
        return None if self.decision is Decision.SKIP else self.amount

    @property
    def share_percent(self) -> float:
        return float(self.share)


@dataclass(frozen=True)
class Plan:
    mode: Mode
    method: ShareMethod  # as used (after a fallback)
    decimals: int
    total: float
    rows: tuple[Row, ...]
    fallback: str | None = None  # 'last_year_empty', 'no_headcount'

    @property
    def children_total(self) -> float | None:
        """What the taken rows add up to (None when by value)."""
        if self.mode is not Mode.AMOUNT:
            return None
        taken = [r.minor or 0 for r in self.rows if r.decision is not Decision.SKIP]
        return from_minor(sum(taken), self.decimals)

    @property
    def difference(self) -> float | None:
        """Children minus the parent, by amount: 0 unless rows are skipped."""
        total = self.children_total
        return None if total is None else total - self.total

    def decide(self, holder_id: str, decision: Decision | str) -> Plan:
        """The plan with one holder's UPDATE/SKIP answer (a holder without a goal: CREATE)."""
        decision = Decision(decision)
        rows = []
        for row in self.rows:
            if row.holder.id == holder_id and row.holder.existing_goal_id is not None:
                row = replace(
                    row, decision=Decision.SKIP if decision is Decision.SKIP else Decision.UPDATE
                )
            rows.append(row)
        return replace(self, rows=tuple(rows))


def even_shares(count: int) -> list[Fraction]:
    return [HUNDRED / count] * count if count else []


def check_shares(shares: Sequence[float | Fraction | str]) -> list[Fraction]:
    """Percentages, each 0-100, adding up to 100 exactly (as decimals are typed)."""
    result = []
    for share in shares:
        value = share if isinstance(share, Fraction) else Fraction(_decimal(share, "share"))
        if value < 0:
            raise SplitError("share_negative")
        if value > HUNDRED:
            raise SplitError("share_over")
        result.append(value)
    total = sum(result, Fraction(0))
    if total != HUNDRED:
        raise SplitError("shares_total", total=f"{float(total):g}")
    return result


def rebalance(
    shares: Sequence[Fraction], pinned: Mapping[int, Fraction | float | str]
) -> list[Fraction]:
    """The shares after setting some by hand: the pinned keep their value, the others are
    scaled (in their old proportions, or equally when those were all zero) to fill
    100 % exactly. Refused when the pinned exceed 100 % or nothing is left unpinned
    (unless the pinned already make 100 %)."""
    pins: dict[int, Fraction] = {}
    for index, value in pinned.items():
        share = value if isinstance(value, Fraction) else Fraction(_decimal(value, "share"))
        if share < 0:
            raise SplitError("share_negative")
        if share > HUNDRED:
            raise SplitError("share_over")
        pins[index] = share
    pinned_total = sum(pins.values(), Fraction(0))
    if pinned_total > HUNDRED:
        raise SplitError("pinned_over", total=f"{float(pinned_total):g}")
    free = [i for i in range(len(shares)) if i not in pins]
    rest = HUNDRED - pinned_total
    if not free:
        if rest == 0:
            return [pins[i] for i in range(len(shares))]
        raise SplitError("nothing_to_share")
    old = sum((Fraction(shares[i]) for i in free), Fraction(0))
    result = []
    for i in range(len(shares)):
        if i in pins:
            result.append(pins[i])
        elif old > 0:
            result.append(rest * Fraction(shares[i]) / old)
        else:
            result.append(rest / len(free))
    return result


def typed_shares(
    method: ShareMethod | str,
    holders: Sequence[Holder],
    typed: Mapping[str, Fraction | float | str],
) -> list[Fraction] | None:
    """The shares a preview shows after some were typed (holder id → percent): the
    typed keep their value and the others are rebalanced (`rebalance`) from the
    method's shares (EVEN for SHARES) to make 100 % exactly. One share per holder that
    takes part (archived and locked ones take none), in their order; None when nothing
    is typed and the method is not SHARES (the method's own shares apply). Refusals
    are `rebalance`'s SplitErrors."""
    method = ShareMethod(method)
    if not typed and method is not ShareMethod.SHARES:
        return None
    taking = [h for h in holders if not (h.archived or h.locked)]
    base, _used, _fallback = shares_by(
        ShareMethod.EVEN if method is ShareMethod.SHARES else method, taking
    )
    index = {h.id: i for i, h in enumerate(taking)}
    return rebalance(base, {index[h]: v for h, v in typed.items() if h in index})


def shares_by(
    method: ShareMethod | str, holders: Sequence[Holder]
) -> tuple[list[Fraction], ShareMethod, str | None]:
    """(shares in %, the method used, why it fell back) for EVEN, LAST_YEAR, HEADCOUNT."""
    method = ShareMethod(method)
    if method is ShareMethod.LAST_YEAR:
        values = [h.last_year for h in holders]
        if any(v is not None and v < 0 for v in values):
            return even_shares(len(holders)), ShareMethod.EVEN, "last_year_negative"
        weights = [Fraction(_decimal(v, "value")) if v is not None else Fraction(0) for v in values]
        total = sum(weights, Fraction(0))
        if total == 0:
            return even_shares(len(holders)), ShareMethod.EVEN, "last_year_empty"
        return [HUNDRED * w / total for w in weights], method, None
    if method is ShareMethod.HEADCOUNT:
        counts = [max(int(h.headcount), 0) for h in holders]
        people = sum(counts)
        if people == 0:
            return even_shares(len(holders)), ShareMethod.EVEN, "no_headcount"
        return [HUNDRED * Fraction(c, people) for c in counts], method, None
    return even_shares(len(holders)), ShareMethod.EVEN, None


def plan_cascade(
    total: float | int | str | None,
    holders: Sequence[Holder],
    *,
    aggregation: Aggregation | str | None,
    decimals: int,
    method: ShareMethod | str = ShareMethod.EVEN,
    shares: Sequence[float | Fraction | str] | None = None,
    decisions: Mapping[str, Decision | str] | None = None,
) -> Plan:
    """The preview of a cascade: each holder's share, target and what happens to them.

    Archived and locked holders take no share: their rows are SKIP with share 0 and
    the reason in `Row.why`, so the others still add up exactly to the parent.
    `shares` (percent, adding up to 100, one per holder that takes part) is used with
    SHARES. Holders with an existing
    goal default to SKIP until `decisions` says UPDATE for them (the dialog asks).
    Skipped holders keep their share of the whole in the preview (the difference
    to the parent is shown), so skipping never moves amounts to the others silently.
    """
    mode = mode_of(aggregation)
    if total is None:
        raise SplitError("no_target")
    left_out = [h for h in holders if h.archived or h.locked]
    if left_out:
        taking = [h for h in holders if not (h.archived or h.locked)]
        plan = plan_cascade(
            total,
            taking,
            aggregation=aggregation,
            decimals=decimals,
            method=method,
            shares=shares,
            decisions=decisions,
        )
        by_id = {row.holder.id: row for row in plan.rows}
        zero = 0 if plan.mode is Mode.AMOUNT else None
        every = tuple(
            by_id[h.id]
            if h.id in by_id
            else Row(
                h, Fraction(0), 0.0, zero, Decision.SKIP, "archived" if h.archived else "locked"
            )
            for h in holders
        )
        return replace(plan, rows=every)
    if not holders:
        raise SplitError("no_holders")
    method = ShareMethod(method)
    fallback = None
    if method is ShareMethod.SHARES:
        if shares is None or len(shares) != len(holders):
            raise SplitError("shares_total", total="0")
        fractions = check_shares(shares)
        used: ShareMethod = method
    else:
        fractions, used, fallback = shares_by(method, holders)
    decisions = decisions or {}
    choose: list[Decision] = []
    for holder in holders:
        if holder.existing_goal_id is None:
            choose.append(Decision.CREATE)
        else:
            wanted = Decision(decisions.get(holder.id, Decision.SKIP))
            choose.append(Decision.UPDATE if wanted is Decision.UPDATE else Decision.SKIP)
    rows = []
    if mode is Mode.AMOUNT:
        whole = whole_minor(total, decimals)
        minors = allocate(whole, fractions) if whole else [0] * len(holders)
        for holder, share, minor, decision in zip(holders, fractions, minors, choose, strict=True):
            rows.append(Row(holder, share, from_minor(minor, decimals), minor, decision))
        value = from_minor(whole, decimals)
    else:
        value = float(_decimal(total, "target"))
        for holder, share, decision in zip(holders, fractions, choose, strict=True):
            rows.append(Row(holder, share, value, None, decision))
    return Plan(mode, used, decimals, value, tuple(rows), fallback)


# -- two levels in one operation (company → departments → their teams) --------------------
@dataclass(frozen=True)
class TwoLevelPlan:
    """A cascade to child holders and, below each, to that holder's own children.

    `below` holds, for each first-level holder that gets a goal (not skipped) and has
    children, the plan of its share among them; `no_second` names the first-level
    holders that have no second level, with why ('skipped', 'no_children',
    'left_out')."""

    top: Plan
    below: tuple[tuple[str, Plan], ...]
    no_second: tuple[tuple[str, str], ...] = ()

    def level_totals(self) -> tuple[float | None, float | None]:
        """(what the first level adds up to, what the second level adds up to), by amount
        (None when by value). The second level adds up to the first-level rows it
        decomposes, exactly."""
        if self.top.mode is not Mode.AMOUNT:
            return None, None
        minors = sum(
            r.minor or 0
            for _holder, plan in self.below
            for r in plan.rows
            if r.decision is not Decision.SKIP
        )
        return self.top.children_total, from_minor(minors, self.top.decimals)

    def decomposed(self) -> float | None:
        """What the second level's parents add up to (by amount): the first-level rows
        that have a second level."""
        if self.top.mode is not Mode.AMOUNT:
            return None
        having = {holder for holder, _plan in self.below}
        minors = sum(r.minor or 0 for r in self.top.rows if r.holder.id in having)
        return from_minor(minors, self.top.decimals)


def plan_two_levels(
    total: float | int | str | None,
    holders: Sequence[Holder],
    children: Mapping[str, Sequence[Holder]],
    *,
    aggregation: Aggregation | str | None,
    decimals: int,
    method: ShareMethod | str = ShareMethod.EVEN,
    shares: Sequence[float | Fraction | str] | None = None,
    decisions: Mapping[str, Decision | str] | None = None,
    below_method: ShareMethod | str = ShareMethod.EVEN,
    below_decisions: Mapping[str, Decision | str] | None = None,
    below_typed: Mapping[str, Mapping[str, Fraction | float | str]] | None = None,
) -> TwoLevelPlan:
    """The first level as `plan_cascade`, then each first-level holder's target shared
    among `children[holder id]` by `below_method` (EVEN, SHARES, LAST_YEAR or
    HEADCOUNT) — by amount exactly (each second-level group adds up to its first-level
    target in minor units), by value the same rate. A first-level holder that is
    skipped or left out gets no second level; archived and locked children take no
    share.

    `below_typed` holds the shares typed in the second level, per first-level holder
    (child id → percent of that holder's target): as at the first level
    (`typed_shares`), the typed keep their value and the rest of the group is
    rebalanced to 100 %. A group whose typed shares cannot make 100 % is refused with
    the SplitError of `rebalance`, its `holder` parameter naming the first-level
    holder."""
    below_method = ShareMethod(below_method)
    top = plan_cascade(
        total,
        holders,
        aggregation=aggregation,
        decimals=decimals,
        method=method,
        shares=shares,
        decisions=decisions,
    )
    below: list[tuple[str, Plan]] = []
    missing: list[tuple[str, str]] = []
    for row in top.rows:
        holder_id = row.holder.id
        if row.why is not None:
            missing.append((holder_id, "left_out"))
            continue
        if row.target is None:
            missing.append((holder_id, "skipped"))
            continue
        kids = list(children.get(holder_id, ()))
        if not any(not (k.archived or k.locked) for k in kids):
            missing.append((holder_id, "no_children"))
            continue
        try:
            shares = typed_shares(below_method, kids, (below_typed or {}).get(holder_id, {}))
        except SplitError as error:
            raise SplitError(error.code, holder=holder_id, **error.params) from None
        plan = plan_cascade(
            row.target,
            kids,
            aggregation=aggregation,
            decimals=decimals,
            method=below_method if shares is None else ShareMethod.SHARES,
            shares=shares,
            decisions=below_decisions,
        )
        below.append((holder_id, plan))
    return TwoLevelPlan(top, tuple(below), tuple(missing))
