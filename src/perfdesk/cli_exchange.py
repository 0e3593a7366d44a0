"""`perfdesk package` and `perfdesk merge`: exchange between files without a window.

    perfdesk package FILE [--unit NAME] [--since STAMP] -o OUT.pdpkg
    perfdesk merge TARGET PACKAGE... [--prefer newer|mine|theirs] [--dry-run]
    perfdesk merge TARGET --undo

Exit status: 0 done (or nothing to do), 1 refused (conflicts left undecided, rows
that do not resolve, a document in use), 2 a file that is not a package or document,
damaged or newer.
"""

from __future__ import annotations

import argparse
import sqlite3
import sys
from pathlib import Path
from typing import Any

EXIT_OK, EXIT_FAILED, EXIT_UNUSABLE = 0, 1, 2
_SHOWN = 20  # rows listed per kind before "… and N more"


def add_parsers(commands: Any) -> None:
    package = commands.add_parser(
        "package",
        help="export a package (.pdpkg) of a document's rows for another file",
        description="A department file sends its own unit's rows; a company file sends "
        "one unit's rows (--unit) or everything.",
    )
    package.add_argument("file", type=Path, metavar="FILE.perfdesk")
    package.add_argument("--unit", help="the unit (id, name or code) a company file sends")
    package.add_argument(
        "--since",
        type=int,
        default=0,
        metavar="STAMP",
        help="only rows changed after this stamp of the sender (see the last package's manifest)",
    )
    package.add_argument("-o", "--out", type=Path, required=True, metavar="OUT.pdpkg")
    package.add_argument("--force", action="store_true", help="replace OUT if it exists")

    merge = commands.add_parser(
        "merge",
        help="merge packages into a document (preview with --dry-run)",
        description="Exit status: 0 merged or nothing to do, 1 refused or conflicts "
        "undecided, 2 not a package or damaged.",
    )
    merge.add_argument("target", type=Path, metavar="TARGET.perfdesk")
    merge.add_argument("packages", type=Path, nargs="*", metavar="PACKAGE.pdpkg")
    merge.add_argument(
        "--prefer",
        choices=["newer", "mine", "theirs"],
        help="decide every conflict: the newer stamp, the target's value, or the package's "
        "(without it, conflicts are listed and nothing is merged)",
    )
    merge.add_argument(
        "--dry-run", action="store_true", help="list what would change; write nothing"
    )
    merge.add_argument(
        "--undo", action="store_true", help="put back the backup taken before the last merge"
    )


def run_package(args: argparse.Namespace) -> int:
    from perfdesk.store.document import DocumentError, check_document
    from perfdesk.store.exchange.package import export_package

    try:
        result = check_document(args.file)
        if not result.ok or not result.current:
            problem = result.problems[0] if result.problems else "an older file: open it once"
            print(f"perfdesk: {args.file}: {problem}", file=sys.stderr)
            return EXIT_UNUSABLE
        exported = export_package(args.file, args.out, args.unit or "", args.since, args.force)
    except DocumentError as exc:
        print(f"perfdesk: {exc.path}: {exc.message}", file=sys.stderr)
        return EXIT_FAILED
    manifest = exported.manifest
    print(f"wrote {exported.path} in {exported.seconds:.2f} s")
    print(f"  from: {manifest.source_name} ({manifest.source_role})")
    print(f"  rows: {manifest.rows:,}  periods: {manifest.period_first}…{manifest.period_last}")
    print(f"  clock: {manifest.clock} (use --since {manifest.clock} for the next one)")
    return EXIT_OK


