"""The fields a fresh corpus missed (issue 12, events19), each rule tested on sentences written for it (none taken from
a corpus), with a sentence that must not yield the field:

1. a tax or levy the state sets or changes is a rule; a decree is a rule; a tax cut eases;
2. a company closing a counted number of its sites is an incident (kind "<site> closures", scale the count);
3. a company opening a counted number of sites is a build-out (capacity the count);
4. "closed N% higher/lower" is the move of the verb's subject; "shares recovered N%" is a move;
5. a labour strike told in other words than "a strike by workers" is an incident of the employer, with the count of
   the people on strike as its scale; a military's or a market's strike is none;
6. what a site will cost ("would cost about 80 million pounds", "at a cost of") is the build-out's amount."""

import re

from topline.events.extract import article_statements, sentence_events

from tests.events.sentence_helpers import DAY, article, one_event, sentence_fields


def test_a_tax_the_state_changes_is_a_rule():
    got = one_event(
        "The regional assembly voted on Monday to raise its hotel tax to 5 dollars a night.", "state_action"
    )
    assert got["action"] == ["rule"]
    assert got["body"] == ["regional assembly"]
    got = one_event("Norland's ruling coalition agreed on Monday to triple the airport departure tax.", "state_action")
    assert got["action"] == ["rule"] and got["body"] == ["ruling coalition"]
    # money paid out through the tax code is no rule; a tax named by a company is no act of the state
    credit = sentence_fields(
        "The state offered Nordwind a package of tax credits worth $40 million on Monday.", "state_action"
    )
    assert all(e["action"] != ["rule"] for e in credit)
    assert sentence_fields("The retailer said higher taxes had hurt its sales in the quarter.", "state_action") == []


def test_a_decree_is_a_rule_and_a_tax_cut_eases():
    got = one_event(
        "Portugal's cabinet on Monday approved a decree that limits short-term lets in Lisbon.", "state_action"
    )
    assert got["action"] == ["rule"]
    # an approval of something else is still a decision ("other")
    got = one_event("The European Commission on Monday approved the merger of Halvard and Strom.", "state_action")
    assert got["action"] == ["other"]
    eased = one_event("The cabinet on Monday approved cuts in fuel tax for farmers.", "state_action")
    assert eased["direction"] == ["eases"]
    raised = one_event("The cabinet on Monday approved a rise in fuel tax for hauliers.", "state_action")
    assert raised.get("direction") != ["eases"]


def test_a_company_closing_counted_sites_is_an_incident():
    got = one_event(
        "Brightmore Foods will close 35 of its 210 supermarkets next year, the company said on Monday.", "incident"
    )
    assert got["organisation"] == ["Brightmore Foods"]
    assert got["kind"] == ["supermarket closures"]
    assert got["scale"] == ["35"]
    got = one_event("Pollard Pharmacy plans to close about 80 branches by the end of March.", "incident")
    assert got["kind"] == ["branch closures"] and got["scale"] == ["about 80 branches"]
    # closings already done, denied, or a share price's close are none
    assert sentence_fields("The chain has already closed 12 stores this year.", "incident") == []
    assert (
        sentence_fields("Brightmore Foods has no plans to close 35 stores, its chief executive said.", "incident") == []
    )
    assert sentence_fields("Brightmore Foods shares closed 3% higher on Monday.", "incident") == []


def test_a_company_opening_counted_sites_is_a_build_out():
    got = one_event("Velmora Coffee will open 200 new cafes in Vietnam by 2028, the company said on Monday.", "capex")
    assert got["company"] == ["Velmora Coffee"]
    assert got["capacity"] == ["200 cafes"]
    assert got["place"] == ["Vietnam"]
    got = one_event("Singapore-based Ardent Hotels will open 40 hotels in India by 2030.", "capex")
    assert got["company"] == ["Ardent Hotels"]
    # openings already done are a result, not a build-out; an opening hour is no site
    assert sentence_fields("In the year to March the chain opened 45 cafes and closed 12.", "capex") == []
    assert sentence_fields("Velmora Coffee will open its doors at 7 a.m. on Monday.", "capex") == []


