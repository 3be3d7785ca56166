"""Stage 2: a brief's layout — header or headline, its date, lead, key points, sections.

Works on the classified lines of :mod:`natobrief._text` and produces spans only; the
model objects are built from them by :mod:`natobrief._parser`.
"""

from __future__ import annotations

import datetime as dt
import re
from typing import Final

import attrs

from natobrief._dates import DATE, MONTHS, read_date
from natobrief._text import Block, BlockKind, classify, content_lines, strip_span

__all__ = ["HEADER", "Layout", "Problem", "read_layout"]

#: The house header: ``date <DATE> <lead>`` at the start of a line.
HEADER: Final = re.compile(r"[ \t\xa0\ufeff]*date[ \t\xa0:]+(?=[0-9A-Za-z])")
_TOKEN: Final = re.compile(r"[^\s,;]+")
#: The time of an ISO 8601 date-time in a header ("2024-07-06T09:00Z"): not part of the lead.
_ISO_TIME: Final = re.compile(r"T\d\d:\d\d(?::\d\d(?:\.\d+)?)?(?:Z|[+-]\d\d:?\d\d)?(?!\w)")
_DATE_START: Final = re.compile(
    r"[0-9]|(?i:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec|mon|tue|wed|thu|fri|sat|sun)"
)

#: Words of a short line beside its date that still make it a dateline or
#: publication line ("Published: 5 July 2024 - 16:13", "10 Jul. 2024 - Press Release").
DATELINE_MAX_OTHER_WORDS: Final = 5
#: How many blocks from the top the reader searches for a dateline.
DATELINE_SEARCH_BLOCKS: Final = 6
#: A line longer than this is a paragraph: its date counts only at its very start.
SHORT_LINE: Final = 100
#: The place words before a dateline's date ("BRUSSELS, ", "VILNIUS, Lithuania, "): neither
#: a preposition nor the date's own month; a news agency in brackets may follow them
#: ("OTTAWA (CP) - "), and Markdown's emphasis may open them ("**Brussels, 3 June 2025**").
_PLACE_PREFIX: Final = re.compile(
    r"[*_]{0,2}"
    r"(?:(?!(?:On|In|At|By|Since|Until|From|Last|Next|This|The|As|After|Before)\b)"
    r"(?!(?i:" + "|".join(sorted(MONTHS, key=len, reverse=True)) + r")\b)"
    r"[A-ZÀ-Þ][\w.'’-]*[ ,]+(?:[–—-][ \xa0]+)?){1,3}"
    r"(?:\([A-Za-z][\w.&/ -]{0,24}\)[ ,]*(?:[–—-][ \xa0]+)?)?"
)
_WORDS: Final = re.compile(r"[A-Za-zÀ-ÿ]{2,}")
#: A byline ("By Anna Kowalska", "By Jane Doe and John Roe, Reuters"): no headline.
_BYLINE: Final = re.compile(
    r"[Bb]y[ \xa0]+[A-ZÀ-Þ][\w.'’-]*(?:[ \xa0]+(?:and[ \xa0]+)?[A-ZÀ-Þ][\w.'’-]*){0,5}[ \xa0]*(?:[,|/–—-].*)?$"
)
#: A publication line's opening ("Published: 5 July 2024", "Last updated 14:32 GMT, ...").
_PUBLICATION: Final = re.compile(
    r"(?i)(?:(?:first|last)[ \xa0]+)?(?:published|updated?|posted|modified|released)\b(?:[ \xa0]+on\b)?[ \xa0]*:?"
)
#: A time after a date ("T10:00:00Z", " 14:32 GMT"): a timestamp.
_TIME: Final = re.compile(
    r"(?:T|[ \xa0,]+)\d{1,2}:\d{2}(?::\d{2})?(?:\.\d+)?(?:Z|[+-]\d{2}:?\d{2}|[ \xa0]*(?:GMT|UTC|CET|CEST|EST|EDT|BST))?[ \xa0]*"
)
TITLE_MAX_WORDS: Final = 20
LEAD_MIN_WORDS: Final = 8


@attrs.frozen
class Problem:
    """Something the lenient reader read past: a message and the characters concerned."""

    message: str
    start: int
    end: int


