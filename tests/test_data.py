"""Briefs written for the tests, each with the reading a careful analyst would give it.

Each ``tests/data/NAME.txt`` has a ``NAME.expected.json`` beside it that states some
of the fields of its :class:`~natobrief.Briefing`; only the fields it states are
compared.  Commitments and partnerships are compared as sets of their attributes
plus a fragment of their evidence.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

import natobrief as nb

DATA = Path(__file__).resolve().parent / "data"
CASES = sorted(p.stem for p in DATA.glob("*.txt"))


def _code(p: nb.Party | None) -> str | None:
    return p.code if p else None


def _actual(b: nb.Briefing, key: str) -> Any:
    if key == "date":
        return b.date.isoformat() if b.date else None
    if key in ("title", "lead"):
        passage = getattr(b, key)
        return passage.text if passage else None
    if key == "key_points":
        return [k.text for k in b.key_points]
    if key == "sections":
        return [[s.heading.text if s.heading else None, [p.text for p in s.paragraphs]] for s in b.sections]
    if key == "people":
        return [[p.name, p.title, p.affiliation] for p in b.people]
    if key == "events":
        return [
            [
                e.name,
                e.start.isoformat() if e.start else None,
                e.end.isoformat() if e.end else None,
                e.location,
            ]
            for e in b.events
        ]
    if key == "commitments":
        return [
            [c.kind.value, c.status.value, _code(c.actor), _code(c.beneficiary), c.text]
            for c in b.commitments
        ]
    if key == "partnerships":
        return [[[x.code for x in p.partners], p.region, list(p.areas), p.text] for p in b.partnerships]
    if key == "amounts":
        return [[q.text, q.value, q.unit] for c in b.commitments for q in c.amounts]
    raise KeyError(key)


def _evidence_matches(expected: list[Any], actual: list[Any]) -> bool:
    """Attributes equal, and the expected evidence fragment inside the actual text."""
    return expected[:-1] == actual[:-1] and expected[-1] in actual[-1]


@pytest.mark.parametrize("name", CASES)
def test_brief(name: str) -> None:
    text = (DATA / f"{name}.txt").read_text(encoding="utf-8")
    expected = json.loads((DATA / f"{name}.expected.json").read_text(encoding="utf-8"))
    b = nb.parse(text)
    for key, want in expected.items():
        got = _actual(b, key)
        if key in ("commitments", "partnerships"):
            assert len(want) == len(got), f"{key}: expected {want}, got {got}"
            for w, g in zip(want, got, strict=True):
                assert _evidence_matches(w, g), f"{key}: expected {w}, got {g}"
        else:
            assert want == got, key
