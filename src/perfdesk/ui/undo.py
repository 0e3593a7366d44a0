"""Undo/redo of document operations: commands that hold an operation's inverse.

The operation has already run when its command is pushed (so a refused input
never reaches the stack); undo runs the stored inverse, whose own inverse is
what redo runs next. The stack never holds copies of the database.

QUndoStack moves its index after calling a command's undo() whatever happens in
it, so a failed undo would leave the stack pointing at a state the file is not
in. UndoHistory therefore runs the inverse first and moves the stack only when it
applied. When it could not: a busy file changed nothing and the history stays as
it was (try again); anything else (another writer changed the rows) clears the
history. Either way `failed` tells the window, which says why.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QAction, QUndoCommand, QUndoStack

from perfdesk.store.document import Document

if TYPE_CHECKING:  # operations load with the first edit, not at start-up
    from perfdesk.store.ops import Changes, OpError, OpResult


class OpCommand(QUndoCommand):
    def __init__(
        self, text: str, doc: Document, done: OpResult, on_changes: Callable[[Changes], None]
    ) -> None:
        super().__init__(text)
        self._doc = doc
        self._on_changes = on_changes
        self._inverse = done.undo
        self._redo: Callable[[Document], OpResult] | None = None
        self._applied = True  # push() calls redo(): the operation has already run
        self.error: OpError | None = None

    def apply_undo(self) -> None:
        """Run the inverse now; raises OpError (nothing written) when it cannot apply."""
        result = self._inverse(self._doc)
        self._redo = result.undo
        self._applied = True  # the stack's undo() that follows has nothing left to do
        self._on_changes(result.changes)

    def apply_redo(self) -> None:
        assert self._redo is not None
        result = self._redo(self._doc)
        self._inverse = result.undo
        self._applied = True
        self._on_changes(result.changes)

    def undo(self) -> None:
        self._step(self.apply_undo)

    def redo(self) -> None:
        self._step(self.apply_redo)

    def _step(self, apply: Callable[[], None]) -> None:
        if self._applied:
            self._applied = False
            return
        # Reached only when something calls QUndoStack.undo()/redo() directly rather
        # than UndoHistory's: an obsolete command is dropped instead of stepped past.
        from perfdesk.store.ops import OpError

        try:
            apply()
        except OpError as error:
            self.error = error
            self.setObsolete(True)
        self._applied = False


class UndoHistory(QUndoStack):
    """The window's undo stack; undo and redo apply before the stack moves."""

    failed = Signal(object, bool, bool)  # (the OpError, was it an undo, history cleared)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)

    def create_actions(self, parent: QObject, undo: str, redo: str) -> tuple[QAction, QAction]:
        """Edit-menu actions whose text follows the stack but which run undo_step/redo_step."""
        undo_action = self.createUndoAction(parent, undo)
        redo_action = self.createRedoAction(parent, redo)
        # Qt wires them to QUndoStack.undo()/redo(), which move the stack even when the
        # command failed; route them through the checked steps instead.
        undo_action.triggered.disconnect()
        undo_action.triggered.connect(self.undo_step)
        redo_action.triggered.disconnect()
        redo_action.triggered.connect(self.redo_step)
        return undo_action, redo_action

    def undo_step(self) -> bool:
        """Undo the last step; False (and `failed` emitted) when it could not apply."""
        if not self.canUndo():
            return False
        command = self.command(self.index() - 1)
        if isinstance(command, OpCommand) and not self._apply(command.apply_undo, True):
            return False
        self.undo()
        return True

    def redo_step(self) -> bool:
        if not self.canRedo():
            return False
        command = self.command(self.index())
        if isinstance(command, OpCommand) and not self._apply(command.apply_redo, False):
            return False
        self.redo()
        return True

    def _apply(self, apply: Callable[[], None], undo: bool) -> bool:
        from perfdesk.store.ops import NotSaved, OpError

        try:
            apply()
        except OpError as error:
            keep = isinstance(error, NotSaved) and error.retry
            if not keep:
                self.clear()
            self.failed.emit(error, undo, not keep)
            return False
        return True
