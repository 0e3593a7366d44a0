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
from perfdesk.core.split import fits_entry
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
    seq: int = field(default=0, repr=False, compare=False)  # the file's order of cells

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


# A cell the import can write, as the plan keeps it (an Outcome is made of it only when
# the preview or a caller asks: 100,000 of those cost more than planning them):
# (row, seq, column, holder text, KPI text, period, old, new, goal id, kind, goal key,
# the source of the value row there now or None when there is none).
Planned = tuple[
    int, int, str, str, str, str, "float | None", "float | None", str, str, int, "int | None"
]
_PLANNED_KINDS = frozenset({"new", "change", "same"})


@dataclass
class ImportPlan:
    path: Path
    table: Table
    header: Header
    mapping: Mapping
    signature: str
    digest: str  # sha256 of the file's bytes
    version: tuple[int, ...] | None  # the document file when planned (_version)
    notes: list[Outcome]  # title lines, totals rows and refused cells
    planned: list[Planned]  # new, changed and unchanged cells, in the file's order
    _outcomes: list[Outcome] | None = field(default=None, repr=False)

    @property
    def outcomes(self) -> list[Outcome]:
        """Every row's outcome in the file's order (built on first use, then kept)."""
        if self._outcomes is None:
            made = [
                Outcome(row, kind, column, holder, kpi, period, old, new, "", {}, goal, seq)
                for row, seq, column, holder, kpi, period, old, new, goal, kind, *_ in self.planned
            ]
            self._outcomes = sorted([*self.notes, *made], key=lambda o: (o.row, o.seq))
        return self._outcomes

    def of_kind(self, *kinds: str) -> list[Outcome]:
        if _PLANNED_KINDS.isdisjoint(kinds):
            return [o for o in self.notes if o.kind in kinds]
        return [o for o in self.outcomes if o.kind in kinds]

    @property
    def ok(self) -> bool:
        return all(o.kind != "refused" for o in self.notes)

    @property
    def writes(self) -> list[Outcome]:
        return self.of_kind("new", "change")

    @property
    def write_count(self) -> int:
        """How many cells an apply writes (new and changed), without building them."""
        return sum(1 for cell in self.planned if cell[9] != "same")

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
        for outcome in self.notes:
            found[outcome.kind] = found.get(outcome.kind, 0) + 1
        for cell in self.planned:
            found[cell[9]] = found.get(cell[9], 0) + 1
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
    cannot be read as a table.

    Built for 100,000 rows: a holder, KPI or period text is resolved once per distinct
    text, a goal's rules once per goal, and a good row costs a few dictionary look-ups;
    anything unusual (a refusal, a text number, a date period for a weekly goal) goes
    the long way, which gives the exact reason."""
    path = Path(path)
    table, header = source or read_source(path, mapping)
    if mapping is None:
        mapping = guess_mapping(header.names)
    digest = _digest(path)
    version = _version(doc)  # before the first read: what the checks below are based on
    resolver = _Resolver(doc, mapping)
    notes: list[Outcome] = []
    rows = table.rows
    for index in range(header.row - header.rows + 1):
        if not is_empty_row(rows[index]):
            notes.append(Outcome(index + 1, "title"))
    column = {name: i for i, name in reversed(list(enumerate(header.names))) if name}
    holder_col = column.get(mapping.holder)
    kpi_col = column.get(mapping.kpi)
    period_col = column.get(mapping.period)
    value_cols = (
        [(column[name], name, month) for name, month in mapping.months.items() if name in column]
        if mapping.wide
        else ([(column[mapping.value], mapping.value, 0)] if mapping.value in column else [])
    )
    total = len(rows)
    wide = mapping.wide
    default_kpi = mapping.default_kpi
    default = (default_kpi, resolver.lookup("kpi", default_kpi) if default_kpi else None)
    # A text cell → (its text, the id it names or None), once per distinct text.
    holders: dict[str, tuple[str, str | None]] = {}
    kpis: dict[str, tuple[str, str | None]] = {}
    pending: list[_Pending] = []
    seq = 0
    for index in range(header.row + 1, total):
        if progress is not None and index % 5000 == 0:
            progress(index, total)
            if cancelled is not None and cancelled():
                raise ImportCancelled
        row = rows[index]
        width = len(row)
        number = index + 1
        cell = row[holder_col] if holder_col is not None and holder_col < width else None
        named = holders.get(cell) if type(cell) is str else None
        if named is None:
            text = _at(row, holder_col)
            named = (text, resolver.lookup("holder", text) if text else None)
            if type(cell) is str:
                holders[cell] = named
        holder_text, holder = named
        if kpi_col is None:
            kpi_text, kpi = default
        else:
            cell = row[kpi_col] if kpi_col < width else None
            named = kpis.get(cell) if type(cell) is str else None
            if named is None:
                text = _at(row, kpi_col)
                named = (text, resolver.lookup("kpi", text) if text else None)
                if type(cell) is str:
                    kpis[cell] = named
            kpi_text, kpi = named
        # Only a row whose names do not resolve can be empty or a totals row: the
        # checks of every cell run for those alone (a 100,000-row file is mostly good).
        if holder is None or kpi is None:
            if is_empty_row(row):
                continue  # empty lines are skipped without a word
            if is_total_row(row):
                notes.append(Outcome(number, "total"))
                continue
        for value_col, name, month in value_cols:
            cell = row[value_col] if value_col < width else None
            if cell is None or (isinstance(cell, str) and not cell.strip()):
                continue  # no value in the file for it: nothing to import (not a clear)
            seq += 1
            if holder is None or kpi is None:
                out = Outcome(number, "refused", name, holder_text, kpi_text, seq=seq)
                notes.append(out)
                if not holder_text:
                    out.code = "no_holder"
                elif not kpi_text:
                    out.code = "no_kpi"
                elif holder is None:
                    resolver.holder(holder_text, out)
                else:
                    resolver.kpi(kpi_text, out)
                continue
            if wide:
                year = _wide_year(name, mapping.year)
                if year is None:
                    out = Outcome(number, "refused", name, holder_text, kpi_text, seq=seq)
                    out.code, out.params = "no_year", {"text": name}
                    notes.append(out)
                    continue
                period_cell: Cell = f"{year:04d}-{month:02d}"
            else:
                period_cell = (
                    row[period_col] if period_col is not None and period_col < width else None
                )
                if period_cell is None or (
                    isinstance(period_cell, str) and not period_cell.strip()
                ):
                    out = Outcome(number, "refused", name, holder_text, kpi_text, seq=seq)
                    out.code = "no_period"
                    notes.append(out)
                    continue
            pending.append(
                (number, seq, name, holder_text, kpi_text, holder, kpi, cell, period_cell)
            )
    planned = _resolve_values(doc, resolver, pending, mapping, notes)
    notes.sort(key=lambda o: (o.row, o.seq))
    return ImportPlan(
        path,
        table,
        header,
        mapping,
        header_signature(header.names),
        digest,
        version,
        notes,
        planned,
    )


# A cell whose holder and KPI resolved: (row, seq, column, holder text, KPI text, holder
# id, KPI id, value cell, period cell).
_Pending = tuple[int, int, str, str, str, str, str, Cell, Cell]


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
    pending: list[_Pending],
    mapping: Mapping,
    notes: list[Outcome],
) -> list[Planned]:
    """Periods, goals, values and the document's checks for the cells whose names
    resolved: the good ones returned, the refused ones added to `notes`.

    The checks are ops.check_values' (the same as typing): a cell that plainly passes
    them (a number in range, a live goal entered at that period, inside the KPI's
    bounds, not closed) is decided here; every other one is handed to check_values
    itself, which says why."""
    from perfdesk.store.ops import check_values
    from perfdesk.store.ops.goals import _goals
    from perfdesk.store.schema_v4 import MAX_MAGNITUDE

    year_chosen, value_unit = mapping.year, mapping.value_unit
    # Each distinct period cell once (month granularity: a date is its month).
    period_cache: dict[tuple[Any, str], str | BadPeriod] = {}
    periods: dict[Any, tuple[str, int] | BadPeriod] = {}
    for entry in pending:
        cell = entry[8]
        if cell not in periods:
            parsed = _period(cell, year_chosen, "month", period_cache)
            periods[cell] = parsed if isinstance(parsed, BadPeriod) else (parsed, int(parsed[:4]))
    years = sorted({f"{p[1]:04d}" for p in periods.values() if isinstance(p, tuple)})
    goals = _goal_of(doc, {(entry[5], entry[6]) for entry in pending}, years)
    rules = _goals(doc.conn, {goal[0] for goal in goals.values()})
    # (holder, KPI, year) → (goal id, goal key, entry granularity, low, high, the
    # calendar's answers for the goal's entry layout or None when the goal is archived)
    targets: dict[tuple[str, str, int], tuple[Any, ...]] = {}
    calendars: dict[tuple[str, str], dict[str, bool]] = {}
    for where, (goal_id, goal_key, granularity) in goals.items():
        rule = rules.get(goal_id)
        calendar = None
        if rule is not None and not rule.archived:
            layout = (rule.granularity, rule.period)
            calendar = calendars.get(layout)
            if calendar is None:
                calendar = calendars[layout] = {}
        low, high = (rule.low, rule.high) if rule is not None else (None, None)
        targets[where] = (goal_id, goal_key, granularity, low, high, calendar)
    stored = _values_of(doc, sorted({rule.key for rule in rules.values()}))

    planned: list[Planned] = []
    doubtful: list[tuple[_Pending, str, str, int, float | None]] = []
    seen: dict[tuple[int, str], int] = {}
    units = resolver.units
    for entry in pending:
        number, _seq, _name, holder_text, _kpi_text, holder, kpi, cell, period_cell = entry
        found = periods[period_cell]
        if isinstance(found, BadPeriod):
            _refuse(notes, entry, found.code, {"text": found.text})
            continue
        key, year = found
        target = targets.get((holder, kpi, year))
        if target is None:
            params = {"holder": holder_text, "kpi": units[kpi][2], "year": year}
            _refuse(notes, entry, "no_goal", params)
            continue
        goal_id, goal_key, granularity, low, high, calendar = target
        if granularity != "month" and not isinstance(period_cell, str):
            at = _period(period_cell, year_chosen, granularity, period_cache)
            if isinstance(at, BadPeriod):
                _refuse(notes, entry, at.code, {"text": at.text})
                continue
            key = at
        if (
            type(cell) is float
            and not value_unit
            and -MAX_MAGNITUDE <= cell <= MAX_MAGNITUDE  # NaN is not in range
        ):
            value: float | None = cell or 0.0  # the common case: a number cell, no -0
        else:
            unit = units[kpi][0]
            try:
                value = _value(cell, unit, value_unit)
            except NumberInputError as error:
                params = {"text": cell_text(cell)[:40], "unit": unit or "-", "reason": error.code}
                _refuse(notes, entry, "bad_number", params, key)
                continue
        pair = (goal_key, key)
        first = seen.setdefault(pair, number)
        if first != number:
            _refuse(notes, entry, "duplicate", {"first": first}, key)
            continue
        row = stored.get(pair)  # (goal, period, actual, locked, source) or None
        if calendar is not None:
            fits = calendar.get(key)
            if fits is None:
                rule = rules[goal_id]
                fits = calendar[key] = fits_entry(key, rule.granularity, rule.period)
            if (
                fits
                and (
                    value is None
                    or ((low is None or value >= low) and (high is None or value <= high))
                )
                and (row is None or not row[3])
            ):
                was, source = (None, None) if row is None else (row[2], row[4])
                planned.append(_planned(entry, key, was, value, goal_id, goal_key, source))
                continue
        doubtful.append((entry, goal_id, key, goal_key, value))
    if doubtful:
        # Whatever did not plainly pass: check_values says why (or lets it through).
        cells = [(goal_id, key, "actual", value) for _e, goal_id, key, _k, value in doubtful]
        refused = dict(check_values(doc, cells))
        for index, (entry, goal_id, key, goal_key, value) in enumerate(doubtful):
            refusal = refused.get(index)
            if refusal is not None:
                _refuse(notes, entry, refusal.code, dict(refusal.params), key, goal_id, value)
                continue
            row = stored.get((goal_key, key))
            was, source = (None, None) if row is None else (row[2], row[4])
            planned.append(_planned(entry, key, was, value, goal_id, goal_key, source))
        planned.sort(key=lambda cell: cell[1])
    return planned


def _refuse(
    notes: list[Outcome],
    entry: _Pending,
    code: str,
    params: dict[str, Any],
    period: str = "",
    goal_id: str = "",
    new: float | None = None,
) -> None:
    number, seq, name, holder_text, kpi_text = entry[:5]
    out = Outcome(number, "refused", name, holder_text, kpi_text, period, None, new, code, params)
    out.goal_id, out.seq = goal_id, seq
    notes.append(out)


def _planned(
    entry: _Pending,
    key: str,
    was: float | None,
    value: float | None,
    goal_id: str,
    goal_key: int,
    source: int | None,
) -> Planned:
    """A row that passes, as the plan keeps it (see ImportPlan.planned)."""
    number, seq, name, holder_text, kpi_text = entry[:5]
    kind = _kind(was, value)
    return (
        number,
        seq,
        name,
        holder_text,
        kpi_text,
        key,
        was,
        value,
        goal_id,
        kind,
        goal_key,
        source,
    )


def _kind(old: float | None, new: float | None) -> str:
    if old is None:
        return "same" if new is None else "new"
    if new is not None and math.isclose(old, new, rel_tol=1e-12, abs_tol=1e-12):
        return "same"
    return "change"


def _goal_of(
    doc: Document, pairs: set[tuple[str, str]], years: list[str]
) -> dict[tuple[str, str, int], tuple[str, int, str]]:
    """(holder id, KPI id, year) → (goal id, goal key, entry granularity) of the goal a value goes
    to: the live one when there is one, else an archived one (refused as archived)."""
    from perfdesk.store.validate import fetch_rows

    found: dict[tuple[str, str, int], tuple[str, int, str]] = {}
    if not pairs or not years:
        return found
    # The goals of those years, filtered here: one scan of the goals table is cheaper
    # than joining on coalesce(unit, person), which no index serves.
    marks = ",".join("?" * len(years))
    for ident, key, holder, kpi, period, granularity in fetch_rows(
        doc.conn,
        "SELECT id, key, coalesce(unit_id, person_id), kpi_id, period, granularity "
        f"FROM goals WHERE deleted = 0 AND substr(period, 1, 4) IN ({marks}) "
        "ORDER BY archived",
        years,
    ):
        # Live goals first: an archived one is taken only when no live one exists.
        if (holder, kpi) in pairs:
            found.setdefault((holder, kpi, int(str(period)[:4])), (ident, key, granularity))
    return found


def _values_of(doc: Document, goal_keys: list[int]) -> dict[tuple[int, str], tuple[Any, ...]]:
    """Every value row of these goals by (goal key, period): (goal, period, actual,
    locked, source)."""
    from perfdesk.store.validate import fetch_rows

    found: dict[tuple[int, str], tuple[Any, ...]] = {}
    for start in range(0, len(goal_keys), 500):
        chunk = goal_keys[start : start + 500]
        rows = fetch_rows(
            doc.conn,
            "SELECT goal, period, actual, locked, source FROM goal_values "
            f"WHERE goal IN ({','.join('?' * len(chunk))})",
            chunk,
        )
        found.update({(row[0], row[1]): row for row in rows})
    return found


def _version(doc: Document) -> tuple[int, ...] | None:
    """What tells the document file as the preview saw it from any later state: SQLite's
    change counter (header bytes 24-27), which every commit in rollback-journal mode
    advances, with the file's identity, size and modification time — a backup put back
    (a new file, an older counter) and then edited can reach the same counter again, not
    the same file and time. None when it cannot say (WAL mode, an unreadable header)."""
    import os

    try:
        with Path(doc.path).open("rb") as handle:
            header = handle.read(100)
            stat = os.fstat(handle.fileno())
    except OSError:
        return None
    if len(header) < 100 or not header.startswith(b"SQLite format 3\x00"):
        return None
    if header[18] != 1 or header[19] != 1:  # 2: WAL, whose commits leave it as it is
        return None
    counter = int.from_bytes(header[24:28], "big")
    return (counter, stat.st_dev, stat.st_ino, stat.st_size, stat.st_mtime_ns)


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

    Refused rows refuse the whole import (ImportRefused). Inside the transaction, a
    document whose file is as the preview saw it (its SQLite change counter, which
    every commit advances, with the file's identity, size and time, are the ones read
    before the preview's first query: _version) has its
    values written as checked (ops.write_checked_actuals); a document changed since —
    another window typed a value, another program wrote — has every value checked
    again by ops.write_values (set_values' rules, without undo images: the backup is
    the undo), and the first that no longer passes refuses the import. A data file
    changed since the preview is refused too (its sha256 is compared).
    `progress(done, total)` hears of each chunk of cells written; when `cancelled()`
    turns true between chunks the transaction is rolled back, the backup removed and
    ImportCancelled raised: nothing changed."""
    from perfdesk.store.ops import Cell as OpCell
    from perfdesk.store.ops import write_checked_actuals, write_values
    from perfdesk.store.stamps import source_number

    if not plan.ok:
        raise ImportRefused(plan)
    writes = [cell for cell in plan.planned if cell[9] != "same"]
    if not writes:
        return ImportResult(0, None)
    if _digest(plan.path) != plan.digest:
        from perfdesk.store.errors import DocumentError

        raise DocumentError(plan.path, "the file changed since the preview; preview it again")
    conn = doc.conn
    total = len(writes)
    from perfdesk.store.ops._base import write

    backup: Path | None = None
    try:
        # ops' write: SQLite's refusals (a full disk, busy) become NotSaved, as for typing.
        with write(doc):
            # The backup is taken inside the import's own transaction, under its write
            # lock and before its first write: no other commit can fall between the
            # copy and the import, where "Undo Import" would lose it without a warning
            # (it warns of changes after the import).
            try:
                backup = backup_file(doc.path, "import")
            except OSError as exc:  # a full disk, a folder that refuses writes
                from perfdesk.store.errors import DocumentError

                raise DocumentError(
                    doc.path,
                    f"the backup copy needed before importing could not be written "
                    f"({exc.strerror or exc}); nothing was imported",
                ) from None
            unchanged = plan.version is not None and _version(doc) == plan.version
            # One transaction; the cells in chunks only so that progress is heard and a
            # Cancel is honoured between them (the plan names each cell once).
            for start in range(0, total, APPLY_CHUNK):
                if cancelled is not None and cancelled():
                    raise ImportCancelled()
                chunk = writes[start : start + APPLY_CHUNK]
                if unchanged:
                    write_checked_actuals(
                        doc, [(cell[10], cell[5], cell[7], cell[11]) for cell in chunk]
                    )
                else:
                    cells: list[OpCell] = [(cell[8], cell[5], "actual", cell[7]) for cell in chunk]
                    write_values(doc, cells)
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
                (sender, f"actuals:{plan.digest[:40]}", doc.stamp, total, str(backup)),
            )
    except BaseException:
        if backup is not None:
            backup.unlink(missing_ok=True)
        raise
    assert backup is not None
    from perfdesk.store.backups import prune

    prune(doc.path, conn, just_taken=[backup])  # keep at most N; never Undo Import's
    return ImportResult(total, backup)


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
