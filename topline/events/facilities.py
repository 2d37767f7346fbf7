"""A build-out told by the price of the facility it builds (issue 12, events32): "a new $1.4 billion arena for the
Columbus Ironhawks", "a new $6.5 billion chip packaging plant from Taiwan's Korlen Semiconductor", "the €310 million
plant", "its RM4.2 billion plant in Johor", "The plant, which will cost about $60m, ...", "The site, which cost
about $140 million to build". No spending verb is said (``extract._capex`` asks for one): the amount stands as the
facility's own price, right before its noun or as the object of "cost".

The evidence is the grammar (a sum that modifies a facility's noun, or a facility that costs a sum), and the nouns are
those of any built thing a company pays for (a plant, a stadium, a terminal, a data centre, a line, a campus), not one
corpus's words. Read on the twenty-five calibration corpora, whose golds file these sums as the build-out's amount
(eval-games' arena, eval-chips' packaging plant and Johor plant, eval-retail's oat plant, eval-space's satellite
factory and launch complex, eval-work's training academy).

The builder is the name the facility is "for", "from", "by" or "planned by", else the name acting in the sum's own
clause, else the sentence's subject ("It" the article's main actor); never a public body, a person or a place (a city
that "will be home to" the plant is its place). None when the noun only modifies another thing (a plant loan), the sum
is a unit's price or a credit facility's, the facility is sold, closed, written down or struck in the sentence (the sum
is then another event's), or the build is hypothetical.
"""
from __future__ import annotations

import re
from collections.abc import Callable, Sequence

from topline.enrich.entities import canonical_entity
from topline.events.clauses import Context
from topline.events.incidents import place_like, told_as_place
from topline.events.spans import _TITLE_WORD, Fig, Raw, Span, _field, _gov, _places

# The nouns of a built facility (the thing a build-out's money pays for), singular and plural
FACILITY = (r"(?:plants?|factory|factories|fabs?|facilit(?:y|ies)|stadiums?|arenas?|ballparks?|terminals?|"
            r"data cent(?:re|er)s?|campus(?:es)?|complex(?:es)?|hubs?|refiner(?:y|ies)|smelters?|mills?|mines?|"
            r"warehouses?|cent(?:re|er)s?|academ(?:y|ies)|hospitals?|reactors?|pipelines?|railways?|metro|tunnels?|"
            r"bridges?|dams?|ports?|quays?|sites?|(?:rail|metro|tram|subway|production|assembly) lines?|gigafactor(?:y|ies))")
# the word after the noun that makes the noun a modifier of another thing ("a $2bn plant sale", "the $5bn data
# centre operator", "a $1.2bn port deal"): the sum is then that thing's
_NOUN_GOES_ON = re.compile(r"[\s-]+(?:deals?|contracts?|loans?|bonds?|sales?|stakes?|acquisitions?|purchases?|business(?:es)?|"
                           r"compan(?:y|ies)|operators?|owners?|makers?|funds?|financing|developers?|portfolios?|"
                           r"assets?|investors?|leases?|operations|closures?|impairments?|write-?downs?)\b", re.I)
# a sum right before the facility's noun: "a new $1.4 billion arena", "its RM4.2 billion plant", "a 180 million euro
# training academy"; up to three lower-case (or hyphenated) words between ("satellite factory", "chip packaging plant")
# (none of them a preposition, article or conjunction: "a $300 million charge on the plant" prices no plant)
_LINK = r"(?!(?:on|of|for|in|at|to|by|from|with|as|per|and|or|the|a|an|its|their|his|her|this|that|which)\b)"
_PRICED = re.compile(r"^(?:[\s-]+" + _LINK + r"(?:[a-z][\w-]*|[A-Z]{2,5})){0,3}?[\s-]+(?P<noun>" + FACILITY + r")\b")
# a facility that costs a sum: "The plant, which will cost about $60m", "The site, which cost about $140 million to build", "is estimated to cost R$15.1 billion"
_COSTS = re.compile(r"\b(?P<noun>" + FACILITY + r")\b(?P<gap>(?:\s+[\w'\u2019.-]+){0,5}?),?\s+"
                    r"(?:which\s+)?(?:(?:will|would|is|was|are|were)\s+)?(?:(?:estimated|expected|projected|set|due|"
                    r"likely)\s+)?(?:to\s+)?cost(?:s|ing)?\s+(?:(?:about|around|roughly|nearly|some|more than|over|"
                    r"almost|up to|an estimated|at least)\s+)?$", re.I)
# the facility is another event's object: sold, closed, written down, damaged or struck
_NOT_BUILT = re.compile(r"\b(?:sell(?:s|ing)?|sold|sale of|clos(?:e|es|ed|ing|ure)|shut(?:s|ting|ters|tered)?|idl(?:e|ed|ing)|"
                        r"mothball\w*|demolish\w*|impair\w*|writ(?:e|ing|ten)[ -]?(?:down|off)|wrote (?:down|off)|"
                        r"fire|blaze|explosion|blast|flood\w*|damage[ds]?|strike|attack\w*|outage|leak|bought|buy(?:s|ing)?|"
                        r"acquir\w*|divest\w*|insur\w*|loss(?:es)?)\b", re.I)
# "a $10 billion facility to guarantee private investment", "a 600 million euro facility with two banks": a facility
# of credit, not a built one, when the sentence speaks of lending
_CREDIT = re.compile(r"\b(?:loans?|credit|guarantee\w*|refinanc\w*|lend\w*|borrow\w*|liquidity|revolving|debt)\b", re.I)
# a build only supposed, talked of or denied
_HYPOTHETICAL = re.compile(r"\b(?:could|might|(?-i:may)|would consider|considering|weighs|weighing|mulls|rumou?red|"
                           r"in talks|talks to|denied|no plans|if|whether|unless)\b", re.I)
