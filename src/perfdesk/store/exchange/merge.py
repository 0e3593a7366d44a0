"""Planning a merge of a package into a document: what would change, nothing written.

The rules (docs/package-format.md says them for users):
- Rows are matched by identity: entities by id, values by their natural key with the
  goal named by its id. A row both files hold unchanged is nothing to do, so importing
  the same package twice changes nothing.
- Three-way, by stamps. Their side changed a row when its stamp is beyond their base:
  the newest of their stamps we merged before (`imports`), or, for a file made from
  ours, its clock when it was made (older stamps there are copies of our rows). Our
  side changed a row when we wrote it (source = us) after the newest of our stamps the
  sender has merged (the manifest's `seen`), or merged it from a third file after our
  last merge from the sender. A row whose source is the sender is not our change; a row
  that comes back to its own author is an echo and is left alone. Changed only on their
  side: an update (or a deletion, a tombstone); on both sides to different content: a
  conflict, decided row by row or by a rule (newer stamp, mine, theirs), never dropped.
- A department may change only its scope (store/exchange/rows.py: its subtree, its
  people, the goals they hold, its meetings, issues and actions). Everything else it
  sends is refused and listed, as is a change to a goal the company set for the
  department itself (or its targets) and to a KPI definition: the company owns those.
- Matching beyond ids: a KPI of the package that we lack is mapped to ours with the
  same code (or name); a person to ours with the same employee number; a unit to ours
  with the same code. The preview shows every mapping and the user may refuse it.
- Applying a plan (backup, one transaction per package, the record in `imports`) and
  "Undo import" are in store/exchange/apply.py.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Literal

from perfdesk.store.document import Document
from perfdesk.store.exchange.history import last_import
from perfdesk.store.exchange.package import Package, PackageError
from perfdesk.store.exchange.rows import (
    DEFINITIONS,
    SCOPE_OF,
    TABLES,
    Table,
    columns,
    content_columns,
    create_scope,
    reference_columns,
)
from perfdesk.store.schema_v4 import (  # what an ended meeting and the logs freeze
    EVALUATION_RECORD,
    EVENT_RECORD,
    HISTORY_RECORD,
    ISSUE_RECORD,
    MEETING_RECORD,
    MINUTE_RECORD,
)

Kind = Literal["new", "update", "delete", "conflict", "refused"]
Prefer = Literal["ask", "newer", "mine", "theirs"]
_COMPANY_TARGETS = ("target", "target_max")


class MergeRefused(PackageError):
    """The package as a whole cannot be merged into this document; nothing changed."""


class PreviewOutdated(MergeRefused):
    """The document changed between the preview and the merge: preview again."""


@dataclass
class RowChange:
    table: str
    key: tuple[Any, ...]
    kind: Kind
    label: str  # what the row is about, for people (a name, a title, a goal and period)
    ours: dict[str, Any] | None
    theirs: dict[str, Any]
    changed: tuple[str, ...]  # the content columns that differ
    our_stamp: int | None = None
    their_stamp: int = 0
    reason: str = ""  # refused: why; conflict: "" or "definition"
    decision: str = ""  # conflicts: "mine" or "theirs" once decided

    @property
    def ident(self) -> tuple[str, tuple[Any, ...]]:
        return (self.table, self.key)


@dataclass
class Mapping:
    table: str  # kpis, org_units or people
    theirs: str
    ours: str
    reason: str  # "code", "name", "employee_no"
    their_label: str
    our_label: str
    accepted: bool = True


@dataclass
class MergePlan:
    package: Package
    sender: str  # the sender's document id
    sender_name: str
    sender_role: str
    scope_unit: str  # "" when the sender may change everything (a company file)
    changes: list[RowChange] = field(default_factory=list)
    mappings: list[Mapping] = field(default_factory=list)
    unchanged: int = 0  # rows both files hold alike
    kept: int = 0  # rows where ours is newer than what they sent, or their echo
    already_imported: bool = False

    def of_kind(self, kind: Kind) -> list[RowChange]:
        return [c for c in self.changes if c.kind == kind]

    @property
    def conflicts(self) -> list[RowChange]:
        return self.of_kind("conflict")

    @property
    def nothing_to_do(self) -> bool:
        return not any(c.kind != "refused" for c in self.changes)

    def counts(self) -> dict[str, int]:
        found = {kind: 0 for kind in ("new", "update", "delete", "conflict", "refused")}
        for change in self.changes:
            found[change.kind] += 1
        return found

    def decide(self, rule: Prefer) -> None:
        """Decide every undecided conflict by a rule ("ask" leaves them undecided)."""
        for change in self.conflicts:
            if change.decision or rule == "ask":
                continue
            if rule == "newer":
                newer = change.their_stamp > (change.our_stamp or 0)
                change.decision = "theirs" if newer else "mine"
            else:
                change.decision = rule

    @property
    def undecided(self) -> list[RowChange]:
        return [c for c in self.conflicts if c.decision not in ("mine", "theirs")]


# -- planning ------------------------------------------------------------------------


def plan_merge(
    doc: Document, package: Package, mappings: Sequence[Mapping] | None = None
) -> MergePlan:
    """What merging `package` into `doc` would do; nothing is written.

    `mappings` are the ones the user saw (accepted or not); None proposes them afresh.
    """
    attach(doc.conn, package)
    try:
        return plan_attached(doc, package, mappings)
    finally:
        cleanup(doc.conn)


def plan_attached(
    doc: Document,
    package: Package,
    mappings: Sequence[Mapping] | None,
    preview: bool = True,
) -> MergePlan:
    """plan_merge with the package attached as `pkg` (apply.py plans again inside its
    transaction); `preview` also checks the staged rows' rules and names the rows."""
    conn = doc.conn
    manifest = package.manifest
    us = doc.document_id
    if manifest.source_document_id == us:
        raise MergeRefused(
            package.path, "it was made from this very document: there is nothing to merge"
        )
    plan = MergePlan(
        package,
        manifest.source_document_id,
        manifest.source_name,
        manifest.source_role,
        manifest.source_unit_id if manifest.source_role == "department" else "",
    )
    imported = conn.execute(
        "SELECT i.package_id, i.their_stamp, i.our_stamp FROM imports i "
        "JOIN sources s ON s.n = i.source WHERE s.document_id = ?",
        (plan.sender,),
    ).fetchone()
    plan.already_imported = bool(imported and imported[0] == manifest.package_id)
    bases = _Bases(
        their=max(int(imported[1]) if imported else 0, manifest.their_base(us)),
        ours_written=int(manifest.seen.get(us, 0)),
        ours_merged=int(imported[2]) if imported else 0,
        us=us,
        sender=plan.sender,
    )
    if (
        plan.scope_unit
        and not conn.execute("SELECT 1 FROM org_units WHERE id = ?", (plan.scope_unit,)).fetchone()
    ):
        raise MergeRefused(
            package.path,
            "it comes from a department file whose unit is not in this document's "
            "organisation: make department files from this company file",
        )
    plan.mappings = list(mappings) if mappings is not None else _propose_mappings(conn)
    _load_mappings(conn, plan.mappings)
    conn.execute("DROP TABLE IF EXISTS temp.their_sources")
    conn.execute(
        "CREATE TEMP TABLE their_sources AS SELECT n, document_id, name, role, unit_id "
        "FROM pkg.sources"
    )
    staged = {table.name: _stage(conn, table, bases.their) for table in TABLES}
    busy = [table for table in TABLES if staged[table.name]]  # most tables: nothing changed
    if plan.scope_unit:
        create_scope(conn, "scope_our", plan.scope_unit, ["main.{}"])
        create_scope(conn, "scope_in", plan.scope_unit, ["temp.inc_{}", "main.{}"])
        _keep_company_targets(conn)
    if preview:  # made again to apply it: the same private copy, checked already
        _check_rules(conn, busy, package.path)
    for table in TABLES:
        if staged[table.name]:
            _classify(conn, table, plan, bases)
        else:
            plan.unchanged += manifest.counts.get(table.name, 0)
    if preview:
        _label(conn, plan)
    return plan


