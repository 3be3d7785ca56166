"""Recognising people: named persons, their titles, affiliations and later mentions.

A name is a run of capitalised name words.  It is a person when its context says so:
a title before it ("Prime Minister KISHIDA Fumio", "NATO chief Jens Stoltenberg"), a
title in apposition after it ("Wendy Gilmour, NATO assistant secretary general"), a
byline ("By Lucy Craymer"), an honorific ("Mr Stoltenberg"), or a verb of speech
beside it ("Nanaia Mahuta said").
Later mentions by surname or by title alone ("the Secretary-General") are resolved to
the person first named.
"""

from __future__ import annotations

import bisect
import itertools
import re
from collections.abc import Iterator, Sequence
from typing import Final

import attrs

from natobrief._lexmatch import PhraseTable, compile_folded, fold, literal_alternation
from natobrief._model import Person, Span
from natobrief._parties import Form, Mention, find_parties, party
from natobrief._text import any_within, joins_word, occurrences

__all__ = ["find_people"]

#: Title heads, longest first.  A title is a head with the words that modify it.
TITLE_HEADS: Final = (
    "secretary general", "secretary-general", "secretary of state", "prime minister",
    "foreign minister", "defence minister", "defense minister", "defence secretary",
    "defense secretary", "foreign secretary", "high representative", "vice president",
    "vice-president", "crown prince", "national security adviser", "chief of staff",
    "chief of defence", "president", "chancellor", "minister", "premier", "king", "queen",
    "ambassador", "general", "gen.", "admiral", "adm.", "commander", "chief", "spokesperson",
    "spokesman", "spokeswoman", "adviser", "advisor", "senator", "sen.", "governor",
    "mayor", "chairman", "chairwoman", "chair", "director", "envoy", "secretary", "commissioner",
    "counterpart", "taoiseach", "mp", "mep", "congressman", "congresswoman", "rep.", "lawmaker", "legislator", "leader", "speaker", "critic", "analyst", "professor",
    "writer", "correspondent", "reporter", "editor", "journalist",
    "mr.", "ms.", "mrs.", "dr.", "h.e.", "sir", "lord", "baroness", "emir", "sheikh",
    # ranks as the wire abbreviates them ("Lt. Gen. Alexus Grynkewich")
    "lt. gen.", "lt. col.", "maj. gen.", "brig. gen.", "vice adm.", "rear adm.", "col.",
    "lt.", "maj.", "brig.", "capt.", "cmdr.", "sgt.", "gov.", "prof.",
    "lieutenant general", "major general", "brigadier general", "vice admiral", "rear admiral", "colonel",
)  # fmt: skip
#: Heads that name NATO's own officials when the title names no other party.
NATO_HEADS: Final = frozenset({"secretary general", "secretary-general"})
#: Heads too vague to resolve a later bare mention to a person ("the chief").
_GENERIC_HEADS: Final = frozenset({"mr.", "ms.", "mrs.", "dr.", "h.e.", "sir", "general", "chair"})

