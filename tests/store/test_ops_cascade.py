"""Cascading a goal and splitting its target: what is written, refusals, one exact undo."""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path

import pytest

from perfdesk.core.cascade import Holder, plan_cascade
from perfdesk.store import ops
from perfdesk.store.document import Document, ReadOnlyError
from perfdesk.store.ops import OpError


def dump_queries(doc: Document) -> list[tuple[str, str]]:
    """Every live row of every table but stamps and sources (as test_ops_property): an
    undone insert is a tombstone, an undone first value an empty row."""
    queries = []
    tables = doc.conn.execute("SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name")
    for (table,) in tables.fetchall():
        columns = [r[1] for r in doc.conn.execute(f'PRAGMA table_info("{table}")')]
        names = ", ".join(f'"{c}"' for c in columns if c not in ("stamp", "source"))
        where = "1"
        if "deleted" in columns:
            where = "deleted = 0"
        elif table == "goal_values":
            where = "NOT (target IS NULL AND actual IS NULL AND note IS NULL)"
        elif table == "meta":
            where = "key <> 'clock'"
        queries.append((table, f'SELECT {names} FROM "{table}" WHERE {where}'))
    return queries


def dump(doc: Document, queries: list[tuple[str, str]]) -> list[tuple[object, ...]]:
    rows: list[tuple[object, ...]] = []
    for table, sql in queries:
        rows += sorted(((table, *row) for row in doc.conn.execute(sql)), key=repr)
    return rows


@pytest.fixture
def doc(tmp_path: Path):  # type: ignore[no-untyped-def]
    with Document.create(tmp_path / "c.perfdesk") as document:
        yield document


@pytest.fixture
def org(doc: Document) -> dict[str, str]:
    company = ops.add_org_unit(doc, "华信科技", "company").row_id or ""
    ids = {"company": company}
    for name in ("销售部", "市场部", "生产部"):
        ids[name] = ops.add_org_unit(doc, name, "department", company).row_id or ""
    ids["kpi"] = ops.add_kpi(doc, "sales", "销售额", unit="万元", decimals=1).row_id or ""
    ids["rate"] = (
        ops.add_kpi(doc, "conv", "转化率", unit="%", aggregation="average", decimals=1).row_id or ""
    )
    ids["goal"] = (
        ops.add_goal(doc, ids["kpi"], "2026", 1000, 40, unit_id=company, title="全年销售").row_id
        or ""
    )
    return ids


def _holders(org: dict[str, str], existing: dict[str, str] | None = None) -> list[Holder]:
    existing = existing or {}
    return [
        Holder(org[n], n, existing_goal_id=existing.get(n)) for n in ("销售部", "市场部", "生产部")
    ]


def _targets(doc: Document, goal_id: str) -> dict[str, float]:
    return dict(
        doc.conn.execute(
            "SELECT v.period, v.target FROM goal_values v JOIN goals g ON g.key = v.goal "
            "WHERE g.id = ? AND v.target IS NOT NULL ORDER BY v.period",
            (goal_id,),
        ).fetchall()
    )


def _children(doc: Document, parent: str) -> dict[str, tuple[str, float, str, float, str]]:
    return {
        row[0]: row[1:]
        for row in doc.conn.execute(
            "SELECT unit_id, id, target, title, weight, granularity FROM goals "
            "WHERE parent_id = ? AND deleted = 0",
            (parent,),
        )
    }


def test_cascade_with_shares_creates_linked_goals_that_add_up_and_undoes_in_one_step(
    doc: Document, org: dict[str, str]
) -> None:
    queries = dump_queries(doc)
    start = dump(doc, queries)
    plan = plan_cascade(
        1000,
        _holders(org),
        aggregation="sum",
        decimals=1,
        method="shares",
        shares=["50", "33.3", "16.7"],
    )
    step = ops.cascade_goal(doc, org["goal"], plan)
    children = _children(doc, org["goal"])
    assert {u: c[1] for u, c in children.items()} == {
        org["销售部"]: 500,
        org["市场部"]: 333,
        org["生产部"]: 167,
    }
    assert all(c[2] == "全年销售" and c[3] == 40 and c[4] == "month" for c in children.values())
    for child_id, target, *_rest in children.values():
        months = _targets(doc, child_id)
        assert len(months) == 12
        assert sum(Decimal(repr(v)) for v in months.values()) == Decimal(repr(target))
    after = dump(doc, queries)
    redo = step.undo(doc)
    assert dump(doc, queries) == start
    assert _children(doc, org["goal"]) == {}
    redo.undo(doc)
    assert dump(doc, queries) == after


