"""Closures of a company's sites as incidents (events19): "Harlan Home will close about 60 stores", "plans to close about
180 of its roughly 2,100 U.S. restaurants", "said it would close 41 of its 112 stores". Read on eval-retail, whose gold
makes store and restaurant closures incidents of the company (kind "store closures", scale the count). Of the other
thirteen calibration corpora only eval-fin closes a counted number of sites (a bank's 240 branches, which its gold
does not list). The verb and the count are the evidence, not a domain's word list: the site's noun is any plural of a
place where a business trades or makes things.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence

from topline.enrich.entities import canonical_entity
from topline.events.clauses import Context, background, in_relative
from topline.events.spans import Raw, Span, _field

_COUNT_WORDS = r"two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|dozens of|hundreds of"
# The closing verb (a form that says the company does it now or will), the count, "of its N" and the sites' noun.
_CLOSE = re.compile(
    r"\b(?:close|closes|closing|closed|shut|shuts|shutting|shutter|shutters|shuttered)\s+"
    r"(?:down\s+)?"
    r"(?P<count>(?:(?:about|around|roughly|nearly|some|more than|up to|another|a further|almost|over)\s+)?"
    r"(?:\d[\d,]*|" + _COUNT_WORDS + r"))\s+"
    r"(?P<of>of\s+(?:its|their|the)\s+(?:(?:roughly|about|around|nearly|some)\s+)?[\d,]+\s+)?"
    r"(?P<where>(?:[A-Z][\w.]*|[a-z][\w-]*)\s+){0,2}?"
    r"(?P<noun>stores|shops|restaurants|outlets|branches|locations|sites|plants|factories|hotels|warehouses|cafes|"
    r"pubs|clinics|pharmacies|depots|mills|showrooms|supermarkets|bakeries|cinemas|gyms)\b"
)
# What keeps the closing from being the company's act of the day: a denial, a hypothesis or someone else's call
_NOT_ITS_ACT = re.compile(
    r"\b(?:no plans? to|not|never|could|might|may|would have to|threatened to|(?:urged|asked|forced) (?:\w+ )?to|"
    r"refused to|ruled out|already|has|have|had)\s+(?:\w+\s+){0,2}$",
    re.IGNORECASE,
)
_SINGULAR = {"branches": "branch", "factories": "factory", "pharmacies": "pharmacy", "bakeries": "bakery"}


def _named_before(s: str, at: int, spans: Sequence[Span]) -> Span | None:
    """The name right before the verb's auxiliaries ("Ridlington's will close", "Corrigan's Chicken plans to close",
    "Harlan Home said it would close"), so a descriptor opening the sentence ("Health and beauty chain") is not
    taken for the subject."""
    gap = re.compile(
        r"(?:['\u2019]s)?\s+(?:(?:will|would|is|are|plans?|planned|to|expected|set|going|also|now|"
        r"said|says|it|they|has|had|decided|intends?|aims?)\s+)*"
    )
    cands = [x for x in spans if x.end <= at and gap.fullmatch(s[x.end : at])]
    return cands[-1] if cands else None


def closure(s: str, spans: Sequence[Span], ctx: Context | None, subject: Callable[[int], Span | None]) -> Raw | None:
    """The incident of a company closing a counted number of its sites, or None. ``subject(at)`` is the name that acts
    at the verb's offset (the extractor's subject rule)."""
    m = _CLOSE.search(s)
    if m is None or _NOT_ITS_ACT.search(s[: m.start()]):
        return None
    # a closing told in the past may be background ("closed 30 stores in March"); one still to come is not, whatever
    # date it names ("will close ... by the end of March", which the past-date reader takes for last March)
    if background(s, m, ctx) if re.match(r"(?:closed|shuttered)\b", m.group(0)) else in_relative(s, m.start()):
        return None
    who = _named_before(s, m.start(), spans) or subject(m.start())
    if who is None:
        return None
    noun = m.group("noun")
    kind = (_SINGULAR.get(noun) or noun[:-1]) + " closures"
    count = m.group("count")
    scale = f"{count} {noun}" if not m.group("of") and not m.group("where") else count
    at = m.start("count")
    fields = (
        _field("organisation", who.value, who.text),
        _field("kind", kind, m.group(0)),
        _field("scale", scale, s[at : m.end()] if scale != count else count),
    )
    return Raw("incident", fields, canonical_entity(who.value))
