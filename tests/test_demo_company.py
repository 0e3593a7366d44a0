"""The company-size demo, as a user of the consolidated group file would notice it.

Organisation (divisions, centres, plants, provinces with distinct areas, employee
numbers), the goal chain company -> department -> team/area -> person adding up, a
year of meetings per division with realistic agendas, issues naming units that exist
with the seeds' owners, actions in every state with their 10-day reports, the status
mix, the build's determinism and an English file without Chinese.
"""

from __future__ import annotations

import datetime
import math
import re
import sqlite3
from collections import Counter, defaultdict
from pathlib import Path

import pytest

from perfdesk.core.kpi import Direction, Status, status
from perfdesk.core.periods import Granularity, Period
from perfdesk.demo import build_demo
from perfdesk.store.document import check_document
from perfdesk.store.schema import tables

TODAY = datetime.date(2026, 11, 23)
CJK = re.compile(r"[\u3000-\u303f\u3400-\u9fff\uff00-\uffef]")
STATES = {"draft", "returned", "open", "done", "verified", "overdue", "cancelled"}


@pytest.fixture(scope="module")
def group(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    folder = tmp_path_factory.mktemp("group")
    return {
        lang: build_demo(folder / f"{lang}.perfdesk", lang=lang, size="company", today=TODAY)
        for lang in ("zh", "en")
    }


def rows(path: Path, sql: str, *args: object) -> list[sqlite3.Row]:
    conn = sqlite3.connect(path)
    conn.row_factory = sqlite3.Row
    try:
        return list(conn.execute(sql, args))
    finally:
        conn.close()


def units(path: Path) -> dict[str, sqlite3.Row]:
    return {u["id"]: u for u in rows(path, "SELECT * FROM org_units")}


def department_of(unit_id: str, by_id: dict[str, sqlite3.Row]) -> str | None:
    """The department a unit is or belongs to (None above department level)."""
    unit = by_id[unit_id]
    while unit["kind"] in ("team", "region"):
        unit = by_id[unit["parent_id"]]
    return unit["id"] if unit["kind"] == "department" else None


@pytest.mark.parametrize("lang", ["zh", "en"])
def test_group_file_checks_ok(group: dict[str, Path], lang: str) -> None:
    result = check_document(group[lang])
    assert result.ok, result.problems


def test_group_has_centres_divisions_plants_and_provinces(group: dict[str, Path]) -> None:
    path = group["zh"]
    kinds = Counter(u["kind"] for u in units(path).values())
    assert kinds["company"] == 1 and kinds["division"] >= 2
    assert 45 <= kinds["department"] <= 55
    assert kinds["region"] >= 60 and kinds["team"] >= 60
    names = [u["name"] for u in units(path).values() if u["kind"] == "department"]
    assert len(set(names)) == len(names)
    assert {"人力资源中心", "财务中心", "市场部", "客户服务部"} <= set(names)
    assert sum(n.endswith("工厂") for n in names) >= 5
    assert sum(n.endswith("销售部") for n in names) >= 20
    assert not [n for n in names if re.search(r"[一二三四五六七八九十]部$", n)]
    divisions = {u["name"] for u in units(path).values() if u["kind"] == "division"}
    assert {"营销事业部", "制造中心"} <= divisions
    people = rows(path, "SELECT * FROM people")
    assert 1800 <= len(people) <= 2200
    numbers = [p["employee_no"] for p in people]
    assert all(n and re.fullmatch(r"HX\d{5}", n) for n in numbers)
    assert len(set(numbers)) == len(numbers)
    assert len({p["name"] for p in people}) == len(people)


@pytest.mark.parametrize("lang", ["zh", "en"])
def test_team_and_area_names_are_distinct(group: dict[str, Path], lang: str) -> None:
    by_id = units(group[lang])
    below: dict[str, list[str]] = defaultdict(list)
    for u in by_id.values():
        if u["kind"] in ("team", "region"):
            below[u["parent_id"]].append(u["name"])
            assert by_id[u["parent_id"]]["kind"] == "department"
    for names in below.values():
        assert len(set(names)) == len(names), names
    areas = [u["name"] for u in by_id.values() if u["kind"] == "region"]
    assert len(set(areas)) == len(areas)  # across the company's sales areas
    assert len(areas) >= 60


def test_goals_decompose_company_department_team_person(group: dict[str, Path]) -> None:
    path = group["zh"]
    by_id = units(path)
    goals = {
        g["id"]: g
        for g in rows(
            path,
            "SELECT g.*, k.aggregation, k.decimals, k.code FROM goals g "
            "JOIN kpis k ON k.id = g.kpi_id WHERE g.period = '2026'",
        )
    }

    def level(g: sqlite3.Row) -> str:
        return "person" if g["person_id"] else by_id[g["unit_id"]]["kind"]

    children: dict[str, list[sqlite3.Row]] = defaultdict(list)
    for g in goals.values():
        if g["parent_id"]:
            children[g["parent_id"]].append(g)
    chains = Counter()
    for g in goals.values():
        if level(g) != "person" or not g["parent_id"]:
            continue
        chain, up = [level(g)], goals[g["parent_id"]]
        while True:
            chain.append(level(up))
            if not up["parent_id"]:
                break
            up = goals[up["parent_id"]]
        chains[" <- ".join(chain)] += 1
    assert chains["person <- region <- department <- company"] > 100
    assert chains["person <- team <- department <- company"] > 100
    sales_chain = [
        g for g in goals.values() if g["code"] == "sales_amount" and level(g) == "region"
    ]
    assert sales_chain and all(children[g["id"]] for g in sales_chain)
    checked = Counter()
    for g in goals.values():
        if g["aggregation"] == "sum" and children[g["id"]]:
            total = round(math.fsum(c["target"] for c in children[g["id"]]), g["decimals"])
            assert total == g["target"], (g["code"], level(g))
            checked[level(g)] += 1
    assert checked["company"] >= 2 and checked["department"] >= 50
    assert checked["region"] >= 60 and checked["team"] >= 60
    holders = rows(
        path,
        "SELECT coalesce(unit_id, person_id) AS holder, sum(weight) AS total, count(*) AS n "
        "FROM goals WHERE period = '2026' GROUP BY 1",
    )
    assert all(h["total"] == 100 and 3 <= h["n"] <= 5 for h in holders)
    teams = {u for u, r in by_id.items() if r["kind"] in ("team", "region")}
    assert teams <= {h["holder"] for h in holders}  # every team and area holds goals


def test_meetings_per_division_with_realistic_agendas(group: dict[str, Path]) -> None:
    path = group["zh"]
    by_id = units(path)
    meetings = rows(path, "SELECT * FROM meetings ORDER BY date")
    agenda = defaultdict(list)
    for a in rows(path, "SELECT * FROM agenda_items ORDER BY meeting_id, position"):
        agenda[a["meeting_id"]].append(a)
    per_division: Counter[str] = Counter()
    for m in meetings:
        items = agenda[m["id"]]
        assert sum(a["planned_minutes"] for a in items) <= m["planned_minutes"] <= 180
        assert [a["kind"] for a in items][:2] == ["opening", "action_review"]
        assert items[-1]["kind"] == "closing" and m["chair_id"] and m["secretary_id"]
        if m["status"] == "ended":
            assert all(a["actual_seconds"] > 0 for a in items)
            assert sum(bool(a["minutes"]) for a in items) >= 3
        for a in items:
            if a["kind"] == "speaker":
                assert a["unit_id"] in by_id and a["speaker_id"]
        divisions = set()
        for a in items:
            unit = by_id.get(a["unit_id"] or "")
            while unit is not None and unit["kind"] not in ("division", "company"):
                unit = by_id.get(unit["parent_id"] or "")
            if unit is not None and unit["kind"] == "division":
                divisions.add(unit["name"])
        if m["kind"] == "monthly" and len(divisions) == 1:
            per_division[divisions.pop()] += 1
    assert per_division["营销事业部"] >= 10 and per_division["制造中心"] >= 10
    assert sum(m["kind"] == "quarterly" for m in meetings) == 3
    assert sum(m["status"] == "planned" for m in meetings) == 1
    assert all(m["date"] <= TODAY.isoformat() for m in meetings if m["status"] == "ended")
    formats = Counter(tuple(int(a["planned_minutes"]) for a in agenda[m["id"]]) for m in meetings)
    assert formats[(5, 5, 5, 5, 5, 60, 5)] >= 10  # the common 90-minute format
    attendance = Counter(r["attendance"] for r in rows(path, "SELECT * FROM meeting_attendees"))
    assert attendance["present"] > 500 and attendance["late"] and attendance["excused"]


@pytest.mark.parametrize("lang", ["zh", "en"])
def test_issues_name_units_that_exist_and_have_the_seeds_owners(
    group: dict[str, Path], lang: str
) -> None:
    path = group[lang]
    by_id = units(path)
    gm = rows(path, "SELECT id FROM people WHERE committee_role = 'chair'")[0]["id"]
    related = defaultdict(list)
    for r in rows(path, "SELECT * FROM issue_units"):
        related[r["issue_id"]].append(r["unit_id"])
    issues = rows(path, "SELECT * FROM issues")
    assert len(issues) >= 150
    cross = 0
    for issue in issues:
        named = related[issue["id"]]
        assert named and all(u in by_id for u in named)
        assert issue["responsible_unit_id"] in named
        assert by_id[issue["responsible_unit_id"]]["kind"] == "department"
        depts = {department_of(u, by_id) for u in named}
        if issue["owner_id"] == gm:
            assert len(depts) > 1
            cross += 1
        else:
            assert issue["owner_id"] == by_id[issue["responsible_unit_id"]]["manager_id"]
    assert cross >= 5
    areas = [u for named in related.values() for u in named if by_id[u]["kind"] == "region"]
    assert len(areas) >= 20  # the sales departments' own reviews are about their areas


def test_actions_in_every_state_with_their_10_day_reports(group: dict[str, Path]) -> None:
    path = group["zh"]
    # Overdue is not stored (schema v4): an open action past its due date reads as overdue.
    actions = rows(
        path,
        "SELECT *, CASE WHEN status = 'open' AND due_date < ? THEN 'overdue' ELSE status END "
        "AS shown FROM actions",
        TODAY.isoformat(),
    )
    assert len(actions) >= 150
    assert "overdue" not in {a["status"] for a in actions}
    states = Counter(a["shown"] for a in actions)
    assert set(states) == STATES and all(n >= 3 for n in states.values()), states
    reports = defaultdict(list)
    for r in rows(path, "SELECT * FROM action_reports ORDER BY report_date"):
        reports[r["action_id"]].append(r)
    for a in actions:
        filed = reports[a["id"]]
        start = datetime.date.fromisoformat(a["start_date"])
        assert all(r["report_date"] <= TODAY.isoformat() for r in filed)
        if a["status"] in ("draft", "returned"):
            assert not filed
        if a["status"] in ("returned", "cancelled", "verified"):
            assert a["status_reason"]
        if a["status"] in ("open", "overdue"):
            due = set()
            period = Period.of(start, Granularity.TEN_DAY)
            while period.end <= TODAY:
                due.add(period.key)
                period = period.shift(1)
            assert due <= {r["period"] for r in filed}, a["title"]
        if a["status"] in ("done", "verified"):
            assert filed and filed[-1]["progress"] == 100
    assert sum(len(v) for v in reports.values()) >= 500


def test_the_story_shows_in_the_status_mix(group: dict[str, Path]) -> None:
    path = group["zh"]
    sql = (
        "SELECT v.target, v.actual, v.period, k.direction, k.amber_below, k.red_below, "
        "g.unit_id, g.person_id FROM goal_values v JOIN goals g ON g.key = v.goal "
        "JOIN kpis k ON k.id = g.kpi_id WHERE v.period BETWEEN '2026-01' AND '2026-10'"
    )
    judged = [
        (
            r,
            status(
                Direction(r["direction"]),
                r["target"],
                r["actual"],
                None,
                r["amber_below"],
                r["red_below"],
            ),
        )
        for r in rows(path, sql)
    ]
    shares = Counter(s for _, s in judged)
    total = sum(shares.values())
    assert shares[Status.GREEN] / total > 0.7  # most on target
    assert 0.03 < shares[Status.AMBER] / total < 0.25
    assert 0.005 < shares[Status.RED] / total < 0.1
    by_id = units(path)
    red_depts = defaultdict(set)
    red_people = defaultdict(set)
    for r, s in judged:
        if s is Status.RED and r["unit_id"] and by_id[r["unit_id"]]["kind"] == "department":
            red_depts[r["unit_id"]].add(r["period"])
        if s is Status.RED and r["person_id"]:
            red_people[r["person_id"]].add(r["period"])
    assert max(len(p) for p in red_depts.values()) >= 3  # a weak department
    assert sum({"2026-09", "2026-10"} <= p for p in red_people.values()) >= 10


def test_english_group_file_has_no_chinese(group: dict[str, Path]) -> None:
    conn = sqlite3.connect(group["en"])
    try:
        for table in tables():
            cursor = conn.execute(f"SELECT * FROM {table}")
            columns = [c[0] for c in cursor.description]
            for row in cursor:
                for column, value in zip(columns, row, strict=True):
                    if table == "kpis" and column.endswith("_zh"):
                        continue
                    assert not (isinstance(value, str) and CJK.search(value)), (table, value)
    finally:
        conn.close()


def fingerprint(path: Path) -> dict[str, object]:
    """Every table but meta and sources in key order; the million values summed up."""
    found: dict[str, object] = {}
    conn = sqlite3.connect(path)
    try:
        for table in tables():
            if table in ("meta", "sources"):
                continue
            if table == "goal_values":
                found[table] = conn.execute(
                    "SELECT count(*), total(target), total(actual), total(goal * actual), "
                    "group_concat(DISTINCT period) FROM goal_values"
                ).fetchone()
                continue
            found[table] = sorted(conn.execute(f"SELECT * FROM {table}"))
    finally:
        conn.close()
    return found


def test_same_seed_same_group_file(group: dict[str, Path], tmp_path: Path) -> None:
    again = build_demo(tmp_path / "again.perfdesk", lang="en", size="company", today=TODAY)
    assert fingerprint(again) == fingerprint(group["en"])


def test_chinese_demo_texts_use_full_width_punctuation(group: dict[str, Path]) -> None:
    # The library's KPI descriptions are core.kpi_library's, not the demo's texts.
    half = re.compile(r"[\u3400-\u9fff][,;:()]|[,;:()][\u3400-\u9fff]")
    conn = sqlite3.connect(group["zh"])
    try:
        for table in tables():
            if table == "kpis":
                continue
            for row in conn.execute(f"SELECT * FROM {table}"):
                for value in row:
                    assert not (isinstance(value, str) and half.search(value)), (table, value)
    finally:
        conn.close()
