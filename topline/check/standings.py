"""Rule: the place a competitor finished in (issue 10, support33).

"Ruiz finished second in the Tour of Vessland" where the article has "Ruiz finished third in the Tour of Vessland";
"The Estonian pair finished third" where "A pair from Estonia finished second, ..., and last year's champions, from
Lithuania, were third". A place told with no noun after it ("finished second", "were third") is no rank of a word,
which ``ordinals.rank_problem`` reads ("the third round", "second-largest"), so such planted wrong figures passed.

A claim's "SUBJECT finished|came|placed|ended|was|were ORDINAL" (the ordinal with no noun after it) is compared with
the places the cited sentences give in the same way: those whose clause before the verb names a word of the claim's
subject (its names when it has some, else the nouns of its description) are its places, and when there are some and none is the claim's,
the claim is rejected.
"""
from __future__ import annotations

import re
from typing import Sequence

from topline.check.evidence import content_stems
from topline.check.ordinals import ORDINALS

_PLACE = re.compile(rf"\b(?:finished|finishes|finish|came|comes|placed|ended|ends|was|were|is|are)\s+"
                    rf"(?:(?:a|an|only|just)\s+)?(?P<ord>{'|'.join(ORDINALS)})\b(?!\s*(?:-|[a-z]+\b(?<!\bin)(?<!\bon)"
                    rf"(?<!\bat)(?<!\bwith)(?<!\bbehind)(?<!\bafter)(?<!\band)(?<!\bof)))", re.IGNORECASE)
_OPENERS = frozenset("The A An Its Their His Her".split())
_CLAUSE_EDGE = re.compile(r"[;:]|,\s|\s(?:and|but|while)\s", re.IGNORECASE)


def _places(text: str) -> list[tuple[frozenset[str], str]]:
    """Each place ``text`` gives: the content stems of its clause before the verb, and the ordinal."""
    out = []
    for m in _PLACE.finditer(text):
        # the last stretch before the verb with words of its own ("..., and last year's champions, from
        # Lithuania, were third": "from Lithuania")
        pieces = [p for p in _CLAUSE_EDGE.split(text[:m.start()]) if content_stems(p)]
        clause = pieces[-1] if pieces else ""
        # its names when it has any ("The Kessock crew": Kessock, not any crew)
        names = " ".join(w for w in re.findall(r"[A-Za-z][\w'’-]*", clause) if w[0].isupper() and w not in _OPENERS)
        out.append((frozenset(w[:4] for w in content_stems(names or clause)), m.group("ord").lower()))
    return out


def place_problem(claim: str, sentences: Sequence[str]) -> str:
    """Why the claim's place for a competitor is not the one the cited ``sentences`` give ("" when it is, or when
    they give none of that competitor)."""
    for subject, ordinal in _places(claim):
        if not subject:
            continue
        theirs = {o for s in sentences for words, o in _places(s) if words & subject}
        if theirs and ordinal not in theirs:
            return f"number: the cited articles place it {', '.join(sorted(theirs))}, not {ordinal}"
    return ""
