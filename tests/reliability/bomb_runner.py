"""Run one bomb in a fresh process and measure it: `python bomb_runner.py KIND DOC FILE`.

KIND is "import" (plan_import of FILE into DOC), "merge" (read FILE as a package and
plan its merge into DOC) or "read" (only read and verify the package). Prints one
JSON line: outcome (refused/read), message, seconds, the peak resident memory grown
after the imports and the peak itself (MB)."""

from __future__ import annotations

import json
import resource
import sys
import time
from pathlib import Path


def _peak_mb() -> float:
    """This process's peak resident memory. Linux keeps getrusage's ru_maxrss across
    exec, so a child of a large parent (pytest) would report the parent's peak; the
    kernel's VmHWM starts afresh with the new program."""
    try:
        with open("/proc/self/status", encoding="ascii") as status:
            for line in status:
                if line.startswith("VmHWM:"):
                    return int(line.split()[1]) / 1024
    except OSError:
        pass
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def main(kind: str, document: str, file: str) -> None:
    from perfdesk.store.document import Document, DocumentError
    from perfdesk.store.exchange.merge import plan_merge
    from perfdesk.store.exchange.package import opened
    from perfdesk.store.import_actuals import plan_import
    from perfdesk.store.import_files import ImportFileError

    base = _peak_mb()
    start = time.perf_counter()
    outcome, message = "read", ""
    with Document.open(Path(document)) as doc:
        try:
            if kind == "import":
                plan_import(doc, Path(file))
            elif kind == "read":
                with opened(file):
                    pass
            else:
                with opened(file) as package:
                    plan_merge(doc, package)
        except ImportFileError as error:
            outcome, message = "refused", f"{error.code}: {error}"
        except DocumentError as error:
            outcome, message = "refused", str(error)
    seconds = time.perf_counter() - start
    print(
        json.dumps(
            {
                "outcome": outcome,
                "message": message,
                "seconds": seconds,
                "grown_mb": _peak_mb() - base,
                "peak_mb": _peak_mb(),
            }
        )
    )


if __name__ == "__main__":
    main(*sys.argv[1:4])
