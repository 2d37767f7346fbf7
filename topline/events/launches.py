"""Launches told as a rocket's flight (issue 12, fourteenth pass: launches of rockets and satellites had not been found
at all, because space news tells them without a launch verb whose object is the product): "X's Halyard rocket placed
18 satellites into low Earth orbit", "the second launch of X's Tindra rocket ended in failure", "its Halyard rocket
flew successfully", "X launched 48 broadband satellites". The organisation is the rocket's owner, the product the
rocket as named ("Halyard rocket") or the satellites as counted. Split from ``extract`` (kept under the size the
developers' guide asks for)."""

from __future__ import annotations

import re
from typing import Sequence

from topline.enrich.entities import canonical_entity
from topline.events.spans import _JURISDICTION_ADJ, Raw, Span, _field, _gov, _places
from topline.speech import SAID_AFTER, alternation

# "Perihel Launch's Halyard rocket", "its Tindra launcher", "Polarith Space's small Tindra rocket": an owner (a name
# with a possessive, or "its"), up to two common words, the vehicle's name and its kind.
_OWNED_ROCKET = re.compile(
    r"(?:(?P<owner>(?<![\w'\u2019])(?:[A-Z][\w.&-]*\s+){0,3}[A-Z][\w.&-]*)['\u2019]s|"
    r"\b(?P<its>[Ii]ts))\s+(?:[a-z][\w-]*\s+){0,2}"
    r"(?P<name>[A-Z][\w-]*(?:\s+[A-Z0-9][\w-]*)?)\s+(?P<kind>rocket|launcher|launch vehicle)\b"
)
# What the vehicle did that makes it a flight of the day: it flew, lifted off or reached orbit, or it put its payload
# into orbit ("placed 18 satellites into low Earth orbit", "delivered 18 satellites to orbit").
_FLEW = re.compile(
    r"\s+(?:\w+\s+){0,2}?(?:flew|lifted off|blasted off|took off|reached orbit|"
    r"(?:placed|put|delivered|carried|deployed|lofted|sent|launched)\b[^.;]{0,60}?\b(?:in|into|to)\s+"
    r"(?:[\w-]+\s+){0,3}?orbit)\b"
)
# The flight named as a noun before the vehicle ("the second launch of X's Tindra rocket ended in failure").
_FLIGHT_OF = re.compile(r"\b(?:launch|flight|liftoff|lift-off)\s+of\s+$", re.IGNORECASE)
# A flight that did not happen today: called off, put off, still to come ("scrubbed the fourth flight of",
# "postponed the launch of", "the next flight of", "will carry").
_NO_FLIGHT = re.compile(
    r"\b(?:scrub(?:bed|s)?|postpon(?:ed|es)|delay(?:ed|s)|cancel(?:led|ed|s)|called off|"
    r"stood down|next|planned|upcoming|will|would|could|plans? to|set to|due to|aims? to|"
    r"expected to|ahead of|before)\b[^.;]{0,40}$",
    re.IGNORECASE,
)
# "launched 48 broadband satellites": a counted payload is the product of a launch verb (the words a payload is).
_PAYLOAD = re.compile(r"\s+(\d[\d,]*\s+(?:[a-z][\w-]*\s+){0,2}(?:satellites|spacecraft|cubesats|probes))\b")
_DAYS = frozenset("monday tuesday wednesday thursday friday saturday sunday today yesterday".split())


def _owner_ok(text: str) -> bool:
    """A rocket's owner is an organisation: not a day, a place, a nation's adjective or a public body's name
    ("Wednesday's launch", "Europe's Ariane rocket")."""
    t = text.strip()
    return not (t.lower() in _DAYS or t.lower() in _JURISDICTION_ADJ or _places(t) or _gov(t))


def orbital(s: str, spans: Sequence[Span]) -> Raw | None:
    """A rocket's flight stated in ``s`` as an event of the day (organisation and product), or None."""
    for m in _OWNED_ROCKET.finditer(s):
        before = s[: m.start()]
        flew = _FLEW.match(s, m.end())
        if not (flew or _FLIGHT_OF.search(before)) or _NO_FLIGHT.search(before):
            continue
        owner: Span | None
        if m.group("owner"):
            owner = Span(m.group("owner"), m.start("owner"), m.end("owner"))
        else:  # "Perihel Launch stock climbed 9.4% after its Halyard rocket flew": the sentence's first actor
            owner = next((x for x in spans if x.end <= m.start() and not _gov(x.text) and _owner_ok(x.text)), None)
        if owner is None or not _owner_ok(owner.text):
            continue
        product = s[m.start("name") : m.end("kind")]
        return Raw(
            "launch",
            (_field("organisation", owner.text, owner.text), _field("product", product, product)),
            canonical_entity(product),
        )
    return None


