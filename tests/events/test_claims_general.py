"""Claims that are true on text nobody tuned on (issue 12, eighth pass): three general classes of false claim, each
rule tested on sentences written for it (none taken from a corpus).

1. a level read as a move ("stands at", "fell below $550 a tonne" -> "falls $550");
2. the body that reports, responds to or investigates an incident read as the one it befell;
3. a planned act told as done, and a target that runs into a verb ("investigates Korean aluminium is being")."""
import datetime as dt
import re

from topline.events.extract import sentence_events
from topline.records import Event, EventField
from topline.write.offline.claims import is_claim
from topline.write.offline.clause import clause

DAY = "2026-04-07"


def _raws(sentence: str):  # noqa: ANN202
    common = frozenset(re.findall(r"(?<![\w'.-])[a-z][a-z-]+", sentence))
    return sentence_events(sentence, DAY, common)


def _events(sentence: str, kind: str) -> list[dict]:
    return [{k: v for k, v, _ in r.fields} for r in _raws(sentence) if r.type == kind]


def _clauses(sentence: str, kind: str) -> list[str]:
    out = []
    for r in _raws(sentence):
        if r.type != kind:
            continue
        e = Event("s1", r.type, tuple(EventField(k, v, t, "https://x.example/1", sentence, "X") for k, v, t in r.fields),
                  "https://x.example/1", sentence, date=dt.date(2026, 4, 7))
        out.append(clause(e, sentence))
    return out


# --- 1. a level is not a move ---------------------------------------------------------------------------------------

def test_a_price_that_reaches_a_level_makes_no_move():
    assert not _events("Brent crude futures fell below $60 a barrel on Tuesday.", "market_move")
    assert not _events("Copper fell to $9,100 a tonne on Tuesday.", "market_move")
    assert not _events("Shares of Norrland Mining rose above $40 for the first time.", "market_move")
    assert not _events("Lithium carbonate prices are now 20% higher than a year ago.", "market_move")


def test_a_move_with_its_amount_is_still_read_beside_the_level():
    got = _events("Copper prices fell by $120 to $9,100 a tonne.", "market_move")
    assert got and got[0]["move"] == "-$120"
    got = _events("Copper fell 2% to $9,100 a tonne on Tuesday.", "market_move")
    assert got and got[0]["move"] == "-2%"
    got = _events("Shares of Tessin Steel slid just under 2% on Tuesday.", "market_move")
    assert got and got[0]["move"] == "-2%"
    got = _events("Shares of Tessin Steel rose more than 8% to $41.", "market_move")
    assert got and got[0]["move"] == "+8%"


# --- 2. the speaker or responder is not what the incident befell ---------------------------------------------------

def test_a_body_that_responds_to_or_reports_an_incident_is_not_its_organisation():
    got = _events("The Coast Guard responded to a fire aboard a tanker owned by Oster Shipping off the coast on "
                  "Tuesday.", "incident")
    assert got and got[0]["organisation"] == "Oster Shipping"
    got = _events("The Port Authority said the outage at the Kelso terminal, run by Brenmar Logistics, lasted six "
                  "hours.", "incident")
    assert got and got[0]["organisation"] == "Brenmar Logistics"
    got = _events("The Ministry of Transport is investigating a fire at a warehouse operated by Lindqvist Freight.",
                  "incident")
    assert got and got[0]["organisation"] == "Lindqvist Freight"
    assert all(c != "" and not c.startswith("Coast Guard") for c in _clauses(
        "The Coast Guard responded to a fire aboard a tanker owned by Oster Shipping on Tuesday.", "incident"))


def test_a_vessel_or_site_is_told_by_its_operator_and_a_body_reporting_its_own_incident_keeps_it():
    got = _events("A fire broke out aboard the Marell Star, a container ship operated by Dravo Lines, on Tuesday.",
                  "incident")
    assert got and got[0]["organisation"] == "Dravo Lines"
    got = _events("The Port Authority said hackers had breached its cargo system on Monday.", "incident")
    assert got and got[0]["organisation"] == "Port Authority" and got[0]["kind"] == "breach"
    got = _events("Telmar Networks said hackers had breached its billing system on Monday.", "incident")
    assert got and got[0]["organisation"] == "Telmar Networks"


# --- 3. planned stays planned; a target is a noun phrase ------------------------------------------------------------