SPEECH_VERBS: Final = (
    "said", "says", "told", "tells", "stated", "states", "announced", "announces", "added",
    "adds", "noted", "notes", "stressed", "stresses", "called", "calls", "confirmed",
    "confirms", "emphasised", "emphasized", "emphasises", "emphasizes", "pledged",
    "pledges", "warned", "warns", "explained", "explains", "wrote", "writes", "declared",
    "declares", "urged", "urges", "insisted", "insists", "underlined", "highlighted",
    "welcomed", "welcomes", "described", "describes", "thanked", "praised", "argued",
    "argues", "recalled", "remarked", "reiterated", "signed", "met", "attended",
    "handed", "revealed", "promised", "proposed", "agreed",
)  # fmt: skip
#: Capitalised words that are never part of a person's name.
NOT_NAMES: Final = frozenset(
    [
        "the",
        "a",
        "an",
        "and",
        "or",
        "but",
        "of",
        "for",
        "in",
        "on",
        "at",
        "to",
        "by",
        "with",
        "from",
        "as",
        "this",
        "that",
        "these",
        "those",
        "it",
        "its",
        "he",
        "she",
        "they",
        "we",
        "our",
        "his",
        "her",
        "their",
        "i",
        "you",
        "mr",
        "mrs",
        "ms",
        "dr",
        "sir",
        "h",
        "e",
        "st",
        "summit",
        "council",
        "alliance",
        "allies",
        "allied",
        "nato",
        "union",
        "assembly",
        "committee",
        "command",
        "commission",
        "parliament",
        "government",
        "ministry",
        "office",
        "forces",
        "force",
        "army",
        "navy",
        "air",
        "defence",
        "defense",
        "security",
        "foreign",
        "affairs",
        "state",
        "states",
        "international",
        "national",
        "european",
        "north",
        "atlantic",
        "treaty",
        "organization",
        "organisation",
        "republic",
        "kingdom",
        "federation",
        "minister",
        "president",
        "secretary",
        "general",
        "prime",
        "chief",
        "monday",
        "tuesday",
        "wednesday",
        "thursday",
        "friday",
        "saturday",
        "sunday",
        "january",
        "february",
        "march",
        "april",
        "may",
        "june",
        "july",
        "august",
        "september",
        "october",
        "november",
        "december",
        "today",
        "yesterday",
        "tomorrow",
        "source",
        "details",
        "background",
        "read",
        "more",
        "photo",
        "update",
        "updated",
        "published",
        "press",
        "release",
        "statement",
        "declaration",
        "communique",
        "strategic",
        "concept",
        "partnership",
        "programme",
        "program",
        "plan",
        "fund",
        "initiative",
        "centre",
        "center",
        "task",
        "agency",
        "news",
        "reuters",
        "afp",
        "ap",
        "tass",
        "interfax",
        # parties' adjectives before a title ("Conservative defence critic ...")
        "conservative",
        "labour",
        "liberal",
        "republican",
        "democrat",
        "democratic",
        "socialist",
        "kyodo",
        "yonhap",
        "east",
        "west",
        "south",
        "southern",
        "northern",
        "eastern",
        "western",
        "indo",
        "pacific",
        "asia",
        "europe",
        "africa",
        "america",
        "americas",
        "middle",
        "baltic",
        "nordic",
        "black",
        "sea",
        "policy",
        "relations",
        "development",
        "cooperation",
        "trade",
        "finance",
        "economy",
        "justice",
        "interior",
        "information",
        "communications",
        "operations",
        "strategy",
        "planning",
        "investment",
        "procurement",
        "headquarters",
        "staff",
        "unit",
        "group",
        "team",
        "board",
        "agency",
        "institute",
        "university",
        "college",
        "school",
        "however",
        "meanwhile",
        "also",
        "after",
        "before",
        "during",
        "while",
        "when",
        "where",
        "which",
        "who",
        "what",
        "why",
        "how",
        "both",
        "all",
        "some",
        "many",
        "most",
        "other",
        "another",
        "each",
        "every",
        "first",
        "second",
        "third",
        "new",
        "former",
        "transformation",  # "Supreme Allied Commander Transformation"
        "lt",
    ]
)
_HEADS: Final = PhraseTable({"head": tuple(re.escape(h) for h in TITLE_HEADS)})
#: The heads in lower case, to tell whether one word is a head.
_HEAD_WORDS: Final = frozenset(h.lower() for h in TITLE_HEADS)
_HEAD_RE: Final = re.compile(
    r"(?i)(?<![\w-])(?:" + "|".join(re.escape(h) for h in TITLE_HEADS) + r")(?![\w-])"
)
_WEEKDAY_GLUED: Final = r"(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)"
#: The capital that opens a name word.
_CAPITAL: Final = r"[A-ZÀ-ÖØ-ÞĀ-Ž]"
#: The rest of a name word after its capital ("Stoltenberg", "O'Brien", "McCain",
#: "KISHIDA").  A pattern that opens with the capital itself, not with a group or a
#: lookbehind, gets a character-set prefix: the regex engine then skips every character
#: that is no capital without trying the pattern there.
_AFTER_CAPITAL: Final = (
    r"(?:[a-zß-öø-ÿā-ž]+(?:['’][A-Z][a-zß-öø-ÿā-ž]+)?(?:-[A-Za-zÀ-ÿĀ-ž][a-zß-öø-ÿā-ž]+)*"
    r"(?:(?<=Mc)[A-Z][a-z]+)?|(?<=[A-Z])['’][A-Z][a-zß-öø-ÿā-ž]+|(?<=[A-ZÀ-ÖØ-Þ])[A-ZÀ-ÖØ-Þ]+(?![a-z]))"
)
_NAME_WORD: Final = _CAPITAL + _AFTER_CAPITAL
_PARTICLE: Final = r"(?:von|van|der|den|de|da|del|di|du|le|la|bin|al|ibn|dos|das|ter)"
#: A middle initial inside a name ("Tore O. Sandvik", "George W. Bush").
_INITIAL: Final = r"[A-Z]\."
#: A run of name words, with particles inside ("Ursula von der Leyen"), which no word
#: character, hyphen or apostrophe touches before its first capital.
_NAME_RUN: Final = re.compile(
    rf"{_CAPITAL}(?<![\w'’-].){_AFTER_CAPITAL}(?:[ \xa0]+(?:(?:{_PARTICLE}|{_INITIAL})[ \xa0]+){{0,2}}{_NAME_WORD}){{0,9}}(?!(?!{_WEEKDAY_GLUED})[\w-]|['’][a-rt-z])"
)
_WORD_IN_RUN: Final = re.compile(rf"{_NAME_WORD}|{_PARTICLE}|{_INITIAL}")
#: A title that ends right before a name, searched in the folded text (group 1: the
#: title).  Where it ends is fixed, so the order of the heads does not matter.
_HEAD_BEFORE: Final = compile_folded(
    r"((?:(?:former|then|deputy|assistant|acting|vice|principal|first|top|senior|special|foreign|policy|"
    r"defen[cs]e|security|military|intelligence|army|navy|trade|finance|[\w.'’-]+['’]s?)[ \xa0]+){0,4}?"
    + literal_alternation(h.lower() for h in TITLE_HEADS)
    + r"(?:[ \xa0]+(?:of|for)(?:[ \xa0]+(?:the|and|of|for|[a-z][\w'’-]*)){1,12}"
    + r"|[ \xa0]+to(?:[ \xa0]+the)?(?:[ \xa0]+[a-z][\w'’-]*){1,3})?)[ \xa0]*,?[ \xa0]*$"
)
#: A possessive word ("Ukraine's ", "States' ").
_POSSESSOR: Final = re.compile(r"[\w.-]+(?:['’]s|s['’])[ \xa0]+")
_APPOSITION: Final = re.compile(
    r",[ \xa0]+(?:(?:the|a|an)[ \xa0]+)?([^,.;:()“”\"\n]{0,80}?(?<![\w-])(?i:"
    + "|".join(re.escape(h) for h in TITLE_HEADS)
    + r")(?![\w-])(?:[ \xa0]+(?:of|for|to|in)[ \xa0]+[^,.;:()“”\"\n]{1,60}?)?)"
    # where the holder is now, no part of the title ("a former NATO official now at a think tank")
    + r"(?:[ \xa0]+(?:now[ \xa0]+)?(?:at|with)[ \xa0]+[^,.;:()“”\"\n]{1,60}?)?(?=[,.;:)]|[ \xa0]+(?:who|said|says|and)\b)"
)
_SPEECH_AFTER: Final = re.compile(
    r"[ \xa0]*,?[ \xa0]*(?:has[ \xa0]+|had[ \xa0]+|have[ \xa0]+|also[ \xa0]+|then[ \xa0]+)?(?:"
    + "|".join(SPEECH_VERBS)
    + r")\b"
)
#: Words that introduce a name right after them ("said Jens Stoltenberg", "according to ...").
_SPEECH_LEAD_INS: Final = ("said", "says", "notes", "noted", "added", "adds", "wrote", "according to")
_SPEECH_BEFORE: Final = re.compile(
    r"(?:\b(?:" + "|".join(w.replace(" ", r"[ \xa0]+") for w in _SPEECH_LEAD_INS) + r")|\(@\w+\)|—)[ \xa0]*$"
)
#: A byline before a name, and the names before it on the byline ("By Jane Doe and "); a
#: byline may open a line, a bracket, or a field of front matter ("March 12, 2025 | By ...").
_BYLINE_BEFORE: Final = re.compile(
    r"(?:^|\n|\(|\||\b(?:Reporting|Editing|Written|Writing|Reported))[ \t\xa0]*[Bb]y[ \xa0]+"
    r"(?:[A-Z][\w.'’-]*(?:[ \xa0][A-Z][\w.'’-]*){0,3}(?:,|[ \xa0]+and)[ \xa0]+){0,3}$"
)
_HANDLE_AFTER: Final = re.compile(r"[ \xa0]*\(@\w+\)")
#: An honorific right before a name ("Mr Stoltenberg", "Dr. Lee"): no title, but a person.
_HONORIFICS: Final = ("Mr", "Mrs", "Ms", "Dr", "Sir")
_HONORIFIC_BEFORE: Final = re.compile(rf"(?<![\w-])(?:{'|'.join(_HONORIFICS)})\.?[ \xa0]+$")


