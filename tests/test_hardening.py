"""Hostile input, fuzzing, limits and scale-out: natobrief never crashes, hangs or lies.

The slow tests (marked ``slow``) feed inputs of about 1 MB built to hurt, and run the
fuzzers for at least 10,000 examples; ``.ci/run`` runs them.  How long each hostile
input takes is the benchmark's business (``benchmarks/run.py``), not a test's.
"""

from __future__ import annotations

import json
import pickle
from pathlib import Path
from typing import Any

import pytest
from grounding import parses_or_refuses
from hostile import HOSTILE
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from strategies import brief_texts

import natobrief as nb

SEED = Path(__file__).resolve().parent.parent / "seeds" / "2024-07-06-washington-summit-preview.txt"


@pytest.mark.slow
@settings(max_examples=10_000, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(brief_texts)
def test_fuzz_brief_fragments(text: str) -> None:
    parses_or_refuses(text)


@pytest.mark.slow
@settings(max_examples=10_000, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.text(max_size=300))
def test_fuzz_any_unicode(text: str) -> None:
    parses_or_refuses(text)


@pytest.mark.slow
@pytest.mark.parametrize("name", list(HOSTILE))
def test_hostile_input_parses_or_fails_cleanly(name: str) -> None:
    text = HOSTILE[name]()
    assert 900_000 <= len(text) <= 1_200_000
    parses_or_refuses(text, round_trip=False)


def test_max_chars_is_configurable() -> None:
    text = "date 2024-07-06 " + "word " * 1000
    with pytest.raises(nb.BriefParseError, match="more than max_chars=100"):
        nb.parse(text, max_chars=100)
    assert nb.parse(text, max_chars=len(text)).date is not None
    assert nb.DEFAULT_MAX_CHARS >= 1_000_000


# --- hostile JSON -----------------------------------------------------------------------------


def _seed_dict() -> dict[str, Any]:
    data: dict[str, Any] = nb.to_dict(nb.parse_file(SEED))
    return data


@pytest.mark.parametrize(
    ("data", "expected"),
    [
        ("[" * 5000 + "]" * 5000, "(top level): JSON nested too deeply"),
        ('{"text": ' + '{"a": ' * 100 + "1" + "}" * 100 + "}", "(top level): JSON nested too deeply"),
        ('{"text": "x", "date": 1e999}', "date: expected an ISO 8601 date string"),
        ('{"text": "x", "key_points": [{"text": "x", "span": {"start": 0, "end": 10000000000000000000000}}]}', "key_points[0]"),
        ('{"text": "x", "unknown": 1}', "(top level): unknown field(s) 'unknown'"),
        ('{"text": "x", "commitments": "none"}', "commitments"),
        ('{"text": "x", "people": [{"name": "x", "span": {"start": 0, "end": 1}, "mentions": [{"start": -5, "end": 1}]}]}', "people[0].mentions[0]"),
        ("null", "(top level): expected an object"),
        ('"a string"', "(top level): expected an object"),
    ],
)  # fmt: skip
def test_hostile_json_raises_serialization_error(data: str, expected: str) -> None:
    with pytest.raises(nb.SerializationError) as info:
        nb.from_json(data)
    assert any(e.startswith(expected) for e in info.value.errors), info.value.errors


def test_no_half_built_object_on_one_bad_field_among_many() -> None:
    d = _seed_dict()
    d["people"][0]["span"]["end"] = 10**9
    with pytest.raises(nb.SerializationError):
        nb.from_dict(d, nb.Briefing)
    d = _seed_dict()
    assert nb.from_json(json.dumps(d)) == nb.parse_file(SEED)


# --- scale out ----------------------------------------------------------------------------------


def test_parse_many_in_processes_keeps_order(tmp_path: Path) -> None:
    texts = [f"date 2024-07-{day:02d} NATO will deploy more troops to Poland." for day in range(1, 21)]
    path = tmp_path / "brief.txt"
    path.write_text("date 2024-08-01 Allies agreed a new fund.", encoding="utf-8")
    results = list(nb.parse_many([*texts, path], workers=2, chunksize=3))
    assert [nb.parse(t) for t in texts] == results[:-1]
    assert nb.parse_file(path) == results[-1]


def test_parse_many_in_one_process() -> None:
    assert [nb.parse("date 2024-07-01 Lead.")] == list(nb.parse_many(["date 2024-07-01 Lead."], workers=1))


def test_parse_many_raises_the_first_error() -> None:
    with pytest.raises(nb.BriefParseError, match="empty input"):
        list(nb.parse_many(["date 2024-07-01 Lead.", ""], workers=2))


def test_parsed_objects_and_errors_survive_pickle() -> None:
    b = nb.parse_file(SEED)
    assert b == pickle.loads(pickle.dumps(b))
    for part in (*b.commitments, *b.partnerships, *b.people, *b.events, b.lead):
        assert part == pickle.loads(pickle.dumps(part))
    for error in (nb.BriefParseError("m", 2, 3, 9), nb.SerializationError(["a: b"]), nb.BriefError("x")):
        back = pickle.loads(pickle.dumps(error))
        assert (type(error), str(error)) == (type(back), str(back))
