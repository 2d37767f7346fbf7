"""A company's results are a kind of event informing the page the taxonomy gives results to (issue 11, editorial34;
topline/classify/results.py). Sentence shapes from the calibration corpora's headlines (eval-travel, eval-games,
eval-crypto, eval-ins), renamed."""
from __future__ import annotations

from pathlib import Path

import pytest

from topline.classify.events import article_kinds, inform, kind_pages, kinds_of
from topline.records import Classification
from topline.taxonomy import load_taxonomy, parse_taxonomy

from .test_offline import story

DATA = Path(__file__).resolve().parents[1] / "data"

RESULTS = [
    "Halvorsen Air cuts profit forecast over strike and fuel costs",
    "Halvorsen Air plunges on the stock market after cutting its forecasts",
    "Wagerly profit beats forecasts as US venture turns profitable",
    "Bitcoin miner Corrie Peak's quarterly revenue beats estimates",
    "Quillmark stock sinks after publisher delays its sequel to 2028 and cuts forecast",
    "Brantley Insurance posts combined ratio of 104.2% after the storm",
    "Ostrava Foods issues profit warning as cocoa costs bite",
    "Deltane reports record operating profit, lifts full-year guidance",
]
NOT_RESULTS = [
    "Rating agency cuts outlook to negative on Brantley Insurance",     # a rating action, not results
    "IMF cuts growth forecast for the euro zone",                        # an economy's forecast
    "Central bank raises inflation forecast and holds rates",
    "Engine maker cuts 2027 delivery goal as shortages bite",            # output, not results
    "Wagerly raises dividend as US venture finally pays off",
    "Non-profit hospital group opens new wing",
    "Crop monitor cuts wheat yield forecast as drought bites",           # a harvest's, a state's forecasts
    "Treasury lifts deficit forecast in mid-year update",
]


@pytest.mark.parametrize("title", RESULTS)
def test_results_in_news_wording_are_the_results_kind(title):
    assert "results" in article_kinds(title, "")


@pytest.mark.parametrize("title", NOT_RESULTS)
def test_a_rating_outlook_an_economy_s_forecast_or_output_are_not_results(title):
    assert "results" not in article_kinds(title, "")


def test_results_inform_only_a_page_the_taxonomy_gives_results_to():
    """eval-travel's and eval-games' "Deals, Results & Share Prices" take the kind; the default taxonomy (no page
    names results: its capital page is 0.35 close) and eval-ins (no results page) do not."""
    for name in ("eval-travel", "eval-games"):
        assert kind_pages(load_taxonomy(DATA / name / "taxonomy.toml")).page["results"] == (
            "Deals, Results & Share Prices",)
    assert kind_pages(load_taxonomy(None)).page["results"] == ()
    assert kind_pages(load_taxonomy(DATA / "eval-ins" / "taxonomy.toml")).page["results"] == ()


GAMES = parse_taxonomy('''
name = "Games"
[[category]]
name = "Video Games: Publishers, Studios & Platforms"
description = "Video game publishers and studios, game releases and delays, consoles, platforms and app stores."
keywords = ["video game", "publisher", "studio", "console", "game"]
[[category]]
name = "Deals, Results & Share Prices"
description = "Mergers and acquisitions, funding, company results and earnings, forecasts, dividends and share price moves."
keywords = ["acquisition", "merger", "results", "earnings", "shares"]
[[category]]
name = "Betting, Lottery & Gambling Regulation"
description = "Sports betting and online gambling operators, lotteries, gambling regulators, licences and advertising rules."
keywords = ["betting", "gambling", "lottery", "bookmaker"]
''')
DEALS = "Deals, Results & Share Prices"
GAMES_PAGE = "Video Games: Publishers, Studios & Platforms"


def test_a_publisher_cutting_its_forecast_is_also_a_results_page_story():
    """eval-games' shape: a publisher delays its game and cuts its forecast; the classifier puts it on the games
    page with the results page at 0.8 of it (sixth there). The results kind weighs the results page up to the
    primary's probability; without the kind (main) it stayed at the classifier's share."""
    delay = story("delay", ("Quillmark stock sinks after publisher delays its sequel to 2028 and cuts forecast",
                            "Quillmark delayed its flagship sequel to 2028 and cut its annual forecast on Monday."),
                  ("Quillmark cuts annual forecast as sequel slips to 2028",
                   "The publisher lowered its full-year guidance after delaying the game."))
    assert "results" in kinds_of(delay)
    c = Classification("delay", GAMES_PAGE, ((GAMES_PAGE, 0.55), (DEALS, 0.44), ("Betting, Lottery & Gambling "
                                                                              "Regulation", 0.01)), (DEALS,), "m")
    [out] = inform([delay], [c], GAMES)
    p = dict(out.scores)
    assert out.primary == GAMES_PAGE and DEALS in out.secondary
    assert p[DEALS] / p[GAMES_PAGE] > 0.99


def test_a_bitcoin_miner_s_earnings_on_the_results_page_go_to_the_mining_page_too():
    """eval-crypto's shape, in a taxonomy whose markets page names results: a miner's earnings are a results story
    (primary: results), so the classifier's runner-up, the page of what the company is, takes it at SUBJECT_FLOOR
    when the titles name that page's keywords ("bitcoin miner")."""
    from topline.classify.events import SUBJECT_FLOOR
    taxonomy = parse_taxonomy('''
name = "Crypto"
[[category]]
name = "Bitcoin Mining"
description = "Bitcoin miners: hashrate, mining rigs, power contracts and miners' sites."
keywords = ["bitcoin miner", "miner", "mining", "hashrate"]
[[category]]
name = "Markets & Results"
description = "Crypto markets, prices, company results and earnings, forecasts and share price moves."
keywords = ["results", "earnings", "shares", "prices"]
[[category]]
name = "Regulation & Enforcement"
description = "Regulators, laws, licences, enforcement actions and court cases."
keywords = ["regulator", "SEC", "licence", "law"]
''')
    if kind_pages(taxonomy).page["results"] != ("Markets & Results",):
        pytest.skip("the embedder does not give this small taxonomy's results page a clear lead")
    miner = story("miner", ("Bitcoin miner Corrie Peak's quarterly revenue beats estimates",
                            "Corrie Peak reported quarterly revenue of $212 million, above estimates."),
                  ("Corrie Peak Digital earnings: bitcoin miner's net income rises",
                   "The bitcoin miner's net income rose to $31 million in the quarter."))
    c = Classification("miner", "Markets & Results", (("Markets & Results", 0.6), ("Bitcoin Mining", 0.36),
                                                      ("Regulation & Enforcement", 0.04)), ("Bitcoin Mining",), "m")
    [out] = inform([miner], [c], taxonomy)
    p = dict(out.scores)
    assert out.primary == "Markets & Results"
    assert p["Bitcoin Mining"] / p["Markets & Results"] == pytest.approx(SUBJECT_FLOOR, abs=1e-3)
