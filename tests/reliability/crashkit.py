"""The parent's side of the crash, power-loss, two-writer and disk-full tests: start
writer_child.py, pick cells, read values back, and say whether a document is sound.

Children run with the byte-code cache on (in a folder of their own): this machine sets
PYTHONDONTWRITEBYTECODE, and compiling perfdesk.store again in every child would cost
each kill a quarter of a second.
"""

from __future__ import annotations

import hashlib
import json
import os
import subprocess
import sys
import tempfile
from pathlib import Path

from perfdesk.store.document import Document, check_document
from perfdesk.store.lock import Stale, lock_path, read_claim

HERE = Path(__file__).resolve().parent
CHILD = HERE / "writer_child.py"
SRC = str(HERE.parents[1] / "src")
_CACHE = Path(tempfile.gettempdir()) / f"perfdesk-crash-pycache-{os.getuid()}"


def child_env() -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if k != "PYTHONDONTWRITEBYTECODE"}
    env["PYTHONPATH"] = SRC
    env["PYTHONPYCACHEPREFIX"] = str(_CACHE)
    return env


def start(kind: str, *args: object) -> subprocess.Popen[str]:
    """writer_child.py KIND ARGS… with stdin and stdout piped (its "ready" / "c …" lines)."""
    return subprocess.Popen(
        [sys.executable, str(CHILD), kind, *map(str, args)],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        env=child_env(),
    )


def wait_for(child: subprocess.Popen[str], word: str) -> None:
    assert child.stdout is not None
    line = child.stdout.readline().strip()
    if line != word:
        child.kill()
        _out, err = child.communicate(timeout=30)
        raise AssertionError(f"the child said {line!r}, not {word!r}: {err}")


def reported(child: subprocess.Popen[str]) -> list[str]:
    """The "c …" lines of a child that was killed (or finished), in order.

    Read through the same text stream as `wait_for`: its readline may already hold lines
    after "ready" in its buffer, which communicate() (reading the pipe itself) misses."""
    assert child.stdout is not None and child.stderr is not None
    if child.stdin is not None:
        child.stdin.close()
    out = child.stdout.read()
    child.stderr.read()
    child.wait(timeout=60)
    return [line[2:] for line in out.splitlines() if line.startswith("c ")]


def cli(*args: object, timeout: float = 120) -> subprocess.CompletedProcess[str]:
    """`perfdesk ARGS…` in a process of its own."""
    return subprocess.run(
        [sys.executable, "-m", "perfdesk", *map(str, args)],
        capture_output=True,
        text=True,
        env=child_env(),
        timeout=timeout,
    )


def cli_start(*args: object) -> subprocess.Popen[str]:
    return subprocess.Popen(
        [sys.executable, "-m", "perfdesk", *map(str, args)],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        env=child_env(),
    )


def sha(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def value_cells(doc: Document, count: int) -> list[tuple[str, str]]:
    """`count` (goal id, period) cells of live goals that hold an actual, in a fixed order."""
    rows = doc.conn.execute(
        "SELECT g.id, v.period FROM goal_values v JOIN goals g ON g.key = v.goal "
        "WHERE g.deleted = 0 AND v.actual IS NOT NULL AND v.locked = 0 "
        "ORDER BY g.id, v.period LIMIT ?",
        (count,),
    ).fetchall()
    assert len(rows) == count, f"the demo has only {len(rows)} cells"
    return [(str(goal), str(period)) for goal, period in rows]


def write_cells(cells: list[tuple[str, str]], path: Path) -> Path:
    path.write_text(json.dumps(cells), encoding="utf-8")
    return path


def actuals(doc: Document, cells: list[tuple[str, str]]) -> list[float | None]:
    found = dict(
        ((str(goal), str(period)), actual)
        for goal, period, actual in doc.conn.execute(
            "SELECT g.id, v.period, v.actual FROM goal_values v JOIN goals g ON g.key = v.goal"
        )
    )
    return [found.get(cell) for cell in cells]


def lock_is_free_or_stale(path: Path) -> bool:
    """After a kill: nobody holds the file, or the claim is the dead child's (gone)."""
    claim = read_claim(path)
    return claim is None or claim.stale is Stale.GONE


def reopen(path: Path) -> Document:
    """The next open after a crash, as the window does once the user agreed to take the
    dead writer's claim over: it must work (and rolls a cut-off change back)."""
    assert lock_is_free_or_stale(path), f"{lock_path(path)} is held by a live process"
    return Document.open(path, take_over=True)


def sound(path: Path) -> bool:
    result = check_document(path)
    assert result.ok, result.problems
    return result.ok
