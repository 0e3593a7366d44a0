"""Tests for perfdesk.core.periods: keys, parsing, formatting and calendar maths."""

from __future__ import annotations

import datetime
import itertools

import pytest
from hypothesis import given
from hypothesis import strategies as st

from perfdesk.core.periods import (
    Granularity,
    Period,
    PeriodError,
    format_period,
    granularity_of,
    parse_period,
    periods_between,
)

G = Granularity
D = datetime.date


def iso_weeks(year: int) -> int:
    """Number of ISO weeks, worked out independently of the module under test."""
    try:
        D.fromisocalendar(year, 53, 1)
    except ValueError:
        return 52
    return 53


# --- Granularity -------------------------------------------------------------------------------


def test_granularity_values_and_ranks() -> None:
    assert [g.value for g in G] == ["year", "half", "quarter", "month", "ten_day", "week"]
    assert G.YEAR.rank == 0
    assert G.YEAR.rank < G.HALF.rank < G.QUARTER.rank < G.MONTH.rank
    assert G.MONTH.rank < G.TEN_DAY.rank
    assert G.MONTH.rank < G.WEEK.rank
    assert G("ten_day") is G.TEN_DAY


# --- Parsing -----------------------------------------------------------------------------------

CANONICAL = [
    ("2026", Period(G.YEAR, 2026)),
    ("2026-H1", Period(G.HALF, 2026, 1)),
    ("2026-H2", Period(G.HALF, 2026, 2)),
    ("2026-Q3", Period(G.QUARTER, 2026, 3)),
    ("2026-10", Period(G.MONTH, 2026, 10)),
    ("2026-01", Period(G.MONTH, 2026, 1)),
    ("2026-10-D1", Period(G.TEN_DAY, 2026, 10, 1)),
    ("2026-10-D2", Period(G.TEN_DAY, 2026, 10, 2)),
    ("2026-10-D3", Period(G.TEN_DAY, 2026, 10, 3)),
    ("2026-W41", Period(G.WEEK, 2026, 41)),
    ("2026-W01", Period(G.WEEK, 2026, 1)),
    ("2026-W53", Period(G.WEEK, 2026, 53)),
]


@pytest.mark.parametrize(("key", "expected"), CANONICAL)
def test_parse_canonical_keys(key: str, expected: Period) -> None:
    assert parse_period(key) == expected
    assert expected.key == key
    assert str(expected) == key
    assert granularity_of(key) is expected.granularity


@pytest.mark.parametrize(("key", "expected"), CANONICAL)
def test_parse_canonical_keys_case_and_whitespace_insensitive(key: str, expected: Period) -> None:
    assert parse_period(key.lower()) == expected
    assert parse_period(f"  {key.lower()}\t\n") == expected


@pytest.mark.parametrize(
    ("text", "key"),
    [
        ("2026年", "2026"),
        ("2026年上半年", "2026-H1"),
        ("2026年下半年", "2026-H2"),
        ("2026上半年", "2026-H1"),
        ("2026年第3季度", "2026-Q3"),
        ("2026年第三季度", "2026-Q3"),
        ("2026年3季度", "2026-Q3"),
        ("2026年Q3", "2026-Q3"),
        ("2026年q3", "2026-Q3"),
        ("2026年10月", "2026-10"),
        ("2026年1月", "2026-01"),
        ("2026 年 10 月", "2026-10"),
        ("2026年10月上旬", "2026-10-D1"),
        ("2026年10月中旬", "2026-10-D2"),
        ("2026年10月下旬", "2026-10-D3"),
        ("2026年第41周", "2026-W41"),
        ("2026年第1周", "2026-W01"),
        ("2026/10", "2026-10"),
        ("2026.10", "2026-10"),
        ("2026-1", "2026-01"),
        ("2026/1", "2026-01"),
        ("2026-1-d2", "2026-01-D2"),
        ("2026-W1", "2026-W01"),
        ("Q3 2026", "2026-Q3"),
        ("q3 2026", "2026-Q3"),
        ("H1 2026", "2026-H1"),
        ("Oct 2026", "2026-10"),
        ("October 2026", "2026-10"),
        ("OCTOBER 2026", "2026-10"),
        ("Sept 2026", "2026-09"),
        ("Oct 2026 (1-10)", "2026-10-D1"),
        ("Oct 2026 (11-20)", "2026-10-D2"),
        ("Oct 2026 (21-31)", "2026-10-D3"),
        ("Feb 2028 (21-29)", "2028-02-D3"),
        ("2026 W41", "2026-W41"),
        # Full-width forms produced by Chinese input methods are accepted.
        ("２０２６年", "2026"),
        ("２０２６年第３季度", "2026-Q3"),
        ("２０２６－１０", "2026-10"),
        ("Ｑ３\u30002026", "2026-Q3"),
    ],
)
def test_parse_user_forms(text: str, key: str) -> None:
    assert parse_period(text).key == key


