"""Reading a table of actuals exported by an ERP, CRM or finance system: where its header
is, which column means what, and the periods in the forms such exports write them.

Pure Python (no Qt, no SQL, no pandas): the store reads the file into rows of cells
(text, numbers, dates or None) and resolves names against the document; this module
decides the layout and turns a period cell into a period key.

- `find_header` skips title lines above the header ("2026年10月销售实际", "单位：万元")
  and joins a two-row header whose top row was merged across columns
  ("2026年" over "1月 2月 3月", "实际" over "本月 累计").
- `guess_mapping` names the holder, KPI, period and value columns from their headers,
  or a wide layout with one column per month.
- `period_key` reads 2026-10, 2026/10, 2026.10, 202610, 2026年10月, 10月 (+ the year
  chosen), 会计期间 2026-10, 2026-10-D1, 2026-W07, Excel dates and date serials.
- `Mapping` is what a user chose, saved as JSON (per source, by `header_signature`).
"""

from __future__ import annotations

import datetime
import hashlib
import json
import re
import unicodedata
from dataclasses import asdict, dataclass, field, fields
from typing import Any

from perfdesk.core.periods import Granularity, PeriodError, parse_period

Cell = str | float | int | bool | datetime.date | datetime.datetime | None

MAX_TITLE_LINES = 30  # rows above the header searched for it
TOTAL_WORDS = frozenset(
    {"合计", "总计", "小计", "总和", "汇总", "total", "totals", "sum", "grandtotal", "subtotal"}
)
# Header words per role (normalised: NFKC, no spaces, lower case).
_ROLES: dict[str, tuple[str, ...]] = {
    "employee_no": (
        "工号",
        "员工编号",
        "员工号",
        "职员编号",
        "employeeno",
        "employeenumber",
        "empno",
    ),
    "holder": (
        "单位",
        "部门",
        "部门名称",
        "责任部门",
        "组织",
        "机构",
        "姓名",
        "员工",
        "员工姓名",
        "责任人",
        "人员",
        "unit",
        "department",
        "dept",
        "person",
        "name",
        "holder",
        "employee",
        "部门编码",
        "部门代码",
        "单位编码",
    ),
    "kpi": (
        "kpi",
        "指标",
        "指标名称",
        "指标编码",
        "指标代码",
        "考核指标",
        "项目",
        "kpicode",
        "kpiname",
        "metric",
    ),
    "period": ("期间", "会计期间", "月份", "月", "期", "日期", "年月", "period", "month", "date"),
    "value": (
        "实际",
        "实际值",
        "实际数",
        "本月实际",
        "完成",
        "完成值",
        "数值",
        "金额",
        "值",
        "actual",
        "value",
        "amount",
    ),
}


def normal(text: str) -> str:
    """A name as compared: NFKC (full-width to half), no spaces, lower case."""
    return re.sub(r"\s+", "", unicodedata.normalize("NFKC", text)).casefold()


def cell_text(cell: Cell) -> str:
    """A cell as text: '' for empty, 12 for 12.0, dates as ISO."""
    if isinstance(cell, str):
        return cell.strip()
    if cell is None:
        return ""
    if isinstance(cell, bool):
        return "TRUE" if cell else "FALSE"
    if isinstance(cell, float) and cell.is_integer() and abs(cell) < 1e15:
        return str(int(cell))
    if isinstance(cell, datetime.datetime | datetime.date):
        return cell.isoformat()
    return str(cell).strip()


def is_empty_row(row: list[Cell]) -> bool:
    return all(c is None or (isinstance(c, str) and not c.strip()) for c in row)


_FULL_WIDTH = re.compile(r"[\uff01-\uff5e\u3000\s]")


def is_total_row(row: list[Cell]) -> bool:
    """A totals row (合计/总计/小计/Total): reported, never imported."""
    for cell in row:
        if not isinstance(cell, str) or len(cell) > 24:
            continue
        text = cell.strip().casefold()
        if _FULL_WIDTH.search(text):  # "Ｔｏｔａｌ", "合 计"
            text = normal(text)
        text = text.rstrip(":：")
        if text in TOTAL_WORDS or text.startswith(("合计", "总计")):
            return True
    return False


