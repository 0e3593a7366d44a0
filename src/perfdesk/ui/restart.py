"""The command line that restarts perfdesk (after a language change) on the same document."""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path


def restart_command(
    original: Sequence[str], arguments: int, document: Path | None, read_only: bool = False
) -> list[str]:
    """How to start perfdesk again on `document`.

    `original` is sys.orig_argv (interpreter, its options, the program) followed by
    the `arguments` - 1 arguments perfdesk got (len(sys.argv) == arguments). Those
    are dropped: a --lang would override the saved choice, and a file or --demo
    would open something else than the document open now.
    """
    program = list(original[: len(original) - arguments + 1])
    if document is None:
        return program
    return [*program, *(["--read-only"] if read_only else []), str(document)]
