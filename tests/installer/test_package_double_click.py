"""A double-clicked package (.pdpkg, associated with perfdesk by the installers) is not
a document: perfdesk says what it is and how to import it, instead of "not a perfdesk
document"."""

from __future__ import annotations

import zipfile
from pathlib import Path

import pytest

from perfdesk.cli import main
from perfdesk.store.document import Document
from perfdesk.store.errors import PackageNotDocument
from perfdesk.ui.errors import document_error_text


def _package(path: Path) -> Path:
    with zipfile.ZipFile(path, "w") as archive:
        archive.writestr("manifest.json", "{}")
    return path


def test_opening_a_package_says_to_import_it(tmp_path: Path, qapp: object) -> None:
    package = _package(tmp_path / "销售部-2026-10-31.pdpkg")
    with pytest.raises(PackageNotDocument) as refused:
        Document.open(package)
    what, todo = document_error_text(refused.value)
    assert what == "“销售部-2026-10-31.pdpkg” is a perfdesk package, not a document."
    assert "File → Import Package…" in todo and "not changed" in todo


def test_a_zip_that_is_not_named_a_package_is_just_not_a_document(tmp_path: Path) -> None:
    with pytest.raises(Exception) as refused:
        Document.open(_package(tmp_path / "notes.perfdesk"))
    assert not isinstance(refused.value, PackageNotDocument)


def test_check_on_a_package_names_it(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["check", str(_package(tmp_path / "x.pdpkg"))]) == 2
    assert "perfdesk package" in capsys.readouterr().err
