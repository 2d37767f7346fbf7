"""Rule readings: a figure a faithful sentence takes from ONE cited sentence in one step that sentence itself names
(support43, issue 10 item 6).

Read over the faithful paraphrases the figure rule rejected with a number reason alone on the 33 calibration parts
(benchmarks/RESULTS.md, support43's section); each shape below was rejected as "not stated":

* **a part from a whole and its share** (``share_part``): "The service has 7.2 million subscribers in Britain, 45%
  of them on the plan with adverts" / "About 3.2 million ... are on the plan with adverts"; "sold 412,000 cars last
  year, 18% of them electric" / "about 74,000 electric cars"; "about 38% of it came from three large cloud companies";
  "about 15% of the fund's 46 billion euros"; "about a third of its 410 stores" / "About 137". The share refers to
  the whole in the sentence itself: "of them", "of it", "of which" after a level that stands before it, or "of" and
  at most ``WHOLE_REACH`` words and then the level. The claim's figure is that part, exactly or rounded after a hedge
  (``rounding.rounds_to``), and shares a word with the share's own clause (what the part is: "electric", "adverts");
* **the whole of "N other" competitors** (``others_whole``): "beating 255 other players" / "There were 256 players";
  the claim's figure is N + 1 and names the noun after "other";
* **the midpoint of a range** (``midpoint``): "a forecast of between 610 million and 640 million pounds" / "The
  midpoint of Tallowby's profit forecast is 625 million pounds": only where the claim says "midpoint";
* **the rest of a whole a cited sentence splits** (``rest_part``): "The work cost 620,000 pounds, of which a heritage
  grant paid 450,000 pounds and local people raised the rest" / "Local people raised 170,000 pounds"; "the government
  is paying 300 million euros of the cost and the ferry company the rest" (the 840 million euro contract two
  sentences before). The claim's figure is the whole less the figure right before "the rest", the whole a larger
  figure of its kind within ``computed.DERIVED_REACH`` sentences, and the claim names the party of the rest (the words
  after the last "and" before "the rest", or after it: "in back-office roles");
* **"N more" of a unit** (``more_units``): "for ten more years" states ten years ("for another ten years"): the
  figure reader leaves "ten" a bare number there, which a quantity of years could not match.

A planted wrong figure is another value: none of these readings accepts a value the cited sentence does not give
in that one step (the rows each reading fires on are listed in RESULTS).
"""
from __future__ import annotations

import math
import re
from typing import Callable, Sequence

from topline.check.clauses import clause_context
from topline.check.computed import DERIVED_REACH, adjectival_money
from topline.check.evidence import Doc, stem, stems_of
from topline.check.rounding import rounds_to
from topline.enrich.figures import parse_number
from topline.records import Figure

# Words between a share's "of" and the whole it is of: "15% of the fund's 46 billion euros" (2), "a third of its 410
# stores" (1). Set on the calibration rows above; 3 leaves room for one modifier more ("of the group's own 46").
WHOLE_REACH = 3
_BACK_REF = re.compile(r"\s+of\s+(?:them|it|those|these|which|whom)\b", re.IGNORECASE)
_OF_WORDS = re.compile(r"\s+of\s+((?:[\w'-]+\s+){0,%d})" % WHOLE_REACH, re.IGNORECASE)
_FRACTION = re.compile(r"\b(?:(?P<n>a|one|two|three)[\s-]+)?(?P<d>half|thirds?|quarters?|fifths?|tenths?)(?=\s+of\b)",
                       re.IGNORECASE)
_NUMERATORS = {"a": 1, "one": 1, "two": 2, "three": 3}
_DENOMINATORS = {"half": 2, "third": 3, "thirds": 3, "quarter": 4, "quarters": 4, "fifth": 5, "fifths": 5,
                 "tenth": 10, "tenths": 10}
LEVEL_KINDS = ("money", "number", "quantity")
_REL = 1e-6


def _same(a: float, b: float) -> bool:
    return math.isclose(a, b, rel_tol=_REL, abs_tol=1e-9)


def _kinds_agree(f: Figure, g: Figure) -> bool:
    if f.kind == "money" or g.kind == "money":
        return f.kind == g.kind and f.unit == g.unit
    return f.kind in ("number", "quantity") and g.kind in ("number", "quantity") and \
        (not f.unit or not g.unit or f.unit == g.unit)


