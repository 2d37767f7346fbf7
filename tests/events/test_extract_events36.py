"""events36 (issue 12, the lead's decision: a company's results are market moves): the results reading is on by
default and marks its events with the measure's own words; what a company sets (a price, a fee, a bank's rate, the
time its product saves), a benchmark score, a price reporter's assessment and a market's low are no results; the
article's actor is no dateline outlet and no home told before "company"; "it" is the owner of the subject above it;
the writer makes no clause of a result; "The group" or "It" that cuts jobs stands for the article's actor where the
article names it. Sentences written for these tests; the twins that must not give the event are beside them."""
import datetime as dt

import pytest

from topline.check import parse
from topline.events import results
from topline.events.clauses import Context
from topline.events.extract import article_statements, names, sentence_events
from topline.events.remember import remember
from topline.records import Event, EventField
from topline.write.offline.claims import roles
from topline.write.offline.clause import clause
from tests.events.sentence_helpers import DAY, article, sentence_fields

needs_parse = pytest.mark.skipif(not parse.available(), reason="the dependency parse (extra [parse]) is not installed")


@pytest.fixture(autouse=True)
def _reading_results(monkeypatch):
    monkeypatch.setattr(results, "READ_RESULTS", True)   # the default since events36; set so the code before it
    # (events35's rules, committed off) reads what these tests refuse


def _moves(sentence: str) -> list[tuple[str, str]]:
    return [(d["instrument"][0], d["move"][0]) for d in sentence_fields(sentence, "market_move")]


def _article_moves(text: str) -> list[tuple[str, str]]:
    statements, _ = article_statements(article(text), frozenset())
    return [(dict((n, v) for n, v, _ in r.fields)["instrument"], dict((n, v) for n, v, _ in r.fields)["move"])
            for r, _ in statements if r.type == "market_move"]


@needs_parse
def test_results_are_read_by_default_with_their_measure(monkeypatch):
    monkeypatch.undo()     # the module's default
    got = sentence_fields("Tolland Foods reported a pre-tax profit of £88m for the half year.", "market_move")
    assert [(d["instrument"], d["measure"]) for d in got] == [(["Tolland Foods pre-tax profit"], ["pre-tax profit"])]


@needs_parse
def test_a_change_over_its_period_is_the_result():
    assert _moves("Ostrell Homes' revenue rose 14% last year to $2.2 billion, it said.") == \
        [("Ostrell Homes revenue", "+14%")]


@needs_parse
def test_what_a_company_sets_is_no_result():
    assert _moves("Brindle Labs lowered the cost of its largest model to $2 per million tokens.") == []
    assert _moves("Quarrow Funds cut the annual fee on its gold exchange-traded fund to 0.15% from 0.3%.") == []
    assert _moves("The Kestrel Bank also raised the top of its lending corridor by 50 basis points to 6%.") == []
    assert _moves("Harlby Freight says it cuts the time a ship waits at berth by about 20%.") == []
    # the twin: a measure the company reports it has raised is one
    assert _moves("Harlby Freight raised its quarterly dividend by 8% on Tuesday.") == \
        [("Harlby Freight quarterly dividend", "+8%")]


@needs_parse
def test_a_score_an_assessment_or_a_markets_low_is_no_result():
    assert _article_moves("Orrel Labs released its coding agent on Monday. With more attempts per task, its score "
                          "rose to 61.5%.") == []
    assert _moves("Pricewell's assessment of the nickel premium stood at $240 per tonne on Tuesday.") == []
    assert _moves("The market operator Ibergrid recorded a low of minus 8 euros per megawatt-hour.") == []


@needs_parse
def test_a_home_before_company_and_a_dateline_outlet_are_not_the_company():
    assert _article_moves("Quarrel Systems filed for an IPO on Monday. The Austin, Texas-based company reported "
                          "revenue of $300 million for the first half.") == \
        [("Quarrel Systems revenue", "revenue of $300 million")]
    ctx = Context(day=dt.date.fromisoformat(DAY))
    s = "LISBON, May 3 (Reuters) - Tagus Bank raised its savings rate on Monday."
    remember(ctx, s, names(s, frozenset()))
    assert ctx.company == "Tagus Bank"
    ctx = Context(day=dt.date.fromisoformat(DAY))
    s = "Marrowby Bancorp fell 6% on Tuesday. The Leeds company's charge for bad loans doubled."
    remember(ctx, "The Leeds company's charge for bad loans doubled.",
             names("The Leeds company's charge for bad loans doubled.", frozenset()))
    assert ctx.company is None     # a home between "The" and a trade's noun is no actor


