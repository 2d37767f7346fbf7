"""months29 (issue 10): a month or weekday that dates the claim's figure is no name to anchor
(``topline.check.calendar_words``). Articles and sentences written for this file; each faithful sentence is rejected
on the code before months29 ("'May' named only in an unrelated passage"), and its planted twin stays rejected."""
from __future__ import annotations

import pytest

from tests.check.helpers import article, verdict
from topline.check.calendar_words import calendar_date

WATER = article(
    url="https://www.valleypost.example/orbury-water", source="Valley Post",
    title="Orbury Water sets out a 600 million pound plan",
    text="Orbury Water was fined 9 million pounds last week over sewage spills. The company will spend 600 million "
         "pounds on new sewers over six years, paid for in part by raising bills by 6% from May. Campaigners said "
         "the plan came too late.")
FARES = article(
    url="https://www.coastline.example/ferry-fares", source="Coastline",
    title="Island ferry operator reports a record summer",
    text="Sundra Ferries carried 2.1 million passengers this summer, a record for the operator. Its chief "
         "executive, Mara Keel, will step down next year. Sundra raised its fares by 4% on Monday to cover fuel.")


@pytest.mark.parametrize("claim, planted, source", [
    # "'May' named only in an unrelated passage" on main: the passage shares one word ("bills") and the figure
    ("Bills will rise 6% from May.", "Bills will rise 6% from March.", WATER),
    ("Bills will rise 6% from May.", "Bills will rise 8% from May.", WATER),
    # "'Monday' named only in an unrelated passage": one word ("fares") and the figure
    ("Fares rose 4% on Monday.", "Fares rose 4% on Tuesday.", FARES),
])
def test_a_month_that_dates_a_figure_is_anchored_by_it(claim, planted, source):
    assert verdict(claim, source).ok, verdict(claim, source).details
    assert not verdict(planted, source).ok


def test_a_date_without_the_figure_still_needs_its_words():
    # one shared word and no figure: the name rule's anchor, as before (a looser one released planted wrong days)
    for claim in ("The record was set on Monday.", "Fares rose 6% on Monday."):
        assert any("'Monday' named only in an unrelated passage" in d for d in verdict(claim, FARES).details)


@pytest.mark.parametrize("text, word, dated", [
    ("Bills will rise 6% from May.", "May", True),
    ("Prices fell in early March, the agency said.", "March", True),
    ("The plant opens on 5 May.", "May", True),
    ("The plant opens May 5.", "May", True),
    ("The plant opened in May 2025.", "May", True),
    ("Sales rose between April and June.", "June", True),
    ("Crossings were cancelled on Friday.", "Friday", True),
    ("The company said on Monday Halden would pay.", "Monday", True),
    ("Former prime minister Theresa May spoke.", "May", False),
    ("Shares of May Bank rose 4%.", "May", False),
    ("Sales jumped on Black Friday.", "Friday", False),
    ("Microsoft fixed it on Patch Tuesday.", "Tuesday", False),
    ("The council met with Ann May.", "May", False),
])
def test_a_month_or_weekday_is_a_date_only_where_it_dates(text, word, dated):
    at = text.index(word)
    assert calendar_date(text, at, at + len(word)) is dated
