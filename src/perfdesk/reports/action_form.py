"""The improvement-action form (改进行动表) as a PDF: one action per page, to hand out
and sign.

The seeds' columns (改进事项, 改进时间, 负责部门, 预期结果, 改进措施) with the owner,
the co-departments and their part of the plan, the linked KPI from baseline to
expected, where the action came from (meeting, issue), its 10-day reports so far and
signature lines for the owner and the secretary-general. Long measures continue on
the next page; the next action always starts on a new one.
"""

from __future__ import annotations

import datetime
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import IO, Any

from perfdesk.core.kpi import Status
from perfdesk.core.numbers import format_kpi_value, number
from perfdesk.core.periods import format_period, parse_period
from perfdesk.reports.pdf import Frame, build, paragraph, styles, table
from perfdesk.reports.words import SHAPES, action_status_word, word
from perfdesk.store.report_data import ActionForm

_LABEL_COLUMN = (("BACKGROUND", (0, 0), (0, -1), "#F3F5F7"),)


def write_action_forms(
    forms: Sequence[ActionForm],
    out: Path | IO[bytes],
    lang: str = "zh",
    made: datetime.datetime | None = None,
    subject: str = "",
    progress: Callable[[int], None] | None = None,
    cancel: Callable[[], bool] | None = None,
) -> int:
    """Write one form per action to `out`; the number of pages."""
    if not forms:
        raise ValueError("no action to print")
    first = forms[0]
    frame = Frame(
        title=word("form_title", lang),
        subject=subject or (first.title if len(forms) == 1 else first.source.company),
        file_name=first.source.path_name,
        document_id=first.source.document_id,
        made=made or datetime.datetime.now().replace(microsecond=0),
        lang=lang,
        author=first.source.company,
    )
    from reportlab.platypus import PageBreak

    story: list[Any] = []
    for index, form in enumerate(forms):
        if index:
            story.append(PageBreak())
        story += _form(form, lang)
    return build(out, frame, story, progress, cancel)


def _date(day: datetime.date | None) -> str:
    return day.isoformat() if day else "—"


def _form(form: ActionForm, lang: str) -> list[Any]:
    from reportlab.lib.units import mm
    from reportlab.platypus import KeepTogether, Spacer

    s = styles(lang)
    status = action_status_word(form.status, lang)
    if form.overdue:
        status += f"　{SHAPES[Status.RED]} {word('overdue', lang)}"
    owner = form.owner or "—"
    if form.owner_reason.strip():
        owner += word("form_owner_reason", lang, reason=form.owner_reason.strip())
    co_units = "\n".join(
        f"{name}：{plan}"
        if plan.strip() and lang != "en"
        else (f"{name}: {plan}" if plan.strip() else name)
        for name, plan in form.co_units
    )
    value = _value_text(form, lang)
    source_lines = []
    if form.meeting_title:
        source_lines.append(
            word("form_meeting", lang, title=form.meeting_title, date=form.meeting_date or "—")
        )
    if form.issue:
        source_lines.append(word("form_issue", lang, issue=form.issue))
    rows = [
        [word("action", lang), form.title],
        [word("form_id", lang), form.id[:8]],
        [word("status", lang), status],
        [
            word("form_time", lang),
            f"{_date(form.start_date)} {word('to', lang)} {_date(form.due_date)}",
        ],
        [word("form_unit", lang), form.responsible_unit or "—"],
        [word("owner", lang), owner],
        [word("form_co_units", lang), co_units or "—"],
        [word("form_kpi", lang), form.kpi_name or "—"],
        [word("form_expected", lang), value],
        [word("form_source", lang), "\n".join(source_lines) or "—"],
        [word("form_measures", lang), form.measures.strip() or "—"],
    ]
    if form.status_reason.strip():
        rows.append([word("form_reason", lang), form.status_reason])
    story: list[Any] = [
        paragraph(word("form_title", lang), s["title"]),
        paragraph(form.title, s["subtitle"]),
        Spacer(1, 4 * mm),
        table([], rows, [34, 146], lang, extra=_LABEL_COLUMN),
    ]
    if form.reports:
        story.append(paragraph(word("form_reports", lang), s["h2"]))
        story.append(
            table(
                [
                    word("period", lang),
                    word("form_report_date", lang),
                    word("form_progress", lang),
                    word("form_measured", lang),
                    word("form_note", lang),
                ],
                [
                    [
                        _period(r.period, lang),
                        r.report_date.isoformat(),
                        "—" if r.progress is None else number(r.progress, 0) + "%",
                        format_kpi_value(r.measured_value, form.kpi_decimals, form.kpi_unit, lang)
                        or "—",
                        r.note or "",
                    ]
                    for r in form.reports
                ],
                [30, 24, 16, 26, 84],
                lang,
                right=(2, 3),
            )
        )
    story.append(Spacer(1, 12 * mm))
    story.append(KeepTogether([_signatures(lang)]))
    return story


def _value_text(form: ActionForm, lang: str) -> str:
    if form.baseline is None and form.expected is None:
        return "—"
    baseline = format_kpi_value(form.baseline, form.kpi_decimals, form.kpi_unit, lang) or "—"
    expected = format_kpi_value(form.expected, form.kpi_decimals, form.kpi_unit, lang) or "—"
    return word(
        "form_expected_text", lang, kpi=form.kpi_name or "—", baseline=baseline, expected=expected
    )


def _period(key: str, lang: str) -> str:
    try:
        return format_period(parse_period(key), lang)
    except ValueError:
        return key


def _signatures(lang: str) -> Any:
    from reportlab.lib import colors
    from reportlab.lib.units import mm
    from reportlab.platypus import Table

    s = styles(lang)
    rows = [
        [
            paragraph(word("sign_owner", lang), s["label"]),
            "",
            paragraph(word("sign_date", lang), s["label"]),
            "",
        ],
        [
            paragraph(word("sign_secretary", lang), s["label"]),
            "",
            paragraph(word("sign_date", lang), s["label"]),
            "",
        ],
    ]
    return Table(
        rows,
        colWidths=[40 * mm, 70 * mm, 16 * mm, 44 * mm],
        rowHeights=[14 * mm, 14 * mm],
        style=[
            ("VALIGN", (0, 0), (-1, -1), "BOTTOM"),
            ("LINEBELOW", (1, 0), (1, -1), 0.6, colors.HexColor("#333333")),
            ("LINEBELOW", (3, 0), (3, -1), 0.6, colors.HexColor("#333333")),
        ],
        hAlign="LEFT",
    )
