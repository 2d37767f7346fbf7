"""Seventeenth round of the claim-support check (issue 10): figures a faithful sentence computes from one passage. The
articles are written for this file (not from the labelled set); each reading keeps a faithful rewrite, and a wrong
figure of the same shape is still rejected. The last tests read the labelled rows each change was made for, by id."""
from __future__ import annotations

import pytest

from tests.check.helpers import article, verdict
from tests.check.test_sixteenth_round import _labelled
from topline.check.computed import (DERIVED_REACH, MARKED_REACH, PAIR_REACH, SUM_BEFORE_REACH, adjectival_money,
                                    as_age, marked_as_comparison, marked_as_difference, marked_as_sum)
from topline.enrich.figures import extract_figures

MARROW = article(
    url="https://www.showground.example/marrow-record", source="Show Ground",
    title="Retired teacher grows record 52-kilogram marrow",
    text="A marrow grown by retired teacher Ines Carrow weighed 52 kilograms at the Fenby Show on Saturday, a "
         "national record, the judges said. The previous record, 49 kilograms, was set in 2019. Carrow said she "
         "watered the plant twice a day. The marrow was carried to the scales by four people. Carrow won the "
         "show's prize of 500 pounds. The seeds will be sold at auction. The heaviest marrow ever recorded anywhere "
         "weighed about 61 kilograms, according to the judges.")

SIGNALS = article(
    url="https://www.railtimes.example/dunmore-signals", source="Rail Times",
    title="Petrel Systems wins 420 million pound signalling contract",
    text="Petrel Systems has won a 420 million pound contract to replace the signalling on the Dunmore line, the rail "
         "company said on Monday. The work will run from 2027 to 2031. It ordered Petrel to finish the first section "
         "by 2028. Petrel beat two rival bidders. The work will be done mostly at night. Petrel will also maintain "
         "the signals for eight years under a separate contract worth 60 million pounds.")

FUNDING = article(
    url="https://www.startupwire.example/corlew-funding", source="Startup Wire",
    title="Corlew raises 38 million euros",
    text="Water-meter maker Corlew has lined up 38 million euros of new money, counting a 6 million euro grant from "
         "the regional development fund beside an equity round led by Askam Ventures. The grant will be paid in "
         "stages.")


def test_a_comparison_takes_its_two_figures_from_across_the_article():
    # 61 - 52 = 9 kilograms, the two weights six sentences apart
    assert verdict("Carrow's marrow is about 9 kilograms short of the heaviest ever recorded.", MARROW).ok
    assert not verdict("Carrow's marrow is about 7 kilograms short of the heaviest ever recorded.", MARROW).ok


def test_a_sum_word_marks_a_sum_of_two_amounts_of_the_article():
    # 420 million ("a 420 million pound contract") + 60 million pounds, five sentences apart
    assert verdict("The two contracts are worth 480 million pounds together.", SIGNALS).ok
    assert not verdict("The two contracts are worth 490 million pounds together.", SIGNALS).ok
    # unmarked, a sum is never computed
    assert not verdict("The contract is worth 480 million pounds.", SIGNALS).ok


def test_leaving_a_part_out_marks_the_rest():
    assert verdict("Leaving out the grant, Corlew's new funding amounts to 32 million euros.", FUNDING).ok
    assert not verdict("Leaving out the grant, Corlew's new funding amounts to 30 million euros.", FUNDING).ok


@pytest.mark.parametrize("claim,figure,expected", [
    ("The fine and the repayments together come to 74 million pounds.", "74 million pounds", True),
    ("Together with the bank, the board set a fine of 74 million pounds.", "74 million pounds", False),
])
def test_a_sum_word_a_verb_before_the_figure(claim, figure, expected):
    at = claim.index(figure)
    assert marked_as_sum(claim, at, at + len(figure)) is expected


def test_the_marks_and_reaches():
    claim = "The rate is still about 3,180 dollars below its peak."
    at = claim.index("3,180 dollars")
    assert marked_as_comparison(claim, at, at + len("3,180 dollars"))
    part = "The government is paying 540 million euros of the cost."
    at = part.index("540 million euros")
    assert marked_as_difference(part, at, at + 17) and not marked_as_comparison(part, at, at + 17)
    opening = "Without the bank loan, the new funding comes to $85 million."
    assert marked_as_difference(opening, opening.index("$85"), len(opening) - 1)
    assert not marked_as_difference("The new funding comes to $85 million without the loan.", 25, 36)
    assert PAIR_REACH < MARKED_REACH and SUM_BEFORE_REACH >= 3


def test_a_singular_currency_noun_makes_an_amount():
    sentence = "Pemberton Bank will appeal a 48 million pound fine."
    g = [f for f in extract_figures(sentence) if f.value == 48e6][0]
    m = adjectival_money(g, sentence)
    assert (m.kind, m.unit, m.value) == ("money", "GBP", 48e6)
    other = "It sold 48 million shares."
    assert adjectival_money(extract_figures(other)[0], other).kind != "money"
    weight = "The forecast is 38.2 million 60-pound bags."    # a weight (eval4's x0158), not an amount
    assert all(adjectival_money(g, weight).kind != "money" for g in extract_figures(weight))


