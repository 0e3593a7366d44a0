"""What the parts of a demo build share: the build context and the records they pass on.

Owns `Context` (the target connection, the language, size and calendar of the build, the
one random source every id and number is drawn from, and writing stamped rows with a
bare `executemany`), the records one part hands to the next (`Person`, `Team`, `Dept`,
`Division` and `Org` from the organisation, `Goal` from the plan) and `kpi_value`, the
value achieving a given share of a target.
Every random draw goes through `Context.rng` in a fixed order, so one seed and one
`today` give identical tables.
"""

from __future__ import annotations

import datetime
import random
import sqlite3
import uuid
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from typing import Any, TypeVar

from perfdesk.core.kpi import Direction, achievement
from perfdesk.core.kpi_library import StandardKpi
from perfdesk.core.numbers import format_kpi_value

_T = TypeVar("_T")


@dataclass(eq=False)
class Context:
    """One build: where rows go, in which language and size, as of which day."""

    conn: sqlite3.Connection  # the document's connection, inside its build transaction
    lang: str
    size: str
    today: datetime.date
    months: int  # how many months of today's year get actuals (see actual_months)
    rng: random.Random
    zh: bool = field(init=False)
    year: int = field(init=False)
    stamp: int = field(init=False)  # created and stamp of every row (ms, today 00:00 UTC)
    goal_keys: int = field(init=False, default=0)  # the last local goal key handed out
    ended: list[str] = field(init=False, default_factory=list)  # meetings to end last

    def __post_init__(self) -> None:
        self.zh, self.year = self.lang == "zh", self.today.year
        midnight = datetime.datetime.combine(self.today, datetime.time(), datetime.UTC)
        self.stamp = int(midnight.timestamp() * 1000)

    def new_id(self) -> str:
        return str(uuid.UUID(int=self.rng.getrandbits(128), version=4))

    def t(self, pair: Sequence[_T]) -> _T:
        """The build's language out of a (Chinese, English) pair."""
        return pair[0] if self.zh else pair[1]

    def next_goal_key(self) -> int:
        self.goal_keys += 1
        return self.goal_keys

    def put(
        self, table: str, columns: str, rows: Iterable[Sequence[Any]], entity: bool = True
    ) -> None:
        """Insert rows given as tuples in the order of `columns`; stamps and source (this
        document, 1) are added, and `created` too for entities (values have none)."""
        tail = (self.stamp, self.stamp, 1) if entity else (self.stamp, 1)
        names = [*columns.split(), *(("created",) if entity else ()), "stamp", "source"]
        if table == "meetings" and "status" in names:
            rows = self._held(names, rows)
        sql = f"INSERT INTO {table} ({', '.join(names)}) VALUES ({', '.join('?' * len(names))})"
        self.conn.executemany(sql, ((*row, *tail) for row in rows))

    def _held(self, names: list[str], rows: Iterable[Sequence[Any]]) -> list[Sequence[Any]]:
        """Ended meetings go in as planned and end in `close_meetings`: the history is
        written in story order (issues after their meeting), and an ended meeting's
        record is frozen by the schema's triggers."""
        at, kept = names.index("status"), []
        for row in rows:
            if row[at] == "ended":
                self.ended.append(str(row[names.index("id")]))
                row = (*row[:at], "planned", *row[at + 1 :])
            kept.append(row)
        return kept

    def close_meetings(self) -> None:
        """End the meetings held, their KPI figures frozen first as run mode freezes them
        at the start (the meeting's record shows them; ended meetings refuse it)."""
        from types import SimpleNamespace

        from perfdesk.store.ops.meeting_run import freeze_kpis
        from perfdesk.store.repo_meetings import agenda

        writer = SimpleNamespace(conn=self.conn, stamp=self.stamp, source=1)
        for meeting_id in self.ended:
            row = self.conn.execute("SELECT period FROM meetings WHERE id = ?", (meeting_id,))
            items = [item for item, _speaker, _unit in agenda(self.conn, meeting_id)]
            freeze_kpis(writer, meeting_id, row.fetchone()[0], items)
        self.conn.executemany(
            "UPDATE meetings SET status = 'ended' WHERE id = ?", ((i,) for i in self.ended)
        )
        self.ended.clear()

    def insert(self, table: str, columns: str, rows: Iterable[Sequence[Any]]) -> None:
        """Insert rows that already carry every column named, stamps and source included."""
        names = columns.split()
        sql = f"INSERT INTO {table} ({', '.join(names)}) VALUES ({', '.join('?' * len(names))})"
        self.conn.executemany(sql, rows)


@dataclass(eq=False)
class Person:
    id: str
    name: str
    kpis: tuple[tuple[str, int], ...]  # (KPI code, weight)


@dataclass(eq=False)
class Team:
    """A team or (in a sales department) an area: its members, their lead first."""

    id: str
    name: str
    members: list[Person] = field(default_factory=list)


@dataclass(eq=False)
class Dept:
    id: str
    spec: dict[str, Any]  # its kind in names_org.KINDS (and its layout, size "company")
    name: str
    manager: Person
    people: list[Person]  # manager first
    leads: list[Person] = field(default_factory=list)  # one per team
    teams: list[Team] = field(default_factory=list)
    division: Division | None = None


@dataclass(eq=False)
class Division:
    id: str
    key: str  # in names_company.DIVISIONS
    name: str
    head: Person
    depts: list[Dept] = field(default_factory=list)


@dataclass(eq=False)
class Org:
    """The organisation as built: the company unit, its executives, its departments."""

    company_id: str
    execs: list[Person]  # general manager, deputy, secretary of the committee
    depts: list[Dept]
    divisions: list[Division] = field(default_factory=list)  # size "company" only
    teams_hold_goals: bool = False  # size "company": company -> department -> team -> person


@dataclass(eq=False)
class Goal:
    id: str
    key: int  # the goal's local integer key, which its period values use
    kpi: StandardKpi
    kpi_id: str  # the id of the KPI's row in this document
    owner_id: str
    weight: int
    target: int  # yearly target in minor units (10 ** decimals)
    months: list[int]  # monthly targets in minor units
    parent: Goal | None = None
    person: bool = False
    actual: dict[int, int] = field(default_factory=dict)  # by month, in minor units

    def value(self, minor: int) -> float:
        return minor / 10.0**self.kpi.decimals

    def fmt(self, minor: int, lang: str) -> str:
        """A value in minor units for display, with the KPI's unit."""
        return format_kpi_value(self.value(minor), self.kpi.decimals, self.kpi.unit(lang), lang)

    def rate(self, m: int) -> float:
        """Month m's achievement; 1.0 when it has none."""
        rate = achievement(self.kpi.direction, self.months[m - 1], self.actual.get(m))
        return 1.0 if rate is None else rate


Goals = dict[tuple[str, str], Goal]  # by (owner id, KPI code)


def kpi_value(kpi: StandardKpi, target: int, factor: float) -> int:
    """The value (minor units) achieving `factor` of `target`, inside the KPI's range."""
    value = round(target * factor if kpi.direction is Direction.HIGHER else target / factor)
    scale = 10**kpi.decimals
    if kpi.min_value is not None:
        value = max(value, round(kpi.min_value * scale))
    if kpi.max_value is not None:
        value = min(value, round(kpi.max_value * scale))
    return value
