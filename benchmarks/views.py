"""Each view's load + paint time against the floor for the same screen.

    python benchmarks/views.py [--runs 7] [--company FILE] [--small FILE]

Builds the company demo (`build_demo(path, size="company")`, ~5 s) and the small
one unless given, plus a copy of the company demo with 3,000 actions for the
Actions tab. For each view (Goals for the company, a department and a person;
the KPI grid for a department and for the whole company with its teams and
people; the Meeting tab; the Actions tab) it times, in one offscreen 1366×768
window with the bundled font: picking the holder (or reloading the tab) until
the table has been painted. The floor is "the same rows by one raw SQL query
into a bare QTableView": one query, a QStandardItemModel filled from it, set
on a shown QTableView and painted. A last row per file times a data change (one
actual through `store.ops.set_values`, as KPI entry will write it) and the window's
in-place refresh of the KPI grid on screen, against one raw UPDATE plus the grid's
raw query into a bare QTableView. Then the company file's department (and a person in
it) is made into a department file of its own (`make_department_file`) and every view is
timed there too ("dept"): a last table gives company ÷ department file per view
(goal <= 1.2: a view must not grow with the rest of the file). Views are timed after
the background check of
the opened file (ui/verify.py) has finished.
Prints medians and ratios. Goals: each view
<= 1.5x its floor, and none over 100 ms on the company demo when first shown.
Run `python -m compileall -q src` first for installed-app figures.
"""

from __future__ import annotations

import argparse
import itertools
import os
import shutil
import sqlite3
import statistics
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QCoreApplication, QSettings
from PySide6.QtGui import QStandardItem, QStandardItemModel
from PySide6.QtWidgets import QApplication, QTableView

ACTIONS = 3000
# file, view, rows, median, first, floor (wall clock), then view and floor CPU medians
Row = tuple[str, str, int, float, float, float, float, float]


class Times(list[float]):
    """Wall-clock seconds per run, with the process's CPU seconds per run in `cpu`."""

    def __init__(self) -> None:
        super().__init__()
        self.cpu: list[float] = []


def _row(size: str, name: str, rows: int, view: Times, base: Times) -> Row:
    return (
        size,
        name,
        rows,
        statistics.median(view),
        view[0],
        statistics.median(base),
        statistics.median(view.cpu),
        statistics.median(base.cpu),
    )


def _paint(view: QTableView) -> None:
    QApplication.processEvents()
    view.viewport().repaint()


def floor(conn: sqlite3.Connection, sql: str, args: tuple = ()) -> Callable[[], int]:  # type: ignore[type-arg]
    view = QTableView()
    view.resize(1100, 600)
    view.show()

    def run() -> int:
        rows = conn.execute(sql, args).fetchall()
        model = QStandardItemModel(len(rows), len(rows[0]) if rows else 0)
        for r, row in enumerate(rows):
            for c, value in enumerate(row):
                model.setItem(r, c, QStandardItem("" if value is None else str(value)))
        old = view.model()
        view.setModel(model)
        if old is not None:
            old.deleteLater()
        _paint(view)
        return len(rows)

    return run


def _time(run: Callable[[], object], prepare: Callable[[], object], runs: int) -> Times:
    times = Times()
    for _ in range(runs):
        prepare()
        start, cpu = time.perf_counter(), time.process_time()
        run()
        times.append(time.perf_counter() - start)
        times.cpu.append(time.process_time() - cpu)
    return times


def with_actions(source: Path, target: Path, count: int) -> Path:
    """A copy of `source` whose actions are repeated up to `count` (new ids)."""
    shutil.copy(source, target)
    conn = sqlite3.connect(target)
    have = conn.execute("SELECT count(*) FROM actions").fetchone()[0]
    columns = [r[1] for r in conn.execute("PRAGMA table_info(actions)")]
    rest = ", ".join(c for c in columns if c != "id")
    copy = 0
    while have < count:
        copy += 1
        conn.execute(
            f"INSERT INTO actions (id, {rest}) SELECT id || '-{copy}', {rest} FROM actions "
            f"WHERE id NOT LIKE '%-%-%-%-%-%' LIMIT {count - have}"
        )
        have = conn.execute("SELECT count(*) FROM actions").fetchone()[0]
    conn.commit()
    conn.close()
    return target