def test_a_target_ends_before_its_verb():
    got = _events("The European Commission is preparing to open an investigation into whether Korean aluminium is "
                  "being routed through Vietnam.", "state_action")
    assert got and got[0]["target"] == "Korean aluminium"
    got = _events("The Commerce Department has opened a probe into whether Vietnamese tyres are being dumped on the "
                  "US market.", "state_action")
    assert got and got[0]["target"] == "Vietnamese tyres"
    assert _clauses("The Commerce Department has opened a probe into whether Vietnamese tyres are being dumped on "
                    "the US market.", "state_action") == ["Commerce Department investigates Vietnamese tyres"]


def test_a_planned_act_is_told_as_planned():
    c = _clauses("The European Commission is preparing to open an investigation into whether Korean aluminium is "
                 "being routed through Vietnam.", "state_action")
    assert c == ["European Commission prepares to investigate Korean aluminium"]
    assert is_claim(c[0], ["European Commission"])
    assert _clauses("The Federal Maritime Commission plans to investigate Ostra Shipping over fees.",
                    "state_action") == ["Federal Maritime Commission plans to investigate Ostra Shipping"]
    # done stays done
    assert _clauses("The Federal Maritime Commission opened an investigation into Ostra Shipping on Tuesday.",
                    "state_action") == ["Federal Maritime Commission investigates Ostra Shipping"]
    # an act under consideration makes no clause
    assert _clauses("The Federal Maritime Commission is considering whether to investigate Ostra Shipping.",
                    "state_action") in ([], [""])
    # an act in the passive and ongoing is no act of the day's subject
    assert not _events("Ostra Shipping is being investigated by the Federal Maritime Commission.", "state_action")


def test_a_venue_or_a_place_is_no_instrument_and_a_lower_case_name_is_kept_whole():
    # the things traded on an exchange moved, not the exchange; a gain over the week to a level is no day's move
    got = _events("Nickel futures on the Harlow Metals Exchange rose 4% on Tuesday to 16,200 dollars a ton, taking "
                  "gains this week to about 9%.", "market_move")
    assert all(e["instrument"] != "Harlow Metals Exchange" and e["move"] != "+9%" for e in got)
    assert not _events("Shares of shipping companies on the Tallin Exchange, including Norvik Lines, fell 3% in "
                       "morning trade.", "market_move")
    assert not _events("The Dunmore-based company's shares rose 6% after the launch.", "market_move")
    # ... the words stand for the article's main actor when there is one, and the futures traded are the instrument
    from topline.events.clauses import Context
    ctx = Context(day=dt.date(2026, 4, 7))
    ctx.company = "Kessel Power"
    s = "The Dunmore-based company's shares rose 6% after the launch."
    got = [dict((k, v) for k, v, _ in r.fields) for r in sentence_events(s, DAY, frozenset({"company", "shares"}), ctx)
           if r.type == "market_move"]
    assert got and got[0]["instrument"] == "Kessel Power"
    got = _events("Nickel futures on the Harlow Metals Exchange rose 4% on Tuesday.", "market_move")
    assert got and got[0]["instrument"] == "Nickel futures" and got[0]["move"] == "+4%"
    got = _events("LG innotek shares closed 2.1 percent higher on Tuesday.", "market_move")
    assert got and got[0]["instrument"] == "LG innotek"
    # a company's shares traded on an exchange are still its move
    got = _events("Shares of Tessin Steel rose 4% on the Oslo Bors.", "market_move")
    assert got and got[0]["instrument"] == "Tessin Steel"


# --- fields that generalise: what organisation launched or suffered -------------------------------------------------

def test_a_unit_or_a_place_is_no_organisation_and_based_is_not_part_of_a_name():
    for e in _events("The fault on a 500 kV line left 1.2 million homes without power across Chile.", "incident"):
        assert e["organisation"] not in ("kV", "Chile")
    got = _events("Paris-based Norrow Labs launched Norrow-4 on Tuesday.", "launch")
    assert got and got[0]["organisation"] == "Norrow Labs" and got[0]["product"] == "Norrow-4"
    got = _events("Harwell Cloud suffered an outage at its Frankfurt data centres on Tuesday.", "incident")
    assert got and got[0]["organisation"] == "Harwell Cloud"
