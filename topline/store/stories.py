"""Stories, which articles belong to which story, and story classifications."""
from __future__ import annotations

import datetime as dt
from typing import Mapping, Sequence

import numpy as np
from sqlalchemy import bindparam, delete, func, insert, select, update

from topline.records import Classification, Story, StoryCentroid
from topline.store import schema as s
from topline.store.db import as_utc, chunks, utcnow


def _story(r, article_ids: Sequence[int]) -> Story:  # noqa: ANN001
    return Story(id=r.id, title=r.title, article_ids=tuple(article_ids), first_seen=as_utc(r.first_seen),
                 last_seen=as_utc(r.last_seen), outlets=tuple(r.outlets or ()), phase=r.phase)


def _pack(terms: Sequence[str], weights: np.ndarray) -> tuple[str, bytes]:
    return "\n".join(terms), np.asarray(weights, dtype="<f4").tobytes()


def _unpack(terms: str, weights: bytes) -> tuple[tuple[str, ...], np.ndarray]:
    return (tuple(terms.split("\n")) if terms else ()), np.frombuffer(weights, dtype="<f4")


def _centroid_values(sid: str, c: StoryCentroid) -> dict:
    tt, tw = _pack(c.text_terms, c.text_weights)
    at, aw = _pack(c.anchor_terms, c.anchor_weights)
    dense = None if c.dense is None else np.asarray(c.dense, dtype="<f4").tobytes()
    return dict(story_id=sid, n=c.n, text_terms=tt, text_weights=tw, anchor_terms=at, anchor_weights=aw, dense=dense)


