"""Fixtures of the report tests: the English demo, and reading a PDF back as text."""

from __future__ import annotations

import shutil
import subprocess
from pathlib import Path

import pytest


@pytest.fixture
def demo_en(demo_en_master: Path, tmp_path: Path) -> Path:
    """A private copy of the English demo document for one test."""
    return Path(shutil.copy(demo_en_master, tmp_path / "demo-en.perfdesk"))


def _tool(name: str) -> str:
    found = shutil.which(name)
    if found is None:
        pytest.fail(f"{name} is not installed: the README's test command installs poppler-utils")
    return found


def pdf_pages(path: Path) -> list[str]:
    """The text of each page (pdftotext; pages are separated by form feeds)."""
    out = subprocess.run(
        [_tool("pdftotext"), "-layout", str(path), "-"], capture_output=True, check=True
    )
    return out.stdout.decode("utf-8").split("\f")[:-1]


def pdf_fonts(path: Path) -> str:
    return subprocess.run(
        [_tool("pdffonts"), str(path)], capture_output=True, check=True, text=True
    ).stdout


@pytest.fixture
def pages_of() -> object:
    """pages_of(pdf) -> the text of each page."""
    return pdf_pages


@pytest.fixture
def fonts_of() -> object:
    """fonts_of(pdf) -> pdffonts' table."""
    return pdf_fonts
