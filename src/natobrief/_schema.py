"""A JSON Schema (draft 2020-12) of the serialized model, generated from the classes.

The schema is derived from ``attrs.fields()`` and the fields' type hints, the same
source the converter reads, so the two cannot drift apart.
"""

from __future__ import annotations

import datetime as dt
import enum
import types
import typing
from typing import Any, Final

import attrs

from natobrief._model import Briefing

__all__ = ["json_schema"]

_DIALECT: Final = "https://json-schema.org/draft/2020-12/schema"
_SCALARS: Final[dict[Any, dict[str, Any]]] = {
    str: {"type": "string"},
    int: {"type": "integer"},
    float: {"type": "number"},
    bool: {"type": "boolean"},
    dt.date: {"type": "string", "format": "date"},
}


def json_schema(cls: type[Any] = Briefing) -> dict[str, Any]:
    """Return the JSON Schema of ``cls`` (a model class) as :func:`~natobrief.to_dict` writes it.

    Nested model classes go to ``$defs`` and are referenced by name; every object
    forbids unknown keys, as :func:`~natobrief.from_dict` does.

    >>> schema = natobrief.json_schema(natobrief.Span)
    >>> schema["required"]
    ['start', 'end']
    """
    if not attrs.has(cls):
        raise TypeError(f"{cls!r} is not a natobrief model class")
    defs: dict[str, dict[str, Any]] = {}
    root = _object(cls, defs)
    defs.pop(cls.__name__, None)
    schema: dict[str, Any] = {"$schema": _DIALECT, "title": cls.__name__, **root}
    if defs:
        schema["$defs"] = dict(sorted(defs.items()))
    return schema


def _object(cls: type[Any], defs: dict[str, dict[str, Any]]) -> dict[str, Any]:
    hints = typing.get_type_hints(cls)
    properties = {}
    required = []
    for field in attrs.fields(cls):
        properties[field.name] = _type(hints[field.name], defs)
        if field.default is attrs.NOTHING:
            required.append(field.name)
    out: dict[str, Any] = {"type": "object", "properties": properties}
    if required:
        out["required"] = required
    out["additionalProperties"] = False
    if cls.__doc__:
        out["description"] = cls.__doc__.strip().splitlines()[0]
    return out


def _type(hint: Any, defs: dict[str, dict[str, Any]]) -> dict[str, Any]:
    if hint in _SCALARS:
        return dict(_SCALARS[hint])
    origin = typing.get_origin(hint)
    args = typing.get_args(hint)
    if origin in (typing.Union, types.UnionType):
        options = [_type(a, defs) for a in args if a is not type(None)]
        if type(None) in args:
            options.append({"type": "null"})
        return options[0] if len(options) == 1 else {"anyOf": options}
    if origin is tuple and len(args) == 2 and args[1] is Ellipsis:
        return {"type": "array", "items": _type(args[0], defs)}
    if isinstance(hint, type) and issubclass(hint, enum.Enum):
        if hint.__name__ not in defs:
            defs[hint.__name__] = {
                "type": "string",
                "enum": [m.value for m in hint],
                "description": (hint.__doc__ or "").strip(),
            }
        return {"$ref": f"#/$defs/{hint.__name__}"}
    if isinstance(hint, type) and attrs.has(hint):
        if hint.__name__ not in defs:
            defs[hint.__name__] = {}  # a placeholder stops recursion
            defs[hint.__name__] = _object(hint, defs)
        return {"$ref": f"#/$defs/{hint.__name__}"}
    raise TypeError(f"no JSON Schema for type {hint!r}")  # pragma: no cover - model types only
