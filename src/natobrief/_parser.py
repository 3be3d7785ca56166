"""The public entry points: :func:`parse`, :func:`parse_file` and :func:`iter_briefings`.

Each brief flows one way through the stages: the text's lines and layout
(:mod:`._structure`), its sentences (:mod:`._text`), then the recognisers and
extractors, which each read the sentences once.
"""

from __future__ import annotations

import os
from collections.abc import Iterable, Iterator
from concurrent.futures import ProcessPoolExecutor
from functools import partial
from typing import IO, Final

from natobrief._errors import BriefParseError, LineIndex
from natobrief._events import find_events
from natobrief._extract import extract
from natobrief._lexmatch import fold
from natobrief._model import (
    Briefing,
    Commitment,
    Diagnostic,
    Event,
    Partnership,
    Passage,
    Person,
    Section,
    Span,
)
from natobrief._parties import find_parties
from natobrief._people import find_people
from natobrief._structure import HEADER, Layout, read_layout
from natobrief._text import sentences

__all__ = ["DEFAULT_MAX_CHARS", "iter_briefings", "parse", "parse_file", "parse_many"]

DEFAULT_MAX_CHARS: Final = 2_000_000
"""The longest brief :func:`parse` reads by default (two million characters, some
300 pages); pass ``max_chars`` to change it."""


def parse(text: str, /, *, strict: bool = False, max_chars: int = DEFAULT_MAX_CHARS) -> Briefing:
    """Parse one brief into a :class:`Briefing`.

    ``text`` is a house-format brief (``date <DATE> <lead>``, bullets, paragraphs) or
    a plain news article.  Every span in the result indexes ``text`` itself.

    In lenient mode (the default) problems in the text are recorded as
    :attr:`Briefing.diagnostics` and reading goes on; with ``strict=True`` the first
    one raises.

    Raises:
        BriefParseError: ``text`` is not a ``str``, is empty or blank, holds a NUL
            character, is longer than ``max_chars``, or (``strict=True``) has a problem.

    >>> b = natobrief.parse("date 2024-07-06 NATO will open a new centre in Poland.")
    >>> b.date.isoformat(), b.lead.text
    ('2024-07-06', 'NATO will open a new centre in Poland.')
    """
    _check(text, max_chars)
    layout = read_layout(text)
    diagnostics = []
    lines = LineIndex(text) if layout.problems else None
    for problem in layout.problems:
        assert lines is not None
        line, column = lines.locate(problem.start)
        if strict:
            raise BriefParseError(problem.message, line, column, problem.start)
        diagnostics.append(
            Diagnostic(
                message=problem.message,
                line=line,
                column=column,
                span=Span(start=problem.start, end=problem.end),
            )
        )
    events, people, commitments, partnerships = _recognise(text, layout)
    return Briefing(
        text=text,
        date=layout.date,
        title=_maybe_passage(text, layout.title),
        lead=_maybe_passage(text, layout.lead),
        key_points=tuple(_passage(text, span) for span in layout.key_points),
        sections=tuple(
            Section(
                heading=_maybe_passage(text, heading), paragraphs=tuple(_passage(text, p) for p in paragraphs)
            )
            for heading, paragraphs in layout.sections
        ),
        people=people,
        events=events,
        commitments=commitments,
        partnerships=partnerships,
        diagnostics=tuple(diagnostics),
    )


def _recognise(
    text: str, layout: Layout
) -> tuple[tuple[Event, ...], tuple[Person, ...], tuple[Commitment, ...], tuple[Partnership, ...]]:
    """The events, people, commitments and partnerships of ``text``, read sentence by
    sentence.  What they are read with (sentences, party mentions, the folded text) is
    freed on return, before the briefing is built."""
    units = _sentences(text, layout)
    folded = fold(text)
    events = find_events(text, folded, [(s, e) for s, e, _role in units], layout.date)
    year = layout.date.year if layout.date else next((ev.start.year for ev in events if ev.start), None)
    mentions = find_parties(text)
    people = find_people(text, mentions, folded)
    commitments, partnerships = extract(text, folded, units, year, people, mentions)
    return events, people, commitments, partnerships


def _check(text: object, max_chars: int) -> None:
    if not isinstance(text, str):
        hint = (
            " (decode bytes first, e.g. data.decode('utf-8'))" if isinstance(text, (bytes, bytearray)) else ""
        )
        raise BriefParseError(f"expected the brief as str, got {type(text).__name__}{hint}", 1, 1, 0)
    if len(text) > max_chars:
        raise BriefParseError(
            f"the brief has {len(text)} characters, more than max_chars={max_chars}", 1, 1, 0
        )
    nul = text.find("\0")
    if nul >= 0:
        raise BriefParseError.at("expected text, found a NUL character (binary data?)", text, nul)
    if not text.strip():
        raise BriefParseError(
            "expected a brief, found only white space" if text else "expected a brief, found empty input",
            1,
            1,
            0,
        )


