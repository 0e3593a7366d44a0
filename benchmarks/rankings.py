"""Rankings and the person archive on the company demo, next to raw SQL in the same run.

    python benchmarks/rankings.py [--runs 5] [--company FILE] [--period 2026-Q3]

Builds the company demo (`build_demo(path, size="company")`) unless given. Rows:

- "scores + ranks, one period": `repo_evaluations.period_scores` for one quarter
  (every goal's progress over the quarter's months to date through core.progress,
  capped achievement, weighted score per holder) and `scoring.competition_ranks`,
  against ONE raw SQL query that computes a weighted capped score per holder for
  the same goals and months and ranks them with RANK() OVER: the floor. The SQL
  knows only higher/lower-is-better sums and averages (no ratio KPIs, no ranges,
  no missing-month rule), so it is a floor, not the same arithmetic.
- "rankings view": what Evaluation → Rankings does for the period (the ranking with
  the two earlier quarters the miss rules and the change need, the model, one paint
  of the table), against one raw query scoring and ranking the same three quarters
  fed into a QStandardItemModel on a bare QTableView and painted.
- "person archive": `repo_evaluations.person_archive` for one person (every quarter's
  score, evaluations, issues, actions) and the archive page painted, against the
  raw queries of the same rows into a bare QTableView.

Prints medians (ms) and ratios; goal <= 1.5x.
"""

from __future__ import annotations

import argparse
import os
import sqlite3
import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "src"))

from PySide6.QtGui import QStandardItem, QStandardItemModel
from PySide6.QtWidgets import QApplication, QTableView

from perfdesk.core.periods import Granularity, parse_period
from perfdesk.core.scoring import competition_ranks, entry_periods
from perfdesk.store import repo_evaluations
from perfdesk.store.repo_goals import latest_actual_period

_ONE_SQL = """
WITH per_goal AS (
  SELECT coalesce(g.person_id, g.unit_id) AS holder, g.weight AS w, k.direction AS dir,
         CASE k.aggregation WHEN 'sum' THEN sum(v.target) ELSE avg(v.target) END AS t,
         CASE k.aggregation WHEN 'sum' THEN sum(v.actual) ELSE avg(v.actual) END AS a
  FROM goals g CROSS JOIN goal_values v ON v.goal = g.key JOIN kpis k ON k.id = g.kpi_id
  WHERE g.period IN ({goal_periods}) AND g.deleted = 0 AND g.archived = 0
    AND v.period IN ({months})
  GROUP BY g.key),
scores AS (
  SELECT holder, sum(w * min(1.2, max(0, CASE WHEN dir = 'lower' THEN t / a ELSE a / t END)))
         / sum(w) AS score
  FROM per_goal WHERE t <> 0 AND a <> 0 GROUP BY holder)
SELECT holder, score, RANK() OVER (ORDER BY score DESC) FROM scores ORDER BY 3
"""
_SCORE_SQL = """
WITH per_goal AS (
  SELECT coalesce(g.person_id, g.unit_id) AS holder, g.weight AS w, k.direction AS dir,
         substr(v.period, 1, 4) || '-Q' || ((CAST(substr(v.period, 6, 2) AS INTEGER) + 2) / 3)
           AS quarter,
         CASE k.aggregation WHEN 'sum' THEN sum(v.target) ELSE avg(v.target) END AS t,
         CASE k.aggregation WHEN 'sum' THEN sum(v.actual) ELSE avg(v.actual) END AS a
  FROM goals g CROSS JOIN goal_values v ON v.goal = g.key JOIN kpis k ON k.id = g.kpi_id
  WHERE g.period IN ({goal_periods}) AND g.deleted = 0 AND g.archived = 0
    AND v.period IN ({months})
  GROUP BY g.key, quarter),
scores AS (
  SELECT holder, quarter,
         sum(w * min(1.2, max(0, CASE WHEN dir = 'lower' THEN t / a ELSE a / t END))) / sum(w)
           AS score
  FROM per_goal WHERE t <> 0 AND a <> 0 GROUP BY holder, quarter)
SELECT holder, quarter, score, RANK() OVER (PARTITION BY quarter ORDER BY score DESC)
FROM scores ORDER BY quarter, 4
"""


def median_ms(runs: int, job: Callable[[], object]) -> float:
    times = []
    for _ in range(runs):
        started = time.perf_counter()
        job()
        times.append(time.perf_counter() - started)
    return statistics.median(times) * 1000


def raw_scores(conn: sqlite3.Connection, period: str, earlier: int = 0) -> list[tuple[object, ...]]:
    """Scores and ranks of the quarter `period` (and of the `earlier` quarters before it)
    in one query."""
    latest = latest_actual_period(conn)
    quarters = [parse_period(period).shift(-n) for n in range(earlier, -1, -1)]
    months = [m for q in quarters for m in entry_periods(q, Granularity.MONTH, latest)]
    goal_periods = sorted({p for q in quarters for p in (q.key, str(q.year))})
    sql = (_SCORE_SQL if earlier else _ONE_SQL).format(
        goal_periods=",".join("?" * len(goal_periods)), months=",".join("?" * len(months))
    )
    return conn.execute(sql, (*goal_periods, *months)).fetchall()