def _after_honorific(near: str) -> bool:
    """Whether ``near``, the text before a name, ends with an honorific (tested first by
    :meth:`str.endswith`: a search for ``$`` tries every position of ``near``)."""
    return near.rstrip(" \xa0").removesuffix(".").endswith(_HONORIFICS) and bool(
        _HONORIFIC_BEFORE.search(near)
    )


#: A government named after its leader ("the Trump administration").
_ADMINISTRATION_AFTER: Final = re.compile(r"(?:['’]s)?[ \xa0]+administration\b")
_GLUED_DATE_AFTER: Final = re.compile(r"(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|\d)")
_LOOKBEHIND: Final = 140
#: How far before a name its byline or verb of speech is sought ("Editing by ").
_NEAR: Final = 40


@attrs.define
class _Found:
    name: tuple[int, int]
    title: str | None
    affiliation: str | None
    mentions: list[tuple[int, int]]


def find_people(
    text: str, mentions: Sequence[Mention] | None = None, folded: str | None = None
) -> tuple[Person, ...]:
    """Find every person named in ``text``, in order of first mention.

    ``mentions`` are the parties named in ``text`` and ``folded`` its
    :func:`~natobrief._lexmatch.fold`, if already found.
    """
    found: dict[str, _Found] = {}
    order: list[str] = []
    if mentions is None:
        mentions = find_parties(text)
    folded = fold(text) if folded is None else folded
    heads = list(_HEADS.finditer(folded, 0, len(text)))
    scan = _Scan(
        folded=folded,
        party_at=_coverage(mentions),
        head_starts=[start for start, _, _ in heads],
        head_ends=[end for _, end, _ in heads],
    )
    owner: dict[str, str] = {}  # each word of a full name -> the person's key
    party_ends = {m.start: m.end for m in mentions}
    for run in _NAME_RUN.finditer(text):
        if run.end() <= party_ends.get(run.start(), -1):
            continue  # the run is a party's name ("NATO"): no person's
        hit = _read_run(text, run, scan)
        if hit is None:
            continue
        (start, end), title, affiliation = hit
        key = _surname(text[start:end])
        words = text[start:end].lower().split()
        if len(words) == 1:
            key = owner.get(key, key)  # a single word of a name already read ("President Yoon")
        person = found.get(key)
        if person is None:
            found[key] = _Found((start, end), title, affiliation, [])
            order.append(key)
            for word in words:
                owner.setdefault(word, key)
            continue
        if end - start > person.name[1] - person.name[0] and person.name[0] < start:
            # a surname first, the full name later: the full mention names the person
            person.mentions.append(person.name)
            person.name = (start, end)
        elif (start, end) != person.name:
            person.mentions.append((start, end))
        person.title = person.title or title
        person.affiliation = person.affiliation or affiliation
    _later_mentions(text, found)
    people = []
    for key in order:
        p = found[key]
        people.append(
            Person(
                name=text[p.name[0] : p.name[1]],
                span=Span(start=p.name[0], end=p.name[1]),
                title=p.title,
                affiliation=p.affiliation,
                mentions=tuple(Span(start=s, end=e) for s, e in sorted(set(p.mentions))),
            )
        )
    return tuple(people)