def _passage(text: str, span: tuple[int, int]) -> Passage:
    start, end = span
    return Passage(text=text[start:end], span=Span(start=start, end=end))


def _maybe_passage(text: str, span: tuple[int, int] | None) -> Passage | None:
    return None if span is None else _passage(text, span)


def _sentences(text: str, layout: Layout) -> list[tuple[int, int, str]]:
    """Every sentence in reading order, with the role of the piece it stands in.

    Roles: ``title``, ``lead``, ``key_point``, ``heading``, ``paragraph`` and
    ``bullet`` (a bullet below the key points).
    """
    units: list[tuple[int, int, str]] = []
    if layout.title:
        units.append((*layout.title, "title"))
    if layout.lead:
        units.append((*layout.lead, "lead"))
    units.extend((*span, "key_point") for span in layout.key_points)
    for heading, paragraphs in layout.sections:
        if heading:
            units.append((*heading, "heading"))
        units.extend((*span, "bullet" if span[0] in layout.bullets else "paragraph") for span in paragraphs)
    units.sort()
    return [(s, e, role) for start, end, role in units for s, e in sentences(text, start, end)]


def parse_file(path: str | os.PathLike[str], *, strict: bool = False, encoding: str = "utf-8") -> Briefing:
    """Read and parse the brief in the file at ``path``.

    Raises:
        BriefParseError: the file is not text in ``encoding`` (with the line and column
            of the first bad byte), or anything :func:`parse` raises.
        OSError: the file cannot be read.
    """
    with open(path, "rb") as fp:
        data = fp.read()
    return parse(_decode(data, encoding), strict=strict)


def _decode(data: bytes, encoding: str) -> str:
    try:
        return data.decode(encoding)
    except UnicodeDecodeError as exc:
        line = data.count(b"\n", 0, exc.start) + 1
        column = exc.start - (data.rfind(b"\n", 0, exc.start) + 1) + 1
        raise BriefParseError(
            f"expected {encoding} text, found byte {data[exc.start]:#04x}", line, column, exc.start
        ) from None


def iter_briefings(source: str | Iterable[str] | IO[str], *, strict: bool = False) -> Iterator[Briefing]:
    """Yield one :class:`Briefing` per brief in a stream of house-format briefs, lazily.

    Each brief starts at a line ``date <DATE> ...``.  ``source`` is a string or an
    open text file (any iterable of lines); a file is read one line at a time, so
    memory stays flat however long it is.  Text before the first header is a brief
    of its own.  Every briefing's spans index its own :attr:`Briefing.text`.
    Blank stretches between briefs are skipped; a brief that fails under ``strict``
    raises with the line numbers of that brief.
    """
    lines: Iterable[str] = source.splitlines(keepends=True) if isinstance(source, str) else source
    chunk: list[str] = []
    for line in lines:
        if HEADER.match(line) and any(piece.strip() for piece in chunk):
            yield parse("".join(chunk), strict=strict)
            chunk = []
        chunk.append(line)
    if any(piece.strip() for piece in chunk):
        yield parse("".join(chunk), strict=strict)


def _parse_one(item: str | os.PathLike[str], strict: bool) -> Briefing:
    if isinstance(item, str):
        return parse(item, strict=strict)
    return parse_file(item, strict=strict)


def parse_many(
    items: Iterable[str | os.PathLike[str]],
    *,
    workers: int | None = None,
    strict: bool = False,
    chunksize: int = 16,
) -> Iterator[Briefing]:
    """Parse many briefs in a pool of ``workers`` processes; yield them in input order.

    Each item is a brief's text (a :class:`str`) or a file to read (a path such as
    :class:`pathlib.Path`).  ``workers`` defaults to the number of processors; with
    ``workers=1`` everything runs in this process.  Items are sent to the workers
    ``chunksize`` at a time.

    Raises:
        BriefParseError: an item cannot be read, as :func:`parse` or :func:`parse_file`
            would raise it (the first such item in input order).
    """
    if workers == 1:
        for item in items:
            yield _parse_one(item, strict)
        return
    with ProcessPoolExecutor(max_workers=workers) as pool:
        yield from pool.map(partial(_parse_one, strict=strict), items, chunksize=chunksize)
