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
import shutil
import subprocess
import sys
import tempfile
from dataclasses import dataclass
from pathlib import Path

import pytest

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
        child.stdout.close()
        raise AssertionError(f"the child said {line!r}, not {word!r}: {err}")


def reported(child: subprocess.Popen[str]) -> list[str]:
    """The "c …" lines of a child that was killed (or finished), in order.

    Read through the same text stream as `wait_for`: its readline may already hold lines
    after "ready" in its buffer, which communicate() (reading the pipe itself) misses."""
    assert child.stdout is not None and child.stderr is not None
    if child.stdin is not None:
        child.stdin.close()
    with child.stdout, child.stderr:
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


# -- a small disk ------------------------------------------------------------------------
_SMALL_DISK = r"""
mount -t tmpfs -o "size=$SIZE" tmpfs "$DISK" || exit 97
cp -p "$INPUTS"/. "$DISK"/ -R || exit 98
cd "$DISK"
"$@" >"$OUT/stdout" 2>"$OUT/stderr"
echo $? >"$OUT/rc"
mkdir "$OUT/after" && cp -a "$DISK"/. "$OUT/after"/
"""


@dataclass
class SmallDisk:
    rc: int
    stdout: str
    stderr: str
    after: Path  # a copy of the disk's files as the command left them
    disk: Path  # where the disk was mounted (the paths the command saw)


def on_small_disk(inputs: list[Path], room: int, command: list[object], folder: Path) -> SmallDisk:
    """Run `command` with `inputs` copied onto a tmpfs of their size plus `room` bytes,
    mounted at folder/disk in a mount namespace of its own (`unshare -rm`: no root
    needed, nothing left mounted). Paths in `command` may name folder/disk/NAME."""
    if shutil.which("unshare") is None:
        pytest.skip("no unshare(1): a small disk cannot be made here")
    disk, staged, out = folder / "disk", folder / "inputs", folder / "out"
    for made in (disk, staged, out):
        made.mkdir(parents=True)
    size = 0
    for path in inputs:
        shutil.copy2(path, staged / path.name)
        size += -(-path.stat().st_size // 4096) * 4096
    env = {**child_env(), "SIZE": str(size + room), "DISK": str(disk)}
    env.update(INPUTS=str(staged), OUT=str(out))
    done = subprocess.run(
        ["unshare", "-rm", "sh", "-c", _SMALL_DISK, "sh", *map(str, command)],
        env=env,
        capture_output=True,
        text=True,
        timeout=300,
    )
    if done.returncode in (97, 98) or not (out / "rc").exists():
        pytest.skip(f"no tmpfs in a mount namespace here: {done.stderr.strip()[:200]}")
    return SmallDisk(
        int((out / "rc").read_text()),
        (out / "stdout").read_text(),
        (out / "stderr").read_text(),
        out / "after",
        disk,
    )
