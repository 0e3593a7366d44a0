"""Smoke test of the standalone build: does the bundled perfdesk work with no Python?

    python installer/smoke.py             # build (installer/build.sh), then check
    python installer/smoke.py --reuse     # check the dist/ already built

In a temporary folder, with a private HOME and settings, it runs the bundled program
(dist/perfdesk/perfdesk): `demo x.perfdesk`, `check`, `report department` (and
`report meeting` when this perfdesk has it), `report action`, `export` and `import
--dry-run`, `department`, `package` and `merge --dry-run`, each with its exit status
and output checked; a Chinese screenshot of the window; the bundle check inside the
bundle (installer/bundle_check.py: every module, the lazily loaded libraries, every
tab); the window offscreen with x.perfdesk for a few seconds (still running after them
= fine, an early exit = a crash); then the tarball's install.sh and uninstall.sh into a
temporary prefix. It prints
each step with its time and the total; exit 0 when everything passed.

Not part of the fast test suite: a build takes minutes (tests/installer/ checks the
static parts).
"""

from __future__ import annotations

import argparse
import json
import os
import re
import signal
import subprocess
import sys
import tarfile
import tempfile
import time
from collections.abc import Callable, Sequence
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
DIST = ROOT / "dist"
BUNDLE = DIST / "perfdesk"
PROGRAM = BUNDLE / ("perfdesk.exe" if sys.platform == "win32" else "perfdesk")
GUI_SECONDS = 6


class SmokeFailure(AssertionError):
    pass


def _version() -> str:
    text = (ROOT / "src" / "perfdesk" / "__init__.py").read_text(encoding="utf-8")
    match = re.search(r'^__version__ = "([^"]+)"', text, re.M)
    assert match
    return match.group(1)


