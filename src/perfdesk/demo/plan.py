"""The demo's plan and its numbers: KPIs, goals, monthly targets, actuals, deviation notes.

Owns writing the full standard KPI library; decomposing goals company -> department ->
person (weights summing to 100, additive targets splitting exactly, sales seasonal);
the monthly targets; the monthly actuals with a story (one department red for
four months, recovering in the last one; three people red in the last two months; two
strong beats), drawn per person and added up or averaged upwards; and the deviation
notes on the worst department misses, with texts from perfdesk.demo.names_review.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from perfdesk.core.kpi import Aggregation, Status, aggregate, status
from perfdesk.core.kpi_library import by_code, kpi_id, kpi_rows
from perfdesk.demo.context import Context, Dept, Goal, Goals, Org, Person, kpi_value
from perfdesk.demo.names_org import COMPANY_KPIS
from perfdesk.demo.names_review import DEVIATION_TEXTS, MONTHS_EN

# Per KPI: yearly target (per holder for additive KPIs), rounding step of totals.
_PLAN = {
    "sales_amount": (650.0, 100.0),
    "new_customers": (40.0, 10.0),
    "training_hours": (40.0, 10.0),
    "conversion_rate": (25.0, 0),
    "deal_cycle_days": (45.0, 0),
    "cac": (0.80, 0),
    "task_completion": (95.0, 0),
    "on_time_delivery": (95.0, 0),
    "unit_cost": (128.5, 0),
    "pass_rate": (99.0, 0),
    "complaint_hours": (24.0, 0),
    "csat": (90.0, 0),
    "gross_margin": (32.0, 0),
    "ar_days": (60.0, 0),
    "turnover_rate": (1.5, 0),
    "retention_rate": (85.0, 0),
}
_SEASON = (7.0, 5.0, 8.0, 8.0, 8.5, 8.5, 8.0, 8.0, 8.5, 9.0, 10.5, 11.0)  # Feb: Spring Festival
_SEASONAL = {"sales_amount", "new_customers"}
_WEAK = ("sales", "production")  # the kinds of the company's weak departments

Story = dict[str, dict[int, float]]  # forced achievement by owner id and month


def write_kpis(ctx: Context) -> dict[str, str]:
    """Write the whole standard KPI library; return the KPI ids by code."""
    kpis = kpi_rows()
    columns = list(kpis[0])
    ctx.put("kpis", " ".join(columns), [tuple(row[c] for c in columns) for row in kpis])
    return {row["code"]: kpi_id(row["code"]) for row in kpis}


def plan_goals(ctx: Context, org: Org, kpi_ids: dict[str, str], year: int) -> Goals:
    """Company -> department -> (team or area, size "company") -> person goals.

    Additive targets split exactly: the company's over the departments that hold the KPI
    by headcount, a department's over its people, or over its manager and its teams,
    whose targets split over their members.
    """
    rng, goals, shares = ctx.rng, Goals(), dict[tuple[str, str], int]()
    growth, company = 1.08 ** (year - ctx.year), org.company_id

    def add(
        owner: str,
        code: str,
        weight: int,
        target: int,
        parent: Goal | None = None,
        person: bool = False,
    ) -> None:
        kpi = by_code(code)
        shape = _SEASON if code in _SEASONAL else (1.0,) * 12
        additive = kpi.aggregation is Aggregation.SUM
        months = _split(target, shape) if additive else [target] * 12
        goal_id = ctx.new_id()
        goal = Goal(
            goal_id,
            ctx.next_goal_key(),
            kpi,
            kpi_ids[code],
            owner,
            weight,
            target,
            months,
            parent,
            person,
        )
        goals[owner, code] = goal

    def base(code: str, holders: int) -> int:
        value, step = _PLAN[code]
        scale = 10.0 ** by_code(code).decimals
        if by_code(code).aggregation is not Aggregation.SUM:
            return round(value * scale)
        return round(value * max(holders, 1) * growth / step) * round(step * scale)

    def holders(code: str, dept: Dept) -> list[Person]:
        return [p for p in dept.people if code in dict(p.kpis)]

    def share(code: str, owners: list[Any], target: int, weights: list[float]) -> None:
        split = _split(target, weights)
        shares.update(((o.id, code), t) for o, t in zip(owners, split, strict=True))

    for code, weight in COMPANY_KPIS:
        owners = [d for d in org.depts if code in dict(d.spec["dept_kpis"])]
        add(company, code, weight, base(code, sum(len(holders(code, d)) for d in owners)))
        if by_code(code).aggregation is Aggregation.SUM:
            weights = [max(len(holders(code, d)), 1) * rng.uniform(0.9, 1.1) for d in owners]
            share(code, owners, goals[company, code].target, weights)
    for dept in org.depts:
        teams = dept.teams if org.teams_hold_goals else []
        for code, weight in dept.spec["dept_kpis"]:
            target = shares.get((dept.id, code)) or base(code, len(holders(code, dept)))
            add(dept.id, code, weight, target, goals.get((company, code)))
            people = holders(code, dept)
            if by_code(code).aggregation is not Aggregation.SUM or not people:
                continue
            if not teams:
                share(code, people, target, [rng.uniform(0.7, 1.3) for _ in people])
                continue
            # The manager keeps a share (key accounts); the teams split the rest by headcount.
            weights = [len(team.members) * rng.uniform(0.9, 1.1) for team in teams]
            share(code, [dept.manager, *teams], target, [rng.uniform(0.7, 1.3), *weights])
            for team in teams:
                weights = [rng.uniform(0.7, 1.3) for _ in team.members]
                share(code, team.members, shares[team.id, code], weights)
        team_of: dict[str, str] = {}
        for team in teams:
            for code, weight in dept.spec["person_kpis"]:
                parent = goals[dept.id, code]
                add(team.id, code, weight, shares.get((team.id, code), parent.target), parent)
            team_of.update((p.id, team.id) for p in team.members)
        for p in dept.people:
            for code, weight in p.kpis:
                parent = goals[team_of.get(p.id, dept.id), code]
                add(p.id, code, weight, shares.get((p.id, code), parent.target), parent, True)
    for p in org.execs:
        for code, weight in p.kpis:
            parent = goals[company, code]
            add(p.id, code, weight, parent.target, parent, True)
    return goals


def simulate(ctx: Context, org: Org, goals: Goals, n: int) -> None:
    """Months 1..n: people's actuals first; teams, departments and the company combine them.

    At company size a department and a team run above or below the others, and have
    good and bad months (shifts in amber gaps shared by their people), as markets and
    plants do, so departments miss too and not only people.
    """
    story, company = _story(ctx, org, n), ctx.size == "company"
    for dept in org.depts:
        shift = _shifts(ctx, n, 0.7, 0.8) if company else [0.0] * n
        if org.teams_hold_goals:
            for code, _ in dept.manager.kpis:
                _draw(
                    ctx, goals[dept.manager.id, code], n, story, (dept.manager.id, dept.id), shift
                )
            for team in dept.teams:
                nudge = [a + b for a, b in zip(shift, _shifts(ctx, n, 0.3, 0.3), strict=True)]
                for p in team.members:
                    keys = (p.id, team.id, dept.id)
                    for code, _ in p.kpis:
                        _draw(ctx, goals[p.id, code], n, story, keys, nudge)
                for code, _ in dept.spec["person_kpis"]:
                    _combine(goals[team.id, code], [goals[p.id, code] for p in team.members], n)
            kids = [dept.manager.id, *(team.id for team in dept.teams)]
        else:
            for p in dept.people:
                for code, _ in p.kpis:
                    _draw(ctx, goals[p.id, code], n, story, (p.id, dept.id))
            kids = [p.id for p in dept.people]
        for code, _ in dept.spec["dept_kpis"]:
            children = [goals[k, code] for k in kids if (k, code) in goals]
            if children:
                _combine(goals[dept.id, code], children, n)
            else:
                _draw(ctx, goals[dept.id, code], n, story, (dept.id,), shift)
    for code, _ in COMPANY_KPIS:
        depts = [goals[d.id, code] for d in org.depts if (d.id, code) in goals]
        _combine(goals[org.company_id, code], depts, n)
    for p in org.execs:
        for code, _ in p.kpis:
            goals[p.id, code].actual = dict(goals[org.company_id, code].actual)


def _story(ctx: Context, org: Org, n: int) -> Story:
    """Months forced by owner, as achievement 1 + depth x the KPI's red gap (1 - red_below):
    below -1 is red whatever the KPI's tolerance, above +1 a clear beat."""
    rng, story, small = ctx.rng, Story(), ctx.size == "small"
    if small:
        weak = org.depts[2:3]  # production
    else:  # a provincial sales department and a plant
        weak = [rng.choice([d for d in org.depts if d.spec["kind"] == k]) for k in _WEAK]
    for dept in weak:  # weak for four months, recovering in the last month
        for m in range(max(1, n - 4), max(n - 1, 1) + 1):
            story.setdefault(dept.id, {})[m] = rng.uniform(-1.6, -1.15)
    staff = [p for d in org.depts if d not in weak for p in d.people[1:]]
    count = 3 if small else len(staff) // 100
    for p in rng.sample(staff, count):
        for m in sorted({max(n - 1, 1), n}):
            story.setdefault(p.id, {})[m] = rng.uniform(-2.0, -1.2)
    for p in rng.sample([p for p in staff if n not in story.get(p.id, {})], max(2, count)):
        story.setdefault(p.id, {})[rng.randint(1, n)] = rng.uniform(1.2, 2.0)
    return story