@pytest.mark.parametrize(
    ("text", "reason"),
    [
        ("2026-13", "month must be 1-12"),
        ("2026-00", "month must be 1-12"),
        ("2026-Q5", "quarter must be 1-4"),
        ("2026-Q0", "quarter must be 1-4"),
        ("2026-H3", "half must be 1-2"),
        ("2026-02-D4", "ten-day part must be 1-3"),
        ("2025-W53", "week must be 1-52 in ISO year 2025"),
        ("2026-W54", "week must be 1-53 in ISO year 2026"),
        ("2026-W00", "week must be 1-53"),
        ("1899", "year must be 1900-2999"),
        ("3000-01", "year must be 1900-2999"),
        ("2026年13月", "month must be 1-12"),
        ("2026年第5季度", "quarter must be 1-4"),
        ("Foo 2026", "unknown month name 'Foo'"),
        ("Feb 2026 (21-31)", "day range must be 1-10, 11-20 or 21-28"),
        ("Oct 2026 (5-10)", "day range must be 1-10, 11-20 or 21-31"),
    ],
)
def test_parse_rejects_out_of_range_values(text: str, reason: str) -> None:
    with pytest.raises(PeriodError) as info:
        parse_period(text)
    message = str(info.value)
    assert message.startswith(f"{text!r} is not a valid period: ")
    assert reason in message


@pytest.mark.parametrize(
    "text", ["", "   ", "abc", "2026-10-15", "26", "20266", "2026-", "2026年第41", "Q3", "🙂"]
)
def test_parse_rejects_unrecognised_text_and_lists_accepted_forms(text: str) -> None:
    with pytest.raises(PeriodError) as info:
        parse_period(text)
    message = str(info.value)
    assert repr(text) in message
    assert "expected a period such as" in message
    assert "2026-10-D2" in message and "2026年10月中旬" in message and "Oct 2026" in message


def test_period_error_is_a_value_error() -> None:
    with pytest.raises(ValueError, match="not a valid period"):
        parse_period("2026-13")


def test_w53_exists_only_in_long_iso_years() -> None:
    assert iso_weeks(2025) == 52 and iso_weeks(2026) == 53
    assert parse_period("2026-W53").end == D(2027, 1, 3)
    with pytest.raises(PeriodError):
        Period(G.WEEK, 2025, 53)


# --- Construction ------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("args", "message"),
    [
        ((G.MONTH, 2026, 13), "'2026-13' is not a valid period: month must be 1-12"),
        ((G.YEAR, 2026, 1), "a year has no number"),
        ((G.MONTH, 2026, 10, 2), "only ten-day periods have a part"),
        ((G.TEN_DAY, 2026, 10, 0), "ten-day part must be 1-3"),
        ((G.QUARTER, 1899, 1), "year must be 1900-2999"),
    ],
)
def test_constructor_validates(args: tuple[G, int, int], message: str) -> None:
    with pytest.raises(PeriodError, match=message):
        Period(*args)


def test_constructor_accepts_granularity_value_strings() -> None:
    period = Period("month", 2026, 10)  # type: ignore[arg-type]
    assert period.granularity is G.MONTH
    assert period == Period(G.MONTH, 2026, 10)
    with pytest.raises(PeriodError, match="not a granularity"):
        Period("fortnight", 2026, 1)  # type: ignore[arg-type]


def test_periods_are_hashable_and_equal_by_value() -> None:
    assert Period(G.MONTH, 2026, 10) == parse_period("2026年10月")
    assert len({Period(G.MONTH, 2026, 10), parse_period("Oct 2026"), Period(G.YEAR, 2026)}) == 2
    assert Period(G.MONTH, 2026, 1) != Period(G.QUARTER, 2026, 1)