def test_a_move_told_as_closed_higher_or_lower_and_shares_recovered():
    got = one_event("Talbrook Mining closed 6.2% higher on Monday.", "market_move")
    assert got["instrument"] == ["Talbrook Mining"] and got["move"] == ["+6.2%"]
    got = one_event("Osterly shares recovered 1.4% on Monday.", "market_move")
    assert got["move"] == ["+1.4%"]
    # a sum won back and two levels compared are no moves
    assert sentence_fields("The insurer recovered 60% of the losses from its reinsurers.", "market_move") == []
    assert (
        sentence_fields("Food prices were 12% higher than a year earlier, the statistics office said.", "market_move")
        == []
    )


def test_the_new_fields_are_grounded_in_their_sentence():
    for s in (
        "The regional assembly voted on Monday to raise its hotel tax to 5 dollars a night.",
        "Brightmore Foods will close 35 of its 210 supermarkets next year, the company said on Monday.",
        "Velmora Coffee will open 200 new cafes in Vietnam by 2028, the company said on Monday.",
        "Talbrook Mining closed 6.2% higher on Monday.",
    ):
        for r in sentence_events(s, DAY):
            assert all(text in s for _, _, text in r.fields if text), r


def _incidents(text: str) -> list[tuple[dict, dict]]:
    """Each incident statement of a written article: ({field: value}, {field: the sentence it is cited from})."""
    common = frozenset(re.findall(r"(?<![\w'.-])[a-z][a-z-]+", text))
    said, _ = article_statements(article(text), common)
    return [({n: v for n, v, _ in r.fields}, dict(r.cited)) for r, _ in said if r.type == "incident"]


def test_a_labour_strike_is_an_incident_of_the_employer():
    got = _incidents(
        "The transport union Kovel has called on drivers at four Halden Foods depots to strike from Friday. "
        "Kovel said about 900 drivers had joined the strike on the first shift."
    )
    assert [g["organisation"] for g, _ in got] == ["Halden Foods", "Halden Foods"]
    assert got[0][0]["kind"] == "strike"
    assert got[1][0]["scale"] == "about 900"
    # the second sentence names no employer: cited from the sentence that does
    assert got[1][1]["organisation"].startswith("The transport union Kovel has called on drivers at four Halden")
    got = one_event(
        "Warehouse workers who supply Brightmore Foods will strike for 48 hours over pay, the union said.", "incident"
    )
    assert got["organisation"] == ["Brightmore Foods"]
    # a sentence's first word run into the name is not part of the employer's name
    got = one_event(
        "Negotiators for Halden Foods and the drivers' union met late into Tuesday as a strike deadline approached.",
        "incident",
    )
    assert got["organisation"] == ["Halden Foods"]


def test_a_military_or_market_strike_is_no_labour_strike():
    assert sentence_fields("Norland's army launched drone strikes on two fuel depots overnight.", "incident") == []
    assert sentence_fields("Halden Foods struck a deal with its workers on pay on Monday.", "incident") == []
    assert (
        sentence_fields("The union said the strike at Halden Foods had been called off after a pay deal.", "incident")
        == []
    )


def test_what_a_site_will_cost_is_its_amount():
    got = one_event(
        "The plant, in Leeds, would cost about 80 million pounds and make 2,000 heat pumps a year.", "capex"
    )
    assert got["amount"] == [80_000_000.0] and got["currency"] == ["GBP"]
    got = one_event("Ostvik Rail will build a new depot at a cost of about 240 million euros.", "capex")
    assert got["amount"] == [240_000_000.0]
    # what a strike or a deal costs buys no site
    assert sentence_fields("The strike cost the airline $50 million in lost revenue.", "capex") == []
    assert (
        sentence_fields(
            "Halden Foods is weighing a purchase of a US bakery group, in a deal that could cost more "
            "than $900 million.",
            "capex",
        )
        == []
    )
