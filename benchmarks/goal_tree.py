"""The goal tree on the company demo: a department's goals, and a goal with many
descendants expanded, each against its floor.

    python benchmarks/goal_tree.py [--runs 7] [--company FILE]

Builds the company demo (`build_demo(path, size="company")`) unless given, opens it
read-only in one offscreen 1366×768 window with the bundled font and times, on the
Goals tab:

- "department": picking a department in the org tree until its goal tree is painted
  (progress to date, SMART, weights and breakdown sums included);
- "expand 1 level": expanding the goal with the most descendants (one read of its
  children, their progress and their sum row) until painted;
- "expand all levels": expanding it and every goal below it, level by level, until
  painted (every row of its subtree).

The floor is the same rows by raw SQL into a bare QTreeView over a
QStandardItemModel (one query; for the subtree one recursive query, the items
nested by parent), shown and painted. Prints medians, the ratio to the floor, and
CPU medians. Goals: ratio <= 1.5 and each step under 100 ms.
"""

from __future__ import annotations

import argparse
import os
import shutil
import sqlite3
import statistics
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QCoreApplication, QModelIndex, QSettings
from PySide6.QtGui import QStandardItem, QStandardItemModel
from PySide6.QtWidgets import QApplication, QTreeView


class Times(list[float]):
    def __init__(self) -> None:
        super().__init__()
        self.cpu: list[float] = []


def _time(run: Callable[[], object], prepare: Callable[[], object], runs: int) -> Times:
    times = Times()
    for _ in range(runs):
        prepare()
        QApplication.processEvents()
        start, cpu = time.perf_counter(), time.process_time()
        run()
        times.append(time.perf_counter() - start)
        times.cpu.append(time.process_time() - cpu)
    return times


def _paint(view: QTreeView) -> None:
    QApplication.processEvents()
    view.viewport().repaint()


# The floors show the same eleven columns as the goal tree: KPI, weight, year target,
# target and actual to date, their ratio, the share of the year target done, the share
# of the year elapsed, a status word, a SMART text and the goal above.
_CELLS = (
    "k.name_zh, g.weight, g.target, sum(v.target), sum(v.actual), "
    "sum(v.actual) / sum(v.target), sum(v.actual) / g.target, :elapsed, "
    "CASE WHEN sum(v.actual) >= sum(v.target) THEN 'green' ELSE 'red' END, "
    "'S M A R T', (SELECT k2.name_zh FROM goals g2 JOIN kpis k2 ON k2.id = g2.kpi_id "
    "WHERE g2.id = g.parent_id)"
)
_DEPARTMENT = (
    f"SELECT g.id, {_CELLS} "
    "FROM goals g JOIN kpis k ON k.id = g.kpi_id "
    "LEFT JOIN goal_values v ON v.goal = g.key AND v.period BETWEEN :y || '-01' AND :focus "
    "WHERE g.period = :y AND g.archived = 0 AND g.deleted = 0 AND g.unit_id = :holder "
    "GROUP BY g.key ORDER BY g.sort_order"
)
_SUBTREE = (
    "WITH RECURSIVE below(key, id, parent_id) AS ("
    " SELECT key, id, parent_id FROM goals WHERE parent_id = :root AND archived = 0 "
    " AND deleted = 0"
    " UNION ALL SELECT g.key, g.id, g.parent_id FROM goals g JOIN below b ON g.parent_id = b.id"
    " WHERE g.archived = 0 AND g.deleted = 0) "
    f"SELECT b.id, b.parent_id, coalesce(u.name, p.name) || ' · ' || {_CELLS} "
    "FROM below b JOIN goals g ON g.key = b.key JOIN kpis k ON k.id = g.kpi_id "
    "LEFT JOIN org_units u ON u.id = g.unit_id LEFT JOIN people p ON p.id = g.person_id "
    "LEFT JOIN goal_values v ON v.goal = g.key AND v.period BETWEEN :y || '-01' AND :focus "
    "GROUP BY g.key ORDER BY g.sort_order"
)

