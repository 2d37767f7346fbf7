"""A reaction is not the day's development (issue 11, nineteenth pass).

tests/data/eval-health (calibration since the nineteenth pass), 2026-12-02: three stories briefed on 12-01 received
one new article each overnight, a reaction or an analysis whose lead took the story's bullet because it was the
newest ("NHS digital leaders have welcomed Orlenna Health's $140m fundraise but some are asking ...", "Paris
hospital managers spent November bracing for another year of austerity.", "The collapse of Heatherfold Care into
administration this week has reignited a debate over ..."). The editor's sentence for each is the development
told the day before (TechCrunch's raise, the Assembly's vote, the administration). A new article that reports an
act of its own still leads: Corvanta's Medicare Advantage exit (eval-health s10) and Velora's compensation for
shops (eval-fin s06, 07-16)."""

from __future__ import annotations

import datetime as dt

import pytest

from tests.write.corpus_rows import story_articles
from topline.write.offline import lead
from topline.write.offline.develop import _dangling
from topline.write.offline.sentences import candidates, score

REACTIONS = (("s08", "Digital Health"), ("s07", "Politico Europe"), ("s09", "The Guardian"))


def _first(corpus: str, story: str, day: dt.date, since: dt.date, monkeypatch=None):  # noqa: ANN001, ANN202
    arts = story_articles(corpus, (story,), (day + dt.timedelta(days=1)).isoformat())
    ranked = score(candidates(arts), [a.title for a in arts], day)
    return arts, lead.leads(list(ranked), _dangling, since=since)[0]


@pytest.mark.parametrize("story,outlet", REACTIONS)
def test_a_reaction_does_not_take_a_briefed_storys_bullet(story, outlet, monkeypatch):  # noqa: ANN001
    since, day = dt.date(2026, 12, 1), dt.date(2026, 12, 2)
    arts, first = _first("eval-health", story, day, since)
    (new,) = [a for a in arts if a.published.date() > since and a.source == outlet]
    assert new not in first.articles, first.text
    assert all(a.published.date() <= since for a in first.articles), first.text
    # the counterfactual: read as an act, the reaction's lead is "what is new since" and takes the bullet
    monkeypatch.setattr(lead, "reports_act", lambda *a: True)
    assert (
        new
        in lead.leads(list(score(candidates(arts), [a.title for a in arts], day)), _dangling, since=since)[0].articles
    )


@pytest.mark.parametrize(
    "corpus,story,since,words",
    (
        ("eval-health", "s10", dt.date(2026, 12, 1), "Medicare Advantage"),
        ("eval-fin", "s06", dt.date(2026, 7, 15), "compensat|will pay"),
    ),
)
def test_a_new_act_told_in_a_new_article_still_leads(corpus, story, since, words):  # noqa: ANN001
    import re

    _, first = _first(corpus, story, since + dt.timedelta(days=1), since)
    assert all(a.published.date() > since for a in first.articles), first.text
    assert re.search(words, first.text), first.text


def test_what_reports_an_act():
    actors = frozenset({"orlenna health", "heatherfold care", "corvanta health", "france", "national assembly"})
    known = frozenset({("money", "USD", 140000000.0), ("percent", "%", 17.2)})
    for text in (
        "NHS digital leaders have welcomed Orlenna Health's $140m fundraise but some are asking whether a US "
        "expansion will pull attention away from its British customers.",  # a known figure, no actor, no day
        "The collapse of Heatherfold Care into administration this week has reignited a debate over the ownership "
        "of England's care homes.",  # the actor is not the subject
        "Paris hospital managers spent November bracing for another year of austerity.",  # a month, not a day
        "After Tuesday's attacks on Danish and Norwegian bank websites, attention has turned to the IT supplier.",
    ):
        assert not lead.reports_act(text, actors, known), text
    for text in (
        "Corvanta Health will stop offering Medicare Advantage plans in about 110 counties next year.",  # actor
        "At least three Wall Street analysts downgraded Corvanta Health on Wednesday.",  # the act's day
        "Orlenna Health has hired a US chief executive to lead its expansion.",  # the actor, its verb
        "Microsoft Corp. and Amazon.com Inc. have each set up dedicated teams of so-called forward-deployed "
        "engineers.",  # two named actors, their verb (the demo's 07-03 Capital bullet)
        "Shares of the insurer fell a further 4% in early trading.",  # a figure not known
    ):
        assert lead.reports_act(text, actors, known), text
