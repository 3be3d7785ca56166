"""Serialize a briefing to JSON, load it back, and filter its commitments.

Shows that the JSON is lossless (the loaded briefing equals the parsed one) and how to
query it: here, the commitments planned or agreed for Ukraine, and all money pledged.

Run from the repository root:  python examples/load_and_filter.py
"""

from pathlib import Path

import natobrief
from natobrief import CommitmentKind, CommitmentStatus

parsed = natobrief.parse_file(Path("seeds/2024-07-06-washington-summit-preview.txt"))
data = natobrief.to_json(parsed)
loaded = natobrief.from_json(data)
print(f"round trip exact: {loaded == parsed} ({len(data)} characters of JSON)")

firm = {CommitmentStatus.PLANNED, CommitmentStatus.AGREED}
for c in loaded.commitments:
    if c.status in firm and c.beneficiary is not None and c.beneficiary.code == "UKR":
        print(f"for Ukraine, {c.status.value}: {c.text}")

money = [c for c in loaded.commitments if c.kind is CommitmentKind.FINANCIAL]
print(f"financial commitments: {len(money)}")
