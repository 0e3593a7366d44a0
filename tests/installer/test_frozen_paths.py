"""perfdesk.paths in the standalone build (sys.frozen, sys._MEIPASS) and the app icon."""

from __future__ import annotations

import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

from perfdesk import paths


@pytest.fixture
def fresh_paths() -> Iterator[None]:
    paths.resources_dir.cache_clear()
    yield
    paths.resources_dir.cache_clear()


def test_frozen_app_reads_resources_from_its_bundle(
    fresh_paths: None, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    (tmp_path / "resources" / "fonts").mkdir(parents=True)
    monkeypatch.setattr(sys, "frozen", True, raising=False)
    monkeypatch.setattr(sys, "_MEIPASS", str(tmp_path), raising=False)
    assert paths.resources_dir() == tmp_path / "resources"
    assert paths.translations_dir() == tmp_path / "resources" / "translations"
    assert paths.icons_dir() == tmp_path / "resources" / "icons"


def test_frozen_app_without_a_bundle_folder_falls_back(
    fresh_paths: None, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    monkeypatch.setattr(sys, "frozen", True, raising=False)
    monkeypatch.setattr(sys, "_MEIPASS", str(tmp_path / "empty"), raising=False)
    assert (paths.resources_dir() / "fonts" / "wqy-microhei.ttc").is_file()


def test_source_checkout_finds_its_resources(fresh_paths: None) -> None:
    assert not getattr(sys, "frozen", False)
    assert paths.font_path().is_file()
    assert (paths.icons_dir() / "perfdesk-16.png").is_file()


def test_windows_carry_the_app_icon(qapp: object) -> None:
    from PySide6.QtWidgets import QApplication

    from perfdesk.ui.app import ICON_SIZES, set_app_icon

    set_app_icon()
    icon = QApplication.windowIcon()
    assert not icon.isNull()
    assert {s.width() for s in icon.availableSizes()} >= set(ICON_SIZES)
