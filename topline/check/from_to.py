"""Rule: a route or a move told the other way round (issue 10, support46).

"The course runs from the church porch to the market cross" where the article runs it "from the market cross to the
church porch"; "plans to move its main listing from New York to Varnstad" where it moves "from Varnstad to New York".
Every word of the claim is in its passage and no clause reading compares the two ends, so these planted errors passed
(support46's table of misses over the thirty-five calibration parts).

The claim's "from A to B" (or "to B from A") is read with each end a run of up to ``END_CHARS`` characters within one
clause, as the set of its content stems; it is rejected when a cited sentence has "from B to A" with the same two
sets the other way and no cited sentence has "from A to B". Two ends are the same when one's stems are all the
other's (an end may run on into the next words: "to the island of Sorn twice a day"); a claim that names an end in
other words abstains.
"""
from __future__ import annotations

import re
from typing import Sequence

from topline.check.evidence import STOPWORDS, stem

END_CHARS = 40    # an end longer than this is a clause, not a place or a value (general English, not tuned)
# An end stops at a clause boundary or before a word that starts another phrase ("in March", "by 2028", "and").
_STOP = r"(?=\s+(?:in|on|at|by|for|with|and|but|while|after|before|over|this|next|last|a|an|the|{0})\b|[,;:.()]|$)"
_FROM_TO = re.compile(rf"\bfrom\s+([^,;:()]{{1,{END_CHARS}}}?)\s+to\s+([^,;:()]{{1,{END_CHARS}}}?){_STOP.format('from')}",
                      re.IGNORECASE)
_TO_FROM = re.compile(rf"\bto\s+([^,;:()]{{1,{END_CHARS}}}?)\s+from\s+([^,;:()]{{1,{END_CHARS}}}?){_STOP.format('to')}",
                      re.IGNORECASE)
_WORD = re.compile(r"[A-Za-z0-9][\w.'-]*")


def _end(text: str) -> frozenset[str]:
    return frozenset(stem(w.lower()) for w in _WORD.findall(text) if w.lower() not in STOPWORDS)


def _ends(text: str) -> list[tuple[str, str]]:
    return [(m.group(1), m.group(2)) for m in _FROM_TO.finditer(text)] + \
        [(m.group(2), m.group(1)) for m in _TO_FROM.finditer(text)]


def spans(text: str) -> list[tuple[frozenset[str], frozenset[str]]]:
    """(start, end) of each "from A to B" / "to B from A" of ``text``, each end as content stems."""
    out = [(_end(a), _end(b)) for a, b in _ends(text)]
    return [(a, b) for a, b in out if a and b and a != b]


def _same(x: frozenset[str], y: frozenset[str]) -> bool:
    """One end named in both, one with words the other has not ("the island of Sorn" / "the island of Sorn
    twice": an end runs on to the next phrase word)."""
    return x <= y or y <= x


def from_to_problem(claim: str, sentences: Sequence[str]) -> str:
    """Why the claim's "from A to B" is the cited sentences' "from B to A" ("" when it is not, or unsure)."""
    mine = spans(claim)
    if not mine:
        return ""
    theirs = [sp for s in sentences for sp in spans(s)]
    for a, b in _ends(claim):
        ka, kb = _end(a), _end(b)
        if not ka or not kb or ka == kb or any(_same(ka, x) and _same(kb, y) for x, y in theirs):
            continue
        if any(_same(kb, x) and _same(ka, y) for x, y in theirs):
            return f"direction: the sentence goes from {a!r} to {b!r} where its cited sentence goes the other way"
    return ""
