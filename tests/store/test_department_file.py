"""A department file started from the company file (issue 17, item 1).

A hand-built tiny company (two sales departments that both have a 销售一组, a finance
department, meetings, issues and actions naming different units) and the small demo:
the department file opens and passes `perfdesk check`, holds exactly the unit's goals
and the chain above them, every copied row equal to the company's, the fork recorded
exactly in `imports`, a clock beyond every stamp; refusals leave no file; the company
file is byte-identical afterwards.
"""

from __future__ import annotations

import hashlib
import sqlite3
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from perfdesk.cli import main
from perfdesk.core.kpi_library import kpi_id
from perfdesk.store.document import DamagedFile, Document, NotPerfdeskFile, check_document
from perfdesk.store.exchange import department as department_module
from perfdesk.store.exchange.department import (
    TABLES,
    AmbiguousUnit,
    OutputExists,
    OutsideOwnUnit,
    UnknownUnit,
    department_plan,
    make_department_file,
)
from perfdesk.store.exchange.rows import TABLES as EXCHANGED
from perfdesk.store.validate import CheckResult

ENTITIES = {"org_units", "people", "kpis", "goals", "meetings", "agenda_items", "issues"}
ENTITIES |= {"actions"}
# How a row is named in both files (goal values by the local goal key, kept in the copy).
KEYS = {
    table.name: ["goal", "period"] if table.goal_keyed else list(table.key) for table in EXCHANGED
}


def digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


class Builder:
    """Rows written by hand, each call its own transaction (so stamps differ)."""

    def __init__(self, doc: Document) -> None:
        self.doc = doc

    def add(self, table: str, **values: Any) -> str:
        with self.doc.transaction() as conn:
            values.update(stamp=self.doc.stamp, source=self.doc.source)
            if table in ENTITIES:
                values.setdefault("created", self.doc.stamp)
            columns = ", ".join(values)
            marks = ", ".join("?" * len(values))
            conn.execute(f"INSERT INTO {table}({columns}) VALUES ({marks})", list(values.values()))
        return str(values.get("id", ""))


