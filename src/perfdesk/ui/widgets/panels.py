"""Small shared panels: the empty state with next steps, the error state, the read-only notice."""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QHBoxLayout, QLabel, QMenu, QPushButton, QVBoxLayout, QWidget

from perfdesk.ui.guard import guarded
from perfdesk.ui.text import as_text, fill, plain
from perfdesk.ui.widgets.text_label import wrapping_label

if TYPE_CHECKING:
    from perfdesk.ui.context import DocumentContext


def button_text(action: QAction) -> str:
    """A menu action's words for a button: no mnemonic marks ("打开(&O)…" → "打开…")."""
    text = re.sub(r"\(&[^)]\)", "", action.text())  # the Chinese style "文件(&F)"
    return text.replace("&&", "\0").replace("&", "").replace("\0", "&")


class EmptyState(QWidget):
    """Nothing to show yet: a neutral message and the next steps as buttons.

    The one empty state of every tab: no document open, a document with no
    organisation, a unit with no goals, no meetings, no actions. The buttons
    are QActions (the window's Open, Open Demo Document and Open Recent menu,
    or a tab's own), so they say and do what the menus do; only steps that
    exist are offered.
    """

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.headline = wrapping_label()
        self.headline.setObjectName("emptyHeadline")
        self.headline.setStyleSheet("QLabel#emptyHeadline { font-size: 13pt; font-weight: bold; }")
        self.detail = wrapping_label()
        self.detail.setObjectName("emptyDetail")
        self.detail.setStyleSheet("QLabel#emptyDetail { color: #555555; }")
        # The sentences in a column of reading width, centred (wrapping, never widening).
        column = QWidget()
        column.setMaximumWidth(self.fontMetrics().averageCharWidth() * 90)
        text = QVBoxLayout(column)
        text.setContentsMargins(0, 0, 0, 0)
        for label in (self.headline, self.detail):
            label.setAlignment(Qt.AlignmentFlag.AlignCenter)
            text.addWidget(label)
        centred = QHBoxLayout()
        centred.addStretch(1)
        centred.addWidget(column, 8)
        centred.addStretch(1)
        self._row = QHBoxLayout()
        self._row.addStretch(1)
        self._row.addStretch(1)
        self.buttons: list[QPushButton] = []
        self._actions: list[QAction] = []
        layout = QVBoxLayout(self)
        layout.addStretch(1)
        layout.addLayout(centred)
        layout.addSpacing(8)
        layout.addLayout(self._row)
        layout.addStretch(2)
        self.show_no_document()

    def show_no_document(self) -> None:
        self.set_text(
            self.tr("No document open"),
            self.tr(
                "Open a department's or the company's perfdesk file, "
                "or look around in the demo company."
            ),
        )

    def no_organisation(self) -> tuple[str, str]:
        """What a tab says of a document without units (a new one)."""
        return (
            self.tr("This document has no organisation yet"),
            self.tr(
                "Start with the company: Organisation → Add Unit… (Insert) enters it, then "
                "its departments and people below it. Or open a department's or the "
                "company's perfdesk file, or look around in the demo company."
            ),
        )

    def no_goals(self, holder: str, year: str) -> tuple[str, str]:
        """What a tab says of a unit or person without goals in the year (`holder` plain)."""
        return (
            fill(self.tr("%1 has no goals for %2"), holder, year),
            self.tr(
                "Goals are set for each unit and person. Choose another one in the tree, "
                "or look one level up."
            ),
        )

    def set_text(self, headline: str, detail: str = "") -> None:
        """Headline and detail; document text in them must already be plain()."""
        self.headline.setText(headline)
        self.detail.setText(detail)
        self.detail.setVisible(bool(detail))

    def set_actions(self, actions: Sequence[QAction]) -> None:
        """The next steps, first one the default; a menu action opens its menu."""
        for action in self._actions:
            action.changed.disconnect(self._sync)
        for button in self.buttons:
            self._row.removeWidget(button)
            button.deleteLater()
        self.buttons = []
        self._actions = list(actions)
        for number, action in enumerate(self._actions):
            button = QPushButton(button_text(action))
            button.setToolTip(action.statusTip())
            menu = action.menu()
            if isinstance(menu, QMenu):
                button.setMenu(menu)
            else:
                button.clicked.connect(action.trigger)
            button.setDefault(number == 0)
            self._row.insertWidget(self._row.count() - 1, button)
            self.buttons.append(button)
        self._sync()
        for action in self._actions:
            action.changed.connect(self._sync)

    def _sync(self) -> None:
        """Buttons follow their actions' words (a step that cannot be taken now is hidden)."""
        for action, button in zip(self._actions, self.buttons, strict=False):
            button.setText(button_text(action))
            button.setVisible(action.isVisible() and action.isEnabled())


