"""Stories: articles grouped into real-world events that continue across days.

``update_stories`` is the pipeline's entry point. It assigns every not-yet-assigned article of the batch to an
existing story (active in the look-back window) or to a new one, incrementally: articles already assigned never
move and are never counted twice. Wire copies (``Enrichment.duplicate_of``) join their original's story and add
their outlet to the story's ``syndicated_by``, not to its independent outlets. The decision itself is pure
(``engine.cluster_batch``); this module does the reading and writing.

Each story's centroid (``records.StoryCentroid``) is stored beside it, packed (``StoryRepo.centroids``). Story
``data`` (JSON) holds: ``syndicated_by`` (outlets that only republished a copy), ``copies`` ({copy id: original
id}) and ``engine`` (the version that wrote it).
"""
from __future__ import annotations

import dataclasses
import datetime as dt
import hashlib
from typing import Mapping, Sequence

from topline.records import Article, Enrichment, Story
from topline.stories.engine import ActiveStory, BatchResult, StoryParams, cluster_batch
from topline.stories.phases import edition_end, phase_of

ENGINE_VERSION = "stories-2"   # 2: two developments of one actor are two stories (stories.split)

__all__ = ["update_stories", "StoryParams", "story_id_for", "ENGINE_VERSION"]


def story_id_for(article: Article) -> str:
    """Stable id of a story started by ``article``."""
    return "s-" + hashlib.sha1(article.url.encode()).hexdigest()[:12]


def update_stories(store, articles: Sequence[Article], enrichments: Mapping[int, Enrichment],  # noqa: ANN001
                   settings=None, params: StoryParams | None = None, parallel: bool = False) -> list[Story]:  # noqa: ANN001
    """Assign every not-yet-assigned article to a story (existing or new); return the stories of ``articles``
    with their phase relative to the edition the batch belongs to. ``params`` default to the ``[stories]``
    settings (or the engine's defaults without settings). ``parallel``: part of the similarity products may run
    in a forked process (``stories.fork``, issue 14; the same stories)."""
    articles = [a for a in articles if a.id is not None]
    if not articles:
        return []
    params = params or (StoryParams.from_settings(settings.stories) if settings is not None else StoryParams())
    assigned = store.stories.story_of([a.id for a in articles])
    todo = sorted((a for a in articles if a.id not in assigned), key=lambda a: (a.published, a.id))
    if todo:
        assigned.update(_assign(store, todo, articles, enrichments, assigned, params, parallel))
    from topline import zones
    now = edition_end((a.published for a in articles), zones.of(settings))
    stories = store.stories.get_many(sorted({assigned[a.id] for a in articles if a.id in assigned}))
    out = [dataclasses.replace(s, phase=phase_of(s, now)) for s in stories]
    changed = [s for s, old in zip(out, stories) if s.phase != old.phase]
    if changed:
        store.stories.save(changed)
    return out


def _assign(store, todo: list[Article], window: Sequence[Article],  # noqa: ANN001
            enrichments: Mapping[int, Enrichment], assigned: Mapping[int, str], params: StoryParams,
            parallel: bool = False) -> dict[int, str]:
    """Cluster ``todo`` against the active stories and save the result. Returns {article id: story id}."""
    by_id = {a.id: a for a in window}
    copies = {a.id: enrichments[a.id].duplicate_of for a in todo
              if a.id in enrichments and enrichments[a.id].duplicate_of not in (None, a.id)}
    known = dict(assigned)
    known.update(store.stories.story_of([o for o in copies.values() if o not in known and o not in by_id]))
    # a copy follows its original when the original is in this batch or already has a story
    followers = {c: o for c, o in copies.items() if o in known or (o in by_id and o not in copies)}
    nodes = [a for a in todo if a.id not in followers]
    since = min(a.published for a in todo) - dt.timedelta(days=params.lookback_days)
    heads = store.stories.active_since(since, with_members=False)
    cents = store.stories.centroids([s.id for s in heads])
    active = [ActiveStory(s, cents[s.id]) for s in heads if s.id in cents and cents[s.id].n]
    result = cluster_batch(nodes, window, enrichments, active, params, parallel=parallel)
    return _save(store, result, by_id, followers, known, {s.id: s for s in heads})


def _save(store, result: BatchResult, by_id: Mapping[int, Article], followers: Mapping[int, int],  # noqa: ANN001
          known: Mapping[int, str], active: Mapping[str, Story]) -> dict[int, str]:
    story_of: dict[int, str] = {}
    members: dict[str, list[tuple[int, float]]] = {}
    stories: dict[str, Story] = {}
    for sid, pairs in result.joins.items():
        stories[sid] = active[sid]
        members[sid] = list(pairs)
    centroids = {sid: result.centroids[sid] for sid in result.joins}
    for i, pairs in enumerate(result.new_groups):
        lead = by_id[result.titles[f"new:{i}"]]
        first = by_id[pairs[0][0]]
        sid = story_id_for(first)
        stories[sid] = Story(id=sid, title=lead.title, article_ids=(), first_seen=first.published,
                             last_seen=first.published, outlets=())
        centroids[sid] = result.centroids[f"new:{i}"]
        members[sid] = list(pairs)
    for sid, pairs in members.items():
        story_of.update((aid, sid) for aid, _ in pairs)
    # copies: to their original's story, as syndication
    copies: dict[str, dict[str, int]] = {}
    for copy_id, original in followers.items():
        sid = known.get(original) or story_of.get(original)
        if sid is None:
            continue
        if sid not in stories:
            got = active.get(sid) or next(iter(store.stories.get_many([sid])), None)
            if got is None:
                continue
            stories[sid] = got
        members.setdefault(sid, []).append((copy_id, 1.0))
        story_of[copy_id] = sid
        copies.setdefault(sid, {})[str(copy_id)] = original
    stored = store.stories.data(list(members))
    datas = {sid: dict(stored.get(sid, {})) for sid in members}
    for sid, extra in copies.items():
        datas[sid].setdefault("copies", {}).update(extra)
    saved = [_updated(stories[sid], [by_id[aid] for aid, _ in pairs], datas[sid]) for sid, pairs in members.items()]
    for d in datas.values():
        d["engine"] = ENGINE_VERSION
    store.stories.save(saved, [(aid, sid, sim) for sid, pairs in members.items() for aid, sim in pairs], datas,
                       centroids)
    return story_of


def _updated(story: Story, added: Sequence[Article], data: dict) -> Story:
    """The story with ``added`` articles: dates, independent outlets (copies go to ``syndicated_by``); its member
    count is kept by the store."""
    copies = {int(k) for k in data.get("copies", {})}
    outlets = set(story.outlets)
    syndicated = set(data.get("syndicated_by", ()))
    for a in added:
        if not a.source:
            continue
        if a.id in copies:
            syndicated.add(a.source)
        else:
            outlets.add(a.source)
    syndicated -= outlets
    data["syndicated_by"] = sorted(syndicated)
    dates = [a.published for a in added]
    return dataclasses.replace(story, first_seen=min([story.first_seen, *dates]),
                               last_seen=max([story.last_seen, *dates]), outlets=tuple(sorted(outlets)))
