"""Stage 3a: commitments — undertakings, their kind, status, actor and beneficiary.

A sentence is cut into stretches at clause and list boundaries.  A stretch that names
what is undertaken (a kind term from :data:`natobrief._cues.KIND_TERMS`) under a cue
of modality (:data:`natobrief._cues.STATUS_CUES`) is a commitment.  The cue nearest
before the undertaking decides the status (the innermost of stacked cues); a passive
cue after it ("... will be approved") counts when none stands before.
"""

from __future__ import annotations

import bisect
import functools
import itertools
import re
from collections.abc import Sequence
from typing import Final, NamedTuple

import attrs

from natobrief import _cues
from natobrief._amounts import amount_matches
from natobrief._lexicon import ADVERSARIES
from natobrief._lexmatch import Gated, PhraseTable, compile_folded, literal_alternation
from natobrief._model import Commitment, CommitmentKind, CommitmentStatus, Party, PartyKind, Quantity, Span
from natobrief._parties import (
    GIVING_VERBS,
    MEETING_AFTER,
    Form,
    Mention,
    group_members,
    is_member,
    names_state,
    party,
)
from natobrief._people import SPEECH_VERBS
from natobrief._text import Hits, any_within, strip_span

__all__ = ["Context", "Sentence", "Signals", "find_commitments", "list_frame", "negations_in"]

_KINDS: Final = PhraseTable(_cues.KIND_TERMS)
_STATUS: Final = PhraseTable(_cues.STATUS_CUES)
_RANK: Final = {kind: i for i, kind in enumerate(_cues.KIND_PRIORITY)}


def _first_kind(hits: Sequence[tuple[int, int, CommitmentKind]]) -> CommitmentKind:
    """The kind of ``hits`` (one at least) that ranks first in :data:`_cues.KIND_PRIORITY`."""
    if len(hits) == 1:
        return hits[0][2]
    return min((h[2] for h in hits), key=_RANK.__getitem__)


#: Where a sentence divides into clauses or list items.
_CLAUSE_BREAK: Final = re.compile(  # the branches open with one character each, for the engine's quick test
    r"[;:](?=\s)"
    # a dash; "and that", "and" before a new subject ("... and we have decided", "will send
    # frigates and France will provide ...": see _clause_breaks); "but also";
    # "but" before a verb phrase of its own ("will not send missiles but will deliver ...")
    r"|\s(?:[–—-]\s|\s*(?:and\s+(?:that\b|(?=(?:we|they|he|she)\s|(?P<subject>(?:the\s+)?[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*){0,3}"
    r"\s+(?:will|would|shall|has|have|had|plans|intends)\s)))|but\s+(?:also\b|(?=(?:will|would|shall|can|could|must|should|has|have|had|is|are|was|were|plans|intends|instead)\s))))"
    r"|,(?:\s+(?:and|but|while|whereas|adding|saying|as well as|whilst)\b"
    r"|(?P<relative>\s+(?:which|where)\b)"
    r"|\s+(?=(?:to|by)\s)"
    # where the main clause resumes after a relative clause ("Germany, which hosts troops,
    # will station a brigade"): a comma, then an auxiliary; a break only after a relative
    r"|(?P<resume>\s+(?=(?:will|would|shall|has|have|had|is|are|was|were|must|should|plans|intends)\s))"
    # a reporting tag ("..., officials said on Monday, as ..."): what follows it is no part
    # of the undertaking before it. Not a verb of speech that governs a clause ("...,
    # Germany confirmed it will ...", "he said that ...") or is set inside one ("NATO,
    # he said, will deploy ...")
    r"|(?=\s+(?:[\w.'’-]+\s+){1,8}?(?:" + _cues.REPORTING_VERBS + r")\b"
    r"(?![^,.;:!?]*\b(?:that|will|would|shall|must|should|can|could|is|are|was|were|has|have|had)\b)"
    r"(?!\s*,\s*(?:will|would|shall|must|should|is|are|was|were|has|have|had)\s)))"
)
#: An aid noun that a kind term modifies ("defence-industrial support").
_SUPPORT_AFTER: Final = re.compile(r"[ \xa0]+(?:support|assistance|aid|help)\b")
#: The complementizer "that", which opens a clause of its own.
_THAT: Final = re.compile(r"(?i)\bthat\b")
#: "that", or a verb of speech that reports a clause without it ("NATO said Italy would
#: ..."); not "told", whose object is who is told.
_REPORTED: Final = re.compile(
    r"\b"
    + literal_alternation(["that", *(v for v in _cues.REPORTING_VERBS.split("|") if v != "told")])
    + r"\b"
)  # searched in the folded text
#: A gerund, after spaces if any: "-ing" words that are nouns ("including housing") are none.
_GERUND: Final = re.compile(
    r"[ \xa0]*(?!(?:hous|cloth|lodg|spend|shipbuild|engineer|cater|fenc|heat|light|park|peacekeep|demin|polic)ing\b)[a-z]+ing\b"
)
#: Where list items divide, between stretches of different kinds.
_ITEM_BREAK: Final = re.compile(r",\s+(?:and\s+|or\s+)?|\s+(?:and|or|as well as)\s+")
#: A capitalised word right before a break, and capitalised words after it up to a body's
#: noun: the break lies inside a name ("the Joint Analysis, Training and Education Centre").
_CAPITAL_BEFORE: Final = re.compile(r"\b[A-Z][\w'’-]*$")
_NAME_GOES_ON: Final = re.compile(
    r"(?:[A-Z][\w'’-]*[ \xa0]+){0,3}(?:Centre|Center|Council|Command|Fund|Initiative|Agency|Programme|Program"
    r"|Group|Force|Office|Institute|Headquarters|Mission|Coalition)\b"
)


def _inside_name(text: str, at: re.Match[str]) -> bool:
    """Whether the item break ``at`` lies inside the name of a body (see ``_NAME_GOES_ON``)."""
    return (
        text[at.end() : at.end() + 1].isupper()  # most breaks go on in lower case: no call for them
        and _NAME_GOES_ON.match(text, at.end()) is not None
        and _CAPITAL_BEFORE.search(text, max(0, at.start() - 30), at.start()) is not None
    )


#: Words that lead into an undertaking without being part of it ("and", "adding"), matched
#: where the undertaking's stretch starts ("That's" is no such "that").
_LEADING_WORDS: Final = re.compile(
    r"(?i)(?:and|but|or|also|then|so|while|whilst|adding|saying|that)\b(?!['’])[\s,:]*"
)
#: Verbs whose object a party is ("welcomed Finland as the newest member", "met Kuwaiti officials").
_OBJECT_VERBS: Final = frozenset(
    {
        "welcome", "welcomed", "welcomes", "invite", "invited", "invites", "support", "supported",
        "supports", "thanked", "thank", "praised", "met", "meets", "visited", "congratulated", "joined",
        "join", "joins", "told", "asked", "urged", "help", "helped", "helps", "defend", "defending",
        "borders", "bordering", "neighbours", "neighbors",  # "The country, which borders Ukraine, ..."
    }
)  # fmt: skip
#: Words before a party that make it something other than the subject: prepositions and
#: verbs whose object it is.
_NOT_SUBJECT_BEFORE: Final = _OBJECT_VERBS | frozenset(
    {
        "of", "to", "for", "with", "from", "against", "in", "into", "on", "at", "between", "among",
        "than", "about", "toward", "towards", "over", "under", "across", "within", "without", "via",
        "including", "like", "as", "by", "since", "after", "before", "during", "despite",
    }
)  # fmt: skip
#: A government, its head or its officials before "of" or "from" and a state's name:
#: the state acts ("The Government of Canada announced ...", "the Prime
#: Minister of Japan said", "the air force chiefs of Denmark and Norway signed ...",
#: "ministers from Finland and Sweden agreed ...").
_PEOPLE_OF: Final = re.compile(
    r"(?i)\b(?:governments?|parliaments?|ministry|ministries|cabinets?|presidents?|prime[ \xa0]+ministers?"
    r"|chancellors?|leaders?|ministers?|chiefs?|heads?|commanders?|officials?|representatives?|delegations?"
    r"|envoys?|ambassadors?)[ \xa0]+(?:of|from)[ \xa0]+(?:the[ \xa0]+)?$"
)
#: Words that open a clause set before the main one: the party after them is that clause's
#: subject ("If Russia attacks, NATO will ..."), the main clause's only where it names none
#: ("When Sweden joins, it will ...").
_SUBORDINATORS: Final = frozenset(
    ["if", "unless", "once", "when", "whenever", "although", "though", "because", "whereas"]
)
#: Numbers in words that count parties named before ("the two countries", "the four leaders").
_FEW_NUMBERS: Final = ("two", "three", "four", "five", "six", "seven", "eight", "nine", "ten")
#: Words that count a few parties named before ("the two leaders", "both leaders").
_FEW: Final = frozenset([*_FEW_NUMBERS, "both"])
#: What parties named again by their number are ("the two countries", "both sides").
_NAMED_AGAIN: Final = "countries|nations|states|governments|sides|organi[sz]ations|leaders"
_NOT_BENEFICIARY_BEFORE: Final = frozenset(
    ["from", "against", "by", "at", "than", "alongside", "borders", "bordering"]  # "which borders Ukraine"
)
#: Words before what a strategy or talks are about ("a new strategy on China", "a policy
#: towards China"): no beneficiary, unless what is named is the party's own ("spend more on
#: Ukraine's air defence", "attacks on Ukrainian ports").
_TOPIC_BEFORE: Final = frozenset(["on", "about", "regarding", "concerning", "toward", "towards"])
#: A record or study of something, right before what it is about ("estimates of defence
#: expenditure", "a report on air defence"), or a name given to it ("calling the purchase
#: the largest ..."): made, it undertakes nothing of its subject.
_ABOUT_IT: Final = compile_folded(
    r"\b(?:(?:estimates?|figures|data|statistics|numbers|reports?|stud(?:y|ies)|surveys?|analys[ie]s|assessments?)"
    r"[ \xa0]+(?:of|on|about)[ \xa0]+(?:[\w'’-]+[ \xa0]+){0,3}"
    r"|(?:calling|called|describing|described|dubbing|dubbed|terming|termed)[ \xa0]+(?:the|this|that|its|their)[ \xa0]+"
    r"(?:[\w'’-]+[ \xa0]+){0,2})$"
)
#: A border shared with a party, named right before it ("near the border with Serbia").
_BORDER_WITH: Final = re.compile(r"(?i)\b(?:borders?|frontiers?)[ \xa0]+with[ \xa0]+(?:the[ \xa0]+)?$")
#: Words after which a cue that can be a noun is one ("a new plan to ...").
_DETERMINERS: Final = frozenset(
    ["a", "an", "the", "this", "that", "these", "those", "its", "their", "our", "new", "first", "second"]
)
#: Words before a noun-or-verb cue that make it the noun: determiners, and nouns that name
#: the kind of plan ("endorsed a new action plan to boost production").
_DETERMINERS_AND_MODIFIERS: Final = _DETERMINERS | frozenset(
    ["action", "national", "regional", "implementation", "investment", "production", "peace", "recovery"]
)
#: A fragment that continues the previous sentence's undertaking ("Second, a pledge.").
_CONTINUATION: Final = re.compile(
    r"(?i)(?:first|second|third|fourth|fifth|finally|lastly|also|and|plus|with|to|by|including)\b"
)
_WE: Final = compile_folded(r"\b(?:we|our|us)\b")
_THEY: Final = re.compile(
    r"\b(?:[Tt]hey|[Tt]heir|[Tt]hem|[Ii]t"
    # a state named again by what it is ("The country will also send ...")
    r"|[Tt]he[ \xa0]+(?:[A-Z][\w-]*[ \xa0]+)?(?:country|nation|government)"
    # states named again by their number in words ("The four countries will jointly procure
    # ..."); in digits ("the 32 nations") they are NATO's side (_cues.NATO_PROXIES)
    rf"|[Tt]he[ \xa0]+(?:{'|'.join(_FEW_NUMBERS)})[ \xa0]+(?:{_NAMED_AGAIN})"
    rf"|[Bb]oth[ \xa0]+(?:{_NAMED_AGAIN}))\b"
)
_RECEIPT: Final = Gated(
    r"\b(?:receiv\w+|benefit\w*|gets?|got|obtain\w*|be[ \xa0]+granted|welcomed[ \xa0]+as"
    # a passive of giving: "Georgia and Moldova were offered new packages"
    r"|(?:was|were|been|be)[ \xa0]+(?:offered|given|granted|promised)"
    # asking for something for oneself: "Ukraine has asked for seven more Patriot systems"
    r"|ask(?:s|ed|ing)?[ \xa0]+for)\b",
    (
        "receiv",
        "benefit",
        "get",
        "got",
        "obtain",
        "granted",
        "welcomed",
        "offered",
        "given",
        "promised",
        "ask",
    ),
)
#: Cooperation with someone ("work with AP4 partners", "cooperation between NATO and
#: the EU"), not of a kind ("defence-industrial cooperation").
_COOPERATION_WITH: Final = Gated(
    r"\b(?:co-?operat\w*|partner\w*|join[ \xa0]+forces)\b[^.;,]{0,30}?\b(?:with|between|among)\b"
    # the partners as the subject: "NATO and Korea will cooperate on cyber defence"
    r"|\bco-?operat(?:e|es|ed|ing)[ \xa0]+(?:\w+ly[ \xa0]+)?(?:on|in)\b"
    r"|\b" + _cues.WORKING_WITH + r"\b"
    # a dialogue opened or held: "launched a structured dialogue on defence production"
    r"|\b(?:launch\w*|open\w*|start\w*|establish\w*|hold|holds|holding|held)[ \xa0]+(?:(?:a|an|the|their|its)[ \xa0]+)?"
    r"(?:[\w-]+[ \xa0]+){0,2}?dialogue\b",
    ("operat", "partner", "join", "work", "dialogue"),
)
#: Kinds whose recipient may be named after the stretch, later in the sentence.
_FOR_SOMEONE: Final = frozenset(
    {CommitmentKind.INSTITUTIONAL, CommitmentKind.MILITARY_AID, CommitmentKind.FINANCIAL}
)
#: Kinds that a statement of cooperation can still undertake (a signed programme).
_NOT_COOPERATION: Final = frozenset(
    {
        CommitmentKind.SECURITY_AGREEMENT,
        CommitmentKind.INSTITUTIONAL,
        CommitmentKind.FINANCIAL,
        CommitmentKind.MEMBERSHIP,
    }
)
_PURPOSE: Final = compile_folded(
    r"(?:in[ \xa0]+order[ \xa0]+)?to[ \xa0]+(?:ensure|help|support|allow|enable|make|keep|protect)\b|in[ \xa0]+support[ \xa0]+of\b|so[ \xa0]+that\b"
)
_RELATIVE: Final = compile_folded(r"\b(?:which|who|whom|whose)[ \xa0]*$")
#: "That" or "which" right before a "will" of effect: the clause describes what precedes it
#: ("a step that will make it easier"). Unlike :data:`_RELATIVE`, "that" counts, since a
#: verb of effect follows; no person does.
_RELATIVE_BEFORE: Final = re.compile(r"\b(?:that|which)[ \xa0]+$")
#: A passive infinitive that describes what stands before it ("a command, to be headquartered in Norway").
_TO_BE_DONE: Final = compile_folded(r"to[ \xa0]+be[ \xa0]+[a-z]+ed\b")
#: Words of an indirect question ("what kind of troops would be involved"); not the "why"
#: of a reason given ("That is why Allies have agreed ...").
_QUESTION: Final = Gated(
    r"\b(?:whether|how|what|(?<!is[ \xa0])(?<!['’]s[ \xa0])why|wonder\w*)\b",
    ("whether", "how", "what", "why", "wonder"),
)
_VENUE_BEFORE: Final = re.compile(
    r"(?i)\b(?:meeting|session|sidelines|margins)[ \xa0]+of[ \xa0]+(?:the[ \xa0]+)?(?:[\w-]+[ \xa0]+){0,2}$"
)


