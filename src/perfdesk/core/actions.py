"""Improvement actions (改进行动) and their 10-day progress reports (旬报).

Owns the action lifecycle: which status may follow which (and why not), when an
action is overdue, who owns it by the seeds' rule (a department's manager for a
one-department action, the general manager across departments), the SMART check
an action passes on submission, the checks of its plan and reports, and the
verification that compares the KPI after the due date with the baseline and the
expected result.

The lifecycle (schema v4)::

    draft ──submit──▶ submitted ──accept──▶ open ──done──▶ done ──▶ verified
      ▲                  │                                  └────▶ not_achieved
      └──── revise ── returned ◀──return──┘
    cancelled from any status that is not final.

`overdue` is never stored: an open action past its due date *reads* as overdue
(`effective_status`); it is a display status only.
"""

from __future__ import annotations

import datetime
import enum
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field

from perfdesk.core.kpi import Direction
from perfdesk.core.periods import Granularity, Period
from perfdesk.core.smart import Band, SmartItem, Verdict


class ActionStatus(enum.StrEnum):
    DRAFT = "draft"
    SUBMITTED = "submitted"  # waiting for the reviewer (secretary-general)
    RETURNED = "returned"  # returned for revision, with a reason
    OPEN = "open"  # accepted: being carried out
    DONE = "done"  # carried out, waiting for verification
    VERIFIED = "verified"  # the KPI shows the expected result
    NOT_ACHIEVED = "not_achieved"  # done, but the KPI does not show it
    CANCELLED = "cancelled"
    OVERDUE = "overdue"  # display only: open and past its due date; never stored


# The statuses a document stores (schema v4); OVERDUE is derived from the dates.
STORED = tuple(s for s in ActionStatus if s is not ActionStatus.OVERDUE)
FINAL = frozenset({ActionStatus.VERIFIED, ActionStatus.NOT_ACHIEVED, ActionStatus.CANCELLED})

# Which status may follow which.
TRANSITIONS: dict[ActionStatus, frozenset[ActionStatus]] = {
    ActionStatus.DRAFT: frozenset({ActionStatus.SUBMITTED, ActionStatus.CANCELLED}),
    ActionStatus.SUBMITTED: frozenset(
        {ActionStatus.OPEN, ActionStatus.RETURNED, ActionStatus.CANCELLED}
    ),
    ActionStatus.RETURNED: frozenset({ActionStatus.DRAFT, ActionStatus.CANCELLED}),
    ActionStatus.OPEN: frozenset({ActionStatus.DONE, ActionStatus.CANCELLED}),
    ActionStatus.DONE: frozenset(
        {
            ActionStatus.VERIFIED,
            ActionStatus.NOT_ACHIEVED,
            ActionStatus.OPEN,
            ActionStatus.CANCELLED,
        }
    ),
    ActionStatus.VERIFIED: frozenset(),
    ActionStatus.NOT_ACHIEVED: frozenset(),
    ActionStatus.CANCELLED: frozenset(),
    ActionStatus.OVERDUE: frozenset(),  # never stored, so never the start of a change
}

# Statuses whose action still needs work (reminders, "overdue").
OPEN_STATUSES = frozenset(
    {ActionStatus.DRAFT, ActionStatus.SUBMITTED, ActionStatus.RETURNED, ActionStatus.OPEN}
)

# The order a register lists statuses in: what needs attention first.
STATUS_ORDER = (
    ActionStatus.OPEN,
    ActionStatus.OVERDUE,
    ActionStatus.SUBMITTED,
    ActionStatus.RETURNED,
    ActionStatus.DRAFT,
    ActionStatus.DONE,
    ActionStatus.VERIFIED,
    ActionStatus.NOT_ACHIEVED,
    ActionStatus.CANCELLED,
)


def stored_status(text: str) -> ActionStatus:
    """A status as read from a file: an older file's stored 'overdue' reads as open."""
    status = ActionStatus(text)
    return ActionStatus.OPEN if status is ActionStatus.OVERDUE else status


def can_move(current: ActionStatus, new: ActionStatus) -> bool:
    return new in TRANSITIONS[current]


def refusal(current: ActionStatus, new: ActionStatus) -> str | None:
    """Why `current` may not become `new` (a code; see TRANSITION_REASONS), or None."""
    if new is ActionStatus.OVERDUE or current is ActionStatus.OVERDUE:
        return "overdue_derived"
    if current is new:
        return "same_status"
    if new in TRANSITIONS[current]:
        return None
    if current in FINAL:
        return "final"
    if new is ActionStatus.OPEN and current in (ActionStatus.DRAFT, ActionStatus.RETURNED):
        return "needs_review"
    if new in (ActionStatus.VERIFIED, ActionStatus.NOT_ACHIEVED):
        return "not_done"
    if new is ActionStatus.DONE:
        return "not_open"
    if new is ActionStatus.RETURNED:
        return "not_submitted"
    if new is ActionStatus.SUBMITTED:
        return "not_draft"
    return "not_allowed"


