"""Editing the organisation: rename, code and kind, move, manager, people, archive.

Each operation: what it writes, a refusal that leaves the file byte-for-byte as it
was, and an undo and redo that put every row back exactly.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest

from perfdesk.core.org import Dependents
from perfdesk.store import ops
from perfdesk.store.document import Document
from perfdesk.store.ops import OpError, OpResult
from perfdesk.store.repo_org import dependents, load_people, load_units

_TABLES = ("org_units", "people", "kpis", "goals", "goal_values")


@pytest.fixture
def doc(tmp_path: Path):  # type: ignore[no-untyped-def]
    with Document.create(tmp_path / "org.perfdesk") as document:
        yield document


@pytest.fixture
def org(doc: Document) -> dict[str, str]:
    """华信科技 → 销售部 (→ 华东区 → 一组, with 王芳), 市场部 (with 李雷, 韩梅梅)."""
    company = ops.add_org_unit(doc, "华信科技", "company").row_id or ""
    sales = ops.add_org_unit(doc, "销售部", "department", company).row_id or ""
    market = ops.add_org_unit(doc, "市场部", "department", company).row_id or ""
    east = ops.add_org_unit(doc, "华东区", "region", sales).row_id or ""
    team = ops.add_org_unit(doc, "一组", "team", east).row_id or ""
    wang = ops.add_person(doc, "王芳", team, employee_no="A001").row_id or ""
    li = ops.add_person(doc, "李雷", market, title="经理", employee_no="A002").row_id or ""
    han = ops.add_person(doc, "韩梅梅", market).row_id or ""
    return {
        "company": company,
        "sales": sales,
        "market": market,
        "east": east,
        "team": team,
        "wang": wang,
        "li": li,
        "han": han,
    }


def _everything(doc: Document) -> list[tuple[object, ...]]:
    """Every row of every table but stamps and sources, tombstones included."""
    rows = []
    for table in _TABLES:
        columns = [r[1] for r in doc.conn.execute(f"PRAGMA table_info({table})")]
        keep = [c for c in columns if c not in ("stamp", "source")]
        rows += sorted(
            (table, *r) for r in doc.conn.execute(f"SELECT {', '.join(keep)} FROM {table}")
        )
    return rows


def _file(doc: Document) -> bytes:
    doc.conn.execute("PRAGMA wal_checkpoint(FULL)")
    return Path(doc.path).read_bytes()


def _undo_redo_exact(doc: Document, start: list[tuple[object, ...]], step: OpResult) -> None:
    """Undo gives back the rows as they were, redo as the step left them (and stays)."""
    after = _everything(doc)
    assert start != after
    redo = step.undo(doc)
    assert _everything(doc) == start
    again = redo.undo(doc)
    assert _everything(doc) == after
    again.undo(doc).undo(doc)  # undo and redo once more: the same two states
    assert _everything(doc) == after


def _refused(doc: Document, code: str, call: Callable[[], object]) -> OpError:
    before = _everything(doc)
    with pytest.raises(OpError) as caught:
        call()
    assert caught.value.code == code
    assert _everything(doc) == before
    assert not doc.conn.in_transaction
    return caught.value


def _unit(doc: Document, unit_id: str) -> dict[str, object]:
    cursor = doc.conn.execute("SELECT * FROM org_units WHERE id = ?", (unit_id,))
    return dict(zip([c[0] for c in cursor.description], cursor.fetchone(), strict=True))


def _person(doc: Document, person_id: str) -> dict[str, object]:
    cursor = doc.conn.execute("SELECT * FROM people WHERE id = ?", (person_id,))
    return dict(zip([c[0] for c in cursor.description], cursor.fetchone(), strict=True))


def test_rename_a_unit(doc: Document, org: dict[str, str]) -> None:
    start = _everything(doc)
    step = ops.rename_org_unit(doc, org["sales"], "  销售一部  ")
    assert _unit(doc, org["sales"])["name"] == "销售一部"
    assert step.changes.tables == {"org_units"} and org["sales"] in step.changes.ids
    _undo_redo_exact(doc, start, step)


def test_rename_refusals_write_nothing(doc: Document, org: dict[str, str]) -> None:
    before = _file(doc)
    _refused(doc, "empty", lambda: ops.rename_org_unit(doc, org["sales"], "   "))
    _refused(doc, "unit_name_taken", lambda: ops.rename_org_unit(doc, org["sales"], "市场部"))
    error = _refused(doc, "too_long", lambda: ops.rename_org_unit(doc, org["sales"], "长" * 10_000))
    assert error.params == {"field": "unit_name", "length": 10_000, "limit": 200}
    _refused(doc, "control_characters", lambda: ops.rename_org_unit(doc, org["sales"], "a\x00b"))
    _refused(doc, "missing", lambda: ops.rename_org_unit(doc, "no-such-unit", "x"))
    assert _file(doc) == before


def test_the_same_name_is_fine_at_another_level_and_for_the_unit_itself(
    doc: Document, org: dict[str, str]
) -> None:
    ops.rename_org_unit(doc, org["team"], "销售部")  # under 华东区, not beside 销售部
    ops.rename_org_unit(doc, org["market"], "市场部")  # its own name again
    assert _unit(doc, org["team"])["name"] == "销售部"


def test_set_a_units_code_and_kind(doc: Document, org: dict[str, str]) -> None:
    start = _everything(doc)
    step = ops.set_unit_details(doc, org["east"], "EAST-01", "team")
    assert (_unit(doc, org["east"])["code"], _unit(doc, org["east"])["kind"]) == ("EAST-01", "team")
    _undo_redo_exact(doc, start, step)
    _refused(doc, "company_parent", lambda: ops.set_unit_details(doc, org["east"], "", "company"))
    _refused(
        doc, "unit_needs_parent", lambda: ops.set_unit_details(doc, org["company"], "", "team")
    )
    _refused(doc, "bad_choice", lambda: ops.set_unit_details(doc, org["east"], "", "tribe"))
    _refused(doc, "too_long", lambda: ops.set_unit_details(doc, org["east"], "C" * 41, "team"))


def test_move_a_unit_with_everything_below_it(doc: Document, org: dict[str, str]) -> None:
    start = _everything(doc)
    step = ops.move_org_unit(doc, org["east"], org["market"])
    assert _unit(doc, org["east"])["parent_id"] == org["market"]
    assert _unit(doc, org["team"])["parent_id"] == org["east"]  # the subtree comes along
    _undo_redo_exact(doc, start, step)


def test_a_move_into_its_own_subtree_or_of_the_company_is_refused(
    doc: Document, org: dict[str, str]
) -> None:
    before = _file(doc)
    error = _refused(doc, "unit_loop", lambda: ops.move_org_unit(doc, org["sales"], org["team"]))
    assert error.params == {"name": "销售部", "parent": "一组"}
    _refused(doc, "unit_loop", lambda: ops.move_org_unit(doc, org["sales"], org["sales"]))
    _refused(doc, "company_move", lambda: ops.move_org_unit(doc, org["company"], org["sales"]))
    _refused(doc, "missing", lambda: ops.move_org_unit(doc, org["sales"], "nowhere"))
    ops.add_org_unit(doc, "一组", "team", org["market"])
    before = _file(doc)
    _refused(doc, "unit_name_taken", lambda: ops.move_org_unit(doc, org["team"], org["market"]))
    assert _file(doc) == before


def test_a_unit_cannot_move_under_an_archived_unit(doc: Document, org: dict[str, str]) -> None:
    empty = ops.add_org_unit(doc, "空部门", "department", org["company"]).row_id or ""
    ops.set_archived(doc, "org_units", empty, True)
    _refused(doc, "archived", lambda: ops.move_org_unit(doc, org["east"], empty))


def test_set_and_clear_a_units_manager(doc: Document, org: dict[str, str]) -> None:
    start = _everything(doc)
    step = ops.set_unit_manager(doc, org["market"], org["li"])
    assert _unit(doc, org["market"])["manager_id"] == org["li"]
    _undo_redo_exact(doc, start, step)
    start = _everything(doc)
    cleared = ops.set_unit_manager(doc, org["market"], None)
    assert _unit(doc, org["market"])["manager_id"] is None
    _undo_redo_exact(doc, start, cleared)
    _refused(doc, "missing", lambda: ops.set_unit_manager(doc, org["market"], "nobody"))
    ops.set_archived(doc, "people", org["han"], True)
    _refused(doc, "archived", lambda: ops.set_unit_manager(doc, org["market"], org["han"]))


def test_edit_a_person(doc: Document, org: dict[str, str]) -> None:
    start = _everything(doc)
    step = ops.edit_person(
        doc, org["han"], "韩梅梅", "市场专员", "han@example.com", "secretary", "A003"
    )
    row = _person(doc, org["han"])
    assert (row["title"], row["email"], row["committee_role"], row["employee_no"]) == (
        "市场专员",
        "han@example.com",
        "secretary",
        "A003",
    )
    assert step.changes.tables == {"people"}
    _undo_redo_exact(doc, start, step)
    start = _everything(doc)
    cleared = ops.edit_person(doc, org["han"], "韩梅梅")
    assert _person(doc, org["han"])["employee_no"] is None  # no number: NULL, not ""
    assert _person(doc, org["han"])["committee_role"] is None
    _undo_redo_exact(doc, start, cleared)


def test_person_refusals_write_nothing(doc: Document, org: dict[str, str]) -> None:
    before = _file(doc)
    error = _refused(
        doc,
        "employee_no_taken",
        lambda: ops.edit_person(doc, org["han"], "韩梅梅", employee_no="A002"),
    )
    assert error.params == {"number": "A002"}
    ops_call = ops.edit_person
    _refused(doc, "empty", lambda: ops_call(doc, org["han"], " "))
    _refused(doc, "bad_choice", lambda: ops_call(doc, org["han"], "韩", committee_role="boss"))
    _refused(doc, "too_long", lambda: ops_call(doc, org["han"], "韩", title="t" * 201))
    _refused(doc, "too_long", lambda: ops_call(doc, org["han"], "韩", employee_no="9" * 41))
    assert _file(doc) == before
    ops.edit_person(doc, org["li"], "李雷", employee_no="A002")  # one's own number again


def test_move_a_person(doc: Document, org: dict[str, str]) -> None:
    start = _everything(doc)
    step = ops.move_person(doc, org["wang"], org["market"])
    assert _person(doc, org["wang"])["unit_id"] == org["market"]
    _undo_redo_exact(doc, start, step)
    _refused(doc, "missing", lambda: ops.move_person(doc, org["wang"], "nowhere"))
    _refused(doc, "missing", lambda: ops.move_person(doc, "nobody", org["market"]))


def test_archive_and_restore_a_person(doc: Document, org: dict[str, str]) -> None:
    start = _everything(doc)
    step = ops.set_archived(doc, "people", org["han"], True)
    assert org["han"] not in {p.id for p in load_people(doc.conn)}
    assert org["han"] in {p.id for p in load_people(doc.conn, include_archived=True)}
    _undo_redo_exact(doc, start, step)
    start = _everything(doc)
    restored = ops.set_archived(doc, "people", org["han"], False)
    assert org["han"] in {p.id for p in load_people(doc.conn)}
    _undo_redo_exact(doc, start, restored)


def test_a_unit_is_archived_only_once_it_is_empty(doc: Document, org: dict[str, str]) -> None:
    error = _refused(
        doc, "unit_not_empty", lambda: ops.set_archived(doc, "org_units", org["market"], True)
    )
    assert error.params == {"people": 2, "units": 0}
    error = _refused(
        doc, "unit_not_empty", lambda: ops.set_archived(doc, "org_units", org["sales"], True)
    )
    assert error.params == {"people": 0, "units": 1}
    ops.move_person(doc, org["wang"], org["market"])
    start = _everything(doc)
    step = ops.set_archived(doc, "org_units", org["team"], True)
    assert org["team"] not in {u.id for u in load_units(doc.conn)}
    _undo_redo_exact(doc, start, step)


def test_restore_needs_its_place_in_the_tree(doc: Document, org: dict[str, str]) -> None:
    ops.set_archived(doc, "people", org["wang"], True)
    ops.set_archived(doc, "org_units", org["team"], True)
    _refused(doc, "archived", lambda: ops.set_archived(doc, "people", org["wang"], False))
    ops.set_archived(doc, "org_units", org["east"], True)
    _refused(doc, "archived", lambda: ops.set_archived(doc, "org_units", org["team"], False))
    ops.set_archived(doc, "org_units", org["east"], False)
    ops.set_archived(doc, "org_units", org["team"], False)
    ops.set_archived(doc, "people", org["wang"], False)
    assert org["wang"] in {p.id for p in load_people(doc.conn)}


def test_what_depends_on_a_unit_or_person(doc: Document, org: dict[str, str]) -> None:
    kpi = ops.add_kpi(doc, "sales", "销售额").row_id or ""
    ops.add_goal(doc, kpi, "2026", 100, 100, person_id=org["li"])
    ops.add_goal(doc, kpi, "2027", 100, 100, person_id=org["li"])
    ops.add_goal(doc, kpi, "2026", 100, 100, unit_id=org["market"])
    assert dependents(doc.conn, org["li"]) == Dependents(goals=2)
    assert dependents(doc.conn, org["market"]) == Dependents(goals=1, people=2)
    assert dependents(doc.conn, org["sales"]) == Dependents(units=1)
    assert dependents(doc.conn, org["sales"]).blocks_archive
    assert not dependents(doc.conn, org["li"]).blocks_archive


def test_what_depends_on_people_in_the_demo(demo_zh: Path) -> None:
    with Document.open(demo_zh) as doc:
        row = doc.conn.execute(
            "SELECT chair_id, count(*) FROM meetings WHERE deleted = 0 AND archived = 0 "
            "AND chair_id IS NOT NULL GROUP BY chair_id ORDER BY 2 DESC LIMIT 1"
        ).fetchone()
        assert row is not None
        found = dependents(doc.conn, row[0])
        assert found.meetings_chaired == row[1]
        assert found.meetings_attended >= 0 and found.goals >= 0
        owner = doc.conn.execute(
            "SELECT owner_id, count(*) FROM actions WHERE deleted = 0 AND archived = 0 "
            "AND owner_id IS NOT NULL GROUP BY owner_id LIMIT 1"
        ).fetchone()
        if owner is not None:
            assert dependents(doc.conn, owner[0]).actions_owned == owner[1]


def test_a_units_properties_form_is_one_step(doc: Document, org: dict[str, str]) -> None:
    start = _everything(doc)
    step = ops.edit_org_unit(doc, org["market"], "市场营销部", "MKT", "division", org["li"])
    row = _unit(doc, org["market"])
    assert (row["name"], row["code"], row["kind"], row["manager_id"]) == (
        "市场营销部",
        "MKT",
        "division",
        org["li"],
    )
    _undo_redo_exact(doc, start, step)
    edit = ops.edit_org_unit
    _refused(doc, "unit_name_taken", lambda: edit(doc, org["market"], "销售部", "", "team", None))
    _refused(doc, "company_parent", lambda: edit(doc, org["market"], "x", "", "company", None))
    _refused(doc, "missing", lambda: edit(doc, org["market"], "x", "", "team", "nobody"))
    assert _unit(doc, org["market"])["name"] == "市场营销部"
