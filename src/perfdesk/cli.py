"""The `perfdesk` command line: open the app, or do a job without a window.

`perfdesk [FILE]` opens the app; subcommands (`demo`, `check`, `department`, `report`,
`package`, `merge`, `import`, `export`, `backups`) run headless. Qt is imported only when
a window is asked for, so the headless commands start in a fraction of the time.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Sequence
from pathlib import Path

from perfdesk import __version__

EXIT_OK, EXIT_FAILED, EXIT_UNUSABLE = 0, 1, 2


def _add_open_arguments(open_cmd: argparse.ArgumentParser) -> None:
    open_cmd.add_argument("file", nargs="?", type=Path, help="a .perfdesk document to open")
    open_cmd.add_argument(
        "--demo",
        action="store_true",
        help="open the demo document in your data folder (made if absent)",
    )
    open_cmd.add_argument("--read-only", action="store_true", help="open without write access")
    open_cmd.add_argument(
        "--lang",
        choices=["zh", "en", "pseudo"],
        help="interface language for this run (default: saved choice or OS); pseudo "
        "stretches every text by 40%% to find clipped layouts",
    )
    open_cmd.add_argument(
        "--screenshot",
        type=Path,
        metavar="PNG",
        help="save a picture of the main window once shown, then quit",
    )


def _open_parser() -> argparse.ArgumentParser:
    """`perfdesk [FILE]` alone: opening the app need not build (and import) every
    headless command's parser (~30 ms before the window could start)."""
    parser = argparse.ArgumentParser(
        prog="perfdesk",
        description="Open the app. `perfdesk --help` lists the headless commands.",
    )
    _add_open_arguments(parser)
    return parser


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="perfdesk",
        description="perfdesk: goals, KPI entry, review meetings and improvement actions for "
        "department heads. Run without a command to open the app.",
        epilog="Examples:\n  perfdesk --demo\n  perfdesk sales.perfdesk\n"
        "  perfdesk demo /tmp/demo.perfdesk --lang en\n  perfdesk check sales.perfdesk\n"
        "  perfdesk department company.perfdesk --unit 销售部 -o sales.perfdesk",
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    parser.add_argument("--version", action="version", version=f"perfdesk {__version__}")
    commands = parser.add_subparsers(dest="command", metavar="COMMAND")

    _add_open_arguments(commands.add_parser("open", help="open the app (the default command)"))

    demo = commands.add_parser("demo", help="write a demo company document")
    demo.add_argument("out", type=Path, metavar="OUT.perfdesk")
    demo.add_argument(
        "--lang",
        choices=["zh", "en"],
        default="zh",
        help="language of names and notes (default zh)",
    )
    demo.add_argument(
        "--size",
        choices=["small", "company"],
        default="small",
        help="small: 6 departments, ~60 people; company: ~50 departments, "
        "~2,000 people, 5 years of actuals (benchmark scale)",
    )
    demo.add_argument("--seed", type=int, default=2026, help="random seed (same seed, same file)")
    demo.add_argument("--force", action="store_true", help="replace OUT if it exists")

    check = commands.add_parser(
        "check",
        help="check a document: schema version, counts, integrity",
        description="Exit status: 0 ok, 1 damaged, 2 not a perfdesk file or unreadable.",
    )
    check.add_argument("file", type=Path)
    check.add_argument(
        "--full", action="store_true", help="also check every index (slow on big files)"
    )

    department = commands.add_parser(
        "department",
        help="start a department file from the company file",
        description="Write a new department document holding the organisation, the KPI "
        "library, the goals of the unit and everything below it (with the goals above "
        "them) and the meetings, issues and actions that name it. Ids and stamps stay the "
        "company's, so the files merge later. The company file is only read (it may be "
        "open in perfdesk meanwhile). Exit status: 0 written, 1 refused (unknown or "
        "ambiguous unit, OUT exists, ...), 2 COMPANY is not a usable perfdesk file.",
    )
    department.add_argument("company", type=Path, metavar="COMPANY")
    department.add_argument(
        "--unit", required=True, metavar="NAME", help="the unit: its exact name, code or id"
    )
    department.add_argument(
        "-o", "--out", required=True, type=Path, metavar="OUT", help="the new .perfdesk file"
    )
    department.add_argument("--force", action="store_true", help="replace OUT if it exists")

    from perfdesk.cli_exchange import add_parsers
    from perfdesk.cli_reports import add_parsers as add_report_parsers

    add_parsers(commands)
    add_report_parsers(commands)
    from perfdesk import cli_io

    cli_io.add_parsers(commands)
    from perfdesk import cli_backups

    cli_backups.add_parsers(commands)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    try:
        return _main(argv)
    except BrokenPipeError:  # `perfdesk … | head`: the reader left; say nothing more
        import os

        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        return EXIT_FAILED


