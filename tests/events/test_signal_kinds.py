"""What a signal claims, read without the writer (topline.eval.signal_kinds, signals19): each kind on titles written
for these tests (none from a corpus), with the ledger events and cited articles that decide the ones a title alone
cannot (a figure two outlets give differently, a story followed across days)."""

import datetime as dt

from topline.eval.build import ArticleFacts
from topline.eval.signal_kinds import BEYOND_PAIRING, KINDS, best, classify, clauses, follows_earlier
from topline.records import Event, EventField

MON, TUE = "2031-03-03", "2031-03-04"
ARTS = {
    "u1": ArticleFacts("u1", "Wire A", MON, "Talks", "Harrow Foods is in talks to buy Pell Dairy."),
    "u2": ArticleFacts("u2", "Wire B", TUE, "Deal", "Harrow Foods agreed to buy Pell Dairy for $2 billion."),
    "u3": ArticleFacts("u3", "Paper C", TUE, "Deal", "Harrow Foods will pay $2.1 billion for Pell Dairy."),
    "u4": ArticleFacts("u4", "Wire A", TUE, "Rally", "Quorra Mining rose 4%."),
}


def _f(name, value, text, url, source):  # noqa: ANN001, ANN202
    return EventField(name, value, text, url, ARTS[url].text, source)


DEAL = Event(
    "s1",
    "acquisition",
    (
        _f("acquirer", "Harrow Foods", "Harrow Foods", "u1", "Wire A"),
        _f("target", "Pell Dairy", "Pell Dairy", "u1", "Wire A"),
        _f("price", 2e9, "$2 billion", "u2", "Wire B"),
        _f("price", 2.1e9, "$2.1 billion", "u3", "Paper C"),
    ),
    "u1",
    ARTS["u1"].text,
    "Wire A",
    dt.date(2031, 3, 3),
)
MOVE = Event(
    "s2",
    "market_move",
    (_f("instrument", "Quorra Mining", "Quorra Mining", "u4", "Wire A"), _f("move", "+4%", "4%", "u4", "Wire A")),
    "u4",
    ARTS["u4"].text,
    "Wire A",
    dt.date(2031, 3, 4),
)
EVENTS = [DEAL, MOVE]


def kind(title: str, urls=("u2", "u4"), ids=("s1", "s2")) -> str:  # noqa: ANN001
    return classify(title, "", list(urls), list(ids), EVENTS, ARTS)


def test_two_actors_on_one_day_are_a_pairing_and_one_actor_in_two_roles_is_not():
    assert kind("Harrow Foods agrees to buy Pell Dairy and Quorra Mining rises 4% on the same day") == "pairing"
    assert kind("Two acquisitions: Harrow Foods agrees to buy Pell Dairy and Brisk agrees to buy Tolt") == "pairing"
    assert kind("Quorra Mining rises 4% and agrees to buy Pell Dairy on the same day") == "actor"
    # a word of the first subject in lower case in the second clause is no actor of both (two markets)
    assert kind("Futures in Kuala Lumpur rise as much as 3.8% and New York futures rise 2.1 per cent") == "pairing"
    futures = [
        Event(
            "s4",
            "market_move",
            (_f("instrument", "New York futures", "New York futures", "u4", "Wire A"),),
            "u4",
            ARTS["u4"].text,
            "Wire A",
            dt.date(2031, 3, 4),
        )
    ]
    title = "Futures in Kuala Lumpur rise 3.8% and New York futures rise 2.1 per cent"
    assert classify(title, "", ["u4"], ["s4"], futures, ARTS) == "pairing"
    # one actor in every clause, once as the object of another's act
    assert kind("Quorra Mining rises 4% and Competition and Markets Authority investigates Quorra Mining") == "actor"
    assert (
        clauses("Voyagio rises 2.6% and Competition and Markets Authority investigates Voyagio")[1].subject
        == "Competition and Markets Authority"
    )


def test_a_stated_cause_or_a_shared_event_links_two_actors():
    assert kind("Harrow Foods agrees to buy Pell Dairy and Quorra Mining rises 4% after the tariff cut") == "linked"
    # both subjects are actors of one cited event (the deal names the buyer and the bought)
    assert kind("Harrow Foods raises its offer and Pell Dairy rises 4% on the same day", ids=("s1",)) == "linked"


def test_a_story_followed_across_days_needs_time_in_the_title_and_articles_of_two_days():
    title = "Harrow Foods, in talks to buy Pell Dairy, agreed to buy it a day later for $2 billion"
    assert kind(title, urls=("u1", "u2"), ids=("s1",)) == "over_days"
    # the same words, every cited article of one day: the title says more than its evidence shows
    assert kind(title, urls=("u2",), ids=("s1",)) != "over_days"


def test_divergence_momentum_single_and_none():
    assert kind("Outlets disagree on Pell Dairy's price: $2 billion against $2.1 billion", ids=("s1",)) == "divergence"
    assert (
        kind("Acquisitions gather pace on this page: four developments this week, more than the week before")
        == "momentum"
    )
    assert kind("Quorra Mining rises 4%, one of two stories on copper today") == "single"
    # two outlets' values of one figure, one within the other as written ("2%" in "2.2%"): one value in the title
    moves = [
        Event(
            "s3",
            "market_move",
            (_f("move", "+2.2%", "2.2%", "u4", "Wire A"), _f("move", "+2%", "2%", "u2", "Wire B")),
            "u4",
            ARTS["u4"].text,
            "Wire A",
            dt.date(2031, 3, 4),
        )
    ]
    assert (
        classify("Fenwick rises 2.2%, one of two stories on Orrin today", "", ["u4"], ["s3"], moves, ARTS) == "single"
    )
    assert kind("Copper, mining and tariffs recur in three stories") == "none"
    assert kind("Copper and tariffs: two stories, five outlets") == "none"


def test_best_kind_and_following():
    assert best(["pairing", "single", "actor"]) == "actor"
    assert best([]) == ""
    assert set(BEYOND_PAIRING) < set(KINDS) and "pairing" not in BEYOND_PAIRING
    day = dt.date(2031, 3, 4)
    text = "It confirms a signal in the 3 March edition, with two articles since."
    assert follows_earlier(text, ["s1"], [(dt.date(2031, 3, 3), ("s1",))], day)
    assert not follows_earlier(text, ["s9"], [(dt.date(2031, 3, 3), ("s1",))], day)
    assert not follows_earlier("No earlier word.", ["s1"], [(dt.date(2031, 3, 3), ("s1",))], day)
