"""Test documents with a planned meeting: the 5/5/5/5/5/60/5 weekly agenda built with plain
SQL (the planning side's templates are not needed), four department speakers."""

from __future__ import annotations

import uuid

from perfdesk.store.document import Document

WEEKLY = (
    ("opening", "签到", 5, None),
    ("speaker", "销售部业绩汇报", 5, "销售部"),
    ("speaker", "市场部业绩汇报", 5, "市场部"),
    ("speaker", "生产部业绩汇报", 5, "生产部"),
    ("speaker", "质量部业绩汇报", 5, "质量部"),
    ("discussion", "问题解决", 60, None),
    ("closing", "总结", 5, None),
)


def add_weekly_meeting(
    doc: Document, title: str = "2026年9月周例会", period: str = "2026-09"
) -> tuple[str, list[str]]:
    """A planned meeting with the weekly agenda: (meeting id, agenda item ids in order)."""
    meeting_id = str(uuid.uuid4())
    ids = []
    with doc.transaction() as conn:
        stamp, source = doc.stamp, doc.source
        conn.execute(
            "INSERT INTO meetings (id, title, kind, date, planned_minutes, period, status, "
            "created, stamp, source) VALUES (?, ?, 'ad_hoc', '2026-11-10', 90, ?, 'planned', "
            "?, ?, ?)",
            (meeting_id, title, period, stamp, stamp, source),
        )
        for position, (kind, name, minutes, unit) in enumerate(WEEKLY):
            unit_id = speaker_id = None
            if unit is not None:
                unit_id = conn.execute(
                    "SELECT id FROM org_units WHERE name = ? AND deleted = 0", (unit,)
                ).fetchone()[0]
                row = conn.execute(
                    "SELECT manager_id FROM org_units WHERE id = ?", (unit_id,)
                ).fetchone()
                speaker_id = row[0] if row else None
            item_id = str(uuid.uuid4())
            ids.append(item_id)
            conn.execute(
                "INSERT INTO agenda_items (id, meeting_id, position, kind, title, speaker_id, "
                "unit_id, planned_minutes, created, stamp, source) "
                "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                (
                    item_id,
                    meeting_id,
                    position,
                    kind,
                    name,
                    speaker_id,
                    unit_id,
                    minutes,
                    stamp,
                    stamp,
                    source,
                ),
            )
    return meeting_id, ids
