"""The child process the crash tests kill: it writes to a document and says, on stdout,
each change *after* its commit returned ("c …"), so the parent knows what must survive.

Run by path (``python writer_child.py KIND FILE ARGS…``); it imports only
``perfdesk.store`` (no Qt, no window), so a child starts in a fraction of a second.
Kinds (each prints "ready" once the document is open, then loops until killed unless
said otherwise):

- ``edits FILE CELLS RUN`` — single edits (ops.set_actual), one cell each;
- ``paste FILE CELLS RUN`` — 500-cell pastes (ops.set_values, one transaction each);
- ``import FILE CSV`` — one import of actuals (plan, "applying", apply_import, "c");
- ``merge FILE PACKAGE`` — one merge of a package ("merging", merge_packages, "c");
- ``meeting FILE MEETING`` — clock events of a running meeting (started if planned);
- ``hold FILE CELLS`` — a writer that keeps the document open: sets each cell's actual
  to 1, 2, … ("c i" each), says "ready", then waits for one line on stdin: "merge
  PACKAGE" merges it ("c merged") before closing, anything else just closes;
- ``stop FILE CELLS RUN AFTER SPILL`` — one 500-cell paste that stops itself (SIGSTOP)
  after AFTER progress-handler calls, for the power-loss images; with SPILL 1 its page
  cache is tiny, so changed pages spill into the file before the commit;
- ``save FILE CELLS`` — one 500-cell paste on a disk that may be full: prints "saved",
  or "refused CODE: message" (ops.NotSaved) and exits 1.

CELLS is a JSON file of [goal id, period] pairs. The values written are a pure function
of (RUN, n), so the parent can rebuild every state the child may have left: see
``edit_value`` and ``paste_value``.
"""

from __future__ import annotations

import json
import os
import signal
import sys
import time

EDIT_KINDS = ("edits", "paste", "stop")
PASTE = 500


def edit_value(run: int, n: int) -> float:
    """The value the n-th single edit of run `run` writes (its cell: edit_cell)."""
    return float((run * 37 + n) % 89 + 1)


def edit_cell(run: int, n: int, cells: int) -> int:
    return (run * 11 + n) % cells


def paste_value(run: int, n: int, i: int) -> float:
    """The value the n-th paste of run `run` writes to its i-th cell."""
    return float((run * 13 + n * 7 + i) % 89 + 1)


def say(text: str) -> None:
    sys.stdout.write(text + "\n")
    sys.stdout.flush()


def main(argv: list[str]) -> None:
    kind, args = argv[0], argv[1:]
    from perfdesk.store import ops
    from perfdesk.store.document import Document

    doc = Document.open(args[0], take_over=True)  # a killed writer's claim is stale
    if kind in EDIT_KINDS:
        with open(args[1], encoding="utf-8") as handle:
            cells = [tuple(cell) for cell in json.load(handle)]
        run = int(args[2])
        if kind == "stop":
            _stop(doc, cells, run, int(args[3]), args[4] == "1")
            return
        say("ready")
        n = 0
        while True:
            if kind == "edits":
                goal, period = cells[edit_cell(run, n, len(cells))]
                ops.set_actual(doc, goal, period, edit_value(run, n))
            else:
                ops.set_values(
                    doc,
                    [(g, p, "actual", paste_value(run, n, i)) for i, (g, p) in enumerate(cells)],
                )
            say(f"c {n}")
            n += 1
    elif kind == "import":
        from pathlib import Path

        from perfdesk.store.import_actuals import apply_import, plan_import

        plan = plan_import(doc, Path(args[1]))
        say("applying")
        result = apply_import(doc, plan)
        say(f"c {result.backup}")
    elif kind == "merge":
        from perfdesk.store.exchange.apply import merge_packages
        from perfdesk.store.exchange.merge import plan_merge
        from perfdesk.store.exchange.package import read_package

        package = read_package(args[1])
        plan = plan_merge(doc, package)
        say("merging")
        merged = merge_packages(doc, [plan])
        say(f"c {merged.backup}")
    elif kind == "meeting":
        _meeting(doc, args[1])
    elif kind == "save":
        with open(args[1], encoding="utf-8") as handle:
            cells = [tuple(cell) for cell in json.load(handle)]
        try:
            ops.set_values(doc, [(g, p, "actual", 3.0) for g, p in cells])
        except ops.NotSaved as exc:
            say(f"refused {exc.code}: {exc}")
            doc.close()
            sys.exit(1)
        say("saved")
        doc.close()
    elif kind == "hold":
        with open(args[1], encoding="utf-8") as handle:
            for i, (goal, period) in enumerate(json.load(handle)):
                ops.set_actual(doc, goal, period, float(i + 1))
                say(f"c {i}")
        say("ready")
        order = sys.stdin.readline().split()
        if order[:1] == ["merge"]:
            from perfdesk.store.exchange.apply import merge_packages
            from perfdesk.store.exchange.merge import plan_merge
            from perfdesk.store.exchange.package import read_package

            plan = plan_merge(doc, read_package(order[1]))
            plan.decide("newer")
            merge_packages(doc, [plan])
            say("c merged")
        doc.close()


# Clock events a running meeting gets, in turn: none leaves the agenda or ends it.
MEETING_STEPS = (
    ("next", None),
    ("pause", None),
    ("resume", None),
    ("extend", 60.0),
    ("next", None),
    ("previous", None),
    ("shorten", 30.0),
    ("previous", None),
)


def _meeting(doc: object, meeting: str) -> None:
    from perfdesk.store import ops
    from perfdesk.store.document import Document
    from perfdesk.store.repo_meeting_run import meeting_events, running_meeting

    assert isinstance(doc, Document)
    if running_meeting(doc.conn) is None:
        ops.start_meeting(doc, meeting, int(time.time() * 1000))
        say("c 0")
    say("ready")
    while True:
        seq = len(meeting_events(doc.conn, meeting))
        step, amount = MEETING_STEPS[seq % len(MEETING_STEPS)]
        if step == "resume" and meeting_events(doc.conn, meeting)[-1].kind != "pause":
            step, amount = "pause", None
        elif step != "resume" and meeting_events(doc.conn, meeting)[-1].kind == "pause":
            step, amount = "resume", None
        written = ops.record_event(doc, meeting, step, int(time.time() * 1000), amount=amount)
        say(f"c {written}")


def _stop(doc: object, cells: list[tuple[str, ...]], run: int, after: int, spill: bool) -> None:
    """One paste that freezes itself mid-transaction: the parent copies the file and its
    journal as they are on disk at that moment (a crash image), then kills it."""
    from perfdesk.store import ops
    from perfdesk.store.document import Document

    assert isinstance(doc, Document)
    if spill:
        doc.conn.execute("PRAGMA cache_size = 8")  # pages go into the file mid-transaction
    calls = 0

    def handler() -> int:
        nonlocal calls
        calls += 1
        if calls == after:
            say("stopped")
            os.kill(os.getpid(), signal.SIGSTOP)
        return 0

    doc.conn.set_progress_handler(handler, 50)
    ops.set_values(
        doc, [(g, p, "actual", paste_value(run, 0, i)) for i, (g, p) in enumerate(cells)]
    )
    doc.conn.set_progress_handler(None, 0)
    say(f"c 0 {calls}")
    doc.close()


if __name__ == "__main__":
    main(sys.argv[1:])
