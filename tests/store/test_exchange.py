"""Packages and merges between a company file and its department files (issue #17).

Each test edits the files separately, the way a company office and department heads
do between two monthly exchanges, and checks what the merge lists and what it writes.
"""

from __future__ import annotations

import hashlib
import shutil
import sqlite3
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from exchange_files import fork_department, recount, rewrite_package, value

from perfdesk.store import ops
from perfdesk.store.document import Document
from perfdesk.store.exchange.apply import merge_packages, undo_import
from perfdesk.store.exchange.merge import MergeRefused, PreviewOutdated, last_import, plan_merge
from perfdesk.store.exchange.package import (
    DamagedPackage,
    NewerPackage,
    NotAPackage,
    export_package,
    opened,
)


def sha256(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


@pytest.fixture
def company(demo_zh: Path) -> Iterator[Document]:
    doc = Document.open(demo_zh)
    yield doc
    doc.close()


def unit_named(doc: Document, name: str) -> str:
    return str(doc.conn.execute("SELECT id FROM org_units WHERE name = ?", (name,)).fetchone()[0])


def person_goal(doc: Document, unit_id: str) -> str:
    """A goal held by a person of the unit or one of its teams."""
    row = doc.conn.execute(
        "SELECT g.id FROM goals g JOIN people p ON p.id = g.person_id "
        "JOIN org_units u ON u.id = p.unit_id WHERE (u.id = ? OR u.parent_id = ?) "
        "AND g.granularity = 'month' ORDER BY g.key LIMIT 1",
        (unit_id, unit_id),
    ).fetchone()
    return str(row[0])


def unit_goal(doc: Document, unit_id: str) -> str:
    return str(
        doc.conn.execute(
            "SELECT id FROM goals WHERE unit_id = ? AND granularity = 'month' ORDER BY key LIMIT 1",
            (unit_id,),
        ).fetchone()[0]
    )


@pytest.fixture
def sales(company: Document, tmp_path: Path) -> Iterator[Document]:
    doc = fork_department(company, unit_named(company, "销售部"), tmp_path / "sales.perfdesk")
    yield doc
    doc.close()


@pytest.fixture
def production(company: Document, tmp_path: Path) -> Iterator[Document]:
    doc = fork_department(company, unit_named(company, "生产部"), tmp_path / "prod.perfdesk")
    yield doc
    doc.close()


def send(doc: Document, to: Path, unit_id: str = "") -> Path:
    return export_package(doc.path, to, unit=unit_id).path


def merge(doc: Document, package: Path, rule: str = "ask") -> tuple[Any, Any]:
    with opened(package) as pkg:
        plan = plan_merge(doc, pkg)
        plan.decide(rule)  # type: ignore[arg-type]
        return plan, merge_packages(doc, [plan])


def test_a_department_change_reaches_the_company_and_reimport_changes_nothing(
    company: Document, sales: Document, tmp_path: Path
) -> None:
    goal = person_goal(sales, sales.meta("unit_id"))
    ops.set_values(sales, [(goal, "2026-11", "actual", 123.0)])
    package = send(sales, tmp_path / "sales.pdpkg")

    plan, result = merge(company, package)

    assert [(c.kind, c.table, c.changed) for c in plan.changes] == [
        ("update", "goal_values", ("actual",))
    ]
    assert value(company, goal, "2026-11") == 123.0
    assert result.backup is not None and result.backup.exists()
    before = sha256(company.path)
    again, result = merge(company, package)
    assert again.nothing_to_do and again.already_imported
    assert result.backup is None and sha256(company.path) == before


@pytest.mark.parametrize(("rule", "expected"), [("mine", 200.0), ("theirs", 300.0)])
def test_the_same_value_changed_on_both_sides_is_a_conflict_decided_by_rule(
    company: Document, sales: Document, tmp_path: Path, rule: str, expected: float
) -> None:
    goal = person_goal(sales, sales.meta("unit_id"))
    ops.set_values(company, [(goal, "2026-11", "actual", 200.0)])
    ops.set_values(sales, [(goal, "2026-11", "actual", 300.0)])

    plan, _ = merge(company, send(sales, tmp_path / "sales.pdpkg"), rule)

    [conflict] = plan.conflicts
    assert conflict.ours is not None
    assert (conflict.ours["actual"], conflict.theirs["actual"]) == (200.0, 300.0)
    assert value(company, goal, "2026-11") == expected


def test_newer_wins_takes_the_later_stamp(
    company: Document, sales: Document, tmp_path: Path
) -> None:
    goal = person_goal(sales, sales.meta("unit_id"))
    ops.set_values(company, [(goal, "2026-11", "actual", 200.0)])
    ops.set_values(sales, [(goal, "2026-11", "actual", 300.0)])  # later
    merge(company, send(sales, tmp_path / "sales.pdpkg"), "newer")
    assert value(company, goal, "2026-11") == 300.0


def test_an_undecided_conflict_refuses_the_merge_and_writes_nothing(
    company: Document, sales: Document, tmp_path: Path
) -> None:
    goal = person_goal(sales, sales.meta("unit_id"))
    ops.set_values(company, [(goal, "2026-11", "actual", 200.0)])
    ops.set_values(sales, [(goal, "2026-11", "actual", 300.0)])
    before = sha256(company.path)
    with pytest.raises(MergeRefused, match="not decided"):
        merge(company, send(sales, tmp_path / "sales.pdpkg"))
    assert sha256(company.path) == before
    assert not list(tmp_path.glob("*.bak"))


def test_a_cleared_value_travels_as_a_cleared_value(
    company: Document, sales: Document, tmp_path: Path
) -> None:
    goal = person_goal(sales, sales.meta("unit_id"))
    assert value(company, goal, "2026-03") is not None
    ops.set_values(sales, [(goal, "2026-03", "actual", None)])
    plan, _ = merge(company, send(sales, tmp_path / "sales.pdpkg"))
    assert [c.kind for c in plan.changes] == ["update"]
    assert value(company, goal, "2026-03") is None
    row = company.conn.execute(
        "SELECT count(*) FROM goal_values v JOIN goals g ON g.key = v.goal "
        "WHERE g.id = ? AND v.period = '2026-03'",
        (goal,),
    ).fetchone()
    assert row[0] == 1  # the row stays, with nothing in it


def test_a_unit_renamed_in_the_department_is_renamed_in_the_company(
    company: Document, sales: Document, tmp_path: Path
) -> None:
    team = sales.conn.execute(
        "SELECT id FROM org_units WHERE parent_id = ?", (sales.meta("unit_id"),)
    ).fetchone()[0]
    rename(sales, team, "华东大区")
    plan, _ = merge(company, send(sales, tmp_path / "sales.pdpkg"))
    assert [(c.kind, c.table, c.label) for c in plan.changes] == [
        ("update", "org_units", "华东大区")
    ]
    assert company.conn.execute("SELECT name FROM org_units WHERE id = ?", (team,)).fetchone() == (
        "华东大区",
    )


def test_company_changes_reach_the_department_and_its_own_changes_stay(
    company: Document, sales: Document, tmp_path: Path
) -> None:
    unit = sales.meta("unit_id")
    goal = person_goal(sales, unit)
    ops.set_values(sales, [(goal, "2026-11", "actual", 321.0)])
    merge(company, send(sales, tmp_path / "up.pdpkg"))  # the office merges the department
    team = company.conn.execute("SELECT id FROM org_units WHERE parent_id = ?", (unit,)).fetchone()
    rename(company, team[0], "华南大区")
    ops.set_values(company, [(goal, "2026-12", "target", 50.0)])

    plan, _ = merge(sales, send(company, tmp_path / "down.pdpkg", unit))

    kinds = {(c.kind, c.table) for c in plan.changes}
    assert ("update", "org_units") in kinds and ("conflict", "goal_values") not in kinds
    assert value(sales, goal, "2026-11") == 321.0  # its own value came back as an echo
    assert value(sales, goal, "2026-12", "target") == 50.0
    assert sales.conn.execute("SELECT name FROM org_units WHERE id = ?", team).fetchone() == (
        "华南大区",
    )


def test_two_departments_merge_without_duplicates(
    company: Document, sales: Document, production: Document, tmp_path: Path
) -> None:
    counts = table_counts(company)
    sales_goal = person_goal(sales, sales.meta("unit_id"))
    prod_goal = person_goal(production, production.meta("unit_id"))
    ops.set_values(sales, [(sales_goal, "2026-11", "actual", 11.0)])
    ops.set_values(production, [(prod_goal, "2026-11", "actual", 22.0)])
    new_team = ops.add_org_unit(
        production, "第三车间", "team", production.meta("unit_id")
    ).changes.ids
    with (
        opened(send(sales, tmp_path / "s.pdpkg")) as one,
        opened(send(production, tmp_path / "p.pdpkg")) as two,
    ):
        plans = [plan_merge(company, one), plan_merge(company, two)]
        merge_packages(company, plans)
    assert value(company, sales_goal, "2026-11") == 11.0
    assert value(company, prod_goal, "2026-11") == 22.0
    after = table_counts(company)
    assert after["org_units"] == counts["org_units"] + 1
    assert {t: n for t, n in after.items() if t != "org_units"} == {
        t: n for t, n in counts.items() if t != "org_units"
    }
    assert new_team


def test_a_department_cannot_change_another_units_rows(
    company: Document, sales: Document, production: Document, tmp_path: Path
) -> None:
    prod_goal = person_goal(production, production.meta("unit_id"))
    before = value(company, prod_goal, "2026-05")
    package = send(sales, tmp_path / "sales.pdpkg")
    smuggle(package, prod_goal, "2026-05", 999.0)

    plan, _ = merge(company, package)

    assert [(c.kind, c.reason) for c in plan.changes] == [("refused", "outside")]
    assert value(company, prod_goal, "2026-05") == before


def test_a_department_cannot_change_the_targets_the_company_set_for_it(
    company: Document, sales: Document, tmp_path: Path
) -> None:
    goal = unit_goal(sales, sales.meta("unit_id"))
    old_target = value(company, goal, "2026-11", "target")
    ops.set_values(sales, [(goal, "2026-11", "target", 1.0), (goal, "2026-11", "actual", 7.0)])
    plan, _ = merge(company, send(sales, tmp_path / "sales.pdpkg"))
    reasons = sorted((c.kind, c.reason, c.table) for c in plan.changes)
    assert ("refused", "company_target", "goal_values") in reasons
    assert ("update", "", "goal_values") in reasons
    assert value(company, goal, "2026-11") == 7.0  # its actual is the department's
    assert value(company, goal, "2026-11", "target") == old_target


def test_undo_import_puts_the_backup_back(
    company: Document, sales: Document, tmp_path: Path
) -> None:
    goal = person_goal(sales, sales.meta("unit_id"))
    old = value(company, goal, "2026-11")
    ops.set_values(sales, [(goal, "2026-11", "actual", 555.0)])
    merge(company, send(sales, tmp_path / "sales.pdpkg"))
    found = last_import(company)
    assert found is not None
    path = company.path
    company.close()
    undo_import(path, found[1])
    with Document.open(path) as reopened:
        assert value(reopened, goal, "2026-11") == old
        assert last_import(reopened) is None


def test_a_kpi_defined_again_in_a_department_maps_by_code(
    company: Document, sales: Document, tmp_path: Path
) -> None:
    ops.add_kpi(company, "NPS", "净推荐值", name_en="Net promoter score", unit="分")
    ops.add_kpi(sales, "NPS", "净推荐值", name_en="Net promoter score", unit="分")
    with opened(send(sales, tmp_path / "sales.pdpkg")) as pkg:
        plan = plan_merge(company, pkg)
    assert [(m.table, m.reason) for m in plan.mappings] == [("kpis", "code")]
    assert plan.changes == []  # mapped onto ours: the same KPI, nothing new


# -- refusals ----------------------------------------------------------------------


def _sql(sql: str, reseal: bool = True) -> Any:
    return lambda p: rewrite_package(p, lambda conn, _m: conn.execute(sql), reseal=reseal)


def _manifest(**changes: str) -> Any:
    return lambda p: rewrite_package(p, lambda _c, m: m.update(changes))


def _central_field(offset: int, value: int) -> Any:
    """Set a 2-byte field of every central-directory entry: 8 = flags, 10 = compression."""

    def spoil(path: Path) -> None:
        data = bytearray(path.read_bytes())
        at = data.find(b"PK\x01\x02")
        while at >= 0:
            data[at + offset : at + offset + 2] = value.to_bytes(2, "little")
            at = data.find(b"PK\x01\x02", at + 4)
        path.write_bytes(bytes(data))

    return spoil


@pytest.mark.parametrize(
    ("spoil", "error", "words"),
    [
        (lambda p: p.write_bytes(p.read_bytes()[: len(p.read_bytes()) // 2]), DamagedPackage,
         "cut short|damaged"),
        (lambda p: flip_byte(p, len(p.read_bytes()) // 2), DamagedPackage, "damaged|checksum"),
        (lambda p: p.write_text("hello"), NotAPackage, "not a perfdesk package"),
        (lambda p: p.write_bytes(b""), DamagedPackage, "empty"),
        (lambda p: shutil.copy(p.parent / "company.copy", p), NotAPackage, "document"),
        (_sql("PRAGMA user_version = 99"), NewerPackage, "newer"),
        (_sql("UPDATE goal_values SET actual = 1", reseal=False), DamagedPackage, "checksum"),
        (_sql("DELETE FROM goal_values WHERE (goal, period) IN "
              "(SELECT goal, period FROM goal_values LIMIT 1)"), DamagedPackage, "rows of"),
        (_manifest(format_version="7"), NewerPackage, "newer"),
        (_manifest(counts="not json"), DamagedPackage, "manifest"),
        (lambda p: zip_bomb(p), DamagedPackage, "zip bomb"),
        (_central_field(10, 99), DamagedPackage, "cannot be unpacked"),
        (_central_field(8, 1), DamagedPackage, "cannot be unpacked"),
    ],
    ids=["truncated", "flipped-byte", "text", "empty", "a-document", "newer-schema",
         "checksum", "lying-counts", "newer-format", "bad-manifest", "zip-bomb",
         "unknown-compression", "encrypted"],
)  # fmt: skip
def test_a_bad_package_is_refused_and_the_target_stays_byte_identical(
    company: Document, sales: Document, tmp_path: Path, spoil: Any, error: type, words: str
) -> None:
    goal = person_goal(sales, sales.meta("unit_id"))
    ops.set_values(sales, [(goal, "2026-11", "actual", 1.0)])
    package = send(sales, tmp_path / "bad.pdpkg")
    shutil.copy(company.path, tmp_path / "company.copy")
    spoil(package)
    before = sha256(company.path)
    with pytest.raises(error, match=words), opened(package) as pkg:
        plan_merge(company, pkg)
    assert sha256(company.path) == before


def test_a_resealed_package_with_a_value_beyond_the_rules_merges_nothing(
    company: Document, sales: Document, tmp_path: Path
) -> None:
    goal = person_goal(sales, sales.meta("unit_id"))
    ops.set_values(sales, [(goal, "2026-11", "actual", 5.0)])
    package = send(sales, tmp_path / "sales.pdpkg")
    rewrite_package(
        package,
        lambda conn, _m: conn.execute("UPDATE goal_values SET actual = 1e15 WHERE actual = 5.0"),
    )
    before = sha256(company.path)
    with pytest.raises(MergeRefused, match="break perfdesk's rules"), opened(package) as pkg:
        plan_merge(company, pkg)
    assert sha256(company.path) == before


def test_a_package_of_the_document_itself_is_refused(company: Document, tmp_path: Path) -> None:
    with (
        opened(send(company, tmp_path / "self.pdpkg")) as pkg,
        pytest.raises(MergeRefused, match="this very document"),
    ):
        plan_merge(company, pkg)


# -- helpers -----------------------------------------------------------------------


def rename(doc: Document, unit_id: str, name: str) -> None:
    with doc.transaction() as conn:
        conn.execute(
            "UPDATE org_units SET name = ?, stamp = ?, source = ? WHERE id = ?",
            (name, doc.stamp, doc.source, unit_id),
        )


def table_counts(doc: Document) -> dict[str, int]:
    tables = [
        "org_units", "people", "kpis", "goals", "goal_values", "deviation_notes",
        "meetings", "agenda_items", "meeting_attendees", "issues", "issue_units",
        "actions", "action_reports",
    ]  # fmt: skip
    return {t: doc.conn.execute(f"SELECT count(*) FROM {t}").fetchone()[0] for t in tables}


def flip_byte(path: Path, at: int) -> None:
    data = bytearray(path.read_bytes())
    data[at] ^= 0xFF
    path.write_bytes(bytes(data))


def zip_bomb(package: Path) -> None:
    """A package whose rows file inflates 1,000 to 1: refused before it is unpacked."""
    import zipfile

    with zipfile.ZipFile(package) as bundle:
        manifest = bundle.read("manifest.json")
    with zipfile.ZipFile(package, "w", zipfile.ZIP_DEFLATED) as bundle:
        bundle.writestr("manifest.json", manifest)
        with bundle.open("rows.sqlite", "w") as rows:
            for _ in range(64):
                rows.write(bytes(1024 * 1024))


def smuggle(package: Path, goal_id: str, period: str, actual: float) -> None:
    """Add a row outside the sender's unit, with a checksum that matches: a package
    made by another tool, or edited, that does not announce itself as damaged."""
    company = sqlite3.connect(f"file:{package.parent / 'demo.perfdesk'}?mode=ro", uri=True)
    goal = company.execute("SELECT * FROM goals WHERE id = ?", (goal_id,)).fetchone()
    company.close()

    def edit(conn: sqlite3.Connection, manifest: dict[str, str]) -> None:
        conn.execute(f"INSERT INTO goals VALUES ({', '.join('?' * len(goal))})", goal)
        conn.execute(
            "INSERT INTO goal_values (goal, period, actual, stamp, source) "
            "VALUES (?, ?, ?, ?, (SELECT n FROM sources WHERE document_id = ?))",
            (goal[0], period, actual, 99999999999999, manifest["source_document_id"]),
        )
        recount(conn, manifest, "goals", "goal_values")

    rewrite_package(package, edit)


def test_a_department_that_merged_from_the_company_first_still_sends_clean_packages(
    company: Document, sales: Document, tmp_path: Path
) -> None:
    unit = sales.meta("unit_id")
    team = company.conn.execute("SELECT id FROM org_units WHERE parent_id = ?", (unit,)).fetchone()
    rename(company, team[0], "华北大区")
    merge(sales, send(company, tmp_path / "down.pdpkg", unit))  # replaces the fork's row
    assert sales.meta("fork_clock")  # its base survives in meta
    goal = person_goal(sales, unit)
    ops.set_values(sales, [(goal, "2026-11", "actual", 77.0)])

    plan, _ = merge(company, send(sales, tmp_path / "up.pdpkg"))

    assert [(c.kind, c.table) for c in plan.changes] == [("update", "goal_values")]
    assert value(company, goal, "2026-11") == 77.0


def test_the_window_names_packages_by_the_stores_suffix() -> None:
    from perfdesk.store.exchange.package import SUFFIX
    from perfdesk.ui.file_dialogs import PACKAGE_SUFFIX  # kept apart: no zipfile at start-up

    assert PACKAGE_SUFFIX == SUFFIX


def test_a_commit_by_another_connection_after_the_backup_refuses_the_merge(
    company: Document, sales: Document, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The merge's backup is taken before its own transactions (a package is attached
    outside one). A change another connection commits in between would be lost without
    a word by Undo Import, which puts the backup back: the merge refuses instead."""
    from perfdesk.store.exchange import apply

    goal = person_goal(sales, sales.meta("unit_id"))
    ops.set_values(sales, [(goal, "2026-11", "actual", 321.0)])
    package = send(sales, tmp_path / "sales.pdpkg")
    other_goal = unit_goal(company, unit_named(company, "生产部"))
    real_attach = apply.attach

    def attach_after_another_commit(conn: sqlite3.Connection, pkg: Any) -> None:
        with sqlite3.connect(company.path) as other:  # another window or program
            other.execute(
                "UPDATE goal_values SET actual = 42 WHERE period = '2026-11' AND goal = "
                "(SELECT key FROM goals WHERE id = ?)",
                (other_goal,),
            )
        other.close()
        real_attach(conn, pkg)

    monkeypatch.setattr(apply, "attach", attach_after_another_commit)
    before = value(company, goal, "2026-11")
    backups = set(tmp_path.rglob("*.bak")) | set(company.path.parent.glob("*merge*"))
    with pytest.raises(PreviewOutdated, match="changed by another window or program"):
        merge(company, package)
    assert value(company, goal, "2026-11") == before  # nothing merged
    assert value(company, other_goal, "2026-11") == 42.0  # the other change stays
    after = set(tmp_path.rglob("*.bak")) | set(company.path.parent.glob("*merge*"))
    assert after == backups  # no backup left that Undo Import could put back
    assert last_import(company) is None
