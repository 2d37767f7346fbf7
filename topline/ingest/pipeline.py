"""Inputs (files, folders, URLs, subscribed sources) to stored articles, sightings and recorded failures.

Each input is committed on its own, so a run killed mid-way keeps every input it finished; a bad input becomes
Failures with stable reason codes and never an exception.
"""
from __future__ import annotations

import datetime as dt
import json
import os
from concurrent.futures import Future, ThreadPoolExecutor
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import TYPE_CHECKING, Callable, Iterator, Sequence
from urllib.parse import urlsplit

from topline.config import FetchSettings, IngestSettings
from topline.errors import FetchError, InputError, Reason
from topline.ingest import feeds as feedmod
from topline.ingest import files, jsonsafe, limits, opml, sniff
from topline.ingest.http import FetchResult, HostLimiter, fetch, fetch_many, fetch_or_error
from topline.ingest.htmltext import title_from_text
from topline.ingest.urls import canonical_url, outlet_from_url
from topline.records import Article, Failure, IngestReport, Source

if TYPE_CHECKING:
    from topline.config import Settings
    from topline.store.db import Store

MAX_EXTRACT_PER_FEED = 25    # summary-only entries whose page is fetched per feed and poll (politeness cap)
Progress = Callable[..., None]


@dataclass
class Batch:
    """What one input produced, before it is stored."""
    origin: str                                      # as the user wrote it (names failures)
    via: str                                         # stable identity of the input (sightings)
    articles: list[Article] = field(default_factory=list)
    failures: list[Failure] = field(default_factory=list)
    items: int = 0
    subscribed: list[str] = field(default_factory=list)

    def fail(self, reason: str, message: str, line: int | None = None) -> "Batch":
        self.failures.append(Failure(self.origin, reason, message, line))
        self.items += 1
        return self


def fetch_settings(settings) -> FetchSettings:  # noqa: ANN001 - Settings or FetchSettings
    return settings.fetch if hasattr(settings, "fetch") else settings


def is_url(value: str) -> bool:
    return value.strip().lower().startswith(("http://", "https://"))


# --- decoding one document ------------------------------------------------------------------------------------

@dataclass(frozen=True)
class DocContext:
    source_name: str | None = None
    feed_name: str | None = None
    base_url: str | None = None                      # set for documents fetched over HTTP
    remote: bool = False                             # fetched over HTTP: summary-only entries get full text
    content_type: str = ""
    limits: IngestSettings = limits.DEFAULT          # caps on fields, entries per feed, line length


def _page_article(data: bytes, batch: Batch, ctx: DocContext) -> None:
    from topline.ingest.pages import extract_page
    page = extract_page(data, ctx.base_url)
    url = page.url if page.url and is_url(page.url) else ""
    if url:
        try:
            url = limits.check_url(url, ctx.limits)
        except InputError:        # a declared canonical URL that cannot be stored: name the page by its location
            url = ""
    url = url or ctx.base_url or Path(batch.via).resolve().as_uri()
    title = page.title or title_from_text(page.text)
    source = ctx.source_name or page.site or outlet_from_url(url) or "Unknown"
    article, notes = limits.checked_article(Article(
        url=canonical_url(url), original_url=url, title=title, text=page.text, published=page.published,
        published_missing=page.published is None, source=source, language=page.language, author=page.author),
        ctx.limits)
    batch.articles.append(article)
    batch.failures.extend(Failure(batch.origin, Reason.TRUNCATED.value, n) for n in notes)
    batch.items += 1


def _subscribe(store, data: bytes, batch: Batch, lim: IngestSettings = limits.DEFAULT) -> None:  # noqa: ANN001
    rejected: list[tuple[str, InputError]] = []
    listed, damage = opml.read_opml(data, rejected, lim)
    for url, exc in rejected:
        batch.fail(exc.reason, f"outline {url!r}: {exc}")
    for feed in listed:
        _source, created = store.sources.add(feed.url, feed.name, kind="feed")
        if created:
            batch.subscribed.append(feed.url)
    batch.items += len(listed)
    if damage:
        batch.fail(Reason.PARSE_ERROR.value, damage)


