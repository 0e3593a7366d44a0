"""A meeting held through the ops layer, as run mode holds one: planned with the weekly
agenda (tests/meeting_docs.py), attendance, started (the KPI snapshot is frozen then),
clock events with an overrun and an extension, issues in the questioning steps, an
action made from one, minute entries, then ended. The demo's own ended meetings were
written before run mode (no events, no snapshot), so the record's snapshot part needs
this one."""

from __future__ import annotations

from dataclasses import dataclass

from meeting_docs import add_weekly_meeting
from perfdesk.core.meeting_clock import EventKind
from perfdesk.store import ops
from perfdesk.store.document import Document
from perfdesk.store.ops.meetings import IssueDraft, MeetingForm

T0 = 1_789_030_800_000  # 2026-09-10 09:00 UTC
MIN = 60_000


@dataclass(frozen=True)
class Held:
    meeting_id: str
    items: list[str]
    end_ms: int


def hold_meeting(
    doc: Document,
    title: str = "2026年9月周例会",
    issue_text: str = "销售额未达目标：大客户回款延迟",
    minute_text: str = "决定：下周起每周一复盘大客户回款。",
    end: bool = True,
) -> Held:
    conn = doc.conn
    meeting_id, items = add_weekly_meeting(doc, title)
    unit = dict(conn.execute("SELECT name, id FROM org_units WHERE deleted = 0").fetchall())
    managers = [
        conn.execute("SELECT manager_id FROM org_units WHERE id = ?", (unit[name],)).fetchone()[0]
        for name in ("销售部", "市场部", "生产部", "质量部", "财务部")
    ]
    chair = conn.execute(
        "SELECT manager_id FROM org_units WHERE kind = 'company' AND deleted = 0"
    ).fetchone()[0]
    attendance = ["present", "late", "absent", "excused", "present"]
    ops.edit_meeting(
        doc,
        meeting_id,
        MeetingForm(
            title=title,
            kind="ad_hoc",
            date="2026-09-10",
            planned_minutes=90,
            start_time="09:00",
            place="3楼大会议室",
            period="2026-09",
            chair_id=chair,
            secretary_id=managers[4],
            minute_taker_id=managers[1],
            attendees=[(chair, "present"), *zip(managers, attendance, strict=True)],
        ),
    )
    ops.start_meeting(doc, meeting_id, T0)
    at = T0
    for minutes, kind, amount in (
        (5, EventKind.NEXT, None),  # 签到 on time
        (3, EventKind.EXTEND, 120.0),  # 销售部 given 2 more minutes …
        (4.5, EventKind.NEXT, None),  # … and over its plan by 2:30 (7:30 of 5:00)
        (4, EventKind.NEXT, None),  # 市场部 a minute early
        (5, EventKind.SKIP, None),  # 生产部 skipped at 5:00
    ):
        at += int(minutes * MIN)
        ops.record_event(doc, meeting_id, kind, at, amount=amount)
    sales = unit["销售部"]
    issue = ops.add_issue(
        doc,
        IssueDraft(
            meeting_id=meeting_id,
            description=issue_text,
            cause="external",
            agenda_item_id=items[1],
            related_unit_ids=[sales, unit["财务部"]],
            responsible_unit_id=sales,
            owner_id=managers[0],
            due_date="2026-10-15",
            solution="与财务部共同制定回款激励",
            resource_request="需财务部提供账龄数据",
        ),
    )
    ops.issue_to_action(doc, str(issue.row_id))
    ops.save_minute_entry(doc, meeting_id, items[1], "decision", minute_text)
    ops.save_minute_entry(doc, meeting_id, items[1], "information", "销售部说明九月回款情况。")
    at += 10 * MIN
    if end:
        ops.end_meeting(doc, meeting_id, at)
    return Held(meeting_id, items, at)