def _main(argv: Sequence[str] | None = None) -> int:
    args_list = list(sys.argv[1:] if argv is None else argv)
    known = {
        "open",
        "demo",
        "check",
        "department",
        "package",
        "merge",
        "report",
        "import",
        "export",
        "backups",
    }
    if not args_list or (
        args_list[0] not in known and args_list[0] not in {"-h", "--help", "--version"}
    ):
        args_list.insert(0, "open")
    if args_list[0] == "open" and not {"-h", "--help"} & set(args_list):
        args = _open_parser().parse_args(args_list[1:])
        args.command = "open"
        return _open(args)
    args = _parser().parse_args(args_list)
    if args.command == "demo":
        return _demo(args)
    if args.command == "check":
        return _check(args.file, args.full)
    if args.command == "department":
        return _department(args.company, args.unit, args.out, args.force)
    if args.command == "report":
        from perfdesk import cli_reports

        return cli_reports.run_report(args)
    if args.command in ("package", "merge"):
        from perfdesk import cli_exchange

        if args.command == "package":
            return cli_exchange.run_package(args)
        return cli_exchange.run_merge(args)
    if args.command in ("import", "export"):
        from perfdesk import cli_io

        return cli_io.run_import(args) if args.command == "import" else cli_io.run_export(args)
    if args.command == "backups":
        from perfdesk import cli_backups

        return cli_backups.run_backups(args)
    return _open(args)


def _open(args: argparse.Namespace) -> int:
    if args.file is not None and args.demo:
        print("perfdesk: give a FILE or --demo, not both", file=sys.stderr)
        return EXIT_FAILED
    import gc

    # No cyclic garbage collection while Qt, perfdesk and the window are made: they
    # allocate a few hundred thousand objects that all live as long as the app and make
    # no garbage cycles (a full collection where the window is built finds none), so
    # the ~60 young collections on the way only walked live objects (8-15 ms of the
    # start). `start_window` freezes what was made and turns the collector back on
    # before the document opens; `finally` covers a start that ends before that.
    gc.disable()
    try:
        from perfdesk.ui.app import run_app  # Qt loads only here

        return run_app(
            file=args.file,
            demo=args.demo,
            read_only=args.read_only,
            lang=args.lang,
            screenshot=args.screenshot,
        )
    finally:
        gc.enable()


def _demo(args: argparse.Namespace) -> int:
    import os
    import time

    from perfdesk.demo import build_demo

    out: Path = args.out
    if out.exists() and not args.force:
        print(f"perfdesk: {out} already exists; use --force to replace it", file=sys.stderr)
        return EXIT_FAILED
    out.parent.mkdir(parents=True, exist_ok=True)
    started = time.perf_counter()
    # Build beside the target and move it in place, so a failed build never leaves
    # a half-written document under the requested name; a killed build's part is
    # removed by the next run (its process is gone).
    _remove_dead_parts(out)
    partial = out.with_name(f".{out.name}.part-{os.getpid()}")
    partial.unlink(missing_ok=True)
    try:
        build_demo(
            partial,
            lang=args.lang,
            size=args.size,
            seed=args.seed,
            progress=lambda step: print(f"  {step}", file=sys.stderr),
        )
        os.replace(partial, out)
    finally:
        for leftover in (partial, partial.with_name(partial.name + "-journal")):
            leftover.unlink(missing_ok=True)
    print(f"wrote {out} ({args.size}, {args.lang}) in {time.perf_counter() - started:.1f} s")
    return EXIT_OK


