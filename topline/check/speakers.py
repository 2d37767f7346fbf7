"""Rule: whose words a claim reports (issue 10, support33).

"Anneke Vos said Westmere remained an attractive destination" where the article has "The education minister, Paul
Garrick, said the rules had cut fraudulent applications and that Westmere remained an attractive destination" and
Anneke Vos says something else: every word of the claim is in the article, the speaker is a person it names, and the
who-acts readings compare the claim's speaker with the subject of the passage sentence they align it with, which
they did not here.

The claim's "PERSON said CONTENT" (or "CONTENT, PERSON said") is compared with every cited sentence that reports
most of its content (``CONTENT_SHARE`` of its content words) with a speaker of its own: when each of those names a
person as the speaker and none is the claim's (by surname), the claim is rejected. Only persons named with two
capitalised words or more on both sides are read (a company, a description or a pronoun may be another name for the
speaker: "the company said" / "Quenby said" - tried on the twenty-six LOPO parts, they rejected faithful
paraphrases).
"""
from __future__ import annotations

import re
from typing import Sequence

from topline.check.evidence import content_stems
from topline.speech import SPEAKER_VERBS, alternation

CONTENT_SHARE = 0.6    # share of the claim's reported words a cited report must carry to be the same report
MIN_CONTENT = 3        # content words the claim must report to be compared
MAX_SPEAKER_WORDS = 14  # words before the verb of speech read as its speaker (with an apposition: "The minister,
                        # Paul Garrick, said")
_SAY = rf"(?:told\s+\w+|{alternation(w for w in SPEAKER_VERBS if w != 'told')})"   # "told" with its object
_LEAD = re.compile(rf"^(?P<s>.{{2,90}}?)\s+{_SAY}\s+(?:on\s+\w+\s+)?(?:that\s+)?(?P<c>.+)$")
_TRAIL = re.compile(rf"^(?P<c>.+),\s+(?P<s>[^,]{{2,60}}?)\s+{_SAY}(?:\s+on\s+\w+)?\.?$")
_PERSON = re.compile(r"\b([A-Z][a-z]+(?:\s+[A-Z][a-z]+)+)\b(?!['’])")
_TITLE_WORDS = frozenset("""the its his her their a an this that chief mayor minister director president executive
officer finance prime secretary chair chairman chairwoman head manager spokesman spokeswoman spokesperson general
deputy senior professor doctor dr""".split())


def _reports(text: str) -> list[tuple[str, str]]:
    """(speaker, content) of each way ``text`` reports speech: "CONTENT, SPEAKER said" and "SPEAKER said CONTENT"."""
    text = text.strip()
    out = []
    m = _TRAIL.match(text)
    if m:
        out.append((m.group("s"), m.group("c")))
    m = _LEAD.match(text)
    if m and len(m.group("s").split()) <= MAX_SPEAKER_WORDS and ";" not in m.group("s"):
        out.append((m.group("s"), m.group("c")))
    return out


def _persons(speaker: str) -> set[str]:
    """The surnames of the persons a speaker phrase names (two capitalised words or more, titles left out)."""
    out = set()
    for m in _PERSON.finditer(speaker):
        words = [w for w in m.group(1).split() if w.lower() not in _TITLE_WORDS]
        if len(words) >= 2:
            out.add(words[-1].lower())
    return out


def speaker_problem(claim: str, sentences: Sequence[str]) -> str:
    """Why the person the claim has say something is not the one the cited ``sentences`` have say it ("" when it
    is, or when unsure)."""
    mine = _reports(claim)
    if not mine:
        return ""
    speaker, content = mine[0]
    names = _persons(speaker)
    words = set(content_stems(content))
    if not names or len(words) < MIN_CONTENT:
        return ""
    theirs = [sp for s in sentences for sp, c in _reports(s)
              if len(words & set(content_stems(c))) / len(words) >= CONTENT_SHARE]
    if not theirs or any(not _persons(sp) or _persons(sp) & names for sp in theirs):
        return ""
    return f"unsupported: the cited articles have {theirs[0].strip(' ,')!r} say it, not {speaker!r}"
