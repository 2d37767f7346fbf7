"""Rule: a vote's majority the writer computed from its tally, "approved with a majority of seven votes" where the
cited sentence gives "by 31 votes to 24" (support39, issue 10).

The figure rules looked for the majority itself in a cited passage and rejected it as "'seven votes' not stated" (the
calibration parts' faithful eval8 r0272, eval22 j0223, eval24 a0129, eval25 ka0157, eval27 kd0274). The claim's
words name the step: "majority of" or "margin of" right before the figure. It is supported when one anchored cited
sentence gives a tally, "by 31 votes to 24", "31 to 24", "by 31-24", whose two counts differ by exactly the claim's
figure; a wrong majority ("a majority of nine votes" against 31 to 24: eval22's planted j0237, eval25's ka0171) is
still "not stated".
"""
from __future__ import annotations

import re
from typing import Callable, Sequence

from topline.check.evidence import Doc
from topline.records import Figure

# "majority of" / "margin of" (with "a", "only", "just" before) ending right before the claim's figure
_NAMED = re.compile(r"\b(?:majority|margin)\s+of\s+(?:only\s+|just\s+)?$", re.IGNORECASE)
# a tally: "by 31 votes to 24", "by 41 to 27", "voted 5-2", "31 votes in favour and 24 against"
_TALLY = re.compile(
    r"\b(\d{1,4})(?:\s+(?:votes?\s+)?to\s+|\s*[-–]\s*)(\d{1,4})\b(?!\s*(?:%|per\s*cent|percent|am|pm|years?|months?|days?))|"
    r"\b(\d{1,4})\s+votes?\s+(?:in\s+favou?r|for)(?:\s+\w+){0,3}?\s+(?:and|to|with)\s+(\d{1,4})\s+(?:votes?\s+)?against\b",
    re.IGNORECASE)
_VOTE_WORD = re.compile(r"\bvot|\bapprov|\bpass|\bmotion|\bballot|\bin\s+favou?r|\bagainst\b", re.IGNORECASE)


def majority_told(f: Figure, claim: str, span: tuple[int, int], docs: Sequence[Doc],
                  anchored: Callable[[Doc, int], bool]) -> bool:
    """Whether the claim's figure ``f`` at ``claim[span[0]:span[1]]`` is a majority the claim names ("majority of")
    and one anchored cited sentence's tally gives exactly (the larger count less the smaller)."""
    if f.kind not in ("number", "quantity") or f.value is None or not _NAMED.search(claim[:span[0]]):
        return False
    for d in docs:
        for i, s in enumerate(d.sentences):
            if not _VOTE_WORD.search(s) or not anchored(d, i):
                continue
            for m in _TALLY.finditer(s):
                a, b = (int(x) for x in (m.group(1, 2) if m.group(1) else m.group(3, 4)))
                if a > b and a - b == f.value:
                    return True
    return False
