"""Stage 1: the text as lines, blocks and sentences, each with its character offsets.

Nothing here copies or normalises the input: every piece is a pair of offsets into
the original string, so spans always index :attr:`Briefing.text` itself.
"""

from __future__ import annotations

import bisect
import enum
import itertools
import re
from collections.abc import Callable, Iterable, Iterator, Sequence
from typing import Final, Generic, NamedTuple, TypeVar

T = TypeVar("T")

__all__ = [
    "Block",
    "BlockKind",
    "Hits",
    "any_within",
    "content_lines",
    "ends_inside_word",
    "joins_word",
    "occurrences",
    "overlapped",
    "sentences",
    "strip_span",
]

#: Characters a line may start or end with that are not content.  ``str.strip`` knows
#: every Unicode space (NBSP included) but not the byte-order mark or zero-width space.
_EDGE: Final = " \t\f\v\xa0\u1680\u2000\u2001\u2002\u2003\u2004\u2005\u2006\u2007\u2008\u2009\u200a\u200b\u202f\u205f\u3000\ufeff"

#: White space at a line's edge: any but a line end, and the byte-order mark and the
#: zero-width space, which ``\s`` does not know.
_EDGE_RUN: Final = r"[^\S\r\n\u200b\ufeff]*(?:[\u200b\ufeff][^\S\r\n]*)*"
#: A bullet's mark and the space after it, at the start of a line's content.
_BULLET_MARK: Final = r"(?:[-*•–—▪●◦‣⁃]|\d{1,2}[.)]|[a-z][.)])[ \t\xa0]+(?=\S)"
#: A Markdown heading's ``#`` marks and the space after them.
_MD_MARK: Final = r"#{1,6}[ \t\xa0]+(?=\S)"
#: One line: its edges, its content (``c``, absent on a blank line) and its line end.
#: Where the content opens with a bullet's mark or a Markdown heading's, group
#: ``bullet`` or ``md`` holds it, so that one scan both finds and classifies the lines.
_LINE: Final = re.compile(
    rf"{_EDGE_RUN}(?P<c>(?:(?P<bullet>{_BULLET_MARK})|(?P<md>{_MD_MARK}))?[^\r\n]*[^\s\u200b\ufeff])?"
    rf"{_EDGE_RUN}(?:\r\n|\r|\n|$)"
)


def strip_span(text: str, start: int, end: int) -> tuple[int, int]:
    """Narrow ``[start, end)`` so that it neither starts nor ends with white space."""
    while start < end and (text[start] in _EDGE or text[start].isspace()):
        start += 1
    while end > start and (text[end - 1] in _EDGE or text[end - 1].isspace()):
        end -= 1
    return start, end


def any_within(positions: Sequence[int], lo: int, hi: int) -> bool:
    """Whether one of the sorted ``positions`` lies in ``[lo, hi)``."""
    i = bisect.bisect_left(positions, lo)
    return i < len(positions) and positions[i] < hi


def overlapped(
    starts: Sequence[int], ends: Sequence[int], los: Iterable[int], his: Iterable[int]
) -> set[int]:
    """The indices of the stretches ``[starts[i], ends[i])`` (sorted, not overlapping)
    that one of the spans ``[lo, hi)`` of ``los`` and ``his`` overlaps.

    Two bisections per span, all run by C loops (``map``), not by Python ones: a long
    brief has a hundred thousand stretches and as many spans.
    """
    firsts = map(bisect.bisect_right, itertools.repeat(ends), los)  # the first stretch that ends after lo
    stops = map(bisect.bisect_left, itertools.repeat(starts), his)  # past the last that starts before hi
    return set(itertools.chain.from_iterable(map(range, firsts, stops)))


def occurrences(text: str, word: str) -> Iterator[int]:
    """Where ``word`` starts in ``text``, every occurrence (overlapping ones too), found
    by :meth:`str.find`, which scans far faster than a pattern."""
    at = text.find(word)
    while at >= 0:
        yield at
        at = text.find(word, at + 1)


def joins_word(text: str, at: int) -> bool:
    """Whether the character at ``at`` would join a word that touches it: a word
    character (``\\w``) or a hyphen.  False outside the text."""
    return 0 <= at < len(text) and (text[at].isalnum() or text[at] in "_-")


def ends_inside_word(text: str, end: int) -> bool:
    """Whether a stretch that ends at ``end`` was cut inside a word (as a sentence of
    one word longer than :data:`MAX_SENTENCE_CHARS` is)."""
    return joins_word(text, end)


