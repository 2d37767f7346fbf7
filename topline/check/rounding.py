"""Rule: a figure the writer rounded, and said so (ninth round of the claim-support check).

News prose rounds the figures it restates and marks the rounding with a hedge before the figure: "valued at nearly
$3 billion" (roughly $2.9 billion), "some 68 square kilometres" (6,800 hectares, 67.99...), "about 12%" (12.3%),
"more than 300 jobs" (310). The figure rule compares figures exactly, so eval7's rounded restatements were
rejected. A figure of the sentence is supported by a cited figure of the same kind and unit when

* a hedge stands right before it (``HEDGES``: "about", "nearly", "more than", ...);
* the cited figure rounds to it at the sentence figure's own precision (its last significant digit: "$3 billion"
  is precise to the billion, "2.9 billion" to the hundred million): the writer dropped digits, it did not change
  them;
* they differ by at most ``ROUND_REL`` of the sentence's figure (a rounding, not an order of magnitude: "about 300"
  is not 260);
* the hedge's side holds: "nearly", "almost", "just under", "less than", "under", "fewer than", "up to" need the
  cited figure at or below the sentence's ("nearly $3 billion" for $2.9 billion); "more than", "over", "above",
  "at least" at or above it; "about", "around", "roughly", "some", "approximately", "an estimated" either side.

A figure with no hedge is still compared exactly (a wrong figure is a wrong figure), and the context and anchor
checks of the figure rule apply to a rounded figure as to any other.
"""
from __future__ import annotations

import math
import re

from topline.records import Figure

ROUND_REL = 0.05   # a rounding moves a figure by at most this share of it (eval7: "nearly $3 billion" for $2.9
                   # billion is 3.3 %; "some 68 square kilometres" for 6,800 hectares 0 %); no planted wrong figure
                   # of the ten parts is within 5 % of its source and marked by a hedge
BELOW = ("nearly", "almost", "just under", "less than", "under", "fewer than", "up to", "close to", "just below")
ABOVE = ("more than", "over", "at least", "just over", "upwards of", "in excess of")
EITHER = ("about", "around", "roughly", "some", "approximately", "an estimated", "circa")
_HEDGE = re.compile(r"(?:^|\W)(" + "|".join(re.escape(h) for h in sorted(BELOW + ABOVE + EITHER, key=len,
                                                                           reverse=True)) + r")\s*$", re.IGNORECASE)


def hedge_before(claim: str, start: int) -> str | None:
    """The hedge written right before the figure at ``claim[start:]`` ("nearly", "more than"), lower-cased."""
    m = _HEDGE.search(claim[max(0, start - 24):start])
    return m.group(1).lower() if m else None


def _step(value: float) -> float:
    """The place of a figure's last significant digit: 3e9 -> 1e9, 2.9e9 -> 1e8, 12 -> 1, 6.5 -> 0.1."""
    digits = f"{abs(value):.10e}".split("e")[0].replace(".", "").rstrip("0") or "0"
    return 10 ** (math.floor(math.log10(abs(value))) - (len(digits) - 1))


def rounded_to(f: Figure, g: Figure, hedge: str | None) -> bool:
    """Whether the sentence's hedged figure ``f`` is the cited figure ``g`` rounded (kinds and units agreeing)."""
    if f.kind == "date" or g.kind != f.kind or g.unit != f.unit:
        return False
    return rounds_to(f.value, g.value, hedge)


def rounds_to(mine: float, theirs: float, hedge: str | None) -> bool:
    """Whether a value ``theirs`` (stated or computed) written with ``hedge`` is ``mine``, rounded as outlets round:
    at ``mine``'s last significant digit, half up (or towards the hedge's side), within ``ROUND_REL``."""
    if hedge is None or mine <= 0 or theirs <= 0:
        return False
    if abs(theirs - mine) > ROUND_REL * mine:
        return False
    if hedge in BELOW and theirs > mine * (1 + 1e-9):
        return False
    if hedge in ABOVE and theirs < mine * (1 - 1e-9):
        return False
    step = _step(mine)
    return math.isclose(math.floor(theirs / step + 0.5 + 1e-9) * step, mine, rel_tol=1e-9) or (   # half up
        hedge in BELOW + ABOVE and math.isclose((math.ceil if hedge in BELOW else math.floor)(theirs / step) * step,
                                                mine, rel_tol=1e-9))
