"""topline.patterns.compiled: run-time patterns compiled once a process, beyond re's own 512 (issue 14, scale34)."""
from __future__ import annotations

import re

from topline.patterns import PATTERNS, compiled


def test_same_pattern_and_flags_give_the_same_compiled_object() -> None:
    p = compiled(r"(?<![\w])Harwick(?![\w])", re.IGNORECASE)
    assert p is compiled(r"(?<![\w])Harwick(?![\w])", re.IGNORECASE)
    assert (p.pattern, p.flags) == (re.compile(r"(?<![\w])Harwick(?![\w])", re.IGNORECASE).pattern,
                                    re.compile(r"(?<![\w])Harwick(?![\w])", re.IGNORECASE).flags)


def test_flags_are_part_of_the_key() -> None:
    assert compiled("harwick").search("Harwick said") is None
    assert compiled("harwick", re.IGNORECASE).search("Harwick said").group(0) == "Harwick"


def test_kept_beyond_what_re_caches() -> None:
    """More distinct patterns than ``re._MAXCACHE`` between two uses of one: still the object compiled first (re's
    own cache would have dropped it and compiled it again)."""
    assert PATTERNS > re._MAXCACHE
    first = compiled(r"\bscale34-first\b")
    for i in range(re._MAXCACHE + 100):
        compiled(rf"\bscale34-{i}\b")
    assert compiled(r"\bscale34-first\b") is first


def test_matches_equal_re_search() -> None:
    text = "Shares of Orbivale rose 4.8% to $12.40, up from 1.1% on Tuesday; orbivale's rival fell 11%."
    for pattern, flags in ((r"(?<![\d.,])1\.1%(?![\d])", 0), (r"orbivale", re.IGNORECASE), (r"\b(on|by) tuesday\b", re.I),
                           (r"(?<![\d.,])1%(?![\d])", 0)):
        assert [m.span() for m in compiled(pattern, flags).finditer(text)] == \
            [m.span() for m in re.finditer(pattern, text, flags)]
