"""Crash consistency (issue #23 item 1): a child process writes to a document and is
killed with SIGKILL at a random point, at least 20 times per kind of write — single
edits (120 kills), a 500-cell paste, an import of actuals, a merge, a running meeting's
clock events. The child says each change on stdout only after its commit returned
(writer_child.py). After every kill:

- the dead child's lock is free or stale (its process is gone) and the next open works;
- `check` says the file is sound;
- every change the child reported is there ("lost" counts the ones that are not: 0),
  and the document is in the state after the reported changes, or after one more (a
  commit that returned but was killed before it could be said) — never a mix;
- an import or a merge is all of its rows or none, and its `imports` row and byte
  backup agree with that;
- a running meeting resumes: the next child goes on recording events, every reported
  event is kept, the replayed clock has no negative time and its current item is one
  of the agenda's.

Each test prints a line "kind: kills, reported commits, lost". Kills land at a random
delay; the single-shot kinds (import, merge) measure one whole run first and kill
within 1.3 times its length, so some kills come before the commit and some after.
"""

from __future__ import annotations

import csv
import random
import shutil
import signal
import sqlite3
import sys
import time
from collections.abc import Callable
from pathlib import Path

import pytest
from crashkit import (
    actuals,
    reopen,
    reported,
    sha,
    sound,
    start,
    value_cells,
    wait_for,
    write_cells,
)
from writer_child import PASTE, edit_cell, edit_value, paste_value

from perfdesk.store import ops
from perfdesk.store.document import Document

pytestmark = [
    pytest.mark.slow,
    pytest.mark.skipif(sys.platform == "win32", reason="SIGKILL is POSIX"),
]

KILLS = 20
EDIT_KILLS = 120


def _print(
    capsys: pytest.CaptureFixture[str], kind: str, kills: int, commits: int, note: str = ""
) -> None:
    with capsys.disabled():
        print(f"\n{kind}: kills {kills}, reported commits {commits}, lost 0{note}", end="")


def _kill_after(child: object, delay: float) -> bool:
    """SIGKILL the child after `delay` s; True when it was still running (a real kill)."""
    import subprocess

    assert isinstance(child, subprocess.Popen)
    time.sleep(delay)
    alive = child.poll() is None
    if alive:
        child.send_signal(signal.SIGKILL)
    child.wait(timeout=60)
    return alive and child.returncode == -signal.SIGKILL


def _model_after(
    model: list[float | None], writes: int, first: int, write: Callable[[list, int], None]
) -> list[float | None]:
    state = list(model)
    for n in range(first, writes):
        write(state, n)
    return state


def _looping_kind(
    path: Path,
    cells: list[tuple[str, str]],
    kind: str,
    kills: int,
    window: float,
    write: Callable[[int], Callable[[list, int], None]],
    rng: random.Random,
) -> int:
    """Kill `kills` children that loop over commits; check each aftermath. Commits reported."""
    cells_file = write_cells(cells, path.with_name("cells.json"))
    with Document.open(path) as doc:
        model = actuals(doc, cells)
    commits = 0
    for run in range(kills):
        child = start(kind, path, cells_file, run)
        wait_for(child, "ready")
        assert _kill_after(child, rng.uniform(0.0, window)), f"{kind} child ended by itself"
        said = len(reported(child))
        commits += said
        step = write(run)
        # What it reported, and what one more commit (done but never said) would give.
        reported_state = _model_after(model, said, 0, step)
        one_more = _model_after(reported_state, said + 1, said, step)
        with reopen(path) as doc:
            found = actuals(doc, cells)
        assert sound(path)
        if found not in (reported_state, one_more):
            differ = [
                (i, was, got, want, more)
                for i, (was, got, want, more) in enumerate(
                    zip(model, found, reported_state, one_more, strict=True)
                )
                if got != want
            ]
            pytest.fail(
                f"{kind} run {run}: {len(differ)} cells differ from the {said} reported "
                f"commits (cell, before the run, found, reported, one more): {differ[:5]}"
            )
        model = found
    return commits


