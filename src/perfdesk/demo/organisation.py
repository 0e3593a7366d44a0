"""The demo's organisation: company, departments, teams, people and committee roles.

Owns `build_organisation`, which writes the org tree (company -> the six departments of
the seeds' committee, or 50 of them for size "company" -> teams) and its people: the
three executives (chair, vice chair, secretary), each department's manager (its
committee representative), one supervisor leading each team and the staff, every one
with a unique name and the KPI set of their department kind. The names and specs come
from perfdesk.demo.names_org.
"""

from __future__ import annotations

import random
from typing import Any

from perfdesk.demo.context import Context, Dept, Org, Person
from perfdesk.demo.names_org import (
    COMPANY,
    COMPANY_CODE,
    DEPARTMENTS,
    EMAIL_DOMAIN,
    EXEC_KPIS,
    EXECUTIVES,
    FIRST_NAMES,
    GIVEN,
    LAST_NAMES,
    MANAGER,
    NUMERALS,
    PROVINCES,
    SURNAMES,
    TEAM_LEAD,
)


def build_organisation(ctx: Context) -> Org:
    """Write the org units and the people; return them for the plan and the meetings."""
    rng, t, names = ctx.rng, ctx.t, _Names(ctx.rng, ctx.zh)
    people: list[tuple[Any, ...]] = []
    units: list[tuple[Any, ...]] = []

    def person(unit_id: str, title: str, kpis: Any, role: str | None = None) -> Person:
        p = Person(ctx.new_id(), names(), tuple(kpis))
        email = f"hx{len(people) + 1:04d}" if ctx.zh else p.name.lower().replace(" ", ".")
        people.append((p.id, unit_id, p.name, title, f"{email}@{EMAIL_DOMAIN}", role))
        return p

    company = ctx.new_id()
    execs = [person(company, t(e[:2]), EXEC_KPIS, e[2]) for e in EXECUTIVES]
    org = Org(company, execs, depts=[])
    gm, name = org.execs[0].id, t(COMPANY[ctx.size])
    units.append((company, None, "company", name, COMPANY_CODE, gm, 0))
    for spec in DEPARTMENTS:
        count = spec["count"] if ctx.size == "company" else 1
        for i in range(count):
            name, code = _dept_name(ctx, spec, i, count)
            unit = ctx.new_id()
            title = t(MANAGER).format(dept=name)
            manager = person(unit, title, spec["person_kpis"], "representative")
            dept = Dept(unit, spec, name, manager, [manager])
            org.depts.append(dept)
            units.append((unit, company, "department", name, code, manager.id, len(org.depts)))
            teams = spec["teams"] if count == 1 else spec.get("company_teams", spec["teams"])
            team_ids = [ctx.new_id() for _ in teams]
            size = spec["size"][0] if count == 1 else spec["size"][1] + rng.randint(-3, 3)
            for k in range(size - 1):  # the first member of each team leads it
                role = TEAM_LEAD if k < len(teams) else rng.choice(spec["titles"])
                member = person(team_ids[k % len(teams)], t(role), spec["person_kpis"])
                dept.people.append(member)
                dept.leads += [member] if k < len(teams) else []
            for j, (team, lead) in enumerate(zip(teams, dept.leads, strict=True)):
                units.append(
                    (team_ids[j], unit, "team", t(team), f"{code}-{j + 1}", lead.id, j + 1)
                )
    ctx.put("org_units", "id parent_id kind name code manager_id sort_order", units)
    ctx.put("people", "id unit_id name title email committee_role", people)
    return org


def _dept_name(ctx: Context, spec: dict[str, Any], i: int, count: int) -> tuple[str, str]:
    """Name and code of a department: the kind's own, or by province / numbered if several."""
    zh, en = spec["name"]
    if count == 1:
        return ctx.t((zh, en)), spec["code"]
    if spec["kind"] == "sales":
        zh, en = PROVINCES[i][0] + zh, f"{PROVINCES[i][1]} {en}"
    else:
        zh, en = f"{zh[:-1]}{NUMERALS[i]}部", f"{en} {i + 1}"
    return ctx.t((zh, en)), f"{spec['code']}{i + 1:02d}"


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
