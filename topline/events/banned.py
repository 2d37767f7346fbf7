"""What a ban or sanctions fall on, told in common words (issue 12, events30; read on eval-clim, eval-def, eval-agri).

The state-action rule names a ban's target when it is a name ("sanctioned Volnaya Birzha") or goods after "a ban on"
(``state_action``). A ban told by its verb with its object right after it, or sanctions imposed "on" people counted or
described, had no target: "Indonesia will ban imports of plastic scrap from March 1", "New Delhi banned exports of the
sweetener", "imposed sanctions on 31 individuals and entities it said ...". The target is that object's noun phrase:
an optional count, up to three modifiers (common words or a nationality), a plural head, a second plural joined by
"and", and one "of" phrase ("imports of plastic scrap"); it ends before a clause, a preposition or a time.
"""
from __future__ import annotations

import re

from topline.events.spans import _JURISDICTION_ADJ, Span

_COUNT = r"(?:\d[\d,]*|two|three|four|five|six|seven|eight|nine|ten|dozens of|hundreds of)\s+"
_MOD = r"(?!(?:of|to|from|in|on|at|by|with|for|and|or|the|a|an|its|their|it|that|which|who|new)\b)[\w'-]+\s+"
_HEAD = r"(?:[a-z][\w-]*[a-rt-z]s|men|women|people|children)\b"
_OBJECT = re.compile(rf"(?:{_COUNT})?(?:{_MOD}){{0,3}}?{_HEAD}(?:\s+and\s+(?:{_MOD}){{0,2}}?{_HEAD})?"
                     rf"(?:\s+of\s+(?:the\s+)?(?:{_MOD}){{0,2}}?[a-z][\w-]*\b)?"
                     r"(?=\s+(?:from|to|in|on|until|for|over|after|it|that|which|who|accused|starting|as|with)\b|"
                     r"\s*[,.;]|\s*$)")
# where the object starts: right after the verb of banning, or after "sanctions on"
_BAN_VERB = re.compile(r"(?:ban|bans|banned|banning|prohibit|prohibits|prohibited|prohibiting)$", re.IGNORECASE)
_SANCTIONS_ON = re.compile(r"\s+on\s+(?:the\s+)?")


def banned_object(s: str, trigger_start: int, trigger_end: int) -> Span | None:
    """The object of the ban whose words lie at ``s[trigger_start:trigger_end]``, as written, or None."""
    word = s[trigger_start:trigger_end]
    if _BAN_VERB.search(word) and not re.search(r"\b(?:a|an|the|its|their)\s+$", s[:trigger_start]):
        at = trigger_end + 1 if s[trigger_end:trigger_end + 1] == " " else -1
    elif word.lower().endswith("sanctions"):
        on = _SANCTIONS_ON.match(s, trigger_end)
        at = on.end() if on else -1
    else:
        return None
    if at < 0:
        return None
    m = _OBJECT.match(s, at)
    if m is None or m.group(0).split()[0].lower() in _JURISDICTION_ADJ and len(m.group(0).split()) == 1:
        return None
    words = [w for w in m.group(0).split() if w[:1].isupper()]
    if any(w.lower().rstrip(".") not in _JURISDICTION_ADJ for w in words):
        return None     # a name in it: the name rules read it
    return Span(m.group(0), m.start(), m.end())
