"""support44 (issue 10, item 6): faithful paraphrases the lexical share or the figure rule rejected for words that
assert nothing a passage must carry, and rates the writer computed. Cardinals written in words and the idioms "take
part" and "come to" a figure are loose terms of the share (``topline.check.figure_words``, ``topline.check.idioms``:
counted when the passage has them, never against); a figure told "a year" may be a cited total over the stretch of
time told with it, or a cited rate per another unit (``topline.check.rates``). Articles and sentences written for
this file; each faithful sentence is rejected by the code before support44 and passes now; each planted twin (another
value, a negation) is rejected on both."""
from __future__ import annotations

import pytest

from tests.check.helpers import article, verdict
from topline.check.content import terms
from topline.check.idioms import idiom_word
from topline.check.rates import rate_unit

QUOITS = article(
    url="https://www.valleygazette.example/brackwell-quoits", source="Valley Gazette",
    title="Farrier wins Brackwell quoits championship",
    text="A farrier from Tansley, Edwin Croome, won the Brackwell quoits championship on Saturday, throwing 19 "
         "ringers in the final. 48 players entered the championship, which is held on the green behind the Plough "
         "inn.")
FINE = article(
    url="https://www.energydesk.example/corvell-energy-fine", source="Energy Desk",
    title="Corvell Energy fined over billing errors",
    text="The energy regulator fined Corvell Energy 11 million pounds on Wednesday over billing errors and ordered "
         "it to pay 4 million pounds to the customers who were overcharged. Corvell said it had fixed its billing "
         "system.")
SEWERS = article(
    url="https://www.utilityweek.example/calvert-water-sewers", source="Utility Week",
    title="Calvert Water to spend 600 million pounds on sewers",
    text="Calvert Water will spend 600 million pounds over four years on new sewers and storm tanks, its chief "
         "executive said on Tuesday. The company reported 1,900 sewage spills last year.")
CONTRACT = article(
    url="https://www.railnews.example/ferrand-signals-contract", source="Rail News",
    title="Ferrand wins ten-year signalling contract",
    text="Ferrand Signal Systems has won a ten-year contract to maintain the signals on the Oxley tram network, "
         "the city council said on Monday. The contract is worth about 84 million pounds.")
REEDBED = article(
    url="https://www.coastnews.example/marsh-reedbed", source="Coast News",
    title="New reed bed to clean Marsh brook",
    text="The new reed bed beside Marsh brook can clean up to 300 litres of water a day, the wildlife trust said "
         "on Friday.")


@pytest.mark.parametrize("faithful, planted, source", [
    # a count in words the passage gives in digits, and "took part" for "entered" (eval23's quoits, eval25's race)
    ("Forty-eight players took part in the Brackwell quoits championship.",
     "Forty-nine players took part in the Brackwell quoits championship.", QUOITS),
    # "come to" a figure: a sum of two cited amounts (eval14's, eval20's fines and repayments)
    ("Together, Corvell's fine and the payment to customers come to 15 million pounds.",
     "Together, Corvell's fine and the payment to customers come to 17 million pounds.", FINE),
    # a total over the stretch of time its sentence gives (eval27's 900 million pounds over five years)
    ("Calvert Water will spend about 150 million pounds a year on new sewers and storm tanks.",
     "Calvert Water will spend about 170 million pounds a year on new sewers and storm tanks.", SEWERS),
    # ... told in the sentence before the value (eval31's 12-year contract worth 260 million pounds)
    ("The contract is worth about 8.4 million pounds a year to Ferrand on average.",
     "The contract is worth about 9.4 million pounds a year to Ferrand on average.", CONTRACT),
    # a cited rate per another unit of time (eval15's 200 litres a day, 1,400 a week)
    ("The new reed bed beside Marsh brook can clean up to 2,100 litres of water a week.",
     "The new reed bed beside Marsh brook can clean up to 2,400 litres of water a week.", REEDBED),
])
def test_a_restated_count_idiom_or_rate_is_supported(faithful, planted, source):
    got = verdict(faithful, source)
    assert got.ok, got.details
    got = verdict(planted, source)
    assert not got.ok
    assert any(d.startswith("number") for d in got.details), got.details


def test_a_negated_idiom_and_a_stretch_of_another_thing_stay_rejected():
    # "did not take part" asserts the opposite of "entered": the idiom is counted, and the share rejects it
    assert not verdict("Forty-eight players did not take part in the Brackwell quoits championship.", QUOITS).ok
    # the total is the spending's, not a count of spills: 1,900 spills over four years is no spending rate
    assert not verdict("Calvert Water will spend about 475 million pounds a year on new sewers.", SEWERS).ok


def test_loose_terms_are_marked_and_other_words_are_not():
    marked = {t.word: t.loose for t in terms("Sixty-three pairs took part in the final and came to 12 events.")}
    assert marked == {"sixty": True, "pairs": False, "took": True, "part": True, "final": False, "came": True,
                      "events": False}
    assert [t.loose for t in terms("He took part of the money and came to the meeting.")] == [False] * 5
    text = "Nine riders did not take part."
    assert not idiom_word(text, text.index("take"))


def test_rate_unit_reads_only_a_unit_of_time_right_after_the_figure():
    text = "It will spend 150 million pounds a year and 3 million pounds a head, filtering 300 litres of water a day."
    assert rate_unit(text, text.index(" a year")) == "year"
    assert rate_unit(text, text.index(" a head")) is None
    assert rate_unit(text, text.index(" of water")) == "day"
