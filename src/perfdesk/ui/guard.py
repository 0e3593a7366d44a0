"""The one guard that keeps exceptions inside Qt overrides and slots.

PySide6 can abort the whole process (exit 139 inside shiboken) when a Python
exception leaves a virtual override such as `showEvent` or a model's `data`.
Every override and slot that runs our code is wrapped with `guarded`: the
exception is printed, the object that failed may show an error state (its
`guard_failed(error)` hook), and the crash dialog is opened later from the
event loop, never inside a paint or a `data()` call.
"""

from __future__ import annotations

import functools
import sys
import traceback
from collections.abc import Callable
from typing import Any, TypeVar, cast, overload

F = TypeVar("F", bound=Callable[..., Any])

# Who shows the crash dialog: set by errors.install_crash_handler. Tests and
# the headless checks can run without one (the error is then only printed).
_presenter: Callable[[BaseException, str], None] | None = None
_pending = False  # a dialog is queued or open: later errors are only printed
_printed: set[str] = set()  # a failing data() repeats on every paint; print it once


def set_presenter(presenter: Callable[[BaseException, str], None] | None) -> None:
    global _presenter
    _presenter = presenter


def presenter_done() -> None:
    """Called when the crash dialog closes, so the next error gets one again."""
    global _pending
    _pending = False


def report(error: BaseException) -> None:
    """Print `error` (once per distinct message) and queue the crash dialog."""
    global _pending
    details = "".join(traceback.format_exception(type(error), error, error.__traceback__))
    key = f"{type(error).__name__}: {error}"
    if key not in _printed and len(_printed) < 100:
        _printed.add(key)
        print(details, file=sys.stderr)
    if _presenter is None or _pending:
        return
    _pending = True
    presenter = _presenter
    from PySide6.QtCore import QTimer

    # Queued: a modal dialog must never start inside paint, data() or showEvent.
    QTimer.singleShot(0, lambda: presenter(error, details))


@overload
def guarded(func: F, *, default: Any = None) -> F: ...
@overload
def guarded(func: None = None, *, default: Any = None) -> Callable[[F], F]: ...
def guarded(func: Any = None, *, default: Any = None) -> Any:
    """Decorate a Qt override or slot: an exception is reported and `default` returned.

    When the first argument (self) has a `guard_failed(error)` method it is told,
    so a tab can replace its content with an error state.
    """

    def decorate(function: F) -> F:
        @functools.wraps(function)
        def wrapper(*args: Any, **kwargs: Any) -> Any:
            try:
                return function(*args, **kwargs)
            except KeyboardInterrupt:
                from PySide6.QtWidgets import QApplication

                QApplication.quit()
                return default
            except Exception as error:
                _tell_owner(args, error)
                report(error)
                return default

        return cast(F, wrapper)

    return decorate(func) if func is not None else decorate


def _tell_owner(args: tuple[Any, ...], error: BaseException) -> None:
    hook = getattr(args[0], "guard_failed", None) if args else None
    if not callable(hook):
        return
    try:
        hook(error)
    except Exception as inner:  # the error state itself failed: report that too
        report(inner)


def call_guarded(function: Callable[..., Any], *args: Any) -> Any:
    """Run `function(*args)` under the guard (for lambdas connected to signals)."""
    return guarded(function)(*args)
