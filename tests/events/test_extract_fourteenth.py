"""Fields by grammar (issue 12, fourteenth pass), each rule tested on sentences written for it (none taken from a
corpus), with a sentence that must not yield the field:

1. a public buyer's contract awarded or signed is its state action, the supplier its target; sanctions are a ban;
2. a central bank's rate decision (not one told as a cause or still to come); a body asking a firm for a report or
   to explain itself is a probe; aircraft grounded, imports suspended, a border kept closed are bans; a government
   that "would provide" a grant or a sum pays a subsidy;
3. a rocket's flight is a launch (its owner, the rocket); a counted payload after a launch verb; a service begun; a
   noun "launch" that modifies another noun launches nothing;
4. an incident's length is its scale when it counts nothing it affected; a failure of a named kind of system is an
   incident;
5. a later sentence naming a round's other investors completes the article's funding round."""

import datetime as dt

from topline.events.extract import extract
from topline.records import Article, Story, StoryBundle

from tests.events.sentence_helpers import one_event as _one, sentence_fields as _events


def _bundle(text: str) -> StoryBundle:
    a = Article(
        url="https://wire.example/1",
        title="Report",
        text=text,
        source="outlet1",
        published=dt.datetime(2026, 4, 7, 9, tzinfo=dt.timezone.utc),
        id=1,
    )
    return StoryBundle(
        Story(
            id="s1", title=a.title, article_ids=(1,), first_seen=a.published, last_seen=a.published, outlets=(a.source,)
        ),
        (a,),
    )


# --- 1. procurement and sanctions --------------------------------------------------------------------------------


def test_a_contract_awarded_by_a_public_buyer_names_the_supplier():
    e = _one(
        "The US Navy awarded Brackwater Marine a $640 million contract on Monday for four survey vessels.",
        "state_action",
    )
    assert e["body"] == ["US Navy"] and e["action"] == ["other"] and e["target"] == ["Brackwater Marine"]


def test_a_contract_signed_with_a_supplier_past_its_owner():
    e = _one(
        "Portugal's defence ministry signed a €410 million contract with Finland's Kaarna Systems on Monday "
        "for coastal radars.",
        "state_action",
    )
    assert e["action"] == ["other"] and e["target"] == ["Kaarna Systems"]


def test_a_firm_signing_a_contract_is_no_state_action():
    assert (
        _events("Brackwater Marine signed a $640 million contract with Ostend Shipping on Monday.", "state_action")
        == []
    )


def test_sanctions_imposed_by_a_department_are_a_ban():
    e = _one(
        "The US Treasury Department on Monday imposed sanctions on 14 firms that shipped machine tools.", "state_action"
    )
    assert e["action"] == ["ban"] and e["body"] == ["US Treasury Department"]


# --- 2. rate decisions, requests for a report, bans, grants ------------------------------------------------------


def test_a_central_banks_rate_decision():
    e = _one(
        "The Bank of Korea lowered its benchmark interest rate by a quarter point to 2.5% on Tuesday.", "state_action"
    )
    assert e["body"] == ["Bank of Korea"] and e["action"] == ["other"]


def test_a_rate_decision_to_come_or_told_as_a_cause_is_none():
    assert (
        _events("Investors now expect that the Bank of Korea will cut its benchmark rate in May.", "state_action") == []
    )
    assert _events("Korean bonds rallied on Tuesday after the Bank of Korea cut interest rates.", "state_action") == []
    # a decision recalled as context, with neither its size nor its day (an act of the day says one of them)
    assert (
        _events("The Bank of Korea has cut its deposit rate to 2.5%, and its board met in Busan.", "state_action") == []
    )


def test_a_lender_named_bank_of_is_no_central_bank():
    assert _events("Bank of America cut its forecast for rates on Tuesday.", "state_action") == []


def test_a_body_asking_a_firm_for_a_report_or_to_explain_is_a_probe():
    e = _one("The Swedish financial regulator has asked Norrpay for a detailed report on the outage.", "state_action")
    assert e["action"] == ["probe"] and e["target"] == ["Norrpay"]
    e = _one("The state labour department has asked delivery firm Quickcart to explain the dismissals.", "state_action")
    assert e["action"] == ["probe"] and e["target"] == ["Quickcart"]


def test_asked_to_do_something_else_is_no_probe():
    got = _events(
        "The state labour department has asked delivery firm Quickcart to rehire the drivers.", "state_action"
    )
    assert all(e["action"] != ["probe"] for e in got)


def test_groundings_and_import_stops_are_bans():
    e = _one(
        "Canada's aviation regulator on Monday grounded 40 Valtair V70 turboprops after an engine fire.", "state_action"
    )
    assert e["action"] == ["ban"]
    e = _one(
        "The agriculture ministry suspended imports of pork from Vellmark on Monday after a swine fever case.",
        "state_action",
    )
    assert e["action"] == ["ban"]


def test_a_plane_grounded_by_weather_is_no_ban():
    assert _events("Flights were grounded by fog at the airport on Monday.", "state_action") == []


