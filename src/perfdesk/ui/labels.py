"""Display names of the domain's enum values, translated.

One table for every tab and dialog, so a status reads the same everywhere
(how a KPI status looks — shape, word, colour — is in ui/widgets/status.py).
The texts are marked with QT_TRANSLATE_NOOP for lupdate and translated when shown.
"""

from __future__ import annotations

import enum
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from perfdesk.core.kpi import Aggregation, Direction, Perspective, Status
from perfdesk.core.org import CommitteeRole, UnitKind

_CONTEXT = "Labels"

# QT_TRANSLATE_NOOP returns its text; its stub says object.
_LABELS: dict[enum.Enum, Any] = {
    UnitKind.COMPANY: QT_TRANSLATE_NOOP("Labels", "Company"),
    UnitKind.DIVISION: QT_TRANSLATE_NOOP("Labels", "Division"),
    UnitKind.DEPARTMENT: QT_TRANSLATE_NOOP("Labels", "Department"),
    UnitKind.REGION: QT_TRANSLATE_NOOP("Labels", "Region"),
    UnitKind.TEAM: QT_TRANSLATE_NOOP("Labels", "Team"),
    CommitteeRole.CHAIR: QT_TRANSLATE_NOOP("Labels", "Committee chair"),
    CommitteeRole.VICE_CHAIR: QT_TRANSLATE_NOOP("Labels", "Vice chair"),
    CommitteeRole.SECRETARY: QT_TRANSLATE_NOOP("Labels", "Committee secretary"),
    CommitteeRole.REPRESENTATIVE: QT_TRANSLATE_NOOP("Labels", "Department representative"),
    Direction.HIGHER: QT_TRANSLATE_NOOP("Labels", "Higher is better"),
    Direction.LOWER: QT_TRANSLATE_NOOP("Labels", "Lower is better"),
    Direction.RANGE: QT_TRANSLATE_NOOP("Labels", "Within range"),
    Aggregation.SUM: QT_TRANSLATE_NOOP("Labels", "Sum"),
    Aggregation.AVERAGE: QT_TRANSLATE_NOOP("Labels", "Average"),
    Aggregation.LAST: QT_TRANSLATE_NOOP("Labels", "Last value"),
    Aggregation.RATIO: QT_TRANSLATE_NOOP("Labels", "Ratio"),
    Perspective.FINANCIAL: QT_TRANSLATE_NOOP("Labels", "Financial"),
    Perspective.CUSTOMER: QT_TRANSLATE_NOOP("Labels", "Customer"),
    Perspective.PROCESS: QT_TRANSLATE_NOOP("Labels", "Internal process"),
    Perspective.LEARNING: QT_TRANSLATE_NOOP("Labels", "Learning and growth"),
    Status.GREEN: QT_TRANSLATE_NOOP("Labels", "On target"),
    Status.AMBER: QT_TRANSLATE_NOOP("Labels", "Warning"),
    Status.RED: QT_TRANSLATE_NOOP("Labels", "Below target"),
    Status.MISSING: QT_TRANSLATE_NOOP("Labels", "No data"),
    Status.INCOMPLETE: QT_TRANSLATE_NOOP("Labels", "Incomplete"),
}


def _meeting_and_action_labels() -> dict[enum.Enum, Any]:
    """The meetings' and actions' labels, read on first use: the first screen (goals)
    shows none, and importing their modules costs ~10 ms of start-up."""
    from perfdesk.core.actions import ActionStatus
    from perfdesk.core.meeting import AgendaKind, Attendance, Cause, MeetingKind, MeetingStatus

    return {
        MeetingKind.MONTHLY: QT_TRANSLATE_NOOP("Labels", "Monthly review"),
        MeetingKind.QUARTERLY: QT_TRANSLATE_NOOP("Labels", "Quarterly review"),
        MeetingKind.HALF_YEAR: QT_TRANSLATE_NOOP("Labels", "Half-year review"),
        MeetingKind.AD_HOC: QT_TRANSLATE_NOOP("Labels", "Ad hoc meeting"),
        MeetingStatus.PLANNED: QT_TRANSLATE_NOOP("Labels", "Planned"),
        MeetingStatus.RUNNING: QT_TRANSLATE_NOOP("Labels", "Running"),
        MeetingStatus.ENDED: QT_TRANSLATE_NOOP("Labels", "Ended"),
        AgendaKind.OPENING: QT_TRANSLATE_NOOP("Labels", "Opening"),
        AgendaKind.ACTION_REVIEW: QT_TRANSLATE_NOOP("Labels", "Review of last actions"),
        AgendaKind.SPEAKER: QT_TRANSLATE_NOOP("Labels", "Department report"),
        AgendaKind.DISCUSSION: QT_TRANSLATE_NOOP("Labels", "Free discussion"),
        AgendaKind.BUFFER: QT_TRANSLATE_NOOP("Labels", "Buffer"),
        AgendaKind.CLOSING: QT_TRANSLATE_NOOP("Labels", "Closing"),
        Attendance.PRESENT: QT_TRANSLATE_NOOP("Labels", "Present"),
        Attendance.LATE: QT_TRANSLATE_NOOP("Labels", "Late"),
        Attendance.ABSENT: QT_TRANSLATE_NOOP("Labels", "Absent"),
        Attendance.EXCUSED: QT_TRANSLATE_NOOP("Labels", "Excused"),
        Cause.INTERNAL: QT_TRANSLATE_NOOP("Labels", "Internal"),
        Cause.EXTERNAL: QT_TRANSLATE_NOOP("Labels", "External"),
        ActionStatus.DRAFT: QT_TRANSLATE_NOOP("Labels", "Draft"),
        ActionStatus.SUBMITTED: QT_TRANSLATE_NOOP("Labels", "Submitted for review"),
        ActionStatus.RETURNED: QT_TRANSLATE_NOOP("Labels", "Returned for revision"),
        ActionStatus.OPEN: QT_TRANSLATE_NOOP("Labels", "Open"),
        ActionStatus.DONE: QT_TRANSLATE_NOOP("Labels", "Done"),
        ActionStatus.VERIFIED: QT_TRANSLATE_NOOP("Labels", "Verified"),
        ActionStatus.NOT_ACHIEVED: QT_TRANSLATE_NOOP("Labels", "Not achieved"),
        ActionStatus.OVERDUE: QT_TRANSLATE_NOOP("Labels", "Overdue"),
        ActionStatus.CANCELLED: QT_TRANSLATE_NOOP("Labels", "Cancelled"),
    }


def label(value: enum.Enum) -> str:
    text = _LABELS.get(value)
    if text is None:
        _LABELS.update(_meeting_and_action_labels())
        text = _LABELS[value]
    return QCoreApplication.translate(_CONTEXT, str(text))
