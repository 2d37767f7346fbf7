"""What to watch (issue 12, item 4; watch18): two items a story for each day it is told, in place of three a story;
the due dates of times told without a date (the end or middle of a period, a weekday a forward verb governs, a date
of this year already past that a forward verb looks to); and three statements that are no items. Sentences written
for these tests, each with the day it was said."""
import datetime as dt

import pytest

from topline.events import watch, watch_dates
from topline.events.watch import due_date, is_forward, watch_items
from topline.records import Article, Story, StoryBundle

WED = dt.date(2027, 3, 10)   # a Wednesday

DATED = [
    # the end of a period ("before the end of the year" was read only as "by the end of the year")
    ("The lender plans to close the branch before the end of the year.", WED, dt.date(2027, 12, 31)),
    ("The council will publish its review by the end of the month.", WED, dt.date(2027, 3, 31)),
    ("The insurer will write to every member by the end of the week.", WED, dt.date(2027, 3, 14)),
    ("A ruling is expected at the end of the quarter.", dt.date(2027, 5, 2), dt.date(2027, 6, 30)),
    ("The ferry operator will publish its winter timetable by the end of the summer.", WED, dt.date(2027, 8, 31)),
    # the middle of a year or a month
    ("A decision on the licence is expected by mid-year.", dt.date(2027, 2, 1), dt.date(2027, 6, 30)),
    ("The operator must file its repair plan by mid-April.", WED, dt.date(2027, 4, 15)),
    ("The board expects to name a new chair by mid-January.", dt.date(2027, 11, 20), dt.date(2028, 1, 15)),
    # a weekday a forward verb governs without "on", or after "from"
    ("The senate is set to vote Thursday on the water bill.", WED, dt.date(2027, 3, 11)),
    ("The shares are expected to begin trading Friday on the Nasdaq.", WED, dt.date(2027, 3, 12)),
    ("Shops in the old town will be allowed to reopen from Monday morning.", WED, dt.date(2027, 3, 15)),
    # a date of this year already past, looked to by a forward verb: next year's
    ("The new levy on plastic trays will apply on March 1.", dt.date(2027, 7, 20), dt.date(2028, 3, 1)),
    # a count of days "over the coming" weeks
    ("The utility expects to reconnect every home over the coming two weeks.", WED, dt.date(2027, 3, 24)),
]


@pytest.mark.parametrize("sentence,made,due", DATED)
def test_a_time_told_without_a_date_gets_its_due_date(sentence: str, made: dt.date, due: dt.date) -> None:
    assert is_forward(sentence, made)
    assert due_date(sentence, made) == due


@pytest.mark.parametrize("sentence,made,due", DATED)
def test_such_a_statement_is_kept_as_an_item(sentence: str, made: dt.date, due: dt.date) -> None:
    # undated and not scheduled, a statement was left out: these were
    t = dt.datetime.combine(made, dt.time(9), tzinfo=dt.timezone.utc)
    b = StoryBundle(Story(id="s1", title="x", article_ids=(1,), first_seen=t, last_seen=t, outlets=("A",)),
                    (Article(url="https://a.example/1", title="x", source="A", published=t, id=1, text=sentence),))
    got = watch_items(b)
    assert [(i.text, i.due) for i in got] == [(sentence, due)]


NOT_DATED = [
    # the day something was said or done is no due date
    ("The company said Thursday it would keep its plant open.", WED),
    ("About 300 residents were ordered to leave their homes early Tuesday, and officials will decide on their return "
     "soon.", WED),
    # a date already past, after a verb of something done
    ("The carrier, which raised fares on March 1, will review them again soon.", dt.date(2027, 5, 20)),
]


@pytest.mark.parametrize("sentence,made", NOT_DATED)
def test_a_day_of_something_said_or_done_is_no_due_date(sentence: str, made: dt.date) -> None:
    assert due_date(sentence, made) is None


def test_a_season_is_a_due_date_only_when_asked(monkeypatch) -> None:
    sentence = "The mill will reopen in the autumn after its boiler is replaced."
    assert is_forward(sentence, WED)
    assert due_date(sentence, WED) is None            # off by default (watch_dates.SEASONS: the golds disagree)
    monkeypatch.setattr(watch_dates, "SEASONS", True)
    assert due_date(sentence, WED) == dt.date(2027, 11, 30)
    assert due_date("The firm plans to open a second store next spring.", dt.date(2027, 4, 10)) == \
        dt.date(2028, 5, 31)


NOT_ITEMS = [
    # a hope held before is no plan of the day
    "Executives had hoped to complete the sale before the end of the year.",
    # what investors will watch is their view, not an act ahead
    "Investors will also watch the bank's results on Thursday.",
    # a rate of change a year is a quantity's course
    "The plan would raise spending on software by about 5% a year through 2030.",
]


@pytest.mark.parametrize("sentence", NOT_ITEMS)
def test_a_past_hope_a_market_view_and_a_rate_a_year_are_no_items(sentence: str) -> None:
    assert not is_forward(sentence, WED)


def _article(i: int, day: dt.date, text: str) -> Article:
    t = dt.datetime.combine(day, dt.time(8 + i), tzinfo=dt.timezone.utc)
    return Article(url=f"https://a.example/{i}", title=f"t{i}", source=f"S{i}", published=t, id=i, text=text)


def test_two_items_a_story_for_each_day_it_is_told() -> None:
    day1, day2 = WED, WED + dt.timedelta(days=1)
    arts = (_article(1, day1, "Harrowgate Water will meet the regulator on Friday. The utility plans to publish its "
                              "repair plan by March 31."),
            _article(2, day1, "Harrowgate Water expects to appoint a new chief executive by mid-April."),
            _article(3, day2, "The regulator will rule on the fine on March 24. Harrowgate's bondholders are due to "
                              "vote on the waiver on April 2."))
    b = StoryBundle(Story(id="s9", title="x", article_ids=(1, 2, 3), first_seen=arts[0].published,
                          last_seen=arts[-1].published, outlets=("S1", "S2", "S3")), arts)
    why: dict = {}
    got = watch_items(b, why=why)
    assert [i.made_on for i in got] == [day1, day1, day2, day2]
    assert got[-1].text.startswith("Harrowgate's bondholders")       # three a story would have ended on day 1
    assert why[(arts[1].url, arts[1].body)] == "cap"                   # the first day's third statement
    assert watch_items(b) == got                                        # recording why changes nothing
    assert watch.MAX_PER_DAY == 2
