"""Two false claim titles of eval-cyber, read after its one measurement as held-out data (the lead, 2026-12-06):

1. Who carried an incident out is not what it befell (``events.incidents.perpetrator``): "Poland ... blamed Russia's
   GRU military intelligence agency for a series of cyberattacks on water utilities" had become "GRU suffers a
   cyberattack". A name blamed, accused or suspected of the incident, or the one it is attributed to or carried out
   by, is not its organisation; the victim named in the same sentence still is.
2. A relative clause closed just before the act (``events.spans._subject``): "Nivalis Cyber, which monitors ... from
   its centres in Rennes and Lyon, has raised €65 million" had become "Lyon raises €65 million"."""

from topline.events.incidents import perpetrator
from topline.events.spans import Span

from tests.events.test_extract_events24 import _events

# eval-cyber (s20), 2026-12-15
BLAMED = (
    "Poland on Tuesday blamed Russia's GRU military intelligence agency for a series of cyberattacks on water "
    "utilities last month that briefly disrupted supplies in two towns, and said it would summon Russia's chargé "
    "d'affaires."
)
ATTRIBUTED = (
    "The Polish government has formally attributed cyberattacks on four municipal water companies to a unit of "
    "Russia's GRU military intelligence, the digital affairs ministry announced."
)


def _span(s: str, name: str) -> Span:
    i = s.index(name)
    return Span(name, i, i + len(name), name)


def test_the_attacker_is_no_organisation_of_the_incident():
    for text in (BLAMED, ATTRIBUTED):
        assert all("GRU" not in " ".join(e.get("organisation", [])) for e in _events(text, "incident")), text


def test_blamed_before_and_attributed_or_carried_out_by_after():
    i = BLAMED.index("cyberattacks")
    assert perpetrator(BLAMED, _span(BLAMED, "GRU"), i, i + len("cyberattacks"))
    j = ATTRIBUTED.index("cyberattacks")
    assert perpetrator(ATTRIBUTED, _span(ATTRIBUTED, "GRU"), j, j + len("cyberattacks"))
    s = "A ransomware attack on Carrow Health by the Shardlock gang shut its pharmacies for two days."
    k = s.index("ransomware attack")
    assert perpetrator(s, _span(s, "Shardlock"), k, k + len("ransomware attack"))
    # must not change: the victim after "on", a subject that suffered it, a company "blamed" for nothing of the kind
    assert not perpetrator(s, _span(s, "Carrow Health"), k, k + len("ransomware attack"))
    v = "Veltrane Logistics said a cyberattack had halted its warehouses on Monday."
    m = v.index("cyberattack")
    assert not perpetrator(v, _span(v, "Veltrane Logistics"), m, m + len("cyberattack"))
    w = "Investors blamed Norlund for a weak quarter after an outage at its cloud unit."
    n = w.index("outage")
    assert not perpetrator(w, _span(w, "Norlund"), n, n + len("outage"))


def test_the_victim_named_beside_the_attacker_is_still_read():
    got = _events("A ransomware attack on Carrow Health by the Shardlock gang shut its pharmacies for two days.",
                  "incident")
    assert got and "Carrow Health" in " ".join(got[0].get("organisation", [])), got


# eval-cyber (s23), 2026-12-15
RELATIVE = (
    "The French start-up Nivalis Cyber, which monitors the networks of hospitals, local authorities and industrial "
    "companies from its security operations centres in Rennes and Lyon, has raised €65 million, it announced on "
    "Tuesday."
)


def test_the_name_before_a_relative_clause_acts():
    got = _events(RELATIVE, "funding")
    assert got and got[0]["company"] == ["Nivalis Cyber"], got
    got = _events("Kestrel Labs, whose backers include Sequoia, has raised $40 million in a Series B round.", "funding")
    assert got and got[0]["company"] == ["Kestrel Labs"], got
    # must not change: no relative clause; a round led by an investor named after the act
    got = _events("Kestrel Labs has raised $40 million in a Series B round led by Sequoia.", "funding")
    assert got and got[0]["company"] == ["Kestrel Labs"] and got[0]["investors"] == ["Sequoia"], got