def _coverage(mentions: Sequence[Mention]) -> frozenset[int]:
    """Every offset that lies inside a party's name (the ranges' offsets chained in C,
    not by a nested Python loop: a long brief names parties a hundred thousand times)."""
    return frozenset(itertools.chain.from_iterable(range(m.start, m.end) for m in mentions))


@attrs.define
class _Scan:
    """What reading one text's name runs shares: the text folded, where parties are
    named, where title heads start and end (in text order), and the affiliation of each
    title read so far."""

    folded: str
    party_at: frozenset[int]
    head_starts: list[int]
    head_ends: list[int]
    affiliations: dict[str, str | None] = attrs.Factory(dict)


def _read_run(
    text: str, run: re.Match[str], scan: _Scan
) -> tuple[tuple[int, int], str | None, str | None] | None:
    party_at, head_ends = scan.party_at, scan.head_ends
    words = list(_WORD_IN_RUN.finditer(text, run.start(), run.end()))
    if len(words) == 1 and not _may_name_alone(text, words[0], party_at, head_ends):
        return None
    title_start = None
    name_from = 0
    # a title inside the run ("Prime Minister KISHIDA Fumio"): the name follows its last head,
    # found among the heads of the whole text
    last = bisect.bisect_right(head_ends, run.end()) - 1
    head_end = head_ends[last] if last >= 0 and scan.head_starts[last] >= run.start() else None
    if head_end is not None:
        name_from = next((i for i, w in enumerate(words) if w.start() >= head_end), len(words))
        title_start = run.start()
        if name_from > 1 and words[0].group().lower() in _OPENING_WORDS:
            title_start = words[1].start()  # "Said NATO Secretary General Mark Rutte": no title
    if name_from + 1 < len(words) and words[name_from].group().lower() in _SPEECH_WORDS:
        name_from += 1  # "Said Camille Grand, a former ...": the verb opens the sentence, not the name
    # the name: the longest tail of name-like words, at most four
    name_words = _name_tail(text, words[name_from:], party_at)
    if not name_words:
        return None
    start, end = name_words[0].start(), name_words[-1].end()
    title_end: int | None = None
    if title_start is not None and name_words[0] is not words[name_from]:
        title_end = words[words.index(name_words[0]) - 1].end()
    elif title_start is not None:
        title_end = head_end
    title = None
    if title_start is not None and title_end is not None:
        title = _clean_title(text, title_start, title_end)
        if title is not None and title_start == run.start():
            title = _extend_left(text[max(0, title_start - _LOOKBEHIND) : title_start], None, title)
    before = text[max(0, start - _LOOKBEHIND) : start]
    near = text[max(0, start - _NEAR) : start]
    if title is None or title.lower() in _GENERIC_HEADS:
        if len(name_words) >= 2:
            m = _APPOSITION.match(text, end, end + 160)
            title = m.group(1).strip() if m else title
        else:
            title = _closed_apposition(text, end) or title
    if title is None:
        near_head = any_within(head_ends, start - _LOOKBEHIND, start + 1)
        m = _HEAD_BEFORE.search(scan.folded, max(0, start - _LOOKBEHIND), start) if near_head else None
        if m and _is_lead_in(text, m.start(1), start):
            offset = max(0, start - _LOOKBEHIND)  # where ``before`` starts in the text
            # a possessor that opens the title is a modifier, which names a party or goes
            # ("Ukraine's President", but not "Lee Jae-myung's national security adviser")
            possessor = _POSSESSOR.match(text, m.start(1), m.end(1))
            title_start = possessor.end() if possessor else m.start(1)
            title = _clean_title(text, title_start, m.end(1))
            if title is not None and title_start > offset and name_words:
                title = _extend_left(before, title_start - offset, title)
    after = text[end : end + 160]
    if title is None:
        named = (
            _BYLINE_BEFORE.search(near)
            or _after_honorific(near)
            or (len(name_words) >= 2 and _SPEECH_AFTER.match(after))
            or _SPEECH_BEFORE.search(near)
            or _HANDLE_AFTER.match(after)
            or _ADMINISTRATION_AFTER.match(after)
            or (len(name_words) >= 2 and _GLUED_DATE_AFTER.match(after))
        )
        if not named:
            return None
    if title is not None and not any(c.isalpha() for c in title):
        title = None
    if title is not None and len(name_words) == 1 and name_words[0].group().isupper():
        return None  # "President NATO": an acronym, not a name
    if title and title not in scan.affiliations:
        scan.affiliations[title] = _affiliation(title)
    affiliation = scan.affiliations[title] if title else None
    if title and affiliation is None:
        # "Admiral Rob Bauer, chair of the NATO Military Committee": a rank names no party,
        # the apposition after the name does
        apposition = _APPOSITION.match(text, end, end + 160)
        if apposition is not None:
            affiliation = _affiliation(apposition.group(1).strip())
    return (start, end), title, affiliation


