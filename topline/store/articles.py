"""Articles, their sightings, failures, enrichments and full-text search."""
from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, replace
from typing import Iterable, Iterator, Mapping, NamedTuple, Sequence

from sqlalchemy import and_, bindparam, case, func, insert, literal, literal_column, or_, select, text, update

from topline.records import Article, Enrichment, Entity, Failure, Figure
from topline.store import schema as s
from topline.store.db import PG_SEARCH_DOCUMENT, as_utc, chunks, pg_index_term, pg_word_pattern, utcnow
from topline.text import content_hash

BATCH_SIZE = 500   # articles per write transaction: a killed run loses at most one uncommitted batch


@dataclass(frozen=True)
class UpsertResult:
    added: int = 0
    updated: int = 0
    sightings: int = 0
    unchanged: int = 0


def article_hash(a: Article) -> str:
    return content_hash(a.title, a.text, a.summary)


def _row_to_article(r) -> Article:  # noqa: ANN001
    return Article(id=r.id, url=r.url, original_url=r.original_url, title=r.title, text=r.text, summary=r.summary,
                   published=as_utc(r.published), published_missing=bool(r.published_missing), source=r.source,
                   language=r.language, author=r.author, external_id=r.external_id, metadata=r.metadata or {},
                   published_offset=r.published_offset)


