"""support40 (issue 10, item 6): an order in time told the other way round, "after playing" for "before playing",
"sold before July" for "sold after July" (``topline.check.order``). Articles and sentences written for this file;
each planted sentence passes on the code before support40, each faithful twin passes on both."""
from __future__ import annotations

import pytest

from tests.check.helpers import article, verdict
from topline.check.order import order_problem

PIPES = article(
    url="https://www.highlandnews.example/pipe-band-contest", source="Highland News",
    title="Glenmorrow pipe band wins the county contest",
    text="The Glenmorrow pipe band won the county championship in Dunmere on Saturday, the organisers said. "
         "Pipers tune their drones before marching, and a band that starts out of tune loses points. "
         "Twenty-two bands took part.")
RECALL = article(
    url="https://www.gadgetwire.example/norvale-recall", source="Gadget Wire",
    title="Norvale recalls Tallis 5 kettles over a faulty switch",
    text="Norvale is recalling about 40,000 Tallis 5 kettles because a switch can fail and let them boil dry, the "
         "company said on Monday. Tallis 5 kettles sold after March are not affected. Owners can ask for a refund.")
HEIST = article(
    url="https://www.citydesk.example/museum-theft", source="City Desk",
    title="Thieves take two paintings from the Harrowgate museum",
    text="Thieves took two small paintings from the Harrowgate museum early on Sunday, the police said. An alarm "
         "went off, but the guards reached the east wing after the thieves had gone.")


@pytest.mark.parametrize("faithful, planted, source", [
    ("Pipers tune their drones before marching.", "Pipers tune their drones after marching.", PIPES),
    ("Tallis 5 kettles sold after March are not affected.", "Tallis 5 kettles sold before March are not affected.",
     RECALL),
    ("The guards reached the east wing after the thieves had gone.",
     "The guards reached the east wing before the thieves had gone.", HEIST),
])
def test_an_order_in_time_told_the_other_way_round_is_rejected(faithful, planted, source):
    assert verdict(faithful, source).ok, verdict(faithful, source).details
    got = verdict(planted, source)
    assert not got.ok
    assert any("direction" in d for d in got.details), got.details


def test_the_same_order_told_from_the_other_end_is_no_swap():
    sentences = [["The thieves had gone before the guards reached the east wing."]]
    assert order_problem("The guards reached the east wing after the thieves had gone.", sentences) == ""
    # another act set against the same thing: "expected" is not in the cited sentence
    cited = [["Lunera cut its forecast to 1.42 billion dollars, three months after it had raised it."]]
    assert order_problem("Lunera's forecast is below the 1.50 billion dollars it expected before it raised it.",
                         cited) == ""


def test_a_cited_sentence_with_the_claims_own_order_supports_it():
    cited = [["Pipers tune their drones after marching.", "Pipers tune their drones before marching."]]
    assert order_problem("Pipers tune their drones after marching.", cited) == ""
    assert order_problem("Pipers tune their drones after marching.",
                         [["Pipers tune their drones before marching."]]).startswith("direction")
