"""events32 (issue 12): a build-out told by the price of the facility it builds, with no spending verb: a sum right
before a facility's noun ("a new $1.2 billion arena for X", "its RM3.1 billion plant in Y") or a facility that costs a
sum ("The plant, which will cost about $45m, ..."); and "fab" as a build-out's site. Sentences written for these
tests; each rule's twin that must not give the event is beside it."""
from tests.events.sentence_helpers import one_event, sentence_fields


def test_a_sum_before_a_facilitys_noun_is_its_build_out():
    got = one_event("Harbour County commissioners will vote on Monday on $250 million in bonds for a new $1.2 billion "
                    "arena for the Delmont Falcons on the old rail yards.", "capex")
    assert got["company"] == ["Delmont Falcons"] and got["amount"] == [1.2e9] and got["currency"] == ["USD"]
    got = one_event("Korean chipmaker Varden Semi will postpone the opening of its RM3.1 billion plant in Penang to "
                    "2030, the company said on Friday.", "capex")
    assert got["company"] == ["Varden Semi"] and got["amount"] == [3.1e9] and got["place"] == ["Penang"]
    got = one_event("Orlin Orbital opened a $420 million satellite factory in Mesa on Tuesday that can build 300 "
                    "spacecraft a year.", "capex")
    assert got["company"] == ["Orlin Orbital"] and got["amount"] == [4.2e8] and got["place"] == ["Mesa"]
    got = one_event("Kansas and Iowa are competing to host a $2.8 billion battery plant planned by Japan's Morikawa "
                    "Cell, officials in both states said.", "capex")
    assert got["company"] == ["Morikawa Cell"] and got["amount"] == [2.8e9]


def test_a_facility_that_costs_a_sum_is_a_build_out():
    got = one_event("The plant, which will cost about $45m, will triple the company's output when it opens in 2029.",
                    "capex")
    assert got["amount"] == [4.5e7] and got["currency"] == ["USD"]


def test_a_sum_that_prices_another_thing_or_a_facility_sold_or_struck_is_no_build_out():
    # a charge, a loan or a sale about a plant is not the plant's price
    assert not sentence_fields("Tessmar Steel took a $300 million charge on the plant in the quarter.", "capex")
    assert not sentence_fields("Lenders agreed a $900 million plant loan with Ostrava Chemicals on Monday.", "capex")
    assert not sentence_fields("Harlan Foods sold its $2 billion plant in Ohio to Verdo Brands last year.", "capex")
    assert not sentence_fields("A fire broke out at the $400 million plant near Dallas on Monday.", "capex")
    # a facility of credit, not a built one
    assert not sentence_fields("The lender launched a $5 billion facility to guarantee loans to solar developers.",
                               "capex")
    # a build only talked of
    assert not sentence_fields("Ferron Motors could put a $3 billion factory in Georgia, people familiar said.", "capex")


def test_a_fab_is_a_build_out_site():
    got = one_event("Tesrin Microchip will spend $9 billion on K4, a new memory fab in Dresden, the company said.",
                    "capex")
    assert got["company"] == ["Tesrin Microchip"] and got["amount"] == [9e9] and got["place"] == ["Dresden"]

