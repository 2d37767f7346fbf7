"""Recall of fields by grammar (issue 12, ninth pass): the classes of gold events the ledger missed on the calibration
corpora, each rule tested on sentences written for it (none taken from a corpus).

1. a launch whose product is the verb's object told in common words ("launched a sodium-ion cell"), a bare name set
   off by its apposition, what a version or the weights are of, and a new service or route started;
2. an incident that is a strike by workers or a walkout;
3. a public body named by another head noun (Directorate, Commissioner, watchdog, Coast Guard) and acts named by
   other words (a licence granted, a firm designated, a vessel detained, a rebate)."""
import re

from topline.events.extract import sentence_events

DAY = "2026-04-07"


def _events(sentence: str, kind: str) -> list[dict]:
    common = frozenset(re.findall(r"(?<![\w'.-])[a-z][a-z-]+", sentence))
    return [{k: v for k, v, _ in r.fields} for r in sentence_events(sentence, DAY, common) if r.type == kind]


# --- 1. launches ----------------------------------------------------------------------------------------------------

def test_a_launch_object_in_common_words_is_the_product():
    got = _events("Harlow Tech on Wednesday unveiled a lithium-ion cooling system for data centres.", "launch")
    assert got == [{"organisation": "Harlow Tech", "product": "lithium-ion cooling system"}]
    got = _events("Norrow Labs introduced its new coding assistant on Tuesday.", "launch")
    assert got and got[0]["product"] == "coding assistant"
    got = _events("Brenmar Shipping began a weekly service linking Busan and Rotterdam.", "launch")
    assert got == [{"organisation": "Brenmar Shipping", "product": "weekly service"}]


def test_a_version_or_the_weights_of_a_thing_keep_what_they_are_of():
    got = _events("Talvik Bio said it had launched a generic version of Pellane's heart drug Corvane in Europe.",
                  "launch")
    assert got and got[0]["product"] == "generic version of Pellane's heart drug Corvane"
    got = _events("Quillon AI has released the weights of Sable-3, a speech model.", "launch")
    assert got and got[0]["product"] == "weights of Sable-3"
    assert not _events("Quillon AI has released the weights of most of its models under an open licence.", "launch")


def test_a_bare_name_before_its_apposition_is_the_product():
    got = _events("Ostrava Net on Tuesday launched pay per view, a service that charges readers by the article.",
                  "launch")
    assert got and got[0]["product"] == "pay per view"


def test_objects_that_are_no_product_make_no_launch():
    assert not _events("Kestrel Motors released a statement on Monday.", "launch")
    assert not _events("Vanta Robotics launched a review of its safety rules.", "launch")
    assert not _events("Codewell said it had released an update that warns users.", "launch")
    assert not _events("Marrow Cells unveiled a 600Ah sodium-ion cell designed for storage.", "launch")
    assert not _events("Fulham Town have launched an app that lets fans vote on the team.", "launch")   # no name
    # the noun "launch" has no object; a subject before ", and" belongs to another clause
    assert not _events("Orrin Labs is to release Orrin 4 soon, in a launch the company hopes will win back users.",
                       "launch")
    assert not _events("Players posted messages of support, and the club's fans unveiled a banner on Tuesday.",
                       "launch")
    # a prepositional phrase set off by a comma is no apposed name
    assert not _events("Oriel has projects in Britain and the Gulf announced in the same week, a sign of growth.",
                       "launch")


# --- 2. strikes ---------------------------------------------------------------------------------------------------

def test_a_strike_by_workers_is_an_incident_and_a_military_strike_is_not():
    got = _events("A 24-hour strike by crane drivers halted work at Harwich's Bayside terminal on Monday.", "incident")
    assert got and got[0]["kind"] == "strike"
    got = _events("Staff at Norrland Rail began a walkout on Monday over pay.", "incident")
    assert got and got[0]["kind"] == "strike"
    assert not _events("The air force launched strikes on targets near the border on Monday.", "incident")
    assert not _events("The lawyers said the ruling would strike a balance between the two sides.", "incident")


# --- 3. public bodies and their acts --------------------------------------------------------------------------------

def test_bodies_named_by_other_head_nouns_act():
    got = _events("The Directorate General of Aviation said it had opened an investigation into the crash.",
                  "state_action")
    assert got and got[0]["body"] == "Directorate General of Aviation" and got[0]["action"] == "probe"
    got = _events("The U.S. Coast Guard has detained a Liberia-flagged tanker in Houston after an inspection.",
                  "state_action")
    assert got and got[0]["body"] == "Coast Guard" and got[0]["action"] == "other"
    got = _events("The Competition and Markets Authority has designated Tarrow Cloud as having strategic market status.",
                  "state_action")
    assert got and got[0]["body"] == "Competition and Markets Authority" and got[0]["target"] == "Tarrow Cloud"


def test_acts_named_by_other_words():
    got = _events("Norway's nuclear regulator on Tuesday granted a construction licence for the country's first "
                  "reactor.", "state_action")
    assert got and got[0]["action"] == "other" and got[0]["jurisdiction"] == "Norway"
    # a designation still to be decided is no act
    assert not _events("Officials are assessing whether the cloud services should be designated as a gatekeeper by "
                       "the Commission.", "state_action")


# --- 4. a sub-index is not its benchmark (a false claim the new state actions brought onto a page) ----------------

def test_a_sub_index_named_in_common_words_is_what_moved():
    got = _events("The STOXX Europe 600 basic resources index fell 3.1% on Tuesday.", "market_move")
    assert got and got[0]["instrument"] == "STOXX Europe 600 basic resources index" and got[0]["move"] == "-3.1%"
    got = _events("The FTSE 100 fell 1.2% on Tuesday.", "market_move")
    assert got and got[0]["instrument"] == "FTSE 100"
