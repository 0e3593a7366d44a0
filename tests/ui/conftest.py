"""Fixtures for window tests: the main window on a document, with a chosen language."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QTranslator
from PySide6.QtWidgets import QApplication

from perfdesk.ui.app import register_font
from perfdesk.ui.i18n import install_translators
from perfdesk.ui.main_window import MainWindow


@pytest.fixture
def zh(qapp: QApplication) -> Iterator[None]:
    """Chinese UI: perfdesk's and Qt's translations installed for one test."""
    translators: list[QTranslator] = install_translators(qapp, "zh")
    yield
    for translator in translators:
        QCoreApplication.removeTranslator(translator)


@pytest.fixture
def make_window(qtbot, qapp: QApplication):  # type: ignore[no-untyped-def]
    register_font()

    def make(path: Path | None = None, language: str = "zh", read_only: bool = False) -> MainWindow:
        window = MainWindow(language=language)
        qtbot.addWidget(window)
        with qtbot.waitExposed(window):
            window.show()
        with qtbot.waitActive(window):
            window.activateWindow()
        if path is not None:
            assert window.open_path(path, read_only=read_only)
        return window

    return make
