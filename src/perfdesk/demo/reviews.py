"""The company-size demo's year of review meetings.

Owns `hold_reviews`, which holds, for the ten months up to the last one reviewed:
- each division's monthly review (营销事业部 on the first weekday from the 5th of the
  next month, 制造中心 from the 6th), 120 minutes: opening, review of the last actions,
  the speakers (营销: 市场部, 客户服务部, 电子商务部, the five provincial sales departments
  furthest behind that month and the one furthest ahead; 制造: the plants, central
  quality speaking for the plants' quality departments, purchasing, planning &
  logistics), free discussion, buffer, closing;
- the quarterly group review (from the 12th of the month after the quarter), 180
  minutes: both divisions, both centres and the three departments furthest behind;
- the monthly review of the three provincial sales departments furthest behind this
  year (from the 3rd), in the common 90-minute format 5/5/5/5/5/60/5 (opening, action
  review, three areas, questions, closing);
and plans the next 营销事业部 review. Every meeting has its chair, secretary, attendance
(a manager late, one excused whose deputy speaks), a timed agenda with minutes, and the
issues raised on its worst misses (perfdesk.demo.followup).
"""

from __future__ import annotations

import datetime
from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Any

from perfdesk.demo.context import Context, Dept, Division, Goal, Org, Person
from perfdesk.demo.followup import Followup, Miss, Month
from perfdesk.demo.meetings import _PACE, _UTC_OFFSET, _shift, _ts
from perfdesk.demo.names_review import (
    AGENDA_TITLES,
    COMPANY_AGENDA_TITLES,
    COMPANY_MINUTES,
    DEPT_TITLE,
    DIVISION_TITLE,
    MINUTES,
    MONTHS_EN,
    PLACES,
    QUARTER_TITLE,
)

_DAY = datetime.timedelta(days=1)
_FIRST_DAY = {"sales": 5, "mfg": 6, "dept": 3, "group": 12}  # held from this day on
_START = {"sales": 9, "mfg": 9, "dept": 14, "group": 9}  # local hour the meeting starts


@dataclass(frozen=True)
class _Speaker:
    unit_id: str
    name: str
    person: Person
    minutes: int
    deputy: Person | None = None  # speaks if the person is excused
    title: str = "speaker"  # or "best" (经验分享)
    note: str = ""


@dataclass(frozen=True)
class _Held:
    id: str
    day: datetime.date
    items: dict[str, str]  # unit id (or "*": the discussion) -> agenda item id


def hold_reviews(ctx: Context, org: Org, goals: dict[int, dict[tuple[str, str], Goal]]) -> None:
    """Every meeting of the year, series by series, each in date order."""
    last = (ctx.year, ctx.months) if ctx.months < ctx.today.month else (ctx.year - 1, 12)
    months = [_shift(*last, -k) for k in range(9, -1, -1)]
    _Reviews(ctx, org, Followup(ctx, org, goals)).hold(months)


def _day(month: Month, series: str) -> datetime.date:
    """The first weekday from the series' day of the month after `month`."""
    year, mon = _shift(*month, 1)
    day = datetime.date(year, mon, _FIRST_DAY[series])
    while day.weekday() >= 5:
        day += _DAY
    return day


def _when(month: Month) -> dict[str, Any]:
    return {"year": month[0], "month": month[1], "month_en": MONTHS_EN[month[1] - 1]}


def _sales_provinces(depts: Sequence[Dept]) -> list[Dept]:
    return [d for d in depts if d.spec["code"].startswith("SAL-")]


