"""The stages in order, for one edition. The only module that knows the order.

    articles in window -> enrich -> stories -> classify -> rank -> write (+ verify) -> store edition -> publish

Each stage is resumable: enrichments, story assignments and classifications are stored, so a second run of the
same edition recomputes nothing that has not changed.
"""
from __future__ import annotations

import datetime as dt
import time
from dataclasses import dataclass, field
from pathlib import Path
from typing import Callable, Mapping, Sequence

from topline import zones
from topline.config import Settings
from topline.history import StoryRows
from topline.records import (Article, Edition, Enrichment, RankedStory, RunManifest, StoryBundle, Taxonomy)
from topline.store import Store
from topline.taxonomy import load_taxonomy, taxonomy_key

ProgressFn = Callable[[str, int, int], None]   # (stage, done, total)


@dataclass
class EditionResult:
    edition: Edition
    ranked: list[RankedStory]
    paths: list[Path] = field(default_factory=list)


def window(date: dt.date, hours: int, tz: dt.tzinfo | str | None = None) -> tuple[dt.datetime, dt.datetime]:
    """[start, end) of an edition, in UTC: ``hours`` before midnight after ``date`` in the edition's zone ``tz``
    (``settings.edition.timezone``; default UTC). See ``topline.zones``."""
    return zones.window(date, hours, tz)


def _bundles(store: Store, stories, articles: dict[int, Article], enrichments: dict[int, Enrichment],
             start: dt.datetime, end: dt.datetime) -> list[StoryBundle]:
    """A bundle per story with articles in the window; older articles of the story are loaded for context, and
    articles published after the edition's end are left out (a rebuilt past edition cites nothing later)."""
    need = [aid for s in stories for aid in s.article_ids if aid not in articles]
    for a in store.articles.by_ids(need):
        articles[a.id] = a
    if need:
        from topline.enrich import ensure_enrichments
        enrichments.update(ensure_enrichments(store, [articles[i] for i in need if i in articles]))
    out = []
    for s in stories:
        arts = [articles[i] for i in s.article_ids if i in articles and articles[i].published < end]
        if not any(a.published >= start for a in arts):
            continue
        arts.sort(key=lambda a: (a.published, a.id))
        out.append(StoryBundle(story=s, articles=tuple(arts),
                               enrichments=tuple(enrichments[a.id] for a in arts if a.id in enrichments)))
    return out


def build_edition(store: Store, settings: Settings, date: dt.date, *, taxonomy: Taxonomy | None = None,
                  formats: Sequence[str] | None = None, out_dir: Path | None = None, writer=None,  # noqa: ANN001
                  progress: ProgressFn | None = None, failures: Mapping[str, int] | None = None,
                  runner=None) -> EditionResult:  # noqa: ANN001
    """Build, store and publish the edition of ``date`` from stored articles: the day ``date`` of the edition's
    zone (``settings.edition.timezone``), whose days every stage reads through ``topline.zones.edition_day``.

    ``failures`` (reason -> count) go into the manifest: a daily run passes those of its own fetch; by default the
    failures recorded while the edition's window was open (inputs that failed while its news was collected),
    never the store's running total. ``runner`` (topline.runner; default from ``settings.runner``) computes the
    pure batch parts: enrichment and the category pages."""
    with zones.edition(zones.of(settings)):
        try:
            return _build(store, settings, date, taxonomy=taxonomy, formats=formats, out_dir=out_dir, writer=writer,
                          progress=progress, failures=failures, runner=runner)
        except BaseException:
            end_helpers()
            raise


def end_helpers() -> None:
    """End the forked helpers a build started (``topline.prefetch``, ``topline.write.ahead``): a build that raised
    ends them here, not at the next build (mend33 found them left running until then)."""
    from topline import prefetch
    from topline.write import ahead as write_ahead
    write_ahead.close()
    prefetch.close_current()


