"""An average the writer computed: a figure the sentence marks as an average or a rate, equal to a total of one
cited sentence divided by the count or the stretch of time that sentence gives (issue 10, support36).

"On average about 50 entries were judged in each class" for "About 700 entries were judged in 14 classes"; "The
fair averaged 5,500 visitors a day" for "22,000 visitors came over four days"; "about 32 calls were dropped at each
affected branch" for "about 38,000 branches were affected and roughly 1.2 million calls were dropped".
``computed.derived_figures`` divides a level only by a bare count of at most ``AVERAGE_MAX_COUNT`` and the figure
rule's slot test (``figures._restates_a_slot``) took the average for the total's slot restated with another value:
faithful paraphrases of eval10-eval25 were rejected as "not stated".

The sentence must mark the average: "average", "averaged", "on average", "each", "apiece", "per"; and it must name
what the total is divided by: the counted noun or the unit of time of the divisor in the source sentence, after
"each", "per", "every", "a" or "an" ("at each affected branch", "a day"), or a count it states itself ("each of the
19 hospitals"). The quotient must equal the figure, or round to it after a hedge (``rounding.rounds_to``); the kinds
and units of the total and of the figure agree. A planted wrong figure of the same slot ("about 60 entries ...
in each class") is no quotient and stays rejected."""
from __future__ import annotations

import re
from typing import Callable, Sequence

from topline.check.evidence import Doc, stem
from topline.check.rounding import rounds_to
from topline.enrich.figures import extract_figures
from topline.records import Figure

AVERAGE_MARK = re.compile(r"\b(?:on\s+average|averag(?:e|ed|es|ing)|each|apiece|per)\b", re.IGNORECASE)
_PER = re.compile(r"\b(?:each|per|every|a|an)\s+(?:of\s+the\s+)?(?:[\d,]+\s+)?([a-z-]+(?:\s+[a-z-]+){0,2})",
                  re.IGNORECASE)
PER_WORDS = 3   # words after "each", "per", "a" ... among which the claim names what it divides by
_NOUN_AFTER = re.compile(r"\s*([a-z][a-z-]*)(?:\s+([a-z][a-z-]*))?")
_TIME_UNITS = frozenset("hour day night week month year".split())
REL_TOL = 1e-6
STEM_SHORTEST = 3   # a stem that starts another names the same thing from this many letters ("cla"/"class")


def _plain(s: str) -> str:
    """A short stem with its plural "s" off ("days" and "day": ``evidence.stem`` leaves four letters whole)."""
    return s[:-1] if len(s) == 4 and s.endswith("s") and not s.endswith("ss") else s


def _per_stems(claim: str) -> set[str]:
    """Stems of the words the claim divides by: the nouns after "each", "per", "every", "a", "an"."""
    out = set()
    for m in _PER.finditer(claim):
        out |= {_plain(stem(w)) for w in m.group(1).lower().split()[:PER_WORDS]}
    return out


def _counted(sentence: str, g: Figure) -> set[str]:
    """The stems of what the source figure ``g`` counts: its unit of time, or the two words right after it (a
    modifier and its noun: "14 regional categories")."""
    if g.kind == "quantity" and g.unit in _TIME_UNITS:
        return {_plain(stem(g.unit))}
    at = sentence.find(g.text)
    if at < 0 or g.kind != "number":
        return set()
    m = _NOUN_AFTER.match(sentence, at + len(g.text))
    return {_plain(stem(w.lower())) for w in m.groups() if w} if m else set()


def _names(per: set[str], what: set[str]) -> bool:
    """Whether a word the claim divides by is what the count counts: one stem, or one the start of the other
    ("class" stems to "cla", "classes" to "class")."""
    return any(a == b or (min(len(a), len(b)) >= STEM_SHORTEST and (a.startswith(b) or b.startswith(a)))
               for a in per for b in what)


def average_told(f: Figure, claim: str, hedge: str | None, docs: Sequence[Doc],
                 anchored: Callable[[Doc, int], bool]) -> bool:
    """Whether the claim's figure ``f``, marked as an average, is a total of an anchored cited sentence divided by a
    count or a stretch of time of the same sentence that the claim names as what it divides by."""
    if f.kind not in ("money", "number", "quantity") or f.value <= 0 or not AVERAGE_MARK.search(claim):
        return False
    per = _per_stems(claim)
    stated = {x.value for x in _claim_counts(claim) if x.text != f.text}   # "each of the 19 hospitals", not f
    for d in docs:
        by_sentence: dict[int, list[Figure]] = {}
        for i, g in d.figures:
            if anchored(d, i):
                by_sentence.setdefault(i, []).append(g)
        for i, figs in by_sentence.items():
            for total in figs:
                if total.kind != f.kind or total.unit != f.unit or total.value <= f.value:
                    continue
                for count in figs:
                    if count is total or count.value < 2 or not float(count.value).is_integer():
                        continue
                    what = _counted(d.sentences[i], count)
                    if not what or (not _names(per, what) and count.value not in stated):
                        continue
                    q = total.value / count.value
                    if abs(q - f.value) <= REL_TOL * f.value or rounds_to(f.value, q, hedge):
                        return True
    return False


def _claim_counts(claim: str) -> list[Figure]:
    return [x for x in extract_figures(claim) if x.kind == "number"]