class Smoke:
    def __init__(self, work: Path) -> None:
        self.work = work
        self.env = {
            **os.environ,
            "HOME": str(work / "home"),
            "XDG_CONFIG_HOME": str(work / "home" / ".config"),
            "XDG_DATA_HOME": str(work / "home" / ".local" / "share"),
            "QT_QPA_PLATFORM": "offscreen",
            "LANG": "C.UTF-8",
        }
        (work / "home").mkdir()
        self.steps: list[tuple[str, float, str]] = []

    def step(self, name: str, job: Callable[[], str]) -> None:
        started = time.perf_counter()
        try:
            detail = job()
        except SmokeFailure as failure:
            self.steps.append((name, time.perf_counter() - started, "FAILED"))
            print(f"FAILED  {name}: {failure}", flush=True)
            raise
        seconds = time.perf_counter() - started
        self.steps.append((name, seconds, detail))
        print(f"ok {seconds:6.1f} s  {name}: {detail}", flush=True)

    def run(
        self, args: Sequence[str], expect: int = 0, timeout: float = 180, **env: str
    ) -> subprocess.CompletedProcess[str]:
        done = subprocess.run(
            [str(PROGRAM), *args],
            cwd=self.work,
            env={**self.env, **env},
            capture_output=True,
            text=True,
            timeout=timeout,
        )
        if done.returncode != expect:
            raise SmokeFailure(
                f"`perfdesk {' '.join(args)}` exited {done.returncode}, expected {expect}\n"
                f"stdout: {done.stdout[-2000:]}\nstderr: {done.stderr[-2000:]}"
            )
        return done

    def expect_in(self, text: str, *needles: str) -> None:
        for needle in needles:
            if needle not in text:
                raise SmokeFailure(f"{needle!r} not in the output:\n{text[-2000:]}")

    def expect_pdf(self, name: str) -> str:
        pdf = self.work / name
        if not pdf.is_file() or not pdf.read_bytes().startswith(b"%PDF"):
            raise SmokeFailure(f"{name} is not a PDF")
        return f"{name} {pdf.stat().st_size // 1024} KiB"

    # The steps -----------------------------------------------------------------------

    def version(self) -> str:
        out = self.run(["--version"]).stdout
        self.expect_in(out, f"perfdesk {_version()}")
        return out.strip()

    def demo(self) -> str:
        out = self.run(["demo", "x.perfdesk"]).stdout
        self.expect_in(out, "wrote x.perfdesk")
        return out.strip()

    def check(self) -> str:
        out = self.run(["check", "x.perfdesk"]).stdout
        self.expect_in(out, "schema version: 4", "integrity: ok")
        self.run(["check", "missing.perfdesk"], expect=2)
        return "integrity ok; a missing file exits 2"

    def report_department(self) -> str:
        args = ["report", "department", "x.perfdesk", "--unit", "销售部", "--period", "2026-10"]
        out = self.run([*args, "-o", "x.pdf"]).stdout
        self.expect_in(out, "wrote x.pdf")
        return self.expect_pdf("x.pdf")

    def report_meeting(self) -> str:
        kinds = self.run(["report", "--help"]).stdout
        if not re.search(r"^\s+meeting\b", kinds, re.M):
            return "skipped: this perfdesk has no `report meeting` yet"
        self.run(["report", "meeting", "x.perfdesk", "-o", "m.pdf"])
        return self.expect_pdf("m.pdf")

    def report_action(self) -> str:
        import sqlite3

        with sqlite3.connect(self.work / "x.perfdesk") as db:
            (action,) = db.execute("SELECT id FROM actions ORDER BY id LIMIT 1").fetchone()
        self.run(["report", "action", "x.perfdesk", "--action", action, "-o", "a.pdf"])
        return self.expect_pdf("a.pdf")

    def export_import(self) -> str:
        out = self.run(["export", "x.perfdesk", "--period", "2026-10", "-o", "e.xlsx"]).stdout
        self.expect_in(out, "wrote")
        # The export is a report grid, not an import layout: a dry run must read it and
        # answer with reasons (exit 1, nothing written), never crash.
        dry = self.run(["import", "x.perfdesk", "e.xlsx", "--dry-run"], expect=1)
        self.expect_in(dry.stdout + dry.stderr, "nothing was imported")
        return f"e.xlsx {(self.work / 'e.xlsx').stat().st_size // 1024} KiB; import read it"

    def exchange(self) -> str:
        self.run(["department", "x.perfdesk", "--unit", "销售部", "-o", "d.perfdesk"])
        self.run(["package", "d.perfdesk", "-o", "d.pdpkg"])
        out = self.run(["merge", "x.perfdesk", "d.pdpkg", "--dry-run"]).stdout
        self.expect_in(out, "dry run: nothing was written")
        return "department file, package, merge --dry-run"

    def gui(self) -> str:
        """The window on x.perfdesk for GUI_SECONDS: an exit before that is a crash."""
        log = self.work / "gui.log"
        with log.open("w") as sink:
            process = subprocess.Popen(
                [str(PROGRAM), "x.perfdesk"],
                cwd=self.work,
                env=self.env,
                stdout=sink,
                stderr=subprocess.STDOUT,
                start_new_session=True,
            )
            try:
                status = process.wait(timeout=GUI_SECONDS)
            except subprocess.TimeoutExpired:
                os.killpg(process.pid, signal.SIGTERM)
                process.wait(timeout=30)
                return f"still running after {GUI_SECONDS} s, then stopped"
        raise SmokeFailure(
            f"the window exited after <{GUI_SECONDS} s with {status}:\n{log.read_text()[-2000:]}"
        )

    def screenshot(self) -> str:
        """Chinese interface from the bundled translations and font (looked at by hand)."""
        picture = self.work / "zh.png"
        self.run(["x.perfdesk", "--lang", "zh", "--screenshot", str(picture)], timeout=120)
        if not picture.is_file() or picture.stat().st_size < 10_000:
            raise SmokeFailure("no screenshot")
        kept = DIST / "smoke-zh.png"
        kept.write_bytes(picture.read_bytes())
        return f"{kept.relative_to(ROOT)}"

    def bundle_check(self) -> str:
        out_dir = DIST / "smoke-tabs"
        done = self.run(["x.perfdesk"], PERFDESK_BUNDLE_CHECK=str(out_dir), timeout=300)
        lines = [line for line in done.stdout.splitlines() if line.startswith("{")]
        if not lines:
            raise SmokeFailure(f"no result from the bundle check:\n{done.stderr[-2000:]}")
        result = json.loads(lines[-1])
        if not result["ok"]:
            raise SmokeFailure(json.dumps(result["failures"], ensure_ascii=False, indent=1))
        guide_in_source = (ROOT / "resources" / "guide").is_dir()
        shipped = result["results"]["guide"] == "present"
        if guide_in_source != shipped:
            raise SmokeFailure(
                f"resources/guide in the source: {guide_in_source}, in the bundle: {shipped}"
            )
        tabs = [result["results"][f"tab {n}"] for n in range(1, 5)]
        return (
            f"{result['results']['modules']} modules, pinyin, pdf, xlsx, chart; tabs "
            f"{', '.join(tabs)} (pictures in {out_dir.relative_to(ROOT)}); "
            f"guide {'shipped' if shipped else 'not in the source yet'}"
        )

    def install(self) -> str:
        tarball = DIST / f"perfdesk-{_version()}-linux-{os.uname().machine}.tar.gz"
        if not tarball.is_file():
            raise SmokeFailure(f"{tarball.name} missing (installer/build.sh makes it)")
        with tarfile.open(tarball) as archive:
            archive.extractall(self.work / "unpacked", filter="tar")
        folder = next((self.work / "unpacked").iterdir())
        prefix = self.work / "prefix"
        document = self.work / "home" / "keep.perfdesk"
        document.write_text("a user's document")
        env = {**self.env, "PREFIX": str(prefix), "PATH": "/usr/bin:/bin"}
        subprocess.run(
            ["sh", str(folder / "install.sh")],
            env=env,
            check=True,
            capture_output=True,
            timeout=300,
        )
        installed = prefix / "bin" / "perfdesk"
        version = subprocess.run(
            [str(installed), "--version"], capture_output=True, text=True, env=self.env, check=True
        ).stdout
        self.expect_in(version, _version())
        desktop = (prefix / "share" / "applications" / "perfdesk.desktop").read_text()
        self.expect_in(desktop, f'Exec="{prefix}/lib/perfdesk/perfdesk" %f')
        for path in (
            "share/mime/packages/perfdesk.xml",
            "share/icons/hicolor/16x16/apps/perfdesk.png",
            "share/icons/hicolor/scalable/apps/perfdesk.svg",
        ):
            if not (prefix / path).is_file():
                raise SmokeFailure(f"install.sh did not install {path}")
        subprocess.run(
            ["sh", str(folder / "uninstall.sh")],
            env=env,
            check=True,
            capture_output=True,
            timeout=120,
        )
        left = [p for p in prefix.rglob("*") if p.is_file() and "mime" not in p.parts]
        if left or installed.exists() or not document.is_file():
            raise SmokeFailure(f"uninstall.sh left {left} or removed the user's document")
        return "install.sh into a prefix, `perfdesk --version`, uninstall.sh"


