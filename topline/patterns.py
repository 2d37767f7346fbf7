"""Regular expressions built at run time (from a name, a figure, a term read in the text), compiled once a process.

Python's ``re`` keeps the last 512 patterns it compiled (``re._MAXCACHE``) and drops the oldest beyond that. An
edition builds thousands of distinct pattern strings from the names, figures and terms it reads, so a pattern built
again and passed to ``re.search`` was compiled again whenever 512 others had come between (issue 14, scale34).
``compiled`` keeps them in a larger cache of its own: the same string and flags give the same compiled pattern, so
every match is the one ``re.search(pattern, text, flags)`` gave. Only for patterns built from text at run time; a
constant pattern is compiled once at module level.
"""
from __future__ import annotations

import functools
import re

# Compiled patterns kept a process: above the distinct patterns one 10k-article edition builds at the call sites
# that use it (scale34 counted them on /tmp/scale-10k.jsonl and cal-biotech; most are a few hundred bytes).
PATTERNS = 16384


@functools.lru_cache(maxsize=PATTERNS)
def compiled(pattern: str, flags: int = 0) -> re.Pattern[str]:
    """``re.compile(pattern, flags)``, once per distinct pattern and flags."""
    return re.compile(pattern, flags)
