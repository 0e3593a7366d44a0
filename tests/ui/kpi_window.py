"""The KPI tab of a window on a document, at the projector size, for the KPI tests."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtWidgets import QApplication

from perfdesk.ui.main_window import TAB_KPI


def open_kpi(make_window: Any, path: Path, language: str = "zh") -> tuple[Any, Any]:
    """(window, its KPI tab) on `path`, 1280×720, the tab shown and painted once."""
    window = make_window(path, language=language)
    window.showNormal()
    window.resize(1280, 720)
    window.tabs.setCurrentIndex(TAB_KPI)
    QApplication.processEvents()
    return window, window.kpi_tab
