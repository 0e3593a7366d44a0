"""A department file started from the company file (File → New Department File…,
`perfdesk department COMPANY --unit NAME -o OUT`).

What is copied, with ids, stamps, sources, `created`, `archived` and `deleted` exactly
as in the company file (tombstones included, so a later merge carries them):
- the whole organisation, every person and the whole KPI library (references need
  them, and a department sees the company's structure);
- the goals that concern the unit: every goal held by the unit, a unit below it or a
  person in one of them, every goal an action of theirs names, and the chain of
  ancestor goals (`parent_id`) above all of these, with their values and deviation
  notes. Other departments' goals are not copied;
- the actions that name the subtree (responsible unit, owner, or one of its goals)
  with their 10-day reports; the issues that name it (responsible unit, owner, a
  related unit, or an issue an action of theirs answers) with their related units;
  the meetings that name it (an agenda item's unit or speaker, an invited attendee, the
  meeting of an issue above). A meeting is copied whole — its agenda and attendance —
  since its time budget and record only make sense whole and an ended meeting is
  frozen.

The new document has its own document id, role `department`, the unit as `unit_id`
and name, `forked_from` the company's document id; the company's `sources` rows are
kept with their numbers (every row's `source` stays valid) and one is added for the
new file. An `imports` row for the company's source is the three-way base of later
merges: `package_id` 'fork:<company document id>', `their_stamp` the company's clock at
the copy, `our_stamp` the new file's clock, `rows` the rows copied. The new clock is
beyond every stamp the file holds.

The company file is read through a read-only attachment (`mode=ro`), in the one
transaction that writes the copy, so the copy is consistent even while the company file
is open in the app (its writer waits a moment, as for any reader). The new file is
built under a hidden name beside OUT, checked (`foreign_key_check` in the transaction,
then the validation `perfdesk check` runs) and renamed only when whole; a refusal or
failure leaves no file behind.
"""

from __future__ import annotations

import os
import sqlite3
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

from perfdesk.core.org import OrgUnit, UnitKind, unit_path
from perfdesk.core.org_search import squash
from perfdesk.store.errors import DamagedFile, DocumentError, FileBusy, NeedsRecovery, NewerFile
from perfdesk.store.fileinfo import WriterState, journal_path, read_header, writer_state
from perfdesk.store.schema import SCHEMA_VERSION, create_schema
from perfdesk.store.stamps import next_stamp, now_ms, source_number
from perfdesk.store.validate import check_document, decode_text, schema_problems

Progress = Callable[[str], None]

# The tables copied, in the order they are written: a meeting after its agenda,
# attendance, events, snapshot, minutes and issues (the ended-meeting triggers refuse
# those rows of a meeting already ended).
# (table, the condition on the company's rows; "" copies every row)
COPY: tuple[tuple[str, str], ...] = (
    ("org_units", ""),
    ("people", ""),
    ("kpis", ""),
    ("goals", "key IN (SELECT key FROM temp.pd_goals)"),
    ("goal_values", "goal IN (SELECT key FROM temp.pd_goals)"),
    ("deviation_notes", "goal IN (SELECT key FROM temp.pd_goals)"),
    ("period_profiles", ""),
    ("agenda_templates", ""),
    ("evaluation_rules", ""),
    ("evaluations", "id IN (SELECT id FROM temp.pd_evaluations)"),
    ("appeals", "evaluation_id IN (SELECT id FROM temp.pd_evaluations)"),
    ("meeting_events", "meeting_id IN (SELECT id FROM temp.pd_meetings)"),
    ("agenda_items", "meeting_id IN (SELECT id FROM temp.pd_meetings)"),
    ("meeting_attendees", "meeting_id IN (SELECT id FROM temp.pd_meetings)"),
    # The frozen figures of the department's own goals (the others' goals stay behind).
    (
        "meeting_snapshots",
        "meeting_id IN (SELECT id FROM temp.pd_meetings) "
        "AND goal_id IN (SELECT id FROM temp.pd_goals)",
    ),
    ("minute_entries", "meeting_id IN (SELECT id FROM temp.pd_meetings)"),
    ("issues", "id IN (SELECT id FROM temp.pd_issues)"),
    ("issue_units", "issue_id IN (SELECT id FROM temp.pd_issues)"),
    ("meetings", "id IN (SELECT id FROM temp.pd_meetings)"),
    ("actions", "id IN (SELECT id FROM temp.pd_actions)"),
    ("action_units", "action_id IN (SELECT id FROM temp.pd_actions)"),
    ("action_history", "action_id IN (SELECT id FROM temp.pd_actions)"),
    ("action_reports", "action_id IN (SELECT id FROM temp.pd_actions)"),
)
TABLES = tuple(table for table, _where in COPY)
_MONTH_GLOB = "[0-9][0-9][0-9][0-9]-[01][0-9]"
_LISTED = 20  # candidates named in a refusal; the rest are counted


