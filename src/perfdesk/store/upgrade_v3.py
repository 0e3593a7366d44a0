"""The move of a version-2 document's data into the version-3 tables.

Every table is rebuilt (SQLite cannot add CHECK constraints or WITHOUT ROWID to a
table in place): the v2 tables are renamed to old_*, the v3 tables created from
`schema_v3`, the rows copied over, the old tables dropped, and the indexes and
triggers made last (the ended-meeting triggers would refuse the copy of an ended
meeting's agenda). The caller holds the transaction with foreign keys off and runs
`PRAGMA foreign_key_check` before it commits.

What the move decides, so the note in the upgrade is the whole truth:
- Entity ids stay. Library KPIs (their code is in core.kpi_library) take the id
  derived from their code, and every reference follows; if several active KPIs share
  a code (v2 could restore an archived duplicate), the most recently changed stays
  active and the others are archived.
- A KPI's name, unit and description are stored in both languages: the file's own
  text in its language (Chinese when the name has CJK characters), the library's
  text in the other language for library KPIs.
- Targets and actuals become one `goal_values` row per (goal, period), an actual's
  note included; a goal's granularity is the finest its values use (10-day, week,
  else month). Deviation notes, attendance and 10-day reports lose their surrogate ids
  (values are keyed by what they are about); of two reports for the same action and
  10-day period the later one is kept. `issues.related_unit_ids` (JSON) becomes rows
  of `issue_units`; ids in it that name no unit are dropped (v2 never checked them).
- Text stamps become integer milliseconds (`created`, `stamp`); every row's source is
  this document (source 1). `meta` gains the role 'company' (a v2 file holds the whole
  organisation), the clock, and the latest month with an actual.
"""

from __future__ import annotations

import sqlite3
import time

from perfdesk.store import schema_v3

OLD_TABLES = [
    "meta",
    "org_units",
    "people",
    "kpis",
    "goals",
    "goal_targets",
    "actuals",
    "meetings",
    "meeting_attendees",
    "agenda_items",
    "issues",
    "actions",
    "action_reports",
    "deviation_notes",
]


def _ms(column: str) -> str:
    """SQL for a v2 ISO-8601 text stamp as integer milliseconds (NULL when unreadable)."""
    return f"CAST(round((julianday({column}) - 2440587.5) * 86400000) AS INTEGER)"


def _stamp(column: str = "updated_at") -> str:
    return f"max(coalesce({_ms(column)}, :now), 0)"


def upgrade(conn: sqlite3.Connection) -> None:
    now = int(time.time() * 1000)
    conn.execute("PRAGMA legacy_alter_table = ON")  # rename only, touch no other table
    try:
        for table in OLD_TABLES:
            conn.execute(f"ALTER TABLE {table} RENAME TO old_{table}")
    finally:
        conn.execute("PRAGMA legacy_alter_table = OFF")
    for statement in schema_v3.TABLES_SQL:
        conn.execute(statement)
    _meta_and_source(conn, now)
    _kpis(conn, now)
    for statement in _COPY:
        table = statement.split()[2]
        try:
            conn.execute(statement, {"now": now})
        except sqlite3.IntegrityError as exc:
            # Name the table: SQLite names only the constraint.
            raise sqlite3.IntegrityError(f"a row of {table} breaks a rule ({exc})") from None
    _issue_units(conn, now)
    for table in OLD_TABLES:
        conn.execute(f"DROP TABLE old_{table}")
    conn.execute("DROP TABLE temp.kpi_map")
    for statement in (*schema_v3.INDEXES_SQL, *schema_v3.TRIGGERS_SQL):
        conn.execute(statement)
    clock = conn.execute(
        "SELECT max(:now, (SELECT coalesce(max(stamp), 0) FROM goal_values), "
        "(SELECT coalesce(max(stamp), 0) FROM goals))",
        {"now": now},
    ).fetchone()[0]
    latest = conn.execute(
        "SELECT max(period) FROM goal_values WHERE actual IS NOT NULL "
        "AND period GLOB '[0-9][0-9][0-9][0-9]-[01][0-9]'"
    ).fetchone()[0]
    conn.executemany(
        "INSERT INTO meta(key, value) VALUES (?, ?)",
        [("clock", str(clock)), ("latest_actual_month", latest or "")],
    )


