"""Packages (.pdpkg): the rows one document sends another, with a manifest.

A package is a ZIP file holding two entries:
- `rows.sqlite`: a SQLite file marked "PDPK" (`PRAGMA application_id`) with the row
  tables of schema v3 — the same CREATE statements, so every CHECK holds — filled with
  the rows the sender may change (a department: its unit's subtree; the company, for
  one department: what that department's file holds; the company, whole: everything),
  tombstones included, and a `manifest` table;
- `manifest.json`: the same manifest plus `checksum`, the sha256 of `rows.sqlite`.
The manifest says who made it (document id, name, role, unit), for which unit, when
and with which app, what the sender has already merged from others (`seen`, the base
of the recipient's three-way comparison) and the row counts. ZIP makes a package a
third of the size to mail and lets the checksum cover the rows file byte for byte (a
hash of the bytes costs 1 ms where hashing rows costs 70 ms per department).
docs/package-format.md is the user-facing description.

Export reads the document through a connection of its own in one read transaction, so
the snapshot is consistent while the window keeps the file open; the package is
written to a temporary name and renamed only when whole. Reading verifies the container
(names, sizes against zip bombs, CRC), the checksum, the SQLite file (header, pages,
schema, manifest, counts) before a merge looks at a row, on a private copy.
"""

from __future__ import annotations

import contextlib
import datetime
import getpass
import hashlib
import json
import os
import platform
import shutil
import sqlite3
import tempfile
import zipfile
import zlib
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path

from perfdesk import __version__
from perfdesk.store import schema, schema_v4
from perfdesk.store.errors import DocumentError
from perfdesk.store.exchange.department import COPY, resolve_unit, select_concerning
from perfdesk.store.exchange.rows import SCOPE_OF, TABLES, create_scope
from perfdesk.store.validate import decode_text, normal_sql

SUFFIX = ".pdpkg"
# "PDPK" marks a SQLite file as a perfdesk package (a document is "PDSK").
PACKAGE_APPLICATION_ID = 0x5044504B
FORMAT_VERSION = 1
MANIFEST, ROWS = "manifest.json", "rows.sqlite"
# Refused before extracting: more than this uncompressed, or inflating more than this
# ratio (a whole company file of 5 years is ~40 MB and deflates about 3:1).
MAX_ROWS_BYTES = 2 * 1024**3
MAX_RATIO = 100
MAX_MANIFEST_BYTES = 1024**2
# Row tables a package carries, in the order they are written and checksummed.
PACKAGE_TABLES: tuple[str, ...] = ("sources", *(t.name for t in TABLES))
MANIFEST_SQL = (
    "CREATE TABLE manifest (\n"
    "  key TEXT PRIMARY KEY NOT NULL CHECK (typeof(key) = 'text' AND length(key) <= 64),\n"
    "  value TEXT NOT NULL CHECK (typeof(value) = 'text' AND length(value) <= 100000)\n"
    ") WITHOUT ROWID"
)
_REQUIRED = (
    "format",
    "format_version",
    "package_id",
    "source_document_id",
    "source_name",
    "source_role",
    "source_unit_id",
    "unit_id",
    "created",
    "created_by",
    "app_version",
    "schema_version",
    "clock",
    "since",
    "seen",
    "counts",
    "checksum",
)


class PackageError(DocumentError):
    """A package that cannot be merged; `message` says why. Nothing was changed."""


class NotAPackage(PackageError):
    pass


class DamagedPackage(PackageError):
    pass


class NewerPackage(PackageError):
    pass


def _table_sql() -> dict[str, str]:
    wanted = set(PACKAGE_TABLES)
    found = {sql.split()[2]: sql for sql in schema_v4.TABLES_SQL}
    return {name: found[name] for name in PACKAGE_TABLES if name in wanted}


