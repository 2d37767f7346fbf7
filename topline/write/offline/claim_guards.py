"""Clauses a claim's statement does not make (issue 12: a false claim is worse than none). Each rule was found by
reading the claim titles of the calibration corpora against their sources (benchmarks/RESULTS.md, "Event ledger",
signals15): the ledger's event is real, but the clause the title would print from it says more than the sentence.
``not_a_claim(clause, event, sentence, composer)`` is True when the title must not print the clause."""
from __future__ import annotations

import re

from topline.events.agency import ATTEMPTS, OTHER, PLAN, event_reading
from topline.patterns import compiled
from topline.records import Event
from topline.write.offline.actor_words import attacker, common_use
from topline.zones import edition_day

# A trading venue does no deal ("Shares in Halden Maritime climbed 3.1 percent on the Oslo Stock Exchange ... after
# Bloomberg reported that the shipping company is close to buying Brightway": eval-trade's "Oslo Stock Exchange agrees
# to buy Brightway Logistics" was false)
_VENUE = re.compile(r"^(?:[A-Z][\w&.-]* )*(?:Stock Exchange|Bourse|Stock Market) (?:agrees|raises|seeks|commits|"
                    r"launches|releases|unveils|introduces|rolls out)\b")
# A bid is not an agreement ("Calder Nutrients raised its hostile bid for Saskan Potash": eval-agri's "Calder
# Nutrients agrees to buy Saskan Potash" was false), nor is a report of talks ("close to buying")
_BID = re.compile(r"\b(?:bids?|offers?|hostile|unsolicited|approach(?:ed|es)?|in talks|close to|nears?|nearing|"
                  r"weighs?|weighing|considering|explor\w+)\b", re.IGNORECASE)
_AGREED = re.compile(r"\b(?:agreed|agrees|agreement|will (?:buy|acquire)|to (?:buy|acquire)|acquired|bought|"
                     r"completed|accepted)\b", re.IGNORECASE)
_TALKS = re.compile(r"\b(?:in talks|said to be|seeking|seeks|(?:is|are) raising|looking to|aims? to|plans? to|"
                    r"would raise|could raise|considering|weighs?|in discussions|close to|nears?|nearing)\b", re.IGNORECASE)
_IF = re.compile(r"\b(?:would|could|might|if)\b")
_ROUTE = re.compile(r"\b(?:to|from|in|at|on|across|for) ")
# An incident told as a risk, a worry or a conditional ("Some residents ... have raised concerns about fire risk,
# citing blazes at other battery plants": eval-energy's "Boron suffers a fire"; "Analysts said the outage would
# make it harder ...": "Asian LNG suffers an outage") is not one suffered
_HEDGED = re.compile(r"\b(?:[Rr]isks?|[Cc]oncerns?|[Ww]orries|worried|[Ff]ears?|could|would|might|may|[Ii]f)\b")
# ... or told as what happens in general ("The International Union of Marine Insurance said in its last annual report
# that a fire on a large containership happens roughly every two months": eval-trade's "International Union of Marine
# Insurance suffers a fire" was false)
_HABITUAL = re.compile(r"\b(?:happens|occurs|every (?:\w+ )?(?:days?|weeks?|months?|years?)|on average|typically|"
                       r"usually|annual report)\b", re.IGNORECASE)
# A place still competing for a build-out is not where it is committed ("Georgia and Ohio have each put more than $1
# billion on the table for Hanseo Cell's planned 30-GWh battery plant": eval-energy's "Hanseo commits 30 gigawatt
# in Georgia" was false)
_UNDECIDED = re.compile(r"\b(?:compet\w+|vying|vie|race|racing|shortlist\w*|weighs?|weighing|considering|bids? for|"
                        r"on the table|courting|woo\w*)\b", re.IGNORECASE)


# A state action that eases a restriction is not one that imposes it ("Switzerland's lower house of parliament voted
# ... to relax a ban on the re-export of Swiss-made weapons": eval-def's "National Council moves to regulate", read by
# the lead at its one measurement, was false in direction). The ledger's ``direction`` field says it (the rule is
# topline.events.status.EASES since events17): the direction of the printed sentence's statement, else the event's.


def _eases(e: Event, sentence: str) -> bool:
    said = next((f for f in e.values("direction") if f.sentence == sentence), None) or \
        next(iter(e.values("direction")), None)
    return said is not None and said.value == "eases"


