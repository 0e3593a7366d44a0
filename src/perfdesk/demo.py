"""Demo documents: a realistic .perfdesk file built from a seed.

Owns `build_demo`, which writes a whole document in one transaction: the org tree
(company -> the six departments of the seeds' committee -> teams -> people, with the
committee roles), the full standard KPI library, goals decomposed company ->
department -> person (weights summing to 100, additive targets splitting exactly),
monthly targets, monthly actuals with a story (one department at 80-90 % for four
months, recovering in the last one; three people red in the last two months; two
strong beats), deviation notes, and the two past monthly review meetings with
attendance, timed agenda, issues, improvement actions and 10-day reports. Names and
texts live in perfdesk.demo_names.

Calendar rules (today = `today`):
- goals for today's year (size "company": that year and the four before it);
- actual months of today's year: 1..10 in November and December, otherwise every
  month before today's, at least January; earlier years have all 12 months;
- the meetings review the month before today's, capped at the last actual month,
  and the month before that (in January: November and December of last year); each
  is held on the first weekday from the 3rd of the next month, never after `today`.
Every id comes from random.Random(seed) and every created_at/updated_at is today at
00:00 UTC, so one seed and one `today` give identical tables (meta aside: its
document id and creation time come from Document.create).
"""

from __future__ import annotations

import datetime
import itertools
import json
import random
import uuid
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, TypeVar

from perfdesk import demo_names as N
from perfdesk.core.kpi import Aggregation, Direction, Status, achievement, format_value, status
from perfdesk.core.kpi_library import StandardKpi, by_code, kpi_rows
from perfdesk.core.periods import Granularity, Period
from perfdesk.store.document import Document

LANGS = ("zh", "en")
SIZES = ("small", "company")
_YEARS = {"small": 1, "company": 5}
# Per KPI: yearly target (per holder for additive KPIs), rounding step of totals, noise sd.
_PLAN = {
    "sales_amount": (650.0, 100.0, 0.07),
    "new_customers": (40.0, 10.0, 0.10),
    "training_hours": (40.0, 10.0, 0.08),
    "conversion_rate": (25.0, 0, 0.05),
    "deal_cycle_days": (45.0, 0, 0.05),
    "cac": (0.80, 0, 0.05),
    "task_completion": (95.0, 0, 0.025),
    "on_time_delivery": (95.0, 0, 0.015),
    "unit_cost": (128.5, 0, 0.015),
    "pass_rate": (99.0, 0, 0.004),
    "complaint_hours": (24.0, 0, 0.06),
    "csat": (90.0, 0, 0.02),
    "gross_margin": (32.0, 0, 0.03),
    "ar_days": (60.0, 0, 0.05),
    "turnover_rate": (1.5, 0, 0.08),
}
_SEASON = (7.0, 5.0, 8.0, 8.0, 8.5, 8.5, 8.0, 8.0, 8.5, 9.0, 10.5, 11.0)  # Feb: Spring Festival
_SEASONAL = {"sales_amount", "new_customers"}
_SPEAK = {"sales": 12, "marketing": 10, "production": 10, "quality": 10, "finance": 8, "hr": 8}
_PACE = {"opening": (0.9, 1.2), "action_review": (0.9, 1.3), "speaker": (0.85, 1.3)}
_PACE |= {"discussion": (0.9, 1.4), "buffer": (0.2, 0.9), "closing": (0.8, 1.2)}
_OLDER = ("verified", "done", "overdue", "verified", "done")  # action statuses per meeting
_LATEST = ("open", "open", "draft", "returned", "open")
_UTC_OFFSET = datetime.timedelta(hours=8)  # the demo company works on Beijing time
_DAY = datetime.timedelta(days=1)

Goals = dict[tuple[str, str], "_Goal"]  # by (owner id, KPI code)
_T = TypeVar("_T")


