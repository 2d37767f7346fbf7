"""Writing: ranked stories -> an edition of category pages, through one Writer interface.

``write_pages`` chooses each category's stories, asks the writer for the page and passes every page through the
citation checker (``topline.check``) before it leaves: whatever the writer, nothing unverified is
published. The gate counts the sentences it checked and dropped; writers count their own LLM calls, tokens,
regenerations and fallbacks. The offline writer is the default; the LLM writer is used when one is configured.
"""
from __future__ import annotations

import dataclasses
import math
from collections import Counter
from typing import Mapping, Sequence

from topline.errors import ConfigError
from topline.records import FACT, Article, CategoryPage, RankedStory
from topline.write.base import EditionContext, WriteStats, Writer
from topline.check import VerifyReport, clean, verify_page
from topline.check.evidence import ArticleSet

__all__ = ["EditionContext", "WriteStats", "Writer", "edition_articles", "make_writer", "page_candidates",
           "stories_for", "write_pages"]

WRITERS = ("auto", "offline", "llm")
# Stories of a category a page can use, best first (issue 14: writing costs what the pages carry, not the window).
# A page shows 5 Top Line items (the writer looks at the first 10), 4 Key Developments (the writer goes down the
# list until 4 are written: on the 10k-article benchmark the 4th came from at most the 9th story) and 3 Signals
# grouped from the page's leading stories; 24 leaves room for stories whose sentences all fail the checker.
PAGE_CANDIDATES = 24
LINKED_PER_STORY = 6       # stories linked through a shared name kept per candidate (develop links use the best 6)
# An edition of at most this many stories is written whole: background terms and names (what no signal may be
# named after) are then counted over every story, as before issue 14 (the demo's editions, 40-60 stories, come
# out unchanged). Above it, over the candidates: 6 categories x 24 + links make about 250 stories.
WRITE_WHOLE = 250


# How much a story is about the page orders the page too (issue 11, sixteenth pass). Within the first ten stories
# of each gold page of the thirteen calibration corpora (cal-ai, cal-ai2, cal-biotech, eval-agri, eval-ai3,
# eval-def, eval-energy, eval-fin, eval-mob, eval-prop, eval-tmt, eval-trade, the demo), the editor's stories are
# told apart from the others far better by how close the story is to the page's category (its zero-shot
# similarity to the category's prototype with the keyword bonus: 0.81 of pairs ordered right; the distinct
# keywords of the category it names: 0.82) than by the ranking score (0.69): a page's editor leads with what
# the page is about, the score measures how big a story is. The page score adds ``TOPIC_WEIGHT`` x the
# similarity and ``NAMED_WEIGHT`` x the keywords named (up to ``NAMED_FULL``) to the story's score on the page.
# Chosen offline on a dump of every gold day's candidates (the pages re-ranked: 488 -> 497 of the thirteen
# corpora's Top Line items, at most one lost on any corpus; leave-one-corpus-out, each corpus measured at the
# values chosen on the other twelve: +5 summed over the thirteen held-out corpora) and swept on the editions
# (benchmarks/RESULTS.md, "Sixteenth pass").
TOPIC_WEIGHT = 0.25
NAMED_WEIGHT = 0.05
NAMED_FULL = 5


def page_score(r: RankedStory, category: str) -> float:
    """The story's score on the page of ``category``: its score where the category is its primary one; where it is
    a secondary one, the score times how strong the category is against the primary (the classifier's
    probabilities), so a story shared between pages leads on its own page and follows on the other; plus how much
    the story is about the page (``topic_bonus``)."""
    if r.classification.primary == category:
        return r.ranking.score + topic_bonus(r, category)
    if category not in r.classification.secondary:
        return 0.0
    return r.ranking.score * _share(r, category) + topic_bonus(r, category)


def topic_bonus(r: RankedStory, category: str) -> float:
    """``TOPIC_WEIGHT`` x the story's similarity to the category + ``NAMED_WEIGHT`` x the share of ``NAMED_FULL``
    distinct keywords of it the story names (0 when the classifier did not say, ``Classification.topic``)."""
    for name, similarity, named in r.classification.topic:
        if name == category:
            return TOPIC_WEIGHT * similarity + NAMED_WEIGHT * min(named, NAMED_FULL) / NAMED_FULL
    return 0.0


def _share(r: RankedStory, category: str) -> float:
    """The category's probability against the story's primary one (0..1)."""
    probs = dict(r.classification.scores)
    top = probs.get(r.classification.primary or "", 0.0)
    return min(1.0, probs.get(category, 0.0) / top) if top > 0 else 0.0