# What each refusal code means (English, for logs; the window words them itself).
TRANSITION_REASONS = {
    "overdue_derived": "overdue follows from the due date and is never set",
    "same_status": "the action already has this status",
    "final": "a verified, not achieved or cancelled action is final",
    "needs_review": "a draft must be submitted and accepted before it opens",
    "not_done": "only a done action is verified or found not achieved",
    "not_open": "only an open (accepted) action can be marked done",
    "not_submitted": "only a submitted action can be returned",
    "not_draft": "only a draft can be submitted (revise a returned action first)",
    "not_allowed": "this change of status is not allowed",
}


def is_overdue(status: ActionStatus, due: datetime.date | None, today: datetime.date) -> bool:
    """An action still open after its due date is overdue (the due day itself is not)."""
    return due is not None and status in OPEN_STATUSES and today > due


def days_overdue(status: ActionStatus, due: datetime.date | None, today: datetime.date) -> int:
    """How many days past its due date an unfinished action is (0 when it is not)."""
    if due is None or not is_overdue(status, due, today):
        return 0
    return (today - due).days


def effective_status(
    status: ActionStatus, due: datetime.date | None, today: datetime.date
) -> ActionStatus:
    """The status to show today: an open action past its due date reads as overdue."""
    if status is ActionStatus.OPEN and is_overdue(status, due, today):
        return ActionStatus.OVERDUE
    return status


def status_counts(
    actions: Iterable[tuple[ActionStatus, datetime.date | None]], today: datetime.date
) -> dict[ActionStatus, int]:
    """How many actions show each status today (overdue by date), in STATUS_ORDER.

    `actions` gives each action's stored status and due date; statuses no action
    has are left out.
    """
    counts = dict.fromkeys(STATUS_ORDER, 0)
    for status, due in actions:
        counts[effective_status(status, due, today)] += 1
    return {status: n for status, n in counts.items() if n}


def proposed_owner(
    responsible_unit_ids: Sequence[str],
    unit_managers: dict[str, str | None],
    general_manager_id: str | None,
) -> str | None:
    """The seeds' owner rule: one department -> its manager; several -> the general manager."""
    units = list(dict.fromkeys(responsible_unit_ids))
    if len(units) == 1:
        return unit_managers.get(units[0]) or general_manager_id
    return general_manager_id


# -- the plan -------------------------------------------------------------------------
def plan_problem(
    start: datetime.date | None,
    due: datetime.date | None,
    direction: Direction | None,
    baseline: float | None,
    expected: float | None,
) -> str | None:
    """What is wrong with an action's dates and expected result (a code), or None.

    `due_before_start`; `expected_wrong_side` when the expected value does not improve on
    the baseline in the KPI's direction (higher-is-better must expect more, lower-is-better
    less); `expected_same` when it expects no change at all.
    """
    if start is not None and due is not None and due < start:
        return "due_before_start"
    if direction is None or baseline is None or expected is None:
        return None
    if expected == baseline:
        return "expected_same"
    if direction is Direction.HIGHER and expected < baseline:
        return "expected_wrong_side"
    if direction is Direction.LOWER and expected > baseline:
        return "expected_wrong_side"
    return None


# -- the SMART check on submission ---------------------------------------------------------
@dataclass(frozen=True)
class ActionPlan:
    """What the SMART check of an action reads."""

    title: str
    measures: str
    kpi_name: str | None  # None: no KPI linked
    direction: Direction | None
    baseline: float | None
    expected: float | None
    due: datetime.date | None
    start: datetime.date | None = None
    linked: bool = False  # from a meeting issue or to a goal


# Reason codes, by letter (the window words them).
SMART_REASONS = {
    "S": ("described", "no_description", "copy_of_kpi", "no_measures"),
    "M": ("measured", "no_kpi", "no_expected"),
    "A": ("within_history", "stretch", "no_baseline", "wrong_side"),
    "R": ("linked", "not_linked"),
    "T": ("due", "no_due", "due_before_start"),
}


