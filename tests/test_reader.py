"""The reader: structure, dates, people, events, streams and bad input."""

from __future__ import annotations

import datetime as dt
import io
import re
from pathlib import Path
from typing import Any

import pytest
from grounding import assert_grounded
from hypothesis import example, given
from hypothesis import strategies as st

import natobrief as nb
from natobrief import _parties, _people, _text
from natobrief._people import _whole_word_at
from natobrief._text import sentences

SEED = Path(__file__).resolve().parent.parent / "seeds" / "2024-07-06-washington-summit-preview.txt"


# --- the seed ---------------------------------------------------------------------------


def test_seed_structure() -> None:
    b = nb.parse_file(SEED)
    assert dt.date(2024, 7, 6) == b.date
    assert b.lead is not None
    assert b.lead.text.startswith("On Friday, July 5, 2024, Secretary General Jens Stoltenberg previewed")
    assert b.lead.text.endswith('"most urgent task."')
    assert len(b.key_points) == 5
    assert b.key_points[1].text.startswith("NATO plans to coordinate Ukraine")
    assert len(b.sections) == 2
    assert b.sections[0].heading is None
    assert len(b.sections[0].paragraphs) == 2
    assert b.sections[1].heading is not None
    assert b.sections[1].heading.text == "What is planned at the next Peace Summit"
    assert len(b.sections[1].paragraphs) == 2
    assert b.diagnostics == ()
    assert_grounded(b)


def test_seed_people_and_events() -> None:
    b = nb.parse_file(SEED)
    assert len(b.people) == 1
    person = b.people[0]
    assert (
        person.name,
        person.title,
        person.affiliation,
    ) == ("Jens Stoltenberg", "Secretary General", "NATO")
    later = [b.text[m.start : m.end] for m in person.mentions]
    assert later == ["The NATO Secretary General", "The Secretary-General", "The Secretary-General"]
    assert len(b.events) == 1
    event = b.events[0]
    assert (
        event.name,
        event.kind,
        event.location,
    ) == ("Washington Summit", nb.EventKind.SUMMIT, "Washington, D.C.")
    assert (dt.date(2024, 7, 9), dt.date(2024, 7, 11)) == (event.start, event.end)
    assert event.text == "next week's Washington summit"


# --- line ends, marks and spaces ------------------------------------------------------------


@pytest.mark.parametrize("newline", ["\n", "\r\n", "\r"])
def test_line_ends_keep_spans_on_the_original(newline: str) -> None:
    lines = [
        "date 2024-07-06 NATO will open a centre.",
        "- Allies agreed to send aid to Ukraine.",
        "A paragraph.",
    ]
    text = newline.join(lines) + newline
    b = nb.parse(text)
    assert b.lead.text == "NATO will open a centre." if b.lead else False
    assert [k.text for k in b.key_points] == ["Allies agreed to send aid to Ukraine."]
    assert [[s.heading, [p.text for p in s.paragraphs]] for s in b.sections] == [[None, ["A paragraph."]]]
    assert_grounded(b)


def test_bom_tabs_nbsp_and_curly_quotes_are_normal_input() -> None:
    text = "\ufeffdate\t2024-07-06\tThe Alliance\u00a0will “deliver” air defence to Ukraine.\n\t- A point.\u00a0\n"
    b = nb.parse(text)
    assert dt.date(2024, 7, 6) == b.date
    assert b.lead is not None
    assert b.lead.text == "The Alliance\u00a0will “deliver” air defence to Ukraine."
    assert [k.text for k in b.key_points] == ["A point."]
    assert b.diagnostics == ()
    assert_grounded(b)


@pytest.mark.parametrize("mark", ["-", "*", "•", "–", "—", "1.", "2)"])
def test_every_bullet_mark(mark: str) -> None:
    b = nb.parse(f"date 2024-07-06 Lead.\n{mark} First point.\n{mark} Second point.\n")
    assert [k.text for k in b.key_points] == ["First point.", "Second point."]


def test_bullets_after_a_heading_belong_to_its_section() -> None:
    b = nb.parse("date 2024-07-06 Lead.\nA paragraph.\nKey decisions\n- One.\n- Two.\n")
    assert [k.text for k in b.key_points] == []
    assert [[s.heading.text if s.heading else None, [p.text for p in s.paragraphs]] for s in b.sections] == [
        [None, ["A paragraph."]],
        ["Key decisions", ["One.", "Two."]],
    ]


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        # a heading first: no section without a heading
        ("Background\nText here.\n", [["Background", ["Text here."]]]),
        # two headings in a row: the first heads no paragraph, and is kept
        ("First heading\nSecond heading\nText.\n", [["First heading", []], ["Second heading", ["Text."]]]),
        # no heading at all: one section without one
        ("One paragraph.\nAnother one.\n", [[None, ["One paragraph.", "Another one."]]]),
    ],
)
def test_sections_group_paragraphs_under_their_headings(body: str, expected: list[Any]) -> None:
    b = nb.parse("date 2024-07-06 Lead.\n" + body)
    assert [
        [s.heading.text if s.heading else None, [p.text for p in s.paragraphs]] for s in b.sections
    ] == expected


def test_markdown_headings() -> None:
    b = nb.parse("date 2024-07-06 Lead.\n## Background\nText here.\n### More\nMore text.\n")
    assert [s.heading.text for s in b.sections if s.heading] == ["Background", "More"]


