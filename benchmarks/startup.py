"""Start-up time and memory: `perfdesk FILE` to main window shown, against its floor.

The yardstick (issue 16, "Performance") is the *floor* for the same first screen,
measured side by side in the same run: the smallest program that shows it — a
QMainWindow with the 4 tabs, the bundled font registered, `Qt` enums touched, and
one QTableView with the rows the first tab (Goals, the company's goals) shows, read
by plain `sqlite3`. perfdesk runs through its real command line (`perfdesk FILE`),
with the document open and its first tab filled when the window is reported shown.

    python benchmarks/startup.py [--runs 11] [--refreshes 100] [--lang zh]
                                 [--small S.perfdesk] [--company C.perfdesk]
                                 [--bundle dist/perfdesk/perfdesk]

Each run is a fresh process (offscreen), interleaved so machine noise hits every
program alike. Demos are built fresh unless given. It compiles the package first, to
time what an installed wheel (with .pyc) does.

Goals: perfdesk <= 1.2x the floor on the small and the company demo; company /
small <= 1.1; with the company demo open and every tab shown < 150 MiB, and flat
(+-5 MiB) over 100 refreshes of a tab. "cpu s" is the process's CPU time up to the
window shown (steadier than the wall clock on a shared, busy machine). The last line
is `ratio: X.XX` (perfdesk / empty window on the small demo, as before).

--bundle PROGRAM adds the standalone build (installer/build.sh) to the same runs: it is
started as `PROGRAM FILE --lang L` with PERFDESK_STARTUP_REPORT=1, which makes its
entry (installer/launch.py) replace the event loop the same way as for "perfdesk FILE"
here, and the table gains "bundled perfdesk / perfdesk" (goal: no regression, <= 1.1).
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

# Reported by every program: when the window was exposed, and the peak memory.
# VmHWM, not ru_maxrss: Linux carries ru_maxrss over from the parent across exec.
_REPORT = r"""
def report(window, app, heavy=()):
    while window.windowHandle() is None or not window.windowHandle().isExposed():
        app.processEvents()
    app.processEvents()
    rss_kb = int(re.search(r"VmHWM:\s+(\d+)", open("/proc/self/status").read()).group(1))
    print(json.dumps({"shown": time.time(), "cpu": time.process_time(), "rss_kb": rss_kb,
                      "heavy": sorted(heavy)}))
"""

EMPTY_WINDOW = (
    r"""
import json, re, sys, time
from PySide6.QtWidgets import QApplication, QMainWindow, QTabWidget, QWidget
"""
    + _REPORT
    + r"""
app = QApplication(sys.argv[:1])
window = QMainWindow()
tabs = QTabWidget()
for name in ("Goals", "KPI Entry", "Review Meeting", "Actions"):
    tabs.addTab(QWidget(), name)
window.setCentralWidget(tabs)
window.resize(1280, 800)
window.show()
report(window, app)
"""
)

# The floor: the same first screen with nothing but Qt and sqlite3. argv: FILE FONT LANG
FLOOR_WINDOW = (
    r"""
import json, re, sqlite3, sys, time
from PySide6.QtCore import Qt
from PySide6.QtGui import QFont, QFontDatabase, QStandardItem, QStandardItemModel
from PySide6.QtWidgets import QApplication, QMainWindow, QTabWidget, QTableView, QWidget
"""
    + _REPORT
    + r"""