def _check_rules(conn: sqlite3.Connection, tables: Sequence[Table], path: Path) -> None:
    """The staged rows keep every CHECK and NOT NULL of the schema (a package made by
    another tool, or edited, may not), so the merge would not fail halfway."""
    from perfdesk.store.schema_v4 import TABLES_SQL
    from perfdesk.store.validate import rule_breaks

    statements = {sql.split()[2]: sql for sql in TABLES_SQL}
    for table in tables:
        bad = rule_breaks(conn, statements[table.name], f"temp.inc_{table.name}")
        if bad:
            raise MergeRefused(
                path, f"{bad:,} rows of its {table.name} break perfdesk's rules; it was not merged"
            )
        for column in _text_columns(conn, table.name):
            if not _is_utf8(conn, f"temp.inc_{table.name}", column):
                raise MergeRefused(
                    path,
                    f"its {table.name}.{column} holds text that is not UTF-8; it was not merged",
                )


def _is_utf8(conn: sqlite3.Connection, table: str, column: str) -> bool:
    previous = conn.text_factory
    conn.text_factory = bytes  # group_concat gives text: read its bytes as they are
    try:
        joined = conn.execute(
            f"SELECT group_concat(CAST({column} AS BLOB), x'0a') FROM {table} "
            f"WHERE typeof({column}) = 'text'"
        ).fetchone()[0]
    finally:
        conn.text_factory = previous
    try:
        (joined or b"").decode("utf-8")
    except UnicodeDecodeError:
        return False
    return True


