"""Rule: a sentence of kind "analysis" against the fact sentences it sits with (issue 10, item 2): it must say
something and may introduce no name, figure, date, quote, outlet or event that those facts do not contain. Moved
out of ``topline.check.support`` in the eighth round (module size); ``support.analysis_problems`` is this function.
"""
from __future__ import annotations

import re
from typing import Sequence

from topline.check.codes import ANALYSIS_NEW, PLACEHOLDER
from topline.check.content import NAME as _NAME, WORD as _WORD, content_free, terms
from topline.check.evidence import STOPWORDS, clean, stem
from topline.check.support import _GROUP_OF, EVENTS
from topline.check.verbless import VERBLESS_WHY, verbless
from topline.enrich.figures import extract_figures


def analysis_problems(text: str, facts: Sequence[str], *, prose: bool = False) -> tuple[list[str], list[str]]:
    """A sentence of kind "analysis" against the fact sentences it sits with: it must say something and may
    introduce no name, figure, date, quote, outlet or event that those facts do not contain. ``prose=True`` for a
    sentence published in a prose section, which must also have a verb (``verbless``); a computed title need not."""
    why = content_free(text)
    if not why and prose and terms(text) and verbless(clean(text)):
        why = VERBLESS_WHY
    if why:
        return [PLACEHOLDER], [why]
    if not facts:
        return [ANALYSIS_NEW], ["analysis: no fact sentence to build on"]
    base = clean(" ".join(facts))
    low = base.lower()
    base_words = {w.lower() for w in _WORD.findall(base)}
    base_stems = {stem(w) for w in base_words}
    problems, details = [], []
    text = clean(text)
    for n in _NAME.finditer(text):
        for w in n.group(0).split():
            if not w[0].isupper() or (n.start() == 0 and w.lower() in STOPWORDS):
                continue
            lw = w.lower()
            lw = (lw[:-2] if lw.endswith(("'s", "’s")) else lw).strip("'’")   # "Labs" stays "labs"
            if lw in STOPWORDS or lw in base_words or stem(lw) in base_stems:
                continue
            if ("-" in lw or any(c.isdigit() for c in lw)) and \
                    re.search(rf"(?<![\w-]){re.escape(lw)}(?![\w-])", low):
                continue     # a hyphenated name ("Tide-3", "Rolls-Royce") the facts write whole (eighth round); support38:
                #              a token with digits the facts write whole, a peso figure "P58" (eval-work's Labour page)
            if n.start() == 0 and w == n.group(0).split()[0] and lw not in low:
                # a capitalised first word: a name only when the facts write it capitalised somewhere
                if not re.search(rf"\b{re.escape(w)}\b", base):
                    if re.fullmatch(r"[A-Z][a-z]+", w):
                        continue
            problems.append(ANALYSIS_NEW)
            details.append(f"analysis: {w!r} is not in the facts it builds on")
    theirs = {(f.kind, round(f.value, 6)) for f in extract_figures(base)}
    for f in extract_figures(text):
        if f.text.isalpha():
            continue
        if (f.kind, round(f.value, 6)) not in theirs:
            problems.append(ANALYSIS_NEW)
            details.append(f"analysis: the figure {f.text!r} is not in the facts it builds on")
    for m in re.finditer(r'"([^"]{2,})"', text):
        if m.group(1).lower() not in low:
            problems.append(ANALYSIS_NEW)
            details.append(f"analysis: the quote {m.group(0)!r} is not in the facts it builds on")
    for w in (t.word for t in terms(text)):
        g = _GROUP_OF.get(w)
        if g is not None and not (EVENTS[g] & base_words):
            problems.append(ANALYSIS_NEW)
            details.append(f"analysis: the event {w!r} is not in the facts it builds on")
    return problems, details
