"""A part of an amount its passage splits by percentages (support26 of the claim-support check, issue 10).

"Quenlow agreed to buy Corvask for 1.9 billion dollars, paying 70% in cash and 30% in its own shares": the passage
splits one amount into parts by percentages ("70% in cash"), and a writer states a part as an amount ("About 570
million dollars of the price will be paid in Quenlow shares", "The cash part of the price comes to about 1.33
billion dollars"). ``computed.derived_figures`` reads a percentage followed by "of" as a share whose level is the
part ("1,200 jobs, about 8% of its workforce"); a percentage followed by "in" and a noun (not a time: "in October",
"in 2024", "in a year") is a part of the amount its sentence states, the level being the whole.

Such a claim figure is supported when the claim marks it as computed (``computed.marked_as_computed``: a hedge, "of
the", ...), and the percentage times an amount of the same kind and unit in the same anchored sentence equals it or
rounds to it as ``rounding.rounds_to`` allows. A part of another amount, or another share, stays unstated.
"""
from __future__ import annotations

import math
import re
from typing import Callable, Sequence

from topline.check.evidence import Doc
from topline.check.rounding import rounds_to
from topline.records import Figure

_TIME = (r"(?:the\s+|a\s+|an\s+|its\s+|their\s+)?(?:\d|year|years|month|months|week|weeks|day|days|quarter|half|"
         r"january|february|march|april|may|june|july|august|september|october|november|december|spring|summer|"
         r"autumn|winter|recent|total|all)")
_SPLIT_AFTER = re.compile(rf"\s+in\s+(?!{_TIME}\b)[a-z]", re.IGNORECASE)
REL_TOL = 1e-6


def _split_percents(sentence: str, figs: Sequence[Figure]) -> list[Figure]:
    out = []
    for g in figs:
        if g.kind != "percent" or g.unit != "%" or not 0 < g.value < 100:
            continue
        m = re.search(r"(?<![\d.,])" + re.escape(g.text) + r"(?!\d)", sentence)
        if m and _SPLIT_AFTER.match(sentence, m.end()):
            out.append(g)
    return out


def split_part(f: Figure, docs: Sequence[Doc], anchored: Callable[[Doc, int], bool], hedge: str | None) -> bool:
    """Whether ``f`` is a part ("70% in cash") of an amount one anchored cited sentence splits (see above)."""
    if f.kind not in ("money", "quantity") or f.value <= 0:
        return False
    for d in docs:
        by_sentence: dict[int, list[Figure]] = {}
        for i, g in d.figures:
            by_sentence.setdefault(i, []).append(g)
        for i, figs in by_sentence.items():
            if not anchored(d, i):
                continue
            shares = _split_percents(d.sentences[i], figs)
            for whole in figs:
                if whole.kind != f.kind or whole.unit != f.unit:
                    continue
                for share in shares:
                    part = whole.value * share.value / 100
                    if math.isclose(part, f.value, rel_tol=REL_TOL) or rounds_to(f.value, part, hedge):
                        return True
    return False
