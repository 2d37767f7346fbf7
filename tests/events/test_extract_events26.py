"""events26 (issue 12): who does an act and whether it is done, read from the sentence's parse; political and judicial
acts; currencies, yields, spreads and bonds in cents as market moves; a country is never bought. Sentences written for
these tests."""
import datetime as dt

import pytest

from topline.check import parse
from topline.events import agency
from topline.events.agency import DONE, OTHER, PLAN, UNKNOWN, acting, reading
from topline.events.state_acts import nation, political_act
from topline.records import Event, EventField

from tests.events.sentence_helpers import sentence_fields

needs_parse = pytest.mark.skipif(not parse.available(), reason="the [parse] extra is not installed")


def _moves(sentence: str) -> dict[str, str]:
    return {str(d["instrument"][0]): str(d["move"][0]) for d in sentence_fields(sentence, "market_move")}


# --- who acts, and whether it is done ---------------------------------------------------------------------------

@needs_parse
def test_the_doer_is_the_subject_of_the_acts_verb():
    s = "Bond prices slid after the assembly approved an emergency budget, in a week when the Bank of Narnia held rates."
    assert acting(s, "assembly", "approved") == DONE
    assert acting(s, "Bank of Narnia", "approved") == OTHER      # a bystander named later in the sentence
    s = "The Senate voted on Thursday to approve the harbour bill."
    assert acting(s, "Senate", "approve") == DONE               # what a house voted to do, it did


@needs_parse
def test_a_speaker_or_a_passive_without_agent_is_not_the_doer():
    assert acting("A ferry subsidy bill was signed into law on Friday, the governor's office said.",
                  "governor's office", "signed into law") == OTHER
    assert acting("The council agreed to reopen talks on lifting its levies on imported bikes, the ministry said.",
                  "ministry", "levies") == OTHER               # the levies hang on "talks", not on an act


@needs_parse
def test_a_plan_an_attempt_or_a_modal_is_no_done_act():
    assert reading("The regulator moved to ban sales of the toy on Monday.", "regulator", "ban") == (PLAN, "move")
    assert acting("Ruritania will impose duties on imported steel.", "Ruritania", "duties") == PLAN
    assert reading("The cartel tries to buy Velt Shipping.", "cartel", "Velt Shipping") == (PLAN, "try")
    assert acting("The watchdog fined Harlow Freight 2 million pounds.", "watchdog", "fined") == DONE


def test_without_the_parse_only_the_speaker_is_read(monkeypatch):
    monkeypatch.setattr(parse, "_nlp", lambda: None)
    s = "Import duties on solar glass will rise next month, the trade ministry said."
    assert acting(s, "trade ministry", "duties") == OTHER
    assert acting("The trade ministry raised duties on solar glass.", "trade ministry", "duties") == UNKNOWN


def _event(kind: str, sentence: str, **fields: str) -> Event:
    return Event("s1", kind, tuple(EventField(k, v, v, "https://x.example/a", sentence) for k, v in fields.items()),
                 "https://x.example/a", sentence, date=dt.date(2026, 3, 2))


@needs_parse
def test_a_claim_title_needs_the_doer_and_a_done_act():
    from topline.write.offline.claim_guards import _not_its_act

    s = "Bond prices slid after the assembly passed the budget bill, while the Bank of Narnia held rates."
    wrong = _event("state_action", s, body="Bank of Narnia", action="bill")
    right = _event("state_action", s, body="assembly", action="bill")
    assert _not_its_act("Bank of Narnia moves to legislate", wrong, s, "Bank of Narnia")
    assert not _not_its_act("assembly moves to legislate", right, s, "assembly")
    planned = "The regulator plans to fine Harlow Freight over late filings."
    e = _event("state_action", planned, body="regulator", action="fine")
    assert _not_its_act("regulator fines Harlow Freight", e, planned, "regulator")           # told done: false
    assert not _not_its_act("regulator moves to fine Harlow Freight", e, planned, "regulator")
    tried = "Castellan Group sought to acquire Ormley Mills last year."
    e = _event("acquisition", tried, acquirer="Castellan Group", target="Ormley Mills")
    assert _not_its_act("Castellan Group agrees to buy Ormley Mills", e, tried, "Castellan Group")
    agreed = "Castellan Group agreed to acquire Ormley Mills for $40 million."
    e = _event("acquisition", agreed, acquirer="Castellan Group", target="Ormley Mills")
    assert not _not_its_act("Castellan Group agrees to buy Ormley Mills", e, agreed, "Castellan Group")


