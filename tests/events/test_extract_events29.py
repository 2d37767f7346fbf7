"""Launches and incidents of craft, and two name errors (events29; sentences written for the tests, none from a corpus):

1. a craft (WordNet 3.0's nouns, ``topline/data/craft.tsv``) that failed, exploded or began tumbling is an incident of
   its owner (the agent after "built by", else the name in its noun phrase, its designation cut); an owner that lost
   contact with, wrote off or declared a total loss its own craft, or called off the flight of its rocket, suffers
   one; a failure supposed, or a thing that is no craft, is none;
2. a service switched on or begun, told as a bare noun phrase, is a launch;
3. a name followed by ", who" is a person and no round's company; "the X and Y <Body>" is one body's name; a
   capitalised "Launch" inside a sentence is part of a name, no verb.
"""
from topline.events.craft import craft_nouns
from topline.events.spans import names

from tests.events.sentence_helpers import sentence_fields
from tests.events.test_extract_events24 import _events

DAY = "2027-03-02"


def _fields(sentence: str, kind: str) -> list[dict]:
    return sentence_fields(sentence, kind, DAY)


def test_the_craft_nouns_are_wordnets():
    nouns = craft_nouns()
    assert nouns["rocket"] == "rocket" and nouns["satellite"] == "satellite" and "lander" in nouns
    assert nouns["tanker"] == "craft" and nouns["missile"] == "rocket"
    assert "launch" not in nouns and "car" not in nouns   # the event's own noun; a car is no craft


def test_a_craft_that_failed_is_an_incident_of_its_owner():
    got = _fields("A Tessaline Orbital Kestrel-4 rocket failed to reach orbit on Monday after its second stage "
                  "stopped firing, destroying 12 weather satellites, the company said.", "incident")
    assert got and got[0]["organisation"] == ["Tessaline Orbital"] and got[0]["kind"] == ["launch failure"], got
    assert got[0]["scale"] == ["12 weather satellites"], got   # the craft the loss took
    got = _fields("A small rocket built by Danish start-up Hvidsand Aerospace exploded about 40 seconds after "
                  "lifting off on Thursday, the company said.", "incident")
    assert got and got[0]["organisation"] == ["Hvidsand Aerospace"] and got[0]["kind"] == ["explosion"], got
    got = _fields("A radar satellite operated by Brisklow Imaging began tumbling on Sunday after an apparent "
                  "collision with debris, the company said.", "incident")
    assert got and got[0]["organisation"] == ["Brisklow Imaging"] and got[0]["kind"] == ["loss of control"], got


def test_an_owner_that_lost_its_craft_suffers_an_incident():
    got = _fields("Marrowind Space lost contact with its Pelican-1 lander minutes before touchdown on Friday.",
                  "incident")
    assert got and got[0]["organisation"] == ["Marrowind Space"] and got[0]["kind"] == ["loss of contact"], got
    got = _fields("Orlequin Telecom has declared its new Orlequin-3 satellite a total loss and will claim "
                  "$210 million from insurers.", "incident")
    assert got and got[0]["kind"] == ["total loss"] and got[0]["scale"] == ["$210 million"], got
    got = _fields("Quillon Space wrote off its Quillon-2 satellite on Tuesday.", "incident")
    assert got and got[0]["kind"] == ["satellite written off"], got
    got = _fields("Harbrook Launch called off the first flight of its Merlinet rocket 30 seconds before liftoff on "
                  "Wednesday.", "incident")
    assert got and got[0]["organisation"] == ["Harbrook Launch"] and got[0]["kind"] == ["launch scrub"], got


def test_a_failure_supposed_or_of_no_craft_is_none():
    assert _fields("If the Kestrel-4 rocket failed again, Tessaline Orbital could lose its customers.", "incident") == []
    assert _fields("The Pelmont Motors car failed a safety test on Monday, the regulator said.", "incident") == []
    assert _fields("Orlequin Telecom has declared its results a success.", "incident") == []
    assert _fields("Harbrook Launch called off the sale of its Merlinet rocket business.", "incident") == []


