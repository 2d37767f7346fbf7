"""A company shutting, idling or mothballing one of its own sites, or cutting or halting the output there, as an
incident (events22): "Harzburg Aluminium will shut its primary aluminium smelter in Elsterau", "Calcora will idle the
clinker kiln at its Saint-Vigor plant", "would reduce ammonia production at its plants in the Netherlands and Belgium by
about 30%", "will put its Yilgarn nickel refinery and two feeder mines ... on care and maintenance". Read on eval-ind,
eval-prop, eval-energy and eval-health (calibration), whose golds make such shutdowns and curtailments incidents of the
company (kinds "smelter closure", "kiln idled (production cut)", "production curtailment", "refinery and mines placed on
care and maintenance"). ``closures`` reads a counted number of sites closed ("close about 60 stores"); this rule reads
one site or the output of the company's own sites.

The evidence is the verb and the company's own site ("its", "the company's") or its output, not a domain's word list:
the site is any noun of a place where a business makes, stores or treats things. The organisation is the subject of
the verb (the extractor's subject rule); the scale the share cut ("by about 30%") or the jobs the sentence counts.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from topline.enrich.entities import canonical_entity
from topline.events.clauses import in_relative
from topline.events.spans import Raw, Span, _field, _gov

_SITE = (
    r"(?P<site>smelters?|plants?|factory|factories|mills?|mines?|refiner(?:y|ies)|kilns?|furnaces?|potlines?|"
    r"works|sites?|facilit(?:y|ies)|units?|terminals?|yards?|shipyards?|foundr(?:y|ies)|hospitals?|"
    r"warehouses?|depots?|crackers?|reactors?|shafts?|pits?)"
)
# the company's own site: "its primary aluminium smelter", "the clinker kiln at its Saint-Vigor plant", "its
# Yilgarn nickel refinery and two feeder mines"
_OWN_SITE = (
    r"(?:(?:its|their|the company['\u2019]s)\s+|the\s+(?:[\w-]+\s+){0,3}?(?=[\w-]+\s+at\s+(?:its|their)\s))"
    r"(?:[\w.-]+\s+){0,4}?" + _SITE + r"\b"
)
_OUTPUT = r"(?P<output>(?:[\w-]+\s+)?(?:production|output|operations|mining|smelting|processing))"
_FUTURE = r"(?:will|would|plans? to|is to|are to|to|is|are|has|have|said it would|said it will)\s+(?:\w+\s+)?"
_SHUT = re.compile(
    r"\b(?P<verb>shut(?:ting)?(?:\s+down)?|clos(?:e|ing)|idl(?:e|ing)|mothball(?:ing)?|put(?:ting)?|"
    r"plac(?:e|ing))\s+" + _OWN_SITE,
    re.IGNORECASE,
)
_CUT = re.compile(
    r"\b(?P<cut>reduc(?:e|ing)|cut(?:ting)?|curtail(?:ing)?|lower(?:ing)?)\s+"
    + _OUTPUT
    + r"\s+(?:at\s+)?(?:its|their)\s+(?:[\w.-]+\s+){0,4}?"
    + _SITE
    + r"\b",
    re.IGNORECASE,
)
_HALT = re.compile(
    r"\b(?P<halt>halt(?:ing)?|suspend(?:ing)?|stop(?:ping)?)\s+" + _OUTPUT + r"\s+at\s+" + _OWN_SITE, re.IGNORECASE
)
_CARE = re.compile(r"^[^.;]{0,120}?\bon\s+care\s+and\s+maintenance\b", re.IGNORECASE)
# a share cut ("by about 30%") or the jobs the shutdown costs ("with about 1,100 jobs to be cut")
_SCALE = re.compile(
    r"\bby\s+(?P<share>(?:(?:about|around|roughly|nearly|some|up to|almost)\s+)?\d[\d.]*\s*(?:%|per\s*cent|percent))|"
    r"(?P<jobs>(?:(?:about|around|roughly|nearly|some|more than|up to|almost)\s+)?\d[\d,]*\s+(?:jobs|workers|"
    r"employees|staff|positions))",
    re.IGNORECASE,
)
# what keeps it from being the company's act of the day: a denial, a hypothesis, someone else's call or a condition
_NOT_ITS_ACT = re.compile(
    r"\b(?:no plans? to|not|never|could|might|may|threatened to|(?:urged|asked|forced|ordered) (?:\w+ )?to|"
    r"refused to|ruled out|avoid|avoided|instead of|rather than|if|unless|whether|had)\s+(?:[\w-]+\s+){0,3}$",
    re.IGNORECASE,
)
_SINGULAR = {
    "factories": "factory",
    "refineries": "refinery",
    "facilities": "facility",
    "foundries": "foundry",
    "works": "works",
}


def _noun(site: str) -> str:
    w = site.lower()
    return _SINGULAR.get(w) or (w[:-1] if w.endswith("s") else w)


def curtailment(s: str, subject: Callable[[int], Span | None]) -> Raw | None:
    """The incident of a company shutting, idling or mothballing its own site or cutting its output there, or None.
    ``subject(at)`` is the name that acts at the verb's offset (the extractor's subject rule)."""
    m = next(
        (x for rx in (_SHUT, _CUT, _HALT) for x in rx.finditer(s) if not _NOT_ITS_ACT.search(s[: x.start()])), None
    )
    # every form read is one still to come or under way, so a month it names ("from January") is no past date
    # (as ``closures`` reads "will close ... by the end of March")
    if m is None or in_relative(s, m.start()):
        return None
    if not re.search(_FUTURE + r"$", s[max(0, m.start() - 40) : m.start()], re.IGNORECASE) and not re.match(
        r"\w+ing\b", m.group(0)
    ):
        return None  # told as to come or under way ("will shut", "is cutting"), not a bare past recalled
    verb = (m.groupdict().get("verb") or "").lower()
    site = m.group("site")
    if verb.startswith(("put", "plac")):
        if not _CARE.match(s[m.end() :]):
            return None  # "put its plant up for sale": only "on care and maintenance" idles it
        kind = f"{_noun(site)} placed on care and maintenance"  # a noun phrase: "reports a refinery placed ..."
    elif verb.startswith(("shut", "clos")):
        kind = f"{_noun(site)} closure"
    elif verb.startswith("idl"):
        kind = f"{_noun(site)} idled"
    elif verb.startswith("mothball"):
        kind = f"{_noun(site)} mothballed"
    elif m.groupdict().get("cut"):
        kind = "production curtailment"
    else:
        kind = "production halt"
    who = subject(m.start())
    if who is None or _gov(who.text):
        return None  # a state closing a site is an act of the state (``state_action``), not a company's incident
    fields = [_field("organisation", who.value, who.text), _field("kind", kind, m.group(0).strip())]
    scale = _SCALE.search(s, m.start())
    if scale is not None:
        text = scale.group("share") or scale.group("jobs")
        fields.append(_field("scale", text, text))
    return Raw("incident", tuple(fields), canonical_entity(who.value))
