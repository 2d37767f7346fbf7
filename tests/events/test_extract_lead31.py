"""The lead's ledger rules after eval-crypto's one measurement (2026-12-07): each sentence written for the test."""
from tests.events.sentence_helpers import sentence_fields


def test_money_a_company_lost_is_no_market_move():
    s = ("Tessaly Lending, a lending app, lost about $12 million on Friday after a thief pushed up the price of a "
         "little-traded token.")
    assert sentence_fields(s, "market_move") == []
    # a market value that lost a sum is a move, and so is a share price's move in units
    assert sentence_fields("Tessaly Lending's stock market value lost about $12 million on Friday.", "market_move")
    assert sentence_fields("Tessaly Lending stock lost $12 million in market value on Friday.", "market_move")
    assert sentence_fields("Tessaly Lending shares lost $1.20 on Friday.", "market_move")
    # the sum is read from the figure's value, whatever words state its scale
    for lost in ("Rs 90 crore", "$12,000,000", "€12mln"):
        assert sentence_fields(f"Tessaly Lending, a lending app, lost about {lost} on Friday after a thief pushed up "
                               "the price of a little-traded token.", "market_move") == [], lost


def test_the_deals_noun_with_no_of_names_no_target():
    s = "Finance chief Orla Brennick said the purchase fixes costs before Grallow's planned price rise."
    assert sentence_fields(s, "acquisition") == []
    assert sentence_fields("Pennock Mining completed the purchase of Grallow Systems for $40 million.", "acquisition")


def test_an_incident_is_not_given_to_a_name_across_another_noun_phrase():
    s = ("Harrowgate stock fell again on Wednesday as traders weighed the cost of Tuesday's outage and a new price war "
         "with rival app Lindqvist.")
    assert all("Lindqvist" not in e.get("organisation", []) for e in sentence_fields(s, "incident"))
    # the name right after the incident word is still its organisation
    assert any("Lindqvist" in e.get("organisation", [])
               for e in sentence_fields("Traders blamed an outage at Lindqvist for the slide on Tuesday.", "incident"))