@pytest.fixture
def tiny(tmp_path: Path) -> Iterator[tuple[Path, dict[str, str]]]:
    """集团 → 上海销售部 (SH) → 销售一组 (SH-1); 北京销售部 (BJ) → 销售一组 (BJ-1); 财务部."""
    path = tmp_path / "company.perfdesk"
    ids: dict[str, str] = {}
    with Document.create(path, name="集团", role="company") as doc:
        b = Builder(doc)
        unit = "org_units"
        ids["hq"] = b.add(unit, id="u-hq", kind="company", name="集团", code="HQ")
        ids["sh"] = b.add(unit, id="u-sh", parent_id="u-hq", kind="department", name="上海销售部")
        ids["sh1"] = b.add(unit, id="u-sh1", parent_id="u-sh", kind="team", name="销售一组")
        ids["bj"] = b.add(unit, id="u-bj", parent_id="u-hq", kind="department", name="北京销售部")
        ids["bj1"] = b.add(unit, id="u-bj1", parent_id="u-bj", kind="team", name="销售一组")
        ids["fin"] = b.add(unit, id="u-fin", parent_id="u-hq", kind="department", name="财务部")
        with doc.transaction() as conn:  # codes set later: a second stamp on these rows
            for code, unit_id in (("SH", "u-sh"), ("SH-1", "u-sh1"), ("BJ", "u-bj")):
                conn.execute(
                    "UPDATE org_units SET code = ?, stamp = ? WHERE id = ?",
                    (code, doc.stamp, unit_id),
                )
        b.add("people", id="p-zhang", unit_id="u-sh", name="张三", employee_no="001")
        b.add("people", id="p-li", unit_id="u-sh1", name="李四")
        b.add("people", id="p-wang", unit_id="u-bj", name="王五")
        b.add("people", id="p-zhao", unit_id="u-fin", name="赵六", archived=1)
        sales = kpi_id("SALES_REVENUE")
        b.add(
            "kpis",
            id=sales,
            code="SALES_REVENUE",
            name_zh="销售额",
            direction="higher",
            aggregation="sum",
            perspective="financial",
            amber_below=0.95,
            red_below=0.85,
        )
        b.add(
            "kpis",
            id="k-old",
            code="OLD",
            name_zh="旧指标",
            direction="lower",
            aggregation="average",
            perspective="process",
            amber_below=0.95,
            red_below=0.85,
            deleted=1,
        )

        def goal(gid: str, parent: str | None, holder: str, **extra: Any) -> None:
            person = holder.startswith("p-")
            b.add(
                "goals",
                id=gid,
                parent_id=parent,
                kpi_id=sales,
                unit_id=None if person else holder,
                person_id=holder if person else None,
                period="2026",
                title=f"goal {gid}",
                target=100,
                **extra,
            )

        goal("g-hq", None, "u-hq")
        goal("g-hq-other", None, "u-hq")
        goal("g-sh", "g-hq", "u-sh")
        goal("g-sh1", "g-sh", "u-sh1")
        goal("g-li", "g-sh1", "p-li")
        goal("g-sh-gone", "g-sh", "u-sh", deleted=1)
        goal("g-bj", "g-hq", "u-bj")
        goal("g-bj1", "g-bj", "u-bj1")
        goal("g-fin", None, "u-fin", archived=1)
        keys = dict(doc.conn.execute("SELECT id, key FROM goals").fetchall())
        ids.update({f"key:{gid}": str(key) for gid, key in keys.items()})
        for gid, period, actual in (
            ("g-hq", "2026-01", 10.0),
            ("g-sh", "2026-02", 5.0),
            ("g-sh1", "2026-03", 3.0),
            ("g-sh1", "2026-04", None),  # a cleared value stays a row
            ("g-li", "2026-03", 1.0),
            ("g-bj", "2026-05", 7.0),  # the company's latest month, not Shanghai's
            ("g-bj1", "2026-05", 2.0),
        ):
            b.add("goal_values", goal=keys[gid], period=period, target=8.0, actual=actual)
        b.add("deviation_notes", goal=keys["g-sh1"], period="2026-03", gap="少了")
        b.add("deviation_notes", goal=keys["g-bj"], period="2026-05", gap="北京")

        # M1: the company meeting where Shanghai speaks (ended: its record is frozen).
        b.add("meetings", id="m-1", title="公司月度会", kind="monthly", date="2026-03-05")
        b.add(
            "agenda_items", id="a-1", meeting_id="m-1", position=0, kind="opening",
            planned_minutes=5,
        )  # fmt: skip
        b.add(
            "agenda_items", id="a-2", meeting_id="m-1", position=1, kind="speaker",
            speaker_id="p-zhang", unit_id="u-sh", planned_minutes=10,
        )  # fmt: skip
        b.add(
            "agenda_items", id="a-3", meeting_id="m-1", position=2, kind="speaker",
            speaker_id="p-wang", unit_id="u-bj", planned_minutes=10,
        )  # fmt: skip
        b.add("meeting_attendees", meeting_id="m-1", person_id="p-zhang", attendance="present")
        b.add("meeting_attendees", meeting_id="m-1", person_id="p-wang", attendance="late")
        # M2: Beijing's own meeting; an issue of it is related to Shanghai's team.
        b.add("meetings", id="m-2", title="北京周会", kind="ad_hoc", date="2026-03-06")
        b.add("meeting_attendees", meeting_id="m-2", person_id="p-wang")
        # M3: finance only; Li was invited and then removed (invited = 0).
        b.add("meetings", id="m-3", title="财务会", kind="ad_hoc", date="2026-03-07")
        b.add("meeting_attendees", meeting_id="m-3", person_id="p-zhao")
        b.add("meeting_attendees", meeting_id="m-3", person_id="p-li", invited=0)
        b.add(
            "issues", id="i-1", meeting_id="m-1", agenda_item_id="a-2", description="回款慢",
            cause="internal", responsible_unit_id="u-sh", owner_id="p-zhang",
        )  # fmt: skip
        b.add("issue_units", issue_id="i-1", unit_id="u-sh1")
        b.add("issue_units", issue_id="i-1", unit_id="u-fin", related=0)
        b.add(
            "issues", id="i-2", meeting_id="m-2", description="借调", cause="external",
            responsible_unit_id="u-bj",
        )  # fmt: skip
        b.add("issue_units", issue_id="i-2", unit_id="u-sh1")
        b.add(
            "issues", id="i-3", meeting_id="m-1", agenda_item_id="a-3", description="北京的事",
            cause="internal", responsible_unit_id="u-bj",
        )  # fmt: skip
        b.add(
            "actions", id="x-1", issue_id="i-1", title="催收", responsible_unit_id="u-sh1",
            goal_id="g-sh1", kpi_id=sales, status="open",
        )  # fmt: skip
        b.add(
            "action_reports", action_id="x-1", period="2026-03-D1", report_date="2026-03-10",
            progress=20,
        )  # fmt: skip
        b.add(
            "actions", id="x-2", issue_id="i-3", title="北京行动", responsible_unit_id="u-bj",
            goal_id="g-bj", status="open",
        )  # fmt: skip
        with doc.transaction() as conn:
            conn.execute("UPDATE meetings SET status = 'ended', stamp = ? WHERE id = 'm-1'",
                         (doc.stamp,))  # fmt: skip
    assert check_document(path).ok
    yield path, ids