class DepartmentRefused(DocumentError):
    """A department file cannot be made as asked; nothing was written. `path` is the
    file the refusal is about (the company file, or OUT when it exists)."""


class UnknownUnit(DepartmentRefused):
    """No unit has that id, name or code. `candidates` are (unit id, path) pairs:
    units whose name or code contains what was typed, else the departments."""

    def __init__(
        self, path: Path, query: str, candidates: list[tuple[str, str]], near: bool = True
    ) -> None:
        heading = "units whose name or code contains it" if near else "the departments"
        super().__init__(path, f"no unit is called {query!r}{_listing(candidates, heading)}")
        self.query = query
        self.candidates = candidates


class AmbiguousUnit(UnknownUnit):
    """Several units have that name or code; `candidates` are all of them."""

    def __init__(self, path: Path, query: str, candidates: list[tuple[str, str]]) -> None:
        DepartmentRefused.__init__(
            self,
            path,
            f"{len(candidates)} units are called {query!r}; give the unit's id or code "
            f"instead{_listing(candidates, 'they are')}",
        )
        self.query = query
        self.candidates = candidates


class OutsideOwnUnit(DepartmentRefused):
    """The source is itself a department file and the unit is not inside its unit."""


class OutputExists(DepartmentRefused):
    """OUT exists (and replacing it was not asked), is the source, or is open for editing."""


def _listing(candidates: list[tuple[str, str]], heading: str) -> str:
    if not candidates:
        return ""
    lines = [f"\n  {path}  ({unit_id})" for unit_id, path in candidates[:_LISTED]]
    more = len(candidates) - _LISTED
    tail = f"\n  … and {more} more" if more > 0 else ""
    return f"; {heading}:" + "".join(lines) + tail


@dataclass(frozen=True)
class DepartmentPlan:
    """What a department file for `unit_id` holds: rows per table, before writing."""

    unit_id: str
    unit_name: str
    unit_path: str  # "集团 / 上海销售部 / 销售一组"
    counts: dict[str, int] = field(default_factory=dict)
    own_goals: int = 0  # goals held by the unit, the units below it or their people
    ancestor_goals: int = 0  # goals above them (and goals their actions name)

    @property
    def rows(self) -> int:
        return sum(self.counts.values())


@dataclass(frozen=True)
class DepartmentFileResult:
    path: Path
    document_id: str
    company_id: str
    company_source: int  # the company's number in the new file's `sources`
    plan: DepartmentPlan
    their_stamp: int  # the company's clock at the copy
    our_stamp: int  # the new file's clock after creation
    seconds: float

    @property
    def counts(self) -> dict[str, int]:
        return self.plan.counts

    @property
    def rows(self) -> int:
        return self.plan.rows


# -- reading the source ------------------------------------------------------


