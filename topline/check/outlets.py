"""Rule: outlets. "according to X", "X reports", "per X", "X said", "told X" ... must name the outlet of a cited
article, and that outlet's cited articles alone must carry the sentence; a citation's ``source`` must be its
article's outlet. Outlet spellings come from the one alias table (topline/data/outlets.toml)."""
from __future__ import annotations

import math
import re
from typing import Sequence

from topline.check.codes import ANCHOR_WINDOW, REPORTED_IN_SHARE, window
from topline.check.evidence import Doc, Pool, has_phrase, outlet_key, outlet_spellings

_PUNCT = re.compile(r"[^a-z0-9]+")

# What an outlet does as a claim's source: a publication's verbs of reporting (finds, reveals, tallied, "puts the ... at",
# "has learned"), not a speaker's, so they stay here and not in topline/speech.py (mend28)
REPORT_VERBS = (r"(?:reports?|reported|has\s+reported|is\s+reporting|said|says|notes?|noted|writes?|wrote|adds?|"
                 r"added|finds?|found|reveals?|revealed|cites?|cited|learned|has\s+learned|learnt|understands|quoted|"
                 r"quotes|estimates?|estimated|calculates?|calculated|puts?|puts\s+the|tallied|counts?|counted|"
                 r"confirms?|confirmed|describes?|described|calls?|called|points?\s+to|highlights?|highlighted|"
                 r"flags?|flagged|observes?|observed|argues?|argued|claims?|claimed|suggests?|suggested)")




def attributions(text: str, pool: Pool) -> list[tuple[int, int, str]]:
    """(start, end, outlet key) of every outlet named as the source of the sentence's claim."""
    pattern = pool.outlet_re(text)
    if pattern is None:
        return []
    out = []
    found = [m for m in pattern.finditer(text) if not m.group("outlet").islower()]
    for m, nxt in zip(found, found[1:] + [None]):
        name = m.group("outlet")
        before = text[max(0, m.start() - 40):m.start()].lower()
        after = text[m.end():m.end() + 40]
        attributive = bool(
            re.search(r"(?:according\s+to|per|via|told|reported\s+by|reporting\s+by|cited\s+by|says|said|"
                      r"writes|wrote|reports|in|by|to)\s*(?:the\s+)?$", before)
            or re.match(rf"\s*(?:'s\s+\w+|,?\s*(?:which|citing|quoting)|\s+(?:also\s+|separately\s+|first\s+)?"
                        rf"{REPORT_VERBS}\b)", after, re.IGNORECASE))
        # "Both Reuters and TechCrunch put the round at ...": an outlet joined by "and" to one that reports
        # (sixth round: eval4's analysis sentences)
        if not attributive and nxt is not None and re.fullmatch(r"\s+and\s+(?:the\s+)?", text[m.end():nxt.start()],
                                                                re.IGNORECASE):
            after2 = text[nxt.end():nxt.end() + 40]
            attributive = bool(re.match(rf"\s+(?:both\s+|also\s+)?{REPORT_VERBS}\b", after2, re.IGNORECASE))
        key = outlet_key(name)
        if attributive and key in pool.outlets:
            out.append((m.start(), m.end(), key))
    return out




def reported_in(outlet: str, docs: Sequence[Doc], stems: set[str], anchor: int) -> bool:
    """Whether a cited passage that carries the claim names the outlet itself (a second-hand attribution)."""
    names = [outlet] + [k for k, v in outlet_spellings().items() if v == outlet and k != outlet]
    need = min(anchor, len(stems))
    share = math.ceil(REPORTED_IN_SHARE * len(stems))
    for d in docs:
        if d.outlet == outlet:
            continue   # an outlet naming itself is not a second-hand attribution
        for i, sent in enumerate(d.sentences_lower):
            sent = _PUNCT.sub(" ", sent)
            if any(has_phrase(sent, n) for n in names) and len(window(d, i, 0) & stems) >= need and \
                    len(window(d, i, ANCHOR_WINDOW) & stems) >= share:
                return True
    return False

