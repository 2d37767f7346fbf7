"""Rule: an act told of a part must not be given the whole (fourteenth round of the claim-support check).

"Calder Mutual will close 60 of its 210 branches": the act takes 60, and 210 is the whole it is taken from. A
claim "Calder Mutual will close 210 branches" states a figure of the passage, after a verb of the passage, about
the same noun, so the figure rule (the figure is stated, its context words shared) passed it (eval12's e0115).

A claim fails when its verb (same lemma) takes a figure and noun right after it ("close 210 branches") that a
cited sentence gives as the whole of that verb's part ("close 60 of its 210 branches") and nowhere as what the
verb takes.
"""
from __future__ import annotations

import re
from typing import Sequence

from topline.check.evidence import stem
from topline.check.roles import lemma

_NUM = r"\d[\d,]*(?:\.\d+)?"
_HEDGE = r"(?:(?:about|around|roughly|nearly|almost|some|up\s+to|more\s+than|at\s+least)\s+)?"
_PART_OF_WHOLE = re.compile(rf"\b(?P<verb>[a-z]+)\s+{_HEDGE}(?P<part>{_NUM})\s+of\s+(?:its|their|the|his|her|our)\s+"
                            rf"(?P<whole>{_NUM})\s+(?P<noun>[a-z]+)", re.IGNORECASE)
_TAKES = re.compile(rf"\b(?P<verb>[a-z]+)\s+{_HEDGE}(?P<n>{_NUM})\s+(?P<noun>[a-z]+)", re.IGNORECASE)


def _value(text: str) -> float:
    return float(text.replace(",", ""))


def whole_problem(claim: str, sentences: Sequence[str]) -> str:
    """Why the claim gives its verb the whole a cited sentence gives that verb only a part of ("" otherwise)."""
    wholes: dict[tuple[str, float, str], float] = {}
    takes: set[tuple[str, float, str]] = set()
    for s in sentences:
        for m in _PART_OF_WHOLE.finditer(s):
            wholes[(lemma(m.group("verb").lower()), _value(m.group("whole")), stem(m.group("noun").lower()))] = \
                _value(m.group("part"))
        for m in _TAKES.finditer(s):
            takes.add((lemma(m.group("verb").lower()), _value(m.group("n")), stem(m.group("noun").lower())))
    if not wholes:
        return ""
    for m in _TAKES.finditer(claim):
        key = (lemma(m.group("verb").lower()), _value(m.group("n")), stem(m.group("noun").lower()))
        if key in wholes and key not in takes:
            return f"number: '{m.group('n')} {m.group('noun')}' is the whole of which the passage's " \
                   f"{m.group('verb')!r} takes {wholes[key]:g}"
    return ""
