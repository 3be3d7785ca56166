"""Extraction rules, one focused test per pattern: parties, amounts, cues, partnerships."""

from __future__ import annotations

import contextlib
import re
from pathlib import Path
from unittest import mock

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from strategies import brief_texts

import natobrief as nb
from natobrief import _amounts as _amounts_module
from natobrief import _commitments, _partnerships, _text
from natobrief._amounts import find_quantities
from natobrief._lexmatch import fold
from natobrief._parties import find_parties

DATA = Path(__file__).resolve().parent / "data"


def codes(text: str) -> list[str]:
    return [m.party.code for m in find_parties(text)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("the Republic of Korea, South Korea and the ROK", ["KOR", "KOR", "KOR"]),
        ("Seoul and Tokyo agreed", ["KOR", "JPN"]),
        ("Doha and Kuwait City agreed", ["QAT", "KWT"]),  # a capital named after its country
        ("Seoul, NATO discuss arms cooperation", ["KOR", "NATO"]),  # a headline's comma, no "Seoul NATO"
        ("Manila and Tokyo agreed", ["PHL", "JPN"]),
        ("NZ and the US gave US$5 million and NZ$2 million", ["NZL", "USA"]),  # no currency's capitals
        ("the U.S. and the US and the United States of America", ["USA", "USA", "USA"]),
        ("Türkiye, Turkey and Turkiye", ["TUR", "TUR", "TUR"]),
        ("Ukrainian forces and Ukraine's army", ["UKR", "UKR"]),
        ("NATO, the Alliance, Allies, member states and NATO leaders", ["NATO"] * 5),
        ("the EU, the UN, the G7 and the OSCE", ["EU", "UN", "G7", "OSCE"]),
        ("the IP4 and the Asia-Pacific partners", ["IP4", "AP4"]),
        ("the Nordic countries and the Baltic states", ["NORDICS", "BALTICS"]),
        ("the Democratic People's Republic of Korea", ["PRK"]),
        ("Bosnia and Herzegovina and North Macedonia", ["BIH", "MKD"]),
        ("the Americans, Czechs and Poles", ["USA", "CZE", "POL"]),  # peoples stand for their states
    ],
)
def test_party_alias_families(text: str, expected: list[str]) -> None:
    assert expected == codes(text)


@pytest.mark.parametrize(
    "text",
    [
        "tell us what you think",  # "us" is a pronoun, not the United States
        "the summit in Vilnius",  # a capital after "in" is a place
        "the Washington Summit",  # part of a name
        "MADRID — leaders met",  # a dateline
        "Madrid, 30 June 2022 - leaders met",  # a dateline with its date after a comma
        "KUWAIT CITY — leaders met",  # a dateline, whose city is named after its country
        "a turkey for dinner",
        # a think tank or a university opened by a party's name
        "a fellow at the European Council on Foreign Relations",
        "analysts at the Polish Institute of International Affairs",
        "a professor at the Kyiv School of Economics",
        "a grant from the German Marshall Fund",
    ],
)
def test_words_that_are_not_parties(text: str) -> None:
    assert codes(text) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The NATO Innovation Fund (NIF) invests. NIF will grow.", ["NATO", "NATO"]),
        ("NATO Security Assistance and Training for Ukraine (NSATU) met. Then NSATU acted.", ["NATO", "UKR", "NATO"]),
        ("The NATO-Ukraine Council (NUC) met. The NUC agreed.", ["NATO", "UKR", "NATO"]),
        ("The EU Military Assistance Mission (EUMAM) trains. EUMAM grows.", ["EU", "EU"]),
        # a state's name opens no body of that state's; initials must spell the acronym
        ("The Ukraine Defence Contact Group (UDCG) met. UDCG agreed.", ["UKR"]),
        ("NATO's new command (NSATU) met. NSATU acted.", ["NATO"]),
        ("The NATO Response Force (NIF) met. NIF acted.", ["NATO"]),
        # no acronym before its definition counts
        ("NIF grew. The NATO Innovation Fund (NIF) invests.", ["NATO"]),
    ],
)  # fmt: skip
def test_an_acronym_defined_for_an_organisations_body_names_the_organisation(
    text: str, expected: list[str]
) -> None:
    assert codes(text) == expected


def test_party_canonical_names_and_kinds() -> None:
    (kor,) = [m.party for m in find_parties("South Korea")]
    assert (kor.name, kor.code, kor.kind) == ("Republic of Korea", "KOR", nb.PartyKind.STATE)
    (nato,) = [m.party for m in find_parties("the Alliance")]
    assert (nato.name, nato.kind) == ("North Atlantic Treaty Organization", nb.PartyKind.ORGANIZATION)
    (ip4,) = [m.party for m in find_parties("the IP4")]
    assert ip4.kind == nb.PartyKind.GROUP


@pytest.mark.parametrize(
    ("text", "value", "unit"),
    [
        ("€40 billion", 40e9, "EUR"),
        ("$1.5bn", 1.5e9, "USD"),
        ("40 billion euros", 40e9, "EUR"),
        ("USD 2 million", 2e6, "USD"),
        ("£300m", 300e6, "GBP"),
        ("2% of GDP", 2.0, "percent_gdp"),
        ("3.5% of their GDP", 3.5, "percent_gdp"),
        ("at least 2 percent of gross domestic product", 2.0, "percent_gdp"),
        ("5 per cent of national output", 5.0, "percent_gdp"),
        ("300,000 troops", 300_000.0, "count"),
        ("300K troops", 300_000.0, "count"),
        ("four more fighter jets", 4.0, "count"),
        ("32 members", 32.0, "count"),
        ("two billion euros", 2e9, "EUR"),
        ("US$ 300 million", 300e6, "USD"),
        ("€ 50 million", 50e6, "EUR"),
        ("NOK 10 billion", 10e9, "NOK"),
        ("C$500 million", 500e6, "CAD"),
        ("500 million Canadian dollars", 500e6, "CAD"),
        ("1 billion Swedish kronor", 1e9, "SEK"),
        ("3 billion Danish kroner", 3e9, "DKK"),
        ("2.5 billion zlotys", 2.5e9, "PLN"),
        ("CHF 20 million", 20e6, "CHF"),
        ("50 million Euros", 50e6, "EUR"),  # a currency's name in any case
        ("300 million sterling", 300e6, "GBP"),
        ("The government allocated 5 billion hryvnias.", 5e9, "UAH"),
        ("Korea pledged 500 billion won.", 500e9, "KRW"),
        # a decimal comma, as European briefs write it
        ("France pledged 1,5 billion euros.", 1.5e9, "EUR"),
        # crowns without their country: the country named nearest before them, else after
        ("Norway will give 85 billion crowns over five years.", 85e9, "NOK"),
        ("Sweden and Denmark met; Copenhagen pledged 2 billion kroner.", 2e9, "DKK"),
        ("A fund of 500 million crowns was set up by the Czech government.", 500e6, "CZK"),
        ("Oslo unveiled a 19 billion crown package", 19e9, "NOK"),  # one crown, with a scale
        ("a 14.6 billion Danish crown package", 14.6e9, "DKK"),
    ],
)
def test_amount_forms(text: str, value: float, unit: str) -> None:
    (q,) = find_quantities(text, fold(text), 0, len(text))
    assert (value, unit) == (q.value, q.unit)
    assert text.endswith(q.text) or q.text in text


@pytest.mark.parametrize(
    "text",
    [
        "A fund of 2 billion crowns was set up.",  # no country near names them
        "Norway will show 3 crown jewels.",  # one crown with no scale is no money
    ],
)
def test_crowns_of_no_known_country_are_no_amount(text: str) -> None:
    assert find_quantities(text, fold(text), 0, len(text)) == []


def test_bare_percentages() -> None:
    text = "Turnout rose by 12% in the city."
    assert [(q.text, q.value, q.unit) for q in find_quantities(text, fold(text), 0, len(text))] == [
        ("12%", 12.0, "percent")
    ]
    spending = "Allies agreed to meet the 2% target."
    assert [q.unit for q in find_quantities(spending, fold(spending), 0, len(spending))] == ["percent_gdp"]


def one(sentence: str) -> nb.Commitment:
    (c,) = nb.parse(f"date 2024-07-06 {sentence}").commitments
    return c


@pytest.mark.parametrize(
    ("sentence", "status"),
    [
        ("NATO will deploy more troops to Romania.", "planned"),
        ("NATO is preparing to deploy more troops to Romania.", "planned"),
        # a bare infinitive after "see" is governed as one after "to"
        ("The summit could also see Allies commit to a new target for drone defence.", "expected"),
        ("Allies are on track to meet the target of spending 2% of GDP on defence.", "expected"),
        # what goes on is achieved; what will go on is planned
        ("Ireland and Switzerland contribute troops to the KFOR mission.", "achieved"),
        ("Allies continue to provide military support to Ukraine.", "achieved"),
        ("Allies continued to provide military support to Ukraine.", "achieved"),
        ("Allies will continue to provide military support to Ukraine.", "planned"),
        # a headline's present tense: "sign", "approve"
        ("Ukraine and France sign security agreement", "agreed"),
        ("Allies approve new air defence plan", "agreed"),
        ("Japan is expected to sign a security agreement.", "expected"),  # the innermost cue
        ("NATO shall deploy more troops to Romania.", "planned"),
        ("NATO is set to deploy more troops to Romania.", "planned"),
        ("NATO plans to deploy more troops to Romania.", "planned"),
        ("NATO is to deploy more troops to Romania.", "planned"),
        ("He said NATO would deploy more troops to Romania.", "planned"),
        ("NATO will continue to deploy troops to Romania.", "planned"),
        ("NATO has decided to deploy more troops to Romania.", "agreed"),
        ("Allies approved the deployment of more troops to Romania.", "agreed"),
        ("NATO expects to deploy more troops to Romania.", "expected"),
        ("NATO is likely to deploy more troops to Romania.", "expected"),
        ("NATO hopes to deploy more troops to Romania.", "expected"),
        ("Poland urged NATO to deploy more troops to Romania.", "proposed"),
        ("Allies should deploy more troops to Romania.", "proposed"),
        ("Romania proposed a larger deployment of troops.", "proposed"),
        ("Allies are negotiating a new troop deployment.", "proposed"),
        ("NATO is likely to call for more troops in Romania.", "proposed"),
        ("Some 5,000 troops are now stationed in Romania.", "achieved"),
        ("Belgium vowed to send more troops to Romania.", "agreed"),
        ("The government promised more troops for Romania.", "agreed"),
        ("Estonia earmarked 3% of GDP for defence.", "agreed"),
        ("Latvia allocated 3.5% of GDP to defence.", "agreed"),
        ("Denmark set aside DKK 25 billion for an air defence fund.", "agreed"),
        ("The Netherlands unveiled a €500 million package for Ukraine.", "agreed"),
        ("NATO leaders declared that Ukraine's future is in NATO.", "agreed"),
        ("Denmark is delivering ammunition to Ukraine.", "achieved"),  # under way
        ("Allies are providing more troops for Romania.", "achieved"),
        ("Sweden is supplying artillery shells to Ukraine.", "achieved"),
        ("The US is considering sending more troops to Romania.", "proposed"),  # a gerund governed
        ("Allies have been sending more troops to Romania.", "achieved"),
        ("NATO is stepping up its presence in the Baltic Sea.", "achieved"),  # under way
        ("NATO is due to deploy more troops to Romania.", "planned"),
        ("Allies are poised to deploy more troops to Romania.", "planned"),
        ("Turkey ratified Finland's accession.", "agreed"),
        ("The text commits Allies to more troops in Romania.", "agreed"),
        ("Denmark has donated its artillery to Ukraine.", "achieved"),
        ("Sweden has supplied more troops to Romania.", "achieved"),
        ("The US has transferred Abrams tanks to Ukraine.", "achieved"),
        ("Allies are increasing their troops in Romania.", "achieved"),
        ("European Allies must spend more on defence.", "proposed"),  # a kind term with words inside
        # decided and being built is agreed
        ("Poland is building a new base for NATO troops.", "agreed"),
        ("NATO is setting up a new command for logistics.", "agreed"),
        ("Allies are developing new defence plans for the north.", "agreed"),
        ("The Netherlands is buying more tanks.", "agreed"),  # the cue's verb is the kind term
        ("Norway is procuring long-range drones.", "agreed"),
        ("Poland has ordered 250 more tanks.", "agreed"),  # an order placed: bought, not yet delivered
        ("Allies are building up their forces in Romania.", "achieved"),  # under way, not a project
        ("Hungary lifted its veto on Finland's accession.", "agreed"),
        ("Turkey dropped its objections to Sweden's membership.", "agreed"),
        ("Allies reached a deal on more troops for Romania.", "agreed"),
        ("Canada reached the 2% target this year.", "achieved"),  # a target met
        ("Canada has met the 2% target.", "achieved"),
        ("Ministers will meet to discuss more troops for Romania.", "proposed"),  # talks to come
        ("Poland exceeded 4% of GDP on defence last year.", "achieved"),
        ("Finland's accession was completed on 4 April 2023.", "achieved"),
        ("The alliance finished deploying a new battlegroup in Slovakia.", "achieved"),
        ("Allies have finalised new defence plans for the Arctic.", "agreed"),
        ("Analysts expect Germany to send more troops to Romania.", "expected"),  # a party undertakes
        ("Germany said it will send more troops to Romania.", "planned"),  # "it" sending: a party's act
        ("Allies agreed at the summit that NATO will deploy more troops.", "agreed"),  # a decision frame
        ("Canada announced that it will deploy 300 more soldiers to Latvia.", "planned"),  # a "will" reported
        ("Spain would, however, continue to send troops to Latvia.", "planned"),  # a modal set off by commas
        ("Allies will keep sending weapons to Ukraine.", "planned"),  # "keep" and a gerund: "will" decides
        ("Norway will go on delivering ammunition to Ukraine.", "planned"),
        ("Allies keep sending weapons to Ukraine.", "achieved"),  # under way
        ("European Allies have been asked to contribute helicopters to the mission.", "proposed"),
        ("The US Senate passed a $95 billion aid package for Ukraine.", "agreed"),  # a legislature's decision
        ("The Bundestag voted to approve new tanks for Ukraine.", "agreed"),
        ("Sweden will, in turn, contribute two corvettes to the mission.", "planned"),
        ("The minister confirmed that Norway would send two frigates to Ukraine.", "planned"),
        ("Allies decided that NATO will deploy more troops.", "agreed"),  # a decision, not a report
        ("The recently established rules for units mean that NATO will deploy more troops.", "planned"),
        (
            "The needs of what Allies should have mean that NATO will deploy more troops.",
            "planned",
        ),  # no question
        ("We task the Council to develop new defence plans.", "agreed"),  # a declaration's tasking
        ("We direct our militaries to strengthen cyber defences.", "agreed"),
        ("NATO will provide direct support to Ukraine.", "planned"),  # "direct" as an adjective
        ("Germany sends more tanks to Ukraine", "achieved"),  # a headline's present
        # headline verbs of agreement and of stepping up
        ("Poland inks deal for 180 K2 tanks", "agreed"),
        ("Germany OKs new Patriot batteries for Ukraine", "agreed"),
        ("Sweden clinches deal for new submarines", "agreed"),
        ("Norway rolls out new air defence plan", "agreed"),
        ("Allies step up patrols in the Baltic", "achieved"),
        ("Allies must step up production of ammunition.", "proposed"),  # governed
        ("Norway delivers F-16s to Ukraine", "achieved"),
        ("Denmark has begun training Ukrainian pilots on F-16 jets.", "achieved"),  # under way
        ("The Netherlands started delivering F-16s to Ukraine last month.", "achieved"),
        ("Allies started discussing a new fund for Ukraine.", "proposed"),  # what begins decides
        ("Japan and NATO have begun talks on a new partnership programme.", "proposed"),
        ("Norway has doubled its support to Ukraine.", "achieved"),
        ("Sweden tripled its military aid to Ukraine this year.", "achieved"),
        ("Germany has increased its defence spending to 2% of GDP.", "achieved"),
        ("Spain spends just 1.28% of its GDP on defence.", "achieved"),  # a share spent
        ("Germany sent the pledged tanks to Ukraine.", "achieved"),  # a participle before its noun
        ("The Netherlands has delivered all 24 promised F-16 jets to Ukraine.", "achieved"),
        ("NATO is also stepping up its presence in the High North.", "achieved"),  # an adverb between
        ("Germany is also delivering more air defence to Ukraine.", "achieved"),
        ("The Alliance stands ready to defend every inch of Allied territory.", "planned"),
        ("Allies have so far trained more than 100,000 Ukrainian soldiers.", "achieved"),
        ("NATO will strengthen deterrence on the eastern flank.", "planned"),  # a party's, no effect
        ("Sweden has offered up to three warships.", "agreed"),  # something offered: pledged
        ("Canada has offered to host the new NATO centre.", "proposed"),  # an offer to act
        ("France ought to station fighter jets permanently in Poland.", "proposed"),
        ("Spain will need to spend 3.5 percent of GDP on defence.", "proposed"),  # the innermost cue
        ("That is why Allies have agreed to invest 5% of GDP in defence.", "agreed"),  # a reason, no question
        # the subject of a "that" clause opens the undertaking, whose own cue governs it
        (
            "Healey confirmed that British troops could be deployed to Ukraine once a ceasefire is agreed.",
            "expected",
        ),
        # talks under way, however confirmed
        (
            "Germany and Norway are in talks to jointly build new submarines, the ministry confirmed.",
            "proposed",
        ),
        ("Australia has given 50 million Australian dollars to Ukraine.", "achieved"),  # something given
        ("Lithuania is building barracks for the German brigade.", "agreed"),  # being built
        # weighed, mulled and floated ideas are proposals; what a state eyes it plans
        ("Denmark is weighing the purchase of long-range missiles.", "proposed"),
        ("Sweden is mulling a joint order of artillery.", "proposed"),
        ("Denmark floated the idea of a Nordic drone factory.", "proposed"),
        ("Copenhagen eyes a defence budget of 3.2 percent of GDP in 2027.", "planned"),
        (
            "Washington said long-range fires would be episodically deployed in Germany.",
            "planned",
        ),  # an adverb
        ("Norway gave 20 howitzers to Ukraine last spring.", "achieved"),
        # "possible" after a determiner describes the thing approved, it hedges nothing
        ("The Pentagon approved the possible sale of 400 missiles to Estonia.", "agreed"),
        # a vote with its count, and an application to join
        ("The US Senate voted 95-1 to ratify Finland's accession.", "agreed"),
        ("Hungary's parliament voted on Monday to ratify Sweden's accession.", "agreed"),  # its day
        ("Finland formally applied to join NATO on Wednesday.", "agreed"),
        # but approval given is agreement
        ("Ministers gave the green light for a new maritime centre in Finland.", "agreed"),
        ("The government has given the go-ahead for the purchase of 12 helicopters.", "agreed"),
        # coordinating aid delivered or going on
        ("NSATU has coordinated the delivery of 40 billion euros in military aid to Ukraine.", "achieved"),
        ("The NSATU command coordinates the delivery of equipment to Ukraine.", "achieved"),
        ("The NSATU command oversees training for Ukrainian troops.", "achieved"),  # what operates now
        ("Poland hosts about 10,000 U.S. troops.", "achieved"),
        ("Since 2022, Allies have also increased support to Georgia.", "achieved"),  # an adverb between
        ("Britain has placed a battalion on standby to deploy to Kosovo.", "agreed"),  # forces readied
        # advocated and in the process: proposed
        ("Poland advocates sending more troops to Romania.", "proposed"),
        ("Norway is in the process of buying new submarines.", "proposed"),
        ("Germany recommends deploying more air defence to Lithuania.", "proposed"),
        # an agreement reached is agreed, not a target reached
        ("Allies reached a deal to send more troops to Romania.", "agreed"),
        # and so is the gerund it governs through a preposition
        ("Allies reached agreement on sending more troops to Romania.", "agreed"),
        ("NATO made a decision on sending more troops to Romania.", "agreed"),
        # what is offered is pledged; offering to do something proposes it
        ("Sweden is offering up to three warships for the Baltic Sea mission.", "agreed"),
        ("Sweden is offering to host a new NATO command.", "proposed"),
        # a plan after a possessive is the noun, which the verb before it governs
        (
            "Norway is negotiating to join ReArm Europe, the EU's plan to boost defence production.",
            "proposed",
        ),
        # a plan named by its kind is the noun, which the verb before it governs
        ("Allies endorsed a new action plan to boost production of ammunition.", "agreed"),
        # what a decision calls for it holds; a proposal's call stays proposed
        ("The new target calls for 3.5% of GDP to be spent on core defence.", "agreed"),
        ("The proposal calls for more troops in Romania.", "proposed"),
        (
            "NATO has taken over the coordination of military aid for Ukraine.",
            "achieved",
        ),  # a task taken over
        # readiness offers what it is ready for: neither done nor decided
        ("Turkey was ready to contribute troops to a force in Ukraine.", "proposed"),
        ("Spain said it was willing to commit more troops to Latvia.", "proposed"),
        ("Turkey wanted to take part in the EU's 150 billion euro loan programme.", "proposed"),
    ],
)
def test_status_cues(sentence: str, status: str) -> None:
    assert status == one(sentence).status.value


