"""Operations on evaluations: the rules' versions, freezing a period, appeals and their review.

Reads are in store/repo_evaluations.py, the rules and arithmetic in core.evaluation and
core.scoring. Each function is one transaction and one undo step (see the package
docstring). Nothing here rewrites history: a rule change is a new row with version + 1;
an evaluation is written frozen (the schema's trigger then refuses any change of its
content); an appeal's outcome is written on the appeal, never on the evaluation.
"""

from __future__ import annotations

import datetime
import json

from perfdesk.core.evaluation import (
    DECISIONS,
    DEFAULT_RULES,
    DEFAULT_RULES_NAME,
    Rules,
    RulesError,
    appeal_refusal,
    check_rules,
)
from perfdesk.core.periods import parse_period
from perfdesk.core.scoring import RANKING_GRANULARITIES
from perfdesk.store import repo_evaluations
from perfdesk.store.document import Document
from perfdesk.store.ops._base import (
    Changes,
    OpError,
    OpResult,
    name_text,
    number,
    period_key,
    require,
    text_field,
    write,
)
from perfdesk.store.ops._images import Recorder
from perfdesk.store.schema_v4 import MAX_TEXT

_TABLES = frozenset({"evaluation_rules", "evaluations", "appeals"})


def _checked(rules: Rules) -> Rules:
    try:
        return check_rules(rules)
    except RulesError as error:
        raise OpError("bad_rules", problem=error.code) from None


def save_rules(doc: Document, rules: Rules, name: str = "") -> OpResult:
    """A new version of the evaluation rules (version + 1); the old rows stay as they are,
    so evaluations frozen with them keep their meaning. Refused when nothing changed."""
    rules = _checked(rules)
    with write(doc) as conn:
        current = repo_evaluations.current_rules(conn)
        rules_name = name_text(name or current.name or DEFAULT_RULES_NAME, "evaluation_rules")
        if current.id is not None and current.rules == rules and current.name == rules_name:
            raise OpError("rules_unchanged")
        top = conn.execute("SELECT max(version) FROM evaluation_rules").fetchone()[0] or 0
        record = Recorder(doc)
        row_id = record.insert(
            "evaluation_rules",
            {"name": rules_name, "version": top + 1, "rules": rules.to_json()},
        )
        return record.result(Changes(_TABLES, frozenset({row_id})), row_id)


def evaluate_period(doc: Document, period: str) -> OpResult:
    """Score, rank and flag everyone with goals for `period` under the current rules and
    freeze the result (one `evaluations` row per person and unit, frozen = 1, with the
    rule id and version). The seeds' defaults are stored as version 1 first when the
    document has no rules yet. Refused for a period already evaluated."""
    key = period_key(period)
    if parse_period(key).granularity not in RANKING_GRANULARITIES:
        raise OpError("evaluation_period", period=key)
    with write(doc) as conn:
        if conn.execute(
            "SELECT 1 FROM evaluations WHERE period = ? AND deleted = 0 LIMIT 1", (key,)
        ).fetchone():
            raise OpError("period_evaluated", period=key)
        record = Recorder(doc)
        stored = repo_evaluations.current_rules(conn)
        if stored.id is None:
            rule_id = record.insert(
                "evaluation_rules",
                {"name": stored.name, "version": 1, "rules": stored.rules.to_json()},
            )
            stored = repo_evaluations.StoredRules(rule_id, stored.name, 1, stored.rules)
        ranking = repo_evaluations.ranking(conn, key, stored)
        if not ranking.rows:
            raise OpError("nothing_to_evaluate", period=key)
        ids = set()
        for row in ranking.rows:
            person = row.holder.group == repo_evaluations.PERSON
            ids.add(
                record.insert(
                    "evaluations",
                    {
                        "period": key,
                        "unit_id": None if person else row.holder.id,
                        "person_id": row.holder.id if person else None,
                        "score": row.score.value,
                        "rank": row.rank,
                        "ranked": row.ranked if row.rank is not None else None,
                        "flags": _json_list(row.flags),
                        "rule_id": stored.id,
                        "rule_version": stored.version,
                        "frozen": 1,
                    },
                )
            )
        return record.result(Changes(_TABLES, frozenset(ids)))


def _json_list(items: tuple[str, ...]) -> str:
    return json.dumps(list(items))


def file_appeal(
    doc: Document,
    evaluation_id: str,
    reason: str,
    filed_on: datetime.date | None = None,
) -> OpResult:
    """An appeal (异议/复核) against a frozen evaluation, within the rules' window after
    freezing (the rules the evaluation was frozen with); one open appeal at a time."""
    text = text_field(reason, MAX_TEXT, "appeal_reason")
    if not text:
        raise OpError("empty", field="appeal_reason")
    day = filed_on or datetime.date.today()
    if day > datetime.date.today():
        raise OpError("appeal_future", date=day.isoformat())
    with write(doc) as conn:
        require(doc, "evaluations", evaluation_id, "evaluation")
        found = repo_evaluations.evaluation(conn, evaluation_id)
        assert found is not None
        used = repo_evaluations.rules_by_id(conn, found.rule_id)
        rules = used.rules if used is not None else DEFAULT_RULES
        open_appeals = sum(1 for appeal in found.appeals if appeal.status == "open")
        refusal = appeal_refusal(found.frozen, found.frozen_on, day, rules, open_appeals)
        if refusal is not None:
            raise OpError(refusal[0], **refusal[1])
        record = Recorder(doc)
        row_id = record.insert(
            "appeals",
            {
                "evaluation_id": evaluation_id,
                "filed_on": day.isoformat(),
                "reason": text,
                "status": "open",
            },
        )
        return record.result(Changes(_TABLES, frozenset({row_id, evaluation_id})), row_id)


def decide_appeal(
    doc: Document,
    appeal_id: str,
    decision: str,
    outcome: str = "",
    decided_on: datetime.date | None = None,
    revised_score: float | None = None,
) -> OpResult:
    """The review's outcome: upheld (the evaluation stands), rejected (the appeal is
    refused) or revised (with the revised score, 1.0 = 100 %), recorded with its date.
    The frozen evaluation itself is never changed; the revised score stands beside it."""
    if decision not in DECISIONS:
        raise OpError("bad_decision", value=str(decision)[:50])
    note = text_field(outcome, MAX_TEXT, "appeal_outcome")
    if decision == "revised":
        if revised_score is None:
            raise OpError("revised_needs_score")
        score: float | None = number(revised_score, "revised_score")
        if not 0 <= (score or 0.0) <= 10:
            raise OpError("too_large", field="revised_score", limit=10)
    elif revised_score is not None:
        raise OpError("score_only_when_revised")
    else:
        score = None
    day = decided_on or datetime.date.today()
    if day > datetime.date.today():
        raise OpError("appeal_future", date=day.isoformat())
    with write(doc):
        appeal = require(doc, "appeals", appeal_id, "appeal")
        if appeal["status"] != "open":
            raise OpError("appeal_decided", status=appeal["status"])
        filed = datetime.date.fromisoformat(appeal["filed_on"])
        if day < filed:
            raise OpError("decided_before_filed", decided=day.isoformat(), filed=filed.isoformat())
        record = Recorder(doc)
        record.update(
            "appeals",
            (appeal_id,),
            {
                "status": decision,
                "outcome": note,
                "decided_on": day.isoformat(),
                "revised_score": score,
            },
        )
        ids = frozenset({appeal_id, appeal["evaluation_id"]})
        return record.result(Changes(_TABLES, ids), appeal_id)
