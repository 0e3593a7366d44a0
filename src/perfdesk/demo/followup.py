"""What the company-size meetings raise: issues, improvement actions and 10-day reports.

Owns `Followup`, which a meeting asks to raise the issues on its worst misses: it picks
an issue template that fits the department (or, in a sales department's own review, the
area) and its KPI, not raised for the same unit in the last two months; writes the issue
with the units it names (responsible department first, related departments or the area
after); and writes its improvement action, two for a cross-department issue (the general
manager's, and the other department's part built from the resource request). Owners
follow the seeds: the responsible department's manager, the general manager across
departments. An action's status follows its age as of `today`: the latest meeting of a
series leaves drafts, returned and open actions; older ones are open, done, verified,
overdue or cancelled. Every started action has a 10-day report (旬报) for each 10-day
period that has ended before it finished, was cancelled, or today.
"""

from __future__ import annotations

import datetime
from dataclasses import dataclass, field
from typing import Any

from perfdesk.core.kpi import Direction, achievement, aggregate
from perfdesk.core.periods import Granularity, Period
from perfdesk.demo.context import Context, Dept, Goal, Org, Person, Team, kpi_value
from perfdesk.demo.names_company_issues import CANCEL_REASONS, COMPANY_ISSUES, VERIFIED_REASON
from perfdesk.demo.names_issues import ISSUES, REPORT_NOTES, RETURN_REASON, VAGUE_MEASURES

_DAY = datetime.timedelta(days=1)
_CROSS_SHARE = 0.25  # of the misses that a cross-department template fits
_ROUTINE = ("training_hours", "task_completion")
_PER_UNIT = 2  # issues a meeting raises on one department or area at most
Month = tuple[int, int]  # (year, month)


@dataclass(frozen=True)
class Miss:
    """A unit's result over the reviewed months on one KPI, below target."""

    rate: float
    dept: Dept
    goal: Goal
    actual: int  # minor units, over the months
    target: int
    area: Team | None = None