#: Whose command a force is placed under ("a brigade under NATO command", "under the
#: command"), not a command set up ("under a new command").
_UNDER_COMMAND: Final = re.compile(r"\bunder[ \xa0]+(?:(?:the|its|their|[A-Z][\w-]*)[ \xa0]+){0,2}$")


def _is_venue(text: str, hit: tuple[int, int, CommitmentKind]) -> bool:
    """Whether a body is where something happens, not what is set up ("a meeting of the
    Council"), or a command forces are placed under ("a brigade under NATO command")."""
    return bool(
        _VENUE_BEFORE.search(text, max(0, hit[0] - 40), hit[0])
        or MEETING_AFTER.match(text, hit[1])
        or (
            text[hit[0] : hit[0] + 7].lower() == "command"
            and _UNDER_COMMAND.search(text, max(0, hit[0] - 30), hit[0])
        )
    )


_PERSON: Final = re.compile(r"\b(?:[Hh]e|[Ss]he|I)\b")
_POSSESSIVE_AFTER: Final = re.compile(r"['’]s?\s")
#: A noun of undertaking after a party's possessive, with a word between at most
#: ("Germany's new pledge", "Japan's contribution"): the party undertakes it.  A decision
#: or plan (group ``decision``: "welcomed Slovenia's decision to raise ...") is the owner's
#: only where no verb cue before it has a subject of its own.
_OWN_UNDERTAKING: Final = re.compile(
    r"['’]s?[ \xa0]+(?:[\w-]+[ \xa0]+)?"
    r"(?:pledges?|commitments?|contributions?|donations?|offers?|packages?|(?P<decision>decisions?|plans?|proposals?|promises?))\b"
)
#: Verbs of urging someone to act ("urged", "calls on", "called for"), lower-case.
_URGE: Final = r"call(?:s|ed|ing)?[ \xa0]+(?:for|on)|urg\w+|ask(?:s|ed|ing)?"
#: An urging verb right before a party, which makes the party its object, not an object
#: of a preposition: "called for (the) United States to ...".
_CALL_FOR: Final = compile_folded(rf"\b(?:{_URGE})[ \xa0]+(?:the[ \xa0]+)?$")
#: A status cue that urges or expects someone to act, read in the folded text: who is
#: urged, expected or wanted to act undertakes ("Poland urged Allies to ...", "analysts expect
#: Germany to ...", "Turkey wants Allies to ...").
_URGING: Final = re.compile(
    rf"{_URGE}|expect(?:s|ed)?|(?:want|ask)(?:s|ed)?[ \xa0]+(?:\w+[ \xa0]+){{1,3}}?to|asked[ \xa0]+(?:\w+[ \xa0]+){{1,2}}?for"
)
#: A target after a possessive ("NATO's 2% target", "the alliance's spending goal").
_TARGET_AFTER: Final = re.compile(
    r"['’]s[ \xa0]+(?:[\w.%-]+[ \xa0]+){0,2}?(?:target|goal|benchmark|guideline|threshold|minimum)s?\b"
)
#: An infinitive right after a verb ("expects to reach").
_TO_AFTER: Final = re.compile(r"[ \xa0]+to[ \xa0]")
#: "of" or "by" after a noun of undertaking, before whose it is ("the pledge of the Allies",
#: "the decision by Germany").
_OF_AFTER: Final = re.compile(r"[ \xa0]+(?:of|by|from)[ \xa0]+(?:(?:the|all)[ \xa0]+)?(?:\d+[ \xa0]+)?")
_PREP_BY: Final = compile_folded(r"\bby[ \xa0]+$")
#: A participle with its agent, which names who leads a thing, not who undertakes ("hosts
#: a NATO battlegroup led by France").
_LED_BY: Final = compile_folded(r"\b(?:led|headed|commanded|chaired)[ \xa0]+by[ \xa0]+$")
#: "led by" set off by a comma after its noun ("The coalition, led by Latvia, ..."): who
#: leads the subject, not an object ("hosts a battlegroup led by France").
_LED_BY_SET_OFF: Final = compile_folded(r",[ \xa0]*(?:led|headed|commanded|chaired)[ \xa0]+by[ \xa0]+$")
#: A passive's auxiliary right before a verb cue ("was ratified", "has been signed").
_PASSIVE_BEFORE: Final = compile_folded(r"\b(?:was|were|is|are|been|be|being)[ \xa0]+$")
_COOPERATION_INTENT: Final = Gated(
    r"\b(?:(?:deepen|strengthen|enhance|expand|boost|further|improve|affirm|intensif|broaden|bolster|reinforc"
    r"|step(?:s|ped|ping)?[ \xa0]+up)\w*[ \xa0]+(?:[\w-]+[ \xa0]+){0,3}?"
    r"|(?:closer|deeper|stronger|greater|enhanced|expanded|increased)[ \xa0]+)"
    r"(?:co-?operation|ties|relations(?:hips?)?|partnerships?|dialogue)\b",
    ("operation", "ties", "relation", "partnership", "dialogue"),
)


@attrs.frozen
class Sentence:
    """One sentence, with the parties and amounts already found in it."""

    start: int
    end: int
    mentions: Sequence[Mention]
    quantities: Sequence[Quantity]
    #: the whole brief passed through :func:`natobrief._lexmatch.fold`, for the cue patterns
    folded: str
    frame: CommitmentStatus | None = None
    #: whether a possible partner, a region or the NATO-Ukraine Council is named in it, so
    #: that it can state a partnership (:meth:`natobrief._partnerships.Places.named_in`);
    #: True where that is not known, so that the sentence is read as if one were
    partnered: bool = True
    #: who undertakes what the sentence's ``frame`` frames, if the frame names them: the
    #: subject of a line that introduces a list ("Allies agreed the following:")
    frame_actor: Party | None = None
    #: the word before each mention asked about, by its start (see :meth:`word_before`)
    _before: dict[int, str] = attrs.field(factory=dict, init=False, eq=False, repr=False)

    def word_before(self, text: str, start: int) -> str:
        """:func:`_word_before` ``start`` in ``text``, within the sentence ("Ministers
        met. Germany will ...": nothing stands before "Germany"), remembered: the rules
        ask it of the same mentions again and again, for the subject of each cue and each
        beneficiary."""
        word = self._before.get(start)
        if word is None:
            word = self._before[start] = _word_before(text, start, self.start)
        return word


@attrs.define
class Context:
    """What carries over from sentence to sentence within a brief."""

    year: int | None
    #: the brief's signals, whole-text hits that sentences take their own from
    signals: Signals
    last_actor: Party | None = None
    last_status: CommitmentStatus | None = None
    #: the partner that received the last military aid: who receives arms given next with
    #: no recipient named ("Norway delivered jets to Ukraine. Denmark pledged 19 jets.")
    last_recipient: Party | None = None


@attrs.frozen
class Signals:
    """Where a brief's kind terms, amounts and status cues stand, each found in one pass
    over the whole text: each sentence takes its own from them, and a sentence with
    none is passed over unread."""

    kinds: Hits[CommitmentKind]
    amounts: Hits[re.Match[str]]
    cues: Hits[CommitmentStatus]

    @classmethod
    def of(cls, text: str, folded: str) -> Signals:
        """Read the signals of ``text`` (and of ``folded``, its :func:`~natobrief._lexmatch.fold`)."""
        return cls(
            kinds=Hits(text, functools.partial(_KINDS.finditer, folded)),
            amounts=Hits(
                text, lambda lo, hi: ((m.start(), m.end(), m) for m in amount_matches(text, folded, lo, hi))
            ),
            cues=Hits(text, functools.partial(_STATUS.finditer, folded)),
        )

    def marks(self, starts: Sequence[int], ends: Sequence[int]) -> Marks:
        """Which of the sentences ``[starts[i], ends[i])`` the signals touch, by index."""
        return Marks(
            undertaken=self.kinds.touching(starts, ends) | self.amounts.touching(starts, ends),
            cued=self.cues.touching(starts, ends),
        )


@attrs.frozen
class Marks:
    """Which sentences of a brief the signals touch, by index: all found at once, so
    that each sentence's test is a look-up."""

    undertaken: set[int]  # a kind term or an amount touches it
    cued: set[int]  # a status cue touches it

    def may_commit(
        self, text: str, i: int, s: int, e: int, frame: CommitmentStatus | None, context: Context
    ) -> bool:
        """Whether sentence ``i``, ``[s, e)``, can state a commitment, as far as the signals tell.

        False only where :func:`find_commitments` would find none: nothing undertaken
        (no kind term, no amount), or nothing that marks an undertaking (no status cue,
        no frame, no continuation of the last one).  The caller reads a sentence cut
        inside a word whatever this says: a match across the cut may hide one inside it.
        """
        if i not in self.undertaken:
            return False
        return (
            i in self.cued
            or frame is not None
            or (context.last_status is not None and _CONTINUATION.match(text, s, e) is not None)
        )


@attrs.frozen
class _Verbs:
    """Where a sentence's verb cues (not nouns) stand among its cues, by index: all of
    them, and those of agreement."""

    all: list[int]
    agreeing: list[int]

    @classmethod
    def of(cls, cues: list[_Cue]) -> _Verbs:
        verbs = [i for i, c in enumerate(cues) if not c.nominal]
        return cls(verbs, [i for i in verbs if cues[i].status is CommitmentStatus.AGREED])


class _Cue(NamedTuple):
    """A status cue in a sentence; ``nominal`` if it is a noun ("the pledge")."""

    start: int
    end: int
    status: CommitmentStatus
    nominal: bool


#: "No" before a noun cue, which denies it ("made no decision", "no firm commitment").
_NO_BEFORE: Final = compile_folded(r"\bno[ \xa0]+(?:(?:final|formal|firm|new|clear|concrete)[ \xa0]+)?$")
#: "need" as a verb, before the infinitive it governs.
_NEED_TO: Final = re.compile(r"(?i)needs?[ \xa0]+to\b")


def _sentence_cues(
    text: str,
    sentence: Sentence,
    context: Context,
    kinds: Sequence[tuple[int, int, CommitmentKind]] = (),
    kind_starts: Sequence[int] = (),
) -> list[_Cue]:
    """The status cues of ``sentence``, but for nouns that name one of its ``kinds``
    (which start at ``kind_starts``)."""
    cues = []
    for start, end, status in context.signals.cues.within(sentence.start, sentence.end):
        if start > sentence.start and text.startswith("May", start, end) and end - start == 3:
            continue  # "arrived in May": the month, not the modal
        if text.endswith("ed", start, end) and text.endswith(_EARLIER, sentence.start, start):
            continue  # "the systems previously deployed in Ukraine": a participle after its noun
        nominal = (
            (
                _cues.NOMINAL_CUES.fullmatch(text, start, end) is not None
                and not _NEED_TO.match(text, start)  # "will need to spend": a verb
            )
            or (
                _cues.NOUN_OR_VERB.match(text, start, end) is not None
                # "the plan", "Kyiv's request": a noun after a determiner or a possessive
                and (
                    (word := _previous_word(text, start)[0]) in _DETERMINERS_AND_MODIFIERS
                    or word.endswith(("'s", "’s"))
                )
            )
            # a participle before its noun ("all 24 promised jets"): the verb before it decides
            or (text.endswith("ed", start, end) and _is_adjective(text, start))
        )
        before = bisect.bisect_left(kind_starts, end)
        if nominal and before and kinds[before - 1][1] > start:
            continue  # "security agreements": the undertaking's name, not its cue
        cues.append(_Cue(start, end, status, nominal))
    return cues


def list_frame(
    text: str, sentence: Sentence, context: Context
) -> tuple[CommitmentStatus, Party | None] | None:
    """What a line that introduces a list gives the items under it ("Allies agreed
    the following:", "Canada will:"): the status its last verb cue would give an
    undertaking after it, and the party that undertakes (the cue's subject); None if
    the line has no verb cue, or denies one ("Allies could not agree on:")."""
    s, e = sentence.start, sentence.end
    cues = _sentence_cues(text, sentence, context)
    verbs = _Verbs.of(cues)
    if not verbs.all or _cues.NEGATION.search(sentence.folded, s, e):
        return None
    last = verbs.all[-1]
    governed = frozenset(m.end() for m in _cues.MODAL.finditer(sentence.folded, s, e))
    status = _status_of(text, cues, verbs, last, governed)
    breaks, _resumed = _clause_breaks(text, s, e)
    return status, _actor(text, sentence, cues, last, s, context, [b for _, b in breaks], e)


def negations_in(sentence: Sentence) -> list[int]:
    """Where the negations of ``sentence`` stand, in order: a negation where its match
    starts ("will not send"), doubt where it ends, right before what is doubted."""
    return [
        m.end() if m.lastgroup == "doubt" else m.start()
        for m in _cues.NEGATION.finditer(sentence.folded, sentence.start, sentence.end)
    ]


