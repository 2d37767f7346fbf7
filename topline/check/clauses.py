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


def clause_bounds(sentence: str, start: int, end: int) -> tuple[int, int]:
    """Where the clause that holds the span ``start:end`` of ``sentence`` begins and ends."""
    left = 0
    right = len(sentence)
    for m in _BOUNDARY.finditer(sentence):
        if m.end() <= start:
            left = max(left, m.end())
        elif m.start() >= end:
            right = min(right, m.start())
            break
    return left, right


@functools.lru_cache(maxsize=65536)
def clause_context(sentence: str, start: int, end: int, width: int = CLAUSE_WORDS) -> frozenset[str]:
    """Stems of up to ``width`` content words either side of the span ``start:end`` of ``sentence``, within the
    clause that holds it."""
    left, right = clause_bounds(sentence, start, end)
    before = content_stems(sentence[left:start])[-width:]
    after = content_stems(re.split(r"\.(?!\d)", sentence[end:right])[0])[:width]
    return frozenset(before + after)


# A place or party in the slot of a preposition ("from Shanghai to Rotterdam rose 38%" / "to Los Angeles"): where the
# claim puts another name in the slot the source clause of the figure fills, the figure is stated of another route,
# market or party (nineteenth round; eval14's c0221, c0222).
_SLOT_NAME = re.compile(r"\b(to|from|in|at)\s+((?:[A-Z][\w&'-]*)(?:\s+[A-Z][\w&'-]*)*)")
_NOT_NAMES = frozenset("january february march april may june july august september october november december monday "
                       "tuesday wednesday thursday friday saturday sunday the a an its their his her".split())


def slot_names(text: str) -> dict[str, set[str]]:
    """Names in the slots of "to", "from", "in", "at" (preposition -> lowercased names), days and months aside."""
    out: dict[str, set[str]] = {}
    for m in _SLOT_NAME.finditer(text):
        name = m.group(2).lower()
        if name.split()[0] not in _NOT_NAMES:
            out.setdefault(m.group(1), set()).add(name)
    return out


def other_slot_name(claim: str, sentence: str, start: int, end: int) -> bool:
    """Whether the claim fills a slot of the source figure's clause with a name that clause does not have, and the
    clause fills it with a name the claim does not have."""
    left, right = clause_bounds(sentence, start, end)
    clause = sentence[left:right]
    theirs = slot_names(clause)
    for prep, names in slot_names(claim).items():
        other = theirs.get(prep, set())
        if other and not names & other and not any(n in clause.lower() for n in names) and \
                not any(n in claim.lower() for n in other):
            return True
    return False


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
