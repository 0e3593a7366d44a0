"""Start-up time: process start to main window shown, perfdesk vs an empty Qt window.

perfdesk runs through its real command line (`perfdesk FILE`), with the document
open and its first tab filled when the window is reported shown.

    python benchmarks/startup.py [--runs 11] [--file DEMO.perfdesk] [--lang zh]

Each run is a fresh process (offscreen). Prints a table of medians, peak memory,
which heavy libraries were loaded by the time the window showed, and a last line
`ratio: X.XX` (perfdesk / empty window). Goal: ratio <= 1.3.
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

EMPTY_WINDOW = r"""
import json, re, sys, time
from PySide6.QtWidgets import QApplication, QMainWindow, QTabWidget, QWidget
app = QApplication(sys.argv[:1])
window = QMainWindow()
tabs = QTabWidget()
for name in ("Goals", "KPI Entry", "Review Meeting", "Actions"):
    tabs.addTab(QWidget(), name)
window.setCentralWidget(tabs)
window.resize(1280, 800)
window.show()
while not window.windowHandle().isExposed():
    app.processEvents()
app.processEvents()
# VmHWM, not ru_maxrss: Linux carries ru_maxrss over from the parent across exec.
rss_kb = int(re.search(r"VmHWM:\s+(\d+)", open("/proc/self/status").read()).group(1))
print(json.dumps({"shown": time.time(), "rss_kb": rss_kb,
                  "heavy": []}))
"""

PERFDESK_WINDOW = r"""
import json, re, sys, time
from PySide6.QtWidgets import QApplication
from perfdesk.cli import main

# The real command line (`perfdesk FILE --lang L`); only the event loop is replaced
# by "wait until the window is on screen, report, return".
def shown_and_return(app):
    window = next(w for w in QApplication.topLevelWidgets() if hasattr(w, "context"))
    while window.windowHandle() is None or not window.windowHandle().isExposed():
        app.processEvents()
    app.processEvents()
    heavy = sorted({m.split(".")[0] for m in sys.modules} &
                   {"pandas", "numpy", "matplotlib", "reportlab", "sqlite_utils"})
    assert getattr(window, "context", None) is not None, "document did not open"
    # VmHWM, not ru_maxrss: Linux carries ru_maxrss over from the parent across exec.
    rss_kb = int(re.search(r"VmHWM:\s+(\d+)", open("/proc/self/status").read()).group(1))
    print(json.dumps({"shown": time.time(), "rss_kb": rss_kb, "heavy": heavy}))
    return 0

QApplication.exec = shown_and_return
sys.exit(main([sys.argv[1], "--lang", sys.argv[2]]))
"""


def run_once(script: str, args: list[str]) -> dict:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    started = time.time()
    out = subprocess.run(
        [sys.executable, "-c", script, *args], capture_output=True, text=True, env=env, check=True
    ).stdout
    result = json.loads(out.strip().splitlines()[-1])
    result["seconds"] = result["shown"] - started
    return result


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=11)
    parser.add_argument("--file", type=Path, help="document to open (default: a fresh demo)")
    parser.add_argument("--lang", choices=["zh", "en"], default="zh")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        file = args.file
        if file is None:
            from perfdesk.demo import build_demo

            file = build_demo(Path(tmp) / "demo.perfdesk", lang=args.lang)
        # Private settings so a saved geometry or language does not skew the runs.
        os.environ["XDG_CONFIG_HOME"] = str(Path(tmp) / "config")
        results: dict[str, list[dict]] = {"empty QMainWindow, 4 tabs": [], "perfdesk": []}
        run_once(EMPTY_WINDOW, [])  # warm the disk cache for both
        run_once(PERFDESK_WINDOW, [str(file), args.lang])
        for _ in range(args.runs):  # interleaved, so machine noise hits both alike
            results["empty QMainWindow, 4 tabs"].append(run_once(EMPTY_WINDOW, []))
            results["perfdesk"].append(run_once(PERFDESK_WINDOW, [str(file), args.lang]))
    print(
        f"startup to window shown, offscreen, {args.runs} runs each, file {file.name}, "
        f"lang {args.lang}"
    )
    print(f"{'what':<28}{'median s':>10}{'min s':>9}{'max s':>9}{'peak RSS MB':>13}  heavy libs")
    medians = {}
    for name, runs in results.items():
        seconds = [r["seconds"] for r in runs]
        medians[name] = statistics.median(seconds)
        rss = statistics.median(r["rss_kb"] for r in runs) / 1024
        heavy = ",".join(runs[-1]["heavy"]) or "none"
        print(
            f"{name:<28}{medians[name]:>10.3f}{min(seconds):>9.3f}{max(seconds):>9.3f}"
            f"{rss:>13.1f}  {heavy}"
        )
    print(f"ratio: {medians['perfdesk'] / medians['empty QMainWindow, 4 tabs']:.2f}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