def _feed_articles(data: bytes, batch: Batch, ctx: DocContext, fs: FetchSettings, store) -> None:  # noqa: ANN001
    fctx = feedmod.FeedContext(origin=batch.origin, base_url=ctx.base_url, source_name=ctx.source_name,
                               feed_name=ctx.feed_name, limits=ctx.limits)
    parsed = feedmod.parse_feed(data, fctx, fs.summary_only_chars)
    articles = parsed.articles
    if ctx.remote and fs.extract_full_text:
        articles, extra = fill_full_text(store, articles, fs, ctx.limits)
        batch.failures.extend(extra)
    batch.articles.extend(articles)
    batch.failures.extend(parsed.failures)
    batch.items += len(parsed.articles) + sum(f.reason != Reason.TRUNCATED.value for f in parsed.failures)


def _json_document(data: bytes, batch: Batch, ctx: DocContext, fs: FetchSettings, store) -> None:  # noqa: ANN001
    """A JSON Feed (also RSS-in-JSON, also truncated ones), else a JSON array of articles."""
    try:
        doc = jsonsafe.loads(data.decode("utf-8-sig"))         # a too-deep item fails alone
    except UnicodeDecodeError as exc:
        raise InputError(f"not UTF-8: {exc.reason} at byte {exc.start}", Reason.ENCODING) from None
    except json.JSONDecodeError as exc:
        if exc.msg == "Extra data" and data.lstrip()[:1] == b"{":    # one object per line: JSON Lines
            return _take_rows(batch, files.parse_jsonl(data, batch.origin, ctx.source_name, ctx.limits))
        return _feed_articles(data, batch, ctx, fs, store)     # salvages a truncated feed, else parse_error
    if feedmod.is_json_feed_doc(doc):
        return _feed_articles(data, batch, ctx, fs, store)
    _take_rows(batch, files.parse_article_json(doc, batch.origin, ctx.source_name, ctx.limits))


def _take_rows(batch: Batch, rows: files.ParsedRows) -> None:
    batch.articles.extend(rows.articles)
    batch.failures.extend(rows.failures)
    batch.items += rows.items


def decode_document(store, data: bytes, batch: Batch, kind: str, ctx: DocContext,  # noqa: ANN001
                    fs: FetchSettings) -> None:
    """Fill ``batch`` from one document of the given kind (see sniff.sniff)."""
    if not data.strip():
        raise InputError("empty input", Reason.EMPTY)
    if kind == "jsonl":
        _take_rows(batch, files.parse_jsonl(data, batch.origin, ctx.source_name, ctx.limits))
    elif kind == "csv":
        _take_rows(batch, files.parse_csv(data, batch.origin, ctx.source_name, ctx.limits))
    elif kind == "json":
        _json_document(data, batch, ctx, fs, store)
    elif kind == "feed":
        _feed_articles(data, batch, ctx, fs, store)
    elif kind == "opml":
        _subscribe(store, data, batch, ctx.limits)
    elif kind == "html":
        _page_article(data, batch, ctx)
    else:
        raise InputError("not a supported input (JSON Lines, CSV, JSON, RSS, Atom, JSON Feed, OPML or HTML)",
                         Reason.UNSUPPORTED)


# --- full text for summary-only feed entries ------------------------------------------------------------------

def _needs_text(store, a: Article, fs: FetchSettings) -> bool:  # noqa: ANN001
    if a.text or len(a.summary) >= fs.summary_only_chars or not is_url(a.original_url or a.url):
        return False
    known = store.articles.by_url(a.url) if store is not None else None
    return not (known and known.text)


def _with_page(a: Article, result: FetchResult, lim: IngestSettings) -> tuple[Article, Failure | None]:
    from topline.ingest.pages import extract_page
    link = a.original_url or a.url
    try:
        page = extract_page(result.body, result.final_url)
        if len(page.text) <= len(a.summary):
            return a, None
        published_missing = a.published is None and page.published is None
        filled, notes = limits.checked_article(replace(
            a, text=page.text, published=a.published or page.published, published_missing=published_missing,
            author=a.author or page.author, language=a.language or page.language), lim)
    except Exception as exc:  # noqa: BLE001 - a bad page keeps the summary
        err = limits.as_input_error(exc)
        return a, Failure(link, err.reason, f"full text: {err}")
    return filled, (Failure(link, Reason.TRUNCATED.value, f"full text: {'; '.join(notes)}") if notes else None)


