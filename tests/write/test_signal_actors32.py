"""signals32 (issue 12): a claim's subject that its statement uses as a common noun is no actor (``actor_words``),
and a state act dated on the page's weekday in its main clause is of the day whatever year a later clause names
(``claims_states.dated_on``). Sentences written for this test on the shapes of eval-water's pages; the offline
writer's own parts and the real extractor."""

from __future__ import annotations

import datetime as dt

from tests.events import signal_helpers as h
from topline.write.offline.actor_words import common_use
from topline.write.offline.claim_guards import not_a_claim
from topline.write.offline.claims import is_claim
from topline.write.offline.claims_states import states_signals, told_today
from topline.write.offline.compose import Composer

TUE, WED = dt.date(2031, 3, 4), dt.date(2031, 3, 5)

_SETTLE = ("Halvery Chemicals agreed on Wednesday to pay up to $900 million to settle claims by public water "
           "systems that its PFAS chemicals contaminated drinking water supplies, the company said.")
_MP = "The local MP said it was the third major outage in the town in two years."


def _event(type_: str, sentence: str, **fields: tuple[object, str]):  # noqa: ANN202 - records.Event
    from topline.records import Event, EventField

    url = "https://wire.example/x"
    return Event("s1", type_, tuple(EventField(n, v, t, url, sentence) for n, (v, t) in fields.items()), url, sentence)


def test_a_word_the_statement_writes_as_a_common_noun_names_no_actor() -> None:
    assert common_use("PFAS", _SETTLE)                 # "its PFAS chemicals": the company's chemicals
    assert common_use("MP", _MP)                       # "The local MP": a role
    assert common_use("It", "It said the pipes had burst.")
    # a name: alone, after "the" alone, or written once as a name in the same sentence
    assert not common_use("EPA", "The EPA on Wednesday finalized a rule on PFAS.")
    assert not common_use("Ofwat", "Ofwat fined Calderbeck Water on Wednesday.")
    assert not common_use("PFAS", "PFAS Remedies said its PFAS filters sold out.")
    assert not common_use("Halvery Chemicals", _SETTLE)     # a name of several words is read as written


def test_an_incident_of_a_substance_or_a_role_is_no_claim() -> None:
    comp = Composer({})
    pfas = _event("incident", _SETTLE, organisation=("PFAS", "PFAS"), kind=("contamination", "contaminated"))
    assert not_a_claim("PFAS reports contamination", pfas, _SETTLE, comp)
    mp = _event("incident", _MP, organisation=("MP", "MP"), kind=("outage", "outage"))
    assert not_a_claim("MP suffers an outage", mp, _MP, comp)
    told = "Sudmere Water suffered an outage on Wednesday that left 38,000 homes without water."
    own = _event("incident", told, organisation=("Sudmere Water", "Sudmere Water"), kind=("outage", "outage"))
    assert not not_a_claim("Sudmere Water suffers an outage", own, told, comp)


_RULE = ("EPA on Wednesday finalized a rule that gives water systems until 2033 instead of 2031 to meet its limits "
         "for PFOA and PFOS, and that rescinds the limits it set in 2026 for four other chemicals.")
_LOAN = ("The Texas Water Development Board approved a $265 million low-interest loan on Wednesday for the Ocotillo "
         "Basin Water Authority to build a reuse plant.")


def _stories(*texts_by_story):  # noqa: ANN001, ANN202 - (source, title, text, day) per story
    return [h.story(f"s{i}", "Policy", h.art(src, title, text, day))
            for i, (src, title, text, day) in enumerate(texts_by_story, 1)]


def test_a_rule_dated_on_the_day_is_of_the_day_whatever_year_a_later_clause_names() -> None:
    edition = _stories(("E&E Wire", "EPA finalizes PFAS rollback", _RULE, WED),
                       ("Texas Daily", "Reuse plant wins state loan", _LOAN, WED))
    comp = Composer(h.articles_of(edition))
    led = h.ledger_of(edition, "Policy", WED)
    rule = [e for e in led.events if e.story_id == "s1" and e.type == "state_action"]
    assert rule, led.events
    assert [c for c, _ in told_today(rule[0], WED, {}, comp)] == ["EPA finalizes a rule"]
    sigs = states_signals(edition, led.events, {}, comp, WED)
    assert len(sigs) == 1, sigs
    assert sigs[0].title == ("Two state actions: EPA finalizes a rule and Texas Water Development Board approves a "
                             "$265 million low-interest loan on the same day")
    h.checked(sigs[0], comp.articles)
    assert is_claim(sigs[0].title, [f.text for e in led.events for f in e.fields if f.text])