def test_children_follow_the_parents_period_shape(doc: Document, org: dict[str, str]) -> None:
    ops.split_goal_target(doc, org["goal"], "profile", profile=[2] + [1] * 11)
    parent = _targets(doc, org["goal"])
    assert parent["2026-01"] == 153.9 and sum(map(Decimal, map(repr, parent.values()))) == 1000
    plan = plan_cascade(1000, _holders(org), aggregation="sum", decimals=1)
    ops.cascade_goal(doc, org["goal"], plan)
    for child_id, target, *_ in _children(doc, org["goal"]).values():
        months = _targets(doc, child_id)
        assert months["2026-01"] > months["2026-02"]
        assert sum(Decimal(repr(v)) for v in months.values()) == Decimal(repr(target))


def test_existing_goal_is_updated_or_skipped_as_decided(doc: Document, org: dict[str, str]) -> None:
    mine = ops.add_goal(doc, org["kpi"], "2026", 10, 100, unit_id=org["销售部"]).row_id or ""
    theirs = ops.add_goal(doc, org["kpi"], "2026", 20, 100, unit_id=org["市场部"]).row_id or ""
    existing = {"销售部": mine, "市场部": theirs}
    plan = plan_cascade(900, _holders(org, existing), aggregation="sum", decimals=1)
    plan = plan.decide(org["销售部"], "update")  # 市场部 stays skipped
    ops.cascade_goal(doc, org["goal"], plan)
    children = _children(doc, org["goal"])
    assert children[org["销售部"]][:2] == (mine, 300)
    assert org["市场部"] not in children
    assert doc.conn.execute(
        "SELECT target, parent_id FROM goals WHERE id = ?", (theirs,)
    ).fetchone() == (20, None)
    assert children[org["生产部"]][1] == 300


def test_rates_cascade_by_value(doc: Document, org: dict[str, str]) -> None:
    goal = ops.add_goal(doc, org["rate"], "2026", 32.5, 10, unit_id=org["company"]).row_id or ""
    plan = plan_cascade(32.5, _holders(org), aggregation="average", decimals=1)
    ops.cascade_goal(doc, goal, plan)
    for child_id, target, *_ in _children(doc, goal).values():
        assert target == 32.5
        assert set(_targets(doc, child_id).values()) == {32.5}


def test_split_to_ten_days_and_weeks_exactly(doc: Document, org: dict[str, str]) -> None:
    for granularity, count in (("ten_day", 36), ("week", 53)):
        goal = (
            ops.add_goal(
                doc, org["kpi"], "2026", 1000, 10, unit_id=org["销售部"], granularity=granularity
            ).row_id
            or ""
        )
        step = ops.split_goal_target(doc, goal, "even")
        parts = _targets(doc, goal)
        assert len(parts) == count
        assert sum(Decimal(repr(v)) for v in parts.values()) == 1000
        assert (
            doc.conn.execute("SELECT target FROM goals WHERE id = ?", (goal,)).fetchone()[0] == 1000
        )
        step.undo(doc)
        assert _targets(doc, goal) == {}


def test_split_keeps_locks_and_a_closed_month(doc: Document, org: dict[str, str]) -> None:
    ops.split_goal_target(doc, org["goal"], "even")
    ops.set_period_closed(doc, [org["goal"]], "2026-01", True)
    with pytest.raises(OpError) as error:
        ops.split_goal_target(doc, org["goal"], "even", locked={"2026-01": 5})
    assert error.value.code == "value_locked"
    ops.split_goal_target(doc, org["goal"], "even", locked={"2026-02": 100}, total=1200)
    parts = _targets(doc, org["goal"])
    assert parts["2026-01"] == 83.4 and parts["2026-02"] == 100  # January kept as closed
    assert sum(Decimal(repr(v)) for v in parts.values()) == 1200
    # The yearly target follows its parts, as set_values keeps it.
    row = doc.conn.execute("SELECT target FROM goals WHERE id = ?", (org["goal"],)).fetchone()
    assert row[0] == 1200


