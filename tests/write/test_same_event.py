"""One development split in two stories is told once: the ledger's event of one type about the same actor
(topline.write.offline.twice.same_event, issue 11 twenty-fourth pass)."""
import datetime as dt

from topline.records import Event, EventField
from topline.write.offline.twice import same_event


def _ev(story, type_, **fields):
    return Event(story_id=story, type=type_, url=f"https://example.test/{story}", sentence="s",
                 fields=tuple(EventField(name=k, value=v, text=str(v), url="u", sentence="s")
                              for k, v in fields.items()))


def test_a_share_fall_told_by_two_stories_of_one_day_is_one_development():
    # a forecast cut (two outlets) and the shares' fall (another outlet) split by the stories stage
    upper = [_ev("a", "market_move", instrument="Brantwell Software", move=-0.17, date=dt.date(2027, 3, 2))]
    lower = [_ev("b", "market_move", instrument="Brantwell Software", move=-0.16, date=dt.date(2027, 3, 2))]
    assert same_event(lower, [upper])


def test_one_company_on_two_days_or_two_companies_are_two_developments():
    upper = [_ev("a", "market_move", instrument="Brantwell Software", move=-0.17, date=dt.date(2027, 3, 2))]
    next_day = [_ev("b", "market_move", instrument="Brantwell Software", move=0.05, date=dt.date(2027, 3, 3))]
    other = [_ev("c", "market_move", instrument="Ostrava Data", move=-0.17, date=dt.date(2027, 3, 2))]
    assert not same_event(next_day, [upper])
    assert not same_event(other, [upper])


def test_a_takeover_needs_the_same_target_and_a_body_acting_twice_is_not_one_development():
    deal = [_ev("a", "acquisition", acquirer="Helmond Group", target="Quarry Labs", price=2.1e9)]
    again = [_ev("b", "acquisition", acquirer="Helmond Group", target="Quarry Labs")]
    other = [_ev("c", "acquisition", acquirer="Helmond Group", target="Wexley Tools")]
    assert same_event(again, [deal])
    assert not same_event(other, [deal])
    clears = [_ev("d", "state_action", body="European Commission", action="clears", target="the merger")]
    proposes = [_ev("e", "state_action", body="European Commission", action="proposes", target="telecoms rules")]
    assert not same_event(proposes, [clears])
    assert not same_event([], [deal])
