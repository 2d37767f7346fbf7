"""Signals that are claims on every page with enough stories (issue 12, sixth pass): the measure is strict (a
subject matched to an actor word by word, never a substring or a designator), a kind of event that several of the
page's stories report today makes a claim when no theme links them, and a theme no claim can title is not
published when the edition has a ledger. Hand-built editions; every line passes the citation checker."""
import datetime as dt

from topline.events.ledger import enough_stories, no_signal_note
from topline.records import Category, Taxonomy
from topline.write.offline.claims import is_claim
from tests.events import signal_helpers as h

DAY = dt.date(2026, 4, 7)
CAT = "Industry"
TAX = Taxonomy(categories=(Category(CAT, "Companies, money and plants."),))


def test_is_claim_matches_actors_word_by_word():
    actors = ["AI", "Kling AI", "Alibaba Group Holding Ltd"]
    assert is_claim("Kling AI raises $2.8 billion", actors)
    assert is_claim("Alibaba backs Kling AI and sees its shares rise 2.1% on the same day", actors)
    assert is_claim("Two funding rounds: Kling AI raises $2.8 billion and Alibaba raises $1 billion", actors)
    assert is_claim("Two state actions: Alibaba faces the SAMR and Kling AI raises $1 billion", actors)
    assert is_claim("Funding rounds gather pace on this page: four developments this week", actors)
    # a substring is no name ("ai" in "retail"), a designator alone names no one, nor does a common word
    assert not is_claim("Retail stocks fall 3%", actors)
    assert not is_claim("AI raises $2 billion", actors)
    assert not is_claim("State officials act on the plan", actors)       # "State" is not "State actions"
    assert not is_claim("layoffs rise", ["layoffs"])                     # a subject is a name
    assert not is_claim("Kling AI raises", actors)                       # a verb with nothing claimed
    assert not is_claim("Layoffs in two stories from five outlets today", actors)


def _edition():  # noqa: ANN202
    return (
        h.story("s-helio", CAT,
                h.art("Wire", "Helio Storage raises $340 million for sodium batteries",
                      "Helio Storage raised $340 million in a Series C round to expand sodium battery output. "
                      "The company sells batteries to utilities in Spain.", DAY),
                h.art("Daily", "Helio Storage lands funding",
                      "Helio Storage raised $340 million, the battery maker said on Tuesday. Its packs store power "
                      "for eight hours.", DAY), score=0.9),
        h.story("s-quill", CAT,
                h.art("Post", "Quillon Robotics raises $85 million for warehouse arms",
                      "Quillon Robotics raised $85 million to build warehouse picking arms. Retailers in Ohio test "
                      "the arms in two depots.", DAY),
                h.art("Times", "Warehouse robot maker Quillon Robotics funded",
                      "Quillon Robotics raised $85 million, its chief executive said. Grocers want robots that pick "
                      "fragile goods.", DAY), score=0.7),
        h.story("s-menu", CAT,
                h.art("Herald", "Chefs rethink autumn menus",
                      "Chefs in Lyon are rethinking autumn menus around squash and chestnuts. Diners asked for "
                      "lighter sauces this season.", DAY), score=0.5),
    )


def test_two_stories_reporting_one_kind_of_event_make_a_claim():
    edition = _edition()
    led = h.ledger_of(edition, CAT, DAY)
    page = h.write_page(edition, TAX, DAY, led)
    arts = h.articles_of(edition)
    titles = [s.title for s in page.signals]
    sig = next((s for s in page.signals if set(s.story_ids) == {"s-helio", "s-quill"}), None)
    assert sig is not None, titles
    assert sig.title == ("Two funding rounds: Helio Storage raises $340 million and Quillon Robotics raises "
                         "$85 million on the same day"), titles
    assert is_claim(sig.title, ["Helio Storage", "Quillon Robotics"])
    assert "Evidence: two stories from" in sig.text
    h.checked(sig, arts, page)
    assert enough_stories(CAT, edition, DAY)


def test_a_page_whose_stories_report_no_common_kind_has_no_signal_and_says_why():
    edition = _edition()
    one = (edition[0], edition[2])      # a round and a menu story: nothing a claim can join
    led = h.ledger_of(one, CAT, DAY)
    page = h.write_page(one, TAX, DAY, led)
    assert page.signals == (), [s.title for s in page.signals]
    assert enough_stories(CAT, one, DAY)
    note = no_signal_note(CAT, one, DAY)
    assert note.startswith("No signal today:") and "claim" in note
    assert not enough_stories(CAT, one[:1], DAY)
    assert "fewer than two" in no_signal_note(CAT, one[:1], DAY)
