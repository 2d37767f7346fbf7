"""Rule: the sign of a computed difference ("48 seconds slower than", "102 million euros larger than"; issue 10,
support45).

A writer compares two figures of an article by their difference: "The new round is 102 million euros larger than the
previous one" (140 million euros raised now, 38 million in 2024, told a sentence apart), "This year's race was 120
kilometres longer than last year's" (420 and 300). The figure rules accept the difference
(``computed.computed_difference``: two figures of one article, same kind and unit, differing by exactly its value),
but nothing checked which of the two is the larger: "faster" for "slower" passed where the article has the word,
and "slower" was counted against the sentence by the lexical share (``support.SUPPORT_MIN``) where it has not.

A comparison here is a figure of the claim followed by a comparative of ``MORE`` or ``LESS`` (at most one word, the
noun it counts, before or after it) and "than" (or "above", "below", "short of"); the baseline is the noun phrase after it
("than the previous one", "than the men's", "than prices in general" up to "over the ten years"). Each pair of figures
of one cited article that ``computed.computed_difference`` would take (same kind and unit, at most
``computed.MARKED_REACH`` sentences apart) and whose difference is the claim's figure exactly is read (``_sign``):
the two figures in two sentences, the baseline's words in one of them only, and the compared thing's words (the clause before the figure, the noun it counts) in the other figure's sentence, else
the pair says nothing. The comparison is

* **told** when one read pair has the compared figure larger for a ``MORE`` word, smaller for a ``LESS`` word: the
  comparative is then a loose term of the share (``content.Term.loose``: counted when the passage has it, never
  against the sentence): ``told_terms``;
* **turned round** when read pairs exist and every one has the other sign: ``sign_problem`` (a direction problem,
  wired in ``comparisons.comparison_problem``).

"faster" and "slower" compare times (seconds to days) the other way from speeds: a time that is larger is slower.
"""
from __future__ import annotations

import dataclasses
import math
import re
from typing import Sequence

from topline.check.computed import MARKED_REACH, REL_TOL, _compatible, _elided, adjectival_money
from topline.check.content import Term
from topline.enrich.figures import extract_figures
from topline.records import Figure

# General English comparatives of size (not words of the labelled set); "faster" / "slower" by the unit below
MORE = frozenset("""more larger bigger greater higher longer older dearer costlier further farther heavier taller
wider deeper above""".split())
LESS = frozenset("""less fewer smaller lower shorter younger cheaper lighter narrower shallower below short""".split())
SPEED = frozenset("faster slower quicker".split())
TIME_UNITS = frozenset("second minute hour day week".split())
_WORD = re.compile(r"[A-Za-z][A-Za-z'-]*")
# Function words (not ``evidence.STOPWORDS``, which holds the words of time a baseline is often made of: "a year
# earlier", "the previous one", "last year's")
_FUNCTION = frozenset("""the a an of than to in on at by for from with as and or its their his her this that these
those which who was were is are be been had has have it they he she them""".split())
# the baseline: after "than" (or "above" / "below" / "short of" themselves), up to a clause boundary
_BASELINE = re.compile(r"\s*(?:than|of)?\s+(?P<base>[^,;:.()]+?)(?=\s*(?:[,;:.()]|\s(?:and|but|while|after|because|"
                       r"when|as)\s|$))")


@dataclasses.dataclass(frozen=True)
class _Comparison:
    figure: Figure
    word: str
    word_start: int
    sign: int                    # +1 the compared figure is the larger, -1 the smaller
    base: frozenset[str]         # words (``_norm``) of the baseline's content words
    compared: frozenset[str]     # words of the content words before the figure in its clause


def _norm(word: str) -> str:
    """A word as the baseline and its figure's sentence are compared: lower case, the possessive and a plural "s"
    off (not a stem: "champion" is not "championship")."""
    return word.lower().removesuffix("'s").removesuffix("s")


def _words(text: str) -> frozenset[str]:
    return frozenset(_norm(w) for w in _WORD.findall(text) if w.lower().removesuffix("'s") not in _FUNCTION)


# Between the figure and its comparative at most one word, the noun the figure counts ("3,000 more visitors than",
# "400 points higher than"); a comma or another figure between ("$2.31 billion, 3% more than") is another figure's
_AFTER_FIGURE = re.compile(r"\s+(?P<noun>)(?P<word>[a-z]+)\b")
_AFTER_NOUN = re.compile(r"\s+(?P<noun>[a-z][a-z'-]*)\s+(?P<word>[a-z]+)\b")
# the baseline's noun phrase ends at a preposition after its first word ("than prices in general over the ten years":
# "prices"), "than in its first year" keeps its opening one
_BASE_END = frozenset("in on at over during since between by for from after before with within under".split())