def _check_source(company: Path) -> None:
    """Refuse a file that is not a current, sound, idle perfdesk document (unchanged)."""
    from perfdesk.store.document import connect

    header = read_header(company)
    if header.user_version > SCHEMA_VERSION:
        raise NewerFile(company, header.user_version, SCHEMA_VERSION)
    if header.user_version < 1:
        raise DamagedFile(company, "it has no perfdesk tables (schema version 0)")
    state = writer_state(company)
    if state is WriterState.INTERRUPTED:
        raise NeedsRecovery(
            company,
            "a change to it was cut off; open it once in perfdesk (with write access) to "
            "undo that change, then try again",
        )
    if state is WriterState.SAVING:
        raise FileBusy(company, "another program is saving it right now; try again in a moment")
    if header.user_version < SCHEMA_VERSION:
        raise DepartmentRefused(
            company,
            f"it was made by an older perfdesk (schema version {header.user_version}); open "
            "it once in perfdesk to upgrade it, then try again",
        )
    try:
        conn = connect(company, read_only=True, wal=header.wal)
    except sqlite3.Error as exc:
        raise DocumentError(company, f"SQLite cannot open it ({exc})") from None
    try:
        problems = schema_problems(conn, header.user_version)
    except sqlite3.DatabaseError as exc:
        raise DamagedFile(company, f"the file is damaged ({exc})") from None
    finally:
        conn.close()
    if problems:
        raise DamagedFile(
            company, "its tables are not the ones perfdesk writes (" + "; ".join(problems[:5]) + ")"
        )


def _meta(conn: sqlite3.Connection, db: str) -> dict[str, str]:
    return {
        str(key): "" if value is None else str(value)
        for key, value in conn.execute(f"SELECT key, value FROM {db}.meta")
    }


def _units(conn: sqlite3.Connection, db: str) -> dict[str, tuple[OrgUnit, bool]]:
    """Every unit (tombstones too) -> (unit, deleted)."""
    found: dict[str, tuple[OrgUnit, bool]] = {}
    for unit_id, parent, kind, name, code, archived, deleted in conn.execute(
        f"SELECT id, parent_id, kind, name, code, archived, deleted FROM {db}.org_units "
        "ORDER BY sort_order, name"
    ):
        unit = OrgUnit(unit_id, name, UnitKind(kind), parent, code or "", archived=bool(archived))
        found[unit_id] = (unit, bool(deleted))
    return found


def _path_text(unit_id: str, units: dict[str, OrgUnit]) -> str:
    return " / ".join(unit.name for unit in unit_path(unit_id, units))


def resolve_unit(
    conn: sqlite3.Connection, company: Path, query: str, db: str = "main"
) -> tuple[str, str, str]:
    """(id, name, path) of the unit `query` names: its id, exact name or code (code in
    any letter case). Unknown or ambiguous: UnknownUnit / AmbiguousUnit with candidates."""
    every = _units(conn, db)
    units = {unit_id: unit for unit_id, (unit, _deleted) in every.items()}
    live = [unit for unit, deleted in every.values() if not deleted]
    text = query.strip()
    if text in units and not every[text][1]:
        return text, units[text].name, _path_text(text, units)
    found = [u for u in live if u.name == text or (u.code and u.code.casefold() == text.casefold())]
    if len(found) == 1:
        return found[0].id, found[0].name, _path_text(found[0].id, units)
    if found:
        listed = sorted((_path_text(u.id, units), u.id) for u in found)
        raise AmbiguousUnit(company, query, [(unit_id, path) for path, unit_id in listed])
    needle = squash(text)
    near = [u for u in live if needle and (needle in squash(u.name) or needle in squash(u.code))]
    shown = near or [u for u in live if u.kind in (UnitKind.DIVISION, UnitKind.DEPARTMENT)]
    listed = sorted((_path_text(u.id, units), u.id) for u in shown)
    raise UnknownUnit(company, query, [(unit_id, path) for path, unit_id in listed], bool(near))