# --- Date ranges -------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("key", "start", "end", "days"),
    [
        ("2026", D(2026, 1, 1), D(2026, 12, 31), 365),
        ("2028", D(2028, 1, 1), D(2028, 12, 31), 366),
        ("2026-H1", D(2026, 1, 1), D(2026, 6, 30), 181),
        ("2026-H2", D(2026, 7, 1), D(2026, 12, 31), 184),
        ("2026-Q1", D(2026, 1, 1), D(2026, 3, 31), 90),
        ("2026-Q3", D(2026, 7, 1), D(2026, 9, 30), 92),
        ("2026-02", D(2026, 2, 1), D(2026, 2, 28), 28),
        ("2026-10-D1", D(2026, 10, 1), D(2026, 10, 10), 10),
        ("2026-10-D2", D(2026, 10, 11), D(2026, 10, 20), 10),
        ("2026-10-D3", D(2026, 10, 21), D(2026, 10, 31), 11),
        ("2026-09-D3", D(2026, 9, 21), D(2026, 9, 30), 10),
        ("2026-02-D3", D(2026, 2, 21), D(2026, 2, 28), 8),
        ("2028-02-D3", D(2028, 2, 21), D(2028, 2, 29), 9),
        ("2026-W01", D(2025, 12, 29), D(2026, 1, 4), 7),
        ("2026-W41", D(2026, 10, 5), D(2026, 10, 11), 7),
        ("2026-W53", D(2026, 12, 28), D(2027, 1, 3), 7),
    ],
)
def test_start_end_days(key: str, start: D, end: D, days: int) -> None:
    period = parse_period(key)
    assert (period.start, period.end, period.days) == (start, end, days)


# --- Navigation --------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("key", "following"),
    [
        ("2026", "2027"),
        ("2026-H2", "2027-H1"),
        ("2026-H1", "2026-H2"),
        ("2026-Q4", "2027-Q1"),
        ("2026-12", "2027-01"),
        ("2026-12-D3", "2027-01-D1"),
        ("2026-10-D1", "2026-10-D2"),
        ("2026-W52", "2026-W53"),
        ("2026-W53", "2027-W01"),
        ("2025-W52", "2026-W01"),
    ],
)
def test_next_and_previous_across_year_ends(key: str, following: str) -> None:
    period, after = parse_period(key), parse_period(following)
    assert period.next() == after
    assert after.previous() == period
    assert period.shift(1) == after and after.shift(-1) == period


@pytest.mark.parametrize(
    ("key", "n", "expected"),
    [
        ("2026-10", 0, "2026-10"),
        ("2026-10", 15, "2028-01"),
        ("2026-10", -22, "2024-12"),
        ("2026-10-D2", -5, "2026-08-D3"),
        ("2026-Q1", -5, "2024-Q4"),
        ("2026-H1", 5, "2028-H2"),
        ("2026", -26, "2000"),
        ("2026-W41", 13, "2027-W01"),
        ("2027-W01", -53, "2026-W01"),
    ],
)
def test_shift(key: str, n: int, expected: str) -> None:
    assert parse_period(key).shift(n).key == expected


def test_shift_outside_supported_years_raises() -> None:
    with pytest.raises(PeriodError):
        parse_period("2999-12").next()
    with pytest.raises(PeriodError):
        parse_period("1900-W01").previous()
    with pytest.raises(PeriodError):
        parse_period("2026-W01").shift(10**9)


# --- Containment, children, parents ------------------------------------------------------------


def test_contains_dates_and_periods() -> None:
    october = parse_period("2026-10")
    assert october.contains(D(2026, 10, 1)) and october.contains(D(2026, 10, 31))
    assert not october.contains(D(2026, 11, 1))
    assert october.contains(datetime.datetime(2026, 10, 31, 23, 59))
    assert october.contains(parse_period("2026-10-D3"))
    assert october.contains(october)
    assert parse_period("2026").contains(october)
    assert not october.contains(parse_period("2026-Q4"))
    assert october.contains(parse_period("2026-W41"))
    # 2026-W40 runs Sep 28 - Oct 4; its Thursday (Oct 1) makes it October's, as parent() says.
    assert october.contains(parse_period("2026-W40"))
    assert parse_period("2026-W40").parent(G.MONTH) == october
    assert not parse_period("2026-09").contains(parse_period("2026-W40"))