def _draw(
    ctx: Context,
    goal: Goal,
    n: int,
    story: Story,
    keys: tuple[str, ...],
    shift: list[float] | None = None,
) -> None:
    """Actuals around the targets, unless the story forces a month (first key wins).

    The noise is measured in the KPI's own amber gap (1 - amber_below): a holder's bias
    and a month's luck leave about one month in ten amber and hardly any red, on every
    KPI alike; the reds are the story's.
    """
    gauss, kpi, months, actual = ctx.rng.gauss, goal.kpi, goal.months, goal.actual
    amber, red = 1 - kpi.amber_below, 1 - kpi.red_below
    bias, shift = gauss(0.3, 0.5), shift or [0.0] * n
    forced: dict[int, float] = {}
    for k in reversed(keys):  # the first key wins
        forced.update(story.get(k, {}))
    for m in range(1, n + 1):
        depth = forced.get(m)
        if depth is None:
            factor = 1 + amber * (bias + shift[m - 1] + gauss(0, 0.9))
        else:
            factor = 1 + red * (depth + gauss(0, 0.03))
        actual[m] = kpi_value(kpi, months[m - 1], factor)


def _shifts(ctx: Context, n: int, level: float, month: float) -> list[float]:
    """A unit's shift for months 1..n: its level plus each month's luck (in amber gaps)."""
    base = ctx.rng.gauss(0, level)
    return [base + ctx.rng.gauss(0, month) for _ in range(n)]


