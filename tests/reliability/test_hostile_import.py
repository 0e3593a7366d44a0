"""Hostile input through an import of actuals (CSV and XLSX): hostile holder names, KPI
codes, periods and numbers each get their row's outcome with a reason in the preview; a
header of hostile texts cannot be mapped and says so; when anything is refused nothing
is applied and the document keeps every byte."""

from __future__ import annotations

import csv
import hashlib
import subprocess
import sys
from pathlib import Path

import pytest
from hostile import NUMBERS, TEXTS

from perfdesk.core.number_input import NumberInputError, parse_value
from perfdesk.store.document import Document
from perfdesk.store.import_actuals import ImportRefused, apply_import, plan_import

HEADER = ["部门", "指标编码", "会计期间", "本月实际"]
KPIS = {
    "new_customers": "个",
    "deal_cycle_days": "天",
    "training_hours": "小时",
    "sales_amount": "万元",
    "conversion_rate": "%",
}
SRC = str(Path(__file__).resolve().parents[2] / "src")


def digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def rows() -> list[tuple[list[str], str, object]]:
    """(row, what it is, what it must get): a hostile holder, KPI or period per text, and
    every hostile number into a cell of its own."""
    out: list[tuple[list[str], str, object]] = []
    for hostile in TEXTS:
        text = hostile.text[:1000]
        out.append(([text, "new_customers", "2026-11", "5"], "holder", hostile.id))
        out.append((["SAL", text, "2026-11", "5"], "kpi", hostile.id))
        out.append((["SAL", "new_customers", text, "5"], "period", hostile.id))
    codes = list(KPIS)
    for index, number in enumerate(NUMBERS):
        kpi = codes[index % len(codes)]
        month = index // len(codes) + 1
        out.append((["SAL", kpi, f"2026-{month:02d}", number.text], "number", (kpi, number.text)))
    return out


def write_csv(path: Path, header: list[str], body: list[list[str]]) -> None:
    with path.open("w", encoding="utf-8", newline="") as handle:
        writer = csv.writer(handle)
        writer.writerow(header)
        writer.writerows(body)


def write_xlsx(path: Path, header: list[str], body: list[list[str]]) -> None:
    import xlsxwriter

    book = xlsxwriter.Workbook(
        str(path), {"strings_to_numbers": False, "strings_to_formulas": False}
    )
    sheet = book.add_worksheet("实际")
    for r, row in enumerate([header, *body]):
        for c, value in enumerate(row):
            sheet.write_string(r, c, value)
    book.close()


def _clean(text: str) -> str:
    """What a workbook can hold: XML has no place for most control characters, so the
    XLSX variant drops them (the CSV keeps them)."""
    return "".join(ch for ch in text if ch in "\t\n\r" or not (ord(ch) < 32 or ch == "\ufffe"))


@pytest.mark.parametrize("kind", ["csv", "xlsx"])
def test_every_hostile_row_gets_its_outcome_and_nothing_is_applied(
    kind: str, demo_zh: Path, tmp_path: Path
) -> None:
    cases = rows()
    data = tmp_path / f"hostile.{kind}"
    if kind == "csv":
        # A NUL refuses the whole file as not text (below); the other controls stay.
        cases = [([c.replace("\x00", "") for c in row], what, ident) for row, what, ident in cases]
        write_csv(data, HEADER, [row for row, _what, _id in cases])
    else:
        cases = [([_clean(c) for c in row], what, ident) for row, what, ident in cases]
        write_xlsx(data, HEADER, [row for row, _what, _id in cases])
    before = digest(demo_zh)
    with Document.open(demo_zh) as doc:
        plan = plan_import(doc, data)
        assert plan.missing_columns == []
        by_row = {outcome.row: outcome for outcome in plan.outcomes}
        for number, (row, what, ident) in enumerate(cases, start=2):
            outcome = by_row.get(number)
            holder, kpi, _period, value = row
            if outcome is None:  # an empty row (a text with nothing visible) is skipped
                assert not "".join(c.strip() for c in row[:1]) or what != "holder", ident
                continue
            if what == "holder" and holder.strip() not in ("SAL", "销售部"):
                assert outcome.kind in ("refused", "total"), (ident, outcome)
                if outcome.kind == "refused":
                    assert outcome.code in ("unknown_holder", "no_holder"), (ident, outcome)
            elif what == "kpi":
                assert outcome.kind in ("refused", "total"), (ident, outcome)
                if outcome.kind == "refused":
                    assert outcome.code in ("unknown_kpi", "no_kpi"), (ident, outcome)
            elif what == "period":
                assert outcome.kind == "refused", (ident, outcome)
                assert outcome.code in ("bad_period", "no_period"), (ident, outcome)
            elif what == "number":
                unit = KPIS[kpi]
                try:
                    expected = parse_value(value, unit)
                except NumberInputError as error:
                    assert outcome.kind == "refused", (ident, outcome)
                    assert outcome.code == "bad_number", (ident, outcome)
                    assert outcome.params["reason"] == error.code, (ident, outcome.params)
                else:
                    if expected is None:
                        continue  # a dash clears nothing in an import: no value
                    assert outcome.kind in ("new", "change", "same") or (
                        outcome.kind == "refused" and outcome.code == "out_of_range"
                    ), (ident, outcome)
            if outcome.kind == "refused":
                assert outcome.reason, (ident, outcome)  # the preview says why
        assert not plan.ok
        with pytest.raises(ImportRefused):
            apply_import(doc, plan)
    assert digest(demo_zh) == before


def test_a_header_of_hostile_texts_cannot_be_mapped_and_says_so(
    demo_zh: Path, tmp_path: Path
) -> None:
    header = [h.text[:200] for h in TEXTS if h.name is None][:6]
    data = tmp_path / "unmapped.csv"
    write_csv(data, header, [["销售部", "new_customers", "2026-11", "5", "", ""]])
    before = digest(demo_zh)
    with Document.open(demo_zh) as doc:
        plan = plan_import(doc, data)
        # "<b>粗体</b>部门" names a department column: that guess is right; no value is.
        assert "value" in plan.missing_columns
    done = subprocess.run(
        [sys.executable, "-m", "perfdesk", "import", str(demo_zh), str(data)],
        capture_output=True,
        text=True,
        env={"PYTHONPATH": SRC, "PATH": "/usr/bin:/bin", "QT_QPA_PLATFORM": "offscreen"},
        timeout=120,
    )
    assert done.returncode == 1, done.stdout + done.stderr
    assert "cannot map the columns" in done.stderr and "Traceback" not in done.stderr
    assert digest(demo_zh) == before


def test_a_csv_holding_a_nul_is_refused_as_not_text(demo_zh: Path, tmp_path: Path) -> None:
    from perfdesk.store.import_files import ImportFileError

    data = tmp_path / "nul.csv"
    write_csv(data, HEADER, [["销售\x00部", "new_customers", "2026-11", "5"]])
    before = digest(demo_zh)
    with Document.open(demo_zh) as doc, pytest.raises(ImportFileError) as refused:
        plan_import(doc, data)
    assert refused.value.code == "not_text"
    assert digest(demo_zh) == before