@pytest.mark.parametrize(
    ("key", "granularity", "count"),
    [
        ("2026", G.HALF, 2),
        ("2026", G.QUARTER, 4),
        ("2026", G.MONTH, 12),
        ("2026", G.TEN_DAY, 36),
        ("2026", G.WEEK, 53),
        ("2025", G.WEEK, 52),
        ("2026-H2", G.QUARTER, 2),
        ("2026-Q3", G.MONTH, 3),
        ("2026-Q3", G.TEN_DAY, 9),
        ("2026-10", G.TEN_DAY, 3),
        ("2026-02", G.TEN_DAY, 3),
    ],
)
def test_children_counts(key: str, granularity: G, count: int) -> None:
    children = parse_period(key).children(granularity)
    assert len(children) == count
    assert all(child.granularity is granularity for child in children)
    assert children == sorted(children)


def test_year_weeks_are_exactly_its_iso_weeks() -> None:
    for year in (2020, 2025, 2026, 2027):
        weeks = Period(G.YEAR, year).children(G.WEEK)
        assert [w.number for w in weeks] == list(range(1, iso_weeks(year) + 1))
        assert {w.year for w in weeks} == {year}


def test_month_weeks_use_the_thursday_rule() -> None:
    # October 2026: Thu 1 Oct is in W40 (Sep 28 - Oct 4); Thu 29 Oct is in W44 (Oct 26 - Nov 1).
    weeks = parse_period("2026-10").children(G.WEEK)
    assert [w.key for w in weeks] == ["2026-W40", "2026-W41", "2026-W42", "2026-W43", "2026-W44"]
    # December 2025 hands its last days to 2026-W01, whose Thursday is 1 Jan 2026.
    assert parse_period("2025-12").children(G.WEEK)[-1].key == "2025-W52"
    assert parse_period("2026-01").children(G.WEEK)[0].key == "2026-W01"


def test_ten_day_children_of_month() -> None:
    keys = [p.key for p in parse_period("2026-10").children(G.TEN_DAY)]
    assert keys == ["2026-10-D1", "2026-10-D2", "2026-10-D3"]


@pytest.mark.parametrize(
    ("key", "granularity"),
    [
        ("2026-10", G.QUARTER),
        ("2026-10", G.MONTH),
        ("2026", G.YEAR),
        ("2026-10-D1", G.WEEK),
        ("2026-W41", G.TEN_DAY),
        ("2026-W41", G.WEEK),
        ("2026-W41", G.MONTH),
        ("2026-10-D1", G.MONTH),
    ],
)
def test_children_of_a_granularity_that_is_not_finer_raise(key: str, granularity: G) -> None:
    with pytest.raises(PeriodError, match="not finer than"):
        parse_period(key).children(granularity)


@pytest.mark.parametrize(
    ("key", "granularity", "expected"),
    [
        ("2026-10", G.YEAR, "2026"),
        ("2026-10", G.HALF, "2026-H2"),
        ("2026-10", G.QUARTER, "2026-Q4"),
        ("2026-10-D3", G.MONTH, "2026-10"),
        ("2026-10-D3", G.YEAR, "2026"),
        ("2026-Q2", G.HALF, "2026-H1"),
        ("2026-W01", G.YEAR, "2026"),
        ("2026-W01", G.MONTH, "2026-01"),
        ("2026-W53", G.YEAR, "2026"),
        ("2026-W53", G.MONTH, "2026-12"),
        ("2026-W40", G.MONTH, "2026-10"),
    ],
)
def test_parent(key: str, granularity: G, expected: str) -> None:
    assert parse_period(key).parent(granularity).key == expected


@pytest.mark.parametrize(
    ("key", "granularity"),
    [("2026-10", G.MONTH), ("2026-10", G.TEN_DAY), ("2026-W41", G.TEN_DAY), ("2026", G.YEAR)],
)
def test_parent_of_a_granularity_that_is_not_coarser_raises(key: str, granularity: G) -> None:
    with pytest.raises(PeriodError, match="not coarser than"):
        parse_period(key).parent(granularity)


@pytest.mark.parametrize(
    ("day", "granularity", "expected"),
    [
        (D(2026, 10, 15), G.YEAR, "2026"),
        (D(2026, 6, 30), G.HALF, "2026-H1"),
        (D(2026, 7, 1), G.HALF, "2026-H2"),
        (D(2026, 10, 15), G.QUARTER, "2026-Q4"),
        (D(2026, 10, 15), G.MONTH, "2026-10"),
        (D(2026, 10, 10), G.TEN_DAY, "2026-10-D1"),
        (D(2026, 10, 11), G.TEN_DAY, "2026-10-D2"),
        (D(2026, 10, 31), G.TEN_DAY, "2026-10-D3"),
        (D(2028, 2, 29), G.TEN_DAY, "2028-02-D3"),
        (D(2026, 10, 15), G.WEEK, "2026-W42"),
        (D(2025, 12, 29), G.WEEK, "2026-W01"),
        (D(2027, 1, 3), G.WEEK, "2026-W53"),
        (datetime.datetime(2026, 10, 15, 12, 0), G.MONTH, "2026-10"),
    ],
)
def test_of(day: D, granularity: G, expected: str) -> None:
    assert Period.of(day, granularity).key == expected


