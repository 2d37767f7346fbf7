"""The lead's rules after eval-clim's one measurement (issue 12): money a funding sentence names that no round raised
(a running total, the worth of bids, a trading price) and an incident word that only modifies a noun. Sentences
written for these tests; each rule's twin that must still give the event is beside it."""
from tests.events.sentence_helpers import one_event, sentence_fields


def test_a_running_total_is_no_round():
    assert sentence_fields("Pellmore has raised about $40 million from investors so far and sells its sensors to "
                           "utilities.", "funding") == []
    assert sentence_fields("Pellmore has raised $40 million to date.", "funding") == []
    got = one_event("Pellmore has raised $40 million in a Series B round led by Arvanne Capital.", "funding")
    assert got["amount"] == [40_000_000.0]


def test_bids_and_a_trading_price_are_not_money_raised():
    assert sentence_fields("Investors placed bids worth more than $9 billion for the Quillmarsh IPO, which closed on "
                           "Monday.", "funding") == []
    assert sentence_fields("Quillmarsh closed its first day of trade at $41.20, 18% above its IPO price.",
                           "funding") == []
    got = one_event("Quillmarsh raised $650 million in its IPO, which closed on Monday.", "funding")
    assert got["amount"] == [650_000_000.0]


def test_an_incident_word_that_modifies_a_noun_is_no_incident():
    assert sentence_fields("Ostrava Sensing sells leak data to pipeline operators by subscription.", "incident") == []
    assert sentence_fields("The region enters its fire season with reservoirs low.", "incident") == []
    got = one_event("A pipeline owned by Ostrava Sensing suffered a leak on Tuesday near the river.", "incident")
    assert got["kind"] == ["leak"]
