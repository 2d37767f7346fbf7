"""Significance ranking from named factors, on hand-built stories and enrichments."""
from __future__ import annotations

import datetime as dt
import math

import pytest

from topline.config import EditionSettings, Settings
from topline.errors import ConfigError
from topline.rank import factors as f
from topline.rank import rank
from topline.rank.outlets import load_tiers, outlet_key, parse_tiers
from topline.records import Article, Classification, Enrichment, Entity, Figure, Story, StoryBundle

DAY = dt.date(2025, 7, 3)
NOON = dt.datetime(2025, 7, 3, 12, tzinfo=dt.timezone.utc)
_ids = iter(range(1, 10**6))


def bundle(sid: str, outlets: list[str], *, title: str = "A story", text: str = "Nothing much.",
           figures: tuple[Figure, ...] = (), entities: tuple[Entity, ...] = (), last_seen: dt.datetime = NOON,
           lead: tuple[str, ...] = ()) -> StoryBundle:
    arts, ens = [], []
    for o in outlets:
        i = next(_ids)
        arts.append(Article(url=f"https://example.org/{sid}/{i}", title=title, text=text, source=o,
                            published=last_seen, id=i))
        ens.append(Enrichment(article_id=i, content_hash="h", language="en", sentences=lead or (text,),
                              entities=entities, figures=figures))
    story = Story(id=sid, title=title, article_ids=tuple(a.id for a in arts), first_seen=last_seen,
                  last_seen=last_seen, outlets=tuple(sorted(set(outlets))))
    return StoryBundle(story=story, articles=tuple(arts), enrichments=tuple(ens))


def ranked(*bundles: StoryBundle, history=(), settings=None) -> dict:  # noqa: ANN001
    items = [(b, Classification(story_id=b.story.id, primary="X")) for b in bundles]
    return {r.story_id: r for r in rank(items, edition_date=DAY, history=history, settings=settings)}


def factor(r, name):  # noqa: ANN001, ANN201
    return next(x for x in r.factors if x.name == name)


def test_scores_are_weighted_sums_of_named_factors_with_notes():
    r = ranked(bundle("a", ["Reuters", "Bloomberg", "CNBC"]))["a"]
    assert {x.name for x in r.factors} == set(f.WEIGHTS)
    assert abs(sum(f.WEIGHTS.values()) - 1.0) < 1e-9
    # worked by hand from the definitions (not the code's formula): 3 outlets of 8 on a log scale ln 4 / ln 9,
    # two tier-1 outlets, no figure, no shared entity, no watchlist, never briefed, 12 h old with a 24 h half-life
    assert factor(r, "independent_outlets").value == pytest.approx(math.log(4) / math.log(9), abs=1e-4)
    assert factor(r, "recency").value == pytest.approx(0.5 ** 0.5, abs=1e-4)
    hand = 0.31 * math.log(4) / math.log(9) + 0.12 * 1.0 + 0.09 * 0 + 0.10 * 0 + 0.10 * 0 + 0.18 * 1.0 + 0.10 * 0.5 ** 0.5
    assert r.score == pytest.approx(hand, abs=1e-4)          # 0.5663 (0.5884 before the twenty-second pass)
    assert all(0.0 <= x.value <= 1.0 and x.note for x in r.factors)
    assert factor(r, "independent_outlets").note == "3 independent outlets: Bloomberg, CNBC, Reuters"


def test_more_independent_outlets_rank_higher_and_single_source_is_kept_and_flagged():
    out = ranked(bundle("wide", ["Reuters", "Bloomberg", "CNBC", "The Verge"]), bundle("solo", ["Reuters"]))
    assert out["wide"].score > out["solo"].score
    assert out["solo"].single_source and not out["wide"].single_source
    assert factor(out["solo"], "independent_outlets").note == "single source: Reuters"


def test_outlet_tier_from_the_default_list_and_a_user_file(tmp_path):
    out = ranked(bundle("top", ["Reuters", "Financial Times"]), bundle("blog", ["Some Blog", "Another Blog"]))
    assert factor(out["top"], "outlet_tier").value == 1.0
    assert factor(out["blog"], "outlet_tier").value == load_tiers().default_weight
    assert "Reuters (tier 1)" in factor(out["top"], "outlet_tier").note
    custom = tmp_path / "outlets.toml"
    custom.write_text('default_weight = 0.1\n[[tier]]\nlevel = 1\nweight = 0.9\noutlets = ["Some Blog"]\n',
                      encoding="utf-8")
    settings = Settings(edition=EditionSettings(outlets=str(custom)))
    out = ranked(bundle("blog", ["Some Blog", "Another Blog"]), settings=settings)
    assert factor(out["blog"], "outlet_tier").value == pytest.approx((0.9 + 0.1) / 2)


def test_outlet_names_match_loosely_and_aliases_resolve():
    tiers = load_tiers()
    assert outlet_key("The Wall Street Journal") == outlet_key("wall street journal")
    assert tiers.weight("WSJ") == tiers.weight("The Wall Street Journal") == 1.0
    assert tiers.weight("the guardian") == 0.7 and tiers.level("Unknown Gazette") is None


@pytest.mark.parametrize("text", ["not toml [", 'default_weight = 2\n', '[[tier]]\nweight = "x"\noutlets = []\n',
                                  '[[tier]]\nweight = 0.5\noutlets = ["A"]\n[aliases]\nB = "C"\n'])
def test_bad_outlet_files_are_config_errors(text):
    with pytest.raises(ConfigError):
        parse_tiers(text)