# A short page is filled (issue 11, fifteenth pass): a page whose own stories (primary and secondary) are fewer than
# ``PAGE_FILL`` takes, after them, the stories for which its category is the second or third of their
# classification (``FILL_RANKS``), best ``score x share`` first, as a secondary story would rank. A thin day's page
# printed three or four bullets while the window held stories the editor put there: over the twelve calibration
# corpora (cal-ai, cal-ai2, cal-biotech, eval-agri, eval-ai3, eval-def, eval-energy, eval-fin, eval-mob, eval-tmt,
# eval-trade, the demo) nine pages of the gold days printed fewer than five bullets, with a gold story the page
# did not list on eval-def (10-14 Markets: a takeover also a markets story, its second category at 0.17 of the
# primary), eval-trade (05-19 Freight Rates: a port's record volumes, third) and cal-ai2 (10-06 Safety). A page of
# ``PAGE_FILL`` or more stories is unchanged. 10 = what the offline writer reads for 5 Top Line bullets (it skips
# stories whose sentences cannot lead or repeat a bullet above).
PAGE_FILL = 10
FILL_RANKS = (1, 2)   # indexes in the story's categories, best first: its second and third


def _fill(category: str, ranked: Sequence[RankedStory], have: Sequence[RankedStory]) -> list[RankedStory]:
    """Stories of other pages for a short page of ``category``, best ``score x share`` first."""
    held = {id(r) for r in have}
    more = [r for r in ranked if r.classification.primary is not None and id(r) not in held
            and any(i in FILL_RANKS and name == category for i, (name, _) in enumerate(r.classification.scores))]
    more.sort(key=lambda r: -r.ranking.score * _share(r, category))
    return more


def stories_for(category: str, ranked: Sequence[RankedStory], max_per_outlet: int) -> list[RankedStory]:
    """The category's stories, best first: those whose primary category it is and those where it is a secondary
    category (a story goes on every page where it is strong, see ``page_score``), with at most
    ``max_per_outlet`` stories whose only source is one outlet.

    The cap keeps one prolific outlet's own items (its exclusives, features, newsletters) from filling a page; a
    story other outlets carry too is strong on its own and is never dropped for it (issue 11), so the cap counts
    only single-source stories, against their one outlet. A short page (fewer than ``PAGE_FILL`` stories, at least
    one) is filled with the stories whose second or third category it is (``_fill``), after its own."""
    mine = [r for r in ranked if r.classification.primary is not None and
            (r.classification.primary == category or category in r.classification.secondary)]
    mine.sort(key=lambda r: -page_score(r, category))
    led: Counter[str] = Counter()
    out: list[RankedStory] = []
    _capped(mine, out, led, max_per_outlet, len(mine))
    if out and len(out) < PAGE_FILL:   # a short page: then the stories whose second or third category it is
        _capped(_fill(category, ranked, mine), out, led, max_per_outlet, PAGE_FILL)
    return out


def _capped(stories: Sequence[RankedStory], out: list[RankedStory], led: Counter[str], max_per_outlet: int,
            limit: int) -> None:
    """``out`` extended with ``stories`` in order, at most ``max_per_outlet`` single-source stories of one outlet
    (counted in ``led``), until it holds ``limit``."""
    for r in stories:
        if len(out) >= limit:
            return
        only = single_source(r)
        if only is not None:
            if led[only] >= max_per_outlet:
                continue
            led[only] += 1
        out.append(r)


def single_source(r: RankedStory) -> str | None:
    """The story's one outlet when it has a single independent source (wire copies count once), else None."""
    outlets = {o for o in r.bundle.story.outlets if o}
    if not outlets:
        outlets = {a.source for a in r.bundle.articles if a.source}
    return next(iter(outlets)) if len(outlets) == 1 else ("" if not outlets else None)


def page_candidates(ctx: EditionContext, max_per_outlet: int = 3,
                    per_page: int = PAGE_CANDIDATES) -> tuple[RankedStory, ...]:
    """The stories any page of the edition can use, in edition order: each category's ``per_page`` leading stories
    (primary, with and without the outlet cap) and leading secondary ones, plus the stories these share a
    distinctive name with (Key Developments link to them). An edition of up to ``WRITE_WHOLE`` stories keeps them
    all; one of thousands keeps a few hundred, so the writer's cost follows the pages, not the window."""
    if len(ctx.ranked) <= WRITE_WHOLE:
        return ctx.ranked
    keep: set[str] = set()
    for cat in ctx.taxonomy.categories:
        keep.update(r.bundle.story.id for r in stories_for(cat.name, ctx.ranked, max_per_outlet)[:per_page])
        for held in (lambda c: c.primary == cat.name, lambda c: cat.name in c.secondary):
            mine = [r for r in ctx.ranked if held(r.classification)]   # before the outlet cap: context for signals
            mine.sort(key=lambda r: -r.ranking.score)
            keep.update(r.bundle.story.id for r in mine[:per_page])
    if len(keep) < len(ctx.ranked):
        keep |= _linked(ctx.ranked, keep)
    return tuple(r for r in ctx.ranked if r.bundle.story.id in keep)


