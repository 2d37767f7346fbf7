"""Two developments of one actor are two stories (topline.stories.split); headlines written for these tests."""
from __future__ import annotations

import datetime as dt

from topline.records import Article, Enrichment, Story, StoryCentroid
from topline.stories.engine import ActiveStory, StoryParams, cluster_batch
from topline.stories.features import EMPTY
from topline.stories.split import apart, events_of


def test_headlines_state_their_class_of_event():
    assert events_of("Marlow Telecom raises profit outlook after strong second quarter") == {"results"}
    assert events_of("Marlow Q3 service revenue up 3.1%") == {"results"}
    assert events_of("Marlow beats estimates as broadband customers grow") == {"results"}
    assert events_of("Kessel Media to cut 1,800 jobs in cost drive") == {"cuts"}
    assert events_of("Union says Kessel job cuts could reach 2,500") == {"cuts"}
    assert events_of("Kessel gives notice of 600 redundancies in Austria") == {"cuts"}
    assert events_of("Kessel Media weighs sale of its Czech radio unit") == {"deal"}
    assert events_of("Marlow nears deal to sell tower stake to Harrow Infrastructure") == {"deal"}
    assert events_of("Marlow agrees to buy cable builder Fenlink for £1.2bn") == {"deal"}
    assert events_of("Why Marlow paid 30 times earnings for Fenlink") == {"deal", "results"}


def test_what_is_no_event_of_a_class():
    # a market's reaction, an investor's buy, a sell-off, profit-taking, a job told about, selling products
    assert events_of("Marlow shares slide as investors weigh the bill") == frozenset()
    assert events_of("Marlow Stock Fell 9%. Is It Time to Buy?") == frozenset()
    assert events_of("What the telecom sell-off means for your pension") == frozenset()
    assert events_of("Chip stocks slip as investors take profits") == frozenset()
    assert events_of("The call-centre worker's job is about to change") == frozenset()
    assert events_of("Robots won't cost jobs, says Kessel") == frozenset()
    assert events_of("Tech giants hire engineers to sell AI to banks") == frozenset()


def test_different_events_are_apart_and_the_same_event_is_not():
    results = events_of("Marlow Telecom raises outlook after strong quarter")
    sale = events_of("Marlow sells 40% of tower business to Harrow for €5bn")
    talks = events_of("Marlow in talks to sell tower stake, people familiar say")
    cuts = events_of("Kessel Media to cut 1,800 jobs")
    scoop = events_of("Kessel Media explores sale of Czech radio unit")
    reaction = events_of("Marlow shares jump 4%")
    both = events_of("Kessel to cut 1,800 jobs after quarterly loss")
    assert apart(results, sale) and apart(cuts, scoop)
    assert not apart(talks, sale)               # talks, then the deal: one story
    assert not apart(reaction, sale) and not apart(reaction, results)   # a reaction is apart from nothing
    assert not apart(both, cuts) and not apart(both, results)


def test_average_linkage_never_merges_two_developments_nor_bridges_them():
    from topline.stories.cluster import average_linkage
    events = [events_of("Marlow raises outlook after strong quarter"), events_of("Marlow Q2 revenue up 2%"),
              events_of("Marlow shares rise"), events_of("Marlow sells tower stake to Harrow")]
    edges = [(0, 1, 0.6), (0, 2, 0.9), (0, 3, 0.7), (1, 3, 0.4), (2, 3, 0.9), (1, 2, 0.5)]
    got = average_linkage(4, edges, [1, 1, 1, 1], [False] * 4, 0.3, events)
    assert sorted(sorted(g) for g in got.groups) == [[0, 1, 2], [3]]
    # without the classes the words alone join all four
    assert sorted(sorted(g) for g in average_linkage(4, edges, [1] * 4, [False] * 4, 0.3).groups) == [[0, 1, 2, 3]]


_AT = dt.datetime(2026, 3, 4, 9, tzinfo=dt.timezone.utc)
_BODY = ("Marlow Telecom, the German operator, reported on its towers and its German mobile business. The tower "
         "unit and the German mobile business of Marlow Telecom were the focus for investors in Frankfurt, who "
         "weighed the group's towers, its mobile customers and its German network against its rivals' towers.")


def _art(i: int, title: str) -> Article:
    return Article(id=i, url=f"https://example.com/{i}", title=title, text=_BODY, published=_AT, source=f"Outlet {i}",
                   language="en")


def test_the_engine_keeps_two_developments_apart_however_many_words_they_share():
    a = _art(1, "Marlow raises outlook after strong quarter")
    b = _art(2, "Marlow sells tower stake to Harrow")
    c = _art(3, "Marlow shares rise")
    enr = {x.id: Enrichment(x.id, "h", "en", ()) for x in (a, b, c)}
    res = cluster_batch([a, b, c], [a, b, c], enr, [], StoryParams())
    groups = sorted(sorted(aid for aid, _ in g) for g in res.new_groups)
    assert [1, 2] not in groups and [1, 2, 3] not in groups, groups
    # the same three reports with headlines of one event are one story (the words alone join them)
    same = [_art(1, "Marlow sells tower stake"), _art(2, "Marlow sells tower stake to Harrow"), c]
    res = cluster_batch(same, same, enr, [], StoryParams())
    assert sorted(sorted(aid for aid, _ in g) for g in res.new_groups) == [[1, 2, 3]]


def test_a_report_does_not_join_an_active_story_of_another_development():
    b = _art(2, "Marlow sells tower stake to Harrow")
    enr = {2: Enrichment(2, "h", "en", ()), 1: Enrichment(1, "h", "en", ())}
    first = cluster_batch([b], [b], enr, [], StoryParams())
    cent = first.centroids["new:0"]
    story = Story(id="s-tower", title=b.title, article_ids=(2,), first_seen=_AT, last_seen=_AT, outlets=("Outlet 2",))
    later = _art(1, "Marlow raises outlook after strong quarter")
    res = cluster_batch([later], [later, b], enr, [ActiveStory(story, cent)], StoryParams())
    assert "s-tower" not in res.joins and len(res.new_groups) == 1
    again = _art(1, "Marlow completes tower stake sale to Harrow")
    res = cluster_batch([again], [again, b], enr, [ActiveStory(story, cent)], StoryParams())
    assert "s-tower" in res.joins
    assert isinstance(cent, StoryCentroid) and cent is not EMPTY