def ids_in(path: Path, table: str, column: str = "id") -> set[str]:
    conn = sqlite3.connect(path)
    try:
        return {str(row[0]) for row in conn.execute(f"SELECT {column} FROM {table}")}
    finally:
        conn.close()


def assert_rows_equal_to_company(out: Path, company: Path) -> None:
    """Every row of the department file is the company's row, column for column."""
    conn = sqlite3.connect(out)
    try:
        conn.execute("ATTACH DATABASE ? AS company", (str(company),))
        for table in TABLES:
            key = KEYS.get(table, ["id"])
            on = " AND ".join(f"c.{k} IS d.{k}" for k in key)
            missing = conn.execute(
                f"SELECT count(*) FROM main.{table} d WHERE NOT EXISTS "
                f"(SELECT 1 FROM company.{table} c WHERE {on})"
            ).fetchone()[0]
            assert missing == 0, table
            different = conn.execute(
                f"SELECT count(*) FROM (SELECT * FROM main.{table} EXCEPT "
                f"SELECT * FROM company.{table})"
            ).fetchone()[0]
            assert different == 0, table
    finally:
        conn.close()


def meta(path: Path) -> dict[str, str]:
    conn = sqlite3.connect(path)
    try:
        return dict(conn.execute("SELECT key, value FROM meta").fetchall())
    finally:
        conn.close()


def every_stamp(path: Path) -> int:
    conn = sqlite3.connect(path)
    try:
        return max(
            conn.execute(f"SELECT coalesce(max(stamp), 0) FROM {table}").fetchone()[0]
            for table in TABLES
        )
    finally:
        conn.close()


def no_files_but(folder: Path, *names: str) -> None:
    assert sorted(p.name for p in folder.iterdir()) == sorted(names)


# -- the tiny company ---------------------------------------------------------