@pytest.mark.parametrize(
    "sentence",
    [
        "NATO will not deploy troops to Ukraine.",
        "Allies won't send fighter jets.",
        "Supporting Ukraine is crucial for the Alliance.",  # an opinion: no cue
        "This will strengthen our deterrence.",  # an effect: no party undertakes it
        "But it will enhance Ukraine's self-defence.",  # an effect of "it", the initiative
        "The report finished with a warning about cyber attacks on Poland.",  # finishing no task
        "Russia will deploy more troops near the border.",  # a threat
        "Our most urgent task will be support to Ukraine.",  # a priority
        "He stressed that supporting Ukraine will be our most urgent task.",  # and the other way round
        "No decision has been made on sending long-range missiles to Ukraine.",  # nothing decided
        "Officials said the Allies were unlikely to agree on a date for Ukraine's membership.",  # doubted
        "Without a new bill, military aid to Ukraine will run out next month.",  # an end foreseen
        "Germany will halt the sale of weapons to the region.",  # a halt, like a suspension
        "The 2.5-billion-euro project will allow the base to host up to 10,000 troops.",  # an effect
        "The figure, which would amount to a seven-fold increase of the response force, surprised many.",
        # an undertaking in the object of a denied verb
        "Slovakia would not take part in a NATO plan to buy weapons for Ukraine.",
        "Germany has not yet finalised its plan to buy more jets.",
        "Ministers did not reach agreement on a proposal to fund drone production.",
        "Rutte criticised Spain's decision to opt out of the 5% spending target.",  # opted out
        # a decision or an agreement that was not made
        "Ministers also discussed Ukraine's bid to join the alliance but made no decision.",
        "There was no agreement on sending more troops to Romania.",
        "Leaders made no firm commitment to raise spending to 3% of GDP.",
        "The sale of gas to Europe will end.",  # a sale of no arms
        "A think tank will publish its report next week.",  # a tank of another kind
        "Belgium will decrease its military spending.",  # a cut commits to nothing
        "If elected, the candidate would cut military aid to Ukraine.",
        "Italy is scaling back its troops in Latvia.",
        "Experts believe more troops are needed in Latvia.",  # an outsider's opinion
        "Analysts say more air defence should be sent to Poland.",
        "Ministers discussed support for Ukraine.",  # a report of talks, no undertaking
        "Neither Germany nor France will send troops to Ukraine.",
        "Ministers met in Brussels to review air defence plans.",  # a meeting, not a target met
        "Military supplies for Ukraine remain short.",  # nouns, not verbs of delivery
        "Arms transfers to Ukraine have slowed.",
        "The candidate cast doubt on the US commitment to Article 5.",  # doubt commits to nothing
        "The new fund will strengthen Ukraine's defence industry.",  # an effect of an initiative
        "The accession of Norway and Iceland will make them safer.",  # the initiative's name runs on
        "The deployment of more troops to Romania will strengthen deterrence.",
        "Our support for Ukraine will be stronger than ever.",  # a state, not an act
        "Without new radars, deterrence will remain a promise on paper.",  # what stays, not an act
        "Through the new command, aid to Ukraine will be on a steadier footing.",
        "Germany's new brigade will help deter aggression on the eastern flank.",
        "Critics raised fresh doubts about Germany's pledge to spend 2% of GDP.",
        "Hungary blocked a plan to send more troops to Ukraine.",  # blocking undertakes nothing
        "Germany, by contrast, has been criticised for slow procurement.",  # criticism undertakes nothing
        "Others say the money could come from frozen Russian assets.",  # an outsider's opinion
        "The purchased jets arrived in May.",  # the month, not the modal
        # what Article 5 says; a participle after its noun; opposition; a meeting's agenda
        "Article 5 states that an attack on one Ally shall be considered an attack on all.",
        "The Patriot systems previously deployed in Ukraine shot down several missiles.",
        "Thousands of protesters marched against NATO plans to deploy new missiles.",
        "Hungary opposed sending more troops to Ukraine.",
        "NATO and Japan will deepen their partnership.",  # an intent of cooperation: a partnership
        # arms that are no weapons given
        "NATO will deepen dialogue with China on arms control.",
        "The EU will keep its arms embargo on Belarus.",
        "The meeting will focus on air defence and support for Ukraine.",
        "Next week's meeting of defence ministers will address air defence.",
        # joining the EU is no membership of NATO
        "Ukraine will push for accession to the European Union.",
        "Sweden agreed to support efforts to revive Turkey's EU accession process.",
        "Turkey vetoed NATO plans to deploy air defence to the region.",
        # an invitation to join a meeting or talks, not NATO
        "Leaders of Australia and Japan were invited to join talks on Ukraine.",
        # a record or study of something released or published
        "NATO on Monday released its annual estimates of defence expenditure.",
        "The Alliance will publish a report on air defence next month.",
        # plans denied or ruled out
        "Rome denies plans to send more fighter jets to Romania.",
        "The chancellor ruled out sending ground troops to Ukraine.",
        # intent denied
        "Moldova said it had no intention of joining NATO, as its constitution enshrines neutrality.",
        "Sweden has no desire to send troops to Ukraine.",
        "Spain balked at the pledge to spend 5% of GDP on defence.",
        # aid suspended; accession talks with the EU are no NATO membership
        "The US will suspend military aid to Ukraine.",
        "The government suspended accession talks with the European Union.",
        # a dialogue opened with a partner: a partnership
        "The EU and NATO launched a structured dialogue on defence industrial production.",
        # the effect of a decision or an agreement named as the subject
        "The three countries said the decision would give them more flexibility to defend the eastern flank.",
        "The agreement will strengthen deterrence on the eastern flank.",
        # an effect quoted after its "would"
        'The minister said the tanks would "strengthen the eastern flank".',
        "The minister said the tanks would “strengthen the eastern flank”.",
        # no progress expected on it
        "Diplomats expect no progress on Kyiv's membership bid at the summit.",
        # the effect of a plan, told of it after a verb of speech
        "Rutte welcomed the plan, saying it would help the alliance reinforce its eastern flank.",
        # put on hold
        "NATO says Georgia's path to membership has been put on hold.",
        # trainers sent to an Ally are no aid for a partner
        "Britain will send trainers to Latvia.",
        # a sale with nothing sold named
        "Slovakia will not send weapons, but firms can sell.",
        # what a move will make of the forces
        'The minister said the move would "make our armed forces stronger".',
        # plans given up
        "The Netherlands scrapped plans to buy 46 more tanks after a budget review.",
        "Canada shelved plans to buy new submarines.",
        "Belgium has cancelled its order for 12 howitzers.",
        # weapons that attack are no aid
        "The NATO-Ukraine Council met at Kyiv's request to discuss Russia's latest missile attacks on Ukrainian cities.",
        "Ministers will discuss the drone strikes on Ukraine's power grid.",
    ],
)
def test_not_commitments(sentence: str) -> None:
    assert nb.parse(f"date 2024-07-06 {sentence}").commitments == ()


@pytest.mark.parametrize(
    ("brief", "expected"),
    [
        # a headline's "X to do Y" is a plan, as a title or as a house brief's lead without a full stop
        ("Sweden to send two corvettes to the Baltic\nOfficials spoke on Monday.", [("planned", "SWE")]),
        ("date 2026-02-20 KFOR to add troops after clashes in Kosovo", [("planned", "NATO")]),
        # a lead that ends in a full stop is a sentence, whose "to" needs a cue
        ("date 2026-02-20 Sweden to send two corvettes to the Baltic.", []),
        # a noun of undertaking before "to" is its content, not a headline's subject
        ("date 2026-02-20 Defence Ministers take decisions to strengthen deterrence", [("agreed", "NATO")]),
        # the headline's infinitive a verb that tells a deed in the present ("steps up"): still a plan
        ("Japan, NATO to step up defence industrial cooperation\nThey met.", [("planned", "JPN")]),
        # a noun of giving before "to" names what receives, it is no headline's subject
        ("NATO chief welcomes new contributions to air defence for Ukraine\nThey met.", []),
        # but talks to be held are proposed, as they are after "will"
        ("NATO ministers to discuss Ukraine aid at Brussels meeting\nThey met.", [("proposed", "NATO")]),
    ],
)
def test_a_headlines_infinitive_is_a_plan(brief: str, expected: list[tuple[str, str]]) -> None:
    got = [(c.status.value, c.actor.code if c.actor else None) for c in nb.parse(brief).commitments]
    assert got == expected


