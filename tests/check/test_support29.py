"""support29 (issue 10): faithful sentences rejected for their numbers. A count the article gives itself ("received
14 reports of ..."), two forms of one word around a figure, and figured.py reading figure values with
``topline.enrich.figures``. The articles and sentences are written for this file (not from the labelled set); each
faithful sentence has a wrong twin that stays rejected."""
from __future__ import annotations

from tests.check.helpers import article, verdict
from topline.check.figured import _told, told_by_figures
from topline.check.figures import _forms_of_one, _shared, meta_counts
from topline.check import doc_for

KETTLE = article(
    url="https://www.homesafety.example/brantley-kettle-recall", source="Home Safety Weekly",
    title="Brantley recalls 52,000 kettles over loose bases",
    text="Brantley is recalling 52,000 electric kettles sold in Ireland because the base can come loose while the "
         "water is boiling, the product safety office said on Tuesday. Brantley has received 23 reports of bases "
         "coming loose, and four people suffered minor scalds. Owners can return the kettles for a refund.")


def test_a_count_the_article_gives_is_its_figure_not_the_coverage():
    assert verdict("Brantley has had 23 reports of bases coming loose, and four people were scalded.", KETTLE).ok
    # the wrong count, and a count of other things, stay rejected
    assert not verdict("Brantley has had 32 reports of bases coming loose, and four people were scalded.", KETTLE).ok
    assert not verdict("Brantley has had 23 reports of people scalded by boiling water.", KETTLE).ok


def test_a_count_of_the_coverage_is_still_checked_against_the_citations():
    doc = doc_for(KETTLE)
    problems, details, spans = meta_counts("Three stories cover the Brantley recall.", [doc])
    assert problems and "only 1 cited" in details[0] and spans
    # the article counts reports itself: "23 reports" is its figure (no problem), "30 reports" is not
    assert meta_counts("Brantley has had 23 reports of loose bases.", [doc])[0] == []
    assert meta_counts("Brantley has had 30 reports of loose bases.", [doc])[0]


LEVY = article(
    url="https://www.northquaytimes.example/ostley-ferry-levy", source="North Quay Times",
    title="Ostley ferry levy approved",
    text="Ostley's council approved a levy on ferry tickets on Thursday. Two agencies rate the borough's debt AA-, "
         "the finance officer said. The levy will run until 2031 and raise about 3 million pounds a year.")


def test_two_forms_of_one_word_around_a_figure_are_one_word():
    assert _forms_of_one("rat", "rate") and _forms_of_one("runn", "run") and _forms_of_one("rais", "raise")
    assert not _forms_of_one("call", "callo") and not _forms_of_one("rai", "rail") and not _forms_of_one("app",
                                                                                                       "appea")
    assert _shared(frozenset({"agenc", "rat", "debt"}), frozenset({"agenc", "rate", "counc"})) == 2
    assert verdict("Ostley's debt is rated AA- by two agencies.", LEVY).ok
    assert not verdict("Ostley's debt is rated AA- by three agencies.", LEVY).ok


def test_figured_reads_values_with_the_figure_extractor():
    # a bare base takes the scale and unit of the new value; a unit's factor is read on both sides
    assert _told("Profit was 874 million euros, up from 842 million.") == ("up", 842e6, 874e6)
    assert _told("Profit was 874 million euros, up from 842.") == ("up", 842e6, 874e6)
    assert _told("Capacity rose to 4,500 MW from 3,000 MW.") == ("up", 3e9, 4.5e9)
    assert _told("Orders fell from 1,200 to 900.") == ("down", 1200.0, 900.0)
    lender = article(url="https://www.bankdesk.example/kessel-profit", source="Bank Desk", title="Kessel Bank profit",
                     text="Kessel Bank's profit was 874 million euros in the quarter, against 842 million in the same "
                          "period last year.")
    assert told_by_figures("Kessel Bank's profit was 874 million euros, up from 842 million.", [doc_for(lender)])
    assert not told_by_figures("Kessel Bank's profit was 842 million euros, down from 874 million.",
                               [doc_for(lender)])