def fill_full_text(store, articles: list[Article], fs: FetchSettings,  # noqa: ANN001
                   lim: IngestSettings = limits.DEFAULT) -> tuple[list[Article], list[Failure]]:
    """Fetch and extract the page of summary-only entries; a failure keeps the summary and is recorded."""
    wanted = [i for i, a in enumerate(articles) if _needs_text(store, a, fs)][:MAX_EXTRACT_PER_FEED]
    if not wanted:
        return articles, []
    results = fetch_many([articles[i].original_url or articles[i].url for i in wanted], fs)
    out, failures = list(articles), []
    for i, result in zip(wanted, results):
        if isinstance(result, FetchError):
            failures.append(Failure(articles[i].original_url or articles[i].url, result.reason,
                                    f"full text: {result}"))
            continue
        out[i], failure = _with_page(articles[i], result, lim)
        if failure:
            failures.append(failure)
    return out, failures


# --- inputs ---------------------------------------------------------------------------------------------------

def _from_file(store, path: Path, origin: str, fs: FetchSettings, lim: IngestSettings,  # noqa: ANN001
               source_name: str | None) -> Batch:
    """One local file; JSON Lines and CSV are streamed line by line, a gzip file is inflated as read and capped
    at fetch.max_bytes decompressed, like an HTTP body."""
    batch = Batch(origin=origin, via=str(path.resolve()))
    ctx = DocContext(source_name=source_name, limits=lim)
    with sniff.open_local(path, fs.max_bytes) as (stream, _capped):
        head = stream.read(sniff.SNIFF_BYTES)
    kind = sniff.sniff(head, path.name)
    with sniff.open_local(path, fs.max_bytes) as (stream, capped):
        if kind in ("jsonl", "csv"):              # streamed: a line over the cap is never held whole
            if not head.strip() and not (capped and capped.damage):
                raise InputError("empty input", Reason.EMPTY)
            parse = files.parse_jsonl if kind == "jsonl" else files.parse_csv
            rows = parse(stream, origin, source_name, lim)
            if kind == "jsonl" and not rows.items and not (capped and (capped.overflowed or capped.damage)):
                raise InputError("empty input", Reason.EMPTY)     # blank lines only
            _take_rows(batch, rows)
            if capped is not None and capped.overflowed:
                batch.fail(Reason.TOO_LARGE.value, f"stopped after {capped.cap} bytes decompressed "
                                                   f"(fetch.max_bytes); the lines before were read")
        else:
            data = sniff.read_all(stream, capped)
            if capped is not None and capped.damage and not data.strip():
                raise InputError(capped.damage, Reason.PARSE_ERROR)
            decode_document(store, data, batch, kind, ctx, fs)
        if capped is not None and capped.damage:
            batch.fail(Reason.PARSE_ERROR.value, f"{capped.damage} (what came before was read)")
    return batch


def _from_result(store, result: FetchResult, origin: str, fs: FetchSettings,  # noqa: ANN001
                 source_name: str | None, feed_name: str | None = None, expect_feed: bool = False,
                 lim: IngestSettings = limits.DEFAULT) -> Batch:
    batch = Batch(origin=origin, via=origin)
    kind = sniff.sniff(result.body, urlsplit(result.final_url).path, result.content_type)
    if expect_feed and kind == "html":
        raise InputError(f"{result.final_url} is an HTML page, not a feed", Reason.NOT_A_FEED)
    ctx = DocContext(source_name=source_name, feed_name=feed_name, base_url=result.final_url, remote=True,
                     content_type=result.content_type, limits=lim)
    decode_document(store, result.body, batch, kind, ctx, fs)
    return batch


def _safely(origin: str, via: str, make: Callable[[], Batch]) -> Batch:
    """Run one input; any error becomes a Failure of that input (never an uncaught exception)."""
    try:
        return make()
    except InputError as exc:
        return Batch(origin=origin, via=via).fail(exc.reason, str(exc), exc.line)
    except Exception as exc:  # noqa: BLE001 - a bad input must not abort the run
        return Batch(origin=origin, via=via).fail(Reason.PARSE_ERROR.value, f"{type(exc).__name__}: {exc}")


