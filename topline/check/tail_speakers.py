"""A speaker named by a description at the claim's end, "..., the payments processor said.", read as the actor of
the cited articles that bears that description (support39, issue 10).

``references.resolve_claim`` rewrote a definite description only where it opens a claim's sentence ("The Bermuda
reinsurer said ..."); the same description as the speaker of a trailing attribution ("A faulty update caused the
outage, the payments processor said", where the article has "Paylorne, a payments processor") was left as it was, and
the subject rule, reading the speaker as who acts, found no "payments processor" in the sentence that tells the cause:
"'the payments processor' is not who acts" (eval25's ka0059). The description is rewritten to the one actor whose
descriptions and head it fits (the test ``references._descriptions_named`` uses); none or two fitting leaves it as it
is, so the readings judge the name in its place exactly as they judge a claim that names it.
"""
from __future__ import annotations

import re
from typing import Sequence

from topline.speech import SPEAKER_VERBS

# ", the payments processor said." / ", the line added on Wednesday.": the description after the last comma, up to
# MAX_WORDS words, then a verb of speech and at most a few words (a time) to the end.
MAX_WORDS = 4   # words of the description with its head, as references.MAX_DESCRIPTION_WORDS
_TAIL = re.compile(
    rf",\s+[Tt]he\s+((?:[a-z][\w-]*\s+){{0,{MAX_WORDS - 1}}}[a-z][\w-]*)\s+(?:{'|'.join(sorted(SPEAKER_VERBS))})"
    r"(?:\s+[\w-]+){0,3}\s*[.!]?\s*$")


def tail_speaker_named(s: str, actors: Sequence, content, stem) -> str:
    """``s`` with a trailing speaker's definite description replaced by the one actor of ``actors`` that bears it
    (``content`` and ``stem`` are the references module's word readers)."""
    m = _TAIL.search(s)
    if not m:
        return s
    words = m.group(1).split()
    desc = content(" ".join(words))
    head = stem(words[-1].lower())
    fitting = {a.name for a in actors if desc and desc <= a.descriptions and head in a.heads}
    if len(fitting) != 1:
        return s
    return s[:m.start()] + ", " + fitting.pop() + s[m.end(1):]
