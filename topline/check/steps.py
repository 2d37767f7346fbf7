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

The round after support20 (support21) read the computed shapes eval18 still rejected and added:

* **a sum of named terms whose unit a list leaves unsaid**: "Porto Real and Vilanova together handled 10.4 million
  passengers" (14.6 million passengers in all; "Porto Real, carried 6.1 million of them; Vilanova, ..., 4.3
  million"), and one term the passage itself marks as a sum ("its three smaller airports 4.2 million together");
  each term stated right after a name or words the claim names (``named_sum``);
* **the rest of a whole other than a list of named parts**: "335 buses to countries other than Germany, Poland and
  Italy" (1,240 delivered; Germany 410, Poland 305, Italy 190: ``rest_of_listed``);
* **"further than", "farther than"** after the figure: a difference, as ``computed.DIFFERENCE_CUES`` mark one
  ("9 metres further than Talley's": 61 and 52 metres);
* **a period told in months**: "the first six months" is the first half, "the first three months" the first
  quarter, "the first nine months" the first three quarters (``period_in_months``), when a cited sentence that
  names the equivalent period also states the claim's other figure.
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
    SUM_CUES,
    adjectival_money,
    computed_difference,
    marked_as_sum,
)
from topline.check.evidence import Doc, stem, stems_of
from topline.check.complements import rest_of_share
from topline.check.majorities import majority_told
from topline.check.rounding import rounds_to
from topline.enrich.figures import extract_figures
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


# support21: the shapes eval18 (calibration since its first measurement) still rejected among computed figures.
_FURTHER_THAN = re.compile(r"^\W*(?:[\w'-]+\W+){0,%d}?(?:further|farther)\s+than\b" % (CUE_REACH - 1), re.IGNORECASE)
_OTHER_THAN_AFTER = re.compile(
    r"^\W*(?:[\w'-]+\W+){0,%d}?(?:other\s+than|except|besides|excluding)\s+(?P<list>[^.;:]+)" % (CUE_REACH - 1),
    re.IGNORECASE,
)
_CAPITAL = re.compile(r"\b[A-Z][\w&'-]*")
_NOT_PARTS = frozenset(
    "the a an its their his her and or january february march april may june july august september october "
    "november december".split()
)
SUM_TERMS_MAX = 3  # a sum "between them" adds at most this many named terms of one sentence (two airports, three
# regions); set on eval18's n0265 (two terms)
_MONTHS_AS = {
    # "the first N months" told as the part of the year a passage names (eval18's n0057, n0138)
    3.0: re.compile(r"\bfirst[\s-]+quarter\b|\bQ1\b", re.IGNORECASE),
    6.0: re.compile(r"\bfirst[\s-]+half\b|\bH1\b", re.IGNORECASE),
    9.0: re.compile(r"\bfirst\s+three\s+quarters\b|\bJanuary\s+(?:to|through|and)\s+September\b", re.IGNORECASE),
}
_FIRST_BEFORE = re.compile(r"\bfirst\s+$", re.IGNORECASE)


def _anchored_figures(docs, anchored):  # noqa: ANN001, ANN202 - Doc sequence and the anchoring test
    """Each anchored sentence of the cited documents that states figures: (doc, index, sentence, its figures with
    their positions)."""
    for d in docs:
        for i in {k for k, _ in d.figures}:
            if anchored(d, i):
                yield d, i, d.sentences[i], _positioned(d, i)


def _positioned(d: Doc, i: int) -> list[tuple[int, int, Figure]]:
    """The figures of sentence ``i`` of ``d`` with their spans, in order."""
    out = []
    for k, g in d.figures:
        if k == i:
            span = _source_span(d.sentences[i], g)
            if span:
                out.append((span[0], span[1], adjectival_money(g, d.sentences[i])))
    return sorted(out, key=lambda t: t[0])


def _named_by(sentence: str, lo: int, hi: int, claim_stems: AbstractSet[str]) -> frozenset[str]:
    """The claim's stems among the words of ``sentence[lo:hi]`` (what a figure of a list is stated of: "Porto Real,
    carried 6.1 million"; "; Vilanova, the second-busiest, 4.3 million")."""
    return frozenset(stems_of(sentence[lo:hi]) & claim_stems)


def _unit_given(d: Doc, i: int, g: Figure, f: Figure) -> bool:
    """Whether ``g`` counts what ``f`` counts: the same kind and unit, or a bare number in a passage (within
    ``PAIR_REACH`` sentences) that states a figure of ``f``'s kind and unit ("14.6 million passengers ... Porto Real,
    carried 6.1 million of them")."""
    if g.kind == f.kind and g.unit == f.unit:
        return True
    return g.kind == "number" and any(
        abs(k - i) <= PAIR_REACH and h.kind == f.kind and h.unit == f.unit
        for k, h in ((k, adjectival_money(h, d.sentences[k])) for k, h in d.figures)
    )


