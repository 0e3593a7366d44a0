"""Finding a unit or person in the org tree by what a user types.

A query matches a name (as typed, or by its pinyin initials or full pinyin:
"xsb" and "xiaoshou" both find 销售部), a person's title or employee number,
or a unit's code. Readings come from pypinyin, a maintained dictionary that
knows polyphonic characters and phrases (重庆 is chongqing); for a person's
surname every reading counts, since 曾 and 单 read zeng and shan as surnames.
Importing pypinyin takes about half a second, so nothing here touches it until
`prepare()` is called (the window does that in a thread when the search box is
first used); until then `find` matches names, titles and numbers as typed.
Pure Python (no Qt).
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from perfdesk.core.org import OrgUnit, Person

_WORD = re.compile(r"[^\W_]+")
_SEPARATORS = re.compile(r"[\s·.\-_/]+")
# Name → its pinyin keys. Shared by every search (twenty teams may be called 销售一组,
# and a reload keeps the names), filled only by `prepare`.
_READINGS: dict[str, tuple[str, ...]] = {}


def squash(text: str) -> str:
    """Text as compared: case folded, without spaces and separators."""
    return _SEPARATORS.sub("", text.casefold())


def _words(syllables: list[str]) -> list[str]:
    return [word for syllable in syllables for word in _WORD.findall(syllable.casefold())]


def readings(name: str, surname: bool = False) -> tuple[str, ...]:
    """Pinyin keys of `name`: initials and full pinyin (lower case, no spaces).

    With `surname`, every reading of the first character gives its own pair.
    Imports pypinyin (slow the first time).
    """
    from pypinyin import Style, lazy_pinyin, pinyin

    syllables = lazy_pinyin(name, errors="default")
    variants = [syllables]
    if surname and name and syllables:
        for first in pinyin(name[0], style=Style.NORMAL, heteronym=True)[0]:
            if first != syllables[0]:
                variants.append([first, *syllables[1:]])
    keys: list[str] = []
    for variant in variants:
        words = _words(variant)
        keys += ["".join(word[0] for word in words), "".join(words)]
    return tuple(dict.fromkeys(key for key in keys if key))


def _text(value: object) -> str:
    return value if isinstance(value, str) else ""


class OrgSearch:
    """Units and people in tree order; `find` lists the ids that match, in that order."""

    def __init__(self, nodes: Sequence[OrgUnit | Person]) -> None:
        self._nodes = list(nodes)
        self._plain: list[tuple[str, tuple[str, ...]]] | None = None
        self._pinyin: list[tuple[str, ...]] | None = None

    @property
    def ready(self) -> bool:
        """True once pinyin readings are known (after `prepare`)."""
        return self._pinyin is not None

    def prepare(self) -> None:
        """Compute every pinyin reading (safe to run in a worker thread)."""
        found = []
        for node in self._nodes:
            name = _text(node.name)
            surname = isinstance(node, Person)
            key = ("\x00" if surname else "") + name
            if key not in _READINGS:
                _READINGS[key] = readings(name, surname)
            found.append(_READINGS[key])
        self._pinyin = found  # one assignment: a reader sees none or all

    def _plain_keys(self) -> list[tuple[str, tuple[str, ...]]]:
        if self._plain is None:
            rows = []
            for node in self._nodes:
                texts = [node.name]
                if isinstance(node, Person):
                    texts += [node.title, node.employee_no]
                else:
                    texts.append(node.code)
                rows.append((node.id, tuple(k for k in (squash(_text(t)) for t in texts) if k)))
            self._plain = rows
        return self._plain

    def find(self, query: str) -> list[str]:
        needle = squash(query)
        if not needle:
            return []
        plain = self._plain_keys()
        pinyin = self._pinyin
        if pinyin is None:
            return [node_id for node_id, keys in plain if any(needle in k for k in keys)]
        return [
            node_id
            for (node_id, keys), spoken in zip(plain, pinyin, strict=True)
            if any(needle in k for k in keys) or any(needle in k for k in spoken)
        ]
