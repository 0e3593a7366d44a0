"""The person archive (业绩跟踪档案) as a PDF: the Evaluation menu's archive page, printable.

From `store.report_meeting.PersonReport` (repo_evaluations.person_archive with the
document it came from): who the person is; the score of every evaluation period with
the rank and flags frozen by its evaluation; the evaluations with their appeals and
outcomes; the issues raised against the person's unit at review meetings; and the
improvement actions the person owns with their result.
"""

from __future__ import annotations

import datetime
from collections.abc import Callable
from pathlib import Path
from typing import IO, Any

from perfdesk.core.numbers import number
from perfdesk.core.periods import format_period, parse_period
from perfdesk.reports.pdf import Frame, build, paragraph, styles, table
from perfdesk.reports.words import action_status_word, flag_word, word
from perfdesk.store.repo_evaluations import PersonArchive
from perfdesk.store.report_meeting import PersonReport

_LABEL_COLUMNS = (
    ("BACKGROUND", (0, 0), (0, -1), "#F3F5F7"),
    ("BACKGROUND", (2, 0), (2, -1), "#F3F5F7"),
)


def write_person_archive(
    report: PersonReport,
    out: Path | IO[bytes],
    lang: str = "zh",
    made: datetime.datetime | None = None,
    progress: Callable[[int], None] | None = None,
    cancel: Callable[[], bool] | None = None,
) -> int:
    """Write the archive as a PDF to `out`; the number of pages."""
    archive = report.archive
    frame = Frame(
        title=word("person_title", lang),
        subject=f"{archive.name} · {archive.unit_name}" if archive.unit_name else archive.name,
        file_name=report.source.path_name,
        document_id=report.source.document_id,
        made=made or datetime.datetime.now().replace(microsecond=0),
        lang=lang,
        author=report.source.company,
    )
    return build(out, frame, story_of(report, lang, frame.made), progress, cancel)


def _period(key: str, lang: str) -> str:
    try:
        return format_period(parse_period(key), lang)
    except ValueError:
        return key


def _percent(value: float | None) -> str:
    return "—" if value is None else number(value * 100, 1) + "%"


def _flags(flags: tuple[str, ...], rules: Any, lang: str) -> str:
    return ("；" if lang != "en" else "; ").join(flag_word(f, rules, lang) for f in flags)


def story_of(report: PersonReport, lang: str, made: datetime.datetime) -> list[Any]:
    from reportlab.lib.units import mm
    from reportlab.platypus import CondPageBreak, Spacer

    s = styles(lang)
    archive = report.archive
    story: list[Any] = [
        paragraph(word("person_title", lang), s["title"]),
        paragraph(archive.name, s["subtitle"]),
        Spacer(1, 3 * mm),
        table(
            [],
            [
                [
                    word("person_name", lang),
                    archive.name,
                    word("unit", lang),
                    archive.unit_name or "—",
                ],
                [
                    word("person_job", lang),
                    archive.title or "—",
                    word("person_no", lang),
                    archive.employee_no or "—",
                ],
                [
                    word("company", lang),
                    report.source.company or "—",
                    word("made", lang),
                    made.strftime("%Y-%m-%d %H:%M"),
                ],
            ],
            [24, 66, 24, 66],
            lang,
            extra=_LABEL_COLUMNS,
        ),
    ]

    def section(key: str, body: list[Any]) -> None:
        story.extend([CondPageBreak(40 * mm), paragraph(word(key, lang), s["h1"]), *body])

    section("p_scores", _scores(report, lang) if archive.periods else _none(lang))
    section("p_evaluations", [_evaluations(archive, lang)] if archive.evaluations else _none(lang))
    section("p_issues", [_issues(archive, lang)] if archive.issues else _none(lang))
    section("p_actions", [_actions(archive, lang)] if archive.actions else _none(lang))
    return story


def _none(lang: str) -> list[Any]:
    return [paragraph(word("none", lang), styles(lang)["muted"])]


