"""Stage 3: extraction, fed by the reader's sentences.

Each sentence is read once: its parties and amounts are found, then the commitment
and partnership extractors look at it with what they already know.
"""

from __future__ import annotations

import datetime as dt
import re
from typing import Final

from natobrief._amounts import find_quantities
from natobrief._commitments import Context, Sentence, find_commitments
from natobrief._model import Commitment, CommitmentStatus, Partnership
from natobrief._partnerships import find_partnership
from natobrief._parties import find_parties
from natobrief._text import sentences

__all__ = ["extract"]

#: Headings that supply the cue for the bullets under them ("Key decisions:").
_DECISION_HEADING: Final = re.compile(r"(?i)\b(?:decisions?|decided|agreed|outcomes?|commitments?|deliverables)\b")


def extract(
    text: str, units: list[tuple[int, int, str]], date: dt.date | None
) -> tuple[tuple[Commitment, ...], tuple[Partnership, ...]]:
    """Return the commitments and partnerships stated in ``units`` of ``text``.

    ``units`` are the brief's pieces in reading order, each ``(start, end, role)``.
    """
    context = Context(year=date.year if date else None)
    commitments: list[Commitment] = []
    partnerships: list[Partnership] = []
    frame: CommitmentStatus | None = None
    for start, end, role in units:
        if role == "heading":
            frame = CommitmentStatus.AGREED if _DECISION_HEADING.search(text, start, end) else None
            continue
        for s, e in sentences(text, start, end):
            sentence = Sentence(
                start=s,
                end=e,
                role=role,
                mentions=find_parties(text, s, e),
                quantities=find_quantities(text, s, e),
                frame=frame if role in ("paragraph", "key_point") and _is_bullet(text, start) else None,
            )
            commitments.extend(find_commitments(text, sentence, context))
            partnership = find_partnership(text, sentence, context)
            if partnership is not None:
                partnerships.append(partnership)
    return tuple(commitments), tuple(partnerships)


def _is_bullet(text: str, start: int) -> bool:
    """Whether the unit at ``start`` is a bullet (its mark stands just before it)."""
    line_start = max(text.rfind("\n", 0, start), text.rfind("\r", 0, start)) + 1
    return bool(text[line_start:start].strip())
