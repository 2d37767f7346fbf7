"""Issue 14: key phrases found in one scan of separators and words give the phrases of the split-then-search
definition (``keyphrases`` before the eleventh round, written out here), on the demo corpus, the calibration
corpora, edge forms and seeded random text over the characters that separate, join or make words."""
from __future__ import annotations

import json
import random
from collections import Counter, defaultdict
from pathlib import Path

import importlib

K = importlib.import_module("topline.enrich.keyphrases")

REPO = Path(__file__).resolve().parents[2]


def _keyphrases_def(text: str, top_n: int = K.TOP_N) -> list[str]:
    phrases: list[tuple[str, ...]] = []
    for chunk in K._SPLIT.split((text or "").lower()):
        run: list[str] = []
        for w in K._WORD.findall(chunk) + [""]:
            if not w or w in K._STOP or len(w) < 3:
                if run:
                    phrases.extend(tuple(run[i:i + K.MAX_PHRASE_WORDS]) for i in range(0, len(run), K.MAX_PHRASE_WORDS))
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


EDGES = ["", "a", "...", "co-founder Jean-Luc - said – then — again -x- y-", "one two three four five six seven",
         "U.S. state-owned firm's “record” profit (up 12%) [sources]; rose:fell!why?", "tab\tsep\n- new\n-\n",
         "well_known 3d-printing x2 abc123 über-große Straße 中文 ΟΔΥΣΣΕΥΣ", "rapid growth " * 40]


def test_one_scan_gives_the_phrases_of_the_split_definition():
    texts = list(EDGES)
    for path in (REPO / "topline" / "demo" / "corpus" / "part-a.jsonl", REPO / "topline" / "demo" / "corpus" /
                 "part-b.jsonl", REPO / "tests" / "data" / "cal-ai2" / "articles.jsonl",
                 REPO / "tests" / "data" / "cal-biotech" / "articles.jsonl"):
        for line in path.read_text(encoding="utf-8").splitlines():
            r = json.loads(line)
            texts.append(f"{r.get('title') or ''}.\n{r.get('text') or r.get('body') or ''}")
    rng = random.Random(7)
    alphabet = list("abcdefghij ABC-–—_.,;:!?()[]\"“”‘’'\n\t019é中") + ["the ", "growth ", " - ", "market "]
    texts += ["".join(rng.choice(alphabet) for _ in range(rng.randint(1, 400))) for _ in range(2000)]
    for text in texts:
        for top_n in (K.TOP_N, 1000):
            assert K.keyphrases(text, top_n) == _keyphrases_def(text, top_n), text[:80]
    assert sum(bool(K.keyphrases(t)) for t in texts) > 1500
