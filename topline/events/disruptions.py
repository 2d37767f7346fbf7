"""Disruptions told in a carrier's or an operator's own words as incidents (issue 12, events33): flights, trains or
sailings cancelled by the count ("Meravia has cancelled 640 flights scheduled for Tuesday", "around 300 flights were
cancelled"), a fleet grounded ("has grounded its fleet of 12 Stelvane 72 turboprops"), passengers and crew fallen ill
aboard a ship ("About 290 passengers and crew members have fallen ill ... aboard the Cassowen Aria") and the count of
the sick in a later sentence of the article ("The number of cases had risen to 203"). Read on the incident misses of
eval-travel, eval-retail and eval-agri (events33's classes: no incident word in the sentence); rules about the words
of transport and travel news, not about any one corpus.

The organisation is the name that did the cancelling or grounding (the verb's subject, ``who``), the ship named after
"aboard" or "on board", else none; never a public body or a place: a regulator grounding a type is its state act, and
the incident of the type's maker named in what it grounds ("EASA grounded 87 Aerion AR190 regional jets": Aerion's). The
kind is "cancellations", "grounding" or "outbreak"; the scale the count with its noun as written ("about 180
flights", "12 Stelvane 72 turboprops", "about 290 passengers and crew members ill").
"""
from __future__ import annotations

import re
from collections.abc import Callable, Sequence

from topline.enrich.entities import canonical_entity
from topline.events.clauses import Context, background
from topline.events.incidents import _HYPOTHETICAL, negated
from topline.events.incidents import city, told_as_place
from topline.events.spans import Raw, Span, _gov, _places

_QUALIFIER = r"(?:about|around|roughly|nearly|some|more than|at least|up to|over|almost|an estimated)"
_COUNT = (r"(?:\d[\d,]*(?:\.\d+)?(?:\s+(?:thousand|million))?|(?:two|three|four|five|six|seven|eight|nine|ten|eleven|"
          r"twelve|fifteen|twenty)(?:\s+hundred)?)")
# What a carrier runs and cancels, counted ("640 flights", "about 1,200 trains", "38 sailings"); up to two words
# between ("180 domestic flights", "590 short-haul flights").
_RUNS = r"(?:flights|trains|sailings|departures|services|voyages|cruises|crossings|rotations)"
_COUNTED_RUNS = rf"(?P<q>(?:a further|another|{_QUALIFIER})\s+)?(?P<n>{_COUNT})\s+(?:[\w-]+\s+){{0,2}}?{_RUNS}\b"
_CANCELLED = re.compile(
    rf"\b(?P<kind>cancell?ed|scrapped|axed)\s+{_COUNTED_RUNS}|"
    rf"(?P<q2>{_QUALIFIER}\s+)?(?P<n2>{_COUNT})\s+(?:[\w-]+\s+){{0,2}}?{_RUNS}\s+(?:were|have\s+been|had\s+been|"
    rf"was|are\s+being|were\s+being)\s+(?P<kind2>cancell?ed|scrapped|axed)\b", re.IGNORECASE)
# A fleet grounded: "has grounded its fleet of 12 Stelvane 72 turboprops", "grounded all 14 of its A220s",
# "grounded 25 aircraft"
_CRAFT = r"(?:aircraft|planes|jets|airliners|turboprops|helicopters|A\d{3}s|\d{3}s|fleet)"
_GROUNDED = re.compile(
    rf"\b(?P<kind>grounded|grounding)\s+(?:(?:its|their|the|all|part of its)\s+)?(?:entire\s+|whole\s+)?"
    rf"(?:fleet\s+of\s+)?(?:all\s+)?(?P<scale>(?:{_QUALIFIER}\s+)?{_COUNT}\s+(?:of\s+its\s+)?(?:[\w-]+\s+){{0,3}}?"
    rf"{_CRAFT}\b|fleet\b)", re.IGNORECASE)
# People fallen ill, counted, on a ship: "About 290 passengers and crew members have fallen ill with vomiting ...
# aboard the Cassowen Aria", "168 of the 3,240 passengers and 14 crew members aboard the Azurine Solace had reported
# symptoms"
_PEOPLE = r"(?:passengers|guests|crew\s+members|crew|people|travell?ers|holidaymakers|cruisers)"
_ILL = re.compile(
    rf"(?P<scale>(?:{_QUALIFIER}\s+)?{_COUNT}\s+(?:of\s+the\s+{_COUNT}\s+)?{_PEOPLE}"
    rf"(?:\s+and\s+(?:{_COUNT}\s+)?{_PEOPLE})?)\b(?P<mid>[^.;]{{0,80}}?)\s+(?:have|had|has)?\s*(?:been\s+)?"
    rf"(?P<kind>fallen\s+ill|fell\s+ill|become\s+ill|became\s+ill|been\s+sickened|were\s+sickened|"
    rf"reported\s+symptoms|fallen\s+sick|fell\s+sick)\b", re.IGNORECASE)