_YEAR_GRID = (
    "SELECT g.id, coalesce(u.name, p.name), k.name_zh, g.target, "
    + ", ".join(
        f"max(CASE WHEN v.period = :y || '-{m:02d}' THEN v.actual END)" for m in range(1, 13)
    )
    + ", sum(CASE WHEN v.period <= :focus THEN v.actual END) "
    "FROM goals g JOIN kpis k ON k.id = g.kpi_id "
    "LEFT JOIN org_units u ON u.id = g.unit_id LEFT JOIN people p ON p.id = g.person_id "
    "LEFT JOIN goal_values v ON v.goal = g.key AND v.period BETWEEN :y || '-01' AND :y || '-12' "
    "WHERE g.period = :y AND g.archived = 0 AND g.deleted = 0 AND {owners} "
    "GROUP BY g.key ORDER BY g.sort_order"
)
_GOALS = (
    "SELECT k.name_zh, g.weight, g.target, sum(v.target), sum(v.actual), g.parent_id "
    "FROM goals g JOIN kpis k ON k.id = g.kpi_id "
    "LEFT JOIN goal_values v ON v.goal = g.key AND v.period BETWEEN :y || '-01' AND :focus "
    "WHERE g.period = :y AND g.archived = 0 AND g.deleted = 0 AND {owners} "
    "GROUP BY g.key ORDER BY g.sort_order"
)


def _verified(window: object) -> None:
    """Wait for the background check of a just-opened file (ui/verify.py), so its
    worker thread does not compete with the views timed next."""
    from perfdesk.ui import verify

    # It starts a moment after opening (START_DELAY_MS), then runs on a thread.
    start = time.perf_counter()
    delay = getattr(verify, "START_DELAY_MS", 0) / 1000 + 0.1
    deadline = start + 60
    while time.perf_counter() < deadline and (
        time.perf_counter() - start < delay or window.verifier.running  # type: ignore[attr-defined]
    ):
        QApplication.processEvents()
        time.sleep(0.01)


def measure_change(size: str, path: Path, folder: Path, runs: int, results: list[Row]) -> None:
    """A data change through `store.ops` (one actual, `set_values`) and the window's
    in-place refresh of the KPI grid on screen (a department), against its floor: the
    same value written by one raw UPDATE, then the grid's rows by one raw query into a
    bare QTableView."""
    from perfdesk.store import ops
    from perfdesk.store.repo_goals import goal_heads
    from perfdesk.ui.main_window import TAB_KPI, MainWindow

    copy = folder / f"change-{size}.perfdesk"
    shutil.copy(path, copy)
    window = MainWindow(language="zh")
    window.show()
    window.showNormal()
    window.resize(1366, 768)
    assert window.open_path(copy)
    _verified(window)
    context = window.context
    assert context is not None and not context.doc.read_only
    department = next(u for u in context.units.values() if u.kind.value == "department")
    window.tabs.setCurrentIndex(TAB_KPI)
    QApplication.processEvents()
    tab = window.kpi_tab
    tab.include_members.setChecked(False)
    tab.org_tree.select_holder(department.id)
    QApplication.processEvents()
    goal = goal_heads(context.doc.conn, [department.id], context.year)[0].id
    focus = context.focus.key
    now = context.doc.conn.execute(
        "SELECT v.actual FROM goal_values v JOIN goals g ON g.key = v.goal "
        "WHERE g.id = ? AND v.period = ?",
        (goal, focus),
    ).fetchone()
    start = float(now[0]) if now and now[0] is not None else 1.0
    # Two values the KPI accepts (its own, and 90 % of it), in turn.
    value = itertools.cycle([start * 0.9, start])

    def run() -> None:
        cells = [(goal, focus, "actual", next(value))]
        assert window.run_op("bench", lambda doc: ops.set_values(doc, cells)) is not None
        _paint(tab.table)

    view_times = _time(run, lambda: None, runs)
    rows = tab.model.rowCount()
    window.close_document()
    window.close()
    conn = sqlite3.connect(copy)
    named = {"y": context.year, "focus": focus}
    grid = floor(
        conn,
        _YEAR_GRID.format(
            owners=f"g.key IN (SELECT key FROM goals WHERE unit_id = '{department.id}')"
        ),
        named,  # type: ignore[arg-type]
    )

    def raw() -> None:
        conn.execute(
            "UPDATE goal_values SET actual = ? WHERE period = ? "
            "AND goal = (SELECT key FROM goals WHERE id = ?)",
            (next(value), focus, goal),
        )
        conn.commit()
        grid()

    floor_times = _time(raw, lambda: None, runs)
    conn.close()
    results.append(_row(size, "KPI · dept, after a change", rows, view_times, floor_times))


