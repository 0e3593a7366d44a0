"""Fixtures for window tests: the main window on a document, with a chosen language."""

from __future__ import annotations

import sqlite3
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


@pytest.fixture(autouse=True)
def _fresh_guard() -> Iterator[None]:
    """No crash dialog presenter leaks from one test into the next."""
    from perfdesk.ui import guard

    guard.set_presenter(None)
    guard.presenter_done()
    yield
    guard.set_presenter(None)
    guard.presenter_done()


@pytest.fixture
def crash_reports() -> list[BaseException]:
    """Errors the guard would show in the crash dialog, collected instead of shown."""
    from perfdesk.ui import guard

    reports: list[BaseException] = []

    def present(error: BaseException, _details: str) -> None:
        reports.append(error)
        guard.presenter_done()

    guard.set_presenter(present)
    return reports


def _spoil(path: Path, *statements: str) -> Path:
    """A hand edit by another tool: no CHECK constraints, no references enforced."""
    conn = sqlite3.connect(path)
    conn.execute("PRAGMA ignore_check_constraints = ON")
    try:
        for statement in statements:
            conn.execute(statement)
        conn.commit()
    finally:
        conn.close()
    return path


@pytest.fixture
def spoil():  # type: ignore[no-untyped-def]
    """spoil(path, *sql): write rows a damaged or hostile file could hold, with plain sqlite3."""
    return _spoil
