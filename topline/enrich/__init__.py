"""Enrichment: per-article language, sentences, entities and figures, plus wire-copy links; stored,
recomputed only when the article's content changes (keyed by content hash and ``VERSION``).

Entry points for the pipeline: ``enrich_article(article)`` (pure) and ``ensure_enrichments(store, articles)``.
Extractors other stages import: ``figures.extract_figures``, ``entities.extract_entities``,
``entities.canonical_entity``.
"""
from __future__ import annotations

import dataclasses
import os
from typing import Callable, Mapping, Sequence

from topline.enrich.dedup import DedupItem, find_copies, fingerprints
from topline.enrich.entities import extract_entities
from topline.enrich.figures import extract_figures
from topline.records import Article, Enrichment, Entity
from topline.sanitize import clean_article_text, clean_line
from topline.store.articles import article_hash
from topline.text import split_sentences

VERSION = "enrich-3"   # bump when enrichment output changes: stored enrichments of other versions are recomputed
# (issue 14, scale20: key phrases are no longer computed, and the rows enrich-3 stored with them read the same:
# nothing read them, so those rows stay current)
PARALLEL_MIN = 400     # batches from this size are enriched in worker processes (a fork costs ~0.1 s)
MAX_WORKERS = 4
# Characters of an article's body that enrichment reads (issue 14: an article of any size costs at most this): the
# longest article of the demo corpus, mmds2025-dev and MultiLing 2011 is 7,924 characters; 50,000 holds a long-form
# piece of ~8,000 words whole.
MAX_BODY_CHARS = 50_000
LANGID_CHARS = 600     # characters the language identifier reads (title + lead; 2000 cost 3x for the same
                       # languages on mmds2025-dev)

__all__ = ["VERSION", "enrich_article", "enrich_batch", "ensure_enrichments", "detect_language", "extract_entities",
           "extract_figures"]


def detect_language(text: str) -> str | None:
    import py3langid
    if not text.strip():
        return None
    lang, _score = py3langid.classify(text[:LANGID_CHARS])
    return lang


def _entities(title: str, body: str) -> tuple[Entity, ...]:
    """Entities of the body, plus those of the title the body does not name (titles are often in title case,
    so only their known names are trusted: gazetteer hits and organisations)."""
    found = extract_entities(body)
    seen = {(e.canonical, e.kind) for e in found}
    extra = [e for e in extract_entities(title) if (e.canonical, e.kind) not in seen and e.kind in ("ORG", "PLACE")]
    return tuple(extra + found) if extra else tuple(found)


def enrich_article(article: Article) -> Enrichment:
    """Pure: the enrichment of one article (``duplicate_of`` is set by ``ensure_enrichments``)."""
    body = article.body[:MAX_BODY_CHARS]
    language = article.language or detect_language(f"{article.title}. {body}")
    latin = language not in ("zh", "ja", "ko", "th")
    return Enrichment(
        article_id=article.id or 0, content_hash=article_hash(article), language=language,
        sentences=tuple(split_sentences(body)),
        entities=_entities(article.title, body) if latin else (),
        # figures feed ranking (magnitude) and the story page: read from what the model and the checker see, so a
        # figure in an HTML comment, hidden span or injected instruction is no evidence of anything
        figures=tuple(extract_figures(f"{clean_line(article.title)}\n{clean_article_text(body)}")))


def _enrich_one(article: Article) -> tuple[Enrichment, bytes]:
    """Enrichment and wire-copy fingerprint of one article (what a worker process returns)."""
    return enrich_article(article), fingerprints([_dedup_text(article)])[0]


def _dedup_text(a: Article) -> str:
    return f"{a.title}\n{a.body[:MAX_BODY_CHARS]}"


def enrich_batch(todo: Sequence[Article], runner=None) -> list[tuple[Enrichment, bytes]]:  # noqa: ANN001
    """Compute: enrichment + wire-copy fingerprint of each article of ``todo``, in order, through ``runner``
    (``topline.runner``; default: worker processes for large batches, else this process). Pure: runs anywhere."""
    from topline.runner import for_batch
    run = for_batch(runner, len(todo), PARALLEL_MIN, min(MAX_WORKERS, os.cpu_count() or 1))
    try:
        return run.map(_enrich_one, list(todo))
    finally:
        if run is not runner:
            run.close()


def ensure_enrichments(store, articles: Sequence[Article],  # noqa: ANN001
                       progress: Callable[..., None] | None = None, runner=None) -> Mapping[int, Enrichment]:
    """Enrichments for ``articles``: stored ones when still current, the rest computed and stored. New ones that
    copy the text of another of ``articles`` published earlier get ``duplicate_of`` = that article's id.

    Wire copies are looked for with the stored fingerprints of the articles already enriched (fingerprints
    missing from an older store are computed once and stored).

    Read (stored enrichments), compute (``enrich_batch`` through ``runner``), commit (wire-copy links over the
    whole batch, then one write)."""
    ids = [a.id for a in articles if a.id is not None]
    have = dict(store.articles.enrichments(ids, VERSION))
    todo = [a for a in articles if a.id is not None and a.id not in have]
    unlinked = store.articles.unlinked([i for i in ids if i in have], VERSION)   # computed by `topline worker`
    if not todo and not unlinked:
        return have
    done = enrich_batch(todo, runner)
    if progress and done:
        progress(len(done))
    prints = store.articles.fingerprints([i for i in ids if i in have], VERSION)
    backfill = [a for a in articles if a.id in have and a.id not in prints]
    filled = dict(zip([a.id for a in backfill], fingerprints([_dedup_text(a) for a in backfill])))
    prints.update(filled)
    prints.update((e.article_id, fp) for e, fp in done)
    copies = find_copies([DedupItem(a.id, a.published, _dedup_text(a), prints[a.id])
                          for a in articles if a.id is not None])
    fresh = [dataclasses.replace(e, duplicate_of=copies.get(e.article_id)) for e, _ in done]
    store.articles.save_enrichments(fresh, VERSION, {e.article_id: fp for e, fp in done})
    store.articles.save_fingerprints(filled)
    store.articles.link_copies({i: copies.get(i) for i in unlinked})
    have.update({e.article_id: e for e in fresh})
    have.update({i: dataclasses.replace(have[i], duplicate_of=copies.get(i)) for i in unlinked})
    return have
