"""Rule: a rank must be the rank its passage gives (fourteenth round of the claim-support check).

One word changes a rank and nothing else of the sentence: "the country's second-largest building society" where the
article has "third-largest", "the world's largest copper mine" where it has "one of the world's ten largest", "the
third round" where it has "the fifth". Every other word of such a claim is in its passage, so coverage passed them
(eval12's e0135 and e0198, eval11's g0284).

* An ordinal before a word ("second-largest", "third round") fails when the cited sentences put ordinals before the
  same word and never that one, and do not have that ordinal at all.
* A superlative with no ordinal ("the world's largest") fails when every cited use of that superlative is ranked
  ("third-largest", "one of the ten largest").
With no rank of that word in the cited sentences, the rule says nothing.
"""
from __future__ import annotations

import re
from typing import Sequence

from topline.patterns import compiled

ORDINALS = ("first second third fourth fifth sixth seventh eighth ninth tenth eleventh twelfth thirteenth "
            "fourteenth fifteenth twentieth").split()
_ORD = "|".join(ORDINALS)
_RANKED = re.compile(rf"\b(?P<ord>{_ORD})[\s-]+(?P<word>[a-z]+)\b", re.IGNORECASE)
_SUPERLATIVE = re.compile(r"\b(?P<word>largest|biggest|smallest|highest|lowest|busiest|oldest|richest|"
                          r"fastest|deepest|tallest|longest|best|worst|most)\b", re.IGNORECASE)
_FUNCTION = frozenset("in at on to of for and or with by from as than the a an".split())
ONE_OF_REACH = 6     # words between "one of the" and the superlative ("one of the world's ten largest")
_ONE_OF = re.compile(rf"\bone\s+of\s+(?:the\s+)?(?:\S+\s+){{0,{ONE_OF_REACH}}}$", re.IGNORECASE)
_COUNTED = re.compile(r"\b(?:two|three|four|five|six|seven|eight|nine|ten|twenty|fifty|hundred|\d+)\s+$",
                      re.IGNORECASE)


def _ranked_uses(sentences: Sequence[str], word: str) -> set[str]:
    return {m.group("ord").lower() for s in sentences for m in _RANKED.finditer(s) if m.group("word").lower() == word}


def _plain_superlative(text: str, m: re.Match[str]) -> bool:
    """Whether the superlative at ``m`` is unranked: no ordinal, no count, not "one of the ..."."""
    before = text[:m.start()]
    return not (re.search(rf"\b(?:{_ORD})[\s-]+$", before, re.IGNORECASE) or _COUNTED.search(before) or
                _ONE_OF.search(before))


def _standalone(ordinal: str, sentence: str) -> bool:
    """Whether ``sentence`` has ``ordinal`` as a rank of its own ("finished third in", "move up to third."), not
    before a word it ranks ("the second quarter")."""
    for m in compiled(rf"\b{ordinal}\b(?P<rest>[\s-]+(?P<next>[A-Za-z]+))?", re.IGNORECASE).finditer(sentence):
        if not m.group("rest") or m.group("next").lower() in _FUNCTION:
            return True
    return False


def rank_problem(claim: str, sentences: Sequence[str]) -> str:
    """Why the claim's rank is not the one its cited ``sentences`` give ("" when it is, or when they give none)."""
    for m in _RANKED.finditer(claim):
        word = m.group("word").lower()
        theirs = _ranked_uses(sentences, word)
        mine = m.group("ord").lower()
        if word in _FUNCTION or any(_standalone(mine, s) for s in sentences):
            continue     # "finished fourth in", "his third place" where the rider "finished third": the rank is
            #              told of the same event in other words (eval9's o0335, o0336)
        if theirs and mine not in theirs:
            return f"number: the sentence's {m.group(0)!r} is not the rank its cited passage gives " \
                   f"({', '.join(sorted(theirs))})"
    for m in _SUPERLATIVE.finditer(claim):
        if m.group("word").lower() == "most" or not _plain_superlative(claim, m):
            continue
        uses = [(s, u) for s in sentences for u in _SUPERLATIVE.finditer(s)
                if u.group("word").lower() == m.group("word").lower()]
        if uses and not any(_plain_superlative(s, u) for s, u in uses):
            return f"number: the sentence has {m.group('word')!r} unranked where its cited passage ranks it"
    return ""
