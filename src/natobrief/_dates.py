"""Recognising dates: the brief's own date and the dates and weekdays in sentences.

The grammar of a single date is dateutil's; this module only finds *where* a date
stands (dateutil's fuzzy mode gives no offsets) and hands that substring over, with
a default built from the brief's own date so that nothing is filled in from today.
"""

from __future__ import annotations

import datetime as dt
import re
from typing import Final

from dateutil import parser as _dateutil
from dateutil.relativedelta import relativedelta

__all__ = [
    "DATE",
    "MONTHS",
    "MONTH_NAMES",
    "WEEKDAYS",
    "WEEKDAY_NAMES",
    "read_date",
    "relative_date",
]

MONTHS: Final = {
    "january": 1, "jan": 1, "february": 2, "feb": 2, "march": 3, "mar": 3, "april": 4,
    "apr": 4, "may": 5, "june": 6, "jun": 6, "july": 7, "jul": 7, "august": 8, "aug": 8,
    "september": 9, "sep": 9, "sept": 9, "october": 10, "oct": 10, "november": 11,
    "nov": 11, "december": 12, "dec": 12,
}  # fmt: skip
WEEKDAYS: Final = {
    "monday": 0, "mon": 0, "tuesday": 1, "tue": 1, "tues": 1, "wednesday": 2, "wed": 2,
    "thursday": 3, "thu": 3, "thurs": 3, "friday": 4, "fri": 4, "saturday": 5, "sat": 5,
    "sunday": 6, "sun": 6,
}  # fmt: skip
#: The names of months and weekdays that patterns of running text look for (not the
#: abbreviations such as "mar", "sat" and "sun", which are also words).
MONTH_NAMES: Final = tuple(m for m in MONTHS if len(m) > 3 or m == "may")
WEEKDAY_NAMES: Final = tuple(w for w in WEEKDAYS if len(w) > 4)

_MONTH: Final = r"(?:" + "|".join(sorted(MONTHS, key=len, reverse=True)) + r")\.?"
_WEEKDAY: Final = r"(?:" + "|".join(sorted(WEEKDAYS, key=len, reverse=True)) + r")\.?"
_DAY: Final = r"(?:[12]\d|3[01]|0?[1-9])(?:st|nd|rd|th)?"
_YEAR: Final = r"(?:1[89]\d\d|2\d\d\d)"

#: A date with day, month and year, in any of the written forms briefs use.
DATE: Final = re.compile(
    rf"""(?ix)
    (?<![\w.])
    (?:{_WEEKDAY},?\s+)?
    (?:
        (?P<iso>{_YEAR}-\d{{1,2}}-\d{{1,2}})
      | (?P<ymd>{_YEAR}(?P<ysep>[/.])\d{{1,2}}(?P=ysep)\d{{1,2}})
      | (?P<num>\d{{1,2}}(?P<sep>[./-])\d{{1,2}}(?P=sep){_YEAR})
      | (?P<dmy>{_DAY}\s+(?:of\s+)?{_MONTH},?\s+{_YEAR})
      | (?P<mdy>{_MONTH}\s+{_DAY},?\s+{_YEAR})
    )
    (?!(?!T\d)[\w-])  # a word ends here, or an ISO time follows ("2023-06-14T10:00")
    """
)


def read_date(value: str) -> dt.date:
    """Read one date written in any form dateutil knows; ``01.02.2024`` and ``01-02-2024``
    are day-first, ``01/02/2024`` month-first, and a date that opens with its year is
    year, month, day (``2024.02.01``).

    Raises:
        ValueError: ``value`` is not a date that exists (``2024-13-45``).
    """
    if _ISO_DAY.fullmatch(value):
        try:
            return dt.date.fromisoformat(value)  # the house format's own, read without dateutil
        except ValueError as exc:
            raise ValueError(f"{value!r} is not a valid date ({exc})") from None
    yearfirst = value[:4].isdigit()
    dayfirst = not yearfirst and ("." in value or "-" in value) and not _LATIN_LETTER.search(value)
    try:
        parsed = _dateutil.parse(value, dayfirst=dayfirst, yearfirst=yearfirst, default=_NO_DEFAULT)
    except (ValueError, OverflowError) as exc:
        raise ValueError(f"{value!r} is not a valid date ({exc})") from None
    return parsed.date()


_ISO_DAY: Final = re.compile(r"\d{4}-\d{2}-\d{2}", re.ASCII)
_LATIN_LETTER: Final = re.compile(r"[A-Za-z]")
#: A fixed default, so that a date missing a part never takes it from today.
_NO_DEFAULT: Final = dt.datetime(2000, 1, 1)


def relative_date(phrase: str, anchor: dt.date, *, ahead: bool = False) -> dt.date | None:
    """Resolve a weekday or month name against ``anchor``, the brief's date.

    A weekday means the nearest such day up to a week before the anchor ("on Friday" in
    a Saturday brief is the day before), or with ``ahead`` (a future: "will meet on
    Friday") the next such day after it; a month name means the first day of the
    nearest such month, looking up to six months back and five ahead.  Returns None
    for anything else.
    """
    word = phrase.lower().rstrip(".")
    if word in WEEKDAYS:
        if ahead:
            return anchor + dt.timedelta(days=(WEEKDAYS[word] - anchor.weekday()) % 7 or 7)
        back = (anchor.weekday() - WEEKDAYS[word]) % 7
        return anchor - dt.timedelta(days=back)
    if word in MONTHS:
        first = anchor + relativedelta(month=MONTHS[word], day=1)
        if first < anchor.replace(day=1) - relativedelta(months=6):
            first += relativedelta(years=1)
        elif first > anchor.replace(day=1) + relativedelta(months=5):
            first -= relativedelta(years=1)
        return first
    return None
