"""Stage 3: extraction, fed by the reader's sentences.

First the signals of both kinds of statement (kind terms, amounts, status cues,
regions, parties that could be partners) are found once for the whole text.  Then each sentence that
holds enough of them to state something is read once: its parties and amounts are
gathered, and the commitment and partnership extractors look at it with what they
already know.  Other sentences are passed over unread.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Sequence
from typing import Final

from natobrief._amounts import find_quantities
from natobrief._commitments import Context, Sentence, Signals, find_commitments, list_frame
from natobrief._lexicon import ADVERSARIES
from natobrief._model import Commitment, CommitmentStatus, Partnership, Party, PartyKind, Person
from natobrief._parties import Form, Mention, find_parties, party
from natobrief._partnerships import Places, find_partnership
from natobrief._text import ends_inside_word

__all__ = ["extract"]

#: A headline's subject: the words from its capital up to its verb, within one clause.
_HEADLINE_SUBJECT: Final = r"(?=[A-Z])(?:[^.:;!?]{0,60}?[ \xa0])?"
#: A headline's future: "Netherlands to finance drone production" (an infinitive after
#: the subject, with no auxiliary before it).
_HEADLINE_FUTURE: Final = re.compile(_HEADLINE_SUBJECT + r"(?P<before>\w+)[ \xa0]+to[ \xa0]+[a-z]+")
#: A title's verb in the present tense, after its subject: a measure taken ("Denmark
#: boosts defence spending", "Norway orders 54 tanks") or a start (group ``start``: "NATO
#: begins exercise").
_HEADLINE_PRESENT: Final = re.compile(
    _HEADLINE_SUBJECT + r"(?:(?P<start>begins|starts|kicks[ \xa0]+off)|boosts|raises|increases|hikes"
    r"|bolsters|expands|extends|beefs[ \xa0]+up|ups|orders|buys|purchases|acquires)[ \xa0]"
)
#: Words before "to" that make it no headline future ("is to", "plans to": cues of their own).
_NOT_HEADLINE_SUBJECT: Final = frozenset(
    [
        "is",
        "are",
        "was",
        "were",
        "has",
        "have",
        "had",
        "set",
        "plan",
        "plans",
        "want",
        "wants",
        "ready",
        "able",
        "going",
        "due",
        # nouns of undertaking, whose "to" is their content ("take decisions to strengthen")
        "decision",
        "decisions",
        "agreement",
        "commitment",
        "commitments",
        "pledge",
        "pledges",
        "steps",
        "measures",
        "efforts",
        "moves",
        "bid",
        "call",
        "calls",
        # nouns of giving, whose "to" names who or what receives ("contributions to air defence")
        "contribution",
        "contributions",
        "support",
        "aid",
        "assistance",
        "path",
        "road",
        "door",
    ]
)

#: Headings that supply the cue for the bullets under them ("Key decisions:").
_DECISION_HEADING: Final = re.compile(
    r"(?i)\b(?:decisions?|decided|agreed|outcomes?|commitments?|deliverables)\b"
)


def extract(
    text: str,
    folded: str,
    sentences: list[tuple[int, int, str]],
    year: int | None,
    people: Sequence[Person] = (),
    mentions: Sequence[Mention] | None = None,
) -> tuple[tuple[Commitment, ...], tuple[Partnership, ...]]:
    """Return the commitments and partnerships stated in ``sentences`` of ``text``.

    ``folded`` is ``text`` passed through :func:`natobrief._lexmatch.fold`.
    ``sentences`` are ``(start, end, role)`` in reading order (see
    :func:`natobrief._parser.parse`); ``year`` is the brief's, for who counts as an Ally.
    A person whose affiliation is known speaks and acts for that party
    ("Zelenskyy announced agreements" is Ukraine's act).
    """
    signals = Signals.of(text, folded)
    context = Context(year=year, signals=signals)
    if mentions is None:
        mentions = find_parties(text)
    spoken = _person_mentions(people)
    party_starts = [m.start for m in mentions]
    # the states that "it" or "the country" may name next, by where they stand: each sentence
    # that opens with one makes it the last actor (the enum members read once: reading one
    # costs four times a plain attribute, and a brief may name thousands of parties)
    name, state = Form.NAME, PartyKind.STATE
    openers = {
        m.start: m.party
        for m in mentions
        if m.form is name and m.party.kind is state and m.party.code not in ADVERSARIES
    }
    spoken_starts = [m.start for m in spoken]
    places = Places.of(text, [*mentions, *spoken], context)
    commitments: list[Commitment] = []
    partnerships: list[Partnership] = []
    heading_frame: CommitmentStatus | None = None
    starts = [s for s, _, _ in sentences]
    ends = [e for _, e, _ in sentences]
    marks = signals.marks(starts, ends)
    placed = places.touching(starts, ends)
    # of a line that introduces a list ("Key decisions:", "Allies agreed to:"), and who it names
    list_frame: CommitmentStatus | None = None
    list_actor: Party | None = None
    for i, (s, e, role) in enumerate(sentences):
        if role == "heading":
            heading_frame = CommitmentStatus.AGREED if _DECISION_HEADING.search(text, s, e) else None
            list_frame = list_actor = None
            if heading_frame is not None:
                continue  # "Key decisions": a frame for what follows, not an undertaking
        elif role not in ("bullet", "key_point"):
            list_frame, list_actor = _introduced(text, folded, s, e, context, mentions, party_starts)
        opener = openers.get(s)
        if opener is not None:
            # "Estonia welcomed the decision. Its minister said the country would ...": the
            # state a sentence opens with is who "it" or "the country" names next
            context.last_actor = opener
        # a sentence cut inside a word is always read: a match across the cut may hide one inside it
        cut = ends_inside_word(text, e)
        if not (cut or i in marks.undertaken or i in placed):
            continue  # no signal of either kind of statement stands here: the sentence is not read
        frame_actor = None
        if role == "bullet":
            frame = heading_frame or list_frame
            frame_actor = list_actor if heading_frame is None else None
        elif role == "key_point":
            frame, frame_actor = list_frame, list_actor
        else:
            frame = _headline_frame(text, s, e, role)
        commits = cut or marks.may_commit(text, i, s, e, frame, context)
        partners = cut or i in placed
        if not (commits or partners):
            continue  # neither kind of statement can stand here
        named = _merge(_within(mentions, party_starts, s, e), _within(spoken, spoken_starts, s, e))
        quantities = find_quantities(text, folded, s, e, [m for _, _, m in signals.amounts.within(s, e)])
        sentence = Sentence(
            start=s,
            end=e,
            mentions=named,
            quantities=quantities,
            folded=folded,
            frame=frame,
            frame_actor=frame_actor,
            partnered=partners and places.named_in(s, e),
        )
        if commits:
            commitments.extend(find_commitments(text, sentence, context))
        partnership = find_partnership(text, sentence, context, places) if partners else None
        if partnership is not None:
            partnerships.append(partnership)
    return tuple(commitments), tuple(partnerships)


def _introduced(
    text: str,
    folded: str,
    s: int,
    e: int,
    context: Context,
    mentions: Sequence[Mention],
    party_starts: list[int],
) -> tuple[CommitmentStatus | None, Party | None]:
    """The status and the actor that a line ending in a colon gives the list under it:
    those its verb cue gives ("Canada announced the following:" is agreed, by Canada),
    or, with no verb cue, agreed by no one named where the line names decisions ("Key
    decisions:"); (None, None) for any other line."""
    if text[e - 1] != ":":
        return None, None
    line = Sentence(
        start=s, end=e, mentions=_within(mentions, party_starts, s, e), quantities=(), folded=folded
    )
    framed = list_frame(text, line, context)
    if framed is not None:
        return framed
    if _DECISION_HEADING.search(text, s, e) is not None:
        return CommitmentStatus.AGREED, None
    return None, None


def _person_mentions(people: Sequence[Person]) -> list[Mention]:
    """A party mention for every mention of a person with a known affiliation."""
    out = []
    for person in people:
        if person.affiliation is None:
            continue
        try:
            who = party(person.affiliation)
        except KeyError:
            continue
        for span in (person.span, *person.mentions):
            out.append(Mention(span.start, span.end, who, Form.PERSON))
    out.sort(key=lambda m: m.start)
    return out


def _merge(parties: list[Mention], persons: list[Mention]) -> list[Mention]:
    """Both lists in text order; a person inside a party's name is dropped."""
    if not persons:
        return parties
    kept = [p for p in persons if not any(m.start <= p.start < m.end for m in parties)]
    return sorted(parties + kept, key=lambda m: m.start)


def _within(items: Sequence[Mention], starts: list[int], s: int, e: int) -> list[Mention]:
    """The mentions that start in ``[s, e)``; ``starts`` are their sorted starts."""
    return list(items[bisect.bisect_left(starts, s) : bisect.bisect_left(starts, e)])


def _headline_frame(text: str, s: int, e: int, role: str) -> CommitmentStatus | None:
    """A headline's "X to do Y" is a plan ("Netherlands to finance drone production"),
    also as the lead of a house brief where it ends as headlines do, with no full stop.
    A title's present tense tells news: a measure taken ("Denmark boosts defence spending")
    is agreed, a start ("NATO begins exercise") achieved."""
    if role != "title" and (role != "lead" or text[e - 1] in ".!?"):
        return None
    m = _HEADLINE_FUTURE.match(text, s, e)
    if m is not None and m.group("before").lower() not in _NOT_HEADLINE_SUBJECT:
        return CommitmentStatus.PLANNED
    if role == "title":
        present = _HEADLINE_PRESENT.match(text, s, e)
        if present is not None:
            return CommitmentStatus.ACHIEVED if present.group("start") else CommitmentStatus.AGREED
    return None
