"""Export every brief in a folder to JSON Lines: one serialized Briefing per line.

Run from the repository root:  python examples/export_jsonl.py [FOLDER] [OUTPUT]
FOLDER defaults to seeds/, OUTPUT to standard output.  Files that cannot be read as
briefs are reported on standard error with their line and column, and skipped.
"""

import sys
from pathlib import Path

import natobrief

folder = Path(sys.argv[1] if len(sys.argv) > 1 else "seeds")


def briefings():
    for path in sorted(folder.glob("*.txt")):
        try:
            yield natobrief.parse_file(path)
        except natobrief.BriefParseError as exc:
            print(f"{path}:{exc.line}:{exc.column}: {exc.msg}", file=sys.stderr)


if len(sys.argv) > 2:
    with open(sys.argv[2], "w", encoding="utf-8") as output:
        count = natobrief.write_jsonl(briefings(), output)
else:
    count = natobrief.write_jsonl(briefings(), sys.stdout)
print(f"wrote {count} briefings", file=sys.stderr)