def test_a_year_in_the_main_clause_or_another_weekday_still_dates_the_act_earlier() -> None:
    for text, day in (
        # the act itself told of an earlier year: background
        ("EPA finalized a rule in 2026 that gives water systems until 2033 to meet its limits for PFOA.", WED),
        # the weekday named is not the page's: the act is Tuesday's, on Wednesday's page
        (_RULE.replace("Wednesday", "Tuesday"), WED),
    ):
        edition = _stories(("E&E Wire", "EPA rule", text, day))
        comp = Composer(h.articles_of(edition))
        led = h.ledger_of(edition, "Policy", day)
        assert all(told_today(e, WED, {}, comp) == [] for e in led.events), text


def test_jobs_cut_and_flights_cancelled_are_told_as_their_statements_frame_them() -> None:
    from topline.write.offline.clause import clause

    def told(sentence: str, org: str, word: str, kind: str, scale: str) -> str:
        return clause(_event("incident", sentence, organisation=(org, org), kind=(kind, word), scale=(scale, scale)),
                      sentence)
    assert told("Tarrow Air has cancelled 640 flights scheduled for Wednesday after crews called a strike.",
                "Tarrow Air", "cancelled", "cancellations", "640 flights") == "Tarrow Air cancels 640 flights"
    assert told("Pellmoor Bio will lay off about 30% of its workforce, roughly 125 people.", "Pellmoor Bio",
                "lay off", "job cuts", "about 30% of its workforce") == \
        "Pellmoor Bio will lay off about 30% of its workforce"
    assert told("Castleholm Bank plans to cut about 3,000 jobs by 2033.", "Castleholm Bank", "cut", "job cuts",
                "about 3,000 jobs") == "Castleholm Bank plans to cut about 3,000 jobs"
    # a plan reported, a conditional or a leak: no clause (never told as done)
    for sentence in ("Wendholm Industrie is preparing to cut about 1,500 jobs, Handelsblatt has learned.",
                     "Wendholm Industrie said on Tuesday it would cut about 1,500 jobs.",
                     "Wendholm Industrie could cut about 1,500 jobs."):
        assert told(sentence, "Wendholm Industrie", "cut", "job cuts", "about 1,500 jobs") == "", sentence


def test_two_employers_cutting_jobs_make_a_checked_claim_with_no_incidents_head() -> None:
    from topline.write.offline.claims import group_claim

    day = WED
    edition = [h.story("s1", "Policy", h.art("Wire", "Castleholm Bank to cut 3,000 jobs",
                                             "Castleholm Bank plans to cut about 3,000 jobs by 2033, mostly in "
                                             "operations, the bank said on Wednesday.", day)),
               h.story("s2", "Policy", h.art("Daily", "Pellmoor Bio lays off staff",
                                             "Pellmoor Bio will lay off about 30% of its workforce, roughly 125 "
                                             "people, the company said on Wednesday.", day))]
    comp = Composer(h.articles_of(edition))
    led = h.ledger_of(edition, "Policy", day)
    got = group_claim(edition, led.events, {}, comp, day)
    assert got is not None, led.events
    title = got[0].text
    assert not title.startswith("Two incidents"), title
    assert "Castleholm Bank plans to cut about 3,000 jobs" in title and "Pellmoor Bio will lay off" in title, title
    assert is_claim(title, ["Castleholm Bank", "Pellmoor Bio"])


def test_a_vote_an_office_holder_and_an_adverbial_after_the_verb_keep_their_state_clause() -> None:
    from topline.write.offline.state_clause import state_clause

    def told(sentence: str, body: str) -> str:
        return state_clause(_event("state_action", sentence, body=(body, body), action=("law", "law")), sentence)
    assert told("LISBON, March 5 (Reuters) - Lisbon's city council voted on Wednesday to double the tax charged to "
                "tourists staying in the city to 4 euros a night from April.", "city council") == \
        "Lisbon's city council votes to double the tax charged to tourists"
    assert told("New York Governor Marisa Delaney on Wednesday signed a law requiring developers of the most "
                "powerful AI models to publish safety plans.", "York Governor") == \
        "New York Governor Marisa Delaney signs a law"
    assert told("The Florence city council approved on Wednesday evening a ban on new short-term rental licences "
                "in the historic centre, the area where about 9,000 flats are let.", "city council") == \
        "Florence city council approves a ban on new short-term rental licences"
    # a vote against, or to nothing read as an object: no clause
    assert told("Lisbon's city council voted on Wednesday not to raise the tax.", "city council") == ""
    assert told("Governor Tom Price on Wednesday vetoed the bill.", "Governor") == ""


