"""The subject of a clause that follows an appositive (issue 12, events34).

"Kanthari Minerals, a producer of battery metals backed by private equity firm Quillmoor Capital, has postponed its
planned London initial public offering": the clause's subject is Kanthari Minerals, the name the appositive
describes, not the nearest name before the trigger (the backer named inside the appositive). ``spans._subject``
took the first name of the sentence for this shape only when it stood at the sentence's very start, so a dateline
("LONDON, March 2 (Reuters) - ") or an opening adverbial ("On Tuesday, ") gave the act to the backer (eval-capital's
false claim title "Quillmoor Capital ... seeks to raise 900 million pounds", the float of a company it backs).

An appositive opens with an article, a relative pronoun or a participle of ownership after a comma (", a producer
...", ", which is backed by ...", ", owned by ...", ", the Paris-listed fund manager"); the subject is the name that
ends right before that comma, when the trigger's own clause (after the appositive's closing comma) names no one.
"""
from __future__ import annotations

import re
from typing import TYPE_CHECKING, Sequence

if TYPE_CHECKING:   # spans imports this module
    from topline.events.spans import Span

_OPENER = re.compile(r",\s+(?:a|an|the|which|who|whose|one of|part of|(?:majority-|wholly-)?owned by|backed by|"
                     r"controlled by|run by|founded by|[\w-]+-(?:based|backed|owned|listed|headquartered))\s", re.I)
# Bounds on the appositive, measured by mend31 on every call made while the 24,986 candidate sentences of the 28
# calibration corpora are read (339 calls in 322 sentences; 56 give a head, 283 find no appositive whatever the bounds):
# APPOSITIVE_CHARS, the characters from the appositive's opening comma to the clause's (its own commas included: "a
# Dayton, Ohio company"), decides none of them at 125 or more: the longest appositive found runs 124 characters
# (eval-clim's "Calthorne Air, a Denver-based startup that pulls carbon dioxide out of the air ...", eval-crypto's
# "Fennlight, a self-custody crypto wallet that ..."; next 106, 104); at 120 those 2 sentences lose their head, at 100
# five, at 80 thirteen, each a true head. 160 keeps a margin over the longest seen.
APPOSITIVE_CHARS = 160
# APPOSITIVE_COMMAS, the commas inside it at most, decides none of the 56 at any value from 0 up: every head is found
# at the first comma back (no calibration appositive holds a comma of its own); 3 allows "a Dayton, Ohio company" and
# an appositive with a short list, unmeasured here.
APPOSITIVE_COMMAS = 3


def appositive_head(sentence: str, clause_start: int, cands: Sequence[Span]) -> Span | None:
    """The name an appositive ending at ``clause_start`` (the comma that opens the trigger's clause) describes, or
    None when the words before that comma are no appositive of a name."""
    p = clause_start
    for _ in range(APPOSITIVE_COMMAS + 1):
        p = sentence.rfind(",", 0, p)
        if p < 0 or clause_start - p > APPOSITIVE_CHARS or ";" in sentence[p:clause_start]:
            return None
        if _OPENER.match(sentence, p):
            head = [x for x in cands if x.end <= p and not sentence[x.end:p].strip()]
            return head[-1] if head and _opens(sentence, head[-1].start) else None
    return None


# What may stand before the subject: a dateline, an opening adverbial ("On Tuesday, ", "Separately, "), an article
# and a few modifiers ("The £96bn "). A name after a verb ("is in talks to acquire X, an office landlord, ...") is the
# verb's object, and the appositive describes it, not the clause's subject (read on eval-prop).
_LEAD_IN = re.compile(r"(?:(?:[A-Z][\w'-]*\s+)?(?:[\w'-]+\s+){0,3}?[\w'-]+,\s+)?(?:(?:The|the)\s+(?:[^\s,]+\s+){0,3}?)?")


def _opens(sentence: str, start: int) -> bool:
    from topline.events.spans import _DATELINE   # spans imports this module
    dateline = _DATELINE.match(sentence)
    return _LEAD_IN.fullmatch(sentence, dateline.end() if dateline else 0, start) is not None
