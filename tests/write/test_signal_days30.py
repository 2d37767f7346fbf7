"""signals30 (issue 12, item 3): a deal agreed on the page's day is not told "earlier this week" because of the
talks of the day before. A statement tells its act to come when it does so for any of its act fields (the acquirer
first, the talk's words before the target); talks are read by their shape ("in advanced talks", "in exclusive
negotiations"); a deal agreed after its talks is dated by the agreement, whose sentence the ledger cites for its names
(mend31; signals30 read the status apart) (``event_day.own_day``, ``event_day.to_come``). Sentences written for this test, on eval-ins' and
cal-biotech's shapes."""

from __future__ import annotations

import datetime as dt
from types import SimpleNamespace

from tests.events import signal_helpers as h
from topline.events import extract
from topline.records import Event, EventField
from topline.write.offline.event_day import own_day, same_day

MON, TUE = dt.date(2031, 3, 3), dt.date(2031, 3, 4)


def _deal(*fields: tuple[str, str, object]) -> Event:
    """An acquisition of fields (name, text, article), each grounded in its article's text."""
    made = tuple(EventField(name, text, text, a.url, a.text) for name, text, a in fields)
    return Event("s1", "acquisition", made, made[0].url, made[0].sentence)


def _comp(*arts: object) -> SimpleNamespace:
    return SimpleNamespace(articles={a.url: a for a in arts})


def test_a_talk_before_the_target_tells_the_deal_to_come_for_the_acquirer_too() -> None:
    talks = h.art("Wire", "t", "Harwick Group, the British insurance broker, is in advanced talks to acquire Tolland "
                               "Partners, a wholesale broker, for about $4 billion, people familiar said.", MON)
    agreed = h.art("Wire", "t", "Harwick Group agreed to buy Tolland Partners for $4.1 billion, the companies said.",
                   TUE)
    fell = h.art("Markets", "t", "Harwick Group's shares fell 2.4% on Tuesday.", TUE)
    comp = _comp(talks, agreed, fell)
    deal = _deal(("acquirer", "Harwick Group", talks), ("target", "Tolland Partners", talks),
                 ("acquirer", "Harwick Group", agreed), ("target", "Tolland Partners", agreed))
    assert own_day(deal, comp) == TUE
    move = Event("s2", "market_move", (
        EventField("instrument", "Harwick Group", "Harwick Group", fell.url, fell.text),
        EventField("move", "-2.4%", "2.4%", fell.url, fell.text),
        EventField("date", TUE.isoformat(), "Tuesday", fell.url, fell.text)), fell.url, fell.text)
    assert same_day((deal, move), comp, TUE)
    # other stages' words, and negotiations, by the same shape
    for words in ("in exclusive talks to buy", "in final negotiations to acquire", "in early discussions to buy"):
        said = h.art("Wire", "t", f"Harwick Group is {words} Tolland Partners, people familiar said.", MON)
        comp.articles[said.url] = said
        assert own_day(_deal(("acquirer", "Harwick Group", said), ("target", "Tolland Partners", said),
                             ("target", "Tolland Partners", agreed)), comp) == TUE, words


def test_talks_a_party_took_part_in_and_a_deal_told_done_date_the_deal() -> None:
    done = h.art("Wire", "t", "Harwick Group, which took part in the talks on broker rules, agreed on Monday to buy "
                              "Tolland Partners.", TUE)
    comp = _comp(done)
    assert own_day(_deal(("acquirer", "Harwick Group", done), ("target", "Tolland Partners", done)), comp) == MON


def test_an_agreement_after_the_talk_dates_the_deal_through_the_ledger() -> None:
    """mend31: the ledger cites the deal's names from the latest statement that tells it agreed (``events.merge``),
    so the writer needs no reading of the status apart (signals30's ``_DONE_STATUS``, removed)."""
    talks = h.art("Wire", "t", "Harwick Group is in advanced talks to acquire Tolland Partners for about $4 billion, "
                               "people familiar said.", MON)
    agreed = h.art("Wire", "t", "LONDON - British broker Harwick Group on Tuesday agreed to buy Tolland Partners for "
                                "$4.1 billion.", TUE)
    comp = _comp(talks, agreed)
    only_talks = [e for e in extract(h.story("s1", "Deals", talks).bundle) if e.type == "acquisition"]
    assert len(only_talks) == 1 and own_day(only_talks[0], comp) == MON   # only ever told in talks: its first day
    deal = next(e for e in extract(h.story("s1", "Deals", talks, agreed).bundle) if e.type == "acquisition")
    assert {f.sentence for n in ("acquirer", "target") for f in deal.values(n)} == {agreed.text}
    assert deal.date == TUE and deal.sentence == agreed.text
    assert own_day(deal, comp) == TUE
    # a later retelling of the agreement ("rose ... on Wednesday after it agreed to buy") does not move its day
    wed = TUE + dt.timedelta(days=1)
    retold = h.art("Markets", "t", "Harwick Group's shares rose 3.4% on Wednesday after it agreed to buy Tolland "
                                   "Partners for $4.1 billion.", wed)
    comp = _comp(talks, agreed, retold)
    deal = next(e for e in extract(h.story("s1", "Deals", talks, agreed, retold).bundle) if e.type == "acquisition")
    assert deal.sentence == agreed.text and own_day(deal, comp) == TUE


def test_a_deal_said_it_would_be_made_is_the_day_it_was_said() -> None:
    said = h.art("Wire", "t", "Feb 1 (Wire) - Corbel Logic said on Monday it would buy Ferrow Cores, a designer of "
                              "processor cores, for $640 million in cash.", MON)
    later = h.art("Markets", "t", "Corbel Logic stock rose 3.1% after the chip designer agreed to buy Ferrow Cores.",
                  TUE)
    comp = _comp(said, later)
    deal = Event("s1", "acquisition", (
        EventField("acquirer", "Corbel Logic", "Corbel Logic", said.url, said.text),
        EventField("target", "Ferrow Cores", "Ferrow Cores", said.url, said.text),
        EventField("status", "committed", "agreed to", later.url, later.text)), said.url, said.text)
    assert own_day(deal, comp) == MON
    # a plan told by a verb of saying is still a plan
    weighs = h.art("Wire", "t", "Corbel Logic said it would consider buying Ferrow Cores.", MON)
    comp.articles[weighs.url] = weighs
    assert own_day(_deal(("acquirer", "Corbel Logic", weighs), ("target", "Ferrow Cores", weighs),
                         ("target", "Ferrow Cores", later)), comp) == TUE