def test_a_service_switched_on_told_bare_is_a_launch():
    got = _fields("Corrowick Networks switched on paid satellite texting for older phones in Chile on Monday.",
                  "launch")
    assert got and got[0]["organisation"] == ["Corrowick Networks"] and got[0]["product"] == ["paid satellite texting"]
    got = _fields("Helsby Imaging has begun selling infrared images with a resolution of one metre.", "launch")
    assert got and got[0]["product"] == ["infrared images"], got
    assert _fields("Corrowick Networks switched on two gas turbines on Monday.", "launch") == []   # a bare count
    assert _fields("Corrowick Networks launched satellite texting services in 2019.", "launch") == []


def test_a_person_before_who_is_no_round_company():
    got = _fields("Mei Lan, who founded the drone maker Skyrill in 2022, raised $30 million in a Series A round.",
                  "funding")
    assert got and "company" not in got[0] and got[0]["amount"] == [30_000_000.0], got
    got = _fields("Skyrill, which makes delivery drones, raised $30 million in a Series A round.", "funding")
    assert got and got[0]["company"] == ["Skyrill"], got


def test_two_modifiers_joined_by_and_share_the_bodys_head():
    text = "The National Fisheries and Coastal Administration fined Brackwater Seafoods $2 million on Monday."
    assert "National Fisheries and Coastal Administration" in [x.text for x in names(text)]
    got = _fields(text, "state_action")
    assert got and got[0]["body"] == ["National Fisheries and Coastal Administration"], got
    # two bodies, each with its own head, stay two
    assert "Federal Reserve and Treasury Department" not in [x.text for x in names(
        "The Federal Reserve and Treasury Department said on Monday they would act.")]


def test_a_capitalised_launch_inside_a_sentence_is_a_name():
    assert _fields("Updates from the pad as Harbrook Launch's Merlinet flies its first batch for Quillon Space.",
                   "launch") == []
    assert _fields("The Oslo launch start-up Fjordlift has filed an objection with the agency.", "launch") == []
    got = _events("Harbrook Launch launched its Merlinet rocket service on Monday, the company said.", "launch")
    assert got and got[0]["organisation"] == ["Harbrook Launch"], got


def test_a_service_told_down_is_its_owners_outage():
    got = _fields("Pellarin Telecom's fixed network was dark for about seven hours on Sunday, leaving 2 million "
                  "customers without service.", "incident")
    assert got and got[0]["organisation"] == ["Pellarin Telecom"] and got[0]["kind"] == ["outage"], got
    got = _fields("Brackley Bank's mobile app stopped working on Friday morning.", "incident")
    assert got and got[0]["organisation"] == ["Brackley Bank"] and got[0]["kind"] == ["outage"], got
    assert _fields("Brackley Bank's shares were down 4% on Friday.", "incident") == []   # a market's figure
    assert _fields("Analysts said Brackley Bank's app could have crashed if traffic had doubled.", "incident") == []


def test_employees_who_stopped_work_are_on_strike():
    got = _fields("Around 900 employees of Vellaris Avionics stopped work on Tuesday morning at the company's plant "
                  "near Lyon, demanding a 5% pay rise.", "incident")
    assert got and got[0]["organisation"] == ["Vellaris Avionics"] and got[0]["kind"] == ["strike"], got
    assert _fields("The card terminals of Velmar Pay stopped working for up to six hours.", "incident") == []


def test_a_participle_before_its_noun_is_no_launch():
    assert _fields("Orlequin Telecom said on Tuesday its newly launched Orlequin-3 satellite was a total loss.",
                   "launch") == []
    got = _fields("Orlequin Telecom launched its Orlequin-3 satellite on Tuesday.", "launch")
    assert got and got[0]["product"] == ["Orlequin-3"], got


def test_a_service_that_went_live_is_its_owners_launch():
    got = _fields("Tessily's satellite paging service went live on Monday with two carriers.", "launch")
    assert got == [{"organisation": ["Tessily"], "product": ["satellite paging service"]}], got
    assert _fields("Tessily's paging service will go live next year.", "launch") == []
    assert _fields("India's carbon trading scheme went live on Monday.", "launch") == []   # a place owns no product


def test_an_incident_word_after_a_quantifier_or_a_descriptor_name_is_none():
    assert _fields('"Every outage is a sales pitch for us," co-founder Rilla Marsh said.', "incident") == []
    got = _fields("Pellarin Telecom said an outage hit every branch on Monday.", "incident")
    assert got and got[0]["organisation"] == ["Pellarin Telecom"], got
    assert not any("equipped" in x.text for x in names("All their Tessily-equipped ships lost service."))
