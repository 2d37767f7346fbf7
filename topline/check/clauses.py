"""A figure's clause: the words a source states a figure OF (nineteenth round of the claim-support check, issue 10).

The figure rule compares the words around a figure of the sentence with the words around the same value in the
source (``evidence.CONTEXT_WORDS`` either side, across the whole sentence). A source sentence that states two facts
("Enrolments from India fell 29% and those from Nigeria 41%, while students from China were down 3%"; "would
create 350 permanent jobs and about 2,000 during construction"; "added 420 million pounds to its provisions,
bringing the total to 1.1 billion pounds"; "The prize fund was 60,000 euros, of which the winner receives 12,000
euros") gives every figure the words of its neighbours' clauses too, so a claim that moves a figure onto the
neighbouring quantity ("Enrolments of new students from China fell 41%", "will create 2,000 permanent jobs",
"added 1.1 billion pounds to its provisions", "The winner receives 60,000 euros") shared its words and passed: the
fresh parts' planted wrong figures (eval4-eval15, calibration) are mostly such moves.

Here the source figure's context is cut at its clause's edges (a clause opener after a comma, a coordinating "and"
before a new subject or figure, "while", "whereas", a semicolon), and the figure is stated OF what the sentence
says only where that clause's words (up to ``CLAUSE_WORDS`` either side) share one with the words around the claim's
figure. A clause with no content words of its own ("..., and 41%") abstains.
"""
from __future__ import annotations

import functools
import re

from topline.check.evidence import content_stems

CLAUSE_WORDS = 6     # content words either side of a source figure within its clause (as figures.CLAIM_CONTEXT_WORDS;
                     # at 3 a hyphenated name filled the window: "the Munich-based company at $3.1 billion")

# Where a clause ends: a semicolon or colon; a comma before a clause opener or a word that starts a new statement
# of another quantity ("..., bringing the total to", "..., of which", "..., while", "..., up from", "..., compared
# with", "..., below the 381 million dollars analysts had expected"; not a relative "which"/"who"/"where": it is said of the noun before it); "while"/"whereas"/"but"
# anywhere; "and" before a word that opens a new subject or a figure ("and those from Nigeria 41%", "and about 2,000
# during construction", "and the haddock quota"). A colon inside a time ("2:17:40") is no edge.
_BOUNDARY = re.compile(
    r";|:(?=\s)|,\s+(?=(?i:and|but|while|whereas|of\s+which|bringing|taking|compared\s+with|against|up\s+from|"
    r"down\s+from|from|including|excluding|after|before|as|when|with|below|above|short\s+of|ahead\s+of)\b)|"
    r"\s+(?=(?i:while|whereas|but)\b)|"
    r"\s+(?=and\s+(?:(?i:those|that|these|the|its|their|his|her|a|an|about|around|some|nearly|almost|roughly|"
    r"over|more|less|another|other)\b|[A-Z]|\$|£|€|\d))")


@functools.lru_cache(maxsize=65536)
def clause_context(sentence: str, start: int, end: int, width: int = CLAUSE_WORDS) -> frozenset[str]:
    """Stems of up to ``width`` content words either side of the span ``start:end`` of ``sentence``, within the
    clause that holds it."""
    left = 0
    right = len(sentence)
    for m in _BOUNDARY.finditer(sentence):
        if m.end() <= start:
            left = max(left, m.end())
        elif m.start() >= end:
            right = min(right, m.start())
            break
    before = content_stems(sentence[left:start])[-width:]
    after = content_stems(re.split(r"\.(?!\d)", sentence[end:right])[0])[:width]
    return frozenset(before + after)


def figure_span(sentence: str, text: str, nth: int) -> tuple[int, int] | None:
    """Where the ``nth`` occurrence of a figure's text stands in ``sentence`` (None when it is not found)."""
    at = -1
    for _ in range(nth + 1):
        at = sentence.find(text, at + 1)
        if at < 0:
            return None
    return at, at + len(text)


# A part and its whole ("close 40 of its 95 branches"): a figure followed by "of its/the/their ..." counts a part, a
# figure right after "of its/the/their" is the whole; a claim that makes the whole a part ("will close 95 of its
# branches") states another fact (nineteenth round; eval8's r0128).
_PART_AFTER = re.compile(r"\s+(?:out\s+)?of\s+(?:its|the|their|his|her|our)\b", re.IGNORECASE)
_WHOLE_BEFORE = re.compile(r"\b(?:out\s+)?of\s+(?:its|the|their|his|her|our)\s+(?:[a-z][\w-]*\s+)?$", re.IGNORECASE)


def part_or_whole(sentence: str, start: int, end: int) -> str:
    """"part" for "40 of its", "whole" for "of its 95", "" for neither."""
    if _PART_AFTER.match(sentence, end):
        return "part"
    if _WHOLE_BEFORE.search(sentence[:start]):
        return "whole"
    return ""
