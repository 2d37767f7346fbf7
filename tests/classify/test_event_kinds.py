"""The kind of event informs the page (issue 11): a general mechanism driven by the taxonomy's descriptions."""
from __future__ import annotations

from topline.classify import classify
from topline.classify.events import inform, kind_pages, kinds_of
from topline.records import Classification
from topline.taxonomy import load_taxonomy, parse_taxonomy

from .test_offline import story

CAPITAL = "Capital & Industrial Strategy"
COURTING = story("courting", ("Two states race to lure data centre investment with tax breaks for AI campuses",
                              "Virginia and Texas are courting tech giants' investment in AI data centres, offering "
                              "tax breaks and fast-track grid connections, officials in both states said."),
                 ("Governors court chief executives as states compete for AI data centre investment",
                  "Governors of both states met chief executives this week to attract investment in data centres, "
                  "their offices said on Tuesday."))


def test_kinds_are_read_from_titles_and_leads():
    assert "state_competition" in kinds_of(COURTING)
    deal = story("deal", ("Utility agrees to buy wind developer for $3.4 billion",
                          "Nordvind agreed to buy Atlantic Shoals for $3.4 billion, the companies said."))
    assert kinds_of(deal)[:1] == ["acquisition"]


def test_each_kind_points_to_the_page_whose_description_covers_it():
    pages = kind_pages(load_taxonomy(None)).page
    assert pages["funding"] == (CAPITAL,) and pages["state_competition"] == (CAPITAL,)
    assert pages["policy"] == ("Policy & Regulation",) and pages["incident"] == ("Safety & Security",)
    other = parse_taxonomy('''
[[category]]
name = "Money"
description = "Funding rounds, takeovers, investors and share prices."
[[category]]
name = "Rules"
description = "Laws, regulators, bans and government policy."
''')
    pages = kind_pages(other).page
    assert pages["funding"][0] == "Money" and pages["policy"][0] == "Rules"


def test_a_state_competing_for_investment_goes_on_the_page_that_describes_it_too():
    [c] = classify([COURTING], load_taxonomy(None))
    assert c.primary == CAPITAL or CAPITAL in c.secondary, c
    forced = Classification("courting", "Compute & Infrastructure", (("Compute & Infrastructure", 0.6),
                                                                     (CAPITAL, 0.3)))
    [got] = inform([COURTING], [forced], load_taxonomy(None))
    assert got.primary == "Compute & Infrastructure" and CAPITAL in got.secondary
    noise = Classification("courting", None, ((CAPITAL, 0.9),))
    assert inform([COURTING], [noise], load_taxonomy(None)) == [noise]   # a story no category wants stays off