@needs_parse
def test_it_is_the_owner_of_the_subject_above_and_not_a_common_nouns():
    assert _moves("Harlow's shares closed higher after it reported a 7% rise in profit.") == \
        [("Harlow profit", "+7%")]
    assert _article_moves("Dunmore Bank opened a review on Monday. The regulator said it had cut the backlog by 20% "
                          "since June.") == []


def _result_event() -> Event:
    s = "Harlby Freight raised its quarterly dividend by 8% on Tuesday."
    f = [EventField("instrument", "Harlby Freight quarterly dividend", "Harlby Freight raised its quarterly dividend",
                    "https://wire.example/x", s),
         EventField("move", "+8%", "8%", "https://wire.example/x", s),
         EventField("date", DAY, "", "https://wire.example/x", s),
         EventField("measure", "quarterly dividend", "quarterly dividend", "https://wire.example/x", s)]
    return Event("s1", "market_move", tuple(f), "https://wire.example/x", s, date=dt.date.fromisoformat(DAY))


def test_the_writer_makes_no_clause_and_no_share_role_of_a_result():
    e = _result_event()
    assert clause(e) == ""
    assert not any("shares" in r for r in roles("harlby freight", e))
    share = Event("s1", "market_move", tuple(f for f in e.fields if f.name != "measure"), e.url, e.sentence,
                  date=e.date)   # the twin without a measure is a move the clause tells
    assert clause(share) != ""


def test_the_group_or_it_cuts_jobs_for_the_articles_named_actor():
    def cuts(s: str, company: str, confirmed: bool = True) -> list:
        ctx = Context(day=dt.date.fromisoformat(DAY), company=company)
        if confirmed:    # an event of the article already had the main actor as its company
            ctx.actors.add(company)
        return [dict((n, v) for n, v, _ in r.fields)["organisation"] for r in sentence_events(s, DAY, frozenset(), ctx)
                if r.type == "incident"]
    assert cuts("The group announced a total of 1,800 job cuts.", "Fenwick Telecom") == ["Fenwick Telecom"]
    assert cuts("It said on Monday it will cut about 600 roles.", "Dunmore Bank") == ["Dunmore Bank"]
    assert cuts("The bank said 3,000 jobs would go.", "Verdi") == []          # a trade's noun the name lacks
    assert cuts("The company announced 400 job cuts.", "London") == []        # a place is no employer
    assert cuts("The group announced 600 job cuts.", "Benedikt Strahlmann", confirmed=False) == []   # a main actor
    # no event confirmed may be a person ("For Benedikt Strahlmann, the German executive who took charge of ...")
    assert cuts("The group announced 600 job cuts.", "Harwick Group", confirmed=False) == ["Harwick Group"]


@needs_parse
def test_what_a_company_will_spend_cut_is_a_plan_not_a_result():
    assert _moves("Harrow Petroleum on Tuesday cut its annual renewables investment by 25% to $2 billion.") == []
    assert _moves("Harrow Petroleum reported capital spending of $9 billion for last year.") == \
        [("Harrow Petroleum capital spending", "capital spending of $9 billion")]


def test_a_result_and_a_share_move_of_one_company_are_two_instruments():
    from topline.eval.events import predicted_items
    e = _result_event()
    share = Event("s1", "market_move", tuple(f for f in e.fields if f.name != "measure" and f.name != "instrument") +
                  (EventField("instrument", "Harlby Freight", "Harlby Freight", e.url, e.sentence),), e.url, e.sentence)
    got = predicted_items([e, share])[("s1", "market_move", "instrument")]
    assert got == ["Harlby Freight quarterly dividend", "Harlby Freight"]


@needs_parse
def test_its_is_the_main_actors_only_while_the_article_still_speaks_of_it():
    assert _article_moves("Daewon Memory will raise its chip prices from January. Kestrel's biggest buyers took 40% "
                          "of its output. Its revenue rose 64% to $7.8bn last year.") == []
    assert _article_moves("Kestrel Silicon cut its forecast on Monday. The chip designer blamed a memory shortage. "
                          "Its revenue rose 64% last year to $7.8 billion.") == [("Kestrel Silicon revenue", "+64%")]