def smart_check(plan: ActionPlan, band: Band | None = None) -> tuple[SmartItem, ...]:
    """The five SMART verdicts of an action, the goals' rules applied to an action:
    S a description of its own and measures, M a KPI and an expected value, A the
    expected result against the baseline (a stretch beyond the band fails), R linked
    to the issue or goal it improves, T a due date (not before the start)."""
    band = band or Band()
    return (
        _specific(plan),
        _measurable(plan),
        _achievable(plan, band),
        SmartItem("R", Verdict.OK, "linked")
        if plan.linked
        else SmartItem("R", Verdict.FAIL, "not_linked"),
        _time_bound(plan),
    )


def smart_failures(items: Sequence[SmartItem]) -> list[SmartItem]:
    """The verdicts that refuse a submission (an unknown is not a failure)."""
    return [item for item in items if item.verdict is Verdict.FAIL]


def _specific(plan: ActionPlan) -> SmartItem:
    title = " ".join(plan.title.split())
    if not title:
        return SmartItem("S", Verdict.FAIL, "no_description")
    if plan.kpi_name and title.casefold() == " ".join(plan.kpi_name.split()).casefold():
        return SmartItem("S", Verdict.FAIL, "copy_of_kpi")
    if not plan.measures.strip():
        return SmartItem("S", Verdict.FAIL, "no_measures")
    return SmartItem("S", Verdict.OK, "described")


def _measurable(plan: ActionPlan) -> SmartItem:
    if plan.kpi_name is None:
        return SmartItem("M", Verdict.FAIL, "no_kpi")
    if plan.expected is None:
        return SmartItem("M", Verdict.FAIL, "no_expected")
    return SmartItem("M", Verdict.OK, "measured")


def _achievable(plan: ActionPlan, band: Band) -> SmartItem:
    baseline, expected = plan.baseline, plan.expected
    if baseline is None or expected is None:
        return SmartItem("A", Verdict.UNKNOWN, "no_baseline")
    if plan_problem(None, None, plan.direction, baseline, expected) is not None:
        return SmartItem("A", Verdict.FAIL, "wrong_side")
    if baseline <= 0 or expected <= 0:
        return SmartItem("A", Verdict.UNKNOWN, "no_baseline")
    ratio = baseline / expected if plan.direction is Direction.LOWER else expected / baseline
    if plan.direction is Direction.RANGE:
        ratio = max(ratio, 1 / ratio)
    if ratio > band.high:
        return SmartItem("A", Verdict.FAIL, "stretch", ratio)
    return SmartItem("A", Verdict.OK, "within_history", ratio)


def _time_bound(plan: ActionPlan) -> SmartItem:
    if plan.due is None:
        return SmartItem("T", Verdict.FAIL, "no_due")
    if plan.start is not None and plan.due < plan.start:
        return SmartItem("T", Verdict.FAIL, "due_before_start")
    return SmartItem("T", Verdict.OK, "due")


# -- verification -----------------------------------------------------------------------
@dataclass(frozen=True)
class Verification:
    """The proposed outcome of a done action, with the numbers that decided it."""

    outcome: ActionStatus  # VERIFIED or NOT_ACHIEVED
    reason: str  # reached | improved_short | not_improved | worse | in_range | out_of_range
    baseline: float | None
    expected: float | None
    result: float
    band: tuple[float, float] | None = None
    improvement: float | None = None  # result - baseline, signed so that > 0 is better


def verify(
    direction: Direction,
    baseline: float | None,
    expected: float | None,
    result: float,
    band: tuple[float, float] | None = None,
) -> Verification:
    """Compare the KPI's value after the due date (`result`) with the baseline and the
    expected result, in the KPI's direction, and propose verified or not achieved.

    Higher is better: verified when result >= expected. Lower: when result <= expected.
    Range: verified when the result lies in `band` (the goal's target..target_max, both
    ends included); without a band the expected value is the edge to reach, coming from
    the baseline's side. Without an expected value, any improvement on the baseline is
    verified.
    """
    if direction is Direction.RANGE and band is not None:
        low, high = min(band), max(band)
        inside = low <= result <= high
        return Verification(
            ActionStatus.VERIFIED if inside else ActionStatus.NOT_ACHIEVED,
            "in_range" if inside else "out_of_range",
            baseline,
            expected,
            result,
            (low, high),
            _improvement(direction, baseline, expected, result, (low, high)),
        )
    sign = _sign(direction, baseline, expected)
    improvement = None if baseline is None else sign * (result - baseline)
    if expected is not None and sign * (result - expected) >= 0:
        return Verification(
            ActionStatus.VERIFIED, "reached", baseline, expected, result, None, improvement
        )
    if improvement is None:
        reason = "not_reached"
    elif improvement > 0:
        reason = "improved_short" if expected is not None else "reached"
    elif improvement == 0:
        reason = "not_improved"
    else:
        reason = "worse"
    outcome = ActionStatus.VERIFIED if reason == "reached" else ActionStatus.NOT_ACHIEVED
    return Verification(outcome, reason, baseline, expected, result, None, improvement)