def bare_view(view: QTableView, rows: list[tuple[object, ...]]) -> None:
    model = QStandardItemModel(len(rows), len(rows[0]) if rows else 1)
    for r, row in enumerate(rows):
        for c, value in enumerate(row):
            model.setItem(r, c, QStandardItem("" if value is None else str(value)))
    view.setModel(model)
    QApplication.processEvents()  # as for the page it is the floor of
    view.viewport().repaint()


def raw_archive(conn: sqlite3.Connection, person: str, unit: str) -> list[tuple[object, ...]]:
    rows = conn.execute(
        "SELECT v.period, g.weight, v.target, v.actual FROM goals g "
        "CROSS JOIN goal_values v ON v.goal = g.key WHERE g.person_id = ? AND g.deleted = 0",
        (person,),
    ).fetchall()
    rows += conn.execute(
        "SELECT period, score, rank, flags FROM evaluations WHERE person_id = ?", (person,)
    ).fetchall()
    rows += conn.execute(
        "SELECT description, cause, due_date, solution FROM issues WHERE responsible_unit_id = ?",
        (unit,),
    ).fetchall()
    rows += conn.execute(
        "SELECT title, status, due_date, result_value FROM actions WHERE owner_id = ?", (person,)
    ).fetchall()
    return rows


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--company", type=Path)
    parser.add_argument("--period", default="2026-Q3")
    args = parser.parse_args()
    app = QApplication.instance() or QApplication([])
    with tempfile.TemporaryDirectory() as tmp:
        path = args.company
        if path is None:
            from perfdesk.demo import build_demo

            path = build_demo(Path(tmp) / "company.perfdesk", size="company")
        return run(app, path, args.period, args.runs)


def run(app: QApplication, path: Path, period: str, runs: int) -> int:
    from perfdesk.store.document import Document
    from perfdesk.ui.main_window import MainWindow

    conn = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    quarter = parse_period(period)
    rows: list[tuple[str, int, float, float]] = []

    def core() -> int:
        scores = repo_evaluations.period_scores(conn, [quarter], 1.2)[quarter.key]
        return len(competition_ranks({h: s.value for h, s in scores.items()}))

    ranked = core()
    floor_rows = raw_scores(conn, period)
    rows.append(
        (
            "scores + ranks, one period",
            ranked,
            median_ms(runs, core),
            median_ms(runs, lambda: raw_scores(conn, period)),
        )
    )

    window = MainWindow(language="zh")
    window.resize(1366, 768)
    window.show()
    assert window.open_path(Path(path), read_only=True)
    dialog = window.show_rankings(period)
    dialog.resize(1366, 768)
    app.processEvents()

    def view() -> None:
        dialog.reload()
        app.processEvents()
        dialog.table.viewport().repaint()

    bare = QTableView()
    bare.resize(1366, 700)
    bare.show()
    app.processEvents()
    rows.append(
        (
            "rankings view (with 2 earlier quarters)",
            len(dialog.model.rows),
            median_ms(runs, view),
            median_ms(runs, lambda: bare_view(bare, raw_scores(conn, period, 2))),
        )
    )

    person, unit = conn.execute(
        "SELECT p.id, p.unit_id FROM people p JOIN actions a ON a.owner_id = p.id "
        "GROUP BY p.id ORDER BY count(*) DESC LIMIT 1"
    ).fetchone()
    archive = window.show_person_archive(person)
    app.processEvents()

    def gather() -> None:
        repo_evaluations.person_archive(conn, person)

    def page() -> None:
        archive.show_person(person)
        app.processEvents()  # what the event loop does first: new widgets shown, old deleted
        archive.repaint()

    found = repo_evaluations.person_archive(conn, person)
    count = len(found.periods) + len(found.issues) + len(found.actions) if found else 0
    floor = median_ms(runs, lambda: raw_archive(conn, person, unit))
    rows.append(("person archive: data (raw SQL floor)", count, median_ms(runs, gather), floor))
    floor = median_ms(runs, lambda: bare_view(bare, raw_archive(conn, person, unit)))
    rows.append(("person archive: page (SQL + bare view)", count, median_ms(runs, page), floor))
    window.close()
    conn.close()
    del Document

    print(f"company demo {path.name}, period {period}, {runs} runs, medians in ms")
    print(f"{'what':42} {'rows':>6} {'perfdesk':>9} {'floor':>8} {'ratio':>6}")
    for what, count, ours, base in rows:
        print(f"{what:42} {count:>6} {ours:>9.1f} {base:>8.1f} {ours / base:>6.2f}")
    print(f"raw query rows: {len(floor_rows)} holders; goal: ratio <= 1.5")
    return 0


if __name__ == "__main__":
    sys.exit(main())