def _scores(report: PersonReport, lang: str) -> list[Any]:
    archive = report.archive
    current = report.rules
    rows = []
    for line in archive.periods:
        if line.score.value is None:
            score = word("not_scored" if line.score.goals else "no_goals", lang)
        else:
            score = _percent(line.score.value)
        if line.rank is not None:
            rank = word("p_rank", lang, rank=line.rank, ranked=line.ranked or "—")
        else:
            rank = word("not_ranked" if line.evaluated else "not_evaluated", lang)
        rows.append([_period(line.period, lang), score, rank, _flags(line.flags, current, lang)])
    return [
        table(
            [
                word("period", lang),
                word("score_col", lang),
                word("rank", lang),
                word("flags", lang),
            ],
            rows,
            [40, 30, 30, 80],
            lang,
            right=(1, 2),
        ),
        paragraph(word("scores_note", lang), styles(lang)["muted"]),
    ]


def _evaluations(archive: PersonArchive, lang: str) -> Any:
    rows = []
    for e in sorted(archive.evaluations, key=lambda e: e.period, reverse=True):
        used = archive.rules.get((e.rule_id, e.rule_version))
        rank = word("p_rank", lang, rank=e.rank, ranked=e.ranked or "—") if e.rank else "—"
        base = [
            _period(e.period, lang),
            _percent(e.score),
            rank,
            _flags(e.flags, used, lang) or "—",
            word("rules_version", lang, version=e.rule_version, day=e.frozen_on.isoformat()),
        ]
        if not e.appeals:
            rows.append([*base, "—", "—"])
        for appeal in e.appeals:
            status = word(f"appeal_{appeal.status}", lang)
            if appeal.decided_on:
                status = word("decided_on", lang, status=status, day=appeal.decided_on.isoformat())
            outcome = appeal.outcome
            if appeal.status == "revised" and appeal.revised_score is not None:
                outcome = word(
                    "revised_to", lang, score=_percent(appeal.revised_score), text=outcome
                )
            filed = word("appeal_line", lang, day=appeal.filed_on.isoformat(), reason=appeal.reason)
            rows.append([*base, filed, f"{status}\n{outcome}".strip()])
    return table(
        [
            word("period", lang),
            word("score_col", lang),
            word("rank", lang),
            word("flags", lang),
            word("rules_used", lang),
            word("appeal", lang),
            word("outcome", lang),
        ],
        rows,
        [22, 16, 16, 26, 30, 36, 34],
        lang,
        right=(1, 2),
    )


def _issues(archive: PersonArchive, lang: str) -> Any:
    rows = [
        [
            i.meeting_title or "—",
            i.meeting_date or "—",
            i.description,
            word(f"cause_{i.cause}", lang) if i.cause in ("internal", "external") else "—",
            i.due_date or "—",
            i.solution or "—",
        ]
        for i in archive.issues
    ]
    return table(
        [
            word("meeting_name", lang),
            word("meeting_date", lang),
            word("issue", lang),
            word("issue_cause", lang),
            word("due", lang),
            word("issue_solution", lang),
        ],
        rows,
        [32, 20, 58, 14, 20, 36],
        lang,
    )


def _actions(archive: PersonArchive, lang: str) -> Any:
    def value(v: float | None) -> str:
        return "—" if v is None else f"{v:,.4g}"

    rows = [
        [
            a.title,
            action_status_word(a.status, lang),
            a.due_date.isoformat() if a.due_date else "—",
            value(a.expected),
            value(a.result_value),
            a.verified_on.isoformat() if a.verified_on else "—",
            a.result_note or "—",
        ]
        for a in archive.actions
    ]
    return table(
        [
            word("action", lang),
            word("status", lang),
            word("due", lang),
            word("expected", lang),
            word("result", lang),
            word("verified", lang),
            word("form_note", lang),
        ],
        rows,
        [48, 16, 20, 18, 18, 20, 40],
        lang,
        right=(3, 4),
    )