# A probe told only by what followed it (an arrest, a charge, a raid) is no investigation started ("Spain's Guardia
# Civil has arrested 27 people suspected of using AI-generated voice clones": an intermediate run of signals16 on
# eval-ai3 titled it "Guardia Civil starts an investigation"); the clause's verb must be the statement's
_INVESTIGATES = re.compile(r"\b(?:investigates|starts an investigation|opens a probe|plans to investigate|prepares to "
                           r"open an investigation)\b")
_PROBE_WORD = re.compile(r"\b(?:probes?|probing|investigat\w*|inquir(?:y|ies)|enquir(?:y|ies)|proceedings|examin\w*|"
                         r"review)\b", re.IGNORECASE)
# A build-out scrapped or halted is no commitment ("Vantor Hydrogen scraps 1 GW Rotterdam electrolyser project": an
# intermediate run of signals16 on eval-energy titled it "Vantor Hydrogen commits 1 gigawatt")
_CALLED_OFF = re.compile(r"\b(?:scrap(?:s|ped|ping)?|cancel(?:s|led|ed|ling|ing)?|shelv(?:e|es|ed|ing)|abandon(?:s|ed|ing)?|"
                         r"halt(?:s|ed|ing)?|mothball(?:s|ed|ing)?|pull(?:s|ed|ing)? out of|drop(?:s|ped|ping)? "
                         r"(?:its |the )?plans?|write(?:s|-)? ?(?:off|down)|wrote (?:off|down))\b", re.IGNORECASE)
# A one-word subject that is an office or a kind of body, not a name ("Governor offers a subsidy" for "Governor Mike
# DeWine's office confirmed that JobsOhio has offered ...": an intermediate run of signals16 on eval-energy)
_ROLE_NOUNS = frozenset("""governor governors president minister ministers ministry ministries government governments
mayor regulator regulators officials police department agency authority authorities""".split())
_IMPOSES = re.compile(r"\b(?:moves? to (?:regulate|legislate|ban|put tariffs)|bans|fines|imposes)\b")


def _subject(c: str) -> str:
    m = re.match(r"(.+?) (?:agrees|raises|closes|seeks|commits|moves?|suffers|issues|faces|fines|bans|sets|approves|"
                 r"clears|opens|investigates|starts|launches|releases|introduces|unveils|offers|imposes|rejects|"
                 r"rises|falls|prepares?|plans?|reports|has|will|cuts|lays|eliminates|sheds|cancels|grounds)\b", c)
    return m.group(1).strip() if m else ""


def _outlets(comp) -> frozenset[str]:  # noqa: ANN001 - compose.Composer
    """The outlets of the composer's articles, lower case, without a leading "the". Issue 14 (scale18): once per
    composer (its articles never change); each claim asked walked every article of the edition's usable stories."""
    got = comp.__dict__.get("_outlet_names")
    if got is None:
        got = comp.__dict__["_outlet_names"] = frozenset(
            re.sub(r"^the ", "", a.source.lower()) for a in comp.articles.values() if a.source)
    return got


# A plan its actor announced on an earlier day, retold as background ("Carrowgate has said it will spend about $21
# billion on the Chandler project as a whole": eval-chips' "Lumivane Photonics raises $310 million, ... and Carrowgate
# commits $21 billion on the same day", an intermediate run of signals24, was false: the sum was no act of the day)
_SAID_BEFORE = re.compile(r"\b(?:(?:has|have) (?:previously |already |long |repeatedly |earlier )?said|"
                          r"had (?:previously |already |long |repeatedly |earlier )?(?:said|announced|pledged|promised)|"
                          r"(?:previously|earlier) (?:said|announced|pledged|promised))(?: that)?(?: it| they| the \w+)? "
                          r"(?:will|would|plans?|intends?|is planning)\b")
_PLANNED = frozenset({"capex", "funding", "acquisition", "launch"})