def _numeric(cell: Cell) -> bool:
    if isinstance(cell, int | float) and not isinstance(cell, bool):
        return True
    if isinstance(cell, datetime.date):
        return True
    text = cell_text(cell).replace(",", "")
    return bool(re.fullmatch(r"[-+(]?[¥$]?[0-9.]+[)%]?(?:万|亿|万元|元)?", text))


def role_of(header: str) -> str | None:
    """Which column a header names, or None ('工号' employee_no; '部门' holder; ...)."""
    text = normal(header)
    if not text:
        return None
    for role, words in _ROLES.items():
        if text in words:
            return role
    for role, words in _ROLES.items():
        if any(len(word) >= 2 and word in text for word in words):
            return role
    return None


@dataclass(frozen=True)
class Header:
    """Where the header is (0-based row indexes) and each column's name."""

    row: int  # the header's (last) row: data starts below it
    rows: int  # 1, or 2 for a two-row header
    names: list[str]
    title_lines: list[str]  # the text of the lines above it


def find_header(rows: list[list[Cell]]) -> Header:
    """The header: the first of the first MAX_TITLE_LINES rows naming at least two
    known columns (or, failing that, the first row of at least two texts followed by a
    row with a number); a row below it of texts only, under a header with gaps (merged
    cells), is its second row."""
    best: int | None = None
    for index, row in enumerate(rows[:MAX_TITLE_LINES]):
        if len({cell_text(c) for c in row if cell_text(c)}) < 2:
            continue  # a title, a note such as "单位：万元", or an empty line
        roles = {role_of(cell_text(c)) for c in row} - {None}
        if len(roles) >= 2 or ("value" in roles and _month_columns(row)):
            best = index
            break
        if best is None and len(_month_columns(row)) >= 3:
            best = index
            break
    if best is None:
        for index, row in enumerate(rows[:MAX_TITLE_LINES]):
            texts = [c for c in row if cell_text(c) and not _numeric(c)]
            below = rows[index + 1] if index + 1 < len(rows) else []
            if len(texts) >= 2 and any(_numeric(c) for c in below):
                best = index
                break
    if best is None:
        best = 0
    top = [cell_text(c) for c in rows[best]] if rows else []
    width = max((len(r) for r in rows[best : best + 50]), default=len(top))
    top += [""] * (width - len(top))
    two = False
    if best + 1 < len(rows):
        second = [cell_text(c) for c in rows[best + 1]] + [""] * width
        second = second[:width]
        filled = [t for t in second if t]
        gaps = any(not t for t in top[1:]) or len(set(t for t in top if t)) < len(
            [t for t in top if t]
        )
        if (
            filled
            and (gaps or not second[0])
            and all(
                not _numeric(c) or _month_of(cell_text(c)) for c in rows[best + 1] if cell_text(c)
            )
            and not is_total_row(list(rows[best + 1]))
        ):
            two = True
            names = []
            last = ""
            for upper, lower in zip(top, second, strict=True):
                last = upper or last
                if lower and lower == upper:
                    names.append(upper)
                elif lower and upper == "" and last:
                    names.append(f"{last} {lower}")
                elif lower and upper:
                    names.append(f"{upper} {lower}")
                else:
                    names.append(upper)
                    if upper:
                        last = upper
            top = names
    titles = [" ".join(dict.fromkeys(cell_text(c) for c in r if cell_text(c))) for r in rows[:best]]
    return Header(best + (1 if two else 0), 2 if two else 1, top, [t for t in titles if t])


_MONTH_HEADER = re.compile(r"^(?:(\d{4})\s*[年\-/.]?\s*)?(\d{1,2})\s*月?$")


