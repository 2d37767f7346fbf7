"""Quality gate for the citation checker: planted errors in real sentences of real articles.

Cases are built by tests/write/planted.py from ../shared/data/mmds2025-dev (not from the demo corpus, which is
never a tuning set): wrong numbers, swapped names and wrong outlets must be caught, correct sentences (also
respelled, attributed, compressed and fused) must pass. The planted errors are string edits found by the
generator's own patterns, not by the extractors the checker uses. Claim support (unsupported claims, wrong
actors, directions, causes, merged events) is measured on tests/data/support (tests/check/test_support_set.py).
"""
from __future__ import annotations

from collections import Counter
from pathlib import Path

import pytest

from topline.check import check_sentence

from .planted import load_articles, make_cases

REPO = Path(__file__).resolve().parents[2]
SHARED = REPO / ".." / "shared" / "data"
NUMBER_RECALL = OUTLET_RECALL = 0.99
ENTITY_RECALL = 0.90
FALSE_FLAGS = 0.05
MIN_CASES = 300   # correct sentences (x3); planted errors of each kind: at least half of it

pytestmark = pytest.mark.slow   # about 15 s of CPU on the full data sets


def _score(articles):
    by_url = {a.url: a for a in articles}
    seen: Counter[str] = Counter()
    caught: Counter[str] = Counter()
    missed: dict[str, list[str]] = {}
    for case in make_cases(articles, per_article=4):
        v = check_sentence(case.text, case.citations, by_url)
        seen[case.kind] += 1
        flagged = not v.ok
        if flagged:
            caught[case.kind] += 1
        if flagged == (case.kind == "correct"):
            missed.setdefault(case.kind, []).append(f"{case.text} {v.details}")
    return seen, caught, missed


@pytest.fixture(scope="module")
def scores():
    path = SHARED / "mmds2025-dev" / "articles.jsonl"
    if not path.exists():
        pytest.skip(f"shared data set not found at {path} (it sits beside the checkout in ../shared/data)")
    return _score(load_articles(path))


def test_there_are_hundreds_of_cases(scores):
    seen, _, _ = scores
    assert seen["correct"] >= 3 * MIN_CASES and min(seen["number"], seen["outlet"], seen["entity"]) >= 150, seen


@pytest.mark.parametrize("kind,floor", [("number", NUMBER_RECALL), ("outlet", OUTLET_RECALL),
                                        ("entity", ENTITY_RECALL)])
def test_planted_errors_are_caught(scores, kind, floor):
    seen, caught, missed = scores
    recall = caught[kind] / seen[kind]
    assert recall >= floor, (recall, missed.get(kind, [])[:10])


def test_correct_sentences_pass(scores):
    seen, caught, missed = scores
    rate = caught["correct"] / seen["correct"]
    assert rate <= FALSE_FLAGS, (rate, missed.get("correct", [])[:10])
