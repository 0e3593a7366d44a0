"""Import of actuals from a table (an ERP/CRM/finance export): preview, then apply.

`plan_import` reads the file (store/import_files.py), finds its header and layout
(core/import_mapping.py), resolves every row against the document — holder (unit by
name or code, person by name or employee number), KPI (code, Chinese or English name),
period, the goal of that holder + KPI + year, the value in the KPI's unit
(core/number_input.py) — and gives each row its outcome: new value, change X→Y,
unchanged, or refused with why (duplicate row, unknown or ambiguous holder/KPI, no
goal, bad number, bad period, closed period, archived goal, out of bounds — the last
three from ops.check_values, the same checks as typing). Totals rows and empty lines
are reported, not imported. Row numbers are the spreadsheet's (1 = the first line).

`apply_import` is all-or-nothing: an import with any refused row writes nothing. It
copies the document byte for byte beside it first (the backup File → Undo Import puts
back), then writes every new and changed value in one transaction through
ops.write_values (set_values' rules, without undo images: the backup is the undo) and
records the import in `imports` (so the exchange's Undo Import machinery finds it),
with the file as the sender.
"""

from __future__ import annotations

import datetime
import hashlib
import math
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from perfdesk.core.import_mapping import (
    BadPeriod,
    Cell,
    Header,
    Mapping,
    cell_text,
    find_header,
    guess_mapping,
    header_signature,
    is_empty_row,
    is_total_row,
    normal,
    period_key,
)
from perfdesk.core.number_input import NumberInputError, money_scale, parse_value
from perfdesk.store.document import Document, backup_file
from perfdesk.store.import_files import Table, read_table

Progress = Callable[[int, int], None]

# English text per refusal code (the window translates the codes itself).
MESSAGES = {
    "duplicate": "the same holder, KPI and period as row {first}",
    "unknown_holder": "no unit or person “{name}”",
    "ambiguous_holder": "“{name}” could be {candidates}",
    "unknown_kpi": "no KPI “{name}”",
    "ambiguous_kpi": "“{name}” could be {candidates}",
    "no_goal": "{holder} has no goal for {kpi} in {year}",
    "bad_number": "“{text}” is not a number in {unit} ({reason})",
    "bad_period": "“{text}” is not a period",
    "no_year": "“{text}” has no year: choose the year",
    "derived": "“{text}” is a quarter or year, which is computed, not entered",
    "no_holder": "the holder cell is empty",
    "no_kpi": "the KPI cell is empty",
    "no_period": "the period cell is empty",
}


@dataclass(slots=True)
class Outcome:
    """One imported cell's fate. kind: new, change, same, refused, total, empty, title."""

    row: int  # as the spreadsheet numbers it (1-based)
    kind: str
    column: str = ""  # the value's column header (a wide layout has one per month)
    holder: str = ""
    kpi: str = ""
    period: str = ""
    old: float | None = None
    new: float | None = None
    code: str = ""
    params: dict[str, Any] = field(default_factory=dict)
    goal_id: str = ""

    @property
    def reason(self) -> str:
        """The refusal in English (for the command line and logs)."""
        if not self.code:
            return ""
        if self.code in MESSAGES:
            try:
                return MESSAGES[self.code].format(**self.params)
            except (KeyError, IndexError):
                return self.code
        from perfdesk.store.ops import OpError

        return str(OpError(self.code, **self.params))