def test_department_file_holds_the_unit_its_goals_and_the_chain_above(
    tiny: tuple[Path, dict[str, str]], tmp_path: Path
) -> None:
    company, ids = tiny
    before = digest(company)
    company_meta = meta(company)
    out = tmp_path / "out" / "shanghai.perfdesk"
    out.parent.mkdir()
    result = make_department_file(company, "上海销售部", out)

    assert digest(company) == before
    assert check_document(out).ok
    with Document.open(out) as doc:  # opens for writing, as the app does
        assert doc.meta("role") == "department"
        assert doc.meta("unit_id") == "u-sh"
        assert doc.meta("name") == "上海销售部"
        assert doc.meta("forked_from") == company_meta["document_id"]
        assert doc.document_id not in (company_meta["document_id"], "")
        assert doc.document_id == result.document_id
        # Shanghai's latest actual month, not the company's (Beijing entered May).
        assert doc.meta("latest_actual_month") == "2026-03"
    # The unit's goals (tombstone included), its team's and its people's, and the chain
    # above them; never Beijing's, finance's or the company's unrelated goal.
    assert ids_in(out, "goals") == {"g-hq", "g-sh", "g-sh1", "g-li", "g-sh-gone"}
    assert result.plan.own_goals == 4 and result.plan.ancestor_goals == 1
    assert ids_in(out, "goals", "key") == {ids[f"key:{g}"] for g in ids_in(out, "goals")}
    assert len(ids_in(out, "goal_values", "goal || period")) == 5
    assert ids_in(out, "deviation_notes", "gap") == {"少了"}
    # The whole organisation, people and KPI library, tombstones and archived rows too.
    assert ids_in(out, "org_units") == ids_in(company, "org_units")
    assert ids_in(out, "people") == ids_in(company, "people")
    assert ids_in(out, "kpis") == ids_in(company, "kpis")
    # The company meeting where Shanghai speaks, whole; Beijing's meeting because an issue
    # of it is related to Shanghai's team; not finance's (Li's invitation was withdrawn).
    assert ids_in(out, "meetings") == {"m-1", "m-2"}
    assert ids_in(out, "agenda_items") == {"a-1", "a-2", "a-3"}
    assert ids_in(out, "issues") == {"i-1", "i-2"}
    assert ids_in(out, "issue_units", "issue_id || unit_id") == {
        "i-1u-sh1",
        "i-1u-fin",
        "i-2u-sh1",
    }
    assert ids_in(out, "actions") == {"x-1"}
    assert ids_in(out, "action_reports", "action_id") == {"x-1"}
    assert_rows_equal_to_company(out, company)


def test_the_fork_is_recorded_exactly_and_the_clock_is_beyond_every_stamp(
    tiny: tuple[Path, dict[str, str]], tmp_path: Path
) -> None:
    company, _ids = tiny
    out = tmp_path / "sh.perfdesk"
    result = make_department_file(company, "SH", out)
    company_meta, dept_meta = meta(company), meta(out)
    conn = sqlite3.connect(out)
    try:
        sources = conn.execute("SELECT n, document_id, role, unit_id FROM sources").fetchall()
        imports = conn.execute("SELECT * FROM imports").fetchall()
    finally:
        conn.close()
    old = sqlite3.connect(company)
    try:
        company_sources = old.execute(
            "SELECT n, document_id, role, unit_id FROM sources"
        ).fetchall()
    finally:
        old.close()
    # The company's sources keep their numbers; the new file is one more.
    assert sources[: len(company_sources)] == company_sources
    assert sources[len(company_sources) :] == [
        (len(company_sources) + 1, dept_meta["document_id"], "department", "u-sh")
    ]
    company_n = next(n for n, doc_id, *_ in sources if doc_id == company_meta["document_id"])
    rows = sum(result.counts.values())
    assert imports == [
        (
            company_n,
            f"fork:{company_meta['document_id']}",
            int(company_meta["clock"]),
            int(dept_meta["clock"]),
            rows,
            "",
        )
    ]
    assert result.their_stamp == int(company_meta["clock"])
    assert result.our_stamp == int(dept_meta["clock"])
    assert int(dept_meta["clock"]) > every_stamp(out)
    assert int(dept_meta["clock"]) > int(company_meta["clock"])
    assert rows == sum(_count(out, table) for table in TABLES)


def _count(path: Path, table: str) -> int:
    conn = sqlite3.connect(path)
    try:
        return int(conn.execute(f"SELECT count(*) FROM {table}").fetchone()[0])
    finally:
        conn.close()


