"""The meeting review record (业绩跟踪会议记录) as a PDF.

From `store.report_meeting.MeetingRecord`: the title block (company, meeting, date,
place, period, chair, secretary-general, minute-taker) and attendance (应到/实到, late,
absent, on leave); the agenda with planned against actual minutes and each overrun
written out ("超时 2:30"), not only coloured; per department the KPI table as frozen
at the meeting's start with a small vector chart of its achievements; the issues with
their questioning steps; the improvement-action table (改进行动表); the minutes and
decisions per agenda item; the meeting's effectiveness figures; and signature lines
for the chair (主任) and the secretary-general (秘书长).

The record of an ended meeting is reproducible: it is dated by the meeting's end (the
footer's "made" time and the PDF's creation date) and its file id derives from the
meeting, so the same record gives the same bytes. A meeting that has not ended prints
as a draft, marked so in the header and at the top.
"""

from __future__ import annotations

import datetime
from collections.abc import Callable
from pathlib import Path
from typing import IO, Any

from perfdesk.core.meeting_clock import clock_text
from perfdesk.core.numbers import format_kpi_value, number
from perfdesk.core.periods import format_period, parse_period
from perfdesk.reports.pdf import (
    CONTENT_WIDTH_MM,
    Coloured,
    Frame,
    Markup,
    build,
    paragraph,
    status_text,
    styles,
    table,
)
from perfdesk.reports.text import escape
from perfdesk.reports.words import COLOURS, SHAPES, word
from perfdesk.store.report_meeting import AgendaLine, MeetingRecord, SnapshotGroup

_LABEL_COLUMNS = (
    ("BACKGROUND", (0, 0), (0, -1), "#F3F5F7"),
    ("BACKGROUND", (2, 0), (2, -1), "#F3F5F7"),
)
_OVER = "#B2182B"


def write_meeting_record(
    record: MeetingRecord,
    out: Path | IO[bytes],
    lang: str = "zh",
    made: datetime.datetime | None = None,
    progress: Callable[[int], None] | None = None,
    cancel: Callable[[], bool] | None = None,
) -> int:
    """Write the record as a PDF to `out`; the number of pages.

    An ended meeting's record is dated by its end and made reproducibly (`made` is
    ignored); a draft is dated `made` (now by default)."""
    ended = record.ended and record.ended_ms is not None
    if ended:
        assert record.ended_ms is not None
        end = datetime.datetime.fromtimestamp(record.ended_ms / 1000, tz=datetime.UTC)
        moment = end.astimezone().replace(tzinfo=None)  # the footer shows local time
    else:
        end = None
        moment = made or datetime.datetime.now().replace(microsecond=0)
    frame = Frame(
        title=word("meeting_title" if ended else "meeting_draft_title", lang),
        subject=record.title,
        file_name=record.source.path_name,
        document_id=record.source.document_id,
        made=moment.replace(microsecond=0),
        lang=lang,
        author=record.source.company,
        reproducible=ended,
        fixed_time=end,
        fingerprint=f"{record.id}/{record.ended_ms}/{lang}" if ended else "",
    )
    return build(out, frame, story_of(record, lang), progress, cancel)


def _period(key: str, lang: str) -> str:
    try:
        return format_period(parse_period(key), lang)
    except ValueError:
        return key or "—"


def _minutes(seconds: float) -> str:
    return number(seconds / 60, 1, trim=True)


def story_of(record: MeetingRecord, lang: str) -> list[Any]:
    from reportlab.lib.units import mm
    from reportlab.platypus import CondPageBreak, Spacer

    s = styles(lang)
    ended = record.ended and record.ended_ms is not None
    story: list[Any] = [
        paragraph(word("meeting_title" if ended else "meeting_draft_title", lang), s["title"]),
        paragraph(record.title, s["subtitle"]),
    ]
    if not ended:
        story.append(
            paragraph(
                Markup(
                    f'<font color="{_OVER}" size="12">'
                    f"{escape(word('meeting_draft_banner', lang))}</font>"
                ),
                s["value"],
            )
        )
    story += [
        Spacer(1, 3 * mm),
        _title_block(record, lang),
        Spacer(1, 2 * mm),
        *_attendance(record, lang),
    ]

    def section(key: str, body: list[Any]) -> None:
        # A heading never ends a page alone: it moves on with room for its first lines.
        story.extend([CondPageBreak(40 * mm), paragraph(word(key, lang), s["h1"]), *body])

    section("m_agenda", [_agenda(record, lang)] if record.agenda else _none(lang))
    section("m_snapshot", _snapshot(record, lang))
    section("m_issues", [_issues(record, lang)] if record.issues else _none(lang))
    section("m_actions", [_actions(record, lang)] if record.actions else _none(lang))
    section("m_minutes", _minutes_by_item(record, lang) or _none(lang))
    section("m_figures", [_figures(record, lang)])
    section("m_sign", [Spacer(1, 4 * mm), _signatures(lang)])
    return story


