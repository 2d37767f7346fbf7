"""signals26 (issue 12): a claim's title says each act with its object and its own day. A move to regulate or ban
keeps its object or makes no clause (``clause``, ``state_clause.move_clause``); a launch's object is never cut inside
its noun phrase (``clause.launch_object``); "on the same day" only when each event's own day is the edition's
(``event_day``). Sentences written for this test."""

from __future__ import annotations

import datetime as dt
from types import SimpleNamespace

from tests.events import signal_helpers as h
from topline.records import Event, EventField
from topline.write.offline.clause import clause, launch_object
from topline.write.offline.event_day import own_day, same_day, told_day

TUE, WED = dt.date(2031, 3, 4), dt.date(2031, 3, 5)


def _field(name: str, value: object, text: str, url: str, sentence: str) -> EventField:
    return EventField(name, value, text, url, sentence)


def _rule(sentence: str, body: str, action: str = "rule", text: str = "rules") -> Event:
    return Event("s1", "state_action", (_field("body", body, body, "u", sentence),
                                        _field("action", action, text, "u", sentence)), "u", sentence)


def test_a_move_to_regulate_or_ban_keeps_its_object_or_makes_no_clause() -> None:
    drafting = ("Norland's Trade Ministry is drafting rules that would require export licences for harbour cranes "
                "and their control software, two people familiar with the plan said.")
    assert clause(_rule(drafting, "Trade Ministry"), drafting) == \
        "Norland's Trade Ministry moves to require export licences for harbour cranes and their control software"
    expected = "The Norland Payments Authority is expected to publish rules on card fees as soon as Thursday."
    assert clause(_rule(expected, "Norland Payments Authority"), expected) == \
        "Norland Payments Authority moves to regulate card fees"
    ban = "The Ostmark cabinet plans a ban on single-use vapes, its health minister said."
    assert clause(_rule(ban, "Ostmark cabinet", "ban", "ban"), ban) == "Ostmark cabinet moves to ban single-use vapes"
    # no object the main clause gives: no clause (the act in a clause of background, a ruling, a denial)
    for s, body, action in (
            ("Quarrow stock slipped 1.8%, extending a fall that began when the Commerce Department tightened rules "
             "on test tools sold abroad.", "Commerce Department", "rule"),
            ("The Ostmark cabinet has no plans to ban vapes, a spokesman said.", "Ostmark cabinet", "ban")):
        assert clause(_rule(s, body, action), s) == "", s


def test_a_ruling_is_told_by_what_it_decides() -> None:
    s = ("GENEVA - The ITU's Frequency Board ruled March 4 that Orbis Sat must stop using two disputed Ka-band "
         "channels at 31 degrees East until it completes coordination with Velsat.")
    assert clause(_rule(s, "Frequency Board", "rule", "ruled"), s) == \
        "Frequency Board rules that Orbis Sat must stop using two disputed Ka-band channels"
    # a ruling with no that-clause decides nothing a title can say
    s = "The Frequency Board ruled in favour of Orbis Sat on Tuesday."
    assert clause(_rule(s, "Frequency Board", "rule", "ruled"), s) == ""


def test_a_rule_notified_is_told_done_its_object_ending_before_the_participle_after_a_name() -> None:
    s = ("Norland's IT ministry on Tuesday notified amendments to the IT Rules requiring platforms and model makers to "
         "label generated images and to keep logs of them, with the rules taking effect in May.")
    assert clause(_rule(s, "IT ministry", "rule", "Rules"), s) == "Norland's IT ministry notifies amendments to the IT Rules"


def test_a_body_written_with_its_full_name_is_the_subject_of_its_decision() -> None:
    s = ("The Regional Wages and Productivity Board for the Capital Region on Tuesday approved a P40 increase in the "
         "daily minimum wage, raising it to P690.")
    got = clause(_rule(s, "Productivity Board for the Capital Region", "rule", "approved a P40 increase"), s)
    assert got == ("Regional Wages and Productivity Board for the Capital Region approves a P40 increase in the daily "
                   "minimum wage")


def test_a_launch_object_is_never_cut_inside_its_noun_phrase() -> None:
    plan = "Pellnote plans to release a Spanish-language version in the second quarter."
    assert launch_object(plan, "Spanish-language") == "a Spanish-language version"
    e = Event("s1", "launch", (_field("organisation", "Pellnote", "Pellnote", "u", plan),
                               _field("product", "Spanish-language", "Spanish-language", "u", plan),
                               _field("status", "planned", "plans to release", "u", plan)), "u", plan)
    assert clause(e, plan) == "Pellnote plans to release a Spanish-language version"
    # a name stands as it is, with or without the noun it names
    assert launch_object("Harrow AI launched Harrow-5 model at half the price.", "Harrow-5") == "Harrow-5"
    assert launch_object("Velbrook launched its V9 electric hatchback on Tuesday.", "V9") == "V9"
    assert launch_object("Harrow AI released Harrow-5, a coding model.", "Harrow-5") == "Harrow-5"
    # a modifier after a year: the whole phrase; a phrase that runs on past LAUNCH_HEAD_WORDS: no object
    assert launch_object("Brightly launched its 2031 Easter campaign, a film.", "Easter") == "its 2031 Easter campaign"
    assert launch_object("Brightly launched a Cloud-native data cleaning pipeline tool kit today.",
                         "Cloud-native") == ""