class Hits(Generic[T]):
    """Where one pattern matches in a whole text, found in one scan: sorted,
    non-overlapping ``(start, end, value)`` triples.  Each sentence takes its own from
    them instead of scanning itself again, and which of a brief's sentences hold any is
    found for all of them at once (:meth:`touching`).

    ``scan(lo, hi)`` yields the triples of the stretch ``[lo, hi)`` as a scan of that
    stretch alone finds them; it runs once over the whole text, and again only for a
    stretch whose own hits the whole-text scan cannot tell (see :meth:`own`).
    """

    __slots__ = ("_ends", "_scan", "_starts", "_text", "_values")

    def __init__(self, text: str, scan: Callable[[int, int], Iterable[tuple[int, int, T]]]) -> None:
        self._text = text
        self._scan = scan
        # Kept as three flat lists, not a list of triples: a long text may have a hundred
        # thousand hits, and flat lists give the garbage collector little to walk.
        self._starts: list[int] = []
        self._ends: list[int] = []
        self._values: list[T] = []
        for start, end, value in scan(0, len(text)):
            self._starts.append(start)
            self._ends.append(end)
            self._values.append(value)

    def touching(self, starts: Sequence[int], ends: Sequence[int]) -> set[int]:
        """The indices of the stretches ``[starts[i], ends[i])`` (sorted, not
        overlapping) that a hit overlaps, all found at once."""
        return overlapped(starts, ends, self._starts, self._ends)

    def own(self, lo: int, hi: int) -> list[tuple[int, int, T]] | None:
        """The whole-text hits inside ``[lo, hi)``, where they are what a scan of that
        stretch alone finds; None where they might not be (a hit crosses an edge, or
        ``hi`` cuts a word)."""
        i = bisect.bisect_left(self._starts, lo)
        j = bisect.bisect_left(self._starts, hi, i)
        crosses_lo = i > 0 and self._ends[i - 1] > lo
        crosses_hi = j > i and self._ends[j - 1] > hi
        if crosses_lo or crosses_hi or ends_inside_word(self._text, hi):
            return None
        return list(zip(self._starts[i:j], self._ends[i:j], self._values[i:j], strict=True))

    def within(self, lo: int, hi: int) -> list[tuple[int, int, T]]:
        """The hits of the stretch ``[lo, hi)``: its :meth:`own`, or a scan of it alone."""
        own = self.own(lo, hi)
        return list(self._scan(lo, hi)) if own is None else own


def content_lines(text: str, start: int = 0) -> Iterator[tuple[int, int]]:
    """Yield ``(start, end)`` of the content of each non-blank line of ``text[start:]``:
    a line without its edges' white space or its line end."""
    for match in _LINE.finditer(text, start):
        if match.start("c") >= 0:
            yield match.span("c")


class BlockKind(enum.Enum):
    """What a non-blank line is, read on its own and with its neighbours."""

    HEADER = "header"
    BULLET = "bullet"
    HEADING = "heading"
    PARAGRAPH = "paragraph"


class Block(NamedTuple):
    """A classified line: ``start``/``end`` delimit its content (bullet marks and ``#``
    excluded), ``line_start``/``line_end`` the whole line's content.

    This and the other records made by the thousand in a long brief are named tuples:
    cheaper to make than attrs classes.
    """

    kind: BlockKind
    line_start: int
    line_end: int
    start: int
    end: int


_CLOSING: Final = frozenset(".!?:;,…\"'”’»)]")
HEADING_MAX_WORDS: Final = 12
_TOO_MANY_WORDS: Final = re.compile(rf"(?:\S+\s+){{{HEADING_MAX_WORDS}}}\S")


def classify(text: str, start: int = 0) -> list[Block]:
    """Classify every non-blank line of ``text[start:]`` as a bullet, a heading or a paragraph.

    A Markdown ``#`` line is a heading.  A short line (at most ``HEADING_MAX_WORDS``
    words) without closing punctuation is a heading when a non-blank line follows it.
    The header is recognised by the caller, which knows the date grammar.
    """
    blocks: list[Block] = []
    plain: tuple[int, int] | None = None  # a plain line, a heading only if a line follows it
    for match in _LINE.finditer(text, start):
        s, e = match.span("c")
        if s < 0:
            continue  # a blank line
        if plain is not None:
            a, b = plain
            blocks.append(
                Block(
                    BlockKind.HEADING if _looks_like_heading(text, a, b) else BlockKind.PARAGRAPH, a, b, a, b
                )
            )
            plain = None
        if (mark := match.end("bullet")) >= 0:
            blocks.append(Block(BlockKind.BULLET, s, e, mark, e))
        elif (mark := match.end("md")) >= 0:
            blocks.append(Block(BlockKind.HEADING, s, e, mark, e))
        else:
            plain = (s, e)
    if plain is not None:
        a, b = plain
        blocks.append(Block(BlockKind.PARAGRAPH, a, b, a, b))  # the last line: nothing follows it
    return blocks


