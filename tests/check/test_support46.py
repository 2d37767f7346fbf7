"""support46 (issue 10, recall): planted errors the checker let through because the word that contradicts them sits in
another clause of the cited sentence than the one the clause alignment reads, or the route is told the other way
round (``topline.check.placed``: ``framed_opposites``, ``from_to``). Articles and sentences written for this file:
each planted sentence is rejected, each faithful twin still passes, and the readings abstain where the article tells
both sides; a number given in another unit of measure than its cited sentence's (``unit_swaps``)."""
from __future__ import annotations

import pytest

from tests.check.helpers import article, verdict
from topline.check.framed_opposites import framed_opposite_problem
from topline.check.from_to import from_to_problem
from topline.check.placed import placed_problem
from topline.check.unit_swaps import unit_swap_problem

SHOW = article(
    url="https://www.dalesnews.example/harnby-sheep-show", source="Dales News",
    title="Harnby sheep show crowns a 12-year-old",
    text="The junior handling title at the Harnby sheep show went to Maya Orr, 12, who is the youngest champion in "
         "the show's 60-year history. About 300 sheep were shown on Saturday.")
CARVER = article(
    url="https://www.dalesnews.example/spoon-carver", source="Dales News",
    title="Spoon carver wins county prize",
    text="Tomas Reed, a retired joiner, won the county spoon carving prize on Sunday. Reed said he had learned to "
         "carve from his grandmother, who sold spoons at the market in Kelby.")
FERRY = article(
    url="https://www.islandpost.example/sorn-ferry", source="Island Post",
    title="New ferry service for Sorn",
    text="A new ferry will run from Kelby harbour to the island of Sorn twice a day from May, the council said on "
         "Tuesday. The crossing takes 40 minutes.")
POST = article(
    url="https://www.parcelwire.example/lindpost-volumes", source="Parcel Wire",
    title="Lindpost letters fall as parcels grow",
    text="Lindpost said letter volumes fell 8% last year while parcel volumes rose 5%. The company will raise the "
         "price of a stamp in April.")
RACE = article(
    url="https://www.dalesnews.example/fell-race", source="Dales News",
    title="Shepherd wins Harnby fell race",
    text="A shepherd, Owen Tate, won the men's race at the Harnby fell race on Sunday in 41 minutes. Women run a "
         "shorter course, and their race was won by a teacher, Ruth Hale, in 38 minutes.")
DAIRY = article(
    url="https://www.farmwire.example/brenmoor-dairy", source="Farm Wire",
    title="Brenmoor dairy co-operative grows",
    text="The Brenmoor dairy co-operative, owned by 900 farmers, collects about 1.6 billion litres of milk a year, "
         "its chair said on Monday. It sells cheese in 60-kilogram blocks to supermarkets.")
KILNS = article(
    url="https://www.metalswire.example/tarrow-kilns", source="Metals Wire",
    title="Tarrow to shut a kiln",
    text="Tarrow Cement will close one of its two kilns at Hexley next spring and cut 140 jobs, the company said on "
         "Thursday.")
ROUTES = article(
    url="https://www.airwire.example/norvik-air-routes", source="Air Wire", title="Norvik Air reshapes its network",
    text="Norvik Air will cut nine domestic routes from April and move two aircraft to flights to Canada, its chief "
         "executive said on Monday. The airline flies 40 routes.")
MINER = article(
    url="https://www.metalswire.example/corrow-guidance", source="Metals Wire",
    title="Corrow cuts copper forecast",
    text="Corrow Mining cut its forecast for copper output this year by 6% after floods at its main pit. Its "
         "forecast for gold, which it mines alongside the copper, was left unchanged at 90,000 ounces.")