def find_commitments(text: str, sentence: Sentence, context: Context) -> list[Commitment]:
    """Return the commitments stated in ``sentence``, in text order."""
    s, e, folded = sentence.start, sentence.end, sentence.folded
    # "such as", "including": (start, end, whether a gerund follows: "including creating ...")
    elaborations = [
        (m.start(), m.end(), _GERUND.match(text, m.end()) is not None)
        for m in _cues.ELABORATION.finditer(folded, s, e)
    ]
    kinds = _kind_hits(text, sentence, context, elaborations)
    if not kinds or text[e - 1] == "?":
        return []  # nothing undertaken, or a question ("Will NATO send troops?")
    kind_starts = [h[0] for h in kinds]  # kinds are in text order, and so are their ends
    cues = _sentence_cues(text, sentence, context, kinds, kind_starts)
    if (
        not cues
        and sentence.frame is None
        and (context.last_status is None or not _CONTINUATION.match(text, s, e))
    ):
        return []  # nothing marks an undertaking here
    if _cues.PRIORITY.search(folded, s, e):
        return []
    verbs = _Verbs.of(cues)
    governed = frozenset(m.end() for m in _cues.MODAL.finditer(folded, s, e))
    negations = negations_in(sentence)
    actors: dict[tuple[int | None, int], Party | None] = {}  # by cue and clause start
    coordinated: dict[tuple[str | None, int], tuple[int, int]] = {}  # by actor's code and clause start
    frame = _cues.DECISION_FRAME.search(folded, s, e)
    # a body counts only where the sentence creates one; sought only if it names a body
    creation = (
        any(h[2] is CommitmentKind.INSTITUTIONAL for h in kinds)
        and _cues.CREATION.search(folded, s, e) is not None
    )
    breaks, resumed = _clause_breaks(text, s, e)
    break_ends = [b for _, b in breaks]
    # cooperation with a partner or in a region is a partnership, not a commitment; with
    # neither named ("strengthen transatlantic defence-industrial cooperation") it is none
    cooperation = (
        _COOPERATION_INTENT.search(folded, s, e) or _COOPERATION_WITH.search(folded, s, e)
        if sentence.partnered
        else None
    )
    questions = [m.start() for m in _QUESTION.finditer(folded, s, e)]
    receipt = _RECEIPT.search(folded, s, e)
    formula = _ATTACK_ON_ALL.search(folded, s, e)
    agenda = _AGENDA.search(folded, s, e)
    # whether a capability or purpose can be described here: tested once, not per stretch
    describing = any(folded.find(word, s, e) >= 0 for word in _DESCRIBING_WORDS)
    out = []
    verb_starts = [cues[i].start for i in verbs.all]
    for a, b in _stretches(text, s, e, kinds, kind_starts, breaks, elaborations, verb_starts):
        hits = [
            h
            for h in kinds[bisect.bisect_left(kind_starts, a) : bisect.bisect_left(kind_starts, b)]
            if h[2] is not CommitmentKind.INSTITUTIONAL or (creation and not _is_venue(text, h))
        ]
        if not hits:
            continue
        tag = _REPORTING_TAG.match(text, a, b) if text.find(",", max(0, a - 2), a + 2) >= 0 else None
        if tag is not None and hits[-1][1] <= tag.end():
            continue  # ", the brigade commander said": who speaks, named with a kind's word
        after_tag = _APPOSITION_AFTER_TAG.match(text, tag.end(), b) if tag is not None else None
        if after_tag is not None:
            if not any(after_tag.start() <= c.start < b for c in cues):
                continue  # "..., the ministry said on Friday, its largest weapons purchase": what
                # the undertaking before the tag is, named again without a verb
            if after_tag.end() <= hits[0][0]:
                a = after_tag.end() - 1  # "..., the ministry said, as the nation prepares to host a
                # brigade": the undertaking after the tag, without the tag
        chosen = _cue_for(cues, verbs, hits[0][0], b, e)  # hits are in text order
        if (
            chosen is not None
            and chosen + 1 < len(cues)
            and cues[chosen].end <= hits[0][0]
            and hits[0][1] < cues[chosen + 1].start <= hits[0][1] + 2
            and _THAT_BETWEEN.match(text[cues[chosen].end : hits[0][0]])
        ):
            # "confirmed that British troops could be deployed": the undertaking opens its own
            # clause as the subject of the cue right after it, which governs it
            chosen += 1
        elif (
            chosen is not None
            and chosen + 1 < len(cues)
            and not cues[chosen + 1].nominal
            and hits[0][1] <= cues[chosen + 1].start < b
            and _clause_start(text, s, hits[0][0], break_ends) > cues[chosen].end
            and _clause_start(text, s, cues[chosen + 1].start, break_ends) <= hits[0][0]
            and _SUBJECT_TO_VERB.fullmatch(text, hits[0][1], cues[chosen + 1].start)
        ):
            # "agreed to share intelligence, and its forces will join an exercise": the
            # undertaking is the subject of a clause of its own, whose verb governs it
            chosen += 1
        subject_kinds: set[CommitmentKind] = set()
        named = hits  # with the subject's terms ("the defence budget will rise to 8.7 trillion yen")
        if chosen is not None and any(h[0] > cues[chosen].start for h in hits):
            # the undertaking is what the cue governs, not its subject ("The agreement provides
            # support"); a term inside the cue is its verb, governed by its auxiliary ("is buying
            # tanks"); but an amount as the subject is what is undertaken ("1.5% will be spent on
            # ..."), and so is a term that runs from the cue over its object ("negotiating a new
            # partnership")
            cue = cues[chosen]
            subject_kinds = {h[2] for h in hits if h[0] <= cue.start}
            hits = [
                h
                for h in hits
                if h[0] > cue.start or (h[0] == cue.start and h[1] > cue.end) or _is_amount(text, h)
            ]
        kind = _first_kind(hits)
        if kind is CommitmentKind.FINANCIAL and _national_budget(text, named):
            # "a defence budget of 9.1 trillion yen": a national budget, not money pledged
            kind = CommitmentKind.DEFENCE_SPENDING
        priced = kind is CommitmentKind.FINANCIAL and _price_of_purchase(text, folded, hits)
        if priced:
            # "buy an air defence system for about 316 million euros": what is bought, at a price
            kind = CommitmentKind.DEFENCE_INDUSTRY
        if (
            kind is not CommitmentKind.INSTITUTIONAL
            and kind not in _AMOUNT_KINDS
            and (hits[0][2] is CommitmentKind.INSTITUTIONAL or _body_of_field(text, hits))
            and not any(_is_amount(text, h) for h in hits)
        ):
            kind = CommitmentKind.INSTITUTIONAL  # a body created, named before its field ("a task
            # force on counter-drone defence") or after it ("a new air defence command"); hits of
            # bodies are only kept where one is created
        if kind is CommitmentKind.DETERRENCE and CommitmentKind.AIR_MISSILE_DEFENCE in subject_kinds:
            # "the Patriot system will be deployed": air defence operated
            kind = CommitmentKind.AIR_MISSILE_DEFENCE
        first = hits[0][0]
        if chosen is None:
            inherited = sentence.frame or (context.last_status if _CONTINUATION.match(text, s, e) else None)
            if inherited is None:
                continue
            cue_start, status = first, inherited
        elif sentence.frame is not None and (
            (cues[chosen].nominal and not (verbs.all and verbs.all[0] < chosen))
            or cues[chosen].start == s
            or (
                chosen == 0
                and cues[0].status in (CommitmentStatus.AGREED, CommitmentStatus.ACHIEVED)
                and _TO_BEFORE.search(text, max(s, cues[0].start - 4), cues[0].start)
            )
        ):
            # a noun cue with no verb before it in a framed item ("- the launch of a task
            # force" under "Key decisions:"), a verb that opens the item, the frame's
            # own verb left out ("- launch a review"), or the first cue an infinitive of
            # decision or deed that no cue governs (the headline's "Japan, NATO to step up
            # ..."; not "Ministers to discuss aid", whose talks are proposed): the frame decides
            cue_start, status = cues[chosen].start, sentence.frame
        else:
            cue_start, status = cues[chosen].start, _status_of(text, cues, verbs, chosen, governed)
        cue_clause = _clause_start(text, s, cue_start, break_ends)  # where the cue's clause begins
        if any_within(negations, min(cue_start, first) - 12, max(cue_start, first) + 1):
            continue
        if (
            chosen is not None
            and cues[chosen].nominal
            and _NO_BEFORE.search(folded, max(s, cue_start - 16), cue_start)
        ):
            continue  # "discussed Ukraine's bid but made no decision", "there was no agreement on ...": none
        if chosen is not None and _negated_object(text, negations, cues, chosen, cue_clause):
            continue  # "would not take part in a NATO plan to buy weapons": the plan is refused
        clause = _clause_start(text, s, a, break_ends)
        if (
            cooperation is not None
            and cooperation.start() < first
            and kind not in _NOT_COOPERATION
            and not cooperation.start() <= first < cooperation.end()
            and not (
                cooperation.start() < clause
                and chosen is not None
                and cues[chosen].start >= clause
                and not _RELATIVE.search(folded, max(0, clause - 12), clause)
            )
        ):
            continue  # "to deepen cooperation, particularly on cyber": a partnership; but
            # "to expand defence industrial cooperation" undertakes cooperation of a kind, and
            # so does a clause of its own after it (", and Japan will join the exercise"),
            # unless it describes the cooperation (", which will cover cyber")
        if (cues[chosen].end <= a if chosen is not None else a > s) and (
            _PURPOSE.match(folded, a)
            or _RELATIVE.search(folded, max(0, a - 12), a)
            or _TO_BE_DONE.match(folded, a)
        ):
            continue  # "..., to ensure our collective defence", "..., which includes ...", "a
            # command, to be headquartered in Norway": the purpose or description of another
            # undertaking, not one of its own
        if chosen is not None and describing and _describes(folded, s, a, cues[chosen].end, first):
            continue  # "forces capable of ... deterring aggression", "its key purpose: ensuring
            # collective defence": what something can do or is for, not an undertaking
        if _in_question(text, questions, cue_clause, cue_start):
            continue  # "what kind of troops would be involved", "Second, we discussed how to
            # strengthen our defences": an indirect question, under a cue or a status inherited
        if chosen is not None and _ABOUT_IT.search(folded, max(cues[chosen].end, first - 48), first):
            continue  # "released its annual estimates of defence expenditure": what is known of
            # something, not an undertaking of it
        if frame is not None and frame.start() < first and status is CommitmentStatus.PLANNED:
            status = CommitmentStatus.AGREED
        if chosen is not None and _EFFECT_OF_IT.match(text, cue_clause):
            continue  # "But it will enhance Ukraine's self-defence": an effect, not an undertaking
        if chosen is not None and (
            (
                _EFFECT_AFTER_WILL.match(text, cue_start)
                and (
                    _relative_of_a_thing(text, sentence, cue_start)
                    or _of_initiative(
                        text, kinds, kind_starts, cue_start, cue_clause, cues[chosen - 1] if chosen else None
                    )
                )
            )
            # what a thing will become, told of it ("the base, which will become NATO's largest")
            or (_BECOME_AFTER_WILL.match(text, cue_start) and _relative_of_a_thing(text, sentence, cue_start))
        ):
            continue  # "will strengthen", "will help": an effect of an initiative ("The new fund
            # will strengthen Ukraine's industry", "the decision would give them more flexibility")
            # or told in a relative clause ("a step that will make it easier for allied forces to
            # train"), not an undertaking
        actor = None
        if chosen is not None and cues[chosen].end <= a:
            lead = a + 1 if text[a] in " \xa0" else a  # past the space after a dropped "and"
            if text[lead].isupper():  # a name opens the item
                actor = _gapped_subject(text, sentence, lead, first)
            elif text.find("that", a, a + 12) >= 0:  # "..., and that Norway was preparing a package"
                actor = _reported_subject(text, sentence, a, context.year)
        if actor is None:
            key = (chosen, clause)
            if key not in actors:
                actors[key] = _actor(
                    text, sentence, cues, chosen, a, context, break_ends, first, resumed.get(a)
                )
            actor = actors[key]
        if kind is CommitmentKind.SECURITY_AGREEMENT:
            # "the memorandum between Türkiye, Finland and Sweden": its first party undertakes it
            actor = _first_party_to(text, sentence, hits) or actor
        if actor is not None and actor.code in ADVERSARIES:
            continue
        if (
            chosen is not None
            and formula is not None
            and formula.start() <= cues[chosen].start < formula.end()
        ):
            continue  # "an attack on one shall be considered an attack on all": the formula of Article 5
        if chosen is not None and agenda is not None and agenda.start() <= cues[chosen].start < agenda.end():
            continue  # "The meeting will focus on air defence": an agenda, not an undertaking
        if actor is None and chosen is not None:
            if _DEMONSTRATIVE.match(text, cue_clause):
                continue  # "This will strengthen ...": an effect of an initiative, no party undertakes it
            if status in _HEDGED and _COMMENTATORS.search(folded, cue_clause, cue_start):
                continue  # "Experts believe more troops are needed": an outsider's opinion
        # co-actors named with the subject ("Japan and Korea announced") receive nothing
        by = (actor.code if actor is not None else None, clause)  # a code hashes in C, a Party does not
        skip = coordinated.get(by)
        if skip is None:
            skip = coordinated[by] = _coordinated(text, sentence, actor, clause)
        beneficiary = _beneficiary(text, sentence, a, b, actor, context, kind, skip=skip)
        if beneficiary is None and kind in _FOR_SOMEONE and chosen is not None:
            # "a new command to ... arrange delivery of the assistance that Ukraine needs":
            # the recipient of a body or of aid may stand later in the sentence
            beneficiary = _beneficiary(text, sentence, b, e, actor, context, kind, skip=skip)
        if beneficiary is None and kind is CommitmentKind.MEMBERSHIP and a > s:
            # "Allies agreed that Ukraine's future is in NATO and that they will extend an
            # invitation": the candidate named before, in the same sentence
            candidate = _beneficiary(text, sentence, s, a, actor, context, kind, skip=skip)
            beneficiary = candidate if _is_candidate(candidate, context) else None
        actor, beneficiary = _roles(text, sentence, cues, chosen, kind, actor, beneficiary, context, receipt)
        if kind is CommitmentKind.MEMBERSHIP and _is_candidate(actor, context):
            beneficiary = None  # "Sweden became the 32nd member": joining is the candidate's own act
        if priced and not _SELLING.search(sentence.folded, a, b):
            # "a contract worth $6.5 billion for tanks from South Korea": who sells gets no aid
            beneficiary = None
        if (
            kind is CommitmentKind.MILITARY_AID
            and beneficiary is None
            and all(_cues.WEAK_TERMS.fullmatch(text, h[0], h[1]) for h in hits if h[2] is kind)
        ):
            hits = [h for h in hits if h[2] is not kind]
            if not hits:
                continue
            kind = _first_kind(hits)
        if (
            beneficiary is None
            and context.last_recipient is not None
            and kind is CommitmentKind.DETERRENCE
            and any(_cues.ASSETS.fullmatch(text, h[0], h[1]) for h in hits)
            and _GIVING.search(sentence.folded, a, b)
            and not _DESTINATION.search(text, a, b)
        ):
            beneficiary = context.last_recipient  # arms given with no recipient named, in a brief about aid
        if (
            beneficiary is not None
            and not _allied(beneficiary, context.year)
            and (
                kind is CommitmentKind.AIR_MISSILE_DEFENCE
                or (
                    kind is CommitmentKind.DEFENCE_INDUSTRY
                    and (
                        not _cues.PRODUCTION.search(sentence.folded, a, b)
                        # "defence-industrial support for Ukraine": support of a kind, delivered
                        or any(h[2] is kind and _SUPPORT_AFTER.match(text, h[1]) for h in hits)
                    )
                )
                or (
                    kind is CommitmentKind.DETERRENCE
                    and any(_cues.ASSETS.fullmatch(text, h[0], h[1]) for h in hits)
                )
            )
        ):
            kind = CommitmentKind.MILITARY_AID  # deliveries to a partner, not production
        start, end = _trim(text, a, b)
        out.append(
            Commitment(
                text=text[start:end],
                span=Span(start=start, end=end),
                kind=kind,
                status=status,
                actor=actor,
                beneficiary=beneficiary,
                amounts=tuple(q for q in sentence.quantities if start <= q.span.start < end),
            )
        )
        if actor is not None:
            context.last_actor = actor
        context.last_status = status
        if kind is CommitmentKind.MILITARY_AID and beneficiary is not None:
            context.last_recipient = beneficiary
    return out


#: A verb of giving (:data:`~natobrief._parties.GIVING_VERBS`), or of pledging ("pledged",
#: "will deliver").
_GIVING: Final = compile_folded(r"\b(?:" + literal_alternation(GIVING_VERBS) + r"|pledg\w+|promis\w+)\b")
#: Where forces or arms go, named ("to the Baltic Sea", "in Lithuania", "to the eastern flank"):
#: a deployment, not aid to the last partner.
_DESTINATION: Final = re.compile(
    r"\b(?:to|in|into|at|on|for|across|along)[ \xa0]+(?:the[ \xa0]+|its[ \xa0]+|their[ \xa0]+)?"
    r"(?:[A-Z]|(?:eastern|northern|southern)[ \xa0]+flank|region|border|front)"
)


