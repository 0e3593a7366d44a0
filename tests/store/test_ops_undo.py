"""Exact undo from before-images, refused when the file changed, and writes that race.

"Another writer" is a second SQLite connection or a second process, as another
program (or another perfdesk window) would be.
"""

from __future__ import annotations

import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

from perfdesk.store import ops
from perfdesk.store.document import Document
from perfdesk.store.ops import NotSaved, UndoConflict


@pytest.fixture
def doc(tmp_path: Path):  # type: ignore[no-untyped-def]
    with Document.create(tmp_path / "undo.perfdesk") as document:
        document.conn.execute("PRAGMA busy_timeout = 100")  # tests need not wait 5 s
        yield document


@pytest.fixture
def goal(doc: Document) -> str:
    company = ops.add_org_unit(doc, "华信科技", "company").row_id
    kpi = ops.add_kpi(doc, "rate", "转化率", aggregation="average").row_id or ""
    return ops.add_goal(doc, kpi, "2026", 30, 100, unit_id=company).row_id or ""


def _row(doc: Document, period: str = "2026-01") -> tuple[object, ...]:
    return doc.conn.execute(
        "SELECT target, target_max, actual, note, locked FROM goal_values WHERE period = ?",
        (period,),
    ).fetchone()


def _set_note(doc: Document, note: str | None) -> None:
    """A column no operation writes yet (deviation notes come later)."""
    with doc.transaction() as conn:
        conn.execute("UPDATE goal_values SET note = ?", (note,))


def test_undo_restores_every_column_of_the_row_nulls_included(doc: Document, goal: str) -> None:
    ops.set_values(doc, [(goal, "2026-01", "target", 25)])
    _set_note(doc, "节前备货")
    step = ops.set_values(doc, [(goal, "2026-01", "actual", 24), (goal, "2026-01", "target", 26)])
    assert _row(doc) == (26.0, None, 24.0, "节前备货", 0)
    redo = step.undo(doc)
    assert _row(doc) == (25.0, None, None, "节前备货", 0)  # actual back to NULL, note kept
    redo.undo(doc)
    assert _row(doc) == (26.0, None, 24.0, "节前备货", 0)


def test_undo_of_a_first_value_leaves_an_empty_row(doc: Document, goal: str) -> None:
    step = ops.set_actual(doc, goal, "2026-01", 5)
    step.undo(doc)
    assert _row(doc) == (None, None, None, None, 0)  # cleared, never deleted


def test_undo_does_not_rerun_the_checks(doc: Document, goal: str) -> None:
    kpi = doc.conn.execute("SELECT kpi_id FROM goals WHERE id = ?", (goal,)).fetchone()[0]
    ops.set_actual(doc, goal, "2026-01", 80)
    redo = ops.set_actual(doc, goal, "2026-01", 90).undo(doc)  # an edit, undone
    with doc.transaction() as conn:  # the rule changes after the value was entered
        conn.execute("UPDATE kpis SET max_value = 50 WHERE id = ?", (kpi,))
    redo.undo(doc)  # the old operation re-run would refuse 90 now; the image is written
    assert _row(doc)[2] == 90


def test_undo_and_redo_stamp_forward(doc: Document, goal: str) -> None:
    step = ops.set_actual(doc, goal, "2026-01", 5)
    stamp = doc.conn.execute("SELECT stamp FROM goal_values").fetchone()[0]
    step.undo(doc)
    assert doc.conn.execute("SELECT stamp FROM goal_values").fetchone()[0] > stamp


def test_steps_on_the_same_row_undo_in_order(doc: Document, goal: str) -> None:
    first = ops.set_actual(doc, goal, "2026-01", 1)
    second = ops.set_actual(doc, goal, "2026-01", 2)
    redo_second = second.undo(doc)
    redo_first = first.undo(doc)  # the row now carries the first undo's stamp: still ours
    assert _row(doc)[2] is None
    redo_first.undo(doc)
    redo_second.undo(doc)
    assert _row(doc)[2] == 2