def _walk(folder: Path) -> Iterator[Path]:
    for root, dirs, names in os.walk(folder):
        dirs[:] = sorted(d for d in dirs if not d.startswith("."))
        for name in sorted(names):
            if not name.startswith("."):
                yield Path(root) / name


def expand(raw: str) -> Iterator[tuple[str, str, Path | None]]:
    """(origin, via, path or None for a URL) for one user input; a folder gives every file under it."""
    if is_url(raw):
        yield raw.strip(), raw.strip(), None
        return
    path = Path(raw).expanduser()
    if path.is_dir():
        for f in _walk(path):
            yield str(f), str(f.resolve()), f
        return
    yield raw, str(path.resolve()) if path.exists() else raw, path


def commit(store, batch: Batch) -> IngestReport:  # noqa: ANN001
    """Store one input's articles (one sighting each, via the input) and its failures."""
    result = store.articles.upsert_many((a, batch.via) for a in batch.articles)
    store.articles.record_failures(batch.failures)
    return IngestReport(inputs=1, items=batch.items, added=result.added, updated=result.updated,
                        sightings=result.sightings, unchanged=result.unchanged, failures=tuple(batch.failures),
                        subscribed=tuple(batch.subscribed))


def _prefetch(pool: ThreadPoolExecutor, urls: Iterator[tuple[int, str]], fs: FetchSettings,
              limiter: HostLimiter, ahead: int) -> Callable[[int], FetchResult | FetchError]:
    """``result(i)``: the fetch of input ``i``; at most ``ahead`` fetches run or wait ahead of the caller, so
    bodies held in memory stay bounded while slow URLs are fetched side by side."""
    futures: dict[int, Future] = {}

    def top_up() -> None:
        while len(futures) < ahead:
            nxt = next(urls, None)
            if nxt is None:
                return
            futures[nxt[0]] = pool.submit(fetch_or_error, nxt[1], fs, limiter)

    def result(i: int) -> FetchResult | FetchError:
        top_up()
        value = futures.pop(i).result()
        top_up()
        return value
    top_up()
    return result


def ingest(store, settings, inputs: Sequence[str], *, source_name: str | None = None,  # noqa: ANN001
           progress: Progress | None = None) -> IngestReport:
    """Read files, folders and http(s) URLs into the store, in the order given; the URLs are fetched
    concurrently (fetch.concurrency overall, fetch.per_host per host). ``settings``: Settings or FetchSettings."""
    fs, lim = fetch_settings(settings), limits.ingest_settings(settings)
    items = [item for raw in inputs for item in expand(raw)]
    urls = [(i, origin) for i, (origin, _via, path) in enumerate(items) if path is None]
    report = IngestReport()
    with ThreadPoolExecutor(max_workers=max(1, min(fs.concurrency, len(urls))),
                            thread_name_prefix="topline-ingest") as pool:
        fetched = _prefetch(pool, iter(urls), fs, HostLimiter(fs.per_host), max(1, fs.concurrency))
        for i, (origin, via, path) in enumerate(items):
            if path is None:
                result = fetched(i)
                batch = (Batch(origin=origin, via=via).fail(result.reason, str(result))
                         if isinstance(result, FetchError) else
                         _safely(origin, via, lambda: _from_result(store, result, origin, fs, source_name, lim=lim)))
            elif not path.exists():
                batch = Batch(origin=origin, via=via).fail(Reason.NOT_FOUND.value, "no such file or folder")
            else:
                batch = _safely(origin, via, lambda: _from_file(store, path, origin, fs, lim, source_name))
            report = report.merged(_safe_commit(store, batch))
            if progress:
                progress(1, description=origin)
    return report


def _safe_commit(store, batch: Batch) -> IngestReport:  # noqa: ANN001
    try:
        return commit(store, batch)
    except Exception as exc:  # noqa: BLE001 - e.g. a value the database refuses: the input fails, the run goes on
        failed = Batch(origin=batch.origin, via=batch.via).fail(Reason.PARSE_ERROR.value,
                                                              f"cannot store: {type(exc).__name__}: {exc}")
        return commit(store, failed)