def read_only_notice(text: str) -> QLabel:
    """A visible note that a view cannot edit yet, so nobody mistakes it for a bug."""
    notice = QLabel(text)
    notice.setWordWrap(True)
    notice.setObjectName("readOnlyNotice")
    notice.setStyleSheet(
        "QLabel#readOnlyNotice { color: #5d4037; background: #fff8e1; "
        "border: 1px solid #ffe082; border-radius: 3px; padding: 4px 8px; }"
    )
    return notice


class ErrorState(QWidget):
    """Shown in place of a tab's content when reading or showing it failed.

    Says what happened in the UI language; the technical line (plain, bounded)
    is below it; "Try Again" reloads once the cause may be gone.
    """

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.headline = wrapping_label()
        self.headline.setObjectName("errorHeadline")
        self.headline.setStyleSheet("QLabel#errorHeadline { font-size: 13pt; font-weight: bold; }")
        self.advice = wrapping_label()
        self.detail = wrapping_label()
        self.detail.setObjectName("errorDetail")
        self.detail.setStyleSheet("QLabel#errorDetail { color: #555555; }")
        self.detail.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.retry = QPushButton(self.tr("Try Again"))
        layout = QVBoxLayout(self)
        layout.addStretch(1)
        for widget in (self.headline, self.advice, self.detail):
            widget.setAlignment(Qt.AlignmentFlag.AlignCenter)
            layout.addWidget(widget)
        layout.addWidget(self.retry, 0, Qt.AlignmentFlag.AlignCenter)
        layout.addStretch(2)

    def show_error(self, error: BaseException) -> None:
        from perfdesk.ui.errors import looks_damaged

        if looks_damaged(error):
            self.headline.setText(
                self.tr("Part of this document is damaged and this view cannot be shown.")
            )
            self.advice.setText(
                self.tr(
                    "The other tabs may still work. Restore a backup copy; "
                    "`perfdesk check FILE` shows what is damaged."
                )
            )
        else:
            self.headline.setText(self.tr("This view could not be shown."))
            self.advice.setText(
                self.tr(
                    "perfdesk hit an unexpected error. Your document is safe; the other tabs "
                    "may still work. The details are in the error report."
                )
            )
        self.detail.setText(plain(f"{type(error).__name__}: {as_text(error)}", 300))


def up_one_level(context: DocumentContext, holder_id: str) -> tuple[str, str] | None:
    """The unit above a unit, or a person's unit: (id, plain name); None at the top."""
    person = context.people.get(holder_id)
    unit = context.units.get(holder_id)
    parent_id = person.unit_id if person is not None else unit.parent_id if unit else None
    if not parent_id or parent_id not in context.units:
        return None
    return parent_id, plain(context.owner_name(parent_id))


class NoGoals(EmptyState):
    """In place of a goal table: this unit or person has no goals in the year.

    The step offered is "Show <the unit above>", through `select` (the tab's
    org tree); creating goals is not available yet, so it is not offered.
    """

    def __init__(
        self,
        select: Callable[[str], object],
        more: Sequence[QAction] = (),
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._select = select
        self._up_id = ""
        self.up = QAction(self)
        self.up.triggered.connect(self._go_up)
        self.set_actions([self.up, *more])
        self.setVisible(False)

    def show_for(self, context: DocumentContext, holder_id: str) -> None:
        self.set_text(*self.no_goals(plain(context.owner_name(holder_id)), context.year))
        up = up_one_level(context, holder_id)
        self._up_id = up[0] if up else ""
        self.up.setText(fill(self.tr("Show %1"), up[1]) if up else "")
        self.up.setVisible(up is not None)

    @guarded
    def _go_up(self, _checked: bool = False) -> None:
        if self._up_id:
            self._select(self._up_id)