def run_merge(args: argparse.Namespace) -> int:
    from perfdesk.store.document import Document, DocumentError, LockedFile
    from perfdesk.store.exchange.apply import merge_packages
    from perfdesk.store.exchange.merge import MergeRefused, plan_merge
    from perfdesk.store.exchange.package import PackageError, read_package

    if args.undo:
        return _undo(args.target)
    if not args.packages:
        print("perfdesk: name at least one package (or --undo)", file=sys.stderr)
        return EXIT_FAILED
    try:
        doc = Document.open(args.target)
    except LockedFile as exc:
        print(f"perfdesk: {exc.path}: {exc.message}", file=sys.stderr)
        return EXIT_FAILED
    except DocumentError as exc:
        print(f"perfdesk: {exc.path}: {exc.message}", file=sys.stderr)
        return EXIT_UNUSABLE
    if doc.read_only:  # a write-protected file or folder: say so before planning anything
        print(
            f"perfdesk: {args.target}: it can only be opened read-only "
            f"({doc.read_only_reason}); nothing was merged",
            file=sys.stderr,
        )
        doc.close()
        return EXIT_FAILED
    packages = []
    try:
        plans = []
        for path in args.packages:
            package = read_package(path)
            packages.append(package)
            plan = plan_merge(doc, package)
            plan.decide(args.prefer or "ask")
            plans.append(plan)
            _print_plan(plan)
        undecided = sum(len(plan.undecided) for plan in plans)
        if args.dry_run:
            print("dry run: nothing was written")
            return EXIT_OK
        if undecided:
            print(
                f"perfdesk: {undecided} conflicts: decide them with --prefer newer|mine|theirs "
                "(or in the window: File → Import Package); nothing was merged",
                file=sys.stderr,
            )
            return EXIT_FAILED
        result = merge_packages(doc, plans)
        if result.backup is None:
            print("nothing to merge: the target already has everything in these packages")
        else:
            print(f"merged {result.rows:,} rows; backup of the target: {result.backup}")
            print(f"  undo with: perfdesk merge {args.target} --undo")
        return EXIT_OK
    except PackageError as exc:
        print(f"perfdesk: {exc.path}: {exc.message}", file=sys.stderr)
        refused = isinstance(exc, MergeRefused)
        return EXIT_FAILED if refused else EXIT_UNUSABLE
    except DocumentError as exc:  # its backup could not be made (space, a refused write)
        print(f"perfdesk: {exc.path}: {exc.message}", file=sys.stderr)
        return EXIT_FAILED
    except sqlite3.OperationalError as exc:  # a full disk, busy: rolled back
        print(
            f"perfdesk: {args.target}: the merge could not be saved ({exc}); nothing of the "
            "package it was writing was merged",
            file=sys.stderr,
        )
        return EXIT_FAILED
    finally:
        for package in packages:
            package.discard()
        doc.close()


def _print_plan(plan: Any) -> None:
    manifest = plan.package.manifest
    print(f"{plan.package.path}: from {manifest.source_name} ({manifest.source_role})")
    print(f"  made {manifest.created} by {manifest.created_by}, {manifest.rows:,} rows")
    counts = plan.counts()
    print(
        "  new {new}, updated {update}, deleted {delete}, conflicts {conflict}, "
        "refused {refused}".format(**counts)
        + f", the same {plan.unchanged:,}, ours newer {plan.kept:,}"
    )
    if plan.already_imported:
        print("  (this package was imported before)")
    for mapping in plan.mappings:
        print(
            f"  maps {mapping.table}: {mapping.their_label} -> {mapping.our_label} "
            f"({mapping.reason})"
        )
    for kind in ("conflict", "refused"):
        rows = plan.of_kind(kind)
        for change in rows[:_SHOWN]:
            cols = ", ".join(change.changed)
            ours = {c: (change.ours or {}).get(c) for c in change.changed}
            theirs = {c: change.theirs.get(c) for c in change.changed}
            why = f" [{change.reason}]" if change.reason else ""
            decided = f" -> {change.decision}" if change.decision else ""
            print(
                f"  {kind}{why}: {change.table} {change.label}: {cols}: {ours} | {theirs}{decided}"
            )
        if len(rows) > _SHOWN:
            print(f"  … and {len(rows) - _SHOWN} more {kind} rows")


def _undo(target: Path) -> int:
    from perfdesk.store.document import Document, DocumentError
    from perfdesk.store.exchange.apply import undo_import
    from perfdesk.store.exchange.merge import last_import

    try:
        with Document.open(target) as doc:
            found = last_import(doc)
            clock = int(doc.meta("clock") or 0)
    except DocumentError as exc:
        print(f"perfdesk: {exc.path}: {exc.message}", file=sys.stderr)
        return EXIT_FAILED
    if found is None:
        print("perfdesk: no merge with a backup is recorded in this document", file=sys.stderr)
        return EXIT_FAILED
    sender, backup, stamp = found
    if not backup.exists():
        print(f"perfdesk: the backup {backup} is gone", file=sys.stderr)
        return EXIT_FAILED
    try:
        undo_import(target, backup)
    except DocumentError as exc:
        print(f"perfdesk: {exc.path}: {exc.message}", file=sys.stderr)
        return EXIT_FAILED
    later = " (changes made after it are undone too)" if clock > stamp else ""
    print(f"undid the merge from {sender}: {target} is as it was before it{later}")
    return EXIT_OK
