"""Which names of a sentence may act as an organisation (a launch's maker, an incident's organisation): not a unit, not
a place the gazetteer knows, not a place told by "-based". Moved unchanged from ``extract`` (events20) to keep it under
the size the developers' guide asks for."""

from __future__ import annotations

import re

from topline.events.spans import Span

# A unit written with capitals ("kV", "MWh", "Celsius") is no organisation (eighth pass).
_UNIT_WORD = re.compile(r"(?:[kMGT]?Wh?|[kMGT]W[hp]?|[kMG]V|kVA|MVA|Hz|GHz|Celsius|Fahrenheit|Mbps|Gbps|TB|GB)")


def _may_act(x: Span, s: str) -> bool:
    """A name that can launch a product or suffer an incident: not a unit, not a place the gazetteer knows, not
    a place told by "-based" ("The Hefei-based company") (eighth pass: "kV", "Chile", "Austin" had been
    organisations)."""
    from topline.enrich.gazetteer import ALIASES

    return not (
        _UNIT_WORD.fullmatch(x.text)
        or ALIASES.get(x.text.lower(), ("", ""))[1] == "PLACE"
        or re.match(r"-based\b", s[x.end :])
    )


def _unbased(x: Span) -> Span:
    """ "Paris-based Norrow Labs" -> "Norrow Labs": where a company is based is not part of its name."""
    m = re.match(r"[A-Z][\w.'-]*(?:\s[A-Z][\w.'-]*)?-based\s+(?=[A-Z])", x.text)
    return Span(x.text[m.end() :], x.start + m.end(), x.end, x.ref) if m else x