def select_concerning(conn: sqlite3.Connection, db: str, unit_id: str) -> None:
    """Fill temp.pd_* with what concerns `unit_id` in database `db` (see the docstring)."""
    statements = (
        "CREATE TEMP TABLE pd_units(id TEXT PRIMARY KEY) WITHOUT ROWID",
        "CREATE TEMP TABLE pd_people(id TEXT PRIMARY KEY) WITHOUT ROWID",
        # why: 0 held in the subtree, 1 named by one of its actions, 2 an ancestor
        "CREATE TEMP TABLE pd_goals(key INTEGER PRIMARY KEY, id TEXT UNIQUE, why INTEGER)",
        "CREATE TEMP TABLE pd_actions(id TEXT PRIMARY KEY) WITHOUT ROWID",
        "CREATE TEMP TABLE pd_issues(id TEXT PRIMARY KEY) WITHOUT ROWID",
        "CREATE TEMP TABLE pd_meetings(id TEXT PRIMARY KEY) WITHOUT ROWID",
        "CREATE TEMP TABLE pd_evaluations(id TEXT PRIMARY KEY) WITHOUT ROWID",
        f"INSERT INTO pd_units WITH RECURSIVE sub(id) AS (SELECT :unit UNION "
        f"SELECT u.id FROM {db}.org_units u JOIN sub ON u.parent_id = sub.id) SELECT id FROM sub",
        f"INSERT INTO pd_people SELECT id FROM {db}.people "
        "WHERE unit_id IN (SELECT id FROM pd_units)",
        f"INSERT INTO pd_goals SELECT key, id, 0 FROM {db}.goals "
        "WHERE unit_id IN (SELECT id FROM pd_units) OR person_id IN (SELECT id FROM pd_people)",
        f"INSERT INTO pd_evaluations SELECT id FROM {db}.evaluations "
        "WHERE unit_id IN (SELECT id FROM pd_units) OR person_id IN (SELECT id FROM pd_people)",
        f"INSERT INTO pd_actions SELECT id FROM {db}.actions "
        "WHERE responsible_unit_id IN (SELECT id FROM pd_units) "
        "OR owner_id IN (SELECT id FROM pd_people) OR goal_id IN (SELECT id FROM pd_goals)",
        f"INSERT OR IGNORE INTO pd_goals SELECT key, id, 1 FROM {db}.goals WHERE id IN "
        f"(SELECT goal_id FROM {db}.actions WHERE id IN (SELECT id FROM pd_actions))",
        f"INSERT OR IGNORE INTO pd_goals WITH RECURSIVE up(id) AS ("
        f"SELECT parent_id FROM {db}.goals WHERE key IN (SELECT key FROM pd_goals) "
        f"AND parent_id IS NOT NULL UNION SELECT g.parent_id FROM {db}.goals g "
        "JOIN up ON g.id = up.id WHERE g.parent_id IS NOT NULL) "
        f"SELECT key, id, 2 FROM {db}.goals WHERE id IN (SELECT id FROM up)",
        f"INSERT OR IGNORE INTO pd_issues SELECT id FROM {db}.issues "
        "WHERE responsible_unit_id IN (SELECT id FROM pd_units) "
        "OR owner_id IN (SELECT id FROM pd_people)",
        f"INSERT OR IGNORE INTO pd_issues SELECT issue_id FROM {db}.issue_units "
        "WHERE related = 1 AND unit_id IN (SELECT id FROM pd_units)",
        f"INSERT OR IGNORE INTO pd_issues SELECT issue_id FROM {db}.actions "
        "WHERE id IN (SELECT id FROM pd_actions) AND issue_id IS NOT NULL",
        f"INSERT OR IGNORE INTO pd_meetings SELECT meeting_id FROM {db}.agenda_items "
        "WHERE unit_id IN (SELECT id FROM pd_units) OR speaker_id IN (SELECT id FROM pd_people)",
        f"INSERT OR IGNORE INTO pd_meetings SELECT meeting_id FROM {db}.meeting_attendees "
        "WHERE invited = 1 AND person_id IN (SELECT id FROM pd_people)",
        f"INSERT OR IGNORE INTO pd_meetings SELECT meeting_id FROM {db}.issues "
        "WHERE id IN (SELECT id FROM pd_issues) AND meeting_id IS NOT NULL",
        f"INSERT OR IGNORE INTO pd_meetings SELECT meeting_id FROM {db}.agenda_items WHERE id IN "
        f"(SELECT agenda_item_id FROM {db}.issues WHERE id IN (SELECT id FROM pd_issues))",
    )
    for statement in statements:
        conn.execute(statement, {"unit": unit_id} if ":unit" in statement else {})