def _none(lang: str) -> list[Any]:
    return [paragraph(word("none", lang), styles(lang)["muted"])]


def _title_block(record: MeetingRecord, lang: str) -> Any:
    when = record.date + (f" {record.start_time}" if record.start_time else "")
    status = word(f"meeting_status_{record.status}", lang)
    if record.ended_ms is not None and record.ended:
        end = datetime.datetime.fromtimestamp(record.ended_ms / 1000).strftime("%Y-%m-%d %H:%M")
        status = f"{status} · {end}"
    rows = [
        [
            word("company", lang),
            record.source.company or "—",
            word("meeting_name", lang),
            record.title,
        ],
        [word("meeting_date", lang), when, word("meeting_place", lang), record.place or "—"],
        [
            word("meeting_period", lang),
            _period(record.period, lang),
            word("status", lang),
            status,
        ],
        [
            word("meeting_chair", lang),
            record.chair or "—",
            word("meeting_secretary", lang),
            record.secretary or "—",
        ],
        [word("meeting_minute_taker", lang), record.minute_taker or "—", "", ""],
    ]
    return table([], rows, [26, 64, 26, 64], lang, extra=_LABEL_COLUMNS)


def _attendance(record: MeetingRecord, lang: str) -> list[Any]:
    s = styles(lang)
    line = word("attendance_line", lang, invited=len(record.attendees), present=record.present)
    rows = []
    for kind, key in (
        ("late", "attendance_late"),
        ("absent", "attendance_absent"),
        ("excused", "attendance_excused"),
        ("", "attendance_unknown"),
    ):
        names = [a.name for a in record.attendees if a.attendance == kind]
        if names or kind in ("late", "absent", "excused"):
            rows.append([word(key, lang), _join(names, lang) or word("none", lang)])
    return [
        paragraph(
            f"{word('attendance', lang)}：{line}"
            if lang != "en"
            else f"{word('attendance', lang)}: {line}",
            s["value"],
        ),
        table([], rows, [26, 154], lang, extra=_LABEL_COLUMNS[:1]),
    ]


def _join(names: list[str], lang: str) -> str:
    return ("、" if lang != "en" else ", ").join(names)


def _result(line: AgendaLine, lang: str) -> str:
    """The item's outcome in words: ▲ 超时 2:30 (in red) / 提前 1:10 / 准时 / 跳过 / 未进行."""
    if line.actual_seconds is None:
        return word("not_reached", lang)
    difference = round(line.actual_seconds - line.planned_seconds)
    if difference > 0:
        result = "▲ " + word("overrun", lang, time=clock_text(difference))
    elif difference < 0:
        result = word("underrun", lang, time=clock_text(-difference))
    else:
        result = word("on_time", lang)
    if line.skipped:
        result += "\n" + word("skipped", lang)
    if abs(line.allotted_seconds - line.planned_seconds) >= 1:
        result += "\n" + word("extended", lang, time=clock_text(line.allotted_seconds))
    return Coloured(result, _OVER) if difference > 0 else result


def _agenda(record: MeetingRecord, lang: str) -> Any:
    rows: list[list[Any]] = []
    for line in record.agenda:
        who = line.speaker + (f"（{line.unit}）" if line.unit and lang != "en" else "")
        if line.unit and lang == "en":
            who = f"{line.speaker} ({line.unit})"
        rows.append(
            [
                str(line.number),
                line.title or "—",
                who or "—",
                clock_text(line.planned_seconds),
                clock_text(line.actual_seconds) if line.actual_seconds is not None else "—",
                _result(line, lang),
            ]
        )
    figures = record.figures
    ran = [line for line in record.agenda if line.actual_seconds is not None]
    rows.append(
        [
            "",
            word("total", lang),
            "",
            clock_text(figures.planned_seconds),
            clock_text(sum(line.actual_seconds or 0 for line in ran)) if ran else "—",
            "",
        ]
    )
    return table(
        [
            word("item_no", lang),
            word("agenda_item", lang),
            word("speaker", lang),
            word("planned", lang),
            word("actual_time", lang),
            word("time_result", lang),
        ],
        rows,
        [10, 52, 40, 18, 18, 42],
        lang,
        right=(0, 3, 4),
        extra=(("BACKGROUND", (0, len(rows)), (-1, len(rows)), "#F3F5F7"),),
    )


