"""A tab's place in the main window, built the first time it is shown.

Start-up time is a product feature: only the tab on screen is imported and
built at start; the others cost nothing until the user opens them.
"""

from __future__ import annotations

import importlib
from typing import Any

from PySide6.QtCore import Signal
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import QVBoxLayout, QWidget

from perfdesk.ui.guard import guarded


class TabSlot(QWidget):
    built_tab = Signal(object)  # the tab, just built, before it gets the document

    def __init__(self, module: str, class_name: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._module = module
        self._class_name = class_name
        self._tab: Any = None
        self._context: Any = None
        self._next_steps: list[Any] = []
        self._layout = QVBoxLayout(self)
        self._layout.setContentsMargins(0, 0, 0, 0)

    @property
    def built(self) -> bool:
        return self._tab is not None

    def tab(self) -> Any:
        """The real tab widget, built (with the current context) on first use."""
        if self._tab is None:
            tab_class = getattr(importlib.import_module(self._module), self._class_name)
            self._tab = tab_class()
            self._layout.addWidget(self._tab)
            self.built_tab.emit(self._tab)  # the window wires it to the shared selection
            self._tab.set_next_steps(self._next_steps)
            self._tab.set_context(self._context)
            if self.isVisible():
                self._tab.show()
        return self._tab

    def set_next_steps(self, actions: list[Any]) -> None:
        """The window's actions a tab's empty state offers (passed on when it is built)."""
        self._next_steps = list(actions)
        if self._tab is not None:
            self._tab.set_next_steps(self._next_steps)

    @guarded
    def set_context(self, context: Any) -> None:
        self._context = context
        if self._tab is not None:
            self._tab.set_context(context)

    @guarded
    def showEvent(self, event: QShowEvent) -> None:
        self.tab().show()
        super().showEvent(event)
