"""The README's commands are the ones CI runs, and its screenshots exist."""

from __future__ import annotations

import re
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def _shell_blocks() -> list[str]:
    return re.findall(r"```sh\n(.*?)\n```", (ROOT / "README.md").read_text(), re.S)


def test_readme_has_exactly_two_setup_commands() -> None:
    blocks = _shell_blocks()
    assert len(blocks) == 2
    install, test = blocks
    assert "apt-get install" in install and "perfdesk --demo" in install
    assert "pytest" in test


def test_ci_runs_the_readme_test_command() -> None:
    test_command = _shell_blocks()[1].strip()
    ci_lines = [line.strip() for line in (ROOT / ".ci" / "run").read_text().splitlines()]
    assert test_command in ci_lines


def test_readme_screenshots_exist() -> None:
    readme = (ROOT / "README.md").read_text()
    images = re.findall(r"\]\((docs/screenshots/[^)]+\.png)\)", readme)
    assert images
    for image in images:
        assert (ROOT / image).stat().st_size > 10_000, image