@dataclass(frozen=True)
class Manifest:
    package_id: str
    source_document_id: str
    source_name: str
    source_role: str  # company | department
    source_unit_id: str  # the unit the sender speaks for
    unit_id: str  # the unit whose rows the package holds ("" = the whole file)
    created: str
    created_by: str
    app_version: str
    schema_version: int
    clock: int  # the sender's clock when the package was made: every row's stamp <= it
    since: int  # only rows changed after this stamp of the sender (0 = all)
    seen: dict[str, int]  # document id -> the newest of its stamps the sender has merged
    counts: dict[str, int]
    checksum: str
    period_first: str = ""
    period_last: str = ""
    forked_from: str = ""  # the document the sender's file was made from
    fork_clock: int = 0  # the sender's clock right after: older stamps are copies

    def their_base(self, recipient: str) -> int:
        """Stamps of the sender up to this are copies of the recipient's rows."""
        return self.fork_clock if self.forked_from == recipient else 0

    @property
    def rows(self) -> int:
        return sum(n for table, n in self.counts.items() if table != "sources")

    @classmethod
    def from_rows(cls, path: Path, values: dict[str, str]) -> Manifest:
        missing = [key for key in _REQUIRED if key not in values]
        if values.get("format") != "perfdesk-package":
            raise NotAPackage(path, "it is not a perfdesk package (its manifest says otherwise)")
        if missing:
            raise DamagedPackage(path, f"its manifest lacks {', '.join(missing)}")
        try:
            version = int(values["format_version"])
            if version > FORMAT_VERSION:
                raise NewerPackage(
                    path,
                    f"it was made by a newer perfdesk (package format {version}, this app "
                    f"reads up to {FORMAT_VERSION}); update perfdesk to import it",
                )
            seen = {str(k): int(v) for k, v in json.loads(values["seen"]).items()}
            counts = {str(k): int(v) for k, v in json.loads(values["counts"]).items()}
            return cls(
                package_id=values["package_id"],
                source_document_id=values["source_document_id"],
                source_name=values["source_name"],
                source_role=values["source_role"],
                source_unit_id=values["source_unit_id"],
                unit_id=values["unit_id"],
                created=values["created"],
                created_by=values["created_by"],
                app_version=values["app_version"],
                schema_version=int(values["schema_version"]),
                clock=int(values["clock"]),
                since=int(values["since"]),
                seen=seen,
                counts=counts,
                checksum=values["checksum"],
                period_first=values.get("period_first", ""),
                period_last=values.get("period_last", ""),
                forked_from=values.get("forked_from", ""),
                fork_clock=int(values.get("fork_clock") or 0),
            )
        except (ValueError, TypeError, AttributeError) as exc:
            raise DamagedPackage(path, f"its manifest cannot be read ({exc})") from None


@dataclass
class ExportResult:
    path: Path
    manifest: Manifest
    seconds: float = 0.0
    counts: dict[str, int] = field(default_factory=dict)