def actual_months(today: datetime.date) -> int:
    """How many months of today's year get actuals: 1..N (see the module docstring)."""
    return 10 if today.month >= 11 else max(today.month - 1, 1)


def build_demo(
    path: Path | str,
    *,
    lang: str = "zh",
    size: str = "small",
    seed: int = 2026,
    today: datetime.date | None = None,
    progress: Callable[[str], None] | None = None,
) -> Path:
    """Write a demo document at `path` (which must not exist) and return the path."""
    if lang not in LANGS:
        raise ValueError(f"unknown language {lang!r} (use one of {', '.join(LANGS)})")
    if size not in SIZES:
        raise ValueError(f"unknown size {size!r} (use one of {', '.join(SIZES)})")
    path = Path(path)
    if path.exists():
        raise FileExistsError(f"{path} already exists")
    today = today or datetime.date.today()
    doc = Document.create(path, name=N.COMPANY[size][LANGS.index(lang)])
    try:
        doc.conn.execute("PRAGMA cache_size = -262144")  # 256 MB: the indexes stay in memory
        with doc.transaction():
            _Builder(doc, lang, size, seed, today, progress or (lambda _msg: None)).build()
    except BaseException:
        doc.close()
        path.unlink(missing_ok=True)
        raise
    doc.close()
    return path


@dataclass(eq=False)
class _Person:
    id: str
    name: str
    kpis: tuple[tuple[str, int], ...]


@dataclass(eq=False)
class _Dept:
    id: str
    spec: dict[str, Any]
    name: str
    manager: _Person
    people: list[_Person]  # manager first
    leads: list[_Person] = field(default_factory=list)


@dataclass(eq=False)
class _Goal:
    id: str
    kpi: StandardKpi
    owner_id: str
    weight: int
    target: int  # yearly target in minor units (10 ** decimals)
    months: list[int]  # monthly targets in minor units
    parent: _Goal | None = None
    person: bool = False
    actual: dict[int, int] = field(default_factory=dict)

    def value(self, minor: int) -> float:
        return minor / 10.0**self.kpi.decimals


