"""Money raised for a good cause is no funding round (the lead, after eval-profserv's one measurement: a law firm's
charity run along the Thames "raising about £180,000 for a ... charity" was read as "Thames raises £180,000" and
titled a signal). Each sentence written for the test; the first two shapes fail on the code before it."""
import datetime as dt

import pytest

from topline.events.donations import donated
from topline.events.extract import Context, sentence_events

DAY = dt.date(2027, 3, 16)


def _types(s: str) -> list[str]:
    return [e.type for e in sentence_events(s, DAY.isoformat(), frozenset(), Context(day=DAY))]


@pytest.mark.parametrize("s", [
    "More than 200 staff from Pellow Marsh ran a relay along the Severn on Saturday, raising about £95,000 for a "
    "regional children's hospice.",
    "Employees of Tarnwick Bank cycled from Leeds to Paris, raising $60,000 for two local food banks.",
    "The firm's partners gave £30,000 in donations to the flood appeal.",
])
def test_money_for_a_good_cause_is_no_funding_round(s):
    assert "funding" not in _types(s)


@pytest.mark.parametrize("s", [
    "Tarnwick Bank raised £40 million in a funding round led by Atlas Ventures.",
    "Pellow Marsh raised $40 million for its expansion into Asia, the company said.",
    "Quenby Health raised $25 million to fund trials of its hospice-care software.",
])
def test_a_round_stays_a_round(s):
    assert "funding" in _types(s)


def test_donated_reads_the_words_after_the_amount():
    s = "raising about £180,000 for a London youth homelessness charity"
    assert donated(s, s.index("£180,000") + len("£180,000"))
    s = "raised £180,000 for its charity-software platform from angel investors"
    assert not donated(s, s.index("£180,000") + len("£180,000"))
