"""Key phrases: the RAKE method (phrases between stop words, scored by word degree over frequency). Pure."""
from __future__ import annotations

import re
from collections import Counter, defaultdict

from sklearn.feature_extraction.text import ENGLISH_STOP_WORDS

MAX_PHRASE_WORDS = 3
TOP_N = 8

_STOP = set(ENGLISH_STOP_WORDS) | {"said", "says", "say", "mr", "mrs", "ms", "year", "years", "new", "also",
                                   "according", "told", "including", "would", "could", "per", "cent"}
_SPLIT = re.compile(r"[.,;:!?()\[\]\"“”‘’'\n]|\s[-–—]\s")
_WORD = re.compile(r"[^\W\d_][\w\-]*")


def keyphrases(text: str, top_n: int = TOP_N) -> list[str]:
    """The ``top_n`` best phrases of ``text``, lowercased, best first."""
    phrases: list[tuple[str, ...]] = []
    for chunk in _SPLIT.split((text or "").lower()):
        run: list[str] = []
        for w in _WORD.findall(chunk) + [""]:
            if not w or w in _STOP or len(w) < 3:
                if run:
                    phrases.extend(tuple(run[i:i + MAX_PHRASE_WORDS]) for i in range(0, len(run), MAX_PHRASE_WORDS))
                run = []
            else:
                run.append(w)
    freq: Counter[str] = Counter()
    degree: defaultdict[str, int] = defaultdict(int)
    for p in phrases:
        for w in p:
            freq[w] += 1
            degree[w] += len(p)
    counts = Counter(phrases)
    scored = {p: sum(degree[w] / freq[w] for w in p) * (1 + 0.5 * (counts[p] - 1)) for p in counts}
    best = sorted(scored, key=lambda p: (-scored[p], p))
    return [" ".join(p) for p in best[:top_n]]
