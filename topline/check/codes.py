"""What the checker's rules share: stable problem codes, the anchoring constants and span blanking."""
from __future__ import annotations

import functools
from typing import Iterable

from topline.check.evidence import BLANK, Doc, stem

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


# Eighteenth round (branch support17): a rewrite tells a movement with another word of its direction ("Carrowfield's
# shares gained 4%" for "Carrowfield's shares rose 4%", "Shares in Quantro dropped 11%" for "fell"), and the name's
# own sentence then shared one word with it, not ``ANCHOR_STEMS``: "named only in an unrelated passage". The
# claim-support coverage has always counted a word of the same direction (``support._matched``); the anchor of a name
# (``entities.name_support``) now does too, for the verbs a quantity moves by (``acts.QUANTITY_MOVES``: "rose",
# "gained", "dropped", "fell" ...); a word of the opposite direction is no shared word. The figure rule's anchor read
# so changed no verdict over the seventeen parts (two caught errors lost their figure reason) and was left as it was. The event groups and the coverage's wider lists were
# tried and not kept: "named" (appoint) anchored "named after", "expand its business" any passage with a rise, and
# "contract" (the noun) shares its stem with "contracted": two SmolLM2 errors passed.
@functools.lru_cache(maxsize=1)
def _stem_groups() -> dict[str, frozenset[str]]:
    from topline.check.acts import QUANTITY_MOVES
    out: dict[str, set[str]] = {}
    for group, words in zip(("up", "down"), QUANTITY_MOVES):
        for w in words:
            out.setdefault(stem(w), set()).add(group)
    return {s: frozenset(g) for s, g in out.items()}


def shared(passage: frozenset[str], rest: set[str]) -> int:
    """How many of the claim's stems ``rest`` the ``passage`` stems have, themselves or a word of their direction."""
    if len(passage & rest) == len(rest):
        return len(rest)
    groups = _stem_groups()
    theirs = frozenset().union(*(groups[s] for s in passage if s in groups))
    return sum(1 for s in rest if s in passage or groups.get(s, frozenset()) & theirs)