# The first level only: the same query without its recursive part.
_LEVEL = _SUBTREE.replace("WITH RECURSIVE", "WITH").replace(
    " UNION ALL SELECT g.key, g.id, g.parent_id FROM goals g JOIN below b ON g.parent_id = b.id"
    " WHERE g.archived = 0 AND g.deleted = 0",
    "",
)


def _floor_view() -> QTreeView:
    view = QTreeView()
    view.resize(1100, 600)
    view.show()
    return view


def _set_model(view: QTreeView, model: QStandardItemModel) -> None:
    old = view.model()
    view.setModel(model)
    if old is not None:
        old.deleteLater()


def department_floor(conn: sqlite3.Connection, named: dict[str, str]) -> Callable[[], int]:
    view = _floor_view()

    def run() -> int:
        rows = conn.execute(_DEPARTMENT, named).fetchall()
        model = QStandardItemModel(0, len(rows[0]) - 1)
        for row in rows:
            items = [QStandardItem("" if v is None else str(v)) for v in row[1:]]
            model.appendRow(items)
        _set_model(view, model)
        _paint(view)
        return len(rows)

    return run


def subtree_floor(
    conn: sqlite3.Connection, named: dict[str, str], depth: int | None
) -> Callable[[], int]:
    """The subtree's rows by one recursive query, nested by parent (only the first level
    when `depth` is 1), expanded and painted."""
    view = _floor_view()

    def run() -> int:
        rows = conn.execute(_LEVEL if depth == 1 else _SUBTREE, named).fetchall()
        model = QStandardItemModel(0, 11)
        root = QStandardItem("root")
        model.appendRow(root)
        items = {named["root"]: root}
        for row in rows:
            cells = [QStandardItem("" if v is None else str(v)) for v in row[2:]]
            items[row[0]] = cells[0]
            parent = items.get(row[1])
            (parent or root).appendRow(cells)
        _set_model(view, model)
        view.expandAll()
        _paint(view)
        return len(rows)

    return run


def _verified(window: object) -> None:
    from perfdesk.ui import verify

    start = time.perf_counter()
    delay = getattr(verify, "START_DELAY_MS", 0) / 1000 + 0.1
    while time.perf_counter() < start + 60 and (
        time.perf_counter() - start < delay or window.verifier.running  # type: ignore[attr-defined]
    ):
        QApplication.processEvents()
        time.sleep(0.01)


def _expand_all(tab: object, index: QModelIndex) -> int:
    """Expand `index` and everything below it, as the * key does."""
    tab.table.setCurrentIndex(index)  # type: ignore[attr-defined]
    tab.expand_all()  # type: ignore[attr-defined]
    return sum(1 for _ in _walk(tab.model, index))  # type: ignore[attr-defined]


def _walk(model: object, parent: QModelIndex):  # type: ignore[no-untyped-def]
    for r in range(model.rowCount(parent)):  # type: ignore[attr-defined]
        child = model.index(r, 0, parent)  # type: ignore[attr-defined]
        yield child
        yield from _walk(model, child)


