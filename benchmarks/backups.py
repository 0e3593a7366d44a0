"""What a backup costs before an upgrade, import, merge or restore (store/backups.py).

On a copy of a document (the small demo, or --company PATH for the company demo), with
medians over --runs:

- taking a backup (free-space check, copy to a hidden part, fsync, rename, folder sync)
  next to two floors measured in the same run: a plain `shutil.copyfile` and the same
  copy with an fsync (what "never a partial copy after a power cut" costs at least).
  Goal: <= 1.3x the fsync floor;
- listing 20 backups with their reasons (the dialog's first paint): goal < 20 ms;
- checking a backup before restoring it (`inspect_backup`) next to `check_document`
  alone: goal <= 1.2x;
- a whole restore (checks, a backup of the current bytes, the synced copy, replace,
  reopen) next to the floor of what it cannot skip: `check_document` of the backup plus
  two synced copies: goal <= 1.5x.

    python benchmarks/backups.py [--runs 7] [--company PATH]

Prints a table of medians (seconds) and ratios.
"""

from __future__ import annotations

import argparse
import os
import shutil
import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

SRC = Path(__file__).resolve().parents[1] / "src"
sys.path.insert(0, str(SRC))

from perfdesk.store import backups  # noqa: E402
from perfdesk.store.document import Document  # noqa: E402
from perfdesk.store.validate import check_document  # noqa: E402


def median(
    runs: int, work: Callable[[], object], before: Callable[[], object] = lambda: None
) -> float:
    times = []
    for _ in range(runs):
        before()
        started = time.perf_counter()
        work()
        times.append(time.perf_counter() - started)
    return statistics.median(times)


def synced_copy(source: Path, target: Path) -> None:
    target.unlink(missing_ok=True)
    backups.copy_synced(source, target)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=7)
    parser.add_argument("--company", type=Path, help="a company demo document to copy")
    args = parser.parse_args()
    folder = Path(tempfile.mkdtemp(prefix="perfdesk-bench-backups-"))
    try:
        path = folder / "doc.perfdesk"
        if args.company:
            shutil.copyfile(args.company, path)
        else:
            from perfdesk.demo import build_demo

            build_demo(path, lang="zh")
        size = path.stat().st_size
        plain = folder / "plain.bak"

        def clear() -> None:
            for old in backups.list_backups(path):
                old.path.unlink()

        copy_floor = median(args.runs, lambda: shutil.copyfile(path, plain))
        sync_floor = median(args.runs, lambda: synced_copy(path, plain))
        take = median(args.runs, lambda: backups.take_backup(path, "merge"), clear)
        clear()
        made = [backups.take_backup(path, "import") for _ in range(20)]
        listing = median(args.runs, lambda: backups.list_backups(path))
        doc = Document.open(path)
        document_id = doc.document_id
        check_floor = median(args.runs, lambda: check_document(made[0]))
        inspect = median(args.runs, lambda: backups.inspect_backup(made[0], document_id))
        restore_floor = median(
            args.runs,
            lambda: (synced_copy(path, plain), synced_copy(made[0], folder / "plain2.bak")),
        )
        times = []
        for _ in range(args.runs):
            started = time.perf_counter()
            doc = backups.restore_backup(doc, made[-1]).document  # newest: kept
            times.append(time.perf_counter() - started)
        restore = statistics.median(times)
        doc.close()

        print(f"document: {size / 1e6:.1f} MB, {args.runs} runs, medians in seconds")
        print(f"{'what':<44} {'median':>9} {'floor':>9} {'ratio':>6}  goal")
        rows = [
            ("copy, no fsync (floor)", copy_floor, None, ""),
            ("copy + fsync (floor)", sync_floor, None, ""),
            ("take_backup", take, sync_floor, "<= 1.3x fsync floor"),
            ("list 20 backups", listing, None, "< 0.020 s"),
            ("check_document (floor)", check_floor, None, ""),
            ("inspect_backup", inspect, check_floor, "<= 1.2x"),
            ("two synced copies", restore_floor, None, ""),
            ("check + two synced copies (floor)", check_floor + restore_floor, None, ""),
            ("restore_backup (incl. reopen)", restore, check_floor + restore_floor, "<= 1.5x"),
        ]
        for name, value, floor, goal in rows:
            ratio = f"{value / floor:6.2f}" if floor else "      "
            shown = f"{floor:9.4f}" if floor else " " * 9
            print(f"{name:<44} {value:9.4f} {shown} {ratio}  {goal}")
    finally:
        shutil.rmtree(folder, ignore_errors=True)
    return 0


if __name__ == "__main__":
    os.environ.setdefault("PYTHONDONTWRITEBYTECODE", "1")
    sys.exit(main())
