"""Oversized and malicious files: how long each takes to be refused and how much memory
it costs, next to an honest file of the same kind, in one run.

    python benchmarks/bombs.py [--runs 3]

Every bomb of tests/reliability (hostile.XLSX_BOMBS and test_bombs.PACKAGES) is put
through `plan_import`, or read and verified as a package, against the small Chinese demo,
each in a fresh process (tests/reliability/bomb_runner.py: imports done before the
clock starts; memory is the peak resident set grown after them). Floors, measured in
the same run: an honest 1,000-row XLSX of actuals for the imports and reading an honest
package of the demo for the packages. Also the cost of the sheet-extent scan (the guard against
far cells) on an honest 200,000-row XLSX, next to calamine reading the same sheet.
Medians of --runs runs.
"""

from __future__ import annotations

import argparse
import json
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))
sys.path.insert(0, str(ROOT / "tests" / "reliability"))
RUNNER = ROOT / "tests" / "reliability" / "bomb_runner.py"


def run(kind: str, document: Path, file: Path, runs: int) -> tuple[str, float, float, float, str]:
    seconds, grown, peak, outcome, message = [], [], [], "", ""
    for _ in range(runs):
        copy = document.with_name("work.perfdesk")
        shutil.copy(document, copy)
        done = subprocess.run(
            [sys.executable, str(RUNNER), kind, str(copy), str(file)],
            capture_output=True,
            text=True,
            timeout=600,
        )
        if done.returncode != 0:
            return "CRASHED", float("nan"), float("nan"), float("nan"), done.stderr[-200:]
        found = json.loads(done.stdout.strip().splitlines()[-1])
        seconds.append(found["seconds"])
        grown.append(found["grown_mb"])
        peak.append(found["peak_mb"])
        outcome, message = found["outcome"], found["message"]
    median = statistics.median
    return outcome, median(seconds), median(grown), median(peak), message


def honest_xlsx(path: Path, rows: int) -> None:
    import xlsxwriter

    book = xlsxwriter.Workbook(str(path), {"constant_memory": True})
    sheet = book.add_worksheet("实际")
    sheet.write_row(0, 0, ["责任单位", "指标编码", "会计期间", "本月实际"])
    for r in range(1, rows + 1):
        sheet.write_row(r, 0, [f"销售部{r % 50}", "sales", f"2026-{r % 12 + 1:02d}", r * 1.5])
    book.close()


def scan_cost(folder: Path, runs: int) -> tuple[float, float]:
    import zipfile

    from python_calamine import CalamineWorkbook

    from perfdesk.store import import_files

    big = folder / "honest-200k.xlsx"
    honest_xlsx(big, 200_000)
    scans, reads = [], []
    for _ in range(runs):
        with zipfile.ZipFile(big) as archive:
            member = archive.getinfo("xl/worksheets/sheet1.xml")
            with archive.open(member) as handle:
                start = time.perf_counter()
                import_files._check_extent(big, member.filename, b"", handle)
                scans.append(time.perf_counter() - start)
        start = time.perf_counter()
        book = CalamineWorkbook.from_path(str(big))
        book.get_sheet_by_name(book.sheet_names[0]).to_python()
        reads.append(time.perf_counter() - start)
    return statistics.median(scans), statistics.median(reads)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--runs", type=int, default=3)
    args = parser.parse_args()

    from hostile import XLSX_BOMBS
    from test_bombs import PACKAGES

    from perfdesk.demo import build_demo
    from perfdesk.store.exchange.package import export_package

    with tempfile.TemporaryDirectory(prefix="perfdesk-bombs-") as name:
        folder = Path(name)
        document = folder / "demo.perfdesk"
        build_demo(document, lang="zh")
        honest = folder / "honest.xlsx"
        honest_xlsx(honest, 1_000)
        good = folder / "good.pdpkg"
        export_package(document, good)
        rows: list[tuple[str, str, float, float, float, float, str]] = []
        floor_import = run("import", document, honest, args.runs)
        floor_read = run("read", document, good, args.runs)
        rows.append(("floor: honest 1,000-row XLSX", *floor_import[:4], 1.0, ""))
        for label, (file_name, build) in XLSX_BOMBS.items():
            bomb = folder / file_name
            build(bomb)
            outcome, seconds, grown, peak, message = run("import", document, bomb, args.runs)
            ratio = seconds / floor_import[1]
            rows.append((label, outcome, seconds, grown, peak, ratio, message))
            bomb.unlink()
        rows.append(("floor: read an honest package of the demo", *floor_read[:4], 1.0, ""))
        for label, build in PACKAGES.items():
            bad = folder / "bad.pdpkg"
            build(good, bad, folder)
            outcome, seconds, grown, peak, message = run("read", document, bad, args.runs)
            ratio = seconds / floor_read[1]
            rows.append((label, outcome, seconds, grown, peak, ratio, message))
            bad.unlink()
        scan, read = scan_cost(folder, args.runs)

    print("| case | outcome | median s | grown MB | peak MB | × floor | message |")
    print("|---|---|---:|---:|---:|---:|---|")
    for label, outcome, seconds, grown, peak, ratio, message in rows:
        shown = message.split(": ", 1)[-1][:70].replace("|", "/")
        print(
            f"| {label} | {outcome} | {seconds:.3f} | {grown:.1f} | {peak:.0f} | {ratio:.2f} "
            f"| {shown} |"
        )
    print()
    print("| honest 200,000-row XLSX | median s | × calamine |")
    print("|---|---:|---:|")
    print(f"| calamine reads the sheet | {read:.3f} | 1.00 |")
    print(f"| extent scan (far-cell guard) | {scan:.3f} | {scan / read:.2f} |")


if __name__ == "__main__":
    main()