def test_single_edits_killed_120_times_lose_nothing(
    demo_zh: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    with Document.open(demo_zh) as doc:
        cells = value_cells(doc, 60)

    def write(run: int) -> Callable[[list, int], None]:
        def apply(state: list, n: int) -> None:
            state[edit_cell(run, n, len(cells))] = edit_value(run, n)

        return apply

    commits = _looping_kind(demo_zh, cells, "edits", EDIT_KILLS, 0.15, write, random.Random(1))
    assert commits > EDIT_KILLS  # the kills landed among commits, not before the first
    _print(capsys, "single edits", EDIT_KILLS, commits)


def test_500_cell_pastes_killed_20_times_are_whole_or_absent(
    demo_zh: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    with Document.open(demo_zh) as doc:
        cells = value_cells(doc, PASTE)

    def write(run: int) -> Callable[[list, int], None]:
        def apply(state: list, n: int) -> None:
            state[:] = [paste_value(run, n, i) for i in range(len(cells))]

        return apply

    commits = _looping_kind(demo_zh, cells, "paste", KILLS, 0.8, write, random.Random(2))
    assert commits > KILLS
    _print(capsys, "500-cell paste", KILLS, commits)


# -- single-shot kinds: import and merge --------------------------------------------------
def _single_shots(
    kind: str,
    word: str,
    prepare: Callable[[int], list[object]],
    judge: Callable[[int, bool], None],
    rng: random.Random,
) -> tuple[int, int]:
    """Run 0 finishes (the time to its report sets the window); then kill until KILLS
    real kills.
    `judge(run, said)` checks the aftermath. Returns (kills, reported commits)."""
    kills = commits = 0
    window = 0.0
    for run in range(KILLS * 3):
        child = start(kind, *prepare(run))
        wait_for(child, word)
        started = time.perf_counter()
        if run == 0:  # up to its report: the commit lies inside the window, not at its end
            assert child.stdout is not None
            line = child.stdout.readline()
            window = (time.perf_counter() - started) * 1.3
            assert line.startswith("c "), line
            assert not reported(child) and child.returncode == 0
            killed, said = False, True
        else:
            killed = _kill_after(child, rng.uniform(0.0, window))
            said = bool(reported(child))
        commits += said
        kills += killed
        judge(run, said)
        if kills >= KILLS:
            return kills, commits
    pytest.fail(f"only {kills} of {KILLS} {kind} children were still running when killed")


def _import_csv(rows: list[tuple[str, str, str]], run: int, path: Path) -> list[float]:
    values = [float((run * 3 + i) % 89 + 1) for i in range(len(rows))]
    with path.open("w", encoding="utf-8-sig", newline="") as handle:
        out = csv.writer(handle)
        out.writerow(["部门", "指标", "期间", "实际"])
        for (unit, kpi, period), value in zip(rows, values, strict=True):
            out.writerow([unit, kpi, period, f"{value:g}"])
    return values


def _values_in(path: Path, cells: list[tuple[str, str]]) -> list[float | None]:
    """The actuals of `cells` in any copy (a backup), read without touching it."""
    conn = sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True)
    try:
        found = {
            (goal, period): actual
            for goal, period, actual in conn.execute(
                "SELECT g.id, v.period, v.actual FROM goal_values v JOIN goals g ON g.key = v.goal"
            )
        }
    finally:
        conn.close()
    return [found.get(cell) for cell in cells]


def test_imports_killed_20_times_are_all_or_nothing_with_their_backup(
    demo_zh: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    with Document.open(demo_zh) as doc:
        found = doc.conn.execute(
            "SELECT u.name, k.code, v.period, g.id FROM goal_values v JOIN goals g "
            "ON g.key = v.goal JOIN org_units u ON u.id = g.unit_id JOIN kpis k "
            "ON k.id = g.kpi_id WHERE g.person_id IS NULL AND g.deleted = 0 "
            "AND v.actual IS NOT NULL AND v.locked = 0 ORDER BY g.id, v.period LIMIT 300"
        ).fetchall()
        rows = [(u, k, p) for u, k, p, _g in found]
        cells = [(g, p) for _u, _k, p, g in found]
        state = actuals(doc, cells)
    sources: dict[int, tuple[Path, list[float]]] = {}

    def prepare(run: int) -> list[object]:
        data = tmp_path / f"erp-{run}.csv"
        sources[run] = (data, _import_csv(rows, run, data))
        return [demo_zh, data]

    def judge(run: int, said: bool) -> None:
        nonlocal state
        data, values = sources[run]
        digest = sha(data)[:40]
        with reopen(demo_zh) as doc:
            now = actuals(doc, cells)
            record = doc.conn.execute(
                "SELECT backup, rows FROM imports WHERE package_id = ?", (f"actuals:{digest}",)
            ).fetchone()
        assert sound(demo_zh)
        assert now in (state, values), f"import run {run}: half applied"
        outcomes["after" if now == values else "before"] += run > 0
        assert not said or now == values, f"import run {run}: a reported import is lost"
        assert (record is not None) == (now == values), f"run {run}: imports row disagrees"
        if record is not None:
            backup = Path(record[0])
            assert backup.is_file() and record[1] == len(cells)
            assert _values_in(backup, cells) == state, "the backup is not the state before"
        state = now

    outcomes = {"before": 0, "after": 0}
    kills, commits = _single_shots("import", "applying", prepare, judge, random.Random(3))
    assert outcomes["before"] > 0  # some kills landed before the commit, not only after
    # A kill between the byte backup and the commit leaves that backup behind, recorded
    # nowhere (the document is as it was). Counted, not judged: backups and their
    # retention are #23 item 6's.
    with Document.open(demo_zh, read_only=True) as doc:
        recorded = {row[0] for row in doc.conn.execute("SELECT backup FROM imports")}
    stray = [p for p in demo_zh.parent.glob(f"{demo_zh.name}.import-*.bak")]
    stray = [p for p in stray if str(p) not in recorded]
    note = f"; states found {outcomes}; unrecorded backups left by kills {len(stray)}"
    _print(capsys, "import of actuals", kills, commits, note)


def test_merges_killed_20_times_are_all_or_nothing_with_their_backup(
    demo_zh: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    from perfdesk.store.exchange.department import make_department_file
    from perfdesk.store.exchange.package import export_package

    sales = tmp_path / "sales.perfdesk"
    make_department_file(demo_zh, "销售部", sales)
    with Document.open(sales) as doc:
        unit = doc.meta("unit_id")
        cells = [
            (g, p)
            for g, p in doc.conn.execute(
                "SELECT g.id, v.period FROM goal_values v JOIN goals g ON g.key = v.goal "
                "WHERE g.unit_id = ? AND g.deleted = 0 AND v.actual IS NOT NULL",
                (unit,),
            )
        ]
        ops.set_values(doc, [(g, p, "actual", 7.0) for g, p in cells])
    package = export_package(sales, tmp_path / "sales.pdpkg").path
    master = tmp_path / "master.perfdesk"
    shutil.move(demo_zh, master)
    master_sha = sha(master)
    with Document.open(master, read_only=True) as doc:
        before = actuals(doc, cells)
    after = [7.0] * len(cells)
    assert before != after
    target = tmp_path / "target.perfdesk"

    def prepare(run: int) -> list[object]:
        for stale in tmp_path.glob("target.perfdesk*"):
            stale.unlink()
        shutil.copyfile(master, target)
        return [target, package]

    def judge(run: int, said: bool) -> None:
        with reopen(target) as doc:
            now = actuals(doc, cells)
            records = doc.conn.execute("SELECT backup FROM imports WHERE backup <> ''").fetchall()
        assert sound(target)
        assert now in (before, after), f"merge run {run}: half merged"
        outcomes["after" if now == after else "before"] += run > 0
        assert not said or now == after, f"merge run {run}: a reported merge is lost"
        assert len(records) == (now == after), f"merge run {run}: imports row disagrees"
        if records:
            assert sha(Path(records[0][0])) == master_sha, "the backup is not the file before"

    outcomes = {"before": 0, "after": 0}
    kills, commits = _single_shots("merge", "merging", prepare, judge, random.Random(4))
    assert outcomes["before"] > 0
    _print(capsys, "merge", kills, commits, f"; states found {outcomes}")


# -- a running meeting -----------------------------------------------------------------------
def test_a_running_meeting_killed_20_times_resumes_with_every_event(
    demo_zh: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    from meeting_docs import add_weekly_meeting
    from perfdesk.store.repo_meeting_run import meeting_events, replay_meeting, running_meeting

    with Document.open(demo_zh) as doc:
        meeting, items = add_weekly_meeting(doc)
    rng = random.Random(5)
    events = commits = 0
    for run in range(KILLS):
        child = start("meeting", demo_zh, meeting)
        assert child.stdout is not None
        line = child.stdout.readline().strip()
        if line == "c 0":  # the first child starts the meeting
            commits += 1
            events += 1
            line = child.stdout.readline().strip()
        assert line == "ready", line
        assert _kill_after(child, rng.uniform(0.0, 0.2))
        said = len(reported(child))
        commits += said
        with reopen(demo_zh) as doc:
            running = running_meeting(doc.conn)
            assert running is not None and running.id == meeting, f"run {run}: not running"
            found = meeting_events(doc.conn, meeting)
            assert [e.seq for e in found] == list(range(len(found)))
            assert events + said <= len(found) <= events + said + 1, (
                f"run {run}: {len(found)} events, {events} before and {said} reported"
            )
            events = len(found)
            state = replay_meeting(doc.conn, meeting, int(time.time() * 1000))
            assert state.current_id in items, f"run {run}: current item {state.current_id}"
            assert all(t.elapsed_seconds >= 0 for t in state.items.values())
            assert state.paused_seconds >= 0
        assert sound(demo_zh)
    with Document.open(demo_zh) as doc:  # and it can still be ended and locked
        ended = ops.end_meeting(doc, meeting, int(time.time() * 1000))
        assert all(t.elapsed_seconds >= 0 for t in ended.items.values())
    _print(capsys, "meeting clock events", KILLS, commits)