def _plan(conn: sqlite3.Connection, db: str, unit_id: str, name: str, path: str) -> DepartmentPlan:
    counts = {
        table: int(
            conn.execute(
                f"SELECT count(*) FROM {db}.{table}" + (f" WHERE {where}" if where else "")
            ).fetchone()[0]
        )
        for table, where in COPY
    }
    why = dict(conn.execute("SELECT why = 0, count(*) FROM temp.pd_goals GROUP BY why = 0"))
    return DepartmentPlan(unit_id, name, path, counts, int(why.get(1, 0)), int(why.get(0, 0)))


def _refuse_outside(
    conn: sqlite3.Connection, company: Path, db: str, meta: dict[str, str], unit_id: str
) -> None:
    """A department file may start a file only for a unit inside its own unit."""
    if meta.get("role") != "department":
        return
    own = meta.get("unit_id", "")
    units = {u: unit for u, (unit, _deleted) in _units(conn, db).items()}
    chain = [unit.id for unit in unit_path(unit_id, units)]
    if own and own in chain:
        return
    where = _path_text(own, units) if own in units else (own or "no unit")
    raise OutsideOwnUnit(
        company,
        f"it is a department file (for {where}), and {_path_text(unit_id, units)} is not "
        "inside that unit; start a department file from the company file instead",
    )


def department_plan(company: Path | str, unit: str) -> DepartmentPlan:
    """What `make_department_file` would copy for `unit`, counted without writing."""
    from perfdesk.store.document import connect

    company = Path(company)
    _check_source(company)
    conn = connect(company, read_only=True)
    try:
        conn.execute("BEGIN")
        meta = _meta(conn, "main")
        unit_id, name, path = resolve_unit(conn, company, unit, "main")
        _refuse_outside(conn, company, "main", meta, unit_id)
        select_concerning(conn, "main", unit_id)
        return _plan(conn, "main", unit_id, name, path)
    except sqlite3.OperationalError as exc:
        raise _busy_or_damaged(company, exc) from None
    finally:
        conn.close()


def _busy_or_damaged(path: Path, exc: sqlite3.Error) -> DocumentError:
    if "locked" in str(exc) or "busy" in str(exc):
        return FileBusy(path, "another program is writing to the file; try again in a moment")
    return DamagedFile(path, f"reading it failed ({exc})")


# -- writing the department file ---------------------------------------------


def _refuse_output(company: Path, out: Path, force: bool) -> None:
    from perfdesk.store.lock import Stale, read_claim

    if out.exists() and out.resolve() == company.resolve():
        raise OutputExists(out, "it is the file the department file is made from")
    if out.is_dir():
        raise OutputExists(out, "it is a folder; give a file name")
    if not out.parent.is_dir():
        raise DocumentError(out, "its folder does not exist")
    if out.exists() and not force:
        raise OutputExists(out, "the file already exists; choose another name or replace it")
    claim = read_claim(out) if out.exists() else None
    if claim is not None and claim.holder is not None and claim.stale is Stale.NO:
        holder = claim.holder
        raise OutputExists(
            out,
            f"it is open for editing by {holder.name or holder.user} ({holder.user}@"
            f"{holder.host}); close it there first",
        )


