"""The typed model: what a parsed brief is made of.

Every class is a frozen, slotted, keyword-only attrs class; collections are tuples and
fixed vocabularies are enums with lower-case string values.  Every object extracted
from a brief carries a :class:`Span` into :attr:`Briefing.text`, and where it also
has a ``text`` field, ``briefing.text[obj.span.start:obj.span.end] == obj.text``.
"""

import datetime as dt
import enum
import re
from typing import Any, Final

import attrs

__all__ = [
    "Briefing",
    "Commitment",
    "CommitmentKind",
    "CommitmentStatus",
    "Diagnostic",
    "Event",
    "EventKind",
    "Partnership",
    "Party",
    "PartyKind",
    "Passage",
    "Person",
    "Quantity",
    "Section",
    "Span",
]

_CODE: Final = re.compile(r"[A-Z][A-Z0-9]*(?:-[A-Z0-9]+)*")


def _upper_code(_instance: Any, attribute: "attrs.Attribute[str]", value: str) -> None:
    if not _CODE.fullmatch(value):
        raise ValueError(f"{attribute.name} must be an upper-case code like 'KOR' or 'G7', not {value!r}")


def _text_fits_span(instance: Any, attribute: "attrs.Attribute[str]", value: str) -> None:
    span: Span = instance.span
    if len(value) != span.end - span.start:
        raise ValueError(
            f"{attribute.name} has {len(value)} characters but its span {span.start}..{span.end} "
            f"covers {span.end - span.start}"
        )


@attrs.frozen(kw_only=True)
class Span:
    """Half-open character offsets ``[start, end)`` into :attr:`Briefing.text`.

    ``briefing.text[span.start:span.end]`` is the evidence an object was read from.
    """

    start: int
    """Offset of the first character (0-based, inclusive)."""

    end: int = attrs.field()
    """Offset one past the last character (exclusive); never smaller than :attr:`start`."""

    @end.validator
    def _check(self, _attribute: "attrs.Attribute[int]", end: int) -> None:
        # One validator for both offsets: spans are made by the hundred thousand.
        if self.start < 0:
            raise ValueError(f"start must be >= 0, not {self.start}")
        if end < self.start:
            raise ValueError(f"end ({end}) must not be smaller than start ({self.start})")

    def __len__(self) -> int:
        return self.end - self.start

    def slice(self) -> slice:
        """This span as a :class:`slice`, for ``text[span.slice()]``."""
        return slice(self.start, self.end)


class PartyKind(enum.Enum):
    """What kind of actor a :class:`Party` is."""

    STATE = "state"
    """A sovereign state, coded by its ISO 3166-1 alpha-3 code."""
    ORGANIZATION = "organization"
    """An international organisation such as NATO, the EU or the UN."""
    GROUP = "group"
    """A named group of states such as the G7 or the Indo-Pacific partners (IP4)."""


@attrs.frozen(kw_only=True)
class Party:
    """A state, organisation or group that acts in, or benefits from, a brief."""

    name: str
    """Canonical name, e.g. ``"Republic of Korea"`` whatever the text called it."""

    code: str = attrs.field(validator=_upper_code)
    """A stable code — ISO 3166-1 alpha-3 for states (``"KOR"``), an upper-case acronym for
    organisations and groups (``"NATO"``, ``"EU"``, ``"G7"``, ``"IP4"``)."""

    kind: PartyKind
    """Whether the party is a state, an organisation or a group."""


@attrs.frozen(kw_only=True)
class Passage:
    """A piece of the brief's own text (a title, a lead, a bullet, a paragraph)."""

    text: str = attrs.field(validator=_text_fits_span)
    """The characters exactly as they stand in the source."""

    span: Span
    """Where :attr:`text` stands in :attr:`Briefing.text`."""

    def __str__(self) -> str:
        return self.text