@dataclass
class ImportPlan:
    path: Path
    table: Table
    header: Header
    mapping: Mapping
    signature: str
    outcomes: list[Outcome]
    digest: str  # sha256 of the file's bytes

    def of_kind(self, *kinds: str) -> list[Outcome]:
        return [o for o in self.outcomes if o.kind in kinds]

    @property
    def ok(self) -> bool:
        return not self.of_kind("refused")

    @property
    def writes(self) -> list[Outcome]:
        return self.of_kind("new", "change")

    @property
    def missing_columns(self) -> list[str]:
        """The columns the mapping needs and the file's header does not have (holder,
        kpi, period, value): a file whose header maps to nothing imports nothing, and
        says so instead of "nothing to import"."""
        names = {n for n in self.header.names if n}
        m = self.mapping
        missing = [] if m.holder in names else ["holder"]
        if m.kpi not in names and not m.default_kpi:
            missing.append("kpi")
        if m.wide:
            if not names & set(m.months):
                missing.append("value")
        else:
            if m.period not in names:
                missing.append("period")
            if m.value not in names:
                missing.append("value")
        return missing

    def counts(self) -> dict[str, int]:
        found: dict[str, int] = {}
        for outcome in self.outcomes:
            found[outcome.kind] = found.get(outcome.kind, 0) + 1
        return found


class ImportCancelled(Exception):
    pass


def read_source(path: Path, mapping: Mapping | None = None) -> tuple[Table, Header]:
    """The file's rows and its header (for the dialog to offer the columns)."""
    mapping = mapping or Mapping()
    table = read_table(path, mapping.sheet, mapping.encoding)
    return table, find_header(table.rows)


def plan_import(
    doc: Document,
    path: Path,
    mapping: Mapping | None = None,
    progress: Progress | None = None,
    cancelled: Callable[[], bool] | None = None,
    source: tuple[Table, Header] | None = None,
) -> ImportPlan:
    """Every row's outcome; nothing is written. Raises ImportFileError for a file that
    cannot be read as a table."""
    path = Path(path)
    table, header = source or read_source(path, mapping)
    if mapping is None:
        mapping = guess_mapping(header.names)
    digest = _digest(path)
    resolver = _Resolver(doc, mapping)
    outcomes: list[Outcome] = []
    for index in range(header.row - header.rows + 1):
        if index < header.row - header.rows + 1 and not is_empty_row(table.rows[index]):
            outcomes.append(Outcome(index + 1, "title"))
    column = {name: i for i, name in reversed(list(enumerate(header.names))) if name}
    holder_col = column.get(mapping.holder)
    kpi_col = column.get(mapping.kpi)
    period_col = column.get(mapping.period)
    value_cols = (
        [(column[name], name, month) for name, month in mapping.months.items() if name in column]
        if mapping.wide
        else ([(column[mapping.value], mapping.value, 0)] if mapping.value in column else [])
    )
    total = len(table.rows)
    wide = mapping.wide
    pending: list[tuple[Outcome, str, str, Cell, Cell]] = []
    for index in range(header.row + 1, total):
        if progress is not None and index % 5000 == 0:
            progress(index, total)
            if cancelled is not None and cancelled():
                raise ImportCancelled
        row = table.rows[index]
        number = index + 1
        holder_text = _at(row, holder_col)
        kpi_text = _at(row, kpi_col) if kpi_col is not None else mapping.default_kpi
        # Only a row whose names do not resolve can be empty or a totals row: the
        # checks of every cell run for those alone (a 100,000-row file is mostly good).
        holder = resolver.lookup("holder", holder_text) if holder_text else None
        kpi = resolver.lookup("kpi", kpi_text) if kpi_text else None
        if holder is None or kpi is None:
            if is_empty_row(row):
                continue  # empty lines are skipped without a word
            if is_total_row(row):
                outcomes.append(Outcome(number, "total"))
                continue
        for value_col, name, month in value_cols:
            cell = row[value_col] if value_col < len(row) else None
            if cell is None or (isinstance(cell, str) and not cell.strip()):
                continue  # no value in the file for it: nothing to import (not a clear)
            out = Outcome(number, "refused", name, holder_text, kpi_text)
            outcomes.append(out)
            if not holder_text:
                out.code = "no_holder"
                continue
            if not kpi_text:
                out.code = "no_kpi"
                continue
            if holder is None:
                resolver.holder(holder_text, out)
                continue
            if kpi is None:
                resolver.kpi(kpi_text, out)
                continue
            if wide:
                year = _wide_year(name, mapping.year)
                if year is None:
                    out.code, out.params = "no_year", {"text": name}
                    continue
                period_cell: Cell = f"{year:04d}-{month:02d}"
            else:
                period_cell = (
                    row[period_col] if period_col is not None and period_col < len(row) else None
                )
                if cell_text(period_cell) == "":
                    out.code = "no_period"
                    continue
            pending.append((out, holder, kpi, cell, period_cell))
    _resolve_values(doc, resolver, pending, mapping)
    return ImportPlan(
        path, table, header, mapping, header_signature(header.names), outcomes, digest
    )