@pytest.mark.parametrize(
    ("brief", "expected"),
    [
        # a title's present tense: a measure taken is agreed, a start achieved
        ("Denmark boosts defence spending to 3.2% of GDP\nOfficials spoke on Monday.", [("agreed", "DNK")]),
        ("Norway orders 54 new tanks\nOfficials spoke on Monday.", [("agreed", "NOR")]),  # a purchase decided
        (
            "NATO begins annual nuclear deterrence exercise\nOfficials spoke on Monday.",
            [("achieved", "NATO")],
        ),
        # not a paragraph's
        ("date 2026-02-20 Officials said Denmark boosts defence spending every year.", []),
        # nor an adversary's
        ("Russia boosts troops near the border\nOfficials spoke on Monday.", []),
    ],
)
def test_a_titles_present_tense_tells_news(brief: str, expected: list[tuple[str, str]]) -> None:
    got = [(c.status.value, c.actor.code if c.actor else None) for c in nb.parse(brief).commitments]
    assert got == expected


@pytest.mark.parametrize(
    ("sentence", "statuses"),
    [
        # a bare verb after "and" shares what governs the verb before it
        ("Australia will join the fund and contribute 20 million euros over five years.", ["planned", "planned"]),
        ("Allies agreed to deploy troops and contribute 20 million euros.", ["agreed", "agreed"]),
        # a gerund after "and" keeps its own cue
        ("It will stress defence production and reaffirming the Allies' pledge on readiness.", ["planned", "agreed"]),
    ],
)  # fmt: skip
def test_a_verb_after_and_shares_what_governs_the_verb_before_it(sentence: str, statuses: list[str]) -> None:
    assert [c.status.value for c in nb.parse(f"date 2026-06-12 {sentence}").commitments] == statuses


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a leading "and" goes wherever the undertaking stands, not only at the start of the text
        ("date 2026-02-15 Germany left. And Poland will send troops.", "Poland will send troops"),
        ("And Poland will send troops.", "Poland will send troops"),
        ("date 2026-02-15 Russia rebuilt. So at the summit, Allies will deploy troops.", "at the summit, Allies will deploy troops"),
        # "That's" is no leading "that"
        ("That's where NATO will deploy more troops.", "That's where NATO will deploy more troops"),
    ],
)  # fmt: skip
def test_an_undertaking_drops_the_words_that_lead_into_it(text: str, expected: str) -> None:
    assert [c.text for c in nb.parse(text).commitments] == [expected]


@pytest.mark.parametrize(
    "text",
    [
        "date 2026-01-08 NATO will deploy troops to Lithuania, the brigade commander said.",
        "Germany to station 4,800 troops in Lithuania by 2027, NATO brigade commander says\nThe lead follows.",
    ],
)
def test_a_reporting_tag_is_no_undertaking_whatever_its_words(text: str) -> None:
    # "brigade" names the speaker, and undertakes nothing of its own
    assert len(nb.parse(text).commitments) == 1


def test_an_indirect_question_undertakes_nothing_under_an_inherited_status() -> None:
    b = nb.parse(
        "date 2026-12-03 First, Allies agreed to send more troops to Romania. "
        "Second, we discussed how to strengthen our defences against hybrid attacks."
    )
    assert [c.text for c in b.commitments] == ["First, Allies agreed to send more troops to Romania"]


def test_a_name_given_to_an_undertaking_is_no_undertaking_of_its_own() -> None:
    b = nb.parse(
        "date 2026-11-02 The government signed a contract for 12 submarines, the minister announced, "
        "calling the purchase the largest naval investment in the country's history."
    )
    assert [c.text for c in b.commitments] == ["The government signed a contract for 12 submarines"]
    assert nb.parse("date 2026-11-02 Poland called for the deployment of more troops.").commitments


def test_an_effect_told_in_a_relative_clause_undertakes_nothing() -> None:
    b = nb.parse(
        "date 2022-06-02 Finland signed a host nation support memorandum with NATO, a step that "
        "will make it easier for allied forces to train on Finnish territory."
    )
    assert [c.text for c in b.commitments] == ["Finland signed a host nation support memorandum with NATO"]
    # a relative clause with a verb of undertaking undertakes it
    c = one("Allies agreed a plan that will deploy more troops to Romania.")
    assert c.kind is nb.CommitmentKind.DETERRENCE
    # what a thing will be charged with is no undertaking of its own
    b = nb.parse("date 2025-01-14 The new NATO centre, which will be responsible for air policing, opened.")
    assert b.commitments == ()


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # who receives is the beneficiary, and who it comes from undertakes
        ("Ukraine will receive air defence systems from Germany.", ("DEU", "UKR", "military_aid")),
        # a passive of giving: who is given receives, and the agent undertakes
        ("Georgia was offered a new defence capacity-building package.", (None, "GEO", "military_aid")),
        ("Ukraine was promised more air defence by Germany.", ("DEU", "UKR", "military_aid")),
        # an Ally or a group of Allies receives too; delivered to Allies, air defence stays air defence
        ("Lithuania will receive air defence systems from Germany.", ("DEU", "LTU", "air_missile_defence")),
        (
            "The Baltic states will receive more air defence systems from Germany.",
            ("DEU", "BALTICS", "air_missile_defence"),
        ),
    ],
)
def test_who_receives_benefits(sentence: str, expected: tuple[str, str, str]) -> None:
    c = one(sentence)
    assert (
        c.actor.code if c.actor else None,
        c.beneficiary.code if c.beneficiary else None,
        c.kind.value,
    ) == expected


def test_a_receipt_turns_round_only_the_undertaking_it_governs() -> None:
    b = nb.parse(
        "date 2026-09-09 Greece is set to receive its first F-35 jets from the United States in 2028 "
        "and plans to acquire four new frigates from France by 2030."
    )
    assert [
        (c.actor.code if c.actor else None, c.beneficiary.code if c.beneficiary else None)
        for c in b.commitments
    ] == [
        ("USA", "GRC"),
        ("GRC", None),
    ]


def test_a_border_shared_with_a_party_names_no_beneficiary() -> None:
    c = one("NATO will send 500 more troops to Kosovo after clashes near the border with Serbia.")
    assert c.beneficiary is None
    c = one("NATO will send more aid to Moldova along its border with Ukraine.")
    assert (c.beneficiary.code if c.beneficiary else None) == "MDA"


@pytest.mark.parametrize(
    ("sentence", "actor"),
    [
        ("The Bundestag passed the 2026 defence budget on Friday.", "DEU"),  # a parliament for its state
        ("Hungarian lawmakers voted to ratify Sweden's accession to NATO.", "HUN"),
        ("The Turkish parliament approved Finland's membership.", "TUR"),
        ("Congress approved $61 billion for Ukraine.", "USA"),
    ],
)
def test_a_parliament_acts_for_its_state(sentence: str, actor: str) -> None:
    c = one(sentence)
    assert (c.status, c.actor.code if c.actor else None) == (nb.CommitmentStatus.AGREED, actor)


def test_items_of_two_kinds_divide_where_a_gerund_opens_a_clause() -> None:
    b = nb.parse(
        "date 2026-03-18 NATO and the EU signed a joint declaration on Wednesday, pledging to remove "
        "legal and logistical barriers to moving troops across Europe."
    )
    assert [c.text for c in b.commitments] == [
        "NATO and the EU signed a joint declaration on Wednesday",
        "pledging to remove legal and logistical barriers to moving troops across Europe",
    ]


def test_a_relative_clause_about_a_thing_tells_no_undertaking_but_one_about_a_party_does() -> None:
    b = nb.parse(
        "date 2025-06-20 Romania has begun expanding the air base near the coast, which will become "
        "NATO's largest military base in Europe when completed."
    )
    assert [c.text for c in b.commitments] == ["Romania has begun expanding the air base near the coast"]
    b = nb.parse(
        "date 2025-06-20 Germany, which will strengthen its presence in Lithuania, said it would send more troops."
    )
    assert [(c.kind.value, c.status.value, c.actor.code if c.actor else None) for c in b.commitments] == [
        ("deterrence", "planned", "DEU")
    ]
    # what a body will become, told in a main clause, is still its plan
    b = nb.parse("date 2025-06-20 The new brigade will become fully operational in 2027.")
    assert [c.status.value for c in b.commitments] == ["planned"]
    # a state a party borders is neither its subject nor whom it benefits, nor is who leads a thing
    b = nb.parse(
        "date 2025-03-01 Romania will buy tanks. The country, which borders Ukraine and hosts a NATO "
        "battlegroup led by France, plans to spend 2.5% of its GDP on defence."
    )
    assert [(c.actor.code if c.actor else None, c.beneficiary) for c in b.commitments] == [
        ("ROU", None),
        ("ROU", None),
        ("ROU", None),
    ]
    # parties joined before the relative clause: the first named undertakes, there and after it
    b = nb.parse(
        "date 2025-06-20 The Netherlands and Denmark, which have already sent F-16s, will send more jets."
    )
    assert [c.actor.code if c.actor else None for c in b.commitments] == ["NLD", "NLD"]


def test_a_denial_does_not_reach_past_a_conjunction() -> None:
    b = nb.parse(
        "date 2025-06-20 Portugal will not be bound by the figure and will spend 2.1% of GDP on defence."
    )
    assert [(c.kind.value, c.status.value) for c in b.commitments] == [("defence_spending", "planned")]
    b = nb.parse("date 2025-06-20 France does not plan to cut its contribution and will send more jets.")
    assert [c.status.value for c in b.commitments] == ["planned"]


def test_but_before_a_verb_phrase_of_its_own_ends_a_denial() -> None:
    b = nb.parse(
        "date 2025-06-20 Germany will not send long-range missiles but will deliver more air defence to Ukraine."
    )
    assert [(c.text, c.kind.value, c.status.value) for c in b.commitments] == [
        ("will deliver more air defence to Ukraine", "military_aid", "planned")
    ]


def test_a_range_of_amounts_is_one_undertaking() -> None:
    b = nb.parse("date 2026-01-15 Latvia will spend between 5% and 6% of GDP on defence from next year.")
    assert [c.text for c in b.commitments] == [
        "Latvia will spend between 5% and 6% of GDP on defence from next year"
    ]
    assert [q.value for q in b.commitments[0].amounts] == [5.0, 6.0]
    # two amounts for two things stay two undertakings
    b = nb.parse("date 2026-01-15 Allies will spend 3.5% on core defence and 1.5% on resilience.")
    assert [c.text for c in b.commitments] == ["Allies will spend 3.5% on core defence", "1.5% on resilience"]


def test_an_amount_a_change_starts_from_is_no_undertaking() -> None:
    b = nb.parse(
        "date 2026-01-15 The government will raise defence spending to 3.5 percent of GDP by 2030, "
        "the coalition said on Thursday, up from around 2.2 percent now."
    )
    assert [c.text for c in b.commitments] == [
        "The government will raise defence spending to 3.5 percent of GDP by 2030"
    ]
    # the amount stays one of the sentence's quantities
    assert [q.value for q in b.commitments[0].amounts] == [3.5]
    # a bare "from" after a comma, too
    b = nb.parse(
        "date 2025-05-06 Czechia will raise defence spending to 3% of GDP by 2030, from 2.1% this year."
    )
    assert [(c.kind.value, [q.value for q in c.amounts]) for c in b.commitments] == [
        ("defence_spending", [3.0, 2.1])
    ]


@pytest.mark.parametrize(
    ("sentence", "kinds"),
    [
        (
            "NATO and Australia signed a new partnership programme, setting out cooperation in areas "
            "including maritime security, critical technologies, and defence industry.",
            ["security_agreement"],
        ),
        (
            "Allies will fund projects including drones, radars, and air defence, and Germany will deploy troops.",
            ["financial", "deterrence"],
        ),
    ],
)
def test_a_serial_comma_does_not_end_a_list_of_details(sentence: str, kinds: list[str]) -> None:
    assert [c.kind.value for c in nb.parse(f"date 2026-06-12 {sentence}").commitments] == kinds


def test_details_after_including_are_part_of_the_undertaking() -> None:
    # "housing" ends like a gerund but is a noun: the list details the infrastructure
    b = nb.parse(
        "date 2026-03-03 Canada will build infrastructure for its brigade, including housing "
        "and a new training range."
    )
    assert [c.text for c in b.commitments] == [
        "Canada will build infrastructure for its brigade, including housing and a new training range"
    ]
    # a focus is a detail as well
    b = nb.parse(
        "date 2025-10-15 Ministers agreed new capability targets, with a focus on air defence and long-range fires."
    )
    assert [c.text for c in b.commitments] == [
        "Ministers agreed new capability targets, with a focus on air defence and long-range fires"
    ]
    # what a document covers is a detail too
    b = nb.parse(
        "date 2025-03-01 Japan and NATO signed a partnership programme covering maritime security, "
        "cyber defence and interoperability."
    )
    assert [c.kind.value for c in b.commitments] == ["security_agreement"]
    # a gerund after "including" is an undertaking of its own
    b = nb.parse("date 2026-03-03 NATO will take new steps, including deploying more troops to Romania.")
    assert [c.text for c in b.commitments] == ["including deploying more troops to Romania"]


def test_a_bodys_name_with_commas_inside_is_one_item() -> None:
    c = one("NATO opened the Joint Analysis, Training and Education Centre in Poland.")
    assert (c.kind, c.text) == (
        nb.CommitmentKind.INSTITUTIONAL,
        "NATO opened the Joint Analysis, Training and Education Centre in Poland",
    )


def test_counted_items_of_one_kind_are_undertakings_of_their_own() -> None:
    b = nb.parse(
        "date 2025-06-01 NATO will acquire thousands more tanks and millions of new artillery shells."
    )
    assert [c.text for c in b.commitments] == [
        "NATO will acquire thousands more tanks",
        "millions of new artillery shells",
    ]
    # uncounted items of one kind stay one undertaking
    assert (
        len(
            nb.parse("date 2025-06-01 Allies will deploy more troops and more ships to the east.").commitments
        )
        == 1
    )


def test_items_of_one_kind_with_verbs_of_their_own_are_undertakings_of_their_own() -> None:
    b = nb.parse(
        "date 2024-07-06 Allies welcomed Sweden as the newest member and reaffirmed their commitment to the Open Door."
    )
    assert [(c.text, c.status.value) for c in b.commitments] == [
        ("Allies welcomed Sweden as the newest member", "achieved"),
        ("reaffirmed their commitment to the Open Door", "agreed"),
    ]


def test_and_with_a_new_subject_opens_a_clause() -> None:
    b = nb.parse(
        "date 2024-07-06 We have reaffirmed that Georgia will become a member and we have taken decisions "
        "to bring Georgia closer to NATO."
    )
    assert [c.text for c in b.commitments] == [
        "We have reaffirmed that Georgia will become a member",
        "we have taken decisions to bring Georgia closer to NATO",
    ]


def test_an_apposition_renames_the_undertaking_before_it() -> None:
    b = nb.parse(
        "date 2026-10-21 NATO opened a liaison office in Astana on Wednesday, its first permanent presence "
        "in Central Asia."
    )
    assert [c.kind.value for c in b.commitments] == ["institutional"]
    # items of a list are undertakings of their own, determiners and all
    b = nb.parse(
        "date 2026-10-21 Allies will boost air defence, the readiness of forces and the defence industry."
    )
    assert len(b.commitments) == 3