def _meta_and_source(conn: sqlite3.Connection, now: int) -> None:
    meta = dict(conn.execute("SELECT key, value FROM old_meta").fetchall())
    document_id = str(meta.get("document_id") or "") or _new_id()
    company = conn.execute(
        "SELECT id FROM old_org_units WHERE kind = 'company' AND coalesce(archived, 0) = 0"
    ).fetchall()
    rows = {
        **{str(k): v for k, v in meta.items() if v is not None},
        "document_id": document_id,
        "role": "company",
        "unit_id": company[0][0] if len(company) == 1 else "",
        "forked_from": "",
    }
    conn.executemany("INSERT INTO meta(key, value) VALUES (?, ?)", sorted(rows.items()))
    conn.execute(
        "INSERT INTO sources(n, document_id, name, role, unit_id, first_seen) "
        "VALUES (1, ?, ?, 'company', ?, ?)",
        (document_id, str(meta.get("name") or "")[:200], rows["unit_id"] or None, now),
    )


def _new_id() -> str:
    from perfdesk.core.ids import new_id

    return new_id()


def _has_cjk(text: str) -> bool:
    return any("\u3400" <= ch <= "\u9fff" or "\uf900" <= ch <= "\ufaff" for ch in text)


def _kpis(conn: sqlite3.Connection, now: int) -> None:
    from perfdesk.core import kpi_library

    cursor = conn.execute(
        "SELECT id, code, name, name_en, unit, direction, aggregation, decimals, "
        "perspective, amber_below, red_below, min_value, max_value, numerator_id, "
        "denominator_id, description, archived, created_at, updated_at, "
        f"{_ms('created_at')}, {_ms('updated_at')} "
        "FROM old_kpis ORDER BY updated_at DESC, rowid DESC"
    )
    columns = [c[0] for c in cursor.description]
    old = [dict(zip(columns, row, strict=True)) for row in cursor]
    new_ids: dict[str, str] = {}
    archive: set[str] = set()
    active_codes: set[str] = set()
    for row in old:  # newest first: the most recently changed active row keeps its code
        if not row["archived"]:
            if row["code"] in active_codes:
                archive.add(row["id"])
            active_codes.add(row["code"])
    claimed: set[str] = set()
    for row in old:
        library = kpi_library.find(row["code"])
        derived = kpi_library.kpi_id(row["code"]) if library else None
        if derived and derived not in claimed and row["id"] not in archive:
            new_ids[row["id"]] = derived
            claimed.add(derived)
        else:
            new_ids[row["id"]] = row["id"]
    conn.execute("CREATE TEMP TABLE kpi_map (old_id TEXT PRIMARY KEY, new_id TEXT NOT NULL)")
    conn.executemany("INSERT INTO temp.kpi_map VALUES (?, ?)", new_ids.items())
    rows = []
    for row in old:
        library = kpi_library.find(row["code"])
        name, unit, description = row["name"] or "", row["unit"] or "", row["description"] or ""
        zh = isinstance(name, str) and _has_cjk(name)  # a BLOB name fails the CHECK below
        texts = {
            "name_zh": name if zh else (library.name_zh if library else ""),
            "name_en": (row["name_en"] or (library.name_en if library else "")) if zh else name,
            "unit_zh": unit if zh or not library else library.unit_zh,
            "unit_en": (library.unit_en if library else unit) if zh else unit,
            "description_zh": description if zh else (library.description_zh if library else ""),
            "description_en": (library.description_en if library else "") if zh else description,
        }
        rows.append(
            (
                new_ids[row["id"]],
                row["code"],
                *texts.values(),
                row["direction"],
                row["aggregation"],
                row["decimals"] if row["decimals"] is not None else 0,
                row["perspective"] or "financial",
                1.0 if row["amber_below"] is None else row["amber_below"],
                0.9 if row["red_below"] is None else row["red_below"],
                row["min_value"],
                row["max_value"],
                new_ids.get(row["numerator_id"], row["numerator_id"]),
                new_ids.get(row["denominator_id"], row["denominator_id"]),
                1 if row["archived"] or row["id"] in archive else 0,
                max(row[columns[-2]] if row[columns[-2]] is not None else now, 0),
                max(row[columns[-1]] if row[columns[-1]] is not None else now, 0),
            )
        )
    _insert_kpis(conn, rows)


