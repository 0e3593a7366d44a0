"""The reminders at the head of the Actions tab: actions due within 7 days, overdue, and
missing this 旬's report, for the user's departments; each is a link that selects it."""

from __future__ import annotations

import datetime

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QMenu, QPushButton, QWidget

from perfdesk.core.actions import Reminders
from perfdesk.store.repo_actions import ActionRow
from perfdesk.ui.guard import guarded
from perfdesk.ui.text import fill, plain

_SHOWN = 15  # actions listed in each menu; the count says how many there are


class RemindersBar(QFrame):
    """Three buttons (due soon, overdue, missing reports), each opening a list of actions."""

    chosen = Signal(str)  # an action id

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.heading = QLabel(self.tr("Reminders:"))
        self.due_soon = QPushButton()
        self.overdue = QPushButton()
        self.missing = QPushButton()
        layout = QHBoxLayout(self)
        layout.setContentsMargins(6, 2, 6, 2)
        layout.addWidget(self.heading)
        for button in (self.overdue, self.due_soon, self.missing):
            button.setFlat(True)
            layout.addWidget(button)
        layout.addStretch(1)
        self.found = Reminders()

    def show_reminders(
        self, found: Reminders, rows: dict[str, ActionRow], today: datetime.date
    ) -> None:
        self.found = found
        for button, ids, text in (
            (self.overdue, found.overdue, self.tr("%1 overdue")),
            (self.due_soon, found.due_soon, self.tr("%1 due within 7 days")),
            (self.missing, found.missing_report, self.tr("%1 without this 10-day report")),
        ):
            button.setText(fill(text, str(len(ids))))
            button.setEnabled(bool(ids))
            menu = button.menu()
            if menu is None:
                menu = QMenu(button)
                button.setMenu(menu)
            menu.clear()  # deletes the actions it made: one menu per button, reused
            for action_id in ids[:_SHOWN]:
                row = rows.get(action_id)
                if row is None:
                    continue
                due = row.due_date.isoformat() if row.due_date else ""
                item = menu.addAction(plain(f"{due}  {row.title} · {row.responsible_unit}", 80))
                item.triggered.connect(guarded(lambda _c=False, i=action_id: self.chosen.emit(i)))
            if len(ids) > _SHOWN:
                more = menu.addAction(fill(self.tr("… and %1 more"), str(len(ids) - _SHOWN)))
                more.setEnabled(False)
        self.setVisible(bool(found.overdue or found.due_soon or found.missing_report))
