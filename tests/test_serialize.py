"""Serialization: lossless round trips, schema validity and clear errors on bad data."""

from __future__ import annotations

import datetime as dt
import io
import json
import pickle
from pathlib import Path
from typing import Any

import attrs
import jsonschema
import pytest
from hypothesis import given
from strategies import briefings, model_objects

import natobrief as nb

SEED = Path(__file__).resolve().parent.parent / "seeds" / "2024-07-06-washington-summit-preview.txt"


@given(model_objects())
def test_every_model_object_round_trips_through_json(obj: Any) -> None:
    assert obj == nb.from_json(nb.to_json(obj), type(obj))


@given(briefings())
def test_briefing_dict_validates_against_schema(b: nb.Briefing) -> None:
    jsonschema.validate(nb.to_dict(b), nb.json_schema())


@given(model_objects())
def test_every_part_validates_against_its_own_schema(obj: Any) -> None:
    jsonschema.validate(nb.to_dict(obj), nb.json_schema(type(obj)))


def test_seed_round_trips_and_validates() -> None:
    b = nb.parse_file(SEED)
    assert b == nb.from_json(nb.to_json(b))
    assert b == nb.from_dict(nb.to_dict(b), nb.Briefing)
    jsonschema.validate(nb.to_dict(b), nb.json_schema())


def test_dict_form_uses_iso_dates_enum_values_and_field_order() -> None:
    c = nb.Commitment(
        text="x",
        span=nb.Span(start=0, end=1),
        kind=nb.CommitmentKind.MILITARY_AID,
        status=nb.CommitmentStatus.PLANNED,
    )
    b = nb.Briefing(text="x", date=dt.date(2024, 7, 6), commitments=(c,))
    d = nb.to_dict(b)
    assert d["date"] == "2024-07-06"
    assert d["commitments"][0]["kind"] == "military_aid"
    assert d["commitments"][0]["status"] == "planned"
    assert list(d) == [f.name for f in attrs.fields(nb.Briefing)]
    assert list(d["commitments"][0]) == [f.name for f in attrs.fields(nb.Commitment)]


def test_schema_is_generated_from_the_model_fields() -> None:
    schema = nb.json_schema()
    assert schema["$schema"] == "https://json-schema.org/draft/2020-12/schema"
    for cls in nb.MODEL_CLASSES:
        part = schema if cls is nb.Briefing else schema["$defs"][cls.__name__]
        assert list(part["properties"]) == [f.name for f in attrs.fields(cls)]
        assert part["additionalProperties"] is False
    assert schema["$defs"]["CommitmentStatus"]["enum"] == [s.value for s in nb.CommitmentStatus]
    assert nb.json_schema() == nb.json_schema()  # regenerating changes nothing


def _seed_dict() -> dict[str, Any]:
    b = nb.parse_file(SEED)
    d: dict[str, Any] = nb.to_dict(b)
    # a briefing with one hand-made commitment, so the paths below exist
    d["commitments"] = [
        {
            "text": b.text[0:5],
            "span": {"start": 0, "end": 5},
            "kind": "financial",
            "status": "agreed",
            "actor": None,
            "beneficiary": None,
            "amounts": [],
        }
    ]
    return d


