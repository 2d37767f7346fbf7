"""Rule: a comparison the claim makes must point the way its cited sentence's does (support35, issue 10).

"Rangers arrested fewer poachers than a year earlier" where the article has "37 suspected poachers, up from 22";
"The glasses last half as long as the nearest rival" where "twice as long as the nearest rival"; "Other bank shares
fell more than Orrin's" where "Other bank shares fell less". The movement rules (``topline.check.directions``) leave
"X than Y" alone (a relation of two quantities, not a movement), so a comparison turned round passed when every
word of it is in the article.

The claim clause's comparison is a comparative before "than" ("fewer ... than", "more than", "cheaper than") or a
multiplier before "as ... as" ("half as many as"); its sign is that of the word (``MORE`` / ``LESS``: general English
comparatives and multipliers, not words of the labelled set). The cited sentence that tells the same thing is the
one sharing most of the clause's other content words (at least ``ALIGN_MIN`` and ``ALIGN_SHARE`` of them); its
comparison is any word of ``MORE`` / ``LESS`` or an "up from" / "down from" before a figure. The claim is rejected
when that sentence's comparisons all point the other way. A claim clause with both signs, or a negation, is left
alone.
"""
from __future__ import annotations

import re
from typing import Sequence

from topline.check.evidence import STOPWORDS, stem
from topline.check.signs import sign_problem

MORE = frozenset("""more greater bigger larger higher faster longer older heavier dearer costlier wider stronger
later above twice double doubled""".split())
LESS = frozenset("""fewer less smaller lower slower shorter younger lighter cheaper narrower weaker sooner below
half halved""".split())
QUANTIFIERS = frozenset("more fewer less above below".split())
# Words after which a comparative is no attribute of a noun ("fell less than", "cheaper to make", "twice as long").
_AFTER = frozenset("than to as in at on by for from and or but while with".split())
ALIGN_MIN = 3            # content words the cited sentence must share with the claim clause (besides comparisons)
ALIGN_SHARE = 0.5        # ... and this share of the clause's content words
COMPARE_REACH = 5        # tokens between a comparative and its "than" ("fewer suspected poachers than")
_TOKEN = re.compile(r"[A-Za-z][A-Za-z'-]*|\d+(?:[.,]\d+)*|[,;:()]")
_NEGATORS = frozenset("not n't never no neither nor".split())
_UP_FROM = re.compile(r"\b(up|down)\s+(?:by\s+)?from\b", re.IGNORECASE)


def _content(toks: Sequence[str]) -> set[str]:
    return {stem(t.lower().removesuffix("'s")) for t in toks if t[0].isalnum() and t.lower() not in STOPWORDS
            and t.lower() not in MORE and t.lower() not in LESS}


def _sign(word: str) -> int:
    w = word.lower()
    return 1 if w in MORE else -1 if w in LESS else 0


def claim_signs(clause: str) -> set[int]:
    """The signs of the comparisons ``clause`` makes: a comparative with "than" within ``COMPARE_REACH`` tokens
    after it, a multiplier before "as ... as"."""
    toks = [t.lower() for t in _TOKEN.findall(clause)]
    out = set()
    for i, t in enumerate(toks):
        s = _sign(t)
        if not s or any(x[0].isdigit() for x in toks[max(0, i - 2):i]):
            continue        # "16 more shops than", "5,600 euros more than": a counted difference (figure rules)
        after = toks[i + 1:i + 1 + COMPARE_REACH]
        if "than" in after and not set(after[:after.index("than")]) & set(",;:()"):
            out.add(s)
        elif t in ("half", "twice", "double") and after[:1] == ["as"] and "as" in after[1:]:
            out.add(s)
    return out


def sentence_signs(sentence: str) -> set[int]:
    """The signs of the comparisons a cited sentence makes: a comparative or multiplier not before a noun ("lower
    prices", "smaller stores" describe a thing; "more", "fewer", "less" count it), "up from" / "down from"."""
    toks = [t.lower() for t in _TOKEN.findall(sentence)]
    out = {_sign(t) for i, t in enumerate(toks)
           if t in QUANTIFIERS or i + 1 == len(toks) or not toks[i + 1].isalpha() or toks[i + 1] in _AFTER} - {0}
    out |= {1 if m.group(1).lower() == "up" else -1 for m in _UP_FROM.finditer(sentence)}
    return out


def comparison_problem(claim: str, docs_sentences: Sequence[Sequence[str]]) -> str:
    """Why a comparison of the claim points the other way from its cited sentence's; "" otherwise."""
    for clause in re.split(r";|,\s+(?:and|but|while|whereas)\s+", claim):
        toks = _TOKEN.findall(clause)
        if {t.lower() for t in toks} & _NEGATORS:
            continue
        mine = claim_signs(clause)
        if len(mine) != 1:
            continue
        want = next(iter(mine))
        words = _content(toks)
        need = max(ALIGN_MIN, ALIGN_SHARE * len(words))
        best, at = 0, ""
        for sentences in docs_sentences:
            for s in sentences:
                got = len(words & _content(_TOKEN.findall(s)))
                if got > best:
                    best, at = got, s
        if best < need:
            continue
        theirs = sentence_signs(at)
        if theirs == {-want}:
            return f"direction: the sentence's comparison says {'more' if want > 0 else 'less'} where its " \
                   f"cited sentence says {'less' if want > 0 else 'more'}"
    return sign_problem(claim, docs_sentences)   # the sign of a computed difference (support45)
