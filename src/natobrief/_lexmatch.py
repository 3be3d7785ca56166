"""A matcher for large tables of phrase patterns, fast on any input.

One big case-insensitive alternation of a few hundred phrases makes Python's
regular-expression engine step into every phrase at every word.  :class:`PhraseTable`
instead matches lower-case phrases against a lower-cased copy of the text
(:func:`fold`, made once per text), as one expression arranged so that the engine
rejects almost every phrase with a single comparison of characters: the top level
branches on a word's first character, and each phrase under it opens with a plain
character, its label marked by an empty group at its end.

A rare pattern is :class:`Gated`: tried only in a stretch that holds one of the plain
words every match of it contains.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Callable, Iterable, Iterator, Mapping
from typing import Any, Final, Generic, TypeVar

__all__ = ["Gated", "PhraseTable", "compile_folded", "fold", "literal_alternation"]

L = TypeVar("L")


def fold(text: str) -> str:
    """``text`` in lower case, with every character where it was (the same length).

    A character whose lower case is longer ("İ" becomes "i" and a combining dot) folds
    to the first character of it.
    """
    low = text.lower()
    if len(low) == len(text):
        return low
    return "".join(c if len(c) == 1 else c[0] for c in map(str.lower, text))


def literal_alternation(words: Iterable[str]) -> str:
    """A pattern that matches any of ``words`` literally, the longest that fits first.

    The words are arranged as a trie ("Ankara|Athens|Athina" is
    "A(?:nkara|th(?:ens|ina))"), so that the engine follows one path of plain
    characters instead of trying every word.
    """
    trie: dict[str, Any] = {}
    for word in words:
        node = trie
        for ch in word:
            node = node.setdefault(ch, {})
        node[""] = {}  # a word ends here
    return _pattern_of(trie)


def _pattern_of(node: dict[str, Any]) -> str:
    branches = [re.escape(ch) + _pattern_of(child) for ch, child in node.items() if ch]
    if "" in node:
        branches.append("")  # ending here is tried last: longer words first
    if len(branches) == 1:
        return branches[0]
    return "(?:" + "|".join(branches) + ")"


#: What lower-casing a pattern leaves alone: escapes and group names.
_KEEP_CASE: Final = re.compile(r"\\.|\(\?P<\w+>|\(\?P=\w+\)")
_INLINE_FLAGS: Final = re.compile(r"\(\?[-aiLmsux]")


def compile_folded(pattern: str) -> re.Pattern[str]:
    """Compile the case-insensitive ``pattern`` to search a :func:`fold`-ed text.

    The pattern is lower-cased (escapes such as ``\\W`` and group names kept) and
    compiled without :data:`re.IGNORECASE`, so that the engine compares plain
    characters and skips most alternatives with one comparison: several times faster
    on long alternations of words.  Positions in the folded text are positions in the
    original, so a match's span serves both; read matched words from the original.

    Raises:
        ValueError: ``pattern`` sets flags of its own (``(?i)``, ``(?-i:...)``).
    """
    return re.compile(_lower(pattern))


#: More needles than this are also sought as one pattern of them all.
_FEW_NEEDLES: Final = 5
#: Stretches shorter than this (characters) are searched for that pattern, not needle by needle.
_SHORT_STRETCH: Final = 400


class Gated:
    """A :func:`compile_folded` pattern that is tried only in a stretch that holds one of
    its ``needles``: plain lower-case strings, one of which every match contains.

    Most sentences hold none of the words a rare pattern needs ("whether", "refuse");
    finding that out with ``str.find`` costs a fraction of letting the engine try the
    pattern at every word.  The needles are the pattern's contract: a test generates
    matches of each gated pattern and checks that every one holds a needle.
    """

    __slots__ = ("_any", "needles", "pattern")

    def __init__(self, pattern: str, needles: tuple[str, ...]) -> None:
        if not needles or any(n != n.lower() or not n for n in needles):
            raise ValueError(f"needles must be non-empty lower-case strings: {needles!r}")
        self.pattern: Final = compile_folded(pattern)
        self.needles: Final = needles
        #: many needles as one pattern of them all (None for a few)
        self._any: Final = re.compile(literal_alternation(needles)) if len(needles) > _FEW_NEEDLES else None

    def _open(self, folded: str, pos: int, endpos: int) -> bool:
        if self._any is not None and endpos - pos < _SHORT_STRETCH:
            # many needles in a short stretch (a sentence): one search for them all costs less
            # than a find of each; in a long one, each find's fast scan wins
            return self._any.search(folded, pos, endpos) is not None
        # a plain loop: any() over a generator costs more than the scan it saves on short sentences
        for needle in self.needles:  # noqa: SIM110
            if folded.find(needle, pos, endpos) >= 0:
                return True
        return False

    def search(self, folded: str, pos: int, endpos: int) -> re.Match[str] | None:
        """The first match in ``folded[pos:endpos]``, as ``pattern.search`` finds it."""
        return self.pattern.search(folded, pos, endpos) if self._open(folded, pos, endpos) else None

    def finditer(self, folded: str, pos: int, endpos: int) -> Iterator[re.Match[str]]:
        """Every match in ``folded[pos:endpos]``, as ``pattern.finditer`` finds them."""
        return self.pattern.finditer(folded, pos, endpos) if self._open(folded, pos, endpos) else iter(())


def _lower(pattern: str) -> str:
    """``pattern`` in lower case but for its escapes and group names.

    Raises:
        ValueError: ``pattern`` sets flags of its own.
    """
    if _INLINE_FLAGS.search(pattern):
        raise ValueError(f"a folded pattern is case-insensitive throughout; drop its flags: {pattern!r}")
    pieces = []
    at = 0
    for m in _KEEP_CASE.finditer(pattern):
        pieces.append(pattern[at : m.start()].lower())
        pieces.append(m.group())
        at = m.end()
    pieces.append(pattern[at:].lower())
    return "".join(pieces)


#: An optional group or a group of plain alternatives that opens a phrase.
_OPENING_GROUP: Final = re.compile(r"\(\?:([^()\\\[\]]*)\)(\??)")


def _spellings(fragment: str) -> list[str]:
    """``fragment`` rewritten as phrases that each open with a plain character.

    An opening group of alternatives is spelled out ("(?:deploy|redeploy)\\w*" is
    "deploy\\w*" and "redeploy\\w*"), as is an optional one ("(?:be )?comprised of").
    """
    m = _OPENING_GROUP.match(fragment)
    if m is None:
        return [fragment]
    rest = fragment[m.end() :]
    options = [alt + rest for alt in m.group(1).split("|")]
    if m.group(2):
        options.append(rest)
    return [spelled for option in options for spelled in _spellings(option)]


#: A look-ahead or look-behind, which a phrase may not hold.
_LOOK_AROUND: Final = re.compile(r"(?<!\\)\(\?<?[=!]")
#: A phrase that opens with punctuation, written plainly or as a class of it.
_NO_WORD_START: Final = re.compile(r"[^\w\\\[(.]|\[[^\w\\\]]+\]")


class PhraseTable(Generic[L]):
    """Case-insensitive phrases, each with a label, matched at word starts.

    ``table`` maps each label to regular-expression fragments (lower-case, without
    capturing groups or look-arounds).  A match must start at the start of a word (a letter or digit
    after neither a word character nor a hyphen) and end at the end of one; where
    several fragments match at a word, the first label in table order wins, then the
    longest fragment.

    The scan has no capturing groups: with one per phrase, the engine would copy some
    four hundred group slots into every match.  A match's label is told afterwards from
    the words it matched (see :meth:`_label_by_pattern`).
    """

    def __init__(self, table: Mapping[L, tuple[str, ...]]) -> None:
        by_char: dict[str, list[tuple[str, L]]] = {}
        for label, fragments in table.items():
            spelled = [s for fragment in fragments for s in _spellings(_lower(fragment))]
            for phrase in sorted(spelled, key=len, reverse=True):
                first = phrase[:1]
                if _NO_WORD_START.match(phrase):
                    continue  # opens with punctuation ("['’]ll"): it can never start a word
                if not first.isalnum() or phrase[1:2] in ("*", "+", "?", "{"):
                    raise ValueError(f"a phrase must open with a plain letter or digit: {phrase!r}")
                if _LOOK_AROUND.search(phrase):
                    raise ValueError(f"a phrase must not look beyond its words: {phrase!r}")
                by_char.setdefault(first, []).append((phrase[1:], label))
        #: for each first character, its phrases in order, each closed by an empty group, and
        #: the label of each group; compiled when first needed (by ``re``'s own cache), not
        #: at import, where most are never needed
        self._branches: dict[str, tuple[str, list[L]]] = {
            first: (
                re.escape(first) + "(?:" + "|".join(rest + "()" for rest, _ in phrases) + ")",
                [label for _, label in phrases],
            )
            for first, phrases in by_char.items()
        }
        branches = (
            re.escape(first) + "(?:" + "|".join(rest for rest, _ in phrases) + ")"
            for first, phrases in by_char.items()
        )
        self._pattern = re.compile(r"\b(?<!-)(?:" + "|".join(branches) + r")(?![\w-])")
        #: the label of the words of a match: they repeat ("will", "troops"), so the
        #: labels of the most recent few thousand are kept
        self._label_of: Callable[[str], L] = functools.lru_cache(maxsize=4096)(self._label_by_pattern)

    def finditer(self, folded: str, start: int, end: int) -> Iterator[tuple[int, int, L]]:
        """Yield ``(start, end, label)`` for each match in ``folded[start:end]``, left to
        right, never overlapping; ``folded`` is a text passed through :func:`fold`."""
        label_of = self._label_of
        for m in self._pattern.finditer(folded, start, end):
            yield m.start(), m.end(), label_of(m.group())

    def _label_by_pattern(self, words: str) -> L:
        """The label of a match of ``words``: that of the first phrase, in the scan's order,
        that matches all of them.

        It is the phrase the scan matched, or one of the same label: a phrase of an
        earlier label that matches these words would have matched them first.  Whether a
        phrase matches them does not depend on what stands around them in the text, since
        no phrase looks beyond its own words (``\\b`` at their edges holds in the text as
        it does here: they start and end at a word's edge).
        """
        pattern, labels = self._branches[words[0]]
        m = re.fullmatch(pattern, words)
        assert m is not None  # the scan matched one of these phrases
        assert m.lastindex is not None  # each of which ends in a group
        return labels[m.lastindex - 1]
