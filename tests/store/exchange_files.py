"""Department files and value lookups for the exchange tests."""

from __future__ import annotations

import hashlib
import json
import sqlite3
import tempfile
import zipfile
from collections.abc import Callable
from pathlib import Path

from perfdesk.store.document import Document
from perfdesk.store.exchange.department import make_department_file


def fork_department(company: Document, unit_id: str, out: Path) -> Document:
    """The department file of `unit_id` made from `company`, opened for writing."""
    make_department_file(company.path, unit_id, out)
    return Document.open(out)


def value(doc: Document, goal_id: str, period: str, column: str = "actual") -> float | None:
    row = doc.conn.execute(
        f"SELECT v.{column} FROM goal_values v JOIN goals g ON g.key = v.goal "
        "WHERE g.id = ? AND v.period = ?",
        (goal_id, period),
    ).fetchone()
    return None if row is None else row[0]


def rewrite_package(
    package: Path,
    edit: Callable[[sqlite3.Connection, dict[str, str]], None],
    reseal: bool = True,
) -> None:
    """Change a package's rows file and manifest in place, as another tool could.

    `edit` gets the rows file's connection (CHECKs off) and the manifest to change;
    `reseal` recomputes the checksum (and copies the manifest into the rows file), so
    the package does not announce itself as damaged.
    """
    with tempfile.TemporaryDirectory() as tmp:
        rows = Path(tmp) / "rows.sqlite"
        with zipfile.ZipFile(package) as bundle:
            manifest = json.loads(bundle.read("manifest.json"))
            rows.write_bytes(bundle.read("rows.sqlite"))
        conn = sqlite3.connect(rows, isolation_level=None)
        conn.execute("PRAGMA ignore_check_constraints = ON")
        edit(conn, manifest)
        if reseal:
            conn.execute("DELETE FROM manifest")
            conn.executemany(
                "INSERT INTO manifest VALUES (?, ?)",
                [(k, v) for k, v in manifest.items() if k != "checksum"],
            )
        conn.close()
        if reseal:
            manifest["checksum"] = hashlib.sha256(rows.read_bytes()).hexdigest()
        with zipfile.ZipFile(package, "w", zipfile.ZIP_DEFLATED) as bundle:
            bundle.writestr("manifest.json", json.dumps(manifest))
            bundle.write(rows, "rows.sqlite")


def recount(conn: sqlite3.Connection, manifest: dict[str, str], *tables: str) -> None:
    """Make the manifest's counts of `tables` true again after an edit."""
    counts = json.loads(manifest["counts"])
    for table in tables:
        counts[table] = conn.execute(f"SELECT count(*) FROM {table}").fetchone()[0]
    manifest["counts"] = json.dumps(counts, sort_keys=True)
