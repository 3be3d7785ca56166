"""Regenerate ``src/natobrief/data/states.json`` from the ISO 3166-1 table of pycountry.

Run from the repository root after ``pip install -e '.[dev]'``::

    python scripts/gen_states.py

The output lists every ISO 3166-1 state with its alpha-3 code, a canonical English
name and every name pycountry knows for it.  Aliases, demonyms and capitals that ISO
does not record are curated by hand in ``src/natobrief/_lexicon.py``.
"""

from __future__ import annotations

import json
import re
from pathlib import Path

import pycountry

OUT = Path(__file__).resolve().parent.parent / "src" / "natobrief" / "data" / "states.json"


def natural(name: str) -> str:
    """Turn ISO's inverted names into running text: "Korea, Republic of" -> "Republic of Korea"."""
    name = re.sub(r"\s*\(.*?\)", "", name)
    head, sep, tail = name.partition(", ")
    if sep:
        name = f"{tail} {head}" if tail.endswith((" of", " of the")) else head
    return name.removeprefix("the ").removeprefix("The ")


def main() -> None:
    states = []
    for country in sorted(pycountry.countries, key=lambda c: c.alpha_3):
        names = [country.name, getattr(country, "official_name", None), getattr(country, "common_name", None)]
        known = [n for n in names if n]
        canonical = natural(country.name)
        forms = sorted({natural(n) for n in known} | {n for n in known if "," not in n})
        states.append({"code": country.alpha_3, "name": canonical, "names": forms})
    OUT.parent.mkdir(parents=True, exist_ok=True)
    OUT.write_text(json.dumps(states, ensure_ascii=False, indent=0) + "\n", encoding="utf-8")
    print(f"wrote {len(states)} states to {OUT}")


if __name__ == "__main__":
    main()
