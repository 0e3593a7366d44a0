"""Oversized and malicious files (issue #23, item 5): each is refused with a message
within stated bounds of time and memory, measured in a fresh process, and the document
it was aimed at keeps every byte.

Bounds asserted (generous for a loaded CI machine): under 5 s and under 200 MB of
resident memory grown after the imports. benchmarks/bombs.py prints the figures."""

from __future__ import annotations

import hashlib
import json
import shutil
import sqlite3
import subprocess
import sys
import zipfile
from pathlib import Path

import pytest
from hostile import XLSX_BOMBS, _repeated_deflate, _write_zip

from perfdesk.store.exchange.package import MANIFEST, ROWS, export_package

RUNNER = Path(__file__).with_name("bomb_runner.py")
SECONDS = 5.0
GROWN_MB = 200.0


def digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def measure(kind: str, document: Path, file: Path) -> dict[str, object]:
    done = subprocess.run(
        [sys.executable, str(RUNNER), kind, str(document), str(file)],
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert done.returncode == 0, done.stderr[-2000:]
    assert "Traceback" not in done.stderr
    return dict(json.loads(done.stdout.strip().splitlines()[-1]))


# -- packages ---------------------------------------------------------------------------
def _parts(package: Path) -> tuple[dict[str, str], bytes]:
    with zipfile.ZipFile(package) as bundle:
        return json.loads(bundle.read(MANIFEST)), bundle.read(ROWS)


def _repack(out: Path, manifest: dict[str, str], rows: bytes) -> None:
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as bundle:
        bundle.writestr(MANIFEST, json.dumps(manifest))
        bundle.writestr(ROWS, rows)


def _edit_rows(rows: bytes, tmp: Path, *sql: str) -> bytes:
    file = tmp / "edit.sqlite"
    file.write_bytes(rows)
    conn = sqlite3.connect(file)
    for statement in sql:
        conn.execute(statement)
    conn.commit()
    conn.close()
    return file.read_bytes()


def _signed(manifest: dict[str, str], rows: bytes) -> dict[str, str]:
    return {**manifest, "checksum": hashlib.sha256(rows).hexdigest()}


def lying_counts(good: Path, out: Path, tmp: Path) -> str:
    manifest, rows = _parts(good)
    counts = json.loads(manifest["counts"])
    counts["goal_values"] = 10_000_000
    manifest["counts"] = json.dumps(counts)
    rows = _edit_rows(
        rows, tmp, f"UPDATE manifest SET value = '{manifest['counts']}' WHERE key = 'counts'"
    )
    _repack(out, _signed(manifest, rows), rows)
    return "rows of goal_values"


def lying_checksum(good: Path, out: Path, tmp: Path) -> str:
    manifest, rows = _parts(good)
    _repack(out, {**manifest, "checksum": "0" * 64}, rows)
    return "checksum does not match"


def lying_tables(good: Path, out: Path, tmp: Path) -> str:
    manifest, rows = _parts(good)
    rows = _edit_rows(rows, tmp, "ALTER TABLE goal_values RENAME TO evil_values")
    _repack(out, _signed(manifest, rows), rows)
    return "tables are not the ones"


def lying_manifests(good: Path, out: Path, tmp: Path) -> str:
    manifest, rows = _parts(good)
    _repack(out, {**manifest, "source_name": "<img src=x>'); DROP TABLE goals;--"}, rows)
    return "manifests disagree"


def lying_size(good: Path, out: Path, tmp: Path) -> str:
    """The rows member says it is 4 KB; it inflates to all of its real size."""
    import zlib

    manifest, rows = _parts(good)
    c = zlib.compressobj(9, zlib.DEFLATED, -15)
    data = c.compress(rows) + c.flush()
    meta = json.dumps(manifest).encode()
    m = zlib.compressobj(9, zlib.DEFLATED, -15)
    _write_zip(
        out,
        [
            (MANIFEST, m.compress(meta) + m.flush(), len(meta), zlib.crc32(meta)),
            (ROWS, data, 4096, zlib.crc32(rows[:4096])),
        ],
    )
    return ""


def ten_million_rows(good: Path, out: Path, tmp: Path) -> str:
    """A manifest claiming 10 M goal values and a rows member of 1.5 GiB packed into
    1.5 MB (what a lazily made bomb of that claim looks like)."""
    import zlib

    manifest, _rows = _parts(good)
    counts = json.loads(manifest["counts"])
    counts["goal_values"] = 10_000_000
    manifest["counts"] = json.dumps(counts)
    head = b"SQLite format 3\x00"
    data = _repeated_deflate(head, b"\0" * (1 << 20), 1536, b"")
    size = len(head) + 1536 * (1 << 20)
    meta = json.dumps(manifest).encode()
    m = zlib.compressobj(9, zlib.DEFLATED, -15)
    _write_zip(
        out,
        [
            (MANIFEST, m.compress(meta) + m.flush(), len(meta), zlib.crc32(meta)),
            (ROWS, data, size, 0),
        ],
    )
    return "implausible size"


PACKAGES = {
    "package: counts lie (10 M goal values)": lying_counts,
    "package: checksum lies": lying_checksum,
    "package: a table renamed": lying_tables,
    "package: manifest.json differs from its table": lying_manifests,
    "package: rows member lies about its size": lying_size,
    "package: 10 M rows claimed, 1.5 GiB packed in 1.5 MB": ten_million_rows,
}


@pytest.fixture(scope="module")
def good_package(tmp_path_factory: pytest.TempPathFactory, demo_zh_master: Path) -> Path:
    folder = tmp_path_factory.mktemp("package")
    document = Path(shutil.copy(demo_zh_master, folder / "demo.perfdesk"))
    out = folder / "good.pdpkg"
    export_package(document, out)
    return out


@pytest.mark.parametrize("name", list(XLSX_BOMBS))
def test_a_bomb_of_actuals_is_refused_within_bounds(
    name: str, demo_zh: Path, tmp_path: Path
) -> None:
    file_name, build = XLSX_BOMBS[name]
    bomb = tmp_path / file_name
    expected = build(bomb)
    before = digest(demo_zh)
    found = measure("import", demo_zh, bomb)
    assert found["outcome"] == "refused", found
    assert expected in str(found["message"]), found
    assert float(str(found["seconds"])) < SECONDS, found
    assert float(str(found["grown_mb"])) < GROWN_MB, found
    assert digest(demo_zh) == before


@pytest.mark.parametrize("name", list(PACKAGES))
def test_a_lying_package_is_refused_within_bounds(
    name: str, good_package: Path, demo_zh: Path, tmp_path: Path
) -> None:
    bad = tmp_path / "bad.pdpkg"
    expected = PACKAGES[name](good_package, bad, tmp_path)
    before = digest(demo_zh)
    found = measure("merge", demo_zh, bad)
    assert found["outcome"] == "refused", found
    assert expected in str(found["message"]), found
    assert float(str(found["seconds"])) < SECONDS, found
    assert float(str(found["grown_mb"])) < GROWN_MB, found
    assert digest(demo_zh) == before


def test_the_good_package_is_read(good_package: Path, demo_zh: Path) -> None:
    """The runner itself: an honest package passes every check of the reader and gets
    to the merge (which finds it comes from this very document), so each refusal above
    is the bomb's."""
    found = measure("merge", demo_zh, good_package)
    assert "this very document" in str(found["message"]), found