def _insert_kpis(conn: sqlite3.Connection, rows: list[tuple[object, ...]]) -> None:
    try:
        _insert_kpi_rows(conn, rows)
    except sqlite3.IntegrityError as exc:
        raise sqlite3.IntegrityError(f"a row of kpis breaks a rule ({exc})") from None


def _insert_kpi_rows(conn: sqlite3.Connection, rows: list[tuple[object, ...]]) -> None:
    conn.executemany(
        "INSERT INTO kpis (id, code, name_zh, name_en, unit_zh, unit_en, description_zh, "
        "description_en, direction, aggregation, decimals, perspective, amber_below, "
        "red_below, min_value, max_value, numerator_id, denominator_id, archived, deleted, "
        "created, stamp, source) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, "
        "?, ?, 0, ?, ?, 1)",
        rows,
    )


def _issue_units(conn: sqlite3.Connection, now: int) -> None:
    conn.execute(
        "INSERT OR IGNORE INTO issue_units (issue_id, unit_id, related, stamp, source) "
        f"SELECT i.id, CAST(j.value AS TEXT), 1, {_stamp()}, 1 "
        "FROM old_issues i, json_each(i.related_unit_ids) j "
        "WHERE json_valid(i.related_unit_ids) AND json_type(i.related_unit_ids) = 'array' "
        "AND CAST(j.value AS TEXT) IN (SELECT id FROM org_units)",
        {"now": now},
    )


_ENTITY = f"coalesce(archived, 0), 0, {_stamp('created_at')}, {_stamp()}, 1"
_KPI = "(SELECT new_id FROM temp.kpi_map WHERE old_id = {0})"
_FINEST = (
    "CASE WHEN EXISTS (SELECT 1 FROM old_goal_targets t WHERE t.goal_id = g.id "
    "AND t.period GLOB '*-D[1-3]') OR EXISTS (SELECT 1 FROM old_actuals a "
    "WHERE a.goal_id = g.id AND a.period GLOB '*-D[1-3]') THEN 'ten_day' "
    "WHEN EXISTS (SELECT 1 FROM old_goal_targets t WHERE t.goal_id = g.id "
    "AND t.period GLOB '*-W*') OR EXISTS (SELECT 1 FROM old_actuals a "
    "WHERE a.goal_id = g.id AND a.period GLOB '*-W*') THEN 'week' ELSE 'month' END"
)