def test_an_infinitive_after_and_opens_an_item_of_its_own() -> None:
    # after buying, what follows is what is bought, but not an item with a verb of its own
    b = nb.parse(
        "date 2026-03-18 Lithuania plans to buy 85,000 anti-tank mines and to spend 6 percent of GDP "
        "on defence from next year."
    )
    assert [(c.kind.value, c.text) for c in b.commitments] == [
        ("defence_industry", "Lithuania plans to buy 85,000 anti-tank mines"),
        ("defence_spending", "to spend 6 percent of GDP on defence from next year"),
    ]


def test_a_verb_that_names_the_kind_is_the_cue_of_its_clause() -> None:
    b = nb.parse(
        "date 2025-03-01 The Netherlands has allocated EUR 90 million for drones, while Sweden purchased "
        "long-range weapons for Ukraine."
    )
    assert [c.actor.code if c.actor else None for c in b.commitments] == ["NLD", "SWE"]


def test_an_undertaking_after_a_reporting_tag_leaves_the_tag_out() -> None:
    b = nb.parse(
        "date 2025-03-01 Lithuania signed a contract for 44 tanks, the ministry said on Friday, as the "
        "nation prepares to host a German brigade."
    )
    assert [c.text for c in b.commitments] == [
        "Lithuania signed a contract for 44 tanks",
        "the nation prepares to host a German brigade",
    ]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # what follows a reporting tag names no beneficiary and sets no kind
        (
            "NATO agreed to deploy more air defence to the eastern flank, officials said, as Russia kept "
            "up its strikes on Ukrainian cities.",
            ("NATO agreed to deploy more air defence to the eastern flank", "air_missile_defence", None),
        ),
        (
            "Spain will deploy a frigate to the Baltic Sea, its defence minister told reporters in Kyiv.",
            ("Spain will deploy a frigate to the Baltic Sea", "deterrence", None),
        ),
        (
            "Norway will finance two Patriot systems for Ukraine, Ukraine's Defence Minister Denys Shmyhal "
            "said on Thursday.",
            ("Norway will finance two Patriot systems for Ukraine", "financial", "UKR"),
        ),
        (
            "Canada will reach the target of spending 2% of GDP on defence this year, Prime Minister "
            "Ana Costa announced on Monday in Kyiv.",
            (
                "Canada will reach the target of spending 2% of GDP on defence this year",
                "defence_spending",
                None,
            ),
        ),
        # a verb of speech that governs a clause is no tag
        (
            "Meanwhile, Germany confirmed it will station a brigade in Lithuania.",
            ("Meanwhile, Germany confirmed it will station a brigade in Lithuania", "deterrence", None),
        ),
        (
            "Later, the minister said that Norway will fund training for Ukraine.",
            ("Later, the minister said that Norway will fund training for Ukraine", "financial", "UKR"),
        ),
        # nor is one set inside the clause
        (
            "NATO, he said, will send more troops to Ukraine.",
            ("NATO, he said, will send more troops to Ukraine", "deterrence", "UKR"),
        ),
        # a condition after the tag is no undertaking
        (
            "NATO will launch a new maritime mission, officials said on Friday, once Turkey lifts its restrictions on warships.",
            ("NATO will launch a new maritime mission", "institutional", None),
        ),
        # what the undertaking is, named again after the tag without a verb, is no undertaking
        (
            "Denmark will buy eight air defence systems, the ministry said on Friday, its largest weapons purchase.",
            ("Denmark will buy eight air defence systems", "defence_industry", None),
        ),
    ],
)
def test_a_reporting_tag_ends_the_undertaking_before_it(
    sentence: str, expected: tuple[str, str, str | None]
) -> None:
    (c,) = nb.parse(f"date 2025-03-01 {sentence}").commitments
    assert (c.text, c.kind.value, c.beneficiary.code if c.beneficiary else None) == expected


#: The clause breaks as plain alternatives, the reference for the factored pattern.
_CLAUSE_BREAK_PLAIN = re.compile(
    r"[;:](?=\s)|\s[–—-]\s|,\s+(?:and|but|while|whereas|adding|saying|as well as|whilst)\b"
    r"|,(?P<relative>\s+(?:which|where)\b)"
    r"|\s\s*and\s+that\b|\s\s*but\s+also\b|,\s+(?=(?:to|by)\s)|\s\s*and\s+(?=(?:we|they|he|she)\s)"
    r"|,(?P<resume>\s+(?=(?:will|would|shall|has|have|had|is|are|was|were|must|should|plans|intends)\s))"
    r"|,(?=\s+(?:[\w.'’-]+\s+){1,8}?(?:said|says|told|added|noted|stressed|stated|explained|wrote|confirmed|announced|reports|reported)\b"
    r"(?![^,.;:!?]*\b(?:that|will|would|shall|must|should|can|could|is|are|was|were|has|have|had)\b)"
    r"(?!\s*,\s*(?:will|would|shall|must|should|is|are|was|were|has|have|had)\s))"
)


@settings(max_examples=300, deadline=None)
@given(
    st.lists(
        st.sampled_from(
            [", and ", ", which ", " and we ", " and that ", " but also ", " – ", ", to ", ", will ", ", by ",
             "  and  they ", ": ", "; ", ",\nhas ", " and she", "Germany", "x", " ", ",", " officials said",
             " told", " that ", "."]
        ),
        max_size=12,
    ).map("".join)
)  # fmt: skip
def test_clause_breaks_match_their_plain_alternatives(text: str) -> None:
    def breaks(pattern: re.Pattern[str]) -> list[tuple[tuple[int, int], str | None]]:
        return [(m.span(), m.lastgroup) for m in pattern.finditer(text)]

    assert breaks(_commitments._CLAUSE_BREAK) == breaks(_CLAUSE_BREAK_PLAIN)


def test_what_something_can_do_or_is_for_is_no_undertaking() -> None:
    b = nb.parse(
        "date 2024-07-06 NATO will support Ukraine in building a force capable of defeating aggression today, "
        "and deterring it in the future."
    )
    assert [c.kind.value for c in b.commitments] == ["military_aid"]
    assert (
        nb.parse("date 2024-07-06 NATO reaffirmed its core task: ensuring collective defence.").commitments
        == ()
    )
    purpose_of = (
        "date 2024-07-06 Leaders adopted a concept that sets out the purpose of ensuring collective defence."
    )
    assert nb.parse(purpose_of).commitments == ()
    # a capability that is itself undertaken stays a commitment
    b = nb.parse(
        "date 2024-07-06 Allies agreed on new forces capable of rapid deployment, and will deploy more troops."
    )
    assert [c.status.value for c in b.commitments] == ["agreed", "planned"]


def test_a_will_after_a_relative_that_and_a_clause_break_keeps_its_own_status() -> None:
    # the "that" is a relative pronoun, not a "that" clause of the agreement
    b = nb.parse(
        "date 2025-03-01 Norway has agreed to lead a coalition that trains pilots, and it will send jets to Ukraine."
    )
    assert [c.status.value for c in b.commitments] == ["agreed", "planned"]
    # a "that" clause of the agreement: its "will" is agreed
    assert one("Allies agreed that Ukraine will receive more air defence.").status.value == "agreed"


def test_the_subject_of_a_clause_of_its_own_takes_that_clause_s_verb() -> None:
    b = nb.parse(
        "date 2025-03-01 Japan has agreed to share intelligence on cyber threats with NATO, and its "
        "Self-Defense Forces will join a NATO exercise next year."
    )
    assert [(c.kind.value, c.status.value) for c in b.commitments] == [
        ("technology", "agreed"),
        ("deterrence", "planned"),  # Japan's forces, no aid for a partner's self-defence
    ]
    b = nb.parse(
        "date 2025-06-25 3.5% of GDP will go to core defence, while up to 1.5% may be spent on resilience."
    )
    assert [c.status.value for c in b.commitments] == ["planned", "expected"]
    # a verb in a relative clause after the undertaking is not its verb
    b = nb.parse(
        "date 2025-03-01 NATO is forming a command to plan, and arrange delivery of aid that Ukraine needs."
    )
    assert [(c.status.value, c.actor.code if c.actor else None) for c in b.commitments][-1] == (
        "agreed",
        "NATO",
    )


def test_a_relative_clause_keeps_its_own_status() -> None:
    b = nb.parse(
        "date 2024-07-06 Germany, which already hosts US troops, will station a brigade in Lithuania."
    )
    assert [(c.text, c.status.value, c.actor.code if c.actor else None) for c in b.commitments] == [
        ("already hosts US troops", "achieved", "DEU"),
        ("will station a brigade in Lithuania", "planned", "DEU"),
    ]
    # an apposition is no clause of its own: the sentence states one undertaking
    (c,) = nb.parse(
        "date 2024-07-06 Norway, a founding member, will send more troops to Finland."
    ).commitments
    assert (c.text, c.status.value) == (
        "Norway, a founding member, will send more troops to Finland",
        "planned",
    )


def test_passive_with_agent_and_beneficiary() -> None:
    c = one("New artillery shells will be delivered to Ukraine by Norway.")
    assert (
        c.kind.value,
        c.status.value,
        c.actor.code if c.actor else None,
        c.beneficiary.code if c.beneficiary else None,
    ) == ("military_aid", "planned", "NOR", "UKR")


def test_money_decides_the_kind() -> None:
    c = one("Allies pledged €500 million for air defence for Ukraine.")
    assert c.kind == nb.CommitmentKind.FINANCIAL
    assert [(q.value, q.unit) for q in c.amounts] == [(5e8, "EUR")]
    # what the money is for, listed in its item, is one undertaking with it
    c = one("The Netherlands announced a €500 million package of drones and air defence for Kyiv.")
    assert (c.kind, c.text) == (
        nb.CommitmentKind.FINANCIAL,
        "The Netherlands announced a €500 million package of drones and air defence for Kyiv",
    )


@pytest.mark.parametrize(
    ("sentence", "kind"),
    [
        # training grounds are no training of a partner, which would stand as an item of its own
        (
            "Lithuania has pledged to build barracks, training grounds and schools for the families of the soldiers.",
            "deterrence",
        ),
        # what follows making is what is made
        ("We must ramp up production of ammunition and air defence interceptors.", "defence_industry"),
        # what a document focuses on details it ("peacekeeping" is a noun, no gerund)
        (
            "Mongolia and NATO signed a partnership programme, focusing on peacekeeping training, "
            "cyber defence and disaster relief.",
            "security_agreement",
        ),
        # what follows paying for something is what is paid for, however many kinds it names
        (
            "Norway and Denmark will finance a package of air defence missiles and artillery ammunition "
            "for Ukraine worth 500 million dollars.",
            "financial",
        ),
        # a body created under a name of its own, whatever its words ("Assistance", "Training");
        # the bracket it closes stays
        (
            "We have decided to establish a NATO Security Assistance and Training for Ukraine (NSATU).",
            "institutional",
        ),
        (
            "Allies agreed to launch the Defence Innovation Accelerator for the North Atlantic (DIANA).",
            "institutional",
        ),
        # a body opened, whose name has a comma in it
        (
            "NATO and Ukraine opened the Joint Analysis, Training and Education Centre (JATEC) in Poland.",
            "institutional",
        ),
        ("Rheinmetall opened a new ammunition factory in Lithuania.", "defence_industry"),
        # a share of GDP decides the kind of its item, as money does
        (
            "Up to 1.5% may be spent on resilience, critical infrastructure and the defence industrial base.",
            "defence_spending",
        ),
    ],
)
def test_one_item_of_one_kind(sentence: str, kind: str) -> None:
    c = one(sentence)
    assert (c.kind.value, c.text) == (kind, sentence.removesuffix("."))


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            "Norway pledged 1 billion euros for Ukraine and will deploy troops to Latvia.",
            [
                ("financial", "Norway pledged 1 billion euros for Ukraine"),
                ("deterrence", "will deploy troops to Latvia"),
            ],
        ),
        (
            "Allies will spend 2% of GDP on defence and deploy more troops to Latvia.",
            [
                ("defence_spending", "Allies will spend 2% of GDP on defence"),
                ("deterrence", "deploy more troops to Latvia"),
            ],
        ),
        (
            "Poland will buy 96 attack helicopters and build a new military base near the border.",
            [
                ("defence_industry", "Poland will buy 96 attack helicopters"),
                ("deterrence", "build a new military base near the border"),
            ],
        ),
        (
            "Germany will buy tanks and send air defence to Ukraine.",
            [("defence_industry", "Germany will buy tanks"), ("military_aid", "send air defence to Ukraine")],
        ),
        (
            "Germany will buy tanks and produce artillery shells.",
            [
                ("defence_industry", "Germany will buy tanks"),
                ("defence_industry", "produce artillery shells"),
            ],
        ),
    ],
)
def test_an_item_that_opens_with_a_verb_is_an_undertaking_of_its_own(
    sentence: str, expected: list[tuple[str, str]]
) -> None:
    b = nb.parse(f"date 2025-03-01 {sentence}")
    assert [(c.kind.value, c.text) for c in b.commitments] == expected


@pytest.mark.parametrize(
    ("sentence", "actor", "amount"),
    [
        ("Norway pledged NOK 10 billion to Ukraine.", "NOR", (10e9, "NOK")),
        ("Canada will provide 500 million Canadian dollars for Ukraine.", "CAN", (500e6, "CAD")),
        ("Sweden announced two billion kronor for Ukraine.", "SWE", (2e9, "SEK")),
    ],
)
def test_money_in_any_currency_is_financial(sentence: str, actor: str, amount: tuple[float, str]) -> None:
    c = one(sentence)
    assert (c.kind, c.actor.code if c.actor else None) == (nb.CommitmentKind.FINANCIAL, actor)
    assert [(q.value, q.unit) for q in c.amounts] == [amount]


def test_air_defence_that_is_deployed_or_operated_is_air_defence() -> None:
    assert (
        one("The Patriot battery will be deployed to Poland next month.").kind
        == nb.CommitmentKind.AIR_MISSILE_DEFENCE
    )
    assert (
        one("The new battery will perform combat missions in Lithuania.").kind == nb.CommitmentKind.DETERRENCE
    )


def test_deliveries_of_air_defence_to_a_partner_are_aid() -> None:
    assert one("Germany will send another Patriot system to Ukraine.").kind == nb.CommitmentKind.MILITARY_AID
    assert (
        one("Germany will deploy a Patriot system to Poland.").kind == nb.CommitmentKind.AIR_MISSILE_DEFENCE
    )


