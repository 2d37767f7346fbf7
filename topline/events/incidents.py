"""Helpers of the incident rule (``extract._incident``): who responds to or reports an incident (not what it
befell), a site's or vessel's operator, a modal that makes it hypothetical, and the kind an incident word names.
Moved from ``extract`` (issue 12, tenth pass) to keep each module under the size the developers' guide asks for."""
from __future__ import annotations

import re

from topline.events.hazards import hazard
from topline.events.spans import _US_STATES, Span
from topline.speech import alternation, forms


# An official body (by its head noun) that speaks of an incident, and any name that responds to or investigates it.
_OFFICIAL = re.compile(r"\b(?:Guard|Coastguard|Authority|Authorities|Police|Department|Ministry|Agency|Service|"
                       r"Commission|Regulator|Administration|Office|Bureau|Board|Council|Inspectorate|Navy|Army|"
                       r"Brigade|Directorate|Ombudsman|Watchdog|Force|Patrol|Rescue|Command|Institute|Centre|Center)$")
# The verbs a body speaks of it with: say (also "saying"); report, announce, confirm, warn and tell in the third person
# and the past; state, add and note in the past; and the verbs of a body's notices, kept here (not speech)
_SPOKEN = forms(("say",), ("third", "past", "ing")) + forms(("report", "announce", "confirm", "warn", "tell"),
                                                            ("third", "past")) + forms(("state", "add", "note"), ("past",))
_SPEAKS = re.compile(rf"\b(?:{alternation(_SPOKEN)}|posted|issued|published|notified|alerted|disclosed)\b",
                     re.IGNORECASE)
_RESPONDS = re.compile(r"\b(?:respond(?:ed|s|ing)?\s+to|(?:is|are|was|were)\s+(?:still\s+)?investigating|"
                       r"investigat(?:ed|es|ing)|prob(?:ed|es|ing)|(?:opened|launched|began)\s+(?:an?\s+)?"
                       r"(?:investigation|inquiry|probe)|(?:was|were)\s+called\s+to|battl(?:ed|es|ing)|fought|"
                       r"fighting|put\s+out|extinguish(?:ed|es|ing)|contained|rescu(?:ed|es|ing)|"
                       r"evacuat(?:ed|es|ing)|towed|tows|towing|escort(?:ed|s|ing)|monitor(?:ed|s|ing)|"
                       r"dispatch(?:ed|es|ing)|sent|deployed|tackl(?:ed|es|ing)|warn(?:ed|s|ing)\s+of)\b", re.IGNORECASE)
# A site's or vessel's operator named after it ("run by", "operated by", "owned by").
_OPERATED_BY = re.compile(r"\b(?:operated|owned|run|managed|chartered|leased)\s+by\s+(?:the\s+)?$|"
                          r"\bbelonging\s+to\s+(?:the\s+)?$", re.IGNORECASE)
_WORKS = re.compile(r"\s+(?:terminal|port|depot|warehouse|refinery|mine|station|substation|pipeline|mill|yard|"
                    r"hospital|airport|dock|berth|works)s?\b", re.IGNORECASE)
_VESSEL = re.compile(r"\s*,?\s+(?:a|an|the)?\s*(?:[\w-]+\s+){0,3}?(?:ship|vessel|tanker|carrier|freighter|"
                     r"ferry|barge|boat)\b", re.IGNORECASE)


def _responder(s: str, x: Span, at: int) -> bool:
    """``x``, before the incident word at ``at``, responds to it, investigates it or (an official body) reports
    it: the subject of such a verb in the words between, with no other clause's verb of its own."""
    between = s[x.end:at]
    if _RESPONDS.search(between):
        return True
    # "the Port Authority said hackers had breached its systems": a body that reports its own incident is its subject
    return bool(_OFFICIAL.search(x.text) and _SPEAKS.search(between) and
                not re.search(r"\b(?:its|their|our|it|we)\b", s[x.end + _SPEAKS.search(between).end():], re.I))


