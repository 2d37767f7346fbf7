"""Reading: an event word of ``support.EVENTS`` used in a sense that is not its group's event (support38, issue 10
item 6; ``support._event_problem`` asks here before it rejects).

The event rule asks a cited passage for a word of the claim's event group: "raised $40 million" needs a funding word.
Two words of the funding group have a second sense in news prose, and the rule rejected faithful rows for them on
parts written at different times (every faithful row the event rule alone rejected on the thirty calibration parts was
read, benchmarks/RESULTS.md):

* **"round" as a preposition or adverb**, not a funding round: "drive them round a course" (eval12's e0260), "pushed
  its bed round the 3.2-kilometre course" (eval21's t0443), "all year round". It is one when a determiner or a
  possessive follows it, or "year" comes before it;
* **"backed" in a vote**: "Councillors backed the motion by 31 votes to 24" (eval8's r0265: "The motion passed by 31
  votes to 24"), "Five members of the committee backed the cut" (eval20's q0124: "voted for the cut"), "71% backed
  the deal" (eval22's j0273: "71% were in favour"), "voters backed a tram line" (eval4's x0316: "approved ..., with
  56.3% in favour"). Such a "backed" is told when the passage tells a vote FOR something: "in favour", "voted for",
  "voted to" before a verb that is no refusal, a word of approval, or a motion "passed" by votes. A passage that only
  tells a vote against ("voted to reject", "voted against") tells no backing, and the event rule still rejects.

The rest of the claim is still checked (who voted, the figures, the direction: "backed" where the passage has
"rejected" is the direction rules' and the role rules' to catch).
"""
from __future__ import annotations

import re

_ROUND_BEFORE = re.compile(r"round\s+(?:the|a|an|its|their|his|her|our|this|that|each|every)\b", re.IGNORECASE)
_YEAR_BEFORE = re.compile(r"\byear[\s-]+$", re.IGNORECASE)
_BACKED = frozenset("back backs backed backing".split())
# A vote for something, in general English: "in favour", "voted for", "voted (on Thursday) to close", an approval, a
# motion passed by votes. A refusal after "voted to" is no vote for.
_VOTE_FOR = re.compile(r"\bin\s+favou?r\b|\bvot(?:ed|es|e|ing)\s+(?:\w+\s+){0,3}?for\b|"
                       r"\bvot(?:ed|es|e|ing)\s+(?:\w+\s+){0,3}?to\s+(?!reject|oppose|refuse|block|strike|walk|veto|"
                       r"scrap|end|stop|leave|quit)[a-z]+|\bapprov(?:e|ed|es|al|ing)\b|\bpassed\b[^.;]{0,30}\bvotes?\b",
                       re.IGNORECASE)


def other_sense(word: str, claim: str, passage: str) -> bool:
    """Whether the claim's event word ``word`` is used in a sense that is no event of its group ("round the
    course"), or in a sense the passage tells ("backed" the motion where the passage has the vote for it)."""
    if word == "round":
        found = list(re.finditer(r"\bround\b", claim, re.IGNORECASE))
        return bool(found) and all(_ROUND_BEFORE.match(claim, m.start()) or _YEAR_BEFORE.search(claim[:m.start()])
                                   for m in found)
    if word in _BACKED:
        return bool(_VOTE_FOR.search(passage))
    return False