def not_a_claim(c: str, e: Event, sentence: str, comp) -> bool:  # noqa: ANN001 - compose.Composer
    subject = _subject(c)
    if _not_its_act(c, e, sentence, subject):
        return True
    if subject and re.sub(r"^the ", "", subject.lower()) in _outlets(comp):
        return True     # an outlet is no actor of the news ("Reuters suffers a spill": eval-agri, a dateline)
    if subject and " " not in subject and subject.lower() in comp.lower_words:
        return True     # a common word opening the sentence ("Authorities move to regulate": eval-energy)
    if subject and " " not in subject and subject.lower() in _ROLE_NOUNS:
        return True
    if e.type == "incident" and subject and attacker(subject, [sentence, *(f.sentence for f in e.fields)]):
        return True     # the malware or gang that did it suffers nothing (signals32, ``actor_words.attacker``)
    if subject and common_use(subject, sentence, modifiers=e.type != "market_move"):
        return True     # "its PFAS chemicals", "The local MP", "It": no name acting (signals32, ``actor_words``)
    if e.type == "incident" and subject and " " not in subject and sentence.startswith(subject + " ") and \
            subject not in comp.mid_caps:
        return True     # a sentence's opening word the edition never capitalises inside a sentence ("Lorries queued
        #                 ... after a ransomware attack": eval-trade's "Lorries suffers a ransomware attack", signals16;
        #                 not for moves: "Sterling rose 0.5%", eval-fin's true titles, was lost to it in a measured run)
    if e.type == "capex" and ("commits" in c or "plans to" in c) and _CALLED_OFF.search(sentence):
        return True
    if e.type == "incident" and subject and re.match(re.escape(subject) + r" has\b", c) and compiled(
            rf"(?<![\w-]){re.escape(subject)}(?![\w-])").search(sentence) and not compiled(
            rf"(?<![\w-]){re.escape(subject)}(?![\w'’-])").search(sentence):
        return True     # a flaw in what the name owns ("A vulnerability in McHire, the platform used by McDonald's
        #                 restaurants": the demo's "McDonald has a vulnerability", signals16, an intermediate run)
    if e.type == "incident" and subject and re.search(r"\b(?:called|named|dubbed|known as)\s+" + re.escape(subject),
                                                      sentence):
        return True     # the attack's own name ("A new ransomware strain called GlassWorm ...": eval-ai3's events
        #                 give "GlassWorm suffers a ransomware attack"; signals16, read in a debugging run)
    if e.type == "incident" and subject and c.endswith("faces a strike") and _union(subject, comp):
        return True     # the striking union is the strike's actor, not its target (``_union``; signals28)
    if e.type == "incident" and subject and _place_only(subject, sentence) and not _owns(subject, comp):
        return True     # "disrupted container traffic at Felixstowe": the place hit, not the organisation attacked
        #                 (signals16, eval-trade's "Felixstowe suffers a cyberattack", an intermediate run)
    if e.type == "acquisition" and "agrees to buy" in c and _stake(c, sentence):
        return True     # "will acquire 30% of Brazilian grains trader Agrisul": a stake, not the company (signals16,
        #                 eval-agri's "Kurose Corp agrees to buy Agrisul", an intermediate run)
    if e.type == "incident" and _earlier_year(e, sentence, comp):
        return True     # "The April 2025 blackout on the Iberian Peninsula renewed calls for stronger links": an
        #                 earlier year's incident, told as background (signals16, eval-energy, an intermediate run)
    if e.type in ("acquisition", "funding", "capex", "launch") and _VENUE.match(c):
        return True
    if e.type == "acquisition" and "agrees to buy" in c and not _AGREED.search(sentence) and \
            (_BID.search(sentence) or _IF.search(sentence)):
        return True     # ... or a deal told as a condition ("would gain its first potash mine if it succeeds in
        #                 buying Saskan Potash": eval-agri)
    if e.type == "funding" and re.search(r"\braises\b", c) and _TALKS.search(sentence):
        return True     # a round in talks is not raised ("Kling AI is in talks to raise about $2.75 billion": the
        #                 demo's "Kling AI raises $2.75 billion" on 1 July was false)
    if e.type == "market_move" and subject and _ROUTE.search(sentence) and all(
            re.search(r"(?<![Ss]hares )(?<![Ss]take )(?<![Ss]tock )\b(?:to|from|in|at|on|across|for) (?:the )?$",
                      sentence[:m.start()])
            for m in compiled(re.escape(subject)).finditer(sentence)):
        return True     # a place the move is measured to or in, not what moved ("Rates to the US West Coast fell 8
        #                 per cent": eval-mob's "US West Coast falls 8 per cent" was false)
    if e.type == "capex" and ("commits" in c or "plans to" in c) and _WOOED.search(sentence):
        return True     # a build-out others offer incentives for is not committed ("Texas has offered ... to persuade
        #                 Ferrant Terminals to build a $3.1 billion deepwater container terminal": eval-trade's "Ferrant
        #                 Terminals commits $3.1 billion in Corpus Christi" was false, the company still weighing it)
    if e.type == "acquisition" and "agrees to buy" in c and _NEARING.search(sentence):
        return True     # "is nearing an agreement to acquire": eval-mob's "Nordhavn Line agrees to buy ... Pacifica
        #                 Container Lines" on the day before the deal was false ("agreement" had read as agreed)
    if e.type == "acquisition" and "agrees to buy" in c and _modifier_target(c, sentence):
        return True     # the target names what is bought, not whom ("Algeria bought more Russian and Black Sea
        #                 grain": eval-agri's "Algeria agrees to buy Black Sea" was false)
    if e.type == "capex" and subject and (_place(subject) or re.search(
            rf"(?<![\w-]){re.escape(subject)}\s+(?:has |have |had )?(?:approved|cleared|authori[sz]ed|permitted|granted)\b",
            sentence)):
        return True     # a place, or a body that approves others' projects, as the builder ("Alberta has approved more
        #                 than 10 gigawatts of proposed data centre projects for grid study": eval-ai3's "Alberta plans
        #                 to add 10 gigawatts" was false; signals17)
    if e.type == "state_action" and subject and _approver_only(subject, sentence):
        return True     # the body whose approval the act still needs is not the one acting ("grants, which still need
        #                 approval from the European Commission under state aid rules": eval-mob's "European
        #                 Commission offers a subsidy" was false; signals17)
    if e.type == "market_move" and _long_move(c, sentence):
        return True     # a move over years or months, not the day's ("The shares are up more than 100% in two years":
        #                 eval-prop's ledger had "Tokiwa Kensetsu Co rises 100%"; signals17)
    if e.type == "funding" and re.search(r"\braises\b", c) and _TARGET_ONLY(c, sentence):
        return True     # the round's target, not what it raised ("closed its fifth flagship fund on $11.2 billion,
        #                 well above its $9 billion target": eval-prop's "Arrowmere Capital raises $9 billion" was
        #                 false; signals17)
    if e.type == "incident" and (_HEDGED.search(sentence) or _HABITUAL.search(sentence)):
        return True
    if e.type == "incident" and subject and re.search(re.escape(subject) + r" [a-z]+ (?:were|was|had been|have been)\b",
                                                      sentence):
        return True     # the name qualifies what was hit ("Social Security numbers were exposed": eval-tmt's
        #                 "Social Security suffers a data exposure" was false)
    if e.type == "capex" and " in " in c and _UNDECIDED.search(sentence):
        return True
    if e.type == "state_action" and _IMPOSES.search(c) and _eases(e, sentence):
        return True
    if e.type == "state_action" and _INVESTIGATES.search(c) and not _PROBE_WORD.search(sentence):
        return True
    if e.type == "incident" and not _incident_told(e):
        return True     # "a diplomatic row ... spills into grain trade": the kind's word is a verb, or part of a
        #                 compound ("fire-control radars"), not an incident (claims_story.incident_told, signals21;
        #                 eval-agri's "OAIC suffers a spill" titled two pairings, both false; signals23)
    if e.type == "launch" and _launched_before(e, sentence):
        return True     # "its newly launched Southcross-5 satellite was a total loss": launched on an earlier day,
        #                 the day's news is the loss (eval-space's "Southcross Satellite launches Southcross-5 and
        #                 falls 16 per cent on the same day" was false; signals23)
    if e.type in _PLANNED and _SAID_BEFORE.search(sentence):
        return True     # a plan said on an earlier day (``_SAID_BEFORE``), not the day's act
    return _ahead_only(c, e, sentence)