#: What introduces a capability ("forces capable of deterring"), and a purpose named
#: before a colon ("its key purpose and greatest responsibility: ensuring ...").
_CAPABLE_OF: Final = Gated(r"\b(?:capable[ \xa0]+of|able[ \xa0]+to)\b", ("able",))
_PURPOSE_BEFORE_COLON: Final = Gated(
    r"\b(?:purpose|task|responsibility|goal|aim|mission|priority|objective)s?\b[^:;.]{0,60}:[ \xa0]*$", (":",)
)
#: A purpose named right before what it is ("the key purpose of ensuring our collective defence").
_PURPOSE_OF: Final = Gated(
    r"\b(?:purpose|task|responsibility|role)s?[ \xa0]+of[ \xa0]+\w+ing[ \xa0]+(?:[\w'’]+[ \xa0]+)?$",
    ("purpose", "task", "responsibilit", "role"),
)


#: The words one of which :func:`_describes` needs in a sentence (its patterns' needles).
_DESCRIBING_WORDS: Final = (*_CAPABLE_OF.needles, *_PURPOSE_BEFORE_COLON.needles, *_PURPOSE_OF.needles)


def _describes(folded: str, s: int, a: int, cue_end: int, first: int) -> bool:
    """Whether the stretch at ``a`` of the folded brief, whose undertaking starts at
    ``first``, describes what something can do or is for, after its cue (which ends at
    ``cue_end``): a capability ("capable of ... deterring", within 80 characters), a
    purpose named before a colon, or a purpose "of" doing it ("the key purpose of
    ensuring collective defence").  Each pattern is tried only where its words stand."""
    return (
        _CAPABLE_OF.search(folded, max(s, cue_end, first - 80), first) is not None
        or _PURPOSE_BEFORE_COLON.search(folded, max(s, a - 120), a) is not None
        or _PURPOSE_OF.search(folded, max(s, cue_end, first - 60), first) is not None
    )


def _body_of_field(text: str, hits: list[tuple[int, int, CommitmentKind]]) -> bool:
    """Whether a body's name follows a field's words with nothing but a space between
    ("a new air defence command", "a drone production hub"): the body is what is made."""
    return any(
        hits[i][2] is CommitmentKind.INSTITUTIONAL and not text[hits[i - 1][1] : hits[i][0]].strip(" \xa0-")
        for i in range(1, len(hits))
    )


#: How far before a cue a negation may deny it as the object of its verb.
_NEGATED_OBJECT_REACH: Final = 40
#: How far after a negation its own verb starts ("would not take part": the verb denied).
_DENIED_VERB_REACH: Final = 16


def _negated_object(text: str, negations: list[int], cues: list[_Cue], chosen: int, clause: int) -> bool:
    """Whether the cue ``cues[chosen]`` stands in the object of a denied verb: a negation
    shortly before it in its clause, and between them no verb cue but the denied verb
    itself and no comma or conjunction ("would not take part in a NATO plan", "has not yet
    finalised its plan"; but "will not be bound by it and will spend 2.1%")."""
    cue = cues[chosen]
    i = bisect.bisect_left(negations, max(clause, cue.start - _NEGATED_OBJECT_REACH))
    if i == len(negations) or negations[i] >= cue.start:
        return False
    if _JOINED.search(text, negations[i], cue.start):
        return False
    denied = negations[i] + _DENIED_VERB_REACH
    return not any(c.start > denied and not c.nominal for c in cues[:chosen])


#: A comma or a conjunction, after which a verb phrase of its own may start.
_JOINED: Final = re.compile(r",|[ \xa0](?:and|but|or)[ \xa0]")


def _gapped_subject(text: str, sentence: Sentence, stretch: int, first: int) -> Party | None:
    """The party that opens an item whose verb is left out, right before what it
    undertakes ("will contribute 200 million euros and Denmark 150 million euros"), or that
    opens it with a verb that is no cue ("and France leads a NATO battlegroup stationed in
    Romania"); None where a preposition follows it ("and Moldova with artillery": whom the
    item is for)."""
    m = _mention_at(sentence, stretch)
    return m.party if m is not None and m.end < first and _SUBJECT_GAP.fullmatch(text, m.end, first) else None


#: What may stand between an item's opening party and what it undertakes: nothing, or a
#: few words that open with no preposition ("leads a NATO").
_SUBJECT_GAP: Final = re.compile(
    r"[ \xa0]+(?:(?!(?:with|to|for|from|in|on|at|by|of|and|or|as|into|under)[ \xa0])[\w'’.-]+[ \xa0]+){0,3}"
)


#: A reporting tag that opens a stretch: the speaker's few words and the verb of speech
#: (", the brigade commander said", "brigade commander says").
_REPORTING_TAG: Final = re.compile(r"[\s,]*(?:[\w.'’-]+[ \xa0]+){1,8}?(?:" + _cues.REPORTING_VERBS + r")\b")
#: An apposition after a reporting tag: a comma, then a noun phrase's determiner ("...,
#: officials said, its largest purchase ever"), or a clause of condition or time.
_APPOSITION_AFTER_TAG: Final = re.compile(
    r"(?:[ \xa0]+(?:on|in|at)[ \xa0]+[\w ]{1,20}?)?,[ \xa0]+(?:its|their|the|a|an|his|her|our"
    # or a condition: "..., officials said, once Turkey lifts its restrictions"
    r"|once|if|unless|when|after|before|until|as|while|amid)[ \xa0]"
)
#: "that" opening an item, before the party that undertakes it.
_THAT_OPENS: Final = re.compile(r"[ \xa0]{0,2}(?:and[ \xa0]{1,2})?that[ \xa0]+(?:the[ \xa0]+)?")


def _reported_subject(text: str, sentence: Sentence, stretch: int, year: int | None) -> Party | None:
    """The Ally or NATO named right after the "that" that opens an item reported after a
    verb of speech ("Rutte said ..., and that Norway was preparing a package"), or None."""
    that = _THAT_OPENS.match(text, stretch)
    if that is None:
        return None
    m = _mention_at(sentence, that.end())
    if m is None:
        return None
    return m.party if m.party.code == "NATO" or is_member(m.party.code, year) else None


def _allied(p: Party, year: int | None) -> bool:
    """Whether ``p`` is NATO, an Ally in ``year`` or a group of Allies ("the Baltic states")."""
    if p.code == "NATO":
        return True
    states = group_members(p.code) if p.kind is PartyKind.GROUP else (p,)
    return bool(states) and all(is_member(x.code, year) for x in states)


def _of_initiative(
    text: str,
    kinds: list[tuple[int, int, CommitmentKind]],
    kind_starts: list[int],
    cue_start: int,
    clause: int,
    cue_before: _Cue | None,
) -> bool:
    """Whether the subject of the cue at ``cue_start`` (a "will" of effect) is an
    initiative, rather than a party: a kind term right before it in its clause ("The new
    fund will strengthen ...", "Germany's brigade will help ..."), or a noun of undertaking,
    ``cue_before`` ("the decision would give them ...")."""
    if cue_before is not None and cue_before.nominal and not text[cue_before.end : cue_start].strip(" \xa0"):
        return True
    if _INITIATIVE_BEFORE.search(text, max(clause, cue_start - 24), cue_start):
        return True  # "The 2.5-billion-euro project will allow ..."
    i = bisect.bisect_left(kind_starts, cue_start) - 1
    return (
        i >= 0
        and kinds[i][0] >= clause
        and (
            not text[kinds[i][1] : cue_start].strip(" \xa0")
            or _OF_PHRASE.fullmatch(text, kinds[i][1], cue_start) is not None
        )
    )


#: What stands between a subject and its verb: a few words, none a relative pronoun
#: ("security assistance that Ukraine needs": the verb is a relative clause's).
_SUBJECT_TO_VERB: Final = re.compile(r"(?:[ \xa0]+(?!that\b|which\b|who\b)[\w'’-]+){0,3}[ \xa0]*")
#: What stands between the cues of one verb: spaces, and the auxiliaries and adverbs
#: that are no cue ("would still be expected").
_ONE_VERB_GAP: Final = re.compile(r"[ \xa0]*(?:(?:still|also|be|been|being|then|further)[ \xa0]+)*")
#: The longest such gap tried (a longer one holds some other word; not trying it saves a call).
_ONE_VERB_GAP_MOST: Final = 24


def _relative_of_a_thing(text: str, sentence: Sentence, cue_start: int) -> bool:
    """Whether the cue at ``cue_start`` opens a relative clause ("that will", "which will")
    about a thing ("a step that will make it easier", "the base, which will become ..."),
    not about a party ("Germany, which will strengthen its presence", its undertaking)."""
    rel = _RELATIVE_BEFORE.search(text, max(0, cue_start - 8), cue_start)
    if rel is None:
        return False
    gap = text[max(0, rel.start() - 4) : rel.start()]  # ", " before the pronoun
    antecedent_end = rel.start() - (len(gap) - len(gap.rstrip(" \xa0,")))
    return not any(m.end == antecedent_end and not _names_a_place(text, m) for m in sentence.mentions)


def _first_joined(text: str, sentence: Sentence, mention: Mention) -> Party:
    """The first of the parties joined in a list that ends with ``mention`` ("The
    Netherlands and Denmark, which ...": the first named undertakes)."""
    ms = sentence.mentions
    i = _first_from(ms, mention.start)
    while i > 0 and _JOINED_NAMES.fullmatch(text, ms[i - 1].end, ms[i].start):
        i -= 1
    return ms[i].party


#: What stands between parties joined in a list ("Norway, Sweden and Denmark").
_JOINED_NAMES: Final = re.compile(r"(?:,[ \xa0]*|[ \xa0]+)(?:(?:and|&)[ \xa0]+)?(?:the[ \xa0]+)?")
#: A city before its country ("in Wiesbaden, "), which makes the country part of a place.
_CITY_BEFORE: Final = re.compile(
    r"\b(?:in|at|near|from|to)[ \xa0]+(?:[A-Z][\w'’-]+[ \xa0]+){0,2}[A-Z][\w'’-]+,[ \xa0]+$"
)


def _names_a_place(text: str, mention: Mention) -> bool:
    """Whether a party is named as the country of a city ("a command in Wiesbaden, Germany,
    which coordinates ..."): a relative clause after it is about what stands there."""
    return _CITY_BEFORE.search(text, max(0, mention.start - 48), mention.start) is not None


#: A noun of an initiative right before its verb ("The project will allow ...").
_INITIATIVE_BEFORE: Final = re.compile(
    r"(?i)\b(?:project|programme|program|initiative|scheme|expansion|upgrade|investment|reform|measure|move|step)s?[ \xa0]+$"
)
#: A phrase that completes an initiative's name before its verb ("The accession of Finland
#: and Sweden will make ...").
_OF_PHRASE: Final = re.compile(r"[ \xa0]+(?:of|for|by|in|to|on|with|from)[ \xa0]+(?:[\w'’-]+[ \xa0]+){1,6}")


def _in_question(text: str, questions: list[int], clause: int, cue: int) -> bool:
    """Whether the cue at ``cue`` stands in an indirect question that opens in its clause
    at one of ``questions``: not where a "that" after the question word opens a clause of
    its own ("requirements for what Allies should have mean that NATO will acquire ...")."""
    i = bisect.bisect_left(questions, cue) - 1
    return i >= 0 and questions[i] >= clause and _THAT.search(text, questions[i], cue) is None


def _clause_breaks(text: str, s: int, e: int) -> tuple[list[tuple[int, int]], dict[int, int]]:
    """Where the clauses of the sentence ``[s, e)`` divide: each break's span; and where
    a main clause resumes after a relative clause ("Germany, which hosts troops, | will
    station a brigade"), the start of that relative clause, by where the main clause resumes."""
    breaks: list[tuple[int, int]] = []
    resumed: dict[int, int] = {}
    relative = -1  # where the relative clause that is open starts, for the main clause to resume after it
    for m in _CLAUSE_BREAK.finditer(text, s, e):
        if m.lastgroup == "resume":
            if relative < 0:
                continue  # "Norway, a founding member, will ...": one clause
            resumed[m.end()] = relative
            relative = -1
        elif m.lastgroup == "relative":
            relative = m.start()
        elif m.lastgroup == "subject" and not _VERB.search(text, breaks[-1][1] if breaks else s, m.start()):
            continue  # "Jordan and Morocco will take part": one subject of two names, no clause before
        breaks.append(m.span())
    return breaks, resumed


#: An auxiliary of a clause: a new subject after "and" opens a clause only after one
#: ("will send frigates and France will ..."; not "said Italy and Spain would ...").
_VERB: Final = re.compile(r"\b(?:will|would|shall|has|have|had|is|are|was|were|plans|intends)\b")
_MIN_ITEM_WORDS: Final = 3


def _has_words(text: str, a: int, b: int, n: int) -> bool:
    """Whether ``text[a:b]`` holds at least ``n`` words (reading no further than the n-th)."""
    return _WORDS[n].match(text, a, b) is not None


_WORDS: Final = {n: re.compile(rf"\s*(?:\S+\s+){{{n - 1}}}\S") for n in (_MIN_ITEM_WORDS,)}


#: A quantity that counts a list item ("thousands more tanks", "20 howitzers").
_QUANTITY: Final = re.compile(
    r"(?i)\b(?:\d[\d.,]*|thousands|millions|hundreds|dozens|tens|one|two|three|four|five|six|seven|eight|nine"
    r"|ten|twelve|twenty|fifty)\b"
)


def _opens_with_verb(text: str, breaks: list[re.Match[str]], verb_starts: Sequence[int]) -> bool:
    """Whether the list item after the last of ``breaks`` opens with a verb: a cue ("and will
    deploy", one of ``verb_starts``) or a verb of undertaking ("and deploy more troops")."""
    if not breaks:
        return False
    at = breaks[-1].end()
    if text.startswith(("to ", "to\xa0"), at):
        at += 3  # an infinitive of its own: "plans to buy mines and to spend 6 percent"
    return any_within(verb_starts, at, at + 1) or _ITEM_VERB.match(text, at) is not None


def _separate_items(
    text: str,
    cut: int,
    prev: tuple[int, int, CommitmentKind],
    breaks: list[re.Match[str]],
    own_verb: bool,
) -> bool:
    """Whether a hit ``prev`` and the next of its kind, with the item ``breaks`` between
    them, stand in list items that are two undertakings, not one: the next item opens
    with a verb cue of its own (``own_verb``: "welcomed Finland as a member and reaffirmed
    the Open Door"), or both items are counted ("thousands more tanks and millions of new
    artillery shells": the next opens with its quantity, the previous holds one before
    its hit)."""
    if not breaks:
        return False
    if own_verb:
        return True
    if not _QUANTITY.match(text, breaks[-1].end()):
        return False
    item_start = max(cut, prev[0] - 40)
    for m in _ITEM_BREAK.finditer(text, item_start, prev[0]):
        item_start = m.end()
    return _QUANTITY.search(text, item_start, prev[0]) is not None


