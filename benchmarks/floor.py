"""What any pure-Python reader of the seed must at least do, against the ``\\w+`` pass.

Run from the repository root after installing natobrief:

    python benchmarks/floor.py

The performance target puts ``parse(seed)`` within 10 times a pass of
``re.findall(r"\\w+", text)`` over it.  This script times, in the same units and in
one run, work that any reader of the seed has to do however it is designed:

* cutting the text into tokens with their offsets (every object is pinned to its
  characters), by one ``finditer`` and by the cheaper ``re.split``;
* one dictionary look-up per token (the least a lexicon costs);
* building the seed's own result, object by object, through the model's constructors.

Their sum is a floor under any design in CPython, before a single rule of the
annotation guideline has run.  Each figure is the fastest of nine timings.
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Callable
from pathlib import Path
from typing import Any

import attrs
from run import spread  # this folder's benchmark: one timer for both scripts

import natobrief

SEED = Path(__file__).resolve().parent.parent / "seeds" / "2024-07-06-washington-summit-preview.txt"
WORD = re.compile(r"\w+")
TOKEN = re.compile(r"\w+|[^\w\s]")
SPLIT = re.compile(r"(\w+)")


def fastest(fn: Callable[[], object], number: int) -> float:
    """Seconds per call, the fastest of nine timings of ``number`` calls (the benchmark's own timer)."""
    return spread(fn, number=number, repeat=9)[0]


def constructions(obj: object) -> list[tuple[type, dict[str, Any]]]:
    """Every model object inside ``obj``, children first, with the fields it was built with."""
    out: list[tuple[type, dict[str, Any]]] = []

    def walk(o: object) -> None:
        if attrs.has(type(o)):
            fields = {f.name: getattr(o, f.name) for f in attrs.fields(type(o))}
            for value in fields.values():
                walk(value)
            out.append((type(o), fields))
        elif isinstance(o, tuple):
            for item in o:
                walk(item)

    walk(obj)
    return out


def main() -> None:
    text = SEED.read_text(encoding="utf-8")
    briefing = natobrief.parse(text)
    plan = constructions(briefing)
    lexicon = {word.lower(): i for i, word in enumerate(WORD.findall(text))}

    def offsets_by_finditer() -> list[tuple[int, int, str]]:
        return [(m.start(), m.end(), m.group()) for m in TOKEN.finditer(text)]

    def offsets_by_split() -> list[int]:
        return list(itertools.accumulate(map(len, SPLIT.split(text))))

    tokens = [word for _, _, word in offsets_by_finditer()]

    def look_up() -> list[int | None]:
        return list(map(lexicon.get, map(str.lower, tokens)))

    def build() -> None:
        for cls, fields in plan:
            cls(**fields)

    base = fastest(lambda: WORD.findall(text), 500)
    rows = [
        ("tokens with offsets (finditer)", fastest(offsets_by_finditer, 300)),
        ("tokens with offsets (split)", fastest(offsets_by_split, 300)),
        ("one look-up per token", fastest(look_up, 300)),
        (f"building the {len(plan)} objects of the result", fastest(build, 300)),
    ]
    print(f"natobrief {natobrief.__version__}: the seed, {len(text)} characters, {len(tokens)} tokens")
    print(f"  \\w+ pass {base * 1e6:8.1f} µs   1.0x")
    for name, seconds in rows:
        print(f"  {name:36} {seconds * 1e6:8.1f} µs {seconds / base:5.1f}x")
    floor = min(rows[0][1], rows[1][1]) + rows[2][1] + rows[3][1]
    parse = fastest(lambda: natobrief.parse(text), 30)
    print(f"  floor (cheapest tokens + look-up + result) {floor / base:5.1f}x")
    print(f"  parse() now {parse * 1e6:8.1f} µs {parse / base:5.1f}x")


if __name__ == "__main__":
    main()