def test_on_the_same_day_only_when_each_events_own_day_is_the_editions() -> None:
    agreed = h.art("Wire", "t", "Pellham Group and Tarrow Gaming agreed an all-share merger, they said.", TUE)
    retold = h.art("Trade", "t", "Quenby said it would not bid for Tarrow Gaming, which agreed on Tuesday to merge "
                                 "with Pellham Group.", WED)
    fell = h.art("Markets", "t", "Pellham Group's shares fell 2.6% on Wednesday.", WED)
    comp = SimpleNamespace(articles={a.url: a for a in (agreed, retold, fell)})
    deal = Event("s1", "acquisition", (
        _field("acquirer", "Pellham Group", "Pellham Group", retold.url, retold.text),
        _field("target", "Tarrow Gaming", "Tarrow Gaming", agreed.url, agreed.text)), retold.url, retold.text)
    move = Event("s2", "market_move", (
        _field("instrument", "Pellham Group", "Pellham Group", fell.url, fell.text),
        _field("move", "-2.6%", "2.6%", fell.url, fell.text), _field("date", WED.isoformat(), "Wednesday", fell.url,
                                                                       fell.text)), fell.url, fell.text)
    assert own_day(deal, comp) == TUE and own_day(move, comp) == WED
    assert not same_day((deal, move), comp, WED)
    # told only in Wednesday's article, naming Tuesday: Tuesday's act all the same
    only = Event("s1", "acquisition", (_field("target", "Tarrow Gaming", "Tarrow Gaming", retold.url, retold.text),),
                 retold.url, retold.text)
    assert own_day(only, comp) == TUE
    # both of Wednesday: the same day
    today = h.art("Wire", "t", "Pellham Group agreed to buy Tarrow Gaming for $2 billion.", WED)
    comp.articles[today.url] = today
    deal2 = Event("s1", "acquisition", (_field("target", "Tarrow Gaming", "Tarrow Gaming", today.url, today.text),),
                  today.url, today.text)
    assert same_day((deal2, move), comp, WED)
    # the same act told again in its story, its names written otherwise, is of the day it was first told
    again = h.art("Trade", "t", "The merger of Pellham and Tarrow creates the third-largest group, analysts said.", WED)
    comp.articles[again.url] = again
    retell = Event("s1", "acquisition", (_field("acquirer", "Pellham", "Pellham", again.url, again.text),
                                         _field("target", "Tarrow", "Tarrow", again.url, again.text)), again.url,
                   again.text)
    assert own_day(retell, comp) == WED and same_day((retell, move), comp, WED)
    assert not same_day((retell, move), comp, WED, pool=(deal, retell, move))
    # a round in talks the day before and closed today is today's act
    talks = h.art("Wire", "t", "Pellham Group is close to raising about $200 million, people familiar said.", TUE)
    closed = h.art("Wire", "t", "Pellham Group has closed a $210 million round led by Orwin Capital.", WED)
    comp.articles.update({talks.url: talks, closed.url: closed})
    rnd = Event("s4", "funding", (_field("amount", 2e8, "$200 million", talks.url, talks.text),
                                  _field("amount", 2.1e8, "$210 million", closed.url, closed.text)), closed.url,
                closed.text)
    assert own_day(rnd, comp) == WED
    # a build-out announced on the day as to come ("will build") is of the day: what was announced that day
    plant = h.art("Wire", "t", "Pellham Group will build a $400 million plant in Marston, creating 650 jobs.", WED)
    comp.articles[plant.url] = plant
    capex = Event("s3", "capex", (_field("amount", 4e8, "$400 million", plant.url, plant.text),), plant.url,
                  plant.text)
    assert own_day(capex, comp) == WED and same_day((capex, move), comp, WED)


def test_the_day_a_sentence_tells() -> None:
    assert told_day("The deal was agreed on Tuesday, the companies said.", WED) == TUE
    assert told_day("Shares fell yesterday.", WED) == TUE
    assert told_day("Pellham will report results on Thursday.", WED) == WED    # a day ahead dates nothing
    assert told_day("Pellham agreed to buy Tarrow.", WED) == WED
