"""Property-based tests (hypothesis) of the four parsers hostile input reaches first: the
number parser, the period parser, the import mapping and the package reader. Each takes
any input to an answer or a refusal with a reason, never an exception of another kind.

Examples are kept moderate so the suite stays fast; PERFDESK_SLOW_PROPERTIES=1 runs
twenty times as many (the `slow` profile)."""

from __future__ import annotations

import datetime
import hashlib
import io
import math
import os
import shutil
import zipfile
from decimal import Decimal
from pathlib import Path

import pytest
from hostile import NUMBERS, TEXTS
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from perfdesk.core.import_mapping import (
    BadPeriod,
    Mapping,
    find_header,
    guess_mapping,
    header_signature,
    period_key,
)
from perfdesk.core.number_input import NumberInputError, parse_value
from perfdesk.core.numbers import format_kpi_value
from perfdesk.core.periods import Granularity, Period, PeriodError, format_period, parse_period
from perfdesk.store.document import Document, DocumentError
from perfdesk.store.exchange.merge import plan_merge
from perfdesk.store.exchange.package import export_package, opened

SLOW = os.environ.get("PERFDESK_SLOW_PROPERTIES") == "1"


def examples(count: int) -> settings:
    return settings(
        max_examples=count * 20 if SLOW else count,
        deadline=None,
        suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
    )


# What people type, weighted towards the characters that matter: digits (ASCII and
# full-width), separators, signs, exponents, units and sizes, formula starts, controls,
# bidi and zero-width characters.
_NUMBER_ALPHABET = st.sampled_from(
    [
        *"0123456789０１２３４５６７８９.,'  \u00a0\u202f-−+()（）eE%％¥￥万亿千kKmMbB元",
        *("=", "@", "\t", "\n", "\x00", "\x7f", "\x85", "\u202e", "\u200b", "\ufeff", "一", "三"),
        *("inf", "nan", "NaN", "Infinity", "∞", "小时", "次", "天", "CNY", "RMB"),
    ]
)
_TYPED = st.lists(_NUMBER_ALPHABET, max_size=24).map("".join) | st.text(max_size=30)
_UNITS = st.sampled_from(["", "次", "%", "万元", "元", "亿元", "小时", "CNY M"])
_CODES = {
    "control_characters",
    "too_long",
    "formula",
    "not_a_number",
    "not_finite",
    "ambiguous_separators",
    "unit_mismatch",
    "percent_not_allowed",
    "too_large",
}


@examples(400)
@given(_TYPED, _UNITS)
def test_any_typed_text_is_a_finite_value_or_a_refusal_with_a_reason(text: str, unit: str) -> None:
    try:
        value = parse_value(text, unit)
    except NumberInputError as error:
        assert error.code in _CODES, error.code
        return
    assert value is None or (math.isfinite(value) and abs(value) <= 1e12)
    assert value is None or math.copysign(1, value) > 0 or value != 0  # never -0


@st.composite
def written_numbers(draw: st.DrawFn) -> tuple[str, Decimal]:
    """A number as a careful writer writes it, and what it means: digits grouped in
    threes by commas (or not), a decimal point, a sign or brackets, full-width or not."""
    whole = draw(st.integers(min_value=0, max_value=10**11))
    places = draw(st.integers(min_value=0, max_value=4))
    fraction = draw(st.integers(min_value=0, max_value=10**places - 1)) if places else 0
    grouped = draw(st.booleans())
    sign = draw(st.sampled_from(["", "-", "−", "+", "()"]))
    text = f"{whole:,}" if grouped else str(whole)
    if places:
        text += "." + str(fraction).rjust(places, "0")
    meant = Decimal(text.replace(",", ""))
    if sign == "()":
        text, meant = f"({text})", -meant
    else:
        text, meant = sign + text, (-meant if sign in ("-", "−") else meant)
    if draw(st.booleans()):  # typed with a Chinese input method
        text = text.translate({c: c + 0xFEE0 for c in range(0x21, 0x7F)})
    return text, meant


@examples(300)
@given(written_numbers())
def test_a_written_number_reads_as_exactly_what_it_means(written: tuple[str, Decimal]) -> None:
    text, meant = written
    value = parse_value(text, "次")
    assert value == float(meant) or (value == 0.0 and meant == 0)


@examples(200)
@given(
    st.floats(min_value=-1e11, max_value=1e11, allow_nan=False, allow_infinity=False),
    st.integers(min_value=0, max_value=4),
    st.sampled_from(["次", "%", "小时", ""]),
)
def test_formatted_numbers_round_trip(value: float, decimals: int, unit: str) -> None:
    text = format_kpi_value(value, decimals, unit)
    assert parse_value(text, unit) == pytest.approx(round(value, decimals), abs=1e-9)


