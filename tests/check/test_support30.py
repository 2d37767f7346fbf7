"""support30 (issue 10): who acts, when the article names the actor another way. The articles and sentences are
written for this file (not from the labelled set); each faithful sentence has a wrong actor of the same shape that
stays rejected.

* ``converses.converse_told``: an act told from its other side ("The senior prize went to X" for "X won the senior
  prize", "Y bought the ferries from X" for "X sold the ferries to Y");
* ``agents.introduced_agent``: "A beekeeper from Elmby won the honey show" and then "Mira Osk, 52, ..." gives Mira Osk
  the act;
* ``agents.untold``: "the company will hire 60 designers to ..." tells the claim's act (no converse "leave" read
  against it);
* ``agents.by_positions``: in "will be sold to a group of investors led by Y" Y leads, it does not sell.
"""
from __future__ import annotations

from tests.check.helpers import article, verdict
from topline.check.agents import by_positions
from topline.check.converses import converse_told

SHOW = article(
    url="https://www.valeherald.example/elmby-honey-show", source="Vale Herald",
    title="Beekeeper takes Elmby honey show",
    text="A beekeeper from Elmby won the open class at the county honey show on Saturday with a jar of heather "
         "honey. Mira Osk, 52, has kept bees for thirty years. Tomas Rell won the novice class with a comb of clover "
         "honey. The senior prize went to a retired teacher, Ada Brenn, for her mead.")

FERRIES = article(
    url="https://www.coastaltrade.example/skarn-ferries", source="Coastal Trade",
    title="Skarn Lines agrees to sell island ferries",
    text="Skarn Lines, the coastal shipping group, announced the sale of its island ferry business on Monday. The "
         "ferry business will be sold to a group of investors led by Harlow Marine for 90 million euros. Harlow "
         "Marine bought two harbour tugs from Penmoor Shipping last year.")

DESIGN = article(
    url="https://www.techweekly.example/quorra-design", source="Tech Weekly",
    title="Quorra to close two offices",
    text="Quorra Software said on Monday that it would close two offices in Lindel and cut 120 sales jobs. Quorra "
         "will leave its Lindel offices by June. Most of the cuts will fall on sales staff; the company will hire 60 "
         "designers to work on its mapping products. Quorra said it had closed its Arden office in March and would "
         "sell the building next year. Its rival Fenwick Maps said it would hire 40 engineers.")


def test_an_act_told_from_its_other_side():
    assert verdict("Ada Brenn won the senior prize for her mead.", SHOW).ok
    assert not verdict("Mira Osk won the senior prize for her mead.", SHOW).ok
    # Tomas Rell won a class of the show, so the frame rule finds him winning; the prize itself went to another
    assert not verdict("Tomas Rell won the senior prize for his mead.", SHOW).ok
    assert converse_told("Ada Brenn won the senior prize.", "won", SHOW.text.split(". "))
    assert not converse_told("Mira Osk won the senior prize.", "won", SHOW.text.split(". "))
    # "talks to sell itself to X" is no sale: only an asserted verb of the other side counts
    assert not converse_told("Orvel bought Nettle.", "bought", ["Nettle's talks to sell itself to Orvel collapsed."])


def test_a_description_introducing_the_actor():
    assert verdict("Mira Osk won the open class at the county honey show.", SHOW).ok
    assert not verdict("Ada Brenn won the open class at the county honey show.", SHOW).ok


def test_a_company_named_by_a_noun_that_refers_back():
    assert verdict("Quorra will hire 60 designers for its mapping products.", DESIGN).ok
    assert not verdict("Fenwick Maps will hire 60 designers for its mapping products.", DESIGN).ok


def test_a_by_after_another_participle_is_that_participles():
    right = "to a group of investors led by Harlow".split()
    assert by_positions(right, frozenset({"led"})) == []
    assert by_positions("by Harlow Marine".split(), frozenset({"led"})) == [0]
    assert verdict("Skarn Lines has agreed to sell its island ferry business to investors led by Harlow Marine.",
                   FERRIES).ok
    assert not verdict("Penmoor Shipping has agreed to sell its island ferry business to investors led by Harlow "
                       "Marine.", FERRIES).ok

