"""Published editions, and which stories each ranked where (the history ranking and signals read)."""
from __future__ import annotations

import datetime as dt
from typing import Sequence

from sqlalchemy import delete, insert, select, text

from topline.records import Edition, RankedStory, to_dict
from topline.store import schema as s
from topline.store.db import pg_word_pattern, utcnow


class EditionRepo:
    def __init__(self, store):  # noqa: ANN001
        self.store = store

    def save(self, edition: Edition, ranked: Sequence[RankedStory] = ()) -> None:
        """Replace the edition of that date, its ranked stories and its search index rows, in one transaction."""
        with self.store.write() as conn:
            conn.execute(delete(s.edition_stories).where(s.edition_stories.c.date == edition.date))
            conn.execute(delete(s.editions).where(s.editions.c.date == edition.date))
            conn.execute(insert(s.editions).values(date=edition.date, created_at=utcnow(), data=to_dict(edition)))
            rows = []
            for rank, rs in enumerate(ranked, 1):
                rows.append(dict(date=edition.date, story_id=rs.bundle.story.id, category=rs.classification.primary,
                                 score=rs.ranking.score, rank=rank, article_count=len(rs.bundle.articles),
                                 outlet_count=len(rs.bundle.story.outlets),
                                 factors=[to_dict(f) for f in rs.ranking.factors]))
            if rows:
                conn.execute(insert(s.edition_stories), rows)
            if self.store.is_sqlite:
                d = edition.date.isoformat()
                conn.execute(text("DELETE FROM briefings_fts WHERE date = :d"), {"d": d})
                for page in edition.categories:
                    for item in _indexable(page):
                        conn.execute(text("INSERT INTO briefings_fts(date, category, story_id, title, body) "
                                          "VALUES (:d, :c, :sid, :t, :b)"),
                                     {"d": d, "c": page.slug, "sid": item[0], "t": item[1], "b": item[2]})

    def get(self, date: dt.date) -> dict | None:
        """The edition as stored (records.to_dict form)."""
        with self.store.read() as conn:
            r = conn.execute(select(s.editions.c.data).where(s.editions.c.date == date)).first()
            return r.data if r else None

    def dates(self) -> list[dt.date]:
        with self.store.read() as conn:
            return [r.date for r in conn.execute(select(s.editions.c.date).order_by(s.editions.c.date.desc()))]

    def ranked_stories(self, date: dt.date) -> list[dict]:
        with self.store.read() as conn:
            return [dict(r._mapping) for r in conn.execute(
                select(s.edition_stories).where(s.edition_stories.c.date == date).order_by(s.edition_stories.c.rank))]

    def history(self, before: dt.date, days: int = 7, factors: bool = True) -> list[dict]:
        """Rows of edition_stories for editions in [before - days, before), newest first. ``factors=False`` leaves
        out the rows' ranking factors (JSON that nothing reading the week's history uses: issue 14, a week's rows
        are ~25k at 100k articles over 10 days, and their factors most of the read's cost)."""
        start = before - dt.timedelta(days=days)
        cols = [c for c in s.edition_stories.c if factors or c.name != "factors"]
        with self.store.read() as conn:
            return [dict(r._mapping) for r in conn.execute(
                select(*cols).where(s.edition_stories.c.date >= start, s.edition_stories.c.date < before)
                .order_by(s.edition_stories.c.date.desc(), s.edition_stories.c.rank))]

    def story_history(self, story_id: str) -> list[dict]:
        with self.store.read() as conn:
            return [dict(r._mapping) for r in conn.execute(
                select(s.edition_stories).where(s.edition_stories.c.story_id == story_id)
                .order_by(s.edition_stories.c.date))]

    def search(self, query: str, limit: int = 50) -> list[dict]:
        """Published paragraphs matching every term, best first: ``{date (ISO), category (slug), story_id, title,
        body, rank}`` (lower rank = better). FTS5 on SQLite, whole words over the stored editions on PostgreSQL,
        nothing elsewhere."""
        terms = [t for t in query.replace('"', " ").split() if t]
        if not terms:
            return []
        if self.store.engine.dialect.name == "postgresql":
            with self.store.read() as conn:
                rows = conn.execute(_pg_search(terms, limit))
                return [dict(r._mapping, date=r.date.isoformat()) for r in rows]
        if not self.store.is_sqlite:
            return []
        with self.store.read() as conn:
            rows = conn.execute(text("SELECT date, category, story_id, title, body, bm25(briefings_fts) AS rank "
                                     "FROM briefings_fts WHERE briefings_fts MATCH :q ORDER BY rank LIMIT :n"),
                                {"q": " ".join(f'"{t}"' for t in terms), "n": limit})
            return [dict(r._mapping) for r in rows]


# PostgreSQL: the rows _indexable gives (Top Line items, developments, signals), read from the stored edition JSON.
# Editions are few (one a day): they are scanned, no index and no migration needed.
_PG_ITEMS = """
WITH cats AS (
    SELECT e.date, c.value AS page FROM editions e, jsonb_array_elements(e.data::jsonb -> 'categories') AS c
), items AS (
    SELECT date, page ->> 'slug' AS category, t.value ->> 'story_id' AS story_id, 'Top Line' AS title,
           t.value ->> 'text' AS body
    FROM cats, jsonb_array_elements(page -> 'top_line') AS t
    UNION ALL
    SELECT date, page ->> 'slug', d.value ->> 'story_id', d.value ->> 'headline',
           (SELECT string_agg(p.value ->> 'text', ' ' ORDER BY p.n)
            FROM jsonb_array_elements(d.value -> 'paragraphs') WITH ORDINALITY AS p(value, n))
    FROM cats, jsonb_array_elements(page -> 'key_developments') AS d
    UNION ALL
    SELECT date, page ->> 'slug', '', s.value ->> 'title', s.value ->> 'text'
    FROM cats, jsonb_array_elements(page -> 'signals') AS s
), rows AS (
    SELECT date, category, story_id, coalesce(title, '') AS title, coalesce(body, '') AS body FROM items
)
"""


def _pg_search(terms: Sequence[str], limit: int):  # noqa: ANN202 - a TextClause
    """Every term as a whole word (``db.pg_word_pattern``) in a row's title or body; best first = more terms in
    the title, then newest; ``rank`` is minus that count (lower = better, as bm25 on SQLite)."""
    params: dict = {"n": limit}
    hits, in_title = [], []
    for i, term in enumerate(terms):
        params[f"p{i}"] = pg_word_pattern(term)
        hits.append(f"(title || ' ' || body) ~* :p{i}")
        in_title.append(f"(CASE WHEN title ~* :p{i} THEN 1 ELSE 0 END)")
    score = " + ".join(in_title)
    sql = (f"{_PG_ITEMS} SELECT date, category, story_id, title, body, -({score})::float AS rank FROM rows "
           f"WHERE {' AND '.join(hits)} ORDER BY rank, date DESC, category, story_id LIMIT :n")
    return text(sql).bindparams(**params)


def _indexable(page):  # noqa: ANN001
    for t in page.top_line:
        yield t.story_id, "Top Line", t.text
    for d in page.key_developments:
        yield d.story_id, d.headline, " ".join(p.text for p in d.paragraphs)
    for sig in page.signals:
        yield "", sig.title, sig.text