def test_hashtag_is_not_a_heading() -> None:
    b = nb.parse("date 2024-07-06 Lead.\n#NATO leaders met today\nText.\n")
    assert [s.heading for s in b.sections] == [None]


# --- sentences ------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Gen. Smith met U.S. officials. They agreed.", ["Gen. Smith met U.S. officials.", "They agreed."]),
        ('He called it "our task." Then he left.', ['He called it "our task."', "Then he left."]),
        (
            "Spending rose 2.5% in 2024. It was 1.9% before.",
            ["Spending rose 2.5% in 2024.", "It was 1.9% before."],
        ),
        ("On 10 Jul. 2024 they met. No. 5 was there.", ["On 10 Jul. 2024 they met.", "No. 5 was there."]),
        ("J. Smith spoke! Did he? Yes.", ["J. Smith spoke!", "Did he?", "Yes."]),
    ],
)
def test_sentence_boundaries(text: str, expected: list[str]) -> None:
    assert expected == [text[s:e] for s, e in sentences(text, 0, len(text))]


# --- the brief's date -----------------------------------------------------------------------


@pytest.mark.parametrize(
    ("header", "expected"),
    [
        ("date 2024-07-06", dt.date(2024, 7, 6)),
        ("date 6 July 2024", dt.date(2024, 7, 6)),
        ("date July 6, 2024", dt.date(2024, 7, 6)),
        ("date 06.07.2024", dt.date(2024, 7, 6)),
        ("date 2024/07/06", dt.date(2024, 7, 6)),
        ("date Saturday, 6 July 2024", dt.date(2024, 7, 6)),
        ("date 6th of July 2024", dt.date(2024, 7, 6)),
        ("   date 6 Jul. 2024", dt.date(2024, 7, 6)),
        ("date 2024-07-06T09:30:00Z", dt.date(2024, 7, 6)),
    ],
)
def test_header_date_forms(header: str, expected: dt.date) -> None:
    b = nb.parse(f"{header} The lead sentence.")
    assert expected == b.date
    assert b.lead is not None
    assert b.lead.text == "The lead sentence."


def _front(line: str) -> str:
    """An article with a headline, then ``line``, then its lead."""
    return f"A headline\n{line}\nLeaders agreed a new concept at the meeting."


@pytest.mark.parametrize(
    ("article", "expected"),
    [
        (
            "A headline\nMadrid 30.06.2022 Leaders agreed a new concept at the meeting in the city.",
            dt.date(2022, 6, 30),
        ),
        (_front("10 Jul. 2024 - Press Release"), dt.date(2024, 7, 10)),
        (_front("June 27, 2024 at 14:05"), dt.date(2024, 6, 27)),
        (_front("Published : July 5, 2024 - 16:13"), dt.date(2024, 7, 5)),
        (_front("Anna SmithTuesday, 24 June 2025, 16:22"), dt.date(2025, 6, 24)),
        (_front("2024-06-14T10:00:00Z"), dt.date(2024, 6, 14)),
        (_front("Updated: 14 June 2023 09:12 CET"), dt.date(2023, 6, 14)),
        ("BRUSSELS, June 14 (Reuters) - Leaders agreed a new concept at the meeting on Friday.", None),
        # numeric forms: dots and dashes are day-first, slashes month-first, a year first is Y-M-D
        (_front("Last update: 05-07-2024"), dt.date(2024, 7, 5)),
        (_front("05.07.2024"), dt.date(2024, 7, 5)),
        (_front("07/05/2024"), dt.date(2024, 7, 5)),
        (_front("2024.07.05"), dt.date(2024, 7, 5)),
        # a month name is the date's, not one of the place's words
        (
            "BRUSSELS, June 14, 2023 (Reuters) - Leaders agreed a new concept at the meeting on Friday.",
            dt.date(2023, 6, 14),
        ),
        (
            "VILNIUS, Lithuania, July 11, 2023 - Leaders agreed a new concept at the meeting on Tuesday.",
            dt.date(2023, 7, 11),
        ),
        (
            "OTTAWA, Jan. 5, 2024 /Newswire/ -- Leaders agreed a new concept at the meeting on Friday.",
            dt.date(2024, 1, 5),
        ),
        ("Madrid, June 29 (Agency)--Leaders agreed a new concept at the meeting on Friday.", None),
        # a news agency in brackets between the place and the date
        (
            "OTTAWA (CP) - November 2, 2026 - Leaders agreed a new concept at the meeting on Friday.",
            dt.date(2026, 11, 2),
        ),
        ("KYIV (Reuters) — 3 March 2026 — Leaders agreed a new concept at the meeting.", dt.date(2026, 3, 3)),
        # in Markdown's bold
        ("**Brussels, 3 June 2025** – Leaders agreed a new concept at the meeting.", dt.date(2025, 6, 3)),
        ("A headline\nOn Friday, July 5, 2024, leaders agreed a new concept at the meeting.", None),
        ("A headline\nLeaders will meet on 9 July 2024 to agree a new concept at the meeting.", None),
        # a publication line or a bare date on the first line is no headline
        (
            "Published: 12 June 2023\nLeaders agreed a new concept at the meeting on Friday.",
            dt.date(2023, 6, 12),
        ),
        (
            "Last update 14:32 GMT, 5 September 2024\nLeaders agreed a new concept at the meeting.",
            dt.date(2024, 9, 5),
        ),
        ("12 June 2023\nLeaders agreed a new concept at the meeting on Friday.", dt.date(2023, 6, 12)),
        # a dateline on a line of its own, above the headline or the lead
        (
            "Ottawa, Canada - March 3, 2026\nLeaders agreed a new concept at the meeting on Friday.",
            dt.date(2026, 3, 3),
        ),
        ("BRUSSELS, 4 April 2026\nNATO will act.", dt.date(2026, 4, 4)),
        # a timestamp, and a date among the fields of front matter, on the first line
        ("2025-03-12T10:00:00Z\nLeaders agreed a new concept at the meeting.", dt.date(2025, 3, 12)),
        ("2025-03-12 14:32 GMT\nLeaders agreed a new concept at the meeting.", dt.date(2025, 3, 12)),
        ("By Jane Doe and John Roe | March 12, 2025\nLeaders agreed a new concept.", dt.date(2025, 3, 12)),
        ("Mar 12, 2025 | By Jane Doe\nLeaders agreed a new concept at the meeting.", dt.date(2025, 3, 12)),
    ],
)
def test_dateline_forms(article: str, expected: dt.date | None) -> None:
    assert expected == nb.parse(article).date