file, font_file, lang = sys.argv[1:4]
app = QApplication(sys.argv[:1])
QFontDatabase.addApplicationFont(font_file)
font = QApplication.font()
font.setFamilies([*font.families(), "WenQuanYi Micro Hei"])
QApplication.setFont(font)
right, display = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter, Qt.ItemDataRole
conn = sqlite3.connect(f"file:{file}?mode=ro", uri=True)
meta = dict(conn.execute("SELECT key, value FROM meta"))
focus = meta["latest_actual_month"]
year = focus[:4]
root = conn.execute(
    "SELECT id FROM org_units WHERE parent_id IS NULL AND deleted = 0 ORDER BY sort_order"
).fetchone()[0]
rows = conn.execute(
    f"SELECT k.name_{lang}, g.weight, g.target, SUM(v.target), SUM(v.actual) "
    "FROM goals g JOIN kpis k ON k.id = g.kpi_id "
    "LEFT JOIN goal_values v ON v.goal = g.key AND v.period BETWEEN ? AND ? "
    "WHERE g.unit_id = ? AND g.period = ? AND g.archived = 0 AND g.deleted = 0 "
    "GROUP BY g.key ORDER BY g.sort_order, g.rowid",
    (f"{year}-01", focus, root, year),
).fetchall()
model = QStandardItemModel(len(rows), 7)
model.setHorizontalHeaderLabels(["KPI", "Weight", "Year target", "Target to date",
                                 "Actual to date", "Achievement", "Year done"])
for r, (name, weight, target, target_to_date, actual) in enumerate(rows):
    cells = [name, f"{weight:g}%", f"{target or 0:,.0f}", f"{target_to_date or 0:,.0f}",
             f"{actual or 0:,.0f}",
             f"{(actual or 0) / target_to_date:.1%}" if target_to_date else "",
             f"{(actual or 0) / target:.1%}" if target else ""]
    for c, text in enumerate(cells):
        item = QStandardItem(text)
        if c:
            item.setTextAlignment(right)
        model.setItem(r, c, item)
window = QMainWindow()
tabs = QTabWidget()
table = QTableView()
table.setModel(model)
tabs.addTab(table, "Goals")
for name in ("KPI Entry", "Review Meeting", "Actions"):
    tabs.addTab(QWidget(), name)
window.setCentralWidget(tabs)
window.resize(1280, 800)
window.show()
report(window, app)
"""
)

PERFDESK_WINDOW = (
    r"""
import json, re, sys, time
from perfdesk.cli import main
import perfdesk.ui.app
"""
    + _REPORT
    + r"""
HEAVY = {"pandas", "numpy", "matplotlib", "reportlab", "sqlite_utils", "pypinyin", "openpyxl"}

# The real command line (`perfdesk FILE --lang L`); only the event loop is replaced
# by "wait until the window is on screen, report, return". Qt is not imported here
# first: the `perfdesk` program imports perfdesk.cli, which imports Qt only when a
# window is asked for, so the exec is replaced as the application is made.
def shown_and_return(app):
    from PySide6.QtWidgets import QApplication
    window = next(w for w in QApplication.topLevelWidgets() if hasattr(w, "context"))
    assert window.context is not None, "document did not open"
    report(window, app, {m.split(".")[0] for m in sys.modules} & HEAVY)
    return 0

make_application = perfdesk.ui.app.create_application
def create_application(*args, **kwargs):
    app, language = make_application(*args, **kwargs)
    type(app).exec = shown_and_return
    return app, language

perfdesk.ui.app.create_application = create_application
sys.exit(main([sys.argv[1], "--lang", sys.argv[2]]))
"""
)

# Memory with the company demo: open, show every tab, then refresh tabs N times each.
MEMORY = r"""
import json, re, sys, time
from pathlib import Path
from PySide6.QtWidgets import QApplication
from perfdesk.ui.app import start_window

def rss_mib():
    status = open("/proc/self/status").read()
    return int(re.search(r"VmRSS:\s+(\d+)", status).group(1)) / 1024

file, lang, count = sys.argv[1], sys.argv[2], int(sys.argv[3])
app, window = start_window(Path(file), lang=lang)
assert window.context is not None, "document did not open"
for index in range(window.tabs.count()):
    window.tabs.setCurrentIndex(index)
    for _ in range(3):
        app.processEvents()
# The background check of the opened file (ui/verify.py) starts 0.5 s after opening and
# reads the whole file on a thread: let it finish, so its memory is not counted as the
# refreshes' growth.
started = time.time()
while time.time() - started < 60 and (time.time() - started < 1 or window.verifier.running):
    app.processEvents()
    time.sleep(0.01)
