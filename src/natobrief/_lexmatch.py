"""A matcher for large tables of phrase patterns, fast on any input.

One big alternation of a few hundred phrases makes Python's regular-expression engine
try every phrase at every character.  :class:`PhraseTable` instead finds the starts
of words with one cheap expression, and at each tries only the phrases that can begin
with that word's first letter (worked out once, from the parsed patterns).
"""

from __future__ import annotations

import importlib
import re
import sys
from collections.abc import Iterator, Mapping
from typing import Any, Final, Generic, TypeVar

# The parser behind ``re``: ``re._parser`` since Python 3.11, ``sre_parse`` before.
_NEW_RE: Final = sys.version_info >= (3, 11)
_sre_parse: Any = importlib.import_module("re._parser" if _NEW_RE else "sre_parse")
_c: Any = importlib.import_module("re._constants" if _NEW_RE else "sre_constants")

__all__ = ["PhraseTable"]

L = TypeVar("L")

_WORD_START = re.compile(r"(?<![\w-])[^\W_]")


def _first_chars(items: Any) -> tuple[set[str] | None, bool]:
    """The lower-cased characters a parsed pattern can start with, and whether it can be empty.

    ``None`` means "could start with anything" (an unsupported construct).
    """
    out: set[str] = set()
    for op, av in items:
        if op is _c.LITERAL:
            return out | {chr(av).lower()}, False
        if op is _c.IN:
            for o, a in av:
                if o is _c.LITERAL:
                    out.add(chr(a).lower())
                elif o is _c.RANGE:
                    out |= {chr(x).lower() for x in range(a[0], a[1] + 1)}
                else:
                    return None, False
            return out, False
        if op is _c.BRANCH:
            nullable = False
            for branch in av[1]:
                chars, empty = _first_chars(branch)
                if chars is None:
                    return None, False
                out |= chars
                nullable = nullable or empty
            if not nullable:
                return out, False
        elif op is _c.SUBPATTERN:
            chars, empty = _first_chars(av[-1])
            if chars is None:
                return None, False
            out |= chars
            if not empty:
                return out, False
        elif op in (_c.MAX_REPEAT, _c.MIN_REPEAT):
            low, _high, sub = av
            chars, empty = _first_chars(sub)
            if chars is None:
                return None, False
            out |= chars
            if low > 0 and not empty:
                return out, False
        elif op is _c.AT:
            continue
        else:
            return None, False
    return out, True


class PhraseTable(Generic[L]):
    """Case-insensitive phrases, each with a label, matched at word starts.

    ``table`` maps each label to regular-expression fragments.  A match must start at
    the start of a word and end at the end of one; where several fragments match at a
    word, the first label in table order wins, then the longest fragment.
    """

    def __init__(self, table: Mapping[L, tuple[str, ...]]) -> None:
        self.labels: dict[str, L] = {}
        by_char: dict[str, dict[int, list[str]]] = {}
        anywhere: dict[int, list[str]] = {}
        for i, (label, fragments) in enumerate(table.items()):
            self.labels[f"g{i}"] = label
            for fragment in fragments:
                chars, empty = _first_chars(_sre_parse.parse(fragment, re.IGNORECASE))
                if chars is None or empty:
                    anywhere.setdefault(i, []).append(fragment)
                    continue
                for ch in chars:
                    by_char.setdefault(ch, {}).setdefault(i, []).append(fragment)
        self._by_char = {ch: self._compile(groups, anywhere) for ch, groups in by_char.items()}
        self._fallback = self._compile({}, anywhere) if anywhere else None

    @staticmethod
    def _compile(groups: dict[int, list[str]], anywhere: dict[int, list[str]]) -> re.Pattern[str]:
        merged = {i: [*groups.get(i, []), *anywhere.get(i, [])] for i in sorted({*groups, *anywhere})}
        alternatives = "|".join(
            f"(?P<g{i}>" + "|".join(sorted(fragments, key=len, reverse=True)) + ")"
            for i, fragments in merged.items()
        )
        return re.compile(r"(?i)(?:" + alternatives + r")(?![\w-])")

    def finditer(self, text: str, start: int, end: int) -> Iterator[tuple[int, int, L]]:
        """Yield ``(start, end, label)`` for each match in ``text[start:end]``, left to right,
        never overlapping."""
        reach = start
        for word in _WORD_START.finditer(text, start, end):
            at = word.start()
            if at < reach:
                continue
            pattern = self._by_char.get(word.group().lower(), self._fallback)
            if pattern is None:
                continue
            m = pattern.match(text, at, end)
            if m is not None:
                reach = m.end()
                yield at, m.end(), self.labels[m.lastgroup or ""]