def export_package(
    document: Path,
    out: Path,
    unit: str = "",
    since: int = 0,
    force: bool = False,
) -> ExportResult:
    """Write the package of `document` (a closed or open .perfdesk file) to `out`.

    A department file sends its own unit's scope (`unit` must be empty or that unit);
    a company file sends what the department file of `unit` (an id, exact name or
    code) holds, or everything when `unit` is empty. `since` keeps only rows changed
    after that stamp of the sender. An unknown or ambiguous unit raises UnknownUnit or
    AmbiguousUnit (store/exchange/department.py) naming the candidates.
    """
    import time

    started = time.perf_counter()
    document, out = Path(document), Path(out)
    try:
        taken = out.exists()
    except OSError as exc:  # a name over 255 bytes, a folder that is a file, …
        raise DocumentError(out, f"it cannot be written there ({exc.strerror})") from None
    if taken and not force:
        raise DocumentError(out, "a file with this name already exists")
    part = out.with_name(f".{out.name}.part")
    if len(os.fsencode(part.name)) > 255:  # a legal 255-byte name has no room for ".part"
        part = out.with_name(f".perfdesk-{_new_id()}.part")
    part.unlink(missing_ok=True)
    folder = Path(tempfile.mkdtemp(prefix="perfdesk-export-"))
    rows = folder / ROWS
    conn = sqlite3.connect(rows, isolation_level=None)
    conn.text_factory = decode_text
    try:
        conn.execute(f"PRAGMA application_id = {PACKAGE_APPLICATION_ID}")
        conn.execute(f"PRAGMA user_version = {schema.SCHEMA_VERSION}")
        conn.execute("PRAGMA journal_mode = OFF")  # a file nobody sees until it is whole
        for sql in (*_table_sql().values(), MANIFEST_SQL):
            conn.execute(sql)
        _attach_read_only(conn, document, "src")
        conn.execute("BEGIN")  # one read transaction: a consistent snapshot of src
        meta = dict(conn.execute("SELECT key, value FROM src.meta").fetchall())
        role = meta.get("role") or "company"
        own_unit = meta.get("unit_id") or ""
        scope = _export_scope(conn, document, role, own_unit, unit)
        if scope and role == "department":
            create_scope(conn, "s", scope, ["src.{}"])
            where = {t: _scope_condition(t) for t in SCOPE_OF}
        elif scope:  # the company to one department: what that department's file holds
            select_concerning(conn, "src", scope)
            where = dict(COPY)
        else:
            where = {}
        counts = {}
        for table in PACKAGE_TABLES:
            counts[table] = _copy_rows(conn, table, where.get(table, ""), since)
        periods = conn.execute("SELECT min(period), max(period) FROM main.goal_values").fetchone()
        forked_from = meta.get("forked_from") or ""
        fork_clock = meta.get("fork_clock") or ""
        if forked_from and not fork_clock:  # kept in imports until the first merge from it
            row = conn.execute(
                "SELECT our_stamp FROM src.imports WHERE package_id = ?", (f"fork:{forked_from}",)
            ).fetchone()
            fork_clock = str(row[0]) if row else ""
        seen = {
            doc: int(stamp)
            for doc, stamp in conn.execute(
                "SELECT s.document_id, i.their_stamp FROM src.imports i "
                "JOIN src.sources s ON s.n = i.source"
            )
        }
        manifest = {
            "format": "perfdesk-package",
            "format_version": str(FORMAT_VERSION),
            "package_id": _new_id(),
            "source_document_id": meta.get("document_id") or "",
            "source_name": meta.get("name") or "",
            "source_role": role,
            "source_unit_id": own_unit,
            "unit_id": scope,
            "created": datetime.datetime.now(datetime.UTC).isoformat(timespec="seconds"),
            "created_by": _who(),
            "app_version": __version__,
            "schema_version": str(schema.SCHEMA_VERSION),
            "clock": meta.get("clock") or "0",
            "since": str(int(since)),
            "seen": json.dumps(seen, sort_keys=True),
            "counts": json.dumps(counts, sort_keys=True),
            "forked_from": forked_from,
            "fork_clock": fork_clock,
            "period_first": periods[0] or "",
            "period_last": periods[1] or "",
        }
        conn.execute("COMMIT")
        conn.execute("DETACH DATABASE src")
        conn.executemany("INSERT INTO manifest(key, value) VALUES (?, ?)", manifest.items())
        conn.close()
        manifest["checksum"] = _sha256(rows)
        with zipfile.ZipFile(part, "w", zipfile.ZIP_DEFLATED, compresslevel=6) as bundle:
            bundle.writestr(MANIFEST, json.dumps(manifest, ensure_ascii=False, indent=1))
            bundle.write(rows, ROWS)
        with open(part, "rb+") as handle:  # durable before it gets its name
            os.fsync(handle.fileno())
        os.replace(part, out)
    except OSError as exc:  # a full disk, a folder that refuses writes: say which, no part
        conn.close()
        part.unlink(missing_ok=True)
        raise DocumentError(
            out, f"the package could not be written ({exc.strerror or exc})"
        ) from None
    except BaseException:
        conn.close()
        part.unlink(missing_ok=True)
        raise
    finally:
        shutil.rmtree(folder, ignore_errors=True)
    result = Manifest.from_rows(out, manifest)
    return ExportResult(out, result, time.perf_counter() - started, counts)


def _export_scope(
    conn: sqlite3.Connection, document: Path, role: str, own_unit: str, unit: str
) -> str:
    """The unit whose rows the package holds ("" = all): a department file's own unit;
    for a company file, the unit asked for (an id, exact name or code)."""
    if role == "department":
        if not own_unit:
            raise DocumentError(document, "this department file does not say which unit it is for")
        if unit and resolve_unit(conn, document, unit, "src")[0] != own_unit:
            raise DocumentError(
                document, "a department file sends only its own unit's rows; leave the unit out"
            )
        return own_unit
    return resolve_unit(conn, document, unit, "src")[0] if unit else ""


def _scope_condition(table: str) -> str:
    """Which rows of `table` lie in the sender's scope (temp.s_* from create_scope)."""
    kind, column = SCOPE_OF[table]
    if table in ("goal_values", "deviation_notes"):
        return f"goal IN (SELECT key FROM src.goals WHERE id IN (SELECT id FROM s_{kind}))"
    return f"{column} IN (SELECT id FROM s_{kind})"


def _copy_rows(conn: sqlite3.Connection, table: str, where: str, since: int) -> int:
    cols = ", ".join(_columns(conn, table))
    conditions = [where] if where else []
    if since and table != "sources":
        conditions.append(f"stamp > {int(since)}")
    clause = f" WHERE {' AND '.join(conditions)}" if conditions else ""
    cursor = conn.execute(
        f"INSERT INTO main.{table} ({cols}) SELECT {cols} FROM src.{table}{clause}"
    )
    return int(cursor.rowcount)


