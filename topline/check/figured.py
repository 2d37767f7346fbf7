"""A movement the sentence's own figures tell (support26 of the claim-support check, issue 10).

"16 trains an hour will be able to run on the line, up from 12 now", "the lender's profit was 874 million euros, up
from 842 million", "Orbivale aims to have 200 satellites in orbit by 2030, up from 84 now": the direction word
("up") is computed from the two figures, which the passage states without a verb of movement ("16 trains an hour
..., against 12 now", "874 million euros, against 842 million in the same period last year"). The direction rules
compared the word with the passage's verbs and rejected such sentences, often because a neighbouring sentence
moved something else the other way ("down from 301 million" for the quarter).

A claim's movement is told by its figures when it reads "B, up/down from A", "rose/fell ... to B from A" or
"rose/fell from A to B"; the direction word agrees with the two values (up: B above A); and one cited sentence
states both values with A as the base ("from A", "against A", "compared with A", "A ... earlier"/"ago"/"last year")
and B not. Then the direction rules' up/down readings of that word give way; the figure rule still asks each figure
to be stated. A sentence that swaps the direction and the figures ("5,200 visitors, down from 6,800" where 6,800
came after 5,200) gives A where the passage has no base: it stays judged.
"""
from __future__ import annotations

import re
from typing import Sequence

from topline.check.directions import pole
from topline.check.evidence import Doc

_NUM = r"[$€£]?\d[\d,]*(?:\.\d+)?(?:\s*(?:%|per\s+cent|million|billion|trillion|bn|m)\b|%)?"
_SCALE = {"million": 1e6, "m": 1e6, "billion": 1e9, "bn": 1e9, "trillion": 1e12}
_GAP = r"[^.;]{0,60}?"
_UP_FROM = re.compile(rf"(?P<b>{_NUM}){_GAP}\s+(?P<pole>up|down)\s+from\s+(?P<a>{_NUM})", re.IGNORECASE)
_TO_FROM = re.compile(rf"\b(?P<verb>[a-z]+)\s+(?:by\s+{_NUM}\s+)?to\s+(?P<b>{_NUM}){_GAP}\s+from\s+(?P<a>{_NUM})",
                      re.IGNORECASE)
_FROM_TO = re.compile(rf"\b(?P<verb>[a-z]+)\s+from\s+(?P<a>{_NUM})\s+to\s+(?P<b>{_NUM})", re.IGNORECASE)
_BASE_BEFORE = re.compile(r"\b(?:from|against|compared\s+with|compared\s+to|versus|vs\.?)\s+(?:about\s+|some\s+|"
                          r"around\s+|nearly\s+)?[$€£]?$", re.IGNORECASE)
_BASE_AFTER = re.compile(r"^[^.;,]{0,40}?\b(?:earlier|ago|last\s+year|a\s+year\s+before|previously)\b", re.IGNORECASE)
_DIGITS = re.compile(r"\d[\d,]*(?:\.\d+)?")


def _value(text: str, scale_of: str = "") -> float:
    """The value of a figure's text, a scale word borrowed from ``scale_of`` when it has none ("842 million" after
    "874 million euros, up from 842")."""
    v = float(_DIGITS.search(text).group(0).replace(",", ""))
    words = re.findall(r"[a-z]+", text.lower()) or re.findall(r"[a-z]+", scale_of.lower())
    return v * next((_SCALE[w] for w in words if w in _SCALE), 1.0)


def _told(claim: str) -> tuple[str, float, float] | None:
    """(pole, A, B) of the claim's movement from A to B, with the pole its words give; None when none."""
    m = _UP_FROM.search(claim)
    if m:
        p = m.group("pole").lower()
    else:
        m = _TO_FROM.search(claim) or _FROM_TO.search(claim)
        if m is None:
            return None
        p = pole(m.group("verb"))
        if not p:
            return None
    b = _value(m.group("b"))
    return p, _value(m.group("a"), m.group("b")), b


def _based(sentence: str, g_text: str) -> bool | None:
    """Whether the figure written ``g_text`` stands in ``sentence`` as a base (None when not found)."""
    at = sentence.find(g_text)
    if at < 0:
        return None
    return bool(_BASE_BEFORE.search(sentence[:at]) or _BASE_AFTER.match(sentence[at + len(g_text):]))


def _same(x: float, y: float) -> bool:
    return abs(x - y) <= 1e-9 * max(1.0, abs(x), abs(y))


def told_by_figures(claim: str, docs: Sequence[Doc]) -> bool:
    """Whether the claim's up/down is told by its own two figures, stated by one cited sentence with the same base
    (see the module docstring)."""
    got = _told(claim)
    if got is None:
        return False
    p, a, b = got
    if _same(a, b) or (p == "up") != (b > a):
        return False
    for d in docs:
        by_sentence: dict[int, list] = {}
        for i, g in d.figures:
            by_sentence.setdefault(i, []).append(g)
        for i, figs in by_sentence.items():
            s = d.sentences[i]
            bases = [_based(s, g.text) for g in figs if _same(g.value, a)]
            levels = [_based(s, g.text) for g in figs if _same(g.value, b)]
            if True in bases and False in levels:
                return True
    return False


_POLE_REASON = re.compile(r"^direction: the sentence says (?:up|down|'(?P<word>[^']+)') where")


def unless_figured(why: str, claim: str, docs: Sequence[Doc]) -> str:
    """``why`` without a direction reason about an up/down word that the claim's own figures tell."""
    m = _POLE_REASON.match(why or "")
    if m is None or (m.group("word") and not pole(m.group("word")) and m.group("word").lower() not in ("up", "down")):
        return why
    return "" if told_by_figures(claim, docs) else why
