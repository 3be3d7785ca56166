"""Render a brief as a standalone HTML page that highlights each commitment and
partnership in the source text, with its kind and status: the evidence made visible.

Run from the repository root:  python examples/render_html.py [BRIEF] [OUTPUT.html]
BRIEF defaults to the seed; without OUTPUT the page goes to standard output.
"""

import sys
from pathlib import Path

import natobrief

brief = Path(sys.argv[1] if len(sys.argv) > 1 else "seeds/2024-07-06-washington-summit-preview.txt")
page = natobrief.render_html(natobrief.parse_file(brief), title=brief.stem)
if len(sys.argv) > 2:
    Path(sys.argv[2]).write_text(page, encoding="utf-8")
    print(f"wrote {sys.argv[2]}", file=sys.stderr)
else:
    sys.stdout.write(page)