def _incident_told(e: Event) -> bool:
    from topline.write.offline.claims_story import incident_told

    return incident_told(e)


# A launch told as what a product already is: the participle before its name ("its newly launched X")
_LAUNCHED_BEFORE = re.compile(r"\b(?:newly|recently|previously|already|just)[ -](?:launched|released|unveiled|"
                              r"introduced|deployed)\s+", re.IGNORECASE)


def _launched_before(e: Event, sentence: str) -> bool:
    """Every mention of the launch's product in ``sentence`` follows "newly launched" (or its like) within two
    words: the sentence tells a product launched before, not its launch."""
    names = [f.text for f in e.values("product") if f.text and f.text in sentence]
    if not names:
        return False
    for name in names:
        for m in re.finditer(re.escape(name), sentence):
            head = sentence[max(0, m.start() - 60):m.start()]
            if not re.search(_LAUNCHED_BEFORE.pattern + r"(?:\w+\s+){0,2}$", head, re.IGNORECASE):
                return False
    return True


# A title's verb that tells the act as a move or a plan, which holds for an act planned as for one done
_AS_A_MOVE = re.compile(r"(?:moves?|plans?|prepares?) to\b")


def _not_its_act(c: str, e: Event, sentence: str, subject: str) -> bool:
    """The title's subject is not who does the event's act in ``sentence`` (the speaker, a bystander, a body whose
    verb is another act), or the title tells done what the sentence frames as a plan or attempt: read from the
    sentence's structure (``events.agency``, events26; eval-geo's "Bank of Japan moves to legislate" for "after
    parliament approved a supplementary budget ... in a market where the Bank of Japan is reducing its purchases",
    "White House moves to legislate" for "A bill ... was signed into law Wednesday, the White House said")."""
    verdict, frame = event_reading(e, sentence, subject)
    if verdict == OTHER:
        return True
    if verdict != PLAN:
        return False
    if e.type == "state_action":
        return not _AS_A_MOVE.match(c[len(subject):].strip())
    return frame in ATTEMPTS      # "tries to buy" is no purchase agreed; "agreed to" and "will buy" are