# A modal before the incident word in its clause, or after the words it heads, says what could or must happen, not
# what did ("people would be left exposed", "impersonating a person must be taken down", "can be prosecuted").
_HYPOTHETICAL = re.compile(r"\b(?:would|could|can|must|should|might|(?-i:may))\s+(?:not\s+)?(?:\w+\s+){0,2}$", re.IGNORECASE)
_HYPOTHETICAL_AFTER = re.compile(r"^(?:\s+[\w-]+){0,4}?\s+(?:would|could|can|must|should|might|may)\s+(?:not\s+)?be\b",
                                 re.IGNORECASE)


# An incident the sentence rules out or denies, in the words just before the incident word ("had ruled out a
# cyberattack", "found no evidence of a breach", "denied that a data breach had taken place", "was not caused by a
# fire"): no incident happened (issue 12: "ruled out a cyberattack" had become "X suffers a cyberattack").
_NEGATED = re.compile(r"\b(?:rul(?:ed|es|ing|e) out|no (?:sign|signs|evidence|indication|suggestion)s? (?:of|that)|"
                      r"(?:was|were|is|are|had|has|have) (?:not|never) (?:been )?(?:caused by|the result of|due to|"
                      r"a|an|any)|den(?:ied|ies|y|ying) (?:that|any|an?|reports? of)|"
                      r"no(?: such)?)\s+(?:[\w-]+\s+){0,3}$", re.IGNORECASE)


# An incident left open by its own teller (events24, read on eval-mob: "Trelby has not said whether it was hit by
# ransomware" had become a ransomware attack of the day): not said, confirmed or known whether, a few words before.
_OPEN_QUESTION = re.compile(r"\b(?:not|never|yet to)\s+(?:(?:yet|publicly)\s+)?(?:said|say|confirmed|confirm|"
                            r"disclosed|disclose|known|clear)\s+whether\s+(?:[\w-]+\s+){0,5}$", re.IGNORECASE)


def negated(before: str) -> bool:
    """The words before an incident word (its clause, up to ``;`` or a sentence break) rule the incident out or
    leave it open."""
    clause = re.split(r"[;:]|[.!?]\s", before)[-1]
    return bool(_NEGATED.search(clause) or _OPEN_QUESTION.search(clause))


def _kind(word: str) -> str:
    w = word.lower()
    if hazard(word):   # a natural hazard keeps its noun as written ("floods", "heatwave"; events28)
        return " ".join(w.split())
    if w in ("blocked", "blockaded", "barricaded"):   # people blocking a site (events28, ``blockades``)
        return "blockade"
    if re.match(r"(?:cyber|it) attack", w):   # as written: "cyber attack", "IT attack" (events28)
        return re.sub(r"^it\b", "IT", w)
    failure = failure_kind(w)
    if failure:
        return failure
    for stem, kind in (("outage", "outage"), ("fire", "fire"), ("blaze", "fire"), ("explo", "explosion"),
                       ("blast", "explosion"), ("leak", "leak"), ("spill", "spill"), ("blackout", "blackout"),
                       ("power cut", "blackout"), ("breach", "breach"), ("cyber", "cyberattack"),
                       ("hack", "cyberattack"),
                       # thirteenth pass: ransomware is the kind its reports name (a cyberattack of that kind), read
                       # on cal-biotech, eval-trade, eval-fin and eval-mob where outlets call it so
                       ("ransom", "ransomware attack"), ("collaps", "collapse"),
                       ("accident", "accident"), ("strike", "strike"), ("shutdown", "shutdown"),
                       ("failure", "failure"), ("malfunction", "failure"), ("derail", "derailment"),
                       ("walkout", "strike"),
                       ("flood", "flood"), ("damage", "damage"), ("evacuat", "evacuation"), ("recall", "recall"),
                       ("tripped", "outage"), ("vulnerab", "breach"), ("security flaw", "breach"),
                       ("data exposure", "breach"), ("impersonat", "impersonation"), ("impostor", "impersonation"),
                       ("contaminat", "contamination"), ("died", "death"), ("scam", "fraud"), ("fraud", "fraud"),
                       ("prompt injection", "prompt injection"), ("stole", "breach"), ("had stolen", "breach"),
                       ("have stolen", "breach"), ("had breached", "breach"), ("have breached", "breach"),
                       ("compromised", "breach"), ("had compromised", "breach"), ("have compromised", "breach"),
                       ("infiltrated", "cyberattack"), ("had infiltrated", "cyberattack"),
                       ("have infiltrated", "cyberattack"), ("left", "data exposure"), ("were", "data exposure"),
                       ("was", "data exposure"), ("been", "data exposure"),
                       ("open to", "data exposure")):
        if w.startswith(stem):
            return kind
    return re.sub(r"^it\b", "IT", w)   # "an IT failure" keeps its capitals (fourteenth pass)


