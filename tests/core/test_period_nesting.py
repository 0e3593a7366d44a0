"""Which period belongs to which: belongs_to, Period.contains and is_month_key agree with
children() and parent(), weeks included (ISO Thursday rule)."""

from __future__ import annotations

import datetime

import pytest
from hypothesis import given
from hypothesis import strategies as st

from perfdesk.core.periods import (
    Granularity,
    Period,
    PeriodError,
    belongs_to,
    is_month_key,
    parse_period,
)

G = Granularity
D = datetime.date


def test_year_children_weeks_belong_to_the_year() -> None:
    year = parse_period("2026")
    weeks = [w.key for w in year.children(G.WEEK)]
    # 2026-W01 starts on 29 Dec 2025 and 2026-W53 ends on 3 Jan 2027, yet both are 2026's.
    assert weeks[0] == "2026-W01" and weeks[-1] == "2026-W53"
    assert belongs_to("2026-W01", "2026")
    assert belongs_to("2026-W53", "2026")
    assert year.contains(parse_period("2026-W01"))
    assert year.contains(parse_period("2026-W53"))
    assert not belongs_to("2026-W01", "2025")
    assert not belongs_to("2026-W53", "2027")


@pytest.mark.parametrize(
    ("child", "parent", "expected"),
    [
        ("2026-W53", "2026-H2", True),
        ("2026-W53", "2026-Q4", True),
        ("2026-W53", "2026-12", True),
        ("2026-W01", "2026-H1", True),
        ("2026-W01", "2026-Q1", True),
        ("2026-W01", "2026-01", True),
        ("2026-W01", "2025-12", False),
        ("2026-W40", "2026-10", True),  # Sep 28 - Oct 4, Thursday Oct 1
        ("2026-W40", "2026-09", False),
        ("2026-W40", "2026-Q4", True),
        ("2026-W40", "2026-Q3", False),
        ("2026-10-D2", "2026-10", True),
        ("2026-10-D2", "2026-Q4", True),
        ("2026-10-D2", "2026-H2", True),
        ("2026-10-D2", "2026", True),
        ("2026-10-D2", "2026-11", False),
        ("2026-10", "2026-Q4", True),
        ("2026-10", "2026-Q3", False),
        ("2026-Q3", "2026-H2", True),
        ("2026-Q2", "2026-H2", False),
        ("2026-H1", "2026", True),
        ("2026-10", "2026-10", True),  # a period belongs to itself
        ("2026", "2026-10", False),  # coarser never belongs to finer
        ("2026-10-D1", "2026-W40", False),  # ten-day periods and weeks do not nest
        ("2026-W41", "2026-10-D1", False),
        ("2026-W41", "2026-W42", False),
    ],
)
def test_belongs_to(child: str, parent: str, expected: bool) -> None:
    assert belongs_to(child, parent) is expected
    assert parse_period(parent).contains(parse_period(child)) is expected


@pytest.mark.parametrize("bad", ["2026-w41", "Oct 2026", "2026年", "2025-W53", ""])
def test_belongs_to_refuses_non_canonical_keys(bad: str) -> None:
    with pytest.raises(PeriodError):
        belongs_to(bad, "2026")
    with pytest.raises(PeriodError):
        belongs_to("2026-10", bad)


def test_contains_dates_stays_date_based() -> None:
    october = parse_period("2026-10")
    assert october.contains(D(2026, 10, 31))
    # 28-30 Sep are in 2026-W40, which belongs to October; the days themselves do not.
    assert not october.contains(D(2026, 9, 28))


@pytest.mark.parametrize(
    ("key", "expected"),
    [
        ("2026-10", True),
        ("2026-01", True),
        ("2026-Q1", False),
        ("2026-H1", False),
        ("2026-W41", False),
        ("2026-10-D2", False),
        ("2026", False),
        ("2026-13", False),
        ("2026-1", False),
        ("Oct 2026", False),
        ("", False),
    ],
)
def test_is_month_key(key: str, expected: bool) -> None:
    assert is_month_key(key) is expected


# --- Properties: belongs_to agrees with children() and parent() for every pair ---------------

# Keep the parent's neighbours inside the supported years.
days = st.dates(min_value=D(1901, 2, 1), max_value=D(2998, 11, 30))
pairs = [(fine, coarse) for fine in G for coarse in G if coarse.rank < fine.rank]


@given(days, st.sampled_from(pairs))
def test_belongs_to_agrees_with_parent(day: D, pair: tuple[G, G]) -> None:
    fine, coarse = pair
    child = Period.of(day, fine)
    parent = child.parent(coarse)
    assert belongs_to(child.key, parent.key)
    assert parent.contains(child)
    for neighbour in (parent.previous(), parent.next()):
        assert not belongs_to(child.key, neighbour.key)
        assert not neighbour.contains(child)


@given(days, st.sampled_from(pairs))
def test_belongs_to_agrees_with_children(day: D, pair: tuple[G, G]) -> None:
    fine, coarse = pair
    parent = Period.of(day, coarse)
    children = parent.children(fine)
    assert all(belongs_to(c.key, parent.key) for c in children)
    # The finer periods just around the parent's ends belong to it exactly when listed.
    edges = [children[0].previous(), children[0], children[-1], children[-1].next()]
    for candidate in edges:
        assert belongs_to(candidate.key, parent.key) is (candidate in children)


@given(days, st.sampled_from(list(G)), st.integers(-400, 400), st.sampled_from(list(G)))
def test_belongs_to_matches_children_for_any_two_periods(
    day: D, g_a: G, offset: int, g_b: G
) -> None:
    # Nearby days, so that the two periods are often related.
    a, b = Period.of(day, g_a), Period.of(day + datetime.timedelta(days=offset), g_b)
    listed = a == b or (a.granularity.rank > b.granularity.rank and a in b.children(g_a))
    assert belongs_to(a.key, b.key) is listed
    assert b.contains(a) is listed


@given(days, st.sampled_from(list(G)))
def test_is_month_key_matches_granularity(day: D, granularity: G) -> None:
    assert is_month_key(Period.of(day, granularity).key) is (granularity is G.MONTH)
