"""Size of the standalone build against a bare PySide6 "hello window" bundle.

    python benchmarks/bundle_size.py [--bundle dist/perfdesk] [--keep /tmp/hello]

The floor is installer/hello_bundle/hello.py (QApplication + QMainWindow + QLabel)
bundled by the same PyInstaller from the same venv, one folder and windowed, with
PyInstaller's defaults (every plugin its PySide6 hooks collect), and the same
`strip --strip-debug` of libpython and the standard extension modules that
installer/perfdesk.spec applies. Built fresh in a temporary folder (about a minute, up
to three on a busy machine), or with --keep DIR built once into DIR and reused from
there by later runs with the same --keep (delete DIR after a PySide6 or PyInstaller
upgrade). Goal (issue 24): perfdesk <= 1.5x the hello bundle, on disk and packed.
"""

from __future__ import annotations

import argparse
import shutil
import subprocess
import sys
import tarfile
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
MIB = 1024 * 1024


def folder_size(folder: Path) -> int:
    """Bytes of the files (symlinks not followed), as `du --apparent-size` would."""
    total = 0
    for path in folder.rglob("*"):
        if path.is_file() and not path.is_symlink():
            total += path.stat().st_size
    return total


def packed_size(folder: Path, work: Path) -> int:
    out = work / f"{folder.name}.tar.gz"
    with tarfile.open(out, "w:gz") as archive:
        archive.add(folder, arcname=folder.name)
    return out.stat().st_size


def strip_debug(bundle: Path) -> None:
    strip = shutil.which("strip")
    internal = bundle / "_internal"
    targets = [*internal.glob("libpython3*.so*"), *internal.glob("python3*/lib-dynload/*.so")]
    if strip and targets:
        subprocess.run([strip, "--strip-debug", *map(str, targets)], check=True)


def build_hello(work: Path) -> Path:
    subprocess.run(
        [
            sys.executable,
            "-m",
            "PyInstaller",
            "--noconfirm",
            "--onedir",
            "--windowed",
            "--log-level",
            "WARN",
            "--name",
            "hello",
            "--distpath",
            str(work / "dist"),
            "--workpath",
            str(work / "build"),
            "--specpath",
            str(work),
            str(ROOT / "installer" / "hello_bundle" / "hello.py"),
        ],
        check=True,
    )
    return work / "dist" / "hello"


def hello_floor(work: Path) -> tuple[Path, int]:
    """The stripped hello bundle in `work` and its size before stripping: built there,
    or reused when an earlier run with the same --keep left it."""
    hello, raw_file = work / "dist" / "hello", work / "hello-unstripped-bytes"
    if (hello / "_internal").is_dir() and raw_file.is_file():
        print(f"bundle_size: reusing the hello bundle in {hello}")
        return hello, int(raw_file.read_text())
    hello = build_hello(work)
    raw = folder_size(hello)
    strip_debug(hello)
    raw_file.write_text(str(raw))
    return hello, raw


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--bundle", type=Path, default=ROOT / "dist" / "perfdesk")
    parser.add_argument(
        "--keep", type=Path, help="build the hello bundle here once, and reuse it from here"
    )
    args = parser.parse_args()
    if not (args.bundle / "_internal").is_dir():
        print(f"bundle_size: {args.bundle} is not a built bundle; run installer/build.sh")
        return 1
    with tempfile.TemporaryDirectory() as tmp:
        work = args.keep or Path(tmp)
        work.mkdir(parents=True, exist_ok=True)
        hello, hello_raw = hello_floor(work)
        rows = {
            "hello window, PyInstaller defaults": (hello_raw, None),
            "hello window, libpython stripped (floor)": (
                folder_size(hello),
                packed_size(hello, work),
            ),
            "perfdesk (installer/perfdesk.spec)": (
                folder_size(args.bundle),
                packed_size(args.bundle, work),
            ),
        }
    print(f"{'bundle':<44}{'on disk MiB':>12}{'tar.gz MiB':>12}")
    for name, (disk, packed) in rows.items():
        packed_text = f"{packed / MIB:>12.1f}" if packed else f"{'-':>12}"
        print(f"{name:<44}{disk / MIB:>12.1f}{packed_text}")
    floor_disk, floor_packed = rows["hello window, libpython stripped (floor)"]
    ours_disk, ours_packed = rows["perfdesk (installer/perfdesk.spec)"]
    assert floor_packed and ours_packed
    print(
        f"perfdesk / hello on disk: {ours_disk / floor_disk:.2f} (goal <= 1.5); "
        f"packed: {ours_packed / floor_packed:.2f}"
    )
    largest = sorted(
        (
            (folder_size(p) if p.is_dir() else p.stat().st_size, p.name)
            for p in (args.bundle / "_internal").iterdir()
            if not p.is_symlink()
        ),
        reverse=True,
    )[:8]
    print(
        "largest in perfdesk's bundle: "
        + ", ".join(f"{name} {size / MIB:.0f}" for size, name in largest)
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