@pytest.mark.parametrize(
    ("sentence", "kind"),
    [
        ("Allies agreed a new capability target for Canada.", "deterrence"),
        ("Allies agreed new capability targets for Canada.", "deterrence"),
        # the newest Ally is the newest member
        ("NATO's 32 members also welcomed Sweden as the newest Ally.", "membership"),
        # a partnership signed or negotiated is a document
        ("Japan and NATO signed a new partnership.", "security_agreement"),
        ("The partnership was signed in Brussels.", "security_agreement"),
        # a security and defence partnership signed is an agreement
        (
            "Canada will sign a new security and defence partnership with the European Union.",
            "security_agreement",
        ),
        # joining one of NATO's bodies is no membership
        ("Japan will join NATO's cyber defence centre.", "technology"),
        # a new headquarters is a new body
        ("Finland will host a new Forward Land Forces headquarters.", "institutional"),
        # ordering is buying
        ("Berlin has ordered 35 F-35 fighter jets.", "defence_industry"),
        ("Norway has placed an order for more NASAMS.", "defence_industry"),
        # plans of a spending path
        ("Allies will submit annual plans showing a credible path to the new target.", "defence_spending"),
        # funding shared by several is funding
        ("Denmark and Finland pledged to co-finance the production of drones in Ukraine.", "financial"),
        ("Sweden will co-fund a new ammunition plant.", "financial"),
        ("Allies will boost air defences in Poland.", "air_missile_defence"),
        ("Allies will boost missile defences in Poland.", "air_missile_defence"),
        ("Allies will boost air and missile defences in Poland.", "air_missile_defence"),
        # weapons go to a partner as aid, and stay deterrence where an Ally fields them
        ("Germany will send more drones to Ukraine.", "military_aid"),
        ("The US is considering sending long-range missiles to Ukraine.", "military_aid"),
        ("NATO will deploy missiles to Poland.", "deterrence"),
        ("NATO will station more weapons on the eastern flank.", "deterrence"),
        ("Germany will send more weapons to Ukraine.", "military_aid"),
        ("NATO will buy more drones.", "defence_industry"),
        ("Rheinmetall will build a new ammunition plant in Lithuania.", "defence_industry"),
        ("NATO will invest in cutting-edge drones for Ukraine.", "military_aid"),  # no cut
        ("Poland will open a new drone factory.", "defence_industry"),
        ("France and Germany will develop a new main battle tank.", "defence_industry"),
        ("The Netherlands is buying more Patriot systems.", "defence_industry"),  # buying decides
        ("Norway is procuring new frigates.", "defence_industry"),
        ("New Zealand will send officers to the NATO cyber defence centre.", "technology"),  # no new body
        (
            "Norway contributes 200 soldiers to the NATO-led mission in Kosovo.",
            "deterrence",
        ),  # an existing mission
        ("Allies will set up a mission led by a German general.", "institutional"),  # a new one
        ("Poland will host a new regional air defence command.", "institutional"),  # a body after its field
        ("NATO will send reinforcements to Lithuania.", "deterrence"),
        ("NATO and the EU will set up a joint working group on mobility.", "institutional"),
        (
            "More armoured vehicles will be sent to Romania by Belgium.",
            "deterrence",
        ),  # vehicles an Ally fields
        ("Sweden will donate a further 10 CV90 infantry fighting vehicles to Kyiv.", "military_aid"),
        # a national budget with its amount is defence spending; money pledged stays financial
        ("Japan approved a record defence budget of 9.1 trillion yen.", "defence_spending"),
        # a share of something else is no share of GDP, military though it is
        ("NSATU has coordinated the delivery of 90% of military equipment sent to Ukraine.", "military_aid"),
        ("The government will add 9 billion Canadian dollars to the defence budget.", "defence_spending"),
        ("Germany will raise defence spending by 10 billion euros.", "defence_spending"),
        ("Poland will spend 50 billion zlotys on defence next year.", "defence_spending"),
        ("Germany will spend 100 billion euros on its armed forces.", "defence_spending"),  # its own forces
        ("Norway will give Ukraine 500 million euros for its armed forces.", "financial"),  # another's
        ("Norway will spend 1 billion euros on defence aid for Ukraine.", "financial"),
        ("Canada will spend $2 billion on defence industry projects.", "financial"),
        ("NATO will step up patrols to protect undersea cables.", "deterrence"),
        ("Poland signs deal for 96 attack helicopters", "defence_industry"),  # a purchase
        ("Denmark signed a contract for 20 more tanks.", "defence_industry"),
        (
            "NATO's mission will continue to advise the Iraqi security forces.",
            "military_aid",
        ),  # a partner advised
        ("Germany and Italy will develop long-range strike missiles together.", "defence_industry"),
        ("Allies agreed to develop a missile defence capability.", "air_missile_defence"),  # no weapons made
        ("Allies agreed to create a new drone production hub.", "institutional"),
        ("Allies will fund a new air defence centre with 100 million euros.", "financial"),  # money decides
        ("Japan and NATO signed a cooperation agreement on cyber defence.", "security_agreement"),
        ("Allies will help Moldova transition from Soviet-era kit to NATO equipment.", "interoperability"),
        ("The pact provides defence-industrial support for Ukraine.", "military_aid"),  # support delivered
        ("Norway will boost defence-industrial production for Ukraine.", "defence_industry"),  # production
        ("Sweden will send 10 infantry fighting vehicles to Ukraine.", "military_aid"),
        ("The UK has trained 40,000 Ukrainian recruits.", "military_aid"),  # training delivered
        ("Spain spends just 1.28% of its GDP on defence.", "defence_spending"),
        ("Portugal said it would raise its budget to 2% this year.", "defence_spending"),  # a share
        ("Italy will lift its budget to 2.5 percent by 2028.", "defence_spending"),
        ("Europeans have promised to spend hundreds of billions of euros on defence.", "defence_spending"),
        ("Portugal will send a company of marines to Estonia.", "deterrence"),
        ("Allies will enhance their vigilance in the Baltic Sea.", "deterrence"),
        (
            "Five Allies launched an initiative to build a drone wall along their borders.",
            "air_missile_defence",
        ),
        ("Slovakia has ordered Swedish armoured vehicles and U.S. F-16 fighter jets.", "defence_industry"),
        # what of NATO's is joined is no membership
        ("Poland asked to join NATO nuclear sharing.", "deterrence"),
        ("Finland will join NATO air policing in Iceland.", "air_missile_defence"),
        ("Sweden will join NATO next year.", "membership"),
        ("Latvia will reintroduce conscription next year.", "deterrence"),
        ("Estonia will lay sea mines in the Gulf of Finland.", "deterrence"),
        ("Montenegro became NATO's 29th member in 2017.", "membership"),  # a member counted
        (
            "Washington approved the sale of 400 anti-tank missiles to Estonia.",
            "defence_industry",
        ),  # arms sold
        ("Poland and France signed a defence treaty.", "security_agreement"),
        ("The Baltic states will build a joint defence line along their eastern borders.", "deterrence"),
        ("Estonia plans to increase the number of conscripts to 5,000 a year.", "deterrence"),
        ("Washington will keep its troop levels in Europe unchanged.", "deterrence"),
        ("Britain and France offered to lead a reassurance force in Ukraine.", "deterrence"),
        ("NATO leaders welcomed Sweden as the alliance's 32nd member.", "membership"),
        ("Denmark will join the European Sky Shield Initiative.", "air_missile_defence"),
        ("Germany and France will jointly develop a new long-range missile.", "defence_industry"),
        ("Italy will develop a new tank with Germany.", "defence_industry"),
        # built with a partner: production, no delivery to it
        ("Italy and the UK will jointly build a new fighter jet with Japan.", "defence_industry"),
        (
            "NATO pledged to keep supporting Ukraine for as long as it takes.",
            "military_aid",
        ),  # support kept up
        ("We remain committed to supporting Ukraine for as long as it takes.", "military_aid"),
        ("The UK will lead a new coalition of the willing.", "institutional"),  # a new body
        ("Turkey will co-produce drones with Ukraine.", "defence_industry"),
        ("Germany and Ukraine set up a joint venture to make drones.", "defence_industry"),
        ("Poland will dig anti-tank ditches along its border.", "deterrence"),
        ("Allies vowed to counter sabotage and hybrid attacks.", "deterrence"),
        (
            "We have delivered six aid packages to our partner.",
            "military_aid",
        ),  # aid packages, however unnamed
        # an amount that is the price of what is bought: buying decides; money given stays financial
        ("Finland will buy an air defence system for about 316 million euros.", "defence_industry"),
        ("Romania will buy 32 used F-35 aircraft, a deal worth 6.5 billion dollars.", "defence_industry"),
        ("Norway will provide 100 million euros for the purchase of ammunition for Ukraine.", "financial"),
        # a contract is a purchase: its value is the price ("worth", "valued at")
        ("Slovakia signed a contract for 152 more tanks worth 1.7 billion euros.", "defence_industry"),
        ("Washington approved a $1.2 billion arms sale to Poland.", "defence_industry"),  # value before
        ("Poland signed a $10 billion contract to buy 96 attack helicopters.", "defence_industry"),
        ("Portugal will sign a contract for six new frigates valued at 2 billion euros.", "defence_industry"),
        ("Germany and Norway will jointly build new submarines.", "defence_industry"),  # weapons built
        ("Ottawa signs deal for up to 12 submarines", "defence_industry"),  # a purchase, however many
        # the price in two currencies
        (
            "Denmark will buy eight tanks in a deal worth 58 billion Danish crowns ($9.1 billion).",
            "defence_industry",
        ),
        ("Norway pledged 10 billion crowns ($1 billion) to Ukraine.", "financial"),  # money given
        # the sale of an amount's worth of arms
        (
            "Washington approved the sale of a $23 billion F-16 fighter jet package to Turkey.",
            "defence_industry",
        ),
        # a deal to sell or buy arms is its price, in any currency's sign
        (
            "South Korea signed a US$6.5 billion deal on Friday to supply 180 tanks to Poland.",
            "defence_industry",
        ),
        ("Poland signed a $2 billion arms deal.", "defence_industry"),
        ("Norway signed a 2 billion crown deal to buy 54 tanks.", "defence_industry"),
        ("The EU agreed a 50 billion euro deal to support Ukraine.", "financial"),  # no arms
        # a deal for goods, or a contract worth an amount: the amount is their price
        ("Poland signed a $10 billion deal for more South Korean tanks.", "defence_industry"),
        ("The Netherlands will order two more Patriot air defence systems.", "defence_industry"),  # ordered
        # a sale's price named after it, however many words name what is sold
        (
            "Washington approved the sale of Patriot air and missile defence systems to Denmark in a deal "
            "worth up to $8.5 billion.",
            "defence_industry",
        ),
        # a national budget, named before its amount or after it beyond another currency
        ("Japan's defence budget will rise to 8.7 trillion yen next year.", "defence_spending"),
        (
            "Poland plans to spend 186.6 billion zlotys ($47 billion) on defence this year.",
            "defence_spending",
        ),
        ("The EU's defence fund will rise to 8 billion euros.", "financial"),  # a fund, no budget
        # a strategy adopted
        ("NATO foreign ministers approved a new strategy to counter hybrid threats.", "institutional"),
        # one division, as a formation
        ("Lithuania plans to form a division by 2030.", "deterrence"),
        ("Britain will lead a new multinational division in Estonia.", "deterrence"),
        ("Poland signed a contract worth about $6.5 billion for 180 more tanks.", "defence_industry"),
        ("The EU agreed a 50 billion euro deal for aid to Ukraine.", "financial"),  # a deal for aid
        (
            "The Netherlands will allocate $90 million to purchase drones for Ukraine.",
            "financial",
        ),  # money given
        # money spent on a state's own forces, with its time between, in any currency's sign
        ("Canada will spend C$9 billion this year on defence.", "defence_spending"),
        ("Germany will spend 100 billion euros a year on its armed forces.", "defence_spending"),
        ("Canada will add C$9 billion to the defence budget.", "defence_spending"),
        # a weapon of a generation
        ("Norway and Germany will jointly develop a new generation of submarines.", "defence_industry"),
        ("Finland will contribute a ship to the operation.", "deterrence"),  # one ship
        ("Romania will send a larger contingent to Kosovo.", "deterrence"),
        ("France is considering sending military instructors to Ukraine.", "military_aid"),  # for a partner
        ("Poland is building a fortified line along its eastern border.", "deterrence"),
        ("Iceland will double its contribution to the alliance's common budget.", "financial"),
        ("Poland will create a new space agency.", "institutional"),  # a body created
        ("Germany and the UK signed a treaty on defence cooperation.", "security_agreement"),
        # arms sold are a sale, whoever buys them
        ("Sweden agreed to sell Hungary four more Gripen fighter jets.", "defence_industry"),
        ("The United States will sell Patriot systems to Allies for Ukraine.", "defence_industry"),
        ("The initiative has already shipped 500,000 shells.", "military_aid"),  # ammunition
        ("Norway will give Ukraine a naval ship.", "military_aid"),  # given to a partner
        # a term that runs from its cue over the object: the document, not the fields it covers
        (
            "NATO and Japan signed a new partnership programme that will guide cyber defence.",
            "security_agreement",
        ),
        (
            "NATO and Japan are negotiating a partnership programme on defence-industrial cooperation.",
            "security_agreement",
        ),
        # a command a force is placed under is no body set up
        ("Romania will host a new multinational brigade under NATO command.", "deterrence"),
    ],
)
def test_kind_terms(sentence: str, kind: str) -> None:
    assert one(sentence).kind.value == kind


@pytest.mark.parametrize(
    ("sentence", "actor"),
    [
        ("Poland urged Allies to deploy more troops to Romania.", "NATO"),
        ("Estonia called on Germany to send more troops to Lithuania.", "DEU"),
        ("Latvia has called for the United States to deploy more air defence.", "USA"),
        ("Poland called for more troops in Romania.", "POL"),  # nobody named is urged
        ("Turkey wants Germany to send more troops to Lithuania.", "DEU"),  # who is wanted to act
        ("Poland asked Germany to send more troops to Lithuania.", "DEU"),  # who is asked to act
        ("Turkey wants to send more troops to Lithuania.", "TUR"),
    ],
)
def test_who_is_urged_undertakes(sentence: str, actor: str) -> None:
    c = one(sentence)
    assert (c.status, c.actor.code if c.actor else None) == (nb.CommitmentStatus.PROPOSED, actor)


@pytest.mark.parametrize(
    ("sentence", "actor"),
    [
        ("Poland expects Allies to raise defence spending to 3% of GDP.", "NATO"),  # who is expected to act
        # who expects to act itself, though NATO's target is named after the verb
        ("Italy expects to reach NATO's target of 2% of GDP by 2028.", "ITA"),
        ("Portugal expects to meet the alliance's 2% spending goal next year.", "PRT"),
    ],
)
def test_who_expects_to_act_undertakes(sentence: str, actor: str) -> None:
    c = one(sentence)
    assert (c.status, c.actor.code if c.actor else None) == (nb.CommitmentStatus.EXPECTED, actor)


@pytest.mark.parametrize(
    "sentence",
    [
        "Poland signed a $10 billion deal for more South Korean tanks.",
        "Poland signed a contract worth $6.5 billion for tanks from South Korea after sending its old tanks to Ukraine.",
        "Finland will buy Israel's David's Sling air defence system for about 316 million euros.",
    ],
)
def test_who_sells_what_is_bought_receives_nothing(sentence: str) -> None:
    c = one(sentence)
    assert (c.kind, c.beneficiary) == (nb.CommitmentKind.DEFENCE_INDUSTRY, None)


