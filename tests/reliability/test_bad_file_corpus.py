"""Every file of the bad-file corpus (corpus.py) through every entry point that reads a
file: `check` in the program and on the command line, `perfdesk FILE` at start-up, and
File → Open in the window. Each gets a clear message or opens as it should — never a
traceback, never a dead process — and a refused file keeps every byte."""

from __future__ import annotations

import hashlib
import os
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest
from corpus import CASES, NEEDS_NON_ROOT, make_case, restore_permissions

from perfdesk.store.document import Document, DocumentError, NeedsRecovery, check_document

SRC = str(Path(__file__).resolve().parents[2] / "src")


def digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest() if path.is_file() else "folder"


@pytest.fixture(params=list(CASES), ids=list(CASES))
def case(request, demo_zh_master: Path, tmp_path: Path) -> Iterator[tuple[str, Path]]:
    name = request.param
    if name in NEEDS_NON_ROOT and os.geteuid() == 0:
        pytest.skip("root reads and writes whatever the mode bits say")
    folder = tmp_path / "corpus"
    path = make_case(name, demo_zh_master, folder)
    yield name, path
    restore_permissions(folder)


def run(*args: str, timeout: int = 120) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "PYTHONPATH": SRC, "QT_QPA_PLATFORM": "offscreen"}
    return subprocess.run(
        [sys.executable, "-m", "perfdesk", *args],
        capture_output=True,
        text=True,
        env=env,
        timeout=timeout,
    )


def test_check_says_what_is_wrong_and_changes_nothing(case: tuple[str, Path]) -> None:
    name, path = case
    outcome, before = CASES[name].outcome, digest(path)
    try:
        result = check_document(path)
    except DocumentError as error:
        assert outcome == "refused" or (outcome == "recovers" and type(error) is NeedsRecovery)
        message = str(error)
    else:
        assert result.ok == (outcome not in ("refused", "warned")), result.problems
        message = "; ".join(result.problems)
    assert CASES[name].why in message
    assert digest(path) == before


@pytest.mark.slow
def test_the_check_command_exits_with_a_message_and_no_traceback(case: tuple[str, Path]) -> None:
    name, path = case
    before = digest(path)
    result = run("check", str(path))
    outcome = CASES[name].outcome
    assert "Traceback" not in result.stderr
    if outcome in ("refused", "warned"):
        assert result.returncode in (1, 2)
        assert (result.stderr + result.stdout).strip()
    elif outcome == "recovers":
        assert result.returncode == 1 and "cut off" in result.stderr
    else:
        assert result.returncode == 0, result.stderr
    assert digest(path) == before


@pytest.mark.slow
def test_the_app_started_on_the_file_says_why_or_opens(
    case: tuple[str, Path], tmp_path: Path
) -> None:
    name, path = case
    outcome, before = CASES[name].outcome, digest(path)
    picture = tmp_path / "window.png"
    result = run(str(path), "--lang", "en", "--screenshot", str(picture))
    assert "Traceback" not in result.stderr
    assert picture.exists(), result.stderr  # the window came up, whatever the file
    lines = [line for line in result.stderr.splitlines() if line.startswith("perfdesk:")]
    if outcome == "refused":
        assert result.returncode == 1 and len(lines) == 1, result.stderr
        assert CASES[name].why in lines[0]
        assert digest(path) == before
    else:
        assert result.returncode == 0, result.stderr
        if outcome != "recovers":
            assert digest(path) == before


def test_file_open_refuses_with_a_message_or_opens(
    case: tuple[str, Path], qtbot, monkeypatch, demo_zh: Path
) -> None:
    from perfdesk.ui import guard
    from perfdesk.ui import main_window as main_window_module
    from perfdesk.ui.app import register_font
    from perfdesk.ui.main_window import MainWindow

    crashes: list[BaseException] = []

    def collect(error: BaseException, _details: str) -> None:
        crashes.append(error)
        guard.presenter_done()

    guard.set_presenter(collect)  # an error caught in a slot would show the crash dialog
    name, path = case
    outcome, before = CASES[name].outcome, digest(path)
    register_font()
    window = MainWindow(language="en")
    qtbot.addWidget(window)
    window.show()
    assert window.open_path(demo_zh)
    refused: list[DocumentError] = []
    monkeypatch.setattr(main_window_module, "show_document_error", lambda _w, e: refused.append(e))
    opened = window.open_path(path)
    if outcome == "refused":
        assert not opened and len(refused) == 1
        assert CASES[name].why in str(refused[0])
        assert window.context is not None and window.context.doc.path == demo_zh
        assert digest(path) == before
    else:
        assert opened and not refused
        assert window.context is not None
        assert window.context.doc.read_only == (outcome == "read_only")
        for tab in range(window.tabs.count()):  # every tab shows the file
            window.tabs.setCurrentIndex(tab)
            qtbot.wait(1)
    if outcome == "warned":  # found after the first paint, before the user works in it
        qtbot.waitUntil(lambda: hasattr(window.verifier, "last_box"), timeout=20_000)
        box = window.verifier.last_box
        assert "damaged in places" in box.text()
        box.close()
    window.close()
    guard.set_presenter(None)
    assert crashes == []  # no view met a value it could not show
    if outcome == "recovers":
        assert check_document(path).ok  # the other file's journal was put aside


def content_checksum_decision() -> str:
    """Why a flipped bit inside a stored value is not caught (issue #23 asks to decide).

    SQLite keeps no checksum of page contents, so a bit flipped inside a REAL stays a
    valid REAL and every check passes ("a bit flipped in a stored value" opens). A
    checksum over the values would have to be updated by every write (a million goal
    values in a company file: either a full rescan or per-row hashes kept in step by
    every op, merge and undo) and would tell the user only that something changed,
    not what it was. The backups the app keeps (before every upgrade, import and merge)
    and the file system's and disk's own checks are where this kind of damage is met.
    So: no content checksum; this test keeps the decision honest by showing it opens.
    """
    return content_checksum_decision.__doc__ or ""


def test_damage_sqlite_cannot_see_opens_as_the_decision_says(
    demo_zh_master: Path, tmp_path: Path
) -> None:
    path = make_case("a bit flipped in a stored value", demo_zh_master, tmp_path / "c")
    assert check_document(path).ok
    with Document.open(path, read_only=True) as doc:
        assert doc.conn.execute("SELECT count(*) FROM goal_values").fetchone()[0] > 0
    assert "no content checksum" in content_checksum_decision()
