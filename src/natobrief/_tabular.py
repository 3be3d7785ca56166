"""Flat records of a briefing's commitments, for CSV files and data frames."""

from __future__ import annotations

from typing import Final

from natobrief._model import Briefing, Party

__all__ = ["COMMITMENT_COLUMNS", "commitment_records"]

COMMITMENT_COLUMNS: Final = (
    "source",
    "date",
    "kind",
    "status",
    "actor",
    "beneficiary",
    "amounts",
    "start",
    "end",
    "text",
)
"""The keys of every record :func:`commitment_records` returns, in column order."""


def commitment_records(briefing: Briefing, source: str = "") -> list[dict[str, str | int | None]]:
    """Return one flat record per commitment of ``briefing``, keyed by :data:`COMMITMENT_COLUMNS`.

    Parties are given by code, amounts as ``value unit`` pairs joined by ``"; "``,
    the date in ISO 8601; ``source`` names where the brief came from (a file name).

    >>> b = natobrief.parse("date 2024-07-06 Allies agreed to spend 2% of GDP on defence.")
    >>> [(r["kind"], r["status"], r["actor"], r["amounts"]) for r in natobrief.commitment_records(b)]
    [('defence_spending', 'agreed', 'NATO', '2 percent_gdp')]
    """
    date = briefing.date.isoformat() if briefing.date else None
    return [
        {
            "source": source,
            "date": date,
            "kind": c.kind.value,
            "status": c.status.value,
            "actor": _code(c.actor),
            "beneficiary": _code(c.beneficiary),
            "amounts": "; ".join(f"{q.value:g} {q.unit}" for q in c.amounts),
            "start": c.span.start,
            "end": c.span.end,
            "text": c.text,
        }
        for c in briefing.commitments
    ]


def _code(party: Party | None) -> str | None:
    return party.code if party else None
