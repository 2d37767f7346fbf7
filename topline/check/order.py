"""Rule: an order in time told the other way round (support40, issue 10).

"Pipers tune their chanters after playing" where the cited sentence has "Pipers tune their chanters before playing";
"Phones sold before July are not affected" where it has "Phones sold after July are not affected". The claim's
"before" or "after" is read with the first content word after it (what the act is set before or after) and the
content words before it (the act): a cited sentence that sets the same thing the other way ("after playing") and
carries ``SHARED_MIN`` of the act's words, the last of them among them ("chanters"), rejects the claim, unless some cited sentence has the claim's own word
before that thing. The same order told from the other end ("A before B" / "B after A") is no swap: the word after
"after" is then the other event's; nor is another act set against the same thing ("the 1.50 billion dollars it
expected before it raised its outlook" / "cut its forecast ... three months after it had raised it": "expected" is not
in the cited sentence).

The aligned-clause reading of ``support._opposite_problem`` never compares the two words: its clauses are split at
"before" and "after". Calibrated on the thirty-two calibration parts of tests/data/support (RESULTS.md, "support40").
"""
from __future__ import annotations

import re
from typing import Sequence

from topline.check.evidence import STOPWORDS, stem

_OTHER = {"before": "after", "after": "before"}
SHARED_MIN = 2     # content words of the claim before its "before"/"after" the cited sentence must carry (the act)
NEXT_REACH = 3     # tokens after "before"/"after" in which the thing it sets the act against is read
_SKIP = frozenset("the a an its their his her had has have been was were being".split())
_TOKEN = re.compile(r"[A-Za-z][A-Za-z'-]*|\d+(?:[.,]\d+)*|[,;:()]")


def _next(toks: list[str], i: int) -> str:
    """The stem of the first content word (or figure) within ``NEXT_REACH`` tokens after ``toks[i]``; "" if none."""
    for t in toks[i + 1:i + 1 + NEXT_REACH]:
        if t in ",;:()":
            return ""
        if t not in _SKIP and (t[0].isdigit() or t not in STOPWORDS):
            return stem(t)
    return ""


def _content(toks: Sequence[str]) -> set[str]:
    return {stem(t) for t in toks if t[0].isalpha() and t not in STOPWORDS and t not in _OTHER}


def _sets(toks: list[str], word: str, thing: str) -> bool:
    return any(t == word and _next(toks, j) == thing for j, t in enumerate(toks))


def order_problem(claim: str, docs_sentences: Sequence[Sequence[str]]) -> str:
    """Why the claim's "before"/"after" is the other way round from its cited sentences'; "" otherwise."""
    toks = [t.lower() for t in _TOKEN.findall(claim)]
    cited = [[t.lower() for t in _TOKEN.findall(s)] for ss in docs_sentences for s in ss]
    for i, word in enumerate(toks):
        if word not in _OTHER:
            continue
        thing = _next(toks, i)
        act = _content(toks[:i])
        last = next((stem(t) for t in reversed(toks[:i]) if t[0].isalpha() and t not in STOPWORDS), "")
        if not thing or not last or len(act) < SHARED_MIN:
            continue
        if any(_sets(s, word, thing) for s in cited):
            continue
        other = _OTHER[word]
        if any(_sets(s, other, thing) and last in (c := _content(s)) and len(act & c) >= SHARED_MIN for s in cited):
            return f"direction: the sentence says {word!r} {thing!r}... where its cited sentence says {other!r}"
    return ""
