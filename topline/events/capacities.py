"""A new site told by its capacity, with no sum and no spending verb, as capital spending (issue 12, events37).

The capital-spending rule reads a build-out from a verb of spending or building and a sum or a power. News also tells
a site to come, or one just started, by what it can make: "started its new pulp line ... on Monday, with annual
capacity of 2.55 million tonnes", "has announced plans for a rebar micromill in Arizona, with annual capacity of
590,000 metric tonnes", "has ordered a tissue machine for a new mill near Longview, Texas, with annual capacity of
70,000 tonnes", "The first phase of the project would have a capacity of 300MW". The golds file these as the company's
build-out with the capacity (and the place): the calibration scan (``benchmarks/scan_events.py``) found them missed
in several corpora. Read here: a capacity phrase ("with (annual|a combined ...) capacity of", "has/will have a
capacity of", "capacity to produce") right before a figure the ledger reads as a plant's output or power (watts,
watt-hours, litres, tonnes, a counted output: ``outputs``), in a sentence that names a site (plant, mill, line,
factory, ...) as new, planned, ordered, started or opened. None when the site is closed, sold, idled or cut (that is
an incident or a deal), when the sentence only supposes it, or when the capacity is another's (a country's, a
market's: the subject must be a name that can build, ``subject``).
"""
from __future__ import annotations

import re
from collections.abc import Callable, Sequence

from topline.enrich.entities import canonical_entity
from topline.events.clauses import Context, background, in_relative
from topline.events.outputs import _capacity_value, _output
from topline.events.spans import Fig, Raw, Span, _field, _gov, _places

_CAPACITY = re.compile(
    r"\b(?:with|has|have|having|will\s+have|would\s+have|to\s+have)\s+(?:an?\s+|the\s+)?"
    r"(?:(?:annual|yearly|combined|total|initial|nameplate|installed|production|processing|output|planned)\s+)?"
    r"capacity\s+(?:of|to\s+(?:produce|make|process|handle|turn\s+out))\s+"
    r"(?:(?:up\s+to|about|around|roughly|some|nearly|more\s+than)\s+)?", re.IGNORECASE)
# The site, told as to come or just begun, before the capacity phrase (in the same sentence)
_SITE = r"(?:plant|mill|micromill|line|factory|fab|refinery|smelter|terminal|campus|facility|machine|gigafactory|" \
        r"complex|project|site|data\s+cent(?:er|re)|warehouse|mine|furnace|kiln|unit|units)"
_NEW_SITE = re.compile(rf"\b(?:new|planned|proposed|second|third|fourth|additional|first\s+phase\s+of\s+the|"
                       rf"plans?\s+for\s+an?|will\s+build\s+an?|to\s+build\s+an?|is\s+building\s+an?|"
                       rf"(?:started|starts|opened|opens|commissioned|ordered|approved|unveiled)\s+(?:its|a|an|the)"
                       rf"(?:\s+new)?)\s+(?:[\w-]+\s+){{0,4}}?{_SITE}\b", re.IGNORECASE)
# A site closed, sold, idled, cut or lost: no build-out (its capacity is an incident's or a deal's)
_NOT_BUILT = re.compile(r"\b(?:clos(?:e|es|ed|ing|ure)|shut(?:s|ting|down)?|sell(?:s|ing)?|sold|sale|idl(?:e|es|ed|ing)|"
                        r"curtail\w*|halt\w*|suspend\w*|fire|blaze|explosion|strike|mothball\w*|convert\w*|"
                        r"could|might|may|considering|would\s+consider)\b", re.IGNORECASE)
SITE_GAP = 160   # characters from the site's words to the capacity phrase (one clause of a long lead sentence)


def stated_capacity(s: str, spans: Sequence[Span], figs: Sequence[Fig], ctx: Context | None,
                    subject: Callable[[int], Span | None]) -> Raw | None:
    """The build-out of a new site told by its capacity (see the module's docstring), or None. ``subject(at)`` is
    the name that acts at an offset (the extractor's subject rule)."""
    cap = _CAPACITY.search(s)
    if cap is None or _NOT_BUILT.search(s) or in_relative(s, cap.start()):
        return None
    site = next((m for m in _NEW_SITE.finditer(s, 0, cap.start()) if cap.start() - m.end() <= SITE_GAP), None)
    if site is None or background(s, site, ctx):
        return None
    value: tuple[object, str] | None = None
    power = next((f for f in figs if f.start == cap.end() and f.figure.kind == "quantity" and
                  f.figure.unit in ("W", "Wh")), None)
    if power is not None:
        value = _capacity_value(s, power)
    else:
        out = next((o for o in _output(s, figs) if o[0].start == cap.end()), None)
        value = (out[1], out[2]) if out is not None else None
    if value is None:
        return None
    who = subject(site.start())
    if who is None or _gov(who.text) or who.text in {p.text for p in _places(s)}:
        return None
    fields = [_field("company", who.value, who.text), _field("capacity", value[0], value[1])]
    # where: a place after "in", "at" or "near" between the site's words and the capacity phrase
    where = next((p for p in list(_places(s)) + [x for x in spans if not _gov(x.text)]
                  if site.start() <= p.start < cap.start() and p.text != who.text and
                  re.search(r"\b(?:in|at|near|outside)\s+(?:the\s+)?$", s[:p.start])), None)   # a place the
    # gazetteer knows, else the name right after the preposition ("near Longview, Texas")
    if where is not None:
        fields.append(_field("place", where.text, where.text))
    return Raw("capex", tuple(fields), canonical_entity(who.value))
