"""Rule: a figure one arithmetic step away from figures of one cited passage, the step named by the claim's words
(the round after support19 of the claim-support check, issue 10).

``computed.py`` supports a difference a comparison word marks, a sum "together" or "combined" marks, and what a
hedged figure rounds; the fresh parts still rejected faithful sentences whose figure the writer computed in one step
and whose words say which step (read over the twenty parts' faithful rejections with a "not stated" figure reason,
benchmarks/RESULTS.md):

* **points between two percentages**: "Valtair's load factor fell 2.7 percentage points" (81.3% down from 84%),
  "17 points fuller" (86% against 69%), "1.1 points above the bank's target" (3.1% against a 2% target), "0.17
  percentage points tighter" (1.18 percentage points against "the 1.35 points"): the unit "points" says a difference
  of two percentages (or of two figures told in points), whatever verb stands before it;
* **a sum "in all"** or a sentence that opens with "Together" ("2 billion dollars in all": 1.5 billion and 500
  million), and shares of one whole added up ("Together Brantley's and Fairmart hold 46%": 19% and 27%, each
  stated right after a name the claim names);
* **a count times an amount "in all"**: "swam 110 metres in all" (two lengths of a 55-metre trench);
* **the rest "other than" a part**: "Sales other than online came to about 710 million pounds" (1.12 billion
  pounds in all, 410 million online);
* **a fraction word as a share of two counts**: "about two thirds of the stores to be sold" (31 of 46 stores).

Each step is exact (a computed sum or difference is copied as computed) or rounds to the claim's figure as
``rounding.rounds_to`` allows after a hedge; a fraction word is a share within ``FRACTION_TOL``. A figure the words do
not mark is never computed here, and a wrong sum or difference is still "not stated". (A right sum or difference of
the wrong two figures of one kind still passes, as with ``computed.py``'s comparison and sum words: RESULTS.md.)
"""

from __future__ import annotations

import math
import re
from typing import AbstractSet, Callable, Sequence

from topline.check.clauses import clause_context
from topline.check.computed import (
    AVERAGE_MAX_COUNT,
    CUE_REACH,
    MARKED_REACH,
    PAIR_REACH,
    adjectival_money,
    computed_difference,
)
from topline.check.evidence import Doc, stem, stems_of
from topline.check.rounding import rounds_to
from topline.records import Figure

REL_TOL = 1e-6
# A fraction word states a share to within this part of it: "about two thirds" for 31 of 46 (0.674 against 0.667, 1 %
# off); a quarter for a third is 25 % off. Set on the twenty parts' fraction-word paraphrases (eval17's b0238).
FRACTION_TOL = 0.05
PERCENT_WHOLE = 100.0  # shares of one whole add up to at most this

_WORDS = re.compile(r"[A-Za-z][A-Za-z'-]*")
_POINTS_AFTER = re.compile(r"\s+(?:percentage\s+)?points?\b", re.IGNORECASE)
_IN_ALL = re.compile(r"^\W*(?:\w+\W+){0,%d}?in\s+(?:all|total)\b" % (CUE_REACH - 1), re.IGNORECASE)
_OPENS_TOGETHER = re.compile(r"^\W*(?:together|combined|between\s+them)\b", re.IGNORECASE)
_OTHER_THAN = re.compile(r"\b(?:other\s+than|besides)\b", re.IGNORECASE)
_FRACTION = re.compile(
    r"\b(?P<n>a|one|two|three|four|five|seven|nine)[\s-]+(?P<d>halves|half|thirds?|quarters?|"
    r"fifths?|tenths?)\s+of\b",
    re.IGNORECASE,
)
_NUMERATORS = {"a": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "seven": 7, "nine": 9}
_DENOMINATORS = {
    "half": 2,
    "halves": 2,
    "third": 3,
    "thirds": 3,
    "quarter": 4,
    "quarters": 4,
    "fifth": 5,
    "fifths": 5,
    "tenth": 10,
    "tenths": 10,
}


def as_points(f: Figure, sentence: str, end: int) -> Figure:
    """A bare number followed by "points" ("17 points fuller", "the 1.35 points it first indicated") is a
    difference in percentage points."""
    if f.kind == "number" and _POINTS_AFTER.match(sentence, end):
        return Figure(f.text, "percent", f.value, "pp")
    return f


