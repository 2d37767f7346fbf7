"""support26 (issue 10): a figure stated in another context, figures the sentence computes in cents, a movement the
sentence's own figures tell, and the way a figure is moved. Each reading has an error of the same shape that stays
rejected. The articles and sentences are written for this file (not from the labelled set).

* ``check/contexts.py``: a figure whose value the passage states with other words says so ("stated ... but in another
  context"), and two verbs of one pole before a figure count as a word in common;
* ``check/subunits.py``: "went up by 45 cents" for two prices in euros;
* ``check/figured.py``: "B, up from A" told by the figures; "4% more" where the passage says "4% fewer";
* ``check/splits.py``: "about 0.9 million euros of the price in shares" where the passage pays "40% in shares" of
  2.25 million euros.
"""
from __future__ import annotations

from tests.check.helpers import article, verdict
from topline.check import doc_for
from topline.check.figured import figure_moved_problem, moved, told_by_figures

FARES = article(
    url="https://www.railgazette.example/brenlow-fares", source="Rail Gazette",
    title="Brenlow raises day tickets",
    text="Brenlow Rail will put up the price of a day ticket to 8.35 euros from March, from 7.90 euros now, the "
         "operator said on Monday. Ridership climbed 6% in the year to October. Its shares fell 2.4% in Vienna. "
         "The company runs 140 trains a day, against 118 a year earlier. Freight volumes were 5% lower than a "
         "year before, and the company's parcel arm carried 3% more parcels.")

PLANT = article(
    url="https://www.millnews.example/harrow-glass", source="Mill News",
    title="Harrow Glass to cut staff at Tilby",
    text="Harrow Glass will cut 240 jobs at its Tilby works, where it employs 900 people, the company said on "
         "Wednesday. The works made 61,000 tonnes of glass last year, 7% fewer than the year before.")


DEAL = article(
    url="https://www.tradepost.example/kelby-orrin", source="Trade Post",
    title="Kelby buys Orrin Tools",
    text="Kelby Group agreed on Tuesday to buy the toolmaker Orrin Tools for 2.25 million euros, paying 60% in cash "
         "and 40% in its own shares. Orrin made a profit of 310,000 euros last year, 12% of its sales.")


def test_a_part_of_an_amount_split_by_percentages():
    assert verdict("About 0.9 million euros of the price will be paid in Kelby Group shares.", DEAL).ok
    assert verdict("Kelby Group will pay about 1.35 million euros of the price in cash.", DEAL).ok
    # a part the split does not give stays unstated
    assert not verdict("About 1.1 million euros of the price will be paid in Kelby Group shares.", DEAL).ok
    # and a share that is no split ("12% of its sales") gives no part of the price
    assert not verdict("About 270,000 euros of the price will be paid in Kelby Group shares.", DEAL).ok


def test_a_figure_stated_with_other_words_says_it_is_stated():
    v = verdict("Brenlow Rail's ridership climbed 2.4% in the year to October.", FARES)
    assert not v.ok
    assert any("'2.4%' is stated in the cited articles but in another context: 'Its shares fell 2.4% in Vienna'" in d
               for d in v.details), v.details
    # a value no cited sentence gives stays "not stated"
    v = verdict("Brenlow Rail's ridership climbed 4% in the year to October.", FARES)
    assert any("'4%' not stated in the cited articles" in d for d in v.details), v.details


def test_two_verbs_of_one_pole_say_the_same_movement():
    assert verdict("Brenlow Rail's shares dropped 2.4% in Vienna.", FARES).ok
    assert verdict("Brenlow Rail's ridership rose 6% in the year to October.", FARES).ok
    # another quantity moved by the same figure is not told: the shares did not move 6%
    assert not verdict("Brenlow Rail's shares climbed 6% in Vienna.", FARES).ok
    assert not verdict("Brenlow Rail's shares fell 6% in Vienna.", FARES).ok


def test_a_difference_told_in_cents_is_computed():
    assert verdict("Brenlow Rail will put up the price of a day ticket by 45 cents from March.", FARES).ok
    assert not verdict("Brenlow Rail will put up the price of a day ticket by 55 cents from March.", FARES).ok
    # pence are hundredths of pounds, not of euros
    assert not verdict("Brenlow Rail will put up the price of a day ticket by 45 pence from March.", FARES).ok


def test_an_up_or_down_told_by_the_sentences_own_figures():
    docs = [doc_for(FARES)]
    assert told_by_figures("The company runs 140 trains a day, up from 118 a year earlier.", docs)
    assert verdict("The company runs 140 trains a day, up from 118 a year earlier.", FARES).ok
    # the figures swapped with the word: 118 is the base in the passage, not 140
    assert not told_by_figures("The company runs 118 trains a day, down from 140 a year earlier.", docs)
    assert not verdict("The company runs 118 trains a day, down from 140 a year earlier.", FARES).ok
    # the word against its own figures
    assert not told_by_figures("The company runs 140 trains a day, down from 118 a year earlier.", docs)
    v = verdict("The company runs 140 trains a day, down from 118 a year earlier.", FARES)
    assert not v.ok and any(d.startswith("direction") for d in v.details), v.details
    # a whole ("of 150") or an adjective ("15-minute") before "down from" is no level of the movement
    assert not figure_moved_problem("The party won 71 of 150 seats, down from 84.", [])
    assert not figure_moved_problem("Walkers saw nine deer per 15-minute walk, down from 12.", [])
    assert not figure_moved_problem("A record 260 riders from 14 clubs entered, up from 190.", [])


def test_the_way_a_figure_is_moved_against_the_passage():
    assert moved("Sales were 4% more than a year before.", 11, 13)[:2] == ("more", "up")
    assert moved("Sales fell about 4% in a year.", 17, 19)[:2] == ("fell", "down")
    v = verdict("The Tilby works made 61,000 tonnes of glass last year, 7% more than the year before.", PLANT)
    assert not v.ok and any("'more' of '7%'" in d for d in v.details), v.details
    assert verdict("The Tilby works made 61,000 tonnes of glass last year, 7% less than the year before.", PLANT).ok
    # a figure moved the claim's way somewhere in the passage is not reversed
    assert verdict("Brenlow Rail's parcel arm carried 3% more parcels.", FARES).ok
