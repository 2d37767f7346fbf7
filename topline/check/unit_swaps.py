"""Rule: a figure given in another unit of measure than its cited sentence's (issue 10, support46).

"Fernvale collects about 2.4 billion gallons of milk a year" where the article has "2.4 billion litres"; "38.2 million
60-pound bags" where it has "60-kilogram bags". The figure extractor (``topline.enrich.figures``) knows litres and
kilograms but not gallons or pounds of weight, so it read the claim's figure as a bare number and found it cited:
these planted wrong figures passed (support46's table of misses over the thirty-five calibration parts).

A figure of the claim followed by a unit of measure (``UNITS``: length, mass, volume, area; general English, the
imperial and metric names and their abbreviations, not words of the labelled set) is rejected when a cited sentence
gives the same number with another unit of that table and no cited sentence gives it with the claim's unit. A writer
who converts a unit converts the number too, so the same number in another unit is another quantity.
"""
from __future__ import annotations

import re
from typing import Sequence

# Each group: one unit's names (the first is its key); plurals in "-s" are added for names longer than two letters.
_GROUPS = """millimetre millimeter mm | centimetre centimeter cm | metre meter | kilometre kilometer km |
inch | foot feet ft | yard yd | mile | gram | kilogram kilo kg | tonne ton | ounce oz | pound lb lbs | stone |
millilitre milliliter ml | litre liter | pint | gallon | acre | hectare | carat | bushel | quart"""
UNITS: dict[str, str] = {}
for _group in _GROUPS.split("|"):
    _names = _group.split()
    for _n in _names:
        UNITS[_n] = _names[0]
        if len(_n) > 2:
            UNITS[_n + "s"] = _names[0]
UNITS.update({"inches": "inch", "feet": "foot"})

# a number (with its scale word) then, after a space or a hyphen ("60-kilogram bags"), "square"/"cubic" and a word
_FIGURE = re.compile(r"(?<![\w.,-])(\d+(?:,\d{3})*(?:\.\d+)?)(?:\s+(million|billion|thousand))?(?:\s+|-)"
                     r"(square\s+|cubic\s+)?([a-z]+)\b", re.IGNORECASE)


def measures(text: str) -> list[tuple[tuple[str, str, str], str, str]]:
    """((number, scale, square/cubic), unit key, the words as written) of each figure of ``text`` with a unit of
    ``UNITS``."""
    out = []
    for m in _FIGURE.finditer(text):
        unit = UNITS.get(m.group(4).lower())
        if unit is not None and len(m.group(4)) > 1:
            out.append(((m.group(1), (m.group(2) or "").lower(), (m.group(3) or "").strip().lower()), unit,
                        m.group(0)))
    return out


def unit_swap_problem(claim: str, sentences: Sequence[str]) -> str:
    """Why a figure of ``claim`` is cited in another unit ("" when it is not, or the claim's unit is cited too)."""
    mine = measures(claim)
    if not mine:
        return ""
    theirs = [f for s in sentences for f in measures(s)]
    for number, unit, written in mine:
        if any(n == number and u == unit for n, u, _ in theirs):
            continue
        for n, u, cited in theirs:
            if n == number and u != unit:
                return f"number: the sentence has {written!r} where its cited sentence has {cited!r}"
    return ""