def test_a_government_that_would_provide_a_grant_pays_a_subsidy():
    e = _one("The Czech government said it would provide a grant of 600 million crowns.", "state_action")
    assert e["action"] == ["subsidy"]


# --- 3. launches -------------------------------------------------------------------------------------------------


def test_a_rockets_flight_is_a_launch_of_its_owner():
    e = _one("Korvath Aerospace's Sabre rocket put six weather satellites into orbit on Monday.", "launch")
    assert e["organisation"] == ["Korvath Aerospace"] and e["product"] == ["Sabre rocket"]
    e = _one("The first launch of Korvath Aerospace's Sabre rocket ended in failure on Monday.", "launch")
    assert e["product"] == ["Sabre rocket"]


def test_a_scrubbed_or_planned_flight_is_no_launch():
    assert (
        _events("Korvath Aerospace scrubbed the first flight of Korvath Aerospace's Sabre rocket on Monday.", "launch")
        == []
    )
    assert _events("The next flight of Korvath Aerospace's Sabre rocket is planned for June.", "launch") == []


def test_a_counted_payload_and_a_service_begun():
    e = _one("Ostra Orbital launched 24 imaging satellites on Monday.", "launch")
    assert e["product"] == ["24 imaging satellites"]
    e = _one("Fjordpay on Monday began issuing the first Norwegian krone stablecoin.", "launch")
    assert e["organisation"] == ["Fjordpay"]


def test_a_noun_launch_that_modifies_another_noun_launches_nothing():
    events = extract(
        _bundle(
            "Ostra Orbital switched on its satellite messaging service on Monday. "
            "Its launch customers are Velda Group in Spain and Kurro in Chile."
        )
    )
    products = [f.value for e in events if e.type == "launch" for f in e.fields if f.name == "product"]
    assert products == ["satellite messaging service"]


# --- 4. incidents ------------------------------------------------------------------------------------------------


def test_an_incidents_length_is_its_scale_when_it_counts_nothing():
    e = _one(
        "Norrpay suffered a power failure on Monday that took its payment service offline for about six hours.",
        "incident",
    )
    assert e["kind"] == ["power failure"] and e["scale"] == ["six hours"]


def test_an_adjective_length_or_a_deadline_is_no_scale():
    e = _one("A 48-hour strike by dock workers halted Velport's terminals on Monday.", "incident")
    assert "scale" not in e
    e = _one("Norrpay said the outage at its data centre had been fixed within two hours.", "incident")
    assert "scale" not in e


def test_an_it_failure_is_an_incident_and_a_bare_failure_is_not():
    assert _one("Salaries at Brennick Bank were delayed by an IT failure on Monday.", "incident")["kind"] == [
        "IT failure"
    ]
    assert _events("The failure of the merger talks hit Brennick Bank's shares on Monday.", "incident") == []


# --- 5. a round's investors in a later sentence ------------------------------------------------------------------


def _investors(text: str) -> list[str]:
    funding = [e for e in extract(_bundle(text)) if e.type == "funding"]
    assert len(funding) == 1
    return [f.value for f in funding[0].fields if f.name == "investors"]


def test_a_later_sentence_names_the_rounds_other_investors():
    got = _investors(
        "Tessivo raised $120 million in a Series B led by Larkfield Capital, the company said on Monday. "
        "Existing backers Orrin Ventures and Pemberly Partners also took part."
    )
    assert got == ["Larkfield Capital", "Orrin Ventures", "Pemberly Partners"]


def test_a_later_sentence_that_is_not_about_the_round_names_no_investor():
    got = _investors(
        "Tessivo raised $120 million in a Series B led by Larkfield Capital, the company said on Monday. "
        "Ana Ruiz, 41, took part in the Kestrel Park marathon on Sunday. "
        "Analysts said investors were betting on Orrin Ventures."
    )
    assert got == ["Larkfield Capital"]


# --- 6. a build-out's output in a later sentence -----------------------------------------------------------------


def _capacities(text: str) -> list[str]:
    capex = [e for e in extract(_bundle(text)) if e.type == "capex"]
    assert len(capex) == 1
    return [f.value for f in capex[0].fields if f.name == "capacity"]


def test_a_later_sentence_with_the_site_as_subject_gives_its_output():
    got = _capacities(
        "Brennor Foods will invest $400 million in a new oat mill near Tampere, the company said on Monday. "
        "The mill will be able to process 300,000 tonnes of oats a year from 2028."
    )
    assert got == ["300,000 tonnes"]  # tonnes are read as a quantity in their unit (the rate is not kept)
    got = _capacities(
        "Brennor Foods will invest $400 million in a new tablet plant near Tampere, the company said on Monday. "
        "The plant will be able to make 30,000 tablets a year from 2028."
    )
    assert got == ["30,000 tablets a year"]


def test_a_later_sentence_about_something_else_gives_no_output():
    got = _capacities(
        "Brennor Foods will invest $400 million in a new oat mill near Tampere, the company said on Monday. "
        "Finland's farmers grew 1.2 million tonnes of oats a year on average over the past decade."
    )
    assert got == []
