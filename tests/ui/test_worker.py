"""Work off the UI thread outlives the dialog that started it without taking the app down.

A QThread destroyed while it runs aborts the process ("QThread: Destroyed while thread is
still running"): a dialog closed with its window mid-preview did that now and then. The
scenario runs in a child process, so a regression fails this test instead of killing the
test run.
"""

from __future__ import annotations

import os
import subprocess
import sys

SCRIPT = r"""
import threading, time
from PySide6.QtWidgets import QApplication, QDialog
from shiboken6 import delete
from perfdesk.ui.worker import Worker, start

app = QApplication([])
dialog = QDialog()
began, cancelled_seen, done_calls = threading.Event(), threading.Event(), []

def work(progress, cancelled):
    began.set()
    while not cancelled():
        time.sleep(0.01)
    cancelled_seen.set()
    return "stopped"

worker = Worker(work)
start(dialog, worker, lambda: done_calls.append(1))
began.wait(5)
delete(dialog)  # the dialog's C++ object goes now, its thread still running
del worker, dialog
deadline = time.time() + 10
while not cancelled_seen.is_set() and time.time() < deadline:
    app.processEvents()
    time.sleep(0.01)
for _ in range(50):
    app.processEvents()
    time.sleep(0.01)
print("cancelled" if cancelled_seen.is_set() else "not cancelled",
      "done" if done_calls else "no done")
"""


def test_a_dialog_destroyed_mid_work_cancels_it_and_the_app_lives() -> None:
    result = subprocess.run(
        [sys.executable, "-c", SCRIPT],
        capture_output=True,
        text=True,
        timeout=60,
        env={**os.environ, "QT_QPA_PLATFORM": "offscreen"},
    )
    assert "Destroyed while thread is still running" not in result.stderr
    assert result.returncode == 0, result.stderr[-2000:]
    # The work was told to stop; the gone dialog's `done` was not called.
    assert result.stdout.split() == ["cancelled", "no", "done"]
