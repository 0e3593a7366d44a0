"""Version 4's tables travel between files with the same identity rules: a department's
action history and co-departments reach the company, logs are never rewritten by a
merge, the company's definitions (evaluations) are not changed by a department, and
what anyone may define (agenda templates) travels both ways."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from exchange_files import fork_department

from perfdesk.store.document import Document
from perfdesk.store.exchange.apply import merge_packages
from perfdesk.store.exchange.merge import plan_merge
from perfdesk.store.exchange.package import export_package, opened
from perfdesk.store.stamps import next_stamp, source_number


@pytest.fixture
def company(demo_zh: Path) -> Iterator[Document]:
    doc = Document.open(demo_zh)
    yield doc
    doc.close()


@pytest.fixture
def sales(company: Document, tmp_path: Path) -> Iterator[Document]:
    unit = company.conn.execute("SELECT id FROM org_units WHERE name = '生产部'").fetchone()[0]
    doc = fork_department(company, unit, tmp_path / "sales.perfdesk")
    yield doc
    doc.close()


def write(doc: Document, sql: str, *rows: tuple[Any, ...]) -> None:
    """Rows written as this document (its stamp and source appended to each row)."""
    conn = doc.conn
    conn.execute("BEGIN IMMEDIATE")
    try:
        stamp = next_stamp(conn)
        source = source_number(conn, doc.document_id)
        conn.executemany(sql, [(*row, stamp, source) for row in rows])
        conn.execute("COMMIT")
    except BaseException:
        conn.execute("ROLLBACK")
        raise


def merge(doc: Document, package: Path, rule: str = "ask") -> Any:
    with opened(package) as pkg:
        plan = plan_merge(doc, pkg)
        plan.decide(rule)  # type: ignore[arg-type]
        merge_packages(doc, [plan])
        return plan


def sales_action(doc: Document) -> tuple[str, str]:
    return doc.conn.execute(
        "SELECT a.id, a.responsible_unit_id FROM actions a WHERE a.responsible_unit_id = ? LIMIT 1",
        (doc.meta("unit_id"),),
    ).fetchone()


def test_action_history_and_co_departments_reach_the_company(
    company: Document, sales: Document, tmp_path: Path
) -> None:
    action, unit = sales_action(sales)
    write(
        sales,
        "INSERT INTO action_history (action_id, seq, at, actor, from_status, to_status, reason, "
        "stamp, source) VALUES (?, 0, 1700000000000, '王经理', 'open', 'done', '完成', ?, ?)",
        (action,),
    )
    write(
        sales,
        "INSERT INTO action_units (action_id, unit_id, plan, stamp, source) "
        "VALUES (?, ?, '负责华东区域的回款跟进', ?, ?)",
        (action, unit),
    )
    package = export_package(sales.path, tmp_path / "s.pdpkg").path

    plan = merge(company, package)

    assert sorted((c.kind, c.table) for c in plan.changes) == [
        ("new", "action_history"),
        ("new", "action_units"),
    ]
    assert company.conn.execute(
        "SELECT actor, to_status, reason FROM action_history WHERE action_id = ?", (action,)
    ).fetchall() == [("王经理", "done", "完成")]
    assert merge(company, package).nothing_to_do


def test_a_merge_never_rewrites_a_log_entry(
    company: Document, sales: Document, tmp_path: Path
) -> None:
    action, _unit = sales_action(sales)
    entry = (
        "INSERT INTO action_history (action_id, seq, at, actor, to_status, reason, stamp, "
        "source) VALUES (?, 0, ?, ?, 'done', '', ?, ?)"
    )
    write(company, entry, (action, 1000, "总部"))
    write(sales, entry, (action, 2000, "销售部"))

    plan = merge(company, export_package(sales.path, tmp_path / "s.pdpkg").path, "theirs")

    assert [(c.kind, c.reason) for c in plan.changes] == [("refused", "frozen")]
    assert company.conn.execute(
        "SELECT actor FROM action_history WHERE action_id = ?", (action,)
    ).fetchall() == [("总部",)]


def test_a_department_cannot_rewrite_an_evaluation_but_templates_travel(
    company: Document, sales: Document, tmp_path: Path
) -> None:
    person = sales.conn.execute(
        "SELECT id FROM people WHERE unit_id = ? LIMIT 1", (sales.meta("unit_id"),)
    ).fetchone()[0]
    write(
        company,
        "INSERT INTO evaluation_rules (id, name, version, rules, created, stamp, source) "
        "VALUES ('rules', '默认', 1, '{}', 1, ?, ?)",
        (),
    )
    write(
        company,
        "INSERT INTO evaluations (id, period, person_id, score, rule_id, rule_version, created, "
        "stamp, source) VALUES ('e1', '2026-Q3', ?, 80, 'rules', 1, 1, ?, ?)",
        (person,),
    )
    to_sales = export_package(company.path, tmp_path / "c.pdpkg", unit=sales.meta("unit_id"))
    merge(sales, to_sales.path)
    write(sales, "UPDATE evaluations SET score = 99, stamp = ?, source = ? WHERE id = 'e1'", ())
    write(
        sales,
        "INSERT INTO agenda_templates (id, name, items, created, stamp, source) "
        "VALUES ('t1', '销售部周会', '[{\"kind\": \"opening\", \"minutes\": 5}]', 1, ?, ?)",
        (),
    )

    plan = merge(company, export_package(sales.path, tmp_path / "s.pdpkg").path, "theirs")

    kinds = sorted((c.table, c.kind, c.reason) for c in plan.changes)
    assert kinds == [("agenda_templates", "new", ""), ("evaluations", "refused", "definition")]
    assert company.conn.execute("SELECT score FROM evaluations").fetchall() == [(80.0,)]
    assert company.conn.execute("SELECT name FROM agenda_templates").fetchall() == [("销售部周会",)]