def _sign(direction: Direction, baseline: float | None, expected: float | None) -> int:
    """+1 when a larger value is better, -1 when a smaller one is."""
    if direction is Direction.LOWER:
        return -1
    if direction is Direction.RANGE and baseline is not None and expected is not None:
        return 1 if expected >= baseline else -1
    return 1


def _improvement(
    direction: Direction,
    baseline: float | None,
    expected: float | None,
    result: float,
    band: tuple[float, float],
) -> float | None:
    """For a range: how much closer to the band the result is than the baseline was."""
    if baseline is None:
        return None

    def distance(value: float) -> float:
        return max(band[0] - value, 0.0, value - band[1])

    return distance(baseline) - distance(result)


# -- 10-day reports (旬报) ---------------------------------------------------------------
def ten_day(day: datetime.date) -> Period:
    """The 旬 (1-10, 11-20, 21-end of a month) that `day` falls in."""
    return Period.of(day, Granularity.TEN_DAY)


def report_problem(
    report_day: datetime.date,
    today: datetime.date,
    progress: float | None,
    reported_periods: Iterable[str],
) -> str | None:
    """What refuses a 10-day report (a code), or None: `future` (dated after today),
    `progress_range` (outside 0-100 %), `period_reported` (the 旬 has a report)."""
    if report_day > today:
        return "future"
    if progress is not None and not 0 <= progress <= 100:
        return "progress_range"
    if ten_day(report_day).key in set(reported_periods):
        return "period_reported"
    return None


def missing_report(
    status: ActionStatus,
    start: datetime.date | None,
    reported_periods: Iterable[str],
    today: datetime.date,
) -> bool:
    """An open action (overdue ones too) that started and has no report for today's 旬."""
    if status not in (ActionStatus.OPEN, ActionStatus.OVERDUE):
        return False
    if start is not None and start > today:
        return False
    return ten_day(today).key not in set(reported_periods)


@dataclass(frozen=True)
class Reminders:
    """What an action list reminds its user of at open (ids, in due order)."""

    due_soon: list[str] = field(default_factory=list)
    overdue: list[str] = field(default_factory=list)
    missing_report: list[str] = field(default_factory=list)


def reminders(
    actions: Iterable[tuple[str, ActionStatus, datetime.date | None, datetime.date | None, bool]],
    today: datetime.date,
    window: int = 7,
) -> Reminders:
    """Split actions — (id, stored status, start, due, has a report this 旬) — into due
    within `window` days (today included), overdue, and missing this 旬's report."""
    result = Reminders()
    ordered = sorted(actions, key=lambda a: (a[3] is None, a[3] or today))
    for action_id, status, start, due, reported in ordered:
        if is_overdue(status, due, today):
            if status is ActionStatus.OPEN:
                result.overdue.append(action_id)
        elif status is ActionStatus.OPEN and due is not None and (due - today).days <= window:
            result.due_soon.append(action_id)
        started = start is None or start <= today
        if not reported and status is ActionStatus.OPEN and started:
            result.missing_report.append(action_id)
    return result


# -- the next meeting's review (有改进 / 无改进) -------------------------------------------
class ReviewOutcome(enum.StrEnum):
    """How an action stands at the next meeting's review of last meeting's actions."""

    IMPROVED = "improved"  # verified: the KPI moved the expected way
    NOT_ACHIEVED = "not_achieved"
    OVERDUE = "overdue"  # still open past its due date at the meeting
    NO_RESULT = "no_result"  # marked done by the meeting, not yet verified


@dataclass(frozen=True)
class ReviewedAction:
    """One action as the review item lists it, with the figures that decided it."""

    unit: str
    title: str
    status: ActionStatus
    owner: str = ""
    baseline: float | None = None
    expected: float | None = None
    result: float | None = None
    kpi: str = ""  # the KPI's name
    decimals: int = 2
    kpi_unit: str = ""
    due: datetime.date | None = None
    days_overdue: int = 0

    @property
    def outcome(self) -> ReviewOutcome | None:
        """None for an action the review does not list (still in time, cancelled)."""
        if self.status is ActionStatus.VERIFIED:
            return ReviewOutcome.IMPROVED
        if self.status is ActionStatus.NOT_ACHIEVED:
            return ReviewOutcome.NOT_ACHIEVED
        if self.status is ActionStatus.DONE:
            return ReviewOutcome.NO_RESULT
        if self.status is ActionStatus.OPEN and self.days_overdue > 0:
            return ReviewOutcome.OVERDUE
        return None