#: A lower-case word right after another.
_LOWER_WORD_AFTER: Final = re.compile(r"[ \xa0]+[a-z]")


#: Title heads of one word abbreviated with a full stop ("Gen.", "Sen."), without it.
_ABBREVIATED_RANKS: Final = frozenset(
    h[:-1] for h in TITLE_HEADS if h.endswith(".") and "." not in h[:-1] and " " not in h
)


def _may_name_alone(
    text: str, word: re.Match[str], party_at: frozenset[int], head_ends: Sequence[int]
) -> bool:
    """Whether a run of one word can be a name, by the cheap tests: it is no party, no
    acronym, no particle, no common word, and a title ends near before it or a byline,
    verb of speech, honorific, handle, "administration" or a title in apposition
    stands beside it.  False only where
    :func:`_read_run` would find no name."""
    written = word.group()
    if (
        word.start() in party_at
        or written.isupper()
        or written.islower()
        or written.lower().strip("'’") in NOT_NAMES
    ):
        return False
    start, end = word.span()
    if text.startswith(".", end) and written.lower() in _ABBREVIATED_RANKS:
        return False  # "said Gen. Christopher Cavoli": a rank, not a name (but "Gen Nakatani" is one)
    if written.endswith("ing") and _LOWER_WORD_AFTER.match(text, end):
        return False  # a participle that opens a sentence ("— Arriving at the meeting, ...")
    if any_within(head_ends, start - _LOOKBEHIND, start + 1):
        return True
    near = text[max(0, start - _NEAR) : start]
    after = text[end : end + 160]
    if near.rstrip(" \xa0").endswith("—") and _LOWER_WORD_AFTER.match(text, end):
        # "13:00 — Ministers approve ...": a dash that opens an entry, not one that names who spoke
        return False
    return bool(
        (_ends_with_lead_in(near) and (_BYLINE_BEFORE.search(near) or _SPEECH_BEFORE.search(near)))
        or _after_honorific(near)
        or _HANDLE_AFTER.match(after)
        or _ADMINISTRATION_AFTER.match(after)
        or (after.startswith(",") and _closed_apposition(text, end) is not None)
    )


