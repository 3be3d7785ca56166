"""Parse the seed brief and print its date, its people and every commitment it reports.

Run from the repository root:  python examples/parse_seed.py
"""

from pathlib import Path

import natobrief

SEED = Path("seeds/2024-07-06-washington-summit-preview.txt")

briefing = natobrief.parse_file(SEED)
print(f"{SEED.name}: dated {briefing.date}, {len(briefing.commitments)} commitments")
for person in briefing.people:
    print(f"  person: {person.name} ({person.title})")
for c in briefing.commitments:
    actor = c.actor.code if c.actor else "-"
    beneficiary = c.beneficiary.code if c.beneficiary else "-"
    print(f"  {c.kind.value:20} {c.status.value:9} {actor:>4} -> {beneficiary:4} {c.text}")
