"""The model's own guarantees: immutability, validation and the public face."""

from __future__ import annotations

import datetime as dt

import attrs
import pytest

import natobrief as nb


def test_objects_are_frozen() -> None:
    span = nb.Span(start=1, end=2)
    with pytest.raises(attrs.exceptions.FrozenInstanceError):
        span.start = 0  # type: ignore[misc]
    b = nb.Briefing(text="x")
    with pytest.raises(attrs.exceptions.FrozenInstanceError):
        b.date = dt.date(2024, 1, 1)  # type: ignore[misc]


def test_objects_are_slotted_and_keyword_only() -> None:
    for cls in nb.MODEL_CLASSES:
        assert "__slots__" in cls.__dict__, cls
        assert all(f.kw_only for f in attrs.fields(cls)), cls
    with pytest.raises(TypeError):
        nb.Span(1, 2)  # type: ignore[misc]


@pytest.mark.parametrize(
    ("start", "end", "message"),
    [
        (-1, 0, r"start must be >= 0, not -1"),
        (-3, -5, r"start must be >= 0, not -3"),
        (0, -1, r"end \(-1\) must not be smaller than start \(0\)"),
        (5, 4, r"end \(4\) must not be smaller than start \(5\)"),
    ],
)
def test_span_refuses_bad_offsets(start: int, end: int, message: str) -> None:
    with pytest.raises(ValueError, match=message):
        nb.Span(start=start, end=end)


def test_span_length_and_slice() -> None:
    span = nb.Span(start=2, end=5)
    assert len(span) == 3
    assert "abcdefg"[span.slice()] == "cde"


@pytest.mark.parametrize("code", ["kor", "Kor", "", "K R", "-EU"])
def test_party_code_must_be_upper_case(code: str) -> None:
    with pytest.raises(ValueError, match="upper-case code"):
        nb.Party(name="x", code=code, kind=nb.PartyKind.STATE)


def test_text_must_fit_its_span() -> None:
    with pytest.raises(ValueError, match="text has 3 characters"):
        nb.Passage(text="abc", span=nb.Span(start=0, end=2))


def test_enums_have_lower_case_string_values() -> None:
    for enum in (nb.CommitmentKind, nb.CommitmentStatus, nb.PartyKind, nb.EventKind):
        for member in enum:
            assert member.value == member.value.lower()
            assert isinstance(member.value, str)
    assert nb.CommitmentKind.AIR_MISSILE_DEFENCE.value == "air_missile_defence"


def test_public_names() -> None:
    expected = {
        "Briefing", "Commitment", "CommitmentKind", "CommitmentStatus", "Diagnostic", "Event",
        "Partnership", "Party", "PartyKind", "Person", "Quantity", "Section", "Span",
        "parse", "parse_file", "iter_briefings", "to_dict", "from_dict", "to_json", "from_json",
        "write_jsonl", "iter_jsonl", "json_schema", "converter", "BriefError", "BriefParseError",
        "SerializationError",
    }  # fmt: skip
    assert expected <= set(nb.__all__)
    for name in nb.__all__:
        assert hasattr(nb, name), name
    assert issubclass(nb.BriefParseError, nb.BriefError)
    assert issubclass(nb.SerializationError, nb.BriefError)
    assert issubclass(nb.BriefError, ValueError)
