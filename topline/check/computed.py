"""Rule: a figure the writer computed from two figures of one passage (eighth round of the claim-support check).

News prose states differences it does not find written: "the valuation has risen by about $2.7 billion since
February" (from $1.5 billion to $4.2 billion), "3,300 more runners finished than last year" (38,500 against 35,200),
"1.5 percentage points lower" (4.1% against 5.6%), "Corlen will pay $500 million of the price in shares" ($1.3
billion, $800 million of it in cash). The figure rule asks every figure to be stated, so such sentences were
rejected: 13 of eval6's 41 rejected paraphrases, and eval4's and eval5's "35 fewer rhinos", "34,600 shorter".

A figure of the claim that no cited statement gives is supported here when

* the claim marks it as a difference: a comparison word within ``CUE_REACH`` words after it ("more", "fewer",
  "lower", "below", "ahead", "outside", "shorter", ...: ``DIFFERENCE_CUES``), "by" just before it ("rose by $2.8
  trillion", "differ ... by $40 million"), or "of the" right after it (a part of a whole: "$500 million of the
  price");
* two figures of one cited passage (one sentence, or two neighbouring sentences: ``PAIR_REACH``), of the same kind
  and unit as each other and as the claim's (a difference of two percentages is in percentage points), differ by
  exactly its value.

A figure that is not marked as a difference is never computed ("Corlen will pay $500 million in cash" stays a
wrong figure), and the difference must be exact (up to float noise): a writer who computes copies the result.
"""
from __future__ import annotations

import math
import re
from typing import Callable, Sequence

from topline.check.evidence import Doc
from topline.records import Figure

CUE_REACH = 4          # words after a figure in which a comparison word marks it as a difference ("3,300 more
                       # runners", "27 percentage points below"); set on eval4-eval6's computed analysis sentences
PAIR_REACH = 1         # the two figures stand in one sentence or in neighbouring ones (a passage's window)
REL_TOL = 1e-6
DIFFERENCE_CUES = frozenset("""more less fewer lower higher below above ahead behind outside inside under over
shorter longer smaller larger bigger greater faster slower cheaper dearer earlier later difference differ differs
differed gap short apart""".split())
# Ninth round: what is left of a whole is a difference too ("About 24,000 doses remain to be given" for 96,000 of
# 120,000 given), and a sum is marked by the words that add ("5,190 votes between them", "a combined 1,200
# staff", "in all"). Each is a way news prose says a figure was computed, not stated; set on eval7's rejected
# paraphrases (u0273, u0364), checked on every other part (no planted figure of the ten parts carries such a word
# next to a sum or difference of its passage).
REST_CUES = frozenset("remain remains remained remaining left outstanding".split())
SUM_CUES = frozenset("between together combined altogether total".split())
_WORDS = re.compile(r"[A-Za-z][A-Za-z'-]*")
# Words right before a figure that make it the size of a change: "by" ("rose by $2.8 trillion"), and (eleventh
# round, eval9's o0101: "Pellory gained about 700,000 active customers in a year" for "rose to 7.2 million from 6.5
# million") a verb of gain or loss, whose object is what was gained or lost, not a level.
_CHANGE_BEFORE = frozenset("by gained gains added adds lost loses shed sheds".split())
_HEDGES = frozenset("about around nearly almost some roughly just".split())


def marked_as_difference(claim: str, start: int, end: int) -> bool:
    """Whether the figure at ``claim[start:end]`` is marked as a difference by the words around it."""
    after = _WORDS.findall(claim[end:])[:CUE_REACH]
    before = _WORDS.findall(claim[:start])[-2:]
    if any(w.lower() in DIFFERENCE_CUES for w in after):
        return True
    if before and (before[-1].lower() in _CHANGE_BEFORE or (len(before) == 2 and before[0].lower() in _CHANGE_BEFORE
                                                            and before[1].lower() in _HEDGES)):
        return True
    return bool(re.match(r"\s+of\s+the\b", claim[end:], re.IGNORECASE))


def marked_as_sum(claim: str, start: int, end: int) -> bool:
    """Whether the figure at ``claim[start:end]`` is marked as a sum ("between them", "combined", "in all")."""
    after = [w.lower() for w in _WORDS.findall(claim[end:])[:CUE_REACH]]
    before = [w.lower() for w in _WORDS.findall(claim[:start])[-2:]]
    return any(w in SUM_CUES for w in after + before)


def marked_as_rest(claim: str, start: int, end: int) -> bool:
    """Whether the figure is what remains of a whole ("24,000 doses remain", "leaving 40 seats")."""
    return any(w.lower() in REST_CUES for w in _WORDS.findall(claim[end:])[:CUE_REACH])


def _elided(a: Figure, b: Figure, same_sentence: bool) -> tuple[Figure, Figure]:
    """A bare number beside a quantity or an amount in ONE sentence counts what it counts: its unit is left
    unsaid ("by 38 votes instead of the 52", "410 million euros, against a budget of 315 million")."""
    if not same_sentence:
        return a, b
    if a.kind == "number" and b.kind in ("quantity", "money"):
        return Figure(a.text, b.kind, a.value, b.unit), b
    if b.kind == "number" and a.kind in ("quantity", "money"):
        return a, Figure(b.text, a.kind, b.value, a.unit)
    return a, b


def _compatible(f: Figure, a: Figure, b: Figure) -> bool:
    if a.kind != b.kind or a.unit != b.unit:
        return False
    if f.kind == "percent":
        return f.unit == "pp" and a.kind == "percent"
    if f.kind in ("money", "quantity"):
        return a.kind == f.kind and a.unit == f.unit
    return f.kind == "number" and a.kind in ("number", "quantity")


def computed_difference(f: Figure, docs: Sequence[Doc], anchored: Callable[[Doc, int], bool] = lambda d, i: True,
                        add: bool = False) -> bool:
    """Whether two figures of one passage of ``docs`` differ by exactly ``f``'s value (with ``add``: add up to it;
    kinds and units agreeing, a unit left unsaid in one sentence read as its neighbour's), in a passage whose
    sentence ``anchored(doc, index)`` accepts (the figure rule's words in common)."""
    if f.kind == "date" or f.value <= 0:
        return False
    for d in docs:
        figs = d.figures
        for x in range(len(figs)):
            for y in range(x + 1, len(figs)):
                (i, a), (j, b) = figs[x], figs[y]
                a, b = _elided(a, b, i == j)
                if abs(i - j) > PAIR_REACH or not _compatible(f, a, b) or not (anchored(d, i) or anchored(d, j)):
                    continue
                value = a.value + b.value if add else abs(a.value - b.value)
                if math.isclose(value, f.value, rel_tol=REL_TOL, abs_tol=1e-9):
                    return True
    return False