def named_sum(
    f: Figure, docs: Sequence[Doc], anchored: Callable[[Doc, int], bool], claim_stems: frozenset[str]
) -> bool:
    """Whether ``f`` (marked as a sum by the claim) is the exact sum of two to ``SUM_TERMS_MAX`` figures of one
    anchored sentence, each stated after words the claim names that the others' do not; or one figure the passage
    itself marks as a sum ("its three smaller airports 4.2 million together"), stated after words the claim names.
    A term may leave its unit to the passage (``_unit_given``)."""
    if f.kind not in ("money", "quantity") or f.value <= 0:
        return False
    for d, i, sentence, figs in _anchored_figures(docs, anchored):
        terms = []
        for n, (a, b, g) in enumerate(figs):
            if g.value <= 0 or not _unit_given(d, i, g, f):
                continue
            named = _named_by(sentence, figs[n - 1][1] if n else 0, a, claim_stems)
            if named:
                terms.append((b, g, named))
        for b, g, named in terms:
            after = {w.lower() for w in _WORDS.findall(sentence[b:])[:CUE_REACH]}
            if after & SUM_CUES and math.isclose(g.value, f.value, rel_tol=REL_TOL):
                return True
        for size in range(2, SUM_TERMS_MAX + 1):
            for pick in _combinations(terms, size):
                if not math.isclose(sum(g.value for _, g, _ in pick), f.value, rel_tol=REL_TOL):
                    continue
                if all(
                    named - frozenset().union(*(o for _, _, o in pick if o is not named)) for _, _, named in pick
                ):
                    return True
    return False


def _combinations(items: list, size: int) -> list[tuple]:
    if size == 0:
        return [()]
    return [(items[n],) + rest for n in range(len(items)) for rest in _combinations(items[n + 1 :], size - 1)]


def rest_of_listed(f: Figure, claim: str, end: int, docs: Sequence[Doc], anchored: Callable[[Doc, int], bool]) -> bool:
    """Whether ``f``, followed by "other than" and a list of names ("335 buses to countries other than Germany,
    Poland and Italy"), is a whole less the figure stated right after each name in one passage ("Germany ... 410
    buses, followed by Poland with 305 and Italy with 190"; the whole, 1,240, within ``PAIR_REACH`` sentences)."""
    m = _OTHER_THAN_AFTER.match(claim[end:])
    if not m or f.kind not in ("number", "quantity", "money") or f.value <= 0:
        return False
    names = [w for w in _CAPITAL.findall(m.group("list")) if w.lower() not in _NOT_PARTS]
    if not names:
        return False
    for d in docs:
        parts: dict[str, tuple[int, Figure]] = {}
        for name in names:
            for i, sentence in enumerate(d.sentences):
                at = re.search(r"\b%s\b" % re.escape(name), sentence)
                nxt = [t for t in _positioned(d, i) if at and t[0] >= at.end()] if at else []
                if nxt and _counts_alike(nxt[0][2], f):
                    parts[name] = (i, nxt[0][2])
                    break
        if len(parts) != len(names):
            continue
        rows = {i for i, _ in parts.values()}
        if max(rows) - min(rows) > PAIR_REACH or not any(anchored(d, i) for i in rows):
            continue
        total = f.value + sum(g.value for _, g in parts.values())
        for k, g in d.figures:
            g = adjectival_money(g, d.sentences[k])
            if all(abs(k - i) <= PAIR_REACH for i in rows) and _counts_alike(g, f):
                if math.isclose(g.value, total, rel_tol=REL_TOL):
                    return True
    return False


def period_in_months(
    f: Figure, claim: str, start: int, docs: Sequence[Doc], anchored: Callable[[Doc, int], bool]
) -> bool:
    """Whether ``f`` is "six months" of "the first six months" (three, nine) and an anchored cited sentence names
    the part of the year it is ("the first half") and states the claim's other figure, when it has one."""
    told = _MONTHS_AS.get(float(f.value))
    if f.kind != "quantity" or f.unit != "month" or told is None or not _FIRST_BEFORE.search(claim[:start]):
        return False
    others = [g.value for g in extract_figures(claim) if g.kind != "date" and g.text != f.text]
    for d in docs:
        for i, sentence in enumerate(d.sentences):
            if not told.search(sentence) or not anchored(d, i):
                continue
            values = [g.value for k, g in d.figures if k == i]
            if not others or any(math.isclose(v, o, rel_tol=REL_TOL) for v in values for o in others):
                return True
    return False