def build() -> float:
    started = time.perf_counter()
    subprocess.run(["bash", str(ROOT / "installer" / "build.sh")], check=True, cwd=ROOT)
    return time.perf_counter() - started


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--reuse", action="store_true", help="check the existing dist/")
    args = parser.parse_args()
    started = time.perf_counter()
    built = 0.0 if args.reuse else build()
    if not PROGRAM.is_file():
        print(f"smoke: {PROGRAM} missing; run installer/build.sh (or drop --reuse)")
        return 1
    with tempfile.TemporaryDirectory(prefix="perfdesk-smoke-") as tmp:
        smoke = Smoke(Path(tmp))
        try:
            smoke.step("--version", smoke.version)
            smoke.step("demo", smoke.demo)
            smoke.step("check", smoke.check)
            smoke.step("report department", smoke.report_department)
            smoke.step("report meeting", smoke.report_meeting)
            smoke.step("report action", smoke.report_action)
            smoke.step("export / import", smoke.export_import)
            smoke.step("department / package / merge", smoke.exchange)
            smoke.step("zh screenshot", smoke.screenshot)
            smoke.step("bundle check", smoke.bundle_check)
            # Last of the window runs: stopping it leaves its lock file behind, and a later
            # run would then open x.perfdesk read-only.
            smoke.step("window offscreen", smoke.gui)
            if sys.platform.startswith("linux"):
                smoke.step("install / uninstall", smoke.install)
        except SmokeFailure:
            return 1
    total = time.perf_counter() - started
    checks = sum(seconds for _, seconds, _ in smoke.steps)
    print(f"smoke passed: build {built:.0f} s, checks {checks:.0f} s, total {total:.0f} s")
    return 0


if __name__ == "__main__":
    sys.exit(main())