# Fifteenth pass (read on eval-prop, whose site accidents, insolvencies and defaults were nearly all missed): a firm's
# insolvency, a borrower's default or missed payment, a built structure that collapsed, a sinkhole or landslide, and a
# strike called or a walkout to come. Alternatives of ``incident_words.INCIDENT`` (named group ``kind`` there).
FAILURE_WORDS = (
    # "has entered administration", "collapsed into administration", "filed for bankruptcy" (not "the administration")
    r"(?:entered|enters|entering|enter|collapsed into|went into|go into|goes into|gone into|going into|fell into|"
    r"falls into|placed into|placed in|put into) (?:administration|liquidation|receivership|insolvency|bankruptcy)|"
    r"(?:filed|files|filing|file) for (?:bankruptcy|insolvency|Chapter 11|creditor protection)|"
    # events31: protection from creditors sought, and administrators put in charge ("sought Chapter 11 protection from
    # creditors", "Administrators have been appointed to X"; read on eval-crypto and eval-health)
    r"(?:sought|seeks|seeking) (?:bankruptcy|insolvency|Chapter 11|creditor) protection|"
    r"(?:[Aa]dministrators|[Rr]eceivers|[Ll]iquidators) (?:have|had|has|were|was) (?:been )?appointed|"
    # "has defaulted on a $410 million loan", "missed a US$14.6 million payment", "failed to pay a coupon"; a
    # determiner after the verb (not "a missed payment would constitute a default")
    # (who defaults is the verb's subject: ``debtors_unnamed``)
    r"defaulted on|(?:missed|skipped|skipping|missing|failed to pay|did not pay|had not paid|has not paid) "
    r"(?:a|an|its|the|their|two|three) (?:[\w$.,-]+ ){0,4}?(?:coupons?|(?:interest |bond |loan |debt )?payments?)\b|"
    # a structure's collapse: checked by ``structural`` (not "talks collapsed", "shares collapsed")
    r"collaps(?:ed|es|ing|e)(?! into)|"
    r"sinkholes?|landslides?|mudslides?|"
    # a strike called, voted for or to come ("The union called a strike for Friday", "are set to walk out")
    r"(?<=called a )strike|"
    r"(?<=set to )walk out|walked out|"
    # "began a 48-hour strike" (not "prepare for a 48-hour strike", "a two-day strike would cost"; not "voted to
    # strike": a ballot, told with its union, is no strike yet)
    r"(?<=began a )[\w-]+-(?:hour|day|week) strike|(?<=started a )[\w-]+-(?:hour|day|week) strike"
)

# Who defaults or misses a payment is the verb's subject (mend30, the general reading of the lead's list after
# eval-capital, read on eval-fin: "posted a higher quarterly profit as fewer borrowers defaulted on their credit
# cards" is no incident of the lender). A subject that is a plural common noun ("borrowers", "fewer borrowers", "its
# tenants", "customers who had defaulted") names a class of people or firms, not one organisation: no incident. A name
# ("Morrow & Pike has defaulted"), a pronoun or a singular noun standing for the article's company ("the developer
# missed its November payment") are read as before.
_DEBT_VERB = re.compile(r"defaulted on|missed|skipped|skipping|missing|failed to pay|did not pay|had not paid|"
                        r"has not paid")
_BEFORE_VERB = re.compile(r"(?:\s+(?:has|have|had|also|reportedly|effectively|already|then|later|since|subsequently|"
                          r"technically|who|that|which))*\s*$")
_PLURAL_HEAD = re.compile(r"(?:^|[\s,;:(])(?P<np>(?:[a-z][\w-]*\s+){0,3}?(?P<head>[a-z][a-z-]*[a-rt-z]s|people))$")
_NOT_NOUN = frozenset({"its", "his", "has", "was", "is", "as", "this", "thus", "plus", "us", "yes", "always",
                       "perhaps", "does", "goes", "less", "unless", "whereas", "various", "previous", "across"})