def counted_payload(s: str, at: int) -> Span | None:
    """The counted payload right after a launch verb ending at ``at`` ("launched 48 broadband satellites")."""
    m = _PAYLOAD.match(s, at)
    return Span(m.group(1), m.start(1), m.end(1)) if m else None


# A launch to come with the date it is set for (events20): the golds of eval-health, eval-retail, eval-mob and
# eval-trade count "a dated plan" as a launch ("will launch its first long-haul flights next spring", "plans to release
# a Spanish-language version in the first quarter of 2027", "will launch a weekly service ..., starting on 14 June");
# an undated one ("will release future models openly") stays a watch item. The date is read in the verb's own clause.
_MONTHS = r"(?:January|February|March|April|May|June|July|August|September|October|November|December)"
_SEASON = r"(?:spring|summer|autumn|fall|winter)"
_DATED = re.compile(
    r"\b(?:(?:in|from|by|on|starting|beginning|until|before|early|late|mid-)\s+(?:(?:on|in|from)\s+)?(?:early\s+|"
    r"late\s+|mid-)?(?:" + _MONTHS + r"|the\s+(?:first|second|third|fourth|1st|2nd|3rd|4th)\s+(?:quarter|half)|"
    r"Q[1-4]|(?:19|20)\d\d\b)|(?:starting|beginning|from)\s+(?:on\s+)?\d{1,2}\s+" + _MONTHS + r"|"
    r"next\s+(?:week|month|year|quarter|" + _SEASON + r")|this\s+" + _SEASON + r"|"
    r"(?:later|early|end of)\s+this\s+(?:year|month)|before\s+the\s+end\s+of\s+(?:the|this)\s+year)\b"
)


# a name that says or announces it ("..., the company said", "X said Tuesday that its ..."): the ledger's shared verbs
# of a name that only speaks
_SAYS = alternation(SAID_AFTER)


def dated_plan(s: str, at: int) -> bool:
    """Whether the clause after a launch verb ending at ``at`` names when the launch is set for; a date hedged ("as
    early as next year", "as soon as June") sets nothing."""
    clause = re.split(rf"[;:]|,\s+(?:the|a|an)\s+\w+\s+(?:{_SAYS})\b", s[at:])[0]
    return any(not re.search(r"\bas (?:early|soon) as\s+$", clause[: d.start()]) for d in _DATED.finditer(clause))


# The words that tell a launch verb as to come ("will launch", "plans to release", "is set to unveil"): kept as the
# launch's ``status`` field ("planned"), so the claim writer says "will launch" or "plans to launch" as the statement
# does (events21; events20 had reverted the dated-plan rule because every launch was written "launches").
_TO_COME = re.compile(r"(?:\b[A-Za-z'-]+\s+(?=to\b))?\b(?:will|shall|to)\s+(?:\w+ly\s+)?$")


def to_come(s: str, m: re.Match[str]) -> str | None:
    """The words of ``s`` that tell the launch verb matched by ``m`` as to come, verb included ("plans to release"),
    or None when the launch is told as done."""
    w = _TO_COME.search(s[: m.start()])
    return None if w is None else s[w.start() : m.end()]


# What a launch verb's object is when it is no product (events20): an act with its target after it ("launched a
# criminal investigation into X", read on eval-agri), a grouping of firms ("launch their Polaris alliance", eval-mob).
_ACT_GAP = re.compile(
    r"\b(?:investigation|probe|inquiry|review|campaign|crackdown|audit|bid|appeal|lawsuit|challenge)\s+"
    r"(?:into|of|against|on|for)\s+$",
    re.IGNORECASE,
)
_GROUPING = re.compile(r"\s+(?:alliance|partnership|joint venture|consortium|coalition|pact)\b", re.IGNORECASE)