def _build(store: Store, settings: Settings, date: dt.date, *, taxonomy: Taxonomy | None,
           formats: Sequence[str] | None, out_dir: Path | None, writer, progress: ProgressFn | None,  # noqa: ANN001
           failures: Mapping[str, int] | None, runner) -> EditionResult:  # noqa: ANN001
    from topline import classify, enrich, publish, rank, stories, write
    from topline.runner import runner_from_settings, workers_cpu
    runner = runner if runner is not None else runner_from_settings(settings)   # None: each stage's default
    t0 = time.monotonic()
    timings: list[tuple[str, float]] = []
    cpu: list[tuple[str, float]] = []         # issue 14: this process's CPU seconds per stage (the machine is shared)
    workers: list[tuple[str, float]] = []     # ... and its worker processes' (pools, forked children)
    cpu_mark = [time.process_time(), workers_cpu()]

    def lap(stage: str, since: float) -> float:
        now = time.monotonic()
        timings.append((stage, round(now - since, 3)))
        now_cpu, now_workers = time.process_time(), workers_cpu()
        cpu.append((stage, round(now_cpu - cpu_mark[0], 3)))
        workers.append((stage, round(now_workers - cpu_mark[1], 3)))
        cpu_mark[:] = [now_cpu, now_workers]
        if progress:
            progress(stage, 1, 1)
        return now

    taxonomy = taxonomy or load_taxonomy(settings.edition.taxonomy or None)
    tz = zones.edition_tz()
    start, end = window(date, settings.edition.window_hours, tz)
    arts = store.articles.in_window(start, end)
    if not arts:   # an empty edition would be stored, published and archived: refuse instead
        from topline.errors import EmptyEditionError
        raise EmptyEditionError(f"no articles published between {start:%Y-%m-%d %H:%M} and {end:%Y-%m-%d %H:%M} UTC "
                                f"(the {settings.edition.window_hours}-hour window of {date.isoformat()}"
                                f"{'' if tz is dt.timezone.utc else ' in ' + str(tz)}): "
                                "nothing to publish; ingest or fetch news for that date first")
    articles = {a.id: a for a in arts}
    t = time.monotonic()
    enrichments = dict(enrich.ensure_enrichments(store, arts, runner=runner))
    t = lap("enrich", t)
    # --- issue 14: the second core computes the window's per-article stage values while stories are assigned
    from topline import prefetch
    ahead = prefetch.start(store, date, arts, tz) if getattr(runner, "name", "process") == "process" else None
    # ---
    story_list = stories.update_stories(store, arts, enrichments, settings,
                                        parallel=ahead is not None)   # issue 14: centroid products forked
    bundles = _bundles(store, story_list, articles, enrichments, start, end)
    t = lap("stories", t)
    # --- issue 14: what an edition computes per article is kept for the next one (topline.stage_cache)
    from topline.classify.events import kinds_keys, kinds_memo
    kinds = kinds_memo(store, date)
    if ahead is not None:    # issue 14 (scale20): the kinds no story's classification can ask are not computed
        ahead.narrow(kinds.stage, kinds.version, kinds_keys(bundles, kinds))
    from topline.classify import embed as class_embed     # issue 14: the embeddings of older articles kept too
    embed_memo = class_embed.embeddings_memo(store, date)
    class_embed.use_memo(embed_memo)
    from topline.classify import story_memo      # issue 14: what is read of each story alone, kept too
    features = story_memo.features_memo(store, date)
    story_memo.use_memo(features)
    try:
        classifications = classify.classify(bundles, taxonomy, settings, memo=kinds)
    finally:
        class_embed.use_memo(None)
        story_memo.use_memo(None)
    kinds.flush()
    features.flush()
    if embed_memo is not None:
        embed_memo.flush()
    # ---
    store.stories.save_classifications(taxonomy_key(taxonomy), classifications)
    t = lap("classify", t)
    recent = recent_editions(store, date)   # issue 14: the week's editions read and parsed once, not twice
    history = StoryRows(mark_printed(store.editions.history(date, factors=False),
                                    printed_stories(store, date, editions=recent)))
    pairs = list(zip(bundles, classifications))
    rankings = rank.rank(pairs, edition_date=date, history=history, settings=settings)
    ranked = [RankedStory(b, c, r) for (b, c), r in zip(pairs, rankings)]
    ranked.sort(key=lambda r: -r.ranking.score)
    t = lap("rank", t)
    # --- the event ledger (issue 12): events and watch items of the pages' candidate stories, stored and followed
    from topline.events import ledger as event_ledger
    # --- issue 14: the offline writer's stories prepared in another process while the ledger runs
    from topline.write import ahead as write_ahead
    writer = writer or write.make_writer(settings, store.cache)
    # issue 14: the stories pages can use, once; each of their articles' sentences kept across editions, loaded
    # before the writer's process forks (topline.write.offline.sentences.sentences_memo)
    from topline.write.offline import sentences as write_sentences
    ctx0 = write.EditionContext(date=date, taxonomy=taxonomy, ranked=tuple(ranked), settings=settings)
    usable = write.page_candidates(ctx0, settings.edition.max_per_outlet)
    sentence_memo = None
    if writer.name == "offline":
        sentence_memo = write_sentences.sentences_memo(store, date)
        sentence_memo.preload(write_sentences.memo_key(sentence_memo, a) for rs in usable for a in rs.bundle.articles)
    write_sentences.use_memo(sentence_memo)
    if ahead is not None and writer.name == "offline":
        write_ahead.start(ctx0, usable)
    # ---
    ledger = event_ledger.run(store, ranked, date, parallel=ahead is not None)   # issue 14 (scale28): two cores
    if ahead is not None:
        ahead.close()     # issue 14: both stages that take values computed ahead are done
    t = lap("events", t)
    # ---
    ctx = write.EditionContext(date=date, taxonomy=taxonomy, ranked=tuple(ranked), history=history,
                               previous_signals=tuple(previous_signals(store, date, editions=recent)),
                               settings=settings,
                               ledger=ledger)
    try:
        pages, stats = write.write_pages(ctx, writer, runner, usable)
    finally:
        write_sentences.use_memo(None)
    write_ahead.close()   # issue 14
    if sentence_memo is not None:
        sentence_memo.flush()
    pages = event_ledger.attach(pages, ledger, ranked)   # the ledger section of each page (issue 12)
    t = lap("write", t)
    if failures is None:
        failures = store.articles.failure_counts(start, end)
    manifest = RunManifest(
        articles=len(arts), stories=len(bundles), llm_calls=stats.llm_calls, input_tokens=stats.input_tokens,
        output_tokens=stats.output_tokens, seconds=round(time.monotonic() - t0, 3),
        writer=writer.name,
        sentences_checked=stats.sentences_checked, sentences_dropped=stats.sentences_dropped,
        sentences_regenerated=stats.sentences_regenerated, fallbacks=stats.fallbacks,
        failures=tuple(sorted((str(k), int(v)) for k, v in failures.items())), timings=tuple(timings),
        notes=tuple(stats.notes) + ledger.notes, drops=tuple(sorted(stats.drops.items())),   # sentences the checker dropped
        cache=(kinds.stats(), features.stats(), *ledger.timings.get("cache", ()),
               *(m.stats() for m in (embed_memo, sentence_memo) if m is not None)), cpu=tuple(cpu),
        workers_cpu=tuple(workers),   # issue 14: cache hits, CPU of this process and of its workers per stage
        timezone=settings.edition.timezone or zones.UTC_NAME,
        window_start=zones.iso(start, tz), window_end=zones.iso(end, tz))   # the edition's day, in its zone
    edition = Edition(date=date, categories=tuple(pages), manifest=manifest,
                      generated_at=dt.datetime.now(dt.timezone.utc))
    store.editions.save(edition, ranked)
    paths: list[Path] = []
    if formats:
        paths = publish.publish(edition, out_dir or settings.output_dir, formats, store=store)
        lap("publish", t)
    return EditionResult(edition=edition, ranked=ranked, paths=paths)


