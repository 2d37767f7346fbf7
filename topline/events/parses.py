"""One dependency parse per text for every ledger reading that asks for it (issue 14, speed35).

Four readings parse a sentence with the optional spaCy pipeline (``topline.check.parse._nlp``): the acts of state and
the firm's act behind an action word (``state_acts`` through ``agency._doc``), a company's results (``results``,
``result_levels``), a common word opening a sentence, a hazard that befell and a blockade by people
(``attackers._opening``). Each kept its own cache, so a sentence two of them read was parsed twice: on the first day
of the 100k benchmark input, 35 of the ledger's 474 parses and 38 of the kinds' 495 (``benchmarks/RESULTS.md``,
speed35). They now share this one. A parse is a pure function of the pipeline and the text and no reading changes the
``Doc`` it is given, so each reading gets the same parse as before.
"""
from __future__ import annotations

import functools
from typing import Any

# Texts whose parse is kept: the three caches' sizes summed (512 + 256 + 512), so none keeps fewer than before.
PARSES_KEPT = 1280


@functools.lru_cache(maxsize=PARSES_KEPT)
def parsed(nlp: Any, s: str) -> Any:
    """``nlp(s)``, once per (pipeline, text) while kept."""
    return nlp(s)
