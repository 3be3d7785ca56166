"""Recognising amounts: money, shares of GDP, percentages and counts.

One regular expression reads a number with its unit, tried only where an amount can
start (found by a quicker expression in one pass); the tables below say what each unit
word means.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from typing import Final

from natobrief._lexmatch import literal_alternation
from natobrief._model import Quantity, Span

__all__ = ["amount_matches", "find_quantities"]

#: Currency signs and words, by ISO 4217 code.
CURRENCIES: Final[dict[str, str]] = {
    "€": "EUR", "eur": "EUR", "euro": "EUR", "euros": "EUR",
    "$": "USD", "us$": "USD", "usd": "USD", "dollar": "USD", "dollars": "USD",
    "£": "GBP", "gbp": "GBP", "pound": "GBP", "pounds": "GBP", "sterling": "GBP",
    "¥": "JPY", "jpy": "JPY", "yen": "JPY",
    "c$": "CAD", "cad": "CAD", "canadian dollar": "CAD", "canadian dollars": "CAD",
    "a$": "AUD", "aud": "AUD", "australian dollar": "AUD", "australian dollars": "AUD",
    "nz$": "NZD", "nzd": "NZD", "new zealand dollar": "NZD", "new zealand dollars": "NZD",
    "nok": "NOK", "norwegian krone": "NOK", "norwegian kroner": "NOK", "norwegian crowns": "NOK", "norwegian crown": "NOK",
    "sek": "SEK", "kronor": "SEK", "swedish krona": "SEK", "swedish kronor": "SEK", "swedish crowns": "SEK", "swedish crown": "SEK",
    "dkk": "DKK", "danish krone": "DKK", "danish kroner": "DKK", "danish crowns": "DKK", "danish crown": "DKK",
    "pln": "PLN", "zloty": "PLN", "zlotys": "PLN", "polish zloty": "PLN", "polish zlotys": "PLN",
    "czk": "CZK", "czech crowns": "CZK", "czech crown": "CZK", "czech koruna": "CZK",
    "chf": "CHF", "swiss franc": "CHF", "swiss francs": "CHF",
    "uah": "UAH", "hryvnia": "UAH", "hryvnias": "UAH",
    "krw": "KRW", "won": "KRW", "korean won": "KRW",
    "huf": "HUF", "forint": "HUF", "forints": "HUF",
}  # fmt: skip
#: Crowns named without their country ("85 billion crowns"): whose they are, the country
#: named nearest before them says (after them, where none is named before).
_CROWNS: Final = ("crowns", "crown", "kroner", "krone")
_CROWN_COUNTRIES: Final = re.compile(
    r"\b(?:(?P<NOK>Norw(?:ay|egian)|Oslo)|(?P<DKK>Denmark|Danish|Copenhagen)|(?P<SEK>Swed(?:en|ish)|Stockholm)"
    r"|(?P<CZK>Czech\w*|Prague)|(?P<ISK>Iceland\w*|Reykjavik))\b"
)
_CROWN_CODES: Final = tuple(_CROWN_COUNTRIES.groupindex)
#: How far from crowns their country is sought (about two sentences: the search costs
#: at most this much per amount).
_CROWN_REACH: Final = 400
#: Words that multiply a number.
SCALES: Final[dict[str, float]] = {
    "thousand": 1e3, "k": 1e3, "million": 1e6, "mn": 1e6, "m": 1e6, "mln": 1e6,
    "billion": 1e9, "bn": 1e9, "b": 1e9, "bln": 1e9, "trillion": 1e12, "tn": 1e12,
}  # fmt: skip
#: Number words that briefs spell out.
NUMBER_WORDS: Final[dict[str, float]] = {
    "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8,
    "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "dozen": 12, "hundred": 100,
    "hundreds": 100, "thousands": 1000, "millions": 1e6,
}  # fmt: skip
#: Nouns that make a number a count of something.
COUNTED: Final = (
    "troops|soldiers|servicemen|service members|personnel|staff|forces|aircraft|jets|fighter jets|"
    "fighters|planes|helicopters|tanks|vehicles|systems|batteries|launchers|missiles|rockets|drones|"
    "ships|vessels|submarines|frigates|corvettes|battalions|brigades|battlegroups|divisions|members|allies|"
    "countries|nations|states|rounds|shells|grenades|artillery shells|interceptors|areas"
)

#: A number in digits: with thousands separated by commas ("1,000"), with a decimal comma
#: ("1,5 billion", as European briefs write it), or plain ("3.5").
_NUM: Final = r"\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+,\d{1,2}(?![\d,])|\d+(?:\.\d+)?"
_DECIMAL_COMMA: Final = re.compile(r"\d+,\d{1,2}")
_WORDNUM: Final = "|".join(NUMBER_WORDS)
_SCALE: Final = r"(?:thousand|million|billion|trillion|mln|bln|mn|bn|tn|[kKmMbB])"
#: ISO 4217 codes written before or after a number ("NOK 10 billion", "500 million CAD").
_CODES: Final = (
    "EUR", "USD", "GBP", "JPY", "CAD", "AUD", "NZD", "NOK", "SEK", "DKK", "PLN", "CZK", "CHF", "UAH", "KRW", "HUF",
)  # fmt: skip
_CUR_BEFORE: Final = rf"(?:(?:€|\$|£|¥|US\$|C\$|A\$|NZ\$)[ \xa0]?|(?:{'|'.join(_CODES)})[ \xa0]?)"
#: A currency written after a number: its code ("500 million CAD") or one of the names
#: in ``CURRENCIES`` ("euros", "Swedish kronor"), in any case; longest names first.
_CUR_AFTER: Final = (
    "(?:(?i:"
    + "|".join(
        name.replace(" ", r"[ \xa0]+")
        for name in sorted((*CURRENCIES, *_CROWNS), key=len, reverse=True)
        if name.replace(" ", "").isalpha() and name.upper() not in _CODES
    )
    + f")|{'|'.join(_CODES)})"
)
_AMOUNT: Final = re.compile(
    rf"""(?x)
    (?=[^\W_]|[€$£¥])(?<![\w.-])
    (?:
        (?P<cur1>{_CUR_BEFORE})(?P<n1>{_NUM})(?:[ \xa0]?(?P<s1>{_SCALE})\b)?
      | (?P<n2>{_NUM}|(?i:{_WORDNUM}))(?:[ \xa0]?(?P<s2>{_SCALE}))?[ \xa0]+(?:US[ \xa0])?(?P<cur2>{_CUR_AFTER})\b
      | (?P<n3>{_NUM})[ \xa0]?(?P<pct>%|percent\b|per[ \xa0]cent\b)
        (?P<gdp>[ \xa0]+of[ \xa0]+(?:their[ \xa0]+|its[ \xa0]+|our[ \xa0]+|national[ \xa0]+|the[ \xa0]+)?
           (?:GDP|gross[ \xa0]domestic[ \xa0]product|national[ \xa0]output|economic[ \xa0]output))?
      | (?P<n4>{_NUM}|(?i:{_WORDNUM}))(?:[ \xa0]?(?P<s4>{_SCALE})\b)?[ \xa0]+
        (?:(?:more|new|additional|extra|of[ \xa0]+its|of[ \xa0]+their|[A-Z]{{2,}})[ \xa0]+){{0,2}}
        (?:[\w-]+[ \xa0]+){{0,2}}?(?P<what>(?i:{COUNTED}))\b
    )
    """
)
#: "of" after a percentage: a share of what follows, which, not being GDP nor another share
#: ("3.5 percent of the 5 percent"), makes it no share of GDP ("90% of military equipment").
_SHARE_OF: Final = re.compile(r"[ \xa0]+of[ \xa0]+(?!(?:(?:the|its|their|that|this)[ \xa0]+)?\d)")
#: Words near a bare percentage that make it a share of GDP ("the 2% target").
_GDP_CONTEXT: Final = re.compile(
    r"(?i)\b(?:GDP|spend\w*|defen[cs]e[ \xa0]+budget|target|invest\w*|guideline|allocat\w*|defen[cs]e|military)\b"
)


#: Where an amount can start, in the folded text: a digit or a currency sign that no
#: word character, full stop or hyphen precedes, or a currency code or number word at
#: the start of a word.  Every match of ``_AMOUNT`` starts at one of these; the engine
#: finds them far faster than it tries ``_AMOUNT``.
_START: Final = re.compile(
    r"[\d€$£¥](?<![\w.-].)|\b"
    + literal_alternation(["us$", "c$", "a$", "nz$", *(code.lower() for code in _CODES), *NUMBER_WORDS])
)


def amount_matches(text: str, folded: str, start: int, end: int) -> Iterator[re.Match[str]]:
    """The amounts in ``text[start:end]``, as matches of one pattern, tried only where an
    amount can start (``folded`` is the :func:`~natobrief._lexmatch.fold` of ``text``)."""
    reach = start
    for candidate in _START.finditer(folded, start, end):
        at = candidate.start()
        if at < reach:
            continue
        m = _AMOUNT.match(text, at, end)
        if m is not None and (m.group("cur2") is None or _unit(text, m) is not None):
            reach = m.end()
            yield m


def _unit(text: str, m: re.Match[str]) -> str | None:
    """The currency of an amount of money: its code, or None for crowns whose country no
    text near them names."""
    currency = " ".join((m.group("cur1") or m.group("cur2")).lower().split())
    if currency not in _CROWNS:
        return CURRENCIES.get(currency, currency.upper())
    if currency in ("crown", "krone") and not m.group("s2"):
        # "three crown jewels": one crown is money only with an amount's scale ("an 85
        # billion crown package")
        return None
    before = _CROWN_COUNTRIES.findall(text, max(0, m.start() - _CROWN_REACH), m.start())
    if before:
        return next(code for code, found in zip(_CROWN_CODES, before[-1], strict=True) if found)
    country = _CROWN_COUNTRIES.search(text, m.end(), m.end() + _CROWN_REACH)
    return None if country is None else country.lastgroup


def find_quantities(
    text: str, folded: str, start: int, end: int, matches: Iterable[re.Match[str]] | None = None
) -> list[Quantity]:
    """Find every amount in ``text[start:end]``, in text order (``folded`` is the
    :func:`~natobrief._lexmatch.fold` of ``text``).

    ``matches`` are the stretch's :func:`amount_matches`, where already found.
    """
    out = []
    gdp_context: bool | None = None
    for m in amount_matches(text, folded, start, end) if matches is None else matches:
        if m.group("n1") or m.group("n2"):
            number = m.group("n1") or m.group("n2")
            scale = m.group("s1") or m.group("s2")
            value = _number(number) * SCALES.get((scale or "").lower(), 1.0)
            unit = _unit(text, m) or ""  # amount_matches yields no crowns of no known country
        elif m.group("n3"):
            value = _number(m.group("n3"))
            if gdp_context is None:
                gdp_context = _GDP_CONTEXT.search(text, start, end) is not None
            # a share of something else is not of GDP ("90% of military equipment")
            of_other = m.group("gdp") is None and _SHARE_OF.match(text, m.end()) is not None
            unit = "percent_gdp" if m.group("gdp") or (gdp_context and not of_other) else "percent"
        else:
            word = m.group("n4")
            value = _number(word)
            value *= SCALES.get((m.group("s4") or "").lower(), 1.0)
            unit = "count"
        out.append(
            Quantity(value=float(value), unit=unit, text=m.group(), span=Span(start=m.start(), end=m.end()))
        )
    return out


def _number(written: str) -> float:
    """The value of a number written in digits ("1,000", "3.5", "1,5") or in words ("twelve")."""
    if _DECIMAL_COMMA.fullmatch(written):
        return float(written.replace(",", "."))
    return NUMBER_WORDS.get(written.lower()) or float(written.replace(",", ""))