def _matches(mine: float, value: float, hedge: str | None) -> bool:
    return value > 0 and (math.isclose(value, mine, rel_tol=REL_TOL, abs_tol=1e-9) or rounds_to(mine, value, hedge))


def _source_span(sentence: str, g: Figure) -> tuple[int, int] | None:
    at = sentence.find(g.text)
    return None if at < 0 else (at, at + len(g.text))


def _in_points(g: Figure, sentence: str) -> Figure:
    span = _source_span(sentence, g)
    return as_points(g, sentence, span[1]) if span else g


def points_between(f: Figure, docs: Sequence[Doc], anchored: Callable[[Doc, int], bool], hedge: str | None) -> bool:
    """Whether ``f`` (in percentage points) is the difference of two percentages, or of two figures in points, of
    one anchored passage (within ``PAIR_REACH`` sentences)."""
    if f.kind != "percent" or f.unit != "pp" or f.value <= 0:
        return False
    # the value stated as a percentage in an anchored passage is that percentage told in the wrong unit ("revenue
    # rose 18 percentage points" where it "rose 18%"), not a difference that happens to equal it (57% against 39%):
    # eval7's planted u0099, passed by a first version
    if any(
        g.kind == "percent" and g.unit == "%" and math.isclose(g.value, f.value, rel_tol=REL_TOL) and anchored(d, i)
        for d in docs
        for i, g in d.figures
    ):
        return False
    for d in docs:
        figs = [(i, _in_points(g, d.sentences[i])) for i, g in d.figures if g.kind in ("percent", "number")]
        figs = [(i, g) for i, g in figs if g.kind == "percent"]
        for x, (i, a) in enumerate(figs):
            for j, b in figs[x + 1 :]:
                if abs(i - j) > PAIR_REACH or a.unit != b.unit or not (anchored(d, i) or anchored(d, j)):
                    continue
                if _matches(f.value, abs(a.value - b.value), hedge):
                    return True
    return False


def marked_as_total(claim: str, end: int) -> bool:
    """ "in all" or "in total" within ``CUE_REACH`` words after the figure, or a sentence that opens "Together",
    "Combined", "Between them"."""
    return bool(_IN_ALL.match(claim[end:]) or _OPENS_TOGETHER.match(claim))


def _clause_named(sentence: str, g: Figure, claim_stems: AbstractSet[str]) -> bool:
    """Whether the clause that states ``g`` (its own unit word included: "46 stores") shares a word with the claim."""
    span = _source_span(sentence, g)
    return span is not None and bool((clause_context(sentence, *span) | stems_of(g.text)) & claim_stems)


_NAME_BEFORE = re.compile(r"([A-Z][\w&-]*)(?:'s|’s)?\W+(?:[a-z]+\W+){0,2}$")


def _owner(sentence: str, g: Figure) -> str | None:
    """The stem of the name right before the figure ("Brantley's holds 19%", "Fairmart 27%"): whose share it is."""
    span = _source_span(sentence, g)
    m = _NAME_BEFORE.search(sentence[max(0, span[0] - 40) : span[0]]) if span else None
    return stem(m.group(1).lower()) if m else None


def sum_of_shares(
    f: Figure, docs: Sequence[Doc], anchored: Callable[[Doc, int], bool], claim_stems: frozenset[str]
) -> bool:
    """Whether ``f`` (a percentage) is the sum of two shares one anchored sentence states, each after a name the
    claim names ("Brantley's holds 19% of the grocery market, Fairmart 27% and Lidore 9%": "Together Brantley's and
    Fairmart hold 46%"; not 28%, which is Brantley's and Lidore's: a first version read the clause's words, which
    the three shares have in common)."""
    if f.kind != "percent" or f.unit != "%" or not 0 < f.value <= PERCENT_WHOLE:
        return False
    for d in docs:
        figs = [(i, g) for i, g in d.figures if g.kind == "percent" and g.unit == "%" and anchored(d, i)]
        for x, (i, a) in enumerate(figs):
            for j, b in figs[x + 1 :]:
                if i != j or not math.isclose(a.value + b.value, f.value, rel_tol=REL_TOL, abs_tol=1e-9):
                    continue
                owners = {_owner(d.sentences[i], a), _owner(d.sentences[i], b)}
                if None not in owners and len(owners) == 2 and owners <= claim_stems:
                    return True
    return False


