"""The demo's two past monthly review meetings and what came out of them.

Owns `hold_meetings`: for each meeting its attendance (one manager late, one excused,
who sends a team lead to speak), the timed agenda with minutes, the issues raised on
the month's worst misses with their improvement actions, and the 10-day reports (旬报)
filed on those actions so far. Texts come from perfdesk.demo.names_review and
perfdesk.demo.names_issues.

The meetings review the month before today's, capped at the last actual month, and the
month before that (in January: November and December of last year); each is held on
the first weekday from the 3rd of the next month, never after `today`.
"""

from __future__ import annotations

import datetime
from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Any

from perfdesk.core.kpi import Direction
from perfdesk.core.periods import Granularity, Period
from perfdesk.demo.context import Context, Dept, Goal, Goals, Org, Person, kpi_value
from perfdesk.demo.names_issues import ISSUES, REPORT_NOTES, RETURN_REASON, VAGUE_MEASURES
from perfdesk.demo.names_review import AGENDA_TITLES, MEETING_TITLE, MINUTES, MONTHS_EN, PLACE

_SPEAK = {"sales": 12, "marketing": 10, "production": 10, "quality": 10, "finance": 8, "hr": 8}
_PACE = {"opening": (0.9, 1.2), "action_review": (0.9, 1.3), "speaker": (0.85, 1.3)}
_PACE |= {"discussion": (0.9, 1.4), "buffer": (0.2, 0.9), "closing": (0.8, 1.2)}
_OLDER = ("verified", "done", "overdue", "verified", "done")  # action statuses per meeting
_LATEST = ("open", "draft", "returned", "open", "open")
_UTC_OFFSET = datetime.timedelta(hours=8)  # the demo company works on Beijing time
_DAY = datetime.timedelta(days=1)

Review = tuple[int, int, int]  # a meeting's actions: how many, done, overdue


def hold_meetings(ctx: Context, org: Org, goals: Goals) -> None:
    """The two ended monthly meetings; `goals` are today's year's."""
    # months reaches today's month only in January: then last year's December is reviewed.
    last = (ctx.year, ctx.months) if ctx.months < ctx.today.month else (ctx.year - 1, 12)
    meetings = _Meetings(ctx, org, goals)
    review = meetings.meeting(_shift(*last, -1), org.depts[4].manager, org.execs[1], _OLDER)
    meetings.meeting(last, org.depts[1].manager, org.depts[-1].manager, _LATEST, review)