def write_year(ctx: Context, goals: Goals, year: int) -> None:
    """Write the year's goals and one value row per goal and month (target and actual)."""
    columns = "key id parent_id kpi_id unit_id person_id period title weight target sort_order"
    rows = []
    for i, g in enumerate(goals.values()):
        unit, person = (None, g.owner_id) if g.person else (g.owner_id, None)
        title = f"{year}年{g.kpi.name_zh}" if ctx.zh else f"{g.kpi.name_en} {year}"
        parent = g.parent.id if g.parent else None
        target = (g.value(g.target), i)
        rows.append(
            (g.key, g.id, parent, g.kpi_id, unit, person, str(year), title, g.weight, *target)
        )
    ctx.put("goals", columns, rows)
    # In (goal key, period) order: appends to the WITHOUT ROWID table's primary key.
    periods, tail = [f"{year}-{m:02d}" for m in range(1, 13)], (ctx.stamp, 1)
    values: list[tuple[Any, ...]] = []
    for g in sorted(goals.values(), key=lambda goal: goal.key):
        scale, actual = 10.0**g.kpi.decimals, g.actual.get
        for m, (period, v) in enumerate(zip(periods, g.months, strict=True), 1):
            done = actual(m)
            values.append((g.key, period, v / scale, None if done is None else done / scale, *tail))
    ctx.insert("goal_values", "goal period target actual stamp source", values)


