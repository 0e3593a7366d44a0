"""Every hostile text of the corpus as the name or text of everything a user creates: a
unit, a person, a KPI, a goal, a meeting, an action, an issue and a minute entry.

Each is stored exactly as typed (trimmed of surrounding white space, as every field is),
or refused with a code and a message naming the field; a refusal writes nothing, and an
accepted one changes only its own row (its undo returns the document to the start)."""

from __future__ import annotations

import datetime
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest
from hostile import TEXTS, Hostile

from perfdesk.store import ops
from perfdesk.store.document import Document
from perfdesk.store.ops import ActionInput, IssueDraft, MeetingForm, OpError, OpResult

TABLES = (
    "org_units",
    "people",
    "kpis",
    "goals",
    "goal_values",
    "meetings",
    "issues",
    "actions",
    "minute_entries",
)


@pytest.fixture
def world(tmp_path: Path) -> Iterator[tuple[Document, dict[str, str]]]:
    with Document.create(tmp_path / "ops.perfdesk") as doc:
        company = ops.add_org_unit(doc, "华信科技", "company").row_id or ""
        sales = ops.add_org_unit(doc, "销售部", "department", company).row_id or ""
        wang = ops.add_person(doc, "王磊", sales, committee_role="chair").row_id or ""
        ops.set_unit_manager(doc, sales, wang)
        kpi = ops.add_kpi(doc, "sales", "销售额", unit="万元").row_id or ""
        meeting = ops.add_meeting(doc, MeetingForm("三月会议", "monthly", "2026-04-03")).row_id
        ids = {"company": company, "sales": sales, "wang": wang, "kpi": kpi}
        ids["meeting"] = meeting or ""
        yield doc, ids


def dump(doc: Document) -> list[tuple[Any, ...]]:
    """The live rows a user can see, without stamps."""
    rows: list[tuple[Any, ...]] = []
    for table in TABLES:
        columns = [r[1] for r in doc.conn.execute(f"PRAGMA table_info({table})")]
        keep = [c for c in columns if c not in ("created", "stamp", "source", "updated")]
        where = "deleted = 0" if "deleted" in columns else "1"
        sql = f"SELECT {', '.join(keep)} FROM {table} WHERE {where}"
        rows += sorted(((table, *r) for r in doc.conn.execute(sql)), key=repr)
    return rows


# What each entry point creates: (table, column, field named in a refusal, long text?)
Make = Callable[[Document, dict[str, str], str], OpResult]
ENTRIES: dict[str, tuple[str, str, str, bool, Make]] = {
    "unit": (
        "org_units",
        "name",
        "unit_name",
        False,
        lambda doc, ids, text: ops.add_org_unit(doc, text, "department", ids["company"]),
    ),
    "person": (
        "people",
        "name",
        "person_name",
        False,
        lambda doc, ids, text: ops.add_person(doc, text, ids["sales"]),
    ),
    "kpi": (
        "kpis",
        "code",
        "kpi_code",
        False,
        lambda doc, ids, text: ops.add_kpi(doc, text, "指标", unit="次"),
    ),
    "kpi_name": (
        "kpis",
        "name_zh",
        "kpi_name",
        False,
        # A name that is only invisible characters is "no name" for kpi_name: the code
        # is checked for that, the name_zh may be empty when name_en is given.
        lambda doc, ids, text: ops.add_kpi(doc, f"k{abs(hash(text))}", text, name_en="n"),
    ),
    "goal": (
        "goals",
        "title",
        "goal_title",
        True,
        lambda doc, ids, text: ops.add_goal(
            doc, ids["kpi"], "2026", 100, 10, unit_id=ids["sales"], title=text
        ),
    ),
    "meeting": (
        "meetings",
        "title",
        "meeting_title",
        False,
        lambda doc, ids, text: ops.add_meeting(doc, MeetingForm(text, "monthly", "2026-05-08")),
    ),
    "action": (
        "actions",
        "title",
        "action_title",
        False,
        lambda doc, ids, text: ops.add_action(
            doc,
            ActionInput(
                text,
                ids["sales"],
                ids["wang"],
                start=datetime.date(2026, 4, 1),
                due=datetime.date(2026, 6, 30),
            ),
            "tester",
        ),
    ),
    "issue": (
        "issues",
        "description",
        "description",
        True,
        lambda doc, ids, text: ops.add_issue(
            doc, IssueDraft(ids["meeting"], text, owner_id=ids["wang"])
        ),
    ),
    "minute": (
        "minute_entries",
        "text",
        "minute_text",
        True,
        lambda doc, ids, text: ops.save_minute_entry(doc, ids["meeting"], None, "decision", text),
    ),
}