class ArticleRepo:
    def __init__(self, store):  # noqa: ANN001
        self.store = store

    # --- writing ---------------------------------------------------------------------------------------------

    def upsert_many(self, items: Iterable[tuple[Article, str]]) -> UpsertResult:
        """Store (article, via) pairs in batches. Same canonical URL = same article, seen again.

        An article whose content changed is updated (its enrichment is recomputed later, keyed by content hash);
        a longer full text never gets replaced by a shorter summary.
        """
        totals = UpsertResult()
        batch: list[tuple[Article, str]] = []
        for item in items:
            batch.append(item)
            if len(batch) >= BATCH_SIZE:
                totals = _add(totals, self._upsert_batch(batch))
                batch = []
        if batch:
            totals = _add(totals, self._upsert_batch(batch))
        return totals

    def _upsert_batch(self, batch: Sequence[tuple[Article, str]]) -> UpsertResult:
        """One transaction: existing rows and sightings are looked up for the whole batch in two queries."""
        added = updated = seen = unchanged = 0
        now = utcnow()
        batch = [self._storable(a, via) for a, via in batch]
        new_sightings: list[dict] = []
        with self.store.write() as conn:
            rows = {r.url: r for r in conn.execute(
                select(s.articles.c.id, s.articles.c.url, s.articles.c.content_hash, s.articles.c.text,
                       s.articles.c.summary, s.articles.c.published_missing)
                .where(s.articles.c.url.in_({a.url for a, _ in batch})))}
            sighted = {(r.article_id, r.seen_url, r.via) for r in conn.execute(
                select(s.sightings.c.article_id, s.sightings.c.seen_url, s.sightings.c.via)
                .where(s.sightings.c.article_id.in_([r.id for r in rows.values()])))} if rows else set()
            for art, via in batch:
                row = rows.get(art.url)
                h = article_hash(art)
                if row is None:
                    # issue 14: one statement compiled once, its values bound (``insert(...).values(...)``
                    # built and cache-keyed a statement per row: ~85 % of ingest's CPU at 10,000 articles)
                    aid = conn.execute(_INSERT_ARTICLE, dict(
                        url=art.url, original_url=art.original_url or art.url, title=art.title, text=art.text or "",
                        summary=art.summary or "", published=as_utc(art.published) or now,
                        published_missing=art.published_missing or art.published is None, source=art.source,
                        published_offset=art.published_offset if art.published else None, language=art.language, author=art.author, external_id=art.external_id,
                        metadata=dict(art.metadata), content_hash=h, ingested_at=now, updated_at=now,
                    )).inserted_primary_key[0]
                    rows[art.url] = _Known(aid, art.url, h, art.text or "", art.summary or "",
                                           art.published_missing or art.published is None)
                    added += 1
                else:
                    aid = row.id
                    if row.content_hash != h and _is_better(art, row):
                        values = _changes(art, row, h, now)
                        conn.execute(update(s.articles).where(s.articles.c.id == aid).values(**values))
                        rows[art.url] = _Known(aid, art.url, h, values.get("text", row.text),
                                               values.get("summary", row.summary),
                                               values.get("published_missing", row.published_missing))
                        updated += 1
                    else:
                        unchanged += 1
                key = (aid, art.original_url or art.url, via)
                if key not in sighted:
                    sighted.add(key)
                    new_sightings.append(dict(article_id=aid, seen_url=key[1], via=via, seen_at=now))
                    if row is not None:
                        seen += 1
            if new_sightings:   # issue 14: one executemany, rows in the order they were met (same ids as before)
                conn.execute(insert(s.sightings), new_sightings)
        return UpsertResult(added, updated, seen, unchanged)

    def record_failures(self, failures: Iterable[Failure]) -> None:
        rows = [self.store.fit(s.failures, dict(input=f.input[:2048], line=f.line, reason=f.reason,
                                                message=f.message[:2000], at=utcnow()))
                for f in failures]
        if rows:
            with self.store.write() as conn:
                conn.execute(insert(s.failures), rows)

    def _storable(self, art: Article, via: str) -> tuple[Article, str]:
        """The article as this database stores it (``Store.fit``: unchanged on SQLite)."""
        if self.store.is_sqlite:
            return art, via
        c = s.articles.c
        fitted = replace(art, **{name: self.store.fit_value(c[name], getattr(art, name)) for name in (
            "url", "original_url", "title", "text", "summary", "source", "language", "author", "external_id")})
        return fitted, self.store.fit_value(s.sightings.c.via, via)

    # --- reading ---------------------------------------------------------------------------------------------

    def count(self) -> int:
        with self.store.read() as conn:
            return conn.execute(select(func.count()).select_from(s.articles)).scalar_one()

    def get(self, article_id: int) -> Article | None:
        with self.store.read() as conn:
            r = conn.execute(select(s.articles).where(s.articles.c.id == article_id)).first()
            return _row_to_article(r) if r else None

    def by_url(self, url: str) -> Article | None:
        with self.store.read() as conn:
            r = conn.execute(select(s.articles).where(
                s.articles.c.url == self.store.fit_value(s.articles.c.url, url))).first()
            return _row_to_article(r) if r else None

    def by_ids(self, ids: Sequence[int]) -> list[Article]:
        out: list[Article] = []
        with self.store.read() as conn:
            for i in range(0, len(ids), 900):
                chunk = list(ids[i:i + 900])
                out.extend(_row_to_article(r) for r in conn.execute(
                    select(s.articles).where(s.articles.c.id.in_(chunk))))
        order = {aid: n for n, aid in enumerate(ids)}
        return sorted(out, key=lambda a: order.get(a.id, 0))

    def in_window(self, start: dt.datetime, end: dt.datetime) -> list[Article]:
        """Articles published in [start, end), oldest first."""
        with self.store.read() as conn:
            rows = conn.execute(select(s.articles).where(and_(s.articles.c.published >= as_utc(start),
                                                              s.articles.c.published < as_utc(end)))
                                .order_by(s.articles.c.published, s.articles.c.id))
            return [_row_to_article(r) for r in rows]

    def published_dates(self, tz: dt.tzinfo | str | None = None) -> list[dt.date]:
        """Distinct days (UTC, or of the zone ``tz``) with articles whose date is known (not the time of
        ingestion), oldest first."""
        from topline import zones
        zone = tz if isinstance(tz, dt.tzinfo) else zones.zone(tz)
        with self.store.read() as conn:
            rows = conn.execute(select(s.articles.c.published).where(s.articles.c.published_missing.is_(False)))
            return sorted({as_utc(r.published).astimezone(zone).date() for r in rows})

    def iter_all(self, chunk: int = 2000) -> Iterator[Article]:
        last = 0
        while True:
            with self.store.read() as conn:
                rows = conn.execute(select(s.articles).where(s.articles.c.id > last)
                                    .order_by(s.articles.c.id).limit(chunk)).all()
            if not rows:
                return
            for r in rows:
                yield _row_to_article(r)
            last = rows[-1].id

    def sightings(self, article_id: int) -> list[tuple[str, str, dt.datetime]]:
        with self.store.read() as conn:
            return [(r.seen_url, r.via, as_utc(r.seen_at)) for r in conn.execute(
                select(s.sightings).where(s.sightings.c.article_id == article_id).order_by(s.sightings.c.id))]

    def sighting_count(self) -> int:
        with self.store.read() as conn:
            return conn.execute(select(func.count()).select_from(s.sightings)).scalar_one()

    def failures(self, limit: int = 1000) -> list[Failure]:
        with self.store.read() as conn:
            return [Failure(input=r.input, reason=r.reason, message=r.message, line=r.line) for r in conn.execute(
                select(s.failures).order_by(s.failures.c.id.desc()).limit(limit))]

    def failure_counts(self, since: dt.datetime, until: dt.datetime) -> dict[str, int]:
        """Failures recorded in [since, until), by reason."""
        with self.store.read() as conn:
            return {r.reason: r.n for r in conn.execute(
                select(s.failures.c.reason, func.count().label("n"))
                .where(s.failures.c.at >= since, s.failures.c.at < until).group_by(s.failures.c.reason))}

    def search(self, query: str, limit: int = 50) -> list[tuple[Article, float]]:
        """Full-text search, best match first; every term must match. FTS5 (bm25) on SQLite, whole words on
        PostgreSQL (candidates from a GIN word index, decided by regular expressions), ILIKE elsewhere."""
        terms = [t for t in query.replace('"', " ").split() if t]
        if not terms:
            return []
        with self.store.read() as conn:
            if self.store.is_sqlite:
                fts = " ".join(f'"{t}"' for t in terms)
                hits = [(r.id, -float(r.rank)) for r in conn.execute(text(
                    "SELECT rowid AS id, bm25(articles_fts) AS rank FROM articles_fts WHERE articles_fts MATCH :q "
                    "ORDER BY rank LIMIT :n"), {"q": fts, "n": limit})]
                rows = {r.id: r for r in conn.execute(select(s.articles).where(
                    s.articles.c.id.in_([h[0] for h in hits])))}
                return [(_row_to_article(rows[i]), score) for i, score in hits if i in rows]
            if self.store.engine.dialect.name == "postgresql":
                return [(_row_to_article(r), float(r.score)) for r in conn.execute(_pg_search(terms, limit))]
            cond = and_(*[(s.articles.c.title.ilike(f"%{t}%") | s.articles.c.text.ilike(f"%{t}%")) for t in terms])
            rows = conn.execute(select(s.articles).where(cond).order_by(s.articles.c.published.desc()).limit(limit))
            return [(_row_to_article(r), 1.0) for r in rows]

    # --- enrichments -----------------------------------------------------------------------------------------

    def enrichments(self, ids: Sequence[int], version: str) -> dict[int, Enrichment]:
        """Stored enrichments of this version whose content hash still matches the article."""
        out: dict[int, Enrichment] = {}
        shared: dict = {}    # issue 14: equal entities and figures of these enrichments made once (frozen records)
        with self.store.read() as conn:
            for i in range(0, len(ids), 900):
                chunk = list(ids[i:i + 900])
                q = (select(s.enrichments.c.article_id, s.enrichments.c.data, s.enrichments.c.duplicate_of,
                            s.enrichments.c.content_hash)
                     .join(s.articles, s.articles.c.id == s.enrichments.c.article_id)
                     .where(s.enrichments.c.article_id.in_(chunk), s.enrichments.c.version == version,
                            s.enrichments.c.content_hash == s.articles.c.content_hash))
                for r in conn.execute(q):
                    out[r.article_id] = enrichment_from_dict(r.article_id, r.content_hash, r.data, r.duplicate_of,
                                                             shared)
        return out

    def save_enrichments(self, items: Sequence[Enrichment], version: str,
                         fingerprints: Mapping[int, bytes] | None = None, *, linked: bool = True) -> None:
        """Replace the enrichments of these articles (with their wire-copy ``fingerprints`` when given).
        ``linked=False``: computed by a worker, their ``duplicate_of`` is set later over the edition window
        (``link_copies``)."""
        if not items:
            return
        fingerprints = fingerprints or {}
        with self.store.write() as conn:
            for ids in chunks([e.article_id for e in items]):
                conn.execute(s.enrichments.delete().where(s.enrichments.c.article_id.in_(ids)))
            conn.execute(insert(s.enrichments), [dict(
                article_id=e.article_id, content_hash=e.content_hash, version=version, duplicate_of=e.duplicate_of,
                data=enrichment_to_dict(e), fingerprint=fingerprints.get(e.article_id), linked=linked)
                for e in items])

    def unlinked(self, ids: Sequence[int], version: str) -> set[int]:
        """Articles among ``ids`` whose current enrichment still waits for its wire-copy link."""
        e = s.enrichments.c
        out: set[int] = set()
        with self.store.read() as conn:
            for chunk in chunks(list(ids)):
                out.update(r.article_id for r in conn.execute(
                    select(e.article_id).where(e.article_id.in_(chunk), e.version == version,
                                               e.linked.is_(False))))
        return out

    def link_copies(self, links: Mapping[int, int | None]) -> None:
        """Set ``duplicate_of`` (an original's id, or None) of these enrichments and mark them linked."""
        if links:
            with self.store.write() as conn:
                conn.execute(update(s.enrichments).where(s.enrichments.c.article_id == bindparam("aid"))
                             .values(duplicate_of=bindparam("dup"), linked=True),
                             [dict(aid=k, dup=v) for k, v in links.items()])

    def fingerprints(self, ids: Sequence[int], version: str) -> dict[int, bytes]:
        """Stored wire-copy fingerprints of current enrichments (as ``enrichments`` selects them)."""
        e = s.enrichments.c
        out: dict[int, bytes] = {}
        with self.store.read() as conn:
            for chunk in chunks(list(ids)):
                q = (select(e.article_id, e.fingerprint).join(s.articles, s.articles.c.id == e.article_id)
                     .where(e.article_id.in_(chunk), e.version == version, e.fingerprint.is_not(None),
                            e.content_hash == s.articles.c.content_hash))
                out.update((r.article_id, bytes(r.fingerprint)) for r in conn.execute(q))
        return out

    def save_fingerprints(self, prints: Mapping[int, bytes]) -> None:
        """Fill in fingerprints of stored enrichments (those written before fingerprints were kept)."""
        if prints:
            with self.store.write() as conn:
                conn.execute(update(s.enrichments).where(s.enrichments.c.article_id == bindparam("aid"))
                             .values(fingerprint=bindparam("fp")), [dict(aid=k, fp=v) for k, v in prints.items()])

    def content_hashes(self, ids: Sequence[int]) -> dict[int, str]:
        out: dict[int, str] = {}
        with self.store.read() as conn:
            for i in range(0, len(ids), 900):
                for r in conn.execute(select(s.articles.c.id, s.articles.c.content_hash)
                                      .where(s.articles.c.id.in_(list(ids[i:i + 900])))):
                    out[r.id] = r.content_hash
        return out


