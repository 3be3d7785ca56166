"""Recognising parties: states, organisations and groups, with their codes.

Names, aliases, demonyms and capitals are looked up token by token in one table
built at import from ``data/states.json`` and :mod:`natobrief._lexicon`; the longest
name wins.  One pass over the tokens; where a name can start, a position costs one
dictionary look-up per word of the longest name that starts with its word and goes on
with the next one (mostly a single look-up).
"""

from __future__ import annotations

import bisect
import enum
import itertools
import json
import re
from importlib import resources
from typing import Final, NamedTuple

import attrs

from natobrief import _lexicon as lex
from natobrief._model import Party, PartyKind

__all__ = [
    "MEETING_AFTER",
    "Form",
    "Mention",
    "find_parties",
    "group_members",
    "is_member",
    "names_state",
    "party",
]


class Form(enum.Enum):
    """How a party is named in the text."""

    NAME = "name"
    DEMONYM = "demonym"
    CAPITAL = "capital"
    PERSON = "person"  # a person who speaks or acts for the party ("Zelenskyy announced")


class Mention(NamedTuple):
    """A party named at ``[start, end)``."""

    start: int
    end: int
    party: Party
    form: Form


#: A word as the table reads it, for ``re.split``: group 1 is what is looked up ("U.S"
#: of "U.S.", "Ukraine" of "Ukraine's"), group 2 a closing full stop or possessive
#: ("" where there is none).
_SPLIT: Final = re.compile(r"(\w+(?:(?:\.\w)+|(?:['’](?!s\b)\w+)*))(\.|['’]s\b|['’]|)")


def _words(text: str, start: int, end: int) -> tuple[list[str], list[int]]:
    """The words of ``text[start:end]`` as the party table reads them, found in one
    split: each word's look-up key (case-folded), and offsets where word ``i`` starts
    (``at[3*i]``), where its key ends (``at[3*i + 1]``, before a closing full stop or
    possessive) and where it ends (``at[3*i + 2]``).

    ``_SPLIT`` cuts the stretch into gap, key, ending, gap, key, ending, ..., so the
    offsets are running sums of the pieces' lengths and no match object is made per word.
    """
    pieces = _SPLIT.split(text[start:end])
    keys = list(map(str.casefold, pieces[1::3]))
    at = list(itertools.accumulate(map(len, pieces), initial=start))[1:]
    return keys, at


@attrs.frozen
class _Entry:
    party: Party
    form: Form
    exact: str | None  # the only spelling that matches, for short acronyms like "US"
    capitalised: bool  # the first letter must be upper-case, as in a proper name


def _load_states() -> list[dict[str, object]]:
    raw = resources.files("natobrief").joinpath("data/states.json").read_text(encoding="utf-8")
    states: list[dict[str, object]] = json.loads(raw)
    return states


def _build() -> tuple[dict[tuple[str, ...], _Entry], dict[str, Party]]:
    table: dict[tuple[str, ...], _Entry] = {}
    by_code: dict[str, Party] = {}

    def add(name: str, entry_party: Party, form: Form) -> None:
        name = name.removeprefix("the ").removeprefix("The ")
        key = tuple(_words(name, 0, len(name))[0])
        letters = name.replace(".", "")
        exact = name if letters.isupper() and len(letters) <= 3 else None
        capitalised = name[:1].isupper()
        known = table.get(key)
        if known is None:
            table[key] = _Entry(entry_party, form, exact, capitalised)
        elif known.party == entry_party and known.capitalised and not capitalised:
            table[key] = attrs.evolve(known, capitalised=False)  # "allies" as well as "Allies"

    for state in _load_states():
        code = str(state["code"])
        p = Party(name=lex.STATE_NAMES.get(code, str(state["name"])), code=code, kind=PartyKind.STATE)
        by_code[code] = p
    # curated forms first: they decide where ISO and usage disagree
    for code, names in itertools.chain(lex.STATE_ALIASES.items(), lex.PEOPLES.items()):
        for name in names:
            add(name, by_code[code], Form.NAME)
    for code, (name, aliases) in lex.ORGANIZATIONS.items():
        by_code[code] = Party(name=name, code=code, kind=PartyKind.ORGANIZATION)
        for alias in aliases:
            add(alias, by_code[code], Form.NAME)
    for code, (name, aliases, _members) in lex.GROUPS.items():
        by_code[code] = Party(name=name, code=code, kind=PartyKind.GROUP)
        for alias in aliases:
            add(alias, by_code[code], Form.NAME)
    for state in _load_states():
        for name in state["names"]:  # type: ignore[attr-defined]
            add(str(name), by_code[str(state["code"])], Form.NAME)
    for code, names in lex.DEMONYMS.items():
        for name in names:
            add(name, by_code[code], Form.DEMONYM)
    for code, names in lex.CAPITALS.items():
        for name in names:
            add(name, by_code[code], Form.CAPITAL)
    return table, by_code