def figure_spans(sentence: str, figs: Sequence[Figure]) -> list[tuple[int, int] | None]:
    """Where each figure stands in ``sentence`` (in order; None when its text is not found as written); figures.py
    reads it too."""
    out: list[tuple[int, int] | None] = []
    cursor = 0
    for g in figs:
        at = sentence.find(g.text, cursor)
        if at < 0:
            out.append(None)
            continue
        cursor = at + len(g.text)
        out.append((at, cursor))
    return out


def _shares(sentence: str, figs: list[Figure], spans: list) -> list[tuple[float, int, int]]:
    """The shares a sentence gives "of" something: (fraction, start, end) of each percentage or fraction word."""
    out = [(g.value / 100, sp[0], sp[1]) for g, sp in zip(figs, spans)
           if sp and g.kind == "percent" and g.unit == "%" and 0 < g.value < 100
           and re.match(r"\s+of\b", sentence[sp[1]:])]
    for m in _FRACTION.finditer(sentence):
        n = _NUMERATORS[(m.group("n") or "a").lower()]
        r = n / _DENOMINATORS[m.group("d").lower()]
        if r < 1:
            out.append((r, m.start(), m.end()))
    return out


def _whole_of(sentence: str, end: int, levels: list[tuple[Figure, tuple[int, int]]]) -> Figure | None:
    """The level a share ending at ``end`` is of: the last level before it for "of them/it/which", or the level that
    stands within ``WHOLE_REACH`` words after its "of"."""
    if _BACK_REF.match(sentence, end):
        before = [g for g, sp in levels if sp[1] <= end]
        return before[-1] if before else None
    m = _OF_WORDS.match(sentence, end)
    if m is None:
        return None
    for g, sp in levels:
        if sp[0] >= end and sentence[m.start():sp[0]].count(" ") <= WHOLE_REACH + 1 and \
                re.fullmatch(r"\s+of\s+(?:[\w'-]+\s+){0,%d}" % WHOLE_REACH, sentence[end:sp[0]], re.IGNORECASE):
            return g
    return None


def share_part(f: Figure, ctx: frozenset[str], hedge: str | None, docs: Sequence[Doc],
               anchored: Callable[[Doc, int], bool]) -> bool:
    """Whether the claim's figure ``f`` is the part a cited sentence's share gives of a whole it states (above)."""
    if f.kind not in LEVEL_KINDS or f.value <= 0:
        return False
    for d in docs:
        for i, sentence in enumerate(d.sentences):
            figs = [g for i2, g in d.figures if i2 == i]
            if not figs or not anchored(d, i):
                continue
            spans = figure_spans(sentence, figs)
            levels = [(g, sp) for g, sp in zip(figs, spans) if sp and g.kind in LEVEL_KINDS and g.value > 0]
            for r, start, end in _shares(sentence, figs, spans):
                whole = _whole_of(sentence, end, levels)
                if whole is None or not _kinds_agree(f, whole):
                    continue
                part = whole.value * r
                if not (_same(part, f.value) or rounds_to(f.value, part, hedge)):
                    continue
                what = clause_context(sentence, start, end) - stems_of(whole.text)
                if what & ctx:
                    return True
    return False


_OTHERS = re.compile(r"\b(?P<n>[\w,.-]+)\s+other\s+(?P<noun>[a-z]+)", re.IGNORECASE)


def others_whole(f: Figure, claim: str, span: tuple[int, int], ctx: frozenset[str], docs: Sequence[Doc],
                 anchored: Callable[[Doc, int], bool]) -> bool:
    """"There were 256 players" where a cited sentence has the winner beat "255 other players": the claim's count
    is the others and the one who beat them, and names what they are."""
    if f.kind not in ("number", "quantity") or f.value < 2 or not float(f.value).is_integer() or \
            re.match(r"\s+other\b", claim[span[1]:], re.IGNORECASE):
        return False
    for d in docs:
        for i, sentence in enumerate(d.sentences):
            if not anchored(d, i):
                continue
            for m in _OTHERS.finditer(sentence):
                n = parse_number(m.group("n").rstrip(",."))
                if n is not None and _same(n + 1, f.value) and stem(m.group("noun").lower()) in ctx:
                    return True
    return False


_MIDPOINT = re.compile(r"\bmid-?point\b", re.IGNORECASE)
_RANGE_BETWEEN = re.compile(r"\bbetween\s+$|\bfrom\s+$", re.IGNORECASE)
_RANGE_JOIN = re.compile(r"^\s*(?:and|to|-)\s*$", re.IGNORECASE)