def _comparisons(claim: str) -> list[_Comparison]:
    out, at = [], 0
    for f in extract_figures(claim):
        start = claim.find(f.text, at)
        if start < 0 or f.kind == "date":
            continue
        end = at = start + len(f.text)
        m = _AFTER_FIGURE.match(claim, end)
        if m is not None and m.group("word") not in MORE | LESS | SPEED:
            m = _AFTER_NOUN.match(claim, end)
        if m is None or m.group("word") not in MORE | LESS | SPEED:
            continue
        w, after, noun = m.group("word"), claim[m.end():], m.group("noun") or ""
        if w in ("above", "below"):
            base = _BASELINE.match(" " + after.lstrip())
        elif w == "short":
            base = _BASELINE.match(after) if re.match(r"\s+of\b", after) else None
        else:
            t = re.match(r"(?:\s+[a-z]+)?\s+(?=than\b)", after)      # "600 more visitors than"
            base = _BASELINE.match(after, t.end()) if t else None
            noun += " " + after[:t.end()] if t else ""
        if base is None:
            continue
        if w in SPEED:
            sign = (1 if w == "slower" else -1) if f.unit in TIME_UNITS else (-1 if w == "slower" else 1)
        else:
            sign = 1 if w in MORE else -1
        words = _WORD.findall(base.group("base"))
        cut = next((k for k, x in enumerate(words) if k and x.lower() in _BASE_END), len(words))
        compared = re.split(r"[,;:]", claim[:start])[-1] + " " + noun
        base_words, compared_words = _words(" ".join(words[:cut])), _words(compared)
        # a word on both sides ("Last year the fair drew 600 more visitors than this year") tells neither
        out.append(_Comparison(f, w, m.start("word"), sign, base_words - compared_words, compared_words - base_words))
    return out


def _distance(words: frozenset[str], sentence: str, fig: Figure) -> float:
    """Characters between ``fig`` in ``sentence`` and the nearest word of ``sentence`` in ``words``."""
    at = sentence.find(fig.text)
    if at < 0 or not words:
        return math.inf
    best = math.inf
    for m in _WORD.finditer(sentence):
        if _norm(m.group(0)) in words:
            best = min(best, abs(m.start() - at) if m.start() > at else abs(at - m.end()))
    return best


def _figures(sentences: Sequence[str]) -> list[tuple[int, Figure]]:
    return [(i, f) for i, s in enumerate(sentences) for f in extract_figures(s) if f.kind != "date"]


def _sign(c: _Comparison, si: str, a: Figure, sj: str, b: Figure) -> int:
    """+1 when the pair reads with the compared figure the larger, -1 the smaller, 0 when it cannot be read: the two
    figures in two sentences, the baseline's words in one of them only, and the compared thing's words (or the noun
    the claim's figure counts) in the other. Two figures of one sentence are not read: which of them a word beside
    both belongs to is not told by nearness (eval6's "closed ... at 2,150 yen, 10.4% below the offer price", eval16's
    "at 180 pence each, a 38% discount to Thursday's closing price of 290 pence")."""
    if si == sj:
        return 0
    da, db = _distance(c.base, si, a), _distance(c.base, sj, b)
    if (da == math.inf) == (db == math.inf):
        return 0
    base, compared, s_comp = (a, b, sj) if da < db else (b, a, si)
    if _distance(c.compared, s_comp, compared) == math.inf:
        return 0
    return 1 if compared.value > base.value else -1


def _readings(c: _Comparison, docs_sentences: Sequence[Sequence[str]]) -> list[int]:
    """The sign (+1 the compared figure larger) of every pair of cited figures differing by the claim's figure
    whose baseline could be told."""
    signs = []
    for sentences in docs_sentences:
        figs = _figures(sentences)
        for x in range(len(figs)):
            for y in range(x + 1, len(figs)):
                (i, a), (j, b) = figs[x], figs[y]
                if abs(i - j) > MARKED_REACH:
                    continue
                a, b = _elided(adjectival_money(a, sentences[i]), adjectival_money(b, sentences[j]), i == j)
                if not _compatible(c.figure, a, b) or a.value == b.value or \
                        not math.isclose(abs(a.value - b.value), c.figure.value, rel_tol=REL_TOL, abs_tol=1e-9):
                    continue
                sign = _sign(c, sentences[i], a, sentences[j], b)
                if sign:
                    signs.append(sign)
    return signs


def told_terms(claim: str, ts: Sequence[Term], docs_sentences: Sequence[Sequence[str]]) -> list[Term]:
    """``ts`` with the comparative of every comparison the cited figures bear out made loose."""
    starts = {c.word_start for c in _comparisons(claim) if c.sign in _readings(c, docs_sentences)}
    if not starts:
        return list(ts)
    return [dataclasses.replace(t, loose=True) if t.start in starts else t for t in ts]


def sign_problem(claim: str, docs_sentences: Sequence[Sequence[str]]) -> str:
    """Why a comparison of the claim has the other sign from the cited figures it is computed from ("" if none)."""
    for c in _comparisons(claim):
        signs = _readings(c, docs_sentences)
        if signs and c.sign not in signs:
            return f"direction: the sentence says {c.figure.text} {c.word}, but the cited figures it is computed " \
                   f"from differ the other way"
    return ""
