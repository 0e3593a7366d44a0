"""One piece of work off the UI thread, with progress and a Cancel that it checks.

The import's preview and apply and the export run through it: the work gets a
`progress(done, total)` to call and a `cancelled()` to ask between steps (raising its
own exception to stop); its result or its exception comes back on the UI thread as a
signal. The work must not touch widgets, nor the window's connection (a worker opens
its own: sqlite3 objects belong to one thread at a time).
"""

from __future__ import annotations

import atexit
import threading
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, QThread, Signal

from perfdesk.ui.guard import guarded

Progress = Callable[[int, int], None]
Cancelled = Callable[[], bool]
Work = Callable[[Progress, Cancelled], Any]


class Worker(QObject):
    progressed = Signal(int, int)
    finished = Signal(object)  # the work's result
    failed = Signal(object)  # the exception it raised

    def __init__(self, work: Work) -> None:
        super().__init__()
        self.work = work
        self.cancel = threading.Event()

    @guarded
    def run(self) -> None:
        try:
            result = self.work(self.progressed.emit, self.cancel.is_set)
        except Exception as error:
            self.failed.emit(error)
            return
        self.finished.emit(result)


# Threads under way, with their workers: kept alive here rather than by the dialog that
# started them. A QThread destroyed while it runs aborts the whole process ("QThread:
# Destroyed while thread is still running"), which a dialog closed with its window, or a
# test ending mid-preview, would otherwise do.
_running: dict[QThread, Worker] = {}


def start(parent: QObject, worker: Worker, done: Callable[[], None]) -> QThread:
    """Run `worker` on a new thread; `done` runs on the UI thread once the thread has
    ended (after `finished` or `failed` was delivered), unless `parent` is gone by then
    (then the work was told to cancel). Either way the thread and the worker are deleted
    after that: the caller only forgets them."""
    thread = QThread()
    worker.moveToThread(thread)
    thread.started.connect(worker.run)
    worker.finished.connect(thread.quit)
    worker.failed.connect(thread.quit)
    owner = {"alive": True}

    def owner_gone() -> None:
        owner["alive"] = False
        worker.cancel.set()

    def ended() -> None:
        _running.pop(thread, None)
        if owner["alive"]:
            done()
        thread.deleteLater()
        worker.deleteLater()

    parent.destroyed.connect(owner_gone)
    thread.finished.connect(guarded(ended))
    _running[thread] = worker
    thread.start()
    return thread


def stop_all(timeout_ms: int = 30000) -> None:
    """Cancel every thread under way and wait for each (the app is quitting)."""
    for thread, worker in list(_running.items()):
        worker.cancel.set()
        thread.quit()
        thread.wait(timeout_ms)


atexit.register(stop_all)