def _looks_like_heading(text: str, start: int, end: int) -> bool:
    if text[end - 1] in _CLOSING:
        return False
    if not (text[start].isupper() or text[start].isdigit()):
        return False
    return _TOO_MANY_WORDS.match(text, start, end) is None


# --- sentences -------------------------------------------------------------------------

#: Abbreviations after which a full stop does not end a sentence (lower-cased, no dot).
ABBREVIATIONS: Final = frozenset(
    [
        "mr",
        "mrs",
        "ms",
        "dr",
        "prof",
        "gen",
        "lt",
        "col",
        "maj",
        "capt",
        "cmdr",
        "adm",
        "sgt",
        "rep",
        "sen",
        "gov",
        "pres",
        "st",
        "mt",
        "ft",
        "jr",
        "sr",
        "no",
        "nos",
        "vol",
        "p",
        "pp",
        "fig",
        "art",
        "para",
        "sec",
        "ch",
        "ed",
        "eds",
        "est",
        "approx",
        "dept",
        "univ",
        "inc",
        "ltd",
        "co",
        "corp",
        "bros",
        "jan",
        "feb",
        "mar",
        "apr",
        "jun",
        "jul",
        "aug",
        "sep",
        "sept",
        "oct",
        "nov",
        "dec",
        "mon",
        "tue",
        "tues",
        "wed",
        "thu",
        "thurs",
        "fri",
        "sat",
        "sun",
        "vs",
        "etc",
        "al",
        "e.g",
        "i.e",
        "u.s",
        "u.k",
        "u.n",
        "e.u",
        "h.e",
        "a.m",
        "p.m",
    ]
)
_BOUNDARY: Final = re.compile(r"[.!?…]+[\"'”’»)\]]*(?=\s+[\"'“‘«(\[]?[A-Z0-9À-ÖØ-Þ])")


#: The longest stretch read as one sentence; longer runs without a full stop (lists
#: pasted as one line, garbage) are cut at white space, so every later stage stays
#: linear in the length of the text.
MAX_SENTENCE_CHARS: Final = 1500
_LAST_SPACE: Final = re.compile(r".*\s", re.DOTALL)


def sentences(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """``(start, end)`` of each sentence in ``text[start:end]``, edges stripped.

    A sentence ends at ``.``, ``!``, ``?`` or ``…`` (with any closing quotes or
    brackets) before white space and a capital, digit or opening quote, unless the
    full stop closes an abbreviation ("Gen.", "U.S.", "No.") or an initial ("J.").
    A sentence longer than :data:`MAX_SENTENCE_CHARS` is cut at white space.
    """
    out: list[tuple[int, int]] = []
    pos = start
    for match in _BOUNDARY.finditer(text, start, end):
        if match.group()[0] == "." and _is_abbreviation(text, pos, match.start()):
            continue
        _bounded(text, pos, match.end(), out)
        pos = match.end()
    _bounded(text, pos, end, out)
    return out


def _bounded(text: str, start: int, end: int, out: list[tuple[int, int]]) -> None:
    """Add ``[start, end)`` stripped to ``out``, in pieces of at most :data:`MAX_SENTENCE_CHARS`."""
    s, e = strip_span(text, start, end)
    while e - s > MAX_SENTENCE_CHARS:
        space = _LAST_SPACE.match(text, s, s + MAX_SENTENCE_CHARS)
        cut = space.end() if space is not None and space.end() > s + 1 else s + MAX_SENTENCE_CHARS
        a, b = strip_span(text, s, cut)
        if a < b:
            out.append((a, b))
        s, e = strip_span(text, cut, e)
    if s < e:
        out.append((s, e))


def _is_abbreviation(text: str, start: int, dot: int) -> bool:
    word_start = dot
    while word_start > start and (text[word_start - 1].isalpha() or text[word_start - 1] == "."):
        word_start -= 1
    word = text[word_start:dot]
    if not word:
        return False
    if len(word) == 1 and word.isupper():
        return True  # an initial: "J. Smith"
    return word.lower() in ABBREVIATIONS