def recent_editions(store: Store, date: dt.date, days: int = 7) -> list[tuple[dt.date, dict]]:
    """The stored editions of the ``days`` before ``date``, newest first, as ``(date, data)`` (data as
    ``store.editions.get`` gives it, ``{}`` when none): what ``printed_stories`` and ``previous_signals`` read."""
    return [(d, store.editions.get(d) or {}) for d in store.editions.dates()
            if date - dt.timedelta(days=days) <= d < date]


def previous_signals(store: Store, date: dt.date, days: int = 7,
                     editions: Sequence[tuple[dt.date, dict]] | None = None) -> list[dict]:
    """Signals of the editions of the ``days`` before ``date``, newest first: {date, category, title, text,
    story_ids, watch}. ``editions``: ``recent_editions(store, date, days)`` when the caller read them already."""
    out: list[dict] = []
    for d, data in (recent_editions(store, date, days) if editions is None else editions):
        for page in data.get("categories", ()):
            for sig in page.get("signals", ()):
                out.append({"date": d.isoformat(), "category": page.get("name"), "title": sig.get("title", ""),
                            "text": sig.get("text", ""), "story_ids": sig.get("story_ids", []),
                            "watch": sig.get("watch", "")})
    return out


# --- issue 11: novelty counts what readers were shown ---------------------------------------------------------
def printed_stories(store: Store, date: dt.date, days: int = 7,
                    editions: Sequence[tuple[dt.date, dict]] | None = None) -> dict[dt.date, set[str]]:
    """date -> ids of the stories printed on a page (Top Line, Key Developments, Signals) of the editions of the
    ``days`` before ``date`` (``editions``: ``recent_editions(store, date, days)`` when read already)."""
    out: dict[dt.date, set[str]] = {}
    for d, data in (recent_editions(store, date, days) if editions is None else editions):
        ids: set[str] = set()
        for page in data.get("categories", ()):
            ids.update(t.get("story_id") for t in page.get("top_line", ()))
            ids.update(k.get("story_id") for k in page.get("key_developments", ()))
            ids.update(sid for sig in page.get("signals", ()) for sid in sig.get("story_ids", ()))
        out[d] = ids
    return out


def mark_printed(history: Sequence[dict], printed: Mapping[dt.date, set[str]]) -> list[dict]:
    """History rows with ``printed``: whether the story was on a page of that edition (a story ranked in an
    edition but printed on no page was never shown to a reader: rank.factors.novelty counts it as new)."""
    return [{**h, "printed": h.get("story_id") in printed.get(h.get("date"), ())} if h.get("date") in printed
            else dict(h) for h in history]
# ---


def edition_dates(store: Store, tz: dt.tzinfo | str | None = None) -> list[dt.date]:
    """Dates that have articles, oldest first (what `topline demo` builds editions for), as days of the edition's
    zone ``tz`` (default UTC)."""
    return store.articles.published_dates(tz)