@pytest.mark.parametrize(
    ("change", "expected"),
    [
        (
            lambda d: d["commitments"][0].__setitem__("status", "maybe"),
            "commitments[0].status: 'maybe' is not a CommitmentStatus",
        ),
        (lambda d: d.__setitem__("date", "2024-13-45"), "date: '2024-13-45' is not an ISO 8601 date"),
        (
            lambda d: d["commitments"][0]["span"].__setitem__("start", "0"),
            "commitments[0].span.start: expected int, got str",
        ),
        (lambda d: d["commitments"][0].pop("kind"), "commitments[0].kind: required field missing"),
        (
            lambda d: d["commitments"][0].__setitem__("colour", "red"),
            "commitments[0]: unknown field(s) 'colour'",
        ),
        (
            lambda d: d["commitments"][0]["span"].__setitem__("end", 10**9),
            "commitments[0]: text has 5 characters but its span 0..1000000000",
        ),
        (
            lambda d: d["people"][0].__setitem__("mentions", [{"start": 10**6, "end": 10**6 + 1}]),
            "people[0].mentions[0]: 1000000..1000001 lies outside the text",
        ),
        (
            lambda d: d["commitments"][0].__setitem__("text", "XXXXX"),
            "commitments[0].span: the text at 0..5 is not the object's text",
        ),
        (
            lambda d: d["commitments"][0]["span"].__setitem__("start", 9),
            "commitments[0].span: end (5) must not be smaller than start (9)",
        ),
        (lambda d: d.__setitem__("key_points", "none"), "key_points"),
        (
            lambda d: d["people"][0].__setitem__("name", "Someone Else"),
            "people[0]: name has 12 characters but its span 60..76 covers 16",
        ),
        (lambda d: d.__setitem__("text", 5), "text: expected str, got int"),
    ],
)
def test_bad_data_raises_serialization_error_naming_the_path(change: Any, expected: str) -> None:
    d = _seed_dict()
    change(d)
    with pytest.raises(nb.SerializationError) as info:
        nb.from_json(json.dumps(d))
    assert any(e.startswith(expected) for e in info.value.errors), info.value.errors


@pytest.mark.parametrize(
    ("data", "expected"),
    [
        ("{not json", "(top level): invalid JSON at line 1, column 2"),
        ("[1, 2]", "(top level): expected an object for Briefing, got list"),
        ("[" * 100_000 + "]" * 100_000, "(top level):"),
        ('{"text": "x", "date": 20240706}', "date: expected an ISO 8601 date string, got int"),
        ('{"text": true}', "text: expected str, got a boolean"),
    ],
)
def test_malformed_json_raises_serialization_error(data: str, expected: str) -> None:
    with pytest.raises(nb.SerializationError) as info:
        nb.from_json(data)
    assert info.value.errors[0].startswith(expected), info.value.errors


def test_serialization_error_is_a_brief_error_and_a_value_error() -> None:
    with pytest.raises(nb.BriefError):
        nb.from_json("{}")
    with pytest.raises(ValueError, match="text: required field missing"):
        nb.from_json("{}")


def test_from_dict_refuses_a_class_outside_the_model() -> None:
    with pytest.raises(nb.SerializationError, match="not a natobrief model class"):
        nb.from_dict({}, dict)


def test_json_lines_write_and_lazy_read() -> None:
    items = [nb.parse(f"date 2024-07-0{i} NATO will meet in Brussels.") for i in range(1, 4)]
    buffer = io.StringIO()
    assert nb.write_jsonl(items, buffer) == 3
    lines = buffer.getvalue().splitlines()
    assert len(lines) == 3
    reader = nb.iter_jsonl(io.StringIO(buffer.getvalue() + "\n"))
    assert next(reader) == items[0]  # lazily: one object at a time
    assert list(reader) == items[1:]


def test_json_lines_error_names_the_line() -> None:
    bad = nb.to_json(nb.parse("date 2024-07-01 Lead.")) + "\n{oops\n"
    with pytest.raises(nb.SerializationError, match=r"^line 2: \(top level\): invalid JSON"):
        list(nb.iter_jsonl(io.StringIO(bad)))


@given(model_objects())
def test_model_objects_survive_pickle(obj: Any) -> None:
    assert obj == pickle.loads(pickle.dumps(obj))


def test_errors_survive_pickle() -> None:
    e = nb.BriefParseError("expected a date", 3, 7, 40)
    back = pickle.loads(pickle.dumps(e))
    assert (back.msg, back.line, back.column, back.offset) == ("expected a date", 3, 7, 40)
    s = pickle.loads(pickle.dumps(nb.SerializationError(["a: b", "c: d"])))
    assert s.errors == ("a: b", "c: d")


def test_converter_is_shared_and_reusable() -> None:
    @attrs.frozen
    class Report:
        briefing: nb.Briefing
        note: str

    report = Report(briefing=nb.parse("date 2024-07-06 Lead text."), note="n")
    data = nb.converter.unstructure(report)
    assert data["briefing"]["date"] == "2024-07-06"
    assert nb.converter.structure(data, Report) == report
