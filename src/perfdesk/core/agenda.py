"""Planning a review meeting's agenda: templates, the prefill and the checks of a plan.

Owns the built-in agenda templates (the seeds' committee review: each department's
representative in turn, free discussion, a buffer; and the common 90-minute weekly
5/5/5/5/5/60/5), the prefill that gives each department speaking time by how far
off target its KPIs are, the planned end time and the warnings a plan can raise.
Pure Python: the UI reads the document and translates the warnings' codes.
"""

from __future__ import annotations

import datetime
from collections.abc import Collection, Iterable, Sequence
from dataclasses import dataclass, field

from perfdesk.core.meeting import AgendaKind

# A speaker never gets fewer minutes than this from the prefill (if the meeting allows).
SPEAKER_FLOOR = 5
MAX_ITEM_MINUTES = 600  # the schema's limit per item


@dataclass(frozen=True)
class PlanItem:
    """One agenda item as planned (not yet, or no longer, bound to a stored row)."""

    kind: AgendaKind
    title: str
    minutes: float
    note: str = ""
    speaker_id: str | None = None
    unit_id: str | None = None
    id: str | None = None  # the stored item's id when it is one


@dataclass(frozen=True)
class Template:
    """A built-in template: the titles in both languages, the minutes, the kind."""

    key: str
    name_zh: str
    name_en: str
    items: tuple[tuple[AgendaKind, str, str, float], ...]  # kind, zh, en, minutes
    speakers: bool = False  # insert each department's representative after the opening

    def name(self, language: str) -> str:
        return self.name_en if language == "en" else self.name_zh


@dataclass(frozen=True)
class Representative:
    """Who speaks for a department: the person and the unit they speak for."""

    person_id: str | None
    unit_id: str
    person_name: str
    unit_name: str


_K = AgendaKind
COMMITTEE_REVIEW = Template(
    "committee_review",
    "业绩跟踪委员会质询会议",
    "Performance committee review",
    (
        (_K.OPENING, "宣布会议目的及时间", "Purpose and timing of the meeting", 5),
        (_K.ACTION_REVIEW, "上次会议改进行动回顾", "Review of last meeting's actions", 10),
        (_K.DISCUSSION, "自由讨论", "Free discussion", 15),
        (_K.BUFFER, "机动时间", "Buffer", 10),
        (_K.CLOSING, "总结与分派", "Conclusions and assignments", 5),
    ),
    speakers=True,
)
WEEKLY_90 = Template(
    "weekly_90",
    "90 分钟周例会（5/5/5/5/5/60/5）",
    "90-minute weekly meeting (5/5/5/5/5/60/5)",
    (
        (_K.OPENING, "签到与近况", "Check-in", 5),
        (_K.DISCUSSION, "计分卡", "Scorecard", 5),
        (_K.DISCUSSION, "目标进展", "Goals", 5),
        (_K.DISCUSSION, "客户与员工要闻", "Headlines", 5),
        (_K.ACTION_REVIEW, "待办事项回顾", "To-do list", 5),
        (_K.DISCUSSION, "问题解决", "Issue solving", 60),
        (_K.CLOSING, "总结", "Conclude", 5),
    ),
)
BUILT_IN = (COMMITTEE_REVIEW, WEEKLY_90)
SPEAKER_MINUTES = 10  # each representative's time in the committee review template


def template_items(
    template: Template, language: str, representatives: Sequence[Representative] = ()
) -> list[PlanItem]:
    """The template's items in `language`; the committee review puts each department's
    representative in turn after the opening and the review of last meeting's actions."""
    english = language == "en"
    items = [
        PlanItem(kind, en if english else zh, minutes) for kind, zh, en, minutes in template.items
    ]
    if not template.speakers:
        return items
    at = next((i for i, item in enumerate(items) if item.kind is _K.DISCUSSION), len(items))
    speakers = [speaker_item(rep, SPEAKER_MINUTES) for rep in representatives]
    return items[:at] + speakers + items[at:]