@attrs.frozen
class Layout:
    """Where the pieces of one brief stand, as offsets."""

    date: dt.date | None
    date_span: tuple[int, int] | None
    title: tuple[int, int] | None
    lead: tuple[int, int] | None
    key_points: tuple[tuple[int, int], ...]
    sections: tuple[tuple[tuple[int, int] | None, tuple[tuple[int, int], ...]], ...]
    bullets: frozenset[int]  # where each bullet's content starts
    problems: tuple[Problem, ...]


def read_layout(text: str) -> Layout:
    """Read the layout of one brief (house format or plain article)."""
    problems: list[Problem] = []
    header = next(content_lines(text), None)  # the first non-blank line
    date = None
    date_span = None
    lead = None
    title = None
    body = 0  # where the blocks start: after the header line, if there is one
    head = HEADER.match(text, *header) if header else None
    if header is not None and head is not None:
        body = header[1]
        date, date_span, lead_start = _read_header_date(text, head.end(), body, problems)
        lead = strip_span(text, lead_start, body)
        if lead[0] == lead[1]:
            problems.append(Problem("expected the lead after the header's date", body, body))
            lead = None
    blocks = classify(text, body)
    for block in blocks:
        # a line's content starts with what is not white space: "date" or no header
        if text.startswith("date", block.line_start) and HEADER.match(text, block.line_start, block.line_end):
            problems.append(
                Problem(
                    "a second 'date' header: one brief per parse(); use iter_briefings() for streams",
                    block.line_start,
                    block.line_end,
                )
            )
    rest = list(blocks)
    front: list[Block] = []
    if head is None:
        title_block, front, rest = _split_article(text, rest)
        if title_block is not None:
            title = (title_block.start, title_block.end)
        if rest and rest[0].kind is BlockKind.PARAGRAPH:
            lead = (rest[0].start, rest[0].end)
            rest = rest[1:]
        date, date_span = _dateline(text, [b for b in blocks if b is not title_block])
    key_points = []
    taken = 0
    while taken < len(rest) and rest[taken].kind is BlockKind.BULLET:
        key_points.append((rest[taken].start, rest[taken].end))
        taken += 1
    rest = rest[taken:]
    sections = _sections(front, rest)
    return Layout(
        date=date,
        date_span=date_span,
        title=title,
        lead=lead,
        key_points=tuple(key_points),
        sections=sections,
        bullets=frozenset(b.start for b in blocks if b.kind is BlockKind.BULLET),
        problems=tuple(problems),
    )


def _read_header_date(
    text: str, pos: int, end: int, problems: list[Problem]
) -> tuple[dt.date | None, tuple[int, int] | None, int]:
    """Read the date after ``date``; return it, its span and where the lead starts."""
    match = DATE.match(text, pos, end)
    if match is not None:
        d_start, d_end = match.start(), match.end()
    else:
        token = _TOKEN.match(text, pos, end)
        assert token is not None  # HEADER's look-ahead saw a word character
        d_start, d_end = token.start(), token.end()
    value = text[d_start:d_end]
    time = _ISO_TIME.match(text, d_end, end) if match is not None else None
    lead_start = time.end() if time else d_end
    try:
        return read_date(value), (d_start, d_end), lead_start
    except ValueError:
        problems.append(
            Problem(f"expected a date after 'date', found {value!r} (no such date)", d_start, d_end)
        )
        return None, None, lead_start


def _split_article(text: str, blocks: list[Block]) -> tuple[Block | None, list[Block], list[Block]]:
    """Split a plain article into its headline, its front matter and the rest.

    The headline is a first line of at most ``TITLE_MAX_WORDS`` words that does not
    end like a sentence.  Front matter (bylines, datelines, notes such as "(As
    delivered)") is every short line before the first paragraph of at least
    ``LEAD_MIN_WORDS`` words, which is the lead.
    """
    if len(blocks) < 2:
        return None, [], blocks
    dateline = []
    if _is_dateline(text, blocks[0]):
        dateline, blocks = [blocks[0]], blocks[1:]  # "Ottawa, Canada - March 3, 2026" above the headline
    first = blocks[0]
    title = None
    if (
        first.kind is not BlockKind.BULLET
        and _is_headline(text, first)
        and not (dateline and text[first.end - 1] in ".!?")  # after a dateline: the lead
    ):
        title = first
        blocks = blocks[1:]
    front = list(dateline)
    for i, block in enumerate(blocks[:DATELINE_SEARCH_BLOCKS]):
        if block.kind is BlockKind.BULLET or _word_count(text, block) >= LEAD_MIN_WORDS:
            return title, front, blocks[i:]
        front.append(block)
    return title, dateline, blocks