def count_times_amount(f: Figure, docs: Sequence[Doc], anchored: Callable[[Doc, int], bool], hedge: str | None) -> bool:
    """Whether ``f`` (a quantity or an amount) is a bare count (2 to ``AVERAGE_MAX_COUNT``) times a quantity or
    amount of its unit stated within ``PAIR_REACH`` sentences of it ("two lengths of a 55-metre trench": 110
    metres in all)."""
    if f.kind not in ("quantity", "money") or f.value <= 0:
        return False
    for d in docs:
        figs = [(i, adjectival_money(g, d.sentences[i])) for i, g in d.figures]
        for i, n in figs:
            if n.kind != "number" or not float(n.value).is_integer() or not 2 <= n.value <= AVERAGE_MAX_COUNT:
                continue
            for j, q in figs:
                if abs(i - j) > PAIR_REACH or q.kind != f.kind or q.unit != f.unit:
                    continue
                if (anchored(d, i) or anchored(d, j)) and _matches(f.value, n.value * q.value, hedge):
                    return True
    return False


def _counts_alike(a: Figure, b: Figure) -> bool:
    """Two counts of one thing: the same kind and unit, or a bare number beside a count ("31 Pelcroft supermarkets",
    "46 stores")."""
    if a.kind == b.kind and a.unit == b.unit:
        return True
    return {a.kind, b.kind} == {"number", "quantity"}


def fraction_of_counts(claim: str, start: int, docs: Sequence[Doc], anchored: Callable[[Doc, int], bool]) -> bool:
    """Whether the number at ``claim[start:]`` opens a fraction word ("two thirds of") that the part and the whole
    of two counts of one anchored passage give (within ``PAIR_REACH`` sentences, counts of one thing, the part
    stated in a clause that shares a word with what the claim puts before the fraction and the whole with what it
    puts after: a fraction near some ratio of two unrelated figures is no share)."""
    m = _FRACTION.match(claim, start)
    if not m:
        return False
    share = _NUMERATORS[m.group("n").lower()] / _DENOMINATORS[m.group("d").lower()]
    if share >= 1:
        return False
    for d in docs:
        figs = [(i, g) for i, g in d.figures if g.kind in ("number", "quantity", "money") and g.value > 0]
        for x, (i, a) in enumerate(figs):
            for j, b in figs[x + 1 :]:
                if abs(i - j) > PAIR_REACH or not _counts_alike(a, b) or a.value == b.value:
                    continue
                if not (anchored(d, i) or anchored(d, j)):
                    continue
                if abs(min(a.value, b.value) / max(a.value, b.value) - share) > FRACTION_TOL * share:
                    continue
                (pi, part), (wi, whole) = ((i, a), (j, b)) if a.value < b.value else ((j, b), (i, a))
                # the part stated of what the claim puts before the fraction ("Pelcroft supermarkets make up"),
                # the whole of what it puts after it ("of the stores to be sold"): 15 of Morvane's own stores
                # are not the Pelcroft share
                if _clause_named(d.sentences[pi], part, stems_of(claim[:start]) or stems_of(claim)) and _clause_named(
                    d.sentences[wi], whole, stems_of(claim[m.end() :])
                ):
                    return True
    return False


def computed_step(
    f: Figure,
    claim: str,
    span: tuple[int, int],
    docs: Sequence[Doc],
    anchored: Callable[[Doc, int], bool],
    hedge: str | None,
    claim_stems: frozenset[str],
) -> bool:
    """Whether the claim's figure ``f`` at ``claim[span[0]:span[1]]`` is one step, named by the claim's words, from
    figures of one cited passage (see the module's docstring)."""
    start, end = span
    if f.kind == "date":
        return False
    points = as_points(f, claim, end)
    if points.unit == "pp" and points_between(points, docs, anchored, hedge):
        return True
    if marked_as_total(claim, end):
        if f.kind in ("money", "quantity", "number") and computed_difference(
            f, docs, anchored, add=True, reach=MARKED_REACH
        ):
            return True
        if sum_of_shares(f, docs, anchored, claim_stems) or count_times_amount(f, docs, anchored, hedge):
            return True
    before = claim[:start]
    if (
        f.kind in ("money", "quantity", "number")
        and _OTHER_THAN.search(before)
        and computed_difference(f, docs, anchored, reach=PAIR_REACH)
    ):
        return True
    return f.kind == "number" and fraction_of_counts(claim, start, docs, anchored)
