"""The organisation: company, departments, teams and the people in them.

Owns the org-unit tree and the people's roles on the review committee
(业绩跟踪委员会: chair, vice chair, secretary, department representatives).
"""

from __future__ import annotations

import enum
from collections.abc import Iterable
from dataclasses import dataclass


class UnitKind(enum.StrEnum):
    COMPANY = "company"
    DIVISION = "division"  # 事业部 / 分公司: a group of departments
    DEPARTMENT = "department"
    REGION = "region"  # 区域: a sales region or plant below a department
    TEAM = "team"


class CommitteeRole(enum.StrEnum):
    CHAIR = "chair"  # 主任, usually the general manager
    VICE_CHAIR = "vice_chair"  # 副主任
    SECRETARY = "secretary"  # 秘书长, usually the sales/business vice president
    REPRESENTATIVE = "representative"  # a department's member of the committee


@dataclass(frozen=True)
class OrgUnit:
    id: str
    name: str
    kind: UnitKind
    parent_id: str | None = None
    code: str = ""
    manager_id: str | None = None
    sort_order: int = 0
    archived: bool = False


@dataclass(frozen=True)
class Person:
    id: str
    name: str
    unit_id: str
    title: str = ""
    email: str = ""
    committee_role: CommitteeRole | None = None
    archived: bool = False
    employee_no: str = ""  # 工号, unique in the document where given


def unit_path(unit_id: str, units: dict[str, OrgUnit]) -> list[OrgUnit]:
    """The chain from the top unit down to `unit_id` (company first)."""
    chain: list[OrgUnit] = []
    seen: set[str] = set()
    current: str | None = unit_id
    while current is not None and current in units and current not in seen:
        seen.add(current)
        chain.append(units[current])
        current = units[current].parent_id
    return list(reversed(chain))


def descendants(unit_id: str, units: Iterable[OrgUnit]) -> set[str]:
    """Ids of every unit below `unit_id` (not including it)."""
    children: dict[str, list[str]] = {}
    for unit in units:
        if unit.parent_id is not None:
            children.setdefault(unit.parent_id, []).append(unit.id)
    found: set[str] = set()
    stack = list(children.get(unit_id, []))
    while stack:
        child = stack.pop()
        if child not in found:
            found.add(child)
            stack.extend(children.get(child, []))
    return found