def _pg_search(terms: Sequence[str], limit: int):  # noqa: ANN202 - a Select
    """PostgreSQL: every term as a whole word (``db.pg_word_pattern``) in the columns FTS5 indexes; best first =
    more terms in the title, then newest (coarser than bm25). Plain words and numbers narrow the candidates
    through the GIN index of revision 0004 first (``db.PG_SEARCH_DOCUMENT``); the patterns decide."""
    c = s.articles.c
    patterns = [pg_word_pattern(t) for t in terms]
    cond = [or_(*(col.op("~*")(p) for col in (c.title, c.summary, c.text, c.source))) for p in patterns]
    lexemes = sorted({x for x in map(pg_index_term, terms) if x})
    if lexemes:
        cond.insert(0, literal_column(PG_SEARCH_DOCUMENT).op("@@")(
            func.to_tsquery(literal_column("'simple'::regconfig"), " & ".join(lexemes))))
    score = sum((case((c.title.op("~*")(p), 1), else_=0) for p in patterns), literal(0))
    return (select(s.articles, score.label("score")).where(*cond)
            .order_by(score.desc(), c.published.desc(), c.id).limit(limit))


def enrichment_to_dict(e: Enrichment) -> dict:
    return {"language": e.language, "sentences": list(e.sentences),
            "entities": [[x.text, x.canonical, x.kind] for x in e.entities],
            "figures": [[f.text, f.kind, f.value, f.unit] for f in e.figures]}