#: Verbs of undertaking that open a list item of their own ("and deploy more troops",
#: "and send air defence").
_ITEM_VERB: Final = re.compile(
    r"(?i)(?:(?:re)?deploy|station|produce|buy|procure|acquire|manufacture|train|send|deliver|provide|donate"
    r"|fund|finance|build|establish|create|open|launch|strengthen|boost|increase|expand|invest|spend)(?:s|es)?\b"
    r"|(?:(?:re)?deploy|station|procur|acquir|purchas|deliver|provid|donat|fund|financ|establish|creat|open"
    r"|launch|strengthen|boost|increas|expand|invest)ed\b|(?:sent|built|bought|spent)\b"
)
#: Kind terms of buying or making: what follows in their item is what is bought or made
#: ("production of ammunition and air defence interceptors").
_PROCESS: Final = re.compile(
    r"(?i)produc|procur|purchas|buy|bought|acqui|manufactur|order(?:s|ed|ing)?\b|contracts?\b"
)
#: A word of selling: the price an amount gives is a sale's as it is a purchase's ("approved
#: the sale of Patriot systems to Denmark in a deal worth up to $8.5 billion"), and its
#: buyer is named as who receives ("a $1.2 billion arms sale to Taiwan").
_SELLING: Final = compile_folded(r"\b(?:sales?|sell\w*|sold)\b")
#: Verbs of paying for something: what follows in their item is what is paid for ("finance
#: a package of air defence missiles and artillery ammunition").
_FUNDING: Final = re.compile(
    r"(?i)(?:co-?)?(?:financ(?:e|es|ed|ing)|fund(?:s|ed)?)[ \xa0]+(?!for\b|to\b|of\b)"
)
#: The kinds an amount decides for its whole item: money, and shares of GDP.
_AMOUNT_KINDS: Final = frozenset({CommitmentKind.FINANCIAL, CommitmentKind.DEFENCE_SPENDING})


def _is_amount(text: str, hit: tuple[int, int, CommitmentKind]) -> bool:
    """Whether a hit is an amount (a kind's word is none): it opens with a digit or a
    currency sign, or with capitals that the amount's currency opens with."""
    first = text[hit[0]]
    if first.isdigit() or first in "€$£¥":
        return True
    return first.isupper() and _CURRENCY_LETTERS.match(text, hit[0]) is not None


#: Capitals that open an amount: a country's letters before a sign ("US$6.5 billion",
#: "C$9 billion", "NZ$20 million") or a currency's code before the number ("NOK 10 billion").
_CURRENCY_LETTERS: Final = re.compile(r"[A-Z]{1,2}[$€£¥]|[A-Z]{3}[ \xa0]?\d")


#: What stands between a national budget and its amount: "a defence budget of 9.1 trillion
#: yen", "raise defence spending by 10 billion euros", "the defence budget will rise to 8.7
#: trillion yen", "defence spending will total 50 billion euros".
_BUDGET_TO_AMOUNT: Final = re.compile(
    r"[ \xa0]+(?:(?:(?:will|would|could|is[ \xa0]+set[ \xa0]+to|is[ \xa0]+to|is[ \xa0]+expected[ \xa0]+to)[ \xa0]+)?"
    r"(?:(?:rise|rises|rose|increase|increases|increased|grow|grows|grew|climb|climbs|climbed|jump|jumps|jumped"
    r"|be[ \xa0]+raised|be[ \xa0]+increased)[ \xa0]+(?:to|by)|reach|reaches|reached|total|totals|totalled|totaled)"
    r"|of|to|by|at|worth)[ \xa0]+(?:(?:about|around|nearly|almost|over|some|at[ \xa0]+least)[ \xa0]+)?"
)
#: Defence itself after an amount, as what it is spent on ("50 billion zlotys on defence"),
#: not aid or industry of defence.
_ON_DEFENCE: Final = re.compile(
    # the bracket that closes the amount in another currency ("186.6 billion zlotys ($47
    # billion) on defence"), and a time between ("5 billion euros this year on defence")
    r"(?i)\)?(?:[ \xa0]+(?:(?:this|next|last|a|per|each)[ \xa0]+year|annually|in[ \xa0]+\d{4}))?"
    r"[ \xa0]+(?:(?:on|for)[ \xa0]+defen[cs]e\b(?![ \xa0-]+(?:aid|support|industr\w*|produc\w*|equipment|assistance|projects?)\b)"
    # money spent on a state's own forces: "will spend 100 billion euros on its armed forces"
    # (not "for its armed forces", which may be a recipient's: "give Ukraine 1 billion for ...")
    r"|on[ \xa0]+(?:its|their|our|the[ \xa0]+country['’]s)[ \xa0]+(?:own[ \xa0]+)?(?:armed[ \xa0]+forces|military|army|defen[cs]es)\b)"
)
#: What stands between an amount and the national budget it is or joins: "10 billion euros in
#: defence spending", "adding C$9 billion to the defence budget".
_AMOUNT_TO_BUDGET: Final = re.compile(
    r"[ \xa0]+(?:(?:in|for|on|to|into)[ \xa0]+(?:(?:the|its|their)[ \xa0]+)?)?"
)


#: Words that give an amount as a price, right before it ("for about", "a deal worth").
_PRICE_BEFORE: Final = re.compile(
    r"(?i)\b(?:for|worth|valued[ \xa0]+at|costing|at[ \xa0]+a[ \xa0]+cost[ \xa0]+of)[ \xa0]+"
    r"(?:(?:about|around|some|roughly|nearly|almost|over|more[ \xa0]+than|up[ \xa0]+to)[ \xa0]+)?$"
)


def _price_of_purchase(text: str, folded: str, hits: list[tuple[int, int, CommitmentKind]]) -> bool:
    """Whether the money among ``hits`` is only the price of something bought or sold before
    it ("buy ... for about 316 million euros", "will buy 32 aircraft, a deal worth 6.5 billion
    dollars"): then what is bought decides the kind, as the guideline's buying does.
    ``folded`` is ``text`` lower-cased (:func:`~natobrief._lexmatch.fold`)."""
    money: list[tuple[int, int, CommitmentKind]] = []
    for h in hits:
        if h[2] is CommitmentKind.FINANCIAL and not (
            money and _CONVERSION_GAP.fullmatch(text, money[-1][1], h[0])
        ):
            money.append(h)  # not the amount again in another currency ("58 billion crowns ($9.1 billion)")
    if all(
        _is_amount(text, h)
        and (
            _PURCHASE_AFTER.match(text, h[1])
            or _SALE_OF_BEFORE.search(text, max(0, h[0] - 40), h[0])
            or _deal_for_goods(text, h, hits)
        )
        for h in money
    ):
        return True  # "a $1.2 billion arms sale", "a 500 million euro contract", "the sale of a
        # $23 billion jet package", "a contract worth $6.5 billion", "a $10 billion deal for
        # tanks": the amount is its value
    return all(
        _is_amount(text, h) and _PRICE_BEFORE.search(text, max(0, h[0] - 40), h[0]) for h in money
    ) and any(
        h[2] is CommitmentKind.DEFENCE_INDUSTRY
        and h[0] < money[0][0]
        and (_PROCESS.match(text, h[0]) or _SELLING.match(folded, h[0]))
        for h in hits
    )


#: A sale or a contract right before an amount, which is then its value ("approved the
#: sale of a $23 billion F-16 package", "signed a contract worth about $6.5 billion").
_SALE_OF_BEFORE: Final = re.compile(
    r"(?i)\b(?:sales?[ \xa0]+of[ \xa0]+(?:(?:a|an|the)[ \xa0]+)?"
    r"|(?:contracts?|orders?|purchases?|sales?)[ \xa0]+(?:worth|valued[ \xa0]+at)[ \xa0]+"
    r"(?:(?:about|around|some|roughly|nearly|almost|over|more[ \xa0]+than|up[ \xa0]+to)[ \xa0]+)?)$"
)
#: A deal for something right after an amount ("a $10 billion deal for more tanks").
_DEAL_FOR: Final = re.compile(r"(?i)[ \xa0]+(?:arms[ \xa0]+)?(?:deal|contract|order)s?[ \xa0]+for[ \xa0]+")
#: What a deal for money may buy that is no goods: aid and what pays for it.
_NO_GOODS: Final = re.compile(r"(?i)aid|support|assistance|help|package|fund|loan|grant|budget|financ")


def _deal_for_goods(
    text: str, money: tuple[int, int, CommitmentKind], hits: list[tuple[int, int, CommitmentKind]]
) -> bool:
    """Whether the amount ``money`` is the value of a deal for goods named within a few
    words after it ("a $10 billion deal for more South Korean tanks"), not for aid or
    funds ("a $50 billion deal for aid to Ukraine")."""
    deal = _DEAL_FOR.match(text, money[1])
    if deal is None:
        return False
    goods = next((h for h in hits if h[0] >= deal.end()), None)
    return (
        goods is not None
        and goods[0] - deal.end() <= 40
        and goods[2] is not CommitmentKind.FINANCIAL
        and _NO_GOODS.search(text, goods[0], goods[1]) is None
    )


#: What stands between an amount and itself in another currency: an opening bracket.
_CONVERSION_GAP: Final = re.compile(
    r"[ \xa0]*\([ \xa0]*(?:(?:about|around|some|roughly|nearly|over)[ \xa0]+)?"
)
#: A purchase named right after an amount, which is then its value ("a $1.2 billion arms sale").
_PURCHASE_AFTER: Final = re.compile(
    # (a word between, but not "to": "allocate 90 million euros to purchase drones" gives money)
    r"(?i)[ \xa0]+(?:(?!to\b)[\w-]+[ \xa0]+)?(?:(?:arms[ \xa0]+|weapons?[ \xa0]+)?(?:sales?|purchases?|contracts?|procurement)\b"
    # a deal for arms, or to sell or buy them ("a $6.5 billion deal on Friday to supply 180 tanks")
    r"|(?:arms|weapons?)[ \xa0]+deals?\b"
    r"|deals?(?=(?:[ \xa0]+[\w-]+){0,4}?[ \xa0]+to[ \xa0]+(?:supply|sell|buy|purchase|procure|acquire|produce|build)\b))"
)


def _national_budget(text: str, hits: list[tuple[int, int, CommitmentKind]]) -> bool:
    """Whether an amount among ``hits`` is a national defence budget, named right beside
    one: then it is defence spending, not money pledged (the guideline's "national budgets
    and GDP shares are defence_spending")."""
    if any(
        h[2] is CommitmentKind.FINANCIAL and _is_amount(text, h) and _ON_DEFENCE.match(text, h[1])
        for h in hits
    ):
        return True  # "will spend 50 billion zlotys on defence"
    for i in range(1, len(hits)):
        a, b = hits[i - 1], hits[i]
        if (
            a[2] is CommitmentKind.DEFENCE_SPENDING
            and b[2] is CommitmentKind.FINANCIAL
            and _is_amount(text, b)
            and _BUDGET_TO_AMOUNT.fullmatch(text, a[1], b[0])
        ) or (
            a[2] is CommitmentKind.FINANCIAL
            and b[2] is CommitmentKind.DEFENCE_SPENDING
            and _is_amount(text, a)
            and _AMOUNT_TO_BUDGET.fullmatch(text, a[1], b[0])
        ):
            return True
    return False


def _cue_for(cues: list[_Cue], verbs: _Verbs, first: int, end: int, sentence_end: int) -> int | None:
    """The index of the cue that governs an undertaking that starts at ``first``.

    A verb cue that holds its first word ("is buying tanks"); else the nearest cue
    before it, but a noun cue ("commitments to ...") gives way to a verb after the
    undertaking ("... will be approved"); with nothing before, the first cue after it
    within the stretch.
    """
    split = bisect.bisect_right(cues, first, key=_end)  # cues[:split] end by ``first``
    if split < len(cues) and cues[split].start <= first and not cues[split].nominal:
        return split  # the undertaking's first word is the cue's own verb ("is buying tanks")
    if split:
        if not verbs.all or verbs.all[0] >= split:  # only nouns before it
            later = _first_verb(cues, verbs, split, first, sentence_end)
            if later is not None:
                return later
        return split - 1
    after = _first_verb(cues, verbs, 0, first, end)
    if after is not None:
        return after
    return next((i for i in range(len(cues)) if first <= cues[i].start < end), None)


def _end(cue: _Cue) -> int:
    return cue.end


def _first_verb(cues: list[_Cue], verbs: _Verbs, lo: int, first: int, end: int) -> int | None:
    """The index (``lo`` at least) of the first verb cue (not a noun) that starts in
    ``[first, end)``."""
    for i in itertools.islice(verbs.all, bisect.bisect_left(verbs.all, lo), None):
        c = cues[i]
        if c.start >= end:
            return None
        if c.start >= first:
            return i
    return None


#: A verb of agreement that governs a "that" clause: the "that" a few words after it
#: ("agreed that", "reaffirmed at the summit that"), not one far off that another verb governs.
_THAT_BETWEEN: Final = re.compile(r"(?i)^(?:[^\s.;:]*\s+){0,6}?that\b")
#: Verbs of agreement that report rather than decide: a "will" they govern keeps its own
#: status ("confirmed that bold decisions will be made" is planned).
_ANNOUNCING: Final = re.compile(r"(?i)announc|confirm")
#: A clause of its own after a comma ("..., and it will"): a "that" clause before it has ended.
_NEW_CLAUSE: Final = re.compile(r"(?i),[ \xa0]+(?:and|but)[ \xa0]+(?!that\b)")
_TO_BEFORE: Final = re.compile(r"(?i)\bto[ \xa0]+$")
#: A decision named as a subject right before "calls for", which then tells what it holds.
_DOCUMENT_BEFORE: Final = re.compile(
    r"(?i)\b(?:target|goal|agreement|declaration|communiqu[eé]|decision|deal|guideline|treaty|strategy|concept)s?"
    r"[ \xa0]+(?:also[ \xa0]+)?$"
)
#: Readiness right before a verb: what is offered ("ready to contribute", "willing to send").
_READY_BEFORE: Final = re.compile(r"(?i)\b(?:ready|willing|prepared)[ \xa0]+to[ \xa0]+$")
#: A verb that takes an object and a bare infinitive ("could see Allies commit", "let
#: Ukraine join"): the infinitive is governed as one after "to" is.
_BARE_INFINITIVE_BEFORE: Final = re.compile(
    r"(?i)\b(?:see|sees|saw|let|lets|help|helps|helped|make|makes|made)[ \xa0]+(?:[\w'’-]+[ \xa0]+){1,3}$"
)
#: "and" right before a verb, which then shares what governs the verb before it ("will join
#: the fund and contribute 20 million euros").
_AND_BEFORE: Final = re.compile(r"(?i)\b(?:and|or)[ \xa0]+(?:(?:also|then|further|later)[ \xa0]+)?$")


