"""Writing at scale (issue 14): the writer sees the stories pages can use, not every story of the window, and pages
written in worker processes equal pages written in order."""
from __future__ import annotations

import datetime as dt

from topline.config import Settings
from topline.records import (Article, Category, Classification, RankedStory, Ranking, Story, StoryBundle,
                             Taxonomy)
from topline.runner import ProcessRunner
from topline.write import PAGE_CANDIDATES, WRITE_WHOLE, EditionContext, page_candidates, write_pages
from topline.write.offline import OfflineWriter

DAY = dt.date(2025, 7, 3)
CATS = ("Markets", "Policy", "Research")
TAXONOMY = Taxonomy(categories=tuple(Category(c, f"{c} news.") for c in CATS))
PLACES = ("Leeds", "Lyon", "Ohio", "Osaka", "Perth", "Quito", "Riga", "Sofia", "Turin", "Utrecht")


def _story(k: int, category: str | None, score: float, company: str) -> RankedStory:
    arts = []
    for j in range(2):
        n = k * 10 + j + 1
        place = PLACES[(k + j) % len(PLACES)]
        arts.append(Article(
            url=f"https://news{j}.example/{k}", id=n, source=f"Outlet {(k + j) % 40}",
            published=dt.datetime(2025, 7, 3, 8, tzinfo=dt.timezone.utc),
            title=f"{company} expands its operations in {place}",
            text=f"{company} said on Thursday it would open a second office in {place} next year. The company "
                 f"expects to hire {20 + k} engineers there, according to a statement. Analysts said the move "
                 f"follows strong demand in {place}."))
    sid = f"s{k:04d}"
    story = Story(id=sid, title=arts[0].title, article_ids=tuple(a.id for a in arts),
                  first_seen=arts[0].published, last_seen=arts[-1].published,
                  outlets=tuple(sorted({a.source for a in arts})))
    return RankedStory(StoryBundle(story, tuple(arts)), Classification(sid, category), Ranking(sid, score))


def _edition(n: int) -> tuple[RankedStory, ...]:
    out = []
    for k in range(n):
        cat = CATS[k % 3] if k % 7 else None          # every 7th story is in no category (noise)
        company = f"Quillon{k:04d} Systems" if k != n - 1 else "Quillon0001 Systems"   # the last links to s0001
        out.append(_story(k, cat, 1.0 - k / (2 * n), company))
    return tuple(out)


def _ctx(ranked) -> EditionContext:  # noqa: ANN001
    return EditionContext(date=DAY, taxonomy=TAXONOMY, ranked=ranked, settings=Settings())


def test_a_small_edition_is_written_whole():
    ed = _edition(40)
    assert page_candidates(_ctx(ed)) == ed


def test_a_large_edition_keeps_each_pages_leading_stories_and_their_links():
    ed = _edition(WRITE_WHOLE + 400)
    kept = page_candidates(_ctx(ed))
    ids = [r.bundle.story.id for r in kept]
    assert len(kept) < len(ed) and len(set(ids)) == len(ids)
    assert len(kept) <= len(CATS) * PAGE_CANDIDATES * 2 + 10
    assert ids == [r.bundle.story.id for r in ed if r.bundle.story.id in set(ids)]     # edition order kept
    for cat in CATS:
        mine = [r.bundle.story.id for r in ed if r.classification.primary == cat]
        assert set(mine[:PAGE_CANDIDATES]) <= set(ids), cat
        assert mine[PAGE_CANDIDATES + 5] not in ids, cat
    assert ed[-1].bundle.story.id in ids          # a low-ranked story sharing a rare company with a leading one
    assert not any(r.classification.primary is None for r in kept if r is not ed[-1])


def test_pages_of_a_large_edition_cite_only_candidates_and_parallel_equals_serial():
    ed = _edition(WRITE_WHOLE + 60)
    ctx = _ctx(ed)
    serial, s_stats = write_pages(ctx, OfflineWriter())
    with ProcessRunner(2) as pool:
        parallel, p_stats = write_pages(ctx, OfflineWriter(), pool)
    assert serial and parallel == serial
    assert (p_stats.sentences_checked, p_stats.sentences_dropped, p_stats.notes) == \
        (s_stats.sentences_checked, s_stats.sentences_dropped, s_stats.notes)
    allowed = {a.url for r in page_candidates(ctx) for a in r.bundle.articles}
    cited = {c.url for p in serial for t in p.top_line for c in t.citations}
    assert cited and cited <= allowed


def test_sentences_per_article_are_capped():
    from topline.write.offline.sentences import ARTICLE_SENTENCES, candidates
    text = " ".join(f"Quillon Systems opened office number {k} in Leeds on Thursday, the company said."
                    for k in range(3 * ARTICLE_SENTENCES))
    a = Article(url="https://news.example/long", title="Quillon Systems opens offices", text=text, source="A",
                published=dt.datetime(2025, 7, 3, 8, tzinfo=dt.timezone.utc), id=1)
    got = candidates([a])
    assert len(got) == ARTICLE_SENTENCES and got[-1].position == ARTICLE_SENTENCES - 1


def _cluster_reference(sim):  # noqa: ANN001, ANN202 - the pre-issue-14 average linkage, pair by pair
    import numpy as np

    from topline.write.offline.signals import MAX_STORIES, MIN_LINK, _trim
    clusters = [[i] for i in range(sim.shape[0])]
    while True:
        best, pair = MIN_LINK, None
        for a in range(len(clusters)):
            for b in range(a + 1, len(clusters)):
                if len(clusters[a]) + len(clusters[b]) > MAX_STORIES + 1:
                    continue
                link = float(np.mean([sim[i, j] for i in clusters[a] for j in clusters[b]]))
                if link >= best + 1e-12 or (pair is None and link >= best):
                    best, pair = link, (a, b)
        if pair is None:
            return [_trim(c, sim) for c in clusters]
        a, b = pair
        clusters[a] = sorted(clusters[a] + clusters[b])
        del clusters[b]


def test_signal_grouping_equals_the_pairwise_average_linkage():
    import numpy as np

    from topline.write.offline.signals import _cluster
    rng = np.random.default_rng(14)
    for n in (2, 5, 13, 40):
        for _ in range(6):
            x = rng.random((n, n)) * rng.choice([0.2, 0.4])
            sim = (x + x.T) / 2
            np.fill_diagonal(sim, 0)
            assert _cluster(sim) == _cluster_reference(sim)
    tie = np.full((6, 6), 0.3)                 # every pair ties: the earlier stories merge first
    np.fill_diagonal(tie, 0)
    assert _cluster(tie) == _cluster_reference(tie)