@dataclass(eq=False)
class Followup:
    ctx: Context
    org: Org
    goals: dict[int, dict[tuple[str, str], Goal]]  # by year, then (owner id, KPI code)
    raised: dict[tuple[str, str], int] = field(default_factory=dict)  # -> month index
    actions: list[str] = field(default_factory=list)  # statuses written, in order

    def miss(self, dept: Dept, owner: str, code: str, months: list[Month]) -> Miss | None:
        """The owner's figures on `code` over `months`, if below target."""
        goal = self.goals[months[-1][0]].get((owner, code))
        if goal is None or any(y != months[-1][0] for y, _ in months):
            return None
        ms = [m for _, m in months]
        actual = aggregate(goal.kpi.aggregation, [goal.actual[m] for m in ms])
        target = aggregate(goal.kpi.aggregation, [goal.months[m - 1] for m in ms])
        rate = achievement(goal.kpi.direction, target, actual)
        if actual is None or target is None or rate is None or rate >= 1:
            return None
        area = next((t for t in dept.teams if t.id == owner), None)
        return Miss(rate, dept, goal, round(actual), round(target), area)

    def misses(self, depts: list[Dept], months: list[Month], areas: bool = False) -> list[Miss]:
        """Every below-target (department or area, KPI), worst first."""
        found = []
        for d in depts:
            owners = [t.id for t in d.teams] if areas else [d.id]
            for owner in owners:
                for code, _ in d.spec["person_kpis" if areas else "dept_kpis"]:
                    found += [x for x in [self.miss(d, owner, code, months)] if x]
        return sorted(found, key=lambda x: x.rate)

    def raise_issues(
        self,
        misses: list[Miss],
        count: int,
        meeting: tuple[str, datetime.date, int, bool],
        items: dict[str, str],
        at_least: int = 2,
    ) -> None:
        """Up to `count` issues on `misses`, at most two per unit; `meeting` = (id, day,
        month index, latest of its series); `items` maps a unit id to its agenda item."""
        rng, chosen, seen, used = self.ctx.rng, 0, dict[str, int](), set[str]()
        for x in _worth_raising(misses, at_least):
            unit = x.area or x.dept
            if chosen >= count or seen.get(unit.id, 0) >= _PER_UNIT:
                continue
            options = [o for o in self._templates(x, meeting[2]) if o[1] not in used]
            if not options:
                continue
            cross = [t for t in options if t[0] == "cross"]
            pick = cross if cross and rng.random() < _CROSS_SHARE else options
            key, tpl = pick[rng.randrange(len(pick))][1:]
            self.raised[key, unit.id] = meeting[2]
            used.add(key)  # one meeting raises a template once
            seen[unit.id] = seen.get(unit.id, 0) + 1
            chosen += 1
            division = x.dept.division.id if x.dept.division else ""
            item = items.get(unit.id) or items.get(x.dept.id) or items.get(division)
            self._issue(x, tpl, key.startswith("cross"), meeting, item or items["*"])

    def _templates(self, x: Miss, index: int) -> list[tuple[str, str, dict[str, Any]]]:
        """(group, key, template) of the templates that fit a miss and were not raised
        on the same unit in the last two months."""
        found = []
        unit, kind = (x.area or x.dept), x.dept.spec["kind"]
        for source, groups in (("", ISSUES), ("c", COMPANY_ISSUES)):
            for group, templates in groups.items():
                for i, tpl in enumerate(templates):
                    key = f"{group}/{source}{i}"
                    fits = tpl["kpi"] == x.goal.kpi.code and tpl["kinds"][0] in (kind, "any")
                    fits = fits and bool(tpl.get("area")) == (x.area is not None)
                    last = self.raised.get((key, unit.id))
                    if fits and (last is None or index > last + 2):
                        found.append((group, key, tpl))
        return found

    def _issue(
        self,
        x: Miss,
        tpl: dict[str, Any],
        cross: bool,
        meeting: tuple[str, datetime.date, int, bool],
        item_id: str,
    ) -> None:
        ctx, rng, org = self.ctx, self.ctx.rng, self.org
        meeting_id, day, _, latest = meeting
        text = ctx.t((tpl["zh"], tpl["en"]))
        kpi, goal = x.goal.kpi, x.goal
        fill = {
            "kpi": kpi.name(ctx.lang),
            "actual": goal.fmt(x.actual, ctx.lang),
            "target": goal.fmt(x.target, ctx.lang),
            "unit": x.area.name if x.area else x.dept.name,
        }
        partners = [
            rng.choice([d for d in org.depts if d.spec["kind"] == k and d is not x.dept])
            for k in tpl["kinds"][1:]
        ]
        related = [x.dept.id, *([x.area.id] if x.area else []), *(d.id for d in partners)]
        owner = org.execs[0] if cross else x.dept.manager
        start = day + 3 * _DAY  # the action form is due within three working days
        due = day + rng.choice((30, 40, 45, 60)) * _DAY
        issue_id = ctx.new_id()
        columns = "id meeting_id agenda_item_id description cause responsible_unit_id owner_id"
        row = (issue_id, meeting_id, item_id, text[0].format(**fill), tpl["cause"], x.dept.id)
        ctx.put(
            "issues",
            columns + " due_date resource_request",
            [(*row, owner.id, due.isoformat(), text[3])],
        )
        ctx.put("issue_units", "issue_id unit_id", [(issue_id, u) for u in related], False)
        better = 1.05 if kpi.direction is Direction.HIGHER else 0.95
        expected = x.target if x.rate < 1 else kpi_value(kpi, x.actual, better)
        title = text[1].format(**fill)
        self._action(
            issue_id, title, text[2], x.dept, owner, goal, (x.actual, expected), start, due, latest
        )
        if cross:
            for d in partners:
                part = ctx.t(("{title}：{dept}配合措施", "{title}: {dept}'s part"))
                self._action(
                    issue_id,
                    part.format(title=title, dept=d.name),
                    text[3],
                    d,
                    d.manager,
                    goal,
                    (x.actual, expected),
                    start,
                    due,
                    latest,
                )

    def _action(
        self,
        issue_id: str,
        title: str,
        measures: str,
        dept: Dept,
        owner: Person,
        goal: Goal,
        aim: tuple[int, int],
        start: datetime.date,
        due: datetime.date,
        latest: bool,
    ) -> None:
        ctx, today = self.ctx, self.ctx.today
        st, stop, reason = self._status(start, due, latest)
        if st == "returned":
            measures, reason = ctx.t(VAGUE_MEASURES), ctx.t(RETURN_REASON)
        action_id = ctx.new_id()
        row = (action_id, issue_id, title, dept.id, owner.id, start.isoformat(), due.isoformat())
        stored = "open" if st == "overdue" else st  # overdue is derived from the due date
        values = (goal.kpi_id, goal.id, goal.value(aim[0]), goal.value(aim[1]), stored, reason)
        columns = "id issue_id title responsible_unit_id owner_id start_date due_date measures"
        columns += " kpi_id goal_id baseline expected status status_reason"
        ctx.put("actions", columns, [(*row, measures, *values)])
        self.actions.append(st)
        if stop is not None and start <= min(stop, today):
            _reports(ctx, action_id, goal, st, start, due, stop, aim)

    def _status(
        self, start: datetime.date, due: datetime.date, latest: bool
    ) -> tuple[str, datetime.date | None, str]:
        """Status, the day the action stopped (finished or cancelled; today while it
        runs; None before it starts) and the status reason, drawn by age."""
        ctx, rng, today = self.ctx, self.ctx.rng, self.ctx.today
        r = rng.random()
        if latest:
            return (
                ("draft", None, "")
                if r < 0.3
                else ("returned", None, "")
                if r < 0.45
                else (
                    "open",
                    today,
                    "",
                )
            )
        cancel = min(today, start + rng.randint(10, 30) * _DAY)
        reason = ctx.t(CANCEL_REASONS[rng.randrange(len(CANCEL_REASONS))])
        if due >= today:
            if r < 0.8:
                return "open", today, ""
            if r < 0.92:
                return "done", max(start, today - rng.randint(1, 8) * _DAY), ""
            return "cancelled", cancel, reason
        finish = max(start + 10 * _DAY, due - rng.randint(0, 12) * _DAY)
        late = (today - due).days > 15
        if r < (0.6 if late else 0.15):
            return "verified", finish, ctx.t(VERIFIED_REASON)
        if r < 0.8:
            return "done", finish, ""
        if r < 0.93:
            return "overdue", today, ""
        return "cancelled", cancel, reason


