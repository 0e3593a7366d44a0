"""What the tabs share about the open document: names, KPIs, the selection and the period.

The selection (`holder`: the unit or person picked in any tab) and the period in
focus are one for the whole window; the period stays between `first_month` and
`last_month`, the last month with actuals, so no view shows months with no data.

Loaded once per open (a few thousand rows even for a company file) so every
tab can name units, people and KPIs without its own query.
"""

from __future__ import annotations

import datetime

from perfdesk.core.kpi import Kpi
from perfdesk.core.org import OrgUnit, Person, unit_path
from perfdesk.core.periods import Granularity, Period, parse_period
from perfdesk.store.document import Document
from perfdesk.store.repo_goals import first_goal_year, latest_actual_period
from perfdesk.store.repo_kpi import load_kpis
from perfdesk.store.repo_org import load_people, load_units
from perfdesk.ui.text import plain

_CRUMB_LIMIT = 60  # per name: a path of long names is still elided by its label


class DocumentContext:
    # A plain class rather than a dataclass: a dataclass writes and compiles its methods
    # at import, ~0.8 ms of every start, and one context is made per open.
    def __init__(self, doc: Document, language: str, focus: Period) -> None:
        self.doc = doc
        self.language = language
        self.focus = focus
        self.units: dict[str, OrgUnit] = {}
        self.people: dict[str, Person] = {}
        self.kpis: dict[str, Kpi] = {}
        self.holder: str | None = None
        self.first_month: Period | None = None
        self.last_month: Period | None = None
        self._first_year: int | None = None

    def __repr__(self) -> str:
        return f"DocumentContext({self.doc!r}, {self.language!r}, focus={self.focus.key!r})"

    @classmethod
    def load(
        cls, doc: Document, language: str, today: datetime.date | None = None
    ) -> DocumentContext:
        context = cls(doc, language, Period.of(today or datetime.date.today(), Granularity.MONTH))
        context.reload_bounds(today)
        if context.last_month is not None:
            context.focus = context.last_month
        context.reload_names()
        return context

    def reload_bounds(self, today: datetime.date | None = None, goals: bool = True) -> None:
        """The months the period selector offers: from the first goal year to the last data.

        `goals=False` (only values changed): the first goal year is kept, not looked up
        again (a scan of every goal, ~10 ms on a company file).
        """
        latest = latest_actual_period(self.doc.conn)
        last = parse_period(latest) if latest else None
        if last is None or last.granularity is not Granularity.MONTH:
            last = Period.of(today or datetime.date.today(), Granularity.MONTH)
        if goals or self._first_year is None:
            self._first_year = first_goal_year(self.doc.conn)
        first_year = self._first_year or last.year
        self.first_month = Period.of(
            datetime.date(min(first_year, last.year), 1, 1), Granularity.MONTH
        )
        self.last_month = last

    def periods_in_bounds(self, granularity: Granularity) -> list[Period]:
        """The months, quarters or years the period selector offers, oldest first: those
        that start before the last month with data ends."""
        if self.first_month is None or self.last_month is None:
            return [self.focus]
        periods = []
        period = _within(self.first_month, granularity)
        while period.start <= self.last_month.start:
            periods.append(period)
            period = period.next()
        return periods

    def clamp(self, period: Period) -> Period:
        """`period` moved inside the months with data (a quarter or year: the one holding
        the first or last month)."""
        if self.last_month is not None and self.last_month.start < period.start:
            return _within(self.last_month, period.granularity)
        if self.first_month is not None and period.end < self.first_month.start:
            return _within(self.first_month, period.granularity)
        return period

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

    def breadcrumb(self, holder_id: str | None) -> str:
        """Where a holder sits: "集团 / 上海销售部 / 销售一组" (a person's name last)."""
        if holder_id is None:
            return ""
        person = self.people.get(holder_id)
        unit_id = person.unit_id if person is not None else holder_id
        names = [plain(unit.name, _CRUMB_LIMIT) for unit in unit_path(unit_id, self.units)]
        if person is not None:
            names.append(plain(person.name, _CRUMB_LIMIT))
        return " / ".join(names) if names else plain(self.owner_name(holder_id))

    def months_of_year(self) -> list[Period]:
        return Period(Granularity.YEAR, self.focus.year).children(Granularity.MONTH)

    def months_to_focus(self) -> list[Period]:
        """The focus year's months up to the end of the period in focus (a month, a
        quarter or the year), never past the last month with data."""
        end = self.focus.end
        if self.last_month is not None and self.last_month.end < end:
            end = self.last_month.end
        return [m for m in self.months_of_year() if m.start <= end]

    def focus_months(self) -> list[Period]:
        """The months of the period in focus (one for a month; a quarter's three, also
        those after the last data, which `months_to_focus` leaves out of judging)."""
        if self.focus.granularity is Granularity.MONTH:
            return [self.focus]
        return self.focus.children(Granularity.MONTH)


def _within(month: Period, granularity: Granularity) -> Period:
    """The period of `granularity` that holds `month` (the month itself for MONTH)."""
    return month if month.granularity is granularity else month.parent(granularity)