@dataclass(eq=False)
class _Reviews:
    ctx: Context
    org: Org
    follow: Followup
    left: dict[str, tuple[int, int, int]] = field(default_factory=dict)  # actions by series

    def hold(self, months: list[Month]) -> None:
        org, today = self.org, self.ctx.today
        for division in org.divisions:
            held = [m for m in months if _day(m, division.key) <= today]
            for m in held:
                self.division_review(division, m, m == held[-1])
        this_year = [m for m in months if m[0] == months[-1][0]]
        provinces = _sales_provinces(org.depts)
        behind = sorted(provinces, key=lambda d: self.rate(d, "sales_amount", this_year))[:3]
        for dept in behind:
            held = [m for m in months if _day(m, "dept") <= today]
            for m in held:
                self.dept_review(dept, m, m == held[-1])
        quarters = [months[i - 2 : i + 1] for i in range(2, len(months)) if months[i][1] % 3 == 0]
        quarters = [q for q in quarters if q[0][0] == q[-1][0] and _day(q[-1], "group") <= today]
        for q in quarters:
            self.quarter_review(q, q is quarters[-1])
        self.plan_next(months[-1])

    def rate(self, dept: Dept, code: str, months: Sequence[Month]) -> float:
        """Achievement over the months (by the months' mean rate)."""
        goal = self.follow.goals[months[-1][0]][dept.id, code]
        return sum(goal.rate(m) for y, m in months if y == months[-1][0]) / len(months)

    def speaker(self, dept: Dept, minutes: int, **more: Any) -> _Speaker:
        return _Speaker(dept.id, dept.name, dept.manager, minutes, dept.leads[0], **more)

    # -- the meetings ------------------------------------------------------------------

    def division_review(self, division: Division, month: Month, latest: bool) -> None:
        t, key = self.ctx.t, division.key
        fixed = [d for d in division.depts if not d.spec["code"].startswith(("SAL-", "QA-"))]
        opening = t(MINUTES["opening"])
        if key == "sales":
            ranked = sorted(
                _sales_provinces(division.depts),
                key=lambda d: self.rate(d, "sales_amount", [month]),
            )
            speakers = [self.speaker(d, 6 if d.spec["kind"] == "sales" else 8) for d in fixed]
            speakers += [self.speaker(d, 8) for d in ranked[:5]]
            speakers.append(self.speaker(ranked[-1], 5, title="best"))
            opening = t(COMPANY_MINUTES["rotation"]).format(count=5, best=ranked[-1].name)
            issue_depts = [d for d in division.depts if d in fixed or d in ranked[:5]]
        else:
            speakers = []
            for d in fixed:
                central = d.spec["code"] == "QM"
                minutes = 7 if d.spec["kind"] == "production" else 8 if central else 5
                note = t(COMPANY_MINUTES["quality"]).format(dept=d.name) if central else ""
                speakers.append(self.speaker(d, minutes, note=note))
            issue_depts = division.depts
        # 市场部 keeps the record (the seeds); in manufacturing, planning & logistics
        secretary = next(d for d in fixed if d.spec["code"] in ("MKT", "PL")).manager
        held = self.meeting(
            key,
            ("monthly", f"{month[0]}-{month[1]:02d}", _day(month, key)),
            t(DIVISION_TITLE).format(**_when(month), unit=division.name),
            (division.head, secretary, t(PLACES[key])),
            [*speakers],
            (opening, 20, 8),
            [division.head, *(d.manager for d in division.depts)],
        )
        central = next((d for d in division.depts if d.spec["code"] == "QM"), None)
        if central:  # the plants' quality departments are reported on by central quality
            for d in division.depts:
                if d.spec["code"].startswith("QA-"):
                    held.items[d.id] = held.items[central.id]
        self.issues(key, held, self.follow.misses(issue_depts, [month]), (8, 2), month, latest)

    def dept_review(self, dept: Dept, month: Month, latest: bool) -> None:
        """The 90-minute 5/5/5/5/5/60/5: opening, action review, three areas, questions."""
        t = self.ctx.t
        speakers = [
            _Speaker(team.id, team.name, team.members[0], 5, team.members[-1])
            for team in dept.teams
        ]
        series = f"dept/{dept.id}"
        held = self.meeting(
            series,
            ("monthly", f"{month[0]}-{month[1]:02d}", _day(month, "dept")),
            t(DEPT_TITLE).format(**_when(month), unit=dept.name),
            (dept.manager, dept.teams[0].members[-1], t(PLACES["dept"])),  # staff keep minutes
            speakers,
            (t(COMPANY_MINUTES["dept_opening"]), 60, 0),
            [dept.manager, *(p for p in dept.people[1:] if p in dept.leads)],
            review=5,
        )
        misses = self.follow.misses([dept], [month], areas=True)
        self.issues(series, held, misses, (5, 2), month, latest)

    def quarter_review(self, months: list[Month], latest: bool) -> None:
        t, org = self.ctx.t, self.org
        centres = [d for d in org.depts if d.division is None]
        misses = self.follow.misses(org.depts, months)
        behind: list[Dept] = []
        for x in misses:
            behind += [x.dept] if x.dept not in behind and len(behind) < 3 else []
        note = COMPANY_MINUTES["division"]
        speakers = [
            _Speaker(d.id, d.name, d.head, 20, d.depts[0].manager, note=t(note).format(dept=d.name))
            for d in org.divisions
        ]
        speakers += [self.speaker(d, 10) for d in centres]
        speakers += [self.speaker(d, 8) for d in behind]
        gm, secretary = org.execs[0], org.execs[2]
        quarter = months[-1][1] // 3
        held = self.meeting(
            "group",
            ("quarterly", f"{months[-1][0]}-Q{quarter}", _day(months[-1], "group")),
            t(QUARTER_TITLE).format(year=months[-1][0], quarter=quarter),
            (gm, secretary, t(PLACES["group"])),
            speakers,
            (t(MINUTES["opening"]), 30, 10),
            [*org.execs, *(d.manager for d in org.depts)],
            review=15,
            ends=10,
        )
        self.issues("group", held, misses, (10, 6), months[-1], latest)

    def plan_next(self, last: Month) -> None:
        """The next 营销事业部 review, planned with the speakers the last month would call."""
        division = next((d for d in self.org.divisions if d.key == "sales"), None)
        month = _shift(*last, 1)
        if division is None or _day(month, "sales") <= self.ctx.today:
            return
        t = self.ctx.t
        fixed = [d for d in division.depts if not d.spec["code"].startswith("SAL-")]
        ranked = sorted(
            _sales_provinces(division.depts), key=lambda d: self.rate(d, "sales_amount", [last])
        )
        speakers = [self.speaker(d, 6 if d.spec["kind"] == "sales" else 8) for d in fixed]
        speakers += [self.speaker(d, 8) for d in ranked[:5]]
        self.meeting(
            "sales",
            ("monthly", f"{month[0]}-{month[1]:02d}", _day(month, "sales")),
            t(DIVISION_TITLE).format(**_when(month), unit=division.name),
            (division.head, fixed[0].manager, t(PLACES["sales"])),
            speakers,
            ("", 20, 8),
            [division.head, *(d.manager for d in division.depts)],
            planned=True,
        )

    # -- writing a meeting ---------------------------------------------------------------

    def meeting(
        self,
        series: str,
        when: tuple[str, str, datetime.date],
        title: str,
        people: tuple[Person, Person, str],
        speakers: list[_Speaker],
        frame: tuple[str, int, int],
        invited: list[Person],
        review: int = 10,
        ends: int = 5,
        planned: bool = False,
    ) -> _Held:
        """Agenda, attendance, then the meeting row (an ended meeting is frozen).

        `people` = (chair, secretary, place); `frame` = (opening minutes text, free
        discussion and buffer minutes)."""
        ctx, rng, t = self.ctx, self.ctx.rng, self.ctx.t
        kind, period, day = when
        chair, secretary, place = people
        opening, discussion, buffer = frame
        meeting_id = ctx.new_id()
        excused = None if planned else rng.choice(speakers)
        total, done, overdue = self.left.get(series, (5, 4, 1))
        review_note = t(MINUTES["action_review"]).format(total=total, done=done, overdue=overdue)
        plan: list[tuple[str, str, Person | None, str | None, int, str]] = [
            ("opening", t(AGENDA_TITLES["opening"]), chair, None, 5, opening),
            (
                "action_review",
                t(AGENDA_TITLES["action_review"]),
                secretary,
                None,
                review,
                review_note,
            ),
        ]
        for i, s in enumerate(speakers):
            speaker = s.deputy if s is excused and s.deputy else s.person
            note = s.note or (t(MINUTES["speaker"]).format(dept=s.name) if i == 0 else "")
            title_key = (
                COMPANY_AGENDA_TITLES["best"] if s.title == "best" else AGENDA_TITLES["speaker"]
            )
            plan.append(
                ("speaker", t(title_key).format(dept=s.name), speaker, s.unit_id, s.minutes, note)
            )
        plan.append(
            (
                "discussion",
                t(COMPANY_AGENDA_TITLES["discussion"]),
                None,
                None,
                discussion,
                t(MINUTES["discussion"]),
            )
        )
        if buffer:
            plan.append(("buffer", t(AGENDA_TITLES["buffer"]), None, None, buffer, ""))
        plan.append(
            ("closing", t(AGENDA_TITLES["closing"]), chair, None, ends, t(MINUTES["closing"]))
        )
        local = datetime.datetime.combine(day, datetime.time(_START[series.split("/")[0]]))
        clock = local - _UTC_OFFSET
        rows: list[tuple[Any, ...]] = []
        items: dict[str, str] = {}
        for pos, (kind_, item_title, who, unit_id, minutes, note) in enumerate(plan, 1):
            item_id = ctx.new_id()
            items[unit_id or ("*" if kind_ == "discussion" else kind_)] = item_id
            head = (item_id, meeting_id, pos, kind_, item_title, who.id if who else None, unit_id)
            if planned:
                rows.append((*head, minutes, None, None, None, ""))
                continue
            seconds = round(minutes * 60 * rng.uniform(*_PACE[kind_]))
            start, clock = _ts(clock), clock + datetime.timedelta(seconds=seconds)
            rows.append((*head, minutes, seconds, start, _ts(clock), note))
        columns = "id meeting_id position kind title speaker_id unit_id planned_minutes"
        ctx.put("agenda_items", columns + " actual_seconds started_at ended_at minutes", rows)
        present = list(dict.fromkeys([chair, secretary, *invited, *(p[2] for p in plan if p[2])]))
        late = None if planned else rng.choice(present[2:])
        status = {late.id if late else "": "late"}
        if excused:
            status[excused.person.id] = "excused"
        attendees = [
            (meeting_id, p.id, None if planned else status.get(p.id, "present"), n)
            for n, p in enumerate(present)
        ]
        ctx.put("meeting_attendees", "meeting_id person_id attendance position", attendees, False)
        length = -(-sum(p[4] for p in plan) // 30) * 30
        state = ("planned", None, None) if planned else ("ended", rows[0][9], rows[-1][10])
        row = (
            meeting_id,
            title,
            kind,
            day.isoformat(),
            local.strftime("%H:%M"),
            length,
            place,
            period,
        )
        columns = "id title kind date start_time planned_minutes place period chair_id"
        columns += " secretary_id status started_at ended_at"
        ctx.put("meetings", columns, [(*row, chair.id, secretary.id, *state)])
        return _Held(meeting_id, day, items)

    def issues(
        self,
        series: str,
        held: _Held,
        misses: list[Miss],
        count: tuple[int, int],
        month: Month,
        latest: bool,
    ) -> None:
        """Raise the meeting's issues, count = (at most, at least); remember its actions
        for the next action review."""
        follow = self.follow
        before = len(follow.actions)
        index = month[0] * 12 + month[1]
        meeting = (held.id, held.day, index, latest)
        follow.raise_issues(misses, count[0], meeting, held.items, count[1])
        mine = follow.actions[before:]
        finished = sum(s in ("done", "verified") for s in mine)
        self.left[series] = (len(mine), finished, mine.count("overdue"))
