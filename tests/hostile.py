"""Inputs built to hurt a parser: each about 1 MB, shared by the tests and the benchmark."""

from __future__ import annotations

import random
from collections.abc import Callable

SIZE = 1_000_000


def _fill(unit: str, size: int = SIZE) -> str:
    return (unit * (size // len(unit) + 1))[:size]


def one_line_without_punctuation() -> str:
    return _fill("Allies will deploy more troops and air defence to Ukraine with the EU and Japan ")


def many_bullets() -> str:
    return "date 2024-07-06 Lead.\n" + "- NATO aid\n" * 100_000


def many_headings() -> str:
    return "date 2024-07-06 Lead.\n" + "Heading\nNATO acts.\n" * 50_000


def a_million_quotes() -> str:
    return "date 2024-07-06 “" + '"' * 500_000 + "”" * 500_000


def repeated_headers() -> str:
    return _fill("date 2024-07-06 NATO will act.\n")


def capitals_and_digits() -> str:
    return _fill("NATO ABCDEFGH 2024 ZZZZ President XYZ 99.99% OTAN UKR KOR ")


def names_and_titles() -> str:
    return _fill("President Aaron Bell said NATO will deploy troops. Prime Minister Cara Dunn agreed. ")


def defined_acronyms() -> str:
    """Bodies each given an acronym of its own and named by it at once: every
    definition must cost the same, however many came before."""
    letters = "ABCDEFGHIJKLMNOPQRSTUVWXYZ"
    units = (
        f"NATO {a}x {b}y {c}z (N{a}{b}{c}) N{a}{b}{c} will act. "
        for a in letters
        for b in letters
        for c in letters
    )
    return _fill("date 2024-07-06 " + "".join(units))


def random_unicode() -> str:
    rng = random.Random(1949)
    return "".join(
        chr(rng.choice((rng.randrange(32, 0x2FF), rng.randrange(0x370, 0xD7FF)))) for _ in range(SIZE)
    )


HOSTILE: dict[str, Callable[[], str]] = {
    "one line without punctuation": one_line_without_punctuation,
    "100,000 bullets": many_bullets,
    "50,000 headings": many_headings,
    "a million quotes": a_million_quotes,
    "repeated date headers": repeated_headers,
    "capitals and digits": capitals_and_digits,
    "names and titles": names_and_titles,
    "defined acronyms": defined_acronyms,
    "random Unicode": random_unicode,
}
