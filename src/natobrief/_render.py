"""A briefing as a standalone HTML page with its evidence highlighted."""

from __future__ import annotations

import html
import itertools
from typing import Final

from natobrief._model import Briefing, Commitment, Partnership

__all__ = ["render_html"]

_STYLE: Final = """
body { font: 16px/1.6 system-ui, sans-serif; max-width: 52rem; margin: 2rem auto; padding: 0 1rem; color: #1b1b1b; }
pre.brief { white-space: pre-wrap; font: inherit; }
mark { border-radius: 3px; padding: 0 1px; }
mark.commitment { background: #ffe9a8; }
mark.partnership { background: #cdeccf; }
mark.commitment.partnership { background: linear-gradient(#ffe9a8 60%, #cdeccf 60%); }
table { border-collapse: collapse; margin: 1rem 0; font-size: 14px; }
th, td { border: 1px solid #ccc; padding: 2px 8px; text-align: left; vertical-align: top; }
.legend mark { margin-right: 1rem; }
""".strip()


def _label(obj: Commitment | Partnership) -> str:
    if isinstance(obj, Commitment):
        who = " → ".join(p.code for p in (obj.actor, obj.beneficiary) if p is not None)
        return f"commitment: {obj.kind.value}, {obj.status.value}" + (f" ({who})" if who else "")
    partners = ", ".join(p.code for p in obj.partners) or obj.region or ""
    return f"partnership: {partners}"


def render_html(briefing: Briefing, *, title: str | None = None) -> str:
    """Return a standalone HTML page showing ``briefing.text`` with every commitment and
    partnership highlighted at its span, its kind and status as the highlight's tooltip,
    followed by a table of them.

    >>> page = natobrief.render_html(natobrief.parse("date 2024-07-06 NATO will deploy more troops to Poland."))
    >>> 'title="commitment: deterrence, planned (NATO)"' in page
    True
    """
    found: list[Commitment | Partnership] = [*briefing.commitments, *briefing.partnerships]
    bounds = sorted({0, len(briefing.text), *(o.span.start for o in found), *(o.span.end for o in found)})
    pieces = []
    for start, end in itertools.pairwise(bounds):
        chunk = html.escape(briefing.text[start:end])
        covering = [o for o in found if o.span.start <= start and end <= o.span.end and start < end]
        if not covering:
            pieces.append(chunk)
            continue
        classes = sorted({"commitment" if isinstance(o, Commitment) else "partnership" for o in covering})
        tip = html.escape("; ".join(_label(o) for o in covering), quote=True)
        pieces.append(f'<mark class="{" ".join(classes)}" title="{tip}">{chunk}</mark>')
    heading = title or (briefing.title.text if briefing.title else None) or "NATO brief"
    date = briefing.date.isoformat() if briefing.date else "undated"
    rows = "\n".join(
        f"<tr><td>{i}</td><td>{html.escape(_label(o))}</td><td>{html.escape(o.text)}</td></tr>"
        for i, o in enumerate(found, start=1)
    )
    return f"""<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<title>{html.escape(heading)}</title>
<style>
{_STYLE}
</style>
</head>
<body>
<h1>{html.escape(heading)}</h1>
<p>{date} · {len(briefing.commitments)} commitments · {len(briefing.partnerships)} partnerships</p>
<p class="legend"><mark class="commitment">commitment</mark><mark class="partnership">partnership</mark></p>
<pre class="brief">{"".join(pieces)}</pre>
<table>
<tr><th>#</th><th>what</th><th>evidence</th></tr>
{rows}
</table>
</body>
</html>
"""