# A move measured over a span longer than the day, the span right after the figure ("up more than 100% in two
# years", "have fallen 30% this year", "12% since January"; not "fell as much as 14% in Frankfurt, the most since
# March 2023", a day's move)
_LONG_MOVE = re.compile(r"\s+(?:(?:in|over|during) (?:the )?(?:past |last )?(?:\d+|two|three|four|five|six|seven|eight|"
                        r"nine|ten|twelve|several|a few) (?:years|months|weeks)\b|(?:so far )?this (?:year|month)\b|"
                        r"year[- ]to[- ]date\b|since (?:the start of|January|February|March|April|May|June|July|August|"
                        r"September|October|November|December|(?:19|20)\d\d)\b)", re.IGNORECASE)


def _long_move(c: str, sentence: str) -> bool:
    """The clause's own figure ("rises 100%": "100%") is told with a span after it in its statement; another figure of
    the sentence over a span ("up 4.8% in premarket trading, ... a rally that has lifted its stock 40% this year":
    the demo's true "Oracle rises 4.8%") leaves the clause's figure the day's."""
    m = re.search(r"(\d[\d.,]*\s?(?:%|per ?cent|percent))$", c)
    if m is None:
        return False
    figure = m.group(1)
    found = [x.end() for x in compiled(rf"(?<![\d.]){re.escape(figure)}").finditer(sentence)]
    return bool(found) and all(_LONG_MOVE.match(sentence, at) for at in found)


def _TARGET_ONLY(c: str, sentence: str) -> bool:  # noqa: N802 - a predicate read as a rule's name
    """The clause's amount is told in its statement only as a target or a goal ("its $9 billion target")."""
    amount = c.split("raises", 1)[1].strip()
    told = [m.end() for m in re.finditer(rf"(?<![\w.,]){re.escape(amount)}(?![\w])", sentence)] if amount else []
    return bool(told) and all(re.match(r"\s+(?:[\w-]+\s+){0,2}?(?:target|goal|hard cap)\b", sentence[at:],
                                       re.IGNORECASE) for at in told)


# what others offer so that a company builds (signals17)
_WOOED = re.compile(r"\bto (?:persuade|lure|entice|convince|attract|win over)\b", re.IGNORECASE)
# a deal near, not agreed (signals17)
_NEARING = re.compile(r"\b(?:nears?|nearing|close to|closing in on|in (?:advanced |final )?talks (?:on|over|about|for)|"
                      r"working on|negotiating)\s+(?:an?\s+|the\s+)?(?:\w+\s+)?(?:agreement|deal)\b", re.IGNORECASE)
# words that may follow a company bought ("to buy Northlake for $1 billion", "buy Halden, a ...")
_AFTER_TARGET = frozenset("""for from in at on to and or with which that who as after before by of into under over said
says was is will would has had amid than including this last next earlier later its their""".split())


