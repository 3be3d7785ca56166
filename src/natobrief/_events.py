"""Recognising events: summits and ministerial meetings, with place and dates.

Known NATO summits resolve to their host city and real dates from
:data:`natobrief._lexicon.SUMMITS`; the brief's own date picks among a city's summits
and resolves relative phrases ("next week", "on Friday", "in July") for the rest.
"""

from __future__ import annotations

import bisect
import datetime as dt
import itertools
import re
from typing import Final

from dateutil.relativedelta import relativedelta

from natobrief import _lexicon as lex
from natobrief._dates import DATE, MONTH_NAMES, WEEKDAY_NAMES, read_date, relative_date
from natobrief._lexmatch import literal_alternation
from natobrief._model import Event, EventKind, Span
from natobrief._text import occurrences

__all__ = ["find_events"]

_SUMMITS: Final = tuple(
    (city, location, dt.date.fromisoformat(a), dt.date.fromisoformat(b))
    for city, location, a, b in lex.SUMMITS
)
#: Hosts the reader knows: every summit host, and every capital, for summits to come.
_HOSTS: Final = (
    {row[0] for row in lex.SUMMITS}
    | set(lex.SUMMIT_HOST_ALIASES)
    | {city for cities in lex.CAPITALS.values() for city in cities if " " not in city}
)
_HOST: Final = r"(?P<host>" + literal_alternation(_HOSTS) + r")"
_WHEN: Final = (
    r"(?:(?P<rel>next|last|this|the coming)[ \xa0]+(?P<unit>week|month|year)['’]s[ \xa0]+)?"
    r"(?:(?P<year>(?:19|20)\d\d)[ \xa0]+)?"
)
_KIND: Final = r"(?:summit|Summit|SUMMIT|Leaders['’]? Meeting|leaders['’]? meeting)"

#: Meeting, as leaders or ministers do ("met", "will meet", "are meeting", "gathered").
_MEET: Final = r"(?:(?:will[ \xa0]+)?(?:meets?|met|gather(?:s|ed)?|convene[sd]?)|(?:is|are)[ \xa0]+(?:meeting|gathering))"
#: Who meets at a summit.
_LEADERS: Final = (
    r"(?:NATO|Allied)[ \xa0]+(?:leaders|heads[ \xa0]+of[ \xa0]+state[ \xa0]+and[ \xa0]+government)"
)
#: "next week's Washington summit", "the 2024 NATO Summit in Washington", "the summit
#: in Vilnius", "the summit will be held in Ankara", "the Vilnius NATO summit", "NATO
#: leaders will meet in The Hague".
_SUMMIT: Final = re.compile(
    rf"\b{_WHEN}(?:NATO[ \xa0]+)?(?:(?:{_HOST}|The[ \xa0]+(?P<host2>Hague))[ \xa0]+(?:NATO[ \xa0]+)?{_KIND}"
    rf"|(?:NATO[ \xa0]+)?{_KIND}(?:[ \xa0]+(?:(?:(?:will[ \xa0]+be|was|is)[ \xa0]+(?:held|hosted)|(?:will[ \xa0]+)?(?:take|takes|took)[ \xa0]+place)[ \xa0]+)?(?:in|at)[ \xa0]+"
    rf"(?:the[ \xa0]+)?(?:The[ \xa0]+)?{_HOST.replace('host', 'host3')})?"
    rf"|{_LEADERS}[ \xa0]+{_MEET}[ \xa0]+in[ \xa0]+"
    rf"(?:The[ \xa0]+)?{_HOST.replace('host', 'host4')})"
)
_MINISTERIAL: Final = re.compile(
    r"(?i)(?:(?:NATO[ \xa0]+)?(?P<branch>defen[cs]e|foreign)[ \xa0]+ministers['’]?[ \xa0]+(?:meeting|ministerial)"
    r"|meeting[ \xa0]+of[ \xa0]+(?:NATO[ \xa0]+|Allied[ \xa0]+)?(?P<branch2>defen[cs]e|foreign)[ \xa0]+ministers"
    r"|(?:(?:NATO|Allied)[ \xa0]+)?(?P<branch3>defen[cs]e|foreign)[ \xa0]+ministers"
    r"(?:[ \xa0]+(?:of|from)[ \xa0]+(?:the[ \xa0]+)?(?:NATO|Alliance|Allies|Allied[ \xa0]+(?:countries|nations|states)))?"
    rf"[ \xa0]+{_MEET})"
    r"(?:[ \xa0]+in[ \xa0]+(?P<place>[A-Z][a-z]+))?"
)
#: A name before ministers that makes them another body's ("EU defence ministers"): a
#: capitalised word other than NATO's own, on the same line.
_OTHER_BEFORE: Final = re.compile(
    r"(?<![\w.'’-])(?!NATO\b|Allied\b|The\b)[A-Z](?:[\w'’-]|\.(?=\w))*[ \xa0]+$"
)
_NATO_NAMED: Final = re.compile(r"NATO|Allie[ds]|Alliance")
_COUNCIL: Final = re.compile(
    r"(?:inaugural[ \xa0]+|first[ \xa0]+)?(?:meeting[ \xa0]+of[ \xa0]+the[ \xa0]+)?NATO[- ]Ukraine[ \xa0]+Council(?:[ \xa0]+meeting)?"
)
#: The words one of which every match of each event pattern holds.
_SUMMIT_WORDS: Final = ("summit", "meeting", "leaders", "heads of state")
_MINISTERIAL_WORD: Final = "ministers"
_COUNCIL_WORD: Final = "council"
#: A future before a weekday: the weekday is the one to come.
_FUTURE: Final = re.compile(
    r"(?i)\b(?:will|shall|(?:is|are)[ \xa0]+(?:to|set[ \xa0]+to|due[ \xa0]+to|scheduled[ \xa0]+to|expected[ \xa0]+to)|plans?[ \xa0]+to)\b"
)
_ON_WEEKDAY: Final = re.compile(r"(?i)\bon[ \xa0]+(?P<day>" + "|".join(WEEKDAY_NAMES) + r")\b")
#: Month names, and the wire style's abbreviations with their full stop ("Dec. 3-4").
_MONTH_NAMES: Final = "|".join(m.capitalize() for m in MONTH_NAMES) + r"|(?:Jan|Feb|Aug|Sept?|Oct|Nov|Dec)\."
#: Days of a month without its year ("on 3-4 December", "on 12 and 13 February", "on
#: December 3"); a full date is read as one before this is tried.
_ON_DAYS: Final = re.compile(
    r"\bon[ \xa0]+(?:(?P<d1>\d{1,2})(?:[ \xa0]*(?:-|–|and|to)[ \xa0]*(?P<d2>\d{1,2}))?[ \xa0]+(?P<month>"
    + _MONTH_NAMES
    + r")|(?P<month2>"
    + _MONTH_NAMES
    + r")[ \xa0]+(?P<d3>\d{1,2})(?:[ \xa0]*(?:-|–|and|to)[ \xa0]*(?P<d4>\d{1,2}))?)\b"
)
#: The first day of a range right before a full date ("15 and | 16 October 2025").
_FIRST_DAY: Final = re.compile(r"\b(\d{1,2})[ \xa0]*(?:-|–|and|to)[ \xa0]*$")
_IN_MONTH: Final = re.compile(r"\bin[ \xa0]+(?P<month>" + _MONTH_NAMES + r")\b")