def _text_columns(conn: sqlite3.Connection, table: str) -> list[str]:
    staged = {row[1] for row in conn.execute(f"PRAGMA temp.table_info(inc_{table})")}
    return [
        row[1]
        for row in conn.execute(f"PRAGMA main.table_info({table})")
        if row[2].upper() == "TEXT" and row[1] in staged and row[1] != "source"
    ]


@dataclass(frozen=True)
class _Bases:
    their: int  # their stamps up to this are merged already (or copies of ours)
    ours_written: int  # our own rows up to this stamp the sender has merged
    ours_merged: int  # our clock when we last merged from the sender
    us: str
    sender: str

    def their_change(self, stamp: int, source: str | None) -> bool:
        return stamp > self.their and source != self.us

    def our_change(self, stamp: int | None, source: str | None) -> bool:
        if source == self.sender or stamp is None:
            return False
        if source == self.us:
            return stamp > self.ours_written
        return stamp > self.ours_merged


def attach(conn: sqlite3.Connection, package: Package) -> None:
    detach(conn)
    conn.execute("ATTACH DATABASE ? AS pkg", (str(package.copy),))


def detach(conn: sqlite3.Connection) -> None:
    if any(row[1] == "pkg" for row in conn.execute("PRAGMA database_list")):
        conn.execute("DETACH DATABASE pkg")


def cleanup(conn: sqlite3.Connection) -> None:
    for kind, name in conn.execute(
        "SELECT type, name FROM temp.sqlite_master WHERE type IN ('table', 'view')"
    ).fetchall():
        conn.execute(f"DROP {kind.upper()} IF EXISTS temp.{name}")
    if not conn.in_transaction:  # DETACH is refused inside one; merge_packages detaches
        detach(conn)


def _propose_mappings(conn: sqlite3.Connection) -> list[Mapping]:
    """Their entities we lack by id, matched by code, name or employee number."""
    new_kpi = "t.id NOT IN (SELECT id FROM main.kpis)"
    kpis = conn.execute(
        "SELECT t.id, o.id, 'code', t.code || ' ' || t.name_zh, o.code || ' ' || o.name_zh "
        "FROM pkg.kpis t JOIN main.kpis o ON o.code = t.code AND o.deleted = 0 "
        f"AND o.archived = 0 WHERE {new_kpi} AND t.deleted = 0 "
        "UNION ALL "
        "SELECT t.id, o.id, 'name', t.code || ' ' || t.name_zh, o.code || ' ' || o.name_zh "
        "FROM pkg.kpis t JOIN main.kpis o ON o.deleted = 0 AND o.code <> t.code AND "
        "((t.name_zh <> '' AND o.name_zh = t.name_zh) "
        "OR (t.name_en <> '' AND o.name_en = t.name_en)) "
        f"WHERE {new_kpi} AND t.deleted = 0"
    ).fetchall()
    units = conn.execute(
        "SELECT t.id, o.id, 'code', t.name, o.name FROM pkg.org_units t "
        "JOIN main.org_units o ON o.code = t.code AND t.code <> '' AND o.deleted = 0 "
        "WHERE t.id NOT IN (SELECT id FROM main.org_units) AND t.deleted = 0"
    ).fetchall()
    people = conn.execute(
        "SELECT t.id, o.id, 'employee_no', t.name, o.name FROM pkg.people t "
        "JOIN main.people o ON o.employee_no = t.employee_no AND o.deleted = 0 "
        "WHERE t.id NOT IN (SELECT id FROM main.people) AND t.deleted = 0"
    ).fetchall()
    found: list[Mapping] = []
    for table, rows in (("kpis", kpis), ("org_units", units), ("people", people)):
        taken: set[str] = set()
        for theirs, ours, reason, their_label, our_label in rows:
            if theirs in taken:  # one proposal per row of theirs: the code before a name
                continue
            taken.add(theirs)
            found.append(Mapping(table, theirs, ours, reason, their_label, our_label))
    return found


