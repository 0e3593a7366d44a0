"""Org tree order (general manager and managers first) and search by name, pinyin and number."""

from __future__ import annotations

from perfdesk.core.org import (
    CommitteeRole,
    OrgUnit,
    Person,
    UnitKind,
    ordered_children,
    tree_order,
)
from perfdesk.core.org_search import OrgSearch

UNITS = [
    OrgUnit("c", "华信集团", UnitKind.COMPANY, manager_id="gm"),
    OrgUnit("sales", "上海销售部", UnitKind.DEPARTMENT, "c", code="SH-S", manager_id="boss"),
    OrgUnit("team", "销售一组", UnitKind.TEAM, "sales", manager_id="lead"),
    OrgUnit("cq", "重庆销售部", UnitKind.DEPARTMENT, "c"),
]
PEOPLE = [  # in name order, as loaded: heads deliberately not first
    Person("a", "艾明", "team", "销售代表"),
    Person("boss", "曾春睿", "sales", "销售部经理", employee_no="HX10069"),
    Person("lead", "吕琪子", "team", "主管"),
    Person("vp", "莫琪红", "c", "副总经理", committee_role=CommitteeRole.VICE_CHAIR),
    Person("gm", "闫娟", "c", "总经理", committee_role=CommitteeRole.CHAIR),
]


def test_general_manager_on_top_and_heads_before_their_teams() -> None:
    order = [node.id for node in tree_order(ordered_children(UNITS, PEOPLE))]
    assert order == ["c", "gm", "vp", "sales", "boss", "team", "lead", "a", "cq"]


def test_a_unit_whose_parent_is_missing_is_shown_at_the_top() -> None:
    orphan = OrgUnit("o", "孤儿部", UnitKind.DEPARTMENT, "gone")
    children = ordered_children([*UNITS, orphan], PEOPLE)
    assert [node.id for node in children[None]] == ["c", "o"]


def _search() -> OrgSearch:
    return OrgSearch(tree_order(ordered_children(UNITS, PEOPLE)))


def test_names_titles_and_numbers_match_before_pinyin_is_ready() -> None:
    search = _search()
    assert search.find("销售部") == ["sales", "boss", "cq"]  # boss: 销售部经理
    assert search.find("总经理") == ["gm", "vp"]
    assert search.find("hx10069") == ["boss"]
    assert search.find("sh-s") == ["sales"]
    assert search.find("xsb") == []  # pinyin not loaded yet
    assert not search.ready
    assert search.find("  ") == []


def test_pinyin_initials_full_pinyin_and_surname_readings() -> None:
    search = _search()
    search.prepare()
    assert search.ready
    assert search.find("xsb") == ["sales", "cq"]
    assert search.find("XiaoShou Bu") == ["sales", "cq"]
    assert search.find("cqxsb") == ["cq"]  # 重庆 as a phrase: chongqing
    assert search.find("zengchunrui") == ["boss"]  # 曾 as a surname reads zeng
    assert search.find("zcr") == ["boss"]
    assert search.find("hxjt") == ["c"]
