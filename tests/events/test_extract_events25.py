"""Who an incident befell, read by the sentence's grammar (events25; sentences written for the tests, none from a
corpus):

1. an incident word that modifies a noun of attackers ("the Harrowgate ransomware gang", "a hacking group known as
   Pellmar") names the attackers' kind: with no singular attack told in the sentence there is no incident, and the
   gang's name, or a name saying it was behind the attack or claiming it, is never the incident's organisation;
   the victim named in the sentence is; with none named the incident has no organisation;
2. a bare incident word that is the object of an infinitive ("a toolkit used to spread ransomware") is a purpose;
3. a plural incident word after "of" and a few descriptors ("its list of actively exploited vulnerabilities") is a
   kind of thing, not an incident of the sentence's subject.
"""

from topline.events.attackers import attacker, kind_only
from topline.events.spans import Span

from tests.events.test_extract_events24 import _events


def _span(s: str, name: str) -> Span:
    i = s.index(name)
    return Span(name, i, i + len(name), name)


def _orgs(text: str) -> list[str]:
    return [o for e in _events(text, "incident") for o in e.get("organisation", [])]


def test_a_gang_named_by_its_malware_is_not_the_victim():
    s = ("The Harrowgate ransomware gang said it was behind the cyberattack that paralysed Belgian freight carrier "
         "Ostrava Lines over the weekend.")
    assert _orgs(s) == ["Ostrava Lines"], _events(s, "incident")
    assert attacker(s, _span(s, "Harrowgate"))
    assert not attacker(s, _span(s, "Ostrava Lines"))


def test_a_group_known_by_a_name_or_claiming_the_attack_is_not_the_victim():
    s = ("A hacking group known as Pellmar claimed responsibility for a ransomware attack that halted two factories "
         "of Quellen Optics.")
    assert _orgs(s) == ["Quellen Optics"], _events(s, "incident")
    assert attacker(s, _span(s, "Pellmar"))
    t = "Pellmar claimed the cyberattack on Quellen Optics in a post on its leak site."
    assert attacker(t, _span(t, "Pellmar"))
    assert not attacker(t, _span(t, "Quellen Optics"))


def test_with_only_the_attackers_named_the_incident_has_no_organisation():
    got = _events("Investigators said the Harrowgate ransomware gang claimed the attack and stole 2.4 terabytes "
                  "of files.", "incident")
    assert got and not any(e.get("organisation") for e in got), got


def test_attackers_kind_without_an_attack_is_no_incident():
    for s in ("Prosecutors said the two men ran the Harrowgate ransomware operation from Kazan for three years.",
              "Interpol said the botnet had served at least four ransomware gangs in Europe."):
        assert _events(s, "incident") == [], (s, _events(s, "incident"))
        i = s.index("ransomware")
        assert kind_only(s, i, i + len("ransomware"))
    # must not change: a ransomware attack told as one, a ransomware strain that hit a company
    assert _orgs("Ostrava Lines said a ransomware attack had shut its booking system on Monday.") == ["Ostrava Lines"]
    s = "A ransomware strain called Vexbyte hit Ostrava Lines on Monday, the carrier said."
    i = s.index("ransomware")
    assert not kind_only(s, i, i + len("ransomware"))


def test_an_incident_word_as_a_purpose_is_no_incident():
    s = "Police seized servers of Kestrix, a toolkit used to spread ransomware to small businesses, Interpol said."
    assert _events(s, "incident") == [], _events(s, "incident")
    # must not change: an incident the subject suffered
    assert _orgs("Ostrava Lines was forced to halt deliveries after a ransomware attack on Monday.") == ["Ostrava Lines"]


def test_a_list_of_vulnerabilities_is_no_incident_of_its_keeper():
    s = "Norvane Cyber added the flaw to its list of actively exploited vulnerabilities on Thursday."
    assert _events(s, "incident") == [], _events(s, "incident")
    assert _orgs("Ostrava Lines disclosed a critical vulnerability in its booking portal on Monday.") == ["Ostrava Lines"]


def test_a_common_word_opening_the_sentence_is_no_organisation(monkeypatch):
    from topline.check import parse
    from topline.events import attackers

    s = "Lorries queued for miles outside Dunmore port after a ransomware attack on its booking system."
    if parse.available():
        # the incident stays, with no organisation (not the capitalised first word)
        assert _events(s, "incident") == [{"kind": ["ransomware attack"]}], _events(s, "incident")
        assert _events("Smoke from the fire at the depot drifted across the river on Friday.", "incident") == \
            [{"kind": ["fire"]}]
        assert attackers.common_opener(s, _span(s, "Lorries"))
        # must not change: a company's name opening the sentence
        t = "Ostrava shares were down 4% after the outage."
        assert not attackers.common_opener(t, _span(t, "Ostrava"))
        assert _orgs(t) == ["Ostrava"]
    # without the parse: the names stay as before
    monkeypatch.setattr(parse, "_nlp", lambda: None)
    assert not attackers.common_opener(s, _span(s, "Lorries"))


def test_the_source_cited_is_no_organisation():
    for s in ("The outage cut service to about 9,000 homes in Kerrow, according to figures from the tracking site "
              "Linewatch.",
              "Hundreds of card payments failed during the outage, the Courier has been told."):
        got = _events(s, "incident")
        assert got and not any(e.get("organisation") for e in got), (s, got)
    # must not change: the company that suffered it, cited by the sentence's wire
    assert _orgs("Ostrava Lines suffered an outage on Monday, according to Reuters.") == ["Ostrava Lines"]


def test_an_attempt_to_buy_is_no_acquisition():
    """The lead, after eval-geo's measurement: a buying verb after an attempt is no deal; the same sentence with the
    purchase agreed still gives one (sentences written for this test)."""
    tried = _events("Harbrook Mills said Tellaris Group tried to buy Venmoor Foods for $2.1 billion last year.",
                    "acquisition")
    sought = _events("Tellaris Group is seeking to acquire Venmoor Foods for $2.1 billion, people familiar said.",
                     "acquisition")
    agreed = _events("Tellaris Group agreed to buy Venmoor Foods for $2.1 billion on Tuesday.", "acquisition")
    assert tried == [] and sought == []
    assert agreed and agreed[0]["target"] == ["Venmoor Foods"]


def test_a_preposition_opening_the_sentence_is_no_organisation():
    """The lead, after eval-work's measurement: "Across 9 regions" opens a sentence, it names no employer; the same
    strike with its employer named still gives one (sentences written for this test)."""
    across = _events("Across 9 regions, depots stood idle as drivers staged a 24-hour strike.", "incident")
    around = _events("Around 300 depot workers at Pellham Freight began a strike on Monday over pay.", "incident")
    assert not any("Across" in str(e.get("organisation")) for e in across)
    assert around and around[0]["organisation"] == ["Pellham Freight"]