@attrs.frozen(kw_only=True)
class Person:
    """A named person, with the title and affiliation the brief gives them."""

    name: str = attrs.field(validator=_text_fits_span)
    """The name as written at its first full mention, name order kept (``"KISHIDA Fumio"``)."""

    span: Span
    """Where the first full mention of :attr:`name` stands."""

    title: str | None = None
    """The title attached to the name at any mention (``"Secretary General"``), or None."""

    affiliation: str | None = None
    """The code of the party the person speaks for (``"NATO"``, ``"UKR"``), or None."""

    mentions: tuple[Span, ...] = ()
    """Every later mention, by surname alone or by title alone (``"the Secretary-General"``)."""


@attrs.frozen(kw_only=True)
class Quantity:
    """An amount: money, a share of GDP, a percentage or a count."""

    value: float
    """The normalised number (``40e9`` for "€40 billion", ``2.0`` for "2% of GDP")."""

    unit: str
    """``"EUR"``, ``"USD"`` (or another ISO 4217 code), ``"percent_gdp"``, ``"percent"`` or
    ``"count"``."""

    text: str = attrs.field(validator=_text_fits_span)
    """The amount as written (``"€40 billion"``)."""

    span: Span
    """Where :attr:`text` stands."""


class EventKind(enum.Enum):
    """What kind of meeting an :class:`Event` is."""

    SUMMIT = "summit"
    """A meeting of heads of state and government."""
    MINISTERIAL = "ministerial"
    """A meeting of foreign or defence ministers."""
    COUNCIL = "council"
    """A meeting of a council such as the NATO-Ukraine Council."""
    CONFERENCE = "conference"
    """A conference, forum or other gathering."""


@attrs.frozen(kw_only=True)
class Event:
    """A meeting the brief refers to, with its place and dates where known."""

    name: str
    """The canonical name, such as ``"Washington Summit"`` or ``"NATO Defence Ministers' Meeting"``."""

    kind: EventKind
    """Whether it is a summit, a ministerial meeting, a council or a conference."""

    text: str = attrs.field(validator=_text_fits_span)
    """The first mention as written (``"next week's Washington summit"``)."""

    span: Span
    """Where :attr:`text` stands."""

    location: str | None = None
    """Host city, e.g. ``"Washington, D.C."``, or None when unknown."""

    start: dt.date | None = None
    """First day, from the table of known summits or a date the text resolves."""

    end: dt.date | None = None
    """Last day; equal to :attr:`start` for a one-day event."""


class CommitmentKind(enum.Enum):
    """What a commitment undertakes (SPEC §4)."""

    FINANCIAL = "financial"
    """Money (pledges, funding, financial assistance, trust funds), whatever it buys."""
    MILITARY_AID = "military_aid"
    """Military or security assistance to a partner (weapons, equipment, training,
    unspecified support) and coordinating that assistance."""
    DEFENCE_SPENDING = "defence_spending"
    """National defence budgets and GDP-share targets (2%, 3.5%, 5%)."""
    DEFENCE_INDUSTRY = "defence_industry"
    """Production, industrial capacity and cooperation, buying and procurement."""
    AIR_MISSILE_DEFENCE = "air_missile_defence"
    """Deploying or operating air and missile defence (IAMD, Aegis Ashore)."""
    DETERRENCE = "deterrence"
    """Collective defence posture — forces, deployments, battlegroups, readiness, defence
    plans, exercises."""
    MEMBERSHIP = "membership"
    """Accession, invitations to join, ratification, the path to membership, the open door."""
    SECURITY_AGREEMENT = "security_agreement"
    """Bilateral or multilateral security agreements, accords and partnership programmes."""
    INSTITUTIONAL = "institutional"
    """New bodies, commands, offices, councils, missions, reforms and adopted strategies."""
    INTEROPERABILITY = "interoperability"
    """Interoperability, common standards, transition to NATO standards."""
    TECHNOLOGY = "technology"
    """Cyber, space, innovation, new and emerging technologies."""
    OTHER = "other"
    """Any other concrete undertaking."""