def make_department_file(
    company: Path | str,
    unit: str,
    out: Path | str,
    progress: Progress | None = None,
    force: bool = False,
) -> DepartmentFileResult:
    """Write a new department document for `unit` (an id, exact name or code) to `out`.

    Raises DocumentError subclasses (DepartmentRefused and its kinds for refusals) with
    an English message; the company file is only read and `out` appears only when whole.
    """
    started = time.perf_counter()
    company, out = Path(company), Path(out)
    say = progress or (lambda _step: None)
    _refuse_output(company, out, force)
    say("checking the company file")
    _check_source(company)
    part = out.with_name(f".{out.name}.part-{os.getpid()}")
    for leftover in (part, journal_path(part)):
        leftover.unlink(missing_ok=True)
    try:
        # Made first, so a folder that refuses it says why (SQLite only says "unable to
        # open database file"); SQLite takes an empty file as a new database.
        with open(part, "xb"):
            pass
        result = _write(company, part, unit, say)
        say("checking the new file")
        checked = check_document(part)
        if not checked.ok:
            raise DamagedFile(
                company,
                "the department file made from it did not pass the check ("
                + "; ".join(checked.problems[:5])
                + "); nothing was written",
            )
        _sync(part)
        _refuse_output(company, out, force)  # the same answer as before, unless it changed
        os.replace(part, out)
        _sync(out.parent)
    except OSError as exc:
        raise DocumentError(
            out, f"the department file could not be written ({exc.strerror or exc})"
        ) from None
    finally:
        for leftover in (part, journal_path(part)):
            leftover.unlink(missing_ok=True)
    say("done")
    return DepartmentFileResult(
        out,
        result.document_id,
        result.company_id,
        result.company_source,
        result.plan,
        result.their_stamp,
        result.our_stamp,
        time.perf_counter() - started,
    )


