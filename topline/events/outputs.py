"""A build-out's capacity that is not read from its lead's figures by type alone: a plant's power in watts against an
energy store's watt-hours, the output counted in litres, tonnes or units (``capex_words.counted``), and the output a later
sentence gives for the article's build-out ("The plant will be able to make 400,000 heat pumps a year"). Moved from
``extract`` (events31) to keep it under the size the developers' guide asks for; unchanged."""
from __future__ import annotations

import re
from typing import Sequence

from topline.events.capex_words import counted
from topline.events.spans import Fig, Raw, _field

_ENERGY = re.compile(r"watt[- ]?hours?\b|Wh\b", re.IGNORECASE)


def _capacity_value(s: str, f: Fig) -> tuple[float | str, str]:
    """A plant's power in watts (a number: what the ledger's running total of capacity adds up) and its text; an
    energy capacity ("a 30 gigawatt-hour factory", "40 GWh a year") as text in its unit, so it is never added to
    watts (thirteenth pass: battery plants' GWh had been stored, summed and scored as GW)."""
    hour = re.match(r"[- ]hours?\b", s[f.end:])
    if f.figure.unit == "Wh" or _ENERGY.search(f.figure.text) or hour:
        v = f.figure.value
        text = f.figure.text + (hour.group(0) if hour else "")
        for unit, size in (("TWh", 1e12), ("GWh", 1e9), ("MWh", 1e6), ("kWh", 1e3)):
            if v >= size:
                return f"{v / size:g} {unit}", text
        return f"{v:g} Wh", text
    return f.figure.value, f.figure.text


# Units of a plant's output read as its capacity: litres, cubic metres, tonnes (the figure reader gives tonnes in kg;
# "120,000 tonnes of beans a year" was not read before the fourteenth pass).
_OUTPUT_UNITS = frozenset({"l", "m3", "t", "kg"})


def _output(s: str, figs: Sequence[Fig], ordered: bool = False) -> list[tuple[Fig, str, str]]:
    """A plant's capacity that is not power, as (figure, value, text): litres of bioreactors, tonnes, doses or
    chargers counted (``capex_words.counted``); with ``ordered``, the vehicles, ships or aircraft an order counts."""
    out = []
    for f in figs:
        if not ordered and f.figure.kind == "quantity" and f.figure.unit.lower() in _OUTPUT_UNITS:
            out.append((f, f.figure.text, f.figure.text))
        elif f.figure.kind == "number":
            c = counted(s, f.start, f.end, f.figure.value, ordered)
            if c:
                out.append((f, c[0], c[1]))
    return out


# A later sentence of the article that tells the build-out's output with the site as its subject (fourteenth pass, read
# on eval-energy, eval-trade, eval-agri, cal-biotech, whose leads give the money and later sentences the output):
# "The plant will be able to make 400,000 heat pumps a year", "The terminal will be able to handle 2.5 million TEU a
# year", "The plant will have capacity to grind 120,000 tonnes of beans a year".
_SITE_SUBJECT = re.compile(r"^(?:The|Its|This)\s+(?:[\w$\u20ac\u00a3.,-]+\s+){0,4}?(?:plant|factory|fab|terminal|site|"
                           r"facility|mill|refinery|smelter|campus|gigafactory|yard)\s+(?:[\w,-]+\s+){0,4}?"
                           r"(?:will|would|is to|is due to|is expected to|can|could)\s+(?:be able to\s+|initially\s+)?"
                           r"(?:make|produce|turn out|handle|grind|process|crush|assemble|build|have (?:an? )?"
                           r"(?:annual )?capacity)\b", re.IGNORECASE)


def _site_output(s: str, figs: Sequence[Fig], key: str) -> Raw | None:
    """The output a later sentence gives for the article's build-out ``key``, as a capex statement of its capacity."""
    m = _SITE_SUBJECT.match(s)
    if m is None:
        return None
    found = [o for o in _output(s, figs) if o[0].start >= m.end()]
    if not found:
        return None
    _, value, text = found[0]
    return Raw("capex", (_field("capacity", value, text),), key)
