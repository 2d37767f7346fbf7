"""How a claim title reads (issue 12): words that make a computed title read as a sentence an analyst would write.

Pure functions over the clauses ``claims.group_claim`` composes; the title they give is checked against its lines
like any other (``claim_lines.claim_title``), so a shorter wording is only a first choice, never a way past the check."""

from __future__ import annotations

import re
from typing import Callable, Sequence

# A theme's shared term that opens with a superlative, a comparative or a word of order measures something; it
# names no subject a story can be "on" ("one of two stories on biggest gain today", read by the lead on
# tests/data/eval-retail's 11-25 Results page after its fresh measurement). Such a term does not title a theme.
_MEASURE_WORD = re.compile(
    r"^(?:biggest|largest|highest|lowest|smallest|best|worst|most|least|strongest|weakest|steepest|sharpest|"
    r"bigger|larger|higher|lower|smaller|better|worse|stronger|weaker|more|less|fewer|top|first|last|latest|"
    r"next|new|same|other|further|recent)\b", re.I)


def names_a_subject(term: str) -> bool:
    """``term`` can follow "stories on": it does not open with a word that measures or orders."""
    return bool(term.strip()) and not _MEASURE_WORD.match(term.strip())


def shared_subject_title(clauses: Sequence[str], subject_of: Callable[[str], str]) -> str | None:
    """Two or more clauses with one subject, the subject said once: "Marchbank rises as much as 27 per cent and
    faces a strike" (not "... and Marchbank faces a strike"). ``subject_of`` gives a clause's subject (the words
    before its claim verb). None when the clauses do not all share one capitalised subject."""
    if len(clauses) < 2:
        return None
    subjects = [subject_of(c) for c in clauses]
    first = subjects[0]
    if not first or not first[:1].isupper() or any(s != first for s in subjects[1:]):
        return None
    rests = [c[len(first):].strip() for c in clauses]
    if not all(rests):
        return None
    tail = rests[1:]
    joined = tail[0] if len(tail) == 1 else ", ".join(tail[:-1]) + " and " + tail[-1]
    if len(tail) == 1:
        return f"{clauses[0]} and {joined}"
    return f"{clauses[0]}, " + ", ".join(tail[:-1]) + " and " + tail[-1]
