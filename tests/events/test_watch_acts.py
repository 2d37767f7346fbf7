"""What to watch followed by its act (topline.events.watch_acts): an item scheduling an act is settled by a later
sentence of its story stating that act done in other words, or called off; not by another actor's act, a negated
outcome, a sentence after its window, nor (any rule) a restatement of a plan due years ahead. Hand-written
sentences, not corpus text."""
from __future__ import annotations

import datetime as dt

import pytest

from topline.eval.events import followed
from topline.events.watch_acts import scheduled_acts
from topline.records import Article, Story, StoryBundle, WatchItem

T1 = dt.datetime(2027, 3, 8, 15, tzinfo=dt.timezone.utc)      # a Monday


def _follow(item: str, later: str, due: dt.date | None, days_after: int = 1) -> WatchItem:
    t2 = T1 + dt.timedelta(days=days_after)
    arts = (Article(url="https://a.example/1", title="a", source="A", published=T1, id=1,
                    text="Some background on the matter was given. " + item),
            Article(url="https://b.example/2", title="b", source="B", published=t2, id=2, text=later))
    b = StoryBundle(Story(id="s1", title="x", article_ids=(1, 2), first_seen=T1, last_seen=t2, outlets=("A", "B")),
                    arts)
    it = WatchItem(story_id="s1", text=item, url="https://a.example/1", made_on=T1.date(), due=due, id="w1")
    return followed([b], [it])[0]


TUESDAY, WEDNESDAY = dt.date(2027, 3, 9), dt.date(2027, 3, 10)


@pytest.mark.parametrize("item, later, due", [
    # a listing priced, told as the debut
    ("Quillon Bio expects to price its shares on Tuesday and begin trading on Wednesday.",
     "Quillon Bio shares jumped 31% in their Nasdaq debut, valuing the drug developer at $2 billion.", WEDNESDAY),
    # a vote told as its result
    ("The Tarrant county board is expected to take up the zoning request as soon as Tuesday.",
     "The Tarrant county board cleared the zoning request 5-2 after a three-hour hearing.", TUESDAY),
    # a fine told by its verb done
    ("The Competition Office is set to fine three cement makers as early as Tuesday, two people said.",
     "The Competition Office fined three cement makers a combined 240 million euros for fixing prices.", TUESDAY),
    # the subject's acronym spelled out, the vote told as its result
    ("The MSRB will vote on the disclosure rule at its open meeting on Tuesday.",
     "The Municipal Securities Rulemaking Board on Tuesday approved a final disclosure rule for dealers.", TUESDAY),
])
def test_an_act_told_in_other_words_settles_its_item(item, later, due):
    got = _follow(item, later, due)
    assert got.status == "happened" and got.resolved_url == "https://b.example/2", got


def test_an_act_called_off_supersedes_its_item():
    got = _follow("Cleaners at the Marlowe depots will walk out for three days from Thursday, their union said.",
                  "A late pay offer averted the three-day strike at the Marlowe depots, the union said.",
                  dt.date(2027, 3, 11))
    assert got.status == "superseded", got


@pytest.mark.parametrize("item, later, due, days_after", [
    # another actor's act: the ministers vote, the committee backed something
    ("Transport ministers will vote on the freight levy on March 30.",
     "The parliament's transport committee backed an amendment to the freight levy.", dt.date(2027, 3, 30), 1),
    # the outcome word negated
    ("The Harbour Authority is expected to approve the terminal lease this week.",
     "The terminal lease has not been approved by the Harbour Authority, a spokesman said.", dt.date(2027, 3, 14), 1),
    # told long after the item's date: not the act it scheduled
    ("Quillon Bio expects to price its shares on Tuesday.",
     "Quillon Bio shares jumped 31% in their Nasdaq debut.", TUESDAY, 9),
    # a plan due years ahead, restated the next day, is not done
    ("The Penrose plant is due to start operating in 2029 and will process 90,000 tonnes of beans a year.",
     "Penrose signed an agreement with the port authority to build the plant, which will process 90,000 tonnes "
     "of beans a year.", dt.date(2029, 12, 31), 1),
])
def test_no_outcome_from_another_act_a_negation_a_late_or_a_restated_plan(item, later, due, days_after):
    got = _follow(item, later, due, days_after)
    assert got.status in ("open", "overdue"), got


def test_the_act_an_item_schedules():
    assert scheduled_acts("The shares will start trading on Thursday.")
    assert scheduled_acts("A formal announcement is expected on Thursday.")
    assert not scheduled_acts("The weather will stay dry on Thursday.")