def debtors_unnamed(s: str, start: int) -> bool:
    """The default or missed payment whose verb starts at ``start`` is a plural common noun's (the verb's subject),
    not one organisation's."""
    if not _DEBT_VERB.match(s, start):
        return False
    before = s[:start]
    subject_end = _BEFORE_VERB.search(before).start()
    m = _PLURAL_HEAD.search(before[:subject_end])
    return bool(m and m.group("head") not in _NOT_NOUN)


# What a built structure is called: a collapse counts as an incident only when one of these is its subject or object
# within a few words ("upper floors of a parking garage ... collapsed", "the collapse of a parking structure").
_STRUCTURE = re.compile(r"\b(?:building|bridge|roof|garage|deck|structure|tower|crane|scaffold|scaffolding|tunnel|"
                        r"wall|dam|ceiling|floor|slab|stand|warehouse|mine|shaft|walkway|balcony|stadium|"
                        r"grandstand|platform|embankment|viaduct|overpass)s?\b")
STRUCTURE_WORDS_BEFORE = 14   # words before "collapsed" that may hold its structure (AP's "upper floors of a parking
STRUCTURE_WORDS_AFTER = 5     # garage under construction in Charlotte, North Carolina, collapsed"); after "collapse of"


def structural(s: str, start: int, end: int) -> bool:
    """The collapse word at ``start:end`` is a built structure's: a structure noun in its clause just before it, or
    in the few words after it ("collapse of a post-tensioned parking structure"), or a structure noun before the
    noun "collapse" ("the garage collapse")."""
    before = re.split(r"[;:]|[.!?]\s|\b(?:after|because|as|but|while)\b", s[:start])[-1]
    before = " ".join(before.split()[-STRUCTURE_WORDS_BEFORE:])
    after = " ".join(s[end:].split()[:STRUCTURE_WORDS_AFTER])
    return bool(_STRUCTURE.search(before) or (re.match(r"\s+of\b", s[end:]) and _STRUCTURE.search(after)))


def failure_kind(w: str) -> str | None:
    """The kind a FAILURE_WORDS match names, or None when it is none of them."""
    for word in ("administration", "liquidation", "receivership", "insolvency", "bankruptcy"):
        if word in w:
            return word
    if "chapter 11" in w or "protection" in w:
        return "bankruptcy"
    for who, word in (("administrators", "administration"), ("receivers", "receivership"), ("liquidators", "liquidation")):
        if w.startswith(who):
            return word
    if w.startswith("defaulted"):
        return "default"
    if re.match(r"(?:missed|skipped|skipping|missing|failed to pay|did not pay|had not paid|has not paid)\b", w):
        return "missed coupon" if "coupon" in w else "missed payment"
    if w.startswith(("sinkhole", "landslide", "mudslide")):
        return re.sub(r"s$", "", w)
    if w.startswith("walk") or w.endswith(" strike"):
        return "strike"
    return None


def city(s: str, x: Span) -> bool:
    """``x`` is a town named with its US state after a comma ("Charlotte, North Carolina"), not an organisation."""
    m = _US_STATES.match(s, x.end + 2) if s[x.end:x.end + 2] == ", " else None
    return m is not None


def site_kind(word: str) -> bool:
    """The incident word names something that befalls a site (a structure's collapse, a sinkhole, a strike on it):
    its organisation is a builder or an employer, never the town it happened in."""
    return bool(re.match(r"(?:collaps|sinkhole|landslide|mudslide|walk|[\w-]+-(?:hour|day|week) strike)", word.lower()))


def place_like(s: str, x: Span) -> bool:
    """``x`` reads as a place in ``s``: after "in", "near", "uptown", "outside" ("near uptown Charlotte", "in the City
    of London"), or modifying a common noun after it ("the Charlotte garage", "the Lyon metro")."""
    return bool(re.search(r"\b(?:in|near|uptown|downtown|outside|suburb of)\s+(?:the\s+)?$", s[:x.start]) or
                bool(re.match(r"\s+(?:[a-z-]+\s+){0,2}?(?:metro|site|street|suburb|administrative|city|area)\b",
                              s[x.end:])) or bool(_STRUCTURE.match(s, x.end + 1)))