def deviation_notes(ctx: Context, org: Org, goals: Goals) -> None:
    """Notes on the worst red/amber department months: up to 8, at most 2 per department
    (size "company": up to 200, at most 4 per department)."""
    per, most = (2, 8) if ctx.size == "small" else (4, 200)
    found = []
    for i, d in enumerate(org.depts):
        for code in DEVIATION_TEXTS[d.spec["kind"]][0]:
            g, k = goals.get((d.id, code)), by_code(code)
            if g is None:  # texts may name KPIs another department kind does not hold
                continue
            for m, v in g.actual.items():
                state = status(k.direction, g.months[m - 1], v, None, k.amber_below, k.red_below)
                if state in (Status.RED, Status.AMBER):
                    found.append((g.rate(m), i, code, m, d, g))
    ranked, per_dept = sorted(found, key=lambda c: c[:4]), dict[str, int]()
    chosen = []
    for c in ranked:
        per_dept[c[4].id] = per_dept.get(c[4].id, 0) + 1
        chosen += [c] if per_dept[c[4].id] <= per else []
    # `per` per department at most, unless that leaves fewer than five (early in the year)
    chosen = (chosen + [c for c in ranked if c not in chosen])[: max(min(len(chosen), most), 5)]
    rows: list[tuple[Any, ...]] = []
    for *_, m, d, g in chosen:
        texts = ctx.t(DEVIATION_TEXTS[d.spec["kind"]][1:])
        rows.append((g.key, f"{ctx.year}-{m:02d}", _gap(ctx, g, m), *texts))
    columns = "goal period gap internal_cause external_cause internal_measures"
    ctx.put("deviation_notes", columns + " external_needs", rows, entity=False)


def _gap(ctx: Context, g: Goal, m: int) -> str:
    """How far month m missed its target, in words."""
    actual, target = g.fmt(g.actual[m], ctx.lang), g.fmt(g.months[m - 1], ctx.lang)
    diff, rate = g.fmt(abs(g.actual[m] - g.months[m - 1]), ctx.lang), g.rate(m) * 100
    if g.kpi.unit_zh == "%":  # a gap between two percentages is in percentage points
        diff = diff[:-1] + ("个百分点" if ctx.zh else " percentage points")
    if ctx.zh:
        return f"{m}月{g.kpi.name_zh}实际{actual}，目标{target}，比目标差{diff}，达成率{rate:.1f}%"
    return (
        f"{MONTHS_EN[m - 1]}: {g.kpi.name_en} {actual} against a target of {target}, {diff} "
        f"worse than target ({rate:.1f} % achieved)"
    )


def _split(total: int, weights: Sequence[float]) -> list[int]:
    """`total` in proportion to `weights`, each rounded; the remainder goes to the last."""
    scale = sum(weights)
    parts = [round(total * w / scale) for w in weights[:-1]]
    return [*parts, total - sum(parts)]


def _combine(goal: Goal, kids: list[Goal], n: int) -> None:
    """A holder's actual from its children's: their sum for additive KPIs, else their mean."""
    for m in range(1, n + 1):
        combined = aggregate(goal.kpi.aggregation, [k.actual[m] for k in kids])
        assert combined is not None  # every child has month m
        goal.actual[m] = round(combined)
