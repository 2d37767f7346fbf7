"""A market's reaction joins the story of the event its headline names (topline.stories.reaction); every headline and
body here was written for these tests."""
from __future__ import annotations

import datetime as dt

from topline.records import Article, Enrichment, Story
from topline.stories import engine
from topline.stories.engine import ActiveStory, StoryParams, cluster_batch
from topline.stories.reaction import cause_of

_DAY1 = dt.datetime(2027, 2, 10, 15, tzinfo=dt.timezone.utc)
_DAY2 = dt.datetime(2027, 2, 11, 10, tzinfo=dt.timezone.utc)

_VOTE = ("Lawmakers in Veldaria voted 88 to 61 to remove Prime Minister Anton Okaro in a confidence vote on "
         "Wednesday, after a month of protests over a mining concession. The parliament speaker said a caretaker "
         "cabinet would serve until the coalition parties agree on a successor. Okaro called the vote a betrayal "
         "and said his party would go into opposition. The confidence vote followed the collapse of the coalition.")
_MARKET = ("Veldaria's krona weakened 1.4% against the euro and ten-year yields rose 22 basis points as traders "
           "sold local debt. The spread over German bunds widened to its highest since 2022, and the benchmark "
           "equity index fell 2.1%, led by lenders. Dealers said foreign funds cut their holdings of the country's "
           "bonds and currency, and the central bank sold euros to steady the krona in thin trading.")
_OTHER = ("Ostrian ten-year yields rose 18 basis points and the spread over German bunds widened as traders sold "
          "local debt ahead of a bond auction. The benchmark equity index fell 1.2%, led by lenders, and dealers "
          "said foreign funds cut their holdings of the country's bonds while the central bank held its rate.")


def _art(i: int, title: str, text: str, when: dt.datetime) -> Article:
    return Article(id=i, url=f"https://example.org/{i}", title=title, text=text, published=when,
                   source=f"Outlet {i}", language="en")


def _enr(*arts: Article) -> dict[int, Enrichment]:
    return {a.id: Enrichment(a.id, "h", "en", ()) for a in arts}


def _story(art: Article, sid: str, enr) -> ActiveStory:  # noqa: ANN001
    cent = cluster_batch([art], [art], enr, [], StoryParams()).centroids["new:0"]
    return ActiveStory(Story(id=sid, title=art.title, article_ids=(art.id,), first_seen=art.published,
                             last_seen=art.published, outlets=(art.source,)), cent)


def test_the_cause_is_read_after_the_move():
    assert cause_of("Veldaria's krona slips after parliament ousts the prime minister") == (
        "Veldaria's krona", "parliament ousts the prime minister")
    assert cause_of("Ostrian bond spread narrows as budget clears the senate") == (
        "Ostrian bond spread", "budget clears the senate")
    assert cause_of("Tarvel shares hit a record high on takeover approach") == ("Tarvel shares", "takeover approach")
    # no move, or a move without a stated cause: nothing to read
    assert cause_of("Parliament ousts Veldaria's prime minister after protests") == ("", "")
    assert cause_of("Veldaria's krona slips to a two-year low") == ("", "")
    assert cause_of("") == ("", "")


def test_a_market_report_joins_the_story_of_the_event_it_names():
    vote = _art(1, "Veldaria's parliament ousts Prime Minister Okaro in confidence vote", _VOTE, _DAY1)
    other = _art(2, "Ostrian yields climb before bond auction", _OTHER, _DAY2)
    market = _art(3, "Veldaria's krona slips after parliament ousts prime minister", _MARKET, _DAY2)
    enr = _enr(vote, other, market)
    active = [_story(vote, "s-vote", enr), _story(other, "s-ostria", enr)]
    res = cluster_batch([market], [market, vote, other], enr, active, StoryParams())
    assert "s-vote" in res.joins and not res.new_groups, res


def test_without_the_cause_the_market_report_stays_apart(monkeypatch):
    vote = _art(1, "Veldaria's parliament ousts Prime Minister Okaro in confidence vote", _VOTE, _DAY1)
    other = _art(2, "Ostrian yields climb before bond auction", _OTHER, _DAY2)
    market = _art(3, "Veldaria's krona slips after parliament ousts prime minister", _MARKET, _DAY2)
    enr = _enr(vote, other, market)
    active = [_story(vote, "s-vote", enr), _story(other, "s-ostria", enr)]
    monkeypatch.setattr(engine._reaction, "cause_edges", lambda *a, **k: [])
    res = cluster_batch([market], [market, vote, other], enr, active, StoryParams())
    assert "s-vote" not in res.joins, res


def test_a_cause_told_of_another_company_does_not_join_its_story():
    charge = _art(1, "Calder Bank books office-loan charge, swings to quarterly loss",
                  "Calder Bank set aside 410 million for office loans and swung to a loss in the second quarter, "
                  "as vacancies in city office towers rose and borrowers missed payments on office loans.", _DAY1)
    shares = _art(2, "Brennor shares slump on office-loan charge",
                  "Brennor fell 14% in New York trading, its worst day since 2023, and analysts cut their price "
                  "targets. Trading volume was four times the daily average and the stock led regional lenders lower.",
                  _DAY2)
    enr = _enr(charge, shares)
    res = cluster_batch([shares], [shares, charge], enr, [_story(charge, "s-calder", enr)], StoryParams())
    assert "s-calder" not in res.joins, res