def _wide_year(name: str, year: int | None) -> int | None:
    from perfdesk.core.import_mapping import month_year

    return month_year(name) or year


def _at(row: list[Cell], col: int | None) -> str:
    if col is None or col >= len(row):
        return ""
    cell = row[col]
    return (cell.strip() if isinstance(cell, str) else cell_text(cell))[:200]


def _digest(path: Path) -> str:
    sha = hashlib.sha256()
    with path.open("rb") as handle:
        for block in iter(lambda: handle.read(1 << 20), b""):
            sha.update(block)
    return sha.hexdigest()


class _Resolver:
    """Names → ids, once per distinct text."""

    def __init__(self, doc: Document, mapping: Mapping) -> None:
        conn = doc.conn
        self.mapping = mapping
        self._holders: dict[str, list[tuple[str, str]]] = {}  # normal text → (id, label)
        by = mapping.holder_by
        for ident, name, code in conn.execute(
            "SELECT id, name, code FROM org_units WHERE deleted = 0 AND archived = 0"
        ):
            if by in ("auto", "name"):
                self._add(self._holders, name, ident, name)
            if by in ("auto", "code") and code:
                self._add(self._holders, code, ident, name)
        for ident, name, number in conn.execute(
            "SELECT id, name, employee_no FROM people WHERE deleted = 0 AND archived = 0"
        ):
            if by in ("auto", "name"):
                self._add(self._holders, name, ident, name)
            if by in ("auto", "employee_no") and number:
                self._add(self._holders, number, ident, f"{name} ({number})")
        self._kpis: dict[str, list[tuple[str, str]]] = {}
        self.units: dict[str, tuple[str, int, str]] = {}  # kpi id → (unit, decimals, code)
        for ident, code, zh, en, unit, decimals in conn.execute(
            "SELECT id, code, name_zh, name_en, unit_zh, decimals FROM kpis WHERE deleted = 0"
        ):
            for text in (code, zh, en):
                if text:
                    self._add(self._kpis, text, ident, f"{code} {zh or en}")
            self.units[ident] = (unit or "", int(decimals or 0), code)
        self._cache: dict[tuple[str, str], str | None] = {}
        self._reason: dict[tuple[str, str], tuple[str, dict[str, Any]]] = {}

    @staticmethod
    def _add(table: dict[str, list[tuple[str, str]]], text: str, ident: str, label: str) -> None:
        found = table.setdefault(normal(text), [])
        if all(existing != ident for existing, _l in found):
            found.append((ident, label))

    def lookup(self, kind: str, text: str) -> str | None:
        """The id `text` names (cached), or None when unknown or ambiguous."""
        key = (kind, text)
        if key not in self._cache:
            self._find(kind, text, None)
        return self._cache[key]

    def _find(self, kind: str, text: str, out: Outcome | None) -> str | None:
        key = (kind, text)
        if key not in self._cache:
            table = self._holders if kind == "holder" else self._kpis
            found = table.get(normal(text), [])
            if len(found) == 1:
                self._cache[key] = found[0][0]
            else:
                self._cache[key] = None
                if found:
                    labels = ", ".join(label for _i, label in found[:5])
                    self._reason[key] = (f"ambiguous_{kind}", {"name": text, "candidates": labels})
                else:
                    self._reason[key] = (f"unknown_{kind}", {"name": text})
        ident = self._cache[key]
        if ident is None and out is not None:
            out.code, out.params = self._reason[key]
        return ident

    def holder(self, text: str, out: Outcome) -> str | None:
        return self._find("holder", text, out)

    def kpi(self, text: str, out: Outcome) -> str | None:
        return self._find("kpi", text, out)