def test_a_team_by_its_code_gets_its_goals_and_everything_above(
    tiny: tuple[Path, dict[str, str]], tmp_path: Path
) -> None:
    company, _ids = tiny
    out = tmp_path / "team.perfdesk"
    make_department_file(company, "sh-1", out)  # codes in any letter case
    assert ids_in(out, "goals") == {"g-hq", "g-sh", "g-sh1", "g-li"}
    assert meta(out)["unit_id"] == "u-sh1"
    assert check_document(out).ok


def test_an_ambiguous_name_lists_every_candidate_with_its_path(
    tiny: tuple[Path, dict[str, str]], tmp_path: Path
) -> None:
    company, _ids = tiny
    before = digest(company)
    out = tmp_path / "out"
    out.mkdir()
    with pytest.raises(AmbiguousUnit) as caught:
        make_department_file(company, "销售一组", out / "x.perfdesk")
    assert "集团 / 上海销售部 / 销售一组" in caught.value.message
    assert "集团 / 北京销售部 / 销售一组" in caught.value.message
    assert sorted(unit_id for unit_id, _path in caught.value.candidates) == ["u-bj1", "u-sh1"]
    no_files_but(out)
    assert digest(company) == before


def test_an_unknown_name_lists_the_units_it_may_mean(
    tiny: tuple[Path, dict[str, str]], tmp_path: Path
) -> None:
    company, _ids = tiny
    out = tmp_path / "out"
    out.mkdir()
    with pytest.raises(UnknownUnit) as caught:
        make_department_file(company, "销售", out / "x.perfdesk")
    assert not isinstance(caught.value, AmbiguousUnit)
    assert "集团 / 上海销售部" in caught.value.message
    assert "财务部" not in caught.value.message
    with pytest.raises(UnknownUnit) as caught:
        make_department_file(company, "人事部", out / "x.perfdesk")
    # Nothing like it: the departments are listed.
    assert "集团 / 财务部" in caught.value.message
    no_files_but(out)


def test_a_department_file_starts_files_only_inside_its_own_unit(
    tiny: tuple[Path, dict[str, str]], tmp_path: Path
) -> None:
    company, _ids = tiny
    shanghai = tmp_path / "sh.perfdesk"
    make_department_file(company, "上海销售部", shanghai)
    before = digest(shanghai)
    out = tmp_path / "out"
    out.mkdir()
    with pytest.raises(OutsideOwnUnit, match="department file"):
        make_department_file(shanghai, "北京销售部", out / "bj.perfdesk")
    no_files_but(out)
    team = make_department_file(shanghai, "u-sh1", out / "team.perfdesk")
    assert digest(shanghai) == before
    assert meta(team.path)["forked_from"] == meta(shanghai)["document_id"]
    assert ids_in(team.path, "goals") == {"g-hq", "g-sh", "g-sh1", "g-li"}
    assert check_document(team.path).ok


def test_an_existing_file_is_replaced_only_when_asked(
    tiny: tuple[Path, dict[str, str]], tmp_path: Path
) -> None:
    company, _ids = tiny
    out = tmp_path / "sh.perfdesk"
    out.write_text("keep me")
    with pytest.raises(OutputExists, match="already exists"):
        make_department_file(company, "SH", out)
    assert out.read_text() == "keep me"
    no_files_but(tmp_path, "company.perfdesk", "sh.perfdesk")
    with pytest.raises(OutputExists):
        make_department_file(company, "SH", company, force=True)
    make_department_file(company, "SH", out, force=True)
    assert check_document(out).ok


def test_an_output_open_for_editing_is_not_replaced(
    tiny: tuple[Path, dict[str, str]], tmp_path: Path
) -> None:
    company, _ids = tiny
    out = tmp_path / "sh.perfdesk"
    make_department_file(company, "SH", out)
    before = digest(out)
    with Document.open(out), pytest.raises(OutputExists, match="open for editing"):
        make_department_file(company, "SH", out, force=True)
    assert digest(out) == before