def _columns(conn: sqlite3.Connection, table: str) -> list[str]:
    return [row[1] for row in conn.execute(f"PRAGMA main.table_info({table})")]


def _attach_read_only(conn: sqlite3.Connection, path: Path, name: str) -> None:
    # Read-only, so an export can never write to the document (a hot journal included:
    # SQLite refuses to read instead of rolling it back here).
    uri = f"{path.resolve().as_uri()}?mode=ro"
    conn.execute("ATTACH DATABASE ? AS " + name, (uri,))


def _who() -> str:
    try:
        user = getpass.getuser()
    except (KeyError, OSError):
        user = "?"
    return f"{user}@{platform.node()}"[:200]


def _new_id() -> str:
    from perfdesk.core.ids import new_id

    return new_id()


def _sha256(path: Path) -> str:
    digest = hashlib.sha256()
    with open(path, "rb") as handle:
        while chunk := handle.read(1 << 20):
            digest.update(chunk)
    return digest.hexdigest()


# -- reading -------------------------------------------------------------------------


@dataclass
class Package:
    """A verified package: `path` is the user's file, `copy` the private one merged."""

    path: Path
    copy: Path
    manifest: Manifest
    _folder: Path

    def discard(self) -> None:
        shutil.rmtree(self._folder, ignore_errors=True)


def read_package(path: Path | str) -> Package:
    """Verify a package completely and return it with a private copy to merge from.

    Refused, each with its own message: not a file, not a package (a perfdesk document
    or another SQLite file included), damaged or cut short, a zip bomb, a newer format,
    a checksum that does not match, damaged pages, a schema that is not ours, or a
    manifest that is missing, unreadable or lies about the rows file or the counts.
    """
    path = Path(path)
    _check_container(path)
    folder = Path(tempfile.mkdtemp(prefix="perfdesk-package-"))
    copy = folder / ROWS
    try:
        values = _extract(path, copy)
        _check_header(copy, shown=path)
        conn = sqlite3.connect(f"{copy.as_uri()}?mode=ro", uri=True, isolation_level=None)
        conn.text_factory = decode_text
        try:
            manifest = _verify(conn, path, values)
        except sqlite3.DatabaseError as exc:
            raise DamagedPackage(path, f"it is damaged ({exc})") from None
        finally:
            conn.close()
    except BaseException:
        shutil.rmtree(folder, ignore_errors=True)
        raise
    return Package(path, copy, manifest, folder)


def _extract(path: Path, copy: Path) -> dict[str, str]:
    """The manifest, and the rows file written to `copy` once its size, CRC and checksum
    are right."""
    try:
        with zipfile.ZipFile(path) as bundle:
            entries = {info.filename: info for info in bundle.infolist()}
            if set(entries) != {MANIFEST, ROWS}:
                raise NotAPackage(path, "it is a ZIP file, but not a perfdesk package")
            info = entries[MANIFEST]
            if info.file_size > MAX_MANIFEST_BYTES:
                raise DamagedPackage(path, "its manifest is far too large")
            try:
                values = json.loads(bundle.read(MANIFEST).decode("utf-8"))
            except (UnicodeDecodeError, ValueError):
                raise DamagedPackage(path, "its manifest cannot be read") from None
            if not isinstance(values, dict) or not all(
                isinstance(k, str) and isinstance(v, str) for k, v in values.items()
            ):
                raise DamagedPackage(path, "its manifest cannot be read")
            Manifest.from_rows(path, {**values, "checksum": values.get("checksum", "")})
            info = entries[ROWS]
            if info.file_size > MAX_ROWS_BYTES or info.file_size > MAX_RATIO * max(
                info.compress_size, 1 << 16
            ):
                raise DamagedPackage(
                    path, "its rows would unpack to an implausible size (a zip bomb?)"
                )
            digest, size = hashlib.sha256(), 0
            with bundle.open(ROWS) as source, open(copy, "wb") as target:
                while chunk := source.read(1 << 20):
                    size += len(chunk)
                    if size > info.file_size:
                        raise DamagedPackage(path, "its rows file is larger than it says")
                    digest.update(chunk)
                    target.write(chunk)
    except (zipfile.BadZipFile, EOFError, zipfile.LargeZipFile, zlib.error) as exc:
        raise DamagedPackage(path, f"it is damaged or cut short ({exc})") from None
    except (NotImplementedError, RuntimeError) as exc:
        # zipfile's words for a compression method it lacks and for an encrypted member:
        # perfdesk writes neither, so the package was damaged or made by something else.
        raise DamagedPackage(path, f"its contents cannot be unpacked ({exc})") from None
    except OSError as exc:
        raise PackageError(path, f"it cannot be read ({exc.strerror or exc})") from None
    if digest.hexdigest() != values.get("checksum"):
        raise DamagedPackage(
            path, "its checksum does not match its content: it was changed or damaged in transit"
        )
    return values