def speaker_item(rep: Representative, minutes: float, note: str = "") -> PlanItem:
    """A department's report: "销售部 – 王磊" (the document's own names, either language)."""
    title = f"{rep.unit_name} – {rep.person_name}" if rep.person_name else rep.unit_name
    return PlanItem(_K.SPEAKER, title, minutes, note, rep.person_id, rep.unit_id)


# -- prefill ------------------------------------------------------------------------
@dataclass(frozen=True)
class Standing:
    """How a department's KPIs stand for the reviewed period."""

    rep: Representative
    red: int = 0
    amber: int = 0
    judged: int = 0  # KPIs with a status (green, amber or red)
    worst: float | None = None  # the lowest achievement among them (1.0 = on target)

    @property
    def weight(self) -> float:
        """More red, more time: a red KPI weighs twice an amber one; everyone gets a share."""
        return 1.0 + 2.0 * self.red + self.amber

    def order_key(self) -> tuple[float, ...]:
        worst = self.worst if self.worst is not None else 1.0
        return (-self.red, -self.amber, worst)


def allot(weights: Sequence[float], total: int, floor: int = SPEAKER_FLOOR) -> list[int]:
    """Whole minutes for each weight, summing to `total`, each at least `floor`.

    The minutes above the floors are shared in proportion to the weights (largest
    remainder, ties to the earlier one), so a heavier weight never gets fewer minutes
    than a lighter one. When `total` cannot give everyone the floor, the floor falls
    to what it can (total // count) and the rest still follows the weights.
    """
    count = len(weights)
    if count == 0:
        return []
    if any(w < 0 for w in weights):
        raise ValueError("weights must not be negative")
    total = max(0, int(total))
    floor = max(0, min(int(floor), total // count))
    spare = total - floor * count
    weight_sum = sum(weights)
    shares = [spare * w / weight_sum if weight_sum else spare / count for w in weights]
    minutes = [int(s) for s in shares]
    left = spare - sum(minutes)
    order = sorted(range(count), key=lambda i: (-(shares[i] - minutes[i]), -weights[i], i))
    for i in order[:left]:
        minutes[i] += 1
    return [floor + m for m in minutes]


@dataclass(frozen=True)
class DueAction:
    """An action to review at the next meeting: open, or due by the meeting's date."""

    title: str
    owner: str
    due: datetime.date | None
    overdue: bool


_SEGMENTS = {  # kind: (zh, en, minutes) of the prefill's fixed parts
    _K.OPENING: ("宣布会议目的及时间", "Purpose and timing of the meeting", 5),
    _K.ACTION_REVIEW: ("上次会议改进行动回顾", "Review of last meeting's actions", 10),
    _K.DISCUSSION: ("自由讨论", "Free discussion", 15),
    _K.BUFFER: ("机动时间", "Buffer", 10),
    _K.CLOSING: ("总结与分派", "Conclusions and assignments", 5),
}
_SHORT = {_K.OPENING: 2, _K.ACTION_REVIEW: 5, _K.DISCUSSION: 5, _K.BUFFER: 0, _K.CLOSING: 2}


def prefill(
    standings: Iterable[Standing],
    meeting_minutes: float,
    language: str,
    actions: Sequence[DueAction] = (),
    floor: int = SPEAKER_FLOOR,
) -> list[PlanItem]:
    """An agenda for a review: opening, review of last actions, one speaker per department
    with KPIs in the reviewed period (the most red first, with the most minutes), free
    discussion, a buffer and the closing, all within `meeting_minutes` when it allows the
    floor per speaker. Departments with no judged KPI are left out."""
    english = language == "en"
    judged = sorted((s for s in standings if s.judged), key=lambda s: s.order_key())
    segments = dict(_SEGMENTS)
    fixed = sum(m for _zh, _en, m in segments.values())
    length = int(meeting_minutes)
    if length - fixed < floor * len(judged):  # short meeting: short segments, no buffer
        segments = {k: (zh, en, _SHORT[k]) for k, (zh, en, _m) in segments.items()}
        fixed = sum(_SHORT.values())
    speaking = allot([s.weight for s in judged], max(0, length - fixed), floor)

    def segment(kind: AgendaKind, note: str = "") -> list[PlanItem]:
        zh, en, minutes = segments[kind]
        return [PlanItem(kind, en if english else zh, minutes, note)] if minutes else []

    items = segment(_K.OPENING) + segment(_K.ACTION_REVIEW, action_note(actions, language))
    for standing, minutes in zip(judged, speaking, strict=True):
        items.append(speaker_item(standing.rep, minutes, standing_note(standing, english)))
    return items + segment(_K.DISCUSSION) + segment(_K.BUFFER) + segment(_K.CLOSING)


def standing_note(standing: Standing, english: bool) -> str:
    if english:
        return f"{standing.red} red, {standing.amber} amber of {standing.judged} KPIs"
    return f"{standing.judged} 项 KPI 中红灯 {standing.red} 项、黄灯 {standing.amber} 项"


def action_note(actions: Sequence[DueAction], language: str) -> str:
    """The open and due actions, one a line (overdue first), for the review item's note."""
    english = language == "en"
    if not actions:
        return "No open or due actions." if english else "无未完成或到期的改进行动。"
    lines = []
    ordered = sorted(actions, key=lambda a: (not a.overdue, a.due or datetime.date.max, a.title))
    for action in ordered:
        due = action.due.isoformat() if action.due else "—"
        if english:
            mark = " (overdue)" if action.overdue else ""
            lines.append(f"• {action.title} — {action.owner or '—'}, due {due}{mark}")
        else:
            mark = "（已逾期）" if action.overdue else ""
            lines.append(f"• {action.title} —— {action.owner or '—'}，{due} 到期{mark}")
    return _capped(lines, english)


NOTE_LIMIT = 2000  # an agenda item's note holds this many characters


def _capped(lines: list[str], english: bool) -> str:
    """The lines that fit an agenda item's note, then how many more there are."""
    kept: list[str] = []
    for number, line in enumerate(lines):
        rest = len(lines) - number
        more = f"… and {rest} more" if english else f"……另有 {rest} 项"
        if sum(len(k) + 1 for k in kept) + len(line) + len(more) + 2 > NOTE_LIMIT:
            return "\n".join([*kept, more])
        kept.append(line[: NOTE_LIMIT // 4])
    return "\n".join(kept)


# -- checks ---------------------------------------------------------------------------
@dataclass(frozen=True)
class Warning:
    """Something wrong with a plan: `code` names it, `params` fill the message."""

    code: str  # no_items, bad_minutes, speaker_absent, over
    params: tuple[str, ...] = field(default=())


def check_plan(
    items: Sequence[PlanItem],
    meeting_minutes: float,
    attendee_ids: Collection[str],
    names: dict[str, str] | None = None,
) -> list[Warning]:
    """What is wrong with a plan: no items; an item with zero, negative or too many
    minutes; a speaker who is not among the attendees; more minutes than the meeting."""
    if not items:
        return [Warning("no_items")]
    warnings = []
    for number, item in enumerate(items, 1):
        if not 0 < item.minutes <= MAX_ITEM_MINUTES:
            warnings.append(Warning("bad_minutes", (str(number), f"{item.minutes:g}")))
    for item in items:
        if item.speaker_id and item.speaker_id not in attendee_ids:
            name = (names or {}).get(item.speaker_id, item.title)
            warnings.append(Warning("speaker_absent", (name,)))
    over = planned_total(items) - meeting_minutes
    if over > 0:
        warnings.append(Warning("over", (f"{over:g}",)))
    return warnings


def planned_total(items: Iterable[PlanItem]) -> float:
    return sum(item.minutes for item in items)


def end_time(start: str | None, minutes: float) -> str | None:
    """The clock time `minutes` after `start` ("09:00" + 150 -> "11:30"); None without a
    start. Past midnight it says so with "+1" (a day later)."""
    if not start:
        return None
    try:
        hours, mins = (int(part) for part in start.split(":"))
    except ValueError:
        return None
    total = hours * 60 + mins + round(minutes)
    days, rest = divmod(total, 24 * 60)
    text = f"{rest // 60:02d}:{rest % 60:02d}"
    return f"{text} +{days}" if days else text
