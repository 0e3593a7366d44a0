"""Undo/redo of document operations: a QUndoCommand that holds an operation's inverse.

The operation has already run when its command is pushed (so a refused input
never reaches the stack); undo runs the stored inverse, whose own inverse is
what redo runs next. The stack never holds copies of the database.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtGui import QUndoCommand

from perfdesk.store.document import Document
from perfdesk.store.ops import Changes, OpResult


class OpCommand(QUndoCommand):
    def __init__(
        self, text: str, doc: Document, done: OpResult, on_changes: Callable[[Changes], None]
    ) -> None:
        super().__init__(text)
        self._doc = doc
        self._on_changes = on_changes
        self._inverse = done.undo
        self._redo: Callable[[Document], OpResult] | None = None  # None: already applied

    def undo(self) -> None:
        result = self._inverse(self._doc)
        self._redo = result.undo
        self._on_changes(result.changes)

    def redo(self) -> None:
        if self._redo is None:  # QUndoStack.push calls redo(); the operation already ran
            return
        result = self._redo(self._doc)
        self._inverse = result.undo
        self._on_changes(result.changes)