def _modifier_target(c: str, sentence: str) -> bool:
    """Every mention of the clause's target in the sentence modifies a common noun after it ("Black Sea grain"): the
    thing bought is the noun, not the named company."""
    target = c.split("agrees to buy", 1)[1].strip()
    found = list(re.finditer(rf"(?<![\w-]){re.escape(target)}(?![\w-])", sentence)) if target else []
    return bool(found) and all(
        (m2 := re.match(r"\s+([a-z][a-z-]+)\b", sentence[m.end():])) is not None and m2.group(1) not in _AFTER_TARGET
        for m in found)


def _place(subject: str) -> bool:
    from topline.enrich.gazetteer import ALIASES
    return ALIASES.get(subject.lower(), ("", ""))[1] == "PLACE"


def _approver_only(subject: str, sentence: str) -> bool:
    """Every mention of ``subject`` in the sentence names whose approval, clearance or consent is still needed."""
    found = list(re.finditer(rf"(?<![\w-]){re.escape(subject)}(?![\w-])", sentence))
    return bool(found) and all(re.search(r"\b(?:approval|clearance|sign-off|consent|green light)\s+(?:\w+\s+){0,2}?"
                                         r"(?:from|by|of)\s+(?:the\s+)?$", sentence[:m.start()], re.IGNORECASE)
                               for m in found)


def _place_only(subject: str, sentence: str) -> bool:
    """Every mention of ``subject`` in the sentence is a place something happened at ("at Felixstowe"; not "at
    Harwell Cloud's Frankfurt data centres", the organisation's own site: eval-ai3's true "Harwell Cloud suffers an
    outage" had been lost to this rule in a measured run)."""
    found = list(re.finditer(rf"(?<![\w-]){re.escape(subject)}(?![\w'’-])", sentence))
    return bool(found) and all(re.search(r"\b(?:at|near|outside|around|off)\s+(?:the\s+)?(?:port of\s+)?$",
                                         sentence[:m.start()], re.IGNORECASE) for m in found)


def _owns(subject: str, comp) -> bool:  # noqa: ANN001
    """The edition writes ``subject`` as an owner somewhere ("Corvane's mobile network"): an organisation ("The outage
    is the second at Corvane in three years": eval-tmt's true "Corvane suffers an outage" had been lost to the place
    rule in a measured run), not only a place things happen at."""
    memo = comp.__dict__.setdefault("_owns", {})
    if subject not in memo:
        rx = re.compile(rf"(?<![\w-]){re.escape(subject)}['’]s\b")
        memo[subject] = any(rx.search(f"{a.title} {a.body}") for a in comp.articles.values())
    return memo[subject]


# A union (signals28): a body whose name says it ("Unión de Tripulantes Independientes", "Ontario Secondary Educators'
# Federation") or that the edition writes as one ("the FNV union", "the FNV Havens union", "the services union Verdi").
# It calls or holds a strike; it does not face one (eval-trade's "FNV faces a strike" told the striking union as its
# target, read by signals27).
# The word ends the name or opens its "of" ("National Union of Rail, Maritime and Transport Workers"): "Union Pacific"
# is a railway, which may face a strike.
_UNION_NAME = re.compile(r"\b(?:Unions?|Uni[oó]n|Federation|Confederation|Guild|Syndicate|Teamsters|Brotherhood)"
                         r"(?:$|\s+(?:of|de|des|der|di|do|da)\b)")


def _union(subject: str, comp) -> bool:  # noqa: ANN001 - compose.Composer
    """``subject`` is a workers' union by its name or by the edition's words around it (see ``_UNION_NAME``)."""
    if _UNION_NAME.search(subject):
        return True
    memo = comp.__dict__.setdefault("_union", {})
    if subject not in memo:
        name = re.escape(subject)
        rx = re.compile(rf"(?<![\w-]){name}(?:\s+[A-Z][\w-]*){{0,2}}\s+(?:trade\s+)?unions?\b|"
                        rf"\bunion\s+{name}(?![\w'’-])")
        memo[subject] = any(rx.search(f"{a.title} {a.body}") for a in comp.articles.values())
    return memo[subject]


# A strike its statement tells under way (the union's act of the day), not voted, called or planned for later.
_UNDER_WAY = re.compile(r"\b(?:continues|continued|began|begun|started|staged|halted|went on|are on strike|"
                        r"were on strike|is on strike|joined the strike)\b")