def test_a_headline_may_open_with_a_word_of_publication() -> None:
    b = nb.parse("Released hostages return home\nLeaders agreed a new concept at the meeting on Friday.")
    assert (b.title.text if b.title else None, b.date) == ("Released hostages return home", None)


def test_a_dateline_above_the_headline_is_front_matter() -> None:
    b = nb.parse(
        "Ottawa, Canada - March 3, 2026\n\nMinister announces new troops for Latvia\n\n"
        "Canada said on Tuesday that it will deploy 300 more soldiers to Latvia.\n"
    )
    assert b.date == dt.date(2026, 3, 3)
    assert (b.title.text if b.title else None) == "Minister announces new troops for Latvia"
    assert (b.lead.text if b.lead else "").startswith("Canada said")
    # the dateline is kept, as the front matter's paragraph
    assert [p.text for s in b.sections for p in s.paragraphs] == ["Ottawa, Canada - March 3, 2026"]
    # a sentence after the dateline is the lead, however short, not a headline
    short = nb.parse("BRUSSELS, 4 April 2026\nNATO will act.")
    assert (short.title, short.lead.text if short.lead else None) == (None, "NATO will act.")


# --- people and events ----------------------------------------------------------------------


def test_a_byline_among_front_matters_fields_names_its_writer() -> None:
    b = nb.parse("Mar 12, 2025 | By Jane Doe\nLeaders agreed a new concept at the meeting.")
    assert [(p.name, p.title) for p in b.people] == [("Jane Doe", None)]
    assert nb.parse("NATO will act | by default it will.").people == ()


@pytest.mark.parametrize(
    ("first", "title"),
    [
        ("By Anna Kowalska", None),  # a byline
        ("By Jane Doe and John Roe, Reuters", None),
        ("By 2030, Allies aim higher", "By 2030, Allies aim higher"),  # a headline that opens with "By"
        ("NATO chief says Allies will boost air defences", "NATO chief says Allies will boost air defences"),
    ],
)
def test_a_byline_is_no_headline(first: str, title: str | None) -> None:
    article = f"{first}\n\nBRUSSELS, 14 February 2024 - NATO said on Wednesday that Allies would do more.\n"
    b = nb.parse(article)
    assert (b.title.text if b.title else None) == title
    assert b.date == dt.date(2024, 2, 14)


