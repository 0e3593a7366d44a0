"""The demo's organisation: company, divisions, departments, teams or areas, people.

Owns `build_organisation`, which writes the org tree and its people. Size "small": the
company -> the six departments of the seeds' committee -> teams. Size "company": the
group -> two centres (HR, finance) and two divisions (营销事业部 with its provincial
sales departments split into city areas; 制造中心 with its plants and their workshops)
-> departments -> teams or areas, as laid out in perfdesk.demo.names_company. People:
the three executives (chair, vice chair, secretary; the latter two head the divisions),
each department's manager (its committee representative), one lead per team or area and
the staff, every one with a unique name, a unique employee number (工号) and the KPI set
of their department kind (perfdesk.demo.names_org).
"""

from __future__ import annotations

import random
from typing import Any

from perfdesk.demo.context import Context, Dept, Division, Org, Person, Team
from perfdesk.demo.names_company import DIVISIONS, company_departments
from perfdesk.demo.names_org import (
    COMPANY,
    COMPANY_CODE,
    DEPARTMENTS,
    EMAIL_DOMAIN,
    EXEC_KPIS,
    EXECUTIVES,
    FIRST_NAMES,
    GIVEN,
    KINDS,
    LAST_NAMES,
    MANAGER,
    SURNAMES,
    TEAM_LEAD,
)


class _Writer:
    """The rows of the org tree, collected to be written at once."""

    def __init__(self, ctx: Context) -> None:
        self.ctx, self.names = ctx, _Names(ctx.rng, ctx.zh)
        self.people: list[list[Any]] = []
        self.units: list[tuple[Any, ...]] = []

    def person(self, unit_id: str, title: str, kpis: Any, role: str | None = None) -> Person:
        p = Person(self.ctx.new_id(), self.names(), tuple(kpis))
        n = len(self.people) + 1
        email = f"hx{n:04d}" if self.ctx.zh else p.name.lower().replace(" ", ".")
        self.people.append([p.id, unit_id, p.name, title, f"{email}@{EMAIL_DOMAIN}", role])
        return p

    def unit(self, *row: Any) -> None:
        """(id, parent id, kind, name, code, manager id, sort order)"""
        self.units.append(row)

    def write(self) -> None:
        """Employee numbers go to people in a drawn order, with gaps (people who left)."""
        ctx = self.ctx
        numbers = ctx.rng.sample(range(10001, 10001 + 2 * len(self.people)), len(self.people))
        for row, number in zip(self.people, numbers, strict=True):
            row.append(f"{COMPANY_CODE}{number:05d}")
        ctx.put("org_units", "id parent_id kind name code manager_id sort_order", self.units)
        ctx.put("people", "id unit_id name title email committee_role employee_no", self.people)


def build_organisation(ctx: Context) -> Org:
    """Write the org units and the people; return them for the plan and the meetings."""
    w, t = _Writer(ctx), ctx.t
    company = ctx.new_id()
    execs = [w.person(company, t(e[:2]), EXEC_KPIS, e[2]) for e in EXECUTIVES]
    org = Org(company, execs, depts=[])
    w.unit(company, None, "company", t(COMPANY[ctx.size]), COMPANY_CODE, execs[0].id, 0)
    if ctx.size == "small":
        for spec in DEPARTMENTS:
            _department(w, org, company, spec, spec["size"], len(org.depts) + 1)
    else:
        _group(w, org)
    w.write()
    return org


def _group(w: _Writer, org: Org) -> None:
    """The company-size tree: centres first, then the divisions and their departments."""
    ctx, t = w.ctx, w.ctx.t
    org.teams_hold_goals = True
    divisions: dict[str, Division] = {}
    order = 0
    for spec in company_departments():
        key, division = spec["division"], None
        if key is not None and key not in divisions:
            name, code, head = next((d[1], d[2], d[3]) for d in DIVISIONS if d[0] == key)
            division = divisions[key] = Division(ctx.new_id(), key, t(name), org.execs[head])
            org.divisions.append(division)
            order += 1
            row = (division.id, org.company_id, "division", division.name, code)
            w.unit(*row, division.head.id, order)
        division = divisions.get(key) if key is not None else None
        size = spec["size"] + ctx.rng.randint(-3, 3)
        if division is None:  # a centre, right under the company
            order += 1
            dept = _department(w, org, org.company_id, {**KINDS[spec["kind"]], **spec}, size, order)
        else:
            place = len(division.depts) + 1
            dept = _department(w, org, division.id, {**KINDS[spec["kind"]], **spec}, size, place)
            dept.division = division
            division.depts.append(dept)


def _department(
    w: _Writer, org: Org, parent: str, spec: dict[str, Any], size: int, place: int
) -> Dept:
    """A department, its manager, its teams (or areas) with their leads, and its staff."""
    ctx, t, rng = w.ctx, w.ctx.t, w.ctx.rng
    name, code = t(spec["name"]), spec["code"]
    unit = ctx.new_id()
    manager = w.person(
        unit,
        t(spec.get("manager", MANAGER)).format(dept=name),
        spec["person_kpis"],
        "representative",
    )
    dept = Dept(unit, spec, name, manager, [manager])
    org.depts.append(dept)
    w.unit(unit, parent, "department", name, code, manager.id, place)
    dept.teams = [Team(ctx.new_id(), t(team)) for team in spec["teams"]]
    lead_title = spec.get("lead", TEAM_LEAD)
    for k in range(size - 1):  # the first member of each team leads it
        team = dept.teams[k % len(dept.teams)]
        role = lead_title if k < len(dept.teams) else rng.choice(spec["titles"])
        member = w.person(team.id, t(role), spec["person_kpis"])
        dept.people.append(member)
        team.members.append(member)
        dept.leads += [member] if k < len(dept.teams) else []
    kind = spec.get("unit_kind", "team")
    for j, (team, lead) in enumerate(zip(dept.teams, dept.leads, strict=True)):
        w.unit(team.id, unit, kind, team.name, f"{code}-{j + 1}", lead.id, j + 1)
    return dept


class _Names:
    """Unique person names: surname + one or two given characters, or first + last name."""

    def __init__(self, rng: random.Random, zh: bool) -> None:
        self.rng, self.zh, self.used = rng, zh, set[str]()

    def __call__(self) -> str:
        rng = self.rng
        while True:
            if self.zh:
                given = rng.choice(GIVEN) + (rng.choice(GIVEN) if rng.random() < 0.7 else "")
                name = rng.choice(SURNAMES) + given
            else:
                name = f"{rng.choice(FIRST_NAMES)} {rng.choice(LAST_NAMES)}"
            if name not in self.used:
                self.used.add(name)
                return name
