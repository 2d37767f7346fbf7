"""The winner's prize money is the prize money of the one who won (issue 10, branch support41).

Contest reports give the prize to "the winner" ("The winner received 1,500 pounds", "The winner took home 800
pounds"), and a faithful sentence gives it to the person the article has win: "Coldthorpe won 800 pounds and a
windmill-shaped trophy" (eval29's kf0374, kf0405; eval28's ke0315 "The champion won 1,500 pounds ..."). The figure
rule asks the words around the figure to share two words with the cited ones, and "Coldthorpe won" shares none with
"The winner took home": the figure was rejected as "stated in the cited articles but in another context".

``winners_prize(claim, span, sentence, where, sentences)`` reads the two as one context when:

* in the cited sentence the figure is what "the winner" (or "winners", "the champion") gets: a verb of receiving
  ("received", "receives", "gets", "took home", "takes home", "won", "collects") between that noun and the figure,
  nothing else but "each" or "also";
* in the claim the figure comes right after such a verb or "won" (no article between: "earns a $50,000 bonus for
  the course record" names money of another kind, eval6's planted z0271), and is followed by the sentence's end,
  "and", "in prize money" or a comma;
* the claim's subject (the words before that verb) is "the winner" / "the champion", or names someone a cited
  sentence has win ("Coldthorpe won the national crazy golf championship").
"""
from __future__ import annotations

import re
from typing import Sequence

_GETS = r"(?:received|receives|receive|gets|get|got|took\s+home|takes\s+home|take\s+home|won|wins|collects|collected|" \
        r"pocketed|pockets|earned|earns)"
_WINNER = re.compile(rf"\b(?:the\s+)?(?:winner|winners|champion|champions)\s+(?:(?:each|also|will)\s+)*{_GETS}\s+$",
                     re.IGNORECASE)
_CLAIM_GETS = re.compile(rf"(?P<subject>[^,;]*?)\s+(?:(?:will|also|each)\s+)*{_GETS}\s+$", re.IGNORECASE)
_AFTER = re.compile(r"\s*(?:$|[.,;]|and\b|in\s+prize\s+money\b)", re.IGNORECASE)
_THE_WINNER = re.compile(r"^\s*(?:the\s+)?(?:winner|champion|new\s+champion)\s*$", re.IGNORECASE)
_NAME = re.compile(r"[A-Z][\w'’-]+")
_WON = re.compile(r"\bwon\b|\bwins\b")


def winners_prize(claim: str, span: tuple[int, int] | None, sentence: str, where: tuple[int, int] | None,
                  sentences: Sequence[str]) -> bool:
    """Whether the claim's figure at ``claim[span]`` and the cited figure at ``sentence[where]`` are both the winner's
    prize money, the claim giving it to the one who won (see the module)."""
    if span is None or where is None:
        return False
    if not _WINNER.search(sentence[:where[0]]) or not _AFTER.match(claim[span[1]:]):
        return False
    m = _CLAIM_GETS.search(claim[:span[0]])
    if not m:
        return False
    subject = m.group("subject").strip()
    if _THE_WINNER.match(subject):
        return True
    names = [n for n in _NAME.findall(subject) if n.lower() not in ("the", "a", "an")]
    if not names:
        return False
    return any(_WON.search(s) and all(n in s for n in names) and
               s.find(names[0]) < _WON.search(s).start() for s in sentences)