_COPY = (
    "INSERT INTO org_units (id, parent_id, kind, name, code, manager_id, sort_order, "
    "archived, deleted, created, stamp, source) "
    "SELECT id, parent_id, kind, name, coalesce(code, ''), manager_id, "
    f"coalesce(sort_order, 0), {_ENTITY} FROM old_org_units ORDER BY rowid",
    "INSERT INTO people (id, unit_id, name, title, employee_no, email, committee_role, "
    "archived, deleted, created, stamp, source) "
    "SELECT id, unit_id, name, coalesce(title, ''), NULL, coalesce(email, ''), "
    f"nullif(committee_role, ''), {_ENTITY} FROM old_people ORDER BY rowid",
    "INSERT INTO goals (key, id, parent_id, kpi_id, unit_id, person_id, period, granularity, "
    "title, weight, target, target_max, sort_order, archived, deleted, created, stamp, "
    "source) "
    f"SELECT g.rowid, g.id, g.parent_id, coalesce({_KPI.format('g.kpi_id')}, g.kpi_id), "
    f"g.unit_id, g.person_id, g.period, {_FINEST}, coalesce(g.title, ''), "
    "coalesce(g.weight, 0), g.target, g.target_max, coalesce(g.sort_order, 0), "
    f"coalesce(g.archived, 0), 0, {_stamp('g.created_at')}, {_stamp('g.updated_at')}, 1 "
    "FROM old_goals g ORDER BY g.rowid",
    "INSERT INTO goal_values (goal, period, target, target_max, actual, note, locked, "
    "stamp, source) "
    "SELECT g.key, k.period, t.target, NULL, a.value, nullif(a.note, ''), "
    f"coalesce(t.locked, 0), max({_stamp('t.updated_at')}, {_stamp('a.updated_at')}), 1 "
    "FROM (SELECT goal_id, period FROM old_goal_targets "
    "UNION SELECT goal_id, period FROM old_actuals) k "
    "LEFT JOIN goals g ON g.id = k.goal_id "
    "LEFT JOIN old_goal_targets t ON t.goal_id = k.goal_id AND t.period = k.period "
    "LEFT JOIN old_actuals a ON a.goal_id = k.goal_id AND a.period = k.period "
    "ORDER BY g.key, k.period",
    "INSERT INTO deviation_notes (goal, period, gap, internal_cause, external_cause, "
    "internal_measures, external_needs, stamp, source) "
    "SELECT g.key, n.period, coalesce(n.gap, ''), coalesce(n.internal_cause, ''), "
    "coalesce(n.external_cause, ''), coalesce(n.internal_measures, ''), "
    f"coalesce(n.external_needs, ''), {_stamp('n.updated_at')}, 1 "
    "FROM old_deviation_notes n LEFT JOIN goals g ON g.id = n.goal_id ORDER BY n.rowid",
    "INSERT INTO meetings (id, title, kind, date, start_time, planned_minutes, place, "
    "period, chair_id, secretary_id, minute_taker_id, status, started_at, ended_at, notes, "
    "archived, deleted, created, stamp, source) "
    "SELECT id, title, kind, date, nullif(start_time, ''), coalesce(planned_minutes, 120), "
    "coalesce(place, ''), nullif(period, ''), chair_id, secretary_id, NULL, status, "
    f"nullif(started_at, ''), nullif(ended_at, ''), coalesce(notes, ''), {_ENTITY} "
    "FROM old_meetings ORDER BY rowid",
    "INSERT INTO meeting_attendees (meeting_id, person_id, attendance, invited, position, "
    "stamp, source) "
    "SELECT meeting_id, person_id, attendance, 1, "
    "row_number() OVER (PARTITION BY meeting_id ORDER BY rowid) - 1, "
    f"{_stamp()}, 1 FROM old_meeting_attendees ORDER BY rowid",
    "INSERT INTO agenda_items (id, meeting_id, position, kind, title, speaker_id, unit_id, "
    "planned_minutes, actual_seconds, started_at, ended_at, minutes, archived, deleted, "
    "created, stamp, source) "
    "SELECT id, meeting_id, position, kind, coalesce(title, ''), speaker_id, unit_id, "
    "planned_minutes, actual_seconds, nullif(started_at, ''), nullif(ended_at, ''), "
    f"coalesce(minutes, ''), 0, 0, {_stamp('created_at')}, {_stamp()}, 1 "
    "FROM old_agenda_items ORDER BY rowid",
    "INSERT INTO issues (id, meeting_id, agenda_item_id, description, cause, "
    "responsible_unit_id, owner_id, due_date, resource_request, archived, deleted, created, "
    "stamp, source) "
    "SELECT id, meeting_id, agenda_item_id, description, cause, responsible_unit_id, "
    f"owner_id, nullif(due_date, ''), coalesce(resource_request, ''), {_ENTITY} "
    "FROM old_issues ORDER BY rowid",
    "INSERT INTO actions (id, issue_id, title, responsible_unit_id, owner_id, start_date, "
    "due_date, measures, kpi_id, goal_id, baseline, expected, status, status_reason, "
    "archived, deleted, created, stamp, source) "
    "SELECT id, issue_id, title, responsible_unit_id, owner_id, nullif(start_date, ''), "
    f"nullif(due_date, ''), coalesce(measures, ''), coalesce({_KPI.format('kpi_id')}, kpi_id), "
    "goal_id, baseline, expected, status, coalesce(status_reason, ''), "
    f"{_ENTITY} FROM old_actions ORDER BY rowid",
    "INSERT INTO action_reports (action_id, period, report_date, measured_value, progress, "
    "note, deleted, stamp, source) "
    "SELECT action_id, period, report_date, measured_value, progress, coalesce(note, ''), 0, "
    f"{_stamp()}, 1 FROM old_action_reports WHERE true ORDER BY report_date, rowid "
    "ON CONFLICT (action_id, period) DO UPDATE SET report_date = excluded.report_date, "
    "measured_value = excluded.measured_value, progress = excluded.progress, "
    "note = excluded.note, stamp = excluded.stamp",
)
