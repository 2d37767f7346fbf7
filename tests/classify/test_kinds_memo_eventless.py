"""Issue 14 (scale18): the classifier's reading of a thin story's kinds of event (``offline.eventless_stories``)
goes through the edition's kinds memo (``classify.events.kinds_in_use``, set by ``classify.classify``; scale19 made the same change, whose form was
kept at the merge), as ``inform``'s
reading does. Before, it called ``kinds_of`` without the memo, so the main process computed again the kinds the
edition's prefetch had computed for those articles. The kinds, and so the classifications, are the same."""

from __future__ import annotations

import datetime as dt

import pytest

from topline import classify
from topline.classify import events
from topline.classify.offline import OfflineClassifier
from topline.stage_cache import Memo
from topline.taxonomy import load_taxonomy

from tests.classify.test_eventless_noise import DATA, window_stories   # the same windows of real stories

CASES = [("eval-tmt", dt.date(2026, 8, 6)), ("eval-agri", dt.date(2026, 6, 9))]


@pytest.mark.parametrize("corpus, day", CASES)
def test_eventless_kinds_are_read_through_the_memo_and_classifications_are_unchanged(corpus, day, monkeypatch):
    bundles = list(window_stories(corpus, day).values())
    taxonomy = load_taxonomy(DATA / corpus / "taxonomy.toml")
    plain = classify.classify(bundles, taxonomy)                     # no memo: every kind computed where asked

    asked: list[tuple[str, str]] = []
    real = events.article_kinds
    monkeypatch.setattr(events, "article_kinds", lambda t, b: asked.append((t, b)) or real(t, b))
    eventless: list[str] = []       # the stories whose kinds are asked for (the eventless reading's among them)
    real_of = events.kinds_of
    monkeypatch.setattr(events, "kinds_of", lambda b, memo=None: eventless.append(b.story.id) or real_of(b, memo))
    memo = Memo(None, events.KINDS_STAGE, "test")
    got = classify.classify(bundles, taxonomy, memo=memo)
    assert got == plain
    assert eventless                                                  # the window has thin stories it reads
    assert events.current_kinds_memo() is None                                         # the memo is the classifier's only while it runs
    # each article's kinds computed once for the whole classification (the eventless reading and inform's)
    assert asked and len(asked) == len(set(asked)) == memo.misses

    # what the eventless reading asks for comes from the memo: with every value kept, nothing is computed
    asked.clear()
    kept = Memo(None, events.KINDS_STAGE, "test")
    kept.known = dict(memo.known)
    assert classify.classify(bundles, taxonomy, memo=kept) == plain
    assert asked == [] and kept.misses == 0


def test_eventless_stories_without_a_memo_compute_as_before(monkeypatch):
    bundles = list(window_stories("eval-tmt", dt.date(2026, 8, 6)).values())
    taxonomy = load_taxonomy(DATA / "eval-tmt" / "taxonomy.toml")
    calls: list[str] = []
    real = events.article_kinds
    monkeypatch.setattr(events, "article_kinds", lambda t, b: calls.append(t) or real(t, b))
    OfflineClassifier().classify(bundles, taxonomy)
    assert calls     # the eventless reading asked for kinds (the test's window has thin stories) and computed them
