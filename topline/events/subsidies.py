"""Money a public body gives and who receives it (issue 12, events30; read on eval-chips, eval-energy, eval-prop).

The state-action rule (``state_action._state_action``) knows a subsidy by its words ("grant", "will provide $N",
"pledged $N"). Two things it missed:

* a sum approved or given *in* a kind of public money ("approved €2.9 billion in German state aid for ...",
  "approved a further ¥182 billion in support for chip venture X"): the sum's noun says the act gives money, a
  subsidy, not the "other" of a bare approval (``MONEY_IN``, joined to the subsidy words in ``state._ACTIONS``);
* the recipient, when the sentence names it (``recipient``): the name the money goes *to* or is *for*, past up to
  three common words that say what it is ("to Amagiri Device", "for chip venture Amagiri Device"; not "up to"), the
  first object of a verb of giving ("has offered South Korea's Hanseo Cell a $1.1 billion incentive package"), or
  the builder of the thing the money is for ("for a new chip plant in Dresden to be built by Obersee Halbleiter").
"""
from __future__ import annotations

import re
from typing import Sequence

from topline.events.spans import _JURISDICTION_ADJ, Span, _gov, _places

# A sum right before "in" and the kind of public money it is ("€2.9 billion in German state aid", "¥182 billion in
# support", "20 trillion won in low-interest loans"): up to two modifiers between; "subsidies" and "grants" are
# subsidy words of their own (``state._ACTIONS``). The sum's last word is a scale word or a digit. Not money raised
# "in a funding round" or "in new bonds" (a firm's or a treasury's own), nor "in financing" (a lender's loan, which
# the golds do not file as a subsidy).
MONEY_IN = (r"(?:(?<=billion )|(?<=million )|(?<=trillion )|(?<=crore )|(?<=bn )|(?<=[\d)] ))"
            r"in (?:(?!(?:a|an|the|its|their|new)\b)[\w-]+ ){0,2}?(?:state aid|aid|support|loans)\b"
            r"(?! (?:from|by)\b)")

DESCRIPTOR_WORDS = 3    # common words between "to"/"for" and the recipient's name ("for chip venture X")
RECIPIENT_CHARS = 120   # characters after the act's word within which its recipient is named
GIVE_CHARS = 60         # characters from a verb of giving to the money's words ("offered X a $1.1 billion incentive")

_TO_FOR = re.compile(r"(?<!\bup )\b(?:to|for)\s+(?:the\s+)?(?:(?P<owner>[A-Z][\w.]*(?: [A-Z][\w.]*){0,3})['\u2019]s\s+)?"
                     r"(?:(?!(?:to|for|of|in|on|at|by|with|from|and|or|a|an|the|its|their|help|build|fund|pay)\b)"
                     r"[a-z][\w-]*\s+){0,%d}" % DESCRIPTOR_WORDS)
_BUILT_BY = re.compile(r"\b(?:to be |being |)(?:built|set up|developed|constructed|operated|run)\s+by\s+(?:the\s+)?")
# a verb of giving whose first object is the recipient, its second the money ("offered X a $1.1 billion package")
_GIVE = re.compile(r"\b(?:offered|offers|gave|gives|give|awarded|awards|granted|grants|handed|promised)\s+"
                   r"(?:(?:[A-Z][\w.]*|[A-Z][\w.]* [A-Z][\w.]*)['\u2019]s\s+)?")
_CLAUSE_END = re.compile(r"[;:]|,\s+(?:and|but|while|which|who|the|a|an|after|as|according)\b|\.\s")


def _firm(s: str, x: Span) -> bool:
    """``x`` may receive money: no public body, place or nationality ("to Germany", "for Dresden")."""
    return not (_gov(x.text) or x.text.lower().rstrip(".") in _JURISDICTION_ADJ or
                x.text in {p.text for p in _places(s)})


def recipient(s: str, start: int, end: int, spans: Sequence[Span], body: Span | None) -> Span | None:
    """The name that receives the money given by the act whose words lie at ``s[start:end]``, or None."""
    stop = len(s)
    cut = _CLAUSE_END.search(s, end)
    if cut:
        stop = cut.start()
    stop = min(stop, end + RECIPIENT_CHARS)
    named = [x for x in spans if x is not body and x.end <= stop and _firm(s, x)]
    give = _GIVE.search(s, max(0, start - GIVE_CHARS), start + 1)
    if give is not None:    # "has offered X a $1.1 billion incentive package": the first object, before the money
        first = next((x for x in named if x.start == give.end() and x.end <= start), None)
        if first is not None:
            return first
    others = [x for x in named if x.start >= end]
    for m in _BUILT_BY.finditer(s, end, stop):
        x = next((x for x in others if x.start == m.end()), None)
        if x is not None:
            return x
    for m in _TO_FOR.finditer(s, end, stop):
        # "for Lumen Cardio's planned Plymouth plant": the owner of what the money is for receives it
        x = next((x for x in others if m.group("owner") and x.start == m.start("owner")), None) or \
            next((x for x in others if x.start == m.end()), None)
        if x is not None:
            return x
    return None