@pytest.mark.parametrize(
    ("sentence", "name", "title"),
    [
        ("NATO chief Mark Rutte said the plan was ready.", "Mark Rutte", "NATO chief"),
        ("President Volodymyr Zelenskyy thanked the Allies.", "Volodymyr Zelenskyy", "President"),
        ("Prime Minister Kaja Kallas spoke first.", "Kaja Kallas", "Prime Minister"),
        (
            "The plan was welcomed by Ursula von der Leyen, European Commission President, today.",
            "Ursula von der Leyen",
            "European Commission President",
        ),
        ("Minister of Defence Pål Jonson visited the base.", "Pål Jonson", "Minister of Defence"),
        ("Prime Minister KISHIDA Fumio arrived on Monday.", "KISHIDA Fumio", "Prime Minister"),
        (
            "Defence Minister Tore O. Sandvik spoke first.",
            "Tore O. Sandvik",
            "Defence Minister",
        ),  # an initial
        ("EU Commissioner Andrius Kubilius spoke first.", "Andrius Kubilius", "EU Commissioner"),
        # legislators and party leaders
        ("Conservative MP James Bezan spoke first.", "James Bezan", "Conservative MP"),
        ("Congresswoman Ana Costa spoke first.", "Ana Costa", "Congresswoman"),
        ("Speaker Ana Costa opened the session.", "Ana Costa", "Speaker"),
        (
            "The premier met his Swedish counterpart Ulf Kristersson.",
            "Ulf Kristersson",
            "Swedish counterpart",
        ),
        ("Senator Dan O'Brien said the bill would pass.", "Dan O'Brien", "Senator"),  # O' opens a surname
        ("Irish Taoiseach Micheál Martin spoke first.", "Micheál Martin", "Irish Taoiseach"),
        (
            "North Korean leader Kim Jong-un watched the launch.",
            "Kim Jong-un",
            "North Korean leader",
        ),  # two words
        (
            "Meanwhile German Chancellor Friedrich Merz spoke.",
            "Friedrich Merz",
            "German Chancellor",
        ),  # an adverb
        # a title in apposition loses its article
        (
            "Said Camille Grand, a former NATO assistant secretary general.",
            "Camille Grand",
            "former NATO assistant secretary general",
        ),
        # a verb of speech that opens the sentence is no part of the title
        ("Said NATO Secretary General Mark Rutte on Monday.", "Mark Rutte", "NATO Secretary General"),
        # where the holder of a former title is now is no part of it
        (
            "Ana Costa, a former NATO assistant secretary general now at a think tank, said the plan was late.",
            "Ana Costa",
            "former NATO assistant secretary general",
        ),
        # ranks as the wire abbreviates them, and a command's name after its head
        ('"We are ready," said Lt. Gen. Ana Costa.', "Ana Costa", "Lt. Gen."),
        ("Admiral Ana Costa, NATO's Supreme Allied Commander Transformation, spoke.", "Ana Costa", "Admiral"),
        # a rank abbreviated with a full stop after a verb of speech is no name; a given name is
        ('"We are ready," said Gen. Ana Costa.', "Ana Costa", "Gen."),
        ('"We are ready," said Capt. Ana Costa.', "Ana Costa", "Capt."),
        ("Defence Minister Gen Nakatani said Japan will act.", "Gen Nakatani", "Defence Minister"),
        # the wire's writers
        ("Associated Press writer Ana Costa in Brussels contributed to this report.", "Ana Costa", "writer"),
        # critics and analysts have titles too; a political party's adjective is no name
        ('"Allies cannot wait," said Conservative defence critic Jan Novak.', "Jan Novak", "defence critic"),
        ("Defence analyst Ana Costa said the plan was late.", "Ana Costa", "Defence analyst"),
    ],
)
def test_people_with_titles(sentence: str, name: str, title: str) -> None:
    b = nb.parse(f"date 2024-07-06 {sentence}")
    assert [(name, title)] == [(p.name, p.title) for p in b.people]


@pytest.mark.parametrize(
    ("sentence", "title", "affiliation"),
    [
        ("U.S. Secretary of State Antony Blinken spoke.", "U.S. Secretary of State", "USA"),
        ("US President Joe Biden spoke.", "US President", "USA"),
        ("UK Defence Secretary John Healey spoke.", "UK Defence Secretary", "GBR"),
        ("Ukraine's President Volodymyr Zelenskyy spoke.", "Ukraine's President", "UKR"),
        # a possessor of several words; a possessor that is a person's name is no modifier
        ("New Zealand’s Prime Minister Ana Costa spoke.", "New Zealand’s Prime Minister", "NZL"),
        (
            "The United States' Secretary of State Ana Costa spoke.",
            "United States' Secretary of State",
            "USA",
        ),
        ("Poland's former defence minister Ana Costa spoke.", "Poland's former defence minister", "POL"),
        ("EU foreign policy chief Ana Costa spoke.", "EU foreign policy chief", "EU"),  # lower-case modifiers
        ("The Dutch prime minister, Ana Costa, spoke.", "Dutch prime minister", "NLD"),  # a demonym
        (
            "Speaking first, prime minister Ana Costa agreed.",
            "prime minister",
            None,
        ),  # a word that is no party
        # who is posted to a party belongs to the one before the title, or to none named
        ("US Ambassador to NATO Julia Reyes spoke.", "US Ambassador to NATO", "USA"),
        ("Julia Reyes, the Dutch envoy to the EU, spoke.", "Dutch envoy to the EU", "NLD"),
        ("Julia Reyes, ambassador to NATO, spoke.", "ambassador to NATO", None),
        # an apposition after a generic rank, with the place of the post
        (
            "General Ana Costa, NATO's top commander in Europe, spoke.",
            "NATO's top commander in Europe",
            "NATO",
        ),
    ],
)
def test_a_party_before_a_title_gives_its_affiliation(sentence: str, title: str, affiliation: str) -> None:
    (person,) = nb.parse(f"date 2024-07-06 {sentence}").people
    assert (person.title, person.affiliation) == (title, affiliation)


def test_a_persons_name_before_a_title_is_no_part_of_it() -> None:
    people = nb.parse(
        "date 2025-11-04 She met President Lee Jae-myung's national security adviser Wi Sung-lac on Tuesday."
    ).people
    assert [(p.name, p.title) for p in people] == [
        ("Lee Jae-myung", "President"),
        ("Wi Sung-lac", "national security adviser"),
    ]


def test_an_apposition_gives_the_affiliation_a_rank_does_not() -> None:
    (person,) = nb.parse(
        "date 2025-02-12 Admiral Lena Berg, chair of the NATO Military Committee, spoke."
    ).people
    assert (person.name, person.title, person.affiliation) == ("Lena Berg", "Admiral", "NATO")


def test_people_from_bylines_and_speech() -> None:
    b = nb.parse(
        "A headline\nBy Maria Lopez\nThe Allies agreed a plan on Monday to move faster.\nPeter Jansen said it was late.\n"
    )
    assert [(p.name, p.title) for p in b.people] == [("Maria Lopez", None), ("Peter Jansen", None)]


