"""Rule: a quantifier against the proportion its passage states (seventh round of the claim-support check, issue 10).

A claim that quantifies a set in words ("Most of the region's growers carry hail insurance", "Independents hold a
majority of the council's seats", "Half of the 52 lots went unsold") says how large a share of the set it is: "most"
and "a majority" more than half, "half" about half, "all" the whole. When the passage sentence the clause rewrites
gives that share as a figure for the same set ("Only about 15% of the region's growers", "11 of the council's 45
seats", "4 of the 52 lots"), the figure must lie in the quantifier's range. Every word of such a claim is in its
passage, so coverage alone passed all three (eval4 and eval5, calibration since the seventh round).

Only a proportion written against the same set is read: "N of (the) M <noun>" or "P% of <noun>", with a content
word of the claim's quantified noun phrase within ``SET_REACH`` words after it. Anything else abstains.
"""
from __future__ import annotations

import re

from topline.check.evidence import STOPWORDS, stem

# The share each quantifier states (inclusive bounds). General English: "most" and "a majority" are more than half,
# "half" is about half (a writer rounds 45-55% to "half"), "a third" about a third, and so on.
QUANTIFIERS: dict[str, tuple[float, float]] = {
    "all": (0.99, 1.0), "every": (0.99, 1.0), "none": (0.0, 0.0),
    "nearly all": (0.85, 1.0), "almost all": (0.85, 1.0), "virtually all": (0.9, 1.0),
    "most": (0.5, 1.0), "a majority": (0.5, 1.0), "the majority": (0.5, 1.0), "majority": (0.5, 1.0),
    "the bulk": (0.5, 1.0), "a minority": (0.0, 0.5),
    "half": (0.4, 0.6), "about half": (0.4, 0.6), "roughly half": (0.4, 0.6), "nearly half": (0.4, 0.5),
    "almost half": (0.4, 0.5), "more than half": (0.5, 0.75),
    "a third": (0.25, 0.42), "one third": (0.25, 0.42), "one-third": (0.25, 0.42), "two-thirds": (0.58, 0.75),
    "two thirds": (0.58, 0.75), "a quarter": (0.18, 0.32), "one quarter": (0.18, 0.32),
    "three-quarters": (0.68, 0.82), "three quarters": (0.68, 0.82),
}
SET_REACH = 5    # words after a proportion (or a quantifier) in which the set's noun must stand ("11 of the
#                  council's 45 seats": "seats" is 4 words after "11"); general, not calibrated on a sentence
_Q = "|".join(sorted((re.escape(q) for q in QUANTIFIERS), key=len, reverse=True))
# (the set's last word may stand before the full stop: "almost half of Marlowe's sales."; nineteenth round)
_CLAIM_Q = re.compile(rf"\b(?P<q>{_Q})\b(?:\s+of)?\s+(?P<set>(?:[\w'’-]+(?:\s+|(?=[.,;:!?])|$)){{0,{SET_REACH}}})",
                      re.IGNORECASE)
_NUM = r"\d+(?:,\d{3})*(?:\.\d+)?"
_WORDNUM = {w: i for i, w in enumerate("zero one two three four five six seven eight nine ten eleven twelve".split())}
_NW = rf"(?:{_NUM}|{'|'.join(_WORDNUM)})"
_OF = re.compile(rf"\b(?P<n>{_NW})\s+(?:out\s+)?of\s+(?:the\s+|its\s+|their\s+|[A-Z][\w'’-]*(?:'s|’s)\s+)*"
                 rf"(?:[a-z][\w-]*\s+){{0,2}}?(?P<m>{_NW})\b(?P<set>(?:\s+[\w'’-]+){{0,{SET_REACH}}})", re.IGNORECASE)
_PCT = re.compile(rf"\b(?P<p>{_NUM})\s*(?:%|per\s*cent|percent)\s+of\s+(?P<set>(?:[\w'’-]+\s*){{1,{SET_REACH}}})",
                  re.IGNORECASE)
_WORD = re.compile(r"[A-Za-z][A-Za-z-]*")

