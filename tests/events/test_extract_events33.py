"""events33 (issue 12): disruptions told in transport and travel news's own words as incidents
(``events.disruptions``): flights cancelled by the count, a fleet grounded, passengers and crew fallen ill aboard a
ship, and a later sentence counting the sick; and a sum in a currency the figure reader now takes as money
(``enrich.currencies``) as a build-out's amount. Sentences written for these tests; the twins that must not give the
event are beside them."""
import pytest

from topline.check import parse
from topline.events.extract import article_statements
from tests.events.sentence_helpers import article, one_event, sentence_fields


def test_flights_cancelled_by_the_count_are_the_carriers_incident():
    got = one_event("Skyrell has cancelled 420 flights scheduled for Thursday after air traffic controllers called a "
                    "24-hour stoppage, the Italian airline said.", "incident")
    assert got["organisation"] == ["Skyrell"] and got["kind"] == ["cancellations"] and got["scale"] == ["420 flights"]
    got = one_event("Northwind Rail said it had cancelled about 1,300 trains over the weekend.", "incident")
    assert got["organisation"] == ["Northwind Rail"] and got["scale"] == ["about 1,300 trains"]
    got = one_event("Karvik Airport reopened on Friday evening after a shutdown of about six hours in which around 150 "
                    "flights were cancelled.", "incident")
    assert got["organisation"] == ["Karvik Airport"] and got["scale"] == ["around 150 flights"]


def test_a_fleet_grounded_is_its_operators_incident():
    got = one_event("Coralwing Airways has grounded its fleet of nine Tessler 48 turboprops after a crack was found in "
                    "an engine mount.", "incident")
    assert got["organisation"] == ["Coralwing Airways"] and got["kind"] == ["grounding"]
    assert got["scale"] == ["nine Tessler 48 turboprops"]


def test_people_fallen_ill_aboard_a_ship_are_its_outbreak_and_a_later_count_its_scale():
    got = one_event("About 160 passengers and crew members have fallen ill with gastroenteritis aboard the Marisol "
                    "Dawn during a seven-night cruise, the operator said.", "incident")
    assert got["organisation"] == ["Marisol Dawn"] and got["kind"] == ["outbreak"]
    assert got["scale"] == ["About 160 passengers and crew members ill"]
    statements, _ = article_statements(article(
        "About 160 passengers and crew members have fallen ill aboard the Marisol Dawn, the operator said. "
        "The number of cases had risen to 214 by Sunday morning, health officials said."), frozenset())
    scales = [v for r, _ in statements if r.type == "incident" for n, v, _ in r.fields if n == "scale"]
    assert "214 cases" in scales


def test_a_cancellation_supposed_denied_or_by_a_public_body_is_no_carriers_incident():
    assert sentence_fields("The airline could cancel up to 400 flights if the strike goes ahead.", "incident") == []
    assert sentence_fields("Skyrell has not cancelled any flights, a spokesman said.", "incident") == []
    assert sentence_fields("The aviation authority grounded 40 Tessler 48 turboprops after the crack was found.",
                           "incident") == []
    assert sentence_fields("Passengers aboard the Marisol Dawn said 30 of their friends were on the next cruise.",
                           "incident") == []
    # a regulator (named after its common noun) grounding a type: its state act, and the incident of the type's maker
    s = "Europe's aviation safety regulator EASA on Friday grounded 52 Tessler 48 turboprops after cracks were found."
    assert [e["organisation"] for e in sentence_fields(s, "incident")] == [["Tessler"]]
    assert one_event(s, "state_action")["body"] == ["EASA"]
    # a name inside another subject's phrase did not cancel
    assert sentence_fields("Bus companies serving the Kelvingrove cancelled about 60 trips on Monday.", "incident") == []


@pytest.mark.skipif(not parse.available(), reason="the [parse] extra is not installed")
def test_a_body_awarding_or_granting_a_licence_concession_or_contract_is_a_state_act():
    got = one_event("The Ontario Lottery Commission on Monday granted online casino licences to six operators, the "
                    "commission said.", "state_action")
    assert got["action"] == ["other"] and got["body"] == ["Ontario Lottery Commission"]
    got = one_event("The Civil Aviation Authority issued Skerry Rockets with a spaceport operator licence on Friday.",
                    "state_action")
    assert got["action"] == ["other"] and got["target"] == ["Skerry Rockets"]
    assert sentence_fields("The Treasury issued a statement on the bond sale on Tuesday.", "state_action") == []
    assert sentence_fields("Officials said the agency was now awarding mostly fixed-price contracts.", "state_action") == []
    assert sentence_fields("The judge said the ministry had issued the permit without a hearing.", "state_action") == []


def test_a_sum_in_a_nordic_currency_is_a_build_outs_amount():
    got = one_event("Halvmand Energi will invest DKK 3.2bn in a biogas plant near Aarhus, the company said.", "capex")
    assert got["amount"] == [3.2e9] and got["currency"] == ["DKK"]
    got = one_event("Ostbro Kraft will invest 6.1 billion kronor in a battery park in Lulea.", "capex")
    assert got["amount"] == [6.1e9] and got["currency"] == ["SEK"]