@pytest.mark.parametrize(
    ("byline", "names"),
    [
        ("By Maria Lopez and Tom Berg", ["Maria Lopez", "Tom Berg"]),
        ("By Maria Lopez, Tom Berg and Ines Vale", ["Maria Lopez", "Tom Berg", "Ines Vale"]),
        (
            "Reporting by Maria Lopez and Tom Berg; Editing by Ines Vale",
            ["Maria Lopez", "Tom Berg", "Ines Vale"],
        ),
    ],
)
def test_every_name_on_a_byline_is_a_person(byline: str, names: list[str]) -> None:
    b = nb.parse(f"A headline\n{byline}\nThe Allies agreed a plan on Monday to move faster.\n")
    assert [p.name for p in b.people] == names


@pytest.mark.parametrize(
    ("text", "people"),
    [
        ("Mr Jansen said the talks were useful.", [("Jansen", None)]),
        ("The plan, Ms Okafor warned, is late.", [("Okafor", None)]),
        (
            "Lindqvist, the Swedish prime minister, arrived on Monday.",
            [("Lindqvist", "Swedish prime minister")],
        ),
        ("Meanwhile, the prime minister said the plan was ready.", []),  # no name, no closed apposition
        ("Later, the prime minister, who chairs the council, spoke.", []),  # the title names no party
        # after a dash: a one-word name that ends a quote's attribution, but no participle
        ('"We will act." — Stoltenberg, in Brussels.', [("Stoltenberg", None)]),
        ("11:30 — Arriving at the meeting, the minister spoke.", []),
        ("13:00 — Ministers approve new capability targets.", []),  # a dash that opens an entry
    ],
)
def test_one_word_names_by_honorific_or_closed_apposition(
    text: str, people: list[tuple[str, str | None]]
) -> None:
    assert [(p.name, p.title) for p in nb.parse(f"date 2024-07-06 {text}").people] == people


def test_places_and_states_are_not_people() -> None:
    b = nb.parse(
        "date 2024-07-06 New Zealand said it would join. South Korea said so too. BRUSSELS said nothing."
    )
    assert b.people == ()


def test_later_mention_by_surname_and_title() -> None:
    b = nb.parse(
        "date 2024-07-06 Secretary General Mark Rutte met ministers. Rutte said the Secretary General would travel."
    )
    (p,) = b.people
    assert [b.text[m.start : m.end] for m in p.mentions] == ["Rutte", "the Secretary General"]


def test_events_resolve_against_the_brief_date() -> None:
    b = nb.parse(
        "date 2023-07-01 Leaders prepare for the Vilnius summit. Ministers met on Friday at the Oslo summit."
    )
    assert [
        ("Vilnius Summit", dt.date(2023, 7, 11), dt.date(2023, 7, 12)),
        ("Oslo Summit", dt.date(2023, 6, 30), dt.date(2023, 6, 30)),  # no summit known there: the day told
    ] == [(e.name, e.start, e.end) for e in b.events]


@pytest.mark.parametrize(
    ("sentence", "summit"),
    [
        ("NATO leaders will meet in The Hague next month.", ("The Hague Summit", dt.date(2025, 6, 24))),
        ("NATO heads of state and government met in Madrid.", ("Madrid Summit", dt.date(2022, 6, 28))),
        ("The next summit will be held in Ankara on 7 July 2026.", ("Ankara Summit", dt.date(2026, 7, 7))),
        (
            "The next NATO summit will take place in Ankara on 7 July 2026.",
            ("Ankara Summit", dt.date(2026, 7, 7)),
        ),
    ],
)
def test_summits_named_by_who_meets_or_where_they_are_held(
    sentence: str, summit: tuple[str, dt.date]
) -> None:
    assert [(e.name, e.start) for e in nb.parse(f"date 2025-05-20 {sentence}").events] == [summit]


@pytest.mark.parametrize(
    "sentence",
    ["EU leaders will meet in Brussels next week.", "The leaders of Japan and Korea met in Tokyo."],
)
def test_other_leaders_meeting_is_no_summit(sentence: str) -> None:
    assert nb.parse(f"date 2025-05-20 {sentence}").events == ()


def test_the_ankara_summit_is_known() -> None:
    (e,) = nb.parse("date 2025-06-26 Allies will revisit the plan at the next summit in Ankara.").events
    assert (e.name, e.start, e.end) == ("Ankara Summit", dt.date(2026, 7, 7), dt.date(2026, 7, 8))


@pytest.mark.parametrize(
    ("sentence", "start", "end"),
    [
        # a weekday after a future is the one to come, else the last (the brief is of a Sunday)
        (
            "NATO defence ministers will meet in Brussels on Thursday.",
            dt.date(2025, 6, 5),
            dt.date(2025, 6, 5),
        ),
        ("NATO defence ministers met in Brussels on Thursday.", dt.date(2025, 5, 29), dt.date(2025, 5, 29)),
        # a month abbreviated as the wire writes it
        ("NATO foreign ministers meet in Brussels on Sept. 3-4.", dt.date(2025, 9, 3), dt.date(2025, 9, 4)),
    ],
)
def test_meetings_on_a_weekday_or_days_without_a_year(sentence: str, start: dt.date, end: dt.date) -> None:
    (e,) = nb.parse(f"date 2025-06-01 {sentence}").events
    assert (e.start, e.end) == (start, end)