# --- subscribed sources ---------------------------------------------------------------------------------------

def _record_poll(store: Store, src: Source, reason: str | None, result: FetchResult | FetchError | None = None,
                 etag: str | None = None, last_modified: str | None = None) -> None:
    """Record a poll with the source's new health (back-off, Retry-After, Cache-Control: ``ingest.health``)."""
    from topline.ingest import health
    now = dt.datetime.now(dt.timezone.utc)
    retry_after = health.parse_retry_after(result.retry_after, now) if isinstance(result, FetchError) else None
    max_age = health.parse_max_age(result.headers.get("cache-control")) if isinstance(result, FetchResult) else None
    store.sources.record_fetch(src.url, reason=reason, etag=etag, last_modified=last_modified,
                               health=health.after_poll(reason, src.consecutive_failures, now,
                                                        retry_after=retry_after, max_age=max_age))


def _poll_one(store: Store, src: Source, result: FetchResult | FetchError, fs: FetchSettings,
              lim: IngestSettings = limits.DEFAULT) -> IngestReport:
    if isinstance(result, FetchError):
        _record_poll(store, src, result.reason, result)
        return commit(store, Batch(origin=src.url, via=src.url).fail(result.reason, str(result)))
    if result.not_modified:
        _record_poll(store, src, None, result)
        return IngestReport(inputs=1)
    batch = _safely(src.url, src.url, lambda: _from_result(store, result, src.url, fs, None, src.name or None,
                                                           expect_feed=src.kind == "feed", lim=lim))
    report = _safe_commit(store, batch)
    whole = [f for f in batch.failures if f.input == src.url and not batch.articles and not batch.subscribed]
    _record_poll(store, src, whole[0].reason if whole else None, result, etag=result.etag,
                 last_modified=result.last_modified)
    return report


def fetch_sources(store: Store, settings: Settings | FetchSettings, *, progress: Progress | None = None,
                  all_sources: bool = False, sources: Sequence[Source] | None = None) -> IngestReport:
    """Poll every subscribed source that is due once (conditional GET); one bad source never stops the others.
    Sources backing off after failures, or paused, are left out unless ``all_sources``. ``sources``: poll these
    (a worker's claimed batch: the queue decided they are due)."""
    fs = fetch_settings(settings)
    from topline.ingest.health import is_due
    now = dt.datetime.now(dt.timezone.utc)
    if sources is not None:
        sources = list(sources)
    else:
        sources = [s for s in store.sources.list() if all_sources or is_due(s.next_poll, s.paused, now)]
    remote = [s for s in sources if is_url(s.url)]
    results = fetch_many([s.url for s in remote], fs,
                         validators={s.url: (s.etag, s.last_modified) for s in remote})
    report = IngestReport()
    for src, result in zip(remote, results):
        try:
            report = report.merged(_poll_one(store, src, result, fs, limits.ingest_settings(settings)))
        except Exception as exc:  # noqa: BLE001
            report = report.merged(IngestReport(inputs=1, items=1, failures=(
                Failure(src.url, Reason.PARSE_ERROR.value, f"{type(exc).__name__}: {exc}"),)))
        if progress:
            progress(1, description=src.url)
    for src in (s for s in sources if not is_url(s.url)):
        part = ingest(store, settings, [src.url])
        _record_poll(store, src, part.failures[0].reason if part.failures and not part.added
                     and not part.unchanged and not part.sightings else None)
        report = report.merged(part)
        if progress:
            progress(1, description=src.url)
    return report


def extract(path_or_url: str, settings):  # noqa: ANN001,ANN201 - returns pages.ExtractedPage
    """Full-text extraction of one page (a local file or an http(s) URL); raises InputError."""
    from topline.ingest.pages import extract_page
    fs = fetch_settings(settings)
    if is_url(path_or_url):
        result = fetch(path_or_url, fs)
        page = extract_page(result.body, result.final_url)
        return page if page.url else replace(page, url=result.final_url)
    return extract_page(sniff.read_local(Path(path_or_url).expanduser(), fs.max_bytes))