@pytest.mark.parametrize("faithful, planted, source", [
    # the superlative is in the relative clause, the title in the main clause (eval16's youngest winner)
    ("Maya Orr, 12, is the youngest champion of the junior handling title at the Harnby sheep show.",
     "Maya Orr, 12, is the oldest champion of the junior handling title at the Harnby sheep show.", SHOW),
    # a counterpart of kin in the same frame (eval14's, eval21's grandmother)
    ("Tomas Reed said he had learned to carve from his grandmother.",
     "Tomas Reed said he had learned to carve from his grandfather.", CARVER),
    # a route the other way round (eval17's course, eval28's listing)
    ("The new ferry will run twice a day from Kelby harbour to the island of Sorn.",
     "The new ferry will run twice a day from the island of Sorn to Kelby harbour.", FERRY),
    # a share of a whole for the whole (eval20's, eval23's "both" for "one of its two")
    ("Tarrow Cement will close one of its two kilns at Hexley next spring.",
     "Tarrow Cement will close both of its kilns at Hexley next spring.", KILNS),
    # a pair the antonym tables lack, in a shared frame (eval17's "add 12 routes" for "cut 12 routes")
    ("Norvik Air will cut nine domestic routes from April.", "Norvik Air will add nine domestic routes from April.",
     ROUTES),
    # the cited number in a unit the figure extractor does not know (eval29's, eval30's gallons, eval4's pounds)
    ("The Brenmoor co-operative collects about 1.6 billion litres of milk a year.",
     "The Brenmoor co-operative collects about 1.6 billion gallons of milk a year.", DAIRY),
])
def test_planted_rejected_faithful_kept(faithful: str, planted: str, source) -> None:  # noqa: ANN001
    good, bad = verdict(faithful, source), verdict(planted, source)
    assert good.ok, good.details
    assert not bad.ok and {"direction", "number"} & set(bad.problems), bad.details


def test_reading_is_what_rejects() -> None:
    """The planted sentences above are rejected by these readings themselves (the reason they give)."""
    assert "'oldest' where its cited sentence says 'youngest'" in framed_opposite_problem(
        "Maya Orr, 12, is the oldest champion of the junior handling title.", [SHOW.text])
    assert "'grandfather' where its cited sentence says 'grandmother'" in framed_opposite_problem(
        "Tomas Reed said he had learned to carve from his grandfather.", CARVER.text.split(". "))
    assert "the other way" in from_to_problem("The ferry runs from the island of Sorn to Kelby harbour.",
                                              [FERRY.text])
    assert from_to_problem("The ferry runs from Kelby harbour to the island of Sorn.", [FERRY.text]) == ""
    assert "'60-pound' where its cited sentence has '60-kilogram'" in unit_swap_problem(
        "Brenmoor sells cheese in 60-pound blocks.", [DAIRY.text])
    assert unit_swap_problem("Brenmoor sells cheese in 60-kilogram blocks.", [DAIRY.text]) == ""


@pytest.mark.parametrize("claim, source", [
    # both sides in one cited sentence: the clause alignment's to read, not this reading's
    ("Lindpost's letter volumes dropped 8% last year.", POST),
    # a counterpart the article names on its own ("Women run ..., and their race was won by")
    ("Ruth Hale won the women's race at the Harnby fell race in 38 minutes.", RACE),
    # the same number in two units: the claim's unit is cited
    ("The co-operative collects about 1.6 billion litres of milk a year, or 420 million gallons.",
     article(url="https://www.farmwire.example/units", source="Farm Wire", title="Milk",
             text="Brenmoor collects about 1.6 billion litres of milk a year. That is 1.6 billion litres, or about "
                  "420 million gallons.")),
    # one result told from its other end ("behind her" / "ahead of him")
    ("Last year's winner, Owen Tate, finished 47 minutes behind her.",
     article(url="https://www.dalesnews.example/ladies", source="Dales News", title="Hale wins outright",
             text="Ruth Hale won the Harnby fell race outright on Sunday. She finished 47 minutes ahead of last "
                  "year's winner, Owen Tate.")),
    # a share told of a period ("the first quarter" within "the first half")
    ("Lindpost made a profit of 7 million euros in the first quarter.",
     article(url="https://www.parcelwire.example/lindpost-profit", source="Parcel Wire", title="Lindpost profit",
             text="Lindpost made a profit of 12 million euros in the first half. In the second quarter alone, its "
                  "profit was 5 million euros.")),
    # past the frame the claim speaks of another thing ("forecast for gold", not "forecast for copper")
    ("Corrow kept its forecast for gold, which it mines alongside the copper, at 90,000 ounces.", MINER),
])
def test_abstains(claim: str, source) -> None:  # noqa: ANN001
    """(Other rules may judge these sentences; these readings must not reject them.)"""
    sentences = source.text.split(". ")
    assert placed_problem(claim, sentences) == "", placed_problem(claim, sentences)


def test_negated_word_abstains() -> None:
    """A negated word may say the opposite in other words ("not the oldest" for "the youngest")."""
    assert framed_opposite_problem("Maya Orr is not the oldest champion of the junior handling title.",
                                   [SHOW.text]) == ""
