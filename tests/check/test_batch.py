"""Parses made ready in one batch (``topline.check.batch``, issue 14 speed34) change no verdict, and are the parses
the checks would make.

Real sentences of a calibration corpus (eval-work): the first sentences of its articles, each citing its own article
plainly and attributed to its outlet, and citing another article of the corpus (most of those fail). Checked one by
one from an empty parse cache, then again from an empty cache after one ``prefetch`` of them all: the same verdicts
(ok, problems, details, supporting passage). And during the second checks the claim parse and ``swap_problem``
parse nothing new: only ``whole_found`` (which reads the sentence before a cited one and the article's first, for
a sentence a reading rejected) may, so a change to how ``_check`` hands its claim to the support check that
``sentence.support_claim`` does not follow fails here.
"""
from __future__ import annotations

import pytest

from tests.check.helpers import DATA, load_jsonl_articles
from topline.check import batch, check_sentence, parse
from topline.records import Citation
from topline.text import split_sentences

needs_parse = pytest.mark.skipif(not parse.status().startswith("installed"),
                                 reason="the dependency parse (pip install 'topline[parse]') is not installed")
ARTICLES = 14        # articles of the corpus read
SENTENCES = 2        # first sentences of each


def _items(arts):  # noqa: ANN001, ANN202 - [(text, citations)]
    urls = list(arts)[:ARTICLES]
    out = []
    for i, url in enumerate(urls):
        a, other = arts[url], arts[urls[(i + 1) % len(urls)]]
        for s in split_sentences(a.text)[:SENTENCES]:
            out.append((s, (Citation(url, a.source),)))
            out.append((f"{s.rstrip('.')}, according to {a.source}.", (Citation(url, a.source),)))
            out.append((s, (Citation(other.url, other.source),)))
    return out


def _verdicts(items, arts):  # noqa: ANN001, ANN202
    return [check_sentence(text, cites, arts) for text, cites in items]


@needs_parse
def test_a_batch_prefetch_gives_the_one_by_one_verdicts(monkeypatch):
    arts = load_jsonl_articles(DATA / "eval-work" / "articles.jsonl", body="text")
    items = _items(arts)
    parse._CACHE.clear()
    alone = _verdicts(items, arts)
    assert sum(v.ok for v in alone) >= 5 and sum(not v.ok for v in alone) >= 5   # both kinds of verdict read

    parse._CACHE.clear()
    before = list(batch.BATCHES)
    assert batch.prefetch(items, arts) == len(items)
    assert batch.BATCHES == [before[0] + 1, before[1] + len(items)]
    ready = set(parse._CACHE)
    assert ready

    new: list[str] = []
    inside = [False]
    parse_all, whole_found = parse._parse_all, parse.whole_found

    def recording(sentences):  # noqa: ANN001, ANN202
        if not inside[0]:
            new.extend(s for s in sentences if s not in parse._CACHE)
        return parse_all(sentences)

    def whole(*args, **kwargs):  # noqa: ANN002, ANN003, ANN202
        inside[0] = True
        try:
            return whole_found(*args, **kwargs)
        finally:
            inside[0] = False

    monkeypatch.setattr(parse, "_parse_all", recording)
    monkeypatch.setattr(parse, "whole_found", whole)
    batched = _verdicts(items, arts)
    assert batched == alone
    assert new == [], f"parsed during the checks, not ahead: {new[:3]}"


@needs_parse
def test_prefetch_takes_a_sentence_with_no_cited_article_given():
    arts = load_jsonl_articles(DATA / "eval-work" / "articles.jsonl", body="text")
    assert batch.prefetch([("Nothing cites this.", (Citation("https://example.invalid/x", "X"),)),
                           ("Nor this.", ())], arts) == 0