def _snapshot(record: MeetingRecord, lang: str) -> list[Any]:
    s = styles(lang)
    if not record.snapshot_taken:
        return [paragraph(word("no_snapshot", lang), s["muted"])]
    found: list[Any] = []
    period = record.snapshot[0].lines[0].period if record.snapshot else record.period
    found.append(paragraph(word("snapshot_period", lang, period=_period(period, lang)), s["muted"]))
    for group in record.snapshot:
        found += _group(group, lang)
    return found


def _value(value: float | None, decimals: int, unit: str, lang: str) -> str:
    return format_kpi_value(value, decimals, unit, lang) or "—"


def _group(group: SnapshotGroup, lang: str) -> list[Any]:
    from reportlab.lib.units import mm
    from reportlab.platypus import KeepTogether

    from perfdesk.reports.charts import achievement_bars

    s = styles(lang)
    rows: list[list[Any]] = []
    for line in group.lines:
        kpi = line.kpi
        gap = "—"
        if line.gap is not None:
            gap = ("+" if line.gap >= 0 else "−") + _value(
                abs(line.gap), kpi.decimals, kpi.unit, lang
            )
        causes = [
            word(key, lang, text=text)
            for key, text in (
                ("gap_note_line", line.gap_note),
                ("cause_internal_line", line.internal_cause),
                ("cause_external_line", line.external_cause),
            )
            if text.strip()
        ]
        measures = [
            word(key, lang, text=text)
            for key, text in (
                ("measures_line", line.internal_measures),
                ("needs_line", line.external_needs),
            )
            if text.strip()
        ]
        rows.append(
            [
                kpi.name,
                _value(line.target, kpi.decimals, kpi.unit, lang),
                _value(line.actual, kpi.decimals, kpi.unit, lang),
                "—" if line.achievement is None else number(line.achievement * 100, 1) + "%",
                status_text(line.status, lang),
                gap,
                "\n".join(causes) or "—",
                "\n".join(measures) or "—",
            ]
        )
    kpis = table(
        [
            word("kpi", lang),
            word("target", lang),
            word("actual", lang),
            word("achievement", lang),
            word("status", lang),
            word("gap", lang),
            word("causes", lang),
            word("measures_resources", lang),
        ],
        rows,
        [25, 20, 20, 15, 18, 17, 32, 33],
        lang,
        right=(1, 2, 3, 5),
    )
    chart = achievement_bars(
        [
            (line.kpi.name, line.achievement, COLOURS[line.status], SHAPES[line.status])
            for line in group.lines
        ],
        CONTENT_WIDTH_MM * mm * 0.75,
    )
    return [
        KeepTogether(
            [
                paragraph(group.unit or "—", s["h2"]),
                chart,
                paragraph(word("chart_note", lang), s["muted"]),
            ]
        ),
        kpis,
    ]


def _issues(record: MeetingRecord, lang: str) -> Any:
    rows: list[list[Any]] = []
    for issue in record.issues:
        description = issue.description
        if issue.parked:
            description += word("parked", lang)
        units = _join(list(issue.related_units), lang) or "—"
        units += f"\n→ {issue.responsible_unit or '—'}"
        solution = "\n".join(
            text for text in (issue.solution.strip(), issue.resource_request.strip()) if text
        )
        rows.append(
            [
                str(issue.number),
                description,
                word(f"cause_{issue.cause}", lang) if issue.cause else "—",
                units,
                issue.owner or "—",
                issue.due_date or "—",
                solution or "—",
            ]
        )
    return table(
        [
            word("item_no", lang),
            word("issue", lang),
            word("issue_cause", lang),
            word("issue_units", lang),
            word("owner", lang),
            word("due", lang),
            word("issue_solution", lang),
        ],
        rows,
        [9, 55, 15, 30, 16, 19, 36],
        lang,
        right=(0,),
    )