def test_city_with_several_summits_picks_the_nearest() -> None:
    assert dt.date(1999, 4, 23) == nb.parse("date 1999-04-01 The Washington summit nears.").events[0].start
    assert dt.date(2024, 7, 9) == nb.parse("date 2024-06-01 The Washington summit nears.").events[0].start
    # looking back on a recent one
    assert (
        dt.date(2024, 7, 9)
        == nb.parse("date 2026-03-30 As pledged at the Washington summit.").events[0].start
    )


def test_a_city_s_summit_far_from_every_known_one_is_none_of_them() -> None:
    # Brussels hosted NATO summits up to 2022; one "later this month" in 2025 is another
    (e,) = nb.parse(
        "date 2025-06-09 Canada will sign a partnership at a summit in Brussels later this month."
    ).events
    assert (e.location, e.start) == ("Brussels", None)


@pytest.mark.parametrize(
    ("sentence", "name"),
    [
        ("NATO defence ministers' meeting in Brussels on Thursday agreed new targets.", "Defence"),
        ("NATO defence ministers met in Brussels on Thursday to agree new targets.", "Defence"),
        ("Allied foreign ministers gathered in Brussels on Thursday.", "Foreign"),
        ("Defence ministers met in Brussels on Thursday.", "Defence"),  # in a NATO brief: NATO's
        ("On Thursday, foreign ministers of the Alliance met in Brussels.", "Foreign"),
        ("Talks ended in Brussels. Defence ministers met in Brussels on Thursday.", "Defence"),
    ],
)
def test_ministerial_meeting(sentence: str, name: str) -> None:
    (e,) = nb.parse(f"date 2025-06-07 {sentence}").events
    assert (e.name, e.kind, e.location, e.start) == (
        f"NATO {name} Ministers' Meeting",
        nb.EventKind.MINISTERIAL,
        "Brussels",
        dt.date(2025, 6, 5),
    )


@pytest.mark.parametrize(
    "sentence",
    [
        "EU defence ministers met in Brussels on Thursday.",
        "Nordic defence ministers met in Oslo on Thursday.",
        "U.S. and Japanese defence ministers met in Tokyo on Thursday.",
        "The partners sent envoys, and their foreign ministers met Allies on Thursday.",  # whose, where?
    ],
)
def test_ministers_of_another_body_meet_at_no_nato_ministerial(sentence: str) -> None:
    assert nb.parse(f"date 2025-06-07 {sentence}").events == ()


@pytest.mark.parametrize(
    "sentence",
    [
        "Defence ministers met in Brussels on 15 and 16 October 2025.",
        "Defence ministers met in Brussels on 15-16 October 2025.",
    ],
)
def test_a_range_of_days_before_a_full_date_starts_the_meeting(sentence: str) -> None:
    (e,) = nb.parse(f"date 2025-10-17 {sentence}").events
    assert (e.start, e.end) == (dt.date(2025, 10, 15), dt.date(2025, 10, 16))


@pytest.mark.parametrize(
    ("sentence", "start", "end"),
    [
        ("Defence ministers will meet in Brussels on 12 and 13 February.", dt.date(2025, 2, 12), dt.date(2025, 2, 13)),
        ("Foreign ministers of the Alliance gather in Brussels on 3-4 December.", dt.date(2024, 12, 3), dt.date(2024, 12, 4)),
        ("Foreign ministers will meet in Brussels on December 3.", dt.date(2024, 12, 3), dt.date(2024, 12, 3)),
        ("Defence ministers will meet in Brussels on 31 February.", None, None),  # no such day
    ],
)  # fmt: skip
def test_days_of_a_month_without_a_year_take_the_nearest_such_month(
    sentence: str, start: dt.date | None, end: dt.date | None
) -> None:
    anchor = "2025-01-20" if "February" in sentence else "2024-11-20"
    (e,) = nb.parse(f"date {anchor} {sentence}").events
    assert (e.start, e.end) == (start, end)


def test_relative_week_and_month() -> None:
    b = nb.parse("date 2024-03-06 Leaders meet at next week's Oslo summit.")
    assert (dt.date(2024, 3, 11), dt.date(2024, 3, 17)) == (b.events[0].start, b.events[0].end)


# --- streams --------------------------------------------------------------------------------

STREAM = (
    "date 2024-07-01 First brief lead.\n- A point.\n"
    "\n"
    "date 2024-07-02 Second brief lead.\nA paragraph.\n"
    "date 2024-07-03 Third brief lead.\n"
)


def test_stream_of_three_from_a_string() -> None:
    briefs = list(nb.iter_briefings(STREAM))
    assert [dt.date(2024, 7, d) for d in (1, 2, 3)] == [b.date for b in briefs]
    assert [b.lead.text for b in briefs if b.lead] == [
        "First brief lead.",
        "Second brief lead.",
        "Third brief lead.",
    ]
    for b in briefs:
        assert_grounded(b)


def test_stream_is_lazy_over_a_file() -> None:
    consumed = []

    def lines() -> Any:
        for line in io.StringIO(STREAM):
            consumed.append(line)
            yield line

    stream = nb.iter_briefings(lines())
    first = next(stream)
    assert dt.date(2024, 7, 1) == first.date
    assert len(consumed) < len(STREAM.splitlines())  # the rest is not read yet
    assert len(list(stream)) == 2