def _resolve_values(
    doc: Document,
    resolver: _Resolver,
    pending: list[tuple[Outcome, str, str, Cell, Cell]],
    mapping: Mapping,
) -> None:
    """Periods, goals, values and the document's checks for the rows whose names resolved."""
    from perfdesk.store.ops import check_values

    conn = doc.conn
    pairs = {(holder, kpi) for _o, holder, kpi, _c, _p in pending}
    goals: dict[tuple[str, str, int], list[tuple[str, int, str, int]]] = {}
    if pairs:
        conn.execute("DROP TABLE IF EXISTS temp.import_pairs")
        conn.execute("CREATE TEMP TABLE import_pairs (holder TEXT, kpi TEXT)")
        conn.executemany("INSERT INTO temp.import_pairs VALUES (?, ?)", sorted(pairs))
        for ident, key, holder, kpi, period, granularity, archived in conn.execute(
            "SELECT g.id, g.key, coalesce(g.unit_id, g.person_id), g.kpi_id, g.period, "
            "g.granularity, g.archived FROM goals g JOIN temp.import_pairs p "
            "ON p.holder = coalesce(g.unit_id, g.person_id) AND p.kpi = g.kpi_id "
            "WHERE g.deleted = 0 ORDER BY g.archived"
        ):
            year = int(str(period)[:4])
            goals.setdefault((holder, kpi, year), []).append(
                (ident, key, granularity, int(archived))
            )
        conn.execute("DROP TABLE temp.import_pairs")
    cells: list[tuple[str, str, str, float | None]] = []
    checked: list[Outcome] = []
    seen: dict[tuple[str, str], int] = {}
    keys: dict[int, str] = {}
    period_cache: dict[tuple[Any, str], str | BadPeriod] = {}
    year_chosen, value_unit = mapping.year, mapping.value_unit
    units = resolver.units
    for out, holder, kpi, cell, period_cell in pending:
        found = period_cache.get((period_cell, "month")) if isinstance(period_cell, str) else None
        if found is None:
            found = _period(period_cell, year_chosen, "month", period_cache)
        if isinstance(found, BadPeriod):
            out.code, out.params = found.code, {"text": found.text}
            continue
        year = int(found[:4])
        candidates = goals.get((holder, kpi, year))
        if not candidates:
            unit_label = resolver.units.get(kpi, ("", 0, kpi))[2]
            out.code = "no_goal"
            out.params = {"holder": out.holder, "kpi": unit_label, "year": year}
            continue
        goal_id, goal_key, granularity, _archived = candidates[0]
        if granularity != "month" and not isinstance(period_cell, str):
            found2 = _period(period_cell, mapping.year, granularity, period_cache)
            if isinstance(found2, BadPeriod):
                out.code, out.params = found2.code, {"text": found2.text}
                continue
            found = found2
        out.period = found
        unit = units[kpi][0]
        try:
            if type(cell) is float and not value_unit and math.isfinite(cell) and abs(cell) <= 1e12:
                value: float | None = cell or 0.0  # the common case: a number cell, no -0
            else:
                value = _value(cell, unit, value_unit)
        except NumberInputError as error:
            out.code = "bad_number"
            out.params = {"text": cell_text(cell)[:40], "unit": unit or "-", "reason": error.code}
            continue
        first = seen.setdefault((goal_id, found), out.row)
        if first != out.row:
            out.code, out.params = "duplicate", {"first": first}
            continue
        out.goal_id, out.new = goal_id, value
        keys[goal_key] = goal_id
        cells.append((goal_id, found, "actual", value))
        checked.append(out)
    for index, refusal in check_values(doc, cells) if cells else []:
        out = checked[index]
        out.code, out.params = refusal.code, dict(refusal.params)
    old = _actuals(doc, keys, {o.period for o in checked})
    for out in checked:
        if out.code:
            continue
        out.old = old.get((out.goal_id, out.period))
        if out.old is None and out.new is None:
            out.kind = "same"
        elif out.old is None:
            out.kind = "new"
        elif out.new is not None and math.isclose(out.old, out.new, rel_tol=1e-12, abs_tol=1e-12):
            out.kind = "same"
        else:
            out.kind = "change"


