"""Meeting-effectiveness figures for the record, from the replayed clock: planned against
actual time per item, the overrun, the share of time spent reporting (speaker items)
against questioning and solving (discussion, issue solving), and issues per department.

Pure Python: no Qt, no SQL.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass

from perfdesk.core.meeting import AgendaItem, AgendaKind
from perfdesk.core.meeting_clock import ClockState

REPORTING_KINDS = frozenset({AgendaKind.SPEAKER.value})
QUESTIONING_KINDS = frozenset({AgendaKind.DISCUSSION.value, "issues", "issue_solving"})


@dataclass(frozen=True)
class ItemFigures:
    item_id: str
    planned_seconds: float
    actual_seconds: float
    skipped: bool

    @property
    def overrun_seconds(self) -> float:
        return max(0.0, self.actual_seconds - self.planned_seconds)


@dataclass(frozen=True)
class Effectiveness:
    items: tuple[ItemFigures, ...]
    reporting_seconds: float
    questioning_seconds: float
    other_seconds: float
    issues_per_unit: Mapping[str, int]

    @property
    def planned_seconds(self) -> float:
        return sum(item.planned_seconds for item in self.items)

    @property
    def actual_seconds(self) -> float:
        return sum(item.actual_seconds for item in self.items)

    @property
    def overrun_minutes(self) -> float:
        return sum(item.overrun_seconds for item in self.items) / 60

    def share(self, seconds: float) -> float | None:
        total = self.reporting_seconds + self.questioning_seconds + self.other_seconds
        return seconds / total if total > 0 else None

    @property
    def reporting_share(self) -> float | None:
        """Time spent reporting (speaker items) as a share of all time spent."""
        return self.share(self.reporting_seconds)

    @property
    def questioning_share(self) -> float | None:
        """Time spent questioning and solving (discussion, issue solving)."""
        return self.share(self.questioning_seconds)


def effectiveness(
    items: Sequence[AgendaItem],
    state: ClockState,
    issue_units: Iterable[str | None] = (),
) -> Effectiveness:
    """Planned against actual per item in the running order, the overrun, the share of
    time reporting against questioning, and issues per responsible unit ("" for none)."""
    kinds = {item.id: str(item.kind) for item in items}
    figures = []
    spent = {"reporting": 0.0, "questioning": 0.0, "other": 0.0}
    for item_id in state.order:
        timing = state.items[item_id]
        figures.append(
            ItemFigures(item_id, timing.planned_seconds, timing.elapsed_seconds, timing.skipped)
        )
        kind = kinds.get(item_id, "")
        bucket = (
            "reporting"
            if kind in REPORTING_KINDS
            else "questioning"
            if kind in QUESTIONING_KINDS
            else "other"
        )
        spent[bucket] += timing.elapsed_seconds
    per_unit: dict[str, int] = {}
    for unit in issue_units:
        per_unit[unit or ""] = per_unit.get(unit or "", 0) + 1
    return Effectiveness(
        tuple(figures), spent["reporting"], spent["questioning"], spent["other"], per_unit
    )
