"""What the checker's rules share: stable problem codes, the anchoring constants and span blanking."""
from __future__ import annotations

from typing import Iterable

from topline.check.evidence import BLANK, Doc

# Stable problem codes (shown in reports and counted in the manifest; never rename one).
NO_CITATION, UNKNOWN_URL, LINK = "no_citation", "unknown_url", "link"
NUMBER, DATE, QUOTE, ENTITY, OUTLET = "number", "date", "quote", "entity", "outlet"
UNSUPPORTED, PLACEHOLDER, INJECTION, DIRECTION = "unsupported", "placeholder", "injection", "direction"
ANALYSIS_NEW = "analysis"      # an analysis sentence introduces something its facts do not contain

# A figure supports the sentence only where the cited passage (its sentence and the ones either side) shares at
# least this many content stems with it (fewer when the sentence has fewer). Calibrated on planted errors in
# mmds2025-dev and the demo corpus (tests/write/test_verify_quality.py): 1 lets wrong numbers through when the
# same number sits in an unrelated passage; 3 flags correct compressed sentences.
ANCHOR_STEMS = 2
# ... and at least this share of the sentence's stems (so a long sentence is not anchored by two common words).
ANCHOR_SHARE = 0.25
# A headline or a signal title is mostly names: its names need only one word in common with the cited passage.
HEADLINE_ANCHOR_STEMS = 1
# "he told AFP" copied from a Reuters article is a second-hand attribution, accepted when the cited sentence that
# names the outlet carries at least this share of the claim's words (set on the planted outlet errors).
REPORTED_IN_SHARE = 0.5
ANCHOR_WINDOW = 1          # sentences either side of the figure's sentence that count as its passage


def blank_texts(text: str, parts: Iterable[str]) -> str:
    for part in parts:
        i = text.find(part)
        if i >= 0:
            text = text[:i] + BLANK * len(part) + text[i + len(part):]
    return text


def blank(text: str, spans: Iterable[tuple[int, int]]) -> str:
    chars = list(text)
    for s, e in spans:
        for i in range(s, e):
            chars[i] = BLANK
    return "".join(chars)


def window(d: Doc, i: int, width: int) -> frozenset[str]:
    return frozenset().union(*d.sentence_stems[max(0, i - width):i + width + 1])


def titled_window(d: Doc, i: int, width: int) -> frozenset[str]:
    """A passage read with its article's title: the title says what every passage is about ("Turnout was 61%."
    under "Lisov's ruling party loses majority" is Lisov's turnout). Used to anchor figures and names (fourth
    calibration part: a rewrite names the article's subject next to a fact of a later passage)."""
    return window(d, i, width) | (d.sentence_stems[0] if d.sentence_stems else frozenset())