def _load_mappings(conn: sqlite3.Connection, mappings: Iterable[Mapping]) -> None:
    conn.execute("DROP TABLE IF EXISTS temp.idmap")
    conn.execute("CREATE TEMP TABLE idmap (theirs TEXT PRIMARY KEY, ours TEXT NOT NULL)")
    conn.executemany(
        "INSERT OR REPLACE INTO temp.idmap VALUES (?, ?)",
        [(m.theirs, m.ours) for m in mappings if m.accepted],
    )


def _stage(conn: sqlite3.Connection, table: Table, since: int) -> int:
    """temp.inc_<table>: their rows changed after `since` (their base: older rows were
    merged before or are copies of ours) in our terms — ids mapped, goals named by id
    and by our key, source as a document id."""
    name = table.name
    mapped = bool(conn.execute("SELECT 1 FROM temp.idmap LIMIT 1").fetchone())
    refs = {*reference_columns(conn, name), "id"}
    select: list[str] = []
    for column in columns(conn, name, "pkg"):
        if column == "goal" and table.goal_keyed:
            select.insert(0, "g.id AS goal_id")
        elif column == "source":
            select.append(
                "(SELECT document_id FROM temp.their_sources s WHERE s.n = t.source) AS source"
            )
        elif column in refs and mapped:
            select.append(
                f"coalesce((SELECT ours FROM temp.idmap WHERE theirs = t.{column}), "
                f"t.{column}) AS {column}"
            )
        else:
            select.append(f"t.{column}")
    joins = ""
    if table.goal_keyed:  # their goal key -> its id -> our key (NULL for a goal new to us)
        joins = " JOIN pkg.goals g ON g.key = t.goal"
        select.insert(1, "(SELECT og.key FROM main.goals og WHERE og.id = g.id) AS our_goal")
    conn.execute(f"DROP TABLE IF EXISTS temp.inc_{name}")
    conn.execute(
        f"CREATE TEMP TABLE inc_{name} AS SELECT {', '.join(select)} FROM pkg.{name} t{joins} "
        f"WHERE t.stamp > {int(since)}"
    )
    conn.execute(f"CREATE INDEX temp.inc_{name}_key ON inc_{name}({', '.join(table.key)})")
    return int(conn.execute(f"SELECT count(*) FROM temp.inc_{name}").fetchone()[0])


def _keep_company_targets(conn: sqlite3.Connection) -> None:
    """The targets of the goals the company set for the department itself stay ours:
    their values are compared and written with our targets; what they sent is kept in
    their_target(_max) and listed as refused when it differs."""
    conn.execute("ALTER TABLE temp.inc_goal_values ADD COLUMN their_target REAL")
    conn.execute("ALTER TABLE temp.inc_goal_values ADD COLUMN their_target_max REAL")
    conn.execute(
        "UPDATE temp.inc_goal_values SET their_target = target, their_target_max = target_max"
    )
    ours = (
        "(SELECT o.{0} FROM main.goal_values o WHERE o.goal = inc_goal_values.our_goal "
        "AND o.period = inc_goal_values.period)"
    )
    conn.execute(
        f"UPDATE temp.inc_goal_values SET target = {ours.format('target')}, "
        f"target_max = {ours.format('target_max')} "
        "WHERE goal_id IN (SELECT id FROM temp.scope_in_goals WHERE company_set)"
    )


