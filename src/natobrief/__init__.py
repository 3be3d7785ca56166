"""natobrief: NATO news briefs as typed, source-grounded data.

>>> import natobrief
>>> b = natobrief.parse("date 2024-07-06 Allies agreed to spend 2% of GDP on defence.")
>>> b.date
datetime.date(2024, 7, 6)
"""

from __future__ import annotations

from natobrief._errors import BriefError, BriefParseError, SerializationError
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
from natobrief._parser import DEFAULT_MAX_CHARS, iter_briefings, parse, parse_file, parse_many
from natobrief._render import render_html
from natobrief._schema import json_schema
from natobrief._serialize import (
    MAX_JSON_DEPTH,
    MODEL_CLASSES,
    converter,
    from_dict,
    from_json,
    iter_jsonl,
    to_dict,
    to_json,
    write_jsonl,
)
from natobrief._tabular import COMMITMENT_COLUMNS, commitment_records

__version__ = "0.1.0"
"""The version of natobrief, as its package metadata gives it."""

__all__ = [
    "COMMITMENT_COLUMNS",
    "DEFAULT_MAX_CHARS",
    "MAX_JSON_DEPTH",
    "MODEL_CLASSES",
    "BriefError",
    "BriefParseError",
    "Briefing",
    "Commitment",
    "CommitmentKind",
    "CommitmentStatus",
    "Diagnostic",
    "Event",
    "EventKind",
    "Partnership",
    "Party",
    "PartyKind",
    "Passage",
    "Person",
    "Quantity",
    "Section",
    "SerializationError",
    "Span",
    "__version__",
    "commitment_records",
    "converter",
    "from_dict",
    "from_json",
    "iter_briefings",
    "iter_jsonl",
    "json_schema",
    "parse",
    "parse_file",
    "parse_many",
    "render_html",
    "to_dict",
    "to_json",
    "write_jsonl",
]
