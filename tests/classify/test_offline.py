"""The offline classifier on a taxonomy it was never tuned for (energy), with the real packaged model."""
from __future__ import annotations

import datetime as dt

import pytest

from topline.records import Article, Story, StoryBundle
from topline.classify import classify
from topline.classify.offline import OfflineClassifier, Params, active_background
from topline.classify.embed import LsaEmbedder, default_embedder
from topline.taxonomy import parse_taxonomy

WHEN = dt.datetime(2025, 7, 2, 9, tzinfo=dt.timezone.utc)


def story(sid: str, *articles: tuple[str, str], source: str = "Reuters") -> StoryBundle:
    """A story of one or more (title, text) articles, no store."""
    arts = tuple(Article(url=f"https://example.org/{sid}/{n}", title=t, text=x, source=source, published=WHEN,
                         id=1000 * (len(sid) + 1) + n) for n, (t, x) in enumerate(articles))
    return StoryBundle(story=Story(id=sid, title=arts[0].title, article_ids=tuple(a.id for a in arts),
                                   first_seen=WHEN, last_seen=WHEN, outlets=(source,)), articles=arts)


ENERGY = parse_taxonomy('''
name = "Energy"
[[category]]
name = "Oil & Gas"
description = "Crude oil and natural gas: production, OPEC decisions, prices, pipelines, LNG cargoes and refineries."
[[category]]
name = "Renewables"
description = "Solar, wind and hydro power: new farms and parks, panel and turbine makers, auctions and subsidies."
[[category]]
name = "Grids & Storage"
description = "Electricity grids, transmission lines, batteries and energy storage, blackouts and grid operators."
''', "energy")

STORIES = [
    story("opec", ("OPEC+ agrees to raise oil output again in August",
                   "The group of oil producers will pump more crude as prices hold near $70 a barrel.")),
    story("lng", ("Qatar signs LNG supply deal with Germany",
                  "The natural gas cargoes will arrive at a new import terminal from 2026.")),
    story("wind", ("Offshore wind farm wins contract in auction",
                   "The 1.4 gigawatt wind project off the coast will power a million homes with turbines.")),
    story("solar", ("Solar panel maker expands factory as installations boom",
                    "Demand for solar power modules rose 30% this year on subsidies for rooftop panels.")),
    story("battery", ("Grid operator orders giant battery to store power",
                      "The energy storage system will balance the electricity grid during peaks.")),
    story("blackout", ("Blackout hits millions after transmission line failure",
                       "The grid operator said a fault on high-voltage lines cut electricity across the region.")),
    story("football", ("Striker scores twice as champions win the derby",
                       "The league leaders beat their rivals 3-1 with two late goals in front of 60,000 fans.")),
    story("popstar", ("Pop star announces engagement to actor",
                      "The singer shared photos of the ring with fans before her world tour and new album.")),
]
EXPECTED = {"opec": "Oil & Gas", "lng": "Oil & Gas", "wind": "Renewables", "solar": "Renewables",
            "battery": "Grids & Storage", "blackout": "Grids & Storage", "football": None, "popstar": None}


def test_new_taxonomy_works_without_training_and_noise_goes_to_none():
    got = {c.story_id: c.primary for c in classify(STORIES, ENERGY)}
    assert got == EXPECTED


def test_one_classification_per_story_in_order_with_sorted_scores():
    out = OfflineClassifier().classify(STORIES, ENERGY)
    assert [c.story_id for c in out] == [b.story.id for b in STORIES]
    for c in out:
        assert [n for n, _ in c.scores] and {n for n, _ in c.scores} == {x.name for x in ENERGY.categories}
        values = [s for _, s in c.scores]
        assert values == sorted(values, reverse=True) and all(0.0 <= v <= 1.0 for v in values)
        assert c.primary not in c.secondary
        assert c.method.startswith("wordllama")


def test_deterministic_and_independent_of_batch_order():
    a = {c.story_id: c.primary for c in classify(STORIES, ENERGY)}
    b = {c.story_id: c.primary for c in classify(list(reversed(STORIES)), ENERGY)}
    assert a == b


def test_single_story_and_empty_batch():
    assert classify([], ENERGY) == []
    [c] = classify([STORIES[2]], ENERGY)
    assert c.primary == "Renewables"


def test_a_user_category_switches_off_the_matching_background_class():
    with_sport = parse_taxonomy('''
[[category]]
name = "Sport"
description = "Sports news: matches, results, players, clubs, leagues and tournaments."
[[category]]
name = "Oil & Gas"
description = "Crude oil and natural gas: production, OPEC decisions, prices and pipelines."
''')
    active = {c.name for c in active_background(default_embedder(), with_sport, Params())[0]}
    assert "~sports" not in active and "~celebrity" in active
    got = {c.story_id: c.primary for c in classify([STORIES[0], STORIES[6]], with_sport)}
    assert got == {"opec": "Oil & Gas", "football": "Sport"}


def test_secondary_category_when_a_story_straddles_two():
    params = Params(secondary_min=0.0, secondary_ratio=0.0)
    [c] = OfflineClassifier(params=params).classify([STORIES[0]], ENERGY)
    assert c.primary == "Oil & Gas" and len(c.secondary) == 2
    [c] = OfflineClassifier(params=Params(secondary_min=1.01)).classify([STORIES[0]], ENERGY)
    assert c.secondary == ()


def test_story_without_articles_uses_its_title():
    bare = StoryBundle(story=STORIES[0].story, articles=())
    [c] = classify([bare], ENERGY)
    assert c.primary == "Oil & Gas"


@pytest.mark.parametrize("text", ["", "   ", "1234 5678"])
def test_degenerate_text_does_not_crash(text):
    [c] = classify([story("x", (text or "-", text))], ENERGY)
    assert c.story_id == "x"


def test_lsa_fallback_runs_offline_on_the_same_interface():
    out = OfflineClassifier(embedder=LsaEmbedder()).classify(STORIES, ENERGY)
    assert len(out) == len(STORIES) and all(c.method.startswith("lsa") for c in out)
    # the fallback is weak but not blind: both oil stories are Oil & Gas, and at most one topical story is missed
    # (measured: all six right, the two off-topic stories in no category)
    assert out[0].primary == out[1].primary == "Oil & Gas"
    want = ["Oil & Gas", "Oil & Gas", "Renewables", "Renewables", "Grids & Storage", "Grids & Storage"]
    assert sum(c.primary == w for c, w in zip(out, want)) >= 5, [c.primary for c in out]


def test_default_settings_choose_the_offline_classifier(settings):
    from topline.classify import make_classifier
    assert make_classifier(settings).name == "offline" and make_classifier(None).name == "offline"