def _status_of(
    text: str, cues: list[_Cue], verbs: _Verbs, i: int, governed: frozenset[int], depth: int = 0
) -> CommitmentStatus:
    """The status cue ``i`` expresses, once the cues that govern it are applied.

    A noun cue takes its status from the verb before it ("must agree to a commitment").
    A verb of decision or delivery takes it from what governs it: the verb it is the
    infinitive of ("negotiating to conclude"), or a modal right before it ("will
    agree" is planned).  A "will" inside a decision frame ("we have reaffirmed that
    ... will") takes the frame's.  Any other cue is the innermost and decides ("is
    likely to call for" is proposed).
    """
    cue = cues[i]
    if (
        cue.status is CommitmentStatus.PROPOSED
        and text.startswith("call", cue.start)
        and _DOCUMENT_BEFORE.search(text, max(0, cue.start - 32), cue.start)
    ):
        return CommitmentStatus.AGREED  # "The new target calls for 3.5% ...": what a decision holds
    if (
        cue.status in (CommitmentStatus.AGREED, CommitmentStatus.ACHIEVED)
        and text[max(0, cue.start - 24) : cue.start].rstrip(" \xa0").endswith("to")  # saves most searches
        and _READY_BEFORE.search(text, max(0, cue.start - 24), cue.start)
    ):
        return CommitmentStatus.PROPOSED  # "was ready to contribute": offered, neither done nor decided
    if depth > 4 or i == 0:
        return cue.status
    prev = i - 1
    if cue.nominal:
        before = bisect.bisect_left(verbs.all, i)  # verbs.all[:before] stand before it
        if not before:
            return cue.status
        verb = cues[verbs.all[before - 1]]
        if _BEGINNING.fullmatch(text, verb.start, verb.end):
            return cue.status  # "have begun discussions": talks under way are the talks' status
        return _status_of(text, cues, verbs, verbs.all[before - 1], governed, depth + 1)
    decision = cue.status in (CommitmentStatus.AGREED, CommitmentStatus.ACHIEVED)
    if decision and (
        _TO_BEFORE.search(text, max(0, cue.start - 4), cue.start)
        or _BARE_INFINITIVE_BEFORE.search(text, max(0, cue.start - 48), cue.start)
    ):
        return _status_of(text, cues, verbs, prev, governed, depth + 1)
    if (
        decision
        and not text.endswith(("s", "ed", "ing"), cue.start, cue.end)  # a bare verb
        and _AND_BEFORE.search(text, max(0, cue.start - 16), cue.start)
    ):
        # a bare verb after "and" ("will join the fund and contribute ..."): what governs
        # the verb before it governs this one
        return _status_of(text, cues, verbs, prev, governed, depth + 1)
    if decision and _is_gerund_after(text, cues[prev], cue):
        # "is considering sending": the gerund is what the verb before it governs
        return _status_of(text, cues, verbs, prev, governed, depth + 1)
    if (
        decision
        and cue.start in governed
        and cues[prev].end <= cue.start
        and cues[prev].status not in (CommitmentStatus.AGREED, CommitmentStatus.ACHIEVED)
    ):
        return cues[prev].status
    if cue.status is CommitmentStatus.PLANNED:
        # the nearest verb of agreement before it with a "that" between: "agreed that ... will"
        for j in reversed(verbs.agreeing[: bisect.bisect_left(verbs.agreeing, i)]):
            that = _THAT_BETWEEN.match(text[cues[j].end : cue.start])
            if that and not _is_adjective(text, cues[j].start):
                if _ANNOUNCING.match(text, cues[j].start, cues[j].end):
                    break  # "announced that it will deploy": a "will" reported, which decides
                if _NEW_CLAUSE.search(text, cues[j].end + that.end(), cue.start):
                    break  # "agreed to lead a coalition that trains pilots, and it will send
                    # jets": the "that" is a relative pronoun, and the "will" opens a clause of its own
                return _status_of(text, cues, verbs, j, governed, depth + 1)
    return cue.status


#: Verbs of beginning: what they begin decides, where it is a cue of its own ("began talks").
_BEGINNING: Final = re.compile(r"(?i)(?:(?:has|have|had)[ \xa0]+)?(?:begun|began|started)")


def _is_adjective(text: str, start: int) -> bool:
    """Whether the participle at ``start`` modifies a noun after a determiner or a
    number ("the (recently) established rules", "all 24 promised jets"), rather than
    being a verb that governs a clause."""
    word, at = _previous_word(text, start)
    if word.endswith("ly"):
        word = _previous_word(text, at)[0]
    return word in _DETERMINERS or word in ("all", "each", "every") or word[:1].isdigit()


def _is_gerund_after(text: str, before: _Cue, cue: _Cue) -> bool:
    """Whether ``cue`` is a gerund ("sending") right after the verb cue ``before``
    ("considering"), with nothing but spaces between them, or after a preposition that
    ``before`` governs ("reached agreement on sending", "committed to sending")."""
    return (
        text.endswith("ing", cue.start, cue.end)
        and before.end < cue.start
        and (
            (not before.nominal and not text[before.end : cue.start].strip(" \xa0"))
            or _GERUND_PREPOSITION.fullmatch(text, before.end, cue.start) is not None
        )
    )


#: A preposition between a cue and the gerund it governs ("agreement on sending").
_GERUND_PREPOSITION: Final = re.compile(r"[ \xa0]+(?:on|to|about|for|of)[ \xa0]+")


def _in_name(sentence: Sentence, hit: tuple[int, int, CommitmentKind]) -> bool:
    """Whether a kind term lies inside a party's name ("council" in "the North Atlantic
    Council"): the name of who acts, not what is undertaken."""
    i = _first_from(sentence.mentions, hit[0] + 1) - 1  # the last mention that starts by the hit
    return i >= 0 and sentence.mentions[i].end >= hit[1] and sentence.mentions[i].form is not Form.PERSON


#: A body created under a name with an acronym ("establish a NATO Security Assistance and
#: Training for Ukraine (NSATU)"): the name's words run to a few, each capitalised or small.
_NEW_BODY: Final = re.compile(
    r"\b(?:[Ee]stablish(?:es|ed|ing)?|[Cc]reat(?:e|es|ed|ing)|[Ss]et(?:s|ting)?[ \xa0]+up|[Ll]aunch(?:es|ed|ing)?"
    r"|[Oo]pen(?:s|ed|ing)?)"
    r"[ \xa0]+(?:a|an|the)[ \xa0]+(?:new[ \xa0]+)?"
    r"(?P<name>[A-Z][\w-]*(?:,?[ \xa0]+(?:[A-Z][\w-]*|and|for|of|the|on|in|to)){0,10}?)[ \xa0]*\([A-Z][A-Za-z]{1,7}\)"
)


#: What makes "arms" no weapons given: "arms control", "an arms race", "an arms embargo".
_ARMS_NOT_AID: Final = re.compile(r"[ \xa0]+(?:control|race|embargo)\b", re.IGNORECASE)
#: Weapons as what an attack is made with ("missile attacks", "drone strikes", "rocket fire").
_ATTACK_AFTER: Final = re.compile(
    r"[ \xa0]+(?:and[ \xa0]+[\w-]+[ \xa0]+)?(?:attacks?|strikes?|barrages?|raids?|salvos?|fire|threats?)\b",
    re.IGNORECASE,
)


def _not_aid(text: str, hit: tuple[int, int, CommitmentKind]) -> bool:
    """Whether an aid term names no weapons given: "arms" in "dialogue on arms control",
    weapons that attack ("Russia's missile attacks on Ukrainian cities")."""
    return _ATTACK_AFTER.match(text, hit[1]) is not None or (
        text.startswith(("arms", "Arms"), hit[0]) and _ARMS_NOT_AID.match(text, hit[1]) is not None
    )


def _not_membership(text: str, hit: tuple[int, int, CommitmentKind]) -> bool:
    """Whether a membership term names no joining of NATO: joining the EU ("Turkey's EU
    accession", "accession to the European Union"), or one of NATO's bodies or activities
    ("join NATO's cyber defence centre", "join NATO nuclear sharing")."""
    return (
        _previous_word(text, hit[0])[0] in ("eu", "union")
        or _cues.OTHER_UNION_AFTER.match(text, hit[1]) is not None
        or text.startswith(("'s", "’s"), hit[1])
        or (
            text.endswith(("join", "NATO", "Alliance", "alliance"), hit[0], hit[1])
            and _JOINED_OTHER.match(text, hit[1]) is not None
        )
    )


#: What an invitation to join names when it is no membership: a meeting or talks ("were
#: invited to join discussions"), an effort or a group other than NATO; after "join NATO",
#: what of NATO's is joined ("join NATO nuclear sharing", "join NATO air policing").
_JOINED_OTHER: Final = re.compile(
    r"(?i)[ \xa0]+(?:the[ \xa0]+|a[ \xa0]+|an[ \xa0]+|their[ \xa0]+|our[ \xa0]+)?(?:[\w-]+[ \xa0]+)?"
    r"(?:discussions?|talks|meetings?|summit|session|dinner|lunch|efforts?|coalition|initiative|programme|program"
    r"|exercises?|missions?|operations?|debate|conversation|sharing|policing|forces|drills|patrols|deployments?)\b"
)


#: Words before an amount that make it a baseline ("up from 2.2 percent", "compared with
#: 1.5% last year").
_BASELINE_BEFORE: Final = compile_folded(
    # (or a bare "from" after a comma: "raise spending to 3% of GDP by 2030, from 2.1% this year")
    r"(?:\b(?:up|down|ris(?:e|es|ing|en)|rose|increas\w*|grow(?:s|ing|n)?|grew)[ \xa0]+from|\bcompared[ \xa0]+(?:with|to)"
    r"|,[ \xa0]+from)"
    r"[ \xa0]+(?:(?:around|about|roughly|some|just|only|nearly|almost|over|under|the)[ \xa0]+)?$"
)


def _kind_hits(
    text: str, sentence: Sentence, context: Context, elaborations: list[tuple[int, int, bool]]
) -> list[tuple[int, int, CommitmentKind]]:
    hits = [
        h
        for h in context.signals.kinds.within(sentence.start, sentence.end)
        if not _in_name(sentence, h)
        and not (h[2] is CommitmentKind.MEMBERSHIP and _not_membership(text, h))
        and not (h[2] is CommitmentKind.MILITARY_AID and _not_aid(text, h))
    ]
    for shortage in _SHORTAGE.finditer(sentence.folded, sentence.start, sentence.end):
        # "shortages of ammunition and air defence could take a decade to fix": what is lacking,
        # up to the verb the shortage is subject of, is no undertaking; but a shortage made good
        # is ("will fill gaps in air defence")
        if _REMEDY_BEFORE.search(
            sentence.folded, max(sentence.start, shortage.start() - 24), shortage.start()
        ):
            continue
        verb = _SHORTAGE_END.search(text, shortage.end(), sentence.end)
        until = verb.start() if verb else sentence.end
        hits = [h for h in hits if not shortage.end() <= h[0] < until]
    bracket = text.find("(", sentence.start, sentence.end)  # an acronym's: sought only if one opens
    for m in _NEW_BODY.finditer(text, sentence.start, sentence.end) if bracket >= 0 else ():
        # "establish a NATO Security Assistance and Training for Ukraine (NSATU)": a body
        # created under a name of its own, whatever the words of its name
        hits.append((m.start("name"), m.end(), CommitmentKind.INSTITUTIONAL))
    for q in sentence.quantities:
        if _BASELINE_BEFORE.search(sentence.folded, max(0, q.span.start - 32), q.span.start):
            continue  # "up from around 2.2 percent now": where it stands, not what is undertaken
        if q.unit == "percent_gdp":
            hits.append((q.span.start, q.span.end, CommitmentKind.DEFENCE_SPENDING))
        elif q.unit not in ("percent", "count"):
            hits.append((q.span.start, q.span.end, CommitmentKind.FINANCIAL))
    hits.sort(key=lambda h: (h[0], -h[1]))
    # a term inside an amount ("GDP" in "3.5% of GDP") is the same hit
    kept = []
    reach = -1
    for h in hits:
        if h[1] > reach:
            kept.append(h)
            reach = h[1]
    hits = kept
    for start, end, gerund in elaborations:
        if gerund or not any(h[0] < start for h in hits):
            continue  # "including creating a new command": an undertaking of its own
        # "infrastructure such as transport and cybersecurity": the list details the head;
        # amounts in it ("5%, including 3.5% on core defence") are items of their own
        clause_end = _CLAUSE_BREAK.search(text, end, sentence.end)
        if (
            clause_end is not None
            and _LAST_ITEM.match(text, clause_end.start())
            and "," in text[end : clause_end.start()]
        ):
            # "including maritime security, critical technologies, and defence industry": the
            # serial comma before the last item of the list, no clause of its own
            clause_end = _CLAUSE_BREAK.search(text, clause_end.end(), sentence.end)
        stop = clause_end.start() if clause_end else sentence.end
        hits = [h for h in hits if not start <= h[0] < stop or _is_amount(text, h)]
    return hits


#: What is lacking, named after it ("shortages of ammunition", "a lack of air defence").
_SHORTAGE: Final = Gated(
    r"\b(?:shortages?|shortfalls?|lack|gaps?|deficits?|scarcity)[ \xa0]+(?:of|in)[ \xa0]+",
    ("short", "lack", "gap", "deficit", "scarcity"),
)
#: The end of the list of what is lacking: the verb the shortage is subject of.
_SHORTAGE_END: Final = re.compile(
    r"[ \xa0](?:will|would|could|can|may|might|must|should|is|are|was|were|has|have|had|remain\w*|take\w*"
    r"|mean\w*|hamper\w*|slow\w*|limit\w*)\b"
)
#: A verb that makes good a shortage named right after it ("fill gaps in air defence").
_REMEDY_BEFORE: Final = compile_folded(
    r"\b(?:fill|close|address|plug|tackle|overcome|fix|reduce|ease|solve|remedy|bridge|make[ \xa0]+up[ \xa0]+for)\w*"
    r"[ \xa0]+(?:(?:a|an|the|its|their|our|critical|key|capability)[ \xa0]+)*$"
)
#: "between" before an amount: the amount after the next "and" closes a range with it.
_RANGE_BEFORE: Final = re.compile(r"(?i)\bbetween[ \xa0]+$")
#: ", and" before a list's last item: a few words that end the sentence or the clause.
_LAST_ITEM: Final = re.compile(r",[ \xa0]+and[ \xa0]+(?:[\w'’-]+[ \xa0]+){0,3}[\w'’-]+[ \xa0]*(?:[.,;:!?]|$)")


def _stretches(
    text: str,
    s: int,
    e: int,
    kinds: list[tuple[int, int, CommitmentKind]],
    kind_starts: list[int],
    clause_breaks: list[tuple[int, int]],
    elaborations: list[tuple[int, int, bool]],
    verb_starts: Sequence[int] = (),
) -> list[tuple[int, int]]:
    """Cut ``[s, e)`` at ``clause_breaks`` and before an elaboration by gerund, then
    between list items of different kinds, and between items of one kind that are each
    counted or that each have a verb cue of their own (see :func:`_separate_items`).

    ``kind_starts`` are where the ``kinds`` (in text order) start; ``verb_starts`` where
    the sentence's verb cues start, in order.
    """
    bounds = [s]
    for start, end in clause_breaks:
        bounds.append(start)
        bounds.append(end)
    for start, _end, gerund in elaborations:
        if gerund:
            bounds.append(start)
            bounds.append(start)
    bounds.append(e)
    bounds = [bounds[0], *sorted(bounds[1:-1]), bounds[-1]]
    clauses = [(bounds[i], bounds[i + 1]) for i in range(0, len(bounds), 2) if bounds[i] < bounds[i + 1]]
    out = []
    for a, b in clauses:
        hits = kinds[bisect.bisect_left(kind_starts, a) : bisect.bisect_left(kind_starts, b)]
        cut = a
        last_amount: tuple[int, int, CommitmentKind] | None = None
        last_process = -1  # where the last term of buying, making or paying for starts
        for prev, nxt in itertools.pairwise(hits):
            if _is_amount(text, prev):
                last_amount = prev
            elif (prev[2] is CommitmentKind.DEFENCE_INDUSTRY and _PROCESS.match(text, prev[0])) or (
                prev[2] is CommitmentKind.FINANCIAL and _FUNDING.match(text, prev[0])
            ):
                last_process = prev[0]
            if prev[1] > nxt[0]:
                continue
            if (
                _is_amount(text, prev)
                and _is_amount(text, nxt)
                and _RANGE_BEFORE.search(text, max(0, prev[0] - 16), prev[0])
            ):
                continue  # "between 5% and 6% of GDP": one amount, given as a range
            per_amount = (
                prev[2] is nxt[2]
                and _is_amount(text, nxt)
                and last_amount is not None
                and last_amount[2] is nxt[2]
            )
            if per_amount and last_amount is not None:
                prev = last_amount  # "3.5% in X and 1.5% in Y": one item per amount
            breaks = list(_ITEM_BREAK.finditer(text, prev[1], nxt[0]))
            same = prev[2] is nxt[2] and not per_amount
            # money, or a share of GDP, in this item ("€500 million for ...", "1.5% on ...")
            money = (
                prev[2] is CommitmentKind.FINANCIAL
                or (last_amount is not None and last_amount[2] in _AMOUNT_KINDS and last_amount[0] >= cut)
            ) and not _is_amount(text, nxt)
            if same or money or last_process >= cut:
                own_verb = _opens_with_verb(text, breaks, verb_starts)
                if same and not _separate_items(text, cut, prev, breaks, own_verb):
                    continue
                if money and not own_verb:
                    continue  # money decides the kind: what follows in its item is what it is for;
                    # but not an item with a verb of its own ("pledged €1 billion and will deploy troops")
                if last_process >= cut and not _separate_items(text, cut, prev, breaks, own_verb):
                    continue  # what follows buying or making is what is bought or made ("production
                    # of ammunition and air defence"), unless counted item by item ("thousands
                    # more tanks and millions of shells")
            # the items divide at the last break, or at the last that opens a clause of a
            # gerund (", pledging to remove legal and logistical barriers to ...")
            at = breaks[-1] if breaks else None
            if len(breaks) > 1:
                at = next((br for br in reversed(breaks) if _GERUND.match(text, br.end())), at)
            if (
                at is not None
                and _has_words(text, at.end(), b, _MIN_ITEM_WORDS)
                and _has_words(text, cut, at.start(), _MIN_ITEM_WORDS)
                and not _is_apposition(text, at, b)
                and not _inside_name(text, at)
            ):
                out.append((cut, at.start()))
                cut = at.end()
        out.append((cut, b))
    return out