def test_an_index_after_a_modifier_and_an_employer_after_a_preposition() -> None:
    from topline.write.offline.clause import clause

    moved = ("Halden shares rose 6.5% in Taipei trading on Wednesday, outperforming the benchmark Taiex, which rose "
             "0.4%.")
    e = _event("market_move", moved, instrument=("Taiex", "Taiex"), move=("+0.4%", "0.4%"))
    assert not not_a_claim("Taiex rises 0.4%", e, moved, Composer({}))     # "the benchmark Taiex" is a name
    deal = "The deal with Ravenholt Asset Management will cut about 900 jobs over three years."
    assert clause(_event("incident", deal, organisation=("Ravenholt Asset Management", "Ravenholt Asset Management"),
                         kind=("job cuts", "cut"), scale=("about 900 jobs", "about 900 jobs")), deal) == ""


def test_the_malware_that_hit_is_no_victim() -> None:
    told = "Redvale said Glasswing had hit at least 40 organizations in the US and Europe since October."
    e = _event("incident", told, organisation=("Glasswing", "Glasswing"), kind=("ransomware attack", "ransomware"))
    assert not_a_claim("Glasswing suffers a ransomware attack", e, told, Composer({}))
    hit = "Glasswing, a ransomware family, hit Tarlow Hospital's systems on Tuesday."
    victim = _event("incident", hit, organisation=("Tarlow Hospital", "Tarlow Hospital"),
                    kind=("ransomware attack", "ransomware"))
    assert not not_a_claim("Tarlow Hospital suffers a ransomware attack", victim, hit, Composer({}))


def test_an_object_is_not_cut_inside_a_list_of_modifiers() -> None:
    from topline.write.offline.state_clause import state_clause

    told = ("The Union Cabinet on Wednesday approved a ₹7,600 crore semiconductor assembly, testing and packaging plant "
            "to be set up in Sanand.")
    e = _event("state_action", told, body=("Union Cabinet", "Union Cabinet"), action=("approved", "approved"))
    assert state_clause(e, told) == ""
    fine = "The Union Cabinet on Wednesday approved a ₹7,600 crore chip plant, the largest in the state."
    e = _event("state_action", fine, body=("Union Cabinet", "Union Cabinet"), action=("approved", "approved"))
    assert state_clause(e, fine) == "Union Cabinet approves a ₹7,600 crore chip plant"


def test_a_word_that_modifies_an_owner_is_no_instrument() -> None:
    told = "Rival recruiters' shares fell between 3% and 6%."
    e = _event("market_move", told, instrument=("Rival", "Rival"), move=("-3%", "3%"))
    assert not_a_claim("Rival falls 3%", e, told, Composer({}))
    named = "Kestrel shares fell 3% in London."
    e = _event("market_move", named, instrument=("Kestrel", "Kestrel"), move=("-3%", "3%"))
    assert not not_a_claim("Kestrel falls 3%", e, named, Composer({}))


def test_a_body_named_of_its_members_takes_the_singular() -> None:
    from topline.write.offline.agreement import agree

    assert agree("Council of Ministers", "approves the deposit system") == "approves the deposit system"
    assert agree("Texas lawmakers", "moves to legislate") == "move to legislate"


def test_a_first_is_not_cut_from_the_clause_that_defines_it() -> None:
    from topline.write.offline.state_clause import state_clause

    told = ("The Securities and Exchange Commission on Wednesday approved the first U.S. exchange-traded fund that "
            "stakes its ether holdings.")
    e = _event("state_action", told, body=("Securities and Exchange Commission", "Securities and Exchange Commission"),
               action=("approved", "approved"))
    assert state_clause(e, told) == ""
    rule = "EPA on Wednesday finalized a rule that gives water systems until 2033 to meet its limits."
    e = _event("state_action", rule, body=("EPA", "EPA"), action=("rule", "rule"))
    assert state_clause(e, rule) == "EPA finalizes a rule"


def test_an_objects_modifier_or_a_names_role_is_not_cut_away() -> None:
    from topline.write.offline.state_clause import state_clause

    def told(sentence: str, body: str) -> str:
        return state_clause(_event("state_action", sentence, body=(body, body), action=("approved", "approved")),
                            sentence)
    assert told("The Bank of Canada cut its key overnight rate by 25 basis points to 2.25% on Wednesday.",
                "Bank of Canada") != "Bank of Canada cuts its key"
    assert told("The Ministry of Defence has confirmed Aldergrove Shipbuilding as the builder of six support ships.",
                "Ministry of Defence") == ""
