"""Writing: ranked stories -> an edition of category pages, through one Writer interface.

``write_pages`` chooses each category's stories, asks the writer for the page and passes every page through the
citation checker (``topline.check``) before it leaves: whatever the writer, nothing unverified is
published. The gate counts the sentences it checked and dropped; writers count their own LLM calls, tokens,
regenerations and fallbacks. The offline writer is the default; the LLM writer is used when one is configured.
"""
from __future__ import annotations

import dataclasses
from collections import Counter
from typing import Sequence

from topline.errors import ConfigError
from topline.records import FACT, Article, CategoryPage, RankedStory
from topline.write.base import EditionContext, WriteStats, Writer
from topline.check import VerifyReport, clean, verify_page

__all__ = ["EditionContext", "WriteStats", "Writer", "edition_articles", "make_writer", "stories_for",
           "write_pages"]

WRITERS = ("auto", "offline", "llm")


def page_score(r: RankedStory, category: str) -> float:
    """The story's score on the page of ``category``: its score where the category is its primary one; where it is
    a secondary one, the score times how strong the category is against the primary (the classifier's
    probabilities), so a story shared between pages leads on its own page and follows on the other."""
    if r.classification.primary == category:
        return r.ranking.score
    if category not in r.classification.secondary:
        return 0.0
    probs = dict(r.classification.scores)
    top = probs.get(r.classification.primary or "", 0.0)
    share = min(1.0, probs.get(category, 0.0) / top) if top > 0 else 0.0
    return r.ranking.score * share


def stories_for(category: str, ranked: Sequence[RankedStory], max_per_outlet: int) -> list[RankedStory]:
    """The category's stories, best first: those whose primary category it is and those where it is a secondary
    category (a story goes on every page where it is strong, see ``page_score``), with at most
    ``max_per_outlet`` stories led by one outlet."""
    mine = [r for r in ranked if r.classification.primary is not None and
            (r.classification.primary == category or category in r.classification.secondary)]
    mine.sort(key=lambda r: -page_score(r, category))
    led: Counter[str] = Counter()
    out = []
    for r in mine:
        lead = r.bundle.articles[0].source if r.bundle.articles else ""
        if led[lead] >= max_per_outlet:
            continue
        led[lead] += 1
        out.append(r)
    return out


def _openai_available() -> bool:
    try:
        import openai  # noqa: F401
    except ImportError:
        return False
    return True


def make_writer(settings, cache=None) -> Writer:  # noqa: ANN001 - Settings, store.cache.CacheRepo
    """The writer the settings ask for: "offline"; "llm"; "auto" = the LLM writer when an LLM is configured and
    the ``openai`` package imports, else offline. ``cache`` is the store's LLM response cache (the pipeline passes
    ``store.cache``; without it the LLM writer does not cache)."""
    from topline.write.offline import OfflineWriter
    choice = (settings.edition.writer if settings is not None else "offline") or "auto"
    if choice not in WRITERS:
        raise ConfigError(f"edition.writer must be one of {', '.join(WRITERS)}, not {choice!r}")
    if choice == "offline" or (choice == "auto" and not (settings.llm.enabled and _openai_available())):
        return OfflineWriter()
    if not settings.llm.enabled:
        raise ConfigError("writer 'llm' needs llm.base_url and llm.model")
    if not _openai_available():
        raise ConfigError("writer 'llm' needs the openai package: pip install 'topline[llm]'")
    from topline.write.llm import LLMWriter
    return LLMWriter(settings, cache)


def edition_articles(ctx: EditionContext) -> dict[str, Article]:
    """URL -> Article for every article of the edition: what any writer may cite."""
    return {a.url: a for rs in ctx.ranked for a in rs.bundle.articles}


def _has_content(page: CategoryPage) -> bool:
    return bool(page.top_line or page.key_developments or page.signals)


def write_pages(ctx: EditionContext, writer: Writer) -> tuple[list[CategoryPage], WriteStats]:
    """Every category page of the edition, each verified sentence by sentence (failing sentences dropped)."""
    stats = WriteStats()
    es = ctx.settings.edition if ctx.settings is not None else None
    max_per_outlet, min_stories = (es.max_per_outlet, es.min_stories) if es else (3, 1)
    articles = edition_articles(ctx)
    pages = []
    for cat in ctx.taxonomy.categories:
        stories = stories_for(cat.name, ctx.ranked, max_per_outlet)
        if len(stories) < min_stories:
            continue
        written = writer.write_page(cat, stories, ctx, stats)
        page, report = verify_page(written, articles)
        page = keep_kinds(written, page)
        _count(stats, cat.name, report)
        if _has_content(page):
            pages.append(page)
    return pages, stats


def keep_kinds(before: CategoryPage, after: CategoryPage) -> CategoryPage:
    """``after`` (a verified ``before``) with the kind (fact | analysis) of each item, paragraph and signal it
    kept: verification keeps a subset of each text's sentences, in order, with the same citations."""
    def kind_of(candidates: list, text: str, citations: tuple) -> str:
        first = clean(text).split(". ")[0][:60]
        for i, c in enumerate(candidates):
            if c.citations == citations and first in clean(c.text):
                return candidates.pop(i).kind
        return FACT

    tops = list(before.top_line)
    top = tuple(dataclasses.replace(t, kind=kind_of(tops, t.text, t.citations)) for t in after.top_line)
    old = {d.story_id: list(d.paragraphs) for d in before.key_developments}
    devs = tuple(dataclasses.replace(d, paragraphs=tuple(
        dataclasses.replace(p, kind=kind_of(old.get(d.story_id, []), p.text, p.citations)) for p in d.paragraphs))
        for d in after.key_developments)
    sigs = list(before.signals)
    signals = tuple(dataclasses.replace(s, kind=kind_of(sigs, s.text, s.citations)) for s in after.signals)
    return dataclasses.replace(after, top_line=top, key_developments=devs, signals=signals)


def _count(stats: WriteStats, category: str, report: VerifyReport) -> None:
    stats.sentences_checked += report.checked
    stats.sentences_dropped += report.dropped
    stats.drops.update(dict(report.reasons))
    if report.dropped or report.replaced:
        problems = ", ".join(f"{code} {n}" for code, n in report.problems)
        stats.notes.append(f"{category}: the citation check dropped {report.dropped} of {report.checked} "
                           f"sentences ({problems or 'none'}) and replaced {report.replaced} headline(s)")