@contextlib.contextmanager
def opened(path: Path | str) -> Iterator[Package]:
    package = read_package(path)
    try:
        yield package
    finally:
        package.discard()


def _check_container(path: Path) -> None:
    """A ZIP file; a perfdesk document or another file gets its own message."""
    try:
        with open(path, "rb") as handle:
            head = handle.read(100)
    except IsADirectoryError:
        raise NotAPackage(path, "it is a folder, not a package") from None
    except FileNotFoundError:
        raise PackageError(path, "there is no such file") from None
    except OSError as exc:
        raise PackageError(path, f"it cannot be read ({exc.strerror})") from None
    if head.startswith(b"PK\x03\x04"):
        return
    if head.startswith(b"SQLite format 3\x00") and len(head) == 100:
        if int.from_bytes(head[68:72], "big") == schema.APPLICATION_ID:
            raise NotAPackage(
                path,
                "it is a perfdesk document, not a package: open it, or make a package from "
                "it with File → Export Package",
            )
        raise NotAPackage(path, "it is a SQLite file, but not a perfdesk package")
    if not head:
        raise DamagedPackage(path, "it is empty")
    raise NotAPackage(path, "it is not a perfdesk package")


def _check_header(path: Path, shown: Path) -> None:
    """The unpacked rows file (our private copy, its bytes already checked against the
    manifest's checksum): a package's SQLite file, of this schema version."""
    with open(path, "rb") as handle:
        head = handle.read(100)
    if not head.startswith(b"SQLite format 3\x00") or len(head) < 100:
        raise DamagedPackage(shown, "its rows file is not a whole SQLite file")
    application_id = int.from_bytes(head[68:72], "big")
    user_version = int.from_bytes(head[60:64], "big")
    if application_id != PACKAGE_APPLICATION_ID:
        raise NotAPackage(shown, "its rows file is not a perfdesk package's")
    if user_version > schema.SCHEMA_VERSION:
        raise NewerPackage(
            shown,
            f"it was made by a newer perfdesk (schema version {user_version}, this app "
            f"reads up to {schema.SCHEMA_VERSION}); update perfdesk to import it",
        )
    if 3 <= user_version < schema.SCHEMA_VERSION:
        raise NotAPackage(
            shown,
            f"it was made by an older perfdesk (schema version {user_version}); ask the "
            "sender to update perfdesk and send it again",
        )
    if user_version < schema.SCHEMA_VERSION:
        raise NotAPackage(shown, f"it has an unknown schema version ({user_version})")


def _verify(conn: sqlite3.Connection, path: Path, values: dict[str, str]) -> Manifest:
    problems = [row[0] for row in conn.execute("PRAGMA quick_check") if row[0] != "ok"]
    if problems:
        raise DamagedPackage(path, f"it is damaged ({problems[0]})")
    expected = {name: normal_sql(sql) for name, sql in _table_sql().items()}
    expected["manifest"] = normal_sql(MANIFEST_SQL)
    found = {
        name: normal_sql(sql or "")
        for name, sql in conn.execute(
            "SELECT name, sql FROM sqlite_master WHERE name NOT LIKE 'sqlite_%'"
        )
    }
    if found != expected:
        odd = sorted(set(found) ^ set(expected)) or sorted(
            n for n in expected if found.get(n) != expected[n]
        )
        raise DamagedPackage(path, f"its tables are not the ones perfdesk writes ({odd[0]})")
    inside = dict(conn.execute("SELECT key, value FROM manifest").fetchall())
    if inside != {k: v for k, v in values.items() if k != "checksum"}:
        raise DamagedPackage(path, "its two manifests disagree: it was changed after it was made")
    manifest = Manifest.from_rows(path, values)
    if manifest.schema_version != schema.SCHEMA_VERSION:
        raise DamagedPackage(path, "its manifest and its file disagree about the schema version")
    for table in PACKAGE_TABLES:
        count = int(conn.execute(f"SELECT count(*) FROM {table}").fetchone()[0])
        if manifest.counts.get(table) != count:
            raise DamagedPackage(
                path,
                f"its manifest says {manifest.counts.get(table)} rows of {table} but it "
                f"holds {count}: it was changed after it was made",
            )
    # Rows are tested against perfdesk's rules, and their text for UTF-8, where it
    # matters: when a merge stages the ones it would write (merge.py).
    return manifest