def expected_code(entry: str, hostile: Hostile) -> str | None:
    _table, _column, _field, long_text, _make = ENTRIES[entry]
    code = hostile.text_code if long_text else hostile.name
    if long_text and code is None and not hostile.stored:
        return "empty"  # an issue or a minute needs some text
    if entry == "kpi_name" and code == "empty":
        return None  # stored as typed: the English name names the KPI
    if entry == "action" and code is None and len(hostile.stored) > 2000:
        return "too_long"  # an action's title is at most 2,000 characters
    return code


@pytest.mark.parametrize("entry", list(ENTRIES))
def test_every_hostile_text_is_stored_as_typed_or_refused_naming_the_field(
    world: tuple[Document, dict[str, str]], entry: str
) -> None:
    doc, ids = world
    table, column, field, _long, make = ENTRIES[entry]
    outcomes: dict[str, str] = {}
    for hostile in TEXTS:
        before = dump(doc)
        want = expected_code(entry, hostile)
        try:
            done = make(doc, ids, hostile.text)
        except OpError as error:
            assert want is not None, f"{hostile.id}: refused ({error}) but should be stored"
            assert error.code == want, f"{hostile.id}: {error.code} instead of {want}"
            assert error.params.get("field") == field, f"{hostile.id}: {error.params}"
            assert ops.FIELDS[field] in str(error), str(error)
            assert dump(doc) == before, f"{hostile.id}: a refusal changed the document"
            outcomes[hostile.id] = error.code
            continue
        assert want is None, f"{hostile.id}: stored, but should be refused with {want}"
        (stored,) = doc.conn.execute(
            f"SELECT {column} FROM {table} WHERE id = ?", (done.row_id,)
        ).fetchone()
        assert stored == hostile.stored, f"{hostile.id}: stored {stored[:60]!r}"
        # Only this row changed: undoing it gives back exactly the document before.
        done.undo(doc)
        assert dump(doc) == before, f"{hostile.id}: more than its own row changed"
        outcomes[hostile.id] = "stored"
    # Every table still there and whole (the SQL fragments were only ever parameters).
    assert doc.conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    assert doc.conn.execute("SELECT count(*) FROM goals").fetchone()[0] >= 0
    assert set(outcomes) == {h.id for h in TEXTS}


def test_the_corpus_holds_what_the_issue_lists() -> None:
    texts = "".join(h.text for h in TEXTS)
    for needle in ("<img src=", "<a href", "DROP TABLE", "=HYPERLINK(", "+cmd|", "@SUM(1)"):
        assert needle in texts
    for char in ("\x00", "\x1f", "\x7f", "\x85", "\u202e", "\u2066", "\u2069", "\u200d"):
        assert char in texts, repr(char)
    assert any(len(h.text) >= 100_000 for h in TEXTS)
    assert any(set(h.text) <= {"\u200b", "\ufeff"} for h in TEXTS)


def test_a_unit_with_an_sql_fragment_name_leaves_every_table(tmp_path: Path) -> None:
    with Document.create(tmp_path / "sql.perfdesk") as doc:
        company = ops.add_org_unit(doc, "公司", "company").row_id
        ops.add_org_unit(doc, "'); DROP TABLE goals;--", "department", company)
        ops.add_person(doc, "x' OR '1'='1", company)
        names = {r[0] for r in doc.conn.execute("SELECT name FROM sqlite_master")}
        assert "goals" in names
        assert doc.conn.execute("SELECT count(*) FROM people").fetchone()[0] == 1
