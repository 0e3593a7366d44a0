"""Finding a unit or person in the org tree by what a user types.

A query matches a name (as typed, or by its pinyin initials or full pinyin:
"xsb" and "xiaoshou" both find 销售部), a person's title or employee number,
or a unit's code. Readings come from pypinyin, a maintained dictionary of every
character's readings. Every reading of a polyphonic character counts (重庆 is
found as chongqing and as zhongqing, 会计 as kuaiji and huiji, a surname 曾 as
zeng): a search may find a name by a reading it does not have, never miss it by
the one it has. So pypinyin's phrase dictionary, which picks one reading from
context, is not loaded (PYPINYIN_NO_PHRASES): it is 44 of its 56 MiB in memory.
Importing pypinyin still takes a moment, so nothing here touches it until
`prepare()` is called (the window does that in a thread); until then `find`
matches names, titles and numbers as typed. Pure Python (no Qt).
"""

from __future__ import annotations

import itertools
import os
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


_MOST_VARIANTS = 32  # readings kept per name: polyphonic characters multiply them


def load_pinyin() -> None:
    """Import pypinyin without its phrase dictionary (slow the first time: call it from
    a thread). Every import of pypinyin in the program goes through here."""
    # Set even over an empty value: the bundle leaves the phrase file out.
    os.environ["PYPINYIN_NO_PHRASES"] = "true"
    import pypinyin  # noqa: F401


def readings(name: str) -> tuple[str, ...]:
    """Pinyin keys of `name`: initials and full pinyin (lower case, no spaces), for
    every combination of its characters' readings (the usual reading first)."""
    load_pinyin()
    from pypinyin import Style, pinyin

    choices = [
        list(dict.fromkeys(syllables))
        for syllables in pinyin(name, style=Style.NORMAL, heteronym=True, errors="default")
    ]
    keys: list[str] = []
    for variant in itertools.islice(itertools.product(*choices), _MOST_VARIANTS):
        words = _words(list(variant))
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
            if name not in _READINGS:
                _READINGS[name] = readings(name)
            found.append(_READINGS[name])
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
