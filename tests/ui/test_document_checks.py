"""The window tells the truth about files: the bad-file corpus through File → Open, and
the background check of rows after the first paint."""

from __future__ import annotations

import shutil
import sqlite3
from pathlib import Path

import pytest

from perfdesk.store import validate
from perfdesk.store.document import (
    DamagedFile,
    DocumentError,
    FileBusy,
    NewerFile,
    NotPerfdeskFile,
    check_document,
)
from perfdesk.ui import main_window as main_window_module
from perfdesk.ui import verify as verify_module
from perfdesk.ui.errors import document_error_text

FIXTURES = Path(__file__).parents[1] / "fixtures"


def _hand_edit(path: Path, *statements: str) -> Path:
    conn = sqlite3.connect(path, isolation_level=None)
    conn.execute("PRAGMA ignore_check_constraints = ON")
    for statement in statements:
        conn.execute(statement)
    conn.close()
    return path


def _v2_with(tmp_path: Path, statement: str) -> Path:
    path = Path(shutil.copy(FIXTURES / "v2.perfdesk", tmp_path / "old.perfdesk"))
    return _hand_edit(path, statement)


CORPUS = {
    "text file": (lambda p, _t: (p.write_text("hello\n" * 50), p)[1], NotPerfdeskFile),
    "newer": (lambda p, _t: _hand_edit(p, "PRAGMA user_version = 9"), NewerFile),
    "renamed column": (
        lambda p, _t: _hand_edit(p, "ALTER TABLE goals RENAME COLUMN weight TO share"),
        DamagedFile,
    ),
    "v2 with a wrong enum": (
        lambda _p, t: _v2_with(t, "UPDATE kpis SET direction = 'sideways'"),
        DamagedFile,
    ),
    "v2 missing a table": (lambda _p, t: _v2_with(t, "DROP TABLE actions"), DamagedFile),
}


@pytest.mark.parametrize("case", CORPUS, ids=list(CORPUS))
def test_open_refuses_the_corpus_as_check_does_and_keeps_the_current_document(
    make_window, demo_zh: Path, demo_zh_master: Path, tmp_path: Path, monkeypatch, case: str
) -> None:
    window = make_window(demo_zh, language="en")
    make, kind = CORPUS[case]
    bad = make(Path(shutil.copy(demo_zh_master, tmp_path / "bad.perfdesk")), tmp_path)
    before = bad.read_bytes()
    refused: list[DocumentError] = []
    monkeypatch.setattr(main_window_module, "show_document_error", lambda _p, e: refused.append(e))
    assert not window.open_path(bad)
    assert type(refused[0]) is kind
    try:
        result = check_document(bad)
    except DocumentError as error:
        assert type(error) is kind
    else:
        assert not result.ok and kind is DamagedFile
    assert bad.read_bytes() == before
    assert window.context is not None and window.context.doc.path == demo_zh


def test_a_busy_file_says_so_in_chinese(zh) -> None:  # type: ignore[no-untyped-def]
    what, todo = document_error_text(FileBusy(Path("/data/销售部.perfdesk"), "saving"))
    assert what == "“销售部.perfdesk”正在被另一个程序保存。"
    assert "稍后" in todo


def test_rows_damaged_past_the_checks_are_found_after_the_first_paint(
    make_window, demo_zh: Path, qtbot
) -> None:
    _hand_edit(demo_zh, "UPDATE actions SET owner_id = 'nobody' WHERE rowid = 1")
    window = make_window(demo_zh, language="en")
    qtbot.waitUntil(lambda: hasattr(window.verifier, "last_box"), timeout=10_000)
    box = window.verifier.last_box
    assert "damaged in places" in box.text()
    assert "broken reference: actions" in box.detailedText()
    box.close()


def test_a_sound_file_is_verified_once_per_state(
    make_window, demo_zh: Path, qtbot, monkeypatch: pytest.MonkeyPatch
) -> None:
    calls: list[Path] = []
    real = validate.verify

    def counting(path: Path) -> list[str]:
        calls.append(path)
        return real(path)

    monkeypatch.setattr(verify_module, "verify", counting)
    window = make_window(demo_zh, language="en")
    qtbot.waitUntil(lambda: len(calls) == 1 and not window.verifier.running)
    assert window.open_path(demo_zh)  # the same file, unchanged: not again
    qtbot.wait(50)
    assert len(calls) == 1
    assert not hasattr(window.verifier, "last_box")