@pytest.mark.parametrize(
    ("kwargs", "code"),
    [
        ({"method": "profile", "profile": [0] * 12}, "profile_zero"),
        ({"method": "profile", "profile": [1] * 11 + [-1]}, "profile_negative"),
        ({"method": "even", "locked": {"2026-01": 2000}}, "locked_exceed"),
        ({"method": "even", "total": "1.25"}, "whole_precision"),
    ],
)
def test_refused_splits_write_nothing(doc: Document, org: dict[str, str], kwargs, code) -> None:  # type: ignore[no-untyped-def]
    queries = dump_queries(doc)
    start = dump(doc, queries)
    with pytest.raises(OpError) as error:
        ops.split_goal_target(doc, org["goal"], **kwargs)
    assert error.value.code == code
    assert dump(doc, queries) == start


def test_a_goal_without_target_or_gone_is_refused(doc: Document, org: dict[str, str]) -> None:
    empty = ops.add_goal(doc, org["kpi"], "2026", None, 10, unit_id=org["销售部"]).row_id or ""
    with pytest.raises(OpError) as error:
        ops.split_goal_target(doc, empty, "even")
    assert error.value.code == "no_target"
    with pytest.raises(OpError) as error:
        ops.split_goal_target(doc, "nope", "even")
    assert error.value.code == "missing"


def test_read_only_file_is_refused(tmp_path: Path, org: dict[str, str], doc: Document) -> None:
    doc.close()
    with Document.open(doc.path, read_only=True) as reader, pytest.raises(ReadOnlyError):
        ops.split_goal_target(reader, org["goal"], "even")


def test_seasonal_profiles_are_saved_renamed_archived_and_undone(doc: Document) -> None:
    from perfdesk.store.repo_cascade import load_profiles

    queries = dump_queries(doc)
    start = dump(doc, queries)
    saved = ops.save_profile(doc, "零售旺季", [5, 4, 8, 9, 10, 12, 7, 6, 9, 11, 13, "20.5"])
    (profile,) = load_profiles(doc.conn)
    assert profile.name == "零售旺季" and profile.weights[-1] == 20.5
    with pytest.raises(OpError) as error:
        ops.save_profile(doc, "零售旺季", [1] * 12)
    assert error.value.code == "profile_name_taken"
    for weights, code in (([0] * 12, "profile_zero"), ([1] * 11, "profile_length")):
        with pytest.raises(OpError) as error:
            ops.save_profile(doc, "其他", weights)
        assert error.value.code == code
    with pytest.raises(OpError) as error:
        ops.save_profile(doc, "  ", [1] * 12)
    assert error.value.code == "empty"
    renamed = ops.save_profile(doc, "平稳", [1] * 12, profile.id)
    assert [(p.name, p.weights) for p in load_profiles(doc.conn)] == [("平稳", (1.0,) * 12)]
    archived = ops.archive_profile(doc, profile.id)
    assert load_profiles(doc.conn) == []
    archived.undo(doc)
    renamed.undo(doc)
    assert load_profiles(doc.conn)[0].name == "零售旺季"
    saved.undo(doc)
    assert dump(doc, queries) == start


def test_many_goals_split_in_one_step_keep_closed_months_and_undo(
    doc: Document, org: dict[str, str]
) -> None:
    other = ops.add_goal(doc, org["kpi"], "2026", 240, 10, unit_id=org["销售部"]).row_id or ""
    ops.split_goal_target(doc, other, "even")
    ops.set_period_closed(doc, [other], "2026-03", True)
    queries = dump_queries(doc)
    start = dump(doc, queries)
    step = ops.split_goal_targets(
        doc, [org["goal"], other, org["goal"]], "profile", profile=[1] * 11 + [13]
    )
    assert step.changes.ids == {org["goal"], other}
    parent, mine = _targets(doc, org["goal"]), _targets(doc, other)
    assert parent["2026-12"] == 541.7 and sum(Decimal(repr(v)) for v in parent.values()) == 1000
    assert mine["2026-03"] == 20  # closed: kept as it was
    assert sum(Decimal(repr(v)) for v in mine.values()) == 240
    after = dump(doc, queries)
    redo = step.undo(doc)
    assert dump(doc, queries) == start
    redo.undo(doc)
    assert dump(doc, queries) == after