# Nineteenth round: a share the passage names in words ("will cut about 600 jobs, a quarter of its staff", "about two
# thirds of the animals", "more than half of their harvest", "about a fifth of the country's container traffic"):
# a claim that quantifies the same set otherwise ("half of its staff", "a third of the animals") moved the share,
# and passed the figure rule (no digits) and the coverage (every word in the passage): eval6, eval8, eval13, eval15.
_COUNTS = {"a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "nine": 9}
_NAMED = {"half": 2, "halves": 2, "third": 3, "thirds": 3, "quarter": 4, "quarters": 4, "fifth": 5, "fifths": 5,
          "tenth": 10, "tenths": 10}
_WORD_SHARE = re.compile(rf"\b(?:(?P<n>{'|'.join(_COUNTS)})[\s-])?(?P<frac>{'|'.join(_NAMED)})\s+of\s+"
                         rf"(?P<set>(?:[\w'’-]+(?:\s+|(?=[.,;:!?])|$)){{1,{SET_REACH}}})", re.IGNORECASE)
NAMED_SLACK = 0.05   # a claim's named share ("a third": 0.33) must be within this of the passage's ("a quarter":
#                      0.25): two named fractions of one set are the same fraction or another (general, not tuned)


def named_shares(passage: str) -> list[tuple[float, set[str], str]]:
    """(share, stems of the set's words, text) of every share ``passage`` names in words ("a quarter of its
    staff"; a bare "half of" is one half)."""
    out = []
    for m in _WORD_SHARE.finditer(passage):
        n = _COUNTS.get((m.group("n") or "a").lower(), 1)
        share = n / _NAMED[m.group("frac").lower()]
        if share <= 1:
            out.append((share, _set_stems(m.group("set")), _to_clause_end(passage, m)))
    return out


def _named_value(q: str) -> float | None:
    """The share a named fraction of the claim states ("a third": 1/3; "two-thirds": 2/3), None for other words."""
    m = re.fullmatch(rf"(?:about\s+|roughly\s+)?(?:(?P<n>{'|'.join(_COUNTS)})[\s-])?(?P<frac>{'|'.join(_NAMED)})",
                     q.lower())
    return None if m is None else _COUNTS.get(m.group("n") or "a", 1) / _NAMED[m.group("frac")]


def _num(text: str) -> float:
    t = text.lower()
    return float(_WORDNUM[t]) if t in _WORDNUM else float(t.replace(",", ""))


def _set_stems(text: str) -> set[str]:
    return {stem(w.lower().removesuffix("'s").removesuffix("’s")) for w in _WORD.findall(text)
            if w.lower() not in STOPWORDS and len(w) > 2}


def _to_clause_end(passage: str, m: re.Match[str]) -> str:
    """The proportion with the rest of its clause (what is counted: "4 of the 52 lots went unsold")."""
    return m.group(0) + re.split(r"[,;:]|\.(?!\d)", passage[m.end():], maxsplit=1)[0]


def proportions(passage: str) -> list[tuple[float, set[str], str]]:
    """(share, stems of the set's words, text) of every proportion ``passage`` states."""
    out = []
    for m in _OF.finditer(passage):
        n, whole = _num(m.group("n")), _num(m.group("m"))
        if whole > 0 and n <= whole:
            out.append((n / whole, _set_stems(m.group(0)[len(m.group("n")):]), _to_clause_end(passage, m)))
    for m in _PCT.finditer(passage):
        p = float(m.group("p").replace(",", ""))
        if p <= 100:
            out.append((p / 100, _set_stems(m.group("set")), _to_clause_end(passage, m)))
    return out


def _complement(mine: set[str], text: str) -> bool:
    """Whether the passage counts the complement of the claim's set: a word of one is the other's with a negating
    prefix ("4 of the 52 lots went unsold" counts the unsold lots; "most of the lots sold" the sold ones)."""
    theirs = {w.lower() for w in _WORD.findall(text)}
    return any(a == p + b or b == p + a for a in mine for b in theirs for p in ("un", "non", "non-", "in", "dis"))


def quantifier_problem(claim: str, passage: str) -> str:
    """Why the share a quantifier of ``claim`` states is not the proportion ``passage`` gives the same set ("" when
    it is, or when either is not there)."""
    props = proportions(passage)
    named = named_shares(passage)
    if not props and not named:
        return ""
    for m in _CLAIM_Q.finditer(claim):
        before = claim[:m.start()].rstrip().lower()
        if before.endswith(("than", "not", "of")):     # "more than all", "not all", "two of most": not judged
            continue
        lo, hi = QUANTIFIERS[m.group("q").lower()]
        want = _set_stems(m.group("set"))
        if not want:
            continue
        mine = {w.lower() for w in _WORD.findall(claim[m.start():])}
        hits = [(1 - share if _complement(mine, text) else share, text) for share, theirs, text in props
                if want & theirs]
        if hits and not any(lo - 1e-9 <= share <= hi + 1e-9 for share, _ in hits):
            return f"direction: the sentence says {m.group('q').lower()!r} where its passage says {hits[0][1].strip()!r}"
        value = _named_value(m.group("q"))
        words = [(share, text) for share, theirs, text in named if want & theirs and not _complement(mine, text)]
        if words and not any((lo - 1e-9 <= share <= hi + 1e-9) if value is None else
                             abs(share - value) <= NAMED_SLACK for share, _ in words):
            return f"direction: the sentence says {m.group('q').lower()!r} where its passage says {words[0][1].strip()!r}"
    return ""
