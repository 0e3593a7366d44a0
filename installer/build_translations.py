"""Update the .ts translation sources from the code and compile them to .qm.

    python installer/build_translations.py          # lupdate + lrelease
    python installer/build_translations.py --check  # fail if .ts or .qm are stale

The .ts files in resources/translations are the sources translators edit (Qt
Linguist: `pyside6-linguist`); the compiled .qm files are committed because the
app loads them at run time and an installed copy has no build step.
"""

from __future__ import annotations

import argparse
import shutil
import subprocess
import sys
import tempfile
import xml.etree.ElementTree as ET
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SOURCES = ROOT / "src" / "perfdesk"
TRANSLATIONS = ROOT / "resources" / "translations"
LOCALES = ("zh_CN", "en")


def _tool(name: str) -> str:
    found = shutil.which(f"pyside6-{name}") or shutil.which(
        f"pyside6-{name}", path=str(Path(sys.executable).parent)
    )
    if found is None:
        sys.exit(f"pyside6-{name} not found: install PySide6 (pip install -e .)")
    return found


def source_files() -> list[str]:
    return sorted(str(p.relative_to(ROOT)) for p in SOURCES.rglob("*.py"))


def update_ts(target_dir: Path) -> list[Path]:
    """Run lupdate for every locale into target_dir (existing translations are kept)."""
    outputs = []
    for locale in LOCALES:
        ts = target_dir / f"perfdesk_{locale}.ts"
        subprocess.run(
            [
                _tool("lupdate"),
                "-silent",
                "-no-obsolete",
                "-locations",
                "none",
                "-source-language",
                "en",
                "-target-language",
                locale,
                *source_files(),
                "-ts",
                str(ts),
            ],
            cwd=ROOT,
            check=True,
        )
        outputs.append(ts)
    return outputs


def release(ts_files: list[Path], target_dir: Path) -> list[Path]:
    outputs = []
    for ts in ts_files:
        qm = target_dir / ts.with_suffix(".qm").name
        subprocess.run([_tool("lrelease"), "-silent", str(ts), "-qm", str(qm)], check=True)
        outputs.append(qm)
    return outputs


def unfinished(ts: Path) -> list[str]:
    """Source texts that have no finished translation."""
    missing = []
    for message in ET.parse(ts).getroot().iter("message"):
        translation = message.find("translation")
        if translation is None or translation.get("type") in {"unfinished", "vanished"}:
            source = message.findtext("source") or ""
            missing.append(source)
    return missing


def check() -> int:
    problems = []
    with tempfile.TemporaryDirectory() as tmp:
        scratch = Path(tmp)
        for locale in LOCALES:
            shutil.copy(TRANSLATIONS / f"perfdesk_{locale}.ts", scratch)
        fresh = update_ts(scratch)
        for ts in fresh:
            if ts.read_bytes() != (TRANSLATIONS / ts.name).read_bytes():
                problems.append(f"{ts.name} is stale: run installer/build_translations.py")
        compiled = release([TRANSLATIONS / ts.name for ts in fresh], scratch)
        for qm in compiled:
            if qm.read_bytes() != (TRANSLATIONS / qm.name).read_bytes():
                problems.append(f"{qm.name} does not match its .ts: run the build script")
    for text in unfinished(TRANSLATIONS / "perfdesk_zh_CN.ts"):
        problems.append(f"untranslated (zh_CN): {text!r}")
    for problem in problems:
        print(problem)
    return 1 if problems else 0


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--check", action="store_true", help="only check, change nothing")
    args = parser.parse_args()
    if args.check:
        return check()
    TRANSLATIONS.mkdir(parents=True, exist_ok=True)
    ts_files = update_ts(TRANSLATIONS)
    for qm in release(ts_files, TRANSLATIONS):
        print(f"wrote {qm.relative_to(ROOT)}")
    missing = unfinished(TRANSLATIONS / "perfdesk_zh_CN.ts")
    if missing:
        print(f"{len(missing)} texts still need a Chinese translation (pyside6-linguist)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