def test_the_corpus_numbers_read_as_the_corpus_says() -> None:
    for case in NUMBERS:
        try:
            value = parse_value(case.text, case.unit)
        except NumberInputError as error:
            assert error.code == case.code, (case.text[:30], error.code)
            continue
        assert case.code is None, (case.text[:30], value)
        assert value == (None if case.empty else case.value), case.text[:30]


# -- periods ------------------------------------------------------------------------------
_PERIOD_ALPHABET = st.sampled_from(
    [
        *"0123456789０１２３-/ .年月日季度上下半中旬周第WwQqHhDd",
        *("Oct", "Dec", "2026", "(11-20)", "\u202e", "\x00", "\u200b", "=", "<b>"),
    ]
)


@examples(400)
@given(st.lists(_PERIOD_ALPHABET, max_size=12).map("".join) | st.text(max_size=30))
def test_any_text_is_a_valid_period_or_a_refusal(text: str) -> None:
    try:
        period = parse_period(text)
    except PeriodError as error:
        assert "not a valid period" in str(error)
        return
    assert parse_period(period.key) == period  # a key that names it again


@st.composite
def periods(draw: st.DrawFn) -> Period:
    granularity = draw(st.sampled_from(list(Granularity)))
    year = draw(st.integers(min_value=1900, max_value=2999))
    number = {
        Granularity.YEAR: 0,
        Granularity.HALF: draw(st.integers(1, 2)),
        Granularity.QUARTER: draw(st.integers(1, 4)),
        Granularity.MONTH: draw(st.integers(1, 12)),
        Granularity.TEN_DAY: draw(st.integers(1, 12)),
        Granularity.WEEK: draw(st.integers(1, 52)),
    }[granularity]
    part = draw(st.integers(1, 3)) if granularity is Granularity.TEN_DAY else 0
    return Period(granularity, year, number, part)


@examples(300)
@given(periods(), st.sampled_from(["zh", "en"]))
def test_periods_round_trip_through_their_key_and_their_display(period: Period, lang: str) -> None:
    assert parse_period(period.key) == period
    assert parse_period(format_period(period, lang)) == period


# -- the import mapping -----------------------------------------------------------------
_HEADER_WORDS = st.sampled_from(
    ["部门", "责任单位", "工号", "指标", "指标编码", "会计期间", "期间", "本月实际", "实际"]
    + ["1月", "2026年3月", "12月", "合计", "Total", "单位：万元", ""]
    + [h.text for h in TEXTS if len(h.text) < 200]
)
_CELLS = st.one_of(
    st.none(),
    _HEADER_WORDS,
    st.text(max_size=20),
    st.floats(allow_nan=True, allow_infinity=True),
    st.integers(min_value=-(10**20), max_value=10**20),
    st.dates(min_value=datetime.date(1, 1, 1)),
    st.booleans(),
)


@examples(300)
@given(st.lists(st.lists(_CELLS, max_size=8), max_size=8))
def test_any_header_rows_give_a_header_and_a_mapping(rows: list[list[object]]) -> None:
    header = find_header(rows)  # type: ignore[arg-type]
    assert 0 <= header.row <= max(len(rows), 1)
    mapping = guess_mapping(header.names)
    named = set(header.names)
    for column in (mapping.holder, mapping.kpi, mapping.period, mapping.value, *mapping.months):
        assert column == "" or column in named
    assert Mapping.from_json(mapping.to_json()) == mapping
    assert len(header_signature(header.names)) == 32


@examples(300)
@given(_CELLS)
def test_any_period_cell_is_a_period_key_or_a_bad_period(cell: object) -> None:
    try:
        key = period_key(cell, 2026)  # type: ignore[arg-type]
    except BadPeriod as error:
        assert error.code in ("bad_period", "no_year", "derived")
        return
    assert parse_period(key).key == key


@examples(25)
@given(rows=st.lists(st.lists(_HEADER_WORDS, min_size=1, max_size=5), min_size=1, max_size=5))
def test_any_csv_header_is_planned_or_refused_and_never_written(
    rows: list[list[str]], demo_zh: Path, tmp_path: Path
) -> None:
    """Through plan_import: a plan (rows refused with their reasons when nothing maps)
    or the file refused; the document keeps every byte."""
    from perfdesk.store.import_actuals import plan_import
    from perfdesk.store.import_files import ImportFileError

    data = tmp_path / "any.csv"
    body = "\n".join(",".join('"' + c.replace('"', '""') + '"' for c in r) for r in rows)
    data.write_text(body + "\n销售部,sales,2026-03,12\n", encoding="utf-8")
    before = hashlib.sha256(demo_zh.read_bytes()).hexdigest()
    with Document.open(demo_zh) as doc:
        try:
            plan = plan_import(doc, data)
        except ImportFileError as error:
            assert error.code
        else:
            for outcome in plan.of_kind("refused"):
                assert outcome.code, outcome
    assert hashlib.sha256(demo_zh.read_bytes()).hexdigest() == before


