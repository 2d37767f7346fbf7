"""Rule: a figure belongs to the measure its passage gives it to (fourteenth round of the claim-support check).

"Net profit rose 31% to $212 million, on revenue of $1.46 billion": a claim "net profit reached $1.46 billion"
states a figure of the passage about a measure of the passage, so the figure rule passed it; only the slot is
wrong (eval8's r0105, caught before only because the subject rule misread "Aurel's quarterly net profit").

A money or percent figure of the claim is read with the measure nearest before it in its clause (profit, revenue, debt, ...;
one group for words of one measure: "revenue", "sales", "turnover"). The claim fails when a cited clause gives the
same figure to another measure and the cited sentences give the claim's measure a figure of that kind of its own.
"""
from __future__ import annotations

import re
from typing import Sequence

from topline.enrich.figures import extract_figures

MEASURE_GROUPS = {w: g for g, ws in {
    "revenue": "revenue revenues sales turnover",
    "profit": "profit profits earnings",
    "loss": "loss losses",
    "debt": "debt debts borrowing",
    "valuation": "valuation valued",
    "dividend": "dividend dividends",
}.items() for w in ws.split()}
SLOT_KINDS = ("money", "percent")
_CLAUSE = re.compile(r";|,\s|\s+(?:and|but|while|whereas)\s+")
_WORD = re.compile(r"[A-Za-z][A-Za-z'-]*")


def _slots(text: str) -> list[tuple[tuple[str, float], str]]:
    """((kind, value), measure group) of each money or percent figure of ``text`` with a measure before it in its
    clause."""
    out = []
    for clause in _CLAUSE.split(text):
        if not clause:
            continue
        for f in extract_figures(clause):
            if f.kind not in SLOT_KINDS:
                continue
            at = clause.find(f.text)
            words = [w.lower() for w in _WORD.findall(clause[:at if at >= 0 else len(clause)])]
            measure = next((MEASURE_GROUPS[w] for w in reversed(words) if w in MEASURE_GROUPS), "")
            if measure:
                out.append(((f.kind, round(f.value, 6)), measure))
    return out


def slot_problem(claim: str, sentences: Sequence[str]) -> str:
    """Why a money figure of the claim is another measure's in the cited ``sentences`` ("" otherwise)."""
    mine = _slots(claim)
    if not mine:
        return ""
    theirs = [s for sentence in sentences for s in _slots(sentence)]
    for value, measure in mine:
        given = {m for v, m in theirs if v == value}
        own = {v for v, m in theirs if m == measure and v[0] == value[0]}
        if given and measure not in given and own:
            return f"number: the passage gives this figure to the {sorted(given)[0]}, not the {measure}"
    return ""
