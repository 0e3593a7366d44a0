"""`perfdesk backups`: list a document's backups, restore one, or keep at most N.

    perfdesk backups FILE                  # newest first: time, reason, size, name
    perfdesk backups FILE --restore NAME   # put backup NAME back (after backing up FILE)
    perfdesk backups FILE --keep N         # delete the oldest beyond N now

The work is store/backups.py, as in File → Restore Backup…. Exit status: 0 done,
1 refused (foreign or damaged backup, a running meeting, too little space, the file in
use), 2 FILE is not a usable document.
"""

from __future__ import annotations

import argparse
import sqlite3
import sys
from pathlib import Path
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from perfdesk.store.backups import Backup

EXIT_OK, EXIT_FAILED, EXIT_UNUSABLE = 0, 1, 2


def add_parsers(commands: Any) -> None:
    parser = commands.add_parser(
        "backups",
        help="list a document's backups, restore one, or keep at most N",
        description="The copies perfdesk takes beside a document before every upgrade, "
        "import, merge and restore, newest first. Exit status: 0 done, 1 refused, 2 not a "
        "usable document.",
    )
    parser.add_argument("file", type=Path, metavar="FILE.perfdesk")
    parser.add_argument(
        "--restore",
        metavar="NAME",
        help="put this backup (its file name as listed) in place of FILE; FILE is backed "
        "up first, so the restore can be undone the same way",
    )
    parser.add_argument(
        "--keep",
        type=int,
        metavar="N",
        help="delete the oldest backups beyond N now (never the one Undo Import needs)",
    )


def run_backups(args: argparse.Namespace) -> int:
    from perfdesk.store import backups

    path: Path = args.file
    if args.restore:
        return _restore(path, args.restore)
    with _reader(path) as conn:
        if args.keep is not None:
            deleted = backups.prune(path, conn, count=args.keep)
            for gone in deleted:
                print(f"deleted {gone.name}")
            print(f"kept {len(backups.list_backups(path))} backups of {path.name}")
            return EXIT_OK
        found = backups.list_backups(path, conn)
    if not found:
        print(f"no backups of {path.name} in {path.parent.resolve()}")
        return EXIT_OK
    print(f"backups of {path.name}, newest first:")
    for backup in found:
        taken = backup.taken.strftime("%Y-%m-%d %H:%M:%S")
        print(f"  {taken}  {backups.size_text(backup.size):>9}  {backup.reason()}")
        print(f"      {backup.path.name}")
    return EXIT_OK


class _reader:
    """`backups.open_reader` as a context: None when the document cannot be read (its
    backups are listed all the same)."""

    def __init__(self, path: Path) -> None:
        self.path = path
        self.conn: sqlite3.Connection | None = None

    def __enter__(self) -> sqlite3.Connection | None:
        from perfdesk.store.backups import open_reader

        self.conn = open_reader(self.path)
        return self.conn

    def __exit__(self, *exc: object) -> None:
        if self.conn is not None:
            self.conn.close()


def _restore(path: Path, name: str) -> int:
    from perfdesk.store.backups import list_backups, restore_backup
    from perfdesk.store.document import (
        Document,
        DocumentError,
        FileBusy,
        LockedFile,
        NewerFile,
    )

    chosen = next((b for b in list_backups(path) if b.path.name == Path(name).name), None)
    if chosen is None:
        print(f"perfdesk: {name}: not a backup of {path.name} beside it", file=sys.stderr)
        return EXIT_FAILED
    try:
        doc = Document.open(path)
    except (LockedFile, FileBusy, NewerFile) as exc:  # in use, or made by a newer perfdesk
        print(f"perfdesk: {exc.path}: {exc.message}", file=sys.stderr)
        return EXIT_FAILED
    except DocumentError as exc:  # damaged, emptied, gone: put the backup in its place
        print(f"perfdesk: {exc.path}: {exc.message}", file=sys.stderr)
        return _restore_unopened(path, chosen)
    try:
        restored = restore_backup(doc, chosen.path)
    except DocumentError as exc:
        doc.close()
        print(f"perfdesk: {exc.path}: {exc.message}", file=sys.stderr)
        return EXIT_FAILED
    restored.document.close()
    print(f"restored {path} from {chosen.path.name} ({chosen.reason()})")
    print(f"the document as it was is kept as {restored.before.name}")
    return EXIT_OK


def _restore_unopened(path: Path, chosen: Backup) -> int:
    from perfdesk.store.backups import restore_unopened
    from perfdesk.store.document import DocumentError

    try:
        before = restore_unopened(path, chosen.path)
    except DocumentError as exc:
        print(f"perfdesk: {exc.path}: {exc.message}", file=sys.stderr)
        return EXIT_FAILED
    print(f"restored {path} from {chosen.path.name} ({chosen.reason()})")
    if before is not None:
        print(f"the file it replaced is kept as {before.name}")
    return EXIT_OK
