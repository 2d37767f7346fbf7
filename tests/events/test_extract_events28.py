"""Incidents found where they happen (events28; sentences written for the tests, none from a corpus):

1. a natural hazard (WordNet 3.0's nouns, ``topline/data/hazards.tsv``) is an incident when the parse makes it the
   subject of a past or perfect verb; told as a setting, a topic, a general statement, a quantity or a verb it is
   none; the place that struck or owns it is its organisation;
2. a cyber attack or an IT attack written in two words is a cyberattack of the kind as written;
3. people blocking the way into a site is a blockade of the site's owner named in the object; a regulator blocking
   a deal, or a road blocked somewhere, is none;
4. a name after "as far north as" is a place.
"""
import pytest

from topline.events.blockades import blockade
from topline.events.hazards import hazard, hazards
from topline.events.incidents import told_as_place
from topline.events.spans import Span

from tests.events.test_extract_events24 import _events


def _parse_or_skip():
    from topline.check import parse

    if not parse.available():
        pytest.skip("the [parse] extra is not installed")


def test_the_hazard_nouns_are_wordnets():
    nouns = hazards()
    assert nouns["flood"] == "flood" and nouns["wildfire"] == "fire" and nouns["typhoon"] == "storm"
    assert "bonfire" not in nouns and "campfire" not in nouns   # fires set on purpose are no hazard
    assert hazard("Floods") == "flood" and hazard("heatwave") == "heat wave" and hazard("heat-waves") == "heat wave"
    assert hazard("fire") is None and hazard("outage") is None   # the incident rule's own words


def test_a_hazard_that_struck_is_an_incident_of_its_place():
    _parse_or_skip()
    got = _events("Floods in the northern Velmar province have displaced about 12,000 people, officials said on "
                  "Friday.", "incident")
    assert got and got[0]["kind"] == ["floods"] and got[0].get("scale") == ["12,000 people"], got
    got = _events("Portugal's record-breaking heatwave has been linked to four deaths, health officials said.",
                  "incident")
    assert got == [{"organisation": ["Portugal"], "kind": ["heatwave"], "scale": ["four deaths"]}], got
    got = _events("A tornado tore through the Brisley distribution centre of Harlow Freight on Sunday.", "incident")
    assert got and got[0]["kind"] == ["tornado"], got


def test_a_hazard_told_otherwise_is_no_incident(monkeypatch):
    _parse_or_skip()
    for s in ("Crews at Harlow Freight worked through the night during a storm in the port city.",
              "The council approved a flood protection scheme for the harbour on Tuesday.",
              "Analysts say droughts in the region are becoming more frequent.",
              "The drought of 2019 was the worst since records began.",
              "A flood of orders lifted Harlow Freight's backlog to a record.",
              "Logistics firms flood into the region as rents fall.",
              "Nobody at Harlow Freight predicted a heatwave this early.",
              "Insurers said the Velmar floods will fall mostly on regional mutuals."):
        assert _events(s, "incident") == [], (s, _events(s, "incident"))
    # without the parse no hazard is read
    from topline.check import parse

    monkeypatch.setattr(parse, "_nlp", lambda: None)
    assert _events("Floods in the northern Velmar province have displaced about 12,000 people.", "incident") == []


def test_a_cyber_attack_in_two_words():
    got = _events("Brindle Radio went off air on Tuesday after what it called a cyber attack on its studio "
                  "systems.", "incident")
    assert got and got[0]["organisation"] == ["Brindle Radio"] and got[0]["kind"] == ["cyber attack"], got
    got = _events("Lorrimer Ports said an IT attack had stopped the gates of its Kessel terminal for a day.",
                  "incident")
    assert got and got[0]["kind"] == ["IT attack"], got


def test_people_blocking_a_sites_way_in_is_a_blockade_of_its_owner():
    _parse_or_skip()
    got = _events("Dozens of fishermen blocked the entrance to the Harwick cannery of Solvane Foods on Monday, "
                  "demanding higher prices.", "incident")
    assert got and got[0]["organisation"] == ["Solvane Foods"] and got[0]["kind"] == ["blockade"], got
    assert blockade("blockaded") and not blockade("blocks")
    for s in ("Regulators blocked the Solvane Foods takeover on Monday.",
              "Farmers blocked roads around the Velmar ministry on Tuesday.",
              "Solvane Foods blocked the entrance to its cannery for the holiday."):
        assert _events(s, "incident") == [], (s, _events(s, "incident"))


def test_as_far_north_as_names_a_place():
    s = "The lights were seen as far north as Tromsfjord."
    i = s.index("Tromsfjord")
    assert told_as_place(s, Span("Tromsfjord", i, i + len("Tromsfjord"), "Tromsfjord"))
    t = "The lights were seen by Tromsfjord Energy staff."
    j = t.index("Tromsfjord Energy")
    assert not told_as_place(t, Span("Tromsfjord Energy", j, j + 17, "Tromsfjord Energy"))
