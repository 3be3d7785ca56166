"""The cue lexicons the extractors read: what marks an undertaking, its kind, its status.

Each table maps a label to regular-expression fragments (case-insensitive, matched from
the start of a word to the end of one).  Extend a tuple to teach natobrief a new
wording; the extractors compile every table once, at import, into a
:class:`natobrief._lexmatch.PhraseTable`, so each sentence is scanned once per table.

The single patterns below are case-insensitive too; those built with
:func:`natobrief._lexmatch.compile_folded` search the brief's folded (lower-cased)
copy, the anchored ones (``fullmatch``, ``match``) the text itself.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from typing import Final

from natobrief._lexmatch import Gated, compile_folded
from natobrief._model import CommitmentKind as K
from natobrief._model import CommitmentStatus as S

__all__ = [
    "COOPERATION",
    "DECISION_FRAME",
    "JOINED_AFTER",
    "KIND_PRIORITY",
    "KIND_TERMS",
    "NEGATION",
    "OTHER_UNION_AFTER",
    "REPORTING_VERBS",
    "STATUS_CUES",
    "WORKING_WITH",
]

_DEF = r"defen[cs]e"

#: Terms that name an undertaking only beside a partner that receives it ("support for
#: Ukraine", "missiles to Ukraine"; not "in support of the plan", "missiles in Germany").
_WEAK: Final = (
    r"support", r"help\w*", r"aid", r"package", r"stronger", r"supplies", r"equipment", r"training", r"train", r"trained",
    # support kept up ("will keep supporting Ukraine"); not the gerund as a subject ("supporting
    # Ukraine will be our most urgent task") nor backing of a right ("supports Kyiv's right")
    r"(?:keep|keeps|kept|keeping|continue|continues|continued|continuing) supporting",
    r"to supporting",  # "remain committed to supporting Ukraine"
    r"advis(?:e|es|ing)", r"mentor(?:s|ing)?", r"(?:military )?(?:instructors|trainers)",
    r"missiles?", r"rockets?", r"drones?", r"howitzers?", r"weapons?",
)  # fmt: skip

#: Words and phrases that show what an undertaking is about.
KIND_TERMS: Final[Mapping[K, tuple[str, ...]]] = {
    K.FINANCIAL: (
        r"fund(?:s|ing|ed)?", r"financ\w*", r"co-?(?:fund(?:s|ing|ed)?|financ\w*)", r"trust funds?", r"common[- ]funded", r"money",
        r"common budgets?",  # NATO's own: "double its contribution to the common budget"
        r"grants?", r"loans?", r"(?:financial|monetary) (?:pledges?|assistance|aid|support|package)",
        r"budgets? of NATO", r"NATO['’]s (?:common )?budgets?",
    ),
    K.DEFENCE_SPENDING: (
        rf"{_DEF} (?:spending|expenditures?|budgets?|investment plan)", r"military (?:spending|budgets?|expenditures?)",
        r"GDP", r"gross domestic product", r"national output", r"economic output", r"burden[- ]sharing",
        rf"spend\w* (?:\w+ ){{0,2}}(?:on|for) {_DEF}",
        rf"spend\w* (?:hundreds|tens|billions|millions|trillions) of (?:\w+ ){{0,3}}?(?:on|for) {_DEF}", rf"invest\w* (?:\w+ ){{0,3}}in {_DEF}", r"spending targets?",
        rf"{_DEF} (?:and|&) (?:security[- ]related )?(?:associated )?spending", r"associated spending",
        r"national plans?", r"long-term defen[cs]e plans?", r"annual plans?",
        # a budget raised to a share: the share is of GDP ("raise its budget to 2%")
        r"budgets? (?:to|of) (?:about |around |at least |over )?\d[\d.,]*(?: ?%| per ?cent| percent)",
    ),
    K.AIR_MISSILE_DEFENCE: (
        rf"air(?: and missile)?[- ]{_DEF}s?", rf"missile {_DEF}s?", r"ballistic missiles?", r"anti-missile",
        r"IAMD", r"Aegis(?: Ashore)?", r"Patriots?", r"NASAMS", r"SAMP/T", r"IRIS-T", r"air policing",
        rf"(?:counter-drone|drone) {_DEF}s?", r"interceptors?", r"drone walls?", r"sky shield",
    ),
    K.DEFENCE_INDUSTRY: (
        rf"{_DEF}[- ]industr\w*", r"industrial", r"industry", r"production", r"produc(?:e|es|ing)",
        r"co-?produc\w+", r"joint ventures?",
        # arms sold: "approved the possible sale of 400 Javelin missiles to Estonia"
        r"sales? of (?:[\w-]+ ){0,6}?(?:weapons?|arms|missiles?|tanks|jets|aircraft|helicopters|howitzers|drones|systems|ammunition)",
        r"(?:arms|weapons?|military) sales?",
        r"manufactur\w*", r"procur\w+", r"acqui(?:re|res|ring|sition)", r"purchas\w*", r"buy(?:s|ing)?",
        # arms sold (not "firms can sell": a sale needs what is sold)
        r"sell(?:s|ing)? (?:[\w-]+ ){0,6}?(?:weapons?|arms|missiles?|tanks|jets|aircraft|helicopters|howitzers|drones|systems|ammunition|shells|patriots?|f-\d+s?)",
        r"munitions", r"artillery", r"tanks", r"stockpiles?", r"(?:main )?battle tanks?",
        r"orders? for",
        # ordering a number or more of something ("will order two additional Patriot systems")
        r"order(?:s|ed|ing)? (?:\d[\d,.]*|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|dozens"
        r"|more|new|additional|extra|another|up to)", r"contracts? (?:for|to buy|to purchase|to procure)", r"deals? for (?:up to |more than |about |around |some |nearly |over )?\d[\d,.]*",
        r"(?:ammunition|munitions?|arms|weapons?|missiles?|drones?) (?:plants?|factor(?:y|ies)|production|manufacturing)",
        rf"{_DEF} (?:plants?|factor(?:y|ies)|manufacturing)",
        # weapons developed or built: "develop long-range strike missiles", "build new submarines"
        r"develop(?:s|ed|ing)? (?:[\w-]+ ){0,4}?(?:missiles|drones|tanks?|fighter jets?|aircraft|weapons|munitions|warships?|submarines?|frigates?)",
        # one missile of a type (not "develop a missile defence capability")
        r"develop(?:s|ed|ing)? (?:[\w-]+ ){0,3}?(?:long-range|cruise|ballistic|hypersonic|strike|anti-ship) missile",
        r"b(?:uild(?:s|ing)?|uilt) (?:[\w-]+ ){0,4}?(?:missiles|drones|tanks?|fighter jets?|aircraft|weapons|munitions|warships?|submarines?|frigates?)",
        # weapons ordered: "has ordered Swedish CV90 armoured vehicles"
        r"order(?:s|ed|ing)? (?:[\w.-]+ ){0,4}?(?:missiles|drones|tanks|jets|aircraft|weapons|munitions|warships|submarines|frigates|vehicles|helicopters|howitzers)",
    ),
    K.INTEROPERABILITY: (
        r"interoperab\w*", r"NATO standards?", r"standardi[sz]\w*", r"transition\w* (?:[\w-]+ ){0,4}?to NATO",
    ),
    K.SECURITY_AGREEMENT: (
        r"security (?:agreements?|accords?|pacts?|guarantees?|compacts?)",
        rf"{_DEF} (?:pacts?|accords?|treat(?:y|ies))", r"mutual (?:defen[cs]e|assistance) (?:pacts?|treat(?:y|ies))",
        # "a treaty on defence cooperation"
        rf"(?:treaty|treaties|pacts?|accords?) on (?:[\w-]+ ){{0,2}}?(?:{_DEF}|security)",
        r"bilateral (?:agreements?|documents?|accords?|deals?)",
        r"memorand(?:um|a)", r"trilateral (?:agreements?|memorand\w+|deals?)", r"partnership (?:programmes?|programs?|agreements?|documents?)", r"programmes? of partnership",
        r"ITPPs?", r"tailored partnership", r"joint declarations?", r"framework agreements?",
        rf"security and {_DEF} partnerships?", rf"{_DEF} and security partnerships?",
        # a partnership signed or negotiated is a document ("The partnership was signed")
        r"sign\w* (?:[\w-]+ ){0,4}?partnership", r"negotiat\w* (?:[\w-]+ ){0,4}?partnership",
        r"conclud\w* (?:[\w-]+ ){0,4}?partnership",
        r"partnership (?:was|were|has been|have been|will be|is being) (?:signed|concluded|finali[sz]ed|negotiated)",
        rf"{_DEF} (?:cooperation )?agreements?", r"agreements? with", r"co-?operation (?:agreements?|accords?|deals?)",
    ),
    K.MEMBERSHIP: (
        r"membership", r"members? of (?:NATO|the Alliance|the alliance)", r"(?:newest|new|full) members?",
        r"newest all(?:y|ies)",
        # a member counted: "NATO's 29th member", "the 32nd ally"
        r"(?:1|2|3|4|5|6|7|8|9)\d?(?:st|nd|rd|th) (?:members?|all(?:y|ies))",
        r"accession\w*", r"accede", r"invit\w+ (?:\w+ ){0,6}to (?:join|become)", r"to join (?:NATO|the Alliance|the alliance)",
        r"join(?:s|ed|ing)? (?:NATO|the Alliance|the alliance)", r"open door", r"ratif\w+",
        r"closer to (?:NATO|membership)", r"path (?:\w+ ){0,3}(?:to|into) NATO", r"future (?:lies|is) (?:in|within) NATO",
        r"Membership Action Plan", r"become a member",
        r"invitations? to (?:join|become)", r"extend\w* (?:an |the |a formal )?invitation",
    ),
    K.INSTITUTIONAL: (
        r"command\b", r"headquartered", r"councils?", r"(?:liaison )?offices?", r"missions?", r"centres?", r"centers?",
        r"strategic concept", r"strateg(?:y|ies)", r"communiqu[eé]s?", r"summit declaration", r"joint statement", r"task force",
        r"secretariat", r"reforms?", r"special representative", r"new bod(?:y|ies)", r"new (?:[\w-]+ ){0,3}headquarters",
        r"working groups?", r"coalitions?", r"agenc(?:y|ies)", r"directorates?",
        r"(?:be )?comprised of", r"stand up", r"(?:coordination |liaison |planning )?cells?", r"hubs?",
    ),
    K.TECHNOLOGY: (
        r"cyber\w*", r"outer space", r"space (?:domain|security|capabilities)", r"innovation", r"emerging (?:and disruptive )?technolog\w*",
        r"new technolog\w*", r"artificial intelligence", r"quantum", r"digital",
    ),
    K.DETERRENCE: (
        r"deterr\w*", r"collective defen[cs]e", rf"{_DEF} plans?", r"regional plans?", r"forces", r"troops",
        r"troop (?:levels?|presence|numbers|deployments?|rotations?|contributions?)",
        r"soldiers", r"servicemen", r"marines", r"paratroopers", r"contingents?",
        r"self-defen[cs]e forces",  # Japan's forces, not a partner's self-defence (a term of aid)
        r"(?:reassurance|stabilisation|stabilization|peacekeeping|multinational|rapid reaction|response|security) forces?", r"battle ?groups?", r"readiness", r"exercises?", r"standby",
        r"eastern flank", r"forward (?:presence|defen[cs]e)", r"posture", r"Article 5", r"capability targets?",
        r"(?:every inch|all) of (?:NATO|allied|Allied) territory", r"defen[cs]e of (?:all )?(?:NATO|allied|Allied) territory",
        r"defen[cs]e guarantee", r"critical infrastructure", r"(?:undersea|subsea|underwater|seabed) (?:cables?|infrastructure|pipelines?)", r"(?:deploy|redeploy)\w*", r"special forces",
        rf"(?:strengthen|reinforce|bolster)\w* (?:\w+ ){{0,2}}(?:deterrence|{_DEF})", r"combat (?:forces|missions?)",
        r"brigades?", r"battalions?", r"divisions",
        # one division, named as a formation ("form a division", "a new armoured division"), not
        # "a division of labour"
        r"(?:new|armoured|armored|mechanised|mechanized|infantry|multinational|additional|full|second|third|fourth)"
        r" division",
        r"form(?:s|ed|ing)? (?:a|an|one|its|their|a new) (?:[\w-]+ )?division", r"station(?:s|ed|ing)?", r"(?:military|forward|permanent) presence",
        r"rotations?", r"presence", r"vigilance", r"patrols?", r"patrolling", r"surveillance", r"reinforcements",
        # assets: deterrence where Allies field them, aid where they go to a partner
        r"warships?", r"frigates?", r"corvettes?", r"destroyers?", r"submarines?", r"vessels?", r"minehunters?",
        r"ships", r"a (?:[\w-]+ )?ship", r"another (?:[\w-]+ )?ship", r"one (?:[\w-]+ )?ship",
        r"(?:naval|maritime|military|air) operations?",
        r"(?:armou?red|infantry fighting|combat|military) vehicles", r"IFVs", r"APCs",
        r"(?:fighter |patrol |transport )?(?:aircraft|jets?|planes)", r"helicopters?", r"F-\d+s?",
        r"capabilit(?:y|ies) requirements",
        # NATO's nuclear deterrence; nuclear weapons alone are as often an adversary's
        r"nuclear (?:sharing|umbrella|mission|exercises?)", r"dual-capable",
        # where forces live and train
        r"barracks", r"training (?:grounds?|ranges?|areas?)", r"(?:military|army|air|naval) bases?",
        # manning and mining: "reintroduce conscription", "lay sea mines"
        r"conscription", r"conscripts", r"(?:compulsory |national )?military service", r"(?:sea|naval|anti-tank|anti-personnel|land) ?mines",
        r"minefields?", r"anti-tank (?:ditches|obstacles|barriers)", r"fortifications?", r"bunkers",
        r"fortified (?:lines?|borders?|positions?)",
        rf"{_DEF} lines?",
        r"sabotage", r"hybrid (?:threats?|attacks?|warfare|campaigns?)",
    ),
    K.MILITARY_AID: (
        r"military (?:aid|support|assistance|help)", r"security assistance", r"assistance", r"aid packages?",
        r"training (?:and advisory )?missions?",
        r"ammunition", r"(?:artillery )?shells", r"capacity[- ]building", r"non-lethal", r"donations?", r"arms", r"detection systems?",
        r"security and defen[cs]e (?:sector|forces)", r"self-defen[cs]e", r"security pledges?",
        *_WEAK,  # an undertaking only with a partner that receives it (see WEAK_TERMS)
    ),
}  # fmt: skip

#: Whether a kind term is one of the weak terms (``_WEAK``), matched whole.
WEAK_TERMS: Final = re.compile("(?i)" + "|".join(_WEAK))

#: Words of making or buying: with them, arms for a partner are industry, not aid.
PRODUCTION: Final = compile_folded(
    r"\b(?:produc\w+|manufactur\w+|procur\w+|acqui\w+|purchas\w+|buy\w*|sell\w*|industr\w+|stockpil\w+|build\w*|built|develop\w*)"
)

#: Arms and platforms: delivered to a partner, they are military aid, not deterrence.
ASSETS: Final = re.compile(
    r"(?i)warships?|frigates?|corvettes?|destroyers?|submarines?|vessels?|minehunters?|ships|"
    r"(?:a|another|one) (?:[\w-]+ )?ship|"
    r"(?:fighter |patrol |transport )?(?:aircraft|jets?|planes)|helicopters?|F-\d+s?"
    r"|(?:armou?red |infantry fighting |combat |military )vehicles|IFVs|APCs"
)

#: Kinds whose terms count only beside a verb of creation: a council that meets is
#: not a council set up.
CREATION: Final = compile_folded(
    r"\b(?:establish\w*|creat\w+|set(?:ting)?[ \xa0]+up|launch\w*|form(?:s|ed|ing)?|open(?:s|ed|ing)?|found(?:ed|ing)|"
    r"stand(?:s|ing)?[ \xa0]+up|headquartered|comprised|build\w*|adopt\w*|approv\w+|endors\w+|agree\w*|releas\w+|"
    r"issu\w+|shift\w*|new(?![ \xa0]+(?:zealand|york|delhi|jersey|mexico|caledonia|guinea)\b)|(?<!-)led)\b"
)

#: Markers of an elaboration: the list after them details what came before.
ELABORATION: Final = compile_folded(
    r"\b(?:such[ \xa0]+as|including|like|e\.g\.|for[ \xa0]+example|for[ \xa0]+instance|among[ \xa0]+them"
    r"|notably|especially|particularly|in[ \xa0]+particular"
    r"|with[ \xa0]+(?:a|an)[ \xa0]+(?:special[ \xa0]+|particular[ \xa0]+)?(?:focus|emphasis)[ \xa0]+on"
    r"|focus(?:s)?ing[ \xa0]+on"
    # what a document covers: "a partnership programme covering maritime security, cyber defence ..."
    r"|covering|spanning)\b"
)

#: Statements of priority or topic ("our most urgent task will be support to Ukraine").
PRIORITY: Final = Gated(
    r"\b(?:task|priority|priorities|topic|focus|goal|message|issue|purpose)[ \xa0]+(?:[\w’']+[ \xa0]+){0,5}?"
    r"(?:will[ \xa0]+be|is|are|was|were)[ \xa0]+(?!to\b)",
    ("task", "priorit", "topic", "focus", "goal", "message", "issue", "purpose"),
)

#: Which kind wins when one stretch of text names several ("money decides the kind").
KIND_PRIORITY: Final[tuple[K, ...]] = (
    K.FINANCIAL, K.DEFENCE_SPENDING, K.SECURITY_AGREEMENT, K.INTEROPERABILITY, K.DEFENCE_INDUSTRY,
    K.AIR_MISSILE_DEFENCE, K.MEMBERSHIP, K.INSTITUTIONAL, K.TECHNOLOGY, K.MILITARY_AID, K.DETERRENCE,
)  # fmt: skip

#: Cues of modality.  The cue nearest before the undertaking decides ("I expect Allies
#: will agree" is planned: "will" is nearer than "expect").
STATUS_CUES: Final[Mapping[S, tuple[str, ...]]] = {
    S.PLANNED: (
        r"will", r"shall", r"['’]ll", r"would", r"(?:is|are|was|were) to", r"plans? to", r"planned", r"planning to",
        r"(?:is|are) set to", r"set to", r"going to", r"intends? to", r"aims? to", r"scheduled to", r"next step",
        r"to be (?:approved|adopted|agreed|taken|launched|completed|held|signed|announced)", r"soon",
        r"(?:is|are|was|were) due to", r"(?:is|are|was|were) poised to", r"stands? ready to",
        r"prepar(?:es|ing|ed) to", r"eye(?:s|ing)",
    ),
    S.EXPECTED: (
        r"expects?", r"expected", r"anticipat\w+", r"hopes?", r"hoped", r"likely", r"could", r"may", r"might",
        r"can", r"forecasts?", r"believes?", r"possible", r"readiness to", r"hopefully", r"on track to",
    ),
    S.PROPOSED: (
        r"must", r"should", r"needs? to", r"need(?: for| of)?", r"calls? for", r"called for", r"urg\w+", r"propos\w+",
        r"negotiat\w+", r"discussions?", r"talks", r"in talks (?:to|on|about|over)", r"working (?:on|out|with)", r"wants? to", r"wanted to", r"wanting to",
        r"want(?:s|ed)? (?:\w+ ){1,3}?to",
        r"seeks?", r"seeking", r"push(?:es|ing)? for", r"ask(?:s|ed)? (?:\w+ ){0,3}?to",
        r"ask(?:s|ed)? (?:\w+ ){0,2}?for",  # "has asked allies for help"
        r"been asked to", r"in the process of", r"advocat\w+", r"recommend\w*",
        r"looking (?:at|to)", r"explore", r"ought to", r"weigh(?:s|ing)", r"mull(?:s|ing)",
        r"float(?:s|ed|ing) (?:the |an? )?(?:idea|proposal|plan)", r"consider\w*", r"discuss(?:es|ing)?", r"call(?:s|ed|ing)? on", r"offer(?:s|ed|ing)? to",
    ),
    S.AGREED: (
        r"agree[sd]?", r"agreeing", r"agreement", r"decided", r"decisions?", r"decide", r"adopt(?:ed|s)?",
        r"approv(?:e|ed|es)", r"endors\w+", r"sign(?:ed|s)?", r"pledg(?:ed|es)", r"pledge", r"committed", r"commitments?",
        r"commits?", r"reaffirm\w*", r"reconfirm\w*", r"reiterat\w+", r"confirm(?:ed|s)?",
        r"establish\w*", r"creat(?:ed|ing|es)", r"forming", r"formed", r"announc\w+", r"invit(?:ed|es|ing)", r"invite",
        r"conclu\w+", r"ensured", r"drawn up", r"set up", r"releas\w+", r"issued", r"took the (?:\w+ )?decisions?",
        r"obligation", r"declaration", r"enshrines?", r"provides", r"determin(?:ation|ed)",
        r"reach(?:es|ed|ing)? (?:an |a |the |final |broad )?(?:agreement|deal|consensus|compromise)",  # not a target reached
        r"unveil(?:s|ed)", r"offered", r"offer(?:s|ing)",  # what is offered ("Sweden is offering three ships")
        # headline verbs of agreement: "Poland inks deal", "Germany OKs new batteries"
        r"ink(?:s|ed)", r"oks", r"ok['’]d", r"okay(?:s|ed)", r"green-?light(?:s|ed)", r"greenlit",
        # approval given: "gave the green light", "has given the go-ahead" (not aid given)
        r"(?:has|have|had) (?:already |also )?given (?:the |its |their |a )?(?:green light|go-ahead)",
        r"g(?:ave|ive|ives|iving) (?:the |its |their |a )?(?:green light|go-ahead)", r"clinch(?:es|ed)",
        r"roll(?:s|ed) out", r"declar(?:ed|es)", r"finali[sz](?:ed|es)", r"vow(?:s|ed)?", r"promis(?:e|es|ed)", r"earmark(?:s|ed)", r"allocat(?:es|ed)", r"set(?:s|ting)? aside", r"ratif(?:ied|ies)",
        r"(?:is|are) (?:also |now |already |still )?(?:constructing|developing|procuring|buying|purchasing|acquiring|ordering|setting up)",
        r"ha(?:s|ve) ordered", r"plac(?:ed|es) (?:an? |new |further |its |their )?orders?",
        r"purchased", r"bought", r"procured", r"acquired",
        r"(?:is|are) building (?:a|an|the|new)",
        r"(?:is|are) (?:also |now |already |still )?building (?:barracks|bases|housing|infrastructure|facilities|depots|bunkers|fortifications)",
        r"lift(?:s|ed)? (?:its|their|the) (?:veto|objections?|opposition|block)",
        # forces readied: "placed a battalion on standby", "put 300,000 troops on high alert"
        r"plac(?:es|ed) (?:[\w,-]+ ){0,4}?on (?:high )?(?:standby|alert|readiness)",
        r"puts? (?:[\w,-]+ ){0,4}?on (?:high )?(?:standby|alert|readiness)",
        r"dropp(?:ed|ing) (?:its|their|the) (?:veto|objections?|opposition)",
        r"reach(?:es|ed)? (?:a|an) (?:deal|agreement|consensus|compromise)",
        r"tasked", r"tasks? (?:the|our|its|their|all|relevant)", r"direct(?:s|ed)? (?:the|our|its|their|all)",
        # a legislature's decision: "passed a $95 billion package", "voted to ratify"
        r"pass(?:es|ed) (?:a|an|the|its|their) (?:\S+ ){0,4}?(?:bill|law|budget|package|resolution|legislation)",
        # with its count or its day: "voted 95-1 to", "voted on Monday to ratify"
        r"vot(?:es|ed) (?:\d+ ?(?:-|–|to) ?\d+ |on [a-z]+ )?(?:in favou?r of|to|for)",
        # an application to join: "formally applied to join NATO", "applied for NATO membership"
        r"appl(?:ies|ied) (?:to join (?:NATO|the alliance)|for (?:[\w-]+ )?membership)",
    ),
    S.ACHIEVED: (
        r"now", r"already", r"provided", r"m(?:et|eets) (?:the |its |their |our |this |that |a |an )?(?:[\w.%,-]+ ){0,3}?"
        r"(?:targets?|goals?|guidelines?|benchmarks?|commitments?|pledges?|thresholds?|requirements?|obligations?)",
        r"m(?:et|eets) \d", r"spen(?:ds|t) (?:(?:just|only|about|around|nearly|almost|over|under|roughly) )?\d", r"continues?", r"continued to",
        r"keeps? [a-z]+ing", r"kept [a-z]+ing", r"continu(?:e|es|ed) [a-z]+ing", r"go(?:es)? on [a-z]+ing", r"went on [a-z]+ing", r"contribut(?:e|es|ed)", r"deploy(?:s|ed)",
        r"moved", r"sent", r"sends", r"delivered", r"delivers", r"supplied", r"donat(?:ed|es)", r"transferred",
        r"became", r"join(?:s|ed)", r"has added", r"have added", r"carried out",
        r"stationed", r"sending", r"launch(?:ed|es)?",
        # what a body or a state does now: "the NSATU command oversees training", "Poland hosts
        # 10,000 troops" (things that operate are achieved)
        r"oversees", r"hosts", r"operates", r"commands",
        # a task taken over from another: "NATO has taken over the coordination of aid"
        r"(?:has|have) taken over", r"took over", r"takes over",
        # a body opened: "opened the Joint Analysis, Training and Education Centre"
        r"open(?:ed|s) (?:a|an|the|its|their) (?:\S+ ){0,6}?(?:centres?|centers?|offices?|headquarters|hubs?|bases?|factor(?:y|ies)|plants?)", r"developed", r"handed over", r"sealed", r"received", r"has been",
        r"have been", r"is contributing", r"are contributing", r"are strengthening", r"is strengthening",
        r"(?:is|are) (?:also |now |already |still )?(?:delivering|providing|supplying)", r"complet(?:ed|es)", r"finish(?:ed|es) (?:the |its |their )?\w+ing", r"finish(?:ed|es) (?:the|its|their)",
        r"welcom(?:ed|es) (?:[\w'’-]+ ){1,4}?as (?:the |its |a |our )?(?:[\w'’-]+['’]s? )?(?:newest|new|\d+\w*) (?:member|ally|allies)",
        r"(?:reach|exceed|surpass)(?:es|ed|s)? (?:the|its|their)", r"(?:reach|exceed|surpass)(?:es|ed|s)? \d",
        r"(?:is|are) (?:also |now |already |still )?(?:stepping up|ramping up|building up|increasing|boosting|expanding|reinforcing)",
        r"(?:has|have|had) (?:begun|started)", r"began", r"started", r"(?:has|have|had) (?:already |so far )?trained",
        r"(?:has|have|had) (?:already |so far |also )?given", r"gave",
        r"(?:has|have|had) (?:already |so far |also )?coordinated", r"coordinates",
        r"(?:doubl|tripl|quadrupl)(?:ed|es)", r"ramp(?:s|ed)? up", r"step(?:s|ped)? up",
        r"(?:has|have) (?:already |also |since |further |significantly |sharply |substantially )?(?:increased|raised|boosted|expanded|stepped up|ramped up)",
    ),
}  # fmt: skip

#: Cues that are nouns ("a commitment to ..."): a verb that governs them decides instead.
NOMINAL_CUES: Final = re.compile(
    r"(?i)(?:agreements?|decisions?|declaration|commitments?|obligation|determination|pledge|discussions?|talks|need(?: for| of)?)"
)
#: Cues that are nouns after an article ("a plan to", "the pledge"), verbs elsewhere.
NOUN_OR_VERB: Final = re.compile(
    r"(?i)plans?(?:[ \xa0]+to)?|pledges?|proposals?|calls?[ \xa0]+for|decisions?|launch(?:es)?|requests?"
    # an adjective after a determiner: "approved the possible sale of missiles"
    r"|possible"
)

#: Modal auxiliaries that govern the verb right after them ("will agree" is planned):
#: a verb is governed when a match ends where it starts.
MODAL: Final = compile_folded(
    r"\b(?:will|shall|would|['’]ll|must|should|could|may|might|can|(?:is|are|was|were)[ \xa0]+to|plans?[ \xa0]+to|"
    r"expects?[ \xa0]+(?:\w+[ \xa0]+){0,4}?to|(?:is|are)[ \xa0]+expected[ \xa0]+to|needs?[ \xa0]+to|wants?[ \xa0]+to|"
    r"(?:is|are)[ \xa0]+set[ \xa0]+to|going[ \xa0]+to|likely[ \xa0]+to)"
    r"(?:,[ \xa0]+(?:however|though|therefore|meanwhile|moreover|instead|in[ \xa0]+turn|in[ \xa0]+addition|for[ \xa0]+(?:its|their|our)[ \xa0]+part),)?"
    # adverbs and "be" between the modal and its verb ("would be episodically deployed")
    r"(?:[ \xa0]+(?:also|further|jointly|then|soon|not|all|now|again|each|be|[a-z]+ly\b))*[ \xa0]+"
)
#: Words that name NATO's side when no party is the subject ("the summit will ...").
NATO_PROXIES: Final = compile_folded(
    r"\b(?:summit|communiqu[eé]|declaration|heads[ \xa0]+of[ \xa0]+state|leaders|member[ \xa0]+(?:states|countries|nations)|"
    r"members|\d+[ \xa0]+(?:nations|countries|allies)|ministers|secretary[- ]general|NATO[ \xa0]+chief|"
    r"alliance[ \xa0]+chief|the[ \xa0]+countries|(?:every|each)[ \xa0]+(?:ally|member(?:[ \xa0]+(?:state|country|nation))?))\b"
)

#: Negation that undoes an undertaking ("will not", "no plans to"), cuts and suspensions
#: that reverse one ("will decrease their spending", "would cut aid", "suspended aid"), and
#: doubt cast on one ("cast doubt on the US commitment"), intent denied ("had no
#: intention of joining") or balked at: none commits to anything.  A negation stands where its match
#: starts, but doubt and denied intent where they end, right before what is doubted (group
#: ``doubt``).
NEGATION: Final = Gated(
    r"\b(?:will|would|shall|do|does|did|can|could|must|should|is|are|was|were|has|have|had)[ \xa0]+not\b"
    r"|\b(?:won['’]t|wouldn['’]t|don['’]t|doesn['’]t|didn['’]t|can['’]t|cannot|never|no[ \xa0]+plans?|refus\w+|reject\w+|neither|nor"
    r"|block(?:s|ed|ing)|veto(?:es|ed|ing)|den(?:y|ies|ied|ying)|rul(?:e|es|ed|ing)[ \xa0]+out|opt(?:s|ed|ing)?[ \xa0]+out)\b"
    r"|\b(?:ha(?:s|ve)[ \xa0]+)?yet[ \xa0]+to\b"
    r"|\b(?:decreas\w*|reduc(?:e|es|ed|ing)|cut(?:s|ting)?(?![\w-])|slash\w*|scal(?:e|es|ed|ing)[ \xa0]+back"
    r"|suspen(?:d|ds|ded|ding|sion)|halt(?:s|ed|ing)?"
    # plans given up: "scrapped plans to buy 46 tanks", "cancelled an order for howitzers"
    r"|scrap(?:s|ped|ping)?|cancel(?:s|led|ed|ling|ing)?|abandon(?:s|ed|ing)?|shelv(?:e|es|ed|ing)|(?:(?:has|have|had|was|were|is|are)[ \xa0]+)?(?:been[ \xa0]+)?(?:put|placed|kept)[ \xa0]+on[ \xa0]+hold"
    # an end foreseen ("aid will run out next month"), no undertaking
    r"|(?:will|would|could|may|might)[ \xa0]+(?:soon[ \xa0]+)?(?:run[ \xa0]+out|dry[ \xa0]+up|expire|lapse))\b"
    r"|\b(?P<doubt>no[ \xa0]+(?:intention|desire|wish)s?[ \xa0]+(?:of|to)|unlikely[ \xa0]+to|"
    # no decision yet ("No decision has been made on sending missiles"): it ends before what is undecided
    r"no[ \xa0]+(?:final[ \xa0]+|formal[ \xa0]+)?(?:decisions?|agreement|consensus)(?:[ \xa0]+(?:has|have|had|was|were|is))?(?:[ \xa0]+yet)?"
    r"(?:[ \xa0]+been)?(?:[ \xa0]+(?:made|taken|reached))?(?:[ \xa0]+yet)?(?:[ \xa0]+(?:on|about|over|to|regarding))?"
    # no progress expected ("expect no progress on Kyiv's membership bid")
    r"|no[ \xa0]+(?:progress|breakthrough|movement)[ \xa0]+(?:on|in|towards?|over)|balk(?:s|ed|ing)?[ \xa0]+at|(?:cast(?:s|ing)?|rais(?:e|es|ed|ing)|sow(?:s|ed|ing)?)[ \xa0]+(?:\w+[ \xa0]+)?doubts?[ \xa0]+(?:on|about|over)"
    r"|critici[sz](?:e|es|ed|ing)[ \xa0]+(?:\w+[ \xa0]+)?(?:for|over)|oppos(?:e|es|ed|ing)"
    r"|(?:protest(?:s|ed|ing)?|march(?:es|ed|ing)?|rall(?:y|ies|ied|ying)|demonstrat(?:e|es|ed|ing))[ \xa0]+against)\b",
    ("not", "n't", "n’t", "never", "plan", "refus", "reject", "yet", "decreas", "reduc", "cut", "slash", "scal", "nor", "neither", "doubt", "block", "veto", "critici", "oppos", "against", "deni", "deny", "rule", "ruling", "intention", "desire", "wish", "suspen", "halt", "opt", "balk", "decision", "unlikely", "agreement", "consensus", "run", "dry", "expir", "laps", "progress", "breakthrough", "movement", "hold", "scrap", "cancel", "abandon", "shelv"),
)  # fmt: skip
#: A frame that makes a "will" inside it a decision ("According to the decision, ...").
DECISION_FRAME: Final = Gated(
    r"\baccording[ \xa0]+to[ \xa0]+the[ \xa0]+(?:decision|declaration|agreement|communiqu[eé])"
    r"|\b(?:the[ \xa0]+)?(?:decision|agreement)[ \xa0]+(?:also[ \xa0]+)?(?:stat(?:es|ed)|sa(?:ys|id)|stipulat\w+|provides?)\b",
    ("decision", "declaration", "agreement", "communiqu"),
)
#: Verbs of a reporting tag after what is reported (", officials said"), as a pattern.
REPORTING_VERBS: Final = (
    "said|says|told|added|noted|stressed|stated|explained|wrote|confirmed|announced|reports|reported"
)
#: Membership right after an organisation's name ("EU accession", "EU membership"): the
#: organisation is what is joined (after a state's name, the state joins: "Ukraine membership").
JOINED_AFTER: Final = re.compile(r"[ \xa0]+(?:accession|membership|candidacy)\b")
#: An organisation other than NATO named as what is joined after a membership term
#: ("accession to the European Union", "accession talks with the EU").
OTHER_UNION_AFTER: Final = re.compile(
    r"[ \xa0]+(?:(?:talks|negotiations|process)[ \xa0]+)?(?:to|of|in|into|with)[ \xa0]+(?:the[ \xa0]+)?(?:EU|European[ \xa0]+Union)\b"
)
#: Working together or with someone, as a pattern; a meal or a session that is "working"
#: is none ("a working lunch with the president").
WORKING_WITH: Final = (
    r"work(?:s|ing|ed)?(?![ \xa0]+(?:lunch|dinner|breakfast|session|visit|meeting|day)\b)"
    r"(?:[ \xa0]+\w+){0,2}?[ \xa0]+(?:together|with|closely)"
)
#: Cooperation wording: a statement of it is a partnership, not a commitment.
COOPERATION: Final = Gated(
    r"\b(?:co-?operat\w+|partner(?:s|ship|ships)?|"
    + WORKING_WITH
    + r"|join[ \xa0]+forces|ties|relations(?:hips?)?|dialogue|consult(?:s|ed|ing|ations?)?|side[ \xa0]+by[ \xa0]+side"
    r"|hand[ \xa0]+in[ \xa0]+hand)\b",
    ("operat", "partner", "work", "join", "ties", "relation", "dialogue", "consult", "side", "hand"),
)
