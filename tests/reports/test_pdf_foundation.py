"""What every report shares: long tables over pages, escaping, the status marks, cancel."""

from __future__ import annotations

import datetime
from collections.abc import Callable
from pathlib import Path

import pytest

from perfdesk.core.kpi import Status
from perfdesk.reports.pdf import Cancelled, Frame, build, status_markup, table
from perfdesk.reports.text import escape

Pages = Callable[[Path], list[str]]
FRAME = Frame(
    title="Long table",
    subject="test",
    file_name="x.perfdesk",
    document_id="0123456789",
    made=datetime.datetime(2026, 10, 31, 18, 0),
    lang="en",
)


def test_escape_leaves_no_markup() -> None:
    assert escape("<b>a</b> & ]]>") == "&lt;b&gt;a&lt;/b&gt; &amp; ]]&gt;"
    assert escape("a\x00b\x1bc\r\nd\te") == "abc<br/>d e"


def test_status_is_shape_and_word() -> None:
    assert "●" in status_markup(Status.GREEN, "zh") and "达标" in status_markup(Status.GREEN, "zh")
    assert "◆" in status_markup(Status.RED, "en") and "Below target" in status_markup(
        Status.RED, "en"
    )


def test_a_long_table_repeats_its_header_on_every_page(tmp_path: Path, pages_of: Pages) -> None:
    rows = [[f"row {i}", "x" * 40, str(i)] for i in range(300)]
    out = tmp_path / "long.pdf"
    pages = build(out, FRAME, [table(["Name", "Text", "Number"], rows, [40, 100, 40], "en")])
    text = pages_of(out)
    assert pages == len(text) >= 3
    for number, page in enumerate(text, start=1):
        assert "Name" in page and "Number" in page
        assert f"Page {number} of {pages}" in page
    assert "row 299" in text[-1]


def test_the_same_input_gives_the_same_bytes_when_reproducible(tmp_path: Path) -> None:
    frame = Frame(**{**FRAME.__dict__, "reproducible": True})
    first, second = tmp_path / "a.pdf", tmp_path / "b.pdf"
    for out in (first, second):
        build(out, frame, [table(["A"], [["b"]], [180], "en")])
    assert first.read_bytes() == second.read_bytes()


def test_cancel_stops_the_build(tmp_path: Path) -> None:
    rows = [[str(i)] for i in range(500)]
    with pytest.raises(Cancelled):
        build(tmp_path / "c.pdf", FRAME, [table(["A"], rows, [180], "en")], cancel=lambda: True)
