"""Helpers of the state-action rule (``extract._state_action``): whether an action word names an act of the day, and
whose jurisdiction an acting body is. Split from ``extract`` (issue 12, fourth pass) to keep each module under the
size the developers' guide asks for."""
from __future__ import annotations

import re

from topline.events.spans import _BODY_JURISDICTION, _DATELINE, _JURISDICTION_ADJ, Span, _places

# An action word that names no act of the day: a law or rule referred to ("under the AI Act's rules", "without new
# legislation"), one denied ("has passed no federal rules"), or a decision still to come ("is set to rule on",
# "is expected to publish the proposed rule", "asked the Commission to suspend").
_REFERRED = re.compile(r"\b(?:under|without|in line with|align with|comply with|complying with)\s+(?:the\s+|its\s+|their\s+|"
                       r"new\s+|existing\s+)?(?:[\w-]+(?:['’]s)?\s+){0,6}$", re.IGNORECASE)
_DENIED = re.compile(r"\b(?:no|not|never)\s+(?:[\w-]+\s+){0,2}$", re.IGNORECASE)
_PENDING = re.compile(r"\b(?:set|expected|likely|poised|due|asked|urged|called on|calls? on|asking|urging)\b"
                      r"(?:\s+[\w'’-]+){0,6}?\s+to\s+(?:[\w-]+\s+){0,4}$", re.IGNORECASE)
# A law described, not acted on: "Senate Bill 6, signed in June, which sets new standards", "the Mission, approved
# with an outlay of ...", "EU rules already require".
_DESCRIBED = re.compile(r",\s*which\s+(?:[\w-]+\s+){0,4}$|,\s*$", re.IGNORECASE)


def _not_an_act(s: str, m: re.Match[str]) -> bool:
    before = s[max(0, m.start() - 80):m.start()]
    described = _DESCRIBED.search(before) and (m.group(0).lower().endswith("ed") or "which" in
                                                _DESCRIBED.search(before).group(0).lower())
    return bool(_REFERRED.search(before) or _DENIED.search(before) or _PENDING.search(before) or described or
                re.match(r"\s+(?:[\w-]+\s+)?already\b", s[m.end():]))


def _jurisdiction(s: str, body: Span | None) -> tuple[str, str] | None:
    """The adjective or place of the body ("European Commission" -> EU), else a demonym, else a place (never one
    of a dateline)."""
    dateline = _DATELINE.match(s)
    skip = dateline.end() if dateline else 0
    if body and _BODY_JURISDICTION.get(re.sub(r"^(?:the|u\.s\.|us)\s+", "", body.text.lower())):
        known = _BODY_JURISDICTION[re.sub(r"^(?:the|u\.s\.|us)\s+", "", body.text.lower())]
        adj = re.search(r"\b(?:U\.S\.|US|American|federal)\s*$", s[:body.start])
        return known, adj.group(0).strip() if adj else body.text   # the body's name says whose it is
    if body:
        first = body.text.split()[0]
        j = _JURISDICTION_ADJ.get(first.lower().rstrip("'s’"))
        if j:
            return j, first
        for p in _places(body.text):
            return p.text, p.text
        of = re.search(r"\bof ((?:[A-Z][\w-]+ ?){1,3})$", body.text)   # "Monetary Authority of Singapore"
        for p in (_places(of.group(1).strip()) if of else ()):
            return p.text, p.text
        at = s.rfind(" ", 0, max(0, body.start - 1))
        prev = s[at + 1:body.start].strip().rstrip("'s’").rstrip("’'")
        if prev and (prev.lower() in _JURISDICTION_ADJ or _places(prev)):
            return _JURISDICTION_ADJ.get(prev.lower(), prev), prev
    cands = [(p.start, p.text, p.text) for p in _places(s) if p.start >= skip]
    for m in re.finditer(r"\b[A-Z][\w.]*", s):
        word = m.group(0) if m.group(0) == "U.S." else m.group(0).rstrip(".")
        j = _JURISDICTION_ADJ.get(word.lower())
        if j:
            cands.append((m.start(), j, word))
    if not cands:
        return None
    _, value, text = min(cands)
    return value, text