def test_a_split_after_reopening_leaves_untouched_rows_out_of_its_undo(
    tmp_path: Path,
) -> None:
    """Rows the split reads but does not write (a month closed in an earlier session)
    are not part of its undo step, so undo is not refused for their older stamps."""
    path = tmp_path / "reopen.perfdesk"
    with Document.create(path) as doc:
        company = ops.add_org_unit(doc, "华信科技", "company").row_id or ""
        kpi = ops.add_kpi(doc, "sales", "销售额", decimals=0).row_id or ""
        goal = ops.add_goal(doc, kpi, "2026", 120, 10, unit_id=company).row_id or ""
        ops.split_goal_target(doc, goal, "even")
        ops.set_period_closed(doc, [goal], "2026-01", True)
    with Document.open(path) as doc:
        queries = dump_queries(doc)
        start = dump(doc, queries)
        step = ops.split_goal_targets(doc, [goal], "profile", profile=[1] * 11 + [12])
        assert _targets(doc, goal)["2026-01"] == 10
        step.undo(doc)
        assert dump(doc, queries) == start


def test_two_level_cascade_is_one_step_and_adds_up_at_each_level(
    doc: Document, org: dict[str, str]
) -> None:
    from perfdesk.core.cascade import plan_two_levels

    teams: dict[str, list[Holder]] = {}
    for name, count in (("销售部", 3), ("市场部", 2), ("生产部", 1)):
        teams[org[name]] = [
            Holder(ops.add_org_unit(doc, f"{name}{i}组", "team", org[name]).row_id or "", "")
            for i in range(count)
        ]
    queries = dump_queries(doc)
    start = dump(doc, queries)
    plan = plan_two_levels(1000, _holders(org), teams, aggregation="sum", decimals=1, method="even")
    step = ops.cascade_two_levels(doc, org["goal"], plan)
    departments = _children(doc, org["goal"])
    assert sum(Decimal(repr(c[1])) for c in departments.values()) == 1000
    for unit_id, (goal_id, target, *_rest) in departments.items():
        below = _children(doc, goal_id)
        assert set(below) == {t.id for t in teams[unit_id]}
        assert sum(Decimal(repr(c[1])) for c in below.values()) == Decimal(repr(target))
        for team_goal, team_target, *_r in below.values():
            months = _targets(doc, team_goal)
            assert sum(Decimal(repr(v)) for v in months.values()) == Decimal(repr(team_target))
    after = dump(doc, queries)
    redo = step.undo(doc)  # one step takes both levels back
    assert dump(doc, queries) == start
    redo.undo(doc)
    assert dump(doc, queries) == after


def test_a_level_that_would_link_two_goals_under_each_other_is_refused_whole(
    doc: Document, org: dict[str, str]
) -> None:
    # One level of two plans: the first links 市场部's goal under 销售部's, the second
    # 销售部's under 市场部's. The links are written together after the level is
    # checked, so the check must see the first link before it is written.
    sales = ops.add_goal(doc, org["kpi"], "2026", 10, 100, unit_id=org["销售部"]).row_id or ""
    market = ops.add_goal(doc, org["kpi"], "2026", 20, 100, unit_id=org["市场部"]).row_id or ""
    queries = dump_queries(doc)
    start = dump(doc, queries)

    def plan(holder: str, existing: str) -> object:
        return plan_cascade(
            100,
            [Holder(org[holder], holder, existing_goal_id=existing)],
            aggregation="sum",
            decimals=1,
        ).decide(org[holder], "update")

    with pytest.raises(OpError) as error:
        ops.cascade_goals(doc, [(sales, plan("市场部", market)), (market, plan("销售部", sales))])
    assert error.value.code == "goal_loop"
    assert dump(doc, queries) == start