def test_a_file_that_fails_the_check_is_not_left_behind(
    tiny: tuple[Path, dict[str, str]], tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    company, _ids = tiny
    out = tmp_path / "out"
    out.mkdir()
    monkeypatch.setattr(
        department_module, "check_document", lambda _path: CheckResult(3, {}, ["made up"])
    )
    with pytest.raises(DamagedFile, match="did not pass the check"):
        make_department_file(company, "SH", out / "sh.perfdesk")
    no_files_but(out)


def test_a_reference_that_would_not_resolve_refuses_the_file(
    tiny: tuple[Path, dict[str, str]], tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    company, _ids = tiny
    out = tmp_path / "out"
    out.mkdir()
    without_kpis = tuple(entry for entry in department_module.COPY if entry[0] != "kpis")
    monkeypatch.setattr(department_module, "COPY", without_kpis)
    with pytest.raises(DamagedFile, match="references of the department file would not resolve"):
        make_department_file(company, "SH", out / "sh.perfdesk")
    no_files_but(out)


def test_the_company_file_may_be_open_for_editing_meanwhile(
    tiny: tuple[Path, dict[str, str]], tmp_path: Path
) -> None:
    company, _ids = tiny
    with Document.open(company) as doc:
        result = make_department_file(company, "SH", tmp_path / "sh.perfdesk")
        with doc.transaction() as conn:  # the app still writes afterwards
            conn.execute("UPDATE goals SET title = 'changed', stamp = ? WHERE id = 'g-sh'",
                         (doc.stamp,))  # fmt: skip
    assert check_document(result.path).ok
    assert ids_in(result.path, "goals", "title") >= {"goal g-sh"}


def test_not_a_perfdesk_file_is_refused(tmp_path: Path) -> None:
    text = tmp_path / "notes.perfdesk"
    text.write_text("hello")
    with pytest.raises(NotPerfdeskFile):
        make_department_file(text, "SH", tmp_path / "x.perfdesk")
    no_files_but(tmp_path, "notes.perfdesk")


def test_the_plan_counts_what_the_file_gets(
    tiny: tuple[Path, dict[str, str]], tmp_path: Path
) -> None:
    company, _ids = tiny
    before = digest(company)
    plan = department_plan(company, "上海销售部")
    assert digest(company) == before
    result = make_department_file(company, "上海销售部", tmp_path / "sh.perfdesk")
    assert plan == result.plan
    assert plan.unit_path == "集团 / 上海销售部"
    assert {table: _count(result.path, table) for table in TABLES} == plan.counts


# -- the small demo ------------------------------------------------------------


def expected_goals(company: Path, unit_id: str) -> set[str]:
    """Goals held in the unit's subtree, their actions' goals, and every goal above them."""
    conn = sqlite3.connect(company)
    try:
        parents = dict(conn.execute("SELECT id, parent_id FROM org_units").fetchall())
        subtree = {unit_id}
        while True:
            more = {u for u, p in parents.items() if p in subtree} - subtree
            if not more:
                break
            subtree |= more
        people = {p for p, u in conn.execute("SELECT id, unit_id FROM people") if u in subtree}
        goals = {
            g: (parent, unit, person)
            for g, parent, unit, person in conn.execute(
                "SELECT id, parent_id, unit_id, person_id FROM goals"
            )
        }
        held = {g for g, (_p, unit, person) in goals.items() if unit in subtree or person in people}
        held |= {
            goal
            for _action, unit, owner, goal in conn.execute(
                "SELECT id, responsible_unit_id, owner_id, goal_id FROM actions"
            )
            if goal is not None and (unit in subtree or owner in people or goal in held)
        }
    finally:
        conn.close()
    found = set(held)
    for goal in held:
        parent = goals[goal][0]
        while parent is not None:
            found.add(parent)
            parent = goals[parent][0]
    return found


def test_every_department_of_the_demo(demo_zh: Path, tmp_path: Path) -> None:
    before = digest(demo_zh)
    conn = sqlite3.connect(demo_zh)
    departments = conn.execute(
        "SELECT id, name FROM org_units WHERE kind = 'department' ORDER BY name"
    ).fetchall()
    all_goals = {row[0] for row in conn.execute("SELECT id FROM goals")}
    top_goals = {
        row[0]
        for row in conn.execute(
            "SELECT g.id FROM goals g LEFT JOIN people p ON p.id = g.person_id "
            "JOIN org_units u ON u.id = coalesce(g.unit_id, p.unit_id) WHERE u.kind = 'company'"
        )
    }
    conn.close()
    assert len(departments) == 6
    seen: set[str] = set()
    for unit_id, name in departments:
        out = tmp_path / f"{unit_id}.perfdesk"
        result = make_department_file(demo_zh, name, out)
        assert check_document(out).ok, name
        goals = ids_in(out, "goals")
        assert goals == expected_goals(demo_zh, unit_id), name
        assert len(goals) < len(all_goals)
        assert_rows_equal_to_company(out, demo_zh)
        assert int(meta(out)["clock"]) > every_stamp(out)
        assert meta(out)["latest_actual_month"] == meta(demo_zh)["latest_actual_month"]
        assert result.counts["goal_values"] > 0
        seen |= goals
    # Every department's goals went to its own file; only the company's own goals that
    # no department's goal hangs under stayed in the company file alone.
    assert all_goals - seen
    assert all_goals - seen <= top_goals
    assert digest(demo_zh) == before


def test_sales_file_has_no_other_departments_goals(demo_zh: Path, tmp_path: Path) -> None:
    out = tmp_path / "sales.perfdesk"
    make_department_file(demo_zh, "销售部", out)
    conn = sqlite3.connect(out)
    try:
        holders = {
            row[0]
            for row in conn.execute(
                "SELECT coalesce(u.name, pu.name) FROM goals g "
                "LEFT JOIN org_units u ON u.id = g.unit_id "
                "LEFT JOIN people p ON p.id = g.person_id "
                "LEFT JOIN org_units pu ON pu.id = p.unit_id"
            )
        }
    finally:
        conn.close()
    assert "市场部" not in holders and "生产部" not in holders
    assert "销售部" in holders and "华信科技有限公司" in holders  # the chain above


# -- the command line ------------------------------------------------------------


def test_cli_writes_and_prints_the_counts(
    demo_zh: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    out = tmp_path / "sales.perfdesk"
    assert main(["department", str(demo_zh), "--unit", "销售部", "-o", str(out)]) == 0
    printed = capsys.readouterr().out
    assert f"wrote {out}" in printed
    assert "华信科技有限公司 / 销售部" in printed
    assert f"goals: {_count(out, 'goals'):,}" in printed
    assert main(["check", str(out)]) == 0


def test_cli_refusals_exit_1_and_unusable_files_exit_2(
    tiny: tuple[Path, dict[str, str]], tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    company, _ids = tiny
    out = tmp_path / "x.perfdesk"
    assert main(["department", str(company), "--unit", "销售一组", "-o", str(out)]) == 1
    assert "集团 / 北京销售部 / 销售一组" in capsys.readouterr().err
    assert not out.exists()
    out.write_text("keep")
    assert main(["department", str(company), "--unit", "SH", "-o", str(out)]) == 1
    assert "--force" in capsys.readouterr().err
    assert out.read_text() == "keep"
    assert main(["department", str(company), "--unit", "SH", "-o", str(out), "--force"]) == 0
    capsys.readouterr()
    notes = tmp_path / "notes.txt"
    notes.write_text("hello")
    assert main(["department", str(notes), "--unit", "SH", "-o", str(tmp_path / "y")]) == 2
    assert "not a perfdesk file" in capsys.readouterr().err
