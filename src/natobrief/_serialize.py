"""Serialization: one configured cattrs converter, and the helpers built on it.

The model knows nothing of JSON.  This module owns the mapping: dates become ISO 8601
strings, enums their values, attrs classes objects whose keys follow the field order.
Loading is strict: wrong types, unknown keys, spans outside the text and values the
model's validators refuse all raise :class:`~natobrief.SerializationError`, which names
the path of every bad field.
"""

from __future__ import annotations

import datetime as dt
import enum
import json
from collections.abc import Callable, Iterable, Iterator
from typing import IO, Any, Final, TypeVar

import attrs
import cattrs
from cattrs.preconf.json import make_converter

from natobrief._errors import SerializationError
from natobrief._model import (
    Briefing,
    Commitment,
    CommitmentKind,
    CommitmentStatus,
    Diagnostic,
    Event,
    EventKind,
    Partnership,
    Party,
    PartyKind,
    Passage,
    Person,
    Quantity,
    Section,
    Span,
)

__all__ = [
    "MAX_JSON_DEPTH",
    "MODEL_CLASSES",
    "converter",
    "from_dict",
    "from_json",
    "iter_jsonl",
    "to_dict",
    "to_json",
    "write_jsonl",
]

T = TypeVar("T")

MODEL_CLASSES: Final[tuple[type[Any], ...]] = (
    Span,
    Party,
    Passage,
    Person,
    Quantity,
    Event,
    Commitment,
    Partnership,
    Section,
    Diagnostic,
    Briefing,
)
"""Every model class that :func:`to_dict` and :func:`from_dict` accept."""

MAX_JSON_DEPTH: Final = 64
"""The deepest nesting :func:`from_json` reads; the model itself needs six levels."""


def _strict(kind: type[Any], accept: tuple[type[Any], ...]) -> Callable[[Any, Any], Any]:
    """A structure hook that refuses values of the wrong JSON type instead of casting."""

    def structure(value: Any, _type: Any) -> Any:
        if isinstance(value, bool) and kind is not bool:
            raise TypeError(f"expected {kind.__name__}, got a boolean")
        if not isinstance(value, accept):
            raise TypeError(f"expected {kind.__name__}, got {type(value).__name__}")
        return kind(value)

    return structure


def _structure_date(value: Any, _type: Any) -> dt.date:
    if not isinstance(value, str):
        raise TypeError(f"expected an ISO 8601 date string, got {type(value).__name__}")
    try:
        return dt.date.fromisoformat(value)
    except ValueError:
        raise ValueError(f"{value!r} is not an ISO 8601 date (YYYY-MM-DD)") from None


def _structure_enum(value: Any, cls: type[enum.Enum]) -> enum.Enum:
    if not isinstance(value, str):
        raise TypeError(f"expected {cls.__name__} as a string, got {type(value).__name__}")
    try:
        return cls(value)
    except ValueError:
        choices = ", ".join(repr(m.value) for m in cls)
        raise ValueError(f"{value!r} is not a {cls.__name__} (one of {choices})") from None


def _enum_value(member: enum.Enum) -> Any:
    return member.value


def _make_converter() -> cattrs.Converter:
    conv = make_converter(forbid_extra_keys=True)
    conv.register_structure_hook(str, _strict(str, (str,)))
    conv.register_structure_hook(int, _strict(int, (int,)))
    conv.register_structure_hook(float, _strict(float, (int, float)))
    conv.register_structure_hook(bool, _strict(bool, (bool,)))
    conv.register_unstructure_hook(dt.date, dt.date.isoformat)
    conv.register_structure_hook(dt.date, _structure_date)
    for enum_class in (CommitmentKind, CommitmentStatus, EventKind, PartyKind):
        conv.register_structure_hook(enum_class, _structure_enum)
        conv.register_unstructure_hook(enum_class, _enum_value)
    return conv


converter: Final[cattrs.Converter] = _make_converter()
"""The configured :class:`cattrs.Converter`, built once; reuse it to embed natobrief
objects in your own attrs classes."""


def to_dict(obj: Any) -> Any:
    """Return ``obj`` (a model object, or a tuple/list of them) as plain JSON data.

    Keys follow the fields' order, dates are ISO 8601 strings and enums their values.
    """
    return converter.unstructure(obj)


def _path(path: str) -> str:
    path = path.removeprefix("$").removeprefix(".")
    return path or "(top level)"


def _messages(exc: BaseException) -> list[str]:
    out = []
    for line in cattrs.transform_error(exc, path="$", format_exception=_describe):
        message, _, path = line.rpartition(" @ ")
        out.append(f"{_path(path)}: {message}")
    return out


def _describe(exc: BaseException, _type: Any) -> str:
    if isinstance(exc, KeyError):
        return "required field missing"
    if isinstance(exc, cattrs.ForbiddenExtraKeysError):
        keys = ", ".join(sorted(map(repr, exc.extra_fields)))
        return f"unknown field(s) {keys}"
    return str(exc) or type(exc).__name__


