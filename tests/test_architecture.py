"""The layering rules of ARCHITECTURE.md, checked so they cannot quietly erode."""

from __future__ import annotations

import re
from pathlib import Path

SRC = Path(__file__).resolve().parents[1] / "src" / "perfdesk"
SQL = re.compile(r"\b(SELECT|INSERT INTO|UPDATE \w+ SET|DELETE FROM|CREATE TABLE)\b")


def _modules(package: str) -> list[Path]:
    return sorted((SRC / package).rglob("*.py"))


def test_sql_lives_in_the_store_only() -> None:
    offenders = [
        f"{path.relative_to(SRC)}:{number}"
        for package in ("ui", "core", "reports")
        for path in _modules(package)
        for number, line in enumerate(path.read_text().splitlines(), start=1)
        if SQL.search(line)
    ]
    assert offenders == []


def test_core_and_store_never_import_qt() -> None:
    offenders = [
        str(path.relative_to(SRC))
        for package in ("core", "store", "reports")
        for path in _modules(package)
        if re.search(r"^\s*(from|import) PySide6", path.read_text(), re.M)
    ]
    assert offenders == []


def test_every_module_says_what_it_owns() -> None:
    missing = [
        str(path.relative_to(SRC))
        for path in SRC.rglob("*.py")
        if path.name != "__init__.py" and not path.read_text().lstrip().startswith('"""')
    ]
    assert missing == []


def test_reportlab_is_imported_inside_the_report_builders_only() -> None:
    """Start-up (and every headless command but `report`) never pays for reportlab."""
    top_level = re.compile(r"^(from|import) reportlab", re.M)
    offenders = [
        str(path.relative_to(SRC))
        for path in SRC.rglob("*.py")
        if top_level.search(path.read_text())
    ]
    assert offenders == []