def midpoint(f: Figure, claim: str, hedge: str | None, docs: Sequence[Doc],
             anchored: Callable[[Doc, int], bool]) -> bool:
    """"The midpoint of the forecast is 625 million pounds" where a cited sentence gives "between 610 million and
    640 million pounds": a claim that says "midpoint" may state the middle of a range one cited sentence gives."""
    if f.kind not in LEVEL_KINDS or not _MIDPOINT.search(claim):
        return False
    for d in docs:
        for i, sentence in enumerate(d.sentences):
            figs = [g for i2, g in d.figures if i2 == i]
            if len(figs) < 2 or not anchored(d, i):
                continue
            spans = figure_spans(sentence, figs)
            for (a, sa), (b, sb) in zip(zip(figs, spans), zip(figs[1:], spans[1:])):
                if not sa or not sb or not _RANGE_JOIN.match(sentence[sa[1]:sb[0]]) or \
                        not _RANGE_BETWEEN.search(sentence[:sa[0]]):
                    continue
                unit_of = b if b.kind != "number" else a       # "between 610 million and 640 million pounds"
                a2, b2 = Figure(a.text, unit_of.kind, a.value, unit_of.unit), Figure(b.text, unit_of.kind, b.value,
                                                                                       unit_of.unit)
                mid = (a2.value + b2.value) / 2
                if _kinds_agree(f, a2) and _kinds_agree(f, b2) and (_same(mid, f.value) or
                                                                    rounds_to(f.value, mid, hedge)):
                    return True
    return False


_REST = re.compile(r"\bthe\s+(?:rest|remainder)\b", re.IGNORECASE)


def rest_part(f: Figure, ctx: frozenset[str], hedge: str | None, docs: Sequence[Doc],
              anchored: Callable[[Doc, int], bool]) -> bool:
    """Whether the claim's figure ``f`` is the rest a cited sentence leaves of a whole ("... and local people raised
    the rest") and the claim names the rest's party (above)."""
    if f.kind not in LEVEL_KINDS or f.value <= 0:
        return False
    for d in docs:
        for i, sentence in enumerate(d.sentences):
            m = _REST.search(sentence)
            if m is None or not anchored(d, i):
                continue
            figs = [adjectival_money(g, sentence) for i2, g in d.figures if i2 == i]
            placed = [(g, sp) for g, sp in zip(figs, figure_spans(sentence, figs)) if sp and sp[1] <= m.start()
                      and g.kind in LEVEL_KINDS and g.value > 0]
            if not placed:
                continue
            part, where = placed[-1]
            between = re.split(r"\band\b", sentence[where[1]:m.start()])[-1]
            after = re.split(r"[,;.]", sentence[m.end():])[0]
            if not (stems_of(between) | stems_of(after)) & ctx:
                continue
            for j in range(max(0, i - DERIVED_REACH), min(len(d.sentences), i + DERIVED_REACH + 1)):
                for i2, g in d.figures:
                    g = adjectival_money(g, d.sentences[i2])
                    if i2 != j or g is part or g.value <= part.value:
                        continue
                    whole, left = (Figure(g.text, part.kind, g.value, part.unit) if g.kind == "number" else g), part
                    if left.kind == "number" and whole.kind != "number":
                        left = Figure(part.text, whole.kind, part.value, whole.unit)     # "598 million" of a whole
                    if not _kinds_agree(whole, left) or not _kinds_agree(f, whole):
                        continue
                    rest = whole.value - left.value
                    if _same(rest, f.value) or rounds_to(f.value, rest, hedge):
                        return True
    return False


_MORE_AFTER = re.compile(r"\s+(?:more|further|additional|extra)\s+([a-z]+)", re.IGNORECASE)


def more_units(f: Figure, g: Figure, sentence: str) -> Figure:
    """A cited bare number read as the claim's quantity where the cited sentence writes "N more" of its unit ("for
    ten more years" is ten years); otherwise ``g`` unchanged."""
    if f.kind != "quantity" or not f.unit or g.kind != "number":
        return g
    at = sentence.find(g.text)
    m = _MORE_AFTER.match(sentence, at + len(g.text)) if at >= 0 else None
    if m is None or stem(m.group(1).lower().rstrip("s")) != stem(f.unit.lower()):
        return g
    return Figure(g.text, "quantity", g.value, f.unit)