_ABOARD = re.compile(r"\b(?:aboard|on\s+board|onboard)\s+(?:the\s+)?(?:cruise\s+ship\s+|ship\s+|liner\s+)?$")
# A later sentence counting the sick of the article's incident: "The number of cases had risen to 203", "The number of
# sick passengers and crew rose to 341"
_RISEN = re.compile(
    rf"\b[Tt]he number of (?P<noun>cases|(?:sick|ill)\s+{_PEOPLE}(?:\s+and\s+{_PEOPLE})?|{_PEOPLE}\s+(?:who\s+)?"
    rf"(?:fallen|fell|reported)\s+\w+)\s+(?:has\s+|had\s+)?(?:rose|risen|climbed|grown|grew|reached)\s+to\s+"
    rf"(?P<n>{_COUNT})\b")
_NOT_DONE = re.compile(r"\b(?:if|whether|unless|not|never|no)\s+(?:[\w-]+\s+){0,3}$", re.IGNORECASE)


def _open(s: str, at: int, ctx: Context | None, m: re.Match[str]) -> bool:
    """The disruption at ``at`` is only supposed, denied or recalled from an earlier time."""
    before = s[:at]
    return bool(_HYPOTHETICAL.search(before) or _NOT_DONE.search(before) or negated(before) or background(s, m, ctx))


def _org(s: str, at: int, spans: Sequence[Span], who: Callable[[int], Span | None]) -> Span | None:
    x = who(at)
    if x is None or _gov(x.text) or x.start >= at or city(s, x) or told_as_place(s, x) or \
            any(p.text == x.text for p in _places(s)) or _gov(s[max(0, x.start - 30):x.start]) or \
            _INSIDE.search(s[:x.start]):
        return None   # a public body grounds a type (a state act), also when named after its common noun ("safety
    return x          # regulator EASA"); a place cancels nothing, nor a name inside another's phrase


def _maker(x: Span | None) -> Span | None:
    """The maker's name of a type's name: its words before the first with a digit ("Aerion AR190" -> "Aerion")."""
    if x is None:
        return None
    words = x.text.split()
    keep = next((i for i, w in enumerate(words) if any(ch.isdigit() for ch in w)), len(words))
    if keep == 0:
        return None
    text = " ".join(words[:keep])
    return x if text == x.text else Span(text, x.start, x.start + len(text))


def _regulator(s: str, at: int, who: Callable[[int], Span | None]) -> bool:
    x = who(at)
    return x is not None and x.start < at and bool(_gov(x.text) or _gov(s[max(0, x.start - 30):x.start]))


# A name inside a phrase of another subject ("Rail operators serving the Maasvlakte cancelled ..."): not who acted
_INSIDE = re.compile(r"\b(?:serving|at|in|from|to|of|near|for|on)\s+(?:the\s+)?$")


def _raw(org: Span, kind: str, kind_text: str, scale: str | None, scale_text: str | None) -> Raw:
    fields = [("organisation", org.value, org.text), ("kind", kind, kind_text)]
    if scale:
        fields.append(("scale", scale, scale_text))
    return Raw("incident", tuple(fields), canonical_entity(org.value))


def disruption(s: str, spans: Sequence[Span], ctx: Context | None,
               who: Callable[[int], Span | None]) -> Raw | None:
    """Flights cancelled by the count, a fleet grounded or people fallen ill aboard a ship in ``s``, or None."""
    m = _CANCELLED.search(s)
    if m is not None and not _open(s, m.start(), ctx, m):
        org = _org(s, m.start(), spans, who)
        if org is not None:
            q, n = (m.group("q"), m.group("n")) if m.group("n") else (m.group("q2"), m.group("n2"))
            start = m.start("n") if m.group("n") else m.start("n2")
            if q and not re.match(r"a further|another", q, re.IGNORECASE):
                start -= len(q)
            end = re.compile(_RUNS, re.IGNORECASE).search(s, start).end()
            text = s[start:end]
            return _raw(org, "cancellations", m.group("kind") or m.group("kind2"), re.sub(r"\s+", " ", text), text)
    g = _GROUNDED.search(s)
    if g is not None and not _open(s, g.start(), ctx, g):
        org = _org(s, g.start(), spans, who)
        if org is None and _regulator(s, g.start(), who):   # a regulator grounding a type: the incident of the
            org = _maker(next((x for x in spans if g.start("scale") <= x.start < g.end("scale")), None))  # maker,
        if org is not None:                                  # named in what it grounds ("87 Aerion AR190 jets")
            scale = g.group("scale")
            scale = None if scale.lower() == "fleet" else scale
            return _raw(org, "grounding", g.group("kind"), scale, scale)
    i = _ILL.search(s)
    if i is not None and not _open(s, i.start(), ctx, i):
        ship = next((x for x in spans if x.start >= i.start() and _ABOARD.search(s[max(0, x.start - 40):x.start])),
                    None)
        if ship is not None and not _gov(ship.text):
            text = i.group("scale")
            return _raw(ship, "outbreak", i.group("kind"), " ".join(text.split()) + " ill", text)
    return None


def later_sick(s: str, key: str | None) -> Raw | None:
    """A later sentence of an article counting the sick of its incident ``key`` ("The number of cases had risen to
    203"), as that incident's scale."""
    if not key:
        return None
    m = _RISEN.search(s)
    if m is None:
        return None
    value = m.group("n") + " " + " ".join(m.group("noun").split())
    return Raw("incident", (("scale", value, s[m.start("noun"):m.end("n")]),), key)
