"""A light verb idiom that asserts no more than the words around it: "take part" (issue 10, support44).

"Forty-eight players took part in the quoits championship" says what "48 players in the quoits championship" says:
who was in what, and how many. A passage tells it with whatever verb it has ("Forty-eight players entered", "313
players competed", "beat 14 other runners"), so the lexical share (``support.SUPPORT_MIN``) counted "took" and
"part" against faithful paraphrases of the calibration parts rejected for that share (eval21 to eval30:
benchmarks/RESULTS.md, support44). The two words are now loose terms of the share (``content.Term.loose``): counted
when the passage has them, never against the sentence. What the idiom is about
(the players, the championship, the count) stays in the content words the passage must carry, and the figure, who
acts and the event are judged by their own rules.

A negated idiom ("did not take part", "never took part") is an assertion of its own and is left counted.
"""
from __future__ import annotations

import re

IDIOM_WORDS = frozenset("take takes took taken taking part".split())
_TAKE_PART = re.compile(r"\b(?P<verb>take|takes|took|taken|taking)\s+(?P<part>part)\b(?!\s+of\b)", re.IGNORECASE)
_NEGATED = re.compile(r"\b(?:not|never|no|n't|refused\s+to|declined\s+to|failed\s+to)\s+(?:\w+\s+)?$|n't\s+$",
                      re.IGNORECASE)


def idiom_word(text: str, start: int) -> bool:
    """Whether the word at ``start`` in ``text`` is the "take" or the "part" of a "take part" that is not
    negated."""
    for m in _TAKE_PART.finditer(text):
        if start in (m.start("verb"), m.start("part")):
            return not _NEGATED.search(text[max(0, m.start() - 30):m.start()])
    return False
