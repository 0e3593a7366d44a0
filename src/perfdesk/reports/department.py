"""The department monthly report (月度业绩跟踪报告) as a PDF.

From `store.report_data.DepartmentReport`: a title block, the month's scorecard by
balanced-scorecard perspective (target, actual, achievement, status as shape and
word, gap, year to date), a small vector trend chart per KPI, the alerts, the unit's
people ranked by weighted achievement, its open actions with their latest 10-day
report, and the month's deviation notes in three steps.
"""

from __future__ import annotations

import datetime
from collections.abc import Callable
from pathlib import Path
from typing import IO, Any

from perfdesk.core.kpi import Perspective, Status
from perfdesk.core.numbers import format_kpi_value, number
from perfdesk.core.periods import format_period, parse_period
from perfdesk.core.report_facts import AlertKind
from perfdesk.reports.pdf import (
    CONTENT_WIDTH_MM,
    Frame,
    Markup,
    build,
    paragraph,
    status_markup,
    styles,
    table,
)
from perfdesk.reports.text import escape
from perfdesk.reports.words import (
    COLOURS,
    SHAPES,
    action_status_word,
    perspective_word,
    status_word,
    word,
)
from perfdesk.store.report_data import DepartmentReport, ScoreRow

_ALERT_WORDS = {
    AlertKind.MISSING: "alert_missing",
    AlertKind.TWICE_OFF: "alert_twice_off",
    AlertKind.RED_NO_NOTE: "alert_red_no_note",
}
_CHARTS_PER_ROW = 3
_LABEL_COLUMN = (("BACKGROUND", (0, 0), (0, -1), "#F3F5F7"),)


def write_department_report(
    report: DepartmentReport,
    out: Path | IO[bytes],
    lang: str = "zh",
    made: datetime.datetime | None = None,
    charts: bool = True,
    progress: Callable[[int], None] | None = None,
    cancel: Callable[[], bool] | None = None,
) -> int:
    """Write the report as a PDF to `out`; the number of pages."""
    period = format_period(parse_period(report.period), lang)
    frame = Frame(
        title=word("dept_title", lang),
        subject=word("dept_heading", lang, unit=report.unit_name, period=period),
        file_name=report.source.path_name,
        document_id=report.source.document_id,
        made=made or datetime.datetime.now().replace(microsecond=0),
        lang=lang,
        author=report.source.company,
    )
    story = story_of(report, lang, frame.made, charts)
    return build(out, frame, story, progress, cancel)


def story_of(
    report: DepartmentReport, lang: str, made: datetime.datetime, charts: bool = True
) -> list[Any]:
    from reportlab.lib.units import mm
    from reportlab.platypus import CondPageBreak, Spacer

    s = styles(lang)
    period = format_period(parse_period(report.period), lang)
    story: list[Any] = [
        paragraph(word("dept_title", lang), s["title"]),
        paragraph(f"{report.unit_name} · {period}", s["subtitle"]),
        Spacer(1, 3 * mm),
        _title_block(report, lang, period, made),
        Spacer(1, 2 * mm),
        paragraph(Markup(_summary(report, lang)), s["body"]),
    ]

    def section(key: str, body: list[Any]) -> None:
        # A heading never ends a page alone: it moves on with room for its first lines.
        story.extend([CondPageBreak(40 * mm), paragraph(word(key, lang), s["h1"]), *body])

    section("scorecard", [_scorecard(report, lang)] if report.rows else _none(lang))
    if charts:
        section("trends", _trends(report, lang) if report.rows else _none(lang))
    section("alerts", [_alerts(report, lang)] if report.alerts else _none(lang))
    section("people", [_people(report, lang)] if report.people else _none(lang))
    section("actions", [_actions(report, lang)] if report.actions else _none(lang))
    section("notes", _notes(report, lang) if report.notes else _none(lang))
    return story


def _none(lang: str) -> list[Any]:
    return [paragraph(word("none", lang), styles(lang)["muted"])]