_TABLE, _BY_CODE = _build()


def _name_shapes(table: dict[tuple[str, ...], _Entry]) -> tuple[dict[str, int], dict[str, frozenset[str]]]:
    """For each word that opens a name: how many words its longest name has, and (for
    names of several words) which words can come second."""
    longest: dict[str, int] = {}
    seconds: dict[str, set[str]] = {}
    for key in table:
        longest[key[0]] = max(longest.get(key[0], 0), len(key))
        if len(key) > 1:
            seconds.setdefault(key[0], set()).add(key[1])
    return longest, {first: frozenset(words) for first, words in seconds.items()}


_STARTS, _SECONDS = _name_shapes(_TABLE)

#: Words before a capital that make it a place, not a government ("in Vilnius").
CAPITAL_AS_PLACE_BEFORE: Final = frozenset(
    [
        "in",
        "at",
        "to",
        "from",
        "near",
        "into",
        "visit",
        "visiting",
        "visited",
        "via",
        "outside",
        "around",
        "across",
        "of",
        "hosted",
        "host",
    ]
)
#: Verbs of giving, in all their forms ("sent shells to Kyiv", "will deliver jets").
GIVING_VERBS: Final = frozenset(
    [
        "send", "sends", "sent", "sending",
        "deliver", "delivers", "delivered", "delivering",
        "supply", "supplies", "supplied", "supplying",
        "provide", "provides", "provided", "providing",
        "give", "gives", "gave", "given", "giving",
        "donate", "donates", "donated", "donating",
        "transfer", "transfers", "transferred", "transferring",
        "ship", "ships", "shipped", "shipping",
    ]
)  # fmt: skip
#: Words that make "to" before a capital name its recipient, a government, not a place
#: ("sent shells to Kyiv", "more aid to Kyiv"): verbs of giving and what is given.
GIVING_BEFORE_TO: Final = GIVING_VERBS | frozenset(
    [
        "delivery", "deliveries", "shipments",
        "aid", "assistance", "support", "weapons", "arms", "ammunition", "equipment", "vehicles",
    ]
)  # fmt: skip
#: How many words before "to" a word of giving may stand ("sent 40 tanks to Kyiv", "donate a
#: further 10 infantry fighting vehicles to Kyiv").
_GIVING_REACH: Final = 7
#: Words after a capital that make it part of a name ("Washington Summit").
CAPITAL_AS_PLACE_AFTER: Final = frozenset(
    [
        "summit",
        "summits",
        "nato",
        "treaty",
        "declaration",
        "declarations",
        "communique",
        "post",
        "times",
        "process",
        "format",
        "d.c",
        "dc",
    ]
)


def party(code: str) -> Party:
    """Return the :class:`Party` with ``code`` (``"NATO"``, ``"KOR"``).

    Raises:
        KeyError: no party has that code.
    """
    return _BY_CODE[code]


def group_members(code: str) -> tuple[Party, ...]:
    """Return the member states a group stands for (empty for most groups)."""
    group = lex.GROUPS.get(code)
    return tuple(_BY_CODE[c] for c in group[2]) if group else ()


#: A meeting word after a party's name makes the name a modifier ("the NATO summit",
#: "a NATO-Ukraine Council meeting"), not a party that acts or partners.
MEETING_AFTER: Final = re.compile(
    r"(?i)[ \xa0]+(?:summits?|summit['’]s|meetings?|ministerials?|sessions?|council)\b"
)
#: Nouns after a demonym that make it stand for its state ("Japanese Prime Minister",
#: "Lithuanian Armed Forces", "South Korean leader").
_STATE_NOUN_AFTER: Final = re.compile(
    r"[ \xa0]+(?:President|Prime[ \xa0]+Minister|[Ll]eaders?|[Gg]overnment|Foreign|Defen[cs]e|[Oo]fficials?"
    r"|[Aa]rmed[ \xa0]+[Ff]orces|[Aa]rmy|[Tt]roops|[Ff]orces|[Ss]oldiers|[Oo]fficers|[Nn]avy|[Aa]ir[ \xa0]+[Ff]orce"
    r"|[Mm]ilitary|[Aa]uthorities|[Dd]iplomats|[Mm]inistry"
    # the state's parliament: "Hungarian lawmakers", "the Turkish parliament"
    r"|[Ll]awmakers|[Ll]egislators|[Pp]arliament|[Nn]ational[ \xa0]+[Aa]ssembly|[Ss]enate|[Cc]abinet)\b"
)


