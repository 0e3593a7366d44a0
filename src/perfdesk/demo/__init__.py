"""Demo documents: a realistic .perfdesk file built from a seed.

Owns `build_demo`, which writes a whole document in one transaction. Size "small" (the
seeds' committee): the company -> the six departments of the seeds' committee -> teams
-> people, with the committee roles; goals decomposed company -> department -> person;
the two past monthly review meetings. Size "company" (the scale of a consolidated
group file: 50 departments, ~2,000 people, 5 years of monthly values): the group -> HR
and finance centres, a 营销事业部 (marketing, customer service, e-commerce and 28
provincial sales departments split into city areas) and a 制造中心 (7 plants with their
workshops, a quality department per plant, central quality, purchasing, planning &
logistics); goals decomposed company -> department -> team or area -> person; and a
year of meetings: each division's monthly review, the quarterly group review and three
sales departments' own monthly reviews, with hundreds of issues and actions in every
state. Both sizes have the full standard KPI library, weights summing to 100 per
holder, additive targets splitting exactly, monthly targets and actuals with a story (a
weak department red for four months, recovering in the last one; people red in the
last two months; strong beats), deviation notes, attendance, timed agendas, issues,
improvement actions and 10-day reports (旬报), and employee numbers (工号).

The parts, in build order: `organisation` (org units and people), `plan` (KPIs, goals,
targets, actuals, deviation notes), `meetings` (small) or `reviews` and `followup`
(company): meetings, agenda, attendees, issues, actions, 10-day reports; `context` holds
what they share. Names and texts live in `names_org`, `names_company`, `names_review`,
`names_issues` and `names_company_issues`.

Calendar rules (today = `today`):
- goals for today's year (size "company": that year and the four before it);
- actual months of today's year: 1..10 in November and December, otherwise every
  month before today's, at least January; earlier years have all 12 months;
- the small demo's meetings review the month before today's, capped at the last actual
  month, and the month before that (in January: November and December of last year);
  each is held on the first weekday from the 3rd of the next month, never after `today`;
  the company's cover the ten months up to that one (see `reviews`).
Every id comes from random.Random(seed) (library KPIs: from their code) and every
`created` and `stamp` is today at 00:00 UTC, so one seed and one `today` give identical
tables (meta and sources aside: the document id and clock come from Document.create).
Rows go in with bare `executemany`, goal values in primary-key order.
"""

from __future__ import annotations

import datetime
import random
import sqlite3
from collections.abc import Callable
from pathlib import Path

from perfdesk.demo.context import Context, Goals
from perfdesk.demo.meetings import hold_meetings
from perfdesk.demo.names_org import COMPANY
from perfdesk.demo.organisation import build_organisation
from perfdesk.demo.plan import deviation_notes, plan_goals, simulate, write_kpis, write_year
from perfdesk.demo.reviews import hold_reviews
from perfdesk.store.document import Document

__all__ = ["LANGS", "SIZES", "actual_months", "build_demo"]

LANGS = ("zh", "en")
SIZES = ("small", "company")
_YEARS = {"small": 1, "company": 5}  # years with goals, ending with today's


def actual_months(today: datetime.date) -> int:
    """How many months of today's year get actuals: 1..N (see the module docstring)."""
    return 10 if today.month >= 11 else max(today.month - 1, 1)


def build_demo(
    path: Path | str,
    *,
    lang: str = "zh",
    size: str = "small",
    seed: int = 2026,
    today: datetime.date | None = None,
    progress: Callable[[str], None] | None = None,
) -> Path:
    """Write a demo document at `path` (which must not exist) and return the path."""
    if lang not in LANGS:
        raise ValueError(f"unknown language {lang!r} (use one of {', '.join(LANGS)})")
    if size not in SIZES:
        raise ValueError(f"unknown size {size!r} (use one of {', '.join(SIZES)})")
    path = Path(path)
    if path.exists():
        raise FileExistsError(f"{path} already exists")
    today = today or datetime.date.today()
    doc = Document.create(path, name=COMPANY[size][LANGS.index(lang)])
    try:
        doc.conn.execute("PRAGMA cache_size = -262144")  # 256 MB: the indexes stay in memory
        with doc.transaction() as conn:
            ctx = Context(conn, lang, size, today, actual_months(today), random.Random(seed))
            _build(ctx, progress or (lambda _msg: None))
            conn.executemany(
                "UPDATE meta SET value = ? WHERE key = ?",
                [
                    (f"{ctx.year}-{ctx.months:02d}", "latest_actual_month"),
                    (org_id(conn), "unit_id"),
                ],
            )
    except BaseException:
        doc.close()
        path.unlink(missing_ok=True)
        raise
    doc.close()
    return path


def org_id(conn: sqlite3.Connection) -> str:
    """The company unit: a demo document speaks for the whole company."""
    return str(conn.execute("SELECT id FROM org_units WHERE kind = 'company'").fetchone()[0])


def _build(ctx: Context, progress: Callable[[str], None]) -> None:
    """Every part in turn; the order is part of the result (one random source)."""
    progress("organisation…")
    org = build_organisation(ctx)
    progress("KPI library…")
    kpi_ids = write_kpis(ctx)
    goals: dict[int, Goals] = {}
    for year in range(ctx.year - _YEARS[ctx.size] + 1, ctx.year + 1):
        progress(f"goals {year}…")
        goals[year] = plan_goals(ctx, org, kpi_ids, year)
        progress(f"actuals {year}…")
        simulate(ctx, org, goals[year], ctx.months if year == ctx.year else 12)
        write_year(ctx, goals[year], year)
        goals.pop(year - 2, None)  # the meetings look back a year at most
    progress("deviation notes…")
    deviation_notes(ctx, org, goals[ctx.year])  # on today's year
    progress("meetings…")
    if ctx.size == "small":
        hold_meetings(ctx, org, goals[ctx.year])
    else:
        hold_reviews(ctx, org, goals)
    ctx.close_meetings()
