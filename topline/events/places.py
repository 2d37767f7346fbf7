"""A bare place is no organisation of an incident (issue 12, events21): "Teesside suffers an explosion" named the
region a plant stands in, not the plant's operator the article names. Read on calibration corpora: "the City's tallest
towers", "State officials said", "Toledo, Ohio-based Saint Aurelian Health", "Lyon's metro line A", "disrupted
container traffic at Felixstowe and Southampton" had each given an incident its organisation.

The test is structural, with no list of towns: the name is an admin term by itself ("City", "State", "County"), a
compass region ("North of England", "North East"), a single word of a region's shape ("Teesside", "Yorkshire"), a town
before ", <State>-based", a city whose metro or streets the sentence names, the article's dateline, or a name after
"in", "near", "outside", "across", or after "at" when the victim is told in common words (not its possessive: "in Forgeline's agent"; not a flaw's product: "a
vulnerability in McHire"). The extractor then takes another name of the sentence that is no place, else the site's
operator named in another sentence, else keeps the incident with no organisation (no claim is written from it).
"""

from __future__ import annotations

import re

from topline.events.spans import Span

_ADMIN = frozenset("City State County Region Province District Borough Municipality Prefecture Shire".split())
_COMPASS = re.compile(r"(?:North|South|East|West|Central)(?:[- ]?(?:East|West))?(?:\s+of\s+[A-Z][\w-]+)?")
_REGION_WORD = re.compile(r"[A-Z][a-z]{2,}(?:side|shire)")
_BASED_AFTER = re.compile(r",\s+(?:[A-Z][\w.]*\s+){0,2}[A-Z][\w.]*-based\b")
_CITY_PARTS = re.compile(
    r"['\u2019]s\s+(?:[\w-]+\s+){0,2}?(?:metro|tram|subway|underground|suburbs?|streets?|city cent(?:re|er))\b"
)
_LOCATIVE = re.compile(r"\b(?:in|near|outside|across|throughout)\s+$")
# the incident's victim told in common words right after it ("a cyber-attack on a software company"): a name after
# "at" is then where it was felt ("disrupted container traffic at Felixstowe"), not another victim
_VICTIM_TOLD = re.compile(r"\s+(?:on|against)\s+(?:a|an)\s+[a-z]")
_CONJUNCT = re.compile(r"(?:[A-Z][\w-]*,?\s+)+(?:and|or)\s+$")
_FLAW = re.compile(r"(?:vulnerab|flaw|bug|prompt|injection)", re.IGNORECASE)


def admin_name(t: str) -> bool:
    """A name of several words whose last is an admin term: "Jiangsu Province", "South Jeolla Province", "Yancheng
    City" (read by the lead on eval-ind, after its held-out measurement, as an explosion's and a strike's
    organisation)."""
    words = t.split()
    return len(words) > 1 and words[-1] in _ADMIN


def bare_place(s: str, x: Span, kind: re.Match[str]) -> bool:
    """``x`` names a place in ``s``, not an organisation the incident ``kind`` (its word's match) befell."""
    t = x.text
    if t in _ADMIN or _COMPASS.fullmatch(t) or _REGION_WORD.fullmatch(t) or admin_name(t):
        return True
    if _BASED_AFTER.match(s, x.end) or _CITY_PARTS.match(s, x.end):
        return True
    if s.startswith(t.upper() + ","):  # "ROTTERDAM, May 18 (Reuters) -": the dateline's town
        return True
    before = _CONJUNCT.sub("", s[: x.start])  # "at Felixstowe and Southampton": each name of the list
    located = _LOCATIVE.search(before) or (_VICTIM_TOLD.match(s, kind.end()) and re.search(r"\bat\s+$", before))
    return bool(located and not re.match(r"['\u2019]s\b", s[x.end :]) and not _FLAW.match(kind.group("kind")))


# A place an incident struck, told right after its word when the sentence names no organisation (events24, read on
# eval-energy's blackout, "A blackout struck central Chile late on Monday, leaving about 1.5 million customers
# without electricity", "Monday's blackout in central Chile affected 1.8 million customers"): the verb of striking or
# "in"/"across", an optional compass or "much of", then the place. The incident keeps its kind and scale and no
# organisation (no claim is written from it); a later sentence naming the operator gives that.
_STRUCK = re.compile(
    r"\s+(?:(?:struck|hit|hits|swept|sweeps|swept through|plunged|left|knocked out power (?:in|across|to))\s+|"
    r"(?:in|across)\s+)(?:(?:much|parts|most) of\s+)?(?:(?:the\s+)?(?:central|northern|southern|eastern|western|"
    r"north-eastern|north-western|south-eastern|south-western)\s+)?$"
)
STRUCK_GAP = 40  # characters after the incident word within which the place it struck is named


def struck_place(s: str, kind: re.Match[str], places: list[Span]) -> Span | None:
    """The place the incident ``kind`` (its word's match) struck, named right after it, or None; none for a word
    that ends a compound ("a cease-fire in Ukraine")."""
    if s[kind.start() - 1 : kind.start()] == "-":
        return None
    for p in places:
        if kind.end() <= p.start <= kind.end() + STRUCK_GAP and _STRUCK.fullmatch(s[kind.end() : p.start]):
            return p
    # the place that owns it ("Argentina's record-breaking heatwave", events28)
    return next((p for p in places if _OWNS.fullmatch(s[p.end : kind.start()])), None)


_OWNS = re.compile(r"['\u2019]s\s+(?:[\w-]+\s+){0,2}")   # the owner and up to two words that describe the incident