def names_state(text: str, mention: Mention) -> bool:
    """Whether a mention stands for its state: a name, or a demonym before a word for
    its government, leaders or forces ("Allied" stands for NATO), or that leads something
    ("the Czech-led ammunition initiative")."""
    if mention.form is not Form.DEMONYM:
        return True
    return (
        text.startswith(("Allied", "allied"), mention.start)
        or text.startswith("-led", mention.end)
        or _STATE_NOUN_AFTER.match(text, mention.end) is not None
    )


def is_member(code: str, year: int | None) -> bool:
    """Whether the state ``code`` was a NATO member in ``year`` (today's members if None)."""
    joined = lex.NATO_MEMBERS.get(code)
    return joined is not None and (year is None or joined <= year)


def find_parties(text: str, start: int = 0, end: int | None = None) -> list[Mention]:
    """Find every party named in ``text[start:end]``, longest names first, in text order."""
    keys, at = _words(text, start, len(text) if end is None else end)
    out: list[Mention] = []
    reach = 0  # words before ``reach`` lie inside a name already found
    for i in itertools.compress(range(len(keys)), map(_STARTS.__contains__, keys)):  # where a name can start
        if i < reach:
            continue
        key = keys[i]
        first = at[3 * i]
        if _STARTS[key] == 1 or i + 1 == len(keys) or keys[i + 1] not in _SECONDS[key]:
            # no longer name goes on with the next word: one look-up, made here (most names
            # are one word, and a call per mention costs more than the look-up)
            entry = _TABLE.get((key,))
            if entry is None or not _fits(entry, text, first, at[3 * i + 2]):
                continue
            n = 1
        else:
            found = _longest_name(text, keys, at, i, min(_STARTS[key], len(keys) - i))
            if found is None:
                continue
            entry, n = found
        if entry.form is not Form.CAPITAL or _is_government(text, keys, at, i, n):
            key_end, word_end = at[3 * (i + n) - 2], at[3 * (i + n) - 1]
            end_at = word_end if text.startswith(".", key_end) else key_end
            if entry.party.code == "NATO" or _INSTITUTION_AFTER.match(text, end_at) is None:
                out.append(Mention(first, end_at, entry.party, entry.form))
        reach = i + n
    if text.find("(", start, end) >= 0:  # only a bracket can define an acronym
        out = _with_bodies(text, out, start, len(text) if end is None else end)
    return out


#: What makes a party's name the opening of a think tank's or a university's ("the Polish
#: Institute of International Affairs", "the European Council on Foreign Relations", "the
#: German Marshall Fund"): no party of its own.  NATO's own schools and colleges are NATO's.
_INSTITUTION_AFTER: Final = re.compile(
    r"[ \xa0]+(?:Institute|University|School|Academy|Marshall[ \xa0]+Fund|Foundation|Centre[ \xa0]+for|Center[ \xa0]+for"
    r"|on[ \xa0]+Foreign[ \xa0]+Relations)\b"
)
#: An acronym defined in brackets right after a name ("NATO Innovation Fund (NIF)").
_DEFINED: Final = re.compile(r"[ \xa0]*\(([A-Z][A-Z0-9]{1,7})\)")
#: The words of a body's name after its organisation's: capitalised words, the small
#: words names hold ("and", "for"), and hyphens ("NATO-Ukraine Council").
_BODY_NAME: Final = re.compile(r"(?:[- \xa0]+(?:[A-Z][\w'’]*|and|for|of|on|in|the|to|&))+")
#: A word that could be an acronym a text defines (as ``_DEFINED`` reads one).
_ACRONYM: Final = re.compile(r"\b[A-Z][A-Z0-9]{1,7}\b")
_NAME_BREAK: Final = re.compile(r"[- \xa0]+")
#: How many characters of name before a defined acronym are read.
_BODY_REACH: Final = 100