def _other_writer(doc: Document) -> sqlite3.Connection:
    return sqlite3.connect(doc.path, isolation_level=None)


def test_undo_refuses_when_another_writer_changed_the_row(doc: Document, goal: str) -> None:
    step = ops.set_actual(doc, goal, "2026-01", 10)
    other = _other_writer(doc)
    other.execute("UPDATE goal_values SET actual = 20, stamp = stamp + 1")
    other.close()
    clock = doc.meta("clock")
    with pytest.raises(UndoConflict) as refused:
        step.undo(doc)
    assert refused.value.code == "undo_conflict" and refused.value.params == {"field": "value"}
    assert _row(doc)[2] == 20 and doc.meta("clock") == clock  # nothing was written


def test_undo_refuses_a_row_rewritten_with_the_same_value(doc: Document, goal: str) -> None:
    step = ops.set_actual(doc, goal, "2026-01", 10)
    other = _other_writer(doc)  # someone typed the same number: the row is theirs now
    other.execute("UPDATE goal_values SET stamp = stamp + 7")
    other.close()
    with pytest.raises(UndoConflict):
        step.undo(doc)


def test_redo_refuses_when_another_writer_changed_the_row(doc: Document, goal: str) -> None:
    redo = ops.set_actual(doc, goal, "2026-01", 10).undo(doc)
    other = _other_writer(doc)
    other.execute("UPDATE goal_values SET actual = 3, stamp = stamp + 1")
    other.close()
    with pytest.raises(UndoConflict) as refused:
        redo.undo(doc)
    assert refused.value.code == "redo_conflict"


def test_undo_of_an_addition_refuses_when_the_row_was_edited_elsewhere(doc: Document) -> None:
    added = ops.add_org_unit(doc, "华信科技", "company")
    other = _other_writer(doc)
    other.execute("UPDATE org_units SET name = '华信集团', stamp = stamp + 1")
    other.close()
    with pytest.raises(UndoConflict) as refused:
        added.undo(doc)
    assert refused.value.params == {"field": "org_unit"}


def test_a_write_while_another_holds_the_lock_is_not_saved(doc: Document, goal: str) -> None:
    other = _other_writer(doc)
    other.execute("BEGIN IMMEDIATE")
    try:
        with pytest.raises(NotSaved) as refused:
            ops.set_actual(doc, goal, "2026-01", 10)
    finally:
        other.execute("ROLLBACK")
        other.close()
    assert refused.value.code == "busy" and refused.value.retry
    assert "NOT saved" in str(refused.value)
    assert not doc.conn.in_transaction and _row(doc) is None
    ops.set_actual(doc, goal, "2026-01", 10)  # the lock is gone: it works


def test_a_commit_refused_by_a_reader_is_rolled_back(doc: Document, goal: str) -> None:
    reader = _other_writer(doc)
    reader.execute("BEGIN")
    reader.execute("SELECT count(*) FROM goal_values").fetchone()  # holds a shared lock
    try:
        with pytest.raises(NotSaved) as refused:
            ops.set_actual(doc, goal, "2026-01", 10)
        assert refused.value.code == "busy"
        assert not doc.conn.in_transaction  # nothing of it can ride along with the next
    finally:
        reader.execute("ROLLBACK")
        reader.close()
    assert _row(doc) is None
    ops.set_actual(doc, goal, "2026-02", 1)
    assert _row(doc) is None and _row(doc, "2026-02")[2] == 1


def test_a_constraint_the_checks_did_not_foresee_is_not_saved(doc: Document, goal: str) -> None:
    with doc.transaction() as conn:  # stands in for any rule the schema has and ops lack
        conn.execute(
            "CREATE TRIGGER no_values BEFORE INSERT ON goal_values "
            "BEGIN SELECT RAISE(ABORT, 'refused'); END"
        )
    with pytest.raises(NotSaved) as refused:
        ops.set_actual(doc, goal, "2026-01", 10)
    assert refused.value.code == "integrity" and not refused.value.retry
    assert _row(doc) is None and not doc.conn.in_transaction