# who it is for: "for the Columbus Ironhawks", "from Taiwan's Korlen Semiconductor", "by Crusoe"
_FOR = re.compile(r"^\s+(?:(?:to\s+be\s+)?(?:built|run|operated|developed|planned|proposed)\s+)?(?:for|from|by)\s+"
                  r"(?:the\s+)?(?:(?:[A-Z][\w.&-]*\s+){0,3}[A-Z][\w.&-]*['\u2019]s\s+)?(?:(?:[a-z][\w-]*|AI)\s+){0,2}$")
_EACH = re.compile(r"\s+(?:each|apiece|a piece|per)\b")
_LOCATED = re.compile(r"\b(?:in|near|outside|at|on)\s+(?:the\s+|its\s+|their\s+)?(?:[\w-]+\s+){0,1}?$")


def _builder(s: str, end: int, pool: Sequence[Span]) -> Span | None:
    """The name the facility ending at ``end`` is for, from or by (at most a few words after it)."""
    return next((x for x in pool if x.start >= end and x.start - end <= 60 and _FOR.match(s[end:x.start])), None)


def _place(s: str, end: int, spans: Sequence[Span], who: Span | None) -> Span | None:
    """The first place after the facility's noun that a preposition of place introduces ("in Johor", "on the Scioto
    riverfront", "near Warsaw"), before the next comma or clause."""
    clause = re.search(r"[,;:(\u2013\u2014]|\s(?:after|before|when|while|following|that|which|where|because)\b", s[end:])
    stop = end + (clause.start() if clause else len(s) - end)
    cands = sorted({x.start: x for x in list(spans) + _places(s)}.values(), key=lambda x: x.start)
    return next((x for x in cands if end <= x.start < stop and (who is None or x.text != who.text)
                 and _LOCATED.search(s[end:x.start]) and not _gov(x.text)), None)


def _priced(s: str, money: Sequence[Fig]) -> tuple[Fig, int, int] | None:
    """(the sum, the facility noun's start, its end) for the first sum that prices a facility in ``s``."""
    for f in money:
        m = _PRICED.match(s[f.end:])
        if m is not None and not _NOUN_GOES_ON.match(s[f.end + m.end():]):
            return f, f.end + m.start("noun"), f.end + m.end("noun")
        c = _COSTS.search(s[:f.start])
        if c is not None and not re.search(r"[;:]", c.group("gap")):
            return f, c.start("noun"), c.end("noun")
    return None


def priced_facility(s: str, spans: Sequence[Span], figs: Sequence[Fig], ctx: Context | None,
                    pool: Sequence[Span] | Callable[[], Sequence[Span]],
                    subject: Callable[[int], Span | None]) -> Raw | None:
    """The build-out of a facility told by its price in ``s`` (company, amount, currency, place), or None.
    ``pool`` the sentence's actors (no public body), or a function giving them: issue 14 (scale29), read only once
    a sum prices a facility (``extract`` passes the function: reading the actors of every sentence that reached the rule
    cost the event kinds of the 10k bench input 0.44 CPU s over 3,278 sentences); ``subject(at)`` the
    extractor's subject rule."""
    money = [f for f in figs if f.figure.kind == "money"]
    if not money:
        return None
    got = _priced(s, money)
    if got is None:
        return None
    f, n0, n1 = got
    if s[n0:n1].lower().startswith("facilit") and _CREDIT.search(s):
        return None
    if _EACH.match(s[f.end:]):
        return None   # "the first reactors will cost more than $2 billion each": a unit's price, no build-out
    at = min(f.start, n0)
    if _NOT_BUILT.search(s[:at]) or _HYPOTHETICAL.search(s[max(0, at - 60):at]):
        return None
    pool = pool() if callable(pool) else pool
    acting = [x for x in pool if x.end <= at and not re.search(r"[,;:()\u2013\u2014]", s[x.end:at])
              and re.match(r"\s+(?:\w+\s+){0,2}?(?:[a-z]+ed|[a-z]+s|will|would|is|has|plans?)\b", s[x.end:])]
    who, place = (acting[-1] if acting else subject(at)), None   # the name acting in the sum's own clause
    # ("Rockets could be launching ... after Kirrawee Launch confirmed plans for a $420 million launch complex")
    if who is not None and (_gov(who.text) or told_as_place(s, who) or place_like(s, who) or
                            who.text in {p.text for p in _places(s)}):
        place, who = (who if not _gov(who.text) else None), None   # "Goodyear will be home to ...": its place
    if who is not None and (_TITLE_WORD.fullmatch(who.text) or _TITLE_WORD.search(s[max(0, who.start - 12):who.start])
                            or re.search(r"\b[A-Z][a-z]{1,3}\.\s+$", s[max(0, who.start - 6):who.start])
                            or (len(who.text) <= 4 and re.match(r"\.\s+[A-Z]", s[who.end:]))):
        who = None   # "Gov. Henry Dufresne announced an $18 billion data center campus": a person announces it
    who = _builder(s, n1, pool) or who
    fields = []
    if who is not None:
        fields.append(_field("company", who.value, who.text))
    fields += [_field("amount", f.figure.value, f.figure.text), _field("currency", f.figure.unit, f.figure.text)]
    place = place or _place(s, n1, spans, who)   # the subject that is a place first ("Goodyear will be home to")
    if place is not None:
        fields.append(_field("place", place.text, place.text))
    return Raw("capex", tuple(fields), canonical_entity(who.value) if who else "")