#: A noun phrase in apposition after a bare comma: a determiner, then no "and" or "or" that
#: would make it an item of a list ("NATO opened an office in Astana, its first permanent
#: presence in Central Asia").
_APPOSITION_OPENS: Final = re.compile(
    r"(?:its|their|the|his|her)[ \xa0]+(?:[\w'’-]+[ \xa0]+){0,2}?(?:first|largest|biggest|latest|newest|only|main)\b"
)


def _is_apposition(text: str, at: re.Match[str], end: int) -> bool:
    """Whether the item after the break ``at`` renames the one before it: a bare comma,
    then a superlative noun phrase that no later "and" or "or" joins to a list."""
    return (
        at.group().strip() == ","
        and _APPOSITION_OPENS.match(text, at.end()) is not None
        and _LIST_JOIN.search(text, at.end(), end) is None
    )


_LIST_JOIN: Final = re.compile(r"[ \xa0,](?:and|or)[ \xa0]")


def _word_before(text: str, start: int, lo: int = 0) -> str:
    """The word before ``start`` and after ``lo``, looking past an article ("of the
    NATO summit": "of")."""
    word, at = _previous_word(text, start, lo)
    if word in ("the", "a", "an"):
        return _previous_word(text, at, lo)[0] or word
    return word


def _previous_word(text: str, start: int, lo: int = 0) -> tuple[str, int]:
    """The lower-cased word that ends before ``start`` (within 30 characters, and after
    ``lo``) and its start."""
    stop = max(lo, start - 30)
    end = start
    while end > stop and not (text[end - 1].isalnum() or text[end - 1] == "_"):
        end -= 1
    begin = end
    while begin > stop and (text[begin - 1].isalnum() or text[begin - 1] in "_'’"):
        begin -= 1
    return text[begin:end].lower(), begin


def _first_from(items: Sequence[tuple[object, ...]], pos: int) -> int:
    """The index of the first of ``items`` that starts at ``pos`` or later: they are
    mentions or cues in text order, tuples whose first field is their start.

    ``(pos,)`` sorts before every tuple that starts at ``pos`` and after every one that
    starts earlier, so the search compares tuples in C instead of calling a key function.
    """
    return bisect.bisect_left(items, (pos,))


def _clause_start(text: str, start: int, pos: int, break_ends: Sequence[int]) -> int:
    """Where the clause that holds ``pos`` begins (``start`` at the latest).

    ``break_ends`` are the sorted ends of the sentence's clause breaks.
    """
    i = bisect.bisect_right(break_ends, pos) - 1
    clause = max(start, break_ends[i]) if i >= 0 else start
    while clause < pos and text[clause] in " \t\xa0\"'“‘(":
        clause += 1
    return clause


#: Outsiders whose hedged or urged views are opinions, not undertakings ("analysts expect
#: more troops", "critics say Allies should spend more").
_HEDGED: Final = frozenset({CommitmentStatus.EXPECTED, CommitmentStatus.PROPOSED})
_COMMENTATORS: Final = compile_folded(
    r"\b(?:experts?|analysts?|critics?|observers?|commentators?|researchers?|pundits?|scholars?|economists?|others"
    r"|sceptics?|skeptics?"
    r"|think[ \xa0]+tanks?)\b"
)
#: An effect stated of "it" ("it will enhance", "it will also help to"): what an initiative
#: does, where "it" sending or deploying something would be a party's undertaking.
_EFFECT: Final = (
    # "help" with a verb of undertaking is that undertaking ("would help train pilots")
    r"(?:also[ \xa0]+)?(?:enhance|strengthen|improve|boost|make|ensure|contribute|allow|enable|increase"
    r"|help(?![ \xa0]+(?:to[ \xa0]+)?(?:train|build|produce|deliver|supply|fund|finance|deploy|buy|procure)\b)"
    r"|reinforce|bolster|underpin|demonstrate|send[ \xa0]+a|remain|stay|give[ \xa0]+(?:us|them|it|him|her|you)"
    # what something comes to: "which would amount to a seven-fold increase"
    r"|amount[ \xa0]+to|represent"
    # what it will demand of others: "targets, which will require Allies to field more troops";
    # what it will be charged with: "a centre, which will be responsible for air policing"
    # (not what it will involve: "the mission will involve frigates" is the house brief's undertaking)
    r"|require|be[ \xa0]+responsible[ \xa0]+for"
    # a state it will be in: "support will be on a firmer footing", "will be stronger"
    r"|be[ \xa0]+(?:on|more|less|better|stronger|firmer|safer|greater|larger|bigger))\b"
)
_EFFECT_OF_IT: Final = re.compile(
    r"(?:(?:[Bb]ut|[Aa]nd)[ \xa0]+)?[Ii]t[ \xa0]+(?:will|would)[ \xa0]+" + _EFFECT
)
_WILL: Final = (
    r"(?i:will|would)[ \xa0]+[\"“‘]?"  # with a quotation opening after it ('would "strengthen ...')
)
#: What an initiative named right before "will" does ("The new fund will strengthen ..."):
#: the verb of effect after the "will".
_EFFECT_AFTER_WILL: Final = re.compile(_WILL + _EFFECT)
#: What a thing will become, said of it in a relative clause (see :func:`_relative_of_a_thing`).
_BECOME_AFTER_WILL: Final = re.compile(_WILL + r"become\b")
#: Adverbs of an earlier time, before which a participle describes its noun ("the systems
#: previously deployed"); a verb after them has its subject first ("NATO previously
#: deployed" is rare in news, which writes "had deployed").
_EARLIER: Final = tuple(
    f"{word}{space}"
    for word in ("previously", "formerly", "originally", "initially", "once", "earlier")
    for space in " \xa0"
)
#: The formula of collective defence ("an attack on one shall be considered an attack on
#: all"): what Article 5 says, not an undertaking.
_ATTACK_ON_ALL: Final = Gated(
    r"\battacks?[ \xa0]+(?:against|on)[ \xa0]+(?:one|any)\b[^.;]{0,80}?\battacks?[ \xa0]+(?:against|on)[ \xa0]+(?:them[ \xa0]+)?all\b",
    ("attack",),
)
#: A meeting as the subject of a verb of agenda ("The meeting will focus on ...").
_AGENDA: Final = Gated(
    r"\b(?:meetings?|summits?|talks|sessions?|conferences?|agenda|discussions|gatherings?)"
    r"(?:[ \xa0]+(?:of|in)(?:[ \xa0]+[\w'’-]+){1,4}?)?"  # "of defence ministers", "in Brussels"
    r"[ \xa0]+(?:(?:will|would|is[ \xa0]+(?:set|expected|due)[ \xa0]+to|are[ \xa0]+(?:set|expected|due)[ \xa0]+to|also|mainly|largely"
    r"|primarily)[ \xa0]+)*"
    r"(?:focus(?:es|ed)?[ \xa0]+(?:(?:today|tomorrow|mainly|largely|primarily)[ \xa0]+)?on|discuss(?:es|ed)?|address(?:es|ed)?|cover(?:s|ed)?|deal[ \xa0]+with|review(?:s|ed)?"
    r"|examin(?:e|es|ed)|consider(?:s|ed)?|look[ \xa0]+at|be[ \xa0]+devoted[ \xa0]+to)\b",
    ("meeting", "summit", "talks", "session", "conference", "agenda", "discussion", "gathering"),
)
_DEMONSTRATIVE: Final = re.compile(
    r"(?:This|That|These|Those|Such|this|that|these|those|such)\b(?![ \xa0]+(?:year|week|month|summit)\b)"
)


_OBJECT: Final = re.compile(r"[ \xa0]+(?:(?:the|a|an)[ \xa0]+)?(?:[A-Z][\w.'’-]*[ \xa0]*){1,4}")


def _after_object(text: str, pos: int) -> int:
    """Past a capitalised name right after ``pos`` (a verb's object), or ``pos``."""
    m = _OBJECT.match(text, pos)
    return m.end() if m else pos


def _subject_in(text: str, sentence: Sentence, lo: int, hi: int) -> Party | None:
    """The first party in ``[lo, hi)`` that can be a subject (not after a preposition).

    "We" or a word for NATO's side ("this summit", "member states") stands for NATO; the
    subject of a clause set before the main one only where nothing else is found.
    """
    main, subordinate = _subjects_in(text, sentence, lo, hi)
    return main or subordinate


def _subjects_in(text: str, sentence: Sentence, lo: int, hi: int) -> tuple[Party | None, Party | None]:
    """The subject in ``[lo, hi)`` (see :func:`_subject_in`), and apart from it the
    subject of a clause set before the main one ("If Russia attacks, ...")."""
    ms = sentence.mentions
    subordinate: Party | None = None  # the subject of a clause set before the main one
    listed_to = -1  # the last of a list after a preposition ("of Denmark, Finland and Sweden")
    adversary: Party | None = None
    for k in range(_first_from(ms, lo), len(ms)):
        m = ms[k]
        if m.start >= hi:
            break
        if k <= listed_to or not names_state(text, m):
            continue
        if MEETING_AFTER.match(text, m.end):
            continue  # "the NATO summit": a modifier, not the subject
        if text.startswith(("'s allies", "’s allies", "'s Allies", "’s Allies"), m.end):
            continue  # "Ukraine's allies have promised ...": the allies it has are the subject
        if sentence.word_before(text, m.start) in _SUBORDINATORS:
            subordinate = subordinate or m.party
            continue
        if m.form is Form.DEMONYM:
            if sentence.word_before(text, m.start) in _OBJECT_VERBS:
                continue  # "met Kuwaiti officials": an object
            # "servicemen of the Lithuanian Armed Forces": whatever preposition stands before it
            if m.party.code in ADVERSARIES:
                adversary = adversary or m.party  # see below
                continue
            return m.party, subordinate
        before = sentence.word_before(text, m.start)
        if (
            before in _NOT_SUBJECT_BEFORE
            and not _CALL_FOR.search(sentence.folded, max(0, m.start - 20), m.start)
            and not (before in ("of", "from") and _PEOPLE_OF.search(text, max(0, m.start - 32), m.start))
            # "the coalition, led by Latvia and Britain, aims to ...": who leads the subject acts
            and not (
                before == "by" and _LED_BY_SET_OFF.search(sentence.folded, max(0, m.start - 18), m.start)
            )
        ):
            listed_to = _listed_to(text, ms, k)
            continue
        if m.party.code in ADVERSARIES:
            # "To deter Russia, Allies will ...", "said Russia posed a threat and pledged ...": an
            # adversary is the subject only where no other is named (its acts are no undertakings)
            adversary = adversary or m.party
            continue
        return m.party, subordinate
    if _WE.search(sentence.folded, lo, hi):
        return _speaker(text, sentence) or party("NATO"), subordinate
    for proxy in _cues.NATO_PROXIES.finditer(sentence.folded, lo, hi):
        before = _word_before(text, proxy.start())
        if before in _FEW:
            continue  # "the two leaders", "both leaders": those named before, not NATO's
        if before in ("the", "this", "that", "its", "their", "our") and proxy.start() > lo:
            before = _word_before(text, proxy.start() - len(before) - 1)
        if before not in _NOT_SUBJECT_BEFORE:
            return party("NATO"), subordinate
    return adversary, subordinate


#: A verb of speech right after a speaker's name ("Macron said"), or before it ("said
#: Macron"), from the verbs by which people are found.
_SAYS_AFTER: Final = re.compile(r"[\s,]*(?:has[ \xa0]+|had[ \xa0]+)?(?:" + "|".join(SPEECH_VERBS) + r")\b")
_SAID_BEFORE: Final = re.compile(
    r"\b(?:" + "|".join(SPEECH_VERBS) + r"|according[ \xa0]+to)\b[^.;!?\"“”]{0,40}$"
)


def _speaker(text: str, sentence: Sentence) -> Party | None:
    """The party of the person who speaks in the sentence, if one is named with a verb
    of speech: "we" is theirs ("'We will send troops,' Macron said")."""
    for m in sentence.mentions:
        if m.form is Form.PERSON and (
            _SAYS_AFTER.match(text, m.end)
            or _SAID_BEFORE.search(text, max(sentence.start, m.start - 60), m.start)
        ):
            return m.party
    return None


