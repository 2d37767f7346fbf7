"""Retail trivia is noise (issue 11): consumer shopping stories stay off every page, even under a taxonomy whose
categories talk about prices and energy, while real market and industry news keeps its category."""
from __future__ import annotations

from topline.classify.offline import OfflineClassifier
from topline.taxonomy import load_taxonomy, parse_taxonomy

from .test_offline import story

# A subscriber's taxonomy in another domain (written for this test): prices and retail words are in it.
HOUSING = parse_taxonomy('''
[[category]]
name = "Construction & Materials"
description = "Builders, building materials and their prices: cement, steel and timber costs, housebuilders' results, construction output and deals between building firms."
[[category]]
name = "Property Markets"
description = "House prices, mortgage rates, commercial property values and transactions, landlords and rents."
''')

RETAIL = [
    story("fans", ("Shoppers snap up fans and paddling pools as heatwave hits UK",
                   "Sales of electric fans tripled at one supermarket chain this week as temperatures passed 30C, "
                   "and paddling pools sold out in several stores. Shoppers also stocked up on ice lollies.")),
    story("paint", ("DIY chain slashes prices on paint and garden furniture for bank holiday weekend",
                    "A DIY retailer is offering half-price paint and discounts on garden furniture this weekend, "
                    "hoping bargain hunters will fill its aisles. The promotion runs until Monday.")),
]


def test_retail_trivia_goes_to_no_category_under_another_domain_s_taxonomy():
    news = [story("cement", ("Cement maker agrees $2.1 billion takeover of rival",
                             "Holcrete agreed to buy rival Cembra for $2.1 billion in cash, creating the region's "
                             "largest cement producer, the companies said on Tuesday.")),
            story("rates", ("Mortgage rates fall to lowest level in a year",
                            "Average two-year fixed mortgage rates fell to 4.1%, the lowest in a year, as lenders "
                            "cut prices after the central bank signalled rate cuts."))]
    got = {c.story_id: c.primary for c in OfflineClassifier().classify(news + RETAIL, HOUSING)}
    assert got["fans"] is None and got["paint"] is None, got
    assert got["cement"] == "Construction & Materials" and got["rates"] == "Property Markets", got


def test_retail_trivia_goes_to_no_category_under_the_default_taxonomy():
    got = {c.story_id: c.primary for c in OfflineClassifier().classify(RETAIL, load_taxonomy(None))}
    assert got == {"fans": None, "paint": None}
