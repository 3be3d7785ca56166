"""Write a CSV table of every commitment in a folder of briefs, one row per commitment.

Run from the repository root:  python examples/commitments_csv.py [FOLDER] > commitments.csv
The columns are natobrief.COMMITMENT_COLUMNS: source file, brief date, kind, status,
actor, beneficiary, amounts, the evidence's offsets and its text.
"""

import csv
import sys
from pathlib import Path

import natobrief

folder = Path(sys.argv[1] if len(sys.argv) > 1 else "seeds")
writer = csv.DictWriter(sys.stdout, fieldnames=natobrief.COMMITMENT_COLUMNS, lineterminator="\n")
writer.writeheader()
for path in sorted(folder.glob("*.txt")):
    briefing = natobrief.parse_file(path)
    writer.writerows(natobrief.commitment_records(briefing, source=path.name))