def _actor(
    text: str,
    sentence: Sentence,
    cues: list[_Cue],
    chosen: int | None,
    stretch: int,
    context: Context,
    break_ends: Sequence[int],
    first: int,
    resumes_after: int | None = None,
) -> Party | None:
    """The party that undertakes: the subject of the first cue that has one.

    ``resumes_after`` is where a relative clause starts that the main clause resumes
    after at ``stretch`` (see :func:`_clause_breaks`).

    Cues in the stretch are tried first, then those of the whole sentence; each cue's
    subject is sought between the previous cue and it ("I expect Allied leaders will
    agree": the subject of "will").  Without a named party: a passive's agent ("by
    Japan"), "we"/"our" (NATO speaking), a word for NATO's side ("the summit"), or
    "they" for the previous actor.
    """
    if (
        chosen is not None
        and _URGING.fullmatch(sentence.folded, cues[chosen].start, cues[chosen].end)
        # "Italy expects to reach NATO's target": the subject expects its own act
        and not _TO_AFTER.match(sentence.folded, cues[chosen].end)
    ):
        # "Poland urged Allies to raise spending": who is urged undertakes, not who urges
        # (and who is expected to, not who expects); sought from the cue's start, which may hold
        # it ("wants Allies to")
        urged = _subject_in(text, sentence, cues[chosen].start, first)
        if urged is not None:
            return urged
    if chosen is not None and _PASSIVE_BEFORE.search(
        sentence.folded, max(0, cues[chosen].start - 16), cues[chosen].start
    ):
        # "Sweden's accession was ratified by Hungary": the agent undertakes, not the subject
        for m in sentence.mentions:
            if m.start >= cues[chosen].end and _PREP_BY.search(sentence.folded, max(0, m.start - 4), m.start):
                return m.party
    relative = _RELATIVE.search(sentence.folded, max(0, stretch - 12), stretch)
    if relative is not None:
        # "including Germany, which will deliver ...": the antecedent undertakes
        before = [m for m in sentence.mentions if m.end <= relative.start() and relative.start() - m.end <= 4]
        if before and not _names_a_place(text, before[-1]):
            return _first_joined(text, sentence, before[-1])
    if resumes_after is not None:
        # "Germany, which hosts troops, will station a brigade": the main clause resumes at
        # the stretch, and the party right before the relative clause is its subject
        named = [m for m in sentence.mentions if m.end <= resumes_after and resumes_after - m.end <= 1]
        if named:
            return _first_joined(text, sentence, named[-1])
    if chosen is not None:
        # "Biden announced that Germany and Romania would provide ...", "NATO said Italy
        # would take over ...": an Ally named after "that" or a verb of speech undertakes, not
        # the one who speaks; a partner there is who receives or joins ("reaffirmed that
        # Ukraine will become a member")
        j = chosen - 1
        while (
            j >= 0
            and cues[j + 1].start - cues[j].end <= _ONE_VERB_GAP_MOST
            and _ONE_VERB_GAP.fullmatch(text, cues[j].end, cues[j + 1].start)
        ):
            j -= 1  # cues of one verb ("had already committed", "would still be expected")
        that = _REPORTED.search(
            sentence.folded, cues[j].end if j >= 0 else sentence.start, cues[chosen].start
        )
        if that is not None:
            found = _subject_in(text, sentence, that.end(), cues[chosen].start)
            if found is not None and (found.code == "NATO" or is_member(found.code, context.year)):
                return found
    if chosen is None and sentence.frame is not None:
        # no cue of its own (a headline, a bullet under "Key decisions"): the subject
        # is what stands before the undertaking
        found = _subject_in(text, sentence, stretch, first)
        if found is not None:
            return found
    if chosen is not None and cues[chosen].nominal:
        # "the commitment of member states to pay 5%": whose undertaking it is
        of = _OF_AFTER.match(text, cues[chosen].end)
        owner = _mention_at(sentence, of.end()) if of is not None else None
        if owner is not None:
            return owner.party
    if chosen is not None:
        # "Allies welcomed Germany's new pledge", "announced Japan's contribution of 30 million
        # dollars": the owner of the undertaking named before it
        # "Slovenia's decision" too, unless a verb cue before it has its subject ("Ottawa is
        # negotiating to join ReArm Europe, the EU's plan to ...": Ottawa's undertaking)
        for m in itertools.islice(sentence.mentions, _first_from(sentence.mentions, stretch), None):
            if m.start >= first:
                break
            own = _OWN_UNDERTAKING.match(text, m.end)
            if own is not None and (
                own.group("decision") is None
                or not any(not c.nominal and c.start >= stretch for c in cues[:chosen])
            ):
                return m.party
    limit = cues[chosen].start if chosen is not None else sentence.end
    clause = _clause_start(text, sentence.start, limit, break_ends)
    # "signed an agreement, under which Tokyo will provide ...": the relative clause names
    # its own subject, sought first
    inner = _PREP_RELATIVE.search(sentence.folded, min(stretch, clause), limit)
    for lo in (*((inner.end(),) if inner else ()), min(stretch, clause), sentence.start):
        prev_end = lo
        person = False
        held: Party | None = None  # the subject of a clause set before the main one
        for c in itertools.islice(cues, _first_from(cues, lo), None):
            if c.start > limit:
                break
            found, subordinate = _subjects_in(text, sentence, prev_end, c.start)
            if found is not None:
                return found  # the main clause's ("If Bosnia's institutions agree, NATO could help")
            held = held or subordinate
            person = person or _PERSON.search(text, prev_end, c.start) is not None
            prev_end = c.end
            if c.status in (CommitmentStatus.AGREED, CommitmentStatus.ACHIEVED):
                # the object of a verb of decision is not the next verb's subject ("welcomed
                # Finland as ..."); verbs of expecting and urging take subjects as objects
                # ("I expect Allied leaders will agree"), and keep them
                prev_end = _after_object(text, c.end)
        if held is not None:
            return held  # "When Sweden joins, it will contribute ...": the only party named
        if person:
            return None  # "he also expected more support": a person, not a party, undertakes
    for m in sentence.mentions:
        if (
            m.start >= limit
            and _PREP_BY.search(sentence.folded, max(0, m.start - 4), m.start)
            and not _LED_BY.search(sentence.folded, max(0, m.start - 16), m.start)
        ):
            return m.party
        if (
            m.start >= stretch
            and m.party.code == "NATO"
            and _POSSESSIVE_AFTER.match(text, m.end)
            and not _TARGET_AFTER.match(text, m.end)
        ):
            # "expand NATO's support"; not "reach NATO's 2% target": who sets it does not reach it
            return m.party
    if sentence.frame_actor is not None:
        return sentence.frame_actor  # an item of a list whose line names who undertakes it
    if context.last_actor is not None and (
        _THEY.search(text, sentence.start, limit) or _CONTINUATION.match(text, sentence.start, sentence.end)
    ):
        return context.last_actor
    return None


#: A relative clause opened by a preposition ("under which", "after which"), whose subject
#: follows.
_PREP_RELATIVE: Final = compile_folded(
    r",[ \xa0]+(?:under|in|by|through|with|for|from|of|after|during)[ \xa0]+(?:which|whom)[ \xa0]"
)
_COORDINATION: Final = re.compile(r"(?:[ \xa0]*,)?[ \xa0]*(?:(?:and|&)[ \xa0]+)?(?:the[ \xa0]+)?$")
#: The last link of a list of parties: "and" or "&" ("Denmark, Finland and Sweden").
_LAST_LINK: Final = re.compile(r"[ \xa0]*,?[ \xa0]*(?:and|&)[ \xa0]")


def _listed_to(text: str, ms: Sequence[Mention], k: int) -> int:
    """The index of the last party listed with ``ms[k]`` ("of Denmark, Finland and
    Sweden": Sweden's), or ``k`` where it opens no list that "and" closes ("with Japan,
    Germany agreed ...": Germany is the subject)."""
    for last in range(k + 1, len(ms)):
        if not _COORDINATION.match(text, ms[last - 1].end, ms[last].start):
            break
        if _LAST_LINK.match(text, ms[last - 1].end, ms[last].start):
            return last
    return k


def _coordinated(text: str, sentence: Sentence, actor: Party | None, clause: int) -> tuple[int, int]:
    """Where the actor and the parties joined to it by "and" stand ("Japan and Korea")."""
    if actor is None:
        return (0, 0)
    ms = sentence.mentions
    lo = _first_from(ms, clause)
    first = next((i for i in range(lo, len(ms)) if ms[i].party == actor), None)
    if first is None:
        return (0, 0)
    last = first
    while last + 1 < len(ms) and _COORDINATION.match(text[ms[last].end : ms[last + 1].start]):
        last += 1
    return (ms[first].start, ms[last].end)


#: The year before which an undated brief's membership candidates had not joined: the
#: enlargements since (Montenegro 2017, North Macedonia 2020, Finland 2023, Sweden 2024)
#: and those to come are what news about membership concerns.
_UNDATED_CANDIDATES_FROM: Final = 2016


def _candidates_year(context: Context) -> int:
    """The year whose members a membership's candidates were not yet: the year before the
    brief's, or :data:`_UNDATED_CANDIDATES_FROM` for an undated brief."""
    return context.year - 1 if context.year is not None else _UNDATED_CANDIDATES_FROM


def _is_candidate(p: Party | None, context: Context) -> bool:
    """Whether ``p`` is a state that could join NATO in the brief's year (see
    :func:`_candidates_year`)."""
    return p is not None and p.kind is PartyKind.STATE and not is_member(p.code, _candidates_year(context))


def _beneficiary(
    text: str,
    sentence: Sentence,
    a: int,
    b: int,
    actor: Party | None,
    context: Context,
    kind: CommitmentKind,
    skip: tuple[int, int] = (0, 0),
) -> Party | None:
    """The first non-member named in the stretch ``[a, b)`` that is not the actor,
    nor named in ``skip`` (beside the subject).

    For membership a state that joins in the brief's year still counts ("welcomed
    Finland as the newest member"); in an undated brief, any state that was not yet a
    member when the enlargements of the news we read began (:data:`_UNDATED_CANDIDATES_FROM`)
    does, but no founding or long-standing member ("a ceremony in Washington").
    """
    year = _candidates_year(context) if kind is CommitmentKind.MEMBERSHIP else context.year
    for m in itertools.islice(sentence.mentions, _first_from(sentence.mentions, a), None):
        if m.start >= b:
            break
        if skip[0] <= m.start < skip[1]:
            continue
        p = m.party
        if p.kind is PartyKind.GROUP:
            p = next((x for x in group_members(p.code) if not is_member(x.code, year)), p)
        if actor is not None and p.code == actor.code:
            continue
        if p.code in ADVERSARIES or p.code == "NATO" or p.kind is PartyKind.GROUP:
            continue
        before = sentence.word_before(text, m.start)
        if before in _NOT_BENEFICIARY_BEFORE or (
            before in _TOPIC_BEFORE
            and m.form is not Form.DEMONYM
            and not text.startswith(("'s", "’s"), m.end)
        ):
            continue
        if before == "with" and _BORDER_WITH.search(text, max(0, m.start - 24), m.start):
            continue  # "clashes near the border with Serbia": a place, not who benefits
        if p.kind is PartyKind.ORGANIZATION and _cues.JOINED_AFTER.match(text, m.end):
            continue  # "EU accession": the union joined, not who benefits
        if is_member(p.code, year):
            continue
        return p
    return None


#: What joins an agreement to the parties it is between ("a memorandum" between Türkiye,
#: "the agreement signed among the three").
_BETWEEN_AFTER: Final = re.compile(
    r"[\"”’]?[ \xa0]+(?:(?:signed|concluded|reached|struck)[ \xa0]+)?(?:between|among)[ \xa0]+(?:the[ \xa0]+)?"
)


def _first_party_to(
    text: str, sentence: Sentence, hits: Sequence[tuple[int, int, CommitmentKind]]
) -> Party | None:
    """The first party named right after "between" or "among" after an agreement in
    ``hits``, if any: the parties to an agreement undertake it."""
    for _start, end, kind in hits:
        if kind is not CommitmentKind.SECURITY_AGREEMENT:
            continue
        between = _BETWEEN_AFTER.match(text, end)
        first = _mention_at(sentence, between.end()) if between is not None else None
        if first is not None:
            return first.party
    return None


def _mention_at(sentence: Sentence, pos: int) -> Mention | None:
    """The mention of ``sentence`` that starts at ``pos``, if one does."""
    i = _first_from(sentence.mentions, pos)
    return sentence.mentions[i] if i < len(sentence.mentions) and sentence.mentions[i].start == pos else None


def _roles(
    text: str,
    sentence: Sentence,
    cues: list[_Cue],
    chosen: int | None,
    kind: CommitmentKind,
    actor: Party | None,
    beneficiary: Party | None,
    context: Context,
    receipt: re.Match[str] | None,
) -> tuple[Party | None, Party | None]:
    """Correct actor and beneficiary where the verb or the kind turns the subject around.

    * With a verb of receipt ("Ukraine will receive", "Sweden will benefit") the
      subject is the beneficiary, and the giver is who it receives from, if named
      (``receipt`` is the sentence's first verb of receipt, found once per sentence).
    * In membership, a candidate that is the subject ("Finland gets an invite") is
      the beneficiary, unless it joins by its own act ("Georgia wants to join NATO").
    * In a security agreement of a partner with a member ("Ukraine and the USA
      signed"), the member undertakes and the partner benefits; with no member
      named ("Ukraine is negotiating agreements"), the partner benefits and the
      other side goes unnamed.
    """
    if actor is None or actor.code == "NATO" or actor.kind is PartyKind.ORGANIZATION:
        return actor, beneficiary
    window_end = cues[chosen].end + 40 if chosen is not None else sentence.end
    if (
        receipt is not None
        and receipt.end() <= window_end
        # not a receipt before the cue ("is set to receive jets ... and plans to acquire frigates")
        and (chosen is None or receipt.end() > cues[chosen].start)
    ):
        # a state or a group of them receives ("The Baltic states will receive ..."), from
        # whom it names after "from", or after "by" in a passive ("was promised ... by Germany",
        # whose agent was read as the actor: the receiver is then named before the verb)
        giver = next(
            (m.party for m in sentence.mentions if sentence.word_before(text, m.start) in ("from", "by")),
            None,
        )
        if giver is not None and giver == actor:
            receiver = next(
                (m.party for m in sentence.mentions if m.end <= receipt.start() and m.party != giver), None
            )
            return giver, receiver or beneficiary
        return giver, actor
    if actor.kind is not PartyKind.STATE:
        return actor, beneficiary
    partner = not is_member(actor.code, context.year)
    if partner and kind is CommitmentKind.MEMBERSHIP and not _joins(sentence):
        return None, actor
    if (
        partner
        and kind is CommitmentKind.SECURITY_AGREEMENT
        and not any(
            m.party.code == "NATO" and not MEETING_AFTER.match(text, m.end) for m in sentence.mentions
        )
    ):
        states = [m.party for m in sentence.mentions if m.party.kind is PartyKind.STATE and m.party != actor]
        member = next((p for p in states if is_member(p.code, context.year)), None)
        if member is not None:
            return member, actor  # "Ukraine and the USA signed": the USA undertakes, Ukraine benefits
        if beneficiary is None:
            # a co-signatory named beside it undertakes; with none named, the other side is unnamed
            return (states[0] if states else None), actor
    return actor, beneficiary


#: Joining the Alliance as the candidate's own act, and what makes it received instead.
_JOINING: Final = compile_folded(
    r"\b(?:join(?:s|ed|ing)?|accede[sd]?|acceding|appl(?:y|ies|ied|ying)[ \xa0]+(?:for|to))\b"
)
_RECEIVED: Final = compile_folded(r"\b(?:invit\w+|gets?|got|receiv\w+|offer\w*|welcom\w+)\b")


def _joins(sentence: Sentence) -> bool:
    """Whether the sentence's candidate joins by its own act: a verb of joining, with no
    invitation or receipt before it ("Finland gets an invite to join")."""
    joining = _JOINING.search(sentence.folded, sentence.start, sentence.end)
    return joining is not None and _RECEIVED.search(sentence.folded, sentence.start, joining.start()) is None


def _trim(text: str, a: int, b: int) -> tuple[int, int]:
    a, b = strip_span(text, a, b)
    m = _LEADING_WORDS.match(text, a, b)
    if m and m.end() < b:
        a = m.end()
    while a < b and text[a] in "\"'“‘«(,":
        a += 1
    while b > a and text[b - 1] in ".,;:!?\"'”’»)":
        if text[b - 1] == ")" and text.count("(", a, b) >= text.count(")", a, b):
            break  # the close of a bracket the undertaking opened ("... (DIANA)")
        b -= 1
    return a, b
