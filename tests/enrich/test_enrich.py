"""enrich_article and ensure_enrichments on a real store."""
from __future__ import annotations

import dataclasses
import datetime as dt

from topline.enrich import VERSION, enrich_article, ensure_enrichments
from topline.records import Article

T = dt.datetime(2025, 7, 1, 12, tzinfo=dt.timezone.utc)
TEXT = ("Kuaishou's Kling AI has closed a $2.8 billion fundraise backed by Alibaba and Tencent. Shares of Kuaishou "
        "rose 4.6% on July 3. Kling competes with OpenAI's Sora.")


def test_enrich_article_is_pure_and_complete():
    a = Article(url="https://x.example/1", title="Kling AI raises $2.8bn", text=TEXT, published=T, id=7)
    e = enrich_article(a)
    assert e == enrich_article(a) and e.article_id == 7 and e.language == "en"
    assert len(e.sentences) == 3
    assert {"alibaba", "tencent", "kuaishou", "openai"} <= {x.canonical for x in e.entities}
    assert ("money", 2.8e9, "USD") in {(f.kind, f.value, f.unit) for f in e.figures}
    assert ("percent", 4.6, "%") in {(f.kind, f.value, f.unit) for f in e.figures}
    assert e.duplicate_of is None


def test_ensure_enrichments_stores_reuses_and_recomputes(store):
    a = Article(url="https://x.example/1", title="Kling AI raises $2.8bn", text=TEXT, published=T, source="A")
    copy = Article(url="https://y.example/2", title="Kling AI raises $2.8bn", text=TEXT, published=T + dt.timedelta(hours=1),
                   source="B")
    store.articles.upsert_many([(a, "t"), (copy, "t")])
    arts = store.articles.in_window(T - dt.timedelta(days=1), T + dt.timedelta(days=1))
    first = ensure_enrichments(store, arts)
    assert first[arts[1].id].duplicate_of == arts[0].id
    assert store.articles.enrichments([x.id for x in arts], VERSION) == first
    calls = []
    assert ensure_enrichments(store, arts, progress=calls.append) == first and calls == []   # nothing recomputed
    changed = dataclasses.replace(a, text=TEXT + " Kling has 22 million users.")
    store.articles.upsert_many([(changed, "t")])
    arts = store.articles.in_window(T - dt.timedelta(days=1), T + dt.timedelta(days=1))
    again = ensure_enrichments(store, arts, progress=calls.append)
    assert calls == [1] and any(f.value == 22e6 for f in again[arts[0].id].figures)


def test_copies_of_articles_enriched_earlier_are_found_from_stored_fingerprints(store):
    from topline.enrich import dedup
    text = TEXT + (" The round values the unit at $20 billion, people familiar with the matter said. Kuaishou "
                   "plans to spend the money on computing capacity and on hiring researchers in Beijing.")
    a = Article(url="https://x.example/1", title="Kling AI raises $2.8bn", text=text, published=T, source="A")
    store.articles.upsert_many([(a, "t")])
    arts = store.articles.in_window(T - dt.timedelta(days=1), T + dt.timedelta(days=1))
    ensure_enrichments(store, arts)                              # first run: the original alone
    stored = store.articles.fingerprints([arts[0].id], VERSION)
    assert stored == {arts[0].id: dedup.fingerprints([f"{a.title}\n{a.body}"])[0]}
    with store.write() as conn:                                  # as a store from before revision 0003 would be
        conn.exec_driver_sql("UPDATE enrichments SET fingerprint = NULL")
    copy = dataclasses.replace(a, url="https://y.example/2", source="B", published=T + dt.timedelta(hours=1),
                               text="BEIJING (Reuters) - " + text)     # a near copy: the LSH signatures meet
    store.articles.upsert_many([(copy, "t")])
    arts = store.articles.in_window(T - dt.timedelta(days=1), T + dt.timedelta(days=1))
    second = ensure_enrichments(store, arts)                     # next run: only the copy is new
    assert second[arts[1].id].duplicate_of == arts[0].id
    assert set(store.articles.fingerprints([x.id for x in arts], VERSION)) == {x.id for x in arts}   # backfilled


def test_parallel_enrichment_equals_serial(monkeypatch):
    import os

    import pytest

    import topline.enrich as enrich
    if (os.cpu_count() or 1) < 2:
        pytest.skip("one CPU: enrichment stays in-process")
    arts = [Article(url=f"https://x.example/{i}", title=f"Kling AI raises ${i}bn", text=TEXT + f" Note {i}.",
                    published=T, id=i + 1) for i in range(6)]
    from topline.runner import ProcessRunner, SerialRunner
    serial = enrich.enrich_batch(arts, SerialRunner())
    with ProcessRunner(2, chunk=2) as pool:
        parallel = enrich.enrich_batch(arts, pool)
    assert parallel == serial and len(parallel) == 6
    monkeypatch.setattr(enrich, "PARALLEL_MIN", 2)     # the default runner of a large batch: worker processes
    assert enrich.enrich_batch(arts) == serial


def test_an_article_of_any_size_is_enriched_from_its_first_max_body_chars():
    import dataclasses as dc

    from topline.enrich import MAX_BODY_CHARS, enrich_article
    para = ("Kuaishou said on Tuesday its Kling unit raised $2.8 billion from investors in Beijing. "
            "The company plans to hire 300 researchers next year. ")
    huge = Article(url="https://x.example/huge", title="Kling AI raises $2.8bn", text=para * (5_000_000 // len(para)),
                   published=T, source="A", id=1)
    cut = dc.replace(huge, text=huge.text[:MAX_BODY_CHARS])
    assert len(huge.text) > 50 * MAX_BODY_CHARS
    got = enrich_article(huge)
    assert got.sentences == enrich_article(cut).sentences and got.figures == enrich_article(cut).figures
    assert len(got.sentences) < 2 * MAX_BODY_CHARS / 60


def test_rows_stored_with_key_phrases_stay_current(store, monkeypatch):
    """Issue 14 (scale20): enrichment no longer computes key phrases (nothing read them). The rows the same
    ``VERSION`` stored with them read back equal to the enrichment computed now, and are not recomputed."""
    import topline.store.articles as store_articles
    written = store_articles.enrichment_to_dict
    monkeypatch.setattr(store_articles, "enrichment_to_dict",
                        lambda e: {**written(e), "keyphrases": ["kling ai", "fundraise backed"]})   # the old rows
    a = Article(url="https://x.example/1", title="Kling AI raises $2.8bn", text=TEXT, published=T, source="A")
    store.articles.upsert_many([(a, "t")])
    arts = store.articles.in_window(T - dt.timedelta(days=1), T + dt.timedelta(days=1))
    first = ensure_enrichments(store, arts)
    monkeypatch.setattr(store_articles, "enrichment_to_dict", written)
    calls = []
    again = ensure_enrichments(store, arts, progress=calls.append)
    assert calls == [] and again == first            # read, not recomputed
    assert again[arts[0].id] == enrich_article(arts[0])
    assert "keyphrases" not in written(again[arts[0].id])
