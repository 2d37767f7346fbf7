"""A rate the writer computed: a figure "a year" (a month, a week, a day) that is a cited total spread over the
stretch of time the cited passage gives it, or a cited rate told per another unit of time (issue 10, support44).

"Wydmoor plans to spend about 180 million pounds a year on storm tanks" for "Wydmoor would spend 900 million pounds
over five years on storm tanks"; "The contract is worth about 21.7 million pounds a year on average" for "Verrick
Lifts has won a 12-year contract ... The contract is worth about 260 million pounds"; "replaced ... at a rate of
about 750 a year" for "replaced about 3,000 street lights ... over four years"; "could filter up to 1,400 litres of
water a week" for "could filter up to 200 litres of water a day". ``averages.average_told`` divides a total by a
count of its own sentence only where the claim marks an average ("each", "per", "on average"); a figure told "a
year" is a rate the same way, and the stretch of time of a contract or a plan is often told in the sentence before
its value (a headline's "seven-year contract", the lead's "worth 1.2 billion dollars"). Such faithful paraphrases
of the calibration parts were rejected as "'180 million pounds' not stated" (eval11, eval15, eval27, eval29, eval31).

The claim's figure must be followed by "a", "an", "per" or "every" and a unit of time (the rate's unit); the total
is a figure of the same kind and unit in an anchored cited sentence, larger than the claim's; the stretch is a span
of time ("five years", "12-year") in that sentence or in one right before or after it. The total over the stretch,
in the rate's unit (the calendar's ratios, ``spelled.TIME_DAYS``), must equal the claim's figure or round to it
after a hedge (``rounding.rounds_to``); a cited rate ("200 litres a day") converted to the claim's unit likewise.
A planted wrong figure ("about 200 million pounds a year" against 900 million over five years) is no such quotient
and stays rejected.
"""
from __future__ import annotations

import re
from typing import Callable, Sequence

from topline.check.evidence import Doc
from topline.check.rounding import rounds_to
from topline.check.spelled import TIME_DAYS
from topline.records import Figure

REL_TOL = 1e-6
STRETCH_REACH = 1   # sentences either side of the total's in which the stretch of time may be told
_RATE_AFTER = re.compile(r"\s+(?:of\s+[a-z]+(?:\s+[a-z]+)?\s+)?(?:a|an|per|every)\s+(second|minute|hour|day|week|"
                         r"fortnight|month|year)\b", re.IGNORECASE)


def rate_unit(text: str, end: int) -> str | None:
    """The unit of time of a rate told right after a figure ending at ``end`` ("180 million pounds a year",
    "1,400 litres of water a week"), or None."""
    m = _RATE_AFTER.match(text, end)
    return m.group(1).lower() if m else None


def rate_told(f: Figure, claim: str, span: tuple[int, int], hedge: str | None, docs: Sequence[Doc],
              anchored: Callable[[Doc, int], bool]) -> bool:
    """Whether the claim's figure ``f`` (at ``span``), told per a unit of time, is a total of an anchored cited
    sentence over a stretch of time told there or next to it, or a cited rate per another unit of time."""
    unit = rate_unit(claim, span[1])
    if unit is None or f.kind not in ("money", "number", "quantity") or f.value <= 0:
        return False
    per_days = TIME_DAYS[unit]
    for d in docs:
        sentences: dict[int, list[Figure]] = {}
        for i, g in d.figures:
            sentences.setdefault(i, []).append(g)
        for i, figs in sentences.items():
            if not anchored(d, i):
                continue
            for g in figs:
                if g.kind != f.kind or g.unit != f.unit or g.value <= 0:
                    continue
                at = d.sentences[i].find(g.text)
                theirs = rate_unit(d.sentences[i], at + len(g.text)) if at >= 0 else None
                if theirs is not None:       # a cited rate per another unit of time
                    if theirs != unit and _equal(f.value, g.value * per_days / TIME_DAYS[theirs], hedge):
                        return True
                    continue
                if g.value <= f.value:
                    continue
                for j in range(max(0, i - STRETCH_REACH), min(len(d.sentences), i + STRETCH_REACH + 1)):
                    for s in sentences.get(j, ()):
                        days = _stretch_days(s)
                        if days and days > per_days and _equal(f.value, g.value * per_days / days, hedge):
                            return True
    return False


def _stretch_days(g: Figure) -> float:
    """The length in days of a span of time the figure ``g`` tells ("five years", "12-year"), or 0."""
    if g.kind != "quantity" or g.unit not in TIME_DAYS or g.value <= 0:
        return 0.0
    return g.value * TIME_DAYS[g.unit]


def _equal(mine: float, theirs: float, hedge: str | None) -> bool:
    return abs(mine - theirs) <= REL_TOL * mine or rounds_to(mine, theirs, hedge)
