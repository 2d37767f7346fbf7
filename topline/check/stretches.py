"""Rule: a figure keeps the stretch of the year its source reports it for (issue 10, support33).

Results are reported for a stretch of a company's year: a quarter ("third-quarter profit", "in the second
quarter", "Q3"), a half ("the first half", "H1"), nine months ("the first nine months"), the full year. A claim
that gives a figure of the first half to the third quarter ("Klusmeer's sales reached 2.21 billion euros in the
third quarter" where the article's 2.21 billion is "for the first half of its fiscal year") shares every other word
with its source, and ``periods.period_problem`` compares a quarter only with a quarter: planted wrong figures of this
shape passed (support33: Dunvale's nine months, Posta Lestria's first half, Meridia's first half, the twenty-six LOPO
parts).

Each figure of the claim with a stretch next to it (``periods.ATTACH_CHARS`` either side, no comma, semicolon or
other figure between) is compared with every cited sentence that states the same value: when those that give the
value a stretch never give the claim's, the claim is rejected. A statement with no stretch abstains only when no
statement has one (a headline states the figure bare, the body says for what).
"""
from __future__ import annotations

import re
from typing import Sequence

from topline.check.periods import ATTACH_CHARS
from topline.enrich.figures import placed_figures

_NTH = {"first": "1", "second": "2", "third": "3", "fourth": "4", "1st": "1", "2nd": "2", "3rd": "3", "4th": "4"}
STRETCH = re.compile(
    r"\b(?:(?P<quarter>(?:first|second|third|fourth|1st|2nd|3rd|4th)[\s-]+quarter|q[1-4])|"
    r"(?P<half>(?:first|second)[\s-]+half|h[12])|(?P<nine>(?:first\s+)?nine\s+months)|"
    r"(?P<full>full[\s-]+year|whole\s+year))\b", re.IGNORECASE)


_OPENING = re.compile(r"^\s*(?:in|for|over|during|across)\s+(?:the|its|their)\s+$", re.IGNORECASE)


def _key(m: re.Match[str]) -> str:
    text = " ".join(m.group(0).lower().replace("-", " ").split())
    if m.lastgroup == "quarter":
        return "quarter " + (text[1] if text.startswith("q") else _NTH[text.split()[0]])
    if m.lastgroup == "half":
        return "half " + (text[1] if text.startswith("h") else _NTH[text.split()[0]])
    return {"nine": "nine months", "full": "full year"}[m.lastgroup or "full"]


def stretched(text: str) -> list[tuple[tuple[str, float], str | None]]:
    """Each figure of ``text`` that is no date ((kind, value), the stretch next to it or None), in order."""
    stretches = [(m.start(), m.end(), _key(m)) for m in STRETCH.finditer(text)]
    # a figure inside a stretch ("nine months") is the stretch's, not a figure of its own
    figs = [p for p in placed_figures(text) if not p.figure.text.isalpha() and
            not any(s <= p.start and p.end <= e for s, e, _k in stretches)]
    # a stretch in the phrase that opens the sentence is every figure's ("For the first half of its fiscal year,
    # which ended in July, the company had reported sales of 2.21 billion euros")
    opening = next((k for s, _e, k in stretches if _OPENING.match(text[:s])), None)
    out = []
    for k, p in enumerate(figs):
        lo = figs[k - 1].end if k else 0
        hi = figs[k + 1].start if k + 1 < len(figs) else len(text)
        best: tuple[int, str] | None = None
        for s, e, key in stretches:
            if p.end <= s <= hi and s - p.end <= ATTACH_CHARS and not re.search(r"[;,]", text[p.end:s]):
                gap = s - p.end
            elif lo <= s and e <= p.start and p.start - e <= ATTACH_CHARS and not re.search(r"[;,]", text[e:p.start]):
                gap = p.start - e
            else:
                continue
            if best is None or gap < best[0]:
                best = (gap, key)
        if p.figure.kind != "date":
            out.append(((p.figure.kind, round(p.figure.value, 6)), best[1] if best else opening))
    return out


def stretch_problem(claim: str, sentences: Sequence[str]) -> str:
    """Why a figure of the claim is given another stretch of the year than the cited statements of it give ("" when
    not, or when none gives one)."""
    mine = [(v, k) for v, k in stretched(claim) if k is not None]
    if not mine:
        return ""
    stated: dict[tuple[str, float], list[str | None]] = {}
    for s in sentences:
        for value, key in stretched(s):
            stated.setdefault(value, []).append(key)
    for value, key in mine:
        theirs = [k for k in stated.get(value, []) if k is not None]
        if theirs and key not in theirs:
            return f"number: the sentence gives a figure for the {key} where its source gives it for the {theirs[0]}"
    return ""
