"""A merge killed with SIGKILL at random points leaves the target either as it was or
fully merged, and sound (issue #17). Slow: ~25 runs of a child process."""

from __future__ import annotations

import os
import random
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest
from exchange_files import fork_department

from perfdesk.store import ops
from perfdesk.store.document import Document, check_document
from perfdesk.store.exchange.package import export_package

KILLS = 24

_CHILD = """
import sys
from perfdesk.store.document import Document
from perfdesk.store.exchange.merge import plan_merge
from perfdesk.store.exchange.apply import merge_packages
from perfdesk.store.exchange.package import read_package
doc = Document.open(sys.argv[1], take_over=True)
package = read_package(sys.argv[2])
plan = plan_merge(doc, package)
print("merging", flush=True)
merge_packages(doc, [plan])
print("merged", flush=True)
"""


def _state(path: Path) -> tuple[float, int]:
    """(sum of the department's actuals, merges recorded) of the target."""
    with Document.open(path, take_over=True) as doc:  # recovers a cut-off change first
        total = doc.conn.execute("SELECT total(actual) FROM goal_values").fetchone()[0]
        merges = doc.conn.execute("SELECT count(*) FROM imports WHERE backup <> ''").fetchone()[0]
    return float(total), int(merges)


@pytest.mark.slow
@pytest.mark.skipif(sys.platform == "win32", reason="SIGKILL is POSIX")
def test_a_killed_merge_leaves_the_target_before_or_after_and_sound(
    demo_zh: Path, tmp_path: Path
) -> None:
    with Document.open(demo_zh) as company:
        unit = company.conn.execute("SELECT id FROM org_units WHERE name = '销售部'").fetchone()[0]
        with fork_department(company, unit, tmp_path / "sales.perfdesk") as sales:
            cells = sales.conn.execute(
                "SELECT g.id, v.period FROM goal_values v JOIN goals g ON g.key = v.goal "
                "JOIN people p ON p.id = g.person_id WHERE v.actual IS NOT NULL"
            ).fetchall()
            ops.set_values(sales, [(goal, period, "actual", 7.0) for goal, period in cells])
    package = export_package(tmp_path / "sales.perfdesk", tmp_path / "sales.pdpkg").path
    master = tmp_path / "master.perfdesk"
    os.replace(demo_zh, master)
    before = _state(master)

    target = tmp_path / "target.perfdesk"
    durations = []
    outcomes = {"before": 0, "after": 0}
    after: tuple[float, int] | None = None
    rng = random.Random(17)
    for run in range(KILLS + 1):
        for stale in tmp_path.glob("target.perfdesk*"):
            stale.unlink()
        for stale in tmp_path.glob(".~lock.target*"):
            stale.unlink()
        target.write_bytes(master.read_bytes())
        with subprocess.Popen(
            [sys.executable, "-c", _CHILD, str(target), str(package)],
            stdout=subprocess.PIPE,
            text=True,
        ) as child:
            assert child.stdout is not None
            assert child.stdout.readline().strip() == "merging"
            started = time.perf_counter()
            if run == 0:  # the first run finishes: its length sets the window to kill in
                assert child.stdout.readline().strip() == "merged"
                child.wait(timeout=60)
                durations.append(time.perf_counter() - started)
            else:
                time.sleep(rng.uniform(0, durations[0] * 1.2))
                os.kill(child.pid, signal.SIGKILL)
                child.wait(timeout=60)
        if run == 0:
            after = _state(target)
            assert after != before
            continue
        state = _state(target)
        assert state in (before, after), f"run {run}: half merged: {state}"
        outcomes["before" if state == before else "after"] += 1
        result = check_document(target)
        assert result.ok, result.problems
    assert outcomes["before"] > 0  # kills landed before the commit, not only after it
    assert sum(outcomes.values()) == KILLS