class StoryRepo:
    def __init__(self, store):  # noqa: ANN001
        self.store = store

    def save(self, stories: Sequence[Story], members: Sequence[tuple[int, str, float]] = (),
             data: Mapping[str, dict] | None = None, centroids: Mapping[str, StoryCentroid] | None = None) -> None:
        """Insert or replace stories, set article membership ``(article_id, story_id, similarity)``, and replace
        the given stories' ``data`` and centroids. A story's ``article_count`` is counted from its memberships
        (``Story.article_ids`` is not read: the story engine saves stories loaded without their member ids).

        Bulk statements (one lookup, then executemany inserts and updates): a day's window touches thousands of
        stories, and one statement per story was the largest cost of adding a day to a large store."""
        data = data or {}
        now = utcnow()
        rows = [dict(sid=st.id, title=st.title, first_seen=as_utc(st.first_seen), last_seen=as_utc(st.last_seen),
                     phase=st.phase, outlets=list(st.outlets), updated_at=now,
                     **({"data": data[st.id]} if st.id in data else {})) for st in stories]
        with self.store.write() as conn:
            existing: set[str] = set()
            for ids in chunks([r["sid"] for r in rows]):
                existing.update(x.id for x in conn.execute(select(s.stories.c.id).where(s.stories.c.id.in_(ids))))
            new = [{"id": r["sid"], "data": {}, **{k: v for k, v in r.items() if k != "sid"}}
                   for r in rows if r["sid"] not in existing]
            if new:
                conn.execute(insert(s.stories), new)
            old = [r for r in rows if r["sid"] in existing]
            for with_data in (True, False):
                batch = [r for r in old if ("data" in r) == with_data]
                if batch:
                    cols = {k: bindparam(k) for k in batch[0] if k != "sid"}
                    conn.execute(update(s.stories).where(s.stories.c.id == bindparam("sid")).values(**cols), batch)
            touched = {r["sid"] for r in rows} | {sid for _, sid, _ in members}
            if members:
                for ids in chunks([aid for aid, _, _ in members]):
                    touched.update(conn.execute(select(s.story_articles.c.story_id).distinct()
                                                .where(s.story_articles.c.article_id.in_(ids))).scalars())
                    conn.execute(delete(s.story_articles).where(s.story_articles.c.article_id.in_(ids)))
                latest = {aid: (sid, sim) for aid, sid, sim in members}   # the last assignment of an article wins
                conn.execute(insert(s.story_articles), [dict(article_id=aid, story_id=sid, similarity=sim,
                                                             added_at=now) for aid, (sid, sim) in latest.items()])
            self._count_members(conn, touched)
            if centroids:
                for ids in chunks(list(centroids)):
                    conn.execute(delete(s.story_centroids).where(s.story_centroids.c.story_id.in_(ids)))
                conn.execute(insert(s.story_centroids), [_centroid_values(k, c) for k, c in centroids.items()])

    @staticmethod
    def _count_members(conn, ids: set[str]) -> None:  # noqa: ANN001
        """``article_count`` := the number of memberships (a moved article leaves its old story's count too)."""
        count = (select(func.count()).select_from(s.story_articles)
                 .where(s.story_articles.c.story_id == s.stories.c.id).scalar_subquery())
        for chunk in chunks(sorted(ids)):
            conn.execute(update(s.stories).where(s.stories.c.id.in_(chunk)).values(article_count=count))

    def delete(self, story_ids: Sequence[str]) -> None:
        with self.store.write() as conn:
            for ids in chunks(list(story_ids)):
                conn.execute(delete(s.stories).where(s.stories.c.id.in_(ids)))

    def _members(self, conn, ids: Sequence[str]) -> dict[str, list[int]]:  # noqa: ANN001
        out: dict[str, list[int]] = {i: [] for i in ids}
        for i in range(0, len(ids), 900):
            for r in conn.execute(select(s.story_articles.c.story_id, s.story_articles.c.article_id)
                                  .where(s.story_articles.c.story_id.in_(list(ids[i:i + 900])))
                                  .order_by(s.story_articles.c.article_id)):
                out[r.story_id].append(r.article_id)
        return out

    def get_many(self, ids: Sequence[str]) -> list[Story]:
        ids = list(ids)
        with self.store.read() as conn:
            rows = {r.id: r for chunk in chunks(ids) for r in conn.execute(
                select(s.stories).where(s.stories.c.id.in_(chunk)))}
            members = self._members(conn, [i for i in ids if i in rows])
        return [_story(rows[i], members[i]) for i in ids if i in rows]

    def get(self, story_id: str) -> Story | None:
        got = self.get_many([story_id])
        return got[0] if got else None

    def active_since(self, since: dt.datetime, with_members: bool = True) -> list[Story]:
        """Stories last seen at or after ``since``, least recently seen first. ``with_members=False`` leaves
        ``article_ids`` empty (the story engine needs only dates and outlets: at 10,000 articles a day a week
        of stories holds ~100,000 memberships)."""
        c = s.stories.c
        with self.store.read() as conn:
            # ties in last_seen: insertion (rowid) order on SQLite; the id elsewhere (heap order moves on update)
            tie = () if self.store.is_sqlite else (c.id,)
            rows = list(conn.execute(select(c.id, c.title, c.first_seen, c.last_seen, c.outlets, c.phase)
                                     .where(c.last_seen >= as_utc(since)).order_by(c.last_seen, *tie)))
            members = self._members(conn, [r.id for r in rows]) if with_members else {}
        return [_story(r, members.get(r.id, ())) for r in rows]

    def centroids(self, ids: Sequence[str]) -> dict[str, StoryCentroid]:
        c = s.story_centroids.c
        out: dict[str, StoryCentroid] = {}
        with self.store.read() as conn:
            for chunk in chunks(list(ids)):
                for r in conn.execute(select(s.story_centroids).where(c.story_id.in_(chunk))):
                    out[r.story_id] = StoryCentroid(r.n, *_unpack(r.text_terms, r.text_weights),
                                                    *_unpack(r.anchor_terms, r.anchor_weights),
                                                    None if r.dense is None else np.frombuffer(r.dense, dtype="<f4"))
        return out

    def data(self, ids: Sequence[str]) -> dict[str, dict]:
        with self.store.read() as conn:
            return {r.id: (r.data or {}) for chunk in chunks(list(ids)) for r in conn.execute(
                select(s.stories.c.id, s.stories.c.data).where(s.stories.c.id.in_(chunk)))}

    def story_of(self, article_ids: Sequence[int]) -> dict[int, str]:
        out: dict[int, str] = {}
        with self.store.read() as conn:
            for i in range(0, len(article_ids), 900):
                for r in conn.execute(select(s.story_articles.c.article_id, s.story_articles.c.story_id)
                                      .where(s.story_articles.c.article_id.in_(list(article_ids[i:i + 900])))):
                    out[r.article_id] = r.story_id
        return out

    def positions(self, article_ids: Sequence[int], before: dt.datetime) -> dict[int, int]:
        """{article id: its place (0 = first) among the articles of its story published before ``before``, in
        order of publication then id} for those of ``article_ids`` already in a story and published before it
        (issue 14, scale27: what an edition's bundle of the story will hold in front of the article)."""
        stories = self.story_of(list(article_ids))
        out: dict[int, int] = {}
        if not stories:
            return out
        a = s.articles.c
        with self.store.read() as conn:
            members = self._members(conn, sorted(set(stories.values())))
            ids = [i for m in members.values() for i in m]
            published = {r.id: as_utc(r.published) for chunk in chunks(ids) for r in conn.execute(
                select(a.id, a.published).where(a.id.in_(chunk))) if r.published is not None}
        limit = as_utc(before)
        for m in members.values():
            kept = sorted((published[i], i) for i in m if i in published and published[i] < limit)
            out.update((i, k) for k, (_, i) in enumerate(kept))
        return {i: out[i] for i in article_ids if i in out}

    def save_classifications(self, taxonomy_key: str, items: Sequence[Classification]) -> None:
        # issue 14: one executemany per statement (a delete and an insert per story cost ~2 % of a 10k edition's
        # main process); a story given twice keeps its last classification, as one delete + insert each did
        last = {c.story_id: c for c in items}
        if not last:
            return
        with self.store.write() as conn:
            conn.execute(delete(s.classifications).where(s.classifications.c.story_id == bindparam("sid"),
                                                         s.classifications.c.taxonomy == bindparam("tax")),
                         [{"sid": sid, "tax": taxonomy_key} for sid in last])
            conn.execute(insert(s.classifications), [dict(
                story_id=c.story_id, taxonomy=taxonomy_key, primary_category=c.primary,
                data={"scores": [list(x) for x in c.scores], "secondary": list(c.secondary), "method": c.method})
                for c in last.values()])