@dataclass(eq=False)
class _Meetings:
    """What the meetings share: the build, the organisation, the goals, the issues raised."""

    ctx: Context
    org: Org
    goals: Goals
    used: set[tuple[str, int]] = field(default_factory=set)  # issue templates raised so far

    def meeting(
        self,
        month: tuple[int, int],
        late: Person,
        excused: Person,
        statuses: Sequence[str],
        review: Review = (3, 3, 0),
    ) -> Review:
        """One ended monthly meeting; returns its actions: how many, done, overdue.

        `review` is what the previous meeting left (by default one before the demo's
        first, which closed all its three actions), read out in the action review.
        """
        ctx, org = self.ctx, self.org
        rng, (year, mon), gm, secretary = ctx.rng, month, org.execs[0], org.execs[2]
        day = datetime.date(*_shift(year, mon, 1), 3)
        while day.weekday() >= 5:
            day += _DAY
        day, meeting_id, small = min(day, ctx.today), ctx.new_id(), ctx.size == "small"
        speakers = {d.id: d.leads[0] if d.manager is excused else d.manager for d in org.depts}
        plan: list[tuple[str, Person | None, Dept | None, int]] = [
            ("opening", gm, None, 5),
            ("action_review", secretary, None, 10),
            *(
                ("speaker", speakers[d.id], d, _SPEAK[d.spec["kind"]] if small else 5)
                for d in org.depts
            ),
            ("discussion", None, None, 15),
            ("buffer", None, None, 10),
            ("closing", gm, None, 5),
        ]
        clock = datetime.datetime.combine(day, datetime.time(9)) - _UTC_OFFSET
        items, item_of = list[tuple[Any, ...]](), dict[str, str]()
        for pos, (kind, who, dept, minutes) in enumerate(plan, 1):
            seconds = round(minutes * 60 * rng.uniform(*_PACE[kind]))
            start, clock = _ts(clock), clock + datetime.timedelta(seconds=seconds)
            dept_name = dept.name if dept else ""
            title = ctx.t(AGENDA_TITLES[kind]).format(dept=dept_name)
            # minutes for every segment and for the first speaker
            note = MINUTES.get(kind) if pos <= 3 or kind != "speaker" else None
            total, done, overdue = review
            facts = {"dept": dept_name, "total": total, "done": done, "overdue": overdue}
            text = ctx.t(note).format(**facts) if note else ""
            item_id = item_of[dept.id if dept else kind] = ctx.new_id()
            who_id, unit_id = (who.id if who else None), (dept.id if dept else None)
            head = (item_id, meeting_id, pos, kind, title, who_id, unit_id)
            items.append((*head, minutes, seconds, start, _ts(clock), text))
        title = ctx.t(MEETING_TITLE).format(year=year, month=mon, month_en=MONTHS_EN[mon - 1])
        length = 120 if small else -(-(sum(p[3] for p in plan) + 15) // 30) * 30
        when = (day.isoformat(), "09:00", length, ctx.t(PLACE), f"{year}-{mon:02d}")
        chair = (gm.id, secretary.id, "ended", items[0][9], items[-1][10])
        # The meeting is written last: once it is ended its record is frozen (triggers).
        meeting_row = (meeting_id, title, "monthly", *when, *chair)
        committee = [*org.execs, *(d.manager for d in org.depts)]
        attendees = [*committee, *(p for p in speakers.values() if p not in committee)]
        attendance = {late.id: "late", excused.id: "excused"}
        rows = [
            (meeting_id, p.id, attendance.get(p.id, "present"), position)
            for position, p in enumerate(attendees)
        ]
        columns = "id meeting_id position kind title speaker_id unit_id planned_minutes"
        ctx.put("agenda_items", columns + " actual_seconds started_at ended_at minutes", items)
        ctx.put("meeting_attendees", "meeting_id person_id attendance position", rows, False)
        vm = mon if year == ctx.year else 1  # a meeting on last year's data quotes January
        chosen = self.pick_issues(vm, len(statuses))
        for (group, idx, lead), st in zip(chosen, statuses, strict=False):
            tpl, cross = ISSUES[group][idx], group == "cross"
            self.issue(tpl, cross, lead, vm, st, day, meeting_id, item_of[lead.id])
        columns = "id title kind date start_time planned_minutes place period chair_id"
        columns += " secretary_id status started_at ended_at"
        ctx.put("meetings", columns, [meeting_row])
        sts = statuses[: len(chosen)]
        finished = sum(s in ("done", "verified") for s in sts)
        return len(sts), finished, sts.count("overdue")

    def pick_issues(self, m: int, count: int) -> list[tuple[str, int, Dept]]:
        """The month's worst misses among the issue templates no meeting has raised yet."""
        found = []
        for group, templates in ISSUES.items():
            for idx, tpl in enumerate(templates):
                kind, code = tpl["kinds"][0], tpl["kpi"]
                depts = [d for d in self.org.depts if d.spec["kind"] == kind]
                lead = min(depts, key=lambda d: self.goals[d.id, code].rate(m))
                found.append((self.goals[lead.id, code].rate(m), group, idx, lead))
        found = sorted(c for c in found if (c[1], c[2]) not in self.used)
        misses = [c for c in found if c[0] < 1]
        chosen = (misses if len(misses) >= 3 else found)[:count]
        self.used |= {(g, i) for _, g, i, _ in chosen}
        return [(g, i, lead) for _, g, i, lead in chosen]

    def issue(
        self,
        tpl: dict[str, Any],
        cross: bool,
        lead: Dept,
        m: int,
        st: str,
        day: datetime.date,
        meeting_id: str,
        item_id: str,
    ) -> None:
        """An issue raised under `lead`'s speaker item and its improvement action."""
        ctx, depts = self.ctx, self.org.depts
        rng, text, goal = ctx.rng, ctx.t((tpl["zh"], tpl["en"])), self.goals[lead.id, tpl["kpi"]]
        kinds = tpl["kinds"][1:]
        related = [lead, *(rng.choice([d for d in depts if d.spec["kind"] == k]) for k in kinds)]
        owner = self.org.execs[0] if cross else lead.manager  # several departments: the GM
        start, days = day + _DAY, {"overdue": 14, "done": 21, "verified": 21}.get(st)
        due = day + datetime.timedelta(days=days or rng.choice((30, 40, 45)))
        issue_id, action_id, kpi = ctx.new_id(), ctx.new_id(), goal.kpi
        base, target = goal.actual[m], goal.months[m - 1]
        better = 1.05 if kpi.direction is Direction.HIGHER else 0.95
        expected = target if goal.rate(m) < 1 else kpi_value(kpi, base, better)
        description = text[0].format(
            kpi=kpi.name(ctx.lang),
            actual=goal.fmt(base, ctx.lang),
            target=goal.fmt(target, ctx.lang),
        )
        issue_row = (issue_id, meeting_id, item_id, description, tpl["cause"], lead.id)
        columns = "id meeting_id agenda_item_id description cause"
        columns += " responsible_unit_id owner_id due_date resource_request"
        ctx.put("issues", columns, [(*issue_row, owner.id, due.isoformat(), text[3])])
        related_rows = [(issue_id, d.id) for d in related]
        ctx.put("issue_units", "issue_id unit_id", related_rows, entity=False)
        returned = st == "returned"  # failed the SMART check: measures that measure nothing
        measures = ctx.t(VAGUE_MEASURES) if returned else text[2]
        reason = ctx.t(RETURN_REASON) if returned else ""
        row = (action_id, issue_id, text[1], lead.id, owner.id, start.isoformat(), due.isoformat())
        aim = (goal.kpi_id, goal.id, goal.value(base), goal.value(expected))
        columns = "id issue_id title responsible_unit_id owner_id start_date due_date measures"
        columns += " kpi_id goal_id baseline expected status status_reason"
        # Overdue is derived from the due date (schema v4 stores no 'overdue'): still open.
        stored = "open" if st == "overdue" else st
        ctx.put("actions", columns, [(*row, measures, *aim, stored, reason)])
        _reports(ctx, action_id, goal, st, start, due, base, expected)


def _reports(
    ctx: Context,
    action_id: str,
    goal: Goal,
    st: str,
    start: datetime.date,
    due: datetime.date,
    base: int,
    expected: int,
) -> None:
    """The 10-day reports (旬报) filed so far: at the end of each 10-day period, up to 3."""
    if st not in ("open", "done", "verified", "overdue") or start > ctx.today:
        return
    finished = st in ("done", "verified")
    limit = min(ctx.today, due if finished else due + 10 * _DAY)
    dates, day = list[datetime.date](), start
    while len(dates) < 3 and (end := Period.of(day, Granularity.TEN_DAY).end) <= limit:
        dates.append(end)
        day = end + _DAY
    dates = dates or [min(ctx.today, due)]
    notes, rows = ctx.t(REPORT_NOTES), []
    for i, day in enumerate(dates):
        last = i == len(dates) - 1
        if finished:
            progress, note = round(100 * (i + 1) / len(dates)), notes[2 if last else min(i, 1)]
        else:
            progress = ((30, 50, 60) if st == "overdue" else (30, 60, 80))[i]
            note = notes[3 if st == "overdue" and last else min(i, 1)]
        value = goal.value(round(base + (expected - base) * progress / 100))
        period = Period.of(day, Granularity.TEN_DAY).key
        rows.append((action_id, day.isoformat(), period, value, progress, note))
    columns = "action_id report_date period measured_value progress note"
    ctx.put("action_reports", columns, rows, entity=False)


def _shift(year: int, month: int, months: int) -> tuple[int, int]:
    """(year, month) shifted by a number of months."""
    shifted = Period(Granularity.MONTH, year, month).shift(months)
    return shifted.year, shifted.number


def _ts(moment: datetime.datetime) -> str:
    return moment.strftime("%Y-%m-%dT%H:%M:%S.%fZ")