def find_events(
    text: str, folded: str, sentences: list[tuple[int, int]], anchor: dt.date | None
) -> tuple[Event, ...]:
    """Find the summits and meetings referred to in ``sentences`` of ``text``.

    ``folded`` is ``text`` passed through :func:`natobrief._lexmatch.fold`.  ``anchor``
    is the brief's date; without it, a city that hosted several summits resolves to its
    latest, and relative dates stay unresolved.  Each pattern runs only over sentences
    that hold the word every match of it contains, and a sentence that holds none of
    them is not visited.
    """
    events: dict[str, Event] = {}
    starts = [s for s, _ in sentences]
    # only the sentences where one of the keywords starts can hold an event
    found = itertools.chain.from_iterable(
        occurrences(folded, word) for word in (*_SUMMIT_WORDS, _MINISTERIAL_WORD, _COUNCIL_WORD)
    )
    holding = sorted({bisect.bisect_right(starts, at) - 1 for at in found} - {-1})
    for s, e in (sentences[i] for i in holding):
        summit = any(folded.find(word, s, e) >= 0 for word in _SUMMIT_WORDS)
        for m in _SUMMIT.finditer(text, s, e) if summit else ():
            event = _summit(text, m, anchor, (s, e))
            if event is not None and event.name not in events:
                events[event.name] = event
        for m in _MINISTERIAL.finditer(text, s, e) if folded.find(_MINISTERIAL_WORD, s, e) >= 0 else ():
            branch = (
                (m.group("branch") or m.group("branch2") or m.group("branch3"))
                .lower()
                .replace("defense", "defence")
            )
            name = f"NATO {branch.capitalize()} Ministers' Meeting"
            if _OTHER_BEFORE.search(text, max(0, m.start() - 20), m.start()):
                continue  # "EU defence ministers met": another body's ministers
            if m.group("branch3") and m.group("place") is None and not _NATO_NAMED.search(m.group()):
                continue  # "their foreign ministers met Allies": whose, and where, is not said
            if name not in events:
                start, end = _dates_in(text, s, e, anchor)
                events[name] = Event(
                    name=name,
                    kind=EventKind.MINISTERIAL,
                    text=m.group(),
                    span=Span(start=m.start(), end=m.end()),
                    location=m.group("place"),
                    start=start,
                    end=end,
                )
        for m in _COUNCIL.finditer(text, s, e) if folded.find(_COUNCIL_WORD, s, e) >= 0 else ():
            name = "NATO-Ukraine Council"
            if name not in events:
                start, end = _dates_in(text, s, e, anchor)
                events[name] = Event(
                    name=name, kind=EventKind.COUNCIL, text=m.group(), span=Span(start=m.start(), end=m.end()),
                    start=start, end=end,
                )  # fmt: skip
    return tuple(sorted(events.values(), key=lambda ev: ev.span.start))