SALE = article(
    url="https://www.propertyweek.example/harlow-sale", source="Property Week",
    title="Harlow Estates sells nine warehouses",
    text="Harlow Estates has agreed to sell nine warehouses near Daventry to Orrin Capital for 800 million pounds, "
         "the landlord said on Monday. The price is 6% below the value Harlow put on them in March. Most of the "
         "space is let to parcel carriers. Chief executive Ruth Mayo said the sale would help the company cut its "
         "debt. Harlow will use 560 million pounds to repay bank loans and keep the rest for new projects. The deal "
         "is due to close in January.")

DRONES = article(
    url="https://www.defencenews.example/wrenfield-drones", source="Defence News",
    title="Wrenfield wins 600 million pound drone order",
    text="The coast guard has awarded Wrenfield Systems a 600 million pound contract to build 24 patrol drones, the "
         "ministry said on Tuesday. The first drones are due in 2028.")

SWIM = article(
    url="https://www.swimnews.example/tamsin-crossing", source="Swim News",
    title="Grandmother becomes oldest woman to swim the Sound",
    text="A 69-year-old grandmother, Tamsin Rowe, has swum across the Sound of Kerra in six hours, becoming the oldest "
         "woman to complete the crossing, the swimming association said. Her coach, Ailsa Grant, now 52, followed in "
         "a boat. The previous oldest woman to swim the crossing was 64. Rowe raised money for a lifeboat charity.")


def test_a_whole_in_the_lead_and_its_part_four_sentences_on():
    assert DERIVED_REACH == 4
    assert verdict("Harlow will keep about 240 million pounds of the sale price for new projects.", SALE).ok
    assert not verdict("Harlow will keep about 300 million pounds of the sale price for new projects.", SALE).ok


def test_a_singular_currency_noun_on_both_sides():
    # an average of "a 600 million pound contract" over the 24 drones, and the amount restated as such
    assert verdict("The contract is worth an average of 25 million pounds for each of the 24 drones.", DRONES).ok
    assert not verdict("The contract is worth an average of 30 million pounds for each of the 24 drones.", DRONES).ok
    assert verdict("The 600 million pound contract covers 24 patrol drones for the coast guard.", DRONES).ok
    assert not verdict("The 650 million pound contract covers 24 patrol drones for the coast guard.", DRONES).ok


def test_an_age_in_apposition():
    sentence = "Her coach, Ailsa Grant, now 52, followed in a boat."
    g = [f for f in extract_figures(sentence) if f.value == 52][0]
    assert (as_age(g, sentence).kind, as_age(g, sentence).unit) == ("quantity", "year")
    other = "The drones cost 52 each."
    assert as_age(extract_figures(other)[0], other).kind == "number"
    assert verdict("Rowe was followed by her 52-year-old coach, Ailsa Grant.", SWIM).ok
    assert not verdict("Rowe was followed by her 55-year-old coach, Ailsa Grant.", SWIM).ok
    assert verdict("Tamsin Rowe is five years older than the previous oldest woman to swim the crossing.", SWIM).ok
    assert not verdict("Tamsin Rowe is seven years older than the previous oldest woman to swim the crossing.",
                       SWIM).ok


def test_a_share_of_two_amounts_of_one_passage():
    from topline.check.computed import derived_figures
    from topline.check.evidence import doc_for
    loan = article(url="https://www.dcnews.example/slough", source="DC News", title="Stratavault builds in Slough",
                   text="Stratavault is paying 800 million pounds to build the site and has a loan of 600 million "
                        "pounds from three banks.")
    doc = doc_for(loan)
    shares = [g.value for g, _ in derived_figures([doc], lambda d, i: True, shares=True) if g.kind == "percent"]
    assert 75.0 in shares
    assert not [g for g, _ in derived_figures([doc], lambda d, i: True) if g.kind == "percent"]


@pytest.fixture(scope="module")
def labelled():  # noqa: ANN201
    return _labelled()


@pytest.mark.parametrize("row", [
    "g0259",   # eval11: "about 88 kilograms short of the heaviest ever recorded" (1,250 - 1,162, six sentences apart)
    "e0171",   # eval12: "worth 730 million pounds together" (640 million pound + 90 million pounds)
    "e0030",   # eval12: "Leaving out the EU grant, ... 45 million euros" (52 million with a 7 million euro grant)
    "d0010",   # eval13: "an average of 25 million pounds for each of the 48 drones" ("a 1.2 billion pound contract")
    "r0146",   # eval8: "About 214,000 of the recalled cookers were sold in the United States" (240,000 - 26,000)
    "g0126",   # eval11: "About 13,000 of the recalled fryers were sold in Ireland" (54,000 - 41,000)
    "c0011",   # eval14: "keep about 400 million pounds of the sale price" (1.1 billion - 700 million)
    "o0056",   # eval9: "a new bank loan of 400 million pounds" (the passage's "a 400 million pound loan")
    "c0003",   # eval14: "The 1.1 billion pound price is 9% lower ..." (the passage's "for 1.1 billion pounds")
    "d0336",   # eval13: "88-year-old Winifred Pryce" ("Winifred Pryce, now 88")
])
def test_faithful_rows_this_round_passes(labelled, row):
    ok, rows = labelled
    assert rows[row]["label"] == "supported"
    assert ok(row)


@pytest.mark.parametrize("row", [
    "o0194",   # eval9: "The government is paying 540 million euros of the cost." (it pays the other 300 million;
               # a first version that let "of the" reach across the article lost it)
])
def test_errors_of_the_same_shape_are_still_rejected(labelled, row):
    ok, rows = labelled
    assert rows[row]["label"] == "unsupported"
    assert not ok(row)