def _with_bodies(text: str, mentions: list[Mention], start: int, end: int) -> list[Mention]:
    """``mentions`` with every later mention of an acronym that a text defines for one
    of an organisation's bodies: "NATO Security Assistance and Training for Ukraine
    (NSATU)" makes each later "NSATU" a mention of NATO, which acts through it.

    The name must open with the organisation's own name, and the acronym must be spelt
    by the initials of its capitalised words (the first word may give all its letters:
    "EU Military Assistance Mission (EUMAM)"); a name that opens with a state's ("Ukraine Defence
    Contact Group") names no body of that state's.
    """
    bodies: dict[str, tuple[Party, int]] = {}  # each acronym's party, and where its definition ends
    starts = [m.start for m in mentions]
    for defined in _DEFINED.finditer(text, start, end):
        acronym = defined.group(1)
        if acronym in bodies or (acronym.casefold(),) in _TABLE:
            continue  # defined before, or already a party's name ("(NATO)")
        i = bisect.bisect_left(starts, defined.start() - _BODY_REACH)
        for k in range(i, len(mentions)):  # by index: a slice or islice would walk all before
            m = mentions[k]
            if m.start >= defined.start():
                break
            if m.party.kind is not PartyKind.ORGANIZATION or m.form is not Form.NAME:
                continue
            name = _BODY_NAME.match(text, m.end, defined.start())
            if name is None or name.end() != defined.start():
                continue
            first, *words = _NAME_BREAK.split(text[m.start : name.end()])
            initials = "".join(w[0] for w in words if w[:1].isupper())
            if acronym not in (first[0] + initials, first + initials):
                continue  # "NATO Innovation Fund" is "NIF", "EU Military Assistance Mission" "EUMAM"
            bodies[acronym] = (m.party, defined.end())
            break
    if not bodies:
        return mentions
    # every later use of a defined acronym, found in one scan of the text's acronyms
    added = [
        Mention(a.start(), a.end(), body[0], Form.NAME)
        for a in _ACRONYM.finditer(text, start, end)
        if (body := bodies.get(a.group())) is not None and a.start() >= body[1]
    ]
    return sorted(mentions + added, key=lambda m: m.start) if added else mentions


def _longest_name(text: str, keys: list[str], at: list[int], i: int, most: int) -> tuple[_Entry, int] | None:
    """The longest name of at most ``most`` words that starts at word ``i``, and its
    length in words (see :func:`_words` for ``keys`` and ``at``)."""
    for n in range(most, 0, -1):
        entry = _TABLE.get(tuple(keys[i : i + n]))
        if entry is not None and _fits(entry, text, at[3 * i], at[3 * (i + n) - 1]):
            return entry, n
    return None


def _fits(entry: _Entry, text: str, start: int, end: int) -> bool:
    """Whether the name written at ``[start, end)`` is spelt as ``entry`` requires."""
    if entry.exact is not None:
        # capitals that open an amount's currency are no party ("US$6.5 billion", "NZ$16 million")
        return text[start:end].rstrip(".'’s") == entry.exact.rstrip(".") and not text.startswith("$", end)
    if entry.capitalised:
        return text[start].isupper()
    return True


def _is_government(text: str, keys: list[str], at: list[int], i: int, n: int) -> bool:
    """Whether the capital of ``n`` words at word ``i`` stands for its government, not
    for the place (see :func:`_words` for ``keys`` and ``at``).

    Not after a preposition of place ("in Vilnius"), unless "to" follows a word of giving
    ("sent shells to Kyiv"); not inside a name ("Washington Summit"), and not as a
    dateline ("MADRID —", "Madrid 30.06.2022").
    """
    before = keys[i - 1] if i > 0 else ""
    after = keys[i + n] if i + n < len(keys) else ""
    if text[at[3 * i] : at[3 * i + 2]].isupper() or after[:1].isdigit():
        return False  # a dateline ("MADRID —", "Madrid, 30 June 2022")
    if after in CAPITAL_AS_PLACE_AFTER and "," not in text[at[3 * (i + n) - 1] : at[3 * (i + n)]]:
        return False  # "the Vilnius NATO summit"; but not across a comma ("Seoul, NATO discuss ...")
    return before not in CAPITAL_AS_PLACE_BEFORE or (before == "to" and _given(text, keys, at, i - 1))


def _given(text: str, keys: list[str], at: list[int], to: int) -> bool:
    """Whether a word of giving stands a few words before word ``to``, in the same clause."""
    for k in range(to - 1, max(-1, to - 1 - _GIVING_REACH), -1):
        gap = text[at[3 * k + 1] : at[3 * k + 3]]  # after word k's key, to the next word
        if any(c in gap for c in ".;:!?"):
            return False
        if keys[k] in GIVING_BEFORE_TO:
            return True
    return False