def _classify(conn: sqlite3.Connection, table: Table, plan: MergePlan, bases: _Bases) -> None:
    name = table.name
    content = content_columns(conn, table)
    n = len(content)
    if table.goal_keyed:  # ours are found by our goal key, staged beside their goal id
        on, exists = "o.goal = i.our_goal AND o.period = i.period", "o.goal"
    else:
        on, exists = " AND ".join(f"o.{k} = i.{k}" for k in table.key), f"o.{table.key[0]}"

    def o(column: str) -> str:
        if table.goal_keyed and column == "goal_id":
            return f"(CASE WHEN {exists} IS NULL THEN NULL ELSE i.goal_id END)"
        return f"o.{column}"

    differs = "NOT (" + " AND ".join(f"i.{c} IS {o(c)}" for c in content) + ")"
    targets = plan.scope_unit and name == "goal_values"
    if targets:
        differs += " OR i.their_target IS NOT i.target OR i.their_target_max IS NOT i.target_max"
    if plan.scope_unit and name in SCOPE_OF:
        kind, column = SCOPE_OF[name]
        in_scope = (
            f"i.{column} IN (SELECT id FROM temp.scope_in_{kind}) AND ({exists} IS NULL "
            f"OR {o(column)} IN (SELECT id FROM temp.scope_our_{kind}))"
        )
        company_set = (
            f"i.{column} IN (SELECT id FROM temp.scope_in_goals WHERE company_set)"
            if kind == "goals"
            else "0"
        )
    else:
        in_scope, company_set = "1", "0"
    extra = ", i.their_target, i.their_target_max" if targets else ""
    sql = (
        f"SELECT {', '.join('i.' + c for c in content)}, i.stamp, i.source, "
        f"{exists} IS NOT NULL, {', '.join(o(c) for c in content)}, o.stamp, "
        "(SELECT document_id FROM main.sources s WHERE s.n = o.source), "
        f"{in_scope}, {company_set}{extra} "
        f"FROM temp.inc_{name} i LEFT JOIN main.{name} o ON {on} "
        f"WHERE {exists} IS NULL OR {differs}"
    )
    total = plan.package.manifest.counts.get(name, 0)  # staged or not: every row they sent
    listed = 0
    for row in conn.execute(sql):
        listed += 1
        theirs = dict(zip(content, row[:n], strict=True))
        their_stamp, their_source, exists = int(row[n]), row[n + 1], row[n + 2]
        ours = dict(zip(content, row[n + 3 : 2 * n + 3], strict=True)) if exists else None
        our_stamp, our_source, in_scope_row, company_row = row[2 * n + 3 : 2 * n + 7]
        key = tuple(theirs[k] for k in table.key)
        if targets and their_stamp > bases.their:
            their_target, their_target_max = row[-2], row[-1]
            if (their_target, their_target_max) != (theirs["target"], theirs["target_max"]):
                sent = {**theirs, "target": their_target, "target_max": their_target_max}
                plan.changes.append(
                    RowChange(
                        name,
                        key,
                        "refused",
                        "",
                        ours,
                        sent,
                        _COMPANY_TARGETS,
                        our_stamp,
                        their_stamp,
                        "company_target",
                    )
                )
        changed = tuple(c for c in content if ours is None or not _same(theirs[c], ours[c]))
        if ours is not None and not changed:
            plan.unchanged += 1  # only the refused targets differed
            continue
        change = RowChange(name, key, "new", "", ours, theirs, changed, our_stamp, their_stamp)
        if ours is None and theirs.get("deleted") == 1:
            plan.kept += 1  # a tombstone of a row we never had: nothing to carry
            continue
        if ours is not None and not bases.their_change(their_stamp, their_source):
            plan.kept += 1  # merged before (ours is newer since) or our own change back
            continue
        if plan.scope_unit and not in_scope_row:
            change.kind, change.reason = "refused", "outside"
        elif plan.scope_unit and name == "goals" and company_row and ours is not None:
            change.kind, change.reason = "refused", "company_goal"
        elif plan.scope_unit and name in DEFINITIONS and ours is not None:
            change.kind, change.reason = "refused", "definition"
        elif ours is None:
            change.kind = "new"
        elif _frozen(conn, name, theirs, ours):
            change.kind, change.reason = "refused", "frozen"
        elif bases.our_change(our_stamp, our_source):
            change.kind = "conflict"
            change.reason = "definition" if name in DEFINITIONS else ""
        elif theirs.get("deleted") == 1 and ours.get("deleted") == 0:
            change.kind = "delete"
        else:
            change.kind = "update"
        plan.changes.append(change)
    plan.unchanged += total - listed


def _same(a: Any, b: Any) -> bool:
    return a == b and (a is None) == (b is None)


def _frozen(
    conn: sqlite3.Connection, table: str, theirs: dict[str, Any], ours: dict[str, Any]
) -> bool:
    """A change the schema's triggers refuse: the frozen record of an ended meeting, an
    append-only log's entry, a frozen evaluation (schema_v4)."""

    def differs(record: list[str]) -> bool:
        return any(not _same(theirs[c], ours[c]) for c in record)

    def meeting_ended() -> bool:
        row = conn.execute(
            "SELECT status FROM main.meetings WHERE id = ?", (ours["meeting_id"],)
        ).fetchone()
        return bool(row and row[0] == "ended")

    if table == "meetings":
        return ours["status"] == "ended" and differs(MEETING_RECORD)
    if table in ("agenda_items", "meeting_attendees", "meeting_snapshots"):
        return meeting_ended()
    if table == "issues":
        return ours["meeting_id"] is not None and meeting_ended() and differs(ISSUE_RECORD)
    if table == "minute_entries":
        return meeting_ended() and differs(MINUTE_RECORD)
    if table == "meeting_events":
        return differs(EVENT_RECORD)
    if table == "action_history":
        return differs(HISTORY_RECORD)
    if table == "evaluations":
        return ours["frozen"] == 1 and differs(EVALUATION_RECORD)
    return False


