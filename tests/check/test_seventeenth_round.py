"""Seventeenth round of the claim-support check (issue 10): figures a faithful sentence computes from one passage. The
articles are written for this file (not from the labelled set); each reading keeps a faithful rewrite, and a wrong
figure of the same shape is still rejected. The last tests read the labelled rows each change was made for, by id."""
from __future__ import annotations

import pytest

from tests.check.helpers import article, verdict
from tests.check.test_sixteenth_round import _labelled
from topline.check.computed import (MARKED_REACH, PAIR_REACH, SUM_BEFORE_REACH, adjectival_money,
                                    marked_as_comparison, marked_as_difference, marked_as_sum)
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


@pytest.fixture(scope="module")
def labelled():  # noqa: ANN201
    return _labelled()


@pytest.mark.parametrize("row", [
    "g0259",   # eval11: "about 88 kilograms short of the heaviest ever recorded" (1,250 - 1,162, six sentences apart)
    "e0171",   # eval12: "worth 730 million pounds together" (640 million pound + 90 million pounds)
    "e0030",   # eval12: "Leaving out the EU grant, ... 45 million euros" (52 million with a 7 million euro grant)
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