def union_strike(c: str, e: Event, sentence: str, comp) -> str:  # noqa: ANN001 - compose.Composer
    """A strike's clause whose subject is a union (``_union``) told as the union's act: "FNV holds a strike" when
    ``sentence`` tells it under way ("The strike by lashers ... continues, the FNV said"), else "" (a union does not
    face its own strike; signals28). Any other clause as it is."""
    subject = _subject(c)
    if e.type != "incident" or not c.endswith(" faces a strike") or not subject or not _union(subject, comp):
        return c
    from topline.write.offline.agreement import agree
    return f"{subject} {agree(subject, 'holds a strike')}" if _UNDER_WAY.search(sentence) else ""


def _stake(c: str, sentence: str) -> bool:
    """The statement buys a part of the clause's target (a share of it, a stake in it), not the whole of it."""
    target = c.split("agrees to buy", 1)[1].strip()
    at = sentence.find(target) if target else -1
    before = sentence[:at] if at >= 0 else sentence
    return _PART.search(before) is not None


# buying a part ("will acquire 30% of", "agreed to buy a minority stake in"), not a share price beside the deal
_PART = re.compile(r"\b(?:acquire|buy|purchase|take|acquiring|buying|purchasing|taking)\s+(?:an?\s+)?(?:(?:further|"
                   r"additional|another)\s+)?(?:(?!100\b)\d+(?:\.\d+)?\s?(?:%|per ?cent\b)|(?:minority\s+|partial\s+)?"
                   r"stake\b)", re.IGNORECASE)


def _earlier_year(e: Event, sentence: str, comp) -> bool:  # noqa: ANN001
    """The statement names a year before the one of the articles stating it."""
    years = [int(y) for y in re.findall(r"\b((?:19|20)\d\d)\b", sentence)]
    made = [comp.articles[f.url].published.year for f in e.fields
            if f.sentence == sentence and f.url in comp.articles and comp.articles[f.url].published]
    return bool(years and made and min(years) < max(made))


def _ahead_only(c: str, e: Event, sentence: str) -> bool:
    """A state action its statement tells as ahead ("The Senate ... is expected to vote on the changes before
    Congress breaks": eval-ai3's "Senate moves to legislate" on the day the lower house voted) is not done; a clause
    that says so ("prepares to", "plans to") stays."""
    from topline.events.watch import is_forward
    return e.type == "state_action" and not re.search(r"\b(?:prepares?|plans?) to\b", c) and is_forward(sentence)


# --- a figure revised is not a figure disputed -------------------------------------------------------------------

# Words that tell a figure as a change of an earlier one ("The company put the total investment at $9.5 billion ...,
# higher than the $9 billion it cited earlier in the week": cal-ai's "Outlets disagree on Vantor Cloud's investment:
# $9 billion against $9.5 billion" was false, one company's figure revised over days)
_REVISED = re.compile(r"\b(?:revis\w+|restat\w+|updat\w+|correct(?:ed|ion|s)|(?:higher|lower|up|down) (?:than|from)|"
                      r"(?:more|less) than (?:the|its|an?) (?:\w+ ){0,2}?(?:figure|estimate)|(?:raised|lifted|cut|lowered|increased|reduced|trimmed|boosted) (?:its|the|their) "
                      r"(?:\w+ ){0,3}?(?:estimate|forecast|figure|total|target|tally|count|guidance)|"
                      r"(?:earlier|previous|prior|initial|original|first)(?:ly)? (?:\w+ ){0,2}?(?:figure|estimate|"
                      r"forecast|total|count|tally|plan|guidance|report)|previously|initially|originally|"
                      r"earlier in the (?:week|day|month)|now (?:puts?|says?|sees?|expects?|estimates?))\b",
                      re.IGNORECASE)


def revision(first, second, comp) -> bool:  # noqa: ANN001 - records.EventField x2, compose.Composer
    """Two outlets' values of one figure are a revision, not a disagreement: one statement gives both figures
    (its outlet knows the other and explains it), either tells its figure as a change of an earlier one, or
    their articles are of different days (the later figure may revise the earlier: a false "Outlets disagree"
    is worse than none)."""
    for f, other in ((first, second), (second, first)):
        if other.text and compiled(rf"(?<![\w.,]){re.escape(other.text)}(?![\w])").search(f.sentence):
            return True
        if _REVISED.search(f.sentence):
            return True
    days = {edition_day(comp.articles[f.url].published) for f in (first, second)
            if f.url in comp.articles and comp.articles[f.url].published}
    return len(days) != 1


__all__ = ["not_a_claim", "revision", "union_strike"]