def _is_headline(text: str, block: Block) -> bool:
    words = _word_count(text, block)
    if words > TITLE_MAX_WORDS or _BYLINE.match(text, block.start, block.end):
        return False
    if DATE.fullmatch(text, block.start, block.end) or (
        _PUBLICATION.match(text, block.start, block.end) and DATE.search(text, block.start, block.end)
    ):
        return False  # "Published: 12 June 2023" on the first line: front matter, with the date
    date = DATE.search(text, block.start, block.end)
    if date is not None and (
        (date.start() == block.start and _TIME.fullmatch(text, date.end(), block.end))
        or text.find("|", block.start, block.end) >= 0
    ):
        return False  # a timestamp ("2025-03-12T10:00:00Z"), or a date among front matter's
        # fields ("John Smith | March 12, 2025")
    return text[block.end - 1] not in '.!?:;,"”’' or words <= 4


def _is_dateline(text: str, block: Block) -> bool:
    """Whether ``block`` is a line of place words and a date alone ("Ottawa, Canada -
    March 3, 2026", "BRUSSELS, 4 April 2026")."""
    place = _PLACE_PREFIX.match(text, block.start, block.end)
    date = DATE.match(text, place.end(), block.end) if place else None
    return date is not None and not text[date.end() : block.end].strip(" \xa0.,")


def _word_count(text: str, block: Block) -> int:
    return text.count(" ", block.start, block.end) + 1


def _dateline(text: str, blocks: list[Block]) -> tuple[dt.date | None, tuple[int, int] | None]:
    """Find the brief's date in its first blocks: a dateline or publication line.

    A short line counts when little besides the date stands on it; a long line (the
    lead) only when the date opens it after at most three capitalised place words
    ("Madrid 30.06.2022 ...").  A date with no year never counts.
    """
    for block in blocks[:DATELINE_SEARCH_BLOCKS]:
        start, end = block.line_start, block.line_end
        prefix = _PLACE_PREFIX.match(text, start, end)
        match = DATE.match(text, prefix.end() if prefix else start, end)
        if match is None and end - start <= SHORT_LINE:
            match = DATE.search(text, start, end)
            if match is not None:
                # on a line of fields ("By Jane Doe and John Roe | March 12, 2025"), only the
                # date's own field counts
                lo = text.rfind("|", start, match.start()) + 1 or start
                hi = text.find("|", match.end(), end)
                hi = end if hi < 0 else hi
                others = len(_WORDS.findall(text, lo, match.start())) + len(
                    _WORDS.findall(text, match.end(), hi)
                )
                if others > DATELINE_MAX_OTHER_WORDS:
                    match = None
        if match is None:
            if end - start > SHORT_LINE:
                break  # the lead: nothing after it is a dateline
            continue
        try:
            return read_date(match.group()), (match.start(), match.end())
        except ValueError:
            continue
    return None, None


def _sections(
    front: list[Block], blocks: list[Block]
) -> tuple[tuple[tuple[int, int] | None, tuple[tuple[int, int], ...]], ...]:
    """Group the blocks under their headings; the front matter and any paragraphs
    before the first heading make a section without one (none if there are none)."""
    sections = []
    heading: tuple[int, int] | None = None
    paragraphs = [(b.start, b.end) for b in front]
    for block in blocks:
        if block.kind is BlockKind.HEADING:
            if heading or paragraphs:
                sections.append((heading, tuple(paragraphs)))
            heading, paragraphs = (block.start, block.end), []
        else:
            paragraphs.append((block.start, block.end))
    if heading or paragraphs:
        sections.append((heading, tuple(paragraphs)))
    return tuple(sections)