def _title_block(report: DepartmentReport, lang: str, period: str, made: datetime.datetime) -> Any:
    from reportlab.lib.units import mm
    from reportlab.platypus import Table

    s = styles(lang)
    pairs = [
        (word("company", lang), report.source.company or "—"),
        (word("unit", lang), report.unit_name),
        (word("period", lang), period),
        (word("manager", lang), report.manager or "—"),
        (word("made", lang), made.strftime("%Y-%m-%d %H:%M")),
    ]
    rows = [[paragraph(k, s["label"]), paragraph(v, s["body"])] for k, v in pairs]
    return Table(
        rows,
        colWidths=[28 * mm, (CONTENT_WIDTH_MM - 28) * mm],
        style=[("VALIGN", (0, 0), (-1, -1), "TOP"), ("LEFTPADDING", (0, 0), (-1, -1), 0)],
        hAlign="LEFT",
    )


def _summary(report: DepartmentReport, lang: str) -> str:
    counts: dict[Status, int] = {}
    for row in report.rows:
        counts[row.facts.status] = counts.get(row.facts.status, 0) + 1
    parts = [
        f'<font color="{COLOURS[status]}">{SHAPES[status]}</font>&nbsp;'
        f"{escape(status_word(status, lang))} {counts[status]}"
        for status in Status
        if counts.get(status)
    ]
    return escape(word("summary", lang, counts="")) + "&nbsp;&nbsp;".join(parts)


def _rate(rate: float | None) -> str:
    return "" if rate is None else number(rate * 100, 1) + "%"


def _value(row: ScoreRow, value: float | None, lang: str) -> str:
    return format_kpi_value(value, row.kpi.decimals, row.kpi.unit, lang) or "—"


def _gap(row: ScoreRow, lang: str) -> str:
    gap = row.facts.gap
    if gap is None:
        return "—"
    text = format_kpi_value(abs(gap), row.kpi.decimals, row.kpi.unit, lang)
    return ("+" if gap >= 0 else "−") + text


def _scorecard(report: DepartmentReport, lang: str) -> Any:
    header = [
        word("kpi", lang),
        word("weight", lang),
        word("target", lang),
        word("actual", lang),
        word("achievement", lang),
        word("status", lang),
        word("gap", lang),
        word("ytd_actual", lang),
        word("ytd_target", lang),
        word("ytd_status", lang),
    ]
    rows: list[list[Any]] = []
    bands: list[int] = []
    for perspective in Perspective:
        group = [r for r in report.rows if r.kpi.perspective is perspective]
        if not group:
            continue
        bands.append(len(rows))
        rows.append([perspective_word(perspective, lang)])
        for row in group:
            facts, ytd = row.facts, row.facts.ytd
            name = row.kpi.name
            if row.title and row.kpi.name not in row.title:  # '2026年销售额' adds nothing
                name = word("named_goal", lang, kpi=row.kpi.name, title=row.title)
            rows.append(
                [
                    name,
                    number(row.weight, 1, trim=True) + "%",
                    _value(row, facts.target, lang),
                    _value(row, facts.actual, lang),
                    _rate(facts.achievement) or "—",
                    status_markup(facts.status, lang),
                    _gap(row, lang),
                    _value(row, ytd.actual, lang),
                    _value(row, ytd.target, lang),
                    Markup(
                        escape(_rate(ytd.achievement)) + "<br/>" + status_markup(ytd.status, lang)
                    ),
                ]
            )
    return table(
        header,
        rows,
        [32, 13, 19, 19, 17, 21, 17, 20, 20, 20],
        lang,
        right=(1, 2, 3, 4, 6, 7, 8),
        bands=bands,
    )


