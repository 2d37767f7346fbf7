"""Ranking a continuing story on the whole story (issue 11): what is new today weighs, not whether it is new."""
from __future__ import annotations

import dataclasses
import datetime as dt

import pytest

from topline.rank import factors as f
from topline.records import Article, Enrichment, Entity, Figure, Story, StoryBundle

from .test_rank import DAY, NOON, bundle, factor, ranked

YESTERDAY = NOON - dt.timedelta(days=1)


def _continuing() -> StoryBundle:
    """Six outlets reported a $2.75bn round in talks yesterday; Reuters reports today that $2.8bn was raised."""
    arts, ens = [], []
    for i, o in enumerate(["Bloomberg", "The Information", "CNBC", "Nikkei Asia", "Caixin Global", "Fortune",
                           "Reuters"]):
        today = o == "Reuters"
        fig = Figure("$2.8 billion", "money", 2.8e9, "USD") if today else Figure("$2.75 billion", "money", 2.75e9,
                                                                                   "USD")
        arts.append(Article(url=f"https://example.org/kling/{i}", title=f"Kling raise {fig.text}", text="x",
                            source=o, published=NOON if today else YESTERDAY, id=9000 + i))
        ens.append(Enrichment(article_id=9000 + i, content_hash="h", language="en", sentences=(arts[-1].title,),
                              figures=(fig,)))
    story = Story(id="kling", title="Kling raise", article_ids=tuple(a.id for a in arts), first_seen=YESTERDAY,
                  last_seen=NOON, outlets=tuple(sorted({a.source for a in arts})))
    return StoryBundle(story, tuple(arts), tuple(ens))


HISTORY = [{"story_id": "kling", "date": DAY - dt.timedelta(days=1), "rank": 1, "score": 0.8, "article_count": 6,
            "outlet_count": 6}]


def test_a_continuing_story_with_a_development_outranks_a_thin_new_one():
    thin = bundle("thin", ["Fortune"], title="Start-up raises $40 million",
                  figures=(Figure("$40 million", "money", 4e7, "USD"),))
    out = ranked(_continuing(), thin, history=HISTORY)
    n = factor(out["kling"], "novelty")
    assert n.note == "briefed on 2025-07-02; 1 new article and 1 new outlet and 1 new figure since"
    assert n.value >= 0.9
    assert out["kling"].score > out["thin"].score


def test_the_same_story_with_nothing_new_falls_behind():
    b = _continuing()
    old = tuple(a for a in b.articles if a.source != "Reuters")
    b = dataclasses.replace(b, articles=old, enrichments=b.enrichments[:len(old)],
                            story=dataclasses.replace(b.story, outlets=tuple(sorted({a.source for a in old})),
                                                      last_seen=YESTERDAY))
    stale = ranked(b, history=HISTORY)["kling"]
    assert factor(stale, "novelty").value == f.STALE_NOVELTY < f.DEVELOPING_NOVELTY
    assert factor(stale, "novelty").note.startswith("briefed on 2025-07-02, nothing new since")


def test_novelty_weighs_what_is_new_not_whether_the_story_is_new():
    """A thin item of today (one outlet, nothing else) is new in less than a story of four outlets; a continuing
    story that gains an outlet and a figure today is as new as the thin item."""
    thin = bundle("thin", ["Fortune"], title="Start-up unveils a product")
    wide = bundle("wide", ["Reuters", "Bloomberg", "CNBC", "FT"], title="Utility unveils a plan")
    out = ranked(thin, wide)
    assert factor(out["thin"], "novelty").value == pytest.approx(f.DEVELOPING_NOVELTY + f.NEW_OUTLET_NOVELTY)
    assert factor(out["wide"], "novelty").value == 1.0
    kling = factor(ranked(_continuing(), history=HISTORY)["kling"], "novelty")
    assert kling.value >= factor(out["thin"], "novelty").value


def test_an_outlet_of_any_story_is_never_counted_as_an_entity():
    reuters, nv = Entity("Reuters", "reuters", "ORG"), Entity("Nvidia", "nvidia", "ORG")
    # Reuters is named in the text of two stories carried by other outlets, and is itself an outlet of a third
    a = bundle("a", ["CNBC"], title="Reuters and Nvidia", entities=(reuters, nv))
    b = bundle("b", ["Bloomberg"], title="Reuters and Nvidia again", entities=(reuters, nv))
    c = bundle("c", ["Reuters"], title="Something else")
    others = [bundle(f"o{i}", ["AP"], title=f"Other {i}") for i in range(8)]
    out = ranked(a, b, c, *others)
    assert factor(out["a"], "prominence").note == "Nvidia appears in 2 of today's stories"


def test_a_story_ranked_before_but_printed_on_no_page_is_new_to_the_reader():
    b = _continuing()
    unseen = [dict(HISTORY[0], printed=False)]
    n = factor(ranked(b, history=unseen)["kling"], "novelty")
    assert n.value == 1.0 and n.note.startswith("not briefed before: 7 outlets")
    assert factor(ranked(b, history=[dict(HISTORY[0], printed=True)])["kling"], "novelty").note.startswith(
        "briefed on 2025-07-02; 1 new article")


def test_history_rows_are_marked_with_whether_the_story_was_printed():
    from topline.pipeline import mark_printed
    d1, d2 = DAY - dt.timedelta(days=2), DAY - dt.timedelta(days=1)
    rows = [{"story_id": "a", "date": d2}, {"story_id": "b", "date": d2}, {"story_id": "a", "date": d1}]
    got = mark_printed(rows, {d2: {"a"}})
    assert [r.get("printed") for r in got] == [True, False, None]    # no stored edition for d1: left as it was
    assert "printed" not in rows[0]                                   # the rows given are not changed


def test_a_story_with_nothing_new_is_a_follow_up_once():
    b = _continuing()
    once = [dict(HISTORY[0], article_count=7, outlet_count=7)]
    twice = once + [dict(HISTORY[0], date=DAY - dt.timedelta(days=2), article_count=7, outlet_count=7)]
    grew = once + [dict(HISTORY[0], date=DAY - dt.timedelta(days=2), article_count=6, outlet_count=6)]
    assert factor(ranked(b, history=once)["kling"], "novelty").value == f.STALE_NOVELTY
    assert factor(ranked(b, history=grew)["kling"], "novelty").value == f.STALE_NOVELTY
    again = factor(ranked(b, history=twice)["kling"], "novelty")
    assert again.value == f.STALE_AGAIN_NOVELTY < f.STALE_NOVELTY
    assert again.note == "briefed on 2025-07-02 and before, nothing new since"