def _actions(record: MeetingRecord, lang: str) -> Any:
    rows: list[list[Any]] = []
    for action in record.actions:
        expected = "—"
        if action.baseline is not None or action.expected is not None:
            expected = word(
                "form_expected_text",
                lang,
                kpi=action.kpi_name or "—",
                baseline=_value(action.baseline, action.kpi_decimals, action.kpi_unit, lang),
                expected=_value(action.expected, action.kpi_decimals, action.kpi_unit, lang),
            )
        time = f"{action.start_date or '—'}\n{word('to', lang)} {action.due_date or '—'}"
        title = action.title
        if action.issue_number:
            title += "\n" + word("issue_of", lang, number=action.issue_number)
        rows.append(
            [
                title,
                time,
                action.responsible_unit or "—",
                expected,
                action.measures.strip() or "—",
                action.owner or "—",
            ]
        )
    return table(
        [
            word("action", lang),
            word("form_time", lang),
            word("form_unit", lang),
            word("form_expected", lang),
            word("form_measures", lang),
            word("owner", lang),
        ],
        rows,
        [36, 22, 20, 34, 52, 16],
        lang,
    )


def _minutes_by_item(record: MeetingRecord, lang: str) -> list[Any]:
    """One table: a band per agenda item (in the order it ran), its entries below."""
    s = styles(lang)
    titles = {line.id: f"{line.number}. {line.title}" for line in record.agenda}
    order = [line.id for line in record.agenda]
    grouped: dict[str | None, list[Any]] = {}
    for entry in record.minutes:
        key = entry.agenda_item_id if entry.agenda_item_id in titles else None
        grouped.setdefault(key, []).append(entry)
    rows: list[list[Any]] = []
    bands: list[int] = []
    for key in [*order, None]:
        entries = grouped.get(key)
        if not entries:
            continue
        bands.append(len(rows))
        rows.append([titles[key] if key else word("general_minutes", lang)])
        rows += [[word(f"minute_{e.kind}", lang), e.text] for e in entries]
    found: list[Any] = []
    if rows:
        found.append(
            table(
                [word("minute_kind", lang), word("minute_text", lang)],
                rows,
                [22, 158],
                lang,
                bands=bands,
            )
        )
    if record.notes.strip():
        found.append(paragraph(word("meeting_notes", lang), s["h2"]))
        found.append(paragraph(record.notes, s["body"]))
    return found


def _share(value: float | None) -> str:
    return "—" if value is None else number(value * 100, 1) + "%"


def _figures(record: MeetingRecord, lang: str) -> Any:
    figures = record.figures
    over = [f for f in figures.items if f.overrun_seconds > 0 and f.actual_seconds > 0]
    per_unit = _join(
        [
            f"{unit or '—'} {count}"
            for unit, count in sorted(figures.issues_per_unit.items(), key=lambda p: -p[1])
        ],
        lang,
    )
    invited = len(record.attendees)
    rows = [
        [
            word("fig_planned", lang),
            word("minutes_unit", lang, minutes=_minutes(figures.planned_seconds)),
        ],
        [
            word("fig_actual", lang),
            word("minutes_unit", lang, minutes=_minutes(figures.actual_seconds)),
        ],
        [
            word("fig_overrun", lang),
            word("minutes_unit", lang, minutes=number(figures.overrun_minutes, 1, trim=True)),
        ],
        [word("fig_overrun_items", lang), f"{len(over)} / {len(figures.items)}"],
        [word("fig_reporting", lang), _share(figures.reporting_share)],
        [word("fig_questioning", lang), _share(figures.questioning_share)],
        [word("fig_issues", lang), str(len(record.issues))],
        [word("fig_issues_per_unit", lang), per_unit or "—"],
        [word("fig_actions", lang), str(len(record.actions))],
        [word("fig_attendance", lang), _share(record.present / invited if invited else None)],
    ]
    return table(
        [word("figure", lang), word("figure_value", lang)],
        rows,
        [60, 120],
        lang,
        extra=(("BACKGROUND", (0, 1), (0, -1), "#F3F5F7"),),
    )


def _signatures(lang: str) -> Any:
    from reportlab.lib import colors
    from reportlab.lib.units import mm
    from reportlab.platypus import Table

    s = styles(lang)
    rows = [
        [
            paragraph(word(who, lang), s["label"]),
            "",
            paragraph(word("sign_date", lang), s["label"]),
            "",
        ]
        for who in ("sign_chair", "sign_secretary")
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