def from_dict(data: Any, cls: type[T]) -> T:
    """Build an object of model class ``cls`` from plain JSON data.

    Raises:
        SerializationError: the data does not fit ``cls``; :attr:`~SerializationError.errors`
            holds one ``path: problem`` message per bad field.
    """
    if cls not in MODEL_CLASSES:
        raise SerializationError([f"(top level): {cls!r} is not a natobrief model class"])
    if not isinstance(data, dict):
        raise SerializationError(
            [f"(top level): expected an object for {cls.__name__}, got {type(data).__name__}"]
        )
    try:
        obj = converter.structure(data, cls)
    except (cattrs.BaseValidationError, ValueError, TypeError, KeyError) as exc:
        raise SerializationError(_messages(exc)) from None
    if isinstance(obj, Briefing):
        problems = list(_grounding_problems(obj))
        if problems:
            raise SerializationError(problems)
    return obj


def _grounding_problems(briefing: Briefing) -> Iterator[str]:
    """Yield a message for every span outside the text, or text that is not its span's."""
    text = briefing.text
    for path, span, own in _spans(briefing, ""):
        if span.end > len(text):
            yield f"{path}: {span.start}..{span.end} lies outside the text ({len(text)} characters)"
        elif own is not None and text[span.start : span.end] != own:
            yield f"{path}: the text at {span.start}..{span.end} is not the object's text"


def _spans(obj: Any, path: str) -> Iterator[tuple[str, Span, str | None]]:
    """Yield ``(path, span, text)`` for every span below ``obj``.

    ``text`` is what the span must cover: the owner's ``text`` (a person's ``name``),
    or None where nothing is stated beside the span.
    """
    for field in attrs.fields(type(obj)):
        value = getattr(obj, field.name)
        here = f"{path}.{field.name}" if path else field.name
        items = enumerate(value) if isinstance(value, tuple) else ((None, value),)
        for index, item in items:
            where = here if index is None else f"{here}[{index}]"
            if isinstance(item, Span):
                own = None
                if field.name == "span":
                    own = obj.name if isinstance(obj, Person) else getattr(obj, "text", None)
                yield where, item, own
            elif attrs.has(type(item)):
                yield from _spans(item, where)


def to_json(obj: Any, *, indent: int | None = None) -> str:
    """Return ``obj`` as a JSON string; :func:`from_json` reads it back equal."""
    return json.dumps(to_dict(obj), ensure_ascii=False, indent=indent)


def from_json(data: str | bytes, cls: type[T] = Briefing) -> T:  # type: ignore[assignment]
    """Load an object of model class ``cls`` (a :class:`Briefing` by default) from JSON.

    Raises:
        SerializationError: the JSON is malformed, too deeply nested, or does not fit
            the model; the message names every bad path.
    """
    try:
        loaded = json.loads(data)
    except json.JSONDecodeError as exc:
        raise SerializationError(
            [f"(top level): invalid JSON at line {exc.lineno}, column {exc.colno}: {exc.msg}"]
        ) from None
    except RecursionError:
        raise SerializationError(
            [f"(top level): JSON nested too deeply; at most {MAX_JSON_DEPTH} levels are read"]
        ) from None
    except (UnicodeDecodeError, ValueError) as exc:
        raise SerializationError([f"(top level): unreadable JSON: {exc}"]) from None
    depth = _depth(loaded)
    if depth > MAX_JSON_DEPTH:
        raise SerializationError(
            [
                f"(top level): JSON nested too deeply ({depth} levels); at most {MAX_JSON_DEPTH} levels are read"
            ]
        )
    return from_dict(loaded, cls)


def _depth(value: Any) -> int:
    """The nesting depth of JSON data, measured without recursion."""
    deepest, stack = 0, [(value, 1)]
    while stack:
        item, level = stack.pop()
        deepest = max(deepest, level)
        if deepest > MAX_JSON_DEPTH:
            return deepest
        if isinstance(item, dict):
            stack.extend((v, level + 1) for v in item.values())
        elif isinstance(item, list):
            stack.extend((v, level + 1) for v in item)
    return deepest


def write_jsonl(objs: Iterable[Any], fp: IO[str]) -> int:
    """Write each object as one line of JSON to the text file ``fp``; return the count."""
    count = 0
    for obj in objs:
        fp.write(to_json(obj))
        fp.write("\n")
        count += 1
    return count


def iter_jsonl(fp: Iterable[str], cls: type[T] = Briefing) -> Iterator[T]:  # type: ignore[assignment]
    """Lazily read objects of ``cls`` from JSON Lines, one line at a time.

    Blank lines are skipped.  A bad line raises :class:`SerializationError` whose
    messages start with ``line N:``.
    """
    for number, line in enumerate(fp, start=1):
        if not line.strip():
            continue
        try:
            yield from_json(line, cls)
        except SerializationError as exc:
            raise SerializationError([f"line {number}: {e}" for e in exc.errors]) from None