# A part of the year told in quarters: a claim's figure for one part that two figures of one cited sentence give
# by adding or taking away ("a second-quarter net profit of 412 million pounds ..., taking its profit for the first
# half to 790 million pounds": 378 million "in the first quarter"; eval18's n0038).
_PART_OF_YEAR = re.compile(
    r"\b(?P<ord>first|second|third|fourth)[\s-]+(?P<part>quarter|half)\b|\bfirst\s+(?P<months>three|six|nine)\s+months\b",
    re.IGNORECASE,
)
_ORDINAL = {"first": 1, "second": 2, "third": 3, "fourth": 4}
_MONTHS_QUARTERS = {"three": 1, "six": 2, "nine": 3}
ATTACH_CHARS = 40  # a part of the year within this many characters of a figure (no other figure, comma or
# semicolon between) is its period, as ``periods.ATTACH_CHARS`` reads periods (set on eval6)


def _quarters(m: re.Match[str]) -> frozenset[int]:
    if m.group("months"):
        return frozenset(range(1, _MONTHS_QUARTERS[m.group("months").lower()] + 1))
    n = _ORDINAL[m.group("ord").lower()]
    if m.group("part").lower() == "quarter":
        return frozenset({n})
    return frozenset({1, 2}) if n == 1 else frozenset({3, 4}) if n == 2 else frozenset()


def _part_of_year(text: str, start: int, end: int, lo: int, hi: int) -> frozenset[int]:
    """The quarters of the part of the year next to ``text[start:end]`` (between ``lo`` and ``hi``, the
    neighbouring figures), or an empty set."""
    best: tuple[int, frozenset[int]] | None = None
    for m in _PART_OF_YEAR.finditer(text):
        if m.start() >= end and m.end() <= hi and m.start() - end <= ATTACH_CHARS:
            gap, between = m.start() - end, text[end : m.start()]
        elif m.end() <= start and m.start() >= lo and start - m.end() <= ATTACH_CHARS:
            gap, between = start - m.end(), text[m.end() : start]
        else:
            continue
        if not re.search(r"[;,]", between) and (best is None or gap < best[0]):
            best = (gap, _quarters(m))
    return best[1] if best else frozenset()


def parts_of_year(
    f: Figure, claim: str, span: tuple[int, int], docs: Sequence[Doc], anchored: Callable[[Doc, int], bool]
) -> bool:
    """Whether ``f``, given for a part of the year, is the sum or difference of two figures of its kind that one
    anchored cited sentence gives for two parts of the year that make up, or leave, the claim's part."""
    mine = _part_of_year(claim, span[0], span[1], 0, len(claim))
    if not mine or f.kind not in ("money", "quantity", "number") or f.value <= 0:
        return False
    for d, i, sentence, figs in _anchored_figures(docs, anchored):
        told = []
        for n, (a, b, g) in enumerate(figs):
            if g.kind != f.kind or g.unit != f.unit:
                continue
            lo = figs[n - 1][1] if n else 0
            hi = figs[n + 1][0] if n + 1 < len(figs) else len(sentence)
            part = _part_of_year(sentence, a, b, lo, hi)
            if part:
                told.append((part, g.value))
        for x, (pa, va) in enumerate(told):
            for pb, vb in told[x + 1 :]:
                if not pa & pb and pa | pb == mine and math.isclose(va + vb, f.value, rel_tol=REL_TOL):
                    return True
                for (big, vbig), (small, vsmall) in (((pa, va), (pb, vb)), ((pb, vb), (pa, va))):
                    if (
                        small < big
                        and big - small == mine
                        and math.isclose(vbig - vsmall, f.value, rel_tol=REL_TOL)
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
    if f.kind == "number" and fraction_of_counts(claim, start, docs, anchored):
        return True
    if (marked_as_sum(claim, start, end) or marked_as_total(claim, end)) and named_sum(f, docs, anchored, claim_stems):
        return True
    if _FURTHER_THAN.match(claim[end:]) and computed_difference(f, docs, anchored, reach=MARKED_REACH):
        return True
    if rest_of_listed(f, claim, end, docs, anchored) or period_in_months(f, claim, start, docs, anchored):
        return True
    if majority_told(f, claim, span, docs, anchored):   # "a majority of seven votes": 31 to 24 (support39)
        return True
    if rest_of_share(f, claim, span, docs, anchored):   # "Kyonmi Cells 40%": "Kyonmi Cells, the rest" (support39)
        return True
    return parts_of_year(f, claim, span, docs, anchored)