def _period(
    cell: Cell, year: int | None, granularity: str, cache: dict[tuple[Any, str], str | BadPeriod]
) -> str | BadPeriod:
    key = (cell if not isinstance(cell, list) else str(cell), granularity)
    if key not in cache:
        try:
            cache[key] = period_key(cell, year, granularity)
        except BadPeriod as bad:
            cache[key] = bad
    return cache[key]


def _value(cell: Cell, unit: str, value_unit: str) -> float | None:
    """A value cell in the KPI's unit: numbers scaled from `value_unit`, text parsed."""
    if isinstance(cell, bool | datetime.date):
        raise NumberInputError("not_a_number", text=cell_text(cell))
    if isinstance(cell, int | float):
        number = float(cell)
        if not math.isfinite(number):
            raise NumberInputError("not_finite")
        if value_unit == "ratio" and unit.strip() == "%":
            number *= 100
        elif value_unit and value_unit != unit:
            have, want = money_scale(value_unit), money_scale(unit)
            if have is not None and want is not None:
                number = float(number * float(have) / float(want))
            elif value_unit not in ("ratio",):
                raise NumberInputError("unit_mismatch", typed=value_unit, unit=unit)
        if abs(number) > 1e12:
            raise NumberInputError("too_large", limit=1e12)
        return 0.0 if number == 0 else number
    text = "" if cell is None else str(cell)
    if len(text) > 200:
        raise NumberInputError("too_long", length=len(text), limit=200)
    if value_unit and text.strip() and _bare(text):
        return _value(float(text.strip().replace(",", "")), unit, value_unit)
    return parse_value(text, unit)


def _bare(text: str) -> bool:
    try:
        float(text.strip().replace(",", ""))
    except ValueError:
        return False
    return text.strip().lower() not in ("nan", "inf", "-inf", "infinity")


def _actuals(
    doc: Document, goal_of_key: dict[int, str], periods: set[str]
) -> dict[tuple[str, str], float | None]:
    found: dict[tuple[str, str], float | None] = {}
    if not goal_of_key or not periods:
        return found
    keys = list(goal_of_key)
    wanted = sorted(periods)
    marks = ",".join("?" * len(wanted))
    for start in range(0, len(keys), 500):
        chunk = keys[start : start + 500]
        for goal, period, actual in doc.conn.execute(
            f"SELECT goal, period, actual FROM goal_values WHERE goal IN "
            f"({','.join('?' * len(chunk))}) AND period IN ({marks})",
            (*chunk, *wanted),
        ):
            found[(goal_of_key[goal], period)] = actual
    return found


# -- apply --------------------------------------------------------------------------


class ImportRefused(Exception):
    """An import with refused rows (nothing written); `plan` says which and why."""

    def __init__(self, plan: ImportPlan) -> None:
        self.plan = plan
        super().__init__(f"{len(plan.of_kind('refused'))} rows refused; nothing was imported")


@dataclass
class ImportResult:
    written: int
    backup: Path | None


APPLY_CHUNK = 20_000  # cells per write_values call: progress and Cancel between them


