"""An outage told by its verb (issue 12, events29): "Helixa's network was dark for nearly six hours", "Corvane's mobile
network went down", "the Danish parliament's website was down for almost four hours", "Velmar's payment system stopped
working". The subject is a service's noun owned by a name (its possessive); the incident is that owner's outage. A
noun of a thing that serves (a network, service, system, website, app, platform, server, terminal) is the evidence,
not a domain's words; shares, sales or prices "down" are a market's figures and are never read.
"""
from __future__ import annotations

import re
from collections.abc import Sequence

from topline.enrich.entities import canonical_entity
from topline.events.clauses import Context, background
from topline.events.incident_scale import incident_fields
from topline.events.spans import Fig, Raw, Span, actors

# A name's service, up to three words between ("Helixa Broadband's low-orbit network", "Corvane's mobile network"),
# then the verb that says it stopped serving.
_DOWN = re.compile(
    r"['\u2019]s\s+(?:[\w-]+\s+){0,3}?(?:networks?|services?|systems?|websites?|web\s+sites?|apps?|platforms?|"
    r"servers?|terminals?|portals?)\s+(?:(?:was|were|had\s+been|has\s+been|have\s+been)\s+(?P<state>down|dark|offline)|"
    r"(?P<verb>went\s+(?:down|dark|offline)|stopped\s+working|crashed))\b"
)
_NOT_DONE = re.compile(r"\b(?:could|would|might|may|if|whether|unless|not|never)\s+(?:[\w-]+\s+){0,4}$", re.IGNORECASE)


def outage(s: str, spans: Sequence[Span], figs: list[Fig], ctx: Context | None) -> Raw | None:
    """The outage of a named owner's service told by its verb in ``s``, or None."""
    down = list(_DOWN.finditer(s))
    if not down:   # (the names are read only where a service went down: they cost more than the search, issue 14)
        return None
    named = actors(spans, s)   # no place or nationality owns the service ("the Danish parliament's website")
    for m in down:
        owner = next((x for x in named if x.end == m.start()), None)
        if owner is None or _NOT_DONE.search(s[: owner.start]) or background(s, m, ctx):
            continue
        word = m.group("state") or m.group("verb")
        kind = re.compile(r"(?P<kind>" + re.escape(word) + r")").search(s, m.start())
        fields = incident_fields(s, kind, figs, owner.value, owner.text)
        fields = tuple(("kind", "outage", word) if f[0] == "kind" else f for f in fields)
        return Raw("incident", fields, canonical_entity(owner.value))
    return None
