"""How many outlets report a story weighs more than which ones do (issue 11, twenty-second pass: ``factors.WEIGHTS``,
independent outlets 0.25 -> 0.31, outlet tier 0.18 -> 0.12). On real calibration stories: the articles of a
corpus's 36 hours grouped by gold story, enriched, classified and ranked as the pipeline does (no earlier edition),
ordered on their page by ``write.page_score``; each pair read under the branch's weights and under the weights
before the pass."""

from __future__ import annotations

import datetime as dt

import pytest

from topline.classify import classify
from topline.rank import factors as f
from topline.rank import rank
from topline.records import RankedStory
from topline.taxonomy import load_taxonomy
from topline.write import page_score

from tests.classify.test_eventless_noise import DATA, window_stories

BEFORE = {"independent_outlets": 0.25, "outlet_tier": 0.18}  # the weights before the pass


def _day(corpus: str, day: dt.date, weights: dict[str, float]) -> dict[str, RankedStory]:
    bundles = window_stories(corpus, day)
    ids = sorted(bundles)
    items = list(
        zip(
            [bundles[i] for i in ids],
            classify([bundles[i] for i in ids], load_taxonomy(DATA / corpus / "taxonomy.toml")),
        )
    )
    old = dict(f.WEIGHTS)
    f.WEIGHTS.update(weights)
    try:
        ranks = rank(items, edition_date=day)
    finally:
        f.WEIGHTS.clear()
        f.WEIGHTS.update(old)
    return {b.story.id: RankedStory(b, c, r) for (b, c), r in zip(items, ranks)}


def _lead(corpus: str, day: dt.date, page: str, first: str, second: str) -> tuple[float, float]:
    """``first``'s page score minus ``second``'s on ``page``: (with the branch's weights, with those before)."""
    out = []
    for weights in ({}, BEFORE):
        d = _day(corpus, day, weights)
        out.append(page_score(d[first], page) - page_score(d[second], page))
    return out[0], out[1]


def _outlets(r: RankedStory) -> int:
    return len({o for o in r.bundle.story.outlets if o})


def test_two_outlets_rise_above_one_top_tier_outlet_s_item():
    """eval-tmt, 2026-08-06, Regulation & Policy: the editor's s06 (Australia's regulator investigates Corvane's
    triple-zero failures; ABC News and the Australian Financial Review, both unlisted) against s32 (Reuters
    alone: EU regulators examine Streamvale's bundles, "- sources"), which the editor left out."""
    day = dt.date(2026, 8, 6)
    stories = _day("eval-tmt", day, {})
    assert _outlets(stories["s06"]) == 2 and _outlets(stories["s32"]) == 1
    now, before = _lead("eval-tmt", day, "Regulation & Policy", "s06", "s32")
    assert now > 0.01, now  # the two-outlet story leads
    assert before < now - 0.01, (before, now)  # and it is the move of weight that lifted it


def test_top_tier_outlets_still_lead_a_wider_trade_press_story():
    """eval-retail, 2026-11-25, Stores, Supply & Capacity: the editor's s08 (a discounter's 6,000 jobs and 150
    shops; the BBC and the Guardian) stays above s33 (an oat-milk brand's Series C; Axios, FoodNavigator-USA and
    TechCrunch), which the editor left out: tier still counts."""
    day = dt.date(2026, 11, 25)
    stories = _day("eval-retail", day, {})
    assert _outlets(stories["s08"]) < _outlets(stories["s33"])
    now, before = _lead("eval-retail", day, "Stores, Supply & Capacity", "s08", "s33")
    assert now > 0, (now, before)
    assert before > now  # the margin narrowed, as the move of weight means it to


def test_the_weights_still_sum_to_one():
    assert sum(f.WEIGHTS.values()) == pytest.approx(1.0)
    assert f.WEIGHTS["independent_outlets"] > f.WEIGHTS["outlet_tier"]
