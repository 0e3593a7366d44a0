"""What the tabs share about the open document: names, KPIs and the period in focus.

Loaded once per open (a few thousand rows even for a company file) so every
tab can name units, people and KPIs without its own query.
"""

from __future__ import annotations

import datetime
from dataclasses import dataclass, field

from perfdesk.core.kpi import Kpi
from perfdesk.core.org import OrgUnit, Person
from perfdesk.core.periods import Granularity, Period, parse_period
from perfdesk.store.document import Document
from perfdesk.store.repo_goals import latest_actual_period
from perfdesk.store.repo_kpi import load_kpis
from perfdesk.store.repo_org import load_people, load_units


@dataclass
class DocumentContext:
    doc: Document
    language: str
    focus: Period
    units: dict[str, OrgUnit] = field(default_factory=dict)
    people: dict[str, Person] = field(default_factory=dict)
    kpis: dict[str, Kpi] = field(default_factory=dict)

    @classmethod
    def load(
        cls, doc: Document, language: str, today: datetime.date | None = None
    ) -> DocumentContext:
        latest = latest_actual_period(doc.conn)
        focus = (
            parse_period(latest)
            if latest
            else Period.of(today or datetime.date.today(), Granularity.MONTH)
        )
        context = cls(doc, language, focus)
        context.reload_names()
        return context

    def reload_names(self) -> None:
        self.units = {u.id: u for u in load_units(self.doc.conn)}
        self.people = {p.id: p for p in load_people(self.doc.conn)}
        self.kpis = load_kpis(self.doc.conn, english=self.language == "en")

    @property
    def english(self) -> bool:
        return self.language == "en"

    @property
    def year(self) -> str:
        return str(self.focus.year)

    def owner_name(self, owner_id: str | None) -> str:
        if owner_id is None:
            return ""
        if owner_id in self.people:
            return self.people[owner_id].name
        unit = self.units.get(owner_id)
        return unit.name if unit else ""

    def months_of_year(self) -> list[Period]:
        return Period(Granularity.YEAR, self.focus.year).children(Granularity.MONTH)

    def months_to_focus(self) -> list[Period]:
        """The focus year's months up to and including the month in focus."""
        return [m for m in self.months_of_year() if m.start <= self.focus.end]
