"""The facts a report states: alerts and the ranking of people."""

from __future__ import annotations

from perfdesk.core.kpi import Direction, Kpi, Status
from perfdesk.core.report_facts import AlertKind, goal_alerts, month_facts, rank_people
from perfdesk.core.scoring import NO_GOALS, Score, holder_score

SALES = Kpi("k", "S", "Sales", direction=Direction.HIGHER)
MONTHS = ["2026-01", "2026-02", "2026-03"]


def test_alerts_for_missing_values_two_misses_and_red_without_note() -> None:
    targets = {m: 100.0 for m in MONTHS}
    actuals = {"2026-02": 80.0, "2026-03": 70.0}  # January missing, two reds in a row
    kinds = {a.kind: a.periods for a in goal_alerts("g", SALES, MONTHS, targets, actuals, set())}
    assert kinds[AlertKind.MISSING] == ("2026-01",)
    assert kinds[AlertKind.TWICE_OFF] == ("2026-02", "2026-03")
    assert kinds[AlertKind.RED_NO_NOTE] == ("2026-03",)
    noted = goal_alerts("g", SALES, MONTHS, targets, actuals, {"2026-03"})
    assert AlertKind.RED_NO_NOTE not in {a.kind for a in noted}


def test_month_facts_judge_the_last_month_and_the_year_to_date() -> None:
    facts = month_facts(SALES, MONTHS, {m: 100.0 for m in MONTHS}, {m: 95.0 for m in MONTHS})
    assert facts.status is Status.AMBER and facts.gap == -5.0
    assert facts.ytd.actual == 285.0 and facts.ytd.target == 300.0


def test_people_rank_best_first_ties_share_and_unjudged_last() -> None:
    ranked = rank_people(
        [
            ("d", "D", "u", holder_score([(100, None)])),
            ("a", "A", "u", holder_score([(50, 1.0), (50, 1.0)])),
            ("e", "E", "u", NO_GOALS),
            ("b", "B", "u", holder_score([(100, 1.1)])),
            ("c", "C", "u", Score(1.0 + 1e-12, 1, 0, 100.0)),  # equal within scoring's tolerance
        ]
    )
    assert [(p.name, p.rank) for p in ranked] == [
        ("B", 1),
        ("A", 2),
        ("C", 2),
        ("D", None),
        ("E", None),
    ]
    assert [p.goals for p in ranked] == [1, 2, 1, 1, 0]