def apply_import(
    doc: Document,
    plan: ImportPlan,
    progress: Progress | None = None,
    cancelled: Callable[[], bool] | None = None,
) -> ImportResult:
    """Write the plan's new and changed values, all or nothing, after a byte backup.

    Refused rows refuse the whole import (ImportRefused). The values are checked again
    inside the transaction by ops.write_values (set_values' rules, without undo images:
    the backup is the undo); a file changed since the preview is
    refused too (its sha256 is compared). `progress(done, total)` hears of each chunk
    of cells written; when `cancelled()` turns true between chunks the transaction is
    rolled back, the backup removed and ImportCancelled raised: nothing changed."""
    from perfdesk.store.ops import Cell as OpCell
    from perfdesk.store.ops import write_values
    from perfdesk.store.stamps import source_number

    if not plan.ok:
        raise ImportRefused(plan)
    writes = plan.writes
    if not writes:
        return ImportResult(0, None)
    if _digest(plan.path) != plan.digest:
        from perfdesk.store.errors import DocumentError

        raise DocumentError(plan.path, "the file changed since the preview; preview it again")
    conn = doc.conn
    conn.execute("BEGIN IMMEDIATE")
    try:
        backup = backup_file(doc.path, "import")
    except OSError as exc:  # a full disk, a folder that refuses writes
        from perfdesk.store.errors import DocumentError

        raise DocumentError(
            doc.path,
            f"the backup copy needed before importing could not be written "
            f"({exc.strerror or exc}); nothing was imported",
        ) from None
    finally:
        conn.execute("ROLLBACK")
    cells: list[OpCell] = [(o.goal_id, o.period, "actual", o.new) for o in writes]
    total = len(cells)
    from perfdesk.store.ops._base import write

    try:
        # ops' write: SQLite's refusals (a full disk, busy) become NotSaved, as for typing.
        with write(doc):
            # One transaction; the cells in chunks only so that progress is heard and a
            # Cancel is honoured between them (the plan names each cell once).
            for start in range(0, total, APPLY_CHUNK):
                if cancelled is not None and cancelled():
                    raise ImportCancelled()
                write_values(doc, cells[start : start + APPLY_CHUNK])
                if progress is not None:
                    progress(min(start + APPLY_CHUNK, total), total)
            if cancelled is not None and cancelled():
                raise ImportCancelled()
            sender = source_number(conn, f"file:{plan.digest[:40]}", plan.path.name[:200])
            conn.execute(
                "INSERT INTO imports(source, package_id, their_stamp, our_stamp, rows, backup) "
                "VALUES (?, ?, 0, ?, ?, ?) ON CONFLICT(source) DO UPDATE SET "
                "package_id = excluded.package_id, our_stamp = excluded.our_stamp, "
                "rows = excluded.rows, backup = excluded.backup",
                (sender, f"actuals:{plan.digest[:40]}", doc.stamp, len(cells), str(backup)),
            )
    except BaseException:
        backup.unlink(missing_ok=True)
        raise
    from perfdesk.store.backups import prune

    prune(doc.path, conn, just_taken=[backup])  # keep at most N; never Undo Import's
    return ImportResult(len(cells), backup)


def apply_import_at(
    path: Path,
    plan: ImportPlan,
    progress: Progress | None = None,
    cancelled: Callable[[], bool] | None = None,
) -> ImportResult:
    """`apply_import` on a connection of its own to the document at `path` (for a worker
    thread; the caller holds the document's lock file and reloads it afterwards)."""
    from perfdesk.store.document import _configure_writer, connect

    conn = connect(Path(path), read_only=False)
    try:
        _configure_writer(conn)
        return apply_import(Document(Path(path), conn, read_only=False), plan, progress, cancelled)
    finally:
        conn.close()


# -- remembered mappings --------------------------------------------------------------
# Kept as one JSON file per source layout in the app's settings folder, named by the
# header signature: the layout belongs to the ERP report on this machine, not to a
# document — the same export is imported into several documents, and a document's meta
# travels in packages to other departments, whose exports look different.


def load_mapping(folder: Path, signature: str) -> Mapping | None:
    """The mapping remembered for a layout, or None (a damaged file is ignored)."""
    path = Path(folder) / f"{signature}.json"
    try:
        return Mapping.from_json(path.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return None


def save_mapping(folder: Path, signature: str, mapping: Mapping) -> Path:
    folder = Path(folder)
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / f"{signature}.json"
    part = path.with_suffix(".part")
    part.write_text(mapping.to_json(), encoding="utf-8")
    part.replace(path)
    return path
