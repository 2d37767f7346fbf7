"""Twelfth round of the claim-support check (issue 10): what the figures of one passage imply (the level before a
stated change, a whole from its share, the rest of a whole, a sum, an average), supported when the sentence marks
the figure as computed. The articles are written for this file (not from the labelled set); each shape is shown to
keep a faithful rewrite and to reject an error of the same shape."""
from __future__ import annotations

import pytest

from tests.check.helpers import article, verdict
from topline.check import doc_for
from topline.check.computed import computation, derived_figures, marked_as_computed

RESULTS = article(
    url="https://www.reuters.com/business/brackwell-results", source="Reuters",
    title="Brackwell Foods profit rises 20% on soup sales",
    text="Brackwell Foods reported a first-half net profit of 60 million pounds on Tuesday, up 20% from a year "
         "earlier, as soup sales grew. Revenue rose 10% to 880 million pounds. The group opened three factories in "
         "the half and now runs 27. Brackwell will cut 300 jobs, about 6% of its workforce, at its Dunmere site. Its "
         "soup brand Tellan has 35% of the country's market.")

RECALL = article(
    url="https://www.reuters.com/business/vessar-heater-recall", source="Reuters",
    title="Vessar recalls 52,000 heaters",
    text="Vessar, a maker of garden heaters, is recalling 52,000 heaters sold in Britain and Ireland because a "
         "valve can leak, the company said on Monday. It has had 19 reports of leaks. The recall covers heaters "
         "made in 2024. About 47,000 of the heaters were sold in Britain. The company has set aside 8 million pounds "
         "for the recall, to be spent over four quarters.")


@pytest.mark.parametrize("sentence", [
    "A year earlier, Brackwell made a first-half profit of 50 million pounds.",     # 60 / 1.2
    "A year earlier, Brackwell's revenue was 800 million pounds.",                 # 880 / 1.1
    "Brackwell ran 24 factories before the half began.",                           # 27 - 3
    "Brackwell Foods employs about 5,000 people.",                                 # 300 jobs as 6%
    "Rival brands have the remaining 65% of the market.",                          # 100 - 35
])
def test_a_figure_the_passage_implies_is_supported_when_marked(sentence):
    v = verdict(sentence, RESULTS)
    assert not [d for d in v.details if d.startswith("number")], (sentence, v.details)


@pytest.mark.parametrize("sentence", [
    "About 5,000 of the recalled heaters were sold in Ireland.",                   # 52,000 - 47,000
    "Vessar will spend on average 2 million pounds a quarter on the recall.",       # 8 million / four
])
def test_a_part_and_an_average_are_supported(sentence):
    v = verdict(sentence, RECALL)
    assert not [d for d in v.details if d.startswith("number")], (sentence, v.details)


@pytest.mark.parametrize("sentence,article_", [
    ("Brackwell made a first-half profit of 50 million pounds.", RESULTS),   # unmarked: a wrong figure
    ("Brackwell Foods employs about 5,500 people.", RESULTS),                     # no share gives it
    ("A year earlier, Brackwell made a first-half profit of 48 million pounds.", RESULTS),   # 60 after a 20% fall
    ("Tellan has 65% of the country's market.", RESULTS),                    # the rest, said as the brand's share
    ("About 5,000 heaters were sold in Britain.", RECALL),                   # the rest moved to the other slot
])
def test_a_figure_the_passage_does_not_imply_is_still_rejected(sentence, article_):
    v = verdict(sentence, article_)
    assert [d for d in v.details if d.startswith("number")], (sentence, v.details)


def test_a_share_is_not_a_change_and_a_near_operand_is_not_a_computation():
    values = {round(g.value) for g, _ in derived_figures([doc_for(RESULTS)], lambda d, i: True)}
    assert 5000 in values                    # 300 jobs as 6% of the workforce
    assert round(300 / 1.06) not in values   # "6% of its workforce" is a share, not a rise
    assert not computation(52_004, (52_000, 4))   # "four quarters" beside 52,000 heaters restates 52,000
    assert computation(5_000, (52_000, 47_000))


def test_what_marks_a_figure_as_computed():
    s = "A year earlier, Brackwell made a profit of 50 million pounds."
    assert marked_as_computed(s, s.index("50"), s.index(" pounds"), None)
    s = "Brackwell made a profit of 50 million pounds."
    assert not marked_as_computed(s, s.index("50"), s.index(" pounds"), None)
    assert marked_as_computed(s, s.index("50"), s.index(" pounds"), "about")