def test_a_second_process_holding_the_lock(doc: Document, goal: str) -> None:
    code = (
        "import sqlite3, sys\n"
        "c = sqlite3.connect(sys.argv[1], isolation_level=None)\n"
        "c.execute('BEGIN IMMEDIATE')\n"
        "print('locked', flush=True)\n"
        "sys.stdin.read()\n"  # until the test closes our stdin
        "c.execute('ROLLBACK')\n"
    )
    holder = subprocess.Popen(
        [sys.executable, "-c", code, str(doc.path)],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        text=True,
    )
    try:
        assert holder.stdout is not None and holder.stdout.readline() == "locked\n"
        with pytest.raises(NotSaved) as refused:
            ops.add_org_unit(doc, "华信集团", "company")
        assert refused.value.code == "busy"
    finally:
        holder.communicate("", timeout=10)
    assert doc.conn.execute("SELECT count(*) FROM org_units").fetchone() == (1,)


def test_undo_after_a_second_process_changed_the_row(doc: Document, goal: str) -> None:
    step = ops.set_actual(doc, goal, "2026-01", 10)
    code = (
        "import sqlite3, sys\n"
        "c = sqlite3.connect(sys.argv[1], isolation_level=None)\n"
        "c.execute('BEGIN IMMEDIATE')\n"
        "c.execute(\"UPDATE meta SET value = value + 1 WHERE key = 'clock'\")\n"
        'c.execute("UPDATE goal_values SET actual = 11, "\n'
        "          \"stamp = (SELECT value FROM meta WHERE key = 'clock')\")\n"
        "c.execute('COMMIT')\n"
    )
    subprocess.run([sys.executable, "-c", code, str(doc.path)], check=True, timeout=30)
    with pytest.raises(UndoConflict):
        step.undo(doc)
    assert _row(doc)[2] == 11


def test_identifiers_in_generated_sql_are_quoted(doc: Document, goal: str) -> None:
    with doc.transaction() as conn:  # a column another version might add
        conn.execute('ALTER TABLE goal_values ADD COLUMN "note from v3" TEXT')
    step = ops.set_actual(doc, goal, "2026-01", 10)
    with doc.transaction() as conn:
        conn.execute("""UPDATE goal_values SET "note from v3" = 'x'""")
    # the row no longer holds what the step wrote: refused by the check, not by bad SQL
    with pytest.raises(UndoConflict):
        step.undo(doc)
    other = ops.set_values(doc, [(goal, "2026-01", "actual", 12)])
    other.undo(doc).undo(doc)
    assert doc.conn.execute('SELECT actual, "note from v3" FROM goal_values').fetchone() == (
        12.0,
        "x",
    )


@pytest.mark.parametrize(
    ("message", "code"),
    [
        ("database is locked", "busy"),
        ("database or disk is full", "disk_full"),
        ("attempt to write a readonly database", "file_read_only"),
        ("disk I/O error", "io_error"),
        ("unable to open database file", "io_error"),
    ],
)
def test_sqlite_refusals_become_not_saved_and_roll_back(
    doc: Document, message: str, code: str
) -> None:
    from perfdesk.store.ops._base import write

    with pytest.raises(NotSaved) as refused, write(doc) as conn:
        conn.execute("INSERT INTO meta(key, value) VALUES ('probe', 'written')")
        raise sqlite3.OperationalError(message)  # as SQLite would, halfway through
    assert refused.value.code == code
    assert message in str(refused.value)  # SQLite's words stay in the log text
    assert doc.meta("probe") == "" and not doc.conn.in_transaction


def test_other_sqlite_errors_are_bugs_and_pass_through(doc: Document) -> None:
    from perfdesk.store.ops._base import write

    with pytest.raises(sqlite3.OperationalError, match="no such table"), write(doc) as conn:
        conn.execute("SELECT * FROM no_such_table")
    assert not doc.conn.in_transaction