def test_of_outside_supported_years_raises() -> None:
    with pytest.raises(PeriodError):
        Period.of(D(1899, 12, 31), G.MONTH)
    # 30 Dec 2999 already belongs to ISO year 3000.
    with pytest.raises(PeriodError):
        Period.of(D(2999, 12, 30), G.WEEK)
    assert Period.of(D(1900, 1, 1), G.WEEK).key == "1900-W01"


# --- Ordering ----------------------------------------------------------------------------------


def test_sorting_a_mixed_list_is_chronological_coarse_first() -> None:
    keys = ["2026-10-D2", "2026-W41", "2026-10", "2026", "2026-Q4", "2025-12", "2026-H2"]
    keys += ["2026-W01", "2026-10-D1", "2026-Q3"]
    ordered = [p.key for p in sorted(parse_period(k) for k in keys)]
    assert ordered == [
        "2025-12",
        "2026-W01",  # starts 2025-12-29
        "2026",
        "2026-H2",
        "2026-Q3",
        "2026-Q4",
        "2026-10",
        "2026-10-D1",
        "2026-W41",  # starts 2026-10-05
        "2026-10-D2",
    ]


def test_ordering_operators_and_sort_key() -> None:
    year, month = parse_period("2026"), parse_period("2026-01")
    assert year.sort_key[:2] == (D(2026, 1, 1), 0)
    assert year < month and month > year and year <= year and month >= year
    # A ten-day period and a week starting the same day are distinct and strictly ordered.
    ten_day, week = parse_period("2026-09-D3"), Period.of(D(2026, 9, 21), G.WEEK)
    assert ten_day.start == week.start and ten_day != week
    assert (ten_day < week) != (week < ten_day)
    with pytest.raises(TypeError):
        _ = year < "2027"  # type: ignore[operator]


def test_canonical_keys_sort_as_text_within_a_granularity() -> None:
    for granularity in G:
        periods = Period(G.YEAR, 2026).children(granularity) if granularity is not G.YEAR else []
        periods += [Period.of(D(2027, 1, 5), granularity), Period.of(D(2025, 12, 31), granularity)]
        assert sorted(periods) == sorted(periods, key=lambda p: p.key)


# --- Formatting --------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("key", "zh", "en"),
    [
        ("2026", "2026年", "2026"),
        ("2026-H1", "2026年上半年", "H1 2026"),
        ("2026-H2", "2026年下半年", "H2 2026"),
        ("2026-Q3", "2026年第3季度", "Q3 2026"),
        ("2026-10", "2026年10月", "Oct 2026"),
        ("2026-01", "2026年1月", "Jan 2026"),
        ("2026-10-D1", "2026年10月上旬", "Oct 2026 (1-10)"),
        ("2026-10-D2", "2026年10月中旬", "Oct 2026 (11-20)"),
        ("2026-10-D3", "2026年10月下旬", "Oct 2026 (21-31)"),
        ("2028-02-D3", "2028年2月下旬", "Feb 2028 (21-29)"),
        ("2026-W41", "2026年第41周", "2026 W41"),
        ("2026-W01", "2026年第1周", "2026 W01"),
    ],
)
def test_format_period(key: str, zh: str, en: str) -> None:
    period = parse_period(key)
    assert format_period(period) == zh
    assert format_period(period, "zh") == zh
    assert format_period(period, "zh_CN") == zh
    assert format_period(period, "en") == en
    assert format_period(period, "en-US") == en
    assert parse_period(zh) == period and parse_period(en) == period


def test_format_unknown_language_raises() -> None:
    with pytest.raises(ValueError, match="unsupported language 'fr'"):
        format_period(parse_period("2026"), "fr")


# --- periods_between ---------------------------------------------------------------------------


