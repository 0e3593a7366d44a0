"""Running one store operation from a form or a key as one undo step.

What the organisation editor does for units and people (ui/org_editing.py), for
the KPI library and the goal tree: the operation runs, its result goes on the
window's undo stack and the window refreshes what it changed; a refusal goes to
the caller (to show next to a field) or a message; a read-only document says so.
"""

from __future__ import annotations

import sys
from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMessageBox

from perfdesk.store.document import Document, ReadOnlyError
from perfdesk.ui.errors import show_message
from perfdesk.ui.op_errors import show_op_error
from perfdesk.ui.undo import OpCommand

if TYPE_CHECKING:
    from perfdesk.store.ops import OpError, OpResult


def read_only_text() -> str:
    return QCoreApplication.translate(
        "OpRunner", "This document is open read-only; nothing was changed."
    )


def run_op(
    window: Any,
    text: str,
    operation: Callable[[Document], OpResult],
    refused: Callable[[OpError], None] | None = None,
) -> OpResult | None:
    """Run `operation` on the window's document as one undo step named `text`."""
    from perfdesk.store.ops import OpError

    context = window.context
    if context is None:
        return None
    if context.doc.read_only:
        show_message(window, QMessageBox.Icon.Information, text, read_only_text())
        return None
    try:
        result = operation(context.doc)
    except OpError as error:
        print(f"perfdesk: {text}: {error}", file=sys.stderr)  # English, for logs
        if refused is not None:
            refused(error)
        else:
            show_op_error(window, text, error, window.language)
        return None
    except ReadOnlyError:
        show_message(window, QMessageBox.Icon.Information, text, read_only_text())
        return None
    window.undo_stack.push(OpCommand(text, context.doc, result, window.apply_changes))
    window.apply_changes(result.changes)
    return result