def _write(company: Path, part: Path, unit: str, say: Progress) -> DepartmentFileResult:
    """Build the new document at `part` in one transaction that reads the company file."""
    from perfdesk.core.ids import new_id
    from perfdesk.store.document import BUSY_TIMEOUT_MS

    try:
        conn = sqlite3.connect(
            f"{part.resolve().as_uri()}?mode=rwc", uri=True, isolation_level=None
        )
        # A new file under a hidden name: nothing to roll back to on disk, so no journal
        # file and no syncs while it is built; it is synced once, whole, before the rename.
        conn.execute("PRAGMA journal_mode = MEMORY")
        conn.execute("PRAGMA synchronous = OFF")
    except sqlite3.Error as exc:
        raise DocumentError(
            part.with_name(part.name.split(".part-")[0].lstrip(".")),
            f"the department file cannot be written in that folder ({exc})",
        ) from None
    try:
        conn.text_factory = decode_text
        # References are checked once, by foreign_key_check before the commit (as an
        # upgrade does): enforced row by row, a person inserted while org units wait for
        # their managers scanned every unit (65 ms of 190 for a department).
        conn.execute("PRAGMA foreign_keys = OFF")
        conn.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
        conn.execute("ATTACH DATABASE ? AS company", (f"{company.resolve().as_uri()}?mode=ro",))
        conn.execute("BEGIN IMMEDIATE")
        try:
            # The first read of the company file starts its snapshot: from here to the
            # COMMIT every row comes from the same state of it.
            meta = _meta(conn, "company")
            unit_id, name, path = resolve_unit(conn, company, unit, "company")
            _refuse_outside(conn, company, "company", meta, unit_id)
            say("selecting what concerns the unit")
            select_concerning(conn, "company", unit_id)
            create_schema(conn)
            say("copying")
            counts: dict[str, int] = {}
            for table, where in COPY:
                sql = f"INSERT INTO main.{table} SELECT * FROM company.{table}"
                counts[table] = conn.execute(sql + (f" WHERE {where}" if where else "")).rowcount
            why = dict(conn.execute("SELECT why = 0, count(*) FROM temp.pd_goals GROUP BY why = 0"))
            plan = DepartmentPlan(
                unit_id, name, path, counts, int(why.get(1, 0)), int(why.get(0, 0))
            )
            company_id = meta.get("document_id", "")
            their_stamp = _int(meta.get("clock"))
            conn.execute("INSERT INTO main.sources SELECT * FROM company.sources")
            role = meta.get("role") or None
            name_there = meta.get("name", "")
            company_source = source_number(conn, company_id, name_there, role, meta.get("unit_id"))
            document_id = new_id()
            source_number(conn, document_id, name, "department", unit_id)
            newest = max(_newest_stamp(conn, table) for table in TABLES)
            latest = conn.execute(
                "SELECT max(period) FROM main.goal_values "
                f"WHERE actual IS NOT NULL AND period GLOB '{_MONTH_GLOB}'"
            ).fetchone()[0]
            conn.executemany(
                "INSERT INTO main.meta(key, value) VALUES (?, ?)",
                [
                    ("document_id", document_id),
                    ("name", name),
                    ("created", str(now_ms())),
                    ("role", "department"),
                    ("unit_id", unit_id),
                    ("forked_from", company_id),
                    ("latest_actual_month", latest or ""),
                    ("clock", str(max(newest, their_stamp))),
                ],
            )
            our_stamp = next_stamp(conn)  # max(now, every stamp held + 1)
            conn.execute(
                "INSERT INTO main.imports(source, package_id, their_stamp, our_stamp, rows, "
                "backup) VALUES (?, ?, ?, ?, ?, '')",
                (company_source, f"fork:{company_id}", their_stamp, our_stamp, plan.rows),
            )
            broken = conn.execute("PRAGMA main.foreign_key_check").fetchall()
            if broken:
                table, row, target, _n = broken[0]
                raise DamagedFile(
                    company,
                    f"{len(broken):,} references of the department file would not resolve "
                    f"(first: {table} row {row} -> {target}); nothing was written",
                )
            conn.execute("COMMIT")
        except BaseException:
            if conn.in_transaction:
                conn.execute("ROLLBACK")
            raise
    except sqlite3.OperationalError as exc:
        if "full" in str(exc) or "disk I/O" in str(exc):  # the new file's disk, not COMPANY
            raise DocumentError(
                part.with_name(part.name.split(".part-")[0].lstrip(".")),
                f"the department file could not be written ({exc}); nothing was written",
            ) from None
        raise _busy_or_damaged(company, exc) from None
    except sqlite3.DatabaseError as exc:
        raise DamagedFile(company, f"copying from it failed ({exc}); nothing was written") from None
    finally:
        conn.close()
    return DepartmentFileResult(
        part, document_id, company_id, company_source, plan, their_stamp, our_stamp, 0.0
    )


_ENTITIES = frozenset(
    {
        "org_units",
        "people",
        "kpis",
        "goals",
        "meetings",
        "agenda_items",
        "issues",
        "actions",
        "minute_entries",
        "agenda_templates",
        "evaluation_rules",
        "evaluations",
        "appeals",
        "period_profiles",
    }
)


def _newest_stamp(conn: sqlite3.Connection, table: str) -> int:
    """The newest stamp (or `created`) among the rows copied into `table`."""
    columns = ("stamp", "created") if table in _ENTITIES else ("stamp",)
    return max(
        int(conn.execute(f"SELECT coalesce(max({c}), 0) FROM main.{table}").fetchone()[0])
        for c in columns
    )


def _sync(path: Path) -> None:
    """Flush a file (or a folder's entries, where the system allows it) to the disk."""
    try:
        # Windows flushes only a handle open for writing; POSIX opens folders read-only.
        handle = os.open(path, os.O_RDONLY if path.is_dir() else os.O_RDWR)
    except OSError:
        if path.is_dir():
            return  # Windows cannot open a folder; its rename is durable on NTFS anyway
        raise
    try:
        os.fsync(handle)
    except OSError:
        if not path.is_dir():
            raise
    finally:
        os.close(handle)


def _int(value: str | None) -> int:
    try:
        return max(int(value or 0), 0)
    except ValueError:
        return 0