def _closed_apposition(text: str, end: int) -> str | None:
    """The title in apposition right after a one-word name that ends at ``end``, if a
    comma closes it and it names the holder's party ("Kristersson, the Swedish prime
    minister, arrived"): "Later, the prime minister, who ..." names no one."""
    m = _APPOSITION.match(text, end, end + 160)
    if m is None or not text.startswith(",", m.end()):
        return None
    title = m.group(1).strip()
    return title if _affiliation(title) is not None else None


#: How the text right before a name ends where ``_BYLINE_BEFORE`` ("by") or
#: ``_SPEECH_BEFORE`` (a lead-in word, a handle's ")", a dash) can match, tested first by
#: :meth:`str.endswith`.
_LEAD_IN_ENDS: Final = ("by", "By", ")", "—", *(w.split()[-1] for w in _SPEECH_LEAD_INS))


def _ends_with_lead_in(near: str) -> bool:
    """Whether ``near`` ends (but for spaces, and a line end where ``$`` allows one) like
    a byline or a verb of speech."""
    if near.rstrip(" \xa0").endswith(_LEAD_IN_ENDS):
        return True
    return near.endswith("\n") and near[:-1].rstrip(" \xa0").endswith(_LEAD_IN_ENDS)


def _name_tail(text: str, words: list[re.Match[str]], party_at: frozenset[int]) -> list[re.Match[str]]:
    tail: list[re.Match[str]] = []
    for w in reversed(words):
        word = w.group()
        if word.lower().strip("'’") in NOT_NAMES or w.start() in party_at or len(tail) == 4:
            break
        if word.lower() in _HEAD_WORDS if word.isascii() else _HEAD_RE.fullmatch(word):
            break
        tail.append(w)
    tail.reverse()
    while tail and tail[0].group().islower():  # a particle cannot open a name
        tail.pop(0)
    if tail and all(w.group().isupper() for w in tail):
        return []  # "BRUSSELS", "NSATU": capitals alone are places and acronyms
    return tail


