"""Issue 14 (scale33): the human-interest reading (``classify.service.human_interest``) takes the kinds of event a
previous edition stored for its story's articles, instead of computing them again.

``stage_cache.Memo.get`` answers only from what was preloaded; ``inform`` and the eventless reading preload the keys
they ask, the human-interest reading did not, so each edition computed again (and stored again) the kinds of the
articles of every story that names a private person by age (35 articles of the 10k window's rebuilt edition, each
``article_kinds`` a parse). The key is the article's title and text under the kinds rules' version: a changed text
is a miss. Real components: a SQLite store under the test's TOPLINE_HOME; the sentences are written for the test."""
from __future__ import annotations

import datetime as dt
import types

import pytest

from topline.classify import events, service
from topline.records import Article
from topline.stage_cache import Memo

COUPLE = ("Couple marry at the departure gate after snow grounds their flight",
          "Priya Anand, 31, and Tom Keller, 33, swapped vows at gate 14 on Saturday with passengers as guests.")
DAY = dt.date(2026, 3, 4)


@pytest.fixture()
def store(tmp_path):  # noqa: ANN201
    from topline.config import load_settings
    from topline.store import open_store
    with open_store(load_settings(environ={"TOPLINE_HOME": str(tmp_path)})) as st:
        yield st


def _story(*texts: tuple[str, str]) -> types.SimpleNamespace:
    return types.SimpleNamespace(articles=tuple(Article(url=f"https://example.com/{i}", title=t, text=b, source="X")
                                                for i, (t, b) in enumerate(texts)))


def _counting(monkeypatch) -> list[str]:  # noqa: ANN001
    calls: list[str] = []
    real = events.article_kinds
    monkeypatch.setattr(events, "article_kinds", lambda t, b: calls.append(t) or real(t, b))
    return calls


def test_stored_kinds_are_read_and_a_changed_text_is_computed(store, monkeypatch):
    calls = _counting(monkeypatch)
    first = events.kinds_memo(store, DAY)
    assert service.human_interest(_story(COUPLE), first)       # computed and kept by the first edition
    assert calls == [COUPLE[0]] and first.misses == 1
    first.flush()

    calls.clear()
    nxt = events.kinds_memo(store, DAY + dt.timedelta(days=1))    # the next edition: a fresh memo on the store
    assert service.human_interest(_story(COUPLE), nxt)
    assert calls == [] and (nxt.hits, nxt.misses) == (1, 0)      # read, not computed again

    changed = (COUPLE[0], COUPLE[1].replace("gate 14", "gate 15"))  # another text: another key, computed
    assert service.human_interest(_story(changed), nxt)
    assert calls == [changed[0]] and nxt.misses == 1


def test_the_answer_is_the_computed_one(store):
    charged = ("Former Aerolink manager named in fraud case",
               "Daniel Ortiz, 52, was accused on Tuesday of taking $3 million of ticket refunds in a fraud.")
    for texts in ((COUPLE,), (charged,), (COUPLE, charged)):
        plain = service.human_interest(_story(*texts))
        cold = events.kinds_memo(store, DAY)
        assert service.human_interest(_story(*texts), cold) == plain
        cold.flush()
        warm = events.kinds_memo(store, DAY)
        assert service.human_interest(_story(*texts), warm) == plain


def test_without_a_store_the_memo_remembers_within_the_process(monkeypatch):
    calls = _counting(monkeypatch)
    memo = Memo(None, events.KINDS_STAGE, "test")
    assert service.human_interest(_story(COUPLE), memo) and service.human_interest(_story(COUPLE), memo)
    assert calls == [COUPLE[0]]