def measure_file(
    size: str,
    path: Path,
    actions_file: Path | None,
    runs: int,
    results: list[Row],
    department_id: str | None = None,
) -> str:
    """Time every view on one document, each beside its floor, appending to `results`.
    Returns the id of the department shown (`department_id`, or the first one)."""
    from perfdesk.ui.main_window import TAB_ACTIONS, TAB_GOALS, TAB_KPI, TAB_MEETING, MainWindow

    window = MainWindow(language="zh")
    window.show()
    window.showNormal()
    window.resize(1366, 768)
    assert window.open_path(path, read_only=True)
    _verified(window)
    context = window.context
    conn = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    year, focus = context.year, context.focus.key
    company = next(u for u in context.units.values() if u.parent_id is None)
    department = (
        context.units[department_id]
        if department_id is not None
        else next(u for u in context.units.values() if u.kind.value == "department")
    )
    person = min(
        (p for p in context.people.values() if p.unit_id == department.id), key=lambda p: p.id
    )
    named = {"y": year, "focus": focus}

    def holder_view(tab_index: int, holder: str, members: bool = False):  # type: ignore[no-untyped-def]
        tab = window.slots[tab_index].tab()
        if tab_index == TAB_KPI:
            tab.include_members.blockSignals(True)
            tab.include_members.setChecked(members)
            tab.include_members.blockSignals(False)
        other = person.id if holder != person.id else department.id

        def prepare() -> None:
            # The view's own tab on screen (a hidden tab's tree only follows quietly).
            window.tabs.setCurrentIndex(tab_index)
            QApplication.processEvents()
            tab.org_tree.select_holder(other)
            QApplication.processEvents()

        def run() -> None:
            tab.org_tree.select_holder(holder)
            _paint(tab.table)

        return run, prepare, lambda: tab.model.rowCount()

    def owners_sql(ids: list[str]) -> str:
        marks = ",".join(f"'{i}'" for i in ids)
        return (
            f"g.key IN (SELECT key FROM goals WHERE unit_id IN ({marks}) "
            f"UNION ALL SELECT key FROM goals WHERE person_id IN ({marks}))"
        )

    window.tabs.setCurrentIndex(TAB_KPI)
    QApplication.processEvents()
    kpi = window.kpi_tab
    kpi.include_members.setChecked(True)
    everyone = kpi._holders(company.id)
    kpi.include_members.setChecked(False)
    views = [
        ("Goals · company", holder_view(TAB_GOALS, company.id), _GOALS, [company.id]),
        ("Goals · department", holder_view(TAB_GOALS, department.id), _GOALS, [department.id]),
        ("Goals · person", holder_view(TAB_GOALS, person.id), _GOALS, [person.id]),
        ("KPI · department", holder_view(TAB_KPI, department.id), _YEAR_GRID, [department.id]),
        (
            "KPI · company + members",
            holder_view(TAB_KPI, company.id, True),
            _YEAR_GRID,
            everyone,
        ),
    ]
    for name, (run, prepare, count), sql, ids in views:
        if "members" in name:
            window.tabs.setCurrentIndex(TAB_KPI)
            kpi.include_members.blockSignals(True)
            kpi.include_members.setChecked(True)
            kpi.include_members.blockSignals(False)
        elif name.startswith("KPI"):
            kpi.include_members.blockSignals(True)
            kpi.include_members.setChecked(False)
            kpi.include_members.blockSignals(False)
        view_times = _time(run, prepare, runs)
        rows = count()
        floor_run = floor(conn, sql.format(owners=owners_sql(ids)), named)  # type: ignore[arg-type]
        floor_times = _time(floor_run, lambda: None, runs)
        results.append(_row(size, name, rows, view_times, floor_times))

    def tab_view(index: int, sql: str, label: str, other: Path | None = None) -> None:
        if other is not None:
            assert window.open_path(other, read_only=True)
        window.tabs.setCurrentIndex(index)
        QApplication.processEvents()
        tab = window.slots[index].tab()
        table = tab.meeting_table if index == TAB_MEETING else tab.table

        def run() -> None:
            tab.refresh()
            _paint(table)

        view_times = _time(run, lambda: None, runs)
        db = sqlite3.connect(f"file:{other or path}?mode=ro", uri=True)
        floor_times = _time(floor(db, sql), lambda: None, runs)
        rows = table.model().rowCount()
        results.append(_row(size, label, rows, view_times, floor_times))

    tab_view(
        TAB_MEETING,
        "SELECT title, kind, date, start_time, planned_minutes, place, status FROM meetings "
        "WHERE deleted = 0 ORDER BY date DESC",
        "Meeting",
    )
    tab_view(
        TAB_ACTIONS,
        "SELECT a.title, u.name, p.name, a.start_date, a.due_date, a.status FROM actions a "
        "LEFT JOIN org_units u ON u.id = a.responsible_unit_id "
        "LEFT JOIN people p ON p.id = a.owner_id WHERE a.deleted = 0",
        "Actions",
        actions_file,
    )
    window.close_document()
    window.close()
    conn.close()
    return department.id


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--runs", type=int, default=7)
    parser.add_argument("--company", type=Path)
    parser.add_argument("--small", type=Path)
    args = parser.parse_args()
    folder = Path(tempfile.mkdtemp(prefix="perfdesk-views-"))
    QSettings.setDefaultFormat(QSettings.Format.IniFormat)
    QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, str(folder / "cfg"))
    app = QApplication([])  # noqa: F841 (kept alive for the run)
    QCoreApplication.setOrganizationName("perfdesk-bench")
    from perfdesk.demo import build_demo
    from perfdesk.ui.app import register_font

    register_font()
    files = {}
    for size, given in (("small", args.small), ("company", args.company)):
        if given is None:
            start = time.perf_counter()
            given = build_demo(folder / f"{size}.perfdesk", size=size)
            print(f"built the {size} demo in {time.perf_counter() - start:.1f} s")
        files[size] = given
    many = with_actions(files["company"], folder / "actions.perfdesk", ACTIONS)

    results: list[Row] = []
    shown: dict[str, str] = {}
    for size in ("small", "company"):
        shown[size] = measure_file(
            size, files[size], many if size == "company" else None, args.runs, results
        )
        measure_change(size, files[size], folder, args.runs, results)
    # The same department's views in its own department file (made from the company file,
    # as 文件 → 部门文件 does): the company file should cost no more than 1.2x that.
    from perfdesk.store.exchange.department import make_department_file

    own = folder / "department.perfdesk"
    make_department_file(files["company"], shown["company"], own)
    measure_file("dept", own, None, args.runs, results, shown["company"])
    measure_change("dept", own, folder, args.runs, results)
    print()
    print(
        f"{'file':8} {'view':26} {'rows':>6} {'view ms':>8} {'first ms':>8} "
        f"{'floor ms':>8} {'ratio':>6} {'cpu ms':>7} {'cpu flr':>7} {'cpu ratio':>9}"
    )
    for size, name, rows, view, first, base, cpu, cpu_base in results:
        print(
            f"{size:8} {name:26} {rows:6d} {view * 1000:8.1f} {first * 1000:8.1f} "
            f"{base * 1000:8.1f} {view / base:6.2f} {cpu * 1000:7.1f} {cpu_base * 1000:7.1f} "
            f"{cpu / cpu_base if cpu_base else float('nan'):9.2f}"
        )
    by_view = {(size, name): view for size, name, _r, view, *_rest in results}
    print(f"\n{'view':26} {'company ms':>10} {'dept file ms':>12} {'company/dept':>12}")
    for (size, name), view in by_view.items():
        own_file = by_view.get(("dept", name))
        if size == "company" and own_file and name not in ("Actions", "KPI · company + members"):
            print(f"{name:26} {view * 1000:10.1f} {own_file * 1000:12.1f} {view / own_file:12.2f}")
    print(
        f"\nmedians of {args.runs} runs; 'first' is the first run (caches cold for the view); "
        "Actions on the company file has "
        f"{ACTIONS} actions; 'dept' is the company file's department shown, in a department "
        "file of its own. Goals: ratio <= 1.5, company views <= 100 ms, company/dept <= 1.2.\n"
        "cpu: the process's CPU time for the same runs (medians), steadier than the wall "
        "clock on a shared, busy machine."
    )
    shutil.rmtree(folder, ignore_errors=True)


if __name__ == "__main__":
    main()
