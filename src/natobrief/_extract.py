"""Stage 3: extraction of commitments and partnerships from the brief's sentences."""

from __future__ import annotations

import datetime as dt

from natobrief._model import Commitment, Partnership

__all__ = ["extract"]


def extract(
    text: str, units: list[tuple[int, int, str]], date: dt.date | None
) -> tuple[tuple[Commitment, ...], tuple[Partnership, ...]]:
    """Return the commitments and partnerships stated in ``units`` of ``text``."""
    return (), ()