def test_magnitude_prefers_headline_figures_and_compares_currencies():
    big = Figure("$2.8 billion", "money", 2.8e9, "USD")
    small = Figure("$5 million", "money", 5e6, "USD")
    headline = bundle("h", ["Reuters"], title="Start-up raises $2.8 billion", figures=(big, small))
    body_only = bundle("b", ["Reuters"], title="Start-up raises money", lead=("It raised money.",),
                       figures=(big,))
    out = ranked(headline, body_only)
    h, b = factor(out["h"], "magnitude"), factor(out["b"], "magnitude")
    assert h.value == pytest.approx(2 * b.value, abs=1e-3) and "$2.8 billion" in h.note
    assert "headline" in h.note and "body only" in b.note
    eur = f._figure_value(Figure("€1bn", "money", 1e9, "EUR"))
    usd = f._figure_value(Figure("$1bn", "money", 1e9, "USD"))
    yen = f._figure_value(Figure("¥1bn", "money", 1e9, "JPY"))
    assert eur > usd > yen > 0
    assert f._figure_value(Figure("1.2 GW", "quantity", 1.2e9, "W")) > f._figure_value(
        Figure("50 MW", "quantity", 5e7, "W"))
    assert factor(ranked(bundle("n", ["Reuters"]))["n"], "magnitude").value == 0.0


def test_prominence_counts_other_stories_naming_the_main_entity_and_ignores_outlets():
    nv = Entity("Nvidia", "nvidia", "ORG")
    reuters = Entity("Reuters", "reuters", "ORG")
    stories = [bundle(f"s{i}", ["Reuters"], title=f"Nvidia news {i}", entities=(nv, reuters)) for i in range(4)]
    stories += [bundle(f"o{i}", ["CNBC"], title=f"Other {i}") for i in range(10)]
    out = ranked(*stories)
    p = factor(out["s0"], "prominence")
    assert p.value > 0 and p.note == "Nvidia appears in 4 of today's stories"
    assert factor(out["o0"], "prominence").value == 0.0


def test_watchlist_boosts_stories_naming_a_term():
    settings = Settings(edition=EditionSettings(watchlist=("export controls", "Nvidia")))
    out = ranked(bundle("w", ["Reuters"], title="US widens export controls on chips"),
                 bundle("n", ["Reuters"], title="Something else"), settings=settings)
    assert factor(out["w"], "watchlist").value > 0
    assert factor(out["w"], "watchlist").note == "watchlist: export controls"
    assert factor(out["n"], "watchlist").value == 0 and out["w"].score > out["n"].score
    assert factor(ranked(bundle("x", ["Reuters"]))["x"], "watchlist").note == "no watchlist set"


def test_novelty_drops_a_story_briefed_before_with_nothing_new():
    seen = bundle("seen", ["Reuters", "Bloomberg"])
    grown = bundle("grown", ["Reuters", "Bloomberg", "CNBC"])
    fresh = bundle("fresh", ["Reuters", "Bloomberg"])
    history = [{"story_id": "seen", "date": dt.date(2025, 7, 2), "rank": 1, "score": 0.9, "article_count": 2,
                "outlet_count": 2},
               {"story_id": "grown", "date": dt.date(2025, 7, 2), "rank": 2, "score": 0.8, "article_count": 2,
                "outlet_count": 2},
               {"story_id": "grown", "date": dt.date(2025, 7, 1), "rank": 5, "score": 0.5, "article_count": 1,
                "outlet_count": 1}]
    more = bundle("more", ["Reuters", "Bloomberg", "Reuters"])     # one more article, no new outlet
    history.append({"story_id": "more", "date": dt.date(2025, 7, 2), "rank": 3, "score": 0.7, "article_count": 2,
                    "outlet_count": 2})
    out = ranked(seen, grown, fresh, more, history=history)
    m = factor(out["more"], "novelty")
    # something new today keeps a continuing story at 0.7 or more (0.7, plus 0.1 per new outlet or new figure)
    assert m.value == 0.7 and m.note == "briefed on 2025-07-02; 1 new article since"
    # nothing new: a follow-up, below any story with something new (f.STALE_NOVELTY < f.DEVELOPING_NOVELTY)
    assert factor(out["seen"], "novelty").value == f.STALE_NOVELTY < m.value
    assert factor(out["seen"], "novelty").note == "briefed on 2025-07-02, nothing new since (a follow-up)"
    g = factor(out["grown"], "novelty")
    assert 0.5 <= g.value < 1.0 and g.note == "briefed on 2025-07-02; 1 new article and 1 new outlet since"
    # a story never briefed is new in all it has: 0.7 + 0.1 per outlet (+ 0.1 per figure), the same measure
    fr = factor(out["fresh"], "novelty")
    assert fr.value == 0.9 and fr.note == "not briefed before: 2 outlets, all new"
    assert out["fresh"].score > out["seen"].score


def test_recency_halves_every_day():
    close = dt.datetime(2025, 7, 4, tzinfo=dt.timezone.utc)
    out = ranked(bundle("now", ["Reuters"], last_seen=close),
                 bundle("day", ["Reuters"], last_seen=NOON - dt.timedelta(hours=12)))
    assert factor(out["now"], "recency").value == 1.0
    assert factor(out["day"], "recency").value == pytest.approx(0.5, abs=1e-3)
    assert factor(out["day"], "recency").note == "latest article 24 h before the edition closes"


def test_order_and_empty_input():
    bs = [bundle(f"s{i}", ["Reuters"] * (i + 1)) for i in range(3)]
    items = [(b, Classification(story_id=b.story.id, primary=None)) for b in bs]
    assert [r.story_id for r in rank(items, edition_date=DAY)] == ["s0", "s1", "s2"]
    assert rank([], edition_date=DAY) == []


def test_missing_outlet_file_is_a_config_error(tmp_path):
    with pytest.raises(ConfigError):
        load_tiers(str(tmp_path / "nope.toml"))