def _month_of(header: str) -> tuple[int | None, int] | None:
    """(year or None, month) a wide layout's column header names: "10月", "2026年10月",
    "2026-10", "2026年 10月" (a two-row header), "Oct"."""
    text = normal(header)
    text = re.sub(r"(实际|actual|本月)$", "", text)
    found = _MONTH_HEADER.match(text)
    if found and ("月" in text or found.group(1)):
        month = int(found.group(2))
        year = int(found.group(1)) if found.group(1) else None
        # A year a mapping can hold (Mapping.from_json): "10001" is a code, not 1000-01.
        if 1 <= month <= 12 and (year is None or 1900 <= year <= 2200):
            return (year, month)
    names = ("jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec")
    if text[:3] in names and len(text) <= 9:
        return (None, names.index(text[:3]) + 1)
    return None


def _month_columns(row: list[Cell]) -> list[int]:
    return [i for i, c in enumerate(row) if isinstance(c, str) and _month_of(c)]


# -- the mapping ------------------------------------------------------------------


@dataclass
class Mapping:
    """Which column is what, as the user confirmed it (saved per source as JSON).

    Columns are named by their header text. `months` (wide layout) maps a column to a
    month 1-12 (its year from the header or `year`). `value_unit` is the unit the
    file's bare numbers are in ("元" when the KPI is in 万元; "" = the KPI's own unit;
    "ratio" = 0.125 means 12.5 % for a % KPI).
    """

    holder: str = ""
    holder_by: str = "auto"  # auto | name | code | employee_no
    kpi: str = ""
    period: str = ""
    value: str = ""
    months: dict[str, int] = field(default_factory=dict)
    year: int | None = None
    value_unit: str = ""
    sheet: str = ""
    encoding: str = ""  # "" = detect; utf-8, gb18030
    default_kpi: str = ""  # a file of one KPI without a KPI column

    def to_json(self) -> str:
        return json.dumps(asdict(self), ensure_ascii=False, indent=1, sort_keys=True)

    @classmethod
    def from_json(cls, text: str) -> Mapping:
        """A mapping read from JSON; unknown keys are ignored, bad types refused."""
        data = json.loads(text)
        if not isinstance(data, dict):
            raise ValueError("a mapping is a JSON object")
        known = {f.name for f in fields(cls)}
        values: dict[str, Any] = {k: v for k, v in data.items() if k in known}
        for name in ("holder", "holder_by", "kpi", "period", "value", "value_unit", "sheet"):
            if not isinstance(values.get(name, ""), str):
                raise ValueError(f"{name} must be text")
        months = values.get("months", {})
        if not isinstance(months, dict) or not all(
            isinstance(v, int) and 1 <= v <= 12 for v in months.values()
        ):
            raise ValueError("months maps column names to 1-12")
        year = values.get("year")
        if year is not None and not (isinstance(year, int) and 1900 <= year <= 2200):
            raise ValueError("year must be a year such as 2026")
        if values.get("holder_by", "auto") not in ("auto", "name", "code", "employee_no"):
            raise ValueError("holder_by is auto, name, code or employee_no")
        return cls(**values)

    @property
    def wide(self) -> bool:
        return bool(self.months)


def header_signature(names: list[str]) -> str:
    """What identifies a source's layout: its header names, normalised (an export from
    the same report has the same header whatever month it holds)."""
    text = "\x1f".join(normal(n) for n in names if n)
    return hashlib.sha256(text.encode("utf-8")).hexdigest()[:32]


def guess_mapping(names: list[str], year: int | None = None) -> Mapping:
    """A first mapping from the header names: the first column of each role; month
    columns make a wide layout."""
    mapping = Mapping(year=year)
    for name in names:
        role = role_of(name)
        if role == "employee_no" and not mapping.holder:
            mapping.holder, mapping.holder_by = name, "employee_no"
        elif role == "holder" and not mapping.holder:
            mapping.holder = name
        elif role == "kpi" and not mapping.kpi:
            mapping.kpi = name
        elif role == "period" and not mapping.period:
            mapping.period = name
        elif role == "value" and not mapping.value and _month_of(name) is None:
            mapping.value = name
    if not mapping.period:
        mapping.months = {n: m[1] for n in names if n and (m := _month_of(n)) is not None}
        if mapping.months and mapping.year is None:
            years = {m[0] for n in names if n and (m := _month_of(n)) and m[0]}
            if len(years) == 1:
                mapping.year = years.pop()
    return mapping