def enrichment_from_dict(article_id: int, chash: str, d: dict, duplicate_of: int | None,
                         shared: dict | None = None) -> Enrichment:
    """The stored enrichment as a record (a row's ``keyphrases``, which enrichment stored until issue 14's scale20
    and nothing read, is passed over). ``shared`` (issue 14): a dict in which equal entities and figures are
    made once and reused across the enrichments read with it (frozen records: one equal instance serves all; the
    older articles of a day-9 edition's stories carry ~500,000 entities, most of them repeats)."""
    if shared is None:
        entities = tuple(Entity(*x) for x in d.get("entities", ()))
        figures = tuple(Figure(x[0], x[1], float(x[2]), x[3]) for x in d.get("figures", ()))
    else:
        entities = tuple(_shared_entity(shared, x) for x in d.get("entities", ()))
        figures = tuple(_shared_figure(shared, x) for x in d.get("figures", ()))
    return Enrichment(article_id=article_id, content_hash=chash, language=d.get("language"),
                      sentences=tuple(d.get("sentences", ())), entities=entities, figures=figures,
                      duplicate_of=duplicate_of)


def _shared_entity(memo: dict, x: list) -> Entity:
    """The entity of stored row ``x``, made once per distinct row in ``memo``."""
    key = ("e", *x)
    got = memo.get(key)
    if got is None:
        got = memo[key] = Entity(*x)
    return got