@dataclass(frozen=True)
class DepartmentReview:
    """How a department's actions came out, for the review-of-actions agenda item."""

    unit: str
    verified: list[str]  # action titles
    not_achieved: list[str]  # titles of actions not achieved, overdue or without a result
    actions: tuple[ReviewedAction, ...] = ()

    @property
    def improved(self) -> bool:
        """Clear improvement: every action the review lists for the department was
        verified."""
        return bool(self.verified) and not self.not_achieved


def review_by_department(
    closed: Iterable[tuple[str, str, ActionStatus] | ReviewedAction],
) -> tuple[list[DepartmentReview], list[DepartmentReview]]:
    """Split departments by their actions — (department, action title, status) or
    ReviewedAction — into those with clear improvement (有改进: all verified) and those
    without (无改进: any not achieved, overdue at the meeting, or done without a result),
    each sorted by department. Actions still in time and cancelled ones are ignored."""
    found: dict[str, list[ReviewedAction]] = {}
    for entry in closed:
        action = entry if isinstance(entry, ReviewedAction) else ReviewedAction(*entry)
        if action.outcome is not None:
            found.setdefault(action.unit, []).append(action)
    reviews = [
        DepartmentReview(
            unit,
            [a.title for a in listed if a.outcome is ReviewOutcome.IMPROVED],
            [a.title for a in listed if a.outcome is not ReviewOutcome.IMPROVED],
            tuple(listed),
        )
        for unit, listed in sorted(found.items())
    ]
    return [r for r in reviews if r.improved], [r for r in reviews if not r.improved]


# -- the register's groups (by department or owner) -----------------------------------------
@dataclass(frozen=True)
class ActionGroup:
    """One group of the register: its key (a unit or person id, None for "none"), its
    name, the positions of its members in the order given, and how many show each status
    (overdue included)."""

    key: str | None
    name: str
    members: tuple[int, ...]
    counts: dict[ActionStatus, int]

    @property
    def overdue(self) -> int:
        return self.counts.get(ActionStatus.OVERDUE, 0)


def group_actions(
    actions: Iterable[tuple[str | None, str, ActionStatus]],
    order: Mapping[str, int] | None = None,
) -> list[ActionGroup]:
    """Group actions — (group key, group name, status shown today) in the order shown —
    by key. Groups come in `order` (key -> place: the organisation's own order, as its
    tree lists units and people), then by name (ignoring case), the group without a key
    last; each group's members keep the order given, so a sorted register stays sorted
    inside them. Counts per status follow STATUS_ORDER and leave out statuses no member
    has."""
    place = order or {}
    unplaced = len(place)
    members: dict[str | None, list[int]] = {}
    names: dict[str | None, str] = {}
    counts: dict[str | None, dict[ActionStatus, int]] = {}
    for position, (key, name, status) in enumerate(actions):
        found = members.get(key)
        if found is None:
            found = members[key] = []
            names[key] = name
            counts[key] = {}
        found.append(position)
        tally = counts[key]
        tally[status] = tally.get(status, 0) + 1
    keys = sorted(
        members,
        key=lambda k: (k is None, place.get(k or "", unplaced), names[k].casefold(), k or ""),
    )
    return [
        ActionGroup(
            key,
            names[key],
            tuple(members[key]),
            {s: counts[key][s] for s in STATUS_ORDER if counts[key].get(s)},
        )
        for key in keys
    ]


# The register's due-date filter: which actions a window of due dates takes.
DUE_ANY, DUE_OVERDUE, DUE_WEEK, DUE_MONTH, DUE_NONE = "all", "overdue", "week", "month", "none"
_DUE_DAYS = {DUE_WEEK: 7, DUE_MONTH: 30}


def due_window_fits(
    window: str, due: datetime.date | None, status: ActionStatus, today: datetime.date
) -> bool:
    """Whether an action (its due date and the status shown today) is in the due window:
    any; overdue; open and due within 7 or 30 days from today; or with no due date."""
    if window == DUE_ANY:
        return True
    if window == DUE_NONE:
        return due is None
    if window == DUE_OVERDUE:
        return status is ActionStatus.OVERDUE
    if due is None or status is not ActionStatus.OPEN:
        return False
    return 0 <= (due - today).days <= _DUE_DAYS[window]
