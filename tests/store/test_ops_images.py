"""After-images built from what an operation wrote (store/ops/_images.py), not read back.

An undo compares every row with the after-image the step recorded, value for value;
an image that differs from what SQLite stored (an int where the column holds a float,
a default the model got wrong) would refuse a correct undo as a conflict.
"""

from __future__ import annotations

import math
from pathlib import Path

import pytest

from perfdesk.store import ops
from perfdesk.store.document import Document
from perfdesk.store.ops import _images
from perfdesk.store.ops._images import Recorder


@pytest.fixture
def doc(tmp_path: Path):  # type: ignore[no-untyped-def]
    with Document.create(tmp_path / "images.perfdesk") as document:
        yield document


def _values(doc: Document) -> list[tuple[object, ...]]:
    """The values that hold something (an undone first value leaves an empty row), and
    each goal's yearly target."""
    return doc.conn.execute(
        "SELECT goal, period, target, target_max, actual, note, locked FROM goal_values "
        "WHERE coalesce(target, target_max, actual, note) IS NOT NULL OR locked "
        "UNION ALL SELECT key, '', target, NULL, NULL, NULL, 0 FROM goals ORDER BY 1, 2"
    ).fetchall()


def test_values_are_stored_as_the_columns_type_makes_them() -> None:
    stored = _images._stored
    assert stored(5, "REAL") == 5.0 and type(stored(5, "REAL")) is float
    assert type(stored(5.0, "INTEGER")) is int
    assert stored(2.5, "INTEGER") == 2.5
    assert stored(True, "INTEGER") == 1 and type(stored(True, "INTEGER")) is int
    assert stored("月", "TEXT") == "月"
    for value, affinity in ((math.nan, "REAL"), ("12", "REAL"), (12, "TEXT"), (2**60, "REAL")):
        with pytest.raises(_images._Unknown):  # read back instead of guessed
            stored(value, affinity)


def test_a_step_records_the_rows_exactly_as_stored_and_undoes_to_the_same_dump(
    doc: Document,
) -> None:
    company = ops.add_org_unit(doc, "华信科技", "company").row_id
    kpi = ops.add_kpi(doc, "sales", "销售额", aggregation="sum").row_id or ""
    goal = ops.add_goal(doc, kpi, "2026", None, 100, unit_id=company).row_id or ""
    ops.set_values(doc, [(goal, "2026-01", "actual", 3)])
    start = _values(doc)
    # New rows (the inserted row's defaults), an existing one, an int for a REAL column,
    # and the goal's yearly target following its period targets (an update of goals).
    step = ops.set_values(
        doc,
        [
            (goal, "2026-01", "target", 10),
            (goal, "2026-02", "target", 20.5),
            (goal, "2026-02", "actual", -0.0),
            (goal, "2026-03", "actual", 7),
        ],
    )
    after = _values(doc)
    assert doc.conn.execute("SELECT target FROM goals WHERE id = ?", (goal,)).fetchone() == (30.5,)
    redo = step.undo(doc)
    assert _values(doc) == start
    redo.undo(doc)
    assert _values(doc) == after


def test_a_write_behind_the_recorders_back_is_caught_when_images_are_checked(
    doc: Document, monkeypatch: pytest.MonkeyPatch
) -> None:
    company = ops.add_org_unit(doc, "华信科技", "company").row_id or ""
    monkeypatch.setattr(_images, "CHECK_IMAGES", True)
    with pytest.raises(AssertionError, match="after-image of org_units"), doc.transaction():
        record = Recorder(doc)
        record.update("org_units", (company,), {"name": "华信集团"})
        doc.conn.execute("UPDATE org_units SET code = 'HX' WHERE id = ?", (company,))
        record.result(ops.Changes())
