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


_ROLE_RANK = {
    CommitteeRole.CHAIR: 0,  # the general manager heads the whole tree
    CommitteeRole.VICE_CHAIR: 2,
    CommitteeRole.SECRETARY: 3,
}
_MANAGER_RANK = 1
_OTHER_RANK = 4


def ordered_children(
    units: Iterable[OrgUnit], people: Iterable[Person]
) -> dict[str | None, list[OrgUnit | Person]]:
    """What the org tree shows under each unit (key None: the top), in reading order.

    A unit's people come before its sub-units, so a head is never listed after
    the teams; among them the general manager (committee chair) first, then the
    unit's manager, the vice chair and secretary, then everyone else in the
    given order. Sub-units keep the given order (sort_order, name). A unit whose
    parent is missing is shown at the top; a person whose unit is missing is not.
    """
    unit_list = list(units)
    known = {unit.id: unit for unit in unit_list}
    children: dict[str | None, list[OrgUnit | Person]] = {}
    members: dict[str, list[tuple[int, int, Person]]] = {}
    for number, person in enumerate(people):
        unit = known.get(person.unit_id)
        if unit is None:
            continue
        if person.committee_role is CommitteeRole.CHAIR:
            rank = _ROLE_RANK[CommitteeRole.CHAIR]
        elif unit.manager_id == person.id:
            rank = _MANAGER_RANK
        else:
            rank = _ROLE_RANK.get(person.committee_role, _OTHER_RANK)  # type: ignore[arg-type]
        members.setdefault(unit.id, []).append((rank, number, person))
    for unit_id, ranked in members.items():
        ranked.sort(key=lambda entry: (entry[0], entry[1]))
        children[unit_id] = [person for _rank, _number, person in ranked]
    for unit in unit_list:
        parent = unit.parent_id if unit.parent_id in known and unit.parent_id != unit.id else None
        children.setdefault(parent, []).append(unit)
    return children


def tree_order(children: dict[str | None, list[OrgUnit | Person]]) -> list[OrgUnit | Person]:
    """Every unit and person of `ordered_children` depth first, as the tree lists them."""
    order: list[OrgUnit | Person] = []
    seen: set[str] = set()
    stack = list(reversed(children.get(None, [])))
    while stack:
        node = stack.pop()
        if node.id in seen:
            continue
        seen.add(node.id)
        order.append(node)
        if isinstance(node, OrgUnit):
            stack.extend(reversed(children.get(node.id, [])))
    return order


@dataclass(frozen=True)
class Scope:
    """What a selection in the org tree covers, for the lists that filter by it (meetings,
    actions): a unit with every unit below it and their people, or one person. The top
    of the tree (the company) covers everything."""

    units: frozenset[str] = frozenset()
    people: frozenset[str] = frozenset()
    everything: bool = False

    def concerns(self, unit_ids: Iterable[str | None], person_ids: Iterable[str | None]) -> bool:
        """Whether something tied to these units and people is inside the scope."""
        if self.everything:
            return True
        return any(u in self.units for u in unit_ids if u) or any(
            p in self.people for p in person_ids if p
        )


def scope_of(holder_id: str | None, units: dict[str, OrgUnit], people: Iterable[Person]) -> Scope:
    """The Scope of a selected unit or person (None, an unknown id or the top unit:
    everything)."""
    if holder_id is None:
        return Scope(everything=True)
    unit = units.get(holder_id)
    if unit is None:
        if any(person.id == holder_id for person in people):
            return Scope(people=frozenset({holder_id}))
        return Scope(everything=True)
    if unit.parent_id is None or unit.parent_id not in units:
        return Scope(everything=True)
    inside = {holder_id} | descendants(holder_id, units.values())
    return Scope(
        frozenset(inside), frozenset(p.id for p in people if p.unit_id in inside), everything=False
    )


@dataclass(frozen=True)
class Dependents:
    """What depends on a unit or a person, counted (active rows only): what archiving
    it would leave behind, shown before the user confirms."""

    goals: int = 0  # goals it holds
    actions_owned: int = 0  # actions a person owns
    actions_responsible: int = 0  # actions a unit is responsible for
    meetings_chaired: int = 0
    meetings_attended: int = 0
    people: int = 0  # people in a unit
    units: int = 0  # sub-units directly below a unit

    @property
    def blocks_archive(self) -> bool:
        """A unit with active people or sub-units cannot be archived yet."""
        return bool(self.people or self.units)
