"""Incidents by grammar (issue 12, fifteenth pass), each rule tested on sentences written for it (none taken from a
corpus), with a sentence that must not yield the field:

1. a firm's insolvency (administration, liquidation, receivership, bankruptcy) is an incident of that firm;
2. a borrower's default or missed payment is an incident (not "a missed payment would constitute a default");
3. a built structure's collapse is an incident (not talks or shares that collapsed); a town is never its
   organisation;
4. a sinkhole or a landslide is an incident; a strike called or a walkout to come is a strike;
5. a year is no incident's scale."""



from tests.events.sentence_helpers import one_event as _one, sentence_fields as _events


def test_an_insolvency_is_an_incident_of_the_firm():
    e = _one("Brayford Civils has gone into administration, putting 1,400 jobs at risk.", "incident")
    assert e["organisation"] == ["Brayford Civils"] and e["kind"] == ["administration"]
    assert e["scale"] == ["1,400 jobs"]
    e = _one("The retailer Corvane Stores filed for bankruptcy in Delaware on Sunday.", "incident")
    assert e["organisation"] == ["Corvane Stores"] and e["kind"] == ["bankruptcy"]
    # a government's administration enters nothing
    assert _events("The Kestrel administration said Brayford Civils would enter talks with lenders.", "incident") == []


def test_a_default_or_a_missed_payment_is_an_incident():
    e = _one("Olmsted Realty has defaulted on a $220 million loan backed by two office buildings.", "incident")
    assert e["organisation"] == ["Olmsted Realty"] and e["kind"] == ["default"]
    assert e["scale"] == ["$220 million"]
    e = _one("Jinhe Property failed to pay a $9.8 million coupon due on Friday on a bond maturing in 2029.", "incident")
    assert e["kind"] == ["missed coupon"] and e["scale"] == ["$9.8 million"]
    assert _events("Jinhe Property has 30 days before a missed payment would constitute a default.", "incident") == []


def test_a_structures_collapse_is_an_incident_and_talks_that_collapsed_are_not():
    e = _one("A tower crane operated by Delmore Lifting collapsed onto a street in Leeds on Monday.", "incident")
    assert e["organisation"] == ["Delmore Lifting"] and e["kind"] == ["collapse"]
    assert _events("Talks between Orvel Foods and its lenders collapsed on Tuesday.", "incident") == []
    assert _events("Shares of Brandt Homes collapsed 40% after the profit warning.", "incident") == []
    # the town it happened in is not its organisation
    assert (
        _events("Two floors of a car park under construction in Dayton, Ohio, collapsed on Monday.", "incident") == []
    )


def test_a_sinkhole_and_a_strike_called_are_incidents():
    e = _one("A sinkhole opened above tunnel works run by Corrigan Tunnelling, forcing 30 families out.", "incident")
    assert e["kind"] == ["sinkhole"] and e["organisation"] == ["Corrigan Tunnelling"]
    e = _one("The Unite union at Halvor Steel called a strike for Monday.", "incident")
    assert e["kind"] == ["strike"]
    # "strike a deal" calls no strike
    assert _events("Halvor Steel hopes to strike a deal with the union on Monday.", "incident") == []


def test_a_year_is_no_scale():
    e = _one("Tessel Homes missed an interest payment on a 2031 dollar bond, the developer said.", "incident")
    assert e["kind"] == ["missed payment"] and "scale" not in e


# --- capital spending ------------------------------------------------------------------------------------------


def test_an_amount_spent_on_a_site_is_capex_and_one_spent_on_marketing_is_not():
    e = _one("Harrowgate Homes will spend £80m on a third factory in Wakefield to make timber frames.", "capex")
    assert e["company"] == ["Harrowgate Homes"] and e["amount"] == [80000000.0] and e["currency"] == ["GBP"]
    assert e["place"] == ["Wakefield"]
    e = _one("Corsaro Airports said it would spend €3.1 billion on its airports between 2028 and 2032.", "capex")
    assert e["company"] == ["Corsaro Airports"] and e["amount"] == [3100000000.0]
    assert _events("Brandt Foods will spend $40 million on marketing next year.", "capex") == []


def test_a_sites_price_after_for_is_its_amount():
    e = _one(
        "Minato Kogyo plans to double its output by building a second plant in Gunma for about 12 billion yen.", "capex"
    )
    assert e["amount"] == [12000000000.0] and e["currency"] == ["JPY"]
    # a price told for something else, after a clause break, buys no site
    got = _events("Velmar will build a plant in Ohio, and sold its Texas unit for $200 million.", "capex")
    assert all("amount" not in e for e in got)


def test_a_whole_trades_spending_is_nobodys_capex():
    assert _events("The industry is expected to spend well over $400bn on new plants next year.", "capex") == []


def test_an_owner_hiring_its_contractor_is_the_owners_capex():
    e = _one(
        "Halden Data has selected Marwick Build as general contractor for a 300MW data centre campus in Meath, "
        "in a contract the companies valued at $1.1 billion.",
        "capex",
    )
    assert e["company"] == ["Halden Data"] and e["amount"] == [1100000000.0]
    # a contract's value without a contractor hired for a site is no build-out
    assert (
        _events("Brenmore Logistics named Alma Ruiz as chief executive, in a contract valued at $2 million.", "capex")
        == []
    )


def test_a_routes_ends_are_not_where_the_build_out_is():
    e = _one("Sarnia Fibre will spend $800 million on a new cable between Portugal and Brazil, it said.", "capex")
    assert e["amount"] == [800000000.0] and "place" not in e
    e = _one("Sarnia Fibre will spend $800 million on a new data centre in Portugal, it said.", "capex")
    assert e["place"] == ["Portugal"]