def measure(path: Path, runs: int) -> list[tuple[str, int, Times, Times]]:
    from perfdesk.ui.main_window import TAB_GOALS, MainWindow

    window = MainWindow(language="zh")
    window.show()
    window.showNormal()
    window.resize(1366, 768)
    assert window.open_path(path, read_only=True)
    _verified(window)
    context = window.context
    assert context is not None
    conn = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    year, focus = context.year, context.focus.key
    # Goals by their number of descendants: the biggest, and the smallest with 400 or more.
    sizes = conn.execute(
        "WITH RECURSIVE up(id, top) AS (SELECT id, id FROM goals WHERE period = ? "
        "AND archived = 0 AND deleted = 0 UNION ALL SELECT g.id, up.top FROM goals g "
        "JOIN up ON g.parent_id = up.id WHERE g.archived = 0 AND g.deleted = 0) "
        "SELECT up.top, coalesce(g.unit_id, g.person_id), count(*) - 1 FROM up "
        "JOIN goals g ON g.id = up.top GROUP BY up.top ORDER BY count(*) DESC",
        (year,),
    ).fetchall()
    biggest = sizes[0]
    near = min((s for s in sizes if s[2] >= 400), key=lambda size: size[2], default=sizes[0])
    department = next(
        u
        for u in context.units.values()
        if u.kind.value == "department"
        and conn.execute(
            "SELECT 1 FROM goals WHERE unit_id = ? AND period = ?", (u.id, year)
        ).fetchone()
    )
    company = next(u for u in context.units.values() if u.parent_id is None)
    window.tabs.setCurrentIndex(TAB_GOALS)
    QApplication.processEvents()
    tab = window.goals_tab
    tree = tab.org_tree
    results = []

    def show_department() -> None:
        tree.select_holder(department.id)
        _paint(tab.table)

    def away() -> None:
        tree.select_holder(company.id)

    department_times = _time(show_department, away, runs)
    named = {"y": year, "focus": focus, "holder": department.id, "elapsed": focus[5:]}
    department_rows = tab.model.rowCount()
    floor = _time(department_floor(conn, named), lambda: None, runs)
    results.append(("department", department_rows, department_times, floor))

    def fresh(root: str, holder: str) -> QModelIndex:
        """The holder of the goal shown again, nothing expanded (nothing read below)."""
        tree.select_holder(department.id if holder != department.id else company.id)
        tree.select_holder(holder)
        QApplication.processEvents()
        return tab.model.find(root)

    target: list[QModelIndex] = []
    root, holder, count = biggest

    def one_level() -> None:
        tab.table.expand(target[0])
        _paint(tab.table)

    level_times = _time(
        one_level, lambda: target.__setitem__(slice(None), [fresh(root, holder)]), runs
    )
    level_rows = tab.model.rowCount(target[0])
    floor = _time(subtree_floor(conn, {**named, "root": root}, 1), lambda: None, runs)
    results.append((f"expand 1 level ({count} below)", level_rows, level_times, floor))

    for root, holder, count in (near, biggest):
        shown: list[int] = []

        def all_levels() -> None:
            shown[:] = [_expand_all(tab, target[0])]  # noqa: B023 (run here)
            _paint(tab.table)

        def prepare(root: str = root, holder: str = holder) -> None:
            target[:] = [fresh(root, holder)]

        all_times = _time(all_levels, prepare, runs)
        floor = _time(subtree_floor(conn, {**named, "root": root}, None), lambda: None, runs)
        results.append((f"expand all ({count} below)", shown[0], all_times, floor))
    window.close_document()
    window.close()
    conn.close()
    return results


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--runs", type=int, default=7)
    parser.add_argument("--company", type=Path)
    args = parser.parse_args()
    folder = Path(tempfile.mkdtemp(prefix="perfdesk-goaltree-"))
    QSettings.setDefaultFormat(QSettings.Format.IniFormat)
    QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, str(folder / "cfg"))
    app = QApplication([])  # noqa: F841 (kept alive for the run)
    QCoreApplication.setOrganizationName("perfdesk-bench")
    from perfdesk.demo import build_demo
    from perfdesk.ui.app import register_font

    register_font()
    path = args.company
    if path is None:
        start = time.perf_counter()
        path = build_demo(folder / "company.perfdesk", size="company")
        print(f"built the company demo in {time.perf_counter() - start:.1f} s")
    results = measure(path, args.runs)
    print()
    print(
        f"{'step':28} {'rows':>5} {'view ms':>8} {'floor ms':>8} {'ratio':>6} "
        f"{'cpu ms':>7} {'cpu flr':>7} {'cpu ratio':>9}"
    )
    for name, rows, view, base in results:
        v, b = statistics.median(view), statistics.median(base)
        cv, cb = statistics.median(view.cpu), statistics.median(base.cpu)
        print(
            f"{name:28} {rows:5d} {v * 1000:8.1f} {b * 1000:8.1f} {v / b:6.2f} "
            f"{cv * 1000:7.1f} {cb * 1000:7.1f} {cv / cb if cb else float('nan'):9.2f}"
        )
    print(f"\nmedians of {args.runs} runs. Goals: ratio <= 1.5, each step under 100 ms.")
    shutil.rmtree(folder, ignore_errors=True)


if __name__ == "__main__":
    main()
