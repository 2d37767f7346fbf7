"""Issue 14 (scale20): ``events.kinds_keys`` holds every article whose kinds classification can ask for, so the
prefetch may leave the others uncomputed once stories are known (``prefetch.Prefetch.narrow``). On real windows of
two calibration corpora, every key ``classify.classify`` asks its kinds memo for (``offline.eventless_stories``
and ``inform``) is among them."""

from __future__ import annotations

import datetime as dt

import pytest

from topline import classify
from topline.classify import events
from topline.stage_cache import Memo
from topline.taxonomy import load_taxonomy

from tests.classify.test_eventless_noise import DATA, window_stories

CASES = [("eval-tmt", dt.date(2026, 8, 6)), ("eval-agri", dt.date(2026, 6, 9))]


@pytest.mark.parametrize("corpus, day", CASES)
def test_classification_asks_only_for_kinds_keys(corpus, day):
    bundles = list(window_stories(corpus, day).values())
    taxonomy = load_taxonomy(DATA / corpus / "taxonomy.toml")
    memo = Memo(None, events.KINDS_STAGE, "test")
    asked: list[str] = []
    get = memo.get
    memo.get = lambda key, compute: asked.append(key) or get(key, compute)   # type: ignore[method-assign]
    classify.classify(bundles, taxonomy, memo=memo)
    keys = events.kinds_keys(bundles, memo)
    assert asked and set(asked) <= keys
    every = {memo.key(a.title, a.body) for b in bundles for a in b.articles}
    assert keys <= every


def test_kinds_keys_are_the_first_articles_of_each_story(monkeypatch):
    bundles = list(window_stories("eval-tmt", dt.date(2026, 8, 6)).values())
    memo = Memo(None, events.KINDS_STAGE, "test")
    long = [b for b in bundles if len(b.articles) > 2]
    assert long
    monkeypatch.setattr(events, "LEAD_ARTICLES", 2)
    assert events.kinds_keys(long, memo) == {memo.key(a.title, a.body) for b in long for a in b.articles[:2]}