#: A verb of speech anywhere in a stretch: no title holds one.
#: The verbs of speech as words, in lower case.
_SPEECH_WORDS: Final = frozenset(SPEECH_VERBS)
#: Words that open a sentence before a title without being part of it: verbs of speech
#: ("Said NATO Secretary General ...") and sentence adverbs ("Meanwhile German Chancellor ...").
_OPENING_WORDS: Final = _SPEECH_WORDS | {
    "meanwhile", "however", "separately", "earlier", "later", "today", "yesterday", "elsewhere",
    "instead", "moreover", "furthermore", "finally", "also", "still", "now", "then", "additionally",
}  # fmt: skip
_SPEECH_IN: Final = re.compile(r"\b(?:" + "|".join(SPEECH_VERBS) + r")\b")


def _is_lead_in(text: str, title_start: int, name_start: int) -> bool:
    """Whether a title found before a name is attached to it: on its line, and with no
    verb of speech between ("the ambassador to NATO said the Patriot ...")."""
    return (
        "\n" not in text[title_start:name_start] and _SPEECH_IN.search(text, title_start, name_start) is None
    )


#: A capitalised modifier right before a title ("NATO chief", "Ukraine's President"), a
#: party's acronym ("U.S. Secretary of State", "UK Defence Secretary"), or another word
#: that names a party ("the Dutch prime minister").
#: The capitalised word right before a title's one-word modifier.
_WORD_BEFORE_MODIFIER: Final = re.compile(r"[A-Z][\w-]*[ \xa0]+$")
_MODIFIER: Final = re.compile(
    r"(?:NATO|(?P<possessive>[A-Z][\w.'’-]*?)['’]s?|(?P<acronym>[A-Z](?:\.?[A-Z])+\.?)|(?P<word>[A-Z][\w-]*))[ \xa0]+$"
)


#: Words that are no modifier of a title: the words that are no name, but for "NATO"
#: ("NATO chief").
_NOT_MODIFIERS: Final = NOT_NAMES - {"nato"}


#: How far before a possessive "'s" the name of the party it follows may start.
_LONGEST_POSSESSOR: Final = 40


def _extend_left(before: str, start: int | None, title: str) -> str:
    """Extend a title leftwards over a capitalised modifier ("NATO chief", "Ukraine's President",
    "U.S. Secretary of State")."""
    head = before[:start]
    # the modifier is the last word (before spaces, and a line end where ``$`` allows one):
    # no match can start before the last space ahead of it
    word_end = len(head.removesuffix("\n").rstrip(" \xa0"))
    m = _MODIFIER.search(head, max(head.rfind(" ", 0, word_end), head.rfind("\xa0", 0, word_end)) + 1)
    if m is None or m.group().strip().lower() in _NOT_MODIFIERS:
        return title
    modifier_start = m.start()
    if m.group("possessive") is not None:
        # a party's name of several words before the possessive ("New Zealand's Prime Minister")
        stem_end = m.end("possessive")
        lo = max(0, stem_end - _LONGEST_POSSESSOR)
        owner = next((p for p in find_parties(head[lo:stem_end]) if p.end == stem_end - lo), None)
        if owner is None:
            return title  # a person's name ("Lee Jae-myung's national security adviser"): the
            # adviser's title is not the president's name
        modifier_start = lo + owner.start
    else:
        named = m.group("acronym") or m.group("word")
        if named is not None and not find_parties(named):
            return title  # capitals that name no party ("CEO", "Speaking")
        two = _WORD_BEFORE_MODIFIER.search(head, 0, modifier_start)
        if two is not None:
            # a party's name of two words ("North Korean leader", "South Korean President")
            pair = head[two.start() : m.end()].strip()
            if any(p.start == 0 and p.end == len(pair) for p in find_parties(pair)):
                modifier_start = two.start()
    return f"{head[modifier_start:].strip()} {title}"


