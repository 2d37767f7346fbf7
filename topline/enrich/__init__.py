"""Enrichment: per-article language, sentences, entities, figures and key phrases; stored, recomputed only when
the article's content changes (keyed by content hash and ``VERSION``)."""
from __future__ import annotations

from typing import Callable, Mapping, Sequence

from topline.records import Article, Enrichment
from topline.store.articles import article_hash
from topline.text import split_sentences

VERSION = "spine-1"   # bump when enrichment output changes: stored enrichments of other versions are recomputed


def detect_language(text: str) -> str | None:
    import py3langid
    if not text.strip():
        return None
    lang, _score = py3langid.classify(text[:2000])
    return lang


def enrich_article(article: Article) -> Enrichment:
    """Pure: the enrichment of one article."""
    body = article.body
    sentences = tuple(split_sentences(body))
    return Enrichment(article_id=article.id or 0, content_hash=article_hash(article),
                      language=article.language or detect_language(f"{article.title}. {body}"),
                      sentences=sentences)


def ensure_enrichments(store, articles: Sequence[Article],  # noqa: ANN001
                       progress: Callable[..., None] | None = None) -> Mapping[int, Enrichment]:
    """Enrichments for ``articles``: stored ones when still current, the rest computed and stored."""
    ids = [a.id for a in articles if a.id is not None]
    have = dict(store.articles.enrichments(ids, VERSION))
    todo = [a for a in articles if a.id not in have]
    fresh = []
    for a in todo:
        fresh.append(enrich_article(a))
        if progress:
            progress(1)
    store.articles.save_enrichments(fresh, VERSION)
    have.update({e.article_id: e for e in fresh})
    return have