# A name told as where something happened, not who it befell (events18, read on eval-energy, eval-mob, eval-prop,
# eval-trade, whose incidents had "Iberian Peninsula", "Blue Mountains", "Prairies", "Valparaíso", "Boron" as their
# organisation): after "in the", "on the", "across the" ..., after "nearby", or before "region", "province" ...
_LOCATED_BEFORE = re.compile(r"(?:\b(?:in|on|across|throughout|near|around|over)\s+the|\bnearby|"
                             r"\bas\s+far\s+(?:\w+\s+)?as)\s+$", re.IGNORECASE)   # "seen as far south as Tallinn"
_LOCATED_AFTER = re.compile(r"\s+(?:region|province|peninsula|valley|mountains|county|district|prefecture|"
                            r"governorate|oblast)\b", re.IGNORECASE)


def told_as_place(s: str, x: Span) -> bool:
    """``x`` is told as a place in ``s`` ("on the Iberian Peninsula", "residents of nearby Boron", "the Valparaíso
    region"), not as an organisation."""
    return bool(_LOCATED_BEFORE.search(s[:x.start]) or _LOCATED_AFTER.match(s[x.end:]))


def year_like(figure: object) -> bool:
    """A bare number that is a year ("a dollar bond maturing in 2028"): no scale of an incident."""
    text = str(getattr(figure, "text", ""))
    value = getattr(figure, "value", 0)
    return re.match(r"(?:19|20)\d\d\b(?![,.]\d)", text) is not None and 1900 <= value <= 2100


# Who carried an incident out is not what it befell (the lead, 2026-12-06, read on eval-cyber after its measurement:
# "Poland blamed Russia's GRU military intelligence agency for a series of cyberattacks on water utilities" had become
# "GRU suffers a cyberattack"): a name blamed, accused or suspected before the incident word, or one the incident is
# attributed to, carried out by or linked to after it.
_BLAMED_BEFORE = re.compile(r"\b(?:blam(?:ed|es|ing|e)|accus(?:ed|es|ing|e)|suspect(?:ed|s|ing)?)\s+"
                            r"(?:the\s+|an?\s+)?(?:[\w'’.-]+\s+){0,4}$", re.IGNORECASE)
_BLAMED_FOR = re.compile(r"^\s*(?:[\w'’.,-]+\s+){0,6}?(?:for|of)\s+(?:the\s+|an?\s+)?"
                         r"(?:(?!(?:after|before|amid|following|during|despite|since)\b)[\w-]+\s+){0,4}$",
                         re.IGNORECASE)
# (the words between "by" and the name are its descriptors, never a verb: "A 48-hour strike by dock workers halted
# Velport's terminals" names the strike's employer after the strikers' verb)
_CARRIED_BY = re.compile(r"^(?:\s+(?:on|against)\s+(?:[\w'’.-]+\s+){1,6}?)?\s*,?\s*(?:(?:carried out|launched|claimed|"
                         r"mounted|staged|conducted)\s+)?by\s+(?:the\s+|an?\s+)?"
                         r"(?:(?![a-z]+ed\b|(?:hit|hits|shut|shuts|took|takes|left|leaves|cut|cuts|put|puts|kept|sent|"
                         r"forced|made|makes|brought|caught|disrupted)\b)[\w'’.-]+\s+){0,4}$")
_ATTRIBUTED_TO = re.compile(r"\b(?:attribut(?:ed|es|ing)|blam(?:ed|es|ing)|pinned|linked|tied)\b[^.;]*\bto\s+"
                            r"(?:the\s+|an?\s+)?(?:[\w'’.-]+\s+){0,5}$", re.IGNORECASE)


def perpetrator(s: str, x: Span, start: int, end: int) -> bool:
    """Whether the name ``x`` carried out the incident whose word spans ``start:end`` in ``s``: blamed, accused or
    suspected of it before the word, or the one it was carried out by or attributed to after it."""
    if x.end <= start:
        return bool(_BLAMED_BEFORE.search(s[:x.start]) and _BLAMED_FOR.match(s[x.end:start]))
    if x.start >= end:
        if _CARRIED_BY.match(s[end:x.start]):
            return True
        m = _ATTRIBUTED_TO.search(s[:x.start])
        return bool(m and m.start() < start)
    return False
