"""The demo document: structure, arithmetic, story, meetings, determinism, languages."""

from __future__ import annotations

import datetime
import math
import re
import sqlite3
from collections import Counter, defaultdict
from pathlib import Path

import pytest

from perfdesk.core.kpi import Direction, Status, status
from perfdesk.core.kpi_library import LIBRARY, by_code, kpi_id, kpi_rows
from perfdesk.demo import actual_months, build_demo
from perfdesk.store.document import Document, check_document
from perfdesk.store.schema import tables

TODAY = datetime.date(2026, 11, 23)
SIX = {"销售部", "市场部", "生产部", "质量部", "财务部", "人力资源部"}
CJK = re.compile(r"[\u3000-\u303f\u3400-\u9fff\uff00-\uffef]")


@pytest.fixture(scope="module")
def demos(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    folder = tmp_path_factory.mktemp("demo")
    return {
        lang: build_demo(folder / f"{lang}.perfdesk", lang=lang, today=TODAY)
        for lang in ("zh", "en")
    }


def connect(path: Path) -> sqlite3.Connection:
    """A connection with the period values also seen as targets and actuals by goal id."""
    conn = sqlite3.connect(path)
    conn.row_factory = sqlite3.Row
    conn.execute(
        "CREATE TEMP VIEW goal_targets AS SELECT g.id AS goal_id, v.period, v.target "
        "FROM goal_values v JOIN goals g ON g.key = v.goal WHERE v.target IS NOT NULL"
    )
    conn.execute(
        "CREATE TEMP VIEW actuals AS SELECT g.id AS goal_id, v.period, v.actual AS value, "
        "g.id || v.period AS id FROM goal_values v JOIN goals g ON g.key = v.goal "
        "WHERE v.actual IS NOT NULL"
    )
    return conn


def rows(path: Path, sql: str, *args: object) -> list[sqlite3.Row]:
    with connect(path) as conn:
        return list(conn.execute(sql, args))


def dump(path: Path) -> dict[str, list[tuple[object, ...]]]:
    """Every table but meta and sources (the document's own identity), in key order."""
    found = {}
    with connect(path) as conn:
        for table in tables():
            if table in ("meta", "sources"):
                continue
            names = [r[1] for r in conn.execute(f"PRAGMA table_info({table})")]
            found[table] = sorted(
                tuple(r) for r in conn.execute(f"SELECT {', '.join(names)} FROM {table}")
            )
    return found


@pytest.mark.parametrize("lang", ["zh", "en"])
def test_document_checks_ok_and_keeps_the_schema(
    demos: dict[str, Path], lang: str, tmp_path: Path
) -> None:
    result = check_document(demos[lang])
    assert result.ok, result.problems
    Document.create(tmp_path / "empty.perfdesk").close()
    for table in tables():
        built = rows(demos[lang], f"PRAGMA table_info({table})")
        empty = rows(tmp_path / "empty.perfdesk", f"PRAGMA table_info({table})")
        assert [tuple(r) for r in built] == [tuple(r) for r in empty], table


def test_org_has_the_six_departments_teams_people_and_committee(demos: dict[str, Path]) -> None:
    path = demos["zh"]
    depts = rows(path, "SELECT * FROM org_units WHERE kind = 'department'")
    assert {d["name"] for d in depts} == SIX
    for dept in depts:
        teams = rows(path, "SELECT id FROM org_units WHERE parent_id = ?", dept["id"])
        assert 2 <= len(teams) <= 4
        manager = rows(path, "SELECT * FROM people WHERE id = ?", dept["manager_id"])[0]
        assert manager["unit_id"] == dept["id"] and manager["committee_role"] == "representative"
    people = rows(path, "SELECT * FROM people")
    assert 50 <= len(people) <= 70
    assert len({p["name"] for p in people}) == len(people)
    roles = {p["committee_role"]: p["title"] for p in people if p["committee_role"]}
    assert roles["chair"] == "总经理" and roles["secretary"] == "销售副总"
    assert "vice_chair" in roles


@pytest.mark.parametrize("lang", ["zh", "en"])
def test_every_holder_has_3_to_5_goals_weighing_100(demos: dict[str, Path], lang: str) -> None:
    holders = rows(
        demos[lang],
        "SELECT coalesce(unit_id, person_id) AS holder, period, "
        "count(*) AS n, sum(weight) AS total FROM goals GROUP BY 1, 2",
    )
    people = rows(demos[lang], "SELECT count(*) FROM people")[0][0]
    assert len(holders) == 1 + 6 + people  # company, departments, everyone
    for h in holders:
        assert 3 <= h["n"] <= 5 and h["total"] == 100, dict(h)


def test_additive_targets_split_exactly(demos: dict[str, Path]) -> None:
    path = demos["zh"]
    goals = {
        g["id"]: g
        for g in rows(
            path,
            "SELECT g.*, k.aggregation, k.decimals, k.code, "
            "u.kind FROM goals g JOIN kpis k ON k.id = g.kpi_id "
            "LEFT JOIN org_units u ON u.id = g.unit_id",
        )
    }
    children = defaultdict(list)
    for g in goals.values():
        if g["parent_id"]:
            children[g["parent_id"]].append(g)
    checked = set()
    for g in goals.values():
        if g["aggregation"] == "sum" and g["kind"] in ("company", "department"):
            total = round(math.fsum(c["target"] for c in children[g["id"]]), g["decimals"])
            assert total == g["target"], (g["code"], g["kind"])
            checked.add((g["kind"], g["code"]))
    assert {("company", "sales_amount"), ("company", "training_hours")} <= checked
    assert ("department", "sales_amount") in checked
    training = [
        c
        for c in children[
            next(
                g["id"]
                for g in goals.values()
                if g["kind"] == "company" and g["code"] == "training_hours"
            )
        ]
    ]
    assert len(training) == 6  # every department holds training hours


def test_monthly_targets_add_up_to_the_year(demos: dict[str, Path]) -> None:
    path = demos["zh"]
    months = defaultdict(list)
    for t in rows(path, "SELECT goal_id, period, target FROM goal_targets ORDER BY period"):
        months[t["goal_id"]].append(t)
    goals = rows(
        path,
        "SELECT g.id, g.target, k.aggregation, k.decimals, k.code FROM goals g "
        "JOIN kpis k ON k.id = g.kpi_id",
    )
    for g in goals:
        split = months[g["id"]]
        assert [t["period"] for t in split] == [f"2026-{m:02d}" for m in range(1, 13)]
        if g["aggregation"] == "sum":
            assert round(math.fsum(t["target"] for t in split), g["decimals"]) == g["target"]
        else:
            assert {t["target"] for t in split} == {g["target"]}
    sales = next(g for g in goals if g["code"] == "sales_amount")
    shape = [t["target"] for t in months[sales["id"]]]
    assert shape[1] == min(shape) and shape[11] == max(shape)  # Spring Festival, year end


@pytest.mark.parametrize(
    ("today", "n"),
    [
        (datetime.date(2026, 11, 23), 10),
        (datetime.date(2026, 12, 31), 10),
        (datetime.date(2026, 6, 15), 5),
        (datetime.date(2026, 2, 1), 1),
        (datetime.date(2026, 1, 2), 1),
    ],
)
def test_actuals_cover_the_expected_months(tmp_path: Path, today: datetime.date, n: int) -> None:
    assert actual_months(today) == n
    path = build_demo(tmp_path / "d.perfdesk", today=today)
    assert check_document(path).ok
    expected = [f"{today.year}-{m:02d}" for m in range(1, n + 1)]
    periods = defaultdict(list)
    for a in rows(path, "SELECT goal_id, period FROM actuals ORDER BY period"):
        periods[a["goal_id"]].append(a["period"])
    for g in rows(path, "SELECT id FROM goals"):
        assert periods[g["id"]] == expected
    meetings = rows(path, "SELECT * FROM meetings ORDER BY date")
    assert len(meetings) == 2 and all(m["status"] == "ended" for m in meetings)
    assert all(m["date"] <= today.isoformat() for m in meetings)
    assert meetings[0]["period"] < meetings[1]["period"] < f"{today.year}-{today.month:02d}"


def test_department_actuals_add_up_their_people(demos: dict[str, Path]) -> None:
    path = demos["zh"]
    sql = (
        "SELECT p.value AS dept, k.decimals, sum(c.value) AS people FROM goals g "
        "JOIN kpis k ON k.id = g.kpi_id "
        "JOIN org_units u ON u.id = g.unit_id AND u.kind = 'department' "
        "JOIN actuals p ON p.goal_id = g.id JOIN goals cg ON cg.parent_id = g.id "
        "JOIN actuals c ON c.goal_id = cg.id AND c.period = p.period "
        "WHERE k.aggregation = 'sum' GROUP BY p.id"
    )
    sums = rows(path, sql)
    assert len(sums) == 8 * 10  # training hours x 6, sales amount, new customers; 10 months
    for s in sums:
        assert round(s["people"], s["decimals"]) == s["dept"]


def statuses(path: Path) -> list[tuple[sqlite3.Row, Status]]:
    sql = (
        "SELECT a.value, t.target, k.code, k.direction, k.amber_below, k.red_below, "
        "g.unit_id, g.person_id, a.period FROM actuals a JOIN goals g ON g.id = a.goal_id "
        "JOIN kpis k ON k.id = g.kpi_id JOIN goal_targets t ON t.goal_id = g.id "
        "AND t.period = a.period"
    )
    return [
        (
            r,
            status(
                Direction(r["direction"]),
                r["target"],
                r["value"],
                None,
                r["amber_below"],
                r["red_below"],
            ),
        )
        for r in rows(path, sql)
    ]


def test_the_story_has_reds_and_lower_is_better_is_judged_right(demos: dict[str, Path]) -> None:
    judged = statuses(demos["zh"])
    reds = [r for r, s in judged if s is Status.RED]
    assert len(reds) >= 10
    lower = [(r, s) for r, s in judged if r["direction"] == "lower"]
    worse = [s for r, s in lower if r["value"] > r["target"] / r["red_below"] + 1e-9]
    better = [s for r, s in lower if r["value"] <= r["target"]]
    assert worse and all(s is Status.RED for s in worse)
    assert better and all(s is Status.GREEN for s in better)
    # people red two months in a row in the last two months
    red_people = defaultdict(set)
    for r in reds:
        if r["person_id"]:
            red_people[r["person_id"]].add(r["period"])
    assert sum({"2026-09", "2026-10"} <= p for p in red_people.values()) >= 2
    # one department below 90 % for several months
    dept = rows(demos["zh"], "SELECT id FROM org_units WHERE name = '生产部'")[0]["id"]
    weak = {r["period"] for r, s in judged if r["unit_id"] == dept and s is Status.RED}
    assert len(weak) >= 3
    notes = rows(demos["zh"], "SELECT * FROM deviation_notes")
    assert 5 <= len(notes) <= 10
    assert all(n["gap"] and n["internal_cause"] and n["external_cause"] for n in notes)


@pytest.mark.parametrize("lang", ["zh", "en"])
def test_two_ended_meetings_with_agenda_issues_and_actions(
    demos: dict[str, Path], lang: str
) -> None:
    path = demos[lang]
    meetings = rows(path, "SELECT * FROM meetings ORDER BY date")
    assert [m["period"] for m in meetings] == ["2026-09", "2026-10"]
    units = {u["id"]: u for u in rows(path, "SELECT * FROM org_units")}
    people = {p["id"]: p for p in rows(path, "SELECT * FROM people")}
    gm = next(p for p in people.values() if p["committee_role"] == "chair")
    cross = 0
    for meeting, wanted in zip(
        meetings, ({"done", "verified", "overdue"}, {"open", "draft", "returned"}), strict=True
    ):
        assert meeting["status"] == "ended" and meeting["chair_id"] == gm["id"]
        assert people[meeting["secretary_id"]]["committee_role"] == "secretary"
        agenda = rows(
            path, "SELECT * FROM agenda_items WHERE meeting_id = ? ORDER BY position", meeting["id"]
        )
        kinds = [a["kind"] for a in agenda]
        assert kinds == [
            "opening",
            "action_review",
            *["speaker"] * 6,
            "discussion",
            "buffer",
            "closing",
        ]
        assert sum(a["planned_minutes"] for a in agenda) <= meeting["planned_minutes"] == 120
        assert all(a["actual_seconds"] > 0 and a["started_at"] < a["ended_at"] for a in agenda)
        assert any(a["actual_seconds"] > a["planned_minutes"] * 60 for a in agenda)
        assert sum(bool(a["minutes"]) for a in agenda) >= 3
        attendance = [
            a["attendance"]
            for a in rows(
                path, "SELECT attendance FROM meeting_attendees WHERE meeting_id = ?", meeting["id"]
            )
        ]
        assert attendance.count("late") == 1 and attendance.count("excused") == 1
        speaker_items = {a["id"]: a for a in agenda if a["kind"] == "speaker"}
        issues = rows(path, "SELECT * FROM issues WHERE meeting_id = ?", meeting["id"])
        assert 3 <= len(issues) <= 6
        for issue in issues:
            assert issue["agenda_item_id"] in speaker_items
            related = [
                r["unit_id"]
                for r in rows(
                    path, "SELECT unit_id FROM issue_units WHERE issue_id = ?", issue["id"]
                )
            ]
            assert issue["responsible_unit_id"] in related
            if issue["owner_id"] == gm["id"]:  # several departments: the general manager
                assert len(related) > 1
                cross += 1
            else:
                assert issue["owner_id"] == units[issue["responsible_unit_id"]]["manager_id"]
            assert bool(issue["resource_request"]) == (issue["cause"] == "external")
            actions = rows(
                path,
                "SELECT a.*, k.direction FROM actions a JOIN kpis k ON "
                "k.id = a.kpi_id WHERE issue_id = ?",
                issue["id"],
            )
            assert len(actions) == 1
            action = actions[0]
            assert action["start_date"] > meeting["date"] and action["due_date"] > meeting["date"]
            gain = action["expected"] - action["baseline"]
            assert gain > 0 if action["direction"] == "higher" else gain < 0
            goal = rows(path, "SELECT * FROM goals WHERE id = ?", action["goal_id"])[0]
            assert goal["kpi_id"] == action["kpi_id"]
            assert goal["unit_id"] == action["responsible_unit_id"]
        found = {
            a["status"]
            for a in rows(
                path,
                # Overdue is not stored: an open action past its due date reads as overdue.
                "SELECT CASE WHEN a.status = 'open' AND a.due_date < ? THEN 'overdue' "
                "ELSE a.status END AS status FROM actions a JOIN issues i "
                "ON i.id = a.issue_id WHERE i.meeting_id = ?",
                TODAY.isoformat(),
                meeting["id"],
            )
        }
        assert wanted <= found
    assert cross >= 1
    returned = rows(path, "SELECT * FROM actions WHERE status = 'returned'")
    assert len(returned) == 1 and returned[0]["status_reason"]
    reports = rows(
        path, "SELECT r.*, a.status FROM action_reports r JOIN actions a ON a.id = r.action_id"
    )
    assert reports and {r["status"] for r in reports} <= {"open", "done", "verified"}
    for r in reports:
        year, month, part = re.fullmatch(r"(\d{4})-(\d\d)-D([123])", r["period"]).groups()
        day = datetime.date.fromisoformat(r["report_date"])
        assert (day.year, day.month) == (int(year), int(month))
        assert min((day.day - 1) // 10 + 1, 3) == int(part) and 0 <= r["progress"] <= 100
        assert day <= TODAY


def test_same_seed_same_document(demos: dict[str, Path], tmp_path: Path) -> None:
    again = build_demo(tmp_path / "again.perfdesk", lang="zh", today=TODAY)
    assert dump(again) == dump(demos["zh"])
    other = build_demo(tmp_path / "other.perfdesk", lang="zh", today=TODAY, seed=7)
    assert dump(other)["people"] != dump(demos["zh"])["people"]


def test_chinese_names_are_chinese_and_english_has_no_cjk(demos: dict[str, Path]) -> None:
    zh = demos["zh"]
    for name in [
        r["name"] for r in rows(zh, "SELECT name FROM people UNION ALL SELECT name FROM org_units")
    ]:
        assert CJK.search(name), name
    assert all(
        re.fullmatch(r"[\u4e00-\u9fff]{2,3}", r["name"])
        for r in rows(zh, "SELECT name FROM people")
    )
    with connect(demos["en"]) as conn:
        for table in tables():
            for row in conn.execute(f"SELECT * FROM {table}"):
                for column in row.keys():  # noqa: SIM118 (sqlite3.Row)
                    if table == "kpis" and column.endswith("_zh"):
                        continue  # a KPI keeps its Chinese texts in every file
                    value = row[column]
                    assert not (isinstance(value, str) and CJK.search(value)), (table, value)


def test_build_demo_refuses_an_existing_path_and_bad_arguments(tmp_path: Path) -> None:
    path = tmp_path / "taken.perfdesk"
    path.write_bytes(b"keep me")
    with pytest.raises(FileExistsError):
        build_demo(path)
    assert path.read_bytes() == b"keep me"
    with pytest.raises(ValueError, match="language"):
        build_demo(tmp_path / "x.perfdesk", lang="fr")
    with pytest.raises(ValueError, match="size"):
        build_demo(tmp_path / "x.perfdesk", size="huge")
    assert not (tmp_path / "x.perfdesk").exists()


def test_progress_is_reported(tmp_path: Path) -> None:
    messages: list[str] = []
    build_demo(tmp_path / "p.perfdesk", lang="en", today=TODAY, progress=messages.append)
    assert "actuals 2026…" in messages and messages[-1] == "meetings…"


def test_kpi_library_rows() -> None:
    codes = [k.code for k in LIBRARY]
    assert len(codes) == len(set(codes)) >= 22
    assert by_code("deal_cycle_days").direction is Direction.LOWER
    with pytest.raises(KeyError, match="nope"):
        by_code("nope")
    made = kpi_rows()
    ids = {r["code"]: r["id"] for r in made}
    assert ids == {code: kpi_id(code) for code in codes}  # the same in every file
    assert kpi_id("sales_amount") == "94aef19d-be59-5aa1-896e-a337dd1e3ca5"
    ratio = next(r for r in made if r["aggregation"] == "ratio")
    assert ratio["numerator_id"] == ids["sales_amount"]
    assert ratio["denominator_id"] == ids["order_count"]
    assert all(r["name_en"] and not CJK.search(r["name_en"]) for r in made)
    assert all(CJK.search(r["name_zh"]) and r["unit_zh"] and r["unit_en"] for r in made)
    for k in LIBRARY:
        if k.unit_en == "%" and k.max_value is not None:
            assert k.min_value is not None and k.min_value < k.max_value


def test_library_tolerances_fit_each_kpi_instead_of_anything_below_100_percent() -> None:
    for k in LIBRARY:
        assert 0 < k.red_below <= k.amber_below < 1.0, k.code  # and the schema's <= 10
    assert (by_code("sales_amount").amber_below, by_code("sales_amount").red_below) == (0.95, 0.85)
    assert (by_code("pass_rate").amber_below, by_code("pass_rate").red_below) == (0.995, 0.98)
    # a lower-is-better KPI in achievement terms: a 45-day cycle is amber at 48, red at 53
    cycle = by_code("deal_cycle_days")
    judge = [
        status(Direction.LOWER, 45, d, None, cycle.amber_below, cycle.red_below)
        for d in (46, 48, 53)
    ]
    assert judge == [Status.GREEN, Status.AMBER, Status.RED]
    # a pass rate of 98.5 % against 99 % is amber, 97 % red; sales at 96 % of quota green
    rate = by_code("pass_rate")
    assert (
        status(Direction.HIGHER, 99, 98.5, None, rate.amber_below, rate.red_below) is Status.AMBER
    )
    assert status(Direction.HIGHER, 99, 97.0, None, rate.amber_below, rate.red_below) is Status.RED
    sales = by_code("sales_amount")
    assert (
        status(Direction.HIGHER, 100, 96, None, sales.amber_below, sales.red_below) is Status.GREEN
    )


def test_small_demo_is_mostly_on_target(demos: dict[str, Path]) -> None:
    shares = Counter(s for _, s in statuses(demos["zh"]))
    total = sum(shares.values())
    assert shares[Status.GREEN] / total > 0.7
    assert shares[Status.AMBER] and shares[Status.RED]
    people = rows(demos["zh"], "SELECT employee_no FROM people")
    numbers = [p["employee_no"] for p in people]
    assert all(numbers) and len(set(numbers)) == len(numbers)
