"""One piece of work off the UI thread, with progress and a Cancel that it checks.

The import's preview and apply and the export run through it: the work gets a
`progress(done, total)` to call and a `cancelled()` to ask between steps (raising its
own exception to stop); its result or its exception comes back on the UI thread as a
signal. The work must not touch widgets, nor the window's connection (a worker opens
its own: sqlite3 objects belong to one thread at a time).
"""

from __future__ import annotations

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


def start(parent: QObject, worker: Worker, done: Callable[[], None]) -> QThread:
    """Run `worker` on a new thread owned by `parent`; `done` runs on the UI thread once
    the thread has ended (after `finished` or `failed` was delivered)."""
    thread = QThread(parent)
    worker.moveToThread(thread)
    thread.started.connect(worker.run)
    worker.finished.connect(thread.quit)
    worker.failed.connect(thread.quit)
    thread.finished.connect(done)
    thread.start()
    return thread