def test_a_field_of_another_sentence_gives_no_verdict():
    e = _event("state_action", "The assembly passed the bill.", body="assembly", action="bill")
    assert agency.event_reading(e, "Another sentence entirely.", "assembly") == (UNKNOWN, "")


# --- political and judicial acts ----------------------------------------------------------------------------------

@needs_parse
def test_acts_of_legislatures_courts_and_governments():
    def fields(s: str) -> dict:
        r = political_act(s)
        return {k: v for k, v, _ in r.fields} if r else {}

    got = fields("Ruritania's Congress ousted President Lev Mardo late on Friday by 80 votes to 20.")
    assert got["body"] == "Congress" and got["action"] == "other" and got["target"] == "President Lev Mardo"
    assert fields("The Senate confirmed Ada Brill as interior minister on Thursday.")["target"] == "Ada Brill"
    got = fields("The Commerce Department added 12 drone makers to its trade blacklist on Monday.")
    assert got["action"] == "ban" and got["body"] == "Commerce Department"
    assert fields("Poland released six fishermen held since March.")["jurisdiction"] == "Poland"
    # not acts of state: a company's act, a thing confirmed, an act asked for, one not yet done, a plan
    assert not fields("The retailer removed the toy from its shelves.")
    assert not fields("The ministry confirmed a second case of swine fever on a farm.")
    assert not fields("Unions called for the Commission to release the reserve funds.")
    assert not fields("The assembly has yet to pass the budget.")
    assert not fields("The government hopes to pass the law by June.")


# --- market moves -----------------------------------------------------------------------------------------------

def test_a_currency_owned_by_its_country_and_after_a_dateline():
    assert _moves("ACCRA, March 2 (Reuters) - Ghana's cedi fell 2.4% against the dollar on Monday.") == \
        {"cedi": "-2.4%"}
    assert _moves("The leu firmed 0.8% against the euro.") == {"leu": "+0.8%"}


def test_yields_named_as_one_yield():
    assert _moves("Yields on 20-year government bonds rose 6 basis points to 2.9%.") == {"20-year yield": "+6bp"}
    assert _moves("The krone was flat and Danish five-year yields fell 3 basis points.") == \
        {"Danish five-year yield": "-3bp"}


def test_a_bonds_move_in_cents():
    assert _moves("Ruritania's dollar bonds due 2030 fell about 1.5 cents on Tuesday.") == \
        {"Ruritania's dollar bonds due 2030": "-1.5 cents"}
    assert _moves("The notes rose 3 cents.") == {}       # which notes, another sentence says


def test_a_yield_spread():
    assert _moves("The spread between Greek and German 10-year bonds widened 8 basis points to 90 basis points.") == \
        {"Greek-German 10-year spread": "+8bp"}
    assert _moves("The OAT-Bund spread narrowed 2 basis points.") == {"OAT-Bund spread": "-2bp"}
    assert _moves("The company's net loss widened 12% to $40 million.") == {}


# --- a country is never bought --------------------------------------------------------------------------------

def test_a_country_or_a_people_is_no_target():
    assert nation("Poland") and nation("Chinese") and nation("Americans")
    assert not nation("Ormley Mills")
    assert not sentence_fields("Castellan Group agreed to buy Poland for $40 million.", "acquisition")
    assert sentence_fields("Castellan Group agreed to buy Ormley Mills for $40 million.", "acquisition")