def _worth_raising(misses: list[Miss], at_least: int) -> list[Miss]:
    """The misses a committee would question: amber or red ones (the KPIs every department
    holds, training and task completion, only when red), or at least the worst few."""
    serious = [
        x
        for x in misses
        if x.rate
        < (x.goal.kpi.red_below if x.goal.kpi.code in _ROUTINE else x.goal.kpi.amber_below)
    ]
    rest = [x for x in misses if x not in serious and x.goal.kpi.code not in _ROUTINE]
    return serious + rest[: max(0, at_least - len(serious))]


def _reports(
    ctx: Context,
    action_id: str,
    goal: Goal,
    st: str,
    start: datetime.date,
    due: datetime.date,
    stop: datetime.date,
    aim: tuple[int, int],
) -> None:
    """A report at the end of every 10-day period from the start up to `stop`, and, for a
    finished action, one on the day it finished."""
    finished = st in ("done", "verified")
    stop = min(stop, ctx.today)
    days, period = [], Period.of(start, Granularity.TEN_DAY)
    while period.end <= stop:
        days.append(period.end)
        period = period.shift(1)
    if finished and (not days or days[-1] < stop):
        days.append(stop)
    notes, rows, span = ctx.t(REPORT_NOTES), [], max((due - start).days, 1)
    base, expected = aim
    for i, day in enumerate(days):
        last = i == len(days) - 1
        elapsed = min((day - start).days / span, 1.0)
        if finished:
            progress = 100 if last else round(90 * elapsed)
        elif st == "overdue":
            progress = round(min(90 * elapsed, 60))
        else:
            progress = round(90 * elapsed)
        note = notes[2] if finished and last else notes[3] if day > due else notes[min(i, 1)]
        value = goal.value(round(base + (expected - base) * progress / 100))
        key = Period.of(day, Granularity.TEN_DAY).key
        rows.append((action_id, day.isoformat(), key, value, progress, note))
    columns = "action_id report_date period measured_value progress note"
    ctx.put("action_reports", columns, rows, entity=False)