def _remove_dead_parts(out: Path) -> None:
    import re

    from perfdesk.store.lock import PREFIX, SUFFIX

    for part in out.parent.glob(f".{out.name}.part-*"):
        found = re.search(r"\.part-(\d+)(-journal)?$", part.name)
        if found and not _alive(int(found.group(1))):
            part.unlink(missing_ok=True)
    # A killed build also leaves the lock file of its part (.~lock..OUT.part-PID#).
    for claim in out.parent.glob(f"{PREFIX}.{out.name}.part-*{SUFFIX}"):
        pid = claim.name[: -len(SUFFIX)].rsplit("-", 1)[-1]
        if pid.isdigit() and not _alive(int(pid)):
            claim.unlink(missing_ok=True)


def _alive(pid: int) -> bool:
    import os

    if os.name == "nt":  # signal 0 would terminate it there; keep the part instead
        return True
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except OSError:
        return True
    return True


def _check(path: Path, full: bool = False) -> int:
    from perfdesk.store.document import (
        DamagedFile,
        DocumentError,
        FileBusy,
        NeedsRecovery,
        check_document,
    )
    from perfdesk.store.schema import SCHEMA_VERSION

    try:
        result = check_document(path, full=full)
    except (DamagedFile, NeedsRecovery, FileBusy) as exc:
        state = {NeedsRecovery: "interrupted change", FileBusy: "busy"}.get(type(exc), "damaged")
        print(f"perfdesk: {exc.path}: {state}: {exc.message}", file=sys.stderr)
        return EXIT_FAILED
    except DocumentError as exc:
        print(f"perfdesk: {exc.path}: {exc.message}", file=sys.stderr)
        return EXIT_UNUSABLE
    note = (
        "current"
        if result.schema_version == SCHEMA_VERSION
        else f"older; upgraded to {SCHEMA_VERSION} when opened for writing"
    )
    print(f"file: {path}")
    print(f"schema version: {result.schema_version} ({note})")
    for table, count in result.counts.items():
        print(f"  {table}: {count:,}")
    if result.ok:
        print("integrity: ok")
        return EXIT_OK
    print("integrity: DAMAGED")
    for problem in result.problems[:50]:
        print(f"  {problem}")
    return EXIT_FAILED


def _department(company: Path, unit: str, out: Path, force: bool) -> int:
    from perfdesk.store.document import DocumentError, FileBusy, NeedsRecovery
    from perfdesk.store.exchange.department import (
        DepartmentRefused,
        OutputExists,
        make_department_file,
    )

    try:
        out.parent.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        print(f"perfdesk: {out.parent}: cannot make the folder ({exc.strerror})", file=sys.stderr)
        return EXIT_FAILED
    try:
        result = make_department_file(company, unit, out, force=force)
    except (DepartmentRefused, FileBusy, NeedsRecovery) as exc:
        hint = "; use --force to replace it" if isinstance(exc, OutputExists) and not force else ""
        print(f"perfdesk: {exc.path}: {exc.message}{hint}", file=sys.stderr)
        return EXIT_FAILED
    except DocumentError as exc:
        print(f"perfdesk: {exc.path}: {exc.message}", file=sys.stderr)
        # OUT could not be written (a folder, a full disk): refused; else COMPANY is unusable.
        return EXIT_FAILED if exc.path == out else EXIT_UNUSABLE
    plan = result.plan
    print(f"wrote {result.path} in {result.seconds:.2f} s")
    print(f"unit: {plan.unit_path}")
    print(f"document id: {result.document_id} (forked from {result.company_id})")
    print(
        f"goals: {plan.counts['goals']:,} ({plan.own_goals:,} of the unit and below, "
        f"{plan.ancestor_goals:,} above them)"
    )
    for table, count in plan.counts.items():
        print(f"  {table}: {count:,}")
    print(f"rows copied: {plan.rows:,}")
    return EXIT_OK
