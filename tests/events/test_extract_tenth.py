"""Recall of fields by grammar (issue 12, tenth pass), each rule tested on sentences written for it (none taken from
a corpus):

1. a commodity's market move: what moved is named in common words after its market's place or brand ("Tarrow
   barley futures", "Brent crude futures"), by its delivery month ("Lisbon March rye", "October hemp futures",
   "Oslo salmon for May delivery", "March rye on the Nordex"), or by the noun phrase before the place where it was
   priced ("spot prices for feed oats in Rennes"); a place alone is not what moved, and a move "between Monday and
   Thursday" is not a day's move;
2. a launch whose product is named in an apposition to a described object ("launched a second scanner, the
   Kestrel S2,"), and "It launched ..." told of the article's main actor;
3. a state action named by other words: a government paying money out (a subsidy), a mandate it will require (a
   rule), a release from its stockpile."""
import datetime as dt
import re

from topline.events.clauses import Context
from topline.events.extract import names, sentence_events, _remember

DAY = "2026-04-07"


def _events(sentence: str, kind: str, ctx: Context | None = None) -> list[dict]:
    common = frozenset(re.findall(r"(?<![\w'.-])[a-z][a-z-]+", sentence))
    return [{k: v for k, v, _ in r.fields} for r in sentence_events(sentence, DAY, common, ctx) if r.type == kind]


def _instruments(sentence: str) -> list[str]:
    return [e["instrument"] for e in _events(sentence, "market_move")]


# --- 1. commodities -------------------------------------------------------------------------------------------

def test_a_commodity_named_after_its_place_or_brand_is_what_moved():
    assert _instruments("Chicago barley futures rose 1.4% in early trade.") == ["Chicago barley futures"]
    assert _instruments("Brent crude futures fell 2.2% to $78 a barrel.") == ["Brent crude futures"]
    # a venue after the head is where it trades, not part of what moved
    assert _instruments("Rapeseed oil futures on the Paris Bourse fell 0.9% on the report.") == ["Rapeseed oil futures"]


def test_a_commodity_named_by_its_delivery_month():
    assert _instruments("Lisbon March rye rose 2.3% to 231.50 euros a tonne.") == ["Lisbon March rye"]
    assert _instruments("October hemp futures jumped $3.10 to a record $290.40 per cwt on Tuesday.") == \
        ["October hemp futures"]
    assert _instruments("Oslo salmon for May delivery fell as much as 4.4% to $9,120 a ton.") == \
        ["Oslo salmon for May delivery"]
    assert _instruments("March rye on the Nordex rose 1.2% to $2.40 per lb.") == ["March rye on the Nordex"]
    # no price per unit, no futures word: a month's figures, not a traded contract
    assert _instruments("September sales rose 4% to 2.1 million units.") == []


def test_a_place_is_not_what_moved():
    got = _instruments("Spot prices for feed oats in Rennes rose by about 7 euros to 190 euros per tonne on Tuesday.")
    assert got == ["Spot prices for feed oats in Rennes"]
    assert _instruments("Prices in Rennes rose 3% on Tuesday.") == ["Prices in Rennes"]
    # a name after "in" is still what moved when it is the shares' company
    assert _instruments("Shares in Vodafone rose 3% on Tuesday.") == ["Vodafone"]


def test_a_place_of_two_words_is_read_whole():
    # the story writes "new" in lower case, so the name read is "York"; the place the gazetteer knows is "New York"
    assert _instruments("New York futures rose a further 2.1% on Tuesday as new buyers arrived.") == \
        ["New York futures"]


def test_a_move_between_two_days_is_no_days_move():
    assert _events("Spot prices for feed oats in Rennes rose by about 7 euros to 190 euros per tonne between Monday "
                   "and Thursday, traders said.", "market_move") == []
    # one day's move is kept
    assert _events("Chicago barley futures rose 1.4% on Monday.", "market_move")


# --- 2. launches ----------------------------------------------------------------------------------------------

def test_a_launch_named_in_an_apposition_to_its_description():
    got = _events("Harwick Robotics launched a second scanner, the Kestrel S2, on Tuesday.", "launch")
    assert got == [{"organisation": "Harwick Robotics", "product": "Kestrel S2"}]
    # a speaker after the comma is no product; an act is no product
    assert not _events("Harwick Robotics unveiled a new strategy, Brightside said.", "launch")
    assert not _events("Harwick Robotics launched an investigation, the Kestrel review, on Tuesday.", "launch")


def test_it_launched_is_the_articles_main_actor():
    ctx = Context(day=dt.date.fromisoformat(DAY))
    first = "Harwick Robotics, a Leeds startup that makes farm scanners, has raised £20m in a Series A round."
    _remember(ctx, first, names(first, frozenset()))
    ctx.sentence = 1
    got = _events("It launched a second scanner, the Kestrel S2, this week.", "launch", ctx)
    assert got == [{"organisation": "Harwick Robotics", "product": "Kestrel S2"}]
    # without an article's actor, "It" names no one
    assert not _events("It launched a second scanner, the Kestrel S2, this week.", "launch")


# --- 3. state actions named by other words ------------------------------------------------------------------------

def test_a_government_paying_out_money_is_a_subsidy():
    got = _events("The Danish government will pay 300 million kroner to pig farmers who agree to cut herds, the farm "
                  "minister said on Monday.", "state_action")
    assert got and got[0]["action"] == "subsidy"
    got = _events("The agriculture ministry is preparing a package of about $900 million in payments for growers of "
                  "apples hit by frost, according to two officials.", "state_action")
    assert got and got[0]["action"] == "subsidy" and got[0]["body"] == "agriculture ministry"
    # a company paying is no state action
    assert not _events("Acme will pay $5 a share to its shareholders.", "state_action")


def test_a_mandate_required_and_a_stockpile_released():
    got = _events("Norway will require petrol sold in the country to contain 20% ethanol from 2028, the energy "
                  "ministry said on Monday.", "state_action")
    assert got and got[0]["action"] == "rule" and got[0]["jurisdiction"] == "Norway"
    got = _events("The Ministry of Agriculture will release 100,000 tons of barley from its reserves, it said on "
                  "Monday.", "state_action")
    assert got and got[0]["action"] == "other"
    assert not _events("The company will release its results from next week.", "state_action")


def test_a_plural_head_before_its_place_takes_the_plural_verb():
    from topline.write.offline.clause import agree
    assert agree("Futures in Kuala Lumpur", "rises 3.8%") == "rise 3.8%"
    assert agree("Spot prices for feed oats in Rennes", "rises 7 euros") == "rise 7 euros"
    assert agree("Oslo salmon for May delivery", "falls 4.4%") == "falls 4.4%"
    assert agree("Bank of Japan", "raises rates") == "raises rates"