def test_text_before_the_first_header_is_a_brief_of_its_own() -> None:
    briefs = list(nb.iter_briefings("A stray headline\nSome words here.\ndate 2024-07-01 Lead.\n"))
    assert [None, dt.date(2024, 7, 1)] == [b.date for b in briefs]


def test_parse_file(tmp_path: Path) -> None:
    path = tmp_path / "brief.txt"
    path.write_bytes("date 2024-07-06 Lead “quoted”.\r\n".encode())
    assert dt.date(2024, 7, 6) == nb.parse_file(path).date


# --- bad input ------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("value", "message"),
    [
        (
            b"date 2024-07-06 x",
            "expected the brief as str, got bytes (decode bytes first, e.g. data.decode('utf-8')) (at line 1, column 1)",
        ),
        (None, "expected the brief as str, got NoneType (at line 1, column 1)"),
        (42, "expected the brief as str, got int (at line 1, column 1)"),
        ("", "expected a brief, found empty input (at line 1, column 1)"),
        ("  \n\t\r\n", "expected a brief, found only white space (at line 1, column 1)"),
        (
            "date 2024-07-06 Lead.\nab\0c",
            "expected text, found a NUL character (binary data?) (at line 2, column 3)",
        ),
    ],
)
@pytest.mark.parametrize("strict", [False, True])
def test_unreadable_input_raises_in_both_modes(value: Any, message: str, strict: bool) -> None:
    with pytest.raises(nb.BriefParseError) as info:
        nb.parse(value, strict=strict)
    assert message == str(info.value)


def test_input_over_the_limit() -> None:
    with pytest.raises(nb.BriefParseError, match="more than max_chars=10"):
        nb.parse("date 2024-07-06 A lead that is long.", max_chars=10)


def test_invalid_header_date_lenient_and_strict() -> None:
    text = "date 2024-13-45 The lead.\n- A point.\n"
    b = nb.parse(text)
    assert b.date is None
    assert b.lead is not None
    assert b.lead.text == "The lead."
    assert [k.text for k in b.key_points] == ["A point."]
    (d,) = b.diagnostics
    assert (
        d.line,
        d.column,
        d.message,
    ) == (1, 6, "expected a date after 'date', found '2024-13-45' (no such date)")
    assert text[d.span.start : d.span.end] == "2024-13-45"
    with pytest.raises(nb.BriefParseError) as info:
        nb.parse(text, strict=True)
    assert (info.value.line, info.value.column, info.value.offset) == (1, 6, 5)


def test_header_without_lead() -> None:
    b = nb.parse("date 2024-07-06\nA paragraph.\n")
    assert [(d.line, d.column, d.message) for d in b.diagnostics] == [
        (1, 16, "expected the lead after the header's date")
    ]
    with pytest.raises(nb.BriefParseError, match=r"expected the lead .* \(at line 1, column 16\)"):
        nb.parse("date 2024-07-06\nA paragraph.\n", strict=True)


def test_second_header_in_one_parse() -> None:
    b = nb.parse("date 2024-07-01 Lead.\r\nText.\r\ndate 2024-07-02 Another.\r\n")
    (d,) = b.diagnostics
    assert (d.line, d.column) == (3, 1)
    assert "use iter_briefings()" in d.message


def test_parse_file_with_bad_encoding(tmp_path: Path) -> None:
    path = tmp_path / "bad.txt"
    path.write_bytes(b"date 2024-07-06 Lead.\nGood line\nbad \xff byte\n")
    with pytest.raises(nb.BriefParseError) as info:
        nb.parse_file(path)
    assert (info.value.line, info.value.column) == (3, 5)
    assert info.value.msg == "expected utf-8 text, found byte 0xff"


def test_parse_error_line_and_column_count_every_line_end() -> None:
    text = "date 2024-07-01 Lead.\r\nx\ry\nz\0"
    with pytest.raises(nb.BriefParseError) as info:
        nb.parse(text)
    assert (info.value.line, info.value.column) == (4, 2)


@given(st.text(alphabet="Kim -_é1.,’", max_size=30), st.sampled_from(["Kim", "Ki", "im", "K-im"]))
def test_a_surname_is_found_as_a_whole_word(text: str, surname: str) -> None:
    # a later mention by surname is a word of its own: what a tokenizer of words and hyphens yields
    expected = [m.start() for m in re.finditer(r"[\w-]+", text) if m.group() == surname]
    assert list(_whole_word_at(text, surname)) == expected


@given(
    st.lists(
        st.sampled_from(
            ["by", "By", "said", "says", "according to", "(@x)", "—", " ", "\xa0", "\t", "\n", "x", "Editing"]
        ),
        max_size=8,
    ).map("".join)
)
def test_the_quick_test_for_a_lead_in_misses_none(near: str) -> None:
    # a byline or verb of speech before a name is only sought where the text ends like one
    if _people._BYLINE_BEFORE.search(near) or _people._SPEECH_BEFORE.search(near):
        assert _people._ends_with_lead_in(near)


