"""The market's reading of a company's news (issue 11, twentieth pass): a story one of whose reports tells its
share move is markets news too. On tests/data/eval-prop's 2026-11-18 the editor's Markets, Results & Workforce
Top Line leads with Tamsworth's 24% jump after Cordovan's buyout (s01), a deals story whose markets page the
classifier gave a small share of its primary's probability: it was on no markets list, and a mortgage-rate item
(s21) the editor left out held the fifth place."""

from __future__ import annotations

import datetime as dt

import pytest

from topline.classify import classify, events
from topline.rank import rank
from topline.records import RankedStory
from topline.taxonomy import load_taxonomy
from topline.write import stories_for

from tests.classify.test_eventless_noise import DATA, window_stories

MARKETS = "Markets, Results & Workforce"
DAY = dt.date(2026, 11, 18)
EDITOR = {"s01", "s34", "s32", "s29", "s36"}  # tests/data/eval-prop/gold.json, that day's Markets Top Line


def _day(floor: float) -> dict[str, RankedStory]:
    bundles = window_stories("eval-prop", DAY)
    taxonomy = load_taxonomy(DATA / "eval-prop" / "taxonomy.toml")
    ids = list(bundles)
    old = events.MOVE_FLOOR
    events.MOVE_FLOOR = floor
    try:
        items = list(zip([bundles[i] for i in ids], classify([bundles[i] for i in ids], taxonomy)))
    finally:
        events.MOVE_FLOOR = old
    ranks = rank(items, edition_date=DAY)
    return {b.story.id: RankedStory(b, c, r) for (b, c), r in zip(items, ranks)}


@pytest.fixture(scope="module")
def days() -> tuple[dict[str, RankedStory], dict[str, RankedStory]]:
    return _day(events.MOVE_FLOOR), _day(0.0)


def _page(day: dict[str, RankedStory]) -> list[str]:
    ranked = sorted(day.values(), key=lambda r: -r.ranking.score)
    return [r.bundle.story.id for r in stories_for(MARKETS, ranked, 3)]


def test_a_reported_share_move_puts_the_deal_on_the_markets_page(days):  # noqa: ANN001
    with_rule, without = days
    deal = with_rule["s01"].classification
    assert deal.primary != MARKETS and MARKETS in deal.secondary
    probs = dict(deal.scores)
    assert probs[MARKETS] >= events.MOVE_FLOOR * probs[deal.primary] - 1e-3
    assert "s01" in _page(with_rule)[:5] and set(_page(with_rule)[:5]) == EDITOR
    # without the rule the takeover is on no markets list, and a story the editor left out is fifth
    assert "s01" not in _page(without)
    assert len(set(_page(without)[:5]) - EDITOR) == 1


def test_a_raised_story_the_editor_left_off_the_page_stays_below_the_five(days):  # noqa: ANN001
    """Tarragal's motorway contract (s02: "Tarragal shares climb after motorway win") is raised too; the editor
    kept it on the infrastructure and deals pages, and it stays below the markets page's five."""
    with_rule, _ = days
    assert MARKETS in with_rule["s02"].classification.secondary
    page = _page(with_rule)
    assert "s02" in page and page.index("s02") >= 5


def test_a_story_no_title_of_which_tells_a_share_move_keeps_its_pages(days):  # noqa: ANN001
    with_rule, without = days
    quiet = [s for s, r in with_rule.items() if not any(events.share_move(a.title) for a in r.bundle.articles)]
    assert len(quiet) >= 20
    for s in quiet:
        assert with_rule[s].classification == without[s].classification, s


@pytest.mark.parametrize(
    "title, moved",
    [
        ("Tamsworth stock soars 24% after buyout deal", True),  # eval-prop
        ("Norvale shares close down nearly 10% after new China export curbs", True),  # eval-ai3
        ("Tamarugal Copper confirms Brigalow approach, shares soar", True),  # eval-ind
        ("Defence stocks hit by ceasefire hopes, Ardenza down 4%", True),  # eval-def
        ("Londoners stock up on sun cream as shelves empty in heatwave", False),  # cal-biotech's noise
        ("June WASDE: Corn ending stocks fall to 1.72 billion bushels", False),  # eval-agri: inventories
        ("Cordovan agrees to buy office REIT Tamsworth for $3.9 billion", False),
        ("Brokers Read The Tamsworth Talks As A Floor For Office Values", False),
    ],
)
def test_share_move_on_real_titles(title: str, moved: bool) -> None:
    assert events.share_move(title) is moved
