"""Stage 3b: partnerships — cooperation with named non-members or a region.

A sentence states a partnership when it has cooperation wording (or a joint act or
body of NATO with the partner) and names a partner that is not an Ally at the time of
the brief, or a region.  Groups the lexicon defines ("AP4") stand for their members.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Iterable, Iterator, Sequence
from typing import Final

import attrs

from natobrief import _cues
from natobrief._commitments import Context, Sentence, negations_in
from natobrief._dates import MONTH_NAMES, WEEKDAY_NAMES
from natobrief._lexicon import NON_PARTNERS, REGIONS
from natobrief._lexmatch import Gated, compile_folded, literal_alternation
from natobrief._model import Partnership, Party, PartyKind, Span
from natobrief._parties import MEETING_AFTER, Mention, group_members, is_member, names_state, party
from natobrief._text import Hits, any_within, overlapped, strip_span

__all__ = ["Places", "find_partnership"]

#: A region's name, its hyphens written as hyphens or spaces ("Indo-Pacific", "Indo Pacific").
_REGION: Final = re.compile(
    r"\b(?<!-)"
    + literal_alternation(spelling for r in REGIONS for spelling in {r, r.replace("-", " ")})
    + r"(?![\w-])"
)
#: A joint name, written in capitals ("NATO-Ukraine", "EU-NATO").
_JOINT_NAME: Final = re.compile(r"\bNATO-[A-Z]\w+|\b[A-Z]\w+-NATO\b")
#: Joint bodies and joint work (and joining a body: "Korea joined NATO's cyber defence
#: centre", or taking part in one's work: "Japan will take part in a NATO exercise"): a
#: partnership even without the word "cooperation".  Officers sent to a NATO body are
#: not (the house test brief ``article_indo_pacific``): the body is NATO's, not joint.
_JOINT_WORK: Final = Gated(
    r"\b(?:joint|bilateral|trilateral)[ \xa0]+(?:[\w-]+,?[ \xa0]+){0,4}?(?:task[ \xa0]+force|council|centre|center|exercises?|summits?"
    r"|working[ \xa0]+groups?|committees?)"
    r"|\bjoin(?:s|ed|ing)?[ \xa0]+(?:[\w'’-]+[ \xa0]+){0,4}?(?:centres?|centers?|task[ \xa0]+forces?|councils?|hubs?|cells?|initiatives?"
    r"|coalitions?)\b"
    r"|\btogether\b|\bjoin(?:ed|s)?[ \xa0]+by\b|\bsid(?:e|ing)[ \xa0]+(?:by[ \xa0]+side|with)\b|\bcloser[ \xa0]+to[ \xa0]+NATO[ \xa0]+than\b"
    # taking part in an exercise, mission or body: "will take part in a NATO exercise"
    # (the verb: "a veto on Ukraine's participation in the mission" is others' act)
    # (with what tells when between: "took part for the first time this week in")
    r"|\b(?:t(?:ake|akes|aking|ook)[ \xa0]+part|participat(?:e|es|ed|ing))(?:[ \xa0]+(?!in\b)[\w'’-]+){0,6}"
    r"[ \xa0]+in[ \xa0]+(?:[\w'’-]+[ \xa0]+){0,4}?"
    r"(?:exercises?|drills|missions?|operations?|centres?|centers?|programmes?|initiatives?|task[ \xa0]+forces?)\b",
    ("join", "lateral", "together", "sid", "closer", "part"),
)
#: Documents made together: one of NATO's partnerships only where NATO, an Ally or a
#: NATO programme is named beside the partner (see :func:`find_partnership`).
_JOINT_DOCUMENT: Final = Gated(
    r"\b(?:joint|bilateral|trilateral)[ \xa0]+(?:[\w-]+,?[ \xa0]+){0,4}?(?:declarations?|statements?|reports?|documents?|memorand\w+)"
    r"|\b(?:agreements?|deals?|pacts?|memorand(?:um|a)|letters?[ \xa0]+of[ \xa0]+intent|accords?)[ \xa0]+(?:with|between)\b"
    r"|\b(?:the|a|an|this|that|these|its|their|our)[ \xa0]+(?:[\w-]+[ \xa0]+){0,3}?(?:agreements?|deals?|pacts?|accords?)\b"
    r"|\b(?:memorand(?:um|a)|letters?[ \xa0]+of[ \xa0]+intent|ITPPs?)\b",
    ("join", "lateral", "agreement", "deal", "pact", "memorand", "letter", "accord", "itpp"),
)
#: NATO and another as the joint subject of an act ("NATO and the European Union released
#: a report", "Japan and NATO sign a declaration", as headlines write it "South Korea, NATO
#: sign pact"): something made together.  A place before NATO is no subject ("In Tokyo,
#: NATO signed"), told after the first capital: a look-behind before it would be tried at
#: every word.
_JOINT_ACT: Final = re.compile(
    r"\b(?:(?:NATO|the[ \xa0]+Alliance|Allies)(?:[ \xa0]+and|,)[ \xa0]+(?:the[ \xa0]+)?[A-Z][\w.'’-]*(?:[ \xa0]+[A-Z][\w.'’-]*){0,3}"
    r"|[A-Z](?<!\b[Ii]n[ \xa0].)(?<!\b[Aa]t[ \xa0].)(?<!\b[Ff]rom[ \xa0].)[\w.'’-]*(?:[ \xa0]+[A-Z][\w.'’-]*){0,3}"
    r"(?:[ \xa0]+and|,)[ \xa0]+(?:NATO|the[ \xa0]+Alliance))"
    r"[ \xa0]+(?:(?:have|has|will|jointly|today)[ \xa0]+)*"
    r"(?:releas|issu|sign|adopt|publish|launch|conclud|endors|present|unveil|agree)\w*\b"
)
_NUC: Final = re.compile(r"N(?:ATO[- ]Ukraine[ \xa0]+Council|(?<!\wN)UC\b)")
#: Lead-ins of a list of cooperation areas ("in areas such as cyber, space and ...").
_AREAS: Final = compile_folded(
    r"\b(?:in[ \xa0]+(?:areas|fields|issues)[ \xa0]+(?:such[ \xa0]+as|including|like)|areas[ \xa0]+(?:such[ \xa0]+as|including|like)"
    r"|on[ \xa0]+issues[ \xa0]+such[ \xa0]+as|particularly[ \xa0]+(?:regarding|on|in)|especially[ \xa0]+(?:on|in)"
    # "on" after a verb of agreement names what is agreed ("agreed on a new programme")
    r"|(?<=\w)(?<!agree)(?<!agreed)(?<!agrees)(?<!decided)[ \xa0]+on(?=[ \xa0]+(?!the[ \xa0]+(?:eve|occasion)\b|(?:the[ \xa0]+)?(?:[\w'’-]+[ \xa0]+)?(?:sidelines|margins)\b"
    # a platform ("wrote on Telegram"), not a field
    r"|(?:Telegram|Twitter|X|Facebook|Instagram|YouTube|television|TV|radio|social[ \xa0]+media)\b|(?:"
    + "|".join((*WEEKDAY_NAMES, *MONTH_NAMES))
    + r"|\d))\w)|including(?:[ \xa0]+(?:on|in))?(?![ \xa0]+(?:through|with|via|by|a|an)\b)|such[ \xa0]+as|in[ \xa0]+the[ \xa0]+(?:areas?|fields?)[ \xa0]+of|focus(?:ing)?[ \xa0]+on"
    r"|cover(?:s|ing|ed)|spanning|(?P<field>(?:(?<=operation)|(?<=operate)|(?<=operate[ \xa0]closely))[ \xa0]+in(?![ \xa0]+(?:the(?![ \xa0]+(?:[\w-]+[ \xa0]+)?(?:industry|industries|sector|domain)\b)|a|an|this|that|its|their|our|order|areas?|fields?|issues"
    r"|response|support|light|line|view|addition|particular|recent|years?|place|times?)\b)))[ \xa0]+"
)
#: Cooperation named at the head of a list of its fields ("on closer cooperation in").
_COOPERATION_IN: Final = compile_folded(
    r"(?:[\w-]+[ \xa0]+)?co-?operation[ \xa0]+(?:in|on)[ \xa0]+|(?:issues|areas|fields|topics)[ \xa0]+(?:such[ \xa0]+as|including|like)[ \xa0]+"
)
#: An item of a list of fields that names none: a region ("the Pacific region") or only
#: small words ("a new", of "a new and expanded programme").
_NO_FIELD: Final = re.compile(
    r"(?:the[ \xa0]+)?(?:" + _REGION.pattern + r")(?:[ \xa0]+region)?"
    r"|(?i:(?:a|an|the|new|more|other|further|greater|closer|its|their|our)(?:[ \xa0]+|$))+"
    r"|(?i:(?:(?:closer|deeper|further|greater|practical|the|our|their|a|its)[ \xa0]+)?(?:co-?operation|partnerships?))"  # no field of its own
    r"|(?i:(?:[\w-]+[ \xa0]+){0,2}(?:areas|fields|domains|topics|sectors))"  # a count of fields: "ten areas"
    # a document worked on, not a field: "work with Ukraine on a plan to end the fighting"
    r"|(?i:(?:a|an|the|its|their|our)[ \xa0]+(?:[\w-]+[ \xa0]+)?(?:plans?|proposals?|deals?|frameworks?|roadmaps?"
    r"|agreements?|texts?|documents?|statements?|declarations?))"
)
#: An article or preposition that opens an item of a list of fields, no part of the field.
_AREA_OPENING: Final = re.compile(r"(?:(?:the|on|in)[ \xa0]+){1,2}(?=\w)")
_AREA_SPLIT: Final = re.compile(r",[ \xa0]*(?:and[ \xa0]+|or[ \xa0]+)?|[ \xa0]+(?:and|or)[ \xa0]+")
_AREA_END: Final = re.compile(
    r"[.;:!?()]|[ \xa0]+(?:to|with|which|that|in[ \xa0]+order)[ \xa0]"
    # the verb of the clause the areas are the subject's: "cooperation on mobility will be expanded"
    r"|[ \xa0]+(?:will|would|shall|must|should|could|can|may|is|are|was|were|has|have|had)[ \xa0]"
    r"|[ \xa0]+(?:on|in|at|last|next|this|since|by|until|from)[ \xa0]+(?:(?:next|last|this|early|late)[ \xa0]+)?(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday"
    r"|January|February|March|April|May|June|July|August|September|October|November|December|week|month|year|\d)"
    # a time told by an adverb: "later this year", "earlier in March", "soon"
    r"|[ \xa0]+(?:later|earlier|soon)\b"
    # a span of time: "for the next four years"
    r"|[ \xa0]+(?:for|over|in|during|within)[ \xa0]+the[ \xa0]+(?:next|coming|past|last)[ \xa0]"
    # the occasion: "on the sidelines of the meeting", "during a visit"
    r"|[ \xa0]+(?:(?:on|at)[ \xa0]+(?:the[ \xa0]+)?(?:[\w'’-]+[ \xa0]+)?(?:sidelines|margins)|during)\b"
    r"|,[ \xa0]+(?:[\w.'’-]+[ \xa0]+){1,8}?(?:" + _cues.REPORTING_VERBS + r")\b"
    # a clause of time or reason: ", as Seoul seeks ...", ", while ..."; of purpose: ", aiming to";
    # the frame: ", under a new partnership programme", ", at a meeting marking ..."
    r"|,[ \xa0]+(?:as|while|when|after|because|since|amid|aiming|seeking|hoping|under|following|despite|so)[ \xa0]"
    r"|,[ \xa0]+at[ \xa0]+(?:a|an|the|its|their)[ \xa0]|[ \xa0]+(?:while|whilst)[ \xa0]"
    # a second verb of the infinitive, its "to" left out: "agreed to expand cooperation in the
    # defence industry and share more intelligence"
    r"|,?[ \xa0]+and[ \xa0]+(?:share|hold|develop|boost|build|expand|strengthen|increase|conduct|improve|establish"
    r"|create|provide|launch|sign|step|explore|deepen|enhance|send|deploy|train|set)[ \xa0]"
    # a clause of its own: ", and Japan will take part in ..."
    r"|,[ \xa0]+(?:and|but)[ \xa0]+(?:[\w.'’-]+[ \xa0]+){1,3}(?:will|would|shall|has|have|had|is|are|was|were|plans|intends"
    r"|agreed|decided|said|signed|pledged|announced|promised|vowed|committed)\b"
    # a region: "maritime security in the South China Sea"
    r"|[ \xa0]+(?:in|across|throughout)[ \xa0]+(?:the[ \xa0]+)?" + _REGION.pattern
)


@attrs.frozen
class Places:
    """Where a brief names regions, the NATO-Ukraine Council and parties that could be
    partners, found once for the whole text, so that a sentence with none of them is
    passed over unread."""

    regions: Hits[None]
    councils: Hits[None]
    partners: list[int]  # where each mention that could name a partner starts, in order

    @classmethod
    def of(cls, text: str, mentions: Iterable[Mention], context: Context) -> Places:
        """Read the places of ``text``, which names ``mentions``."""
        verdicts: dict[str, bool] = {}  # by party code: a party is judged once

        def could_partner(m: Mention) -> bool:
            verdict = verdicts.get(m.party.code)
            if verdict is None:
                verdict = verdicts[m.party.code] = _could_partner(m, context)
            return verdict

        return cls(
            regions=Hits(text, functools.partial(_spans, _REGION, text)),
            councils=Hits(text, functools.partial(_spans, _NUC, text)),
            partners=sorted(m.start for m in mentions if could_partner(m)),
        )

    def named_in(self, s: int, e: int) -> bool:
        """Whether the sentence ``[s, e)`` names a region, the Council or a possible
        partner: whether it can state a partnership at all."""
        return bool(
            any_within(self.partners, s, e) or self.regions.within(s, e) or self.councils.within(s, e)
        )

    def touching(self, starts: Sequence[int], ends: Sequence[int]) -> set[int]:
        """The indices of the sentences ``[starts[i], ends[i])`` that a region, the
        Council or a possible partner touches.  Only these, and sentences cut inside a
        word (a match across the cut may hide one inside it), can state a partnership:
        :func:`find_partnership` finds none in any other."""
        return (
            self.regions.touching(starts, ends)
            | self.councils.touching(starts, ends)
            | overlapped(starts, ends, self.partners, (p + 1 for p in self.partners))
        )


def find_partnership(text: str, sentence: Sentence, context: Context, places: Places) -> Partnership | None:
    """Return the partnership ``sentence`` states, or None (``places``: the brief's)."""
    if not sentence.partnered:
        return None  # nobody to cooperate with: the cooperation patterns need not run
    s, e = sentence.start, sentence.end
    region = _first(places.regions.within(s, e))
    nuc = _first(places.councils.within(s, e))
    folded = sentence.folded
    worded = _cues.COOPERATION.search(folded, s, e)  # cooperation in so many words
    joint = (
        worded
        or _JOINT_WORK.search(folded, s, e)
        # a joint body's name ("NATO-Ukraine"), sought only where one can stand
        or (
            _JOINT_NAME.search(text, s, e)
            if folded.find("nato-", s, e) >= 0 or folded.find("-nato", s, e) >= 0
            else None
        )
    )
    document = None if joint else _JOINT_DOCUMENT.search(folded, s, e) or _JOINT_ACT.search(text, s, e)
    if nuc is None and joint is None and document is None:
        return None
    evidence = joint or document  # the words of cooperation
    if nuc is None and evidence is not None and _negated(sentence, evidence.start()):
        return None  # "Japan refused to sign a joint declaration", "will not deepen cooperation"
    areas, areas_span = _areas(text, folded, s, e, {m.start for m in sentence.mentions})
    partners: dict[str, Party] = {}
    candidates: dict[str, Party] = {}  # named only with their membership ("Ukraine's accession")
    if nuc is not None:
        partners["UKR"] = party("UKR")
    for m in sentence.mentions:
        if areas_span[0] <= m.start < areas_span[1]:
            continue  # "cooperation on support for Ukraine": a field, not a partner
        for p in _expand(m.party):
            if p.code == "NATO" or p.code in NON_PARTNERS:
                continue
            if p.kind is PartyKind.STATE and is_member(p.code, context.year):
                continue
            if p.code != "UKR" and not names_state(text, m):
                continue
            if _RECIPIENT_BEFORE.search(text, max(s, m.start - 14), m.start) or MEETING_AFTER.match(
                text, m.end
            ):
                continue  # "support Ukraine": aid, a commitment; "the G7 summit": a place
            if p.kind is PartyKind.ORGANIZATION and _cues.JOINED_AFTER.match(text, m.end):
                continue  # "Turkey's EU accession": the union joined, not a partner
            if _MEMBERSHIP_AFTER.match(text, m.end) or _PLACE_BEFORE.search(
                text, max(s, m.start - 12), m.start
            ):
                # "discussed Ukraine's accession and cooperation with Japan": its membership
                # is a topic, and "operations in Afghanistan" a place, unless no one else is
                # named to cooperate with
                candidates.setdefault(p.code, p)
                continue
            partners.setdefault(p.code, p)
    partners = partners or candidates
    if not partners and (region is None or worded is None):
        return None  # a joint act is made with a partner: "the summit's joint statement on the
        # Indo-Pacific" names a region, but no one it was made with
    if (
        document is not None
        and nuc is None
        and not any(_on_nato_side(m, context) for m in sentence.mentions)
        and not _NATO_PROGRAMME.search(text, s, e)
    ):
        return None  # "Japan signed a bilateral document with Ukraine": a document without NATO or an Ally
    start, end = strip_span(text, s, e)
    while end > start and text[end - 1] in ".!?":
        end -= 1
    return Partnership(
        text=text[start:end],
        span=Span(start=start, end=end),
        partners=tuple(partners.values()),
        region=text[region[0] : region[1]] if region else None,
        areas=areas,
    )


#: How far before the words of cooperation a negation of them may stand ("refused to sign a
#: joint declaration").
_NEGATION_REACH: Final = 24


def _negated(sentence: Sentence, at: int) -> bool:
    """Whether a negation stands shortly before the words of cooperation at ``at``, with no
    party named between: "Japan will not deepen cooperation", but not "neither Japan nor
    NATO considers the partnership a bloc", where the negation is of what the parties think."""
    negations = [n for n in negations_in(sentence) if at - _NEGATION_REACH <= n <= at]
    return bool(negations) and not any(negations[-1] <= m.start < at for m in sentence.mentions)


def _first(hits: list[tuple[int, int, None]]) -> tuple[int, int] | None:
    """Where the first of a sentence's ``hits`` stands, if it has any."""
    return hits[0][:2] if hits else None


def _spans(pattern: re.Pattern[str], text: str, lo: int, hi: int) -> Iterator[tuple[int, int, None]]:
    """Where ``pattern`` matches in ``text[lo:hi]``, as :class:`~natobrief._text.Hits` want them."""
    for m in pattern.finditer(text, lo, hi):
        yield m.start(), m.end(), None


#: A candidate's membership after its name ("Ukraine's accession", "Georgia's bid").
_MEMBERSHIP_AFTER: Final = re.compile(
    r"['’]s[ \xa0]+(?:[\w-]+[ \xa0]+)?(?:accession|membership|bid|application|path)\b"
)
#: A preposition of place right before a state ("operations in Afghanistan").
_PLACE_BEFORE: Final = re.compile(r"\b(?:in|inside|across|throughout)[ \xa0]+(?:the[ \xa0]+)?$")
_RECIPIENT_BEFORE: Final = re.compile(
    r"(?i)\b(?:support\w*|help\w*|assist\w*|aid\w*|for|to)[ \xa0]+(?:the[ \xa0]+)?$"
)


#: NATO's own partnership programmes, which name NATO's side by themselves.
_NATO_PROGRAMME: Final = re.compile(r"\bITPPs?\b|\bIndividually[ \xa0]+Tailored[ \xa0]+Partnership")


def _on_nato_side(mention: Mention, context: Context) -> bool:
    """Whether a mention names NATO or an Ally (at the time of the brief)."""
    p = mention.party
    return p.code == "NATO" or (p.kind is PartyKind.STATE and is_member(p.code, context.year))


def _could_partner(mention: Mention, context: Context) -> bool:
    """Whether a mention could name a partner: anything but NATO, an Ally or an adversary."""
    return any(
        p.code != "NATO"
        and p.code not in NON_PARTNERS
        and not (p.kind is PartyKind.STATE and is_member(p.code, context.year))
        for p in _expand(mention.party)
    )


def _expand(p: Party) -> tuple[Party, ...]:
    members = group_members(p.code)
    return members if members else (p,)


def _before_dangling(text: str, lo: int, hi: int) -> int:
    """Where a list in ``[lo, hi)`` that was cut short ends: before a conjunction left at
    its end ("on counter-terrorism and | to support ...")."""
    b = lo + len(text[lo:hi].rstrip(" \xa0"))
    for conjunction in ("and", "or"):
        at = b - len(conjunction)
        if at > lo and text.endswith(conjunction, at, b) and text[at - 1] in " \xa0,":
            return at
    return hi


def _areas(
    text: str, folded: str, s: int, e: int, party_starts: set[int]
) -> tuple[tuple[str, ...], tuple[int, int]]:
    """The fields of cooperation a sentence lists, and where the list stands.

    A lead-in before a party's name (which starts at one of ``party_starts``) lists partners,
    not fields ("partners such as Jordan and Morocco on counter-terrorism"): the fields
    are sought after it."""
    lead = _AREAS.search(folded, s, e)
    while lead is not None and lead.end() in party_starts:
        lead = _AREAS.search(folded, lead.end(), e)
    if lead is None or (lead.group("field") and not text[lead.end()].islower()):
        return (), (e, e)  # "cooperation in Asia": a place, not a field
    stop = _AREA_END.search(text, lead.end(), e)
    end = stop.start() if stop else e
    end = _before_dangling(text, lead.end(), end)
    areas = []
    pos = lead.end()
    named = _COOPERATION_IN.match(folded, pos, end)
    if named is not None:
        pos = named.end()  # "a declaration on cooperation in military mobility": the field follows
    for m in [*_AREA_SPLIT.finditer(text, pos, end), None]:
        a, b = strip_span(text, pos, m.start() if m else end)
        detail = _cues.ELABORATION.match(folded, a, b)  # "ten areas, including space"
        if detail is not None:
            a, b = strip_span(text, detail.end(), b)
        opening = _AREA_OPENING.match(folded, a, b)  # "the defence industry", "and on cyber"
        if opening is not None:
            a = opening.end()
        if a < b and b - a <= 80 and not _NO_FIELD.fullmatch(text, a, b):
            areas.append(text[a:b])
        if m is not None:
            pos = m.end()
    return tuple(areas), (lead.end(), end)
