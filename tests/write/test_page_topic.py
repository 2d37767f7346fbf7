"""A page leads with what it is about (issue 11, sixteenth pass): on tests/data/eval-prop's 2026-11-18 Housing,
Planning & Regulation page the editor chose a council's waterfront rezoning (s20), a government's rent rules (s19)
and building-safety delays (s18), while Topline led with a developer's first-day home sales (s25, a deals story
with Housing as a second page) that ranked a little higher on coverage. How close each story is to the page's
category, as the offline classifier read it, now orders the page with the ranking score."""

from __future__ import annotations

import datetime as dt

import pytest

from topline.classify import classify
from topline.records import Ranking, RankedStory
from topline.taxonomy import load_taxonomy
from topline.write import page_score, stories_for, topic_bonus

from tests.classify.test_eventless_noise import DATA, window_stories

HOUSING = "Housing, Planning & Regulation"


@pytest.fixture(scope="module")
def housing_day():  # noqa: ANN201
    bundles = window_stories("eval-prop", dt.date(2026, 11, 18))
    taxonomy = load_taxonomy(DATA / "eval-prop" / "taxonomy.toml")
    ids = list(bundles)
    return {s: (bundles[s], c) for s, c in zip(ids, classify([bundles[s] for s in ids], taxonomy))}


def test_the_classifier_says_how_much_a_story_is_about_each_page(housing_day):  # noqa: ANN001
    _, rezoning = housing_day["s20"]
    assert {name for name, _, _ in rezoning.topic} == {c for c, _ in rezoning.scores}
    topic = {name: (similarity, named) for name, similarity, named in rezoning.topic}
    assert topic[HOUSING][0] == max(s for s, _ in topic.values())
    assert topic[HOUSING][1] >= 3  # rezoning, homes, affordable ...


def test_the_page_s_own_subject_leads_a_story_that_only_touches_it(housing_day, monkeypatch):  # noqa: ANN001
    """The developer's sales and the rezoning, with the edition's ranking scores (the sales 0.03 ahead), on the
    Housing page: the rezoning first with the topic in the page score, the sales first without it."""
    sales_b, sales_c = housing_day["s25"]
    rezoning_b, rezoning_c = housing_day["s20"]
    assert HOUSING in (sales_c.primary, *sales_c.secondary) and rezoning_c.primary == HOUSING
    sales = RankedStory(sales_b, sales_c, Ranking("s25", 0.504))
    rezoning = RankedStory(rezoning_b, rezoning_c, Ranking("s20", 0.472))
    assert topic_bonus(rezoning, HOUSING) > topic_bonus(sales, HOUSING) + 0.05
    assert [r.bundle.story.id for r in stories_for(HOUSING, [sales, rezoning], 3)] == ["s20", "s25"]
    import topline.write as write

    monkeypatch.setattr(write, "TOPIC_WEIGHT", 0.0)
    monkeypatch.setattr(write, "NAMED_WEIGHT", 0.0)
    assert topic_bonus(rezoning, HOUSING) == 0.0
    assert [r.bundle.story.id for r in stories_for(HOUSING, [sales, rezoning], 3)] == ["s25", "s20"]


def test_a_story_the_classifier_did_not_read_gets_no_topic():
    from topline.records import Classification
    from tests.write.test_pages import rs

    bare = rs("bare", 0.6, "Capital", (), (("Capital", 0.9),))
    assert bare.classification.topic == () and topic_bonus(bare, "Capital") == 0.0
    assert page_score(bare, "Capital") == 0.6
    assert Classification("x", None).topic == ()