_LABELS = {
    "org_units": "SELECT name FROM {db}org_units WHERE id = ?",
    "people": "SELECT name FROM {db}people WHERE id = ?",
    "kpis": "SELECT code || ' ' || coalesce(nullif(name_zh, ''), name_en) "
    "FROM {db}kpis WHERE id = ?",
    "meetings": "SELECT title || ' ' || date FROM {db}meetings WHERE id = ?",
    "agenda_items": "SELECT title FROM {db}agenda_items WHERE id = ?",
    "issues": "SELECT substr(description, 1, 80) FROM {db}issues WHERE id = ?",
    "actions": "SELECT substr(title, 1, 80) FROM {db}actions WHERE id = ?",
    "minute_entries": "SELECT substr(text, 1, 80) FROM {db}minute_entries WHERE id = ?",
    "agenda_templates": "SELECT name FROM {db}agenda_templates WHERE id = ?",
    "period_profiles": "SELECT name FROM {db}period_profiles WHERE id = ?",
    "evaluation_rules": "SELECT name || ' v' || version FROM {db}evaluation_rules WHERE id = ?",
    "evaluations": "SELECT e.period || ' ' || coalesce(u.name, p.name, '') FROM {db}evaluations e "
    "LEFT JOIN main.org_units u ON u.id = e.unit_id "
    "LEFT JOIN main.people p ON p.id = e.person_id WHERE e.id = ?",
    "appeals": "SELECT substr(reason, 1, 80) FROM {db}appeals WHERE id = ?",
}
_GOAL_LABEL = (
    "SELECT coalesce(nullif(g.title, ''), coalesce(nullif(k.name_zh, ''), k.name_en)) "
    "|| ' · ' || coalesce(u.name, p.name, '') || ' ' || g.period FROM {db}goals g "
    "LEFT JOIN main.kpis k ON k.id = g.kpi_id LEFT JOIN main.org_units u ON u.id = g.unit_id "
    "LEFT JOIN main.people p ON p.id = g.person_id WHERE g.id = ?"
)
# What names a row of each table for people: (table whose label it takes, key column).
_LABEL_OF = {
    "goal_values": ("goals", "goal_id"),
    "deviation_notes": ("goals", "goal_id"),
    "agenda_items": ("agenda_items", "id"),
    "meeting_attendees": ("people", "person_id"),
    "issue_units": ("issues", "issue_id"),
    "action_reports": ("actions", "action_id"),
    "action_units": ("actions", "action_id"),
    "action_history": ("actions", "action_id"),
    "meeting_events": ("meetings", "meeting_id"),
    "meeting_snapshots": ("goals", "goal_id"),
}


def _label(conn: sqlite3.Connection, plan: MergePlan) -> None:
    """Name every listed row for people: a name, a title, a goal with its holder."""
    cache: dict[tuple[str, str], str] = {}

    def named(table: str, ident: str) -> str:
        if (table, ident) not in cache:
            text = ""
            for db in ("temp.inc_", "main."):
                sql = _GOAL_LABEL if table == "goals" else _LABELS[table]
                row = conn.execute(sql.format(db=db), (ident,)).fetchone()
                if row and row[0]:
                    text = str(row[0])
                    break
            cache[(table, ident)] = text
        return cache[(table, ident)]

    for change in plan.changes:
        table, column = _LABEL_OF.get(change.table, (change.table, "id"))
        label = named(table, str(change.theirs.get(column) or ""))
        if change.table in ("goal_values", "deviation_notes", "action_reports"):
            label = f"{label} · {change.theirs.get('period', '')}"
        elif change.table == "issue_units":
            label = f"{label} · {named('org_units', str(change.theirs.get('unit_id') or ''))}"
        change.label = label


__all__ = [
    "Mapping",
    "MergePlan",
    "MergeRefused",
    "PreviewOutdated",
    "RowChange",
    "attach",
    "cleanup",
    "detach",
    "last_import",
    "plan_attached",
    "plan_merge",
]