result = {"all tabs shown": rss_mib(), "peak": 0.0, "refresh": {}}
for index in range(window.tabs.count()):
    window.tabs.setCurrentIndex(index)
    app.processEvents()
    tab = window.current_tab()
    tab.refresh()  # one to warm caches, then measure
    app.processEvents()
    before = rss_mib()
    for _ in range(count):
        tab.refresh()
        app.processEvents()
    result["refresh"][type(tab).__name__] = [before, rss_mib()]
result["peak"] = int(re.search(r"VmHWM:\s+(\d+)", open("/proc/self/status").read()).group(1)) / 1024
print(json.dumps(result))
"""


def _env() -> dict[str, str]:
    return {**os.environ, "QT_QPA_PLATFORM": "offscreen"}


BUNDLE = "bundle"  # the script of a program that is the standalone build itself


def run_once(script: str, args: list[str]) -> dict:
    started = time.time()
    if script == BUNDLE:  # args: [program, FILE, LANG]
        command = [args[0], args[1], "--lang", args[2]]
        env = {**_env(), "PERFDESK_STARTUP_REPORT": "1"}
    else:
        command, env = [sys.executable, "-c", script, *args], _env()
    out = subprocess.run(
        command,
        capture_output=True,
        text=True,
        env=env,
        check=True,
    ).stdout
    result = json.loads(out.strip().splitlines()[-1])
    result["seconds"] = result["shown"] - started
    return result


def measure_memory(file: Path, lang: str, refreshes: int) -> dict:
    out = subprocess.run(
        [sys.executable, "-c", MEMORY, str(file), lang, str(refreshes)],
        capture_output=True,
        text=True,
        env=_env(),
        check=True,
    ).stdout
    return json.loads(out.strip().splitlines()[-1])


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=11)
    parser.add_argument("--refreshes", type=int, default=100, help="per tab, memory check")
    parser.add_argument("--small", type=Path, help="small demo to open (default: built fresh)")
    parser.add_argument("--company", type=Path, help="company demo (default: built fresh, ~5 s)")
    parser.add_argument("--lang", choices=["zh", "en"], default="zh")
    parser.add_argument(
        "--bundle", type=Path, metavar="PROGRAM", help="also time the standalone build"
    )
    parser.add_argument(
        "--no-memory", action="store_true", help="skip the memory check (company demo)"
    )
    args = parser.parse_args()
    _compile_package()
    from perfdesk.demo import build_demo
    from perfdesk.paths import font_path

    with tempfile.TemporaryDirectory() as tmp:
        files = {
            "small": args.small or build_demo(Path(tmp) / "small.perfdesk", lang=args.lang),
            "company": args.company
            or build_demo(Path(tmp) / "company.perfdesk", lang=args.lang, size="company"),
        }
        # Private settings so a saved geometry or language does not skew the runs.
        os.environ["XDG_CONFIG_HOME"] = str(Path(tmp) / "config")
        programs = {"empty QMainWindow, 4 tabs": (EMPTY_WINDOW, lambda f: [])}
        programs["floor (Qt + sqlite3)"] = (
            FLOOR_WINDOW,
            lambda f: [str(f), str(font_path()), args.lang],
        )
        programs["perfdesk FILE"] = (PERFDESK_WINDOW, lambda f: [str(f), args.lang])
        if args.bundle:
            bundle = str(args.bundle.resolve())
            programs["bundled perfdesk FILE"] = (BUNDLE, lambda f: [bundle, str(f), args.lang])
        results: dict[tuple[str, str], list[dict]] = {}
        for file in files.values():
            for script, argv in programs.values():  # warm the disk cache for all
                run_once(script, argv(file))
        for _ in range(args.runs):  # interleaved, so machine noise hits all alike
            for size, file in files.items():
                for name, (script, argv) in programs.items():
                    if name.startswith("empty") and size == "company":
                        continue  # opens no file: one set of runs is enough
                    results.setdefault((size, name), []).append(run_once(script, argv(file)))
        memory = (
            None if args.no_memory else measure_memory(files["company"], args.lang, args.refreshes)
        )

    print(
        f"startup to window shown, offscreen, {args.runs} runs each, lang {args.lang}, "
        f"{'every .pyc current' if _compiled() else 'some .pyc missing or stale'}"
    )
    print(
        f"{'demo':<9}{'what':<27}{'median s':>9}{'min s':>8}{'max s':>8}{'cpu s':>7}"
        f"{'peak RSS MiB':>14}  heavy libs loaded"
    )
    medians: dict[tuple[str, str], float] = {}
    cpus: dict[tuple[str, str], float] = {}
    for (size, name), runs in results.items():
        seconds = [r["seconds"] for r in runs]
        medians[(size, name)] = statistics.median(seconds)
        cpus[(size, name)] = statistics.median(r["cpu"] for r in runs)
        rss = statistics.median(r["rss_kb"] for r in runs) / 1024
        heavy = ",".join(runs[-1]["heavy"]) or "none"
        print(
            f"{size:<9}{name:<27}{medians[(size, name)]:>9.3f}{min(seconds):>8.3f}"
            f"{max(seconds):>8.3f}{cpus[(size, name)]:>7.3f}{rss:>14.1f}  {heavy}"
        )
    empty = medians[("small", "empty QMainWindow, 4 tabs")]
    for size in files:
        app, floor = medians[(size, "perfdesk FILE")], medians[(size, "floor (Qt + sqlite3)")]
        cpu = cpus[(size, "perfdesk FILE")] / cpus[(size, "floor (Qt + sqlite3)")]
        print(
            f"{size}: perfdesk / floor {app / floor:.2f} (goal <= 1.2), "
            f"perfdesk / empty window {app / empty:.2f}, CPU time perfdesk / floor {cpu:.2f}"
        )
    print(
        "company / small (perfdesk): "
        f"{medians[('company', 'perfdesk FILE')] / medians[('small', 'perfdesk FILE')]:.2f} "
        "(goal <= 1.1), CPU time "
        f"{cpus[('company', 'perfdesk FILE')] / cpus[('small', 'perfdesk FILE')]:.2f}"
    )
    if args.bundle:
        for size in files:
            ratio = medians[(size, "bundled perfdesk FILE")] / medians[(size, "perfdesk FILE")]
            cpu = cpus[(size, "bundled perfdesk FILE")] / cpus[(size, "perfdesk FILE")]
            print(
                f"{size}: bundled perfdesk / perfdesk {ratio:.2f} (goal <= 1.1), CPU time {cpu:.2f}"
            )
    if memory is None:
        print(f"ratio: {medians[('small', 'perfdesk FILE')] / empty:.2f}")
        return 0
    print(
        f"memory, company demo, every tab shown: {memory['all tabs shown']:.1f} MiB "
        f"(goal < 150); peak {memory['peak']:.1f} MiB"
    )
    for tab, (before, after) in memory["refresh"].items():
        print(
            f"  {tab:<12} {args.refreshes} refreshes: {before:.1f} -> {after:.1f} MiB "
            f"({after - before:+.1f}, goal within +-5)"
        )
    print(f"ratio: {medians[('small', 'perfdesk FILE')] / empty:.2f}")
    return 0


def _compile_package() -> None:
    """Write every module's .pyc first, as an installed wheel has them: with
    PYTHONDONTWRITEBYTECODE set (this machine sets it), modules changed since the last
    compile would otherwise be compiled at every start and counted as start-up."""
    import compileall

    import perfdesk

    compileall.compile_dir(Path(perfdesk.__file__).parent, quiet=1)


def _compiled() -> bool:
    """Whether every module of the package has a current .pyc."""
    import importlib.util

    import perfdesk

    package = Path(perfdesk.__file__).parent
    for source in package.rglob("*.py"):
        cached = Path(importlib.util.cache_from_source(str(source)))
        if not cached.is_file() or cached.stat().st_mtime < source.stat().st_mtime:
            return False
    return True


if __name__ == "__main__":
    sys.exit(main())