def month_year(header: str) -> int | None:
    found = _month_of(header)
    return found[0] if found else None


# -- periods --------------------------------------------------------------------------

EXCEL_EPOCH = datetime.date(1899, 12, 30)
_PREFIX = re.compile(r"^(会计期间|期间|会计月|period|fiscalperiod)[:：]?", re.IGNORECASE)
_YM = re.compile(r"^(\d{4})\s*[-/.]\s*(\d{1,2})(?:\s*[-/.]\s*(\d{1,2}))?$")
_COMPACT = re.compile(r"^(\d{4})(\d{2})$")
_MONTH_ONLY = re.compile(r"^(\d{1,2})\s*月(?:份)?$")


class BadPeriod(ValueError):
    """A period cell that names no entry period; `code`: bad_period, no_year, derived."""

    def __init__(self, code: str, text: str) -> None:
        self.code = code
        self.text = text
        super().__init__(f"{code}: {text}")


def from_serial(value: float) -> datetime.date:
    """An Excel date serial (1900 system) as a date."""
    return EXCEL_EPOCH + datetime.timedelta(days=int(value))


def period_key(cell: Cell, year: int | None = None, granularity: str = "month") -> str:
    """The entry period a cell names, at `granularity` when it is a date.

    Raises BadPeriod: "bad_period" for text no form fits, "no_year" for "10月" without a
    year chosen, "derived" for a quarter or year (computed, never entered).
    """
    if isinstance(cell, datetime.datetime):
        cell = cell.date()
    if isinstance(cell, datetime.date):
        return _of_day(cell, granularity)
    if isinstance(cell, int | float) and not isinstance(cell, bool):
        number = float(cell)
        if 190001 <= number <= 220012 and number.is_integer():
            cell = str(int(number))
        elif 20000 <= number <= 80000:  # Excel serials for 1954-2119
            return _of_day(from_serial(number), granularity)
        else:
            raise BadPeriod("bad_period", cell_text(cell))
    text = unicodedata.normalize("NFKC", str(cell)).strip()
    bare = _PREFIX.sub("", re.sub(r"\s+", "", text))
    if not bare:
        raise BadPeriod("bad_period", text)
    found = _YM.match(bare)
    if found:
        y, m, d = int(found.group(1)), int(found.group(2)), found.group(3)
        if d is not None:
            try:
                return _of_day(datetime.date(y, m, int(d)), granularity)
            except ValueError:
                raise BadPeriod("bad_period", text) from None
        bare = f"{y:04d}-{m:02d}"
    elif (compact := _COMPACT.match(bare)) is not None:
        bare = f"{compact.group(1)}-{compact.group(2)}"
    elif (only := _MONTH_ONLY.match(bare)) is not None:
        if year is None:
            raise BadPeriod("no_year", text)
        bare = f"{year:04d}-{int(only.group(1)):02d}"
    try:
        period = parse_period(bare)
    except PeriodError:
        raise BadPeriod("bad_period", text[:40]) from None
    if period.granularity in (Granularity.YEAR, Granularity.HALF, Granularity.QUARTER):
        raise BadPeriod("derived", text[:40])
    return period.key


def _of_day(day: datetime.date, granularity: str) -> str:
    from perfdesk.core.periods import Period

    g = {"ten_day": Granularity.TEN_DAY, "week": Granularity.WEEK}.get(
        granularity, Granularity.MONTH
    )
    try:
        return Period.of(day, g).key
    except PeriodError:
        raise BadPeriod("bad_period", day.isoformat()) from None