def no_product(s: str, verb: re.Match, product: Span) -> bool:
    """The launch verb's object is an act or a grouping of firms, or "launch" is a noun before a relative clause or
    a verb ("A Victorian steam launch that carried passengers", a boat)."""
    noun = verb.group(0).lower() == "launch" and re.match(r"\s+(?:that|which|was|is|has|had)\b", s[verb.end() :])
    return bool(
        noun
        or _ACT_GAP.search(s[verb.end() : product.start])
        or _GROUPING.match(s[product.end :])
        or _GROUPING.search(" " + product.text.split()[-1])
    )


# The noun "launch" with the subject's own product after it (events20, read on eval-retail): "attributed the jump to
# the launch of its home collection in 14 new markets". Not a launch held up ("delay the launch of its", "push back
# the launch of"), nor one owned by another name ("Lanfield's launch of").
_UNDONE = re.compile(
    r"\b(?:delay\w*|push\w* back|slow\w*|postpon\w*|block\w*|halt\w*|stop\w*|prevent\w*|hold\w* up|"
    r"paus\w*|suspend\w*|scrap\w*|cancel\w*)\s+the\s+$",
    re.IGNORECASE,
)


def own_launch(s: str, verb: re.Match) -> int | None:
    """Where the product of "the launch of its ..." starts (at "its"), or None."""
    if verb.group(0).lower() != "launch" or not re.search(r"\bthe\s+$", s[: verb.start()]):
        return None
    of = re.match(r"\s+of(?=\s+(?:its|their)\s)", s[verb.end() :])
    owned = re.match(r"\s+of\s+(?:its|their)\s+[^,.;]{0,40}?['\u2019]s\b", s[verb.end() :])  # "of its rival's phone"
    if of is None or owned or _UNDONE.search(s[: verb.start()]):
        return None
    return verb.end() + of.end()


# A service told live by its verb (events29): "Orbitra's satellite texting service went live on Wednesday", "Veriquay's
# beta service went live", "Harlan's new booking app came online". The owner is the possessive, the product the noun
# phrase it owns; the head is a thing that serves (as ``outages`` reads one going down).
_WENT_LIVE = re.compile(
    r"(?P<owner>(?<![\w'\u2019])(?:[A-Z][\w.&-]*\s+){0,3}[A-Z][\w.&-]*)['\u2019]s\s+"
    r"(?P<product>(?:[\w-]+\s+){0,4}?(?:service|network|platform|app|system|feature|portal|constellation))\s+"
    r"(?:went live|has gone live|came online|has come online|entered (?:commercial )?service)\b"
)


# A named product that entered volume production (events30, read on eval-chips: a chip process put on sale is told
# so): "X said Tuesday that its CF-16 process, its first with ..., has entered volume production", "X's K9 engine went
# into mass production". The owner is the possessive or the name that says it of "its" product; the product a name
# (capitalised or with a digit) with at most one common head noun; an appositive may stand before the verb.
_IN_PRODUCTION = re.compile(
    r"(?P<owner>(?<![\w'\u2019])(?:[A-Z][\w.&-]*\s+){0,3}[A-Z][\w.&-]*)"
    rf"(?:['\u2019]s\s+|(?<=s)['\u2019]\s+|\s+(?:{_SAYS})\s+"
    r"(?:on\s+)?(?:[A-Z][a-z]+day\s+)?(?:that\s+)?its\s+)"
    r"(?P<product>(?:[A-Z0-9][\w.-]*\s+){0,2}[A-Z0-9][\w.-]*(?:\s+[a-z][\w-]*)?)"
    r"(?:,[^,;]{1,80},)?\s+(?:has\s+|had\s+|have\s+)?(?:entered|went into|gone into|moved into)\s+"
    r"(?:volume|mass|commercial|full|full-scale|series|high-volume)\s+production\b"
)


def went_live(s: str) -> Raw | None:
    """A named owner's service that went live in ``s``, or a named product that entered volume production
    (organisation and product), or None."""
    m = _WENT_LIVE.search(s) or _IN_PRODUCTION.search(s)
    if m is None or not _owner_ok(m.group("owner")) or _NO_FLIGHT.search(s[: m.start()]):
        return None
    product = m.group("product")
    return Raw("launch", (_field("organisation", m.group("owner"), m.group("owner")),
                          _field("product", product, product)), canonical_entity(product))