_TITLE_NOISE: Final = re.compile(r"^(?:(?:the|The|a|A|an|An|by|By|and|And|with|With|as|As)\s+)+")


def _clean_title(text: str, start: int, end: int) -> str | None:
    title = text[start:end].strip(" \xa0,")
    title = _TITLE_NOISE.sub("", title)
    return title or None


#: The end of a title's words before the party its holder is posted to ("ambassador to NATO").
_POSTED_TO: Final = re.compile(r"(?i)\bto(?:[ \xa0]+the)?[ \xa0]+$")


def _affiliation(title: str) -> str | None:
    """The party a title's holder belongs to: the first named in it, but for a capital or
    the party the holder is posted to ("US ambassador to NATO": USA)."""
    for mention in find_parties(title):
        if mention.form is not Form.CAPITAL and not _POSTED_TO.search(title, 0, mention.start):
            return mention.party.code
    if _HEAD_RE.search(title) and any(h in title.lower() for h in NATO_HEADS):
        return party("NATO").code
    return None


def _surname(name: str) -> str:
    words = name.replace(".", " ").split()
    if len(words) >= 2 and words[0].isupper() and not words[-1].isupper():
        return words[0].lower()  # family name first, in capitals: "KISHIDA Fumio"
    return words[-1].lower() if words else ""


def _whole_word_at(text: str, word: str) -> Iterator[int]:
    """Where ``word`` stands in ``text`` as a whole word (no word character nor
    hyphen touches it), found by substring search."""
    for at in occurrences(text, word):
        if not (joins_word(text, at - 1) or joins_word(text, at + len(word))):
            yield at


_TITLE_MENTION: Final = re.compile(
    r"(?i)\bthe[ \xa0]+(?:NATO[ \xa0]+|alliance['’]?s?[ \xa0]+)?(?P<head>"
    + "|".join(
        "[- ]".join(re.escape(p) for p in re.split(r"[- ]", h))
        for h in TITLE_HEADS
        if h not in _GENERIC_HEADS
    )
    + r")\b(?![ \xa0]+(?-i:[A-Z]))"
)


def _head_key(head: str) -> str:
    return head.lower().replace("-", " ")


def _later_mentions(text: str, found: dict[str, _Found]) -> None:
    """Add surname-only and title-only mentions after each person's first mention.

    A substring search finds each surname as a whole word; one pass finds "the <title>" phrases,
    each resolved to the latest person named before it with that title.
    """
    by_surname: dict[str, _Found] = {}
    by_head: dict[str, list[tuple[int, _Found]]] = {}
    for person in found.values():
        s, e = person.name
        words = text[s:e].split()
        if len(words) >= 2:
            surname = _surname(text[s:e])
            by_surname.setdefault(next(w for w in words if w.lower() == surname), person)
        if person.title:
            heads = [h.group() for h in _HEAD_RE.finditer(person.title)]
            if heads and heads[-1].lower() not in _GENERIC_HEADS:
                by_head.setdefault(_head_key(heads[-1]), []).append((e, person))
    for surname, named in by_surname.items():
        for at in _whole_word_at(text, surname):
            if not named.name[0] <= at < named.name[1]:
                named.mentions.append((at, at + len(surname)))
    if by_head:
        for introduced in by_head.values():
            introduced.sort(key=lambda pair: pair[0])
        for m in _TITLE_MENTION.finditer(text):
            candidates = by_head.get(_head_key(m.group("head")))
            if candidates:
                i = bisect.bisect_right(candidates, m.start(), key=lambda pair: pair[0])
                if i:
                    candidates[i - 1][1].mentions.append(m.span())
