"""The Actions register and a filter change, each against its floor.

    python benchmarks/actions.py [--runs 7] [--company FILE]

Builds the company demo unless given, and a copy of it with 3,000 actions
(views.with_actions). On each file, in one offscreen 1366×768 window with the
bundled font, it times: the register (the tab reloaded until the table and the
detail pane of the selected action have been painted) and a filter change (the
department filter set to one department, then back to every department, each
until painted). The floor is "the same rows by one raw SQL query into a bare
QTableView" (views.floor): for the register every action with its unit, owner,
KPI, meeting and co-departments; for the filter change the same query with the
department's WHERE clause. Then the register grouped by department (header rows
with counts, ui/action_register.py): the tab reloaded, and the filter change, each
against the same floors (the raw query has no groups to make). Prints medians of
wall-clock and CPU time and ratios of each to the floor's. Goals: ratio <= 1.5 and
each under 100 ms.
"""

from __future__ import annotations

import argparse
import os
import shutil
import sqlite3
import statistics
import sys
import tempfile
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
sys.path.insert(0, str(Path(__file__).parent))

from PySide6.QtCore import QCoreApplication, QSettings
from PySide6.QtWidgets import QApplication
from views import ACTIONS, Times, _paint, _time, _verified, floor, with_actions

_REGISTER = (
    "SELECT a.title, a.status, u.name, p.name, "
    "(SELECT group_concat(cu.name, '、') FROM action_units au JOIN org_units cu "
    "ON cu.id = au.unit_id WHERE au.action_id = a.id AND au.removed = 0), "
    "a.start_date, a.due_date, k.name_zh, a.baseline, a.expected, "
    "(SELECT count(*) FROM action_reports r WHERE r.action_id = a.id AND r.deleted = 0), "
    "m.title, i.description FROM actions a "
    "LEFT JOIN org_units u ON u.id = a.responsible_unit_id "
    "LEFT JOIN people p ON p.id = a.owner_id LEFT JOIN kpis k ON k.id = a.kpi_id "
    "LEFT JOIN issues i ON i.id = a.issue_id LEFT JOIN meetings m ON m.id = i.meeting_id "
    "WHERE a.deleted = 0 AND a.archived = 0 {where} ORDER BY a.due_date"
)

# file, view, rows, then medians: wall, floor wall, CPU, floor CPU
Row = tuple[str, str, int, float, float, float, float]


def _row(file: str, view: str, rows: int, times: Times, base: Times) -> Row:
    return (
        file,
        view,
        rows,
        statistics.median(times),
        statistics.median(base),
        statistics.median(times.cpu),
        statistics.median(base.cpu),
    )


def measure(name: str, path: Path, runs: int, results: list[Row]) -> None:
    from perfdesk.ui.main_window import TAB_ACTIONS, MainWindow

    window = MainWindow(language="zh")
    window.show()
    window.showNormal()
    window.resize(1366, 768)
    assert window.open_path(path, read_only=True)
    _verified(window)
    window.tabs.setCurrentIndex(TAB_ACTIONS)
    QApplication.processEvents()
    tab = window.actions_tab
    tab.table.setCurrentIndex(tab.proxy.index(0, 0))

    def register() -> None:
        tab.refresh()
        _paint(tab.table)
        tab.detail.widget().repaint()

    conn = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    base_register = _time(floor(conn, _REGISTER.format(where="")), lambda: None, runs)
    department = tab.unit_combo.itemData(1)
    where = (
        f"AND (a.responsible_unit_id = '{department}' OR EXISTS (SELECT 1 FROM action_units au "
        f"WHERE au.action_id = a.id AND au.unit_id = '{department}' AND au.removed = 0))"
    )
    base_filter = _time(floor(conn, _REGISTER.format(where=where)), lambda: None, runs)
    conn.close()
    filtered: list[int] = []

    def choose() -> None:
        tab.unit_combo.setCurrentIndex(1)
        _paint(tab.table)
        filtered.append(tab.proxy.actions_shown())

    def back() -> None:
        tab.unit_combo.setCurrentIndex(0)
        QApplication.processEvents()

    for grouped in (False, True):
        tab.group_combo.setCurrentIndex(1 if grouped else 0)
        QApplication.processEvents()
        label = ", grouped (dept.)" if grouped else ""
        view = _time(register, lambda: None, runs)
        rows = tab.proxy.actions_shown()
        results.append(_row(name, f"Register{label}", rows, view, base_register))
        view = _time(choose, back, runs)
        results.append(_row(name, f"Filter: one dept.{label}", filtered[-1], view, base_filter))
        back()
    tab.group_combo.setCurrentIndex(0)
    window.close_document()
    window.close()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--runs", type=int, default=7)
    parser.add_argument("--company", type=Path)
    args = parser.parse_args()
    folder = Path(tempfile.mkdtemp(prefix="perfdesk-actions-"))
    QSettings.setDefaultFormat(QSettings.Format.IniFormat)
    QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, str(folder / "cfg"))
    app = QApplication([])  # noqa: F841 (kept alive for the run)
    QCoreApplication.setOrganizationName("perfdesk-bench")
    from perfdesk.demo import build_demo
    from perfdesk.ui.app import register_font

    register_font()
    company = args.company
    if company is None:
        start = time.perf_counter()
        company = build_demo(folder / "company.perfdesk", size="company")
        print(f"built the company demo in {time.perf_counter() - start:.1f} s")
    many = with_actions(company, folder / "actions.perfdesk", ACTIONS)
    results: list[Row] = []
    measure("company", company, args.runs, results)
    measure(f"{ACTIONS} act.", many, args.runs, results)
    print()
    print(
        f"{'file':10} {'view':36} {'rows':>6} {'view ms':>8} {'floor ms':>8} {'ratio':>6} "
        f"{'cpu ms':>7} {'floor':>6} {'ratio':>6}"
    )
    for file, view, rows, median, base, cpu, base_cpu in results:
        print(
            f"{file:10} {view:36} {rows:6d} {median * 1000:8.1f} {base * 1000:8.1f} "
            f"{median / base:6.2f} {cpu * 1000:7.1f} {base_cpu * 1000:6.1f} {cpu / base_cpu:6.2f}"
        )
    print(
        f"\nmedians of {args.runs} runs (wall clock, then CPU time of the process). "
        "Goals: ratio <= 1.5, under 100 ms."
    )
    shutil.rmtree(folder, ignore_errors=True)


if __name__ == "__main__":
    main()
