"""Restarting after a language change runs the same program on the open document only."""

from __future__ import annotations

from pathlib import Path

from perfdesk.ui.restart import restart_command


def test_restart_keeps_the_program_and_opens_the_current_document() -> None:
    # python /venv/bin/perfdesk --lang=zh old.perfdesk  (sys.argv has 3 entries)
    original = ["/venv/bin/python", "/venv/bin/perfdesk", "--lang=zh", "old.perfdesk"]
    assert restart_command(original, 3, Path("new.perfdesk")) == [
        "/venv/bin/python",
        "/venv/bin/perfdesk",
        "new.perfdesk",
    ]


def test_restart_from_python_dash_m_and_read_only() -> None:
    # python -X utf8 -m perfdesk --demo   (sys.argv == [".../__main__.py", "--demo"])
    original = ["python", "-X", "utf8", "-m", "perfdesk", "--demo"]
    assert restart_command(original, 2, Path("d.perfdesk"), read_only=True) == [
        "python",
        "-X",
        "utf8",
        "-m",
        "perfdesk",
        "--read-only",
        "d.perfdesk",
    ]
    assert restart_command(original, 2, None) == ["python", "-X", "utf8", "-m", "perfdesk"]
