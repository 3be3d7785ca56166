"""Hypothesis strategies that build valid, grounded model objects."""

from __future__ import annotations

import datetime as dt
from typing import Any

from hypothesis import strategies as st

import natobrief as nb

codes = st.from_regex(r"[A-Z][A-Z0-9]{0,5}", fullmatch=True)
short_text = st.text(max_size=20)
dates = st.dates(min_value=dt.date(1949, 1, 1), max_value=dt.date(2100, 12, 31))
parties = st.builds(nb.Party, name=short_text, code=codes, kind=st.sampled_from(nb.PartyKind))
# floats that survive JSON exactly: finite ones (JSON has no NaN or infinity)
finite = st.floats(allow_nan=False, allow_infinity=False)


@st.composite
def spans_in(draw: st.DrawFn, text: str) -> nb.Span:
    start = draw(st.integers(0, len(text)))
    end = draw(st.integers(start, len(text)))
    return nb.Span(start=start, end=end)


def _grounded(draw: st.DrawFn, text: str) -> dict[str, Any]:
    span = draw(spans_in(text))
    return {"text": text[span.start : span.end], "span": span}


@st.composite
def briefings(draw: st.DrawFn) -> nb.Briefing:
    """A briefing whose every span lies in its text and covers its object's text."""
    text = draw(st.text(min_size=1, max_size=200))

    def passage() -> nb.Passage:
        return nb.Passage(**_grounded(draw, text))

    def quantity() -> nb.Quantity:
        return nb.Quantity(
            value=draw(finite),
            unit=draw(st.sampled_from(["EUR", "USD", "percent_gdp", "count"])),
            **_grounded(draw, text),
        )

    def person() -> nb.Person:
        g = _grounded(draw, text)
        return nb.Person(
            name=g["text"], span=g["span"], title=draw(st.none() | short_text),
            affiliation=draw(st.none() | codes), mentions=tuple(draw(st.lists(spans_in(text), max_size=2))),
        )  # fmt: skip

    def event() -> nb.Event:
        return nb.Event(
            name=draw(short_text), kind=draw(st.sampled_from(nb.EventKind)), location=draw(st.none() | short_text),
            start=draw(st.none() | dates), end=draw(st.none() | dates), **_grounded(draw, text),
        )  # fmt: skip

    def commitment() -> nb.Commitment:
        return nb.Commitment(
            kind=draw(st.sampled_from(nb.CommitmentKind)), status=draw(st.sampled_from(nb.CommitmentStatus)),
            actor=draw(st.none() | parties), beneficiary=draw(st.none() | parties),
            amounts=tuple(quantity() for _ in range(draw(st.integers(0, 2)))), **_grounded(draw, text),
        )  # fmt: skip

    def partnership() -> nb.Partnership:
        return nb.Partnership(
            partners=tuple(draw(st.lists(parties, max_size=3))), region=draw(st.none() | short_text),
            areas=tuple(draw(st.lists(short_text, max_size=3))), **_grounded(draw, text),
        )  # fmt: skip

    def diagnostic() -> nb.Diagnostic:
        return nb.Diagnostic(
            message=draw(short_text),
            line=draw(st.integers(1, 99)),
            column=draw(st.integers(1, 99)),
            span=draw(spans_in(text)),
        )

    def some(make: Any, most: int = 2) -> tuple[Any, ...]:
        return tuple(make() for _ in range(draw(st.integers(0, most))))

    return nb.Briefing(
        text=text,
        date=draw(st.none() | dates),
        title=(passage() if draw(st.booleans()) else None),
        lead=(passage() if draw(st.booleans()) else None),
        key_points=some(passage),
        sections=tuple(
            nb.Section(heading=(passage() if draw(st.booleans()) else None), paragraphs=some(passage))
            for _ in range(draw(st.integers(0, 2)))
        ),
        people=some(person),
        events=some(event),
        commitments=some(commitment, 3),
        partnerships=some(partnership),
        diagnostics=some(diagnostic),
    )


def model_objects() -> st.SearchStrategy[Any]:
    """Any model object: a whole briefing or one of its parts."""

    def parts(b: nb.Briefing) -> list[Any]:
        out: list[Any] = [b]
        out += list(b.key_points) + list(b.sections) + list(b.people) + list(b.events)
        out += list(b.commitments) + list(b.partnerships) + list(b.diagnostics)
        out += [q for c in b.commitments for q in c.amounts] + [
            p for c in b.commitments for p in (c.actor, c.span) if p
        ]
        return out

    return briefings().flatmap(lambda b: st.sampled_from(parts(b)))


FRAGMENTS = [
    "date 2024-07-06 ", "date 6 July 2024 ", "date 2024-13-45 ", "\n", "\r\n", "\r", "- ", "* ", "• ", "1. ",
    "2) ", "# ", "## Heading\n", "NATO", "Allies", "the Alliance", "Ukraine", "Ukrainian", "the U.S.", "Seoul",
    "Tokyo", "the IP4", "the EU", "Türkiye", " will ", " would ", " must ", " expects ", " agreed ", " pledged ",
    " will not ", " is expected to ", " called for ", " now spend ", "€40 billion", "$1.5bn", "2% of GDP",
    "3.5 percent", "300,000 troops", " air defence ", " military aid ", " security agreement ", " membership ",
    " command ", " interoperability ", " cyber ", " cooperation with ", " partnership ", "Indo-Pacific", ", and ",
    ". ", "; ", ": ", " – ", "“", "”", '"', "'", "(", ")", "Secretary General Jens Stoltenberg", "President ",
    "Prime Minister ", "By Anna Lee\n", "Madrid 30.06.2022 ", "BRUSSELS, June 14 (Wire) - ", "next week's ",
    "Washington summit", "on Friday", "\ufeff", "\xa0", "\t", "Gen. ", "No. 5", "U.S. ", "2.5%",
]  # fmt: skip

#: Texts built from fragments of briefs, for fuzzers that reach the rules.
brief_texts = st.lists(st.sampled_from(FRAGMENTS), max_size=60).map("".join)