def _linked(ranked: Sequence[RankedStory], chosen: set[str]) -> set[str]:
    """Stories outside ``chosen`` that share a central, rare ORG or PERSON name with a chosen story, the strongest
    ``LINKED_PER_STORY`` per chosen story (the weight the offline writer's links use, without its headline test)."""
    from topline.write.offline import compare
    outlets = compare.outlet_names(a for rs in ranked for a in rs.bundle.articles)
    names = {rs.bundle.story.id: compare.story_names(rs, outlets) for rs in ranked}
    central = {rs.bundle.story.id: compare.central(names[rs.bundle.story.id], len(rs.bundle.articles))
               for rs in ranked}
    df: Counter[str] = Counter()
    for counts in names.values():
        df.update(counts.keys())
    n = max(1, len(ranked))
    holders: dict[str, list[str]] = {}
    for sid, held in central.items():
        for name in held:
            if not (df[name] / n > compare.LINK_MAX_SHARE and df[name] > 2):
                holders.setdefault(name, []).append(sid)
    out: set[str] = set()
    for sid in chosen:
        mine = names[sid]
        scored: dict[str, float] = {}
        for name in central[sid]:
            for other in holders.get(name, ()):
                if other != sid and other not in chosen:
                    w = math.log(1 + n / df[name]) * min(mine[name], names[other][name])
                    scored[other] = max(scored.get(other, 0.0), w)
        out.update(sorted(scored, key=lambda o: (-scored[o], o))[:LINKED_PER_STORY])
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


def edition_articles(ctx: EditionContext) -> Mapping[str, Article]:
    """URL -> Article for every article of the edition: what any writer may cite (immutable: the checker keys its
    cache of the set once, not once per sentence)."""
    return ArticleSet({a.url: a for rs in ctx.ranked for a in rs.bundle.articles})


def _has_content(page: CategoryPage) -> bool:
    return bool(page.top_line or page.key_developments or page.signals)


def write_pages(ctx: EditionContext, writer: Writer, runner=None,  # noqa: ANN001
                usable: tuple[RankedStory, ...] | None = None) -> tuple[list[CategoryPage], WriteStats]:
    """Every category page of the edition, each verified sentence by sentence (failing sentences dropped).

    The writer sees the stories pages can use (``page_candidates``, or ``usable`` when the caller computed them
    for this context already), not every story of the window. Pages are
    written through ``runner`` (``topline.runner``) when the writer says its pages are independent
    (``parallel_pages``): each page is then a pure function of the immutable context, so pages can be written in
    worker processes or on a Ray cluster and come out the same as in order."""
    es = ctx.settings.edition if ctx.settings is not None else None
    max_per_outlet, min_stories = (es.max_per_outlet, es.min_stories) if es else (3, 1)
    ctx = dataclasses.replace(ctx, ranked=usable if usable is not None else page_candidates(ctx, max_per_outlet))
    jobs = [(cat, stories) for cat in ctx.taxonomy.categories
            if len(stories := stories_for(cat.name, ctx.ranked, max_per_outlet)) >= min_stories]
    prepare = getattr(writer, "prepare", None)
    if prepare is not None:
        prepare(ctx)               # per-edition work, done once before the pages (shared with the workers)
    from topline.write import ahead   # issue 14: the pages' checks on both cores when the edition forks
    if runner is not None and getattr(writer, "parallel_pages", False):
        done = runner.map(_write_one, jobs, shared=(writer, ctx))
    elif ahead.splits_checks():
        done = ahead.write_then_check(writer, ctx, jobs)
    else:
        done = [_write_one((writer, ctx), job) for job in jobs]
    stats = WriteStats()
    pages = []
    for (cat, _), (page, report, page_stats) in zip(jobs, done):
        stats.add(page_stats)
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


def _write_one(shared: tuple[Writer, EditionContext], job: tuple) -> tuple[CategoryPage, VerifyReport, WriteStats]:
    """Compute: one category's page, written and verified (pure given the writer's per-edition state)."""
    from topline import zones
    writer, ctx = shared
    cat, stories = job
    stats = WriteStats()
    with zones.edition(zones.of(ctx.settings)):   # the edition's days in its zone, in a worker process too
        written = writer.write_page(cat, stories, ctx, stats)
        page, report = verify_page(written, edition_articles(ctx), getattr(writer, "verdicts", None))
    return keep_kinds(written, page), report, stats


def _count(stats: WriteStats, category: str, report: VerifyReport) -> None:
    stats.sentences_checked += report.checked
    stats.sentences_dropped += report.dropped
    stats.drops.update(dict(report.reasons))
    if report.dropped or report.replaced:
        problems = ", ".join(f"{code} {n}" for code, n in report.problems)
        stats.notes.append(f"{category}: the citation check dropped {report.dropped} of {report.checked} "
                           f"sentences ({problems or 'none'}) and replaced {report.replaced} headline(s)")