def _summit(text: str, m: re.Match[str], anchor: dt.date | None, sentence: tuple[int, int]) -> Event | None:
    host = m.group("host") or m.group("host2") or m.group("host3") or m.group("host4")
    year = int(m.group("year")) if m.group("year") else None
    if host is None and year is None:
        return None  # "the summit": which one is for the reader of the whole brief to say
    city = lex.SUMMIT_HOST_ALIASES.get(host, host) if host else None
    rows = [r for r in _SUMMITS if (city is None or r[0] == city) and (year is None or r[2].year == year)]
    target = _target(m, anchor)
    row = _nearest(rows, target)
    if (
        row is not None
        and target is not None
        and len(rows) > 1
        and abs((row[2] - target).days) > _NEAR_SUMMIT_DAYS
        and m.group("host4") is None
        and "NATO" not in m.group()
    ):
        row = None  # "an EU summit in Brussels later this month" in 2025 is not NATO's of 2022
    span = Span(start=m.start(), end=m.end())
    if row is not None:
        name = "The Hague Summit" if row[0] == "The Hague" else f"{row[0]} Summit"
        return Event(
            name=name,
            kind=EventKind.SUMMIT,
            text=m.group(),
            span=span,
            location=row[1],
            start=row[2],
            end=row[3],
        )
    if city is None:
        return None
    start, end = _relative(m, anchor)
    if start is None:
        start, end = _dates_in(text, *sentence, anchor)
    return Event(
        name=f"{city} Summit",
        kind=EventKind.SUMMIT,
        text=m.group(),
        span=span,
        location=city,
        start=start,
        end=end,
    )


def _target(m: re.Match[str], anchor: dt.date | None) -> dt.date | None:
    start, _ = _relative(m, anchor)
    return start or anchor


def _nearest(
    rows: list[tuple[str, str, dt.date, dt.date]], target: dt.date | None
) -> tuple[str, str, dt.date, dt.date] | None:
    if not rows:
        return None
    if target is None:
        return rows[-1]  # with no date to go by, the latest (briefs report on recent summits)
    return min(rows, key=lambda r: abs((r[2] - target).days))


#: How far from the brief's date the nearest of a city's several known summits may be to be
#: the one meant by a mention that does not name NATO (two years: briefs look back on recent
#: summits); further off, "a summit in Brussels" is another body's or one to come.
_NEAR_SUMMIT_DAYS: Final = 731


def _relative(m: re.Match[str], anchor: dt.date | None) -> tuple[dt.date | None, dt.date | None]:
    """The bounds of "next week", "this month", "last year" around ``anchor``."""
    if anchor is None or not m.group("rel"):
        return None, None
    step = {"next": 1, "last": -1}.get(m.group("rel").lower(), 0)
    unit = m.group("unit")
    if unit == "week":
        monday = anchor - dt.timedelta(days=anchor.weekday()) + dt.timedelta(weeks=step)
        return monday, monday + dt.timedelta(days=6)
    if unit == "month":
        first = anchor.replace(day=1) + relativedelta(months=step)
        return first, first + relativedelta(months=1, days=-1)
    return dt.date(anchor.year + step, 1, 1), dt.date(anchor.year + step, 12, 31)


def _dates_in(text: str, s: int, e: int, anchor: dt.date | None) -> tuple[dt.date | None, dt.date | None]:
    """A date the sentence gives: a full date, "on Friday" or "in July" (against ``anchor``)."""
    full = DATE.search(text, s, e)
    if full is not None:
        try:
            day = read_date(full.group())
        except ValueError:
            return None, None
        # "on 15 and 16 October 2025", "15-16 October 2025": the first day stands before
        since = (
            _FIRST_DAY.search(text, max(s, full.start() - 12), full.start())
            if full.group()[0].isdigit()
            else None
        )
        if since is not None and int(since.group(1)) < day.day:
            return day.replace(day=int(since.group(1))), day
        return day, day
    if anchor is None:
        return None, None
    days = _ON_DAYS.search(text, s, e)
    if days is not None:
        # "on 3-4 December", "on 12 and 13 February", "on December 3": the year is the
        # nearest month's of that name
        first = relative_date(days.group("month") or days.group("month2"), anchor)
        assert first is not None  # _ON_DAYS matches month names only
        d1 = int(days.group("d1") or days.group("d3"))
        d2 = max(d1, int(days.group("d2") or days.group("d4") or d1))
        try:
            return first.replace(day=d1), first.replace(day=d2)
        except ValueError:
            return None, None  # "on 31 February"
    weekday = _ON_WEEKDAY.search(text, s, e)
    if weekday is not None:
        # "will meet on Thursday": the Thursday to come; else the last ("met on Thursday")
        ahead = _FUTURE.search(text, s, weekday.start()) is not None
        on = relative_date(weekday.group("day"), anchor, ahead=ahead)
        return on, on
    month = _IN_MONTH.search(text, s, e)
    if month is not None:
        first = relative_date(month.group("month"), anchor)
        assert first is not None  # _IN_MONTH matches month names only
        return first, first + relativedelta(months=1, days=-1)
    return None, None
