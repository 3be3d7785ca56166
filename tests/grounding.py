"""Checks shared by the tests: every span grounded, any input parsed or refused cleanly."""

from __future__ import annotations

from typing import Any

import natobrief as nb


def grounded_objects(b: nb.Briefing) -> list[Any]:
    """Every object in ``b`` that has both a span and a text (or a person's name)."""
    out: list[Any] = [b.title, b.lead, *b.key_points, *b.events, *b.commitments, *b.partnerships]
    out += [s.heading for s in b.sections] + [p for s in b.sections for p in s.paragraphs]
    out += [q for c in b.commitments for q in c.amounts]
    return [o for o in out if o is not None]


def assert_grounded(b: nb.Briefing) -> None:
    for obj in grounded_objects(b):
        assert 0 <= obj.span.start <= obj.span.end <= len(b.text)
        assert b.text[obj.span.start : obj.span.end] == obj.text
    for p in b.people:
        assert b.text[p.span.start : p.span.end] == p.name
        for m in p.mentions:
            assert 0 <= m.start <= m.end <= len(b.text)
    for d in b.diagnostics:
        assert 0 <= d.span.start <= d.span.end <= len(b.text)


def parses_or_refuses(text: str, *, round_trip: bool = True) -> None:
    """``parse(text)`` returns a grounded briefing that round-trips, or raises BriefParseError."""
    try:
        b = nb.parse(text)
    except nb.BriefParseError as exc:
        position = (exc.line, exc.column)
        assert min(position) >= 1, position
        return
    assert text == b.text
    assert_grounded(b)
    if round_trip:
        assert b == nb.from_json(nb.to_json(b))