def _shared_figure(memo: dict, x: list) -> Figure:
    """The figure of stored row ``x``, made once per distinct row in ``memo`` (the value read as ``float``)."""
    key = ("f", *x)
    got = memo.get(key)
    if got is None:
        got = memo[key] = Figure(x[0], x[1], float(x[2]), x[3])
    return got


def _is_better(new: Article, row) -> bool:  # noqa: ANN001
    """Update only when the new copy adds something: more text, or a real date for a flagged one."""
    if len(new.text or "") > len(row.text or ""):
        return True
    if not row.text and len(new.summary or "") > len(row.summary or ""):
        return True
    return bool(new.published and not new.published_missing and row.published_missing)


_INSERT_ARTICLE = insert(s.articles)   # values bound per row (compiled once per dialect, then from the cache)


class _Known(NamedTuple):
    id: int
    url: str
    content_hash: str
    text: str
    summary: str
    published_missing: bool


def _changes(new: Article, row, h: str, now: dt.datetime) -> dict:  # noqa: ANN001
    values: dict = dict(title=new.title, content_hash=h, updated_at=now)
    if new.text and len(new.text) >= len(row.text or ""):
        values["text"] = new.text
    if new.summary:
        values["summary"] = new.summary
    if new.published and not new.published_missing and row.published_missing:
        values.update(published=as_utc(new.published), published_missing=False, published_offset=new.published_offset)
    return values


def _add(a: UpsertResult, b: UpsertResult) -> UpsertResult:
    return UpsertResult(a.added + b.added, a.updated + b.updated, a.sightings + b.sightings, a.unchanged + b.unchanged)