class CommitmentStatus(enum.Enum):
    """How firm a commitment is, read from the modality of its own clause (SPEC §4)."""

    ACHIEVED = "achieved"
    """Reported as delivered, met or already in place ("23 Allies now spend 2%")."""
    AGREED = "agreed"
    """Decided, adopted, approved, signed, pledged or endorsed."""
    PLANNED = "planned"
    """A definite future (will, shall, is to, plans to, is set to)."""
    EXPECTED = "expected"
    """Hedged by the speaker (expects, anticipates, hopes, likely, could)."""
    PROPOSED = "proposed"
    """Advocated but not agreed (proposes, calls for, urges, must, should, negotiating)."""


@attrs.frozen(kw_only=True)
class Commitment:
    """An undertaking by a party to a concrete action or contribution, or one met."""

    text: str = attrs.field(validator=_text_fits_span)
    """The clause that states the undertaking, as written."""

    span: Span
    """Where :attr:`text` stands."""

    kind: CommitmentKind
    """What is undertaken."""

    status: CommitmentStatus
    """How firm the undertaking is."""

    actor: Party | None = None
    """Who undertakes it (Allies and the Alliance are ``NATO``), or None if unsaid."""

    beneficiary: Party | None = None
    """Who receives or benefits from it, or None if unsaid."""

    amounts: tuple[Quantity, ...] = ()
    """Every amount stated in the clause, in text order."""


@attrs.frozen(kw_only=True)
class Partnership:
    """A statement of cooperation between NATO or its Allies and named non-members."""

    text: str = attrs.field(validator=_text_fits_span)
    """The sentence or clause that states the cooperation."""

    span: Span
    """Where :attr:`text` stands."""

    partners: tuple[Party, ...] = ()
    """The named partners other than NATO and its Allies, in text order."""

    region: str | None = None
    """The first region named in the statement, as written (``"Indo-Pacific"``)."""

    areas: tuple[str, ...] = ()
    """The fields of cooperation as the text names them (``"cyber"``)."""


@attrs.frozen(kw_only=True)
class Section:
    """A run of paragraphs under one sub-heading (or under none, at the top)."""

    heading: Passage | None
    """The sub-heading, or None for the paragraphs before the first one."""

    paragraphs: tuple[Passage, ...] = ()
    """The section's paragraphs and bullets, in order."""


@attrs.frozen(kw_only=True)
class Diagnostic:
    """A problem the lenient reader noted and read past."""

    message: str
    """What was expected or what was wrong."""

    line: int
    """1-based line of the problem."""

    column: int
    """1-based column of the problem."""

    span: Span
    """The characters the problem concerns (empty when it is a position)."""


@attrs.frozen(kw_only=True)
class Briefing:
    """One parsed brief: its structure and everything extracted from it."""

    text: str
    """The input exactly as given; every span in the briefing indexes this string."""

    date: dt.date | None = None
    """The brief's own date, from its header, dateline or publication line, else None."""

    title: Passage | None = None
    """The headline of a plain article, or None (the house format has none)."""

    lead: Passage | None = None
    """The lead — the rest of the house header line, or an article's first paragraph."""

    key_points: tuple[Passage, ...] = ()
    """The bullets that directly follow the lead."""

    sections: tuple[Section, ...] = ()
    """The body, its paragraphs grouped under their sub-headings."""

    people: tuple[Person, ...] = ()
    """Every named person, in order of first mention."""

    events: tuple[Event, ...] = ()
    """Every summit or meeting referred to, in order of first mention."""

    commitments: tuple[Commitment, ...] = ()
    """Every commitment stated, in text order."""

    partnerships: tuple[Partnership, ...] = ()
    """Every partnership stated, in text order."""

    diagnostics: tuple[Diagnostic, ...] = ()
    """Problems the lenient reader read past (always empty under ``strict=True``)."""
