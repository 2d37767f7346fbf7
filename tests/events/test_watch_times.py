"""What to watch (issue 12, item 4; watch17): things planned, set or due for a time told without "scheduled", and
times that look ahead only after a forward verb ("this year", a half of the year, two months, business days).
Sentence shapes from the calibration corpora, each with the day it was said."""
import datetime as dt

import pytest

from topline.events import watch
from topline.events.watch import due_date, is_forward

DAY = dt.date(2027, 1, 20)   # a Wednesday

PLANNED = [
    # planned, projected or set for a time (eval-clim, eval-space, eval-crypto, eval-games, eval-chips)
    ("First deliveries are planned for February.", dt.date(2027, 2, 28)),
    ("Its first orbital attempt, from a temporary pad, is planned for June.", dt.date(2027, 6, 30)),
    ("Vestry said its second Halberd flight, with a paying customer's satellites, is planned for the second quarter.",
     dt.date(2027, 6, 30)),
    ("A first hearing has been set for March 4 in the Southern District of New York.", dt.date(2027, 3, 4)),
    ("The next difficulty adjustment is projected for Feb. 21 and current block times suggest another rise.",
     dt.date(2027, 2, 21)),
    ("The club faces a winding-up petition over about £4.6m in unpaid tax, with a High Court hearing set for "
     "Wednesday.", dt.date(2027, 1, 27)),
]

READ = [
    # due at a time without its copula, or "is due in" (eval-travel, eval-geo)
    ("Coralmont has emerged as the favourite to win the concession, with binding offers due on Tuesday, according to "
     "people familiar with the tender.", dt.date(2027, 1, 26)),
    ("The next coupon, of about $41 million, is due in March.", dt.date(2027, 3, 31)),
    # "this year" and other times after a forward verb (eval-games, eval-space, eval-travel, eval-ins, eval-work)
    ("It plans to close about 80 shops this year.", dt.date(2027, 12, 31)),
    ("The company said it would hire 150 more engineers and technicians this year to build the lander.",
     dt.date(2027, 12, 31)),
    ("Hanazono expects to complete the purchase before the year ends.", dt.date(2027, 12, 31)),
    ("Payvance expects to complete the purchase between April and June, once regulators sign off.",
     dt.date(2027, 6, 30)),
    ("The company expects to begin mass production of its next-generation memory in the second half.",
     dt.date(2027, 12, 31)),
    ("The calculation agent is expected to issue its report within ten business days.", dt.date(2027, 2, 3)),
    ("The backlog of waiting vessels is expected to be cleared by the weekend.", dt.date(2027, 1, 24)),
    ("The deal is expected to be completed this year.", dt.date(2027, 12, 31)),
]


@pytest.mark.parametrize("sentence,due", READ)
def test_a_time_planned_or_ahead_is_read_with_its_date(sentence: str, due: dt.date) -> None:
    assert is_forward(sentence, DAY)
    assert due_date(sentence, DAY) == due


@pytest.mark.parametrize("sentence,due", PLANNED)
def test_a_thing_planned_or_set_for_a_time_is_read_when_asked(monkeypatch, sentence: str, due: dt.date) -> None:
    assert not is_forward(sentence, DAY)           # off by default (watch.PLANNED_FOR: the golds disagree)
    monkeypatch.setattr(watch, "PLANNED_FOR", True)
    assert is_forward(sentence, DAY)
    assert due_date(sentence, DAY) == due


NOT_READ = [
    "The stock has gained about 40% this year.",
    "The new money will go mainly into expansion in North America, where it opened an office in Houston this year.",
    "German heat pump maker Thermaq will build a factory worth €900 million, the largest foreign investment in the "
    "region this year.",
    "Caradec said late on Tuesday its operating margin would be around 24% this year.",
    "The company kept its dividend unchanged but said it would not buy back shares this year.",
    "Partners at the firm will take home less this year after a second weak year for advice.",
    "The company expects to burn through about $13 billion in cash this year, Bloomberg has reported.",
    "The vote was originally due by the summer of 2027.",
    "Nigeria has about $1.1 billion of notes due in November 2027.",
    "The launch, originally planned for March, was delayed.",
    "Under federal law, automakers must notify the agency within five business days of determining a defect exists.",
    # a forward statement of the past, a reporter's question, a hypothetical
    "The vote had been expected to take place this year.",
    "Will the company close 80 shops this year?",
    "It plans to open 40 more stores this year if demand holds up.",
]


@pytest.mark.parametrize("sentence", NOT_READ)
def test_a_time_of_a_thing_done_or_a_quantity_is_no_item(sentence: str) -> None:
    assert not is_forward(sentence, DAY)