@example("said NATO \n")  # "$" also matches before a last line end
@example("Ukraine’s \xa0")
@example("Foo’s ")  # a possessor that names no party
@example("New Zealand’s ")  # a party's name of two words
@given(
    st.lists(
        st.sampled_from(
            [
                "NATO",
                "Foo",
                "x",
                "’s",
                "'",
                "-",
                ".",
                " ",
                "\xa0",
                "\t",
                "\n",
                "Ukraine",
                "(",
                "A",
                "U.S.",
                "UK",
            ]
        ),
        max_size=10,
    ).map("".join)
)
def test_a_titles_modifier_is_found_as_a_search_of_the_whole_text_finds_it(before: str) -> None:
    # the modifier is sought from the last space on; a search from the start finds the same
    whole = _people._MODIFIER.search(before)
    expected = "Chief"
    if whole is not None and whole.group().strip().lower() not in _people.NOT_NAMES - {"nato"}:
        if whole.group("possessive") is not None:
            # a possessor must be the end of a party's name, which may start words before it
            stem_end = whole.end("possessive")
            lo = max(0, stem_end - 40)
            owners = [m for m in _parties.find_parties(before[lo:stem_end]) if m.end == stem_end - lo]
            if owners:
                expected = f"{before[lo + owners[0].start :].strip()} Chief"
        elif all(
            # an acronym or another capitalised word must name a party
            named is None or bool(_parties.find_parties(named))
            for named in (whole.group("acronym"), whole.group("word"))
        ):
            expected = f"{whole.group().strip()} Chief"
    assert _people._extend_left(before, None, "Chief") == expected


#: The party table's word, as a pattern to scan with: the reference for its split.
_TOKEN = re.compile(r"(\w+(?:(?:\.\w)+|(?:['’](?!s\b)\w+)*))(?:\.|['’]s\b|['’])?")


@example("U.S.'s NATO-Ukraine don't Allies.", 0, 99)
@example("end.Next it’s", 4, 11)
@example("Ukraine's aid and Kyiv’s", 0, 24)
@given(
    st.one_of(
        st.lists(
            st.sampled_from(
                ["U.S", "NATO", "it", "s", "'", "’", ".", " ", "-", "é", "1", "_", "\n", "Kyiv’s"]
            ),
            max_size=12,
        ).map("".join),
        st.text(max_size=40),
    ),
    st.integers(0, 50),
    st.integers(0, 50),
)
def test_party_words_are_the_tokens_the_table_reads(text: str, start: int, end: int) -> None:
    # find_parties splits the text once instead of making a match per word: the same words,
    # at the same offsets, as a plain scan of the token pattern (group 1 the key) finds them
    start, end = min(start, len(text)), min(max(start, end), len(text))
    keys, at = _parties._words(text, start, end)
    tokens = list(_TOKEN.finditer(text, start, end))
    assert keys == [m.group(1).casefold() for m in tokens]
    assert at[: 3 * len(keys)] == [x for m in tokens for x in (m.start(), m.end(1), m.end())]
    assert at[-1] == end


#: A line's content, and the marks of a bullet and of a Markdown heading at its start,
#: as separate patterns: the reference for the one scan that classifies lines.
_CONTENT = re.compile(r"[^\S\r\n\u200b\ufeff]*(?:[\u200b\ufeff][^\S\r\n]*)*(?P<c>[^\r\n]*[^\s\u200b\ufeff])?")
_BULLET_MARK = re.compile(r"(?:[-*•–—▪●◦‣⁃]|\d{1,2}[.)]|[a-z][.)])[ \t\xa0]+(?=\S)")
_MD_MARK = re.compile(r"#{1,6}[ \t\xa0]+(?=\S)")


def _reference_blocks(text: str, start: int) -> list[tuple[str, int, int, int, int]]:
    lines = []
    for line in re.finditer(r"[^\r\n]*(?:\r\n|\r|\n|$)", text[start:]):
        content = _CONTENT.match(line.group())
        if content is not None and content.start("c") >= 0:
            lines.append((start + line.start() + content.start("c"), start + line.start() + content.end("c")))
    blocks = []
    for i, (s, e) in enumerate(lines):
        if (mark := _BULLET_MARK.match(text, s, e)) is not None:
            blocks.append(("bullet", s, e, mark.end(), e))
        elif (mark := _MD_MARK.match(text, s, e)) is not None:
            blocks.append(("heading", s, e, mark.end(), e))
        else:
            heading = i + 1 < len(lines) and _text._looks_like_heading(text, s, e)
            blocks.append(("heading" if heading else "paragraph", s, e, s, e))
    return sorted(set(blocks), key=lambda b: b[1])


@example("- \u200b\n# x\nHeading\nNATO acts.", 0)
@example("- \x0bx\n#\u2028y", 0)  # a space that is no bullet's or heading's
@example("1) a\r\n\ufeff##  Title \n\n\u200b", 0)
@given(
    st.lists(
        st.sampled_from(
            [
                "-",
                "*",
                "•",
                " ",
                "\t",
                "\xa0",
                "\n",
                "\r",
                "\r\n",
                "\u200b",
                "\ufeff",
                "#",
                "#######",
                "1.",
                "12)",
                "123.",
                "a)",
                "x.",
                "A",
                "é",
                "Heading",
                "NATO acts.",
                "\x0b",
                "\u2028",
            ]
        ),
        max_size=20,
    ).map("".join),
    st.integers(0, 30),
)
def test_lines_are_classified_as_their_marks_and_neighbours_say(text: str, start: int) -> None:
    # one pattern finds each line's content and its bullet or heading mark: the same blocks
    # as finding the lines first and matching the marks on each line's content
    start = min(start, len(text))
    blocks = [(b.kind.value, b.line_start, b.line_end, b.start, b.end) for b in _text.classify(text, start)]
    assert blocks == _reference_blocks(text, start)
