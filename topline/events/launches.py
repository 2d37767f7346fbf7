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