# -- the package reader ---------------------------------------------------------------
@pytest.fixture(scope="module")
def package_file(tmp_path_factory: pytest.TempPathFactory, demo_zh_master: Path) -> Path:
    """A good package (a path: hypothesis prints its arguments, and 200 kB of bytes
    makes a repr it warns about)."""
    folder = tmp_path_factory.mktemp("pkg")
    document = Path(shutil.copy(demo_zh_master, folder / "demo.perfdesk"))
    export_package(document, folder / "p.pdpkg")
    return folder / "p.pdpkg"


def _read(data: bytes, folder: Path, target: Path) -> str:
    """Read `data` as a package and plan its merge into `target`: 'read' or the refusal."""
    path = folder / "any.pdpkg"
    path.write_bytes(data)
    try:
        with opened(path) as package, Document.open(target) as doc:
            plan_merge(doc, package)
    except DocumentError as error:
        assert str(error)
        return "refused"
    return "read"


@examples(60)
@given(data=st.binary(max_size=2048))
def test_any_bytes_are_refused_as_a_package(data: bytes, demo_zh: Path, tmp_path: Path) -> None:
    before = hashlib.sha256(demo_zh.read_bytes()).hexdigest()
    assert _read(data, tmp_path, demo_zh) == "refused"
    assert hashlib.sha256(demo_zh.read_bytes()).hexdigest() == before


@examples(40)
@given(kind=st.sampled_from(["flip", "truncate", "splice", "member"]), seed=st.integers(0, 2**32))
def test_a_mutated_package_is_refused_or_read_and_the_document_is_unchanged(
    kind: str, seed: int, package_file: Path, demo_zh: Path, tmp_path: Path
) -> None:
    import random

    package_bytes = package_file.read_bytes()
    chance = random.Random(seed)
    mutated = bytearray(package_bytes)
    if kind == "flip":
        for _ in range(chance.randint(1, 8)):
            mutated[chance.randrange(len(mutated))] ^= chance.randint(1, 255)
    elif kind == "truncate":
        mutated = mutated[: chance.randrange(len(mutated))]
    elif kind == "splice":
        at = chance.randint(0, len(mutated))
        mutated[at:at] = chance.randbytes(chance.randint(1, 64))
    else:  # a member replaced by other bytes, or an extra member with a climbing name
        buffer = io.BytesIO()
        with zipfile.ZipFile(io.BytesIO(package_bytes)) as source:
            names = source.namelist()
            victim = chance.choice([*names, "extra"])
            with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as out:
                for name in names:
                    body = source.read(name)
                    out.writestr(
                        name, chance.randbytes(chance.randint(0, 512)) if name == victim else body
                    )
                if victim == "extra":
                    out.writestr("../../x", b"x")
        mutated = bytearray(buffer.getvalue())
    before = hashlib.sha256(demo_zh.read_bytes()).hexdigest()
    outcome = _read(bytes(mutated), tmp_path, demo_zh)
    assert outcome in ("refused", "read")
    assert hashlib.sha256(demo_zh.read_bytes()).hexdigest() == before
    assert not (tmp_path.parent / "x").exists()


@pytest.fixture(scope="module")
def workbook_file(tmp_path_factory: pytest.TempPathFactory) -> Path:
    import xlsxwriter

    path = tmp_path_factory.mktemp("xlsx") / "good.xlsx"
    book = xlsxwriter.Workbook(str(path))
    sheet = book.add_worksheet("实际")
    sheet.write_row(0, 0, ["部门", "指标编码", "会计期间", "本月实际"])
    for r in range(1, 200):
        sheet.write_row(r, 0, ["销售部", "new_customers", f"2026-{r % 12 + 1:02d}", r * 1.5])
    book.close()
    return path


@examples(60)
@given(kind=st.sampled_from(["flip", "truncate", "splice"]), seed=st.integers(0, 2**32))
def test_a_mutated_workbook_is_read_or_refused_with_a_code(
    kind: str, seed: int, workbook_file: Path, tmp_path: Path
) -> None:
    """Damage anywhere in an XLSX (its deflate streams included): a table or an
    ImportFileError, never another exception."""
    import random

    from perfdesk.store.import_files import ImportFileError, read_table

    chance = random.Random(seed)
    mutated = bytearray(workbook_file.read_bytes())
    if kind == "flip":
        for _ in range(chance.randint(1, 8)):
            mutated[chance.randrange(len(mutated))] ^= chance.randint(1, 255)
    elif kind == "truncate":
        mutated = mutated[: chance.randrange(len(mutated))]
    else:
        at = chance.randint(0, len(mutated))
        mutated[at:at] = chance.randbytes(chance.randint(1, 64))
    path = tmp_path / "any.xlsx"
    path.write_bytes(bytes(mutated))
    try:
        table = read_table(path)
    except ImportFileError as error:
        assert error.code
    else:
        assert isinstance(table.rows, list)
