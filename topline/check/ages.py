"""Reading: a bare whole number that is an age because its sentence says so by an age range or a superlative of age
(support38, issue 10 item 6; ``computed.as_age`` asks here after its own apposition reading).

``computed.as_age`` reads a bare number as years of age in apposition or after "now", "aged", "was" when it ends its
clause ("Winifred Pryce, now 88."), so that a claim's "five years older" is computed from two ages. Articles give the
youngest and oldest of a group in two other shapes, and the faithful "X years older than the youngest" was rejected
("'72 years' not stated") on three parts written at three times (eval15's i0386, eval26's kc0345, eval27's kd0358):

* a superlative of age before the number, with at most ``SUPERLATIVE_REACH`` words and a copula between: "The
  youngest paddler was 9 and the oldest 81", "Its youngest ringer is 11 and its oldest 79";
* an age range: "The players, aged from 6 to 91, ...", "ranged in age from 9 to 81", "aged between 24 and 33".

The number must end there (punctuation, "and", "to", the sentence's end): "its oldest 12 planes" counts planes. The
difference itself is ``computed.computed_difference``'s, exact: a wrong difference of the same two ages ("90 years
older" for 9 and 81, eval15's planted i0397) is still "not stated".
"""
from __future__ import annotations

import re

SUPERLATIVE_REACH = 3   # words between "youngest"/"oldest" and the number ("youngest paddler was 9"; set on the three
#                         rows above, the longest "Its youngest ringer is 11")
_COPULA = r"(?:(?:is|was|are|were|being)\s+)?"
_ENDS = r"(?=\s*(?:[,.;:)]|$|and\b|to\b|or\b)|-)"
_NUM = r"\d{1,3}"


def age_by_context(text: str, sentence: str) -> bool:
    """Whether the bare number ``text`` stands in ``sentence`` as an age of a superlative ("the oldest 81") or as
    one end of an age range ("aged from 6 to 91")."""
    t = re.escape(text)
    superlative = rf"\b(?:youngest|oldest)(?:\s+[a-z'’-]+){{0,{SUPERLATIVE_REACH}}}?\s+{_COPULA}{t}{_ENDS}"
    first = rf"\b(?:aged|ages?|in\s+age)\s+(?:(?:from|between|of)\s+)?{t}\s*(?:to|and|-|–)\s*{_NUM}\b"
    second = rf"\b(?:aged|ages?|in\s+age)\s+(?:(?:from|between|of)\s+)?{_NUM}\s*(?:to|and|-|–)\s*{t}{_ENDS}"
    return any(re.search(p, sentence, re.IGNORECASE) for p in (superlative, first, second))
