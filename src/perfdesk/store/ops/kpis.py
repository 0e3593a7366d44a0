"""Operations on the KPI library: the user's own KPIs (reads: store/repo_kpi.py)."""

from __future__ import annotations

from perfdesk.core.kpi import Aggregation, Direction, Perspective
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


def add_kpi(
    doc: Document,
    code: str,
    name_zh: str = "",
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
) -> OpResult:
    """A KPI of the user's own; `name_zh`/`unit`/`description` are the Chinese texts."""
    kpi_code = name_text(code, "kpi_code")
    names = (
        text_field(name_zh, MAX_NAME, "kpi_name"),
        text_field(name_en, MAX_NAME, "kpi_name_en"),
    )
    if not any(names):
        raise OpError("empty", field="kpi_name")
    rule = choice(Aggregation, aggregation, "aggregation")
    if not 0 <= decimals <= 6:
        raise OpError("decimals_range")
    amber, red = number(amber_below, "amber_threshold"), number(red_below, "red_threshold")
    if not 0 < red <= amber <= 10:
        raise OpError("thresholds")
    if rule is Aggregation.RATIO and (not numerator_id or not denominator_id):
        raise OpError("ratio_parts")
    unit_zh = text_field(unit, 40, "measure_unit")
    values = {
        "code": kpi_code,
        "name_zh": names[0],
        "name_en": names[1],
        "unit_zh": unit_zh,
        "unit_en": unit_zh if unit_en is None else text_field(unit_en, 40, "measure_unit"),
        "description_zh": text_field(description, MAX_TEXT, "description"),
        "description_en": text_field(description_en, MAX_TEXT, "description"),
        "direction": choice(Direction, direction, "direction").value,
        "aggregation": rule.value,
        "decimals": int(decimals),
        "perspective": choice(Perspective, perspective, "perspective").value,
        "amber_below": amber,
        "red_below": red,
        "numerator_id": numerator_id,
        "denominator_id": denominator_id,
    }
    with write(doc) as conn:
        if conn.execute(
            "SELECT 1 FROM kpis WHERE code = ? AND archived = 0 AND deleted = 0", (kpi_code,)
        ).fetchone():
            raise OpError("kpi_code_taken", code=kpi_code)
        if rule is Aggregation.RATIO:
            require(doc, "kpis", str(numerator_id), "numerator_kpi")
            require(doc, "kpis", str(denominator_id), "denominator_kpi")
        record = Recorder(doc)
        row_id = record.insert("kpis", values)
        return record.result(Changes(frozenset({"kpis"}), frozenset({row_id})), row_id)
