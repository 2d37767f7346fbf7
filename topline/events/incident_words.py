"""The word that tells a sentence's incident (``extract._incident``): the incident words, and the first of them a
sentence uses of an incident that happened, not of a kind of thing, a service or an attacker. Moved from ``extract``
(events25) to keep it under the size the developers' guide asks for."""
from __future__ import annotations

import re

from topline.events.attackers import kind_only, names_attackers
from topline.events.blockades import BLOCKADE_WORDS, blockade, blocked_site, by_people  # noqa: F401 - for extract
from topline.events.hazards import befell, figurative, hazard, hazard_words
from topline.events.incidents import FAILURE_WORDS, debtors_unnamed, structural

# Words that name an incident (not "collapse", "failure", "strike" or "breach the law": markets, deals and
# militaries use them too); a capitalised one is part of a name ("Garland Fire Department").
INCIDENT = re.compile(r"\b(?P<kind>outages?|fires?|blaze|explosions?|blasts?(?![- ]furnaces?\b)|leaks?|spills?|blackouts?|"
                       r"(?:data|security) breach(?:es)?|cyberattacks?|cyber-attacks?|ransomware|"
                       # events28: an attack named by its cyber kind in two words ("what the broadcaster described
                       # as a cyber attack", "an IT attack stopped its gates"); hackers opening the sentence
                       r"cyber attacks?|(?<![\w-])IT attacks?|(?<=Hackers )(?:had |have )?stole(?:n)?|"
                       + BLOCKADE_WORDS + "|"   # events28: people blocking the way into a site (``blockades``)
                       r"(?<=was |ere |een |got )hacked|hacked into|"   # "the models that hacked most": no incident
                       r"accidents?|unplanned shutdowns?|malfunctions?|derail(?:ed|ment)|recalls?|"
                       # fourteenth pass: a failure of a named kind of system ("suffered a power failure", "delayed
                       # by an IT failure"), not a bare "failure" (a deal's, a talk's, a rocket's)
                       r"(?:power|IT|system|systems|technical|network|software|hardware|equipment) (?:failures?|glitch(?:es)?)|"
                       r"tripped|power cuts?|vulnerabilit(?:y|ies)|security flaws?|data exposure|"
                       r"impersonat(?:e|ed|es|ing|ion)|impostors?|recalled|recalling|contaminat(?:ion|ed)|"
                       r"(?<=patient )died|(?<=participant )died|scams?|scammers|"
                       r"(?:left|were|was|been)\s+(?:\w+\s+){0,1}exposed|prompt injection|"
                       r"(?:were|was|been)\s+(?:publicly\s+)?accessible|open to the (?:public )?internet|"
                       r"(?<=hackers )(?:had |have )?stole(?:n)?|(?<=attackers )(?:had |have )?stole(?:n)?|"
                       # eighth pass: "hackers had breached its billing system" (the verb, after its attackers)
                       r"(?<=hackers )(?:had |have )?(?:breached|compromised|infiltrated)|"
                       r"(?<=attackers )(?:had |have )?(?:breached|compromised|infiltrated)|"
                       r"(?<=[Tt]he |its )breach(?= (?:at|affected|exposed|hit|compromised)\b)|"
                       # ninth pass: a strike by workers (not a military's or a market's "strike"), a walkout
                       r"strikes?(?= by (?:[\w-]+ ){0,3}(?:workers|staff|employees|drivers|dockers|pilots|crews?|"
                       r"union|unions|members|lashers|nurses|doctors|miners)\b)|walkouts?|(?<=went on )strike|"
                       + FAILURE_WORDS + "|" + hazard_words() + r")\b")


# A plural incident word after "for", "of", "against", "carry out" is a kind of thing, not one that happened
# ("meaningful uplift for cyberattacks", "to help carry out cyberattacks on telecoms"); events25: up to three
# descriptors between ("its catalog of known exploited vulnerabilities" had made "CISA has vulnerabilities").
_KIND_AFTER = re.compile(r"\b(?:for|of|against|about|out|from|prevent|stop|detect)\s+(?:[\w-]+\s+){0,3}$")
_AGAINST = re.compile(r"\b(?:against|prevent|preventing|stop|combat|tackle|detect)\s+(?:[\w-]+,?\s+){0,3}$")
# "fire officials said", "Garland fire Capt. X": the service named, not a fire that happened
_SERVICE_AFTER = re.compile(r"\s+(?:officials?|department|dept|chief|crews?|fighters?|service|marshal|capt|captain|"
                            r"station|brigade|authorit(?:y|ies))\b", re.IGNORECASE)

# The incident word modifying the noun after it names a kind of thing or a trade, not an incident that happened
# ("sells leak data by subscription", "leak-detection sensors", "the fire season", "outage maps"; read on eval-clim
# after its one measurement: "Skyvane sells leak data" had made Skyvane suffer a leak)
_MODIFIER_AFTER = re.compile(r"[\s-]+(?:data|detection|detectors?|sensors?|monitoring|alerts?|maps?|risks?|insurance|"
                             r"season|prevention|drills?|suppression|analytics|hunting|detecting|prone|"
                             r"areas?|zones?|"   # events28: "keep people out of fire areas"
                             # the lead after eval-ins' measurement: cover and what insures it ("The FAIR Plan offers
                             # basic fire cover" had made the insurer suffer a fire)
                             r"cover|coverage|polic(?:y|ies)|premiums?|underwriting|safety|protection)\b",
                             re.IGNORECASE)
# An incident word after a quantifier names incidents in general ("Every outage is a sales meeting for us", "any breach
# must be reported"; events29), not one that happened
_QUANTIFIED = re.compile(r"\b(?:[Ee]very|[Ee]ach|[Aa]ny)\s+(?:[\w-]+\s+){0,2}$")
_NOUN = re.compile(r"(?:leak|fire|spill|outage|blackout|explosion|blast|accident|malfunction|recall)s?", re.IGNORECASE)


def _tells(s: str, x: re.Match[str]) -> bool:
    """The incident word ``x`` of ``s`` tells an incident: not a kind of thing, a service, an attacker's kind or a
    purpose (``attackers.kind_only``), and a collapse only a built structure's."""
    before = s[:x.start()]
    word = x.group("kind")
    return not ((word.endswith("s") and _KIND_AFTER.search(before)) or _AGAINST.search(before) or _QUANTIFIED.search(before)
                or (word.lower().startswith("collaps") and not structural(s, x.start(), x.end()))
                or _SERVICE_AFTER.match(s[x.end():]) or (_NOUN.fullmatch(word) and _MODIFIER_AFTER.match(s[x.end():]))
                or kind_only(s, x.start(), x.end())
                or (hazard(word) is not None and (figurative(s, x.start(), x.end()) or not befell(s, x.start(), x.end())))
                or (blockade(word) and not by_people(s, x.start()))
                or debtors_unnamed(s, x.start()))   # a class of borrowers defaulting (mend30)


def incident_word(s: str) -> re.Match[str] | None:
    """The first incident word of ``s`` that tells an incident (group ``kind``), or None; one that names attackers
    gives way to a later one ("The X ransomware gang says it was behind the cyberattack that ...": a cyberattack)."""
    told = [x for x in INCIDENT.finditer(s) if _tells(s, x)]
    return next((x for x in told if not names_attackers(s, x.end())), told[0] if told else None)
