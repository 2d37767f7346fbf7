"""Rule: what a name is (sixth round of the claim-support check, issue 10).

A claim that types a named entity ("Kiln 3 is a Taiwanese company that makes artificial intelligence chips") needs
a cited article that says so: a sentence naming the entity, or the sentence after it (where "the company" refers
back), must carry every content word of the noun phrase the claim gives it ("Taiwanese company"). eval4
(calibration since the sixth round) published that SmolLM2 sentence where Kiln 3 is a chip of an Austin-based
company: every other word of the claim is in the passage, so coverage alone passed it.

Only the plainest shape is read: a sentence that opens with a name and "is a/an" or "was a/an". Figures and
comparisons ("is the largest ...") are the other rules' work.
"""
from __future__ import annotations

import re
from typing import Sequence

from topline.check.evidence import STOPWORDS, stem

_COPULA = re.compile(r"^\W*(?P<name>(?:[A-Z][\w&'.-]*|\d+)(?:\s+(?:[A-Z][\w&'.-]*|\d+|of|de|and|&)){0,5})\s+"
                     r"(?:is|was)\s+(?:a|an)\s+(?P<np>[^,;:]+)")
# Where the noun phrase ends: a relative pronoun, a participle or a preposition starting a complement.
_NP_END = re.compile(r"\s+(?:[a-z]+ed|made|built|run|that|which|who|whose|with|for|in|on|at|from|by|of|to|based|founded|owned|making|"
                     r"developing|selling|known|after|since|and|or)\b.*$", re.IGNORECASE)
_WORDS = re.compile(r"[A-Za-z][A-Za-z'-]*|\d+")


def _stems(text: str) -> set[str]:
    out = set()
    for w in _WORDS.findall(text):
        lw = w.lower()
        out.add(stem(lw))
        out |= {stem(p) for p in lw.split("-") if p}        # "artificial-intelligence" states "intelligence"
    return out


def copula_problem(claim: str, sentences: Sequence[str]) -> str:
    """Why the cited ``sentences`` do not say the claim's "NAME is a/an N" ("" when they do, or the claim has
    no such shape)."""
    m = _COPULA.match(claim)
    if not m:
        return ""
    name = [stem(w.lower()) for w in _WORDS.findall(m.group("name")) if w.lower() not in STOPWORDS]
    np = _NP_END.sub("", m.group("np").strip().rstrip("."))
    want = {stem(w.lower()) for w in _WORDS.findall(np) if w.lower() not in STOPWORDS and len(w) > 2}
    if not name or not want:
        return ""
    for i, s in enumerate(sentences):
        if set(name) <= _stems(s):
            near = _stems(" ".join(sentences[i:i + 2]))
            if want <= near:
                return ""
    return f"unsupported: no cited sentence says {m.group('name')} is a {np}"
