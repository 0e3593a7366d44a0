"""Review meetings (业绩跟踪会议 / 质询会议): the meeting, its agenda and issues.

Owns the meeting vocabulary (types, agenda item kinds, attendance, issue
cause) and the agenda arithmetic: planned total against the meeting length,
planned against actual time per item. The running clock joins here with the
meeting issue.
"""

from __future__ import annotations

import enum
from collections.abc import Iterable
from dataclasses import dataclass

# An item that ran over its allotted time by more than this share of it is flagged.
OVERRUN_TOLERANCE = 0.10


class MeetingKind(enum.StrEnum):
    MONTHLY = "monthly"
    QUARTERLY = "quarterly"
    HALF_YEAR = "half_year"
    AD_HOC = "ad_hoc"


class MeetingStatus(enum.StrEnum):
    PLANNED = "planned"
    RUNNING = "running"
    ENDED = "ended"


class AgendaKind(enum.StrEnum):
    OPENING = "opening"
    ACTION_REVIEW = "action_review"  # review of last meeting's actions
    SPEAKER = "speaker"  # a department's representative reports
    DISCUSSION = "discussion"  # free discussion
    BUFFER = "buffer"  # 留有余地
    CLOSING = "closing"


class Attendance(enum.StrEnum):
    PRESENT = "present"
    LATE = "late"
    ABSENT = "absent"
    EXCUSED = "excused"


class Cause(enum.StrEnum):
    INTERNAL = "internal"  # the department fixes it: an improvement plan
    EXTERNAL = "external"  # needs others: a resource request


@dataclass(frozen=True)
class AgendaItem:
    id: str
    meeting_id: str
    position: int
    kind: AgendaKind
    planned_minutes: float
    title: str = ""
    speaker_id: str | None = None
    unit_id: str | None = None
    actual_seconds: float | None = None

    @property
    def overrun_seconds(self) -> float | None:
        if self.actual_seconds is None:
            return None
        return self.actual_seconds - self.planned_minutes * 60

    def overran(self, tolerance: float = OVERRUN_TOLERANCE) -> bool:
        """Over its allotted time by more than `tolerance` (a share of the planned time)."""
        over = self.overrun_seconds
        return over is not None and over > self.planned_minutes * 60 * tolerance


@dataclass(frozen=True)
class AgendaPlan:
    planned_minutes: float
    meeting_minutes: float

    @property
    def spare_minutes(self) -> float:
        return self.meeting_minutes - self.planned_minutes

    @property
    def over(self) -> bool:
        return self.spare_minutes < 0


def agenda_plan(items: Iterable[AgendaItem], meeting_minutes: float) -> AgendaPlan:
    """Planned agenda total against the meeting length ("is there time for all of it?")."""
    return AgendaPlan(sum(item.planned_minutes for item in items), meeting_minutes)


def actual_minutes(items: Iterable[AgendaItem]) -> float | None:
    """Minutes the timed items actually took; None while no item has been timed."""
    timed = [item.actual_seconds for item in items if item.actual_seconds is not None]
    return sum(timed) / 60 if timed else None