class _Builder:
    def __init__(
        self,
        doc: Document,
        lang: str,
        size: str,
        seed: int,
        today: datetime.date,
        progress: Callable[[str], None],
    ) -> None:
        self.db, self.lang, self.size, self.today = doc.db, lang, size, today
        self.rng, self.progress = random.Random(seed), progress
        self.zh, self.year, self.n = lang == "zh", today.year, actual_months(today)
        self.stamp = f"{today.isoformat()}T00:00:00.000000Z"
        self.company_id, self.execs, self.depts = "", list[_Person](), list[_Dept]()
        self.kpi_ids: dict[str, str] = {}
        self.goals: Goals = {}
        self.used: set[tuple[str, int]] = set()  # issue templates raised in a meeting

    def new_id(self) -> str:
        return str(uuid.UUID(int=self.rng.getrandbits(128), version=4))

    def t(self, pair: Sequence[_T]) -> _T:
        return pair[0] if self.zh else pair[1]

    def put(self, table: str, columns: str, rows: Iterable[Sequence[Any]]) -> None:
        """Insert rows given as tuples in the order of `columns`; stamps are added."""
        stamp, head = self.stamp, (*columns.split(), "created_at", "updated_at")
        stamped = ((*row, stamp, stamp) for row in rows)
        self.db[table].insert_all(itertools.chain([head], stamped), batch_size=1000, alter=False)

    def build(self) -> None:
        self.progress("organisation…")
        self.organisation()
        self.progress("KPI library…")
        kpis = kpi_rows(self.lang, new_id=self.new_id, now=self.stamp)
        self.kpi_ids = {row["code"]: row["id"] for row in kpis}
        self.db["kpis"].insert_all(kpis, alter=False)
        for year in range(self.year - _YEARS[self.size] + 1, self.year + 1):
            self.progress(f"goals {year}…")
            self.goals = self.plan_goals(year)
            self.progress(f"actuals {year}…")
            self.simulate(self.n if year == self.year else 12)
            self.write_year(year)
        self.progress("deviation notes…")
        self.deviation_notes()
        self.progress("meetings…")
        # n reaches today's month only in January: then last year's December is reviewed.
        last = (self.year, self.n) if self.n < self.today.month else (self.year - 1, 12)
        review = self.meeting(_shift(*last, -1), self.depts[4].manager, self.execs[1], _OLDER)
        self.meeting(last, self.depts[1].manager, self.depts[-1].manager, _LATEST, review)

    # -- organisation -------------------------------------------------------------
    def organisation(self) -> None:
        names = _Names(self.rng, self.zh)
        people: list[tuple[Any, ...]] = []
        units: list[tuple[Any, ...]] = []

        def person(unit_id: str, title: str, kpis: Any, role: str | None = None) -> _Person:
            p = _Person(self.new_id(), names(), tuple(kpis))
            email = f"hx{len(people) + 1:04d}" if self.zh else p.name.lower().replace(" ", ".")
            people.append((p.id, unit_id, p.name, title, f"{email}@{N.EMAIL_DOMAIN}", role))
            return p

        self.company_id = company = self.new_id()
        self.execs = [person(company, self.t(e[:2]), N.EXEC_KPIS, e[2]) for e in N.EXECUTIVES]
        gm, name = self.execs[0].id, self.t(N.COMPANY[self.size])
        units.append((company, None, "company", name, N.COMPANY_CODE, gm, 0))
        for spec in N.DEPARTMENTS:
            count = spec["count"] if self.size == "company" else 1
            for i in range(count):
                name, code = self.dept_name(spec, i, count)
                unit = self.new_id()
                title = self.t(N.MANAGER).format(dept=name)
                manager = person(unit, title, spec["person_kpis"], "representative")
                dept = _Dept(unit, spec, name, manager, [manager])
                self.depts.append(dept)
                units.append((unit, company, "department", name, code, manager.id, len(self.depts)))
                teams = spec["teams"] if count == 1 else spec.get("company_teams", spec["teams"])
                team_ids = [self.new_id() for _ in teams]
                size = spec["size"][0] if count == 1 else spec["size"][1] + self.rng.randint(-3, 3)
                for k in range(size - 1):  # the first member of each team leads it
                    role = N.TEAM_LEAD if k < len(teams) else self.rng.choice(spec["titles"])
                    member = person(team_ids[k % len(teams)], self.t(role), spec["person_kpis"])
                    dept.people.append(member)
                    dept.leads += [member] if k < len(teams) else []
                for j, (team, lead) in enumerate(zip(teams, dept.leads, strict=True)):
                    units.append(
                        (team_ids[j], unit, "team", self.t(team), f"{code}-{j + 1}", lead.id, j + 1)
                    )
        self.put("org_units", "id parent_id kind name code manager_id sort_order", units)
        self.put("people", "id unit_id name title email committee_role", people)

    def dept_name(self, spec: dict[str, Any], i: int, count: int) -> tuple[str, str]:
        zh, en = spec["name"]
        if count == 1:
            return self.t((zh, en)), spec["code"]
        if spec["kind"] == "sales":
            zh, en = N.PROVINCES[i][0] + zh, f"{N.PROVINCES[i][1]} {en}"
        else:
            zh, en = f"{zh[:-1]}{N.NUMERALS[i]}部", f"{en} {i + 1}"
        return self.t((zh, en)), f"{spec['code']}{i + 1:02d}"

    # -- goals and actuals ------------------------------------------------------
    def plan_goals(self, year: int) -> Goals:
        """Company -> department -> person goals; additive targets split exactly."""
        rng, goals, shares = self.rng, Goals(), dict[tuple[str, str], int]()
        growth, company = 1.08 ** (year - self.year), self.company_id

        def add(
            owner: str,
            code: str,
            weight: int,
            target: int,
            parent: _Goal | None = None,
            person: bool = False,
        ) -> None:
            kpi = by_code(code)
            shape = _SEASON if code in _SEASONAL else (1.0,) * 12
            additive = kpi.aggregation is Aggregation.SUM
            months = _split(target, shape) if additive else [target] * 12
            goal_id = self.new_id()
            goals[owner, code] = _Goal(goal_id, kpi, owner, weight, target, months, parent, person)

        def base(code: str, holders: int) -> int:
            value, step, _ = _PLAN[code]
            scale = 10.0 ** by_code(code).decimals
            if by_code(code).aggregation is not Aggregation.SUM:
                return round(value * scale)
            return round(value * max(holders, 1) * growth / step) * round(step * scale)

        def holders(code: str, dept: _Dept) -> list[_Person]:
            return [p for p in dept.people if code in dict(p.kpis)]

        def share(code: str, owners: list[Any], target: int, weights: list[float]) -> None:
            split = _split(target, weights)
            shares.update(((o.id, code), t) for o, t in zip(owners, split, strict=True))

        for code, weight in N.COMPANY_KPIS:
            owners = [d for d in self.depts if code in dict(d.spec["dept_kpis"])]
            add(company, code, weight, base(code, sum(len(holders(code, d)) for d in owners)))
            if by_code(code).aggregation is Aggregation.SUM:
                weights = [max(len(holders(code, d)), 1) * rng.uniform(0.9, 1.1) for d in owners]
                share(code, owners, goals[company, code].target, weights)
        for dept in self.depts:
            for code, weight in dept.spec["dept_kpis"]:
                target = shares.get((dept.id, code)) or base(code, len(holders(code, dept)))
                add(dept.id, code, weight, target, goals.get((company, code)))
                people = holders(code, dept)
                if by_code(code).aggregation is Aggregation.SUM and people:
                    share(code, people, target, [rng.uniform(0.7, 1.3) for _ in people])
            for p in dept.people:
                for code, weight in p.kpis:
                    parent = goals[dept.id, code]
                    add(p.id, code, weight, shares.get((p.id, code), parent.target), parent, True)
        for p in self.execs:
            for code, weight in p.kpis:
                parent = goals[company, code]
                add(p.id, code, weight, parent.target, parent, True)
        return goals

    def story(self, n: int) -> dict[tuple[str, int], float]:
        """Achievements forced by owner and month (before scaling to the KPI's tolerance)."""
        rng, story, small = self.rng, dict[tuple[str, int], float](), self.size == "small"
        weak = self.depts[2:3] if small else rng.sample(self.depts, 2)  # production if small
        for dept in weak:  # weak for four months, recovering in the last month
            for m in range(max(1, n - 4), max(n - 1, 1) + 1):
                story[dept.id, m] = rng.uniform(0.80, 0.90)
        staff = [p for d in self.depts if d not in weak for p in d.people[1:]]
        count = 3 if small else len(staff) // 100
        for p in rng.sample(staff, count):
            for m in sorted({max(n - 1, 1), n}):
                story[p.id, m] = rng.uniform(0.70, 0.82)
        for p in rng.sample([p for p in staff if (p.id, n) not in story], max(2, count)):
            story[p.id, rng.randint(1, n)] = rng.uniform(1.18, 1.30)
        return story

    def simulate(self, n: int) -> None:
        """People's actuals first; departments and the company add them up or average them."""
        goals, story = self.goals, self.story(n)
        for dept in self.depts:
            for p in dept.people:
                for code, _ in p.kpis:
                    self.draw(goals[p.id, code], n, story, (p.id, dept.id))
            for code, _ in dept.spec["dept_kpis"]:
                kids = [goals[p.id, code] for p in dept.people if (p.id, code) in goals]
                if kids:
                    _combine(goals[dept.id, code], kids, n)
                else:
                    self.draw(goals[dept.id, code], n, story, (dept.id,))
        for code, _ in N.COMPANY_KPIS:
            kids = [goals[d.id, code] for d in self.depts if (d.id, code) in goals]
            _combine(goals[self.company_id, code], kids, n)
        for p in self.execs:
            for code, _ in p.kpis:
                goals[p.id, code].actual = dict(goals[self.company_id, code].actual)

    def draw(
        self, goal: _Goal, n: int, story: dict[tuple[str, int], float], keys: tuple[str, ...]
    ) -> None:
        rng, kpi, sd = self.rng, goal.kpi, _PLAN[goal.kpi.code][2]
        bias = rng.gauss(0, sd / 2)
        for m in range(1, n + 1):
            forced = next((story[k, m] for k in keys if (k, m) in story), None)
            if forced is None:
                factor = 1 + bias + rng.gauss(0, sd)
            else:  # 0.85 on a KPI red below 0.9 is 0.925 on one red below 0.95
                factor = (1 - (1 - forced) * (1 - kpi.red_below) / 0.1) * rng.gauss(1, 0.01)
            goal.actual[m] = _value(kpi, goal.months[m - 1], factor)

    def write_year(self, year: int) -> None:
        columns = "id parent_id kpi_id unit_id person_id period title weight target sort_order"
        rows = []
        for i, g in enumerate(self.goals.values()):
            unit, person = (None, g.owner_id) if g.person else (g.owner_id, None)
            title = f"{year}年{g.kpi.name_zh}" if self.zh else f"{g.kpi.name_en} {year}"
            parent, kpi = g.parent.id if g.parent else None, self.kpi_ids[g.kpi.code]
            rows.append(
                (g.id, parent, kpi, unit, person, str(year), title, g.weight, g.value(g.target), i)
            )
        self.put("goals", columns, rows)
        goals = self.goals.values()
        self.put(
            "goal_targets",
            "id goal_id period target locked",
            (
                (self.new_id(), g.id, f"{year}-{m:02d}", g.value(v), 0)
                for g in goals
                for m, v in enumerate(g.months, 1)
            ),
        )
        self.put(
            "actuals",
            "id goal_id period value note",
            (
                (self.new_id(), g.id, f"{year}-{m:02d}", g.value(v), "")
                for g in goals
                for m, v in g.actual.items()
            ),
        )

    def deviation_notes(self) -> None:
        """Up to 8 notes on the worst red/amber department months, at most 2 per department."""
        found = []
        for i, d in enumerate(self.depts):
            for code in N.DEVIATION_TEXTS[d.spec["kind"]][0]:
                g, k = self.goals.get((d.id, code)), by_code(code)
                if g is None:  # texts may name KPIs another department kind does not hold
                    continue
                for m, v in g.actual.items():
                    state = status(
                        k.direction, g.months[m - 1], v, None, k.amber_below, k.red_below
                    )
                    if state in (Status.RED, Status.AMBER):
                        found.append((_rate(g, m), i, code, m, d, g))
        ranked, per_dept = sorted(found, key=lambda c: c[:4]), dict[str, int]()
        chosen = []
        for c in ranked:
            per_dept[c[4].id] = per_dept.get(c[4].id, 0) + 1
            chosen += [c] if per_dept[c[4].id] <= 2 else []
        # two per department at most, unless that leaves fewer than five (early in the year)
        chosen = (chosen + [c for c in ranked if c not in chosen])[: max(min(len(chosen), 8), 5)]
        rows: list[tuple[Any, ...]] = []
        for *_, m, d, g in chosen:
            texts = self.t(N.DEVIATION_TEXTS[d.spec["kind"]][1:])
            rows.append((self.new_id(), g.id, f"{self.year}-{m:02d}", self.gap(g, m), *texts))
        columns = "id goal_id period gap internal_cause external_cause internal_measures"
        self.put("deviation_notes", columns + " external_needs", rows)

    def fmt(self, goal: _Goal, minor: int) -> str:
        return format_value(goal.value(minor), goal.kpi.decimals, goal.kpi.unit(self.lang))

    def gap(self, g: _Goal, m: int) -> str:
        actual, target = self.fmt(g, g.actual[m]), self.fmt(g, g.months[m - 1])
        diff, rate = self.fmt(g, abs(g.actual[m] - g.months[m - 1])), _rate(g, m) * 100
        if g.kpi.unit_zh == "%":  # a gap between two percentages is in percentage points
            diff = diff[:-1] + ("个百分点" if self.zh else " percentage points")
        if self.zh:
            return f"{m}月{g.kpi.name_zh}实际{actual},目标{target},比目标差{diff},达成率{rate:.1f}%"
        month = N.MONTHS_EN[m - 1]
        return (
            f"{month}: {g.kpi.name_en} {actual} against a target of {target}, {diff} worse "
            f"than target ({rate:.1f} % achieved)"
        )

    # -- meetings, issues, actions ------------------------------------------------
    def meeting(
        self,
        month: tuple[int, int],
        late: _Person,
        excused: _Person,
        statuses: Sequence[str],
        review: tuple[int, int, int] = (3, 3, 0),
    ) -> tuple[int, int, int]:
        """One ended monthly meeting; returns its actions: how many, done, overdue.

        `review` is what the previous meeting left (by default one before the demo's
        first, which closed all its three actions), read out in the action review.
        """
        rng, (year, mon), gm, secretary = self.rng, month, self.execs[0], self.execs[2]
        day = datetime.date(*_shift(year, mon, 1), 3)
        while day.weekday() >= 5:
            day += _DAY
        day, meeting_id, small = min(day, self.today), self.new_id(), self.size == "small"
        speakers = {d.id: d.leads[0] if d.manager is excused else d.manager for d in self.depts}
        plan: list[tuple[str, _Person | None, _Dept | None, int]] = [
            ("opening", gm, None, 5),
            ("action_review", secretary, None, 10),
            *(
                ("speaker", speakers[d.id], d, _SPEAK[d.spec["kind"]] if small else 5)
                for d in self.depts
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
            title = self.t(N.AGENDA_TITLES[kind]).format(dept=dept_name)
            # minutes for every segment and for the first speaker
            note = N.MINUTES.get(kind) if pos <= 3 or kind != "speaker" else None
            total, done, overdue = review
            facts = {"dept": dept_name, "total": total, "done": done, "overdue": overdue}
            text = self.t(note).format(**facts) if note else ""
            item_id = item_of[dept.id if dept else kind] = self.new_id()
            who_id, unit_id = (who.id if who else None), (dept.id if dept else None)
            head = (item_id, meeting_id, pos, kind, title, who_id, unit_id)
            items.append((*head, minutes, seconds, start, _ts(clock), text))
        title = self.t(N.MEETING_TITLE).format(year=year, month=mon, month_en=N.MONTHS_EN[mon - 1])
        length = 120 if small else -(-(sum(p[3] for p in plan) + 15) // 30) * 30
        when = (day.isoformat(), "09:00", length, self.t(N.PLACE), f"{year}-{mon:02d}")
        chair = (gm.id, secretary.id, "ended", items[0][9], items[-1][10])
        columns = "id title kind date start_time planned_minutes place period chair_id"
        columns += " secretary_id status started_at ended_at"
        self.put("meetings", columns, [(meeting_id, title, "monthly", *when, *chair)])
        committee = [*self.execs, *(d.manager for d in self.depts)]
        attendees = [*committee, *(p for p in speakers.values() if p not in committee)]
        attendance = {late.id: "late", excused.id: "excused"}
        rows = [
            (self.new_id(), meeting_id, p.id, attendance.get(p.id, "present")) for p in attendees
        ]
        self.put("meeting_attendees", "id meeting_id person_id attendance", rows)
        columns = "id meeting_id position kind title speaker_id unit_id planned_minutes"
        self.put("agenda_items", columns + " actual_seconds started_at ended_at minutes", items)
        vm = mon if year == self.year else 1  # a meeting on last year's data quotes January
        chosen = self.pick_issues(vm, len(statuses))
        for (group, idx, lead), st in zip(chosen, statuses, strict=False):
            self.issue(
                N.ISSUES[group][idx],
                group == "cross",
                lead,
                vm,
                st,
                day,
                meeting_id,
                item_of[lead.id],
            )
        sts = statuses[: len(chosen)]
        finished = sum(s in ("done", "verified") for s in sts)
        return len(sts), finished, sts.count("overdue")

    def pick_issues(self, m: int, count: int) -> list[tuple[str, int, _Dept]]:
        """The month's worst misses among the issue templates no meeting has raised yet."""
        found = []
        for group, templates in N.ISSUES.items():
            for idx, tpl in enumerate(templates):
                kind, code = tpl["kinds"][0], tpl["kpi"]
                depts = [d for d in self.depts if d.spec["kind"] == kind]
                lead = min(depts, key=lambda d: _rate(self.goals[d.id, code], m))
                found.append((_rate(self.goals[lead.id, code], m), group, idx, lead))
        found = sorted(c for c in found if (c[1], c[2]) not in self.used)
        misses = [c for c in found if c[0] < 1]
        chosen = (misses if len(misses) >= 3 else found)[:count]
        self.used |= {(g, i) for _, g, i, _ in chosen}
        return [(g, i, lead) for _, g, i, lead in chosen]

    def issue(
        self,
        tpl: dict[str, Any],
        cross: bool,
        lead: _Dept,
        m: int,
        st: str,
        day: datetime.date,
        meeting_id: str,
        item_id: str,
    ) -> None:
        """An issue raised under `lead`'s speaker item and its improvement action."""
        rng, text, goal = self.rng, self.t((tpl["zh"], tpl["en"])), self.goals[lead.id, tpl["kpi"]]
        kinds = tpl["kinds"][1:]
        related = [
            lead,
            *(rng.choice([d for d in self.depts if d.spec["kind"] == k]) for k in kinds),
        ]
        owner = self.execs[0] if cross else lead.manager  # several departments: the GM owns it
        start, days = day + _DAY, {"overdue": 14, "done": 21, "verified": 21}.get(st)
        due = day + datetime.timedelta(days=days or rng.choice((30, 40, 45)))
        issue_id, action_id, kpi = self.new_id(), self.new_id(), goal.kpi
        base, target = goal.actual[m], goal.months[m - 1]
        better = 1.05 if kpi.direction is Direction.HIGHER else 0.95
        expected = target if _rate(goal, m) < 1 else _value(kpi, base, better)
        description = text[0].format(
            kpi=kpi.name(self.lang), actual=self.fmt(goal, base), target=self.fmt(goal, target)
        )
        related_ids = json.dumps([d.id for d in related])
        row = (issue_id, meeting_id, item_id, description, tpl["cause"], related_ids, lead.id)
        columns = "id meeting_id agenda_item_id description cause related_unit_ids"
        columns += " responsible_unit_id owner_id due_date resource_request"
        self.put("issues", columns, [(*row, owner.id, due.isoformat(), text[3])])
        returned = st == "returned"  # failed the SMART check: measures that measure nothing
        measures = self.t(N.VAGUE_MEASURES) if returned else text[2]
        reason = self.t(N.RETURN_REASON) if returned else ""
        row = (action_id, issue_id, text[1], lead.id, owner.id, start.isoformat(), due.isoformat())
        aim = (self.kpi_ids[kpi.code], goal.id, goal.value(base), goal.value(expected))
        columns = "id issue_id title responsible_unit_id owner_id start_date due_date measures"
        columns += " kpi_id goal_id baseline expected status status_reason"
        self.put("actions", columns, [(*row, measures, *aim, st, reason)])
        self.reports(action_id, goal, st, start, due, base, expected)

    def reports(
        self,
        action_id: str,
        goal: _Goal,
        st: str,
        start: datetime.date,
        due: datetime.date,
        base: int,
        expected: int,
    ) -> None:
        """The 10-day reports (旬报) filed so far: at the end of each 10-day period, up to 3."""
        if st not in ("open", "done", "verified", "overdue") or start > self.today:
            return
        finished = st in ("done", "verified")
        limit = min(self.today, due if finished else due + 10 * _DAY)
        dates, day = list[datetime.date](), start
        while len(dates) < 3 and (end := Period.of(day, Granularity.TEN_DAY).end) <= limit:
            dates.append(end)
            day = end + _DAY
        dates = dates or [min(self.today, due)]
        notes, rows = self.t(N.REPORT_NOTES), []
        for i, day in enumerate(dates):
            last = i == len(dates) - 1
            if finished:
                progress, note = round(100 * (i + 1) / len(dates)), notes[2 if last else min(i, 1)]
            else:
                progress = ((30, 50, 60) if st == "overdue" else (30, 60, 80))[i]
                note = notes[3 if st == "overdue" and last else min(i, 1)]
            value = goal.value(round(base + (expected - base) * progress / 100))
            period = Period.of(day, Granularity.TEN_DAY).key
            rows.append((self.new_id(), action_id, day.isoformat(), period, value, progress, note))
        columns = "id action_id report_date period measured_value progress note"
        self.put("action_reports", columns, rows)


class _Names:
    """Unique person names: surname + one or two given characters, or first + last name."""

    def __init__(self, rng: random.Random, zh: bool) -> None:
        self.rng, self.zh, self.used = rng, zh, set[str]()

    def __call__(self) -> str:
        rng = self.rng
        while True:
            if self.zh:
                given = rng.choice(N.GIVEN) + (rng.choice(N.GIVEN) if rng.random() < 0.7 else "")
                name = rng.choice(N.SURNAMES) + given
            else:
                name = f"{rng.choice(N.FIRST_NAMES)} {rng.choice(N.LAST_NAMES)}"
            if name not in self.used:
                self.used.add(name)
                return name


def _split(total: int, weights: Sequence[float]) -> list[int]:
    """`total` in proportion to `weights`, each rounded; the remainder goes to the last."""
    scale = sum(weights)
    parts = [round(total * w / scale) for w in weights[:-1]]
    return [*parts, total - sum(parts)]


def _value(kpi: StandardKpi, target: int, factor: float) -> int:
    """The value (minor units) achieving `factor` of `target`, inside the KPI's range."""
    value = round(target * factor if kpi.direction is Direction.HIGHER else target / factor)
    scale = 10**kpi.decimals
    if kpi.min_value is not None:
        value = max(value, round(kpi.min_value * scale))
    if kpi.max_value is not None:
        value = min(value, round(kpi.max_value * scale))
    return value


def _combine(goal: _Goal, kids: list[_Goal], n: int) -> None:
    """A holder's actual from its children: the sum for additive KPIs, else the mean."""
    for m in range(1, n + 1):
        values = [k.actual[m] for k in kids]
        additive = goal.kpi.aggregation is Aggregation.SUM
        goal.actual[m] = sum(values) if additive else round(sum(values) / len(values))


def _rate(goal: _Goal, m: int) -> float:
    rate = achievement(goal.kpi.direction, goal.months[m - 1], goal.actual.get(m))
    return 1.0 if rate is None else rate


def _shift(year: int, month: int, months: int) -> tuple[int, int]:
    shifted = Period(Granularity.MONTH, year, month).shift(months)
    return shifted.year, shifted.number


def _ts(moment: datetime.datetime) -> str:
    return moment.strftime("%Y-%m-%dT%H:%M:%S.%fZ")