@pytest.mark.parametrize(
    ("sentence", "actor"),
    [
        ("To deter Russia, Allies will deploy more troops to the eastern flank.", "NATO"),
        (
            "The leaders said Russia posed a long-term threat and pledged enduring support for Ukraine.",
            "NATO",
        ),
        ("After Russia's attack on Kyiv, Germany pledged more air defence for Ukraine.", "DEU"),
    ],
)
def test_an_adversary_named_before_another_subject_is_none(sentence: str, actor: str) -> None:
    c = one(sentence)
    assert (c.actor.code if c.actor else None) == actor


@pytest.mark.parametrize(
    ("brief", "last"),
    [
        # arms given with no recipient named go to the partner that received the last aid
        ("Norway delivered F-16 jets to Ukraine. Denmark pledged 19 jets.", ("military_aid", "UKR")),
        (
            "Norway delivered F-16 jets to Ukraine, and Denmark will send its remaining aircraft.",
            ("military_aid", "UKR"),
        ),
        # not where they go is named: a deployment
        (
            "Norway delivered F-16 jets to Ukraine. Germany will send two frigates to the Baltic Sea.",
            ("deterrence", None),
        ),
        (
            "Norway delivered F-16 jets to Ukraine. Germany will send two frigates to the eastern flank.",
            ("deterrence", None),
        ),
        # nor in a brief about no aid
        ("Denmark pledged 19 jets.", ("deterrence", None)),
    ],
)
def test_arms_given_go_to_the_last_recipient_of_aid(brief: str, last: tuple[str, str | None]) -> None:
    c = nb.parse(f"date 2025-08-08 {brief}").commitments[-1]
    assert (c.kind.value, c.beneficiary.code if c.beneficiary else None) == last


@pytest.mark.parametrize(
    ("sentence", "roles"),
    [
        # who asks for something for itself receives it; who is asked gives it
        ("Ukraine has asked for at least seven more Patriot systems.", (None, "UKR")),
        ("Moldova asked NATO for help to protect its airspace.", ("NATO", "MDA")),
    ],
)
def test_who_asks_for_aid_receives_it(sentence: str, roles: tuple[str | None, str]) -> None:
    c = one(sentence)
    assert (c.status, c.actor.code if c.actor else None, c.beneficiary.code if c.beneficiary else None) == (
        nb.CommitmentStatus.PROPOSED,
        *roles,
    )


def test_a_division_of_labour_is_no_formation() -> None:
    assert (
        nb.parse("date 2025-01-10 The division of labour between NATO and the EU will change.").commitments
        == ()
    )


@pytest.mark.parametrize(
    ("sentence", "texts"),
    [
        # what is lacking is no undertaking
        ("Shortages of ammunition, air defence and skilled workers could take a decade to fix.", []),
        # but what is undertaken after the shortage's clause is, and so is a shortage made good
        (
            "Despite shortages of ammunition, Allies will send more air defence to Ukraine.",
            ["Despite shortages of ammunition, Allies will send more air defence to Ukraine"],
        ),
        (
            "Allies will close critical gaps in air defence by 2027.",
            ["Allies will close critical gaps in air defence by 2027"],
        ),
    ],
)
def test_what_is_lacking_is_no_undertaking(sentence: str, texts: list[str]) -> None:
    assert [c.text for c in nb.parse(f"date 2025-03-30 {sentence}").commitments] == texts


@pytest.mark.parametrize(
    ("sentence", "beneficiary"),
    [
        ("NATO adopted a new strategy on China.", None),  # what it is about
        ("Japan will boost its cyber defences with a focus on China and North Korea.", None),
        ("Allies will spend more on Ukraine's air defence.", "UKR"),  # but what is the party's own
        ("NATO will launch a mission to deter attacks on Ukrainian ports.", "UKR"),
    ],
)
def test_what_an_undertaking_is_about_receives_nothing(sentence: str, beneficiary: str | None) -> None:
    c = one(sentence)
    assert (c.beneficiary.code if c.beneficiary else None) == beneficiary


def test_a_candidate_named_before_in_the_sentence_is_invited() -> None:
    b = nb.parse(
        "date 2023-07-11 Allies agreed that Ukraine's future is in NATO and that they will extend an "
        "invitation when Allies agree and conditions are met."
    )
    assert [(c.kind.value, c.beneficiary.code if c.beneficiary else None) for c in b.commitments] == [
        ("membership", "UKR"),
        ("membership", "UKR"),
    ]
    # but not a member named before ("Germany" joined long ago)
    c = nb.parse(
        "date 2023-07-11 Germany backed the plan, and Allies will extend an invitation."
    ).commitments[-1]
    assert (c.kind.value, c.beneficiary) == ("membership", None)


def test_a_relative_clause_after_a_preposition_names_its_own_subject() -> None:
    b = nb.parse(
        "date 2024-06-13 Ukraine and Japan signed a security agreement, under which Tokyo will provide $4.5 billion."
    )
    assert [(c.kind.value, c.actor.code if c.actor else None) for c in b.commitments] == [
        ("security_agreement", "JPN"),
        ("financial", "JPN"),
    ]


@pytest.mark.parametrize(
    ("sentence", "actors"),
    [
        # "and" before a new subject and its auxiliary opens a clause of its own
        ("Germany will send two frigates and France will provide air defence to Romania.", ["DEU", "FRA"]),
        (
            "Germany will send two frigates to the Baltic and the Netherlands will deploy jets to Poland.",
            ["DEU", "NLD"],
        ),
        # but not where no clause stands before it: two names of one subject
        ("NATO said Italy and Spain would take over the Baltic air policing mission.", ["ITA"]),
    ],
)
def test_and_before_a_new_subject_opens_a_clause(sentence: str, actors: list[str]) -> None:
    b = nb.parse(f"date 2025-01-01 {sentence}")
    assert [c.actor.code if c.actor else None for c in b.commitments] == actors


def test_who_sets_a_target_does_not_reach_it() -> None:
    b = nb.parse(
        "date 2024-12-05 Canada will buy 12 submarines. The government plans to spend 73 billion "
        "Canadian dollars on defence and hopes to reach NATO's 2% target by 2032."
    )
    assert [(c.kind.value, c.actor.code if c.actor else None) for c in b.commitments] == [
        ("defence_industry", "CAN"),
        ("defence_spending", "CAN"),  # "the government": Canada named again
        ("defence_spending", "CAN"),
    ]


@pytest.mark.parametrize(
    ("sentence", "actor"),
    [
        ('"We will send more troops to Estonia," French President Ana Costa said.', "FRA"),
        ('"We will send more troops to Estonia," said Finnish President Ana Costa.', "FIN"),
        ('"We will send more troops to Estonia," the Secretary General said.', "NATO"),
        ("Germany left early. Every Ally needs to spend 3.5 percent of GDP on defence.", "NATO"),  # each Ally
        ("We will send more troops to Estonia and welcome French President Ana Costa.", "NATO"),  # no speaker
    ],
)
def test_we_is_the_speakers_party(sentence: str, actor: str) -> None:
    c = one(sentence)
    assert (c.actor.code if c.actor else None) == actor


@pytest.mark.parametrize(
    ("sentence", "actor"),
    [
        ("If Russia attacks, NATO will defend every inch of Allied territory.", "NATO"),
        ("If Russia attacks, we will defend every inch of Allied territory.", "NATO"),
        # the clause before holds a cue of its own ("agree"): the main clause's subject still undertakes
        ("If Bosnia's institutions agree, NATO could help train a new cyber response team.", "NATO"),
        # the clause before names the only party, whom "it" stands for
        ("When Sweden joins, it will contribute forces to the eastern flank.", "SWE"),
    ],
)
def test_the_subject_of_a_clause_set_before_the_main_one_yields(sentence: str, actor: str) -> None:
    (c,) = nb.parse(f"date 2026-06-20 {sentence}").commitments
    assert (c.actor.code if c.actor else None) == actor


def test_a_passives_agent_undertakes() -> None:
    c = one("Sweden's accession was ratified by Hungary's parliament on Monday.")
    assert (c.actor.code if c.actor else None, c.beneficiary.code if c.beneficiary else None) == (
        "HUN",
        "SWE",
    )


def test_who_is_expected_to_act_undertakes() -> None:
    c = one("Officials expect Germany to send more troops to Romania.")
    assert (c.status, c.actor.code if c.actor else None) == (nb.CommitmentStatus.EXPECTED, "DEU")
    # an Ally named after a verb of speech, its verb's cues apart ("would still be expected")
    b = nb.parse(
        "date 2025-06-01 NATO chief Mark Rutte met the Spanish premier. "
        "Rutte later said Spain would still be expected to deliver the forces."
    )
    assert [(c.status.value, c.actor.code if c.actor else None) for c in b.commitments] == [
        ("expected", "ESP")
    ]


def test_a_relative_clause_after_a_city_and_its_country_is_not_the_country_s() -> None:
    b = nb.parse(
        "date 2025-03-01 Japan will send an officer to NATO's command in Wiesbaden, Germany, "
        "which coordinates aid to Ukraine."
    )
    assert "DEU" not in [c.actor.code for c in b.commitments if c.actor]
    # a state named as itself before the relative clause undertakes it
    assert one("Allies including Germany, which will deliver more tanks, met.").actor.code == "DEU"


def test_what_an_initiative_will_require_of_others_is_no_undertaking() -> None:
    b = nb.parse(
        "date 2025-06-05 Ministers approved new capability targets, which will require Allies to field "
        "more air defence, long-range missiles and troops."
    )
    assert [c.text for c in b.commitments] == ["Ministers approved new capability targets"]


@pytest.mark.parametrize(
    ("brief", "actors"),
    [
        (
            "date 2025-06-20 Germany announced a new aid package for Ukraine. The country will also send "
            "two more Patriot systems to Lithuania.",
            ["DEU", "DEU"],
        ),
        # states named again by their number: the first of them, as the actor of a list is
        (
            "date 2026-05-14 Estonia and Poland agreed to deploy a joint air defence line. "
            "The two countries will also jointly procure new tanks.",
            ["EST", "EST"],
        ),
        (
            "date 2026-05-14 Japan pledged to deploy two frigates to the Baltic. "
            "The two sides also plan to hold a joint exercise next year. "
            "The two organisations will also set up a joint working group.",
            ["JPN", "JPN", "JPN"],
        ),
        # or as both of them
        (
            "date 2026-05-14 Poland and Lithuania agreed to deploy a joint air defence line. "
            "Both countries will also build new bunkers.",
            ["POL", "POL"],
        ),
        # the state the sentence before opens with, though it undertook nothing
        (
            "date 2025-02-20 Britain will lead a new division headquarters in Estonia. Estonia welcomed "
            "the decision. Its defence minister said the country would raise defence spending to 5.4% of GDP.",
            ["GBR", "EST"],
        ),
        # but not an adversary, which undertakes nothing
        (
            "date 2025-02-20 Germany pledged ten more tanks for Ukraine. Russia condemned the move. "
            "The country will also send two more Patriot systems.",
            ["DEU", "DEU"],
        ),
        # the two leaders named before are no NATO leaders
        (
            "date 2025-03-01 Ana Costa and Jan Novak met in Paris. "
            "The two leaders agreed to send troops to Ukraine after a ceasefire.",
            [None],
        ),
    ],
)
def test_a_state_named_again_by_what_it_is_undertakes(brief: str, actors: list[str | None]) -> None:
    assert [c.actor.code if c.actor else None for c in nb.parse(brief).commitments] == actors


def test_a_partners_allies_undertake_and_the_partner_receives() -> None:
    c = one("Ukraine's allies have promised to deliver 1 million drones this year.")
    assert (c.actor.code if c.actor else None, c.beneficiary.code if c.beneficiary else None) == (
        "NATO",
        "UKR",
    )


def test_an_item_reported_after_and_that_opens_with_its_subject() -> None:
    b = nb.parse(
        "date 2026-11-10 Rutte said Germany had already committed to funding three Patriot batteries, "
        "and that Norway was preparing a package of NASAMS launchers."
    )
    assert [c.actor.code if c.actor else None for c in b.commitments] == ["DEU", "NOR"]


def test_an_item_whose_verb_is_left_out_opens_with_its_subject() -> None:
    b = nb.parse(
        "date 2025-10-14 The Netherlands will contribute 200 million euros and Denmark 150 million euros "
        "to the scheme."
    )
    assert [c.actor.code if c.actor else None for c in b.commitments] == ["NLD", "DNK"]


def test_an_item_that_opens_with_a_party_and_a_verb_of_no_cue_is_that_party_s() -> None:
    b = nb.parse(
        "date 2025-10-14 U.S. troops already rotate through the base, and France leads a NATO "
        "battlegroup stationed in Romania."
    )
    assert [c.actor.code if c.actor else None for c in b.commitments] == ["USA", "FRA"]
    # but a party before a preposition is whom the item is for
    b = nb.parse("date 2025-10-14 Germany will supply Ukraine with tanks, and Moldova with artillery.")
    assert [c.actor.code if c.actor else None for c in b.commitments] == ["DEU", "DEU"]


def test_a_word_of_the_previous_sentence_does_not_make_a_subject_an_object() -> None:
    b = nb.parse("date 2024-07-06 Defence ministers met. Germany will send more tanks to Ukraine.")
    assert [(c.actor.code if c.actor else None) for c in b.commitments] == ["DEU"]


@pytest.mark.parametrize(
    ("sentence", "actor"),
    [
        ("The US president announced that Germany and Romania would provide Patriot batteries to Ukraine.", "DEU"),
        ("NATO expects that Italy will raise defence spending to 2% of GDP.", "ITA"),
        ("NATO leaders reaffirmed that Ukraine will become a member of NATO.", "NATO"),  # the candidate joins
        # a verb of speech reports the clause without "that"
        ("NATO said Italy and Spain would take over the Baltic air policing mission.", "ITA"),
        ("Rutte said Germany and Canada had already committed to funding three Patriot batteries.", "DEU"),
        ("Germany told NATO it would send more troops to Lithuania.", "DEU"),  # who is told does not act
        ("Healey confirmed that British troops would help train Ukrainian pilots.", "GBR"),  # help with an act
        ("The ministry said Colombian officers would take part in the exercise next year.", "COL"),  # its officers
        ("The Czech-led initiative will deliver 1.8 million artillery shells to Ukraine.", "CZE"),  # who leads it
    ],
)  # fmt: skip
def test_an_ally_named_after_that_undertakes(sentence: str, actor: str) -> None:
    c = one(sentence)
    assert (c.actor.code if c.actor else None) == actor


