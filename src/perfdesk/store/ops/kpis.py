"""Operations on the KPI library: the user's own KPIs and the shipped ones (reads:
store/repo_kpi.py).

Every field of a KPI is checked by `_kpi_values`, shared by `add_kpi` and
`edit_kpi`, so both refuse the same input with the same codes: names empty in
both languages, a code another active KPI has, red above amber, a lower bound
above the upper, decimals outside 0-6, a ratio without both parts or dividing
itself (directly or through other ratio KPIs). A KPI that goals or actions use is
archived (ops.set_archived), never removed; `delete_kpi` tombstones only an unused
one. `add_library_kpis` brings shipped KPIs (core/kpi_library.py) a document does
not have yet, with their derived ids, so every file names them alike.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Sequence
from typing import Any

from perfdesk.core import kpi_library
from perfdesk.core.kpi import Aggregation, Direction, Perspective, ratio_loop
from perfdesk.store.document import Document
from perfdesk.store.ops._base import (
    Changes,
    OpError,
    OpResult,
    choice,
    name_text,
    number,
    require,
    text_field,
    write,
)
from perfdesk.store.ops._images import Recorder
from perfdesk.store.schema_v4 import MAX_NAME, MAX_TEXT

_UNIT = 40  # the schema's limit on unit_zh / unit_en


def _kpi_values(
    code: str,
    name_zh: str,
    *,
    name_en: str = "",
    unit: str = "",
    unit_en: str | None = None,
    direction: Direction | str = Direction.HIGHER,
    aggregation: Aggregation | str = Aggregation.SUM,
    decimals: int = 0,
    perspective: Perspective | str = Perspective.FINANCIAL,
    amber_below: float = 1.0,
    red_below: float = 0.9,
    numerator_id: str | None = None,
    denominator_id: str | None = None,
    description: str = "",
    description_en: str = "",
    min_value: float | None = None,
    max_value: float | None = None,
) -> dict[str, Any]:
    """The `kpis` columns for these fields, or OpError naming the first bad one."""
    names = (
        text_field(name_zh, MAX_NAME, "kpi_name"),
        text_field(name_en, MAX_NAME, "kpi_name_en"),
    )
    if not any(names):
        raise OpError("empty", field="kpi_name")
    kpi_code = name_text(code, "kpi_code")
    rule = choice(Aggregation, aggregation, "aggregation")
    places = number(decimals, "decimals")
    if places != int(places) or not 0 <= places <= 6:
        raise OpError("decimals_range", field="decimals")
    amber, red = number(amber_below, "amber_threshold"), number(red_below, "red_threshold")
    if not 0 < red <= amber <= 10:
        raise OpError("thresholds", field="red_threshold")
    low = None if min_value is None else number(min_value, "min_value")
    high = None if max_value is None else number(max_value, "max_value")
    if low is not None and high is not None and low > high:
        raise OpError("bounds", field="min_value")
    if rule is Aggregation.RATIO:
        if not numerator_id:
            raise OpError("ratio_parts", field="numerator_kpi")
        if not denominator_id:
            raise OpError("ratio_parts", field="denominator_kpi")
    else:
        numerator_id = denominator_id = None  # only a ratio has parts
    unit_zh = text_field(unit, _UNIT, "measure_unit")
    return {
        "code": kpi_code,
        "name_zh": names[0],
        "name_en": names[1],
        "unit_zh": unit_zh,
        "unit_en": unit_zh if unit_en is None else text_field(unit_en, _UNIT, "measure_unit"),
        "description_zh": text_field(description, MAX_TEXT, "description"),
        "description_en": text_field(description_en, MAX_TEXT, "description"),
        "direction": choice(Direction, direction, "direction").value,
        "aggregation": rule.value,
        "decimals": int(places),
        "perspective": choice(Perspective, perspective, "perspective").value,
        "amber_below": amber,
        "red_below": red,
        "min_value": low,
        "max_value": high,
        "numerator_id": numerator_id,
        "denominator_id": denominator_id,
    }


def _check_in_file(
    doc: Document, conn: sqlite3.Connection, values: dict[str, Any], kpi_id: str | None
) -> None:
    """The checks that read the document: a free code, live ratio parts without a loop."""
    if conn.execute(
        "SELECT 1 FROM kpis WHERE code = ? AND archived = 0 AND deleted = 0 AND id IS NOT ?",
        (values["code"], kpi_id),
    ).fetchone():
        raise OpError("kpi_code_taken", field="kpi_code", code=values["code"])
    if values["aggregation"] != Aggregation.RATIO.value:
        return
    require(doc, "kpis", str(values["numerator_id"]), "numerator_kpi")
    require(doc, "kpis", str(values["denominator_id"]), "denominator_kpi")
    parts = {
        str(row[0]): (row[1], row[2])
        for row in conn.execute(
            "SELECT id, numerator_id, denominator_id FROM kpis "
            "WHERE deleted = 0 AND aggregation = 'ratio'"
        )
    }
    if ratio_loop(kpi_id, values["numerator_id"], values["denominator_id"], parts):
        raise OpError("ratio_loop", field="numerator_kpi")


def check_kpi(doc: Document, kpi_id: str | None, code: str, name_zh: str, **fields: Any) -> None:
    """Raise the OpError `add_kpi` (kpi_id None) or `edit_kpi` would, writing nothing."""
    values = _kpi_values(code, name_zh, **fields)
    _check_in_file(doc, doc.conn, values, kpi_id)


def add_kpi(doc: Document, code: str, name_zh: str = "", **fields: Any) -> OpResult:
    """A KPI of the user's own; `name_zh`/`unit`/`description` are the Chinese texts,
    the other keywords as `_kpi_values` names them."""
    values = _kpi_values(code, name_zh, **fields)
    with write(doc) as conn:
        _check_in_file(doc, conn, values, None)
        record = Recorder(doc)
        row_id = record.insert("kpis", values)
        return record.result(Changes(frozenset({"kpis"}), frozenset({row_id})), row_id)


def edit_kpi(doc: Document, kpi_id: str, code: str, name_zh: str = "", **fields: Any) -> OpResult:
    """Every field of a KPI at once (what the form shows), one undo step.

    Changing the direction or aggregation of a KPI in use is allowed: the window asks
    first and says what it changes (repo_kpi.kpi_usage); the store only keeps it valid.
    """
    values = _kpi_values(code, name_zh, **fields)
    with write(doc) as conn:
        require(doc, "kpis", kpi_id, "kpi", include_archived=True)
        _check_in_file(doc, conn, values, kpi_id)
        record = Recorder(doc)
        record.update("kpis", (kpi_id,), values)
        return record.result(Changes(frozenset({"kpis"}), frozenset({kpi_id})))


def delete_kpi(doc: Document, kpi_id: str) -> OpResult:
    """Remove a KPI nothing uses (a tombstone a merge carries); one in use is refused."""
    with write(doc) as conn:
        require(doc, "kpis", kpi_id, "kpi", include_archived=True)
        goals, actions, parts = conn.execute(
            "SELECT (SELECT count(*) FROM goals WHERE kpi_id = ?1 AND deleted = 0),"
            " (SELECT count(*) FROM actions WHERE kpi_id = ?1 AND deleted = 0),"
            " (SELECT count(*) FROM kpis WHERE deleted = 0"
            "  AND (numerator_id = ?1 OR denominator_id = ?1))",
            (kpi_id,),
        ).fetchone()
        if goals or actions or parts:
            raise OpError("kpi_in_use", goals=goals, actions=actions + parts)
        record = Recorder(doc)
        record.update("kpis", (kpi_id,), {"deleted": 1})
        return record.result(Changes(frozenset({"kpis"}), frozenset({kpi_id})))


def add_library_kpis(doc: Document, codes: Sequence[str]) -> OpResult:
    """Bring these shipped KPIs into the document, with the ids every file gives them.

    A ratio KPI brings its numerator and denominator along when the file lacks them.
    A code another live KPI of the file already has is refused (that KPI is the
    user's own under the library's code); nothing is written then.
    """
    wanted: list[kpi_library.StandardKpi] = []

    def want(code: str) -> None:
        entry = kpi_library.find(code)
        if entry is None:
            raise OpError("missing", field="kpi")
        for part in (entry.numerator_code, entry.denominator_code):
            if part:
                want(part)
        if entry not in wanted:
            wanted.append(entry)

    for code in codes:
        want(code)
    rows = {row["code"]: row for row in kpi_library.kpi_rows()}
    with write(doc) as conn:
        record = Recorder(doc)
        added: set[str] = set()
        for entry in wanted:
            row = dict(rows[entry.code])
            row_id = row.pop("id")
            found = conn.execute("SELECT deleted FROM kpis WHERE id = ?", (row_id,)).fetchone()
            if found is not None and not found[0]:
                continue  # already there (archived or not)
            if conn.execute(
                "SELECT 1 FROM kpis WHERE code = ? AND deleted = 0", (entry.code,)
            ).fetchone():
                raise OpError("kpi_code_taken", field="kpi_code", code=entry.code)
            if found is None:
                record.insert("kpis", row, row_id)
            else:  # removed before (an undone add): the tombstone comes back
                record.update("kpis", (row_id,), {**row, "deleted": 0, "archived": 0})
            added.add(row_id)
        return record.result(Changes(frozenset({"kpis"}), frozenset(added)))


def kpi_fields(row: dict[str, Any]) -> dict[str, Any]:
    """The keywords of `edit_kpi` from a stored `kpis` row (a form's starting values)."""
    return {
        "code": row["code"],
        "name_zh": row["name_zh"],
        "name_en": row["name_en"],
        "unit": row["unit_zh"],
        "unit_en": row["unit_en"],
        "direction": row["direction"],
        "aggregation": row["aggregation"],
        "decimals": row["decimals"],
        "perspective": row["perspective"],
        "amber_below": row["amber_below"],
        "red_below": row["red_below"],
        "numerator_id": row["numerator_id"],
        "denominator_id": row["denominator_id"],
        "description": row["description_zh"],
        "description_en": row["description_en"],
        "min_value": row["min_value"],
        "max_value": row["max_value"],
    }