def test_periods_between() -> None:
    keys = [p.key for p in periods_between(parse_period("2026-11"), parse_period("2027-02"))]
    assert keys == ["2026-11", "2026-12", "2027-01", "2027-02"]
    weeks = periods_between(parse_period("2026-W52"), parse_period("2027-W02"))
    assert [p.key for p in weeks] == ["2026-W52", "2026-W53", "2027-W01", "2027-W02"]
    single = parse_period("2026-Q3")
    assert periods_between(single, single) == [single]
    assert periods_between(parse_period("2027-01"), parse_period("2026-12")) == []
    assert len(periods_between(parse_period("2026-01-D1"), parse_period("2026-12-D3"))) == 36


def test_periods_between_requires_one_granularity() -> None:
    with pytest.raises(PeriodError, match="granularities differ"):
        periods_between(parse_period("2026-10"), parse_period("2026-Q4"))


# --- granularity_of ----------------------------------------------------------------------------


@pytest.mark.parametrize(
    "key",
    [
        "",
        "2026-q3",
        "2026-1",
        "2026-W1",
        "2026-13",
        "2026-Q5",
        "2026-02-D4",
        "2025-W53",
        "2026-W54",
        "1899",
        "3000",
        " 2026",
        "2026年",
        "2026-10-D",
    ],
)
def test_granularity_of_rejects_non_canonical_keys(key: str) -> None:
    with pytest.raises(PeriodError, match="not a canonical period key"):
        granularity_of(key)


# --- Properties --------------------------------------------------------------------------------

# 30-31 Dec 2999 belong to ISO year 3000, outside the supported range.
any_day = st.dates(min_value=D(1900, 1, 1), max_value=D(2999, 12, 29))
inner_day = st.dates(min_value=D(1901, 1, 1), max_value=D(2998, 12, 31))
granularities = st.sampled_from(list(G))


@given(any_day, granularities)
def test_of_contains_its_day(day: D, granularity: G) -> None:
    period = Period.of(day, granularity)
    assert period.contains(day)
    assert period.start <= day <= period.end
    assert period.days == (period.end - period.start).days + 1


@given(any_day, granularities)
def test_key_round_trips(day: D, granularity: G) -> None:
    period = Period.of(day, granularity)
    assert parse_period(period.key) == period
    assert parse_period(period.key.lower()) == period
    assert granularity_of(period.key) is granularity


@given(any_day, granularities, st.sampled_from(["zh", "en"]))
def test_format_round_trips(day: D, granularity: G, lang: str) -> None:
    period = Period.of(day, granularity)
    assert parse_period(format_period(period, lang)) == period


@given(inner_day, granularities)
def test_next_and_previous_are_inverse(day: D, granularity: G) -> None:
    period = Period.of(day, granularity)
    assert period.next().previous() == period
    assert period.previous().next() == period
    assert period.next().start == period.end + datetime.timedelta(days=1)
    assert period < period.next()


@given(
    st.dates(min_value=D(1950, 1, 1), max_value=D(2949, 12, 31)),
    granularities,
    st.integers(min_value=-40, max_value=40),
)
def test_shift_is_invertible_and_matches_repeated_next(day: D, granularity: G, n: int) -> None:
    period = Period.of(day, granularity)
    shifted = period.shift(n)
    assert shifted.shift(-n) == period
    stepped = period
    for _ in range(abs(n)):
        stepped = stepped.next() if n > 0 else stepped.previous()
    assert stepped == shifted


@given(st.integers(min_value=1900, max_value=2999))
def test_year_ten_days_tile_the_year(year: int) -> None:
    parts = Period(G.YEAR, year).children(G.TEN_DAY)
    assert len(parts) == 36
    assert parts[0].start == D(year, 1, 1)
    assert parts[-1].end == D(year, 12, 31)
    for earlier, later in itertools.pairwise(parts):
        assert later.start == earlier.end + datetime.timedelta(days=1)
    assert sum(p.days for p in parts) == Period(G.YEAR, year).days


@given(any_day, granularities, granularities)
def test_parent_contains_child_and_lists_it(day: D, fine: G, coarse: G) -> None:
    child = Period.of(day, fine)
    if coarse.rank >= fine.rank:
        return
    parent = child.parent(coarse)
    assert child in parent.children(fine)
    assert parent.contains(child)


period_alphabet = st.sampled_from(
    list("0123456789-/.() HQWDhqwd年月周第季度上中下旬半OctJanFeb２０１６")
)


@given(st.text() | st.text(period_alphabet, max_size=16))
def test_parse_never_fails_with_anything_but_period_error(text: str) -> None:
    try:
        period = parse_period(text)
    except PeriodError as error:
        assert repr(text) in str(error)
    else:
        assert parse_period(period.key) == period