def _trends(report: DepartmentReport, lang: str) -> list[Any]:
    from reportlab.lib.units import mm
    from reportlab.platypus import Table

    from perfdesk.reports.charts import trend_chart

    s = styles(lang)
    upto = len(report.months)
    width = CONTENT_WIDTH_MM / _CHARTS_PER_ROW * mm
    cells: list[Any] = []
    for row in report.rows:
        chart = trend_chart(
            row.targets,
            row.actuals,
            COLOURS[row.facts.status],
            width - 8,
            26 * mm,
            row.kpi.decimals,
            upto,
        )
        unit = f" ({row.kpi.unit})" if row.kpi.unit else ""
        cells.append([paragraph(row.kpi.name + unit, s["cell"]), chart])
    while len(cells) % _CHARTS_PER_ROW:
        cells.append("")
    grid = [cells[i : i + _CHARTS_PER_ROW] for i in range(0, len(cells), _CHARTS_PER_ROW)]
    legend = paragraph(f"{word('legend_actual', lang)}　{word('legend_target', lang)}", s["muted"])
    return [
        legend,
        Table(
            grid,
            colWidths=[width] * _CHARTS_PER_ROW,
            style=[("VALIGN", (0, 0), (-1, -1), "TOP"), ("LEFTPADDING", (0, 0), (-1, -1), 2)],
            hAlign="LEFT",
        ),
    ]


def _months_text(months: tuple[str, ...], lang: str) -> str:
    return (
        "、".join(format_period(parse_period(m), lang) for m in months)
        if lang != "en"
        else (", ".join(format_period(parse_period(m), lang) for m in months))
    )


def _alerts(report: DepartmentReport, lang: str) -> Any:
    rows = [
        [word(_ALERT_WORDS[alert.kind], lang), alert.kpi_name, _months_text(alert.periods, lang)]
        for alert in report.alerts
    ]
    return table(
        [word("alert_kind", lang), word("kpi", lang), word("months", lang)],
        rows,
        [55, 55, 70],
        lang,
    )


def _people(report: DepartmentReport, lang: str) -> Any:
    rows = [
        [
            str(person.rank) if person.rank is not None else "—",
            person.name,
            person.unit_name,
            str(person.goals),
            _rate(person.score) or word("no_score", lang),
        ]
        for person in report.people
    ]
    return table(
        [
            word("rank", lang),
            word("name", lang),
            word("team", lang),
            word("goals", lang),
            word("score", lang),
        ],
        rows,
        [14, 40, 56, 18, 52],
        lang,
        right=(0, 3, 4),
    )


def _actions(report: DepartmentReport, lang: str) -> Any:
    rows = []
    for action in report.actions:
        due = action.due_date.isoformat() if action.due_date else "—"
        if action.overdue:
            due = f"{due}\n{SHAPES[Status.RED]} {word('overdue', lang)}"
        latest = action.latest
        if latest is None:
            report_text = word("no_report", lang)
        else:
            value = format_kpi_value(
                latest.measured_value, action.kpi_decimals, action.kpi_unit, lang
            )
            progress = "" if latest.progress is None else number(latest.progress, 0) + "%"
            report_text = word(
                "report_line",
                lang,
                period=_period_text(latest.period, lang),
                date=latest.report_date.isoformat(),
                progress=progress or "—",
                value=value or "—",
            )
            if latest.note.strip():
                report_text += "\n" + latest.note
        rows.append(
            [
                action.title,
                action.owner or "—",
                due,
                action_status_word(action.status, lang),
                report_text,
            ]
        )
    return table(
        [
            word("action", lang),
            word("owner", lang),
            word("due", lang),
            word("status", lang),
            word("latest_report", lang),
        ],
        rows,
        [50, 20, 22, 18, 70],
        lang,
    )


def _period_text(key: str, lang: str) -> str:
    try:
        return format_period(parse_period(key), lang)
    except ValueError:
        return key


def _notes(report: DepartmentReport, lang: str) -> list[Any]:
    s = styles(lang)
    found: list[Any] = []
    steps = (
        "step_gap",
        "step_internal_cause",
        "step_external_cause",
        "step_internal_measures",
        "step_external_needs",
    )
    for row in report.notes:
        note = row.note
        texts = (
            note.gap,
            note.internal_cause,
            note.external_cause,
            note.internal_measures,
            note.external_needs,
        )
        body = [[word(step, lang), text or "—"] for step, text in zip(steps, texts, strict=True)]
        found.append(paragraph(row.kpi_name, s["h2"]))
        found.append(table([], body, [35, 145], lang, extra=_LABEL_COLUMN))
    return found