@pytest.mark.parametrize(
    ("sentence", "actor"),
    [
        ("The pledge of the Allies to support Ukraine remains firm.", "NATO"),
        ("The decision of Germany to send tanks to Ukraine was welcomed.", "DEU"),
        ("The text refers to the commitment of Poland to spend 5% of GDP on defence.", "POL"),
        ("Allies welcomed the decision by Germany to deploy a brigade to Lithuania.", "DEU"),  # "by"
        ("Rutte welcomed new pledges from Denmark and Norway to the fund for Ukraine.", "DNK"),  # "from"
        # the party whose possessive stands before it
        ("Allies welcomed Germany's new pledge of 500 million euros for Ukraine.", "DEU"),
        # a decision or a plan is its owner's too
        ("NATO chief Mark Rutte welcomed Slovenia's decision to raise defence spending to 2% of GDP.", "SVN"),
        ("Allies welcomed Poland's plan to build a new air defence shield.", "POL"),
        # but not where a verb cue before it has a subject of its own
        ("Norway is negotiating to join SAFE, the European Union's plan to boost defence production.", "NOR"),
        (
            "Minister Ana Costa announced Japan's contribution of 30 million dollars to the fund for Ukraine.",
            "JPN",
        ),
    ],
)
def test_whose_undertaking_a_noun_of_undertaking_names_undertakes(sentence: str, actor: str) -> None:
    c = one(sentence)
    assert (c.actor.code if c.actor else None) == actor


@pytest.mark.parametrize(
    ("sentence", "actor"),
    [
        ("The Government of Canada announced that it will deploy 300 more soldiers to Latvia.", "CAN"),
        ("The President of France pledged more troops for Romania.", "FRA"),
        ("Training for the armed forces of Ukraine will continue.", None),  # who is trained
        # officials "of" or "from" a list of states: the first of them
        (
            "The air force chiefs of Denmark, Finland and Norway signed a plan to pool their fighter jets.",
            "DNK",
        ),
        ("Defence ministers from Estonia and Latvia agreed to build a joint air defence system.", "EST"),
    ],
)
def test_a_government_or_its_head_acts_for_the_state_after_of(sentence: str, actor: str | None) -> None:
    c = one(sentence)
    assert (c.actor.code if c.actor else None) == actor


@pytest.mark.parametrize(
    ("sentence", "actor"),
    [
        # a list after a preposition is no subject, however long
        ("After talks in Canada and Norway, Germany pledged two more frigates for the Baltic Sea.", "DEU"),
        ("In talks with Japan, Korea and Australia, Germany pledged to send two frigates.", "DEU"),
        # a comma alone closes no list: what follows it is the subject
        ("After talks with Japan, Germany pledged to send two frigates.", "DEU"),
        # who leads the subject, set off by commas, undertakes; who leads an object does not
        ("The coalition, led by Latvia and Britain, aims to deliver a million drones to Ukraine.", "LVA"),
        ("Romania, which hosts a battlegroup led by France, plans to spend 2.5% of GDP on defence.", "ROU"),
    ],
)
def test_a_party_after_a_preposition_is_no_subject(sentence: str, actor: str) -> None:
    c = nb.parse(f"date 2024-07-06 {sentence}").commitments[-1]
    assert (c.actor.code if c.actor else None) == actor


@pytest.mark.parametrize(
    "sentence",
    [
        "Allies welcomed the conclusion of the memorandum between Türkiye, Finland and Sweden.",
        "NATO leaders welcomed the security agreement signed between Türkiye and Sweden.",
    ],
)
def test_the_first_party_an_agreement_is_between_undertakes_it(sentence: str) -> None:
    c = one(sentence)
    assert (c.kind, c.actor.code if c.actor else None, c.beneficiary) == (
        nb.CommitmentKind.SECURITY_AGREEMENT,
        "TUR",
        None,
    )


def test_a_kind_term_inside_a_partys_name_names_no_undertaking() -> None:
    # "Council" in "the North Atlantic Council" is who acts, not a new council
    assert nb.parse("date 2025-03-01 The North Atlantic Council approved a new council.").commitments[
        0
    ].text == ("The North Atlantic Council approved a new council")
    assert nb.parse("date 2025-03-01 The North Atlantic Council approved the plan.").commitments == ()


def test_a_party_alongside_the_actor_receives_nothing() -> None:
    c = one("Georgia will take part in the exercise alongside Azerbaijan.")
    assert (c.actor.code if c.actor else None, c.beneficiary) == ("GEO", None)


def test_a_demonym_after_a_verb_is_its_object() -> None:
    c = one("The Secretary General met Kuwaiti officials to discuss a new NATO centre in Kuwait.")
    assert (c.actor.code if c.actor else None) == "NATO"


def test_a_line_that_introduces_a_list_of_decisions_frames_its_bullets() -> None:
    b = nb.parse(
        "date 2025-06-26 Ministers met in Brussels.\nThe meeting went well.\n"
        "Key decisions:\n- a new target for air and missile defence\n- more funding for the NATO Innovation Fund\n"
        "Other topics:\n- troops in the east\n"
    )
    assert [(c.kind.value, c.status.value) for c in b.commitments] == [
        ("air_missile_defence", "agreed"),
        ("financial", "agreed"),
    ]


def test_a_noun_cue_in_a_framed_item_takes_the_frames_status() -> None:
    b = nb.parse(
        "date 2025-10-16 Ministers met in Brussels.\nThe meeting went well.\n"
        "Key decisions:\n- the launch of a new task force on maritime security;\n"
        "- a new NATO command for the High North, to be headquartered in Norway.\n"
    )
    assert [(c.kind.value, c.status.value, c.text) for c in b.commitments] == [
        ("institutional", "agreed", "the launch of a new task force on maritime security"),
        # what describes the command is no undertaking of its own
        ("institutional", "agreed", "a new NATO command for the High North"),
    ]


def test_a_verb_that_opens_a_framed_item_takes_the_frames_status_and_subject() -> None:
    # the frame's verb is left out of each item: "(Ministers decided to) launch a review"
    b = nb.parse(
        "date 2026-10-16 Defence ministers met in Brussels.\nMinisters took the following decisions:\n"
        "- approve new capability targets;\n- launch a review of the NATO Command Structure.\n"
    )
    assert [(c.kind.value, c.status.value, c.actor.code if c.actor else None) for c in b.commitments] == [
        ("deterrence", "agreed", "NATO"),
        ("institutional", "agreed", "NATO"),
    ]


@pytest.mark.parametrize(
    ("intro", "expected"),
    [
        ("At the summit the Allies agreed the following:", [("defence_spending", "agreed", "NATO"), ("military_aid", "agreed", "NATO")]),
        ("Norway announced these measures:", [("defence_spending", "agreed", "NOR"), ("military_aid", "agreed", "NOR")]),
        ("Over the next year, Poland will:", [("defence_spending", "planned", "POL"), ("military_aid", "planned", "POL")]),
        ("Officials expect Spain to:", [("defence_spending", "expected", "ESP"), ("military_aid", "expected", "ESP")]),
        ("The Allies could not agree on:", []),
        ("Topics for the next meeting:", []),
    ],
)  # fmt: skip
def test_a_line_that_introduces_a_list_gives_its_items_its_status_and_subject(
    intro: str, expected: list[tuple[str, str, str]]
) -> None:
    b = nb.parse(
        f"date 2025-06-26 Ministers met in Brussels.\n{intro}\n"
        "- to raise defence spending to 3% of GDP\n- to deliver more air defence systems to Ukraine\n"
    )
    assert [
        (c.kind.value, c.status.value, c.actor.code if c.actor else None) for c in b.commitments
    ] == expected


def test_a_seat_of_government_acts_for_its_state() -> None:
    assert [
        c.actor.code if c.actor else None
        for c in nb.parse(
            "date 2024-07-06 The Pentagon announced $2.3 billion for Ukraine. Downing Street pledged more troops."
        ).commitments
    ] == ["USA", "GBR"]


@pytest.mark.parametrize(
    "sentence",
    [
        "Slovakia delivered ammunition to Kyiv last week.",
        "Italy will send 20 howitzers to Kyiv.",
        "The Czech Republic is sending artillery shells to Kyiv.",
        "Spain pledged more military aid to Kyiv.",
    ],
)
def test_a_capital_that_receives_what_is_given_is_its_government(sentence: str) -> None:
    c = one(sentence)
    assert (c.kind, c.beneficiary.code if c.beneficiary else None) == (nb.CommitmentKind.MILITARY_AID, "UKR")


@pytest.mark.parametrize(
    "text",
    [
        "The minister travelled to Kyiv on Monday.",
        "Germany delivered more aid. Its minister flew to Kyiv.",  # giving ends with its sentence
        "Germany sent a delegation with trade officials and bankers to Kyiv.",  # too far back
    ],
)
def test_a_capital_reached_by_travel_is_a_place(text: str) -> None:
    assert "UKR" not in [m.party.code for m in find_parties(text)]


@pytest.mark.parametrize(
    ("sentence", "roles"),
    [
        ("Georgia wants to join NATO.", ("GEO", None)),  # joining is the candidate's own act
        ("Bosnia will join the Alliance next year.", ("BIH", None)),
        ("Ukraine will be invited to join NATO.", (None, "UKR")),  # an invitation is received
    ],
)
def test_a_candidate_that_joins_undertakes(sentence: str, roles: tuple[str | None, str | None]) -> None:
    c = nb.parse(f"date 2025-03-01 {sentence}").commitments[0]
    assert (c.actor.code if c.actor else None, c.beneficiary.code if c.beneficiary else None) == roles


@pytest.mark.parametrize(
    ("text", "actor"),
    [
        ("Sweden became the 32nd member of NATO at a ceremony with the US secretary of state.", "SWE"),  # undated
        ("date 2023-04-04 Finland became the 31st member of the Alliance, a blow to Russia's war on Ukraine.", "FIN"),
    ],
)  # fmt: skip
def test_a_state_that_joins_acts_for_itself(text: str, actor: str) -> None:
    c = nb.parse(text).commitments[0]
    assert (c.kind, c.actor.code if c.actor else None, c.beneficiary) == (
        nb.CommitmentKind.MEMBERSHIP,
        actor,
        None,
    )


def test_a_member_is_no_beneficiary_but_a_candidate_is() -> None:
    c = nb.parse("date 2022-06-30 Allies agreed to invite Sweden to join.").commitments[0]
    assert (c.beneficiary.code if c.beneficiary else None) == "SWE"
    c = nb.parse("date 2025-06-30 Allies will station more forces in Sweden.").commitments[0]
    assert c.beneficiary is None


@pytest.mark.parametrize(
    ("sentence", "areas"),
    [
        ("NATO will deepen cooperation with Japan on cyber and space.", ("cyber", "space")),
        ("Japan and NATO will work more closely on cyber and space.", ("cyber", "space")),
        ("NATO and Japan agreed to step up cooperation on cyber and space.", ("cyber", "space")),
        ("Japan and NATO will intensify cooperation on cyber and space.", ("cyber", "space")),
        ("NATO will strengthen NATO-Japan cooperation on cyber and space.", ("cyber", "space")),
        (
            "Japan's ministers met Allies to discuss closer cooperation on cyber and space.",
            ("cyber", "space"),
        ),
        ("NATO and Japan will cooperate on cyber and space.", ("cyber", "space")),  # partners as subject
        ("Japan and NATO will cooperate closely in cyber and space.", ("cyber", "space")),
    ],
)
def test_cooperation_intent_is_a_partnership_not_a_commitment(sentence: str, areas: tuple[str, ...]) -> None:
    b = nb.parse(f"date 2024-07-06 {sentence}")
    assert b.commitments == ()
    (p,) = b.partnerships
    assert ([x.code for x in p.partners], p.areas) == (["JPN"], areas)


@pytest.mark.parametrize(
    "sentence",
    [
        "The Secretary General visited Japan last week.",  # a visit, no cooperation
        "Ukraine will receive more air defence from Allies.",  # aid, a commitment only
        "Finland and Sweden deepened their cooperation.",  # Allies are never partners (in 2025)
        "Sweden joined the cyber defence centre in Tallinn.",  # an Ally joining a body
        "Japan joined the talks on Monday.",  # talks are no joint body
        "NATO released a report on Japan's cyber defence.",  # made by NATO alone
        "NATO and Germany released a report on cyber defence.",  # with an Ally
        "The summit released a joint statement on the Indo-Pacific region.",  # a region, no partner
        "Japan signed a bilateral document with Ukraine.",  # neither NATO nor an Ally
        "Leaders will hold a working lunch with Japan's prime minister.",  # a meal, no work together
        # cooperation negated, refused or blocked
        "Japan will not join the exercise with NATO.",
        "Japan refused to sign a joint declaration with NATO.",
        "NATO and Japan will not deepen cooperation.",
        "Turkey vetoed a joint declaration with Japan.",
        "Hungary has again blocked a joint statement on Ukraine's membership path.",
        "Several Allies called for the suspension of cooperation programmes with Georgia.",  # suspended
        "In Tokyo, NATO signed a deal with Poland.",  # a place before NATO is no joint subject
    ],
)
def test_not_partnerships(sentence: str) -> None:
    assert nb.parse(f"date 2025-03-01 {sentence}").partnerships == ()


@pytest.mark.parametrize(
    "sentence",
    [
        "The Republic of Korea joined NATO's cyber defence centre in Tallinn.",
        "Korea will join the new task force on maritime security.",
        "Korea is joining a NATO innovation initiative.",
        "Korea and NATO set up a joint analysis, training and education centre.",  # a joint body
        "NATO and Korea released a report on cyber defence.",  # a joint act
        "Korea and NATO will sign a declaration on maritime security.",
        "Korea and the United States signed a security agreement.",  # with an Ally
        "Korea and NATO launched a structured dialogue on defence industrial production.",  # a dialogue
        "Korea will take part in a NATO exercise for the first time.",  # taking part in its work
        "Korea took part for the first time this week in NATO's largest cyber exercise.",  # when, between
        "South Korea, NATO sign cybersecurity pact",  # a headline's comma for "and"
        "Korea and NATO agreed to set up a joint working group on ammunition production.",
        "Korea expressed its intention to join NATO's Coalition for Drone Capabilities.",
    ],
)
def test_a_joint_body_or_act_with_a_partner_is_a_partnership(sentence: str) -> None:
    (p,) = nb.parse(f"date 2025-03-01 {sentence}").partnerships
    assert [x.code for x in p.partners] == ["KOR"]


