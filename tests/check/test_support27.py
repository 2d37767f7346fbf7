"""support27 (issue 10): who acts, when the sentence gives the act to another name of the passage. The articles and
sentences are written for this file (not from the labelled set); each wrong actor has its faithful twin that passes.

* ``agents.progressive``: "X is demanding" has X as its subject (a verb in "-ing" after "be" is finite);
* ``roles._object_swap`` with a cited passive: "The junior title was won by Y" gives Y that act on that object;
* ``references.references_reject``: a description or pronoun the article ties to a name ("The group has agreed to
  buy Y" after "X Group said ...") is that name, and a claim giving the act to the other name of that sentence is
  rejected.
"""
from __future__ import annotations

from tests.check.helpers import article, verdict
from topline.check.agents import progressive

DOCKS = article(
    url="https://www.harbourpost.example/dunmarsh-dock-talks", source="Harbour Post",
    title="Dunmarsh dock talks stall",
    text="Talks between the Quay Staff Federation and terminal operator Brellan Ports broke down on Friday at "
         "Dunmarsh. Brellan Ports is offering a 4% rise over two years, while the federation wants 11%. About 30 "
         "cargo ships are waiting in the bay.")

SHOW = article(
    url="https://www.dalesgazette.example/hallow-sheepdog-show", source="Dales Gazette",
    title="Hallow show titles decided",
    text="Farmer Rhona Vale won the open trial at the Hallow sheepdog show on Saturday with her dog Fen. The "
         "junior cup was won by Callum Reid, 14, who had entered for the first time. About 2,000 people watched.")

DEAL = article(
    url="https://www.nordictrade.example/varlow-pettersen", source="Nordic Trade",
    title="Varlow buys Norwegian rival",
    text="Varlow Group, a Danish maker of industrial valves, reported third-quarter sales of 410 million euros on "
         "Tuesday. The group has agreed to buy Pettersen Pumps for 90 million euros. The deal needs approval from "
         "regulators in Norway.")


def test_a_progressive_verb_has_its_subject():
    assert progressive("is", ["Brellan", "Ports"]) and not progressive("after", ["Brellan", "Ports"])
    assert not progressive("is", ["the", "fryers", "Brellan"])
    assert verdict("Brellan Ports is offering a 4% rise over two years.", DOCKS).ok
    assert not verdict("The Quay Staff Federation is offering a 4% rise over two years.", DOCKS).ok


def test_a_title_won_by_another_in_a_passive_is_not_the_claims_actors():
    assert verdict("Callum Reid won the junior cup at the Hallow sheepdog show.", SHOW).ok
    assert verdict("Rhona Vale won the open trial at the Hallow sheepdog show.", SHOW).ok
    assert not verdict("Rhona Vale won the junior cup at the Hallow sheepdog show.", SHOW).ok


def test_a_description_the_article_ties_to_a_name_is_that_name():
    assert verdict("Varlow Group has agreed to buy Pettersen Pumps for 90 million euros.", DEAL).ok
    assert not verdict("Pettersen Pumps has agreed to buy Varlow Group for 90 million euros.", DEAL).ok
