"""support43 (issue 10, item 6): a figure a faithful sentence takes from one cited sentence in one step that sentence
names (``topline.check.restated``): the part a share of a stated whole gives, the whole of "N other" competitors, a
range's midpoint, "N more years". Articles and sentences written for this file; each faithful sentence is rejected
by the code before support43 ("not stated") and passes now; each planted twin, another value, is rejected on both."""
from __future__ import annotations

import pytest

from tests.check.helpers import article, verdict
from topline.check.restated import more_units
from topline.records import Figure

STREAMER = article(
    url="https://www.screentrade.example/vellum-tv-subscribers", source="Screen Trade",
    title="Vellum TV adds subscribers in Ireland",
    text="Vellum TV, a streaming service, said on Monday that it had 3.6 million subscribers in Ireland, 35% of them "
         "on its cheaper plan with adverts. It will raise the price of its standard plan in February.")
BAKERY = article(
    url="https://www.northernpost.example/harlow-bakery-stores", source="Northern Post",
    title="Harlow Bakeries runs short of flour",
    text="Harlow Bakeries said shelves in about a quarter of its 612 shops had run short of bread during the "
         "strike at its flour supplier, which ended on Sunday.")
CONKERS = article(
    url="https://www.villagenews.example/ashby-conker-championship", source="Village News",
    title="Retired signalman wins Ashby conker championship",
    text="A retired signalman, Cuthbert Mellor, won the Ashby conker championship on Sunday, beating 63 other "
         "players on the village green.")
FORECAST = article(
    url="https://www.cityledger.example/brantwood-forecast", source="City Ledger",
    title="Brantwood keeps its profit forecast",
    text="Brantwood Homes kept its forecast of full-year profit of between 280 million and 310 million pounds on "
         "Tuesday, saying house sales had held up.")
ROOF = article(
    url="https://www.dalesherald.example/kirkby-church-roof", source="Dales Herald",
    title="Kirkby church gets its new roof",
    text="The new lead roof of St Wilfrid's church in Kirkby Lonsdale cost 380,000 pounds, of which a church "
         "buildings grant paid 230,000 pounds and parishioners raised the rest. The work took nine months.")
FAIR = article(
    url="https://www.shirepost.example/elmscote-fair-licence", source="Shire Post",
    title="Elmscote fair keeps its field",
    text="The owner of Glebe Field has agreed to let the Elmscote steam fair use it for seven more years, the "
         "fair's committee said on Friday.")


@pytest.mark.parametrize("faithful, planted, source", [
    # a part from a whole and its share "of them" (7.2 million x 45% on a streamer of eval15's shape)
    ("About 1.3 million of Vellum TV's Irish subscribers are on its plan with adverts.",
     "About 1.6 million of Vellum TV's Irish subscribers are on its plan with adverts.", STREAMER),
    # a fraction word "of" the whole right after it (a third of 410 stores, eval22's shape)
    ("About 153 of Harlow Bakeries' shops ran short of bread during the strike.",
     "About 183 of Harlow Bakeries' shops ran short of bread during the strike.", BAKERY),
    # the whole of "N other" competitors and the winner (eval20's 255 other players)
    ("There were 64 players in the Ashby conker championship.",
     "There were 66 players in the Ashby conker championship.", CONKERS),
    # the midpoint of a range the claim names as such (eval24's, eval26's profit forecasts)
    ("The midpoint of Brantwood's profit forecast is 295 million pounds.",
     "The midpoint of Brantwood's profit forecast is 300 million pounds.", FORECAST),
    # the rest of a whole the cited sentence splits, given to the rest's party (eval12's restoration, eval19's
    # services revenue)
    ("Parishioners raised 150,000 pounds for St Wilfrid's new roof.",
     "Parishioners raised 160,000 pounds for St Wilfrid's new roof.", ROOF),
    # "seven more years" read as seven years (eval30's "ten more years")
    ("The Elmscote steam fair may use Glebe Field for another seven years.",
     "The Elmscote steam fair may use Glebe Field for another nine years.", FAIR),
])
def test_a_figure_one_named_step_from_a_cited_sentence(faithful, planted, source):
    got = verdict(faithful, source)
    assert got.ok, got.details
    got = verdict(planted, source)
    assert not got.ok
    assert any(d.startswith("number") for d in got.details), got.details


def test_a_share_of_something_else_or_an_unhedged_rounding_is_not_the_part():
    # the part must be what the share's own clause says it is ("on its cheaper plan with adverts"), not another
    assert not verdict("About 1.3 million of Vellum TV's Irish subscribers watch its sports channel.", STREAMER).ok
    # 1.26 million rounded needs a hedge: "1.3 million" unhedged is another figure
    assert not verdict("Vellum TV has 1.3 million Irish subscribers on its plan with adverts.", STREAMER).ok


def test_the_rest_goes_to_the_rests_party_only():
    assert not verdict("A church buildings grant paid 150,000 pounds for St Wilfrid's new roof.", ROOF).ok


def test_others_and_midpoints_need_their_words():
    # "64 other players" is the others, not the whole; a range's middle without "midpoint" is not stated
    assert not verdict("Cuthbert Mellor beat 64 other players in the Ashby conker championship.", CONKERS).ok
    assert not verdict("Brantwood Homes expects full-year profit of 295 million pounds.", FORECAST).ok


def test_more_units_reads_only_the_claims_unit():
    years = Figure("seven years", "quantity", 7.0, "year")
    cited = "The owner has agreed to let the fair use it for seven more years."
    assert more_units(years, Figure("seven", "number", 7.0), cited) == Figure("seven", "quantity", 7.0, "year")
    assert more_units(years, Figure("seven", "number", 7.0),
                      "The fair will add seven more rides.") == Figure("seven", "number", 7.0)


FINED = article(
    url="https://www.utilityweek.example/harrowgate-water-fine", source="Utility Week",
    title="Harrowgate Water fined 9 million pounds over leaks",
    text="The water regulator fined Harrowgate Water 9 million pounds on Thursday for missing its target for "
         "fixing leaks for three years running. Harrowgate said the missed target was mainly due to a shortage of "
         "trained engineers. Chief executive Morwenna Tallis said bills would not rise to pay the fine.")


@pytest.mark.parametrize("faithful, planted", [
    ("Harrowgate said the missed target was mainly due to a shortage of trained engineers.",
     "The regulator said the missed target was mainly due to a shortage of trained engineers."),
    ("Harrowgate Water's chief executive said bills would not rise to pay the fine.",
     "The regulator said bills would not rise to pay the fine."),
])
def test_a_statement_given_to_the_party_that_acts_on_its_speaker_is_rejected(faithful, planted):
    got = verdict(faithful, FINED)
    assert got.ok, got.details
    got = verdict(planted, FINED)
    assert not got.ok
    assert any(d.startswith("actor") for d in got.details), got.details


def test_a_description_of_the_speaker_itself_is_not_read():
    # "The company" and "The water company" name Harrowgate, which the regulator acts on: the speaker itself
    assert verdict("The company said the missed target was mainly due to a shortage of trained engineers.",
                   FINED).ok
    assert verdict("The water regulator fined Harrowgate Water 9 million pounds for missing its leak target.",
                   FINED).ok