@pytest.mark.parametrize(
    ("sentence", "areas"),
    [
        ("NATO and Japan will deepen cooperation in cyber defence and space.", ("cyber defence", "space")),
        ("NATO's partnership with Japan covers cyber and arms control.", ("cyber", "arms control")),
        ("NATO and Japan will deepen cooperation in Asia.", ()),  # a place, not a field
        ("NATO and Japan stepped up cooperation in response to the threat.", ()),
        ("NATO and Japan will deepen cooperation in areas such as cyber and space.", ("cyber", "space")),
        (
            "Japan and NATO will cooperate on maritime security in the South China Sea.",
            ("maritime security",),
        ),
        (
            "NATO and Japan agreed on Friday to deepen cooperation in cyber and space.",
            ("cyber", "space"),
        ),  # a day
        ("NATO and Japan signed a joint declaration on cooperation in cyber defence.", ("cyber defence",)),
        (
            "NATO and Japan agreed on June 12 to deepen cooperation in cyber and space.",
            ("cyber", "space"),
        ),  # a date
        ("Japan will work more with NATO on issues such as cyber and space.", ("cyber", "space")),
        # "including" with no preposition after it; not a means, a partner or a thing made
        (
            "NATO and Japan signed a programme to guide their cooperation, including cyber defence and space.",
            ("cyber defence", "space"),
        ),
        ("NATO and Japan will deepen cooperation, including through more staff talks.", ()),
        ("NATO and Japan will deepen cooperation, including a new joint centre.", ()),
        ("Britain will work with Japan on a plan to protect undersea cables.", ()),  # a document, no field
        # a time told by an adverb ends it too
        (
            "Japan and NATO will sign a new agreement on the protection of classified information later this year.",
            ("protection of classified information",),
        ),
        # a second verb of the infinitive, its "to" left out, ends the list
        (
            "Japan and NATO agreed to expand cooperation in the defence industry and share more intelligence.",
            ("defence industry",),
        ),
        ("Japan's partnership with NATO will focus on the Pacific region and cyber.", ("cyber",)),  # a region
        # partners listed after "such as" are partners, not fields
        (
            "NATO will work with partners such as Japan and Korea on counter-terrorism.",
            ("counter-terrorism",),
        ),
        # nor is a span of time
        (
            "NATO and Japan signed a programme to guide their cooperation on space and disinformation "
            "for the next four years.",
            ("space", "disinformation"),
        ),
        # a list cut short by a clause leaves no conjunction behind
        (
            "NATO agreed to step up cooperation with Japan on counter-terrorism and to share more intelligence.",
            ("counter-terrorism",),
        ),
        # cooperation itself is no field of it, nor is partnership
        ("NATO and Japan signed a joint declaration on cooperation.", ()),
        ("Japan and Korea signed a joint statement on partnership with NATO.", ()),
        # a clause of manner ends the fields, with or without a comma
        (
            "Japan is stepping up its cooperation with NATO on cyber defence while remaining cautious.",
            ("cyber defence",),
        ),
        # nor is what is agreed on, nor where
        ("Japan and NATO agreed on a new programme of cooperation.", ()),
        ("Japan and NATO deepened cooperation on the summit's sidelines.", ()),
        # nor is a platform
        ("NATO and Japan agreed to deepen cooperation, the minister wrote on Telegram.", ()),
        # the occasion is no part of the field
        (
            "Canada and Japan signed an agreement on intelligence sharing on the sidelines of the summit.",
            ("intelligence sharing",),
        ),
        (
            "NATO and Japan agreed to deepen cooperation on cyber defence during a visit to Tokyo.",
            ("cyber defence",),
        ),
        # a clause of its own after the fields
        (
            "Japan and NATO held talks on space security, and both sides agreed to explore joint exercises.",
            ("space security",),
        ),
        # a count of fields is none, and the details after it are the fields
        (
            "Japan and NATO signed a programme that sets out cooperation in five areas, including space, "
            "cyber defence and disinformation.",
            ("space", "cyber defence", "disinformation"),
        ),
        ("NATO and Japan will cooperate in several fields, notably space and cyber.", ("space", "cyber")),
        # a clause of time or reason after the fields
        (
            "Japan and NATO agreed to expand cooperation on cyber security, as Tokyo seeks closer ties.",
            ("cyber security",),
        ),
        # a purpose after the fields
        (
            "NATO and Japan agreed to deepen cooperation on military mobility, so that troops can move faster.",
            ("military mobility",),
        ),
        # the occasion after the fields
        (
            "NATO and Japan agreed to strengthen cooperation on energy security and civil preparedness, "
            "at a meeting marking the partnership's anniversary.",
            ("energy security", "civil preparedness"),
        ),
        # the frame of the cooperation after the fields
        (
            "NATO and Japan agreed to deepen cooperation in cyber defence and space, under a new "
            "partnership programme signed in Brussels.",
            ("cyber defence", "space"),
        ),
        # a purpose or a start in time ends the areas
        ("Japan-NATO cooperation on military mobility will be expanded.", ("military mobility",)),  # the verb
        (
            "Japan and NATO signed an agreement on joint drone production, the Ministry of Defence of Japan reports.",
            ("joint drone production",),
        ),  # a reporting tag of several words ends them too
        (
            "Japan and NATO launched a dialogue on defence production, aiming to avoid duplication.",
            ("defence production",),
        ),
        (
            "Japan and NATO will cooperate on protecting critical infrastructure from next year.",
            ("protecting critical infrastructure",),
        ),
        # a field named as an industry, a sector or a domain, with its article
        (
            "Japan and NATO will expand cooperation in the defence industry and the space domain.",
            ("defence industry", "space domain"),
        ),
        # an item's article or preposition is no part of its field
        (
            "NATO and Japan agreed to cooperate on cyber defence, in space and on the protection of ports.",
            ("cyber defence", "space", "protection of ports"),
        ),
    ],
)
def test_areas_of_cooperation(sentence: str, areas: tuple[str, ...]) -> None:
    (p,) = nb.parse(f"date 2025-03-01 {sentence}").partnerships
    assert p.areas == areas
    assert "JPN" in [x.code for x in p.partners]  # a partner in the list is no field


def test_the_union_a_state_joins_is_no_partner() -> None:
    b = nb.parse(
        "date 2023-07-10 Sweden agreed to step up cooperation with Turkey and to support Turkey's EU accession."
    )
    assert [[x.code for x in p.partners] for p in b.partnerships] == [["SWE"]]  # a partner in 2023


@pytest.mark.parametrize(
    ("sentence", "partner"),
    [
        ("Australia and NATO will hold regular consultations on security in the Indo-Pacific.", "AUS"),
        ("NATO and New Zealand agreed to boost their interoperability.", "NZL"),  # agreed together
    ],
)
def test_consultations_and_joint_agreement_are_cooperation(sentence: str, partner: str) -> None:
    (p,) = nb.parse(f"date 2025-03-01 {sentence}").partnerships
    assert [x.code for x in p.partners] == [partner]


def test_a_negation_of_what_the_parties_think_leaves_their_cooperation() -> None:
    (p,) = nb.parse(
        "date 2025-03-01 Neither Japan nor NATO considers the partnership a new bloc."
    ).partnerships
    assert [x.code for x in p.partners] == ["JPN"]


def test_cooperation_with_no_partner_or_region_is_no_partnership() -> None:
    b = nb.parse(
        "date 2024-07-06 Allies will strengthen defence-industrial cooperation and protection against ballistic missiles."
    )
    assert b.partnerships == ()
    assert [c.kind.value for c in b.commitments] == ["defence_industry", "air_missile_defence"]


@pytest.mark.parametrize(
    ("sentence", "partners"),
    [
        ("Leaders discussed Georgia's membership bid and closer cooperation with Japan.", ["JPN"]),
        ("The agreement with the United States is a step toward Georgia's membership in NATO.", ["GEO"]),
        # a place, as well
        ("Australia is a partner of NATO and has contributed troops to operations in Afghanistan.", ["AUS"]),
        ("NATO will deepen its partnership with the countries of the Gulf and its work in Iraq.", ["IRQ"]),
    ],
)
def test_a_candidate_for_membership_or_a_place_is_a_partner_only_where_no_other_is(
    sentence: str, partners: list[str]
) -> None:
    (p,) = nb.parse(f"date 2025-01-14 {sentence}").partnerships
    assert [x.code for x in p.partners] == partners


def test_cooperation_in_a_region_is_a_partnership_without_a_partner() -> None:
    (p,) = nb.parse("date 2025-01-14 NATO will deepen cooperation in the Indo-Pacific.").partnerships
    assert (p.partners, p.region) == ((), "Indo-Pacific")


def test_working_hand_in_hand_is_cooperation() -> None:
    (p,) = nb.parse(
        "date 2025-03-01 NATO will work hand in hand with Japan on maritime security."
    ).partnerships
    assert [x.code for x in p.partners] == ["JPN"]


@pytest.mark.parametrize(
    ("sentence", "region"),
    [
        ("NATO will deepen cooperation with partners in Southeast Asia.", "Southeast Asia"),
        ("NATO will work with Mauritania across the Southern Neighborhood.", "Southern Neighborhood"),
    ],
)
def test_regions_as_written(sentence: str, region: str) -> None:
    (p,) = nb.parse(f"date 2025-03-01 {sentence}").partnerships
    assert p.region == region


def test_groups_expand_to_their_members_and_regions_are_kept() -> None:
    (p,) = nb.parse(
        "date 2024-07-06 NATO will work with the Asia-Pacific partners on maritime security."
    ).partnerships
    assert [x.code for x in p.partners] == ["AUS", "JPN", "KOR", "NZL"]
    assert p.region == "Asia-Pacific"


def test_the_nato_ukraine_council_is_a_partnership_with_ukraine() -> None:
    (p,) = nb.parse("date 2024-07-06 The NATO-Ukraine Council met at ambassador level.").partnerships
    assert [x.code for x in p.partners] == ["UKR"]


_AMOUNT_PIECES = ["€", "$", "US$", "C$", "NZ$", "EUR", "eur ", "NOK", "cad", "5", "3.5", "1,000", "%", " ", "\xa0",
                  "bn", "million", "of GDP", "Two", "twelve", "hundred", "troops", "ships", "euros", "Swedish kronor",
                  "Canadian", "dollars", "zlotys", "-", ".", "x", "٣", "Σ", "İ"]  # fmt: skip


@given(st.lists(st.sampled_from(_AMOUNT_PIECES) | st.text(max_size=3), max_size=25).map("".join), st.data())
def test_amounts_are_tried_wherever_one_can_start(text: str, data: st.DataObject) -> None:
    # the candidate scan finds exactly what the full pattern's own scan finds
    start = data.draw(st.integers(0, len(text)))
    end = data.draw(st.integers(start, len(text)))
    expected = [m.span() for m in _amounts_module._AMOUNT.finditer(text, start, end)]
    assert [q.span.slice() for q in find_quantities(text, fold(text), start, end)] == [
        slice(*s) for s in expected
    ]


def _read_everything() -> contextlib.ExitStack:
    """Patches under which extraction reads every sentence in full and scans each
    sentence on its own, as it did before the whole-text signals."""

    def every(_self: object, starts: list[int], _ends: list[int]) -> set[int]:
        return set(range(len(starts)))

    def all_marked(self: object, starts: list[int], ends: list[int]) -> _commitments.Marks:
        return _commitments.Marks(undertaken=every(self, starts, ends), cued=every(self, starts, ends))

    stack = contextlib.ExitStack()
    stack.enter_context(mock.patch.object(_commitments.Signals, "marks", all_marked))
    stack.enter_context(mock.patch.object(_commitments.Marks, "may_commit", return_value=True))
    stack.enter_context(mock.patch.object(_partnerships.Places, "touching", every))
    stack.enter_context(mock.patch.object(_text.Hits, "own", return_value=None))
    return stack


@settings(max_examples=300, deadline=None)
@given(brief_texts)
def test_sentences_passed_over_state_nothing(text: str) -> None:
    # the signals only save work: what is read with them equals reading everything
    try:
        fast = nb.parse(text)
    except nb.BriefParseError:
        return
    with _read_everything():
        full = nb.parse(text)
    assert (fast.commitments, fast.partnerships) == (full.commitments, full.partnerships)


@pytest.mark.parametrize("path", sorted(DATA.glob("*.txt")), ids=lambda p: p.stem)
def test_test_briefs_read_the_same_with_signals(path: Path) -> None:
    text = path.read_text(encoding="utf-8")
    fast = nb.parse(text)
    with _read_everything():
        full = nb.parse(text)
    assert (fast.commitments, fast.partnerships) == (full.commitments, full.partnerships)


@given(
    st.lists(st.integers(0, 60), max_size=12).map(sorted),
    st.lists(st.tuples(st.integers(0, 60), st.integers(0, 8)), max_size=12),
)
def test_overlapped_tells_which_stretches_a_span_overlaps(
    cuts: list[int], spans: list[tuple[int, int]]
) -> None:
    # stretches between consecutive cuts (some empty), against a plain check of each pair
    starts, ends = cuts[:-1], cuts[1:]
    expected = {i for i in range(len(starts)) for lo, n in spans if lo < ends[i] and lo + n > starts[i]}
    assert _text.overlapped(starts, ends, [lo for lo, _ in spans], [lo + n for lo, n in spans]) == expected


def test_hits_hand_a_stretch_its_own_or_scan_it() -> None:
    text = "aa bb-cc dd"
    scans: list[tuple[int, int]] = []

    def scan(lo: int, hi: int) -> list[tuple[int, int, str]]:
        scans.append((lo, hi))
        whole = [(0, 2, "a"), (3, 8, "b"), (9, 11, "d")]
        return whole if (lo, hi) == (0, len(text)) else [(lo, lo + 1, "own scan")]

    hits = _text.Hits(text, scan)
    assert hits.own(0, 2) == [(0, 2, "a")]
    assert hits.own(3, 8) == [(3, 8, "b")]
    assert hits.own(0, 11) == [(0, 2, "a"), (3, 8, "b"), (9, 11, "d")]
    assert hits.own(4, 8) is None  # a hit crosses its start
    assert hits.own(0, 5) is None  # a hit crosses its end (and "bb-cc" is cut)
    assert hits.own(9, 10) is None  # cut inside a word: a scan of it alone may differ
    # stretches that a hit overlaps: [2, 7) and [7, 8) overlap "bb-cc"; [8, 9) lies between hits
    assert hits.touching([0, 2, 7, 8, 9], [2, 7, 8, 9, 10]) == {0, 1, 2, 4}
    # the whole text is scanned once; a stretch is scanned again only where its own hits can't tell
    assert hits.within(3, 8) == [(3, 8, "b")]
    assert hits.within(4, 8) == [(4, 5, "own scan")]
    assert scans == [(0, 11), (4, 8)]


_RUN_ON = ["Allies", "will", "deploy", "more", "troops", "and", "air", "defence", "to", "Ukraine", "with", "the",
           "EU", "and", "Japan", "€40", "billion", "in", "military", "aid", "Indo-Pacific", "cooperation", "pledged"]  # fmt: skip


@settings(max_examples=40, deadline=None)
@given(st.lists(st.sampled_from(_RUN_ON), min_size=400, max_size=700).map(" ".join))
def test_run_on_text_cut_into_sentences_reads_the_same(text: str) -> None:
    # without full stops the text is cut every 1,500 characters, so hits straddle the cuts
    # and sentences must scan themselves where the whole-text hits cross their edges
    fast = nb.parse(text)
    with _read_everything():
        full = nb.parse(text)
    assert (fast.commitments, fast.partnerships) == (full.commitments, full.partnerships)


def test_a_phrase_cut_between_two_sentences_is_read_as_each_sentence_reads_it() -> None:
    # a run-on text cut after "air": "air defence" crosses the cut in the whole-text hits
    head = "Allies will deploy " + "troops " * 211
    text = head.ljust(1496) + "air defence to Ukraine and Allies will deploy military aid to Ukraine " * 3
    first, second = list(_text.sentences(text, 0, len(text)))[:2]
    assert text[first[1] - 3 : first[1]] == "air"
    assert text[second[0] :].startswith("defence")
    fast = nb.parse(text)
    with _read_everything():
        full = nb.parse(text)
    assert fast.commitments == full.commitments
